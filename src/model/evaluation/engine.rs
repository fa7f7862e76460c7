//! The level (Mức) a school's self-evaluation supports, computed by the
//! cumulative rule of the circulars (Art. 2, Art. 6, Art. 22):
//!
//! - Mức k (k = 1, 2, 3) when **every** criterion meets every requirement up
//!   to Mức k, i.e. reaches the highest level it defines up to k (a criterion
//!   with no Mức 3 requirement only needs its highest level for Mức 3);
//! - Mức 4 when the school is at Mức 3 and meets every Mức-4 item of Art. 22;
//! - no Mức when some criterion does not reach its level 1.
//!
//! There is no share of criteria that suffices: one criterion at level 1 keeps
//! a school at Mức 1 however many others reach level 3.

use super::catalogue::Catalogue;

/// A complete self-evaluation: the level each criterion of the catalogue
/// reaches (0–3, in catalogue order) and whether each Mức-4 item is met.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scores {
    pub criteria: Vec<u8>,
    pub items: Vec<bool>,
}

/// What keeps a school below a level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Blocker {
    /// Criterion `index` reaches `reached` where the level needs `needed`.
    Criterion {
        index: usize,
        reached: u8,
        needed: u8,
    },
    /// Mức-4 item `index` is not met.
    Item { index: usize },
}

/// The highest Mức of the circulars.
pub const TOP: u8 = 4;

impl Scores {
    /// Whether the school is at Mức `k` (1–4); Mức 0 always holds.
    pub fn meets(&self, catalogue: &Catalogue, k: u8) -> bool {
        self.blockers(catalogue, k).is_empty()
    }

    /// The school's Mức: 0 (none), 1, 2, 3 or 4.
    pub fn level(&self, catalogue: &Catalogue) -> u8 {
        (1..=TOP)
            .take_while(|&k| self.meets(catalogue, k))
            .last()
            .unwrap_or(0)
    }

    /// Everything that keeps the school from Mức `k`: each criterion below the
    /// level Mức `k` needs of it (all requirements up to k, so a criterion at
    /// level 1 blocks Mức 3 too) and, for Mức 4, each item not met. Empty when
    /// the school is at Mức `k` or above.
    pub fn blockers(&self, catalogue: &Catalogue, k: u8) -> Vec<Blocker> {
        let criteria_level = k.min(3);
        let mut out: Vec<Blocker> = catalogue
            .criteria
            .iter()
            .zip(&self.criteria)
            .enumerate()
            .filter_map(|(index, (criterion, &reached))| {
                let needed = criterion.needed_for(criteria_level);
                (reached < needed).then_some(Blocker::Criterion {
                    index,
                    reached,
                    needed,
                })
            })
            .collect();
        if k >= TOP {
            out.extend(
                (0..catalogue.level4.items.len())
                    .filter(|&i| !self.items.get(i).copied().unwrap_or(false))
                    .map(|index| Blocker::Item { index }),
            );
        }
        out
    }

    /// The level above the school's and what stands between them; `None` at Mức 4.
    pub fn next(&self, catalogue: &Catalogue) -> Option<(u8, Vec<Blocker>)> {
        let level = self.level(catalogue);
        (level < TOP).then(|| (level + 1, self.blockers(catalogue, level + 1)))
    }
}

/// The Mức a national-standard level (mức độ 1 or 2) requires: mức độ 1 needs
/// Mức 2, mức độ 2 needs Mức 3 (Circular 17 [C]; 18 and 19 [I]).
pub fn needed_for_standard(level: u8) -> u8 {
    if level >= 2 { 3 } else { 2 }
}

/// The highest national-standard level a Mức supports, if any.
pub fn standard_supported(muc: u8) -> Option<u8> {
    match muc {
        0 | 1 => None,
        2 => Some(1),
        _ => Some(2),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::evaluation::catalogue::Circular;

    /// Every criterion at `level`, every item met or not.
    fn all(c: &Catalogue, level: u8, items: bool) -> Scores {
        Scores {
            criteria: vec![level; c.criteria.len()],
            items: vec![items; c.level4.items.len()],
        }
    }

    fn with(mut s: Scores, c: &Catalogue, id: &str, level: u8) -> Scores {
        s.criteria[c.criterion(id).unwrap()] = level;
        s
    }

    /// One school per circular at each Mức, by the cumulative rule.
    #[test]
    fn each_circular_at_each_level() {
        for circular in Circular::ALL {
            let c = circular.catalogue();
            let name = &c.title;
            // Mức 4: everything at 3, every Art. 22 item met.
            assert_eq!(all(c, 3, true).level(c), 4, "{name}");
            // Mức 3: one Art. 22 item not met.
            let mut s = all(c, 3, true);
            s.items[0] = false;
            assert_eq!(s.level(c), 3, "{name}");
            assert_eq!(s.blockers(c, 4), [Blocker::Item { index: 0 }], "{name}");
            // Mức 2: two criteria that define Mức 3 stop at level 2 (3.2 and 4.1
            // exist and define Mức 3 in all three).
            let s = with(with(all(c, 3, true), c, "3.2", 2), c, "4.1", 2);
            assert_eq!(s.level(c), 2, "{name}");
            let (next, blockers) = s.next(c).unwrap();
            assert_eq!(next, 3);
            let ids: Vec<&str> = blockers
                .iter()
                .map(|b| match b {
                    Blocker::Criterion { index, .. } => c.criteria[*index].id.as_str(),
                    Blocker::Item { index } => c.level4.items[*index].id.as_str(),
                })
                .collect();
            assert_eq!(ids, ["3.2", "4.1"], "{name}");
            // Mức 1: everything at level 1.
            assert_eq!(all(c, 1, false).level(c), 1, "{name}");
            // No Mức: one criterion below level 1.
            let s = with(all(c, 2, false), c, "1.1", 0);
            assert_eq!(s.level(c), 0, "{name}");
            assert_eq!(
                s.blockers(c, 1),
                [Blocker::Criterion {
                    index: 0,
                    reached: 0,
                    needed: 1
                }]
            );
        }
    }

    /// More than two thirds of the criteria at level 3 and the rest at 2
    /// except one at level 1: a fractional rule ("at least 2/3 at the level,
    /// none below the one under it") would say Mức 3; the circulars say Mức 1.
    #[test]
    fn one_weak_criterion_keeps_a_strong_school_at_muc_1() {
        for circular in Circular::ALL {
            let c = circular.catalogue();
            let n = c.criteria.len();
            let mut s = all(c, 3, true);
            for level in s.criteria.iter_mut().skip(n * 3 / 4) {
                *level = 2;
            }
            s.criteria[n - 1] = 1;
            let at_3 = s.criteria.iter().filter(|&&l| l == 3).count();
            assert!(at_3 * 3 >= n * 2, "{at_3} of {n} at level 3");
            assert_eq!(s.level(c), 1, "{}", c.title);
            // Mức 2 is blocked by the one criterion at 1; Mức 3 by it and
            // those at 2 that define a Mức 3 requirement.
            assert_eq!(s.blockers(c, 2).len(), 1);
            let at_2_defining_3 = c.criteria[n * 3 / 4..n - 1]
                .iter()
                .filter(|k| k.highest() == 3)
                .count();
            assert_eq!(s.blockers(c, 3).len(), at_2_defining_3 + 1);
            assert!(!s.meets(c, 4));
        }
    }

    #[test]
    fn a_criterion_without_a_muc_3_requirement_needs_only_its_highest_level() {
        let mut c: Catalogue = toml::from_str(
            r#"
            circular = 17
            title = "T"
            applies_to = "TH"
            source = "test"
            confidence = "M"
            [[standard]]
            number = 1
            name = "S"
            [[criterion]]
            id = "1.1"
            name = "A"
            confidence = "M"
            levels = [1, 2, 3]
            levels_confidence = "M"
            [[criterion]]
            id = "1.2"
            name = "B"
            confidence = "M"
            levels = [1, 2]
            levels_confidence = "M"
            [level4]
            article = "Điều 22"
            confidence = "C"
            [[level4.item]]
            id = "M4.1"
            name = "I"
            name_vi = "I"
            confidence = "C"
            "#,
        )
        .unwrap();
        let s = Scores {
            criteria: vec![3, 2],
            items: vec![false],
        };
        assert_eq!(s.level(&c), 3);
        assert_eq!(s.blockers(&c, 4), [Blocker::Item { index: 0 }]);
        let s = Scores {
            criteria: vec![3, 2],
            items: vec![true],
        };
        assert_eq!(s.level(&c), 4);
        // Once the data says 1.2 has a Mức 3 requirement, level 2 is no longer enough.
        c.criteria[1].levels = vec![1, 2, 3];
        assert_eq!(s.level(&c), 2);
    }

    /// Issue 15 item 1: a school at the highest level each criterion defines
    /// is at Mức 3 in every circular (Circular 17's 1.2, 1.5, 1.7–1.10, 3.4,
    /// 5.1 define no Mức 3); one criterion that defines Mức 3 at level 2
    /// keeps it at Mức 2.
    #[test]
    fn the_highest_defined_level_of_each_criterion_is_muc_3() {
        for circular in Circular::ALL {
            let c = circular.catalogue();
            let s = Scores {
                criteria: c.criteria.iter().map(|k| k.highest()).collect(),
                items: vec![false; c.level4.items.len()],
            };
            assert_eq!(s.level(c), 3, "{}", c.title);
            assert!(c.criteria.iter().any(|k| k.highest() == 2), "{}", c.title);
            let s = with(s, c, "1.1", 2);
            assert_eq!(s.level(c), 2, "{}", c.title);
        }
    }

    #[test]
    fn national_standard_levels_need_muc_2_and_3() {
        assert_eq!(needed_for_standard(1), 2);
        assert_eq!(needed_for_standard(2), 3);
        assert_eq!(standard_supported(1), None);
        assert_eq!(standard_supported(2), Some(1));
        assert_eq!(standard_supported(4), Some(2));
    }
}
