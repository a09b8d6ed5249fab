//! The domain: plain Rust with no browser code, tested natively with `cargo test`.

/// Names each variant of a plain enum by the key its data files write (its serde name), both
/// ways: the views' choices and ids use the same keys as the files, from this one table.
macro_rules! keyed {
    ($ty:ident { $($variant:ident => $key:literal),* $(,)? }) => {
        impl $ty {
            pub fn key(self) -> &'static str {
                match self {
                    $($ty::$variant => $key),*
                }
            }

            pub fn from_key(key: &str) -> Option<$ty> {
                match key {
                    $($key => Some($ty::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

pub mod activity;
pub mod district;
pub mod document;
pub mod figures;
pub mod import;
pub mod json_path;
pub mod period;
pub mod plan;
pub mod progress;
pub mod report;
pub mod snapshot;
pub mod template;

/// The positions of `keys` in ascending order of key, ties kept in their first order. Every
/// sort of the domain goes through this one function, so the app carries one copy of the
/// sorting code instead of one per sorted type.
pub(crate) fn order_by_key(keys: impl Iterator<Item = i64>) -> Vec<usize> {
    let mut keyed: Vec<(i64, usize)> = keys.enumerate().map(|(i, k)| (k, i)).collect();
    keyed.sort_unstable();
    keyed.into_iter().map(|(_, i)| i).collect()
}
