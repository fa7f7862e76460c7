//! Word documents (.docx, Office Open XML): the main part's paragraphs and
//! tables in order, text boxes after the paragraph they are anchored to,
//! then footnotes and endnotes after the body; a list item's number ("1.",
//! "a)", "-" for a bullet) before its text. Not read, and said so:
//! comments, page headers and footers, numbering given by paragraph styles. Deleted text of
//! tracked changes and field codes are not the text as it reads, so they
//! are never read.

use quick_xml::events::{BytesStart, Event};

use super::lines::Lines;
use super::numbering::Numbering;
use super::package::{self, Package};
use super::xmlwalk::{self, Met, Role, local};
use crate::diag::diagnostic::Message;
use crate::msg;

/// The role of a WordprocessingML element.
fn role(e: &BytesStart) -> Role {
    match local(e) {
        "p" => Role::Paragraph { text: false },
        "t" => Role::Run,
        "tbl" => Role::Table,
        "tr" => Role::Row,
        "tc" => Role::Cell,
        "tab" | "ptab" => Role::Tab,
        "br" | "cr" => Role::Break,
        "noBreakHyphen" => Role::Hyphen,
        "ilvl" => Role::ListLevel(number(e).unwrap_or(0)),
        "numId" => Role::ListNumber(number(e).unwrap_or(0)),
        "txbxContent" => Role::TextBox,
        // Separators are the lines between the body and the notes.
        "footnote" | "endnote" if package::attribute(e, "w:type").is_none() => {
            Role::Note { aside: false }
        }
        // The VML copy of a shape whose modern copy (mc:Choice) is read;
        // tab stops; run properties; a paragraph's former properties
        // (tracked); deleted and moved-away text; separators.
        "Fallback" | "tabs" | "rPr" | "pPrChange" | "sectPr" | "del" | "moveFrom" | "footnote"
        | "endnote" => Role::Skip,
        _ => Role::Other,
    }
}

/// An element's `w:val` as a number.
fn number<T: std::str::FromStr>(e: &BytesStart) -> Option<T> {
    package::attribute(e, "w:val")?.parse().ok()
}

/// The text of a Word document and what was left out.
pub(super) fn read(bytes: &[u8]) -> Result<(String, Vec<Message>), Message> {
    let mut package = Package::open(bytes)?;
    let main = main_part(&mut package)?;
    let body = package
        .part(&main)?
        .ok_or_else(|| msg!(NO_BODY, part = main.clone()))?;
    let mut numbering = match package.part("word/numbering.xml")? {
        Some(xml) => Numbering::parse(&xml)?,
        None => Numbering::default(),
    };
    let mut label = |list, level| numbering.label(list, level);
    let mut lines = Lines::default();
    let mut met = xmlwalk::walk(&body, &mut lines, role, &mut label)?;
    for part in ["word/footnotes.xml", "word/endnotes.xml"] {
        if let Some(xml) = package.part(part)? {
            let notes = xmlwalk::walk(&xml, &mut lines, role, &mut label)?;
            met.notes += notes.notes;
            met.boxes += notes.boxes;
        }
    }
    let mut said = said(met);
    let mut margins = 0;
    let mut comments = 0;
    for name in package.names() {
        let header = name.starts_with("word/header") || name.starts_with("word/footer");
        let comment = name == "word/comments.xml";
        if !(header || comment) || !name.ends_with(".xml") {
            continue;
        }
        let Some(xml) = package.part(&name)? else {
            continue;
        };
        let mut text = Lines::default();
        let found = xmlwalk::walk(&xml, &mut text, role_in_margins, &mut |_, _| None)?;
        if header && !text.finish().is_empty() {
            margins += 1;
        }
        comments += found.comments;
    }
    if margins > 0 {
        said.push(msg!(NOTE_MARGINS, count = margins));
    }
    if comments > 0 {
        said.push(msg!(NOTE_COMMENTS, count = comments));
    }
    // Numbering a paragraph style gives (numbered headings) is not read.
    let styles = package.part("word/styles.xml")?.unwrap_or_default();
    if styles.contains("<w:numPr>") {
        said.push(msg!(NOTE_STYLE_NUMBERING));
    }
    Ok((lines.finish(), said))
}

/// Headers, footers and comments are read only to count them.
fn role_in_margins(e: &BytesStart) -> Role {
    match local(e) {
        "comment" => Role::Comment,
        _ => role(e),
    }
}

/// What the text holds beyond the body, as notes of the document.
pub(super) fn said(met: Met) -> Vec<Message> {
    let mut said = Vec::new();
    if met.boxes > 0 {
        said.push(msg!(NOTE_BOXES, count = met.boxes));
    }
    if met.notes > 0 {
        said.push(msg!(NOTE_FOOTNOTES, count = met.notes));
    }
    if met.comments > 0 {
        said.push(msg!(NOTE_COMMENTS, count = met.comments));
    }
    said
}

/// The main part's name, from `[Content_Types].xml` (Word writes
/// `word/document.xml`; other writers may name it otherwise).
fn main_part(package: &mut Package) -> Result<String, Message> {
    const DEFAULT: &str = "word/document.xml";
    let Some(types) = package.part("[Content_Types].xml")? else {
        return Ok(DEFAULT.to_string());
    };
    let mut reader = package::xml(&types);
    loop {
        match package::next(&mut reader)? {
            Event::Empty(e) | Event::Start(e) if local(&e) == "Override" => {
                let kind = package::attribute(&e, "ContentType").unwrap_or_default();
                let main = [
                    "wordprocessingml.document.main+xml",
                    "wordprocessingml.template.main+xml",
                    "ms-word.document.macroEnabled.main+xml",
                    "ms-word.template.macroEnabledTemplate.main+xml",
                ]
                .iter()
                .any(|m| kind.ends_with(m));
                if let Some(name) = package::attribute(&e, "PartName").filter(|_| main) {
                    return Ok(name.trim_start_matches('/').to_string());
                }
            }
            Event::Eof => return Ok(DEFAULT.to_string()),
            _ => {}
        }
    }
}

crate::texts! {
    pub(crate) NO_BODY = "document-no-body" {
        "the file has no text part ({part}): it is not a Word document, or it is damaged; open it in Word and save it again as .docx",
        "tệp không có phần văn bản ({part}): đây không phải văn bản Word hoặc tệp bị hỏng; hãy mở bằng Word rồi lưu lại thành .docx",
    }
    pub(crate) NOTE_BOXES = "document-note-boxes" {
        "{count} {count:text box was/text boxes were} read after the paragraph each is anchored to",
        "{count} khung văn bản (text box) được đọc sau đoạn văn mà khung gắn vào",
    }
    pub(crate) NOTE_FOOTNOTES = "document-note-footnotes" {
        "{count} {count:footnote or endnote was/footnotes and endnotes were} read after the body of the document",
        "{count} chú thích (cuối trang, cuối văn bản) được đọc sau phần thân văn bản",
    }
    pub(crate) NOTE_COMMENTS = "document-note-comments" {
        "{count} {count:comment was/comments were} not read: comments are not part of the plan",
        "{count} nhận xét (comment) không được đọc: nhận xét không thuộc nội dung kế hoạch",
    }
    pub(crate) NOTE_MARGINS = "document-note-margins" {
        "{count} page {count:header or footer was/headers and footers were} not read: what a plan states is in its body",
        "{count} đầu trang, chân trang không được đọc: nội dung kế hoạch nằm ở phần thân văn bản",
    }
    pub(crate) NOTE_STYLE_NUMBERING = "document-note-style-numbering" {
        "the numbers Word draws before headings numbered by their style are not part of the text read (list numbering is)",
        "số thứ tự Word tự vẽ trước các đề mục được đánh số theo kiểu (style) không có trong văn bản đọc được (số thứ tự của danh sách thì có)",
    }
}

#[cfg(test)]
mod tests {
    use super::super::package::zipped;
    use super::*;

    const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006""#;

    fn body(inner: &str) -> String {
        format!("<w:document {W}><w:body>{inner}</w:body></w:document>")
    }

    fn ids(notes: &[Message]) -> Vec<&str> {
        notes.iter().map(|n| n.text.id).collect()
    }

    #[test]
    fn the_text_reads_as_it_shows_now() {
        let xml = body(concat!(
            r#"<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>"#,
            "<w:r><w:t>Công nhận </w:t></w:r>",
            "<w:del><w:r><w:delText>05</w:delText></w:r></w:del>",
            "<w:ins><w:r><w:t>07</w:t></w:r></w:ins>",
            r#"<w:r><w:fldChar w:fldCharType="begin"/><w:instrText> PAGE </w:instrText></w:r>"#,
            "<w:r><w:t xml:space=\"preserve\"> trường</w:t><w:br/><w:t>TH</w:t><w:noBreakHyphen/><w:t>THCS</w:t><w:tab/><w:t>x</w:t></w:r></w:p>",
            "<w:p/>",
            "<w:p><w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent><w:p><w:r><w:t>Hộp</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>",
            "<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Hộp</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent>",
            "<w:t>Neo</w:t></w:r></w:p>",
        ));
        let bytes = zipped(&[("word/document.xml", &xml)]);
        let (text, notes) = read(&bytes).unwrap();
        assert_eq!(text, "Công nhận 07 trường\nTH-THCS\tx\n\nNeo\nHộp\n");
        assert_eq!(ids(&notes), ["document-note-boxes"]);
    }

    #[test]
    fn notes_come_after_the_body_and_what_is_left_out_is_said() {
        let types = r#"<Types><Override PartName="/word/main.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;
        let main = body(concat!(
            r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Mục</w:t></w:r>"#,
            r#"<w:r><w:footnoteReference w:id="2"/></w:r></w:p>"#,
        ));
        let notes = format!(
            "<w:footnotes {W}><w:footnote w:type=\"separator\" w:id=\"0\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id=\"2\"><w:p><w:r><w:t>Chú thích</w:t></w:r></w:p></w:footnote></w:footnotes>"
        );
        let header = format!("<w:hdr {W}><w:p><w:r><w:t>Trang 1</w:t></w:r></w:p></w:hdr>");
        let comments = format!(
            "<w:comments {W}><w:comment w:id=\"1\"><w:p><w:r><w:t>sửa</w:t></w:r></w:p></w:comment></w:comments>"
        );
        let bytes = zipped(&[
            ("[Content_Types].xml", types),
            ("word/main.xml", &main),
            ("word/footnotes.xml", &notes),
            ("word/header1.xml", &header),
            ("word/comments.xml", &comments),
            (
                "word/numbering.xml",
                r#"<w:numbering xmlns:w="w"><w:abstractNum w:abstractNumId="4"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="4"/></w:num></w:numbering>"#,
            ),
            (
                "word/styles.xml",
                "<w:styles><w:style><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style></w:styles>",
            ),
        ]);
        let (text, said) = read(&bytes).unwrap();
        assert_eq!(text, "1. Mục\nChú thích\n");
        assert_eq!(
            ids(&said),
            [
                "document-note-footnotes",
                "document-note-margins",
                "document-note-comments",
                "document-note-style-numbering"
            ]
        );
    }

    #[test]
    fn a_package_without_its_text_is_damaged() {
        let bytes = zipped(&[("other.xml", "<a/>")]);
        assert_eq!(read(&bytes).unwrap_err().text.id, "document-no-body");
    }
}
