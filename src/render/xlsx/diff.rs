//! `kdcl diff --format xlsx`: the changes of every area compared, a sheet
//! per kind of change, and the findings.

use crate::msg;
use crate::render::summary::grid::{SUMMARY_COL_AREA, SUMMARY_COL_PROVINCE};
use crate::render::xlsx::check::{XLSX_SCHOOL, findings};
use crate::render::xlsx::summary::XLSX_NOTE_TARGET;
use crate::render::xlsx::{Sheet, Value};
use crate::report::diff::{AreaDiff, Diff, Listed, report};

/// A sheet whose rows start with the area, its province and the years compared.
fn sheet(
    name: crate::diag::diagnostic::Message,
    rest: &[crate::diag::diagnostic::Message],
) -> Sheet {
    let mut header = vec![
        msg!(SUMMARY_COL_AREA).render(),
        msg!(SUMMARY_COL_PROVINCE).render(),
        msg!(XLSX_FROM).render(),
        msg!(XLSX_TO).render(),
    ];
    header.extend(rest.iter().map(|m| m.render()));
    Sheet::new(name.render(), header)
}

fn lead(a: &AreaDiff) -> Vec<Value> {
    vec![
        Value::text(&a.area),
        Value::text(&a.province),
        Value::Number(f64::from(a.from)),
        Value::Number(f64::from(a.to)),
    ]
}

fn listed(l: &Option<Listed>) -> [Value; 2] {
    match l {
        Some(l) => [Value::maybe(l.action), Value::count(l.level)],
        None => [Value::Empty, Value::Empty],
    }
}

/// The sheets of `kdcl diff`: targets, schools, after-state, roster, findings.
pub fn diff(diff: &Diff) -> Vec<Sheet> {
    let mut targets = sheet(
        msg!(XLSX_DIFF_TARGETS),
        &[msg!(XLSX_NOTE_TARGET), msg!(XLSX_OLD), msg!(XLSX_NEW)],
    );
    let mut schools = sheet(
        msg!(XLSX_DIFF_SCHOOLS),
        &[
            msg!(XLSX_SCHOOL),
            msg!(XLSX_SCHOOL_CODE),
            msg!(XLSX_CHANGE),
            msg!(XLSX_OLD_ACTION),
            msg!(XLSX_OLD_LEVEL),
            msg!(XLSX_NEW_ACTION),
            msg!(XLSX_NEW_LEVEL),
        ],
    );
    let mut after = sheet(
        msg!(XLSX_DIFF_AFTER),
        &[
            msg!(XLSX_NOTE_TARGET),
            msg!(XLSX_OLD),
            msg!(XLSX_NEW),
            msg!(XLSX_OLD_STATED),
            msg!(XLSX_NEW_STATED),
        ],
    );
    let mut roster = sheet(
        msg!(XLSX_DIFF_ROSTER),
        &[
            msg!(XLSX_SCHOOL),
            msg!(XLSX_SCHOOL_CODE),
            msg!(XLSX_CHANGE),
            msg!(XLSX_ROSTER_NOTE),
        ],
    );
    let yes = |b: bool| Value::text(if b { "*" } else { "" });
    for a in &diff.areas {
        for t in &a.targets {
            let mut row = lead(a);
            row.extend([
                Value::text(&t.key),
                Value::count(t.old),
                Value::count(t.new),
            ]);
            targets.rows.push(row);
        }
        for s in &a.schools {
            let mut row = lead(a);
            row.extend([
                Value::text(&s.school),
                Value::maybe(s.code.as_deref()),
                Value::text(s.change),
            ]);
            row.extend(listed(&s.old));
            row.extend(listed(&s.new));
            schools.rows.push(row);
        }
        for f in &a.after {
            let mut row = lead(a);
            row.extend([
                Value::text(f.key),
                Value::count(f.old),
                Value::count(f.new),
                yes(f.old_stated),
                yes(f.new_stated),
            ]);
            after.rows.push(row);
        }
        for r in &a.roster {
            let mut row = lead(a);
            row.extend([
                Value::text(&r.school),
                Value::text(&r.code),
                Value::text(r.change),
                Value::maybe(r.note.as_deref()),
            ]);
            roster.rows.push(row);
        }
    }
    vec![targets, schools, after, roster, findings(&report(diff))]
}

crate::texts! {
    pub(crate) XLSX_FROM = "xlsx-from" {
        "From",
        "Năm trước",
    }
    pub(crate) XLSX_TO = "xlsx-to" {
        "To",
        "Năm sau",
    }
    pub(crate) XLSX_OLD = "xlsx-old" {
        "Old",
        "Trước",
    }
    pub(crate) XLSX_NEW = "xlsx-new" {
        "New",
        "Sau",
    }
    pub(crate) XLSX_DIFF_TARGETS = "xlsx-diff-targets" {
        "Targets",
        "Chỉ tiêu",
    }
    pub(crate) XLSX_DIFF_SCHOOLS = "xlsx-diff-schools" {
        "Schools listed",
        "Trường trong kế hoạch",
    }
    pub(crate) XLSX_DIFF_AFTER = "xlsx-diff-after" {
        "After the plans",
        "Sau kế hoạch",
    }
    pub(crate) XLSX_DIFF_ROSTER = "xlsx-diff-roster" {
        "Roster",
        "Danh sách trường",
    }
    pub(crate) XLSX_SCHOOL_CODE = "xlsx-school-code" {
        "Code",
        "Mã",
    }
    pub(crate) XLSX_CHANGE = "xlsx-change" {
        "Change",
        "Thay đổi",
    }
    pub(crate) XLSX_OLD_ACTION = "xlsx-old-action" {
        "Old action",
        "Hoạt động trước",
    }
    pub(crate) XLSX_OLD_LEVEL = "xlsx-old-level" {
        "Old level",
        "Mức độ trước",
    }
    pub(crate) XLSX_NEW_ACTION = "xlsx-new-action" {
        "New action",
        "Hoạt động sau",
    }
    pub(crate) XLSX_NEW_LEVEL = "xlsx-new-level" {
        "New level",
        "Mức độ sau",
    }
    pub(crate) XLSX_OLD_STATED = "xlsx-old-stated" {
        "Old as stated (*)",
        "Trước theo kế hoạch ghi (*)",
    }
    pub(crate) XLSX_NEW_STATED = "xlsx-new-stated" {
        "New as stated (*)",
        "Sau theo kế hoạch ghi (*)",
    }
    pub(crate) XLSX_ROSTER_NOTE = "xlsx-roster-note" {
        "Note",
        "Ghi chú",
    }
}
