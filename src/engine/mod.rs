//! Running a repository: every plan loaded, matched and checked, findings
//! allowed, baselined and put in a stable order.

pub mod check;
pub mod document;
pub mod evaluations;
pub mod fix;
pub mod fold;
pub mod rollup;
pub mod rosters;
pub mod suppress;
