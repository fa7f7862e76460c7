//! KD603 `province-areas-mismatch`: A province plan's count differs from the sum of its areas' plans

use std::path::Path;

use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;
use crate::model::plan::{Plan, shown_range};
use crate::model::rollup::{Figures, stated};
use crate::msg;

pub static PROVINCE_AREAS_MISMATCH: Rule = Rule {
    code: "KD603",
    slug: "province-areas-mismatch",
    severity: Severity::Warning,
    summary: "A province plan's count differs from the sum of its areas' plans",
    doc: "Since 07/2025 the province (Sở GD&ĐT) plans for its communes: a plan directly in a \
          province folder (`plans/<province>/<year>.toml` or `<from>-<to>.toml`) is the \
          province's, and the folders below it are its areas. For each count the province \
          plan states (`total`, `new`, `renew`, `raise`, `accredit`, `by_kind`: \"toàn tỉnh \
          phấn đấu có thêm 10 trường được công nhận mới, trong đó 4 trường Mầm non …\"), its \
          areas' plans of the same year or period are added up (stated, or counted from their \
          lists); a difference is a warning on the province plan's line, listing each area's \
          part and naming the areas with no plan. A range holds a sum that lies in it.",
    example: "# plans/lai-chau/2026.toml\n[targets]\nnew = 10\n# areas: doan-ket new = 3, tan-phong new = 5",
    fix: "new = 8   # or add the missing areas' plans",
    summary_vi: "Chỉ tiêu của kế hoạch cấp tỉnh khác tổng chỉ tiêu của các địa bàn",
    doc_vi: "Từ 07/2025, cấp tỉnh (Sở GD&ĐT) lập kế hoạch cho các xã, phường: kế hoạch đặt \
          ngay trong thư mục tỉnh (`plans/<tỉnh>/<năm>.toml` hoặc `<từ>-<đến>.toml`) là kế \
          hoạch của tỉnh, các thư mục bên trong là các địa bàn. Với mỗi chỉ tiêu kế hoạch cấp \
          tỉnh nêu (`total`, `new`, `renew`, `raise`, `accredit`, `by_kind`: \"toàn tỉnh phấn \
          đấu có thêm 10 trường được công nhận mới, trong đó 4 trường Mầm non …\"), kdcl cộng \
          chỉ tiêu trong kế hoạch cùng năm hoặc cùng giai đoạn của các địa bàn (số nêu trong \
          kế hoạch, hoặc đếm theo danh sách); chênh lệch được cảnh báo tại dòng đó của kế \
          hoạch cấp tỉnh, kèm số của từng địa bàn và tên các địa bàn chưa có kế hoạch. Với \
          khoảng, tổng phải nằm trong khoảng.",
    example_vi: "# plans/lai-chau/2026.toml\n[targets]\nnew = 10\n# areas: doan-ket new = 3, tan-phong new = 5",
    fix_vi: "new = 8   # hoặc bổ sung kế hoạch của các địa bàn còn thiếu",
    ..Rule::DEFAULT
};

/// The folder's name: how an area with no plan is named.
fn folder(dir: &Path) -> String {
    dir.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Each count the province plan states against its areas' figures.
pub fn check(plan: &Plan, areas: &[(&Path, Option<&Figures>)], sink: &mut Sink) {
    if areas.iter().all(|(_, f)| f.is_none()) {
        // No area has a plan of this year or period: nothing to add up.
        return;
    }
    let when = match (&plan.year, &plan.period) {
        (Some(y), _) => y.value.to_string(),
        (None, Some(p)) => format!("{}-{}", p.value.0, p.value.1),
        _ => return,
    };
    for (key, target) in stated(plan) {
        let mut parts: Vec<(String, (i64, i64))> = Vec::new();
        let mut without: Vec<String> = Vec::new();
        for (dir, figures) in areas {
            match figures.and_then(|f| f.count(&key).map(|c| (f, c))) {
                Some((f, c)) => parts.push((f.name.clone(), c)),
                None => without.push(figures.map_or_else(|| folder(dir), |f| f.name.clone())),
            }
        }
        if parts.is_empty() {
            // No area gives this count: nothing to add up.
            continue;
        }
        let lo = parts.iter().map(|(_, c)| c.0).sum();
        let hi = parts.iter().map(|(_, c)| c.1).sum();
        if super::makes(target, (lo, hi)) {
            continue;
        }
        let sum = shown_range(lo, hi);
        let mut d = Diagnostic::new(
            &PROVINCE_AREAS_MISMATCH,
            msg!(
                MESSAGE,
                key = key,
                stated = target.shown(),
                when = when,
                sum = sum
            ),
        )
        .at(&plan.file, target.value.span.clone())
        .label(msg!(LABEL, sum = sum))
        .help(msg!(PARTS, parts = super::parts_list(&parts)));
        if !without.is_empty() {
            d = d.help(msg!(WITHOUT, when = when, areas = without.join(", ")));
        }
        sink.push(d);
    }
}

crate::texts! {
    pub(crate) MESSAGE = "province-areas-mismatch" {
        "the province plan states {key} = {stated}, but its areas' plans of {when} add up to {sum}",
        "kế hoạch cấp tỉnh ghi {key} = {stated}, nhưng cộng kế hoạch {when} của các địa bàn được {sum}",
    }
    pub(crate) LABEL = "province-areas-mismatch-label" {
        "the areas add up to {sum}",
        "các địa bàn cộng lại được {sum}",
    }
    pub(crate) PARTS = "province-areas-parts" {
        "by area: {parts}",
        "theo từng địa bàn: {parts}",
    }
    pub(crate) WITHOUT = "province-areas-without" {
        "no plan of {when} or no figure for this count: {areas}",
        "chưa có kế hoạch {when} hoặc chưa nêu chỉ tiêu này: {areas}",
    }
}
