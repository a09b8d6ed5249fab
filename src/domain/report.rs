//! The reports a school keeps for its periods: the texts it writes (number, limitations, next
//! steps) and every version it finished. A finished version keeps its whole content, so later
//! edits to the data never change a report already sent.

use serde::Serialize;

use super::json::{Fault, FromJson, Reader};
use super::period::Period;
use super::plan::Plan;

/// The title a report is signed under when the school has not typed one.
pub const DEFAULT_SIGNER_TITLE: &str = "HIỆU TRƯỞNG";

/// Who the school's reports come from and go to today, kept apart from the plan, which stays
/// as it was issued: since 1 July 2025 local government has two levels (no more districts), so
/// the body above the school and the office that receives its reports may no longer be the
/// plan's. An empty text means "as the plan says".
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Addressing {
    /// The line above the school's name, e.g. "UBND PHƯỜNG ĐỐNG ĐA".
    #[serde(skip_serializing_if = "String::is_empty")]
    pub governing_body: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub recipient: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub email: String,
    /// The signer last typed on any report, offered for the reports that have none of their own.
    #[serde(skip_serializing_if = "Signer::is_empty")]
    pub signer: Signer,
}

from_object!(Addressing {
    governing_body: default,
    recipient: default,
    email: default,
    signer: default
});

/// Who signs a report: the title printed above the signature and the name under it.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Signer {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub title: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
}

from_object!(Signer {
    title: default,
    name: default
});

impl Signer {
    pub fn is_empty(&self) -> bool {
        self.title.is_empty() && self.name.is_empty()
    }

    /// The title to print: the one typed, or `default` (a school's: [`DEFAULT_SIGNER_TITLE`]).
    pub fn title_or<'a>(&'a self, default: &'a str) -> &'a str {
        match self.title.trim() {
            "" => default,
            title => title,
        }
    }
}

impl Addressing {
    pub fn is_empty(&self) -> bool {
        *self == Addressing::default()
    }

    pub fn governing_body<'a>(&'a self, plan: &'a Plan) -> &'a str {
        or_plan(&self.governing_body, &plan.document.issuer_parent)
    }

    pub fn recipient<'a>(&'a self, plan: &'a Plan) -> &'a str {
        or_plan(&self.recipient, &plan.reporting.recipient)
    }

    pub fn email<'a>(&'a self, plan: &'a Plan) -> &'a str {
        or_plan(&self.email, &plan.reporting.email)
    }
}

fn or_plan<'a>(own: &'a str, plan: &'a str) -> &'a str {
    match own.trim() {
        "" => plan.trim(),
        own => own,
    }
}

/// A school's report for one period.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SavedReport {
    pub period: Period,
    /// The report's number, e.g. "15/BC-MNHM".
    pub number: String,
    /// Part IV and part V as the school wrote them; `None` until edited (the draft is shown).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limitations: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_steps: Option<String>,
    /// Every finished version, oldest first.
    pub versions: Vec<FinishedReport>,
    /// A new version is being made: the report follows the data again until it is finished.
    pub reopened: bool,
    /// The school sent this period's report without the app (before it used it, or on paper).
    #[serde(skip_serializing_if = "is_false")]
    pub sent_outside: bool,
    /// Who signs this report, once typed on it (a deputy signing once); otherwise the one last
    /// typed on any report.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signer: Option<Signer>,
    /// The indicators whose charts go into the report (ids); `None` until the committee
    /// chooses, when those behind or off track and those its texts name go in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub charts: Option<Vec<String>>,
}

from_object!(SavedReport {
    period,
    number: default,
    limitations: default,
    next_steps: default,
    versions: default,
    reopened: default,
    sent_outside: default,
    signer: default,
    charts: default
});

fn is_false(b: &bool) -> bool {
    !*b
}

/// Where a period's report stands on a day, as the report calendar shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportState {
    Finished,
    /// Marked by the school as sent without the app.
    SentOutside,
    /// Due before the school recorded anything in the app: not a failure of the app's data.
    BeforeUse,
    Overdue,
    /// Not due yet: so many days left.
    Due(i64),
}

impl SavedReport {
    pub fn new(period: Period) -> SavedReport {
        SavedReport {
            period,
            number: String::new(),
            limitations: None,
            next_steps: None,
            versions: Vec::new(),
            reopened: false,
            sent_outside: false,
            signer: None,
            charts: None,
        }
    }

    /// The finished version shown instead of the live report, if any.
    pub fn frozen(&self) -> Option<&FinishedReport> {
        self.versions.last().filter(|_| !self.reopened)
    }
}

/// A report as it was finished: when, and everything it said. Its content is kept as the JSON
/// it was stored as and read only where it is shown, so that starting the app does not carry
/// the report's reader (docs/size.md); exporting the document writes it back unchanged.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FinishedReport {
    /// An ISO 8601 time in UTC.
    pub finished_at: String,
    #[serde(serialize_with = "as_json")]
    report: String,
}

from_object!(FinishedReport {
    finished_at,
    report as RawJson
});

/// A value kept as its JSON text, for `from_object!`'s `name as RawJson`.
struct RawJson(String);

impl FromJson for RawJson {
    fn read(json: &mut Reader<'_>) -> Result<RawJson, Fault> {
        json.raw().map(|text| RawJson(text.to_string()))
    }
}

/// Writes a value kept as its JSON text back as that JSON (it was read as JSON, or written
/// by serde_json: a `null` only if it is somehow not).
fn as_json<S: serde::Serializer>(text: &str, serializer: S) -> Result<S::Ok, S::Error> {
    match serde_json::value::RawValue::from_string(text.to_string()) {
        Ok(raw) => raw.serialize(serializer),
        Err(_) => serializer.serialize_unit(),
    }
}

impl FinishedReport {
    pub fn new(finished_at: String, report: &Report) -> FinishedReport {
        // A report is plain strings: writing it as JSON cannot fail, nor reading that back
        // as JSON.
        let report = serde_json::to_string(report).unwrap_or_else(|_| "{}".into());
        FinishedReport {
            finished_at,
            report,
        }
    }

    /// What the report said; `None` if the stored text is not a report (a file edited by
    /// hand), which is then kept as it is.
    pub fn report(&self) -> Option<Report> {
        super::json::read(&self.report).ok()
    }
}

/// A report's whole content, as text ready to print. Reports are official documents and are
/// always written in Vietnamese.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Report {
    pub period: String,
    pub issuer_parent: String,
    pub issuer: String,
    /// "Số: 15/BC-MNHM".
    pub number: String,
    /// "Đống Đa, ngày 10 tháng 06 năm 2026".
    pub place_date: String,
    /// The line under "BÁO CÁO".
    pub subject: String,
    /// Part I: staff and children, by sex.
    pub situation: Vec<String>,
    /// Part II: every objective with its indicators.
    pub objectives: Vec<ReportObjective>,
    /// Part III: the task groups with activities in the period, numbered as part III's own
    /// items (reports finished before version 4 list every group).
    pub task_groups: Vec<ReportGroup>,
    /// Part III's task groups that had no activity in the period, said once.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub idle_groups: Vec<String>,
    /// Part III's heading where the report is not a school's: an office's says where its
    /// schools stand, its items being the indicators some school is behind on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tasks_heading: Option<String>,
    /// Part III's closing line where it is not about idle groups (an office's: no school
    /// behind).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tasks_note: Option<String>,
    pub limitations: String,
    pub next_steps: String,
    /// The signer's title, one line per printed line ("HIỆU TRƯỞNG").
    pub signer: String,
    /// The signer's name; empty until typed, when the form's words for it are printed.
    #[serde(default)]
    pub signer_name: String,
    /// "Kính gửi: …", the office the report goes to; empty in reports finished before it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub addressee: String,
    pub recipients: Vec<String>,
    /// The indicators whose charts the report carries (ids); `None` in reports finished
    /// before the committee could choose, which carried every chart.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charts: Option<Vec<String>>,
}

from_object!(Report {
    period,
    issuer_parent,
    issuer,
    number,
    place_date,
    subject,
    situation,
    objectives,
    task_groups,
    idle_groups: default,
    tasks_heading: default,
    tasks_note: default,
    limitations,
    next_steps,
    signer,
    signer_name: default,
    addressee: default,
    recipients,
    charts: default
});

/// Part III's heading in a school's report.
pub const TASKS_HEADING: &str = "III. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ, GIẢI PHÁP";

impl Report {
    pub fn tasks_title(&self) -> &str {
        self.tasks_heading.as_deref().unwrap_or(TASKS_HEADING)
    }

    /// Part III's closing line: the report's own, else the one on the groups without
    /// activity, if any were.
    pub fn part_three_note(&self) -> Option<String> {
        if let Some(note) = &self.tasks_note {
            Some(note.clone())
        } else if self.idle_groups.is_empty() {
            None
        } else if self.task_groups.is_empty() {
            Some("Chưa ghi nhận hoạt động nào trong kỳ.".to_string())
        } else {
            Some(format!(
                "Các nhóm nhiệm vụ chưa ghi nhận hoạt động trong kỳ: {}.",
                self.idle_groups.join("; ")
            ))
        }
    }
}

/// Part II's table heads: the plan calls its 2025 and 2030 figures *chỉ tiêu*.
pub const RESULT_HEADS: [&str; 6] = [
    "Nội dung",
    "Chỉ tiêu 2025",
    "Chỉ tiêu 2030",
    "Kết quả kỳ này",
    "So với kỳ trước",
    "Tình trạng",
];

/// Part II's line under an objective that has no indicator.
pub const NO_INDICATORS: &str =
    "Mục tiêu không có chỉ tiêu định lượng; kết quả thực hiện nêu ở phần III.";

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ReportObjective {
    pub title: String,
    pub rows: Vec<ReportRow>,
}

from_object!(ReportObjective { title, rows });

/// One indicator's line in part II.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ReportRow {
    pub code: String,
    pub name: String,
    pub target_2025: String,
    pub target_2030: String,
    pub value: String,
    /// Against the previous period, e.g. "+2,5 điểm %".
    pub change: String,
    pub status: String,
    /// How the app reads the target where the plan leaves it open (4.b has no year).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

from_object!(ReportRow {
    code,
    name,
    target_2025,
    target_2030,
    value,
    change,
    status,
    note: default
});

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ReportGroup {
    pub title: String,
    pub activities: Vec<String>,
}

from_object!(ReportGroup { title, activities });
