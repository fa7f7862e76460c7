//! Which column a header cell names: by name or by the Vietnamese names
//! offices give their columns.

use std::collections::HashMap;

use crate::load::csvfile::Record;
use crate::model::roster::COLUMNS;

/// A header cell as compared: no accents, lower case, words joined by `_`.
pub(super) fn header_key(raw: &str) -> String {
    let raw = raw.trim().trim_start_matches('\u{feff}');
    // ASCII, as headers mostly are, folds to its own lower case.
    let ascii = raw.is_ascii();
    let folded = if ascii {
        std::borrow::Cow::Borrowed(raw)
    } else {
        std::borrow::Cow::Owned(crate::text::words::fold(&raw.to_lowercase()))
    };
    let lower = |c: char| if ascii { c.to_ascii_lowercase() } else { c };
    let mut out = String::with_capacity(folded.len());
    for c in folded.chars().map(lower) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('_') {
            out.push('_');
        }
    }
    while out.ends_with('_') {
        out.pop();
    }
    out
}

/// Vietnamese (and spaced) names of the columns, as [`header_key`] gives them.
const ALIASES: &[(&str, &[&str])] = &[
    (
        "code",
        &["ma", "ma_truong", "ma_so", "ma_don_vi", "ma_co_so"],
    ),
    (
        "name",
        &[
            "ten",
            "ten_truong",
            "ten_don_vi",
            "ten_co_so",
            "ten_co_so_giao_duc",
            "school",
        ],
    ),
    ("kind", &["loai_hinh", "cap_hoc", "loai_truong", "bac_hoc"]),
    ("type", &["phan_loai", "loai_hinh_truong", "mo_hinh"]),
    (
        "commune",
        &[
            "xa_phuong",
            "xa",
            "phuong",
            "phuong_xa",
            "xa_phuong_thi_tran",
            "dia_ban",
        ],
    ),
    (
        "ownership",
        &["cong_lap_tu_thuc", "loai_hinh_so_huu", "so_huu"],
    ),
    ("founded", &["nam_thanh_lap", "thanh_lap"]),
    (
        "accreditation_level",
        &[
            "cap_do",
            "cap_do_kiem_dinh",
            "muc_kiem_dinh",
            "kiem_dinh_cap_do",
        ],
    ),
    (
        "accreditation_year",
        &[
            "nam_kiem_dinh",
            "nam_dat_kiem_dinh",
            "nam_cong_nhan_kiem_dinh",
        ],
    ),
    (
        "standard_level",
        &[
            "muc_do",
            "muc_do_chuan",
            "muc_do_chuan_quoc_gia",
            "muc_chuan",
            "chuan_quoc_gia_muc_do",
            "cqg_muc_do",
        ],
    ),
    (
        "standard_year",
        &[
            "nam_cong_nhan",
            "nam_dat_chuan",
            "nam_cong_nhan_chuan_quoc_gia",
            "nam_cqg",
            "nam_chuan_quoc_gia",
        ],
    ),
    ("note", &["ghi_chu"]),
];

/// The column a header cell names, by name or Vietnamese alias.
pub(super) fn column_of(key: &str) -> Option<&'static str> {
    COLUMNS.iter().copied().find(|c| *c == key).or_else(|| {
        ALIASES
            .iter()
            .find(|(_, aliases)| aliases.contains(&key))
            .map(|(c, _)| *c)
    })
}

pub(super) fn columns_of(header: &Record) -> HashMap<&'static str, usize> {
    let mut columns = HashMap::new();
    for (i, raw) in header.values.iter().enumerate() {
        if let Some(known) = column_of(&header_key(raw)) {
            columns.entry(known).or_insert(i);
        }
    }
    columns
}
