//! Turning a roster file's bytes into text, whatever Windows saved it as:
//! UTF-8 (with or without BOM), UTF-16 LE/BE with BOM (Excel's "Unicode
//! Text"), Windows-1258 (Excel's "CSV" on a Vietnamese Windows; decoded, then
//! composed to NFC). Text typed with the legacy TCVN3 (ABC) or VNI fonts is
//! recognised so that it can be reported, never read as school names.

use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1252, WINDOWS_1258};
use unicode_normalization::UnicodeNormalization;

/// An encoding a roster may be in, or that a plan may force with `roster_encoding`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Encoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    Windows1258,
}

impl Encoding {
    /// The spellings `roster_encoding` accepts (any case; `-`, `_` and spaces ignored).
    pub fn parse(name: &str) -> Option<Encoding> {
        let plain: String = name
            .chars()
            .filter(|c| !matches!(c, '-' | '_' | ' '))
            .flat_map(char::to_lowercase)
            .collect();
        Some(match plain.as_str() {
            "utf8" => Encoding::Utf8,
            "utf16" | "utf16le" | "unicode" => Encoding::Utf16Le,
            "utf16be" => Encoding::Utf16Be,
            "windows1258" | "cp1258" | "vietnamese" => Encoding::Windows1258,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf16Le => "UTF-16 LE",
            Encoding::Utf16Be => "UTF-16 BE",
            Encoding::Windows1258 => "Windows-1258",
        }
    }

    pub const ACCEPTED: &str = "\"utf-8\", \"utf-16le\", \"utf-16be\" or \"windows-1258\"";
}

/// Why bytes are not roster text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Undecodable {
    /// A workbook saved under a text file's name (`roster.csv` that is really xlsx).
    Workbook(&'static str),
    /// Not text at all.
    Binary,
    /// Not valid in the encoding the BOM or the plan names; the first bad byte's line.
    Invalid { encoding: Encoding, line: usize },
}

/// Text and the encoding it was read in.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub encoding: Encoding,
}

/// What a workbook's first bytes say it is.
pub fn workbook_kind(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"PK\x03\x04") {
        Some("an Excel or OpenDocument workbook (xlsx/ods)")
    } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        Some("an Excel 97-2003 workbook (xls)")
    } else {
        None
    }
}

fn line_of(bytes: &[u8], at: usize) -> usize {
    bytes[..at.min(bytes.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

fn utf16(bytes: &[u8], encoding: Encoding) -> Result<Decoded, Undecodable> {
    let codec = if encoding == Encoding::Utf16Be {
        UTF_16BE
    } else {
        UTF_16LE
    };
    match codec.decode_without_bom_handling_and_without_replacement(bytes) {
        Some(text) => Ok(Decoded {
            text: text.into_owned(),
            encoding,
        }),
        None => Err(Undecodable::Invalid {
            encoding,
            line: utf16_bad_line(bytes, encoding == Encoding::Utf16Be),
        }),
    }
}

/// The line of the first unit that is not UTF-16 (a lone surrogate, or an
/// odd byte at the end): line feeds counted before it.
fn utf16_bad_line(bytes: &[u8], big_endian: bool) -> usize {
    let units: Vec<u16> = bytes
        .chunks(2)
        .map(|pair| match pair {
            [a, b] if big_endian => u16::from_be_bytes([*a, *b]),
            [a, b] => u16::from_le_bytes([*a, *b]),
            // An odd last byte: no unit, and an error.
            _ => 0xDC00,
        })
        .collect();
    let bad = char::decode_utf16(units.iter().copied())
        .position(|c| c.is_err())
        .unwrap_or(0);
    // Characters before it, each one unit or two: count the line feeds among them.
    char::decode_utf16(units.iter().copied())
        .take(bad)
        .filter(|c| *c == Ok('\n'))
        .count()
        + 1
}

fn utf8(bytes: &[u8]) -> Result<Decoded, Undecodable> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Decoded {
            text: text.to_string(),
            encoding: Encoding::Utf8,
        }),
        Err(e) => Err(Undecodable::Invalid {
            encoding: Encoding::Utf8,
            line: line_of(bytes, e.valid_up_to()),
        }),
    }
}

fn windows_1258(bytes: &[u8]) -> Decoded {
    let (text, _) = WINDOWS_1258.decode_without_bom_handling(bytes);
    Decoded {
        text: text.nfc().collect(),
        encoding: Encoding::Windows1258,
    }
}

/// Decodes a roster's bytes: the encoding `forced` names, else the one its
/// BOM names, else UTF-8 when the bytes are valid UTF-8, else Windows-1258.
/// The text never starts with a BOM.
///
/// Bytes typed with a TCVN3 or VNI font come back as Windows-1252 text, one
/// character a byte, exactly as Excel shows them without the font, so that
/// [`legacy_font`] finds them and the finding points at the right column.
pub fn decode(bytes: &[u8], forced: Option<Encoding>) -> Result<Decoded, Undecodable> {
    let strip = |bom: &[u8]| bytes.strip_prefix(bom).unwrap_or(bytes);
    match forced {
        Some(Encoding::Utf8) => return utf8(strip(b"\xEF\xBB\xBF")),
        Some(e @ Encoding::Utf16Le) => return utf16(strip(b"\xFF\xFE"), e),
        Some(e @ Encoding::Utf16Be) => return utf16(strip(b"\xFE\xFF"), e),
        Some(Encoding::Windows1258) => return Ok(windows_1258(bytes)),
        None => {}
    }
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return utf8(rest);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(rest, Encoding::Utf16Le);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(rest, Encoding::Utf16Be);
    }
    if let Some(kind) = workbook_kind(bytes) {
        return Err(Undecodable::Workbook(kind));
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        if text.contains('\0') {
            return Err(Undecodable::Binary);
        }
        return Ok(Decoded {
            text: text.to_string(),
            encoding: Encoding::Utf8,
        });
    }
    if bytes.contains(&0) {
        return Err(Undecodable::Binary);
    }
    // Windows-1258, unless the bytes read better as a legacy font's.
    let decoded = windows_1258(bytes);
    let (latin, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
    let legacy = latin
        .split(['\n', ',', ';', '\t'])
        .filter(|cell| legacy_font(cell).is_some())
        .count();
    let vietnamese = decoded
        .text
        .split(['\n', ',', ';', '\t'])
        .map(|cell| score(cell).max(0))
        .sum::<i32>();
    if legacy > 0 && legacy as i32 >= vietnamese {
        return Ok(Decoded {
            text: latin.into_owned(),
            encoding: Encoding::Windows1258,
        });
    }
    Ok(decoded)
}

/// A legacy Vietnamese font encoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Legacy {
    Tcvn3,
    Vni,
}

impl Legacy {
    pub fn name(self) -> &'static str {
        match self {
            Legacy::Tcvn3 => "TCVN3 (ABC)",
            Legacy::Vni => "VNI",
        }
    }

    /// The name Unikey's converter gives the source encoding.
    pub fn unikey(self) -> &'static str {
        match self {
            Legacy::Tcvn3 => "TCVN3 (ABC)",
            Legacy::Vni => "VNI Windows",
        }
    }

    pub fn convert(self, text: &str) -> String {
        match self {
            Legacy::Tcvn3 => tcvn3_to_unicode(text),
            Legacy::Vni => vni_to_unicode(text),
        }
    }
}

/// A cell written in a legacy font encoding, and what it says in Unicode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LegacyText {
    pub encoding: Legacy,
    pub converted: String,
}

/// Whether `cell` is Vietnamese typed with a TCVN3 or VNI font ("Tr\u{AD}êng
/// MÇm non", "Tröôøng Maàm non"): it reads as Vietnamese only once converted.
pub fn legacy_font(cell: &str) -> Option<LegacyText> {
    // Both encodings live in the Latin-1 range; Unicode Vietnamese beyond it
    // ("ư", "ờ", "ạ") means the cell is already Unicode.
    if cell.is_ascii() || cell.chars().any(|c| ('\u{100}'..).contains(&c)) {
        return None;
    }
    let original = score(cell);
    [Legacy::Tcvn3, Legacy::Vni]
        .into_iter()
        .map(|encoding| {
            let converted = encoding.convert(cell);
            (score(&converted), encoding, converted)
        })
        .filter(|(s, _, _)| *s > 0 && *s > original)
        .max_by_key(|(s, e, _)| (*s, *e == Legacy::Tcvn3))
        .map(|(_, encoding, converted)| LegacyText {
            encoding,
            converted,
        })
}

/// TCVN 5712:1993 (VN3, the "ABC" fonts .VnTime…): bytes A1–FE are the
/// Vietnamese letters; upper-case fonts (.VnTimeH) reuse the same bytes.
const TCVN3: [&str; 94] = [
    "Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ", "ă", "â", "ê", "ô", "ơ", "ư", "đ", // A1–AE
    "\u{AF}", "\u{B0}", "\u{B1}", "\u{B2}", "\u{B3}", "\u{B4}", // AF–B4 (unused)
    "à", "ả", "ã", "á", "ạ", "\u{BA}", "ằ", "ẳ", "ẵ", "ắ", // B5–BE
    "\u{BF}", "\u{C0}", "\u{C1}", "\u{C2}", "\u{C3}", "\u{C4}", "\u{C5}", // BF–C5 (unused)
    "ặ", "ầ", "ẩ", "ẫ", "ấ", "ậ", "è", "\u{CD}", "ẻ", "ẽ", "é", "ẹ", // C6–D1
    "ề", "ể", "ễ", "ế", "ệ", "ì", "ỉ", "\u{D9}", "\u{DA}", "\u{DB}", "ĩ", "í", "ị", // D2–DE
    "ò", "\u{E0}", "ỏ", "õ", "ó", "ọ", "ồ", "ổ", "ỗ", "ố", "ộ", "ờ", "ở", "ỡ", "ớ",
    "ợ", // DF–EE
    "ù", "\u{F0}", "ủ", "ũ", "ú", "ụ", "ừ", "ử", "ữ", "ứ", "ự", "ỳ", "ỷ", "ỹ", "ý",
    "ỵ", // EF–FE
];

pub fn tcvn3_to_unicode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c as u32 {
            n @ 0xA1..=0xFE => out.push_str(TCVN3[(n - 0xA1) as usize]),
            _ => out.push(c),
        }
    }
    out
}

/// VNI Windows: plain letters followed by bytes that carry the marks
/// ("Tröôøng" = T r ư ơ ` n g).
fn vni_char(c: char) -> Option<(&'static str, bool)> {
    // (replacement, whether it is a mark that needs a letter before it)
    let lower = |c: char| -> Option<(&'static str, bool)> {
        Some(match c {
            'ö' => ("ư", false),
            'ô' => ("ơ", false),
            'ñ' => ("đ", false),
            'í' => ("í", false),
            'ì' => ("ì", false),
            'æ' => ("ỉ", false),
            'ó' => ("ĩ", false),
            'ò' => ("ị", false),
            'î' => ("ỵ", false),
            'â' => ("\u{302}", true),
            'ê' => ("\u{306}", true),
            'ù' => ("\u{301}", true),
            'ø' => ("\u{300}", true),
            'û' => ("\u{309}", true),
            'õ' => ("\u{303}", true),
            'ï' => ("\u{323}", true),
            'á' => ("\u{302}\u{301}", true),
            'à' => ("\u{302}\u{300}", true),
            'å' => ("\u{302}\u{309}", true),
            'ã' => ("\u{302}\u{303}", true),
            'ä' => ("\u{302}\u{323}", true),
            'é' => ("\u{306}\u{301}", true),
            'è' => ("\u{306}\u{300}", true),
            'ú' => ("\u{306}\u{309}", true),
            'ü' => ("\u{306}\u{303}", true),
            'ë' => ("\u{306}\u{323}", true),
            _ => return None,
        })
    };
    if let Some(found) = lower(c) {
        return Some(found);
    }
    // Upper case: the same bytes less 0x20.
    let lowered = char::from_u32(c as u32 + 0x20).filter(|_| ('\u{C0}'..='\u{DE}').contains(&c))?;
    let (s, mark) = lower(lowered)?;
    Some(match s {
        "ư" => ("Ư", false),
        "ơ" => ("Ơ", false),
        "đ" => ("Đ", false),
        "í" => ("Í", false),
        "ì" => ("Ì", false),
        "ỉ" => ("Ỉ", false),
        "ĩ" => ("Ĩ", false),
        "ị" => ("Ị", false),
        "ỵ" => ("Ỵ", false),
        _ => (s, mark),
    })
}

pub fn vni_to_unicode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut after_letter = false;
    for c in text.chars() {
        match vni_char(c) {
            Some((s, true)) if after_letter => out.push_str(s),
            Some((s, false)) => {
                out.push_str(s);
                after_letter = true;
                continue;
            }
            _ => out.push(c),
        }
        after_letter = c.is_alphabetic();
    }
    out.nfc().collect()
}

/// How much a text reads as Vietnamese: +1 for each word with a letter
/// beyond ASCII that is a well-formed syllable, −1 for each such word that is not.
pub fn score(text: &str) -> i32 {
    text.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')' | '"' | '.'))
        .filter(|w| !w.is_ascii())
        .map(|w| if syllable(w) { 1 } else { -1 })
        .sum()
}

const TONES: [char; 5] = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];

/// Whether `word` is one Vietnamese syllable: an initial consonant, a vowel
/// cluster Vietnamese has, a final consonant, and at most one tone.
fn syllable(word: &str) -> bool {
    let mut tones = 0;
    let mut base = String::with_capacity(word.len());
    let mut last: Option<char> = None;
    for c in word.nfd().flat_map(char::to_lowercase) {
        if TONES.contains(&c) {
            tones += 1;
            continue;
        }
        let letter = match (last, c) {
            (Some('a'), '\u{302}') => 'â',
            (Some('e'), '\u{302}') => 'ê',
            (Some('o'), '\u{302}') => 'ô',
            (Some('a'), '\u{306}') => 'ă',
            (Some('o'), '\u{31B}') => 'ơ',
            (Some('u'), '\u{31B}') => 'ư',
            (_, 'đ' | 'ð') => 'đ',
            (_, c) if c.is_ascii_alphabetic() => c,
            _ => return false,
        };
        if c.is_ascii_alphabetic() || c == 'đ' || c == 'ð' {
            base.push(letter);
        } else {
            base.pop();
            base.push(letter);
        }
        last = Some(letter);
    }
    if tones > 1 || base.is_empty() {
        return false;
    }
    let is_vowel = |c: char| "aăâeêioôơuưy".contains(c);
    let start = base.find(is_vowel).unwrap_or(base.len());
    let (mut initial, rest) = base.split_at(start);
    let end = rest.find(|c| !is_vowel(c)).unwrap_or(rest.len());
    let (mut vowels, last_part) = rest.split_at(end);
    // "gi" and "qu" take the vowel after them as part of the initial.
    if (initial == "g" && vowels.starts_with('i') && vowels.len() > 1)
        || (initial == "q" && vowels.starts_with('u'))
    {
        initial = if initial == "g" { "gi" } else { "qu" };
        vowels = &vowels[1..];
    }
    const INITIALS: &[&str] = &[
        "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh",
        "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x",
    ];
    const FINALS: &[&str] = &["", "c", "ch", "k", "m", "n", "ng", "nh", "p", "t"];
    const CLUSTERS: &[&str] = &[
        "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ai", "ao", "au", "ay", "âu",
        "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi", "ơi", "oo", "ua", "uâ",
        "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê", "iêu", "oai", "oay", "oao",
        "oeo", "uây", "uôi", "ươi", "ươu", "uyê", "uya", "uyu", "yêu",
    ];
    INITIALS.contains(&initial)
        && (CLUSTERS.contains(&vowels) || (vowels.is_empty() && initial == "gi"))
        && FINALS.contains(&last_part)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tcvn3_and_vni_are_recognised_and_converted() {
        let t = legacy_font("hép møt tÕt").unwrap();
        assert_eq!(t.encoding, Legacy::Tcvn3);
        assert_eq!(t.converted, "hộp mứt tết");
        let t = legacy_font("Tr\u{AD}êng MÇm non Hoa Sen").unwrap();
        assert_eq!(t.encoding, Legacy::Tcvn3);
        assert_eq!(t.converted, "Trường Mầm non Hoa Sen");
        let t = legacy_font("Tröôøng Tieåu hoïc Ñoaøn Keát").unwrap();
        assert_eq!(t.encoding, Legacy::Vni);
        assert_eq!(t.converted, "Trường Tiểu học Đoàn Kết");
        let t = legacy_font("Baùc AÙi").unwrap();
        assert_eq!(t.encoding, Legacy::Vni);
        assert_eq!(t.converted, "Bác Ái");
    }

    #[test]
    fn unicode_vietnamese_is_not_legacy() {
        for s in [
            "Trường Mầm non Nậm Loỏng",
            "Trường Tiểu học Bác Ái",
            "MN Hoa Sen",
            "Trường THCS Đắk R'lấp",
            "Ðoàn Kết",
            "Krông Pắc",
            "Café",
            "Phường Tân Phong, thành phố Lai Châu",
            "Buôn Ma Thuột",
            "Hòa Ninh",
            "Hoà Ninh",
        ] {
            assert_eq!(legacy_font(s), None, "{s}");
        }
    }

    #[test]
    fn decoding_by_bom_and_content() {
        let d = decode(b"\xEF\xBB\xBFa,b", None).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("a,b", Encoding::Utf8));
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Mầm\tnon".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode(&le, None).unwrap().text, "Mầm\tnon");
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("Mầm".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(&be, None).unwrap().encoding, Encoding::Utf16Be);
        // "Trường Mầm non" in Windows-1258: ư ơ, then a combining grave.
        let cp = b"Tr\xFD\xF5\xCCng M\xE2\xCCm non";
        let d = decode(cp, None).unwrap();
        assert_eq!(d.text, "Trường Mầm non");
        assert_eq!(d.encoding, Encoding::Windows1258);
        // TCVN3 bytes come back one character a byte, for the roster to report.
        let d = decode(b"Tr\xAD\xEAng M\xC7m non", None).unwrap();
        assert_eq!(legacy_font(&d.text).unwrap().encoding, Legacy::Tcvn3);
        assert!(matches!(
            decode(b"PK\x03\x04rest", None),
            Err(Undecodable::Workbook(_))
        ));
        assert_eq!(decode(b"a\0b", None).unwrap_err(), Undecodable::Binary);
        assert_eq!(
            decode(b"a\n\xFF", Some(Encoding::Utf8)).unwrap_err(),
            Undecodable::Invalid {
                encoding: Encoding::Utf8,
                line: 2
            }
        );
        assert_eq!(
            decode(cp, Some(Encoding::Windows1258)).unwrap().text,
            "Trường Mầm non"
        );
    }

    #[test]
    fn encoding_names() {
        assert_eq!(Encoding::parse("Windows-1258"), Some(Encoding::Windows1258));
        assert_eq!(Encoding::parse("cp1258"), Some(Encoding::Windows1258));
        assert_eq!(Encoding::parse("UTF-16"), Some(Encoding::Utf16Le));
        assert_eq!(Encoding::parse("latin1"), None);
    }
}
