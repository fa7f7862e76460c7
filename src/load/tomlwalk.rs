//! Reading a span-keeping TOML table key by key. Each read reports a located
//! finding for a value of the wrong type; `finish` reports every key that no
//! read asked for, with the nearest known key as a suggestion.

use std::sync::Arc;

use chrono::NaiveDate;
use toml::Spanned;
use toml::de::{DeString, DeTable, DeValue};

use crate::diag::common::DID_YOU_MEAN;
use crate::diag::diagnostic::{Diagnostic, Message, Sink};
use crate::diag::messages::Text;
use crate::msg;
use crate::rules;
use crate::rules::plan::invalid_due::CONVERTED;
use crate::rules::plan::invalid_value::{
    EXPECT_DATE, EXPECT_INTEGER, EXPECT_TABLE, EXPECT_TABLE_ITEM, EXPECT_TABLES, EXPECT_TEXT,
    EXPECT_TEXT_OR_LIST, INVALID_TYPE, OUT_OF_RANGE, SINGLE_TABLE, SINGLE_TABLE_HELP,
    TOML_TYPE_ARRAY, TOML_TYPE_BOOLEAN, TOML_TYPE_DATETIME, TOML_TYPE_FLOAT, TOML_TYPE_INTEGER,
    TOML_TYPE_STRING, TOML_TYPE_TABLE,
};
use crate::rules::plan::missing_key;
use crate::rules::plan::unknown_key::{self, KNOWN_KEYS};
use crate::text::source::{Loc, SourceFile, Span};

pub struct Fields<'a, 't, 'i> {
    table: &'t DeTable<'i>,
    /// Where the table starts (its header), for "missing key" findings.
    span: Span,
    /// The table's name in messages: `plan`, `targets.by_kind`, `school`.
    name: &'a str,
    known: &'static [&'static str],
    file: &'a Arc<SourceFile>,
    pub sink: &'a mut Sink,
    /// The message for a key outside `known` (the plan format's by default).
    unknown: &'static Text,
}

type Entry<'t, 'i> = (&'t Spanned<DeString<'i>>, &'t Spanned<DeValue<'i>>);

impl<'a, 't, 'i> Fields<'a, 't, 'i> {
    pub fn new(
        table: &'t DeTable<'i>,
        span: Span,
        name: &'a str,
        known: &'static [&'static str],
        file: &'a Arc<SourceFile>,
        sink: &'a mut Sink,
    ) -> Self {
        Fields {
            table,
            span,
            name,
            known,
            file,
            sink,
            unknown: &unknown_key::MESSAGE,
        }
    }

    /// Names the document in "not a key of …" findings (e.g. kdcl.toml).
    pub fn unknown_message(mut self, text: &'static Text) -> Self {
        self.unknown = text;
        self
    }

    pub fn span(&self) -> Span {
        self.span.clone()
    }

    pub fn file(&self) -> &'a Arc<SourceFile> {
        self.file
    }

    pub fn entry(&self, key: &str) -> Option<Entry<'t, 'i>> {
        self.table.iter().find(|(k, _)| k.get_ref() == key)
    }

    /// Every key with its value, in file order.
    pub fn entries(&self) -> Vec<Entry<'t, 'i>> {
        let mut all: Vec<_> = self.table.iter().collect();
        all.sort_by_key(|(k, _)| k.span().start);
        all
    }

    fn wrong_type(&mut self, key: &str, value: &Spanned<DeValue<'_>>, expected: Message) {
        let found = match value.get_ref() {
            DeValue::String(_) => msg!(TOML_TYPE_STRING),
            DeValue::Integer(_) => msg!(TOML_TYPE_INTEGER),
            DeValue::Float(_) => msg!(TOML_TYPE_FLOAT),
            DeValue::Boolean(_) => msg!(TOML_TYPE_BOOLEAN),
            DeValue::Datetime(_) => msg!(TOML_TYPE_DATETIME),
            DeValue::Array(_) => msg!(TOML_TYPE_ARRAY),
            DeValue::Table(_) => msg!(TOML_TYPE_TABLE),
        };
        self.sink.push(
            Diagnostic::new(
                &rules::INVALID_VALUE,
                msg!(
                    INVALID_TYPE,
                    key = self.qualified(key),
                    expected = expected.render(),
                    found = found.render()
                ),
            )
            .at(self.file, value.span()),
        );
    }

    pub fn qualified(&self, key: &str) -> String {
        if self.name.is_empty() {
            key.to_string()
        } else {
            format!("{}.{key}", self.name)
        }
    }

    pub fn string(&mut self, key: &str) -> Option<Loc<String>> {
        let (_, v) = self.entry(key)?;
        match v.get_ref() {
            DeValue::String(s) => Some(Loc::new(shown(s), v.span())),
            _ => {
                self.wrong_type(key, v, msg!(EXPECT_TEXT));
                None
            }
        }
    }

    /// A whole number within `range`; out of range is a finding.
    pub fn integer(&mut self, key: &str, min: i64, max: i64) -> Option<Loc<i64>> {
        let (_, v) = self.entry(key)?;
        let Some(n) = v
            .get_ref()
            .as_integer()
            .and_then(|i| i64::from_str_radix(i.as_str(), i.radix()).ok())
        else {
            self.wrong_type(key, v, msg!(EXPECT_INTEGER));
            return None;
        };
        if n < min || n > max {
            self.sink.push(
                Diagnostic::new(
                    &rules::INVALID_VALUE,
                    msg!(
                        OUT_OF_RANGE,
                        key = self.qualified(key),
                        value = n,
                        min = min,
                        max = max
                    ),
                )
                .at(self.file, v.span()),
            );
            return None;
        }
        Some(Loc::new(n, v.span()))
    }

    /// The value of `key` when it is a whole number, whatever its range.
    pub fn raw_integer(&self, key: &str) -> Option<(i64, Span)> {
        let (_, v) = self.entry(key)?;
        let i = v.get_ref().as_integer()?;
        let n = i64::from_str_radix(i.as_str(), i.radix()).ok()?;
        Some((n, v.span()))
    }

    /// A TOML date, or a date in quotes: ISO or as Vietnamese write it ("30/6/2026").
    pub fn date(&mut self, key: &str) -> Option<Loc<NaiveDate>> {
        let (_, v) = self.entry(key)?;
        let date = match v.get_ref() {
            DeValue::Datetime(dt) if dt.time.is_none() && dt.offset.is_none() => dt
                .date
                .and_then(|d| NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into())),
            DeValue::String(s) => crate::load::vndate::day(s),
            _ => None,
        };
        if date.is_none() {
            self.wrong_type(key, v, msg!(EXPECT_DATE));
            // The user's own value converted, when its meaning is plain.
            let day = match v.get_ref() {
                DeValue::String(s) => crate::load::vndate::converted(s).filter(|d| d.len() == 10),
                _ => None,
            };
            if let (Some(day), Some(d)) = (day, self.sink.pop()) {
                self.sink.push(d.help(msg!(CONVERTED, due = day)));
            }
        }
        date.map(|d| Loc::new(d, v.span()))
    }

    /// A text or a list of texts.
    pub fn strings(&mut self, key: &str) -> Vec<Loc<String>> {
        let Some((_, v)) = self.entry(key) else {
            return Vec::new();
        };
        match v.get_ref() {
            DeValue::String(s) => vec![Loc::new(shown(s), v.span())],
            DeValue::Array(items) => {
                let mut out = Vec::new();
                for item in items.iter() {
                    match item.get_ref() {
                        DeValue::String(s) => out.push(Loc::new(shown(s), item.span())),
                        _ => self.wrong_type(key, item, msg!(EXPECT_TEXT)),
                    }
                }
                out
            }
            _ => {
                self.wrong_type(key, v, msg!(EXPECT_TEXT_OR_LIST));
                Vec::new()
            }
        }
    }

    pub fn table(&mut self, key: &str) -> Option<(&'t DeTable<'i>, Span)> {
        let (k, v) = self.entry(key)?;
        match v.get_ref() {
            DeValue::Table(t) => Some((t, k.span())),
            _ => {
                self.wrong_type(key, v, msg!(EXPECT_TABLE));
                None
            }
        }
    }

    /// `[[key]]` tables; a single `[key]` table is accepted as a list of one,
    /// with a finding, since the author almost certainly meant `[[key]]`.
    pub fn tables(&mut self, key: &str) -> Vec<(&'t DeTable<'i>, Span)> {
        let Some((k, v)) = self.entry(key) else {
            return Vec::new();
        };
        match v.get_ref() {
            DeValue::Array(items) => {
                let mut out = Vec::new();
                for item in items.iter() {
                    match item.get_ref() {
                        DeValue::Table(t) => out.push((t, item.span())),
                        _ => self.wrong_type(key, item, msg!(EXPECT_TABLE_ITEM)),
                    }
                }
                out
            }
            DeValue::Table(_) => {
                self.sink.push(
                    Diagnostic::new(&rules::INVALID_VALUE, msg!(SINGLE_TABLE, key = key))
                        .at(self.file, k.span())
                        .help(msg!(SINGLE_TABLE_HELP, key = key)),
                );
                Vec::new()
            }
            _ => {
                self.wrong_type(key, v, msg!(EXPECT_TABLES));
                Vec::new()
            }
        }
    }

    pub fn missing(&mut self, key: &str) {
        self.sink.push(
            Diagnostic::new(
                &rules::MISSING_KEY,
                msg!(missing_key::MESSAGE, key = self.qualified(key)),
            )
            .at(self.file, self.span.clone()),
        );
    }

    /// Reports keys outside `known`, suggesting the closest known one.
    pub fn finish(self) {
        // Nearly always every key is known: no need to order them.
        if self
            .table
            .iter()
            .all(|(k, _)| self.known.contains(&k.get_ref().as_ref()))
        {
            return;
        }
        for (k, _) in self.entries() {
            let key = k.get_ref().as_ref();
            if self.known.contains(&key) {
                continue;
            }
            let mut d = Diagnostic::new(
                &rules::UNKNOWN_KEY,
                crate::diag::diagnostic::Message {
                    text: self.unknown,
                    args: vec![("key", self.qualified(key))],
                },
            )
            .at(self.file, k.span());
            match vietnamese_key(key, self.known).or_else(|| closest(key, self.known)) {
                Some(near) => d = d.help(msg!(DID_YOU_MEAN, suggestion = near)),
                None => {
                    d = d.help(msg!(KNOWN_KEYS, keys = self.known.join(", ")));
                }
            }
            self.sink.push(d);
        }
    }
}

/// The key meant by a key written in Vietnamese words (`truong`,
/// `hanh_dong`), when that key belongs here.
fn vietnamese_key(key: &str, known: &[&'static str]) -> Option<&'static str> {
    const MEANT: &[(&str, &str)] = &[
        ("truong", "school"),
        ("ten_truong", "school"),
        ("hanh_dong", "action"),
        ("muc_do", "level"),
        ("cap_do", "accreditation"),
        ("dot", "wave"),
        ("chi_tieu", "targets"),
        ("tong", "total"),
        ("tong_so", "total"),
        ("nam", "year"),
        ("ke_hoach", "plan"),
        ("ghi_chu", "note"),
        ("thang", "month"),
        ("han", "due"),
        ("thoi_han", "due"),
    ];
    let plain = crate::text::words::fold(&key.to_lowercase()).replace([' ', '-'], "_");
    MEANT
        .iter()
        .filter(|(vi, _)| *vi == plain)
        .find_map(|(_, meant)| known.iter().find(|k| *k == meant).copied())
}

/// The candidate nearest to `word` within reach of a misspelling, when no
/// other is as near (a fix that is no guess between two: "công nhân mới"
/// is "công nhận mới", one letter away, not "công nhận lại", three).
pub fn only_near<'c>(word: &str, candidates: &[&'c str]) -> Option<&'c str> {
    let lower = word.to_lowercase();
    let mut near: Vec<(usize, &'c str)> = candidates
        .iter()
        .map(|c| (strsim::damerau_levenshtein(&lower, c), *c))
        .filter(|(d, c)| *d <= (c.chars().count() / 3).max(1))
        .collect();
    near.sort();
    match near[..] {
        [(_, only)] => Some(only),
        [(a, first), (b, _), ..] if a < b => Some(first),
        _ => None,
    }
}

/// The candidate nearest to `word`, if it is near enough to be a misspelling.
pub fn closest<'c>(word: &str, candidates: &[&'c str]) -> Option<&'c str> {
    let lower = word.to_lowercase();
    candidates
        .iter()
        .map(|c| (strsim::damerau_levenshtein(&lower, c), *c))
        .filter(|(d, c)| *d <= (c.chars().count() / 3).max(1))
        .min()
        .map(|(_, c)| c)
}

/// A string value as kdcl keeps it: characters a terminal would obey (ESC,
/// BEL, C1 controls …) shown as �, so no report, table or message can carry
/// them (the TOML escape `\u001b` writes one easily).
fn shown(s: &str) -> String {
    crate::text::clean::for_terminal(s).into_owned()
}
