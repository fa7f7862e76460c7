//! Finding plans and rosters under the paths the user gave, and resolving a
//! plan's roster without ever leaving the repository.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::{Component, Path, PathBuf};

/// What to check: plan files and roster files, in a stable order.
#[derive(Debug, Default)]
pub struct Found {
    pub plans: Vec<PathBuf>,
    pub rosters: Vec<PathBuf>,
    /// The folders walked: every roster in them is in `rosters`.
    pub dirs: HashSet<PathBuf>,
    /// What the walk learnt of real paths and repository markers.
    pub known: Known,
}

/// What walking the folders taught about the file system, so that
/// resolving a plan's roster inside them asks the operating system nothing:
/// the real path of each folder walked, which of the files found are not
/// links, and which real folders hold `kdcl.toml` or `.git`. [`Canon`]
/// consults it before asking; every answer is the one it would get by asking.
#[derive(Debug, Default)]
pub struct Known {
    /// Each folder walked, as walked → its real path.
    dirs: HashMap<PathBuf, PathBuf>,
    /// Plans and rosters found in walked folders that are not symbolic links.
    plain: HashSet<PathBuf>,
    /// Real folders → whether they hold `kdcl.toml` or `.git`: the folders
    /// walked and every folder above a walked root.
    marked: HashMap<PathBuf, bool>,
    /// The real current folder, once asked.
    cwd: std::sync::OnceLock<Option<PathBuf>>,
}

impl Known {
    /// The real path of a walked folder or of a plain file in one.
    fn real(&self, path: &Path) -> Option<PathBuf> {
        if let Some(real) = self.dirs.get(path) {
            return Some(real.clone());
        }
        if !self.plain.contains(path) {
            return None;
        }
        let real_parent = self.dirs.get(path.parent()?)?;
        Some(real_parent.join(path.file_name()?))
    }

    /// Whether a folder walked holds a marker, from the names it lists: a
    /// marker that is not a link exists; a link is asked about.
    fn mark_from_entries(&mut self, real: &Path, entries: &[(PathBuf, Option<fs::FileType>)]) {
        let mut marked = false;
        for (path, kind) in entries {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if name != "kdcl.toml" && name != ".git" {
                continue;
            }
            marked |= match kind {
                Some(k) if !k.is_symlink() => true,
                _ => path.exists(),
            };
        }
        self.marked.insert(real.to_path_buf(), marked);
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

/// Walks each path. Folders are read in name order, hidden folders and
/// `target` skipped, each real folder visited once (a symlink loop ends).
pub fn find(paths: &[PathBuf]) -> Result<Found, BadPath> {
    let mut found = Found::default();
    let mut seen = HashSet::new();
    let mut canon = Canon::default();
    for path in paths {
        let meta = fs::metadata(path).map_err(|e| BadPath {
            path: path.clone(),
            reason: io_reason(&e),
        })?;
        if meta.is_dir() {
            if let Ok(real) = canon.real(path) {
                // Every folder above a root, asked once here rather than by each plan.
                for above in real.ancestors().skip(1) {
                    let marked = canon.marked(above);
                    found.known.marked.insert(above.to_path_buf(), marked);
                }
                walk(path, Some(real), &mut found, &mut seen);
            } else {
                walk(path, None, &mut found, &mut seen);
            }
        } else if is_roster_file(path) {
            found.rosters.push(path.clone());
        } else {
            found.plans.push(path.clone());
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

/// Walks `dir`, whose real path is `real` when known.
fn walk(dir: &Path, real: Option<PathBuf>, found: &mut Found, seen: &mut HashSet<String>) {
    let Some(id) = identity(dir) else {
        return;
    };
    if !seen.insert(id) {
        return;
    }
    let Ok(read) = fs::read_dir(dir) else { return };
    found.dirs.insert(dir.to_path_buf());
    // The entry's own type saves a stat; only links are followed to learn theirs.
    let mut entries: Vec<(PathBuf, Option<fs::FileType>)> = read
        .filter_map(|e| e.ok().map(|e| (e.path(), e.file_type().ok())))
        .collect();
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    if let Some(real) = &real {
        found.known.mark_from_entries(real, &entries);
        found.known.dirs.insert(dir.to_path_buf(), real.clone());
    }
    for (path, kind) in entries {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with('.') {
            continue;
        }
        let link = kind.is_none_or(|k| k.is_symlink());
        let kind = match kind {
            Some(k) if !k.is_symlink() => Ok(k),
            _ => fs::metadata(&path).map(|m| m.file_type()),
        };
        match kind {
            Ok(m) if m.is_dir() && name != "target" => {
                // A folder's real path is its parent's plus its name, unless it is a link.
                let real = match (&real, link) {
                    (Some(parent), false) => {
                        Some(parent.join(path.file_name().unwrap_or_default()))
                    }
                    _ => fs::canonicalize(&path).ok(),
                };
                walk(&path, real, found, seen);
            }
            Ok(m) if m.is_file() => {
                let wanted = if crate::model::plan::plan_year(&path).is_some() {
                    &mut found.plans
                } else if is_roster(&path) {
                    &mut found.rosters
                } else {
                    continue;
                };
                if !link && real.is_some() {
                    found.known.plain.insert(path.clone());
                }
                wanted.push(path);
            }
            _ => {}
        }
    }
}

pub fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => crate::msg!(IO_NOT_FOUND).render(),
        std::io::ErrorKind::PermissionDenied => crate::msg!(IO_PERMISSION_DENIED).render(),
        _ => e.to_string(),
    }
}

/// Real paths and repository markers, remembered: a path's real path is
/// its parent's plus its name unless it is a symbolic link (one `lstat`
/// instead of the operating system resolving every component again); links,
/// `.` and `..` are resolved by the operating system.
#[derive(Debug, Default)]
pub struct Canon<'k> {
    /// What a walk learnt, asked before the operating system.
    known: Option<&'k Known>,
    real: HashMap<PathBuf, PathBuf>,
    marked: HashMap<PathBuf, bool>,
    cwd: Option<Option<PathBuf>>,
}

impl<'k> Canon<'k> {
    /// A canon that first consults what a walk learnt.
    pub fn with(known: &'k Known) -> Self {
        Canon {
            known: Some(known),
            ..Canon::default()
        }
    }

    /// The real path, as `fs::canonicalize` gives it.
    pub fn real(&mut self, path: &Path) -> std::io::Result<PathBuf> {
        if let Some(real) = self.real.get(path) {
            return Ok(real.clone());
        }
        if let Some(real) = self.known.and_then(|k| k.real(path)) {
            return Ok(real);
        }
        let plain = path.components().all(|c| matches!(c, Component::Normal(_)))
            || (path.is_absolute()
                && path
                    .components()
                    .all(|c| matches!(c, Component::Normal(_) | Component::RootDir)));
        let real = match (plain, path.parent(), path.file_name()) {
            (true, Some(parent), Some(name))
                if path.components().count() > 1 || path.is_relative() =>
            {
                let meta = fs::symlink_metadata(path)?;
                if meta.file_type().is_symlink() {
                    fs::canonicalize(path)?
                } else {
                    let parent_real = if parent.as_os_str().is_empty() {
                        self.real(Path::new("."))?
                    } else {
                        self.real(parent)?
                    };
                    parent_real.join(name)
                }
            }
            _ => fs::canonicalize(path)?,
        };
        self.real.insert(path.to_path_buf(), real.clone());
        Ok(real)
    }

    fn marked(&mut self, dir: &Path) -> bool {
        if let Some(&m) = self.marked.get(dir) {
            return m;
        }
        if let Some(&m) = self.known.and_then(|k| k.marked.get(dir)) {
            return m;
        }
        let m = dir.join("kdcl.toml").exists() || dir.join(".git").exists();
        self.marked.insert(dir.to_path_buf(), m);
        m
    }

    /// The repository a plan belongs to: the nearest folder above it holding
    /// `kdcl.toml` or `.git`; else the current folder when the plan is inside
    /// it; else the plan's own folder.
    pub fn repository_root(&mut self, plan: &Path) -> PathBuf {
        let absolute = self.real(plan).unwrap_or_else(|_| plan.to_path_buf());
        for dir in absolute.ancestors().skip(1) {
            if self.marked(dir) {
                return dir.to_path_buf();
            }
        }
        let ask = || {
            std::env::current_dir()
                .ok()
                .and_then(|d| fs::canonicalize(d).ok())
        };
        let cwd = match self.known {
            Some(known) => known.cwd.get_or_init(ask).clone(),
            None => self.cwd.get_or_insert_with(ask).clone(),
        };
        match cwd {
            Some(cwd) if absolute.starts_with(&cwd) => cwd,
            _ => absolute.parent().map(Path::to_path_buf).unwrap_or_default(),
        }
    }

    /// Resolves `written` against the plan's folder, giving the path to show
    /// and the real path. The path may not be absolute, may not climb out of
    /// `root` with `..`, and may not lead out through a symbolic link;
    /// nothing is opened before all three hold.
    pub fn resolve_roster(
        &mut self,
        plan: &Path,
        written: &str,
        root: &Path,
    ) -> Result<(PathBuf, PathBuf), Refused> {
        let relative = Path::new(written);
        if relative.has_root() || relative.is_absolute() || written.contains(':') {
            return Err(Refused::Absolute);
        }
        let plan_dir = plan.parent().unwrap_or(Path::new(""));
        let plan_dir_real = self
            .real(if plan_dir.as_os_str().is_empty() {
                Path::new(".")
            } else {
                plan_dir
            })
            .map_err(|e| Refused::NotFound(io_reason(&e)))?;
        // Lexically first: a `..` escape is refused even if the target does not exist.
        let mut lexical = plan_dir_real.clone();
        for part in relative.components() {
            match part {
                Component::ParentDir => {
                    lexical.pop();
                }
                Component::Normal(p) => lexical.push(p),
                Component::CurDir => {}
                Component::RootDir | Component::Prefix(_) => return Err(Refused::Absolute),
            }
        }
        if !lexical.starts_with(root) {
            return Err(Refused::Escapes);
        }
        let display = plan_dir.join(relative);
        let real = self
            .real(&display)
            .map_err(|e| Refused::NotFound(io_reason(&e)))?;
        if !real.starts_with(root) {
            return Err(Refused::LinkOut);
        }
        Ok((display, real))
    }
}

/// The repository a plan belongs to (see [`Canon::repository_root`]).
pub fn repository_root(plan: &Path) -> PathBuf {
    Canon::default().repository_root(plan)
}

/// Why a roster path was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    Absolute,
    Escapes,
    LinkOut,
    NotFound(String),
}

/// Resolves `written` as [`Canon::resolve_roster`] does, giving the path to show.
pub fn resolve_roster(plan: &Path, written: &str, root: &Path) -> Result<PathBuf, Refused> {
    resolve_roster_real(plan, written, root).map(|(display, _)| display)
}

/// [`Canon::resolve_roster`] with nothing remembered.
pub fn resolve_roster_real(
    plan: &Path,
    written: &str,
    root: &Path,
) -> Result<(PathBuf, PathBuf), Refused> {
    Canon::default().resolve_roster(plan, written, root)
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

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    /// What the walk learnt gives the answers asking the file system gives.
    #[test]
    fn the_walk_answers_as_the_file_system_does() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("repo");
        let area = root.join("plans/a");
        fs::create_dir_all(&area).unwrap();
        fs::create_dir_all(root.join("elsewhere")).unwrap();
        fs::write(root.join("kdcl.toml"), "").unwrap();
        fs::write(area.join("2024.toml"), "").unwrap();
        fs::write(area.join("roster.csv"), "").unwrap();
        fs::write(root.join("elsewhere/roster-2025.csv"), "").unwrap();
        std::os::unix::fs::symlink(root.join("elsewhere"), root.join("plans/b")).unwrap();
        std::os::unix::fs::symlink(
            root.join("elsewhere/roster-2025.csv"),
            area.join("roster-2025.csv"),
        )
        .unwrap();
        let plans = root.join("plans");
        let found = find(std::slice::from_ref(&plans)).unwrap();
        assert!(found.known.plain.contains(&area.join("roster.csv")));
        assert!(!found.known.plain.contains(&area.join("roster-2025.csv")));
        let (mut walked, mut asked) = (Canon::with(&found.known), Canon::default());
        let plan = area.join("2024.toml");
        assert_eq!(walked.repository_root(&plan), asked.repository_root(&plan));
        let root_real = asked.repository_root(&plan);
        for written in [
            "roster.csv",
            "./roster.csv",
            "roster-2025.csv",
            "../b/roster-2025.csv",
            "missing.csv",
            "../../../outside.csv",
        ] {
            assert_eq!(
                walked.resolve_roster(&plan, written, &root_real),
                asked.resolve_roster(&plan, written, &root_real),
                "{written}"
            );
        }
        for path in found.plans.iter().chain(&found.rosters) {
            assert_eq!(
                walked.real(path).unwrap(),
                fs::canonicalize(path).unwrap(),
                "{}",
                path.display()
            );
        }
    }
}
