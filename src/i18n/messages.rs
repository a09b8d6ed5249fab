//! What went wrong, in words: a refused entry, a file or stored data that cannot be read.

use super::{format::*, Lang, T};
use crate::domain::activity::ActivityError;
use crate::domain::document::LoadError;
use crate::domain::figures::{FigureError, MAX_FIGURE};
use crate::domain::import::MAX_FILE_BYTES;
use crate::domain::plan::{PlanError, MAX_TEXT_CHARS, PLAN_YEARS};

/// Why a number, year or text typed into the plan or a baseline was refused.
pub fn plan_error(error: &PlanError) -> T {
    match error {
        PlanError::Empty => T::Required,
        PlanError::NotANumber | PlanError::OutOfRange => T::InvalidNumber,
        PlanError::YearOutsidePlan => T::InvalidYear,
        PlanError::BadDate => T::InvalidDate,
        PlanError::NotAnEmail => T::InvalidEmail,
    }
}
pub fn figure_error(lang: Lang, error: &FigureError) -> String {
    match error {
        FigureError::NotANumber => T::ErrNotANumber.get(lang).to_string(),
        FigureError::Negative => T::ErrNegative.get(lang).to_string(),
        FigureError::NotWhole => T::ErrNotWhole.get(lang).to_string(),
        FigureError::TooLarge => T::ErrTooLarge.with(
            lang,
            &[("max", &format_number(lang, f64::from(MAX_FIGURE), 0))],
        ),
        FigureError::FemaleAboveTotal { female, total } => T::ErrFemaleAboveTotal.with(
            lang,
            &[("f", &female.to_string()), ("t", &total.to_string())],
        ),
        FigureError::NumeratorAboveDenominator {
            indicator,
            numerator,
            denominator,
            num,
            den,
        } => T::ErrNumAboveDen.with(
            lang,
            &[
                ("i", indicator),
                ("n", numerator),
                ("a", &num.to_string()),
                ("d", denominator),
                ("b", &den.to_string()),
            ],
        ),
        FigureError::PeriodOutsidePlan { start, end } => {
            T::ErrPeriodOutside.with(lang, &[("s", &start.to_string()), ("e", &end.to_string())])
        }
        FigureError::UnknownField(f) => T::ErrUnknownField.with(lang, &[("f", f)]),
    }
}

/// Why a file was refused, as a sentence for the user.
pub fn load_error(lang: Lang, error: &LoadError) -> String {
    match error {
        LoadError::TooLarge { bytes } => T::ErrFileTooLarge.with(
            lang,
            &[
                ("s", &format_bytes(lang, *bytes as f64)),
                ("m", &format_bytes(lang, MAX_FILE_BYTES as f64)),
            ],
        ),
        LoadError::NotJson { line, column } => T::ErrNotJson.with(
            lang,
            &[("l", &line.to_string()), ("c", &column.to_string())],
        ),
        LoadError::WrongFormat => T::ErrWrongFormat.get(lang).to_string(),
        LoadError::NotTemplate => T::ErrNotTemplate.get(lang).to_string(),
        LoadError::IsTemplate => T::ErrIsTemplate.get(lang).to_string(),
        LoadError::Unreadable => T::ErrUnreadableFile.get(lang).to_string(),
        LoadError::NewerVersion { version, newest } => T::ErrNewerVersion.with(
            lang,
            &[("v", &version.to_string()), ("m", &newest.to_string())],
        ),
        LoadError::OldRollUp => T::ErrOldRollUp.get(lang).to_string(),
        LoadError::TooManySchools {
            path,
            schools,
            most,
        } => T::ErrTooManySchools.with(
            lang,
            &[
                ("p", path),
                ("n", &schools.to_string()),
                ("o", &most.to_string()),
            ],
        ),
        LoadError::Missing { path, line } => {
            T::ErrMissing.with(lang, &[("p", path), ("l", &line.to_string())])
        }
        LoadError::Wrong { path, line } => {
            T::ErrWrong.with(lang, &[("p", path), ("l", &line.to_string())])
        }
        LoadError::Figure { path, error } => {
            T::ErrFigureAt.with(lang, &[("p", path), ("e", &figure_error(lang, error))])
        }
        LoadError::Duplicate { path, id } => T::ErrDuplicate.with(lang, &[("i", id), ("p", path)]),
        LoadError::Activity { path, error } => {
            T::ErrActivityAt.with(lang, &[("p", path), ("e", &activity_error(lang, error))])
        }
        LoadError::PlanYears { start, end } => T::ErrPlanYears.with(
            lang,
            &[
                ("s", &start.to_string()),
                ("e", &end.to_string()),
                ("a", &PLAN_YEARS.start().to_string()),
                ("b", &PLAN_YEARS.end().to_string()),
            ],
        ),
        LoadError::Plan { path, error } => {
            T::ErrPlanAt.with(lang, &[("p", path), ("e", plan_error(error).get(lang))])
        }
        LoadError::TooLong { path, chars } => T::ErrTooLong.with(
            lang,
            &[
                ("p", path),
                ("n", &format_number(lang, *chars as f64, 0)),
                ("m", &format_number(lang, MAX_TEXT_CHARS as f64, 0)),
            ],
        ),
    }
}

pub fn activity_error(lang: Lang, error: &ActivityError) -> String {
    match error {
        ActivityError::NoTitle => T::ErrActivityNoTitle.get(lang).to_string(),
        ActivityError::TitleTooLong => T::ErrActivityTitleLong.with(
            lang,
            &[("m", &crate::domain::activity::MAX_TITLE_CHARS.to_string())],
        ),
        ActivityError::BadDate => T::InvalidDate.get(lang).to_string(),
        ActivityError::EndsBeforeStart => T::ErrActivityEnd.get(lang).to_string(),
        ActivityError::OutsidePlan { start, end } => {
            T::ErrActivityOutside.with(lang, &[("s", &start.to_string()), ("e", &end.to_string())])
        }
        ActivityError::Number(e) => figure_error(lang, e),
    }
}
