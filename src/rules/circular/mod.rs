//! What the circulars allow each action: basis, levels, terms, waits, ages, issuers.

pub mod accreditation_below_standard;
pub mod accreditation_raise_too_soon;
pub mod basis_circular_missing;
pub mod district_issuer_after_reform;
pub mod new_but_recognised;
pub mod raise_not_from_level_1;
pub mod raise_too_soon;
pub mod renew_not_held;
pub mod renew_too_early;
pub mod renewal_after_expiry;
pub mod renewal_registration_late;
pub mod school_too_young;
