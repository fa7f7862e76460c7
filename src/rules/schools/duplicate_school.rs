//! KD203 `duplicate-school`: The same school is listed twice in one plan

use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;
use crate::model::kind::Kind;
use crate::model::name;
use crate::model::plan::{Entry, Plan};
use crate::msg;
use std::collections::HashMap;

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

/// `entry` names the roster school `roster_name` that `first` already names.
pub fn check(plan: &Plan, first: &Entry, entry: &Entry, roster_name: &str, sink: &mut Sink) {
    let (line, _) = plan.file.line_col(first.school.span.start);
    sink.push(
        Diagnostic::new(
            &DUPLICATE_SCHOOL,
            msg!(
                MESSAGE,
                written = entry.school.value,
                roster_name = roster_name,
                first_line = line
            ),
        )
        .at(&plan.file, entry.school.span.clone())
        .help(msg!(HELP))
        .school(entry.school.value.clone()),
    );
}

/// Without a roster, two entries are the same school when their keys agree.
pub fn without_roster(plan: &Plan, sink: &mut Sink) {
    let mut seen: HashMap<(Option<Kind>, String), &Entry> = HashMap::new();
    for entry in &plan.schools {
        let key = name::key(&entry.school.value);
        if let Some(first) = seen.get(&(key.kind.clone(), key.exact.clone())) {
            check(plan, first, entry, &first.school.value, sink);
        } else {
            seen.insert((key.kind, key.exact), entry);
        }
    }
}

crate::texts! {
    pub(crate) MESSAGE = "duplicate-school" {
        "\"{written}\" is listed a second time: it is the same school as the entry on line {first_line} ({roster_name})",
        "\"{written}\" được ghi lần thứ hai: đây là cùng một trường với mục ở dòng {first_line} ({roster_name})",
    }
    pub(crate) HELP = "duplicate-school-help" {
        "list each school once, with one action",
        "mỗi trường chỉ ghi một lần, với một nội dung đề nghị",
    }
}
