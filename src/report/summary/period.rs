//! `kdcl summary --period 2026-2030` (version 2): each period plan of the
//! period rolled up: the new recognitions it states, per year what its
//! `by_year` plans and what the area's annual plan of that year has (stated
//! or listed), what the annual plans have done together and what is left.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Serialize;

use crate::model::plan::shown_range;
use crate::model::report::{CheckedPlan, Report, area_dir, area_name, province_name};
use crate::text::collate;

#[derive(Debug, Clone, Serialize)]
pub struct PeriodSummary {
    pub version: u32,
    pub period: String,
    pub years: Vec<i64>,
    pub rows: Vec<PeriodRow>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PeriodRow {
    pub area: String,
    pub province: String,
    pub file: String,
    /// The period plan's own `new`, as written.
    pub new: Option<String>,
    pub by_year: Vec<PeriodYear>,
    /// The annual plans' new recognitions added up.
    pub done: String,
    /// `new` less what the annual plans have done.
    pub left: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PeriodYear {
    pub year: i64,
    /// `[targets.by_year]` of the period plan.
    pub planned: Option<String>,
    /// The annual plan's new recognitions, stated or listed.
    pub annual: Option<String>,
}

/// The periods the plans state, in order (`2026-2030`).
pub fn periods(report: &Report) -> Vec<(i64, i64)> {
    let mut out: Vec<(i64, i64)> = report
        .plans
        .iter()
        .filter_map(|p| p.plan.period.as_ref().map(|p| p.value))
        .collect();
    out.sort();
    out.dedup();
    out
}

pub fn build(report: &Report, period: (i64, i64)) -> PeriodSummary {
    let mut by_dir: BTreeMap<PathBuf, Vec<&CheckedPlan>> = BTreeMap::new();
    for plan in &report.plans {
        by_dir.entry(area_dir(plan)).or_default().push(plan);
    }
    let mut rows = Vec::new();
    for plans in by_dir.values() {
        let Some(p) = plans
            .iter()
            .find(|p| p.plan.period.as_ref().is_some_and(|x| x.value == period))
        else {
            continue;
        };
        let mut by_year = Vec::new();
        let (mut lo, mut hi) = (0, 0);
        for year in period.0..=period.1 {
            let planned = p
                .plan
                .targets
                .by_year
                .iter()
                .find(|(y, _)| y.value == year)
                .map(|(_, t)| t.shown());
            let annual = plans
                .iter()
                .find(|a| a.plan.year.as_ref().is_some_and(|y| y.value == year))
                .and_then(|a| crate::rules::rollup::new_of(&a.plan));
            if let Some((l, h)) = annual {
                (lo, hi) = (lo + l, hi + h);
            }
            by_year.push(PeriodYear {
                year,
                planned,
                annual: annual.map(|(l, h)| shown_range(l, h)),
            });
        }
        let new = p.plan.targets.new.as_ref();
        rows.push(PeriodRow {
            area: area_name(p),
            province: province_name(p),
            file: crate::text::path::display(&p.path),
            new: new.map(|n| n.shown()),
            by_year,
            done: shown_range(lo, hi),
            left: new.map(|n| shown_range((n.lo() - hi).max(0), (n.hi() - lo).max(0))),
        });
    }
    rows.sort_by(|a, b| {
        collate::compare(&a.province, &b.province).then_with(|| collate::compare(&a.area, &b.area))
    });
    PeriodSummary {
        version: 1,
        period: format!("{}-{}", period.0, period.1),
        years: (period.0..=period.1).collect(),
        rows,
    }
}
