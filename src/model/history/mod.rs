//! An area's plans and rosters across years, and what they say about each
//! school's recognitions: the ground `kdcl diff`, `kdcl due` and the
//! continuity rules stand on.
//!
//! A school is the same across years when its roster code is; a listed
//! school found in no roster is known by its name (up to spelling, as
//! `kdcl check` matches names). A recognition is known from a roster's
//! `standard_year` (or `accreditation_year`), or from a plan that acts on
//! the school in its year, unless a roster recorded after that year shows
//! it did not happen (a later roster file, or the same file once it records
//! results of that year). When the only roster is the acting plan's own and
//! holds nothing from that year on, it was not updated: the plan is believed
//! and the gap is said once ([`Unrecorded`]). Every command reads this one
//! model.

pub mod unrecorded;

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::rc::Rc;
use std::sync::Arc;

use crate::model::matching::{Found, Index};
use crate::model::name;
use crate::model::plan::{Action, Entry};
use crate::model::report::{CheckedPlan, Report};
use crate::model::report::{area_dir, area_name, province_name};
use crate::model::roster::{Roster, School};
use crate::text::collate;
use crate::text::source::{SourceFile, Span};

/// A school's identity across years; shared, not copied, by the maps of
/// an area's history.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SchoolId {
    /// The roster code, upper-cased.
    Code(Rc<str>),
    /// The matching key of a name no roster holds.
    Name(Rc<str>),
}

/// What a recognition is of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Of {
    /// National standard (chuẩn quốc gia), level 1–2.
    Standard,
    /// Accreditation (kiểm định), level 1–4.
    Accreditation,
}

/// Where a recognition is known from.
#[derive(Debug, Clone)]
pub struct Source {
    pub file: Arc<SourceFile>,
    pub span: Span,
    /// From a plan (an intention) rather than a roster (a record).
    pub plan: bool,
}

impl Source {
    /// "plans/a/roster-2024.csv:3".
    pub fn place(&self) -> String {
        format!(
            "{}:{}",
            self.file.path,
            self.file.line_col(self.span.start).0
        )
    }
}

#[derive(Debug, Clone)]
pub struct Recognition {
    pub year: i32,
    pub level: Option<u8>,
    pub source: Source,
}

impl Recognition {
    /// The year its five-year term ends.
    pub fn ends(&self) -> i32 {
        self.year + crate::model::circular::term_years()
    }
}

/// One area: its plans in year order.
pub struct Area<'r> {
    pub dir: PathBuf,
    pub name: String,
    pub province: String,
    pub plans: Vec<&'r CheckedPlan>,
    /// What the rules ask several times of the same area (a national check
    /// asks it of 3,300 areas), made once.
    memo: RefCell<Memo>,
}

/// Answers already made, by plan position or by (year, kind of recognition).
#[derive(Default)]
struct Memo {
    /// Each roster's [`Area::school_ids`], by the roster's address.
    ids: Vec<(*const Roster, Rc<[SchoolId]>)>,
    /// Each roster's rows by upper-cased code ([`Area::row`]), by the roster's address.
    rows: Vec<(*const Roster, Rc<HashMap<String, usize>>)>,
    entry_ids: BTreeMap<usize, Rc<[SchoolId]>>,
    actions: BTreeMap<(i32, bool), Rc<[Act]>>,
    recognitions: BTreeMap<(i32, bool), Rc<Recognitions>>,
}

/// Each school's recognitions, in year order.
pub type Recognitions = BTreeMap<SchoolId, Vec<Recognition>>;

/// The report's plans grouped by area (the folder they are in), in
/// Vietnamese order of their names; each area's plans in year order.
pub fn areas(report: &Report) -> Vec<Area<'_>> {
    let mut by_dir: BTreeMap<PathBuf, Vec<&CheckedPlan>> = BTreeMap::new();
    for plan in &report.plans {
        if plan.year().is_some() {
            by_dir.entry(area_dir(plan)).or_default().push(plan);
        }
    }
    let mut areas: Vec<Area<'_>> = by_dir
        .into_iter()
        .map(|(dir, mut plans)| {
            plans.sort_by_key(|p| p.year());
            plans.dedup_by_key(|p| p.year());
            let latest = plans.last().expect("an area has a plan");
            Area::new(dir, area_name(latest), province_name(latest), plans)
        })
        .collect();
    // The same order as `collate::compare` on name, then province, then
    // folder; keys made once per area (a national check has 3,300 areas).
    areas.sort_by_cached_key(|a| {
        (
            collate::key(&a.name),
            a.name.clone(),
            collate::key(&a.province),
            a.province.clone(),
            a.dir.clone(),
        )
    });
    areas
}

/// The area as people read it: "thành phố Lai Châu (Lai Châu)".
impl<'r> Area<'r> {
    pub fn new(dir: PathBuf, name: String, province: String, plans: Vec<&'r CheckedPlan>) -> Self {
        Area {
            dir,
            name,
            province,
            plans,
            memo: RefCell::default(),
        }
    }

    pub fn title(&self) -> String {
        if self.province.is_empty() {
            self.name.clone()
        } else {
            format!("{} ({})", self.name, self.province)
        }
    }

    pub fn plan_of(&self, year: i32) -> Option<&CheckedPlan> {
        self.plans.iter().copied().find(|p| p.year() == Some(year))
    }

    /// The roster of the latest plan of `year` or before that has one.
    pub fn roster_at(&self, year: i32) -> Option<&Arc<Roster>> {
        self.plans
            .iter()
            .rev()
            .filter(|p| p.year().is_some_and(|y| y <= year))
            .find_map(|p| p.roster.as_ref())
    }

    /// The identity of a roster school.
    pub fn id_of_school(school: &School) -> SchoolId {
        SchoolId::Code(crate::text::case::upper(&school.code).into())
    }

    /// The identities of a roster's schools, in roster order, made once
    /// per area.
    pub fn school_ids(&self, roster: &Roster) -> Rc<[SchoolId]> {
        // The area's plans hold their rosters for the area's life.
        let key = std::ptr::from_ref(roster);
        let known = self
            .memo
            .borrow()
            .ids
            .iter()
            .find(|(r, _)| *r == key)
            .map(|(_, ids)| ids.clone());
        known.unwrap_or_else(|| {
            let ids: Rc<[SchoolId]> = roster.schools.iter().map(Area::id_of_school).collect();
            self.memo.borrow_mut().ids.push((key, ids.clone()));
            ids
        })
    }

    /// The identity of what a plan writes: found in the plan's roster, else
    /// in another roster of the area (latest first), else by its name.
    pub fn id_of_written(&self, plan: &CheckedPlan, written: &str) -> SchoolId {
        let rosters = plan
            .roster
            .iter()
            .chain(self.plans.iter().rev().filter_map(|p| p.roster.as_ref()));
        let mut seen: Vec<&Arc<Roster>> = Vec::new();
        for roster in rosters {
            // Plans of several years often share one roster file.
            if seen.iter().any(|r| Arc::ptr_eq(r, roster)) {
                continue;
            }
            seen.push(roster);
            if let Some(Found::Exact(i) | Found::Variant(i)) =
                Index::new(roster).find_close(written)
            {
                return Area::id_of_school(&roster.schools[i]);
            }
        }
        let key = name::key(written);
        SchoolId::Name(
            format!(
                "{}|{}",
                key.kind.map(|k| k.to_string()).unwrap_or_default(),
                key.exact
            )
            .into(),
        )
    }

    /// The identity of a plan entry.
    pub fn id_of_entry(&self, plan: &CheckedPlan, index: usize) -> SchoolId {
        match self.plans.iter().position(|p| std::ptr::eq(*p, plan)) {
            Some(at) => self.entry_ids(at)[index].clone(),
            None => self.find_entry(plan, index),
        }
    }

    /// The identities of the entries of the plan at `at`, found once.
    fn entry_ids(&self, at: usize) -> Rc<[SchoolId]> {
        if let Some(ids) = self.memo.borrow().entry_ids.get(&at) {
            return ids.clone();
        }
        let plan = self.plans[at];
        let ids: Rc<[SchoolId]> = (0..plan.plan.schools.len())
            .map(|i| self.find_entry(plan, i))
            .collect();
        self.memo.borrow_mut().entry_ids.insert(at, ids.clone());
        ids
    }

    fn find_entry(&self, plan: &CheckedPlan, index: usize) -> SchoolId {
        let matched = plan
            .roster
            .as_ref()
            .zip(plan.schools.get(index).copied().flatten());
        match matched {
            Some((roster, s)) => Area::id_of_school(&roster.schools[s]),
            None => self.id_of_written(plan, &plan.plan.schools[index].school.value),
        }
    }

    /// The plan's entries by school (the first entry for each).
    pub fn entries_by_id<'p>(&self, plan: &'p CheckedPlan) -> BTreeMap<SchoolId, &'p Entry> {
        let mut out = BTreeMap::new();
        for (i, entry) in plan.plan.schools.iter().enumerate() {
            out.entry(self.id_of_entry(plan, i)).or_insert(entry);
        }
        out
    }

    /// Schools a plan's `[[note]]` tables speak of.
    pub fn noted(&self, plan: &CheckedPlan) -> Vec<SchoolId> {
        plan.plan
            .notes
            .iter()
            .map(|n| self.id_of_written(plan, &n.school.value))
            .collect()
    }

    /// The roster row of a school, as [`find_in`] finds it, by a map of
    /// the roster's codes made once per area: the history asks it for
    /// every action against every later roster.
    fn row<'a>(&self, roster: &'a Roster, id: &SchoolId) -> Option<&'a School> {
        let SchoolId::Code(code) = id else {
            return None;
        };
        // The area's plans hold their rosters for the area's life.
        let key = std::ptr::from_ref(roster);
        let known = self
            .memo
            .borrow()
            .rows
            .iter()
            .find(|(r, _)| *r == key)
            .map(|(_, m)| m.clone());
        let rows = known.unwrap_or_else(|| {
            let mut rows = HashMap::with_capacity(roster.schools.len());
            // The first row of a code, as `find_in` scans.
            for (i, s) in roster.schools.iter().enumerate().rev() {
                rows.insert(crate::text::case::upper(&s.code), i);
            }
            let rows = Rc::new(rows);
            self.memo.borrow_mut().rows.push((key, rows.clone()));
            rows
        });
        rows.get(&**code).map(|&i| &roster.schools[i])
    }

    /// The name to show for a school: the latest roster's, else as written.
    pub fn display(&self, id: &SchoolId, written: Option<&str>) -> String {
        for plan in self.plans.iter().rev() {
            if let Some(roster) = &plan.roster
                && let Some(s) = find_in(roster, id)
            {
                return format!("{} ({})", s.name, s.code);
            }
        }
        written.map(str::to_string).unwrap_or_else(|| match id {
            SchoolId::Code(c) => c.to_string(),
            SchoolId::Name(n) => n.to_string(),
        })
    }

    /// Every recognition known when the plan of `year` is made: records of
    /// the rosters of plans up to `year`, and actions of plans before it that
    /// no later roster contradicts. Each school's list is in year order.
    pub fn recognitions(&self, year: i32, of: Of) -> Rc<Recognitions> {
        let key = (year, of == Of::Standard);
        if let Some(known) = self.memo.borrow().recognitions.get(&key) {
            return known.clone();
        }
        let made = Rc::new(self.find_recognitions(year, of));
        self.memo
            .borrow_mut()
            .recognitions
            .insert(key, made.clone());
        made
    }

    fn find_recognitions(&self, year: i32, of: Of) -> Recognitions {
        let mut out = Recognitions::new();
        let mut seen_rosters: Vec<*const Roster> = Vec::new();
        // Latest rosters first: a recognition several rosters repeat is cited from the latest.
        for plan in self
            .plans
            .iter()
            .rev()
            .filter(|p| p.year().is_some_and(|y| y <= year))
        {
            let Some(roster) = &plan.roster else { continue };
            if seen_rosters.contains(&Arc::as_ptr(roster)) {
                continue;
            }
            seen_rosters.push(Arc::as_ptr(roster));
            // As `Roster::cell` finds it, the column looked up once.
            let column_at = roster.columns.get(match of {
                Of::Standard => "standard_year",
                Of::Accreditation => "accreditation_year",
            });
            let ids = self.school_ids(roster);
            for (school, id) in roster.schools.iter().zip(ids.iter()) {
                let (made, level) = match of {
                    Of::Standard => (school.standard_year, school.standard_level),
                    Of::Accreditation => (school.accreditation_year, school.accreditation_level),
                };
                let Some(made) = made else { continue };
                out.entry(id.clone()).or_default().push(Recognition {
                    year: made.year,
                    level,
                    source: Source {
                        file: roster.file.clone(),
                        span: column_at
                            .and_then(|&i| school.cells.get(i))
                            .or(school.cells.first())
                            .cloned()
                            .unwrap_or(0..0),
                        plan: false,
                    },
                });
            }
        }
        for act in self.actions(year, of).iter() {
            if act.standing == Standing::Contradicted {
                continue;
            }
            let list = out.entry(act.id.clone()).or_default();
            if list.iter().any(|r| r.year == act.made) {
                continue;
            }
            list.push(Recognition {
                year: act.made,
                level: act.level,
                source: act.source.clone(),
            });
        }
        for list in out.values_mut() {
            list.sort_by_key(|r| (r.year, r.source.plan));
            list.dedup_by_key(|r| r.year);
            // A renewal that states no level keeps the level held.
            for i in 1..list.len() {
                if list[i].level.is_none() {
                    list[i].level = list[i - 1].level;
                }
            }
        }
        out
    }

    /// The actions of plans before `year` on recognitions of `of`, each
    /// with how the rosters read up to `year` stand to it.
    fn actions(&self, year: i32, of: Of) -> Rc<[Act]> {
        let key = (year, of == Of::Standard);
        if let Some(known) = self.memo.borrow().actions.get(&key) {
            return known.clone();
        }
        let made: Rc<[Act]> = self.find_actions(year, of).into();
        self.memo.borrow_mut().actions.insert(key, made.clone());
        made
    }

    fn find_actions(&self, year: i32, of: Of) -> Vec<Act> {
        let mut out = Vec::new();
        for plan in self
            .plans
            .iter()
            .filter(|p| p.year().is_some_and(|y| y < year))
        {
            let made = plan.year().expect("filtered on the year");
            for (i, entry) in plan.plan.schools.iter().enumerate() {
                let Some(action) = entry.action.as_ref().map(|a| a.value) else {
                    continue;
                };
                let level = match of {
                    Of::Standard => match action {
                        Action::Accredit => continue,
                        Action::Raise => Some(entry.level.as_ref().map_or(2, |l| l.value as u8)),
                        Action::New | Action::Renew => entry.level.as_ref().map(|l| l.value as u8),
                    },
                    Of::Accreditation => match (&entry.accreditation, action) {
                        (Some(level), _) => Some(level.value as u8),
                        (None, Action::Accredit) => None,
                        (None, _) => continue,
                    },
                };
                let id = self.id_of_entry(plan, i);
                let standing = self.standing(plan, &id, (made, level), year, of);
                out.push(Act {
                    id,
                    made,
                    action,
                    level,
                    standing,
                    source: Source {
                        file: plan.plan.file.clone(),
                        span: entry.school.span.clone(),
                        plan: true,
                    },
                });
            }
        }
        out
    }

    /// How the rosters read after the plan `acting` of `made` (up to
    /// `until`) stand to its action on the school `id`.
    fn standing(
        &self,
        acting: &CheckedPlan,
        id: &SchoolId,
        (made, level): (i32, Option<u8>),
        until: i32,
        of: Of,
    ) -> Standing {
        // A roster shows it when it records a recognition from `made` on (or
        // does not hold the school at all: nothing to say).
        let shows = |roster: &Roster| {
            self.row(roster, id).is_none_or(|s| {
                let year = match of {
                    Of::Standard => s.standard_year,
                    Of::Accreditation => s.accreditation_year,
                };
                year.is_some_and(|m| m.year >= made)
            })
        };
        let own = acting.roster.as_ref();
        let later = |p: &&&CheckedPlan| p.year().is_some_and(|y| y > made && y <= until);
        // A roster of a later year, another file than the acting plan's,
        // is a record made after it: a proposal it does not show did not
        // happen.
        let recorded = self
            .plans
            .iter()
            .filter(later)
            .filter_map(|p| p.roster.as_ref())
            .filter(|r| own.is_none_or(|o| !Arc::ptr_eq(o, r)))
            .any(|r| !shows(r));
        if recorded {
            return Standing::Contradicted;
        }
        // The acting plan's own roster, still the one read at `until`, that
        // does not show it: when it records results of the plan's year or
        // later it was kept up to date, and the proposal did not happen;
        // otherwise it was not updated after the year: the plan is believed,
        // and the gap said.
        match (own, self.roster_at(until)) {
            (Some(own), Some(now)) if Arc::ptr_eq(own, now) && !shows(now) => {
                let updated = now.schools.iter().any(|s| {
                    [s.standard_year, s.accreditation_year]
                        .iter()
                        .flatten()
                        .any(|m| m.year >= made)
                });
                if updated || self.proposed_again(id, (made, level), until, of) {
                    Standing::Contradicted
                } else {
                    Standing::Unrecorded
                }
            }
            _ => Standing::Holds,
        }
    }

    /// Whether a plan after `made` (up to `until`) lists the school as if
    /// the action of `made` had not happened: `new` or `raise` again, or a
    /// lower level than it gave. That plan was written knowing the outcome.
    fn proposed_again(
        &self,
        id: &SchoolId,
        (made, level): (i32, Option<u8>),
        until: i32,
        of: Of,
    ) -> bool {
        if of != Of::Standard {
            return false;
        }
        self.plans
            .iter()
            .filter(|p| p.year().is_some_and(|y| y > made && y <= until))
            .any(|p| {
                p.plan.schools.iter().enumerate().any(|(i, e)| {
                    let again = match e.action.as_ref().map(|a| a.value) {
                        Some(Action::New | Action::Raise) => true,
                        Some(Action::Renew) => e
                            .level
                            .as_ref()
                            .zip(level)
                            .is_some_and(|(l, given)| l.value < i64::from(given)),
                        _ => false,
                    };
                    again && self.id_of_entry(p, i) == *id
                })
            })
    }
}

/// How later rosters stand to a plan's action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Standing {
    /// Shown, or nothing says otherwise.
    Holds,
    /// A roster recorded after the plan's year does not show it.
    Contradicted,
    /// The plan's own roster, not updated since, does not show it.
    Unrecorded,
}

/// A plan's action on one school's recognition.
struct Act {
    id: SchoolId,
    made: i32,
    action: Action,
    level: Option<u8>,
    standing: Standing,
    source: Source,
}

/// The roster row of a school, by identity.
pub fn find_in<'r>(roster: &'r Roster, id: &SchoolId) -> Option<&'r School> {
    match id {
        SchoolId::Code(code) => roster
            .schools
            .iter()
            .find(|s| crate::text::case::upper_is(&s.code, code)),
        SchoolId::Name(_) => None,
    }
}

/// The latest recognition made before `year`.
pub fn latest_before(list: &[Recognition], year: i32) -> Option<&Recognition> {
    list.iter().rev().find(|r| r.year < year)
}
