#!/usr/bin/env python3
"""Write the Fernhallow packs and facts.jsonl.

Pack 1 is what Microsoft's MarkItDown writes for the ICB place committee's pack: a cover note (a Word document:
`#` headings, one paragraph a line, blank lines between) and the finance and performance workbook pasted after it
(`XlsxConverter`: `pd.read_excel(sheet_name=None)`, then `DataFrame.to_html(index=False)` turned into a pipe table
by markdownify, one `## SheetName` per sheet).  The sheets are given here as the cell values openpyxl hands pandas
(str, int, float, datetime, None for an empty cell) and printed by the rules pandas follows: the first row is the
header (`Unnamed: N` where it is empty, a datetime header printed as `2026-10-01 00:00:00`); a column holding any
text is an object column whose cells print one by one (int `1184200`, float `3250.0` / `0.475` (six places, trailing
zeros trimmed but one kept), datetime `2026-09-30 00:00:00`, empty `NaN`); an all-number column with an empty cell
is float64 and prints every cell with the same number of decimals (`358420.0`); markdownify escapes `*` and `_`.
The finance sheets' £000 cells are formula results (ledger pounds / 1,000) held as floats, so they print `3250.0`.

Pack 2 is what LibreOffice writes (`soffice --convert-to txt`) for the Director of Public Health's Word report:
each paragraph one unwrapped line, headings as plain lines, numbered paragraphs `3.1<TAB>`, bullets `•<TAB>`, and
Word tables ONE CELL PER LINE, row after row (header cells first), an empty cell an empty line, the caption the
paragraph above and an empty paragraph after.

Totals, variances, changes, gaps, rates and shares are computed here so that they add up.  Each table fact is put on
the physical line of its printed cell (the row's line in a pipe table, the cell's own line in a Word table); each
prose fact by an anchor that must match exactly one line.  Written and run before any loader read the packs.
"""

import json
import os
import re
import sys
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
FACTS: list[dict] = []
OUT: dict[str, list[str]] = {}
SHEETS: dict[str, list[list]] = {}
FH, EM, ENG = "Fernhallow", "East Midlands", "England"
ICB = "Idlemoor and Fernhallow ICB"
NB = ["Abbotsmead", "Brennock", "Kilnworth", "Saltersgate", "Wyecross"]
NUM = r"(?<![\w.,£])%s(?![\w]|[.,]\d)"


def num(printed):
    s = printed.strip()
    neg = s.startswith(("-", "("))
    s = s.replace(",", "").replace("£", "").replace("%", "").strip("()+-")
    for suf in ("bn", "m", "k"):
        s = s.removesuffix(suf)
    v = round(float(s), 6)
    return -v if neg else v


def slug(s, n=18):
    return re.sub(r"\W+", "_", s.lower())[:n].strip("_")


def r1(x):
    return round(x + 0.0, 1)


class Pack:
    def __init__(self, name):
        self.name = name
        self.lines: list[str] = []
        OUT[name] = self.lines

    def add(self, line=""):
        self.lines.append(line.rstrip(" "))
        return len(self.lines) - 1

    def fact(self, fid, dataset, area, period, measure, kw, printed, unit, anchor, rag=None):
        hits = [i for i, x in enumerate(self.lines) if anchor in x]
        if len(hits) != 1:
            sys.exit(f"anchor {anchor!r} in {self.name}: {[h + 1 for h in hits]}")
        self.at(hits[0], fid, dataset, area, period, measure, kw, printed, unit, rag)

    def at(self, i, fid, dataset, area, period, measure, kw, printed, unit, rag=None):
        line = self.lines[i]
        if not re.search(NUM % re.escape(printed), line):
            sys.exit(f"{printed!r} not on {self.name}:{i + 1}: {line!r}")
        v = num(printed)
        bare = re.sub(r"[^\d.]", "", printed)
        if v == int(v) and "." not in bare:
            v = int(v)
        FACTS.append({"id": fid, "file": self.name, "dataset": dataset, "area": area, "period": period,
                      "measure": measure, "measure_keywords": kw, "value": v, "unit": unit, "rag": rag,
                      "line": i + 1, "quote": line.strip(), "printed": printed})


# ---------------------------------------------------------------- pandas + markdownify, as MarkItDown runs them
def md_escape(s):
    return " ".join(str(s).split()).replace("*", r"\*").replace("_", r"\_")


def trim1(s):
    """pandas' _trim_zeros_single_float."""
    s = s.rstrip("0")
    return s + "0" if s.endswith(".") else s


def fmt_float_col(vals):
    """pandas' FloatArrayFormatter: six places, trailing zeros trimmed while every number ends in 0."""
    strs = [None if v is None else f"{float(v):.6f}" for v in vals]
    while any(s is not None for s in strs) and all(s.endswith("0") for s in strs if s is not None):
        strs = [None if s is None else s[:-1] for s in strs]
    return ["NaN" if s is None else (s + "0" if s.endswith(".") else s) for s in strs]


def fmt_cell(v):
    """A cell of an object column (pandas' GenericArrayFormatter, str() of non-floats)."""
    if v is None:
        return "NaN"
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return trim1(f"{v:.6f}")
    return md_escape(v)


NA_STRINGS = {"", "n/a", "N/A", "NA", "#N/A", "NULL", "null", "NaN", "nan", "None", "<NA>", "#NA"}  # read_excel's


def sheet_strings(grid):
    """Header strings and body strings of one sheet as to_html(index=False) prints them."""
    head = grid[0]
    body = [[None if isinstance(c, str) and c in NA_STRINGS else c for c in r] for r in grid[1:]]
    hs = []
    for j, h in enumerate(head):
        hs.append(f"Unnamed: {j}" if h is None else fmt_cell(h))
    cols = []
    for j in range(len(head)):
        vals = [r[j] for r in body]
        if any(isinstance(v, (str, datetime)) for v in vals):
            cols.append([fmt_cell(v) for v in vals])
        elif all(isinstance(v, int) for v in vals):
            cols.append([str(v) for v in vals])
        else:
            cols.append(fmt_float_col(vals))
    return hs, [[cols[j][i] for j in range(len(head))] for i in range(len(body))]


def sheet(pack, name, grid):
    """`## name` and the pipe table; returns each body row's (line index, cell strings).  A blank row is kept (all
    `NaN`); an `n/a` cell is one of read_excel's default NA strings, so it prints `NaN`."""
    SHEETS[name] = grid
    hs, body = sheet_strings(grid)
    pack.add(f"## {name}")
    pack.add("| " + " | ".join(hs) + " |")
    pack.add("| " + " | ".join(["---"] * len(hs)) + " |")
    rows = [(pack.add("| " + " | ".join(r) + " |"), r) for r in body]
    pack.add("")
    return rows


# ============ Pack 1: ICB Fernhallow Place Committee, 10 December 2026 (MarkItDown) ============
P = Pack("fernhallow_icb_2026-12-10.txt")

QIPP = [  # scheme, plan, forecast (£000, formula results)
    ("Elective care: outpatient follow-up reduction", 3250.0, 2980.0),
    ("Medicines optimisation", 2840.0, 2910.0),
    ("Continuing healthcare review", 2180.0, 1620.0),
    ("Urgent care: frailty same-day emergency care", 1460.0, 1310.0),
    ("Community services productivity", 1120.0, 1120.0),
    ("Mental health out-of-area placements", 960.0, 610.0),
    ("Estates consolidation", 780.0, 455.5),
    ("Workforce: bank and agency reduction", 1040.0, 1095.0),
    ("Prescribing: wound care formulary", 610.0, 561.5),
]


def qrag(plan, fc):
    sh = (fc - plan) / plan * 100
    return "Red" if sh < -25 else "Amber" if sh < -5 else "Green"


QT = (r1(sum(r[1] for r in QIPP)), r1(sum(r[2] for r in QIPP)))
QROWS = [(s, p, f, r1(f - p), qrag(p, f)) for s, p, f in QIPP] + [("Total", *QT, r1(QT[1] - QT[0]), qrag(*QT))]
q_short = r1(QT[0] - QT[1])
q_pct = round(q_short / QT[0] * 100, 1)
q_red = sum(r[4] == "Red" for r in QROWS[:-1])
ICB_QIPP = 41.8

PC = [  # label in the sheet, name in the facts, keywords, budget, forecast (£000)
    ("General Medical Services global sum (£124.80 per weighted patient)", "General Medical Services global sum",
     ["global sum"], 24310.0, 24395.0),
    ("PMS and APMS contracts", "PMS and APMS contracts", ["pms"], 9842.0, 9842.0),
    ("Quality and Outcomes Framework (£229.13 per point)", "Quality and Outcomes Framework",
     ["quality and outcomes"], 6905.0, 6870.5),
    ("Enhanced services", "Enhanced services", ["enhanced"], 3418.0, 3506.0),
    ("Premises reimbursements", "Premises reimbursements", ["premises"], 5236.0, 5198.0),
    ("Dispensing and prescribing fees", "Dispensing and prescribing fees", ["dispensing"], 1624.0, 1661.5),
    ("Locum reimbursement (maternity, paternity and sickness)", "Locum reimbursement", ["locum"], 842.0, 1198.0),
    ("Other primary medical care", "Other primary medical care", ["other primary"], 1120.0, 1075.0),
]
PCT = (r1(sum(r[3] for r in PC)), r1(sum(r[4] for r in PC)))
PC.append(("Total delegated budget", "Total delegated primary medical care budget", ["total", "delegated"], *PCT))
pc_over = r1(PCT[1] - PCT[0])

ARRS = [  # PCN, allocation £, claimed £, claims to
    ("Abbotsmead PCN", 1184200, 562495, datetime(2026, 9, 30)),
    ("Brennock and Riverside PCN", 1326900, 701240, datetime(2026, 9, 30)),
    ("Kilnworth PCN", 968400, 389770, datetime(2026, 8, 31)),
    ("Saltersgate North PCN", 1102600, 596310, datetime(2026, 9, 30)),
    ("Saltersgate South PCN", 1041300, 498760, datetime(2026, 9, 30)),
    ("Wyecross Valley PCN", 877500, 452180, datetime(2026, 9, 30)),
]
AT = (sum(r[1] for r in ARRS), sum(r[2] for r in ARRS))
ARRS.append(("Total", *AT, None))
a_share = round(AT[1] / AT[0], 3)

GP = [  # area label, GP FTE, nurse FTE, registered patients (Saltersgate's 41 FTE is an integer cell)
    ("Abbotsmead", 33.8, 19.4, 71840),
    ("Brennock", 36.1, 21.7, 84260),
    ("Kilnworth", 31.4, 16.8, 62170),
    ("Saltersgate", 41, 24.3, 93410),
    ("Wyecross", 30.6, 17.2, 58930),
]
GPT = (r1(sum(r[1] for r in GP)), r1(sum(r[2] for r in GP)), sum(r[3] for r in GP))
GP += [("Fernhallow city", *GPT), (EM, 2318.6, 1562.4, 5214300), (ENG, 28864.2, 17804.6, 63912400)]
GP_AREA = {"Fernhallow city": FH}

TRAJ = [  # year, status, GP FTE, nurse FTE, registered patients (None: not yet planned)
    ("2022/23", "Actual", 161.2, 90.3, 358420),
    ("2023/24", "Actual", 164.8, 93.6, 361950),
    ("2024/25", "Actual", 167.5, 95.8, 365230),
    ("2025/26", "Actual", 170.4, 97.9, 368140),
    ("2026/27", "Forecast", GPT[0], GPT[1], GPT[2]),
    ("2027/28", "Plan", 180.5, 103.0, 373400),
    ("2028/29", "Plan", 187.5, None, None),
]
t_add = r1(TRAJ[-1][2] - GPT[0])

PERF = [  # indicator, keywords, unit, standard, Oct-26, Sep-26, RAG
    ("A&E: patients seen within 4 hours", ["a&e", "4 hours"], "proportion", 0.78, 0.741, 0.752, "Red"),
    ("Ambulance category 2 mean response (minutes)", ["ambulance", "category 2"], "minutes", 30, 34.6, 32.9, "Red"),
    ("Patients waiting over 65 weeks", ["65 weeks"], "count", 0, 37, 42, "Red"),
    ("RTT: patients waiting under 18 weeks", ["rtt", "18 weeks"], "proportion", 0.65, 0.612, 0.607, "Amber"),
    ("Diagnostic tests waiting over 6 weeks", ["diagnostic"], "proportion", 0.05, 0.118, 0.124, "Red"),
    ("Cancer Faster Diagnosis Standard (28 days)", ["faster diagnosis", "cancer"], "proportion", 0.8, 0.812, 0.795,
     "Green"),
    ("Cancer treatment within 62 days", ["62 days", "cancer"], "proportion", 0.75, 0.703, 0.716, "Amber"),
    ("Talking therapies: reliable recovery", ["talking therapies", "recovery"], "proportion", 0.48, 0.492, 0.476,
     "Green"),
    ("Dementia diagnosis rate (aged 65+)", ["dementia"], "proportion", 0.667, 0.642, 0.639, "Amber"),
    ("GP appointments within 14 days of booking", ["gp appointments", "14 days"], "proportion", "n/a", 0.832, 0.827,
     "Not rated"),
    ("Children and young people accessing mental health services (12 months)", ["mental health", "children"],
     "count", 5400, 5388, "-", "Amber"),
]
prc = {k: sum(r[6] == k for r in PERF) for k in ("Red", "Amber", "Green")}
AE_ENG = 75.3

gp_per = round(GPT[2] / GPT[0])
eng_per = round(GP[-1][3] / GP[-1][1])
P.add("# Idlemoor and Fernhallow Integrated Care Board")
P.add()
P.add("**Fernhallow Place Committee**")
P.add()
P.add("**Date of meeting:** Thursday 10 December 2026")
P.add()
P.add("**Agenda item:** 8 (paper FPC/26/071)")
P.add()
P.add("**Report title:** Finance and performance report, month 7 2026/27")
P.add()
P.add("**Report of:** Dr Imogen Sallis, Place Director, Fernhallow (telephone 0115 496 0418)")
P.add()
P.add("# Cover note")
P.add()
P.add("1.1 This note introduces the month 7 (October 2026) finance and performance workbook for Fernhallow place, "
      "which is appended below as exported from the ICB's reporting system. It follows the report to the "
      "Committee on 8 October 2026 (minute FPC/26/58).")
P.add()
P.add(f"1.2 **QIPP.** Fernhallow place's QIPP plan for 2026/27 is £{QT[0] / 1000:.1f}m, part of the ICB's "
      f"£{ICB_QIPP}m programme. The forecast at month 7 is £{QT[1] / 1000:.1f}m, a shortfall of "
      f"£{q_short / 1000:.1f}m ({q_pct}% of plan). {['None', 'One', 'Two', 'Three', 'Four'][q_red]} of the "
      f"{len(QIPP)} schemes are rated red.")
P.add()
P.add(f"1.3 **Primary care.** The place's delegated primary medical care budget is £{PCT[0] / 1000:.1f}m; the "
      f"forecast is an overspend of £{pc_over / 1000:.1f}m, mainly on locum reimbursement (line 7 of the PC budget "
      "sheet).")
P.add()
kil = ARRS[2]
P.add(f"1.4 **ARRS.** The six PCNs had claimed £{AT[1] / 1e6:.1f}m of their £{AT[0] / 1e6:.1f}m allocations by "
      f"30 September 2026 ({a_share * 100:.1f}%); Kilnworth PCN, whose September claim arrived after the cut-off, "
      f"has claimed {kil[2] / kil[1] * 100:.1f}%.")
P.add()
P.add(f"1.5 **Workforce.** The city has {GPT[0]} FTE fully qualified GPs, one for every {gp_per:,} registered "
      f"patients (England {eng_per:,}). The trajectory adds {t_add} FTE GPs by 2028/29.")
P.add()
P.add(f"1.6 **Performance.** Of the {len(PERF)} indicators, {prc['Red']} are red, {prc['Amber']} amber and "
      f"{prc['Green']} green. A&E performance was {PERF[0][4] * 100:.1f}% in October against the "
      f"{PERF[0][3] * 100:.0f}% standard (England {AE_ENG}%), and {PERF[2][4]} patients were waiting over 65 weeks.")
P.add()
P.add("1.7 The Committee is asked to note the report. The next report (month 9) will come to the meeting on "
      "11 February 2027.")
P.add()
P.add("# Appendix A: finance and performance workbook, month 7")
P.add()

# ---- QIPP sheet (title row in A1)
grid = [["Fernhallow place: QIPP schemes 2026/27", None, None, None, None],
        ["Scheme", "Plan £000", "Forecast £000", "Variance £000", "RAG"]]
grid += [list(r) for r in QROWS]
grid += [[None] * 5,
         ["Variance is forecast less plan. RAG: Red more than 25% below plan, Amber 5-25% below, Green within 5% "
          "or above.", None, None, None, None]]
rows = sheet(P, "QIPP", grid)
for (i, cells), r in zip(rows[1:-2], QROWS):
    p = slug(r[0])
    P.at(i, f"q_{p}_plan", "qipp", FH, "2026/27", f"{r[0]} QIPP plan", ["plan"], cells[1], "£k")
    P.at(i, f"q_{p}_forecast", "qipp", FH, "2026/27", f"{r[0]} QIPP forecast", ["forecast"], cells[2], "£k",
         rag=r[4])
    P.at(i, f"q_{p}_var", "qipp", FH, "2026/27", f"{r[0]} QIPP variance", ["variance"], cells[3], "£k")

# ---- delegated primary care budget (title row, unit in D1)
grid = [["Fernhallow place: delegated primary medical care budget 2026/27, month 7", None, None, "£000"],
        ["Budget line", "Annual budget", "Forecast outturn", "Variance"]]
grid += [[r[0], r[3], r[4], r1(r[4] - r[3])] for r in PC]
rows = sheet(P, "PC budget", grid)
for (i, cells), r in zip(rows[1:], PC):
    p = slug(r[1])
    P.at(i, f"pc_{p}_budget", "primary_care_budgets", FH, "2026/27", f"{r[1]} annual budget", ["budget"], cells[1],
         "£k")
    P.at(i, f"pc_{p}_forecast", "primary_care_budgets", FH, "2026/27", f"{r[1]} forecast outturn", ["forecast"],
         cells[2], "£k")
    P.at(i, f"pc_{p}_var", "primary_care_budgets", FH, "2026/27", f"{r[1]} variance", ["variance"], cells[3], "£k")

# ---- ARRS by PCN (title row; share as a fraction =ROUND(claimed/allocation,3); a date column)
grid = [["Additional Roles Reimbursement Scheme by PCN, 2026/27", None, None, None, None],
        ["PCN", "Allocation £", "Claimed £", "% claimed", "Claims to"]]
grid += [[n, a, c, round(c / a, 3), d] for n, a, c, d in ARRS]
rows = sheet(P, "ARRS", grid)
for (i, cells), r in zip(rows[1:], ARRS):
    area = FH if r[0] == "Total" else r[0]
    p = slug(r[0])
    P.at(i, f"arrs_{p}_alloc", "pcn_budgets", area, "2026/27", "ARRS allocation", ["allocation"], cells[1], "£")
    P.at(i, f"arrs_{p}_claimed", "pcn_budgets", area, "Q2 2026/27", "ARRS claimed", ["claimed"], cells[2], "£")
    P.at(i, f"arrs_{p}_share", "pcn_budgets", area, "Q2 2026/27", "Share of ARRS allocation claimed", ["claimed"],
         cells[3], "proportion")

# ---- GP workforce by neighbourhood (title row; patients per GP =ROUND(patients/GP FTE,0))
grid = [["GP workforce by neighbourhood, 30 September 2026", None, None, None, None],
        ["Neighbourhood", "GP FTE", "Nurse FTE", "Registered patients", "Patients per GP FTE"]]
grid += [[a, g, n, p, round(p / g)] for a, g, n, p in GP]
grid += [["Source: NHS Digital, General Practice Workforce; fully qualified GPs, excluding locums.", None, None,
          None, None]]
rows = sheet(P, "GP workforce", grid)
for (i, cells), r in zip(rows[1:], GP):
    area = GP_AREA.get(r[0], r[0])
    p = slug(area)
    P.at(i, f"gp_{p}_fte", "gp_workforce", area, "September 2026", "GP FTE (fully qualified)", ["gp fte"], cells[1],
         "FTE")
    P.at(i, f"gp_{p}_nurse", "gp_workforce", area, "September 2026", "Nurse FTE", ["nurse"], cells[2], "FTE")
    P.at(i, f"gp_{p}_patients", "gp_workforce", area, "September 2026", "Registered patients", ["registered"],
         cells[3], "count")
    P.at(i, f"gp_{p}_per_gp", "gp_workforce", area, "September 2026", "Patients per GP FTE", ["per gp"], cells[4],
         "patients")

# ---- GP trajectory (header in row 1; years as rows; empty 2028/29 cells make three columns float64)
grid = [["Year", "Status", "GP FTE", "Nurse FTE", "Registered patients", "Patients per GP FTE"]]
grid += [[y, s, g, n, p, None if p is None else round(p / g)] for y, s, g, n, p in TRAJ]
rows = sheet(P, "GP trajectory", grid)
for (i, cells), (y, s, g, n, p) in zip(rows, TRAJ):
    yk = y[:4]
    P.at(i, f"traj_{yk}_fte", "gp_workforce", FH, y, f"GP FTE (fully qualified), {s.lower()}", ["gp fte"], cells[2],
         "FTE")
    if n is not None:
        P.at(i, f"traj_{yk}_nurse", "gp_workforce", FH, y, f"Nurse FTE, {s.lower()}", ["nurse"], cells[3], "FTE")
    if p is not None:
        P.at(i, f"traj_{yk}_patients", "gp_workforce", FH, y, "Registered patients", ["registered"], cells[4],
             "count")
        P.at(i, f"traj_{yk}_per_gp", "gp_workforce", FH, y, "Patients per GP FTE", ["per gp"], cells[5],
             "patients")

# ---- performance (header in row 1 with the months as Excel dates)
grid = [["Indicator", "Standard", datetime(2026, 10, 1), datetime(2026, 9, 1), "RAG"]]
grid += [[r[0], r[3], r[4], r[5], r[6]] for r in PERF]
rows = sheet(P, "Performance", grid)
for (i, cells), (lab, kw, unit, std, oct_, sep, rag) in zip(rows, PERF):
    p = slug(lab, 22)
    if cells[1] != "NaN":
        P.at(i, f"sc_{p}_std", "performance", FH, "2026/27", f"{lab} standard", ["standard"], cells[1], unit)
    P.at(i, f"sc_{p}_oct", "performance", FH, "October 2026", lab, kw, cells[2], unit,
         rag=rag if rag in ("Red", "Amber", "Green") else None)
    if sep != "-":
        P.at(i, f"sc_{p}_sep", "performance", FH, "September 2026", lab, kw, cells[3], unit)

# ---- notes sheet
grid = [["Notes"],
        ["1. Finance figures are at month 7 (October 2026) and in £000 unless stated; ARRS figures are in pounds."],
        ["2. ARRS claims are to the date shown (claims for quarter 2 were due by 15 October 2026)."],
        ["3. Workforce: https://digital.nhs.uk/data-and-information/publications/statistical/"
         "general-and-personal-medical-services/30-september-2026"],
        ["4. Fernhallow City Council (E06000047) is coterminous with Fernhallow place (sub-ICB location 17W)."],
        ["5. Queries: Fernhallow place finance team, 0115 496 0372."],
        ["6. File: FH_place_FP_M07_v3.xlsx, printed 2 December 2026."]]
sheet(P, "Notes", grid)
while P.lines and P.lines[-1] == "":  # MarkItDown strips the document
    P.lines.pop()

# ---- cover-note facts
P.fact("q_plan_prose", "qipp", FH, "2026/27", "QIPP plan", ["plan"], f"£{QT[0] / 1000:.1f}m", "£m",
       "QIPP plan for 2026/27 is")
P.fact("q_icb_prose", "qipp", ICB, "2026/27", "ICB QIPP programme", ["programme"], f"£{ICB_QIPP}m", "£m",
       f"£{ICB_QIPP}m programme")
P.fact("q_fcst_prose", "qipp", FH, "2026/27", "QIPP forecast", ["forecast"], f"£{QT[1] / 1000:.1f}m", "£m",
       "forecast at month 7 is")
P.fact("q_short_prose", "qipp", FH, "2026/27", "QIPP shortfall against plan", ["shortfall"],
       f"£{q_short / 1000:.1f}m", "£m", "a shortfall of")
P.fact("q_pct_prose", "qipp", FH, "2026/27", "QIPP shortfall as a percentage of plan", ["shortfall", "of plan"],
       f"{q_pct}%", "%", f"({q_pct}% of plan)")
P.fact("pc_budget_prose", "primary_care_budgets", FH, "2026/27", "Delegated primary medical care budget",
       ["budget", "delegated"], f"£{PCT[0] / 1000:.1f}m", "£m", "primary medical care budget is")
P.fact("pc_over_prose", "primary_care_budgets", FH, "2026/27", "Delegated primary care forecast overspend",
       ["overspend"], f"£{pc_over / 1000:.1f}m", "£m", "an overspend of")
P.fact("arrs_claimed_prose", "pcn_budgets", FH, "Q2 2026/27", "ARRS claimed", ["claimed"], f"£{AT[1] / 1e6:.1f}m",
       "£m", "PCNs had claimed")
P.fact("arrs_alloc_prose", "pcn_budgets", FH, "2026/27", "ARRS allocations", ["allocations"],
       f"£{AT[0] / 1e6:.1f}m", "£m", f"£{AT[0] / 1e6:.1f}m allocations")
P.fact("arrs_share_prose", "pcn_budgets", FH, "Q2 2026/27", "Share of ARRS allocations claimed", ["claimed"],
       f"{a_share * 100:.1f}%", "%", f"({a_share * 100:.1f}%)")
P.fact("arrs_kil_prose", "pcn_budgets", "Kilnworth PCN", "Q2 2026/27", "Share of ARRS allocation claimed",
       ["claimed"], f"{kil[2] / kil[1] * 100:.1f}%", "%", f"has claimed {kil[2] / kil[1] * 100:.1f}%")
P.fact("gp_fte_prose", "gp_workforce", FH, "September 2026", "Fully qualified GPs (FTE)", ["gps"], f"{GPT[0]}",
       "FTE", f"city has {GPT[0]} FTE")
P.fact("gp_per_prose", "gp_workforce", FH, "September 2026", "Registered patients per GP FTE", ["per gp", "patients"],
       f"{gp_per:,}", "patients", f"one for every {gp_per:,}")
P.fact("gp_per_eng_prose", "gp_workforce", ENG, "September 2026", "Registered patients per GP FTE",
       ["per gp", "patients"], f"{eng_per:,}", "patients", f"(England {eng_per:,})")
P.fact("traj_add_prose", "gp_workforce", FH, "2028/29", "GP FTE the trajectory adds by 2028/29", ["adds", "gp"],
       f"{t_add}", "FTE", f"adds {t_add} FTE")
P.fact("ae_oct_prose", "performance", FH, "October 2026", "A&E patients seen within 4 hours", ["a&e"],
       f"{PERF[0][4] * 100:.1f}%", "%", f"was {PERF[0][4] * 100:.1f}% in October")
P.fact("ae_std_prose", "performance", FH, "2026/27", "A&E 4-hour standard", ["standard"],
       f"{PERF[0][3] * 100:.0f}%", "%", f"the {PERF[0][3] * 100:.0f}% standard")
P.fact("ae_eng_prose", "performance", ENG, "October 2026", "A&E patients seen within 4 hours", ["a&e"],
       f"{AE_ENG}%", "%", f"(England {AE_ENG}%)")
P.fact("w65_oct_prose", "performance", FH, "October 2026", "Patients waiting over 65 weeks", ["65 weeks"],
       f"{PERF[2][4]}", "count", f"and {PERF[2][4]} patients were waiting")

# ============ Pack 2: HWB 16 December 2026 (LibreOffice's text export of a Word report) ============
H = Pack("fernhallow_hwb_2026-12-16.txt")


def word_table(caption, header, rows):
    """Caption paragraph, then every cell on its own line, row after row; an empty paragraph after.
    Returns, for each body row, the line index of each cell."""
    H.add(caption)
    for c in header:
        H.add(c)
    idx = [[H.add(c) for c in r] for r in rows]
    H.add("")
    return idx


LE = [  # male LE, female LE, male HLE, female HLE (2022-24)
    ("Abbotsmead", 78.9, 82.8, 61.2, 62.0),
    ("Brennock", 74.6, 79.4, 54.3, 55.1),
    ("Kilnworth", 76.8, 81.2, 57.9, 58.6),
    ("Saltersgate", 75.9, 80.5, 56.4, 57.2),
    ("Wyecross", 80.4, 84.1, 63.5, 64.2),
    (FH, 77.1, 81.4, 58.2, 59.0),
    (EM, 78.9, 82.6, 60.8, 61.0),
    (ENG, 79.3, 83.2, 61.5, 61.9),
]
LEm = {r[0]: r for r in LE}
DEP = [("Most deprived tenth", 72.6, 77.9, 51.2, 53.0), ("Least deprived tenth", 82.1, 85.1, 68.5, 69.8)]
DEP.append(("Gap (years)", *[r1(DEP[1][k] - DEP[0][k]) for k in range(1, 5)]))
GAP = [(FH, *DEP[2][1:]), (EM, 9.4, 7.6, 17.8, 18.4), (ENG, 9.7, 7.9, 18.6, 19.3)]
WD = [  # walking %, PM2.5, employment %, temporary accommodation per 1,000, fuel poverty %
    ("Abbotsmead", 22.4, 8.1, 76.8, 3.1, 11.9),
    ("Brennock", 18.2, 9.4, 64.7, 9.8, 19.6),
    ("Kilnworth", 20.6, 8.7, 71.2, "*", 15.3),
    ("Saltersgate", 25.1, 9.9, 68.9, 7.4, 17.8),
    ("Wyecross", "..", 7.6, 79.5, 1.6, 10.4),
    (FH, 21.2, 8.8, 71.6, 5.9, 15.1),
    (EM, 13.4, 7.4, 74.5, 2.1, 12.9),
    (ENG, 15.6, 7.1, 75.7, 5.6, 11.4),
]
WDm = {r[0]: r for r in WD}
WDI = [
    ("walk", "Adults walking for travel at least three days a week", ["walk"], "2024/25", "%"),
    ("pm", "Fine particulate matter (PM2.5)", ["pm2.5", "particulate"], "2024", "µg/m³"),
    ("emp", "Employment rate, aged 16-64", ["employment"], "2025", "%"),
    ("ta", "Households in temporary accommodation per 1,000", ["temporary"], "2025/26", "per 1,000"),
    ("fuel", "Households in fuel poverty", ["fuel poverty"], "2024", "%"),
]
BCF = [  # label in the table, name in the facts, keywords, 2025/26 (None = new), 2026/27 (£000)
    ("NHS minimum contribution: community health services", "NHS minimum contribution: community health services",
     ["community health"], 14820, 15380),
    ("NHS minimum contribution: adult social care", "NHS minimum contribution: adult social care",
     ["adult social care"], 9460, 9815),
    ("Improved Better Care Fund (iBCF)", "Improved Better Care Fund (iBCF)", ["improved", "ibcf"], 11240, 11240),
    ("Disabled Facilities Grant", "Disabled Facilities Grant", ["disabled facilities"], 3615, 3790),
    ("Discharge Fund (ICB)", "Discharge Fund (ICB)", ["discharge"], 2180, 2410),
    ("Discharge Fund (council)", "Discharge Fund (council)", ["discharge"], 1870, 2065),
    ("Reablement and intermediate care", "Reablement and intermediate care", ["reablement"], 3050, 3120),
    ("Carers' support (£310 per carer)", "Carers' support", ["carers"], 1140, 1185),
    ("Virtual wards (step-up)", "Virtual wards (step-up)", ["virtual wards"], None, 640),
    ("Assistive technology", "Assistive technology", ["assistive"], 520, 430),
]
BT = (sum(r[3] or 0 for r in BCF), sum(r[4] for r in BCF))
BCF.append(("Total pooled budget", "Total pooled budget", ["total", "pooled"], *BT))
b_chg = BT[1] - BT[0]
b_pct = round(b_chg / BT[0] * 100, 1)
disch = (BCF[4][4] - BCF[4][3]) + (BCF[5][4] - BCF[5][3])
disch_tot = BCF[4][4] + BCF[5][4]
at_fall = BCF[9][3] - BCF[9][4]


def money(x):
    return f"-£{abs(x):,}" if x < 0 else f"£{x:,}"


fh, en, em, br, wy = LEm[FH], LEm[ENG], LEm[EM], LEm["Brennock"], LEm["Wyecross"]
g_eng_m, g_eng_f = r1(en[1] - fh[1]), r1(en[2] - fh[2])
g_nb_m, g_nb_f = r1(wy[1] - br[1]), r1(wy[2] - br[2])
g_hle = r1(wy[3] - br[3])
emp_pp = r1(WDm[ENG][3] - WDm["Brennock"][3])
fuel_pp = r1(WDm["Brennock"][5] - WDm[FH][5])
POP, DEPRIVED = 318450, 31.4

for x in [
    "Fernhallow City Council",
    "Health and Wellbeing Board",
    "Wednesday 16 December 2026",
    "Report of the Director of Public Health",
    "Health inequalities in Fernhallow: life expectancy, the wider determinants of health and the Better Care Fund "
    "2026/27",
    "Contact officer: Dr Oluwaseun Pryce, Director of Public Health. Telephone 0115 496 0529. Email "
    "public.health@fernhallow.gov.uk",
    "Wards affected: all",
    "",
    "Summary",
    "1.1\tThis report presents the life expectancy and wider determinants chapter of the Joint Strategic Needs "
    "Assessment (JSNA) 2026 and the Better Care Fund (BCF) plan for 2026/27, which the Board's BCF sub-group "
    "approved on 24 November 2026 (minute HWB/26/44).",
    f"1.2\tFernhallow has {POP:,} residents (mid-2025 estimate), {DEPRIVED}% of whom live in neighbourhoods among "
    "the most deprived fifth in England. The headline findings are:",
    f"•\tMen in Fernhallow can expect to live {fh[1]} years and women {fh[2]} years, {g_eng_m} and {g_eng_f} years "
    "less than the England averages.",
    f"•\tMen in Brennock live {g_nb_m} years less than men in Wyecross; healthy life expectancy for men in Brennock "
    f"is {br[3]} years, {g_hle} years below Wyecross.",
    f"•\tThe employment rate in Brennock is {WDm['Brennock'][3]}%, {emp_pp} percentage points below England "
    f"({WDm[ENG][3]}%).",
    f"•\tThe Better Care Fund for 2026/27 is £{BT[1] / 1000:.1f}m, £{b_chg / 1000:.1f}m ({b_pct}%) more than in "
    "2025/26.",
    "Recommendations",
    "2.1\tThe Board is asked to:",
    "•\tnote the JSNA chapter (Appendix A, pages 14 to 31);",
    "•\tendorse the BCF plan 2026/27 for submission to NHS England by 9 January 2027;",
    "•\task for a progress report in 6 months.",
    "Life expectancy and healthy life expectancy",
    f"3.1\tLife expectancy at birth in Fernhallow (2022-24) is {fh[1]} years for men and {fh[2]} years for women, "
    f"below the East Midlands ({em[1]} and {em[2]} years) and England ({en[1]} and {en[2]} years). Healthy life "
    f"expectancy is {fh[3]} years for men and {fh[4]} years for women, against {en[3]} and {en[4]} years in England "
    "(PHOF indicators A01a and A01b; Fingertips IDs 90366 and 90362).",
    f"3.2\tWithin the city, male life expectancy ranges from {br[1]} years in Brennock to {wy[1]} years in Wyecross, "
    f"a gap of {g_nb_m} years; for women the range is {br[2]} to {wy[2]} years, a gap of {g_nb_f} years. Table 1 "
    "gives the figures for each of the five neighbourhoods.",
]:
    H.add(x)

idx = word_table("Table 1: Life expectancy and healthy life expectancy at birth by neighbourhood, 2022-24 (years)",
                 ["Area", "Male life expectancy", "Female life expectancy", "Male healthy life expectancy",
                  "Female healthy life expectancy"],
                 [[r[0]] + [f"{x:.1f}" for x in r[1:]] for r in LE])
LEI = [("m", "Male life expectancy", ["male life"]), ("f", "Female life expectancy", ["female life"]),
       ("hle_m", "Male healthy life expectancy", ["male healthy"]),
       ("hle_f", "Female healthy life expectancy", ["female healthy"])]
for cells, r in zip(idx, LE):
    for (key, meas, kw), i, x in zip(LEI, cells[1:], r[1:]):
        H.at(i, f"le_{slug(r[0])}_{key}", "life_expectancy", r[0], "2022-24", meas, kw, f"{x:.1f}", "years")

H.add(f"3.3\tTable 2 compares the gap in life expectancy between the most and least deprived tenths of each area. "
      f"Men in the most deprived tenth of Fernhallow live {GAP[0][1]} years less than men in the least deprived "
      f"tenth (East Midlands {GAP[1][1]} years, England {GAP[2][1]} years); the gap for women is {GAP[0][2]} years "
      f"(England {GAP[2][2]} years). The gap in healthy life expectancy is wider still: {GAP[0][3]} years for men and "
      f"{GAP[0][4]} years for women.")
GAPI = [("m", "Gap in male life expectancy, most v least deprived", ["gap"]),
        ("f", "Gap in female life expectancy, most v least deprived", ["gap"]),
        ("hle_m", "Gap in male healthy life expectancy, most v least deprived", ["gap"]),
        ("hle_f", "Gap in female healthy life expectancy, most v least deprived", ["gap"])]
idx = word_table("Table 2: Gap between the most and least deprived tenths, 2022-24 (years)",
                 ["Area", "Male life expectancy gap", "Female life expectancy gap",
                  "Male healthy life expectancy gap", "Female healthy life expectancy gap"],
                 [[r[0]] + [f"{x:.1f}" for x in r[1:]] for r in GAP])
for cells, r in zip(idx, GAP):
    for (key, meas, kw), i, x in zip(GAPI, cells[1:], r[1:]):
        H.at(i, f"gap_{slug(r[0])}_{key}", "life_expectancy", r[0], "2022-24", meas, kw, f"{x:.1f}", "years")

H.add("3.4\tTable 3 shows the two ends of the city's distribution; the most deprived tenth is concentrated in "
      "Brennock and Saltersgate, within about 2 miles of the city centre.")
idx = word_table("Table 3: Life expectancy in the most and least deprived tenths of Fernhallow, 2022-24 (years)",
                 ["", "Male life expectancy", "Female life expectancy", "Male healthy life expectancy",
                  "Female healthy life expectancy"],
                 [[r[0]] + [f"{x:.1f}" for x in r[1:]] for r in DEP])
for cells, r, tag in zip(idx, DEP, ("most", "least", "gap")):
    for (key, meas, kw), i, x in zip(LEI, cells[1:], r[1:]):
        if tag == "gap":
            meas2, kw2 = f"Gap in {meas[0].lower()}{meas[1:]}, most v least deprived tenth", ["gap"]
        else:
            meas2, kw2 = f"{meas}, {tag} deprived tenth", kw + [f"{tag} deprived"]
        H.at(i, f"dep_{tag}_{key}", "life_expectancy", FH, "2022-24", meas2, kw2, f"{x:.1f}", "years")

H.add("Wider determinants of health")
H.add("4.1\tTable 4 compares the five neighbourhoods with the city, the East Midlands and England on five "
      "indicators from the wider determinants profile (https://fingertips.phe.org.uk/profile/wider-determinants/"
      "data#page/1/gid/1938133043/ati/502/are/E06000047). A '*' marks a figure suppressed because fewer than 10 "
      "households were counted and '..' a survey sample too small to publish.")
idx = word_table("Table 4: Wider determinants of health by neighbourhood",
                 ["Area", "Walking for travel (%)", "PM2.5 (µg/m³)", "Employment rate, aged 16-64 (%)",
                  "Temporary accommodation per 1,000 households", "Fuel poverty (%)"],
                 [[r[0]] + [x if isinstance(x, str) else f"{x:.1f}" for x in r[1:]] for r in WD])
for cells, r in zip(idx, WD):
    for (key, meas, kw, per, unit), i, x in zip(WDI, cells[1:], r[1:]):
        if not isinstance(x, str):
            H.at(i, f"wd_{slug(r[0])}_{key}", "wider_determinants", r[0], per, meas, kw, f"{x:.1f}", unit)

B, W = WDm["Brennock"], WDm
for x in [
    f"4.2\tBrennock has the lowest employment rate, {B[3]}% of people aged 16-64, against {W[FH][3]}% for the city "
    f"and {W[ENG][3]}% in England.",
    f"4.3\tFuel poverty is highest in Brennock ({B[5]}% of households; England {W[ENG][5]}%), {fuel_pp} percentage "
    f"points above the city average of {W[FH][5]}%.",
    f"4.4\tFine particulate matter (PM2.5) averages {W[FH][2]} µg/m³ across the city, above the East Midlands "
    f"({W[EM][2]}) and England ({W[ENG][2]}), and is highest in Saltersgate ({W['Saltersgate'][2]} µg/m³), beside "
    "the A52 inner ring road.",
    f"4.5\tThe city places {W[FH][4]} households per 1,000 in temporary accommodation (England {W[ENG][4]}); the "
    f"rate in Brennock is {B[4]}. Kilnworth's figure is suppressed.",
    f"4.6\t{W[FH][1]}% of adults in Fernhallow walk for travel at least three days a week, well above England "
    f"({W[ENG][1]}%); the Wyecross sample was too small to publish.",
    "Better Care Fund 2026/27",
    f"5.1\tThe pooled Better Care Fund for 2026/27 is £{BT[1] / 1000:.1f}m, £{b_chg / 1000:.1f}m more than in "
    f"2025/26 (an increase of {b_pct}%). Table 5 sets out the 11 lines of the plan.",
]:
    H.add(x)
idx = word_table("Table 5: Better Care Fund by scheme, 2025/26 and 2026/27 (£000)",
                 ["Scheme", "2025/26", "2026/27", "Change"],
                 [[r[0], "-" if r[3] is None else money(r[3]), money(r[4]),
                   "n/a" if r[3] is None else money(r[4] - r[3])] for r in BCF])
for cells, r in zip(idx, BCF):
    p = slug(r[1].removeprefix("NHS minimum contribution: "))
    H.at(cells[2], f"bcf_{p}_2627", "bcf", FH, "2026/27", r[1], r[2], money(r[4]), "£k")
    if r[3] is not None:
        H.at(cells[1], f"bcf_{p}_2526", "bcf", FH, "2025/26", r[1], r[2], money(r[3]), "£k")
        H.at(cells[3], f"bcf_{p}_chg", "bcf", FH, "2026/27", f"{r[1]} change on 2025/26", ["change"],
             money(r[4] - r[3]), "£k")
for x in [
    f"5.2\tThe two Discharge Fund lines rise by £{disch}k together, to £{disch_tot:,}k. Virtual wards (step-up) is a "
    f"new scheme of £{BCF[8][4]}k, and assistive technology falls by £{at_fall}k as the analogue-to-digital "
    "switchover completes.",
    "Background papers",
    "Fernhallow JSNA 2026, chapter 4: https://www.fernhallow.gov.uk/jsna/2026/chapter-4",
    "BCF planning requirements 2026/27: https://www.england.nhs.uk/publication/better-care-fund-planning-"
    "requirements-2026-27/",
]:
    H.add(x)

# ---- HWB prose facts
H.fact("kf_pop", "headline", FH, "mid-2025", "Residents (mid-2025 estimate)", ["residents"], f"{POP:,}", "count",
       "residents (mid-2025")
H.fact("kf_deprived", "headline", FH, "2025", "Residents in the most deprived fifth of neighbourhoods",
       ["deprived"], f"{DEPRIVED}%", "%", f"{DEPRIVED}% of whom")
H.fact("s_le_m", "life_expectancy", FH, "2022-24", "Life expectancy, men (years men can expect to live)",
       ["life expectancy", "men", "live"], f"{fh[1]}", "years",
       "Men in Fernhallow can expect")
H.fact("s_le_f", "life_expectancy", FH, "2022-24", "Life expectancy, women", ["life expectancy", "women"], f"{fh[2]}", "years",
       f"and women {fh[2]} years, {g_eng_m}")
H.fact("s_gap_eng_m", "life_expectancy", FH, "2022-24", "Male life expectancy, years less than England",
       ["less than", "england"], f"{g_eng_m}", "years", f"years, {g_eng_m} and {g_eng_f} years")
H.fact("s_gap_eng_f", "life_expectancy", FH, "2022-24", "Female life expectancy, years less than England",
       ["less than", "england"], f"{g_eng_f}", "years", f"{g_eng_f} years less than the England")
H.fact("s_gap_nb_m", "life_expectancy", "Brennock", "2022-24", "Years less men in Brennock live than in Wyecross",
       ["less"], f"{g_nb_m}", "years", f"Brennock live {g_nb_m} years less")
H.fact("s_hle_br", "life_expectancy", "Brennock", "2022-24", "Male healthy life expectancy", ["healthy"],
       f"{br[3]}", "years", f"men in Brennock is {br[3]} years")
H.fact("s_hle_gap", "life_expectancy", "Brennock", "2022-24", "Male healthy life expectancy below Wyecross",
       ["healthy", "below"], f"{g_hle}", "years", f"{g_hle} years below Wyecross")
H.fact("s_emp_br", "wider_determinants", "Brennock", "2025", "Employment rate", ["employment"],
       f"{B[3]}%", "%", f"Brennock is {B[3]}%")
H.fact("s_emp_pp", "wider_determinants", "Brennock", "2025", "Employment rate gap to England (percentage points)",
       ["percentage points"], f"{emp_pp}", "percentage points", f"{emp_pp} percentage points below")
H.fact("s_emp_eng", "wider_determinants", ENG, "2025", "Employment rate", ["employment"], f"{W[ENG][3]}%", "%",
       f"below England ({W[ENG][3]}%)")
H.fact("s_bcf", "bcf", FH, "2026/27", "Better Care Fund", ["better care fund"], f"£{BT[1] / 1000:.1f}m", "£m",
       "The Better Care Fund for 2026/27 is")
H.fact("s_bcf_chg", "bcf", FH, "2026/27", "Better Care Fund increase, more than in 2025/26", ["more", "increase"],
       f"£{b_chg / 1000:.1f}m", "£m", f"£{b_chg / 1000:.1f}m ({b_pct}%)")
H.fact("s_bcf_pct", "bcf", FH, "2026/27", "Better Care Fund percentage increase, more than in 2025/26",
       ["more", "increase"],
       f"{b_pct}%", "%", f"({b_pct}%) more")
a = "3.1\tLife expectancy at birth"
H.fact("p_le_m", "life_expectancy", FH, "2022-24", "Life expectancy, men", ["men", "life expectancy"], f"{fh[1]}",
       "years", a)
H.fact("p_le_f", "life_expectancy", FH, "2022-24", "Life expectancy, women", ["women", "life expectancy"],
       f"{fh[2]}", "years", a)
H.fact("p_le_em_m", "life_expectancy", EM, "2022-24", "Life expectancy, men", ["men", "life expectancy"],
       f"{em[1]}", "years", a)
H.fact("p_le_em_f", "life_expectancy", EM, "2022-24", "Life expectancy, women", ["women", "life expectancy"],
       f"{em[2]}", "years", a)
H.fact("p_le_eng_m", "life_expectancy", ENG, "2022-24", "Life expectancy, men", ["men", "life expectancy"],
       f"{en[1]}", "years", a)
H.fact("p_le_eng_f", "life_expectancy", ENG, "2022-24", "Life expectancy, women", ["women", "life expectancy"],
       f"{en[2]}", "years", a)
H.fact("p_hle_m", "life_expectancy", FH, "2022-24", "Male healthy life expectancy", ["healthy"], f"{fh[3]}",
       "years", a)
H.fact("p_hle_f", "life_expectancy", FH, "2022-24", "Female healthy life expectancy", ["healthy"], f"{fh[4]}",
       "years", a)
H.fact("p_hle_eng_m", "life_expectancy", ENG, "2022-24", "Male healthy life expectancy", ["healthy"], f"{en[3]}",
       "years", a)
H.fact("p_hle_eng_f", "life_expectancy", ENG, "2022-24", "Female healthy life expectancy", ["healthy"], f"{en[4]}",
       "years", a)
a = "3.2\tWithin the city"
H.fact("p_le_br_m", "life_expectancy", "Brennock", "2022-24", "Male life expectancy", ["male life"], f"{br[1]}",
       "years", a)
H.fact("p_le_wy_m", "life_expectancy", "Wyecross", "2022-24", "Male life expectancy", ["male life"], f"{wy[1]}",
       "years", a)
H.fact("p_le_gap_nb_m", "life_expectancy", FH, "2022-24", "Gap in male life expectancy between neighbourhoods",
       ["gap"], f"{g_nb_m}", "years", a)
H.fact("p_le_br_f", "life_expectancy", "Brennock", "2022-24", "Life expectancy, women", ["women", "life expectancy"],
       f"{br[2]}", "years", a)
H.fact("p_le_wy_f", "life_expectancy", "Wyecross", "2022-24", "Life expectancy, women", ["women", "life expectancy"],
       f"{wy[2]}", "years", a)
H.fact("p_le_gap_nb_f", "life_expectancy", FH, "2022-24", "Gap in female life expectancy between neighbourhoods",
       ["gap"], f"{g_nb_f}", "years", a)
a = "3.3\tTable 2 compares"
H.fact("p_gap_m", "life_expectancy", FH, "2022-24", "Gap in life expectancy, most v least deprived: years men live less",
       ["gap", "less", "men"], f"{GAP[0][1]}", "years", a)
H.fact("p_gap_em_m", "life_expectancy", EM, "2022-24", "Gap in life expectancy, most v least deprived: years men live less",
       ["gap", "less", "men"], f"{GAP[1][1]}", "years", a)
H.fact("p_gap_eng_m", "life_expectancy", ENG, "2022-24", "Gap in life expectancy, most v least deprived: years men live less",
       ["gap", "less", "men"], f"{GAP[2][1]}", "years", a)
H.fact("p_gap_f", "life_expectancy", FH, "2022-24", "Gap in life expectancy, most v least deprived: women",
       ["gap", "women"], f"{GAP[0][2]}", "years", a)
H.fact("p_gap_eng_f", "life_expectancy", ENG, "2022-24", "Gap in life expectancy, most v least deprived: women",
       ["gap", "women"], f"{GAP[2][2]}", "years", a)
H.fact("p_gap_hle_m", "life_expectancy", FH, "2022-24", "Gap in male healthy life expectancy, most v least deprived",
       ["gap", "healthy"], f"{GAP[0][3]}", "years", a)
H.fact("p_gap_hle_f", "life_expectancy", FH, "2022-24",
       "Gap in female healthy life expectancy, most v least deprived", ["gap", "healthy"], f"{GAP[0][4]}", "years", a)
a = "4.2\tBrennock has"
H.fact("p_emp_br", "wider_determinants", "Brennock", "2025", "Employment rate", ["employment"], f"{B[3]}%", "%", a)
H.fact("p_emp_fh", "wider_determinants", FH, "2025", "Employment rate", ["employment"], f"{W[FH][3]}%", "%", a)
H.fact("p_emp_eng", "wider_determinants", ENG, "2025", "Employment rate", ["employment"], f"{W[ENG][3]}%", "%", a)
a = "4.3\tFuel poverty"
H.fact("p_fuel_br", "wider_determinants", "Brennock", "2024", "Households in fuel poverty", ["fuel poverty"],
       f"{B[5]}%", "%", a)
H.fact("p_fuel_eng", "wider_determinants", ENG, "2024", "Households in fuel poverty", ["fuel poverty"],
       f"{W[ENG][5]}%", "%", a)
H.fact("p_fuel_pp", "wider_determinants", "Brennock", "2024", "Fuel poverty above the city (percentage points)",
       ["fuel poverty", "percentage points"], f"{fuel_pp}", "percentage points", a)
H.fact("p_fuel_fh", "wider_determinants", FH, "2024", "Households in fuel poverty", ["fuel poverty"],
       f"{W[FH][5]}%", "%", a)
a = "4.4\tFine particulate"
for fid, area, v in (("p_pm_fh", FH, W[FH][2]), ("p_pm_em", EM, W[EM][2]), ("p_pm_eng", ENG, W[ENG][2]),
                     ("p_pm_sal", "Saltersgate", W["Saltersgate"][2])):
    H.fact(fid, "wider_determinants", area, "2024", "Fine particulate matter (PM2.5)", ["particulate", "pm2.5"],
           f"{v}", "µg/m³", a)
a = "4.5\tThe city places"
for fid, area, v in (("p_ta_fh", FH, W[FH][4]), ("p_ta_eng", ENG, W[ENG][4]), ("p_ta_br", "Brennock", B[4])):
    H.fact(fid, "wider_determinants", area, "2025/26", "Households in temporary accommodation per 1,000",
           ["temporary"], f"{v}", "per 1,000", a)
a = "of adults in Fernhallow walk"
H.fact("p_walk_fh", "wider_determinants", FH, "2024/25", "Adults walking for travel", ["walk"], f"{W[FH][1]}%", "%",
       a)
H.fact("p_walk_eng", "wider_determinants", ENG, "2024/25", "Adults walking for travel", ["walk"], f"{W[ENG][1]}%",
       "%", a)
a = "5.1\tThe pooled"
H.fact("p_bcf", "bcf", FH, "2026/27", "Pooled Better Care Fund", ["pooled", "better care fund"],
       f"£{BT[1] / 1000:.1f}m", "£m", a)
H.fact("p_bcf_chg", "bcf", FH, "2026/27", "Better Care Fund increase, more than in 2025/26", ["more", "increase"],
       f"£{b_chg / 1000:.1f}m", "£m", a)
H.fact("p_bcf_pct", "bcf", FH, "2026/27", "Better Care Fund percentage increase on 2025/26", ["increase"],
       f"{b_pct}%", "%", a)
a = "5.2\tThe two Discharge"
H.fact("p_disch_rise", "bcf", FH, "2026/27", "Discharge Fund rise on 2025/26", ["discharge"], f"£{disch}k", "£k", a)
H.fact("p_disch_tot", "bcf", FH, "2026/27", "Discharge Fund", ["discharge"], f"£{disch_tot:,}k", "£k", a)
H.fact("p_vw", "bcf", FH, "2026/27", "Virtual wards (step-up)", ["virtual wards"], f"£{BCF[8][4]}k", "£k", a)
H.fact("p_at_fall", "bcf", FH, "2026/27", "Assistive technology fall on 2025/26", ["assistive"], f"£{at_fall}k",
       "£k", a)

ids = [f["id"] for f in FACTS]
if len(set(ids)) != len(ids):
    sys.exit(f"duplicate ids: {sorted({i for i in ids if ids.count(i) > 1})}")
for name, lines in OUT.items():
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh_:
        fh_.write("\n".join(lines) + "\n")
with open(os.path.join(HERE, "facts.jsonl"), "w", encoding="utf-8") as fh_:
    for f in FACTS:
        fh_.write(json.dumps(f, ensure_ascii=False) + "\n")
print({k: len(v) for k, v in OUT.items()}, len(FACTS), "facts",
      {k: sum(f["file"] == k for f in FACTS) for k in OUT})
