//! KD108 `after-state-mismatch`: A stated after-state figure differs from the roster and the plan

use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;
use crate::model::afterstate::{self, Start};
use crate::model::plan::Plan;
use crate::model::roster::Roster;
use crate::msg;

pub static AFTER_STATE_MISMATCH: Rule = Rule {
    code: "KD108",
    slug: "after-state-mismatch",
    severity: Severity::Error,
    summary: "A stated after-state figure differs from the roster and the plan",
    doc: "`kept` is the number of roster schools holding a valid national-standard recognition at \
          the start of the plan year; `recognised_after` adds the schools the plan recognises \
          (new, renewed after lapsing) and drops those whose term ends in the plan year without \
          being renewed; `level2_after` counts those at level 2 afterwards; `schools_total` is \
          the number of roster rows. A recognition made in year Y is held until its 5-year term \
          ends during year Y+5. For a period plan (`period = \"2026-2030\"`) with a roster, \
          `recognised_before` (`kept`) is counted at the start of the period's first year and \
          `schools_total` from the roster; what the period reaches by its end is checked by the \
          plan's own arithmetic (KD111, KD112). What a school holds at the start of the year is \
          the area's history, as `kdcl due` and `kdcl diff` read it: a recognition an earlier \
          plan made counts when the roster, not updated since, does not show it yet (KD505).",
    example: "[targets]\nrecognised_after = 28\n# roster: 22 recognised, plan: 5 new",
    fix: "recognised_after = 27   # or list the missing school",
    summary_vi: "Số liệu sau kế hoạch khác với kết quả tính từ danh sách trường và kế hoạch",
    doc_vi: "`kept` là số trường trong danh sách có quyết định công nhận đạt chuẩn quốc gia \
          còn hiệu lực vào đầu năm kế hoạch; `recognised_after` cộng thêm các trường được kế \
          hoạch công nhận (công nhận mới, công nhận lại sau khi đã hết hạn) và trừ các trường \
          hết thời hạn trong năm kế hoạch mà không được công nhận lại; `level2_after` là số \
          trường đạt mức độ 2 sau kế hoạch; `schools_total` là số dòng của danh sách trường. \
          Quyết định công nhận năm Y có hiệu lực đến khi hết thời hạn 5 năm, trong năm Y+5. \
          Với kế hoạch giai đoạn (`period = \"2026-2030\"`) có danh sách trường, \
          `recognised_before` (`kept`) được đếm vào đầu năm đầu tiên của giai đoạn và \
          `schools_total` theo danh sách trường; số trường đạt được cuối giai đoạn được kiểm \
          tra bằng chính các con số của kế hoạch (KD111, KD112). Tình trạng đầu năm của mỗi \
          trường lấy theo quá trình của địa bàn, như `kdcl due` và `kdcl diff`: trường được kế \
          hoạch năm trước công nhận mà danh sách trường chưa cập nhật kết quả vẫn được tính \
          (KD505).",
    example_vi: "[targets]\nrecognised_after = 28\n# danh sách trường: 22 trường đạt chuẩn; kế hoạch: 5 trường công nhận mới",
    fix_vi: "recognised_after = 27   # hoặc bổ sung trường còn thiếu vào kế hoạch",
    reference: Some("Thông tư 17, 18, 19/2018/TT-BGDĐT: thời hạn công nhận 5 năm"),
    ..Rule::DEFAULT
};

/// The after-state targets against what the roster and the plan give, for
/// a plan whose every entry names a roster school (`schools`); each school
/// starts the year as `starts` has it (the area's history, when earlier
/// plans acted), else as the roster records it. For a
/// period plan (`year` its first year) only the start is the roster's to
/// say: the schools recognised before the period and the schools in all;
/// what it reaches by its end is checked by the plan's own arithmetic.
pub fn check(
    plan: &Plan,
    roster: &Roster,
    schools: &[Option<usize>],
    (year, period): (i32, bool),
    starts: Option<&[Start]>,
    sink: &mut Sink,
) {
    let t = &plan.targets;
    let from_roster = afterstate::roster_starts(roster, year);
    // Schools whose start the area's history tells otherwise than this roster.
    let beyond = starts.map_or(0, |s| {
        s.iter()
            .zip(&from_roster)
            .filter(|(h, r)| h.held != r.held)
            .count()
    });
    let starts = starts.unwrap_or(&from_roster);
    let state = afterstate::compute(plan, roster, schools, year, starts);
    let (kept, after, level2) = (state.kept, state.recognised_after, state.level2_after);
    let (dropped, added) = (state.dropped, state.added);
    let (level2_kept, level2_plan) = (state.level2_kept, state.level2_plan);
    let computed = [
        (
            &t.kept,
            kept,
            msg!(
                KEPT_HOW,
                count = kept,
                year = year,
                first = year - crate::model::circular::term_years(),
                last = year - 1
            ),
        ),
        (
            &t.recognised_after,
            after,
            msg!(
                AFTER_HOW,
                kept = kept,
                dropped = dropped,
                added = added,
                after = after,
                year = year
            ),
        ),
        (
            &t.level2_after,
            level2,
            msg!(
                LEVEL2_HOW,
                from_roster = level2_kept,
                from_plan = level2_plan,
                total = level2
            ),
        ),
        (
            &t.schools_total,
            roster.schools.len(),
            msg!(
                SCHOOLS_TOTAL_HOW,
                roster = roster.file.path,
                count = roster.schools.len()
            ),
        ),
    ];
    for (target, value, how) in computed {
        let counted = !std::ptr::eq(target, &t.schools_total);
        let at_the_end =
            std::ptr::eq(target, &t.recognised_after) || std::ptr::eq(target, &t.level2_after);
        if period && at_the_end {
            continue;
        }
        let Some(target) = target else { continue };
        if !target.holds(value as i64) {
            let mut finding = Diagnostic::new(
                &AFTER_STATE_MISMATCH,
                msg!(
                    AFTER_STATE,
                    key = target.key,
                    stated = target.shown(),
                    computed = value
                ),
            )
            .at(&plan.file, target.value.span.clone())
            .label(msg!(COMPUTED_LABEL, computed = value))
            .help(how);
            if beyond > 0 && counted {
                finding = finding.help(msg!(HISTORY_HOW, year = year, count = beyond));
            }
            sink.push(finding);
        }
    }
}

crate::texts! {
    pub(crate) AFTER_STATE = "after-state" {
        "targets.{key} says {stated} but the roster and the plan give {computed}",
        "chỉ tiêu targets.{key} ghi {stated} nhưng tính theo danh sách trường và kế hoạch là {computed}",
    }
    pub(crate) COMPUTED_LABEL = "computed-label" {
        "computed {computed}",
        "tính được {computed}",
    }
    pub(crate) KEPT_HOW = "kept-how" {
        "{count} roster {count:school holds/schools hold} a recognition at the start of {year} (made {first}–{last})",
        "{count} trường trong danh sách trường đang được công nhận đạt chuẩn đầu năm {year} (công nhận trong các năm {first}–{last})",
    }
    pub(crate) AFTER_HOW = "after-how" {
        "{kept} held at the start of {year} − {dropped} whose term ends in {year} without renewal + {added} recognised by this plan = {after}",
        "{kept} trường đạt chuẩn đầu năm {year} − {dropped} trường hết thời hạn trong năm {year} mà không được công nhận lại + {added} trường được công nhận theo kế hoạch này = {after}",
    }
    pub(crate) LEVEL2_HOW = "level2-how" {
        "{from_roster} kept at level 2 from the roster + {from_plan} at level 2 through this plan = {total}",
        "{from_roster} trường giữ mức độ 2 theo danh sách trường + {from_plan} trường đạt mức độ 2 theo kế hoạch này = {total}",
    }
    pub(crate) HISTORY_HOW = "after-state-history-how" {
        "the start of {year} counts what the area's earlier plans and rosters say beyond this roster ({count} {count:school/schools}; see KD505)",
        "số liệu đầu năm {year} tính cả kết quả của các kế hoạch và danh sách trường trước đó mà danh sách trường này chưa ghi ({count} trường; xem KD505)",
    }
    pub(crate) SCHOOLS_TOTAL_HOW = "schools-total-how" {
        "{roster} lists {count} {count:school/schools}",
        "{roster} có {count} trường",
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::targets::tests::codes;

    const ROSTER: &str = "code,name,kind,standard_level,standard_year\n\
        A,TH A,TH,1,2019\nB,TH B,TH,2,2019\nC,TH C,TH,1,2017\nD,TH D,TH,1,2021\nE,TH E,TH,,\n";

    fn after(plan: &str) -> Vec<&'static str> {
        codes(plan, Some(ROSTER))
    }

    #[test]
    fn after_state_from_the_roster() {
        // Held at the start of 2024: A, B (terms end in 2024) and D; C lapsed in 2022.
        // Nothing done: A and B drop out during 2024, D stays.
        assert!(
            after("[targets]\nkept = 3\nrecognised_after = 1\nlevel2_after = 0\nschools_total = 5")
                .is_empty()
        );
        assert_eq!(after("[targets]\nkept = 4"), ["KD108"]);
        // Renewing A, renewing the lapsed C, raising D to level 2, recognising E at level 1;
        // B's term ends unrenewed.
        let plan = "[targets]\nkept = 3\nrecognised_after = 4\nlevel2_after = 1\n\
            [[school]]\nschool = \"TH A\"\naction = \"renew\"\n\
            [[school]]\nschool = \"TH C\"\naction = \"renew\"\n\
            [[school]]\nschool = \"D\"\naction = \"raise\"\n\
            [[school]]\nschool = \"TH E\"\naction = \"new\"\nlevel = 1\n";
        assert!(after(plan).is_empty(), "{:?}", after(plan));
        assert_eq!(
            after(&plan.replace("level2_after = 1", "level2_after = 2")),
            ["KD108"]
        );
        // An unknown school leaves the after-state unchecked rather than wrong.
        assert_eq!(
            after("[targets]\nkept = 9\n[[school]]\nschool = \"TH Z\"\naction = \"new\"\n"),
            ["KD201", "KD110"]
        );
    }
}
