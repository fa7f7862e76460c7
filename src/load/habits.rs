//! Word's and Excel's habits in a TOML line, recognised where the TOML
//! reader stops: curly quotes, text without quotes, a decimal comma, a
//! count written "07". Each comes with the line as it should be written,
//! so a finding can say what to write and the reader can go on to the next
//! error in a copy of the file.

/// What a line does that TOML refuses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Habit {
    /// `area = “xã Yên Thành”`.
    CurlyQuotes,
    /// `action = công nhận mới`, `month = 2026-06`.
    Unquoted,
    /// `level = 2,0`.
    DecimalComma,
    /// `total = 07`.
    LeadingZero,
}

/// A line of `key = value` with what it does wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub habit: Habit,
    pub key: String,
    /// The value as written, and where it starts and ends in the line.
    pub written: String,
    pub at: std::ops::Range<usize>,
    /// The value as it should be written.
    pub value: String,
}

impl Found {
    /// `key = value` as it should be written.
    pub fn shown(&self) -> String {
        format!("{} = {}", self.key, self.value)
    }

    /// The whole line with the value rewritten.
    pub fn line(&self, line: &str) -> String {
        format!(
            "{}{}{}",
            &line[..self.at.start],
            self.value,
            &line[self.at.end..]
        )
    }
}

const CURLY: [char; 6] = ['“', '”', '„', '‟', '«', '»'];

/// What `line` does wrong, if it is a `key = value` line with one of the habits.
pub fn recognise(line: &str) -> Option<Found> {
    let (key, rest) = line.split_once('=')?;
    let key = key.trim();
    let bare = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '.';
    if key.is_empty() || !key.chars().all(bare) {
        return None;
    }
    let start = line.len() - rest.len() + (rest.len() - rest.trim_start().len());
    let value = rest.trim_start();
    if value.starts_with(CURLY) || value.starts_with(['‘', '’']) {
        // To the closing quote, curly or straight, else to the end of the line.
        let open = value.chars().next().map_or(0, char::len_utf8);
        let close = value[open..]
            .char_indices()
            .find(|(_, c)| CURLY.contains(c) || matches!(c, '‘' | '’' | '"'))
            .map_or(value.trim_end().len(), |(i, c)| open + i + c.len_utf8());
        let written = &line[start..start + close];
        let inner = written.trim_matches(|c| CURLY.contains(&c) || matches!(c, '‘' | '’' | '"'));
        return Some(found(
            Habit::CurlyQuotes,
            key,
            written,
            start,
            quoted(inner),
        ));
    }
    if value.starts_with(['"', '\'', '[', '{']) {
        return None;
    }
    // Unquoted, a comment starts at a `#` after a blank.
    let cut = value
        .char_indices()
        .find(|&(i, c)| c == '#' && value[..i].ends_with(char::is_whitespace))
        .map_or(value.len(), |(i, _)| i);
    let written = value[..cut].trim_end();
    if written.is_empty() {
        return None;
    }
    let (int, frac) = written.split_once(',').unwrap_or((written, ""));
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if digits(int) && digits(frac) {
        let int = int.trim_start_matches('0');
        let int = if int.is_empty() { "0" } else { int };
        let frac = frac.trim_end_matches('0');
        let value = if frac.is_empty() {
            int.to_string()
        } else {
            format!("{int}.{frac}")
        };
        return Some(found(Habit::DecimalComma, key, written, start, value));
    }
    if digits(written) && written.len() > 1 && written.starts_with('0') {
        let plain = written.trim_start_matches('0');
        let plain = if plain.is_empty() { "0" } else { plain };
        return Some(found(Habit::LeadingZero, key, written, start, plain.into()));
    }
    // A date, a number or a word of TOML is not text without quotes.
    if toml_value(written) {
        return None;
    }
    Some(found(Habit::Unquoted, key, written, start, quoted(written)))
}

fn found(habit: Habit, key: &str, written: &str, start: usize, value: String) -> Found {
    Found {
        habit,
        key: key.to_string(),
        written: written.to_string(),
        at: start..start + written.len(),
        value,
    }
}

/// `text` in straight quotes, TOML-escaped.
fn quoted(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// Whether `value` is a TOML value on its own.
fn toml_value(value: &str) -> bool {
    toml::de::DeTable::parse(&format!("v = {value}")).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixed(line: &str) -> Option<(Habit, String)> {
        recognise(line).map(|f| (f.habit, f.line(line)))
    }

    #[test]
    fn word_habits_and_the_line_to_write() {
        assert_eq!(
            fixed("area = “xã Yên Thành”   # xã"),
            Some((Habit::CurlyQuotes, "area = \"xã Yên Thành\"   # xã".into()))
        );
        assert_eq!(
            fixed("action = công nhận mới"),
            Some((Habit::Unquoted, "action = \"công nhận mới\"".into()))
        );
        assert_eq!(
            fixed("month = 2026-06 # đợt 1"),
            Some((Habit::Unquoted, "month = \"2026-06\" # đợt 1".into()))
        );
        assert_eq!(
            fixed("level = 2,0"),
            Some((Habit::DecimalComma, "level = 2".into()))
        );
        assert_eq!(
            fixed("share = 72,50"),
            Some((Habit::DecimalComma, "share = 72.5".into()))
        );
        assert_eq!(
            fixed("total = 07"),
            Some((Habit::LeadingZero, "total = 7".into()))
        );
        for fine in [
            "area = \"xã\"",
            "level = 2",
            "issued = 2026-01-05",
            "[[school]]",
            "# a = b",
            "basis = [\"a\"]",
            "ok = true",
        ] {
            assert_eq!(recognise(fine), None, "{fine}");
        }
    }
}
