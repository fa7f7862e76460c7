//! Reading a plan out of a document's text (`kdcl import`, `kdcl check
//! DOCUMENT`): the sentence families Vietnamese plans state their targets
//! in, each in its own file. The text comes from `load::document`; what is
//! read is a [`Reading`], every value with the line, column and words of the
//! document it was read from, and every statement that could not be placed
//! kept as a to-do with its words. Nothing is inferred: a value is read only
//! when the document writes it.
//!
//! Each line is split into tokens and read clause by clause (a count, its
//! unit, the action before it, the list after it), never matched as a whole
//! sentence, so that reworded and reordered sentences read the same.

mod basis;
mod counts;
mod header;
mod issuer;
mod lists;
mod schools;
mod states;
mod tables;
mod timing;
mod tokens;

use chrono::NaiveDate;

use crate::model::plan::{Action, Percent};
use tokens::Line;

/// A value read, with where the document says it.
#[derive(Debug, Clone, PartialEq)]
pub struct Said<T> {
    pub value: T,
    /// The line of the document's text, from 1.
    pub line: usize,
    /// The column (in characters) of the first word, from 1.
    pub column: usize,
    /// The document's words the value was read from.
    pub words: String,
}

impl<T> Said<T> {
    /// `value`, read from bytes `lo..hi` of `line`.
    fn at(line: &Line<'_>, lo: usize, hi: usize, value: T) -> Self {
        let words = line
            .text
            .get(lo..hi)
            .unwrap_or("")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        Said {
            value,
            line: line.no,
            column: line.column(lo),
            words,
        }
    }
}

/// The counts of `[targets]` a document states.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Total,
    New,
    Renew,
    Raise,
    Accredit,
    RecognisedBefore,
    RecognisedAfter,
    Level2After,
    SchoolsTotal,
}

impl Key {
    /// The plan format's key.
    pub fn name(self) -> &'static str {
        match self {
            Key::Total => "total",
            Key::New => "new",
            Key::Renew => "renew",
            Key::Raise => "raise",
            Key::Accredit => "accredit",
            Key::RecognisedBefore => "recognised_before",
            Key::RecognisedAfter => "recognised_after",
            Key::Level2After => "level2_after",
            Key::SchoolsTotal => "schools_total",
        }
    }

    fn of(action: Action) -> Key {
        match action {
            Action::New => Key::New,
            Action::Renew => Key::Renew,
            Action::Raise => Key::Raise,
            Action::Accredit => Key::Accredit,
        }
    }
}

/// A count or a range `[min, max]`.
pub type Count = (i64, i64);

/// A school the plan acts on.
#[derive(Debug, Clone, PartialEq)]
pub struct SchoolRead {
    /// As written, without a leading "Trường".
    pub name: Said<String>,
    pub action: Said<Action>,
    pub level: Option<u8>,
    pub accreditation: Option<u8>,
    pub wave: Option<u32>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct WaveRead {
    pub number: u32,
    /// "YYYY-MM"
    pub month: Option<String>,
    pub schools: Option<i64>,
    pub said: Said<()>,
    /// The actions its sentence names ("Đợt 1 … công nhận lại 04 trường").
    pub actions: Vec<Action>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TaskRead {
    pub owner: Option<String>,
    /// The sentence that gives the deadline.
    pub what: String,
    /// "YYYY-MM-DD", "YYYY-MM" or "YYYY-Qn".
    pub due: Said<String>,
}

/// What a document states of its plan.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reading {
    pub title: Option<Said<String>>,
    pub issuer: Option<Said<String>>,
    pub area: Option<Said<String>>,
    pub province: Option<Said<String>>,
    pub year: Option<Said<i32>>,
    pub period: Option<Said<(i32, i32)>>,
    pub number: Option<Said<String>>,
    pub issued: Option<Said<NaiveDate>>,
    pub basis: Vec<Said<String>>,
    pub counts: Vec<(Key, Said<Count>)>,
    /// `recognised_share` (after) and `recognised_share_before`.
    pub share: Option<Said<Percent>>,
    pub share_before: Option<Said<Percent>>,
    /// Plan-format kind key ("MN", "TH-THCS") and its count.
    pub by_kind: Vec<(&'static str, Said<Count>)>,
    pub by_year: Vec<(i32, Said<Count>)>,
    pub waves: Vec<WaveRead>,
    pub schools: Vec<SchoolRead>,
    pub tasks: Vec<TaskRead>,
    /// Statements about targets that could not be placed: their words.
    pub todos: Vec<Said<()>>,
    /// Every school name the body writes, wherever it is (a list, a duty,
    /// a paragraph): for finding one school spelt two ways.
    pub mentions: Vec<Said<String>>,
    /// Keys stated twice with different values: not read.
    conflicted: Vec<Key>,
    /// Shares written beside a state (before?, its denominator, the share):
    /// settled once the plan's `schools_total` is known.
    pending_shares: Vec<(bool, i64, Said<Percent>)>,
}

impl Reading {
    /// The first count stated for `key`.
    pub fn count(&self, key: Key) -> Option<&Said<Count>> {
        self.counts.iter().find(|(k, _)| *k == key).map(|(_, s)| s)
    }

    /// States `key`. Two different statements of one key ("Công nhận lại
    /// mức độ 1: 03 trường", "công nhận kết quả duy trì … 01 trường") leave
    /// it unread: both become to-dos, as any later one.
    fn state(&mut self, key: Key, said: Said<Count>) {
        if self.conflicted.contains(&key) {
            return self.todo(said.line, said.column, said.words);
        }
        match self.counts.iter().position(|(k, _)| *k == key) {
            None => self.counts.push((key, said)),
            Some(i) if self.counts[i].1.value == said.value => {}
            Some(i) => {
                let (_, first) = self.counts.remove(i);
                self.conflicted.push(key);
                self.todo(first.line, first.column, first.words);
                self.todo(said.line, said.column, said.words);
            }
        }
    }

    fn todo(&mut self, line: usize, column: usize, words: String) {
        let said = Said {
            value: (),
            line,
            column,
            words,
        };
        if !self.todos.contains(&said) {
            self.todos.push(said);
        }
    }
}

/// Reads the plan a document's text states.
pub fn read(text: &str) -> Reading {
    let lines: Vec<Line<'_>> = text
        .trim_start_matches('\u{feff}')
        .split('\n')
        .enumerate()
        .map(|(i, raw)| Line::of(i + 1, raw.trim_end_matches('\r')))
        .collect();
    let mut reading = Reading::default();
    let body = header::read(&lines, &mut reading);
    basis::read(&lines[..body.min(lines.len())], &mut reading);
    let plan_years = reading
        .year
        .as_ref()
        .map(|y| (y.value, y.value))
        .or(reading.period.as_ref().map(|p| p.value));
    let mut state = counts::State::new(plan_years);
    for line in &lines[body.min(lines.len())..] {
        counts::line(line, &mut state, &mut reading);
        timing::line(line, &mut state, &mut reading);
        reading.mentions.extend(schools::names(line));
    }
    timing::schools_of_waves(&mut reading);
    states::shares_of_states(&mut reading);
    reading
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waves_and_their_lists() {
        let r = read(
            "- Đợt 1 (tháng 3/2024) đề nghị đối với 6 đơn vị trường:\n\
             + Công nhận mới 01 trường: THCS Đông Phong (mức độ 2)\n\
             - Đợt 2 (tháng 9/2024) đề nghị đối với 7 đơn vị trường:\n\
             + Công nhận lại và nâng mức độ đạt chuẩn đối với 02 trường: TH Kim Đồng (nâng mức độ 2), THCS Đoàn Kết ( công nhận lại mức độ 2);\n",
        );
        let waves: Vec<_> = r
            .waves
            .iter()
            .map(|w| (w.number, w.month.clone(), w.schools))
            .collect();
        assert_eq!(
            waves,
            [
                (1, Some("2024-03".into()), Some(6)),
                (2, Some("2024-09".into()), Some(7))
            ]
        );
        let schools: Vec<_> = r
            .schools
            .iter()
            .map(|s| (s.name.value.as_str(), s.action.value, s.level, s.wave))
            .collect();
        assert_eq!(
            schools,
            [
                ("THCS Đông Phong", Action::New, Some(2), Some(1)),
                ("TH Kim Đồng", Action::Raise, Some(2), Some(2)),
                ("THCS Đoàn Kết", Action::Renew, Some(2), Some(2)),
            ]
        );
        assert!(
            r.counts.is_empty(),
            "counts inside a wave are not the plan's"
        );
    }
}
