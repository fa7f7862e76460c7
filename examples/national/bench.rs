//! What the national benchmark measures (benches/national.rs runs it in
//! full; tests/national.rs runs it at a tiny size in every CI run).

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::floor;
use super::generate;

/// What to measure and where.
pub struct Setup<'a> {
    /// The kdcl binary to time.
    pub kdcl: &'a Path,
    /// Where the repositories are written (`national-<scale>` under it).
    pub target: &'a Path,
    /// The repository holding the seed plan timed last.
    pub seeds: &'a Path,
    pub scales: &'a [f64],
    /// Each figure is the best of this many runs.
    pub runs: usize,
    /// How many times the seed plan is checked.
    pub seed_runs: usize,
    /// Delete each repository once measured.
    pub clean: bool,
}

/// One size's figures.
pub struct Row {
    pub scale: f64,
    pub manifest: generate::Manifest,
    pub floor: Duration,
    pub check: Duration,
    /// kdcl's peak resident memory in KiB, when `/usr/bin/time -v` ran.
    pub memory: Option<u64>,
}

pub struct Figures {
    pub rows: Vec<Row>,
    /// Wall times of checking one seed plan, sorted.
    pub seed: Vec<Duration>,
}

pub const SEED_PLAN: &str = "plans/lai-chau/thanh-pho-lai-chau/2024.toml";

fn best<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    (0..runs.max(1))
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(f());
            start.elapsed()
        })
        .min()
        .expect("at least one run")
}

fn check(kdcl: &Path, repo: &Path, target: &str) -> std::process::ExitStatus {
    Command::new(kdcl)
        .args(["check", target, "--format", "json"])
        .current_dir(repo)
        .stdout(Stdio::null())
        .status()
        .expect("kdcl runs")
}

/// Peak resident memory of one `kdcl check`, in KiB.
fn peak_memory(kdcl: &Path, repo: &Path) -> Option<u64> {
    let out = Command::new("/usr/bin/time")
        .arg("-v")
        .arg(kdcl)
        .args(["check", "plans", "--format", "json"])
        .current_dir(repo)
        .stdout(Stdio::null())
        .output()
        .ok()?;
    String::from_utf8_lossy(&out.stderr)
        .lines()
        .find_map(|l| {
            l.trim()
                .strip_prefix("Maximum resident set size (kbytes): ")
        })
        .and_then(|v| v.trim().parse().ok())
}

/// Writes each size's repository, times the floor and `kdcl check` on each
/// (the sizes taken in turn within each round, so that a busy spell on a
/// shared machine does not land on one size only), then the seed plan;
/// prints the table.
pub fn run(setup: &Setup<'_>) -> Figures {
    let repos: Vec<(f64, PathBuf, generate::Manifest)> = setup
        .scales
        .iter()
        .map(|&scale| {
            let repo = setup.target.join(format!("national-{scale}"));
            let _ = std::fs::remove_dir_all(&repo);
            let manifest = generate::generate(&repo, &generate::Config::scale(scale, 2025))
                .expect("the repository is written");
            // Warm the page cache for both.
            floor::parse_all(&repo.join("plans"));
            (scale, repo, manifest)
        })
        .collect();
    let mut floors = vec![Duration::MAX; repos.len()];
    let mut checks = vec![Duration::MAX; repos.len()];
    for _ in 0..setup.runs.max(1) {
        for (i, (_, repo, _)) in repos.iter().enumerate() {
            let plans = repo.join("plans");
            floors[i] = floors[i].min(best(1, || floor::parse_all(&plans)));
            checks[i] = checks[i].min(best(1, || check(setup.kdcl, repo, "plans")));
        }
    }
    println!(
        "| size | plans | rosters | schools | MB | floor | kdcl check | ratio | peak memory |"
    );
    println!("|---|---|---|---|---|---|---|---|---|");
    let mut rows: Vec<Row> = Vec::new();
    for ((scale, repo, manifest), (floor, checked)) in
        repos.into_iter().zip(floors.into_iter().zip(checks))
    {
        let memory = peak_memory(setup.kdcl, &repo);
        let row = Row {
            scale,
            manifest,
            floor,
            check: checked,
            memory,
        };
        println!(
            "| {scale}× | {} | {} | {} | {:.1} | {:.0} ms | {:.0} ms | {:.2} | {} |",
            row.manifest.plans,
            row.manifest.rosters,
            row.manifest.schools,
            row.manifest.bytes as f64 / 1e6,
            floor.as_secs_f64() * 1e3,
            checked.as_secs_f64() * 1e3,
            row.ratio(),
            memory.map_or("?".into(), |k| format!("{:.0} MiB", k as f64 / 1024.0)),
        );
        if let Some(first) = rows.first() {
            println!(
                "|   | {}× the data: {:.2}× the time |",
                scale / first.scale,
                checked.as_secs_f64() / first.check.as_secs_f64()
            );
        }
        if setup.clean {
            let _ = std::fs::remove_dir_all(&repo);
        }
        rows.push(row);
    }
    // One seed plan, as a pre-commit hook checks it.
    check(setup.kdcl, setup.seeds, SEED_PLAN);
    let mut seed: Vec<Duration> = (0..setup.seed_runs.max(1))
        .map(|_| {
            let start = Instant::now();
            check(setup.kdcl, setup.seeds, SEED_PLAN);
            start.elapsed()
        })
        .collect();
    seed.sort();
    println!(
        "one seed plan ({SEED_PLAN}): median {:.1} ms, slowest {:.1} ms",
        seed[seed.len() / 2].as_secs_f64() * 1e3,
        seed[seed.len() - 1].as_secs_f64() * 1e3
    );
    Figures { rows, seed }
}

impl Row {
    /// kdcl's time over the floor's.
    pub fn ratio(&self) -> f64 {
        self.check.as_secs_f64() / self.floor.as_secs_f64()
    }
}
