//! What a plan entry asks of a school, in Mức: the target KD424 and KD429
//! judge, and `kdcl assess` shows.

use crate::diag::diagnostic::Message;
use crate::model::evaluation::engine;
use crate::model::plan::{Action, Entry};
use crate::model::roster::School;
use crate::msg;
use crate::text::source::Span;

/// What a plan entry asks of a school, in Mức.
pub struct Target {
    /// The Mức the target needs.
    pub needed: u8,
    /// "national-standard level 2", "accreditation level 3".
    pub what: Message,
    /// Where the target is written (the `level` or `accreditation` value, or the action).
    pub span: Span,
    /// Why the target is what it is, when the entry does not write it.
    pub implied: Option<Message>,
    /// Whether it is a national-standard target (else an accreditation target).
    pub standard: bool,
}

/// The target an entry sets: its `level` (or what its action implies) and
/// its `accreditation`, whichever needs more.
pub fn target(entry: &Entry, school: &School) -> Option<Target> {
    let action = entry.action.as_ref();
    let standard = match (&entry.level, action.map(|a| a.value)) {
        (Some(level), _) => Some((level.value as u8, level.span.clone(), None)),
        (None, Some(Action::Raise)) => Some((
            2,
            action?.span.clone(),
            Some(msg!(EVALUATION_IMPLIED_RAISE)),
        )),
        (None, Some(Action::New)) => {
            Some((1, action?.span.clone(), Some(msg!(EVALUATION_IMPLIED_NEW))))
        }
        (None, Some(Action::Renew)) => {
            let level = school.standard_level.unwrap_or(1);
            let why = match school.standard_level {
                Some(level) => msg!(EVALUATION_IMPLIED_RENEW, level = level),
                None => msg!(EVALUATION_IMPLIED_NEW),
            };
            Some((level, action?.span.clone(), Some(why)))
        }
        _ => None,
    }
    .map(|(level, span, implied)| Target {
        needed: engine::needed_for_standard(level),
        what: msg!(EVALUATION_TARGET_STANDARD, level = level),
        span,
        implied,
        standard: true,
    });
    let accreditation = match (&entry.accreditation, action.map(|a| a.value)) {
        (Some(level), _) => Some((level.value as u8, level.span.clone(), None)),
        (None, Some(Action::Accredit)) => Some((
            1,
            action?.span.clone(),
            Some(msg!(EVALUATION_IMPLIED_ACCREDIT)),
        )),
        _ => None,
    }
    .map(|(level, span, implied)| Target {
        needed: level,
        what: msg!(EVALUATION_TARGET_ACCREDITATION, level = level),
        span,
        implied,
        standard: false,
    });
    match (standard, accreditation) {
        (Some(s), Some(a)) if a.needed > s.needed => Some(a),
        (Some(s), _) => Some(s),
        (None, a) => a,
    }
}

crate::texts! {
    pub(crate) EVALUATION_IMPLIED_RAISE = "evaluation-implied-raise" {
        "the entry writes no `level`: raising (nâng mức độ) asks for national-standard level 2",
        "mục này không ghi `level`: nâng mức độ là đề nghị đạt chuẩn quốc gia mức độ 2",
    }
    pub(crate) EVALUATION_IMPLIED_NEW = "evaluation-implied-new" {
        "the entry writes no `level`: a recognition needs at least national-standard level 1",
        "mục này không ghi `level`: công nhận đạt chuẩn quốc gia cần ít nhất mức độ 1",
    }
    pub(crate) EVALUATION_IMPLIED_RENEW = "evaluation-implied-renew" {
        "the entry writes no `level`: a renewal keeps the level the roster gives ({level})",
        "mục này không ghi `level`: công nhận lại giữ nguyên mức độ ghi trong danh sách trường ({level})",
    }
    pub(crate) EVALUATION_IMPLIED_ACCREDIT = "evaluation-implied-accredit" {
        "the entry writes no `accreditation`: accreditation needs at least level 1 (cấp độ 1)",
        "mục này không ghi `accreditation`: kiểm định cần đạt ít nhất cấp độ 1",
    }
    pub(crate) EVALUATION_TARGET_STANDARD = "evaluation-target-standard" {
        "national-standard level {level} (mức độ {level})",
        "đạt chuẩn quốc gia mức độ {level}",
    }
    pub(crate) EVALUATION_TARGET_ACCREDITATION = "evaluation-target-accreditation" {
        "accreditation level {level} (cấp độ {level})",
        "kiểm định chất lượng giáo dục cấp độ {level}",
    }
}
