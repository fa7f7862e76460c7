//! A plan that is not TOML: each error said in the user's language with
//! what to write, and as many of them as one run can reach. A recognised
//! habit (curly quotes, text without quotes, a decimal comma, "07") is
//! put right in a copy of the file, line by line, and the copy read again
//! to find the next error, for a bounded number of rounds.

use std::sync::Arc;

use toml::de::DeTable;

use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::load::habits::{self, Found, Habit};
use crate::msg;
use crate::rules;
use crate::rules::plan::toml_syntax::{
    self, CURLY_QUOTES, CURLY_QUOTES_HELP, DECIMAL_COMMA, LEADING_ZERO, LEADING_ZERO_HELP,
    UNQUOTED, WRITE_HELP,
};
use crate::text::source::SourceFile;

/// At most this many errors are looked for in one file.
const ROUNDS: usize = 20;
/// Files larger than this (bytes) are read once only.
const LARGE: usize = 1 << 20;

/// Reports the TOML errors of `file`, whose text the reader refused.
pub fn report(file: &Arc<SourceFile>, sink: &mut Sink) {
    // Each round reads the whole file again: a large one gets one round.
    let rounds = if file.text.len() > LARGE { 1 } else { ROUNDS };
    let (found, last) = habits_in(&file.text, rounds);
    for (at, _, found) in &found {
        sink.push(finding(file, *at, found));
    }
    if let Some((span, err)) = last {
        sink.push(
            Diagnostic::new(
                &rules::TOML_SYNTAX,
                msg!(toml_syntax::MESSAGE, detail = err.message().trim()),
            )
            .at(file, span),
        );
    }
}

/// The habits met in `text` as the reader stops at each, in order: where
/// the line starts in `text`, the line, what it does wrong; then the first
/// error that is no habit (its span in `text`), if the rounds reach one.
#[allow(clippy::type_complexity)]
pub fn habits_in(
    text: &str,
    rounds: usize,
) -> (
    Vec<(usize, String, Found)>,
    Option<(std::ops::Range<usize>, toml::de::Error)>,
) {
    let mut lines: Vec<String> = text.split('\n').map(str::to_string).collect();
    let starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let mut fixed = vec![false; lines.len()];
    let mut found = Vec::new();
    let mut copy = text.to_string();
    for _ in 0..rounds {
        // The reader goes on after an error: the first one in the file is next.
        let (_, errors) = DeTable::parse_recoverable(&copy);
        let Some(err) = errors
            .into_iter()
            .min_by_key(|e| e.span().map_or(0, |s| s.start))
        else {
            return (found, None);
        };
        let at = err.span().map_or(0, |s| s.start).min(copy.len());
        let line = copy
            .get(..at)
            .map_or(0, |before| before.matches('\n').count());
        let line_start = copy
            .get(..at)
            .and_then(|b| b.rfind('\n'))
            .map_or(0, |i| i + 1);
        let recognised = lines
            .get(line)
            .filter(|_| !fixed[line])
            .and_then(|l| habits::recognise(l));
        let Some(habit) = recognised else {
            // Where the copy still reads as the file does, the same place in it.
            let start = starts.get(line).copied().unwrap_or(0);
            let span = if fixed.get(line).copied().unwrap_or(false) {
                start..start
            } else {
                let mut from = (start + (at - line_start)).min(text.len());
                while !text.is_char_boundary(from) {
                    from -= 1;
                }
                let mut end = (from + err.span().map_or(0, |s| s.len())).min(text.len());
                // A span running into a line put right may end inside a character here.
                while !text.is_char_boundary(end) {
                    end -= 1;
                }
                from.min(end)..end
            };
            return (found, Some((span, err)));
        };
        let written = lines[line].clone();
        lines[line] = habit.line(&written);
        fixed[line] = true;
        copy = lines.join("\n");
        found.push((starts[line], written, habit));
    }
    (found, None)
}

fn finding(file: &Arc<SourceFile>, line_start: usize, found: &Found) -> Diagnostic {
    let span = line_start + found.at.start..line_start + found.at.end;
    let (key, written, fixed) = (&found.key, &found.written, found.shown());
    let (message, help) = match found.habit {
        Habit::CurlyQuotes => (
            msg!(CURLY_QUOTES, key = key),
            msg!(CURLY_QUOTES_HELP, fixed = fixed),
        ),
        Habit::Unquoted => (msg!(UNQUOTED, key = key), msg!(WRITE_HELP, fixed = fixed)),
        Habit::DecimalComma => (
            msg!(DECIMAL_COMMA, key = key, written = written),
            msg!(WRITE_HELP, fixed = fixed),
        ),
        Habit::LeadingZero => (
            msg!(LEADING_ZERO, key = key, written = written),
            msg!(LEADING_ZERO_HELP, written = written, plain = found.value),
        ),
    };
    Diagnostic::new(&rules::TOML_SYNTAX, message)
        .at(file, span)
        .help(help)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_habit_of_a_file_in_one_run_then_the_first_other_error() {
        let text = "[plan]\narea = “xã Yên Thành”\n[[school]]\naction = công nhận mới\nlevel = 2,0\nx = [\n";
        let (found, last) = habits_in(text, ROUNDS);
        let habits: Vec<Habit> = found.iter().map(|(_, _, f)| f.habit).collect();
        assert_eq!(
            habits,
            [Habit::CurlyQuotes, Habit::Unquoted, Habit::DecimalComma]
        );
        let (at, _, first) = &found[0];
        assert_eq!(
            &text[at + first.at.start..at + first.at.end],
            "“xã Yên Thành”"
        );
        let (span, _) = last.expect("the open list is no habit");
        assert!(span.start >= text.find("x = [").unwrap());
    }

    #[test]
    fn the_rounds_are_bounded() {
        let text: String = (0..50).map(|i| format!("k{i} = 01\n")).collect();
        let (found, last) = habits_in(&text, 3);
        assert_eq!(found.len(), 3);
        assert!(last.is_none());
    }
}
