//! The figures offices report upward, as data: summary, diff, due,
//! assess, and the draft of next year's plan. Nothing here is drawn:
//! `render/` writes these as text.

pub mod assess;
pub mod diff;
pub mod due;
pub mod new_plan;
pub mod summary;
