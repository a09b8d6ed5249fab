//! A report carried whole inside a link: its content as JSON, compressed with lz-string into
//! characters that are safe in a URL fragment. The fragment never reaches any server, and the
//! link opens the report read-only.

use crate::domain::report::Report;

/// The longest link data read. A report's link is a few thousand characters; lz-string's
/// output can grow with the square of its input, so a longer, crafted link could exhaust a
/// tablet's memory before any check on the result.
pub const MAX_LINK: usize = 16_000;
/// The longest report text accepted once decompressed.
const MAX_TEXT: usize = 1_000_000;

pub fn encode(report: &Report) -> String {
    let json = serde_json::to_string(report).unwrap_or_default();
    lz_str::compress_to_encoded_uri_component(json.as_str())
}

/// The report a link carries, or `None` if the link is damaged or not one of ours.
pub fn decode(data: &str) -> Option<Report> {
    if data.len() > MAX_LINK {
        return None;
    }
    let wide = lz_str::decompress_from_encoded_uri_component(data)?;
    if wide.len() > MAX_TEXT {
        return None;
    }
    crate::domain::json::read(&String::from_utf16(&wide).ok()?).ok()
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
        // A long run that would expand hugely is refused before it is read.
        assert_eq!(decode(&"a".repeat(MAX_LINK + 1)), None);
    }
}
