//! Writing TOML by hand, for the text kdcl prints to be pasted into plans
//! (`kdcl due --format toml`, `kdcl new`): strings quoted, sentences as
//! comments.

/// A TOML string with quotes and backslashes escaped.
pub fn quoted(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toml_strings_are_escaped() {
        assert_eq!(quoted("MN \"Hoa\" Sen\\"), "\"MN \\\"Hoa\\\" Sen\\\\\"");
    }
}
