#!/usr/bin/env python3
"""Independent checks for the Greymarsh facts (reads only the packs and facts.jsonl): fields, keywords, areas and
datasets; every quote against its line and every printed value on its line (a whole cell of a CSV row); the shape of
every CSV sheet, spine chart row and LaTeX table; that every number cell of every table is a fact of its own line;
every total, change, variance, rate and share; the spine's columns and its Better/Worse words against the values;
the prose against the tables and the counts the text states.  No dependencies; exits 1 on any failure."""

import csv
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
HWB, HOSC = "greymarsh_hwb_2027-01-20.txt", "greymarsh_hosc_2027-02-03.txt"
facts = [json.loads(x) for x in open(os.path.join(HERE, "facts.jsonl"), encoding="utf-8")]
texts = {n: open(os.path.join(HERE, n), encoding="utf-8").read().split("\n") for n in (HWB, HOSC)}
bad = 0


def fail(*msg):
    global bad
    print("FAIL", *msg)
    bad += 1


def parse(p):
    s = p.strip()
    sign = -1 if s[:1] in ("-", "(") else 1
    s = s.replace(",", "").replace("£", "").replace("%", "").strip("()+-")
    for suf in ("bn", "m", "k"):
        s = s.removesuffix(suf)
    return sign * float(s)


def eq(a, b, what, tol=1e-6):
    if a is None or b is None or abs(a - b) > tol:
        fail(what, a, b)


# ---------------------------------------------------------------- CSV rows of pack 1 (the lines under `Sheet:`)
hwb = texts[HWB]
SHEETS, cur = {}, None
for i, x in enumerate(hwb):
    if x.startswith("Sheet: "):
        cur = x[7:]
        SHEETS[cur] = []
    elif cur is not None and x == "":
        cur = None
    elif cur is not None:
        SHEETS[cur].append((i, next(csv.reader([x]))))
CSV_AT = {i: cells for rows in SHEETS.values() for i, cells in rows}

# ---------------------------------------------------------------- the form of every fact
KEYS = ["id", "file", "dataset", "area", "period", "measure", "measure_keywords", "value", "unit", "rag", "line",
        "quote", "printed"]
DATASETS = {"bcf", "life_expectancy", "public_health", "wider_determinants", "headline", "qipp",
            "primary_care_budgets", "pcn_budgets", "gp_workforce", "performance"}
DISTRICTS = ["Culverfen", "Haverleigh", "Hessow Valley", "Saltmere", "Skelbrook", "Tolsey and Wrayfield"]
PCNS = ["Culverfen PCN", "Haverleigh Town PCN", "Hessow Valley PCN", "Saltmere and Coast PCN", "Skelbrook PCN",
        "Tolsey PCN", "Wrayfield Rural PCN"]
ICB = "Greymarsh and Wenlow ICB"
AREAS = set(DISTRICTS + PCNS) | {"Greymarsh", "East of England", "England", ICB}
NUMRE = r"(?<![\w.,£])%s(?![\w]|[.,]\d)"
for f in facts:
    if list(f) != KEYS:
        fail("keys", f.get("id"))
        continue
    kw = f["measure_keywords"]
    if not (1 <= len(kw) <= 3 and all(k and k == k.lower() and len(k.split()) <= 4 for k in kw)):
        fail("keywords", f["id"])
    if not all(k in f["measure"].lower() for k in kw):
        fail("a keyword not in the fact's own measure", f["id"])
    if f["dataset"] not in DATASETS:
        fail("dataset", f["id"])
    if f["area"] not in AREAS:
        fail("area", f["id"], f["area"])
    if f["rag"] not in (None, "Red", "Amber", "Green"):
        fail("rag", f["id"])
    if f["file"] not in texts:
        fail("file", f["id"])
        continue
    line = texts[f["file"]][f["line"] - 1]
    if line.strip() != f["quote"]:
        fail("quote != line", f["id"])
    if f["file"] == HWB and f["line"] - 1 in CSV_AT:
        if f["printed"] not in CSV_AT[f["line"] - 1]:
            fail("printed is not a whole CSV cell", f["id"], f["printed"])
    elif not re.search(NUMRE % re.escape(f["printed"]), line):
        fail("printed not on line", f["id"], f["printed"])
    try:
        if abs(parse(f["printed"]) - f["value"]) > 1e-9:
            fail("value != printed", f["id"])
    except ValueError:
        fail("printed is no number", f["id"])
by = {f["id"]: f["value"] for f in facts}
F = {f["id"]: f for f in facts}
if len(by) != len(facts):
    fail("duplicate ids")
for name in texts:
    n = sum(f["file"] == name for f in facts)
    if not 150 <= n <= 200:
        fail("fact count", name, n)
at_line = {}
for f in facts:
    at_line.setdefault((f["file"], f["line"]), []).append(f)


def line_facts(name, i):
    return at_line.get((name, i + 1), [])


# ---------------------------------------------------------------- pack 1: CSV sheets
NCELLS = [0, 0, 0]  # number cells checked: CSV, spine, LaTeX
NUMCELL = re.compile(r"£?-?[\d,]+(\.\d+)?%?")
want = {"2. Cover": 4, "4. Income": 6, "5. Expenditure": 7, "6. Metrics": 9}
if list(SHEETS) != list(want):
    fail("sheets", list(SHEETS))
for s, rows in SHEETS.items():
    if rows[0][1][0] != "Better Care Fund 2026-27 Planning Template" or rows[1][1][0] != s:
        fail("sheet title rows", s)
    for i, cells in rows:
        if len(cells) != want.get(s, 0):
            fail("cells in a CSV row", s, i + 1, len(cells))
        raw = hwb[i]
        if raw.count('"') % 2 or (any("," in c for c in cells) and '"' not in raw):
            fail("CSV quoting", i + 1)
    if s == "2. Cover":
        continue
    if rows[3][1][:2] != ["Health and Wellbeing Board:", "Greymarsh"]:
        fail("HWB row", s)
    if not any(all(c == "" for c in cells) for _, cells in rows):
        fail("no blank row", s)
    for i, cells in rows[7:]:  # every number cell below the two header rows is a fact of its line
        printed = sorted(f["printed"] for f in line_facts(HWB, i))
        nums = sorted(c for c in cells if NUMCELL.fullmatch(c))
        NCELLS[0] += len(nums)
        if printed != nums:
            fail("CSV number cells v facts", s, i + 1, nums, printed)

inc = {cells[0]: cells for _, cells in SHEETS["4. Income"][7:] if cells[0]}
srcs = [k for k in inc if k != "Total"]
m = lambda c: None if c in ("-", "") else parse(c)  # noqa: E731
eq(sum(m(inc[k][2]) or 0 for k in srcs), m(inc["Total"][2]), "income 2025/26 total")
eq(sum(m(inc[k][3]) for k in srcs), m(inc["Total"][3]), "income 2026/27 total")
for k in srcs + ["Total"]:
    a, b = m(inc[k][2]), m(inc[k][3])
    if a is None:
        if inc[k][4] != "n/a":
            fail("a new contribution's change is n/a", k)
    else:
        eq(round((b - a) / a * 100, 1), parse(inc[k][4]), f"income change {k}")
if [k for k in srcs if m(inc[k][2]) is None] != ["Additional ICB contribution"]:
    fail("the '-' cell")
exp = [cells for _, cells in SHEETS["5. Expenditure"][7:] if cells[0].startswith("GM")]
if [c[0] for c in exp] != [f"GM{n:02d}" for n in range(1, len(exp) + 1)] or len(exp) < 10:
    fail("scheme ids", [c[0] for c in exp])
tot = [cells for _, cells in SHEETS["5. Expenditure"] if cells[0] == "Totals"]
eq(sum(parse(c[5]) for c in exp), parse(tot[0][5]), "expenditure total")
eq(parse(tot[0][5]), m(inc["Total"][3]), "expenditure total = income 2026/27")
SRC = {"Minimum NHS contribution": ["Minimum NHS contribution"], "iBCF": ["Improved Better Care Fund (iBCF)"],
       "DFG": ["Disabled Facilities Grant (DFG)"],
       "Discharge Fund": ["Local Authority Discharge Fund", "ICB Discharge Fund"],
       "Additional LA contribution": ["Additional LA contribution"],
       "Additional ICB contribution": ["Additional ICB contribution"]}
for src, lines_ in SRC.items():
    eq(sum(parse(c[5]) for c in exp if c[4] == src), sum(m(inc[k][3]) for k in lines_), f"spend from {src}")
met = SHEETS["6. Metrics"]
mrow = {}
for n, (i, cells) in enumerate(met):
    if cells[2] == "Indicator value":
        mrow[cells[0]] = n
d = mrow["Discharge to usual place of residence"]
for col in range(3, 8):
    v, nu, de = (met[d + k][1][col] for k in range(3))
    eq(round(parse(nu) / parse(de), 3), float(v), f"discharge value col {col}")
    if not re.fullmatch(r"0\.\d{3}", v):
        fail("discharge shown as a fraction", v)
if [met[d + 1][1][2], met[d + 2][1][2]] != ["Numerator", "Denominator"] or met[d + 1][1][0] != "":
    fail("numerator / denominator rows")
pct_cells = [c for _, cells in SHEETS["4. Income"] for c in cells if c.endswith("%")]
if not pct_cells or any(c.endswith("%") for _, cells in met for c in cells):
    fail("percentages as displayed on Income, fractions on Metrics")
qsum = lambda name: round(sum(parse(c) for c in met[mrow[name]][1][4:8]), 1)  # noqa: E731
eq(qsum("Avoidable admissions"), by["c_avoid_plan"], "avoidable plan over the quarters")
eq(qsum("Falls"), by["c_falls_plan"], "falls plan over the quarters")
for fid, t in (("c_avoid_out", "met_avoid_out"), ("c_falls_out", "met_falls_out"), ("c_resi_out", "met_resi_out"),
               ("c_disch_num", "met_disch_num_out"), ("c_disch_den", "met_disch_den_out")):
    eq(by[fid], by[t], fid)
eq(by["c_disch_pct"], round(by["met_disch_out"] * 100, 1), "discharge % prose")
if by["met_falls_out"] <= by["c_falls_plan"]:
    fail("falls plan is a reduction")

# cover prose on BCF (millions, one decimal unless printed with two)
def mil(x, dp=1):
    return round(x / 1e6, dp)


I = {k: m(inc[k][3]) for k in srcs}
eq(mil(m(inc["Total"][3])), by["c_bcf_total"], "pooled budget")
eq(mil(m(inc["Total"][3]) - m(inc["Total"][2])), by["c_bcf_chg"], "pooled budget rise")
eq(parse(inc["Total"][4]), by["c_bcf_pct"], "pooled budget rise %")
eq(parse(inc["Minimum NHS contribution"][4]), by["c_min_pct"], "minimum NHS rise %")
eq(mil(I["Minimum NHS contribution"]), by["c_min"], "minimum NHS £m")
eq(mil(I["Improved Better Care Fund (iBCF)"]), by["c_ibcf"], "iBCF £m")
if inc["Improved Better Care Fund (iBCF)"][2] != inc["Improved Better Care Fund (iBCF)"][3]:
    fail("'iBCF unchanged'")
eq(mil(I["Disabled Facilities Grant (DFG)"]), by["c_dfg"], "DFG £m")
eq(mil(I["Local Authority Discharge Fund"] + I["ICB Discharge Fund"]), by["c_disch"], "discharge total")
eq(mil(I["Local Authority Discharge Fund"]), by["c_disch_la"], "LA discharge")
eq(mil(I["ICB Discharge Fund"]), by["c_disch_icb"], "ICB discharge")
eq(mil(I["Additional ICB contribution"], 2), by["c_add_icb"], "additional ICB")
eq(mil(I["Additional LA contribution"]), by["c_add_la"], "additional LA")
spend = sorted(exp, key=lambda c: -parse(c[5]))
if [c[1] for c in spend[:3]] != ["Integrated community nursing and therapy", "Protecting adult social care services",
                                 "Discharge to assess (pathways 1 to 3)"]:
    fail("the three largest schemes", [c[1] for c in spend[:3]])
for fid, c in zip(("c_largest", "c_protect", "c_d2a"), spend):
    eq(mil(parse(c[5])), by[fid], fid)
text_hwb = " ".join(hwb)
if f"Appendix A lists {len(exp)} schemes" not in text_hwb:
    fail("scheme count in 2.3")

# ---------------------------------------------------------------- pack 1: spine chart (pdftotext -layout)
ENDS = {"count": (67, 75), "value": (75, 84), "region": (84, 94), "england": (94, 103), "worst": (103, 112),
        "best": (112, 121)}
POL = {"le_m": 1, "le_f": 1, "hle_m": 1, "hle_f": 1, "u75_all": -1, "u75_cvd": -1, "suicide": -1, "ksi": -1,
       "falls": -1, "alcohol": -1, "smoking": -1, "active": 1, "walking": 1, "conceptions": -1, "y6_obesity": -1,
       "sii_m": -1, "sii_f": -1, "fuel": -1, "emp_gap": -1, "homeless": -1, "temp_acc": -1, "pm25": -1, "mmr": 1,
       "hiv": -1}
hdr = [i for i, x in enumerate(hwb) if x.lstrip("\f").startswith("Indicator") and "Period" in x]
if len(hdr) != 2:
    fail("spine header twice (a page break)", hdr)
for h in hdr:
    if "Greymarsh" not in hwb[h - 1] or "East of" not in hwb[h - 1] or hwb[h + 1].strip() != "value":
        fail("three-line header", h + 1)
ff = [i for i, x in enumerate(hwb) if "\f" in x]
if len(ff) != 2 or not hwb[ff[0]].startswith("\f") or not hwb[ff[1]].endswith("\f"):
    fail("form feeds", ff)
rows = []
for i, x in enumerate(hwb):
    if len(x) > 66 and re.fullmatch(r"(20\d\d( - \d\d|/\d\d)?) *", x[57:67]) and i not in hdr:
        rows.append(i)
if len(rows) != len(POL):
    fail("spine rows", len(rows))
words = {}
for i in rows:
    x = hwb[i]
    cells = {k: x[a:e].strip() for k, (a, e) in ENDS.items()}
    for k, (a, e) in ENDS.items():
        if cells[k] and x[e - 1] == " ":
            fail("not right-aligned", i + 1, k)
    word = x[124:].strip()
    if word not in ("Better", "Similar", "Worse", "Not compared"):
        fail("compared word", i + 1, word)
    fs = {f["id"].rsplit("_", 1)[1]: f for f in line_facts(HWB, i)}
    key = next(iter(fs.values()))["id"][3:].rsplit("_", 1)[0] if fs else None
    if key not in POL:
        fail("spine row without facts", i + 1)
        continue
    words[key] = word
    NCELLS[1] += sum(bool(re.fullmatch(r"-?[\d,]+(\.\d+)?", c)) for c in cells.values())
    for k, area in (("value", "Greymarsh"), ("region", "East of England"), ("england", "England")):
        if k not in fs or fs[k]["printed"] != cells[k] or fs[k]["area"] != area:
            fail("spine cell v fact", i + 1, k)
    if re.fullmatch(r"[\d,]+", cells["count"]):
        if "count" not in fs or fs["count"]["printed"] != cells["count"]:
            fail("count fact", i + 1)
    elif cells["count"] not in ("", "-", "*") or "count" in fs:
        fail("count cell", i + 1, cells["count"])
    if set(fs) - {"value", "region", "england", "count"}:
        fail("other facts on a spine row", i + 1)
    v, r, e, w, b = (parse(cells[k]) for k in ("value", "region", "england", "worst", "best"))
    lo, hi = min(w, b), max(w, b)
    if not all(lo <= z <= hi for z in (v, r, e)):
        fail("value outside England's range", key)
    if POL[key] * (b - w) <= 0:
        fail("worst/best against polarity", key)
    if word == "Better" and POL[key] * (v - e) <= 0 or word == "Worse" and POL[key] * (v - e) >= 0:
        fail("compared word against the values", key)
notes = hwb.index("Notes")
for i in range(hdr[0] - 1, notes):  # every other line of the chart: a heading, a name's other line, a footer
    x = hwb[i]
    if i in rows or any(h - 1 <= i <= h + 1 for h in hdr) or "Page 1 of 2" in x or x.startswith("\f"):
        continue
    if len(x) >= 57:
        fail("a line of the chart that is no row reaches the columns", i + 1)
i = F["sp_emp_gap_value"]["line"] - 1
if hwb[i - 1] != "Gap in the employment rate between those with a" or not hwb[i + 1].startswith("to 64)"):
    fail("the three-line name has its values on the middle line")
i = F["sp_falls_value"]["line"] - 1
if not hwb[i + 1].endswith("over²") or not hwb[F["sp_fuel_value"]["line"]].endswith(")4"):
    fail("footnote marks")
wc = {w: list(words.values()).count(w) for w in ("Better", "Similar", "Worse", "Not compared")}
if (f"Of the {len(words)} indicators, Greymarsh is better than England on {wc['Better']}, similar on "
        f"{wc['Similar']} and worse on {wc['Worse']}; {wc['Not compared']} are not compared") not in text_hwb:
    fail("the indicator counts in 3.3", wc)
if sorted(k for k, w in words.items() if w == "Worse") != ["falls", "walking"]:
    fail("'the two worse'")
for fid, t in (("c_le_m", "sp_le_m_value"), ("c_le_f", "sp_le_f_value"), ("c_le_eng_m", "sp_le_m_england"),
               ("c_le_eng_f", "sp_le_f_england"), ("c_le_eoe_m", "sp_le_m_region"), ("c_le_eoe_f", "sp_le_f_region"),
               ("c_hle_m", "sp_hle_m_value"), ("c_hle_f", "sp_hle_f_value"), ("c_sii_m", "sp_sii_m_value"),
               ("c_sii_f", "sp_sii_f_value"), ("c_sii_eng_m", "sp_sii_m_england"),
               ("c_sii_eng_f", "sp_sii_f_england"), ("c_falls", "sp_falls_value"),
               ("c_falls_eng", "sp_falls_england"), ("c_walk", "sp_walking_value"),
               ("c_walk_eng", "sp_walking_england"), ("c_fuel", "sp_fuel_value"), ("c_fuel_n", "sp_fuel_count"),
               ("c_fuel_eng", "sp_fuel_england"), ("c_fuel_eoe", "sp_fuel_region")):
    eq(by[fid], by[t], fid)
if not any(x[67:75].strip() == "*" for x in hwb[hdr[0]:]):
    fail("no suppressed count")

# ---------------------------------------------------------------- pack 2: LaTeX tables
hosc = texts[HOSC]


def split_cells(row):
    """Cells of a LaTeX row (after any leading \\hline / \\cline), honouring \\multicolumn spans."""
    row = re.sub(r"^(\\hline|\\cline \{ \d+ - \d+ \})\s*", "", row.strip())
    row = row.removesuffix("\\\\").rstrip()
    cells = [c.strip() for c in re.split(r"(?<!\\)&", row)]
    out = []
    for c in cells:
        mc = re.match(r"\\multicolumn\{(\d+)\}", c)
        out += [c] + [""] * (int(mc.group(1)) - 1 if mc else 0)
    return out


def bare(c):
    c = re.sub(r"\\textbf\{(.*)\}", r"\1", c)
    c = re.sub(r"^\\\((.*)\\\)$", r"\1", c).replace(" \\%", "").strip()
    return c


TABLES = []
for i, x in enumerate(hosc):
    mt = re.match(r"\\begin\{tabular\}\{([^}]*)\}", x)
    if mt:
        ncol = len(re.findall(r"[lrc]", mt.group(1)))
        j = i + 1
        rows_ = []
        while not hosc[j].startswith("\\end{tabular}"):
            if hosc[j].endswith(" \\\\"):
                rows_.append((j, split_cells(hosc[j])))
            j += 1
        TABLES.append((i, ncol, rows_))
if len(TABLES) != 6:
    fail("six tables", len(TABLES))
for t, (i, ncol, rows_) in enumerate(TABLES, 1):
    cap = [x for x in hosc[max(0, i - 3):i] if f"Table {t}:" in x]
    if not cap:
        fail("caption above the table", t)
    for j, cells in rows_:
        if len(cells) != ncol:
            fail("cells in a LaTeX row", j + 1, len(cells), ncol)
NUMTEX = re.compile(r"\(?[\d,]+(\.\d+)?\)?")
HEAD = {1: 2, 2: 2, 3: 2, 4: 1, 5: 2, 6: 1}  # header rows of each table
for t, (i, ncol, rows_) in enumerate(TABLES, 1):
    for j, cells in rows_[HEAD[t]:]:
        nums = sorted(bare(c) for c in cells[1:] if NUMTEX.fullmatch(bare(c)))
        NCELLS[2] += len(nums)
        printed = sorted(f["printed"] for f in line_facts(HOSC, j))
        if nums != printed:
            fail("LaTeX number cells v facts", t, j + 1, nums, printed)
    for j, cells in rows_[:HEAD[t]]:
        if line_facts(HOSC, j):
            fail("a fact on a header row", j + 1)


def body(t):
    return [(j, [bare(c) for c in cells]) for j, cells in TABLES[t - 1][2][HEAD[t]:]]


def acct(c):
    return 0 if c == "-" else parse(c)


# QIPP: variance = forecast - plan; RAG rule in the note
q = body(1)
qs, qt = q[:-1], q[-1]
for k, col in ((1, "plan"), (2, "forecast"), (3, "variance")):
    eq(sum(acct(c[k]) for _, c in qs), acct(qt[1][k]), f"QIPP {col} total")
for j, c in q:
    p, fc, v = parse(c[1]), parse(c[2]), acct(c[3])
    eq(fc - p, v, f"QIPP variance line {j + 1}")
    sh = (fc - p) / p * 100
    if c[4] != ("Red" if sh < -25 else "Amber" if sh < -5 else "Green"):
        fail("QIPP RAG rule", j + 1)
    fr = [f for f in line_facts(HOSC, j) if f["id"].endswith("_forecast")]
    if not fr or fr[0]["rag"] != c[4]:
        fail("QIPP rag on the forecast fact", j + 1)
reds = sum(c[4] == "Red" for _, c in qs)
text_hosc = "\n".join(hosc)
if f"{['No', 'One', 'Two', 'Three', 'Four'][reds]} of the {len(qs)} schemes are rated red" not in text_hosc:
    fail("QIPP red count")
eq(round(parse(qt[1][1]) / 1000, 1), by["q_plan_prose"], "QIPP plan prose")
eq(round(parse(qt[1][2]) / 1000, 1), by["q_fcst_prose"], "QIPP forecast prose")
eq(round(-acct(qt[1][3]) / 1000, 1), by["q_short_prose"], "QIPP shortfall prose")
eq(round(-acct(qt[1][3]) / parse(qt[1][1]) * 100, 1), by["q_pct_prose"], "QIPP % prose")
# primary care: variance (over)/under = budget - forecast
pc = body(2)
for k in (1, 2, 3):
    eq(sum(acct(c[k]) for _, c in pc[:-1]), acct(pc[-1][1][k]), f"PC total col {k}")
for j, c in pc:
    eq(parse(c[1]) - parse(c[2]), acct(c[3]), f"PC variance line {j + 1}")
eq(round(parse(pc[-1][1][1]) / 1000, 1), by["pc_budget_prose"], "PC budget prose")
eq(round(parse(pc[-1][1][2]) / 1000, 1), by["pc_fcst_prose"], "PC forecast prose")
eq(round(-acct(pc[-1][1][3]) / 1000, 1), by["pc_over_prose"], "PC overspend prose")
eq(round(-acct(pc[-1][1][3]) / parse(pc[-1][1][1]) * 100, 1), by["pc_over_pct_prose"], "PC overspend % prose")
if "£1.76 per weighted patient" not in text_hosc or any(f["printed"] == "1.76" for f in facts):
    fail("the per-patient rate in a label")
# ARRS: % claimed = claimed / allocation; a multirow district over two PCNs
ar = body(3)
for k in (2, 3):
    eq(sum(parse(c[k]) for _, c in ar[:-1]), parse(ar[-1][1][k]), f"ARRS total col {k}")
for j, c in ar:
    eq(round(parse(c[3]) / parse(c[2]) * 100, 1), parse(c[4]), f"ARRS share line {j + 1}")
    pcn = [f["area"] for f in line_facts(HOSC, j)]
    if j != ar[-1][0] and set(pcn) != {c[1]}:
        fail("ARRS area is the PCN", j + 1, pcn)
if set(f["area"] for f in line_facts(HOSC, ar[-1][0])) != {"Greymarsh"}:
    fail("ARRS total is Greymarsh's")
if "multirow{2}{*}{ Tolsey and Wrayfield }" not in text_hosc or not re.search(r"\\cline \{ 2 - 5 \} & Wrayfield",
                                                                               text_hosc):
    fail("the multirow district")
low = min(ar[:-1], key=lambda jc: parse(jc[1][4]))
if low[1][1] != "Wrayfield Rural PCN":
    fail("'the lowest share'")
eq(round(parse(ar[-1][1][3]) / 1e6, 1), by["arrs_claimed_prose"], "ARRS claimed prose")
eq(round(parse(ar[-1][1][2]) / 1e6, 1), by["arrs_alloc_prose"], "ARRS allocation prose")
eq(parse(ar[-1][1][4]), by["arrs_pct_prose"], "ARRS % prose")
eq(parse(low[1][4]), by["arrs_wr_prose"], "Wrayfield prose")
# GP workforce: districts add to the county; patients per GP FTE = round(patients / FTE)
gp = {c[0]: c for _, c in body(4)}
if list(gp) != DISTRICTS + ["Greymarsh", "East of England", "England"]:
    fail("GP rows", list(gp))
for k in (1, 2, 3):
    eq(round(sum(parse(gp[d][k]) for d in DISTRICTS), 1), parse(gp["Greymarsh"][k]), f"GP col {k} county total")
for a, c in gp.items():
    eq(round(parse(c[3]) / parse(c[1])), parse(c[4]), f"patients per GP {a}")
for f in facts:
    if f["id"].startswith("gp_") and not f["id"].endswith("_prose") and gp[f["area"]][0] != f["area"]:
        fail("GP fact area", f["id"])
mx = max(DISTRICTS, key=lambda d: parse(gp[d][4]))
if F["gp_per_max_prose"]["area"] != mx:
    fail("the district with most patients per GP")
for fid, a, k in (("gp_fte_prose", "Greymarsh", 1), ("gp_nurse_prose", "Greymarsh", 2),
                  ("gp_patients_prose", "Greymarsh", 3), ("gp_per_prose", "Greymarsh", 4),
                  ("gp_per_eoe_prose", "East of England", 4), ("gp_per_eng_prose", "England", 4),
                  ("gp_per_max_prose", mx, 4)):
    eq(parse(gp[a][k]), by[fid], fid)
if not parse(gp["Greymarsh"][4]) < parse(gp["England"][4]) < parse(gp["East of England"][4]):
    fail("'fewer than in the East of England and England'")
# trajectory: years as columns under Actual / Plan
tr = TABLES[4][2]
years = tr[1][1][1:]
if [re.sub(r"\\\(|\\\)| ", "", y) for y in years] != ["2023/24", "2024/25", "2025/26", "2026/27", "2027/28",
                                                      "2028/29"]:
    fail("trajectory years", years)
if "multicolumn{3}{|c|}{ Actual }" not in hosc[tr[0][0]] or "{ Plan }" not in hosc[tr[0][0]]:
    fail("Actual / Plan over the years")
g = [parse(c) for c in body(5)[0][1][1:]]
eq(round(g[5] - g[2], 1), by["traj_add_prose"], "trajectory addition")
eq(g[5], by["traj_end_prose"], "trajectory 2028/29")
eq(g[3], by["traj_mar27_prose"], "trajectory 2026/27")
eq(round(g[3] - parse(gp["Greymarsh"][1]), 1), by["traj_short_prose"], "short of the plan")
for f in facts:
    if f["id"].startswith("traj_") and not f["id"].endswith("_prose"):
        yr = f["period"]
        if F[f["id"]]["measure"].endswith("actual") != (yr <= "2025/26"):
            fail("actual / plan word", f["id"])
if body(5)[1][1][6] != "":
    fail("the empty 2028/29 nurse cell")
# performance: RAG counts and the prose
pf = body(6)
rags = [c[4] for _, c in pf]
mr = re.search(r"Of the (\d+) indicators in Table 6, (\d+) are red, (\d+) amber and (\d+) green", text_hosc)
if not mr or [int(x) for x in mr.groups()] != [len(pf), rags.count("Red"), rags.count("Amber"),
                                               rags.count("Green")]:
    fail("performance RAG counts")
for j, c in pf:
    dec = [f for f in line_facts(HOSC, j) if f["period"] == "December 2026"]
    if len(dec) != 1 or dec[0]["rag"] != (c[4] or None):
        fail("performance rag on the latest month", j + 1)
    if c[1] == "n/a" and any(f["id"].endswith("_std") for f in line_facts(HOSC, j)):
        fail("n/a standard has a fact", j + 1)
pm = {c[0]: c for _, c in pf}
ae = pm["A\\&E: patients seen within 4 hours"]
eq(parse(ae[2]), by["ae_prose"], "A&E prose")
eq(parse(ae[1]), by["ae_std_prose"], "A&E standard prose")
if not by["ae_eoe_prose"] < by["ae_prose"] < by["ae_eng_prose"]:
    fail("'below England but above the East of England'")
eq(parse(pm["Ambulance category 2 mean response (minutes)"][2]), by["c2_prose"], "category 2 prose")
eq(parse(pm["Patients waiting over 52 weeks"][2]), by["w52_prose"], "52 weeks prose")
for f in facts:
    if f["file"] == HOSC and f["dataset"] in ("qipp", "primary_care_budgets", "performance") and \
            f["area"] not in (ICB, "England", "East of England"):
        fail("an ICB figure's area", f["id"])
    if f["file"] == HWB and f["dataset"] == "bcf" and f["area"] != "Greymarsh":
        fail("a BCF figure's area", f["id"])
if "01632 960417" not in text_hosc or any(f["printed"] in ("01632", "960417", "960418") for f in facts):
    fail("telephone numbers")

print(f"{len(facts)} facts; number cells checked: {NCELLS[0]} CSV, {NCELLS[1]} spine (England worst and best "
      f"included, not facts), {NCELLS[2]} LaTeX; {bad} failures")
sys.exit(1 if bad else 0)
