#!/bin/sh
# Renders `kdcl report` of the seed plans and of examples/ in headless
# Chromium: saves a screenshot of each page and the page printed (PDF,
# A4), and fails when the page logs a
# console error or a chart draws nothing. Run by hand (not by `cargo test`):
#
#     scripts/check-report-in-browser.sh [OUT_DIR]
#
# Needs chromium (apt-get install -y chromium). Screenshots go to OUT_DIR
# (default target/report-check), HEIGHT pixels high (default 2400); the
# seeds' one (seeds.png) is docs/report-screenshot.png: copy it there when
# the page changes.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-"$root/target/report-check"}
browser=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}
if [ -z "$browser" ]; then
    echo "no Chromium found: apt-get install -y chromium, or set CHROMIUM" >&2
    exit 2
fi
mkdir -p "$out"
(cd "$root" && cargo build --quiet)
kdcl="$root/target/debug/kdcl"
# The same date on every run, so the pages (and screenshots) do not change.
export KDCL_TODAY=2026-01-15

chrome() {
    # No sandbox: containers and CI runners often forbid it; the pages run no script of their own.
    "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
        --no-first-run --no-default-browser-check --user-data-dir="$out/profile" "$@"
}

# The probe, added to a copy of a page only: records errors, then measures
# every chart once the page has loaded, into <pre id="probe"> (on one line
# once added: comments in it are /* */).
probe='<script>
var problems = [];
window.addEventListener("error", function (e) { problems.push("error: " + e.message); });
window.addEventListener("load", function () {
  var charts = document.querySelectorAll("svg.chart");
  if (charts.length === 0) problems.push("no chart");
  charts.forEach(function (svg, i) {
    var box = svg.getBBox();
    /* A bar per known value (zero-wide for a zero), a dash per unknown one. */
    var marks = svg.querySelectorAll("rect.bar, text.none").length;
    var labels = Array.prototype.filter.call(svg.querySelectorAll("text.label"), function (e) {
      var b = e.getBBox(); return b.width > 0 && b.height > 0;
    });
    if (box.width <= 0 || box.height <= 0 || marks === 0 || labels.length === 0) problems.push("chart " + (i + 1) + " draws nothing");
  });
  var p = document.createElement("pre"); p.id = "probe";
  p.textContent = problems.length ? problems.join("; ") : "charts: " + charts.length + " ok";
  document.body.appendChild(p);
});
</script>'

status=0
check() {
    name=$1; dir=$2; shift 2
    page="$out/$name.html"
    (cd "$dir" && "$kdcl" report "$@" -o "$page" --force) || { echo "$name: kdcl report failed" >&2; status=1; return; }
    chrome --window-size=1100,${HEIGHT:-2400} --screenshot="$out/$name.png" "file://$page" 2>/dev/null
    # As printed: A4 pages, to look at (tables and charts are kept whole on a page).
    chrome --no-pdf-header-footer --print-to-pdf="$out/$name.pdf" "file://$page" 2>/dev/null
    probed="$out/$name.probe.html"
    sed "s#</head>#$(printf '%s' "$probe" | tr '\n' ' ' | sed 's/[#&]/\\&/g')</head>#" "$page" > "$probed"
    log="$out/$name.log"
    chrome --enable-logging=stderr --v=0 --virtual-time-budget=5000 --dump-dom "file://$probed" > "$out/$name.dom" 2> "$log" || true
    result=$(sed -n 's#.*<pre id="probe">\(.*\)</pre>.*#\1#p' "$out/$name.dom")
    # Console messages of the page, as Chromium logs them.
    console=$(grep -E 'CONSOLE|Uncaught' "$log" || true)
    case "$result" in
        "charts: "*" ok") ;;
        *) echo "$name: ${result:-the probe did not run}" >&2; status=1 ;;
    esac
    if [ -n "$console" ]; then
        echo "$name: console: $console" >&2; status=1
    fi
    echo "$name: ${result:-no result}; screenshot $out/$name.png, printed $out/$name.pdf"
}

check seeds "$root" plans --year 2024 --lang vi
check seeds-en "$root" plans --year 2024
for example in multi-year period-and-province; do
    check "$example" "$root/examples/$example" plans
done
exit $status
