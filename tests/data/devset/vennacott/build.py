#!/usr/bin/env python3
"""Write the Vennacott packs and facts.jsonl.

1. `vennacott_hosc_2026-07-08.txt`: what tesseract (`--psm 3`, `preserve_interword_spaces=1`, text output with a
   form feed after each page) gives for a SCANNED Health Overview and Scrutiny pack: prose wrapped at the width of
   the printed paragraph and hyphenated at line ends, OCR noise in words only (`rn` for `m`, `l` for `I`, stray
   `|` / `_` at a line's edge, curly quotes), a running header that OCR reads a little differently on each page,
   page numbers as `- 7 -`; tables as OCR gives them: no indentation, cells separated by runs of spaces that differ
   from row to row (a label sometimes glued to its first number by one space), header words on one line, a units
   row pushed to the margin, ruling lines as runs of `_` or `—` or lost, nil cells `—` / `-`, a table broken by the
   page footer and the next page's running header.
2. `vennacott_hwb_2026-07-22.txt`: a HWB report whose data are LONG (tidy) tables: a Fingertips CSV export pasted
   as text (one row per indicator, area, sex and period; quoted fields, commas inside quotes, five-decimal values,
   empty fields), long tables in the body with the indicator, area and period in cells beside the value and
   England's value, and a wide Better Care Fund table.

Totals, variances, changes, gaps, shares and rates are computed here so that they add up.  Each table fact is
placed on the physical line of its printed cell (a CSV fact on its row's line); each prose fact by an anchor that
must match exactly one line.  Written and run before any loader read the packs.  Run from this folder or anywhere.
"""

import csv
import io
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FACTS: list[dict] = []
OUT: dict[str, list[str]] = {}
VC, SE, ENG = "Vennacott", "South East", "England"
ICB = "Vennacott and Arunmere ICB"
DIST = ["Chalkhurst", "Merestow", "Wealdhaven", "Ivelstone", "Harnden Downs", "Pixworth"]
NUM = r"(?<![\w.£])(?<!\d,)%s(?![\w]|[.,]\d)"


def num(printed):
    s = printed.strip()
    neg = s.startswith(("-", "("))
    s = s.replace(",", "").replace("£", "").replace("%", "").strip("()+-")
    for suf in ("bn", "m", "k"):
        s = s.removesuffix(suf)
    v = round(float(s), 6)
    return -v if neg else v


def f0(x):
    return f"{round(x):,}"


def br(x):
    """£000 with a bracketed negative, as the ICB's finance tables print it."""
    return f"({abs(x):,})" if x < 0 else f"{x:,}"


def chg(new, old):
    return round((new / old - 1) * 100, 1)


def slug(s, n=20):
    return re.sub(r"\W+", "_", s.lower()).strip("_")[:n].strip("_")


class Pack:
    def __init__(self, name):
        self.name = name
        self.lines: list[str] = []
        self.ff = False
        OUT[name] = self.lines

    def add(self, line=""):
        line = line.rstrip()
        if self.ff:
            line, self.ff = "\f" + line, False
        self.lines.append(line)
        return len(self.lines) - 1

    def block(self, text):
        for x in text.removeprefix("\n").removesuffix("\n").split("\n"):
            self.add(x)

    def fact(self, fid, dataset, area, period, measure, kw, printed, unit, anchor, rag=None):
        hits = [i for i, x in enumerate(self.lines) if anchor in x]
        if len(hits) != 1:
            sys.exit(f"anchor {anchor!r} in {self.name}: {[h + 1 for h in hits]}")
        self.at(hits[0], fid, dataset, area, period, measure, kw, printed, unit, rag)

    def at(self, i, fid, dataset, area, period, measure, kw, printed, unit, rag=None, field=False):
        line = self.lines[i].replace("\f", "")
        if field:
            if printed not in next(csv.reader([line])):
                sys.exit(f"{printed!r} not a field of {self.name}:{i + 1}: {line!r}")
        elif not re.search(NUM % re.escape(printed), line):
            sys.exit(f"{printed!r} not on {self.name}:{i + 1}: {line!r}")
        v = num(printed)
        bare = re.sub(r"[^\d.]", "", printed)
        if v == int(v) and "." not in bare:
            v = int(v)
        if not (1 <= len(kw) <= 3 and all(k == k.lower() and k in measure.lower() for k in kw)):
            sys.exit(f"keywords of {fid}: {kw} / {measure}")
        FACTS.append({"id": fid, "file": self.name, "dataset": dataset, "area": area, "period": period,
                      "measure": measure, "measure_keywords": kw, "value": v, "unit": unit, "rag": rag,
                      "line": i + 1, "quote": line.strip(), "printed": printed})


# =====================================================================================================================
# Pack 1: HOSC 8 July 2026, tesseract OCR of the scanned, signed paper
# =====================================================================================================================
P = Pack("vennacott_hosc_2026-07-08.txt")
RNG = random.Random(1507)
JIT = [-4, -3, -2, -1, 0, 0, 0, 1, 2, 3, 5, 8]

# Words the typesetter hyphenated at a line end (split where Word split them).
HY = {"performance": "perfor|mance", "efficiency": "effi|ciency", "requirement": "require|ment",
      "Integrated": "Inte|grated", "workforce": "work|force", "trajectory": "trajec|tory",
      "consolidation": "consoli|dation", "allocations": "alloca|tions", "deprivation": "depriva|tion",
      "programme": "pro|gramme", "prograrnme": "pro|grarnme", "practitioners": "practi|tioners",
      "reimbursement": "reimburse|ment", "constitutional": "constitu|tional", "improvement": "improve|ment",
      "recruitment": "recruit|ment", "Committee": "Com|mittee", "Cornmittee": "Corn|mittee",
      "networks": "net|works", "particularly": "particu|larly", "standards": "stan|dards",
      "additional": "addi|tional", "discharge": "dis|charge", "overspend": "over|spend",
      "continuing": "contin|uing", "indicators": "indica|tors", "equipment": "equip|ment",
      "validated": "vali|dated", "assurance": "assur|ance", "deprivedness": "deprived|ness",
      "contractual": "contrac|tual", "confirmation": "confirm|ation", "delegated": "dele|gated",
      "registered": "regis|tered", "equivalent": "equiv|alent", "qualified": "quali|fied",
      "healthcare": "health|care", "packages": "pack|ages", "practices": "prac|tices", "financial": "finan|cial",
      "position": "posi|tion", "capacity": "capac|ity", "Reimbursement": "Reimburse|ment",
      "Additional": "Addi|tional", "transformation": "transfor|mation", "shortfall": "short|fall",
      "forecast": "fore|cast", "Recruitment": "Recruit|ment", "improvement": "improve|ment"}


def owrap(text, width):
    """Wrap a printed paragraph at `width`, hyphenating the words in HY the way the printed page did."""
    out, cur = [], ""
    for w in text.split():
        if not cur:
            cur = w
            continue
        if len(cur) + 1 + len(w) <= width:
            cur += " " + w
            continue
        core = w.rstrip(".,;:)’”")
        if core in HY:
            a, b = HY[core].split("|")
            if len(cur) + 1 + len(a) + 1 <= width:
                out.append(cur + " " + a + "-")
                cur = b + w[len(core):]
                continue
        out.append(cur)
        cur = w
    out.append(cur)
    return out


def para(text, width, edge=None):
    """A printed paragraph as OCR reads it, then a blank line.  `edge` puts a stray mark at a line's start or end:
    {k: "|" at the end, -k-1: "_ " or "| " at the start}."""
    lines = owrap(" ".join(text.split()), width)
    for k, mark in (edge or {}).items():
        if k >= 0:
            lines[k] = lines[k] + " " + mark
        else:
            lines[-k - 1] = mark + " " + lines[-k - 1]
    idx = [P.add(x) for x in lines]
    P.add()
    return idx


PAGE = [7]
HEADERS = {
    8: "Vennacott County Counci|   Health Overview & Scrutiny Cornmittee    8 July 2026",
    9: "VENNACOTT COUNTY COUNCIL  —  HOSC  08.07.2026   Agenda ltem 6",
    10: "Vennacott County Council  Health Overview and Scrutiny Comrnittee   8 July 2026 _",
    11: "| Vennacott County Council Health Overview and Scrutiny Committee  8 July 2026",
    12: "Vennacott County CounciI    HOSC 8 July 2026  —  Item 6",
}


def page_break():
    """The page number, the page separator tesseract writes, the next page's running header."""
    P.add(f"- {PAGE[0]} -")
    P.add()
    P.ff = True
    PAGE[0] += 1
    P.add(HEADERS[PAGE[0]])
    P.add()


def orow(cells, right, glue=False):
    """One table row as OCR gives it: no indentation; each gap the gap the printed column left, give or take a few
    spaces (at least one); `glue` puts ONE space between the label and its first number."""
    s = cells[0]
    for k, c in enumerate(cells[1:], 1):
        g = max(1, right[k] - len(c) - len(s) + RNG.choice(JIT))
        if k == 1 and glue:
            g = 1
        s += " " * g + c
    return P.add(s)


# ---- page 7
P.block("""
Vennacott County Council

Health Overview and Scrutiny Committee
8 July 2026

Agenda ltem 6
""")
P.add()
para("Vennacott and Arunmere lntegrated Care Board: financial position, primary care and performance update", 58)
para("Report of the Chief Finance Officer and the Director of Primary Care, Vennacott and Arunmere ICB", 70)
P.block("""
Contact: Odette Farrant, Senior Governance Manager
Tel: 01632 960 417   Email: odette.farrant@nhs.net
""")
P.add()
P.add("1. Purpose of the report")
P.add()
para("1.1 This report updates the Cornmittee on the ICB’s efficiency (QIPP) prograrnme for 2026/27, the delegated "
     "primary medical care budget, the budgets of the primary care networks (PCNs), the general practice workforce "
     "and the ICB’s performance against the NHS constitutional standards. It responds to the Committee’s request "
     "of 22 April 2026 (minute 14/26).", 77, edge={1: "|"})

# ---- QIPP (£000)
Q = [
    ("Elective outpatient transformation", "Elective outpatient transformation", "elective", 4850, 4310, "A"),
    ("Medicines optirnisation", "Medicines optimisation", "medicines", 3920, 4105, "G"),
    ("Continuing healthcare reviews", "Continuing healthcare reviews", "continuing", 3275, 2460, "R"),
    ("Urgent care and discharge flow", "Urgent care and discharge flow", "urgent", 2940, 2705, "A"),
    ("Agency and locum spend", "Agency and locum spend", "agency", 2610, 2695, "G"),
    ("Estates consolidation", "Estates consolidation", "estates", 1480, None, "R"),
    ("Corporate running costs", "Corporate running costs", "corporate", 1125, 1125, "G"),
    ("Community equipment review", "Community equipment review", "equipment", 760, 690, "A"),
]
QT = (sum(r[3] for r in Q), sum(r[4] or 0 for r in Q))
Q.append(("Total", "Total QIPP", "total", QT[0], QT[1], "A"))
q_short = QT[0] - QT[1]
q_pct = round(q_short / QT[0] * 100, 1)
ncount = {k: sum(r[5] == k for r in Q[:-1]) for k in "RAG"}
assert ncount == {"R": 2, "A": 3, "G": 3}, ncount
P.add("2. Efficiency (QIPP) programme 2026/27")
P.add()
para(f"2.1 The ICB’s efficiency requirement for 2026/27 is £{QT[0] / 1000:.2f}m. At month 2 (May 2026) the schemes "
     f"are forecast to deliver £{QT[1] / 1000:.2f}m, a shortfall of £{q_short / 1000:.2f}m ({q_pct}% of the "
     "requirement). Two schemes are rated red and three amber; the estates consolidation scheme has been paused "
     "pending the review of the Merestow hub and is forecast to deliver nothing this year.", 65)
P.fact("q_req_prose", "qipp", ICB, "2026/27", "QIPP efficiency requirement", ["requirement", "efficiency", "qipp"],
       f"£{QT[0] / 1000:.2f}m", "£m", f"2026/27 is £{QT[0] / 1000:.2f}m")
P.fact("q_fcst_prose", "qipp", ICB, "2026/27", "QIPP forecast delivery", ["forecast"], f"£{QT[1] / 1000:.2f}m",
       "£m", f"£{QT[1] / 1000:.2f}m, a")
P.fact("q_short_prose", "qipp", ICB, "2026/27", "QIPP shortfall against the requirement", ["shortfall"],
       f"£{q_short / 1000:.2f}m", "£m", f"£{q_short / 1000:.2f}m ({q_pct}%")
P.fact("q_short_pct", "qipp", ICB, "2026/27", "QIPP shortfall as a percentage of the requirement", ["shortfall"],
       f"{q_pct}%", "%", f"({q_pct}% of")
page_break()

P.add("Table 1: QIPP schemes 2026/27, forecast at month 2")
P.add()
P.add("Scheme                                 Target    Forecast    Variance    RAG")
P.add("£000       £000       £000")
P.add("_" * 74)
RIGHT = [0, 44, 56, 68, 75]
glue = {1, 4}
for n, (lab, name, key, t, f, rag) in enumerate(Q):
    if lab == "Total":
        P.add("—" * 38)
    v = (f or 0) - t
    cells = [lab, f"{t:,}", f"{f:,}" if f is not None else "—", br(v), rag]
    i = orow(cells, RIGHT, glue=n in glue)
    p = slug(name)
    RAG = {"R": "Red", "A": "Amber", "G": "Green"}[rag]
    P.at(i, f"q_{p}_target", "qipp", ICB, "2026/27", f"{name} target", ["target"], f"{t:,}", "£k")
    if f is not None:
        P.at(i, f"q_{p}_forecast", "qipp", ICB, "2026/27", f"{name} forecast", ["forecast"], f"{f:,}", "£k")
    P.at(i, f"q_{p}_var", "qipp", ICB, "2026/27", f"{name} variance", ["variance"], br(v), "£k", rag=RAG)
P.add()
P.add("Source: ICB finance report, month 2 2026/27. RAG: R = red, A = amber, G = green.")
P.add()
para("2.2 The continuing healthcare scheme is behind plan because the review of 1,140 packages started late; "
     "recovery actions are set out in paragraphs 2.4 to 2.6 and in Appendix B.", 81, edge={-1: "_"})

# ---- delegated primary medical care budget (£000)
PC = [
    ("Global sum (£118.62 per weighted patient)", "Global sum", ["global sum"], 96480, 97215),
    ("Premises reimbursements", "Premises reimbursements", ["premises"], 12640, 12418),
    ("Enhanced services", "Enhanced services", ["enhanced"], 8215, 8530),
    ("Quality and Outcomes Framework", "Quality and Outcomes Framework", ["quality and outcomes"], 14930, 14930),
    ("Dispensing and prescribing fees", "Dispensing and prescribing fees", ["dispensing"], 6380, 6612),
    ("Other GP services", "Other GP services", ["other gp"], 4105, 3966),
]
PCT = (sum(r[3] for r in PC), sum(r[4] for r in PC))
PC.append(("Total delegated budget", "Total delegated primary medical care budget", ["total", "delegated"], *PCT))
pc_var = PCT[1] - PCT[0]
P.add("3. Delegated primary medical care")
P.add()
para(f"3.1 The ICB’s delegated primary medical care budget for 2026/27 is £{PCT[0] / 1000:.2f}m. The forecast at "
     f"month 2 is an overspend of £{pc_var / 1000:.2f}m, mainly on the global sum after the 2026/27 contract "
     "uplift and list growth in Merestow (Table 2).", 76)
P.fact("pc_budget_prose", "primary_care_budgets", ICB, "2026/27", "Delegated primary medical care budget",
       ["budget", "delegated"], f"£{PCT[0] / 1000:.2f}m", "£m", f"2026/27 is £{PCT[0] / 1000:.2f}m")
P.fact("pc_over_prose", "primary_care_budgets", ICB, "2026/27", "Delegated primary care forecast overspend",
       ["overspend"], f"£{pc_var / 1000:.2f}m", "£m", f"overspend of £{pc_var / 1000:.2f}m")
page_break()

P.add("Table 2: Delegated primary medical care budget 2026/27, month 2")
P.add()
P.add("Budget line                                  Annual budget    Forecast    Variance")
P.add("£000        £000       £000")
RIGHT = [0, 57, 69, 81]
for n, (lab, name, kw, b, f) in enumerate(PC):
    if n == len(PC) - 1:
        P.add("_" * 40 + "  " + "_" * 30)
    v = f - b
    cells = [lab, f"{b:,}", f"{f:,}", br(v) if v else "-"]
    i = orow(cells, RIGHT, glue=n in {2, 5})
    p = slug(name)
    P.at(i, f"pc_{p}_budget", "primary_care_budgets", ICB, "2026/27", f"{name} annual budget", ["budget"],
         f"{b:,}", "£k")
    P.at(i, f"pc_{p}_forecast", "primary_care_budgets", ICB, "2026/27", f"{name} forecast", ["forecast"],
         f"{f:,}", "£k")
    if v:
        P.at(i, f"pc_{p}_var", "primary_care_budgets", ICB, "2026/27", f"{name} variance", ["variance"], br(v), "£k")
P.add()

# ---- PCN budgets (£000, £ in every cell)
PCN = [
    ("Chalkhurst PCN", 1412, 286, 94),
    ("Merestow Town PCN", 1865, 372, 121),
    ("Merestow Rural PCN", 1128, 231, 76),
    ("Wealdhaven PCN", 1547, 314, 102),
    ("Saltings PCN", 964, 198, None),
    ("Ivelstone PCN", 1236, 252, 83),
    ("Harnden Downs PCN", 1089, 221, 72),
    ("Pixworth PCN", 1318, 268, 88),
]
PCN = [(n, a, e, c, a + e + (c or 0)) for n, a, e, c in PCN]
PNT = tuple(sum(r[k] or 0 for r in PCN) for k in (1, 2, 3, 4))
PCN.append(("Total", *PNT))
arrs_share = round(PNT[0] / PNT[3] * 100, 1)
P.add("4. Primary care network budgets")
P.add()
para(f"4.1 The eight PCNs in Vennacott have budgets of £{PNT[3] / 1000:.2f}m for 2026/27 (Table 3), of which the "
     f"Additional Roles Reimbursement Scheme (ARRS) is £{PNT[0] / 1000:.2f}m ({arrs_share}%). Saltings PCN has "
     "not yet signed up to the capacity and access improvement payment (CAIP); confirmation is expected by 31 "
     "August 2026.", 69, edge={3: "_"})
P.fact("pcn_total_prose", "pcn_budgets", VC, "2026/27", "PCN budgets total", ["pcn", "total"],
       f"£{PNT[3] / 1000:.2f}m", "£m", f"budgets of £{PNT[3] / 1000:.2f}m")
P.fact("pcn_arrs_prose", "pcn_budgets", VC, "2026/27", "ARRS budget", ["arrs"], f"£{PNT[0] / 1000:.2f}m", "£m",
       f"is £{PNT[0] / 1000:.2f}m")
P.fact("pcn_arrs_pct", "pcn_budgets", VC, "2026/27", "ARRS share of PCN budgets", ["arrs"], f"{arrs_share}%", "%",
       f"({arrs_share}%)")
P.add("Table 3: PCN budgets 2026/27")
P.add()
P.add("PCN                      ARRS     Enhanced access       CAIP        Total")
P.add("£000     £000     £000     £000")
P.add("—" * 66)
RIGHT = [0, 31, 47, 58, 71]
for n, (name, a, e, c, t) in enumerate(PCN):
    if n == 5:  # the table runs over the page
        P.add()
        page_break()
    if name == "Total":
        P.add("_" * 70)
    cells = [name, f"£{a:,}", f"£{e:,}", f"£{c:,}" if c is not None else "n/a", f"£{t:,}"]
    i = orow(cells, RIGHT, glue=n in {1, 6})
    area = VC if name == "Total" else name
    p = slug(name)
    P.at(i, f"pcn_{p}_arrs", "pcn_budgets", area, "2026/27", "ARRS budget", ["arrs"], f"£{a:,}", "£k")
    P.at(i, f"pcn_{p}_ea", "pcn_budgets", area, "2026/27", "Enhanced access budget", ["enhanced access"],
         f"£{e:,}", "£k")
    if c is not None:
        P.at(i, f"pcn_{p}_caip", "pcn_budgets", area, "2026/27", "Capacity and access improvement payment (CAIP)",
             ["caip", "capacity"], f"£{c:,}", "£k")
    P.at(i, f"pcn_{p}_total", "pcn_budgets", area, "2026/27", "Total PCN budget", ["total"], f"£{t:,}", "£k")
P.add()
P.add("Source: ICB primary care finance. n/a: not signed up.")
P.add()

# ---- GP workforce by district, May 2026
GP = [("Chalkhurst", 58.4, 139820), ("Merestow", 81.7, 171450), ("Wealdhaven", 66.2, 142310),
      ("Ivelstone", 47.9, 103640), ("Harnden Downs", 52.6, 108970), ("Pixworth", 71.3, 149260)]
GPT = (round(sum(r[1] for r in GP), 1), sum(r[2] for r in GP))
GP += [(VC, *GPT), (SE, 4612.8, 9986400), (ENG, 28812.6, 63604900)]
rate = {r[0]: round(r[2] / r[1]) for r in GP}
lo = min(DIST, key=rate.get)
hi = max(DIST, key=rate.get)
fewest = min(GP[:6], key=lambda r: r[1])
assert (lo, hi, fewest[0]) == ("Harnden Downs", "Chalkhurst", "Ivelstone"), (lo, hi, fewest)
P.add("5. General practice workforce")
P.add()
para(f"5.1 In May 2026 Vennacott had {GPT[0]} full-time equivalent (FTE) fully qualified GPs for {f0(GPT[1])} "
     f"registered patients, {f0(rate[VC])} patients per GP FTE (South East {f0(rate[SE])}; England "
     f"{f0(rate[ENG])}). The number of patients per GP FTE ranges from {f0(rate[lo])} in Harnden Downs to "
     f"{f0(rate[hi])} in Chalkhurst; lvelstone has the fewest GPs ({fewest[1]} FTE).", 76)
P.fact("gp_fte_prose", "gp_workforce", VC, "May 2026", "Fully qualified GPs (FTE)", ["gps", "fte"], f"{GPT[0]}",
       "FTE", f"had {GPT[0]} full-time")
P.fact("gp_pat_prose", "gp_workforce", VC, "May 2026", "Registered patients", ["patients"], f0(GPT[1]), "count",
       f"{f0(GPT[1])} registered")
P.fact("gp_rate_prose", "gp_workforce", VC, "May 2026", "Patients per GP FTE", ["patients per", "per gp fte"],
       f0(rate[VC]), "count", f"{f0(rate[VC])} patients per")
P.fact("gp_rate_se", "gp_workforce", SE, "May 2026", "Patients per GP FTE", ["patients per", "per gp fte"],
       f0(rate[SE]), "count", f"East {f0(rate[SE])};")
P.fact("gp_rate_eng", "gp_workforce", ENG, "May 2026", "Patients per GP FTE", ["patients per", "per gp fte"],
       f0(rate[ENG]), "count", f"{f0(rate[ENG])}). The")
P.fact("gp_rate_lo", "gp_workforce", lo, "May 2026", "Patients per GP FTE", ["patients per", "per gp fte"],
       f0(rate[lo]), "count", f"{f0(rate[lo])} in Harnden")
P.fact("gp_rate_hi", "gp_workforce", hi, "May 2026", "Patients per GP FTE", ["patients per", "per gp fte"],
       f0(rate[hi]), "count", f"{f0(rate[hi])} in Chalkhurst")
P.fact("gp_fewest", "gp_workforce", "Ivelstone", "May 2026", "Fully qualified GPs (FTE)", ["gps", "fte"],
       f"{fewest[1]}", "FTE", f"({fewest[1]} FTE)")
P.add("Table 4: GP workforce by district, May 2026")
P.add()
P.add("Area                GP FTE     Registered patients     Patients per GP FTE")
RIGHT = [0, 25, 46, 67]
for n, (area, fte, pts) in enumerate(GP):
    lab = {VC: "Vennacott (county)", SE: "South East region"}.get(area, area)
    cells = [lab, f"{fte:,.1f}", f0(pts), f0(rate[area])]
    i = orow(cells, RIGHT, glue=n in {0, 3, 7})
    p = slug(area)
    P.at(i, f"gp_{p}_fte", "gp_workforce", area, "May 2026", "GP FTE (fully qualified)", ["fte"], f"{fte:,.1f}",
         "FTE")
    P.at(i, f"gp_{p}_patients", "gp_workforce", area, "May 2026", "Registered patients", ["patients"], f0(pts),
         "count")
    P.at(i, f"gp_{p}_rate", "gp_workforce", area, "May 2026", "Patients per GP FTE", ["patients per", "per gp fte"],
         f0(rate[area]), "count")
P.add()
P.add("Source: NHS Digital, General and Personal Medical Services, May 2026 (provisional)")
P.add()
page_break()

# ---- trajectory, years as columns
YEARS = ["2023/24", "2024/25", "2025/26", "2026/27", "2027/28", "2028/29"]
KIND = ["Actual", "Actual", "Actual", "Plan", "Plan", "Plan"]
TR = [
    ("GPs (FTE)", "GPs (FTE)", ["gps"], [352.8, 361.5, 370.2, 384.0, 397.5, 410.0]),
    ("Practice nurses (FTE)", "Practice nurses (FTE)", ["nurses"], [241.6, 246.0, 249.3, 255.0, 260.5, 266.0]),
    ("Direct patient care (FTE)", "Direct patient care roles (FTE)", ["direct patient care"],
     [188.4, 231.7, 268.9, 290.0, 305.0, 318.0]),
]
TR.append(("Total", "Total clinical workforce (FTE)", ["total"],
           [round(sum(r[3][k] for r in TR), 1) for k in range(len(YEARS))]))
gain = round(TR[0][3][5] - TR[0][3][2], 1)
P.add("Table 5: Primary care workforce trajectory, Vennacott, 2023/24 to 2028/29")
P.add()
P.add("Staff group              " + "   ".join(YEARS))
P.add("   ".join(KIND))
RIGHT = [0, 32, 42, 52, 62, 72, 82]
for n, (lab, name, kw, vals) in enumerate(TR):
    i = orow([lab] + [f"{x:.1f}" for x in vals], RIGHT, glue=n in {0, 3})
    for y, kind, x in zip(YEARS, KIND, vals):
        P.at(i, f"traj_{slug(name, 12)}_{y[:4]}", "gp_workforce", VC, y, f"{name}, {kind.lower()}", kw, f"{x:.1f}",
             "FTE")
P.add()
para(f"5.2 The plan adds {gain} FTE GPs between 2025/26 and 2028/29, mainly through the ARRS GP scheme, the "
     "“Fellowship” prograrnme and a new training practice in lvelstone. Recruitment of practice nurses remains "
     "difficult in the coastal practices of Wealdhaven.", 81, edge={0: "|"})
P.fact("traj_gain_prose", "gp_workforce", VC, "2025/26 to 2028/29", "Increase in GPs (FTE)", ["increase", "gps"],
       f"{gain}", "FTE", f"adds {gain} FTE")

# ---- performance scorecard
S = [
    ("A&E: seen within 4 hours", "A&E patients seen within 4 hours", ["a&e", "4 hours"], "%", 78.0, 74.6,
     "May-26", "May 2026", "R"),
    ("Ambulance Cat 2 mean (mins)", "Ambulance category 2 mean response (minutes)", ["ambulance", "category 2"],
     "minutes", 30.0, 33.8, "May-26", "May 2026", "A"),
    ("RTT: waits over 52 weeks", "RTT patients waiting over 52 weeks", ["52 weeks"], "count", 0, 1284, "Apr-26",
     "April 2026", "R"),
    ("RTT: within 18 weeks", "RTT patients waiting within 18 weeks", ["18 weeks"], "%", 65.0, 61.9, "Apr-26",
     "April 2026", "A"),
    ("Diagnostics: over 6 weeks", "Diagnostic patients waiting over 6 weeks", ["diagnostic"], "%", 5.0, 11.3,
     "Apr-26", "April 2026", "R"),
    ("Cancer 28-day Faster Diagnosis", "Cancer 28-day Faster Diagnosis Standard", ["faster diagnosis"], "%", 80.0,
     81.2, "Apr-26", "April 2026", "G"),
    ("Cancer 62-day treatment", "Cancer 62-day treatment", ["62-day"], "%", 75.0, None, "Apr-26", "April 2026",
     "-"),
    ("Talking therapies recovery", "Talking therapies reliable recovery", ["talking therapies"], "%", 48.0, 49.1,
     "Mar-26", "March 2026", "G"),
    ("Dementia diagnosis rate (65+)", "Dementia diagnosis rate (aged 65+)", ["dementia"], "%", 66.7, 63.2, "May-26",
     "May 2026", "A"),
    ("Out of area placements (bed days)", "Out of area placements (bed days)", ["out of area"], "bed days", None,
     412, "Q4 25/26", "Q4 2025/26", "-"),
]
rc = {k: sum(r[8] == k for r in S) for k in ("R", "A", "G", "-")}


def sv(x, unit):
    if x is None:
        return None
    return f"{x:.1f}%" if unit == "%" else f"{x:.1f}" if unit == "minutes" else f0(x)


P.add("6. Performance against the NHS constitutional standards")
P.add()
ae = S[0]
para(f"6.1 Of the {len(S)} indicators in Table 6, {rc['R']} are rated red, {rc['A']} amber and {rc['G']} green; "
     f"{rc['-']} are not rated. A&E performance was {ae[5]}% in May 2026 against the {ae[4]:.0f}% standard for "
     "March 2027, and the lCB’s urgent care improvement plan is attached as Appendix C.", 71)
P.fact("perf_ae_prose", "performance", ICB, "May 2026", "A&E patients seen within 4 hours", ["a&e"], f"{ae[5]}%",
       "%", f"was {ae[5]}% in")
P.fact("perf_ae_std_prose", "performance", ICB, "2026/27", "A&E 4-hour standard", ["a&e", "standard"],
       f"{ae[4]:.0f}%", "%", f"the {ae[4]:.0f}% standard")
P.add("Table 6: Performance scorecard, Vennacott and Arunmere ICB")
P.add()
P.add("Indicator                        Target    Latest    Period      RAG")
P.add("_" * 66)
RIGHT = [0, 40, 50, 62, 68]
for n, (lab, name, kw, unit, t, x, per, period, rag) in enumerate(S):
    cells = [lab, sv(t, unit) or "-", sv(x, unit) or "*", per, rag]
    i = orow(cells, RIGHT, glue=n in {2, 9})
    p = slug(name, 30)
    if t is not None:
        P.at(i, f"sc_{p}_target", "performance", ICB, "2026/27", f"{name} target", ["target"], sv(t, unit), unit)
    if x is not None:
        P.at(i, f"sc_{p}_latest", "performance", ICB, period, name, kw, sv(x, unit), unit,
             rag={"R": "Red", "A": "Amber", "G": "Green"}.get(rag))
P.add()
P.add("* April 2026 cancer 62-day data not yet validated; not rated.")
P.add("Targets: 2026/27 operational planning guidance. Out of area placements have no national target.")
P.add()
page_break()

P.add("7. Recommendations")
P.add()
para("7.1 The Cornmittee is asked to note the ICB’s financial position and performance, and to receive a further "
     "report on primary care access at its meeting on 14 October 2026.", 79)
P.block("""
Signed: ‘O. Farrant’                  Date: 24.06.2026
Background papers: https://democracy.vennacott.gov.uk/ieListDocuments.aspx?CId=142&MId=3981
""")
P.add()
P.add(f"- {PAGE[0]} -")


# =====================================================================================================================
# Pack 2: HWB 22 July 2026, a report with long (tidy) data tables
# =====================================================================================================================
H = Pack("vennacott_hwb_2026-07-22.txt")
HPAGE = [1]
NPAGES = 5


def hpage_break():
    H.add()
    H.add(f"Vennacott Health and Wellbeing Board, 22 July 2026{' ' * 34}Page {HPAGE[0]} of {NPAGES}")
    H.ff = True
    HPAGE[0] += 1


# ---- data: life expectancy (Fingertips CSV, five decimals), fuel poverty (count / denominator)
CODES = {"Chalkhurst": "E07000901", "Merestow": "E07000902", "Wealdhaven": "E07000903", "Ivelstone": "E07000904",
         "Harnden Downs": "E07000905", "Pixworth": "E07000906", VC: "E10000091", SE: "E12000008", ENG: "E92000001"}
ATYPE = {**{d: "Districts & UAs (from Apr 2023)" for d in DIST}, VC: "Counties & UAs (from Apr 2023)",
         SE: "Regions (statistical)", ENG: "England"}
ANAME = {SE: "South East region"}
# area: (male, lower, upper), (female, lower, upper)
LE = {
    "Chalkhurst": ((78.61842, 78.10477, 79.13207), (82.74193, 82.25514, 83.22872)),
    "Merestow": ((79.84213, 79.39056, 80.29370), (83.51076, 83.08137, 83.94015)),
    "Wealdhaven": ((79.20561, 78.72418, 79.68704), (83.08342, 82.62975, 83.53709)),
    "Ivelstone": ((81.37409, 80.81733, 81.93085), (84.86215, 84.33960, 85.38470)),
    "Harnden Downs": ((81.96528, 81.42261, 82.50795), (85.20937, 84.69012, 85.72862)),
    "Pixworth": ((80.47315, 79.99802, 80.94828), (84.02668, 83.57141, 84.48195)),
    VC: ((80.13952, 79.93318, 80.34586), (83.86031, 83.66772, 84.05290)),
    SE: ((80.41176, 80.34402, 80.47950), (84.05523, 83.99031, 84.12015)),
    ENG: ((79.26044, 79.23391, 79.28697), (83.19785, 83.17250, 83.22320)),
}
FUEL = {"Chalkhurst": (7412, 58840), "Merestow": (6985, 73120), "Wealdhaven": (6208, 61350),
        "Ivelstone": (3512, 44870), "Harnden Downs": (3704, 46230), "Pixworth": (5318, 63410)}
FUEL[VC] = (sum(c for c, d in FUEL.values()), sum(d for c, d in FUEL.values()))
FUEL[SE] = (376290, 3921460)
FUEL[ENG] = (2812450, 24670100)
FUELV = {a: round(c / d * 100, 5) for a, (c, d) in FUEL.items()}
AREAS = DIST + [VC, SE, ENG]


def compared(lci, uci, eng, higher_better=True):
    if lci > eng:
        return "Better 95%" if higher_better else "Worse 95%"
    if uci < eng:
        return "Worse 95%" if higher_better else "Better 95%"
    return "Similar"


def r1(x):
    return f"{x:.1f}"


LE1 = {a: (round(m[0], 1), round(f[0], 1)) for a, (m, f) in LE.items()}
# slope index of inequality (years), Vennacott and England
SII = {("Male", "2019 - 21"): (7.6, 9.4, "Better"), ("Male", "2022 - 24"): (8.1, 9.7, "Better"),
       ("Female", "2019 - 21"): (5.9, 7.6, "Better"), ("Female", "2022 - 24"): (6.4, 7.9, "Similar")}
# wider determinants: (indicator label, measure, keywords, unit, id key)
WDI = {
    "walk": ("Walking for travel, 3+ days a week (%)", "Adults walking for travel at least three days a week",
             ["walk"], "%"),
    "pm": ("PM2.5 concentration (µg/m³)", "Fine particulate matter (PM2.5)", ["pm2.5", "particulate"], "µg/m³"),
    "emp": ("Employment rate, aged 16-64 (%)", "Employment rate, aged 16-64", ["employment"], "%"),
    "ta": ("Temporary accommodation per 1,000 households", "Households in temporary accommodation per 1,000",
           ["temporary"], "per 1,000"),
    "fuel": ("Fuel poverty, households (%)", "Households in fuel poverty", ["fuel poverty"], "%"),
}
# (indicator, area, period, value or None, England, compared)
WD = [
    ("walk", VC, "2023/24", 21.6, 22.3, "Similar"),
    ("walk", "Merestow", "2023/24", 17.9, 22.3, "Worse"),
    ("walk", "Pixworth", "2023/24", 26.4, 22.3, "Better"),
    ("pm", VC, "2023", 7.7, 7.4, "n/a"),
    ("pm", "Wealdhaven", "2023", 8.6, 7.4, "n/a"),
    ("emp", VC, "2024/25", 78.4, 75.7, "Better"),
    ("emp", "Chalkhurst", "2024/25", 72.3, 75.7, "Worse"),
    ("ta", VC, "2024/25", 3.3, 5.0, "Better"),
    ("ta", "Chalkhurst", "2024/25", 5.8, 5.0, "Worse"),
    ("ta", "Ivelstone", "2024/25", None, 5.0, "-"),
    ("fuel", VC, "2022", 9.9, 13.1, "-"),
    ("fuel", VC, "2023", round(FUELV[VC], 1), round(FUELV[ENG], 1), "-"),
    ("fuel", "Chalkhurst", "2023", round(FUELV["Chalkhurst"], 1), round(FUELV[ENG], 1), "-"),
]
WDX = {(k, a, p): (v, e) for k, a, p, v, e, c in WD}
EMP, TA_CH = WDX[("emp", VC, "2024/25")], WDX[("ta", "Chalkhurst", "2024/25")]
BCF = [
    ("NHS minimum contribution", ["minimum contribution"], 61240, 63815),
    ("Improved Better Care Fund (iBCF)", ["improved", "ibcf"], 17905, 17905),
    ("Disabled Facilities Grant", ["disabled facilities"], 8120, 8644),
    ("Discharge Fund (ICB)", ["discharge"], 5310, 5690),
    ("Discharge Fund (local authority)", ["discharge"], 4480, 4610),
    ("Additional council contribution", ["additional", "council"], 3150, 3400),
    ("Additional ICB contribution", ["additional", "icb"], 2200, 1650),
    ("Neighbourhood health pilot", ["neighbourhood"], None, 900),
]
BT = (sum(r[2] or 0 for r in BCF), sum(r[3] for r in BCF))
BCF.append(("Total pooled budget", ["total", "pooled"], *BT))
POP = 874210

H.block(f"""
Vennacott County Council

Health and Wellbeing Board
Wednesday 22 July 2026

Agenda item 7

Joint Strategic Needs Assessment: life expectancy and the wider determinants of health;
Better Care Fund plan 2026/27

Report of the Director of Public Health and the Director of Adult Social Care
Contact: Priya Tallantyre, Public Health Intelligence, 01632 961 208, jsna@vennacott.gov.uk

Key facts

  Population (mid-2025 estimate)              {POP:,}
  Life expectancy at birth, men               {LE1[VC][0]} years (England {LE1[ENG][0]})
  Life expectancy at birth, women             {LE1[VC][1]} years (England {LE1[ENG][1]})
  Employment rate, aged 16-64                 {EMP[0]}% (England {EMP[1]}%)
  Better Care Fund pooled budget 2026/27      £{BT[1] / 1000:.1f}m
""")
H.fact("kf_pop", "headline", VC, "mid-2025", "Population (mid-2025 estimate)", ["population"], f"{POP:,}", "count",
       "Population (mid-2025 estimate)")
for sex, k, word in (("men", 0, "male"), ("women", 1, "female")):
    anchor = f"Life expectancy at birth, {sex} "
    for area in (VC, ENG):
        H.fact(f"kf_le_{word}_{slug(area)}", "life_expectancy", area, "2022-24", f"Life expectancy at birth, {sex}",
               ["life expectancy", sex], f"{LE1[area][k]}", "years", anchor)
H.fact("kf_emp", "wider_determinants", VC, "2024/25", "Employment rate, aged 16-64", ["employment"],
       f"{EMP[0]}%", "%", f"{EMP[0]}% (England")
H.fact("kf_emp_eng", "wider_determinants", ENG, "2024/25", "Employment rate, aged 16-64", ["employment"],
       f"{EMP[1]}%", "%", f"(England {EMP[1]}%)")
H.fact("kf_bcf", "bcf", VC, "2026/27", "Better Care Fund pooled budget", ["better care fund", "pooled"],
       f"£{BT[1] / 1000:.1f}m", "£m", "Better Care Fund pooled budget 2026/27 ")

H.block("""

1. Purpose of the report

1.1 This report presents the Joint Strategic Needs Assessment (JSNA) chapter on life expectancy and the wider
determinants of health, with the data extract behind it (Appendix A), and asks the Board to approve the Better
Care Fund (BCF) plan for 2026/27. Figures are for Vennacott (E10000091) and its six districts; Arunmere
(E06000097), a unitary council, is covered by its own board.

2. Better Care Fund plan 2026/27
""")
bch = BT[1] - BT[0]
H.block(f"""

2.1 The pooled budget for 2026/27 is £{BT[1] / 1000:.2f}m, £{bch / 1000:.2f}m ({chg(BT[1], BT[0])}%) more than in 2025/26. The NHS
minimum contribution rises in line with the planning requirements, and a neighbourhood health pilot of
£{BCF[7][3]}k is funded for the first time. The Additional ICB contribution falls as the ICB meets its own
running cost reduction. See paragraph 2.4 for the schemes funded.

Table 1: Better Care Fund by funding stream
""")
BW = (11, 14, 12, 12)
H.add()
H.add(f"  {'Funding stream':<36}" + "".join(f"{c:>{w}}" for c, w in zip(("2025/26", "2026/27", "Change", "Change"), BW)))
H.add(f"  {'':<36}" + "".join(f"{c:>{w}}" for c, w in zip(("£000", "£000", "£000", "%"), BW)))
H.fact("bcf_total_prose", "bcf", VC, "2026/27", "Better Care Fund pooled budget", ["pooled"], f"£{BT[1] / 1000:.2f}m",
       "£m", f"2026/27 is £{BT[1] / 1000:.2f}m")
H.fact("bcf_rise_prose", "bcf", VC, "2026/27", "Better Care Fund pooled budget increase on 2025/26",
       ["increase", "pooled"], f"£{bch / 1000:.2f}m", "£m", f"£{bch / 1000:.2f}m (")
H.fact("bcf_rise_pct_prose", "bcf", VC, "2026/27", "Better Care Fund pooled budget increase on 2025/26 (%)",
       ["increase", "pooled"], f"{chg(BT[1], BT[0])}%", "%", f"({chg(BT[1], BT[0])}%) more")
H.fact("bcf_pilot_prose", "bcf", VC, "2026/27", "Neighbourhood health pilot", ["neighbourhood"], f"£{BCF[7][3]}k",
       "£k", f"£{BCF[7][3]}k is funded")
for name, kw, a, b in BCF:
    tot = name.startswith("Total")
    money = (lambda x: f"£{x:,}") if tot else (lambda x: f"{x:,}")
    d = b - (a or 0)
    pc = f"{chg(b, a):.1f}" if a else "n/a"
    cells = [money(a) if a is not None else "-", money(b), money(d) if d >= 0 else f"-{abs(d):,}", pc]
    line = f"  {name:<36}" + "".join(f"{c:>{w}}" for c, w in zip(cells, BW))
    i = H.add(line)
    p = slug(name)
    if a is not None:
        H.at(i, f"bcf_{p}_2526", "bcf", VC, "2025/26", name, kw, cells[0], "£k")
    H.at(i, f"bcf_{p}_2627", "bcf", VC, "2026/27", name, kw, cells[1], "£k")
    H.at(i, f"bcf_{p}_chg", "bcf", VC, "2026/27", f"{name} change on 2025/26", ["change"], cells[2], "£k")
    if a:
        H.at(i, f"bcf_{p}_pct", "bcf", VC, "2026/27", f"{name} change on 2025/26 (%)", ["change"], pc, "%")
H.block("""

Source: BCF planning template 2026/27, submitted 27 June 2026. The neighbourhood health pilot is new in 2026/27.
""")
hpage_break()

# ---- life expectancy prose and Table 2 (long)
hm, hf = LE1["Harnden Downs"], LE1["Chalkhurst"]
gm = round(LE1["Harnden Downs"][0] - LE1["Chalkhurst"][0], 1)
gf = round(LE1["Harnden Downs"][1] - LE1["Chalkhurst"][1], 1)
H.block(f"""
3. Life expectancy

3.1 Life expectancy at birth in Vennacott is {LE1[VC][0]} years for men (South East {LE1[SE][0]}; England {LE1[ENG][0]}) and
{LE1[VC][1]} years for women (South East {LE1[SE][1]}; England {LE1[ENG][1]}), 2022-24. Men in Harnden Downs live {gm} years
longer than men in Chalkhurst; for women the gap is {gf} years.

3.2 The gap in life expectancy between the most and least deprived parts of the county (the slope index of
inequality) has widened to {SII[("Male", "2022 - 24")][0]} years for men (England {SII[("Male", "2022 - 24")][1]}) and {SII[("Female", "2022 - 24")][0]} years for women (England {SII[("Female", "2022 - 24")][1]}).

Table 2: Life expectancy and inequality in life expectancy (years), Vennacott and districts
""")
H.fact("le_prose_m", "life_expectancy", VC, "2022-24", "Life expectancy at birth, men", ["life expectancy", "men"],
       f"{LE1[VC][0]}", "years", f"Vennacott is {LE1[VC][0]} years")
H.fact("le_prose_m_se", "life_expectancy", SE, "2022-24", "Life expectancy at birth, men",
       ["life expectancy", "men"], f"{LE1[SE][0]}", "years", f"for men (South East {LE1[SE][0]};")
H.fact("le_prose_m_eng", "life_expectancy", ENG, "2022-24", "Life expectancy at birth, men",
       ["life expectancy", "men"], f"{LE1[ENG][0]}", "years", f"for men (South East {LE1[SE][0]};")
H.fact("le_prose_f", "life_expectancy", VC, "2022-24", "Life expectancy at birth, women",
       ["life expectancy", "women"], f"{LE1[VC][1]}", "years", f"{LE1[VC][1]} years for women")
H.fact("le_prose_f_se", "life_expectancy", SE, "2022-24", "Life expectancy at birth, women",
       ["life expectancy", "women"], f"{LE1[SE][1]}", "years", f"women (South East {LE1[SE][1]};")
H.fact("le_prose_f_eng", "life_expectancy", ENG, "2022-24", "Life expectancy at birth, women",
       ["life expectancy", "women"], f"{LE1[ENG][1]}", "years", f"women (South East {LE1[SE][1]};")
H.fact("le_prose_gap_m", "life_expectancy", "Harnden Downs", "2022-24",
       "Years longer men in Harnden Downs live than men in Chalkhurst", ["longer", "men"], f"{gm}", "years",
       f"live {gm} years")
H.fact("le_prose_gap_f", "life_expectancy", "Harnden Downs", "2022-24",
       "Gap in life expectancy, women in Harnden Downs and Chalkhurst", ["gap", "women"], f"{gf}", "years",
       f"gap is {gf} years")
for sex, k in (("Male", "men"), ("Female", "women")):
    for per, pid in (("2022 - 24", "2224"),):
        v, e, _ = SII[(sex, per)]
        anchor = "has widened to" if per == "2022 - 24" else f"{SII[('Male', '2019 - 21')][0]} and"
        H.fact(f"sii_prose_{sex.lower()}_{pid}", "life_expectancy", VC, per.replace(" ", ""),
               f"Gap in life expectancy, most v least deprived (slope index of inequality), {k}",
               ["slope index", "inequality", "gap"], f"{v}",
               "years", anchor)
        if per == "2022 - 24":
            H.fact(f"sii_prose_{sex.lower()}_eng", "life_expectancy", ENG, "2022-24",
                   f"Gap in life expectancy, most v least deprived (slope index of inequality), {k}",
               ["slope index", "inequality", "gap"],
                   f"{e}", "years", anchor)

COLS = [("Indicator", 54, "<"), ("Area", 15, "<"), ("Period", 10, "<"), ("Value", 7, ">"), ("England", 9, ">"),
        ("Compared with England", 0, "<")]


def long_header():
    H.add("  " + "".join(f"{c:{al}{w}}" + ("   " if w else "") for c, w, al in COLS).rstrip())
    H.add("  " + "-" * (sum(w + 3 for _, w, _ in COLS) + len(COLS[-1][0])))


def long_row(cells):
    s = "  "
    for (c, w, al), x in zip(COLS, cells):
        s += f"{x:{al}{w}}" + ("   " if w else "")
    return H.add(s)


H.add()
long_header()
rows2 = []
for sex, word in (("Male", "male"), ("Female", "female")):
    for area in DIST + [VC]:
        k = 0 if sex == "Male" else 1
        cmp_ = compared(LE[area][k][1], LE[area][k][2], LE[ENG][k][0]).replace(" 95%", "")
        rows2.append((f"Life expectancy at birth ({word})", area, "2022 - 24", r1(LE1[area][k]), r1(LE1[ENG][k]),
                      cmp_, ["life expectancy", word], f"le_{slug(area)}_{word}", f"Life expectancy at birth, {word}"))
for (sex, per), (v, e, c) in SII.items():
    word = sex.lower()
    rows2.append((f"Slope index of inequality in life expectancy ({word})", VC, per, r1(v), r1(e), c,
                  ["slope index", "inequality", "gap"], f"sii_{word}_{per[:4]}",
                  f"Gap in life expectancy between most and least deprived (slope index of inequality), {word}"))
for n, (ind, area, per, v, e, c, kw, fid, meas) in enumerate(rows2):
    if n == 11:  # the long table runs over the page: footer, form feed, header repeated
        hpage_break()
        H.add("Table 2 (continued)")
        H.add()
        long_header()
    i = long_row([ind, area, per, v, e, c])
    period = per.replace(" ", "")
    H.at(i, fid, "life_expectancy", area, period, meas, kw, v, "years")
    H.at(i, f"{fid}_eng", "life_expectancy", ENG, period, meas, kw, e, "years")
H.block("""

Source: OHID Fingertips, Public Health Outcomes Framework indicators A01b and A02a, downloaded 2 June 2026 (see
Appendix A). Compared with England: 95% confidence intervals.
""")

# ---- wider determinants prose and Table 3 (long)
fuel_lo = min(DIST, key=lambda a: FUELV[a])
fuel_hi = max(DIST, key=lambda a: FUELV[a])
assert (fuel_lo, fuel_hi) == ("Ivelstone", "Chalkhurst")
ta_ch = TA_CH[0]
H.block(f"""

4. Wider determinants of health

4.1 Fuel poverty ranges from {round(FUELV[fuel_lo], 1)}% of households in Ivelstone to {round(FUELV[fuel_hi], 1)}% in Chalkhurst
(England {round(FUELV[ENG], 1)}%). Chalkhurst also has the highest rate of households in temporary accommodation,
{ta_ch} per 1,000 (England {TA_CH[1]}); Ivelstone's figure is suppressed (fewer than 10 households).

Table 3: Wider determinants of health: Vennacott trend, and districts significantly different from England
""")
H.fact("wd_prose_fuel_lo", "wider_determinants", "Ivelstone", "2023", "Households in fuel poverty",
       ["fuel poverty"], f"{round(FUELV[fuel_lo], 1)}%", "%", f"from {round(FUELV[fuel_lo], 1)}%")
H.fact("wd_prose_fuel_hi", "wider_determinants", "Chalkhurst", "2023", "Households in fuel poverty",
       ["fuel poverty"], f"{round(FUELV[fuel_hi], 1)}%", "%", f"{round(FUELV[fuel_hi], 1)}% in Chalkhurst")
H.fact("wd_prose_fuel_eng", "wider_determinants", ENG, "2023", "Households in fuel poverty", ["fuel poverty"],
       f"{round(FUELV[ENG], 1)}%", "%", f"(England {round(FUELV[ENG], 1)}%)")
H.fact("wd_prose_ta_ch", "wider_determinants", "Chalkhurst", "2024/25",
       "Households in temporary accommodation per 1,000", ["temporary"], f"{ta_ch}", "per 1,000",
       f"{ta_ch} per 1,000")
H.fact("wd_prose_ta_eng", "wider_determinants", ENG, "2024/25", "Households in temporary accommodation per 1,000",
       ["temporary"], f"{TA_CH[1]}", "per 1,000", f"(England {TA_CH[1]});")
H.add()
long_header()
for key, area, per, v, e, c in WD:
    lab, meas, kw, unit = WDI[key]
    i = long_row([lab, area, per, r1(v) if v is not None else "..", r1(e), c])
    fid = f"wd_{key}_{slug(area)}_{per.replace('/', '')}"
    if v is not None:
        H.at(i, fid, "wider_determinants", area, per, meas, kw, r1(v), unit)
    H.at(i, f"{fid}_eng", "wider_determinants", ENG, per, meas, kw, r1(e), unit)
H.block("""

.. suppressed (fewer than 10 households). n/a: no significance test for modelled PM2.5. -: not compared.
Sources: Active Lives Survey; DEFRA modelled background PM2.5; ONS Annual Population Survey; MHCLG statutory
homelessness (H-CLIC); DESNZ sub-regional fuel poverty 2025 (2023 data).
""")
hpage_break()

H.block("""
5. Recommendations

5.1 The Board is asked to:
  (a) approve the Better Care Fund plan 2026/27 for submission by 31 July 2026;
  (b) endorse the JSNA chapter for publication; and
  (c) receive an update on fuel poverty and temporary accommodation in 6 months.

Background papers: JSNA chapter (https://www.vennacott.gov.uk/jsna/chapter-4-2026) and the BCF planning
template (https://www.vennacott.gov.uk/hwb/2026-07-22/item-7/appendix-2).
""")
hpage_break()

# ---- Appendix A: the Fingertips CSV pasted as text
H.block("""
Appendix A: Data extract

Downloaded from OHID Fingertips on 2 June 2026 (https://fingertips.phe.org.uk/profile/public-health-outcomes-framework/
data#page/9/gid/1000049/pat/15/par/E12000008/ati/502/are/E10000091). One row per indicator, area, sex and period.
""")
H.add()


def csvline(fields):
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_NONNUMERIC, lineterminator="")
    w.writerow(fields)
    return buf.getvalue().replace('""', "")  # empty fields are empty, not ""


HEAD = ["Indicator ID", "Indicator Name", "Area Code", "Area Name", "Area Type", "Sex", "Time period", "Value",
        "Lower CI 95.0 limit", "Upper CI 95.0 limit", "Count", "Denominator",
        "Compared to England value or percentiles"]
H.add(csvline(HEAD))


class Raw(float):
    """A number written exactly as given (five decimals kept, trailing zeros too)."""

    def __new__(cls, s):
        o = super().__new__(cls, s)
        o.s = s
        return o

    def __repr__(self):
        return self.s


for sex, k in (("Male", 0), ("Female", 1)):
    for area in AREAS:
        v, lo_, up = (f"{x:.5f}" for x in LE[area][k])
        cmp_ = "Not compared" if area == ENG else compared(LE[area][k][1], LE[area][k][2], LE[ENG][k][0])
        i = H.add(csvline([90841, "Life expectancy at birth", CODES[area], ANAME.get(area, area), ATYPE[area], sex,
                           "2022 - 24", Raw(v), Raw(lo_), Raw(up), None, None, cmp_]))
        p = f"csv_le_{sex.lower()}_{slug(area)}"
        meas = f"Life expectancy at birth, {sex.lower()}"
        H.at(i, p, "life_expectancy", area, "2022-24", meas, ["life expectancy", sex.lower()], v, "years", field=True)
        H.at(i, f"{p}_lci", "life_expectancy", area, "2022-24", f"{meas}, lower CI", ["lower ci"], lo_, "years",
             field=True)
        H.at(i, f"{p}_uci", "life_expectancy", area, "2022-24", f"{meas}, upper CI", ["upper ci"], up, "years",
             field=True)
FNAME = "Fuel poverty (low income, low energy efficiency methodology)"
for area in AREAS:
    c, d = FUEL[area]
    v = f"{FUELV[area]:.5f}"
    i = H.add(csvline([93781, FNAME, CODES[area], ANAME.get(area, area), ATYPE[area], "Persons", "2023", Raw(v),
                       None, None, c, d, "Not compared"]))
    p = f"csv_fuel_{slug(area)}"
    H.at(i, p, "wider_determinants", area, "2023", FNAME, ["fuel poverty"], v, "%", field=True)
    H.at(i, f"{p}_count", "wider_determinants", area, "2023", f"{FNAME}, count", ["count"], str(c), "count",
         field=True)
    H.at(i, f"{p}_den", "wider_determinants", area, "2023", f"{FNAME}, denominator", ["denominator"], str(d), "count",
         field=True)
H.add()
H.block("""
Empty fields: no count or denominator is published for life expectancy, and no confidence interval for fuel
poverty. Area codes are ONS codes (April 2023 geographies).
""")
H.add()
H.add(f"Vennacott Health and Wellbeing Board, 22 July 2026{' ' * 34}Page {HPAGE[0]} of {NPAGES}")
assert HPAGE[0] == NPAGES

ids = [f["id"] for f in FACTS]
if len(set(ids)) != len(ids):
    sys.exit(f"duplicate ids: {sorted({i for i in ids if ids.count(i) > 1})}")
for name, lines in OUT.items():
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
with open(os.path.join(HERE, "facts.jsonl"), "w", encoding="utf-8") as fh:
    for f in FACTS:
        fh.write(json.dumps(f, ensure_ascii=False) + "\n")
print({k: len(v) for k, v in OUT.items()}, {k: sum(f["file"] == k for f in FACTS) for k in OUT}, len(FACTS), "facts")
