//! `[[allow]]` entries: reasons, expiry, use.

pub mod allow_expired;
pub mod allow_unused;
pub mod allow_without_reason;
