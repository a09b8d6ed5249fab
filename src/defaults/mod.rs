//! The embedded default plan: Hoa Mai kindergarten's plan 06/KH-MNHM of 28/03/2022.
//!
//! The plan is data (`hoa-mai.json`, in the same shape as a plan inside a saved document);
//! the school's own copy starts from it and the plan editor changes that copy.

use crate::domain::document::Document;
use crate::domain::plan::Plan;

/// The plan as JSON, exactly as embedded in the app.
pub const HOA_MAI_JSON: &str = include_str!("hoa-mai.json");

/// A new school's document: Hoa Mai's plan, nothing recorded yet.
pub fn document() -> Document {
    Document::new(hoa_mai())
}

/// Hoa Mai kindergarten's plan, the template every new school starts from.
pub fn hoa_mai() -> Plan {
    // The embedded file is checked by the tests below, so it cannot fail to parse at run time.
    crate::domain::json::read(HOA_MAI_JSON).expect("embedded plan parses (tested)")
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

    /// How the document words a target, which decides how it is read.
    #[derive(Clone, Copy, Debug, PartialEq)]
    enum Worded {
        /// "đạt 65% ... vào năm 2025": reached by that year, on a path.
        Reach,
        /// "Duy trì đạt 100%": held every period.
        Maintain,
        /// "đạt ít nhất 9,1% từ năm 2025 trở đi": reached by the year, held after it.
        AtLeastFrom,
        /// "đạt trên 9,1%": strictly more.
        Above,
        /// No year (4.b) or no figure (4.d): the app's reading must be stated beside the words.
        Unstated,
    }

    /// One indicator's targets as the document words them.
    struct Stated {
        id: &'static str,
        /// The document's own words for the target, verbatim.
        quote: &'static str,
        /// The group the figure is for, written right after it ("65% trẻ nhà trẻ").
        subgroup: Option<&'static str>,
        targets: &'static [(i32, f64)],
        worded: Worded,
        /// Counted per year ("350 phụ huynh" reached in the year).
        yearly: bool,
    }

    use Worded::*;

    /// Every target of section I.2, transcribed by hand from the document.
    const STATED: &[Stated] = &[
        Stated { id: "2a-nt", quote: "đạt 65% trẻ nhà trẻ, 97% trẻ mẫu giáo vào năm 2025 và 75% trẻ nhà trẻ, 99% trẻ mẫu giáo vào năm 2030", subgroup: Some("trẻ nhà trẻ"), targets: &[(2025, 65.0), (2030, 75.0)], worded: Reach, yearly: false },
        Stated { id: "2a-mg", quote: "đạt 65% trẻ nhà trẻ, 97% trẻ mẫu giáo vào năm 2025 và 75% trẻ nhà trẻ, 99% trẻ mẫu giáo vào năm 2030", subgroup: Some("trẻ mẫu giáo"), targets: &[(2025, 97.0), (2030, 99.0)], worded: Reach, yearly: false },
        Stated { id: "2b", quote: "Tỷ lệ nữ biết chữ đạt 100% vào năm 2025 và năm 2030", subgroup: None, targets: &[(2025, 100.0), (2030, 100.0)], worded: Reach, yearly: false },
        Stated { id: "3a", quote: "Tỷ lệ nữ quy hoạch vào các chức danh lãnh đạo, quản lý đạt 100% vào năm 2025 và năm 2030", subgroup: None, targets: &[(2025, 100.0), (2030, 100.0)], worded: Reach, yearly: false },
        Stated { id: "3b", quote: "Tỷ lệ nữ giữ vị trí lãnh đạo chủ chốt đạt 100% vào năm 2025 và năm 2030", subgroup: None, targets: &[(2025, 100.0), (2030, 100.0)], worded: Reach, yearly: false },
        Stated { id: "3c", quote: "đạt 85% tổng số nữ công chức, viên chức quy hoạch vào năm 2025 và đạt 95% tổng số nữ công chức, viên chức quy hoạch vào năm 2030", subgroup: Some("tổng số nữ công chức"), targets: &[(2025, 85.0), (2030, 95.0)], worded: Reach, yearly: false },
        Stated { id: "3d-ths", quote: "Tỷ lệ nữ thạc sĩ trong tổng số công chức, viên chức có trình độ thạc sĩ đạt ít nhất 9,1% từ năm 2025 trở đi", subgroup: None, targets: &[(2025, 9.1)], worded: AtLeastFrom, yearly: false },
        Stated { id: "3d-ts", quote: "tỷ lệ nữ tiến sĩ 3% vào năm 2025 và 6% vào năm 2030", subgroup: None, targets: &[(2025, 3.0), (2030, 6.0)], worded: Reach, yearly: false },
        Stated { id: "3dd", quote: "Tỷ lệ nữ làm chủ nhiệm các nhiệm vụ khoa học và công nghệ đạt trên 9,1% vào năm 2025 và 18% vào năm 2030", subgroup: None, targets: &[(2025, 9.1), (2030, 18.0)], worded: Above, yearly: false },
        Stated { id: "4a-ph", quote: "Có ít nhất 350 phụ huynh học sinh được tiếp cận các vấn đề giới, bình đẳng giới và các vấn đề liên quan đến giới thông qua các tài liệu, sự kiện truyền thông vào năm 2025; ít nhất 350 phụ huynh học sinh và 100% CBGVNV nhà trường được tiếp cận các vấn đề giới, bình đẳng giới thông qua các tài liệu và sự kiện truyền thông vào năm 2030", subgroup: Some("phụ huynh"), targets: &[(2025, 350.0), (2030, 350.0)], worded: Reach, yearly: true },
        Stated { id: "4a-cb", quote: "ít nhất 350 phụ huynh học sinh và 100% CBGVNV nhà trường được tiếp cận các vấn đề giới, bình đẳng giới thông qua các tài liệu và sự kiện truyền thông vào năm 2030", subgroup: Some("CBGVNV"), targets: &[(2030, 100.0)], worded: Reach, yearly: false },
        Stated { id: "4b", quote: "Có ít nhất 15% cán bộ, giáo viên được tập huấn trở thành đội ngũ truyền thông về giới", subgroup: Some("cán bộ, giáo viên"), targets: &[(2025, 15.0), (2030, 15.0)], worded: Unstated, yearly: false },
        Stated { id: "4c", quote: "Duy trì đạt 100% Cổng thông tin điện tử/website của các cơ sở giáo dục", subgroup: None, targets: &[(2025, 100.0), (2030, 100.0)], worded: Maintain, yearly: false },
        Stated { id: "4d", quote: "Nhà trường thực hiện tuyên truyền, phổ biến giáo dục pháp luật cho phụ nữ giai đoạn 2022-2026", subgroup: None, targets: &[(2026, 100.0)], worded: Unstated, yearly: false },
        Stated { id: "5", quote: "Đến năm 2025 có 10% và đến năm 2030 có 20% thành viên Ban Vì sự tiến bộ phụ nữ", subgroup: None, targets: &[(2025, 10.0), (2030, 20.0)], worded: Reach, yearly: false },
    ];

    /// A figure as the document writes it: "9,1%", "65%", "350".
    fn written(value: f64, is_ratio: bool) -> String {
        if is_ratio {
            format!("{}%", format_number(Lang::Vi, value, 1))
        } else {
            format_number(Lang::Vi, value, 0)
        }
    }

    #[test]
    fn every_target_is_read_as_the_document_words_it() {
        let plan = hoa_mai();
        let source = squash(SOURCE);
        let ids: Vec<&str> = plan.indicators().map(|i| i.id.as_str()).collect();
        let stated: Vec<&str> = STATED.iter().map(|t| t.id).collect();
        assert_eq!(
            ids, stated,
            "the plan has exactly these indicators, in order"
        );
        for t in STATED {
            let id = t.id;
            let ind = plan.indicator(id).unwrap();
            assert!(
                source.contains(t.quote),
                "{id}: the quote is not the document's"
            );
            assert!(
                ind.wording.contains(t.quote),
                "{id}: the quote is not in its wording"
            );
            let is_ratio = matches!(ind.measure, Measure::Ratio { .. });
            // The words that decide the reading are in the quote.
            let maintain = t.quote.contains("Duy trì");
            assert_eq!(maintain, t.worded == Maintain, "{id}: 'Duy trì'");
            let first = written(t.targets[0].1, is_ratio);
            match t.worded {
                Above => assert!(t.quote.contains(&format!("trên {first}")), "{id}"),
                AtLeastFrom => assert!(
                    t.quote
                        .contains(&format!("ít nhất {first} từ năm {} trở đi", t.targets[0].0)),
                    "{id}"
                ),
                _ => {}
            }
            for &(year, value) in t.targets {
                let figure = written(value, is_ratio);
                if t.worded == Unstated {
                    continue;
                }
                // "Duy trì" holds in every year: its milestones only mark 2025 and 2030.
                if t.worded != Maintain {
                    assert!(
                        t.quote.contains(&year.to_string()),
                        "{id}: {year} not worded"
                    );
                }
                match t.subgroup {
                    Some(group) => assert!(
                        t.quote.contains(&format!("{figure} {group}")),
                        "{id}: {figure} {group}"
                    ),
                    None => assert!(t.quote.contains(&figure), "{id}: {figure}"),
                }
            }
            // The plan reads them so.
            let sense = match t.worded {
                Maintain => Sense::Maintain,
                Above => Sense::Above,
                Reach | AtLeastFrom | Unstated => Sense::AtLeast,
            };
            assert_eq!(ind.sense, sense, "{id}: sense");
            let got: Vec<(i32, f64)> = ind.milestones.iter().map(|m| (m.year, m.value)).collect();
            assert_eq!(got, t.targets.to_vec(), "{id}: milestones");
            assert_eq!(ind.yearly, t.yearly, "{id}: yearly");
            assert!(ind.baseline.is_none(), "{id}: the plan states no baseline");
            // Where the document is silent, the app says how it reads the target.
            if t.worded == Unstated {
                assert!(!ind.note.is_empty(), "{id}: its reading is not stated");
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
            for t in ind.measure.terms() {
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
