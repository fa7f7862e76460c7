//! Rounds of proposals (đợt): KD009, KD105–KD107.

use std::collections::HashMap;

use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::model::plan::{Entry, Plan, Wave};
use crate::msg;
use crate::rules::checks::targets::{count_mismatch, entry_list};
use crate::rules::registry as rules;

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
                    msg!("duplicate-wave", number = n, first_line = line),
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
                        "wave-outside-year",
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
                msg!("no-waves-help")
            } else {
                let list = numbers
                    .iter()
                    .map(|n| n.to_string())
                    .collect::<Vec<_>>()
                    .join(", ");
                msg!("declared-waves", numbers = list)
            };
            sink.push(
                Diagnostic::new(
                    &rules::UNKNOWN_WAVE,
                    msg!(
                        "unknown-wave",
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
                "wave-count",
                number = wave.number.value,
                stated = stated.value,
                counted = in_wave.len()
            );
            let help = msg!("counted-from", entries = entry_list(plan, &in_wave));
            let (rule, span) = (&rules::WAVE_COUNT_MISMATCH, stated.span.clone());
            sink.push(count_mismatch(rule, plan, span, message, &in_wave, help));
        }
    }
}
