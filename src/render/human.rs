//! rustc-style output: a title with the rule code, the file and place, the
//! source line with the span underlined, then help and reference lines.

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};

use crate::diag::diagnostic::{Diagnostic, Severity};
use crate::model::report::Report;
use crate::msg;

fn level(severity: Severity) -> Level<'static> {
    let level = match severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Note => Level::NOTE,
    };
    level.with_name(severity.name())
}

pub fn render(report: &Report, color: bool) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    for d in &report.diagnostics {
        let mut text = renderer.render(&[group(d)]).to_string();
        // In a sheet the place is a cell: ` --> roster.xlsx:Sheet1!C7`, aligned
        // as the renderer aligns paths (after as many spaces as the row has digits).
        if let (Some(cell), Some(((row, _), _))) = (d.cell(), d.location())
            && let Some(end_of_title) = text.find('\n')
        {
            let place = format!(
                "{}--> {}:{cell}\n",
                " ".repeat(row.to_string().len()),
                d.path()
            );
            text.insert_str(end_of_title + 1, &place);
        }
        out.push_str(&text);
        out.push_str("\n\n");
    }
    out.push_str(&summary(report));
    out.push('\n');
    out
}

fn group(d: &Diagnostic) -> Group<'static> {
    let title = level(d.severity)
        .primary_title(d.message.render())
        .id(d.rule.code);
    let mut group = match (&d.file, &d.span) {
        (Some(file), Some(span)) => {
            // Only the lines the span covers, so a long file costs nothing.
            let (start_line, _) = file.line_col(span.start);
            let (end_line, _) = file.line_col(span.end.saturating_sub(1).max(span.start));
            let from = file.line_start(start_line);
            let to = file.text[file.line_start(end_line)..]
                .find('\n')
                .map_or(file.text.len(), |i| file.line_start(end_line) + i);
            let raw = file.text[from..to].trim_end_matches('\r');
            // The line as a terminal may show it: escapes as �, the span moved with them.
            let shown = |at: usize| {
                let mut at = at.min(raw.len());
                while !raw.is_char_boundary(at) {
                    at -= 1;
                }
                crate::text::clean::for_terminal(&raw[..at]).len()
            };
            let local = shown(span.start - from)..shown(span.end.max(span.start) - from);
            let excerpt = crate::text::clean::for_terminal(raw).into_owned();
            let mut annotation = AnnotationKind::Primary.span(local);
            if let Some(label) = &d.label {
                annotation = annotation.label(label.render());
            }
            let snippet = Snippet::source(excerpt)
                .line_start(start_line)
                .annotation(annotation);
            // A sheet's place is its cell, written in by `render` below.
            match d.cell() {
                Some(_) => title.element(snippet),
                None => title.element(snippet.path(file.path.clone())),
            }
        }
        (Some(file), None) => title.element(Origin::path(file.path.clone())),
        _ => title.element(Level::NOTE.no_name().message("")),
    };
    for help in &d.help {
        group = group.element(
            Level::HELP
                .with_name(msg!(LABEL_HELP).render())
                .message(help.render()),
        );
    }
    if let Some(reference) = &d.reference {
        group = group.element(
            level(Severity::Note).message(msg!(SEE_REFERENCE, reference = reference).render()),
        );
    }
    group
}

pub fn summary(report: &Report) -> String {
    let sentence = counts(report);
    if report.suppressed == 0 {
        return sentence;
    }
    let suppressed = msg!(SUPPRESSED, count = report.suppressed).render();
    format!("{sentence} ({suppressed})")
}

fn counts(report: &Report) -> String {
    let files = report.files_checked;
    let (e, w, n) = (
        report.count(Severity::Error),
        report.count(Severity::Warning),
        report.count(Severity::Note),
    );
    if e + w + n == 0 {
        return msg!(FILES_CHECKED_CLEAN, files = files).render();
    }
    msg!(
        FILES_CHECKED,
        files = files,
        errors = e,
        warnings = w,
        notes = n
    )
    .render()
}

crate::texts! {
    // The word before a help line, in every renderer.
    pub(crate) LABEL_HELP = "label-help" {
        "help",
        "gợi ý",
    }
    pub(crate) SEE_REFERENCE = "see-reference" {
        "see {reference}",
        "căn cứ {reference}",
    }
    pub(crate) FILES_CHECKED = "files-checked" {
        "{files} {files:file/files} checked: {errors} {errors:error/errors}, {warnings} {warnings:warning/warnings}, {notes} {notes:note/notes}",
        "Đã kiểm tra {files} tệp: {errors} lỗi, {warnings} cảnh báo, {notes} lưu ý",
    }
    pub(crate) FILES_CHECKED_CLEAN = "files-checked-clean" {
        "{files} {files:file/files} checked: no problems found",
        "Đã kiểm tra {files} tệp: không phát hiện vấn đề nào",
    }
    pub(crate) SUPPRESSED = "suppressed" {
        "{count} suppressed",
        "bỏ qua {count} phát hiện",
    }
}
