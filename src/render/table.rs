//! Tables for people and spreadsheets: one grid of text cells, rendered as a
//! terminal table (comfy-table), Markdown or CSV. `summary` and `due` build
//! grids; they never format tables themselves.

use comfy_table::{CellAlignment, ColumnConstraint, ContentArrangement, Table, Width, presets};

/// The width of a terminal whose width cannot be read.
pub const DEFAULT_WIDTH: u16 = 100;

/// How `kdcl summary` and `kdcl due` write their reports. Each command
/// offers the formats that suit it: `toml` is `kdcl due`'s alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Terminal tables: box drawing on a terminal, plain ASCII otherwise.
    Table,
    /// Markdown tables, to paste into a report.
    Markdown,
    /// CSV for spreadsheets, UTF-8 with a byte-order mark.
    Csv,
    /// One JSON object for tools.
    Json,
    /// `[[school]]` entries to paste into a plan.
    Toml,
    /// An Excel workbook (`render::xlsx`), written to a file.
    Xlsx,
}

#[derive(Debug, Clone, Default)]
pub struct Grid {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Columns whose cells are right-aligned (numbers).
    pub numeric: Vec<bool>,
    /// The last row is a totals row (drawn after a rule in Markdown).
    pub totals: bool,
}

/// How a terminal table is drawn.
#[derive(Debug, Clone, Copy)]
pub struct Layout {
    /// Plain ASCII borders (not on a terminal, or `--ascii`).
    pub ascii: bool,
    /// The width to fit; `None`: no limit, no cell wrapped (a pipe or a file).
    pub width: Option<u16>,
}

impl Grid {
    pub fn new(header: Vec<String>, numeric: Vec<bool>) -> Self {
        Grid {
            header,
            numeric,
            ..Grid::default()
        }
    }

    /// A table with borders. With a width (a terminal, or `COLUMNS`), long
    /// cells are wrapped at word boundaries to fit it, the widest text
    /// columns first; without one (a pipe or a file), no cell is wrapped, so
    /// `grep` and copy-paste find whole names.
    pub fn to_table(&self, layout: Layout) -> String {
        let mut table = Table::new();
        table
            .load_style(if layout.ascii {
                presets::ASCII_BORDERS_ONLY_CONDENSED
            } else {
                presets::UTF8_BORDERS_ONLY
            })
            .force_no_tty();
        table.set_header(self.header.clone());
        for row in &self.rows {
            table.add_row(
                row.iter()
                    .map(|c| crate::text::clean::for_terminal(c).into_owned()),
            );
        }
        let Some(total) = layout.width else {
            table.set_content_arrangement(ContentArrangement::Disabled);
            for (i, numeric) in self.numeric.iter().enumerate() {
                if let Some(column) = table.column_mut(i).filter(|_| *numeric) {
                    let last = i + 1 == self.numeric.len();
                    column.set_padding((1, u16::from(last)));
                    column.set_cell_alignment(CellAlignment::Right);
                }
            }
            return finish(&table);
        };
        table
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(total);
        let needs = self.needs();
        let numeric = |i: usize| self.numeric.get(i).copied().unwrap_or(false);
        let last = self.header.len().saturating_sub(1);
        // The outer borders and the (blank) lines between columns.
        let borders = 1 + self.header.len() as u16;
        let least: u16 = needs
            .iter()
            .enumerate()
            .map(|(i, (least, _))| {
                least
                    + if numeric(i) {
                        1 + u16::from(i == last)
                    } else {
                        2
                    }
            })
            .sum();
        // Short of room, columns lose the space beside the blank line that
        // parts them, which still does.
        let gap = u16::from(least + borders <= total);
        let mut left = total.saturating_sub(borders);
        let mut text = Vec::new();
        for (i, (least, longest)) in needs.iter().copied().enumerate() {
            let Some(column) = table.column_mut(i) else {
                continue;
            };
            if !numeric(i) {
                if gap == 0 {
                    column.set_padding((1, 0));
                }
                text.push((i, least, longest));
                left = left.saturating_sub(column.padding_width());
                continue;
            }
            // Right-aligned numbers need no space on their right, but before the border.
            column.set_padding((gap, u16::from(i == last)));
            column.set_cell_alignment(CellAlignment::Right);
            let width = longest + column.padding_width();
            column.set_constraint(ColumnConstraint::Absolute(Width::Fixed(width)));
            left = left.saturating_sub(width);
        }
        // The narrowest first: each takes what it needs, up to a fair share.
        text.sort_by_key(|&(i, _, longest)| (longest, i));
        let mut remaining = text.len() as u16;
        for (i, least, longest) in text {
            let fair = left / remaining.max(1);
            let width = longest.min(fair).max(least);
            left = left.saturating_sub(width);
            remaining -= 1;
            if let Some(column) = table.column_mut(i) {
                let padding = column.padding_width();
                column.set_constraint(ColumnConstraint::Absolute(Width::Fixed(width + padding)));
            }
        }
        finish(&table)
    }

    /// Each column's least and longest width: number columns are as wide
    /// as their longest line or header word, never wrapped; text columns
    /// share what is left, the narrow ones taking what they need and the
    /// widest wrapping at word boundaries.
    fn needs(&self) -> Vec<(u16, u16)> {
        (0..self.header.len())
            .map(|i| {
                let header = self.header.get(i).map_or("", String::as_str);
                let lines = self
                    .rows
                    .iter()
                    .flat_map(|r| r.get(i))
                    .flat_map(|c| c.lines());
                let count = |t: &str| t.chars().count() as u16;
                let longest = header
                    .split_whitespace()
                    .chain(lines.clone())
                    .map(count)
                    .max();
                let longest = longest.unwrap_or(1).max(1);
                let numeric = self.numeric.get(i).copied().unwrap_or(false);
                (
                    if numeric {
                        longest
                    } else {
                        least_width(header, lines)
                    },
                    longest,
                )
            })
            .collect()
    }

    /// The narrowest this table can be drawn with a width: numbers and
    /// short text whole, longer text wrapped at its words, columns parted
    /// by their borders alone.
    pub fn narrowest(&self) -> u16 {
        let last = self.header.len().saturating_sub(1);
        let borders = 1 + self.header.len() as u16;
        let cells: u16 = self
            .needs()
            .iter()
            .enumerate()
            .map(|(i, (least, longest))| {
                if self.numeric.get(i).copied().unwrap_or(false) {
                    longest + u16::from(i == last)
                } else {
                    least + 1
                }
            })
            .sum();
        borders + cells
    }

    /// A GitHub-flavoured Markdown table (pipes in cells escaped).
    pub fn to_markdown(&self) -> String {
        let escape = |c: &str| {
            crate::text::clean::for_terminal(c)
                .replace('\\', "\\\\")
                .replace('|', "\\|")
                .replace('*', "\\*")
                .replace('\n', " ")
        };
        let line = |cells: &[String]| format!("| {} |\n", cells.join(" | "));
        let mut out = line(&self.header.iter().map(|c| escape(c)).collect::<Vec<_>>());
        let rule: Vec<&str> = (0..self.header.len())
            .map(|i| {
                if self.numeric.get(i).copied().unwrap_or(false) {
                    "--:"
                } else {
                    "---"
                }
            })
            .collect();
        out.push_str(&format!("|{}|\n", rule.join("|")));
        let last = self.rows.len().saturating_sub(1);
        for (i, row) in self.rows.iter().enumerate() {
            let cells: Vec<String> = row
                .iter()
                .map(|c| match escape(c) {
                    c if c.is_empty() || !(self.totals && i == last) => c,
                    c => format!("**{c}**"),
                })
                .collect();
            out.push_str(&line(&cells));
        }
        out
    }

    /// CSV for spreadsheets: UTF-8 with a byte-order mark, so Excel opens
    /// Vietnamese names intact.
    pub fn to_csv(&self) -> String {
        let mut writer = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(Vec::new());
        let _ = writer.write_record(&self.header);
        for row in &self.rows {
            // A cell from plan text never starts a formula (OWASP's leading `'`).
            let _ = writer.write_record(row.iter().map(|cell| safe_csv(cell)));
        }
        let bytes = writer.into_inner().unwrap_or_default();
        format!("\u{feff}{}", String::from_utf8_lossy(&bytes))
    }
}

/// Text this short is never split across lines in a terminal table (an
/// area's name, the total's label); a longer one is wrapped at its words.
const SHORT: usize = 20;

/// The least width of a text column: its short cells whole, and the
/// longest word of the others (up to [`SHORT`]), so words are not cut.
fn least_width<'a>(header: &'a str, lines: impl Iterator<Item = &'a str>) -> u16 {
    header
        .split_whitespace()
        .chain(lines)
        .map(|line| {
            let n = line.chars().count();
            if n <= SHORT {
                n
            } else {
                line.split_whitespace()
                    .map(|w| w.chars().count().min(SHORT))
                    .max()
                    .unwrap_or(0)
            }
        })
        .max()
        .unwrap_or(1)
        .max(1) as u16
}

/// The table as text, trailing spaces trimmed, with a final line end.
fn finish(table: &Table) -> String {
    let mut out = table.trim_fmt();
    out.push('\n');
    out
}

/// A cell as CSV holds it: no terminal escapes, and a leading `'` when a
/// spreadsheet would read it as a formula; plain numbers (`-3`, `12.5`) as
/// they are.
fn safe_csv(cell: &str) -> String {
    let cell = crate::text::clean::for_terminal(cell);
    if cell.parse::<f64>().is_ok() {
        return cell.into_owned();
    }
    crate::text::clean::csv_cell(&cell).into_owned()
}

/// A percentage as the reader's language writes it, one decimal, none
/// when whole: `83,3%` in Vietnamese (decimal comma, no space), `83.3 %`
/// in English.
pub fn percent(p: f64) -> String {
    let number = if p.fract() == 0.0 {
        format!("{p:.0}")
    } else {
        format!("{p:.1}")
    };
    match crate::diag::messages::lang() {
        crate::diag::messages::Lang::Vi => format!("{}%", number.replace('.', ",")),
        crate::diag::messages::Lang::En => format!("{number} %"),
    }
}

/// Greedy word wrap for the lines under a table; continuation lines are
/// indented by `indent` spaces.
pub fn wrap(text: &str, width: u16, indent: usize) -> String {
    let width = usize::from(width).max(indent + 20);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut len = 0;
    let mut has_word = false;
    for word in text.split_whitespace() {
        let n = word.chars().count();
        if has_word && len + 1 + n > width {
            lines.push(std::mem::take(&mut line));
            line = " ".repeat(indent);
            len = indent;
            has_word = false;
        }
        if has_word {
            line.push(' ');
            len += 1;
        }
        line.push_str(word);
        len += n;
        has_word = true;
    }
    lines.push(line);
    lines.join("\n")
}

/// The lines under a table wrapped as the table is: at its width when it
/// has one, not at all when it has none.
pub fn wrap_to(text: &str, layout: Layout, indent: usize) -> String {
    match layout.width {
        Some(width) => wrap(text, width, indent),
        None => text.to_string(),
    }
}

/// The terminal's width, when standard output is one.
pub fn terminal_width() -> Option<u16> {
    Table::new().width()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid() -> Grid {
        let mut g = Grid::new(
            vec!["Area (địa bàn)".into(), "Schools".into()],
            vec![false, true],
        );
        g.rows.push(vec!["thành phố Lai Châu".into(), "28".into()]);
        g.rows.push(vec!["A | B".into(), "3".into()]);
        g.rows.push(vec!["Total".into(), "31".into()]);
        g.totals = true;
        g
    }

    #[test]
    fn markdown_escapes_pipes_and_aligns_numbers() {
        let md = grid().to_markdown();
        assert!(md.contains("|---|--:|"), "{md}");
        assert!(md.contains("| A \\| B | 3 |"), "{md}");
        assert!(md.contains("| **Total** | **31** |"), "{md}");
    }

    #[test]
    fn csv_has_a_bom_and_keeps_vietnamese() {
        let csv = grid().to_csv();
        assert!(
            csv.starts_with("\u{feff}Area (địa bàn),Schools\r\n"),
            "{csv}"
        );
        assert!(csv.contains("thành phố Lai Châu,28\r\n"));
    }

    #[test]
    fn wrapping_keeps_words_and_indents() {
        let text =
            "[1] thành phố Lai Châu 2024: KD101 at plans/a/2024.toml:12:20: targets.new says 2";
        let wrapped = wrap(text, 30, 4);
        for line in wrapped.lines() {
            assert!(line.chars().count() <= 30, "{line}");
        }
        assert!(
            wrapped.lines().skip(1).all(|l| l.starts_with("    ")),
            "{wrapped}"
        );
        assert_eq!(
            wrapped.split_whitespace().collect::<Vec<_>>(),
            text.split_whitespace().collect::<Vec<_>>()
        );
    }

    #[test]
    fn ascii_tables_fit_the_width() {
        let mut g = grid();
        g.rows[0][0] = "Trường Tiểu học và Trung học cơ sở Sùng Phài ".repeat(5);
        let text = g.to_table(Layout {
            ascii: true,
            width: Some(40),
        });
        for line in text.lines() {
            assert!(line.chars().count() <= 40, "{line}");
            assert!(line.is_ascii() || line.contains('|'), "{line}");
        }
        assert!(text.starts_with("+-"), "{text}");
    }
}
