//! Dates, months and quarters as Vietnamese documents write them, day
//! first: "30/6/2026", "ngày 30/6/2026", "tháng 5/2026", "5/2026",
//! "quý II/2026". Read wherever a plan expects a date, a month or a
//! quarter, beside the ISO forms; and a value neither reads, converted
//! where its meaning is plain ("2026-6" → "2026-06") so the help can show
//! the user's own value.

use chrono::NaiveDate;

use crate::model::plan::{Due, FIRST_YEAR, LAST_YEAR};

/// A deadline written the Vietnamese way: a day, a month or a quarter.
pub fn due(text: &str) -> Option<Due> {
    let t = text.trim().to_lowercase();
    if let Some(rest) = strip_word(&t, &["quý", "quí"]) {
        let (q, year) = rest.split_once('/')?;
        let q = quarter_number(q.trim())?;
        return Some(Due::Quarter(year_of(year)?, q));
    }
    if let Some(rest) = strip_word(&t, &["tháng"]) {
        let (y, m) = month_of(rest)?;
        return Some(Due::Month(y, m));
    }
    let rest = strip_word(&t, &["ngày"]).unwrap_or(&t);
    match rest.matches('/').count() {
        2 => day_of(rest).map(Due::Day),
        1 => month_of(rest).map(|(y, m)| Due::Month(y, m)),
        _ => None,
    }
}

/// A day: "30/6/2026" or "ngày 30/6/2026", or as ISO in quotes.
pub fn day(text: &str) -> Option<NaiveDate> {
    let t = text.trim();
    if let Ok(d) = NaiveDate::parse_from_str(t, "%Y-%m-%d") {
        return Some(d);
    }
    match due(t)? {
        Due::Day(d) => Some(d),
        _ => None,
    }
}

/// A month: "tháng 5/2026" or "5/2026".
pub fn month(text: &str) -> Option<(i32, u32)> {
    match due(text)? {
        Due::Month(y, m) => Some((y, m)),
        _ => None,
    }
}

/// `text` in the ISO form kdcl writes, when its meaning is plain though
/// kdcl does not read it as written: "2026-6" → "2026-06", "Q2/2026" →
/// "2026-Q2", "30-6-2026" → "2026-06-30".
pub fn converted(text: &str) -> Option<String> {
    if let Some(due) = due(text) {
        return Some(iso(due));
    }
    let t = text.trim().to_lowercase();
    let quarter = t.contains('q') || t.contains("quý") || t.contains("quí");
    let parts: Vec<&str> = t
        .split(|c: char| !c.is_ascii_alphanumeric())
        .map(|p| p.trim_start_matches('q'))
        .filter(|p| !p.is_empty())
        .collect();
    let years: Vec<usize> = (0..parts.len())
        .filter(|&i| parts[i].len() == 4 && year_of(parts[i]).is_some())
        .collect();
    let [y] = years[..] else { return None };
    let year = year_of(parts[y])?;
    let others: Vec<&str> = (0..parts.len())
        .filter(|&i| i != y)
        .map(|i| parts[i])
        .collect();
    let small = |s: &str| (s.len() <= 2).then(|| s.parse::<u32>().ok()).flatten();
    let due = match (quarter, &others[..]) {
        (true, [q]) => Due::Quarter(year, quarter_number(q)?),
        (false, [m]) => {
            let m = small(m)?;
            (1..=12).contains(&m).then_some(Due::Month(year, m))?
        }
        // Day first unless the year is: Vietnamese documents write d/m/y.
        (false, [a, b]) => {
            let (d, m) = if y == 0 { (b, a) } else { (a, b) };
            Due::Day(NaiveDate::from_ymd_opt(year, small(m)?, small(d)?)?)
        }
        _ => return None,
    };
    Some(iso(due))
}

/// The ISO form: "2026-06-30", "2026-06", "2026-Q2".
pub fn iso(due: Due) -> String {
    match due {
        Due::Day(d) => d.format("%Y-%m-%d").to_string(),
        Due::Month(y, m) => format!("{y}-{m:02}"),
        Due::Quarter(y, q) => format!("{y}-Q{q}"),
    }
}

/// The first year written in `text`, if any (for examples in that year).
pub fn year_in(text: &str) -> Option<i32> {
    text.split(|c: char| !c.is_ascii_digit())
        .find(|p| p.len() == 4 && year_of(p).is_some())
        .and_then(year_of)
}

fn strip_word<'t>(text: &'t str, words: &[&str]) -> Option<&'t str> {
    words.iter().find_map(|w| {
        let rest = text.strip_prefix(w)?;
        // A word, not the start of a longer one.
        rest.starts_with(char::is_whitespace)
            .then(|| rest.trim_start())
    })
}

fn year_of(text: &str) -> Option<i32> {
    let t = text.trim();
    let y: i32 = (t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()))
        .then(|| t.parse().ok())
        .flatten()?;
    (FIRST_YEAR..=LAST_YEAR).contains(&y).then_some(y)
}

fn number(text: &str, max: u32) -> Option<u32> {
    let t = text.trim();
    let n: u32 = (!t.is_empty() && t.len() <= 2 && t.bytes().all(|b| b.is_ascii_digit()))
        .then(|| t.parse().ok())
        .flatten()?;
    (1..=max).contains(&n).then_some(n)
}

/// "II" or "2": quarters are mostly written in Roman numerals.
fn quarter_number(text: &str) -> Option<u32> {
    match text {
        "i" => Some(1),
        "ii" => Some(2),
        "iii" => Some(3),
        "iv" => Some(4),
        _ => number(text, 4),
    }
}

/// "5/2026" → (2026, 5).
fn month_of(text: &str) -> Option<(i32, u32)> {
    let (m, y) = text.split_once('/')?;
    Some((year_of(y)?, number(m, 12)?))
}

/// "30/6/2026", day first.
fn day_of(text: &str) -> Option<NaiveDate> {
    let mut parts = text.split('/');
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    NaiveDate::from_ymd_opt(year_of(y)?, number(m, 12)?, number(d, 31)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day_of_ymd(y: i32, m: u32, d: u32) -> Due {
        Due::Day(NaiveDate::from_ymd_opt(y, m, d).unwrap())
    }

    #[test]
    fn vietnamese_forms_are_read_day_first() {
        assert_eq!(due("30/6/2026"), Some(day_of_ymd(2026, 6, 30)));
        assert_eq!(due("ngày 05/01/2026"), Some(day_of_ymd(2026, 1, 5)));
        assert_eq!(due("Quý II/2026"), Some(Due::Quarter(2026, 2)));
        assert_eq!(due("quý 4/2026"), Some(Due::Quarter(2026, 4)));
        assert_eq!(due("tháng 5/2026"), Some(Due::Month(2026, 5)));
        assert_eq!(due("5/2026"), Some(Due::Month(2026, 5)));
        assert_eq!(month("Tháng 12/2026"), Some((2026, 12)));
        assert_eq!(day("2026-06-30"), NaiveDate::from_ymd_opt(2026, 6, 30));
        for bad in [
            "31/6/2026",
            "quý V/2026",
            "tháng 13/2026",
            "6/30/2026",
            "quý II",
            "tháng5/2026",
            "30/6/26",
            "",
        ] {
            assert_eq!(due(bad), None, "{bad}");
        }
        assert_eq!(month("30/6/2026"), None);
        assert_eq!(day("tháng 5/2026"), None);
    }

    #[test]
    fn plain_values_are_converted_to_iso() {
        assert_eq!(converted("2026-6").as_deref(), Some("2026-06"));
        assert_eq!(converted("Q2/2026").as_deref(), Some("2026-Q2"));
        assert_eq!(converted("2026 q3").as_deref(), Some("2026-Q3"));
        assert_eq!(converted("30-6-2026").as_deref(), Some("2026-06-30"));
        assert_eq!(converted("2026/6/30").as_deref(), Some("2026-06-30"));
        assert_eq!(converted("quý II/2026").as_deref(), Some("2026-Q2"));
        assert_eq!(converted("31-6-2026"), None);
        assert_eq!(converted("sometime"), None);
        assert_eq!(converted("2026-2027"), None);
        assert_eq!(year_in("hạn 2027 nhé"), Some(2027));
    }
}
