//! KD314 `roster-rows-skipped`: Roster rows that are not schools were skipped

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static ROWS_SKIPPED: Rule = Rule {
    code: "KD314",
    slug: "roster-rows-skipped",
    severity: Severity::Note,
    summary: "Roster rows that are not schools were skipped",
    doc: "Rosters exported from Excel carry more than the table: a title above the header, the \
          header repeated on each printed page, blank rows, and a total row and signatures \
          (\"Tổng cộng\", \"Người lập biểu\", \"Hiệu trưởng\") under it. kdcl skips them instead of \
          reading them as schools, and says so in a note in case one of them was a school.",
    example: "code,name,kind\nHN-01,Trường Mầm non Hoa Sen,MN\n,Tổng cộng: 1 trường,",
    fix: "Nothing to do if the skipped rows are not schools; otherwise give the row a code, a \
          name and a kind.",
    summary_vi: "Đã bỏ qua các dòng của danh sách không phải là trường",
    doc_vi: "Danh sách xuất từ Excel thường có thêm: tiêu đề phía trên dòng tên cột, dòng tên cột lặp lại ở mỗi trang in, dòng trống, dòng tổng cộng và chữ ký (\"Tổng cộng\", \"Người lập biểu\", \"Hiệu trưởng\") ở cuối. kdcl bỏ qua các dòng này thay vì đọc là trường, và ghi lưu ý phòng khi một dòng trong đó là trường.",
    fix_vi: "Không cần làm gì nếu các dòng bị bỏ qua không phải là trường; nếu là trường thì ghi đủ mã, tên và loại hình.",
    ..Rule::DEFAULT
};

crate::texts! {
    pub(crate) ROWS_SKIPPED_TITLE = "rows-skipped-title" {
        "{count} {count:row/rows} above the header {count:was/were} skipped as a title, not read as schools",
        "đã bỏ qua {count} dòng tiêu đề phía trên dòng tên cột, không đọc là trường",
    }
    pub(crate) ROWS_SKIPPED_HEADER = "rows-skipped-header" {
        "this row repeats the header and was skipped",
        "dòng này lặp lại dòng tên cột nên được bỏ qua",
    }
    pub(crate) ROWS_SKIPPED_BLANK = "rows-skipped-blank" {
        "{count} blank {count:row was/rows were} skipped (the first is here)",
        "đã bỏ qua {count} dòng trống (dòng đầu tiên tại đây)",
    }
    pub(crate) ROWS_SKIPPED_FOOTER = "rows-skipped-footer" {
        "the total or signature block starting here (\"{text}\", {count} {count:row/rows}) was skipped, not read as schools",
        "đã bỏ qua phần tổng cộng hoặc chữ ký bắt đầu từ đây (\"{text}\", {count} dòng), không đọc là trường",
    }
}
