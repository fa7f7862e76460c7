//! kdcl: checks Vietnamese school accreditation and national-standard
//! recognition plans (kế hoạch KĐCLGD và công nhận trường đạt chuẩn quốc gia).

pub mod check;
pub mod checks;
pub mod circular;
pub mod cli;
pub mod diagnostic;
pub mod discover;
pub mod encoding;
pub mod kind;
pub mod limits;
pub mod messages;
pub mod name;
pub mod plan;
pub mod render;
pub mod roster;
pub mod rules;
pub mod source;
pub mod spreadsheet;
pub mod tomlwalk;
