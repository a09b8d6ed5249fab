//! What the app makes for people to read elsewhere: the charts (SVG), the CSV and the Excel
//! workbook of indicator values for spreadsheets, the district's roll-up as CSV and JSON, the
//! reports sent to the office above, a school's and an office's (and their Word file), and the link that carries a report.
//! (The JSON data file is the document itself, `crate::domain::document`.)

pub mod chart;
pub mod csv;
pub mod district;
pub mod docx;
pub mod office_report;
pub mod report;
pub mod share;
pub mod xlsx;
