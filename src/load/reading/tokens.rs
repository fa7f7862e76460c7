//! A document's lines as the reader sees them: markup blanked out (so that
//! byte offsets stay those of the document), words and punctuation as
//! tokens, and numbers as people write them.

/// One line of the document's text, with its markup blanked out.
#[derive(Debug, Clone)]
pub struct Line<'t> {
    /// Counted from 1, as editors count.
    pub no: usize,
    pub raw: &'t str,
    /// `raw` with Markdown emphasis, headings, bullets and table bars
    /// replaced by spaces (a bar by a tab): the same byte offsets.
    pub text: String,
}

impl<'t> Line<'t> {
    pub fn of(no: usize, raw: &'t str) -> Self {
        let mut text: String = raw
            .chars()
            .map(|c| match c {
                '*' | '#' | '_' | '`' => ' ',
                '|' => '\t',
                c => c,
            })
            .collect();
        // Bullets are markup ("- + Mầm non: 02"), a dash inside a sentence is not.
        loop {
            let lead = text.len() - text.trim_start().len();
            let Some(rest) = text.get(lead..) else { break };
            if !(rest.starts_with("- ")
                || rest.starts_with("+ ")
                || rest.starts_with("• ")
                || rest.starts_with("– "))
            {
                break;
            }
            let width = rest.chars().next().map_or(1, char::len_utf8);
            text.replace_range(lead..lead + width, &" ".repeat(width));
        }
        Line { no, raw, text }
    }

    /// The 1-based column (in characters) of a byte offset.
    pub fn column(&self, offset: usize) -> usize {
        self.raw.get(..offset).map_or(1, |s| s.chars().count() + 1)
    }

    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }

    /// The line's text trimmed, as the document writes it (markup blanked).
    pub fn plain(&self) -> String {
        self.text.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

/// A word, a number or a punctuation mark, with its byte range in the line.
#[derive(Debug, Clone)]
pub struct Tok<'l> {
    pub s: &'l str,
    /// Lower case, for matching.
    pub lc: String,
    pub lo: usize,
    pub hi: usize,
}

impl Tok<'_> {
    pub fn is_punct(&self) -> bool {
        self.s.chars().count() == 1 && PUNCT.contains(self.s.chars().next().unwrap_or(' '))
    }

    /// The word starts with a capital letter (a proper name).
    pub fn capital(&self) -> bool {
        self.s.chars().next().is_some_and(char::is_uppercase)
    }
}

const PUNCT: &str = "():;,.\"“”'‘’?!\t[]";

/// Splits a line into tokens: runs of non-space characters, with
/// punctuation at their ends split off; a '.' or ',' between digits stays
/// inside the number ("1.250", "72,50").
pub fn tokens(text: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let mut push = |lo: usize, hi: usize| {
        if lo < hi {
            let s = &text[lo..hi];
            out.push(Tok {
                s,
                lc: s.to_lowercase(),
                lo,
                hi,
            });
        }
    };
    let mut start: Option<usize> = None;
    let bytes: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in bytes.iter().enumerate() {
        let prev_digit = k > 0 && bytes[k - 1].1.is_ascii_digit();
        let next_digit = bytes.get(k + 1).is_some_and(|(_, n)| n.is_ascii_digit());
        let inner = (c == '.' || c == ',') && prev_digit && next_digit;
        if c.is_whitespace() && c != '\t' {
            if let Some(s) = start.take() {
                push(s, i);
            }
        } else if PUNCT.contains(c) && !inner {
            if let Some(s) = start.take() {
                push(s, i);
            }
            push(i, i + c.len_utf8());
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        push(s, text.len());
    }
    out
}

/// Whether the tokens at `i` spell `phrase` (lower case, words by spaces).
pub fn at(toks: &[Tok<'_>], i: usize, phrase: &str) -> bool {
    let mut k = i;
    for w in phrase.split(' ') {
        match toks.get(k) {
            Some(t) if t.lc == w => k += 1,
            _ => return false,
        }
    }
    true
}

/// A count as people write it: "7", "07", "1.250", or a small number in
/// words ("hai"). Words are counts only where the caller checks that a
/// unit follows.
pub fn count(tok: &Tok<'_>) -> Option<i64> {
    let s = tok.s;
    if !s.is_empty() && s.len() <= 5 && s.bytes().all(|b| b.is_ascii_digit()) {
        return s.parse().ok();
    }
    // Dotted thousands: 1.250, 12.000
    let mut groups = s.split('.');
    let first = groups.next()?;
    let rest: Vec<&str> = groups.collect();
    if !rest.is_empty()
        && (1..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_digit())
        && rest
            .iter()
            .all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()))
    {
        return s.replace('.', "").parse().ok().filter(|n| *n < 1_000_000);
    }
    word_number(&tok.lc)
}

fn word_number(word: &str) -> Option<i64> {
    const WORDS: [&str; 11] = [
        "không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười",
    ];
    WORDS.iter().position(|w| *w == word).map(|n| n as i64)
}

/// A year written alone: 1945–2200.
pub fn year(s: &str) -> Option<i32> {
    (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
        .filter(|y| (crate::model::plan::FIRST_YEAR..=crate::model::plan::LAST_YEAR).contains(y))
}

/// "2026-2030" or "2026 - 2030" starting at `i`: the period and the index after it.
pub fn period(toks: &[Tok<'_>], i: usize) -> Option<((i32, i32), usize)> {
    let t = toks.get(i)?;
    if let Some((a, b)) = t.s.split_once(['-', '–'])
        && let (Some(a), Some(b)) = (year(a), year(b))
    {
        return (a <= b).then_some(((a, b), i + 1));
    }
    let a = year(t.s)?;
    let dash = toks.get(i + 1)?;
    if dash.s != "-" && dash.s != "–" {
        return None;
    }
    let b = year(toks.get(i + 2)?.s)?;
    (a <= b).then_some(((a, b), i + 3))
}

/// Roman or Arabic level numbers: "1", "01", "I", "2", "II".
pub fn level(s: &str) -> Option<u8> {
    match s {
        "1" | "01" | "I" | "i" => Some(1),
        "2" | "02" | "II" | "ii" => Some(2),
        _ => None,
    }
}

/// "II" → 2: quarters as documents write them.
pub fn roman(s: &str) -> Option<u32> {
    match s {
        "I" | "1" => Some(1),
        "II" | "2" => Some(2),
        "III" | "3" => Some(3),
        "IV" | "4" => Some(4),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<String> {
        tokens(s).into_iter().map(|t| t.s.to_string()).collect()
    }

    #[test]
    fn numbers_keep_their_inner_marks() {
        assert_eq!(
            toks("lên 72,50%, gồm: 1.250 trường."),
            ["lên", "72,50%", ",", "gồm", ":", "1.250", "trường", "."]
        );
        assert_eq!(toks("(MN Á Châu)"), ["(", "MN", "Á", "Châu", ")"]);
    }

    #[test]
    fn counts_as_people_write_them() {
        let c = |s: &str| count(&tokens(s)[0]);
        assert_eq!(c("07"), Some(7));
        assert_eq!(c("1.250"), Some(1250));
        assert_eq!(c("hai"), Some(2));
        assert_eq!(c("28/28"), None);
        assert_eq!(c("1.25"), None);
    }

    #[test]
    fn markup_is_blanked_in_place() {
        let line = Line::of(3, "- **07** trường | x");
        assert_eq!(line.text.len(), line.raw.len());
        assert_eq!(line.plain(), "07 trường x");
        assert_eq!(line.column(line.text.find("07").unwrap_or(0)), 5);
    }

    #[test]
    fn periods_with_or_without_spaces() {
        let t = tokens("giai đoạn 2026 - 2030 và 2021-2025");
        assert_eq!(period(&t, 2), Some(((2026, 2030), 5)));
        assert_eq!(period(&t, 6), Some(((2021, 2025), 7)));
    }
}
