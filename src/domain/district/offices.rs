//! One level up: an office's roll-up file, read by the level above (since July 2025 the
//! province's department) the way an office reads a school's data file. The file carries, for
//! each period, the figures of the schools each of the office's indicators adds up, so that
//! the level above adds offices up as an office adds schools up: ratios from summed numerators
//! and denominators, counts summed, the women's part kept. Described in `docs/data-format.md`.

use chrono::NaiveDate;
use serde::Serialize;

use std::collections::HashSet;

use super::plans::Measured;
use super::rollup::with_quarters_counted;
use super::{key, Submission};
use crate::domain::document::{read_file, Document, LoadError};
use crate::domain::figures::{check, PeriodFigures};
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

/// What an office's roll-up file says of one period, kept with the office's submission: how
/// many of its schools sent it, how many schools it holds in all, and for each indicator of its
/// plan that some of them follow, the figures its value adds up.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OfficeSums {
    pub schools: u32,
    /// Every school of the office's roll-up, in any period: what a count's target (a
    /// school's) is multiplied by, as it was on the office's page.
    pub school_count: u32,
    pub sums: Vec<CodeSum>,
}

/// One indicator of an office's plan, by code, in one period.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CodeSum {
    pub code: String,
    /// The schools that sent the period whose plans measure it as the office's.
    pub following: u32,
    /// Of those, the schools with a value: the ones `figures` adds up.
    pub with_value: u32,
    /// Only the figures the indicator is computed from, "quarters_in_period" among them.
    pub figures: PeriodFigures,
}

from_object!(OfficeSums {
    schools,
    school_count,
    sums
});

from_object!(CodeSum {
    code,
    following,
    with_value,
    figures
});

impl OfficeSums {
    /// The sums of the indicator of `code`, if some of the office's schools follow it.
    pub fn of(&self, code: &str) -> Option<&CodeSum> {
        let code = key(code);
        self.sums.iter().find(|s| key(&s.code) == code)
    }
}

/// One period of an office's roll-up file.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SentPeriod {
    pub period: Period,
    /// How many schools sent it.
    pub schools: u32,
    /// All their figures, added up field by field: the situation the reports open with.
    pub figures: PeriodFigures,
    pub sums: Vec<CodeSum>,
}

from_object!(SentPeriod {
    period,
    schools,
    figures,
    sums
});

/// An office's roll-up file, as far as the level above reads it (the values it also holds
/// are for people and spreadsheets).
#[derive(Clone, Debug, PartialEq)]
pub struct OfficeFile {
    pub generated_at: String,
    /// The office, as it names itself on its page.
    pub office: String,
    /// The authority above it.
    pub parent: String,
    pub school_count: u32,
    /// What each indicator of the office's plan measures.
    pub measured: Vec<Measured>,
    pub sent: Vec<SentPeriod>,
}

from_object!(OfficeFile {
    generated_at: default,
    office: default,
    parent: default,
    school_count,
    measured,
    sent
});

/// A file the office received: a school's data, or an office's roll-up.
#[derive(Clone, Debug, PartialEq)]
pub enum Received {
    School(Box<Document>),
    Office(OfficeFile),
}

/// Reads a received file as a school's data file, or as an office's roll-up when it is one.
pub fn read_received(text: &str, shipped: &dyn Fn() -> Plan) -> Result<Received, LoadError> {
    // Only a text naming the roll-up's format is tried as one (a school's file is the rule).
    if text.contains(ROLLUP_FORMAT) {
        match read_office_file(text) {
            Err(LoadError::WrongFormat | LoadError::NotTemplate | LoadError::IsTemplate) => {}
            read => return read.map(Received::Office),
        }
    }
    read_document(text, shipped).map(|d| Received::School(Box::new(d)))
}

/// Reads an office's roll-up file: its format and version (one of version 1 is too old to
/// add up, and said so), every field, the texts' lengths, each period and each code of a
/// period once, and no more schools than there can be. Its figures are checked against the
/// plan they are rolled up by, by [`OfficeFile::fault_against`].
pub fn read_office_file(text: &str) -> Result<OfficeFile, LoadError> {
    struct Version {
        version: u32,
    }
    from_object!(Version { version });
    if text.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge { bytes: text.len() });
    }
    let Version { version } = read_file(text, ROLLUP_FORMAT, ROLLUP_VERSION)?;
    if version < ROLLUP_VERSION {
        return Err(LoadError::OldRollUp);
    }
    let file: OfficeFile = read_file(text, ROLLUP_FORMAT, ROLLUP_VERSION)?;
    match text_problem(text).or_else(|| count_fault(&file)) {
        Some(fault) => Err(fault),
        None => Ok(file),
    }
}

/// A period or a code given twice, or a count of schools above what it counts among.
fn count_fault(file: &OfficeFile) -> Option<LoadError> {
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
    let too_many = |path: String, schools: u32, most: u32| {
        (schools > most).then_some(LoadError::TooManySchools {
            path,
            schools,
            most,
        })
    };
    if let Some(fault) = too_many("school_count".into(), file.school_count, MAX_SCHOOLS) {
        return Some(fault);
    }
    for (i, sent) in file.sent.iter().enumerate() {
        let at = format!("sent[{i}]");
        let fault = too_many(format!("{at}.schools"), sent.schools, file.school_count);
        if fault.is_some() {
            return fault;
        }
        let codes: Vec<String> = sent.sums.iter().map(|s| key(&s.code)).collect();
        let repeat = first_repeat(
            codes
                .iter()
                .enumerate()
                .map(|(j, c)| (format!("{at}.sums[{j}].code"), c.as_str())),
        );
        if repeat.is_some() {
            return repeat;
        }
        for (j, sum) in sent.sums.iter().enumerate() {
            let at = format!("{at}.sums[{j}]");
            let fault = too_many(format!("{at}.following"), sum.following, sent.schools)
                .or_else(|| too_many(format!("{at}.with_value"), sum.with_value, sum.following));
            if fault.is_some() {
                return fault;
            }
        }
    }
    None
}

impl OfficeFile {
    /// The office's name, as the level above lists it.
    pub fn name(&self) -> &str {
        self.office.trim()
    }

    /// The first figure of the file that no school's figures could add up to, judged by the
    /// plan it is rolled up by: a women's part above its total, a ratio's numerator above its
    /// denominator (the quarters in the period read as the schools' quarters).
    pub fn fault_against(&self, plan: &Plan) -> Option<LoadError> {
        let counted = with_quarters_counted(plan);
        for (i, sent) in self.sent.iter().enumerate() {
            let at = format!("sent[{i}]");
            let all = std::iter::once((format!("{at}.figures"), &sent.figures));
            let sums = sent
                .sums
                .iter()
                .enumerate()
                .map(|(j, sum)| (format!("{at}.sums[{j}].figures"), &sum.figures));
            for (at, figures) in all.chain(sums) {
                if let Some(problem) = check(&counted, sent.period, figures).into_iter().next() {
                    return Some(LoadError::Figure {
                        path: format!("{at}.{}.{}", problem.field, problem.part.key()),
                        error: problem.error,
                    });
                }
            }
        }
        None
    }

    /// What the file brings, one submission per period some school sent, as a school's file
    /// brings them, with only what `plan` reads of it (its indicators' codes). The day a period
    /// was sent is the day the file was made, unless that is after it was read (a clock set
    /// ahead), then `received`.
    pub fn submissions(
        &self,
        file: &str,
        received: NaiveDate,
        day_of: &dyn Fn(&str) -> Option<NaiveDate>,
        plan: &Plan,
    ) -> Vec<Submission> {
        let made_on = day_of(&self.generated_at).filter(|day| *day <= received);
        let saved_at = match made_on {
            Some(_) => self.generated_at.clone(),
            None => String::new(),
        };
        let codes: HashSet<String> = plan.indicators().map(|i| key(&i.code)).collect();
        let read = |code: &str| codes.contains(&key(code));
        let measured: Vec<Measured> = self
            .measured
            .iter()
            .filter(|m| read(&m.code))
            .cloned()
            .collect();
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
                measured: Some(measured.clone()),
                read_on: Some(received),
                office_sums: Some(OfficeSums {
                    schools: s.schools,
                    school_count: self.school_count,
                    sums: s.sums.iter().filter(|c| read(&c.code)).cloned().collect(),
                }),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::defaults::hoa_mai;
    use crate::domain::figures::FigureError;
    use crate::domain::plan::Part;

    fn file(sent: &str) -> String {
        format!(
            r#"{{"format":"{ROLLUP_FORMAT}","version":2,"generated_at":"2026-06-12T01:00:00Z",
            "office":" Phòng GDĐT A ","parent":"UBND TỈNH B","schools":["X"],"values":[],
            "school_count":4,
            "measured":[{{"code":"3.b","reads":"key_leaders:female/key_leaders"}},
                        {{"code":"9.z","reads":"other"}}],
            "sent":[{sent}]}}"#
        )
    }

    const PERIOD: &str = r#"{"period":"2026-H1","schools":3,
        "figures":{"key_leaders":{"total":12,"female":5}},
        "sums":[{"code":"3.b","following":3,"with_value":2,
                 "figures":{"key_leaders":{"total":9,"female":4}}},
                {"code":"9.z","following":1,"with_value":1,"figures":{}}]}"#;

    #[test]
    fn an_office_file_brings_one_submission_per_period() {
        let Ok(Received::Office(office)) = read_received(&file(PERIOD), &hoa_mai) else {
            panic!("not read as an office's file");
        };
        let day = |iso: &str| NaiveDate::parse_from_str(iso.get(..10)?, "%Y-%m-%d").ok();
        let received = NaiveDate::from_ymd_opt(2026, 6, 20).unwrap();
        let [s] = &office.submissions("a.json", received, &day, &hoa_mai())[..] else {
            panic!("one period");
        };
        assert_eq!(s.school, "Phòng GDĐT A");
        assert_eq!(s.parent, "UBND TỈNH B");
        assert_eq!(s.sent_on, NaiveDate::from_ymd_opt(2026, 6, 12).unwrap());
        assert_eq!(s.figures.tally("key_leaders").get(Part::Female), Some(5));
        assert_eq!(s.schools(), 3);
        let sums = s.office_sums.as_ref().unwrap();
        assert_eq!(sums.school_count, 4);
        assert_eq!(sums.of("3.B").unwrap().with_value, 2);
        assert!(sums.of("2.a (nhà trẻ)").is_none());
        // What the plan does not read is not kept.
        assert!(sums.of("9.z").is_none());
        assert_eq!(s.measured.as_ref().unwrap().len(), 1);
        // Made "after" it was read: taken as sent the day it was read, its time unknown.
        let early = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
        let s = &office.submissions("a.json", early, &day, &hoa_mai())[0];
        assert_eq!((s.sent_on, s.saved_at.as_str()), (early, ""));
    }

    #[test]
    fn a_school_file_is_still_read_as_one() {
        let mut doc = crate::defaults::document();
        doc.plan.document.basis = ROLLUP_FORMAT.to_string();
        assert!(matches!(
            read_received(&doc.to_json(), &hoa_mai),
            Ok(Received::School(_))
        ));
    }

    #[test]
    fn a_bad_office_file_is_refused_with_its_fault() {
        let old = file(PERIOD).replace(r#""version":2"#, r#""version":1"#);
        assert_eq!(read_office_file(&old), Err(LoadError::OldRollUp));
        // Version 1 had none of what is added up: still too old, not a missing field.
        let old = r#"{"format":"bdg-tracker-district-rollup","version":1,"values":[]}"#;
        assert_eq!(read_office_file(old), Err(LoadError::OldRollUp));
        let newer = file(PERIOD).replace(r#""version":2"#, r#""version":3"#);
        assert_eq!(
            read_office_file(&newer),
            Err(LoadError::NewerVersion {
                version: 3,
                newest: ROLLUP_VERSION
            })
        );
        let no_plan = file(PERIOD).replace(r#""measured":"#, r#""plan":"#);
        assert!(matches!(
            read_office_file(&no_plan),
            Err(LoadError::Missing { path, .. }) if path == "measured"
        ));
        let twice = file(&format!("{PERIOD},{}", PERIOD.replace("H1", "Y")));
        assert!(read_office_file(&twice).is_ok());
        let twice = file(&format!("{PERIOD},{PERIOD}"));
        assert!(matches!(
            read_office_file(&twice),
            Err(LoadError::Duplicate { path, .. }) if path == "sent[1].period"
        ));
        let code_twice = file(&PERIOD.replace(r#""code":"9.z""#, r#""code":"3.B""#));
        assert!(matches!(
            read_office_file(&code_twice),
            Err(LoadError::Duplicate { path, .. }) if path == "sent[0].sums[1].code"
        ));
        let more = file(&PERIOD.replace(r#""with_value":2"#, r#""with_value":4"#));
        assert_eq!(
            read_office_file(&more),
            Err(LoadError::TooManySchools {
                path: "sent[0].sums[0].with_value".into(),
                schools: 4,
                most: 3
            })
        );
        let above_all = file(&PERIOD.replace(r#""schools":3"#, r#""schools":5"#));
        assert!(matches!(
            read_office_file(&above_all),
            Err(LoadError::TooManySchools { path, .. }) if path == "sent[0].schools"
        ));
        let broken = file(PERIOD).replace(r#""schools":3"#, r#""schools":"three""#);
        assert!(matches!(
            read_office_file(&broken),
            Err(LoadError::Wrong { .. })
        ));
    }

    #[test]
    fn figures_no_schools_could_add_up_to_are_refused() {
        let read = |sent: &str| {
            read_office_file(&file(sent))
                .unwrap()
                .fault_against(&hoa_mai())
        };
        assert_eq!(read(PERIOD), None);
        let women = read(&PERIOD.replace(r#""female":5"#, r#""female":13"#));
        assert!(matches!(
            women,
            Some(LoadError::Figure { path, error: FigureError::FemaleAboveTotal { .. } })
                if path == "sent[0].figures.key_leaders.female"
        ));
        // 3 school-quarters with a column of 4 is fine; 5 of 4 is not.
        let quarters = |n: u32| {
            PERIOD.replace(
                r#""figures":{}"#,
                &format!(
                    r#""figures":{{"website_quarters":{{"total":{n}}},"quarters_in_period":{{"total":4}}}}"#
                ),
            )
        };
        assert_eq!(read(&quarters(3)), None);
        assert!(matches!(
            read(&quarters(5)),
            Some(LoadError::Figure { path, error: FigureError::NumeratorAboveDenominator { .. } })
                if path == "sent[0].sums[1].figures.website_quarters.total"
        ));
    }
}
