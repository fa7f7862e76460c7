//! KD502 `new-while-recognised`: A school is listed `new` while an earlier recognition's term still runs

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static NEW_WHILE_RECOGNISED: Rule = Rule {
    code: "KD502",
    slug: "new-while-recognised",
    severity: Severity::Error,
    summary: "A school is listed `new` while an earlier recognition's term still runs",
    doc: "A school recognised (new, renewed or raised) in year Y holds its recognition until \
          its term ends during Y+5. Listing it again with action `new` before then counts it \
          twice: it is either a raise (level 1 to 2), a renewal that is not yet due, or the \
          earlier recognition did not happen — then the roster of a later year should say so \
          (a roster that shows the school without the recognition silences this rule).",
    example: "# 2023.toml: school = \"MN Hoa Sen\", action = \"new\"\n# 2025.toml:\n[[school]]\nschool = \"MN Hoa Sen\"\naction = \"new\"",
    fix: "action = \"raise\"   # or remove the entry until the renewal is due in 2028",
    summary_vi: "Trường được ghi công nhận mới (`new`) khi quyết định công nhận trước vẫn còn thời hạn",
    doc_vi: "Trường được công nhận (công nhận mới, công nhận lại hoặc nâng mức độ) năm Y giữ \
          kết quả công nhận đến khi hết thời hạn trong năm Y+5. Ghi trường với `action` là \
          `new` trước thời điểm đó là đếm trùng: hoặc đó là nâng mức độ (từ mức độ 1 lên mức \
          độ 2), hoặc là công nhận lại chưa đến hạn, hoặc lần công nhận trước thực tế không \
          có — khi đó danh sách trường của năm sau cần thể hiện điều này (khi danh sách \
          trường cho thấy trường chưa được công nhận thì quy tắc này không báo).",
    example_vi: "# 2023.toml: school = \"MN Hoa Sen\", action = \"new\"\n# 2025.toml:\n[[school]]\nschool = \"MN Hoa Sen\"\naction = \"new\"",
    fix_vi: "action = \"raise\"   # hoặc bỏ mục này cho đến năm 2028, khi đến hạn công nhận lại",
    reference: Some("Thông tư 17, 18, 19/2018/TT-BGDĐT: thời hạn công nhận 5 năm"),
    ..Rule::DEFAULT
};
