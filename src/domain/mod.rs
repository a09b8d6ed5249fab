//! The domain: plain Rust with no browser code, tested natively with `cargo test`.

/// Names each variant of a plain enum by the key its data files write, both ways: the views'
/// choices and ids use the same keys as the files, from this one table. With `serde` first, the
/// enum is also written and read in files by these keys (a string, looked up in this table
/// rather than by serde's derived reader of variants).
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
    (serde $ty:ident { $($variant:ident => $key:literal),* $(,)? }) => {
        keyed!($ty { $($variant => $key),* });

        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.key())
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Key;
                impl serde::de::Visitor<'_> for Key {
                    type Value = $ty;

                    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                        f.write_str(concat!("a key of ", stringify!($ty)))
                    }

                    // Looked up while the reader stands right after the string, so that an
                    // unknown key is refused at its own path even when it ends its object.
                    fn visit_str<E: serde::de::Error>(self, key: &str) -> Result<$ty, E> {
                        $ty::from_key(key).ok_or_else(|| E::unknown_variant(key, &[$($key),*]))
                    }
                }
                deserializer.deserialize_str(Key)
            }
        }
    };
}

/// Implements `Deserialize` for a struct, read from a JSON object only, as serde's derive reads
/// it: its fields by name in any order, others skipped, one given twice or missing refused with
/// serde's own message ("missing field `code`", which `document::read_file` turns into a path).
/// Those followed by `default` take their default when missing; `name as Via` reads the field
/// as `Via` and takes its `.0`.
///
/// Why not the derive: for every struct it also writes a reader of the struct from a JSON array
/// and a reader of its field names of its own; this one has neither (every struct shares one
/// reading of a name as a string). The stored document is read before the first view, and its
/// readers were the app's largest part of it (docs/size.md).
macro_rules! from_object {
    ($ty:ident { $($field:ident $(as $via:ty)? $(: $default:ident)?),* $(,)? }) => {
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Object;
                impl<'de> serde::de::Visitor<'de> for Object {
                    type Value = $ty;

                    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                        f.write_str(concat!("struct ", stringify!($ty)))
                    }

                    fn visit_map<A>(self, mut map: A) -> Result<$ty, A::Error>
                    where
                        A: serde::de::MapAccess<'de>,
                    {
                        $(let mut $field = None;)*
                        while let Some(name) = map.next_key::<String>()? {
                            match name.as_str() {
                                $(stringify!($field) => {
                                    if $field.is_some() {
                                        let name = stringify!($field);
                                        return Err(serde::de::Error::duplicate_field(name));
                                    }
                                    $field = Some(from_object!(@value map $(as $via)?));
                                })*
                                _ => {
                                    map.next_value::<serde::de::IgnoredAny>()?;
                                }
                            }
                        }
                        Ok($ty {
                            $($field: from_object!(@missing $field $($default)?),)*
                        })
                    }
                }
                deserializer.deserialize_map(Object)
            }
        }
    };
    (@value $map:ident) => { $map.next_value()? };
    (@value $map:ident as $via:ty) => { $map.next_value::<$via>()?.0 };
    (@missing $field:ident) => {
        $field.ok_or_else(|| serde::de::Error::missing_field(stringify!($field)))?
    };
    (@missing $field:ident default) => { $field.unwrap_or_default() };
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
