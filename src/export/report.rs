//! The report a school sends the district for a period, made from its data: the content of
//! each part of the administrative format (Nghị định 30/2020/NĐ-CP), in Vietnamese, with
//! drafts of parts IV and V for the school to edit.

use chrono::NaiveDate;

use crate::domain::activity::{self, Activity};
use crate::domain::document::Document;
use crate::domain::figures::{Figures, PeriodFigures};
use crate::domain::period::{upcoming_key_days, Period};
use crate::domain::plan::{FieldGroup, Indicator, Measure, Plan};
use crate::domain::progress::{PeriodProgress, Progress, Status};
use crate::domain::report::{
    Report, ReportGroup, ReportObjective, ReportRow, DEFAULT_SIGNER_TITLE,
};
use crate::i18n::{
    format_date, format_number, format_percent, format_value, period_name, place_and_date,
    standing_text, status_name, target_for_column, Lang,
};

const VI: Lang = Lang::Vi;

/// The report of `period` as the data stand on `day`. `figures` are the figures with the
/// activities' counts in, as the progress engine used them.
pub fn build(
    doc: &Document,
    figures: &Figures,
    progress: &Progress,
    period: Period,
    day: NaiveDate,
) -> Report {
    let plan = &doc.plan;
    let saved = doc.report(period);
    let number = if saved.number.trim().is_empty() {
        format!("Số:        /BC-{}", plan.document.issuer_code)
    } else {
        format!("Số: {}", saved.number.trim())
    };
    let limitations = saved
        .limitations
        .clone()
        .unwrap_or_else(|| limitations_draft(plan, progress, period));
    let next_steps = saved
        .next_steps
        .clone()
        .unwrap_or_else(|| next_steps_draft(plan, progress, period, day));
    let charts = saved
        .charts
        .clone()
        .unwrap_or_else(|| default_charts(doc, progress, period, &[&limitations, &next_steps]));
    let (task_groups, idle_groups) = task_groups(doc, period);
    let signer = doc.signer(period);
    let addressing = &doc.addressing;
    Report {
        period: period.to_string(),
        issuer_parent: addressing.governing_body(plan).to_string(),
        issuer: plan.document.issuer.clone(),
        number,
        place_date: place_and_date(&plan.document.place, day),
        subject: format!(
            "{} thực hiện Kế hoạch {}",
            period_name(VI, period),
            lower_first(&plan.document.subject)
        ),
        situation: situation(plan, figures.get(&period)),
        objectives: result_objectives(plan, |i| row(i, progress, period)),
        task_groups,
        idle_groups,
        tasks_heading: None,
        tasks_note: None,
        limitations,
        next_steps,
        signer: signer.title_or(DEFAULT_SIGNER_TITLE).to_string(),
        signer_name: signer.name.trim().to_string(),
        addressee: addressing.recipient(plan).to_string(),
        // The ND30 way: the addressee is "Như trên", then the school's own archive.
        recipients: vec!["- Như trên;".to_string(), "- Lưu: VT.".to_string()],
        charts: Some(charts),
    }
}

/// `text` with its first letter in lower case, to follow other words.
pub(crate) fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Part III: the task groups with activities in the period, numbered as part III's own items,
/// and the titles of those without any.
fn task_groups(doc: &Document, period: Period) -> (Vec<ReportGroup>, Vec<String>) {
    let in_order = activity::newest_first(&doc.activities);
    let mut groups = Vec::new();
    let mut idle = Vec::new();
    for g in &doc.plan.task_groups {
        let activities: Vec<String> = in_order
            .iter()
            .rev()
            .filter(|a| a.task_group == g.id && a.is_in(period))
            .map(|a| activity_line(a))
            .collect();
        if activities.is_empty() {
            idle.push(g.title.clone());
        } else {
            groups.push(ReportGroup {
                title: format!("{}. {}", groups.len() + 1, g.title),
                activities,
            });
        }
    }
    (groups, idle)
}

/// The charts a report carries until the committee chooses: of the indicators with a value by
/// the period (the ones with a chart), those behind or off track in it and those the report's
/// texts name.
pub fn default_charts(
    doc: &Document,
    progress: &Progress,
    period: Period,
    texts: &[&str],
) -> Vec<String> {
    standing(&doc.plan, progress, period)
        .into_iter()
        .filter(|(indicator, _)| has_chart(progress, &indicator.id, period))
        .filter(|(indicator, at)| {
            matches!(at.status, Status::Behind | Status::OffTrack)
                || texts.iter().any(|t| names_indicator(t, &indicator.code))
        })
        .map(|(indicator, _)| indicator.id.clone())
        .collect()
}

/// Whether an indicator has a chart in the report of `period`: a value by then.
pub fn has_chart(progress: &Progress, indicator: &str, period: Period) -> bool {
    progress.indicator(indicator).is_some_and(|p| {
        p.periods
            .iter()
            .any(|q| q.period <= period && q.value.is_some())
    })
}

/// Whether `text` names an indicator: its whole code ("2.a (nhà trẻ)"), or the code's head
/// alone ("2.a", with no part in brackets after it), which names each of its parts.
fn names_indicator(text: &str, code: &str) -> bool {
    let head = code.split(" (").next().unwrap_or_default();
    names_code(text, code) || mentions(text, head).any(|rest| !rest.starts_with(" ("))
}

/// Whether `text` names `code` as a whole ("3.b", not the "3.b" of "13.b").
fn names_code(text: &str, code: &str) -> bool {
    mentions(text, code).next().is_some()
}

/// What follows each whole mention of `code` in `text`. A code that is a bare number ("5")
/// counts only right after "chỉ tiêu", as any figure could be it.
fn mentions<'a>(text: &'a str, code: &'a str) -> impl Iterator<Item = &'a str> {
    let code = code.trim();
    let bare = code.chars().all(|c| c.is_ascii_digit());
    text.match_indices(code)
        .filter(move |_| !code.is_empty())
        .filter_map(move |(at, _)| {
            let head = &text[..at];
            let rest = &text[at + code.len()..];
            let before = head.chars().next_back();
            let whole = !before.is_some_and(|c| c.is_alphanumeric() || c == '.')
                && !rest.chars().next().is_some_and(char::is_alphanumeric);
            (whole && (!bare || head.to_lowercase().ends_with("chỉ tiêu "))).then_some(rest)
        })
}

/// Part I: every staff and children figure of a period, with its women or girls: a school's,
/// or the sums of an office's schools.
pub(crate) fn situation(plan: &Plan, of_period: Option<&PeriodFigures>) -> Vec<String> {
    let of_period = of_period.cloned().unwrap_or_default();
    let lines: Vec<String> = plan
        .fields
        .iter()
        .filter(|f| f.group != FieldGroup::Communication)
        .filter_map(|f| {
            let tally = of_period.tally(&f.id);
            let total = tally.total?;
            let mut line = format!("{}: {}", f.label, format_number(VI, f64::from(total), 0));
            if let (true, Some(female)) = (f.by_sex, tally.female) {
                let who = if f.group == FieldGroup::Children {
                    "trẻ gái"
                } else {
                    "nữ"
                };
                let female_text = format_number(VI, f64::from(female), 0);
                line.push_str(&format!(", trong đó {who}: {female_text}"));
                if total > 0 {
                    let share = f64::from(female) * 100.0 / f64::from(total);
                    line.push_str(&format!(" ({})", format_percent(VI, share)));
                }
            }
            line.push('.');
            Some(line)
        })
        .collect();
    if lines.is_empty() {
        return vec!["Chưa có số liệu về đội ngũ và trẻ trong kỳ.".to_string()];
    }
    lines
}

/// Part II's tables: one per objective of `plan`, a row per indicator as `row` writes it.
pub(crate) fn result_objectives(
    plan: &Plan,
    mut row: impl FnMut(&Indicator) -> ReportRow,
) -> Vec<ReportObjective> {
    plan.objectives
        .iter()
        .map(|o| ReportObjective {
            title: format!("Mục tiêu {}: {}", o.number, o.title),
            rows: o.indicators.iter().map(&mut row).collect(),
        })
        .collect()
}

/// One indicator's line of part II, from `progress` (a school's, or an office's sums).
pub(crate) fn row(indicator: &Indicator, progress: &Progress, period: Period) -> ReportRow {
    let here = progress
        .indicator(&indicator.id)
        .and_then(|p| p.at(period).map(|at| (p, at)));
    let value = here
        .and_then(|(_, at)| at.value)
        .map(|v| format_value(VI, indicator, v.total))
        .unwrap_or_else(|| "—".to_string());
    let change = here
        .and_then(|(p, at)| {
            let now = at.value?.total;
            let before = p
                .periods
                .iter()
                .take_while(|q| q.period < period)
                .filter_map(|q| q.value)
                .last()?
                .total;
            Some(change_text(indicator, now - before))
        })
        .unwrap_or_else(|| "—".to_string());
    let status = if indicator.is_applicable() {
        here.map(|(_, at)| at.status).unwrap_or(Status::NoData)
    } else {
        Status::NotApplicable
    };
    ReportRow {
        code: indicator.code.clone(),
        name: indicator.name.clone(),
        target_2025: target_for_column(VI, indicator, 2025),
        target_2030: target_for_column(VI, indicator, 2030),
        value,
        change,
        status: status_name(VI, status).to_string(),
        note: indicator.note.clone(),
    }
}

/// A change since the previous period with a value: "+2,5 điểm %" or "−20".
fn change_text(indicator: &Indicator, delta: f64) -> String {
    let sign = if delta > 0.0 {
        "+"
    } else if delta < 0.0 {
        "−"
    } else {
        ""
    };
    let unit = match indicator.measure {
        Measure::Ratio { .. } => " điểm %",
        Measure::Count { .. } => "",
    };
    let decimals = if unit.is_empty() { 0 } else { 1 };
    format!("{sign}{}{unit}", format_number(VI, delta.abs(), decimals))
}

fn activity_line(a: &Activity) -> String {
    let when = if a.end == a.start {
        format_date(VI, a.start)
    } else {
        format!("{} – {}", format_date(VI, a.start), format_date(VI, a.end))
    };
    let mut reach = vec![format!("{} nữ, {} nam tham gia", a.women, a.men)];
    for (n, who) in [
        (a.parents, "phụ huynh"),
        (a.staff, "CBGVNV"),
        (a.children, "trẻ"),
    ] {
        if n > 0 {
            reach.push(format!("{n} {who}"));
        }
    }
    let mut line = format!("{when}: {} ({})", a.title, reach.join("; "));
    if !a.evidence.trim().is_empty() {
        line.push_str(&format!(". Minh chứng: {}", a.evidence.trim()));
    }
    line
}

/// The applicable indicators of the period and where each stands.
fn standing<'a>(
    plan: &'a Plan,
    progress: &'a Progress,
    period: Period,
) -> Vec<(&'a Indicator, &'a PeriodProgress)> {
    plan.indicators()
        .filter(|i| i.is_applicable())
        .filter_map(|i| Some((i, progress.indicator(&i.id)?.at(period)?)))
        .collect()
}

/// Part IV as a draft: the indicators behind or off track (with the milestone they missed),
/// those whose pace cannot be judged yet, and those without data.
pub fn limitations_draft(plan: &Plan, progress: &Progress, period: Period) -> String {
    let mut lines = Vec::new();
    let mut missing = Vec::new();
    for (indicator, at) in standing(plan, progress, period) {
        match (at.status, at.value) {
            (Status::Behind | Status::OffTrack | Status::PaceUnknown, Some(v)) => {
                let why = standing_text(VI, indicator, plan.group_of(indicator), at);
                lines.push(format!(
                    "- Chỉ tiêu {} ({}): đạt {}. {}",
                    indicator.code,
                    indicator.name,
                    format_value(VI, indicator, v.total),
                    why.join(" ")
                ))
            }
            (Status::NoData, _) => missing.push(indicator.code.clone()),
            _ => {}
        }
    }
    if lines.is_empty() {
        lines.push("- Các chỉ tiêu có số liệu đều đạt hoặc đúng tiến độ.".to_string());
    }
    if !missing.is_empty() {
        lines.push(format!(
            "- Chưa có số liệu của các chỉ tiêu: {}.",
            missing.join(", ")
        ));
    }
    lines.join("\n")
}

/// Part V as a draft: what the indicators behind need, the baselines still to state, the key
/// days that begin after `day` (when the report is made; one under way is not "next"), the
/// next report.
pub fn next_steps_draft(
    plan: &Plan,
    progress: &Progress,
    period: Period,
    day: NaiveDate,
) -> String {
    let mut lines = Vec::new();
    let mut unjudged = Vec::new();
    for (indicator, at) in standing(plan, progress, period) {
        match at.status {
            Status::Behind | Status::OffTrack => {
                let target = indicator
                    .milestones_by_year()
                    .into_iter()
                    .find(|m| m.year >= period.year);
                if let Some(m) = target {
                    lines.push(format!(
                        "- Tập trung thực hiện chỉ tiêu {} để đạt {} vào năm {}.",
                        indicator.code,
                        format_value(VI, indicator, m.value),
                        m.year
                    ));
                }
            }
            Status::PaceUnknown if indicator.takes_baseline(plan) => {
                unjudged.push(indicator.code.clone())
            }
            _ => {}
        }
    }
    if !unjudged.is_empty() {
        lines.push(format!(
            "- Xác định mốc xuất phát của các chỉ tiêu {} để đánh giá được tiến độ.",
            unjudged.join(", ")
        ));
    }
    for (key_day, start, _) in upcoming_key_days(plan, day) {
        if start > day {
            lines.push(format!(
                "- Tổ chức các hoạt động hưởng ứng {} ({}).",
                key_day.name,
                format_date(VI, start)
            ));
        }
    }
    lines.push("- Tiếp tục cập nhật số liệu, ghi nhận hoạt động và báo cáo đúng hạn.".to_string());
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::activity::with_activities;
    use crate::domain::figures::{PeriodFigures, Tally};
    use crate::domain::progress;
    use crate::domain::report::Signer;

    fn sample() -> (Document, Period) {
        let mut doc = crate::defaults::document();
        let period = Period::half(2026);
        let mut f = PeriodFigures::default();
        for (field, total, female) in [
            ("staff", 40, Some(38)),
            ("masters", 3, Some(2)),
            ("creche_population", 100, Some(50)),
            ("creche_enrolled", 60, Some(31)),
        ] {
            f.0.insert(
                field.into(),
                Tally {
                    total: Some(total),
                    female,
                },
            );
        }
        doc.set_period_figures(period, f);
        let mut earlier = PeriodFigures::default();
        earlier.0.insert(
            "creche_enrolled".into(),
            Tally {
                total: Some(55),
                female: None,
            },
        );
        earlier.0.insert(
            "creche_population".into(),
            Tally {
                total: Some(100),
                female: None,
            },
        );
        doc.set_period_figures(Period::annual(2025), earlier);
        let mut a = Activity::on(NaiveDate::from_ymd_opt(2026, 3, 8).unwrap());
        a.title = "Tọa đàm 8/3".into();
        a.task_group = "II.3".into();
        a.women = 36;
        a.parents = 120;
        doc.activities.push(a);
        (doc, period)
    }

    fn build_sample(doc: &Document, period: Period) -> Report {
        let figures = with_activities(&doc.plan, &doc.figures, &doc.activities);
        let progress = progress::compute(&doc.plan, &figures);
        let day = NaiveDate::from_ymd_opt(2026, 6, 8).unwrap();
        build(doc, &figures, &progress, period, day)
    }

    #[test]
    fn the_report_follows_the_administrative_format() {
        let (doc, period) = sample();
        let r = build_sample(&doc, period);
        assert_eq!(r.issuer, "TRƯỜNG MẦM NON HOA MAI");
        assert_eq!(r.number, "Số:        /BC-MNHM");
        assert_eq!(r.place_date, "Đống Đa, ngày 08 tháng 6 năm 2026");
        assert!(r.subject.starts_with(
            "Sơ kết 6 tháng đầu năm 2026 thực hiện Kế hoạch hành động vì sự tiến bộ phụ nữ"
        ));
        assert!(r.situation.iter().any(|l| l.starts_with(
            "Tổng số cán bộ, giáo viên, nhân viên (CBGVNV): 40, trong đó nữ: 38 (95%)"
        )));
        let rows: Vec<&ReportRow> = r.objectives.iter().flat_map(|o| &o.rows).collect();
        assert_eq!(rows.len(), 15);
        let creche = rows
            .iter()
            .find(|r| r.code.starts_with("2.a (nhà trẻ)"))
            .unwrap();
        assert_eq!(creche.value, "60%");
        assert_eq!(creche.change, "+5 điểm %");
        assert_eq!(creche.target_2025, "ít nhất 65%");
        // Part III numbers its own items: the one group with an activity is its first, and
        // the seven others are named once.
        assert_eq!(r.task_groups.len(), 1);
        assert!(r.task_groups[0].title.starts_with("1. "));
        assert_eq!(
            r.task_groups[0].activities,
            ["08/03/2026: Tọa đàm 8/3 (36 nữ, 0 nam tham gia; 120 phụ huynh)"]
        );
        assert_eq!(r.idle_groups.len(), 7);
        assert_eq!(r.issuer_parent, "UBND QUẬN ĐỐNG ĐA");
        assert_eq!(r.addressee, "Phòng GDĐT quận Đống Đa");
        assert_eq!(r.recipients, ["- Như trên;", "- Lưu: VT."]);
        assert_eq!(
            (r.signer.as_str(), r.signer_name.as_str()),
            ("HIỆU TRƯỞNG", "")
        );
    }

    #[test]
    fn the_report_names_today_s_offices_and_signer_not_the_plan_s() {
        let (mut doc, period) = sample();
        doc.addressing.governing_body = "UBND PHƯỜNG VĂN MIẾU - QUỐC TỬ GIÁM".into();
        doc.addressing.recipient = "UBND phường Văn Miếu - Quốc Tử Giám".into();
        doc.addressing.signer = Signer {
            title: "KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG".into(),
            name: "Nguyễn Thị Lan".into(),
        };
        let r = build_sample(&doc, period);
        assert_eq!(r.issuer_parent, "UBND PHƯỜNG VĂN MIẾU - QUỐC TỬ GIÁM");
        assert_eq!(r.addressee, "UBND phường Văn Miếu - Quốc Tử Giám");
        assert_eq!(r.signer_name, "Nguyễn Thị Lan");
        // The plan stays as it was issued.
        assert_eq!(doc.plan.document.issuer_parent, "UBND QUẬN ĐỐNG ĐA");
        assert_eq!(doc.addressing.email(&doc.plan), "pgd-dongda@hanoiedu.vn");
        // One report signed by someone else keeps its own signer.
        let mut saved = doc.report(period);
        saved.signer = Some(Signer {
            title: String::new(),
            name: "Trần Văn Minh".into(),
        });
        doc.set_report(saved);
        let r = build_sample(&doc, period);
        assert_eq!(
            (r.signer.as_str(), r.signer_name.as_str()),
            ("HIỆU TRƯỞNG", "Trần Văn Minh")
        );
    }

    #[test]
    fn charts_default_to_what_is_behind_and_what_the_texts_name() {
        let (doc, period) = late_starter();
        let figures = with_activities(&doc.plan, &doc.figures, &doc.activities);
        let progress = progress::compute(&doc.plan, &figures);
        let charts = default_charts(&doc, &progress, period, &["Chỉ tiêu 4.a (CBGVNV) cần mốc."]);
        // 2.a (nhà trẻ) is off track, 4.a (phụ huynh) behind; 4.a (CBGVNV) is named.
        assert!(charts.contains(&"2a-nt".to_string()), "{charts:?}");
        assert!(charts.contains(&"4a-cb".to_string()), "{charts:?}");
        assert!(!charts.contains(&"3b".to_string()), "{charts:?}");
        // Named by its head alone: "4.a" is both 4.a (CBGVNV) and 4.a (phụ huynh); "4.a
        // (CBGVNV)" is that one only.
        assert!(names_indicator(
            "Các chỉ tiêu 4.a còn thấp.",
            "4.a (phụ huynh)"
        ));
        assert!(!names_indicator(
            "Chỉ tiêu 4.a (CBGVNV) còn thấp.",
            "4.a (phụ huynh)"
        ));
        let both = default_charts(&doc, &progress, period, &["Các chỉ tiêu 4.a còn thấp."]);
        assert!(both.contains(&"4a-cb".to_string()), "{both:?}");
        // Named, but without a value, so without a chart.
        let named = default_charts(
            &doc,
            &progress,
            period,
            &["Chưa có số liệu của chỉ tiêu 3.b."],
        );
        assert!(!named.contains(&"3b".to_string()), "{named:?}");
        assert!(names_code("xem 3.b.", "3.b"));
        assert!(!names_code("xem 13.b", "3.b"));
        assert!(!names_code("xem 3.bc", "3.b"));
        assert!(!names_code("đạt 5 phụ huynh", "5"));
        assert!(names_code("Chỉ tiêu 5 chưa đạt", "5"));
    }

    #[test]
    fn drafts_name_what_is_behind_and_missing_until_the_school_writes_its_own() {
        let (mut doc, period) = sample();
        let r = build_sample(&doc, period);
        assert!(r.limitations.contains("Chưa có số liệu của các chỉ tiêu:"));
        assert!(r.next_steps.contains("Ngày Gia đình Việt Nam (28/06/2026)"));
        let mut saved = doc.report(period);
        saved.limitations = Some("Kinh phí còn hạn chế.".into());
        saved.number = "15/BC-MNHM".into();
        doc.set_report(saved);
        let r = build_sample(&doc, period);
        assert_eq!(r.limitations, "Kinh phí còn hạn chế.");
        assert_eq!(r.number, "Số: 15/BC-MNHM");
    }

    /// A school that starts in December 2026: crèche access 40% and 100 parents reached.
    fn late_starter() -> (Document, Period) {
        let mut doc = crate::defaults::document();
        let period = Period::annual(2026);
        let mut f = PeriodFigures::default();
        for (field, total) in [
            ("creche_population", 100),
            ("creche_enrolled", 40),
            ("parents_reached", 100),
            ("staff", 40),
            ("staff_reached", 30),
        ] {
            f.0.insert(
                field.into(),
                Tally {
                    total: Some(total),
                    female: None,
                },
            );
        }
        doc.set_period_figures(period, f);
        (doc, period)
    }

    #[test]
    fn drafts_never_call_a_missed_milestone_on_track() {
        let (doc, period) = late_starter();
        let figures = with_activities(&doc.plan, &doc.figures, &doc.activities);
        let progress = progress::compute(&doc.plan, &figures);
        let day = NaiveDate::from_ymd_opt(2026, 12, 10).unwrap();
        let r = build(&doc, &figures, &progress, period, day);
        assert!(
            !r.limitations.contains("đều đạt hoặc đúng tiến độ"),
            "{}",
            r.limitations
        );
        assert!(r.limitations.contains(
            "- Chỉ tiêu 2.a (nhà trẻ) (Trẻ nhà trẻ được tiếp cận giáo dục mầm non có chất lượng): đạt 40%. Chưa đạt chỉ tiêu 65% của năm 2025. Thấp hơn mức cần đạt ở kỳ này (67%)."
        ), "{}", r.limitations);
        assert!(
            r.limitations
                .contains("đạt 100 phụ huynh. Thấp hơn mức cần đạt ở kỳ này (350 phụ huynh)."),
            "{}",
            r.limitations
        );
        // 4.a (staff): 75% against 100% by 2030, with no baseline stated.
        assert!(r.limitations.contains("đạt 75%. Chưa đủ số liệu để đánh giá tiến độ: cần mốc xuất phát. Còn cách chỉ tiêu 100% năm 2030: 25 điểm %."), "{}", r.limitations);
        let row = |code: &str| {
            r.objectives
                .iter()
                .flat_map(|o| &o.rows)
                .find(|row| row.code == code)
                .unwrap()
        };
        let creche = row("2.a (nhà trẻ)");
        assert_eq!(creche.status, "Chệch hướng");
        // Part V: what to do next, not the action month already under way on 10 December.
        assert!(r
            .next_steps
            .contains("- Tập trung thực hiện chỉ tiêu 2.a (nhà trẻ) để đạt 75% vào năm 2030."));
        assert!(
            r.next_steps
                .contains("- Xác định mốc xuất phát của các chỉ tiêu 4.a (CBGVNV)"),
            "{}",
            r.next_steps
        );
        assert!(
            !r.next_steps.contains("Tháng hành động"),
            "{}",
            r.next_steps
        );
        assert!(r.next_steps.contains("(08/03/2027)"));
        // Where the plan is silent, the row says how the app reads it.
        let b4 = row("4.b");
        assert!(b4.note.starts_with("Kế hoạch không nêu năm"));
    }

    #[test]
    fn a_period_without_figures_says_so() {
        let (doc, _) = sample();
        let r = build_sample(&doc, Period::annual(2026));
        assert_eq!(r.situation, ["Chưa có số liệu về đội ngũ và trẻ trong kỳ."]);
    }

    #[test]
    fn a_period_file_holds_that_period_only() {
        let (doc, period) = sample();
        let cut = doc.for_period(period);
        assert_eq!(cut.figures.keys().copied().collect::<Vec<_>>(), [period]);
        assert_eq!(cut.activities.len(), 1);
        assert!(cut.for_period(Period::annual(2025)).figures.is_empty());
    }
}
