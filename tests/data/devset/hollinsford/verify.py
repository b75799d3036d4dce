#!/usr/bin/env python3
"""Independent checks for the Hollinsford facts.

1. Every fact: fields in order, keywords (1-3, lower case, in the fact's own measure), quote == its line, the printed
   number on that line, value == printed.
2. The packs are read again here, without build.py: the HWB's HTML tables into grids (rowspan and colspan placed),
   its pipe table into rows, the ICB's layout tables into rows by label (both pages of a table split column-wise);
   every cell is compared with the fact of that row and column, and every number printed in a table must be a fact
   on its line (no cell left out, no fact without its cell).
3. Every total, subtotal, change, difference, gap, share, rate, prose figure and count in the text adds up.
Run from anywhere; exits 1 on any failure.
"""

import json
import os
import re
import sys
from collections import Counter
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
HWB, ICBF = "hollinsford_hwb_2026-06-10.txt", "hollinsford_icb_2026-06-24.txt"
facts = [json.loads(x) for x in open(os.path.join(HERE, "facts.jsonl"), encoding="utf-8")]
texts = {n: open(os.path.join(HERE, n), encoding="utf-8").read().split("\n") for n in (HWB, ICBF)}
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


# ---- 1. every fact
KEYS = ["id", "file", "dataset", "area", "period", "measure", "measure_keywords", "value", "unit", "rag", "line",
        "quote", "printed"]
for f in facts:
    if list(f) != KEYS:
        fail("keys", f["id"])
    kw = f["measure_keywords"]
    if not (1 <= len(kw) <= 3 and all(k == k.lower() for k in kw)):
        fail("keywords", f["id"])
    if not any(k in f["measure"].lower() for k in kw):
        fail("no keyword in the fact's own measure", f["id"])
    if f["rag"] not in (None, "Red", "Amber", "Green"):
        fail("rag", f["id"])
    if f["file"] not in texts:
        fail("file", f["id"])
        continue
    line = texts[f["file"]][f["line"] - 1].replace("\f", "").strip()
    if line != f["quote"]:
        fail("quote != line", f["id"])
    if not re.search(r"(?<![\d.,£])" + re.escape(f["printed"]) + r"(?![\d])", line):
        fail("printed not on line", f["id"], f["printed"])
    if abs(parse(f["printed"]) - f["value"]) > 1e-9:
        fail("value != printed", f["id"])
by = {f["id"]: f["value"] for f in facts}
F = {f["id"]: f for f in facts}
if len(by) != len(facts):
    fail("duplicate ids")
for name in (HWB, ICBF):
    n = sum(f["file"] == name for f in facts)
    if not 150 <= n <= 215:
        fail("fact count", name, n)


def eq(a, b, what="", tol=1e-6):
    if abs(a - b) > tol:
        fail(what, a, b)


def pct(a, b):
    return round(a / b * 100, 1)


def change(new, old):
    return round((new / old - 1) * 100, 1)


def slug(s, n=24):
    return re.sub(r"\W+", "_", s.lower()).strip("_")[:n].strip("_")


def cell_fact(fid, printed, line, name):
    """The fact `fid` holds this printed cell on this line."""
    f = F.get(fid)
    if f is None:
        fail("no fact for cell", fid, printed)
        return
    if f["file"] != name or f["printed"] != printed or f["line"] != line:
        fail("cell != fact", fid, (printed, line), (f["printed"], f["line"]))


# =====================================================================================================================
# 2a. the HWB pack: HTML tables read into grids, the pipe table into rows
# =====================================================================================================================
class Tables(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tables, self.cell = [], None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table":
            self.tables.append({"rows": [], "spans": {}})
        elif tag == "tr":
            self.tables[-1]["rows"].append([])
        elif tag in ("td", "th"):
            self.cell = {"tag": tag, "text": "", "line": self.getpos()[0], "rs": int(a.get("rowspan", 1)),
                         "cs": int(a.get("colspan", 1))}
        elif tag == "br" and self.cell is not None:
            self.cell["text"] += " "

    def handle_data(self, data):
        if self.cell is not None:
            self.cell["text"] += data
            self.cell.setdefault("dline", self.getpos()[0])

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.tables[-1]["rows"][-1].append(self.cell)
            self.cell = None


def grid(t):
    """Place each cell in its columns, carrying rowspans down: a list of rows of (cell or None)."""
    out, carry = [], {}
    for r, row in enumerate(t["rows"]):
        line, c = [], 0
        cells = iter(row)
        while True:
            if (r, c) in carry:
                line.append(carry[(r, c)])
                c += 1
                continue
            cell = next(cells, None)
            if cell is None:
                break
            for k in range(cell["cs"]):
                line.append(cell if k == 0 else None)
                for d in range(1, cell["rs"]):
                    carry[(r + d, c + k)] = {**cell, "carried": True}
            c += cell["cs"]
        out.append(line)
    return out


hwb = texts[HWB]
p = Tables()
p.feed("\n".join(hwb))
T = [grid(t) for t in p.tables]
if len(T) != 4:
    fail("HWB html tables", len(T))
NUMC = re.compile(r"^[-+]?£?\d[\d,]*(\.\d+)?$")


def area_of(label):
    return re.sub(r"\s*\((borough)\)", "", " ".join(label.split()))


def body(g, nhead):
    for row in g[nhead:]:
        yield [(c["text"].strip(), c.get("dline", c["line"])) if c else None for c in row]


# Table 1: life expectancy by locality (one tag a line)
heads = [c["text"] for c in T[0][0] if c and not c.get("carried")] + \
    [c["text"] for c in T[0][1] if c and not c.get("carried")]
if heads[:3] != ["Area", "Life expectancy at birth", "Slope index of inequality (most v least deprived)"] or \
        heads[3:] != ["Male", "Female", "Male", "Female"]:
    fail("table 1 header", heads)
for row in body(T[0], 2):
    area = area_of(row[0][0])
    for (txt, ln), key in zip(row[1:], ("m", "f", "sii_m", "sii_f")):
        cell_fact(f"le_{slug(area)}_{key}", txt, ln, HWB)
# Table 2: wards (one row a line; the locality cell carried down by its rowspan)
for row in body(T[1], 2):
    if row[0][0].startswith("Hollinsford"):
        for (txt, ln), key in zip(row[3:5], ("m", "f")):
            cell_fact(f"ward_hollinsford_{key}", txt, ln, HWB)
        if [r[0] for r in row[5:]] != ["–", "–"]:
            fail("ward borough row differences")
        continue
    loc, ward, code = row[0][0], row[1][0], row[2][0]
    if not re.fullmatch(r"E05\d{6}", code):
        fail("ward code", code)
    for (txt, ln), key in zip(row[3:], ("m", "f", "dm", "df")):
        cell_fact(f"ward_{slug(ward)}_{key}", txt, ln, HWB)
    if F[f"ward_{slug(ward)}_m"]["area"] != ward:
        fail("ward area", ward)
# Table 3: wider determinants (the whole table on one line)
WDK = ("walk", "pm", "emp", "ta", "fuel")
hdr = [c["text"] for c in T[2][1] if c and not c.get("carried")]
for h, want in zip(hdr, ("Walking", "Fine particulate", "Employment", "Households in temporary",
                         "Households in fuel")):
    if not h.startswith(want):
        fail("table 3 header", h)
for row in body(T[2], 2):
    area = area_of(row[0][0])
    for (txt, ln), key in zip(row[1:], WDK):
        if txt in ("..", "*"):
            if f"wd_{slug(area)}_{key}" in F:
                fail("fact for a suppressed cell", area, key)
            continue
        cell_fact(f"wd_{slug(area)}_{key}", txt, ln, HWB)
# Table 4: BCF (header one tag a line, rows one a line)
for row in body(T[3], 2):
    name = " ".join(row[0][0].split())
    name = re.sub(r" \(formerly.*\)", "", name)
    s = slug(name)
    for (txt, ln), key in zip(row[1:], ("2526", "2627", "chg", "pct")):
        if txt == "-" or txt.startswith("n/a"):
            if f"bcf_{s}_{key}" in F:
                fail("fact for a - or n/a cell", name, key)
            continue
        cell_fact(f"bcf_{s}_{key}", txt, ln, HWB)
# Table 5: pipe table
pipe_cells = []
for i, x in enumerate(hwb):
    m = re.match(r"^\| (.+?) +\| (\S+) +\| (\S+) +\|$", x)
    if not m or m.group(1) == "Scheme type":
        continue
    name = m.group(1).strip("*")
    s = "total" if name == "Total" else slug(name)
    for txt, key in ((m.group(2).strip("*"), "val"), (m.group(3).strip("*"), "pct")):
        cell_fact(f"spend_{s}_{key}", txt, i + 1, HWB)
        pipe_cells.append((i + 1, txt))
# every number in an HWB table cell is a fact on its line, and every table fact is a cell
cells_all = Counter()
for g in T:
    for row in g:
        for k, c in enumerate(row):
            if c and c["tag"] == "td" and k > 0 and not c.get("carried") and NUMC.match(c["text"].strip()):
                cells_all[(c.get("dline", c["line"]), c["text"].strip())] += 1
table_facts = Counter((f["line"], f["printed"]) for f in facts if f["file"] == HWB
                      and f["id"].split("_")[0] in ("le", "ward", "wd", "bcf"))
if cells_all != table_facts:
    fail("HWB html cells != table facts", (cells_all - table_facts), (table_facts - cells_all))
pipe_facts = Counter((f["line"], f["printed"]) for f in facts if f["id"].startswith("spend_"))
if pipe_facts != Counter(pipe_cells):
    fail("pipe table cells != facts")

# =====================================================================================================================
# 2b. the ICB pack: layout tables read by row label, both halves of a column-split table joined
# =====================================================================================================================
icb = texts[ICBF]
TOK = re.compile(r"^(?!£0+$)\(?-?£?\d[\d,]*(\.\d+)?%?\)?$")  # not the units cell `£000`


def fields(x):
    return re.split(r"\s{2,}", x.replace("\f", "").strip())


def rows_between(start, stop, skip=0):
    """Rows (label, numbers, line) from the line holding `start` (the skip-th such line) to the next `stop`."""
    hits = [i for i, x in enumerate(icb) if start in x]
    i0 = hits[skip]
    out = []
    for i in range(i0 + 1, len(icb)):
        if stop in icb[i]:
            break
        fl = fields(icb[i])
        nums = [t for t in fl[1:] if TOK.match(t)]
        if nums:
            out.append((fl[0], nums, i + 1, fl))
    return out


MK = ["apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "jan", "feb", "mar"]
FINK = {"Elective": "elective", "Non-elective": "non_elective", "Total acute services": "acute_total",
        "Mental health": "mental_health", "Total expenditure (lines shown)": "total",
        "Variance to plan: (under)/over": "variance"}
icb_cells = Counter()
for half in (0, 1):
    rows = rows_between("Appendix A: ICB expenditure by month", "Source: ICB general ledger", half)
    if len(rows) != 7:
        fail("appendix A rows", half, len(rows))
    for lab, nums, ln, _ in rows:
        key = "prescribing" if lab.startswith("Prescribing (") else FINK.get(lab)
        if key is None:
            fail("appendix A label", lab)
            continue
        cols = MK[6 * half: 6 * half + 6] + (["year"] if half else [])
        if len(nums) != len(cols):
            fail("appendix A cells", lab, half)
        for t, c in zip(nums, cols):
            cell_fact(f"fin_{key}_{c}", t, ln, ICBF)
            icb_cells[(ln, t)] += 1
for half in (0, 1):
    rows = rows_between("urgent and emergency care by month", "Source: NHS England", half)
    for lab, nums, ln, _ in rows:
        key = {"A&E: patients seen within 4 hours": "ae", "Ambulance: Category 2 mean (minutes)": "cat2"}[lab]
        cols = MK[6 * half: 6 * half + 6] + (["target"] if half else [])
        if len(nums) != len(cols):
            fail("UEC cells", lab, half)
        for t, c in zip(nums, cols):
            cell_fact(f"uec_{key}_{c}", t, ln, ICBF)
            icb_cells[(ln, t)] += 1
for lab, nums, ln, fl in rows_between("Appendix C: Efficiency", "RAG: G delivered"):
    name = "Total QIPP programme" if lab.startswith("Total") else fl[1]
    s = "total" if lab.startswith("Total") else slug(name)
    for t, c in zip(nums, ("plan", "actual", "var")):
        cell_fact(f"q_{s}_{c}", t, ln, ICBF)
        icb_cells[(ln, t)] += 1
    want = {"G": "Green", "A": "Amber", "R": "Red"}[fl[-1]]
    if F[f"q_{s}_actual"]["rag"] != want:
        fail("qipp rag", s)
if not any(x.strip().startswith("QP06") and re.search(r"-\s+-\s+-\s+-$", x) for x in icb):
    fail("QP06 dashes")
for lab, nums, ln, fl in rows_between("Appendix D: Hollinsford place", "Codes are the PCNs'"):
    s = "total" if lab.startswith("Hollinsford place total") else slug(lab)
    if s != "total" and not re.fullmatch(r"U\d{5}", fl[1]):
        fail("ODS code", fl[1])
    for t, c in zip(nums, ("budget", "alloc", "claimed")):
        cell_fact(f"pcn_{s}_{c}", t, ln, ICBF)
        icb_cells[(ln, t)] += 1
    if s != "total" and F[f"pcn_{s}_alloc"]["area"] != lab:
        fail("PCN area", lab)
for lab, nums, ln, _ in rows_between("GP workforce by locality, March 2026", "Source: NHS Digital"):
    for t, c in zip(nums, ("fte", "hc")):
        cell_fact(f"gpw_{slug(lab)}_{c}", t, ln, ICBF)
        icb_cells[(ln, t)] += 1
YRS = ["2023", "2024", "2025", "2026", "2027", "2028"]
for lab, nums, ln, fl in rows_between("GP workforce trajectory, Hollinsford", ".. The 2028/29"):
    key = {"GP FTE (excluding trainees)": "fte", "GP headcount": "hc"}[lab]
    for t, y in zip(fl[1:], YRS):
        if t == "..":
            if f"traj_{y}_{key}" in F:
                fail("fact for a .. cell")
            continue
        cell_fact(f"traj_{y}_{key}", t, ln, ICBF)
        icb_cells[(ln, t)] += 1
sc_seen = []
for half in (0, 1):
    for lab, nums, ln, fl in rows_between("Appendix E: Performance scorecard", "Item 9.2", half):
        full = lab
        if lab.startswith("who reliably"):
            full = icb[ln - 2].strip() + " " + lab
        s = slug(full, 30)
        sc_seen.append(s)
        std, mon, latest, prev, trend, rag = fl[1:7]
        for t, c in ((std, "std"), (latest, "latest"), (prev, "prev")):
            if t == "n/a":
                if f"sc_{s}_{c}" in F:
                    fail("fact for n/a")
                continue
            cell_fact(f"sc_{s}_{c}", t, ln, ICBF)
            icb_cells[(ln, t)] += 1
        if F[f"sc_{s}_latest"]["rag"] != {"G": "Green", "A": "Amber", "R": "Red"}[rag]:
            fail("scorecard rag", s)
        if prev != "n/a":
            want = "↑" if parse(latest) > parse(prev) else "↓" if parse(latest) < parse(prev) else "→"
            if trend != want:
                fail("trend arrow", s)
if len(sc_seen) != 8:
    fail("scorecard rows", sc_seen)
# every number in the ICB's tables (from Appendix A on) is a fact on its line, and every table fact a cell
start = next(i for i, x in enumerate(icb) if "Appendix A: ICB expenditure" in x)
printed_nums = Counter()
for i in range(start, len(icb)):
    for t in fields(icb[i])[1:]:
        if TOK.match(t):
            printed_nums[(i + 1, t)] += 1
tf = Counter((f["line"], f["printed"]) for f in facts if f["file"] == ICBF and not f["id"].startswith("ip_"))
if printed_nums != tf or icb_cells != tf:
    fail("ICB table numbers != table facts", printed_nums - tf, tf - printed_nums, tf - icb_cells)

# =====================================================================================================================
# 3. arithmetic and text
# =====================================================================================================================
LOCS = ["saltercote", "wynhope", "ellerburn", "thornsgill"]
# ---- life expectancy
for a, b in (("kf_le_m", "le_hollinsford_m"), ("kf_le_f", "le_hollinsford_f"), ("kf_le_m_eng", "le_england_m"),
             ("kf_le_f_eng", "le_england_f"), ("kf_sii_m", "le_hollinsford_sii_m"), ("lp_m", "le_hollinsford_m"),
             ("lp_m_ne", "le_north_east_m"), ("lp_m_eng", "le_england_m"), ("lp_f", "le_hollinsford_f"),
             ("lp_f_ne", "le_north_east_f"), ("lp_f_eng", "le_england_f"), ("lp_thorn_m", "le_thornsgill_m"),
             ("lp_salt_m", "le_saltercote_m"), ("lp_sii_m", "le_hollinsford_sii_m"),
             ("lp_sii_f", "le_hollinsford_sii_f"), ("lp_sii_m_eng", "le_england_sii_m"),
             ("lp_sii_f_eng", "le_england_sii_f")):
    eq(by[a], by[b], a)
eq(round(by["le_thornsgill_m"] - by["le_saltercote_m"], 1), by["lp_gap_m"], "locality gap m")
eq(round(by["le_thornsgill_f"] - by["le_saltercote_f"], 1), by["lp_gap_f"], "locality gap f")
for sex in ("m", "f"):
    vals = {x: by[f"le_{x}_{sex}"] for x in LOCS}
    if min(vals, key=vals.get) != "saltercote" or max(vals, key=vals.get) != "thornsgill":
        fail("locality extremes", sex)
    if not (by[f"le_hollinsford_{sex}"] < by[f"le_england_{sex}"]):
        fail("'Both are below the England figures'")
if not (by["le_hollinsford_sii_m"] > by["le_england_sii_m"] and by["le_hollinsford_sii_f"] > by["le_england_sii_f"]):
    fail("'wider than in England'")
wards = sorted({k[5:-2] for k in by if k.startswith("ward_") and k.endswith("_m") and k != "ward_hollinsford_m"})
if len(wards) != 8:
    fail("wards", wards)
for w in wards:
    eq(round(by[f"ward_{w}_m"] - by["ward_hollinsford_m"], 1), by[f"ward_{w}_dm"], f"ward diff m {w}")
    eq(round(by[f"ward_{w}_f"] - by["ward_hollinsford_f"], 1), by[f"ward_{w}_df"], f"ward diff f {w}")
for sex in ("m", "f"):
    vals = {w: by[f"ward_{w}_{sex}"] for w in wards}
    if max(vals, key=vals.get) != "thornsgill_moor" or min(vals, key=vals.get) != "saltercote_quay":
        fail("ward extremes", sex)
eq(round(by["ward_thornsgill_moor_m"] - by["ward_saltercote_quay_m"], 1), by["wp_gap_m"], "ward gap m")
eq(round(by["ward_thornsgill_moor_f"] - by["ward_saltercote_quay_f"], 1), by["wp_gap_f"], "ward gap f")
# ---- wider determinants
for a, b in (("kf_emp", "wd_hollinsford_emp"), ("wp_fuel_hol", "wd_hollinsford_fuel"),
             ("wp_fuel_ne", "wd_north_east_fuel"), ("wp_fuel_eng", "wd_england_fuel"),
             ("wp_fuel_salt", "wd_saltercote_fuel"), ("wp_emp_hol", "wd_hollinsford_emp"),
             ("wp_emp_eng", "wd_england_emp"), ("wp_emp_salt", "wd_saltercote_emp"),
             ("wp_emp_thorn", "wd_thornsgill_emp"), ("wp_pm_salt", "wd_saltercote_pm")):
    eq(by[a], by[b], a)
eq(round(by["wd_thornsgill_emp"] - by["wd_saltercote_emp"], 1), by["wp_emp_gap"], "employment gap")
for key, pick, want in (("emp", min, "saltercote"), ("emp", max, "thornsgill"), ("pm", max, "saltercote"),
                        ("fuel", max, "saltercote")):
    vals = {x: by[f"wd_{x}_{key}"] for x in LOCS}
    if pick(vals, key=vals.get) != want:
        fail("wider determinants extreme", key, want)
if any(by[f"wd_{x}_walk"] >= by["wd_england_walk"] for x in LOCS if f"wd_{x}_walk" in by):
    fail("'fewer adults walk than in England in every locality with data'")
# ---- BCF
streams = [k[4:-5] for k in by if k.startswith("bcf_") and k.endswith("_2627") and not k.startswith("bcf_total")]
if len(streams) != 5:
    fail("bcf streams", streams)
eq(sum(by.get(f"bcf_{s}_2526", 0) for s in streams), by["bcf_total_pooled_budget_2526"], "bcf total 2025/26")
eq(sum(by[f"bcf_{s}_2627"] for s in streams), by["bcf_total_pooled_budget_2627"], "bcf total 2026/27")
for s in streams + ["total_pooled_budget"]:
    eq(by[f"bcf_{s}_2627"] - by.get(f"bcf_{s}_2526", 0), by[f"bcf_{s}_chg"], f"bcf change {s}")
    if f"bcf_{s}_2526" in by:
        eq(change(by[f"bcf_{s}_2627"], by[f"bcf_{s}_2526"]), by[f"bcf_{s}_pct"], f"bcf change % {s}")
eq(round(by["bcf_total_pooled_budget_2627"] / 1000, 1), by["bp_total"], "bcf prose total")
eq(by["bp_total"], by["kf_bcf"], "bcf key fact")
eq(round(by["bcf_total_pooled_budget_2526"] / 1000, 1), by["bp_prev"], "bcf prose 2025/26")
eq(by["bcf_total_pooled_budget_pct"], by["bp_growth"], "bcf growth")
eq(by[f"bcf_{slug('NHS minimum contribution')}_pct"], by["bp_nhs_pct"], "nhs min rise")
eq(-by[f"bcf_{slug('Additional ICB contribution')}_chg"], by["bp_icb_fall"], "icb fall £k")
eq(-by[f"bcf_{slug('Additional ICB contribution')}_pct"], by["bp_icb_fall_pct"], "icb fall %")
eq(by[f"bcf_{slug('Additional council contribution')}_2627"], by["bp_council"], "council contribution")
sp = [k[6:-4] for k in by if k.startswith("spend_") and k.endswith("_val") and k != "spend_total_val"]
if len(sp) != 7:
    fail("spend rows", sp)
eq(sum(by[f"spend_{s}_val"] for s in sp), by["spend_total_val"], "spend total")
eq(by["spend_total_val"], by["bcf_total_pooled_budget_2627"], "spend total = pooled budget")
for s in sp:
    eq(pct(by[f"spend_{s}_val"], by["spend_total_val"]), by[f"spend_{s}_pct"], f"share {s}")
eq(by["spend_total_pct"], 100.0, "share total")
if max(sp, key=lambda s: by[f"spend_{s}_val"]) != slug("Home care and domiciliary support"):
    fail("home care the largest share")
eq(by[f"spend_{slug('Home care and domiciliary support')}_pct"], by["sp_home_pct"], "home care share prose")
eq(by[f"spend_{slug('Disabled Facilities Grant adaptations')}_val"], by[f"bcf_{slug('Disabled Facilities Grant')}_2627"], "DFG passed in full")

# ---- ICB finance
for m in MK + ["year"]:
    eq(by[f"fin_elective_{m}"] + by[f"fin_non_elective_{m}"], by[f"fin_acute_total_{m}"], f"acute subtotal {m}")
    eq(by[f"fin_acute_total_{m}"] + by[f"fin_mental_health_{m}"] + by[f"fin_prescribing_{m}"], by[f"fin_total_{m}"],
       f"total {m}")
for key in ("elective", "non_elective", "acute_total", "mental_health", "prescribing", "total", "variance"):
    eq(sum(by[f"fin_{key}_{m}"] for m in MK), by[f"fin_{key}_year"], f"year total {key}")
eq(round(by["fin_total_year"] / 1000, 1), by["ip_exp"], "expenditure prose")
eq(-by["fin_variance_year"], by["ip_var"], "underspend prose")
lst = int(re.search(r"list of ([\d,]+) at", "\n".join(icb)).group(1).replace(",", ""))
rate = re.search(r"Prescribing \(£([\d.]+) per registered patient\)", "\n".join(icb)).group(1)
eq(round(by["fin_prescribing_year"] * 1000 / lst, 2), float(rate), "prescribing per patient label")
if max(MK, key=lambda m: by[f"fin_non_elective_{m}"]) != "jan":
    fail("'Non-elective spending peaked in January 2026'")
if not (sum(by[f"fin_variance_{m}"] for m in MK[:10]) > 0 and by["fin_variance_feb"] < 0 and by["fin_variance_mar"] < 0):
    fail("'the underspend arose in the last two months'")
# ---- QIPP
qs = [k[2:-5] for k in by if k.startswith("q_") and k.endswith("_plan") and k != "q_total_plan"]
if len(qs) != 5:
    fail("qipp schemes", qs)
for c in ("plan", "actual", "var"):
    eq(sum(by[f"q_{s}_{c}"] for s in qs), by[f"q_total_{c}"], f"qipp total {c}")
for s in qs + ["total"]:
    eq(by[f"q_{s}_actual"] - by[f"q_{s}_plan"], by[f"q_{s}_var"], f"qipp variance {s}")
    r = by[f"q_{s}_actual"] / by[f"q_{s}_plan"]
    want = "Green" if r >= 1 else "Amber" if r >= 0.75 else "Red"
    if F[f"q_{s}_actual"]["rag"] != want:
        fail("qipp RAG rule", s)
eq(round(by["q_total_actual"] / 1000, 1), by["ip_q_actual"], "qipp prose actual")
eq(round(by["q_total_plan"] / 1000, 1), by["ip_q_plan"], "qipp prose plan")
eq(pct(by["q_total_actual"], by["q_total_plan"]), by["ip_q_pct"], "qipp prose %")
eq(round(-by["q_total_var"] / 1000, 1), by["ip_q_short"], "qipp prose shortfall")
if min(qs, key=lambda s: by[f"q_{s}_var"]) != slug("Continuing healthcare review"):
    fail("'mainly on the continuing healthcare review'")
if not 0.5 < by[f"q_{slug('Continuing healthcare review')}_actual"] / by[f"q_{slug('Continuing healthcare review')}_plan"] < 0.6:
    fail("'just over half of its plan'")
# ---- PCNs
pc = [k[4:-6] for k in by if k.startswith("pcn_") and k.endswith("_alloc") and k != "pcn_total_alloc"]
if len(pc) != 5:
    fail("pcns", pc)
for c in ("budget", "alloc", "claimed"):
    eq(sum(by[f"pcn_{s}_{c}"] for s in pc), by[f"pcn_total_{c}"], f"pcn total {c}")
eq(round(by["pcn_total_claimed"] / 1000, 1), by["ip_arrs_claimed"], "arrs prose claimed")
eq(round(by["pcn_total_alloc"] / 1000, 1), by["ip_arrs_alloc"], "arrs prose allocation")
eq(pct(by["pcn_total_claimed"], by["pcn_total_alloc"]), by["ip_arrs_pct"], "arrs prose %")
text_icb = "\n".join(icb)
if not re.search(r"Of the 5 PCNs, 2\s+claimed less than 85%", text_icb) or \
        sum(by[f"pcn_{s}_claimed"] / by[f"pcn_{s}_alloc"] < 0.85 for s in pc) != 2:
    fail("'Of the 5 PCNs, 2 claimed less than 85%'")
# ---- GP workforce
eq(round(sum(by[f"gpw_{x}_fte"] for x in LOCS), 1), by["gpw_hollinsford_fte"], "gp fte total")
eq(sum(by[f"gpw_{x}_hc"] for x in LOCS), by["gpw_hollinsford_hc"], "gp headcount total")
eq(by["traj_2025_fte"], by["gpw_hollinsford_fte"], "trajectory 2025/26 fte = table")
eq(by["traj_2025_hc"], by["gpw_hollinsford_hc"], "trajectory 2025/26 headcount = table")
eq(by["ip_gp_fte"], by["gpw_hollinsford_fte"], "gp prose fte")
eq(round(by["ip_gp_fte"] / by["ip_gp_pts"] * 1000, 2), by["ip_gp_rate"], "gp prose rate")
for y in YRS[1:]:
    if f"traj_{y}_fte" in by and by[f"traj_{y}_fte"] <= by[f"traj_{int(y) - 1}_fte"]:
        fail("trajectory not rising", y)
# ---- scorecard: RAG counts
rg = [f["rag"] for f in facts if f["id"].startswith("sc_") and f["id"].endswith("_latest")]
m = re.search(r"Of the (\d+) indicators in the scorecard, (\d+) are rated red, (\d+) amber and (\d+)\s+green",
              text_icb)
if not m or [int(x) for x in m.groups()] != [len(rg), rg.count("Red"), rg.count("Amber"), rg.count("Green")]:
    fail("scorecard RAG counts")

print(f"{len(facts)} facts ({sum(f['file'] == HWB for f in facts)} HWB, {sum(f['file'] == ICBF for f in facts)} ICB), "
      f"{bad} failures")
sys.exit(1 if bad else 0)
