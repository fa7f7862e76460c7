//! The text of `kdcl new`'s draft: a plan file with the header filled in,
//! the renewals due as `[[school]]` entries and the raise candidates
//! commented out.

use std::fmt::Write as _;

use crate::msg;
use crate::render::toml::{comment, quoted};
use crate::report::new_plan::Draft;

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

crate::texts! {
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
