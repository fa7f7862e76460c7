//! The corpus score (`tests/documents/README.md`): every document of
//! `tests/documents/corpus.toml` read as `kdcl import` reads it, its draft
//! compared fact by fact with the expected reading. Precision must be 1 (a
//! value read that is wrong or not stated fails); recall is reported for the
//! seeds, the variants the reader was shaped on (v01–v30) and the held-out
//! ones (v31–v45), and must not fall below the figures in `docs/documents.md`.

use std::collections::HashMap;
use std::path::Path;

const CORPUS: &str = "tests/documents";

/// A fact: what it is about, and its value, both normalised.
type Fact = (String, String);

fn norm(s: &str) -> String {
    let s = s.to_lowercase().split_whitespace().collect::<Vec<_>>().join(" ");
    let s = s.replace("ủy ban nhân dân", "ubnd").replace("uỷ ban nhân dân", "ubnd").replace("gd&đt", "giáo dục và đào tạo");
    let s = s.strip_prefix("kế hoạch ").unwrap_or(&s).to_string();
    let mut s = s.as_str();
    for kind in ["xã ", "phường ", "huyện ", "thị xã ", "thành phố ", "tỉnh "] {
        if let Some(rest) = s.strip_prefix(kind) {
            s = rest;
        }
    }
    kdcl::text::words::words(s).iter().map(|w| format!("{}{:?}", w.toneless, w.tone)).collect::<Vec<_>>().join(" ")
}

fn school_key(name: &str) -> String {
    let k = kdcl::model::name::key(name);
    format!("{:?} {}", k.kind, k.exact)
}

fn value(v: &toml::Value) -> String {
    match v {
        toml::Value::String(s) => s.clone(),
        toml::Value::Integer(i) => i.to_string(),
        toml::Value::Float(f) => format!("{f}"),
        toml::Value::Array(a) => format!("[{}]", a.iter().map(value).collect::<Vec<_>>().join(",")),
        other => other.to_string(),
    }
}

/// The document symbol a basis entry cites ("273/KH-UBND"), or its name.
fn symbol(entry: &str) -> String {
    entry
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| ",;.()".contains(c)))
        .find(|w| w.contains('/') && w.chars().next().is_some_and(|c| c.is_ascii_digit()))
        .map_or_else(|| norm(entry), str::to_string)
}

fn facts(plan: &toml::Table) -> Vec<Fact> {
    let mut out = Vec::new();
    let empty = toml::Table::new();
    let p = plan.get("plan").and_then(|v| v.as_table()).unwrap_or(&empty);
    for key in ["title", "issuer", "area", "province"] {
        if let Some(v) = p.get(key) {
            out.push((format!("plan.{key}"), norm(&value(v))));
        }
    }
    for key in ["year", "period", "number", "issued"] {
        if let Some(v) = p.get(key) {
            out.push((format!("plan.{key}"), value(v)));
        }
    }
    for b in p.get("basis").and_then(|v| v.as_array()).into_iter().flatten() {
        out.push(("basis".into(), symbol(&value(b))));
    }
    let t = plan.get("targets").and_then(|v| v.as_table()).unwrap_or(&empty);
    for (k, v) in t {
        let k = if k == "kept" { "recognised_before" } else { k.as_str() };
        match v {
            toml::Value::Table(sub) => {
                for (kk, vv) in sub {
                    out.push((format!("{k}.{kk}"), value(vv)));
                }
            }
            toml::Value::Float(f) => out.push((format!("targets.{k}"), format!("{f}"))),
            toml::Value::Integer(i) if k.contains("share") => out.push((format!("targets.{k}"), format!("{}", *i as f64))),
            _ => out.push((format!("targets.{k}"), value(v))),
        }
    }
    for w in plan.get("wave").and_then(|v| v.as_array()).into_iter().flatten() {
        let n = w.get("number").map(value).unwrap_or_default();
        for key in ["month", "schools"] {
            if let Some(v) = w.get(key) {
                out.push((format!("wave.{n}.{key}"), value(v)));
            }
        }
    }
    let mut seen: HashMap<String, usize> = HashMap::new();
    for s in plan.get("school").and_then(|v| v.as_array()).into_iter().flatten() {
        let name = school_key(&s.get("school").map(value).unwrap_or_default());
        let n = seen.entry(name.clone()).or_default();
        *n += 1;
        out.push(("school".into(), name.clone()));
        for key in ["action", "level", "accreditation", "wave"] {
            if let Some(v) = s.get(key) {
                let v = if value(v) == "maintain" { "renew".into() } else { value(v) };
                out.push((format!("school.{name}|{n}.{key}"), v));
            }
        }
    }
    for task in plan.get("task").and_then(|v| v.as_array()).into_iter().flatten() {
        if let Some(d) = task.get("due") {
            out.push(("task.due".into(), value(d)));
        }
    }
    out
}

/// Facts of `read` that are in `expected` (as multisets); a read school's
/// fields count only when the school itself is expected.
fn score(read: &[Fact], expected: &[Fact]) -> (usize, usize, Vec<Fact>) {
    let mut pool: HashMap<&Fact, usize> = HashMap::new();
    for f in expected {
        *pool.entry(f).or_default() += 1;
    }
    let expected_schools: Vec<&str> = expected.iter().filter(|(k, _)| k == "school").map(|(_, v)| v.as_str()).collect();
    let (mut counted, mut matched, mut wrong) = (0, 0, Vec::new());
    for f in read {
        if let Some(rest) = f.0.strip_prefix("school.")
            && let Some((name, _)) = rest.split_once('|')
            && !expected_schools.contains(&name)
        {
            continue;
        }
        counted += 1;
        match pool.get_mut(f) {
            Some(n) if *n > 0 => {
                *n -= 1;
                matched += 1;
            }
            _ => wrong.push(f.clone()),
        }
    }
    (counted, matched, wrong)
}

/// Facts of `expected` that `read` does not hold: the reader's misses.
fn missed(read: &[Fact], expected: &[Fact]) -> Vec<Fact> {
    let mut pool: HashMap<&Fact, usize> = HashMap::new();
    for f in read {
        *pool.entry(f).or_default() += 1;
    }
    expected
        .iter()
        .filter(|f| match pool.get_mut(f) {
            Some(n) if *n > 0 => {
                *n -= 1;
                false
            }
            _ => true,
        })
        .cloned()
        .collect()
}

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
        if self.expected == 0 { 1.0 } else { self.matched as f64 / self.expected as f64 }
    }
    fn precision(self) -> f64 {
        if self.read == 0 { 1.0 } else { self.matched as f64 / self.read as f64 }
    }
}

fn documents() -> Vec<String> {
    let index: toml::Table = std::fs::read_to_string(Path::new(CORPUS).join("corpus.toml"))
        .expect("corpus.toml")
        .parse()
        .expect("corpus.toml parses");
    index["document"]
        .as_array()
        .expect("[[document]]")
        .iter()
        .map(|d| d["file"].as_str().expect("file").to_string())
        .collect()
}

/// The draft `kdcl import` writes for a document, parsed back.
fn draft(file: &str) -> toml::Table {
    let path = Path::new(CORPUS).join(file);
    let doc = kdcl::load::document::read(&path, 1 << 24).expect("the corpus is readable");
    let reading = kdcl::load::reading::read(&doc.text);
    let text = kdcl::render::draft::toml(&reading, file).text;
    text.parse().unwrap_or_else(|e| panic!("{file}: the draft is not TOML: {e}\n{text}"))
}

/// Recall below which the score fails, per part (seeds, tuned, held out):
/// the figures `docs/documents.md` reports, so that no change lowers them.
const FLOOR: [f64; 3] = [1.0, 0.90, 0.90];

#[test]
fn corpus_score() {
    let mut parts = [Tally::default(); 3];
    let mut table = String::from("document                                           read  right  stated  recall\n");
    let mut wrong_all = Vec::new();
    let mut misses = Vec::new();
    for file in documents() {
        let expected_path = Path::new(CORPUS).join(file.replace(".txt", ".expected.toml"));
        let expected: toml::Table = std::fs::read_to_string(&expected_path).expect("expected reading").parse().expect("expected TOML");
        let (read, want) = (facts(&draft(&file)), facts(&expected));
        let (counted, matched, wrong) = score(&read, &want);
        let t = Tally { read: counted, matched, expected: want.len() };
        let part = match file.strip_prefix("variants/v").and_then(|r| r.get(..2)).and_then(|n| n.parse::<u32>().ok()) {
            None => 0,
            Some(n) if n <= 30 => 1,
            Some(_) => 2,
        };
        parts[part].add(t);
        table.push_str(&format!("{file:50} {:5} {:6} {:7} {:6.1}%\n", t.read, t.matched, t.expected, 100.0 * t.recall()));
        misses.extend(missed(&read, &want).into_iter().map(|m| format!("{file}: {} = {}", m.0, m.1)));
        wrong_all.extend(wrong.into_iter().map(|w| format!("{file}: {} = {}", w.0, w.1)));
    }
    for (name, t) in ["seeds", "variants v01-v30", "variants v31-v45 (held out)"].iter().zip(parts) {
        table.push_str(&format!("{name:30} precision {:6.1}%  recall {:6.1}% ({} of {})\n", 100.0 * t.precision(), 100.0 * t.recall(), t.matched, t.expected));
    }
    println!("{table}\nnot read (each should be a TODO in the draft):\n{}", misses.join("\n"));
    assert!(wrong_all.is_empty(), "values read that the documents do not state:\n{}", wrong_all.join("\n"));
    for ((name, t), floor) in ["seeds", "variants v01-v30", "held out"].iter().zip(parts).zip(FLOOR) {
        assert!(t.recall() >= floor, "{name}: recall {:.1}% is below {:.1}%", 100.0 * t.recall(), 100.0 * floor);
    }
}
