//! Who issues the plan and where: the issuing sentence ("Ủy ban nhân dân
//! huyện Văn Quan xây dựng Kế hoạch"), or, when none, the header block
//! ("ỦY BAN NHÂN DÂN / PHƯỜNG PHÚ XUÂN", an office under its unit); the area
//! it covers, and its province ("tỉnh …", "Sở GD&ĐT …", a city run by the
//! centre, a portal's footer).

use super::tokens::{Line, Tok, at, tokens};
use super::{Reading, Said};

/// The centrally-run cities: a "thành phố" that is a province.
const CITIES: &[&str] = &[
    "Hà Nội",
    "Hồ Chí Minh",
    "Hải Phòng",
    "Đà Nẵng",
    "Cần Thơ",
    "Huế",
];

/// Kinds of administrative unit, longest first.
const UNIT_KINDS: &[&str] = &[
    "thành phố",
    "thị xã",
    "thị trấn",
    "đặc khu",
    "huyện",
    "quận",
    "phường",
    "tỉnh",
    "xã",
];

/// The issuer in the sentence that issues the plan ("Ủy ban nhân dân huyện
/// Văn Quan xây dựng Kế hoạch") or in the header block ("ỦY BAN NHÂN DÂN /
/// HUYỆN VĂN QUAN").
pub(super) fn issuer(line: &Line<'_>, out: &mut Reading) {
    if out.issuer.is_some() {
        return;
    }
    let toks = tokens(&line.text);
    for i in 0..toks.len() {
        let (body, after) = if at(&toks, i, "ủy ban nhân dân") || at(&toks, i, "uỷ ban nhân dân")
        {
            ("UBND", i + 4)
        } else if toks[i].s == "UBND" {
            ("UBND", i + 1)
        } else if at(&toks, i, "phòng giáo dục và đào tạo") {
            ("Phòng Giáo dục và Đào tạo", i + 6)
        } else if at(&toks, i, "sở giáo dục và đào tạo") && toks[i].s == "Sở" {
            ("Sở Giáo dục và Đào tạo", i + 6)
        } else if toks[i].s == "Phòng" && toks.get(i + 1).is_some_and(|t| t.s == "GD&ĐT") {
            ("Phòng Giáo dục và Đào tạo", i + 2)
        } else {
            continue;
        };
        let (kind, name_at) = match UNIT_KINDS.iter().find(|k| at(&toks, after, k)) {
            Some(k) => (Some(*k), after + k.split(' ').count()),
            None => (None, after),
        };
        let name_end = name_end(&toks, name_at);
        let issues = at(&toks, name_end, "xây dựng kế hoạch")
            || at(&toks, name_end, "ban hành kế hoạch")
            || at(&toks, name_end, "xây dựng")
            || at(&toks, name_end, "ban hành");
        if name_end == name_at || !issues {
            continue;
        }
        let name = toks[name_at..name_end]
            .iter()
            .map(|t| t.s)
            .collect::<Vec<_>>()
            .join(" ");
        set_issuer(
            line,
            (toks[i].lo, toks[name_end - 1].hi),
            body,
            kind,
            &name,
            out,
        );
        return;
    }
}

/// "Ủy ban nhân dân huyện xây dựng Kế hoạch" names no place: the place of
/// the date line is the unit's name.
pub(super) fn unnamed_issuer(
    line: &Line<'_>,
    place: Option<&(String, &Line<'_>)>,
    out: &mut Reading,
) {
    let Some((place, _)) = place else { return };
    let toks = tokens(&line.text);
    for i in 0..toks.len() {
        if !(at(&toks, i, "ủy ban nhân dân") || at(&toks, i, "uỷ ban nhân dân")) {
            continue;
        }
        let Some(kind) = UNIT_KINDS.iter().find(|k| at(&toks, i + 4, k)) else {
            continue;
        };
        let after = i + 4 + kind.split(' ').count();
        if at(&toks, after, "xây dựng") || at(&toks, after, "ban hành") {
            set_issuer(
                line,
                (toks[i].lo, toks[after - 1].hi),
                "UBND",
                Some(kind),
                place,
                out,
            );
            return;
        }
    }
}

/// The header block, when no sentence issues the plan: "ỦY BAN NHÂN DÂN /
/// PHƯỜNG PHÚ XUÂN", "ỦY BAN NHÂN DÂN XÃ PHONG THỔ", and the office under the
/// unit when there is one ("UBND HUYỆN TRÙNG KHÁNH / PHÒNG GIÁO DỤC VÀ ĐÀO
/// TẠO", "UBND TỈNH LÀO CAI / SỞ GIÁO DỤC VÀ ĐÀO TẠO").
pub(super) fn header_issuer(lines: &[Line<'_>], out: &mut Reading) {
    let filled: Vec<&Line<'_>> = lines.iter().filter(|l| !l.is_blank()).collect();
    for (i, line) in filled.iter().enumerate() {
        let toks = tokens(&line.text);
        let after = if at(&toks, 0, "ủy ban nhân dân") || at(&toks, 0, "uỷ ban nhân dân") {
            4
        } else if toks.first().is_some_and(|t| t.s == "UBND") {
            1
        } else {
            continue;
        };
        // The unit: on the same line, or alone on the next one.
        let same = toks.get(after).is_some_and(|t| !t.is_punct());
        let (unit_line, unit_i) = if same {
            (*line, i)
        } else {
            (filled.get(i + 1).copied().unwrap_or(line), i + 1)
        };
        let ut = tokens(&unit_line.text);
        let at_unit = if same { after } else { 0 };
        let Some(kind) = UNIT_KINDS.iter().find(|k| at(&ut, at_unit, k)) else {
            return;
        };
        let name_at = at_unit + kind.split(' ').count();
        let end = name_end(&ut, name_at);
        if end == name_at {
            return;
        }
        let name = ut[name_at..end]
            .iter()
            .map(|t| as_name(t.s))
            .collect::<Vec<_>>()
            .join(" ");
        let office = filled.get(unit_i + 1).map(|l| tokens(&l.text));
        let (body, kind) = match office {
            Some(o) if at(&o, 0, "phòng giáo dục và đào tạo") => {
                ("Phòng Giáo dục và Đào tạo", Some(*kind))
            }
            // A Sở is named by its province alone: "Sở Giáo dục và Đào tạo Lào Cai".
            Some(o) if at(&o, 0, "sở giáo dục và đào tạo") => {
                ("Sở Giáo dục và Đào tạo", None)
            }
            _ => ("UBND", Some(*kind)),
        };
        let lo = if same { toks[0].lo } else { ut[at_unit].lo };
        set_issuer(unit_line, (lo, ut[end - 1].hi), body, kind, &name, out);
        return;
    }
}

/// "PHÚ" → "Phú": a word of a name printed in capitals, as a name is written.
fn as_name(word: &str) -> String {
    if word != word.to_uppercase() {
        return word.to_string();
    }
    let mut chars = word.chars();
    chars.next().map_or(String::new(), |c| {
        c.to_uppercase()
            .chain(chars.flat_map(char::to_lowercase))
            .collect()
    })
}

fn set_issuer(
    line: &Line<'_>,
    (lo, hi): (usize, usize),
    body: &str,
    kind: Option<&str>,
    name: &str,
    out: &mut Reading,
) {
    let issuer = match kind {
        Some(k) => format!("{body} {k} {name}"),
        None => format!("{body} {name}"),
    };
    out.issuer = Some(Said::at(line, lo, hi, issuer));
    let area = match kind {
        Some("thành phố") if CITIES.contains(&name) => name.to_string(),
        Some("thành phố") if line.text.contains(&format!("tỉnh {name}")) => {
            format!("thành phố {name}")
        }
        _ => name.to_string(),
    };
    out.area = Some(Said::at(line, lo, hi, area));
    if body.starts_with("Sở")
        || kind == Some("tỉnh")
        || (kind == Some("thành phố") && CITIES.contains(&name))
    {
        out.province = Some(Said::at(line, lo, hi, name.to_string()));
    }
}

/// A proper name's end: capitalised words from `from`.
fn name_end(toks: &[Tok<'_>], from: usize) -> usize {
    let mut k = from;
    // Two spaces apart is another column of the header ("LÀO CAI    CỘNG HÒA …").
    while toks.get(k).is_some_and(|t| {
        t.capital() && !t.is_punct() && t.s != "UBND" && (k == from || t.lo <= toks[k - 1].hi + 1)
    }) {
        k += 1;
    }
    k
}

/// The province: "tỉnh <Name>" or "Sở GD&ĐT <Name>" in the header, the basis
/// or a web page's footer ("Cơ quan chủ quản", "Địa chỉ").
pub(super) fn province(lines: &[Line<'_>], body: usize, out: &mut Reading) {
    if out.province.is_some() {
        return;
    }
    let footer = lines.iter().filter(|l| {
        let p = l.plain();
        p.starts_with("Cơ quan chủ quản") || p.starts_with("Địa chỉ")
    });
    for line in lines[..body.min(lines.len())].iter().chain(footer) {
        let toks = tokens(&line.text);
        for i in 0..toks.len() {
            let city = at(&toks, i, "thành phố")
                && CITIES.iter().any(|c| {
                    let words = c.split(' ').count();
                    toks.get(i + 2..i + 2 + words)
                        .is_some_and(|w| w.iter().map(|t| t.s).collect::<Vec<_>>().join(" ") == *c)
                });
            // "tỉnh Lai Châu", "Tỉnh ủy Lạng Sơn", "thành phố Huế" (a city run by the centre).
            let name_at = if toks[i].lc == "tỉnh" {
                if toks
                    .get(i + 1)
                    .is_some_and(|t| t.lc == "ủy" || t.lc == "uỷ")
                {
                    i + 2
                } else {
                    i + 1
                }
            } else if city || (toks[i].s == "Sở" && toks.get(i + 1).is_some_and(|t| t.s == "GD&ĐT"))
            {
                i + 2
            } else if at(&toks, i, "sở giáo dục và đào tạo") && toks[i].s == "Sở" {
                i + 6
            } else {
                continue;
            };
            let end = name_end(&toks, name_at);
            if end > name_at {
                let name = toks[name_at..end]
                    .iter()
                    .map(|t| t.s)
                    .collect::<Vec<_>>()
                    .join(" ");
                out.province = Some(Said::at(line, toks[i].lo, toks[end - 1].hi, name));
                if let Some(area) = &mut out.area
                    && area.value == out.province.as_ref().map_or("", |p| p.value.as_str())
                    && !CITIES.contains(&area.value.as_str())
                    && out
                        .issuer
                        .as_ref()
                        .is_some_and(|i| i.value.contains("thành phố"))
                {
                    area.value = format!("thành phố {}", area.value);
                }
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::read;

    #[test]
    fn the_header_block_names_the_issuer_and_a_city_its_province() {
        let r = read(
            "ỦY BAN NHÂN DÂN\nPHƯỜNG HOA ĐÀO\nSố: 05/KH-UBND\n\nKẾ HOẠCH\nXây dựng trường chuẩn năm 2026\n\n\
             Căn cứ Kế hoạch số 12/KH-SGDĐT của Sở Giáo dục và Đào tạo thành phố Cần Thơ;\n",
        );
        assert_eq!(
            r.issuer.map(|s| s.value),
            Some("UBND phường Hoa Đào".into())
        );
        assert_eq!(r.area.map(|s| s.value), Some("Hoa Đào".into()));
        assert_eq!(r.province.map(|s| s.value), Some("Cần Thơ".into()));
        let r = read(
            "UBND HUYỆN SUỐI MÂY\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\n\nKẾ HOẠCH\nXây dựng trường chuẩn năm 2026\n",
        );
        assert_eq!(
            r.issuer.map(|s| s.value),
            Some("Phòng Giáo dục và Đào tạo huyện Suối Mây".into())
        );
    }
}
