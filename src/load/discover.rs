//! Finding plans and rosters under the paths the user gave, and resolving a
//! plan's roster without ever leaving the repository.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::{Component, Path, PathBuf};

use rayon::prelude::*;

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
    /// Each folder walked, as walked → its real path, when known.
    walked: HashMap<PathBuf, Option<PathBuf>>,
    /// Plans and rosters found that are symbolic links.
    links: HashSet<PathBuf>,
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
        self.plans
            .iter()
            .chain(&self.rosters)
            .filter_map(|f| f.parent()?.parent().map(Path::to_path_buf))
            .collect()
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
        if !(listed(&self.plans) || listed(&self.rosters)) || self.links.contains(path) {
            return None;
        }
        let real_parent = self.walked.get(path.parent()?)?.as_ref()?;
        Some(real_parent.join(path.file_name()?))
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
            // Folders read on every core; kept as a walk one folder at a
            // time finds them.
            // A named folder may itself be a link: never taken for a plain one.
            let tree = read_tree((path, true), real, &root, &[]);
            found.keep(tree, &mut seen);
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

/// A folder as read, with the folders under it.
struct Tree {
    dir: PathBuf,
    /// Whether it was reached through a symbolic link.
    link: bool,
    /// `None` when the folder cannot be looked at: it is not walked.
    id: Option<String>,
    real: Option<PathBuf>,
    /// Whether it holds a repository marker, when its real path is known.
    marked: Option<bool>,
    /// Whether it could be listed.
    listed: bool,
    items: Vec<Item>,
}

enum Item {
    Dir(Tree),
    /// A path handed to the reader: a plan or roster, or something named
    /// like one (or a link) to be refused with its reason.
    File {
        path: PathBuf,
        link: bool,
    },
}

/// Reads `dir` (real path `real`, when known) and, on every core, the
/// folders under it, inside the repository `root` (a real path). A folder
/// that is one of its own `above` (a symbolic link loop) is not read again.
fn read_tree(
    (dir, link): (PathBuf, bool),
    real: Option<PathBuf>,
    root: &Path,
    above: &[String],
) -> Tree {
    let id = identity(&dir);
    let mut tree = Tree {
        dir,
        link,
        id,
        real,
        marked: None,
        listed: false,
        items: Vec::new(),
    };
    let Some(id) = &tree.id else { return tree };
    if above.contains(id) {
        return tree;
    }
    let Ok(read) = fs::read_dir(&tree.dir) else {
        return tree;
    };
    tree.listed = true;
    // The entry's own type saves a stat; only links are followed to learn theirs.
    let mut entries: Vec<(PathBuf, Option<fs::FileType>)> = read
        .filter_map(|e| e.ok().map(|e| (e.path(), e.file_type().ok())))
        .collect();
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    if tree.real.is_some() {
        tree.marked = Some(marked_from_entries(&entries));
    }
    let mut chain = above.to_vec();
    chain.push(id.clone());
    let real = &tree.real;
    tree.items = entries
        .into_par_iter()
        .filter_map(|(path, kind)| {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if name.starts_with('.') {
                return None;
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
            if link && (wanted || is_dir) && !inside(&path, root) {
                // One finding at the link; what it leads to is never read.
                return Some(Item::File { path, link });
            }
            match kind {
                Ok(k) if k.is_dir() && name != "target" => {
                    // A folder's real path is its parent's plus its name, unless it is a link.
                    let real = match (real, link) {
                        (Some(parent), false) => {
                            Some(parent.join(path.file_name().unwrap_or_default()))
                        }
                        _ => fs::canonicalize(&path).ok(),
                    };
                    Some(Item::Dir(read_tree((path, link), real, root, &chain)))
                }
                Ok(k) if k.is_dir() => None,
                // Files, and pipes or devices named like plans: the reader refuses those.
                // A link that leads nowhere, named like a plan: the reader says so.
                _ if wanted => Some(Item::File { path, link }),
                _ => None,
            }
        })
        .collect();
    tree
}

/// Whether a link's real path is inside the repository.
fn inside(link: &Path, root: &Path) -> bool {
    fs::canonicalize(link).is_ok_and(|real| real.starts_with(root))
}

/// Whether a folder holds a marker, from the names it lists, as
/// [`Canon::marked`] asks: any `kdcl.toml`; a `.git` that exists (a link
/// is asked about).
fn marked_from_entries(entries: &[(PathBuf, Option<fs::FileType>)]) -> bool {
    let mut marked = false;
    for (path, kind) in entries {
        marked |= match path.file_name().and_then(|n| n.to_str()) {
            Some("kdcl.toml") => true,
            Some(".git") => match kind {
                Some(k) if !k.is_symlink() => true,
                _ => path.exists(),
            },
            _ => false,
        };
    }
    marked
}

impl Found {
    /// Keeps what a walk in name order, each real folder once, finds in `tree`.
    fn keep(&mut self, tree: Tree, seen: &mut HashSet<String>) {
        let Some(id) = tree.id else { return };
        if !seen.insert(id) {
            return;
        }
        if !tree.listed {
            // Handed to the reader, which says why it cannot be read.
            return self.hand_on(tree.dir, tree.link);
        }
        if let (Some(real), Some(marked)) = (&tree.real, tree.marked) {
            self.marked.insert(real.clone(), marked);
        }
        self.walked.insert(tree.dir, tree.real);
        for item in tree.items {
            match item {
                Item::Dir(tree) => self.keep(tree, seen),
                Item::File { path, link } => self.hand_on(path, link),
            }
        }
    }

    /// Hands `path` to the reader: a roster by its name, else a plan.
    fn hand_on(&mut self, path: PathBuf, link: bool) {
        if link {
            self.links.insert(path.clone());
        }
        if is_roster(&path) {
            self.rosters.push(path);
        } else {
            self.plans.push(path);
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
    walk: Option<&'k Found>,
    real: HashMap<PathBuf, PathBuf>,
    marked: HashMap<PathBuf, bool>,
    cwd: Option<Option<PathBuf>>,
}

impl<'k> Canon<'k> {
    /// A canon that first consults what a walk learnt.
    pub fn with(walk: &'k Found) -> Self {
        Canon {
            walk: Some(walk),
            ..Canon::default()
        }
    }

    /// The real path, as `fs::canonicalize` gives it.
    pub fn real(&mut self, path: &Path) -> std::io::Result<PathBuf> {
        if let Some(real) = self.real.get(path) {
            return Ok(real.clone());
        }
        if let Some(real) = self.walk.and_then(|w| w.real(path)) {
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
        if let Some(&m) = self.walk.and_then(|w| w.marked.get(dir)) {
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
        let ask = || {
            std::env::current_dir()
                .ok()
                .and_then(|d| fs::canonicalize(d).ok())
        };
        let cwd = match self.walk {
            Some(walk) => walk.cwd.get_or_init(ask).clone(),
            None => self.cwd.get_or_insert_with(ask).clone(),
        };
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

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    /// The walk as it was written before folders were read on every core.
    struct OneByOne {
        found: (Vec<PathBuf>, Vec<PathBuf>),
        seen: HashSet<String>,
        root: PathBuf,
    }

    impl OneByOne {
        fn refuse(&mut self, path: PathBuf) {
            if is_roster(&path) {
                self.found.1.push(path);
            } else {
                self.found.0.push(path);
            }
        }

        fn dir(&mut self, dir: &Path) {
            let Some(real) = identity(dir) else { return };
            if !self.seen.insert(real) {
                return;
            }
            let Ok(read) = fs::read_dir(dir) else {
                return self.refuse(dir.to_path_buf());
            };
            let mut entries: Vec<PathBuf> = read.filter_map(|e| e.ok().map(|e| e.path())).collect();
            entries.sort();
            for path in entries {
                let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
                if name.starts_with('.') {
                    continue;
                }
                let wanted = crate::model::plan::plan_year(&path).is_some()
                    || crate::model::plan::plan_period(&path).is_some()
                    || is_roster(&path);
                let link = fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink());
                let kind = fs::metadata(&path).map(|m| m.file_type());
                let is_dir = kind.as_ref().is_ok_and(|k| k.is_dir());
                let inside = fs::canonicalize(&path).is_ok_and(|r| r.starts_with(&self.root));
                if link && (wanted || is_dir) && !inside {
                    self.refuse(path);
                    continue;
                }
                match kind {
                    Ok(k) if k.is_dir() && name != "target" => self.dir(&path),
                    Ok(k) if k.is_dir() => {}
                    _ if wanted => self.refuse(path),
                    _ => {}
                }
            }
        }
    }

    #[test]
    fn folders_read_on_every_core_are_kept_as_read_one_by_one() {
        let tmp = tempfile::tempdir().unwrap();
        fs::write(tmp.path().join("kdcl.toml"), "").unwrap();
        let outside = tempfile::tempdir().unwrap();
        fs::write(outside.path().join("2024.toml"), "").unwrap();
        let plans = tmp.path().join("plans");
        for dir in ["a/x", "a/y", "b", "c/d/e", "shared", "target"] {
            fs::create_dir_all(plans.join(dir)).unwrap();
            fs::write(plans.join(dir).join("2024.toml"), "").unwrap();
            fs::write(plans.join(dir).join("2021-2025.toml"), "").unwrap();
            fs::write(plans.join(dir).join("roster.csv"), "").unwrap();
        }
        let link = |to: &Path, at: &str| std::os::unix::fs::symlink(to, plans.join(at)).unwrap();
        link(Path::new("../shared"), "a/link-to-shared");
        link(Path::new("../shared"), "b/also-shared");
        link(Path::new(".."), "c/d/e/up");
        link(Path::new("."), "c/self");
        link(Path::new("../a"), "shared/back");
        link(outside.path(), "b/out");
        link(&outside.path().join("2024.toml"), "b/2023.toml");
        link(Path::new("nowhere.csv"), "b/roster-2020.csv");
        let found = find(std::slice::from_ref(&plans)).unwrap();
        let mut expected = OneByOne {
            found: (Vec::new(), Vec::new()),
            seen: HashSet::new(),
            root: fs::canonicalize(tmp.path()).unwrap(),
        };
        expected.dir(&plans);
        assert_eq!((found.plans, found.rosters), expected.found);
    }

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
        assert!(!found.links.contains(&area.join("roster.csv")));
        assert!(found.links.contains(&area.join("roster-2025.csv")));
        let (mut walked, mut asked) = (Canon::with(&found), Canon::default());
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
