//! Views are addressed by the URL hash ("#/indicator/3c"), so a copied link opens the same
//! view on any static host, with no server rewrite rules.

use crate::domain::period::Period;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Dashboard,
    Indicator(String),
    /// The figures of a period; `None` means the current one.
    Figures(Option<Period>),
    Plan,
    Activities,
    /// The report of a period; `None` means the next one due.
    Report(Option<Period>),
    Data,
    /// A report carried in the link itself, shown read-only.
    Shared(String),
    NotFound,
}

impl Route {
    /// Reads a hash fragment (without '#').
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('/');
        let mut parts = path.split('/');
        match (parts.next(), parts.next(), parts.next()) {
            (Some(""), None, None) => Route::Dashboard,
            (Some("indicator"), Some(id), None) if !id.is_empty() => {
                Route::Indicator(id.to_string())
            }
            (Some("figures"), None, None) => Route::Figures(None),
            (Some("figures"), Some(p), None) => match p.parse() {
                Ok(period) => Route::Figures(Some(period)),
                Err(_) => Route::NotFound,
            },
            (Some("plan"), None, None) => Route::Plan,
            (Some("data"), None, None) => Route::Data,
            (Some("shared"), Some(data), None) if !data.is_empty() => {
                Route::Shared(data.to_string())
            }
            (Some("activities"), None, None) => Route::Activities,
            (Some("report"), None, None) => Route::Report(None),
            (Some("report"), Some(p), None) => match p.parse() {
                Ok(period) => Route::Report(Some(period)),
                Err(_) => Route::NotFound,
            },
            _ => Route::NotFound,
        }
    }

    /// The link to this view, starting with '#'.
    pub fn href(&self) -> String {
        match self {
            Route::Dashboard | Route::NotFound => "#/".to_string(),
            Route::Indicator(id) => format!("#/indicator/{id}"),
            Route::Figures(None) => "#/figures".to_string(),
            Route::Figures(Some(p)) => format!("#/figures/{p}"),
            Route::Plan => "#/plan".to_string(),
            Route::Data => "#/data".to_string(),
            Route::Shared(data) => format!("#/shared/{data}"),
            Route::Activities => "#/activities".to_string(),
            Route::Report(None) => "#/report".to_string(),
            Route::Report(Some(p)) => format!("#/report/{p}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_round_trip() {
        for route in [
            Route::Dashboard,
            Route::Indicator("3d-ths".into()),
            Route::Figures(None),
            Route::Figures(Some(Period::annual(2026))),
            Route::Plan,
            Route::Activities,
            Route::Report(None),
            Route::Report(Some(Period::half(2026))),
            Route::Data,
            Route::Shared("N4Ig$-x".into()),
        ] {
            let href = route.href();
            assert_eq!(Route::parse(href.trim_start_matches('#')), route);
        }
    }

    #[test]
    fn anything_else_is_not_found() {
        assert_eq!(Route::parse(""), Route::Dashboard);
        assert_eq!(Route::parse("/figures/2026-Q2"), Route::NotFound);
        assert_eq!(Route::parse("/indicator/"), Route::NotFound);
        assert_eq!(Route::parse("/nope"), Route::NotFound);
    }
}
