//! Self-evaluation results against the criteria and the plan's targets.

pub mod evaluation_below_target;
pub mod evaluation_duplicate_row;
pub mod evaluation_invalid;
pub mod evaluation_missing_criterion;
pub mod evaluation_not_found;
pub mod evaluation_outside_repository;
pub mod evaluation_unchecked;
pub mod evaluation_undefined_level;
pub mod evaluation_unknown_criterion;
pub mod evaluation_unknown_school;
