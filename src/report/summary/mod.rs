//! `kdcl summary`: one year's plans as a table, one row per area, province
//! or school type, with the figures offices report upward. Every figure is
//! counted from the lists and the rosters where kdcl can; a number the plan
//! states and kdcl computes differently is marked and the check finding
//! named, and a number kdcl can only take from the plan's text is marked too.
//! This is the data; `render::summary` draws it.

mod kinds;
pub mod period;
mod plan;
pub mod province;
mod row;

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Serialize;

use crate::model::afterstate::Histories;
use crate::model::report::{CheckedPlan, Report, area_dir, area_name, province_name};
use crate::msg;
use crate::report::AreaYears;
use crate::text::collate;

pub use row::{Cell, Note, Row, Share};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum By {
    Area,
    Province,
    Kind,
}

#[derive(Debug, Clone)]
pub struct Summary {
    pub year: i32,
    pub by: By,
    pub rows: Vec<Row>,
    pub total: Row,
    pub notes: Vec<Note>,
    /// Areas with plans in other years but none in this one.
    pub absent: Vec<AreaYears>,
    /// By province, from 2025: the old provinces (as the plans write them)
    /// counted in the province they were merged into, (old, new).
    pub merged: Vec<(String, String)>,
    /// Plans that could not be read, so are in no row.
    pub unread: Vec<crate::report::Unread>,
    /// Province plans of the year beside the sum of their areas' plans
    /// (version 2); their figures are not in the rows, which add up areas.
    pub provinces: Vec<province::ProvincePlan>,
}

/// Years with at least one plan, in order.
pub fn years(report: &Report) -> Vec<i32> {
    let mut years: Vec<i32> = report.plans.iter().filter_map(|p| p.year()).collect();
    years.sort();
    years.dedup();
    years
}

/// Builds the summary of the plans of `year`.
pub fn build(report: &Report, year: i32, by: By) -> Summary {
    let plans: Vec<&CheckedPlan> = report
        .plans
        .iter()
        .filter(|p| p.year() == Some(year))
        .collect();
    let provinces = province::province_plans(&plans);
    // A province's own plan is set beside its areas, not added to them.
    let plans: Vec<&CheckedPlan> = plans.into_iter().filter(|p| !p.province).collect();
    let mut notes = Vec::new();
    let mut merged = Vec::new();
    let history = Histories::of(report);
    let context = (report, &history);
    let rows = match by {
        By::Area | By::Province => place_rows(&plans, context, year, by, &mut notes, &mut merged),
        By::Kind => kinds::kind_rows(&plans, context, year, &mut notes),
    };
    Summary {
        year,
        by,
        total: total(&rows),
        rows,
        notes,
        absent: absent(report, &plans),
        merged,
        unread: crate::report::unread(report),
        provinces,
    }
}

/// One row per area or per province, in collation order. By province, from
/// the year of the 2025 merger on, an old province's plans count in the
/// province it was merged into (each such name is listed in `merged`).
fn place_rows(
    plans: &[&CheckedPlan],
    report: (&Report, &Histories<'_>),
    year: i32,
    by: By,
    notes: &mut Vec<Note>,
    merged: &mut Vec<(String, String)>,
) -> Vec<Row> {
    use chrono::Datelike;
    let roll = by == By::Province && year >= crate::model::province::merged_from().year();
    let mut grouped: BTreeMap<(String, String), Row> = BTreeMap::new();
    for plan in plans {
        let row = plan::plan_row(plan, report, year, notes);
        let mut province = row.province.clone().unwrap_or_default();
        if let Some(now) = crate::model::province::merged_into(&province).filter(|_| roll) {
            let pair = (province, now.name.clone());
            if !merged.contains(&pair) {
                merged.push(pair);
            }
            province = now.name.clone();
        }
        let key = match by {
            By::Area => (area_dir(plan).display().to_string(), province.clone()),
            _ => (province.clone(), String::new()),
        };
        let entry = grouped.entry(key).or_insert_with(|| Row {
            label: if by == By::Area {
                row.label.clone()
            } else {
                province
            },
            province: (by == By::Area).then(|| row.province.clone()).flatten(),
            ..Row::default()
        });
        entry.add(&row);
    }
    let mut rows: Vec<Row> = grouped.into_values().collect();
    rows.sort_by(|a, b| {
        collate::compare(&a.label, &b.label).then_with(|| {
            collate::compare(
                a.province.as_deref().unwrap_or(""),
                b.province.as_deref().unwrap_or(""),
            )
        })
    });
    merged.sort_by(|a, b| collate::compare(&a.0, &b.0));
    rows
}

/// The totals row. Notes belong to the rows; it repeats none of them.
fn total(rows: &[Row]) -> Row {
    let mut total = Row {
        label: msg!(SUMMARY_TOTAL).render(),
        ..Row::default()
    };
    for row in rows {
        total.add(row);
    }
    for (_, cell) in total.cells_mut() {
        cell.notes.clear();
    }
    total.notes.clear();
    total
}

/// The areas with plans in other years but none among `plans`.
fn absent(report: &Report, plans: &[&CheckedPlan]) -> Vec<AreaYears> {
    let mut absent: BTreeMap<PathBuf, AreaYears> = BTreeMap::new();
    for plan in report.plans.iter().filter(|p| !p.province) {
        let dir = area_dir(plan);
        if plans.iter().any(|p| area_dir(p) == dir) {
            continue;
        }
        let Some(y) = plan.year() else { continue };
        let a = absent.entry(dir).or_insert_with(|| AreaYears {
            area: area_name(plan),
            province: province_name(plan),
            years: Vec::new(),
        });
        a.years.push(y);
    }
    let mut absent: Vec<AreaYears> = absent.into_values().collect();
    collate::sort_by_name(&mut absent, |a| &a.area);
    absent
}

crate::texts! {
    pub(crate) SUMMARY_TOTAL = "summary-total" {
        "Total (tổng cộng)",
        "Tổng cộng",
    }
}
