//! Bar charts as inline SVG, drawn by hand: a few rectangles and labels,
//! no script, no font, nothing fetched. Horizontal bars, one group per
//! category, one bar per series; a value that is unknown is drawn as a dash,
//! never as zero.

use crate::render::html::escape;

/// One series of a chart: its name (in the legend) and a value per category.
pub struct Series<'a> {
    pub name: &'a str,
    pub values: Vec<Option<f64>>,
}

const WIDTH: f64 = 640.0;
const LABEL: f64 = 200.0;
const BARS: f64 = 360.0;
const BAR: f64 = 14.0;
const GAP: f64 = 10.0;
const LEGEND: f64 = 24.0;
/// Category labels longer than this are shortened (the table beside has them whole).
const LABEL_CHARS: usize = 30;

fn shorten(label: &str) -> String {
    if label.chars().count() <= LABEL_CHARS {
        return label.to_string();
    }
    let mut s: String = label.chars().take(LABEL_CHARS - 1).collect();
    s.push('…');
    s
}

/// A bar chart of `series` over `labels`; `scale` is the value of a full
/// bar (the largest value when `None`), `show` writes a value.
pub fn bars(
    title: &str,
    labels: &[String],
    series: &[Series<'_>],
    scale: Option<f64>,
    show: &dyn Fn(f64) -> String,
) -> String {
    let largest = series
        .iter()
        .flat_map(|s| s.values.iter().flatten())
        .fold(0.0_f64, |a, &b| a.max(b));
    let full = scale.unwrap_or(largest).max(f64::MIN_POSITIVE);
    let group = BAR * series.len() as f64 + GAP;
    let height = LEGEND + group * labels.len() as f64 + GAP;
    let mut out = format!(
        "<svg class=\"chart\" viewBox=\"0 0 {WIDTH} {height}\" width=\"{WIDTH}\" height=\"{height}\" role=\"img\"><title>{}</title>",
        escape(title)
    );
    // The legend: a swatch and the name of each series.
    for (i, s) in series.iter().enumerate() {
        let x = LABEL + i as f64 * 180.0;
        out.push_str(&format!(
            "<rect class=\"key s{i}\" x=\"{x}\" y=\"4\" width=\"12\" height=\"12\"/><text x=\"{}\" y=\"14\">{}</text>",
            x + 16.0,
            escape(s.name)
        ));
    }
    for (c, label) in labels.iter().enumerate() {
        let top = LEGEND + c as f64 * group;
        out.push_str(&format!(
            "<text class=\"label\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
            LABEL - 6.0,
            top + group / 2.0,
            escape(&shorten(label))
        ));
        for (i, s) in series.iter().enumerate() {
            let y = top + i as f64 * BAR;
            match s.values.get(c).copied().flatten() {
                Some(v) => {
                    let w = (v.max(0.0) / full * BARS).min(BARS);
                    out.push_str(&format!(
                        "<rect class=\"bar s{i}\" x=\"{LABEL}\" y=\"{y}\" width=\"{w:.1}\" height=\"{}\"/><text x=\"{:.1}\" y=\"{}\">{}</text>",
                        BAR - 2.0,
                        LABEL + w + 4.0,
                        y + BAR - 4.0,
                        escape(&show(v))
                    ));
                }
                None => out.push_str(&format!(
                    "<text class=\"none\" x=\"{}\" y=\"{}\">—</text>",
                    LABEL + 4.0,
                    y + BAR - 4.0
                )),
            }
        }
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn widths(svg: &str) -> Vec<f64> {
        svg.split("<rect class=\"bar s")
            .skip(1)
            .filter(|r| r.contains(&format!("x=\"{LABEL}\"")))
            .map(|r| {
                let w = r.split("width=\"").nth(1).unwrap();
                w[..w.find('"').unwrap()].parse().unwrap()
            })
            .collect()
    }

    #[test]
    fn bars_are_proportional_and_unknown_values_are_not_zero() {
        let labels = vec!["xã A".to_string(), "xã B".to_string()];
        let series = [
            Series {
                name: "before",
                values: vec![Some(50.0), None],
            },
            Series {
                name: "after",
                values: vec![Some(100.0), Some(25.0)],
            },
        ];
        let svg = bars("t", &labels, &series, Some(100.0), &|v| format!("{v}"));
        assert_eq!(widths(&svg), [BARS / 2.0, BARS, BARS / 4.0]);
        assert!(
            svg.contains("class=\"none\""),
            "the unknown value is a dash"
        );
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
    }

    #[test]
    fn the_largest_value_fills_the_chart_without_a_scale_and_zeros_are_empty() {
        let labels = vec!["2027".to_string(), "2028".to_string()];
        let series = [Series {
            name: "n",
            values: vec![Some(4.0), Some(0.0)],
        }];
        let svg = bars("t", &labels, &series, None, &|v| format!("{v}"));
        assert_eq!(widths(&svg), [BARS, 0.0]);
        let none = bars(
            "t",
            &labels,
            &[Series {
                name: "n",
                values: vec![Some(0.0), Some(0.0)],
            }],
            None,
            &|v| format!("{v}"),
        );
        assert!(!none.contains("NaN") && !none.contains("inf"), "{none}");
    }

    #[test]
    fn labels_are_escaped_and_shortened() {
        let labels = vec![format!("<script>{}", "x".repeat(50))];
        let svg = bars(
            "<b>",
            &labels,
            &[Series {
                name: "&",
                values: vec![Some(1.0)],
            }],
            None,
            &|v| format!("{v}"),
        );
        assert!(!svg.contains("<script>") && !svg.contains("<b>"), "{svg}");
        assert!(svg.contains("&lt;script&gt;") && svg.contains("&amp;"));
        assert!(svg.contains('…'));
    }
}
