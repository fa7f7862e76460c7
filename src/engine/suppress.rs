//! What happens to findings after the rules ran: severities the repository
//! overrides (`kdcl.toml`), findings a plan accepts (`[[allow]]`, with a
//! required reason and an optional end date), and findings recorded in a
//! baseline when kdcl is adopted on an existing repository.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use std::path::Path;

use crate::diag::diagnostic::{Diagnostic, Message, Severity};
use crate::diag::rule::Rule;
use crate::model::name;
use crate::model::report::Report;
use crate::msg;
use crate::rules;

/// Today, or `KDCL_TODAY` (YYYY-MM-DD) so runs can be reproduced; a
/// `KDCL_TODAY` that is set but is not a date is refused with the sentence
/// that says so, never ignored.
pub fn today_or_refusal() -> Result<NaiveDate, Message> {
    match std::env::var_os("KDCL_TODAY").filter(|v| !v.is_empty()) {
        None => Ok(chrono::Local::now().date_naive()),
        Some(value) => {
            let value = value.to_string_lossy();
            NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d")
                .map_err(|_| msg!(BAD_TODAY, value = value.escape_debug()))
        }
    }
}

/// Changes the severity of every finding of the overridden rules.
pub fn override_severities(report: &mut Report, overrides: &[(&'static Rule, Severity)]) {
    for d in &mut report.diagnostics {
        if let Some((_, severity)) = overrides.iter().find(|(r, _)| std::ptr::eq(*r, d.rule)) {
            d.severity = *severity;
        }
    }
}

fn same_school(written: &str, found: Option<&str>) -> bool {
    let Some(found) = found else { return false };
    if written.trim().to_lowercase() == found.trim().to_lowercase() {
        return true;
    }
    let (a, b) = (name::key(written), name::key(found));
    a.kind == b.kind && a.exact == b.exact
}

/// Applies every plan's `[[allow]]` tables to the findings in that plan's
/// file, adding its own findings last, unsorted. Returns how many findings
/// were suppressed.
pub fn apply_allows(report: &mut Report, today: NaiveDate) -> usize {
    let mut added = Vec::new();
    let mut suppressed = 0;
    for checked in &report.plans {
        let plan = &checked.plan;
        for allow in &plan.allows {
            let rule = allow.rule.value;
            let reason = allow.reason.as_ref().filter(|r| !r.value.trim().is_empty());
            if reason.is_none() {
                added.push(
                    Diagnostic::new(
                        &rules::ALLOW_WITHOUT_REASON,
                        msg!(ALLOW_WITHOUT_REASON, code = rule.code),
                    )
                    .at(&plan.file, allow.rule.span.clone())
                    .help(msg!(ALLOW_WITHOUT_REASON_HELP)),
                );
                continue;
            }
            if let Some(until) = &allow.until
                && until.value < today
            {
                let until_shown = until.value.format("%d/%m/%Y");
                added.push(
                    Diagnostic::new(
                        &rules::ALLOW_EXPIRED,
                        msg!(ALLOW_EXPIRED, code = rule.code, until = until_shown),
                    )
                    .at(&plan.file, until.span.clone())
                    .help(msg!(ALLOW_EXPIRED_HELP)),
                );
                continue;
            }
            let before = report.diagnostics.len();
            let school = allow.school.as_ref().map(|s| s.value.as_str());
            report.diagnostics.retain(|d| {
                let covered = std::ptr::eq(d.rule, rule)
                    && d.path() == plan.file.path
                    && school.is_none_or(|s| same_school(s, d.school.as_deref()));
                !covered
            });
            let removed = before - report.diagnostics.len();
            suppressed += removed;
            if removed == 0 {
                let what = match school {
                    Some(s) => msg!(ALLOW_UNUSED_SCHOOL, code = rule.code, school = s),
                    None => msg!(ALLOW_UNUSED, code = rule.code),
                };
                added.push(
                    Diagnostic::new(&rules::ALLOW_UNUSED, what)
                        .at(&plan.file, allow.span.clone())
                        .help(msg!(ALLOW_UNUSED_HELP)),
                );
            }
        }
    }
    report.diagnostics.extend(added);
    // The caller puts every finding in order once (a stable sort: the order
    // here is kept among findings that sort alike).
    suppressed
}

/// Findings recorded when kdcl was adopted, keyed by file, rule and school —
/// not by line, so editing a plan does not bring them back.
#[derive(Debug, Serialize, Deserialize)]
pub struct Baseline {
    pub version: u32,
    pub findings: Vec<Recorded>,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Recorded {
    pub file: String,
    pub code: String,
    /// The rule's slug, for the reader; the code is what counts.
    pub rule: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub school: Option<String>,
    /// How many findings share this key.
    pub count: usize,
}

type Key = (String, String, Option<String>);

fn key(d: &Diagnostic) -> Key {
    (
        d.path().to_string(),
        d.rule.code.to_string(),
        d.school.clone(),
    )
}

impl Baseline {
    pub fn of(report: &Report) -> Baseline {
        let mut counts: BTreeMap<Key, (String, usize)> = BTreeMap::new();
        for d in &report.diagnostics {
            counts
                .entry(key(d))
                .or_insert_with(|| (d.rule.slug.to_string(), 0))
                .1 += 1;
        }
        Baseline {
            version: 1,
            findings: counts
                .into_iter()
                .map(|((file, code, school), (rule, count))| Recorded {
                    file,
                    code,
                    rule,
                    school,
                    count,
                })
                .collect(),
        }
    }

    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).expect("plain data");
        text.push('\n');
        text
    }

    pub fn parse(text: &str) -> Result<Baseline, String> {
        let baseline: Baseline = serde_json::from_str(text).map_err(|e| e.to_string())?;
        if baseline.version != 1 {
            return Err(format!(
                "version {} is not one this kdcl reads (1)",
                baseline.version
            ));
        }
        Ok(baseline)
    }

    /// Reads a baseline through the guarded reader (a regular file of at
    /// most `max_file_size` bytes, never a pipe, never a link out of the
    /// repository). The error is the reason, as a sentence.
    pub fn read(path: &Path, max_file_size: u64) -> Result<Baseline, String> {
        let bytes = crate::load::limits::read_file(path, max_file_size)?;
        let text = String::from_utf8(bytes).map_err(|_| msg!(BASELINE_NOT_JSON).render())?;
        Baseline::parse(&text)
    }

    /// Writes the baseline to `path`, never over a file kdcl reads or a
    /// file that is not a kdcl baseline, never through a link, never into a
    /// pipe: an existing `path` must be a regular file holding a baseline.
    /// The new text goes to a file beside it first, then takes its name, so
    /// an interrupted run leaves the old baseline whole.
    pub fn write(&self, path: &Path) -> Result<(), Message> {
        let shown = crate::text::path::display(path);
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let read_by_kdcl = name == "kdcl.toml"
            || crate::model::plan::plan_year(path).is_some()
            || crate::load::spreadsheet::is_workbook(path)
            || path.extension().is_some_and(|e| e == "csv" || e == "toml");
        if read_by_kdcl {
            return Err(msg!(BASELINE_OVER_INPUT, path = shown));
        }
        if let Ok(meta) = std::fs::symlink_metadata(path) {
            if meta.file_type().is_symlink() {
                return Err(msg!(BASELINE_OVER_LINK, path = shown));
            }
            let limit = crate::load::limits::DEFAULT_MAX_FILE_SIZE;
            if !meta.is_file() || Baseline::read(path, limit).is_err() {
                return Err(msg!(BASELINE_OVER_OTHER, path = shown));
            }
        }
        let dir = path.parent().filter(|d| !d.as_os_str().is_empty());
        let fresh = dir
            .unwrap_or(Path::new("."))
            .join(format!(".{name}.kdcl-{}", std::process::id()));
        let written = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&fresh)
            .and_then(|mut f| std::io::Write::write_all(&mut f, self.to_json().as_bytes()))
            .and_then(|_| std::fs::rename(&fresh, path));
        written.map_err(|e| {
            let _ = std::fs::remove_file(&fresh);
            let reason = crate::load::discover::io_reason(&e);
            msg!(BASELINE_NOT_WRITTEN, path = shown, reason = reason)
        })
    }

    /// Removes the recorded findings, as many of each key as were recorded.
    /// Returns how many were suppressed.
    pub fn apply(&self, report: &mut Report) -> usize {
        let mut left: BTreeMap<Key, usize> = self
            .findings
            .iter()
            .map(|r| ((r.file.clone(), r.code.clone(), r.school.clone()), r.count))
            .collect();
        let before = report.diagnostics.len();
        report.diagnostics.retain(|d| match left.get_mut(&key(d)) {
            Some(n) if *n > 0 => {
                *n -= 1;
                false
            }
            _ => true,
        });
        before - report.diagnostics.len()
    }
}

crate::texts! {
    pub(crate) BAD_TODAY = "bad-today" {
        "KDCL_TODAY is \"{value}\", not a date written YYYY-MM-DD (e.g. 2026-06-01); unset it to use today",
        "KDCL_TODAY đang là \"{value}\", không phải ngày viết theo dạng YYYY-MM-DD (ví dụ 2026-06-01); bỏ biến này để dùng ngày hôm nay",
    }
    pub(crate) BASELINE_NOT_JSON = "baseline-not-json" {
        "it is not UTF-8 text, so not a kdcl baseline",
        "tệp không phải văn bản UTF-8 nên không phải tệp đường cơ sở của kdcl",
    }
    pub(crate) BASELINE_OVER_INPUT = "baseline-over-input" {
        "{path} is named as kdcl's input files are (plans, rosters, kdcl.toml); a baseline is never written there: name it e.g. kdcl-baseline.json",
        "{path} có tên như các tệp kdcl đọc vào (kế hoạch, danh sách trường, kdcl.toml); không ghi đường cơ sở vào đó: hãy đặt tên khác, ví dụ kdcl-baseline.json",
    }
    pub(crate) BASELINE_OVER_LINK = "baseline-over-link" {
        "{path} is a symbolic link; a baseline is never written through a link: name the file itself",
        "{path} là liên kết tượng trưng (symbolic link); không ghi đường cơ sở qua liên kết: hãy ghi tên chính tệp đó",
    }
    pub(crate) BASELINE_OVER_OTHER = "baseline-over-other" {
        "{path} exists and is not a kdcl baseline; a baseline is written only over an earlier one: name a new file",
        "{path} đã có và không phải tệp đường cơ sở của kdcl; chỉ ghi đè lên tệp đường cơ sở cũ: hãy đặt tên tệp mới",
    }
    pub(crate) BASELINE_NOT_WRITTEN = "baseline-not-written" {
        "cannot write the baseline {path}: {reason}",
        "không ghi được tệp đường cơ sở {path}: {reason}",
    }
    pub(crate) ALLOW_WITHOUT_REASON = "allow-without-reason" {
        "this [[allow]] for {code} has no reason, so it suppresses nothing",
        "mục [[allow]] cho {code} không ghi lý do nên không có hiệu lực",
    }
    pub(crate) ALLOW_WITHOUT_REASON_HELP = "allow-without-reason-help" {
        "add reason = \"…\": why the finding is accepted, for the next reader of the plan",
        "thêm reason = \"…\": lý do chấp nhận phát hiện này, để người đọc kế hoạch sau hiểu được",
    }
    pub(crate) ALLOW_EXPIRED = "allow-expired" {
        "this [[allow]] for {code} ended on {until}: its findings are reported again",
        "mục [[allow]] cho {code} đã hết hạn ngày {until}: các phát hiện được báo lại",
    }
    pub(crate) ALLOW_EXPIRED_HELP = "allow-expired-help" {
        "fix what the findings say, or write a later `until` with a new reason",
        "sửa theo nội dung phát hiện, hoặc ghi ngày `until` mới kèm lý do mới",
    }
    pub(crate) ALLOW_UNUSED = "allow-unused" {
        "this [[allow]] for {code} suppresses nothing any more",
        "mục [[allow]] cho {code} không còn bỏ qua phát hiện nào",
    }
    pub(crate) ALLOW_UNUSED_SCHOOL = "allow-unused-school" {
        "this [[allow]] for {code} at \"{school}\" suppresses nothing any more",
        "mục [[allow]] cho {code} tại \"{school}\" không còn bỏ qua phát hiện nào",
    }
    pub(crate) ALLOW_UNUSED_HELP = "allow-unused-help" {
        "remove it: a stale suppression would hide the next, different problem",
        "xóa mục này: để lại sẽ che mất vấn đề khác phát sinh sau",
    }
}
