//! KD420 `evaluation-unknown-criterion`: An evaluation row names a criterion the school's circular does not have

use crate::diag::common::DID_YOU_MEAN;
use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::diag::rule::Confidence;
use crate::diag::rule::Rule;
use crate::model::evaluation::catalogue::Catalogue;
use crate::model::evaluation::file::Row;
use crate::msg;
use crate::rules::evaluation::school_rows::{SchoolRows, list_unconfirmed};

pub static EVALUATION_UNKNOWN_CRITERION: Rule = Rule {
    // severity: Severity::Error, the default (a rule stating every field trips clippy::needless_update)
    code: "KD420",
    slug: "evaluation-unknown-criterion",
    summary: "An evaluation row names a criterion the school's circular does not have",
    doc: "Each row of an evaluation file gives a school's result for one criterion (tiêu chí) \
          of the circular that governs the school: Thông tư 19/2018 for MN, MG and NT \
          schools, 17/2018 for TH schools, 18/2018 for THCS, THPT and multi-level schools. \
          Criteria are written `1.1` … `5.6` and the Mức-4 items of Art. 22 `M4.1` …. A \
          criterion another circular has (2.4 for a preschool, 5.6 for a primary school) or a \
          number no circular has is an error on the cell; the circular's list is given. \
          How sure: the lists of Circulars 19 (25 criteria), 17 (27) and 18 (28) are \
          confirmed from the published self-evaluation templates (a secondary source quoting \
          the indicators of Art. 7–21), and kept in data/criteria/ for correction.",
    example: "code,criterion,level\nDK-02,5.6,2      # DK-02 is a TH school: Circular 17 ends at 5.5",
    fix: "DK-02,5.5,2",
    summary_vi: "Dòng kết quả tự đánh giá ghi tiêu chí không có trong thông tư áp dụng cho trường",
    doc_vi: "Mỗi dòng của tệp kết quả tự đánh giá ghi kết quả của một trường ở một tiêu chí \
          của thông tư áp dụng cho trường đó: Thông tư 19/2018 đối với trường MN, MG và NT; \
          Thông tư 17/2018 đối với trường TH; Thông tư 18/2018 đối với trường THCS, THPT và \
          trường có nhiều cấp học. Tiêu chí ghi dạng `1.1` … `5.6`, các yêu cầu của Mức 4 \
          theo Điều 22 ghi `M4.1` …. Tiêu chí chỉ có ở thông tư khác (2.4 đối với trường mầm \
          non, 5.6 đối với trường tiểu học) hoặc số hiệu không có ở thông tư nào được báo lỗi \
          tại ô đó, kèm danh mục tiêu chí của thông tư. Mức độ tin cậy: danh mục của Thông tư \
          19 (25 tiêu chí), Thông tư 17 (27 tiêu chí) và Thông tư 18 (28 tiêu chí) đã được \
          đối chiếu với mẫu báo cáo tự đánh giá đã công bố (nguồn thứ cấp, trích nguyên văn \
          các chỉ báo từ Điều 7 đến Điều 21), và được lưu trong data/criteria/ để tiện sửa.",
    example_vi: "code,criterion,level\nDK-02,5.6,2      # DK-02 là trường TH: Thông tư 17 chỉ đến tiêu chí 5.5",
    fix_vi: "DK-02,5.5,2",
    reference: Some("Thông tư 17, 18, 19/2018/TT-BGDĐT, Điều 6; Điều 22 (Mức 4)"),
    confidence: Some(Confidence::Confirmed),
    ..Rule::DEFAULT
};

/// A row whose criterion is neither a criterion nor a Mức-4 item of the
/// school's circular.
pub fn check(at: &SchoolRows<'_>, row: &Row, sink: &mut Sink) {
    let cat = at.catalogue();
    let school = at.school;
    let kind = school
        .kind
        .as_ref()
        .map(|k| k.to_string())
        .unwrap_or_default();
    let mut d = at.located(
        Diagnostic::new(
            &EVALUATION_UNKNOWN_CRITERION,
            msg!(
                MESSAGE,
                criterion = row.criterion.value,
                circular = cat.title,
                code = school.code,
                name = school.name,
                kind = kind
            ),
        ),
        row.criterion.span.clone(),
    );
    if let Some(meant) = meant_id(cat, &row.criterion.value) {
        d = d.help(msg!(DID_YOU_MEAN, suggestion = meant));
    }
    d = d.help(msg!(
        EVALUATION_CRITERIA_HELP,
        circular = cat.title,
        criteria = cat.criteria_ranges(),
        items = cat.item_range()
    ));
    if let Some(help) = list_unconfirmed(at.circular) {
        d = d.help(help);
    }
    sink.push(d);
}

/// The id a criterion cell probably means when only its spelling is off:
/// "01.02", "1,2", "TC 1.2", "tiêu chí 1.2" → "1.2". Nothing is suggested for
/// a number the circular lacks: "5.6" is not "5.5".
fn meant_id<'c>(cat: &'c Catalogue, written: &str) -> Option<&'c str> {
    let lower = written.trim().to_lowercase();
    let bare = ["tiêu chí", "tieu chi", "tc"]
        .iter()
        .find_map(|p| lower.strip_prefix(p))
        .unwrap_or(&lower);
    let (prefix, rest) = match bare.trim().strip_prefix('m') {
        Some(rest) => ("M", rest),
        None => ("", bare.trim()),
    };
    let parts: Vec<String> = rest
        .split(['.', ','])
        .map(|p| {
            let t = p.trim().trim_start_matches('0');
            if t.is_empty() {
                "0".into()
            } else {
                t.to_string()
            }
        })
        .collect();
    let candidate = format!("{prefix}{}", parts.join("."));
    cat.ids()
        .into_iter()
        .find(|id| *id == candidate && !id.eq_ignore_ascii_case(written.trim()))
}

crate::texts! {
    pub(crate) MESSAGE = "evaluation-unknown-criterion" {
        "\"{criterion}\" is not a criterion of {circular}, which governs {code} ({name}, {kind})",
        "\"{criterion}\" không phải là tiêu chí của {circular}, văn bản áp dụng cho {code} ({name}, {kind})",
    }
    pub(crate) EVALUATION_CRITERIA_HELP = "evaluation-criteria-help" {
        "{circular} has criteria {criteria} and Mức-4 items {items}",
        "{circular} có các tiêu chí {criteria} và các yêu cầu của Mức 4 {items}",
    }
}
