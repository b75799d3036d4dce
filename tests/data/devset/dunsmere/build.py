#!/usr/bin/env python3
"""Write the Dunsmere packs (`antiword` of the ICB's Word report to the HOSC; Python `html2text` of the council's
HWB report page) and facts.jsonl.

Tables are given as their numbers; totals, subtotals, changes, gaps, variances and rates are computed here so that
they add up, then printed as the tool would.  The HOSC pack is laid out as antiword 0.37 prints a .doc in text mode
(prose wrapped at 76 characters, tables as `|cell   |cell   |` rows with no rules, wrapped cells continued on extra
physical lines of the row, merged header cells printed in their first column, a form feed at a page break).  The
HWB pack is the real output of html2text 2025.4.15 with its default settings (`pip install html2text==2025.4.15`)
for the HTML page written below, so the layout is the tool's own.  Each table fact is placed on the physical line
holding its printed cell (antiword: a row's first line, where its numbers are; html2text: the row's one line); each
prose fact by an anchor that must match exactly one line.  Written and run before any loader read the packs.  Run
from this folder.
"""

import json
import os
import re
import sys
import textwrap

try:
    import html2text
except ImportError:  # the HWB pack is html2text's own output
    sys.exit("build.py needs html2text (pip install html2text==2025.4.15)")

HERE = os.path.dirname(os.path.abspath(__file__))
FACTS: list[dict] = []
OUT: dict[str, list[str]] = {}
DM, WM, ENG = "Dunsmere", "West Midlands", "England"
ICB = "Dunsmere and Wyvern ICB"
DIST = ["Orlescote", "Mortwich", "Cheswold Vale", "Bromhale", "Stallbrook", "Ruckley and Wenham"]
NUM = r"(?<![\w.,£])%s(?![\w]|[.,]\d)"


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
    """QIPP style: a negative in brackets."""
    return f"({abs(x):.1f})" if x < 0 else f"{x:.1f}"


def mi(x):
    """Primary care style: a negative with a minus sign, thousands separated."""
    return f"-{abs(x):,}" if x < 0 else f"{x:,}"


def chg(new, old):
    return round((new / old - 1) * 100, 1)


def slug(s, n=18):
    return re.sub(r"\W+", "_", s.lower()).strip("_")[:n].strip("_")


class Pack:
    def __init__(self, name):
        self.name = name
        self.lines: list[str] = []
        OUT[name] = self.lines

    def add(self, line=""):
        self.lines.append(line.rstrip() if not line.endswith("  ") else line)
        return len(self.lines) - 1

    def find(self, anchor, start=0, prefix=False):
        hits = [i for i, x in enumerate(self.lines) if i >= start and
                (x.replace("\f", "").startswith(anchor) if prefix else anchor in x)]
        if not hits or (not prefix and len(hits) != 1):
            open(f"/tmp/dbg_{self.name}", "w").write("\n".join(self.lines))
            sys.exit(f"anchor {anchor!r} in {self.name} after line {start + 1}: {[h + 1 for h in hits]}")
        return hits[0]

    def fact(self, fid, dataset, area, period, measure, kw, printed, unit, anchor, rag=None):
        self.at(self.find(anchor), fid, dataset, area, period, measure, kw, printed, unit, rag)

    def at(self, i, fid, dataset, area, period, measure, kw, printed, unit, rag=None):
        line = self.lines[i].replace("\f", "")
        if len(re.findall(NUM % re.escape(printed), line)) < 1:
            sys.exit(f"{printed!r} not on {self.name}:{i + 1}: {line!r}")
        v = num(printed)
        bare = re.sub(r"[^\d.]", "", printed)
        if v == int(v) and "." not in bare:
            v = int(v)
        FACTS.append({"id": fid, "file": self.name, "dataset": dataset, "area": area, "period": period,
                      "measure": measure, "measure_keywords": kw, "value": v, "unit": unit, "rag": rag,
                      "line": i + 1, "quote": line.strip(), "printed": printed})


# ============ Pack 1: HOSC 15 April 2026 (antiword of the ICB's Word report) ============
P = Pack("dunsmere_hosc_2026-04-15.txt")


def para(text, num_=None):
    """A paragraph as antiword prints it: wrapped at 76 characters, no indent; a numbered paragraph's number and
    two spaces (Word's tab after an automatic number) start its first line.  A blank line follows."""
    text = " ".join(text.split())
    if num_:
        text = f"{num_}  {text}"
    for x in textwrap.wrap(text, 76, break_on_hyphens=False):
        P.add(x)
    P.add()


def bullet(text):
    """A bulleted paragraph: antiword's `o` and the hanging indent."""
    for k, x in enumerate(textwrap.wrap(" ".join(text.split()), 73, break_on_hyphens=False)):
        P.add(("o  " if k == 0 else "   ") + x)


def plain(*lines):
    for x in lines:
        P.add(x)


def page_break():
    """antiword writes a form feed where the document has a page break: the next line starts with it (moved there
    when the file is written)."""
    P.lines[-1] += "\f"


def aw_table(widths, rows):
    """Each row of cells printed as antiword does: `|` before every cell and after the last, each cell wrapped to
    its column width and padded to it; a wrapped cell gives the row extra physical lines on which the other cells
    are blank.  No rules between rows.  A cell may be given as a list of its lines.  Returns each row's first
    line index."""
    firsts = []
    for row in rows:
        cells = [c if isinstance(c, list) else (textwrap.wrap(c, w, break_on_hyphens=False) or [""])
                 for c, w in zip(row, widths)]
        for c, w in zip(cells, widths):
            assert all(len(x) <= w for x in c), (c, w)
        n = max(len(c) for c in cells)
        first = None
        for k in range(n):
            i = P.add("|" + "|".join((c[k] if k < len(c) else "").ljust(w) for c, w in zip(cells, widths)) + "|")
            first = i if first is None else first
        firsts.append(first)
    return firsts


plain("Dunsmere County Council", "", "Health Overview and Scrutiny Committee", "", "Wednesday 15 April 2026", "",
      "Agenda item 8", "")
para("Dunsmere and Wyvern Integrated Care Board: efficiency programme, primary care and performance report")
para("Report of the Chief Finance Officer and the Director of Primary and Community Care, Dunsmere and Wyvern "
     "Integrated Care Board (ICB)")
para("Contact officer: Rosalind Whitcombe, Head of Governance, telephone 01632 960 417, "
     "rosalind.whitcombe@nhs.net")
plain("Contents", "")
aw_table([44, 6], [["Section", "Page"], ["1. Purpose of the report", "1"], ["2. Efficiency (QIPP) programme 2025/26", "2"],
                   ["3. Delegated primary medical care", "3"], ["4. Additional Roles Reimbursement Scheme", "3"],
                   ["5. General practice workforce", "4"], ["6. Performance scorecard", "5"],
                   ["7. Recommendations", "6"]])
P.add()
plain("1. Purpose of the report", "")
para("This report updates the Committee on the ICB's efficiency (QIPP) programme at month 11 (February 2026), the "
     "delegated primary medical care budget, the Additional Roles Reimbursement Scheme (ARRS), the general practice "
     "workforce in Dunsmere and the ICB's performance scorecard. It follows the report considered by the Committee "
     "on 21 January 2026 (minute 52/25).", "1.1")
para("Dunsmere and Wyvern ICB also serves Wyvern; unless a table says otherwise, the finance and performance "
     "figures are for the whole ICB and the primary care workforce figures are for Dunsmere.", "1.2")
page_break()

# ---- QIPP
Q = [
    ("Elective care productivity", 14.2, 12.6, 11.4, 12.9, "Amber"),
    ("Medicines optimisation", 10.8, 9.8, 10.3, 11.2, "Green"),
    ("Continuing healthcare", 8.6, 7.7, 5.9, 6.8, "Red"),
    ("Urgent and emergency care flow", 7.4, 6.6, 6.1, 6.9, "Amber"),
    ("Workforce: agency and bank", 9.3, 8.4, 8.8, 9.6, "Green"),
    ("Mental health out of area placements", 4.1, 3.6, 1.9, 2.3, "Red"),
    ("Estates and corporate costs", 3.5, 3.1, 3.1, 3.5, "Green"),
]
QT = [round(sum(r[k] for r in Q), 1) for k in (1, 2, 3, 4)]
Q.append(("Total", *QT, "Amber"))
q_pct = round(QT[2] / QT[1] * 100, 1)
q_gap = round(QT[3] - QT[0], 1)
NONREC = 7.1
plain("2. Efficiency (QIPP) programme 2025/26", "")
para(f"The ICB's efficiency (QIPP) requirement for 2025/26 is £{QT[0]}m. At month 11 it has delivered £{QT[2]}m "
     f"against a plan to date of £{QT[1]}m ({q_pct}% of plan). The forecast outturn is £{QT[3]}m, £{abs(q_gap)}m "
     f"short of the requirement, and £{NONREC}m of the savings delivered so far are non-recurrent.", "2.1")
nred = sum(r[5] == "Red" for r in Q[:-1])
para(f"{['No', 'One', 'Two', 'Three'][nred]} schemes are rated red in Table 1: continuing healthcare and mental "
     "health out of area placements. Recovery actions are set out in paragraph 2.3 and, scheme by scheme, in Appendix 2.", "2.2")
para("The recovery actions for the two red schemes are:", "2.3")
bullet(f"continuing healthcare, forecast to deliver £{Q[2][4]}m against its £{Q[2][1]}m target: a review of the "
       "146 highest-cost packages of care, to be complete by 31 May 2026;")
bullet(f"mental health out of area placements, forecast to deliver £{Q[5][4]}m against £{Q[5][1]}m: 12 additional "
       "local beds at the Mortwich unit from 1 June 2026.")
P.add()
plain("Table 1: QIPP schemes, Dunsmere and Wyvern ICB, month 11 2025/26 (£m)", "")
QW = [26, 7, 8, 9, 8, 8, 5]
rows = [["", "", "Month 11", "", "Year end", "", ""],
        ["Scheme", "Annual target", "Plan to date", "Delivered to date", "Forecast outturn", "Variance", "RAG"]]
rows += [[r[0], f"{r[1]:.1f}", f"{r[2]:.1f}", f"{r[3]:.1f}", f"{r[4]:.1f}", br(round(r[4] - r[1], 1)), r[5]]
         for r in Q]
firsts = aw_table(QW, rows)[2:]
for i, r in zip(firsts, Q):
    p = slug(r[0])
    var = br(round(r[4] - r[1], 1))
    P.at(i, f"q_{p}_target", "qipp", ICB, "2025/26", f"{r[0]} QIPP annual target", ["target"], f"{r[1]:.1f}", "£m")
    P.at(i, f"q_{p}_plan", "qipp", ICB, "Month 11 2025/26", f"{r[0]} QIPP plan to date", ["plan"], f"{r[2]:.1f}",
         "£m")
    P.at(i, f"q_{p}_delivered", "qipp", ICB, "Month 11 2025/26", f"{r[0]} QIPP delivered to date", ["delivered"],
         f"{r[3]:.1f}", "£m")
    P.at(i, f"q_{p}_forecast", "qipp", ICB, "2025/26", f"{r[0]} QIPP forecast outturn", ["forecast"], f"{r[4]:.1f}",
         "£m", r[5])
    P.at(i, f"q_{p}_var", "qipp", ICB, "2025/26", f"{r[0]} QIPP forecast variance against target", ["variance"],
         var, "£m")
P.add()
para("Variance is the forecast outturn less the annual target; a shortfall is shown in brackets. Source: ICB "
     "finance report, month 11.")
plain("[pic]", "")
plain("Figure 1: QIPP savings delivered by month, April 2025 to February 2026 (£m)", "")
for fid, k, kw, printed, anchor in [
        ("q_chc_fcst_bullet", 2, ["forecast"], f"£{Q[2][4]}m", f"deliver £{Q[2][4]}m"),
        ("q_chc_target_bullet", 2, ["target"], f"£{Q[2][1]}m", f"its £{Q[2][1]}m"),
        ("q_mh_fcst_bullet", 5, ["forecast"], f"£{Q[5][4]}m", f"deliver £{Q[5][4]}m"),
        ("q_mh_target_bullet", 5, ["target"], f"£{Q[5][1]}m", f"£{Q[5][1]}m:")]:
    what = "forecast outturn" if "forecast" in kw else "annual target"
    P.fact(fid, "qipp", ICB, "2025/26", f"{Q[k][0]} QIPP {what}", kw, printed, "£m", anchor)
P.fact("q_target_prose", "qipp", ICB, "2025/26", "QIPP requirement", ["requirement", "qipp"], f"£{QT[0]}m", "£m",
       f"2025/26 is £{QT[0]}m")
P.fact("q_deliv_prose", "qipp", ICB, "Month 11 2025/26", "QIPP delivered to date", ["delivered"], f"£{QT[2]}m", "£m",
       f"delivered £{QT[2]}m")
P.fact("q_plan_prose", "qipp", ICB, "Month 11 2025/26", "QIPP plan to date", ["plan"], f"£{QT[1]}m", "£m",
       f"date of £{QT[1]}m")
P.fact("q_pct_prose", "qipp", ICB, "Month 11 2025/26", "QIPP delivered as a percentage of plan", ["plan", "delivered"],
       f"{q_pct}%", "%", f"({q_pct}% of plan)")
P.fact("q_fcst_prose", "qipp", ICB, "2025/26", "QIPP forecast outturn", ["forecast"], f"£{QT[3]}m", "£m",
       f"outturn is £{QT[3]}m")
P.fact("q_gap_prose", "qipp", ICB, "2025/26", "QIPP forecast shortfall against the requirement", ["short", "shortfall"],
       f"£{abs(q_gap)}m", "£m", f"£{abs(q_gap)}m")
P.fact("q_nonrec_prose", "qipp", ICB, "Month 11 2025/26", "QIPP savings delivered that are non-recurrent",
       ["non-recurrent"], f"£{NONREC}m", "£m", f"£{NONREC}m")

# ---- delegated primary medical care budget (£000): subtotals and a total
PCA = [
    ("GMS contracts (£112.50 per weighted patient)", "GMS contracts", ["gms"], 96480, 89115),
    ("PMS contracts", "PMS contracts", ["pms"], 21350, 19402),
    ("APMS contracts", "APMS contracts", ["apms"], 6240, 5866),
]
PCB = [
    ("Quality and Outcomes Framework (QOF)", "Quality and Outcomes Framework", ["quality and outcomes", "qof"], 15820,
     14480),
    ("Enhanced services", "Enhanced services", ["enhanced"], 9460, 8305),
    ("Premises cost reimbursements", "Premises cost reimbursements", ["premises"], 13910, 12934),
    ("Dispensing and prescribing fees", "Dispensing and prescribing fees", ["dispensing"], 4380, 4102),
    ("Other GP services (locums at £95.40 per session)", "Other GP services", ["other gp"], 3150, 2611),
]


def pcrow(lab, name, kw, annual, actual):
    return (lab, name, kw, annual, round(annual * 11 / 12), actual)


PCA = [pcrow(*r) for r in PCA]
PCB = [pcrow(*r) for r in PCB]


def subtotal(rows, lab, name, kw):
    return (lab, name, kw, *(sum(r[k] for r in rows) for k in (3, 4, 5)))


SA = subtotal(PCA, "Subtotal: GP contracts", "Subtotal GP contracts", ["subtotal", "contracts"])
SB = subtotal(PCB, "Subtotal: other primary medical care", "Subtotal other primary medical care",
              ["subtotal", "other"])
TOT = ("Total delegated budget", "Total delegated primary medical care budget", ["total", "delegated"],
       *(SA[k] + SB[k] for k in (3, 4, 5)))
PC = PCA + [SA] + PCB + [SB, TOT]
pc_total_m = round(TOT[3] / 1000, 1)
pc_over = TOT[5] - TOT[4]
PC_FCST = 0.6
plain("3. Delegated primary medical care", "")
para(f"The ICB's delegated primary medical care budget for 2025/26 is £{pc_total_m}m. At month 11 spending is "
     f"£{pc_over}k above the budget to date, mainly on GMS contracts after the 2025/26 contract uplift and on "
     f"premises; the forecast for the year is an overspend of £{PC_FCST}m (Table 2).", "3.1")
plain("Table 2: Delegated primary medical care budget, month 11 2025/26 (£000)", "")
PW = [27, 8, 9, 9, 9]
rows = [["Budget line", "Annual budget", "Month 11", "", ""], ["", "", "Budget", "Actual", "Variance"]]
rows += [[r[0], f0(r[3]), f0(r[4]), f0(r[5]), mi(r[4] - r[5])] for r in PC]
firsts = aw_table(PW, rows)[2:]
for i, r in zip(firsts, PC):
    p = slug(r[1])
    P.at(i, f"pc_{p}_annual", "primary_care_budgets", ICB, "2025/26", f"{r[1]} annual budget", ["budget"], f0(r[3]),
         "£000")
    P.at(i, f"pc_{p}_ytdbud", "primary_care_budgets", ICB, "Month 11 2025/26", f"{r[1]} budget to month 11",
         ["budget"], f0(r[4]), "£000")
    P.at(i, f"pc_{p}_actual", "primary_care_budgets", ICB, "Month 11 2025/26", f"{r[1]} actual to month 11",
         ["actual"], f0(r[5]), "£000")
    P.at(i, f"pc_{p}_var", "primary_care_budgets", ICB, "Month 11 2025/26", f"{r[1]} variance to month 11",
         ["variance"], mi(r[4] - r[5]), "£000")
P.add()
para("Variance is the budget to date less the actual spending to date: a minus sign shows spending above budget.")
P.fact("pc_total_prose", "primary_care_budgets", ICB, "2025/26", "Delegated primary medical care budget",
       ["budget", "delegated"], f"£{pc_total_m}m", "£m", f"2025/26 is £{pc_total_m}m")
P.fact("pc_over_prose", "primary_care_budgets", ICB, "Month 11 2025/26",
       "Delegated primary care spending above budget to date", ["above budget", "above"], f"£{pc_over}k", "£k",
       f"£{pc_over}k above")
P.fact("pc_fcst_prose", "primary_care_budgets", ICB, "2025/26", "Delegated primary care forecast overspend",
       ["overspend"], f"£{PC_FCST}m", "£m", f"overspend of £{PC_FCST}m")

# ---- ARRS by PCN: the table runs over a page break and is continued with its header repeated
ARRS = [("Orlescote PCN", 1846200, 1512340), ("Mortwich Central PCN", 1402750, 1198410),
        ("Mortwich Rural PCN", 987300, 702150), ("Cheswold Vale PCN", 1265900, 1093480),
        ("Bromhale PCN", 1118450, 951200), ("Stallbrook Health PCN", 1534600, 1087930),
        ("Ruckley and Wenham PCN", 1210800, 1045660)]
AT = (sum(r[1] for r in ARRS), sum(r[2] for r in ARRS))
ARRS.append(("Total", *AT))
a_pct = round(AT[1] / AT[0] * 100, 1)
n_under = sum(r[2] / r[1] * 100 < 75 for r in ARRS[:-1])
plain("4. Additional Roles Reimbursement Scheme", "")
para(f"The seven primary care networks (PCNs) in Dunsmere have ARRS allocations of £{AT[0] / 1e6:.1f}m for "
     f"2025/26 and had claimed £{AT[1] / 1e6:.1f}m by month 11, {a_pct}% of their allocations. Of the 7 PCNs, "
     f"{n_under} have claimed less than 75% of their allocation; both are recruiting to mental health practitioner "
     "roles jointly with the mental health trust.", "4.1")
plain("Table 3: ARRS allocation and claims by PCN, 2025/26", "")
AW = [24, 13, 13, 8]
AH = [["Primary care network", "Allocation 2025/26", "Claimed to month 11", "Claimed"]]


def arrs_rows(rs):
    return [[r[0], f"£{r[1]:,}", f"£{r[2]:,}", f"{r[2] / r[1] * 100:.1f}%"] for r in rs]


firsts = aw_table(AW, AH + arrs_rows(ARRS[:4]))[1:]
P.add()
page_break()
plain("Table 3 (continued)", "")
firsts += aw_table(AW, AH + arrs_rows(ARRS[4:]))[1:]
for i, r in zip(firsts, ARRS):
    area = DM if r[0] == "Total" else r[0]
    p = slug(r[0])
    P.at(i, f"arrs_{p}_alloc", "pcn_budgets", area, "2025/26", "ARRS allocation", ["allocation"], f"£{r[1]:,}", "£")
    P.at(i, f"arrs_{p}_claimed", "pcn_budgets", area, "Month 11 2025/26", "ARRS claimed to month 11", ["claimed"],
         f"£{r[2]:,}", "£")
    P.at(i, f"arrs_{p}_pct", "pcn_budgets", area, "Month 11 2025/26", "ARRS allocation claimed (%)", ["claimed"],
         f"{r[2] / r[1] * 100:.1f}%", "%")
P.add()
P.fact("arrs_alloc_prose", "pcn_budgets", DM, "2025/26", "ARRS allocations", ["allocation"], f"£{AT[0] / 1e6:.1f}m",
       "£m", f"allocations of £{AT[0] / 1e6:.1f}m")
P.fact("arrs_claim_prose", "pcn_budgets", DM, "Month 11 2025/26", "ARRS claimed by month 11", ["claimed"],
       f"£{AT[1] / 1e6:.1f}m", "£m", f"claimed £{AT[1] / 1e6:.1f}m")
P.fact("arrs_pct_prose", "pcn_budgets", DM, "Month 11 2025/26", "ARRS allocations claimed (%)", ["claimed", "allocation"],
       f"{a_pct}%", "%", f"{a_pct}% of")

# ---- GP workforce by district, with the county, the region and England
GP = [("Orlescote", 55.6, 104380), ("Mortwich", 62.3, 128940), ("Cheswold Vale", 40.8, 71260),
      ("Bromhale", 33.1, 66910), ("Stallbrook", 44.2, 93450), ("Ruckley and Wenham", 33.9, 58720)]
GPT = (round(sum(r[1] for r in GP), 1), sum(r[2] for r in GP))
GP += [(DM, *GPT), (WM, 2843.6, 6418200), (ENG, 28745.3, 63520400)]


def rate(r):
    return f"{r[1] / r[2] * 1000:.2f}"


plain("5. General practice workforce", "")
para(f"Dunsmere has {GPT[0]} full-time equivalent (FTE) fully qualified GPs for {f0(GPT[1])} registered patients, "
     f"{rate(GP[6])} per 1,000 patients, above the West Midlands ({rate(GP[7])}) and England ({rate(GP[8])}). "
     "Table 4 gives the figures by district.", "5.1")
plain("Table 4: GP workforce by district, February 2026", "")
firsts = aw_table([14, 15, 15, 15], [["Area", "GP FTE (fully qualified)", "Registered patients",
                                      "GP FTE per 1,000 patients"]]
                  + [[r[0], f"{r[1]:,.1f}", f0(r[2]), rate(r)] for r in GP])[1:]
for i, r in zip(firsts, GP):
    p = slug(r[0])
    P.at(i, f"gp_{p}_fte", "gp_workforce", r[0], "February 2026", "GP FTE (fully qualified)", ["fte"], f"{r[1]:,.1f}",
         "FTE")
    P.at(i, f"gp_{p}_patients", "gp_workforce", r[0], "February 2026", "Registered patients", ["patients"], f0(r[2]),
         "count")
    P.at(i, f"gp_{p}_rate", "gp_workforce", r[0], "February 2026", "GP FTE per 1,000 patients", ["per 1,000"],
         rate(r), "per 1,000")
P.add()
P.fact("gp_fte_prose", "gp_workforce", DM, "February 2026", "Fully qualified GPs (FTE)", ["gps", "fte"], f"{GPT[0]}",
       "FTE", f"has {GPT[0]} full-time")
P.fact("gp_patients_prose", "gp_workforce", DM, "February 2026", "Registered patients", ["patients"], f0(GPT[1]),
       "count", f"{f0(GPT[1])} registered")
P.fact("gp_rate_prose", "gp_workforce", DM, "February 2026", "GP FTE per 1,000 patients", ["per 1,000"], rate(GP[6]),
       "per 1,000", f"{rate(GP[6])} per 1,000 patients")
P.fact("gp_rate_wm_prose", "gp_workforce", WM, "February 2026", "GP FTE per 1,000 patients", ["per 1,000"],
       rate(GP[7]), "per 1,000", f"Midlands ({rate(GP[7])})")
P.fact("gp_rate_eng_prose", "gp_workforce", ENG, "February 2026", "GP FTE per 1,000 patients", ["per 1,000"],
       rate(GP[8]), "per 1,000", f"England ({rate(GP[8])})")
para("The ICB's primary care workforce plan adds a further 12-15 FTE GPs in Dunsmere by March 2028, through the "
     "ARRS GP scheme and the two training hubs in Mortwich and Stallbrook.", "5.2")
page_break()

# ---- performance scorecard
S = [
    ("A&E: patients seen within 4 hours", ["a&e", "4 hours"], "%", 78.0, 73.6, 74.9, "Amber"),
    ("Ambulance category 2 mean response time (minutes)", ["ambulance", "category 2"], "min", 30.0, 38.4, 35.1, "Red"),
    ("Patients waiting more than 52 weeks for treatment", ["52 weeks"], "count", 0, 1204, 1117, "Red"),
    ("RTT: patients waiting less than 18 weeks", ["rtt", "18 weeks"], "%", 92.0, 60.3, 60.8, "Red"),
    ("Diagnostics: patients waiting 6 weeks or more", ["diagnostic"], "%", 5.0, 18.1, 15.6, "Red"),
    ("Cancer: Faster Diagnosis Standard (28 days)", ["faster diagnosis", "cancer"], "%", 77.0, 78.9, 80.2, "Green"),
    ("Cancer: treatment within 62 days of referral", ["62 days", "cancer"], "%", 75.0, 69.4, None, "Amber"),
    ("NHS Talking Therapies: reliable recovery", ["talking therapies", "recovery"], "%", 48.0, 50.1, 48.7, "Green"),
    ("Dementia diagnosis rate (aged 65+)", ["dementia"], "%", 66.7, 62.9, 63.3, "Amber"),
    ("Patients not meeting the criteria to reside (daily average)", ["criteria to reside"], "count", None, 214, 198,
     None),
]
rc = {k: sum(r[6] == k for r in S) for k in ("Red", "Amber", "Green")}
n_nostd = sum(r[3] is None for r in S)


def sv(x, unit):
    if x is None:
        return None
    return f"{x:.1f}%" if unit == "%" else f"{x:.1f}" if unit == "min" else f0(x)


plain("6. Performance scorecard", "")
para(f"Of the {len(S)} indicators in Table 5, {rc['Red']} are rated red, {rc['Amber']} amber and {rc['Green']} "
     f"green; {['no', 'one', 'two'][n_nostd]} has no national standard. A&E performance improved to "
     f"{sv(S[0][5], '%')} in February against the {S[0][3]:.0f}% standard, and the ambulance category 2 mean "
     f"response time fell to {S[1][5]} minutes.", "6.1")
plain("Table 5: Performance scorecard, Dunsmere and Wyvern ICB", "")
rows = [["Indicator", "Standard", "Jan-26", "Feb-26", "RAG"]]
rows += [[r[0], sv(r[3], r[2]) or "-", sv(r[4], r[2]), sv(r[5], r[2]) or "n/a", r[6] or "-"] for r in S]
firsts = aw_table([30, 9, 8, 8, 7], rows)[1:]
for i, (lab, kw, unit, a, b, c, rag) in zip(firsts, S):
    p = slug(lab)
    u = {"min": "minutes"}.get(unit, unit)
    if a is not None:
        P.at(i, f"sc_{p}_std", "performance", ICB, "2025/26", f"{lab} standard", ["standard"], sv(a, unit), u)
    P.at(i, f"sc_{p}_jan", "performance", ICB, "January 2026", lab, kw, sv(b, unit), u,
         rag if c is None else None)
    if c is not None:
        P.at(i, f"sc_{p}_feb", "performance", ICB, "February 2026", lab, kw, sv(c, unit), u, rag)
P.add()
para("Feb-26 cancer 62-day performance is not yet published (n/a); its rating uses January. A dash shows an "
     "indicator with no national standard.")
P.fact("sc_ae_prose", "performance", ICB, "February 2026", "A&E patients seen within 4 hours", ["a&e"],
       sv(S[0][5], "%"), "%", f"improved to {sv(S[0][5], '%')}")
P.fact("sc_ae_std_prose", "performance", ICB, "2025/26", "A&E 4-hour standard", ["standard", "a&e"],
       f"{S[0][3]:.0f}%", "%", f"the {S[0][3]:.0f}% standard")
P.fact("sc_amb_prose", "performance", ICB, "February 2026", "Ambulance category 2 mean response time",
       ["ambulance", "category 2", "response"], f"{S[1][5]}", "minutes", f"fell to {S[1][5]} minutes")
plain("7. Recommendations", "")
para("The Committee is asked to note the report and to receive a further update at its meeting on 8 July 2026.",
     "7.1")
para("Background papers: ICB Board, 26 March 2026, item 11 (Finance report, month 11).")

# ============ Pack 2: HWB 6 May 2026 (html2text of the council's HTML report page) ============
HWB = "dunsmere_hwb_2026-05-06.txt"
BCF = [
    ("NHS minimum contribution", ["minimum contribution"], 41860, 43590),
    ("Improved Better Care Fund (iBCF)", ["improved", "ibcf"], 15240, 15240),
    ("Disabled Facilities Grant", ["disabled facilities"], 5920, 6310),
    ("Discharge Fund: ICB", ["discharge"], 3180, 3420),
    ("Discharge Fund: local authority", ["discharge"], 2640, 2870),
    ("Additional council contribution", ["additional", "council"], 1850, 2100),
    ("Additional ICB contribution", ["additional", "icb"], 1750, 1300),
    ("Community equipment pooled fund (new)", ["community equipment"], None, 1150),
]
BT = (sum(r[2] or 0 for r in BCF), sum(r[3] for r in BCF))
BCF.append(("Total pooled budget", ["total", "pooled"], *BT))
BCF_M = f"£{BT[1] / 1000:.1f}m"
bcf_up = BT[1] - BT[0]
LE = [
    ("Orlescote", 79.6, 83.3, 8.1, 6.4),
    ("Mortwich", 77.4, 81.6, 11.2, 8.9),
    ("Cheswold Vale", 80.9, 84.1, 6.9, 5.6),
    ("Bromhale", 76.8, 81.2, 10.4, 8.5),
    ("Stallbrook", 79.3, 82.9, 8.8, 7.0),
    ("Ruckley and Wenham", 81.4, 84.7, 6.1, 4.8),
    ("Dunsmere (county)", 79.0, 82.8, 9.6, 7.7),
    ("West Midlands (region)", 78.2, 82.3, 10.1, 8.2),
    ("England", 79.1, 83.1, 9.7, 7.9),
]
WARDS = [
    ("Orlescote Priory", "Orlescote", 80.2, 83.9),
    ("Saltmoor", "Orlescote", 76.1, 80.7),
    ("Mortwich Bridge", "Mortwich", 73.8, 79.0),
    ("St Kenelm's", "Mortwich", 80.5, 84.0),
    ("Cheswold Abbey", "Cheswold Vale", 82.7, 85.6),
    ("Bromhale Common", "Bromhale", 74.9, 79.8),
    ("Stallbrook West", "Stallbrook", 78.4, 82.5),
    ("Wenham Heath", "Ruckley and Wenham", 83.5, 86.4),
]
WD = [
    ("Orlescote", 22.8, 7.3, 76.4, 1.9, 11.8),
    ("Mortwich", 17.2, 8.6, 70.1, 4.8, 15.9),
    ("Cheswold Vale", 24.6, 6.6, 78.8, 1.1, 10.6),
    ("Bromhale", 18.4, 8.1, None, 3.6, 16.4),
    ("Stallbrook", 20.3, 7.5, 74.9, 2.4, 13.2),
    ("Ruckley and Wenham", 25.1, 6.2, 79.3, 0.8, 10.2),
    ("Dunsmere (county)", 21.1, 7.4, 75.2, 2.5, 12.9),
    ("West Midlands (region)", 19.8, 7.6, 73.0, 3.9, 15.8),
    ("England", 22.3, 7.4, 75.7, 5.0, 11.4),
]
WDI = [
    ("walk", "Adults walking for travel at least three days a week", ["walk"], "2023/24", "%"),
    ("pm", "Fine particulate matter (PM2.5)", ["pm2.5", "particulate"], "2023", "µg/m³"),
    ("emp", "Employment rate, aged 16-64", ["employment"], "2024/25", "%"),
    ("ta", "Households in temporary accommodation per 1,000 households", ["temporary"], "2024/25", "per 1,000"),
    ("fuel", "Households in fuel poverty", ["fuel"], "2023", "%"),
]
POP = 598420
gm = round(LE[5][1] - LE[3][1], 1)
gf = round(LE[5][2] - LE[3][2], 1)
wgap = round(WARDS[7][2] - WARDS[2][2], 1)
fpp = round(WD[3][5] - WD[6][5], 1)
nhs_up = chg(BCF[0][3], BCF[0][2])


def cells_pretty(tag, cells):
    inner = "".join(f"\n        <{tag}>{c}</{tag}>" for c in cells)
    return f"\n      <tr>{inner}\n      </tr>"


def table(header, rows, pretty=True, bold_last=False):
    """A CMS table: pretty-printed source (html2text then writes ` | ` between cells) or compact source pasted from
    a word processor (html2text writes `| `)."""
    if pretty:
        body = "".join(cells_pretty("td", [f"<strong>{c}</strong>" if bold_last and k == len(rows) - 1 and c else c
                                           for c in r]) for k, r in enumerate(rows))
        return (f"\n<table class=\"data\">\n  <thead>{cells_pretty('th', header)}\n  </thead>\n  <tbody>{body}\n"
                "  </tbody>\n</table>\n")
    head = "<tr>" + "".join(f"<th>{c}</th>" for c in header) + "</tr>"
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f"\n<table>{head}{body}</table>\n"


def fmt(x, d=1):
    return "n/a" if x is None else f"{x:.{d}f}"


bcf_rows = []
for name, kw, a, b in BCF:
    if a is None:
        bcf_rows.append([name, "-", f0(b), f0(b), ""])
    else:
        c = chg(b, a)
        bcf_rows.append([name, f0(a), f0(b), f"{b - a:,}" if b >= a else f"-{a - b:,}",
                         f"{c:.1f}" if c >= 0 else f"-{abs(c):.1f}"])

html = f"""<!DOCTYPE html>
<html lang="en">
<head><title>Health and Wellbeing Board: 6 May 2026 | Dunsmere County Council</title></head>
<body>
<p><a href="#main-content">Skip to main content</a></p>
<p><a href="https://www.dunsmere.gov.uk/"><img src="/themes/dcc/logo-2024.svg" alt="Dunsmere County Council"></a></p>
<p><a href="/">Home</a> &gt; <a href="/council-and-democracy">Council and democracy</a> &gt;
<a href="/council-and-democracy/meetings/health-and-wellbeing-board">Health and Wellbeing Board</a></p>
<main id="main-content">
<h1>Health and Wellbeing Board: 6 May 2026</h1>
<p><em>Agenda item 6. Report of the Director of Public Health and the Director of Adult Social Care. Contact:
Imogen Farrant, Public Health Intelligence Manager, 01632 960 855,
<a href="mailto:jsna@dunsmere.gov.uk">jsna@dunsmere.gov.uk</a>.</em></p>
<h2>Summary</h2>
<p>This page sets out the <a href="https://democracy.dunsmere.gov.uk/documents/s52817/Item%206%20BCF%20plan%202025-26.pdf">Better
Care Fund plan 2025/26 (PDF, 2.3 MB)</a> and the findings of the
<a href="https://www.dunsmere.gov.uk/jsna/2026/life-expectancy-and-wider-determinants">Joint Strategic Needs
Assessment (JSNA) chapter on life expectancy and the wider determinants of health</a>. The Board last considered
the JSNA on 11 March 2026 (minute 37).</p>
<h2>Key facts</h2>
<div class="key-facts">
<div class="tile"><p><strong>{f0(POP)}</strong></p><p>residents (mid-2024 estimate)</p></div>
<div class="tile"><p><strong>{LE[6][1]} years</strong></p><p>life expectancy at birth, men (England {LE[8][1]})</p></div>
<div class="tile"><p><strong>{LE[6][2]} years</strong></p><p>life expectancy at birth, women (England {LE[8][2]})</p></div>
<div class="tile"><p><strong>{BCF_M}</strong></p><p>Better Care Fund pooled budget 2025/26</p></div>
<div class="tile"><p><strong>{WD[6][3]}%</strong></p><p>employment rate, aged 16-64 (West Midlands {WD[7][3]}%)</p></div>
<div class="tile"><p><strong>{WD[6][5]}%</strong></p><p>households in fuel poverty</p></div>
</div>
<h2>Better Care Fund 2025/26</h2>
<p>The Better Care Fund (BCF) pools NHS and council budgets for integrated health and social care. The plan follows
the <a href="https://www.england.nhs.uk/publication/better-care-fund-planning-requirements-2025-26/">BCF planning
requirements 2025 to 2026</a> and was approved by NHS England on 14 April 2026.</p>
<p>The pooled budget for 2025/26 is <strong>{BCF_M}</strong>, £{bcf_up / 1000:.1f}m ({chg(BT[1], BT[0])}%) more
than in 2024/25. The NHS minimum contribution rises by {nhs_up}%, and the Additional ICB contribution falls by
£{(BCF[6][2] - BCF[6][3]) * 1000:,} as the ICB moves that funding into the new community equipment pooled fund.</p>
<p><strong>Table 1: Better Care Fund by funding stream, 2024/25 and 2025/26</strong></p>
{table(["Funding stream", "2024/25 (£000)", "2025/26 (£000)", "Change (£000)", "Change (%)"], bcf_rows,
       bold_last=True)}
<p><em>A dash shows a stream that did not exist in 2024/25.</em></p>
<h2>Life expectancy</h2>
<p>Life expectancy at birth in Dunsmere is {LE[6][1]} years for men and {LE[6][2]} years for women (2022-24),
close to England ({LE[8][1]} and {LE[8][2]} years) and above the West Midlands ({LE[7][1]} and {LE[7][2]}
years). Men in Ruckley and Wenham live {gm} years longer than men in Bromhale; for women the gap is {gf} years.
Data: <a href="https://fingertips.phe.org.uk/profile/public-health-outcomes-framework/data#page/4/gid/1000049/pat/6/par/E12000005/ati/502/are/E10000028">OHID
Fingertips, indicator A01b</a>.</p>
<p><img src="/images/jsna/2026/le-by-district-2022-24.png" alt="Chart: life expectancy at birth by district, men and women, 2022-24"></p>
<p><strong>Table 2: Life expectancy at birth and the gap between the most and least deprived tenths (slope index
of inequality), 2022-24, years</strong></p>
{table(["Area", "Male life expectancy", "Female life expectancy",
        "Gap in male life expectancy (most v least deprived)",
        "Gap in female life expectancy (most v least deprived)"],
       [[r[0]] + [fmt(x) for x in r[1:]] for r in LE])}
<h3>Life expectancy by ward</h3>
<p>Life expectancy varies more between wards than between districts. The eight wards below are those with the
lowest and highest values in their district (ward figures are for 2020-24, pooled over five years):</p>
{table(["Ward", "District", "Male (years)", "Female (years)"],
       [[w[0], w[1], fmt(w[2]), fmt(w[3])] for w in WARDS], pretty=False)}
<p>Men in Wenham Heath can expect to live {wgap} years longer than men in Mortwich Bridge, about 11 miles away.</p>
<h2>Wider determinants of health</h2>
<p>The JSNA compares each district with the county, the West Midlands and England on five indicators from the
<a href="https://fingertips.phe.org.uk/profile/wider-determinants/data#page/1/gid/1938133043/pat/15/par/E92000001">wider
determinants profile</a>. Sources and definitions are in
<a href="https://democracy.dunsmere.gov.uk/documents/s52819/Appendix%203.pdf">Appendix 3</a>.</p>
<p><strong>Table 3: Wider determinants by district</strong></p>
{table(["Area", "Walking for travel, 3+ days a week (%) 2023/24", "PM2.5 (µg/m³) 2023",
        "Employment rate, aged 16-64 (%) 2024/25", "Temporary accommodation per 1,000 households 2024/25",
        "Fuel poverty (%) 2023"],
       [[r[0]] + [fmt(x) for x in r[1:]] for r in WD])}
<p><em>n/a: the Annual Population Survey sample for Bromhale is too small to publish.</em></p>
<h3>Key points</h3>
<ul>
<li>Mortwich has the lowest published employment rate, <strong>{WD[1][3]}%</strong> (England {WD[8][3]}%, West Midlands {WD[7][3]}%).</li>
<li>Fuel poverty is highest in Bromhale at {WD[3][5]}%, {fpp} percentage points above the county ({WD[6][5]}%).</li>
<li>Mortwich has {WD[1][4]} households per 1,000 in temporary accommodation (county {WD[6][4]}; England {WD[8][4]}).</li>
<li>Ruckley and Wenham has the most adults walking for travel, {WD[5][1]}% (England {WD[8][1]}%; West Midlands {WD[7][1]}%).</li>
<li>Fine particulate matter (PM2.5) is highest in Mortwich, {WD[1][2]} µg/m³ (West Midlands {WD[7][2]}).</li>
</ul>
<h2>Recommendations</h2>
<p>The Board is asked to:</p>
<ol>
<li>approve the Better Care Fund plan 2025/26 and the 3 schemes reviewed under paragraph 4.3;</li>
<li>endorse the JSNA chapter for publication;</li>
<li>ask for a further report in 6 months.</li>
</ol>
<p>Page last updated: 6 May 2026</p>
<p><a href="#main-content">Back to top</a></p>
</main>
</body>
</html>
"""
text = html2text.html2text(html)
H = Pack(HWB)
for x in text.split("\n"):
    H.lines.append(x)
while H.lines and H.lines[-1] == "":
    H.lines.pop()

# key facts: each tile's value line, its label on the line after the blank line below it
kf = H.find("## Key facts")
for fid, ds, area, per, meas, kw, printed, unit in [
    ("kf_population", "headline", DM, "mid-2024", "Residents (mid-2024 estimate)", ["residents"], f0(POP), "count"),
    ("kf_le_m", "life_expectancy", DM, "2022-24", "Life expectancy at birth, men", ["life expectancy", "men"],
     f"{LE[6][1]}", "years"),
    ("kf_le_f", "life_expectancy", DM, "2022-24", "Life expectancy at birth, women", ["life expectancy", "women"],
     f"{LE[6][2]}", "years"),
    ("kf_bcf", "bcf", DM, "2025/26", "Better Care Fund pooled budget", ["better care fund", "pooled"], BCF_M, "£m"),
    ("kf_emp", "wider_determinants", DM, "2024/25", "Employment rate, aged 16-64", ["employment"], f"{WD[6][3]}%", "%"),
    ("kf_fuel", "wider_determinants", DM, "2023", "Households in fuel poverty", ["fuel poverty"], f"{WD[6][5]}%", "%"),
]:
    H.at(H.find(f"**{printed}", kf, prefix=True), fid, ds, area, per, meas, kw, printed, unit)
H.fact("kf_le_m_eng", "life_expectancy", ENG, "2022-24", "Life expectancy at birth, men", ["life expectancy", "men"],
       f"{LE[8][1]}", "years", f"men (England {LE[8][1]})")
H.fact("kf_le_f_eng", "life_expectancy", ENG, "2022-24", "Life expectancy at birth, women",
       ["life expectancy", "women"], f"{LE[8][2]}", "years", f"women (England {LE[8][2]})")
H.fact("kf_emp_wm", "wider_determinants", WM, "2024/25", "Employment rate, aged 16-64", ["employment"],
       f"{WD[7][3]}%", "%", f"16-64 (West Midlands {WD[7][3]}%)")

# BCF prose and Table 1
H.fact("bcf_total_prose", "bcf", DM, "2025/26", "Better Care Fund pooled budget", ["pooled", "better care fund"],
       BCF_M, "£m", f"2025/26 is **{BCF_M}**")
H.fact("bcf_up_prose", "bcf", DM, "2025/26", "Better Care Fund pooled budget increase on 2024/25",
       ["more", "increase", "pooled"], f"£{bcf_up / 1000:.1f}m", "£m", f"£{bcf_up / 1000:.1f}m (")
H.fact("bcf_growth_prose", "bcf", DM, "2025/26", "Better Care Fund pooled budget change on 2024/25 (%)",
       ["more", "change", "pooled"], f"{chg(BT[1], BT[0])}%", "%", f"({chg(BT[1], BT[0])}%)")
H.fact("bcf_nhs_prose", "bcf", DM, "2025/26", "NHS minimum contribution rise on 2024/25 (%)",
       ["minimum contribution", "rise"], f"{nhs_up}%", "%", f"rises by {nhs_up}%")
fall = f"£{(BCF[6][2] - BCF[6][3]) * 1000:,}"
H.fact("bcf_icb_fall_prose", "bcf", DM, "2025/26", "Additional ICB contribution fall on 2024/25",
       ["additional", "icb", "fall"], fall, "£", fall)
t1 = H.find("**Table 1: Better Care Fund")
for (name, kw, a, b), r in zip(BCF, bcf_rows):
    i = H.find(name if name != "Total pooled budget" else "**Total pooled budget", t1, prefix=True)
    p = slug(name)
    if a is not None:
        H.at(i, f"bcf_{p}_2425", "bcf", DM, "2024/25", name, kw, r[1], "£000")
    H.at(i, f"bcf_{p}_2526", "bcf", DM, "2025/26", name, kw, r[2], "£000")
    H.at(i, f"bcf_{p}_chg", "bcf", DM, "2025/26", f"{name} change on 2024/25 (£000)", ["change"], r[3], "£000")
    if r[4]:
        H.at(i, f"bcf_{p}_chgpct", "bcf", DM, "2025/26", f"{name} change on 2024/25 (%)", ["change"], r[4], "%")

# life expectancy prose, Table 2, wards
H.fact("le_prose_m", "life_expectancy", DM, "2022-24", "Life expectancy at birth, men", ["life expectancy", "men"],
       f"{LE[6][1]}", "years", f"Dunsmere is {LE[6][1]} years")
H.fact("le_prose_f", "life_expectancy", DM, "2022-24", "Life expectancy at birth, women",
       ["life expectancy", "women"], f"{LE[6][2]}", "years", f"and {LE[6][2]} years for")
H.fact("le_prose_eng_m", "life_expectancy", ENG, "2022-24", "Life expectancy at birth, men",
       ["life expectancy", "men"], f"{LE[8][1]}", "years", f"England ({LE[8][1]} and")
H.fact("le_prose_eng_f", "life_expectancy", ENG, "2022-24", "Life expectancy at birth, women",
       ["life expectancy", "women"], f"{LE[8][2]}", "years", f"and {LE[8][2]} years)")
H.fact("le_prose_wm_m", "life_expectancy", WM, "2022-24", "Life expectancy at birth, men",
       ["life expectancy", "men"], f"{LE[7][1]}", "years", f"Midlands ({LE[7][1]} and")
H.fact("le_prose_wm_f", "life_expectancy", WM, "2022-24", "Life expectancy at birth, women",
       ["life expectancy", "women"], f"{LE[7][2]}", "years", f"and {LE[7][2]}")
H.fact("le_prose_dist_m", "life_expectancy", "Ruckley and Wenham", "2022-24",
       "Years longer men in Ruckley and Wenham live than men in Bromhale", ["longer", "men"], f"{gm}", "years",
       f"live {gm} years")
H.fact("le_prose_dist_f", "life_expectancy", "Ruckley and Wenham", "2022-24",
       "Gap in life expectancy, women in Ruckley and Wenham and Bromhale", ["gap", "women"], f"{gf}", "years",
       f"gap is {gf} years")
t2 = H.find("**Table 2: Life expectancy")
for r in LE:
    i = H.find(r[0] + " |", t2, prefix=True)
    area = r[0].split(" (")[0]
    p = slug(area)
    H.at(i, f"le_{p}_m", "life_expectancy", area, "2022-24", "Male life expectancy", ["male"], fmt(r[1]), "years")
    H.at(i, f"le_{p}_f", "life_expectancy", area, "2022-24", "Female life expectancy", ["female"], fmt(r[2]), "years")
    H.at(i, f"le_{p}_gap_m", "life_expectancy", area, "2022-24", "Gap in male life expectancy, most v least deprived",
         ["gap"], fmt(r[3]), "years")
    H.at(i, f"le_{p}_gap_f", "life_expectancy", area, "2022-24",
         "Gap in female life expectancy, most v least deprived", ["gap"], fmt(r[4]), "years")
t3 = H.find("### Life expectancy by ward")
for w in WARDS:
    i = H.find(w[0] + "|", t3, prefix=True)
    p = slug(w[0])
    H.at(i, f"ward_{p}_m", "life_expectancy", w[0], "2020-24", "Male life expectancy", ["male"], fmt(w[2]), "years")
    H.at(i, f"ward_{p}_f", "life_expectancy", w[0], "2020-24", "Female life expectancy", ["female"], fmt(w[3]),
         "years")
H.fact("ward_gap_prose", "life_expectancy", "Wenham Heath", "2020-24",
       "Years longer men in Wenham Heath live than men in Mortwich Bridge", ["longer", "men"], f"{wgap}", "years",
       f"live {wgap} years")

# wider determinants Table 3 and key points
t4 = H.find("**Table 3: Wider determinants")
for r in WD:
    i = H.find(r[0] + " |", t4, prefix=True)
    area = r[0].split(" (")[0]
    for (key, meas, kw, per, unit), x in zip(WDI, r[1:]):
        if x is not None:
            H.at(i, f"wd_{slug(area)}_{key}", "wider_determinants", area, per, meas, kw, fmt(x), unit)
for fid, area, per, meas, kw, printed, unit, anchor in [
    ("kp_emp_mor", "Mortwich", "2024/25", "Employment rate", ["employment"], f"{WD[1][3]}%", "%", f"**{WD[1][3]}%**"),
    ("kp_emp_eng", ENG, "2024/25", "Employment rate", ["employment"], f"{WD[8][3]}%", "%", f"(England {WD[8][3]}%,"),
    ("kp_emp_wm", WM, "2024/25", "Employment rate", ["employment"], f"{WD[7][3]}%", "%",
     f"West Midlands {WD[7][3]}%)."),
    ("kp_fuel_bro", "Bromhale", "2023", "Fuel poverty", ["fuel poverty"], f"{WD[3][5]}%", "%", f"at {WD[3][5]}%"),
    ("kp_fuel_pp", "Bromhale", "2023", "Fuel poverty gap to the county (percentage points)",
     ["fuel poverty", "percentage points"], f"{fpp}", "percentage points", f"{fpp} percentage points"),
    ("kp_fuel_dm", DM, "2023", "Fuel poverty", ["fuel poverty"], f"{WD[6][5]}%", "%", f"county ({WD[6][5]}%)"),
    ("kp_ta_mor", "Mortwich", "2024/25", "Households in temporary accommodation per 1,000", ["temporary"],
     f"{WD[1][4]}", "per 1,000", f"Mortwich has {WD[1][4]} households"),
    ("kp_ta_dm", DM, "2024/25", "Households in temporary accommodation per 1,000", ["temporary"], f"{WD[6][4]}",
     "per 1,000", f"(county {WD[6][4]};"),
    ("kp_ta_eng", ENG, "2024/25", "Households in temporary accommodation per 1,000", ["temporary"], f"{WD[8][4]}",
     "per 1,000", f"; England {WD[8][4]})"),
    ("kp_walk_rw", "Ruckley and Wenham", "2023/24", "Adults walking for travel", ["walk"], f"{WD[5][1]}%", "%",
     f"travel, {WD[5][1]}%"),
    ("kp_walk_eng", ENG, "2023/24", "Adults walking for travel", ["walk"], f"{WD[8][1]}%", "%",
     f"(England {WD[8][1]}%;"),
    ("kp_walk_wm", WM, "2023/24", "Adults walking for travel", ["walk"], f"{WD[7][1]}%", "%",
     f"West Midlands {WD[7][1]}%)."),
    ("kp_pm_mor", "Mortwich", "2023", "Fine particulate matter (PM2.5)", ["particulate", "pm2.5"], f"{WD[1][2]}",
     "µg/m³", f"Mortwich, {WD[1][2]} µg"),
    ("kp_pm_wm", WM, "2023", "Fine particulate matter (PM2.5)", ["particulate", "pm2.5"], f"{WD[7][2]}", "µg/m³",
     f"(West Midlands {WD[7][2]})."),
]:
    H.fact(fid, "wider_determinants", area, per, meas, kw, printed, unit, anchor)

ids = [f["id"] for f in FACTS]
if len(set(ids)) != len(ids):
    sys.exit(f"duplicate ids: {sorted({i for i in ids if ids.count(i) > 1})}")
for name, lines in OUT.items():
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
        # antiword's form feed starts the first line of the next page
        fh.write(("\n".join(lines) + "\n").replace("\f\n", "\n\f"))
with open(os.path.join(HERE, "facts.jsonl"), "w", encoding="utf-8") as fh:
    for f in FACTS:
        fh.write(json.dumps(f, ensure_ascii=False) + "\n")
print({k: len(v) for k, v in OUT.items()}, len(FACTS), "facts",
      {k: sum(f["file"] == k for f in FACTS) for k in OUT})
