//! Self-evaluation results against the roster, the circulars' criteria and the
//! plan's targets: KD420–KD424, KD429 (KD425–KD428 are found while loading).

use std::collections::{HashMap, HashSet};

use crate::diag::common::DID_YOU_MEAN;
use crate::diag::diagnostic::{Diagnostic, Message, Sink};
use crate::diag::rule::Confidence;
use crate::load::evaluation::{EvaluationFile, Row};
use crate::model::evaluation::catalogue::{Catalogue, Circular};
use crate::model::evaluation::engine::{self, Blocker};
use crate::model::evaluation::{Evaluation, Given, SchoolEvaluation};
use crate::model::plan::{Action, Entry};
use crate::model::roster::{Roster, School};
use crate::msg;
use crate::rules;
use crate::rules::checks::PlanContext;
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
            EVALUATION_UNKNOWN_SCHOOL,
            code = row.code.value,
            roster = roster.file.path
        ),
    )
    .at(&file.file, row.code.span.clone());
    if near.is_empty() {
        d.help(msg!(EVALUATION_UNKNOWN_SCHOOL_HELP))
    } else {
        let labels: Vec<String> = near.iter().take(3).map(|(_, s)| s.label()).collect();
        d.help(msg!(
            EVALUATION_NEAREST_CODES,
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
            EVALUATION_LIST_UNCONFIRMED,
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
                            EVALUATION_UNDEFINED_LEVEL,
                            id = criterion.id,
                            circular = cat.title,
                            level = level,
                            levels = levels_text(&criterion.levels)
                        ),
                    ),
                    row.level.span.clone(),
                )
                .help(msg!(
                    EVALUATION_UNDEFINED_LEVEL_HELP,
                    allowed = levels_text(&[&[0][..], &criterion.levels].concat())
                ));
                if level <= 3 && criterion.levels_confidence != Confidence::Confirmed {
                    d = d.help(msg!(
                        EVALUATION_LEVELS_UNCONFIRMED,
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
                                EVALUATION_ITEM_LEVEL,
                                id = cat.level4.items[i].id,
                                level = level
                            ),
                        ),
                        row.level.span.clone(),
                    )
                    .help(msg!(EVALUATION_ITEM_LEVEL_HELP))
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
                        EVALUATION_UNKNOWN_CRITERION,
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
                d = d.help(msg!(DID_YOU_MEAN, suggestion = meant));
            }
            d = d.help(msg!(
                EVALUATION_CRITERIA_HELP,
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
                EVALUATION_MISSING_CRITERION_YEAR,
                code = school.code,
                name = school.name,
                count = missing.len(),
                ids = missing.join(", "),
                circular = cat.title,
                year = year
            ),
            None => msg!(
                EVALUATION_MISSING_CRITERION,
                code = school.code,
                name = school.name,
                count = missing.len(),
                ids = missing.join(", "),
                circular = cat.title
            ),
        };
        let mut d = Diagnostic::new(&rules::EVALUATION_MISSING_CRITERION, message)
            .at(&file.file, first.code.span.clone())
            .label(msg!(EVALUATION_MISSING_LABEL, count = missing.len()))
            .help(msg!(
                EVALUATION_MISSING_HELP,
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
            Some(msg!(EVALUATION_IMPLIED_RAISE)),
        )),
        (None, Some(Action::New)) => {
            Some((1, action?.span.clone(), Some(msg!(EVALUATION_IMPLIED_NEW))))
        }
        (None, Some(Action::Renew)) => {
            let level = school.standard_level.unwrap_or(1);
            let why = match school.standard_level {
                Some(level) => msg!(EVALUATION_IMPLIED_RENEW, level = level),
                None => msg!(EVALUATION_IMPLIED_NEW),
            };
            Some((level, action?.span.clone(), Some(why)))
        }
        _ => None,
    }
    .map(|(level, span, implied)| Target {
        needed: engine::needed_for_standard(level),
        what: msg!(EVALUATION_TARGET_STANDARD, level = level),
        span,
        implied,
        standard: true,
    });
    let accreditation = match (&entry.accreditation, action.map(|a| a.value)) {
        (Some(level), _) => Some((level.value as u8, level.span.clone(), None)),
        (None, Some(Action::Accredit)) => Some((
            1,
            action?.span.clone(),
            Some(msg!(EVALUATION_IMPLIED_ACCREDIT)),
        )),
        _ => None,
    }
    .map(|(level, span, implied)| Target {
        needed: level,
        what: msg!(EVALUATION_TARGET_ACCREDITATION, level = level),
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
        msg!(EVALUATION_MUC_NONE).render()
    } else {
        msg!(EVALUATION_MUC, level = level).render()
    }
}

/// What the evaluation supports, for the help under a target it does not.
fn supported(level: u8, standard: bool) -> Message {
    match (level, standard) {
        (0, _) => msg!(EVALUATION_SUPPORTS_NOTHING),
        (1, true) => msg!(EVALUATION_SUPPORTS_ACCREDITATION_ONLY),
        (level, true) => msg!(
            EVALUATION_SUPPORTS_STANDARD,
            level = engine::standard_supported(level).unwrap_or(1)
        ),
        (level, false) => msg!(EVALUATION_SUPPORTS_ACCREDITATION, level = level),
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
                msg!(EVALUATION_NO_ROSTER, path = written.value),
            )
            .at(&plan.file, written.span.clone())
            .help(msg!(EVALUATION_NO_ROSTER_HELP)),
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
                EVALUATION_KIND_UNKNOWN,
                school = entry.school.value
            )));
            continue;
        }
        let Some(se) = evaluation.school(index) else {
            sink.push(
                unchecked(msg!(
                    EVALUATION_SCHOOL_ABSENT,
                    school = entry.school.value,
                    code = school.code,
                    file = evaluation.file.path,
                    needed = target.needed
                ))
                .help(msg!(
                    EVALUATION_SCHOOL_ABSENT_HELP,
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
                EVALUATION_BLOCKER_SHORT,
                id = cat.criteria[index].id,
                level = reached
            )
            .render(),
            Blocker::Item { index } => msg!(
                EVALUATION_BLOCKER_ITEM_SHORT,
                id = cat.level4.items[index].id
            )
            .render(),
        })
        .collect();
    let reached = level_name(level);
    let mut d = Diagnostic::new(
        &rules::EVALUATION_BELOW_TARGET,
        msg!(
            EVALUATION_BELOW_TARGET,
            school = entry.school.value,
            target = target.what.render(),
            needed = target.needed,
            reached = reached,
            blocking = short.join(", ")
        ),
    )
    .at(&ctx.plan.file, target.span.clone())
    .label(msg!(
        EVALUATION_BELOW_TARGET_LABEL,
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
                    EVALUATION_BLOCKER,
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
                        EVALUATION_BLOCKER_ITEM,
                        id = item.id,
                        name = item.name,
                        file = file,
                        line = evaluation.line(row)
                    ),
                    None => msg!(
                        EVALUATION_BLOCKER_ITEM_ABSENT,
                        id = item.id,
                        name = item.name
                    ),
                }
            }
        });
    }
    d = d.help(msg!(
        EVALUATION_BELOW_TARGET_HELP,
        supported = supported(level, target.standard).render()
    ));
    if !assumed.is_empty() {
        d = d.help(msg!(
            EVALUATION_LEVELS_ASSUMED,
            ids = assumed.join(", "),
            data = se.circular.data_path()
        ));
    }
    d
}

crate::texts! {
    pub(crate) EVALUATION_UNKNOWN_SCHOOL = "evaluation-unknown-school" {
        "{code} is not a school code of the roster {roster}",
        "{code} không phải là mã trường trong danh sách trường {roster}",
    }
    pub(crate) EVALUATION_UNKNOWN_SCHOOL_HELP = "evaluation-unknown-school-help" {
        "the `code` column takes the school's code exactly as the roster's `code` column writes it",
        "cột `code` ghi mã trường đúng như cột `code` của danh sách trường",
    }
    pub(crate) EVALUATION_NEAREST_CODES = "evaluation-nearest-codes" {
        "the nearest roster codes are: {candidates}",
        "các mã gần nhất trong danh sách trường: {candidates}",
    }
    pub(crate) EVALUATION_LIST_UNCONFIRMED = "evaluation-list-unconfirmed" {
        "kdcl's list of the criteria of {circular} is recalled, not confirmed against the published text; if the circular differs, correct {data}",
        "danh mục tiêu chí của {circular} trong kdcl được ghi theo trí nhớ, chưa đối chiếu với văn bản đã công bố; nếu thông tư quy định khác, hãy sửa {data}",
    }
    pub(crate) EVALUATION_UNDEFINED_LEVEL = "evaluation-undefined-level" {
        "criterion {id} of {circular} has no level {level}: it defines levels {levels}",
        "tiêu chí {id} của {circular} không có mức {level}: tiêu chí này có các mức {levels}",
    }
    pub(crate) EVALUATION_UNDEFINED_LEVEL_HELP = "evaluation-undefined-level-help" {
        "write the level the criterion reaches: {allowed} (0 when it does not reach level 1); Mức 4 is the school's, reached through the items M4.1, M4.2 …, not a level of a criterion",
        "ghi mức mà tiêu chí đạt được: {allowed} (ghi 0 nếu chưa đạt mức 1); Mức 4 là mức của nhà trường, xét theo các yêu cầu M4.1, M4.2 …, không phải mức của một tiêu chí",
    }
    pub(crate) EVALUATION_LEVELS_UNCONFIRMED = "evaluation-levels-unconfirmed" {
        "which levels criterion {id} defines is not confirmed in kdcl's data; if the circular differs, correct {data}",
        "dữ liệu của kdcl chưa xác nhận tiêu chí {id} có những mức nào; nếu thông tư quy định khác, hãy sửa {data}",
    }
    pub(crate) EVALUATION_ITEM_LEVEL = "evaluation-item-level" {
        "{id} is a Mức-4 item: its level is 1 (met) or 0 (not met), not {level}",
        "{id} là yêu cầu của Mức 4: chỉ ghi 1 (đạt) hoặc 0 (không đạt), không ghi {level}",
    }
    pub(crate) EVALUATION_ITEM_LEVEL_HELP = "evaluation-item-level-help" {
        "write 1 when the school meets the item and 0 when it does not",
        "ghi 1 nếu nhà trường đạt yêu cầu này, 0 nếu không đạt",
    }
    pub(crate) EVALUATION_UNKNOWN_CRITERION = "evaluation-unknown-criterion" {
        "\"{criterion}\" is not a criterion of {circular}, which governs {code} ({name}, {kind})",
        "\"{criterion}\" không phải là tiêu chí của {circular}, văn bản áp dụng cho {code} ({name}, {kind})",
    }
    pub(crate) EVALUATION_CRITERIA_HELP = "evaluation-criteria-help" {
        "{circular} has criteria {criteria} and Mức-4 items {items}",
        "{circular} có các tiêu chí {criteria} và các yêu cầu của Mức 4 {items}",
    }
    pub(crate) EVALUATION_MISSING_CRITERION = "evaluation-missing-criterion" {
        "{code} ({name}) has no result for {count:criterion/criteria} {ids} of {circular}, so its level cannot be computed",
        "{code} ({name}) chưa có kết quả của {count} tiêu chí ({ids}) theo {circular}, nên không xác định được mức đạt",
    }
    pub(crate) EVALUATION_MISSING_CRITERION_YEAR = "evaluation-missing-criterion-year" {
        "{code} ({name}) has no {year} result for {count:criterion/criteria} {ids} of {circular}, so its level cannot be computed",
        "{code} ({name}) chưa có kết quả năm {year} của {count} tiêu chí ({ids}) theo {circular}, nên không xác định được mức đạt",
    }
    pub(crate) EVALUATION_MISSING_LABEL = "evaluation-missing-label" {
        "{count} {count:criterion/criteria} missing",
        "thiếu {count} tiêu chí",
    }
    pub(crate) EVALUATION_MISSING_HELP = "evaluation-missing-help" {
        "add a row for each, such as `{code},{id},2`: every criterion needs a level, 0 when it does not reach level 1",
        "bổ sung mỗi tiêu chí một dòng, ví dụ `{code},{id},2`: tiêu chí nào cũng phải có mức, ghi 0 nếu chưa đạt mức 1",
    }
    pub(crate) EVALUATION_IMPLIED_RAISE = "evaluation-implied-raise" {
        "the entry writes no `level`: raising (nâng mức độ) asks for national-standard level 2",
        "mục này không ghi `level`: nâng mức độ là đề nghị đạt chuẩn quốc gia mức độ 2",
    }
    pub(crate) EVALUATION_IMPLIED_NEW = "evaluation-implied-new" {
        "the entry writes no `level`: a recognition needs at least national-standard level 1",
        "mục này không ghi `level`: công nhận đạt chuẩn quốc gia cần ít nhất mức độ 1",
    }
    pub(crate) EVALUATION_IMPLIED_RENEW = "evaluation-implied-renew" {
        "the entry writes no `level`: a renewal keeps the level the roster gives ({level})",
        "mục này không ghi `level`: công nhận lại giữ nguyên mức độ ghi trong danh sách trường ({level})",
    }
    pub(crate) EVALUATION_IMPLIED_ACCREDIT = "evaluation-implied-accredit" {
        "the entry writes no `accreditation`: accreditation needs at least level 1 (cấp độ 1)",
        "mục này không ghi `accreditation`: kiểm định cần đạt ít nhất cấp độ 1",
    }
    pub(crate) EVALUATION_TARGET_STANDARD = "evaluation-target-standard" {
        "national-standard level {level} (mức độ {level})",
        "đạt chuẩn quốc gia mức độ {level}",
    }
    pub(crate) EVALUATION_TARGET_ACCREDITATION = "evaluation-target-accreditation" {
        "accreditation level {level} (cấp độ {level})",
        "kiểm định chất lượng giáo dục cấp độ {level}",
    }
    pub(crate) EVALUATION_MUC_NONE = "evaluation-muc-none" {
        "no level (a criterion is below level 1)",
        "dưới Mức 1 (có tiêu chí chưa đạt mức 1)",
    }
    pub(crate) EVALUATION_MUC = "evaluation-muc" {
        "Mức {level}",
        "Mức {level}",
    }
    pub(crate) EVALUATION_SUPPORTS_NOTHING = "evaluation-supports-nothing" {
        "neither accreditation nor national-standard recognition",
        "chưa đủ để kiểm định hay công nhận đạt chuẩn quốc gia",
    }
    pub(crate) EVALUATION_SUPPORTS_ACCREDITATION_ONLY = "evaluation-supports-accreditation-only" {
        "accreditation level 1 (cấp độ 1) only, not national-standard recognition",
        "chỉ kiểm định cấp độ 1, chưa đủ để công nhận đạt chuẩn quốc gia",
    }
    pub(crate) EVALUATION_SUPPORTS_STANDARD = "evaluation-supports-standard" {
        "national-standard level {level} (mức độ {level})",
        "đạt chuẩn quốc gia mức độ {level}",
    }
    pub(crate) EVALUATION_SUPPORTS_ACCREDITATION = "evaluation-supports-accreditation" {
        "accreditation level {level} (cấp độ {level})",
        "kiểm định cấp độ {level}",
    }
    pub(crate) EVALUATION_NO_ROSTER = "evaluation-no-roster" {
        "the plan has no roster, so the self-evaluation results in \"{path}\" cannot be matched to schools and no level is computed",
        "kế hoạch không có danh sách trường, nên không gắn được kết quả tự đánh giá trong \"{path}\" với các trường và không tính được mức đạt",
    }
    pub(crate) EVALUATION_NO_ROSTER_HELP = "evaluation-no-roster-help" {
        "give the plan a roster (roster = \"roster.csv\"): evaluation rows name schools by their roster code",
        "khai báo danh sách trường cho kế hoạch (roster = \"roster.csv\"): các dòng kết quả tự đánh giá ghi trường theo mã trong danh sách",
    }
    pub(crate) EVALUATION_KIND_UNKNOWN = "evaluation-kind-unknown" {
        "the roster gives no school type for {school}, so kdcl cannot tell which circular's criteria apply and its target is not checked against the self-evaluation",
        "danh sách trường không ghi loại trường của {school}, nên kdcl không xác định được trường áp dụng tiêu chí của thông tư nào và không đối chiếu chỉ tiêu của trường với kết quả tự đánh giá",
    }
    pub(crate) EVALUATION_SCHOOL_ABSENT = "evaluation-school-absent" {
        "{school} ({code}) has no rows in {file}, so its target (Mức {needed}) is not checked against a self-evaluation",
        "{school} ({code}) không có dòng nào trong {file}, nên chỉ tiêu của trường (Mức {needed}) không được đối chiếu với kết quả tự đánh giá",
    }
    pub(crate) EVALUATION_SCHOOL_ABSENT_HELP = "evaluation-school-absent-help" {
        "add the school's results to {file}: one row per criterion, such as `{code},1.1,2`",
        "bổ sung kết quả của trường vào {file}: mỗi tiêu chí một dòng, ví dụ `{code},1.1,2`",
    }
    pub(crate) EVALUATION_BLOCKER_SHORT = "evaluation-blocker-short" {
        "{id} at level {level}",
        "{id} đạt mức {level}",
    }
    pub(crate) EVALUATION_BLOCKER_ITEM_SHORT = "evaluation-blocker-item-short" {
        "{id} not met",
        "{id} không đạt",
    }
    pub(crate) EVALUATION_BELOW_TARGET = "evaluation-below-target" {
        "{school} is proposed for {target}, which needs Mức {needed}, but its self-evaluation reaches {reached}: {blocking}",
        "{school} được đề nghị {target}, cần đạt Mức {needed}, nhưng kết quả tự đánh giá chỉ ở {reached}: {blocking}",
    }
    pub(crate) EVALUATION_BELOW_TARGET_LABEL = "evaluation-below-target-label" {
        "needs Mức {needed}; self-evaluation: {reached}",
        "cần Mức {needed}; tự đánh giá: {reached}",
    }
    pub(crate) EVALUATION_BLOCKER = "evaluation-blocker" {
        "{id} {name}: level {level} ({file} line {line}); Mức {muc} needs level {needed}",
        "{id} {name}: mức {level} ({file}, dòng {line}); để đạt Mức {muc}, tiêu chí cần đạt mức {needed}",
    }
    pub(crate) EVALUATION_BLOCKER_ITEM = "evaluation-blocker-item" {
        "{id} {name}: not met ({file} line {line})",
        "{id} {name}: không đạt ({file}, dòng {line})",
    }
    pub(crate) EVALUATION_BLOCKER_ITEM_ABSENT = "evaluation-blocker-item-absent" {
        "{id} {name}: no row, so not met",
        "{id} {name}: không có dòng kết quả, coi là không đạt",
    }
    pub(crate) EVALUATION_BELOW_TARGET_HELP = "evaluation-below-target-help" {
        "the self-evaluation supports {supported}: propose that, or update the results if the school has improved since",
        "theo kết quả tự đánh giá, mức phù hợp là: {supported}; đề nghị theo mức này, hoặc cập nhật kết quả nếu nhà trường đã có tiến bộ",
    }
    pub(crate) EVALUATION_LEVELS_ASSUMED = "evaluation-levels-assumed" {
        "kdcl assumes that {ids} state a Mức 3 requirement, which is not confirmed; if the circular sets none, level 2 is enough for Mức 3: correct {data}",
        "kdcl giả định các tiêu chí {ids} có yêu cầu ở Mức 3, điều này chưa được xác nhận; nếu thông tư không quy định, đạt mức 2 là đủ cho Mức 3: hãy sửa {data}",
    }
}
