//! Folder and file names with Vietnamese letters, as offices name them on
//! Windows and elsewhere: read, and shown as written with `/` between parts
//! in every output (the JSON contract's paths).

mod common;

use std::fs;

use common::{kdcl, repo};

#[test]
fn vietnamese_folder_names_are_read_and_shown_as_written() {
    let tmp = tempfile::tempdir().unwrap();
    let area = tmp.path().join("plans/lâm-đồng/xã-hòa-ninh");
    fs::create_dir_all(&area).unwrap();
    let example = repo().join("examples/minimal/plans/lam-dong/xa-hoa-ninh");
    // The example with a mistake to report, and its roster renamed.
    let plan = fs::read_to_string(example.join("2026.toml"))
        .unwrap()
        .replace("new              = 1", "new              = 2")
        .replace("\"roster.csv\"", "\"danh-sách-trường.csv\"");
    fs::write(area.join("2026.toml"), plan).unwrap();
    fs::copy(
        example.join("roster.csv"),
        area.join("danh-sách-trường.csv"),
    )
    .unwrap();

    let json = kdcl(tmp.path(), &["check", "plans", "--format", "json"]).json();
    let file = &json["diagnostics"][0]["file"];
    assert_eq!(file, "plans/lâm-đồng/xã-hòa-ninh/2026.toml", "{json}");
    assert_eq!(json["diagnostics"][0]["code"], "KD101");
    assert_eq!(json["files_checked"], 2);

    let human = kdcl(tmp.path(), &["check", "plans/lâm-đồng"]).stdout;
    assert!(
        human.contains("--> plans/lâm-đồng/xã-hòa-ninh/2026.toml:"),
        "{human}"
    );
}
