//! The shape of src/, kept by a test: layers as folders whose imports run
//! one way, no import cycle between files, no file over 600 lines, and only
//! `main.rs` and `lib.rs` at the top. docs/architecture.md ("How kdcl is
//! built") draws the layers; this is the same list.
//!
//! An import is any `crate::…` path (including `use crate::{…}` groups)
//! outside a file's `#[cfg(test)] mod tests`: tests may reach any layer.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Lowest first: a layer may use the layers before it, never one after.
const LAYERS: &[&str] = &[
    "text", "diag", "model", "rules", "load", "engine", "report", "render", "commands",
];

const MAX_LINES: usize = 600;

type Module = Vec<String>;

struct Source {
    path: PathBuf,
    module: Module,
    text: String,
}

fn sources() -> Vec<Source> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = Vec::new();
    let mut stack = vec![src.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let rel = path.strip_prefix(&src).unwrap();
                let mut module: Module = rel
                    .with_extension("")
                    .iter()
                    .map(|p| p.to_string_lossy().into_owned())
                    .collect();
                if matches!(
                    module.last().map(String::as_str),
                    Some("mod" | "lib" | "main")
                ) {
                    module.pop();
                }
                let text = std::fs::read_to_string(&path).unwrap();
                out.push(Source {
                    path: rel.to_path_buf(),
                    module,
                    text,
                });
            }
        }
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    out
}

/// The text a file's imports are read from: without its test module.
fn without_tests(text: &str) -> &str {
    match text.find("#[cfg(test)]\nmod tests") {
        Some(at) => &text[..at],
        None => text,
    }
}

/// Every `crate::a::b::c` path of a text, as segments, `use crate::{…}`
/// groups expanded one level (enough for how kdcl writes them).
fn crate_paths(text: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let ident = |c: char| c.is_ascii_alphanumeric() || c == '_';
    let mut rest = text;
    while let Some(at) = rest.find("crate::") {
        let before = rest[..at].chars().next_back();
        rest = &rest[at + "crate::".len()..];
        if before.is_some_and(|c| ident(c) || c == '$') {
            continue;
        }
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for item in group[..end].split(',') {
                let segments = segments(item.trim());
                if !segments.is_empty() {
                    out.push(segments);
                }
            }
            continue;
        }
        out.push(segments(rest));
    }
    out
}

fn segments(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    loop {
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        if end == 0 {
            break;
        }
        out.push(rest[..end].to_string());
        match rest[end..].strip_prefix("::") {
            Some(next) => rest = next,
            None => break,
        }
    }
    out
}

/// The file-level import graph: module → the modules it names.
fn graph(sources: &[Source]) -> BTreeMap<Module, BTreeSet<Module>> {
    let modules: BTreeSet<&Module> = sources.iter().map(|s| &s.module).collect();
    let resolve = |path: &[String]| {
        (1..=path.len())
            .rev()
            .map(|n| path[..n].to_vec())
            .find(|m| modules.contains(m))
    };
    sources
        .iter()
        .map(|s| {
            let targets = crate_paths(without_tests(&s.text))
                .iter()
                .filter_map(|p| resolve(p))
                .filter(|m| *m != s.module)
                .collect();
            (s.module.clone(), targets)
        })
        .collect()
}

fn layer(module: &Module) -> Option<usize> {
    let top = module.first()?;
    LAYERS.iter().position(|l| l == top)
}

#[test]
fn every_file_is_in_a_layer() {
    for s in sources() {
        let top_level = s.path.components().count() == 1;
        if top_level {
            assert!(
                matches!(s.path.to_str(), Some("main.rs" | "lib.rs")),
                "src/{} stands at the top of src/: put it in its layer's folder",
                s.path.display()
            );
        } else {
            assert!(
                layer(&s.module).is_some(),
                "src/{} is in no layer of {LAYERS:?}",
                s.path.display()
            );
        }
    }
}

#[test]
fn imports_run_one_way() {
    let sources = sources();
    let graph = graph(&sources);
    let mut wrong = Vec::new();
    for (from, targets) in &graph {
        let Some(own) = layer(from) else { continue };
        for to in targets {
            if layer(to).is_some_and(|l| l > own) {
                wrong.push(format!("{} uses {}", from.join("/"), to.join("/")));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports from a layer above (order: {LAYERS:?}):\n{}",
        wrong.join("\n")
    );
}

#[test]
fn no_import_cycle_between_files() {
    let graph = graph(&sources());
    // Each file's reach; a file that reaches itself is in a cycle.
    let mut cycles = BTreeSet::new();
    for start in graph.keys() {
        let mut seen = BTreeSet::new();
        let mut stack: Vec<&Module> = graph[start].iter().collect();
        while let Some(m) = stack.pop() {
            if !seen.insert(m) {
                continue;
            }
            if m == start {
                cycles.insert(start.join("/"));
                break;
            }
            stack.extend(graph.get(m).into_iter().flatten());
        }
    }
    assert!(cycles.is_empty(), "files in an import cycle: {cycles:?}");
}

#[test]
fn no_file_is_over_600_lines() {
    let long: Vec<String> = sources()
        .iter()
        .filter(|s| s.text.lines().count() > MAX_LINES)
        .map(|s| {
            format!(
                "src/{} ({} lines)",
                s.path.display(),
                s.text.lines().count()
            )
        })
        .collect();
    assert!(long.is_empty(), "split by job: {long:?}");
}

#[test]
fn the_checker_sees_imports() {
    // The reader of paths, on the shapes kdcl's sources use.
    let paths = crate_paths(
        "use crate::model::plan::{Entry, Plan};\nuse crate::{msg, rules};\n$crate::diag::x\nlet a = crate::load::files::read_text(p);",
    );
    let joined: Vec<String> = paths.iter().map(|p| p.join("::")).collect();
    assert_eq!(
        joined,
        ["model::plan", "msg", "rules", "load::files::read_text"]
    );
}
