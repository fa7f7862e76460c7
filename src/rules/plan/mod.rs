//! Reading a plan and its header: syntax, keys, values, years, deadlines, waves.

pub mod due_before_year;
pub mod duplicate_wave;
pub mod empty_plan;
pub mod invalid_due;
pub mod invalid_value;
pub mod missing_key;
pub mod toml_syntax;
pub mod unknown_key;
pub mod unreadable_file;
pub mod year_mismatch;
