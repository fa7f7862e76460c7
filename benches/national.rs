//! The national-scale benchmark (not part of CI; see docs/performance.md):
//!
//! ```sh
//! cargo bench --bench national              # 1×, 2× and 4× the country
//! cargo bench --bench national -- --scales 1
//! cargo bench --bench national -- --smoke   # a tiny run, seconds
//! ```
//!
//! For each size it writes the synthetic repository (examples/national, seed
//! 2025) under target/, then times, on the same files, the floor (find, read
//! and parse every TOML and CSV file with the same crates, nothing else) and
//! `kdcl check` (the release binary, JSON output to /dev/null), best of five
//! runs each (the sizes in turn within each run), and reads kdcl's peak
//! memory from `/usr/bin/time -v`. Last, the wall time of checking one seed
//! plan (the pre-commit case). The measuring
//! is examples/national/bench.rs, which tests/national.rs also runs.

/// The floor runs with kdcl's allocator, so the two differ only in what they do.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "../examples/national/bench.rs"]
mod bench;
#[path = "../examples/national/floor.rs"]
mod floor;
#[path = "../examples/national/generate.rs"]
mod generate;

use std::path::PathBuf;
use std::process::Command;

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

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let smoke = args.iter().any(|a| a == "--smoke");
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
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    bench::run(&bench::Setup {
        kdcl: &kdcl(),
        target: &root.join("target"),
        seeds: &root,
        scales,
        runs: if smoke { 1 } else { 5 },
        seed_runs: if smoke { 3 } else { 50 },
        clean: smoke,
    });
}
