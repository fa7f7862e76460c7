//! Finding plans and rosters under the paths the user gave, and resolving a
//! plan's roster without ever leaving the repository.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::{Component, Path, PathBuf};

/// What to check: plan files and roster files, in a stable order.
///
/// A walk hands on, as plans (or as rosters, by their names), every path it
/// met that kdcl would read or walk but must refuse: a link leading out of
/// the repository, a folder it cannot read, a pipe or device named like a
/// plan. The guarded reader (`read_file` of load/limits.rs) then says
/// why, in a finding at that path, so nothing is left out silently.
#[derive(Debug, Default)]
pub struct Found {
    pub plans: Vec<PathBuf>,
    pub rosters: Vec<PathBuf>,
    /// The folders walked: every roster in them is in `rosters`.
    pub dirs: HashSet<PathBuf>,
}

impl Found {
    /// The folders that hold area folders (with a plan or a roster): a plan
    /// directly in one is the province's own plan.
    pub fn provinces(&self) -> HashSet<PathBuf> {
        self.plans
            .iter()
            .chain(&self.rosters)
            .filter_map(|f| f.parent()?.parent().map(Path::to_path_buf))
            .collect()
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
            let mut walk = Walk {
                found: &mut found,
                seen: &mut seen,
                root,
            };
            walk.dir(&path);
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

/// One named folder's walk, inside its repository `root` (a real path).
struct Walk<'a> {
    found: &'a mut Found,
    seen: &'a mut HashSet<String>,
    root: PathBuf,
}

impl Walk<'_> {
    /// Hands `path` to the reader, to be refused with its reason.
    fn refuse(&mut self, path: PathBuf) {
        if is_roster(&path) {
            self.found.rosters.push(path);
        } else {
            self.found.plans.push(path);
        }
    }

    fn dir(&mut self, dir: &Path) {
        let Some(real) = identity(dir) else {
            return;
        };
        if !self.seen.insert(real) {
            return;
        }
        let read = match fs::read_dir(dir) {
            Ok(read) => read,
            Err(_) => return self.refuse(dir.to_path_buf()),
        };
        self.found.dirs.insert(dir.to_path_buf());
        // The entry's own type saves a stat; only links are followed to learn theirs.
        let mut entries: Vec<(PathBuf, Option<fs::FileType>)> = read
            .filter_map(|e| e.ok().map(|e| (e.path(), e.file_type().ok())))
            .collect();
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        for (path, kind) in entries {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if name.starts_with('.') {
                continue;
            }
            let wanted = crate::model::plan::plan_year(&path).is_some()
                || crate::model::plan::plan_period(&path).is_some()
                || is_roster(&path);
            let link = kind.is_none_or(|k| k.is_symlink());
            let kind = match kind {
                Some(k) if !k.is_symlink() => Ok(k),
                _ => fs::metadata(&path).map(|m| m.file_type()),
            };
            let is_dir = kind.as_ref().is_ok_and(|k| k.is_dir());
            if link && (wanted || is_dir) && !self.inside(&path) {
                // One finding at the link; what it leads to is never read.
                self.refuse(path);
                continue;
            }
            match kind {
                Ok(k) if k.is_dir() && name != "target" => self.dir(&path),
                Ok(k) if k.is_dir() => {}
                // Files, and pipes or devices named like plans: the reader refuses those.
                Ok(_) if wanted => self.refuse(path),
                // A link that leads nowhere, named like a plan: the reader says so.
                Err(_) if wanted => self.refuse(path),
                _ => {}
            }
        }
    }

    /// Whether a link's real path is inside the repository.
    fn inside(&mut self, link: &Path) -> bool {
        fs::canonicalize(link).is_ok_and(|real| real.starts_with(&self.root))
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
pub struct Canon {
    real: HashMap<PathBuf, PathBuf>,
    marked: HashMap<PathBuf, bool>,
    cwd: Option<Option<PathBuf>>,
}

impl Canon {
    /// The real path, as `fs::canonicalize` gives it.
    pub fn real(&mut self, path: &Path) -> std::io::Result<PathBuf> {
        if let Some(real) = self.real.get(path) {
            return Ok(real.clone());
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
        // A kdcl.toml that is not a regular file still marks the root (and is
        // reported when read).
        let m = fs::symlink_metadata(dir.join("kdcl.toml")).is_ok() || dir.join(".git").exists();
        self.marked.insert(dir.to_path_buf(), m);
        m
    }

    /// The repository a plan belongs to: the nearest folder above it holding
    /// `kdcl.toml` or `.git`; else the current folder when the plan is inside
    /// it; else the plan's own folder. The plan's folder is what counts, not
    /// where the plan leads when it is a link.
    pub fn repository_root(&mut self, plan: &Path) -> PathBuf {
        let dir = plan.parent().unwrap_or(Path::new(""));
        self.root_of_dir(dir)
    }

    /// The repository a folder is in: the nearest folder at or above it
    /// holding `kdcl.toml` or `.git`; else the current folder when it is
    /// inside it; else the folder itself. A real path.
    pub fn root_of_dir(&mut self, dir: &Path) -> PathBuf {
        let dir = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        };
        let absolute = self.real(dir).unwrap_or_else(|_| dir.to_path_buf());
        for dir in absolute.ancestors() {
            if self.marked(dir) {
                return dir.to_path_buf();
            }
        }
        let cwd = self
            .cwd
            .get_or_insert_with(|| {
                std::env::current_dir()
                    .ok()
                    .and_then(|d| fs::canonicalize(d).ok())
            })
            .clone();
        match cwd {
            Some(cwd) if absolute.starts_with(&cwd) => cwd,
            _ => absolute,
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
