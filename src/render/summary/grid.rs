//! The summary as a grid of text: a terminal table (short headers, the
//! Vietnamese terms in a legend under it) or Markdown (long headers), with
//! the marks, notes and areas without a plan in lines below.

use crate::diag::diagnostic::Message;
use crate::msg;
use crate::render::areas_with_years;
use crate::render::table::{self, Grid, Layout};
use crate::report::summary::{By, Cell, Row, Share, Summary};

/// A terminal table with its title, legend and notes, wrapped to its width.
pub(super) fn table(summary: &Summary, layout: Layout) -> String {
    let mut out = format!("{}\n\n", title(summary));
    // Shares on two lines only where cells are wrapped to a width anyway.
    let mut table = grid(summary, Headers::Short, layout.width.is_some());
    // Too wide for the terminal even wrapped: abbreviated headers, said below.
    let narrow = layout.width.is_some_and(|w| table.narrowest() > w);
    if narrow {
        table.header = header(summary.by, Headers::Narrow).0;
    }
    out.push_str(&table.to_table(layout));
    let mut footer = footer(summary);
    footer.insert(0, msg!(SUMMARY_LEGEND_COLUMNS).render());
    if narrow {
        footer.insert(1, msg!(SUMMARY_LEGEND_ABBREVIATIONS).render());
    }
    out.push('\n');
    for line in footer {
        out.push_str(&table::wrap_to(&line, layout, 4));
        out.push('\n');
    }
    out
}

/// A Markdown table with its title and notes as a list.
pub(super) fn markdown(summary: &Summary) -> String {
    let mut out = format!("**{}**\n\n", title(summary));
    out.push_str(&grid(summary, Headers::Long, false).to_markdown());
    let footer = footer(summary);
    if !footer.is_empty() {
        out.push('\n');
        for line in footer {
            out.push_str(&format!("- {}\n", line.replace('*', "\\*")));
        }
    }
    out
}

/// Which column headers a grid has.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Headers {
    /// For Markdown and CSV: the Vietnamese terms beside the English.
    Long,
    /// For terminal tables: the Vietnamese terms in a legend under the table.
    Short,
    /// For a terminal too narrow for the short ones: abbreviations, said in
    /// a second legend line.
    Narrow,
}

/// The columns naming a row in a file for spreadsheets (CSV, workbook):
/// the area and its province, the province, or the school type and its
/// circular.
pub(crate) fn label_columns(by: By) -> Vec<Message> {
    match by {
        By::Area => vec![msg!(SUMMARY_COL_AREA), msg!(SUMMARY_COL_PROVINCE)],
        By::Province => vec![msg!(SUMMARY_COL_PROVINCE)],
        By::Kind => vec![msg!(SUMMARY_COL_KIND), msg!(SUMMARY_COL_CIRCULAR)],
    }
}

/// Column headers of each kind.
fn header(by: By, kind: Headers) -> (Vec<String>, Vec<bool>) {
    let pick = |long: Message, brief: Message| if kind == Headers::Long { long } else { brief };
    let narrow = |short: Message, abbreviated: Message| match kind {
        Headers::Narrow => abbreviated,
        _ => short,
    };
    let mut ids = vec![match by {
        By::Area => pick(msg!(SUMMARY_COL_AREA), msg!(SUMMARY_H_AREA)),
        By::Province => pick(msg!(SUMMARY_COL_PROVINCE), msg!(SUMMARY_H_PROVINCE)),
        By::Kind => pick(msg!(SUMMARY_COL_KIND), msg!(SUMMARY_H_KIND)),
    }];
    if by == By::Kind {
        ids.push(pick(msg!(SUMMARY_COL_CIRCULAR), msg!(SUMMARY_H_CIRCULAR)));
    }
    ids.extend([
        pick(
            msg!(SUMMARY_COL_SCHOOLS),
            narrow(msg!(SUMMARY_H_SCHOOLS), msg!(SUMMARY_N_SCHOOLS)),
        ),
        pick(
            msg!(SUMMARY_COL_LISTED),
            narrow(msg!(SUMMARY_H_LISTED), msg!(SUMMARY_N_LISTED)),
        ),
        pick(
            msg!(SUMMARY_COL_NEW),
            narrow(msg!(SUMMARY_H_NEW), msg!(SUMMARY_N_NEW)),
        ),
        pick(
            msg!(SUMMARY_COL_RENEW),
            narrow(msg!(SUMMARY_H_RENEW), msg!(SUMMARY_N_RENEW)),
        ),
        pick(
            msg!(SUMMARY_COL_RAISE),
            narrow(msg!(SUMMARY_H_RAISE), msg!(SUMMARY_N_RAISE)),
        ),
        pick(
            msg!(SUMMARY_COL_ACCREDIT),
            narrow(msg!(SUMMARY_H_ACCREDIT), msg!(SUMMARY_N_ACCREDIT)),
        ),
        pick(msg!(SUMMARY_COL_BEFORE_AFTER), msg!(SUMMARY_H_BEFORE_AFTER)),
        pick(
            msg!(SUMMARY_COL_LEVEL2),
            narrow(msg!(SUMMARY_H_LEVEL2), msg!(SUMMARY_N_LEVEL2)),
        ),
        pick(msg!(SUMMARY_COL_SHARE), msg!(SUMMARY_H_SHARE)),
    ]);
    if by != By::Kind {
        ids.push(pick(msg!(SUMMARY_COL_WAVES), msg!(SUMMARY_H_WAVES)));
    }
    let numeric = (0..ids.len()).map(|i| i >= if by == By::Kind { 2 } else { 1 });
    (ids.iter().map(Message::render).collect(), numeric.collect())
}

fn before_after(row: &Row) -> String {
    let mut before = row.before.clone();
    let mut after = row.after.clone();
    let notes: Vec<usize> = before
        .notes
        .drain(..)
        .chain(after.notes.drain(..))
        .collect();
    let mut text = format!("{} → {}", cell_text(&before), cell_text(&after));
    for n in notes {
        text.push_str(&format!(" [{n}]"));
    }
    text
}

fn row_cells(summary: &Summary, row: &Row, two_lines: bool) -> Vec<String> {
    let mut label = match &row.province {
        Some(province) if !province.is_empty() => format!("{} ({province})", row.label),
        _ => row.label.clone(),
    };
    for n in &row.notes {
        label.push_str(&format!(" [{n}]"));
    }
    let mut cells = vec![label];
    if summary.by == By::Kind {
        cells.push(row.circular.unwrap_or("").to_string());
    }
    cells.extend([
        cell_text(&row.schools),
        cell_text(&row.listed),
        cell_text(&row.new),
        cell_text(&row.renew),
        cell_text(&row.raise),
        cell_text(&row.accredit),
        before_after(row),
        cell_text(&row.level2),
        share_text(&row.share, two_lines),
    ]);
    if summary.by != By::Kind {
        cells.push(cell_text(&row.waves));
    }
    cells
}

fn grid(summary: &Summary, headers: Headers, two_lines: bool) -> Grid {
    let (header, numeric) = header(summary.by, headers);
    let mut grid = Grid::new(header, numeric);
    for row in &summary.rows {
        grid.rows.push(row_cells(summary, row, two_lines));
    }
    grid.rows
        .push(row_cells(summary, &summary.total, two_lines));
    grid.totals = true;
    grid
}

fn by_name(by: By) -> Message {
    match by {
        By::Area => msg!(SUMMARY_BY_AREA),
        By::Province => msg!(SUMMARY_BY_PROVINCE),
        By::Kind => msg!(SUMMARY_BY_KIND),
    }
}

/// The lines under the table: what the marks mean, the notes, the areas
/// without a plan this year.
fn footer(summary: &Summary) -> Vec<String> {
    let mut lines = Vec::new();
    let all: Vec<&Row> = summary.rows.iter().chain([&summary.total]).collect();
    let stated = all
        .iter()
        .any(|r| !r.stated_only().is_empty() || r.share.stated_only);
    let partial = all
        .iter()
        .any(|r| !r.partial().is_empty() || r.share.partial());
    if stated {
        lines.push(msg!(SUMMARY_LEGEND_STATED).render());
    }
    if partial {
        lines.push(msg!(SUMMARY_LEGEND_PARTIAL).render());
    }
    for note in &summary.notes {
        let place = match (note.line, note.column) {
            (Some(l), Some(c)) => format!("{}:{l}:{c}", note.file),
            _ => note.file.clone(),
        };
        lines.push(
            msg!(
                SUMMARY_NOTE,
                number = note.number,
                area = note.area,
                year = note.year,
                code = note.code.unwrap_or("kdcl check"),
                place = place,
                message = note.message
            )
            .render(),
        );
    }
    if !summary.merged.is_empty() {
        let names: Vec<String> = summary
            .merged
            .iter()
            .map(|(old, new)| format!("{old} → {new}"))
            .collect();
        lines.push(msg!(SUMMARY_MERGED, names = names.join("; ")).render());
    }
    if !summary.absent.is_empty() {
        let areas = areas_with_years(&summary.absent);
        lines.push(msg!(SUMMARY_ABSENT, year = summary.year, areas = areas).render());
    }
    lines.extend(province_lines(summary));
    lines
}

/// Each province plan's stated figures beside the sum of its areas'.
fn province_lines(summary: &Summary) -> Vec<String> {
    let mut lines = Vec::new();
    for p in &summary.provinces {
        let figures: Vec<String> = p
            .figures
            .iter()
            .map(|f| {
                let mut text = msg!(
                    SUMMARY_PROVINCE_FIGURE,
                    key = f.key,
                    stated = f.stated,
                    areas = f.areas,
                    mark = if f.agrees { "" } else { " ≠" }
                )
                .render();
                if !f.without.is_empty() {
                    let without = f.without.join(", ");
                    text.push_str(&msg!(SUMMARY_PROVINCE_WITHOUT, areas = without).render());
                }
                text
            })
            .collect();
        lines.push(
            msg!(
                SUMMARY_PROVINCE,
                province = p.province,
                file = p.file,
                figures = figures.join("; ")
            )
            .render(),
        );
    }
    lines
}

fn title(summary: &Summary) -> String {
    msg!(
        SUMMARY_TITLE,
        year = summary.year,
        by = by_name(summary.by).render(),
        count = summary.total.plans.len()
    )
    .render()
}

/// A figure as the tables show it: `*` taken from a plan's text, `+` a
/// total over some plans only, then the numbers of its notes.
fn cell_text(cell: &Cell) -> String {
    let Some(value) = cell.value else {
        return "—".into();
    };
    let mut out = value.to_string();
    if cell.stated_only {
        out.push('*');
    }
    if cell.partial() {
        out.push('+');
    }
    for n in &cell.notes {
        out.push_str(&format!(" [{n}]"));
    }
    out
}

/// "28/28 (100 %)", in Vietnamese "27/28 (96,4%)"; on two lines in
/// terminal tables fitted to a width.
fn share_text(share: &Share, two_lines: bool) -> String {
    let Some(percent) = share.percent() else {
        return "—".into();
    };
    let mut out = format!(
        "{}/{}{}({})",
        share.recognised,
        share.schools,
        if two_lines { "\n" } else { " " },
        table::percent(percent)
    );
    if share.stated_only {
        out.push('*');
    }
    if share.partial() {
        out.push('+');
    }
    out
}

/// A percentage with one decimal, none when it is whole.
pub(super) fn format_percent(p: f64) -> String {
    if p.fract() == 0.0 {
        format!("{p:.0}")
    } else {
        format!("{p:.1}")
    }
}

crate::texts! {
    pub(crate) SUMMARY_COL_AREA = "summary-col-area" {
        "Area (địa bàn)",
        "Địa bàn",
    }
    pub(crate) SUMMARY_COL_PROVINCE = "summary-col-province" {
        "Province (tỉnh)",
        "Tỉnh",
    }
    pub(crate) SUMMARY_TITLE = "summary-title" {
        "Plans of {year} (kế hoạch năm {year}) {by}: {count} {count:plan/plans}",
        "Kế hoạch năm {year} {by}: {count} kế hoạch",
    }
    pub(crate) SUMMARY_BY_AREA = "summary-by-area" {
        "by area",
        "theo địa bàn",
    }
    pub(crate) SUMMARY_MERGED = "summary-merged-provinces" {
        "provinces merged on 01/07/2025 (Resolution 202/2025/QH15) are counted in the province they belong to now: {names}",
        "các tỉnh đã hợp nhất từ ngày 01/07/2025 (Nghị quyết 202/2025/QH15) được tính vào tỉnh mới: {names}",
    }
    pub(crate) SUMMARY_BY_PROVINCE = "summary-by-province" {
        "by province",
        "theo tỉnh",
    }
    pub(crate) SUMMARY_BY_KIND = "summary-by-kind" {
        "by school type",
        "theo loại trường",
    }
    pub(crate) SUMMARY_COL_KIND = "summary-col-kind" {
        "School type (loại trường)",
        "Loại trường",
    }
    pub(crate) SUMMARY_COL_CIRCULAR = "summary-col-circular" {
        "Circular (thông tư)",
        "Thông tư",
    }
    pub(crate) SUMMARY_COL_SCHOOLS = "summary-col-schools" {
        "Schools (số trường)",
        "Số trường",
    }
    pub(crate) SUMMARY_COL_LISTED = "summary-col-listed" {
        "Listed (trong kế hoạch)",
        "Số trường trong kế hoạch",
    }
    pub(crate) SUMMARY_COL_NEW = "summary-col-new" {
        "New (công nhận mới)",
        "Công nhận mới",
    }
    pub(crate) SUMMARY_COL_RENEW = "summary-col-renew" {
        "Renew (công nhận lại)",
        "Công nhận lại",
    }
    pub(crate) SUMMARY_COL_RAISE = "summary-col-raise" {
        "Raise (nâng mức độ)",
        "Nâng mức độ",
    }
    pub(crate) SUMMARY_COL_ACCREDIT = "summary-col-accredit" {
        "Accredit (kiểm định)",
        "Kiểm định",
    }
    pub(crate) SUMMARY_COL_BEFORE_AFTER = "summary-col-before-after" {
        "Recognised before → after (đạt chuẩn)",
        "Đạt chuẩn đầu năm → cuối năm",
    }
    pub(crate) SUMMARY_COL_LEVEL2 = "summary-col-level2" {
        "Level 2 after (mức độ 2)",
        "Mức độ 2 cuối năm",
    }
    pub(crate) SUMMARY_COL_SHARE = "summary-col-share" {
        "Share recognised after (tỷ lệ)",
        "Tỷ lệ đạt chuẩn cuối năm",
    }
    pub(crate) SUMMARY_COL_WAVES = "summary-col-waves" {
        "Waves (đợt)",
        "Số đợt",
    }
    pub(crate) SUMMARY_H_AREA = "summary-h-area" {
        "Area",
        "Địa bàn",
    }
    pub(crate) SUMMARY_H_PROVINCE = "summary-h-province" {
        "Province",
        "Tỉnh",
    }
    pub(crate) SUMMARY_H_KIND = "summary-h-kind" {
        "School type",
        "Loại trường",
    }
    pub(crate) SUMMARY_H_CIRCULAR = "summary-h-circular" {
        "Circular",
        "Thông tư",
    }
    pub(crate) SUMMARY_H_SCHOOLS = "summary-h-schools" {
        "Schools",
        "Số trường",
    }
    pub(crate) SUMMARY_H_LISTED = "summary-h-listed" {
        "Listed",
        "Trong kế hoạch",
    }
    pub(crate) SUMMARY_H_NEW = "summary-h-new" {
        "New",
        "Công nhận mới",
    }
    pub(crate) SUMMARY_H_RENEW = "summary-h-renew" {
        "Renew",
        "Công nhận lại",
    }
    pub(crate) SUMMARY_H_RAISE = "summary-h-raise" {
        "Raise",
        "Nâng mức độ",
    }
    pub(crate) SUMMARY_H_ACCREDIT = "summary-h-accredit" {
        "Accredit",
        "Kiểm định",
    }
    pub(crate) SUMMARY_H_BEFORE_AFTER = "summary-h-before-after" {
        "Before → after",
        "Đầu năm → cuối năm",
    }
    pub(crate) SUMMARY_H_LEVEL2 = "summary-h-level2" {
        "Level 2 after",
        "Mức độ 2",
    }
    pub(crate) SUMMARY_H_SHARE = "summary-h-share" {
        "Share",
        "Tỷ lệ",
    }
    pub(crate) SUMMARY_H_WAVES = "summary-h-waves" {
        "Waves",
        "Số đợt",
    }
    pub(crate) SUMMARY_N_SCHOOLS = "summary-n-schools" {
        "Sch.",
        "Số tr.",
    }
    pub(crate) SUMMARY_N_LISTED = "summary-n-listed" {
        "List",
        "Trong KH",
    }
    pub(crate) SUMMARY_N_NEW = "summary-n-new" {
        "New",
        "CN mới",
    }
    pub(crate) SUMMARY_N_RENEW = "summary-n-renew" {
        "Ren.",
        "CN lại",
    }
    pub(crate) SUMMARY_N_RAISE = "summary-n-raise" {
        "Raise",
        "Nâng MĐ",
    }
    pub(crate) SUMMARY_N_ACCREDIT = "summary-n-accredit" {
        "Acc.",
        "KĐ",
    }
    pub(crate) SUMMARY_N_LEVEL2 = "summary-n-level2" {
        "L2",
        "MĐ2",
    }
    pub(crate) SUMMARY_LEGEND_ABBREVIATIONS = "summary-legend-abbreviations" {
        "Sch. = schools in the area; List = listed in the plan; Ren. = renew; Acc. = accredit; L2 = at level 2 after the plan.",
        "Số tr. = số trường; KH = kế hoạch; CN = công nhận; MĐ = mức độ; KĐ = kiểm định; MĐ2 = đạt mức độ 2 cuối năm.",
    }
    pub(crate) SUMMARY_LEGEND_COLUMNS = "summary-legend-columns" {
        "Schools in the area (số trường); listed in the plan (danh sách); new (công nhận mới); renew (công nhận lại, duy trì); raise (nâng mức độ); accredit (kiểm định, đánh giá ngoài); schools recognised before → after the plan year (đạt chuẩn quốc gia đầu năm → cuối năm), of which at level 2 (mức độ 2), and their share of the schools (tỉ lệ); waves (đợt).",
        "Số trường của địa bàn; số trường trong kế hoạch; công nhận mới; công nhận lại (duy trì); nâng mức độ; kiểm định (đánh giá ngoài); số trường đạt chuẩn quốc gia đầu năm → cuối năm kế hoạch, trong đó đạt mức độ 2, và tỉ lệ trên tổng số trường; số đợt.",
    }
    pub(crate) SUMMARY_LEGEND_STATED = "summary-legend-stated" {
        "* as the plan states it: kdcl cannot count it (no school list, or no complete roster)",
        "* số liệu theo kế hoạch: kdcl không đếm được (kế hoạch không liệt kê trường, hoặc danh sách trường chưa đầy đủ)",
    }
    pub(crate) SUMMARY_LEGEND_PARTIAL = "summary-legend-partial" {
        "+ total over the plans kdcl could count; the others are unknown",
        "+ tổng của các kế hoạch kdcl đếm được; các kế hoạch còn lại chưa rõ",
    }
    pub(crate) SUMMARY_NOTE = "summary-note" {
        "[{number}] {area} {year}: {code} at {place}: {message}",
        "[{number}] {area} {year}: {code} tại {place}: {message}",
    }
    pub(crate) SUMMARY_PROVINCE = "summary-province" {
        "Province plan of {province} ({file}), stated beside the sum of its areas' plans: {figures}",
        "Kế hoạch cấp tỉnh {province} ({file}), chỉ tiêu tỉnh ghi so với tổng kế hoạch của các địa bàn: {figures}",
    }
    pub(crate) SUMMARY_PROVINCE_FIGURE = "summary-province-figure" {
        "{key}: province {stated}, areas {areas}{mark}",
        "{key}: tỉnh ghi {stated}, các địa bàn cộng lại {areas}{mark}",
    }
    pub(crate) SUMMARY_PROVINCE_WITHOUT = "summary-province-without" {
        " (no plan or no figure: {areas})",
        " (chưa có kế hoạch hoặc chưa nêu chỉ tiêu: {areas})",
    }
    pub(crate) SUMMARY_ABSENT = "summary-absent" {
        "no plan for {year}: {areas}",
        "không có kế hoạch năm {year}: {areas}",
    }
}
