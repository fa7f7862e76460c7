//! The facts of the circulars that rules apply, read from
//! `data/circulars.toml` so that a fact found to be wrong is corrected in one
//! place, with its reference and confidence beside it.

use std::sync::LazyLock;

use chrono::NaiveDate;
use serde::Deserialize;

use crate::diag::rule::Confidence;
use crate::model::kind::{Kind, Level};

#[derive(Debug, Deserialize)]
pub struct Facts {
    pub circular: Vec<Circular>,
    pub kinds: Cited,
    pub term: Term,
    pub renewal: Renewal,
    pub standard_level: StandardLevel,
    pub raise: Raise,
    pub operation: Operation,
    pub two_level_government: TwoLevelGovernment,
}

#[derive(Debug, Deserialize)]
pub struct Circular {
    pub number: u8,
    pub title: String,
    pub governs: String,
    pub kinds: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub struct Cited {
    pub reference: String,
    pub confidence: Mark,
}

#[derive(Debug, Deserialize)]
pub struct Term {
    pub years: i32,
    pub reference: String,
    pub confidence: Mark,
}

#[derive(Debug, Deserialize)]
pub struct Renewal {
    pub registration_months_before_expiry: u32,
    pub reference: String,
    pub confidence: Mark,
}

#[derive(Debug, Deserialize)]
pub struct StandardLevel {
    pub level1_needs_muc: i64,
    pub level2_needs_muc: i64,
    pub reference: String,
    pub confidence: Mark,
}

#[derive(Debug, Deserialize)]
pub struct Raise {
    pub standard_wait_years: i32,
    pub standard_reference: String,
    pub standard_confidence: Mark,
    pub accreditation_wait_years: i32,
    pub accreditation_wait_years_amended: i32,
    pub amended_from: toml::value::Datetime,
    pub accreditation_reference: String,
    pub accreditation_confidence: Mark,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub struct Operation {
    pub mn: i32,
    pub th: i32,
    pub thcs: i32,
    pub thpt: i32,
    #[serde(rename = "reference")]
    pub reference: String,
    #[serde(rename = "confidence")]
    pub confidence: Mark,
}

#[derive(Debug, Deserialize)]
pub struct TwoLevelGovernment {
    pub from: toml::value::Datetime,
    pub reference: String,
    pub confidence: Mark,
    pub district_issuers: Vec<String>,
    pub district_heads: Vec<String>,
    pub district_abbreviations: Vec<String>,
    pub province_cities: Vec<String>,
}

/// The confidence letter of the data file.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
pub enum Mark {
    C,
    I,
    M,
}

impl Mark {
    pub fn confidence(self) -> Confidence {
        match self {
            Mark::C => Confidence::Confirmed,
            Mark::I => Confidence::Inferred,
            Mark::M => Confidence::Recalled,
        }
    }
}

static FACTS: LazyLock<Facts> = LazyLock::new(|| {
    toml::from_str(include_str!("../../data/circulars.toml"))
        .expect("data/circulars.toml is checked by a unit test")
});

pub fn facts() -> &'static Facts {
    &FACTS
}

/// How many years a recognition or an accreditation lasts.
pub fn term_years() -> i32 {
    facts().term.years
}

pub fn date(d: &toml::value::Datetime) -> NaiveDate {
    let day = d.date.expect("the data file's dates are dates");
    NaiveDate::from_ymd_opt(day.year.into(), day.month.into(), day.day.into())
        .expect("a valid date")
}

/// The circular governing a school of this kind: 19 for preschools, 17 for
/// primary schools, 18 for secondary and multi-level schools.
pub fn governing(kind: &Kind) -> &'static Circular {
    // The kind as it writes itself: one level is its code.
    let key = match kind.levels() {
        [one] => one.code(),
        _ if kind.is_multi_level() => "multi-level",
        _ => "",
    };
    facts()
        .circular
        .iter()
        .find(|c| c.kinds.iter().any(|k| k == key))
        .expect("every kind has a circular in data/circulars.toml")
}

/// The circulars of 2018 a text cites: "Thông tư 18/2018/TT-BGDĐT",
/// "TT18/2018", "18/2018/TT-BGDĐT", "số 17/2018".
pub fn cited(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    // Found by its slash (a byte search), which every plan's basis is read for.
    let slashes = text.match_indices('/').map(|(at, _)| at);
    for at in slashes.filter(|&at| bytes[at + 1..].starts_with(b"2018")) {
        // Exactly two digits before the slash.
        let digits = bytes[..at]
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if digits != 2 {
            continue;
        }
        let number = (bytes[at - 2] - b'0') * 10 + (bytes[at - 1] - b'0');
        if facts().circular.iter().any(|c| c.number == number) && !found.contains(&number) {
            found.push(number);
        }
    }
    found
}

/// Years a school of this kind must have run before recognition; a
/// multi-level school qualifies through any of its levels.
pub fn operation_years(kind: &Kind) -> i32 {
    let o = &facts().operation;
    kind.levels()
        .iter()
        .map(|l| match l {
            Level::Mn | Level::Mg | Level::Nt => o.mn,
            Level::Th => o.th,
            Level::Thcs => o.thcs,
            Level::Thpt => o.thpt,
        })
        .min()
        .unwrap_or(o.mn)
}

/// The lowest Mức a national-standard level needs.
pub fn muc_needed(standard_level: i64) -> i64 {
    let s = &facts().standard_level;
    if standard_level >= 2 {
        s.level2_needs_muc
    } else {
        s.level1_needs_muc
    }
}

/// Years to wait before a higher accreditation level, for a plan of this date.
pub fn accreditation_wait(on: NaiveDate) -> i32 {
    let r = &facts().raise;
    if on >= date(&r.amended_from) {
        r.accreditation_wait_years_amended
    } else {
        r.accreditation_wait_years
    }
}

/// Whether an issuer is a district body (UBND huyện, Phòng GD&ĐT, UBND TP.
/// Biên Hòa, UBND H. Cao Lộc …); cities governed by the centre are provinces.
pub fn is_district_issuer(issuer: &str) -> bool {
    use crate::text::words::{Word, starts_with, words};
    let issuer = words(issuer);
    let g = &facts().two_level_government;
    let abbreviations: Vec<Vec<Word>> = g.district_abbreviations.iter().map(|a| words(a)).collect();
    // The words after the district prefix, when the issuer starts with one.
    let after_prefix = g
        .district_issuers
        .iter()
        .map(|p| words(p))
        .find(|p| starts_with(&issuer, p))
        .map(|p| &issuer[p.len()..])
        .or_else(|| {
            g.district_heads.iter().map(|h| words(h)).find_map(|h| {
                let rest = issuer.get(h.len()..).filter(|_| starts_with(&issuer, &h))?;
                abbreviations
                    .iter()
                    .find(|a| starts_with(rest, a))
                    .map(|a| &rest[a.len()..])
            })
        });
    let Some(mut name) = after_prefix else {
        return false;
    };
    // "UBND thành phố Hà Nội", "UBND TP. Hồ Chí Minh": the city's own body.
    for municipal in ["thành phố", "TP"] {
        let m = words(municipal);
        if starts_with(name, &m) {
            name = &name[m.len()..];
        }
    }
    !g.province_cities
        .iter()
        .any(|c| starts_with(name, &words(c)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_file_parses_and_covers_every_kind() {
        assert!(facts().term.years > 0);
        for kind in [
            "MN",
            "MG",
            "NT",
            "TH",
            "THCS",
            "THPT",
            "TH-THCS",
            "THCS-THPT",
            "TH-THCS-THPT",
        ] {
            let k = Kind::parse(kind).unwrap();
            let expected = match kind {
                "MN" | "MG" | "NT" => 19,
                "TH" => 17,
                _ => 18,
            };
            assert_eq!(governing(&k).number, expected, "{kind}");
        }
        assert_eq!(operation_years(&Kind::parse("TH-THCS").unwrap()), 4);
        assert_eq!(operation_years(&Kind::parse("MG").unwrap()), 5);
    }

    /// A rule resting on a fact states the fact's confidence, so `kdcl explain`
    /// never presents an unconfirmed fact as certain.
    #[test]
    fn rules_state_the_confidence_of_their_facts() {
        use crate::rules;
        let f = facts();
        let pairs = [
            (&rules::RAISE_TOO_SOON, f.raise.standard_confidence),
            (
                &rules::ACCREDITATION_RAISE_TOO_SOON,
                f.raise.accreditation_confidence,
            ),
            (
                &rules::ACCREDITATION_BELOW_STANDARD,
                f.standard_level.confidence,
            ),
            (&rules::SCHOOL_TOO_YOUNG, f.operation.confidence),
            (&rules::RENEWAL_REGISTRATION_LATE, f.renewal.confidence),
            (&rules::NEW_BUT_RECOGNISED, f.term.confidence),
            (&rules::BASIS_CIRCULAR_MISSING, f.kinds.confidence),
            (&rules::DISTRICT_ISSUER, f.two_level_government.confidence),
            (
                &rules::PROVINCE_MERGED,
                crate::model::province::provinces().merger.confidence,
            ),
            (&rules::RENEWAL_NOT_PLANNED, f.term.confidence),
        ];
        for (rule, mark) in pairs {
            assert_eq!(rule.confidence, Some(mark.confidence()), "{}", rule.code);
            if mark == Mark::M {
                assert_ne!(
                    rule.severity,
                    crate::diag::severity::Severity::Error,
                    "{} rests on an unconfirmed fact",
                    rule.code
                );
            }
        }
    }

    #[test]
    fn circulars_cited_in_any_spelling() {
        assert_eq!(cited("Thông tư 18/2018/TT-BGDĐT"), [18]);
        assert_eq!(cited("TT18/2018"), [18]);
        assert_eq!(
            cited("Thông tư số 18/2018/TT-BGDĐT, số 19/2018/TT-BGDĐT ngày 22/8/2018"),
            [18, 19]
        );
        assert_eq!(cited("Quyết định số 2218/2018/QĐ-UBND"), Vec::<u8>::new());
        assert_eq!(cited("Thông tư số 13/2020/TT-BGDĐT"), Vec::<u8>::new());
    }

    #[test]
    fn the_accreditation_wait_changes_on_25_january_2025() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        assert_eq!(accreditation_wait(d(2025, 1, 24)), 2);
        assert_eq!(accreditation_wait(d(2025, 1, 25)), 1);
    }

    #[test]
    fn district_issuers() {
        assert!(is_district_issuer("UBND huyện Văn Quan"));
        assert!(is_district_issuer("Ủy ban nhân dân thành phố Lai Châu"));
        assert!(is_district_issuer("Phòng GD&ĐT Thủ Thừa"));
        assert!(is_district_issuer(
            "Phòng Giáo dục và Đào tạo thị xã Sơn Tây"
        ));
        assert!(!is_district_issuer("UBND thành phố Hà Nội"));
        assert!(!is_district_issuer("UBND xã Hòa Ninh"));
        assert!(!is_district_issuer("UBND tỉnh Lạng Sơn"));
        assert!(!is_district_issuer("Sở Giáo dục và Đào tạo Lai Châu"));
    }

    /// Issue 15 item 5: district bodies written short, with and without dot
    /// and space, and the bodies that are not districts.
    #[test]
    fn district_issuers_written_short() {
        for district in [
            "UBND TP. Biên Hòa",
            "UBND TP.Biên Hòa",
            "UBND TP Biên Hòa",
            "UBND H. Cao Lộc",
            "UBND H.Cao Lộc",
            "UBND H Cao Lộc",
            "UBND TX. Sơn Tây",
            "UBND TX.Sơn Tây",
            "UBND Q. 3",
            "UBND Q.Bình Thạnh",
            "Ủy ban nhân dân TP. Lai Châu",
            "Phòng GD&ĐT TP. Biên Hòa",
            "Phòng GD&ĐT TP.Biên Hòa",
            "Phòng GDĐT TX. Bình Minh",
            "UBND huyện Sóc Sơn, Hà Nội",
        ] {
            assert!(is_district_issuer(district), "{district}");
        }
        for not_district in [
            "UBND xã Hòa Ninh",
            "UBND phường Biên Hòa",
            "UBND đặc khu Phú Quốc",
            "UBND tỉnh Đồng Nai",
            "UBND thành phố Hà Nội",
            "UBND TP. Hà Nội",
            "UBND TP Huế",
            "UBND thành phố Hải Phòng",
            "UBND TP. Đà Nẵng",
            "UBND TP.Cần Thơ",
            "UBND TP. Hồ Chí Minh",
            "UBND TP.HCM",
            "UBND TPHCM",
            "Sở GD&ĐT TP. Hồ Chí Minh",
            "Sở Giáo dục và Đào tạo Đồng Nai",
            "UBND Hòa Bình",
            "UBND Quảng Ninh",
            "UBND Tây Ninh",
        ] {
            assert!(!is_district_issuer(not_district), "{not_district}");
        }
    }
}
