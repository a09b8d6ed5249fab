//! The indicator values per period as CSV, for Excel and other spreadsheets.
//!
//! RFC 4180: comma-separated, fields quoted when needed, CRLF line ends; UTF-8 with a byte-order
//! mark, without which Excel reads the file in the system's code page and garbles the
//! Vietnamese diacritics. Numbers are written with a decimal point, as in the data file; a
//! spreadsheet set to a decimal comma may need its import settings to read them as numbers.
//! A text that a spreadsheet would run as a formula (starting with `=`, `+`, `-` or `@`, their
//! full-width forms, a tab or a carriage return) is written with a leading `'`.

use crate::domain::plan::Plan;
use crate::domain::progress::Progress;
use crate::i18n::{period_name, plain_number, status_name, Lang, ViewText};

const BOM: char = '\u{feff}';

/// One row per indicator and period with a value, with the headers in `lang`.
pub fn indicator_values(plan: &Plan, progress: &Progress, lang: Lang) -> String {
    let mut rows = vec![headers(lang)];
    rows.extend(value_rows(plan, progress, lang));
    write(&rows)
}

/// The headers of [`value_rows`] in `lang`.
pub fn headers(lang: Lang) -> Vec<String> {
    [
        ViewText::CsvCode,
        ViewText::CsvIndicator,
        ViewText::CsvPeriod,
        ViewText::CsvPeriodName,
        ViewText::CsvValue,
        ViewText::CsvUnit,
        ViewText::CsvWomen,
        ViewText::CsvMen,
        ViewText::CsvNumerator,
        ViewText::CsvDenominator,
        ViewText::CsvTarget,
        ViewText::CsvStatus,
    ]
    .iter()
    .map(|t| t.get(lang).to_string())
    .collect()
}

/// Each indicator's value in each period that has one.
pub fn value_rows(plan: &Plan, progress: &Progress, lang: Lang) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    for indicator in plan.indicators() {
        let Some(indicator_progress) = progress.indicator(&indicator.id) else {
            continue;
        };
        let unit = match &indicator.measure {
            crate::domain::plan::Measure::Ratio { .. } => "%".to_string(),
            crate::domain::plan::Measure::Count { unit, .. } => unit.clone(),
        };
        for p in &indicator_progress.periods {
            let Some(value) = p.value else { continue };
            let number = |x: Option<f64>| x.map(decimal).unwrap_or_default();
            let whole = |x: Option<u32>| x.map(|n| n.to_string()).unwrap_or_default();
            rows.push(vec![
                indicator.code.clone(),
                indicator.name.clone(),
                p.period.to_string(),
                period_name(lang, p.period),
                decimal(value.total),
                unit.clone(),
                number(value.female),
                number(value.male),
                whole(value.numerator),
                whole(value.denominator),
                number(p.target),
                status_name(lang, p.status).to_string(),
            ]);
        }
    }
    rows
}

fn decimal(x: f64) -> String {
    plain_number(x, 1)
}

/// What makes a spreadsheet read a cell as a formula, full-width forms (which Excel folds to
/// the plain ones) and a leading tab or carriage return included.
const FORMULA_STARTS: [char; 10] = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];

/// The rows as CSV text, byte-order mark first.
pub fn write(rows: &[Vec<String>]) -> String {
    let mut out = String::from(BOM);
    for row in rows {
        for (i, field) in row.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            let guarded;
            let field = if field.starts_with(FORMULA_STARTS) && field.parse::<f64>().is_err() {
                guarded = format!("'{field}");
                &guarded
            } else {
                field
            };
            if field.contains([',', '"', '\n', '\r']) {
                out.push('"');
                out.push_str(&field.replace('"', "\"\""));
                out.push('"');
            } else {
                out.push_str(field);
            }
        }
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::figures::{PeriodFigures, Tally};
    use crate::domain::period::Period;
    use crate::domain::progress;

    #[test]
    fn fields_are_quoted_only_when_needed() {
        let rows = vec![
            vec!["a".to_string(), "b, c".to_string()],
            vec!["say \"hi\"".to_string(), "Nữ".to_string()],
            vec!["=HYPERLINK(1)".to_string(), "-2.5".to_string()],
        ];
        assert_eq!(
            write(&rows),
            "\u{feff}a,\"b, c\"\r\n\"say \"\"hi\"\"\",Nữ\r\n'=HYPERLINK(1),-2.5\r\n"
        );
    }

    #[test]
    fn every_start_of_a_formula_is_guarded() {
        for text in ["\t=1+1", "\r=1+1", "＝1+1", "＋1", "－1", "＠SUM(A1)"] {
            let out = write(&[vec![text.to_string()]]);
            let cell = out.trim_start_matches('\u{feff}').trim_start_matches('"');
            assert!(cell.starts_with('\''), "{text:?} -> {out:?}");
        }
        // Numbers stay numbers.
        assert_eq!(write(&[vec!["-2.5".into()]]), "\u{feff}-2.5\r\n");
    }

    #[test]
    fn one_row_per_indicator_and_period_with_a_value() {
        let mut doc = crate::defaults::document();
        let mut f = PeriodFigures::default();
        f.0.insert(
            "masters".into(),
            Tally {
                total: Some(3),
                female: Some(2),
            },
        );
        doc.set_period_figures(Period::annual(2025), f);
        let progress = progress::compute(&doc.plan, &doc.figures);
        let csv = indicator_values(&doc.plan, &progress, Lang::Vi);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert!(lines[0].starts_with("\u{feff}Mã,Chỉ tiêu,Kỳ"));
        assert_eq!(lines.len(), 3, "{csv}");
        assert!(lines[1].starts_with("3.d"), "{}", lines[1]);
        assert!(
            lines[1].contains(",2025-Y,Tổng kết năm 2025,66.7,%,,,2,3,"),
            "{}",
            lines[1]
        );
    }
}
