//! The document path of `kdcl check`: a .docx, .odt, .txt, .md, .html or
//! .pdf named on the command line is read as `kdcl import` reads it, and the
//! plan it states checked; findings point into the document's text.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::commands::common::{refuse, say_notes};
use crate::diag::diagnostic::Diagnostic;
use crate::engine::document::{Drafted, check};
use crate::load::document::{self, Format};
use crate::text::source::SourceFile;

/// A file named on the command line that is a document, not a plan or roster.
pub(crate) fn is_document(path: &Path) -> bool {
    path.is_file() && Format::of(path).is_some()
}

/// Every document's findings; `Err(2)` when one cannot be read (its sentence said).
pub(crate) fn check_documents(
    documents: &[PathBuf],
    roster: Option<&Path>,
    max_file_size: u64,
) -> Result<Vec<Diagnostic>, i32> {
    let mut findings = Vec::new();
    for path in documents {
        let shown = crate::text::path::display(path);
        let text = match document::read(path, max_file_size) {
            Ok(d) => {
                say_notes(&shown, &d.notes);
                d.text
            }
            Err(unreadable) => return Err(refuse(unreadable.message)),
        };
        let reading = crate::load::reading::read(&text);
        let draft = crate::render::draft::toml(&reading, &shown);
        let province = reading
            .issuer
            .as_ref()
            .is_some_and(|i| i.value.starts_with("Sở") || i.value.starts_with("UBND tỉnh"))
            || matches!((&reading.area, &reading.province), (Some(a), Some(p)) if a.value == p.value);
        let mentions: Vec<(String, usize, usize)> = reading
            .mentions
            .iter()
            .map(|m| (m.value.clone(), m.line, m.column))
            .collect();
        let drafted = Drafted {
            mentions: &mentions,
            province,
            document: Arc::new(SourceFile::new(shown, text)),
            draft: &draft.text,
            places: &draft.places,
        };
        let year = reading.year.as_ref().map(|y| y.value);
        findings.extend(check(&drafted, roster, year, max_file_size));
    }
    Ok(findings)
}
