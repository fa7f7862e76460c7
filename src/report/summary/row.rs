//! The rows of a summary and the sums behind them: a figure is a sum over
//! the plans behind its row, known for some of them, perhaps only as the
//! plans state it.

use serde::Serialize;

use crate::model::kind::Kind;

/// One figure of a row: a sum over the plans behind the row.
#[derive(Debug, Clone, Default)]
pub struct Cell {
    pub value: Option<i64>,
    /// Some plan's part is taken from its text: kdcl could not count it.
    pub stated_only: bool,
    /// Plans whose part is known / unknown.
    pub(super) known: usize,
    pub(super) unknown: usize,
    /// Numbers of the notes about this figure.
    pub notes: Vec<usize>,
}

impl Cell {
    pub(super) fn known(value: i64) -> Cell {
        Cell {
            value: Some(value),
            known: 1,
            ..Cell::default()
        }
    }

    pub(super) fn unknown() -> Cell {
        Cell {
            unknown: 1,
            ..Cell::default()
        }
    }

    pub(super) fn add(&mut self, other: &Cell) {
        if let Some(v) = other.value {
            self.value = Some(self.value.unwrap_or(0) + v);
        }
        self.known += other.known;
        self.unknown += other.unknown;
        self.stated_only |= other.stated_only;
        for n in &other.notes {
            if !self.notes.contains(n) {
                self.notes.push(*n);
            }
        }
    }

    /// Known for some plans only: the value is a total over those.
    pub fn partial(&self) -> bool {
        self.known > 0 && self.unknown > 0
    }
}

/// The share of schools recognised after the plans, over the plans where
/// both numbers are known.
#[derive(Debug, Clone, Default)]
pub struct Share {
    pub recognised: i64,
    pub schools: i64,
    pub stated_only: bool,
    pub(super) known: usize,
    pub(super) unknown: usize,
}

impl Share {
    /// The share of the recognised after `after` among `schools`, when both
    /// are known for every plan behind them.
    pub(super) fn of(after: &Cell, schools: &Cell) -> Share {
        match (after.value, schools.value) {
            (Some(a), Some(s)) if !after.partial() && !schools.partial() => Share {
                recognised: a,
                schools: s,
                stated_only: after.stated_only || schools.stated_only,
                known: 1,
                unknown: 0,
            },
            _ => Share {
                unknown: 1,
                ..Share::default()
            },
        }
    }

    fn add(&mut self, other: &Share) {
        self.recognised += other.recognised;
        self.schools += other.schools;
        self.stated_only |= other.stated_only;
        self.known += other.known;
        self.unknown += other.unknown;
    }

    /// The share in percent, to one decimal.
    pub fn percent(&self) -> Option<f64> {
        (self.known > 0 && self.schools > 0)
            .then(|| (self.recognised as f64 * 1000.0 / self.schools as f64).round() / 10.0)
    }

    /// Known for some plans only.
    pub fn partial(&self) -> bool {
        self.known > 0 && self.unknown > 0
    }
}

/// One row of the summary.
#[derive(Debug, Clone, Default)]
pub struct Row {
    pub label: String,
    /// Area rows: the province.
    pub province: Option<String>,
    /// Type rows: the school type and the short name of its circular.
    pub kind: Option<Kind>,
    pub circular: Option<&'static str>,
    pub plans: Vec<String>,
    pub schools: Cell,
    pub listed: Cell,
    pub new: Cell,
    pub renew: Cell,
    pub raise: Cell,
    pub accredit: Cell,
    pub before: Cell,
    pub after: Cell,
    pub level2: Cell,
    pub share: Share,
    pub waves: Cell,
    /// Notes about the row as a whole (stated parts that do not add up).
    pub notes: Vec<usize>,
}

impl Row {
    pub(super) fn cells_mut(&mut self) -> [(&'static str, &mut Cell); 10] {
        [
            ("schools", &mut self.schools),
            ("listed", &mut self.listed),
            ("new", &mut self.new),
            ("renew", &mut self.renew),
            ("raise", &mut self.raise),
            ("accredit", &mut self.accredit),
            ("recognised_before", &mut self.before),
            ("recognised_after", &mut self.after),
            ("level2_after", &mut self.level2),
            ("waves", &mut self.waves),
        ]
    }

    /// The figures with their keys in JSON and in the CSV's notes.
    pub fn cells(&self) -> [(&'static str, &Cell); 10] {
        [
            ("schools", &self.schools),
            ("listed", &self.listed),
            ("new", &self.new),
            ("renew", &self.renew),
            ("raise", &self.raise),
            ("accredit", &self.accredit),
            ("recognised_before", &self.before),
            ("recognised_after", &self.after),
            ("level2_after", &self.level2),
            ("waves", &self.waves),
        ]
    }

    pub(super) fn add(&mut self, other: &Row) {
        let theirs = other.cells();
        for ((_, mine), (_, cell)) in self.cells_mut().into_iter().zip(theirs) {
            mine.add(cell);
        }
        self.share.add(&other.share);
        for p in &other.plans {
            if !self.plans.contains(p) {
                self.plans.push(p.clone());
            }
        }
        for n in &other.notes {
            if !self.notes.contains(n) {
                self.notes.push(*n);
            }
        }
    }

    /// The keys of the figures taken from the plans' text.
    pub fn stated_only(&self) -> Vec<&'static str> {
        self.cells()
            .iter()
            .filter(|(_, c)| c.stated_only && c.value.is_some())
            .map(|(k, _)| *k)
            .collect()
    }

    /// The keys of the figures known for some plans only.
    pub fn partial(&self) -> Vec<&'static str> {
        self.cells()
            .iter()
            .filter(|(_, c)| c.partial())
            .map(|(k, _)| *k)
            .collect()
    }

    /// The numbers of every note on the row and its figures, in order.
    pub fn all_notes(&self) -> Vec<usize> {
        let mut all: Vec<usize> = self
            .cells()
            .iter()
            .flat_map(|(_, c)| c.notes.iter().copied())
            .chain(self.notes.iter().copied())
            .collect();
        all.sort();
        all.dedup();
        all
    }
}

/// A number a plan states that differs from what kdcl computes, or stated
/// parts that do not add up: the check finding behind a mark in the table.
#[derive(Debug, Clone, Serialize)]
pub struct Note {
    pub number: usize,
    pub area: String,
    pub year: i32,
    /// The target key (`new`, `recognised_after`, `by_kind.MN` …).
    pub target: String,
    pub stated: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub computed: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<&'static str>,
    pub file: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
    pub message: String,
}
