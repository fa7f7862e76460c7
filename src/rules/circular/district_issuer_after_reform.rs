//! KD412 `district-issuer-after-reform`: A plan issued after 01/07/2025 by a district body

use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::diag::rule::Confidence;
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;
use crate::model::circular::{self, facts};
use crate::model::plan::Plan;
use crate::msg;
use chrono::Datelike;

pub static DISTRICT_ISSUER: Rule = Rule {
    code: "KD412",
    slug: "district-issuer-after-reform",
    severity: Severity::Warning,
    summary: "A plan issued after 01/07/2025 by a district body",
    doc: "From 01/07/2025 Vietnam has two levels of local government: districts (huyện, quận, thị \
          xã, provincial cities) and their education offices (Phòng GD&ĐT) no longer exist, and \
          their school duties passed to the communes (UBND xã, phường and their Phòng Văn hóa - Xã \
          hội) and the province. A plan issued after that date (or, without `issued`, for a later \
          year) by a district body is an anachronism, usually a copied header. Earlier plans are \
          valid history. A district is recognised written in full or short after UBND, Ủy ban \
          nhân dân or Phòng GD&ĐT: TP., TX., H., Q., with or without the dot and the space \
          (\"UBND TP. Biên Hòa\", \"UBND H.Cao Lộc\"); communes, wards, special zones \
          (đặc khu), provinces and the cities governed by the centre (Hà Nội, Huế, Hải Phòng, \
          Đà Nẵng, Cần Thơ, TP. Hồ Chí Minh) are not districts. How sure: confirmed (Decrees \
          142 and 143/2025/NĐ-CP); the forms are listed in data/circulars.toml.",
    example: "[plan]\nissuer = \"UBND huyện Văn Quan\"\nyear = 2026",
    fix: "issuer = \"UBND xã Văn Quan\"",
    summary_vi: "Kế hoạch do cơ quan cấp huyện ban hành sau ngày 01/07/2025",
    doc_vi: "Từ ngày 01/07/2025, chính quyền địa phương được tổ chức theo hai cấp (tỉnh và \
          xã): cấp huyện (huyện, quận, thị xã, thành phố thuộc tỉnh) và Phòng Giáo dục và Đào \
          tạo cấp huyện không còn, nhiệm vụ về trường học chuyển cho cấp xã (UBND xã, phường \
          và Phòng Văn hóa - Xã hội) và cấp tỉnh. Kế hoạch ban hành sau ngày đó (hoặc, khi \
          không ghi `issued`, kế hoạch của năm sau đó) mà cơ quan ban hành là cấp huyện là \
          không phù hợp thời điểm, thường do sao chép phần đầu văn bản cũ. Các kế hoạch ban \
          hành trước ngày đó vẫn là văn bản hợp lệ. Cơ quan cấp huyện được nhận biết dù ghi \
          đầy đủ hay viết tắt sau UBND, Ủy ban nhân dân hoặc Phòng GD&ĐT: TP., TX., H., Q., có \
          hoặc không có dấu chấm và dấu cách (\"UBND TP. Biên Hòa\", \"UBND H.Cao Lộc\"); xã, \
          phường, đặc khu, tỉnh và thành phố trực thuộc trung ương (Hà Nội, Huế, Hải Phòng, Đà \
          Nẵng, Cần Thơ, TP. Hồ Chí Minh) không phải cấp huyện. Mức độ tin cậy: đã xác nhận \
          (Nghị định 142 và 143/2025/NĐ-CP); các cách viết được liệt kê trong \
          data/circulars.toml.",
    fix_vi: "issuer = \"UBND xã Văn Quan\"",
    reference: Some("Nghị định 142/2025/NĐ-CP và 143/2025/NĐ-CP"),
    confidence: Some(Confidence::Confirmed),
    ..Rule::DEFAULT
};

/// The plan's issuer against the end of district governments.
pub fn check(plan: &Plan, sink: &mut Sink) {
    let Some(issuer) = &plan.issuer else { return };
    let reform = circular::date(&facts().two_level_government.from);
    let after = match (&plan.issued, &plan.year) {
        (Some(issued), _) => issued.value >= reform,
        (None, Some(year)) => year.value > i64::from(reform.year()),
        _ => false,
    };
    if after && circular::is_district_issuer(&issuer.value) {
        let date = reform.format("%d/%m/%Y").to_string();
        sink.push(
            Diagnostic::new(
                &DISTRICT_ISSUER,
                msg!(MESSAGE, issuer = issuer.value, date = date),
            )
            .at(&plan.file, issuer.span.clone())
            .help(msg!(HELP))
            .reference(facts().two_level_government.reference.clone()),
        );
    }
}

crate::texts! {
    pub(crate) MESSAGE = "district-issuer" {
        "the plan is issued by \"{issuer}\", a district body, but districts no longer exist from {date}",
        "kế hoạch do \"{issuer}\" (cơ quan cấp huyện) ban hành, nhưng từ ngày {date} không còn tổ chức cấp huyện",
    }
    pub(crate) HELP = "district-issuer-help" {
        "plans are now issued by the commune or ward (UBND xã, phường; Phòng Văn hóa - Xã hội) or by the province",
        "kế hoạch nay do cấp xã (UBND xã, phường; Phòng Văn hóa - Xã hội) hoặc cấp tỉnh ban hành",
    }
}
