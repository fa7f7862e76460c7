//! KD425 `evaluation-invalid`: An evaluation file is not valid CSV, lacks a column or holds an unusable value

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static EVALUATION_INVALID: Rule = Rule {
    code: "KD425",
    slug: "evaluation-invalid",
    severity: Severity::Error,
    summary: "An evaluation file is not valid CSV, lacks a column or holds an unusable value",
    doc: "Evaluation files are comma-separated UTF-8 with one header row holding `code`, \
          `criterion` and `level` (and optionally `year`), one row per school and criterion. \
          A row with the wrong number of fields, an empty code or criterion, a level that is \
          not a whole number or a year that is not four digits cannot be used and is reported \
          on its cell; the other rows are still read.",
    example: "code,criterion,level\nDK-02,1.1,đạt",
    fix: "DK-02,1.1,1",
    summary_vi: "Tệp kết quả tự đánh giá không đúng định dạng CSV, thiếu cột hoặc có giá trị không dùng được",
    doc_vi: "Tệp kết quả tự đánh giá là tệp UTF-8, các giá trị cách nhau bằng dấu phẩy, có \
          một dòng tiêu đề gồm `code`, `criterion` và `level` (có thể thêm `year`), mỗi \
          trường, mỗi tiêu chí một dòng. Dòng sai số ô, để trống mã trường hoặc tiêu chí, có \
          mức không phải số nguyên hoặc năm không đủ bốn chữ số thì không dùng được và được \
          báo tại ô đó; các dòng khác vẫn được đọc.",
    fix_vi: "DK-02,1.1,1",
    ..Rule::DEFAULT
};
