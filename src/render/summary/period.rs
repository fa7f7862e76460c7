//! `kdcl summary --period` drawn: one row per period plan, a column per
//! year ("annual plan / period plan's by_year"), what is done and left.

use unicode_normalization::UnicodeNormalization;

use crate::msg;
use crate::render::table::{self, Format, Grid, Layout};
use crate::report::summary::period::PeriodSummary;

/// The period table, a row per period plan.
pub(crate) fn grid(summary: &PeriodSummary) -> Grid {
    let mut header = vec![
        msg!(PERIOD_AREA).render(),
        msg!(PERIOD_PROVINCE).render(),
        msg!(PERIOD_NEW).render(),
    ];
    header.extend(summary.years.iter().map(i64::to_string));
    header.push(msg!(PERIOD_DONE).render());
    header.push(msg!(PERIOD_LEFT).render());
    let mut numeric = vec![false, false];
    numeric.resize(header.len(), true);
    let mut grid = Grid::new(header, numeric);
    let dash = || "–".to_string();
    for r in &summary.rows {
        let mut cells = vec![
            r.area.clone(),
            r.province.clone(),
            r.new.clone().unwrap_or_else(dash),
        ];
        for y in &r.by_year {
            cells.push(match (&y.annual, &y.planned) {
                (Some(a), Some(p)) => format!("{a} / {p}"),
                (Some(a), None) => a.clone(),
                (None, Some(p)) => format!("– / {p}"),
                (None, None) => dash(),
            });
        }
        cells.push(r.done.clone());
        cells.push(r.left.clone().unwrap_or_else(dash));
        grid.rows.push(cells);
    }
    grid
}

pub fn render(summary: &PeriodSummary, format: Format, layout: Layout) -> String {
    let title = msg!(PERIOD_TITLE, period = summary.period).render();
    let legend = msg!(PERIOD_LEGEND).render();
    let text = match format {
        Format::Json => {
            let mut t = serde_json::to_string_pretty(summary).expect("plain data");
            t.push('\n');
            t
        }
        Format::Csv => grid(summary).to_csv(),
        Format::Markdown => format!(
            "**{title}**\n\n{}\n- {legend}\n",
            grid(summary).to_markdown()
        ),
        _ => format!(
            "{title}\n\n{}\n{}\n",
            grid(summary).to_table(layout),
            table::wrap_to(&legend, layout, 4)
        ),
    };
    text.nfc().collect()
}

crate::texts! {
    pub(crate) PERIOD_TITLE = "period-title" {
        "Period plans {period}: new recognitions (công nhận mới)",
        "Kế hoạch giai đoạn {period}: số trường công nhận mới",
    }
    pub(crate) PERIOD_AREA = "period-area" {
        "Area",
        "Địa bàn",
    }
    pub(crate) PERIOD_PROVINCE = "period-province" {
        "Province",
        "Tỉnh",
    }
    pub(crate) PERIOD_NEW = "period-new" {
        "Period target",
        "Chỉ tiêu giai đoạn",
    }
    pub(crate) PERIOD_DONE = "period-done" {
        "Annual plans",
        "Các kế hoạch năm",
    }
    pub(crate) PERIOD_LEFT = "period-left" {
        "Left",
        "Còn lại",
    }
    pub(crate) PERIOD_LEGEND = "period-legend" {
        "each year: the annual plan's new recognitions (stated or listed) / the period plan's figure for the year ([targets.by_year]); – where there is none",
        "mỗi năm: số công nhận mới của kế hoạch năm (nêu bằng số hoặc theo danh sách) / chỉ tiêu năm đó của kế hoạch giai đoạn ([targets.by_year]); – khi chưa có",
    }
}
