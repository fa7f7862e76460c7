//! `kdcl assess` drawn: the school and its evaluation file, the criteria
//! table (box drawing fitted to a terminal, plain ASCII otherwise), the
//! level and what stands in the way, the plan's proposal, and notes.

use comfy_table::{ContentArrangement, Table, presets};
use unicode_normalization::UnicodeNormalization;

use crate::diag::diagnostic::{Message, Severity};
use crate::model::evaluation::Blocking;
use crate::msg;
use crate::report::assess::{Assessment, Caveat, Line, Next, Outcome, Proposal, Toward};
use crate::rules::evaluation::evaluation_below_target::{
    EVALUATION_BLOCKER_ITEM_ABSENT, EVALUATION_LEVELS_ASSUMED,
};
use crate::rules::evaluation::school_rows::EVALUATION_LIST_UNCONFIRMED;

/// The assessment as `kdcl assess` prints it. `tty` draws the table with
/// box characters and fits it to the terminal; otherwise it is plain ASCII,
/// the same on every run.
pub fn render(a: &Assessment, tty: bool) -> String {
    let mut out = String::new();
    line(
        &mut out,
        msg!(
            ASSESS_SCHOOL,
            school = a.school,
            kind = a.kind,
            circular = a.circular
        ),
    );
    line(
        &mut out,
        match a.year {
            Some(year) => msg!(ASSESS_SOURCE_YEAR, file = a.file, year = year),
            None => msg!(ASSESS_SOURCE, file = a.file),
        },
    );
    out.push('\n');
    out.push_str(&table(a, tty));
    out.push_str("\n\n");
    match &a.outcome {
        Outcome::Level {
            level,
            standard,
            next,
        } => reached(&mut out, *level, *standard, next.as_ref()),
        Outcome::Incomplete { missing } => line(
            &mut out,
            msg!(
                ASSESS_INCOMPLETE,
                count = missing.len(),
                ids = missing.join(", ")
            ),
        ),
    }
    if let Some(p) = &a.proposal {
        line(&mut out, proposal(p));
    }
    caveats(&mut out, a);
    out.nfc().collect()
}

fn line(out: &mut String, message: Message) {
    out.push_str(&message.render());
    out.push('\n');
}

fn table(a: &Assessment, tty: bool) -> String {
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
    if let Some(next) = a.next {
        header.push(text(msg!(ASSESS_COL_NEXT, level = next)));
    }
    let width = header.len();
    table.set_header(header);
    for l in &a.lines {
        let mut row = match l {
            Line::Standard { number, name } => vec![
                text(msg!(ASSESS_STANDARD, number = number)),
                name.to_string(),
            ],
            Line::Level4 { article } => {
                vec![text(msg!(ASSESS_LEVEL4, article = article)), String::new()]
            }
            Line::Criterion {
                id,
                name,
                level,
                toward,
            } => vec![
                id.to_string(),
                name.to_string(),
                level.map_or_else(|| text(msg!(ASSESS_MISSING)), |l| l.to_string()),
                toward_text(toward),
            ],
            Line::Item {
                id,
                name,
                met,
                toward,
            } => vec![
                id.to_string(),
                name.to_string(),
                text(match met {
                    Some(true) => msg!(ASSESS_MET),
                    Some(false) => msg!(ASSESS_NOT_MET),
                    None => msg!(ASSESS_NO_ROW),
                }),
                toward_text(toward),
            ],
        };
        row.resize(width, String::new());
        table.add_row(row);
    }
    table.to_string()
}

fn toward_text(toward: &Toward) -> String {
    match toward {
        Toward::Nothing => String::new(),
        Toward::Reached => msg!(ASSESS_OK).render(),
        Toward::Needs(level) => msg!(ASSESS_NEEDS, level = level).render(),
        Toward::MustBeMet => msg!(ASSESS_NEEDS_MET).render(),
    }
}

/// The level, and what stands between it and the next.
fn reached(out: &mut String, level: u8, standard: Option<u8>, next: Option<&Next>) {
    line(
        out,
        match (level, standard) {
            (0, _) => msg!(ASSESS_LEVEL_NONE),
            (level, None) => msg!(ASSESS_LEVEL_ACCREDITATION, level = level),
            (level, Some(standard)) => {
                msg!(ASSESS_LEVEL_STANDARD, level = level, standard = standard)
            }
        },
    );
    let Some(next) = next else {
        line(out, msg!(ASSESS_TOP));
        return;
    };
    let count = next.blocking.len();
    line(
        out,
        match next.standard {
            Some(standard) => msg!(
                ASSESS_NEXT_STANDARD,
                level = next.level,
                standard = standard,
                count = count
            ),
            None => msg!(ASSESS_NEXT, level = next.level, count = count),
        },
    );
    for b in &next.blocking {
        out.push_str("  - ");
        line(out, blocking(b));
    }
}

fn blocking(b: &Blocking) -> Message {
    match *b {
        Blocking::Criterion {
            id,
            name,
            reached,
            needed,
            line,
            ..
        } => msg!(
            ASSESS_BLOCKER,
            id = id,
            name = name,
            level = reached,
            needed = needed,
            line = line
        ),
        Blocking::Item {
            id,
            name,
            line: Some(line),
        } => msg!(ASSESS_BLOCKER_ITEM, id = id, name = name, line = line),
        Blocking::Item {
            id,
            name,
            line: None,
        } => msg!(EVALUATION_BLOCKER_ITEM_ABSENT, id = id, name = name),
    }
}

fn proposal(p: &Proposal) -> Message {
    let (plan, line, target, needed) = (&p.plan, p.line, p.what.render(), p.needed);
    match p.supported {
        Some(true) => msg!(
            ASSESS_PLAN_SUPPORTED,
            plan = plan,
            line = line,
            target = target,
            needed = needed
        ),
        Some(false) => msg!(
            ASSESS_PLAN_UNSUPPORTED,
            plan = plan,
            line = line,
            target = target,
            needed = needed
        ),
        None => msg!(
            ASSESS_PLAN_UNKNOWN,
            plan = plan,
            line = line,
            target = target,
            needed = needed
        ),
    }
}

/// What the computation rests on that is not confirmed, as notes.
fn caveats(out: &mut String, a: &Assessment) {
    if a.caveats.is_empty() {
        return;
    }
    out.push('\n');
    for c in &a.caveats {
        let message = match c {
            Caveat::ListUnconfirmed => msg!(
                EVALUATION_LIST_UNCONFIRMED,
                circular = a.circular,
                data = a.data
            ),
            Caveat::LevelsAssumed(ids) => msg!(
                EVALUATION_LEVELS_ASSUMED,
                ids = ids.join(", "),
                data = a.data
            ),
            Caveat::Level4Unconfirmed => msg!(
                ASSESS_LEVEL4_UNCONFIRMED,
                circular = a.circular,
                data = a.data
            ),
        };
        out.push_str(&format!("{}: ", Severity::Note.name()));
        line(out, message);
    }
}

crate::texts! {
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
