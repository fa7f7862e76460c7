//! KD205 `spelt-two-ways`: One school written two ways in one plan or document

use std::sync::Arc;

use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;
use crate::model::name::{self, NameKey};
use crate::model::plan::Plan;
use crate::msg;
use crate::text::source::{SourceFile, Span};

pub static SPELT_TWO_WAYS: Rule = Rule {
    code: "KD205",
    slug: "spelt-two-ways",
    severity: Severity::Warning,
    summary: "One school written two ways in one plan or document",
    doc: "Two names of the same school type that differ only in their tone marks (\"MN Nậm \
          Loong\" and \"trường mầm non Nậm Loỏng\") are almost always one school spelt two \
          ways; a roster then matches one spelling and not the other. Without a roster, kdcl \
          compares the plan's entries with each other and, for a document, with every school \
          the document names elsewhere (a duty, a paragraph).",
    example: "school = \"TH Nà Tấu\"\n…\nschool = \"TH Nà Tâu\"",
    fix: "Write the school's name the same way everywhere, as the roster (or the school's decision) writes it.",
    summary_vi: "Một trường được viết tên theo hai cách trong cùng kế hoạch hoặc văn bản",
    doc_vi: "Hai tên cùng loại trường chỉ khác nhau ở dấu thanh (\"MN Nậm Loong\" và \"trường \
          mầm non Nậm Loỏng\") gần như luôn là một trường bị viết hai cách; khi đó danh sách \
          trường chỉ khớp với một cách viết. Khi không có danh sách trường, kdcl so các mục \
          của kế hoạch với nhau và, với văn bản, so với mọi tên trường văn bản nêu ở chỗ khác \
          (một nhiệm vụ, một đoạn văn).",
    fix_vi: "Viết tên trường thống nhất ở mọi chỗ, theo danh sách trường (hoặc quyết định thành lập trường).",
    ..Rule::DEFAULT
};

/// A school's name as written somewhere: its text, file and place.
pub struct Written<'a> {
    pub name: &'a str,
    pub file: &'a Arc<SourceFile>,
    pub span: Span,
}

/// Same type, same letters, different tone marks.
fn two_ways(a: &NameKey, b: &NameKey) -> bool {
    a.kind.is_some() && a.kind == b.kind && a.loose == b.loose && a.exact != b.exact
}

/// The plan's entries compared with each other.
pub fn entries(plan: &Plan, sink: &mut Sink) {
    let written: Vec<Written<'_>> = plan
        .schools
        .iter()
        // The later spelling is the one reported.
        .rev()
        .map(|e| Written {
            name: &e.school.value,
            file: &plan.file,
            span: e.school.span.clone(),
        })
        .collect();
    elsewhere(plan, &written, sink);
}

/// Each name written elsewhere compared with the plan's entries; one finding
/// per spelling, at the place it is written.
pub fn elsewhere(plan: &Plan, written: &[Written<'_>], sink: &mut Sink) {
    // Each entry's key made once: a national check calls this for every plan.
    let keys: Vec<NameKey> = plan
        .schools
        .iter()
        .map(|e| name::key(&e.school.value))
        .collect();
    let mut said: Vec<(String, String)> = Vec::new();
    for w in written {
        let key = name::key(w.name);
        for (entry, first) in plan.schools.iter().zip(&keys) {
            if !two_ways(first, &key) {
                continue;
            }
            let seen = said.iter().any(|(a, b)| {
                (*a == first.exact && *b == key.exact) || (*a == key.exact && *b == first.exact)
            });
            if seen {
                continue;
            }
            said.push((first.exact.clone(), key.exact.clone()));
            sink.push(
                Diagnostic::new(
                    &SPELT_TWO_WAYS,
                    msg!(MESSAGE, written = w.name, entry = entry.school.value),
                )
                .at(w.file, w.span.clone())
                .help(msg!(HELP))
                .school(entry.school.value.clone()),
            );
        }
    }
}

crate::texts! {
    pub(crate) MESSAGE = "spelt-two-ways" {
        "\"{written}\" and \"{entry}\" differ only in their tone marks: one school spelt two ways?",
        "\"{written}\" và \"{entry}\" chỉ khác nhau ở dấu thanh: một trường bị viết hai cách?",
    }
    pub(crate) HELP = "spelt-two-ways-help" {
        "write the school's name the same way everywhere: as the roster writes it, or, without a roster, as the decision founding the school does",
        "viết tên trường thống nhất ở mọi chỗ: theo danh sách trường, hoặc, khi chưa có danh sách, theo quyết định thành lập trường",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tone_marks_only() {
        let k = |s: &str| name::key(s);
        assert!(two_ways(&k("MN Nậm Loong"), &k("trường mầm non Nậm Loỏng")));
        assert!(two_ways(&k("TH Nà Tấu"), &k("Trường Tiểu học Nà Tâu")));
        assert!(
            !two_ways(&k("TH Đoàn Kết"), &k("THCS Đoàn Kết")),
            "another type is another school"
        );
        assert!(
            !two_ways(&k("MN Hoa Sen"), &k("Trường Mầm non Hoa Sen")),
            "the same spelling"
        );
        assert!(!two_ways(&k("MN Bình An"), &k("MN Bình Minh")));
    }
}
