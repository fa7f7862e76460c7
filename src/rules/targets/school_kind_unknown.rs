//! KD109 `school-kind-unknown`: Per-type counts cannot be checked: a school's type is unknown

use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;
use crate::model::kind::Kind;
use crate::model::plan::Entry;
use crate::msg;
use crate::rules::targets::counted::Listed;

pub static KIND_UNKNOWN: Rule = Rule {
    code: "KD109",
    slug: "school-kind-unknown",
    severity: Severity::Note,
    summary: "Per-type counts cannot be checked: a school's type is unknown",
    doc: "Without a roster, a school's type is read from its name (\"MN …\", \"Trường Tiểu học …\"). \
          When a name carries no type and no roster tells it, `[targets.by_kind]` cannot be \
          checked.",
    example: "[[school]]\nschool = \"Hoa Sen\"   # MN? TH?",
    fix: "school = \"MN Hoa Sen\"   # or add a roster",
    summary_vi: "Không kiểm tra được chỉ tiêu theo loại trường vì chưa rõ loại của một trường",
    doc_vi: "Khi không có danh sách trường, loại trường được xác định từ tên (\"MN …\", \
          \"Trường Tiểu học …\"). Nếu tên không cho biết loại và không có danh sách trường, \
          `[targets.by_kind]` không kiểm tra được.",
    example_vi: "[[school]]\nschool = \"Hoa Sen\"   # MN? TH?",
    fix_vi: "school = \"MN Hoa Sen\"   # hoặc khai báo danh sách trường",
    ..Rule::DEFAULT
};

/// Per-type targets while the type of some listed school (`kinds`, one per
/// entry) is not known.
pub fn check(listed: &Listed<'_>, kinds: &[Option<Kind>], sink: &mut Sink) {
    let plan = listed.plan;
    let unknown: Vec<&Entry> = plan
        .schools
        .iter()
        .zip(kinds)
        .filter(|(_, k)| k.is_none())
        .map(|(e, _)| e)
        .collect();
    if !unknown.is_empty() {
        let (_, first) = &plan.targets.by_kind[0];
        sink.push(
            Diagnostic::new(
                &KIND_UNKNOWN,
                msg!(MESSAGE, entries = listed.entries(&unknown)),
            )
            .at(&plan.file, first.key_span.clone())
            .help(msg!(HELP)),
        );
    }
}

crate::texts! {
    pub(crate) MESSAGE = "kind-unknown" {
        "the school type of {entries} is not known, so the per-type counts are not checked",
        "chưa xác định được loại trường của {entries}, nên không kiểm tra chỉ tiêu theo loại trường",
    }
    pub(crate) HELP = "kind-unknown-help" {
        "write the type in the name (\"MN …\", \"TH …\", \"THCS …\") or give the plan a roster",
        "ghi loại trường trong tên (\"MN …\", \"TH …\", \"THCS …\") hoặc khai báo danh sách trường (`roster`) cho kế hoạch",
    }
}
