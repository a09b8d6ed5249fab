//! What a batch of received files brings: each file's submissions, or why it is left out.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::offices::Received;
use super::plans::{contradictions, measured};
use super::{key, District, Repeat, Submission};
use crate::domain::activity::with_activities;
use crate::domain::document::{Document, LoadError};
use crate::domain::period::Period;
use crate::domain::plan::Plan;

/// The submissions a school's document brings: one per period with figures recorded (those fed
/// by activities filled in). The day a period
/// was sent is the day its report was first finished if the file holds one, else the day the
/// file was saved (`day_of` reads an ISO time as a day of the district's calendar), else
/// `received`.
pub fn submissions_of(
    document: &Document,
    file: &str,
    received: NaiveDate,
    day_of: &dyn Fn(&str) -> Option<NaiveDate>,
) -> Vec<Submission> {
    let figures = with_activities(&document.plan, &document.figures, &document.activities);
    let measured = measured(&document.plan);
    // A time that is not one, or one after the file was read (a tablet's clock set ahead),
    // says nothing of which file is newer: it is taken as unknown, never as the newest for ever.
    let saved_at = document.saved_at.clone().unwrap_or_default();
    let saved_on = day_of(&saved_at).filter(|day| *day <= received);
    let saved_at = if saved_on.is_some() {
        saved_at
    } else {
        String::new()
    };
    figures
        .into_iter()
        // A period the school recorded figures for: activities alone (which count in the
        // 6-month and the annual review alike) do not make a period sent.
        .filter(|(p, _)| document.figures.get(p).is_some_and(|f| !f.is_empty()))
        .map(|(period, figures)| {
            let finished = document
                .reports
                .iter()
                .find(|r| r.period == period)
                .and_then(|r| r.versions.first())
                .and_then(|v| day_of(&v.finished_at));
            Submission {
                school: document.plan.document.issuer.trim().to_string(),
                parent: document
                    .addressing
                    .governing_body(&document.plan)
                    .to_string(),
                period,
                file: file.to_string(),
                saved_at: saved_at.clone(),
                revision: document.revision,
                sent_on: finished.or(saved_on).unwrap_or(received),
                figures,
                measured: Some(measured.clone()),
                read_on: Some(received),
                office_sums: None,
            }
        })
        .collect()
}

/// What one batch of files brought, each file sorted on its own: taken (its submissions wait
/// in `pending` for [`Intake::file_into`]), refused with its fault, read but nameless, or read but empty.
/// Periods beyond the plan's years are left out of what a file brings, and named.
#[derive(Debug, Default)]
pub struct Intake {
    pub files: usize,
    pub refused: Vec<(String, LoadError)>,
    /// Read, but without the school's name.
    pub unnamed: Vec<String>,
    /// Read, but without any figures within the plan.
    pub empty: Vec<String>,
    pub outside: Vec<(String, Period)>,
    /// Schools and periods that came twice, once filed.
    pub repeats: Vec<Repeat>,
    /// Files whose plan gives one code to two indicators measured differently, with the codes:
    /// taken, but those indicators are left out of the sums.
    pub contradicting: Vec<(String, Vec<String>)>,
    /// Periods left out because a school of the same name under another authority sent them.
    pub namesakes: Vec<Namesake>,
    pending: Vec<Vec<Submission>>,
}

/// A period a file brought for a school whose name is already held, for that period, under
/// another authority: two schools of one name, or a wrong file. It is left out, never mixed in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Namesake {
    pub school: String,
    pub period: Period,
    pub file: String,
    /// The authority the file names, and the one of the school already held.
    pub parent: String,
    pub held_parent: String,
}

impl Intake {
    /// Sorts one file, a school's or an office's, read (or refused) as `read`, received on
    /// `today`.
    pub fn sort(
        &mut self,
        file: String,
        read: Result<Received, LoadError>,
        plan: &Plan,
        today: NaiveDate,
        day_of: &dyn Fn(&str) -> Option<NaiveDate>,
    ) {
        self.files += 1;
        let (nameless, brought) = match read {
            Ok(Received::School(document)) => (
                document.plan.document.issuer.trim().is_empty(),
                submissions_of(&document, &file, today, day_of),
            ),
            Ok(Received::Office(office)) => {
                if let Some(fault) = office.fault_against(plan) {
                    return self.refused.push((file, fault));
                }
                (
                    office.name().is_empty(),
                    office.submissions(&file, today, day_of, plan),
                )
            }
            Err(e) => return self.refused.push((file, e)),
        };
        let (within, outside): (Vec<_>, Vec<_>) =
            brought.into_iter().partition(|s| s.period.is_within(plan));
        self.outside
            .extend(outside.iter().map(|s| (file.clone(), s.period)));
        let codes: Vec<String> = within
            .first()
            .and_then(|s| s.measured.as_deref())
            .map(|m| contradictions(m).map(str::to_string).collect())
            .unwrap_or_default();
        if !codes.is_empty() {
            self.contradicting.push((file.clone(), codes));
        }
        if nameless {
            self.unnamed.push(file);
        } else if within.is_empty() {
            self.empty.push(file);
        } else {
            self.pending.push(within);
        }
    }

    /// How many files brought figures, before and after they are filed.
    pub fn taken(&self) -> usize {
        self.files - self.refused.len() - self.unnamed.len() - self.empty.len()
    }

    /// How many files could not be used: refused, or without a school's name.
    pub fn rejected(&self) -> usize {
        self.refused.len() + self.unnamed.len()
    }

    /// Files what was taken into the district's data, noting the repeats and leaving out the
    /// periods of a namesake.
    pub fn file_into(&mut self, district: &mut District) {
        // The authority each school and period is held under: what is held, then what this
        // batch brings, file after file, kept as `District::receive` keeps it (the newer file).
        let mut held: HashMap<(String, Period), Held> = HashMap::new();
        for s in &district.submissions {
            known(&mut held, s);
        }
        let mut taken = Vec::new();
        for new in std::mem::take(&mut self.pending).into_iter().flatten() {
            let held_parent = held
                .get(&(key(&new.school), new.period))
                .map(|held| held.parent.clone())
                .filter(|held| {
                    let (a, b) = (key(held), key(&new.parent));
                    !a.is_empty() && !b.is_empty() && a != b
                });
            match held_parent {
                Some(held_parent) => self.namesakes.push(Namesake {
                    school: new.school,
                    period: new.period,
                    file: new.file,
                    parent: new.parent,
                    held_parent,
                }),
                None => {
                    known(&mut held, &new);
                    taken.push(new);
                }
            }
        }
        self.repeats.extend(district.receive(taken));
    }
}

/// The authority a school and period is held under, with what tells which file is newer.
struct Held {
    parent: String,
    saved_at: String,
    revision: u64,
}

/// Notes the authority a submission names for its school and period, if it is the first or
/// the newer file of that period, as `District::receive` will keep it.
fn known(held: &mut HashMap<(String, Period), Held>, s: &Submission) {
    let at = (key(&s.school), s.period);
    let older = |h: &Held| (&s.saved_at, s.revision) <= (&h.saved_at, h.revision);
    if held.get(&at).is_some_and(older) {
        return;
    }
    held.insert(
        at,
        Held {
            parent: s.parent.clone(),
            saved_at: s.saved_at.clone(),
            revision: s.revision,
        },
    );
}
