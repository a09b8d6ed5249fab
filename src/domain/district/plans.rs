//! Schools on plans of their own. Each school writes its plan from the office's template and
//! may drop an indicator, mark it not applicable or measure it otherwise; the roll-up adds a
//! school's figures to an indicator only where its plan measures it as the office's does: by
//! the indicator's code and the figures it is computed from, never by assuming the template.

use std::collections::hash_map::{Entry, HashMap};

use serde::Serialize;

use super::key;
use crate::domain::plan::{Measure, Part, Plan, Term};

/// What one of a school's indicators measures, as the school's file gave it. Kept with each
/// submission, so that a school's plan is judged as it was when it sent the period.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Measured {
    /// The indicator's code in the school's plan ("2.a (nhà trẻ)").
    pub code: String,
    /// The figures it is computed from ([`reads`]); empty when the school's plan gives the code
    /// to two indicators that read different figures, so that neither is taken.
    pub reads: String,
    /// The school's reason, when it marked the indicator not applicable.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_applicable: Option<String>,
}

from_object!(Measured {
    code,
    reads,
    not_applicable: default
});

/// How a school's plan departs from the office's for one indicator: the school is then shown
/// as such, and counted neither in the sums nor as missing data.
#[derive(Clone, Debug, PartialEq)]
pub enum Departure {
    /// The school's plan has no indicator of that code.
    NotInPlan,
    /// The school marked it not applicable, for this reason.
    NotApplicable(String),
    /// The school's indicator of that code is computed from other figures.
    MeasuredDifferently,
}

/// The figures an indicator is computed from, in a form two plans can be compared by:
/// "enrolled/population" for a ratio, "parents" for a count, a part other than the total
/// named after its field ("staff:female").
pub fn reads(measure: &Measure) -> String {
    fn term(t: &Term) -> String {
        match t {
            Term::Field { field, part } => match part {
                Part::Total => field.clone(),
                _ => format!("{field}:{}", part.key()),
            },
            Term::QuartersInPeriod => "quarters".to_string(),
        }
    }
    match measure {
        Measure::Ratio {
            numerator,
            denominator,
        } => format!("{}/{}", term(numerator), term(denominator)),
        Measure::Count { term: t, .. } => term(t),
    }
}

/// What each indicator of a school's plan measures, once per code.
pub fn measured(plan: &Plan) -> Vec<Measured> {
    let mut all: Vec<Measured> = Vec::new();
    let mut at: HashMap<String, usize> = HashMap::new();
    for indicator in plan.indicators() {
        let reads = reads(&indicator.measure);
        match at.entry(key(&indicator.code)) {
            Entry::Occupied(first) => {
                let twice = &mut all[*first.get()];
                if twice.reads != reads {
                    twice.reads.clear();
                }
            }
            Entry::Vacant(new) => {
                new.insert(all.len());
                all.push(Measured {
                    code: indicator.code.trim().to_string(),
                    reads,
                    not_applicable: indicator.not_applicable.clone(),
                });
            }
        }
    }
    all
}

/// The codes a school's plan gives to two indicators that read different figures: a plan that
/// contradicts itself, whose figures for those codes are left out.
pub fn contradictions(measured: &[Measured]) -> impl Iterator<Item = &str> {
    measured
        .iter()
        .filter(|m| m.reads.is_empty())
        .map(|m| m.code.as_str())
}

/// Where the school's plan (`theirs`, what its file gave; `None` for what was received before
/// plans were kept, taken as the office's) departs from the office's indicators: each
/// indicator's id with how. A code the school's plan holds twice is judged by its first.
pub fn departures<'p>(theirs: Option<&[Measured]>, office: &'p Plan) -> Vec<(&'p str, Departure)> {
    let Some(theirs) = theirs else {
        return Vec::new();
    };
    // Folded once per plan: 300 schools' files of four periods are compared here.
    let mut by_code: HashMap<String, &Measured> = HashMap::new();
    for m in theirs {
        by_code.entry(key(&m.code)).or_insert(m);
    }
    office
        .indicators()
        .filter_map(|indicator| {
            let departure = match by_code.get(&key(&indicator.code)) {
                None => Departure::NotInPlan,
                Some(own) => match &own.not_applicable {
                    Some(reason) => Departure::NotApplicable(reason.clone()),
                    None if own.reads != reads(&indicator.measure) => {
                        Departure::MeasuredDifferently
                    }
                    None => return None,
                },
            };
            Some((indicator.id.as_str(), departure))
        })
        .collect()
}

/// The level of a school, as its name says it: the roll-up can be filtered by it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// Mầm non (nhà trẻ, mẫu giáo).
    Kindergarten,
    /// Tiểu học.
    Primary,
    /// Trung học cơ sở.
    LowerSecondary,
    /// Another level, several levels in one school, or a name that does not say.
    Other,
}

keyed!(Level {
    Kindergarten => "mam-non",
    Primary => "tieu-hoc",
    LowerSecondary => "thcs",
    Other => "khac",
});

impl Level {
    pub const ALL: [Level; 4] = [
        Level::Kindergarten,
        Level::Primary,
        Level::LowerSecondary,
        Level::Other,
    ];

    /// "Trường Mầm non Hoa Mai", "Trường MN Hoa Sen", "Trường Tiểu học Kim Đồng", "Trường THCS
    /// Láng Thượng". A school of two levels ("TH và THCS") is `Other`.
    pub fn of(school: &str) -> Level {
        let name = format!(" {} ", key(school));
        let says = |words: &[&str]| words.iter().any(|w| name.contains(w));
        let found: Vec<Level> = [
            (Level::Kindergarten, &[" mầm non", " mẫu giáo", " mn "][..]),
            (Level::Primary, &[" tiểu học", " th "][..]),
            (Level::LowerSecondary, &[" thcs", " trung học cơ sở"][..]),
        ]
        .into_iter()
        .filter(|(_, words)| says(words))
        .map(|(level, _)| level)
        .collect();
        match found.as_slice() {
            [one] => *one,
            _ => Level::Other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::defaults::hoa_mai;

    #[test]
    fn a_plan_measures_each_code_once_and_a_contradiction_is_named() {
        let mut plan = hoa_mai();
        let all = measured(&plan);
        assert_eq!(all.len(), plan.indicators().count());
        assert_eq!(contradictions(&all).count(), 0);
        let first = &all[0];
        assert_eq!(first.code, "2.a (nhà trẻ)");
        assert_eq!(first.reads, "creche_enrolled/creche_population");
        // The same code on a second indicator that reads other figures.
        let mut copy = plan.objectives[1].indicators[0].clone();
        copy.id = "copy".into();
        copy.measure = plan.objectives[1].indicators[1].measure.clone();
        plan.objectives[1].indicators.push(copy);
        let all = measured(&plan);
        assert_eq!(contradictions(&all).collect::<Vec<_>>(), ["2.a (nhà trẻ)"]);
    }

    #[test]
    fn a_school_departs_where_its_plan_lacks_marks_or_measures_otherwise() {
        let office = hoa_mai();
        let first = office.indicators().next().unwrap().id.as_str();
        let of_first = |theirs: Option<&[Measured]>| {
            let all = departures(theirs, &office);
            // Only the first indicator is touched below: no other departs.
            assert!(all.iter().all(|(id, _)| *id == first), "{all:?}");
            all.into_iter().next().map(|(_, d)| d)
        };
        assert_eq!(of_first(None), None);
        let mut theirs = measured(&office);
        assert_eq!(of_first(Some(&theirs)), None);
        // Codes compare without regard to case or spacing.
        theirs[0].code = " 2.A  (nhà trẻ) ".into();
        assert_eq!(of_first(Some(&theirs)), None);
        theirs[0].reads = "creche_enrolled:female/creche_population".into();
        assert_eq!(
            of_first(Some(&theirs)),
            Some(Departure::MeasuredDifferently)
        );
        theirs[0].not_applicable = Some("Trường không có nhóm trẻ".into());
        assert_eq!(
            of_first(Some(&theirs)),
            Some(Departure::NotApplicable("Trường không có nhóm trẻ".into()))
        );
        // A code held twice is judged by its first.
        let mut twice = theirs.clone();
        twice.push(measured(&office).remove(0));
        assert_eq!(
            of_first(Some(&twice)),
            Some(Departure::NotApplicable("Trường không có nhóm trẻ".into()))
        );
        theirs.remove(0);
        assert_eq!(of_first(Some(&theirs)), Some(Departure::NotInPlan));
    }

    #[test]
    fn a_school_s_level_is_read_from_its_name() {
        for (name, level) in [
            ("Trường Mầm non Hoa Mai", Level::Kindergarten),
            ("TRƯỜNG MN HOA SEN", Level::Kindergarten),
            ("Trường Mẫu giáo Sơn Ca", Level::Kindergarten),
            ("Trường Tiểu học Kim Đồng", Level::Primary),
            ("Trường TH Nguyễn Trãi", Level::Primary),
            ("Trường THCS Láng Thượng", Level::LowerSecondary),
            ("Trường Trung học cơ sở Đống Đa", Level::LowerSecondary),
            ("Trường TH và THCS Đoàn Thị Điểm", Level::Other),
            ("Hoa Cúc", Level::Other),
            // "th" inside a word is not a level.
            ("Trường Thăng Long", Level::Other),
        ] {
            assert_eq!(Level::of(name), level, "{name}");
        }
        assert!(Level::ALL
            .iter()
            .all(|l| Level::from_key(l.key()) == Some(*l)));
    }
}
