//! Languages, the texts of the UI, and number and date formatting.
//!
//! One concern per file: the school's texts (`texts.rs`, those the shell, the dashboard and more
//! than one view show), each piece's own (`data_texts.rs`, `report_texts.rs`, `plan_texts.rs`,
//! `indicator_texts.rs`, `activities_texts.rs`, `figures_texts.rs`: a table used only by its
//! view's code loads with its piece, not before the first view), the district page's
//! (`district_texts.rs`, its roll-up's in `rollup_texts.rs`), numbers, dates and plan content in words (`format.rs`), and what went
//! wrong in words (`messages.rs`, its texts in `message_texts.rs`, read by piece code only).
//! Every text is got one way: `T::X.get(lang)`, or `T::X.with(lang, args)` when it has
//! placeholders; a view that follows the language takes `widgets::tr(T::X)`. A text one view
//! alone shows goes in that view's table.
//!
//! Every text is declared once with its Vietnamese and English wording: a text without its
//! translation does not compile. Plan content (indicator wording, field labels) is the
//! school's own data and is shown as written.

use serde::Serialize;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Vi,
    En,
}

impl Lang {
    /// The BCP 47 tag for `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// A table of texts: the school's ([`T`]), the district page's ([`D`]), or one loaded with the
/// pieces that show it (a view's own, [`ViewText`] for those several views show).
pub trait Text: Copy {
    /// The text in Vietnamese and in English.
    fn pair(self) -> [&'static str; 2];
}

/// A text of any table, as its words in both languages: what a widget takes that shows texts
/// of several tables (a label from the view's own table or from one views share).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Words(pub [&'static str; 2]);

impl<X: Text> From<X> for Words {
    fn from(text: X) -> Words {
        Words(text.pair())
    }
}

macro_rules! texts {
    ($(#[$doc:meta])* $name:ident; $($key:ident => $vi:literal, $en:literal;)*) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $name { $($key),* }

        impl $crate::i18n::Text for $name {
            /// Every text is a row of a table rather than an arm of a `match`: the same data
            /// with almost no code, and a table the binary keeps only if it uses its texts.
            fn pair(self) -> [&'static str; 2] {
                const TEXTS: &[[&str; 2]] = &[$([$vi, $en]),*];
                TEXTS[self as usize]
            }
        }

        impl $name {
            /// Every text, for the tests that check them all.
            #[cfg(test)]
            pub const ALL: &[$name] = &[$($name::$key),*];

            pub fn get(self, lang: Lang) -> &'static str {
                $crate::i18n::Text::pair(self)[lang as usize]
            }

            /// The text with `{name}` placeholders filled in.
            pub fn with(self, lang: Lang, args: &[(&str, &str)]) -> String {
                fill(self.get(lang), args)
            }
        }
    };
}

/// Puts each argument's value in place of `{name}`, and where a text says `{name:one|many}`,
/// the word for that count: English plurals ("{n} {n:day|days} left"; Vietnamese has none).
/// A placeholder with no argument stays as it is, and a value is never filled in again. One
/// pass over the braces (a char search): searching for each `{name}` as a string would bring
/// core's two-way string searcher into the first load (docs/size.md).
fn fill(text: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(len) = rest[open..].find('}') else {
            break;
        };
        let inside = &rest[open + 1..open + len];
        let (name, forms) = match inside.split_once(':') {
            Some((name, forms)) => (name, Some(forms)),
            None => (inside, None),
        };
        out.push_str(&rest[..open]);
        match (args.iter().find(|(n, _)| *n == name), forms) {
            (Some((_, value)), None) => out.push_str(value),
            (Some((_, value)), Some(forms)) => out.push_str(match forms.split_once('|') {
                Some((one, _)) if *value == "1" => one,
                Some((_, many)) => many,
                None => forms,
            }),
            (None, _) => out.push_str(&rest[open..=open + len]),
        }
        rest = &rest[open + len + 1..];
    }
    out.push_str(rest);
    out
}

// After the macro, which the tables use.
mod activities_texts;
mod data_texts;
mod district_texts;
mod figures_texts;
mod format;
mod indicator_texts;
mod message_texts;
mod messages;
mod plan_texts;
mod report_texts;
mod rollup_texts;
mod texts;
mod view_texts;

pub use activities_texts::ActivityText;
pub use data_texts::DataText;
pub use district_texts::D;
pub use figures_texts::FigureText;
pub use format::*;
pub use indicator_texts::IndicatorText;
pub use message_texts::MessageText;
pub use messages::*;
pub use plan_texts::PlanText;
pub use report_texts::ReportPageText;
pub use rollup_texts::RollUpText;
pub use texts::T;
pub use view_texts::ViewText;

#[cfg(test)]
mod tests {
    use super::{Text, D, T};

    /// The names of a text's placeholders: `{f}`, and `{n}` of `{n:day|days}`.
    fn placeholders(text: &str) -> std::collections::BTreeSet<&str> {
        text.split('{')
            .skip(1)
            .filter_map(|rest| rest.split(['}', ':']).next())
            .collect()
    }

    #[test]
    fn every_language_fills_the_same_placeholders() {
        fn rows<X: Text + std::fmt::Debug>(
            all: &'static [X],
        ) -> impl Iterator<Item = (String, [&'static str; 2])> {
            all.iter().map(|t| (format!("{t:?}"), t.pair()))
        }
        let pairs = rows(T::ALL)
            .chain(rows(D::ALL))
            .chain(rows(ActivityText::ALL))
            .chain(rows(DataText::ALL))
            .chain(rows(FigureText::ALL))
            .chain(rows(IndicatorText::ALL))
            .chain(rows(MessageText::ALL))
            .chain(rows(PlanText::ALL))
            .chain(rows(ReportPageText::ALL))
            .chain(rows(RollUpText::ALL))
            .chain(rows(ViewText::ALL));
        for (key, [vi, en]) in pairs {
            assert_eq!(placeholders(vi), placeholders(en), "{key}: “{vi}” / “{en}”");
        }
        assert_eq!(
            placeholders("{n} {n:day|days} left in {k}")
                .into_iter()
                .collect::<Vec<_>>(),
            ["k", "n"]
        );
    }

    /// A message says why in a whole sentence (or ends with the one it wraps), so that the
    /// texts around it ("Không nhập được tệp …: {e} Dữ liệu đang lưu không thay đổi.") read
    /// right and add no stop of their own.
    #[test]
    fn every_message_is_a_whole_sentence() {
        for message in MessageText::ALL {
            for text in message.pair() {
                assert!(
                    text.ends_with('.') || text.ends_with("{e}"),
                    "{message:?}: “{text}”"
                );
            }
        }
    }

    #[test]
    fn english_counts_take_the_right_word() {
        assert_eq!(
            T::SnapshotSummary.with(Lang::En, &[("s", "x"), ("p", "1"), ("r", "3")]),
            "x, 1 period with figures, save no. 3"
        );
        assert_eq!(
            T::SnapshotSummary.with(Lang::En, &[("s", "x"), ("p", "2"), ("r", "3")]),
            "x, 2 periods with figures, save no. 3"
        );
        assert_eq!(T::DaysLeft.with(Lang::En, &[("n", "1")]), "1 day left");
        assert_eq!(T::DaysLeft.with(Lang::Vi, &[("n", "1")]), "còn 1 ngày");
        assert_eq!(
            RollUpText::Summary.with(Lang::En, &[("s", "1"), ("n", "0")]),
            "Rolling up 1 school (0 period submissions)."
        );
        // A value that is not a count, and text with no forms, are left as they are.
        assert_eq!(fill("{a:x|y}{a}{b}", &[("a", "1")]), "x1{b}");
        assert_eq!(fill("{n} {n:day|days}", &[("n", "3")]), "3 days");
        // A value holding a placeholder is not filled in again; an unclosed brace stays.
        assert_eq!(fill("{a}, {b} {", &[("a", "{b}"), ("b", "2")]), "{b}, 2 {");
    }

    use super::*;
    use crate::defaults::hoa_mai;
    use crate::domain::figures::FigureError;
    use chrono::NaiveDate;

    #[test]
    fn numbers_the_vietnamese_way() {
        assert_eq!(format_number(Lang::Vi, 9.1, 1), "9,1");
        assert_eq!(format_number(Lang::Vi, 65.0, 1), "65");
        assert_eq!(format_number(Lang::Vi, 48.333, 1), "48,3");
        assert_eq!(format_number(Lang::Vi, 1234567.0, 0), "1.234.567");
        assert_eq!(format_number(Lang::En, 1234.5, 1), "1,234.5");
        assert_eq!(format_number(Lang::Vi, -2.5, 1), "-2,5");
        assert_eq!(format_number(Lang::Vi, -0.01, 1), "0");
        assert_eq!(format_percent(Lang::Vi, 99.96), "100%");
    }

    #[test]
    fn dates_in_each_language() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
        assert_eq!(format_date(Lang::Vi, d), "29/11/2026");
        assert_eq!(format_date(Lang::En, d), "29 Nov 2026");
        assert_eq!(format_day_month(Lang::Vi, (3, 8)), "8/3");
        assert_eq!(
            place_and_date("Đống Đa", NaiveDate::from_ymd_opt(2022, 3, 28).unwrap()),
            "Đống Đa, ngày 28 tháng 3 năm 2022"
        );
        assert_eq!(
            place_and_date("Đống Đa", NaiveDate::from_ymd_opt(2026, 2, 5).unwrap()),
            "Đống Đa, ngày 05 tháng 02 năm 2026"
        );
    }

    #[test]
    fn targets_written_as_the_plan_writes_them() {
        let plan = hoa_mai();
        let at = |id: &str, year| target_for_column(Lang::Vi, plan.indicator(id).unwrap(), year);
        assert_eq!(at("2a-nt", 2025), "ít nhất 65%");
        assert_eq!(at("3d-ths", 2025), "ít nhất 9,1% từ năm 2025 trở đi");
        assert_eq!(at("3d-ths", 2030), "ít nhất 9,1% từ năm 2025 trở đi");
        assert_eq!(at("3dd", 2025), "trên 9,1%");
        assert_eq!(at("2b", 2030), "đạt 100%");
        assert_eq!(at("4c", 2030), "duy trì 100%");
        assert_eq!(at("4a-ph", 2025), "ít nhất 350 phụ huynh trong năm");
        assert_eq!(at("4a-cb", 2025), "— (mốc năm 2030)");
        assert_eq!(at("4d", 2030), "đạt 100% (từ năm 2026)");
        assert_eq!(at("4a-cb", 2030), "đạt 100%");
    }

    #[test]
    fn placeholders_are_filled() {
        assert_eq!(T::DaysLeft.with(Lang::Vi, &[("n", "21")]), "còn 21 ngày");
        let e = FigureError::FemaleAboveTotal {
            female: 41,
            total: 40,
        };
        assert_eq!(
            figure_error(Lang::Vi, &e),
            "Số nữ (41) không được lớn hơn tổng số (40)."
        );
    }
}
