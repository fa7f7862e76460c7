//! `kdcl assess [PATH] SCHOOL`: a school's level computed from its
//! self-evaluation, criterion by criterion, and what stands between it and
//! the next level.

use std::path::PathBuf;

use comfy_table::{ContentArrangement, Table, presets};
use unicode_normalization::UnicodeNormalization;

use crate::diag::diagnostic::{Message, Severity};
use crate::diag::rule::Confidence;
use crate::engine::check::{self};
use crate::model::evaluation::SchoolEvaluation;
use crate::model::evaluation::catalogue::Catalogue;
use crate::model::evaluation::engine::{self, Blocker};
use crate::model::matching::{Found, Index};
use crate::model::report::CheckedPlan;
use crate::msg;
use crate::rules::evaluation::evaluation_below_target::EVALUATION_LEVELS_ASSUMED;
use crate::rules::evaluation::school_rows::EVALUATION_LIST_UNCONFIRMED;
use crate::rules::evaluation::target::target;

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
    let shown = crate::text::path::display(&path);
    let report = check::check_paths(std::slice::from_ref(&path)).map_err(|bad| {
        Refusal(msg!(
            ASSESS_BAD_PATH,
            path = crate::text::path::display(&bad.path),
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
                ASSESS_AMBIGUOUS,
                school = school,
                candidates = ambiguous.join("; ")
            )));
        }
        0 => {
            return Err(Refusal(msg!(
                ASSESS_UNKNOWN_SCHOOL,
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
                ASSESS_AMBIGUOUS,
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
            .map(|p| crate::text::path::display(&p.path))
            .collect();
        return Err(Refusal(if named.is_empty() {
            msg!(ASSESS_NO_EVALUATION, roster = roster_path)
        } else {
            msg!(ASSESS_EVALUATION_UNREADABLE, plans = named.join(", "))
        }));
    };
    let roster = plan.roster.as_ref().expect("matched in a roster");
    let evaluation = plan.evaluation.as_ref().expect("filtered above");
    let school = &roster.schools[index];
    let Some(se) = evaluation.school(index) else {
        return Err(Refusal(match &school.kind {
            None => msg!(ASSESS_KIND_UNKNOWN, school = school.label()),
            Some(_) => msg!(
                ASSESS_NO_ROWS,
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
            ASSESS_SCHOOL,
            school = school.label(),
            kind = kind,
            circular = cat.title
        ),
    );
    line(
        &mut out,
        match se.year {
            Some(year) => msg!(ASSESS_SOURCE_YEAR, file = evaluation.file.path, year = year),
            None => msg!(ASSESS_SOURCE, file = evaluation.file.path),
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
                    ASSESS_INCOMPLETE,
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
        let plan_path = crate::text::path::display(&plan.path);
        let line_no = plan.plan.file.line_col(entry.school.span.start).0;
        line(
            &mut out,
            match level {
                Some(level) if level >= t.needed => msg!(
                    ASSESS_PLAN_SUPPORTED,
                    plan = plan_path,
                    line = line_no,
                    target = t.what.render(),
                    needed = t.needed
                ),
                Some(_) => msg!(
                    ASSESS_PLAN_UNSUPPORTED,
                    plan = plan_path,
                    line = line_no,
                    target = t.what.render(),
                    needed = t.needed
                ),
                None => msg!(
                    ASSESS_PLAN_UNKNOWN,
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
        text(msg!(ASSESS_COL_CRITERION)),
        text(msg!(ASSESS_COL_NAME)),
        text(msg!(ASSESS_COL_LEVEL)),
    ];
    if let Some(next) = next {
        header.push(text(msg!(ASSESS_COL_NEXT, level = next)));
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
            text(msg!(ASSESS_STANDARD, number = standard.number)),
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
                given.map_or_else(|| text(msg!(ASSESS_MISSING)), |l| l.to_string()),
            ];
            if let Some(next) = next {
                let needed = c.needed_for(next.min(3));
                row.push(match given {
                    Some(l) if l >= needed => text(msg!(ASSESS_OK)),
                    _ => text(msg!(ASSESS_NEEDS, level = needed)),
                });
            }
            table.add_row(row);
        }
    }
    group(
        &mut table,
        text(msg!(ASSESS_LEVEL4, article = cat.level4.article)),
        "",
    );
    for (i, item) in cat.level4.items.iter().enumerate() {
        let met = se.items[i].as_ref().map(|g| g.level == 1);
        let mut row = vec![
            item.id.clone(),
            item.name.clone(),
            text(match met {
                Some(true) => msg!(ASSESS_MET),
                Some(false) => msg!(ASSESS_NOT_MET),
                None => msg!(ASSESS_NO_ROW),
            }),
        ];
        if let Some(next) = next {
            row.push(match (next, met) {
                (4, Some(true)) => text(msg!(ASSESS_OK)),
                (4, _) => text(msg!(ASSESS_NEEDS_MET)),
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
            (0, _) => msg!(ASSESS_LEVEL_NONE),
            (level, None) => msg!(ASSESS_LEVEL_ACCREDITATION, level = level),
            (level, Some(standard)) => {
                msg!(ASSESS_LEVEL_STANDARD, level = level, standard = standard)
            }
        },
    );
    let Some((next, blockers)) = scores.next(cat) else {
        line(out, msg!(ASSESS_TOP));
        return;
    };
    line(
        out,
        match engine::standard_supported(next) {
            Some(standard) if engine::standard_supported(level) != Some(standard) => msg!(
                ASSESS_NEXT_STANDARD,
                level = next,
                standard = standard,
                count = blockers.len()
            ),
            _ => msg!(ASSESS_NEXT, level = next, count = blockers.len()),
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
                    ASSESS_BLOCKER,
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
                        ASSESS_BLOCKER_ITEM,
                        id = item.id,
                        name = item.name,
                        line = evaluation.line(&g.row)
                    ),
                    None => msg!(ASSESS_BLOCKER_ITEM_ABSENT, id = item.id, name = item.name),
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
            EVALUATION_LIST_UNCONFIRMED,
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
            EVALUATION_LEVELS_ASSUMED,
            ids = assumed.join(", "),
            data = se.circular.data_path()
        ));
    }
    // The Mức-4 items matter once the school is at Mức 3.
    let at_stake = se.scores().is_some_and(|s| s.level(cat) >= 3);
    if at_stake && (cat.level4.confidence != Confidence::Confirmed || !cat.level4.complete) {
        notes.push(msg!(
            ASSESS_LEVEL4_UNCONFIRMED,
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

crate::texts! {
    pub(crate) ASSESS_BAD_PATH = "assess-bad-path" {
        "cannot read {path}: {reason}",
        "không đọc được {path}: {reason}",
    }
    pub(crate) ASSESS_AMBIGUOUS = "assess-ambiguous" {
        "\"{school}\" matches more than one school: {candidates}; give the school's code, or the area's folder as PATH",
        "\"{school}\" trùng với nhiều trường: {candidates}; hãy ghi mã trường, hoặc ghi thư mục của địa bàn làm PATH",
    }
    pub(crate) ASSESS_UNKNOWN_SCHOOL = "assess-unknown-school" {
        "no roster under {path} has a school \"{school}\"; give its roster code or its name as the roster writes it",
        "không có danh sách trường nào trong {path} có trường \"{school}\"; hãy ghi mã trường hoặc tên trường đúng như trong danh sách",
    }
    pub(crate) ASSESS_NO_EVALUATION = "assess-no-evaluation" {
        "no plan using {roster} names an evaluation file: add evaluation = \"evaluation.csv\" to the plan's [plan] table (see docs/plan-format.md)",
        "không có kế hoạch nào dùng {roster} khai báo tệp kết quả tự đánh giá: bổ sung evaluation = \"evaluation.csv\" vào bảng [plan] của kế hoạch (xem docs/plan-format.md)",
    }
    pub(crate) ASSESS_EVALUATION_UNREADABLE = "assess-evaluation-unreadable" {
        "the evaluation file named by {plans} could not be read; `kdcl check` says why",
        "không đọc được tệp kết quả tự đánh giá do {plans} khai báo; chạy `kdcl check` để biết lý do",
    }
    pub(crate) ASSESS_KIND_UNKNOWN = "assess-kind-unknown" {
        "the roster gives no school type for {school}, so kdcl cannot tell which circular's criteria apply",
        "danh sách trường không ghi loại trường của {school}, nên kdcl không xác định được trường áp dụng tiêu chí của thông tư nào",
    }
    pub(crate) ASSESS_NO_ROWS = "assess-no-rows" {
        "{school} has no rows in {file}",
        "{school} không có dòng nào trong {file}",
    }
    pub(crate) ASSESS_SCHOOL = "assess-school" {
        "{school}, {kind}: {circular}",
        "{school}, {kind}: {circular}",
    }
    pub(crate) ASSESS_SOURCE = "assess-source" {
        "Self-evaluation: {file}",
        "Kết quả tự đánh giá: {file}",
    }
    pub(crate) ASSESS_SOURCE_YEAR = "assess-source-year" {
        "Self-evaluation: {file}, year {year}",
        "Kết quả tự đánh giá: {file}, năm {year}",
    }
    pub(crate) ASSESS_COL_CRITERION = "assess-col-criterion" {
        "criterion",
        "tiêu chí",
    }
    pub(crate) ASSESS_COL_NAME = "assess-col-name" {
        "name",
        "nội dung",
    }
    pub(crate) ASSESS_COL_LEVEL = "assess-col-level" {
        "level",
        "mức",
    }
    pub(crate) ASSESS_COL_NEXT = "assess-col-next" {
        "for Mức {level}",
        "để đạt Mức {level}",
    }
    pub(crate) ASSESS_STANDARD = "assess-standard" {
        "Standard {number}",
        "Tiêu chuẩn {number}",
    }
    pub(crate) ASSESS_LEVEL4 = "assess-level4" {
        "Mức 4 ({article})",
        "Mức 4 ({article})",
    }
    pub(crate) ASSESS_MISSING = "assess-missing" {
        "missing",
        "thiếu",
    }
    pub(crate) ASSESS_OK = "assess-ok" {
        "ok",
        "đạt",
    }
    pub(crate) ASSESS_NEEDS = "assess-needs" {
        "needs {level}",
        "cần {level}",
    }
    pub(crate) ASSESS_MET = "assess-met" {
        "met",
        "đạt",
    }
    pub(crate) ASSESS_NOT_MET = "assess-not-met" {
        "not met",
        "không đạt",
    }
    pub(crate) ASSESS_NO_ROW = "assess-no-row" {
        "no row",
        "không có dòng",
    }
    pub(crate) ASSESS_NEEDS_MET = "assess-needs-met" {
        "must be met",
        "phải đạt",
    }
    pub(crate) ASSESS_LEVEL_NONE = "assess-level-none" {
        "Level: none: a criterion does not reach level 1, so the school is not at Mức 1",
        "Mức đạt: chưa đạt Mức 1, vì có tiêu chí chưa đạt mức 1",
    }
    pub(crate) ASSESS_LEVEL_ACCREDITATION = "assess-level-accreditation" {
        "Level: Mức {level}: enough for accreditation level {level} (cấp độ {level}), not for national-standard recognition",
        "Mức đạt: Mức {level}, đủ điều kiện kiểm định cấp độ {level}, chưa đủ điều kiện công nhận đạt chuẩn quốc gia",
    }
    pub(crate) ASSESS_LEVEL_STANDARD = "assess-level-standard" {
        "Level: Mức {level}: enough for accreditation level {level} (cấp độ {level}) and national-standard level {standard} (mức độ {standard})",
        "Mức đạt: Mức {level}, đủ điều kiện kiểm định cấp độ {level} và công nhận đạt chuẩn quốc gia mức độ {standard}",
    }
    pub(crate) ASSESS_TOP = "assess-top" {
        "This is the highest level.",
        "Đây là mức cao nhất.",
    }
    pub(crate) ASSESS_NEXT = "assess-next" {
        "To reach Mức {level}, {count} {count:requirement stands/requirements stand} in the way:",
        "Để đạt Mức {level}, còn {count} yêu cầu chưa đáp ứng:",
    }
    pub(crate) ASSESS_NEXT_STANDARD = "assess-next-standard" {
        "To reach Mức {level} (needed for national-standard level {standard}), {count} {count:requirement stands/requirements stand} in the way:",
        "Để đạt Mức {level} (điều kiện công nhận đạt chuẩn quốc gia mức độ {standard}), còn {count} yêu cầu chưa đáp ứng:",
    }
    pub(crate) ASSESS_BLOCKER = "assess-blocker" {
        "{id} {name}: level {level}, needs level {needed} (line {line})",
        "{id} {name}: mức {level}, cần mức {needed} (dòng {line})",
    }
    pub(crate) ASSESS_BLOCKER_ITEM = "assess-blocker-item" {
        "{id} {name}: not met (line {line})",
        "{id} {name}: không đạt (dòng {line})",
    }
    pub(crate) ASSESS_BLOCKER_ITEM_ABSENT = "assess-blocker-item-absent" {
        "{id} {name}: no row, so not met",
        "{id} {name}: không có dòng kết quả, coi là không đạt",
    }
    pub(crate) ASSESS_INCOMPLETE = "assess-incomplete" {
        "Level: cannot be computed: no usable result for {count:criterion/criteria} {ids} (`kdcl check` shows every problem in the file)",
        "Mức đạt: chưa tính được, vì {count} tiêu chí chưa có kết quả hợp lệ: {ids} (`kdcl check` chỉ ra mọi lỗi trong tệp)",
    }
    pub(crate) ASSESS_PLAN_SUPPORTED = "assess-plan-supported" {
        "The plan {plan} (line {line}) proposes {target}, which needs Mức {needed}: supported.",
        "Kế hoạch {plan} (dòng {line}) đề nghị {target}, cần Mức {needed}: phù hợp.",
    }
    pub(crate) ASSESS_PLAN_UNSUPPORTED = "assess-plan-unsupported" {
        "The plan {plan} (line {line}) proposes {target}, which needs Mức {needed}: not supported (KD424).",
        "Kế hoạch {plan} (dòng {line}) đề nghị {target}, cần Mức {needed}: chưa phù hợp (KD424).",
    }
    pub(crate) ASSESS_PLAN_UNKNOWN = "assess-plan-unknown" {
        "The plan {plan} (line {line}) proposes {target}, which needs Mức {needed}: it cannot be checked until the self-evaluation is complete.",
        "Kế hoạch {plan} (dòng {line}) đề nghị {target}, cần Mức {needed}: chưa đối chiếu được cho đến khi có đủ kết quả tự đánh giá.",
    }
    pub(crate) ASSESS_LEVEL4_UNCONFIRMED = "assess-level4-unconfirmed" {
        "the Mức-4 items of {circular} in kdcl's data are not fully confirmed: check them against the circular's Art. 22 and correct {data}",
        "các yêu cầu của Mức 4 theo {circular} trong dữ liệu của kdcl chưa được xác nhận đầy đủ: hãy đối chiếu với Điều 22 của thông tư và sửa {data}",
    }
}
