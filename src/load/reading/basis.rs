//! The basis: the opening "Căn cứ …", "Thực hiện …", "Theo đề nghị … tại Tờ
//! trình số …" paragraphs, one entry per document cited (one phrase citing
//! three circulars gives three).

use super::header::BASIS_OPENERS;
use super::tokens::{Line, Tok, tokens};
use super::{Reading, Said};

/// The kinds of document a basis cites, as written before "số".
const DOCUMENT_KINDS: &[&str] = &[
    "kế hoạch",
    "thông tư",
    "quyết định",
    "công văn",
    "tờ trình",
    "nghị quyết",
    "thông báo",
    "chỉ thị",
    "nghị định",
    "hướng dẫn",
    "kết luận",
    "văn bản",
];

pub(super) fn read(lines: &[Line<'_>], out: &mut Reading) {
    let mut in_basis = false;
    for line in lines {
        let lc = line.plain().to_lowercase();
        if line.is_blank() {
            continue;
        }
        in_basis = BASIS_OPENERS.iter().any(|o| lc.starts_with(o))
            || (in_basis && !lc.contains("xây dựng kế hoạch") && !lc.contains("ban hành kế hoạch"));
        if in_basis || BASIS_OPENERS.iter().any(|o| lc.starts_with(o)) {
            entries(line, out);
        }
    }
}

/// A document symbol: "273/KH-UBND", "17/2018/TT-BGDĐT", "1556-QĐ/TU".
fn is_symbol(t: &Tok<'_>) -> bool {
    t.s.contains('/')
        && t.s.chars().next().is_some_and(|c| c.is_ascii_digit())
        && t.s.chars().any(char::is_uppercase)
}

fn entries(line: &Line<'_>, out: &mut Reading) {
    let toks = tokens(&line.text);
    let mut kind: Option<(usize, &str)> = None;
    for (i, t) in toks.iter().enumerate() {
        if let Some(k) = DOCUMENT_KINDS
            .iter()
            .find(|k| super::tokens::at(&toks, i, k))
        {
            kind = Some((i, k));
        }
        if t.lc == ";" {
            // A list of symbols after one kind ("Thông tư số 17/…; 18/…") keeps the kind.
            continue;
        }
        if !is_symbol(t) {
            continue;
        }
        // The entry: from its kind word (or the symbol) to the end of its clause.
        let start = match kind {
            Some((k, _)) if i - k <= 3 => toks[k].lo,
            _ => t.lo,
        };
        let mut end = i + 1;
        while let Some(n) = toks.get(end) {
            let next_kind = DOCUMENT_KINDS
                .iter()
                .any(|k| super::tokens::at(&toks, end, k))
                && toks.get(end + 1).is_some_and(|s| s.lc == "số");
            if n.s == ";" || is_symbol(n) || next_kind || issuing(&toks, end) {
                break;
            }
            end += 1;
        }
        let mut hi = toks[end - 1].hi;
        if toks[end - 1].s == "," || toks[end - 1].s == "." {
            hi = toks[end - 1].lo;
        }
        let mut text = line.text[start..hi]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if start == t.lo
            && let Some((_, k)) = kind
        {
            let mut cap = k.chars();
            let first = cap
                .next()
                .map(|c| c.to_uppercase().collect::<String>())
                .unwrap_or_default();
            text = format!("{first}{} số {text}", cap.as_str());
        }
        let text = text
            .trim_end_matches([',', ';', '.', ' '])
            .replace(" ,", ",");
        let mut said = Said::at(line, start, hi, text);
        said.words = said.words.trim_end_matches([',', ';', '.']).to_string();
        if !out.basis.iter().any(|b| b.value == said.value) {
            out.basis.push(said);
        }
    }
}

/// ", Ủy ban nhân dân huyện … xây dựng Kế hoạch": the basis is over.
fn issuing(toks: &[Tok<'_>], i: usize) -> bool {
    toks[i].s == ","
        && toks[i + 1..].iter().take(12).enumerate().any(|(k, _)| {
            super::tokens::at(toks, i + 1 + k, "xây dựng")
                || super::tokens::at(toks, i + 1 + k, "ban hành")
        })
}

#[cfg(test)]
mod tests {
    use super::super::read;

    #[test]
    fn one_entry_per_cited_document() {
        let r = read(
            "KẾ HOẠCH\nKiểm định năm 2021\n\n\
             Thực hiện Thông tư số 17/2018/TT-BGDĐT; 18/2018/TT-BGDĐT; 19/2018/TT-BGDĐT ngày 22/8/2018 của Bộ Giáo dục và Đào tạo;\n\
             Theo đề nghị của Phòng Giáo dục và Đào tạo tại tờ trình số 14/TTr-PGDĐT ngày 19/01/2024, UBND thành phố Biên Hòa xây dựng Kế hoạch như sau:\n\n\
             I. MỤC ĐÍCH\nTheo Thông tư số 13/2020/TT-BGDĐT.",
        );
        let cited: Vec<_> = r
            .basis
            .iter()
            .filter_map(|b| {
                b.value
                    .split_whitespace()
                    .find(|w| w.contains('/'))
                    .map(str::to_string)
            })
            .collect();
        assert_eq!(
            cited,
            [
                "17/2018/TT-BGDĐT",
                "18/2018/TT-BGDĐT",
                "19/2018/TT-BGDĐT",
                "14/TTr-PGDĐT"
            ]
        );
    }
}
