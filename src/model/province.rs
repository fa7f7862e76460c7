//! The provinces before and after the 2025 merger (Resolution 202/2025/QH15:
//! 63 provinces became 34, the new governments at work from 01/07/2025),
//! read from `data/provinces.toml` with its sources and confidence.

use std::sync::LazyLock;

use chrono::NaiveDate;
use serde::Deserialize;

use crate::model::circular::{Mark, date};
use crate::text::words::{Word, words};

#[derive(Debug, Deserialize)]
pub struct Provinces {
    pub merger: Merger,
    pub province: Vec<Province>,
    #[serde(default)]
    pub alias: Vec<Alias>,
}

#[derive(Debug, Deserialize)]
pub struct Merger {
    pub resolution: String,
    pub new_governments_from: toml::value::Datetime,
    pub source: String,
    pub confidence: Mark,
}

/// A province from 01/07/2025, and the provinces it was formed from.
#[derive(Debug, Deserialize)]
pub struct Province {
    pub name: String,
    /// "tỉnh" or "thành phố trực thuộc trung ương".
    pub kind: String,
    pub unchanged: bool,
    #[serde(default)]
    pub merged_from: Vec<String>,
    pub confidence: Mark,
}

impl Province {
    /// The name with its unit, as offices write it: "tỉnh Tây Ninh",
    /// "thành phố Hồ Chí Minh".
    pub fn title(&self) -> String {
        if self.kind == "tỉnh" {
            format!("tỉnh {}", self.name)
        } else {
            format!("thành phố {}", self.name)
        }
    }
}

/// Another way of writing a province's name.
#[derive(Debug, Deserialize)]
pub struct Alias {
    pub name: String,
    pub means: String,
}

static PROVINCES: LazyLock<Provinces> = LazyLock::new(|| {
    toml::from_str(include_str!("../../data/provinces.toml"))
        .expect("data/provinces.toml is checked by a unit test")
});

pub fn provinces() -> &'static Provinces {
    &PROVINCES
}

/// The day the new provinces' governments start work: from then an old
/// province's name is an anachronism.
pub fn merged_from() -> NaiveDate {
    date(&provinces().merger.new_governments_from)
}

/// A name's words without the prefix "tỉnh", "thành phố" or "TP.".
fn name_words(name: &str) -> Vec<Word> {
    let mut w: Vec<Word> = words(name).into_iter().filter(|w| !w.connector).collect();
    for prefix in ["tỉnh", "thành phố", "tp"] {
        let p = words(prefix);
        if w.len() > p.len() && w.iter().zip(&p).all(|(a, b)| a.is(b)) {
            w.drain(..p.len());
            break;
        }
    }
    w
}

fn same(a: &[Word], b: &[Word]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.is(y))
}

/// The name as the data writes it, an alias resolved: "tỉnh Long An" →
/// "Long An", "TP.HCM" → "Hồ Chí Minh".
fn canonical(name: &str) -> Option<&'static str> {
    let w = name_words(name);
    let p = provinces();
    if let Some(a) = p.alias.iter().find(|a| same(&name_words(&a.name), &w)) {
        return Some(a.means.as_str());
    }
    p.province
        .iter()
        .flat_map(|x| x.merged_from.iter().chain([&x.name]))
        .find(|n| same(&name_words(n), &w))
        .map(String::as_str)
}

/// The province an old province was merged into, when it no longer exists
/// under its own name: "Long An" → Tây Ninh. `None` for a province that
/// still exists (its name lent to the new one, or unchanged) and for a name
/// kdcl does not know.
pub fn merged_into(name: &str) -> Option<&'static Province> {
    let old = canonical(name)?;
    let p = provinces();
    if p.province.iter().any(|x| x.name == old) {
        return None;
    }
    p.province
        .iter()
        .find(|x| x.merged_from.iter().any(|m| m == old))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_file_has_34_provinces_from_63() {
        let p = provinces();
        assert_eq!(p.province.len(), 34);
        assert_eq!(p.province.iter().filter(|x| x.unchanged).count(), 11);
        let old: usize = p.province.iter().map(|x| x.merged_from.len().max(1)).sum();
        assert_eq!(old, 63);
        assert_eq!(p.merger.confidence, Mark::C);
        assert!(p.province.iter().all(|x| x.confidence == Mark::C));
        assert_eq!(merged_from(), NaiveDate::from_ymd_opt(2025, 7, 1).unwrap());
    }

    /// Issue 15's list, as the data has it.
    #[test]
    fn old_provinces_and_where_they_went() {
        let into = |n: &str| merged_into(n).map(|p| p.name.as_str());
        assert_eq!(into("Long An"), Some("Tây Ninh"));
        assert_eq!(into("tỉnh Long An"), Some("Tây Ninh"));
        assert_eq!(into("Hà Giang"), Some("Tuyên Quang"));
        assert_eq!(into("Bình Dương"), Some("Hồ Chí Minh"));
        assert_eq!(into("Bà Rịa - Vũng Tàu"), Some("Hồ Chí Minh"));
        assert_eq!(into("Bà Rịa–Vũng Tàu"), Some("Hồ Chí Minh"));
        assert_eq!(into("Quảng Nam"), Some("Đà Nẵng"));
        assert_eq!(into("Kiên Giang"), Some("An Giang"));
        assert_eq!(into("Bạc Liêu"), Some("Cà Mau"));
        assert_eq!(into("Hậu Giang"), Some("Cần Thơ"));
        assert_eq!(into("Hải Dương"), Some("Hải Phòng"));
        assert_eq!(into("Nam Định"), Some("Ninh Bình"));
        assert_eq!(merged_into("Long An").unwrap().title(), "tỉnh Tây Ninh");
        assert_eq!(
            merged_into("Bình Dương").unwrap().title(),
            "thành phố Hồ Chí Minh"
        );
        for kept in [
            "Tây Ninh",
            "Lâm Đồng",
            "Lai Châu",
            "Lạng Sơn",
            "Hà Nội",
            "Huế",
            "Thừa Thiên Huế",
            "Thành phố Hồ Chí Minh",
            "TP.HCM",
            "Đồng Nai",
            "Atlantis",
        ] {
            assert_eq!(into(kept), None, "{kept}");
        }
    }
}
