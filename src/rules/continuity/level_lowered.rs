//! KD503 `level-lowered`: A school's national-standard level goes down from one year to the next without a note

use crate::diag::rule::Rule;
use crate::diag::severity::Severity;

pub static LEVEL_LOWERED: Rule = Rule {
    code: "KD503",
    slug: "level-lowered",
    severity: Severity::Warning,
    summary: "A school's national-standard level goes down from one year to the next without a note",
    doc: "A school at level 2 that a plan renews at level 1, or whose level is 2 in one year's \
          roster and 1 in the next, has lost a level. That happens, but a plan should say why: \
          write it in the entry's `note`, in a `[[note]]` of the plan, or in the `note` column \
          of the later roster.",
    example: "# roster: TH Số 2 holds level 2 (2020)\n[[school]]\nschool = \"TH Số 2\"\naction = \"renew\"\nlevel  = 1",
    fix: "level = 2   # or note = \"không duy trì được tiêu chuẩn mức độ 2: …\"",
    summary_vi: "Mức độ đạt chuẩn quốc gia của trường giảm từ năm này sang năm sau mà không có giải trình",
    doc_vi: "Trường đang đạt mức độ 2 mà kế hoạch đề nghị công nhận lại ở mức độ 1, hoặc danh \
          sách trường năm này ghi mức độ 2 còn năm sau ghi mức độ 1, là trường đã bị giảm mức \
          độ. Điều này có thể xảy ra, nhưng kế hoạch cần nêu lý do: ghi trong `note` của mục \
          đó, trong một `[[note]]` của kế hoạch, hoặc trong cột `note` của danh sách trường \
          năm sau.",
    example_vi: "# danh sách trường: TH Số 2 đạt mức độ 2 (năm 2020)\n[[school]]\nschool = \"TH Số 2\"\naction = \"renew\"\nlevel  = 1",
    fix_vi: "level = 2   # hoặc note = \"không duy trì được tiêu chuẩn mức độ 2: …\"",
    ..Rule::DEFAULT
};
