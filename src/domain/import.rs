//! Reading a data file someone chose to import: every check runs before anything changes, and a
//! refused file is described precisely enough for the user to find the fault (where in the file,
//! which field, which figure). Then what the file holds, and merging it by period.

use super::activity;
use super::document::{Document, LoadError};
use super::figures::{self, FigureError, MAX_FIGURE};
use super::json_path::path_before;
use super::period::Period;
use super::plan::{check_target, Measure, Part, Plan, PlanError, MAX_TEXT_CHARS, PLAN_YEARS};

/// Far above any count of saves, with room for four billion more before a JavaScript number
/// stops counting exactly (2^53): a document accepted at the limit can still be saved again.
pub const MAX_REVISION: u64 = (1 << 53) - (1 << 32);

/// More targets than one indicator can have in a plan of 101 years: a file with more is not one.
const MAX_MILESTONES: usize = 101;

/// Larger than years of a school's data by far, small enough to read at once on a tablet.
pub const MAX_FILE_BYTES: usize = 10_000_000;

/// Reads a document from outside the running app (a file to import, local storage, a
/// snapshot): size, JSON, format, version, every field, then the plan's years and targets, the
/// texts' lengths, the figures and the identifiers. The first fault found is returned, so that
/// nothing the engine, the charts or the views cannot handle ever reaches them. `shipped` gives
/// the plan this build ships, which older documents are upgraded against
/// ([`Document::from_json`]).
pub fn read_document(text: &str, shipped: &dyn Fn() -> Plan) -> Result<Document, LoadError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge { bytes: text.len() });
    }
    let document = Document::from_json(text, shipped)?;
    match problem_of(&document, text) {
        Some(problem) => Err(problem),
        None => Ok(document),
    }
}

/// A plan the engine, the charts or the views cannot take (years, targets, baselines) or one
/// that contradicts itself (an identifier used twice, a term of a field it lacks): the checks
/// of a data file's plan, for a plan read on its own (its texts are checked in the file's
/// text, by [`text_problem`]).
pub fn plan_fault(plan: &Plan) -> Option<LoadError> {
    plan_problem(plan).or_else(|| duplicate_id(plan))
}

/// Reads a document this app saved (local storage, another tab's save, a snapshot): the whole
/// shape and [`safety_problem`], but not the consistency rules an earlier version did not
/// enforce, so that what a school saved keeps opening.
pub fn read_saved(text: &str, shipped: &dyn Fn() -> Plan) -> Result<Document, LoadError> {
    let document = Document::from_json(text, shipped)?;
    match safety_problem(&document, text) {
        Some(problem) => Err(problem),
        None => Ok(document),
    }
}

/// The first fault in a document that parsed: a figure out of range or inconsistent, a period
/// outside the plan, a figure of a field the plan lacks, or an identifier used twice.
pub fn first_problem(document: &Document) -> Option<LoadError> {
    problem_of(document, &document.to_json())
}

/// [`first_problem`] of a document read from `text`, its JSON.
fn problem_of(document: &Document, text: &str) -> Option<LoadError> {
    safety_problem(document, text)
        .or_else(|| duplicate_id(&document.plan))
        .or_else(|| figure_problem(document))
        .or_else(|| activity_problem(document))
        .or_else(|| report_problem(document))
}

/// What the engine, the charts and the views cannot take in a document read from `text`,
/// whatever else the checks allow: a
/// revision past [`MAX_REVISION`], the plan's years, targets and baselines, texts too long to lay out.
/// Local storage is read with these checks only, so that a document an earlier version let
/// through (figures left inconsistent by a plan edit, say) still opens as it did.
fn safety_problem(document: &Document, text: &str) -> Option<LoadError> {
    if document.revision > MAX_REVISION {
        return Some(LoadError::Wrong {
            path: "revision".into(),
            line: 1,
        });
    }
    plan_problem(&document.plan).or_else(|| text_problem(text))
}

/// Plan years outside [`PLAN_YEARS`] or reversed; a milestone or baseline outside the plan's
/// years, or a value the plan editor would refuse (not finite, negative, above 100%).
fn plan_problem(plan: &Plan) -> Option<LoadError> {
    let (start, end) = (plan.start_year, plan.end_year);
    if !PLAN_YEARS.contains(&start) || !PLAN_YEARS.contains(&end) || start > end {
        return Some(LoadError::PlanYears { start, end });
    }
    let years = start..=end;
    for (i, objective) in plan.objectives.iter().enumerate() {
        for (j, ind) in objective.indicators.iter().enumerate() {
            let at = |rest: String| format!("plan.objectives[{i}].indicators[{j}].{rest}");
            let is_ratio = matches!(ind.measure, Measure::Ratio { .. });
            let value = |path: String, v: f64| {
                check_target(v, is_ratio)
                    .err()
                    .map(|error| LoadError::Plan { path, error })
            };
            if ind.milestones.len() > MAX_MILESTONES {
                return Some(LoadError::Plan {
                    path: at("milestones".into()),
                    error: PlanError::OutOfRange,
                });
            }
            for (k, m) in ind.milestones.iter().enumerate() {
                if !years.contains(&m.year) {
                    return Some(LoadError::Plan {
                        path: at(format!("milestones[{k}].year")),
                        error: PlanError::YearOutsidePlan,
                    });
                }
                if let Some(problem) = value(at(format!("milestones[{k}].value")), m.value) {
                    return Some(problem);
                }
            }
            if let Some(b) = ind.baseline {
                if !years.contains(&b.year) {
                    return Some(LoadError::Plan {
                        path: at("baseline.year".into()),
                        error: PlanError::YearOutsidePlan,
                    });
                }
                let parts = [
                    ("value", Some(b.value)),
                    ("female", b.female),
                    ("male", b.male),
                ];
                for (name, v) in parts {
                    if let Some(problem) = v.and_then(|v| value(at(format!("baseline.{name}")), v))
                    {
                        return Some(problem);
                    }
                }
            }
        }
    }
    None
}

/// A text longer than [`MAX_TEXT_CHARS`], wherever it is in a document's JSON, with the path
/// the import's other messages use. An escape (`\n`, `\u00e9`) counts as the one character it
/// stands for.
pub(crate) fn text_problem(text: &str) -> Option<LoadError> {
    // Read byte by byte: quotes, backslashes and the escapes' letters are ASCII, and a
    // character is a byte that does not continue one (300 schools' files are read at once).
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(open) = bytes.get(at..)?.iter().position(|&b| b == b'"') {
        let from = at + open;
        let mut chars = 0;
        let mut i = from + 1;
        loop {
            match bytes.get(i)? {
                b'"' => break,
                b'\\' => {
                    chars += 1;
                    i += if bytes.get(i + 1) == Some(&b'u') {
                        6
                    } else {
                        2
                    };
                }
                b => {
                    if b & 0xC0 != 0x80 {
                        chars += 1;
                    }
                    i += 1;
                }
            }
        }
        if chars > MAX_TEXT_CHARS {
            return Some(LoadError::TooLong {
                path: path_before(text, from + 1),
                chars,
            });
        }
        at = i + 1;
    }
    None
}

/// Two reports for one period, or a report of a period outside the plan.
fn report_problem(document: &Document) -> Option<LoadError> {
    let periods: Vec<String> = document
        .reports
        .iter()
        .map(|r| r.period.to_string())
        .collect();
    let ids = periods
        .iter()
        .enumerate()
        .map(|(i, p)| (format!("reports[{i}].period"), p.as_str()));
    if let Some(repeat) = first_repeat(ids) {
        return Some(repeat);
    }
    let plan = &document.plan;
    document
        .reports
        .iter()
        .position(|r| !r.period.is_within(plan))
        .map(|i| LoadError::Figure {
            path: format!("reports[{i}].period"),
            error: FigureError::PeriodOutsidePlan {
                start: plan.start_year,
                end: plan.end_year,
            },
        })
}

/// An activity with an id used twice, without a title, ending before it starts, or outside
/// the plan's years.
fn activity_problem(document: &Document) -> Option<LoadError> {
    let ids = document
        .activities
        .iter()
        .enumerate()
        .map(|(i, a)| (format!("activities[{i}].id"), a.id.as_str()));
    if let Some(repeat) = first_repeat(ids) {
        return Some(repeat);
    }
    document.activities.iter().enumerate().find_map(|(i, a)| {
        a.check(&document.plan)
            .err()
            .map(|error| LoadError::Activity {
                path: format!("activities[{i}]"),
                error,
            })
    })
}

/// An id used twice, with the path of its second use. Sorted rather than compared pairwise,
/// so that a file with tens of thousands of ids is checked at once.
pub(crate) fn first_repeat<'a>(ids: impl Iterator<Item = (String, &'a str)>) -> Option<LoadError> {
    let mut ids: Vec<(&str, usize, String)> = ids
        .enumerate()
        .map(|(i, (path, id))| (id, i, path))
        .collect();
    ids.sort_unstable();
    ids.windows(2)
        .filter(|pair| pair[0].0 == pair[1].0)
        .min_by_key(|pair| pair[1].1)
        .map(|pair| LoadError::Duplicate {
            path: pair[1].2.clone(),
            id: pair[1].0.to_string(),
        })
}

fn duplicate_id(plan: &Plan) -> Option<LoadError> {
    let fields = plan
        .fields
        .iter()
        .enumerate()
        .map(|(i, f)| (format!("plan.fields[{i}].id"), f.id.as_str()));
    let objectives = plan
        .objectives
        .iter()
        .enumerate()
        .map(|(i, o)| (format!("plan.objectives[{i}].id"), o.id.as_str()));
    let indicators = plan.objectives.iter().enumerate().flat_map(|(i, o)| {
        o.indicators.iter().enumerate().map(move |(j, ind)| {
            (
                format!("plan.objectives[{i}].indicators[{j}].id"),
                ind.id.as_str(),
            )
        })
    });
    let groups = plan
        .task_groups
        .iter()
        .enumerate()
        .map(|(i, g)| (format!("plan.task_groups[{i}].id"), g.id.as_str()));
    let actions = plan.task_groups.iter().enumerate().flat_map(|(i, g)| {
        g.actions.iter().enumerate().map(move |(j, a)| {
            (
                format!("plan.task_groups[{i}].actions[{j}].id"),
                a.id.as_str(),
            )
        })
    });
    // Each kind of identifier has its own name space.
    first_repeat(fields)
        .or_else(|| first_repeat(objectives))
        .or_else(|| first_repeat(indicators))
        .or_else(|| first_repeat(groups))
        .or_else(|| first_repeat(actions))
        .or_else(|| unknown_term_field(plan))
}

/// An indicator computed from a figure the plan does not define.
fn unknown_term_field(plan: &Plan) -> Option<LoadError> {
    for (i, objective) in plan.objectives.iter().enumerate() {
        for (j, indicator) in objective.indicators.iter().enumerate() {
            let terms = match &indicator.measure {
                Measure::Ratio {
                    numerator,
                    denominator,
                } => vec![
                    ("ratio.numerator", numerator),
                    ("ratio.denominator", denominator),
                ],
                Measure::Count { term, .. } => vec![("count.term", term)],
            };
            for (name, term) in terms {
                if let Some(field) = term.field_id().filter(|f| plan.field(f).is_none()) {
                    return Some(LoadError::Figure {
                        path: format!("plan.objectives[{i}].indicators[{j}].measure.{name}"),
                        error: FigureError::UnknownField(field.to_string()),
                    });
                }
            }
        }
    }
    None
}

fn figure_problem(document: &Document) -> Option<LoadError> {
    let plan = &document.plan;
    for (period, figures) in &document.figures {
        let at = |field: &str, part: Part| {
            let part = match part {
                Part::Female => ".female",
                _ => ".total",
            };
            format!("figures.{period}.{field}{part}")
        };
        if !period.is_within(plan) {
            return Some(LoadError::Figure {
                path: format!("figures.{period}"),
                error: FigureError::PeriodOutsidePlan {
                    start: plan.start_year,
                    end: plan.end_year,
                },
            });
        }
        for (field, tally) in &figures.0 {
            let Some(def) = plan.field(field) else {
                return Some(LoadError::Figure {
                    path: format!("figures.{period}.{field}"),
                    error: FigureError::UnknownField(field.clone()),
                });
            };
            if tally.female.is_some() && !def.by_sex {
                return Some(LoadError::Figure {
                    path: at(field, Part::Female),
                    error: FigureError::UnknownField(field.clone()),
                });
            }
            for (part, value) in [(Part::Total, tally.total), (Part::Female, tally.female)] {
                if value.is_some_and(|v| v > MAX_FIGURE) {
                    return Some(LoadError::Figure {
                        path: at(field, part),
                        error: FigureError::TooLarge,
                    });
                }
            }
        }
        if let Some(problem) = figures::check(plan, *period, figures).into_iter().next() {
            return Some(LoadError::Figure {
                path: at(&problem.field, problem.part),
                error: problem.error,
            });
        }
    }
    None
}

/// What a file holds, shown before the user decides what to do with it.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub school: String,
    pub plan_number: String,
    pub saved_at: Option<String>,
    pub revision: u64,
    /// The periods with figures, in order.
    pub periods: Vec<Period>,
    pub indicators: usize,
    pub activities: usize,
    /// How many figures (a total or a women's part) are recorded in all.
    pub figures: usize,
}

impl Summary {
    pub fn of(document: &Document) -> Summary {
        Summary {
            school: document.plan.document.issuer.clone(),
            plan_number: document.plan.document.number.clone(),
            saved_at: document.saved_at.clone(),
            revision: document.revision,
            periods: document.figures.keys().copied().collect(),
            indicators: document.plan.indicators().count(),
            activities: document.activities.len(),
            figures: document
                .figures
                .values()
                .flat_map(|f| f.0.values())
                .map(|t| usize::from(t.total.is_some()) + usize::from(t.female.is_some()))
                .sum(),
        }
    }
}

/// What merging a file by period did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Merged {
    /// Periods this document had where the file changed at least one figure.
    pub replaced: Vec<Period>,
    /// Periods only the file had.
    pub added: Vec<Period>,
    /// Figures (a field's total and women) the file changed in periods this document had.
    pub figures_changed: usize,
    /// Figures of fields this plan does not have, left out.
    pub skipped_fields: Vec<String>,
    /// The file's activities this document did not have (same dates and title).
    pub activities_added: usize,
    /// Activities both had whose numbers of people the file corrected.
    pub activities_updated: usize,
    /// The file's reports of periods this document had none for.
    pub reports_added: usize,
    /// The file's reports of periods this document has its own for, which stays.
    pub reports_kept: usize,
}

/// An activity's title as people tell two apart: spaces at the ends and runs of spaces do not
/// count.
fn title_key(title: &str) -> String {
    title.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Merges a file into `document`, figure by figure: for every period the file has, each of its
/// figures takes the place of this document's, and figures the file lacks stay; activities are
/// matched by their days and title, and the file's numbers of people correct ours; the file's
/// reports come in only for periods this document has none for. The plan stays as it is.
/// Refused, with `document` unchanged, when the result would not be consistent under this plan.
pub fn merge(document: &mut Document, file: &Document) -> Result<Merged, LoadError> {
    let mut next = document.clone();
    let mut merged = Merged::default();
    for (period, theirs) in &file.figures {
        let had = next.figures.contains_key(period);
        let mut figures = next.period_figures(*period);
        let mut changed = 0;
        for (field, tally) in &theirs.0 {
            if next.plan.field(field).is_none() {
                if !merged.skipped_fields.contains(field) {
                    merged.skipped_fields.push(field.clone());
                }
                continue;
            }
            if figures.0.get(field) != Some(tally) {
                figures.0.insert(field.clone(), *tally);
                changed += 1;
            }
        }
        if changed == 0 {
            continue;
        }
        if had {
            merged.replaced.push(*period);
            merged.figures_changed += changed;
        } else {
            merged.added.push(*period);
        }
        next.set_period_figures(*period, figures);
    }
    let ours = next.activities.len();
    for activity in &file.activities {
        let key = (activity.start, activity.end, title_key(&activity.title));
        let known = next.activities[..ours]
            .iter_mut()
            .find(|a| (a.start, a.end, title_key(&a.title)) == key);
        match known {
            Some(a) => {
                let counts =
                    |a: &activity::Activity| (a.women, a.men, a.parents, a.staff, a.children);
                if counts(a) != counts(activity) {
                    (a.women, a.men, a.parents, a.staff, a.children) = counts(activity);
                    merged.activities_updated += 1;
                }
            }
            None => {
                next.activities.push(activity.clone());
                merged.activities_added += 1;
            }
        }
    }
    // New ids for the activities taken in, counted on from the highest "hd-N" in use.
    let mut n = activity::highest_number(&next.activities[..ours]);
    for added in &mut next.activities[ours..] {
        n = n.saturating_add(1);
        added.id = format!("hd-{n}");
    }
    for report in &file.reports {
        if next.reports.iter().any(|r| r.period == report.period) {
            merged.reports_kept += 1;
        } else {
            next.reports.push(report.clone());
            merged.reports_added += 1;
        }
    }
    if let Some(problem) = first_problem(&next) {
        return Err(problem);
    }
    *document = next;
    Ok(merged)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::figures::{PeriodFigures, Tally};

    /// A default document changed by `edit`, through JSON as a file would come.
    fn crafted(edit: impl FnOnce(&mut serde_json::Value)) -> Result<Document, LoadError> {
        let mut value = serde_json::to_value(crate::defaults::document()).unwrap();
        edit(&mut value);
        read_document(&value.to_string(), &crate::defaults::hoa_mai)
    }

    #[test]
    fn numbers_the_views_cannot_handle_are_refused() {
        // Years over the whole integer range, or reversed.
        let years = |start: i64, end: i64| {
            crafted(|d| {
                d["plan"]["start_year"] = start.into();
                d["plan"]["end_year"] = end.into();
            })
        };
        assert_eq!(
            years(-2147483648, 2147483647),
            Err(LoadError::PlanYears {
                start: i32::MIN,
                end: i32::MAX
            })
        );
        assert_eq!(
            years(2030, 2021),
            Err(LoadError::PlanYears {
                start: 2030,
                end: 2021
            })
        );
        assert!(years(2021, 2030).is_ok());
        let milestone = "plan.objectives[1].indicators[0].milestones[0]";
        assert_eq!(
            crafted(
                |d| d["plan"]["objectives"][1]["indicators"][0]["milestones"][0]["value"] =
                    1.7e308.into()
            ),
            Err(LoadError::Plan {
                path: format!("{milestone}.value"),
                error: PlanError::OutOfRange
            })
        );
        assert_eq!(
            crafted(
                |d| d["plan"]["objectives"][1]["indicators"][0]["milestones"][0]["year"] =
                    1999.into()
            ),
            Err(LoadError::Plan {
                path: format!("{milestone}.year"),
                error: PlanError::YearOutsidePlan
            })
        );
        assert_eq!(
            crafted(
                |d| d["plan"]["objectives"][1]["indicators"][0]["baseline"] =
                    serde_json::json!({"year": -2147483648i64, "value": 40})
            ),
            Err(LoadError::Plan {
                path: "plan.objectives[1].indicators[0].baseline.year".into(),
                error: PlanError::YearOutsidePlan
            })
        );
        assert_eq!(
            crafted(
                |d| d["plan"]["objectives"][1]["indicators"][0]["baseline"] =
                    serde_json::json!({"year": 2021, "value": 40, "female": 140})
            ),
            Err(LoadError::Plan {
                path: "plan.objectives[1].indicators[0].baseline.female".into(),
                error: PlanError::OutOfRange
            })
        );
    }

    #[test]
    fn an_escape_counts_as_the_character_it_stands_for() {
        // 20,000 "é" written as \u00e9 are 120,000 bytes of JSON but 20,000 characters.
        let escaped = "\\u00e9".repeat(MAX_TEXT_CHARS);
        let text = format!(
            "{{\"title\": \"{escaped}\", \"x\": \"{}\"}}",
            "a".repeat(10)
        );
        assert_eq!(text_problem(&text), None);
        let text = format!("{{\"title\": \"{escaped}\\n\"}}");
        assert_eq!(
            text_problem(&text),
            Some(LoadError::TooLong {
                path: "title".into(),
                chars: MAX_TEXT_CHARS + 1
            })
        );
        // A letter of two or three bytes is one character too.
        for letter in ["é", "ệ"] {
            let text = format!("{{\"t\": \"{}\"}}", letter.repeat(MAX_TEXT_CHARS));
            assert_eq!(text_problem(&text), None);
            let text = format!("{{\"t\": \"{}\"}}", letter.repeat(MAX_TEXT_CHARS + 1));
            assert!(
                matches!(text_problem(&text), Some(LoadError::TooLong { chars, .. }) if chars == MAX_TEXT_CHARS + 1)
            );
        }
    }

    #[test]
    fn a_revision_is_accepted_only_with_room_to_count_on() {
        let at = |revision: u64| crafted(|d| d["revision"] = revision.into());
        assert!(at(MAX_REVISION).is_ok());
        assert!(at(MAX_REVISION + 1).is_err());
        // The save after the largest accepted revision still counts exactly in JavaScript.
        const { assert!(MAX_REVISION + 1 < 1 << 53) };
    }

    #[test]
    fn texts_too_long_to_lay_out_are_refused() {
        let long = "x".repeat(1_000_000);
        assert_eq!(
            crafted(|d| d["plan"]["document"]["title"] = long.clone().into()),
            Err(LoadError::TooLong {
                path: "plan.document.title".into(),
                chars: 1_000_000
            })
        );
        let mut a = crate::domain::activity::Activity::on(
            chrono::NaiveDate::from_ymd_opt(2026, 3, 8).unwrap(),
        );
        a.title = "x".repeat(301);
        assert_eq!(
            crafted(|d| d["activities"] = serde_json::json!([a])),
            Err(LoadError::Activity {
                path: "activities[0]".into(),
                error: crate::domain::activity::ActivityError::TitleTooLong
            })
        );
    }

    fn with_staff(total: u32, female: u32) -> Document {
        let mut doc = crate::defaults::document();
        let mut f = PeriodFigures::default();
        f.0.insert(
            "staff".into(),
            Tally {
                total: Some(total),
                female: Some(female),
            },
        );
        doc.set_period_figures(Period::half(2025), f);
        doc
    }

    #[test]
    fn a_good_file_is_read_whole() {
        let doc = with_staff(40, 38);
        assert_eq!(
            read_document(&doc.to_json(), &crate::defaults::hoa_mai),
            Ok(doc)
        );
    }

    #[test]
    fn a_file_too_large_is_refused_before_reading() {
        let text = " ".repeat(MAX_FILE_BYTES + 1);
        assert_eq!(
            read_document(&text, &crate::defaults::hoa_mai),
            Err(LoadError::TooLarge {
                bytes: MAX_FILE_BYTES + 1
            })
        );
    }

    #[test]
    fn an_object_or_array_where_a_value_is_due_is_named() {
        for (from, to, path) in [
            (
                "\"general_objectives\":[",
                "\"general_objectives\":[{},",
                "plan.document.general_objectives[0]",
            ),
            (
                "\"general_objectives\":[",
                "\"general_objectives\":[\"ok\",[\"x\"],",
                "plan.document.general_objectives[1]",
            ),
            (
                "\"start_year\":2021",
                "\"start_year\":[2021]",
                "plan.start_year",
            ),
        ] {
            let text = crate::defaults::document().to_json().replacen(from, to, 1);
            match read_document(&text, &crate::defaults::hoa_mai) {
                Err(LoadError::Wrong { path: found, .. }) => assert_eq!(found, path),
                other => panic!("{other:?}"),
            }
        }
    }

    #[test]
    fn a_missing_field_is_named_by_its_path() {
        let mut text = crate::defaults::document().to_json();
        // The first indicator's code, "code":"...", taken out.
        let start = text.find("\"code\":").expect("an indicator code");
        let end = start + text[start..].find("\",").expect("its end") + 2;
        text.replace_range(start..end, "");
        match read_document(&text, &crate::defaults::hoa_mai) {
            Err(LoadError::Missing { path, .. }) => {
                assert_eq!(path, "plan.objectives[1].indicators[0].code")
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_wrong_value_is_named_by_its_path() {
        let text = with_staff(40, 38)
            .to_json()
            .replace("\"total\":40", "\"total\":-40");
        match read_document(&text, &crate::defaults::hoa_mai) {
            Err(LoadError::Wrong { path, .. }) => assert_eq!(path, "figures.2025-H1.staff.total"),
            other => panic!("{other:?}"),
        }
        let text = crate::defaults::document().to_json().replacen(
            "\"start_year\":2021",
            "\"start_year\":\"2021\"",
            1,
        );
        match read_document(&text, &crate::defaults::hoa_mai) {
            Err(LoadError::Wrong { path, .. }) => assert_eq!(path, "plan.start_year"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn inconsistent_figures_are_refused_with_their_path() {
        let text = with_staff(40, 41).to_json();
        assert_eq!(
            read_document(&text, &crate::defaults::hoa_mai),
            Err(LoadError::Figure {
                path: "figures.2025-H1.staff.female".into(),
                error: FigureError::FemaleAboveTotal {
                    female: 41,
                    total: 40
                }
            })
        );
        let text = with_staff(2_000_000, 3).to_json();
        assert!(matches!(
            read_document(&text, &crate::defaults::hoa_mai),
            Err(LoadError::Figure {
                error: FigureError::TooLarge,
                ..
            })
        ));
    }

    #[test]
    fn a_numerator_above_its_denominator_is_refused() {
        let mut doc = crate::defaults::document();
        let mut f = PeriodFigures::default();
        for (field, total) in [("staff", 5), ("communicators", 9)] {
            f.0.insert(
                field.into(),
                Tally {
                    total: Some(total),
                    female: None,
                },
            );
        }
        doc.set_period_figures(Period::annual(2025), f);
        assert!(matches!(
            read_document(&doc.to_json(), &crate::defaults::hoa_mai),
            Err(LoadError::Figure {
                error: FigureError::NumeratorAboveDenominator { .. },
                ..
            })
        ));
    }

    #[test]
    fn duplicated_identifiers_are_refused() {
        let mut doc = crate::defaults::document();
        let first = doc.plan.objectives[1].indicators[0].id.clone();
        doc.plan.objectives[2].indicators[0].id = first.clone();
        assert_eq!(
            read_document(&doc.to_json(), &crate::defaults::hoa_mai),
            Err(LoadError::Duplicate {
                path: "plan.objectives[2].indicators[0].id".into(),
                id: first
            })
        );
    }

    #[test]
    fn periods_outside_the_plan_are_refused() {
        let text = with_staff(40, 38).to_json().replace("2025-H1", "2035-H1");
        assert!(matches!(
            read_document(&text, &crate::defaults::hoa_mai),
            Err(LoadError::Figure {
                error: FigureError::PeriodOutsidePlan { .. },
                ..
            })
        ));
    }

    #[test]
    fn the_summary_counts_what_the_file_holds() {
        let summary = Summary::of(&with_staff(40, 38));
        assert_eq!(summary.school, "TRƯỜNG MẦM NON HOA MAI");
        assert_eq!(summary.periods, vec![Period::half(2025)]);
        assert_eq!(summary.figures, 2);
        assert_eq!(summary.indicators, 15);
    }

    #[test]
    fn merging_takes_the_files_periods_and_keeps_the_rest() {
        let mut ours = with_staff(40, 38);
        let mut other = PeriodFigures::default();
        other.0.insert(
            "staff".into(),
            Tally {
                total: Some(42),
                female: Some(39),
            },
        );
        ours.set_period_figures(Period::annual(2024), other.clone());
        let mut theirs = with_staff(41, 39);
        let mut extra = other.clone();
        extra.0.insert("unknown".into(), Tally::default());
        theirs.set_period_figures(Period::annual(2025), extra);
        let merged = merge(&mut ours, &theirs).expect("merges");
        assert_eq!(merged.replaced, vec![Period::half(2025)]);
        assert_eq!(merged.added, vec![Period::annual(2025)]);
        assert_eq!(merged.skipped_fields, ["unknown"]);
        assert_eq!(
            ours.period_figures(Period::half(2025)).tally("staff").total,
            Some(41)
        );
        assert_eq!(ours.period_figures(Period::annual(2024)), other);
    }

    #[test]
    fn a_merge_goes_figure_by_figure_and_says_what_changed() {
        // Ours: staff and masters in 2025-H1, an activity and a report. Theirs: staff only,
        // the same activity with a trailing space and corrected parents, a new one, reports.
        let mut ours = with_staff(40, 38);
        let mut f = ours.period_figures(Period::half(2025));
        f.0.insert(
            "masters".into(),
            Tally {
                total: Some(3),
                female: Some(2),
            },
        );
        ours.set_period_figures(Period::half(2025), f);
        let day = chrono::NaiveDate::from_ymd_opt(2025, 3, 8).unwrap();
        let mut a = activity::Activity::on(day);
        a.title = "Tọa đàm 8/3".into();
        a.parents = 80;
        ours.activities.push(a.clone());
        ours.set_report(crate::domain::report::SavedReport::new(Period::half(2025)));
        let mut theirs = with_staff(41, 39);
        let mut same = a.clone();
        same.title = "Tọa đàm  8/3 ".into();
        same.parents = 90;
        let mut other = a.clone();
        other.title = "Ngày hạnh phúc".into();
        theirs.activities = vec![same, other];
        theirs.set_report(crate::domain::report::SavedReport::new(Period::half(2025)));
        theirs.set_report(crate::domain::report::SavedReport::new(Period::annual(
            2025,
        )));
        let merged = merge(&mut ours, &theirs).expect("merges");
        let h1 = ours.period_figures(Period::half(2025));
        assert_eq!(h1.tally("staff").total, Some(41));
        assert_eq!(
            h1.tally("masters").total,
            Some(3),
            "a figure the file lacks stays"
        );
        assert_eq!(merged.figures_changed, 1);
        assert_eq!((merged.activities_added, merged.activities_updated), (1, 1));
        assert_eq!(ours.activities.len(), 2);
        assert_eq!(ours.activities[0].parents, 90);
        assert_eq!((merged.reports_added, merged.reports_kept), (1, 1));
        assert_eq!(ours.reports.len(), 2);
    }

    #[test]
    fn a_merge_that_would_be_inconsistent_changes_nothing() {
        let mut ours = with_staff(40, 38);
        ours.plan.fields[0].by_sex = false;
        ours.figures.clear();
        let before = ours.clone();
        let theirs = with_staff(40, 38);
        assert!(merge(&mut ours, &theirs).is_err());
        assert_eq!(ours, before);
    }
}
