//! KD202 `school-name-variant`: A school is named differently from the roster

use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;
use crate::model::plan::{Entry, Plan};
use crate::model::roster::Roster;
use crate::msg;

pub static NAME_VARIANT: Rule = Rule {
    code: "KD202",
    slug: "school-name-variant",
    severity: Severity::Warning,
    summary: "A school is named differently from the roster",
    doc: "The name matches a roster school only when tone marks are ignored (\"Nậm Loong\" / \
          \"Nậm Loỏng\"), when it is typed without any diacritic and one school of its type \
          fits (\"Truong THCS Yen Thanh\", from a phone or an old keyboard), or when one \
          preschool type is written for another (MN / MG / NT). \
          It is probably the same school spelt differently; official documents should use \
          one spelling.",
    example: "school = \"MN Nậm Loong\"   # roster: Trường Mầm non Nậm Loỏng",
    fix: "school = \"MN Nậm Loỏng\"",
    summary_vi: "Tên trường ghi khác với danh sách trường",
    doc_vi: "Tên chỉ khớp với một trường trong danh sách trường khi bỏ qua dấu thanh (\"Nậm \
          Loong\" / \"Nậm Loỏng\"), khi tên được gõ không dấu và chỉ có một trường cùng loại \
          khớp (\"Truong THCS Yen Thanh\", gõ trên điện thoại hoặc bàn phím cũ), hoặc khi ghi \
          loại trường mầm non này thành loại khác (MN / MG / NT). Nhiều khả năng là cùng một trường nhưng viết khác nhau; văn bản hành \
          chính cần thống nhất một cách viết.",
    example_vi: "school = \"MN Nậm Loong\"   # danh sách trường: Trường Mầm non Nậm Loỏng",
    fix_vi: "school = \"MN Nậm Loỏng\"",
    ..Rule::DEFAULT
};

/// An entry that names roster school `index` in another spelling.
pub fn check(plan: &Plan, roster: &Roster, entry: &Entry, index: usize, sink: &mut Sink) {
    let written = &entry.school.value;
    let school = &roster.schools[index];
    sink.push(
        Diagnostic::new(
            &NAME_VARIANT,
            msg!(
                MESSAGE,
                written = written,
                roster_name = school.name,
                code = school.code
            ),
        )
        .at(&plan.file, entry.school.span.clone())
        .label(msg!(LABEL, roster_name = school.name))
        .help(msg!(
            HELP,
            roster_name = school.name,
            roster = roster.file.path
        ))
        .school(written.clone()),
    );
}

crate::texts! {
    pub(crate) MESSAGE = "name-variant" {
        "\"{written}\" is spelt \"{roster_name}\" ({code}) in the roster",
        "\"{written}\" được ghi là \"{roster_name}\" ({code}) trong danh sách trường",
    }
    pub(crate) LABEL = "name-variant-label" {
        "roster: {roster_name}",
        "danh sách trường: {roster_name}",
    }
    pub(crate) HELP = "name-variant-help" {
        "use one spelling in documents: write the roster's \"{roster_name}\", or correct {roster}",
        "thống nhất một cách viết trong văn bản: ghi \"{roster_name}\" như danh sách trường, hoặc sửa {roster}",
    }
}
