//! KD406 `raise-too-soon`: `raise` before the school has held level 1 for the waiting time

use crate::diag::rule::Confidence;
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static RAISE_TOO_SOON: Rule = Rule {
    code: "KD406",
    slug: "raise-too-soon",
    severity: Severity::Warning,
    summary: "`raise` before the school has held level 1 for the waiting time",
    doc: "A school asks to go from national-standard level 1 to level 2 at least 2 years after its \
          recognition at level 1 (the original circulars). Circular 22/2024 shortened the wait for \
          a higher accreditation level to 1 year from 25/01/2025; whether it also changed this wait \
          is not known, so kdcl keeps 2 years and reports a warning, not an error. The waiting time \
          is kept in data/circulars.toml.",
    example: "[plan]\nyear = 2024\n[[school]]\nschool = \"TH Kim Đồng\"   # roster: level 1 since 2023\naction = \"raise\"",
    fix: "Plan the raise for 2025 or later.",
    summary_vi: "Đề nghị nâng mức độ (`raise`) khi trường đạt mức độ 1 chưa đủ thời gian",
    doc_vi: "Trường đề nghị nâng từ đạt chuẩn quốc gia mức độ 1 lên mức độ 2 sau ít nhất 2 \
          năm kể từ khi được công nhận mức độ 1 (theo văn bản gốc của các thông tư). Thông tư \
          22/2024 rút ngắn thời gian chờ để đăng ký cấp độ kiểm định cao hơn xuống 1 năm kể \
          từ ngày 25/01/2025; chưa rõ thông tư này có thay đổi thời gian chờ nâng mức độ hay \
          không, nên kdcl giữ 2 năm và chỉ báo cảnh báo, không báo lỗi. Thời gian chờ được \
          ghi trong data/circulars.toml.",
    example_vi: "[plan]\nyear = 2024\n[[school]]\nschool = \"TH Kim Đồng\"   # danh sách trường: mức độ 1 từ năm 2023\naction = \"raise\"",
    fix_vi: "Đề nghị nâng mức độ từ năm 2025 trở đi.",
    reference: Some("Thông tư 19/2018/TT-BGDĐT (2 năm); Thông tư 22/2024/TT-BGDĐT"),
    confidence: Some(Confidence::Recalled),
};
