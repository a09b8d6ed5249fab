//! A report carried whole inside a link: its content as JSON, compressed with lz-string into
//! characters that are safe in a URL fragment. The fragment never reaches any server, and the
//! link opens the report read-only.

use crate::domain::report::Report;

/// Far above any report (a whole report is a few kB of text), low enough to refuse a link made
/// to exhaust the tablet's memory.
const MAX_TEXT: usize = 1_000_000;

pub fn encode(report: &Report) -> String {
    let json = serde_json::to_string(report).unwrap_or_default();
    lz_str::compress_to_encoded_uri_component(json.as_str())
}

/// The report a link carries, or `None` if the link is damaged or not one of ours.
pub fn decode(data: &str) -> Option<Report> {
    if data.len() > MAX_TEXT {
        return None;
    }
    let wide = lz_str::decompress_from_encoded_uri_component(data)?;
    if wide.len() > MAX_TEXT {
        return None;
    }
    serde_json::from_str(&String::from_utf16(&wide).ok()?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::report::{ReportObjective, ReportRow};

    #[test]
    fn a_report_survives_the_link() {
        let report = Report {
            period: "2026-H1".into(),
            issuer: "TRƯỜNG MẦM NON HOA MAI".into(),
            objectives: vec![ReportObjective {
                title: "Mục tiêu 2".into(),
                rows: vec![ReportRow {
                    code: "2.a".into(),
                    value: "70%".into(),
                    ..Default::default()
                }],
            }],
            ..Default::default()
        };
        let link = encode(&report);
        assert!(link
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-$".contains(c)));
        assert_eq!(decode(&link), Some(report));
    }

    #[test]
    fn a_damaged_link_is_refused() {
        assert_eq!(decode("not-a-report"), None);
        assert_eq!(decode(""), None);
        let good = encode(&Report::default());
        assert_eq!(decode(&good[..good.len() / 2]), None);
    }
}
