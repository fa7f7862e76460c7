//! Counting targets against the schools a plan lists, and the after-state.

pub mod after_state_mismatch;
pub mod after_state_unchecked;
pub mod school_kind_unknown;
pub mod school_list_missing;
pub mod target_count_mismatch;
pub mod target_kind_mismatch;
pub mod target_parts_mismatch;
pub mod unknown_wave;
pub mod wave_count_mismatch;
pub mod wave_outside_year;
