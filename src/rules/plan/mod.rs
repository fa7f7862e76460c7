//! Reading a plan and its header: syntax, keys, values, years, deadlines,
//! waves. KD001–KD005, KD007 and KD010 are found by the readers
//! (`load/plan.rs`, `load/tomlwalk.rs`, `load/files.rs`, `load/settings.rs`,
//! which read kdcl.toml too); their files here hold their declaration and
//! their sentences, which the readers say.

pub mod due_before_year;
pub mod duplicate_wave;
pub mod empty_plan;
pub mod invalid_due;
pub mod invalid_value;
pub mod missing_key;
pub mod toml_syntax;
pub mod unknown_key;
pub mod unreadable_file;
pub mod year_mismatch;

use crate::diag::diagnostic::Sink;
use crate::rules::context::PlanContext;

/// The plan's own coherence once it is read: KD006, KD008. (KD001–KD005,
/// KD007 and KD010 are found while reading it; KD009 where the targets
/// family walks the waves.)
pub fn check(ctx: &PlanContext<'_>, sink: &mut Sink) {
    year_mismatch::check(ctx.plan, ctx.file_year, sink);
    year_mismatch::check_period(ctx.plan, ctx.file_period, sink);
    due_before_year::check(ctx.plan, sink);
}
