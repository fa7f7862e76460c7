//! KD104 `school-list-missing`: Targets are stated but no school is listed

use crate::diag::diagnostic::{Diagnostic, Sink};
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;
use crate::model::plan::Plan;
use crate::msg;

pub static SCHOOL_LIST_MISSING: Rule = Rule {
    code: "KD104",
    slug: "school-list-missing",
    severity: Severity::Warning,
    summary: "Targets are stated but no school is listed",
    doc: "A plan that states how many schools it acts on but lists none (the list is \"attached\" \
          and the attachment is not in the repository) cannot have its counts checked against \
          schools. Only the stated numbers are checked against each other.",
    example: "[targets]\ntotal = 7\n# no [[school]] entries",
    fix: "Transcribe the attached list as [[school]] entries.",
    summary_vi: "Có chỉ tiêu nhưng không liệt kê trường nào",
    doc_vi: "Kế hoạch nêu số trường nhưng không liệt kê trường nào (danh sách nằm ở phụ lục \
          \"kèm theo\" và phụ lục không có trong kho) thì không đối chiếu được chỉ tiêu với \
          các trường. Khi đó chỉ kiểm tra các con số với nhau.",
    example_vi: "[targets]\ntotal = 7\n# không có mục [[school]] nào",
    fix_vi: "Chép danh sách kèm theo thành các mục [[school]].",
    ..Rule::DEFAULT
};

/// Targets stated in a plan that lists no schools.
pub fn check(plan: &Plan, sink: &mut Sink) {
    if plan.targets.any_count() {
        let span = plan
            .targets_span
            .clone()
            .unwrap_or(plan.header_span.clone());
        sink.push(
            Diagnostic::new(&SCHOOL_LIST_MISSING, msg!(MESSAGE))
                .at(&plan.file, span)
                .help(msg!(HELP)),
        );
    }
}

crate::texts! {
    pub(crate) MESSAGE = "school-list-missing" {
        "the plan states targets but lists no schools, so the counts cannot be checked against schools",
        "kế hoạch nêu chỉ tiêu nhưng không liệt kê trường nào, nên không đối chiếu được số liệu với danh sách trường",
    }
    pub(crate) HELP = "school-list-missing-help" {
        "transcribe the attached list (danh sách kèm theo) as [[school]] entries",
        "chép danh sách kèm theo kế hoạch thành các mục [[school]]",
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use crate::rules::context::PlanContext;
    use crate::text::source::SourceFile;

    fn codes(when: &str, province: bool) -> Vec<&'static str> {
        let text = format!(
            "[plan]\ntitle = \"T\"\nissuer = \"I\"\narea = \"A\"\nprovince = \"P\"\n{when}\n[targets]\nnew = 5\n"
        );
        let file = Arc::new(SourceFile::new("p.toml", text));
        let mut sink = Vec::new();
        let plan = crate::load::plan::load(&file, &mut sink).unwrap();
        let ctx = PlanContext {
            plan: &plan,
            file_year: None,
            file_period: None,
            province,
            roster: None,
            schools: &[],
            evaluation: None,
            starts: None,
        };
        crate::rules::targets::check(&ctx, &mut sink);
        sink.iter().map(|d| d.rule.code).collect()
    }

    #[test]
    fn period_and_province_plans_state_counts_without_lists() {
        assert_eq!(codes("year = 2026", false), ["KD104"]);
        assert!(codes("period = \"2026-2030\"", false).is_empty());
        assert!(codes("year = 2026", true).is_empty());
    }
}
