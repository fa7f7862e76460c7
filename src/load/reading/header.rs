//! The header: "Số: …/KH-…", "<place>, ngày … tháng … năm …" (a day or month
//! may be blank), the title under "KẾ HOẠCH" with its year or period, the
//! issuer ("Ủy ban nhân dân huyện …", "Phòng Giáo dục và Đào tạo …") and
//! the province the document names.

use chrono::NaiveDate;

use super::issuer::{header_issuer, issuer, province, unnamed_issuer};
use super::tokens::{Line, Tok, at, count, period, tokens, year};
use super::{Reading, Said};

/// Words that open a basis paragraph.
pub(super) const BASIS_OPENERS: &[&str] = &["căn cứ", "thực hiện", "theo đề nghị", "xét đề nghị"];

/// Reads the header and returns the index of the first line of the body
/// (after the basis paragraphs and the sentence that issues the plan).
pub(super) fn read(lines: &[Line<'_>], out: &mut Reading) -> usize {
    let mut body = 0;
    let mut title_end = 0;
    let mut place: Option<(String, &Line<'_>)> = None;
    let top = lines.len().min(60);
    for (i, line) in lines[..top].iter().enumerate() {
        let toks = tokens(&line.text);
        let Some(first) = toks.first() else { continue };
        if out.number.is_none() && first.lc == "số" {
            number(line, &toks, out);
        }
        // "Số: 21/KH-UBND  -  Văn Quan, ngày 10 tháng 01 năm 2025": the date after the number.
        let dash = toks
            .iter()
            .position(|t| t.s == "-")
            .filter(|_| first.lc == "số");
        let dated = &toks[dash.map_or(0, |d| d + 1)..];
        if out.title.is_none() && heading_is_plan(line) {
            title_end = title(lines, i, out);
        } else if out.issued.is_none()
            && place.is_none()
            && let Some((p, date)) = date_line(line, dated)
        {
            place = Some((p, line));
            if let Some(date) = date {
                out.issued = Some(date);
            }
        }
        if let Some(rest) = line.plain().get(..) {
            let lc = rest.to_lowercase();
            if BASIS_OPENERS.iter().any(|o| lc.starts_with(o))
                || lc.contains("xây dựng kế hoạch")
                || lc.contains("ban hành kế hoạch")
            {
                body = i + 1;
            }
        }
        if is_section(line) {
            break;
        }
    }
    let body = body.max(title_end);
    for line in &lines[..body.min(lines.len())] {
        issuer(line, out);
    }
    if out.issuer.is_none() {
        for line in &lines[..body.min(lines.len())] {
            unnamed_issuer(line, place.as_ref(), out);
        }
    }
    if out.issuer.is_none() {
        let heading = lines[..top].iter().position(heading_is_plan).unwrap_or(top);
        header_issuer(&lines[..heading], out);
    }
    for line in &lines[..body.min(lines.len())] {
        if out.title.is_none() {
            title_in_issuing_sentence(line, out);
        }
        if out.year.is_none() && out.period.is_none() {
            plan_year_in_issuing_sentence(line, out);
        }
    }
    province(lines, body, out);
    body
}

/// A section heading ("I. MỤC ĐÍCH, YÊU CẦU"): the header is over.
pub(super) fn is_section(line: &Line<'_>) -> bool {
    let p = line.plain();
    ["I. ", "I.\t", "II. "].iter().any(|s| p.starts_with(s))
        || p.starts_with("MỤC ĐÍCH")
        || p.starts_with("MỤC TIÊU")
}

fn heading_is_plan(line: &Line<'_>) -> bool {
    line.plain().trim().to_lowercase() == "kế hoạch"
}

/// "Số: 18/KH-UBND", "Số: /KH-UBND" (blank number kept as printed).
fn number(line: &Line<'_>, toks: &[Tok<'_>], out: &mut Reading) {
    let mut k = 1;
    if toks.get(k).is_some_and(|t| t.s == ":") {
        k += 1;
    }
    let Some(t) = toks.get(k) else { return };
    if t.s.contains('/') && t.s.chars().any(char::is_uppercase) {
        out.number = Some(Said::at(line, toks[0].lo, t.hi, t.s.to_string()));
    }
}

/// "<place>, ngày 08 tháng 01 năm 2025": the place, and the date when day,
/// month and year are all printed.
fn date_line(line: &Line<'_>, toks: &[Tok<'_>]) -> Option<(String, Option<Said<NaiveDate>>)> {
    let comma = toks.iter().position(|t| t.s == ",")?;
    let n = toks.get(comma + 1)?;
    if n.lc != "ngày" || comma == 0 || comma > 6 {
        return None;
    }
    let place = toks[..comma]
        .iter()
        .map(|t| t.s)
        .collect::<Vec<_>>()
        .join(" ");
    let rest = &toks[comma + 1..];
    let day = rest.get(1).and_then(count);
    let month_at = rest.iter().position(|t| t.lc == "tháng")?;
    let year_at = rest.iter().position(|t| t.lc == "năm")?;
    let month = rest.get(month_at + 1).and_then(count);
    let y = rest.get(year_at + 1).and_then(|t| year(t.s))?;
    let date = match (day, month) {
        (Some(d), Some(m)) if month_at == 2 && year_at == month_at + 2 => {
            NaiveDate::from_ymd_opt(y, m as u32, d as u32)
        }
        _ => None,
    };
    let end = rest.get(year_at + 1).map_or(line.text.len(), |t| t.hi);
    Some((
        place,
        date.map(|d| Said::at(line, toks[comma + 1].lo, end, d)),
    ))
}

/// The title lines under "KẾ HOẠCH": the block of lines that follows,
/// joined. Returns the index after them.
fn title(lines: &[Line<'_>], at_heading: usize, out: &mut Reading) -> usize {
    let mut i = at_heading + 1;
    while lines.get(i).is_some_and(Line::is_blank) {
        i += 1;
    }
    let start = i;
    let mut parts = Vec::new();
    while let Some(line) = lines.get(i) {
        let p = line.plain();
        let lc = p.to_lowercase();
        if line.is_blank()
            || p.chars().count() > 250
            || (i > start && BASIS_OPENERS.iter().any(|o| lc.starts_with(o)))
            || parts.len() == 4
        {
            break;
        }
        parts.push(p);
        i += 1;
    }
    if parts.is_empty() {
        return i;
    }
    let text = format!("Kế hoạch {}", parts.join(" "));
    let line = &lines[start];
    let lo = line.text.len() - line.text.trim_start().len();
    let mut said = Said::at(line, lo, line.text.len(), text.clone());
    said.words = parts.join(" ");
    out.title = Some(said);
    plan_year(&lines[start], &text, out);
    i
}

/// "năm 2025", "giai đoạn 2026-2030" in the title; "năm học 2025-2026" is
/// neither a year nor a period.
fn plan_year(line: &Line<'_>, text: &str, out: &mut Reading) {
    let toks = tokens(text);
    for (i, t) in toks.iter().enumerate() {
        if t.lc == "năm"
            && toks.get(i + 1).is_none_or(|n| n.lc != "học")
            && let Some(y) = toks.get(i + 1).and_then(|n| year(n.s))
            && out.year.is_none()
        {
            let mut said = Said::at(line, 0, 0, y);
            said.words = format!("năm {y}");
            out.year = Some(said);
        }
        if at(&toks, i, "giai đoạn")
            && let Some((p, _)) = period(&toks, i + 2)
        {
            let mut said = Said::at(line, 0, 0, p);
            said.words = format!("giai đoạn {}-{}", p.0, p.1);
            out.period = Some(said);
        }
    }
    if out.period.is_some() {
        out.year = None;
    }
}

/// "… xây dựng Kế hoạch … năm 2025": the year of a plan whose title says none.
fn plan_year_in_issuing_sentence(line: &Line<'_>, out: &mut Reading) {
    let lc = line.text.to_lowercase();
    if let Some(at) = lc
        .find("xây dựng kế hoạch")
        .or_else(|| lc.find("ban hành kế hoạch"))
    {
        let text = line.text[at..].to_string();
        plan_year(line, &text, out);
    }
}

/// A news item has no "KẾ HOẠCH" heading: the title is what the issuing
/// sentence names, "… xây dựng Kế hoạch <title> như sau:".
fn title_in_issuing_sentence(line: &Line<'_>, out: &mut Reading) {
    let toks = tokens(&line.text);
    let Some(k) = (0..toks.len()).find(|&i| {
        (at(&toks, i, "xây dựng kế hoạch") || at(&toks, i, "ban hành kế hoạch"))
            && toks[i + 2].s == "Kế"
    }) else {
        return;
    };
    let from = k + 2;
    let Some(end) = (from + 2..toks.len()).find(|&i| {
        ["như sau", "cụ thể", "với các nội dung"]
            .iter()
            .any(|p| at(&toks, i, p))
            || toks[i].is_punct()
    }) else {
        return;
    };
    let closes = ["như sau", "cụ thể", "với các nội dung"]
        .iter()
        .any(|p| at(&toks, end, p));
    if end <= from + 2 || !closes {
        return;
    }
    let text = line.text[toks[from].lo..toks[end - 1].hi]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    out.title = Some(Said::at(line, toks[from].lo, toks[end - 1].hi, text));
}

#[cfg(test)]
mod tests {
    use super::super::read;

    #[test]
    fn a_header_with_a_blank_day_and_a_period() {
        let r = read(
            "ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\n\nSố: /KH-UBND\n\nTuyên Quang, ngày    tháng 3 năm 2026\n\nKẾ HOẠCH\n\
             Xây dựng trường đạt chuẩn quốc gia giai đoạn 2026 - 2030\n\n\
             Ủy ban nhân dân tỉnh Tuyên Quang ban hành Kế hoạch như sau:\n\nI. MỤC ĐÍCH",
        );
        assert_eq!(r.number.map(|n| n.value), Some("/KH-UBND".into()));
        assert!(r.issued.is_none(), "the day is blank");
        assert_eq!(r.period.map(|p| p.value), Some((2026, 2030)));
        assert!(r.year.is_none());
        assert_eq!(
            r.issuer.map(|i| i.value),
            Some("UBND tỉnh Tuyên Quang".into())
        );
        assert_eq!(r.province.map(|p| p.value), Some("Tuyên Quang".into()));
    }

    #[test]
    fn a_school_year_is_neither_a_year_nor_a_period() {
        let r = read("KẾ HOẠCH\nKiểm định chất lượng giáo dục năm học 2025-2026\n\nI. MỤC ĐÍCH");
        assert!(r.year.is_none() && r.period.is_none());
    }

    #[test]
    fn a_full_date_and_a_phong_issuer() {
        let r = read(
            "Văn Quan, ngày 08 tháng 01 năm 2025\n\nKẾ HOẠCH\nKiểm định năm 2025\n\n\
             Căn cứ Kế hoạch số 273/KH-UBND của Sở GD&ĐT Lạng Sơn, Phòng Giáo dục và Đào tạo Văn Quan xây dựng kế hoạch như sau:",
        );
        assert_eq!(
            r.issued.map(|d| d.value.to_string()),
            Some("2025-01-08".into())
        );
        assert_eq!(
            r.issuer.map(|i| i.value),
            Some("Phòng Giáo dục và Đào tạo Văn Quan".into())
        );
        assert_eq!(r.province.map(|p| p.value), Some("Lạng Sơn".into()));
        assert_eq!(r.year.map(|y| y.value), Some(2025));
    }
}
