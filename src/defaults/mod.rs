//! The embedded default plan: Hoa Mai kindergarten's plan 06/KH-MNHM of 28/03/2022.
//!
//! The plan is data (`hoa-mai.json`, in the same shape as a plan inside a saved document);
//! the school's own copy starts from it and the plan editor changes that copy.

use crate::domain::plan::Plan;

/// The plan as JSON, exactly as embedded in the app.
pub const HOA_MAI_JSON: &str = include_str!("hoa-mai.json");

/// Hoa Mai kindergarten's plan, the template every new school starts from.
pub fn hoa_mai() -> Plan {
    // The embedded file is checked by the tests below, so it cannot fail to parse at run time.
    serde_json::from_str(HOA_MAI_JSON).expect("embedded plan parses (tested)")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::plan::{Measure, Sense};
    use crate::i18n::{format_number, Lang};

    /// The plan as issued, kept beside the data so the data can be checked against it.
    const SOURCE: &str = include_str!("ke-hoach-06-KH-MNHM-2022.txt");

    fn squash(s: &str) -> String {
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// An indicator's id, sense and (year, target) milestones.
    type Targets = (&'static str, Sense, &'static [(i32, f64)]);

    /// Every target, transcribed by hand from section I.2 of the plan.
    const TARGETS: &[Targets] = &[
        ("2a-nt", Sense::AtLeast, &[(2025, 65.0), (2030, 75.0)]),
        ("2a-mg", Sense::AtLeast, &[(2025, 97.0), (2030, 99.0)]),
        ("2b", Sense::Maintain, &[(2025, 100.0), (2030, 100.0)]),
        ("3a", Sense::Maintain, &[(2025, 100.0), (2030, 100.0)]),
        ("3b", Sense::Maintain, &[(2025, 100.0), (2030, 100.0)]),
        ("3c", Sense::AtLeast, &[(2025, 85.0), (2030, 95.0)]),
        ("3d-ths", Sense::AtLeast, &[(2025, 9.1)]),
        ("3d-ts", Sense::AtLeast, &[(2025, 3.0), (2030, 6.0)]),
        ("3dd", Sense::Above, &[(2025, 9.1), (2030, 18.0)]),
        ("4a-ph", Sense::AtLeast, &[(2025, 350.0), (2030, 350.0)]),
        ("4a-cb", Sense::AtLeast, &[(2030, 100.0)]),
        ("4b", Sense::AtLeast, &[(2025, 15.0), (2030, 15.0)]),
        ("4c", Sense::Maintain, &[(2025, 100.0), (2030, 100.0)]),
        ("4d", Sense::AtLeast, &[(2026, 100.0)]),
        ("5", Sense::AtLeast, &[(2025, 10.0), (2030, 20.0)]),
    ];

    #[test]
    fn every_target_matches_the_document() {
        let plan = hoa_mai();
        let ids: Vec<&str> = plan.indicators().map(|i| i.id.as_str()).collect();
        let expected: Vec<&str> = TARGETS.iter().map(|t| t.0).collect();
        assert_eq!(
            ids, expected,
            "the plan has exactly these indicators, in order"
        );
        for (id, sense, milestones) in TARGETS {
            let ind = plan.indicator(id).unwrap();
            assert_eq!(ind.sense, *sense, "{id}");
            let got: Vec<(i32, f64)> = ind.milestones.iter().map(|m| (m.year, m.value)).collect();
            assert_eq!(got, milestones.to_vec(), "{id}");
            for (_, value) in *milestones {
                // Written the Vietnamese way in the plan: "9,1%", "65%", "350 phụ huynh".
                let written = match ind.measure {
                    Measure::Ratio { .. } => format!("{}%", format_number(Lang::Vi, *value, 1)),
                    Measure::Count { .. } => format_number(Lang::Vi, *value, 0),
                };
                assert!(
                    ind.wording.contains(&written),
                    "{id}: {written} not in its wording"
                );
            }
        }
    }

    #[test]
    fn wording_is_the_document_s_own() {
        let plan = hoa_mai();
        let source = squash(SOURCE);
        for ind in plan.indicators() {
            assert!(source.contains(&squash(&ind.wording)), "{}", ind.id);
        }
        for o in &plan.objectives {
            assert!(source.contains(&squash(&o.title)), "{}", o.id);
        }
        for g in &plan.task_groups {
            assert!(source.contains(&squash(&g.title)), "{}", g.id);
            for a in &g.actions {
                assert!(source.contains(&squash(&a.text)), "{}", a.id);
            }
        }
        for r in &plan.responsibilities {
            for d in &r.duties {
                assert!(source.contains(&squash(d)), "{d}");
            }
        }
        for text in plan
            .document
            .general_objectives
            .iter()
            .chain([&plan.document.basis])
        {
            assert!(source.contains(&squash(text)));
        }
        assert!(source.contains(&squash(&plan.reporting.text)));
        assert!(source.contains(&plan.reporting.email));
    }

    #[test]
    fn the_plan_is_whole() {
        let plan = hoa_mai();
        let d = &plan.document;
        assert_eq!(d.issuer_parent, "UBND QUẬN ĐỐNG ĐA");
        assert_eq!(d.issuer, "TRƯỜNG MẦM NON HOA MAI");
        assert_eq!(d.number, "06/KH-MNHM");
        assert_eq!(d.date.to_string(), "2022-03-28");
        assert_eq!(d.general_objectives.len(), 3);
        assert_eq!(plan.objectives.len(), 5);
        let actions: Vec<usize> = plan.task_groups.iter().map(|g| g.actions.len()).collect();
        assert_eq!(actions, [3, 4, 11, 0, 7, 5, 4, 5]);
        assert_eq!(plan.responsibilities.len(), 2);
        let days: Vec<(u32, u32)> = plan.key_days.iter().map(|k| k.start).collect();
        assert_eq!(days, [(3, 8), (3, 20), (6, 28), (11, 15)]);
        assert_eq!(plan.key_days[3].end, Some((12, 15)));
        assert_eq!(plan.reporting.half_year_due, (6, 10));
        assert_eq!(plan.reporting.annual_due, (12, 20));
        assert_eq!(plan.reporting.email, "pgd-dongda@hanoiedu.vn");
    }

    #[test]
    fn every_term_names_a_known_field() {
        let plan = hoa_mai();
        for ind in plan.indicators() {
            let terms = match &ind.measure {
                Measure::Ratio {
                    numerator,
                    denominator,
                } => vec![numerator, denominator],
                Measure::Count { term, .. } => vec![term],
            };
            for t in terms {
                if let Some(f) = t.field_id() {
                    let field = plan.field(f).unwrap_or_else(|| panic!("{}: {f}", ind.id));
                    if ind.by_sex {
                        assert!(field.by_sex, "{}: {f} is not split by sex", ind.id);
                    }
                }
            }
        }
    }
}
