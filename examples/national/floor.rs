//! The floor kdcl is measured against: the same files found the same way,
//! read and parsed with the same crates (toml, csv), and nothing else.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use rayon::prelude::*;

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            files(&p, out);
        } else {
            out.push(p);
        }
    }
}

/// Reads and parses every plan (TOML) and roster (CSV) under `dir`, on all
/// cores as kdcl does. Returns how many top-level TOML keys and CSV cells it saw.
pub fn parse_all(dir: &Path) -> (usize, usize) {
    let mut all = Vec::new();
    files(dir, &mut all);
    all.par_iter()
        .map(|p| {
            let bytes = std::fs::read(p).unwrap();
            match p.extension().and_then(|e| e.to_str()) {
                Some("toml") => {
                    let text = String::from_utf8(bytes).unwrap();
                    let table = toml::de::DeTable::parse(&text).unwrap();
                    (table.get_ref().len(), 0)
                }
                Some("csv") => {
                    let mut reader = csv::ReaderBuilder::new()
                        .has_headers(false)
                        .flexible(true)
                        .from_reader(bytes.as_slice());
                    (0, reader.records().map(|r| r.unwrap().len()).sum())
                }
                _ => (0, 0),
            }
        })
        .reduce(|| (0, 0), |a, b| (a.0 + b.0, a.1 + b.1))
}
