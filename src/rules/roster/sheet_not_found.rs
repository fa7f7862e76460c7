//! KD312 `sheet-not-found`: `roster_sheet` names a sheet the workbook does not have

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static SHEET_NOT_FOUND: Rule = Rule {
    code: "KD312",
    slug: "sheet-not-found",
    severity: Severity::Error,
    summary: "`roster_sheet` names a sheet the workbook does not have",
    doc: "A roster workbook (.xlsx, .ods) is read from its first sheet, or from the sheet \
          `roster_sheet` names (compared ignoring case and accents). A name the workbook does \
          not have leaves the plan without a roster; the finding lists the sheets there are.",
    example: "roster = \"roster.xlsx\"\nroster_sheet = \"Danh sach\"   # the workbook has \"DS truong\"",
    fix: "roster_sheet = \"DS truong\"",
    summary_vi: "`roster_sheet` ghi tên trang tính mà tệp bảng tính không có",
    doc_vi: "Danh sách trường dạng bảng tính (.xlsx, .ods) được đọc từ trang tính đầu tiên, hoặc từ trang tính mà `roster_sheet` ghi (so sánh không phân biệt hoa thường và dấu). Tên không có trong tệp khiến kế hoạch không có danh sách trường; phát hiện liệt kê các trang tính hiện có.",
    fix_vi: "roster_sheet = \"DS truong\"",
    example_vi: "roster = \"roster.xlsx\"\nroster_sheet = \"Danh sach\"   # tệp có trang \"DS truong\"",
    ..Rule::DEFAULT
};

crate::texts! {
    pub(crate) MESSAGE = "sheet-not-found" {
        "the roster workbook has no sheet \"{sheet}\"",
        "tệp bảng tính danh sách trường không có trang tính \"{sheet}\"",
    }
    pub(crate) SHEETS_ARE = "sheets-are" {
        "its sheets are: {sheets}",
        "các trang tính hiện có: {sheets}",
    }
}
