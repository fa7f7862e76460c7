//! `kdcl diff`: what changed in an area from one year's plan to another's —
//! stated targets, the schools listed, the after-state, the roster — and the
//! continuity findings (KD501–KD504) of the years compared.

use std::collections::BTreeSet;

use serde::Serialize;

use crate::diag::diagnostic::Diagnostic;
use crate::model::history::{Area, SchoolId};
use crate::model::plan::{Entry, Plan, Target};
use crate::model::report::{CheckedPlan, Report};
use crate::report::AreaYears;
use crate::rules::continuity;

/// One stated target, old → new (either may be absent).
#[derive(Debug, Clone, Serialize)]
pub struct TargetChange {
    pub key: String,
    pub old: Option<i64>,
    pub new: Option<i64>,
}

/// An action on a school as a plan lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Listed {
    pub action: Option<&'static str>,
    pub level: Option<i64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SchoolChange {
    pub school: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// `added`, `dropped` or `changed`.
    pub change: &'static str,
    pub old: Option<Listed>,
    pub new: Option<Listed>,
}

/// An after-state figure, old → new; `stated` when kdcl could only take it
/// from the plan's text.
#[derive(Debug, Clone, Serialize)]
pub struct Figure {
    pub key: &'static str,
    pub old: Option<i64>,
    pub new: Option<i64>,
    pub old_stated: bool,
    pub new_stated: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct RosterChange {
    pub school: String,
    pub code: String,
    /// `added` or `removed`.
    pub change: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AreaDiff {
    pub area: String,
    pub province: String,
    pub from: i32,
    pub to: i32,
    /// Period plans compared (version 2): `2021-2025` → `2026-2030`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from_period: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to_period: Option<String>,
    pub old_plan: String,
    pub new_plan: String,
    pub targets: Vec<TargetChange>,
    pub schools: Vec<SchoolChange>,
    pub after: Vec<Figure>,
    pub roster: Vec<RosterChange>,
}

pub struct Diff {
    pub areas: Vec<AreaDiff>,
    /// Areas without two plans of the years asked, with the years they have.
    pub skipped: Vec<AreaYears>,
    pub findings: Vec<Diagnostic>,
    /// Plans and rosters read for the comparison.
    pub files: usize,
    /// Plans that could not be read: the years compared may not be the latest.
    pub unread: Vec<crate::report::Unread>,
}

/// Which years to compare.
#[derive(Debug, Clone, Copy, Default)]
pub struct Years {
    pub from: Option<i32>,
    pub to: Option<i32>,
}

/// Compares the areas of a repository.
pub fn areas(report: &Report, years: Years) -> Diff {
    let mut diff = Diff {
        areas: Vec::new(),
        skipped: Vec::new(),
        findings: Vec::new(),
        files: report.files_checked,
        unread: crate::report::unread(report),
    };
    for area in crate::model::history::areas(report) {
        let present: Vec<i32> = area.plans.iter().filter_map(|p| p.year()).collect();
        let to = years.to.or(present.last().copied());
        let from = years
            .from
            .or_else(|| to.and_then(|to| present.iter().rev().copied().find(|y| *y < to)));
        let pair = from
            .zip(to)
            .and_then(|(f, t)| area.plan_of(f).zip(area.plan_of(t)));
        match pair {
            Some((old, new)) if old.year() != new.year() => {
                compare(&area, old, new, &mut diff);
            }
            _ => diff.skipped.push(AreaYears {
                area: area.name.clone(),
                province: area.province.clone(),
                years: present,
            }),
        }
    }
    periods(report, &mut diff);
    diff.findings.sort_by_cached_key(|d| d.sort_key());
    diff
}

/// Version 2: in each folder with period plans of two periods or more, the
/// latest period plan against the one before it.
fn periods(report: &Report, diff: &mut Diff) {
    let mut by_dir: std::collections::BTreeMap<std::path::PathBuf, Vec<&CheckedPlan>> =
        Default::default();
    for plan in report.plans.iter().filter(|p| p.plan.period.is_some()) {
        by_dir
            .entry(crate::model::report::area_dir(plan))
            .or_default()
            .push(plan);
    }
    for (dir, mut plans) in by_dir {
        plans.sort_by_key(|p| p.plan.period.as_ref().map(|x| x.value));
        plans.dedup_by_key(|p| p.plan.period.as_ref().map(|x| x.value));
        if let [.., old, new] = plans.as_slice() {
            let area = Area::new(
                dir,
                crate::model::report::area_name(new),
                crate::model::report::province_name(new),
                vec![old, new],
            );
            compare(&area, old, new, diff);
        }
    }
}

/// `2026-2030` for a period plan.
fn period_of(plan: &CheckedPlan) -> Option<String> {
    plan.plan
        .period
        .as_ref()
        .map(|p| format!("{}-{}", p.value.0, p.value.1))
}

/// Compares two plan files, whatever their folders.
pub fn pair(report: &Report) -> Option<Diff> {
    let [old, new] = report.plans.as_slice() else {
        return None;
    };
    let area = Area::new(
        crate::model::report::area_dir(new),
        crate::model::report::area_name(new),
        crate::model::report::province_name(new),
        vec![old, new],
    );
    let mut diff = Diff {
        areas: Vec::new(),
        skipped: Vec::new(),
        findings: Vec::new(),
        files: report.files_checked,
        unread: crate::report::unread(report),
    };
    compare(&area, old, new, &mut diff);
    diff.findings.sort_by_cached_key(|d| d.sort_key());
    Some(diff)
}

fn compare(area: &Area<'_>, old: &CheckedPlan, new: &CheckedPlan, diff: &mut Diff) {
    let first = |p: &CheckedPlan| {
        p.year()
            .or_else(|| p.plan.period.as_ref().map(|x| x.value.0 as i32))
            .unwrap_or(0)
    };
    let (from, to) = (first(old), first(new));
    let (lo, hi) = (from.min(to), from.max(to));
    diff.findings.extend(
        continuity::check_area(area, |y| y > lo && y <= hi && (from < to || y == to))
            .into_iter()
            .map(|f| f.diagnostic),
    );
    diff.areas.push(AreaDiff {
        area: area.name.clone(),
        province: area.province.clone(),
        from,
        to,
        from_period: period_of(old),
        to_period: period_of(new),
        old_plan: crate::text::path::display(&old.path),
        new_plan: crate::text::path::display(&new.path),
        targets: targets(&old.plan, &new.plan),
        schools: schools(area, old, new),
        after: after(area, old, new),
        roster: roster(old, new),
    });
}

fn stated(plan: &Plan) -> Vec<(String, i64)> {
    let t = &plan.targets;
    let named: [(&str, &Option<Target>); 9] = [
        ("total", &t.total),
        ("new", &t.new),
        ("renew", &t.renew),
        ("raise", &t.raise),
        ("accredit", &t.accredit),
        ("kept", &t.kept),
        ("recognised_after", &t.recognised_after),
        ("level2_after", &t.level2_after),
        ("schools_total", &t.schools_total),
    ];
    let mut out: Vec<(String, i64)> = Vec::new();
    // A range (version 2) is compared end by end: `new.min`, `new.max`.
    let mut push = |key: String, t: &Target| {
        if t.is_range() {
            out.push((format!("{key}.min"), t.lo()));
            out.push((format!("{key}.max"), t.hi()));
        } else {
            out.push((key, t.lo()));
        }
    };
    for (k, t) in named.iter() {
        if let Some(t) = t {
            push(k.to_string(), t);
        }
    }
    for (kind, target) in &t.by_kind {
        push(format!("by_kind.{kind}"), target);
    }
    for (year, target) in &t.by_year {
        push(format!("by_year.{}", year.value), target);
    }
    out
}

fn targets(old: &Plan, new: &Plan) -> Vec<TargetChange> {
    let (a, b) = (stated(old), stated(new));
    let mut keys: Vec<String> = a.iter().map(|(k, _)| k.clone()).collect();
    for (k, _) in &b {
        if !keys.contains(k) {
            keys.push(k.clone());
        }
    }
    let get =
        |list: &[(String, i64)], key: &str| list.iter().find(|(k, _)| k == key).map(|(_, v)| *v);
    keys.into_iter()
        .filter_map(|key| {
            let (o, n) = (get(&a, &key), get(&b, &key));
            (o != n).then_some(TargetChange {
                key,
                old: o,
                new: n,
            })
        })
        .collect()
}

fn listed(entry: &Entry) -> Listed {
    Listed {
        action: entry.action.as_ref().map(|a| a.value.key()),
        level: entry.level.as_ref().map(|l| l.value),
    }
}

fn schools(area: &Area<'_>, old: &CheckedPlan, new: &CheckedPlan) -> Vec<SchoolChange> {
    let before = area.entries_by_id(old);
    let after = area.entries_by_id(new);
    let ids: BTreeSet<&SchoolId> = before.keys().chain(after.keys()).collect();
    let mut out: Vec<SchoolChange> = ids
        .into_iter()
        .filter_map(|id| {
            let (o, n) = (before.get(id), after.get(id));
            let written = n.or(o).map(|e| e.school.value.as_str());
            let (change, o, n) = match (o, n) {
                (Some(o), Some(n)) if listed(o) == listed(n) => return None,
                (Some(o), Some(n)) => ("changed", Some(listed(o)), Some(listed(n))),
                (Some(o), None) => ("dropped", Some(listed(o)), None),
                (None, Some(n)) => ("added", None, Some(listed(n))),
                (None, None) => return None,
            };
            let (school, code) = match id {
                SchoolId::Code(code) => {
                    let shown = area.display(id, written);
                    let name = shown
                        .strip_suffix(&format!(" ({code})"))
                        .map_or(shown.clone(), str::to_string);
                    (name, Some(code.to_string()))
                }
                SchoolId::Name(_) => (written.unwrap_or_default().to_string(), None),
            };
            Some(SchoolChange {
                school,
                code,
                change,
                old: o,
                new: n,
            })
        })
        .collect();
    let order = |c: &SchoolChange| match c.change {
        "added" => 0,
        "dropped" => 1,
        _ => 2,
    };
    out.sort_by(|a, b| {
        order(a)
            .cmp(&order(b))
            .then_with(|| crate::text::collate::compare(&a.school, &b.school))
    });
    out
}

/// Schools in the roster, recognised and at level 2 after each plan, as
/// the area's history has them (the figures of `kdcl check`'s KD108).
fn after(area: &Area<'_>, old: &CheckedPlan, new: &CheckedPlan) -> Vec<Figure> {
    let figures = |p: &CheckedPlan| {
        let t = &p.plan.targets;
        let listed = !p.plan.schools.is_empty() || !t.any_count();
        let state = area.after_state(p).filter(|_| listed);
        let pick = |computed: Option<usize>, stated: &Option<Target>| match computed {
            Some(v) => (Some(v as i64), false),
            None => (stated.as_ref().map(|s| s.value.value), stated.is_some()),
        };
        [
            pick(p.roster.as_ref().map(|r| r.schools.len()), &t.schools_total),
            pick(
                state.as_ref().map(|s| s.recognised_after),
                &t.recognised_after,
            ),
            pick(state.as_ref().map(|s| s.level2_after), &t.level2_after),
        ]
    };
    let (a, b) = (figures(old), figures(new));
    ["schools_total", "recognised_after", "level2_after"]
        .into_iter()
        .zip(a.into_iter().zip(b))
        .map(|(key, ((o, os), (n, ns)))| Figure {
            key,
            old: o,
            new: n,
            old_stated: os,
            new_stated: ns,
        })
        .collect()
}

fn roster(old: &CheckedPlan, new: &CheckedPlan) -> Vec<RosterChange> {
    let (Some(a), Some(b)) = (&old.roster, &new.roster) else {
        return Vec::new();
    };
    if std::sync::Arc::ptr_eq(a, b) {
        return Vec::new();
    }
    let codes = |r: &crate::model::roster::Roster| -> Vec<String> {
        r.schools.iter().map(|s| s.code.to_uppercase()).collect()
    };
    let (ca, cb) = (codes(a), codes(b));
    let mut out: Vec<RosterChange> = Vec::new();
    for s in &a.schools {
        if !cb.contains(&s.code.to_uppercase()) {
            out.push(RosterChange {
                school: s.name.clone(),
                code: s.code.clone(),
                change: "removed",
                note: s.note.clone(),
            });
        }
    }
    for s in &b.schools {
        if !ca.contains(&s.code.to_uppercase()) {
            out.push(RosterChange {
                school: s.name.clone(),
                code: s.code.clone(),
                change: "added",
                note: s.note.clone(),
            });
        }
    }
    out
}

/// The findings as a check report, for the check renderers.
pub fn report(diff: &Diff) -> Report {
    Report {
        files_checked: diff.files,
        diagnostics: diff.findings.clone(),
        plans: Vec::new(),
        suppressed: 0,
    }
}
