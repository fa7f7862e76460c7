//! Finding plans and rosters under the paths the user gave, and resolving a
//! plan's roster without ever leaving the repository.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::{Component, Path, PathBuf};

mod canon;
mod walk;

pub use canon::{Canon, Refused, repository_root, resolve_roster, resolve_roster_real};

/// What to check: plan files and roster files, in a stable order.
///
/// A walk hands on, as plans (or as rosters, by their names), every path it
/// met that kdcl would read or walk but must refuse: a link leading out of
/// the repository, a folder it cannot read, a pipe or device named like a
/// plan. The guarded reader (`read_file` of load/limits.rs) then says
/// why, in a finding at that path, so nothing is left out silently.
///
/// The walk also keeps what it learnt of the file system, so that resolving
/// a plan's roster inside the folders walked asks the operating system
/// nothing: the real path of each folder, which files found are links, and
/// which real folders hold `kdcl.toml` or `.git`. [`Canon`] consults it
/// before asking; every answer is the one it would get by asking.
#[derive(Debug, Default)]
pub struct Found {
    pub plans: Vec<PathBuf>,
    pub rosters: Vec<PathBuf>,
    /// TOML files under `plans/` not named as plans (`KH 2026.toml`).
    pub misnamed: Vec<PathBuf>,
    /// Each folder walked, as walked → its real path, when known.
    walked: HashMap<PathBuf, Option<PathBuf>>,
    /// Plans and rosters found that are symbolic links.
    links: HashSet<PathBuf>,
    /// Earlier plans of a plan file named alone, read only for its area's
    /// history ([`Found::add_history`]); also in `plans`.
    pub context: Vec<PathBuf>,
    /// Real folders → whether they hold `kdcl.toml` or `.git`: the folders
    /// walked and every folder above a walked root.
    marked: HashMap<PathBuf, bool>,
    /// The real current folder, once asked.
    cwd: std::sync::OnceLock<Option<PathBuf>>,
}

impl Found {
    /// The folders that hold area folders (with a plan or a roster): a plan
    /// directly in one is the province's own plan.
    pub fn provinces(&self) -> HashSet<PathBuf> {
        let mut provinces = HashSet::new();
        let mut last: Option<&Path> = None;
        // A folder's files are listed together: each grandparent asked once a run.
        for file in self.plans.iter().chain(&self.rosters) {
            let Some(province) = file.parent().and_then(Path::parent) else {
                continue;
            };
            if last != Some(province) {
                last = Some(province);
                provinces.insert(province.to_path_buf());
            }
        }
        provinces
    }

    /// Whether `dir` was walked: every roster in it is in `rosters`.
    pub fn walked(&self, dir: &Path) -> bool {
        self.walked.contains_key(dir)
    }

    /// The real path of a walked folder or of a plan or roster found in one
    /// that is not a link.
    fn real(&self, path: &Path) -> Option<PathBuf> {
        if let Some(real) = self.walked.get(path) {
            return real.clone();
        }
        // Found lists are in path order (a miss only means asking the system).
        let listed = |list: &[PathBuf]| list.binary_search_by(|p| p.as_path().cmp(path)).is_ok();
        // Rosters first: they are what plans name.
        if !(listed(&self.rosters) || listed(&self.plans)) || self.links.contains(path) {
            return None;
        }
        let real_parent = self.walked.get(path.parent()?)?.as_ref()?;
        Some(real_parent.join(path.file_name()?))
    }
}

impl Found {
    /// For each plan file named alone (its folder not walked), the earlier
    /// annual plans beside it (`<year>.toml`, not links), so that its checks
    /// across years read the same history as a check of the folder: what
    /// earlier plans did counts, as `due`, `new` and `diff` have it. Their
    /// own findings are not the check's (the engine leaves them out).
    pub fn add_history(&mut self) {
        let named: Vec<PathBuf> = self
            .plans
            .iter()
            .filter(|p| p.parent().is_some_and(|d| !self.walked.contains_key(d)))
            .cloned()
            .collect();
        // A shell's glob may name every plan of a country.
        let mut known: HashSet<PathBuf> = self.plans.iter().cloned().collect();
        for plan in named {
            let (Some(year), Some(dir)) = (crate::model::plan::plan_year(&plan), plan.parent())
            else {
                continue;
            };
            let listed = if dir.as_os_str().is_empty() {
                fs::read_dir(".")
            } else {
                fs::read_dir(dir)
            };
            let Ok(listed) = listed else { continue };
            for entry in listed.flatten() {
                let path = dir.join(entry.file_name());
                let earlier = crate::model::plan::plan_year(&path).is_some_and(|y| y < year);
                let plain_file = entry.file_type().is_ok_and(|t| t.is_file());
                if earlier && plain_file && known.insert(path.clone()) {
                    self.context.push(path);
                }
            }
        }
        self.context.sort();
        self.plans.extend(self.context.iter().cloned());
        self.plans.sort();
    }
}

/// A path named on the command line that cannot be used at all.
#[derive(Debug)]
pub struct BadPath {
    pub path: PathBuf,
    pub reason: String,
}

fn is_roster(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    let Some((stem, ext)) = name.rsplit_once('.') else {
        return false;
    };
    matches!(ext, "csv" | "xlsx" | "ods") && (stem == "roster" || stem.starts_with("roster-"))
}

/// A file named on the command line is a roster when it is CSV or a workbook.
fn is_roster_file(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "csv") || crate::load::spreadsheet::is_workbook(path)
}

/// The path as written, without `.` components and doubled separators
/// (`.//plans/./a` is `plans/a`): paths found under it are shown that way.
fn tidy(path: &Path) -> PathBuf {
    let tidy: PathBuf = path
        .components()
        .filter(|c| !matches!(c, Component::CurDir))
        .collect();
    if tidy.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        tidy
    }
}

/// Walks each path. Folders are read in name order, hidden folders and
/// `target` skipped, each real folder visited once (a symlink loop ends),
/// and no link is followed out of the repository the path belongs to. A
/// named folder that cannot be read is a [`BadPath`].
pub fn find(paths: &[PathBuf]) -> Result<Found, BadPath> {
    let mut found = Found::default();
    let mut seen = HashSet::new();
    let mut canon = Canon::default();
    for path in paths {
        let bad = |e: std::io::Error| BadPath {
            path: path.clone(),
            reason: io_reason(&e),
        };
        let meta = fs::metadata(path).map_err(bad)?;
        let path = tidy(path);
        if meta.is_dir() {
            fs::read_dir(&path).map_err(bad)?;
            let root = canon.root_of_dir(&path);
            let real = canon.real(&path).ok();
            if let Some(real) = &real {
                // Every folder above a root, asked once here rather than by each plan.
                for above in real.ancestors().skip(1) {
                    let marked = canon.marked(above);
                    found.marked.insert(above.to_path_buf(), marked);
                }
            }
            walk::walk(&mut found, &mut seen, path, real, &root);
        } else if is_roster_file(&path) {
            found.rosters.push(path);
        } else {
            found.plans.push(path);
        }
    }
    Ok(found)
}

/// What makes a folder the same folder, however it is reached.
#[cfg(unix)]
fn identity(dir: &Path) -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    fs::metadata(dir)
        .ok()
        .map(|m| format!("{}:{}", m.dev(), m.ino()))
}

#[cfg(not(unix))]
fn identity(dir: &Path) -> Option<String> {
    fs::canonicalize(dir)
        .ok()
        .map(|p| p.to_string_lossy().into_owned())
}

pub fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => crate::msg!(IO_NOT_FOUND).render(),
        std::io::ErrorKind::PermissionDenied => crate::msg!(IO_PERMISSION_DENIED).render(),
        _ => e.to_string(),
    }
}

crate::texts! {
    pub(crate) IO_NOT_FOUND = "io-not-found" {
        "no such file or folder",
        "không có tệp hoặc thư mục này",
    }
    pub(crate) IO_PERMISSION_DENIED = "io-permission-denied" {
        "permission denied",
        "không có quyền truy cập",
    }
}
