//! KD302 `roster-not-found`: The roster named by the plan is missing or cannot be read

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static ROSTER_NOT_FOUND: Rule = Rule {
    code: "KD302",
    slug: "roster-not-found",
    severity: Severity::Error,
    summary: "The roster named by the plan is missing or cannot be read",
    doc: "The `roster` key names a file that does not exist, cannot be opened or is not UTF-8 \
          text, so the plan's schools cannot be matched. The finding stands on the `roster` key \
          and says why the file could not be read.",
    example: "roster = \"roster.cvs\"",
    fix: "roster = \"roster.csv\"",
    summary_vi: "Không có hoặc không đọc được danh sách trường mà kế hoạch khai báo",
    doc_vi: "Khóa `roster` ghi một tệp không tồn tại, không mở được hoặc không phải văn bản \
          UTF-8, nên không đối chiếu được các trường trong kế hoạch. Phát hiện được báo tại \
          mục `roster` và nêu lý do không đọc được tệp.",
    fix_vi: "roster = \"roster.csv\"",
    ..Rule::DEFAULT
};

crate::texts! {
    pub(crate) MESSAGE = "roster-not-found" {
        "the roster \"{path}\" cannot be read: {reason}",
        "không đọc được danh sách trường \"{path}\": {reason}",
    }
    pub(crate) HELP = "roster-not-found-help" {
        "the path is relative to this plan's folder; check the file name",
        "đường dẫn tính từ thư mục chứa kế hoạch này; kiểm tra lại tên tệp",
    }
    pub(crate) ROSTER_UNREADABLE = "roster-unreadable" {
        "the roster \"{path}\" exists but cannot be read",
        "tệp danh sách trường \"{path}\" có tồn tại nhưng không đọc được",
    }
}
