//! What went wrong, in words: a refused entry, a file or stored data that cannot be read.

use super::{format::*, Lang, MessageText};
use crate::domain::activity::ActivityError;
use crate::domain::document::LoadError;
use crate::domain::figures::{FigureError, MAX_FIGURE};
use crate::domain::import::MAX_FILE_BYTES;
use crate::domain::plan::{PlanError, MAX_TEXT_CHARS, PLAN_YEARS};

/// Why a number, year or text typed into the plan or a baseline was refused.
pub fn plan_error(error: &PlanError) -> MessageText {
    match error {
        PlanError::Empty => MessageText::Required,
        PlanError::NotANumber | PlanError::OutOfRange => MessageText::InvalidNumber,
        PlanError::YearOutsidePlan => MessageText::InvalidYear,
        PlanError::BadDate => MessageText::InvalidDate,
        PlanError::NotAnEmail => MessageText::InvalidEmail,
    }
}
pub fn figure_error(lang: Lang, error: &FigureError) -> String {
    match error {
        FigureError::NotANumber => MessageText::ErrNotANumber.get(lang).to_string(),
        FigureError::Negative => MessageText::ErrNegative.get(lang).to_string(),
        FigureError::NotWhole => MessageText::ErrNotWhole.get(lang).to_string(),
        FigureError::TooLarge => MessageText::ErrTooLarge.with(
            lang,
            &[("max", &format_number(lang, f64::from(MAX_FIGURE), 0))],
        ),
        FigureError::FemaleAboveTotal { female, total } => MessageText::ErrFemaleAboveTotal.with(
            lang,
            &[("f", &female.to_string()), ("t", &total.to_string())],
        ),
        FigureError::NumeratorAboveDenominator {
            indicator,
            numerator,
            denominator,
            num,
            den,
        } => MessageText::ErrNumAboveDen.with(
            lang,
            &[
                ("i", indicator),
                ("n", numerator),
                ("a", &num.to_string()),
                ("d", denominator),
                ("b", &den.to_string()),
            ],
        ),
        FigureError::PeriodOutsidePlan { start, end } => MessageText::ErrPeriodOutside
            .with(lang, &[("s", &start.to_string()), ("e", &end.to_string())]),
        FigureError::UnknownField(f) => MessageText::ErrUnknownField.with(lang, &[("f", f)]),
    }
}

/// Why a file was refused, as a sentence for the user.
pub fn load_error(lang: Lang, error: &LoadError) -> String {
    match error {
        LoadError::TooLarge { bytes } => MessageText::ErrFileTooLarge.with(
            lang,
            &[
                ("s", &format_bytes(lang, *bytes as f64)),
                ("m", &format_bytes(lang, MAX_FILE_BYTES as f64)),
            ],
        ),
        LoadError::NotJson { line, column } => MessageText::ErrNotJson.with(
            lang,
            &[("l", &line.to_string()), ("c", &column.to_string())],
        ),
        LoadError::WrongFormat => MessageText::ErrWrongFormat.get(lang).to_string(),
        LoadError::NotTemplate => MessageText::ErrNotTemplate.get(lang).to_string(),
        LoadError::IsTemplate => MessageText::ErrIsTemplate.get(lang).to_string(),
        LoadError::Unreadable => MessageText::ErrUnreadableFile.get(lang).to_string(),
        LoadError::NewerVersion { version, newest } => MessageText::ErrNewerVersion.with(
            lang,
            &[("v", &version.to_string()), ("m", &newest.to_string())],
        ),
        LoadError::OldRollUp => MessageText::ErrOldRollUp.get(lang).to_string(),
        LoadError::TooManySchools {
            path,
            schools,
            most,
        } => MessageText::ErrTooManySchools.with(
            lang,
            &[
                ("p", path),
                ("n", &schools.to_string()),
                ("o", &most.to_string()),
            ],
        ),
        LoadError::Missing { path, line } => {
            MessageText::ErrMissing.with(lang, &[("p", path), ("l", &line.to_string())])
        }
        LoadError::Wrong { path, line } => {
            MessageText::ErrWrong.with(lang, &[("p", path), ("l", &line.to_string())])
        }
        LoadError::Figure { path, error } => {
            MessageText::ErrFigureAt.with(lang, &[("p", path), ("e", &figure_error(lang, error))])
        }
        LoadError::Duplicate { path, id } => {
            MessageText::ErrDuplicate.with(lang, &[("i", id), ("p", path)])
        }
        LoadError::Activity { path, error } => MessageText::ErrActivityAt
            .with(lang, &[("p", path), ("e", &activity_error(lang, error))]),
        LoadError::PlanYears { start, end } => MessageText::ErrPlanYears.with(
            lang,
            &[
                ("s", &start.to_string()),
                ("e", &end.to_string()),
                ("a", &PLAN_YEARS.start().to_string()),
                ("b", &PLAN_YEARS.end().to_string()),
            ],
        ),
        LoadError::Plan { path, error } => {
            MessageText::ErrPlanAt.with(lang, &[("p", path), ("e", plan_error(error).get(lang))])
        }
        LoadError::TooLong { path, chars } => MessageText::ErrTooLong.with(
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
        ActivityError::NoTitle => MessageText::ErrActivityNoTitle.get(lang).to_string(),
        ActivityError::TitleTooLong => MessageText::ErrActivityTitleLong.with(
            lang,
            &[("m", &crate::domain::activity::MAX_TITLE_CHARS.to_string())],
        ),
        ActivityError::BadDate => MessageText::InvalidDate.get(lang).to_string(),
        ActivityError::EndsBeforeStart => MessageText::ErrActivityEnd.get(lang).to_string(),
        ActivityError::OutsidePlan { start, end } => MessageText::ErrActivityOutside
            .with(lang, &[("s", &start.to_string()), ("e", &end.to_string())]),
        ActivityError::Number(e) => figure_error(lang, e),
    }
}
