//! The figures a school records for a period (its staff and children profile and its results),
//! how a typed entry becomes a number, and the checks that keep the figures consistent.

use std::collections::BTreeMap;

use serde::Serialize;

use super::json::{Fault, FromJson, Reader};

use super::period::Period;
use super::plan::{Measure, Part, Plan, Term};

/// The largest number a figure may hold: far above any school, low enough to catch a slip.
pub const MAX_FIGURE: u32 = 1_000_000;

/// One recorded figure: a total and, for a sex-disaggregated figure, the women (or girls) in it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub female: Option<u32>,
}

from_object!(Tally {
    total: default,
    female: default
});

impl Tally {
    pub fn get(&self, part: Part) -> Option<u32> {
        match part {
            Part::Total => self.total,
            Part::Female => self.female,
            Part::Male => self.total?.checked_sub(self.female?),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.total.is_none() && self.female.is_none()
    }
}

/// Every figure recorded for one period, by field id.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct PeriodFigures(pub BTreeMap<String, Tally>);

impl FromJson for PeriodFigures {
    fn read(json: &mut Reader<'_>) -> Result<PeriodFigures, Fault> {
        BTreeMap::read(json).map(PeriodFigures)
    }
}

impl PeriodFigures {
    pub fn tally(&self, field: &str) -> Tally {
        self.0.get(field).copied().unwrap_or_default()
    }

    /// The figures with one part of one field replaced (`None` clears it).
    pub fn with(&self, field: &str, part: Part, value: Option<u32>) -> PeriodFigures {
        let mut next = self.clone();
        let tally = next.0.entry(field.to_string()).or_default();
        match part {
            Part::Total => tally.total = value,
            Part::Female => tally.female = value,
            // Men are always the total less the women, never typed.
            Part::Male => {}
        }
        if tally.is_empty() {
            next.0.remove(field);
        }
        next
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The number a term stands for in this period, if it is known.
    pub fn resolve(&self, term: &Term, period: Period) -> Option<u32> {
        match term {
            Term::Field { field, part } => self.tally(field).get(*part),
            Term::QuartersInPeriod => Some(period.quarters()),
        }
    }
}

/// All recorded figures, by period.
pub type Figures = BTreeMap<Period, PeriodFigures>;

/// Why a typed entry or a set of figures is refused. Shown to the user in their language by
/// `crate::i18n`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FigureError {
    NotANumber,
    Negative,
    NotWhole,
    TooLarge,
    /// The women (girls) counted are more than the total.
    FemaleAboveTotal {
        female: u32,
        total: u32,
    },
    /// A ratio's numerator is above its denominator.
    NumeratorAboveDenominator {
        indicator: String,
        numerator: String,
        denominator: String,
        num: u32,
        den: u32,
    },
    PeriodOutsidePlan {
        start: i32,
        end: i32,
    },
    UnknownField(String),
}

/// Reads what the user typed: empty clears the figure; otherwise a whole number from 0 to
/// [`MAX_FIGURE`]. Spaces around it are ignored, and so are thousands written the Vietnamese
/// way ("1.250") or with spaces ("1 250"), and a leading "+".
pub fn parse_entry(text: &str) -> Result<Option<u32>, FigureError> {
    let text = text.trim();
    let text = text.strip_prefix('+').unwrap_or(text);
    if text.is_empty() {
        return Ok(None);
    }
    let grouped = text.split(['.', ' ']).collect::<Vec<_>>();
    let is_grouped = grouped.len() > 1
        && (1..=3).contains(&grouped[0].len())
        && grouped[1..].iter().all(|g| g.len() == 3)
        && grouped
            .iter()
            .all(|g| g.chars().all(|c| c.is_ascii_digit()));
    let joined;
    let text = if is_grouped {
        joined = grouped.concat();
        joined.as_str()
    } else {
        text
    };
    if let Some(rest) = text.strip_prefix('-') {
        let numeric = rest.starts_with(|c: char| c.is_ascii_digit());
        return if numeric && parse_number(rest).is_some() {
            Err(FigureError::Negative)
        } else {
            Err(FigureError::NotANumber)
        };
    }
    if text.chars().all(|c| c.is_ascii_digit()) {
        return match text.parse::<u64>() {
            Ok(n) if n <= MAX_FIGURE as u64 => Ok(Some(n as u32)),
            _ => Err(FigureError::TooLarge),
        };
    }
    if parse_number(text).is_some() {
        return Err(FigureError::NotWhole);
    }
    Err(FigureError::NotANumber)
}

/// Any decimal number written with a comma or a point.
fn parse_number(text: &str) -> Option<f64> {
    text.replace(',', ".")
        .parse::<f64>()
        .ok()
        .filter(|n| n.is_finite())
}

/// A problem found in a period's figures, tied to the field it concerns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub field: String,
    pub part: Part,
    pub error: FigureError,
}

/// Every inconsistency in a period's figures: women above the total, and any ratio indicator's
/// numerator above its denominator. Indicators marked not applicable are still checked: their
/// figures are still figures.
pub fn check(plan: &Plan, period: Period, figures: &PeriodFigures) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (field, tally) in &figures.0 {
        if let (Some(female), Some(total)) = (tally.female, tally.total) {
            if female > total {
                problems.push(Problem {
                    field: field.clone(),
                    part: Part::Female,
                    error: FigureError::FemaleAboveTotal { female, total },
                });
            }
        }
    }
    for indicator in plan.indicators() {
        let Measure::Ratio {
            numerator,
            denominator,
        } = &indicator.measure
        else {
            continue;
        };
        let parts: &[Part] = if indicator.by_sex {
            &[Part::Total, Part::Female, Part::Male]
        } else {
            &[Part::Total]
        };
        for &part in parts {
            let (num_term, den_term) = (with_part(numerator, part), with_part(denominator, part));
            let (Some(num), Some(den)) = (
                figures.resolve(&num_term, period),
                figures.resolve(&den_term, period),
            ) else {
                continue;
            };
            if num > den {
                let Term::Field { field, part } = num_term else {
                    continue;
                };
                let problem = Problem {
                    field,
                    // The men's part is never typed: point at the total instead.
                    part: if part == Part::Male {
                        Part::Total
                    } else {
                        part
                    },
                    error: FigureError::NumeratorAboveDenominator {
                        indicator: indicator.code.clone(),
                        numerator: label_of(plan, &num_term_field(numerator)),
                        denominator: label_of(plan, &num_term_field(denominator)),
                        num,
                        den,
                    },
                };
                if !problems.contains(&problem) {
                    problems.push(problem);
                }
            }
        }
    }
    problems
}

/// For a sex-disaggregated indicator, each part of its terms is compared: the term's own part
/// for the total, the women's or men's part otherwise.
fn with_part(term: &Term, part: Part) -> Term {
    match (term, part) {
        (Term::Field { field, part: own }, Part::Total) => Term::Field {
            field: field.clone(),
            part: *own,
        },
        (Term::Field { field, .. }, part) => Term::Field {
            field: field.clone(),
            part,
        },
        (Term::QuartersInPeriod, _) => Term::QuartersInPeriod,
    }
}

fn num_term_field(term: &Term) -> String {
    term.field_id().unwrap_or_default().to_string()
}

fn label_of(plan: &Plan, field: &str) -> String {
    plan.field(field)
        .map(|f| f.label.clone())
        .unwrap_or_else(|| field.to_string())
}

/// Applies one typed entry to a period's figures. The result is refused, with the reasons, when
/// the entry is not a valid number or would add an inconsistency that was not there before;
/// the figures already saved are then left as they were.
pub fn apply_entry(
    plan: &Plan,
    period: Period,
    figures: &PeriodFigures,
    field: &str,
    part: Part,
    text: &str,
) -> Result<PeriodFigures, Vec<FigureError>> {
    if !period.is_within(plan) {
        return Err(vec![FigureError::PeriodOutsidePlan {
            start: plan.start_year,
            end: plan.end_year,
        }]);
    }
    match plan.field(field) {
        Some(def) if def.by_sex || part == Part::Total => {}
        // A figure not split by sex has no women's part to record.
        _ => return Err(vec![FigureError::UnknownField(field.to_string())]),
    }
    let value = parse_entry(text).map_err(|e| vec![e])?;
    let next = figures.with(field, part, value);
    let before = check(plan, period, figures);
    let added: Vec<FigureError> = check(plan, period, &next)
        .into_iter()
        .filter(|p| !before.contains(p))
        .map(|p| p.error)
        .collect();
    if added.is_empty() {
        Ok(next)
    } else {
        Err(added)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::defaults::hoa_mai;

    #[test]
    fn entries_are_whole_non_negative_numbers() {
        assert_eq!(parse_entry(""), Ok(None));
        assert_eq!(parse_entry("  42 "), Ok(Some(42)));
        assert_eq!(parse_entry("0"), Ok(Some(0)));
        assert_eq!(parse_entry("-3"), Err(FigureError::Negative));
        assert_eq!(parse_entry("3,5"), Err(FigureError::NotWhole));
        assert_eq!(parse_entry("3.5"), Err(FigureError::NotWhole));
        assert_eq!(parse_entry("1.250"), Ok(Some(1250)));
        assert_eq!(parse_entry("1 250"), Ok(Some(1250)));
        assert_eq!(parse_entry("+5"), Ok(Some(5)));
        assert_eq!(parse_entry("1.2500"), Err(FigureError::NotWhole));
        assert_eq!(parse_entry("1.000.001"), Err(FigureError::TooLarge));
        assert_eq!(parse_entry("abc"), Err(FigureError::NotANumber));
        assert_eq!(parse_entry("1e3"), Err(FigureError::NotWhole));
        assert_eq!(parse_entry("--1"), Err(FigureError::NotANumber));
        assert_eq!(parse_entry("99999999999"), Err(FigureError::TooLarge));
        assert_eq!(parse_entry("1000001"), Err(FigureError::TooLarge));
    }

    #[test]
    fn men_are_the_total_less_the_women() {
        let t = Tally {
            total: Some(40),
            female: Some(38),
        };
        assert_eq!(t.get(Part::Male), Some(2));
        assert_eq!(Tally::default().get(Part::Male), None);
    }

    #[test]
    fn women_above_total_is_refused_and_nothing_changes() {
        let plan = hoa_mai();
        let p = Period::annual(2025);
        let figs = apply_entry(
            &plan,
            p,
            &PeriodFigures::default(),
            "staff",
            Part::Total,
            "40",
        )
        .unwrap();
        let err = apply_entry(&plan, p, &figs, "staff", Part::Female, "41").unwrap_err();
        assert_eq!(
            err,
            vec![FigureError::FemaleAboveTotal {
                female: 41,
                total: 40
            }]
        );
        assert_eq!(figs.tally("staff").female, None);
        // Lowering the total under the women is refused just the same.
        let figs = apply_entry(&plan, p, &figs, "staff", Part::Female, "38").unwrap();
        assert!(apply_entry(&plan, p, &figs, "staff", Part::Total, "30").is_err());
    }

    #[test]
    fn numerator_above_denominator_is_refused() {
        let plan = hoa_mai();
        let p = Period::half(2024);
        let figs = apply_entry(
            &plan,
            p,
            &PeriodFigures::default(),
            "committee",
            Part::Total,
            "10",
        )
        .unwrap();
        let err = apply_entry(&plan, p, &figs, "committee_trained", Part::Total, "12").unwrap_err();
        assert!(matches!(
            err[0],
            FigureError::NumeratorAboveDenominator {
                num: 12,
                den: 10,
                ..
            }
        ));
        // The website is counted in quarters: at most 2 in a 6-month period.
        let err = apply_entry(&plan, p, &figs, "website_quarters", Part::Total, "3").unwrap_err();
        assert!(matches!(
            err[0],
            FigureError::NumeratorAboveDenominator { num: 3, den: 2, .. }
        ));
        assert!(apply_entry(
            &plan,
            Period::annual(2024),
            &figs,
            "website_quarters",
            Part::Total,
            "3"
        )
        .is_ok());
    }

    #[test]
    fn girls_are_checked_apart_from_boys() {
        let plan = hoa_mai();
        let p = Period::annual(2023);
        let mut figs = PeriodFigures::default();
        for (field, part, v) in [
            ("creche_population", Part::Total, "100"),
            ("creche_population", Part::Female, "40"),
            ("creche_enrolled", Part::Total, "90"),
        ] {
            figs = apply_entry(&plan, p, &figs, field, part, v).unwrap();
        }
        // 45 girls enrolled of 40 girls of age is impossible although 90 <= 100.
        assert!(apply_entry(&plan, p, &figs, "creche_enrolled", Part::Female, "45").is_err());
        assert!(apply_entry(&plan, p, &figs, "creche_enrolled", Part::Female, "40").is_ok());
        // Boys: 90 - 20 = 70 boys enrolled of 60 boys of age.
        assert!(apply_entry(&plan, p, &figs, "creche_enrolled", Part::Female, "20").is_err());
    }

    #[test]
    fn periods_outside_the_plan_and_unknown_fields_are_refused() {
        let plan = hoa_mai();
        let figs = PeriodFigures::default();
        assert_eq!(
            apply_entry(
                &plan,
                Period::annual(2031),
                &figs,
                "staff",
                Part::Total,
                "1"
            ),
            Err(vec![FigureError::PeriodOutsidePlan {
                start: 2021,
                end: 2030
            }])
        );
        assert!(apply_entry(&plan, Period::annual(2025), &figs, "nope", Part::Total, "1").is_err());
        // Parents are counted without a split by sex.
        assert!(apply_entry(
            &plan,
            Period::annual(2025),
            &figs,
            "parents_reached",
            Part::Female,
            "1"
        )
        .is_err());
    }

    #[test]
    fn an_old_inconsistency_does_not_block_other_edits() {
        let plan = hoa_mai();
        let p = Period::annual(2025);
        let mut figs = PeriodFigures::default();
        figs.0.insert(
            "staff".into(),
            Tally {
                total: Some(10),
                female: Some(12),
            },
        );
        assert!(apply_entry(&plan, p, &figs, "masters", Part::Total, "3").is_ok());
    }

    #[test]
    fn clearing_a_figure_removes_it() {
        let plan = hoa_mai();
        let p = Period::annual(2025);
        let figs = apply_entry(
            &plan,
            p,
            &PeriodFigures::default(),
            "staff",
            Part::Total,
            "40",
        )
        .unwrap();
        let figs = apply_entry(&plan, p, &figs, "staff", Part::Total, " ").unwrap();
        assert!(figs.is_empty());
    }
}
