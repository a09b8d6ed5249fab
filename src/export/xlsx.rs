//! The indicator values (a school's, or the roll-up of the office above) as an Excel workbook:
//! the same rows as the CSV, but with numbers stored as numbers, so that Excel with any regional
//! settings (a decimal comma, semicolon lists) reads them right; the header row bold and frozen,
//! the columns fitted. Its code is a piece fetched only when a workbook is asked for
//! (`ui::piece::xlsx_file`).

use rust_xlsxwriter::{Format, Workbook, XlsxError};

/// The media type of a workbook.
pub const MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// A column's width in characters, whatever its texts.
const MIN_WIDTH: usize = 6;
const MAX_WIDTH: usize = 60;

/// How a column's values are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Text,
    /// A number with one decimal (values, targets, percentages in points).
    Decimal,
    /// A whole number (numerators, denominators).
    Whole,
}

/// `rows` (the header first) as a workbook of one sheet named `sheet`. A cell of a number
/// column that is not a number (empty, or text) is written as text.
pub fn workbook(
    sheet: &str,
    rows: &[Vec<String>],
    columns: &[Column],
) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let decimal = Format::new().set_num_format("0.0");
    let whole = Format::new().set_num_format("0");
    let page = book.add_worksheet();
    page.set_name(sheet)?;
    for (r, row) in rows.iter().enumerate() {
        let r = u32::try_from(r).map_err(|_| XlsxError::RowColumnLimitError)?;
        for (c, text) in row.iter().enumerate() {
            let c = u16::try_from(c).map_err(|_| XlsxError::RowColumnLimitError)?;
            if r == 0 {
                page.write_string_with_format(r, c, text, &bold)?;
                continue;
            }
            let number = text.parse::<f64>().ok().filter(|n| n.is_finite());
            match (columns.get(usize::from(c)), number) {
                (Some(Column::Decimal), Some(n)) => {
                    page.write_number_with_format(r, c, n, &decimal)?
                }
                (Some(Column::Whole), Some(n)) => page.write_number_with_format(r, c, n, &whole)?,
                _ if text.is_empty() => page,
                _ => page.write_string(r, c, text)?,
            };
        }
    }
    page.set_freeze_panes(1, 0)?;
    // Each column as wide as its longest text, within reason. (The crate's autofit measures
    // text with font tables that would make the piece several times larger.)
    for c in 0..rows.iter().map(Vec::len).max().unwrap_or(0) {
        let longest = rows
            .iter()
            .filter_map(|row| row.get(c))
            .map(|t| t.chars().count())
            .max()
            .unwrap_or(0);
        let c = u16::try_from(c).map_err(|_| XlsxError::RowColumnLimitError)?;
        // `max` then `min`, not `clamp`: no order of the bounds can make it panic.
        #[allow(clippy::manual_clamp)]
        let width = longest.max(MIN_WIDTH).min(MAX_WIDTH);
        page.set_column_width(c, width as f64 + 1.0)?;
    }
    book.save_to_buffer()
}

/// The columns of `csv::headers`: code, indicator, period, its name, value, unit, women, men,
/// numerator, denominator, target, status.
pub const VALUE_COLUMNS: [Column; 12] = [
    Column::Text,
    Column::Text,
    Column::Text,
    Column::Text,
    Column::Decimal,
    Column::Text,
    Column::Decimal,
    Column::Decimal,
    Column::Whole,
    Column::Whole,
    Column::Decimal,
    Column::Text,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_workbook_is_a_zip_with_the_sheet_and_its_numbers() {
        let rows = vec![
            vec!["Mã".to_string(), "Giá trị".to_string()],
            vec!["3.d".to_string(), "66.7".to_string()],
            vec!["=cmd".to_string(), "".to_string()],
        ];
        let bytes = workbook("Chỉ tiêu", &rows, &[Column::Text, Column::Decimal]).unwrap();
        assert_eq!(&bytes[..2], b"PK");
        // A sheet name Excel refuses is an error, not a panic.
        assert!(workbook("a[b]", &rows, &[]).is_err());
    }
}
