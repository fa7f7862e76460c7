//! `kdcl diff` drawn: the changes of each area for people (coloured on a
//! terminal), or the check report's JSON with the changes added.

use serde::Serialize;

use crate::diag::diagnostic::Severity;
use crate::msg;
use crate::render::areas_with_years;
use crate::report::AreaYears;
use crate::report::diff::{AreaDiff, Diff, Listed, report};

fn value(v: Option<i64>, stated: bool) -> String {
    match v {
        Some(v) if stated => format!("{v}*"),
        Some(v) => v.to_string(),
        None => "—".into(),
    }
}

fn describe(l: &Listed) -> String {
    let action = l.action.unwrap_or("?");
    match l.level {
        Some(level) => msg!(DIFF_ACTION_LEVEL, action = action, level = level).render(),
        None => action.to_string(),
    }
}

struct Paint {
    on: bool,
}

impl Paint {
    fn paint(&self, code: &str, text: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
}

/// The readable diff, grouped by area, then the findings as `kdcl check`
/// shows them.
pub fn human(diff: &Diff, color: bool) -> String {
    let p = Paint { on: color };
    let mut out = String::new();
    for a in &diff.areas {
        let title = if a.province.is_empty() {
            a.area.clone()
        } else {
            format!("{} ({})", a.area, a.province)
        };
        let (from, to) = match (&a.from_period, &a.to_period) {
            (Some(f), Some(t)) => (f.clone(), t.clone()),
            _ => (a.from.to_string(), a.to.to_string()),
        };
        out.push_str(&p.paint("1", &format!("{title}: {from} → {to}")));
        out.push('\n');
        out.push_str(&format!("  {} → {}\n", a.old_plan, a.new_plan));
        out.push_str(&format!("  {}\n", msg!(DIFF_TARGETS).render()));
        if a.targets.is_empty() {
            out.push_str(&format!("    {}\n", msg!(DIFF_NO_CHANGE).render()));
        }
        let width = a
            .targets
            .iter()
            .map(|t| t.key.chars().count())
            .max()
            .unwrap_or(0);
        for t in &a.targets {
            out.push_str(&format!(
                "    {:<width$}  {} → {}\n",
                t.key,
                value(t.old, false),
                p.paint("33", &value(t.new, false))
            ));
        }
        out.push_str(&format!("  {}\n", msg!(DIFF_SCHOOLS).render()));
        if a.schools.is_empty() {
            out.push_str(&format!("    {}\n", msg!(DIFF_NO_CHANGE).render()));
        }
        for s in &a.schools {
            let name = match &s.code {
                Some(code) => format!("{} ({code})", s.school),
                None => s.school.clone(),
            };
            let line = match s.change {
                "added" => p.paint(
                    "32",
                    &format!("+ {name}: {}", describe(s.new.as_ref().expect("added"))),
                ),
                "dropped" => p.paint(
                    "31",
                    &format!("- {name}: {}", describe(s.old.as_ref().expect("dropped"))),
                ),
                _ => p.paint(
                    "33",
                    &format!(
                        "~ {name}: {} → {}",
                        describe(s.old.as_ref().expect("changed")),
                        describe(s.new.as_ref().expect("changed"))
                    ),
                ),
            };
            out.push_str(&format!("    {line}\n"));
        }
        out.push_str(&format!("  {}\n", msg!(DIFF_AFTER).render()));
        for f in &a.after {
            let label = match f.key {
                "schools_total" => msg!(DIFF_AFTER_SCHOOLS),
                "recognised_after" => msg!(DIFF_AFTER_RECOGNISED),
                _ => msg!(DIFF_AFTER_LEVEL2),
            }
            .render();
            let (o, n) = (value(f.old, f.old_stated), value(f.new, f.new_stated));
            let n = if f.old != f.new { p.paint("33", &n) } else { n };
            out.push_str(&format!("    {label:<24}{o} → {n}\n"));
        }
        if !a.roster.is_empty() {
            out.push_str(&format!("  {}\n", msg!(DIFF_ROSTER).render()));
            for r in &a.roster {
                let (sign, colour) = if r.change == "added" {
                    ("+", "32")
                } else {
                    ("-", "31")
                };
                let mut line = format!("{sign} {} ({})", r.school, r.code);
                if let Some(note) = &r.note {
                    line.push_str(&format!(" — {note}"));
                }
                out.push_str(&format!("    {}\n", p.paint(colour, &line)));
            }
        }
        if a.after.iter().any(|f| f.old_stated || f.new_stated) {
            out.push_str(&format!("  {}\n", msg!(DIFF_LEGEND_STATED).render()));
        }
        out.push('\n');
    }
    if !diff.skipped.is_empty() {
        let areas = areas_with_years(&diff.skipped);
        out.push_str(&msg!(DIFF_SKIPPED, areas = areas).render());
        out.push_str("\n\n");
    }
    let report = report(diff);
    let findings = crate::render::human::render(&report, color);
    // The check renderer's last line counts files; a diff counts areas.
    let body = findings
        .trim_end_matches('\n')
        .rsplit_once('\n')
        .map_or("", |(b, _)| b);
    if !body.is_empty() {
        out.push_str(body);
        out.push('\n');
    }
    out.push_str(
        &msg!(
            DIFF_SUMMARY,
            areas = diff.areas.len(),
            errors = report.count(Severity::Error),
            warnings = report.count(Severity::Warning),
            notes = report.count(Severity::Note)
        )
        .render(),
    );
    out.push('\n');
    out
}

#[derive(Serialize)]
struct JsonDiff<'a> {
    #[serde(flatten)]
    check: crate::render::json::Json<'a>,
    areas: &'a [AreaDiff],
    skipped: &'a [AreaYears],
    #[serde(skip_serializing_if = "<[crate::report::Unread]>::is_empty")]
    unread: &'a [crate::report::Unread],
}

/// The check report's JSON (version 1) with the changes added.
pub fn json(diff: &Diff) -> String {
    let report = report(diff);
    let doc = JsonDiff {
        check: crate::render::json::document(&report),
        areas: &diff.areas,
        skipped: &diff.skipped,
        unread: &diff.unread,
    };
    let mut text = serde_json::to_string_pretty(&doc).expect("the diff is plain data");
    text.push('\n');
    text
}

crate::texts! {
    pub(crate) DIFF_TARGETS = "diff-targets" {
        "Targets stated (chỉ tiêu)",
        "Chỉ tiêu",
    }
    pub(crate) DIFF_NO_CHANGE = "diff-no-change" {
        "no change",
        "không thay đổi",
    }
    pub(crate) DIFF_SCHOOLS = "diff-schools" {
        "Schools listed (trường trong kế hoạch)",
        "Trường trong kế hoạch",
    }
    pub(crate) DIFF_ACTION_LEVEL = "diff-action-level" {
        "{action}, level {level}",
        "{action}, mức độ {level}",
    }
    pub(crate) DIFF_AFTER = "diff-after" {
        "After the plan (sau kế hoạch)",
        "Sau kế hoạch",
    }
    pub(crate) DIFF_AFTER_SCHOOLS = "diff-after-schools" {
        "schools in the roster",
        "tổng số trường",
    }
    pub(crate) DIFF_AFTER_RECOGNISED = "diff-after-recognised" {
        "recognised (đạt chuẩn)",
        "đạt chuẩn",
    }
    pub(crate) DIFF_AFTER_LEVEL2 = "diff-after-level2" {
        "at level 2 (mức độ 2)",
        "đạt mức độ 2",
    }
    pub(crate) DIFF_ROSTER = "diff-roster" {
        "Roster (danh sách trường)",
        "Danh sách trường",
    }
    pub(crate) DIFF_LEGEND_STATED = "diff-legend-stated" {
        "* as the plan states it: kdcl cannot compute it",
        "* số liệu theo kế hoạch: kdcl không tính được",
    }
    pub(crate) DIFF_SKIPPED = "diff-skipped" {
        "not compared (no two plans of the years asked): {areas}",
        "không so sánh (không có đủ hai kế hoạch của các năm đã chọn): {areas}",
    }
    pub(crate) DIFF_SUMMARY = "diff-summary" {
        "{areas} {areas:area/areas} compared: {errors} {errors:error/errors}, {warnings} {warnings:warning/warnings}, {notes} {notes:note/notes}",
        "Đã so sánh {areas} địa bàn: {errors} lỗi, {warnings} cảnh báo, {notes} lưu ý",
    }
}
