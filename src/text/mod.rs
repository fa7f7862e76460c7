//! Text with no knowledge of plans: files with line tables, encodings,
//! Vietnamese collation.

pub mod case;
pub mod clean;
pub mod collate;
pub mod encoding;
pub mod path;
pub mod size;
pub mod source;
pub mod words;
