//! An area's plans across years: renewals, repeated recognitions, levels, rosters.

pub mod across_years;
pub mod level_lowered;
pub mod new_while_recognised;
pub mod renewal_not_planned;
pub mod school_left_roster;
