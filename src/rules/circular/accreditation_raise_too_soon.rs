//! KD407 `accreditation-raise-too-soon`: A higher accreditation level asked for before the waiting time

use crate::diag::rule::Confidence;
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static ACCREDITATION_RAISE_TOO_SOON: Rule = Rule {
    code: "KD407",
    slug: "accreditation-raise-too-soon",
    severity: Severity::Error,
    summary: "A higher accreditation level asked for before the waiting time",
    doc: "A school registers for a higher accreditation level (cấp độ) only after holding its \
          current one for 2 years; from 25/01/2025 Circular 22/2024 shortened this to 1 year. \
          kdcl uses the plan's `issued` date (without one, 1 January of the plan year) to choose \
          the rule in force.",
    example: "[plan]\nyear = 2025\nissued = 2025-01-10\n[[school]]\nschool = \"TH Số 2\"   # roster: accreditation 2 in 2024\naction = \"accredit\"\naccreditation = 3",
    fix: "Plan it for 2026 (or, if the plan is issued from 25/01/2025, from one year after the last accreditation).",
    summary_vi: "Đề nghị cấp độ kiểm định cao hơn khi chưa đủ thời gian chờ",
    doc_vi: "Trường chỉ đăng ký kiểm định ở cấp độ cao hơn sau khi đạt cấp độ hiện tại được 2 \
          năm; từ ngày 25/01/2025, Thông tư 22/2024 rút ngắn thời gian này xuống 1 năm. kdcl \
          dùng ngày ban hành `issued` của kế hoạch (nếu không có thì lấy ngày 01/01 của năm \
          kế hoạch) để xác định quy định đang có hiệu lực.",
    example_vi: "[plan]\nyear = 2025\nissued = 2025-01-10\n[[school]]\nschool = \"TH Số 2\"   # danh sách trường: kiểm định cấp độ 2 năm 2024\naction = \"accredit\"\naccreditation = 3",
    fix_vi: "Đề nghị vào năm 2026 (hoặc, nếu kế hoạch ban hành từ ngày 25/01/2025, sau một năm kể từ lần kiểm định gần nhất).",
    reference: Some("Thông tư 19/2018/TT-BGDĐT; Thông tư 22/2024/TT-BGDĐT (hiệu lực 25/01/2025)"),
    confidence: Some(Confidence::Confirmed),
};
