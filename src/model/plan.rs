//! A plan (kế hoạch) as kdcl holds it, every value with its span in the file.

use std::sync::Arc;

use chrono::{Datelike, NaiveDate};

use crate::model::kind::Kind;
use crate::text::encoding::Encoding;
use crate::text::source::{Loc, SourceFile, Span};

/// The years a plan may be of: `check` refuses others, `new` drafts no other.
pub const FIRST_YEAR: i32 = 1945;
pub const LAST_YEAR: i32 = 2200;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Action {
    New,
    Renew,
    Raise,
    Accredit,
}

impl Action {
    pub const ALL: [Action; 4] = [Action::New, Action::Renew, Action::Raise, Action::Accredit];

    /// Every way a plan may write an action: English keys, the `maintain` alias
    /// and the Vietnamese terms of the documents.
    pub const SPELLINGS: &[(&str, Action)] = &[
        ("new", Action::New),
        ("renew", Action::Renew),
        ("maintain", Action::Renew),
        ("raise", Action::Raise),
        ("accredit", Action::Accredit),
        ("công nhận mới", Action::New),
        ("công nhận lại", Action::Renew),
        ("duy trì", Action::Renew),
        ("công nhận kết quả duy trì", Action::Renew),
        ("nâng mức độ", Action::Raise),
        ("nâng mức", Action::Raise),
        ("kiểm định", Action::Accredit),
        ("đánh giá ngoài", Action::Accredit),
    ];

    pub fn key(self) -> &'static str {
        match self {
            Action::New => "new",
            Action::Renew => "renew",
            Action::Raise => "raise",
            Action::Accredit => "accredit",
        }
    }

    /// English keys, the `maintain` alias and the Vietnamese terms of the documents.
    pub fn parse(text: &str) -> Option<Action> {
        // As plans mostly write them: one key, as is.
        if let Some((_, a)) = Self::SPELLINGS[..5].iter().find(|(s, _)| *s == text) {
            return Some(*a);
        }
        static WORDS: std::sync::LazyLock<Vec<(Vec<crate::text::words::Word>, Action)>> =
            std::sync::LazyLock::new(|| {
                Action::SPELLINGS
                    .iter()
                    .map(|(s, a)| (crate::text::words::words(s), *a))
                    .collect()
            });
        let wanted = crate::text::words::words(text);
        WORDS.iter().find(|(w, _)| *w == wanted).map(|(_, a)| *a)
    }
}

/// A deadline as plans write them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Due {
    Day(NaiveDate),
    Month(i32, u32),
    Quarter(i32, u32),
}

impl Due {
    pub fn parse(text: &str) -> Option<Due> {
        let t = text.trim();
        if let Ok(d) = NaiveDate::parse_from_str(t, "%Y-%m-%d") {
            return Some(Due::Day(d));
        }
        let (y, rest) = t.split_once('-')?;
        if y.len() != 4 {
            return None;
        }
        let year: i32 = y.parse().ok()?;
        if let Some(q) = rest.strip_prefix(['Q', 'q']) {
            let q: u32 = q.parse().ok()?;
            return (1..=4).contains(&q).then_some(Due::Quarter(year, q));
        }
        let m: u32 = (rest.len() == 2).then(|| rest.parse().ok())??;
        (1..=12).contains(&m).then_some(Due::Month(year, m))
    }

    pub fn year(self) -> i32 {
        match self {
            Due::Day(d) => d.year(),
            Due::Month(y, _) | Due::Quarter(y, _) => y,
        }
    }
}

/// A stated number with the key it was written under (`renew` or `maintain`).
#[derive(Debug, Clone)]
pub struct Target {
    pub key: String,
    pub key_span: Span,
    pub value: Loc<i64>,
}

#[derive(Debug, Clone, Default)]
pub struct Targets {
    pub total: Option<Target>,
    pub new: Option<Target>,
    pub renew: Option<Target>,
    pub raise: Option<Target>,
    pub accredit: Option<Target>,
    pub kept: Option<Target>,
    pub recognised_after: Option<Target>,
    pub level2_after: Option<Target>,
    pub schools_total: Option<Target>,
    pub by_kind: Vec<(Kind, Target)>,
}

impl Targets {
    pub fn action(&self, action: Action) -> Option<&Target> {
        match action {
            Action::New => self.new.as_ref(),
            Action::Renew => self.renew.as_ref(),
            Action::Raise => self.raise.as_ref(),
            Action::Accredit => self.accredit.as_ref(),
        }
    }

    pub fn any_count(&self) -> bool {
        self.total.is_some()
            || Action::ALL.iter().any(|a| self.action(*a).is_some())
            || !self.by_kind.is_empty()
    }
}

#[derive(Debug, Clone)]
pub struct Wave {
    pub number: Loc<i64>,
    pub month: Option<Loc<(i32, u32)>>,
    pub schools: Option<Loc<i64>>,
}

#[derive(Debug, Clone)]
pub struct Entry {
    /// Span of the whole `[[school]]` table.
    pub span: Span,
    pub school: Loc<String>,
    /// `None` when the action is missing or not one kdcl knows (already reported).
    pub action: Option<Loc<Action>>,
    pub level: Option<Loc<i64>>,
    pub accreditation: Option<Loc<i64>>,
    pub wave: Option<Loc<i64>>,
    pub note: Option<Loc<String>>,
}

/// A word about a school the plan does not act on (closed, merged, renewal
/// postponed): `[[note]]`, a kdcl extension read by the continuity rules.
#[derive(Debug, Clone)]
pub struct Note {
    pub span: Span,
    pub school: Loc<String>,
    pub text: Option<Loc<String>>,
}

/// A finding the authors accept: `[[allow]]` with its rule, optionally one
/// school, a required reason and an optional end date.
#[derive(Debug, Clone)]
pub struct Allow {
    pub span: Span,
    pub rule: Loc<&'static crate::diag::rule::Rule>,
    pub school: Option<Loc<String>>,
    pub reason: Option<Loc<String>>,
    pub until: Option<Loc<NaiveDate>>,
}

#[derive(Debug, Clone)]
pub struct Task {
    pub owner: Option<Loc<String>>,
    pub with: Vec<Loc<String>>,
    pub what: Option<Loc<String>>,
    pub due: Option<Loc<Due>>,
}

#[derive(Debug, Clone)]
pub struct Plan {
    pub file: Arc<SourceFile>,
    pub header_span: Span,
    pub title: Option<Loc<String>>,
    pub issuer: Option<Loc<String>>,
    pub area: Option<Loc<String>>,
    pub province: Option<Loc<String>>,
    pub year: Option<Loc<i64>>,
    pub number: Option<Loc<String>>,
    pub issued: Option<Loc<NaiveDate>>,
    pub roster: Option<Loc<String>>,
    /// `roster_encoding`: the CSV roster's encoding, when detection must be overridden.
    pub roster_encoding: Option<Loc<Encoding>>,
    /// `roster_sheet`: the workbook sheet holding the roster (default: the first).
    pub roster_sheet: Option<Loc<String>>,
    pub basis: Vec<Loc<String>>,
    /// Self-evaluation results (`evaluation.csv`), relative to the plan.
    pub evaluation: Option<Loc<String>>,
    pub targets: Targets,
    pub targets_span: Option<Span>,
    pub waves: Vec<Wave>,
    pub schools: Vec<Entry>,
    pub tasks: Vec<Task>,
    pub notes: Vec<Note>,
    pub allows: Vec<Allow>,
}

pub const TOP_KEYS: &[&str] = &["plan", "targets", "wave", "school", "task", "note", "allow"];
pub const PLAN_KEYS: &[&str] = &[
    "title",
    "issuer",
    "area",
    "province",
    "year",
    "number",
    "issued",
    "roster",
    "basis",
    "evaluation",
    "roster_encoding",
    "roster_sheet",
];
pub const TARGET_KEYS: &[&str] = &[
    "total",
    "new",
    "renew",
    "maintain",
    "raise",
    "accredit",
    "kept",
    "recognised_after",
    "level2_after",
    "schools_total",
    "by_kind",
];
pub const WAVE_KEYS: &[&str] = &["number", "month", "schools"];
pub const SCHOOL_KEYS: &[&str] = &["school", "action", "level", "accreditation", "wave", "note"];
pub const TASK_KEYS: &[&str] = &["owner", "with", "what", "due"];
pub const NOTE_KEYS: &[&str] = &["school", "text"];
pub const ALLOW_KEYS: &[&str] = &["rule", "school", "reason", "until"];

/// The year in a plan file's name (`2025.toml`), if it has one.
pub fn plan_year(path: &std::path::Path) -> Option<i64> {
    let stem = path.file_stem()?.to_str()?;
    let is_toml = path.extension().is_some_and(|e| e == "toml");
    (is_toml && stem.len() == 4 && stem.bytes().all(|b| b.is_ascii_digit()))
        .then(|| stem.parse().ok())
        .flatten()
}
