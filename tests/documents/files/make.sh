#!/bin/sh
# Makes the documents the format tests read, from the seed texts and from
# schools.fodt (a plan with a table, a nested table, a line break, a tab, a
# footnote and a text box). Run from anywhere; needs LibreOffice
# (apt-get install libreoffice-writer) and python3. The files are committed,
# so the tests never need LibreOffice.
#
#   <seed>.docx  LibreOffice: the seed's text as a flat ODT in Liberation Serif
#                13 pt (portal.py fodt), saved as Word 2007-365
#   <seed>.odt   the same, saved as OpenDocument text
#   <seed>.pdf   the same, exported as PDF (LibreOffice's writer_pdf_Export)
#   <seed>.html  the seed's text in a page laid out like a portal's (portal.py)
#   schools.{docx,odt,pdf}  schools.fodt saved in each format
#   schools.html            schools.fodt's text as a Liferay page
#   numbered.{docx,odt}     numbered.fodt (a numbered list in three levels, a bulleted one)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
seeds="$here/../seeds"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
styles="liferay dotnet article layout main"
for txt in "$seeds"/*.txt; do
    name=$(basename "$txt" .txt)
    python3 "$here/portal.py" fodt "$txt" "$work/$name.fodt"
    (cd "$work" &&
        soffice --headless --convert-to 'docx:MS Word 2007 XML' "$name.fodt" >/dev/null &&
        soffice --headless --convert-to odt "$name.fodt" >/dev/null &&
        soffice --headless --convert-to pdf "$name.fodt" >/dev/null)
    cp "$work/$name.docx" "$work/$name.odt" "$work/$name.pdf" "$here/"
    # One portal style per seed, in turn.
    style=$(echo $styles | cut -d' ' -f1)
    styles="$(echo $styles | cut -d' ' -f2-) $style"
    python3 "$here/portal.py" "$style" "$txt" "$here/$name.html"
done
cp "$here/schools.fodt" "$here/numbered.fodt" "$work/"
(cd "$work" &&
    soffice --headless --convert-to 'docx:MS Word 2007 XML' schools.fodt >/dev/null &&
    soffice --headless --convert-to odt schools.fodt >/dev/null &&
    soffice --headless --convert-to pdf schools.fodt >/dev/null &&
    soffice --headless --convert-to 'docx:MS Word 2007 XML' numbered.fodt >/dev/null &&
    soffice --headless --convert-to odt numbered.fodt >/dev/null)
cp "$work/schools.docx" "$work/schools.odt" "$work/schools.pdf" "$here/"
cp "$work/numbered.docx" "$work/numbered.odt" "$here/"
# The table page is written from the expected text, laid out as a Liferay page.
python3 "$here/portal.py" liferay "$here/schools.txt" "$here/schools.html"
# The benchmark's PDF (benches/document.rs): the five seeds, then seeds 000, 002 and 003 again: 52 pages.
cat "$seeds"/*.txt "$seeds"/000_*.txt "$seeds"/002_*.txt "$seeds"/003_*.txt > "$work/plan-50-pages.txt"
python3 "$here/portal.py" fodt "$work/plan-50-pages.txt" "$work/plan-50-pages.fodt"
(cd "$work" && soffice --headless --convert-to pdf plan-50-pages.fodt >/dev/null)
cp "$work/plan-50-pages.pdf" "$here/"
