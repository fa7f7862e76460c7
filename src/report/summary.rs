//! `kdcl summary`: one year's plans as a table, one row per area, province
//! or school type, with the figures offices report upward. Every figure is
//! counted from the lists and the rosters where kdcl can; a number the plan
//! states and kdcl computes differently is marked and the check finding
//! named, and a number kdcl can only take from the plan's text is marked too.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Serialize;

use crate::diag::diagnostic::{Diagnostic, Message};
use crate::model::kind::{Kind, Level};
use crate::model::matching::entry_kind;
use crate::model::plan::{Action, Target};
use crate::model::report::{CheckedPlan, Report, area_dir, area_name, province_name};
use crate::msg;
use crate::render::due::{SUMMARY_COL_AREA, SUMMARY_COL_PROVINCE};
use crate::render::table::{Grid, Layout};
use crate::text::collate;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum By {
    Area,
    Province,
    Kind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A table with borders (plain ASCII when not on a terminal)
    Table,
    /// A Markdown table to paste into a report
    Markdown,
    /// CSV for spreadsheets (UTF-8 with BOM)
    Csv,
    /// One JSON object for tools
    Json,
}

/// One figure of a row: a sum over the plans behind the row.
#[derive(Debug, Clone, Default)]
pub struct Cell {
    pub value: Option<i64>,
    /// Some plan's part is taken from its text: kdcl could not count it.
    pub stated_only: bool,
    /// Plans whose part is known / unknown.
    known: usize,
    unknown: usize,
    /// Numbers of the notes about this figure.
    pub notes: Vec<usize>,
}

impl Cell {
    fn known(value: i64) -> Cell {
        Cell {
            value: Some(value),
            known: 1,
            ..Cell::default()
        }
    }

    fn unknown() -> Cell {
        Cell {
            unknown: 1,
            ..Cell::default()
        }
    }

    fn add(&mut self, other: &Cell) {
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

    fn text(&self) -> String {
        let Some(value) = self.value else {
            return "—".into();
        };
        let mut out = value.to_string();
        if self.stated_only {
            out.push('*');
        }
        if self.partial() {
            out.push('+');
        }
        for n in &self.notes {
            out.push_str(&format!(" [{n}]"));
        }
        out
    }
}

/// The share of schools recognised after the plans, over the plans where
/// both numbers are known.
#[derive(Debug, Clone, Default)]
pub struct Share {
    pub recognised: i64,
    pub schools: i64,
    stated_only: bool,
    known: usize,
    unknown: usize,
}

impl Share {
    fn add(&mut self, other: &Share) {
        self.recognised += other.recognised;
        self.schools += other.schools;
        self.stated_only |= other.stated_only;
        self.known += other.known;
        self.unknown += other.unknown;
    }

    pub fn percent(&self) -> Option<f64> {
        (self.known > 0 && self.schools > 0)
            .then(|| (self.recognised as f64 * 1000.0 / self.schools as f64).round() / 10.0)
    }

    /// "28/28 (100 %)"; on two lines in terminal tables.
    fn text(&self, two_lines: bool) -> String {
        let Some(percent) = self.percent() else {
            return "—".into();
        };
        let mut out = format!(
            "{}/{}{}({} %)",
            self.recognised,
            self.schools,
            if two_lines { "\n" } else { " " },
            format_percent(percent)
        );
        if self.stated_only {
            out.push('*');
        }
        if self.known > 0 && self.unknown > 0 {
            out.push('+');
        }
        out
    }
}

fn format_percent(p: f64) -> String {
    if p.fract() == 0.0 {
        format!("{p:.0}")
    } else {
        format!("{p:.1}")
    }
}

/// One row of the summary.
#[derive(Debug, Clone, Default)]
pub struct Row {
    pub label: String,
    /// Area rows: the province.
    pub province: Option<String>,
    /// Type rows: the school type and its circular.
    pub kind: Option<Kind>,
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
    fn cells_mut(&mut self) -> [(&'static str, &mut Cell); 10] {
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

    fn cells(&self) -> [(&'static str, &Cell); 10] {
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

    fn add(&mut self, other: &Row) {
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

    fn all_notes(&self) -> Vec<usize> {
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

/// An area with plans in other years but none in the summary's year.
#[derive(Debug, Clone, Serialize)]
pub struct Absent {
    pub area: String,
    pub province: String,
    pub years: Vec<i32>,
}

#[derive(Debug, Clone)]
pub struct Summary {
    pub year: i32,
    pub by: By,
    pub rows: Vec<Row>,
    pub total: Row,
    pub notes: Vec<Note>,
    pub absent: Vec<Absent>,
}

/// Years with at least one plan, in order.
pub fn years(report: &Report) -> Vec<i32> {
    let mut years: Vec<i32> = report.plans.iter().filter_map(|p| p.year()).collect();
    years.sort();
    years.dedup();
    years
}

/// Builds the summary of the plans of `year`.
pub fn build(report: &Report, year: i32, by: By) -> Summary {
    let plans: Vec<&CheckedPlan> = report
        .plans
        .iter()
        .filter(|p| p.year() == Some(year))
        .collect();
    let mut notes = Vec::new();
    let rows: Vec<Row> = match by {
        By::Area | By::Province => {
            let mut grouped: BTreeMap<(String, String), Row> = BTreeMap::new();
            for plan in &plans {
                let row = plan_row(plan, report, year, &mut notes);
                let key = match by {
                    By::Area => (
                        area_dir(plan).display().to_string(),
                        row.province.clone().unwrap_or_default(),
                    ),
                    _ => (row.province.clone().unwrap_or_default(), String::new()),
                };
                let entry = grouped.entry(key).or_insert_with(|| Row {
                    label: if by == By::Area {
                        row.label.clone()
                    } else {
                        row.province.clone().unwrap_or_default()
                    },
                    province: (by == By::Area).then(|| row.province.clone()).flatten(),
                    ..Row::default()
                });
                entry.add(&row);
            }
            let mut rows: Vec<Row> = grouped.into_values().collect();
            rows.sort_by(|a, b| {
                collate::compare(&a.label, &b.label).then_with(|| {
                    collate::compare(
                        a.province.as_deref().unwrap_or(""),
                        b.province.as_deref().unwrap_or(""),
                    )
                })
            });
            rows
        }
        By::Kind => kind_rows(&plans, report, year, &mut notes),
    };
    let mut total = Row {
        label: msg!(SUMMARY_TOTAL).render(),
        ..Row::default()
    };
    for row in &rows {
        total.add(row);
    }
    // Notes belong to the rows; the totals row repeats none of them.
    for (_, cell) in total.cells_mut() {
        cell.notes.clear();
    }
    total.notes.clear();
    let mut absent: BTreeMap<PathBuf, Absent> = BTreeMap::new();
    for plan in &report.plans {
        let dir = area_dir(plan);
        if plans.iter().any(|p| area_dir(p) == dir) {
            continue;
        }
        let Some(y) = plan.year() else { continue };
        let a = absent.entry(dir).or_insert_with(|| Absent {
            area: area_name(plan),
            province: province_name(plan),
            years: Vec::new(),
        });
        a.years.push(y);
    }
    let mut absent: Vec<Absent> = absent.into_values().collect();
    collate::sort_by_name(&mut absent, |a| &a.area);
    Summary {
        year,
        by,
        rows,
        total,
        notes,
        absent,
    }
}

/// What one plan contributes to a row: figures counted from its list and
/// roster, or taken from its text, with notes where the two differ.
struct PlanFigures<'a> {
    plan: &'a CheckedPlan,
    report: &'a Report,
    area: String,
    year: i32,
}

impl PlanFigures<'_> {
    /// The figure kdcl shows for a target: what it counts, else what the plan states.
    fn figure(
        &self,
        counted: Option<i64>,
        stated: Option<&Target>,
        target: &str,
        notes: &mut Vec<Note>,
    ) -> Cell {
        let mut cell = match (counted, stated) {
            (Some(c), _) => Cell::known(c),
            (None, Some(s)) => Cell {
                stated_only: true,
                ..Cell::known(s.value.value)
            },
            (None, None) => Cell::unknown(),
        };
        if let Some(stated) = stated {
            let findings = self.findings_at(stated);
            if findings.is_empty() {
                if let Some(c) = counted
                    && c != stated.value.value
                {
                    cell.notes
                        .push(self.note(stated, target, Some(c), None, notes));
                }
            } else {
                for d in findings {
                    cell.notes
                        .push(self.note(stated, target, counted, Some(d), notes));
                }
            }
        }
        cell
    }

    /// Findings of `kdcl check` standing on a stated number.
    fn findings_at(&self, target: &Target) -> Vec<&Diagnostic> {
        let file = &self.plan.plan.file.path;
        self.report
            .diagnostics
            .iter()
            .filter(|d| {
                d.path() == file.as_str()
                    && d.span
                        .as_ref()
                        .is_some_and(|s| s.start == target.value.span.start)
            })
            .collect()
    }

    fn note(
        &self,
        stated: &Target,
        target: &str,
        computed: Option<i64>,
        finding: Option<&Diagnostic>,
        notes: &mut Vec<Note>,
    ) -> usize {
        let number = notes.len() + 1;
        let file = &self.plan.plan.file;
        let (line, column) = file.line_col(stated.value.span.start);
        let message = match finding {
            Some(d) => d.message.render(),
            None => msg!(
                SUMMARY_DIFFERS,
                key = target,
                stated = stated.value.value,
                computed = computed.unwrap_or_default()
            )
            .render(),
        };
        notes.push(Note {
            number,
            area: self.area.clone(),
            year: self.year,
            target: target.to_string(),
            stated: stated.value.value,
            computed,
            code: finding.map(|d| d.rule.code),
            file: file.path.clone(),
            line: Some(line),
            column: Some(column),
            message,
        });
        number
    }
}

fn plan_row(plan: &CheckedPlan, report: &Report, year: i32, notes: &mut Vec<Note>) -> Row {
    let f = PlanFigures {
        plan,
        report,
        area: area_name(plan),
        year,
    };
    let p = &plan.plan;
    let t = &p.targets;
    let has_list = !p.schools.is_empty();
    let count = |action: Action| {
        has_list.then(|| {
            p.schools
                .iter()
                .filter(|e| e.action.as_ref().is_some_and(|a| a.value == action))
                .count() as i64
        })
    };
    let state = plan.after_state();
    // Without a list, the after-state of the schools the plan acts on is unknown.
    let after_known = state.as_ref().filter(|_| has_list || !t.any_count());
    let kept = plan.roster.as_ref().map(|r| {
        r.schools
            .iter()
            .filter(|s| s.standard_held_at_start(year).is_some())
            .count() as i64
    });
    let schools = plan.roster.as_ref().map(|r| r.schools.len() as i64);
    let mut row = Row {
        label: f.area.clone(),
        province: Some(province_name(plan)),
        plans: vec![crate::text::path::display(&plan.path)],
        schools: f.figure(schools, t.schools_total.as_ref(), "schools_total", notes),
        listed: f.figure(
            has_list.then_some(p.schools.len() as i64),
            t.total.as_ref(),
            "total",
            notes,
        ),
        new: f.figure(count(Action::New), t.new.as_ref(), "new", notes),
        renew: f.figure(count(Action::Renew), t.renew.as_ref(), "renew", notes),
        raise: f.figure(count(Action::Raise), t.raise.as_ref(), "raise", notes),
        accredit: f.figure(
            count(Action::Accredit),
            t.accredit.as_ref(),
            "accredit",
            notes,
        ),
        before: f.figure(kept, t.kept.as_ref(), "kept", notes),
        after: f.figure(
            after_known.map(|s| s.recognised_after as i64),
            t.recognised_after.as_ref(),
            "recognised_after",
            notes,
        ),
        level2: f.figure(
            after_known.map(|s| s.level2_after as i64),
            t.level2_after.as_ref(),
            "level2_after",
            notes,
        ),
        waves: Cell::known(p.waves.len() as i64),
        ..Row::default()
    };
    // A wave's stated number of schools that its list does not bear out.
    for wave in &p.waves {
        let Some(stated) = &wave.schools else {
            continue;
        };
        let target = Target {
            key: format!("wave {}", wave.number.value),
            key_span: wave.number.span.clone(),
            value: stated.clone(),
        };
        let findings: Vec<&Diagnostic> = f.findings_at(&target);
        for d in findings {
            let n = f.note(&target, &target.key, None, Some(d), notes);
            row.waves.notes.push(n);
        }
    }
    row.share = share_of(&row.after, &row.schools);
    row
}

fn share_of(after: &Cell, schools: &Cell) -> Share {
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

/// The order of school types: by circular (19 preschools, 17 primary, 18 the
/// rest), single levels before multi-level schools.
fn kind_order(kind: &Option<Kind>) -> (u8, bool, Option<Kind>) {
    match kind {
        None => (9, false, None),
        Some(k) => (circular_rank(k), k.is_multi_level(), Some(k.clone())),
    }
}

fn circular_rank(kind: &Kind) -> u8 {
    if kind.is_preschool() {
        0
    } else if kind.levels() == [Level::Th] {
        1
    } else {
        2
    }
}

/// The circular that governs a school type: Thông tư 17, 18 or 19/2018/TT-BGDĐT.
pub fn circular(kind: &Kind) -> &'static str {
    match circular_rank(kind) {
        0 => "19/2018",
        1 => "17/2018",
        _ => "18/2018",
    }
}

fn kind_rows(
    plans: &[&CheckedPlan],
    report: &Report,
    year: i32,
    notes: &mut Vec<Note>,
) -> Vec<Row> {
    let mut rows: BTreeMap<(u8, bool, Option<Kind>), Row> = BTreeMap::new();
    let row_of = |rows: &mut BTreeMap<_, Row>, kind: &Option<Kind>| -> (u8, bool, Option<Kind>) {
        let key = kind_order(kind);
        rows.entry(key.clone()).or_insert_with(|| Row {
            label: match kind {
                Some(k) => k.to_string(),
                None => msg!(SUMMARY_KIND_UNKNOWN).render(),
            },
            kind: kind.clone(),
            ..Row::default()
        });
        key
    };
    for plan in plans {
        let f = PlanFigures {
            plan,
            report,
            area: area_name(plan),
            year,
        };
        let p = &plan.plan;
        let t = &p.targets;
        let shown = crate::text::path::display(&plan.path);
        let has_list = !p.schools.is_empty();
        let roster = plan.roster.as_deref();
        let state = plan.after_state().filter(|_| has_list || !t.any_count());
        let mut part: BTreeMap<(u8, bool, Option<Kind>), Row> = BTreeMap::new();
        if let Some(roster) = roster {
            for (i, school) in roster.schools.iter().enumerate() {
                let key = row_of(&mut part, &school.kind);
                let row = part.get_mut(&key).expect("just made");
                row.schools.add(&Cell::known(1));
                let held = school.standard_held_at_start(year).is_some();
                row.before.add(&Cell::known(i64::from(held)));
                match &state {
                    Some(s) => {
                        let after = s.schools[i].after;
                        row.after.add(&Cell::known(i64::from(after.is_some())));
                        row.level2.add(&Cell::known(i64::from(after == Some(2))));
                    }
                    None => {
                        row.after.add(&Cell::unknown());
                        row.level2.add(&Cell::unknown());
                    }
                }
            }
        }
        for (i, entry) in p.schools.iter().enumerate() {
            let school = roster
                .zip(plan.schools.get(i).copied().flatten())
                .map(|(r, s)| &r.schools[s]);
            let key = row_of(&mut part, &entry_kind(entry, school));
            let row = part.get_mut(&key).expect("just made");
            row.listed.add(&Cell::known(1));
            for (action, cell) in [
                (Action::New, &mut row.new),
                (Action::Renew, &mut row.renew),
                (Action::Raise, &mut row.raise),
                (Action::Accredit, &mut row.accredit),
            ] {
                let n = entry.action.as_ref().is_some_and(|a| a.value == action);
                cell.add(&Cell::known(i64::from(n)));
            }
        }
        // Stated numbers kdcl cannot put under a type: a plan without a list or roster.
        if !has_list && t.any_count() {
            let key = row_of(&mut part, &None);
            let row = part.get_mut(&key).expect("just made");
            row.listed
                .add(&f.figure(None, t.total.as_ref(), "total", notes));
            row.new.add(&f.figure(None, t.new.as_ref(), "new", notes));
            row.renew
                .add(&f.figure(None, t.renew.as_ref(), "renew", notes));
            row.raise
                .add(&f.figure(None, t.raise.as_ref(), "raise", notes));
            row.accredit
                .add(&f.figure(None, t.accredit.as_ref(), "accredit", notes));
        }
        if roster.is_none() {
            let key = row_of(&mut part, &None);
            let row = part.get_mut(&key).expect("just made");
            row.schools
                .add(&f.figure(None, t.schools_total.as_ref(), "schools_total", notes));
            row.before
                .add(&f.figure(None, t.kept.as_ref(), "kept", notes));
            row.after
                .add(&f.figure(None, t.recognised_after.as_ref(), "recognised_after", notes));
            row.level2
                .add(&f.figure(None, t.level2_after.as_ref(), "level2_after", notes));
        }
        // Stated per-type counts that the list does not bear out.
        for (key, target) in &t.by_kind {
            let findings = f.findings_at(target);
            if findings.is_empty() {
                continue;
            }
            let row_key = part
                .keys()
                .find(|(_, _, k)| k.as_ref() == Some(key))
                .or_else(|| {
                    part.keys()
                        .find(|(_, _, k)| k.as_ref().is_some_and(|k| k.counted_under(key)))
                })
                .cloned()
                .unwrap_or_else(|| row_of(&mut part, &Some(key.clone())));
            let row = part.get_mut(&row_key).expect("found above");
            for d in findings {
                let n = f.note(
                    target,
                    &format!("by_kind.{}", target.key),
                    None,
                    Some(d),
                    notes,
                );
                row.listed.notes.push(n);
            }
        }
        for (key, mut row) in part {
            if has_list {
                for cell in [
                    &mut row.listed,
                    &mut row.new,
                    &mut row.renew,
                    &mut row.raise,
                    &mut row.accredit,
                ] {
                    if cell.known == 0 {
                        cell.add(&Cell::known(0));
                    }
                }
            }
            row.plans.push(shown.clone());
            row.share = share_of(&row.after, &row.schools);
            let label = row.label.clone();
            let kind = row.kind.clone();
            rows.entry(key)
                .or_insert_with(|| Row {
                    label,
                    kind,
                    ..Row::default()
                })
                .add(&row);
        }
    }
    rows.into_values().collect()
}

// ---------------------------------------------------------------- rendering

/// Column headers: short ones for terminal tables (the Vietnamese terms
/// go in a legend under the table), long ones for Markdown and CSV.
fn header(by: By, short: bool) -> (Vec<String>, Vec<bool>) {
    let pick = |long: Message, brief: Message| if short { brief } else { long };
    let mut ids = vec![match by {
        By::Area => pick(msg!(SUMMARY_COL_AREA), msg!(SUMMARY_H_AREA)),
        By::Province => pick(msg!(SUMMARY_COL_PROVINCE), msg!(SUMMARY_H_PROVINCE)),
        By::Kind => pick(msg!(SUMMARY_COL_KIND), msg!(SUMMARY_H_KIND)),
    }];
    if by == By::Kind {
        ids.push(pick(msg!(SUMMARY_COL_CIRCULAR), msg!(SUMMARY_H_CIRCULAR)));
    }
    ids.extend([
        pick(msg!(SUMMARY_COL_SCHOOLS), msg!(SUMMARY_H_SCHOOLS)),
        pick(msg!(SUMMARY_COL_LISTED), msg!(SUMMARY_H_LISTED)),
        pick(msg!(SUMMARY_COL_NEW), msg!(SUMMARY_H_NEW)),
        pick(msg!(SUMMARY_COL_RENEW), msg!(SUMMARY_H_RENEW)),
        pick(msg!(SUMMARY_COL_RAISE), msg!(SUMMARY_H_RAISE)),
        pick(msg!(SUMMARY_COL_ACCREDIT), msg!(SUMMARY_H_ACCREDIT)),
        pick(msg!(SUMMARY_COL_BEFORE_AFTER), msg!(SUMMARY_H_BEFORE_AFTER)),
        pick(msg!(SUMMARY_COL_LEVEL2), msg!(SUMMARY_H_LEVEL2)),
        pick(msg!(SUMMARY_COL_SHARE), msg!(SUMMARY_H_SHARE)),
    ]);
    if by != By::Kind {
        ids.push(pick(msg!(SUMMARY_COL_WAVES), msg!(SUMMARY_H_WAVES)));
    }
    let numeric = (0..ids.len()).map(|i| i >= if by == By::Kind { 2 } else { 1 });
    (ids.iter().map(Message::render).collect(), numeric.collect())
}

fn before_after(row: &Row) -> String {
    let mut before = row.before.clone();
    let mut after = row.after.clone();
    let notes: Vec<usize> = before
        .notes
        .drain(..)
        .chain(after.notes.drain(..))
        .collect();
    let mut text = format!("{} → {}", before.text(), after.text());
    for n in notes {
        text.push_str(&format!(" [{n}]"));
    }
    text
}

fn row_cells(summary: &Summary, row: &Row, short: bool) -> Vec<String> {
    let mut label = match &row.province {
        Some(province) if !province.is_empty() => format!("{} ({province})", row.label),
        _ => row.label.clone(),
    };
    for n in &row.notes {
        label.push_str(&format!(" [{n}]"));
    }
    let mut cells = vec![label];
    if summary.by == By::Kind {
        cells.push(row.kind.as_ref().map(circular).unwrap_or("").to_string());
    }
    cells.extend([
        row.schools.text(),
        row.listed.text(),
        row.new.text(),
        row.renew.text(),
        row.raise.text(),
        row.accredit.text(),
        before_after(row),
        row.level2.text(),
        row.share.text(short),
    ]);
    if summary.by != By::Kind {
        cells.push(row.waves.text());
    }
    cells
}

fn grid(summary: &Summary, short: bool) -> Grid {
    let (header, numeric) = header(summary.by, short);
    let mut grid = Grid::new(header, numeric);
    for row in &summary.rows {
        grid.rows.push(row_cells(summary, row, short));
    }
    grid.rows.push(row_cells(summary, &summary.total, short));
    grid.totals = true;
    grid
}

fn by_name(by: By) -> Message {
    match by {
        By::Area => msg!(SUMMARY_BY_AREA),
        By::Province => msg!(SUMMARY_BY_PROVINCE),
        By::Kind => msg!(SUMMARY_BY_KIND),
    }
}

/// The lines under the table: what the marks mean, the notes, the areas
/// without a plan this year.
fn footer(summary: &Summary) -> Vec<String> {
    let mut lines = Vec::new();
    let all: Vec<&Row> = summary.rows.iter().chain([&summary.total]).collect();
    let stated = all.iter().any(|r| {
        r.cells()
            .iter()
            .any(|(_, c)| c.stated_only && c.value.is_some())
            || r.share.stated_only
    });
    let partial = all.iter().any(|r| {
        r.cells().iter().any(|(_, c)| c.partial()) || (r.share.known > 0 && r.share.unknown > 0)
    });
    if stated {
        lines.push(msg!(SUMMARY_LEGEND_STATED).render());
    }
    if partial {
        lines.push(msg!(SUMMARY_LEGEND_PARTIAL).render());
    }
    for note in &summary.notes {
        let place = match (note.line, note.column) {
            (Some(l), Some(c)) => format!("{}:{l}:{c}", note.file),
            _ => note.file.clone(),
        };
        lines.push(
            msg!(
                SUMMARY_NOTE,
                number = note.number,
                area = note.area,
                year = note.year,
                code = note.code.unwrap_or("kdcl check"),
                place = place,
                message = note.message
            )
            .render(),
        );
    }
    if !summary.absent.is_empty() {
        let areas: Vec<String> = summary
            .absent
            .iter()
            .map(|a| {
                let years: Vec<String> = a.years.iter().map(i32::to_string).collect();
                format!("{} ({})", a.area, years.join(", "))
            })
            .collect();
        lines.push(
            msg!(
                SUMMARY_ABSENT,
                year = summary.year,
                areas = areas.join("; ")
            )
            .render(),
        );
    }
    lines
}

fn title(summary: &Summary) -> String {
    msg!(
        SUMMARY_TITLE,
        year = summary.year,
        by = by_name(summary.by).render(),
        count = summary.total.plans.len()
    )
    .render()
}

pub fn render(summary: &Summary, format: Format, layout: Layout) -> String {
    use unicode_normalization::UnicodeNormalization;
    let text = match format {
        Format::Table => {
            let mut out = format!("{}\n\n", title(summary));
            out.push_str(&grid(summary, true).to_table(layout));
            let mut footer = footer(summary);
            footer.insert(0, msg!(SUMMARY_LEGEND_COLUMNS).render());
            out.push('\n');
            for line in footer {
                out.push_str(&crate::render::table::wrap(
                    &line,
                    crate::render::table::width(layout),
                    4,
                ));
                out.push('\n');
            }
            out
        }
        Format::Markdown => {
            let mut out = format!("**{}**\n\n", title(summary));
            out.push_str(&grid(summary, false).to_markdown());
            let footer = footer(summary);
            if !footer.is_empty() {
                out.push('\n');
                for line in footer {
                    out.push_str(&format!("- {}\n", line.replace('*', "\\*")));
                }
            }
            out
        }
        Format::Csv => csv(summary),
        Format::Json => json(summary),
    };
    text.nfc().collect()
}

fn csv(summary: &Summary) -> String {
    let mut header = vec![match summary.by {
        By::Area => msg!(SUMMARY_COL_AREA),
        By::Province => msg!(SUMMARY_COL_PROVINCE),
        By::Kind => msg!(SUMMARY_COL_KIND),
    }];
    match summary.by {
        By::Area => header.push(msg!(SUMMARY_COL_PROVINCE)),
        By::Kind => header.push(msg!(SUMMARY_COL_CIRCULAR)),
        By::Province => {}
    }
    header.extend([
        msg!(SUMMARY_COL_SCHOOLS),
        msg!(SUMMARY_COL_LISTED),
        msg!(SUMMARY_COL_NEW),
        msg!(SUMMARY_COL_RENEW),
        msg!(SUMMARY_COL_RAISE),
        msg!(SUMMARY_COL_ACCREDIT),
        msg!(SUMMARY_COL_BEFORE),
        msg!(SUMMARY_COL_AFTER),
        msg!(SUMMARY_COL_LEVEL2),
        msg!(SUMMARY_COL_SHARE_PERCENT),
        msg!(SUMMARY_COL_WAVES),
        msg!(SUMMARY_COL_NOTES),
    ]);
    let header: Vec<String> = header.iter().map(Message::render).collect();
    let numeric = vec![false; header.len()];
    let mut grid = Grid::new(header, numeric);
    let value = |c: &Cell| c.value.map(|v| v.to_string()).unwrap_or_default();
    for row in summary.rows.iter().chain([&summary.total]) {
        let mut cells = vec![row.label.clone()];
        match summary.by {
            By::Area => cells.push(row.province.clone().unwrap_or_default()),
            By::Kind => cells.push(row.kind.as_ref().map(circular).unwrap_or("").to_string()),
            By::Province => {}
        }
        cells.extend([
            value(&row.schools),
            value(&row.listed),
            value(&row.new),
            value(&row.renew),
            value(&row.raise),
            value(&row.accredit),
            value(&row.before),
            value(&row.after),
            value(&row.level2),
            row.share.percent().map(format_percent).unwrap_or_default(),
            if summary.by == By::Kind {
                String::new()
            } else {
                value(&row.waves)
            },
        ]);
        cells.push(csv_notes(summary, row));
        grid.rows.push(cells);
    }
    grid.to_csv()
}

/// The marks of a row in words, for the CSV's last column.
fn csv_notes(summary: &Summary, row: &Row) -> String {
    let mut parts = Vec::new();
    let stated: Vec<&str> = row
        .cells()
        .iter()
        .filter(|(_, c)| c.stated_only && c.value.is_some())
        .map(|(k, _)| *k)
        .collect();
    if !stated.is_empty() {
        parts.push(msg!(SUMMARY_CSV_STATED, figures = stated.join(", ")).render());
    }
    let partial: Vec<&str> = row
        .cells()
        .iter()
        .filter(|(_, c)| c.partial())
        .map(|(k, _)| *k)
        .collect();
    if !partial.is_empty() {
        parts.push(msg!(SUMMARY_CSV_PARTIAL, figures = partial.join(", ")).render());
    }
    for n in row.all_notes() {
        if let Some(note) = summary.notes.iter().find(|x| x.number == n) {
            parts.push(format!(
                "[{n}] {} {}:{}: {}",
                note.code.unwrap_or(""),
                note.file,
                note.line.unwrap_or(0),
                note.message
            ));
        }
    }
    parts.join("; ")
}

#[derive(Serialize)]
struct JsonSummary<'a> {
    version: u32,
    year: i32,
    by: By,
    rows: Vec<JsonRow<'a>>,
    total: JsonRow<'a>,
    notes: &'a [Note],
    without_plan: &'a [Absent],
}

#[derive(Serialize)]
struct JsonRow<'a> {
    label: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    area: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    province: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    kind: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    circular: Option<&'static str>,
    plans: &'a [String],
    schools: Option<i64>,
    listed: Option<i64>,
    new: Option<i64>,
    renew: Option<i64>,
    raise: Option<i64>,
    accredit: Option<i64>,
    recognised_before: Option<i64>,
    recognised_after: Option<i64>,
    level2_after: Option<i64>,
    share: Option<JsonShare>,
    #[serde(skip_serializing_if = "Option::is_none")]
    waves: Option<i64>,
    stated_only: Vec<&'static str>,
    partial: Vec<&'static str>,
    notes: Vec<usize>,
}

#[derive(Serialize)]
struct JsonShare {
    recognised: i64,
    schools: i64,
    percent: f64,
}

fn json_row<'a>(summary: &Summary, r: &'a Row, is_total: bool) -> JsonRow<'a> {
    JsonRow {
        label: &r.label,
        area: (summary.by == By::Area && !is_total).then_some(r.label.as_str()),
        province: r.province.as_deref(),
        kind: r.kind.as_ref().map(Kind::to_string),
        circular: r.kind.as_ref().map(circular),
        plans: &r.plans,
        schools: r.schools.value,
        listed: r.listed.value,
        new: r.new.value,
        renew: r.renew.value,
        raise: r.raise.value,
        accredit: r.accredit.value,
        recognised_before: r.before.value,
        recognised_after: r.after.value,
        level2_after: r.level2.value,
        share: r.share.percent().map(|percent| JsonShare {
            recognised: r.share.recognised,
            schools: r.share.schools,
            percent,
        }),
        waves: (summary.by != By::Kind).then_some(r.waves.value).flatten(),
        stated_only: r
            .cells()
            .iter()
            .filter(|(_, c)| c.stated_only && c.value.is_some())
            .map(|(k, _)| *k)
            .collect(),
        partial: r
            .cells()
            .iter()
            .filter(|(_, c)| c.partial())
            .map(|(k, _)| *k)
            .collect(),
        notes: r.all_notes(),
    }
}

fn json(summary: &Summary) -> String {
    let out = JsonSummary {
        version: 1,
        year: summary.year,
        by: summary.by,
        rows: summary
            .rows
            .iter()
            .map(|r| json_row(summary, r, false))
            .collect(),
        total: json_row(summary, &summary.total, true),
        notes: &summary.notes,
        without_plan: &summary.absent,
    };
    let mut text = serde_json::to_string_pretty(&out).expect("the summary is plain data");
    text.push('\n');
    text
}

crate::texts! {
    pub(crate) SUMMARY_TITLE = "summary-title" {
        "Plans of {year} (kế hoạch năm {year}) {by}: {count} {count:plan/plans}",
        "Kế hoạch năm {year} {by}: {count} kế hoạch",
    }
    pub(crate) SUMMARY_BY_AREA = "summary-by-area" {
        "by area",
        "theo địa bàn",
    }
    pub(crate) SUMMARY_BY_PROVINCE = "summary-by-province" {
        "by province",
        "theo tỉnh",
    }
    pub(crate) SUMMARY_BY_KIND = "summary-by-kind" {
        "by school type",
        "theo loại trường",
    }
    pub(crate) SUMMARY_COL_KIND = "summary-col-kind" {
        "School type (loại trường)",
        "Loại trường",
    }
    pub(crate) SUMMARY_COL_CIRCULAR = "summary-col-circular" {
        "Circular (thông tư)",
        "Thông tư",
    }
    pub(crate) SUMMARY_COL_SCHOOLS = "summary-col-schools" {
        "Schools (số trường)",
        "Số trường",
    }
    pub(crate) SUMMARY_COL_LISTED = "summary-col-listed" {
        "Listed (trong kế hoạch)",
        "Số trường trong kế hoạch",
    }
    pub(crate) SUMMARY_COL_NEW = "summary-col-new" {
        "New (công nhận mới)",
        "Công nhận mới",
    }
    pub(crate) SUMMARY_COL_RENEW = "summary-col-renew" {
        "Renew (công nhận lại)",
        "Công nhận lại",
    }
    pub(crate) SUMMARY_COL_RAISE = "summary-col-raise" {
        "Raise (nâng mức độ)",
        "Nâng mức độ",
    }
    pub(crate) SUMMARY_COL_ACCREDIT = "summary-col-accredit" {
        "Accredit (kiểm định)",
        "Kiểm định",
    }
    pub(crate) SUMMARY_COL_BEFORE_AFTER = "summary-col-before-after" {
        "Recognised before → after (đạt chuẩn)",
        "Đạt chuẩn đầu năm → cuối năm",
    }
    pub(crate) SUMMARY_COL_BEFORE = "summary-col-before" {
        "Recognised before (đạt chuẩn đầu năm)",
        "Đạt chuẩn đầu năm",
    }
    pub(crate) SUMMARY_COL_AFTER = "summary-col-after" {
        "Recognised after (đạt chuẩn cuối năm)",
        "Đạt chuẩn cuối năm",
    }
    pub(crate) SUMMARY_COL_LEVEL2 = "summary-col-level2" {
        "Level 2 after (mức độ 2)",
        "Mức độ 2 cuối năm",
    }
    pub(crate) SUMMARY_COL_SHARE = "summary-col-share" {
        "Share recognised after (tỉ lệ)",
        "Tỉ lệ đạt chuẩn cuối năm",
    }
    pub(crate) SUMMARY_COL_SHARE_PERCENT = "summary-col-share-percent" {
        "Share recognised after, % (tỉ lệ)",
        "Tỉ lệ đạt chuẩn cuối năm (%)",
    }
    pub(crate) SUMMARY_COL_WAVES = "summary-col-waves" {
        "Waves (đợt)",
        "Số đợt",
    }
    pub(crate) SUMMARY_COL_NOTES = "summary-col-notes" {
        "Notes (ghi chú)",
        "Ghi chú",
    }
    pub(crate) SUMMARY_H_AREA = "summary-h-area" {
        "Area",
        "Địa bàn",
    }
    pub(crate) SUMMARY_H_PROVINCE = "summary-h-province" {
        "Province",
        "Tỉnh",
    }
    pub(crate) SUMMARY_H_KIND = "summary-h-kind" {
        "School type",
        "Loại trường",
    }
    pub(crate) SUMMARY_H_CIRCULAR = "summary-h-circular" {
        "Circular",
        "Thông tư",
    }
    pub(crate) SUMMARY_H_SCHOOLS = "summary-h-schools" {
        "Schools",
        "Số trường",
    }
    pub(crate) SUMMARY_H_LISTED = "summary-h-listed" {
        "Listed",
        "Trong kế hoạch",
    }
    pub(crate) SUMMARY_H_NEW = "summary-h-new" {
        "New",
        "Công nhận mới",
    }
    pub(crate) SUMMARY_H_RENEW = "summary-h-renew" {
        "Renew",
        "Công nhận lại",
    }
    pub(crate) SUMMARY_H_RAISE = "summary-h-raise" {
        "Raise",
        "Nâng mức độ",
    }
    pub(crate) SUMMARY_H_ACCREDIT = "summary-h-accredit" {
        "Accredit",
        "Kiểm định",
    }
    pub(crate) SUMMARY_H_BEFORE_AFTER = "summary-h-before-after" {
        "Before → after",
        "Đầu năm → cuối năm",
    }
    pub(crate) SUMMARY_H_LEVEL2 = "summary-h-level2" {
        "Level 2 after",
        "Mức độ 2",
    }
    pub(crate) SUMMARY_H_SHARE = "summary-h-share" {
        "Share",
        "Tỉ lệ",
    }
    pub(crate) SUMMARY_H_WAVES = "summary-h-waves" {
        "Waves",
        "Số đợt",
    }
    pub(crate) SUMMARY_LEGEND_COLUMNS = "summary-legend-columns" {
        "Schools in the area (số trường); listed in the plan (danh sách); new (công nhận mới); renew (công nhận lại, duy trì); raise (nâng mức độ); accredit (kiểm định, đánh giá ngoài); schools recognised before → after the plan year (đạt chuẩn quốc gia đầu năm → cuối năm), of which at level 2 (mức độ 2), and their share of the schools (tỉ lệ); waves (đợt).",
        "Số trường của địa bàn; số trường trong kế hoạch; công nhận mới; công nhận lại (duy trì); nâng mức độ; kiểm định (đánh giá ngoài); số trường đạt chuẩn quốc gia đầu năm → cuối năm kế hoạch, trong đó đạt mức độ 2, và tỉ lệ trên tổng số trường; số đợt.",
    }
    pub(crate) SUMMARY_TOTAL = "summary-total" {
        "Total (tổng cộng)",
        "Tổng cộng",
    }
    pub(crate) SUMMARY_KIND_UNKNOWN = "summary-kind-unknown" {
        "type unknown (chưa rõ loại)",
        "chưa rõ loại trường",
    }
    pub(crate) SUMMARY_LEGEND_STATED = "summary-legend-stated" {
        "* as the plan states it: kdcl cannot count it (no school list, or no complete roster)",
        "* số liệu theo kế hoạch: kdcl không đếm được (kế hoạch không liệt kê trường, hoặc danh sách trường chưa đầy đủ)",
    }
    pub(crate) SUMMARY_LEGEND_PARTIAL = "summary-legend-partial" {
        "+ total over the plans kdcl could count; the others are unknown",
        "+ tổng của các kế hoạch kdcl đếm được; các kế hoạch còn lại chưa rõ",
    }
    pub(crate) SUMMARY_NOTE = "summary-note" {
        "[{number}] {area} {year}: {code} at {place}: {message}",
        "[{number}] {area} {year}: {code} tại {place}: {message}",
    }
    pub(crate) SUMMARY_DIFFERS = "summary-differs" {
        "targets.{key} says {stated} but kdcl computes {computed}",
        "targets.{key} ghi {stated} nhưng kdcl tính được {computed}",
    }
    pub(crate) SUMMARY_ABSENT = "summary-absent" {
        "no plan for {year}: {areas}",
        "không có kế hoạch năm {year}: {areas}",
    }
    pub(crate) SUMMARY_CSV_STATED = "summary-csv-stated" {
        "stated by the plan, not counted: {figures}",
        "số liệu theo kế hoạch, không đếm được: {figures}",
    }
    pub(crate) SUMMARY_CSV_PARTIAL = "summary-csv-partial" {
        "total over the plans kdcl could count: {figures}",
        "tổng của các kế hoạch kdcl đếm được: {figures}",
    }
}
