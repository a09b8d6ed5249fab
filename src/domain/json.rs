//! The reader of this app's JSON files and stored data.
//!
//! Why not serde's: its readers are generic over the JSON reader, and every struct's reader is
//! inlined into one large function per reader of the document, which was the largest part of
//! what the school's app loads before its first view (docs/size.md). Here each struct has one
//! plain function ([`FromJson::read`]), and the walking of objects and arrays is written once.
//! It also keeps the path of what it reads, so a fault names its field
//! ("plan.objectives[2].indicators[0].code") and where it stands in the text.
//!
//! It reads what serde_json writes, as serde's derived readers read it: fields in any order,
//! others skipped, one given twice refused. It never panics, and refuses a text nested deeper
//! than [`MAX_DEPTH`] rather than exhaust the stack.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::str::FromStr;

/// Far deeper than any of this app's files (about serde_json's limit).
pub const MAX_DEPTH: usize = 128;

/// Why a text could not be read; `at` is a byte offset into it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fault {
    /// Not JSON: the first byte that cannot be read (or the end of a text cut short).
    Syntax { at: usize },
    /// A required field is missing: its path, and the end of its object.
    Missing { path: String, at: usize },
    /// A value of the wrong kind or out of range, or a field given twice: its path and start.
    Wrong { path: String, at: usize },
}

/// The 1-based line and column (in bytes, as serde_json counts them) of a byte offset. The end
/// of a text counts as its last byte, where a reader stops on a text cut short.
pub fn line_column(text: &str, at: usize) -> (usize, usize) {
    let at = at.min(text.len().saturating_sub(1));
    let before = text.as_bytes().get(..at).unwrap_or_default();
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |newline| newline + 1);
    (line, at - line_start + 1)
}

/// A value that can be read from JSON.
pub trait FromJson: Sized {
    fn read(json: &mut Reader<'_>) -> Result<Self, Fault>;
}

/// Reads the whole of `text` as one `T`, with nothing but white space after it.
pub fn read<T: FromJson>(text: &str) -> Result<T, Fault> {
    let mut json = Reader::new(text);
    let value = T::read(&mut json)?;
    json.end()?;
    Ok(value)
}

/// Reads the value of an object's field into its slot, refusing a field given twice. One
/// function per type of field, shared by every struct that has one (`from_object!`).
#[inline(never)]
pub fn field<T: FromJson>(json: &mut Reader<'_>, slot: &mut Option<T>) -> Result<(), Fault> {
    if slot.is_some() {
        return Err(json.wrong_here());
    }
    *slot = Some(T::read(json)?);
    Ok(())
}

/// Walks a JSON text, value by value, keeping the path of the value it stands at.
pub struct Reader<'a> {
    text: &'a str,
    at: usize,
    path: Vec<Step<'a>>,
    depth: usize,
}

enum Step<'a> {
    Key(Cow<'a, str>),
    Index(usize),
}

impl<'a> Reader<'a> {
    pub fn new(text: &'a str) -> Reader<'a> {
        Reader {
            text,
            at: 0,
            path: Vec::new(),
            depth: 0,
        }
    }

    /// Where the next value starts.
    pub fn position(&mut self) -> usize {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.text.as_bytes().get(self.at) {
            self.at += 1;
        }
        self.at
    }

    fn peek(&mut self) -> Option<u8> {
        let at = self.position();
        self.text.as_bytes().get(at).copied()
    }

    fn byte(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn syntax(&self) -> Fault {
        Fault::Syntax { at: self.at }
    }

    /// The value at `at`, on the path being read, is not what is due there.
    pub fn wrong(&self, at: usize) -> Fault {
        Fault::Wrong {
            path: self.path(),
            at,
        }
    }

    /// The value about to be read, on the path being read, is not what is due there.
    pub fn wrong_here(&mut self) -> Fault {
        let at = self.position();
        self.wrong(at)
    }

    /// The field `field` of the object being read, which ended at `at`, is missing.
    pub fn missing(&self, field: &str, at: usize) -> Fault {
        let path = self.path();
        Fault::Missing {
            path: if path.is_empty() {
                field.to_string()
            } else {
                format!("{path}.{field}")
            },
            at,
        }
    }

    fn path(&self) -> String {
        let mut path = String::new();
        for step in &self.path {
            match step {
                Step::Key(key) => {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(key);
                }
                Step::Index(index) => path.push_str(&format!("[{index}]")),
            }
        }
        path
    }

    /// Nothing but white space is left.
    pub fn end(&mut self) -> Result<(), Fault> {
        match self.peek() {
            None => Ok(()),
            Some(_) => Err(self.syntax()),
        }
    }

    /// Starts a value due to begin with `first`.
    fn open(&mut self, first: u8) -> Result<usize, Fault> {
        let at = self.position();
        if self.byte() != Some(first) {
            return Err(self.not_due());
        }
        self.at += 1;
        Ok(at)
    }

    /// What stands here is not the value due: another JSON value is of the wrong kind,
    /// anything else is not JSON.
    fn not_due(&mut self) -> Fault {
        let at = self.position();
        let rest = self.text.get(at..).unwrap_or_default();
        let value = match rest.as_bytes().first() {
            Some(b'{' | b'[' | b'"' | b'-' | b'0'..=b'9') => true,
            _ => ["true", "false", "null"]
                .iter()
                .any(|word| rest.starts_with(word)),
        };
        if value {
            self.wrong(at)
        } else {
            self.syntax()
        }
    }

    fn deeper(&mut self) -> Result<(), Fault> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.syntax());
        }
        Ok(())
    }

    /// Reads an object, handing each field's name to `field`, which reads or skips its value.
    /// Returns where the object ends (its closing brace).
    pub fn object(
        &mut self,
        field: &mut dyn FnMut(&mut Reader<'a>, &str) -> Result<(), Fault>,
    ) -> Result<usize, Fault> {
        self.open(b'{')?;
        self.deeper()?;
        if self.peek() != Some(b'}') {
            loop {
                if self.peek() != Some(b'"') {
                    return Err(self.syntax());
                }
                let name = self.text_value()?;
                if self.peek() != Some(b':') {
                    return Err(self.syntax());
                }
                self.at += 1;
                self.path.push(Step::Key(name.clone()));
                field(self, &name)?;
                self.path.pop();
                match self.peek() {
                    Some(b',') => self.at += 1,
                    Some(b'}') => break,
                    _ => return Err(self.syntax()),
                }
            }
        }
        self.depth -= 1;
        let end = self.at;
        self.at += 1;
        Ok(end)
    }

    /// Reads an array, handing each element to `element`.
    pub fn array(
        &mut self,
        element: &mut dyn FnMut(&mut Reader<'a>) -> Result<(), Fault>,
    ) -> Result<(), Fault> {
        self.open(b'[')?;
        self.deeper()?;
        if self.peek() != Some(b']') {
            for index in 0.. {
                self.path.push(Step::Index(index));
                element(self)?;
                self.path.pop();
                match self.peek() {
                    Some(b',') => self.at += 1,
                    Some(b']') => break,
                    _ => return Err(self.syntax()),
                }
            }
        }
        self.depth -= 1;
        self.at += 1;
        Ok(())
    }

    /// Reads past one value of any kind, checking that it is JSON.
    pub fn skip(&mut self) -> Result<(), Fault> {
        match self.peek() {
            Some(b'{') => self.object(&mut |json, _| json.skip()).map(|_| ()),
            Some(b'[') => self.array(&mut |json| json.skip()),
            Some(b'"') => self.text_value().map(|_| ()),
            Some(b't' | b'f') => self.boolean().map(|_| ()),
            Some(b'n') => self.null(),
            _ => self.number().map(|_| ()),
        }
    }

    /// An enum as serde writes it: a variant without data as its name, one with data as an
    /// object of one field named by the variant. `unit` gives the variant of a name (`None`
    /// for a name it does not know); `with_data` reads the data of the variant it is given
    /// the name of (refusing, with [`Reader::wrong_here`], a name it does not know).
    pub fn variant<T>(
        &mut self,
        unit: &dyn Fn(&str) -> Option<T>,
        with_data: &mut dyn FnMut(&mut Reader<'a>, &str) -> Result<T, Fault>,
    ) -> Result<T, Fault> {
        let at = self.position();
        if self.byte() == Some(b'"') {
            let name = self.text_value()?;
            return unit(&name).ok_or_else(|| self.wrong(at));
        }
        let mut found = None;
        self.object(&mut |json, name| {
            if found.is_some() {
                return Err(json.wrong_here());
            }
            found = Some(with_data(json, name)?);
            Ok(())
        })?;
        found.ok_or_else(|| self.wrong(at))
    }

    /// One value of any kind, as its JSON text.
    pub fn raw(&mut self) -> Result<&'a str, Fault> {
        let start = self.position();
        self.skip()?;
        self.text.get(start..self.at).ok_or_else(|| self.syntax())
    }

    /// Whether the next value is `null`, read past if it is.
    pub fn null_next(&mut self) -> Result<bool, Fault> {
        if self.peek() == Some(b'n') {
            self.null()?;
            return Ok(true);
        }
        Ok(false)
    }

    fn null(&mut self) -> Result<(), Fault> {
        self.word("null")
    }

    fn word(&mut self, word: &str) -> Result<(), Fault> {
        let at = self.position();
        match self.text.get(at..at + word.len()) {
            Some(found) if found == word => {
                self.at += word.len();
                Ok(())
            }
            _ => Err(self.syntax()),
        }
    }

    pub fn boolean(&mut self) -> Result<bool, Fault> {
        match self.peek() {
            Some(b't') => self.word("true").map(|_| true),
            Some(b'f') => self.word("false").map(|_| false),
            _ => Err(self.not_due()),
        }
    }

    /// A string's text, borrowed from the JSON text unless it holds escapes.
    pub fn text_value(&mut self) -> Result<Cow<'a, str>, Fault> {
        self.open(b'"')?;
        let mut owned: Option<String> = None;
        let mut run = self.at;
        loop {
            match self.byte() {
                Some(b'"') => {
                    let tail = self.text.get(run..self.at).ok_or_else(|| self.syntax())?;
                    self.at += 1;
                    return Ok(match owned {
                        Some(mut text) => {
                            text.push_str(tail);
                            Cow::Owned(text)
                        }
                        None => Cow::Borrowed(tail),
                    });
                }
                Some(b'\\') => {
                    let before = self.text.get(run..self.at).ok_or_else(|| self.syntax())?;
                    let text = owned.get_or_insert_with(String::new);
                    text.push_str(before);
                    self.at += 1;
                    let c = self.escape()?;
                    owned.get_or_insert_with(String::new).push(c);
                    run = self.at;
                }
                Some(0..0x20) | None => return Err(self.syntax()),
                Some(_) => self.at += 1,
            }
        }
    }

    /// The character an escape stands for, read after its backslash.
    fn escape(&mut self) -> Result<char, Fault> {
        let c = match self.byte() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.at += 1;
                let unit = self.hex4()?;
                let code = match unit {
                    0xD800..=0xDBFF => {
                        if self.text.get(self.at..self.at + 2) != Some("\\u") {
                            return Err(self.syntax());
                        }
                        self.at += 2;
                        let low = self.hex4()?;
                        if !(0xDC00..=0xDFFF).contains(&low) {
                            return Err(self.syntax());
                        }
                        0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                    }
                    unit => unit,
                };
                return char::from_u32(code).ok_or_else(|| self.syntax());
            }
            _ => return Err(self.syntax()),
        };
        self.at += 1;
        Ok(c)
    }

    fn hex4(&mut self) -> Result<u32, Fault> {
        let digits = self
            .text
            .get(self.at..self.at + 4)
            .filter(|digits| digits.bytes().all(|b| b.is_ascii_hexdigit()))
            .ok_or_else(|| self.syntax())?;
        let unit = u32::from_str_radix(digits, 16).map_err(|_| self.syntax())?;
        self.at += 4;
        Ok(unit)
    }

    /// A string read as `T` by `parse`, refused at its start when it does not parse (a key of
    /// a table, a period, a date).
    pub fn text_as<T>(&mut self, parse: impl FnOnce(&str) -> Option<T>) -> Result<T, Fault> {
        let at = self.position();
        let text = self.text_value()?;
        parse(&text).ok_or_else(|| self.wrong(at))
    }

    /// A number's text, as JSON writes numbers.
    fn number(&mut self) -> Result<&'a str, Fault> {
        let start = self.position();
        if self.byte() == Some(b'-') {
            self.at += 1;
        }
        match self.byte() {
            Some(b'0') => self.at += 1,
            Some(b'1'..=b'9') => self.digits(),
            _ if self.at == start => return Err(self.not_due()),
            _ => return Err(self.syntax()),
        }
        if self.byte() == Some(b'.') {
            self.at += 1;
            self.some_digits()?;
        }
        if let Some(b'e' | b'E') = self.byte() {
            self.at += 1;
            if let Some(b'+' | b'-') = self.byte() {
                self.at += 1;
            }
            self.some_digits()?;
        }
        self.text.get(start..self.at).ok_or_else(|| self.syntax())
    }

    fn digits(&mut self) {
        while let Some(b'0'..=b'9') = self.byte() {
            self.at += 1;
        }
    }

    fn some_digits(&mut self) -> Result<(), Fault> {
        let start = self.at;
        self.digits();
        if self.at == start {
            return Err(self.syntax());
        }
        Ok(())
    }

    /// A number read as `T`, which refuses it if it is not a whole number in its range.
    fn parsed<T: FromStr>(&mut self) -> Result<T, Fault> {
        let at = self.position();
        let text = self.number()?;
        text.parse().map_err(|_| self.wrong(at))
    }
}

impl FromJson for String {
    fn read(json: &mut Reader<'_>) -> Result<String, Fault> {
        json.text_value().map(Cow::into_owned)
    }
}

impl FromJson for bool {
    fn read(json: &mut Reader<'_>) -> Result<bool, Fault> {
        json.boolean()
    }
}

/// Whole numbers, refused when not whole or out of their type's range.
macro_rules! whole_numbers {
    ($($ty:ty),*) => {
        $(impl FromJson for $ty {
            fn read(json: &mut Reader<'_>) -> Result<$ty, Fault> {
                json.parsed()
            }
        })*
    };
}

whole_numbers!(u64, u32, i32);

impl FromJson for f64 {
    fn read(json: &mut Reader<'_>) -> Result<f64, Fault> {
        let at = json.position();
        let text = json.number()?;
        // Too large a number reads as infinity, which no figure or target is.
        decimal(text)
            .filter(|value| value.is_finite())
            .ok_or_else(|| json.wrong(at))
    }
}

/// The value of a JSON number's text. Exact (the nearest `f64`) when its digits make at most
/// 2^53 and it has at most 22 decimal places or powers of ten, as every target and baseline
/// typed into the app has; otherwise within a few units in the last place, as serde_json reads
/// numbers by default. Not core's `f64::from_str`, whose tables for the rare cases would cost
/// the first load more than the rest of this reader.
fn decimal(text: &str) -> Option<f64> {
    const POWERS: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    let (number, exponent) = match text.split_once(['e', 'E']) {
        Some((number, exponent)) => (number, exponent.parse::<i64>().ok()?),
        None => (text, 0),
    };
    let sign = if number.starts_with('-') { -1.0 } else { 1.0 };
    // A text has far fewer digits than i64's range: no step below can overflow.
    let (mut digits, mut scale, mut fraction) = (0u64, 0i64, false);
    for b in number.bytes() {
        match b {
            b'.' => fraction = true,
            b'0'..=b'9' if digits < 1_000_000_000_000_000_000 => {
                digits = digits * 10 + u64::from(b - b'0');
                scale -= i64::from(fraction);
            }
            // Digits past the 19th change the value by less than a unit in the last place.
            b'0'..=b'9' => scale += i64::from(!fraction),
            _ => {}
        }
    }
    // Zero whatever its exponent; past these bounds a value is beyond f64's range (infinite,
    // which the caller refuses) or rounds to zero. So bounded, the scaling below takes at most
    // 20 steps however large a hostile exponent is.
    let scale = scale.saturating_add(exponent);
    if digits == 0 || scale < -400 {
        return Some(sign * 0.0);
    }
    if scale > 400 {
        return Some(f64::INFINITY);
    }
    let (mut value, mut scale) = (digits as f64, scale as i32);
    while scale > 22 {
        value *= 1e22;
        scale -= 22;
    }
    while scale < -22 {
        value /= 1e22;
        scale += 22;
    }
    let power = POWERS.get(scale.unsigned_abs() as usize)?;
    value = if scale < 0 {
        value / power
    } else {
        value * power
    };
    Some(sign * value)
}

impl<T: FromJson> FromJson for Option<T> {
    fn read(json: &mut Reader<'_>) -> Result<Option<T>, Fault> {
        if json.null_next()? {
            return Ok(None);
        }
        T::read(json).map(Some)
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn read(json: &mut Reader<'_>) -> Result<Vec<T>, Fault> {
        let mut items = Vec::new();
        json.array(&mut |json| {
            items.push(T::read(json)?);
            Ok(())
        })?;
        Ok(items)
    }
}

/// An object read as a map from its keys (read as `K`, refused if they do not read) to its
/// values; a key given twice keeps its last value, as serde's maps do.
impl<K: FromStr + Ord, V: FromJson> FromJson for BTreeMap<K, V> {
    fn read(json: &mut Reader<'_>) -> Result<BTreeMap<K, V>, Fault> {
        let mut map = BTreeMap::new();
        json.object(&mut |json, key| {
            let at = json.position();
            let key = key.parse().map_err(|_| json.wrong(at))?;
            map.insert(key, V::read(json)?);
            Ok(())
        })?;
        Ok(map)
    }
}

/// A pair, written as an array of two.
impl<A: FromJson, B: FromJson> FromJson for (A, B) {
    fn read(json: &mut Reader<'_>) -> Result<(A, B), Fault> {
        let at = json.position();
        let (mut a, mut b) = (None, None);
        let mut count = 0;
        json.array(&mut |json| {
            match count {
                0 => a = Some(A::read(json)?),
                1 => b = Some(B::read(json)?),
                _ => return Err(json.wrong_here()),
            }
            count += 1;
            Ok(())
        })?;
        a.zip(b).ok_or_else(|| json.wrong(at))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_values_of_every_kind() {
        assert_eq!(
            read::<String>(r#" "a\"\\\/\b\f\n\r\tb" "#),
            Ok("a\"\\/\u{8}\u{c}\n\r\tb".into())
        );
        assert_eq!(
            read::<String>(r#""\u00e1\ud83d\ude00 ữ""#),
            Ok("á😀 ữ".into())
        );
        assert_eq!(read::<u32>("4294967295"), Ok(u32::MAX));
        assert_eq!(read::<i32>("-2025"), Ok(-2025));
        assert_eq!(read::<f64>("-1.5e2"), Ok(-150.0));
        for (text, value) in [
            ("0.1", 0.1),
            ("95.5", 95.5),
            ("-0", -0.0),
            ("2.5e-3", 0.0025),
        ] {
            assert_eq!(read::<f64>(text), Ok(value));
        }
        for value in [33.333333333333336, 1e300, 5e-324, 0.1 + 0.2, 123456789.123] {
            let read = read::<f64>(&value.to_string()).unwrap();
            assert!(
                (read - value).abs() <= value * 1e-15,
                "{value} read as {read}"
            );
        }
        assert_eq!(read::<bool>("false"), Ok(false));
        assert_eq!(read::<Option<u32>>("null"), Ok(None));
        assert_eq!(
            read::<Vec<(u32, u32)>>("[[3, 8], [ 12,31 ]]"),
            Ok(vec![(3, 8), (12, 31)])
        );
        let map = read::<BTreeMap<String, u64>>(r#"{"b": 2, "a": 1, "b": 3}"#).unwrap();
        assert_eq!(
            map.into_iter().collect::<Vec<_>>(),
            [("a".into(), 1), ("b".into(), 3)]
        );
        let mut json = Reader::new(r#"{"x": [1, {"y": "z"}], "w": 2}"#);
        let mut raw = None;
        json.object(&mut |json, name| {
            if name == "x" {
                raw = Some(json.raw()?);
            } else {
                json.skip()?;
            }
            Ok(())
        })
        .unwrap();
        assert_eq!(raw, Some(r#"[1, {"y": "z"}]"#));
    }

    #[test]
    fn refuses_what_is_not_json() {
        for text in [
            "",
            "{",
            "[1,]",
            "{\"a\" 1}",
            "{\"a\":1,}",
            "01",
            "1.",
            "-",
            "1e",
            "tru",
            "nul",
            "\"a",
            "\"\\x\"",
            "\"\\ud800\"",
            "\"\\udc00\"",
            "\"a\nb\"",
            "1 2",
            "{'a':1}",
        ] {
            assert!(
                matches!(read::<Option<Vec<u32>>>(text), Err(Fault::Syntax { .. })) || {
                    let mut json = Reader::new(text);
                    matches!(
                        json.skip().and_then(|_| json.end()),
                        Err(Fault::Syntax { .. })
                    )
                },
                "{text:?}"
            );
        }
        // A word that is no JSON value is not JSON, not a value of the wrong kind.
        assert_eq!(read::<u32>("nonsense"), Err(Fault::Syntax { at: 0 }));
        assert_eq!(
            read::<u32>("null"),
            Err(Fault::Wrong {
                path: String::new(),
                at: 0
            })
        );
        let deep = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
        assert!(matches!(
            Reader::new(&deep).skip(),
            Err(Fault::Syntax { .. })
        ));
        let fine = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert_eq!(Reader::new(&fine).skip(), Ok(()));
    }

    #[test]
    fn wrong_values_are_named_by_their_path() {
        fn wrong<T>(path: &str, at: usize) -> Result<T, Fault> {
            Err(Fault::Wrong {
                path: path.into(),
                at,
            })
        }
        assert_eq!(read::<Vec<Vec<u32>>>("[[1], [2, -3]]"), wrong("[1][1]", 10));
        assert_eq!(read::<u32>("4294967296"), wrong("", 0));
        assert_eq!(read::<u32>("1.0"), wrong("", 0));
        assert_eq!(read::<f64>("1e999"), wrong("", 0));
        // However large the exponent, read at once: zero, or refused as out of range.
        for zero in [
            "0e2147483647",
            "1e-2147483648",
            "0.1e-9223372036854775808",
            "-0e99999",
        ] {
            assert_eq!(read::<f64>(zero), Ok(0.0), "{zero}");
        }
        assert_eq!(
            read::<f64>("1000000000000000000000e9223372036854775807"),
            wrong("", 0)
        );
        assert_eq!(read::<f64>("1e99999999999999999999"), wrong("", 0));
        assert_eq!(read::<Vec<String>>("[\"a\", {}]"), wrong("[1]", 6));
        assert_eq!(read::<(u32, u32)>("[1]"), wrong("", 0));
        assert_eq!(read::<(u32, u32)>("[1, 2, 3]"), wrong("[2]", 7));
        assert_eq!(read::<BTreeMap<u32, bool>>("{\"a\": true}"), wrong("a", 6));
    }

    #[test]
    fn lines_and_columns_count_bytes() {
        let text = "{\n  \"á\": }";
        assert_eq!(line_column(text, text.len() - 1), (2, 9));
        assert_eq!(line_column("{", 1), (1, 1));
        assert_eq!(line_column("", 0), (1, 1));
    }
}
