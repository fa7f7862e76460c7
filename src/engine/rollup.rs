//! What the province roll-up (KD603) keeps across chunks: the plans
//! directly in a province folder that holds a plan, and the figures of its
//! areas' plans. Nothing at all when no province has a plan of its own.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};

use crate::load::discover;
use crate::model::plan::Plan;
use crate::model::report::Report;

/// Which plans the province roll-up needs: the plans directly in a
/// province folder with a plan, and the plans of its areas.
pub struct Rollup {
    /// Each province folder holding a plan, with its area folders.
    pub areas_of: BTreeMap<PathBuf, BTreeSet<PathBuf>>,
}

impl Rollup {
    pub fn new(found: &discover::Found, provinces: &HashSet<PathBuf>) -> Rollup {
        // A folder's files are listed together: each folder is asked about
        // once a run, not once a file.
        let mut with_plan: HashSet<&Path> = HashSet::new();
        let mut last: Option<&Path> = None;
        for dir in found.plans.iter().filter_map(|p| p.parent()) {
            if last != Some(dir) {
                last = Some(dir);
                if provinces.contains(dir) {
                    with_plan.insert(dir);
                }
            }
        }
        let mut areas_of: BTreeMap<PathBuf, BTreeSet<PathBuf>> = BTreeMap::new();
        if with_plan.is_empty() {
            return Rollup { areas_of };
        }
        let mut last: Option<&Path> = None;
        for area in found
            .plans
            .iter()
            .chain(&found.rosters)
            .filter_map(|f| f.parent())
        {
            if last == Some(area) {
                continue;
            }
            last = Some(area);
            if let Some(province) = area.parent()
                && with_plan.contains(province)
            {
                areas_of
                    .entry(province.to_path_buf())
                    .or_default()
                    .insert(area.to_path_buf());
            }
        }
        Rollup { areas_of }
    }

    pub fn keep(
        &self,
        chunk: &Report,
        province_plans: &mut Vec<(PathBuf, Plan)>,
        figures: &mut Vec<crate::model::rollup::Figures>,
    ) {
        if self.areas_of.is_empty() {
            return;
        }
        for checked in &chunk.plans {
            let dir = checked.path.parent().unwrap_or(Path::new(""));
            if self.areas_of.contains_key(dir) {
                province_plans.push((dir.to_path_buf(), checked.plan.clone()));
            } else if dir.parent().is_some_and(|p| self.areas_of.contains_key(p)) {
                figures.extend(crate::model::rollup::Figures::of(checked));
            }
        }
    }
}
