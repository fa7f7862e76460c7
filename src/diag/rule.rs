//! What a rule declares: its stable code, slug, default severity, legal
//! reference, how sure that reference is, and its documentation in both
//! languages. Each rule declares itself in its own file under `rules/`.

use crate::diag::messages::Lang;
use crate::diag::severity::Severity;

#[derive(Debug)]
pub struct Rule {
    /// Stable identifier; never reused for another meaning.
    pub code: &'static str,
    pub slug: &'static str,
    pub severity: Severity,
    /// One line for `kdcl rules`.
    pub summary: &'static str,
    /// What it checks and why.
    pub doc: &'static str,
    /// A plan or roster fragment that triggers it.
    pub example: &'static str,
    /// What to write instead.
    pub fix: &'static str,
    /// `summary` in Vietnamese.
    pub summary_vi: &'static str,
    /// `doc` in Vietnamese.
    pub doc_vi: &'static str,
    /// `example` with its comments in Vietnamese (the TOML or CSV itself
    /// unchanged); empty when there is nothing to translate.
    pub example_vi: &'static str,
    /// `fix` in Vietnamese.
    pub fix_vi: &'static str,
    /// The legal text the rule comes from, when it comes from one.
    pub reference: Option<&'static str>,
    /// How sure the legal fact behind the rule is, for rules that rest on one.
    pub confidence: Option<Confidence>,
}

/// A rule's documentation in one language.
#[derive(Debug, Clone, Copy)]
pub struct RuleText {
    pub summary: &'static str,
    pub doc: &'static str,
    pub example: &'static str,
    pub fix: &'static str,
}

impl Rule {
    /// The documentation in `lang` (English where a Vietnamese text is
    /// missing; a test keeps none missing).
    pub fn text(&self, lang: Lang) -> RuleText {
        let english = RuleText {
            summary: self.summary,
            doc: self.doc,
            example: self.example,
            fix: self.fix,
        };
        match lang {
            Lang::En => english,
            Lang::Vi => {
                let or = |vi: &'static str, en: &'static str| if vi.is_empty() { en } else { vi };
                RuleText {
                    summary: or(self.summary_vi, self.summary),
                    doc: or(self.doc_vi, self.doc),
                    example: or(self.example_vi, self.example),
                    fix: or(self.fix_vi, self.fix),
                }
            }
        }
    }

    /// The documentation in the chosen language.
    pub fn localized(&self) -> RuleText {
        self.text(crate::diag::messages::lang())
    }
}

/// How sure a fact of the circulars is (the marks of the circulars digest).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confidence {
    /// [C] confirmed in a published text of the article.
    Confirmed,
    /// [I] inferred from confirmed facts.
    Inferred,
    /// [M] recalled, not confirmed: kept as data that is easy to correct.
    Recalled,
}

impl Confidence {
    pub fn describe(self) -> String {
        match self {
            Confidence::Confirmed => crate::msg!(CONFIDENCE_CONFIRMED),
            Confidence::Inferred => crate::msg!(CONFIDENCE_INFERRED),
            Confidence::Recalled => crate::msg!(CONFIDENCE_RECALLED),
        }
        .render()
    }
}

impl Rule {
    /// What a rule states when it does not say otherwise.
    pub const DEFAULT: Rule = Rule {
        code: "",
        slug: "",
        severity: Severity::Error,
        summary: "",
        doc: "",
        example: "",
        fix: "",
        summary_vi: "",
        doc_vi: "",
        example_vi: "",
        fix_vi: "",
        reference: None,
        confidence: None,
    };
}

crate::texts! {
    pub(crate) CONFIDENCE_CONFIRMED = "confidence-confirmed" {
        "confirmed in a published text of the article",
        "đã xác nhận theo văn bản được công bố của điều khoản",
    }
    pub(crate) CONFIDENCE_INFERRED = "confidence-inferred" {
        "inferred from confirmed facts of the circulars",
        "suy ra từ các quy định đã xác nhận của thông tư",
    }
    pub(crate) CONFIDENCE_RECALLED = "confidence-recalled" {
        "UNCONFIRMED: recalled, not found in a published text; treat findings as a prompt to check the text",
        "CHƯA XÁC NHẬN: ghi theo trí nhớ, chưa tìm thấy trong văn bản đã công bố; coi phát hiện là lời nhắc đối chiếu lại văn bản",
    }
}
