//! Real paths and repository roots, and resolving a path a plan writes
//! without ever leaving the repository.

use std::collections::HashMap;
use std::fs;
use std::path::{Component, Path, PathBuf};

use super::{Found, io_reason};

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

    pub(super) fn marked(&mut self, dir: &Path) -> bool {
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

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use crate::load::discover::find;
    use std::fs;

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
