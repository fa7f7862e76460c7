//! KD502 `new-while-recognised`: A school is listed `new` while an earlier recognition's term still runs

use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;
use crate::model::history::{self, Area, Of};
use crate::model::plan::Action;
use crate::model::report::CheckedPlan;
use crate::msg;
use crate::rules::continuity::recognition::{RECOGNISED_AT, level_text};

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

/// An entry listed `new` while an earlier recognition's term runs.
pub fn check(area: &Area<'_>, plan: &CheckedPlan, year: i32, sink: &mut Sink) {
    let known = area.recognitions(year, Of::Standard);
    for (i, entry) in plan.plan.schools.iter().enumerate() {
        let Some(action) = &entry.action else {
            continue;
        };
        if action.value != Action::New {
            continue;
        }
        let id = area.id_of_entry(plan, i);
        let Some(last) = known
            .get(&id)
            .and_then(|list| history::latest_before(list, year))
        else {
            continue;
        };
        if last.ends() <= year {
            continue;
        }
        sink.push(
            Diagnostic::new(
                &NEW_WHILE_RECOGNISED,
                msg!(
                    MESSAGE,
                    school = entry.school.value,
                    made = last.year,
                    level = level_text(last.level),
                    ends = last.ends()
                ),
            )
            .at(&plan.plan.file, action.span.clone())
            .label(msg!(LABEL, ends = last.ends()))
            .help(msg!(
                RECOGNISED_AT,
                made = last.year,
                place = last.source.place()
            ))
            .help(msg!(HELP, ends = last.ends()))
            .school(&entry.school.value),
        );
    }
}

crate::texts! {
    pub(crate) MESSAGE = "new-while-recognised" {
        "{school} is listed `new`, but it was recognised in {made} (level {level}) and that term runs until {ends}",
        "{school} được ghi là `new`, nhưng trường đã được công nhận năm {made} (mức độ {level}) và thời hạn công nhận còn đến năm {ends}",
    }
    pub(crate) LABEL = "new-while-recognised-label" {
        "recognised until {ends}",
        "được công nhận đến năm {ends}",
    }
    pub(crate) HELP = "new-while-recognised-help" {
        "write action = \"raise\" to go from level 1 to 2, or leave the school out until its renewal in {ends}; if the earlier recognition did not happen, a later roster should show the school without it",
        "ghi action = \"raise\" để nâng từ mức độ 1 lên mức độ 2, hoặc chưa đưa trường vào kế hoạch cho đến khi công nhận lại vào năm {ends}; nếu lần công nhận trước thực tế không có, danh sách trường của năm sau cần thể hiện trường chưa được công nhận",
    }
}
