//! Tables for people and spreadsheets: one grid of text cells, rendered as a
//! terminal table (comfy-table), Markdown or CSV. `summary` and `due` build
//! grids; they never format tables themselves.

use comfy_table::{CellAlignment, ColumnConstraint, ContentArrangement, Table, Width, presets};

/// The width tables are laid out for when standard output is not a
/// terminal, so files and snapshots do not depend on who ran kdcl.
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
    /// The width to fit; `None` lets comfy-table ask the terminal.
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

    /// A table with borders, long cells wrapped to fit the width.
    pub fn to_table(&self, layout: Layout) -> String {
        let mut table = Table::new();
        table
            .load_style(if layout.ascii {
                presets::ASCII_BORDERS_ONLY_CONDENSED
            } else {
                presets::UTF8_BORDERS_ONLY
            })
            .set_content_arrangement(ContentArrangement::Dynamic)
            .force_no_tty();
        table.set_width(width(layout));
        table.set_header(self.header.clone());
        for row in &self.rows {
            table.add_row(
                row.iter()
                    .map(|c| crate::text::clean::for_terminal(c).into_owned()),
            );
        }
        // Number columns are as wide as their longest line or header word;
        // the other columns share what is left, so names wrap, not numbers.
        let total = table.width().unwrap_or(DEFAULT_WIDTH);
        let mut fixed = 0u16;
        let mut free = Vec::new();
        for (i, numeric) in self.numeric.iter().enumerate() {
            let Some(column) = table.column_mut(i) else {
                continue;
            };
            if !*numeric {
                free.push(i);
                fixed += column.padding_width();
                continue;
            }
            // Right-aligned numbers need no space on their right, but before the border.
            let last = i + 1 == self.numeric.len();
            column.set_padding((1, u16::from(last)));
            let padding = column.padding_width();
            column.set_cell_alignment(CellAlignment::Right);
            let header = self.header.get(i).map_or("", String::as_str);
            let widest = header
                .split_whitespace()
                .chain(
                    self.rows
                        .iter()
                        .flat_map(|r| r.get(i))
                        .flat_map(|c| c.lines()),
                )
                .map(|t| t.chars().count())
                .max()
                .unwrap_or(1) as u16;
            // The fixed width counts the padding on both sides.
            column.set_constraint(ColumnConstraint::Absolute(Width::Fixed(widest + padding)));
            fixed += widest + padding;
        }
        // The outer borders and the (blank) lines between columns.
        let left = total.saturating_sub(fixed + 1 + self.header.len() as u16);
        let any_numeric = self.numeric.iter().any(|n| *n);
        if let Some(share) = left.checked_div(free.len() as u16).filter(|_| any_numeric) {
            for i in free {
                if let Some(column) = table.column_mut(i) {
                    let padding = column.padding_width();
                    column.set_constraint(ColumnConstraint::UpperBoundary(Width::Fixed(
                        share.max(8) + padding,
                    )));
                }
            }
        }
        let mut out = table.trim_fmt();
        out.push('\n');
        out
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

/// The width of the terminal tables are fitted to.
pub fn width(layout: Layout) -> u16 {
    layout
        .width
        .or_else(terminal_width)
        .unwrap_or(DEFAULT_WIDTH)
}

/// The terminal's width, when standard output is one.
fn terminal_width() -> Option<u16> {
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
