//! Files in, model out: discovery, limits, settings, and the readers of
//! plans, rosters, workbooks and self-evaluations.

pub mod counts;
pub mod csvfile;
pub mod discover;
pub mod document;
pub mod evaluation;
pub mod files;
pub mod habits;
pub mod limits;
pub mod misnamed;
pub mod plan;
pub mod reading;
pub mod roster;
pub mod settings;
pub mod spreadsheet;
pub mod syntax;
pub mod tomlwalk;
pub mod vndate;
