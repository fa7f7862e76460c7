//! kdcl: checks Vietnamese school accreditation and national-standard
//! recognition plans (kế hoạch KĐCLGD và công nhận trường đạt chuẩn quốc gia).

pub mod afterstate;
pub mod assess;
pub mod check;
pub mod checks;
pub mod circular;
pub mod cli;
pub mod collate;
pub mod commands;
pub mod continuity;
pub mod diagnostic;
pub mod diff;
pub mod discover;
pub mod due;
pub mod encoding;
pub mod evaluation;
pub mod history;
pub mod init;
pub mod kind;
pub mod limits;
pub mod messages;
pub mod messages_vi;
pub mod name;
pub mod new_plan;
pub mod plan;
pub mod render;
pub mod roster;
pub mod rules;
pub mod schema;
pub mod settings;
pub mod source;
pub mod spreadsheet;
pub mod summary;
pub mod suppress;
pub mod table;
pub mod tomlwalk;
