//! KD429 `evaluation-unchecked`: A target cannot be checked against the self-evaluation

use crate::diag::diagnostic::{Diagnostic, Message, Sink};
use crate::diag::rule::Rule;
use crate::diag::severity::Severity;
use crate::model::evaluation::Evaluation;
use crate::model::plan::{Entry, Plan};
use crate::model::roster::School;
use crate::msg;
use crate::rules::evaluation::target::Target;
use crate::text::source::Loc;

pub static EVALUATION_UNCHECKED: Rule = Rule {
    code: "KD429",
    slug: "evaluation-unchecked",
    severity: Severity::Note,
    summary: "A target cannot be checked against the self-evaluation",
    doc: "The plan names an evaluation file but a target cannot be checked against it: the plan \
          has no roster (evaluation rows name schools by roster code), the school has no rows \
          in the file, or the roster gives no type for the school (so its circular is \
          unknown). kdcl says so instead of guessing.",
    example: "[[school]]\nschool = \"TH Đoàn Kết\"   # no row for DK-02 in evaluation.csv\naction = \"new\"",
    fix: "Add the school's self-evaluation results to evaluation.csv.",
    summary_vi: "Không đối chiếu được chỉ tiêu với kết quả tự đánh giá",
    doc_vi: "Kế hoạch có khai báo tệp kết quả tự đánh giá nhưng một chỉ tiêu không đối chiếu \
          được: kế hoạch không có danh sách trường (các dòng kết quả ghi trường theo mã trong \
          danh sách), trường không có dòng nào trong tệp, hoặc danh sách trường không ghi \
          loại của trường (nên không biết thông tư áp dụng). kdcl thông báo như vậy thay vì \
          phỏng đoán.",
    example_vi: "[[school]]\nschool = \"TH Đoàn Kết\"   # evaluation.csv không có dòng nào của DK-02\naction = \"new\"",
    fix_vi: "Bổ sung kết quả tự đánh giá của trường vào evaluation.csv.",
    ..Rule::DEFAULT
};

/// A plan naming a self-evaluation file (`written`) without a roster to
/// match its rows to schools.
pub fn without_roster(plan: &Plan, written: &Loc<String>, sink: &mut Sink) {
    sink.push(
        Diagnostic::new(
            &EVALUATION_UNCHECKED,
            msg!(EVALUATION_NO_ROSTER, path = written.value),
        )
        .at(&plan.file, written.span.clone())
        .help(msg!(EVALUATION_NO_ROSTER_HELP)),
    );
}

/// An entry with a target whose roster school has no type, so no circular.
pub fn kind_unknown(plan: &Plan, entry: &Entry, sink: &mut Sink) {
    sink.push(unchecked(
        plan,
        entry,
        msg!(EVALUATION_KIND_UNKNOWN, school = entry.school.value),
    ));
}

/// An entry with a target whose school has no rows in the evaluation.
pub fn school_absent(
    plan: &Plan,
    entry: &Entry,
    school: &School,
    evaluation: &Evaluation,
    target: &Target,
    sink: &mut Sink,
) {
    sink.push(
        unchecked(
            plan,
            entry,
            msg!(
                EVALUATION_SCHOOL_ABSENT,
                school = entry.school.value,
                code = school.code,
                file = evaluation.file.path,
                needed = target.needed
            ),
        )
        .help(msg!(
            EVALUATION_SCHOOL_ABSENT_HELP,
            code = school.code,
            file = evaluation.file.path
        )),
    );
}

fn unchecked(plan: &Plan, entry: &Entry, message: Message) -> Diagnostic {
    Diagnostic::new(&EVALUATION_UNCHECKED, message)
        .at(&plan.file, entry.school.span.clone())
        .school(&entry.school.value)
}

crate::texts! {
    pub(crate) EVALUATION_NO_ROSTER = "evaluation-no-roster" {
        "the plan has no roster, so the self-evaluation results in \"{path}\" cannot be matched to schools and no level is computed",
        "kế hoạch không có danh sách trường, nên không gắn được kết quả tự đánh giá trong \"{path}\" với các trường và không tính được mức đạt",
    }
    pub(crate) EVALUATION_NO_ROSTER_HELP = "evaluation-no-roster-help" {
        "give the plan a roster (roster = \"roster.csv\"): evaluation rows name schools by their roster code",
        "khai báo danh sách trường cho kế hoạch (roster = \"roster.csv\"): các dòng kết quả tự đánh giá ghi trường theo mã trong danh sách",
    }
    pub(crate) EVALUATION_KIND_UNKNOWN = "evaluation-kind-unknown" {
        "the roster gives no school type for {school}, so kdcl cannot tell which circular's criteria apply and its target is not checked against the self-evaluation",
        "danh sách trường không ghi loại trường của {school}, nên kdcl không xác định được trường áp dụng tiêu chí của thông tư nào và không đối chiếu chỉ tiêu của trường với kết quả tự đánh giá",
    }
    pub(crate) EVALUATION_SCHOOL_ABSENT = "evaluation-school-absent" {
        "{school} ({code}) has no rows in {file}, so its target (Mức {needed}) is not checked against a self-evaluation",
        "{school} ({code}) không có dòng nào trong {file}, nên chỉ tiêu của trường (Mức {needed}) không được đối chiếu với kết quả tự đánh giá",
    }
    pub(crate) EVALUATION_SCHOOL_ABSENT_HELP = "evaluation-school-absent-help" {
        "add the school's results to {file}: one row per criterion, such as `{code},1.1,2`",
        "bổ sung kết quả của trường vào {file}: mỗi tiêu chí một dòng, ví dụ `{code},1.1,2`",
    }
}
