#!/usr/bin/env python3
"""Write the Wrenholt packs (`pandoc -t plain` of the ICB place director's Word report to the Health Scrutiny
Committee; `lynx -dump` of the Director of Public Health's annual report page to the Health and Wellbeing Board)
and facts.jsonl.

Tables are given as their numbers; totals, changes, variances, gaps and rates are computed here so that they add
up, then printed as the tool would.  Each table fact is placed on the physical line holding its printed cell (the
first line of a multiline row, the row's line in a simple or lynx table); each prose fact is a `[[token]]` in the
paragraph's text, and its line is found from where the wrapped paragraph puts the token.  Written and run before
any loader read the packs.  Run from this folder.
"""

import json
import os
import re
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
FACTS: list[dict] = []
OUT: dict[str, list[str]] = {}
WR, NW, ENG = "Wrenholt", "North West", "England"
ICB = "Wrenholt and Mersedge ICB"
LOC = ["Thornclough", "Eastby", "Marlstone"]
NUM = r"(?<![\w.,£])%s(?![\w]|[.,]\d)"
TOKEN = re.compile(r"\[\[(.+?)\]\]")


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
    return f"{x:,.1f}"


def sgn0(x):
    return f"-{abs(round(x)):,}" if x < 0 else f"{round(x):,}"


def slug(s, n=18):
    return re.sub(r"\W+", "_", s.lower()).strip("_")[:n]


class Pack:
    def __init__(self, name):
        self.name = name
        self.lines: list[str] = []
        OUT[name] = self.lines

    def add(self, line=""):
        self.lines.append(line.rstrip())
        return len(self.lines) - 1

    def raw(self, block):
        for x in block.removeprefix("\n").removesuffix("\n").split("\n"):
            self.add(x)

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

    def para(self, text, specs=(), width=72, first="", rest="", blank=True):
        """A paragraph wrapped at `width`; each `[[printed]]` token is a fact whose metadata is the next entry of
        `specs`: (id, dataset, area, period, measure, keywords, unit)."""
        text = " ".join(text.split())
        plain, offs, printed = "", [], []
        for k, part in enumerate(TOKEN.split(text)):
            if k % 2:
                offs.append(len(plain))
                printed.append(part)
            plain += part
        if len(offs) != len(specs):
            sys.exit(f"{len(offs)} tokens, {len(specs)} specs: {text[:60]!r}")
        wrapped = textwrap.wrap(plain, width, initial_indent=first, subsequent_indent=rest,
                                break_long_words=False, break_on_hyphens=False)
        pos, spans = 0, []
        for n, ln in enumerate(wrapped):
            body = ln[len(first if n == 0 else rest):]
            assert plain[pos:pos + len(body)] == body, (plain[pos:pos + 40], body)
            spans.append((pos, pos + len(body)))
            pos += len(body) + 1
        idx = [self.add(x) for x in wrapped]
        if blank:
            self.add("")
        for o, p, spec in zip(offs, printed, specs):
            k = next(n for n, (a, b) in enumerate(spans) if a <= o < b)
            fid, ds, area, per, meas, kw, unit = spec
            self.at(idx[k], fid, ds, area, per, meas, kw, p, unit)
        return idx


# ---------------------------------------------------------------- pandoc -t plain helpers
def setext(P, title, ch):
    P.add(title)
    P.add(ch * len(title))
    P.add("")


def simple_table(P, cols, rows, caption=None):
    """pandoc's simple table: header line, a dash run under each column, rows aligned, a blank line after.
    cols: [(header, 'L'|'R')]; rows: [[cell]].  Returns each row's line index."""
    w = [max(len(h), *(len(r[j]) for r in rows)) + 2 for j, (h, _) in enumerate(cols)]

    def line(cells):
        out = []
        for (h, al), width, c in zip(cols, w, cells):
            out.append(c.rjust(width) if al == "R" else c.ljust(width))
        return "  " + " ".join(out)

    P.add(line([h for h, _ in cols]))
    P.add("  " + " ".join("-" * x for x in w))
    idx = [P.add(line(r)) for r in rows]
    P.add("")
    if caption:
        for x in textwrap.wrap(f"Table: {caption}", 72):
            P.add(x)
        P.add("")
    return idx


def multiline_table(P, cols, rows, caption):
    """pandoc's multiline table: a full-width rule above and below, the header's cells over two lines, a dash run
    under each column, each row's cells wrapped in their column with a blank line between rows, `Table: ...`
    under the table.  cols: [(header lines, width, 'L'|'R')]; rows: [[cell text]].  Returns each row's first
    line index (numbers sit on the first line of their row)."""
    full = sum(c[1] for c in cols) + len(cols) - 1
    P.add("  " + "-" * full)

    def put(cells):
        n = max(len(c) for c in cells)
        first = None
        for k in range(n):
            out = []
            for (h, width, al), c in zip(cols, cells):
                t = c[k] if k < len(c) else ""
                out.append(t.rjust(width) if al == "R" else t.ljust(width))
            i = P.add("  " + " ".join(out))
            first = i if first is None else first
        return first

    put([c[0] for c in cols])
    P.add("  " + " ".join("-" * c[1] for c in cols))
    idx = []
    for k, r in enumerate(rows):
        if k:
            P.add("")
        idx.append(put([textwrap.wrap(cell, c[1]) or [""] for cell, c in zip(r, cols)]))
    P.add("  " + "-" * full)
    P.add("")
    for x in textwrap.wrap(f"Table: {caption}", 72):
        P.add(x)
    P.add("")
    return idx


# ============ Pack 1: Health Scrutiny Committee 2 December 2026 (pandoc -t plain of a Word report) ============
P = Pack("wrenholt_hosc_2026-12-02.txt")
P.raw("""
WRENHOLT METROPOLITAN BOROUGH COUNCIL

Health Scrutiny Committee
=========================

Wednesday 2 December 2026, 6.30 pm, Council Chamber, Wrenholt Town Hall,
Market Street, Wrenholt WR1 4HT

Agenda item 6: Wrenholt place - efficiency, primary care and performance
------------------------------------------------------------------------

Report of the Place Director (Wrenholt), Wrenholt and Mersedge
Integrated Care Board

Contact: Odette Farraway, Head of Governance, telephone 0161 496 0732,
odette.farraway@nhs.net

Wards affected: all. Local authority code E08000046. Pages 17 to 32 of
the agenda pack.

SUMMARY
""")
P.add("")
# ---- QIPP numbers first (the summary quotes them)
Q = [
    ("Elective care pathway redesign (outpatient follow-up reduction)", 3250, 2980, "Amber"),
    ("Medicines optimisation and prescribing", 2840, 2910, "Green"),
    ("Continuing healthcare packages review", 2400, 1720, "Red"),
    ("Urgent care and discharge flow", 1960, 1650, "Amber"),
    ("Mental health out-of-area placements", 1380, 880, "Red"),
    ("Community services productivity", 1120, 1120, "Green"),
    ("Corporate and estates efficiencies", 960, 1010, "Green"),
]
QT = (sum(r[1] for r in Q), sum(r[2] for r in Q))
Q.append(("Total", *QT, "Amber"))
q_gap = QT[1] - QT[0]
q_gap_pct = round(abs(q_gap) / QT[0] * 100, 1)
Q_DELIV = 5200
q_deliv_pct = round(Q_DELIV / QT[0] * 100, 1)
PC = [
    ("General Medical Services global sum (£121.79 per weighted patient)", "General Medical Services global sum",
     ["global sum"], 38420, 38910),
    ("Personal Medical Services contracts", "Personal Medical Services contracts", ["personal medical"], 6180, 6150),
    ("Quality and Outcomes Framework (£225.49 per point)", "Quality and Outcomes Framework",
     ["quality and outcomes"], 5860, 5860),
    ("Enhanced services", "Enhanced services", ["enhanced"], 3270, 3520),
    ("Premises reimbursements", "Premises reimbursements", ["premises"], 4950, 4880),
    ("Dispensing and prescribing fees", "Dispensing and prescribing fees", ["dispensing"], 1140, 1190),
    ("Other GP services", "Other GP services", ["other gp"], 1740, 1610),
]
PCT = (sum(r[3] for r in PC), sum(r[4] for r in PC))
PC.append(("Total delegated budget", "Total delegated primary medical care budget", ["total", "delegated"], *PCT))
pc_over = PCT[1] - PCT[0]

P.para(f"This report updates the Committee on the Wrenholt place efficiency (QIPP) programme at month 6 "
       f"(September 2026), the delegated primary medical care budget, the Additional Roles Reimbursement Scheme "
       f"(ARRS), the general practice workforce and the performance of services for Wrenholt residents. It "
       f"follows the item considered on 16 September 2026 (minute HSC/26/31).")
P.add("In brief:")
P.add("")
P.para(f"The place's efficiency (QIPP) plan of [[£{QT[0] / 1000:.1f}m]] is forecast to deliver "
       f"[[£{QT[1] / 1000:.1f}m]], a shortfall of [[£{abs(q_gap) / 1000:.1f}m]] ([[{q_gap_pct}%]] of plan).",
       [("q_sum_plan", "qipp", WR, "2026/27", "QIPP plan", ["plan"], "£m"),
        ("q_sum_fcst", "qipp", WR, "2026/27", "QIPP forecast", ["forecast"], "£m"),
        ("q_sum_gap", "qipp", WR, "2026/27", "QIPP shortfall against plan", ["shortfall"], "£m"),
        ("q_sum_gap_pct", "qipp", WR, "2026/27", "QIPP shortfall as a percentage of plan", ["shortfall"], "%")],
       first="-   ", rest="    ", blank=False)
P.para(f"The delegated primary medical care budget of [[£{PCT[0] / 1000:.1f}m]] is forecast to overspend by "
       f"[[£{pc_over / 1000:.1f}m]], mainly on the global sum and enhanced services.",
       [("pc_sum_budget", "primary_care_budgets", WR, "2026/27", "Delegated primary medical care budget",
         ["budget", "delegated"], "£m"),
        ("pc_sum_over", "primary_care_budgets", WR, "2026/27", "Delegated primary care forecast overspend",
         ["overspend"], "£m")],
       first="-   ", rest="    ", blank=False)
P.para("A&E performance was [[73.4%]] of patients seen within 4 hours in October against the [[78%]] "
       "standard; 2 of the 11 indicators in Table 6 meet their standard.",
       [("sc_sum_ae", "performance", WR, "October 2026", "Patients seen within 4 hours in A&E", ["4 hours"], "%"),
        ("sc_sum_ae_std", "performance", WR, "2026/27", "A&E 4-hour standard", ["standard"], "%")],
       first="-   ", rest="    ")

setext(P, "Efficiency (QIPP) programme 2026/27", "-")
P.para(f"The Wrenholt place share of the ICB's efficiency requirement for 2026/27 is a QIPP plan of "
       f"[[£{QT[0]:,}k]] across seven schemes. At month 6 the forecast outturn is [[£{QT[1]:,}k]], "
       f"[[£{abs(q_gap):,}k]] below plan. Two schemes are rated red: the continuing healthcare review, where "
       f"fewer packages have been reviewed than planned, and mental health out-of-area placements.",
       [("q_prose_plan", "qipp", WR, "2026/27", "QIPP plan", ["plan"], "£k"),
        ("q_prose_fcst", "qipp", WR, "2026/27", "QIPP forecast outturn", ["forecast"], "£k"),
        ("q_prose_gap", "qipp", WR, "2026/27", "QIPP forecast below plan", ["below plan"], "£k")])
P.para("Table 1: QIPP schemes, Wrenholt place, forecast at month 6 2026/27")
rows = [[r[0], f0(r[1]), f0(r[2]), sgn0(r[2] - r[1]), r[3]] for r in Q]
idx = multiline_table(P, [(["Scheme", ""], 28, "L"), (["Plan", "(£000)"], 9, "R"),
                          (["Forecast", "(£000)"], 9, "R"), (["Variance", "(£000)"], 9, "R"),
                          (["RAG", ""], 6, "L")], rows,
                      "Source: Wrenholt and Mersedge ICB finance report, month 6. Variance is forecast less "
                      "plan; a negative variance is a shortfall.")
for i, r, c in zip(idx, Q, rows):
    p = slug(r[0])
    nm = "QIPP total" if r[0] == "Total" else r[0]
    P.at(i, f"q_{p}_plan", "qipp", WR, "2026/27", f"{nm} annual plan", ["plan"], c[1], "£k")
    P.at(i, f"q_{p}_fcst", "qipp", WR, "2026/27", f"{nm} forecast", ["forecast"], c[2], "£k", rag=r[3])
    P.at(i, f"q_{p}_var", "qipp", WR, "2026/27", f"{nm} variance", ["variance"], c[3], "£k")

setext(P, "Delegated primary medical care", "-")
P.para(f"Wrenholt's delegated primary medical care budget for 2026/27 is [[£{PCT[0]:,}k]]. The forecast is "
       f"[[£{PCT[1]:,}k]], an overspend of [[£{pc_over:,}k]]: the global sum rose with list growth after the "
       f"2026/27 contract uplift, and more practices signed up to the enhanced services. Budget lines are in "
       f"Table 2; the figures in brackets in the line names are the 2026/27 contract rates, not budget figures.",
       [("pc_prose_budget", "primary_care_budgets", WR, "2026/27", "Delegated primary medical care budget",
         ["budget", "delegated"], "£k"),
        ("pc_prose_fcst", "primary_care_budgets", WR, "2026/27", "Delegated primary medical care forecast",
         ["forecast"], "£k"),
        ("pc_prose_over", "primary_care_budgets", WR, "2026/27", "Delegated primary care overspend", ["overspend"],
         "£k")])
rows = [[r[0], f"£{r[3]:,}", f"£{r[4]:,}", sgn0(r[4] - r[3])] for r in PC]
idx = simple_table(P, [("Budget line (£000)", "L"), ("Budget", "R"), ("Forecast", "R"), ("Variance", "R")], rows,
                   "Table 2: Delegated primary medical care budget, Wrenholt, 2026/27, month 6 (£000)")
for i, r, c in zip(idx, PC, rows):
    p = slug(r[1])
    P.at(i, f"pc_{p}_budget", "primary_care_budgets", WR, "2026/27", f"{r[1]} budget", ["budget"], c[1], "£k")
    P.at(i, f"pc_{p}_fcst", "primary_care_budgets", WR, "2026/27", f"{r[1]} forecast", ["forecast"], c[2], "£k")
    P.at(i, f"pc_{p}_var", "primary_care_budgets", WR, "2026/27", f"{r[1]} variance", ["variance"], c[3], "£k")

ARRS = [("Thornclough PCN", 1184200, 562300), ("Haddle Valley PCN", 962700, 431900),
        ("Eastby Central PCN", 1347500, 702800), ("Lodgefield and Brindlecote PCN", 1092400, 468100),
        ("Marlstone PCN", 1215800, 610400), ("Canal Corridor PCN", 876300, 344600)]
AT = (sum(r[1] for r in ARRS), sum(r[2] for r in ARRS))
ARRS.append(("Wrenholt total", *AT))
a_pct = round(AT[1] / AT[0] * 100, 1)
ROLES, ROLES_FTE = 148, 136.4
P.add("ADDITIONAL ROLES REIMBURSEMENT SCHEME")
P.add("")
P.para("The six primary care networks (PCNs) in Wrenholt employ clinical pharmacists, physician associates, "
       "first contact physiotherapists, care coordinators and mental health practitioners through the ARRS. "
       "Table 3 shows each PCN's allocation for 2026/27 and what it had claimed by the end of month 6. A PCN "
       "that claims evenly through the year would have claimed 50% by then.")
rows = [[r[0], f"£{r[1]:,}", f"£{r[2]:,}", f"{r[2] / r[1] * 100:.1f}%"] for r in ARRS]
idx = simple_table(P, [("PCN", "L"), ("Allocation 2026/27", "R"), ("Claimed to month 6", "R"), ("% claimed", "R")],
                   rows, "Table 3: ARRS allocation and claims by primary care network, 2026/27")
for i, r, c in zip(idx, ARRS, rows):
    area = WR if r[0] == "Wrenholt total" else r[0]
    p = slug(r[0])
    P.at(i, f"arrs_{p}_alloc", "pcn_budgets", area, "2026/27", "ARRS allocation 2026/27", ["allocation"], c[1], "£")
    P.at(i, f"arrs_{p}_claimed", "pcn_budgets", area, "Month 6 2026/27", "ARRS claimed to month 6", ["claimed"],
         c[2], "£")
    P.at(i, f"arrs_{p}_pct", "pcn_budgets", area, "Month 6 2026/27", "ARRS allocation claimed (%)", ["claimed"],
         c[3], "%")

# ---- GP workforce by locality
GP = [("Thornclough", 58.4, 27.6, 121840), ("Eastby", 71.9, 35.2, 162310), ("Marlstone", 49.7, 22.9, 98470)]
GPT = (round(sum(r[1] for r in GP), 1), round(sum(r[2] for r in GP), 1), sum(r[3] for r in GP))
GP += [("Wrenholt (borough)", *GPT), ("North West", 3998.2, None, 8214600), ("England", 28126.5, None, 63524800)]
NURSE_NA = {"North West": "..", "England": "n/a"}
setext(P, "General practice workforce", "-")
P.para("Table 4 shows fully qualified GPs and practice nurses (full-time equivalent, FTE) in each of the three "
       "localities at 30 September 2026, with the borough, the North West and England. Nurse figures for the "
       "region and England are not yet published on the same basis.")
rows = []
for r in GP:
    rows.append([r[0], f1(r[1]), NURSE_NA.get(r[0], f1(r[2]) if r[2] else ""), f0(r[3]), f0(r[3] / r[1])])
idx = multiline_table(P, [(["Locality", ""], 11, "L"), (["GPs (FTE,", "qualified)"], 11, "R"),
                          (["Practice", "nurses (FTE)"], 12, "R"), (["Registered", "patients"], 11, "R"),
                          (["Patients per", "GP (FTE)"], 12, "R")], rows,
                      "Table 4: General practice workforce by locality, 30 September 2026. .. not available; n/a "
                      "not applicable.")
for i, r, c in zip(idx, GP, rows):
    area = WR if r[0].startswith("Wrenholt") else r[0]
    p = slug(area)
    per = "September 2026"
    P.at(i, f"gp_{p}_gps", "gp_workforce", area, per, "GPs (FTE, fully qualified)", ["gps", "fte"], c[1], "FTE")
    if r[2]:
        P.at(i, f"gp_{p}_nurses", "gp_workforce", area, per, "Practice nurses (FTE)", ["nurses"], c[2], "FTE")
    P.at(i, f"gp_{p}_patients", "gp_workforce", area, per, "Registered patients", ["patients"], c[3], "count")
    P.at(i, f"gp_{p}_ppg", "gp_workforce", area, per, "Patients per GP (FTE)", ["per gp"], c[4], "patients")
e_ppg = f0(GP[1][3] / GP[1][1])
P.para(f"Eastby has the most patients for each GP, [[{e_ppg}]], and Marlstone the fewest. The trajectory in "
       f"Table 5 follows the GP retention scheme and the four training practices opened in 2025.",
       [("gp_prose_eastby_ppg", "gp_workforce", "Eastby", "September 2026", "Patients per GP", ["per gp"],
         "patients")])
YEARS = ["2022/23", "2023/24", "2024/25", "2025/26", "2026/27", "2027/28", "2028/29"]
KIND = ["Actual", "Actual", "Actual", "Actual", "Forecast", "Plan", "Plan"]
TF = [168.2, 172.5, 175.1, 178.4, GPT[0], 184.5, 189.0]
TP = [371450, 374980, 377900, 380260, GPT[2], 385100, 387400]
rows = []
for k, (y, kind, fte, pts) in enumerate(zip(YEARS, KIND, TF, TP)):
    ch = "-" if k == 0 else f"{fte - TF[k - 1]:.1f}"
    rows.append([y, kind, f1(fte), ch, f0(pts), f0(pts / fte)])
idx = simple_table(P, [("Year", "L"), ("Status", "L"), ("GPs (FTE)", "R"), ("Change on year", "R"),
                       ("Registered patients", "R"), ("Patients per GP", "R")], rows,
                   "Table 5: GP workforce trajectory, Wrenholt, 2022/23 to 2028/29 (at 30 September each year)")
for i, y, c in zip(idx, YEARS, rows):
    k = y[:4]
    P.at(i, f"traj_{k}_fte", "gp_workforce", WR, y, f"GPs (FTE), {c[1].lower()}", ["gps", "fte"], c[2], "FTE")
    if c[3] != "-":
        P.at(i, f"traj_{k}_chg", "gp_workforce", WR, y, "Change in GPs (FTE) on the previous year", ["change"], c[3],
             "FTE")
    P.at(i, f"traj_{k}_patients", "gp_workforce", WR, y, "Registered patients", ["patients"], c[4], "count")
    P.at(i, f"traj_{k}_ppg", "gp_workforce", WR, y, "Patients per GP", ["per gp"], c[5], "patients")

# ---- performance
S = [
    ("Patients seen within 4 hours in A&E (all types)", "ae4", ["4 hours", "a&e"], "%", "78%", 73.4, 74.9),
    ("Ambulance category 2 mean response time (minutes)", "cat2", ["category 2", "ambulance"], "minutes", "30",
     36.8, 33.2),
    ("Ambulance handovers taking over 60 minutes", "handover60", ["handovers"], "count", "0", 214, 187),
    ("Patients waiting over 52 weeks for treatment", "rtt52", ["52 weeks"], "count", "0", 1240, 1305),
    ("Patients waiting under 18 weeks (referral to treatment)", "rtt18", ["18 weeks"], "%", "70%", 61.2, 60.7),
    ("Diagnostic tests: patients waiting over 6 weeks", "dm01", ["diagnostic"], "%", "5%", 18.6, 19.9),
    ("Cancer: diagnosis or cancer ruled out within 28 days", "fds", ["28 days", "cancer"], "%", "80%", 81.2, 80.4),
    ("Cancer: treatment within 62 days of referral", "c62", ["62 days", "cancer"], "%", "75%", 69.5, 71.3),
    ("Dementia diagnosis rate (aged 65+)", "dementia", ["dementia"], "%", "66.7%", 67.0, 66.8),
    ("GP appointments within 14 days of booking", "gp14", ["14 days", "gp appointments"], "%", "-", 84.6, 83.9),
    ("Virtual ward occupancy", "vw", ["virtual ward"], "%", "80%", 76.5, None),
]


def sv(x, unit):
    if x is None:
        return "n/a"
    return f"{x:.1f}%" if unit == "%" else f"{x:.1f}" if unit == "minutes" else f0(x)


def meets(r):
    if r[4] == "-":
        return False
    t = num(r[4])
    return r[5] >= t if r[1] in ("ae4", "rtt18", "fds", "c62", "dementia", "vw") else r[5] <= t


setext(P, "Performance for Wrenholt residents", "-")
P.para("Table 6 sets out the latest position against the NHS constitutional and operational standards for "
       "Wrenholt residents, whichever provider treated them. Virtual ward occupancy was first reported in "
       "October; there is no national standard for GP appointments within 14 days.")
rows = [[r[0], r[4], sv(r[5], r[3]), sv(r[6], r[3])] for r in S]
idx = multiline_table(P, [(["Indicator", ""], 30, "L"), (["Standard", ""], 9, "R"), (["October", "2026"], 9, "R"),
                          (["September", "2026"], 10, "R")], rows,
                      "Table 6: Performance against standards, Wrenholt residents. Sources: NHS England "
                      "statistical work areas, published 12 November 2026.")
for i, r, c in zip(idx, S, rows):
    lab, key, kw, unit = r[0], r[1], r[2], r[3]
    if c[1] != "-":
        P.at(i, f"sc_{key}_std", "performance", WR, "2026/27", f"{lab} standard", ["standard"], c[1], unit)
    P.at(i, f"sc_{key}_oct", "performance", WR, "October 2026", lab, kw, c[2], unit)
    if c[3] != "n/a":
        P.at(i, f"sc_{key}_sep", "performance", WR, "September 2026", lab, kw, c[3], unit)
N_MEET = sum(meets(r) for r in S)
assert N_MEET == 2, N_MEET

# ---- minutes-style questions and answers
setext(P, "Questions from members at the briefing on 18 November 2026", "-")
P.para("The following questions were put by members at the pre-meeting briefing and are recorded here with "
       "the answers given, as agreed at the Committee's meeting on 16 September 2026.")
P.para("Councillor Idris Marsh (Haddle Brow ward) asked how long Wrenholt patients were waiting for planned "
       "hospital treatment. In answer to a question, the Director of Planned Care said that [[1,240]] people had "
       "waited more than 52 weeks at the end of October, down from [[1,410]] in March, and that [[96]] of them "
       "had waited more than 65 weeks. The waiting list for Wrenholt residents stood at [[41,870]], of whom "
       "[[61.2%]] had waited less than 18 weeks; the list had grown by [[2.3%]] since April.",
       [("m_rtt52_oct", "performance", WR, "October 2026", "Patients waiting more than 52 weeks", ["52 weeks"],
         "count"),
        ("m_rtt52_mar", "performance", WR, "March 2026", "Patients waiting more than 52 weeks", ["52 weeks"],
         "count"),
        ("m_rtt65", "performance", WR, "October 2026", "Patients waiting more than 65 weeks", ["65 weeks"], "count"),
        ("m_wl", "performance", WR, "October 2026", "Waiting list", ["waiting list"], "count"),
        ("m_rtt18", "performance", WR, "October 2026", "Patients waiting less than 18 weeks", ["18 weeks"], "%"),
        ("m_wl_growth", "performance", WR, "October 2026", "Waiting list growth since April", ["growth"],
         "%")])
P.para("Councillor Joanna Pryor asked about delays in handing patients over from ambulances in Wrenholt. The "
       "Place Director said that [[214]] handovers had taken longer than 60 minutes in October, against "
       "[[187]] in September. The average handover had taken [[41]] minutes and about [[1,860]] ambulance hours "
       "had been lost in the month. The category 2 mean response time was [[36.8]] minutes against a standard "
       "of [[30]] minutes.",
       [("m_h60_oct", "performance", WR, "October 2026", "Ambulance handovers over 60 minutes", ["handovers"],
         "count"),
        ("m_h60_sep", "performance", WR, "September 2026", "Ambulance handovers over 60 minutes", ["handovers"],
         "count"),
        ("m_handover_avg", "performance", WR, "October 2026", "Average ambulance handover time", ["handover"],
         "minutes"),
        ("m_hours_lost", "performance", WR, "October 2026", "Ambulance hours lost", ["hours lost"], "hours"),
        ("m_cat2", "performance", WR, "October 2026", "Category 2 mean response time", ["category 2"], "minutes"),
        ("m_cat2_std", "performance", WR, "2026/27", "Category 2 mean response standard", ["standard"],
         "minutes")])
GP_APPTS, GP_APPTS_GROWTH, SAME_DAY = 198450, 4.1, 42.6
add_fte = round(TF[-1] - GPT[0], 1)
P.para(f"Asked by Councillor Marsh about access to general practice, the Place Director said that Wrenholt "
       f"practices had provided [[{GP_APPTS:,}]] appointments in October, [[{GP_APPTS_GROWTH}%]] more than in "
       f"October 2025; [[{SAME_DAY}%]] were on the day they were booked and [[84.6%]] within 14 days. There "
       f"were [[{f0(GPT[2] / GPT[0])}]] patients for each full-time equivalent GP in the borough, against "
       f"[[{f0(GP[5][3] / GP[5][1])}]] in England, and the plan would add a further [[{add_fte}]] GP FTE by "
       f"2028/29. Members were reminded that the practice list figures exclude about 2,000 temporary residents.",
       [("m_appts", "gp_workforce", WR, "October 2026", "GP appointments provided", ["appointments"], "count"),
        ("m_appts_growth", "gp_workforce", WR, "October 2026", "GP appointments growth on October 2025",
         ["appointments", "growth"], "%"),
        ("m_same_day", "gp_workforce", WR, "October 2026", "GP appointments on the same day as booked", ["same day"],
         "%"),
        ("m_gp14", "performance", WR, "October 2026", "GP appointments within 14 days", ["14 days"], "%"),
        ("m_ppg_wr", "gp_workforce", WR, "September 2026", "Patients per FTE GP", ["per", "gp"], "patients"),
        ("m_ppg_eng", "gp_workforce", ENG, "September 2026", "Patients per FTE GP", ["per", "gp"], "patients"),
        ("m_add_fte", "gp_workforce", WR, "2028/29", "Further GP FTE planned by 2028/29", ["gp fte", "further"],
         "FTE")])
P.para("Councillor Amara Osei asked about NHS dentistry. Officers said that [[41.8%]] of adults in Wrenholt had "
       "seen an NHS dentist in the previous 24 months, compared with [[40.3%]] in the North West and [[40.0%]] in "
       "England; for children the figure was [[58.9%]] in the previous 12 months. Any member wishing to raise a "
       "constituent's case may call the Integrated Care Board's patient advice service on 0800 917 3146.",
       [("m_dent_adult", "performance", WR, "October 2026", "Adults who saw an NHS dentist in 24 months",
         ["dentist", "adults"], "%"),
        ("m_dent_nw", "performance", NW, "October 2026", "Adults who saw an NHS dentist in 24 months",
         ["dentist", "adults"], "%"),
        ("m_dent_eng", "performance", ENG, "October 2026", "Adults who saw an NHS dentist in 24 months",
         ["dentist", "adults"], "%"),
        ("m_dent_child", "performance", WR, "October 2026", "Children who saw an NHS dentist in 12 months",
         ["dentist", "children"], "%")])
P.para(f"In answer to a question on the efficiency programme, the Chief Finance Officer said that the place had "
       f"delivered [[£{Q_DELIV / 1000:.1f}m]] of savings by month 6, [[{q_deliv_pct}%]] of the annual plan, and "
       f"that [[£1.9m]] of this was non-recurrent. The ARRS funded [[{ROLES}]] staff ([[{ROLES_FTE}]] FTE) "
       f"across the six PCNs; [[£{AT[1] / 1e6:.2f}m]] of the [[£{AT[0] / 1e6:.2f}m]] allocation had been "
       f"claimed ([[{a_pct}%]]), and the ICB would write to the two PCNs that had claimed less than 43%.",
       [("m_q_deliv", "qipp", WR, "Month 6 2026/27", "QIPP savings delivered to month 6", ["delivered", "savings"],
         "£m"),
        ("m_q_deliv_pct", "qipp", WR, "Month 6 2026/27", "QIPP savings delivered as a percentage of plan",
         ["delivered", "plan"], "%"),
        ("m_q_nonrec", "qipp", WR, "Month 6 2026/27", "QIPP savings non-recurrent", ["non-recurrent"], "£m"),
        ("m_arrs_roles", "pcn_budgets", WR, "Month 6 2026/27", "ARRS staff funded", ["staff", "arrs"], "count"),
        ("m_arrs_fte", "pcn_budgets", WR, "Month 6 2026/27", "ARRS staff funded (FTE)", ["fte", "arrs"], "FTE"),
        ("m_arrs_claimed", "pcn_budgets", WR, "Month 6 2026/27", "ARRS claimed", ["claimed"], "£m"),
        ("m_arrs_alloc", "pcn_budgets", WR, "2026/27", "ARRS allocation", ["allocation"], "£m"),
        ("m_arrs_pct", "pcn_budgets", WR, "Month 6 2026/27", "ARRS allocation claimed (%)", ["claimed"], "%")])
P.raw("""
RECOMMENDATIONS

The Committee is asked to:

-   note the report and the position at month 6;
-   ask for a further report on the continuing healthcare review to its
    meeting on 3 March 2027; and
-   note the 11 performance indicators in Table 6 and the 6 PCNs' ARRS
    claims in Table 3.

Background papers: Wrenholt and Mersedge ICB board, 5 November 2026,
item 9 (https://www.wrenholtmersedge.icb.nhs.uk/board/2026-11-05/item-9).
""")

# ============ Pack 2: HWB 9 December 2026 (lynx -dump of the DPH annual report web page) ============
H = Pack("wrenholt_hwb_2026-12-09.txt")
W = 76


def hp(text, specs=()):
    return H.para(text, specs, width=W, first="   ", rest="   ")


def lynx_table(cols, rows):
    """lynx: header on one line, each cell padded to its column (numbers right-aligned where the HTML asks), no
    rules, body indented three spaces.  cols: [(header, width, 'L'|'R')].  Returns each row's line index."""
    def line(cells):
        out = "   "
        for (h, w, al), c in zip(cols, cells):
            out += (c.rjust(w) if al == "R" else c.ljust(w)) + "  "
        return out

    H.add(line([c[0] for c in cols]))
    idx = [H.add(line(r)) for r in rows]
    H.add("")
    return idx


H.raw("""
   [1]Skip to main content

   [2]Wrenholt Metropolitan Borough Council

   [3]Home > [4]Council and democracy > [5]Meetings > [6]Health and Wellbeing
   Board > 9 December 2026

Director of Public Health Annual Report 2026: Living well in Wrenholt

   Health and Wellbeing Board, Wednesday 9 December 2026, item 5. Report of
   Dr Ysolde Kearsley, Director of Public Health. Contact: 0161 496 0815 or
   [7]public.health@wrenholt.gov.uk.

   This year's report looks at how long people in Wrenholt (local authority
   code E08000046) live, how many of those years are spent in good health,
   and the conditions in our three localities that shape both. It supports
   the [8]Live Well Wrenholt strategy 2026-2030 and the [9]Joint Strategic
   Needs Assessment. Download the [10]full report (PDF, 2.3 MB).

At a glance
""")
H.add("")
LE = {  # male LE, female LE, male HLE, female HLE (2022-24)
    "Thornclough": (78.4, 82.1, 60.3, 60.9),
    "Eastby": (75.1, 79.4, 54.2, 55.6),
    "Marlstone": (77.6, 81.3, 59.1, 59.4),
    WR: (76.9, 80.8, 57.6, 58.2),
    NW: (77.7, 81.6, 59.9, 60.0),
    ENG: (79.1, 83.1, 61.5, 61.9),
}
LEP = "2022-24"
le = lambda a, k: f"{LE[a][k]:.1f}"
e_m_gap = round(LE[ENG][0] - LE["Eastby"][0], 1)
e_f_gap = round(LE[ENG][1] - LE["Eastby"][1], 1)
m_f_nw = round(LE[NW][1] - LE["Marlstone"][1], 1)
m_f_eng = round(LE[ENG][1] - LE["Marlstone"][1], 1)
POP, POP_DEP = 371200, 21.4
g_m, g_f = round(LE[ENG][0] - LE[WR][0], 1), round(LE[ENG][1] - LE[WR][1], 1)
H.para(f"[[{POP:,}]] residents (mid-2025 estimate), [[{POP_DEP}]] per cent of them living in the most deprived "
       f"tenth of neighbourhoods in England.",
       [("kf_pop", "headline", WR, "mid-2025", "Residents (mid-2025 estimate)", ["residents"], "count"),
        ("kf_pop_dep", "headline", WR, "2019", "Residents living in the most deprived tenth of neighbourhoods",
         ["deprived"], "%")], width=W, first="     * ", rest="       ", blank=False)
H.para(f"Men in Wrenholt live [[{g_m}]] years less than the England average, and women [[{g_f}]] years less.",
       [("kf_le_gap_m", "life_expectancy", WR, "2022-24", "Life expectancy gap to England, men", ["gap"],
         "years"),
        ("kf_le_gap_f", "life_expectancy", WR, "2022-24", "Life expectancy gap to England, women", ["gap"],
         "years")], width=W, first="     * ", rest="       ", blank=False)
H.para(f"Women in Wrenholt spend [[{round(LE[WR][1] - LE[WR][3], 1)}]] years of life in poor health.",
       [("kf_poor_f", "life_expectancy", WR, "2022-24", "Years lived in poor health, women", ["poor health"],
         "years")], width=W, first="     * ", rest="       ")
H.raw("""
How long we live
""")
H.add("")
MLE, FLE, MHLE, FHLE = "Life expectancy at birth, men", "Life expectancy at birth, women", \
    "Healthy life expectancy, men", "Healthy life expectancy, women"
KM, KF, KHM, KHF = ["life expectancy", "men"], ["life expectancy", "women"], ["healthy life", "men"], \
    ["healthy life", "women"]
hp(f"Life expectancy at birth in Wrenholt is [[{le(WR, 0)}]] years for men and [[{le(WR, 1)}]] years for women "
   f"({LEP}). Both are below the North West ([[{le(NW, 0)}]] and [[{le(NW, 1)}]] years) and well below England "
   f"([[{le(ENG, 0)}]] and [[{le(ENG, 1)}]] years), according to the [11]Public Health Outcomes Framework.",
   [("le_p_wr_m", "life_expectancy", WR, LEP, MLE, KM, "years"),
    ("le_p_wr_f", "life_expectancy", WR, LEP, FLE, KF, "years"),
    ("le_p_nw_m", "life_expectancy", NW, LEP, MLE, KM, "years"),
    ("le_p_nw_f", "life_expectancy", NW, LEP, FLE, KF, "years"),
    ("le_p_eng_m", "life_expectancy", ENG, LEP, MLE, KM, "years"),
    ("le_p_eng_f", "life_expectancy", ENG, LEP, FLE, KF, "years")])
hp(f"Men in Eastby can expect to live [[{le('Eastby', 0)}]] years, [[{e_m_gap}]] years fewer than the England "
   f"average of [[{le(ENG, 0)}]]. Women in Eastby live [[{le('Eastby', 1)}]] years, [[{e_f_gap}]] years fewer "
   f"than women in England. In Thornclough, life expectancy is [[{le('Thornclough', 0)}]] years for men and "
   f"[[{le('Thornclough', 1)}]] years for women, above the North West averages but still below England. "
   f"Marlstone sits between the two: men there live [[{le('Marlstone', 0)}]] years, and women "
   f"[[{le('Marlstone', 1)}]] years, [[{m_f_nw}]] years fewer than women across the North West and "
   f"[[{m_f_eng}]] fewer than in England.",
   [("le_p_eastby_m", "life_expectancy", "Eastby", LEP, MLE, KM, "years"),
    ("le_p_eastby_m_gap", "life_expectancy", "Eastby", LEP, "Life expectancy gap to England, men",
     ["gap"], "years"),
    ("le_p_eng_m2", "life_expectancy", ENG, LEP, MLE, KM, "years"),
    ("le_p_eastby_f", "life_expectancy", "Eastby", LEP, FLE, KF, "years"),
    ("le_p_eastby_f_gap", "life_expectancy", "Eastby", LEP, "Life expectancy gap to England, women",
     ["gap"], "years"),
    ("le_p_thorn_m", "life_expectancy", "Thornclough", LEP, MLE, KM, "years"),
    ("le_p_thorn_f", "life_expectancy", "Thornclough", LEP, FLE, KF, "years"),
    ("le_p_marl_m", "life_expectancy", "Marlstone", LEP, MLE, KM, "years"),
    ("le_p_marl_f", "life_expectancy", "Marlstone", LEP, FLE, KF, "years"),
    ("le_p_marl_f_gap_nw", "life_expectancy", "Marlstone", LEP, "Life expectancy gap to the North West, women",
     ["gap"], "years"),
    ("le_p_marl_f_gap_eng", "life_expectancy", "Marlstone", LEP, "Life expectancy gap to England, women",
     ["gap"], "years")])
H.raw("""
Healthy life expectancy
""")
H.add("")
m_poor = round(LE[WR][0] - LE[WR][2], 1)
f_poor = round(LE[WR][1] - LE[WR][3], 1)
hle_rng = round(LE["Thornclough"][2] - LE["Eastby"][2], 1)
hp(f"Healthy life expectancy - the years a person can expect to live in good health - is lower still. In "
   f"Wrenholt, healthy life expectancy for men is [[{le(WR, 2)}]] years (North West [[{le(NW, 2)}]]; England "
   f"[[{le(ENG, 2)}]]) and healthy life expectancy for women is [[{le(WR, 3)}]] years (North West "
   f"[[{le(NW, 3)}]]; England [[{le(ENG, 3)}]]). Men in Wrenholt therefore spend [[{m_poor}]] years of their "
   f"lives in poor health, and women [[{f_poor}]] years.",
   [("hle_p_wr_m", "life_expectancy", WR, LEP, MHLE, KHM, "years"),
    ("hle_p_nw_m", "life_expectancy", NW, LEP, MHLE, KHM, "years"),
    ("hle_p_eng_m", "life_expectancy", ENG, LEP, MHLE, KHM, "years"),
    ("hle_p_wr_f", "life_expectancy", WR, LEP, FHLE, KHF, "years"),
    ("hle_p_nw_f", "life_expectancy", NW, LEP, FHLE, KHF, "years"),
    ("hle_p_eng_f", "life_expectancy", ENG, LEP, FHLE, KHF, "years"),
    ("hle_p_poor_m", "life_expectancy", WR, LEP, "Years lived in poor health, men", ["poor health"], "years"),
    ("hle_p_poor_f", "life_expectancy", WR, LEP, "Years lived in poor health, women", ["poor health"], "years")])
hp(f"By locality, male healthy life expectancy ranges from [[{le('Eastby', 2)}]] years in Eastby to "
   f"[[{le('Thornclough', 2)}]] years in Thornclough, a gap of [[{hle_rng}]] years; in Marlstone it is "
   f"[[{le('Marlstone', 2)}]] years. For women the range is from [[{le('Eastby', 3)}]] years (Eastby) to "
   f"[[{le('Thornclough', 3)}]] years (Thornclough), with Marlstone at [[{le('Marlstone', 3)}]] years. Table 1 "
   f"brings the figures together; [12]OHID's method is explained in the technical appendix.",
   [("hle_p_eastby_m", "life_expectancy", "Eastby", LEP, MHLE, KHM, "years"),
    ("hle_p_thorn_m", "life_expectancy", "Thornclough", LEP, MHLE, KHM, "years"),
    ("hle_p_gap_m", "life_expectancy", WR, LEP, "Gap in male healthy life expectancy between localities", ["gap"],
     "years"),
    ("hle_p_marl_m", "life_expectancy", "Marlstone", LEP, MHLE, KHM, "years"),
    ("hle_p_eastby_f", "life_expectancy", "Eastby", LEP, FHLE, KHF, "years"),
    ("hle_p_thorn_f", "life_expectancy", "Thornclough", LEP, FHLE, KHF, "years"),
    ("hle_p_marl_f", "life_expectancy", "Marlstone", LEP, FHLE, KHF, "years")])
H.add("   Table 1: Life expectancy (LE) and healthy life expectancy (HLE), 2022-24")
H.add("")
T1 = [("Thornclough", "Thornclough"), ("Eastby", "Eastby"), ("Marlstone", "Marlstone"), (WR, "Wrenholt (borough)"),
      (NW, "North West"), (ENG, "England")]
idx = lynx_table([("Area", 18, "L"), ("Men: LE", 7, "R"), ("Women: LE", 9, "R"), ("Men: HLE", 8, "R"),
                  ("Women: HLE", 10, "R")], [[lab] + [le(a, k) for k in range(4)] for a, lab in T1])
for i, (a, lab) in zip(idx, T1):
    p = slug(a)
    for k, (key, meas, kw) in enumerate([("m", "Male life expectancy", ["male", "life expectancy"]),
                                         ("f", "Female life expectancy", ["female", "life expectancy"]),
                                         ("hm", "Male healthy life expectancy", ["male", "healthy"]),
                                         ("hf", "Female healthy life expectancy", ["female", "healthy"])]):
        H.at(i, f"le_t_{p}_{key}", "life_expectancy", a, LEP, meas, kw, le(a, k), "years")
H.raw("""
   LE: life expectancy at birth. HLE: healthy life expectancy at birth. Source:
   [13]Fingertips, indicators A01a and A01b (90366, 90362).

Differences between wards
""")
H.add("")
WARDS = [("Thornclough North", "Thornclough", 80.6, 83.9), ("Haddle Brow", "Thornclough", 77.2, 81.0),
         ("Eastby Marsh", "Eastby", 71.8, 76.9), ("Lodgefield", "Eastby", 74.6, 78.8),
         ("Brindlecote", "Eastby", 76.3, 80.2), ("Marlstone Green", "Marlstone", 79.1, 82.7),
         ("Kittle Bank", "Marlstone", 75.9, 79.6)]
w_m = round(WARDS[0][2] - WARDS[2][2], 1)
w_f = round(WARDS[0][3] - WARDS[2][3], 1)
hp(f"The gap in life expectancy between the least and most deprived wards is [[{w_m}]] years for men and "
   f"[[{w_f}]] years for women. A boy born in Thornclough North can expect to live to [[{WARDS[0][2]:.1f}]]; "
   f"one born in Eastby Marsh, two miles away on the number 47 bus route, to [[{WARDS[2][2]:.1f}]]. Eastby "
   f"Marsh is among the most deprived 2 per cent of neighbourhoods in England on the 2019 Index of Multiple "
   f"Deprivation.",
   [("ward_p_gap_m", "life_expectancy", WR, "2020-24", "Gap in male life expectancy between wards",
     ["gap", "male"], "years"),
    ("ward_p_gap_f", "life_expectancy", WR, "2020-24", "Gap in female life expectancy between wards",
     ["gap", "female"], "years"),
    ("ward_p_tn_m", "life_expectancy", "Thornclough North", "2020-24", "Life expectancy at birth, boys",
     ["life expectancy", "boys"], "years"),
    ("ward_p_em_m", "life_expectancy", "Eastby Marsh", "2020-24", "Life expectancy at birth, boys",
     ["life expectancy", "boys"], "years")])
H.add("   Table 2: Life expectancy at birth by ward, 2020-24 (five years pooled)")
H.add("")
idx = lynx_table([("Ward", 18, "L"), ("Locality", 12, "L"), ("Male", 5, "L"), ("Female", 6, "L")],
                 [[w[0], w[1], f"{w[2]:.1f}", f"{w[3]:.1f}"] for w in WARDS])
for i, w in zip(idx, WARDS):
    p = slug(w[0])
    H.at(i, f"ward_{p}_m", "life_expectancy", w[0], "2020-24", "Male life expectancy", ["male"], f"{w[2]:.1f}",
         "years")
    H.at(i, f"ward_{p}_f", "life_expectancy", w[0], "2020-24", "Female life expectancy", ["female"],
         f"{w[3]:.1f}", "years")

e_w_gap = round(WARDS[4][3] - WARDS[2][3], 1)
hp(f"Inequalities are wide within localities too. Within Eastby, life expectancy for women ranges from "
   f"[[{WARDS[2][3]:.1f}]] years in Eastby Marsh to [[{WARDS[4][3]:.1f}]] years in Brindlecote, a gap of "
   f"[[{e_w_gap}]] years.",
   [("ward_p_em_f", "life_expectancy", "Eastby Marsh", "2020-24", "Life expectancy at birth, women",
     ["life expectancy", "women"], "years"),
    ("ward_p_br_f", "life_expectancy", "Brindlecote", "2020-24", "Life expectancy at birth, women",
     ["life expectancy", "women"], "years"),
    ("ward_p_eastby_gap_f", "life_expectancy", "Eastby", "2020-24",
     "Gap in female life expectancy between wards", ["gap"], "years")])
H.raw("""
Where we live and work
""")
H.add("")
WD = {  # walking %, PM2.5, employment %, temporary accommodation per 1,000, fuel poverty %
    "Thornclough": (22.4, 7.1, 76.8, 1.3, 12.4),
    "Eastby": (16.2, 8.6, 66.9, 4.1, 18.7),
    "Marlstone": (19.8, 7.6, 72.5, None, 14.6),
    WR: (19.1, 7.9, 71.4, 2.6, 15.6),
    NW: (19.4, 7.3, 73.2, None, 14.8),
    ENG: (21.9, 7.8, 75.7, 4.3, 13.1),
}
MISSING = {("Marlstone", 3): "*", (NW, 3): ".."}
WDI = [("walk", "Adults walking for travel at least three days a week", ["walking"], "2023/24", "%"),
       ("pm", "Fine particulate matter (PM2.5)", ["pm2.5", "particulate"], "2023", "µg/m³"),
       ("emp", "Employment rate, aged 16-64", ["employment"], "2025/26", "%"),
       ("ta", "Households in temporary accommodation per 1,000", ["temporary"], "2025/26", "per 1,000"),
       ("fuel", "Households in fuel poverty", ["fuel poverty"], "2024", "%")]
emp_pp = round(WD[ENG][2] - WD["Eastby"][2], 1)
hp("The conditions people live and work in shape their health long before they need a doctor. Table 3 "
   "compares the localities with the borough, the North West and England on five [14]wider determinants.")
H.add("   Table 3: Wider determinants of health by locality")
H.add("")
rows = []
for a, lab in T1:
    rows.append([lab] + [MISSING[(a, k)] if (a, k) in MISSING else f"{WD[a][k]:.1f}" for k in range(5)])
idx = lynx_table([("Area", 18, "L"), ("Walking %", 9, "L"), ("PM2.5", 5, "L"), ("Employment %", 12, "L"),
                  ("Temp. accomm. per 1,000", 23, "L"), ("Fuel poverty %", 14, "L")], rows)
for i, (a, lab), r in zip(idx, T1, rows):
    for k, (key, meas, kw, per, unit) in enumerate(WDI):
        if (a, k) in MISSING:
            continue
        H.at(i, f"wd_{slug(a)}_{key}", "wider_determinants", a, per, meas, kw, r[k + 1], unit)
H.raw("""
   Walking: Active Lives survey, adults walking for travel at least three days
   a week (the survey's 10-minute rule). PM2.5 in micrograms per cubic metre.
   Employment: people aged 16-64. Temporary accommodation: households per
   1,000. * fewer than 10 households, suppressed. .. not available.
""")
H.add("")
hp(f"Eastby has the lowest employment rate in the borough, [[{WD['Eastby'][2]:.1f}]] per cent, [[{emp_pp}]] "
   f"percentage points below England ([[{WD[ENG][2]:.1f}]] per cent). [[{WD['Eastby'][4]:.1f}]] per cent of "
   f"Eastby households are in fuel poverty, against [[{WD[WR][4]:.1f}]] per cent across Wrenholt and "
   f"[[{WD[ENG][4]:.1f}]] per cent in England. Eastby also has the most households in temporary "
   f"accommodation, [[{WD['Eastby'][3]:.1f}]] per 1,000 (borough [[{WD[WR][3]:.1f}]]), and the poorest air: "
   f"fine particulate matter averages [[{WD['Eastby'][1]:.1f}]] µg/m³, above England's "
   f"[[{WD[ENG][1]:.1f}]]. Thornclough has the most adults walking for travel, [[{WD['Thornclough'][0]:.1f}]] "
   f"per cent, and Eastby the fewest, [[{WD['Eastby'][0]:.1f}]] per cent. Marlstone's employment rate "
   f"([[{WD['Marlstone'][2]:.1f}]] per cent) is just below the North West's ([[{WD[NW][2]:.1f}]] per cent).",
   [("wd_p_eastby_emp", "wider_determinants", "Eastby", "2025/26", "Employment rate", ["employment"], "%"),
    ("wd_p_eastby_emp_pp", "wider_determinants", "Eastby", "2025/26",
     "Employment rate gap to England (percentage points)", ["percentage points"], "percentage points"),
    ("wd_p_eng_emp", "wider_determinants", ENG, "2025/26", "Employment rate", ["employment"], "%"),
    ("wd_p_eastby_fuel", "wider_determinants", "Eastby", "2024", "Households in fuel poverty", ["fuel poverty"],
     "%"),
    ("wd_p_wr_fuel", "wider_determinants", WR, "2024", "Households in fuel poverty", ["fuel poverty"], "%"),
    ("wd_p_eng_fuel", "wider_determinants", ENG, "2024", "Households in fuel poverty", ["fuel poverty"], "%"),
    ("wd_p_eastby_ta", "wider_determinants", "Eastby", "2025/26", "Households in temporary accommodation per 1,000",
     ["temporary"], "per 1,000"),
    ("wd_p_wr_ta", "wider_determinants", WR, "2025/26", "Households in temporary accommodation per 1,000",
     ["temporary"], "per 1,000"),
    ("wd_p_eastby_pm", "wider_determinants", "Eastby", "2023", "Fine particulate matter (PM2.5)",
     ["particulate", "pm2.5"], "µg/m³"),
    ("wd_p_eng_pm", "wider_determinants", ENG, "2023", "Fine particulate matter (PM2.5)", ["particulate", "pm2.5"],
     "µg/m³"),
    ("wd_p_thorn_walk", "wider_determinants", "Thornclough", "2023/24", "Adults walking for travel", ["walking"],
     "%"),
    ("wd_p_eastby_walk", "wider_determinants", "Eastby", "2023/24", "Adults walking for travel", ["walking"], "%"),
    ("wd_p_marl_emp", "wider_determinants", "Marlstone", "2025/26", "Employment rate", ["employment"], "%"),
    ("wd_p_nw_emp", "wider_determinants", NW, "2025/26", "Employment rate", ["employment"], "%")])

BCF = [
    ("Community health and reablement", ["reablement"], 14820, 15460),
    ("Intermediate care beds", ["intermediate care"], 6240, 6510),
    ("Home care and domiciliary support", ["home care"], 9870, 10380),
    ("Carers support", ["carers"], 1120, 1180),
    ("Disabled Facilities Grant", ["disabled facilities"], 3460, 3460),
    ("Discharge support", ["discharge"], 4310, 4850),
    ("Assistive technology and telecare", ["assistive", "telecare"], 980, 890),
]
BT = (sum(r[2] for r in BCF), sum(r[3] for r in BCF))
BCF.append(("Total pooled budget", ["total", "pooled"], *BT))
b_ch = BT[1] - BT[0]
b_pct = round(b_ch / BT[0] * 100, 1)
d_ch = BCF[5][3] - BCF[5][2]
H.raw("""
Better Care Fund
""")
H.add("")
hp(f"The [15]Better Care Fund (BCF) pools NHS and council money for joined-up care. Its pooled budget for "
   f"2026/27 is [[£{BT[1] / 1000:.1f}m]], [[£{b_ch / 1000:.1f}m]] ([[{b_pct}]] per cent) more than in 2025/26. "
   f"Discharge support rises by [[£{d_ch * 1000:,}]] to fund 12 more step-down beds; assistive technology falls "
   f"as the analogue-to-digital telecare switch completes. The plan was signed off by the Board's chair on 30 "
   f"September 2026.",
   [("bcf_p_total", "bcf", WR, "2026/27", "Better Care Fund pooled budget", ["pooled", "better care fund"], "£m"),
    ("bcf_p_change", "bcf", WR, "2026/27", "Better Care Fund pooled budget change on 2025/26", ["pooled", "change"],
     "£m"),
    ("bcf_p_pct", "bcf", WR, "2026/27", "Better Care Fund pooled budget change on 2025/26 (per cent)",
     ["pooled", "change"], "%"),
    ("bcf_p_discharge", "bcf", WR, "2026/27", "Discharge support increase", ["discharge"], "£")])
H.add("   Table 4: Better Care Fund by scheme, Wrenholt (£000)")
H.add("")
rows = [[r[0], f0(r[2]), f0(r[3]), sgn0(r[3] - r[2])] for r in BCF]
idx = lynx_table([("Scheme", 34, "L"), ("2025/26", 7, "R"), ("2026/27", 7, "R"), ("Change", 6, "R")], rows)
for i, r, c in zip(idx, BCF, rows):
    p = slug(r[0])
    H.at(i, f"bcf_{p}_2526", "bcf", WR, "2025/26", r[0], r[1], c[1], "£k")
    H.at(i, f"bcf_{p}_2627", "bcf", WR, "2026/27", r[0], r[1], c[2], "£k")
    H.at(i, f"bcf_{p}_chg", "bcf", WR, "2026/27", f"{r[0]} change on 2025/26", ["change"], c[3], "£k")
reab_share = round(BCF[0][3] / BT[1] * 100, 1)
hp(f"Community health and reablement, the largest scheme, receives [[£{BCF[0][3] / 1000:.1f}m]], "
   f"[[{reab_share}]] per cent of the fund. The Disabled Facilities Grant is unchanged at "
   f"[[£{BCF[4][3] / 1000:.2f}m]].",
   [("bcf_p_reab", "bcf", WR, "2026/27", "Community health and reablement", ["reablement"], "£m"),
    ("bcf_p_reab_share", "bcf", WR, "2026/27", "Community health and reablement share of the fund",
     ["reablement", "share"], "%"),
    ("bcf_p_dfg", "bcf", WR, "2026/27", "Disabled Facilities Grant", ["disabled facilities"], "£m")])
H.raw("""
Recommendations

   The Board is asked to:
    1. note the Director of Public Health Annual Report 2026;
    2. agree the three priorities in chapter 4, including 10,000 more
       residents offered an NHS Health Check (aged 40-74) by 2028; and
    3. note the Better Care Fund plan 2026/27 and the 7 schemes in Table 4.

   Page last updated: 9 December 2026

   [16]Back to top

References

   1. https://www.wrenholt.gov.uk/#main
   2. https://www.wrenholt.gov.uk/
   3. https://www.wrenholt.gov.uk/
   4. https://www.wrenholt.gov.uk/council-and-democracy
   5. https://www.wrenholt.gov.uk/council-and-democracy/meetings
   6. https://democracy.wrenholt.gov.uk/ieListMeetings.aspx?CId=412
   7. mailto:public.health@wrenholt.gov.uk
   8. https://www.wrenholt.gov.uk/live-well-wrenholt-2026-2030
   9. https://www.wrenholt.gov.uk/jsna
  10. https://democracy.wrenholt.gov.uk/documents/s58214/DPH-annual-report-2026.pdf
  11. https://fingertips.ohid.gov.uk/profile/public-health-outcomes-framework/data#page/4/gid/1000049/pat/6/par/E12000002/ati/502/are/E08000046
  12. https://fingertips.ohid.gov.uk/profile/public-health-outcomes-framework/supporting-information/healthy-life-expectancy
  13. https://fingertips.ohid.gov.uk/search/90366
  14. https://fingertips.ohid.gov.uk/profile/wider-determinants/data#page/1/gid/1938133043/ati/502
  15. https://www.wrenholt.gov.uk/better-care-fund-2026-27
  16. https://www.wrenholt.gov.uk/council-and-democracy/meetings/hwb-2026-12-09#top
""")

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
