//! How continuity findings show an earlier recognition: its level, and the
//! plan or roster that made it (KD501–KD503).

crate::texts! {
    pub(crate) RECOGNISED_AT = "recognised-at" {
        "recognised in {made}: {place}",
        "công nhận năm {made}: {place}",
    }
}

/// The level, or "?" when the source does not say.
pub fn level_text(level: Option<u8>) -> String {
    level.map_or_else(|| "?".to_string(), |l| l.to_string())
}
