//! `kdcl new --area PATH --year Y`: a draft of next year's plan for an area,
//! from its roster and earlier plans — the header copied from the latest
//! plan, the renewals that fall due, and the schools that may be raised as
//! commented candidates. Stated targets are left to the author: kdcl never
//! states a number the document does not. `render::new_plan` writes it.

use std::path::{Path, PathBuf};

use crate::model::circular::facts;
use crate::model::history::{self, Area};
use crate::model::plan::Action;
use crate::model::report::{CheckedPlan, Report};
use crate::report::due::{self, DueSchool};
use crate::text::source::Loc;

#[derive(Debug)]
pub enum Refusal {
    /// No plan of an earlier year in the folder.
    NoEarlierPlan,
    /// The plan of that year exists already.
    Exists(PathBuf),
}

/// The draft of an area's plan of a year.
#[derive(Debug, Clone)]
pub struct Draft {
    /// The file to write: `<area>/<year>.toml`.
    pub path: PathBuf,
    pub year: i32,
    /// The plan the header is copied from, as findings show paths.
    pub from: String,
    /// The header of that plan, its year changed in the title.
    pub title: String,
    pub issuer: String,
    pub area: String,
    pub province: String,
    pub roster: Option<String>,
    pub basis: Vec<String>,
    /// Recognitions and accreditations whose term ends in the year.
    pub due: Vec<DueSchool>,
    /// Years at level 1 before a raise to level 2.
    pub wait: i32,
    /// Level-1 schools whose wait has passed: candidates for a raise.
    pub raise: Vec<Candidate>,
    /// Earlier plans' results the roster does not show yet, said once.
    pub not_recorded: Vec<String>,
}

/// A school that may be raised to level 2.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub code: String,
    pub name: String,
}

impl Draft {
    /// Schools whose national-standard recognition falls due.
    pub fn renewals(&self) -> usize {
        self.due.iter().filter(|s| s.standard.is_some()).count()
    }
}

/// The draft for the area in `dir`, from the report of that folder.
pub fn draft(report: &Report, dir: &Path, year: i32) -> Result<Draft, Refusal> {
    let path = dir.join(format!("{year}.toml"));
    if path.exists() {
        return Err(Refusal::Exists(path));
    }
    let areas = history::areas(report);
    let area = areas
        .iter()
        .find(|a| a.plans.iter().any(|p| p.year().is_some_and(|y| y < year)))
        .ok_or(Refusal::NoEarlierPlan)?;
    let last: &CheckedPlan = area
        .plans
        .iter()
        .copied()
        .filter(|p| p.year().is_some_and(|y| y < year))
        .max_by_key(|p| p.year())
        .ok_or(Refusal::NoEarlierPlan)?;
    let last_year = last.year().unwrap_or(year - 1);
    let p = &last.plan;
    let value = |v: &Option<Loc<String>>| v.as_ref().map(|l| l.value.clone()).unwrap_or_default();
    let due = due_schools(report, area, year);
    let raise = raise_candidates(area, last, (last_year, year), &due);
    Ok(Draft {
        path,
        year,
        from: crate::text::path::display(&last.path),
        title: value(&p.title).replace(&last_year.to_string(), &year.to_string()),
        issuer: value(&p.issuer),
        area: value(&p.area),
        province: value(&p.province),
        roster: p.roster.as_ref().map(|r| r.value.clone()),
        basis: p.basis.iter().map(|b| b.value.clone()).collect(),
        due,
        wait: facts().raise.standard_wait_years,
        raise,
        not_recorded: area
            .unrecorded(year)
            .iter()
            .map(|g| g.message().render())
            .collect(),
    })
}

/// The draft of an area's period plan (version 2): the header of the
/// latest plan before the period, and per year of the period the schools
/// whose recognition or accreditation ends that year.
#[derive(Debug, Clone)]
pub struct PeriodDraft {
    /// The file to write: `<area>/<from>-<to>.toml`.
    pub path: PathBuf,
    pub period: (i32, i32),
    /// The header, as in a year's draft (its `year` the period's first).
    pub header: Draft,
    /// Each year of the period with the schools whose term ends in it.
    pub due: Vec<(i32, Vec<DueSchool>)>,
}

/// The draft of the period plan `from`-`to` for the area in `dir`.
pub fn draft_period(
    report: &Report,
    dir: &Path,
    (from, to): (i32, i32),
) -> Result<PeriodDraft, Refusal> {
    let path = dir.join(format!("{from}-{to}.toml"));
    if path.exists() {
        return Err(Refusal::Exists(path));
    }
    let areas = history::areas(report);
    let area = areas
        .iter()
        .find(|a| a.plans.iter().any(|p| p.year().is_some_and(|y| y < from)))
        .ok_or(Refusal::NoEarlierPlan)?;
    let last: &CheckedPlan = area
        .plans
        .iter()
        .copied()
        .filter(|p| p.year().is_some_and(|y| y < from))
        .max_by_key(|p| p.year())
        .ok_or(Refusal::NoEarlierPlan)?;
    let last_year = last.year().unwrap_or(from - 1);
    let p = &last.plan;
    let value = |v: &Option<Loc<String>>| v.as_ref().map(|l| l.value.clone()).unwrap_or_default();
    let period = format!("giai đoạn {from}-{to}");
    let title = value(&p.title).replace(&format!("năm {last_year}"), &period);
    let title = title.replace(&last_year.to_string(), &period);
    let due = (from..=to)
        .map(|y| (y, due_schools(report, area, y)))
        .collect();
    Ok(PeriodDraft {
        path: path.clone(),
        period: (from, to),
        header: Draft {
            path,
            year: from,
            from: crate::text::path::display(&last.path),
            title,
            issuer: value(&p.issuer),
            area: value(&p.area),
            province: value(&p.province),
            roster: p.roster.as_ref().map(|r| r.value.clone()),
            basis: p.basis.iter().map(|b| b.value.clone()).collect(),
            due: Vec::new(),
            wait: facts().raise.standard_wait_years,
            raise: Vec::new(),
            not_recorded: Vec::new(),
        },
        due,
    })
}

/// The area's renewals that fall due in the year.
fn due_schools(report: &Report, area: &Area<'_>, year: i32) -> Vec<DueSchool> {
    due::build(report, year)
        .areas
        .iter()
        .find(|a| crate::text::path::display(&area.dir) == a.folder)
        .map(|a| a.schools.clone())
        .unwrap_or_default()
}

/// Level-1 schools whose raise wait has passed, as they stand after the
/// latest plan in the area's history (a school it or an earlier plan the
/// roster does not record yet raised or recognised is judged from then).
fn raise_candidates(
    area: &Area<'_>,
    last: &CheckedPlan,
    (last_year, year): (i32, i32),
    due: &[DueSchool],
) -> Vec<Candidate> {
    let (Some(roster), Some(state)) = (&last.roster, area.after_state(last)) else {
        return Vec::new();
    };
    let known = area.recognitions(year, history::Of::Standard);
    let ids = area.school_ids(roster);
    let wait = facts().raise.standard_wait_years;
    let due_codes: Vec<&str> = due.iter().filter_map(|s| s.code.as_deref()).collect();
    let mut out = Vec::new();
    for ((school, after), id) in roster.schools.iter().zip(&state.schools).zip(ids.iter()) {
        let since = match after.acted {
            Some(Action::New | Action::Renew) => last_year,
            Some(Action::Raise) => continue,
            _ => match known
                .get(id)
                .and_then(|list| history::latest_before(list, year))
            {
                Some(made) => made.year,
                None => continue,
            },
        };
        if after.after != Some(1)
            || year - since < wait
            || due_codes.contains(&school.code.as_str())
        {
            continue;
        }
        out.push(Candidate {
            code: school.code.clone(),
            name: school.name.clone(),
        });
    }
    out
}
