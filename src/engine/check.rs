//! `kdcl check`: load every plan and roster under the given paths, run the
//! rules, and return the findings in a stable order.
//!
//! Plans are taken a chunk of whole areas at a time. Reading a chunk (its
//! plans parsed and their rosters resolved an area per task, then the new
//! rosters loaded) runs on every core while the chunk before it is checked
//! (each area's plans matched and checked, continuity and `[[allow]]`
//! settled, and the plans let go, an area per task), so that no core waits
//! at the end of a phase and no plan outlives its area's check.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use rayon::prelude::*;

use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::engine::evaluations::Evaluations;
use crate::engine::rollup::Rollup;
use crate::engine::rosters::{
    AreaResolver, Resolved, RosterRef, Rosters, place_roster, roster_options,
};
use crate::load::discover::{self, BadPath, Found};
use crate::load::files::{Loaded, RosterOptions, read_text};
use crate::load::limits;
use crate::model::plan::Plan;
use crate::model::report::{CheckedPlan, Report};
use crate::model::roster::Roster;
use crate::msg;
use crate::rules;
use crate::rules::context::PlanContext;
use crate::rules::roster::nesting_too_deep;

/// How a check runs: the limits it keeps.
#[derive(Debug, Clone)]
pub struct Options {
    /// The largest plan or roster file read, in bytes.
    pub max_file_size: u64,
    /// Whether the report keeps every plan read (`Report::plans`); `kdcl
    /// check` needs only the findings, and saves the memory.
    pub keep_plans: bool,
    /// Apply the plans' `[[allow]]` tables as of this day (`kdcl check`).
    pub allows_on: Option<chrono::NaiveDate>,
    /// A plan file named alone is checked against its area's history: the
    /// earlier plans beside it are read, their own findings left out
    /// (`kdcl check`).
    pub history_of_named: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_file_size: limits::DEFAULT_MAX_FILE_SIZE,
            keep_plans: true,
            allows_on: None,
            history_of_named: false,
        }
    }
}

/// Plans are checked this many at a time (whole areas), so that memory holds
/// a chunk of plans and their rosters (two chunks while one is checked and
/// the next read), not the country's.
const CHUNK: usize = 512;

pub fn check_paths(paths: &[PathBuf]) -> Result<Report, BadPath> {
    check_paths_with(paths, &Options::default())
}

/// Checks every plan and roster under `paths`. Files are read, parsed and
/// checked on all cores; rosters are named in path order and the findings
/// merged and sorted, so the output depends only on the files, never on
/// timing or the order folders list them in.
pub fn check_paths_with(paths: &[PathBuf], options: &Options) -> Result<Report, BadPath> {
    let mut found = discover::find(paths)?;
    if options.history_of_named {
        found.add_history();
    }
    let known: HashSet<&Path> = found.rosters.iter().map(PathBuf::as_path).collect();
    let context: HashSet<PathBuf> = found.context.iter().cloned().collect();
    // Rosters read by plans of the check, and by plans read for history only.
    let mut rosters_read: Vec<(String, bool)> = Vec::new();
    let reader = Reader {
        found: &found,
        known: &known,
        options,
    };
    let mut rosters = Rosters::default();
    let chunks = area_chunks(&found.plans, CHUNK);
    // The first chunk read while the province folders are found.
    let ((provinces, roll), mut next) = rayon::join(
        || {
            let provinces = found.provinces();
            // Version 2: province plans and the figures of their areas' plans, kept
            // across chunks for the roll-up (KD603); nothing when no province has a plan.
            let roll = Rollup::new(&found, &provinces);
            (provinces, roll)
        },
        || chunks.first().map(|chunk| reader.read(chunk, &mut rosters)),
    );
    let checker = Checker {
        options,
        // Evaluation files are few; plans naming one take turns with the cache.
        evaluations: Mutex::new(Evaluations::with_max_file_size(options.max_file_size)),
        provinces: &provinces,
        roll,
        context: &context,
    };
    let mut report = Report::default();
    let mut province_plans: Vec<(PathBuf, Plan)> = Vec::new();
    let mut figures: Vec<crate::model::rollup::Figures> = Vec::new();

    for i in 0..chunks.len() {
        let Some(chunk) = next.take() else { break };
        // This chunk checked while the next one is read.
        let (checked, read) = rayon::join(
            || checker.check_chunk(chunk),
            || {
                chunks
                    .get(i + 1)
                    .map(|chunk| reader.read(chunk, &mut rosters))
            },
        );
        next = read;
        for area in checked {
            report.diagnostics.extend(area.report.diagnostics);
            report.plans.extend(area.report.plans);
            report.suppressed += area.report.suppressed;
            province_plans.extend(area.province_plans);
            figures.extend(area.figures);
            rosters_read.extend(area.rosters);
        }
    }

    rosters.load_alone(&found, options.max_file_size);
    report.diagnostics.extend(rules::rollup::provinces(
        &province_plans,
        &figures,
        &checker.roll.areas_of,
    ));
    report.diagnostics.extend(crate::load::misnamed::findings(
        &found,
        options.max_file_size,
    ));
    let roster_files = rosters.finish(&mut report.diagnostics);
    let evaluations = checker
        .evaluations
        .into_inner()
        .unwrap_or_else(|e| e.into_inner());
    report.files_checked = found.plans.len() + roster_files + evaluations.count();
    if !context.is_empty() {
        leave_out_history_only(&mut report, &context, &rosters_read);
    }
    report.diagnostics.par_sort_by_cached_key(|d| d.sort_key());
    Ok(report)
}

/// A plan as read, with the roster it reads.
struct PlanRead<'f> {
    path: &'f PathBuf,
    sink: Sink,
    /// Boxed: a plan is large, and moves from reading to checking.
    plan: Option<Box<Plan>>,
    roster: RosterRef,
    how: RosterOptions,
    /// The roster as loaded, once the chunk's rosters are.
    loaded: Option<Loaded>,
}

/// Reads chunks of plans and their rosters.
struct Reader<'f> {
    found: &'f Found,
    /// The rosters the walk found.
    known: &'f HashSet<&'f Path>,
    options: &'f Options,
}

impl<'f> Reader<'f> {
    /// A chunk's plans read and parsed, their rosters resolved and loaded,
    /// an area at a time on every core; rosters a plan of an earlier chunk
    /// loaded are read again (and let go again after).
    fn read(&self, chunk: &[&'f [PathBuf]], rosters: &mut Rosters) -> Vec<Vec<PlanRead<'f>>> {
        let read: Vec<_> = areas_of(chunk)
            .into_par_iter()
            .map(|area| self.read_area(&area))
            .collect();
        let mut areas = Vec::with_capacity(read.len());
        for (mut plans, answers) in read {
            if let Some(first) = plans.first() {
                let dir = first.path.parent().unwrap_or(Path::new(""));
                for (written, answer) in &answers {
                    if let Some(first) = rosters.settle(dir, written, answer) {
                        settle_area(&mut plans, written, &first);
                    }
                }
            }
            areas.push(plans);
        }
        let refs = areas.iter().flatten().map(|p| (&p.roster, &p.how));
        rosters.load(refs, self.options.max_file_size);
        for plans in &mut areas {
            for i in 0..plans.len() {
                // An area's plans mostly name one roster: looked up once.
                let (before, rest) = plans.split_at_mut(i);
                let plan = &mut rest[0];
                if let Some(previous) = before.last()
                    && plan.roster.same(&plan.how, &previous.roster, &previous.how)
                {
                    plan.loaded = previous.loaded.clone();
                    continue;
                }
                let key = plan.roster.key(&plan.how);
                plan.loaded = rosters.give(&plan.roster, key.as_ref());
            }
        }
        if !self.options.keep_plans {
            rosters.let_go();
        }
        areas
    }

    /// An area's plans (one folder) read and parsed, and their rosters resolved.
    fn read_area(&self, area: &[&'f PathBuf]) -> (Vec<PlanRead<'f>>, Vec<(String, Resolved)>) {
        let mut resolver = AreaResolver::new(self.found, self.known);
        let plans = area
            .iter()
            .map(|&path| {
                let mut sink = Vec::new();
                let plan = load_plan(path, self.options, &mut sink).map(Box::new);
                let (roster, how) = match &plan {
                    Some(plan) => (resolver.roster_ref(plan, path), roster_options(plan)),
                    None => (RosterRef::None, RosterOptions::default()),
                };
                PlanRead {
                    path,
                    sink,
                    plan,
                    roster,
                    how,
                    loaded: None,
                }
            })
            .collect();
        (plans, resolver.into_answers())
    }
}

/// Gives the area's plans writing `written` the answer an earlier plan of their folder got.
fn settle_area(plans: &mut [PlanRead<'_>], written: &str, first: &Resolved) {
    for plan in plans {
        let writes = plan
            .plan
            .as_ref()
            .and_then(|p| p.roster.as_ref())
            .is_some_and(|r| r.value == written);
        if writes {
            plan.roster = RosterRef::Keyed(first.clone());
        }
    }
}

/// What checking an area needs besides its plans.
struct Checker<'f> {
    options: &'f Options,
    evaluations: Mutex<Evaluations>,
    /// Folders holding area folders: a plan directly in one is a province's.
    provinces: &'f HashSet<PathBuf>,
    roll: Rollup,
    /// Plans read only for the history of a plan named alone.
    context: &'f HashSet<PathBuf>,
}

/// An area checked: its findings (and plans, when kept), and what the
/// province roll-up keeps of it.
struct AreaChecked {
    report: Report,
    province_plans: Vec<(PathBuf, Plan)>,
    figures: Vec<crate::model::rollup::Figures>,
    /// Each plan's roster as findings name it, and whether the plan was
    /// read for history only.
    rosters: Vec<(String, bool)>,
}

/// The findings and the count of the plans read only for the history of a
/// plan named alone, and of rosters only they read: the user did not ask
/// for them.
fn leave_out_history_only(
    report: &mut Report,
    context: &HashSet<PathBuf>,
    rosters: &[(String, bool)],
) {
    let plans: HashSet<String> = context
        .iter()
        .map(|p| crate::text::path::display(p))
        .collect();
    let asked: HashSet<&str> = rosters
        .iter()
        .filter(|(_, history)| !history)
        .map(|(r, _)| r.as_str())
        .collect();
    let only: HashSet<&str> = rosters
        .iter()
        .filter(|(r, history)| *history && !asked.contains(r.as_str()))
        .map(|(r, _)| r.as_str())
        .collect();
    report
        .diagnostics
        .retain(|d| !plans.contains(d.path()) && !only.contains(d.path()));
    report.files_checked = report
        .files_checked
        .saturating_sub(plans.len() + only.len());
}

impl Checker<'_> {
    /// Checks a chunk read by [`Reader::read`], an area per task.
    fn check_chunk(&self, areas: Vec<Vec<PlanRead<'_>>>) -> Vec<AreaChecked> {
        areas
            .into_par_iter()
            .map(|plans| self.check_area(plans))
            .collect()
    }

    /// One area's plans matched with their rosters and checked; then what
    /// needs the area's plans together: continuity across years, the period
    /// plan against the annual ones, what the province roll-up keeps, then
    /// each plan's `[[allow]]`. The plans are let go here unless the report
    /// keeps them.
    fn check_area(&self, plans: Vec<PlanRead<'_>>) -> AreaChecked {
        let province = plans
            .first()
            .and_then(|p| p.path.parent())
            .is_some_and(|dir| self.provinces.contains(dir));
        let mut area = Report {
            plans: Vec::with_capacity(plans.len()),
            ..Report::default()
        };
        // Every plan matched with its roster first, so that one history of
        // the area serves each plan's figures (KD108) and the continuity rules.
        let mut sinks: Vec<Sink> = Vec::with_capacity(plans.len());
        for read in plans {
            let mut sink = read.sink;
            match read.plan {
                Some(plan) => {
                    let roster = place_roster(&plan, &read.roster, read.loaded.as_ref(), &mut sink);
                    let matched = match_plan(
                        read.path.clone(),
                        (*plan, province),
                        roster,
                        &self.evaluations,
                        &mut sink,
                    );
                    area.plans.push(matched);
                    sinks.push(sink);
                }
                None => {
                    crate::engine::fold::missing_school(&mut sink);
                    area.diagnostics.extend(sink);
                }
            }
        }
        let continuity = {
            let history = crate::model::history::areas(&area);
            for (plan, sink) in area.plans.iter().zip(&mut sinks) {
                let starts = history.iter().find_map(|a| a.starts_for(plan));
                rules::run(
                    &PlanContext {
                        starts: starts.as_deref(),
                        ..PlanContext::of(plan)
                    },
                    sink,
                );
                crate::engine::fold::missing_school(sink);
            }
            rules::continuity::latest_plans_of(&history)
        };
        area.diagnostics.extend(sinks.into_iter().flatten());
        across_years(&mut area, continuity);
        area.diagnostics.extend(rules::rollup::periods(&area));
        let (mut province_plans, mut figures) = (Vec::new(), Vec::new());
        self.roll.keep(&area, &mut province_plans, &mut figures);
        if let Some(today) = self.options.allows_on {
            area.suppressed += crate::engine::suppress::apply_allows(&mut area, today);
        }
        let rosters = area
            .plans
            .iter()
            .filter_map(|p| {
                let roster = p.roster.as_ref()?;
                Some((roster.file.path.clone(), self.context.contains(&p.path)))
            })
            .collect();
        if !self.options.keep_plans {
            area.plans = Vec::new();
        }
        AreaChecked {
            report: area,
            province_plans,
            figures,
            rosters,
        }
    }
}

/// Chunks of about `size` plans that never split an area (a folder), each
/// as its areas: the continuity rules read an area's plans of every year together.
fn area_chunks(plans: &[PathBuf], size: usize) -> Vec<Vec<&[PathBuf]>> {
    let mut chunks = Vec::new();
    let mut chunk = Vec::new();
    let (mut start, mut in_chunk) = (0, 0);
    for i in 1..=plans.len() {
        if i < plans.len() && plans[i].parent() == plans[i - 1].parent() {
            continue;
        }
        chunk.push(&plans[start..i]);
        in_chunk += i - start;
        start = i;
        if in_chunk >= size || i == plans.len() {
            chunks.push(std::mem::take(&mut chunk));
            in_chunk = 0;
        }
    }
    chunks
}

/// A chunk's plans by folder, in the order folders first appear: a folder
/// whose plans the walk gave in two runs (a subfolder sorting between them)
/// is one area.
fn areas_of<'f>(chunk: &[&'f [PathBuf]]) -> Vec<Vec<&'f PathBuf>> {
    let mut areas: Vec<Vec<&PathBuf>> = Vec::with_capacity(chunk.len());
    let mut index: HashMap<&Path, usize> = HashMap::new();
    for run in chunk {
        let Some(first) = run.first() else { continue };
        let dir = first.parent().unwrap_or(Path::new(""));
        let i = *index.entry(dir).or_insert_with(|| {
            areas.push(Vec::new());
            areas.len() - 1
        });
        areas[i].extend(run.iter());
    }
    areas
}

/// Renewals due, schools listed new twice, levels lowered, schools gone: for
/// each area's latest plan, against the area's earlier plans and rosters.
fn across_years(areas: &mut Report, continuity: Sink) {
    // The roster already shows the recognition (KD402): the plans' history (KD502) adds nothing.
    let from_roster: Vec<(String, Option<String>)> = areas
        .diagnostics
        .iter()
        .filter(|d| std::ptr::eq(d.rule, &rules::NEW_BUT_RECOGNISED))
        .map(|d| (d.path().to_string(), d.school.clone()))
        .collect();
    areas.diagnostics.extend(continuity.into_iter().filter(|d| {
        !std::ptr::eq(d.rule, &rules::NEW_WHILE_RECOGNISED)
            || !from_roster.contains(&(d.path().to_string(), d.school.clone()))
    }));
}

fn load_plan(path: &Path, options: &Options, sink: &mut Sink) -> Option<Plan> {
    let shown = crate::text::path::display(path);
    let file = match read_text(path, &shown, options.max_file_size) {
        Ok(file) => file,
        Err(finding) => {
            sink.push(*finding);
            return None;
        }
    };
    if let Some(at) = limits::toml_too_deep(&file.text, limits::MAX_TOML_DEPTH) {
        sink.push(
            Diagnostic::new(
                &rules::NESTING_TOO_DEEP,
                msg!(nesting_too_deep::MESSAGE, max = limits::MAX_TOML_DEPTH),
            )
            .at(&file, at..at + 1),
        );
        return None;
    }
    crate::load::plan::load(&file, sink)
}

/// Matches a plan's schools against its roster and reads its self-evaluation.
fn match_plan(
    path: PathBuf,
    (plan, province): (Plan, bool),
    roster: Option<Arc<Roster>>,
    evaluations: &Mutex<Evaluations>,
    sink: &mut Sink,
) -> CheckedPlan {
    let schools = match &roster {
        Some(roster) => rules::schools::match_entries(&plan, roster, sink),
        None => {
            rules::schools::duplicates_without_roster(&plan, sink);
            Vec::new()
        }
    };
    let evaluation = plan.evaluation.as_ref().and_then(|_| {
        let mut cache = evaluations.lock().unwrap_or_else(|e| e.into_inner());
        cache.for_plan(&plan, &path, roster.as_ref(), sink)
    });
    CheckedPlan {
        path,
        plan,
        roster,
        schools,
        evaluation,
        province,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_never_split_an_area() {
        let plans: Vec<PathBuf> = [
            "a/1.toml", "a/2.toml", "a/3.toml", "b/1.toml", "c/1.toml", "c/2.toml",
        ]
        .iter()
        .map(PathBuf::from)
        .collect();
        let sizes = |size| -> Vec<Vec<usize>> {
            area_chunks(&plans, size)
                .iter()
                .map(|c| c.iter().map(|a| a.len()).collect())
                .collect()
        };
        assert_eq!(sizes(2), [vec![3], vec![1, 2]]);
        assert_eq!(sizes(1), [vec![3], vec![1], vec![2]]);
        assert_eq!(area_chunks(&plans, 100).len(), 1);
        assert!(area_chunks(&[], 2).is_empty());
    }
}
