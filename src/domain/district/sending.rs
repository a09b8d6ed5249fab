//! Who sent which period, and when against the deadline.

use chrono::NaiveDate;

use super::{same_school, District, School};
use crate::domain::period::Period;
use crate::domain::plan::Plan;

/// Whether a school sent a period's data, and when against the deadline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sending {
    OnTime(NaiveDate),
    /// Sent this many days after the deadline.
    Late(NaiveDate, i64),
    /// Not sent, and the deadline has passed.
    Missing,
    /// Not sent yet, before the deadline.
    NotYet,
}

/// Where a school stands for a period's report.
pub fn sending(school: &School, plan: &Plan, period: Period, today: NaiveDate) -> Sending {
    let due = period.due_date(&plan.reporting);
    match (school.submission(period), due) {
        (Some(s), Some(due)) if s.sent_on > due => {
            Sending::Late(s.sent_on, (s.sent_on - due).num_days())
        }
        (Some(s), _) => Sending::OnTime(s.sent_on),
        (None, Some(due)) if today > due => Sending::Missing,
        (None, _) => Sending::NotYet,
    }
}

/// One school's standing for a period, as the tracker shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Standing {
    pub school: String,
    pub sending: Sending,
    /// The name of the file kept for the period; empty when none was sent.
    pub file: String,
    /// Every period the school sent, oldest first.
    pub sent: Vec<Period>,
}

/// How many schools stand where, for the tracker's summary line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SendingCounts {
    pub on_time: usize,
    pub late: usize,
    pub missing: usize,
    pub not_yet: usize,
}

impl District {
    /// Every school's standing for `period` (the expected ones and those that sent), judged
    /// against `plan`'s deadlines on `today`.
    pub fn standings(&self, plan: &Plan, period: Period, today: NaiveDate) -> Vec<Standing> {
        let periods = self.periods();
        self.schools()
            .into_iter()
            .map(|school| Standing {
                sending: sending(&school, plan, period, today),
                file: school
                    .submission(period)
                    .map(|s| s.file.clone())
                    .unwrap_or_default(),
                sent: periods
                    .iter()
                    .copied()
                    .filter(|p| school.submission(*p).is_some())
                    .collect(),
                school: school.name,
            })
            .collect()
    }

    /// Takes the list of expected schools as the office typed it, a name a line: blank lines
    /// and a school written twice (in other spaces or case) are left out.
    pub fn set_expected(&mut self, names: impl Iterator<Item = String>) {
        let mut list: Vec<String> = Vec::new();
        for name in names {
            let name = name.trim();
            if !name.is_empty() && !list.iter().any(|n| same_school(n, name)) {
                list.push(name.to_string());
            }
        }
        self.expected = list;
    }
}

impl SendingCounts {
    pub fn of(standings: &[Standing]) -> SendingCounts {
        let mut counts = SendingCounts::default();
        for s in standings {
            let count = match s.sending {
                Sending::OnTime(_) => &mut counts.on_time,
                Sending::Late(..) => &mut counts.late,
                Sending::Missing => &mut counts.missing,
                Sending::NotYet => &mut counts.not_yet,
            };
            *count += 1;
        }
        counts
    }
}
