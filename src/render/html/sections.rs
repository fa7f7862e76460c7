//! The sections of the HTML report: figures by area beside the province
//! plans', the charts each with its table, the period, the findings by
//! area, and the files read.

use crate::msg;
use crate::render::html::svg::{self, Series};
use crate::render::html::{count, escape, share};
use crate::render::summary::grid::{
    SUMMARY_COL_PROVINCE, SUMMARY_H_ACCREDIT, SUMMARY_H_AREA, SUMMARY_H_LEVEL2, SUMMARY_H_LISTED,
    SUMMARY_H_NEW, SUMMARY_H_PROVINCE, SUMMARY_H_RAISE, SUMMARY_H_RENEW, SUMMARY_H_SCHOOLS,
    SUMMARY_H_SHARE, SUMMARY_H_WAVES,
};
use crate::render::xlsx::summary::{
    XLSX_NOTE_TARGET, XLSX_NOTES, XLSX_PARTIAL, XLSX_PROVINCE_AREAS, XLSX_PROVINCE_STATED,
    XLSX_PROVINCE_WITHOUT, XLSX_STATED_ONLY,
};
use crate::report::annual::Annual;

/// A table: its header and rows of (class, text) cells; `class` "n" aligns numbers.
fn table(out: &mut String, attrs: &str, head: &[String], rows: &[(String, Vec<(&str, String)>)]) {
    out.push_str(&format!("<table{attrs}>\n<thead><tr>"));
    for h in head {
        out.push_str(&format!("<th>{}</th>", escape(h)));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for (row_attrs, cells) in rows {
        out.push_str(&format!("<tr{row_attrs}>"));
        for (class, text) in cells {
            out.push_str(&format!("<td{class}>{}</td>", escape(text)));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

/// The `class` of a number cell carrying its key, for tests and stylesheets.
fn key(name: &'static str) -> &'static str {
    match name {
        "schools" => " class=\"n\" data-key=\"schools\"",
        "listed" => " class=\"n\" data-key=\"listed\"",
        "new" => " class=\"n\" data-key=\"new\"",
        "renew" => " class=\"n\" data-key=\"renew\"",
        "raise" => " class=\"n\" data-key=\"raise\"",
        "accredit" => " class=\"n\" data-key=\"accredit\"",
        "recognised_before" => " class=\"n\" data-key=\"recognised_before\"",
        "recognised_after" => " class=\"n\" data-key=\"recognised_after\"",
        "level2_after" => " class=\"n\" data-key=\"level2_after\"",
        "share" => " class=\"n\" data-key=\"share\"",
        "waves" => " class=\"n\" data-key=\"waves\"",
        _ => " class=\"n\"",
    }
}

/// The year's figures by area and in total, then each province plan's own
/// figures beside the sum of its areas'.
pub(super) fn figures(out: &mut String, report: &Annual) {
    let s = &report.summary;
    out.push_str(&format!(
        "<h2>{}</h2>\n",
        escape(&msg!(HTML_FIGURES).render())
    ));
    let head: Vec<String> = [
        msg!(SUMMARY_H_AREA),
        msg!(SUMMARY_H_PROVINCE),
        msg!(SUMMARY_H_SCHOOLS),
        msg!(SUMMARY_H_LISTED),
        msg!(SUMMARY_H_NEW),
        msg!(SUMMARY_H_RENEW),
        msg!(SUMMARY_H_RAISE),
        msg!(SUMMARY_H_ACCREDIT),
        msg!(HTML_BEFORE),
        msg!(HTML_AFTER),
        msg!(SUMMARY_H_LEVEL2),
        msg!(SUMMARY_H_SHARE),
        msg!(SUMMARY_H_WAVES),
        msg!(XLSX_NOTES),
    ]
    .iter()
    .map(|m| m.render())
    .collect();
    let rows: Vec<(String, Vec<(&str, String)>)> = s
        .rows
        .iter()
        .chain([&s.total])
        .enumerate()
        .map(|(i, r)| {
            let total = i == s.rows.len();
            let mut cells = vec![
                ("", r.label.clone()),
                ("", r.province.clone().unwrap_or_default()),
            ];
            for (k, c) in r.cells() {
                cells.push((key(k), count(c.value)));
            }
            // The cells are in JSON order, which ends with waves; the share goes before it.
            let waves = cells.pop().unwrap_or_default();
            cells.push((key("share"), share(r.share.percent())));
            cells.push(waves);
            let mut notes = Vec::new();
            if !r.stated_only().is_empty() {
                let keys = r.stated_only().join(", ");
                notes.push(format!("{}: {keys}", msg!(XLSX_STATED_ONLY).render()));
            }
            if !r.partial().is_empty() {
                let keys = r.partial().join(", ");
                notes.push(format!("{}: {keys}", msg!(XLSX_PARTIAL).render()));
            }
            for n in r.all_notes() {
                if let Some(note) = s.notes.iter().find(|x| x.number == n) {
                    notes.push(format!("[{n}] {}", note.message));
                }
            }
            cells.push(("", notes.join("; ")));
            let attrs = if total {
                " class=\"total\"".to_string()
            } else {
                format!(" data-area=\"{}\"", escape(&r.label))
            };
            (attrs, cells)
        })
        .collect();
    table(out, " id=\"figures\"", &head, &rows);
    if s.provinces.is_empty() {
        return;
    }
    out.push_str(&format!(
        "<h3>{}</h3>\n",
        escape(&msg!(HTML_PROVINCES).render())
    ));
    let head: Vec<String> = [
        msg!(SUMMARY_COL_PROVINCE),
        msg!(XLSX_NOTE_TARGET),
        msg!(XLSX_PROVINCE_STATED),
        msg!(XLSX_PROVINCE_AREAS),
        msg!(XLSX_PROVINCE_WITHOUT),
    ]
    .iter()
    .map(|m| m.render())
    .collect();
    let mut rows = Vec::new();
    for p in &s.provinces {
        for f in &p.figures {
            let mark = if f.agrees { "" } else { " ≠" };
            rows.push((
                String::new(),
                vec![
                    ("", format!("{} ({})", p.province, p.file)),
                    ("", f.key.clone()),
                    (" class=\"n\"", f.stated.clone()),
                    (" class=\"n\"", format!("{}{mark}", f.areas)),
                    ("", f.without.join(", ")),
                ],
            ));
        }
    }
    table(out, "", &head, &rows);
}

/// A chart with its table: the same figures, for screen readers and print.
fn chart(
    out: &mut String,
    caption: &str,
    labels: &[String],
    series: &[Series<'_>],
    scale: Option<f64>,
    show: &dyn Fn(f64) -> String,
) {
    out.push_str(&format!(
        "<figure>\n<figcaption>{}</figcaption>\n",
        escape(caption)
    ));
    out.push_str(&svg::bars(caption, labels, series, scale, show));
    out.push('\n');
    let mut head = vec![String::new()];
    head.extend(series.iter().map(|s| s.name.to_string()));
    let rows: Vec<(String, Vec<(&str, String)>)> = labels
        .iter()
        .enumerate()
        .map(|(i, label)| {
            let mut cells = vec![("", label.clone())];
            for s in series {
                let text = s.values.get(i).copied().flatten().map_or("—".into(), show);
                cells.push((" class=\"n\"", text));
            }
            (String::new(), cells)
        })
        .collect();
    table(out, "", &head, &rows);
    out.push_str("</figure>\n");
}

pub(super) fn charts(out: &mut String, report: &Annual) {
    out.push_str(&format!(
        "<h2>{}</h2>\n",
        escape(&msg!(HTML_CHARTS).render())
    ));
    let whole = |v: f64| format!("{v:.0}");
    let percent = |v: f64| crate::render::table::percent(v);

    let labels: Vec<String> = report.shares.iter().map(|s| s.label.clone()).collect();
    let (before, after) = (msg!(HTML_BEFORE).render(), msg!(HTML_AFTER).render());
    chart(
        out,
        &msg!(HTML_CHART_SHARES, year = report.year).render(),
        &labels,
        &[
            Series {
                name: &before,
                values: report.shares.iter().map(|s| s.before).collect(),
            },
            Series {
                name: &after,
                values: report.shares.iter().map(|s| s.after).collect(),
            },
        ],
        Some(100.0),
        &percent,
    );

    let labels: Vec<String> = report.levels.iter().map(|l| l.label.clone()).collect();
    let (one, two) = (msg!(HTML_LEVEL_1).render(), msg!(HTML_LEVEL_2).render());
    chart(
        out,
        &msg!(HTML_CHART_LEVELS, year = report.year).render(),
        &labels,
        &[
            Series {
                name: &one,
                values: report
                    .levels
                    .iter()
                    .map(|l| l.level1.map(|n| n as f64))
                    .collect(),
            },
            Series {
                name: &two,
                values: report
                    .levels
                    .iter()
                    .map(|l| l.level2.map(|n| n as f64))
                    .collect(),
            },
        ],
        None,
        &whole,
    );

    let labels: Vec<String> = report.due.iter().map(|d| d.year.to_string()).collect();
    let (standard, accreditation) = (
        msg!(HTML_DUE_STANDARD).render(),
        msg!(HTML_DUE_ACCREDITATION).render(),
    );
    chart(
        out,
        &msg!(HTML_CHART_DUE).render(),
        &labels,
        &[
            Series {
                name: &standard,
                values: report.due.iter().map(|d| Some(d.standard as f64)).collect(),
            },
            Series {
                name: &accreditation,
                values: report
                    .due
                    .iter()
                    .map(|d| Some(d.accreditation as f64))
                    .collect(),
            },
        ],
        None,
        &whole,
    );

    let labels: Vec<String> = report.achieved.iter().map(|a| a.area.clone()).collect();
    let (planned, achieved) = (msg!(HTML_PLANNED).render(), msg!(HTML_ACHIEVED).render());
    chart(
        out,
        &msg!(HTML_CHART_ACHIEVED, year = report.year).render(),
        &labels,
        &[
            Series {
                name: &planned,
                values: report
                    .achieved
                    .iter()
                    .map(|a| Some(a.planned as f64))
                    .collect(),
            },
            Series {
                name: &achieved,
                values: report
                    .achieved
                    .iter()
                    .map(|a| a.achieved.map(|n| n as f64))
                    .collect(),
            },
        ],
        None,
        &whole,
    );
    let sources: Vec<String> = report
        .achieved
        .iter()
        .map(|a| match &a.roster {
            Some(r) => msg!(HTML_ACHIEVED_FROM, area = a.area, roster = r).render(),
            None => msg!(HTML_ACHIEVED_UNKNOWN, area = a.area).render(),
        })
        .collect();
    out.push_str("<ul class=\"meta\">\n");
    for s in sources {
        out.push_str(&format!("<li>{}</li>\n", escape(&s)));
    }
    out.push_str("</ul>\n");
}

/// With `--period`: the period plans' figures year by year.
pub(super) fn period(out: &mut String, report: &Annual) {
    let Some(period) = &report.period else {
        return;
    };
    let grid = crate::render::summary::period::grid(period);
    out.push_str(&format!(
        "<h2>{}</h2>\n",
        escape(&msg!(HTML_PERIOD, period = period.period).render())
    ));
    let rows: Vec<(String, Vec<(&str, String)>)> = grid
        .rows
        .iter()
        .map(|r| {
            let cells = r
                .iter()
                .zip(&grid.numeric)
                .map(|(c, n)| (if *n { " class=\"n\"" } else { "" }, c.clone()))
                .collect();
            (String::new(), cells)
        })
        .collect();
    table(out, "", &grid.header, &rows);
}

/// The findings of the check, by area, each with the line it points at.
pub(super) fn findings(out: &mut String, report: &Annual) {
    out.push_str(&format!(
        "<h2>{}</h2>\n",
        escape(&msg!(HTML_FINDINGS).render())
    ));
    if report.findings.is_empty() {
        out.push_str(&format!(
            "<p>{}</p>\n",
            escape(&msg!(HTML_NO_FINDINGS).render())
        ));
    }
    for group in &report.findings {
        let area = if group.area.is_empty() {
            msg!(HTML_OTHER_FILES).render()
        } else {
            group.area.clone()
        };
        out.push_str(&format!("<h3>{}</h3>\n", escape(&area)));
        for f in &group.findings {
            out.push_str(&format!(
                "<div class=\"finding\"><p><strong class=\"{}\">{} {}</strong> {} <span class=\"meta\">({})</span></p>",
                f.severity,
                f.code,
                escape(&f.severity_word),
                escape(&f.message),
                escape(&f.place)
            ));
            if let Some(excerpt) = &f.excerpt {
                out.push_str(&format!("<pre>{}</pre>", escape(excerpt)));
            }
            out.push_str("</div>\n");
        }
    }
}

/// The files the report was made from.
pub(super) fn files(out: &mut String, report: &Annual) {
    out.push_str(&format!(
        "<h2>{}</h2>\n<ul>\n",
        escape(&msg!(HTML_FILES).render())
    ));
    for f in &report.files {
        out.push_str(&format!("<li><code>{}</code></li>\n", escape(f)));
    }
    out.push_str("</ul>\n");
}

crate::texts! {
    pub(crate) HTML_FIGURES = "html-figures" {
        "Figures by area",
        "Số liệu theo địa bàn",
    }
    pub(crate) HTML_PROVINCES = "html-provinces" {
        "The province plans' own figures beside the sum of their areas'",
        "Chỉ tiêu của kế hoạch cấp tỉnh so với tổng của các địa bàn",
    }
    pub(crate) HTML_CHARTS = "html-charts" {
        "Charts",
        "Biểu đồ",
    }
    pub(crate) HTML_CHART_SHARES = "html-chart-shares" {
        "Share of schools recognised per area, start → end of {year}",
        "Tỷ lệ trường đạt chuẩn quốc gia theo địa bàn, đầu năm → cuối năm {year}",
    }
    pub(crate) HTML_BEFORE = "html-before" {
        "start of the year",
        "đầu năm",
    }
    pub(crate) HTML_AFTER = "html-after" {
        "end of the year",
        "cuối năm",
    }
    pub(crate) HTML_CHART_LEVELS = "html-chart-levels" {
        "Schools recognised at the end of {year}, by level",
        "Số trường đạt chuẩn quốc gia cuối năm {year}, theo mức độ",
    }
    pub(crate) HTML_LEVEL_1 = "html-level-1" {
        "level 1",
        "mức độ 1",
    }
    pub(crate) HTML_LEVEL_2 = "html-level-2" {
        "level 2",
        "mức độ 2",
    }
    pub(crate) HTML_CHART_DUE = "html-chart-due" {
        "Recognitions falling due in each of the next five years",
        "Số trường hết thời hạn công nhận trong mỗi năm của 5 năm tới",
    }
    pub(crate) HTML_DUE_STANDARD = "html-due-standard" {
        "national standard",
        "chuẩn quốc gia",
    }
    pub(crate) HTML_DUE_ACCREDITATION = "html-due-accreditation" {
        "accreditation",
        "kiểm định chất lượng",
    }
    pub(crate) HTML_CHART_ACHIEVED = "html-chart-achieved" {
        "Recognitions planned for {year} and achieved, as later rosters record them",
        "Số trường kế hoạch năm {year} đề ra công nhận và số đã đạt theo danh sách trường các năm sau",
    }
    pub(crate) HTML_PLANNED = "html-planned" {
        "planned",
        "kế hoạch",
    }
    pub(crate) HTML_ACHIEVED = "html-achieved" {
        "achieved",
        "đã đạt",
    }
    pub(crate) HTML_ACHIEVED_FROM = "html-achieved-from" {
        "{area}: achieved as recorded in {roster}",
        "{area}: số đã đạt theo {roster}",
    }
    pub(crate) HTML_ACHIEVED_UNKNOWN = "html-achieved-unknown" {
        "{area}: not known yet, no later roster (—)",
        "{area}: chưa rõ, chưa có danh sách trường của năm sau (—)",
    }
    pub(crate) HTML_PERIOD = "html-period" {
        "Period plans {period}",
        "Kế hoạch giai đoạn {period}",
    }
    pub(crate) HTML_FINDINGS = "html-findings" {
        "Findings of the check, by area",
        "Kết quả kiểm tra theo địa bàn",
    }
    pub(crate) HTML_NO_FINDINGS = "html-no-findings" {
        "The check found nothing to report.",
        "Kiểm tra không phát hiện vấn đề nào.",
    }
    pub(crate) HTML_OTHER_FILES = "html-other-files" {
        "Other files",
        "Các tệp khác",
    }
    pub(crate) HTML_FILES = "html-files" {
        "Files this report was made from",
        "Các tệp dùng để lập báo cáo",
    }
}
