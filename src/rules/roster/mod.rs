//! Reading rosters: files, columns, values, encodings, workbooks. The
//! readers find these (`load/roster/`, `load/files.rs`, and the engine
//! where it places a plan's roster); each rule's file here holds its
//! declaration and its sentences, which the readers say.

pub mod code_scientific_notation;
pub mod csv_syntax;
pub mod duplicate_code;
pub mod legacy_font_encoding;
pub mod nesting_too_deep;
pub mod roster_invalid_value;
pub mod roster_missing_column;
pub mod roster_not_found;
pub mod roster_outside_repository;
pub mod roster_rows_skipped;
pub mod sheet_not_found;
pub mod unknown_column;
