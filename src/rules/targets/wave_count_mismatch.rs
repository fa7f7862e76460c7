//! KD105 `wave-count-mismatch`: A wave's stated number of schools differs from the schools in it

use crate::diag::diagnostic::Sink;
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;
use crate::model::plan::{Entry, Wave};
use crate::msg;
use crate::rules::targets::counted::{COUNTED_FROM, Listed, count_mismatch};
use std::collections::HashMap;

pub static WAVE_COUNT_MISMATCH: Rule = Rule {
    code: "KD105",
    slug: "wave-count-mismatch",
    severity: Severity::Error,
    summary: "A wave's stated number of schools differs from the schools in it",
    doc: "`[[wave]] schools` must equal the `[[school]]` entries whose `wave` names that wave \
          (\"Đợt 1 … đề nghị đối với 6 đơn vị\" needs six entries with `wave = 1`).",
    example: "[[wave]]\nnumber = 1\nschools = 6\n# … five entries with wave = 1",
    fix: "schools = 5   # or put the sixth school in wave 1",
    summary_vi: "Số trường ghi cho một đợt khác với số trường xếp vào đợt đó",
    doc_vi: "`schools` của `[[wave]]` phải bằng số mục `[[school]]` có `wave` là đợt đó \
          (\"Đợt 1 … đề nghị đối với 6 đơn vị\" cần sáu mục có `wave = 1`).",
    example_vi: "[[wave]]\nnumber = 1\nschools = 6\n# … năm mục có wave = 1",
    fix_vi: "schools = 5   # hoặc xếp trường thứ sáu vào đợt 1",
    ..Rule::DEFAULT
};

/// Each wave's stated number of schools against the schools put in it.
pub fn check(listed: &Listed<'_>, declared: &HashMap<i64, &Wave>, sink: &mut Sink) {
    let plan = listed.plan;
    // Without a list the waves' counts cannot be compared (KD104 says so).
    if plan.schools.is_empty() {
        return;
    }
    for wave in &plan.waves {
        let Some(stated) = &wave.schools else {
            continue;
        };
        if declared
            .get(&wave.number.value)
            .is_some_and(|w| !std::ptr::eq(*w, wave))
        {
            continue;
        }
        let in_wave: Vec<&Entry> = plan
            .schools
            .iter()
            .filter(|e| {
                e.wave
                    .as_ref()
                    .is_some_and(|w| w.value == wave.number.value)
            })
            .collect();
        if stated.value != in_wave.len() as i64 {
            let message = msg!(
                WAVE_COUNT,
                number = wave.number.value,
                stated = stated.value,
                counted = in_wave.len()
            );
            let help = msg!(COUNTED_FROM, entries = listed.entries(&in_wave));
            let (rule, span) = (&WAVE_COUNT_MISMATCH, stated.span.clone());
            sink.push(count_mismatch(rule, plan, span, message, &in_wave, help));
        }
    }
}

crate::texts! {
    pub(crate) WAVE_COUNT = "wave-count" {
        "wave {number} says {stated} {stated:school/schools}, but {counted} {counted:school is/schools are} put in it",
        "đợt {number} ghi {stated} trường, nhưng có {counted} trường được xếp vào đợt này",
    }
}
