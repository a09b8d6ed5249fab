//! The district's roll-up as files: a CSV for spreadsheets (the same columns as a school's,
//! after the school's name), a JSON file of every value, the district's and each school's, and
//! the printed summary as a Word file.

use std::collections::HashSet;

use chrono::NaiveDate;
use serde::Serialize;

use super::csv;
use super::docx::{Block, Cell, Para, WordFile};
use super::xlsx::{Column, VALUE_COLUMNS};
use crate::domain::district::{
    key, measured, roll_up, CodeSum, Counted, Departure, District, Level, Measured, RollUp,
    SchoolProgress, Sending, SentPeriod, ROLLUP_FORMAT, ROLLUP_VERSION,
};
use crate::domain::figures::PeriodFigures;
use crate::domain::period::Period;
use crate::domain::plan::{Indicator, Part, Plan, Term};
use crate::domain::progress::{IndicatorProgress, Progress, Status};
use crate::i18n::{
    format_date, format_value, period_name, sex_label, status_name, target_for_column, Lang,
    RollUpText,
};

/// The district's rows first, then each school's, with the headers in `lang`.
pub fn csv(roll: &RollUp, lang: Lang) -> String {
    csv::write(&rows(roll, lang))
}

/// The rows of the CSV and of the workbook: the headers, then the district's values and each
/// school's, each row after the school's name.
pub fn rows(roll: &RollUp, lang: Lang) -> Vec<Vec<String>> {
    let mut header = vec![RollUpText::CsvSchool.get(lang).to_string()];
    header.extend(csv::headers(lang));
    let mut rows = vec![header];
    for (unit, progress) in units(roll, RollUpText::WholeDistrict.get(lang)) {
        for row in csv::value_rows(&roll.plan, progress, lang) {
            rows.push(std::iter::once(unit.to_string()).chain(row).collect());
        }
    }
    rows
}

/// A value as the tables show it, "25% (10/40)", "350 phụ huynh"; its women's and men's (or
/// girls' and boys') values; and its status.
pub fn value_text(
    lang: Lang,
    plan: &Plan,
    indicator: &Indicator,
    row: Option<&IndicatorProgress>,
    period: Period,
) -> (String, String, Status) {
    let Some(p) = row.and_then(|r| r.at(period)) else {
        return (String::new(), String::new(), Status::NoData);
    };
    let Some(v) = p.value else {
        return (String::new(), String::new(), p.status);
    };
    let parts = match (v.numerator, v.denominator) {
        (Some(n), Some(d)) => format!(" ({n}/{d})"),
        _ => String::new(),
    };
    let sex = if indicator.by_sex {
        let part = |x: Option<f64>| {
            x.map(|x| format_value(lang, indicator, x))
                .unwrap_or_else(|| "—".into())
        };
        let group = plan.group_of(indicator);
        let (f, m) = (
            sex_label(lang, group, Part::Female),
            sex_label(lang, group, Part::Male),
        );
        format!("{f} {} · {m} {}", part(v.female), part(v.male))
    } else {
        String::new()
    };
    (
        format!("{}{parts}", format_value(lang, indicator, v.total)),
        sex,
        p.status,
    )
}

/// A school's status for an indicator in a period, as a word and the status it is shown as:
/// where the school's plan departs from the office's, how it does, as not applicable.
pub fn school_status(
    lang: Lang,
    school: &SchoolProgress,
    indicator: &str,
    period: Period,
) -> (&'static str, Status) {
    if let Some(departure) = school.departures.of(indicator, period) {
        return (departure_word(lang, departure), Status::NotApplicable);
    }
    let status = school
        .progress
        .indicator(indicator)
        .and_then(|r| r.at(period))
        .map_or(Status::NoData, |r| r.status);
    (status_name(lang, status), status)
}

pub fn departure_word(lang: Lang, departure: &Departure) -> &'static str {
    match departure {
        Departure::NotInPlan => RollUpText::NotInPlan,
        Departure::NotApplicable(_) => RollUpText::NotApplicableHere,
        Departure::MeasuredDifferently => RollUpText::MeasuredOtherwise,
    }
    .get(lang)
}

/// Which schools do not follow an indicator in a period, and why, when any do not: "7/9 schools
/// follow this indicator; not applicable: A (its reason); not in their plan: B; measured
/// otherwise, not added up: C".
pub fn departures_note(
    lang: Lang,
    roll: &RollUp,
    indicator: &str,
    period: Period,
) -> Option<String> {
    let counted = roll.counted(indicator, period);
    if counted.following == counted.sent {
        return None;
    }
    let mut groups: [(RollUpText, Vec<String>); 3] = [
        (RollUpText::NotApplicableList, Vec::new()),
        (RollUpText::NotInPlanList, Vec::new()),
        (RollUpText::MeasuredOtherwiseList, Vec::new()),
    ];
    for school in &roll.schools {
        let (at, name) = match school.departures.of(indicator, period) {
            None => continue,
            Some(Departure::NotApplicable(reason)) if !reason.trim().is_empty() => {
                (0, format!("{} ({})", school.name, reason.trim()))
            }
            Some(Departure::NotApplicable(_)) => (0, school.name.clone()),
            Some(Departure::NotInPlan) => (1, school.name.clone()),
            Some(Departure::MeasuredDifferently) => (2, school.name.clone()),
        };
        groups[at].1.push(name);
    }
    let follow = RollUpText::Following.with(
        lang,
        &[
            ("f", &counted.following.to_string()),
            ("s", &counted.sent.to_string()),
        ],
    );
    let lists = groups
        .iter()
        .filter(|(_, names)| !names.is_empty())
        .map(|(text, names)| text.with(lang, &[("n", &names.join(", "))]));
    Some(
        std::iter::once(follow)
            .chain(lists)
            .collect::<Vec<_>>()
            .join("; ")
            + ".",
    )
}

/// How many schools a value adds up, of the schools that sent the period and measure the
/// indicator as the office does: "7/9".
pub fn counted_text(counted: Counted) -> String {
    format!("{}/{}", counted.with_value, counted.following)
}

/// The columns of the table of all schools together, on the page and in the Word file.
pub const DISTRICT_COLUMNS: [RollUpText; 6] = [
    RollUpText::ColIndicator,
    RollUpText::ColTarget2025,
    RollUpText::ColTarget2030,
    RollUpText::ColValue,
    RollUpText::ColSchools,
    RollUpText::ColStatus,
];

/// The office's printed summary as a Word file, on landscape pages: its heading, every
/// indicator of all schools together, each school's statuses, and who sent their report.
/// `plan` is the one the deadlines come from.
pub fn summary_file(
    roll: &RollUp,
    data: &District,
    plan: &Plan,
    lang: Lang,
    period: Period,
    today: NaiveDate,
    heading: &str,
) -> WordFile {
    let period_text = period_name(lang, period);
    let caption =
        |text: RollUpText| Block::Para(Para::heading(text.with(lang, &[("k", &period_text)])));
    let header = |heads: &[RollUpText]| {
        heads
            .iter()
            .map(|h| Cell::bold(h.get(lang)))
            .collect::<Vec<_>>()
    };
    let mut all = vec![header(&DISTRICT_COLUMNS)];
    for ind in roll.plan.indicators() {
        let (value, sex, status) = value_text(
            lang,
            &roll.plan,
            ind,
            roll.district.indicator(&ind.id),
            period,
        );
        let value = if sex.is_empty() {
            value
        } else {
            format!("{value}\n{sex}")
        };
        let name = match departures_note(lang, roll, &ind.id, period) {
            Some(note) => format!("{} {}\n{note}", ind.code, ind.name),
            None => format!("{} {}", ind.code, ind.name),
        };
        all.push(vec![
            Cell::new(name),
            Cell::new(target_for_column(lang, ind, 2025)),
            Cell::new(target_for_column(lang, ind, 2030)),
            Cell::new(value),
            Cell::new(counted_text(roll.counted(&ind.id, period))),
            Cell::new(status_name(lang, status)),
        ]);
    }
    let mut matrix = vec![std::iter::once(Cell::bold(RollUpText::ColSchool.get(lang)))
        .chain(roll.plan.indicators().map(|i| Cell::bold(&i.code)))
        .collect::<Vec<_>>()];
    for school in &roll.schools {
        matrix.push(
            std::iter::once(Cell::new(&school.name))
                .chain(roll.plan.indicators().map(|i| {
                    let (word, _) = school_status(lang, school, &i.id, period);
                    Cell::new(word)
                }))
                .collect(),
        );
    }
    let mut tracker = vec![header(&[
        RollUpText::ColSchool,
        RollUpText::ColSending,
        RollUpText::ColSentOn,
        RollUpText::ColFile,
    ])];
    for row in data.standings(plan, period, today) {
        let (word, day) = match row.sending {
            Sending::OnTime(day) => (
                RollUpText::OnTime.get(lang).to_string(),
                format_date(lang, day),
            ),
            Sending::Late(day, days) => (
                RollUpText::Late.with(lang, &[("n", &days.to_string())]),
                format_date(lang, day),
            ),
            Sending::Missing => (RollUpText::Missing.get(lang).to_string(), String::new()),
            Sending::NotYet => (RollUpText::NotYet.get(lang).to_string(), String::new()),
        };
        tracker.push(vec![
            Cell::new(row.school),
            Cell::new(word),
            Cell::new(day),
            Cell::new(row.file),
        ]);
    }
    let matrix_widths = std::iter::once(3)
        .chain(roll.plan.indicators().map(|_| 1))
        .collect();
    WordFile {
        landscape: true,
        blocks: vec![
            Block::Para(Para::new(heading).centred().bold()),
            caption(RollUpText::DistrictCaption),
            Block::Table {
                widths: vec![34, 13, 13, 20, 8, 12],
                rows: all,
            },
            caption(RollUpText::MatrixCaption),
            Block::Table {
                widths: matrix_widths,
                rows: matrix,
            },
            Block::Para(Para::heading(RollUpText::TrackerTitle.get(lang))),
            Block::Table {
                widths: vec![35, 20, 15, 30],
                rows: tracker,
            },
        ],
    }
}

/// The workbook's columns: the school's name, then a school's value columns.
pub fn xlsx_columns() -> Vec<Column> {
    std::iter::once(Column::Text).chain(VALUE_COLUMNS).collect()
}

fn units<'a>(roll: &'a RollUp, district: &'a str) -> Vec<(&'a str, &'a Progress)> {
    std::iter::once((district, &roll.district))
        .chain(roll.schools.iter().map(|s| (s.name.as_str(), &s.progress)))
        .collect()
}

/// What the office's report and roll-up file are made from: its roll-up on screen (of
/// `level`, if one is chosen), its data (who sent what, what it typed), the plan the deadlines
/// come from, and its name.
pub struct OfficeSources<'a> {
    pub roll: &'a RollUp,
    pub data: &'a District,
    pub base: &'a Plan,
    pub level: Option<Level>,
    pub office: &'a str,
}

#[derive(Serialize)]
struct RollUpFile<'a> {
    format: &'static str,
    version: u32,
    generated_at: &'a str,
    /// The authority the schools belong to, as their files name it.
    district: String,
    /// The office that made the roll-up, as it names itself on its page.
    office: &'a str,
    /// The authority above the office, as its report's head names it.
    #[serde(skip_serializing_if = "str::is_empty")]
    parent: &'a str,
    schools: Vec<&'a str>,
    values: Vec<RollUpValue<'a>>,
    /// Every school of the roll-up, an office's counting for all of its own.
    school_count: u32,
    /// What the office's plan measures, and what it adds up each period: what the level above
    /// reads (`domain::district::OfficeFile`).
    measured: Vec<Measured>,
    sent: Vec<SentPeriod>,
}

/// One indicator's value in one period, for the district (`school` absent) or a school.
#[derive(Serialize)]
struct RollUpValue<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    school: Option<&'a str>,
    indicator: &'a str,
    code: &'a str,
    period: Period,
    value: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    female: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    male: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    numerator: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    denominator: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    target: Option<f64>,
    status: Status,
    /// For the district: how many schools its value adds up.
    #[serde(skip_serializing_if = "Option::is_none")]
    schools: Option<usize>,
}

/// Every value of the roll-up as JSON, with what the level above adds up (described in
/// `docs/data-format.md`).
pub fn json(from: &OfficeSources, generated_at: &str) -> String {
    let roll = from.roll;
    let mut values = Vec::new();
    for (n, (unit, progress)) in units(roll, "").into_iter().enumerate() {
        for indicator in roll.plan.indicators() {
            let Some(p) = progress.indicator(&indicator.id) else {
                continue;
            };
            for row in &p.periods {
                let Some(value) = row.value else { continue };
                values.push(RollUpValue {
                    school: (n > 0).then_some(unit),
                    indicator: &indicator.id,
                    code: &indicator.code,
                    period: row.period,
                    value: value.total,
                    female: value.female,
                    male: value.male,
                    numerator: value.numerator,
                    denominator: value.denominator,
                    target: row.target,
                    status: row.status,
                    schools: (n == 0).then(|| roll.counted(&indicator.id, row.period).with_value),
                });
            }
        }
    }
    let (school_count, sent) = sent(from);
    let file = RollUpFile {
        format: ROLLUP_FORMAT,
        version: ROLLUP_VERSION,
        generated_at,
        district: from.data.parent(),
        office: from.office,
        parent: from.data.head.parent.trim(),
        schools: roll.schools.iter().map(|s| s.name.as_str()).collect(),
        values,
        school_count,
        measured: measured(from.base),
        sent,
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Each period some school sent: how many did, their figures added up, and for each
/// indicator some of them follow, the figures of the schools its value adds up (only those it
/// is computed from). Always every school's, whatever level the page is narrowed to: the
/// level above takes the file for the whole office.
fn sent(from: &OfficeSources) -> (u32, Vec<SentPeriod>) {
    let whole;
    let roll = match from.level {
        None => from.roll,
        Some(_) => {
            whole = roll_up(from.data, from.base, None);
            &whole
        }
    };
    let periods = Period::all(&roll.plan)
        .into_iter()
        .filter_map(|period| {
            let figures = from.data.summed(period, None)?;
            let schools = from
                .data
                .submissions
                .iter()
                .filter(|s| s.period == period)
                .fold(0u32, |n, s| n.saturating_add(s.schools()));
            let mut codes = HashSet::new();
            let sums = roll
                .plan
                .indicators()
                .zip(&roll.sums)
                // A code the plan gives twice is sent once, as the level above reads it.
                .filter(|(indicator, _)| codes.insert(key(&indicator.code)))
                .filter_map(|(indicator, sums)| {
                    let counted = roll.counted(&indicator.id, period);
                    (counted.following > 0).then(|| CodeSum {
                        code: indicator.code.clone(),
                        following: counted.following as u32,
                        with_value: counted.with_value as u32,
                        figures: sums
                            .get(&period)
                            .map(|f| only_read(indicator, f))
                            .unwrap_or_default(),
                    })
                })
                .collect();
            Some(SentPeriod {
                period,
                schools,
                figures,
                sums,
            })
        })
        .collect();
    (roll.school_count, periods)
}

/// The figures an indicator is computed from, of all `figures`.
fn only_read(indicator: &Indicator, figures: &PeriodFigures) -> PeriodFigures {
    let mut only = PeriodFigures::default();
    for field in indicator
        .measure
        .terms()
        .into_iter()
        .filter_map(Term::field_id)
    {
        if let Some(tally) = figures.0.get(field) {
            only.0.insert(field.to_string(), *tally);
        }
    }
    only
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::defaults::hoa_mai;
    use crate::domain::district::{roll_up, District, Submission};
    use crate::domain::plan::Part;

    fn district() -> District {
        let mut d = District::default();
        for (school, total, female) in [("Trường “A”, số 1", 10, 9), ("B", 30, 1)] {
            d.receive(vec![Submission {
                school: school.into(),
                parent: "UBND QUẬN X".into(),
                period: Period::half(2026),
                file: "f".into(),
                saved_at: String::new(),
                revision: 1,
                sent_on: chrono::NaiveDate::from_ymd_opt(2026, 6, 1).unwrap(),
                figures: PeriodFigures::default()
                    .with("key_leaders", Part::Total, Some(total))
                    .with("key_leaders", Part::Female, Some(female)),
                measured: None,
                read_on: None,
                office_sums: None,
            }]);
        }
        d
    }

    #[test]
    fn csv_has_the_district_then_each_school() {
        let roll = roll_up(&district(), &hoa_mai(), None);
        let text = csv(&roll, Lang::Vi);
        assert!(text.starts_with('\u{feff}'));
        let lines: Vec<&str> = text.trim_start_matches('\u{feff}').lines().collect();
        assert!(lines[0].starts_with("Trường,Mã"));
        assert!(lines[1].starts_with("Tất cả các trường,3.b,"));
        assert!(lines[1].contains(",25,%,,,10,40,"), "{}", lines[1]);
        assert!(lines[2].starts_with("B,3.b,"));
        assert!(lines[3].starts_with("\"Trường “A”, số 1\",3.b,"));
        assert_eq!(lines.len(), 4);
    }

    #[test]
    fn json_names_every_value() {
        let data = district();
        let base = hoa_mai();
        let roll = roll_up(&data, &base, None);
        let from = OfficeSources {
            roll: &roll,
            data: &data,
            base: &base,
            level: None,
            office: "UBND phường Y",
        };
        let text = json(&from, "2026-11-29T00:00:00Z");
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["format"], ROLLUP_FORMAT);
        assert_eq!(v["district"], "UBND QUẬN X");
        assert_eq!(v["office"], "UBND phường Y");
        let values = v["values"].as_array().unwrap();
        assert_eq!(values.len(), 3);
        assert_eq!(values[0]["school"], serde_json::Value::Null);
        assert_eq!(values[0]["numerator"], 10);
        assert_eq!(values[0]["denominator"], 40);
        assert_eq!(values[0]["schools"], 2);
        assert_eq!(values[0]["period"], "2026-H1");
        assert_eq!(values[1]["school"], "B");
        assert_eq!(values[2]["school"], "Trường “A”, số 1");
        let sent = &v["sent"][0];
        assert_eq!(
            (&sent["schools"], &v["school_count"]),
            (&2.into(), &2.into())
        );
        let leaders = sent["sums"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["code"] == "3.b")
            .unwrap();
        assert_eq!(leaders["with_value"], 2);
        assert_eq!(
            leaders["figures"],
            serde_json::json!({"key_leaders": {"total": 40, "female": 10}})
        );
    }

    /// Schools' figures (key leaders, staff, communicators, website quarters, parents
    /// reached): of the first half of 2026, the year 2026's from a name ending in "Y", 4.b not
    /// applicable for one ending in "NA".
    fn schools(names: &[(&str, u32)]) -> District {
        let mut d = District::default();
        for &(name, n) in names {
            let period = match name.ends_with('Y') {
                true => Period::annual(2026),
                false => Period::half(2026),
            };
            let mut plan = hoa_mai();
            if name.ends_with("NA") {
                let ind = plan.objectives[3].indicators.iter_mut();
                for i in ind.filter(|i| i.code == "4.b") {
                    i.not_applicable = Some("Không có tổ truyền thông".into());
                }
            }
            let figures = PeriodFigures::default()
                .with("key_leaders", Part::Total, Some(3 + n % 3))
                .with("key_leaders", Part::Female, Some(1 + n % 2))
                .with("staff", Part::Total, Some(20 + n))
                .with("staff", Part::Female, Some(18 + n / 2))
                .with("communicators", Part::Total, Some(n))
                .with("website_quarters", Part::Total, Some(n % 3))
                .with("parents_reached", Part::Total, Some(100 * n));
            d.receive(vec![Submission {
                school: name.into(),
                parent: "UBND PHƯỜNG".into(),
                period,
                file: format!("{name}.json"),
                saved_at: String::new(),
                revision: 1,
                sent_on: chrono::NaiveDate::from_ymd_opt(2026, 6, 1).unwrap(),
                figures,
                measured: Some(measured(&plan)),
                read_on: None,
                office_sums: None,
            }]);
        }
        d
    }

    /// An office's roll-up file, as the level above reads it.
    fn office_file(office: &str, data: &District) -> crate::domain::district::OfficeFile {
        let base = hoa_mai();
        let roll = roll_up(data, &base, None);
        let from = OfficeSources {
            roll: &roll,
            data,
            base: &base,
            level: None,
            office,
        };
        crate::domain::district::read_office_file(&json(&from, "2026-06-08T00:00:00Z")).unwrap()
    }

    #[test]
    fn offices_roll_up_at_the_level_above_as_their_schools_would() {
        // Office B's third school sent only the year; office C's one school marked 4.b not
        // applicable.
        let a = [("S1", 1), ("S2 NA", 2), ("S3", 3)];
        let b = [("S4", 4), ("S5", 5), ("S6 Y", 6)];
        let c = [("S7 NA", 7)];
        let day = |iso: &str| chrono::NaiveDate::parse_from_str(iso.get(..10)?, "%Y-%m-%d").ok();
        let received = chrono::NaiveDate::from_ymd_opt(2026, 6, 20).unwrap();
        let mut province = District::default();
        for (office, names) in [
            ("Phòng A", &a[..]),
            ("Phòng B", &b[..]),
            ("Phòng C", &c[..]),
        ] {
            let file = office_file(office, &schools(names));
            province.receive(file.submissions(office, received, &day, &hoa_mai()));
        }
        let all: Vec<_> = a.iter().chain(&b).chain(&c).copied().collect();
        let flat = roll_up(&schools(&all), &hoa_mai(), None);
        let up = roll_up(&province, &hoa_mai(), None);
        assert_eq!(up.district, flat.district);
        assert_eq!(up.counted, flat.counted);
        assert_eq!(up.plan, flat.plan);
        let period = Period::half(2026);
        let value = |p: &Progress, id: &str| p.indicator(id).unwrap().at(period).unwrap().value;
        // 4.b: communicators over staff, without the school that marked it not applicable.
        let communicators = value(&up.district, "4b").unwrap();
        assert_eq!(
            (communicators.numerator, communicators.denominator),
            (Some(1 + 3 + 4 + 5), Some(21 + 23 + 24 + 25))
        );
        assert_eq!(up.counted("4b", period).following, 4);
        // A count's target is a school's times the seven schools, whichever periods they sent.
        let parents = up.plan.indicators().find(|i| i.id == "4a-ph").unwrap();
        assert_eq!(parents.milestones[0].value, 7.0 * 350.0);
        // No school of office C follows 4.b: not applicable to it, not missing.
        let status = |row: &SchoolProgress, id: &str| {
            row.progress
                .indicator(id)
                .unwrap()
                .at(period)
                .unwrap()
                .status
        };
        assert_eq!(status(&up.schools[2], "4b"), Status::NotApplicable);
        assert_eq!(status(&up.schools[2], "3b"), Status::OffTrack);
        // Each office's own row is its roll-up's, a count's target its schools' together.
        let office_a = roll_up(&schools(&a), &hoa_mai(), None);
        let row = &up.schools[0];
        assert_eq!(row.name, "Phòng A");
        for id in ["3b", "4b", "4c", "4a-ph"] {
            assert_eq!(
                row.progress.indicator(id).unwrap().at(period),
                office_a.district.indicator(id).unwrap().at(period),
                "{id}"
            );
        }
    }
}
