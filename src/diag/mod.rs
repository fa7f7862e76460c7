//! Findings and the words they are said in: a diagnostic, its message and
//! the language it is rendered in.

pub mod common;
pub mod diagnostic;
pub mod messages;
pub mod rule;
pub mod severity;
