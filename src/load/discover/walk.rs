//! Reading the folders under a path on every core, and keeping what a walk
//! one folder at a time, in name order, would find.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::{Found, identity, is_roster};

/// Walks the named folder `dir` (real path `real`, when known) inside the
/// repository `root`: its folders read on every core, kept as a walk one
/// folder at a time finds them. A named folder may itself be a link: it is
/// never taken for a plain one.
pub(super) fn walk(
    found: &mut Found,
    seen: &mut HashSet<String>,
    dir: PathBuf,
    real: Option<PathBuf>,
    root: &Path,
) {
    let tree = read_tree((dir, true), real, root, &[]);
    found.keep(tree, seen);
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
        /// Named like a roster (else it is handed on as a plan).
        roster: bool,
    },
    /// A TOML file under `plans/` not named as a plan: never read as one.
    Misnamed(PathBuf),
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
    let plan_folder = plan_folder(&entries, tree.real.as_deref(), root);
    let real = &tree.real;
    tree.items = entries
        .into_par_iter()
        .filter_map(|(path, kind)| {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if name.starts_with('.') {
                return None;
            }
            let roster = is_roster(&path);
            let wanted = roster
                || crate::model::plan::plan_year(&path).is_some()
                || crate::model::plan::plan_period(&path).is_some();
            let link = kind.is_none_or(|k| k.is_symlink());
            let kind = match kind {
                Some(k) if !k.is_symlink() => Ok(k),
                _ => fs::metadata(&path).map(|m| m.file_type()),
            };
            let is_dir = kind.as_ref().is_ok_and(|k| k.is_dir());
            if link && (wanted || is_dir) && !inside(&path, root) {
                // One finding at the link; what it leads to is never read.
                return Some(Item::File { path, link, roster });
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
                _ if wanted => Some(Item::File { path, link, roster }),
                Ok(k) if k.is_file() && !link && misnamed(&path, plan_folder) => {
                    Some(Item::Misnamed(path))
                }
                _ => None,
            }
        })
        .collect();
    tree
}

/// A `.toml` file in a `plans` folder, or in a folder of plans however it
/// was reached ([`plan_folder`]), named neither as a plan nor as kdcl's
/// settings: most likely a plan saved under the document's name
/// (`KH 2026.toml`), which would otherwise be left out unseen.
fn misnamed(path: &Path, plan_folder: bool) -> bool {
    let toml = path.extension().is_some_and(|e| e == "toml");
    let settings = path.file_name().is_some_and(|n| n == "kdcl.toml");
    let in_plans = path
        .parent()
        .is_some_and(|dir| dir.components().any(|c| c.as_os_str() == "plans"));
    toml && !settings && (in_plans || plan_folder)
}

/// Whether a folder holds plans, wherever the check started (`kdcl check
/// .` inside `plans/` or an area): it is under the repository's `plans`
/// folder, or a plan (`2026.toml`) or a roster is beside its files.
fn plan_folder(
    entries: &[(PathBuf, Option<fs::FileType>)],
    real: Option<&Path>,
    root: &Path,
) -> bool {
    let under_plans = real
        .and_then(|r| r.strip_prefix(root).ok())
        .is_some_and(|r| r.components().any(|c| c.as_os_str() == "plans"));
    under_plans
        || entries.iter().any(|(path, _)| {
            is_roster(path)
                || crate::model::plan::plan_year(path).is_some()
                || crate::model::plan::plan_period(path).is_some()
        })
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
            let roster = is_roster(&tree.dir);
            return self.hand_on(tree.dir, tree.link, roster);
        }
        if let (Some(real), Some(marked)) = (&tree.real, tree.marked) {
            self.marked.insert(real.clone(), marked);
        }
        self.walked.insert(tree.dir, tree.real);
        for item in tree.items {
            match item {
                Item::Dir(tree) => self.keep(tree, seen),
                Item::File { path, link, roster } => self.hand_on(path, link, roster),
                Item::Misnamed(path) => self.misnamed.push(path),
            }
        }
    }

    /// Hands `path` to the reader: a roster when named like one, else a plan.
    fn hand_on(&mut self, path: PathBuf, link: bool, roster: bool) {
        if link {
            self.links.insert(path.clone());
        }
        if roster {
            self.rosters.push(path);
        } else {
            self.plans.push(path);
        }
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use crate::load::discover::find;

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
}
