#!/usr/bin/env python3
"""Write the Orrinsham packs (PyMuPDF's `page.get_text()` of an ICB board's integrated report; pdfplumber's
`page.extract_text()` of a HWB's JSNA summary) and facts.jsonl.

Tables are given as their numbers; totals, changes, gaps and rates are computed here so that they add up, then
printed as the library would.  Each table fact is placed on the physical line (1-based, split on "\\n") holding its
printed cell: the cell's own line in the PyMuPDF pack, the row's line in the pdfplumber pack; each prose fact by an
anchor that must match exactly one line.  Written and run before any loader read the packs.  Run from this folder.
"""

import json
import os
import re
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
FACTS: list[dict] = []
OUT: dict[str, list[str]] = {}
ORR, SW, ENG = "Orrinsham", "South West", "England"
ICB = "Orrinsham and Penwithy ICB"
DIST = ["Sedgecombe", "Polterne", "Mid Orrinsham", "Treveskan and Polgrew", "Wrayford Hills"]
# a printed number stands alone: no word character or number part before it, no ASCII letter or digit after it
# (a superscript footnote marker or `*` may follow it)
NUM = r"(?<![\w.,£\-])%s(?![0-9A-Za-z]|[.,]\d)"


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


def f1(x):
    return f"{x:.1f}"


def br1(x):
    """Accounting style: (0.7) for a negative, 0.2 for a positive."""
    return f"({abs(x):.1f})" if x < 0 else f"{x:.1f}"


def mi1(x):
    """Excel style: -0.2 for a negative."""
    return f"-{abs(x):.1f}" if x < 0 else f"{x:.1f}"


def chg(new, old):
    return round((new / old - 1) * 100, 1)


def slug(s, n=18):
    return re.sub(r"\W+", "_", s.lower()).strip("_")[:n]


LIG = [("ffi", "\ufb03"), ("ffl", "\ufb04"), ("fi", "\ufb01"), ("fl", "\ufb02")]


def lig(s):
    """PyMuPDF keeps the font's ligature glyphs by default (TEXT_PRESERVE_LIGATURES)."""
    for a, b in LIG:
        s = s.replace(a, b)
    return s


class Pack:
    def __init__(self, name, ligatures=False):
        self.name = name
        self.lines: list[str] = []
        self.lig = lig if ligatures else (lambda s: s)
        self.ff = False
        OUT[name] = self.lines

    def add(self, line):
        line = self.lig(line.rstrip())
        if self.ff:
            line, self.ff = "\f" + line, False
        self.lines.append(line)
        return len(self.lines) - 1

    def adds(self, lines):
        return [self.add(x) for x in lines]

    def fact(self, fid, dataset, area, period, measure, kw, printed, unit, anchor, rag=None):
        anchor = self.lig(anchor)
        hits = [i for i, x in enumerate(self.lines) if anchor in x]
        if len(hits) != 1:
            sys.exit(f"anchor {anchor!r} in {self.name}: {[h + 1 for h in hits]}")
        self.at(hits[0], fid, dataset, area, period, measure, kw, printed, unit, rag)

    def at(self, i, fid, dataset, area, period, measure, kw, printed, unit, rag=None):
        line = self.lines[i].replace("\f", "")
        if not re.search(NUM % re.escape(printed), line):
            sys.exit(f"{printed!r} not on {self.name}:{i + 1}: {line!r}")
        v = num(printed)
        bare = re.sub(r"[^\d.]", "", printed)
        if v == int(v) and "." not in bare:
            v = int(v)
        FACTS.append({"id": fid, "file": self.name, "dataset": dataset, "area": area, "period": period,
                      "measure": measure, "measure_keywords": kw, "value": v, "unit": unit, "rag": rag,
                      "line": i + 1, "quote": line.strip(), "printed": printed})


# ============ Pack 1: ICB board 3 September 2026 (PyMuPDF page.get_text(), pages joined by a form feed) ============
# One line per PDF text line, in the PDF's drawing order, no blank lines.  Each table cell is a line of its own (a
# wrapped cell is several lines); Word tables come out row by row, the Excel finance table and the chart's data
# table column by column.  A superscript footnote marker is a line of its own after its value.  The running header
# and the page number are drawn before the body on some pages, after it on others.
P = Pack("orrinsham_icb_2026-09-03.txt", ligatures=True)
HEADER = "Orrinsham and Penwithy ICB Board"
page = [1]


def para(text, width=88):
    """A paragraph as PyMuPDF gives it: one line per PDF line, wrapped at the text frame."""
    return P.adds(textwrap.wrap(" ".join(text.split()), width))


def npara(n, text, width=88):
    """A numbered paragraph: Word's list number is a text line of its own, drawn before the paragraph."""
    P.add(n)
    return para(text, width)


def bullet(text, width=84):
    P.add("\u2022")
    return para(text, width)


def new_page(footer_first):
    """Close the page and open the next: the header (and, on some pages, the page number) before the body."""
    page[0] += 1
    P.ff = True
    if footer_first == "page":
        P.add(f"Page {page[0]}")
        P.add(HEADER)
    else:
        P.add(HEADER)
        if footer_first:
            P.add(f"Page {page[0]}")


def end_page(footer_at_end):
    if footer_at_end:
        P.add(f"Page {page[0]}")


def cell(c):
    return c if isinstance(c, list) else [c]


def row(cells):
    """A table row as PyMuPDF gives a Word table: each cell's lines in turn.  Returns each cell's first line."""
    out = []
    for c in cells:
        idx = P.adds(cell(c))
        out.append(idx[0] if idx else None)
    return out


# ---- page 1: cover, purpose, key messages
P.adds(["Orrinsham and Penwithy Integrated Care Board", "Board meeting in public", "Thursday 3 September 2026",
        "Agenda item 9", "Paper ICB/26/077"])
P.adds(["Integrated performance and finance report", "Month 4 (July) 2026/27"])
P.adds(["Report of: Kerensa Pendeford, Chief Finance Officer, and Dr Idris Colquhoun, Chief Medical Officer",
        "Contact: Board Secretary, 01632 961 207, board.papers@orrinshampenwithy.icb.nhs.uk"])
P.add("1.")
P.add("Purpose of the report")
npara("1.1", "This report sets out the ICB\u2019s position at month 4 (July 2026) on the efficiency (QIPP) programme, "
      "the delegated primary medical care budget, the Additional Roles Reimbursement Scheme (ARRS), the GP "
      "workforce and the performance scorecard for Orrinsham and Penwithy (ICB code E54000099). The Board last "
      "received it on 2 July 2026 (minute 26/58).")
npara("1.2", "Key messages:")
DEF_YTD, DEF_PLAN = 3.2, 2.5
DEF_VAR = round(DEF_YTD - DEF_PLAN, 1)
bullet(f"The ICB reports a year-to-date deficit of £{DEF_YTD}m against a planned deficit of £{DEF_PLAN}m, an "
       f"adverse variance of £{DEF_VAR}m.")
bullet("Efficiency delivery is behind plan and three schemes are rated red (section 2).")
bullet("Five of the 12 scorecard indicators are rated red (section 6).")
P.fact("hl_deficit_ytd", "headline", ICB, "Month 4 2026/27", "ICB year-to-date deficit", ["deficit"], f"£{DEF_YTD}m",
       "£m", f"deficit of £{DEF_YTD}m")
P.fact("hl_deficit_plan", "headline", ICB, "Month 4 2026/27", "ICB planned deficit to date", ["planned deficit", "plan"],
       f"£{DEF_PLAN}m", "£m", f"planned deficit of £{DEF_PLAN}m")
P.fact("hl_deficit_var", "headline", ICB, "Month 4 2026/27", "Adverse variance to the planned deficit",
       ["adverse", "variance"], f"£{DEF_VAR}m", "£m", f"variance of £{DEF_VAR}m")

# ---- QIPP (Word table, row by row)
Q = [
    (["Elective recovery and", "outpatient transformation"], 13.6, 3.8, 3.3, 12.9, "Amber"),
    (["Medicines optimisation"], 10.2, 3.0, 3.1, 10.4, "Green"),
    (["Continuing healthcare"], 8.4, 2.4, 1.6, 6.9, "Red"),
    (["Urgent and emergency care", "pathway"], 7.5, 2.1, 1.8, 6.8, "Amber"),
    (["Workforce: bank and agency"], 9.1, 2.7, 2.8, 9.3, "Green"),
    (["Estates and digital"], 5.2, 1.2, 0.6, 4.1, "Red"),
    (["Corporate and running costs"], 4.6, 1.1, 0.9, 3.8, "Red"),
]
QT = [round(sum(r[k] for r in Q), 1) for k in (1, 2, 3, 4)]
Q.append((["Total"], *QT, "Amber"))
q_pct = round(QT[2] / QT[1] * 100, 1)
q_gap = round(QT[3] - QT[0], 1)
NONREC = 5.8
P.add("2.")
P.add("Efficiency (QIPP) programme 2026/27")
npara("2.1", f"The ICB\u2019s efficiency target for 2026/27 is £{QT[0]}m. At month 4 it has delivered £{QT[2]}m against "
      f"a year-to-date plan of £{QT[1]}m ({q_pct}%). The forecast outturn is £{QT[3]}m, a shortfall of "
      f"£{abs(q_gap)}m against the target, and £{NONREC}m of the forecast savings are non-recurrent.")
npara("2.2", "Three schemes are rated red (Table 1). Recovery actions agreed by the Finance and Performance "
      "Committee on 20 August 2026 are set out in paragraphs 2.4 to 2.6.")
P.fact("q_target_prose", "qipp", ICB, "2026/27", "QIPP efficiency target", ["target"], f"£{QT[0]}m", "£m",
       f"2026/27 is £{QT[0]}m")
P.fact("q_deliv_prose", "qipp", ICB, "Month 4 2026/27", "QIPP delivered to date", ["delivered"], f"£{QT[2]}m", "£m",
       f"delivered £{QT[2]}m")
P.fact("q_plan_prose", "qipp", ICB, "Month 4 2026/27", "QIPP year-to-date plan", ["plan"], f"£{QT[1]}m", "£m",
       f"plan of £{QT[1]}m")
P.fact("q_pct_prose", "qipp", ICB, "Month 4 2026/27", "QIPP delivered as a percentage of plan", ["plan", "delivered"],
       f"{q_pct}%", "%", f"({q_pct}%)")
P.fact("q_fcst_prose", "qipp", ICB, "2026/27", "QIPP forecast outturn", ["forecast"], f"£{QT[3]}m", "£m",
       f"outturn is £{QT[3]}m")
P.fact("q_gap_prose", "qipp", ICB, "2026/27", "QIPP shortfall against target", ["shortfall"], f"£{abs(q_gap)}m", "£m",
       f"shortfall of £{abs(q_gap)}m")
P.fact("q_nonrec_prose", "qipp", ICB, "2026/27", "QIPP forecast savings that are non-recurrent", ["recurrent"],
       f"£{NONREC}m", "£m", f"£{NONREC}m of the forecast")
end_page(True)

# ---- page 2: Table 1 QIPP, row by row, a units row, RAG words, footnote marker after a value
new_page(True)
P.add("Table 1: QIPP schemes, Orrinsham and Penwithy ICB, month 4 2026/27")
row(["Scheme", ["Annual", "plan"], ["Plan to", "date"], ["Delivered", "to date"], ["Forecast", "outturn"],
     "Variance", "RAG"])
row(["£m"] * 5)
QCOLS = [("plan", "annual plan", ["annual", "plan"], "2026/27"),
         ("ytd", "plan to date", ["plan to date", "plan"], "Month 4 2026/27"),
         ("delivered", "delivered to date", ["delivered"], "Month 4 2026/27"),
         ("forecast", "forecast outturn", ["forecast"], "2026/27")]
for r in Q:
    name = " ".join(r[0])
    var = round(r[4] - r[1], 1)
    fc = [f1(r[4]), "1"] if name == "Continuing healthcare" else f1(r[4])  # a superscript marker after the value
    idx = row([r[0]] + [f1(x) for x in r[1:4]] + [fc, br1(var), r[5]])
    for k, (key, meas, kw, per) in enumerate(QCOLS):
        P.at(idx[k + 1], f"q_{slug(name)}_{key}", "qipp", ICB, per, f"{name} {meas}", kw, f1(r[k + 1]), "£m",
             r[5] if key == "forecast" else None)
    P.at(idx[5], f"q_{slug(name)}_var", "qipp", ICB, "2026/27", f"{name} forecast variance against plan",
         ["variance"], br1(var), "£m")
P.add("Source: ICB finance ledger, month 4. Variance is forecast outturn less annual plan.")
P.add("1")
P.add("Forecast assumes the continuing healthcare review savings agreed in June 2026.")
npara("2.3", "Continuing healthcare is the largest shortfall: the review of packages started late and the "
      "forecast now assumes a part-year effect only.")

# ---- delegated primary medical care prose
PC = [
    (["General Medical Services global sum", "(£128.40 per weighted patient)"], "General Medical Services global sum",
     ["global sum", "gms"], 78.6, 79.4),
    (["PMS and APMS contracts"], "PMS and APMS contracts", ["pms", "apms"], 9.8, 9.6),
    (["Premises cost reimbursements"], "Premises cost reimbursements", ["premises"], 10.4, 10.3),
    (["Enhanced services"], "Enhanced services", ["enhanced"], 6.1, 6.5),
    (["Quality and Outcomes Framework"], "Quality and Outcomes Framework", ["quality and outcomes", "qof"], 11.7, 11.7),
    (["Dispensing and prescribing fees"], "Dispensing and prescribing fees", ["dispensing"], 3.2, 3.4),
    (["Other primary medical care"], "Other primary medical care", ["other primary"], 1.5, 1.3),
]
PCT = (round(sum(r[3] for r in PC), 1), round(sum(r[4] for r in PC), 1))
PC.append((["Total delegated primary medical", "care"], "Total delegated primary medical care", ["total", "delegated"],
           *PCT))
pc_var = round(PCT[1] - PCT[0], 1)
P.add("3.")
P.add("Delegated primary medical care")
npara("3.1", f"The delegated primary medical care budget for 2026/27 is £{PCT[0]}m. The forecast at month 4 is an "
      f"overspend of £{pc_var}m, mainly on the global sum after the 2026/27 contract uplift (Table 2).")
P.fact("pc_total_prose", "primary_care_budgets", ICB, "2026/27", "Delegated primary medical care budget",
       ["budget", "delegated"], f"£{PCT[0]}m", "£m", f"2026/27 is £{PCT[0]}m")
P.fact("pc_over_prose", "primary_care_budgets", ICB, "2026/27", "Delegated primary care forecast overspend",
       ["overspend"], f"£{pc_var}m", "£m", f"overspend of £{pc_var}m")

# ---- page 3: Table 2, an Excel range: printed column by column (labels, then each header, unit and cells)
new_page(False)
P.add("Table 2: Delegated primary medical care budget, month 4 2026/27")
P.add("Budget line")
for r in PC:
    P.adds(r[0])
for k, (h, key, meas, kw, fmt) in enumerate([("Annual budget", "budget", "annual budget", ["budget"], f1),
                                             ("Forecast outturn", "forecast", "forecast outturn", ["forecast"], f1),
                                             ("Variance", "var", "forecast variance", ["variance"], mi1)]):
    P.add(h)
    P.add("£m")
    for r in PC:
        x = r[3 + k] if k < 2 else round(r[4] - r[3], 1)
        i = P.add(fmt(x))
        P.at(i, f"pc_{slug(r[1])}_{key}", "primary_care_budgets", ICB, "2026/27", f"{r[1]} {meas}", kw, fmt(x),
             "£m")
P.add("Variance: forecast outturn less annual budget; a positive variance is an overspend.")

# ---- ARRS prose
ARRS = [("Sedgecombe Town PCN", "U41206", 1846, 571, 1790), ("Sedgecombe Rural PCN", "U41219", 1212, 352, 1105),
        ("Polterne and Levant PCN", "U41233", 1538, 498, 1538), ("Mid Orrinsham PCN", "U41247", 2104, 655, 2036),
        ("Orrin Valley PCN", "U41250", 1327, None, 1180), ("Treveskan PCN", "U41264", 1455, 402, 1298),
        ("Polgrew Coast PCN", "U41278", 1063, 301, 1012), ("Wrayford Hills PCN", "U41281", 1389, 447, 1366)]
AT = (sum(r[2] for r in ARRS), sum(r[3] or 0 for r in ARRS), sum(r[4] for r in ARRS))
a_pct = round(AT[2] / AT[0] * 100, 1)
P.add("4.")
P.add("Additional Roles Reimbursement Scheme")
npara("4.1", f"The eight primary care networks (PCNs) in Orrinsham have ARRS allocations of £{AT[0] / 1000:.1f}m for "
      f"2026/27. They forecast to spend £{AT[2] / 1000:.1f}m ({a_pct}% of allocation); Orrin Valley PCN has not yet "
      "submitted claims for 2026/27 (Table 3).")
P.fact("arrs_alloc_prose", "pcn_budgets", ORR, "2026/27", "ARRS allocations", ["allocation"], f"£{AT[0] / 1000:.1f}m",
       "£m", f"allocations of £{AT[0] / 1000:.1f}m")
P.fact("arrs_fcst_prose", "pcn_budgets", ORR, "2026/27", "ARRS forecast spend", ["forecast"], f"£{AT[2] / 1000:.1f}m",
       "£m", f"spend £{AT[2] / 1000:.1f}m")
P.fact("arrs_pct_prose", "pcn_budgets", ORR, "2026/27", "ARRS forecast as a percentage of allocation",
       ["forecast", "allocation"], f"{a_pct}%", "%", f"({a_pct}% of")
end_page(True)

# ---- page 4: Table 3 ARRS by PCN (Word table, row by row, a code column, £000 units row, "-" cell)
new_page("page")
P.add("Table 3: ARRS allocation, claims and forecast by primary care network, Orrinsham, 2026/27")
row(["Primary care network", "Code", "Allocation", ["Claimed to", "month 4"], ["Forecast", "outturn"],
     ["Forecast", "(% of", "allocation)"]])
row(["£000"] * 3 + ["%"])
for name, code, alloc, claimed, fc in ARRS + [("Orrinsham total", None, *AT)]:
    total = code is None
    pct = round(fc / alloc * 100, 1)
    money = (lambda x: f"£{f0(x)}") if total else f0
    # a total row has an empty code cell (no line); an unclaimed PCN has "-" with a superscript marker after it
    cells = [name] + ([] if total else [code]) + [money(alloc), ["-", "2"] if claimed is None else money(claimed),
                                                   money(fc), f"{pct:.1f}"]
    idx = row(cells)
    o = 1 if total else 2
    area = ORR if total else name
    P.at(idx[o], f"arrs_{slug(name)}_alloc", "pcn_budgets", area, "2026/27", "ARRS allocation", ["allocation"],
         money(alloc), "£k")
    if claimed is not None:
        P.at(idx[o + 1], f"arrs_{slug(name)}_claimed", "pcn_budgets", area, "Month 4 2026/27",
             "ARRS claimed to month 4", ["claimed"], money(claimed), "£k")
    P.at(idx[o + 2], f"arrs_{slug(name)}_fcst", "pcn_budgets", area, "2026/27", "ARRS forecast outturn",
         ["forecast"], money(fc), "£k")
    P.at(idx[o + 3], f"arrs_{slug(name)}_pct", "pcn_budgets", area, "2026/27", "ARRS forecast as % of allocation",
         ["forecast", "allocation"], f"{pct:.1f}", "%")
P.add("2")
P.add("No claims submitted by 31 July 2026; the forecast is the PCN\u2019s workforce plan.")

# ---- GP workforce by district (Word table, row by row; a wrapped area cell; a marker after England's patients)
GP = [(["Sedgecombe"], 182460, 98.7), (["Polterne"], 121330, 68.2), (["Mid Orrinsham"], 164820, 79.4),
      (["Treveskan and", "Polgrew"], 143590, 71.6), (["Wrayford Hills"], 98740, 55.9)]
GPT = (sum(r[1] for r in GP), round(sum(r[2] for r in GP), 1))
GP += [([ORR], *GPT), ([SW], 6214300, 3041.6), ([ENG], 63824500, 28472.3)]
rate = lambda fte, pts: f"{fte / pts * 1000:.2f}"
P.add("5.")
P.add("General practice workforce")
npara("5.1", f"Orrinsham has {GPT[1]} full-time equivalent (FTE) fully qualified GPs for {f0(GPT[0])} registered "
      f"patients, {rate(GPT[1], GPT[0])} per 1,000 patients (South West {rate(GP[6][2], GP[6][1])}). Table 4 compares the "
      "districts; Figure 1 shows the trajectory to 2028/29.")
P.fact("gp_fte_prose", "gp_workforce", ORR, "June 2026", "Fully qualified GPs (FTE)", ["gps", "fte"], f"{GPT[1]}",
       "FTE", f"has {GPT[1]} full-time")
P.fact("gp_rate_prose", "gp_workforce", ORR, "June 2026", "GP FTE per 1,000 patients", ["per 1,000"],
       rate(GPT[1], GPT[0]), "per 1,000", f"patients, {rate(GPT[1], GPT[0])} per")
P.fact("gp_sw_rate_prose", "gp_workforce", SW, "June 2026", "GP FTE per 1,000 patients", ["per 1,000"],
       rate(GP[6][2], GP[6][1]), "per 1,000", f"(South West {rate(GP[6][2], GP[6][1])})")
P.add("Table 4: GP workforce by district, June 2026")
row(["Area", ["Registered", "patients"], ["GP FTE (fully", "qualified)"], ["GP FTE per", "1,000 patients"]])
for lab, pts, fte in GP:
    area = " ".join(lab)
    idx = row([lab, [f0(pts), "1"] if area == ENG else f0(pts), f"{fte:,.1f}", rate(fte, pts)])
    P.at(idx[1], f"gp_{slug(area)}_patients", "gp_workforce", area, "June 2026", "Registered patients", ["patients"],
         f0(pts), "count")
    P.at(idx[2], f"gp_{slug(area)}_fte", "gp_workforce", area, "June 2026", "GP FTE (fully qualified)", ["fte"],
         f"{fte:,.1f}", "FTE")
    P.at(idx[3], f"gp_{slug(area)}_rate", "gp_workforce", area, "June 2026", "GP FTE per 1,000 patients",
         ["per 1,000"], rate(fte, pts), "per 1,000")
P.add("1")
P.add("Patients registered with practices in England, NHS Digital, 1 June 2026.")

# ---- page 5: Figure 1, a chart (axis labels, legend) and its data table drawn column by column
new_page(False)
YEARS = ["2022/23", "2023/24", "2024/25", "2025/26", "2026/27", "2027/28", "2028/29"]
ACT = [352.4, 358.9, 366.1, GPT[1], None, None, None]
PLN = [None, None, None, 370.0, 381.5, 392.0, 402.2]
TPTS = [694210, 699880, 705160, GPT[0], 716300, 721500, 726400]
rise = round(PLN[6] - ACT[3], 1)
above = round(ACT[3] - PLN[3], 1)
P.add("Figure 1: GP FTE (fully qualified), Orrinsham, actual and plan, 2022/23 to 2028/29")
P.adds(["420", "400", "380", "360", "340", "320"])
P.adds(YEARS)
P.adds(["Actual", "Plan"])
P.add("Figure 1 data")
P.add("Year")
P.adds(YEARS)
P.add("Actual GP FTE")
act_i = P.adds([f1(x) if x is not None else "-" for x in ACT])
P.add("Plan GP FTE")
pln_i = P.adds([f1(x) if x is not None else "-" for x in PLN])
P.add("Registered patients")
pts_i = P.adds([f0(x) for x in TPTS])
P.add("GP FTE per 1,000")
rates = [rate(a if a is not None else p, n) for a, p, n in zip(ACT, PLN, TPTS)]
rt_i = P.adds(rates)
for k, y in enumerate(YEARS):
    yk = y[:4]
    if ACT[k] is not None:
        P.at(act_i[k], f"traj_{yk}_actual", "gp_workforce", ORR, y, "Actual GP FTE", ["actual", "fte"], f1(ACT[k]),
             "FTE")
    if PLN[k] is not None:
        P.at(pln_i[k], f"traj_{yk}_plan", "gp_workforce", ORR, y, "Plan GP FTE", ["plan", "fte"], f1(PLN[k]), "FTE")
    P.at(pts_i[k], f"traj_{yk}_patients", "gp_workforce", ORR, y, "Registered patients", ["patients"], f0(TPTS[k]),
         "count")
    P.at(rt_i[k], f"traj_{yk}_rate", "gp_workforce", ORR, y, "GP FTE per 1,000 patients", ["per 1,000"], rates[k],
         "per 1,000")
P.add("GP FTE per 1,000: actual where published, plan otherwise.")
npara("5.2", f"The plan adds {rise} FTE GPs between 2025/26 and 2028/29 through the ARRS GP scheme and the two "
      f"training hubs; 2025/26 ended {above} FTE above plan.")
P.fact("traj_above_prose", "gp_workforce", ORR, "2025/26", "GP FTE above plan in 2025/26", ["above plan", "fte"],
       f"{above}", "FTE", f"ended {above} FTE")
P.fact("traj_rise_prose", "gp_workforce", ORR, "2028/29", "Planned increase in GP FTE, 2025/26 to 2028/29",
       ["increase", "fte"], f"{rise}", "FTE", f"adds {rise} FTE")
end_page(True)

# ---- page 6-7: Table 5 scorecard, row by row, split over two pages with its header repeated
S = [
    (["A&E attendances seen within", "4 hours"], "A&E attendances seen within 4 hours", ["a&e", "4 hours"], "%",
     78.0, 73.6, 74.9, "Red"),
    (["Ambulance category 2 mean", "response (minutes)"], "Ambulance category 2 mean response (minutes)",
     ["ambulance", "category 2"], "min", 30.0, 34.8, 32.1, "Red"),
    (["Patients waiting over 52 weeks"], "Patients waiting over 52 weeks", ["52 weeks"], "count", 0, 1286, 1342,
     "Red"),
    (["RTT patients waiting under 18", "weeks"], "RTT patients waiting under 18 weeks", ["rtt", "18 weeks"], "%",
     65.0, 61.2, 60.8, "Amber"),
    (["Diagnostic tests waiting over 6", "weeks"], "Diagnostic tests waiting over 6 weeks", ["diagnostic"], "%", 5.0,
     18.4, 19.1, "Red"),
    (["Cancer 28-day Faster Diagnosis", "Standard"], "Cancer 28-day Faster Diagnosis Standard",
     ["faster diagnosis", "cancer"], "%", 80.0, 79.2, 77.5, "Amber"),
    (["Cancer treatment within 62 days"], "Cancer treatment within 62 days", ["62 days", "cancer"], "%", 75.0, 71.3,
     69.8, "Amber"),
    (["NHS Talking Therapies reliable", "recovery"], "NHS Talking Therapies reliable recovery",
     ["talking therapies", "recovery"], "%", 48.0, 50.1, 49.4, "Green"),
    (["Dementia diagnosis rate (aged", "65+)"], "Dementia diagnosis rate (aged 65+)", ["dementia"], "%", 66.7, 62.9,
     63.0, "Amber"),
    (["Adult mental health out of area", "placement bed days"], "Adult mental health out of area placement bed days",
     ["out of area", "mental health"], "count", 0, 412, 388, "Red"),
    (["GP appointments within 14 days", "of booking"], "GP appointments within 14 days of booking",
     ["gp appointments", "14 days"], "%", None, 83.4, 84.1, None),
    (["Virtual ward occupancy"], "Virtual ward occupancy", ["virtual ward"], "%", 80.0, 76.5, None, "Amber"),
]
rc = {k: sum(r[7] == k for r in S) for k in ("Red", "Amber", "Green")}
new_page(True)
P.add("6.")
P.add("Performance scorecard")
npara("6.1", f"Of the {len(S)} indicators, {rc['Red']} are rated red, {rc['Amber']} amber and {rc['Green']} green "
      "for July 2026; one has no national standard. Data are for the ICB.")
P.add("Table 5: Performance scorecard, Orrinsham and Penwithy ICB")


def sv(x, unit):
    if x is None:
        return None
    return f"{x:.1f}%" if unit == "%" else f"{x:.1f}" if unit == "min" else f0(x)


def scorecard_rows(rows):
    row(["Indicator", "Target", "Jul-26", "Jun-26", "RAG"])
    for lab, meas, kw, unit, tgt, jul, jun, rag in rows:
        idx = row([lab, sv(tgt, unit) or "n/a", sv(jul, unit), sv(jun, unit) or "-", rag or "-"])
        p = slug(meas)
        u = {"min": "minutes"}.get(unit, unit)
        if tgt is not None:
            P.at(idx[1], f"sc_{p}_target", "performance", ICB, "2026/27", f"{meas} target", ["target"], sv(tgt, unit),
                 u)
        P.at(idx[2], f"sc_{p}_jul", "performance", ICB, "July 2026", meas, kw, sv(jul, unit), u, rag=rag)
        if jun is not None:
            P.at(idx[3], f"sc_{p}_jun", "performance", ICB, "June 2026", meas, kw, sv(jun, unit), u)


scorecard_rows(S[:7])
end_page(False)
new_page(False)
P.add("Table 5 (continued)")
scorecard_rows(S[7:])
P.add("Source: NHS England statistical releases; ICB business intelligence. RAG against the 2026/27 operating plan.")
P.add("7.")
P.add("Recommendation")
npara("7.1", "The Board is asked to note the report. The next report will be received on 5 November 2026.")
end_page(True)

# ============ Pack 2: HWB 17 September 2026 (pdfplumber page.extract_text(), pages joined by "\n") ============
# Words joined by single spaces, lines by position, no blank lines; a table's row is one line; headers flattened
# line by line; a wrapped cell's continuation on the next line alone; two-column pages merged line by line.
H = Pack("orrinsham_hwb_2026-09-17.txt")
hpage = [1]
NPAGES = 6
HHEAD = "Orrinsham Joint Strategic Needs Assessment 2026: summary"


def hfooter():
    H.add(f"Orrinsham Health and Wellbeing Board 17 September 2026 Page {hpage[0]} of {NPAGES}")
    hpage[0] += 1


def hwrap(text, width=96):
    return H.adds(textwrap.wrap(" ".join(text.split()), width))


def twocol(left, right, width=46):
    """Two columns of prose side by side: each column wrapped at its width, then line k of the left column and
    line k of the right column joined with a single space (pdfplumber groups words by their position)."""
    def col(items):
        out = []
        for it in items:
            out += [it[1:]] if it.startswith("#") else textwrap.wrap(" ".join(it.split()), width)
        return out
    L, R = col(left), col(right)
    return H.adds([" ".join(x for x in (L[k] if k < len(L) else "", R[k] if k < len(R) else "") if x)
                   for k in range(max(len(L), len(R)))])


def flat_header(cols):
    """Column headers wrapped over several lines, bottom-aligned: line k holds every header's k-th line."""
    n = max(len(c) for c in cols)
    padded = [[""] * (n - len(c)) + c for c in cols]
    return H.adds([" ".join(c[k] for c in padded if c[k]) for k in range(n)])


# ---- page 1: title, contact, key facts tiles, introduction
H.adds(["Orrinsham Health and Wellbeing Board", "17 September 2026 Agenda item 6",
        "Joint Strategic Needs Assessment 2026: summary of findings", "Report of the Director of Public Health",
        "Contact: Dr Morwenna Lisle, Consultant in Public Health, 01632 960 714, jsna@orrinsham.gov.uk",
        "Data pack: https://www.orrinsham.gov.uk/jsna/2026/data-pack-3 (area code E10000099)"])
LE = [
    (["Sedgecombe"], 79.6, 83.4, 63.8, 64.9, ""),
    (["Polterne"], 81.3, 84.7, 66.9, 67.4, ""),
    (["Mid Orrinsham"], 78.1, 82.2, 61.2, 62.1, ""),
    (["Treveskan and", "Polgrew"], 79.2, 83.1, 63.0, 63.9, ""),
    (["Wrayford Hills"], 81.0, 84.6, 66.8, 67.9, "hle*"),
    ([ORR], 79.7, 83.4, 64.0, 64.9, ""),
    ([SW], 80.4, 83.9, 63.3, 63.9, ""),
    ([ENG], 79.1, 83.1, 61.5, 61.9, "le1"),
]
SII = [
    (["Sedgecombe"], 8.9, 6.8, 15.2, 14.1),
    (["Polterne"], 6.1, 4.9, 11.8, 11.2),
    (["Mid Orrinsham"], 10.8, 8.6, 17.9, 16.5),
    (["Treveskan and", "Polgrew"], 8.2, 6.4, 14.3, 13.6),
    (["Wrayford Hills"], 5.7, 4.3, None, None),
    ([ORR], 9.2, 7.1, 15.6, 14.4),
    ([SW], 8.3, 6.5, 14.9, 13.8),
    ([ENG], 9.7, 7.9, 18.6, 19.0),
]
WD = [
    ("Sedgecombe", 22.8, 6.4, 77.1, 2.3, 11.6),
    ("Polterne", 24.1, 5.4, 79.4, 1.4, 10.8),
    ("Mid Orrinsham", 18.6, 7.2, 72.3, 3.6, 14.9),
    ("Treveskan and Polgrew", 20.9, 6.1, 75.8, 2.0, 13.2),
    ("Wrayford Hills", 23.4, 5.6, 78.6, "*", 11.9),
    (ORR, 21.7, 6.3, 76.4, 2.2, 12.4),
    (SW, 22.5, 6.5, 77.9, "..", 11.8),
    (ENG, 21.9, 7.1, 75.7, 4.2, 13.1),
]
BCF = [
    (["NHS minimum contribution"], "NHS minimum contribution", ["minimum contribution"], 55180, 57940),
    (["Improved Better Care Fund", "(iBCF)"], "Improved Better Care Fund (iBCF)", ["improved", "ibcf"], 17430, 17430),
    (["Disabled Facilities Grant", "(capital)"], "Disabled Facilities Grant (capital)", ["disabled facilities"], 6820,
     7350),
    (["Discharge Fund (ICB)"], "Discharge Fund (ICB)", ["discharge"], 3960, 4370),
    (["Discharge Fund (local", "authority)"], "Discharge Fund (local authority)", ["discharge"], 3410, 3760),
    (["Additional council", "contribution"], "Additional council contribution", ["additional", "council"], 2150, 2040),
    (["Additional ICB contribution"], "Additional ICB contribution", ["additional", "icb"], 1450, 1810),
]
BT = (sum(r[3] for r in BCF), sum(r[4] for r in BCF))
BCF.append((["Total pooled budget"], "Total pooled budget", ["total", "pooled"], *BT))
BCF_M, BCF_M0 = f"£{BT[1] / 1000:.1f}m", f"£{BT[0] / 1000:.1f}m"
o, s, e = LE[5], LE[6], LE[7]
H.add("Key facts")
H.add(f"{o[1]} years {o[2]} years {SII[5][1]} years")
H.add("Male life expectancy Female life expectancy Gap in male life expectancy,")
H.add("(2022-24) (2022-24) most v least deprived")
H.add(f"{BCF_M} {WD[5][3]}% {WD[5][4]} per 1,000")
H.add("Better Care Fund Employment rate Households in temporary")
H.add("2026/27 (aged 16-64) accommodation")
kl = len(H.lines) - 6
H.at(kl, "kf_le_m", "life_expectancy", ORR, "2022-24", "Male life expectancy", ["life expectancy", "male"],
     f"{o[1]}", "years")
H.at(kl, "kf_le_f", "life_expectancy", ORR, "2022-24", "Female life expectancy", ["life expectancy", "female"],
     f"{o[2]}", "years")
H.at(kl, "kf_gap_m", "life_expectancy", ORR, "2022-24", "Gap in male life expectancy, most v least deprived",
     ["gap"], f"{SII[5][1]}", "years")
H.at(kl + 3, "kf_bcf", "bcf", ORR, "2026/27", "Better Care Fund 2026/27", ["better care fund"], BCF_M, "£m")
H.at(kl + 3, "kf_emp", "wider_determinants", ORR, "2024/25", "Employment rate (aged 16-64)", ["employment"],
     f"{WD[5][3]}%", "%")
H.at(kl + 3, "kf_ta", "wider_determinants", ORR, "2024/25", "Households in temporary accommodation per 1,000",
     ["temporary"], f"{WD[5][4]}", "per 1,000")
H.add("1 Introduction")
hwrap("1.1 The Joint Strategic Needs Assessment (JSNA) describes the health of the 712,400 residents of Orrinsham's "
      "five districts. This summary covers life expectancy (section 2), the Better Care Fund (section 3) and the "
      "wider determinants of health (section 4). It updates the summary received by the Board on 19 March 2026 "
      "(minute 14).")
H.fact("hl_residents", "headline", ORR, "mid-2025", "Residents", ["residents"], "712,400", "count", "712,400 residents")
hfooter()

# ---- page 2: two-column prose, life expectancy (left) beside the Better Care Fund (right)
H.add(HHEAD)
gm = round(LE[1][1] - LE[2][1], 1)
d_now = BCF[3][4] + BCF[4][4]
dfg = round((BCF[2][4] - BCF[2][3]) / 1000, 1)
left = ["#2 Life expectancy",
        f"2.1 Life expectancy at birth in Orrinsham is {o[1]} years for men (South West {s[1]}, England {e[1]}) and "
        f"{o[2]} years for women (South West {s[2]}, England {e[2]}), 2022-24. Healthy life expectancy is {o[3]} "
        f"years for men and {o[4]} years for women (England {e[3]} and {e[4]}).",
        f"2.2 Men in the most deprived tenth of the county live {SII[5][1]} years less than men in the least deprived "
        f"(women {SII[5][2]} years). Men in Polterne live {gm} years longer than men in Mid Orrinsham (Tables 1 "
        "and 2)."]
right = ["#3 Better Care Fund",
         f"3.1 The Better Care Fund pools NHS and council budgets. The pooled budget for 2026/27 is {BCF_M} (2025/26 "
         f"{BCF_M0}), an increase of {chg(BT[1], BT[0])}%.",
         f"3.2 The NHS minimum contribution rises to £{BCF[0][4] / 1000:.1f}m and discharge funding to "
         f"£{d_now / 1000:.1f}m; the Disabled Facilities Grant rises by £{dfg}m. The plan was approved by NHS "
         "England on 22 July 2026 (Table 4)."]
twocol(left, right)
H.fact("le_prose_m", "life_expectancy", ORR, "2022-24", "Life expectancy at birth, men", ["life expectancy", "men"],
       f"{o[1]}", "years", f"{o[1]} years for men")
H.fact("le_prose_sw_m", "life_expectancy", SW, "2022-24", "Life expectancy at birth, men", ["life expectancy", "men"],
       f"{s[1]}", "years", f"(South West {s[1]},")
H.fact("le_prose_eng_m", "life_expectancy", ENG, "2022-24", "Life expectancy at birth, men",
       ["life expectancy", "men"], f"{e[1]}", "years", f"{e[1]}) and")
H.fact("le_prose_f", "life_expectancy", ORR, "2022-24", "Life expectancy at birth, women",
       ["life expectancy", "women"], f"{o[2]}", "years", f"{o[2]} years for women")
H.fact("le_prose_sw_f", "life_expectancy", SW, "2022-24", "Life expectancy at birth, women",
       ["life expectancy", "women"], f"{s[2]}", "years", f"{s[2]}, England")
H.fact("le_prose_eng_f", "life_expectancy", ENG, "2022-24", "Life expectancy at birth, women",
       ["life expectancy", "women"], f"{e[2]}", "years", f"England {e[2]}),")
H.fact("hle_prose_m", "life_expectancy", ORR, "2022-24", "Healthy life expectancy, men", ["healthy"], f"{o[3]}",
       "years", f"is {o[3]}")
H.fact("hle_prose_f", "life_expectancy", ORR, "2022-24", "Healthy life expectancy, women", ["healthy"], f"{o[4]}",
       "years", f"and {o[4]}")
H.fact("hle_prose_eng_m", "life_expectancy", ENG, "2022-24", "Healthy life expectancy, men", ["healthy"], f"{e[3]}",
       "years", f"(England {e[3]} and")
H.fact("hle_prose_eng_f", "life_expectancy", ENG, "2022-24", "Healthy life expectancy, women", ["healthy"],
       f"{e[4]}", "years", f"and {e[4]})")
H.fact("gap_prose_m", "life_expectancy", ORR, "2022-24", "Gap in male life expectancy, most v least deprived",
       ["gap", "less", "deprived"], f"{SII[5][1]}", "years", f"live {SII[5][1]} years less")
H.fact("gap_prose_f", "life_expectancy", ORR, "2022-24", "Gap in female life expectancy, most v least deprived",
       ["gap", "women", "deprived"], f"{SII[5][2]}", "years", f"(women {SII[5][2]} years)")
H.fact("le_prose_dist", "life_expectancy", "Polterne", "2022-24",
       "Years longer men in Polterne live than men in Mid Orrinsham", ["longer", "men"], f"{gm}", "years",
       f"live {gm} years longer")
H.fact("bcf_total_prose", "bcf", ORR, "2026/27", "Better Care Fund pooled budget", ["pooled", "better care fund"],
       BCF_M, "£m", f"{BCF_M} (2025/26")
H.fact("bcf_prev_prose", "bcf", ORR, "2025/26", "Better Care Fund pooled budget", ["pooled", "better care fund"],
       BCF_M0, "£m", f"(2025/26 {BCF_M0})")
H.fact("bcf_growth_prose", "bcf", ORR, "2026/27", "Better Care Fund pooled budget increase on 2025/26",
       ["increase", "pooled"], f"{chg(BT[1], BT[0])}%", "%", f"increase of {chg(BT[1], BT[0])}%")
H.fact("bcf_nhsmin_prose", "bcf", ORR, "2026/27", "NHS minimum contribution", ["minimum contribution"],
       f"£{BCF[0][4] / 1000:.1f}m", "£m", f"£{BCF[0][4] / 1000:.1f}m and")
H.fact("bcf_discharge_prose", "bcf", ORR, "2026/27", "Discharge funding", ["discharge"], f"£{d_now / 1000:.1f}m", "£m",
       f"funding to £{d_now / 1000:.1f}m")
H.fact("bcf_dfg_prose", "bcf", ORR, "2026/27", "Disabled Facilities Grant increase on 2025/26",
       ["disabled facilities"], f"£{dfg}m", "£m", f"rises by £{dfg}m")
hfooter()

# ---- page 3: Table 1 life expectancy and healthy life expectancy; Table 2 slope index of inequality
H.add(HHEAD)
H.add("Table 1: Life expectancy and healthy life expectancy at birth by district, 2022-24 (years)")
flat_header([["Area"], ["Life expectancy", "Male Female"], ["Healthy life expectancy", "Male Female"]])


def mark(x, m):
    return f"{x:.1f}{m}"


for lab, lm, lf, hm, hf, note in LE:
    area = " ".join(lab)
    m_le = "\u00b9" if note == "le1" else ""
    m_hle = "*" if note == "hle*" else ""
    i = H.add(f"{lab[0]} {mark(lm, m_le)} {mark(lf, m_le)} {mark(hm, m_hle)} {mark(hf, m_hle)}")
    H.adds(lab[1:])
    p = slug(area)
    H.at(i, f"le_{p}_m", "life_expectancy", area, "2022-24", "Male life expectancy", ["life expectancy", "male"],
         f"{lm:.1f}", "years")
    H.at(i, f"le_{p}_f", "life_expectancy", area, "2022-24", "Female life expectancy", ["life expectancy", "female"],
         f"{lf:.1f}", "years")
    H.at(i, f"le_{p}_hle_m", "life_expectancy", area, "2022-24", "Healthy life expectancy, male", ["healthy"],
         f"{hm:.1f}", "years")
    H.at(i, f"le_{p}_hle_f", "life_expectancy", area, "2022-24", "Healthy life expectancy, female", ["healthy"],
         f"{hf:.1f}", "years")
H.add("* Based on small numbers of deaths; interpret with caution.")
H.add("\u00b9 England figures for 2022-24 are provisional.")
H.add("Source: OHID, Public Health Outcomes Framework (indicators A01a, A01b), extracted 4 August 2026")
H.add("Table 2: Gap in life expectancy between the most and least deprived tenths of each area (slope index of")
H.add("inequality), 2022-24 (years)")
flat_header([["Area"], ["Life expectancy", "Male Female"], ["Healthy life expectancy", "Male Female"]])
for lab, lm, lf, hm, hf in SII:
    area = " ".join(lab)
    cells = [f"{x:.1f}" if x is not None else "*" for x in (lm, lf, hm, hf)]
    i = H.add(" ".join([lab[0]] + cells))
    H.adds(lab[1:])
    p = slug(area)
    for key, x, meas in (("m", lm, "Gap in male life expectancy (slope index of inequality)"),
                         ("f", lf, "Gap in female life expectancy (slope index of inequality)"),
                         ("hle_m", hm, "Gap in male healthy life expectancy (slope index of inequality)"),
                         ("hle_f", hf, "Gap in female healthy life expectancy (slope index of inequality)")):
        if x is not None:
            H.at(i, f"sii_{p}_{key}", "life_expectancy", area, "2022-24", meas, ["gap", "inequality", "slope"],
                 f"{x:.1f}", "years")
H.add("* Suppressed: too few deaths to calculate a reliable value.")
H.add("Source: OHID, Segment Tool and PHOF indicators A01a and A02a; Orrinsham public health intelligence")
hfooter()

# ---- pages 4-5: Table 3 wider determinants, split over the page break with its header repeated
H.add(HHEAD)
H.add("4 Wider determinants of health")
hwrap("4.1 The JSNA compares each district with the county, the South West and England on five indicators. "
      "Temporary accommodation for Wrayford Hills is suppressed (fewer than 5 households) and the regional figure is "
      "not published.")
WDI = [
    ("walk", "Adults walking for travel (at least three days a week)", ["walking"], "2024/25", "%"),
    ("pm", "Fine particulate matter (PM2.5)", ["pm2.5", "particulate"], "2024", "µg/m³"),
    ("emp", "Employment rate, aged 16-64", ["employment"], "2024/25", "%"),
    ("ta", "Households in temporary accommodation per 1,000", ["temporary"], "2024/25", "per 1,000"),
    ("fuel", "Households in fuel poverty", ["fuel"], "2023", "%"),
]
WDH = [["Area"], ["Adults", "walking for", "travel (%)"], ["Particulate", "matter PM2.5", "(µg/m³)"],
       ["Employment", "rate, aged", "16-64 (%)"], ["Temporary", "accommodation", "(per 1,000)"], ["Fuel", "poverty", "(%)"]]


def wd_rows(rows):
    for r in rows:
        area = r[0]
        cells = [f"{r[1]:.1f}%", f"{r[2]:.1f}", f"{r[3]:.1f}%",
                 r[4] if isinstance(r[4], str) else f"{r[4]:.1f}", f"{r[5]:.1f}%"]
        i = H.add(" ".join([area] + cells))
        for (key, meas, kw, per, unit), x, c in zip(WDI, r[1:], cells):
            if not isinstance(x, str):
                H.at(i, f"wd_{slug(area)}_{key}", "wider_determinants", area, per, meas, kw, c, unit)


H.add("Table 3: Wider determinants of health by district")
flat_header(WDH)
wd_rows(WD[:5])
hfooter()
H.add(HHEAD)
H.add("Table 3 (continued)")
flat_header(WDH)
wd_rows(WD[5:])
H.add("* Suppressed (fewer than 5 households). .. Not published for the region.")
H.add("Source: OHID Wider Determinants of Health profile; DLUHC/MHCLG homelessness statistics; DESNZ fuel poverty")
H.add("sub-regional statistics 2023.")
fpp = round(WD[2][5] - WD[5][5], 1)
left = ["4.2 The employment rate in Orrinsham is "
        f"{WD[5][3]}% (South West {WD[6][3]}%, England {WD[7][3]}%). Mid Orrinsham has the lowest rate, {WD[2][3]}%, "
        f"and the highest fuel poverty, {WD[2][5]}% (county {WD[5][5]}%), {fpp} percentage points above the county.",
        f"4.3 Temporary accommodation is highest in Mid Orrinsham at {WD[2][4]} per 1,000 households (England "
        f"{WD[7][4]}). Polterne has the most adults walking for travel ({WD[1][1]}%) and the cleanest air "
        f"({WD[1][2]} µg/m³)."]
right = ["#5 Recommendations",
         "5.1 The Board is asked to: (a) note the JSNA summary; (b) agree the 6 priority actions in section 4 of the "
         "full JSNA; (c) ask for an update at its meeting on 18 March 2027.",
         "5.2 The full JSNA and data pack are published at www.orrinsham.gov.uk/jsna (pages 12 to 31)."]
twocol(left, right)
H.fact("wd_prose_emp", "wider_determinants", ORR, "2024/25", "Employment rate", ["employment"], f"{WD[5][3]}%", "%",
       f"Orrinsham is {WD[5][3]}%")
H.fact("wd_prose_emp_sw", "wider_determinants", SW, "2024/25", "Employment rate", ["employment"], f"{WD[6][3]}%", "%",
       f"(South West {WD[6][3]}%,")
H.fact("wd_prose_emp_eng", "wider_determinants", ENG, "2024/25", "Employment rate", ["employment"], f"{WD[7][3]}%",
       "%", f"England {WD[7][3]}%)")
H.fact("wd_prose_emp_mo", "wider_determinants", "Mid Orrinsham", "2024/25", "Employment rate", ["employment"],
       f"{WD[2][3]}%", "%", f"rate, {WD[2][3]}%")
H.fact("wd_prose_fuel_mo", "wider_determinants", "Mid Orrinsham", "2023", "Fuel poverty", ["fuel poverty"],
       f"{WD[2][5]}%", "%", f"poverty, {WD[2][5]}%")
H.fact("wd_prose_fuel_orr", "wider_determinants", ORR, "2023", "Fuel poverty", ["fuel poverty"], f"{WD[5][5]}%", "%",
       f"(county {WD[5][5]}%)")
H.fact("wd_prose_fuel_pp", "wider_determinants", "Mid Orrinsham", "2023",
       "Fuel poverty gap to the county (percentage points)", ["fuel poverty", "percentage points"], f"{fpp}",
       "percentage points", f"{fpp} percentage")
H.fact("wd_prose_ta_mo", "wider_determinants", "Mid Orrinsham", "2024/25",
       "Households in temporary accommodation per 1,000", ["temporary"], f"{WD[2][4]}", "per 1,000",
       f"Orrinsham at {WD[2][4]} per")
H.fact("wd_prose_ta_eng", "wider_determinants", ENG, "2024/25", "Households in temporary accommodation per 1,000",
       ["temporary"], f"{WD[7][4]}", "per 1,000", f"{WD[7][4]}). Polterne")
H.fact("wd_prose_walk_pol", "wider_determinants", "Polterne", "2024/25", "Adults walking for travel", ["walking"],
       f"{WD[1][1]}%", "%", f"travel ({WD[1][1]}%)")
H.fact("wd_prose_pm_pol", "wider_determinants", "Polterne", "2024", "Fine particulate matter (PM2.5)",
       ["particulate", "pm2.5", "air"], f"{WD[1][2]}", "µg/m³", f"air ({WD[1][2]}")
hfooter()

# ---- page 6: Table 4 Better Care Fund, £ in the cells, wrapped stream names
H.add(HHEAD)
H.add("Table 4: Better Care Fund pooled budget by funding stream, 2025/26 and 2026/27")
flat_header([["Funding stream"], ["2025/26", "(£000)"], ["2026/27", "(£000)"], ["Change", "(£000)"], ["Change", "(%)"]])


def pound(x):
    return f"-£{f0(abs(x))}" if x < 0 else f"£{f0(x)}"


def pc1(x):
    return f"{x:.1f}%"


for lab, name, kw, a, b in BCF:
    d, c = b - a, chg(b, a)
    i = H.add(" ".join([lab[0], pound(a), pound(b), pound(d), pc1(c)]))
    H.adds(lab[1:])
    p = slug(name)
    H.at(i, f"bcf_{p}_2526", "bcf", ORR, "2025/26", name, kw, pound(a), "£k")
    H.at(i, f"bcf_{p}_2627", "bcf", ORR, "2026/27", name, kw, pound(b), "£k")
    H.at(i, f"bcf_{p}_chg", "bcf", ORR, "2026/27", f"{name} change on 2025/26 (£000)", ["change"], pound(d), "£k")
    H.at(i, f"bcf_{p}_pct", "bcf", ORR, "2026/27", f"{name} change on 2025/26 (%)", ["change"], pc1(c), "%")
H.add("Source: Orrinsham Better Care Fund plan 2026/27, approved by NHS England on 22 July 2026.")
H.add("Background papers: Orrinsham JSNA 2026 data pack 3, https://www.orrinsham.gov.uk/jsna/2026/data-pack-3;")
H.add("Better Care Fund policy framework 2026/27.")
hfooter()
assert hpage[0] == NPAGES + 1

ids = [f["id"] for f in FACTS]
if len(set(ids)) != len(ids):
    sys.exit(f"duplicate ids: {sorted({i for i in ids if ids.count(i) > 1})}")
for name, lines in OUT.items():
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
with open(os.path.join(HERE, "facts.jsonl"), "w", encoding="utf-8") as fh:
    for f in FACTS:
        fh.write(json.dumps(f, ensure_ascii=False) + "\n")
print({k: len(v) for k, v in OUT.items()}, len(FACTS), "facts",
      {k: sum(f["file"] == k for f in FACTS) for k in OUT})
