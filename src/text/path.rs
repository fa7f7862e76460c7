//! Paths as users see them.

use std::path::Path;

/// A path as shown to users: `/`-separated, as given.
pub fn display(path: &Path) -> String {
    let s = path.to_string_lossy().replace('\\', "/");
    s.strip_prefix("./").map(str::to_string).unwrap_or(s)
}
