//! kdcl: checks Vietnamese school accreditation and national-standard
//! recognition plans (kế hoạch KĐCLGD và công nhận trường đạt chuẩn quốc gia).
//!
//! Layers, lowest first; a layer uses only the ones before it:
//! `text` → `diag` → `model` → `rules` → `load` → `engine` → `report` →
//! `render` → `commands`. docs/architecture.md draws them.

// A sentence declared with `texts!` and never said, like any unused item,
// stops the build: `cargo test` fails, not only clippy.
#![deny(dead_code)]

pub mod commands;
pub mod diag;
pub mod engine;
pub mod load;
pub mod model;
pub mod render;
pub mod report;
pub mod rules;
pub mod text;
