//! `kdcl assess [PATH] SCHOOL`: a school's level computed from its
//! self-evaluation, criterion by criterion, and what stands between it and
//! the next level.

use std::path::PathBuf;

use comfy_table::{ContentArrangement, Table, presets};
use unicode_normalization::UnicodeNormalization;

use crate::diag::diagnostic::{Message, Severity};
use crate::engine::check::{self, CheckedPlan};
use crate::load::discover;
use crate::model::evaluation::SchoolEvaluation;
use crate::model::evaluation::catalogue::Catalogue;
use crate::model::evaluation::engine::{self, Blocker};
use crate::msg;
use crate::rules::checks::evaluation::target;
use crate::rules::checks::schools::{Found, Index};
use crate::rules::registry::Confidence;

/// What `kdcl assess` prints, and its exit status: 0 when the level could be
/// computed, 1 when the school's evaluation is incomplete.
pub struct Assessed {
    pub text: String,
    pub status: i32,
}

/// Why `kdcl assess` could not do its job (exit status 2), for standard error.
pub struct Refusal(pub Message);

/// Finds `school` (a roster code or name) among the plans under `path` and
/// assesses it from the evaluation file of its latest plan that names one.
/// `tty` draws the table with box characters and fits it to the terminal;
/// otherwise it is plain ASCII, the same on every run.
pub fn assess(path: PathBuf, school: &str, tty: bool) -> Result<Assessed, Refusal> {
    let shown = discover::display(&path);
    let report = check::check_paths(std::slice::from_ref(&path)).map_err(|bad| {
        Refusal(msg!(
            "assess-bad-path",
            path = discover::display(&bad.path),
            reason = bad.reason
        ))
    })?;
    // Every (roster, school) the name matches, with the plans that use that roster.
    let mut hits: Vec<(String, usize, Vec<&CheckedPlan>)> = Vec::new();
    let mut ambiguous = Vec::new();
    for plan in &report.plans {
        let Some(roster) = &plan.roster else { continue };
        match Index::new(roster).find(school) {
            Found::Exact(i) | Found::Variant(i) => {
                let key = roster.file.path.clone();
                match hits.iter_mut().find(|(r, s, _)| *r == key && *s == i) {
                    Some((_, _, plans)) => plans.push(plan),
                    None => hits.push((key, i, vec![plan])),
                }
            }
            Found::Ambiguous(found) => ambiguous.extend(
                found
                    .iter()
                    .map(|&i| format!("{} in {}", roster.schools[i].label(), roster.file.path)),
            ),
            Found::Missing(_) => {}
        }
    }
    let (roster_path, index, plans) = match hits.len() {
        1 => hits.pop().expect("one hit"),
        0 if !ambiguous.is_empty() => {
            ambiguous.dedup();
            return Err(Refusal(msg!(
                "assess-ambiguous",
                school = school,
                candidates = ambiguous.join("; ")
            )));
        }
        0 => {
            return Err(Refusal(msg!(
                "assess-unknown-school",
                school = school,
                path = shown
            )));
        }
        _ => {
            let candidates: Vec<String> = hits
                .iter()
                .map(|(r, i, plans)| {
                    let roster = plans[0].roster.as_ref().expect("matched in a roster");
                    format!("{} in {r}", roster.schools[*i].label())
                })
                .collect();
            return Err(Refusal(msg!(
                "assess-ambiguous",
                school = school,
                candidates = candidates.join("; ")
            )));
        }
    };
    // The latest plan year whose evaluation could be read.
    let with_evaluation = plans
        .iter()
        .filter(|p| p.evaluation.is_some())
        .max_by_key(|p| (p.plan.year.as_ref().map(|y| y.value), p.path.clone()));
    let Some(plan) = with_evaluation else {
        let named: Vec<String> = plans
            .iter()
            .filter(|p| p.plan.evaluation.is_some())
            .map(|p| discover::display(&p.path))
            .collect();
        return Err(Refusal(if named.is_empty() {
            msg!("assess-no-evaluation", roster = roster_path)
        } else {
            msg!("assess-evaluation-unreadable", plans = named.join(", "))
        }));
    };
    let roster = plan.roster.as_ref().expect("matched in a roster");
    let evaluation = plan.evaluation.as_ref().expect("filtered above");
    let school = &roster.schools[index];
    let Some(se) = evaluation.school(index) else {
        return Err(Refusal(match &school.kind {
            None => msg!("assess-kind-unknown", school = school.label()),
            Some(_) => msg!(
                "assess-no-rows",
                school = school.label(),
                file = evaluation.file.path
            ),
        }));
    };
    let mut out = String::new();
    let cat = se.catalogue();
    let kind = school
        .kind
        .as_ref()
        .map(|k| k.to_string())
        .unwrap_or_default();
    line(
        &mut out,
        msg!(
            "assess-school",
            school = school.label(),
            kind = kind,
            circular = cat.title
        ),
    );
    line(
        &mut out,
        match se.year {
            Some(year) => msg!(
                "assess-source-year",
                file = evaluation.file.path,
                year = year
            ),
            None => msg!("assess-source", file = evaluation.file.path),
        },
    );
    let scores = se.scores();
    let level = scores.as_ref().map(|s| s.level(cat));
    let next = level.filter(|&l| l < engine::TOP).map(|l| l + 1);
    out.push('\n');
    out.push_str(&table(se, cat, next, tty));
    out.push_str("\n\n");
    let status = match (&scores, level) {
        (Some(scores), Some(level)) => {
            summary(&mut out, se, evaluation, scores, level);
            0
        }
        _ => {
            let missing: Vec<&str> = se
                .missing()
                .into_iter()
                .map(|i| cat.criteria[i].id.as_str())
                .collect();
            line(
                &mut out,
                msg!(
                    "assess-incomplete",
                    count = missing.len(),
                    ids = missing.join(", ")
                ),
            );
            1
        }
    };
    // What the plan proposes for the school, if it lists it.
    let entry = plan
        .plan
        .schools
        .iter()
        .zip(&plan.schools)
        .find(|(_, s)| **s == Some(index));
    if let Some((entry, _)) = entry
        && let Some(t) = target(entry, school)
    {
        let plan_path = discover::display(&plan.path);
        let line_no = plan.plan.file.line_col(entry.school.span.start).0;
        line(
            &mut out,
            match level {
                Some(level) if level >= t.needed => msg!(
                    "assess-plan-supported",
                    plan = plan_path,
                    line = line_no,
                    target = t.what.render(),
                    needed = t.needed
                ),
                Some(_) => msg!(
                    "assess-plan-unsupported",
                    plan = plan_path,
                    line = line_no,
                    target = t.what.render(),
                    needed = t.needed
                ),
                None => msg!(
                    "assess-plan-unknown",
                    plan = plan_path,
                    line = line_no,
                    target = t.what.render(),
                    needed = t.needed
                ),
            },
        );
    }
    notes(&mut out, se, cat);
    Ok(Assessed {
        text: out.nfc().collect(),
        status,
    })
}

fn line(out: &mut String, message: Message) {
    out.push_str(&message.render());
    out.push('\n');
}

fn table(se: &SchoolEvaluation, cat: &Catalogue, next: Option<u8>, tty: bool) -> String {
    let mut table = Table::new();
    if tty {
        table
            .load_style(presets::UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic);
    } else {
        table
            .load_style(presets::ASCII_FULL_CONDENSED)
            .force_no_tty()
            .set_content_arrangement(ContentArrangement::Disabled);
    }
    let text = |m: Message| m.render();
    let mut header = vec![
        text(msg!("assess-col-criterion")),
        text(msg!("assess-col-name")),
        text(msg!("assess-col-level")),
    ];
    if let Some(next) = next {
        header.push(text(msg!("assess-col-next", level = next)));
    }
    table.set_header(header);
    let width = if next.is_some() { 4 } else { 3 };
    let group = |table: &mut Table, id: String, name: &str| {
        let mut row = vec![id, name.to_string()];
        row.resize(width, String::new());
        table.add_row(row);
    };
    for standard in &cat.standards {
        group(
            &mut table,
            text(msg!("assess-standard", number = standard.number)),
            &standard.name,
        );
        let prefix = format!("{}.", standard.number);
        for (i, c) in cat.criteria.iter().enumerate() {
            if !c.id.starts_with(&prefix) {
                continue;
            }
            let given = se.criteria[i].as_ref().map(|g| g.level);
            let mut row = vec![
                c.id.clone(),
                c.name.clone(),
                given.map_or_else(|| text(msg!("assess-missing")), |l| l.to_string()),
            ];
            if let Some(next) = next {
                let needed = c.needed_for(next.min(3));
                row.push(match given {
                    Some(l) if l >= needed => text(msg!("assess-ok")),
                    _ => text(msg!("assess-needs", level = needed)),
                });
            }
            table.add_row(row);
        }
    }
    group(
        &mut table,
        text(msg!("assess-level4", article = cat.level4.article)),
        "",
    );
    for (i, item) in cat.level4.items.iter().enumerate() {
        let met = se.items[i].as_ref().map(|g| g.level == 1);
        let mut row = vec![
            item.id.clone(),
            item.name.clone(),
            text(match met {
                Some(true) => msg!("assess-met"),
                Some(false) => msg!("assess-not-met"),
                None => msg!("assess-no-row"),
            }),
        ];
        if let Some(next) = next {
            row.push(match (next, met) {
                (4, Some(true)) => text(msg!("assess-ok")),
                (4, _) => text(msg!("assess-needs-met")),
                _ => String::new(),
            });
        }
        table.add_row(row);
    }
    table.to_string()
}

fn summary(
    out: &mut String,
    se: &SchoolEvaluation,
    evaluation: &crate::model::evaluation::Evaluation,
    scores: &engine::Scores,
    level: u8,
) {
    let cat = se.catalogue();
    line(
        out,
        match (level, engine::standard_supported(level)) {
            (0, _) => msg!("assess-level-none"),
            (level, None) => msg!("assess-level-accreditation", level = level),
            (level, Some(standard)) => {
                msg!("assess-level-standard", level = level, standard = standard)
            }
        },
    );
    let Some((next, blockers)) = scores.next(cat) else {
        line(out, msg!("assess-top"));
        return;
    };
    line(
        out,
        match engine::standard_supported(next) {
            Some(standard) if engine::standard_supported(level) != Some(standard) => msg!(
                "assess-next-standard",
                level = next,
                standard = standard,
                count = blockers.len()
            ),
            _ => msg!("assess-next", level = next, count = blockers.len()),
        },
    );
    for b in blockers {
        let text = match b {
            Blocker::Criterion {
                index,
                reached,
                needed,
            } => {
                let c = &cat.criteria[index];
                let row = se.criteria[index]
                    .as_ref()
                    .map_or(0, |g| evaluation.line(&g.row));
                msg!(
                    "assess-blocker",
                    id = c.id,
                    name = c.name,
                    level = reached,
                    needed = needed,
                    line = row
                )
            }
            Blocker::Item { index } => {
                let item = &cat.level4.items[index];
                match &se.items[index] {
                    Some(g) => msg!(
                        "assess-blocker-item",
                        id = item.id,
                        name = item.name,
                        line = evaluation.line(&g.row)
                    ),
                    None => msg!("assess-blocker-item-absent", id = item.id, name = item.name),
                }
            }
        };
        out.push_str("  - ");
        line(out, text);
    }
}

/// What the computation rests on that is not confirmed.
fn notes(out: &mut String, se: &SchoolEvaluation, cat: &Catalogue) {
    let mut notes = Vec::new();
    if cat.confidence != Confidence::Confirmed {
        notes.push(msg!(
            "evaluation-list-unconfirmed",
            circular = cat.title,
            data = se.circular.data_path()
        ));
    }
    // Whether a criterion has a Mức 3 requirement matters when one at level 2
    // stands between the school and Mức 3.
    let assumed: Vec<&str> = match se.scores().and_then(|s| s.next(cat)) {
        Some((3, blockers)) => blockers
            .iter()
            .filter_map(|b| match *b {
                Blocker::Criterion {
                    index, reached: 2, ..
                } if cat.criteria[index].levels_confidence != Confidence::Confirmed => {
                    Some(cat.criteria[index].id.as_str())
                }
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    if !assumed.is_empty() {
        notes.push(msg!(
            "evaluation-levels-assumed",
            ids = assumed.join(", "),
            data = se.circular.data_path()
        ));
    }
    // The Mức-4 items matter once the school is at Mức 3.
    let at_stake = se.scores().is_some_and(|s| s.level(cat) >= 3);
    if at_stake && (cat.level4.confidence != Confidence::Confirmed || !cat.level4.complete) {
        notes.push(msg!(
            "assess-level4-unconfirmed",
            circular = cat.title,
            data = se.circular.data_path()
        ));
    }
    if !notes.is_empty() {
        out.push('\n');
        for n in notes {
            out.push_str(&format!("{}: ", Severity::Note.name()));
            line(out, n);
        }
    }
}
