//! `kdcl due --year Y`: the schools whose national-standard recognition or
//! accreditation ends in year Y, by area, from the rosters and the earlier
//! plans; `--format toml` prints `[[school]]` entries to paste into the
//! plan of Y.

use serde::Serialize;

use crate::model::history::{self, Of, Recognition, SchoolId};
use crate::model::report::Report;

/// A term that ends: its level and when it was made.
#[derive(Debug, Clone, Serialize)]
pub struct Term {
    pub level: Option<u8>,
    pub made: i32,
    /// Where kdcl read it: "plans/…/roster-2025.csv:5".
    pub source: String,
}

impl Term {
    fn of(r: &Recognition) -> Term {
        Term {
            level: r.level,
            made: r.year,
            source: r.source.place(),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct DueSchool {
    pub school: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The national-standard recognition that ends (chuẩn quốc gia).
    pub standard: Option<Term>,
    /// The accreditation that ends (kiểm định).
    pub accreditation: Option<Term>,
    /// The plan of the year that already lists the school.
    pub planned: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DueArea {
    pub area: String,
    pub province: String,
    pub folder: String,
    pub schools: Vec<DueSchool>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Due {
    pub version: u32,
    pub year: i32,
    pub areas: Vec<DueArea>,
    /// Earlier plans' results the rosters do not show yet: kdcl believes
    /// the plans, so these schools are not listed as due from the rosters.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub not_recorded: Vec<NotRecorded>,
    /// Plans that could not be read: their schools may be due too.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unread: Vec<crate::report::Unread>,
}

/// An earlier plan's action the roster does not show (`model::history::unrecorded::Unrecorded`).
#[derive(Debug, Clone, Serialize)]
pub struct NotRecorded {
    pub folder: String,
    pub school: String,
    /// The year of the plan that acted, and where.
    pub made: i32,
    pub plan: String,
    /// What the roster still shows: level and year, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub roster_level: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub roster_year: Option<i32>,
    /// The sentence every command says about it.
    pub message: String,
}

impl NotRecorded {
    pub fn of(folder: &str, gap: &history::unrecorded::Unrecorded) -> NotRecorded {
        NotRecorded {
            folder: folder.to_string(),
            school: gap.school.clone(),
            made: gap.made,
            plan: gap.source.place(),
            roster_level: gap.held.and_then(|(l, _)| l),
            roster_year: gap.held.map(|(_, y)| y),
            message: gap.message().render(),
        }
    }
}

/// The term of `list` that ends in `year`, unless a recognition of `year` is recorded.
fn ending(list: Option<&Vec<Recognition>>, year: i32) -> Option<&Recognition> {
    let list = list?;
    let last = history::latest_before(list, year)?;
    (last.ends() == year && !list.iter().any(|r| r.year == year)).then_some(last)
}

pub fn build(report: &Report, year: i32) -> Due {
    let mut areas = Vec::new();
    let mut not_recorded = Vec::new();
    for area in history::areas(report) {
        let folder = crate::text::path::display(&area.dir);
        not_recorded.extend(
            area.unrecorded(year)
                .iter()
                .map(|g| NotRecorded::of(&folder, g)),
        );
        let standard = area.recognitions(year, Of::Standard);
        let accreditation = area.recognitions(year, Of::Accreditation);
        let mut ids: Vec<&SchoolId> = standard.keys().chain(accreditation.keys()).collect();
        ids.sort();
        ids.dedup();
        let roster = area.roster_at(year);
        let plan = area.plan_of(year);
        let listed = plan.map(|p| area.entries_by_id(p)).unwrap_or_default();
        let mut schools = Vec::new();
        for id in ids {
            let s = ending(standard.get(id), year);
            let a = ending(accreditation.get(id), year);
            if s.is_none() && a.is_none() {
                continue;
            }
            let row = roster.and_then(|r| history::find_in(r, id));
            // A school the latest roster no longer has is not due (KD504 is about it).
            if roster.is_some() && row.is_none() && matches!(id, SchoolId::Code(_)) {
                continue;
            }
            let written = listed.get(id).map(|e| e.school.value.clone());
            schools.push(DueSchool {
                school: row
                    .map(|r| r.name.clone())
                    .or(written)
                    .unwrap_or_else(|| area.display(id, None)),
                code: row.map(|r| r.code.clone()),
                kind: row.and_then(|r| r.kind.as_ref()).map(|k| k.to_string()),
                standard: s.map(Term::of),
                accreditation: a.map(Term::of),
                planned: plan
                    .filter(|_| listed.contains_key(id))
                    .map(|p| crate::text::path::display(&p.path)),
            });
        }
        if schools.is_empty() {
            continue;
        }
        crate::text::collate::sort_by_name(&mut schools, |s| &s.school);
        areas.push(DueArea {
            area: area.name.clone(),
            province: area.province.clone(),
            folder,
            schools,
        });
    }
    Due {
        version: 1,
        year,
        areas,
        not_recorded,
        unread: crate::report::unread(report),
    }
}
