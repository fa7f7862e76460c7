//! Roster schools named in a help line (KD201, KD204).

use crate::model::roster::Roster;

/// "TH Số 1 (TH01); TH Số 2 (TH02)": each school's label, in the given order.
pub fn labels(roster: &Roster, indices: &[usize]) -> String {
    indices
        .iter()
        .map(|&i| roster.schools[i].label())
        .collect::<Vec<_>>()
        .join("; ")
}
