//! `kdcl import DOCUMENT [-o FILE | --into PLANS_DIR] [--format toml|json]`:
//! reads a plan document and writes the plan it states as a draft, never
//! over a file that is there (`documents.md`).

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::commands::common::{self, emit, refuse};
use crate::load::reading::{self, Reading};
use crate::msg;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DraftFormat {
    /// A plan file, each value with the document's words beside it
    Toml,
    /// The same plan, each value with its line, column and words
    Json,
}

#[derive(clap::Args, Debug)]
pub struct ImportArgs {
    /// The plan document: .docx, .odt, .txt, .md, .html or .pdf
    document: PathBuf,
    /// Write the draft to this new file instead of standard output
    #[arg(short = 'o', long, value_name = "FILE", conflicts_with = "into")]
    output: Option<PathBuf>,
    /// Write the draft into this plans folder, at <province>/<area>/<year or period>.toml
    #[arg(long, value_name = "PLANS_DIR")]
    into: Option<PathBuf>,
    /// Draft format
    #[arg(long, value_enum, default_value_t = DraftFormat::Toml)]
    format: DraftFormat,
}

/// The Vietnamese of the help above (places as in the command line's table).
#[rustfmt::skip]
pub(crate) const HELP_VI: &[(&str, &str)] = &[
    ("import.document", "Văn bản kế hoạch: .docx, .odt, .txt, .md, .html hoặc .pdf"),
    ("import.output", "Ghi bản nháp vào tệp mới này thay vì in ra màn hình"),
    ("import.into", "Ghi bản nháp vào thư mục kế hoạch này, tại <tỉnh>/<địa bàn>/<năm hoặc giai đoạn>.toml"),
    ("import.format", "Định dạng bản nháp"),
    ("import.format=toml", "Tệp kế hoạch, mỗi giá trị kèm lời văn của văn bản bên cạnh"),
    ("import.format=json", "Cùng kế hoạch ấy, mỗi giá trị kèm dòng, cột và lời văn"),
];

pub fn run(args: ImportArgs) -> i32 {
    let document = match crate::load::document::read(
        &args.document,
        crate::load::limits::DEFAULT_MAX_FILE_SIZE,
    ) {
        Ok(document) => document,
        Err(unreadable) => return refuse(unreadable.message),
    };
    let shown = crate::text::path::display(&args.document);
    crate::commands::common::say_notes(&shown, &document.notes);
    let reading = reading::read(&document.text);
    let shown = crate::text::path::display(&args.document);
    let text = match args.format {
        DraftFormat::Toml => crate::render::draft::toml(&reading, &shown).text,
        DraftFormat::Json => crate::render::draft::json(&reading),
    };
    let path = match (&args.output, &args.into) {
        (Some(path), _) => path.clone(),
        (None, Some(dir)) => match place(dir, &reading, args.format) {
            Ok(path) => path,
            Err(why) => return refuse(why),
        },
        (None, None) => {
            emit(&text);
            return 0;
        }
    };
    if let Err(status) = write_new(&path, &text) {
        return status;
    }
    let path = crate::text::path::display(&path);
    emit(&format!(
        "{}\n",
        msg!(IMPORT_WRITTEN, path = path, todos = reading.todos.len()).render()
    ));
    0
}

/// `plans/<province>/<area>/<year or period>.toml`, or the province's own
/// `plans/<province>/<year>.toml` when the plan is the province's.
fn place(
    dir: &Path,
    r: &Reading,
    format: DraftFormat,
) -> Result<PathBuf, crate::diag::diagnostic::Message> {
    let province = r.province.as_ref().map(|p| slug(&p.value));
    let area = r.area.as_ref().map(|a| slug(&a.value));
    let when = match (&r.year, &r.period) {
        (Some(y), _) => Some(y.value.to_string()),
        (None, Some(p)) => Some(format!("{}-{}", p.value.0, p.value.1)),
        (None, None) => None,
    };
    let (Some(province), Some(area), Some(when)) = (province, area, when) else {
        return Err(msg!(IMPORT_NO_PLACE));
    };
    let ext = match format {
        DraftFormat::Toml => "toml",
        DraftFormat::Json => "json",
    };
    let folder = if area == province
        || area == format!("thanh-pho-{province}")
            && r.issuer.as_ref().is_some_and(|i| i.value.contains("tỉnh"))
    {
        dir.join(&province)
    } else {
        dir.join(&province).join(&area)
    };
    Ok(folder.join(format!("{when}.{ext}")))
}

/// A folder name as the repository's are: ASCII, lower case, words joined by '-'.
fn slug(name: &str) -> String {
    crate::text::words::fold(name)
        .to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// Writes a new file (and its folders); never over one that is there.
fn write_new(path: &Path, text: &str) -> Result<(), i32> {
    let shown = crate::text::path::display(path);
    if path.exists() {
        return Err(refuse(msg!(IMPORT_EXISTS, path = shown)));
    }
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|e| {
            eprintln!("kdcl: {}: {e}", parent.display());
            common::CANNOT
        })?;
    }
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .and_then(|mut f| f.write_all(text.as_bytes()))
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                return refuse(msg!(IMPORT_EXISTS, path = shown.clone()));
            }
            eprintln!("kdcl: {shown}: {e}");
            common::CANNOT
        })
}

crate::texts! {
    pub(crate) IMPORT_EXISTS = "import-exists" {
        "{path} exists already; kdcl import never overwrites a file: name another with -o",
        "{path} đã có; kdcl import không ghi đè tệp đã có: hãy chọn tên khác với -o",
    }
    pub(crate) IMPORT_NO_PLACE = "import-no-place" {
        "the document does not say its province, area and year (or period), so --into cannot name the file: write it with -o FILE",
        "văn bản không nêu đủ tỉnh, địa bàn và năm (hoặc giai đoạn) nên --into không đặt được tên tệp: hãy ghi bằng -o TỆP",
    }
    pub(crate) IMPORT_WRITTEN = "import-written" {
        "wrote {path}: {todos} {todos:statement/statements} left as TODO; check every value against the document, then run `kdcl check`",
        "đã ghi {path}: còn {todos} nội dung để TODO; hãy đối chiếu từng giá trị với văn bản, rồi chạy `kdcl check`",
    }
}

#[cfg(test)]
mod tests {
    use super::slug;

    #[test]
    fn slugs_as_the_repository_names_folders() {
        assert_eq!(slug("thành phố Lai Châu"), "thanh-pho-lai-chau");
        assert_eq!(slug("Lạng Sơn"), "lang-son");
        assert_eq!(slug("Đồng Nai"), "dong-nai");
    }
}
