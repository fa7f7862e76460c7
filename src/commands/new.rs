//! `kdcl new --area PATH --year Y`: writes a draft of an area's plan of a
//! year, never over a file that is there.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::commands::common::{self, emit, refuse};
use crate::msg;
use crate::report::new_plan::{self, Refusal};

#[derive(clap::Args, Debug)]
pub struct NewArgs {
    /// The area's folder, e.g. plans/lam-dong/xa-hoa-ninh
    #[arg(long)]
    area: PathBuf,
    /// The year of the new plan
    #[arg(long, required_unless_present = "period", conflicts_with = "period",
        value_parser = clap::value_parser!(i32).range(
            crate::model::plan::FIRST_YEAR as i64..=crate::model::plan::LAST_YEAR as i64
        ))]
    year: Option<i32>,
    /// A period plan instead, e.g. 2026-2030: per year, the schools whose term ends
    #[arg(long, value_parser = crate::commands::common::parse_period)]
    period: Option<(i32, i32)>,
}

/// The Vietnamese of the help above (places as in the command line's table).
#[rustfmt::skip]
pub(crate) const HELP_VI: &[(&str, &str)] = &[
    ("new.area", "Thư mục của địa bàn, ví dụ plans/lam-dong/xa-hoa-ninh"),
    ("new.year", "Năm của kế hoạch mới"),
    ("new.period", "Lập kế hoạch giai đoạn, ví dụ 2026-2030: liệt kê theo từng năm các trường hết thời hạn công nhận"),
];

pub fn run(args: NewArgs) -> i32 {
    let area = args.area.as_path();
    let report = match common::load(&[area.to_path_buf()]) {
        Ok(report) => report,
        Err(status) => return status,
    };
    let year = match (args.year, args.period) {
        (_, Some(period)) => return run_period(&report, area, period),
        (Some(year), None) => year,
        (None, None) => unreachable!("clap requires --year or --period"),
    };
    match new_plan::draft(&report, area, year) {
        Ok(draft) => {
            if let Err(status) = write(&draft.path, &crate::render::new_plan::render(&draft)) {
                return status;
            }
            let path = crate::text::path::display(&draft.path);
            let renewals = draft.renewals();
            emit(&format!(
                "{}\n",
                msg!(NEW_WRITTEN, path = path, renewals = renewals).render()
            ));
            for line in &draft.not_recorded {
                emit(&format!("{line}\n"));
            }
            0
        }
        Err(Refusal::Exists(path)) => {
            let path = crate::text::path::display(&path);
            refuse(msg!(NEW_EXISTS, path = path))
        }
        Err(Refusal::NoEarlierPlan) => {
            let dir = crate::text::path::display(area);
            refuse(msg!(NEW_NO_EARLIER_PLAN, year = year, dir = dir))
        }
    }
}

fn run_period(report: &crate::model::report::Report, area: &Path, period: (i32, i32)) -> i32 {
    match new_plan::draft_period(report, area, period) {
        Ok(draft) => {
            let text = crate::render::new_plan::render_period(&draft);
            if let Err(status) = write(&draft.path, &text) {
                return status;
            }
            let path = crate::text::path::display(&draft.path);
            emit(&format!(
                "{}\n",
                msg!(NEW_PERIOD_WRITTEN, path = path).render()
            ));
            0
        }
        Err(Refusal::Exists(path)) => {
            let path = crate::text::path::display(&path);
            refuse(msg!(NEW_EXISTS, path = path))
        }
        Err(Refusal::NoEarlierPlan) => {
            let dir = crate::text::path::display(area);
            refuse(msg!(NEW_NO_EARLIER_PLAN, year = period.0, dir = dir))
        }
    }
}

/// Writes the draft to a new file; `Err(2)` when it cannot.
fn write(path: &Path, text: &str) -> Result<(), i32> {
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .and_then(|mut f| f.write_all(text.as_bytes()))
        .map_err(|e| {
            eprintln!("kdcl: {}: {e}", path.display());
            common::CANNOT
        })
}

crate::texts! {
    pub(crate) NEW_EXISTS = "new-exists" {
        "{path} exists already; kdcl new never overwrites a plan",
        "{path} đã có; kdcl new không ghi đè kế hoạch đã có",
    }
    pub(crate) NEW_NO_EARLIER_PLAN = "new-no-earlier-plan" {
        "there is no plan of a year before {year} in {dir} to draft from",
        "trong {dir} không có kế hoạch của năm nào trước năm {year} để làm căn cứ lập dự thảo",
    }
    pub(crate) NEW_PERIOD_WRITTEN = "new-period-written" {
        "wrote {path}: the terms ending in each year are listed beside [targets.by_year]; fill in the targets, then run `kdcl check`",
        "đã ghi {path}: các trường hết thời hạn công nhận từng năm được liệt kê cạnh [targets.by_year]; hãy điền chỉ tiêu, rồi chạy `kdcl check`",
    }
    pub(crate) NEW_WRITTEN = "new-written" {
        "wrote {path}: {renewals} {renewals:renewal/renewals} due; fill in the targets, then run `kdcl check`",
        "đã ghi {path}: {renewals} trường đến hạn công nhận lại; hãy điền chỉ tiêu, rồi chạy `kdcl check`",
    }
}
