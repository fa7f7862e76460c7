//! The one text every format is written into: a paragraph a line, a table
//! row a line with its cells separated by a tab. Readers say what they meet
//! (text, a tab, a line break, the end of a paragraph, cells and rows); this
//! decides how it is laid out, so that every format comes out alike.

/// The most text one document may give, in bytes: a 50-page plan gives
/// about 200 KiB, so this is only reached by a document built to exhaust
/// memory (repeated spaces, repeated cells).
pub const MAX_TEXT: usize = 32 << 20;

/// A table being read: the cells of its current row and the current cell.
#[derive(Default)]
struct Table {
    row: Vec<String>,
    cell: String,
}

#[derive(Default)]
pub(super) struct Lines {
    out: String,
    /// The paragraph being read, outside tables.
    paragraph: String,
    tables: Vec<Table>,
    /// Whether the text passed [`MAX_TEXT`]: the rest is dropped.
    full: bool,
}

impl Lines {
    /// Where text goes now: the innermost open cell, else the paragraph.
    fn target(&mut self) -> &mut String {
        match self.tables.last_mut() {
            Some(table) => &mut table.cell,
            None => &mut self.paragraph,
        }
    }

    fn room(&mut self, more: usize) -> bool {
        let used = self.out.len() + self.paragraph.len();
        let cells: usize = self
            .tables
            .iter()
            .map(|t| t.cell.len() + t.row.iter().map(String::len).sum::<usize>())
            .sum();
        if used + cells + more > MAX_TEXT {
            self.full = true;
        }
        !self.full
    }

    /// Text of the document. Line ends inside it are spaces: only the
    /// document's own paragraphs and breaks make lines.
    pub fn text(&mut self, text: &str) {
        if !self.room(text.len()) {
            return;
        }
        let target = self.target();
        for c in text.chars() {
            target.push(match c {
                '\n' | '\r' | '\t' | '\u{a0}' => ' ',
                c => c,
            });
        }
    }

    /// `count` spaces (ODF writes runs of spaces as one element).
    pub fn spaces(&mut self, count: usize) {
        // Runs of spaces collapse to one when the line is written.
        if count > 0 {
            self.text(" ");
        }
    }

    /// A tab: kept outside tables; in a cell a space, since a tab separates cells.
    pub fn tab(&mut self) {
        if self.tables.is_empty() {
            self.paragraph.push('\t');
        } else {
            self.text(" ");
        }
    }

    /// A line break inside a paragraph: a new line, or a space in a cell
    /// (a row stays one line).
    pub fn line_break(&mut self) {
        if self.tables.is_empty() {
            self.paragraph.push('\n');
        } else {
            self.text(" ");
        }
    }

    /// The end of a paragraph (or of a heading, a list item, an HTML block).
    pub fn end_paragraph(&mut self) {
        if self.tables.is_empty() {
            let paragraph = std::mem::take(&mut self.paragraph);
            for line in paragraph.split('\n') {
                self.line(line);
            }
        } else {
            self.text(" ");
        }
    }

    /// The edge of a block (an HTML `<p>`, `<div>`, `<li>` …): the end of
    /// the paragraph if it holds text; blocks make no empty lines.
    pub fn end_block(&mut self) {
        if !self.tables.is_empty() {
            self.text(" ");
        } else if !self.paragraph.trim().is_empty() {
            self.end_paragraph();
        }
    }

    pub fn start_table(&mut self) {
        // Text before a table that was not ended as a paragraph is one.
        if self.tables.is_empty() && !self.paragraph.trim().is_empty() {
            self.end_paragraph();
        }
        self.tables.push(Table::default());
    }

    pub fn end_cell(&mut self) {
        if let Some(table) = self.tables.last_mut() {
            let cell = collapse(&std::mem::take(&mut table.cell));
            table.row.push(cell);
        }
    }

    /// The end of a row: a line of cells, or, in a table nested in a cell,
    /// its cells as text of that cell.
    pub fn end_row(&mut self) {
        let Some(table) = self.tables.last_mut() else {
            return;
        };
        // A cell left open (HTML lets `</td>` out) ends with its row.
        if !table.cell.trim().is_empty() {
            self.end_cell();
        }
        let Some(table) = self.tables.last_mut() else {
            return;
        };
        let row = std::mem::take(&mut table.row);
        if row.iter().all(String::is_empty) {
            return;
        }
        if self.tables.len() == 1 {
            // Empty cells before others keep the columns in place.
            let cells = row.iter().rposition(|c| !c.is_empty()).map_or(0, |i| i + 1);
            let line = row[..cells].join("\t");
            self.write(line);
        } else {
            let text = row.join(" ");
            let at = self.tables.len() - 2;
            let outer = &mut self.tables[at].cell;
            outer.push(' ');
            outer.push_str(&text);
        }
    }

    pub fn end_table(&mut self) {
        self.end_row();
        self.tables.pop();
    }

    /// Writes one line of a paragraph: spaces collapsed, neither spaces nor
    /// tabs at either end.
    fn line(&mut self, line: &str) {
        let line = line
            .split('\t')
            .map(collapse)
            .collect::<Vec<_>>()
            .join("\t")
            .trim_matches('\t')
            .to_string();
        self.write(line);
    }

    /// At most one empty line in a row, none at the start.
    fn write(&mut self, line: String) {
        if line.is_empty() && (self.out.is_empty() || self.out.ends_with("\n\n")) {
            return;
        }
        if !self.room(line.len() + 1) {
            return;
        }
        self.out.push_str(&line);
        self.out.push('\n');
    }

    /// Text already laid out in lines (a text box's, the notes'): its lines
    /// as they are, or in a cell its words.
    pub fn block(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        if self.tables.is_empty() {
            if !self.paragraph.is_empty() {
                self.end_paragraph();
            }
            for line in text.lines() {
                self.write(line.to_string());
            }
        } else {
            self.text(text);
        }
    }

    /// Whether the text passed [`MAX_TEXT`].
    pub fn full(&self) -> bool {
        self.full
    }

    /// The text, with anything still open ended.
    pub fn finish(mut self) -> String {
        while !self.tables.is_empty() {
            self.end_table();
        }
        self.end_paragraph();
        let end = self.out.trim_end().len();
        self.out.truncate(end);
        if !self.out.is_empty() {
            self.out.push('\n');
        }
        self.out
    }
}

/// Runs of spaces as one, none at either end.
fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split([' ', '\u{a0}']).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_breaks_and_tabs_become_lines() {
        let mut lines = Lines::default();
        lines.text("  KẾ  HOẠCH ");
        lines.line_break();
        lines.text("năm 2024");
        lines.end_paragraph();
        lines.end_paragraph();
        lines.end_paragraph();
        lines.text("UBND");
        lines.tab();
        lines.text("CỘNG HÒA");
        lines.end_paragraph();
        assert_eq!(lines.finish(), "KẾ HOẠCH\nnăm 2024\n\nUBND\tCỘNG HÒA\n");
    }

    #[test]
    fn a_row_is_one_line_and_a_nested_table_its_cell_text() {
        let mut lines = Lines::default();
        lines.text("Danh sách:");
        lines.start_table();
        lines.text("1");
        lines.end_cell();
        lines.text("Trường MN");
        lines.line_break();
        lines.text("Bum Nưa");
        lines.tab();
        lines.end_paragraph();
        lines.start_table();
        lines.text("điểm chính");
        lines.end_cell();
        lines.text("điểm lẻ");
        lines.end_cell();
        lines.end_row();
        lines.end_table();
        lines.end_cell();
        lines.end_cell();
        lines.end_row();
        lines.end_cell();
        lines.text("TH Kan Hồ");
        lines.end_cell();
        lines.end_cell();
        lines.end_row();
        lines.end_table();
        assert_eq!(
            lines.finish(),
            "Danh sách:\n1\tTrường MN Bum Nưa điểm chính điểm lẻ\n\tTH Kan Hồ\n"
        );
    }
}
