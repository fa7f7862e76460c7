//! One school's rows of a self-evaluation file, judged under the circular
//! governing the school: what the rules on rows start from (KD420–KD422).

use crate::diag::diagnostic::{Diagnostic, Message};
use crate::diag::rule::Confidence;
use crate::model::evaluation::catalogue::{Catalogue, Circular};
use crate::model::evaluation::file::EvaluationFile;
use crate::model::roster::School;
use crate::msg;
use crate::text::source::Span;

/// A school of the roster, the evaluation file its rows are in, and its circular.
pub struct SchoolRows<'a> {
    pub file: &'a EvaluationFile,
    pub school: &'a School,
    pub circular: Circular,
}

impl SchoolRows<'_> {
    pub fn catalogue(&self) -> &'static Catalogue {
        self.circular.catalogue()
    }

    /// `d` on `span` of the file, about the school, citing the circular's criteria.
    pub fn located(&self, d: Diagnostic, span: Span) -> Diagnostic {
        d.at(&self.file.file, span)
            .school(&self.school.name)
            .reference(self.catalogue().reference(false))
    }
}

/// The help that says a finding rests on a list of criteria kdcl has not confirmed.
pub fn list_unconfirmed(circular: Circular) -> Option<Message> {
    let c = circular.catalogue();
    (c.confidence != Confidence::Confirmed).then(|| {
        msg!(
            EVALUATION_LIST_UNCONFIRMED,
            circular = c.title,
            data = circular.data_path()
        )
    })
}

crate::texts! {
    pub(crate) EVALUATION_LIST_UNCONFIRMED = "evaluation-list-unconfirmed" {
        "kdcl's list of the criteria of {circular} is recalled, not confirmed against the published text; if the circular differs, correct {data}",
        "danh mục tiêu chí của {circular} trong kdcl được ghi theo trí nhớ, chưa đối chiếu với văn bản đã công bố; nếu thông tư quy định khác, hãy sửa {data}",
    }
}
