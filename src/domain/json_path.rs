//! Where in a JSON text a value is, as a path ("plan.objectives[2].indicators[0].code"), so that a
//! refused file or stored document names the field at fault. Used by the document's reader and
//! the import's checks alike.

/// The JSON path ("plan.objectives[2].indicators[0].code") of the value being read at a line
/// and column of `text`, as serde_json reports them (1-based, the column in bytes).
pub fn path_at(text: &str, line: usize, column: usize) -> String {
    // serde_json stops on the first character of a value of the wrong kind (`{` or `[` where a
    // string is due): that character is read too, so that the path reaches it.
    join_path(&levels_at(text, line, column + 1))
}

/// The path of the object being read at a line and column: where serde_json stops when a
/// field is missing, the closing brace of that object.
pub fn object_path_at(text: &str, line: usize, column: usize) -> String {
    let mut levels = levels_at(text, line, column);
    if let Some(Level::Object { key }) = levels.last_mut() {
        *key = None;
    }
    join_path(&levels)
}

enum Level {
    Object { key: Option<String> },
    Array { index: usize },
}

fn join_path(levels: &[Level]) -> String {
    let mut path = String::new();
    for level in levels {
        match level {
            Level::Object { key: Some(key) } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Level::Object { key: None } => {}
            Level::Array { index } => path.push_str(&format!("[{index}]")),
        }
    }
    path
}

/// The objects and arrays open at a position, each with the key or index being read.
fn levels_at(text: &str, line: usize, column: usize) -> Vec<Level> {
    let offset = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum::<usize>()
        + column.saturating_sub(1);
    levels_before(text, offset)
}

/// The path of what is being read at a byte offset of `text`.
pub fn path_before(text: &str, offset: usize) -> String {
    join_path(&levels_before(text, offset))
}

/// The objects and arrays open before a byte offset, each with the key or index being read.
fn levels_before(text: &str, offset: usize) -> Vec<Level> {
    let mut stack: Vec<Level> = Vec::new();
    let mut expecting_key = false;
    let mut chars = text.char_indices();
    while let Some((at, c)) = chars.next() {
        if at >= offset {
            break;
        }
        match c {
            '{' => {
                stack.push(Level::Object { key: None });
                expecting_key = true;
            }
            '[' => stack.push(Level::Array { index: 0 }),
            '}' | ']' => {
                stack.pop();
            }
            ',' => match stack.last_mut() {
                Some(Level::Array { index }) => *index += 1,
                Some(Level::Object { .. }) => expecting_key = true,
                None => {}
            },
            '"' => {
                let mut string = String::new();
                while let Some((_, c)) = chars.next() {
                    match c {
                        '"' => break,
                        '\\' => {
                            chars.next();
                        }
                        c => string.push(c),
                    }
                }
                if let (true, Some(Level::Object { key })) = (expecting_key, stack.last_mut()) {
                    *key = Some(string);
                    expecting_key = false;
                }
            }
            _ => {}
        }
    }
    stack
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_name_the_value_at_a_position() {
        let text = "{\n \"a\": {\"b\": [1, {\"c\": \"x,}\"}]},\n \"d\": 2\n}";
        // The "x,}" string, then "d".
        assert_eq!(path_at(text, 2, 25), "a.b[1].c");
        assert_eq!(path_at(text, 3, 7), "d");
        assert_eq!(path_at(text, 1, 1), "");
    }
}
