//! KD401 `basis-circular-missing`: The plan's basis cites circulars but not the one governing a listed school

use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::diag::rule::Confidence;
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;
use crate::model::circular::{self, Circular, facts};
use crate::model::plan::Entry;
use crate::msg;
use crate::rules::context::PlanContext;

pub static BASIS_CIRCULAR_MISSING: Rule = Rule {
    code: "KD401",
    slug: "basis-circular-missing",
    severity: Severity::Warning,
    summary: "The plan's basis cites circulars but not the one governing a listed school",
    doc: "Each school is governed by one circular: preschools (MN, MG, NT) by Circular 19/2018, \
          primary schools (TH) by 17/2018, secondary and multi-level schools (THCS, THPT, TH-THCS, \
          THCS-THPT, PTDTNT) by 18/2018. When the plan's `basis` cites circulars (in any spelling: \
          \"Thông tư 18/2018/TT-BGDĐT\", \"TT18/2018\", \"18/2018/TT-BGDĐT\") and a listed school's \
          circular is not among them, the plan rests on the wrong rules for that school.",
    example: "basis = [\"Thông tư số 18/2018/TT-BGDĐT\"]\n[[school]]\nschool = \"TH Đoàn Kết\"   # primary: Circular 17",
    fix: "basis = [\"Thông tư số 17/2018/TT-BGDĐT\", \"Thông tư số 18/2018/TT-BGDĐT\"]",
    summary_vi: "Phần căn cứ có dẫn thông tư nhưng thiếu thông tư áp dụng cho một trường trong kế hoạch",
    doc_vi: "Mỗi trường thuộc phạm vi điều chỉnh của một thông tư: trường mầm non (MN, MG, \
          NT) theo Thông tư 19/2018, trường tiểu học (TH) theo Thông tư 17/2018, trường trung \
          học và trường có nhiều cấp học (THCS, THPT, TH-THCS, THCS-THPT, PTDTNT) theo Thông \
          tư 18/2018. Khi `basis` của kế hoạch có dẫn thông tư (với bất kỳ cách viết nào: \
          \"Thông tư 18/2018/TT-BGDĐT\", \"TT18/2018\", \"18/2018/TT-BGDĐT\") mà không có \
          thông tư áp dụng cho một trường trong kế hoạch, kế hoạch đang căn cứ sai văn bản \
          đối với trường đó.",
    example_vi: "basis = [\"Thông tư số 18/2018/TT-BGDĐT\"]\n[[school]]\nschool = \"TH Đoàn Kết\"   # trường tiểu học: Thông tư 17",
    fix_vi: "basis = [\"Thông tư số 17/2018/TT-BGDĐT\", \"Thông tư số 18/2018/TT-BGDĐT\"]",
    reference: Some("Thông tư 17, 18, 19/2018/TT-BGDĐT, Điều 1 (phạm vi điều chỉnh)"),
    confidence: Some(Confidence::Confirmed),
};

/// The circulars the basis cites against those governing the listed schools.
pub fn check(ctx: &PlanContext<'_>, sink: &mut Sink) {
    let plan = ctx.plan;
    let mut cited: Vec<u8> = plan
        .basis
        .iter()
        .flat_map(|b| circular::cited(&b.value))
        .collect();
    if cited.is_empty() {
        return;
    }
    cited.sort();
    cited.dedup();
    // Schools by the circular governing them, in list order.
    let mut missing: Vec<(&Circular, Vec<&Entry>)> = Vec::new();
    for (entry, school) in ctx.entries() {
        let kind = crate::model::matching::entry_kind(entry, school);
        let Some(c) = kind.as_ref().map(circular::governing) else {
            continue;
        };
        if cited.contains(&c.number) {
            continue;
        }
        match missing.iter_mut().find(|(m, _)| m.number == c.number) {
            Some((_, entries)) => entries.push(entry),
            None => missing.push((c, vec![entry])),
        }
    }
    let cited_list = cited
        .iter()
        .map(|n| format!("{n}/2018"))
        .collect::<Vec<_>>()
        .join(", ");
    for (c, entries) in missing {
        let names = entries
            .iter()
            .map(|e| e.school.value.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        sink.push(
            Diagnostic::new(
                &BASIS_CIRCULAR_MISSING,
                msg!(
                    MESSAGE,
                    cited = cited_list,
                    schools = names,
                    circular = c.title,
                    governs = c.governs
                ),
            )
            .at(&plan.file, plan.basis[0].span.clone())
            .help(msg!(HELP, circular = c.title))
            .reference(format!("{}: {}", c.title, facts().kinds.reference)),
        );
    }
}

crate::texts! {
    pub(crate) MESSAGE = "basis-circular-missing" {
        "the basis cites Thông tư {cited}, but {schools} {schools:is/are} governed by {circular} ({governs})",
        "phần căn cứ dẫn Thông tư {cited}, nhưng {schools} thuộc phạm vi điều chỉnh của {circular} ({governs})",
    }
    pub(crate) HELP = "basis-circular-missing-help" {
        "add {circular} to `basis`",
        "bổ sung {circular} vào `basis`",
    }
}
