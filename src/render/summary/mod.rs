//! `kdcl summary` drawn: a terminal table, Markdown, CSV or JSON. The
//! figures and marks come from `report::summary`; nothing is counted here.

mod csv;
pub(crate) mod grid;
mod json;
pub mod period;

use unicode_normalization::UnicodeNormalization;

use crate::render::table::{Format, Layout};
use crate::report::summary::Summary;

/// The summary in `format`, which is one `kdcl summary` offers (not TOML).
pub fn render(summary: &Summary, format: Format, layout: Layout) -> String {
    let text = match format {
        Format::Table => grid::table(summary, layout),
        Format::Markdown => grid::markdown(summary),
        Format::Csv => csv::csv(summary),
        Format::Json => json::json(summary),
        Format::Toml | Format::Xlsx => {
            unreachable!("kdcl summary writes no TOML, and workbooks with render::xlsx")
        }
    };
    text.nfc().collect()
}
