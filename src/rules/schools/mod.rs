//! Matching listed schools against the roster.

pub mod ambiguous_school;
pub mod duplicate_school;
pub mod labels;
pub mod school_name_variant;
pub mod spelt_two_ways;
pub mod unknown_school;

use std::collections::HashMap;

use crate::diag::diagnostic::Sink;
use crate::model::matching::{Found, Index};
use crate::model::plan::{Entry, Plan};
use crate::model::roster::Roster;

/// The roster school each entry names, `None` where it names none
/// (KD201–KD204). A second entry for a school is reported and still points
/// at the school.
pub fn match_entries(plan: &Plan, roster: &Roster, sink: &mut Sink) -> Vec<Option<usize>> {
    let index = Index::new(roster);
    let mut matched = Vec::with_capacity(plan.schools.len());
    let mut first_entry_of: HashMap<usize, &Entry> = HashMap::new();
    for entry in &plan.schools {
        let found = match index.find(&entry.school.value) {
            Found::Exact(i) => Some(i),
            Found::Variant(i) => {
                school_name_variant::check(plan, roster, entry, i, sink);
                Some(i)
            }
            Found::Ambiguous(candidates) => {
                ambiguous_school::check(plan, roster, entry, &candidates, sink);
                None
            }
            Found::Missing(near) => {
                unknown_school::check(plan, roster, entry, &near, sink);
                None
            }
        };
        if let Some(i) = found {
            if let Some(first) = first_entry_of.get(&i) {
                let roster_name = &roster.schools[i].name;
                duplicate_school::check(plan, first, entry, roster_name, sink);
                // Still found: the counts see the school once, through its first entry.
                matched.push(Some(i));
                continue;
            }
            first_entry_of.insert(i, entry);
        }
        matched.push(found);
    }
    matched
}

/// Without a roster, two entries are the same school when their keys agree (KD203).
pub fn duplicates_without_roster(plan: &Plan, sink: &mut Sink) {
    duplicate_school::without_roster(plan, sink);
    spelt_two_ways::entries(plan, sink);
}
