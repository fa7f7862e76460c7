//! Findings of one plan that explain one another, tied together so that a
//! single mistake reads as one: a `[[school]]` whose `school` key is missing
//! because the author wrote another word for it (`truong = "…"`) says which
//! word, and the counts that left that entry out say why.

use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::msg;
use crate::rules;

/// The value of a finding's `{key}` placeholder.
fn key_of(d: &Diagnostic) -> Option<&str> {
    d.message
        .args
        .iter()
        .find(|(k, _)| *k == "key")
        .map(|(_, v)| v.as_str())
}

fn line_of(d: &Diagnostic) -> usize {
    d.location().map_or(0, |(start, _)| start.0)
}

/// The text of the table a finding is on: from its header to the next
/// line that opens a table.
fn table_of(d: &Diagnostic) -> std::ops::Range<usize> {
    let (Some(file), Some(span)) = (&d.file, &d.span) else {
        return 0..0;
    };
    let start = span.start.min(file.text.len());
    let body = file.text[start..]
        .find('\n')
        .map_or(file.text.len(), |n| start + n);
    let end = file.text[body..]
        .find("\n[")
        .map_or(file.text.len(), |n| body + n);
    start..end
}

/// Ties each missing `school.school` (KD004) to the unknown keys written in
/// the same table (KD002), and the stated counts (KD101, KD102, KD105) to
/// the entries they could not count.
pub fn missing_school(sink: &mut Sink) {
    let missing: Vec<(usize, Vec<String>)> = sink
        .iter()
        .filter(|d| std::ptr::eq(d.rule, &rules::MISSING_KEY) && key_of(d) == Some("school.school"))
        .map(|m| {
            let span = table_of(m);
            let unknown = sink
                .iter()
                .filter(|d| std::ptr::eq(d.rule, &rules::UNKNOWN_KEY))
                .filter(|d| d.span.as_ref().is_some_and(|s| span.contains(&s.start)))
                .filter_map(|d| {
                    key_of(d).map(|k| (k.rsplit('.').next().unwrap_or(k).to_string(), line_of(d)))
                })
                .map(|(key, line)| msg!(KEY_AT_LINE, key = key, line = line).render())
                .collect();
            (line_of(m), unknown)
        })
        .collect();
    if missing.is_empty() {
        return;
    }
    let lines = missing
        .iter()
        .map(|(line, _)| line.to_string())
        .collect::<Vec<_>>()
        .join(", ");
    let mut at = missing.iter();
    for d in sink.iter_mut() {
        if std::ptr::eq(d.rule, &rules::MISSING_KEY) && key_of(d) == Some("school.school") {
            if let Some((_, unknown)) = at.next()
                && !unknown.is_empty()
            {
                d.help
                    .push(msg!(WRITTEN_INSTEAD, keys = unknown.join(", ")));
            }
        } else if [
            &rules::TARGET_COUNT_MISMATCH,
            &rules::TARGET_KIND_MISMATCH,
            &rules::WAVE_COUNT_MISMATCH,
        ]
        .iter()
        .any(|r| std::ptr::eq(d.rule, *r))
        {
            d.help.push(msg!(NOT_COUNTED, lines = lines));
        }
    }
}

crate::texts! {
    pub(crate) KEY_AT_LINE = "missing-school-key-at-line" {
        "`{key}` (line {line})",
        "`{key}` (dòng {line})",
    }
    pub(crate) WRITTEN_INSTEAD = "missing-school-written-instead" {
        "this [[school]] has {keys}, which kdcl does not read: if it names the school, write it as school = \"…\"",
        "mục [[school]] này có {keys}, kdcl không đọc mục đó: nếu đó là tên trường, hãy ghi school = \"…\"",
    }
    pub(crate) NOT_COUNTED = "missing-school-not-counted" {
        "not counted: the [[school]] on line {lines}, which names no school (see the finding there)",
        "chưa đếm: mục [[school]] ở dòng {lines}, vì mục này không ghi tên trường (xem thông báo tại đó)",
    }
}
