//! KD413 `province-merged`: A plan issued from 01/07/2025 names a province merged into another

use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::diag::rule::Confidence;
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;
use crate::model::plan::Plan;
use crate::model::province;
use crate::msg;
use chrono::Datelike;

pub static PROVINCE_MERGED: Rule = Rule {
    code: "KD413",
    slug: "province-merged",
    severity: Severity::Warning,
    summary: "A plan issued from 01/07/2025 names a province merged into another",
    doc: "Resolution 202/2025/QH15 (adopted 12/06/2025) reduced 63 provinces to 34; the new \
          provincial governments work from 01/07/2025 and the old ones worked until then. A plan \
          issued on or after that day (or, without `issued`, for a later year) whose `province` \
          is one that was merged into another (Long An, now part of Tây Ninh) is an anachronism, \
          usually a copied header; kdcl names the province it belongs to now. A plan issued \
          before keeps its old name silently: it is valid history. How sure: confirmed (the \
          resolution's dates, the annex of Resolution 60-NQ/TW and the 34 commune-level \
          resolutions of 16/06/2025 agree row by row); the table is data/provinces.toml.",
    example: "[plan]\nprovince = \"Long An\"\nyear = 2026",
    fix: "province = \"Tây Ninh\"",
    summary_vi: "Kế hoạch ban hành từ ngày 01/07/2025 ghi tỉnh đã được hợp nhất vào tỉnh khác",
    doc_vi: "Nghị quyết 202/2025/QH15 (thông qua ngày 12/06/2025) sắp xếp 63 tỉnh, thành phố \
          thành 34; chính quyền địa phương các tỉnh mới chính thức hoạt động từ ngày 01/07/2025, \
          chính quyền các tỉnh cũ hoạt động đến trước ngày đó. Kế hoạch ban hành từ ngày đó \
          (hoặc, khi không ghi `issued`, kế hoạch của năm sau đó) mà `province` là tỉnh đã được \
          hợp nhất vào tỉnh khác (Long An, nay thuộc tỉnh Tây Ninh) là không phù hợp thời \
          điểm, thường do sao chép phần đầu văn bản cũ; kdcl nêu tên tỉnh hiện nay. Kế hoạch \
          ban hành trước ngày đó giữ tên tỉnh cũ, không bị báo: đó là văn bản hợp lệ. Mức độ \
          tin cậy: đã xác nhận (ngày hiệu lực của nghị quyết, phụ lục Nghị quyết 60-NQ/TW và 34 \
          nghị quyết sắp xếp đơn vị hành chính cấp xã ngày 16/06/2025 thống nhất với nhau); \
          bảng sắp xếp ở data/provinces.toml.",
    fix_vi: "province = \"Tây Ninh\"",
    reference: Some("Nghị quyết 202/2025/QH15 về sắp xếp đơn vị hành chính cấp tỉnh"),
    confidence: Some(Confidence::Confirmed),
    ..Rule::DEFAULT
};

/// The plan's province against the merger of 2025.
pub fn check(plan: &Plan, sink: &mut Sink) {
    let Some(named) = &plan.province else { return };
    let from = province::merged_from();
    let after = match (&plan.issued, &plan.year) {
        (Some(issued), _) => issued.value >= from,
        (None, Some(year)) => year.value > i64::from(from.year()),
        _ => false,
    };
    if !after {
        return;
    }
    let Some(now) = province::merged_into(&named.value) else {
        return;
    };
    let date = from.format("%d/%m/%Y").to_string();
    sink.push(
        Diagnostic::new(
            &PROVINCE_MERGED,
            msg!(MESSAGE, old = named.value, new = now.title(), date = date),
        )
        .at(&plan.file, named.span.clone())
        .label(msg!(LABEL, new = now.title()))
        .help(msg!(HELP, name = now.name, new = now.title()))
        .reference(province::provinces().merger.resolution.clone()),
    );
}

crate::texts! {
    pub(crate) MESSAGE = "province-merged" {
        "the plan names the province \"{old}\", which from {date} is part of {new}",
        "kế hoạch ghi tỉnh \"{old}\", nhưng từ ngày {date} tỉnh này đã được hợp nhất vào {new}",
    }
    pub(crate) LABEL = "province-merged-label" {
        "now part of {new}",
        "nay thuộc {new}",
    }
    pub(crate) HELP = "province-merged-help" {
        "write province = \"{name}\" (the area keeps its folder; `kdcl summary --by province` counts it in {new} from 2025)",
        "ghi province = \"{name}\" (địa bàn giữ nguyên thư mục; `kdcl summary --by province` tính vào {new} từ năm 2025)",
    }
}
