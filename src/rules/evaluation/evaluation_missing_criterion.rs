//! KD421 `evaluation-missing-criterion`: A school's self-evaluation lacks a criterion of its circular

use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::diag::rule::Confidence;
use crate::diag::rule::Rule;
use crate::model::evaluation::file::Row;
use crate::msg;
use crate::rules::evaluation::school_rows::{SchoolRows, list_unconfirmed};

pub static EVALUATION_MISSING_CRITERION: Rule = Rule {
    // severity: Severity::Error, the default (a rule stating every field trips clippy::needless_update)
    code: "KD421",
    slug: "evaluation-missing-criterion",
    summary: "A school's self-evaluation lacks a criterion of its circular",
    doc: "A school is at Mức k only when every criterion of its circular meets every \
          requirement up to Mức k, so a level can be computed only from a result for every \
          criterion. A school with rows in the evaluation file but no row for some criterion \
          (in its latest year, when the file has a `year` column) is reported once, on its \
          first row, with the criteria it lacks. A criterion that does not reach level 1 is \
          written with level 0, not left out. Mức-4 items may be left out: a missing item \
          counts as not met. How sure: the list of criteria of each circular is confirmed from \
          the published self-evaluation templates (a secondary source).",
    example: "code,criterion,level\nDK-02,1.1,3\nDK-02,1.2,3    # … 1.3 to 5.5 missing",
    fix: "DK-02,1.3,2\n…\nDK-02,5.5,3",
    summary_vi: "Kết quả tự đánh giá của trường thiếu tiêu chí của thông tư",
    doc_vi: "Trường chỉ đạt Mức k khi mọi tiêu chí của thông tư đáp ứng mọi yêu cầu đến Mức \
          k, nên chỉ tính được mức đạt khi có kết quả của tất cả các tiêu chí. Trường có dòng \
          trong tệp kết quả tự đánh giá nhưng thiếu dòng của một số tiêu chí (trong năm gần \
          nhất, nếu tệp có cột `year`) được báo một lần, tại dòng đầu tiên của trường, kèm \
          các tiêu chí còn thiếu. Tiêu chí chưa đạt mức 1 thì ghi mức 0, không bỏ trống. Có \
          thể không ghi các yêu cầu của Mức 4: yêu cầu không có dòng được coi là không đạt. \
          Mức độ tin cậy: danh mục tiêu chí của từng thông tư đã được đối chiếu với mẫu báo \
          cáo tự đánh giá đã công bố (nguồn thứ cấp).",
    example_vi: "code,criterion,level\nDK-02,1.1,3\nDK-02,1.2,3    # … thiếu từ 1.3 đến 5.5",
    fix_vi: "DK-02,1.3,2\n…\nDK-02,5.5,3",
    reference: Some("Thông tư 17, 18, 19/2018/TT-BGDĐT, Điều 6"),
    confidence: Some(Confidence::Confirmed),
    ..Rule::DEFAULT
};

/// The criteria (`missing` ids) a school's rows of its latest `year` give
/// no result for.
pub fn check(
    at: &SchoolRows<'_>,
    rows: &[&Row],
    year: Option<i32>,
    missing: &[&str],
    sink: &mut Sink,
) {
    if missing.is_empty() {
        return;
    }
    let (cat, school) = (at.catalogue(), at.school);
    let first = rows
        .iter()
        .find(|r| r.year.as_ref().map(|y| y.value) == year)
        .expect("the latest year has a row");
    let message = match year {
        Some(year) => msg!(
            MESSAGE_IN_YEAR,
            code = school.code,
            name = school.name,
            count = missing.len(),
            ids = missing.join(", "),
            circular = cat.title,
            year = year
        ),
        None => msg!(
            MESSAGE,
            code = school.code,
            name = school.name,
            count = missing.len(),
            ids = missing.join(", "),
            circular = cat.title
        ),
    };
    let mut d = Diagnostic::new(&EVALUATION_MISSING_CRITERION, message)
        .at(&at.file.file, first.code.span.clone())
        .label(msg!(LABEL, count = missing.len()))
        .help(msg!(HELP, code = first.code.value, id = missing[0]))
        .school(&school.name)
        .reference(cat.reference(false));
    if let Some(help) = list_unconfirmed(at.circular) {
        d = d.help(help);
    }
    sink.push(d);
}

crate::texts! {
    pub(crate) MESSAGE = "evaluation-missing-criterion" {
        "{code} ({name}) has no result for {count:criterion/criteria} {ids} of {circular}, so its level cannot be computed",
        "{code} ({name}) chưa có kết quả của {count} tiêu chí ({ids}) theo {circular}, nên không xác định được mức đạt",
    }
    pub(crate) MESSAGE_IN_YEAR = "evaluation-missing-criterion-year" {
        "{code} ({name}) has no {year} result for {count:criterion/criteria} {ids} of {circular}, so its level cannot be computed",
        "{code} ({name}) chưa có kết quả năm {year} của {count} tiêu chí ({ids}) theo {circular}, nên không xác định được mức đạt",
    }
    pub(crate) LABEL = "evaluation-missing-label" {
        "{count} {count:criterion/criteria} missing",
        "thiếu {count} tiêu chí",
    }
    pub(crate) HELP = "evaluation-missing-help" {
        "add a row for each, such as `{code},{id},2`: every criterion needs a level, 0 when it does not reach level 1",
        "bổ sung mỗi tiêu chí một dòng, ví dụ `{code},{id},2`: tiêu chí nào cũng phải có mức, ghi 0 nếu chưa đạt mức 1",
    }
}
