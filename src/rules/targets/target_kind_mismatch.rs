//! KD102 `target-kind-mismatch`: A per-school-type count differs from the schools listed

use crate::diag::diagnostic::Sink;
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;
use crate::model::kind::Kind;
use crate::model::plan::Entry;
use crate::msg;
use crate::rules::targets::counted::{COUNTED_FROM, Listed, count_mismatch};

pub static TARGET_KIND_MISMATCH: Rule = Rule {
    code: "KD102",
    slug: "target-kind-mismatch",
    severity: Severity::Error,
    summary: "A per-school-type count differs from the schools listed",
    doc: "`[targets.by_kind]` gives counts per school type. `MN` counts every preschool (MN, MG \
          and NT); a multi-level school counts under its own key (`TH-THCS`), not under `TH` \
          or `THCS`. Each stated count must equal the listed schools of that type.",
    example: "[targets.by_kind]\nMN = 1\n# … two preschools listed",
    fix: "MN = 2",
    summary_vi: "Chỉ tiêu theo loại trường khác với số trường kế hoạch liệt kê",
    doc_vi: "`[targets.by_kind]` ghi chỉ tiêu theo loại trường. `MN` tính mọi trường mầm non \
          (MN, MG và NT); trường có nhiều cấp học tính theo mục riêng của loại đó \
          (`TH-THCS`), không tính vào `TH` hay `THCS`. Mỗi chỉ tiêu phải bằng số trường thuộc \
          loại đó mà kế hoạch liệt kê.",
    example_vi: "[targets.by_kind]\nMN = 1\n# … kế hoạch liệt kê hai trường mầm non",
    fix_vi: "MN = 2",
    ..Rule::DEFAULT
};

/// Each `targets.by_kind` target against the listed schools of that type
/// (`kinds`, one per entry, all known).
pub fn check(listed: &Listed<'_>, kinds: &[Option<Kind>], sink: &mut Sink) {
    let plan = listed.plan;
    for (key, target) in &plan.targets.by_kind {
        let of_kind: Vec<&Entry> = plan
            .schools
            .iter()
            .zip(kinds)
            .filter(|(_, k)| k.as_ref().is_some_and(|k| k.counted_under(key)))
            .map(|(e, _)| e)
            .collect();
        if !target.holds(of_kind.len() as i64) {
            let help = if *key == Kind::parse("MN").expect("MN is a kind") {
                msg!(COUNTED_FROM_PRESCHOOL, entries = listed.entries(&of_kind))
            } else {
                msg!(COUNTED_FROM, entries = listed.entries(&of_kind))
            };
            let message = msg!(
                COUNT_KIND,
                key = target.key,
                stated = target.shown(),
                counted = of_kind.len()
            );
            let span = target.value.span.clone();
            let rule = &TARGET_KIND_MISMATCH;
            sink.push(count_mismatch(rule, plan, span, message, &of_kind, help));
        }
    }
}

crate::texts! {
    pub(crate) COUNT_KIND = "count-kind" {
        "targets.by_kind.{key} says {stated} but {counted} {counted:school/schools} of that type {counted:is/are} listed",
        "chỉ tiêu theo loại trường targets.by_kind.{key} ghi {stated} trường nhưng danh sách có {counted} trường thuộc loại này",
    }
    pub(crate) COUNTED_FROM_PRESCHOOL = "counted-from-preschool" {
        "counted (MN, MG and NT together): {entries}",
        "đã đếm (gộp MN, MG và NT): {entries}",
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::targets::tests::with_list;

    #[test]
    fn counts_follow_the_types() {
        // MN counts the MG school; the multi-level school counts only under its own key.
        assert!(
            with_list("[targets.by_kind]\nMN = 1\nTH = 0\nTHCS = 1\n\"TH&THCS\" = 1").is_empty()
        );
        assert_eq!(with_list("[targets.by_kind]\nTH = 1"), ["KD102"]);
    }
}
