//! The text of `kdcl new`'s draft: a plan file with the header filled in,
//! the renewals due as `[[school]]` entries and the raise candidates
//! commented out.

use std::fmt::Write as _;

use crate::msg;
use crate::render::toml::{comment, quoted};
use crate::report::new_plan::{Draft, PeriodDraft};

pub fn render(d: &Draft) -> String {
    let mut out = String::new();
    comment(
        &mut out,
        &msg!(NEW_HEAD, year = d.year, from = d.from).render(),
    );
    out.push_str("\n[plan]\n");
    let _ = writeln!(out, "title    = {}", quoted(&d.title));
    let _ = writeln!(out, "issuer   = {}", quoted(&d.issuer));
    let _ = writeln!(out, "area     = {}", quoted(&d.area));
    let _ = writeln!(out, "province = {}", quoted(&d.province));
    let _ = writeln!(out, "year     = {}", d.year);
    out.push_str("# number = \"…/KH-UBND\"\n# issued = YYYY-MM-DD\n");
    if let Some(roster) = &d.roster {
        let _ = writeln!(out, "roster   = {}", quoted(roster));
    }
    if !d.basis.is_empty() {
        out.push_str("basis    = [\n");
        for b in &d.basis {
            let _ = writeln!(out, "  {},", quoted(b));
        }
        out.push_str("]\n");
    }
    out.push('\n');
    comment(
        &mut out,
        &msg!(NEW_TARGETS, renewals = d.renewals()).render(),
    );
    out.push_str("[targets]\n# total = …\n# new   = …\n# renew = …\n");
    if !d.not_recorded.is_empty() {
        out.push('\n');
    }
    for line in &d.not_recorded {
        comment(&mut out, line);
    }
    for s in &d.due {
        out.push('\n');
        let (action, level) = match &s.standard {
            Some(t) => (
                "renew",
                t.level
                    .map(|l| format!("level  = {l}\n"))
                    .unwrap_or_default(),
            ),
            None => ("accredit", String::new()),
        };
        let why = match (&s.standard, &s.accreditation) {
            (Some(t), _) => msg!(NEW_WHY_STANDARD, made = t.made).render(),
            (None, Some(t)) => msg!(NEW_WHY_ACCREDITATION, made = t.made).render(),
            _ => String::new(),
        };
        let _ = writeln!(
            out,
            "[[school]]\nschool = {}   # {why}\naction = \"{action}\"",
            quoted(s.code.as_deref().unwrap_or(&s.school))
        );
        out.push_str(&level);
        if let Some(a) = &s.accreditation
            && let Some(l) = a.level
        {
            let _ = writeln!(out, "accreditation = {l}");
        }
        let _ = writeln!(out, "note   = {}", quoted(&s.school));
    }
    if !d.raise.is_empty() {
        out.push('\n');
        comment(
            &mut out,
            &msg!(NEW_RAISE_CANDIDATES, wait = d.wait).render(),
        );
    }
    for school in &d.raise {
        let _ = write!(
            out,
            "# [[school]]\n# school = {}   # {}\n# action = \"raise\"\n# level  = 2\n",
            quoted(&school.code),
            school.name
        );
    }
    out
}

/// A period plan's draft: the header, the targets to write, and per year
/// the schools whose term ends, as comments beside `[targets.by_year]`.
pub fn render_period(d: &PeriodDraft) -> String {
    let h = &d.header;
    let (from, to) = d.period;
    let mut out = String::new();
    comment(
        &mut out,
        &msg!(
            NEW_PERIOD_HEAD,
            period = format!("{from}-{to}"),
            from = h.from
        )
        .render(),
    );
    out.push_str("\n[plan]\n");
    let _ = writeln!(out, "title    = {}", quoted(&h.title));
    let _ = writeln!(out, "issuer   = {}", quoted(&h.issuer));
    let _ = writeln!(out, "area     = {}", quoted(&h.area));
    let _ = writeln!(out, "province = {}", quoted(&h.province));
    let _ = writeln!(out, "period   = \"{from}-{to}\"");
    out.push_str("# number = \"…/KH-UBND\"\n# issued = YYYY-MM-DD\n");
    if !h.basis.is_empty() {
        out.push_str("basis    = [\n");
        for b in &h.basis {
            let _ = writeln!(out, "  {},", quoted(b));
        }
        out.push_str("]\n");
    }
    out.push('\n');
    comment(&mut out, &msg!(NEW_PERIOD_TARGETS).render());
    out.push_str(
        "[targets]\n# recognised_before = …\n# new               = …   # or [min, max]\n\
         # recognised_after  = …\n# schools_total     = …\n# recognised_share  = …\n\n",
    );
    out.push_str("[targets.by_year]\n");
    for (year, schools) in &d.due {
        let renewals = schools.iter().filter(|s| s.standard.is_some()).count();
        let names: Vec<String> = schools
            .iter()
            .map(|s| match &s.standard {
                Some(t) => format!("{} ({})", s.school, t.made),
                None => s.school.clone(),
            })
            .collect();
        comment(
            &mut out,
            &msg!(
                NEW_PERIOD_YEAR,
                year = year,
                renewals = renewals,
                schools = if names.is_empty() {
                    "—".to_string()
                } else {
                    names.join(", ")
                }
            )
            .render(),
        );
        let _ = writeln!(out, "# {year} = …");
    }
    out
}

crate::texts! {
    pub(crate) NEW_PERIOD_HEAD = "new-period-head" {
        "Draft of the period plan {period}, made by `kdcl new` from {from} and the roster.\nCheck every line against the signed document; then run `kdcl check`.",
        "Dự thảo kế hoạch giai đoạn {period}, do `kdcl new` lập từ {from} và danh sách trường.\nĐối chiếu từng dòng với văn bản đã ký; sau đó chạy `kdcl check`.",
    }
    pub(crate) NEW_PERIOD_TARGETS = "new-period-targets" {
        "Write the numbers the document states; a range is written [min, max].",
        "Ghi các số liệu theo văn bản; khoảng \"từ … đến …\" ghi là [tối thiểu, tối đa].",
    }
    pub(crate) NEW_PERIOD_YEAR = "new-period-year" {
        "{year}: {renewals} {renewals:recognition/recognitions} to renew, terms ending: {schools}",
        "Năm {year}: {renewals} trường hết thời hạn công nhận, cần công nhận lại: {schools}",
    }
    pub(crate) NEW_HEAD = "new-head" {
        "Draft of the plan of {year}, made by `kdcl new` from {from} and the roster.\nCheck every line against the signed document; then run `kdcl check`.",
        "Dự thảo kế hoạch năm {year}, do `kdcl new` lập từ {from} và danh sách trường.\nĐối chiếu từng dòng với văn bản đã ký; sau đó chạy `kdcl check`.",
    }
    pub(crate) NEW_TARGETS = "new-targets" {
        "Write the numbers the document states (kdcl found {renewals} {renewals:renewal/renewals} due).",
        "Ghi các số liệu theo văn bản (kdcl tìm thấy {renewals} trường đến hạn công nhận lại).",
    }
    pub(crate) NEW_WHY_STANDARD = "new-why-standard" {
        "recognised in {made}: the term ends this year",
        "công nhận năm {made}: hết thời hạn trong năm nay",
    }
    pub(crate) NEW_WHY_ACCREDITATION = "new-why-accreditation" {
        "accredited in {made}: the certificate ends this year",
        "kiểm định năm {made}: giấy chứng nhận hết hạn trong năm nay",
    }
    pub(crate) NEW_RAISE_CANDIDATES = "new-raise-candidates" {
        "At level 1 for {wait} years or more: candidates for a raise to level 2 (remove the # to propose one).",
        "Đạt mức độ 1 từ {wait} năm trở lên: có thể đề nghị nâng lên mức độ 2 (bỏ dấu # để đề nghị).",
    }
}
