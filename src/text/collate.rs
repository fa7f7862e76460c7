//! Vietnamese alphabetical order for names (areas, provinces, schools).
//!
//! Sorting by code point puts "Đoàn Kết" after "Yên Bái" and "Ánh Dương"
//! after every name without a mark. Vietnamese order is the alphabet
//!
//! ```text
//! a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y
//! ```
//!
//! (f, j, w and z, which only loanwords use, keep their Latin places), and
//! tones come after the base letters, in the order of dictionaries and of the
//! Unicode CLDR Vietnamese collation (which spreadsheets built on ICU use):
//! none (ngang), grave (huyền), hook (hỏi), tilde (ngã), acute (sắc),
//! dot below (nặng): a à ả ã á ạ.
//!
//! Like CLDR, the comparison has three levels: the letters of the whole name
//! first, then the tones from left to right, then case (lower before upper);
//! so "Hòa Bình" comes before "Hoa Sen" (b before s decides, the tone only
//! breaks ties) and "Hoa" before "Hòa". Runs of digits compare as numbers
//! ("Số 2" before "Số 10"). Spaces and punctuation sort before digits and
//! letters. Text in any Unicode form (NFC or NFD, old or new tone placement)
//! gets the same key.

use std::cmp::Ordering;

use unicode_normalization::UnicodeNormalization;

/// Letters in Vietnamese order, with the Latin letters Vietnamese does not
/// use at their usual places.
const ALPHABET: &[&str] = &[
    "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o",
    "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
];

/// Primary weights: separators < digits < letters < anything else.
const SEPARATOR: u32 = 1;
const DIGITS: u32 = 100;
const LETTERS: u32 = 1_000;
const OTHER: u32 = 10_000;

/// A sort key: compare keys to compare names in Vietnamese order.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SortKey(Vec<u32>);

/// The tone of a combining mark: 1 grave, 2 hook, 3 tilde, 4 acute, 5 dot below.
fn tone(mark: char) -> Option<u32> {
    Some(match mark {
        '\u{0300}' | '\u{0340}' => 1,
        '\u{0309}' => 2,
        '\u{0303}' => 3,
        '\u{0301}' | '\u{0341}' => 4,
        '\u{0323}' => 5,
        _ => return None,
    })
}

/// The letter a base letter and its modifier make: a + breve = ă, o + horn = ơ …
fn modified(base: char, mark: char) -> Option<&'static str> {
    Some(match (base, mark) {
        ('a', '\u{0306}') => "ă",
        ('a', '\u{0302}') => "â",
        ('e', '\u{0302}') => "ê",
        ('o', '\u{0302}') => "ô",
        ('o', '\u{031B}') => "ơ",
        ('u', '\u{031B}') => "ư",
        _ => return None,
    })
}

fn letter_weight(letter: &str) -> Option<u32> {
    ALPHABET
        .iter()
        .position(|l| *l == letter)
        .map(|i| LETTERS + i as u32)
}

/// The sort key of `text`.
pub fn key(text: &str) -> SortKey {
    let mut primary: Vec<u32> = Vec::new();
    let mut tones: Vec<u32> = Vec::new();
    let mut cases: Vec<u32> = Vec::new();
    let mut in_word = false;
    let chars: Vec<char> = text.nfd().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_digit() {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            let digits: String = chars[start..i].iter().collect();
            let digits = digits.trim_start_matches('0');
            // Longer numbers are larger; equal lengths compare digit by digit.
            primary.push(DIGITS + digits.len() as u32);
            primary.extend(digits.bytes().map(|b| DIGITS + u32::from(b - b'0')));
            in_word = false;
            continue;
        }
        i += 1;
        if unicode_normalization::char::is_combining_mark(c) {
            // A mark with no base letter before it, or one Vietnamese does not use.
            if let Some(t) = tone(c)
                && let Some(last) = tones.last_mut()
            {
                *last = t;
            }
            in_word = false;
            continue;
        }
        let lower = c.to_lowercase().next().unwrap_or(c);
        let lower = if lower == 'ð' { 'đ' } else { lower };
        if lower.is_alphabetic() {
            let mut letter = lower.to_string();
            let mut tone_of_letter = 0;
            while i < chars.len() && unicode_normalization::char::is_combining_mark(chars[i]) {
                if let Some(m) = modified(lower, chars[i]) {
                    letter = m.to_string();
                } else if let Some(t) = tone(chars[i]) {
                    tone_of_letter = t;
                }
                i += 1;
            }
            primary.push(letter_weight(&letter).unwrap_or(OTHER + lower as u32));
            // One tone per syllable, wherever in it the mark was put (hoà = hòa).
            if !in_word {
                tones.push(0);
                in_word = true;
            }
            if tone_of_letter != 0
                && let Some(last) = tones.last_mut()
            {
                *last = tone_of_letter;
            }
            cases.push(u32::from(c != lower && !c.is_lowercase()));
        } else if c.is_whitespace() || !c.is_alphanumeric() {
            in_word = false;
            // Runs of spacing count once, so "Hoa  Sen" is "Hoa Sen".
            if primary.last() != Some(&SEPARATOR) {
                primary.push(SEPARATOR);
            }
        } else {
            primary.push(OTHER + c as u32);
        }
    }
    while primary.last() == Some(&SEPARATOR) {
        primary.pop();
    }
    let mut key = primary;
    key.push(0);
    key.extend(tones.iter().map(|t| t + 1));
    key.push(0);
    key.extend(cases.iter().map(|c| c + 1));
    SortKey(key)
}

/// Compares two names in Vietnamese order; names with equal keys (the same
/// name in two Unicode forms) fall back to their text, so sorting is total.
pub fn compare(a: &str, b: &str) -> Ordering {
    key(a).cmp(&key(b)).then_with(|| a.cmp(b))
}

/// Sorts items by a name, in Vietnamese order.
pub fn sort_by_name<T>(items: &mut [T], name: impl Fn(&T) -> &str) {
    items.sort_by_cached_key(|item| {
        let n = name(item);
        (key(n), n.to_string())
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(names: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = names.iter().map(|s| s.to_string()).collect();
        sort_by_name(&mut v, |s| s.as_str());
        v
    }

    #[test]
    fn the_alphabet_is_vietnamese() {
        let letters = [
            "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "g", "h", "i", "k", "l", "m", "n", "o",
            "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "x", "y",
        ];
        let mut shuffled = letters.to_vec();
        shuffled.reverse();
        assert_eq!(sorted(&shuffled), letters);
    }

    #[test]
    fn tones_follow_the_base_letter_in_dictionary_order() {
        // ngang, huyền, hỏi, ngã, sắc, nặng
        let order = [
            "a", "à", "ả", "ã", "á", "ạ", "ă", "ằ", "ẳ", "ẵ", "ắ", "ặ", "â", "b",
        ];
        let mut reversed = order.to_vec();
        reversed.reverse();
        assert_eq!(sorted(&reversed), order);
        assert_eq!(
            sorted(&["mạ", "má", "mã", "mả", "mà", "ma"]),
            ["ma", "mà", "mả", "mã", "má", "mạ"]
        );
    }

    #[test]
    fn not_by_code_point() {
        // By code point: Biên Hòa, Cao Lộc, Yên Bái, Á Châu, Đoàn Kết, Ông Ích Khiêm.
        assert_eq!(
            sorted(&[
                "Yên Bái",
                "Đoàn Kết",
                "Á Châu",
                "Biên Hòa",
                "Ông Ích Khiêm",
                "Cao Lộc"
            ]),
            [
                "Á Châu",
                "Biên Hòa",
                "Cao Lộc",
                "Đoàn Kết",
                "Ông Ích Khiêm",
                "Yên Bái"
            ]
        );
        assert_eq!(
            sorted(&["Ưng Hòa", "Uông Bí", "Ơn", "Ô Môn", "Ong"]),
            ["Ong", "Ô Môn", "Ơn", "Uông Bí", "Ưng Hòa"]
        );
    }

    #[test]
    fn letters_first_then_tones_then_case() {
        // The letters of the whole name decide before any tone.
        assert_eq!(sorted(&["Hoa Sen", "Hòa Bình"]), ["Hòa Bình", "Hoa Sen"]);
        assert_eq!(sorted(&["Hòa", "Hoa"]), ["Hoa", "Hòa"]);
        assert_eq!(sorted(&["Hoa Sen", "hoa sen"]), ["hoa sen", "Hoa Sen"]);
        // A shorter name first; spaces before letters.
        assert_eq!(
            sorted(&["Hoàng", "Hoa Sen", "Hoa"]),
            ["Hoa", "Hoa Sen", "Hoàng"]
        );
        assert_eq!(sorted(&["Cao Lộc", "Cà Mau"]), ["Cà Mau", "Cao Lộc"]);
    }

    #[test]
    fn numbers_compare_as_numbers() {
        assert_eq!(
            sorted(&["TH Số 10", "TH Số 2", "TH Số 1"]),
            ["TH Số 1", "TH Số 2", "TH Số 10"]
        );
    }

    #[test]
    fn unicode_form_and_tone_placement_do_not_matter() {
        let nfc = "Thụy Hùng";
        let nfd: String = nfc.nfd().collect();
        assert_eq!(key(nfc), key(&nfd));
        assert_eq!(key("Hoà"), key("Hòa"));
        assert_eq!(key("Thuỵ"), key("Thụy"));
        assert_eq!(compare("Hoà", "Hòa"), "Hoà".cmp("Hòa"));
    }
}
