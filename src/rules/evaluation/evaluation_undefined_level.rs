//! KD422 `evaluation-undefined-level`: An evaluation row gives a level the criterion does not define

use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::diag::rule::Confidence;
use crate::diag::rule::Rule;
use crate::model::evaluation::catalogue::Criterion;
use crate::model::evaluation::file::Row;
use crate::msg;
use crate::rules::evaluation::school_rows::SchoolRows;

pub static EVALUATION_UNDEFINED_LEVEL: Rule = Rule {
    // severity: Severity::Error, the default (a rule stating every field trips clippy::needless_update)
    code: "KD422",
    slug: "evaluation-undefined-level",
    summary: "An evaluation row gives a level the criterion does not define",
    doc: "A criterion is assessed at Mức 1, 2 or 3 (Art. 6); `level` is the highest level it \
          reaches, 0 when it does not reach level 1. Mức 4 is not a level of a criterion but \
          of the school, through the items of Art. 22, each written 1 (met) or 0 (not met). \
          Some criteria define no Mức 3 requirement (Circular 17: 1.2, 1.5, 1.7–1.10, 3.4, \
          5.1; Circular 18: 1.2, 1.7–1.10, 3.4, 5.3, 5.4; Circular 19: 1.2, 1.7–1.10, 3.6): \
          their highest level is 2. How sure: confirmed from the published self-evaluation \
          templates (a secondary source quoting the indicators level by level, as the 2018 \
          texts stand); the levels are kept in data/criteria/, one edit to correct.",
    example: "DK-02,3.2,4",
    fix: "DK-02,3.2,3\nDK-02,M4.3,1",
    summary_vi: "Dòng kết quả tự đánh giá ghi mức mà tiêu chí không có",
    doc_vi: "Tiêu chí được đánh giá ở Mức 1, 2 hoặc 3 (Điều 6); `level` là mức cao nhất tiêu \
          chí đạt được, ghi 0 nếu chưa đạt mức 1. Mức 4 không phải mức của một tiêu chí mà là \
          mức của nhà trường, xét theo các yêu cầu của Điều 22, mỗi yêu cầu ghi 1 (đạt) hoặc \
          0 (không đạt). Một số tiêu chí không có yêu cầu ở Mức 3 (Thông tư 17: 1.2, 1.5, \
          1.7–1.10, 3.4, 5.1; Thông tư 18: 1.2, 1.7–1.10, 3.4, 5.3, 5.4; Thông tư 19: 1.2, \
          1.7–1.10, 3.6): mức cao nhất của các tiêu chí này là 2. Mức độ tin cậy: đã đối chiếu \
          với mẫu báo cáo tự đánh giá đã công bố (nguồn thứ cấp, trích nguyên văn các chỉ báo \
          theo từng mức, theo văn bản năm 2018); các mức được lưu trong data/criteria/, khi \
          cần chỉ phải sửa một chỗ.",
    fix_vi: "DK-02,3.2,3\nDK-02,M4.3,1",
    reference: Some("Thông tư 17, 18, 19/2018/TT-BGDĐT, Điều 6; Điều 22 (Mức 4)"),
    confidence: Some(Confidence::Confirmed),
    ..Rule::DEFAULT
};

/// A row giving `criterion` a level it does not define.
pub fn criterion(at: &SchoolRows<'_>, criterion: &Criterion, row: &Row, sink: &mut Sink) {
    let level = row.level.value;
    let mut d = at
        .located(
            Diagnostic::new(
                &EVALUATION_UNDEFINED_LEVEL,
                msg!(
                    MESSAGE,
                    id = criterion.id,
                    circular = at.catalogue().title,
                    level = level,
                    levels = levels_text(&criterion.levels)
                ),
            ),
            row.level.span.clone(),
        )
        .help(msg!(
            HELP,
            allowed = levels_text(&[&[0][..], &criterion.levels].concat())
        ));
    if level <= 3 && criterion.levels_confidence != Confidence::Confirmed {
        d = d.help(msg!(
            EVALUATION_LEVELS_UNCONFIRMED,
            id = criterion.id,
            data = at.circular.data_path()
        ));
    }
    sink.push(d);
}

/// A row giving Mức-4 item `index` a level other than 0 or 1.
pub fn item(at: &SchoolRows<'_>, index: usize, row: &Row, sink: &mut Sink) {
    let cat = at.catalogue();
    sink.push(
        at.located(
            Diagnostic::new(
                &EVALUATION_UNDEFINED_LEVEL,
                msg!(
                    EVALUATION_ITEM_LEVEL,
                    id = cat.level4.items[index].id,
                    level = row.level.value
                ),
            ),
            row.level.span.clone(),
        )
        .help(msg!(EVALUATION_ITEM_LEVEL_HELP))
        .reference(cat.reference(true)),
    );
}

/// "1–3", "1, 2" …
fn levels_text(levels: &[u8]) -> String {
    match levels {
        [a, .., b] if usize::from(b - a) + 1 == levels.len() && levels.len() > 2 => {
            format!("{a}–{b}")
        }
        _ => levels
            .iter()
            .map(u8::to_string)
            .collect::<Vec<_>>()
            .join(", "),
    }
}

crate::texts! {
    pub(crate) MESSAGE = "evaluation-undefined-level" {
        "criterion {id} of {circular} has no level {level}: it defines levels {levels}",
        "tiêu chí {id} của {circular} không có mức {level}: tiêu chí này có các mức {levels}",
    }
    pub(crate) HELP = "evaluation-undefined-level-help" {
        "write the level the criterion reaches: {allowed} (0 when it does not reach level 1); Mức 4 is the school's, reached through the items M4.1, M4.2 …, not a level of a criterion",
        "ghi mức mà tiêu chí đạt được: {allowed} (ghi 0 nếu chưa đạt mức 1); Mức 4 là mức của nhà trường, xét theo các yêu cầu M4.1, M4.2 …, không phải mức của một tiêu chí",
    }
    pub(crate) EVALUATION_LEVELS_UNCONFIRMED = "evaluation-levels-unconfirmed" {
        "which levels criterion {id} defines is not confirmed in kdcl's data; if the circular differs, correct {data}",
        "dữ liệu của kdcl chưa xác nhận tiêu chí {id} có những mức nào; nếu thông tư quy định khác, hãy sửa {data}",
    }
    pub(crate) EVALUATION_ITEM_LEVEL = "evaluation-item-level" {
        "{id} is a Mức-4 item: its level is 1 (met) or 0 (not met), not {level}",
        "{id} là yêu cầu của Mức 4: chỉ ghi 1 (đạt) hoặc 0 (không đạt), không ghi {level}",
    }
    pub(crate) EVALUATION_ITEM_LEVEL_HELP = "evaluation-item-level-help" {
        "write 1 when the school meets the item and 0 when it does not",
        "ghi 1 nếu nhà trường đạt yêu cầu này, 0 nếu không đạt",
    }
}
