//! Findings and the words they are said in: a diagnostic, its message and
//! the language it is rendered in.

pub mod diagnostic;
pub mod messages;
pub mod rule;
pub mod severity;
