//! The corpus score (`tests/documents/README.md`): every document of
//! `tests/documents/corpus.toml` read as `kdcl import` reads it, its draft
//! compared fact by fact with the expected reading. Precision must be 1 (a
//! value read that is wrong or not stated fails); recall is reported for the
//! seeds, the variants the reader was shaped on (v01–v30) and the held-out
//! ones (v31–v45), and must not fall below the figures in `docs/documents.md`.

mod common;

use std::path::Path;

use common::facts::{facts, missed, score};

const CORPUS: &str = "tests/documents";

#[derive(Default, Clone, Copy)]
struct Tally {
    read: usize,
    matched: usize,
    expected: usize,
}

impl Tally {
    fn add(&mut self, o: Tally) {
        self.read += o.read;
        self.matched += o.matched;
        self.expected += o.expected;
    }
    fn recall(self) -> f64 {
        if self.expected == 0 {
            1.0
        } else {
            self.matched as f64 / self.expected as f64
        }
    }
    fn precision(self) -> f64 {
        if self.read == 0 {
            1.0
        } else {
            self.matched as f64 / self.read as f64
        }
    }
}

fn index() -> Vec<toml::Value> {
    let index: toml::Table = std::fs::read_to_string(Path::new(CORPUS).join("corpus.toml"))
        .expect("corpus.toml")
        .parse()
        .expect("corpus.toml parses");
    index["document"].as_array().expect("[[document]]").clone()
}

fn documents() -> Vec<String> {
    index()
        .iter()
        .map(|d| d["file"].as_str().expect("file").to_string())
        .collect()
}

/// The rule that reports each kind of finding the corpus expects
/// (`tests/documents/README.md`); `None`: no rule finds it without a roster.
fn rule_of(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "count-action" | "count-total" => "KD101",
        "by-kind-list" => "KD102",
        "total-parts" | "by-kind-sum" | "by-year-sum" | "range-ends" => "KD103",
        "list-missing" => "KD104",
        "wave-size" | "wave-sum" => "KD105",
        "before-after" => "KD111",
        "share" | "share-before" => "KD112",
        "duplicate-school" => "KD203",
        "name-variant" => "KD205",
        "deadline-before-year" => "KD008",
        _ => return None,
    })
}

const FINDING_RULES: [&str; 10] = [
    "KD101", "KD102", "KD103", "KD104", "KD105", "KD111", "KD112", "KD203", "KD205", "KD008",
];

/// `kdcl check DOCUMENT` without a roster, on every document: each expected
/// finding's rule reported, and none of those rules on a consistent document
/// beyond what the draft's own gaps cause. Prints what it finds and misses.
#[test]
fn expected_findings() {
    let (mut found, mut expected, mut extra) = (0, 0, Vec::new());
    let mut missing = Vec::new();
    for doc in index() {
        let file = doc["file"].as_str().expect("file");
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_kdcl"))
            .args(["check", &format!("{CORPUS}/{file}"), "--format", "json"])
            .env("KDCL_LANG", "en")
            .output()
            .expect("kdcl runs");
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        let codes: Vec<String> = json["diagnostics"]
            .as_array()
            .expect("diagnostics")
            .iter()
            .filter_map(|d| d["code"].as_str().map(str::to_string))
            .collect();
        let kinds: Vec<&str> = doc["expect_findings"]
            .as_array()
            .expect("expect_findings")
            .iter()
            .filter_map(|f| f.as_str()?.split(':').next())
            .collect();
        for kind in &kinds {
            expected += 1;
            match rule_of(kind) {
                Some(code) if codes.iter().any(|c| c == code) => found += 1,
                _ => missing.push(format!("{file}: {kind}")),
            }
        }
        let wanted: Vec<&str> = kinds.iter().filter_map(|k| rule_of(k)).collect();
        for code in codes
            .iter()
            .filter(|c| FINDING_RULES.contains(&c.as_str()) && !wanted.contains(&c.as_str()))
        {
            let known = KNOWN_FALSE
                .iter()
                .any(|(f, c)| file.contains(f) && c == code);
            if !known {
                extra.push(format!("{file}: {code}"));
            }
        }
    }
    println!(
        "expected findings reported: {found} of {expected}\nmissed:\n{}\nreported on a document that does not have them:\n{}",
        missing.join("\n"),
        extra.join("\n")
    );
    assert!(
        found >= FINDINGS_FLOOR,
        "{found} of {expected} expected findings reported"
    );
    assert!(extra.is_empty(), "findings the documents do not have");
}

/// Expected findings reported (of 20): the figure `docs/documents.md` gives.
const FINDINGS_FLOOR: usize = 17;

/// Findings that come from what the reader misses, not from the document
/// (`docs/documents.md`, "What is not read"): waves whose schools it cannot
/// place (v43: KD105).
const KNOWN_FALSE: &[(&str, &str)] = &[("v43-", "KD105")];

/// The draft `kdcl import` writes for a document, parsed back.
fn draft(file: &str) -> toml::Table {
    let path = Path::new(CORPUS).join(file);
    let doc = kdcl::load::document::read(&path, 1 << 24).expect("the corpus is readable");
    let reading = kdcl::load::reading::read(&doc.text);
    let text = kdcl::render::draft::toml(&reading, file).text;
    text.parse()
        .unwrap_or_else(|e| panic!("{file}: the draft is not TOML: {e}\n{text}"))
}

/// Recall below which the score fails, per part (seeds, tuned, held out):
/// the figures `docs/documents.md` reports, so that no change lowers them.
/// The issue asks 90% on the variants; the floors are those figures rounded down.
const FLOOR: [f64; 3] = [1.0, 0.949, 0.906];

#[test]
fn corpus_score() {
    let mut parts = [Tally::default(); 3];
    let mut table = String::from(
        "document                                           read  right  stated  recall\n",
    );
    let mut wrong_all = Vec::new();
    let mut misses = Vec::new();
    for file in documents() {
        let expected_path = Path::new(CORPUS).join(file.replace(".txt", ".expected.toml"));
        let expected: toml::Table = std::fs::read_to_string(&expected_path)
            .expect("expected reading")
            .parse()
            .expect("expected TOML");
        let (read, want) = (facts(&draft(&file)), facts(&expected));
        let (counted, matched, wrong) = score(&read, &want);
        let t = Tally {
            read: counted,
            matched,
            expected: want.len(),
        };
        let part = match file
            .strip_prefix("variants/v")
            .and_then(|r| r.get(..2))
            .and_then(|n| n.parse::<u32>().ok())
        {
            None => 0,
            Some(n) if n <= 30 => 1,
            Some(_) => 2,
        };
        parts[part].add(t);
        table.push_str(&format!(
            "{file:50} {:5} {:6} {:7} {:6.1}%\n",
            t.read,
            t.matched,
            t.expected,
            100.0 * t.recall()
        ));
        misses.extend(
            missed(&read, &want)
                .into_iter()
                .map(|m| format!("{file}: {} = {}", m.0, m.1)),
        );
        wrong_all.extend(
            wrong
                .into_iter()
                .map(|w| format!("{file}: {} = {}", w.0, w.1)),
        );
    }
    for (name, t) in ["seeds", "variants v01-v30", "variants v31-v45 (held out)"]
        .iter()
        .zip(parts)
    {
        table.push_str(&format!(
            "{name:30} precision {:6.1}%  recall {:6.1}% ({} of {})\n",
            100.0 * t.precision(),
            100.0 * t.recall(),
            t.matched,
            t.expected
        ));
    }
    println!(
        "{table}\nnot read (each should be a TODO in the draft):\n{}",
        misses.join("\n")
    );
    assert!(
        wrong_all.is_empty(),
        "values read that the documents do not state:\n{}",
        wrong_all.join("\n")
    );
    for ((name, t), floor) in ["seeds", "variants v01-v30", "held out"]
        .iter()
        .zip(parts)
        .zip(FLOOR)
    {
        assert!(
            t.recall() >= floor,
            "{name}: recall {:.1}% is below {:.1}%",
            100.0 * t.recall(),
            100.0 * floor
        );
    }
}
