//! KD501 `renewal-not-planned`: A recognition ends in the plan year and the plan neither renews nor raises it

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static RENEWAL_NOT_PLANNED: Rule = Rule {
    code: "KD501",
    slug: "renewal-not-planned",
    severity: Severity::Warning,
    summary: "A recognition ends in the plan year and the plan neither renews nor raises it",
    doc: "A national-standard recognition made in year Y lasts five years: its term ends during \
          Y+5, when the school must be recognised again (công nhận lại). kdcl knows when each \
          recognition was made from the rosters (`standard_year`) and from earlier plans (a \
          school recognised, renewed or raised in the plan of year Y). When the plan of Y+5 \
          does not list the school with action `renew` or `raise`, the recognition lapses \
          unless the plan says why in a `[[note]]` (closure, merger, renewal postponed). \
          Reported by `kdcl diff` and, for each area's latest plan, by `kdcl check`.",
    example: "# roster-2025.csv: HN-02,Trường Tiểu học Hoà Ninh,TH,…,1,2020\n# 2025.toml lists no entry for HN-02",
    fix: "[[school]]\nschool = \"TH Hòa Ninh\"\naction = \"renew\"\nlevel  = 1\n\n# or, if it is not renewed on purpose:\n[[note]]\nschool = \"TH Hòa Ninh\"\ntext   = \"sáp nhập vào TH Hoa Sen từ 2025\"",
    summary_vi: "Quyết định công nhận hết thời hạn trong năm kế hoạch nhưng kế hoạch không đề nghị công nhận lại hay nâng mức độ",
    doc_vi: "Quyết định công nhận đạt chuẩn quốc gia năm Y có thời hạn 5 năm: hết thời hạn \
          trong năm Y+5, khi trường phải được công nhận lại. kdcl biết năm công nhận của từng \
          trường từ danh sách trường (`standard_year`) và từ các kế hoạch trước (trường được \
          công nhận mới, công nhận lại hoặc nâng mức độ trong kế hoạch năm Y). Nếu kế hoạch \
          năm Y+5 không có trường đó với `action` là `renew` hoặc `raise`, kết quả công nhận \
          sẽ hết hiệu lực, trừ khi kế hoạch giải trình lý do trong một `[[note]]` (giải thể, \
          sáp nhập, lùi thời gian công nhận lại). Được báo bởi `kdcl diff` và, đối với kế \
          hoạch mới nhất của mỗi địa bàn, bởi `kdcl check`.",
    example_vi: "# roster-2025.csv: HN-02,Trường Tiểu học Hoà Ninh,TH,…,1,2020\n# 2025.toml không có mục nào cho HN-02",
    fix_vi: "[[school]]\nschool = \"TH Hòa Ninh\"\naction = \"renew\"\nlevel  = 1\n\n# hoặc, nếu có lý do không đề nghị công nhận lại:\n[[note]]\nschool = \"TH Hòa Ninh\"\ntext   = \"sáp nhập vào TH Hoa Sen từ 2025\"",
    reference: Some("Thông tư 17, 18, 19/2018/TT-BGDĐT: thời hạn công nhận 5 năm"),
    ..Rule::DEFAULT
};
