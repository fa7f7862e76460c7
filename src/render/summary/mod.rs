//! `kdcl summary` drawn: a terminal table, Markdown, CSV or JSON. The
//! figures and marks come from `report::summary`; nothing is counted here.

mod csv;
pub(crate) mod grid;
mod json;

use unicode_normalization::UnicodeNormalization;

use crate::render::table::Layout;
use crate::report::summary::Summary;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A table with borders (plain ASCII when not on a terminal)
    Table,
    /// A Markdown table to paste into a report
    Markdown,
    /// CSV for spreadsheets (UTF-8 with BOM)
    Csv,
    /// One JSON object for tools
    Json,
}

pub fn render(summary: &Summary, format: Format, layout: Layout) -> String {
    let text = match format {
        Format::Table => grid::table(summary, layout),
        Format::Markdown => grid::markdown(summary),
        Format::Csv => csv::csv(summary),
        Format::Json => json::json(summary),
    };
    text.nfc().collect()
}
