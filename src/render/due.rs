//! `kdcl due` drawn: a table per area (terminal or Markdown), one CSV or
//! JSON document, or `[[school]]` entries to paste into the plan of the year.

use crate::msg;
use crate::render::summary::grid::{SUMMARY_COL_AREA, SUMMARY_COL_PROVINCE};
use crate::render::table::{Format, Grid, Layout};
use crate::render::toml::{comment, quoted};
use crate::report::due::{Due, DueArea, Term};

fn title(a: &DueArea) -> String {
    if a.province.is_empty() {
        a.area.clone()
    } else {
        format!("{} ({})", a.area, a.province)
    }
}

fn term_text(t: &Option<Term>) -> String {
    match t {
        Some(t) => msg!(
            DUE_TERM,
            level = t.level.map_or("?".into(), |l| l.to_string()),
            made = t.made
        )
        .render(),
        None => "—".into(),
    }
}

fn grid(due: &Due, area: Option<&DueArea>) -> Grid {
    let mut header = Vec::new();
    if area.is_none() {
        header.push(msg!(SUMMARY_COL_AREA).render());
        header.push(msg!(SUMMARY_COL_PROVINCE).render());
    }
    header.extend([
        msg!(DUE_COL_SCHOOL).render(),
        msg!(DUE_COL_CODE).render(),
        msg!(DUE_COL_KIND).render(),
        msg!(DUE_COL_STANDARD).render(),
        msg!(DUE_COL_ACCREDITATION).render(),
        msg!(DUE_COL_PLANNED, year = due.year).render(),
    ]);
    let numeric = vec![false; header.len()];
    let mut g = Grid::new(header, numeric);
    let areas: Vec<&DueArea> = match area {
        Some(a) => vec![a],
        None => due.areas.iter().collect(),
    };
    for a in areas {
        for s in &a.schools {
            let mut row = Vec::new();
            if area.is_none() {
                row.push(a.area.clone());
                row.push(a.province.clone());
            }
            row.extend([
                s.school.clone(),
                s.code.clone().unwrap_or_default(),
                s.kind.clone().unwrap_or_default(),
                term_text(&s.standard),
                term_text(&s.accreditation),
                s.planned
                    .as_deref()
                    .map(|p| p.rsplit('/').next().unwrap_or(p).to_string())
                    .unwrap_or_else(|| "—".into()),
            ]);
            g.rows.push(row);
        }
    }
    g
}

pub fn render(due: &Due, format: Format, layout: Layout) -> String {
    use unicode_normalization::UnicodeNormalization;
    let title_line = msg!(DUE_TITLE, year = due.year).render();
    let text = match format {
        Format::Table | Format::Markdown => {
            let markdown = format == Format::Markdown;
            let mut out = if markdown {
                format!("**{title_line}**\n")
            } else {
                format!("{title_line}\n")
            };
            if due.areas.is_empty() {
                out.push_str(&format!("\n{}\n", msg!(DUE_NONE, year = due.year).render()));
            }
            for a in &due.areas {
                let g = grid(due, Some(a));
                if markdown {
                    out.push_str(&format!("\n### {}\n\n{}", title(a), g.to_markdown()));
                } else {
                    out.push_str(&format!(
                        "\n{}: {}\n{}",
                        title(a),
                        a.folder,
                        g.to_table(layout)
                    ));
                }
            }
            if !due.not_recorded.is_empty() {
                out.push('\n');
            }
            for n in &due.not_recorded {
                let line = format!("{}: {}", n.folder, n.message);
                out.push_str(&format!(
                    "{}\n",
                    crate::render::table::wrap_to(&line, layout, 4)
                ));
            }
            out
        }
        Format::Csv => grid(due, None).to_csv(),
        Format::Json => {
            let mut text = serde_json::to_string_pretty(due).expect("plain data");
            text.push('\n');
            text
        }
        Format::Toml => toml(due),
        Format::Xlsx => unreachable!("workbooks are written by render::xlsx"),
    };
    text.nfc().collect()
}

fn toml(due: &Due) -> String {
    let mut out = String::new();
    comment(&mut out, &msg!(DUE_TOML_HEAD, year = due.year).render());
    if due.areas.is_empty() {
        comment(&mut out, &msg!(DUE_NONE, year = due.year).render());
    }
    for n in &due.not_recorded {
        comment(&mut out, &format!("{}: {}", n.folder, n.message));
    }
    for a in &due.areas {
        out.push_str(&format!("\n# ---- {}: {}\n", title(a), a.folder));
        for s in &a.schools {
            out.push('\n');
            if let Some(plan) = &s.planned {
                out.push_str(&format!(
                    "# {}\n",
                    msg!(DUE_TOML_PLANNED, plan = plan).render()
                ));
            }
            let mut why = Vec::new();
            if let Some(t) = &s.standard {
                why.push(
                    msg!(
                        DUE_TOML_STANDARD,
                        level = t.level.map_or("?".into(), |l| l.to_string()),
                        made = t.made
                    )
                    .render(),
                );
            }
            if let Some(t) = &s.accreditation {
                why.push(
                    msg!(
                        DUE_TOML_ACCREDITATION,
                        level = t.level.map_or("?".into(), |l| l.to_string()),
                        made = t.made
                    )
                    .render(),
                );
            }
            let code = s
                .code
                .as_deref()
                .map(|c| format!("{c}: "))
                .unwrap_or_default();
            out.push_str("[[school]]\n");
            out.push_str(&format!(
                "school = {}   # {code}{}\n",
                quoted(&s.school),
                why.join("; ")
            ));
            match &s.standard {
                Some(t) => {
                    out.push_str("action = \"renew\"\n");
                    if let Some(level) = t.level {
                        out.push_str(&format!("level  = {level}\n"));
                    }
                }
                None => out.push_str("action = \"accredit\"\n"),
            }
            if let Some(level) = s.accreditation.as_ref().and_then(|t| t.level) {
                out.push_str(&format!("accreditation = {level}\n"));
            }
        }
    }
    out
}

crate::texts! {
    pub(crate) DUE_TITLE = "due-title" {
        "Recognitions whose five-year term ends in {year} (hết thời hạn công nhận năm {year})",
        "Các trường hết thời hạn công nhận (5 năm) trong năm {year}",
    }
    pub(crate) DUE_NONE = "due-none" {
        "no national-standard recognition or accreditation ends in {year}",
        "không có quyết định công nhận đạt chuẩn quốc gia hay kiểm định nào hết thời hạn trong năm {year}",
    }
    pub(crate) DUE_TERM = "due-term" {
        "level {level} ({made})",
        "{level} (năm {made})",
    }
    pub(crate) DUE_COL_SCHOOL = "due-col-school" {
        "School (trường)",
        "Trường",
    }
    pub(crate) DUE_COL_CODE = "due-col-code" {
        "Code (mã)",
        "Mã",
    }
    pub(crate) DUE_COL_KIND = "due-col-kind" {
        "Type (loại)",
        "Loại",
    }
    pub(crate) DUE_COL_STANDARD = "due-col-standard" {
        "National standard ends (chuẩn quốc gia)",
        "Đạt chuẩn quốc gia: mức độ (năm công nhận)",
    }
    pub(crate) DUE_COL_ACCREDITATION = "due-col-accreditation" {
        "Accreditation ends (kiểm định)",
        "Kiểm định chất lượng giáo dục: cấp độ (năm đạt)",
    }
    pub(crate) DUE_COL_PLANNED = "due-col-planned" {
        "In the plan of {year}",
        "Trong kế hoạch năm {year}",
    }
    pub(crate) DUE_TOML_HEAD = "due-toml-head" {
        "kdcl due --year {year}: recognitions whose five-year term ends in {year}.\nPaste each area's entries into its plan of {year} (check the levels, add waves and notes).",
        "kdcl due --year {year}: các trường hết thời hạn công nhận 5 năm trong năm {year}.\nDán các mục của từng địa bàn vào kế hoạch năm {year} của địa bàn đó (kiểm tra lại mức độ, bổ sung đợt và ghi chú).",
    }
    pub(crate) DUE_TOML_PLANNED = "due-toml-planned" {
        "already listed in {plan}",
        "đã có trong {plan}",
    }
    pub(crate) DUE_TOML_STANDARD = "due-toml-standard" {
        "national standard level {level} since {made}",
        "đạt chuẩn quốc gia mức độ {level} từ năm {made}",
    }
    pub(crate) DUE_TOML_ACCREDITATION = "due-toml-accreditation" {
        "accreditation level {level} since {made}",
        "kiểm định cấp độ {level} từ năm {made}",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::due::{DueArea, DueSchool, Term};

    #[test]
    fn printed_entries_are_a_valid_plan_fragment() {
        let due = Due {
            version: 1,
            year: 2026,
            unread: Vec::new(),
            not_recorded: Vec::new(),
            areas: vec![DueArea {
                area: "xã Tân Hà".into(),
                province: "Lâm Đồng".into(),
                folder: "plans/lam-dong/xa-tan-ha".into(),
                schools: vec![DueSchool {
                    school: "Trường Mầm non \"Tân Hà\"".into(),
                    code: Some("TNH-04".into()),
                    kind: Some("MN".into()),
                    standard: Some(Term {
                        level: Some(1),
                        made: 2021,
                        source: "r.csv:5".into(),
                    }),
                    accreditation: Some(Term {
                        level: Some(2),
                        made: 2021,
                        source: "r.csv:5".into(),
                    }),
                    planned: None,
                }],
            }],
        };
        let text = toml(&due);
        let parsed: toml::Table = toml::from_str(&text).expect("valid TOML");
        let school = &parsed["school"].as_array().unwrap()[0];
        assert_eq!(school["school"].as_str(), Some("Trường Mầm non \"Tân Hà\""));
        assert_eq!(school["action"].as_str(), Some("renew"));
        assert_eq!(school["level"].as_integer(), Some(1));
        assert_eq!(school["accreditation"].as_integer(), Some(2));
    }
}
