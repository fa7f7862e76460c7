//! OpenDocument text (.odt): `content.xml` read as a Word document is
//! (paragraphs, headings, list items and tables in order, text boxes after
//! their paragraph, footnotes and endnotes after the body). Not read, and
//! said so: comments (annotations), the numbers of list items. Never read:
//! the deleted text that tracked changes keep, note marks, the descriptions
//! of images, and the page headers and footers, which ODF keeps with the
//! styles.

use quick_xml::events::BytesStart;

use super::docx;
use super::lines::Lines;
use super::package::Package;
use super::xmlwalk::{self, Role, local};
use crate::diag::diagnostic::Message;
use crate::msg;

/// The MIME types of OpenDocument text, and of its template.
const TEXT_TYPES: [&str; 2] = [
    "application/vnd.oasis.opendocument.text",
    "application/vnd.oasis.opendocument.text-template",
];

fn role(e: &BytesStart) -> Role {
    match local(e) {
        "p" | "h" => Role::Paragraph { text: true },
        "table" => Role::Table,
        "table-row" => Role::Row,
        "table-cell" => Role::Cell,
        "tab" => Role::Tab,
        "line-break" => Role::Break,
        "s" => Role::Spaces,
        "text-box" => Role::TextBox,
        "note-body" => Role::Note { aside: true },
        "annotation" => Role::Comment,
        // A merged cell's place: Word writes none, so neither is read here.
        "note-citation" | "tracked-changes" | "covered-table-cell" | "desc" | "title" | "forms"
        | "annotation-end" => Role::Skip,
        _ => Role::Other,
    }
}

/// Whether a package is OpenDocument text, by its `mimetype` entry.
pub(super) fn is_odt(package: &mut Package) -> Result<bool, Message> {
    let kind = package.part("mimetype")?.unwrap_or_default();
    Ok(TEXT_TYPES.contains(&kind.trim()))
}

/// The text of an OpenDocument text and what was left out.
pub(super) fn read(bytes: &[u8]) -> Result<(String, Vec<Message>), Message> {
    let mut package = Package::open(bytes)?;
    let kind = package.part("mimetype")?.unwrap_or_default();
    let kind = kind.trim();
    if kind.starts_with("application/vnd.oasis.opendocument.") && !TEXT_TYPES.contains(&kind) {
        return Err(msg!(NOT_TEXT_DOCUMENT, kind = kind.to_string()));
    }
    let content = package
        .part("content.xml")?
        .ok_or_else(|| msg!(docx::NO_BODY, part = "content.xml"))?;
    let mut lines = Lines::default();
    let met = xmlwalk::walk(&content, &mut lines, role, &mut |_, _| None)?;
    let mut said = docx::said(met);
    if content.contains("<text:list-item") {
        said.push(msg!(NOTE_NUMBERING));
    }
    Ok((lines.finish(), said))
}

crate::texts! {
    pub(crate) NOTE_NUMBERING = "document-note-numbering" {
        "the numbers of list items (1., a), -) are not part of the text read: LibreOffice draws them, the document does not hold them as text",
        "số thứ tự của các mục danh sách (1., a), -) không có trong văn bản đọc được: LibreOffice tự vẽ, văn bản không lưu chúng dưới dạng chữ",
    }
    pub(crate) NOT_TEXT_DOCUMENT = "document-odf-not-text" {
        "this OpenDocument file is not a text document ({kind}): open it in LibreOffice Writer and save the plan as .odt or .docx",
        "tệp OpenDocument này không phải văn bản ({kind}): hãy mở bằng LibreOffice Writer rồi lưu kế hoạch thành .odt hoặc .docx",
    }
}

#[cfg(test)]
mod tests {
    use super::super::package::zipped;
    use super::*;

    fn odt(body: &str) -> Vec<u8> {
        let content = format!(
            r#"<office:document-content xmlns:office="o" xmlns:text="t" xmlns:table="ta" xmlns:draw="d"><office:body><office:text>{body}</office:text></office:body></office:document-content>"#
        );
        zipped(&[("mimetype", TEXT_TYPES[0]), ("content.xml", &content)])
    }

    #[test]
    fn paragraphs_spaces_notes_and_changes_read_as_shown() {
        let body = concat!(
            "<text:tracked-changes><text:changed-region><text:deletion><text:p>cũ</text:p></text:deletion></text:changed-region></text:tracked-changes>",
            "<text:h>KẾ HOẠCH</text:h>",
            "<text:p>Công nhận<text:s text:c=\"4\"/>05 trường<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>Ghi chú</text:p></text:note-body></text:note>.</text:p>",
            "<text:p><office:annotation><text:p>xem lại</text:p></office:annotation>MN<text:tab/>TH<text:line-break/>THCS</text:p>",
            "<text:list><text:list-item><text:p>Mục một</text:p></text:list-item></text:list>",
        );
        let (text, said) = read(&odt(body)).unwrap();
        assert_eq!(
            text,
            "KẾ HOẠCH\nCông nhận 05 trường.\nMN\tTH\nTHCS\nMục một\nGhi chú\n"
        );
        let ids: Vec<&str> = said.iter().map(|m| m.text.id).collect();
        assert_eq!(
            ids,
            [
                "document-note-footnotes",
                "document-note-comments",
                "document-note-numbering"
            ]
        );
    }

    #[test]
    fn a_spreadsheet_is_not_a_text() {
        let bytes = zipped(&[
            ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
            ("content.xml", "<a/>"),
        ]);
        assert_eq!(read(&bytes).unwrap_err().text.id, "document-odf-not-text");
    }
}
