//! A file's text with enough bookkeeping to turn byte spans into lines and columns.

use std::ops::Range;

/// Byte range into a [`SourceFile`]'s text.
pub type Span = Range<usize>;

#[derive(Debug)]
pub struct SourceFile {
    /// The path as the user gave it or as found under the given folder, `/`-separated.
    pub path: String,
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceFile {
    pub fn new(path: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        SourceFile {
            path: path.into(),
            text,
            line_starts,
        }
    }

    /// 1-based line and column of a byte offset. Columns count characters, not
    /// bytes, so that "Nậm Loỏng" is as wide as an editor shows it.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = self.floor_char_boundary(offset.min(self.text.len()));
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[line];
        let column = self.text[start..offset].chars().count() + 1;
        (line + 1, column)
    }

    /// Byte offset where 1-based `line` starts (clamped to the end of the text).
    pub fn line_start(&self, line: usize) -> usize {
        self.line_starts
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or(self.text.len())
    }

    fn floor_char_boundary(&self, mut offset: usize) -> usize {
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    }
}

/// A value with the span it was read from.
#[derive(Debug, Clone, PartialEq)]
pub struct Loc<T> {
    pub value: T,
    pub span: Span,
}

impl<T> Loc<T> {
    pub fn new(value: T, span: Span) -> Self {
        Loc { value, span }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters() {
        let f = SourceFile::new("a", "x = 1\nname = \"Nậm Loỏng\" # c\n");
        let off = f.text.find('#').unwrap();
        assert_eq!(f.line_col(off), (2, 20));
        assert_eq!(f.line_col(0), (1, 1));
        assert_eq!(f.line_col(f.text.len()), (3, 1));
    }
}
