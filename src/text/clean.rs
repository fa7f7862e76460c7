//! File text made safe for where kdcl writes it: a terminal (no escape
//! sequences), XML 1.0 (only the characters it allows), a spreadsheet (no
//! cell read as a formula), a URI (percent-encoded). Plans and rosters come
//! from many hands; none of their text may act on the reader's machine.

use std::borrow::Cow;

/// Characters a terminal may act on rather than show: C0 controls other
/// than tab and line feed (ESC, BEL, CR, backspace …), DEL, the C1 controls
/// (U+009B is a one-character CSI), and the bidirectional overrides that
/// make text read differently from how it is stored.
pub fn is_unsafe_for_terminal(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` with every character [`is_unsafe_for_terminal`] replaced by
/// U+FFFD (�), so the reader sees that something was there. A CR that ends
/// a line before its LF (Windows line ends) is kept.
pub fn for_terminal(text: &str) -> Cow<'_, str> {
    // Nearly always: no byte that starts or is such a character (C0
    // controls but tab and line feed, DEL, and the lead bytes of U+0080–U+009F
    // and of U+2000–U+2FFF).
    if !text.bytes().any(|b| SUSPECT[usize::from(b)]) {
        return Cow::Borrowed(text);
    }
    let unsafe_at = |i: usize, c: char| {
        is_unsafe_for_terminal(c) && !(c == '\r' && text[i + 1..].starts_with('\n'))
    };
    if !text.char_indices().any(|(i, c)| unsafe_at(i, c)) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.char_indices()
            .map(|(i, c)| if unsafe_at(i, c) { '\u{fffd}' } else { c })
            .collect(),
    )
}

/// The bytes [`for_terminal`] looks at twice, one lookup each: every string
/// of every plan is cleaned.
static SUSPECT: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b < 0x20 && b != b'\t' as usize && b != b'\n' as usize)
            || b == 0x7f
            || b == 0xc2
            || b == 0xe2;
        b += 1;
    }
    table
};

/// Whether XML 1.0 allows the character in a document at all.
pub fn is_xml_char(c: char) -> bool {
    matches!(c,
        '\t' | '\n' | '\r' | '\u{20}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..)
}

/// `text` without the characters XML 1.0 forbids (C0 controls other than
/// tab and line ends, U+FFFE, U+FFFF): no parser accepts them, even escaped.
pub fn for_xml(text: &str) -> Cow<'_, str> {
    if text.chars().all(is_xml_char) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().filter(|&c| is_xml_char(c)).collect())
}

/// A CSV cell that a spreadsheet would not run: one that starts with `=`,
/// `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, as OWASP
/// recommends against formula injection (Excel shows the text as written).
pub fn csv_cell(text: &str) -> Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// A relative path as a URI reference (RFC 3986): every byte of its UTF-8
/// other than the unreserved characters and `/` percent-encoded, so spaces,
/// `%`, `#`, `?` and Vietnamese letters all read back as written.
pub fn uri_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_escapes_are_shown_not_obeyed() {
        assert_eq!(for_terminal("Nậm Loỏng\tA\n"), "Nậm Loỏng\tA\n");
        assert_eq!(for_terminal("a\u{1b}[2Jb\u{7}"), "a\u{fffd}[2Jb\u{fffd}");
        assert_eq!(
            for_terminal("\u{9b}1m\r\u{202e}"),
            "\u{fffd}1m\u{fffd}\u{fffd}"
        );
        assert!(matches!(for_terminal("plain"), Cow::Borrowed(_)));
        assert_eq!(for_terminal("a\r\nb\rc"), "a\r\nb\u{fffd}c");
    }

    #[test]
    fn the_byte_check_passes_only_safe_text() {
        for c in (0u32..0x3000).filter_map(char::from_u32) {
            for text in [format!("a{c}b"), format!("{c}\n"), format!("\r{c}")] {
                let each: String = text
                    .char_indices()
                    .map(|(i, c)| {
                        let cr_lf = c == '\r' && text[i + 1..].starts_with('\n');
                        if is_unsafe_for_terminal(c) && !cr_lf {
                            '\u{fffd}'
                        } else {
                            c
                        }
                    })
                    .collect();
                assert_eq!(for_terminal(&text), each, "{text:?}");
            }
        }
    }

    #[test]
    fn xml_keeps_only_what_xml_allows() {
        assert_eq!(
            for_xml("a\u{fffe}b\u{ffff}c\u{1}\td\u{10000}"),
            "abc\td\u{10000}"
        );
        assert_eq!(for_xml("Lạ\u{fffd}"), "Lạ\u{fffd}");
    }

    #[test]
    fn cells_that_would_be_formulas_are_quoted() {
        for payload in ["=HYPERLINK(\"x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(csv_cell(payload), format!("'{payload}"));
        }
        assert_eq!(csv_cell("Trường Mầm non"), "Trường Mầm non");
        assert_eq!(csv_cell("12"), "12");
    }

    #[test]
    fn uris_are_percent_encoded() {
        assert_eq!(
            uri_path("plans/xã hòa 100%41/2025.toml"),
            "plans/x%C3%A3%20h%C3%B2a%20100%2541/2025.toml"
        );
        assert_eq!(uri_path("plans/a-b_c.d~/x"), "plans/a-b_c.d~/x");
    }
}
