//! Self-evaluation results against the roster, the circulars' criteria and the
//! plan's targets: KD420–KD424, KD429 (KD425–KD428 are found while loading).

use std::collections::{HashMap, HashSet};

use crate::diag::diagnostic::{Diagnostic, Message, Sink};
use crate::load::evaluation::{EvaluationFile, Row};
use crate::model::evaluation::catalogue::{Catalogue, Circular};
use crate::model::evaluation::engine::{self, Blocker};
use crate::model::evaluation::{Evaluation, Given, SchoolEvaluation};
use crate::model::plan::{Action, Entry};
use crate::model::roster::{Roster, School};
use crate::msg;
use crate::rules::checks::PlanContext;
use crate::rules::registry::{self as rules, Confidence};
use crate::text::source::Span;

/// Reads every row against the roster and the school's circular. Rows of a
/// school's latest year make its evaluation; every row is checked.
pub fn evaluate(file: &EvaluationFile, roster: &Roster, sink: &mut Sink) -> Evaluation {
    let by_code: HashMap<String, usize> = roster
        .schools
        .iter()
        .enumerate()
        .map(|(i, s)| (s.code.to_uppercase(), i))
        .collect();
    let mut order: Vec<usize> = Vec::new();
    let mut rows_of: HashMap<usize, Vec<&Row>> = HashMap::new();
    let mut unknown: HashSet<String> = HashSet::new();
    for row in &file.rows {
        let code = row.code.value.to_uppercase();
        match by_code.get(&code) {
            Some(&i) => {
                let rows = rows_of.entry(i).or_default();
                if rows.is_empty() {
                    order.push(i);
                }
                rows.push(row);
            }
            None => {
                if unknown.insert(code) {
                    sink.push(unknown_school(file, row, roster));
                }
            }
        }
    }
    let schools = order
        .into_iter()
        .filter_map(|i| school(file, roster, i, &rows_of[&i], sink))
        .collect();
    Evaluation {
        file: file.file.clone(),
        schools,
    }
}

fn unknown_school(file: &EvaluationFile, row: &Row, roster: &Roster) -> Diagnostic {
    let written = row.code.value.to_uppercase();
    let mut near: Vec<(usize, &School)> = roster
        .schools
        .iter()
        .map(|s| {
            (
                strsim::damerau_levenshtein(&written, &s.code.to_uppercase()),
                s,
            )
        })
        .filter(|(d, s)| *d <= (s.code.chars().count() / 3).max(1))
        .collect();
    near.sort_by_key(|(d, _)| *d);
    let d = Diagnostic::new(
        &rules::EVALUATION_UNKNOWN_SCHOOL,
        msg!(
            "evaluation-unknown-school",
            code = row.code.value,
            roster = roster.file.path
        ),
    )
    .at(&file.file, row.code.span.clone());
    if near.is_empty() {
        d.help(msg!("evaluation-unknown-school-help"))
    } else {
        let labels: Vec<String> = near.iter().take(3).map(|(_, s)| s.label()).collect();
        d.help(msg!(
            "evaluation-nearest-codes",
            candidates = labels.join("; ")
        ))
    }
}

/// "1–3", "1, 2" …
fn levels_text(levels: &[u8]) -> String {
    match levels {
        [a, .., b] if usize::from(b - a) + 1 == levels.len() && levels.len() > 2 => {
            format!("{a}–{b}")
        }
        _ => levels
            .iter()
            .map(u8::to_string)
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// The id a criterion cell probably means when only its spelling is off:
/// "01.02", "1,2", "TC 1.2", "tiêu chí 1.2" → "1.2". Nothing is suggested for
/// a number the circular lacks: "5.6" is not "5.5".
fn meant_id<'c>(cat: &'c Catalogue, written: &str) -> Option<&'c str> {
    let lower = written.trim().to_lowercase();
    let bare = ["tiêu chí", "tieu chi", "tc"]
        .iter()
        .find_map(|p| lower.strip_prefix(p))
        .unwrap_or(&lower);
    let (prefix, rest) = match bare.trim().strip_prefix('m') {
        Some(rest) => ("M", rest),
        None => ("", bare.trim()),
    };
    let parts: Vec<String> = rest
        .split(['.', ','])
        .map(|p| {
            let t = p.trim().trim_start_matches('0');
            if t.is_empty() {
                "0".into()
            } else {
                t.to_string()
            }
        })
        .collect();
    let candidate = format!("{prefix}{}", parts.join("."));
    cat.ids()
        .into_iter()
        .find(|id| *id == candidate && !id.eq_ignore_ascii_case(written.trim()))
}

/// The help that says a finding rests on a list of criteria kdcl has not confirmed.
fn list_unconfirmed(circular: Circular) -> Option<Message> {
    let c = circular.catalogue();
    (c.confidence != Confidence::Confirmed).then(|| {
        msg!(
            "evaluation-list-unconfirmed",
            circular = c.title,
            data = circular.data_path()
        )
    })
}

fn school(
    file: &EvaluationFile,
    roster: &Roster,
    index: usize,
    rows: &[&Row],
    sink: &mut Sink,
) -> Option<SchoolEvaluation> {
    let school = &roster.schools[index];
    // A school without a type is reported in the roster; its circular is unknown.
    let circular = Circular::for_kind(school.kind.as_ref()?);
    let cat = circular.catalogue();
    let reference = cat.reference(false);
    let year = rows
        .iter()
        .map(|r| r.year.as_ref().map(|y| y.value))
        .max()?;
    let mut out = SchoolEvaluation {
        school: index,
        circular,
        year,
        criteria: vec![None; cat.criteria.len()],
        items: vec![None; cat.level4.items.len()],
    };
    let mut judged_invalid = vec![false; cat.criteria.len()];
    let kind = school
        .kind
        .as_ref()
        .map(|k| k.to_string())
        .unwrap_or_default();
    for row in rows {
        let current = row.year.as_ref().map(|y| y.value) == year;
        let level = row.level.value;
        let given = Given {
            level,
            row: row.span.clone(),
        };
        let located = |d: Diagnostic, span: Span| {
            d.at(&file.file, span)
                .school(&school.name)
                .reference(reference.clone())
        };
        if let Some(i) = cat.criterion(&row.criterion.value) {
            let criterion = &cat.criteria[i];
            if !criterion.defines(level) {
                let mut d = located(
                    Diagnostic::new(
                        &rules::EVALUATION_UNDEFINED_LEVEL,
                        msg!(
                            "evaluation-undefined-level",
                            id = criterion.id,
                            circular = cat.title,
                            level = level,
                            levels = levels_text(&criterion.levels)
                        ),
                    ),
                    row.level.span.clone(),
                )
                .help(msg!(
                    "evaluation-undefined-level-help",
                    allowed = levels_text(&[&[0][..], &criterion.levels].concat())
                ));
                if level <= 3 && criterion.levels_confidence != Confidence::Confirmed {
                    d = d.help(msg!(
                        "evaluation-levels-unconfirmed",
                        id = criterion.id,
                        data = circular.data_path()
                    ));
                }
                sink.push(d);
                if current {
                    judged_invalid[i] = true;
                }
            } else if current {
                out.criteria[i] = Some(given);
            }
        } else if let Some(i) = cat.item(&row.criterion.value) {
            if level > 1 {
                sink.push(
                    located(
                        Diagnostic::new(
                            &rules::EVALUATION_UNDEFINED_LEVEL,
                            msg!(
                                "evaluation-item-level",
                                id = cat.level4.items[i].id,
                                level = level
                            ),
                        ),
                        row.level.span.clone(),
                    )
                    .help(msg!("evaluation-item-level-help"))
                    .reference(cat.reference(true)),
                );
            } else if current {
                out.items[i] = Some(given);
            }
        } else {
            let mut d = located(
                Diagnostic::new(
                    &rules::EVALUATION_UNKNOWN_CRITERION,
                    msg!(
                        "evaluation-unknown-criterion",
                        criterion = row.criterion.value,
                        circular = cat.title,
                        code = school.code,
                        name = school.name,
                        kind = kind
                    ),
                ),
                row.criterion.span.clone(),
            );
            if let Some(meant) = meant_id(cat, &row.criterion.value) {
                d = d.help(msg!("did-you-mean", suggestion = meant));
            }
            d = d.help(msg!(
                "evaluation-criteria-help",
                circular = cat.title,
                criteria = cat.criteria_ranges(),
                items = cat.item_range()
            ));
            if let Some(help) = list_unconfirmed(circular) {
                d = d.help(help);
            }
            sink.push(d);
        }
    }
    let missing: Vec<&str> = out
        .missing()
        .into_iter()
        .filter(|&i| !judged_invalid[i])
        .map(|i| cat.criteria[i].id.as_str())
        .collect();
    if !missing.is_empty() {
        let first = rows
            .iter()
            .find(|r| r.year.as_ref().map(|y| y.value) == year)
            .expect("the latest year has a row");
        let message = match year {
            Some(year) => msg!(
                "evaluation-missing-criterion-year",
                code = school.code,
                name = school.name,
                count = missing.len(),
                ids = missing.join(", "),
                circular = cat.title,
                year = year
            ),
            None => msg!(
                "evaluation-missing-criterion",
                code = school.code,
                name = school.name,
                count = missing.len(),
                ids = missing.join(", "),
                circular = cat.title
            ),
        };
        let mut d = Diagnostic::new(&rules::EVALUATION_MISSING_CRITERION, message)
            .at(&file.file, first.code.span.clone())
            .label(msg!("evaluation-missing-label", count = missing.len()))
            .help(msg!(
                "evaluation-missing-help",
                code = first.code.value,
                id = missing[0]
            ))
            .school(&school.name)
            .reference(reference.clone());
        if let Some(help) = list_unconfirmed(circular) {
            d = d.help(help);
        }
        sink.push(d);
    }
    Some(out)
}

/// What a plan entry asks of a school, in Mức.
pub struct Target {
    /// The Mức the target needs.
    pub needed: u8,
    /// "national-standard level 2", "accreditation level 3".
    pub what: Message,
    /// Where the target is written (the `level` or `accreditation` value, or the action).
    pub span: Span,
    /// Why the target is what it is, when the entry does not write it.
    pub implied: Option<Message>,
    /// Whether it is a national-standard target (else an accreditation target).
    pub standard: bool,
}

/// The target an entry sets: its `level` (or what its action implies) and
/// its `accreditation`, whichever needs more.
pub fn target(entry: &Entry, school: &School) -> Option<Target> {
    let action = entry.action.as_ref();
    let standard = match (&entry.level, action.map(|a| a.value)) {
        (Some(level), _) => Some((level.value as u8, level.span.clone(), None)),
        (None, Some(Action::Raise)) => Some((
            2,
            action?.span.clone(),
            Some(msg!("evaluation-implied-raise")),
        )),
        (None, Some(Action::New)) => Some((
            1,
            action?.span.clone(),
            Some(msg!("evaluation-implied-new")),
        )),
        (None, Some(Action::Renew)) => {
            let level = school.standard_level.unwrap_or(1);
            let why = match school.standard_level {
                Some(level) => msg!("evaluation-implied-renew", level = level),
                None => msg!("evaluation-implied-new"),
            };
            Some((level, action?.span.clone(), Some(why)))
        }
        _ => None,
    }
    .map(|(level, span, implied)| Target {
        needed: engine::needed_for_standard(level),
        what: msg!("evaluation-target-standard", level = level),
        span,
        implied,
        standard: true,
    });
    let accreditation = match (&entry.accreditation, action.map(|a| a.value)) {
        (Some(level), _) => Some((level.value as u8, level.span.clone(), None)),
        (None, Some(Action::Accredit)) => Some((
            1,
            action?.span.clone(),
            Some(msg!("evaluation-implied-accredit")),
        )),
        _ => None,
    }
    .map(|(level, span, implied)| Target {
        needed: level,
        what: msg!("evaluation-target-accreditation", level = level),
        span,
        implied,
        standard: false,
    });
    match (standard, accreditation) {
        (Some(s), Some(a)) if a.needed > s.needed => Some(a),
        (Some(s), _) => Some(s),
        (None, a) => a,
    }
}

/// "Mức 2", or that the school reaches no level.
fn level_name(level: u8) -> String {
    if level == 0 {
        msg!("evaluation-muc-none").render()
    } else {
        msg!("evaluation-muc", level = level).render()
    }
}

/// What the evaluation supports, for the help under a target it does not.
fn supported(level: u8, standard: bool) -> Message {
    match (level, standard) {
        (0, _) => msg!("evaluation-supports-nothing"),
        (1, true) => msg!("evaluation-supports-accreditation-only"),
        (level, true) => msg!(
            "evaluation-supports-standard",
            level = engine::standard_supported(level).unwrap_or(1)
        ),
        (level, false) => msg!("evaluation-supports-accreditation", level = level),
    }
}

/// The plan's targets against the levels its evaluation supports.
pub fn check(ctx: &PlanContext<'_>, sink: &mut Sink) {
    let plan = ctx.plan;
    let Some(written) = &plan.evaluation else {
        return;
    };
    let Some(roster) = ctx.roster else {
        sink.push(
            Diagnostic::new(
                &rules::EVALUATION_UNCHECKED,
                msg!("evaluation-no-roster", path = written.value),
            )
            .at(&plan.file, written.span.clone())
            .help(msg!("evaluation-no-roster-help")),
        );
        return;
    };
    // An evaluation that could not be read is already reported on the key.
    let Some(evaluation) = ctx.evaluation else {
        return;
    };
    for (i, entry) in plan.schools.iter().enumerate() {
        let Some(index) = ctx.schools.get(i).copied().flatten() else {
            continue;
        };
        let school = &roster.schools[index];
        let Some(target) = target(entry, school) else {
            continue;
        };
        let unchecked = |message: Message| {
            Diagnostic::new(&rules::EVALUATION_UNCHECKED, message)
                .at(&plan.file, entry.school.span.clone())
                .school(&entry.school.value)
        };
        if school.kind.is_none() {
            sink.push(unchecked(msg!(
                "evaluation-kind-unknown",
                school = entry.school.value
            )));
            continue;
        }
        let Some(se) = evaluation.school(index) else {
            sink.push(
                unchecked(msg!(
                    "evaluation-school-absent",
                    school = entry.school.value,
                    code = school.code,
                    file = evaluation.file.path,
                    needed = target.needed
                ))
                .help(msg!(
                    "evaluation-school-absent-help",
                    code = school.code,
                    file = evaluation.file.path
                )),
            );
            continue;
        };
        // An incomplete evaluation is reported in the file (KD421, KD422).
        let Some(scores) = se.scores() else {
            continue;
        };
        let cat = se.catalogue();
        let level = scores.level(cat);
        if level >= target.needed {
            continue;
        }
        sink.push(below_target(
            ctx, entry, evaluation, se, &target, level, &scores,
        ));
    }
}

fn below_target(
    ctx: &PlanContext<'_>,
    entry: &Entry,
    evaluation: &Evaluation,
    se: &SchoolEvaluation,
    target: &Target,
    level: u8,
    scores: &engine::Scores,
) -> Diagnostic {
    let cat: &Catalogue = se.catalogue();
    let blockers = scores.blockers(cat, target.needed);
    let short: Vec<String> = blockers
        .iter()
        .map(|b| match *b {
            Blocker::Criterion { index, reached, .. } => msg!(
                "evaluation-blocker-short",
                id = cat.criteria[index].id,
                level = reached
            )
            .render(),
            Blocker::Item { index } => msg!(
                "evaluation-blocker-item-short",
                id = cat.level4.items[index].id
            )
            .render(),
        })
        .collect();
    let reached = level_name(level);
    let mut d = Diagnostic::new(
        &rules::EVALUATION_BELOW_TARGET,
        msg!(
            "evaluation-below-target",
            school = entry.school.value,
            target = target.what.render(),
            needed = target.needed,
            reached = reached,
            blocking = short.join(", ")
        ),
    )
    .at(&ctx.plan.file, target.span.clone())
    .label(msg!(
        "evaluation-below-target-label",
        needed = target.needed,
        reached = reached
    ))
    .school(&entry.school.value)
    .reference(cat.reference(target.needed >= engine::TOP));
    if let Some(implied) = &target.implied {
        d = d.help(implied.clone());
    }
    let file = &evaluation.file.path;
    let mut assumed = Vec::new();
    for b in &blockers {
        d = d.help(match *b {
            Blocker::Criterion {
                index,
                reached,
                needed,
            } => {
                let c = &cat.criteria[index];
                if needed == 3 && reached == 2 && c.levels_confidence != Confidence::Confirmed {
                    assumed.push(c.id.as_str());
                }
                let row = se.criteria[index]
                    .as_ref()
                    .map_or(0, |g| evaluation.line(&g.row));
                msg!(
                    "evaluation-blocker",
                    id = c.id,
                    name = c.name,
                    level = reached,
                    file = file,
                    line = row,
                    muc = target.needed,
                    needed = needed
                )
            }
            Blocker::Item { index } => {
                let item = &cat.level4.items[index];
                match &se.items[index] {
                    Some(Given { row, .. }) => msg!(
                        "evaluation-blocker-item",
                        id = item.id,
                        name = item.name,
                        file = file,
                        line = evaluation.line(row)
                    ),
                    None => msg!(
                        "evaluation-blocker-item-absent",
                        id = item.id,
                        name = item.name
                    ),
                }
            }
        });
    }
    d = d.help(msg!(
        "evaluation-below-target-help",
        supported = supported(level, target.standard).render()
    ));
    if !assumed.is_empty() {
        d = d.help(msg!(
            "evaluation-levels-assumed",
            ids = assumed.join(", "),
            data = se.circular.data_path()
        ));
    }
    d
}
