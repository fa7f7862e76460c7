//! KD424 `evaluation-below-target`: The plan proposes more than the school's self-evaluation supports

use crate::diag::diagnostic::{Diagnostic, Message, Sink};
use crate::diag::rule::Confidence;
use crate::diag::rule::Rule;
use crate::model::evaluation::catalogue::Catalogue;
use crate::model::evaluation::engine::{self, Blocker};
use crate::model::evaluation::{Blocking, Evaluation, SchoolEvaluation};
use crate::model::plan::Entry;
use crate::msg;
use crate::rules::context::PlanContext;
use crate::rules::evaluation::target::Target;

pub static EVALUATION_BELOW_TARGET: Rule = Rule {
    // severity: Severity::Error, the default (a rule stating every field trips clippy::needless_update)
    code: "KD424",
    slug: "evaluation-below-target",
    summary: "The plan proposes more than the school's self-evaluation supports",
    doc: "A school is at Mức k only when every criterion meets every requirement up to Mức k \
          (cumulative: one criterion at level 1 keeps it at Mức 1 however many others reach \
          level 3; a criterion without a Mức 3 requirement only needs its highest level); Mức \
          4 is Mức 3 plus every item of Art. 22. National-standard level 1 needs Mức 2 and \
          level 2 needs Mức 3; accreditation level k needs Mức k. An entry whose `level` or \
          `accreditation` needs more than the school's computed Mức is reported on that \
          value, naming the criteria that hold it back. Without `level`, `raise` asks for \
          level 2, `new` for at least level 1 and `renew` for the roster's level; `accredit` \
          without `accreditation` for at least accreditation level 1. The cumulative rule is \
          inferred from Art. 2 and 6; the level mapping is confirmed for Circular 17 and \
          inferred for 18 and 19 (Art. 37 k2 is confirmed for 17 and 19). Which levels each \
          criterion defines is confirmed from the published self-evaluation templates (a \
          secondary source quoting the indicators level by level; Circular 17's 1.2, 1.5, \
          1.7–1.10, 3.4, 5.1, Circular 18's 1.2, 1.7–1.10, 3.4, 5.3, 5.4 and Circular 19's \
          1.2, 1.7–1.10, 3.6 define no Mức 3), as the 2018 texts stand; it is kept in \
          data/criteria/.",
    example: "[[school]]\nschool = \"MN Hoa Sen\"\naction = \"raise\"\nlevel  = 2      # evaluation: 3.2 and 5.4 at level 2 → Mức 2",
    fix: "level = 1   # or update the evaluation once 3.2 and 5.4 reach level 3",
    summary_vi: "Kế hoạch đề nghị cao hơn mức mà kết quả tự đánh giá của trường cho phép",
    doc_vi: "Trường chỉ đạt Mức k khi mọi tiêu chí đáp ứng mọi yêu cầu đến Mức k (tính lũy \
          tiến: chỉ một tiêu chí ở mức 1 thì trường ở Mức 1, dù bao nhiêu tiêu chí khác đạt \
          mức 3; tiêu chí không có yêu cầu ở Mức 3 chỉ cần đạt mức cao nhất của tiêu chí đó); \
          Mức 4 là Mức 3 và đạt mọi yêu cầu của Điều 22. Đạt chuẩn quốc gia mức độ 1 cần Mức \
          2, mức độ 2 cần Mức 3; kiểm định cấp độ k cần Mức k. Mục nào có `level` hoặc \
          `accreditation` đòi hỏi cao hơn Mức tính được của trường thì bị báo tại giá trị đó, \
          kèm các tiêu chí chưa đạt. Khi không ghi `level`: `raise` là đề nghị mức độ 2, \
          `new` ít nhất mức độ 1 và `renew` mức độ ghi trong danh sách trường; `accredit` \
          không ghi `accreditation` là đề nghị ít nhất cấp độ 1. Nguyên tắc tính lũy tiến \
          được suy ra từ Điều 2 và Điều 6; tương quan giữa mức độ và Mức đã được đối chiếu \
          đối với Thông tư 17, suy ra đối với Thông tư 18 và 19 (Điều 37 khoản 2 đã xác nhận \
          với Thông tư 17 và 19). Các mức mà từng tiêu chí quy định đã được xác nhận theo mẫu \
          báo cáo tự đánh giá đã công bố (nguồn thứ cấp, trích nguyên văn từng chỉ báo theo \
          mức; các tiêu chí 1.2, 1.5, 1.7–1.10, 3.4, 5.1 của Thông tư 17, 1.2, 1.7–1.10, 3.4, \
          5.3, 5.4 của Thông tư 18 và 1.2, 1.7–1.10, 3.6 của Thông tư 19 không có yêu cầu ở \
          Mức 3), theo văn bản năm 2018; dữ liệu ở data/criteria/.",
    example_vi: "[[school]]\nschool = \"MN Hoa Sen\"\naction = \"raise\"\nlevel  = 2      # tự đánh giá: 3.2 và 5.4 đạt mức 2 → Mức 2",
    fix_vi: "level = 1   # hoặc cập nhật kết quả tự đánh giá khi 3.2 và 5.4 đạt mức 3",
    reference: Some("Thông tư 17, 18, 19/2018/TT-BGDĐT, Điều 6; Điều 22 (Mức 4)"),
    confidence: Some(Confidence::Inferred),
    ..Rule::DEFAULT
};

/// An entry's target against the level its school's complete
/// self-evaluation (`scores`) reaches.
pub fn check(
    ctx: &PlanContext<'_>,
    entry: &Entry,
    evaluation: &Evaluation,
    se: &SchoolEvaluation,
    target: &Target,
    scores: &engine::Scores,
    sink: &mut Sink,
) {
    let level = scores.level(se.catalogue());
    if level >= target.needed {
        return;
    }
    sink.push(below_target(
        ctx, entry, evaluation, se, target, level, scores,
    ));
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
        &EVALUATION_BELOW_TARGET,
        msg!(
            MESSAGE,
            school = entry.school.value,
            target = target.what.render(),
            needed = target.needed,
            reached = reached,
            blocking = short.join(", ")
        ),
    )
    .at(&ctx.plan.file, target.span.clone())
    .label(msg!(LABEL, needed = target.needed, reached = reached))
    .school(&entry.school.value)
    .reference(cat.reference(target.needed >= engine::TOP));
    if let Some(implied) = &target.implied {
        d = d.help(implied.clone());
    }
    let file = &evaluation.file.path;
    let mut assumed = Vec::new();
    for b in &blockers {
        d = d.help(match se.blocking(evaluation, *b) {
            Blocking::Criterion {
                index,
                id,
                name,
                reached,
                needed,
                line,
            } => {
                if needed == 3
                    && reached == 2
                    && cat.criteria[index].levels_confidence != Confidence::Confirmed
                {
                    assumed.push(id);
                }
                msg!(
                    EVALUATION_BLOCKER,
                    id = id,
                    name = name,
                    level = reached,
                    file = file,
                    line = line,
                    muc = target.needed,
                    needed = needed
                )
            }
            Blocking::Item {
                id,
                name,
                line: Some(line),
            } => msg!(
                EVALUATION_BLOCKER_ITEM,
                id = id,
                name = name,
                file = file,
                line = line
            ),
            Blocking::Item {
                id,
                name,
                line: None,
            } => msg!(EVALUATION_BLOCKER_ITEM_ABSENT, id = id, name = name),
        });
    }
    d = d.help(msg!(
        HELP,
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

crate::texts! {
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
    pub(crate) EVALUATION_BLOCKER_SHORT = "evaluation-blocker-short" {
        "{id} at level {level}",
        "{id} đạt mức {level}",
    }
    pub(crate) EVALUATION_BLOCKER_ITEM_SHORT = "evaluation-blocker-item-short" {
        "{id} not met",
        "{id} không đạt",
    }
    pub(crate) MESSAGE = "evaluation-below-target" {
        "{school} is proposed for {target}, which needs Mức {needed}, but its self-evaluation reaches {reached}: {blocking}",
        "{school} được đề nghị {target}, cần đạt Mức {needed}, nhưng kết quả tự đánh giá chỉ ở {reached}: {blocking}",
    }
    pub(crate) LABEL = "evaluation-below-target-label" {
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
    pub(crate) HELP = "evaluation-below-target-help" {
        "the self-evaluation supports {supported}: propose that, or update the results if the school has improved since",
        "theo kết quả tự đánh giá, mức phù hợp là: {supported}; đề nghị theo mức này, hoặc cập nhật kết quả nếu nhà trường đã có tiến bộ",
    }
    pub(crate) EVALUATION_LEVELS_ASSUMED = "evaluation-levels-assumed" {
        "kdcl assumes that {ids} state a Mức 3 requirement, which is not confirmed; if the circular sets none, level 2 is enough for Mức 3: correct {data}",
        "kdcl giả định các tiêu chí {ids} có yêu cầu ở Mức 3, điều này chưa được xác nhận; nếu thông tư không quy định, đạt mức 2 là đủ cho Mức 3: hãy sửa {data}",
    }
}
