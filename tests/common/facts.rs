//! A plan as facts, to compare a draft with an expected reading or a hand
//! transcription (`tests/documents/README.md`, "Scoring"): each value
//! normalised as the corpus's comparison rules say.

use std::collections::HashMap;

/// A fact: what it is about, and its value, both normalised.
pub type Fact = (String, String);

pub fn norm(s: &str) -> String {
    let s = s
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let s = s
        .replace("ủy ban nhân dân", "ubnd")
        .replace("uỷ ban nhân dân", "ubnd")
        .replace("gd&đt", "giáo dục và đào tạo");
    let s = s.strip_prefix("kế hoạch ").unwrap_or(&s).to_string();
    let mut s = s.as_str();
    for kind in ["xã ", "phường ", "huyện ", "thị xã ", "thành phố ", "tỉnh "] {
        if let Some(rest) = s.strip_prefix(kind) {
            s = rest;
        }
    }
    kdcl::text::words::words(s)
        .iter()
        .map(|w| format!("{}{:?}", w.toneless, w.tone))
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn school_key(name: &str) -> String {
    let k = kdcl::model::name::key(name);
    format!("{:?} {}", k.kind, k.exact)
}

pub fn value(v: &toml::Value) -> String {
    match v {
        toml::Value::String(s) => s.clone(),
        toml::Value::Integer(i) => i.to_string(),
        toml::Value::Float(f) => format!("{f}"),
        toml::Value::Array(a) => format!("[{}]", a.iter().map(value).collect::<Vec<_>>().join(",")),
        other => other.to_string(),
    }
}

/// The document symbol a basis entry cites ("273/KH-UBND"), or its name.
pub fn symbol(entry: &str) -> String {
    entry
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| ",;.()".contains(c)))
        .find(|w| w.contains('/') && w.chars().next().is_some_and(|c| c.is_ascii_digit()))
        .map_or_else(|| norm(entry), str::to_string)
}

pub fn facts(plan: &toml::Table) -> Vec<Fact> {
    let mut out = Vec::new();
    let empty = toml::Table::new();
    let p = plan
        .get("plan")
        .and_then(|v| v.as_table())
        .unwrap_or(&empty);
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
    for b in p
        .get("basis")
        .and_then(|v| v.as_array())
        .into_iter()
        .flatten()
    {
        out.push(("basis".into(), symbol(&value(b))));
    }
    let t = plan
        .get("targets")
        .and_then(|v| v.as_table())
        .unwrap_or(&empty);
    for (k, v) in t {
        let k = if k == "kept" {
            "recognised_before"
        } else {
            k.as_str()
        };
        match v {
            toml::Value::Table(sub) => {
                for (kk, vv) in sub {
                    out.push((format!("{k}.{kk}"), value(vv)));
                }
            }
            toml::Value::Float(f) => out.push((format!("targets.{k}"), format!("{f}"))),
            toml::Value::Integer(i) if k.contains("share") => {
                out.push((format!("targets.{k}"), format!("{}", *i as f64)))
            }
            _ => out.push((format!("targets.{k}"), value(v))),
        }
    }
    for w in plan
        .get("wave")
        .and_then(|v| v.as_array())
        .into_iter()
        .flatten()
    {
        let n = w.get("number").map(value).unwrap_or_default();
        for key in ["month", "schools"] {
            if let Some(v) = w.get(key) {
                out.push((format!("wave.{n}.{key}"), value(v)));
            }
        }
    }
    let mut seen: HashMap<String, usize> = HashMap::new();
    for s in plan
        .get("school")
        .and_then(|v| v.as_array())
        .into_iter()
        .flatten()
    {
        let name = school_key(&s.get("school").map(value).unwrap_or_default());
        let n = seen.entry(name.clone()).or_default();
        *n += 1;
        out.push(("school".into(), name.clone()));
        for key in ["action", "level", "accreditation", "wave"] {
            if let Some(v) = s.get(key) {
                let v = if value(v) == "maintain" {
                    "renew".into()
                } else {
                    value(v)
                };
                out.push((format!("school.{name}|{n}.{key}"), v));
            }
        }
    }
    for task in plan
        .get("task")
        .and_then(|v| v.as_array())
        .into_iter()
        .flatten()
    {
        if let Some(d) = task.get("due") {
            out.push(("task.due".into(), value(d)));
        }
    }
    out
}

/// Facts of `read` that are in `expected` (as multisets); a read school's
/// fields count only when the school itself is expected.
pub fn score(read: &[Fact], expected: &[Fact]) -> (usize, usize, Vec<Fact>) {
    let mut pool: HashMap<&Fact, usize> = HashMap::new();
    for f in expected {
        *pool.entry(f).or_default() += 1;
    }
    let expected_schools: Vec<&str> = expected
        .iter()
        .filter(|(k, _)| k == "school")
        .map(|(_, v)| v.as_str())
        .collect();
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
pub fn missed(read: &[Fact], expected: &[Fact]) -> Vec<Fact> {
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
