//! A plan (kế hoạch) as kdcl holds it, every value with its span in the file.

use std::sync::Arc;

use chrono::{Datelike, NaiveDate};

use crate::model::kind::Kind;
use crate::text::encoding::Encoding;
use crate::text::source::{Loc, SourceFile, Span};

/// The years a plan may be of: `check` refuses others, `new` drafts no other.
pub const FIRST_YEAR: i32 = 1945;
pub const LAST_YEAR: i32 = 2200;

/// The versions of the plan format (docs/plan-format.md) kdcl reads, as
/// `kdcl --version` names them.
pub const FORMAT_VERSIONS: &str = "1, 2";

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
/// A range `[min, max]` ("từ 120 - 150 trường") keeps its minimum in `value`
/// and its maximum in `max`; a single number has `max == value.value`.
#[derive(Debug, Clone)]
pub struct Target {
    pub key: String,
    pub key_span: Span,
    pub value: Loc<i64>,
    pub max: i64,
}

impl Target {
    /// The least the document asks for.
    pub fn lo(&self) -> i64 {
        self.value.value
    }

    /// The most the document asks for.
    pub fn hi(&self) -> i64 {
        self.max
    }

    pub fn is_range(&self) -> bool {
        self.max != self.value.value
    }

    /// Whether a counted value lies in what the document states.
    pub fn holds(&self, n: i64) -> bool {
        self.lo() <= n && n <= self.hi()
    }

    /// The value as the plan writes it: `7`, or `[120, 150]` for a range.
    pub fn shown(&self) -> String {
        shown_range(self.lo(), self.hi())
    }
}

/// `7`, or `[120, 150]` when the ends differ.
pub fn shown_range(lo: i64, hi: i64) -> String {
    if lo == hi {
        lo.to_string()
    } else {
        format!("[{lo}, {hi}]")
    }
}

/// A percentage as the document writes it ("72,50%" is `72.50`): the value
/// in units of its last written decimal, and how many decimals were written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Percent {
    pub scaled: i64,
    pub decimals: u32,
}

impl Percent {
    /// Reads `72.5`, `72,50` or `61` as written; at most 4 decimals.
    pub fn parse(text: &str) -> Option<Percent> {
        let t = text.trim().replace(',', ".");
        let (int, frac) = t.split_once('.').unwrap_or((&t, ""));
        if int.is_empty()
            || int.len() > 4
            || frac.len() > 4
            || !int.bytes().all(|b| b.is_ascii_digit())
            || !frac.bytes().all(|b| b.is_ascii_digit())
        {
            return None;
        }
        let decimals = frac.len() as u32;
        let scaled: i64 = format!("{int}{frac}").parse().ok()?;
        (scaled <= 100 * 10i64.pow(decimals)).then_some(Percent { scaled, decimals })
    }

    /// `part / whole` in percent, rounded half up at `decimals` as documents
    /// round (69,235% is written 69,24%).
    pub fn of(part: i64, whole: i64, decimals: u32) -> Option<Percent> {
        if whole <= 0 || part < 0 {
            return None;
        }
        let num = part as i128 * 100 * 10i128.pow(decimals);
        let scaled = ((2 * num + whole as i128) / (2 * whole as i128)) as i64;
        Some(Percent { scaled, decimals })
    }

    /// As Vietnamese documents write it: `72,22%`.
    pub fn shown(self) -> String {
        if self.decimals == 0 {
            return format!("{}%", self.scaled);
        }
        let d = 10i64.pow(self.decimals);
        format!(
            "{},{:0w$}%",
            self.scaled / d,
            self.scaled % d,
            w = self.decimals as usize
        )
    }
}

/// A stated share (`recognised_share`), one percentage or a range of two.
#[derive(Debug, Clone)]
pub struct Share {
    pub key: String,
    pub key_span: Span,
    pub span: Span,
    pub lo: Percent,
    pub hi: Percent,
}

impl Share {
    /// Whether `part / whole`, rounded at the decimals each end is written
    /// with, lies in the stated share.
    pub fn holds(&self, part: i64, whole: i64) -> bool {
        let at = |p: Percent| Percent::of(part, whole, p.decimals).map(|c| c.scaled);
        at(self.lo).is_some_and(|c| c >= self.lo.scaled)
            && at(self.hi).is_some_and(|c| c <= self.hi.scaled)
    }

    pub fn shown(&self) -> String {
        if self.lo == self.hi {
            self.lo.shown()
        } else {
            format!("{} – {}", self.lo.shown(), self.hi.shown())
        }
    }
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
    /// `recognised_share`: percent recognised at the end (version 2).
    pub share_after: Option<Share>,
    /// `recognised_share_before`: percent recognised at the start (version 2).
    pub share_before: Option<Share>,
    /// `[targets.by_year]`: new recognitions per year of a period (version 2).
    pub by_year: Vec<(Loc<i64>, Target)>,
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
    /// `period = "2026-2030"`: a period plan's first and last year (version 2).
    pub period: Option<Loc<(i64, i64)>>,
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
    "period",
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
    "recognised_before",
    "recognised_share",
    "recognised_share_before",
    "recognised_after",
    "level2_after",
    "schools_total",
    "by_kind",
    "by_year",
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

/// The period in a period plan file's name (`2026-2030.toml`), if it has one.
pub fn plan_period(path: &std::path::Path) -> Option<(i64, i64)> {
    let stem = path.file_stem()?.to_str()?;
    let is_toml = path.extension().is_some_and(|e| e == "toml");
    parse_period(stem).filter(|_| is_toml)
}

/// `2026-2030`: two four-digit years, the first not after the last.
pub fn parse_period(text: &str) -> Option<(i64, i64)> {
    let (a, b) = text.split_once('-')?;
    let year = |s: &str| {
        (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<i64>().ok())
            .flatten()
    };
    let (from, to) = (year(a)?, year(b)?);
    (from <= to).then_some((from, to))
}

impl Plan {
    /// The years the plan covers: its year, or its period's first and last.
    pub fn years(&self) -> Option<(i64, i64)> {
        match (&self.year, &self.period) {
            (Some(y), _) => Some((y.value, y.value)),
            (None, Some(p)) => Some(p.value),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_round_half_up_at_the_decimals_written() {
        // 69,235% is written 69,24%.
        assert_eq!(Percent::of(69_235, 100_000, 2).unwrap().shown(), "69,24%");
        // 13/18 = 72,222…%
        assert_eq!(Percent::of(13, 18, 2).unwrap().shown(), "72,22%");
        assert_eq!(Percent::of(13, 18, 1).unwrap().shown(), "72,2%");
        assert_eq!(Percent::of(13, 18, 0).unwrap().shown(), "72%");
        assert_eq!(Percent::of(1, 8, 1).unwrap().shown(), "12,5%");
        assert_eq!(Percent::of(1, 8, 0).unwrap().shown(), "13%");
        assert_eq!(Percent::of(3, 0, 2), None);
        assert_eq!(
            Percent::parse("72.5"),
            Some(Percent {
                scaled: 725,
                decimals: 1
            })
        );
        assert_eq!(
            Percent::parse("72,50"),
            Some(Percent {
                scaled: 7250,
                decimals: 2
            })
        );
        assert_eq!(
            Percent::parse("61"),
            Some(Percent {
                scaled: 61,
                decimals: 0
            })
        );
        assert_eq!(Percent::parse("100.5"), None);
        assert_eq!(Percent::parse("-3"), None);
    }

    #[test]
    fn a_share_holds_at_each_end_as_written() {
        let share = |lo: &str, hi: &str| Share {
            key: "recognised_share".into(),
            key_span: 0..0,
            span: 0..0,
            lo: Percent::parse(lo).unwrap(),
            hi: Percent::parse(hi).unwrap(),
        };
        assert!(share("72.22", "72.22").holds(13, 18));
        assert!(!share("72.26", "72.26").holds(13, 18));
        assert!(share("72", "72").holds(13, 18));
        assert!(share("72.2", "72.2").holds(13, 18));
        assert!(share("70", "75").holds(13, 18));
        assert!(!share("75", "80").holds(13, 18));
        assert!(share("0", "0").holds(0, 18));
        assert!(share("100", "100").holds(18, 18));
    }

    #[test]
    fn periods_and_ranges() {
        assert_eq!(parse_period("2026-2030"), Some((2026, 2030)));
        assert_eq!(parse_period("2030-2026"), None);
        assert_eq!(parse_period("2026-30"), None);
        let t = Target {
            key: "new".into(),
            key_span: 0..0,
            value: Loc::new(120, 0..0),
            max: 150,
        };
        assert!(t.holds(120) && t.holds(150) && !t.holds(119) && !t.holds(151));
        assert_eq!(t.shown(), "[120, 150]");
    }
}
