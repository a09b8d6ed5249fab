//! Reporting periods (a 6-month review and an annual review each year), their deadlines, and
//! the plan's key days.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use serde::{Serialize, Serializer};

use super::json::{Fault, FromJson, Reader};

use super::plan::{KeyDay, Plan, ReportingRule};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PeriodKind {
    /// Sơ kết 6 tháng: January to June, due 10 June.
    HalfYear,
    /// Tổng kết năm: the whole year, due 20 December.
    Annual,
}

/// One reporting period. Ordered in time: the 6-month review of a year comes before its
/// annual review.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Period {
    pub year: i32,
    pub kind: PeriodKind,
}

impl Period {
    pub fn half(year: i32) -> Self {
        Period {
            year,
            kind: PeriodKind::HalfYear,
        }
    }

    pub fn annual(year: i32) -> Self {
        Period {
            year,
            kind: PeriodKind::Annual,
        }
    }

    /// Where the period sits on the plan's time line, in years: an annual review at the end
    /// of its year, a 6-month review half a year earlier. Targets "by 2025" sit at 2025.0.
    pub fn position(&self) -> f64 {
        match self.kind {
            PeriodKind::HalfYear => self.year as f64 - 0.5,
            PeriodKind::Annual => self.year as f64,
        }
    }

    /// The period at a position on the time line, the inverse of [`Period::position`].
    pub fn at_position(t: f64) -> Period {
        if t.fract() == 0.0 {
            Period::annual(t as i32)
        } else {
            Period::half(t.ceil() as i32)
        }
    }

    pub fn quarters(&self) -> u32 {
        match self.kind {
            PeriodKind::HalfYear => 2,
            PeriodKind::Annual => 4,
        }
    }

    pub fn due_date(&self, rule: &ReportingRule) -> Option<NaiveDate> {
        let (month, day) = match self.kind {
            PeriodKind::HalfYear => rule.half_year_due,
            PeriodKind::Annual => rule.annual_due,
        };
        NaiveDate::from_ymd_opt(self.year, month, day)
    }

    /// Every period of the plan, in order.
    pub fn all(plan: &Plan) -> Vec<Period> {
        (plan.start_year..=plan.end_year)
            .flat_map(|y| [Period::half(y), Period::annual(y)])
            .collect()
    }

    pub fn is_within(&self, plan: &Plan) -> bool {
        (plan.start_year..=plan.end_year).contains(&self.year)
    }

    /// The period whose report is made next on or after `today`, if the plan has one left.
    pub fn next_due(plan: &Plan, today: NaiveDate) -> Option<(Period, NaiveDate)> {
        Period::all(plan)
            .into_iter()
            .filter_map(|p| p.due_date(&plan.reporting).map(|d| (p, d)))
            .find(|(_, due)| *due >= today)
    }

    /// The period a user is most likely filling in on `today`: the year's 6-month review until
    /// the end of June, its annual review after. Clamped to the plan's years.
    pub fn current(plan: &Plan, today: NaiveDate) -> Period {
        let year = plan.year_within(today.year());
        if today.year() > plan.end_year {
            return Period::annual(plan.end_year);
        }
        if today.year() < plan.start_year || today.month() <= 6 {
            return Period::half(year);
        }
        Period::annual(year)
    }
}

impl fmt::Display for Period {
    /// The stable key used in files and URLs: "2025-H1" or "2025-Y".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            PeriodKind::HalfYear => write!(f, "{}-H1", self.year),
            PeriodKind::Annual => write!(f, "{}-Y", self.year),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadPeriod(pub String);

impl FromStr for Period {
    type Err = BadPeriod;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || BadPeriod(s.to_string());
        let (year, kind) = s.split_once('-').ok_or_else(bad)?;
        let year: i32 = year.parse().map_err(|_| bad())?;
        if !(1900..=2200).contains(&year) {
            return Err(bad());
        }
        let kind = match kind {
            "H1" => PeriodKind::HalfYear,
            "Y" => PeriodKind::Annual,
            _ => return Err(bad()),
        };
        Ok(Period { year, kind })
    }
}

impl Serialize for Period {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl FromJson for Period {
    fn read(json: &mut Reader<'_>) -> Result<Period, Fault> {
        json.text_as(|text| text.parse().ok())
    }
}

/// The next time a key day comes round on or after `today` (a span still running counts).
pub fn next_occurrence(day: &KeyDay, today: NaiveDate) -> Option<(NaiveDate, Option<NaiveDate>)> {
    [today.year(), today.year() + 1]
        .into_iter()
        .find_map(|year| {
            let start = NaiveDate::from_ymd_opt(year, day.start.0, day.start.1)?;
            let end = match day.end {
                Some((m, d)) => Some(NaiveDate::from_ymd_opt(year, m, d)?),
                None => None,
            };
            (end.unwrap_or(start) >= today).then_some((start, end))
        })
}

/// The plan's key days in the order they next come round.
pub fn upcoming_key_days(
    plan: &Plan,
    today: NaiveDate,
) -> Vec<(&KeyDay, NaiveDate, Option<NaiveDate>)> {
    let days: Vec<_> = plan
        .key_days
        .iter()
        .filter_map(|d| next_occurrence(d, today).map(|(s, e)| (d, s, e)))
        .collect();
    super::order_by_key(days.iter().map(|(_, start, _)| (*start - today).num_days()))
        .into_iter()
        .map(|i| days[i])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::defaults::hoa_mai;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn keys_round_trip_and_order() {
        let h = Period::half(2025);
        let y = Period::annual(2025);
        assert_eq!(h.to_string(), "2025-H1");
        assert_eq!("2025-Y".parse::<Period>(), Ok(y));
        assert!(h < y && y < Period::half(2026));
        assert!("2025-Q3".parse::<Period>().is_err());
        assert!("abcd-Y".parse::<Period>().is_err());
        assert!("99999-Y".parse::<Period>().is_err());
    }

    #[test]
    fn positions_put_targets_at_year_end() {
        assert_eq!(Period::annual(2025).position(), 2025.0);
        assert_eq!(Period::half(2025).position(), 2024.5);
        assert_eq!(Period::at_position(2024.5), Period::half(2025));
        assert_eq!(Period::at_position(2025.0), Period::annual(2025));
    }

    #[test]
    fn deadlines_follow_the_reporting_rule() {
        let plan = hoa_mai();
        assert_eq!(
            Period::half(2026).due_date(&plan.reporting),
            Some(date(2026, 6, 10))
        );
        assert_eq!(
            Period::next_due(&plan, date(2026, 11, 29)),
            Some((Period::annual(2026), date(2026, 12, 20)))
        );
        assert_eq!(
            Period::next_due(&plan, date(2026, 12, 21)),
            Some((Period::half(2027), date(2027, 6, 10)))
        );
        assert_eq!(Period::next_due(&plan, date(2030, 12, 21)), None);
        assert_eq!(Period::all(&plan).len(), 20);
    }

    #[test]
    fn current_period_follows_the_calendar() {
        let plan = hoa_mai();
        assert_eq!(Period::current(&plan, date(2026, 3, 1)), Period::half(2026));
        assert_eq!(
            Period::current(&plan, date(2026, 11, 29)),
            Period::annual(2026)
        );
        assert_eq!(
            Period::current(&plan, date(2035, 1, 1)),
            Period::annual(2030)
        );
        assert_eq!(Period::current(&plan, date(2019, 9, 1)), Period::half(2021));
    }

    #[test]
    fn key_days_come_round_in_order() {
        let plan = hoa_mai();
        let next = upcoming_key_days(&plan, date(2026, 11, 29));
        // The action month (15/11-15/12) is still running on 29/11.
        assert_eq!(next[0].1, date(2026, 11, 15));
        assert_eq!(next[1].1, date(2027, 3, 8));
        assert_eq!(next.len(), 4);
    }
}
