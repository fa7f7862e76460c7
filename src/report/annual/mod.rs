//! `kdcl report`: a year's report for the level above, as data. The summary
//! by area (with the province plans' own figures), the shares recognised
//! before and after, recognitions by level, the renewals falling due in the
//! next five years, what the plan of the year planned against what later
//! rosters record, the findings of the check by area, and the files read.
//! Every figure is counted here; `render::html` only draws them.

mod achieved;
mod findings;

use crate::model::report::Report;
use crate::report::summary::{self, By, Row, Summary};

pub use achieved::Achieved;
pub use findings::{AreaFindings, Finding};

/// How many years ahead the renewals falling due are counted.
pub const AHEAD: i32 = 5;

/// One area's share of schools recognised, in percent, at the start and
/// the end of the year (`None` where a count is unknown).
#[derive(Debug, Clone, PartialEq)]
pub struct Shares {
    pub label: String,
    pub before: Option<f64>,
    pub after: Option<f64>,
}

/// One area's schools recognised after the year, by level.
#[derive(Debug, Clone, PartialEq)]
pub struct Levels {
    pub label: String,
    pub level1: Option<i64>,
    pub level2: Option<i64>,
}

/// The recognitions whose term ends in `year`, over every area.
#[derive(Debug, Clone, PartialEq)]
pub struct DueYear {
    pub year: i32,
    pub standard: i64,
    pub accreditation: i64,
}

#[derive(Debug, Clone)]
pub struct Annual {
    pub year: i32,
    /// The date the report says it was made.
    pub made: chrono::NaiveDate,
    pub summary: Summary,
    /// The period plans rolled up year by year, with `--period`.
    pub period: Option<summary::period::PeriodSummary>,
    pub shares: Vec<Shares>,
    pub levels: Vec<Levels>,
    pub due: Vec<DueYear>,
    pub achieved: Vec<Achieved>,
    pub findings: Vec<AreaFindings>,
    /// The plans and rosters read, in order.
    pub files: Vec<String>,
}

/// A share in percent to one decimal, when both counts are known for every plan.
fn percent(part: &crate::report::summary::Cell, of: &crate::report::summary::Cell) -> Option<f64> {
    match (part.value, of.value) {
        (Some(p), Some(s)) if s > 0 && !part.partial() && !of.partial() => {
            Some((p as f64 * 1000.0 / s as f64).round() / 10.0)
        }
        _ => None,
    }
}

fn levels(row: &Row) -> Levels {
    let level2 = row.level2.value.filter(|_| !row.level2.partial());
    let after = row.after.value.filter(|_| !row.after.partial());
    Levels {
        label: row.label.clone(),
        level1: after.zip(level2).map(|(a, l2)| a - l2),
        level2,
    }
}

/// Builds the report of `year` (and of `period`, when given).
pub fn build(
    report: &Report,
    year: i32,
    period: Option<(i64, i64)>,
    made: chrono::NaiveDate,
) -> Annual {
    let summary = summary::build(report, year, By::Area);
    let rows: Vec<&Row> = summary.rows.iter().chain([&summary.total]).collect();
    let shares = rows
        .iter()
        .map(|r| Shares {
            label: r.label.clone(),
            before: percent(&r.before, &r.schools),
            after: percent(&r.after, &r.schools),
        })
        .collect();
    let levels = rows.iter().map(|r| levels(r)).collect();
    let due = (year + 1..=year + AHEAD)
        .map(|y| {
            let due = crate::report::due::build(report, y);
            let schools = due.areas.iter().flat_map(|a| &a.schools);
            DueYear {
                year: y,
                standard: schools.clone().filter(|s| s.standard.is_some()).count() as i64,
                accreditation: schools.filter(|s| s.accreditation.is_some()).count() as i64,
            }
        })
        .collect();
    let mut files: Vec<String> = report
        .plans
        .iter()
        .filter(|p| p.year() == Some(year) || period.is_some())
        .flat_map(|p| {
            let roster = p.roster.as_ref().map(|r| r.file.path.clone());
            [Some(crate::text::path::display(&p.path)), roster]
        })
        .flatten()
        .collect();
    files.sort();
    files.dedup();
    Annual {
        year,
        made,
        period: period.map(|p| summary::period::build(report, p)),
        shares,
        levels,
        due,
        achieved: achieved::build(report, year),
        findings: findings::build(report),
        files,
        summary,
    }
}
