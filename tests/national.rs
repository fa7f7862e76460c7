//! A smoke run of the national generator and of the benchmark: a small
//! synthetic repository (seconds), checked by kdcl, must report every
//! injected error where it was injected and no other error, and the
//! benchmark's floor must read all of it; and the benchmark's own code runs
//! at a tiny size (`cargo bench --bench national` is the full run).

mod common;

#[path = "../examples/national/bench.rs"]
mod bench;
#[path = "../examples/national/floor.rs"]
mod floor;
#[path = "../examples/national/generate.rs"]
mod generate;

use std::collections::BTreeSet;

#[test]
fn the_generated_repository_has_exactly_the_injected_errors() {
    let tmp = tempfile::tempdir().unwrap();
    let config = generate::Config {
        error_rate: 0.2,
        roster_error_rate: 0.2,
        // 660 plans: more than one chunk of check (512 plans).
        ..generate::Config::scale(0.04, 11)
    };
    let manifest = generate::generate(tmp.path(), &config).unwrap();
    assert_eq!(manifest.plans, 5 * manifest.rosters);
    assert!(manifest.injected.len() > 10, "{manifest:?}");
    let run = common::kdcl(tmp.path(), &["check", "plans", "--format", "json"]);
    let json = run.json();
    assert_eq!(
        json["files_checked"].as_u64().unwrap() as usize,
        manifest.plans + manifest.rosters
    );
    let found: BTreeSet<(String, String)> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] != "note")
        .map(|d| {
            (
                d["file"].as_str().unwrap().to_string(),
                d["code"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let injected: BTreeSet<(String, String)> = manifest
        .injected
        .iter()
        .map(|(f, c)| (f.clone(), c.to_string()))
        .collect();
    let missed: Vec<_> = injected.difference(&found).collect();
    let extra: Vec<_> = found.difference(&injected).collect();
    assert!(missed.is_empty(), "injected but not found: {missed:?}");
    assert!(extra.is_empty(), "found but not injected: {extra:?}");

    // The benchmark's floor reads and parses every file of it.
    let (keys, cells) = floor::parse_all(&tmp.path().join("plans"));
    assert!(
        keys >= 2 * manifest.plans && cells > manifest.schools,
        "{keys} {cells}"
    );

    // The same seed writes the same bytes.
    let again = tempfile::tempdir().unwrap();
    generate::generate(again.path(), &config).unwrap();
    let plan = "plans/ha-noi";
    let list = |root: &std::path::Path| {
        let mut files: Vec<_> = walk(&root.join(plan));
        files.sort();
        files
            .into_iter()
            .map(|p| {
                (
                    p.strip_prefix(root).unwrap().to_path_buf(),
                    std::fs::read(&p).unwrap(),
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(list(tmp.path()), list(again.path()));
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

#[test]
fn the_benchmark_measures_a_tiny_country() {
    let tmp = tempfile::tempdir().unwrap();
    let kdcl = std::path::PathBuf::from(env!("CARGO_BIN_EXE_kdcl"));
    let figures = bench::run(&bench::Setup {
        kdcl: &kdcl,
        target: tmp.path(),
        seeds: std::path::Path::new(env!("CARGO_MANIFEST_DIR")),
        scales: &[0.01, 0.02],
        runs: 1,
        seed_runs: 3,
        clean: true,
    });
    assert_eq!(figures.rows.len(), 2);
    let (small, large) = (&figures.rows[0], &figures.rows[1]);
    assert!(large.manifest.schools > small.manifest.schools);
    for row in &figures.rows {
        assert!(row.floor.as_nanos() > 0 && row.check.as_nanos() > 0);
        assert!(row.ratio().is_finite());
        assert!(!tmp.path().join(format!("national-{}", row.scale)).exists());
    }
    if std::path::Path::new("/usr/bin/time").exists() {
        assert!(figures.rows.iter().all(|r| r.memory.is_some_and(|k| k > 0)));
    }
    assert_eq!(figures.seed.len(), 3);
}
