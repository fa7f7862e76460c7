//! `kdcl init [DIR]`: a new plan repository with everything a newcomer needs
//! to start, never overwriting a file that is already there.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

const AREA: &str = "plans/lam-dong/xa-hoa-ninh";

/// The files of a new repository: the minimal example, a README for the
/// plans, the CI workflow and editor support.
fn files() -> Vec<(String, String)> {
    vec![
        (
            "kdcl.toml".into(),
            "# Marks the root of the plan repository: rosters and evaluation files named\n\
             # by plans must stay inside this folder.\n"
                .into(),
        ),
        ("plans/README.md".into(), PLANS_README.into()),
        (format!("{AREA}/2026.toml"), include_str!("../../examples/minimal/plans/lam-dong/xa-hoa-ninh/2026.toml").into()),
        (format!("{AREA}/roster.csv"), include_str!("../../examples/minimal/plans/lam-dong/xa-hoa-ninh/roster.csv").into()),
        (".github/workflows/kdcl.yml".into(), include_str!("../../docs/ci/github-workflow.yml").into()),
        ("plan.schema.json".into(), crate::render::schema::render()),
        (
            ".taplo.toml".into(),
            "# Editors with a TOML language server (taplo, Even Better TOML) check plans as you type.\n\
             [[rule]]\ninclude = [\"plans/**/*.toml\"]\nschema.path = \"plan.schema.json\"\n"
                .into(),
        ),
    ]
}

const PLANS_README: &str = "# Kế hoạch / Plans

Mỗi địa bàn một thư mục, mỗi năm một tệp kế hoạch:
One folder per area, one plan file per year:

```
plans/<tỉnh>/<địa bàn>/<năm>.toml     kế hoạch năm / the year's plan
plans/<tỉnh>/<địa bàn>/roster.csv     danh sách trường / the area's schools
```

Kiểm tra / Check: `kdcl check`

Cột của danh sách trường / roster columns:

| cột / column | nghĩa / meaning |
|---|---|
| code | mã trường / school code |
| name | tên trường / school name |
| kind | loại hình: MN, MG, NT, TH, THCS, THPT, TH-THCS … / school type |
| type | PTDTBT, PTDTNT, chuyên … |
| commune | xã, phường / commune, ward |
| ownership | công lập, tư thục / public, private |
| founded | năm thành lập / year founded |
| accreditation_level | cấp độ kiểm định (1–4) / accreditation level |
| accreditation_year | năm đạt cấp độ / year of that level |
| standard_level | mức độ đạt chuẩn quốc gia (1–2) / national-standard level |
| standard_year | năm công nhận gần nhất / year of the latest recognition |
| note | ghi chú (sáp nhập, đổi tên …) / note (merger, renaming …) |

Tệp `xa-hoa-ninh` là ví dụ: sửa hoặc xoá khi đã có kế hoạch thật.
The `xa-hoa-ninh` area is an example: edit or delete it once real plans are in.
";

pub struct Outcome {
    pub created: Vec<PathBuf>,
    pub kept: Vec<PathBuf>,
}

pub fn init(dir: &Path) -> io::Result<Outcome> {
    let mut outcome = Outcome {
        created: Vec::new(),
        kept: Vec::new(),
    };
    for (rel, text) in files() {
        let path = dir.join(&rel);
        if path.exists() || path.is_symlink() {
            outcome.kept.push(PathBuf::from(rel));
            continue;
        }
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        // create_new: a file appearing in between is still not overwritten.
        use std::io::Write;
        fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)?
            .write_all(text.as_bytes())?;
        outcome.created.push(PathBuf::from(rel));
    }
    Ok(outcome)
}
