//! What kdcl knows about: plans, rosters, school kinds and names, the
//! circulars' facts, self-evaluations, and what an area's history implies.

pub mod afterstate;
pub mod circular;
pub mod evaluation;
pub mod history;
pub mod kind;
pub mod matching;
pub mod name;
pub mod plan;
pub mod province;
pub mod report;
pub mod rollup;
pub mod roster;
