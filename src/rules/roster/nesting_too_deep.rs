//! KD311 `nesting-too-deep`: The plan nests arrays or tables deeper than any plan needs

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static NESTING_TOO_DEEP: Rule = Rule {
    code: "KD311",
    slug: "nesting-too-deep",
    severity: Severity::Error,
    summary: "The plan nests arrays or tables deeper than any plan needs",
    doc: "A plan needs at most a few levels of nesting (`[targets.by_kind]`, a list of texts). A \
          file nested dozens of levels deep is not a plan, and reading it could exhaust the \
          stack, so kdcl refuses it before parsing and points at the place the limit was passed.",
    example: "basis = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"…\"]]]]]]]…",
    fix: "basis = [\"…\"]",
    summary_vi: "Kế hoạch lồng mảng hoặc bảng sâu hơn mức cần thiết",
    doc_vi: "Một kế hoạch chỉ cần vài cấp lồng nhau (`[targets.by_kind]`, một danh sách văn bản). Tệp lồng hàng chục cấp không phải là kế hoạch, và đọc nó có thể làm cạn bộ nhớ ngăn xếp, nên kdcl từ chối trước khi phân tích và chỉ ra chỗ vượt giới hạn.",
    fix_vi: "basis = [\"…\"]",
    ..Rule::DEFAULT
};

crate::texts! {
    pub(crate) MESSAGE = "nesting-too-deep" {
        "this file nests arrays, tables or dotted keys more than {max} levels deep here; it was not read",
        "tệp này lồng danh sách, phần hoặc mục có dấu chấm sâu hơn {max} cấp tại đây; tệp không được đọc",
    }
}
