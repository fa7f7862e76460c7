//! Turning data into text. The check's [`Report`] in five formats (human,
//! JSON, GitHub, SARIF, JUnit); the reports of `report/` (summary, diff, due,
//! assess, the draft of a plan) as tables, Markdown, CSV, JSON or TOML; the
//! rule list, and the plan schema. Renderers only format: they never decide
//! what is wrong, and never count.

pub mod assess;
pub mod diff;
pub mod draft;
pub mod due;
pub mod github;
pub mod html;
pub mod human;
pub mod json;
pub mod junit;
pub mod new_plan;
pub mod rules;
pub mod sarif;
pub mod schema;
pub mod summary;
pub mod table;
pub mod toml;
pub mod xlsx;

use crate::model::report::Report;
use crate::report::AreaYears;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Source excerpts with the place underlined (for people)
    Human,
    /// One JSON object, version 1 (for tools)
    Json,
    /// GitHub Actions workflow commands (annotations on pull requests)
    Github,
    /// SARIF 2.1.0, for code-scanning dashboards
    Sarif,
    /// JUnit XML, for CI test reports
    Junit,
    /// An Excel workbook, one row per finding (with -o FILE)
    Xlsx,
}

#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// ANSI colour in human output.
    pub color: bool,
    /// Warnings fail the check (`--deny warnings`): JUnit shows them as failures.
    pub deny_warnings: bool,
}

/// "xã Tân Hà (2023, 2024); xã Hoà Ninh (2025)": areas with the years of their plans.
pub(crate) fn areas_with_years(areas: &[AreaYears]) -> String {
    let areas: Vec<String> = areas
        .iter()
        .map(|a| {
            let years: Vec<String> = a.years.iter().map(i32::to_string).collect();
            format!("{} ({})", a.area, years.join(", "))
        })
        .collect();
    areas.join("; ")
}

pub fn render(report: &Report, format: Format, options: Options) -> String {
    match format {
        Format::Human => human::render(report, options.color),
        Format::Json => json::render(report),
        Format::Github => github::render(report),
        Format::Sarif => sarif::render(report),
        Format::Junit => junit::render(report, options.deny_warnings),
        Format::Xlsx => unreachable!("workbooks are written by render::xlsx, not as text"),
    }
}
