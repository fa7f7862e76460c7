//! What one plan contributes to a summary: figures counted from its list
//! and roster, or taken from its text, with notes where the two differ.

use crate::diag::diagnostic::Diagnostic;
use crate::model::afterstate::{AfterState, Histories, Start};
use crate::model::plan::{Action, Target};
use crate::model::report::{CheckedPlan, Report, area_name, province_name};
use crate::msg;
use crate::report::summary::row::{Cell, Note, Row, Share};
use crate::text::path;

/// What one plan contributes to a row: figures counted from its list and
/// roster, or taken from its text, with notes where the two differ.
pub(super) struct PlanFigures<'a> {
    pub(super) plan: &'a CheckedPlan,
    pub(super) report: &'a Report,
    pub(super) area: String,
    pub(super) year: i32,
    /// What each roster school holds as the year starts, and the
    /// after-state, as the area's history has them (as `kdcl diff`).
    pub(super) starts: Option<Vec<Start>>,
    pub(super) state: Option<AfterState>,
}

impl<'a> PlanFigures<'a> {
    pub(super) fn new(
        plan: &'a CheckedPlan,
        (report, history): (&'a Report, &Histories<'_>),
        year: i32,
    ) -> Self {
        PlanFigures {
            plan,
            report,
            area: area_name(plan),
            year,
            starts: history.starts(plan, year),
            state: history.after_state(plan),
        }
    }

    /// The figure kdcl shows for a target: what it counts, else what the plan states.
    pub(super) fn figure(
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
    pub(super) fn findings_at(&self, target: &Target) -> Vec<&Diagnostic> {
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

    pub(super) fn note(
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

    /// Notes on the waves whose stated number of schools their list does
    /// not bear out.
    fn wave_notes(&self, notes: &mut Vec<Note>) -> Vec<usize> {
        let mut numbers = Vec::new();
        for wave in &self.plan.plan.waves {
            let Some(stated) = &wave.schools else {
                continue;
            };
            let target = Target {
                key: format!("wave {}", wave.number.value),
                key_span: wave.number.span.clone(),
                value: stated.clone(),
                max: stated.value,
            };
            for d in self.findings_at(&target) {
                numbers.push(self.note(&target, &target.key, None, Some(d), notes));
            }
        }
        numbers
    }
}

pub(super) fn plan_row(
    plan: &CheckedPlan,
    report: (&Report, &Histories<'_>),
    year: i32,
    notes: &mut Vec<Note>,
) -> Row {
    let f = PlanFigures::new(plan, report, year);
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
    // Without a list, the after-state of the schools the plan acts on is unknown.
    let after_known = f.state.as_ref().filter(|_| has_list || !t.any_count());
    let kept = f
        .starts
        .as_ref()
        .map(|s| s.iter().filter(|s| s.held.is_some()).count() as i64);
    let schools = plan.roster.as_ref().map(|r| r.schools.len() as i64);
    let mut row = Row {
        label: f.area.clone(),
        province: Some(province_name(plan)),
        plans: vec![path::display(&plan.path)],
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
    row.waves.notes = f.wave_notes(notes);
    row.share = Share::of(&row.after, &row.schools);
    row
}

crate::texts! {
    pub(crate) SUMMARY_DIFFERS = "summary-differs" {
        "targets.{key} says {stated} but kdcl computes {computed}",
        "chỉ tiêu targets.{key} ghi {stated} nhưng kdcl tính được {computed}",
    }
}
