//! Where in a JSON text a value is, as a path ("plan.objectives[2].indicators[0].code"), so that
//! a check of an imported file that runs on its text (`import`) names the field at fault as the
//! reader ([`super::json`]) names those it refuses.

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
        assert_eq!(path_before(text, text.find("\"x").unwrap() + 1), "a.b[1].c");
        assert_eq!(path_before(text, text.find(" 2").unwrap()), "d");
        assert_eq!(path_before(text, 0), "");
    }
}
