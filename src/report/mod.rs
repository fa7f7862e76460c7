//! The figures offices report upward, as data: summary, diff, due,
//! assess, and the draft of next year's plan.

pub mod assess;
pub mod diff;
pub mod due;
pub mod new_plan;
pub mod summary;
