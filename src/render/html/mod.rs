//! `kdcl report` drawn: one self-contained HTML page (inline CSS and SVG,
//! no script, no font or image fetched) that an office opens, prints on A4
//! and attaches. Every chart has a table of the same figures beside it.
//! The page is also well-formed XML, so tests parse it strictly. Figures
//! come from `report::annual`; nothing is counted here.

mod sections;
pub mod svg;

use unicode_normalization::UnicodeNormalization;

use crate::diag::messages::{Lang, lang};
use crate::msg;
use crate::report::annual::Annual;

/// Text as HTML holds it: markup characters escaped, and no character a
/// terminal would act on or XML forbids.
pub fn escape(text: &str) -> String {
    let clean = crate::text::clean::for_terminal(text);
    let clean = crate::text::clean::for_xml(&clean);
    let mut out = String::with_capacity(clean.len());
    for c in clean.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A count as text, a dash when unknown.
pub(crate) fn count(n: Option<i64>) -> String {
    n.map_or_else(|| "—".to_string(), |n| n.to_string())
}

/// A share in percent as text, a dash when unknown.
pub(crate) fn share(p: Option<f64>) -> String {
    p.map_or_else(|| "—".to_string(), crate::render::table::percent)
}

/// The date as the reader's language writes it.
fn date(d: chrono::NaiveDate) -> String {
    match lang() {
        Lang::Vi => d.format("%d/%m/%Y").to_string(),
        Lang::En => d.format("%Y-%m-%d").to_string(),
    }
}

const STYLE: &str = "
body { font-family: system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif; margin: 2rem auto; max-width: 64rem; padding: 0 1rem; color: #1a1a1a; line-height: 1.4; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ccc; } h3 { font-size: 1rem; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.9rem; }
th, td { border: 1px solid #bbb; padding: 0.2rem 0.5rem; vertical-align: top; }
th { background: #f0f0f0; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
tr.total td { font-weight: bold; }
figure { margin: 1rem 0; display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
figcaption { flex-basis: 100%; font-weight: bold; }
svg.chart { max-width: 100%; height: auto; font-size: 11px; }
svg.chart text { fill: #1a1a1a; }
.s0 { fill: #9ab8d8; } .s1 { fill: #1f5f9e; }
.finding { margin: 0.3rem 0 0.8rem; }
.error { color: #a40000; } .warning { color: #8a5a00; } .note { color: #245; }
pre { background: #f6f6f6; padding: 0.3rem; white-space: pre-wrap; margin: 0.2rem 0; }
.meta { color: #444; }
@page { size: A4; margin: 15mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  table, figure, .finding { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
}
";

/// The report as one HTML page.
pub fn page(report: &Annual) -> String {
    let title = msg!(HTML_TITLE, year = report.year).render();
    let html_lang = match lang() {
        Lang::Vi => "vi",
        Lang::En => "en",
    };
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{html_lang}\">\n<head>\n<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{}</h1>\n",
        escape(&title),
        escape(&title)
    );
    let made = msg!(
        HTML_MADE,
        date = date(report.made),
        count = report.summary.total.plans.len()
    )
    .render();
    out.push_str(&format!("<p class=\"meta\">{}</p>\n", escape(&made)));
    sections::figures(&mut out, report);
    sections::charts(&mut out, report);
    sections::period(&mut out, report);
    sections::findings(&mut out, report);
    sections::files(&mut out, report);
    out.push_str("</body>\n</html>\n");
    out.nfc().collect()
}

crate::texts! {
    pub(crate) HTML_TITLE = "html-title" {
        "Report on the recognition plans of {year}",
        "Báo cáo kết quả thực hiện kế hoạch công nhận trường đạt chuẩn quốc gia năm {year}",
    }
    pub(crate) HTML_MADE = "html-made" {
        "Made by kdcl on {date} from {count} {count:plan/plans} of the year and their rosters.",
        "Lập bằng kdcl ngày {date} từ {count} kế hoạch của năm và danh sách trường kèm theo.",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_leaves_no_markup_and_no_control() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
        assert_eq!(escape("a\u{1b}[2Jb\u{202e}"), "a\u{fffd}[2Jb\u{fffd}");
        assert_eq!(escape("=1+1"), "=1+1");
    }
}
