//! The schools a count was made from, shown under a stated number that
//! differs (KD101, KD102, KD105) or a list of entries (KD109).

use std::cell::OnceCell;
use std::collections::HashMap;

use crate::diag::diagnostic::{Diagnostic, Message};
use crate::diag::rule::Rule;
use crate::model::kind::Kind;
use crate::model::name;
use crate::model::plan::{Entry, Plan};
use crate::msg;
use crate::text::source::Span;

/// A plan's list as the counts show it: each entry with the line of an
/// earlier entry naming the same school, so that a count a repeated school
/// makes wrong says so beside the school ("counted twice, see line 25"),
/// pointing at the cause (KD203) rather than leaving it to be guessed.
pub struct Listed<'p> {
    pub plan: &'p Plan,
    /// The roster school each entry names, when matched.
    schools: &'p [Option<usize>],
    /// Per entry of `plan.schools`: where the first entry of its school is;
    /// made only when a count is shown (most plans' counts agree).
    repeats: OnceCell<Vec<Option<usize>>>,
}

impl<'p> Listed<'p> {
    /// `schools`: the roster school each entry names, when matched; entries
    /// not matched are the same school when their name keys agree.
    pub fn new(plan: &'p Plan, schools: &'p [Option<usize>]) -> Self {
        Listed {
            plan,
            schools,
            repeats: OnceCell::new(),
        }
    }

    fn repeats(&self) -> &[Option<usize>] {
        self.repeats.get_or_init(|| {
            let mut first: HashMap<Same, usize> = HashMap::new();
            self.plan
                .schools
                .iter()
                .enumerate()
                .map(|(i, e)| {
                    let same = match self.schools.get(i).copied().flatten() {
                        Some(s) => Same::Roster(s),
                        None => {
                            let key = name::key(&e.school.value);
                            Same::Name(key.kind, key.exact)
                        }
                    };
                    match first.get(&same) {
                        Some(&at) => Some(at),
                        None => {
                            first.insert(same, e.school.span.start);
                            None
                        }
                    }
                })
                .collect()
        })
    }

    /// "MN Hoa Sen (line 30), TH Số 2 (line 36)", at most twenty named.
    pub fn entries(&self, entries: &[&Entry]) -> String {
        const SHOWN: usize = 20;
        if entries.is_empty() {
            return msg!(ENTRIES_NONE).render();
        }
        let mut parts: Vec<String> = entries
            .iter()
            .take(SHOWN)
            .map(|e| {
                let line = self.plan.file.line_col(e.school.span.start).0;
                let at = self.plan.schools.iter().position(|s| std::ptr::eq(s, *e));
                match at.and_then(|i| self.repeats()[i]) {
                    Some(first) => msg!(
                        ENTRY_REPEATED,
                        school = e.school.value,
                        line = line,
                        first = self.plan.file.line_col(first).0
                    )
                    .render(),
                    None => msg!(ENTRY_AT_LINE, school = e.school.value, line = line).render(),
                }
            })
            .collect();
        if entries.len() > SHOWN {
            parts.push(msg!(ENTRIES_MORE, count = entries.len() - SHOWN).render());
        }
        parts.join(", ")
    }
}

/// What makes two entries the same school.
#[derive(PartialEq, Eq, Hash)]
enum Same {
    Roster(usize),
    Name(Option<Kind>, String),
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
    pub(crate) ENTRY_REPEATED = "entry-repeated" {
        "{school} (line {line}: counted twice, see line {first})",
        "{school} (dòng {line}: bị đếm hai lần, xem dòng {first})",
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
