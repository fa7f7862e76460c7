//! `kdcl new --area PATH --year Y`: a draft of next year's plan for an area,
//! from its roster and earlier plans — the header copied from the latest
//! plan, the renewals that fall due, and the schools that may be raised as
//! commented candidates. Stated targets are left to the author: kdcl never
//! states a number the document does not.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::model::circular::facts;
use crate::model::history;
use crate::model::report::{CheckedPlan, Report};
use crate::msg;
use crate::render::toml::quoted;
use crate::report::due;

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
            NEW_HEAD,
            year = year,
            from = crate::text::path::display(&last.path)
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
        .find(|a| crate::text::path::display(&area.dir) == a.folder)
        .map(|a| a.schools.clone())
        .unwrap_or_default();
    let renewals = schools.iter().filter(|s| s.standard.is_some()).count();
    out.push('\n');
    comment(&mut out, msg!(NEW_TARGETS, renewals = renewals).render());
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
            (Some(t), _) => msg!(NEW_WHY_STANDARD, made = t.made).render(),
            (None, Some(t)) => msg!(NEW_WHY_ACCREDITATION, made = t.made).render(),
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
                comment(&mut out, msg!(NEW_RAISE_CANDIDATES, wait = wait).render());
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

crate::texts! {
    pub(crate) NEW_HEAD = "new-head" {
        "Draft of the plan of {year}, made by `kdcl new` from {from} and the roster.\nCheck every line against the signed document; then run `kdcl check`.",
        "Dự thảo kế hoạch năm {year}, do `kdcl new` lập từ {from} và danh sách trường.\nĐối chiếu từng dòng với văn bản đã ký; sau đó chạy `kdcl check`.",
    }
    pub(crate) NEW_TARGETS = "new-targets" {
        "Write the numbers the document states (kdcl found {renewals} {renewals:renewal/renewals} due).",
        "Ghi các số liệu theo văn bản (kdcl tìm thấy {renewals} trường đến hạn công nhận lại).",
    }
    pub(crate) NEW_WHY_STANDARD = "new-why-standard" {
        "recognised in {made}: the term ends this year",
        "công nhận năm {made}: hết thời hạn trong năm nay",
    }
    pub(crate) NEW_WHY_ACCREDITATION = "new-why-accreditation" {
        "accredited in {made}: the certificate ends this year",
        "kiểm định năm {made}: giấy chứng nhận hết hạn trong năm nay",
    }
    pub(crate) NEW_RAISE_CANDIDATES = "new-raise-candidates" {
        "At level 1 for {wait} years or more: candidates for a raise to level 2 (remove the # to propose one).",
        "Đạt mức độ 1 từ {wait} năm trở lên: có thể đề nghị nâng lên mức độ 2 (bỏ dấu # để đề nghị).",
    }
}
