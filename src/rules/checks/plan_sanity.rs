//! The plan's own coherence: KD006, KD008 (KD007 is found while loading).

use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::model::plan::Plan;
use crate::msg;
use crate::rules;

pub fn check(plan: &Plan, file_year: Option<i64>, sink: &mut Sink) {
    let Some(year) = &plan.year else { return };
    if let Some(file_year) = file_year
        && file_year != year.value
    {
        sink.push(
            Diagnostic::new(
                &rules::YEAR_MISMATCH,
                msg!(YEAR_MISMATCH, year = year.value, file_year = file_year),
            )
            .at(&plan.file, year.span.clone())
            .help(msg!(
                YEAR_MISMATCH_HELP,
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
                    msg!(DUE_BEFORE_YEAR, due = written, year = year.value),
                )
                .at(&plan.file, due.span.clone()),
            );
        }
    }
}

crate::texts! {
    pub(crate) YEAR_MISMATCH = "year-mismatch" {
        "the plan says year {year} but the file is named {file_year}.toml",
        "kế hoạch ghi năm {year} nhưng tệp có tên {file_year}.toml",
    }
    pub(crate) YEAR_MISMATCH_HELP = "year-mismatch-help" {
        "write `year = {file_year}`, or rename the file to {year}.toml",
        "ghi `year = {file_year}`, hoặc đổi tên tệp thành {year}.toml",
    }
    pub(crate) DUE_BEFORE_YEAR = "due-before-year" {
        "the deadline {due} is before the plan year {year}",
        "thời hạn {due} trước năm kế hoạch {year}",
    }
}
