//! Turning a [`Report`] into text. Renderers only format: they never decide
//! what is wrong.

pub mod github;
pub mod human;
pub mod json;

use crate::check::Report;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Source excerpts with the place underlined (for people)
    Human,
    /// One JSON object, version 1 (for tools)
    Json,
    /// GitHub Actions workflow commands (annotations on pull requests)
    Github,
}

pub fn render(report: &Report, format: Format, color: bool) -> String {
    match format {
        Format::Human => human::render(report, color),
        Format::Json => json::render(report),
        Format::Github => github::render(report),
    }
}
