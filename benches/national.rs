//! The national-scale benchmark (not part of CI; see docs/performance.md):
//!
//! ```sh
//! cargo bench --bench national              # 1×, 2× and 4× the country
//! cargo bench --bench national -- --smoke   # a tiny run, seconds
//! ```
//!
//! For each size it writes the synthetic repository (examples/national, seed
//! 2025) under target/, then times, on the same files, the floor (find, read
//! and parse every TOML and CSV file with the same crates, nothing else) and
//! `kdcl check` (the release binary, JSON output to /dev/null), best of a few
//! runs each, and reads kdcl's peak memory from `/usr/bin/time -v`. Last, the
//! wall time of checking one seed plan (the pre-commit case).

/// The floor runs with kdcl's allocator, so the two differ only in what they do.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "../examples/national/floor.rs"]
mod floor;
#[path = "../examples/national/generate.rs"]
mod generate;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn best<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(f());
            start.elapsed()
        })
        .min()
        .unwrap()
}

fn kdcl() -> PathBuf {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let status = Command::new(env!("CARGO"))
        .args(["build", "--release", "--quiet", "--bin", "kdcl"])
        .current_dir(&root)
        .status()
        .expect("cargo runs");
    assert!(status.success(), "kdcl builds");
    root.join("target/release/kdcl")
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

fn main() {
    let smoke = std::env::args().any(|a| a == "--smoke");
    let args: Vec<String> = std::env::args().collect();
    let chosen: Option<Vec<f64>> = args
        .iter()
        .position(|a| a == "--scales")
        .and_then(|i| args.get(i + 1))
        .map(|s| {
            s.split(',')
                .map(|x| x.parse().expect("a scale is a number"))
                .collect()
        });
    let scales: &[f64] = match &chosen {
        Some(s) => s,
        None if smoke => &[0.01, 0.02],
        None => &[1.0, 2.0, 4.0],
    };
    let runs = if smoke { 1 } else { 5 };
    let kdcl = kdcl();
    let target = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target");
    println!(
        "| size | plans | rosters | schools | MB | floor | kdcl check | ratio | peak memory |"
    );
    println!("|---|---|---|---|---|---|---|---|---|");
    let mut first: Option<(f64, Duration)> = None;
    for &scale in scales {
        let repo = target.join(format!("national-{scale}"));
        let _ = std::fs::remove_dir_all(&repo);
        let m = generate::generate(&repo, &generate::Config::scale(scale, 2025)).unwrap();
        let plans = repo.join("plans");
        // Warm the page cache for both.
        floor::parse_all(&plans);
        let floor = best(runs, || floor::parse_all(&plans));
        let checked = best(runs, || check(&kdcl, &repo, "plans"));
        let memory = peak_memory(&kdcl, &repo);
        println!(
            "| {scale}× | {} | {} | {} | {:.1} | {:.0} ms | {:.0} ms | {:.2} | {} |",
            m.plans,
            m.rosters,
            m.schools,
            m.bytes as f64 / 1e6,
            floor.as_secs_f64() * 1e3,
            checked.as_secs_f64() * 1e3,
            checked.as_secs_f64() / floor.as_secs_f64(),
            memory.map_or("?".into(), |k| format!("{:.0} MiB", k as f64 / 1024.0)),
        );
        match first {
            None => first = Some((scale, checked)),
            Some((s0, t0)) => println!(
                "|   | {}× the data: {:.2}× the time |",
                scale / s0,
                checked.as_secs_f64() / t0.as_secs_f64()
            ),
        }
        if smoke {
            let _ = std::fs::remove_dir_all(&repo);
        }
    }
    // One seed plan, as a pre-commit hook checks it.
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let one = "plans/lai-chau/thanh-pho-lai-chau/2024.toml";
    check(&kdcl, &root, one);
    let mut times: Vec<Duration> = (0..if smoke { 3 } else { 50 })
        .map(|_| {
            let start = Instant::now();
            check(&kdcl, &root, one);
            start.elapsed()
        })
        .collect();
    times.sort();
    println!(
        "one seed plan ({one}): median {:.1} ms, slowest {:.1} ms",
        times[times.len() / 2].as_secs_f64() * 1e3,
        times[times.len() - 1].as_secs_f64() * 1e3
    );
}
