//! Matching listed schools against the roster.

pub mod ambiguous_school;
pub mod duplicate_school;
pub mod school_name_variant;
pub mod unknown_school;
