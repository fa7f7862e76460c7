//! `kdcl check`: load every plan and roster under the given paths, run the
//! rules, and return the findings in a stable order.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::checks;
use crate::diagnostic::{Diagnostic, Message, Severity, Sink};
use crate::discover::{self, BadPath, Refused};
use crate::encoding::{self, Encoding, Undecodable};
use crate::limits;
use crate::msg;
use crate::plan::{self, Plan};
use crate::roster::{self, Roster};
use crate::rules;
use crate::source::SourceFile;
use crate::spreadsheet::{self, SheetError};

#[derive(Debug, Default)]
pub struct Report {
    pub files_checked: usize,
    pub diagnostics: Vec<Diagnostic>,
    /// Every plan that could be read, in path order.
    pub plans: Vec<CheckedPlan>,
}

/// A plan as loaded and matched against its roster.
#[derive(Debug)]
pub struct CheckedPlan {
    pub path: PathBuf,
    pub plan: Plan,
    pub roster: Option<Arc<Roster>>,
    /// The roster school each `[[school]]` entry names (empty without a roster).
    pub schools: Vec<Option<usize>>,
}

impl CheckedPlan {
    pub fn context(&self) -> checks::PlanContext<'_> {
        checks::PlanContext {
            plan: &self.plan,
            file_year: discover::plan_year(&self.path),
            roster: self.roster.as_deref(),
            schools: &self.schools,
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

/// How a check runs: the limits it keeps.
#[derive(Debug, Clone)]
pub struct Options {
    /// The largest plan or roster file read, in bytes.
    pub max_file_size: u64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_file_size: limits::DEFAULT_MAX_FILE_SIZE,
        }
    }
}

fn unreadable(shown: &str, message: Message) -> Diagnostic {
    let file = Arc::new(SourceFile::new(shown, ""));
    Diagnostic::new(&rules::UNREADABLE_FILE, message).in_file(&file)
}

/// Reads a plan as UTF-8 text, or returns the finding that says why it cannot.
fn read_text(
    path: &Path,
    shown: &str,
    options: &Options,
) -> Result<Arc<SourceFile>, Box<Diagnostic>> {
    let bytes = limits::read_file(path, options.max_file_size)
        .map_err(|reason| Box::new(unreadable(shown, msg!("unreadable-file", reason = reason))))?;
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Arc::new(SourceFile::new(shown, text))),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            Err(Box::new(
                unreadable(shown, msg!("not-utf8", line = line)).help(msg!("not-utf8-help")),
            ))
        }
    }
}

/// How a plan asks for its roster to be read.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct RosterOptions {
    encoding: Option<Encoding>,
    sheet: Option<String>,
}

/// A roster as far as it could be read.
#[derive(Clone)]
enum Loaded {
    /// Read; `None` when it has no usable header (already reported).
    Read(Option<Arc<Roster>>),
    /// Not readable at all: the finding about the file, for the caller to place.
    Unreadable(Box<Diagnostic>),
    /// A workbook without the sheet `roster_sheet` names: the sheets it has.
    NoSheet(Vec<String>),
}

/// Reads and loads one roster: CSV text in any of the encodings offices
/// produce, or a workbook's sheet. Findings inside it go to `sink`.
fn load_roster(
    path: &Path,
    shown: &str,
    how: &RosterOptions,
    options: &Options,
    sink: &mut Sink,
) -> Loaded {
    let bytes = match limits::read_file(path, options.max_file_size) {
        Ok(bytes) => bytes,
        Err(reason) => {
            return Loaded::Unreadable(Box::new(unreadable(
                shown,
                msg!("unreadable-file", reason = reason),
            )));
        }
    };
    if spreadsheet::is_workbook(path) {
        return match spreadsheet::read(bytes, shown, how.sheet.as_deref()) {
            Ok((file, records)) => {
                Loaded::Read(roster::from_records(&file, records, sink).map(Arc::new))
            }
            Err(SheetError::NoSuchSheet { sheets, .. }) => Loaded::NoSheet(sheets),
            Err(SheetError::Unreadable(reason) | SheetError::TooLarge(reason)) => {
                Loaded::Unreadable(Box::new(
                    unreadable(shown, msg!("workbook-unreadable", reason = reason))
                        .help(msg!("workbook-unreadable-help")),
                ))
            }
        };
    }
    match encoding::decode(&bytes, how.encoding) {
        Ok(decoded) => {
            let file = Arc::new(SourceFile::new(shown, decoded.text));
            Loaded::Read(roster::load(&file, sink).map(Arc::new))
        }
        Err(Undecodable::Workbook(kind)) => Loaded::Unreadable(Box::new(
            unreadable(shown, msg!("workbook-as-text", kind = kind))
                .help(msg!("workbook-as-text-help")),
        )),
        Err(Undecodable::Binary) => Loaded::Unreadable(Box::new(
            unreadable(shown, msg!("binary-file")).help(msg!("not-utf8-help")),
        )),
        Err(Undecodable::Invalid { encoding, line }) => Loaded::Unreadable(Box::new(
            unreadable(
                shown,
                msg!("not-in-encoding", encoding = encoding.name(), line = line),
            )
            .help(msg!("not-in-encoding-help")),
        )),
    }
}

/// Which roster a plan reads.
enum RosterRef {
    None,
    /// Found beside the plan without a `roster` key.
    Beside(PathBuf),
    /// Named by the `roster` key.
    Keyed(Result<PathBuf, Refused>),
}

/// A roster to load once: its real path and how it is read.
type RosterKey = (PathBuf, RosterOptions);

fn key_of(path: &Path, how: &RosterOptions) -> RosterKey {
    let real = fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    (real, how.clone())
}

pub fn check_paths(paths: &[PathBuf]) -> Result<Report, BadPath> {
    check_paths_with(paths, &Options::default())
}

/// Checks every plan and roster under `paths`. Files are read, parsed and
/// checked on all cores; the findings are merged and sorted, so the output
/// depends only on the files, never on timing or the order folders list them.
pub fn check_paths_with(paths: &[PathBuf], options: &Options) -> Result<Report, BadPath> {
    let found = discover::find(paths)?;

    // 1. Every plan, read and parsed.
    let mut loaded: Vec<(Sink, Option<Plan>)> = found
        .plans
        .par_iter()
        .map(|path| {
            let mut sink = Vec::new();
            let plan = load_plan(path, options, &mut sink);
            (sink, plan)
        })
        .collect();

    // 2. The roster each plan reads (paths only; nothing is read yet).
    let refs: Vec<(RosterRef, RosterOptions)> = found
        .plans
        .par_iter()
        .zip(&loaded)
        .map(|(path, (_, plan))| match plan {
            Some(plan) => (roster_ref(plan, path), roster_options(plan)),
            None => (RosterRef::None, RosterOptions::default()),
        })
        .collect();

    // 3. Each distinct roster, loaded once; rosters no plan names, on their own.
    let mut wanted: BTreeMap<RosterKey, PathBuf> = BTreeMap::new();
    for (r, how) in &refs {
        if let RosterRef::Beside(p) | RosterRef::Keyed(Ok(p)) = r {
            wanted.entry(key_of(p, how)).or_insert_with(|| p.clone());
        }
    }
    let named: HashSet<PathBuf> = wanted.keys().map(|(real, _)| real.clone()).collect();
    let mut alone = Vec::new();
    for path in &found.rosters {
        let key = key_of(path, &RosterOptions::default());
        if !named.contains(&key.0) && !wanted.contains_key(&key) {
            wanted.insert(key.clone(), path.clone());
            alone.push(key);
        }
    }
    let rosters: HashMap<RosterKey, (Loaded, Sink)> = wanted
        .par_iter()
        .map(|(key, path)| {
            let mut sink = Vec::new();
            let loaded = load_roster(path, &discover::display(path), &key.1, options, &mut sink);
            (key.clone(), (loaded, sink))
        })
        .collect();
    let roster_files: BTreeSet<String> = wanted.values().map(|p| discover::display(p)).collect();

    // 4. Each plan matched with its roster and checked.
    let mut reported_beside = HashSet::new();
    let mut inputs = Vec::with_capacity(loaded.len());
    for ((path, (sink, plan)), (r, how)) in found.plans.iter().zip(loaded.drain(..)).zip(refs) {
        let Some(plan) = plan else {
            inputs.push((sink, None));
            continue;
        };
        let mut sink = sink;
        let key = match &r {
            RosterRef::Beside(p) | RosterRef::Keyed(Ok(p)) => Some(key_of(p, &how)),
            _ => None,
        };
        let got = key.as_ref().and_then(|k| rosters.get(k)).map(|(l, _)| l);
        let roster = place_roster(
            &plan,
            &r,
            got,
            &mut sink,
            |k| reported_beside.insert(k.clone()),
            key.as_ref(),
        );
        inputs.push((sink, Some((path.clone(), plan, roster))));
    }
    let checked: Vec<(Sink, Option<CheckedPlan>)> = inputs
        .into_par_iter()
        .map(|(mut sink, input)| {
            let checked =
                input.map(|(path, plan, roster)| check_plan(path, plan, roster, &mut sink));
            (sink, checked)
        })
        .collect();

    // 5. Every finding, in a stable order.
    let mut all = Vec::new();
    let mut plans = Vec::new();
    for (sink, plan) in checked {
        all.extend(sink);
        plans.extend(plan);
    }
    for (key, (loaded, sink)) in &rosters {
        all.extend(sink.iter().cloned());
        if alone.contains(key)
            && let Loaded::Unreadable(finding) = loaded
        {
            all.push((**finding).clone());
        }
    }
    all.par_sort_by_cached_key(|d| d.sort_key());
    Ok(Report {
        files_checked: found.plans.len() + roster_files.len(),
        diagnostics: all,
        plans,
    })
}

fn load_plan(path: &Path, options: &Options, sink: &mut Sink) -> Option<Plan> {
    let shown = discover::display(path);
    let file = match read_text(path, &shown, options) {
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
                msg!("nesting-too-deep", max = limits::MAX_TOML_DEPTH),
            )
            .at(&file, at..at + 1),
        );
        return None;
    }
    plan::load(&file, sink)
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
fn roster_ref(plan: &Plan, path: &Path) -> RosterRef {
    let Some(written) = &plan.roster else {
        let dir = path.parent().unwrap_or(Path::new(""));
        let year = plan.year.as_ref().map(|y| y.value);
        let mut candidates = Vec::new();
        if let Some(y) = year {
            candidates.extend(BESIDE.iter().map(|e| dir.join(format!("roster-{y}.{e}"))));
        }
        candidates.extend(BESIDE.iter().map(|e| dir.join(format!("roster.{e}"))));
        return match candidates.into_iter().find(|p| p.is_file()) {
            Some(p) => RosterRef::Beside(p),
            None => RosterRef::None,
        };
    };
    let root = discover::repository_root(path);
    RosterRef::Keyed(discover::resolve_roster(path, &written.value, &root))
}

/// What the plan gets of its roster, with the findings that place a roster
/// problem on the plan: on its `roster` key, its `roster_sheet` key, or (for
/// a roster found beside it) on the roster file, once.
fn place_roster(
    plan: &Plan,
    r: &RosterRef,
    loaded: Option<&Loaded>,
    sink: &mut Sink,
    mut first_time: impl FnMut(&RosterKey) -> bool,
    key: Option<&RosterKey>,
) -> Option<Arc<Roster>> {
    let no_sheet = |sheets: &Vec<String>, sink: &mut Sink| {
        if let Some(sheet) = &plan.roster_sheet {
            sink.push(
                Diagnostic::new(
                    &rules::SHEET_NOT_FOUND,
                    msg!("sheet-not-found", sheet = sheet.value),
                )
                .at(&plan.file, sheet.span.clone())
                .help(msg!(
                    "sheets-are",
                    sheets = sheets
                        .iter()
                        .map(|s| format!("\"{s}\""))
                        .collect::<Vec<_>>()
                        .join(", ")
                )),
            );
        }
    };
    match r {
        RosterRef::None => None,
        RosterRef::Beside(_) => match loaded? {
            Loaded::Read(roster) => roster.clone(),
            Loaded::Unreadable(finding) => {
                // No key to point at: an unreadable roster is reported on the file, once.
                if key.is_some_and(&mut first_time) {
                    sink.push((**finding).clone());
                }
                None
            }
            Loaded::NoSheet(sheets) => {
                no_sheet(sheets, sink);
                None
            }
        },
        RosterRef::Keyed(resolved) => {
            let written = plan.roster.as_ref()?;
            let at_key = |message: Message, help: Vec<Message>| {
                let mut d = Diagnostic::new(&rules::ROSTER_NOT_FOUND, message)
                    .at(&plan.file, written.span.clone());
                d.help = help;
                d
            };
            match resolved {
                Ok(_) => match loaded? {
                    Loaded::Read(roster) => roster.clone(),
                    Loaded::Unreadable(finding) => {
                        let mut help = vec![finding.message.clone()];
                        help.extend(finding.help.iter().cloned());
                        sink.push(at_key(
                            msg!("roster-unreadable", path = written.value),
                            help,
                        ));
                        None
                    }
                    Loaded::NoSheet(sheets) => {
                        no_sheet(sheets, sink);
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
    }
}

/// Matches a plan's schools against its roster and runs every rule family.
fn check_plan(
    path: PathBuf,
    plan: Plan,
    roster: Option<Arc<Roster>>,
    sink: &mut Sink,
) -> CheckedPlan {
    let schools = match &roster {
        Some(roster) => checks::schools::match_entries(&plan, roster, sink),
        None => {
            checks::schools::duplicates_without_roster(&plan, sink);
            Vec::new()
        }
    };
    let checked = CheckedPlan {
        path,
        plan,
        roster,
        schools,
    };
    checks::run(&checked.context(), sink);
    checked
}
