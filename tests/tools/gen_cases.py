import os, shutil
# Regenerates the rule cases it owns: python3 tests/tools/gen_cases.py
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "cases")
AREA = "plans/lai-chau/doan-ket"
BASE = '''# A small clean plan; each test case changes one thing in it.
[plan]
title    = "Kế hoạch kiểm định chất lượng giáo dục và công nhận trường đạt chuẩn quốc gia năm 2024"
issuer   = "UBND phường Đoàn Kết"
area     = "phường Đoàn Kết"
province = "Lai Châu"
year     = 2024
roster   = "roster.csv"

[targets]
total            = 2
new              = 1
renew            = 1
kept             = 2
recognised_after = 3
level2_after     = 1
schools_total    = 4

[[wave]]
number  = 1
month   = "2024-03"
schools = 2

[[school]]
school = "MN Nậm Loỏng"
action = "new"
level  = 1
wave   = 1

[[school]]
school = "TH Đoàn Kết"
action = "renew"
level  = 2
wave   = 1

[[task]]
owner = "Phòng Văn hóa - Xã hội"
what  = "Hướng dẫn các trường tự đánh giá"
due   = "2024-Q2"
'''
ROSTER = '''code,name,kind,founded,accreditation_level,accreditation_year,standard_level,standard_year
DK-01,Trường Mầm non Hoa Sen,MN,2001,2,2021,1,2021
DK-02,Trường Tiểu học Đoàn Kết,TH,1995,3,2019,2,2019
DK-03,Trường Trung học cơ sở Đoàn Kết,THCS,1996,,,,
DK-04,Trường Mầm non Nậm Loỏng,MN,2004,,,,
'''
def rep(text, old, new, count=1):
    assert old in text, (old,)
    return text.replace(old, new, count)

NO_LIST = BASE.split("[[wave]]")[0].replace("kept             = 2\nrecognised_after = 3\nlevel2_after     = 1\nschools_total    = 4\n", "")
NO_ROSTER = rep(BASE, 'roster   = "roster.csv"\n', '')

cases = {
 "KD001-toml-syntax": dict(fail={"plan": rep(BASE, "total            = 2", "total            = 02")}),
 "KD002-unknown-key": dict(fail={"plan": rep(BASE, 'action = "new"', 'acton  = "new"\naction = "new"')}),
 "KD003-invalid-value": dict(fail={"plan": rep(BASE, "level  = 1", "level  = 3")}),
 "KD004-missing-key": dict(fail={"plan": rep(BASE, 'issuer   = "UBND phường Đoàn Kết"\n', '')}),
 "KD005-empty-plan": dict(fail={"plan": "# Kế hoạch năm 2024: chưa soạn\n"}),
 "KD006-year-mismatch": dict(fail={"plan_name": "2025.toml"}),
 "KD007-invalid-due": dict(fail={"plan": rep(BASE, 'due   = "2024-Q2"', 'due   = "quý II/2024"')}),
 "KD008-due-before-year": dict(fail={"plan": rep(BASE, 'due   = "2024-Q2"', 'due   = "2023-Q4"')}),
 "KD009-duplicate-wave": dict(fail={"plan": rep(BASE, "[[school]]", '[[wave]]\nnumber  = 1\nmonth   = "2024-09"\n\n[[school]]')}),
 "KD010-unreadable-file": dict(fail={"plan_bytes": rep(BASE, "Kế hoạch kiểm định", "K\u00e9 ho\u00e1ch ki\u00eam \u00f0inh").encode("latin-1", "replace")}),
 "KD101-target-count-mismatch": dict(fail={"plan": rep(BASE, "new              = 1", "new              = 2")}),
 "KD102-target-kind-mismatch": dict(
     fail={"plan": rep(BASE, "\n[[wave]]", "\n[targets.by_kind]\nMN = 1\nTH = 0\n\n[[wave]]")},
     pass_={"plan": rep(BASE, "\n[[wave]]", "\n[targets.by_kind]\nMN = 1\nTH = 1\nTHCS = 0\n\n[[wave]]")}),
 "KD103-target-parts-mismatch": dict(
     fail={"plan": rep(rep(NO_LIST, "renew            = 1", "renew            = 4\nraise            = 2"), "total            = 2", "total            = 7").replace("new              = 1", "new              = 2")},
     pass_={"plan": rep(rep(NO_LIST, "renew            = 1", "renew            = 4\nraise            = 1"), "total            = 2", "total            = 7").replace("new              = 1", "new              = 2")}),
 "KD104-school-list-missing": dict(fail={"plan": NO_LIST}),
 "KD105-wave-count-mismatch": dict(fail={"plan": rep(BASE, "schools = 2", "schools = 3")}),
 "KD106-unknown-wave": dict(fail={"plan": rep(BASE, "level  = 2\nwave   = 1", "level  = 2\nwave   = 2").replace("schools = 2", "schools = 1")}),
 "KD107-wave-outside-year": dict(fail={"plan": rep(BASE, 'month   = "2024-03"', 'month   = "2023-03"')}),
 "KD108-after-state-mismatch": dict(fail={"plan": rep(BASE, "recognised_after = 3", "recognised_after = 4")}),
 "KD109-school-kind-unknown": dict(
     fail={"plan": rep(rep(NO_ROSTER, 'school = "MN Nậm Loỏng"', 'school = "Nậm Loỏng"'), "\n[[wave]]", "\n[targets.by_kind]\nMN = 1\nTH = 1\n\n[[wave]]").replace("kept             = 2\nrecognised_after = 3\nlevel2_after     = 1\nschools_total    = 4\n", ""), "roster": None},
     pass_={"plan": rep(NO_ROSTER, "\n[[wave]]", "\n[targets.by_kind]\nMN = 1\nTH = 1\n\n[[wave]]").replace("kept             = 2\nrecognised_after = 3\nlevel2_after     = 1\nschools_total    = 4\n", ""), "roster": None}),
 "KD110-after-state-unchecked": dict(fail={"plan": NO_ROSTER, "roster": None}),
 "KD201-unknown-school": dict(fail={"plan": rep(BASE, 'school = "TH Đoàn Kết"', 'school = "TH Doan Ket"')}),
 "KD202-school-name-variant": dict(fail={"plan": rep(BASE, 'school = "MN Nậm Loỏng"', 'school = "MN Nậm Loong"')}),
 "KD203-duplicate-school": dict(fail={"plan": rep(BASE, 'school = "MN Nậm Loỏng"\naction = "new"\nlevel  = 1', 'school = "Trường Tiểu học Đoàn Kết"\naction = "new"\nlevel  = 1')}),
 "KD204-ambiguous-school": dict(fail={"plan": rep(BASE, 'school = "TH Đoàn Kết"', 'school = "Đoàn Kết"')}),
 "KD301-roster-outside-repository": dict(fail={"plan": rep(BASE, 'roster   = "roster.csv"', 'roster   = "../../../../outside/roster.csv"'), "outside": ROSTER, "roster": None}),
 "KD302-roster-not-found": dict(fail={"plan": rep(BASE, 'roster   = "roster.csv"', 'roster   = "rooster.csv"')}),
 "KD303-csv-syntax": dict(fail={"roster": rep(ROSTER, "DK-03,Trường Trung học cơ sở Đoàn Kết,THCS", "DK-03,Trường Trung học cơ sở Đoàn Kết, phường Đoàn Kết,THCS")}),
 "KD304-roster-missing-column": dict(fail={"roster": ROSTER.replace(",kind,", ",loai,")}),
 "KD305-duplicate-code": dict(fail={"roster": ROSTER + "DK-02,Trường Trung học phổ thông Đoàn Kết,THPT,2000,,,,\n"}),
 "KD306-roster-invalid-value": dict(fail={"roster": rep(ROSTER, "MN,2001,2,2021,1,2021", "MN,2001,2,2021,3,2021")}),
 "KD307-unknown-column": dict(fail={"roster": "\n".join(l + ("," + "ownershp" if i == 0 else ",public") for i, l in enumerate(ROSTER.strip().split("\n"))) + "\n"}),
}

# Plans for the circular rules: only `total` is stated, so changing an action
# does not also break a count.
MIN = BASE.replace("""new              = 1
renew            = 1
kept             = 2
recognised_after = 3
level2_after     = 1
schools_total    = 4
""", "")
TH_RENEW = 'school = "TH Đoàn Kết"\naction = "renew"\nlevel  = 2'
def header(year, issuer, issued=None, roster=True):
    h = f'[plan]\ntitle    = "Kế hoạch năm {year}"\nissuer   = "{issuer}"\narea     = "Đoàn Kết"\nprovince = "Lai Châu"\nyear     = {year}\n'
    if issued: h += f"issued   = {issued}\n"
    if roster: h += 'roster   = "roster.csv"\n'
    return h
ACCREDIT = '\n[[school]]\nschool = "MN Hoa Sen"\naction = "accredit"\naccreditation = 3\n'
cases.update({
 "KD401-basis-circular-missing": dict(
     fail={"plan": rep(BASE, 'roster   = "roster.csv"', 'roster   = "roster.csv"\nbasis    = ["Thông tư số 19/2018/TT-BGDĐT ngày 22/8/2018"]')},
     pass_={"plan": rep(BASE, 'roster   = "roster.csv"', 'roster   = "roster.csv"\nbasis    = ["Thông tư số 19/2018/TT-BGDĐT ngày 22/8/2018", "TT17/2018"]')}),
 "KD402-new-but-recognised": dict(fail={"plan": rep(MIN, 'school = "MN Nậm Loỏng"', 'school = "MN Hoa Sen"')}, pass_={"plan": MIN}),
 "KD403-renew-not-held": dict(fail={"plan": rep(MIN, 'school = "TH Đoàn Kết"', 'school = "THCS Đoàn Kết"')}, pass_={"plan": MIN}),
 "KD404-renew-too-early": dict(fail={"plan": rep(MIN, TH_RENEW, 'school = "MN Hoa Sen"\naction = "renew"\nlevel  = 1')}, pass_={"plan": MIN}),
 "KD405-raise-not-from-level-1": dict(fail={"plan": rep(MIN, TH_RENEW, 'school = "THCS Đoàn Kết"\naction = "raise"\nlevel  = 2')},
     pass_={"plan": rep(MIN, TH_RENEW, 'school = "MN Hoa Sen"\naction = "raise"\nlevel  = 2')}),
 "KD406-raise-too-soon": dict(
     fail={"plan": rep(MIN, TH_RENEW, 'school = "MN Hoa Sen"\naction = "raise"\nlevel  = 2'), "roster": rep(ROSTER, "MN,2001,2,2021,1,2021", "MN,2001,2,2023,1,2023")},
     pass_={"plan": rep(MIN, TH_RENEW, 'school = "MN Hoa Sen"\naction = "raise"\nlevel  = 2')}),
 "KD407-accreditation-raise-too-soon": dict(
     fail={"plan_name": "2025.toml", "plan": header(2025, "UBND phường Đoàn Kết", "2025-01-24") + ACCREDIT, "roster": rep(ROSTER, "MN,2001,2,2021,1,2021", "MN,2001,2,2023-06-15,1,2021")},
     pass_={"plan_name": "2025.toml", "plan": header(2025, "UBND phường Đoàn Kết", "2025-01-25") + ACCREDIT, "roster": rep(ROSTER, "MN,2001,2,2021,1,2021", "MN,2001,2,2023-06-15,1,2021")}),
 "KD408-accreditation-below-standard": dict(fail={"plan": rep(BASE, TH_RENEW, TH_RENEW + "\naccreditation = 2")}, pass_={"plan": rep(BASE, TH_RENEW, TH_RENEW + "\naccreditation = 3")}),
 "KD409-school-too-young": dict(fail={"roster": rep(ROSTER, "Nậm Loỏng,MN,2004", "Nậm Loỏng,MN,2021")}),
 "KD410-renewal-after-expiry": dict(fail={"roster": rep(ROSTER, "TH,1995,3,2019,2,2019", "TH,1995,3,2019,2,2019-02-10")},
     pass_={"roster": rep(ROSTER, "TH,1995,3,2019,2,2019", "TH,1995,3,2019,2,2019-10-15")}),
 "KD411-renewal-registration-late": dict(fail={"roster": rep(ROSTER, "TH,1995,3,2019,2,2019", "TH,1995,3,2019,2,2019-06-15")},
     pass_={"roster": rep(ROSTER, "TH,1995,3,2019,2,2019", "TH,1995,3,2019,2,2019-10-15")}),
 "KD412-district-issuer-after-reform": dict(
     fail={"plan_name": "2025.toml", "plan": header(2025, "UBND huyện Văn Quan", "2025-07-01", roster=False), "roster": None},
     pass_={"plan_name": "2025.toml", "plan": header(2025, "UBND huyện Văn Quan", "2025-06-30", roster=False), "roster": None}),
})

VARIANT = rep(BASE, 'school = "MN Nậm Loỏng"', 'school = "MN Nậm Loong"')
def allow(reason=True, until=None, school="MN Nậm Loong"):
    a = f'\n[[allow]]\nrule   = "KD202"\nschool = "{school}"\n'
    if reason: a += 'reason = "Tên trường ghi đúng như văn bản đã ban hành"\n'
    if until: a += f"until  = {until}\n"
    return a
cases.update({
 "KD011-allow-without-reason": dict(fail={"plan": VARIANT + allow(reason=False)}, pass_={"plan": VARIANT + allow()}),
 "KD012-allow-expired": dict(fail={"plan": VARIANT + allow(until="2020-01-01")}, pass_={"plan": VARIANT + allow(until="2200-12-31")}),
 "KD013-allow-unused": dict(fail={"plan": BASE + allow()}, pass_={"plan": VARIANT + allow()}),
})

# Only the cases written here are replaced; other engineers own other folders.
for name in cases: shutil.rmtree(os.path.join(ROOT, name), ignore_errors=True)
for name, spec in cases.items():
    for side in ("fail", "pass"):
        d = spec.get("fail" if side == "fail" else "pass_", {})
        base = os.path.join(ROOT, name, side)
        area = os.path.join(base, AREA)
        os.makedirs(area)
        open(os.path.join(base, "kdcl.toml"), "w").write("# The plan repository of this test case.\n")
        plan_name = d.get("plan_name", "2024.toml")
        if "plan_bytes" in d:
            open(os.path.join(area, plan_name), "wb").write(d["plan_bytes"])
        else:
            open(os.path.join(area, plan_name), "w").write(d.get("plan", BASE))
        roster = d.get("roster", ROSTER)
        if roster is not None:
            open(os.path.join(area, "roster.csv"), "w").write(roster)
        if "outside" in d:
            out = os.path.join(ROOT, name, "outside")
            os.makedirs(out, exist_ok=True)
            open(os.path.join(out, "roster.csv"), "w").write("this is not a roster, and kdcl must never read it\n")
print(len(cases))
