//! KD203 `duplicate-school`: The same school is listed twice in one plan

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static DUPLICATE_SCHOOL: Rule = Rule {
    code: "KD203",
    slug: "duplicate-school",
    severity: Severity::Error,
    summary: "The same school is listed twice in one plan",
    doc: "A school appears once in a year's plan, with one action. Two entries for one school \
          (perhaps spelt differently) double-count it in every target.",
    example: "school = \"MN Hoa Sen\"\n…\nschool = \"Trường Mầm non Hoa Sen\"",
    fix: "Remove the second entry.",
    summary_vi: "Một trường được ghi hai lần trong cùng kế hoạch",
    doc_vi: "Mỗi trường chỉ có một mục trong kế hoạch của một năm, với một nội dung đề nghị. \
          Hai mục cho cùng một trường (có thể viết tên khác nhau) làm trường đó bị đếm hai \
          lần trong mọi chỉ tiêu.",
    fix_vi: "Xóa mục thứ hai.",
    ..Rule::DEFAULT
};
