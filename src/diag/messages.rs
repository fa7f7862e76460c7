//! The sentences kdcl says, in English and Vietnamese. Each is a [`Text`]
//! declared with [`texts!`](crate::texts) beside the code that says it (a
//! rule's sentences in the rule's file); code names the `static`, so a
//! missing sentence does not compile and an unused one is a dead-code
//! warning, which CI refuses. Every `texts!` block tests its own sentences:
//! Vietnamese present, in NFC, with the same placeholders as the English.
//!
//! Placeholders: `{name}` is replaced by the argument; `{name:one/many}` is
//! replaced by `one` when the argument is 1 and by `many` otherwise.
//!
//! The language is chosen once per process ([`set_lang`], from `--lang` or
//! the environment: [`Lang::from_env`]) and every [`render`] uses it.

use std::sync::atomic::{AtomicU8, Ordering};

use unicode_normalization::UnicodeNormalization;

/// The languages kdcl speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Vi,
}

static CURRENT: AtomicU8 = AtomicU8::new(0);

/// Sets the language of every message rendered from now on.
pub fn set_lang(lang: Lang) {
    CURRENT.store(lang as u8, Ordering::Relaxed);
}

/// The language messages are rendered in (English until [`set_lang`]).
pub fn lang() -> Lang {
    if CURRENT.load(Ordering::Relaxed) == Lang::Vi as u8 {
        Lang::Vi
    } else {
        Lang::En
    }
}

impl Lang {
    /// A language name or a locale: `vi`, `VI`, `vi_VN.UTF-8`, `vi-VN` are
    /// Vietnamese; `en`, `en_US.UTF-8` English; anything else is not known.
    pub fn parse(value: &str) -> Option<Lang> {
        let code: String = value
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect::<String>()
            .to_ascii_lowercase();
        match code.as_str() {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language when `--lang` is not given, from the values of the
    /// environment variables `KDCL_LANG`, `LC_ALL`, `LC_MESSAGES` and `LANG`
    /// (`None` when unset; an empty value counts as unset).
    ///
    /// `KDCL_LANG` (`vi` or `en`) wins; an unknown value is ignored. Then the
    /// locale, with POSIX precedence: the first of `LC_ALL`, `LC_MESSAGES`,
    /// `LANG` that is set decides, Vietnamese for a `vi` locale
    /// (`vi_VN.UTF-8`) and English for any other (`C`, `en_US.UTF-8`).
    /// Nothing set: English.
    pub fn from_env(
        kdcl_lang: Option<&str>,
        lc_all: Option<&str>,
        lc_messages: Option<&str>,
        lang: Option<&str>,
    ) -> Lang {
        fn set(v: Option<&str>) -> Option<&str> {
            v.filter(|v| !v.trim().is_empty())
        }
        if let Some(chosen) = set(kdcl_lang).and_then(Lang::parse) {
            return chosen;
        }
        match [lc_all, lc_messages, lang].into_iter().find_map(set) {
            Some(locale) if Lang::parse(locale) == Some(Lang::Vi) => Lang::Vi,
            _ => Lang::En,
        }
    }

    /// [`Lang::from_env`] on this process's environment.
    pub fn from_process_env() -> Lang {
        let var = |name| std::env::var(name).ok();
        Lang::from_env(
            var("KDCL_LANG").as_deref(),
            var("LC_ALL").as_deref(),
            var("LC_MESSAGES").as_deref(),
            var("LANG").as_deref(),
        )
    }
}

/// A sentence and the values of its `{placeholders}`.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    pub text: &'static Text,
    pub args: Vec<(&'static str, String)>,
}

impl Message {
    /// The sentence, in NFC whatever form the plan's text was in (the output
    /// contract promises NFC, and terminals draw composed letters best).
    pub fn render(&self) -> String {
        let text = render(self.text, &self.args);
        // The quick check settles nearly every sentence without composing it again.
        if unicode_normalization::is_nfc_quick(text.chars())
            == unicode_normalization::IsNormalized::Yes
        {
            return text;
        }
        text.nfc().collect()
    }
}

/// `msg!(TEXT, name = value, …)` builds a [`Message`] from a sentence
/// declared with `texts!`; values go through `to_string`.
#[macro_export]
macro_rules! msg {
    ($text:expr $(, $k:ident = $v:expr)* $(,)?) => {
        $crate::diag::messages::Message {
            text: &$text,
            args: vec![$((stringify!($k), ($v).to_string())),*],
        }
    };
}

/// One sentence in both languages, with a stable id for people who
/// search the code for it.
#[derive(Debug, PartialEq, Eq)]
pub struct Text {
    pub id: &'static str,
    pub en: &'static str,
    pub vi: &'static str,
}

impl Text {
    pub fn template(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Vi => self.vi,
        }
    }
}

/// Declares sentences: `NAME = "id" { "English", "Vietnamese", }`, one
/// block per module, and a test of the block.
#[macro_export]
macro_rules! texts {
    ($($vis:vis $name:ident = $id:literal { $en:expr, $vi:expr $(,)? })*) => {
        $(
            #[allow(clippy::needless_pub_self)]
            $vis static $name: $crate::diag::messages::Text =
                $crate::diag::messages::Text { id: $id, en: $en, vi: $vi };
        )*
        #[cfg(test)]
        #[test]
        fn texts_are_in_both_languages() {
            $crate::diag::messages::check_texts(&[$(&$name),*]);
        }
    };
}

/// Fills a template's placeholders from `args`, in the chosen language.
pub fn render(text: &Text, args: &[(&str, String)]) -> String {
    render_in(lang(), text, args)
}

/// Fills a template of `lang` from `args`. The values come from plans and
/// rosters: characters a terminal would obey (ESC, BEL, C1 controls …) are
/// shown as � in every format.
pub fn render_in(lang: Lang, text: &Text, args: &[(&str, String)]) -> String {
    let template = text.template(lang);
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let inner = &rest[open + 1..open + close];
        let (name, forms) = match inner.split_once(':') {
            Some((name, forms)) => (name, Some(forms)),
            None => (inner, None),
        };
        match (args.iter().find(|(k, _)| *k == name), forms) {
            (Some((_, value)), None) => out.push_str(&crate::text::clean::for_terminal(value)),
            (Some((_, value)), Some(forms)) => {
                let (one, many) = forms.split_once('/').unwrap_or((forms, forms));
                out.push_str(if value == "1" { one } else { many });
            }
            (None, _) => out.push_str(&rest[open..=open + close]),
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out
}

/// What every `texts!` block tests: Vietnamese present and in NFC, the same
/// placeholders in both languages, ids unique within the block.
#[cfg(test)]
pub fn check_texts(texts: &[&Text]) {
    use std::collections::{BTreeSet, HashSet};
    use unicode_normalization::UnicodeNormalization;
    fn placeholders(template: &str) -> BTreeSet<&str> {
        template
            .split('{')
            .skip(1)
            .filter_map(|s| s.split_once('}'))
            .map(|(inner, _)| inner.split(':').next().unwrap_or(inner))
            .collect()
    }
    let mut ids = HashSet::new();
    for t in texts {
        assert!(ids.insert(t.id), "{} is declared twice", t.id);
        assert!(!t.en.trim().is_empty(), "{}: empty English", t.id);
        assert!(!t.vi.trim().is_empty(), "{}: empty Vietnamese", t.id);
        let nfc: String = t.vi.nfc().collect();
        assert_eq!(t.vi, nfc, "{} is not NFC", t.id);
        assert_eq!(
            placeholders(t.en),
            placeholders(t.vi),
            "{}: the placeholders differ\n  en: {}\n  vi: {}",
            t.id,
            t.en,
            t.vi
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static SAMPLE: Text = Text {
        id: "sample",
        en: "targets.total says {stated} but {counted} {counted:school is/schools are} listed ({other})",
        vi: "chỉ tiêu ghi {stated} nhưng có {counted} trường ({other})",
    };

    #[test]
    fn placeholders_and_plurals() {
        let one = [("stated", "2".to_string()), ("counted", "1".to_string())];
        let many = [("stated", "2".to_string()), ("counted", "3".to_string())];
        assert_eq!(
            render_in(Lang::En, &SAMPLE, &one),
            "targets.total says 2 but 1 school is listed ({other})"
        );
        assert_eq!(
            render_in(Lang::En, &SAMPLE, &many),
            "targets.total says 2 but 3 schools are listed ({other})"
        );
        assert_eq!(
            render_in(Lang::Vi, &SAMPLE, &one),
            "chỉ tiêu ghi 2 nhưng có 1 trường ({other})"
        );
    }

    /// KDCL_LANG, then the locale with POSIX precedence (LC_ALL over
    /// LC_MESSAGES over LANG), then English.
    #[test]
    fn language_from_the_environment() {
        use Lang::{En, Vi};
        let env = |k, a, m, l| Lang::from_env(k, a, m, l);
        // Nothing set, or the C locale: English.
        assert_eq!(env(None, None, None, None), En);
        assert_eq!(env(None, None, None, Some("C")), En);
        assert_eq!(env(None, Some("C.UTF-8"), None, None), En);
        assert_eq!(env(None, None, None, Some("POSIX")), En);
        // A Vietnamese locale.
        assert_eq!(env(None, None, None, Some("vi_VN.UTF-8")), Vi);
        assert_eq!(env(None, None, None, Some("vi_VN")), Vi);
        assert_eq!(env(None, None, None, Some("vi")), Vi);
        assert_eq!(env(None, Some("vi_VN.UTF-8"), None, None), Vi);
        assert_eq!(env(None, None, Some("vi_VN.UTF-8"), None), Vi);
        assert_eq!(env(None, None, None, Some("en_US.UTF-8")), En);
        // LC_ALL overrides LC_MESSAGES and LANG, whichever way.
        assert_eq!(env(None, Some("C"), None, Some("vi_VN.UTF-8")), En);
        assert_eq!(
            env(None, Some("vi_VN.UTF-8"), None, Some("en_US.UTF-8")),
            Vi
        );
        assert_eq!(env(None, None, Some("C"), Some("vi_VN.UTF-8")), En);
        assert_eq!(env(None, Some("vi_VN.UTF-8"), Some("C"), None), Vi);
        // An empty value counts as unset.
        assert_eq!(env(None, Some(""), None, Some("vi_VN.UTF-8")), Vi);
        assert_eq!(env(Some(""), None, None, Some("vi_VN.UTF-8")), Vi);
        // KDCL_LANG overrides the locale, whichever way.
        assert_eq!(env(Some("vi"), Some("C"), None, Some("en_US.UTF-8")), Vi);
        assert_eq!(
            env(Some("en"), Some("vi_VN.UTF-8"), None, Some("vi_VN")),
            En
        );
        assert_eq!(env(Some("VI"), None, None, None), Vi);
        assert_eq!(env(Some("vi_VN.UTF-8"), None, None, None), Vi);
        // An unknown KDCL_LANG is ignored.
        assert_eq!(env(Some("fr"), None, None, Some("vi_VN.UTF-8")), Vi);
        assert_eq!(env(Some("fr"), None, None, None), En);
        // Not a `vi` prefix of something else.
        assert_eq!(env(None, None, None, Some("vietnam")), En);
    }
}
