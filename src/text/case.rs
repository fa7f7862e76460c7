//! Upper case for codes: school codes are compared up to case, and are
//! nearly always ASCII.

/// `text.to_uppercase()`, quickly when `text` is ASCII.
pub fn upper(text: &str) -> String {
    if text.is_ascii() {
        text.to_ascii_uppercase()
    } else {
        text.to_uppercase()
    }
}

/// Whether `text.to_uppercase() == upper`, without making the upper case.
pub fn upper_is(text: &str, upper: &str) -> bool {
    if text.is_ascii() {
        text.len() == upper.len()
            && text
                .bytes()
                .zip(upper.bytes())
                .all(|(a, b)| a.to_ascii_uppercase() == b)
    } else {
        text.chars().flat_map(char::to_uppercase).eq(upper.chars())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn as_to_uppercase_does() {
        let texts = ["ab12", "AB12", "aB-1", "ß", "SS", "đà", "ĐÀ", "ǆ", "", "i̇"];
        for a in texts {
            assert_eq!(upper(a), a.to_uppercase());
            for b in texts.iter().map(|b| b.to_uppercase()) {
                assert_eq!(upper_is(a, &b), a.to_uppercase() == b, "{a} {b}");
            }
        }
    }
}
