//! KD008 `due-before-year`: A task is due before the plan year starts

use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;
use crate::model::plan::Plan;
use crate::msg;

pub static DUE_BEFORE_YEAR: Rule = Rule {
    code: "KD008",
    slug: "due-before-year",
    severity: Severity::Warning,
    summary: "A task is due before the plan year starts",
    doc: "A deadline earlier than the plan year cannot be met by the plan; it is usually a \
          deadline copied from last year's plan.",
    example: "[plan]\nyear = 2025\n[[task]]\ndue = \"2024-Q2\"",
    fix: "due = \"2025-Q2\"",
    summary_vi: "Thời hạn của nhiệm vụ trước năm kế hoạch",
    doc_vi: "Thời hạn sớm hơn năm kế hoạch thì kế hoạch không thể thực hiện được; thường là \
          thời hạn sao chép từ kế hoạch năm trước.",
    fix_vi: "due = \"2025-Q2\"",
    ..Rule::DEFAULT
};

/// Every task's deadline against the plan year.
pub fn check(plan: &Plan, sink: &mut Sink) {
    let Some(year) = &plan.year else { return };
    for task in &plan.tasks {
        let Some(due) = &task.due else { continue };
        if i64::from(due.value.year()) < year.value {
            let written = plan.file.text[due.span.clone()].to_string();
            sink.push(
                Diagnostic::new(
                    &DUE_BEFORE_YEAR,
                    msg!(MESSAGE, due = written, year = year.value),
                )
                .at(&plan.file, due.span.clone()),
            );
        }
    }
}

crate::texts! {
    pub(crate) MESSAGE = "due-before-year" {
        "the deadline {due} is before the plan year {year}",
        "thời hạn {due} trước năm kế hoạch {year}",
    }
}
