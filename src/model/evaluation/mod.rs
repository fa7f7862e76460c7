//! Self-evaluation results (kết quả tự đánh giá) and the levels they support:
//! the criteria catalogue of each circular (`catalogue`), the cumulative Mức
//! computation (`engine`), the CSV reader (`load`), and here what one file
//! says about each roster school, loaded once per file for every plan naming it.

pub mod catalogue;
pub mod engine;
pub mod file;

use std::collections::{BTreeSet, HashMap};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diag::diagnostic::{Diagnostic, Message, Sink};
use crate::load::discover::{self, Refused};
use crate::model::plan::Plan;
use crate::model::roster::Roster;
use crate::msg;
use crate::rules;
use crate::text::source::{SourceFile, Span};

use catalogue::{Catalogue, Circular};
use engine::Scores;
use file::EvaluationFile;

/// A result the evaluation file gives, with the row it stands on.
#[derive(Debug, Clone)]
pub struct Given {
    pub level: u8,
    /// The row, for line numbers in messages.
    pub row: Span,
}

/// One roster school's self-evaluation: its latest year's rows, laid out in
/// the order of its circular's catalogue.
#[derive(Debug)]
pub struct SchoolEvaluation {
    /// Index of the school in the roster.
    pub school: usize,
    pub circular: Circular,
    /// The year of the rows used (the latest the file gives for the school).
    pub year: Option<i32>,
    /// Per criterion of the catalogue; `None` where no usable row gives it.
    pub criteria: Vec<Option<Given>>,
    /// Per Mức-4 item; a missing row counts as not met.
    pub items: Vec<Option<Given>>,
}

impl SchoolEvaluation {
    pub fn catalogue(&self) -> &'static Catalogue {
        self.circular.catalogue()
    }

    /// The criteria without a usable result.
    pub fn missing(&self) -> Vec<usize> {
        (0..self.criteria.len())
            .filter(|&i| self.criteria[i].is_none())
            .collect()
    }

    /// The scores to compute a level from; `None` unless every criterion has a result.
    pub fn scores(&self) -> Option<Scores> {
        let criteria = self
            .criteria
            .iter()
            .map(|g| g.as_ref().map(|g| g.level))
            .collect::<Option<Vec<u8>>>()?;
        let items = self
            .items
            .iter()
            .map(|g| g.as_ref().is_some_and(|g| g.level == 1))
            .collect();
        Some(Scores { criteria, items })
    }
}

/// What an evaluation file says about the schools of one roster.
#[derive(Debug)]
pub struct Evaluation {
    pub file: Arc<SourceFile>,
    /// In the order the schools first appear in the file.
    pub schools: Vec<SchoolEvaluation>,
}

impl Evaluation {
    /// The evaluation of roster school `index`, if the file has rows for it.
    pub fn school(&self, index: usize) -> Option<&SchoolEvaluation> {
        self.schools.iter().find(|s| s.school == index)
    }

    /// 1-based line of a row, for messages.
    pub fn line(&self, row: &Span) -> usize {
        self.file.line_col(row.start).0
    }
}

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
                let loaded = match crate::engine::check::read_text(
                    &resolved,
                    &shown,
                    &crate::engine::check::Options {
                        max_file_size: self.max_file_size,
                        ..Default::default()
                    },
                ) {
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
            .or_insert_with(|| Arc::new(rules::evaluation::evaluate(&file, roster, sink)));
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
