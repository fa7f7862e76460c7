//! KD504 `school-left-roster`: A school of an earlier roster is missing from a later one without a note

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

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
