//! What the app makes for people to read elsewhere: the CSV of indicator values for
//! spreadsheets, and the report sent to the district. (The JSON data file is the document
//! itself, `crate::domain::document`.)

pub mod csv;
pub mod report;
