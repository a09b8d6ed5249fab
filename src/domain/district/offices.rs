//! One level up: an office's roll-up file, read by the level above (since July 2025 the
//! province's department) the way an office reads a school's data file. The file carries, for
//! each period, the figures of the schools each of the office's indicators adds up, so that
//! the level above adds offices up as an office adds schools up: ratios from summed numerators
//! and denominators, counts summed, the women's part kept. Described in `docs/data-format.md`.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::plans::Measured;
use super::{key, Submission};
use crate::domain::document::{read_file, Document, LoadError};
use crate::domain::figures::{FigureError, PeriodFigures, Tally};
use crate::domain::import::{first_repeat, read_document, text_problem, MAX_FILE_BYTES};
use crate::domain::period::Period;
use crate::domain::plan::Plan;

/// Identifies an office's roll-up file among other JSON files.
pub const ROLLUP_FORMAT: &str = "bdg-tracker-district-rollup";
/// Version 2 added what the level above adds up (`parent`, `measured`, `sent`); version 1
/// held only the values, which cannot be added up.
pub const ROLLUP_VERSION: u32 = 2;

/// More schools than any province has: a file counting more under one office is not one.
const MAX_SCHOOLS: u32 = 100_000;

/// What an office's roll-up says of one period: how many of its schools sent it, and for each
/// indicator of its plan the figures its value adds up. Kept with the office's submission.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Summed {
    pub schools: u32,
    pub sums: Vec<CodeSum>,
}

/// One indicator of an office's plan, by code, in one period.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CodeSum {
    pub code: String,
    /// The schools that sent the period whose plans measure it as the office's.
    pub following: u32,
    /// Of those, the schools with a value: the ones `figures` adds up.
    pub schools: u32,
    /// Only the figures the indicator is computed from, "quarters_in_period" among them.
    pub figures: PeriodFigures,
}

impl Summed {
    /// The sums of the indicator of `code`, if the office's plan has it.
    pub fn of(&self, code: &str) -> Option<&CodeSum> {
        let code = key(code);
        self.sums.iter().find(|s| key(&s.code) == code)
    }
}

/// One period of an office's roll-up file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SentPeriod {
    pub period: Period,
    /// How many schools sent it.
    pub schools: u32,
    /// All their figures, added up field by field: the situation the reports open with.
    pub figures: PeriodFigures,
    pub sums: Vec<CodeSum>,
}

/// An office's roll-up file, as far as the level above reads it (the values it also holds
/// are for people and spreadsheets).
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct OfficeFile {
    pub version: u32,
    #[serde(default)]
    pub generated_at: String,
    /// The office, as it names itself on its page.
    #[serde(default)]
    pub office: String,
    /// The authority above it.
    #[serde(default)]
    pub parent: String,
    /// What each indicator of the office's plan measures.
    #[serde(default)]
    pub measured: Vec<Measured>,
    #[serde(default)]
    pub sent: Vec<SentPeriod>,
}

/// A file the office received: a school's data, or an office's roll-up.
#[derive(Clone, Debug, PartialEq)]
pub enum Received {
    School(Box<Document>),
    Office(OfficeFile),
}

/// Reads a received file as a school's data file, or as an office's roll-up when it is one.
pub fn read_received(text: &str, shipped: fn() -> Plan) -> Result<Received, LoadError> {
    // Only a text naming the roll-up's format is tried as one (a school's file is the rule).
    if text.contains(ROLLUP_FORMAT) {
        match read_office_file(text) {
            Err(LoadError::WrongFormat | LoadError::NotTemplate | LoadError::IsTemplate) => {}
            read => return read.map(Received::Office),
        }
    }
    read_document(text, shipped).map(|d| Received::School(Box::new(d)))
}

/// Reads an office's roll-up file: its format and version, every field, the texts' lengths,
/// each period once, no part of a figure above its total and no more schools than sent.
pub fn read_office_file(text: &str) -> Result<OfficeFile, LoadError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge { bytes: text.len() });
    }
    let file: OfficeFile = read_file(text, ROLLUP_FORMAT, ROLLUP_VERSION)?;
    if file.version < ROLLUP_VERSION {
        return Err(LoadError::OldRollUp);
    }
    match text_problem(text).or_else(|| office_file_fault(&file)) {
        Some(fault) => Err(fault),
        None => Ok(file),
    }
}

fn office_file_fault(file: &OfficeFile) -> Option<LoadError> {
    let periods: Vec<String> = file.sent.iter().map(|s| s.period.to_string()).collect();
    let repeat = first_repeat(
        periods
            .iter()
            .enumerate()
            .map(|(i, p)| (format!("sent[{i}].period"), p.as_str())),
    );
    if repeat.is_some() {
        return repeat;
    }
    for (i, sent) in file.sent.iter().enumerate() {
        let at = format!("sent[{i}]");
        if sent.schools > MAX_SCHOOLS {
            return Some(LoadError::SchoolsAboveSent {
                path: format!("{at}.schools"),
                schools: sent.schools,
                of: MAX_SCHOOLS,
            });
        }
        if let Some(fault) = female_fault(&format!("{at}.figures"), &sent.figures) {
            return Some(fault);
        }
        for (j, sum) in sent.sums.iter().enumerate() {
            let at = format!("{at}.sums[{j}]");
            let counts = [
                ("following", sum.following, sent.schools),
                ("schools", sum.schools, sum.following),
            ];
            for (field, schools, of) in counts {
                if schools > of {
                    return Some(LoadError::SchoolsAboveSent {
                        path: format!("{at}.{field}"),
                        schools,
                        of,
                    });
                }
            }
            if let Some(fault) = female_fault(&format!("{at}.figures"), &sum.figures) {
                return Some(fault);
            }
        }
    }
    None
}

fn female_fault(at: &str, figures: &PeriodFigures) -> Option<LoadError> {
    figures.0.iter().find_map(|(field, tally)| match *tally {
        Tally {
            total: Some(total),
            female: Some(female),
        } if female > total => Some(LoadError::Figure {
            path: format!("{at}.{field}"),
            error: FigureError::FemaleAboveTotal { female, total },
        }),
        _ => None,
    })
}

impl OfficeFile {
    /// The office's name, as the level above lists it.
    pub fn name(&self) -> &str {
        self.office.trim()
    }

    /// What the file brings, one submission per period, as a school's file brings them. The
    /// day a period was sent is the day the file was made, unless that is after it was read
    /// (a clock set ahead), then `received`.
    pub fn submissions(
        &self,
        file: &str,
        received: NaiveDate,
        day_of: &dyn Fn(&str) -> Option<NaiveDate>,
    ) -> Vec<Submission> {
        let made_on = day_of(&self.generated_at).filter(|day| *day <= received);
        let saved_at = match made_on {
            Some(_) => self.generated_at.clone(),
            None => String::new(),
        };
        self.sent
            .iter()
            .filter(|s| s.schools > 0)
            .map(|s| Submission {
                school: self.name().to_string(),
                parent: self.parent.trim().to_string(),
                period: s.period,
                file: file.to_string(),
                saved_at: saved_at.clone(),
                revision: 0,
                sent_on: made_on.unwrap_or(received),
                figures: s.figures.clone(),
                measured: Some(self.measured.clone()),
                read_on: Some(received),
                summed: Some(Summed {
                    schools: s.schools,
                    sums: s.sums.clone(),
                }),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::defaults::hoa_mai;
    use crate::domain::plan::Part;

    fn file(sent: &str) -> String {
        format!(
            r#"{{"format":"{ROLLUP_FORMAT}","version":2,"generated_at":"2026-06-12T01:00:00Z",
            "office":" Phòng GDĐT A ","parent":"UBND TỈNH B","schools":["X"],"values":[],
            "measured":[{{"code":"3.b","reads":"key_leaders:female/key_leaders"}}],
            "sent":[{sent}]}}"#
        )
    }

    const PERIOD: &str = r#"{"period":"2026-H1","schools":3,
        "figures":{"key_leaders":{"total":12,"female":5}},
        "sums":[{"code":"3.b","following":3,"schools":2,
                 "figures":{"key_leaders":{"total":9,"female":4}}}]}"#;

    #[test]
    fn an_office_file_brings_one_submission_per_period() {
        let Ok(Received::Office(office)) = read_received(&file(PERIOD), hoa_mai) else {
            panic!("not read as an office's file");
        };
        let day = |iso: &str| NaiveDate::parse_from_str(iso.get(..10)?, "%Y-%m-%d").ok();
        let received = NaiveDate::from_ymd_opt(2026, 6, 20).unwrap();
        let [s] = &office.submissions("a.json", received, &day)[..] else {
            panic!("one period");
        };
        assert_eq!(s.school, "Phòng GDĐT A");
        assert_eq!(s.parent, "UBND TỈNH B");
        assert_eq!(s.sent_on, NaiveDate::from_ymd_opt(2026, 6, 12).unwrap());
        assert_eq!(s.figures.tally("key_leaders").get(Part::Female), Some(5));
        let summed = s.summed.as_ref().unwrap();
        assert_eq!(summed.schools, 3);
        assert_eq!(summed.of("3.B").unwrap().schools, 2);
        assert!(summed.of("2.a").is_none());
        // Made "after" it was read: taken as sent the day it was read, its time unknown.
        let early = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
        let s = &office.submissions("a.json", early, &day)[0];
        assert_eq!((s.sent_on, s.saved_at.as_str()), (early, ""));
    }

    #[test]
    fn a_school_file_is_still_read_as_one() {
        let mut doc = crate::defaults::document();
        doc.plan.document.basis = ROLLUP_FORMAT.to_string();
        assert!(matches!(
            read_received(&doc.to_json(), hoa_mai),
            Ok(Received::School(_))
        ));
    }

    #[test]
    fn a_bad_office_file_is_refused_with_its_fault() {
        let old = file(PERIOD).replace(r#""version":2"#, r#""version":1"#);
        assert_eq!(read_office_file(&old), Err(LoadError::OldRollUp));
        let newer = file(PERIOD).replace(r#""version":2"#, r#""version":3"#);
        assert_eq!(
            read_office_file(&newer),
            Err(LoadError::NewerVersion {
                version: 3,
                newest: ROLLUP_VERSION
            })
        );
        let twice = file(&format!("{PERIOD},{PERIOD}"));
        assert!(matches!(
            read_office_file(&twice),
            Err(LoadError::Duplicate { path, .. }) if path == "sent[1].period"
        ));
        let more = file(&PERIOD.replace(r#""schools":2"#, r#""schools":4"#));
        assert_eq!(
            read_office_file(&more),
            Err(LoadError::SchoolsAboveSent {
                path: "sent[0].sums[0].schools".into(),
                schools: 4,
                of: 3
            })
        );
        let women = file(&PERIOD.replace(r#""female":5"#, r#""female":13"#));
        assert!(matches!(
            read_office_file(&women),
            Err(LoadError::Figure { path, .. }) if path == "sent[0].figures.key_leaders"
        ));
        let broken = file(PERIOD).replace(r#""schools":3"#, r#""schools":"three""#);
        assert!(matches!(
            read_office_file(&broken),
            Err(LoadError::Wrong { .. })
        ));
    }
}
