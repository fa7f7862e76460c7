//! Self-evaluation results against the roster, the circulars' criteria and
//! the plan's targets: KD420–KD424 and KD429 here (KD425–KD428 are found
//! while reading the file).

pub mod evaluation_below_target;
pub mod evaluation_duplicate_row;
pub mod evaluation_invalid;
pub mod evaluation_missing_criterion;
pub mod evaluation_not_found;
pub mod evaluation_outside_repository;
pub mod evaluation_unchecked;
pub mod evaluation_undefined_level;
pub mod evaluation_unknown_criterion;
pub mod evaluation_unknown_school;
pub mod school_rows;
pub mod target;

use std::collections::{HashMap, HashSet};

use crate::diag::diagnostic::Sink;
use crate::model::evaluation::catalogue::Circular;
use crate::model::evaluation::file::{EvaluationFile, Row};
use crate::model::evaluation::{Evaluation, Given, SchoolEvaluation};
use crate::model::roster::Roster;
use crate::rules::context::PlanContext;
use school_rows::SchoolRows;

/// Reads every row against the roster and the school's circular. Rows of a
/// school's latest year make its evaluation; every row is checked.
pub fn evaluate(file: &EvaluationFile, roster: &Roster, sink: &mut Sink) -> Evaluation {
    let by_code: HashMap<String, usize> = roster
        .schools
        .iter()
        .enumerate()
        .map(|(i, s)| (s.code.to_uppercase(), i))
        .collect();
    let mut order: Vec<usize> = Vec::new();
    let mut rows_of: HashMap<usize, Vec<&Row>> = HashMap::new();
    let mut unknown: HashSet<String> = HashSet::new();
    for row in &file.rows {
        let code = row.code.value.to_uppercase();
        match by_code.get(&code) {
            Some(&i) => {
                let rows = rows_of.entry(i).or_default();
                if rows.is_empty() {
                    order.push(i);
                }
                rows.push(row);
            }
            None => {
                if unknown.insert(code) {
                    evaluation_unknown_school::check(file, row, roster, sink);
                }
            }
        }
    }
    let schools = order
        .into_iter()
        .filter_map(|i| school(file, roster, i, &rows_of[&i], sink))
        .collect();
    Evaluation {
        file: file.file.clone(),
        schools,
    }
}

/// One school's rows: each criterion's level (KD422), each Mức-4 item
/// (KD422), each unknown id (KD420), then what its latest year lacks (KD421).
fn school(
    file: &EvaluationFile,
    roster: &Roster,
    index: usize,
    rows: &[&Row],
    sink: &mut Sink,
) -> Option<SchoolEvaluation> {
    let school = &roster.schools[index];
    // A school without a type is reported in the roster; its circular is unknown.
    let circular = Circular::for_kind(school.kind.as_ref()?);
    let cat = circular.catalogue();
    let year = rows
        .iter()
        .map(|r| r.year.as_ref().map(|y| y.value))
        .max()?;
    let mut out = SchoolEvaluation {
        school: index,
        circular,
        year,
        criteria: vec![None; cat.criteria.len()],
        items: vec![None; cat.level4.items.len()],
    };
    let mut judged_invalid = vec![false; cat.criteria.len()];
    let at = SchoolRows {
        file,
        school,
        circular,
    };
    for row in rows {
        let current = row.year.as_ref().map(|y| y.value) == year;
        let level = row.level.value;
        let given = Given {
            level,
            row: row.span.clone(),
        };
        if let Some(i) = cat.criterion(&row.criterion.value) {
            let criterion = &cat.criteria[i];
            if !criterion.defines(level) {
                evaluation_undefined_level::criterion(&at, criterion, row, sink);
                if current {
                    judged_invalid[i] = true;
                }
            } else if current {
                out.criteria[i] = Some(given);
            }
        } else if let Some(i) = cat.item(&row.criterion.value) {
            if level > 1 {
                evaluation_undefined_level::item(&at, i, row, sink);
            } else if current {
                out.items[i] = Some(given);
            }
        } else {
            evaluation_unknown_criterion::check(&at, row, sink);
        }
    }
    let missing: Vec<&str> = out
        .missing()
        .into_iter()
        .filter(|&i| !judged_invalid[i])
        .map(|i| cat.criteria[i].id.as_str())
        .collect();
    evaluation_missing_criterion::check(&at, rows, year, &missing, sink);
    Some(out)
}

/// The plan's targets against the levels its evaluation supports (KD424),
/// or why they cannot be checked (KD429).
pub fn check(ctx: &PlanContext<'_>, sink: &mut Sink) {
    let plan = ctx.plan;
    let Some(written) = &plan.evaluation else {
        return;
    };
    let Some(roster) = ctx.roster else {
        evaluation_unchecked::without_roster(plan, written, sink);
        return;
    };
    // An evaluation that could not be read is already reported on the key.
    let Some(evaluation) = ctx.evaluation else {
        return;
    };
    for (i, entry) in plan.schools.iter().enumerate() {
        let Some(index) = ctx.schools.get(i).copied().flatten() else {
            continue;
        };
        let school = &roster.schools[index];
        let Some(target) = target::target(entry, school) else {
            continue;
        };
        if school.kind.is_none() {
            evaluation_unchecked::kind_unknown(plan, entry, sink);
            continue;
        }
        let Some(se) = evaluation.school(index) else {
            evaluation_unchecked::school_absent(plan, entry, school, evaluation, &target, sink);
            continue;
        };
        // An incomplete evaluation is reported in the file (KD421, KD422).
        let Some(scores) = se.scores() else {
            continue;
        };
        evaluation_below_target::check(ctx, entry, evaluation, se, &target, &scores, sink);
    }
}
