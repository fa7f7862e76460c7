//! `kdcl init [DIR]`: a new plan repository with everything a newcomer needs
//! to start, never overwriting a file that is already there.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::commands::common::{emit, refuse};
use crate::msg;

#[derive(clap::Args, Debug)]
pub struct InitArgs {
    /// The folder [default: the current folder]
    #[arg(default_value = ".")]
    dir: PathBuf,
    /// Also draft the example area's period plan, e.g. 2026-2030
    #[arg(long, value_parser = crate::commands::common::parse_period)]
    period: Option<(i32, i32)>,
}

/// The Vietnamese of the help above (places as in the command line's table).
#[rustfmt::skip]
pub(crate) const HELP_VI: &[(&str, &str)] = &[
    ("init.dir", "Thư mục (mặc định: thư mục hiện tại)"),
    ("init.period", "Lập thêm kế hoạch giai đoạn của địa bàn mẫu, ví dụ 2026-2030"),
];

pub fn run(args: InitArgs) -> i32 {
    let dir = &args.dir;
    match init(dir, args.period) {
        Ok(outcome) => {
            let mut out = String::new();
            for path in &outcome.created {
                let path = crate::text::path::display(path);
                out.push_str(&format!("{}\n", msg!(INIT_CREATED, path = path).render()));
            }
            for path in &outcome.kept {
                let path = crate::text::path::display(path);
                out.push_str(&format!("{}\n", msg!(INIT_KEPT, path = path).render()));
            }
            out.push_str(&format!("{}\n", msg!(INIT_NEXT).render()));
            emit(&out);
            0
        }
        Err(e) => {
            let dir = dir.display();
            refuse(msg!(INIT_FAILED, dir = dir, reason = e))
        }
    }
}

const AREA: &str = "plans/lam-dong/xa-hoa-ninh";

/// The files of a new repository: the minimal example, a README for the
/// plans, the CI workflow and editor support.
fn files(period: Option<(i32, i32)>) -> Vec<(String, String)> {
    let mut files = vec![
        (
            "kdcl.toml".into(),
            "# Marks the root of the plan repository: rosters and evaluation files named\n\
             # by plans must stay inside this folder.\n"
                .into(),
        ),
        ("plans/README.md".into(), PLANS_README.into()),
        (format!("{AREA}/2026.toml"), include_str!("../../examples/minimal/plans/lam-dong/xa-hoa-ninh/2026.toml").into()),
        (format!("{AREA}/roster.csv"), include_str!("../../examples/minimal/plans/lam-dong/xa-hoa-ninh/roster.csv").into()),
        // A start for `kdcl assess`: the plan names it once the results are in.
        (format!("{AREA}/evaluation.csv"), EVALUATION.into()),
        (".github/workflows/kdcl.yml".into(), include_str!("../../docs/ci/github-workflow.yml").into()),
        ("plan.schema.json".into(), crate::render::schema::render()),
        (
            ".taplo.toml".into(),
            "# Editors with a TOML language server (taplo, Even Better TOML) check plans as you type.\n\
             [[rule]]\ninclude = [\"plans/**/*.toml\"]\nschema.path = \"plan.schema.json\"\n"
                .into(),
        ),
    ];
    if let Some((from, to)) = period {
        files.push((format!("{AREA}/{from}-{to}.toml"), period_plan(from, to)));
    }
    files
}

/// The example area's period plan: counts over the period that agree with
/// the example roster (3 of 5 schools recognised) and with the annual plan
/// (one new recognition in 2026), one new recognition in each of the
/// period's first two years.
fn period_plan(from: i32, to: i32) -> String {
    let mut by_year = String::new();
    for year in from..=to {
        let new = i32::from(year < from + 2);
        by_year.push_str(&format!("{year} = {new}\n"));
    }
    let new = (to - from + 1).min(2);
    let after = 3 + new;
    let share = after * 100 / 5;
    format!(
        "# A period plan to copy: plans/<province>/<area>/<from>-<to>.toml, beside the\n\
         # area's annual plans. Counts are over the whole period; leave out what the\n\
         # document does not state. A count may be a range: new = [2, 3].\n\
         \n\
         [plan]\n\
         title    = \"Kế hoạch xây dựng trường học đạt chuẩn quốc gia giai đoạn {from}-{to}\"\n\
         issuer   = \"UBND xã Hòa Ninh\"\n\
         area     = \"xã Hòa Ninh\"\n\
         province = \"Lâm Đồng\"\n\
         period   = \"{from}-{to}\"\n\
         roster   = \"roster.csv\"\n\
         \n\
         # \"Hiện có 03/05 trường đạt chuẩn; giai đoạn {from}-{to} có thêm {new:02} trường,\n\
         # nâng tổng số lên {after:02}/05 trường, đạt tỷ lệ {share}%\"\n\
         [targets]\n\
         recognised_before = 3\n\
         new               = {new}\n\
         recognised_after  = {after}\n\
         schools_total     = 5\n\
         recognised_share  = {share}\n\
         \n\
         # New recognitions in each year (\"năm {from}: 01 trường\"); the annual plans\n\
         # of those years are checked against them.\n\
         [targets.by_year]\n\
         {by_year}"
    )
}

/// One school's self-evaluation, a row per criterion (docs/plan-format.md).
const EVALUATION: &str = "code,criterion,level,year
HN-02,1.1,2,2026
HN-02,1.2,2,2026
HN-02,1.3,1,2026
";

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

Kết quả tự đánh giá / self-evaluation (`evaluation.csv`, `kdcl assess`):
mỗi dòng một tiêu chí / one row per criterion: `code,criterion,level,year`;
khai báo trong kế hoạch / named in the plan: `evaluation = \"evaluation.csv\"`.

Tệp `xa-hoa-ninh` là ví dụ: sửa hoặc xoá khi đã có kế hoạch thật.
The `xa-hoa-ninh` area is an example: edit or delete it once real plans are in.
";

struct Outcome {
    created: Vec<PathBuf>,
    kept: Vec<PathBuf>,
}

fn init(dir: &Path, period: Option<(i32, i32)>) -> io::Result<Outcome> {
    let mut outcome = Outcome {
        created: Vec::new(),
        kept: Vec::new(),
    };
    for (rel, text) in files(period) {
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

crate::texts! {
    pub(crate) INIT_CREATED = "init-created" {
        "created {path}",
        "đã tạo     {path}",
    }
    pub(crate) INIT_KEPT = "init-kept" {
        "kept    {path} (already there, not changed)",
        "giữ nguyên {path} (đã có, không thay đổi)",
    }
    pub(crate) INIT_NEXT = "init-next" {
        "next: edit the example area under plans/, then run `kdcl check`",
        "tiếp theo: sửa địa bàn mẫu trong plans/, rồi chạy `kdcl check`",
    }
    pub(crate) INIT_FAILED = "init-failed" {
        "cannot create the repository in {dir}: {reason}",
        "không tạo được kho kế hoạch trong {dir}: {reason}",
    }
}
