//! The criteria catalogue (tiêu chuẩn, tiêu chí) of Circulars 17, 18 and
//! 19/2018/TT-BGDĐT, shipped as data in `data/criteria/` and read at first use.
//! Each file states its circular, its source and how sure each fact is, so a
//! correction from the official text is one edit there, not in the code.

use std::sync::LazyLock;

use serde::{Deserialize, Deserializer};

use crate::diag::rule::Confidence;
use crate::model::kind::Kind;

/// The three circulars; which one governs a school follows from its type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Circular {
    /// Thông tư 17/2018: primary schools.
    Tt17,
    /// Thông tư 18/2018: lower and upper secondary and multi-level schools.
    Tt18,
    /// Thông tư 19/2018: preschools.
    Tt19,
}

impl Circular {
    pub const ALL: [Circular; 3] = [Circular::Tt17, Circular::Tt18, Circular::Tt19];

    /// MN, MG and NT schools follow Circular 19; TH schools Circular 17;
    /// THCS, THPT and every multi-level school Circular 18 (its Art. 1 k2).
    pub fn for_kind(kind: &Kind) -> Circular {
        use crate::model::kind::Level;
        if kind.is_preschool() {
            Circular::Tt19
        } else if kind.levels() == [Level::Th] {
            Circular::Tt17
        } else {
            Circular::Tt18
        }
    }

    pub fn catalogue(self) -> &'static Catalogue {
        match self {
            Circular::Tt17 => &TT17,
            Circular::Tt18 => &TT18,
            Circular::Tt19 => &TT19,
        }
    }

    /// Where the data lives in the repository, for messages that ask for a correction.
    pub fn data_path(self) -> &'static str {
        match self {
            Circular::Tt17 => "data/criteria/tt17.toml",
            Circular::Tt18 => "data/criteria/tt18.toml",
            Circular::Tt19 => "data/criteria/tt19.toml",
        }
    }

    fn text(self) -> &'static str {
        match self {
            Circular::Tt17 => include_str!("../../../data/criteria/tt17.toml"),
            Circular::Tt18 => include_str!("../../../data/criteria/tt18.toml"),
            Circular::Tt19 => include_str!("../../../data/criteria/tt19.toml"),
        }
    }
}

static TT17: LazyLock<Catalogue> = LazyLock::new(|| Catalogue::parse(Circular::Tt17));
static TT18: LazyLock<Catalogue> = LazyLock::new(|| Catalogue::parse(Circular::Tt18));
static TT19: LazyLock<Catalogue> = LazyLock::new(|| Catalogue::parse(Circular::Tt19));

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    /// 17, 18 or 19.
    pub circular: u8,
    /// "Thông tư 17/2018/TT-BGDĐT", as findings cite it.
    pub title: String,
    pub applies_to: String,
    pub source: String,
    /// How sure the list of criteria (their number per standard) is.
    #[serde(deserialize_with = "confidence")]
    pub confidence: Confidence,
    #[serde(rename = "standard")]
    pub standards: Vec<Standard>,
    #[serde(rename = "criterion")]
    pub criteria: Vec<Criterion>,
    pub level4: Level4,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Standard {
    pub number: u8,
    pub name: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    /// "1.1" … "5.6".
    pub id: String,
    pub name: String,
    /// That the circular has this criterion under this number and subject.
    #[serde(deserialize_with = "confidence")]
    pub confidence: Confidence,
    /// The levels (Mức 1–3) the criterion states requirements for, ascending.
    pub levels: Vec<u8>,
    #[serde(deserialize_with = "confidence")]
    pub levels_confidence: Confidence,
}

impl Criterion {
    /// The level this criterion must reach for the school to be at Mức `k`
    /// (1–3): the highest level it defines up to `k`. A criterion with no
    /// Mức 3 requirement needs only its highest level for Mức 3.
    pub fn needed_for(&self, k: u8) -> u8 {
        self.levels
            .iter()
            .copied()
            .filter(|&l| l <= k)
            .max()
            .unwrap_or(0)
    }

    /// Whether a self-evaluation may give this level: 0 (not even level 1) or
    /// a level the criterion defines.
    pub fn defines(&self, level: u8) -> bool {
        level == 0 || self.levels.contains(&level)
    }

    pub fn highest(&self) -> u8 {
        self.levels.iter().copied().max().unwrap_or(0)
    }
}

/// The school-wide requirements of Mức 4 (Art. 22).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Level4 {
    /// "Điều 22".
    pub article: String,
    #[serde(deserialize_with = "confidence")]
    pub confidence: Confidence,
    /// False when the source confirms only part of the list.
    #[serde(default = "yes")]
    pub complete: bool,
    #[serde(rename = "item")]
    pub items: Vec<Item>,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// "M4.1" ….
    pub id: String,
    /// A paraphrase in English, and in Vietnamese for Vietnamese output.
    pub name: String,
    pub name_vi: String,
    #[serde(deserialize_with = "confidence")]
    pub confidence: Confidence,
}

impl Item {
    /// The paraphrase in the language of the output.
    pub fn name_in(&self, lang: crate::diag::messages::Lang) -> &str {
        match lang {
            crate::diag::messages::Lang::En => &self.name,
            crate::diag::messages::Lang::Vi => &self.name_vi,
        }
    }
}

fn confidence<'de, D: Deserializer<'de>>(d: D) -> Result<Confidence, D::Error> {
    match String::deserialize(d)?.as_str() {
        "C" => Ok(Confidence::Confirmed),
        "I" => Ok(Confidence::Inferred),
        "M" => Ok(Confidence::Recalled),
        other => Err(serde::de::Error::custom(format!(
            "confidence must be \"C\", \"I\" or \"M\", not {other:?}"
        ))),
    }
}

/// An id as self-evaluation files write it: spaces dropped, `m4.1` = `M4.1`.
pub fn normalize_id(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_uppercase()
}

impl Catalogue {
    /// The shipped data is part of the program: a file that does not parse is
    /// a bug in kdcl, caught by the unit tests below.
    fn parse(circular: Circular) -> Catalogue {
        toml::from_str(circular.text())
            .unwrap_or_else(|e| panic!("{} does not parse: {e}", circular.data_path()))
    }

    /// The index of criterion `id` ("1.1"), written in any case or spacing.
    pub fn criterion(&self, id: &str) -> Option<usize> {
        let id = normalize_id(id);
        self.criteria.iter().position(|c| c.id == id)
    }

    /// The index of Mức-4 item `id` ("M4.1").
    pub fn item(&self, id: &str) -> Option<usize> {
        let id = normalize_id(id);
        self.level4.items.iter().position(|i| i.id == id)
    }

    /// Every id a self-evaluation may use.
    pub fn ids(&self) -> Vec<&str> {
        self.criteria
            .iter()
            .map(|c| c.id.as_str())
            .chain(self.level4.items.iter().map(|i| i.id.as_str()))
            .collect()
    }

    /// "1.1–1.10, 2.1–2.4, 3.1–3.6, 4.1–4.2, 5.1–5.5", for messages.
    pub fn criteria_ranges(&self) -> String {
        let mut parts = Vec::new();
        for s in &self.standards {
            let prefix = format!("{}.", s.number);
            let ids: Vec<&str> = self
                .criteria
                .iter()
                .map(|c| c.id.as_str())
                .filter(|id| id.starts_with(&prefix))
                .collect();
            match (ids.first(), ids.last()) {
                (Some(a), Some(b)) if a != b => parts.push(format!("{a}–{b}")),
                (Some(a), _) => parts.push(a.to_string()),
                _ => {}
            }
        }
        parts.join(", ")
    }

    /// "M4.1–M4.5".
    pub fn item_range(&self) -> String {
        match (self.level4.items.first(), self.level4.items.last()) {
            (Some(a), Some(b)) if a.id != b.id => format!("{}–{}", a.id, b.id),
            (Some(a), _) => a.id.clone(),
            _ => String::new(),
        }
    }

    /// The citation of findings about a school under this circular:
    /// "Thông tư 17/2018/TT-BGDĐT, Điều 6" (and Điều 22 when Mức 4 is at stake).
    pub fn reference(&self, with_level4: bool) -> String {
        if with_level4 {
            format!("{}, Điều 6, {}", self.title, self.level4.article)
        } else {
            format!("{}, Điều 6", self.title)
        }
    }

    /// The number of criteria in each standard, in order.
    pub fn counts(&self) -> Vec<usize> {
        self.standards
            .iter()
            .map(|s| {
                let prefix = format!("{}.", s.number);
                self.criteria
                    .iter()
                    .filter(|c| c.id.starts_with(&prefix))
                    .count()
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_file_parses_and_has_the_digests_counts() {
        let expected = [
            (Circular::Tt17, 17, vec![10, 4, 6, 2, 5], 27),
            (Circular::Tt18, 18, vec![10, 4, 6, 2, 6], 28),
            (Circular::Tt19, 19, vec![10, 3, 6, 2, 4], 25),
        ];
        for (circular, number, counts, total) in expected {
            let c = circular.catalogue();
            assert_eq!(c.circular, number);
            assert!(c.title.contains(&format!("{number}/2018/TT-BGDĐT")));
            assert_eq!(c.counts(), counts, "{number}");
            assert_eq!(c.criteria.len(), total, "{number}");
            assert_eq!(
                c.standards.iter().map(|s| s.number).collect::<Vec<_>>(),
                [1, 2, 3, 4, 5]
            );
            assert!(!c.source.is_empty() && !c.applies_to.is_empty());
        }
    }

    #[test]
    fn confidence_is_as_the_digest_marks_it() {
        use Confidence::*;
        for circular in Circular::ALL {
            assert_eq!(circular.catalogue().confidence, Confirmed);
        }
        // The criteria without a Mức 3 requirement, from the published
        // self-evaluation templates (docs/research/circulars-evidence.md item 5).
        let without_3 = [
            (
                Circular::Tt17,
                &["1.2", "1.5", "1.7", "1.8", "1.9", "1.10", "3.4", "5.1"][..],
            ),
            (
                Circular::Tt18,
                &["1.2", "1.7", "1.8", "1.9", "1.10", "3.4", "5.3", "5.4"][..],
            ),
            (
                Circular::Tt19,
                &["1.2", "1.7", "1.8", "1.9", "1.10", "3.6"][..],
            ),
        ];
        for (circular, ids) in without_3 {
            for criterion in &circular.catalogue().criteria {
                let expected: &[u8] = if ids.contains(&criterion.id.as_str()) {
                    &[1, 2]
                } else {
                    &[1, 2, 3]
                };
                assert_eq!(criterion.levels, expected, "{}", criterion.id);
                assert_eq!(criterion.levels_confidence, Confirmed);
            }
        }
        assert_eq!(Circular::Tt17.catalogue().level4.confidence, Confirmed);
        assert_eq!(Circular::Tt18.catalogue().level4.confidence, Recalled);
        assert!(!Circular::Tt19.catalogue().level4.complete);
    }

    /// The rules resting on the catalogues state the catalogues' confidence.
    #[test]
    fn rules_on_the_catalogues_state_their_confidence() {
        use crate::rules;
        for circular in Circular::ALL {
            let c = circular.catalogue();
            for rule in [
                &rules::EVALUATION_UNKNOWN_CRITERION,
                &rules::EVALUATION_MISSING_CRITERION,
            ] {
                assert_eq!(rule.confidence, Some(c.confidence), "{}", rule.code);
            }
            for criterion in &c.criteria {
                assert_eq!(
                    rules::EVALUATION_UNDEFINED_LEVEL.confidence,
                    Some(criterion.levels_confidence),
                    "{}",
                    criterion.id
                );
            }
        }
    }

    /// The names issue 15 quotes from the published template.
    #[test]
    fn criterion_names_follow_the_template() {
        let c = Circular::Tt17.catalogue();
        let name = |id: &str| c.criteria[c.criterion(id).unwrap()].name.as_str();
        assert_eq!(name("1.5"), "Khối lớp và tổ chức lớp học");
        assert_eq!(name("3.1"), "Khuôn viên, khu sân chơi, sân tập");
        assert_eq!(
            name("3.3"),
            "Khối phòng phục vụ học tập và khối phòng hành chính - quản trị"
        );
    }

    #[test]
    fn ids_are_unique_well_formed_and_levels_ascend() {
        for circular in Circular::ALL {
            let c = circular.catalogue();
            let ids = c.ids();
            assert_eq!(ids.iter().collect::<HashSet<_>>().len(), ids.len());
            for criterion in &c.criteria {
                let (standard, n) = criterion.id.split_once('.').unwrap();
                let standard: u8 = standard.parse().unwrap();
                assert!((1..=5).contains(&standard), "{}", criterion.id);
                assert!(n.parse::<u8>().unwrap() >= 1);
                assert_eq!(normalize_id(&criterion.id), criterion.id);
                assert!(!criterion.levels.is_empty());
                assert!(criterion.levels.windows(2).all(|w| w[0] < w[1]));
                assert!(criterion.levels.iter().all(|l| (1..=3).contains(l)));
            }
            assert!(!c.level4.items.is_empty());
            for item in &c.level4.items {
                assert!(item.id.starts_with("M4."), "{}", item.id);
            }
        }
    }

    #[test]
    fn kinds_map_to_their_circular() {
        let of = |k: &str| Circular::for_kind(&Kind::parse(k).unwrap());
        assert_eq!(of("MN"), Circular::Tt19);
        assert_eq!(of("MG"), Circular::Tt19);
        assert_eq!(of("NT"), Circular::Tt19);
        assert_eq!(of("TH"), Circular::Tt17);
        assert_eq!(of("THCS"), Circular::Tt18);
        assert_eq!(of("THPT"), Circular::Tt18);
        assert_eq!(of("TH-THCS"), Circular::Tt18);
        assert_eq!(of("THCS-THPT"), Circular::Tt18);
    }

    #[test]
    fn lookups_and_ranges() {
        let c = Circular::Tt17.catalogue();
        assert_eq!(c.criterion(" 1.10 "), Some(9));
        assert_eq!(c.criterion("5.6"), None);
        assert_eq!(c.item("m4.2"), Some(1));
        assert_eq!(
            c.criteria_ranges(),
            "1.1–1.10, 2.1–2.4, 3.1–3.6, 4.1–4.2, 5.1–5.5"
        );
        assert_eq!(c.item_range(), "M4.1–M4.5");
        assert_eq!(c.reference(false), "Thông tư 17/2018/TT-BGDĐT, Điều 6");
    }

    #[test]
    fn needed_level_stops_at_the_highest_defined() {
        let two = Criterion {
            id: "9.9".into(),
            name: String::new(),
            confidence: Confidence::Recalled,
            levels: vec![1, 2],
            levels_confidence: Confidence::Recalled,
        };
        assert_eq!(
            (two.needed_for(1), two.needed_for(2), two.needed_for(3)),
            (1, 2, 2)
        );
        assert!(two.defines(0) && two.defines(2) && !two.defines(3));
    }
}
