//! clap's command-line errors in Vietnamese: clap writes its errors in
//! English only, so for `--lang vi` (or a Vietnamese environment) kdcl says
//! the common ones itself, from the error's context (what was typed, what
//! is near it, the usage line). Errors it does not know stay clap's.

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::msg;

/// The Vietnamese text of `e`, or `None` to let clap print its own.
pub fn vietnamese(e: &clap::Error) -> Option<String> {
    let get = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => Some(v.join(", ")),
        Some(ContextValue::StyledStr(s)) => Some(s.to_string()),
        Some(ContextValue::StyledStrs(v)) => Some(
            v.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        _ => None,
    };
    let mut out = String::new();
    let (error, tip) = match e.kind() {
        ErrorKind::InvalidSubcommand => (
            msg!(
                UNKNOWN_COMMAND,
                typed = get(ContextKind::InvalidSubcommand)?
            ),
            get(ContextKind::SuggestedSubcommand).map(|s| msg!(NEAREST_COMMAND, command = s)),
        ),
        ErrorKind::UnknownArgument => (
            msg!(UNKNOWN_OPTION, typed = get(ContextKind::InvalidArg)?),
            get(ContextKind::SuggestedArg).map(|s| msg!(NEAREST_OPTION, option = s)),
        ),
        ErrorKind::MissingRequiredArgument => {
            (msg!(MISSING, args = get(ContextKind::InvalidArg)?), None)
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => (
            msg!(
                INVALID_VALUE,
                value = get(ContextKind::InvalidValue)?,
                arg = get(ContextKind::InvalidArg)?
            ),
            get(ContextKind::ValidValue).map(|v| msg!(VALID_VALUES, values = v)),
        ),
        _ => return None,
    };
    out.push_str(&format!("{}: {}\n", msg!(ERROR).render(), error.render()));
    if let Some(tip) = tip {
        out.push_str(&format!("\n  {}: {}\n", msg!(TIP).render(), tip.render()));
    }
    if let Some(usage) = get(ContextKind::Usage) {
        // clap's usage line begins "Usage:"; the Vietnamese help says "Cách dùng:".
        let usage = usage.trim_start_matches("Usage:").trim();
        out.push_str(&format!("\n{} {usage}\n", msg!(USAGE).render()));
    }
    out.push_str(&format!("\n{}\n", msg!(MORE).render()));
    Some(out)
}

crate::texts! {
    pub(crate) ERROR = "cli-error" {
        "error",
        "lỗi",
    }
    pub(crate) TIP = "cli-tip" {
        "tip",
        "gợi ý",
    }
    pub(crate) USAGE = "cli-usage" {
        "Usage:",
        "Cách dùng:",
    }
    pub(crate) MORE = "cli-more" {
        "For more information, try '--help'.",
        "Xem hướng dẫn đầy đủ: thêm '--help' vào lệnh.",
    }
    pub(crate) UNKNOWN_COMMAND = "cli-unknown-command" {
        "kdcl has no command '{typed}'",
        "kdcl không có lệnh '{typed}'",
    }
    pub(crate) NEAREST_COMMAND = "cli-nearest-command" {
        "did you mean '{command}'?",
        "có phải ý bạn là lệnh '{command}'?",
    }
    pub(crate) UNKNOWN_OPTION = "cli-unknown-option" {
        "this command has no option '{typed}'",
        "lệnh này không có tùy chọn '{typed}'",
    }
    pub(crate) NEAREST_OPTION = "cli-nearest-option" {
        "did you mean '{option}'?",
        "có phải ý bạn là tùy chọn '{option}'?",
    }
    pub(crate) MISSING = "cli-missing" {
        "this command needs {args}",
        "lệnh này cần có {args}",
    }
    pub(crate) INVALID_VALUE = "cli-invalid-value" {
        "'{value}' is not a valid value for {arg}",
        "'{value}' không phải là giá trị hợp lệ của {arg}",
    }
    pub(crate) VALID_VALUES = "cli-valid-values" {
        "write one of: {values}",
        "hãy ghi một trong các giá trị: {values}",
    }
}
