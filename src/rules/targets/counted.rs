//! The schools a count was made from, shown under a stated number that
//! differs (KD101, KD102, KD105) or a list of entries (KD109).

use crate::diag::diagnostic::{Diagnostic, Message};
use crate::diag::rule::Rule;
use crate::model::plan::{Entry, Plan};
use crate::msg;
use crate::text::source::Span;

/// "MN Hoa Sen (line 30), TH Số 2 (line 36)", at most twenty named.
pub fn entry_list(plan: &Plan, entries: &[&Entry]) -> String {
    const SHOWN: usize = 20;
    if entries.is_empty() {
        return msg!(ENTRIES_NONE).render();
    }
    let mut parts: Vec<String> = entries
        .iter()
        .take(SHOWN)
        .map(|e| {
            let line = plan.file.line_col(e.school.span.start).0;
            msg!(ENTRY_AT_LINE, school = e.school.value, line = line).render()
        })
        .collect();
    if entries.len() > SHOWN {
        parts.push(msg!(ENTRIES_MORE, count = entries.len() - SHOWN).render());
    }
    parts.join(", ")
}

/// A stated number that differs from the entries counted: on the number,
/// with the count under it and the counted entries as help.
pub fn count_mismatch(
    rule: &'static Rule,
    plan: &Plan,
    stated_span: Span,
    message: Message,
    counted: &[&Entry],
    help: Message,
) -> Diagnostic {
    Diagnostic::new(rule, message)
        .at(&plan.file, stated_span)
        .label(msg!(COUNTED_LABEL, counted = counted.len()))
        .help(help)
}

crate::texts! {
    pub(crate) COUNTED_LABEL = "counted-label" {
        "counted {counted}",
        "đếm được {counted}",
    }
    pub(crate) COUNTED_FROM = "counted-from" {
        "counted: {entries}",
        "đã đếm: {entries}",
    }
    pub(crate) ENTRY_AT_LINE = "entry-at-line" {
        "{school} (line {line})",
        "{school} (dòng {line})",
    }
    pub(crate) ENTRIES_NONE = "entries-none" {
        "none",
        "không có",
    }
    pub(crate) ENTRIES_MORE = "entries-more" {
        "… {count} more",
        "… và {count} trường khác",
    }
}
