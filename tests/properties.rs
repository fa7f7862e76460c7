//! Property tests of name matching and of the legacy-font detector, on
//! Vietnamese names generated from real syllable parts.

use kdcl::model::name;
use kdcl::text::encoding::{self, Legacy};
use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;

const INITIALS: &[&str] = &[
    "", "b", "c", "ch", "d", "đ", "g", "gi", "h", "kh", "l", "m", "n", "ng", "nh", "ph", "qu", "s",
    "t", "th", "tr", "v", "x",
];
/// Vowel clusters, each with the index of the vowel that carries the tone
/// in the new style and, for the three clusters whose old style differs
/// when no consonant follows (hoà / hòa), in the old style.
const CLUSTERS: &[(&str, usize, Option<usize>)] = &[
    ("a", 0, None),
    ("ă", 0, None),
    ("â", 0, None),
    ("e", 0, None),
    ("ê", 0, None),
    ("i", 0, None),
    ("o", 0, None),
    ("ô", 0, None),
    ("ơ", 0, None),
    ("u", 0, None),
    ("ư", 0, None),
    ("ai", 0, None),
    ("ao", 0, None),
    ("âu", 0, None),
    ("iê", 1, None),
    ("ươ", 1, None),
    ("uô", 1, None),
    ("oa", 0, Some(1)),
    ("oe", 0, Some(1)),
    ("uy", 0, Some(1)),
];
const FINALS: &[&str] = &["", "n", "ng", "c", "t", "nh", "m"];
const TONES: &[Option<char>] = &[
    None,
    Some('\u{300}'),
    Some('\u{301}'),
    Some('\u{303}'),
    Some('\u{309}'),
    Some('\u{323}'),
];

/// Words that start a school type; a body made of them would be read as one.
const TYPE_WORDS: &[&str] = &[
    "mầm",
    "mẫu",
    "nhà",
    "tiểu",
    "trung",
    "trường",
    "th",
    "mn",
    "mg",
    "nt",
    "thcs",
    "thpt",
];

#[derive(Debug, Clone)]
struct Syllable {
    initial: &'static str,
    cluster: (&'static str, usize, Option<usize>),
    finale: &'static str,
    tone: Option<char>,
}

impl Syllable {
    /// The syllable with its tone on the vowel `at`, in NFC.
    fn with_tone_at(&self, at: usize) -> String {
        let mut out = String::from(self.initial);
        for (i, v) in self.cluster.0.chars().enumerate() {
            out.push(v);
            if i == at
                && let Some(t) = self.tone
            {
                out.push(t);
            }
        }
        out.push_str(self.finale);
        out.nfc().collect()
    }

    fn new_style(&self) -> String {
        self.with_tone_at(self.cluster.1)
    }

    fn old_style(&self) -> String {
        match self.cluster.2 {
            Some(old) if self.finale.is_empty() => self.with_tone_at(old),
            _ => self.new_style(),
        }
    }
}

fn syllable() -> impl Strategy<Value = Syllable> {
    (
        prop::sample::select(INITIALS),
        prop::sample::select(CLUSTERS),
        prop::sample::select(FINALS),
        prop::sample::select(TONES),
    )
        .prop_map(|(initial, cluster, finale, tone)| Syllable {
            initial,
            cluster,
            finale,
            tone,
        })
        .prop_filter("not a word that starts a school type", |s| {
            !TYPE_WORDS.contains(&s.new_style().as_str())
        })
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// (long prefix, short prefix) of each school type.
const KINDS: &[(&str, &str)] = &[
    ("Mầm non", "MN"),
    ("Mẫu giáo", "MG"),
    ("Nhà trẻ", "NT"),
    ("Tiểu học", "TH"),
    ("Trung học cơ sở", "THCS"),
    ("Trung học phổ thông", "THPT"),
    ("Tiểu học và Trung học cơ sở", "TH&THCS"),
    ("Trung học cơ sở và Trung học phổ thông", "THCS-THPT"),
];

fn same(a: &str, b: &str) -> bool {
    let (a, b) = (name::key(a), name::key(b));
    a.kind == b.kind && a.exact == b.exact
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    /// A name matches itself written in any normal form, case, spacing, with
    /// or without "Trường", with the type long or short, and with the tone
    /// mark placed in the old or the new style.
    #[test]
    fn a_name_always_matches_itself(
        body in prop::collection::vec(syllable(), 1..4),
        kind in prop::sample::select(KINDS),
        upper in any::<bool>(),
    ) {
        let new: Vec<String> = body.iter().map(|s| capitalise(&s.new_style())).collect();
        let old: Vec<String> = body.iter().map(|s| capitalise(&s.old_style())).collect();
        let canonical = format!("Trường {} {}", kind.0, new.join(" "));
        let variants = [
            canonical.nfd().collect::<String>(),
            format!("{} {}", kind.1, new.join(" ")),
            format!("  trường   {}  {} ", kind.0.to_lowercase(), old.join("  ")),
            format!("{} {}", kind.1, old.join(" ")).nfd().collect(),
            if upper { canonical.to_uppercase() } else { canonical.to_lowercase() },
        ];
        for v in &variants {
            prop_assert!(same(&canonical, v), "{canonical:?} vs {v:?}");
        }
        prop_assert!(name::key(&canonical).kind.is_some());
    }

    /// The type stays part of the name: the same name under two different
    /// types never matches, whichever way either type is spelt.
    #[test]
    fn type_prefixes_never_merge_two_kinds(
        body in prop::collection::vec(syllable(), 1..4),
        a in prop::sample::select(KINDS),
        b in prop::sample::select(KINDS),
        long_a in any::<bool>(),
        long_b in any::<bool>(),
    ) {
        prop_assume!(a != b);
        let body: Vec<String> = body.iter().map(|s| capitalise(&s.new_style())).collect();
        let body = body.join(" ");
        let x = format!("{} {body}", if long_a { a.0 } else { a.1 });
        let y = format!("{} {body}", if long_b { b.0 } else { b.1 });
        prop_assert!(!same(&x, &y), "{x:?} matched {y:?}");
        prop_assert_ne!(name::key(&x).kind, name::key(&y).kind);
    }

    /// Composed and decomposed text give the same words and the same fold
    /// (the composed fast paths agree with normalising everything).
    #[test]
    fn composed_and_decomposed_text_read_alike(text in "\\PC{0,40}") {
        let nfc: String = text.nfc().collect();
        let nfd: String = text.nfd().collect();
        prop_assert_eq!(kdcl::text::words::words(&nfc), kdcl::text::words::words(&nfd));
        prop_assert_eq!(kdcl::text::words::fold(&nfc), kdcl::text::words::fold(&nfd));
    }

    /// Well-formed Vietnamese in Unicode is never taken for a legacy font.
    #[test]
    fn unicode_names_are_never_legacy(body in prop::collection::vec(syllable(), 1..5)) {
        let text: Vec<String> = body.iter().map(|s| capitalise(&s.new_style())).collect();
        let text = format!("Trường Tiểu học {}", text.join(" "));
        prop_assert_eq!(encoding::legacy_font(&text), None, "{}", text);
    }

    /// The same names typed with a TCVN3 font are recognised as TCVN3 and
    /// converted back to what they say.
    #[test]
    fn tcvn3_names_are_recognised(body in prop::collection::vec(syllable(), 2..5)) {
        let words: Vec<String> = body.iter().map(|s| s.new_style()).collect();
        let text = format!("trường mầm non {}", words.join(" "));
        let typed = to_tcvn3(&text);
        prop_assume!(typed != text);
        let found = encoding::legacy_font(&typed);
        prop_assert!(found.is_some(), "{typed:?} ({text:?}) not recognised");
        let found = found.unwrap();
        prop_assert_eq!(found.encoding, Legacy::Tcvn3);
        prop_assert_eq!(found.converted, text);
    }
}

/// Unicode to TCVN3 bytes (as Latin-1 characters), by inverting the decoder.
fn to_tcvn3(text: &str) -> String {
    let mut table = std::collections::HashMap::new();
    for b in 0xA1u32..=0xFE {
        let c = char::from_u32(b).unwrap();
        let decoded = encoding::tcvn3_to_unicode(&c.to_string());
        if decoded != c.to_string() {
            table.insert(decoded, c);
        }
    }
    text.nfc()
        .map(|c| *table.get(&c.to_string()).unwrap_or(&c))
        .collect()
}
