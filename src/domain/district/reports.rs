//! What the office writes on its own report to the level above, kept with its data: how its
//! reports are headed and signed (set once), and each period's number and parts IV and V.

use serde::Serialize;

use super::District;
use crate::domain::period::Period;
use crate::domain::report::Signer;

/// How the office's reports are headed, addressed and signed.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ReportHead {
    /// The line above the office's name ("UBND THÀNH PHỐ HÀ NỘI"); often none.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub parent: String,
    /// The place before the date ("Hà Nội"); empty: the plan's.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub place: String,
    /// The level above, which the report goes to ("Sở Giáo dục và Đào tạo Hà Nội").
    #[serde(skip_serializing_if = "String::is_empty")]
    pub recipient: String,
    #[serde(skip_serializing_if = "Signer::is_empty")]
    pub signer: Signer,
}

from_object!(ReportHead {
    parent: default,
    place: default,
    recipient: default,
    signer: default
});

impl ReportHead {
    pub fn is_empty(&self) -> bool {
        *self == ReportHead::default()
    }
}

/// The office's report of one period, as far as it typed it: the rest is drawn from the
/// roll-up each time it is shown.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OfficeReport {
    pub period: Period,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub number: String,
    /// Parts IV and V as the office wrote them; `None` until edited (the draft is shown).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limitations: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_steps: Option<String>,
}

from_object!(OfficeReport {
    period,
    number: default,
    limitations: default,
    next_steps: default
});

impl OfficeReport {
    pub fn new(period: Period) -> OfficeReport {
        OfficeReport {
            period,
            number: String::new(),
            limitations: None,
            next_steps: None,
        }
    }
}

impl District {
    /// The office's report of `period`: as it typed it, or a new one.
    pub fn report(&self, period: Period) -> OfficeReport {
        self.reports
            .iter()
            .find(|r| r.period == period)
            .cloned()
            .unwrap_or_else(|| OfficeReport::new(period))
    }

    /// Keeps what the office typed on a report; one with nothing typed is not kept.
    pub fn set_report(&mut self, report: OfficeReport) {
        self.reports.retain(|r| r.period != report.period);
        if report != OfficeReport::new(report.period) {
            self.reports.push(report);
            self.reports.sort_by_key(|r| r.period);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_keeps_what_was_typed_and_drops_when_nothing_is() {
        let mut d = District::default();
        let period = Period::half(2026);
        assert_eq!(d.report(period), OfficeReport::new(period));
        let mut r = d.report(period);
        r.limitations = Some("Hai trường gửi muộn.".into());
        d.set_report(r.clone());
        d.set_report(OfficeReport {
            number: "12/BC-UBND".into(),
            ..OfficeReport::new(Period::annual(2025))
        });
        assert_eq!(d.report(period), r);
        assert_eq!(d.reports[0].period, Period::annual(2025));
        let back = District::from_json(&d.to_json()).unwrap();
        assert_eq!(back, d);
        d.set_report(OfficeReport::new(period));
        d.set_report(OfficeReport::new(Period::annual(2025)));
        assert!(d.reports.is_empty());
    }
}
