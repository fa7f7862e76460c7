//! What a plan adds to the plans above it (version 2): for each count a
//! province or period plan may state, the plan's own figure, stated
//! (`[targets]`, a range kept end by end) or else counted from its list.
//! Small and kept after the plan itself is let go, so that a province's
//! plan can be set against its areas' plans wherever they were checked.

use std::path::PathBuf;

use crate::model::kind::Kind;
use crate::model::matching::entry_kind;
use crate::model::plan::{Action, Plan, Target};
use crate::model::report::{CheckedPlan, area_dir, area_name};

/// A count's key as plans write it: `new`, `total`, `by_kind.MN`.
pub type Key = String;

#[derive(Debug, Clone)]
pub struct Figures {
    /// The plan's folder.
    pub dir: PathBuf,
    /// The area's name as the plan writes it.
    pub name: String,
    /// Its year (first = last), or its period.
    pub years: (i64, i64),
    pub period: bool,
    /// Each count, `(min, max)`: stated, or counted from the list.
    pub counts: Vec<(Key, (i64, i64))>,
}

impl Figures {
    /// The figures of a checked plan; `None` without a year or a period.
    pub fn of(checked: &CheckedPlan) -> Option<Figures> {
        let plan = &checked.plan;
        let years = plan.years()?;
        let mut counts: Vec<(Key, (i64, i64))> = Vec::new();
        let ends = |t: &Target| (t.lo(), t.hi());
        for (key, t) in stated(plan) {
            counts.push((key, ends(t)));
        }
        if !plan.schools.is_empty() {
            let listed = |key: &str, n: usize, counts: &mut Vec<(Key, (i64, i64))>| {
                if !counts.iter().any(|(k, _)| k == key) {
                    counts.push((key.to_string(), (n as i64, n as i64)));
                }
            };
            listed("total", plan.schools.len(), &mut counts);
            for action in Action::ALL {
                let n = plan
                    .schools
                    .iter()
                    .filter(|e| e.action.as_ref().is_some_and(|a| a.value == action))
                    .count();
                listed(action.key(), n, &mut counts);
            }
            let mut kinds: Vec<(Kind, usize)> = Vec::new();
            for (i, e) in plan.schools.iter().enumerate() {
                let school = checked
                    .roster
                    .as_ref()
                    .zip(checked.schools.get(i).copied().flatten())
                    .map(|(r, s)| &r.schools[s]);
                let Some(kind) = entry_kind(e, school) else {
                    continue;
                };
                match kinds.iter_mut().find(|(k, _)| *k == kind) {
                    Some((_, n)) => *n += 1,
                    None => kinds.push((kind, 1)),
                }
            }
            for key in ["MN", "TH", "THCS", "THPT"] {
                let Some(wanted) = Kind::parse(key) else {
                    continue;
                };
                let n = kinds
                    .iter()
                    .filter(|(k, _)| k.counted_under(&wanted))
                    .map(|(_, n)| n)
                    .sum();
                listed(&format!("by_kind.{wanted}"), n, &mut counts);
            }
        }
        Some(Figures {
            dir: area_dir(checked),
            name: area_name(checked),
            years,
            period: plan.period.is_some(),
            counts,
        })
    }

    pub fn count(&self, key: &str) -> Option<(i64, i64)> {
        self.counts.iter().find(|(k, _)| k == key).map(|(_, c)| *c)
    }
}

/// The counts a plan states that roll up: `total`, the actions, `by_kind`.
pub fn stated(plan: &Plan) -> Vec<(Key, &Target)> {
    let t = &plan.targets;
    let mut out: Vec<(Key, &Target)> = Vec::new();
    if let Some(total) = &t.total {
        out.push(("total".into(), total));
    }
    for action in Action::ALL {
        if let Some(target) = t.action(action) {
            out.push((action.key().into(), target));
        }
    }
    for (kind, target) in &t.by_kind {
        out.push((format!("by_kind.{kind}"), target));
    }
    out
}
