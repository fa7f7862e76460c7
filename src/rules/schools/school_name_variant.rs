//! KD202 `school-name-variant`: A school is named differently from the roster

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static NAME_VARIANT: Rule = Rule {
    code: "KD202",
    slug: "school-name-variant",
    severity: Severity::Warning,
    summary: "A school is named differently from the roster",
    doc: "The name matches a roster school only when tone marks are ignored (\"Nậm Loong\" / \
          \"Nậm Loỏng\") or when one preschool type is written for another (MN / MG / NT). \
          It is probably the same school spelt differently; official documents should use \
          one spelling.",
    example: "school = \"MN Nậm Loong\"   # roster: Trường Mầm non Nậm Loỏng",
    fix: "school = \"MN Nậm Loỏng\"",
    summary_vi: "Tên trường ghi khác với danh sách trường",
    doc_vi: "Tên chỉ khớp với một trường trong danh sách trường khi bỏ qua dấu thanh (\"Nậm \
          Loong\" / \"Nậm Loỏng\") hoặc khi ghi loại trường mầm non này thành loại khác (MN / \
          MG / NT). Nhiều khả năng là cùng một trường nhưng viết khác nhau; văn bản hành \
          chính cần thống nhất một cách viết.",
    example_vi: "school = \"MN Nậm Loong\"   # danh sách trường: Trường Mầm non Nậm Loỏng",
    fix_vi: "school = \"MN Nậm Loỏng\"",
    ..Rule::DEFAULT
};
