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
