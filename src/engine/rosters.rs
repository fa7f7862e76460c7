//! The rosters of a check: which roster each plan reads (resolved inside its
//! repository), each loaded once while the plans naming it are checked and
//! let go after, its own findings kept from the first time it was read, and
//! where a roster problem is reported on a plan.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::diag::diagnostic::{Diagnostic, Message, Sink};
use crate::load::discover::{Canon, Found, Refused};
use crate::load::files::{Loaded, RosterOptions, load_roster};
use crate::model::plan::Plan;
use crate::model::roster::Roster;
use crate::msg;
use crate::rules;
use crate::rules::roster::roster_not_found::{self, ROSTER_UNREADABLE};
use crate::rules::roster::roster_outside_repository::{
    ROSTER_ABSOLUTE, ROSTER_ESCAPES, ROSTER_LINK_OUT, ROSTER_OUTSIDE_HELP,
};
use crate::rules::roster::sheet_not_found::{self, SHEETS_ARE};

/// Which roster a plan reads.
#[derive(Clone)]
pub(super) enum RosterRef {
    None,
    /// Found beside the plan without a `roster` key: the path and its real path.
    Beside(PathBuf, PathBuf),
    /// Named by the `roster` key: the path to show and the real path.
    Keyed(Resolved),
}

impl RosterRef {
    /// The roster to load: its real path and how it is read.
    pub(super) fn key(&self, how: &RosterOptions) -> Option<RosterKey> {
        match self {
            RosterRef::Beside(_, real) | RosterRef::Keyed(Ok((_, real))) => {
                Some((real.clone(), how.clone()))
            }
            _ => None,
        }
    }

    /// The real path of the roster to load, borrowed.
    fn real(&self) -> Option<&Path> {
        match self {
            RosterRef::Beside(_, real) | RosterRef::Keyed(Ok((_, real))) => Some(real),
            _ => None,
        }
    }

    /// Whether both name the same roster, read the same way, the same way
    /// (beside the plan or by its `roster` key).
    pub(super) fn same(
        &self,
        how: &RosterOptions,
        other: &RosterRef,
        other_how: &RosterOptions,
    ) -> bool {
        let kind = |r: &RosterRef| matches!(r, RosterRef::Beside(..));
        self.real().is_some()
            && self.real() == other.real()
            && how == other_how
            && kind(self) == kind(other)
    }

    /// The path the roster is shown under, when there is one to load.
    fn shown(&self) -> Option<&PathBuf> {
        match self {
            RosterRef::Beside(shown, _) | RosterRef::Keyed(Ok((shown, _))) => Some(shown),
            _ => None,
        }
    }
}

/// A roster to load once: its real path and how it is read.
pub(super) type RosterKey = (PathBuf, RosterOptions);

/// Where a `roster` key leads: the path to show and the real path, or why it was refused.
pub(super) type Resolved = Result<(PathBuf, PathBuf), Refused>;

/// A roster as loaded, with the path it is shown under and its own findings.
/// Between chunks of plans a roster that was read is let go (`None`) to keep
/// memory flat; a later plan naming it reads it again (its findings are kept
/// from the first time).
struct LoadedRoster {
    shown: String,
    loaded: Option<Loaded>,
    sink: Sink,
}

/// How a plan asks for its roster to be read.
pub(super) fn roster_options(plan: &Plan) -> RosterOptions {
    RosterOptions {
        encoding: plan.roster_encoding.as_ref().map(|e| e.value),
        sheet: plan.roster_sheet.as_ref().map(|s| s.value.clone()),
    }
}

/// Names a roster may have beside a plan without a `roster` key, in order.
const BESIDE: &[&str] = &["csv", "xlsx", "ods"];

/// Resolves the rosters of one area's plans (all in one folder), asking the
/// file system once per roster written: on any core, with what the walk
/// learnt. The answers for `roster` keys are settled against earlier areas
/// by [`Rosters::settle`].
pub(super) struct AreaResolver<'f> {
    found: &'f Found,
    /// The rosters found by the walk.
    known: &'f HashSet<&'f Path>,
    canon: Canon<'f>,
    /// `roster` as written → the answer, for this folder.
    keyed: Vec<(String, Resolved)>,
}

impl<'f> AreaResolver<'f> {
    pub(super) fn new(found: &'f Found, known: &'f HashSet<&'f Path>) -> Self {
        AreaResolver {
            found,
            known,
            canon: Canon::with(found),
            keyed: Vec::new(),
        }
    }

    /// The plan's roster: the one its `roster` key names, else
    /// `roster-<year>.csv` or `roster.csv` (or `.xlsx`, `.ods`) beside it.
    pub(super) fn roster_ref(&mut self, plan: &Plan, path: &Path) -> RosterRef {
        let dir = path.parent().unwrap_or(Path::new(""));
        let Some(written) = &plan.roster else {
            let year = plan.year.as_ref().map(|y| y.value);
            let mut candidates = Vec::new();
            if let Some(y) = year {
                candidates.extend(BESIDE.iter().map(|e| dir.join(format!("roster-{y}.{e}"))));
            }
            candidates.extend(BESIDE.iter().map(|e| dir.join(format!("roster.{e}"))));
            // In a folder that was walked, every roster is known already.
            let walked = self.found.walked(dir);
            let beside = candidates
                .into_iter()
                .find(|p| self.known.contains(p.as_path()) || (!walked && p.is_file()));
            return match beside {
                Some(p) => {
                    let real = self.canon.real(&p).unwrap_or_else(|_| p.clone());
                    RosterRef::Beside(p, real)
                }
                None => RosterRef::None,
            };
        };
        // The first plan of the folder that writes it answers for the others.
        if let Some((_, answer)) = self.keyed.iter().find(|(w, _)| *w == written.value) {
            return RosterRef::Keyed(answer.clone());
        }
        let root = self.canon.repository_root(path);
        let answer = self.canon.resolve_roster(path, &written.value, &root);
        self.keyed.push((written.value.clone(), answer.clone()));
        RosterRef::Keyed(answer)
    }

    /// The answers given for `roster` keys, in the order first asked.
    pub(super) fn into_answers(self) -> Vec<(String, Resolved)> {
        self.keyed
    }
}

/// Every roster of a check: loaded as plans name them, in plan order.
#[derive(Default)]
pub(super) struct Rosters {
    loaded: HashMap<RosterKey, LoadedRoster>,
    /// (plan folder, `roster` as written) → the resolved roster, as the
    /// first plan in path order that wrote it found it.
    keyed: HashMap<(PathBuf, String), Resolved>,
    /// Rosters beside plans that cannot be read: reported once, on the roster.
    beside_unreadable: BTreeSet<RosterKey>,
    /// The rosters read since they were last let go.
    fresh: Vec<RosterKey>,
}

impl Rosters {
    /// The answer for a folder's `roster` key: an earlier plan's if one in
    /// that folder wrote the same (the folder's plans may come in two runs),
    /// else this one, remembered. `None` when this one stands.
    pub(super) fn settle(
        &mut self,
        dir: &Path,
        written: &str,
        answer: &Resolved,
    ) -> Option<Resolved> {
        let key = (dir.to_path_buf(), written.to_string());
        match self.keyed.get(&key) {
            Some(first) if first != answer => Some(first.clone()),
            Some(_) => None,
            None => {
                self.keyed.insert(key, answer.clone());
                None
            }
        }
    }

    /// Loads, on every core, the rosters the plans name that are not loaded
    /// now, each shown under the path of the first plan naming it.
    pub(super) fn load<'p>(
        &mut self,
        refs: impl Iterator<Item = (&'p RosterRef, &'p RosterOptions)>,
        max_file_size: u64,
    ) {
        let mut new: Vec<(RosterKey, PathBuf)> = Vec::new();
        let mut wanted: HashSet<RosterKey> = HashSet::new();
        let mut previous: Option<(&RosterRef, &RosterOptions)> = None;
        for (r, how) in refs {
            // An area's plans mostly name one roster: asked about once.
            if previous.is_some_and(|(p, p_how)| r.same(how, p, p_how)) {
                continue;
            }
            previous = Some((r, how));
            let (Some(key), Some(shown)) = (r.key(how), r.shown()) else {
                continue;
            };
            let needed = self.loaded.get(&key).is_none_or(|r| r.loaded.is_none());
            if needed && wanted.insert(key.clone()) {
                new.push((key, shown.clone()));
            }
        }
        for (key, fresh) in load_rosters(new, max_file_size, false) {
            self.fresh.push(key.clone());
            match self.loaded.get_mut(&key) {
                // Read again after being let go: the findings are those of the first time.
                Some(known) => known.loaded = fresh.loaded,
                None => {
                    self.loaded.insert(key, fresh);
                }
            }
        }
    }

    /// The roster as loaded, for a plan to hold. A roster beside the plan
    /// that cannot be read is remembered, to be reported on the roster file.
    pub(super) fn give(&mut self, r: &RosterRef, key: Option<&RosterKey>) -> Option<Loaded> {
        let loaded = self.loaded.get(key?)?.loaded.clone();
        if let (RosterRef::Beside(..), Some(Loaded::Unreadable(_)), Some(key)) = (r, &loaded, key) {
            self.beside_unreadable.insert(key.clone());
        }
        loaded
    }

    /// Lets go of the rosters read, once the plans naming them hold them:
    /// the last plan checked frees each.
    pub(super) fn let_go(&mut self) {
        // Only those read since the last time: the others are let go already,
        // or were never read.
        for key in std::mem::take(&mut self.fresh) {
            if let Some(roster) = self.loaded.get_mut(&key)
                && matches!(roster.loaded, Some(Loaded::Read(_)))
            {
                roster.loaded = None;
            }
        }
    }

    /// Rosters no plan named, checked on their own.
    pub(super) fn load_alone(&mut self, found: &Found, max_file_size: u64) {
        // Real paths asked on every core; kept in path order.
        let reals: Vec<PathBuf> = found
            .rosters
            .par_iter()
            .map_init(
                || Canon::with(found),
                |canon, path| canon.real(path).unwrap_or_else(|_| path.clone()),
            )
            .collect();
        let named: HashSet<&PathBuf> = self.loaded.keys().map(|(real, _)| real).collect();
        let mut alone: Vec<(RosterKey, PathBuf)> = Vec::new();
        let mut seen: HashSet<PathBuf> = HashSet::new();
        for (path, real) in found.rosters.iter().zip(reals) {
            if !named.contains(&real) && seen.insert(real.clone()) {
                alone.push(((real, RosterOptions::default()), path.clone()));
            }
        }
        self.loaded.extend(load_rosters(alone, max_file_size, true));
    }

    /// Every roster's findings into `all`; returns how many roster files were read.
    pub(super) fn finish(self, all: &mut Sink) -> usize {
        for key in &self.beside_unreadable {
            if let Some(LoadedRoster {
                loaded: Some(Loaded::Unreadable(finding)),
                ..
            }) = self.loaded.get(key)
            {
                all.push((**finding).clone());
            }
        }
        let files: BTreeSet<&str> = self.loaded.values().map(|r| r.shown.as_str()).collect();
        let count = files.len();
        for roster in self.loaded.into_values() {
            all.extend(roster.sink);
        }
        count
    }
}

/// Loads rosters on every core. A roster that cannot be read is reported
/// in its own file only when `alone` (no plan names it); otherwise the plans
/// naming it place the finding.
fn load_rosters(
    list: Vec<(RosterKey, PathBuf)>,
    max_file_size: u64,
    alone: bool,
) -> Vec<(RosterKey, LoadedRoster)> {
    list.into_par_iter()
        .map(|(key, path)| {
            let shown = crate::text::path::display(&path);
            let mut sink = Vec::new();
            let loaded = load_roster(&path, &shown, &key.1, max_file_size, &mut sink);
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

/// What the plan gets of its roster, with the findings that place a roster
/// problem on the plan: on its `roster` key or its `roster_sheet` key. A
/// roster beside the plan that is unreadable is reported on the roster file
/// (see [`Rosters::give`]).
pub(super) fn place_roster(
    plan: &Plan,
    r: &RosterRef,
    loaded: Option<&Loaded>,
    sink: &mut Sink,
) -> Option<Arc<Roster>> {
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
        RosterRef::None => None,
        RosterRef::Beside(..) => match loaded {
            Some(Loaded::Read(roster)) => roster.clone(),
            Some(Loaded::NoSheet(sheets)) => {
                no_sheet(sheets, sink);
                None
            }
            Some(Loaded::Unreadable(_)) | None => None,
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
            }
        }
    }
}
