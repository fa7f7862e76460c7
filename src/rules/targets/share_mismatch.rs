//! KD112 `share-mismatch`: A stated share is not the stated counts' share

use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;
use crate::model::plan::{Percent, Plan, Share};
use crate::msg;

pub static SHARE_MISMATCH: Rule = Rule {
    code: "KD112",
    slug: "share-mismatch",
    severity: Severity::Error,
    summary: "A stated share is not the stated counts' share",
    doc: "Plans state shares beside counts (\"nâng tổng số lên 13/18 trường, đạt tỷ lệ \
          72,22%\"). `recognised_share` must be `recognised_after` / `schools_total` and \
          `recognised_share_before` must be `recognised_before` / `schools_total`, in percent, \
          rounded half up at the decimals the document writes (13/18 = 72,222…% is 72,22% at \
          two decimals, 72,2% at one, 72% at none; 69,235% is 69,24%). `schools_total` is the \
          stated one, else the roster's rows. A range [75, 80] holds the share when it lies \
          between its ends. The finding shows the division and the rounding.",
    example: "[targets]\nrecognised_after = 13\nschools_total = 18\nrecognised_share = 72.26",
    fix: "recognised_share = 72.22",
    summary_vi: "Tỷ lệ nêu trong kế hoạch không khớp với số liệu",
    doc_vi: "Kế hoạch thường nêu tỷ lệ kèm số lượng (\"nâng tổng số lên 13/18 trường, đạt tỷ lệ \
          72,22%\"). `recognised_share` phải bằng `recognised_after` / `schools_total` và \
          `recognised_share_before` phải bằng `recognised_before` / `schools_total`, tính theo \
          phần trăm, làm tròn (từ 5 trở lên làm tròn lên) đến số chữ số thập phân văn bản ghi \
          (13/18 = 72,222…% ghi là 72,22% nếu lấy hai chữ số thập phân, 72,2% nếu lấy một, 72% \
          nếu không lấy; 69,235% ghi là 69,24%). `schools_total` là số kế hoạch ghi, nếu không \
          có thì là số dòng của danh sách trường. Khoảng [75, 80] đúng khi tỷ lệ nằm trong \
          khoảng đó. Thông báo nêu rõ phép chia và cách làm tròn.",
    example_vi: "[targets]\nrecognised_after = 13\nschools_total = 18\nrecognised_share = 72.26",
    fix_vi: "recognised_share = 72.22",
    ..Rule::DEFAULT
};

/// Each stated share against its counts; `roster_total` is the roster's
/// rows when the plan has a roster.
pub fn check(plan: &Plan, roster_total: Option<usize>, sink: &mut Sink) {
    let t = &plan.targets;
    let whole = match &t.schools_total {
        Some(s) if !s.is_range() => Some((s.lo(), "schools_total")),
        Some(_) => None,
        None => roster_total.map(|n| (n as i64, "roster")),
    };
    let Some((whole, whole_key)) = whole else {
        return;
    };
    for (share, part) in [
        (&t.share_after, &t.recognised_after),
        (&t.share_before, &t.kept),
    ] {
        let (Some(share), Some(part)) = (share, part) else {
            continue;
        };
        if part.is_range() || whole == 0 || share.holds(part.lo(), whole) {
            continue;
        }
        sink.push(mismatch(
            plan,
            share,
            (&part.key, part.lo()),
            (whole_key, whole),
        ));
    }
}

fn mismatch(plan: &Plan, share: &Share, part: (&str, i64), whole: (&str, i64)) -> Diagnostic {
    let decimals = share.lo.decimals.max(share.hi.decimals);
    let exact = Percent::of(part.1, whole.1, decimals + 4)
        .map_or(String::new(), |p| p.shown().replace('%', "…%"));
    let rounded = Percent::of(part.1, whole.1, decimals).map_or(String::new(), Percent::shown);
    Diagnostic::new(
        &SHARE_MISMATCH,
        msg!(
            MESSAGE,
            key = share.key,
            stated = share.shown(),
            part_key = part.0,
            whole_key = whole.0,
            part = part.1,
            whole = whole.1,
            rounded = rounded
        ),
    )
    .at(&plan.file, share.span.clone())
    .label(msg!(LABEL, rounded = rounded))
    .help(msg!(
        HELP,
        part = part.1,
        whole = whole.1,
        exact = exact,
        decimals = decimals,
        rounded = rounded
    ))
}

crate::texts! {
    pub(crate) MESSAGE = "share-mismatch" {
        "targets.{key} says {stated} but {part_key} / {whole_key} = {part}/{whole} = {rounded}",
        "tỷ lệ targets.{key} ghi {stated} nhưng {part_key} / {whole_key} = {part}/{whole} = {rounded}",
    }
    pub(crate) LABEL = "share-mismatch-label" {
        "the counts make {rounded}",
        "theo số liệu, tỷ lệ là {rounded}",
    }
    pub(crate) HELP = "share-mismatch-help" {
        "{part} × 100 / {whole} = {exact}, rounded half up to {decimals} decimals: {rounded}",
        "{part} × 100 / {whole} = {exact}, làm tròn đến {decimals} chữ số thập phân: {rounded}",
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::targets::tests::codes;

    fn run(t: &str) -> Vec<&'static str> {
        let mut c = codes(&format!("[targets]\n{t}"), None);
        c.retain(|c| *c == "KD112");
        c
    }

    #[test]
    fn shares_at_0_1_and_2_decimals() {
        let counts = "recognised_after = 13\nschools_total = 18\n";
        for ok in ["72", "72.2", "72.22", "[70, 75]", "[72.2, 72.3]"] {
            assert!(
                run(&format!("{counts}recognised_share = {ok}")).is_empty(),
                "{ok}"
            );
        }
        for wrong in ["73", "72.3", "72.26", "[75, 80]", "72.23"] {
            assert_eq!(
                run(&format!("{counts}recognised_share = {wrong}")),
                ["KD112"],
                "{wrong}"
            );
        }
    }

    #[test]
    fn shares_round_half_up_and_the_share_before() {
        // 1/8 = 12,5% is 13% at no decimals.
        assert!(run("recognised_after = 1\nschools_total = 8\nrecognised_share = 13").is_empty());
        assert_eq!(
            run("recognised_after = 1\nschools_total = 8\nrecognised_share = 12"),
            ["KD112"]
        );
        assert!(
            run("recognised_before = 0\nschools_total = 8\nrecognised_share_before = 0").is_empty()
        );
        assert_eq!(
            run("recognised_before = 11\nschools_total = 18\nrecognised_share_before = 61.2"),
            ["KD112"]
        );
        assert!(
            run("recognised_before = 11\nschools_total = 18\nrecognised_share_before = 61.1")
                .is_empty()
        );
    }
}
