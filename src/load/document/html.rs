//! Web pages (.html, .htm): the article's text, as the district and
//! province portals publish plans. The page is parsed as browsers do
//! (html5ever, through scraper); its main content is chosen (an `<article>`,
//! `<main>`, a content block of the portals' CMSs, or else the block holding
//! most paragraph text) and read as a document is: a block a line, `<br>` a
//! line break, a table row a line of cells. Scripts, styles, menus,
//! navigation, forms and sidebars are never text.

use std::collections::HashMap;

use ego_tree::NodeId;
use ego_tree::iter::Edge;
use scraper::{ElementRef, Html, Node};

use super::lines::Lines;
use crate::diag::diagnostic::Message;
use crate::msg;

/// Elements nested deeper than this are refused before parsing: browsers
/// stop nesting at 512, and building a page nested deeper costs time that
/// grows with the square of its depth.
pub const MAX_DEPTH: usize = 512;

/// The largest page read: a portal's news page is a few hundred KiB, and
/// parsing time grows faster than the size on pages built to slow it.
pub const MAX_PAGE: usize = 16 << 20;

/// Elements that hold no text of the page.
const NEVER_TEXT: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "aside", "form", "iframe", "svg", "math",
    "button", "select", "menu", "object", "embed", "head", "title", "canvas",
];

/// Words of a class or id that mark a page's furniture, not its article.
const FURNITURE: &[&str] = &[
    "menu",
    "nav",
    "navbar",
    "navigation",
    "breadcrumb",
    "breadcrumbs",
    "sidebar",
    "share",
    "social",
    "banner",
    "related",
    "lienquan",
    "tinlienquan",
    "tinkhac",
    "othernews",
    "toolbar",
    "pagination",
    "print",
    "rating",
];

/// Classes and ids of the blocks that hold an article in the CMSs of
/// Vietnamese portals (Liferay's web content, Portal .NET's news detail)
/// and common others.
const CONTENT: &[&str] = &[
    "journal-content-article",
    "asset-full-content",
    "article-content",
    "articlecontent",
    "article-body",
    "articlebody",
    "news-content",
    "newscontent",
    "content-news",
    "news-detail",
    "newsdetail",
    "detail-content",
    "content-detail",
    "contentdetail",
    "post-content",
    "entry-content",
    "noidung",
    "noi-dung",
    "fulltext",
];

/// Elements whose text, as children of a block, is that block's paragraph text.
const PARAGRAPHS: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "ul",
    "ol",
    "dl",
    "blockquote",
    "pre",
    "span",
    "strong",
    "b",
    "i",
    "em",
    "u",
    "font",
    "sup",
    "sub",
];

/// Elements that end a line before and after them.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "address",
    "figcaption",
    "ul",
    "ol",
    "dl",
    "hr",
    "center",
    "figure",
    "details",
    "summary",
    "fieldset",
    "legend",
];

/// The text of a web page, and which part of it was read.
pub(super) fn read(bytes: &[u8]) -> Result<(String, Vec<Message>), Message> {
    if bytes.len() > MAX_PAGE {
        return Err(msg!(
            TOO_LARGE,
            limit = crate::text::size::mib(MAX_PAGE as u64)
        ));
    }
    let page = decode(bytes);
    if too_deep(&page) {
        return Err(msg!(TOO_DEEP, max = MAX_DEPTH));
    }
    let html = Html::parse_document(&page);
    let (main, furniture_too) = choose(&html);
    let mut lines = Lines::default();
    walk(main, furniture_too, &mut lines);
    if lines.full() {
        return Err(msg!(
            super::xmlwalk::TOO_MUCH_TEXT,
            max = crate::text::size::mib(super::lines::MAX_TEXT as u64)
        ));
    }
    let text = lines.finish();
    if text.is_empty() {
        return Err(msg!(NO_TEXT));
    }
    Ok((text, vec![msg!(NOTE_PART, part = describe(main))]))
}

/// The page as text: a BOM decides, then a `charset` the page declares in
/// its first bytes (Windows-1258 and every other label browsers know),
/// else UTF-8, else the Vietnamese legacy guess plain text gets.
fn decode(bytes: &[u8]) -> String {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        return encoding
            .decode_without_bom_handling(&bytes[bom..])
            .0
            .into_owned();
    }
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
    let declared = head.find("charset=").and_then(|at| {
        let rest = head[at + 8..].trim_start_matches(['"', '\'']);
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(rest.len());
        encoding_rs::Encoding::for_label(&rest.as_bytes()[..end])
    });
    match declared {
        Some(encoding) => encoding.decode_without_bom_handling(bytes).0.into_owned(),
        None => match std::str::from_utf8(bytes) {
            Ok(text) => text.to_string(),
            Err(_) => crate::text::encoding::decode(bytes, None)
                .map(|d| d.text)
                .unwrap_or_else(|_| String::from_utf8_lossy(bytes).into_owned()),
        },
    }
}

/// Whether the page nests elements deeper than [`MAX_DEPTH`], counted
/// from its tags before it is parsed: elements whose end tag may be left
/// out (`<p>`, `<li>`, `<td>` …) and void ones are not counted, so a real
/// page is never refused for its sloppiness.
fn too_deep(page: &str) -> bool {
    const UNCOUNTED: &[&str] = &[
        "p", "li", "dt", "dd", "tr", "td", "th", "tbody", "thead", "tfoot", "option", "optgroup",
        "rb", "rt", "rp", "rtc", "colgroup", "caption", "html", "head", "body", "br", "img", "hr",
        "meta", "link", "input", "col", "area", "base", "embed", "param", "source", "track", "wbr",
    ];
    let mut depth = 0usize;
    for tag in page.split('<').skip(1) {
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if name.is_empty() || UNCOUNTED.contains(&name.as_str()) {
            continue;
        }
        let head = tag.split('>').next().unwrap_or(tag);
        if closing {
            depth = depth.saturating_sub(1);
        } else if !head.ends_with('/') {
            depth += 1;
            if depth > MAX_DEPTH {
                return true;
            }
        }
    }
    false
}

fn is_furniture(e: &scraper::node::Element) -> bool {
    let words = e
        .classes()
        .chain(e.id())
        .flat_map(|c| c.split(['-', '_', ' ']).chain(std::iter::once(c)))
        .map(str::to_ascii_lowercase);
    let hidden = e.attr("aria-hidden") == Some("true") || e.attr("hidden").is_some();
    let role = matches!(
        e.attr("role"),
        Some("navigation" | "banner" | "contentinfo" | "menu" | "search")
    );
    hidden || role || words.into_iter().any(|w| FURNITURE.contains(&w.as_str()))
}

fn never_text(e: &scraper::node::Element, furniture_too: bool) -> bool {
    NEVER_TEXT.contains(&e.name())
        || is_furniture(e)
        || (furniture_too && matches!(e.name(), "header" | "footer"))
}

/// Text of every element, and how much of it each holds as paragraphs of
/// its own: one pass, links and furniture not counted.
struct Measure {
    total: HashMap<NodeId, usize>,
    best: Option<(NodeId, usize)>,
}

fn measure(html: &Html) -> Measure {
    struct Frame {
        id: NodeId,
        counted: bool,
        paragraph: bool,
        div: bool,
        block: bool,
        blocks: bool,
        total: usize,
        own: usize,
    }
    let mut measure = Measure {
        total: HashMap::new(),
        best: None,
    };
    let mut stack: Vec<Frame> = Vec::new();
    for edge in html.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(e) => stack.push(Frame {
                    id: node.id(),
                    // Inside furniture or a link, no text counts.
                    counted: stack.last().is_none_or(|p| p.counted)
                        && !never_text(e, true)
                        && e.name() != "a",
                    paragraph: PARAGRAPHS.contains(&e.name()),
                    div: e.name() == "div",
                    block: BLOCKS.contains(&e.name()) || e.name() == "table",
                    blocks: false,
                    total: 0,
                    own: 0,
                }),
                Node::Text(t) => {
                    if let Some(top) = stack.last_mut() {
                        let len = t.trim().chars().count();
                        top.total += len;
                        top.own += len;
                    }
                }
                _ => {}
            },
            Edge::Close(node) if node.value().is_element() => {
                let Some(frame) = stack.pop() else { continue };
                let total = if frame.counted { frame.total } else { 0 };
                measure.total.insert(frame.id, total);
                if measure.best.is_none_or(|(_, own)| frame.own > own) && frame.counted {
                    measure.best = Some((frame.id, frame.own));
                }
                if let Some(parent) = stack.last_mut() {
                    parent.total += total;
                    parent.blocks |= frame.block;
                    if frame.paragraph || (frame.div && !frame.blocks) {
                        parent.own += total;
                    }
                }
            }
            Edge::Close(_) => {}
        }
    }
    measure
}

/// The element holding the article, and whether page headers and footers
/// inside it are furniture (when it was chosen by its text alone).
fn choose(html: &Html) -> (ElementRef<'_>, bool) {
    let measure = measure(html);
    let best = measure
        .best
        .and_then(|(id, _)| html.tree.get(id))
        .and_then(ElementRef::wrap);
    let floor = measure.best.map_or(0, |(_, own)| own / 2);
    let total = |e: &ElementRef| measure.total.get(&e.id()).copied().unwrap_or(0);
    let elements = || html.tree.root().descendants().filter_map(ElementRef::wrap);
    let kinds: [&dyn Fn(&scraper::node::Element) -> bool; 3] = [
        &|e| e.name() == "article",
        &|e| {
            e.name() == "main"
                || e.attr("role") == Some("main")
                || e.attr("itemprop") == Some("articleBody")
        },
        &|e| {
            e.classes()
                .chain(e.id())
                .any(|c| CONTENT.contains(&c.to_ascii_lowercase().as_str()))
        },
    ];
    for kind in kinds {
        let chosen = elements()
            .filter(|e| kind(e.value()))
            .max_by_key(|e| (total(e), std::cmp::Reverse(e.id())));
        if let Some(chosen) = chosen.filter(|e| total(e) > 0 && total(e) >= floor) {
            return (chosen, false);
        }
    }
    match best {
        Some(best) if total(&best) > 0 => (best, true),
        _ => (html.root_element(), true),
    }
}

/// Reads the element `main` into `lines`.
fn walk(main: ElementRef, furniture_too: bool, lines: &mut Lines) {
    let mut skip: Option<NodeId> = None;
    let mut pre = 0usize;
    for edge in main.traverse() {
        match edge {
            Edge::Open(node) => {
                if skip.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Text(t) if pre > 0 => {
                        let mut parts = t.split('\n');
                        lines.text(parts.next().unwrap_or(""));
                        for part in parts {
                            lines.line_break();
                            lines.text(part);
                        }
                    }
                    Node::Text(t) => lines.text(t),
                    Node::Element(e) if never_text(e, furniture_too) => skip = Some(node.id()),
                    Node::Element(e) => match e.name() {
                        "table" => lines.start_table(),
                        "br" => lines.line_break(),
                        "pre" => pre += 1,
                        "td" | "th" | "tr" | "caption" => {}
                        name if BLOCKS.contains(&name) => lines.end_block(),
                        _ => {}
                    },
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if let Some(id) = skip {
                    if id == node.id() {
                        skip = None;
                    }
                    continue;
                }
                let Node::Element(e) = node.value() else {
                    continue;
                };
                match e.name() {
                    "table" => lines.end_table(),
                    "td" | "th" => lines.end_cell(),
                    "tr" => lines.end_row(),
                    "caption" => {
                        lines.end_cell();
                        lines.end_row();
                    }
                    "pre" => {
                        pre -= 1;
                        lines.end_block();
                    }
                    name if BLOCKS.contains(&name) => lines.end_block(),
                    _ => {}
                }
            }
        }
    }
}

/// How the chosen element is written in the page (`<div class="…">`).
fn describe(e: ElementRef) -> String {
    let e = e.value();
    let mut out = format!("<{}", e.name());
    if let Some(id) = e.id() {
        out.push_str(&format!(" id=\"{id}\""));
    }
    let classes: Vec<&str> = e.classes().collect();
    if !classes.is_empty() {
        out.push_str(&format!(" class=\"{}\"", classes.join(" ")));
    }
    out.push('>');
    out
}

crate::texts! {
    pub(crate) TOO_DEEP = "document-html-too-deep" {
        "this page nests its elements more than {max} levels deep, as no real page does, so it is not read: copy the article's text into a .txt file",
        "trang này lồng các phần tử sâu hơn {max} cấp, điều không trang thật nào có, nên không được đọc: hãy chép nội dung bài viết vào một tệp .txt",
    }
    pub(crate) TOO_LARGE = "document-html-too-large" {
        "this page is larger than {limit}, more than any news page needs, so it is not read: copy the article's text into a .txt file",
        "trang này lớn hơn {limit}, lớn hơn mọi trang tin cần, nên không được đọc: hãy chép nội dung bài viết vào một tệp .txt",
    }
    pub(crate) NO_TEXT = "document-html-no-text" {
        "this page holds no text to read (it may be drawn by scripts): open it in a browser, copy the article's text and save it as .txt",
        "trang này không có nội dung để đọc (có thể do mã script hiển thị): hãy mở bằng trình duyệt, chép nội dung bài viết và lưu thành .txt",
    }
    pub(crate) NOTE_PART = "document-html-part" {
        "the page's text was read from {part}; its menus, scripts, styles and other blocks were not",
        "nội dung trang được đọc từ {part}; trình đơn, mã script, kiểu trình bày và các khối khác của trang không được đọc",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(page: &str) -> String {
        read(page.as_bytes())
            .map(|(text, _)| text)
            .unwrap_or_else(|m| m.render())
    }

    #[test]
    fn the_article_is_read_not_the_page_around_it() {
        let page = r#"<html><head><title>Cổng</title><style>p{}</style></head><body>
            <header><p>CỔNG THÔNG TIN</p></header>
            <nav><ul><li><a href="/">Trang chủ</a></li></ul></nav>
            <div class="menu-top"><p>Văn bản</p></div>
            <article><header><h1>Kế hoạch số 12/KH-UBND</h1></header>
              <p>Công nhận&nbsp;05 trường:<br>MN Hoa Sen;</p><ul><li>TH Kim Đồng</li><li>THCS 3-2</li></ul>
              <script>var x = "<p>06 trường</p>";</script>
              <pre>Dòng 1
Dòng 2</pre>
            </article>
            <aside><p>Tin liên quan: 08 trường</p></aside>
            <footer><p>Địa chỉ</p></footer></body></html>"#;
        assert_eq!(
            text(page),
            "Kế hoạch số 12/KH-UBND\nCông nhận 05 trường:\nMN Hoa Sen;\nTH Kim Đồng\nTHCS 3-2\nDòng 1\nDòng 2\n"
        );
    }

    #[test]
    fn without_marks_the_block_with_most_paragraphs_is_the_article() {
        let paragraphs = "<p>Năm 2024 công nhận 05 trường đạt chuẩn quốc gia.</p>".repeat(3);
        let links = r#"<a href="/1">Kế hoạch năm 2023 về công nhận 09 trường</a>"#.repeat(10);
        let page = format!(
            r#"<body><div id="wrap"><div class="left">{links}</div><div class="x1">{paragraphs}<table><tr><td>1</td><td>MN A</td></tr></table></div><div class="footer-box"><p>Bản quyền</p></div></div></body>"#
        );
        let (text, notes) = read(page.as_bytes()).unwrap();
        assert_eq!(
            text,
            format!(
                "{}1\tMN A\n",
                "Năm 2024 công nhận 05 trường đạt chuẩn quốc gia.\n".repeat(3)
            )
        );
        assert_eq!(notes[0].args[0].1, "<div class=\"x1\">");
    }

    #[test]
    fn the_charset_comes_from_a_bom_or_the_page() {
        let (encoded, _, _) = encoding_rs::WINDOWS_1258.encode("<p>Trường Hòa Bình</p>");
        let mut page =
            b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\">"
                .to_vec();
        page.extend_from_slice(&encoded);
        let (text, _) = read(&page).unwrap();
        let nfc: String = unicode_normalization::UnicodeNormalization::nfc(text.as_str()).collect();
        assert_eq!(nfc, "Trường Hòa Bình\n");
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend("<p>Lai Châu</p>".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(read(&utf16).unwrap().0, "Lai Châu\n");
    }

    #[test]
    fn a_page_too_large_is_refused_before_parsing() {
        let page = vec![b'x'; MAX_PAGE + 1];
        assert_eq!(read(&page).unwrap_err().text.id, "document-html-too-large");
    }

    #[test]
    fn depth_is_counted_on_the_tags_that_must_close() {
        assert!(too_deep(&"<div>".repeat(MAX_DEPTH + 1)));
        assert!(!too_deep(&"<div></div>".repeat(10 * MAX_DEPTH)));
        assert!(!too_deep(
            &"<p>a<li>b<br><img src=x><td>c<input/>".repeat(10 * MAX_DEPTH)
        ));
        assert!(!too_deep(&"<div/>".repeat(10 * MAX_DEPTH)));
    }
}
