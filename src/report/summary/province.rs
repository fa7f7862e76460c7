//! A province's own plan beside the sum of its areas' plans (version 2):
//! for each count the province plan states, what it states and what its
//! areas' plans of the same year or period add up to (stated, or counted
//! from their lists), with the areas that have no plan or no figure.

use std::path::Path;

use serde::Serialize;

use crate::model::plan::shown_range;
use crate::model::report::{CheckedPlan, area_dir, province_name};
use crate::model::rollup::{Figures, stated};

#[derive(Debug, Clone, Serialize)]
pub struct ProvincePlan {
    pub province: String,
    pub file: String,
    pub figures: Vec<ProvinceFigure>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ProvinceFigure {
    /// `new`, `total`, `by_kind.MN` …
    pub key: String,
    /// As the province plan writes it: `10` or `[120, 150]`.
    pub stated: String,
    /// The areas' plans added up.
    pub areas: String,
    pub agrees: bool,
    /// Areas with no plan of the year, or no figure for this count.
    pub without: Vec<String>,
}

/// Each province plan among `plans`, against the other plans of `plans`
/// in the folders below it.
pub fn province_plans(plans: &[&CheckedPlan]) -> Vec<ProvincePlan> {
    let mut out = Vec::new();
    for province in plans.iter().filter(|p| p.province) {
        let dir = area_dir(province);
        let areas: Vec<Figures> = plans
            .iter()
            .filter(|p| !p.province && area_dir(p).parent() == Some(dir.as_path()))
            .filter(|p| p.plan.years() == province.plan.years())
            .filter_map(|p| Figures::of(p))
            .collect();
        let mut figures = Vec::new();
        for (key, target) in stated(&province.plan) {
            let mut without = Vec::new();
            let (mut lo, mut hi) = (0, 0);
            for area in &areas {
                match area.count(&key) {
                    Some((l, h)) => (lo, hi) = (lo + l, hi + h),
                    None => without.push(area.name.clone()),
                }
            }
            if without.len() == areas.len() {
                // No area gives this count: nothing to add up.
                continue;
            }
            let agrees = if lo == hi {
                target.holds(lo)
            } else {
                (lo, hi) == (target.lo(), target.hi())
            };
            figures.push(ProvinceFigure {
                key,
                stated: target.shown(),
                areas: shown_range(lo, hi),
                agrees,
                without,
            });
        }
        out.push(ProvincePlan {
            province: province_name(province),
            file: crate::text::path::display(Path::new(&province.path)),
            figures,
        });
    }
    out
}
