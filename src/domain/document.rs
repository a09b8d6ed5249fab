//! The school's data as one versioned document: what local storage holds, what an export
//! writes and what the district receives. Described in `docs/data-format.md`.

use serde::Serialize;

use super::activity::MAX_TITLE_CHARS;
use super::activity::{Activity, ActivityError};
use super::figures::{FigureError, Figures, PeriodFigures};
use super::json::{self, Fault, FromJson};
use super::period::Period;
use super::plan::{Plan, Sense};
use super::report::{Addressing, ReportState, SavedReport, Signer};

/// Identifies this app's files among other JSON files.
pub const FORMAT: &str = "bdg-tracker";
/// Identifies an office's plan template (`super::template`), named here so that each kind of
/// file is told from the other when read.
pub const TEMPLATE_FORMAT: &str = "bdg-tracker-template";
/// The version this build writes. A newer version is refused; older ones are upgraded.
///
/// - 1: the plan and the figures.
/// - 2: adds the activity log and the reports. A version 1 document is read as one with no activities; the
///   version is raised so that a version 1 app, which would drop them on its next save,
///   refuses the document instead.
/// - 3: adds each sex's baseline and yearly targets, and reads the embedded plan's targets as
///   the document words them (see [`upgrade_to_3`]).
/// - 4: adds who the reports are from and to today (`addressing`), who signs each report and
///   the charts it carries. Raised so that a version 3 app refuses the document rather than
///   drop them.
pub const VERSION: u32 = 4;

/// How long a document may go without being downloaded before the user is reminded.
pub const EXPORT_REMINDER_DAYS: i64 = 7;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Document {
    pub format: String,
    pub version: u32,
    /// When the document was last changed: an ISO 8601 time in UTC, as the browser writes it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub saved_at: Option<String>,
    /// Counts the saves of this document, so that a browser tab holding an older revision
    /// never writes over a newer one saved by another tab.
    pub revision: u64,
    pub plan: Plan,
    pub figures: Figures,
    pub activities: Vec<Activity>,
    pub reports: Vec<SavedReport>,
    #[serde(skip_serializing_if = "Addressing::is_empty")]
    pub addressing: Addressing,
}

from_object!(Document {
    format,
    version,
    saved_at: default,
    revision: default,
    plan,
    figures: default,
    activities: default,
    reports: default,
    addressing: default
});

/// Why a stored or imported document could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// Not JSON at all; line and column of the first error (1-based).
    NotJson { line: usize, column: usize },
    /// JSON, but not this app's format.
    WrongFormat,
    /// A school's data file where an office's plan template is due.
    NotTemplate,
    /// An office's plan template where a school's data file is due.
    IsTemplate,
    /// Written by a newer version of the app than this one, which reads up to `newest`.
    NewerVersion { version: u32, newest: u32 },
    /// An office's roll-up file of version 1, which holds nothing the level above can add up.
    OldRollUp,
    /// An office's roll-up file counting more schools at `path` than the `most` there can be.
    TooManySchools {
        path: String,
        schools: u32,
        most: u32,
    },
    /// A field is missing; `path` names it ("plan.objectives[0].indicators[2].code").
    Missing { path: String, line: usize },
    /// A field has the wrong type or value.
    Wrong { path: String, line: usize },
    /// A figure out of range or inconsistent, a period outside the plan, or a figure of a field
    /// the plan does not define.
    Figure { path: String, error: FigureError },
    /// An identifier used twice where it must be unique.
    Duplicate { path: String, id: String },
    /// An activity that could not be saved as it is.
    Activity { path: String, error: ActivityError },
    /// Larger than [`crate::domain::import::MAX_FILE_BYTES`].
    TooLarge { bytes: usize },
    /// The browser could not read the file (moved or deleted after it was chosen).
    Unreadable,
    /// The plan's years are outside [`crate::domain::plan::PLAN_YEARS`] or reversed.
    PlanYears { start: i32, end: i32 },
    /// A milestone or baseline the plan editor would refuse.
    Plan {
        path: String,
        error: super::plan::PlanError,
    },
    /// A text longer than [`crate::domain::plan::MAX_TEXT_CHARS`].
    TooLong { path: String, chars: usize },
}

impl Document {
    pub fn new(plan: Plan) -> Self {
        Document {
            format: FORMAT.to_string(),
            version: VERSION,
            saved_at: None,
            revision: 0,
            plan,
            figures: Figures::new(),
            activities: Vec::new(),
            reports: Vec::new(),
            addressing: Addressing::default(),
        }
    }

    /// Reads a document, refusing anything that is not a whole, valid document of a version
    /// this build understands, and upgrades it to this version.
    ///
    /// `shipped` gives the plan this build ships (`crate::defaults::hoa_mai`, chosen by the
    /// caller: the domain knows no plan of its own), which a version 1 or 2 document's
    /// untouched indicators take their readings from; it is called only for those.
    pub fn from_json(text: &str, shipped: &dyn Fn() -> Plan) -> Result<Document, LoadError> {
        let mut document = Document::read(text)?;
        if document.version < 3 {
            upgrade_to_3(&mut document, &shipped());
        }
        document.version = VERSION;
        Ok(document)
    }

    /// The version a stored or imported text was written in, read on its own.
    pub fn version_of(text: &str) -> Option<u64> {
        Header::of(text).ok()?.version
    }

    fn read(text: &str) -> Result<Document, LoadError> {
        read_file(text, FORMAT, VERSION)
    }

    /// The revision of a stored document, read without reading the rest of it.
    pub fn revision_of(text: &str) -> Option<u64> {
        struct Revision {
            revision: u64,
        }
        from_object!(Revision { revision: default });
        json::read::<Revision>(text).ok().map(|r| r.revision)
    }

    pub fn to_json(&self) -> String {
        // Serialising plain data structs to a string cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The name of an exported file: it says which school and which day, e.g.
    /// "bdg-MNHM-2026-11-29.json".
    pub fn export_file_name(&self, today: chrono::NaiveDate) -> String {
        self.file_name(&crate::domain::plan::iso_date::to_text(today), "json")
    }

    /// "bdg-<school>-<what>.<extension>", with only what is safe in a file name of the school's
    /// code.
    pub fn file_name(&self, what: &str, extension: &str) -> String {
        let school: String = self
            .plan
            .document
            .issuer_code
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        let school = if school.is_empty() {
            "truong".to_string()
        } else {
            school
        };
        format!("bdg-{school}-{what}.{extension}")
    }

    /// Whether to remind the user to download the data file: there is data of their own, and
    /// it was never downloaded on this device or not for more than a week.
    pub fn export_overdue(
        &self,
        exported_on: Option<chrono::NaiveDate>,
        today: chrono::NaiveDate,
    ) -> bool {
        self.revision > 0
            && exported_on.is_none_or(|day| (today - day).num_days() > EXPORT_REMINDER_DAYS)
    }

    /// The school's report of a period, or a new one.
    pub fn report(&self, period: Period) -> SavedReport {
        self.reports
            .iter()
            .find(|r| r.period == period)
            .cloned()
            .unwrap_or_else(|| SavedReport::new(period))
    }

    /// Where the report of `period` stands on `today`, or `None` if the plan sets it no date.
    pub fn report_state(&self, period: Period, today: chrono::NaiveDate) -> Option<ReportState> {
        let due = period.due_date(&self.plan.reporting)?;
        let saved = self.report(period);
        Some(if saved.frozen().is_some() {
            ReportState::Finished
        } else if saved.sent_outside {
            ReportState::SentOutside
        } else if due >= today {
            ReportState::Due((due - today).num_days())
        } else if self.first_recorded().is_none_or(|first| period < first) {
            ReportState::BeforeUse
        } else {
            ReportState::Overdue
        })
    }

    /// The first period the school recorded anything for: figures, an activity or a report.
    fn first_recorded(&self) -> Option<Period> {
        let activities = self
            .activities
            .iter()
            .map(|a| Period::current(&self.plan, a.start));
        let reports = self
            .reports
            .iter()
            .filter(|r| !r.versions.is_empty() || r.limitations.is_some() || r.next_steps.is_some())
            .map(|r| r.period);
        self.figures
            .keys()
            .copied()
            .chain(activities)
            .chain(reports)
            .min()
    }

    /// Who signs the report of `period`: its own signer, or the one last typed.
    pub fn signer(&self, period: Period) -> Signer {
        self.report(period)
            .signer
            .unwrap_or_else(|| self.addressing.signer.clone())
    }

    /// Stores a period's report in place of the one it had.
    pub fn set_report(&mut self, report: SavedReport) {
        self.reports.retain(|r| r.period != report.period);
        self.reports.push(report);
    }

    /// This document cut to one period: its figures, activities and report only, to send
    /// with that period's report.
    pub fn for_period(&self, period: Period) -> Document {
        let mut doc = self.clone();
        doc.figures.retain(|p, _| *p == period);
        doc.activities.retain(|a| a.is_in(period));
        doc.reports.retain(|r| r.period == period);
        doc
    }

    pub fn period_figures(&self, period: Period) -> PeriodFigures {
        self.figures.get(&period).cloned().unwrap_or_default()
    }

    /// Stores a period's figures; an empty set removes the period.
    pub fn set_period_figures(&mut self, period: Period, figures: PeriodFigures) {
        if figures.is_empty() {
            self.figures.remove(&period);
        } else {
            self.figures.insert(period, figures);
        }
    }
}

/// How version 2 of the embedded plan read the indicators whose reading version 3 corrects:
/// (id, sense, yearly, note). 2.b, 3.a and 3.b ("đạt 100% vào năm 2025 và năm 2030") were
/// maintained from 2021 rather than reached by 2025; 4.a's 350 parents were a total rather than
/// a year's; 4.d did not say how its missing figure was read.
const VERSION_2_READINGS: [(&str, Sense, bool, &str); 5] = [
    ("2b", Sense::Maintain, false, ""),
    ("3a", Sense::Maintain, false, ""),
    ("3b", Sense::Maintain, false, ""),
    ("4a-ph", Sense::AtLeast, false, ""),
    (
        "4d",
        Sense::AtLeast,
        false,
        "Phần truyền thông về bình đẳng giới tới 100% CBGVNV đến năm 2030 được theo dõi ở chỉ tiêu 4.a (CBGVNV).",
    ),
];

/// Upgrades a version 1 or 2 document. An indicator still read as version 2 of the embedded
/// plan read it (same id, wording, milestones, sense, yearly and note) takes the corrected
/// reading; one the school changed in any of these keeps its own. Activity titles are cut to
/// what version 3 allows (the upgrade snapshot keeps them whole).
fn upgrade_to_3(document: &mut Document, embedded: &Plan) {
    for (id, sense, yearly, note) in VERSION_2_READINGS {
        let (Some(ours), Some(shipped)) = (document.plan.indicator_mut(id), embedded.indicator(id))
        else {
            continue;
        };
        let as_shipped = ours.wording == shipped.wording
            && ours.milestones == shipped.milestones
            && (ours.sense, ours.yearly, ours.note.as_str()) == (sense, yearly, note);
        if as_shipped {
            ours.sense = shipped.sense;
            ours.yearly = shipped.yearly;
            ours.note = shipped.note.clone();
        }
    }
    for activity in &mut document.activities {
        if activity.title.chars().count() > MAX_TITLE_CHARS {
            let mut title: String = activity.title.chars().take(MAX_TITLE_CHARS - 1).collect();
            title.push('…');
            activity.title = title;
        }
    }
}

/// What tells one of this app's texts apart, read without the rest (other fields are skipped):
/// its kind and the version it was written in.
struct Header {
    format: Option<String>,
    version: Option<u64>,
}

from_object!(Header {
    format: default,
    version: default
});

impl Header {
    fn of(text: &str) -> Result<Header, Fault> {
        json::read(text)
    }
}

/// Reads a file of one of this app's formats (`format`, up to `version`): its header first, so
/// that a file of another kind or a newer version is named as such, then the whole, with the
/// path of the first field at fault.
pub(crate) fn read_file<T: FromJson>(
    text: &str,
    format: &str,
    newest: u32,
) -> Result<T, LoadError> {
    let header = Header::of(text).map_err(|fault| match fault {
        Fault::Syntax { at } => not_json(text, at),
        _ => LoadError::WrongFormat,
    })?;
    match header.format.as_deref() {
        Some(f) if f == format => {}
        // A school's data where the office's template is due, or the other way round: said
        // as such, since both are this app's files.
        Some(FORMAT) => return Err(LoadError::NotTemplate),
        Some(TEMPLATE_FORMAT) => return Err(LoadError::IsTemplate),
        _ => return Err(LoadError::WrongFormat),
    }
    let version = match header.version {
        None => {
            return Err(LoadError::Missing {
                path: "version".into(),
                line: 1,
            })
        }
        // There never was a version 0.
        Some(0) => {
            return Err(LoadError::Wrong {
                path: "version".into(),
                line: 1,
            })
        }
        Some(v) => v,
    };
    if version > newest as u64 {
        return Err(LoadError::NewerVersion {
            version: version.min(u32::MAX as u64) as u32,
            newest,
        });
    }
    json::read(text).map_err(|fault| {
        let line = |at| json::line_column(text, at).0;
        match fault {
            // Not met: the header was read from the whole text.
            Fault::Syntax { at } => not_json(text, at),
            Fault::Missing { path, at } => LoadError::Missing {
                path,
                line: line(at),
            },
            Fault::Wrong { path, at } => LoadError::Wrong {
                path,
                line: line(at),
            },
        }
    })
}

fn not_json(text: &str, at: usize) -> LoadError {
    let (line, column) = json::line_column(text, at);
    LoadError::NotJson { line, column }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::plan::Part;

    /// A period's figures: 40 staff, 38 of them women.
    fn staff_40_38() -> PeriodFigures {
        PeriodFigures::default()
            .with("staff", Part::Total, Some(40))
            .with("staff", Part::Female, Some(38))
    }

    #[test]
    fn round_trips_through_json() {
        let mut doc = crate::defaults::document();
        let f = staff_40_38();
        doc.set_period_figures(Period::half(2025), f);
        let text = doc.to_json();
        assert!(text.contains("\"2025-H1\""));
        assert_eq!(
            Document::from_json(&text, &crate::defaults::hoa_mai),
            Ok(doc)
        );
    }

    #[test]
    fn refuses_what_it_cannot_read() {
        assert_eq!(
            Document::from_json("{\n  \"a\": }", &crate::defaults::hoa_mai),
            Err(LoadError::NotJson { line: 2, column: 8 })
        );
        assert_eq!(
            Document::from_json("{\"format\":\"other\"}", &crate::defaults::hoa_mai),
            Err(LoadError::WrongFormat)
        );
        assert_eq!(
            Document::from_json(
                "{\"format\":\"bdg-tracker\",\"version\":99}",
                &crate::defaults::hoa_mai
            ),
            Err(LoadError::NewerVersion {
                version: 99,
                newest: VERSION
            })
        );
        assert_eq!(
            Document::from_json(
                "{\"format\":\"bdg-tracker\",\"version\":1}",
                &crate::defaults::hoa_mai
            ),
            Err(LoadError::Missing {
                path: "plan".into(),
                line: 1
            })
        );
    }

    /// Every object of the document is read as serde's derive reads it (`from_object!`, the
    /// keyed enums): fields in any order and unknown ones skipped, while one given twice and a
    /// key no variant has are refused at their place. Objects are read as objects only: the
    /// derive also took an array of the fields in order, which this app never wrote, and named
    /// its first element when refusing one.
    #[test]
    fn objects_and_keys_are_read_as_the_derive_reads_them() {
        let doc = crate::defaults::document();
        let text = doc.to_json();
        let read = |text: &str| Document::from_json(text, &crate::defaults::hoa_mai);
        let wrong_at = |path: &str| {
            Err(LoadError::Wrong {
                path: path.into(),
                line: 1,
            })
        };

        let reordered = text.replacen(
            "{\"format\":\"bdg-tracker\",\"version\":4,",
            "{\"unknown\":{\"a\":[1,{\"b\":null}]},\"version\":4,\"format\":\"bdg-tracker\",",
            1,
        );
        assert_ne!(reordered, text);
        assert_eq!(read(&reordered), Ok(doc.clone()));

        let twice = text.replacen("\"revision\":0", "\"revision\":0,\"revision\":1", 1);
        assert_eq!(read(&twice), wrong_at("revision"));

        let as_array = text.replacen("\"reporting\":{", "\"reporting\":[{", 1);
        // The plan ends with its reporting rule.
        let as_array = as_array.replacen("}},\"figures\"", "}]},\"figures\"", 1);
        assert_eq!(read(&as_array), wrong_at("plan.reporting"));

        // A key that ends its object is refused at its own path too.
        let unknown_reach = text.replacen("\"from_activities\":\"", "\"from_activities\":\"x", 1);
        assert_eq!(
            read(&unknown_reach),
            wrong_at("plan.fields[16].from_activities")
        );

        let unknown_sense = text.replacen("\"sense\":\"at_least\"", "\"sense\":\"often\"", 1);
        assert_eq!(
            read(&unknown_sense),
            wrong_at("plan.objectives[1].indicators[0].sense")
        );
    }

    /// A file of each version, kept so that every later version of the app is tested on it.
    #[test]
    fn every_earlier_version_loads_and_is_upgraded() {
        let v1 = include_str!("../../tests/fixtures/document-v1.json");
        assert_eq!(Document::version_of(v1), Some(1));
        let doc = Document::from_json(v1, &crate::defaults::hoa_mai)
            .expect("the version 1 fixture loads");
        assert_eq!(doc.version, VERSION);
        assert_eq!(doc.plan.indicators().count(), 1);
        assert!(!doc.figures.is_empty());
        assert!(doc.activities.is_empty());
        // Upgrading keeps everything else exactly.
        let again = Document::from_json(&doc.to_json(), &crate::defaults::hoa_mai).unwrap();
        assert_eq!(again, doc);

        let v2 = include_str!("../../tests/fixtures/document-v2.json");
        let doc = Document::from_json(v2, &crate::defaults::hoa_mai)
            .expect("the version 2 fixture loads");
        assert_eq!(doc.version, VERSION);
        assert_eq!(doc.activities.len(), 2);
        assert_eq!(doc.activities[0].parents, 120);
    }

    #[test]
    fn version_2_documents_take_the_corrected_readings_where_the_school_kept_the_plan() {
        let mut old = Document {
            version: 2,
            ..crate::defaults::document()
        };
        for (id, sense, yearly, note) in VERSION_2_READINGS {
            let ind = old.plan.indicator_mut(id).unwrap();
            (ind.sense, ind.yearly, ind.note) = (sense, yearly, note.to_string());
        }
        // The school made 4.b a target to maintain: not one of the corrected, it stays so.
        old.plan.indicator_mut("4b").unwrap().sense = Sense::Maintain;
        let mut a = crate::domain::activity::Activity::on(
            chrono::NaiveDate::from_ymd_opt(2026, 3, 8).unwrap(),
        );
        a.title = "Tọa đàm ".repeat(100);
        old.activities.push(a);
        // The school rewrote 3.b's targets: its own reading stays.
        old.plan.indicator_mut("3b").unwrap().milestones[0].value = 90.0;
        let doc = Document::from_json(&old.to_json(), &crate::defaults::hoa_mai).unwrap();
        assert_eq!(doc.version, VERSION);
        assert_eq!(doc.plan.indicator("2b").unwrap().sense, Sense::AtLeast);
        assert_eq!(doc.plan.indicator("3a").unwrap().sense, Sense::AtLeast);
        assert_eq!(doc.plan.indicator("3b").unwrap().sense, Sense::Maintain);
        assert!(doc.plan.indicator("4a-ph").unwrap().yearly);
        assert!(doc
            .plan
            .indicator("4d")
            .unwrap()
            .note
            .starts_with("Kế hoạch không nêu tỷ lệ"));
        assert_eq!(doc.plan.indicator("4b").unwrap().sense, Sense::Maintain);
        assert_eq!(doc.activities[0].title.chars().count(), MAX_TITLE_CHARS);
        assert!(crate::domain::import::first_problem(&doc).is_none());
        // A version 3 or later document is taken as it is.
        let mut own = crate::defaults::document();
        own.plan.indicator_mut("2b").unwrap().sense = Sense::Maintain;
        let again = Document::from_json(&own.to_json(), &crate::defaults::hoa_mai).unwrap();
        assert_eq!(again.plan.indicator("2b").unwrap().sense, Sense::Maintain);
    }

    #[test]
    fn a_finished_report_is_kept_as_stored_and_read_where_shown() {
        let mut doc = crate::defaults::document();
        let mut saved = doc.report(Period::half(2026));
        let report = crate::domain::report::Report {
            subject: "Sơ kết".into(),
            ..Default::default()
        };
        saved
            .versions
            .push(crate::domain::report::FinishedReport::new(
                "2026-06-09T03:00:00Z".into(),
                &report,
            ));
        doc.set_report(saved);
        let again = Document::from_json(&doc.to_json(), &crate::defaults::hoa_mai).unwrap();
        assert_eq!(again, doc);
        let version = &again.report(Period::half(2026)).versions[0];
        assert_eq!(version.report(), Some(report));
        // A version whose content is not a report (a file edited by hand) loads, and is kept
        // as it was, to be written back unchanged.
        let text = doc
            .to_json()
            .replace(r#""subject":"Sơ kết""#, r#""subject":5"#);
        let odd = Document::from_json(&text, &crate::defaults::hoa_mai).unwrap();
        assert_eq!(odd.report(Period::half(2026)).versions[0].report(), None);
        assert!(odd.to_json().contains(r#""subject":5"#));
    }

    #[test]
    fn revision_is_read_on_its_own() {
        let mut doc = crate::defaults::document();
        assert_eq!(Document::revision_of(&doc.to_json()), Some(0));
        doc.revision = 41;
        assert_eq!(Document::revision_of(&doc.to_json()), Some(41));
        assert_eq!(Document::revision_of("not json"), None);
    }

    #[test]
    fn export_names_the_school_and_the_day() {
        let mut doc = crate::defaults::document();
        let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
        assert_eq!(doc.export_file_name(day), "bdg-MNHM-2026-11-29.json");
        // Nothing from the plan can make the name unsafe for a file system.
        doc.plan.document.issuer_code = "../Hoa Sen/".into();
        assert_eq!(doc.export_file_name(day), "bdg-HoaSen-2026-11-29.json");
        doc.plan.document.issuer_code = "Trường".into();
        assert_eq!(doc.export_file_name(day), "bdg-Trng-2026-11-29.json");
    }

    #[test]
    fn a_week_without_a_download_is_overdue() {
        let mut doc = crate::defaults::document();
        let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
        let on = |d: u32| chrono::NaiveDate::from_ymd_opt(2026, 11, d);
        assert!(!doc.export_overdue(None, day), "nothing of the user's yet");
        doc.revision = 3;
        assert!(doc.export_overdue(None, day));
        assert!(!doc.export_overdue(on(22), day));
        assert!(doc.export_overdue(on(21), day));
    }

    #[test]
    fn reports_due_before_the_school_used_the_app_are_not_overdue() {
        let mut doc = crate::defaults::document();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let state = |doc: &Document, p| doc.report_state(p, today).unwrap();
        // Nothing recorded yet: every past report is from before the app.
        assert_eq!(state(&doc, Period::annual(2025)), ReportState::BeforeUse);
        assert_eq!(state(&doc, Period::annual(2026)), ReportState::Due(19));
        // Figures from the 2026 6-month review on: that report is overdue, earlier ones not.
        let f = staff_40_38();
        doc.set_period_figures(Period::half(2026), f);
        assert_eq!(state(&doc, Period::half(2026)), ReportState::Overdue);
        assert_eq!(state(&doc, Period::annual(2025)), ReportState::BeforeUse);
        // The school says it sent it on paper.
        let mut report = doc.report(Period::half(2026));
        report.sent_outside = true;
        doc.set_report(report);
        assert_eq!(state(&doc, Period::half(2026)), ReportState::SentOutside);
    }

    #[test]
    fn clearing_a_period_removes_it() {
        let mut doc = crate::defaults::document();
        doc.set_period_figures(Period::annual(2024), PeriodFigures::default());
        assert!(doc.figures.is_empty());
    }
}
