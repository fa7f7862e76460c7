//! clap's command-line errors in Vietnamese: clap writes its errors in
//! English only, so for `--lang vi` (or a Vietnamese environment) kdcl says
//! each one a user can reach itself, from the error's context (what was
//! typed, what is near it, the usage line). Kinds kdcl's command line
//! cannot raise (`NoEquals`, `TooFewValues`, `WrongNumberOfValues`,
//! `MissingSubcommand`, clap's own `Io` and `Format`) stay clap's.

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::diag::messages::Message;
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
    let mut tips: Vec<Message> = Vec::new();
    let error = match e.kind() {
        ErrorKind::InvalidSubcommand => {
            tips.extend(
                get(ContextKind::SuggestedSubcommand).map(|s| msg!(NEAREST_COMMAND, command = s)),
            );
            msg!(
                UNKNOWN_COMMAND,
                typed = get(ContextKind::InvalidSubcommand)?
            )
        }
        ErrorKind::UnknownArgument => {
            let typed = get(ContextKind::InvalidArg)?;
            tips.extend(get(ContextKind::SuggestedArg).map(|s| msg!(NEAREST_OPTION, option = s)));
            if typed.starts_with('-') {
                msg!(UNKNOWN_OPTION, typed = typed)
            } else {
                // A word where no more are taken: `kdcl explain KD001 KD002`.
                msg!(UNEXPECTED_VALUE, typed = typed)
            }
        }
        ErrorKind::MissingRequiredArgument => msg!(MISSING, args = get(ContextKind::InvalidArg)?),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let arg = get(ContextKind::InvalidArg)?;
            let value = get(ContextKind::InvalidValue)?;
            tips.extend(get(ContextKind::SuggestedValue).map(|v| msg!(NEAREST_VALUE, value = v)));
            tips.extend(
                get(ContextKind::ValidValue)
                    .filter(|v| !v.is_empty())
                    .map(|v| msg!(VALID_VALUES, values = v)),
            );
            if value.is_empty() {
                msg!(VALUE_MISSING, arg = arg)
            } else {
                msg!(INVALID_VALUE, value = value, arg = arg)
            }
        }
        ErrorKind::ArgumentConflict => {
            let arg = get(ContextKind::InvalidArg)?;
            match e.get(ContextKind::PriorArg) {
                Some(ContextValue::String(prior)) if *prior == arg => msg!(TWICE, arg = arg),
                Some(ContextValue::None) | None => msg!(CONFLICT_OTHERS, arg = arg),
                _ => msg!(CONFLICT, arg = arg, other = get(ContextKind::PriorArg)?),
            }
        }
        ErrorKind::TooManyValues => msg!(
            TOO_MANY,
            value = get(ContextKind::InvalidValue)?,
            arg = get(ContextKind::InvalidArg)?
        ),
        ErrorKind::InvalidUtf8 => msg!(NOT_UTF8),
        _ => return None,
    };
    if let Some(ContextValue::StyledStrs(suggested)) = e.get(ContextKind::Suggested) {
        tips.extend(suggested.iter().map(|s| suggestion(&s.to_string())));
    }
    let mut out = format!("{}: {}\n", msg!(ERROR).render(), error.render());
    if !tips.is_empty() {
        out.push('\n');
        for tip in tips {
            out.push_str(&format!("  {}: {}\n", msg!(TIP).render(), tip.render()));
        }
    }
    if let Some(usage) = get(ContextKind::Usage) {
        // clap's usage line begins "Usage:"; the Vietnamese help says "Cách dùng:".
        let usage = usage.trim_start_matches("Usage:").trim();
        out.push_str(&format!("\n{} {usage}\n", msg!(USAGE).render()));
    }
    out.push_str(&format!("\n{}\n", msg!(MORE).render()));
    Some(out)
}

/// One of clap's written tips, said again from the names it quotes; one
/// kdcl does not know is kept as clap wrote it.
fn suggestion(text: &str) -> Message {
    let quoted: Vec<&str> = text.split('\'').skip(1).step_by(2).collect();
    match quoted[..] {
        [typed, write] if text.starts_with("to pass ") => {
            msg!(TIP_AS_VALUE, typed = typed, write = write)
        }
        [command, _] if text.starts_with("subcommand ") => {
            msg!(TIP_DOUBLE_DASH, command = command)
        }
        [option] if text.ends_with("' exists") => msg!(TIP_OPTION_OF, option = option),
        _ => msg!(TIP_AS_WRITTEN, text = text),
    }
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
    pub(crate) UNEXPECTED_VALUE = "cli-unexpected-value" {
        "this command takes nothing more: '{typed}' is one word too many",
        "lệnh này không nhận thêm gì nữa: '{typed}' bị thừa",
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
    pub(crate) VALUE_MISSING = "cli-value-missing" {
        "{arg} needs a value after it",
        "cần ghi một giá trị sau {arg}",
    }
    pub(crate) NEAREST_VALUE = "cli-nearest-value" {
        "did you mean '{value}'?",
        "có phải ý bạn là '{value}'?",
    }
    pub(crate) VALID_VALUES = "cli-valid-values" {
        "write one of: {values}",
        "hãy ghi một trong các giá trị: {values}",
    }
    pub(crate) TWICE = "cli-twice" {
        "{arg} is given twice: write it once",
        "{arg} được ghi hai lần: chỉ ghi một lần",
    }
    pub(crate) CONFLICT = "cli-conflict" {
        "{arg} cannot be used with {other}: write one of them",
        "không dùng {arg} cùng với {other}: chỉ ghi một trong hai",
    }
    pub(crate) CONFLICT_OTHERS = "cli-conflict-others" {
        "{arg} cannot be used with the other options given",
        "không dùng {arg} cùng với các tùy chọn đã ghi",
    }
    pub(crate) TOO_MANY = "cli-too-many" {
        "{arg} takes no more values: '{value}' is one too many",
        "{arg} không nhận thêm giá trị: '{value}' bị thừa",
    }
    pub(crate) NOT_UTF8 = "cli-not-utf8" {
        "a word of the command line is not valid text (UTF-8): type it again",
        "một từ trong lệnh không phải là văn bản hợp lệ (UTF-8): hãy gõ lại",
    }
    pub(crate) TIP_AS_VALUE = "cli-tip-as-value" {
        "to pass '{typed}' as a value, write '{write}'",
        "để ghi '{typed}' như một giá trị, hãy viết '{write}'",
    }
    pub(crate) TIP_DOUBLE_DASH = "cli-tip-double-dash" {
        "'{command}' is a command: remove the '--' before it",
        "'{command}' là một lệnh: hãy bỏ '--' phía trước",
    }
    pub(crate) TIP_OPTION_OF = "cli-tip-option-of" {
        "'{option}' exists: write the option after its command",
        "có '{option}': hãy ghi tùy chọn sau tên lệnh của nó",
    }
    pub(crate) TIP_AS_WRITTEN = "cli-tip-as-written" {
        "{text}",
        "{text}",
    }
}

#[cfg(test)]
mod tests {
    use super::suggestion;

    #[test]
    fn clap_tips_are_said_from_the_names_they_quote() {
        let said = |text: &str| suggestion(text).render();
        assert_eq!(
            said("to pass '--ascii' as a value, use '-- --ascii'"),
            "to pass '--ascii' as a value, write '-- --ascii'"
        );
        assert_eq!(
            said("subcommand 'check' exists; to use it, remove the '--' before it"),
            "'check' is a command: remove the '--' before it"
        );
        assert_eq!(
            said("'check --format' exists"),
            "'check --format' exists: write the option after its command"
        );
        // A tip of a later clap kdcl does not know is kept as written.
        assert_eq!(said("something 'new'"), "something 'new'");
    }
}
