//! A smoke run of the fuzz targets: each target's body (fuzz/bodies.rs) on
//! every committed seed, plus a few hostile inputs, in plain `cargo test`.
//! The real fuzzing is `cargo fuzz` (fuzz/README.md).

#[path = "../fuzz/bodies.rs"]
mod bodies;

use std::path::Path;

fn seeds(target: &str) -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/seeds")
        .join(target);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no seeds in {}", dir.display());
    files.iter().map(|p| std::fs::read(p).unwrap()).collect()
}

const HOSTILE: &[&[u8]] = &[
    b"",
    b"\xFF\xFE",
    b"\xFE\xFF\x00",
    b"\xEF\xBB\xBF",
    b"PK\x03\x04",
    b"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
    b"a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.a.b.c.d.e.f.g.h = 1",
    b"code,name,kind\n\"unterminated,x,MN\n",
    b"code\tname\tkind\r\n\t\t\r\n",
    b"\x00\x01\x02code,name,kind",
];

#[test]
fn every_target_survives_its_seeds_and_hostile_inputs() {
    for (target, body) in [
        ("plan", bodies::plan as fn(&[u8])),
        ("roster_csv", bodies::roster_csv),
        ("roster_sheet", bodies::roster_sheet),
        ("check_repo", bodies::check_repo),
        ("baseline", bodies::baseline),
        ("sheet_xml", bodies::sheet_xml),
    ] {
        for input in seeds(target)
            .iter()
            .map(Vec::as_slice)
            .chain(HOSTILE.iter().copied())
        {
            body(input);
        }
    }
}

/// The slowest inputs of a corpus for a target, to look for quadratic
/// paths: `KDCL_CORPUS=fuzz/corpus/roster_csv KDCL_TARGET=roster_csv
/// cargo test --release --test fuzz_smoke -- --ignored --nocapture`.
#[test]
#[ignore]
fn slowest_inputs_of_a_corpus() {
    let (Ok(dir), Ok(target)) = (std::env::var("KDCL_CORPUS"), std::env::var("KDCL_TARGET")) else {
        return;
    };
    let body = match target.as_str() {
        "plan" => bodies::plan as fn(&[u8]),
        "roster_csv" => bodies::roster_csv,
        "roster_sheet" => bodies::roster_sheet,
        "baseline" => bodies::baseline,
        "sheet_xml" => bodies::sheet_xml,
        _ => bodies::check_repo,
    };
    let mut times: Vec<(std::time::Duration, std::path::PathBuf)> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| {
            let path = e.ok()?.path();
            // A running fuzzer may remove files meanwhile.
            let data = std::fs::read(&path).ok()?;
            let start = std::time::Instant::now();
            body(&data);
            Some((start.elapsed(), path))
        })
        .collect();
    times.sort();
    let total: std::time::Duration = times.iter().map(|t| t.0).sum();
    println!("{} inputs, {:?} in all", times.len(), total);
    for (t, p) in times.iter().rev().take(8) {
        println!("{t:?} {}", p.display());
    }
}
