//! KD504 `school-left-roster`: A school of an earlier roster is missing from a later one without a note

use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;
use crate::model::roster::{Roster, School};
use crate::msg;

pub static SCHOOL_LEFT_ROSTER: Rule = Rule {
    code: "KD504",
    slug: "school-left-roster",
    severity: Severity::Warning,
    summary: "A school of an earlier roster is missing from a later one without a note",
    doc: "Rosters change from year to year (`roster-<year>.csv`). A school that is in one \
          year's roster and not in the next has closed, merged or been renamed — or was \
          deleted by mistake, and its recognition with it. Say which: a `note` in the earlier \
          roster's row, or a `[[note]]` naming the school in the later plan, silences this \
          rule.",
    example: "# roster-2024.csv: HN-05,Trường Tiểu học Đạ Nhar,TH,…\n# roster-2025.csv: no HN-05",
    fix: "HN-05,Trường Tiểu học Đạ Nhar,TH,…,sáp nhập vào TH Hòa Ninh từ 2025   # the note column",
    summary_vi: "Trường có trong danh sách năm trước nhưng không có trong danh sách năm sau mà không có giải trình",
    doc_vi: "Danh sách trường thay đổi qua các năm (`roster-<năm>.csv`). Trường có trong danh \
          sách năm này mà không có trong danh sách năm sau là đã giải thể, sáp nhập hoặc đổi \
          tên — hoặc bị xóa nhầm, kéo theo cả kết quả công nhận của trường. Hãy ghi rõ trường \
          hợp nào: ghi `note` ở dòng của trường trong danh sách năm trước, hoặc một \
          `[[note]]` ghi tên trường trong kế hoạch năm sau; khi đó quy tắc này không báo.",
    example_vi: "# roster-2024.csv: HN-05,Trường Tiểu học Đạ Nhar,TH,…\n# roster-2025.csv: không có HN-05",
    fix_vi: "HN-05,Trường Tiểu học Đạ Nhar,TH,…,sáp nhập vào TH Hòa Ninh từ 2025   # cột note",
    ..Rule::DEFAULT
};

/// A school of `old` (the roster of `earlier`) not found in `new`, the
/// roster of `year`, with no note saying why.
pub fn check(
    old: &Roster,
    new: &Roster,
    school: &School,
    year: i32,
    earlier: i32,
    sink: &mut Sink,
) {
    sink.push(
        Diagnostic::new(
            &SCHOOL_LEFT_ROSTER,
            msg!(
                MESSAGE,
                school = school.label(),
                old = old.file.path,
                new = new.file.path,
                year = year
            ),
        )
        .at(&old.file, old.cell(school, "code"))
        .help(msg!(
            HELP,
            new = new.file.path,
            year = year,
            earlier = earlier
        ))
        .school(&school.name),
    );
}

crate::texts! {
    pub(crate) MESSAGE = "school-left-roster" {
        "{school} is in {old} but not in {new}, the roster of {year}",
        "{school} có trong {old} nhưng không có trong {new}, danh sách trường năm {year}",
    }
    pub(crate) HELP = "school-left-roster-help" {
        "if it closed, merged or was renamed, say so in this row's `note` column or in a [[note]] of the {year} plan; otherwise add it to {new} (it was in the roster of {earlier})",
        "nếu trường đã giải thể, sáp nhập hoặc đổi tên, ghi rõ trong cột `note` của dòng này hoặc trong một [[note]] của kế hoạch năm {year}; nếu không, bổ sung trường vào {new} (trường có trong danh sách trường năm {earlier})",
    }
}
