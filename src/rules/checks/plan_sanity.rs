//! The plan's own coherence: KD006, KD008 (KD007 is found while loading).

use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::model::plan::Plan;
use crate::msg;
use crate::rules::registry as rules;

pub fn check(plan: &Plan, file_year: Option<i64>, sink: &mut Sink) {
    let Some(year) = &plan.year else { return };
    if let Some(file_year) = file_year
        && file_year != year.value
    {
        sink.push(
            Diagnostic::new(
                &rules::YEAR_MISMATCH,
                msg!("year-mismatch", year = year.value, file_year = file_year),
            )
            .at(&plan.file, year.span.clone())
            .help(msg!(
                "year-mismatch-help",
                year = year.value,
                file_year = file_year
            )),
        );
    }
    for task in &plan.tasks {
        let Some(due) = &task.due else { continue };
        if i64::from(due.value.year()) < year.value {
            let written = plan.file.text[due.span.clone()].to_string();
            sink.push(
                Diagnostic::new(
                    &rules::DUE_BEFORE_YEAR,
                    msg!("due-before-year", due = written, year = year.value),
                )
                .at(&plan.file, due.span.clone()),
            );
        }
    }
}
