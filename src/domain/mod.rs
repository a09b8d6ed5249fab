//! The domain: plain Rust with no browser code, tested natively with `cargo test`.

/// Names each variant of a plain enum by the key its data files write, both ways: the views'
/// choices and ids use the same keys as the files, from this one table. With `json` first, the
/// enum is also written (by serde) and read (by [`json`]) in files by these keys, as a string.
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
    (json $ty:ident { $($variant:ident => $key:literal),* $(,)? }) => {
        keyed!($ty { $($variant => $key),* });

        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.key())
            }
        }

        impl $crate::domain::json::FromJson for $ty {
            fn read(
                json: &mut $crate::domain::json::Reader<'_>,
            ) -> Result<Self, $crate::domain::json::Fault> {
                json.text_as($ty::from_key)
            }
        }
    };
}

/// Implements [`json::FromJson`] for a struct, read from a JSON object as serde's derive reads
/// it: its fields by name in any order, others skipped, one given twice or missing refused
/// (a missing one named by its path). Those followed by `default` take their default when
/// missing; `name as Via` reads the field as `Via` and takes its `.0`.
macro_rules! from_object {
    ($ty:ident { $($field:ident $(as $via:ty)? $(: $default:ident)?),* $(,)? }) => {
        impl $crate::domain::json::FromJson for $ty {
            // Called, not inlined into the reader of every struct that holds one: inlined,
            // the readers of the document together outweighed serde's (docs/size.md).
            #[inline(never)]
            fn read(
                json: &mut $crate::domain::json::Reader<'_>,
            ) -> Result<Self, $crate::domain::json::Fault> {
                $(let mut $field = None;)*
                let end = json.object(&mut |json, name| match name {
                    $(stringify!($field) => {
                        $crate::domain::json::field$(::<$via>)?(json, &mut $field)
                    })*
                    _ => json.skip(),
                })?;
                $($(let $field = $field.map(|via: $via| via.0);)?)*
                // Checked first, then taken in one match: a return at each field that may be
                // missing would drop what was read before it, a copy of the dropping per field.
                let first_missing: Option<&str> =
                    None $(.or(from_object!(@missing_name $field $($default)?)))*;
                #[allow(unreachable_patterns)]
                match ($($field,)*) {
                    ($(from_object!(@pattern $field $($default)?),)*) => Ok($ty {
                        $($field: from_object!(@value $field $($default)?),)*
                    }),
                    _ => Err(json.missing(first_missing.unwrap_or_default(), end)),
                }
            }
        }
    };
    (@missing_name $field:ident) => { $field.is_none().then_some(stringify!($field)) };
    (@missing_name $field:ident default) => { None };
    (@pattern $field:ident) => { Some($field) };
    (@pattern $field:ident default) => { $field };
    (@value $field:ident) => { $field };
    (@value $field:ident default) => { $field.unwrap_or_default() };
}

pub mod activity;
pub mod district;
pub mod document;
pub mod figures;
pub mod import;
pub mod json;
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
