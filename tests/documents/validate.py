#!/usr/bin/env python3
"""Check the document corpus itself (not a reader): run `python3 validate.py` here.

For every [[document]] of corpus.toml it checks that
  - the document and its expected reading exist, are UTF-8 and NFC;
  - the expected reading parses as TOML and uses only plan-format v2 keys;
  - every double-quoted phrase in a comment of the expected reading occurs in
    the document (after removing Markdown emphasis, table bars and tabs, and
    collapsing white space; "…" inside a quote stands for omitted words);
  - every [[school]] name occurs in the document as written;
  - the inconsistencies the expected values hold (counts against lists, parts
    against totals, ranges, shares, waves, duplicates, deadlines) are exactly
    those the index expects: none for a clean document, at least the injected
    one for a document with an injected error.
It prints one line per problem and exits 1 when there is any.
"""
import re
import sys
import tomllib
import unicodedata
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

HERE = Path(__file__).resolve().parent

FAMILIES = {
    "header", "basis", "action-count", "total-with-parts", "per-kind", "range",
    "share", "before-after", "yearly-step", "wave", "school-list", "level",
    "deadline", "number-forms", "distractor",
}
FINDING_KINDS = {
    "count-action", "count-total", "total-parts", "by-kind-sum", "by-kind-list",
    "by-year-sum", "range-ends", "before-after", "share", "share-before",
    "wave-size", "wave-sum", "duplicate-school", "name-variant",
    "deadline-before-year", "list-missing",
}
PLAN_KEYS = {"title", "issuer", "area", "province", "year", "period", "number",
             "issued", "roster", "basis"}
TARGET_KEYS = {"total", "new", "renew", "maintain", "raise", "accredit",
               "recognised_after", "level2_after", "schools_total", "kept",
               "recognised_before", "recognised_share", "recognised_share_before",
               "by_kind", "by_year"}
KIND_KEYS = {"MN", "MG", "NT", "TH", "THCS", "THPT", "TH-THCS", "THCS-THPT",
             "TH-THCS-THPT"}
WAVE_KEYS = {"number", "month", "schools"}
SCHOOL_KEYS = {"school", "action", "level", "accreditation", "wave", "note"}
TASK_KEYS = {"owner", "with", "what", "due"}
ACTIONS = {"new", "renew", "raise", "accredit"}

problems = []


def problem(where, msg):
    problems.append(f"{where}: {msg}")


def norm(text):
    text = unicodedata.normalize("NFC", text)
    text = text.replace("**", "").replace("*", "")
    text = text.replace("|", " ").replace("\t", " ")
    text = text.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip()


def comments(toml_text):
    """(line number, comment text) for every comment, strings skipped."""
    out = []
    for n, line in enumerate(toml_text.splitlines(), 1):
        i, quote = 0, None
        while i < len(line):
            c = line[i]
            if quote:
                if c == "\\" and quote == '"':
                    i += 2
                    continue
                if c == quote:
                    quote = None
            elif c in "\"'":
                quote = c
            elif c == "#":
                out.append((n, line[i + 1:]))
                break
            i += 1
    return out


def comment_blocks(toml_text):
    """Comments with runs of whole-line comments joined, so a quote may span lines."""
    lines = toml_text.splitlines()
    out = []
    for n, c in comments(toml_text):
        whole = lines[n - 1].lstrip().startswith("#")
        if whole and out and out[-1][2] and out[-1][3] == n - 1:
            first, text, _, _ = out[-1]
            out[-1] = (first, text + " " + c, True, n)
        else:
            out.append((n, c, whole, n))
    return [(n, c) for n, c, _, _ in out]


def lo(v):
    return v[0] if isinstance(v, list) else v


def hi(v):
    return v[1] if isinstance(v, list) else v


def holds(stated, count):
    return lo(stated) <= count <= hi(stated)


def show(v):
    return f"[{v[0]}, {v[1]}]" if isinstance(v, list) else str(v)


def name_key(name):
    n = unicodedata.normalize("NFC", name).lower()
    n = re.sub(r"^trường\s+", "", n)
    for a, b in (("phổ thông dân tộc nội trú", "ptdtnt"), ("phổ thông dân tộc bán trú", "ptdtbt"),
                 ("mầm non", "mn"), ("mẫu giáo", "mg"), ("nhà trẻ", "nt"),
                 ("tiểu học và trung học cơ sở", "th&thcs"),
                 ("trung học cơ sở", "thcs"), ("trung học phổ thông", "thpt"),
                 ("tiểu học", "th"), (" và ", "&"), (" & ", "&")):
        n = n.replace(a, b)
    return re.sub(r"\s+", " ", n).strip()


def kind_of(name):
    k = name_key(name)
    k = re.sub(r"^(ptdtbt|ptdtnt|liên cấp)\s+", "", k)
    k = k.replace(" – ", "&").replace(" - ", "&")
    for prefix, kind in (("th&thcs&thpt", "TH-THCS-THPT"), ("thcs&thpt", "THCS-THPT"),
                         ("th&thcs", "TH-THCS"), ("thcs", "THCS"), ("thpt", "THPT"),
                         ("th ", "TH"), ("mn", "MN"), ("mg", "MN"), ("nt", "MN")):
        if k.startswith(prefix):
            return kind
    return None


def decimals_written(toml_text, key):
    m = re.search(rf"^\s*{key}\s*=\s*([0-9.]+)", toml_text, re.M)
    if not m or "." not in m.group(1):
        return 0
    return len(m.group(1).split(".")[1])


def pct(a, b, places):
    q = Decimal(1).scaleb(-places)
    return (Decimal(a) * 100 / Decimal(b)).quantize(q, rounding=ROUND_HALF_UP)


def findings_of(plan, toml_text):
    """The document's own inconsistencies, computed from its expected reading."""
    f = []
    t = plan.get("targets", {})
    schools = plan.get("school", [])
    waves = plan.get("wave", [])
    keys = [name_key(s["school"]) for s in schools]
    distinct = set(keys)
    for k in distinct:
        if keys.count(k) > 1:
            f.append(("duplicate-school", k))
    if schools:
        for action in ACTIONS:
            if action in t:
                n = len({name_key(s["school"]) for s in schools if s.get("action") == action})
                if not holds(t[action], n):
                    f.append(("count-action", f"{action} says {show(t[action])}, lists {n}"))
        if "total" in t and not holds(t["total"], len(distinct)):
            f.append(("count-total", f"total says {show(t['total'])}, lists {len(distinct)}"))
    parts = [t[a] for a in ACTIONS if a in t]
    if "total" in t and len(parts) >= 2:
        if (sum(lo(p) for p in parts), sum(hi(p) for p in parts)) != (lo(t["total"]), hi(t["total"])):
            f.append(("total-parts", "actions do not add up to total"))
    bk = t.get("by_kind", {})
    if bk:
        whole = t.get("total")
        if whole is None and len(parts) == 1:
            whole = parts[0]
        if whole is not None:
            smin, smax = sum(lo(v) for v in bk.values()), sum(hi(v) for v in bk.values())
            if isinstance(whole, list) or any(isinstance(v, list) for v in bk.values()):
                if (smin, smax) != (lo(whole), hi(whole)):
                    f.append(("range-ends", f"by_kind ends {smin}-{smax} vs {show(whole)}"))
            elif smin != whole:
                f.append(("by-kind-sum", f"by_kind adds to {smin}, total {whole}"))
        if schools:
            for kind, v in bk.items():
                n = len({name_key(s["school"]) for s in schools if kind_of(s["school"]) == kind})
                if not holds(v, n):
                    f.append(("by-kind-list", f"{kind} says {show(v)}, lists {n}"))
    by = t.get("by_year", {})
    if by and "new" in t:
        smin, smax = sum(lo(v) for v in by.values()), sum(hi(v) for v in by.values())
        if isinstance(t["new"], list) or any(isinstance(v, list) for v in by.values()):
            if (smin, smax) != (lo(t["new"]), hi(t["new"])) and not (
                    not any(isinstance(v, list) for v in by.values()) and holds(t["new"], smin)):
                f.append(("by-year-sum", f"by_year {smin}-{smax} vs new {show(t['new'])}"))
        elif smin != t["new"]:
            f.append(("by-year-sum", f"by_year adds to {smin}, new {t['new']}"))
    before = t.get("recognised_before", t.get("kept"))
    if before is not None and "new" in t and "recognised_after" in t and not isinstance(t["new"], list):
        if before + t["new"] != t["recognised_after"]:
            f.append(("before-after", f"{before} + {t['new']} != {t['recognised_after']}"))
    total = t.get("schools_total")
    if total:
        for key, num, kind in (("recognised_share", t.get("recognised_after"), "share"),
                               ("recognised_share_before", before, "share-before")):
            if key in t and num is not None and not isinstance(t[key], list):
                d = decimals_written(toml_text, key)
                got = pct(num, total, d)
                if got != Decimal(str(t[key])).quantize(Decimal(1).scaleb(-d)):
                    f.append((kind, f"{num}/{total} = {got}%, stated {t[key]}"))
    for w in waves:
        listed = len({name_key(s["school"]) for s in schools if s.get("wave") == w["number"]})
        if schools and "schools" in w and listed != w["schools"]:
            f.append(("wave-size", f"wave {w['number']} says {w['schools']}, lists {listed}"))
    if waves and all("schools" in w for w in waves) and "total" in t and not schools:
        if sum(w["schools"] for w in waves) != t["total"]:
            f.append(("wave-sum", "waves do not add up to total"))
    p = plan.get("plan", {})
    first = p.get("year") or (int(p["period"][:4]) if "period" in p else None)
    if first is None and "issued" in p:
        first = p["issued"].year
    for task in plan.get("task", []):
        if "due" in task and first and int(str(task["due"])[:4]) < first:
            f.append(("deadline-before-year", str(task["due"])))
    return f


def check_schema(where, plan, school_year_note=False):
    for k in plan:
        if k not in {"plan", "targets", "wave", "school", "task"}:
            problem(where, f"unknown table {k}")
    p = plan.get("plan", {})
    for k in p:
        if k not in PLAN_KEYS:
            problem(where, f"unknown plan key {k}")
    if ("year" in p) == ("period" in p) and not (
            "year" not in p and "period" not in p and school_year_note):
        problem(where, "needs exactly one of year and period")
    if "period" in p and not re.fullmatch(r"20\d\d-20\d\d", p["period"]):
        problem(where, "period must be YYYY-YYYY")
    t = plan.get("targets", {})
    for k, v in t.items():
        if k not in TARGET_KEYS:
            problem(where, f"unknown targets key {k}")
        elif k in ("by_kind", "by_year"):
            for kk, vv in v.items():
                if k == "by_kind" and kk not in KIND_KEYS:
                    problem(where, f"unknown kind {kk}")
                if k == "by_year" and not re.fullmatch(r"20\d\d", kk):
                    problem(where, f"bad year key {kk}")
                if not (isinstance(vv, int) or (isinstance(vv, list) and len(vv) == 2 and vv[0] <= vv[1])):
                    problem(where, f"bad value {k}.{kk}")
        elif k.startswith("recognised_share"):
            if not isinstance(v, (int, float, list)):
                problem(where, f"bad share {k}")
        elif not (isinstance(v, int) or (isinstance(v, list) and len(v) == 2 and v[0] <= v[1])):
            problem(where, f"bad count {k}")
    numbers = set()
    for w in plan.get("wave", []):
        for k in w:
            if k not in WAVE_KEYS:
                problem(where, f"unknown wave key {k}")
        numbers.add(w.get("number"))
        if "month" in w and not re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", w["month"]):
            problem(where, f"bad wave month {w['month']}")
    for s in plan.get("school", []):
        for k in s:
            if k not in SCHOOL_KEYS:
                problem(where, f"unknown school key {k}")
        if s.get("action") not in ACTIONS:
            problem(where, f"bad action for {s.get('school')}")
        if "level" in s and s["level"] not in (1, 2):
            problem(where, f"bad level for {s['school']}")
        if "accreditation" in s and s["accreditation"] not in (1, 2, 3, 4):
            problem(where, f"bad accreditation for {s['school']}")
        if "wave" in s and s["wave"] not in numbers:
            problem(where, f"{s['school']} names wave {s['wave']} that is not a [[wave]]")
    for task in plan.get("task", []):
        for k in task:
            if k not in TASK_KEYS:
                problem(where, f"unknown task key {k}")
        if "due" in task and not re.fullmatch(r"20\d\d-(Q[1-4]|(0[1-9]|1[0-2])(-\d\d)?)", str(task["due"])):
            problem(where, f"bad due {task['due']}")


def main():
    corpus = tomllib.loads((HERE / "corpus.toml").read_text(encoding="utf-8"))
    docs = corpus.get("document", [])
    seen_families = set()
    injected = 0
    variants = 0
    for d in docs:
        doc = HERE / d["file"]
        where = d["file"]
        if not doc.exists():
            problem(where, "missing")
            continue
        exp = doc.with_name(doc.name[:-4] + ".expected.toml")
        if not exp.exists():
            problem(where, "no expected reading")
            continue
        text = doc.read_bytes().decode("utf-8")
        etext = exp.read_bytes().decode("utf-8")
        for label, s in (("document", text), ("expected", etext)):
            if not unicodedata.is_normalized("NFC", s):
                problem(where, f"{label} is not NFC")
        try:
            plan = tomllib.loads(etext)
        except tomllib.TOMLDecodeError as e:
            problem(str(exp.relative_to(HERE)), f"TOML: {e}")
            continue
        check_schema(where, plan, "# not read: year or period" in etext)
        body = norm(text)
        for n, c in comment_blocks(etext):
            for q in re.findall(r'"([^"]+)"', c):
                for piece in q.split("…"):
                    piece = norm(piece)
                    if len(piece) >= 2 and piece not in body:
                        problem(f"{exp.relative_to(HERE)}:{n}", f"quote not in document: {piece!r}")
        for s in plan.get("school", []):
            if norm(s["school"]) not in body:
                problem(where, f"school name not in document as written: {s['school']!r}")
        for fam in d.get("families", []):
            if fam not in FAMILIES:
                problem(where, f"unknown family {fam}")
            seen_families.add(fam)
        expected_kinds = set()
        for e in d.get("expect_findings", []):
            kind = e.split(":", 1)[0].strip()
            if kind not in FINDING_KINDS:
                problem(where, f"unknown finding kind {kind!r}")
            expected_kinds.add(kind)
        got = findings_of(plan, etext)
        got_kinds = {k for k, _ in got}
        computable = FINDING_KINDS - {"name-variant", "list-missing"}
        for k, msg in got:
            if k not in expected_kinds:
                problem(where, f"unexpected inconsistency {k}: {msg}")
        for k in expected_kinds & computable:
            if k not in got_kinds:
                problem(where, f"expected finding {k} not implied by the expected values")
        if d.get("injected"):
            injected += 1
            if not d.get("expect_findings"):
                problem(where, "injected error but no expected finding")
        if d["file"].startswith("variants/"):
            variants += 1
    listed = {d["file"] for d in docs}
    for p in sorted(HERE.glob("*/*.txt")):
        if str(p.relative_to(HERE)) not in listed:
            problem(str(p.relative_to(HERE)), "not in corpus.toml")
    for p in sorted(HERE.glob("*/*.expected.toml")):
        if not p.with_name(p.name[: -len(".expected.toml")] + ".txt").exists():
            problem(str(p.relative_to(HERE)), "expected reading without a document")
    missing = FAMILIES - seen_families
    if missing:
        problem("corpus.toml", f"families never exercised: {sorted(missing)}")
    for p in problems:
        print(p)
    print(f"{len(docs)} documents ({variants} variants, {injected} with an injected error), "
          f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
