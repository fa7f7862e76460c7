//! KD102 `target-kind-mismatch`: A per-school-type count differs from the schools listed

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

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
          (MN, MG và NT); trường có nhiều cấp học tính theo khóa riêng của loại đó \
          (`TH-THCS`), không tính vào `TH` hay `THCS`. Mỗi chỉ tiêu phải bằng số trường thuộc \
          loại đó mà kế hoạch liệt kê.",
    example_vi: "[targets.by_kind]\nMN = 1\n# … kế hoạch liệt kê hai trường mầm non",
    fix_vi: "MN = 2",
    ..Rule::DEFAULT
};
