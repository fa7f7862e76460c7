//! The draft `kdcl import` writes: a version-2 plan in TOML, each value with
//! the document's words in a comment beside it and every statement kdcl
//! could not place as a `# TODO:`; or the same plan as JSON, each value with
//! its place in the document. The TOML keeps, for `kdcl check DOCUMENT`,
//! the document's line and column of each of its lines.

use serde_json::{Value, json};

use crate::load::reading::{Reading, Said};
use crate::model::plan::{Percent, shown_range};
use crate::msg;
use crate::render::toml::{comment, quoted};

/// The TOML text and, for each of its lines (from 0), the place in the
/// document (line, column) its value was read from.
#[derive(Debug, Clone, Default)]
pub struct Draft {
    pub text: String,
    pub places: Vec<Option<(usize, usize)>>,
}

impl Draft {
    fn line(&mut self, text: &str, from: Option<(usize, usize)>) {
        self.text.push_str(text);
        self.text.push('\n');
        self.places.push(from);
    }

    /// `key = value   # "the document's words"`
    fn value<T>(&mut self, key: &str, value: &str, said: &Said<T>) {
        let text = format!("{key} = {value}   # {}", words(&said.words));
        self.line(&text, Some((said.line, said.column)));
    }

    fn todos(&mut self, todos: &[&Said<()>]) {
        for t in todos {
            let text = format!("# TODO: {}", words(&t.words));
            self.line(&text, Some((t.line, t.column)));
        }
    }
}

/// The document's words as a comment shows them: quoted, one line.
fn words(w: &str) -> String {
    let w: String = w.chars().filter(|c| !c.is_control()).collect();
    format!("\"{w}\"")
}

fn percent(p: Percent) -> String {
    if p.decimals == 0 {
        return p.scaled.to_string();
    }
    let d = 10i64.pow(p.decimals);
    format!(
        "{}.{:0w$}",
        p.scaled / d,
        p.scaled % d,
        w = p.decimals as usize
    )
}

/// The draft as TOML.
pub fn toml(r: &Reading, document: &str) -> Draft {
    let mut d = Draft::default();
    let mut head = String::new();
    comment(&mut head, &msg!(DRAFT_HEAD, document = document).render());
    for l in head.lines() {
        d.line(l, None);
    }
    d.line("", None);
    d.line("[plan]", None);
    let strings = [
        ("title", &r.title),
        ("issuer", &r.issuer),
        ("area", &r.area),
        ("province", &r.province),
    ];
    for (key, said) in strings {
        if let Some(s) = said {
            d.value(key, &quoted(&s.value), s);
        }
    }
    if let Some(y) = &r.year {
        d.value("year", &y.value.to_string(), y);
    }
    if let Some(p) = &r.period {
        d.value(
            "period",
            &quoted(&format!("{}-{}", p.value.0, p.value.1)),
            p,
        );
    }
    if let Some(n) = &r.number {
        d.value("number", &quoted(&n.value), n);
    }
    if let Some(i) = &r.issued {
        d.value("issued", &i.value.format("%Y-%m-%d").to_string(), i);
    }
    if !r.basis.is_empty() {
        d.line("basis = [", r.basis.first().map(|b| (b.line, b.column)));
        for b in &r.basis {
            let text = format!("  {},   # {}", quoted(&b.value), words(&b.words));
            d.line(&text, Some((b.line, b.column)));
        }
        d.line("]", None);
    }
    d.line("", None);
    d.line("[targets]", None);
    for (key, said) in &r.counts {
        d.value(key.name(), &shown_range(said.value.0, said.value.1), said);
    }
    if let Some(s) = &r.share {
        d.value("recognised_share", &percent(s.value), s);
    }
    if let Some(s) = &r.share_before {
        d.value("recognised_share_before", &percent(s.value), s);
    }
    let todos: Vec<&Said<()>> = r.todos.iter().collect();
    d.todos(&todos);
    if !r.by_kind.is_empty() {
        d.line("", None);
        d.line("[targets.by_kind]", None);
        for (kind, said) in &r.by_kind {
            d.value(
                &quoted(kind),
                &shown_range(said.value.0, said.value.1),
                said,
            );
        }
    }
    if !r.by_year.is_empty() {
        d.line("", None);
        d.line("[targets.by_year]", None);
        for (year, said) in &r.by_year {
            d.value(
                &year.to_string(),
                &shown_range(said.value.0, said.value.1),
                said,
            );
        }
    }
    for w in &r.waves {
        d.line("", None);
        d.line("[[wave]]", Some((w.said.line, w.said.column)));
        d.value("number", &w.number.to_string(), &w.said);
        if let Some(m) = &w.month {
            d.line(
                &format!("month = {}", quoted(m)),
                Some((w.said.line, w.said.column)),
            );
        }
        if let Some(n) = w.schools {
            d.line(
                &format!("schools = {n}"),
                Some((w.said.line, w.said.column)),
            );
        }
    }
    for s in &r.schools {
        d.line("", None);
        d.line("[[school]]", Some((s.name.line, s.name.column)));
        d.value("school", &quoted(&s.name.value), &s.name);
        d.line(
            &format!("action = {}", quoted(s.action.value.key())),
            Some((s.action.line, s.action.column)),
        );
        let at = Some((s.name.line, s.name.column));
        if let Some(l) = s.level {
            d.line(&format!("level = {l}"), at);
        }
        if let Some(c) = s.accreditation {
            d.line(&format!("accreditation = {c}"), at);
        }
        if let Some(w) = s.wave {
            d.line(&format!("wave = {w}"), at);
        }
    }
    for t in &r.tasks {
        d.line("", None);
        d.line("[[task]]", Some((t.due.line, t.due.column)));
        if let Some(o) = &t.owner {
            d.line(
                &format!("owner = {}", quoted(o)),
                Some((t.due.line, t.due.column)),
            );
        }
        d.line(
            &format!("what = {}", quoted(&t.what)),
            Some((t.due.line, t.due.column)),
        );
        d.value("due", &quoted(&t.due.value), &t.due);
    }
    d
}

fn said<T: serde::Serialize>(s: &Said<T>) -> Value {
    json!({"value": s.value, "line": s.line, "column": s.column, "text": s.words})
}

fn said_as<T>(s: &Said<T>, value: Value) -> Value {
    json!({"value": value, "line": s.line, "column": s.column, "text": s.words})
}

fn count_value(c: (i64, i64)) -> Value {
    if c.0 == c.1 {
        json!(c.0)
    } else {
        json!([c.0, c.1])
    }
}

/// The draft as JSON: the same plan, each value with its place.
pub fn json(r: &Reading) -> String {
    let mut plan = serde_json::Map::new();
    for (key, s) in [
        ("title", &r.title),
        ("issuer", &r.issuer),
        ("area", &r.area),
        ("province", &r.province),
        ("number", &r.number),
    ] {
        if let Some(s) = s {
            plan.insert(key.into(), said(s));
        }
    }
    if let Some(y) = &r.year {
        plan.insert("year".into(), said(y));
    }
    if let Some(p) = &r.period {
        plan.insert(
            "period".into(),
            said_as(p, json!(format!("{}-{}", p.value.0, p.value.1))),
        );
    }
    if let Some(i) = &r.issued {
        plan.insert(
            "issued".into(),
            said_as(i, json!(i.value.format("%Y-%m-%d").to_string())),
        );
    }
    if !r.basis.is_empty() {
        plan.insert("basis".into(), r.basis.iter().map(said).collect());
    }
    let mut targets = serde_json::Map::new();
    for (key, s) in &r.counts {
        targets.insert(key.name().into(), said_as(s, count_value(s.value)));
    }
    let pct = |p: Percent| serde_json::from_str::<Value>(&percent(p)).unwrap_or(Value::Null);
    if let Some(s) = &r.share {
        targets.insert("recognised_share".into(), said_as(s, pct(s.value)));
    }
    if let Some(s) = &r.share_before {
        targets.insert("recognised_share_before".into(), said_as(s, pct(s.value)));
    }
    if !r.by_kind.is_empty() {
        let m: serde_json::Map<_, _> = r
            .by_kind
            .iter()
            .map(|(k, s)| (k.to_string(), said_as(s, count_value(s.value))))
            .collect();
        targets.insert("by_kind".into(), Value::Object(m));
    }
    if !r.by_year.is_empty() {
        let m: serde_json::Map<_, _> = r
            .by_year
            .iter()
            .map(|(y, s)| (y.to_string(), said_as(s, count_value(s.value))))
            .collect();
        targets.insert("by_year".into(), Value::Object(m));
    }
    let waves: Vec<Value> = r
        .waves
        .iter()
        .map(|w| {
            let mut o = serde_json::Map::new();
            o.insert("number".into(), said_as(&w.said, json!(w.number)));
            if let Some(m) = &w.month {
                o.insert("month".into(), said_as(&w.said, json!(m)));
            }
            if let Some(n) = w.schools {
                o.insert("schools".into(), said_as(&w.said, json!(n)));
            }
            Value::Object(o)
        })
        .collect();
    let schools: Vec<Value> = r
        .schools
        .iter()
        .map(|s| {
            let mut o = serde_json::Map::new();
            o.insert("school".into(), said(&s.name));
            o.insert(
                "action".into(),
                said_as(&s.action, json!(s.action.value.key())),
            );
            if let Some(l) = s.level {
                o.insert("level".into(), said_as(&s.name, json!(l)));
            }
            if let Some(c) = s.accreditation {
                o.insert("accreditation".into(), said_as(&s.name, json!(c)));
            }
            if let Some(w) = s.wave {
                o.insert("wave".into(), said_as(&s.name, json!(w)));
            }
            Value::Object(o)
        })
        .collect();
    let tasks: Vec<Value> = r
        .tasks
        .iter()
        .map(|t| {
            let mut o = serde_json::Map::new();
            if let Some(owner) = &t.owner {
                o.insert("owner".into(), said_as(&t.due, json!(owner)));
            }
            o.insert("what".into(), said_as(&t.due, json!(t.what)));
            o.insert("due".into(), said(&t.due));
            Value::Object(o)
        })
        .collect();
    let todo: Vec<Value> = r.todos.iter().map(|t| said_as(t, json!(t.words))).collect();
    let doc = json!({
        "plan": plan,
        "targets": targets,
        "wave": waves,
        "school": schools,
        "task": tasks,
        "todo": todo,
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
}

crate::texts! {
    pub(crate) DRAFT_HEAD = "import-draft-head" {
        "Draft read by kdcl import from {document}: every value comes with the document's words; check each one, and settle every TODO.",
        "Bản nháp do kdcl import đọc từ {document}: mỗi giá trị kèm lời văn của văn bản; hãy kiểm tra từng giá trị và xử lý mọi dòng TODO.",
    }
}
