//! Rounds of proposals (đợt): KD009, KD105–KD107.

use std::collections::HashMap;

use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::model::plan::{Entry, Plan, Wave};
use crate::msg;
use crate::rules;
use crate::rules::checks::targets::COUNTED_FROM;
use crate::rules::checks::targets::{count_mismatch, entry_list};

pub fn check(plan: &Plan, sink: &mut Sink) {
    let file = &plan.file;
    let mut declared: HashMap<i64, &Wave> = HashMap::new();
    for wave in &plan.waves {
        let n = wave.number.value;
        if let Some(first) = declared.get(&n) {
            let (line, _) = file.line_col(first.number.span.start);
            sink.push(
                Diagnostic::new(
                    &rules::DUPLICATE_WAVE,
                    msg!(DUPLICATE_WAVE, number = n, first_line = line),
                )
                .at(file, wave.number.span.clone()),
            );
            continue;
        }
        declared.insert(n, wave);
        if let (Some(month), Some(year)) = (&wave.month, &plan.year)
            && i64::from(month.value.0) != year.value
        {
            sink.push(
                Diagnostic::new(
                    &rules::WAVE_OUTSIDE_YEAR,
                    msg!(
                        WAVE_OUTSIDE_YEAR,
                        number = n,
                        month = format!("{:02}/{}", month.value.1, month.value.0),
                        year = year.value
                    ),
                )
                .at(file, month.span.clone()),
            );
        }
    }
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
                    &rules::UNKNOWN_WAVE,
                    msg!(
                        UNKNOWN_WAVE,
                        number = wave.value,
                        school = entry.school.value
                    ),
                )
                .at(file, wave.span.clone())
                .help(help)
                .school(entry.school.value.clone()),
            );
        }
    }
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
            let help = msg!(COUNTED_FROM, entries = entry_list(plan, &in_wave));
            let (rule, span) = (&rules::WAVE_COUNT_MISMATCH, stated.span.clone());
            sink.push(count_mismatch(rule, plan, span, message, &in_wave, help));
        }
    }
}

crate::texts! {
    pub(crate) DUPLICATE_WAVE = "duplicate-wave" {
        "wave {number} is declared twice (first on line {first_line})",
        "đợt {number} được khai báo hai lần (lần đầu ở dòng {first_line})",
    }
    pub(crate) WAVE_OUTSIDE_YEAR = "wave-outside-year" {
        "wave {number} is in {month}, outside the plan year {year}",
        "đợt {number} vào tháng {month}, ngoài năm kế hoạch {year}",
    }
    pub(crate) UNKNOWN_WAVE = "unknown-wave" {
        "{school} is put in wave {number}, but the plan declares no such wave",
        "{school} được xếp vào đợt {number}, nhưng kế hoạch không khai báo đợt này",
    }
    pub(crate) DECLARED_WAVES = "declared-waves" {
        "the plan declares wave {numbers}",
        "kế hoạch khai báo đợt {numbers}",
    }
    pub(crate) NO_WAVES_HELP = "no-waves-help" {
        "declare it with a `[[wave]]` table (number, month, schools), or remove `wave` from this school",
        "khai báo đợt bằng bảng `[[wave]]` (number, month, schools), hoặc bỏ `wave` khỏi mục của trường này",
    }
    pub(crate) WAVE_COUNT = "wave-count" {
        "wave {number} says {stated} {stated:school/schools}, but {counted} {counted:school is/schools are} put in it",
        "đợt {number} ghi {stated} trường, nhưng có {counted} trường được xếp vào đợt này",
    }
}
