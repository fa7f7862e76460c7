//! `kdcl check`: load every plan and roster under the given paths, run the
//! rules, and return the findings in a stable order.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use rayon::prelude::*;

use crate::diag::diagnostic::{Diagnostic, Message, Sink};
use crate::engine::evaluations::Evaluations;
use crate::load::discover::{self, BadPath, Refused};
use crate::load::files::{Loaded, RosterOptions, load_roster, read_text};
use crate::load::limits;
use crate::model::plan::Plan;
use crate::model::report::{CheckedPlan, Report};
use crate::model::roster::Roster;
use crate::msg;
use crate::rules;
use crate::rules::context::PlanContext;
use crate::rules::roster::nesting_too_deep;
use crate::rules::roster::roster_not_found::{self, ROSTER_UNREADABLE};
use crate::rules::roster::roster_outside_repository::{
    ROSTER_ABSOLUTE, ROSTER_ESCAPES, ROSTER_LINK_OUT, ROSTER_OUTSIDE_HELP,
};
use crate::rules::roster::sheet_not_found::{self, SHEETS_ARE};

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
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_file_size: limits::DEFAULT_MAX_FILE_SIZE,
            keep_plans: true,
            allows_on: None,
        }
    }
}

/// Which roster a plan reads.
enum RosterRef {
    None,
    /// Found beside the plan without a `roster` key.
    Beside(PathBuf),
    /// Named by the `roster` key: the path to show and the real path.
    Keyed(Result<(PathBuf, PathBuf), Refused>),
}

/// A roster to load once: its real path and how it is read.
type RosterKey = (PathBuf, RosterOptions);

/// A roster as loaded, with the path it is shown under and its own findings.
/// Between chunks of plans a roster that was read is let go (`None`) to keep
/// memory flat; a later plan naming it reads it again (its findings are kept
/// from the first time).
struct LoadedRoster {
    shown: String,
    loaded: Option<Loaded>,
    sink: Sink,
}

/// Plans are checked this many at a time (whole areas), so that memory holds
/// a chunk of plans and their rosters, not the country's. At national scale
/// 512 and 2,048 take the same time; 512 peaks at 60 MiB instead of 90.
const CHUNK: usize = 512;

pub fn check_paths(paths: &[PathBuf]) -> Result<Report, BadPath> {
    check_paths_with(paths, &Options::default())
}

/// File-system answers shared by the plans of a folder, asked once.
#[derive(Default)]
struct Resolver {
    /// (plan folder, `roster` as written) → the resolved roster.
    keyed: HashMap<(PathBuf, String), Result<(PathBuf, PathBuf), Refused>>,
    /// Real paths of the rosters found beside plans.
    real: HashMap<PathBuf, PathBuf>,
    canon: discover::Canon,
}

/// Checks every plan and roster under `paths`. Files are read, parsed and
/// checked on all cores; rosters are named in path order and the findings
/// merged and sorted, so the output depends only on the files, never on
/// timing or the order folders list them in.
pub fn check_paths_with(paths: &[PathBuf], options: &Options) -> Result<Report, BadPath> {
    let found = discover::find(paths)?;
    let provinces = found.provinces();
    // Version 2: province plans and the figures of their areas' plans, kept
    // across chunks for the roll-up (KD603); nothing when no province has a plan.
    let roll = crate::engine::rollup::Rollup::new(&found, &provinces);
    let mut province_plans: Vec<(PathBuf, Plan)> = Vec::new();
    let mut figures: Vec<crate::model::rollup::Figures> = Vec::new();
    let known: HashSet<&Path> = found.rosters.iter().map(PathBuf::as_path).collect();
    let mut resolver = Resolver::default();
    let mut rosters: HashMap<RosterKey, LoadedRoster> = HashMap::new();
    let mut beside_unreadable: BTreeSet<RosterKey> = BTreeSet::new();
    let mut all: Sink = Vec::new();
    let mut plans = Vec::new();
    // Evaluation files are few; plans naming one take turns with the cache.
    let evaluations = Mutex::new(Evaluations::with_max_file_size(options.max_file_size));

    let mut suppressed = 0;
    for chunk in area_chunks(&found.plans, CHUNK) {
        // 1. The chunk's plans, read and parsed.
        let parsed: Vec<(Sink, Option<Plan>)> = chunk
            .par_iter()
            .map(|path| {
                let mut sink = Vec::new();
                let plan = load_plan(path, options, &mut sink);
                (sink, plan)
            })
            .collect();

        // 2. The roster each plan reads: file-system questions asked once a folder.
        let mut questions: Vec<(PathBuf, &Path, String)> = Vec::new();
        let mut asked: HashSet<(&Path, &str)> = HashSet::new();
        for (path, (_, plan)) in chunk.iter().zip(&parsed) {
            let Some(written) = plan.as_ref().and_then(|p| p.roster.as_ref()) else {
                continue;
            };
            let dir = path.parent().unwrap_or(Path::new(""));
            if asked.insert((dir, written.value.as_str()))
                && !resolver
                    .keyed
                    .contains_key(&(dir.to_path_buf(), written.value.clone()))
            {
                questions.push((dir.to_path_buf(), path, written.value.clone()));
            }
        }
        let answers: Vec<_> = questions
            .into_par_iter()
            .map_init(discover::Canon::default, |canon, (dir, plan, written)| {
                let root = canon.repository_root(plan);
                let answer = canon.resolve_roster(plan, &written, &root);
                ((dir, written), answer)
            })
            .collect();
        resolver.keyed.extend(answers);
        let refs: Vec<(RosterRef, RosterOptions)> = chunk
            .iter()
            .zip(&parsed)
            .map(|(path, (_, plan))| match plan {
                Some(plan) => (
                    roster_ref(plan, path, &found, &known, &mut resolver),
                    roster_options(plan),
                ),
                None => (RosterRef::None, RosterOptions::default()),
            })
            .collect();

        // 3. Rosters not read yet, in the order plans name them, loaded once.
        let mut new: Vec<(RosterKey, PathBuf)> = Vec::new();
        let mut wanted: HashSet<RosterKey> = HashSet::new();
        for (r, how) in &refs {
            let (shown, real) = match r {
                RosterRef::Beside(p) => (
                    p,
                    resolver.real.get(p).cloned().unwrap_or_else(|| p.clone()),
                ),
                RosterRef::Keyed(Ok((shown, real))) => (shown, real.clone()),
                _ => continue,
            };
            let key = (real, how.clone());
            let needed = rosters.get(&key).is_none_or(|r| r.loaded.is_none());
            if needed && wanted.insert(key.clone()) {
                new.push((key, shown.clone()));
            }
        }
        for (key, fresh) in load_rosters(new, options, false) {
            match rosters.get_mut(&key) {
                // Read again after being let go: the findings are those of the first time.
                Some(known) => known.loaded = fresh.loaded,
                None => {
                    rosters.insert(key, fresh);
                }
            }
        }

        // 4. Each plan matched with its roster and checked.
        let checked: Vec<(Sink, Option<CheckedPlan>, Option<RosterKey>)> = parsed
            .into_par_iter()
            .zip(refs)
            .zip(chunk)
            .map(|(((mut sink, plan), (r, how)), path)| {
                let Some(plan) = plan else {
                    return (sink, None, None);
                };
                let key = match &r {
                    RosterRef::Beside(p) => Some((
                        resolver.real.get(p).cloned().unwrap_or_else(|| p.clone()),
                        how,
                    )),
                    RosterRef::Keyed(Ok((_, real))) => Some((real.clone(), how)),
                    _ => None,
                };
                let got = key
                    .as_ref()
                    .and_then(|k| rosters.get(k))
                    .and_then(|l| l.loaded.as_ref());
                let (roster, unreadable) = place_roster(&plan, &r, got, &mut sink);
                let province = path.parent().is_some_and(|d| provinces.contains(d));
                let checked = check_plan(
                    path.clone(),
                    (plan, province),
                    roster,
                    &evaluations,
                    &mut sink,
                );
                let unreadable = key.filter(|_| unreadable);
                (sink, Some(checked), unreadable)
            })
            .collect();
        // 5. What needs an area's plans together, while the chunk (whole areas)
        // is at hand: continuity across years, then each plan's [[allow]].
        let mut areas = Report::default();
        for (sink, plan, unreadable) in checked {
            areas.diagnostics.extend(sink);
            areas.plans.extend(plan);
            beside_unreadable.extend(unreadable);
        }
        across_years(&mut areas);
        areas.diagnostics.extend(rules::rollup::periods(&areas));
        roll.keep(&areas, &mut province_plans, &mut figures);
        if let Some(today) = options.allows_on {
            suppressed += crate::engine::suppress::apply_allows(&mut areas, today);
        }
        all.extend(areas.diagnostics);
        if options.keep_plans {
            plans.extend(areas.plans);
        }
        if !options.keep_plans {
            for roster in rosters.values_mut() {
                if matches!(roster.loaded, Some(Loaded::Read(_))) {
                    roster.loaded = None;
                }
            }
        }
    }

    // 6. Rosters no plan named, checked on their own.
    let named: HashSet<&PathBuf> = rosters.keys().map(|(real, _)| real).collect();
    let mut alone: Vec<(RosterKey, PathBuf)> = Vec::new();
    let mut seen: HashSet<PathBuf> = HashSet::new();
    for path in &found.rosters {
        let real = match resolver.real.get(path) {
            Some(real) => real.clone(),
            None => resolver.canon.real(path).unwrap_or_else(|_| path.clone()),
        };
        if !named.contains(&real) && seen.insert(real.clone()) {
            alone.push(((real, RosterOptions::default()), path.clone()));
        }
    }
    rosters.extend(load_rosters(alone, options, true));

    all.extend(rules::rollup::provinces(
        &province_plans,
        &figures,
        &roll.areas_of,
    ));

    // 7. Every finding, in a stable order.
    for key in &beside_unreadable {
        if let Some(LoadedRoster {
            loaded: Some(Loaded::Unreadable(finding)),
            ..
        }) = rosters.get(key)
        {
            all.push((**finding).clone());
        }
    }
    let roster_files: BTreeSet<&str> = rosters.values().map(|r| r.shown.as_str()).collect();
    let files_checked = found.plans.len() + roster_files.len();
    for roster in rosters.into_values() {
        all.extend(roster.sink);
    }
    let evaluations = evaluations.into_inner().unwrap_or_else(|e| e.into_inner());
    let mut report = Report {
        files_checked: files_checked + evaluations.count(),
        diagnostics: all,
        plans,
        suppressed,
    };
    report.diagnostics.par_sort_by_cached_key(|d| d.sort_key());
    Ok(report)
}

/// Loads rosters on every core. A roster that cannot be read is reported
/// in its own file only when `alone` (no plan names it); otherwise the plans
/// naming it place the finding.
fn load_rosters(
    list: Vec<(RosterKey, PathBuf)>,
    options: &Options,
    alone: bool,
) -> Vec<(RosterKey, LoadedRoster)> {
    list.into_par_iter()
        .map(|(key, path)| {
            let shown = crate::text::path::display(&path);
            let mut sink = Vec::new();
            let loaded = load_roster(&path, &shown, &key.1, options.max_file_size, &mut sink);
            if let (true, Loaded::Unreadable(finding)) = (alone, &loaded) {
                sink.push((**finding).clone());
            }
            let roster = LoadedRoster {
                shown,
                loaded: Some(loaded),
                sink,
            };
            (key, roster)
        })
        .collect()
}

/// Chunks of about `size` plans that never split an area (a folder): the
/// continuity rules read an area's plans of every year together.
fn area_chunks(plans: &[PathBuf], size: usize) -> Vec<&[PathBuf]> {
    let mut chunks = Vec::new();
    let mut start = 0;
    for i in 1..=plans.len() {
        let boundary = i == plans.len() || plans[i].parent() != plans[i - 1].parent();
        if boundary && (i - start >= size || i == plans.len()) {
            chunks.push(&plans[start..i]);
            start = i;
        }
    }
    chunks
}

/// Renewals due, schools listed new twice, levels lowered, schools gone: for
/// each area's latest plan, against the area's earlier plans and rosters.
fn across_years(areas: &mut Report) {
    let continuity = crate::rules::continuity::latest_plans(areas);
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

fn roster_options(plan: &Plan) -> RosterOptions {
    RosterOptions {
        encoding: plan.roster_encoding.as_ref().map(|e| e.value),
        sheet: plan.roster_sheet.as_ref().map(|s| s.value.clone()),
    }
}

/// Names a roster may have beside a plan without a `roster` key, in order.
const BESIDE: &[&str] = &["csv", "xlsx", "ods"];

/// The plan's roster: the one its `roster` key names, else `roster-<year>.csv`
/// or `roster.csv` (or `.xlsx`, `.ods`) beside it.
fn roster_ref(
    plan: &Plan,
    path: &Path,
    found: &discover::Found,
    known: &HashSet<&Path>,
    resolver: &mut Resolver,
) -> RosterRef {
    let dir = path.parent().unwrap_or(Path::new(""));
    let Some(written) = &plan.roster else {
        let year = plan.year.as_ref().map(|y| y.value);
        let mut candidates = Vec::new();
        if let Some(y) = year {
            candidates.extend(BESIDE.iter().map(|e| dir.join(format!("roster-{y}.{e}"))));
        }
        candidates.extend(BESIDE.iter().map(|e| dir.join(format!("roster.{e}"))));
        // In a folder that was walked, every roster is known already.
        let walked = found.dirs.contains(dir);
        let beside = candidates
            .into_iter()
            .find(|p| known.contains(p.as_path()) || (!walked && p.is_file()));
        return match beside {
            Some(p) => {
                if !resolver.real.contains_key(&p) {
                    let real = resolver.canon.real(&p).unwrap_or_else(|_| p.clone());
                    resolver.real.insert(p.clone(), real);
                }
                RosterRef::Beside(p)
            }
            None => RosterRef::None,
        };
    };
    let answer = resolver
        .keyed
        .get(&(dir.to_path_buf(), written.value.clone()))
        .cloned()
        .unwrap_or_else(|| {
            let root = resolver.canon.repository_root(path);
            resolver.canon.resolve_roster(path, &written.value, &root)
        });
    RosterRef::Keyed(answer)
}

/// What the plan gets of its roster, with the findings that place a roster
/// problem on the plan: on its `roster` key or its `roster_sheet` key. The
/// flag says the roster beside the plan is unreadable: that is reported on
/// the roster file, once, by the caller.
fn place_roster(
    plan: &Plan,
    r: &RosterRef,
    loaded: Option<&Loaded>,
    sink: &mut Sink,
) -> (Option<Arc<Roster>>, bool) {
    let no_sheet = |sheets: &Vec<String>, sink: &mut Sink| {
        if let Some(sheet) = &plan.roster_sheet {
            let names: Vec<String> = sheets.iter().map(|s| format!("\"{s}\"")).collect();
            sink.push(
                Diagnostic::new(
                    &rules::SHEET_NOT_FOUND,
                    msg!(sheet_not_found::MESSAGE, sheet = sheet.value),
                )
                .at(&plan.file, sheet.span.clone())
                .help(msg!(SHEETS_ARE, sheets = names.join(", "))),
            );
        }
    };
    match r {
        RosterRef::None => (None, false),
        RosterRef::Beside(_) => match loaded {
            Some(Loaded::Read(roster)) => (roster.clone(), false),
            Some(Loaded::Unreadable(_)) => (None, true),
            Some(Loaded::NoSheet(sheets)) => {
                no_sheet(sheets, sink);
                (None, false)
            }
            None => (None, false),
        },
        RosterRef::Keyed(resolved) => {
            let Some(written) = plan.roster.as_ref() else {
                return (None, false);
            };
            let at_key = |message: Message, help: Vec<Message>| {
                let mut d = Diagnostic::new(&rules::ROSTER_NOT_FOUND, message)
                    .at(&plan.file, written.span.clone());
                d.help = help;
                d
            };
            let roster = match resolved {
                Ok(_) => match loaded {
                    Some(Loaded::Read(roster)) => roster.clone(),
                    Some(Loaded::Unreadable(finding)) => {
                        let mut help = vec![finding.message.clone()];
                        help.extend(finding.help.iter().cloned());
                        sink.push(at_key(msg!(ROSTER_UNREADABLE, path = written.value), help));
                        None
                    }
                    Some(Loaded::NoSheet(sheets)) => {
                        no_sheet(sheets, sink);
                        None
                    }
                    None => None,
                },
                Err(Refused::NotFound(reason)) => {
                    sink.push(at_key(
                        msg!(
                            roster_not_found::MESSAGE,
                            path = written.value,
                            reason = reason
                        ),
                        vec![msg!(roster_not_found::HELP)],
                    ));
                    None
                }
                Err(why) => {
                    let message = match why {
                        Refused::Absolute => msg!(ROSTER_ABSOLUTE, path = written.value),
                        Refused::Escapes => msg!(ROSTER_ESCAPES, path = written.value),
                        _ => msg!(ROSTER_LINK_OUT, path = written.value),
                    };
                    sink.push(
                        Diagnostic::new(&rules::ROSTER_OUTSIDE, message)
                            .at(&plan.file, written.span.clone())
                            .help(msg!(ROSTER_OUTSIDE_HELP)),
                    );
                    None
                }
            };
            (roster, false)
        }
    }
}

/// Matches a plan's schools against its roster and runs every rule family.
fn check_plan(
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
    let checked = CheckedPlan {
        path,
        plan,
        roster,
        schools,
        evaluation,
        province,
    };
    rules::run(&PlanContext::of(&checked), sink);
    checked
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
        let sizes: Vec<usize> = area_chunks(&plans, 2).iter().map(|c| c.len()).collect();
        assert_eq!(sizes, [3, 3]);
        let sizes: Vec<usize> = area_chunks(&plans, 1).iter().map(|c| c.len()).collect();
        assert_eq!(sizes, [3, 1, 2]);
        assert_eq!(area_chunks(&plans, 100).len(), 1);
        assert!(area_chunks(&[], 2).is_empty());
    }
}
