//! Paths as users see them.

use std::path::{Component, Path};

/// A path as shown to users: as given, `/`-separated, without `.`
/// components or doubled separators (`.//plans/./a` is `plans/a`), never
/// made absolute; characters a terminal would obey shown as �.
pub fn display(path: &Path) -> String {
    let mut out = String::with_capacity(path.as_os_str().len() + 1);
    for part in path.components() {
        match part {
            Component::CurDir => continue,
            Component::RootDir => {
                if !out.ends_with('/') {
                    out.push('/');
                }
                continue;
            }
            Component::Prefix(p) => out.push_str(&p.as_os_str().to_string_lossy()),
            Component::ParentDir => out.push_str(".."),
            Component::Normal(name) => out.push_str(&name.to_string_lossy()),
        }
        out.push('/');
    }
    if out.len() > 1 && out.ends_with('/') {
        out.pop();
    }
    if out.is_empty() {
        out.push('.');
    }
    if out.contains('\\') {
        out = out.replace('\\', "/");
    }
    match crate::text::clean::for_terminal(&out) {
        std::borrow::Cow::Borrowed(_) => out,
        std::borrow::Cow::Owned(clean) => clean,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_tidied_but_never_made_absolute() {
        let shown = |p: &str| display(Path::new(p));
        assert_eq!(shown(".//plans"), "plans");
        assert_eq!(shown("./plans/./a/2025.toml"), "plans/a/2025.toml");
        assert_eq!(shown("plans//a/"), "plans/a");
        assert_eq!(shown("/srv/plans//a"), "/srv/plans/a");
        assert_eq!(shown("../x/./y"), "../x/y");
        assert_eq!(shown("."), ".");
        assert_eq!(shown("/"), "/");
        assert_eq!(shown("plans/\u{1b}[31m"), "plans/\u{fffd}[31m");
    }
}
