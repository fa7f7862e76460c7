#!/usr/bin/env python3
"""Wraps a plan's text in a page laid out like the news pages of Vietnamese
government portals, with the menus, scripts, sidebars and footers that the
reader must leave out. Usage: portal.py STYLE TEXT_FILE OUT_FILE

STYLE: liferay   (Liferay: the article in div.journal-content-article)
       dotnet    (Portal .NET: the article in a div with no known class,
                  found by its paragraphs alone)
       article   (an <article> element)
       layout    (an old table layout, saved as Windows-1258)
       main      (a <main> element)
       fodt      not a page: a flat OpenDocument text, in Liberation Serif
                 (Times New Roman's metrics) 13 pt, justified, as offices
                 write plans; LibreOffice saves it as .docx, .odt and .pdf
A line with tabs becomes a table row; every other line a paragraph.
"""
import html
import sys
import unicodedata

style, source, target = sys.argv[1:4]
lines = open(source, encoding="utf-8-sig").read().splitlines()

body, rows = [], []
for line in lines + [""]:
    if "\t" in line:
        cells = "".join(f"<td>{html.escape(c)}</td>" for c in line.split("\t"))
        rows.append(f"<tr>{cells}</tr>")
        continue
    if rows:
        body.append('<table border="1">' + "".join(rows) + "</table>")
        rows = []
    if line.strip():
        # Entities as editors write them.
        text = html.escape(line).replace("&#x27;", "&apos;").replace("\u00a0", "&nbsp;")
        body.append(f"<p>{text}</p>")
article = "\n".join(body)

menu = "".join(
    f'<li><a href="/{i}">{name}</a></li>'
    for i, name in enumerate(["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Văn bản", "Thủ tục hành chính", "Liên hệ"])
)
related = "".join(
    f'<li><a href="/tin/{i}">Kế hoạch số {i}/KH-UBND năm 2023 về công nhận 0{i} trường</a></li>'
    for i in range(1, 8)
)
head = f"""<head>
<meta charset="{'windows-1258' if style == 'layout' else 'utf-8'}">
<title>Cổng thông tin điện tử</title>
<style>body {{ font-family: Arial; }} .x::before {{ content: "Trường"; }}</style>
<script>var menu = "<div>Trang chủ</div>"; window.dataLayer = [];</script>
</head>"""
chrome_top = f"""<header class="site-header"><div class="logo">CỔNG THÔNG TIN ĐIỆN TỬ</div></header>
<nav class="main-menu"><ul>{menu}</ul></nav>
<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/tin">Tin tức</a></div>"""
chrome_side = f"""<div class="sidebar"><h3>Tin liên quan</h3><ul>{related}</ul></div>"""
chrome_bottom = """<footer><p>Bản quyền thuộc Ủy ban nhân dân. Địa chỉ: số 1 đường 3-2. Điện thoại: 0205 3876 543.</p></footer>
<script>document.write("<p>Lượt truy cập: 12345</p>");</script>"""

FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Liberation Serif" svg:font-family="Liberation Serif" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles><style:default-style style:family="paragraph">
<style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.2cm"/>
<style:text-properties style:font-name="Liberation Serif" fo:font-size="13pt" fo:language="vi" fo:country="VN"/>
</style:default-style></office:styles>
<office:body><office:text>
{body}
</office:text></office:body></office:document>
"""

if style == "fodt":
    out, rows = [], []
    for line in lines + [""]:
        if "\t" in line:
            cells = "".join(f"<table:table-cell><text:p>{html.escape(c, quote=False)}</text:p></table:table-cell>" for c in line.split("\t"))
            rows.append(f"<table:table-row>{cells}</table:table-row>")
            continue
        if rows:
            out.append("<table:table><table:table-column table:number-columns-repeated=\"8\"/>" + "".join(rows) + "</table:table>")
            rows = []
        out.append(f"<text:p>{html.escape(line, quote=False)}</text:p>")
    with open(target, "w", encoding="utf-8") as f:
        f.write(FODT.format(body="\n".join(out)))
    sys.exit(0)

if style == "liferay":
    page = f"""<!DOCTYPE html><html lang="vi">{head}<body>{chrome_top}
<div id="content"><div class="columns-2"><div class="portlet-column">
<section class="portlet" id="portlet_56_INSTANCE_x"><div class="portlet-body">
<div class="journal-content-article" data-analytics-asset-id="1">
{article}
</div></div></section></div><div class="portlet-column">
<div class="journal-content-article"><p>Hướng dẫn sử dụng cổng thông tin</p></div>{chrome_side}</div></div></div>
{chrome_bottom}</body></html>"""
elif style == "dotnet":
    page = f"""<!DOCTYPE html><html>{head}<body><form id="aspnetForm" action="/">
<input type="hidden" name="__VIEWSTATE" value="abc"></form>{chrome_top}
<div id="ctl00_ContentPlaceHolder1_pnlNews" class="ctl-box"><div class="Title-News">Tin tức - Sự kiện</div>
<div id="ctl00_ContentPlaceHolder1_ctl00_divContent" class="DivContentNews">
{article}
</div><div class="DateNews">Cập nhật: 12/03/2024 08:15</div></div>{chrome_side}
{chrome_bottom}</body></html>"""
elif style == "article":
    page = f"""<!DOCTYPE html><html>{head}<body>{chrome_top}<div class="wrap">
<article class="post">
{article}
</article>{chrome_side}</div>{chrome_bottom}</body></html>"""
elif style == "layout":
    page = f"""<html>{head}<body><table width="100%"><tr><td colspan="2">{chrome_top}</td></tr>
<tr><td width="200" valign="top">{chrome_side}</td><td valign="top" class="noidungchinh">
{article}
</td></tr><tr><td colspan="2">{chrome_bottom}</td></tr></table></body></html>"""
elif style == "main":
    page = f"""<!DOCTYPE html><html>{head}<body>{chrome_top}
<main>{article}</main>{chrome_side}{chrome_bottom}</body></html>"""
else:
    sys.exit(f"unknown style {style}")


def cp1258(text):
    """Windows-1258: letters it lacks are written as a base letter and a
    combining tone mark, as that code page does."""
    out = bytearray()
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        nfd = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in tones))
        marks = "".join(c for c in nfd if c in tones)
        out += (base + marks).encode("cp1258", errors="xmlcharrefreplace")
    return bytes(out)


with open(target, "wb") as f:
    f.write(cp1258(page) if style == "layout" else page.encode("utf-8"))
