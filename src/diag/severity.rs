//! How serious a finding is.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Note,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }

    /// The severity's word in the chosen language, for people (`as_str` is
    /// the stable name for tools).
    pub fn name(self) -> String {
        match self {
            Severity::Error => crate::msg!(SEVERITY_ERROR),
            Severity::Warning => crate::msg!(SEVERITY_WARNING),
            Severity::Note => crate::msg!(SEVERITY_NOTE),
        }
        .render()
    }
}

crate::texts! {
    pub(crate) SEVERITY_ERROR = "severity-error" {
        "error",
        "lỗi",
    }
    pub(crate) SEVERITY_WARNING = "severity-warning" {
        "warning",
        "cảnh báo",
    }
    pub(crate) SEVERITY_NOTE = "severity-note" {
        "note",
        "lưu ý",
    }
}
