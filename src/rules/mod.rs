//! Every rule kdcl reports, one file each: `<family>/<slug>.rs` holds the
//! rule's declaration (code, slug, severity, reference, confidence,
//! documentation in both languages), its sentences, its check and its unit
//! tests. A family's `mod.rs` walks the plan (or the roster, the evaluation,
//! the area's years) once and calls each rule's check in turn; what several
//! rules of a family share sits in a small file of the family named for its
//! job (`targets/counted.rs`, `circular/entry.rs` …). The registry below is
//! the one list of rules: `kdcl rules`, `kdcl explain`, SARIF and the
//! rule reference (docs/reference/) come from it, and `tests/rules.rs` runs every rule's
//! cases from it.
//!
//! To add a rule: write its file, add `pub mod` to its family's `mod.rs`
//! and call its check there, add one line below, and its cases under
//! `tests/cases/<code>-<slug>/{fail,pass}`.

pub mod allow;
pub mod circular;
pub mod context;
pub mod continuity;
pub mod evaluation;
pub mod plan;
pub mod rollup;
pub mod roster;
pub mod schools;
pub mod targets;

use crate::diag::diagnostic::Sink;
use crate::diag::rule::Rule;
use context::PlanContext;

/// Lists every rule once: re-exports each (`rules::TOML_SYNTAX`) and builds
/// [`ALL`], sorted by code.
macro_rules! registry {
    ($($family:ident :: $file:ident :: $rule:ident,)*) => {
        $(pub use $family::$file::$rule;)*
        /// Every rule, in code order.
        pub static ALL: &[&Rule] = &by_code([$(&$family::$file::$rule),*]);
    };
}

registry! {
    plan::toml_syntax::TOML_SYNTAX,
    plan::unknown_key::UNKNOWN_KEY,
    plan::invalid_value::INVALID_VALUE,
    plan::missing_key::MISSING_KEY,
    plan::empty_plan::EMPTY_PLAN,
    plan::year_mismatch::YEAR_MISMATCH,
    plan::invalid_due::INVALID_DUE,
    plan::due_before_year::DUE_BEFORE_YEAR,
    plan::duplicate_wave::DUPLICATE_WAVE,
    plan::unreadable_file::UNREADABLE_FILE,
    allow::allow_without_reason::ALLOW_WITHOUT_REASON,
    allow::allow_expired::ALLOW_EXPIRED,
    allow::allow_unused::ALLOW_UNUSED,
    targets::target_count_mismatch::TARGET_COUNT_MISMATCH,
    targets::target_kind_mismatch::TARGET_KIND_MISMATCH,
    targets::target_parts_mismatch::TARGET_PARTS_MISMATCH,
    targets::school_list_missing::SCHOOL_LIST_MISSING,
    targets::wave_count_mismatch::WAVE_COUNT_MISMATCH,
    targets::unknown_wave::UNKNOWN_WAVE,
    targets::wave_outside_year::WAVE_OUTSIDE_YEAR,
    targets::after_state_mismatch::AFTER_STATE_MISMATCH,
    targets::school_kind_unknown::KIND_UNKNOWN,
    targets::after_state_unchecked::AFTER_STATE_UNCHECKED,
    targets::before_and_after::BEFORE_AND_AFTER,
    targets::share_mismatch::SHARE_MISMATCH,
    schools::unknown_school::UNKNOWN_SCHOOL,
    schools::school_name_variant::NAME_VARIANT,
    schools::duplicate_school::DUPLICATE_SCHOOL,
    schools::ambiguous_school::AMBIGUOUS_SCHOOL,
    schools::spelt_two_ways::SPELT_TWO_WAYS,
    roster::roster_outside_repository::ROSTER_OUTSIDE,
    roster::roster_not_found::ROSTER_NOT_FOUND,
    roster::csv_syntax::CSV_SYNTAX,
    roster::roster_missing_column::ROSTER_MISSING_COLUMN,
    roster::duplicate_code::DUPLICATE_CODE,
    roster::roster_invalid_value::ROSTER_INVALID_VALUE,
    roster::unknown_column::UNKNOWN_COLUMN,
    roster::legacy_font_encoding::LEGACY_ENCODING,
    roster::nesting_too_deep::NESTING_TOO_DEEP,
    roster::sheet_not_found::SHEET_NOT_FOUND,
    roster::code_scientific_notation::CODE_SCIENTIFIC,
    roster::roster_rows_skipped::ROWS_SKIPPED,
    circular::basis_circular_missing::BASIS_CIRCULAR_MISSING,
    circular::new_but_recognised::NEW_BUT_RECOGNISED,
    circular::renew_not_held::RENEW_NOT_HELD,
    circular::renew_too_early::RENEW_TOO_EARLY,
    circular::raise_not_from_level_1::RAISE_NOT_LEVEL_1,
    circular::raise_too_soon::RAISE_TOO_SOON,
    circular::accreditation_raise_too_soon::ACCREDITATION_RAISE_TOO_SOON,
    circular::accreditation_below_standard::ACCREDITATION_BELOW_STANDARD,
    circular::school_too_young::SCHOOL_TOO_YOUNG,
    circular::renewal_after_expiry::RENEWAL_AFTER_EXPIRY,
    circular::renewal_registration_late::RENEWAL_REGISTRATION_LATE,
    circular::district_issuer_after_reform::DISTRICT_ISSUER,
    circular::province_merged::PROVINCE_MERGED,
    evaluation::evaluation_unknown_criterion::EVALUATION_UNKNOWN_CRITERION,
    evaluation::evaluation_missing_criterion::EVALUATION_MISSING_CRITERION,
    evaluation::evaluation_undefined_level::EVALUATION_UNDEFINED_LEVEL,
    evaluation::evaluation_unknown_school::EVALUATION_UNKNOWN_SCHOOL,
    evaluation::evaluation_below_target::EVALUATION_BELOW_TARGET,
    evaluation::evaluation_invalid::EVALUATION_INVALID,
    evaluation::evaluation_duplicate_row::EVALUATION_DUPLICATE_ROW,
    evaluation::evaluation_not_found::EVALUATION_NOT_FOUND,
    evaluation::evaluation_outside_repository::EVALUATION_OUTSIDE,
    evaluation::evaluation_unchecked::EVALUATION_UNCHECKED,
    continuity::renewal_not_planned::RENEWAL_NOT_PLANNED,
    continuity::school_left_roster::SCHOOL_LEFT_ROSTER,
    continuity::new_while_recognised::NEW_WHILE_RECOGNISED,
    continuity::level_lowered::LEVEL_LOWERED,
    continuity::result_not_recorded::RESULT_NOT_RECORDED,
    rollup::annual_outside_period::ANNUAL_OUTSIDE_PERIOD,
    rollup::period_new_mismatch::PERIOD_NEW_MISMATCH,
    rollup::province_areas_mismatch::PROVINCE_AREAS_MISMATCH,
}

/// Sorts rules by code at compile time, so the list above may be in any order.
const fn by_code<const N: usize>(mut rules: [&'static Rule; N]) -> [&'static Rule; N] {
    const fn less(a: &str, b: &str) -> bool {
        let (a, b) = (a.as_bytes(), b.as_bytes());
        let mut i = 0;
        while i < a.len() && i < b.len() {
            if a[i] != b[i] {
                return a[i] < b[i];
            }
            i += 1;
        }
        a.len() < b.len()
    }
    let mut i = 1;
    while i < N {
        let mut j = i;
        while j > 0 && less(rules[j].code, rules[j - 1].code) {
            let t = rules[j];
            rules[j] = rules[j - 1];
            rules[j - 1] = t;
            j -= 1;
        }
        i += 1;
    }
    rules
}

/// Runs every family on one plan (school matching has already run).
pub fn run(ctx: &PlanContext<'_>, sink: &mut Sink) {
    plan::check(ctx, sink);
    targets::check(ctx, sink);
    circular::check(ctx, sink);
    evaluation::check(ctx, sink);
}

/// The rule with this code (any case) or slug.
pub fn find(code_or_slug: &str) -> Option<&'static Rule> {
    let wanted = code_or_slug.trim();
    ALL.iter()
        .copied()
        .find(|r| r.code.eq_ignore_ascii_case(wanted) || r.slug == wanted)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::messages::Lang;
    use std::collections::HashSet;

    /// Every rule is documented in Vietnamese too; an example's translation
    /// changes its comments only, never the TOML or CSV.
    #[test]
    fn every_rule_is_documented_in_vietnamese() {
        let strip = |text: &str| -> Vec<String> {
            text.lines()
                .map(|l| l.split('#').next().unwrap_or("").trim_end().to_string())
                .collect()
        };
        for r in ALL {
            for (field, text) in [
                ("summary_vi", r.summary_vi),
                ("doc_vi", r.doc_vi),
                ("fix_vi", r.fix_vi),
            ] {
                assert!(!text.trim().is_empty(), "{}: {field} is empty", r.code);
            }
            if r.example.contains('#') {
                assert!(
                    !r.example_vi.is_empty(),
                    "{}: the example's comments are not in Vietnamese",
                    r.code
                );
                assert_eq!(
                    strip(r.example),
                    strip(r.example_vi),
                    "{}: example_vi changes more than comments",
                    r.code
                );
            }
            let vi = r.text(Lang::Vi);
            for text in [vi.summary, vi.doc, vi.example, vi.fix] {
                use unicode_normalization::UnicodeNormalization;
                assert_eq!(text, text.nfc().collect::<String>(), "{}: not NFC", r.code);
            }
        }
    }

    #[test]
    fn codes_and_slugs_are_unique_and_sorted() {
        let codes: HashSet<_> = ALL.iter().map(|r| r.code).collect();
        let slugs: HashSet<_> = ALL.iter().map(|r| r.slug).collect();
        assert_eq!(codes.len(), ALL.len());
        assert_eq!(slugs.len(), ALL.len());
        assert!(ALL.windows(2).all(|w| w[0].code < w[1].code));
    }

    /// Every prefix of the real plans and rosters goes through loading and
    /// checking without a panic: whatever a half-saved file holds.
    #[test]
    fn no_prefix_of_a_real_file_panics() {
        use crate::text::source::SourceFile;
        use std::sync::Arc;

        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("plans/lai-chau/thanh-pho-lai-chau");
        let plan = std::fs::read_to_string(dir.join("2024.toml")).unwrap();
        let roster = std::fs::read_to_string(dir.join("roster.csv")).unwrap();
        let cut = |text: &str, n: usize| -> String {
            text.char_indices()
                .take_while(|(i, _)| *i < n)
                .map(|(_, c)| c)
                .collect()
        };
        for n in (0..plan.len()).step_by(7) {
            let file = Arc::new(SourceFile::new("p.toml", cut(&plan, n)));
            let mut sink = Vec::new();
            if let Some(p) = crate::load::plan::load(&file, &mut sink) {
                let r = crate::load::roster::load(
                    &Arc::new(SourceFile::new("r.csv", roster.clone())),
                    &mut sink,
                )
                .unwrap();
                let schools = schools::match_entries(&p, &r, &mut sink);
                let ctx = PlanContext {
                    plan: &p,
                    file_year: Some(2024),
                    file_period: None,
                    province: false,
                    roster: Some(&r),
                    schools: &schools,
                    evaluation: None,
                    starts: None,
                };
                run(&ctx, &mut sink);
            }
            for d in &sink {
                let _ = (d.message.render(), d.location());
            }
        }
        for n in (0..roster.len()).step_by(5) {
            let mut sink = Vec::new();
            crate::load::roster::load(
                &Arc::new(SourceFile::new("r.csv", cut(&roster, n))),
                &mut sink,
            );
            for d in &sink {
                let _ = (d.message.render(), d.location());
            }
        }
    }
}
