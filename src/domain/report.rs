//! The reports a school keeps for its periods: the texts it writes (number, limitations, next
//! steps) and every version it finished. A finished version keeps its whole content, so later
//! edits to the data never change a report already sent.

use serde::{Deserialize, Serialize};

use super::period::Period;

/// A school's report for one period.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedReport {
    pub period: Period,
    /// The report's number, e.g. "15/BC-MNHM".
    #[serde(default)]
    pub number: String,
    /// Part IV and part V as the school wrote them; `None` until edited (the draft is shown).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limitations: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_steps: Option<String>,
    /// Every finished version, oldest first.
    #[serde(default)]
    pub versions: Vec<FinishedReport>,
    /// A new version is being made: the report follows the data again until it is finished.
    #[serde(default)]
    pub reopened: bool,
    /// The school sent this period's report without the app (before it used it, or on paper).
    #[serde(default, skip_serializing_if = "is_false")]
    pub sent_outside: bool,
}

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
        }
    }

    /// The finished version shown instead of the live report, if any.
    pub fn frozen(&self) -> Option<&FinishedReport> {
        self.versions.last().filter(|_| !self.reopened)
    }
}

/// A report as it was finished: when, and everything it said.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FinishedReport {
    /// An ISO 8601 time in UTC.
    pub finished_at: String,
    pub report: Report,
}

/// A report's whole content, as text ready to print. Reports are official documents and are
/// always written in Vietnamese.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
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
    /// Part III: every task group with the activities of the period.
    pub task_groups: Vec<ReportGroup>,
    pub limitations: String,
    pub next_steps: String,
    pub signer: String,
    pub recipients: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ReportObjective {
    pub title: String,
    pub rows: Vec<ReportRow>,
}

/// One indicator's line in part II.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
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

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ReportGroup {
    pub title: String,
    pub activities: Vec<String>,
}
