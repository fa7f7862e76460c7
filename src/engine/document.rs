//! `kdcl check DOCUMENT`: the plan read from a document, as the draft `kdcl
//! import` writes, loaded and checked as a plan file is, with the roster
//! beside the document (or the one named); then every finding moved from the
//! draft to the place in the document its value was read from.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::load::files::{Loaded, RosterOptions, load_roster};
use crate::model::report::CheckedPlan;
use crate::model::roster::Roster;
use crate::msg;
use crate::rules;
use crate::rules::context::PlanContext;
use crate::rules::schools::spelt_two_ways::{self, Written};
use crate::text::source::{SourceFile, Span};

/// A document's text, and the draft read from it with the place in the
/// document of each of its lines.
pub struct Drafted<'d> {
    /// The document as findings show it: its path and its extracted text.
    pub document: Arc<SourceFile>,
    pub draft: &'d str,
    /// For each line of the draft (from 0): the document's (line, column).
    pub places: &'d [Option<(usize, usize)>],
    /// The plan is a province's (UBND tỉnh, Sở GD&ĐT): it may state counts only.
    pub province: bool,
    /// Every school name the document writes: (name, line, column).
    pub mentions: &'d [(String, usize, usize)],
}

/// Checks the plan a document states; findings point into the document.
/// `roster`: the roster named on the command line, else the one beside the
/// document (`roster-<year>.csv`, then `roster.csv`).
pub fn check(
    d: &Drafted<'_>,
    roster: Option<&Path>,
    year: Option<i32>,
    max_file_size: u64,
) -> Sink {
    let mut sink = Vec::new();
    let draft = Arc::new(SourceFile::new(d.document.path.clone(), d.draft));
    let roster = roster
        .map(Path::to_path_buf)
        .or_else(|| beside(Path::new(&d.document.path), year))
        .and_then(|path| read_roster(&path, max_file_size, &mut sink));
    if let Some(plan) = crate::load::plan::load(&draft, &mut sink) {
        let schools = match &roster {
            Some(r) => rules::schools::match_entries(&plan, r, &mut sink),
            None => {
                rules::schools::duplicates_without_roster(&plan, &mut sink);
                Vec::new()
            }
        };
        let checked = CheckedPlan {
            path: PathBuf::from(&d.document.path),
            plan,
            roster,
            schools,
            evaluation: None,
            province: d.province,
        };
        if checked.roster.is_none() {
            // One school spelt two ways: its entry and a name in a duty or a paragraph.
            let written: Vec<Written<'_>> = d
                .mentions
                .iter()
                .map(|(name, line, column)| Written {
                    name,
                    file: &d.document,
                    span: place(&d.document, *line, *column, name.len()),
                })
                .collect();
            spelt_two_ways::elsewhere(&checked.plan, &written, &mut sink);
        }
        rules::run(&PlanContext::of(&checked), &mut sink);
    }
    for finding in &mut sink {
        not_said(finding, &d.document);
        relocate(finding, &draft, d);
    }
    sink
}

/// A header value the document does not state (many a commune's plan never
/// names its province): not a mistake the reader can correct in a published
/// document, so a note on the document as a whole that says what was not
/// checked and how to supply it, instead of an error about a TOML key.
fn not_said(finding: &mut Diagnostic, document: &Arc<SourceFile>) {
    if !std::ptr::eq(finding.rule, &rules::MISSING_KEY) {
        return;
    }
    let Some((_, key)) = finding.message.args.iter().find(|(k, _)| *k == "key") else {
        return;
    };
    let (what, note) = match key.as_str() {
        "plan.province" => (msg!(WHAT_PROVINCE), true),
        "plan.area" => (msg!(WHAT_AREA), true),
        "plan.issuer" => (msg!(WHAT_ISSUER), true),
        "plan.title" => (msg!(WHAT_TITLE), true),
        "plan.year" => (msg!(WHAT_YEAR), false),
        _ => return,
    };
    let key = key.trim_start_matches("plan.").to_string();
    let what = what.render();
    finding.message = if note {
        msg!(NOT_SAID, what = what)
    } else {
        msg!(YEAR_NOT_SAID)
    };
    finding.help = vec![msg!(NOT_SAID_HELP, what = what, key = key)];
    if note {
        finding.severity = crate::diag::severity::Severity::Note;
    }
    finding.file = Some(document.clone());
    finding.span = None;
}

crate::texts! {
    pub(crate) NOT_SAID = "document-not-said" {
        "the document does not name its {what}; the plan was checked without it",
        "văn bản không ghi {what}; kế hoạch đã được kiểm tra mà không có thông tin này",
    }
    pub(crate) YEAR_NOT_SAID = "document-year-not-said" {
        "the document does not say which year its plan is for, so what depends on the year (renewals due, deadlines, the circulars in force) could not be checked",
        "văn bản không ghi năm của kế hoạch, nên không kiểm tra được các nội dung phụ thuộc vào năm (công nhận lại đến hạn, thời hạn, thông tư áp dụng)",
    }
    pub(crate) NOT_SAID_HELP = "document-not-said-help" {
        "to check the plan with it, make a plan file from the document with `kdcl import` and write its {what} there (`{key} = …`)",
        "để kiểm tra cả thông tin này, tạo tệp kế hoạch từ văn bản bằng `kdcl import` rồi ghi {what} vào đó (`{key} = …`)",
    }
    pub(crate) WHAT_PROVINCE = "document-what-province" {
        "province (tỉnh)",
        "tỉnh",
    }
    pub(crate) WHAT_AREA = "document-what-area" {
        "area (commune, ward or district)",
        "địa bàn (xã, phường hoặc huyện)",
    }
    pub(crate) WHAT_ISSUER = "document-what-issuer" {
        "issuing body",
        "cơ quan ban hành",
    }
    pub(crate) WHAT_TITLE = "document-what-title" {
        "title",
        "tên văn bản",
    }
    pub(crate) WHAT_YEAR = "document-what-year" {
        "plan year",
        "năm của kế hoạch",
    }
}

/// `roster-<year>.csv` or `roster.csv` in the document's folder.
fn beside(document: &Path, year: Option<i32>) -> Option<PathBuf> {
    let dir = document.parent()?;
    let yearly = year.map(|y| dir.join(format!("roster-{y}.csv")));
    yearly
        .into_iter()
        .chain([dir.join("roster.csv")])
        .find(|p| p.is_file())
}

fn read_roster(path: &Path, max_file_size: u64, sink: &mut Sink) -> Option<Arc<Roster>> {
    let shown = crate::text::path::display(path);
    match load_roster(path, &shown, &RosterOptions::default(), max_file_size, sink) {
        Loaded::Read(roster) => roster,
        Loaded::Unreadable(finding) => {
            sink.push(*finding);
            None
        }
        Loaded::NoSheet(_) => None,
    }
}

/// A finding on the draft moved to the document: the line and column the
/// value was read from, the rest of that paragraph underlined. A finding on
/// a line that holds no value (a table header) goes to the first value
/// below it, else the nearest above, else to the document as a whole.
fn relocate(finding: &mut Diagnostic, draft: &Arc<SourceFile>, d: &Drafted<'_>) {
    if !finding.file.as_ref().is_some_and(|f| Arc::ptr_eq(f, draft)) {
        return;
    }
    finding.file = Some(d.document.clone());
    let Some(span) = finding.span.take() else {
        return;
    };
    let (line, _) = draft.line_col(span.start);
    // A table's header ("[targets]") is placed at the first value under it.
    let at_line = line.saturating_sub(1).min(d.places.len());
    let found = d.places[at_line..]
        .iter()
        .find_map(|p| *p)
        .or_else(|| d.places[..at_line].iter().rev().find_map(|p| *p));
    let Some((doc_line, column)) = found else {
        return;
    };
    // The rest of the paragraph: `place` stops at the line's end.
    finding.span = Some(place(&d.document, doc_line, column, usize::MAX));
}

/// Bytes of `document` from (line, column) on, at most `len` and not past the line's end.
fn place(document: &SourceFile, line: usize, column: usize, len: usize) -> Span {
    let text = &document.text;
    let start = document.line_start(line);
    let end = text[start..].find('\n').map_or(text.len(), |n| start + n);
    let at = text[start..end]
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(start, |(i, _)| start + i);
    at..at.saturating_add(len).min(end).max(at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::severity::Severity;
    use crate::rules::plan::missing_key;

    fn missing(key: &str) -> Diagnostic {
        let draft = Arc::new(SourceFile::new("d.docx", "[plan]\n"));
        Diagnostic::new(&rules::MISSING_KEY, msg!(missing_key::MESSAGE, key = key)).at(&draft, 0..6)
    }

    #[test]
    fn what_the_document_does_not_say_is_a_note_but_a_missing_year_stays_an_error() {
        let document = Arc::new(SourceFile::new("d.docx", "KẾ HOẠCH\n"));
        for (key, severity, id) in [
            ("plan.province", Severity::Note, NOT_SAID.id),
            ("plan.issuer", Severity::Note, NOT_SAID.id),
            ("plan.year", Severity::Error, YEAR_NOT_SAID.id),
        ] {
            let mut d = missing(key);
            not_said(&mut d, &document);
            assert_eq!((d.severity, d.message.text.id), (severity, id), "{key}");
            assert!(
                d.span.is_none() && d.path() == "d.docx",
                "{key}: on the document"
            );
        }
        // Any other missing key keeps its own finding.
        let mut d = missing("school.school");
        not_said(&mut d, &document);
        assert_eq!(d.message.text.id, missing_key::MESSAGE.id);
    }
}
