#!/usr/bin/env python3
"""Independent checks for the Vennacott facts.

1. Every fact: fields in order, keywords (1-3, lower case, each in the fact's own measure), quote == its line, the
   printed number on that line (a CSV fact: one of its row's fields), value == printed.
2. The packs are read again here, without build.py: the OCR tables of the HOSC pack row by row (the cells counted
   from the right, the page footer and running header inside Table 3 skipped), the HWB's wide BCF table, its long
   tables (indicator, area, period, value, England, compared) and the Fingertips CSV (csv module).  Every cell is
   compared with the fact of its line and column (area, period and printed number), every number printed in a
   table's cells is a fact on its line, and a nil cell (`—`, `-`, `n/a`, `*`, `..`, an empty CSV field) has none.
3. Every total, variance, change, share, rate, gap, rounding and comparison adds up, the prose, key facts and
   counts in the text agree with the tables, and the layout is what the README says.
Run from anywhere; exits 1 on any failure.
"""

import csv
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
HOSC, HWB = "vennacott_hosc_2026-07-08.txt", "vennacott_hwb_2026-07-22.txt"
ICB, VC, SE, ENG = "Vennacott and Arunmere ICB", "Vennacott", "South East", "England"
DIST = ["Chalkhurst", "Merestow", "Wealdhaven", "Ivelstone", "Harnden Downs", "Pixworth"]
facts = [json.loads(x) for x in open(os.path.join(HERE, "facts.jsonl"), encoding="utf-8")]
texts = {n: open(os.path.join(HERE, n), encoding="utf-8").read().split("\n") for n in (HOSC, HWB)}
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


def is_csv(line):
    return bool(re.match(r'^\d+,"', line))


# =====================================================================================================================
# 1. every fact
# =====================================================================================================================
KEYS = ["id", "file", "dataset", "area", "period", "measure", "measure_keywords", "value", "unit", "rag", "line",
        "quote", "printed"]
DATASETS = {"qipp", "primary_care_budgets", "pcn_budgets", "gp_workforce", "life_expectancy", "wider_determinants",
            "bcf", "performance", "headline"}
AREAS = {ICB, VC, SE, ENG, *DIST} | {f"{p} PCN" for p in ("Chalkhurst", "Merestow Town", "Merestow Rural",
                                                           "Wealdhaven", "Saltings", "Ivelstone", "Harnden Downs",
                                                           "Pixworth")}
for f in facts:
    if list(f) != KEYS:
        fail("keys", f["id"])
    kw = f["measure_keywords"]
    if not (1 <= len(kw) <= 3 and all(k == k.lower() and k in f["measure"].lower() for k in kw)):
        fail("keywords", f["id"], kw)
    if f["rag"] not in (None, "Red", "Amber", "Green"):
        fail("rag", f["id"])
    if f["dataset"] not in DATASETS:
        fail("dataset", f["id"])
    if f["area"] not in AREAS:
        fail("area", f["id"], f["area"])
    if f["file"] not in texts:
        fail("file", f["id"])
        continue
    line = texts[f["file"]][f["line"] - 1].replace("\f", "").strip()
    if line != f["quote"]:
        fail("quote != line", f["id"])
    if is_csv(line):
        if f["printed"] not in next(csv.reader([line])):
            fail("printed not a CSV field of its line", f["id"], f["printed"])
    elif not re.search(r"(?<![\d.,£])" + re.escape(f["printed"]) + r"(?![\d])", line):
        fail("printed not on line", f["id"], f["printed"])
    if abs(parse(f["printed"]) - f["value"]) > 1e-9:
        fail("value != printed", f["id"])
by = {f["id"]: f["value"] for f in facts}
F = {f["id"]: f for f in facts}
if len(by) != len(facts):
    fail("duplicate ids")
for name in (HOSC, HWB):
    n = sum(f["file"] == name for f in facts)
    if not 150 <= n <= 210:
        fail("fact count", name, n)
ON = {}
for f in facts:
    ON.setdefault((f["file"], f["line"]), []).append(f)
USED = set()


def cell(name, ln, suffix, printed, area=None, period=None):
    """The one fact on this line whose id ends with `_suffix` holds this printed cell (and area, period)."""
    hits = [f for f in ON.get((name, ln), []) if f["id"].endswith("_" + suffix)]
    if len(hits) != 1:
        fail("cell facts", name, ln, suffix, printed, [h["id"] for h in hits])
        return None
    f = hits[0]
    USED.add(f["id"])
    if f["printed"] != printed:
        fail("cell != fact", name, ln, suffix, printed, f["printed"])
    if area is not None and f["area"] != area:
        fail("area", f["id"], f["area"], area)
    if period is not None and f["period"] != period:
        fail("period", f["id"], f["period"], period)
    return f


def nil(name, ln, suffix):
    if any(f["id"].endswith("_" + suffix) for f in ON.get((name, ln), [])):
        fail("a fact for a nil cell", name, ln, suffix)


def eq(a, b, what="", tol=1e-6):
    if abs(a - b) > tol:
        fail(what, a, b)


NIL = {"—", "-", "n/a", "*", ".."}
TOK = re.compile(r"^(£?\(?\d[\d,]*(\.\d+)?\)?%?|—|-|n/a|\*|\.\.|[RAG])$")

# =====================================================================================================================
# 2a. the HOSC pack: OCR tables
# =====================================================================================================================
hosc = texts[HOSC]
PROSE = re.sub(r"(?<=[a-z])-\n", "", "\n".join(hosc)).replace("\n", " ")  # hyphenated line ends joined


def ocr_rows(caption, k, stop=r"^(Source|\*|5\.2)"):
    """Rows of the table under `caption`: lines whose last k whitespace-separated tokens are cells and whose label
    has a letter; the page number, running header, units row and rules are skipped."""
    start = [i for i, x in enumerate(hosc) if x.replace("\f", "").startswith(caption)]
    if len(start) != 1:
        fail("caption", caption)
        return []
    out = []
    for i in range(start[0] + 1, len(hosc)):
        x = hosc[i].replace("\f", "")
        if re.match(stop, x):
            break
        if re.match(r"^- \d+ -$", x) or re.search(r"(?i)vennacott county", x):
            continue
        t = x.split()
        if len(t) <= k or not all(TOK.match(c) for c in t[-k:]):
            continue
        label = " ".join(t[:-k])
        if not re.search(r"[A-Za-z]", label):
            continue
        out.append((i + 1, label, t[-k:]))
    return out


def money(s):
    return 0 if s in NIL else parse(s)


# Table 1 QIPP: target, forecast, variance, RAG
RAGW = {"R": "Red", "A": "Amber", "G": "Green"}
Q = {}
rows = ocr_rows("Table 1:", 4)
if len(rows) != 9:
    fail("QIPP rows", len(rows))
for ln, label, (t, fc, v, rag) in rows:
    cell(HOSC, ln, "target", t, ICB, "2026/27")
    if fc in NIL:
        nil(HOSC, ln, "forecast")
    else:
        cell(HOSC, ln, "forecast", fc, ICB, "2026/27")
    f = cell(HOSC, ln, "var", v, ICB, "2026/27")
    if f and f["rag"] != RAGW[rag]:
        fail("qipp rag", label)
    Q[label] = (money(t), money(fc), money(v), rag)
    eq(money(fc) - money(t), money(v), f"qipp variance {label}")
tot = Q.pop("Total", None)
if tot:
    for k in range(3):
        eq(sum(r[k] for r in Q.values()), tot[k], f"qipp total column {k}")
    eq(round(tot[0] / 1000, 2), by["q_req_prose"], "qipp requirement prose")
    eq(round(tot[1] / 1000, 2), by["q_fcst_prose"], "qipp forecast prose")
    eq(round(-tot[2] / 1000, 2), by["q_short_prose"], "qipp shortfall prose")
    eq(round(-tot[2] / tot[0] * 100, 1), by["q_short_pct"], "qipp shortfall %")
rc = Counter(r[3] for r in Q.values())
if "Two schemes are rated red and three amber" not in PROSE or (rc["R"], rc["A"]) != (2, 3):
    fail("qipp red/amber count", rc)
if Q.get("Estates consolidation", (0, 1))[1] != 0 or "forecast to deliver nothing" not in PROSE:
    fail("estates forecast nil")

# Table 2 delegated primary care: budget, forecast, variance
PC = {}
rows = ocr_rows("Table 2:", 3, stop=r"^4\. ")
if len(rows) != 7:
    fail("primary care rows", len(rows))
for ln, label, (b, fc, v) in rows:
    cell(HOSC, ln, "budget", b, ICB, "2026/27")
    cell(HOSC, ln, "forecast", fc, ICB, "2026/27")
    if v in NIL:
        nil(HOSC, ln, "var")
    else:
        cell(HOSC, ln, "var", v, ICB, "2026/27")
    PC[label] = (money(b), money(fc), money(v))
    eq(money(fc) - money(b), money(v), f"pc variance {label}")
tot = PC.pop("Total delegated budget", None)
if tot:
    for k in range(3):
        eq(sum(r[k] for r in PC.values()), tot[k], f"pc total column {k}")
    eq(round(tot[0] / 1000, 2), by["pc_budget_prose"], "pc budget prose")
    eq(round(tot[2] / 1000, 2), by["pc_over_prose"], "pc overspend prose")
if not any(x.startswith("Global sum (£118.62 per weighted patient)") for x in hosc):
    fail("per-patient rate in a row label")

# Table 3 PCN budgets, over a page break: ARRS, enhanced access, CAIP, total
PCN = {}
rows = ocr_rows("Table 3:", 4)
if len(rows) != 9:
    fail("PCN rows", len(rows))
for ln, label, cells in rows:
    area = VC if label == "Total" else label
    for suf, c in zip(("arrs", "ea", "caip", "total"), cells):
        if c in NIL:
            nil(HOSC, ln, suf)
        else:
            if not c.startswith("£"):
                fail("PCN cell without £", ln, c)
            cell(HOSC, ln, suf, c, area, "2026/27")
    vals = [money(c) for c in cells]
    eq(sum(vals[:3]), vals[3], f"PCN row total {label}")
    PCN[label] = vals
tot = PCN.pop("Total", None)
if tot:
    for k in range(4):
        eq(sum(r[k] for r in PCN.values()), tot[k], f"PCN total column {k}")
    eq(round(tot[3] / 1000, 2), by["pcn_total_prose"], "PCN prose total")
    eq(round(tot[0] / 1000, 2), by["pcn_arrs_prose"], "PCN prose ARRS")
    eq(round(tot[0] / tot[3] * 100, 1), by["pcn_arrs_pct"], "PCN prose ARRS share")
if len(PCN) != 8 or not any("The eight PCNs" in x for x in hosc):
    fail("eight PCNs")
t3 = [i for i, x in enumerate(hosc) if x.startswith("Table 3:")][0]
t3_rows = [r[0] for r in ocr_rows("Table 3:", 4)]
if not any("\f" in hosc[i] for i in range(t3_rows[0], t3_rows[-1])):
    fail("Table 3 is not broken by a page")

# Table 4 GP workforce: FTE, patients, patients per GP FTE
GP = {}
rows = ocr_rows("Table 4:", 3)
if len(rows) != 9:
    fail("GP rows", len(rows))
for ln, label, (fte, pts, rate) in rows:
    area = {"Vennacott (county)": VC, "South East region": SE}.get(label, label)
    cell(HOSC, ln, "fte", fte, area, "May 2026")
    cell(HOSC, ln, "patients", pts, area, "May 2026")
    cell(HOSC, ln, "rate", rate, area, "May 2026")
    GP[area] = (parse(fte), parse(pts), parse(rate))
    eq(round(parse(pts) / parse(fte)), parse(rate), f"patients per GP FTE {area}")
if len(GP) == 9:
    eq(round(sum(GP[d][0] for d in DIST), 1), GP[VC][0], "GP FTE county total")
    eq(sum(GP[d][1] for d in DIST), GP[VC][1], "patients county total")
    for fid, v in (("gp_fte_prose", GP[VC][0]), ("gp_pat_prose", GP[VC][1]), ("gp_rate_prose", GP[VC][2]),
                   ("gp_rate_se", GP[SE][2]), ("gp_rate_eng", GP[ENG][2]), ("gp_rate_lo", GP["Harnden Downs"][2]),
                   ("gp_rate_hi", GP["Chalkhurst"][2]), ("gp_fewest", GP["Ivelstone"][0])):
        eq(by[fid], v, fid)
    if min(DIST, key=lambda d: GP[d][2]) != "Harnden Downs" or max(DIST, key=lambda d: GP[d][2]) != "Chalkhurst" \
            or min(DIST, key=lambda d: GP[d][0]) != "Ivelstone":
        fail("GP extremes in the prose")

# Table 5 trajectory: six years as columns
TRJ = {}
rows = ocr_rows("Table 5:", 6)
if len(rows) != 4:
    fail("trajectory rows", len(rows))
hdr = [x for x in hosc if x.startswith("Staff group")]
years = re.findall(r"\d{4}/\d\d", hdr[0]) if hdr else []
kinds = next((x.split() for x in hosc if x.startswith("Actual")), [])
if len(years) != 6 or kinds != ["Actual"] * 3 + ["Plan"] * 3:
    fail("trajectory header", years, kinds)
for ln, label, cells in rows:
    for y, kind, c in zip(years, kinds, cells):
        f = cell(HOSC, ln, y[:4], c, VC, y)
        if f and not f["measure"].endswith(kind.lower()):
            fail("trajectory actual/plan", f["id"])
    TRJ[label] = [parse(c) for c in cells]
if len(TRJ) == 4:
    for k in range(6):
        eq(round(sum(TRJ[x][k] for x in TRJ if x != "Total"), 1), TRJ["Total"][k], f"trajectory total {k}")
    eq(round(TRJ["GPs (FTE)"][5] - TRJ["GPs (FTE)"][2], 1), by["traj_gain_prose"], "trajectory gain prose")

# Table 6 scorecard: target, latest, period (one or two tokens), RAG
MON = {"Mar": "March", "Apr": "April", "May": "May"}
rows = []
s6 = [i for i, x in enumerate(hosc) if x.startswith("Table 6:")][0]
for i in range(s6 + 1, len(hosc)):
    x = hosc[i]
    if x.startswith("*"):
        break
    m = re.match(r"^(?P<label>.+?)\s+(?P<t>\S+)\s+(?P<l>\S+)\s+(?P<p>[A-Z][a-z]{2}-\d\d|Q\d \d\d/\d\d)\s+(?P<rag>[RAG-])$",
                 x)
    if m:
        rows.append((i + 1, m))
if len(rows) != 10:
    fail("scorecard rows", len(rows))
RC = Counter()
for ln, m in rows:
    p = m["p"]
    period = f"{MON[p[:3]]} 20{p[-2:]}" if "-" in p else f"Q4 20{p[3:]}"
    if m["t"] in NIL:
        nil(HOSC, ln, "target")
    else:
        cell(HOSC, ln, "target", m["t"], ICB, "2026/27")
    if m["l"] in NIL:
        nil(HOSC, ln, "latest")
    else:
        f = cell(HOSC, ln, "latest", m["l"], ICB, period)
        if f and f["rag"] != RAGW.get(m["rag"]):
            fail("scorecard rag", f["id"])
    RC[m["rag"]] += 1
mm = re.search(r"Of the (\d+) indicators in Table 6, (\d) are rated red, (\d) amber and (\d)", PROSE)
m2 = re.search(r"green; (\d) are not rated", PROSE)
if not mm or not m2 or [int(x) for x in mm.groups()] + [int(m2[1])] != [len(rows), RC["R"], RC["A"], RC["G"], RC["-"]]:
    fail("scorecard RAG counts", RC)
eq(by["perf_ae_prose"], by["sc_a_e_patients_seen_within_4_hou_latest"], "A&E prose")
eq(by["perf_ae_std_prose"], by["sc_a_e_patients_seen_within_4_hou_target"], "A&E standard prose")

# every fact on an OCR table row was matched to a cell
for f in facts:
    if f["file"] == HOSC and not f["id"].endswith(("_prose", "_pct", "_se", "_eng", "_lo", "_hi", "_fewest")) \
            and f["id"] not in USED:
        fail("HOSC fact not matched to a table cell", f["id"])

# =====================================================================================================================
# 2b. the HWB pack: the wide BCF table, the long tables, the Fingertips CSV
# =====================================================================================================================
hwb = texts[HWB]
B = {}
b0 = [i for i, x in enumerate(hwb) if x.startswith("Table 1:")][0]
for i in range(b0 + 1, len(hwb)):
    x = hwb[i]
    if x.startswith("Source"):
        break
    m = re.match(r"^  (?P<label>\S.*?)\s{2,}(?P<a>\S+)\s+(?P<b>\S+)\s+(?P<c>\S+)\s+(?P<d>\S+)$", x)
    if not m or m["label"] == "Funding stream" or not TOK.match(m["b"]):
        continue
    ln = i + 1
    if m["a"] in NIL:
        nil(HWB, ln, "2526")
    else:
        cell(HWB, ln, "2526", m["a"], VC, "2025/26")
    cell(HWB, ln, "2627", m["b"], VC, "2026/27")
    cell(HWB, ln, "chg", m["c"], VC, "2026/27")
    if m["d"] in NIL:
        nil(HWB, ln, "pct")
    else:
        cell(HWB, ln, "pct", m["d"], VC, "2026/27")
    a, b_, c = money(m["a"]), parse(m["b"]), parse(m["c"])
    eq(b_ - a, c, f"BCF change {m['label']}")
    if m["d"] not in NIL:
        eq(round((b_ / a - 1) * 100, 1), parse(m["d"]), f"BCF change % {m['label']}")
    B[m["label"]] = (a, b_, c)
if len(B) != 9:
    fail("BCF rows", len(B))
tot = B.pop("Total pooled budget", None)
if tot:
    for k in range(3):
        eq(sum(r[k] for r in B.values()), tot[k], f"BCF total column {k}")
    eq(round(tot[1] / 1000, 2), by["bcf_total_prose"], "BCF prose total")
    eq(round(tot[1] / 1000, 1), by["kf_bcf"], "BCF key fact")
    eq(round(tot[2] / 1000, 2), by["bcf_rise_prose"], "BCF prose rise")
    eq(round((tot[1] / tot[0] - 1) * 100, 1), by["bcf_rise_pct_prose"], "BCF prose rise %")
    eq(B["Neighbourhood health pilot"][1], by["bcf_pilot_prose"], "BCF pilot prose")
    if B["Neighbourhood health pilot"][0] != 0:
        fail("the pilot is new in 2026/27")

# the CSV (read first: the long tables are checked against it)
head = [i for i, x in enumerate(hwb) if x.startswith('"Indicator ID"')]
HEAD = ["Indicator ID", "Indicator Name", "Area Code", "Area Name", "Area Type", "Sex", "Time period", "Value",
        "Lower CI 95.0 limit", "Upper CI 95.0 limit", "Count", "Denominator",
        "Compared to England value or percentiles"]
CSV = {}
if len(head) != 1 or next(csv.reader([hwb[head[0]]])) != HEAD:
    fail("CSV header")
else:
    i = head[0] + 1
    while hwb[i].strip():
        r = dict(zip(HEAD, next(csv.reader([hwb[i]]))))
        ln = i + 1
        area = {"South East region": SE}.get(r["Area Name"], r["Area Name"])
        code = r["Area Code"]
        want = {SE: "E12000008", ENG: "E92000001"}.get(area)
        if (want and code != want) or (area == VC and not re.fullmatch(r"E10000\d{3}", code)) or \
                (area in DIST and not re.fullmatch(r"E07000\d{3}", code)):
            fail("area code", code, area)
        per = r["Time period"].replace(" ", "")
        fuel = r["Indicator Name"].startswith("Fuel poverty")
        if fuel and "," not in r["Indicator Name"]:
            fail("fuel poverty name without its comma")
        pre = "fuel" if fuel else "le"
        for col, suf in (("Value", None), ("Lower CI 95.0 limit", "lci"), ("Upper CI 95.0 limit", "uci"),
                         ("Count", "count"), ("Denominator", "den")):
            v = r[col]
            fs = [f for f in ON.get((HWB, ln), []) if (f["id"].endswith("_" + suf) if suf else
                                                      not f["id"].endswith(("_lci", "_uci", "_count", "_den")))]
            if v == "":
                if fs:
                    fail("a fact for an empty CSV field", ln, col)
                continue
            if len(fs) != 1 or fs[0]["printed"] != v or fs[0]["area"] != area or fs[0]["period"] != per:
                fail("CSV cell != fact", ln, col, v, [(f["id"], f["printed"]) for f in fs])
            else:
                USED.add(fs[0]["id"])
                sexw = r["Sex"].lower()
                if not fuel and sexw not in fs[0]["measure"]:
                    fail("CSV sex not in measure", fs[0]["id"])
        CSV[(pre, r["Sex"], area)] = r
        i += 1
    if len(CSV) != 27:
        fail("CSV rows", len(CSV))
    for (pre, sex, area), r in CSV.items():
        v = float(r["Value"])
        if pre == "le":
            lo, up = float(r["Lower CI 95.0 limit"]), float(r["Upper CI 95.0 limit"])
            if not lo < v < up:
                fail("CI order", area, sex)
            e = float(CSV[("le", sex, ENG)]["Value"])
            want = "Not compared" if area == ENG else "Better 95%" if lo > e else "Worse 95%" if up < e else "Similar"
            if r["Compared to England value or percentiles"] != want:
                fail("compared with England", area, sex)
            if r["Count"] or r["Denominator"]:
                fail("LE count/denominator not empty", area)
        else:
            c, d = int(r["Count"]), int(r["Denominator"])
            eq(round(c / d * 100, 5), v, f"fuel poverty count/denominator {area}")
            if r["Lower CI 95.0 limit"] or r["Upper CI 95.0 limit"]:
                fail("fuel CI not empty", area)
    for col in ("Count", "Denominator"):
        eq(sum(int(CSV[("fuel", "Persons", d)][col]) for d in DIST), int(CSV[("fuel", "Persons", VC)][col]),
           f"fuel {col} county total")


def csv_value(pre, sex, area):
    return float(CSV[(pre, sex, area)]["Value"])


# the long tables: Indicator | Area | Period | Value | England | Compared with England
LONG = {}
for cap in ("Table 2:", "Table 3:"):
    s0 = [i for i, x in enumerate(hwb) if x.startswith(cap)][0]
    n = 0
    for i in range(s0 + 1, len(hwb)):
        x = hwb[i].replace("\f", "")
        if x.startswith("Source") or x.startswith(".."):
            break
        c = re.split(r"\s{2,}", x.strip())
        if len(c) != 6 or c[0] == "Indicator":
            continue
        ind, area, period, v, e, cmp_ = c
        ln = i + 1
        per = period.replace(" ", "")
        base = [f for f in ON.get((HWB, ln), []) if not f["id"].endswith("_eng")]
        if v in NIL:
            if base:
                fail("a fact for a nil long-table value", ln)
        elif len(base) != 1 or base[0]["printed"] != v or base[0]["area"] != area or base[0]["period"] != per:
            fail("long-table value != fact", ln, v, area, per)
        else:
            USED.add(base[0]["id"])
        cell(HWB, ln, "eng", e, ENG, per)
        for f in ON.get((HWB, ln), []):
            word = re.search(r"\((male|female)\)", ind)
            if word and not f["measure"].endswith(word[1]):
                fail("sex of a long-table row", f["id"])
        LONG[(ind, area, period)] = (None if v in NIL else float(v), float(e), cmp_)
        n += 1
    if n != {"Table 2:": 18, "Table 3:": 13}[cap]:
        fail("long rows", cap, n)
if not any(x.startswith("\fTable 2 (continued)") for x in hwb):
    fail("Table 2 is not continued after a form feed")
if CSV:
    for sex in ("Male", "Female"):
        for area in DIST + [VC]:
            v, e, cmp_ = LONG[(f"Life expectancy at birth ({sex.lower()})", area, "2022 - 24")]
            eq(round(csv_value("le", sex, area), 1), v, f"Table 2 = CSV {area} {sex}")
            eq(round(csv_value("le", sex, ENG), 1), e, f"Table 2 England = CSV {sex}")
            if not CSV[("le", sex, area)]["Compared to England value or percentiles"].startswith(cmp_):
                fail("Table 2 compared word != CSV", area, sex)
    for area in (VC, "Chalkhurst"):
        v, e, _ = LONG[("Fuel poverty, households (%)", area, "2023")]
        eq(round(csv_value("fuel", "Persons", area), 1), v, f"Table 3 fuel = CSV {area}")
        eq(round(csv_value("fuel", "Persons", ENG), 1), e, "Table 3 fuel England = CSV")
for (ind, area, period), (v, e, cmp_) in LONG.items():
    if v is None or cmp_ in NIL or ind.startswith("Life"):
        continue
    worse_high = ind.startswith(("Slope", "Temporary", "PM2.5", "Fuel"))
    if (cmp_ == "Better") != ((v < e) if worse_high else (v > e)) and cmp_ != "Similar":
        fail("compared word against the England value", ind, area, period)
for f in facts:
    if f["file"] == HWB and f["id"].startswith(("le_", "sii_", "wd_", "csv_")) and "prose" not in f["id"] \
            and f["id"] not in USED:
        fail("HWB table fact not matched to a cell", f["id"])

# =====================================================================================================================
# 3. prose and key facts against the tables
# =====================================================================================================================
if CSV:
    for sex, w in (("Male", "male"), ("Female", "female")):
        for area, suf in ((VC, "vennacott"), (ENG, "england")):
            eq(round(csv_value("le", sex, area), 1), by[f"kf_le_{w}_{suf}"], f"key fact LE {w} {area}")
    for fid, sex, area in (("le_prose_m", "Male", VC), ("le_prose_m_se", "Male", SE), ("le_prose_m_eng", "Male", ENG),
                           ("le_prose_f", "Female", VC), ("le_prose_f_se", "Female", SE),
                           ("le_prose_f_eng", "Female", ENG)):
        eq(round(csv_value("le", sex, area), 1), by[fid], fid)
    for fid, sex in (("le_prose_gap_m", "Male"), ("le_prose_gap_f", "Female")):
        eq(round(round(csv_value("le", sex, "Harnden Downs"), 1) - round(csv_value("le", sex, "Chalkhurst"), 1), 1),
           by[fid], fid)
    males = {d: csv_value("le", "Male", d) for d in DIST}
    if max(males, key=males.get) != "Harnden Downs" or min(males, key=males.get) != "Chalkhurst":
        fail("LE extremes in the prose")
    fuel = {d: csv_value("fuel", "Persons", d) for d in DIST}
    if min(fuel, key=fuel.get) != "Ivelstone" or max(fuel, key=fuel.get) != "Chalkhurst":
        fail("fuel poverty extremes in the prose")
    eq(round(fuel["Ivelstone"], 1), by["wd_prose_fuel_lo"], "fuel prose low")
    eq(round(fuel["Chalkhurst"], 1), by["wd_prose_fuel_hi"], "fuel prose high")
    eq(round(csv_value("fuel", "Persons", ENG), 1), by["wd_prose_fuel_eng"], "fuel prose England")
SII = {(k[0], k[2]): v for k, v in LONG.items() if k[0].startswith("Slope")}
for sex, w in (("male", "men"), ("female", "women")):
    v, e, _ = SII[(f"Slope index of inequality in life expectancy ({sex})", "2022 - 24")]
    eq(v, by[f"sii_prose_{sex}_2224"], f"SII prose {sex}")
    eq(e, by[f"sii_prose_{sex}_eng"], f"SII prose England {sex}")
    if v <= SII[(f"Slope index of inequality in life expectancy ({sex})", "2019 - 21")][0]:
        fail("SII 'has widened'", sex)
emp = LONG[("Employment rate, aged 16-64 (%)", VC, "2024/25")]
eq(emp[0], by["kf_emp"], "key fact employment")
eq(emp[1], by["kf_emp_eng"], "key fact employment England")
ta = LONG[("Temporary accommodation per 1,000 households", "Chalkhurst", "2024/25")]
eq(ta[0], by["wd_prose_ta_ch"], "TA prose")
eq(ta[1], by["wd_prose_ta_eng"], "TA prose England")
tas = {a: v for (ind, a, p), (v, e, c) in LONG.items() if ind.startswith("Temporary") and a in DIST}
if tas.get("Ivelstone", 0) is not None or max((v for v in tas.values() if v is not None), default=0) != ta[0]:
    fail("TA: Ivelstone suppressed, Chalkhurst highest")

# =====================================================================================================================
# 4. layout
# =====================================================================================================================
if sum("\f" in x for x in hosc) != 5 or [x for x in hosc if re.fullmatch(r"- \d+ -", x.replace("\f", ""))] != \
        [f"- {n} -" for n in range(7, 13)]:
    fail("HOSC pages: five form feeds and page numbers - 7 - to - 12 -")
if sum(bool(re.search(r"[a-z]-$", x)) for x in hosc) < 4:
    fail("hyphenated line ends")
for noise in ("Cornmittee", "prograrnme", "optirnisation", "lntegrated", "lvelstone", "lCB’s", "ltem", "’", "“"):
    if not any(noise in x for x in hosc):
        fail("OCR noise missing", noise)
if any(x.startswith(" ") for x in hosc):
    fail("OCR lines are not indented")
for cap, k in (("Table 1:", 4), ("Table 2:", 3), ("Table 3:", 4), ("Table 4:", 3), ("Table 5:", 6)):
    rs = ocr_rows(cap, k)
    one = [r for r in rs if re.search(r"[A-Za-z)] \S+$", hosc[r[0] - 1].split("  ")[0]) and
           hosc[r[0] - 1].replace("\f", "").startswith(r[1] + " " + r[2][0])]
    starts = {hosc[r[0] - 1].find(r[2][-1]) for r in rs}
    if not one or len(starts) < 3:
        fail("OCR table gaps not uneven / no label glued to its first number", cap)
if sum("\f" in x for x in hwb) != 4 or [m[1] for x in hwb for m in [re.search(r"Page (\d+) of 5$", x)] if m] != \
        [str(n) for n in range(1, 6)]:
    fail("HWB pages")
print(f"{len(facts)} facts ({sum(f['file'] == HOSC for f in facts)} HOSC, {sum(f['file'] == HWB for f in facts)} HWB),"
      f" {bad} failures")
sys.exit(1 if bad else 0)
