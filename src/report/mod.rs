//! The figures offices report upward, as data: summary, diff, due,
//! assess, and the draft of next year's plan. Nothing here is drawn:
//! `render/` writes these as text.

pub mod assess;
pub mod diff;
pub mod due;
pub mod new_plan;
pub mod summary;

use serde::Serialize;

/// An area and the years of its plans: one without a plan in the year a
/// summary is of, or one `kdcl diff` could not compare.
#[derive(Debug, Clone, Serialize)]
pub struct AreaYears {
    pub area: String,
    pub province: String,
    pub years: Vec<i32>,
}
