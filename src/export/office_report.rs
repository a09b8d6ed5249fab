//! The office's own report to the level above, for a period: the same administrative format
//! as a school's (Nghị định 30/2020/NĐ-CP), issued by the office and drawn from its roll-up.
//! Part I says who sent their figures in time and the schools' figures together, part II each
//! indicator's value and status for all schools, part III where schools are behind; parts IV
//! and V are drafts the office edits, and keeps.

use chrono::NaiveDate;

use super::district::{departures_note, OfficeSources};
use super::report::{
    limitations_draft, lower_first, next_steps_draft, result_objectives, row, situation,
};
use crate::domain::district::{Level, RollUp, Sending, SendingCounts, Standing};
use crate::domain::period::Period;
use crate::domain::plan::Plan;
use crate::domain::progress::Status;
use crate::domain::report::{Report, ReportGroup};
use crate::i18n::{format_date, format_value, period_name, place_and_date, status_name, Lang};

const VI: Lang = Lang::Vi;

/// The title an office's report is signed under when it has not typed one.
pub const OFFICE_SIGNER_TITLE: &str = "THỦ TRƯỞNG ĐƠN VỊ";

/// The office's report of `period` as its data stand on `day`.
pub fn build(from: &OfficeSources, period: Period, day: NaiveDate) -> Report {
    let OfficeSources {
        roll,
        data,
        base,
        level,
        office,
    } = *from;
    let head = &data.head;
    let saved = data.report(period);
    // One level up the office reports on the offices below it, each standing for its schools.
    let unit = match data.submissions.iter().any(|s| s.office_sums.is_some()) {
        true => "đơn vị",
        false => "trường",
    };
    let standings: Vec<Standing> = data
        .standings(base, period, day)
        .into_iter()
        .filter(|s| level.is_none_or(|l| Level::of(&s.school) == l))
        .collect();
    let missing: Vec<&str> = standings
        .iter()
        .filter(|s| s.sending == Sending::Missing)
        .map(|s| s.school.as_str())
        .collect();
    let number = match saved.number.trim() {
        "" => "Số:        /BC-".to_string(),
        number => format!("Số: {number}"),
    };
    let place = match head.place.trim() {
        "" => base.document.place.trim(),
        place => place,
    };
    let limitations = saved
        .limitations
        .clone()
        .unwrap_or_else(|| office_limitations(roll, period, &missing, unit));
    let next_steps = saved
        .next_steps
        .clone()
        .unwrap_or_else(|| office_next_steps(roll, period, day, &missing, unit));
    let (task_groups, tasks_note) = where_behind(roll, period, unit);
    let mut situation_lines = sending_lines(base, period, &standings, &missing, unit);
    situation_lines.push("Số liệu chung của các trường đã gửi:".to_string());
    situation_lines.extend(
        situation(&roll.plan, data.summed(period, level).as_ref())
            .into_iter()
            .map(|l| format!("- {l}")),
    );
    Report {
        period: period.to_string(),
        issuer_parent: head.parent.trim().to_string(),
        issuer: office.trim().to_uppercase(),
        number,
        place_date: place_and_date(place, day),
        subject: format!(
            "Tổng hợp kết quả {} thực hiện Kế hoạch {} của các {unit}",
            lower_first(&period_name(VI, period)),
            lower_first(&base.document.subject)
        ),
        situation: situation_lines,
        objectives: result_objectives(&roll.plan, |i| {
            let mut line = row(i, &roll.district, period);
            let counted = roll.counted(&i.id, period);
            let mut notes = vec![format!(
                "Số trường có số liệu: {}/{}.",
                counted.with_value, counted.following
            )];
            notes.extend(departures_note(VI, roll, &i.id, period));
            notes.extend(Some(line.note.clone()).filter(|n| !n.is_empty()));
            line.note = notes.join(" ");
            line
        }),
        task_groups,
        idle_groups: Vec::new(),
        tasks_heading: Some(format!(
            "III. TÌNH HÌNH THỰC HIỆN Ở CÁC {}",
            unit.to_uppercase()
        )),
        tasks_note,
        limitations,
        next_steps,
        signer: head.signer.title_or(OFFICE_SIGNER_TITLE).to_string(),
        signer_name: head.signer.name.trim().to_string(),
        addressee: head.recipient.trim().to_string(),
        recipients: vec!["- Như trên;".to_string(), "- Lưu: VT.".to_string()],
        charts: Some(Vec::new()),
    }
}

/// Part I's first lines: how many schools (or offices, `unit`) report, who sent the period in
/// time, who did not.
fn sending_lines(
    base: &Plan,
    period: Period,
    standings: &[Standing],
    missing: &[&str],
    unit: &str,
) -> Vec<String> {
    let counts = SendingCounts::of(standings);
    let due = period
        .due_date(&base.reporting)
        .map(|d| format!(" (hạn {})", format_date(VI, d)))
        .unwrap_or_default();
    let mut lines = vec![format!(
        "Số {unit} gửi số liệu {}: {}/{}, trong đó đúng hạn{due}: {}, muộn: {}.",
        lower_first(&period_name(VI, period)),
        counts.on_time + counts.late,
        standings.len(),
        counts.on_time,
        counts.late
    )];
    if !missing.is_empty() {
        lines.push(format!(
            "Quá hạn chưa gửi: {} {unit} ({}).",
            missing.len(),
            missing.join(", ")
        ));
    }
    if counts.not_yet > 0 {
        lines.push(format!("Chưa đến hạn gửi: {} {unit}.", counts.not_yet));
    }
    lines
}

/// Part III: each indicator some school is behind or off track on, with those schools and
/// their values; or, when none is, the one line that says so.
fn where_behind(roll: &RollUp, period: Period, unit: &str) -> (Vec<ReportGroup>, Option<String>) {
    let mut groups = Vec::new();
    for indicator in roll.plan.indicators() {
        let schools: Vec<String> = roll
            .schools
            .iter()
            .filter_map(|school| {
                let at = school.progress.indicator(&indicator.id)?.at(period)?;
                let value = at.value?;
                matches!(at.status, Status::Behind | Status::OffTrack).then(|| {
                    format!(
                        "{}: {} ({})",
                        school.name,
                        format_value(VI, indicator, value.total),
                        status_name(VI, at.status).to_lowercase()
                    )
                })
            })
            .collect();
        if !schools.is_empty() {
            groups.push(ReportGroup {
                title: format!(
                    "{}. Chỉ tiêu {} ({}): {} {unit} chưa đạt mức cần đạt",
                    groups.len() + 1,
                    indicator.code,
                    indicator.name,
                    schools.len()
                ),
                activities: schools,
            });
        }
    }
    let note = groups.is_empty().then(|| {
        format!("Các {unit} có số liệu đều đạt hoặc đúng tiến độ ở mọi chỉ tiêu có số liệu.")
    });
    (groups, note)
}

/// Part IV as a draft: the indicators behind for all schools together, the schools overdue,
/// and the indicators some schools do not follow.
fn office_limitations(roll: &RollUp, period: Period, missing: &[&str], unit: &str) -> String {
    let mut lines = vec![limitations_draft(&roll.plan, &roll.district, period)];
    if !missing.is_empty() {
        lines.push(format!(
            "- Còn {} {unit} quá hạn chưa gửi số liệu: {}.",
            missing.len(),
            missing.join(", ")
        ));
    }
    for indicator in roll.plan.indicators() {
        if let Some(note) = departures_note(VI, roll, &indicator.id, period) {
            lines.push(format!("- Chỉ tiêu {}: {note}", indicator.code));
        }
    }
    lines.join("\n")
}

/// Part V as a draft: the schools to remind, then what the indicators behind need.
fn office_next_steps(
    roll: &RollUp,
    period: Period,
    day: NaiveDate,
    missing: &[&str],
    unit: &str,
) -> String {
    let mut lines = Vec::new();
    if !missing.is_empty() {
        lines.push(format!(
            "- Đôn đốc các {unit} gửi số liệu {}: {}.",
            lower_first(&period_name(VI, period)),
            missing.join(", ")
        ));
    }
    lines.push(next_steps_draft(&roll.plan, &roll.district, period, day));
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::defaults::hoa_mai;
    use crate::domain::district::District;
    use crate::domain::district::{roll_up, Submission};
    use crate::domain::figures::PeriodFigures;
    use crate::domain::plan::Part;
    use crate::domain::report::Signer;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// Two schools' first half of 2026: Hoa Sen on time with 3 women of 4 key leaders and 50
    /// of 100 children of crèche age enrolled; Hoa Cúc late with 2 of 5 and 20 of 100; Hoa
    /// Lan expected and silent.
    fn office() -> (District, Plan) {
        let mut d = District {
            office: "UBND phường Văn Miếu - Quốc Tử Giám".into(),
            ..District::default()
        };
        d.set_expected(std::iter::once("Trường Mầm non Hoa Lan".to_string()));
        for (school, sent, leaders, women, enrolled) in [
            ("TRƯỜNG MẦM NON HOA SEN", day(2026, 6, 5), 4, 3, 50),
            ("TRƯỜNG MẦM NON HOA CÚC", day(2026, 6, 14), 5, 2, 20),
        ] {
            d.receive(vec![Submission {
                school: school.into(),
                parent: String::new(),
                period: Period::half(2026),
                file: format!("{school}.json"),
                saved_at: String::new(),
                revision: 1,
                sent_on: sent,
                figures: PeriodFigures::default()
                    .with("key_leaders", Part::Total, Some(leaders))
                    .with("key_leaders", Part::Female, Some(women))
                    .with("staff", Part::Total, Some(20))
                    .with("staff", Part::Female, Some(19))
                    .with("creche_population", Part::Total, Some(100))
                    .with("creche_enrolled", Part::Total, Some(enrolled)),
                measured: None,
                read_on: None,
                office_sums: None,
            }]);
        }
        (d, hoa_mai())
    }

    fn build_for(d: &District, plan: &Plan) -> Report {
        let roll = roll_up(d, plan, None);
        let office = d.office_name(plan);
        let from = OfficeSources {
            roll: &roll,
            data: d,
            base: plan,
            level: None,
            office: &office,
        };
        build(&from, Period::half(2026), day(2026, 6, 20))
    }

    #[test]
    fn the_office_issues_it_from_the_roll_up() {
        let (mut d, plan) = office();
        d.head.parent = "UBND THÀNH PHỐ HÀ NỘI".into();
        d.head.place = "Hà Nội".into();
        d.head.recipient = "Sở Giáo dục và Đào tạo Hà Nội".into();
        d.head.signer = Signer {
            title: String::new(),
            name: "Lê Văn An".into(),
        };
        let r = build_for(&d, &plan);
        assert_eq!(r.issuer, "UBND PHƯỜNG VĂN MIẾU - QUỐC TỬ GIÁM");
        assert_eq!(r.issuer_parent, "UBND THÀNH PHỐ HÀ NỘI");
        assert_eq!(r.addressee, "Sở Giáo dục và Đào tạo Hà Nội");
        assert_eq!(r.place_date, "Hà Nội, ngày 20 tháng 6 năm 2026");
        assert_eq!(r.number, "Số:        /BC-");
        assert_eq!(
            (r.signer.as_str(), r.signer_name.as_str()),
            (OFFICE_SIGNER_TITLE, "Lê Văn An")
        );
        assert!(r.subject.starts_with(
            "Tổng hợp kết quả sơ kết 6 tháng đầu năm 2026 thực hiện Kế hoạch hành động"
        ));
        // Part I: who sent in time (10 June), and the schools' figures together.
        assert_eq!(
            r.situation[0],
            "Số trường gửi số liệu sơ kết 6 tháng đầu năm 2026: 2/3, trong đó đúng hạn (hạn 10/06/2026): 1, muộn: 1."
        );
        assert_eq!(
            r.situation[1],
            "Quá hạn chưa gửi: 1 trường (Trường Mầm non Hoa Lan)."
        );
        assert!(
            r.situation.iter().any(|l| l.starts_with(
                "- Tổng số cán bộ, giáo viên, nhân viên (CBGVNV): 40, trong đó nữ: 38 (95%)"
            )),
            "{:?}",
            r.situation
        );
        // Part II from the sums: 3.b is 5 of 9, never the average of 75% and 40%.
        let rows: Vec<_> = r.objectives.iter().flat_map(|o| &o.rows).collect();
        let leaders = rows.iter().find(|row| row.code == "3.b").unwrap();
        assert_eq!(leaders.value, "55,6%");
        assert!(
            leaders.note.starts_with("Số trường có số liệu: 2/2."),
            "{}",
            leaders.note
        );
        // Part III: where schools are behind, with their values.
        assert_eq!(r.tasks_title(), "III. TÌNH HÌNH THỰC HIỆN Ở CÁC TRƯỜNG");
        let creche = r
            .task_groups
            .iter()
            .find(|g| g.title.contains("Chỉ tiêu 2.a (nhà trẻ)"))
            .unwrap();
        assert_eq!(
            creche.activities,
            [
                "TRƯỜNG MẦM NON HOA CÚC: 20% (chệch hướng)",
                "TRƯỜNG MẦM NON HOA SEN: 50% (chệch hướng)"
            ]
        );
        assert!(r.tasks_note.is_none());
        // Parts IV and V: drafts naming the silent school, until the office writes its own.
        assert!(
            r.limitations
                .contains("- Còn 1 trường quá hạn chưa gửi số liệu: Trường Mầm non Hoa Lan."),
            "{}",
            r.limitations
        );
        assert!(r.next_steps.starts_with("- Đôn đốc các trường gửi số liệu sơ kết 6 tháng đầu năm 2026: Trường Mầm non Hoa Lan."), "{}", r.next_steps);
        let mut saved = d.report(Period::half(2026));
        saved.limitations = Some("Kinh phí còn hạn chế.".into());
        saved.number = "12/BC-UBND".into();
        d.set_report(saved);
        let r = build_for(&d, &plan);
        assert_eq!(r.limitations, "Kinh phí còn hạn chế.");
        assert_eq!(r.number, "Số: 12/BC-UBND");
        assert!(r.next_steps.starts_with("- Đôn đốc"));
    }

    #[test]
    fn with_no_school_behind_part_three_says_so() {
        let (mut d, plan) = office();
        d.submissions.retain(|s| s.school.contains("SEN"));
        for s in &mut d.submissions {
            s.figures = PeriodFigures::default()
                .with("key_leaders", Part::Total, Some(4))
                .with("key_leaders", Part::Female, Some(4));
        }
        let r = build_for(&d, &plan);
        assert!(r.task_groups.is_empty());
        assert_eq!(
            r.part_three_note().as_deref(),
            Some("Các trường có số liệu đều đạt hoặc đúng tiến độ ở mọi chỉ tiêu có số liệu.")
        );
    }
}
