//! Self-evaluation files named by plans: each read once, and judged once
//! against each roster it is used with, however many plans name it.

use std::collections::{BTreeSet, HashMap};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diag::diagnostic::{Diagnostic, Message, Sink};
use crate::load::discover::{self, Refused};
use crate::model::evaluation::Evaluation;
use crate::model::evaluation::file::EvaluationFile;
use crate::model::plan::Plan;
use crate::model::roster::Roster;
use crate::msg;
use crate::rules;

#[derive(Clone)]
enum Loaded {
    /// Read; `None` when it has no usable header (already reported).
    Read(Option<Arc<EvaluationFile>>),
    Unreadable(Box<Diagnostic>),
}

/// Evaluation files are read once, and judged once against each roster they
/// are used with, however many plans name them.
pub struct Evaluations {
    files: HashMap<PathBuf, Loaded>,
    judged: HashMap<(PathBuf, String), Arc<Evaluation>>,
    /// Display paths of the files read, for the count of files checked.
    shown: BTreeSet<String>,
    /// The largest file read, as for plans and rosters (`--max-file-size`).
    max_file_size: u64,
}

impl Default for Evaluations {
    fn default() -> Self {
        Evaluations::with_max_file_size(crate::load::limits::DEFAULT_MAX_FILE_SIZE)
    }
}

impl Evaluations {
    pub fn with_max_file_size(max_file_size: u64) -> Self {
        Evaluations {
            files: HashMap::new(),
            judged: HashMap::new(),
            shown: BTreeSet::new(),
            max_file_size,
        }
    }

    /// How many evaluation files were read.
    pub fn count(&self) -> usize {
        self.shown.len()
    }

    /// The evaluation a plan's `evaluation` key names, judged against its
    /// roster. Findings about the path stand on the key.
    pub fn for_plan(
        &mut self,
        plan: &Plan,
        path: &Path,
        roster: Option<&Arc<Roster>>,
        sink: &mut Sink,
    ) -> Option<Arc<Evaluation>> {
        let written = plan.evaluation.as_ref()?;
        let at_key =
            |rule: &'static crate::diag::rule::Rule, message: Message, help: Vec<Message>| {
                let mut d = Diagnostic::new(rule, message).at(&plan.file, written.span.clone());
                d.help = help;
                d
            };
        let root = discover::repository_root(path);
        let resolved = match discover::resolve_roster(path, &written.value, &root) {
            Ok(resolved) => resolved,
            Err(Refused::NotFound(reason)) => {
                sink.push(at_key(
                    &rules::EVALUATION_NOT_FOUND,
                    msg!(EVALUATION_NOT_FOUND, path = written.value, reason = reason),
                    vec![msg!(EVALUATION_NOT_FOUND_HELP)],
                ));
                return None;
            }
            Err(why) => {
                let message = match why {
                    Refused::Absolute => msg!(EVALUATION_ABSOLUTE, path = written.value),
                    Refused::Escapes => msg!(EVALUATION_ESCAPES, path = written.value),
                    _ => msg!(EVALUATION_LINK_OUT, path = written.value),
                };
                sink.push(at_key(
                    &rules::EVALUATION_OUTSIDE,
                    message,
                    vec![msg!(EVALUATION_OUTSIDE_HELP)],
                ));
                return None;
            }
        };
        let real = fs::canonicalize(&resolved).unwrap_or_else(|_| resolved.clone());
        let loaded = match self.files.get(&real) {
            Some(done) => done.clone(),
            None => {
                let shown = crate::text::path::display(&resolved);
                self.shown.insert(shown.clone());
                let loaded =
                    match crate::load::files::read_text(&resolved, &shown, self.max_file_size) {
                        Ok(file) => {
                            Loaded::Read(crate::load::evaluation::load(&file, sink).map(Arc::new))
                        }
                        Err(finding) => Loaded::Unreadable(finding),
                    };
                self.files.insert(real.clone(), loaded.clone());
                loaded
            }
        };
        let file = match loaded {
            Loaded::Read(file) => file?,
            Loaded::Unreadable(finding) => {
                let mut help = vec![finding.message.clone()];
                help.extend(finding.help.iter().cloned());
                sink.push(at_key(
                    &rules::EVALUATION_NOT_FOUND,
                    msg!(EVALUATION_UNREADABLE, path = written.value),
                    help,
                ));
                return None;
            }
        };
        // Without a roster the rows cannot be matched to schools (KD429, from the checks).
        let roster = roster?;
        let key = (real, roster.file.path.clone());
        let judged = self
            .judged
            .entry(key)
            .or_insert_with(|| Arc::new(crate::rules::evaluation::evaluate(&file, roster, sink)));
        Some(judged.clone())
    }
}

crate::texts! {
    pub(crate) EVALUATION_NOT_FOUND = "evaluation-not-found" {
        "the evaluation file \"{path}\" cannot be read: {reason}",
        "không đọc được tệp kết quả tự đánh giá \"{path}\": {reason}",
    }
    pub(crate) EVALUATION_NOT_FOUND_HELP = "evaluation-not-found-help" {
        "the path is relative to this plan's folder; check the file name",
        "đường dẫn tính từ thư mục chứa kế hoạch này; kiểm tra lại tên tệp",
    }
    pub(crate) EVALUATION_UNREADABLE = "evaluation-unreadable" {
        "the evaluation file \"{path}\" exists but cannot be read",
        "tệp kết quả tự đánh giá \"{path}\" có tồn tại nhưng không đọc được",
    }
    pub(crate) EVALUATION_ABSOLUTE = "evaluation-absolute" {
        "the evaluation file \"{path}\" is an absolute path; it was not read",
        "tệp kết quả tự đánh giá \"{path}\" là đường dẫn tuyệt đối; tệp không được đọc",
    }
    pub(crate) EVALUATION_ESCAPES = "evaluation-escapes" {
        "the evaluation file \"{path}\" leads outside the plan repository; it was not read",
        "tệp kết quả tự đánh giá \"{path}\" trỏ ra ngoài kho kế hoạch; tệp không được đọc",
    }
    pub(crate) EVALUATION_LINK_OUT = "evaluation-link-out" {
        "the evaluation file \"{path}\" is a link to a file outside the plan repository; it was not read",
        "tệp kết quả tự đánh giá \"{path}\" là liên kết đến một tệp ngoài kho kế hoạch; tệp không được đọc",
    }
    pub(crate) EVALUATION_OUTSIDE_HELP = "evaluation-outside-help" {
        "the plan repository is the nearest folder above the plan holding kdcl.toml or .git; keep the evaluation file inside it and name it relative to the plan, e.g. evaluation = \"evaluation.csv\"",
        "kho kế hoạch là thư mục gần nhất phía trên kế hoạch có chứa kdcl.toml hoặc .git; đặt tệp kết quả tự đánh giá trong kho và ghi đường dẫn tính từ kế hoạch, ví dụ evaluation = \"evaluation.csv\"",
    }
}
