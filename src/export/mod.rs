//! Files made for people to open elsewhere: the CSV of indicator values for spreadsheets.
//! (The JSON data file is the document itself, `crate::domain::document`.)

pub mod csv;
