//! Every rule: its declaration, documentation, messages and check.

pub mod checks;
pub mod continuity;
pub mod registry;
