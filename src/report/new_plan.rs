//! `kdcl new --area PATH --year Y`: a draft of next year's plan for an area,
//! from its roster and earlier plans — the header copied from the latest
//! plan, the renewals that fall due, and the schools that may be raised as
//! commented candidates. Stated targets are left to the author: kdcl never
//! states a number the document does not.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::engine::check::{CheckedPlan, Report};
use crate::model::circular::facts;
use crate::model::history;
use crate::msg;
use crate::report::due;

/// A TOML string with quotes and backslashes escaped.
fn quoted(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

#[derive(Debug)]
pub enum Refusal {
    /// No plan of an earlier year in the folder.
    NoEarlierPlan,
    /// The plan of that year exists already.
    Exists(PathBuf),
}

/// The draft's text for the area in `dir`, from the report of that folder.
pub fn draft(report: &Report, dir: &Path, year: i32) -> Result<(PathBuf, String), Refusal> {
    let target = dir.join(format!("{year}.toml"));
    if target.exists() {
        return Err(Refusal::Exists(target));
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
    let mut out = String::new();
    let comment = |out: &mut String, text: String| {
        for line in text.lines() {
            let _ = writeln!(out, "# {line}");
        }
    };
    comment(
        &mut out,
        msg!(
            "new-head",
            year = year,
            from = crate::load::discover::display(&last.path)
        )
        .render(),
    );
    out.push_str("\n[plan]\n");
    let value = |v: &Option<crate::text::source::Loc<String>>| {
        v.as_ref().map(|l| l.value.clone()).unwrap_or_default()
    };
    let title = value(&p.title).replace(&last_year.to_string(), &year.to_string());
    let _ = writeln!(out, "title    = {}", quoted(&title));
    let _ = writeln!(out, "issuer   = {}", quoted(&value(&p.issuer)));
    let _ = writeln!(out, "area     = {}", quoted(&value(&p.area)));
    let _ = writeln!(out, "province = {}", quoted(&value(&p.province)));
    let _ = writeln!(out, "year     = {year}");
    out.push_str("# number = \"…/KH-UBND\"\n# issued = YYYY-MM-DD\n");
    if let Some(roster) = &p.roster {
        let _ = writeln!(out, "roster   = {}", quoted(&roster.value));
    }
    if !p.basis.is_empty() {
        out.push_str("basis    = [\n");
        for b in &p.basis {
            let _ = writeln!(out, "  {},", quoted(&b.value));
        }
        out.push_str("]\n");
    }
    // Renewals that fall due in the year.
    let due = due::build(report, year);
    let schools = due
        .areas
        .iter()
        .find(|a| crate::load::discover::display(&area.dir) == a.folder)
        .map(|a| a.schools.clone())
        .unwrap_or_default();
    let renewals = schools.iter().filter(|s| s.standard.is_some()).count();
    out.push('\n');
    comment(&mut out, msg!("new-targets", renewals = renewals).render());
    out.push_str("[targets]\n# total = …\n# new   = …\n# renew = …\n");

    for s in &schools {
        out.push('\n');
        let (action, level) = match &s.standard {
            Some(t) => (
                "renew",
                t.level
                    .map(|l| format!("level  = {l}\n"))
                    .unwrap_or_default(),
            ),
            None => ("accredit", String::new()),
        };
        let why = match (&s.standard, &s.accreditation) {
            (Some(t), _) => msg!("new-why-standard", made = t.made).render(),
            (None, Some(t)) => msg!("new-why-accreditation", made = t.made).render(),
            _ => String::new(),
        };
        let _ = writeln!(
            out,
            "[[school]]\nschool = {}   # {why}\naction = \"{action}\"",
            quoted(s.code.as_deref().unwrap_or(&s.school))
        );
        out.push_str(&level);
        if let Some(a) = &s.accreditation
            && let Some(l) = a.level
        {
            let _ = writeln!(out, "accreditation = {l}");
        }
        let _ = writeln!(out, "note   = {}", quoted(&s.school));
    }

    // Level-1 schools whose raise wait has passed, as they stand after the
    // latest plan (a school it raised or recognised is judged from then).
    if let (Some(roster), Some(state)) = (&last.roster, last.after_state()) {
        let wait = facts().raise.standard_wait_years;
        let due_codes: Vec<&str> = schools.iter().filter_map(|s| s.code.as_deref()).collect();
        let mut first = true;
        for (school, after) in roster.schools.iter().zip(&state.schools) {
            let since = match after.acted {
                Some(crate::model::plan::Action::New | crate::model::plan::Action::Renew) => {
                    last_year
                }
                Some(crate::model::plan::Action::Raise) => continue,
                _ => match school.standard_year {
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
            if first {
                out.push('\n');
                comment(&mut out, msg!("new-raise-candidates", wait = wait).render());
                first = false;
            }
            let _ = write!(
                out,
                "# [[school]]\n# school = {}   # {}\n# action = \"raise\"\n# level  = 2\n",
                quoted(&school.code),
                school.name
            );
        }
    }
    Ok((target, out))
}
