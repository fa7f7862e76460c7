//! Writing TOML by hand, for the text kdcl prints to be pasted into plans
//! (`kdcl due --format toml`, `kdcl new`): strings quoted, sentences as
//! comments.

/// A TOML string with quotes and backslashes escaped.
pub fn quoted(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// Appends `text` as comment lines, `# ` before each of its lines.
pub fn comment(out: &mut String, text: &str) {
    for line in text.lines() {
        out.push_str(&format!("# {line}\n"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toml_strings_are_escaped() {
        assert_eq!(quoted("MN \"Hoa\" Sen\\"), "\"MN \\\"Hoa\\\" Sen\\\\\"");
    }
}
