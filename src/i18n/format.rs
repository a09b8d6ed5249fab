//! Numbers, dates, periods, statuses and targets in words, in the language chosen.

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};

use super::{Lang, T};
use crate::domain::period::{Period, PeriodKind};
use crate::domain::plan::{FieldGroup, Indicator, Measure, Milestone, Part, Sense};
use crate::domain::progress::{PeriodProgress, Status};

/// A number with at most `decimals` decimals, trailing zeros dropped, grouped in thousands:
/// "1.234,5" and "9,1" in Vietnamese, "1,234.5" and "9.1" in English.
pub fn format_number(lang: Lang, x: f64, decimals: usize) -> String {
    let (group, point) = match lang {
        Lang::Vi => ('.', ','),
        Lang::En => (',', '.'),
    };
    let (negative, int, frac) = fixed_point(x, decimals);
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push(point);
        out.push_str(&frac);
    }
    out
}

/// A number written with a decimal point and no grouping, for files: "1234.5".
pub fn plain_number(x: f64, decimals: usize) -> String {
    let (negative, int, frac) = fixed_point(x, decimals);
    let sign = if negative { "-" } else { "" };
    if frac.is_empty() {
        format!("{sign}{int}")
    } else {
        format!("{sign}{int}.{frac}")
    }
}

/// The sign, whole digits and decimals (trailing zeros dropped) of `x` rounded to `decimals`
/// places, half away from zero as the progress engine judges values: 6,25 is shown as 6,3 and
/// judged as 6,3. Done in integers: Rust's float formatting would round ties to even.
fn fixed_point(x: f64, decimals: usize) -> (bool, String, String) {
    let scale = 10u64.pow(decimals as u32);
    let scaled = (x.abs() * scale as f64).round() as u64;
    let frac = format!("{:0width$}", scaled % scale, width = decimals);
    let frac = frac.trim_end_matches('0').to_string();
    let frac = if decimals == 0 { String::new() } else { frac };
    (x < 0.0 && scaled != 0, (scaled / scale).to_string(), frac)
}

pub fn format_percent(lang: Lang, x: f64) -> String {
    format!("{}%", format_number(lang, x, 1))
}

/// An indicator's value in its unit: "48,3%" or "350 phụ huynh".
pub fn format_value(lang: Lang, indicator: &Indicator, x: f64) -> String {
    match &indicator.measure {
        Measure::Ratio { .. } => format_percent(lang, x),
        Measure::Count { unit, .. } if unit.is_empty() => format_number(lang, x, 0),
        Measure::Count { unit, .. } => format!("{} {}", format_number(lang, x, 0), unit),
    }
}

const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A date in the language's style: 29/11/2026, or 29 Nov 2026. (Written out by hand: chrono's
/// format strings cost the app more bytes than the rest of its date code.)
pub fn format_date(lang: Lang, d: NaiveDate) -> String {
    match lang {
        Lang::Vi => format!("{:02}/{:02}/{}", d.day(), d.month(), d.year()),
        Lang::En => format!(
            "{} {}",
            format_day_month(lang, (d.month(), d.day())),
            d.year()
        ),
    }
}

/// A date and time of day: "29/11/2026 15:04", or "29 Nov 2026 15:04".
pub fn format_date_time(lang: Lang, t: NaiveDateTime) -> String {
    format!(
        "{} {:02}:{:02}",
        format_date(lang, t.date()),
        t.hour(),
        t.minute()
    )
}

/// A day of the year without the year: 8/3, or 8 Mar.
pub fn format_day_month(lang: Lang, (month, day): (u32, u32)) -> String {
    match lang {
        Lang::Vi => format!("{day}/{month}"),
        Lang::En => format!(
            "{day} {}",
            MONTHS_EN.get(month.wrapping_sub(1) as usize).unwrap_or(&"")
        ),
    }
}

pub fn period_name(lang: Lang, period: Period) -> String {
    match (period.kind, lang) {
        (PeriodKind::HalfYear, Lang::Vi) => format!("Sơ kết 6 tháng đầu năm {}", period.year),
        (PeriodKind::Annual, Lang::Vi) => format!("Tổng kết năm {}", period.year),
        (PeriodKind::HalfYear, Lang::En) => format!("{} six-month review", period.year),
        (PeriodKind::Annual, Lang::En) => format!("{} annual review", period.year),
    }
}

/// A short period label for table columns and chart axes: "6T/2025", "Năm 2025".
pub fn period_short(lang: Lang, period: Period) -> String {
    match (period.kind, lang) {
        (PeriodKind::HalfYear, Lang::Vi) => format!("6T/{}", period.year),
        (PeriodKind::Annual, Lang::Vi) => format!("Năm {}", period.year),
        (PeriodKind::HalfYear, Lang::En) => format!("H1 {}", period.year),
        (PeriodKind::Annual, Lang::En) => format!("Year {}", period.year),
    }
}

pub fn status_text(status: Status) -> T {
    match status {
        Status::Met => T::StatusMet,
        Status::OnTrack => T::StatusOnTrack,
        Status::PaceUnknown => T::StatusPaceUnknown,
        Status::Behind => T::StatusBehind,
        Status::OffTrack => T::StatusOffTrack,
        Status::NoData => T::StatusNoData,
        Status::NotApplicable => T::StatusNotApplicable,
    }
}

pub fn status_name(lang: Lang, status: Status) -> &'static str {
    status_text(status).get(lang)
}

/// A symbol for each status, so that status never rests on colour alone.
pub fn status_icon(status: Status) -> &'static str {
    match status {
        Status::Met => "✔",
        Status::OnTrack => "↗",
        Status::PaceUnknown => "?",
        Status::Behind => "⚠",
        Status::OffTrack => "✖",
        Status::NoData => "…",
        Status::NotApplicable => "⊘",
    }
}

/// A target the way the plan writes it: "duy trì 100%", "ít nhất 9,1% từ năm 2025 trở đi",
/// "trên 9,1%", "ít nhất 350 phụ huynh", "đạt 100%".
pub fn target_text(lang: Lang, indicator: &Indicator, milestone: Milestone) -> String {
    let value = format_value(lang, indicator, milestone.value);
    let full = reaches_full(indicator, milestone);
    let names_year = names_its_year(indicator, milestone);
    let year = milestone.year;
    let value = match (indicator.yearly, lang) {
        (true, Lang::Vi) => format!("{value} trong năm"),
        (true, Lang::En) => format!("{value} in the year"),
        (false, _) => value,
    };
    match (lang, indicator.sense) {
        (Lang::Vi, Sense::Maintain) => format!("duy trì {value}"),
        (Lang::Vi, Sense::Above) => format!("trên {value}"),
        (Lang::Vi, Sense::AtLeast) if full => format!("đạt {value}"),
        (Lang::Vi, Sense::AtLeast) if names_year => format!("ít nhất {value} từ năm {year} trở đi"),
        (Lang::Vi, Sense::AtLeast) => format!("ít nhất {value}"),
        (Lang::En, Sense::Maintain) => format!("maintain {value}"),
        (Lang::En, Sense::Above) => format!("above {value}"),
        (Lang::En, Sense::AtLeast) if full => format!("reach {value}"),
        (Lang::En, Sense::AtLeast) if names_year => format!("at least {value} from {year} on"),
        (Lang::En, Sense::AtLeast) => format!("at least {value}"),
    }
}

/// Whether a milestone is a ratio of 100% or more ("đạt 100%").
fn reaches_full(indicator: &Indicator, milestone: Milestone) -> bool {
    matches!(indicator.measure, Measure::Ratio { .. }) && milestone.value >= 100.0
}

/// Whether the target's text names its year: the plan's only milestone, "at least" and not
/// 100% ("ít nhất 9,1% từ năm 2025 trở đi").
fn names_its_year(indicator: &Indicator, milestone: Milestone) -> bool {
    matches!(indicator.sense, Sense::AtLeast)
        && indicator.milestones.len() == 1
        && !reaches_full(indicator, milestone)
}

/// The target for a given year as shown in the dashboard's 2025 and 2030 columns: the
/// milestone of that year, or the one that still holds from an earlier year.
pub fn target_for_column(lang: Lang, indicator: &Indicator, year: i32) -> String {
    let sorted = indicator.milestones_by_year();
    if let Some(m) = sorted.iter().find(|m| m.year == year) {
        return target_text(lang, indicator, *m);
    }
    if let Some(next) = sorted.iter().find(|m| m.year > year) {
        return match lang {
            Lang::Vi => format!("— (mốc năm {})", next.year),
            Lang::En => format!("— (target year {})", next.year),
        };
    }
    let Some(held) = sorted.last() else {
        return "—".to_string();
    };
    let text = target_text(lang, indicator, *held);
    if names_its_year(indicator, *held) {
        text
    } else {
        match lang {
            Lang::Vi => format!("{text} (từ năm {})", held.year),
            Lang::En => format!("{text} (from {})", held.year),
        }
    }
}

/// A difference between two values of an indicator: "15 điểm %" for a ratio, "250 phụ huynh"
/// for a count.
pub fn format_gap(lang: Lang, indicator: &Indicator, d: f64) -> String {
    match (&indicator.measure, lang) {
        (Measure::Ratio { .. }, Lang::Vi) => format!("{} điểm %", format_number(lang, d, 1)),
        (Measure::Ratio { .. }, Lang::En) => {
            format!("{} percentage points", format_number(lang, d, 1))
        }
        (Measure::Count { .. }, _) => format_value(lang, indicator, d),
    }
}

/// What a period's status rests on, in sentences: the milestone missed and the level expected
/// for one behind, or why the pace is not judged and how far the target is.
pub fn standing_text(
    lang: Lang,
    indicator: &Indicator,
    group: FieldGroup,
    row: &PeriodProgress,
) -> Vec<String> {
    let value = |x: f64| format_value(lang, indicator, x);
    let mut out = Vec::new();
    let Some(v) = row.value else {
        return out;
    };
    match row.status {
        Status::PaceUnknown if indicator.milestones.is_empty() => {
            out.push(T::BaselineNoTargets.get(lang).to_string());
        }
        Status::PaceUnknown => {
            out.push(T::PaceUnknownText.get(lang).to_string());
            let target_year = indicator
                .milestones_by_year()
                .into_iter()
                .find(|m| m.year >= row.period.year)
                .map(|m| m.year);
            if let (Some(t), Some(y)) = (row.target, target_year) {
                out.push(T::DistanceToTarget.with(
                    lang,
                    &[
                        ("t", &value(t)),
                        ("y", &y.to_string()),
                        ("d", &format_gap(lang, indicator, (t - v.total).max(0.0))),
                    ],
                ));
            }
        }
        Status::Behind | Status::OffTrack => {
            if let Some(m) = row.missed {
                out.push(
                    T::MissedMilestone
                        .with(lang, &[("t", &value(m.value)), ("y", &m.year.to_string())]),
                );
            }
            // Name the part that lags: one sex, or the whole.
            let lags = |s: Option<Status>| s.is_some_and(|s| s.needs_attention());
            let part = if lags(row.female_status) {
                Some((Part::Female, v.female, row.female_expected))
            } else if lags(row.male_status) {
                Some((Part::Male, v.male, row.male_expected))
            } else {
                None
            };
            let (prefix, expected) = match part {
                Some((part, Some(x), e)) => (
                    format!("{}: {}. ", sex_label(lang, group, part), value(x)),
                    e,
                ),
                _ => (String::new(), row.expected),
            };
            if let Some(e) = expected {
                let below = T::BelowExpected.with(lang, &[("e", &value(e))]);
                out.push(format!("{prefix}{below}"));
            }
        }
        _ => {}
    }
    out
}

pub fn female_label(lang: Lang, group: FieldGroup) -> &'static str {
    match group {
        FieldGroup::Children => T::OfWhichGirls,
        _ => T::OfWhichFemale,
    }
    .get(lang)
}

pub fn sex_label(lang: Lang, group: FieldGroup, part: Part) -> &'static str {
    match (group, part) {
        (FieldGroup::Children, Part::Female) => T::Girls,
        (FieldGroup::Children, Part::Male) => T::Boys,
        (_, Part::Female) => T::Female,
        (_, Part::Male) => T::Male,
        (_, Part::Total) => T::Total,
    }
    .get(lang)
}

/// A size in kB or MB, as people read file sizes: "12,5 MB".
pub fn format_bytes(lang: Lang, bytes: f64) -> String {
    if bytes < 1_000_000.0 {
        format!("{} kB", format_number(lang, bytes / 1000.0, 0))
    } else {
        format!("{} MB", format_number(lang, bytes / 1_000_000.0, 1))
    }
}

/// "còn 21 ngày" / "21 days left".
pub fn days_left(lang: Lang, today: NaiveDate, due: NaiveDate) -> String {
    let n = (due - today).num_days();
    if n == 0 {
        T::DueToday.get(lang).to_string()
    } else {
        T::DaysLeft.with(lang, &[("n", &n.to_string())])
    }
}

/// A document's date line as Nghị định 30/2020/NĐ-CP writes it: a leading 0 only for days
/// below 10 and for January and February. "Đống Đa, ngày 08 tháng 6 năm 2026".
pub fn place_and_date(place: &str, d: NaiveDate) -> String {
    let month = if d.month() <= 2 {
        format!("{:02}", d.month())
    } else {
        d.month().to_string()
    };
    format!(
        "{place}, ngày {:02} tháng {month} năm {}",
        d.day(),
        d.year()
    )
}
