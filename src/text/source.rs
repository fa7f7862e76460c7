//! A file's text with enough bookkeeping to turn byte spans into lines and columns.

use std::ops::Range;

/// Byte range into a [`SourceFile`]'s text.
pub type Span = Range<usize>;

#[derive(Debug)]
pub struct SourceFile {
    /// The path as the user gave it or as found under the given folder, `/`-separated.
    pub path: String,
    pub text: String,
    /// Where each line starts; computed the first time a place is asked for
    /// (most files checked never have a finding).
    line_starts: std::sync::OnceLock<Vec<usize>>,
    /// For a sheet of a workbook: the text is one line per sheet row, and
    /// places are cells (`Sheet1!C7`) rather than columns of characters.
    pub grid: Option<Grid>,
}

/// Where the cells of a sheet's rows stand in a [`SourceFile`]'s text.
#[derive(Debug, Default)]
pub struct Grid {
    pub sheet: String,
    /// Column number (1-based) of each line's first cell.
    pub first_column: usize,
    /// For each line holding cells, in line order: the line (1-based) and the
    /// byte offset where each of its cells starts.
    pub rows: Vec<(usize, Vec<usize>)>,
}

impl Grid {
    /// `A`, `B`, … `Z`, `AA`: a column's letters from its 1-based number.
    pub fn letters(mut column: usize) -> String {
        let mut out = Vec::new();
        while column > 0 {
            column -= 1;
            out.push(b'A' + (column % 26) as u8);
            column /= 26;
        }
        out.reverse();
        String::from_utf8(out).unwrap_or_default()
    }

    /// `Sheet1!C7`; the sheet name is quoted as spreadsheets write it when it has spaces.
    pub fn reference(&self, row: usize, column: usize) -> String {
        let sheet = if self.sheet.chars().all(|c| c.is_alphanumeric() || c == '_') {
            self.sheet.clone()
        } else {
            format!("'{}'", self.sheet.replace('\'', "''"))
        };
        format!("{sheet}!{}{row}", Grid::letters(column))
    }
}

impl SourceFile {
    pub fn new(path: impl Into<String>, text: impl Into<String>) -> Self {
        SourceFile {
            path: path.into(),
            text: text.into(),
            line_starts: std::sync::OnceLock::new(),
            grid: None,
        }
    }

    fn line_starts(&self) -> &[usize] {
        self.line_starts.get_or_init(|| {
            let mut starts = vec![0];
            starts.extend(self.text.match_indices('\n').map(|(i, _)| i + 1));
            starts
        })
    }

    pub fn with_grid(mut self, grid: Grid) -> Self {
        self.grid = Some(grid);
        self
    }

    /// For a sheet: the 1-based (row, column) of the cell holding `offset`.
    pub fn cell_at(&self, offset: usize) -> Option<(usize, usize)> {
        let grid = self.grid.as_ref()?;
        let (line, _) = self.line_col(offset);
        let column = grid
            .rows
            .binary_search_by_key(&line, |(l, _)| *l)
            .ok()
            .map_or(0, |i| {
                grid.rows[i]
                    .1
                    .partition_point(|&start| start <= offset)
                    .saturating_sub(1)
            });
        Some((line, grid.first_column + column))
    }

    /// 1-based line and column of a byte offset. Columns count characters, not
    /// bytes, so that "Nậm Loỏng" is as wide as an editor shows it.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = self.floor_char_boundary(offset.min(self.text.len()));
        let starts = self.line_starts();
        let line = starts.partition_point(|&s| s <= offset) - 1;
        let start = starts[line];
        let column = self.text[start..offset].chars().count() + 1;
        (line + 1, column)
    }

    /// Byte offset where 1-based `line` starts (clamped to the end of the text).
    pub fn line_start(&self, line: usize) -> usize {
        self.line_starts()
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
