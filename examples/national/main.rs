//! Writes a synthetic national plan repository, for benchmarks and for
//! trying kdcl at scale:
//!
//! ```sh
//! cargo run --release --example national -- target/national [SCALE] [SEED]
//! cargo run --release -- check target/national/plans
//! ```
//!
//! SCALE 1 (the default) is the country: 34 provinces, 3,300 communes,
//! about 45,000 schools, 16,500 plans. SEED defaults to 2025.

mod generate;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(out) = args.first() else {
        eprintln!("usage: national OUT_DIR [SCALE] [SEED]");
        std::process::exit(2);
    };
    let scale: f64 = args
        .get(1)
        .map_or(1.0, |s| s.parse().expect("SCALE is a number"));
    let seed: u64 = args
        .get(2)
        .map_or(2025, |s| s.parse().expect("SEED is a number"));
    let config = generate::Config::scale(scale, seed);
    let m =
        generate::generate(std::path::Path::new(out), &config).expect("the repository is written");
    let listing: String = m
        .injected
        .iter()
        .map(|(file, code)| format!("{file}\t{code}\n"))
        .collect();
    std::fs::write(std::path::Path::new(out).join("injected.tsv"), listing)
        .expect("the manifest is written");
    println!(
        "{out}: {} plans, {} rosters, {} schools, {:.1} MB; {} injected errors",
        m.plans,
        m.rosters,
        m.schools,
        m.bytes as f64 / 1e6,
        m.injected.len()
    );
}
