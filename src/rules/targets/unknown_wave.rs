//! KD106 `unknown-wave`: A school names a wave that is not declared

use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;
use crate::model::plan::{Plan, Wave};
use crate::msg;
use std::collections::HashMap;

pub static UNKNOWN_WAVE: Rule = Rule {
    code: "KD106",
    slug: "unknown-wave",
    severity: Severity::Error,
    summary: "A school names a wave that is not declared",
    doc: "An entry's `wave` must be the `number` of a `[[wave]]` of the same plan.",
    example: "[[school]]\nschool = \"TH Số 2\"\naction = \"renew\"\nwave = 3   # only waves 1 and 2 exist",
    fix: "wave = 2",
    summary_vi: "Trường được xếp vào đợt chưa khai báo",
    doc_vi: "`wave` của một mục phải là `number` của một `[[wave]]` trong cùng kế hoạch.",
    example_vi: "[[school]]\nschool = \"TH Số 2\"\naction = \"renew\"\nwave = 3   # kế hoạch chỉ có đợt 1 và đợt 2",
    fix_vi: "wave = 2",
    ..Rule::DEFAULT
};

/// Every school's wave against the waves the plan declares.
pub fn check(plan: &Plan, declared: &HashMap<i64, &Wave>, sink: &mut Sink) {
    let mut numbers: Vec<i64> = declared.keys().copied().collect();
    numbers.sort();
    for entry in &plan.schools {
        let Some(wave) = &entry.wave else { continue };
        if !declared.contains_key(&wave.value) {
            let help = if numbers.is_empty() {
                msg!(NO_WAVES_HELP)
            } else {
                let list = numbers
                    .iter()
                    .map(|n| n.to_string())
                    .collect::<Vec<_>>()
                    .join(", ");
                msg!(DECLARED_WAVES, numbers = list)
            };
            sink.push(
                Diagnostic::new(
                    &UNKNOWN_WAVE,
                    msg!(MESSAGE, number = wave.value, school = entry.school.value),
                )
                .at(&plan.file, wave.span.clone())
                .help(help)
                .school(entry.school.value.clone()),
            );
        }
    }
}

crate::texts! {
    pub(crate) MESSAGE = "unknown-wave" {
        "{school} is put in wave {number}, but the plan declares no such wave",
        "{school} được xếp vào đợt {number}, nhưng kế hoạch không khai báo đợt này",
    }
    pub(crate) DECLARED_WAVES = "declared-waves" {
        "the plan declares wave {numbers}",
        "kế hoạch khai báo đợt {numbers}",
    }
    pub(crate) NO_WAVES_HELP = "no-waves-help" {
        "declare it with a `[[wave]]` table (number, month, schools), or remove `wave` from this school",
        "khai báo đợt bằng một mục `[[wave]]` (number, month, schools), hoặc bỏ `wave` khỏi mục của trường này",
    }
}
