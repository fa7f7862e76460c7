//! `kdcl check`: load every plan and roster under the given paths, run the
//! rules, and return the findings in a stable order.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::checks;
use crate::diagnostic::{Diagnostic, Message, Severity, Sink};
use crate::discover::{self, BadPath, Refused};
use crate::evaluation::{Evaluation, Evaluations};
use crate::msg;
use crate::plan::{self, Plan};
use crate::roster::{self, Roster};
use crate::rules;
use crate::source::SourceFile;

#[derive(Debug, Default)]
pub struct Report {
    pub files_checked: usize,
    pub diagnostics: Vec<Diagnostic>,
    /// Every plan that could be read, in path order.
    pub plans: Vec<CheckedPlan>,
    /// Findings left out by `[[allow]]` or a baseline.
    pub suppressed: usize,
}

/// A plan as loaded and matched against its roster.
#[derive(Debug)]
pub struct CheckedPlan {
    pub path: PathBuf,
    pub plan: Plan,
    pub roster: Option<Arc<Roster>>,
    /// The roster school each `[[school]]` entry names (empty without a roster).
    pub schools: Vec<Option<usize>>,
    /// The plan's self-evaluation results, when it names a readable file.
    pub evaluation: Option<Arc<Evaluation>>,
}

impl CheckedPlan {
    pub fn context(&self) -> checks::PlanContext<'_> {
        checks::PlanContext {
            plan: &self.plan,
            file_year: discover::plan_year(&self.path),
            roster: self.roster.as_deref(),
            schools: &self.schools,
            evaluation: self.evaluation.as_deref(),
        }
    }
}

impl Report {
    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }
}

/// Reads a file as UTF-8 text, or returns the finding that says why it cannot.
pub(crate) fn read_text(path: &Path, shown: &str) -> Result<Arc<SourceFile>, Box<Diagnostic>> {
    let unreadable = |message| {
        let file = Arc::new(SourceFile::new(shown, ""));
        Diagnostic::new(&rules::UNREADABLE_FILE, message).in_file(&file)
    };
    let bytes = fs::read(path).map_err(|e| {
        Box::new(unreadable(msg!(
            "unreadable-file",
            reason = discover::io_reason(&e)
        )))
    })?;
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Arc::new(SourceFile::new(shown, text))),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            Err(Box::new(
                unreadable(msg!("not-utf8", line = line)).help(msg!("not-utf8-help")),
            ))
        }
    }
}

/// A roster as far as it could be read.
#[derive(Clone)]
enum Loaded {
    /// Read; `None` when it has no usable header (already reported).
    Read(Option<Arc<Roster>>),
    /// Not readable at all: the finding about the file, for the caller to place.
    Unreadable(Box<Diagnostic>),
}

/// Rosters are shared by the plans of an area; each is read and checked once.
#[derive(Default)]
struct Rosters {
    loaded: HashMap<PathBuf, Loaded>,
    /// Display paths of the rosters read, for the count of files checked.
    files: BTreeMap<String, ()>,
}

impl Rosters {
    fn get(&mut self, path: &Path, sink: &mut Sink) -> Loaded {
        let real = fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        if let Some(done) = self.loaded.get(&real) {
            return done.clone();
        }
        let shown = discover::display(path);
        self.files.insert(shown.clone(), ());
        let loaded = match read_text(path, &shown) {
            Ok(file) => Loaded::Read(roster::load(&file, sink).map(Arc::new)),
            Err(finding) => Loaded::Unreadable(finding),
        };
        self.loaded.insert(real, loaded.clone());
        loaded
    }

    fn is_loaded(&self, path: &Path) -> bool {
        let real = fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        self.loaded.contains_key(&real)
    }
}

pub fn check_paths(paths: &[PathBuf]) -> Result<Report, BadPath> {
    let found = discover::find(paths)?;
    let mut sink = Vec::new();
    let mut rosters = Rosters::default();
    let mut evaluations = Evaluations::default();
    let mut plans = Vec::new();
    for path in &found.plans {
        if let Some(checked) = check_plan(path, &mut rosters, &mut evaluations, &mut sink) {
            plans.push(checked);
        }
    }
    // Rosters no plan named: checked on their own, an unreadable one reported on the file.
    for path in &found.rosters {
        if !rosters.is_loaded(path)
            && let Loaded::Unreadable(finding) = rosters.get(path, &mut sink)
        {
            sink.push(*finding);
        }
    }
    let mut report = Report {
        files_checked: found.plans.len() + rosters.files.len() + evaluations.count(),
        diagnostics: sink,
        plans,
        suppressed: 0,
    };
    // Renewals due, schools listed new twice, levels lowered, schools gone: for
    // each area's latest plan, against the area's earlier plans and rosters.
    let continuity = crate::continuity::latest_plans(&report);
    // The roster already shows the recognition (KD402): the plans' history (KD502) adds nothing.
    let from_roster: Vec<(String, Option<String>)> = report
        .diagnostics
        .iter()
        .filter(|d| std::ptr::eq(d.rule, &rules::NEW_BUT_RECOGNISED))
        .map(|d| (d.path().to_string(), d.school.clone()))
        .collect();
    report
        .diagnostics
        .extend(continuity.into_iter().filter(|d| {
            !std::ptr::eq(d.rule, &rules::NEW_WHILE_RECOGNISED)
                || !from_roster.contains(&(d.path().to_string(), d.school.clone()))
        }));
    report.diagnostics.sort_by_cached_key(|d| d.sort_key());
    Ok(report)
}

/// Loads one plan and its roster, matches its schools and runs every rule
/// family. Returns what was loaded, for commands that go on from there.
fn check_plan(
    path: &Path,
    rosters: &mut Rosters,
    evaluations: &mut Evaluations,
    sink: &mut Sink,
) -> Option<CheckedPlan> {
    let shown = discover::display(path);
    let file = match read_text(path, &shown) {
        Ok(file) => file,
        Err(finding) => {
            sink.push(*finding);
            return None;
        }
    };
    let plan = plan::load(&file, sink)?;
    let roster = roster_of(&plan, path, rosters, sink);
    let schools = match &roster {
        Some(roster) => checks::schools::match_entries(&plan, roster, sink),
        None => {
            checks::schools::duplicates_without_roster(&plan, sink);
            Vec::new()
        }
    };
    let evaluation = evaluations.for_plan(&plan, path, roster.as_ref(), sink);
    let checked = CheckedPlan {
        path: path.to_path_buf(),
        plan,
        roster,
        schools,
        evaluation,
    };
    checks::run(&checked.context(), sink);
    Some(checked)
}

/// The plan's roster: the one its `roster` key names, else `roster-<year>.csv`
/// or `roster.csv` beside it.
fn roster_of(
    plan: &Plan,
    path: &Path,
    rosters: &mut Rosters,
    sink: &mut Sink,
) -> Option<Arc<Roster>> {
    let Some(written) = &plan.roster else {
        let dir = path.parent().unwrap_or(Path::new(""));
        let year = plan.year.as_ref().map(|y| y.value);
        let candidates = year
            .map(|y| dir.join(format!("roster-{y}.csv")))
            .into_iter()
            .chain([dir.join("roster.csv")]);
        let beside = candidates.into_iter().find(|p| p.is_file())?;
        // No key to point at: an unreadable roster is reported on the file, once.
        let first = !rosters.is_loaded(&beside);
        return match rosters.get(&beside, sink) {
            Loaded::Read(roster) => roster,
            Loaded::Unreadable(finding) => {
                if first {
                    sink.push(*finding);
                }
                None
            }
        };
    };
    let root = discover::repository_root(path);
    let at_key = |message: Message, help: Vec<Message>| {
        let mut d =
            Diagnostic::new(&rules::ROSTER_NOT_FOUND, message).at(&plan.file, written.span.clone());
        d.help = help;
        d
    };
    match discover::resolve_roster(path, &written.value, &root) {
        Ok(resolved) => match rosters.get(&resolved, sink) {
            Loaded::Read(roster) => roster,
            Loaded::Unreadable(finding) => {
                let mut help = vec![finding.message.clone()];
                help.extend(finding.help.iter().cloned());
                sink.push(at_key(
                    msg!("roster-unreadable", path = written.value),
                    help,
                ));
                None
            }
        },
        Err(Refused::NotFound(reason)) => {
            sink.push(at_key(
                msg!("roster-not-found", path = written.value, reason = reason),
                vec![msg!("roster-not-found-help")],
            ));
            None
        }
        Err(why) => {
            let message = match why {
                Refused::Absolute => msg!("roster-absolute", path = written.value),
                Refused::Escapes => msg!("roster-escapes", path = written.value),
                _ => msg!("roster-link-out", path = written.value),
            };
            sink.push(
                Diagnostic::new(&rules::ROSTER_OUTSIDE, message)
                    .at(&plan.file, written.span.clone())
                    .help(msg!("roster-outside-help")),
            );
            None
        }
    }
}
