#!/usr/bin/env python3
"""Write the Brackenholt packs (pandoc's plain-text writer output of a Word report; pdftotext in its default,
non-layout mode of an ICB slide deck) and facts.jsonl.

Tables are given as their numbers; totals, changes, gaps and rates are computed here so that they add up, then
printed as the tool would.  Each table fact is placed on the physical line holding its printed cell (the first line
of a wrapped row, or the cell's own line in the deck); each prose fact by an anchor that must match exactly one
line.  Written and run before any loader read the packs.  Run from this folder.
"""

import json
import os
import re
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
FACTS: list[dict] = []
OUT: dict[str, list[str]] = {}
BH, NW, ENG = "Brackenholt", "North West", "England"
ICB = "Brackenholt and Lune Valley ICB"
DIST = ["Garsthwaite", "Skelbeck", "Fellholme", "Winderby", "Lathmoss"]
AREAS = DIST + [BH, NW, ENG]
NUM = r"(?<![\w.,£])%s(?![\w]|[.,]\d)"


def num(printed):
    s = printed.strip()
    neg = s.startswith(("-", "(")) and not s.startswith("(p")
    s = s.removeprefix("c.").replace(",", "").replace("£", "").replace("%", "").strip("()+-")
    for suf in ("bn", "m", "k", "p"):
        s = s.removesuffix(suf)
    v = round(float(s), 6)
    return -v if neg else v


def f0(x):
    return f"{round(x):,}"


def chg(new, old):
    return round((new / old - 1) * 100, 1)


def slug(s, n=18):
    return re.sub(r"\W+", "_", s.lower()).strip("_")[:n]


class Pack:
    def __init__(self, name):
        self.name = name
        self.lines: list[str] = []
        OUT[name] = self.lines

    def text(self, block):
        """`{FF}` stands for a form feed."""
        raw = block.removeprefix("\n").removesuffix("\n").split("\n")
        ff = [x.strip() == "{FF}" for x in raw]
        body = textwrap.dedent("\n".join("" if f else x for x, f in zip(raw, ff))).split("\n")
        for x, f in zip(body, ff):
            if f:
                self.lines[-1] = self.lines[-1] + "\f" if self.lines else "\f"
            else:
                self.lines.append(x.rstrip())

    def add(self, line):
        self.lines.append(line)
        return len(self.lines) - 1

    def fact(self, fid, dataset, area, period, measure, kw, printed, unit, anchor, rag=None):
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


# ============ Pack 1: Health and Wellbeing Board 28 January 2026 (pandoc -t plain of a Word report) ============
P = Pack("brackenholt_hwb_2026-01-28.txt")
P.text("""
BRACKENHOLT COUNTY COUNCIL
==========================

Health and Wellbeing Board
--------------------------

Wednesday 28 January 2026 at 2.00 pm, Kentmere Room, County Offices, Fellholme BK4 7RW

Contact: Hollis Marrable, Democratic Services Officer, 01632 967 214

Agenda

  Item   Title                                                Pages
  ------ ---------------------------------------------------- -------
  1      Apologies for absence                                1 - 2
  2      Better Care Fund 2025/26                             3 - 14
  3      Director of Public Health Annual Report 2025         15 - 40

Better Care Fund 2025/26
========================

Report of the Executive Director of Adults and Health and the ICB's Director of Place

Purpose
-------

2.1 The Board is asked to note the Better Care Fund (BCF) pooled budget for 2025/26. It is set out by funding
stream in Table 1.[1]
""")
BCF = [
    ("NHS minimum contribution", ["minimum contribution"], 52180, 54630),
    ("Improved Better Care Fund (iBCF)", ["improved", "ibcf"], 18940, 18940),
    ("Disabled Facilities Grant", ["disabled facilities"], 6720, 7150),
    ("Discharge Fund (ICB)", ["discharge"], 3980, 4370),
    ("Discharge Fund (local authority)", ["discharge"], 3410, 3760),
    ("Additional council contribution", ["additional", "council"], 2150, 2400),
    ("Additional ICB contribution", ["additional", "icb"], 1900, 1420),
]
BCT = (sum(r[2] for r in BCF), sum(r[3] for r in BCF))
BCF.append(("Total pooled budget", ["total", "pooled"], *BCT))
BCF_TOTAL_M = f"£{BCT[1] / 1000:.1f}m"
BCF_GROWTH = chg(BCT[1], BCT[0])
P.text(f"""

2.2 The pooled budget is {BCF_TOTAL_M}, {BCF_GROWTH}% more than in 2024/25. The Discharge Fund grows by
{chg(BCF[3][3] + BCF[4][3], BCF[3][2] + BCF[4][2])}% and the Additional ICB contribution falls by {abs(chg(1420, 1900))}%.

Table 1: Better Care Fund by funding stream, Brackenholt

""")
P.add("  " + "Funding stream".ljust(35) + " " + "2024/25 (£000)".rjust(16) + " " + "2025/26 (£000)".rjust(16) + " "
      + "Change".rjust(8))
P.add("  ----------------------------------- ---------------- ---------------- --------")
for name, kw, a, b in BCF:
    c = chg(b, a)
    cs = f"{c:.1f}%" if c >= 0 else f"-{abs(c):.1f}%"
    i = P.add(f"  {name:<35} {f0(a):>16} {f0(b):>16} {cs:>8}")
    p = slug(name)
    P.at(i, f"bcf_{p}_2425", "bcf", BH, "2024/25", name, kw, f0(a), "£k")
    P.at(i, f"bcf_{p}_2526", "bcf", BH, "2025/26", name, kw, f0(b), "£k")
    P.at(i, f"bcf_{p}_chg", "bcf", BH, "2025/26", f"{name} change on 2024/25", ["change"], cs, "%")
P.fact("bcf_total_prose", "bcf", BH, "2025/26", "Better Care Fund pooled budget", ["pooled", "better care fund"],
       BCF_TOTAL_M, "£m", f"budget is {BCF_TOTAL_M}")
P.fact("bcf_growth_prose", "bcf", BH, "2025/26", "Better Care Fund pooled budget change on 2024/25",
       ["more", "change", "pooled"], f"{BCF_GROWTH}%", "%", f"{BCF_GROWTH}% more than")
dch = chg(BCF[3][3] + BCF[4][3], BCF[3][2] + BCF[4][2])
P.fact("bcf_discharge_growth", "bcf", BH, "2025/26", "Discharge Fund growth on 2024/25", ["discharge"],
       f"{dch}%", "%", f"{dch}% and the Additional")
P.fact("bcf_icb_fall", "bcf", BH, "2025/26", "Additional ICB contribution fall on 2024/25", ["additional", "icb"],
       f"{abs(chg(1420, 1900))}%", "%", f"falls by {abs(chg(1420, 1900))}%")
P.text("""

2.3 The council's contribution is agreed for two years; schemes funded from the iBCF are reviewed every 15-20
months by the joint commissioning group (paragraph 4.2).

Director of Public Health Annual Report 2025
============================================

1. How long we live
-------------------
""")
LE = [
    ("Garsthwaite", 78.1, 82.0, 10.4, 8.1),
    ("Skelbeck", 79.6, 83.3, 8.2, 6.9),
    ("Fellholme", 80.9, 84.4, 6.6, 5.2),
    ("Winderby", 77.2, 81.3, 11.7, 9.0),
    ("Lathmoss", 81.4, 84.8, 5.9, 4.8),
    ("Brackenholt", 79.3, 83.0, 9.8, 7.7),
    ("North West", 77.4, 81.5, 11.3, 9.4),
    ("England", 78.8, 82.8, 9.7, 7.9),
]
gm, gf = round(LE[4][1] - LE[3][1], 1), round(LE[4][2] - LE[3][2], 1)
P.text(f"""

Life expectancy at birth in Brackenholt is {LE[5][1]} years for men and {LE[5][2]} years for women (2021-23),
above the North West but below England for men. Men in Lathmoss live {gm} years longer than men in Winderby;
for women the difference is {gf} years.[2]

Within the county the gap between the most and least deprived tenth is {LE[5][3]} years for men and {LE[5][4]}
years for women, wider than in England ({LE[7][3]} years for men).

""")
P.fact("le_prose_m", "life_expectancy", BH, "2021-23", "Life expectancy at birth, men", ["life expectancy", "men"],
       f"{LE[5][1]}", "years", f"Brackenholt is {LE[5][1]} years")
P.fact("le_prose_f", "life_expectancy", BH, "2021-23", "Life expectancy at birth, women",
       ["life expectancy", "women"], f"{LE[5][2]}", "years", f"and {LE[5][2]} years for women")
P.fact("le_prose_dist_m", "life_expectancy", "Lathmoss", "2021-23", "Years longer men in Lathmoss live than men in Winderby",
       ["longer", "men"], f"{gm}", "years", f"Lathmoss live {gm} years")
P.fact("le_prose_dist_f", "life_expectancy", "Lathmoss", "2021-23",
       "Female life expectancy difference with Winderby", ["difference", "women"], f"{gf}", "years",
       f"difference is {gf} years")
P.fact("le_prose_gap_m", "life_expectancy", BH, "2021-23", "Life expectancy gap most vs least deprived, men",
       ["gap", "men"], f"{LE[5][3]}", "years", f"tenth is {LE[5][3]} years")
P.fact("le_prose_gap_f", "life_expectancy", BH, "2021-23", "Life expectancy gap most vs least deprived, women",
       ["gap", "women"], f"{LE[5][4]}", "years", f"men and {LE[5][4]}")
P.fact("le_prose_gap_eng", "life_expectancy", ENG, "2021-23", "Life expectancy gap most vs least deprived, men",
       ["gap", "men"], f"{LE[7][3]}", "years", f"England ({LE[7][3]} years")

# multiline table: a full-width rule above and below, wrapped header cells, blank lines between rows
W = [14, 12, 12, 14, 14]
RULE = "  " + "-" * (sum(W) + len(W) - 1)
P.add(RULE)
P.add("  Area           Life         Life         Gap, men       Gap, women")
P.add("                 expectancy,  expectancy,  (most v least  (most v least")
P.add("                 men          women        deprived)      deprived)")
P.add("  " + " ".join("-" * w for w in W))
LEC = [("le_m", "Life expectancy at birth, men", ["life expectancy", "men"]),
       ("le_f", "Life expectancy at birth, women", ["life expectancy", "women"]),
       ("gap_m", "Life expectancy gap most vs least deprived, men", ["gap", "men"]),
       ("gap_f", "Life expectancy gap most vs least deprived, women", ["gap", "women"])]
LABEL = {"Brackenholt": ["Brackenholt", "(county)"], "North West": ["North West", "region"]}
for r in LE:
    lab = LABEL.get(r[0], [r[0]])
    i = P.add(f"  {lab[0]:<14} " + " ".join(f"{x:.1f}".ljust(w) for x, w in zip(r[1:], W[1:])).rstrip())
    for extra in lab[1:]:
        P.add(f"  {extra}")
    P.add("")
    for c, (suf, meas, kw) in enumerate(LEC, start=1):
        P.at(i, f"le_{slug(r[0])}_{suf}", "life_expectancy", r[0], "2021-23", meas, kw, f"{r[c]:.1f}", "years")
P.lines[-1] = RULE
P.text("""

Table: Table 2. Life expectancy at birth and the gap between the most and least deprived tenth (years),
2021-23

2. Where we live and work
-------------------------

Table 3 compares the five districts with the county, the North West and England on five wider determinants of
health.[3]

""")
WD = [  # indicator rows, area columns
    ("walk", "Adults walking for travel at least three days a week (%), 2023/24",
     "Adults walking for travel at least three days a week", ["walk"], "%", "2023/24",
     [17.8, 20.4, 23.1, 15.9, 22.6, 19.7, 19.1, 21.9]),
    ("pm25", "Fine particulate matter, PM2.5 (µg/m³), 2023", "Fine particulate matter (PM2.5)",
     ["particulate", "pm2.5"], "µg/m³", "2023", [7.4, 6.9, 6.1, 7.9, 5.8, 6.8, 7.5, 7.8]),
    ("emp", "Employment rate, people aged 16-64 (%), 2024/25", "Employment rate, people aged 16-64",
     ["employment"], "%", "2024/25", [71.8, 74.9, 77.6, 69.3, 78.1, 74.2, 73.0, 75.7]),
    ("ta", "Households in temporary accommodation per 1,000, 2024/25",
     "Households in temporary accommodation per 1,000", ["temporary"], "per 1,000", "2024/25",
     [1.9, 2.4, 1.1, 3.2, 0.8, 1.9, 2.6, 4.2]),
    ("fuel", "Households in fuel poverty (%), 2023", "Households in fuel poverty", ["fuel"], "%", "2023",
     [15.2, 13.4, 11.8, 17.1, 10.9, 13.8, 14.6, 13.1]),
]
LW, CW = 18, 11
RULE = "  " + "-" * (LW + 8 * (CW + 1))
P.add(RULE)
P.add("  " + "Indicator".ljust(LW) + " " + " ".join(a.rjust(CW) for a in DIST + [BH, "North", ENG]))
P.add("  " + " " * LW + " " + " ".join(a.rjust(CW) for a in [""] * 6 + ["West", ""]).rstrip())
P.add("  " + "-" * LW + " " + " ".join("-" * CW for _ in range(8)))
for suf, lab, meas, kw, unit, per, vals in WD:
    wrapped = textwrap.wrap(lab, LW)
    cells = [f"{v:.1f}" + ("p" if suf == "emp" and a == BH else "") for v, a in zip(vals, AREAS)]
    i = P.add("  " + wrapped[0].ljust(LW) + " " + " ".join(c.rjust(CW) for c in cells))
    for w in wrapped[1:]:
        P.add("  " + w)
    P.add("")
    for a, c in zip(AREAS, cells):
        P.at(i, f"wd_{slug(a)}_{suf}", "wider_determinants", a, per, meas, kw, c, unit)
P.lines[-1] = RULE
P.text("""

Table: Table 3. Wider determinants of health by district, with the North West and England. p provisional.

Key points:

-   Winderby has the lowest employment rate (69.3%), against 74.2% across the county and 75.7% in England.
-   Fuel poverty is highest in Winderby, where 17.1% of households are fuel poor, against 13.8% in the
    county and 14.6% in the North West.
-   Fellholme has the most adults walking for travel (23.1%), above England (21.9%).
-   Temporary accommodation is highest in Winderby at 3.2 households per 1,000; Lathmoss has 0.8.

3. Recommendations
------------------

3.1 The Board is asked to note the report and to support the housing and warmth programme set out in
paragraph 3.4 of the full report.

[1] The NHS minimum contribution rises by 4.7% nationally; see the BCF Policy Framework, page 12.

[2] Office for Health Improvement and Disparities, Public Health Outcomes Framework, 2021-23.

[3] England figures for walking and air quality are the mean of 296 local authorities.
""")
KP = [
    ("kp_emp_win", "Winderby", "Employment rate, people aged 16-64", ["employment"], "69.3%", "2024/25", "(69.3%)"),
    ("kp_emp_bh", BH, "Employment rate, people aged 16-64", ["employment"], "74.2%", "2024/25", "against 74.2%"),
    ("kp_emp_eng", ENG, "Employment rate, people aged 16-64", ["employment"], "75.7%", "2024/25", "and 75.7% in"),
    ("kp_fuel_win", "Winderby", "Households in fuel poverty", ["fuel"], "17.1%", "2023", "where 17.1%"),
    ("kp_fuel_bh", BH, "Households in fuel poverty", ["fuel"], "13.8%", "2023", "against 13.8%"),
    ("kp_fuel_nw", NW, "Households in fuel poverty", ["fuel"], "14.6%", "2023", "and 14.6% in"),
    ("kp_walk_fel", "Fellholme", "Adults walking for travel", ["walk"], "23.1%", "2023/24", "(23.1%)"),
    ("kp_walk_eng", ENG, "Adults walking for travel", ["walk"], "21.9%", "2023/24", "England (21.9%)"),
    ("kp_ta_win", "Winderby", "Households in temporary accommodation per 1,000", ["temporary", "households"], "3.2",
     "2024/25", "at 3.2 households"),
    ("kp_ta_lat", "Lathmoss", "Households in temporary accommodation per 1,000", ["temporary", "households"], "0.8",
     "2024/25", "Lathmoss has 0.8"),
]
for fid, area, meas, kw, pr, per, anc in KP:
    unit = "%" if pr.endswith("%") else "per 1,000"
    P.fact(fid, "wider_determinants", area, per, meas, kw, pr, unit, anc)


# ================ Pack 2: ICB slide deck to the HOSC, 11 February 2026 (pdftotext, default mode) ================
D = Pack("brackenholt_hosc_2026-02-11.txt")
slide_no = [0]


def end_slide(footer=True):
    slide_no[0] += 1
    if footer:
        D.add("")
        D.add("Brackenholt and Lune Valley ICB | Scrutiny briefing")
        D.add("")
        D.add(f"Slide {slide_no[0]}")
    D.lines[-1] += "\f"


def cells(items):
    """One cell a line, in reading order, as pdftotext prints a small table; returns each cell's line index."""
    return [D.add(x) for x in items]


D.text("""
Brackenholt and Lune Valley
Integrated Care Board

Report to Brackenholt County Council
Health Overview and Scrutiny Committee

11 February 2026

Presented by: Dr Ceri Anwell, Chief Finance Officer, and Joanne Pilling, Director of Primary Care
Enquiries: 01632 967 560
""")
D.add("")
D.add("1")
D.lines[-1] += "\f"
slide_no[0] = 1
D.text("""
Contents

● QIPP and efficiency (slides 3-4)
● Delegated primary care budget (slide 5)
● ARRS by primary care network (slide 6)
● General practice workforce (slides 7-8)
● Health inequalities (slide 9)
● Performance scorecard (slide 10)
""")
end_slide()

# ---- slide 3: QIPP tiles
Q = [  # scheme, target, plan, delivered, forecast, RAG (£m)
    ("Medicines optimisation", 11.2, 7.5, 7.1, 10.6, "Amber"),
    ("Elective recovery and outpatients", 8.6, 5.7, 6.0, 8.9, "Green"),
    ("Continuing healthcare", 7.4, 4.9, 3.6, 6.1, "Red"),
    ("Urgent care and flow", 6.3, 4.2, 4.0, 6.0, "Amber"),
    ("Mental health placements", 4.9, 3.3, 3.4, 5.0, "Green"),
    ("Workforce and agency", 5.1, 3.4, 2.9, 4.5, "Red"),
    ("Corporate and estates", 3.3, 2.2, 2.4, 2.8, "Amber"),
]
QT = tuple(round(sum(r[c] for r in Q), 1) for c in range(1, 5))
assert QT == (46.8, 31.2, 29.4, 43.9), QT
gap = round(QT[3] - QT[0], 1)
ALLOC = 1380
D.text(f"""
QIPP at month 9 (December 2025)

£{QT[0]}m
QIPP target 2025/26

£{QT[1]}m
Plan to month 9

£{QT[2]}m
QIPP savings delivered to date

£{QT[3]}m
Forecast outturn

-£{abs(gap)}m
Forecast gap against target

£850k
Non-recurrent savings within
the amount delivered

● Delivered savings are {QT[2] / QT[1] * 100:.1f}% of the plan to date
● The target is {QT[0] / ALLOC * 100:.1f}% of the ICB's £1.38bn allocation
● Continuing healthcare is the largest risk: 3 of its 5 schemes are behind plan
""")
end_slide()
QID = "qipp"
D.fact("q_target", QID, ICB, "2025/26", "QIPP target", ["target"], f"£{QT[0]}m", "£m", f"£{QT[0]}m")
D.fact("q_plan", QID, ICB, "Month 9 2025/26", "QIPP plan to month 9", ["plan"], f"£{QT[1]}m", "£m", f"£{QT[1]}m")
D.fact("q_delivered", QID, ICB, "Month 9 2025/26", "QIPP savings delivered to date", ["delivered"], f"£{QT[2]}m",
       "£m", f"£{QT[2]}m")
D.fact("q_forecast", QID, ICB, "2025/26", "QIPP forecast outturn", ["forecast"], f"£{QT[3]}m", "£m", f"£{QT[3]}m")
D.fact("q_gap", QID, ICB, "2025/26", "QIPP forecast gap against target", ["gap"], f"-£{abs(gap)}m", "£m",
       f"-£{abs(gap)}m")
D.fact("q_nonrec", QID, ICB, "Month 9 2025/26", "Non-recurrent savings delivered", ["non-recurrent"], "£850k", "£k",
       "£850k")
D.fact("q_pct_plan", QID, ICB, "Month 9 2025/26", "QIPP delivered as a share of plan to date", ["plan", "delivered"],
       f"{QT[2] / QT[1] * 100:.1f}%", "%", "savings are")
D.fact("q_pct_alloc", QID, ICB, "2025/26", "QIPP target as a share of the allocation", ["allocation", "target"],
       f"{QT[0] / ALLOC * 100:.1f}%", "%", "The target is")
D.fact("q_alloc", QID, ICB, "2025/26", "ICB allocation", ["allocation"], "£1.38bn", "£bn", "£1.38bn allocation")

# ---- slide 4: QIPP by scheme, one cell a line
D.text("""
QIPP by scheme, month 9 2025/26 (£m)

Scheme
Target
Plan to
date
Delivered
Forecast
Variance
RAG
""")
QC = [("target", "QIPP target", ["target"]), ("plan", "QIPP plan to date", ["plan"]),
      ("delivered", "QIPP delivered to date", ["delivered"]), ("forecast", "QIPP forecast outturn", ["forecast"]),
      ("var", "QIPP forecast variance against target", ["variance"])]


def bracket(x):
    return f"({abs(x):.1f})" if x < 0 else f"{x:.1f}"


for r in Q + [("Total", *QT, "")]:
    var = round(r[4] - r[1], 1)
    idx = cells([r[0]] + [f"{x:.1f}" for x in r[1:5]] + [bracket(var)] + ([r[5]] if r[5] else []))
    p = slug(r[0])
    for (suf, meas, kw), i, v in zip(QC, idx[1:6], [*r[1:5], var]):
        D.at(i, f"q4_{p}_{suf}", QID, ICB, "Month 9 2025/26", f"{r[0]} {meas}", kw,
             bracket(v) if suf == "var" else f"{v:.1f}", "£m", rag=r[5] or None)
assert round(sum(round(r[4] - r[1], 1) for r in Q), 1) == gap
end_slide()

# ---- slide 5: delegated primary care budget
PC = [
    ("General practice contracts (global sum £121.07 per weighted patient)", "General practice contracts",
     ["contracts"], 71.4, 71.9),
    ("Premises reimbursements", "Premises reimbursements", ["premises"], 9.2, 9.1),
    ("Enhanced services", "Enhanced services", ["enhanced"], 5.6, 5.8),
    ("Quality and Outcomes Framework", "Quality and Outcomes Framework", ["quality", "outcomes"], 9.9, 9.7),
    ("Dispensing and prescribing fees", "Dispensing and prescribing fees", ["dispensing"], 3.8, 3.9),
    ("Other primary medical care", "Other primary medical care", ["other"], 2.1, 2.0),
]
PCT = (round(sum(r[3] for r in PC), 1), round(sum(r[4] for r in PC), 1))
assert PCT == (102.0, 102.4), PCT
PCV = round(PCT[0] - PCT[1], 1)
D.text(f"""
Delegated primary medical care budget 2025/26

£{PCT[0]:.1f}m
Delegated primary medical care budget

-£{abs(PCV)}m
Forecast overspend at month 9

Budget line
Annual
budget £m
Forecast
outturn £m
Variance
£m
""")
for r in PC + [("Total delegated budget", "Total delegated budget", ["total", "delegated"], *PCT)]:
    v = round(r[3] - r[4], 1)
    idx = cells([r[0], f"{r[3]:.1f}", f"{r[4]:.1f}", bracket(v)])
    p = slug(r[1])
    D.at(idx[1], f"pc_{p}_budget", "primary_care_budgets", ICB, "2025/26", f"{r[1]} annual budget", r[2],
         f"{r[3]:.1f}", "£m")
    D.at(idx[2], f"pc_{p}_forecast", "primary_care_budgets", ICB, "2025/26", f"{r[1]} forecast outturn",
         ["forecast"], f"{r[4]:.1f}", "£m")
    D.at(idx[3], f"pc_{p}_var", "primary_care_budgets", ICB, "2025/26", f"{r[1]} variance", ["variance"],
         bracket(v), "£m")
D.fact("pc_total_tile", "primary_care_budgets", ICB, "2025/26", "Delegated primary medical care budget",
       ["delegated", "budget"], f"£{PCT[0]:.1f}m", "£m", f"£{PCT[0]:.1f}m")
D.fact("pc_over_tile", "primary_care_budgets", ICB, "2025/26", "Delegated budget forecast overspend",
       ["overspend"], f"-£{abs(PCV)}m", "£m", f"-£{abs(PCV)}m")
end_slide()

# ---- slide 6: ARRS chart (two series of data labels, then the PCN axis labels, then the legend)
PCN = ["Garsthwaite PCN", "Skelbeck North PCN", "Skelbeck South PCN", "Fellholme PCN", "Winderby PCN",
       "Lathmoss PCN"]
AAL = [1684, 1392, 1236, 1548, 1127, 1305]
ACL = [1198, 1041, 862, 1170, 790, 951]
at, ct = sum(AAL), sum(ACL)
D.text(f"""
Additional Roles Reimbursement Scheme (ARRS), Brackenholt place

£{at / 1000:.1f}m
ARRS allocation 2025/26

£{ct / 1000:.1f}m
ARRS claimed to month 9

{ct / at * 100:.1f}%
of the allocation claimed

c.40
more ARRS roles planned by March 2026

ARRS allocation and claims by primary care network, 2025/26 (£k)
""")
ia = cells([f0(x) for x in AAL])
ic = cells([f0(x) for x in ACL])
cells(PCN)
D.text("""
Allocation
Claimed to month 9
""")
for pcn, i, j, a, c in zip(PCN, ia, ic, AAL, ACL):
    D.at(i, f"arrs_{slug(pcn)}_alloc", "pcn_budgets", pcn, "2025/26", "ARRS allocation", ["allocation"], f0(a), "£k")
    D.at(j, f"arrs_{slug(pcn)}_claimed", "pcn_budgets", pcn, "Month 9 2025/26", "ARRS claimed to month 9",
         ["claimed"], f0(c), "£k")
D.fact("arrs_alloc_tile", "pcn_budgets", BH, "2025/26", "ARRS allocation", ["allocation"], f"£{at / 1000:.1f}m",
       "£m", f"£{at / 1000:.1f}m")
D.fact("arrs_claimed_tile", "pcn_budgets", BH, "Month 9 2025/26", "ARRS claimed to month 9", ["claimed"],
       f"£{ct / 1000:.1f}m", "£m", f"£{ct / 1000:.1f}m")
D.fact("arrs_pct_tile", "pcn_budgets", BH, "Month 9 2025/26", "Share of the ARRS allocation claimed",
       ["claimed", "allocation"], f"{ct / at * 100:.1f}%", "%", f"{ct / at * 100:.1f}%")
D.fact("arrs_roles_tile", "pcn_budgets", BH, "2025/26", "More ARRS roles planned", ["roles"], "c.40", "count",
       "c.40")
end_slide()

# ---- slide 7: GP workforce by district, one cell a line
G = [
    ("Garsthwaite", 104320, 55.9), ("Skelbeck", 131870, 71.6), ("Fellholme", 92450, 54.3),
    ("Winderby", 71280, 33.1), ("Lathmoss", 84910, 49.8),
]
GT = (BH, sum(r[1] for r in G), round(sum(r[2] for r in G), 1))
G2 = G + [GT, (NW, 8204500, 4215.0), (ENG, 63850200, 28402.0)]
D.text("""
General practice workforce, December 2025

● Winderby has the fewest GPs per 1,000 patients
● Figures are fully qualified GPs, full-time equivalent (FTE)

Area
Registered
patients
GP FTE
GPs per
1,000
patients
""")
GRATE = {}
for r in G2:
    rate = f"{r[2] / r[1] * 1000:.2f}"
    GRATE[r[0]] = rate
    shown = rate + ("p" if r[0] == BH else "")
    idx = cells([r[0], f0(r[1]), f"{r[2]:,.1f}", shown])
    p = slug(r[0])
    D.at(idx[1], f"gp_{p}_patients", "gp_workforce", r[0], "December 2025", "Registered patients", ["patients"],
         f0(r[1]), "count")
    D.at(idx[2], f"gp_{p}_fte", "gp_workforce", r[0], "December 2025", "GP FTE (fully qualified)", ["gp", "fte"],
         f"{r[2]:,.1f}", "FTE")
    D.at(idx[3], f"gp_{p}_rate", "gp_workforce", r[0], "December 2025", "GPs per 1,000 patients",
         ["per 1,000", "gps"], shown, "per 1,000")
D.text("""

p provisional
""")
end_slide()

# ---- slide 8: trajectory chart (data labels, then the years) and a small table
YEARS = ["2021/22", "2022/23", "2023/24", "2024/25", "2025/26", "2026/27", "2027/28", "2028/29"]
FTE = [241.8, 247.3, 252.6, 258.9, GT[2], 272.0, 280.0, 288.0]
PAT = [470100, 474900, 478600, 481900, GT[1], 488000, 491200, 494300]
grow = round(GT[2] - FTE[3], 1)
D.text(f"""
GP workforce trajectory, Brackenholt place

+{grow}
FTE GPs more than a year earlier

International recruitment: a further 15-20 GPs expected in 2026/27

Fully qualified GPs (FTE), actual to 2025/26 and plan to 2028/29
""")
ifte = cells([f"{x:.1f}" for x in FTE])
cells(YEARS)
D.text("""
Actual
Plan

Year
Registered
patients
GPs per
1,000
""")
for y, i, v in zip(YEARS, ifte, FTE):
    D.at(i, f"traj_{y[:4]}_fte", "gp_workforce", BH, y, "Fully qualified GPs (FTE)", ["gp", "fte"], f"{v:.1f}",
         "FTE")
for y, n, v in zip(YEARS, PAT, FTE):
    rate = f"{v / n * 1000:.2f}"
    idx = cells([y, f0(n), rate])
    D.at(idx[1], f"traj_{y[:4]}_patients", "gp_workforce", BH, y, "Registered patients", ["patients"], f0(n),
         "count")
    D.at(idx[2], f"traj_{y[:4]}_rate", "gp_workforce", BH, y, "GPs per 1,000 patients", ["per 1,000", "gps"], rate,
         "per 1,000")
D.fact("traj_growth", "gp_workforce", BH, "2025/26", "FTE GPs more than a year earlier", ["more", "gps"],
       f"+{grow}", "FTE", f"+{grow}")
end_slide()

# ---- slide 9: life expectancy gap chart
D.text(f"""
Health inequalities: life expectancy

{LE[5][3]} years
gap in male life expectancy between the most
and least deprived tenth, Brackenholt

{LE[5][4]} years
gap in female life expectancy

Gap in male life expectancy, most v least deprived tenth, by district (years)
""")
ile = cells([f"{r[3]:.1f}" for r in LE[:5]])
cells(DIST)
for a, i, r in zip(DIST, ile, LE[:5]):
    D.at(i, f"gapchart_{slug(a)}", "life_expectancy", a, "2021-23", "Gap in male life expectancy, most v least "
         "deprived", ["gap"], f"{r[3]:.1f}", "years")
D.fact("gap_tile_m", "life_expectancy", BH, "2021-23", "Gap in male life expectancy, most v least deprived",
       ["gap", "male"], f"{LE[5][3]}", "years", f"{LE[5][3]} years")
D.fact("gap_tile_f", "life_expectancy", BH, "2021-23", "Gap in female life expectancy, most v least deprived",
       ["gap", "female"], f"{LE[5][4]}", "years", f"{LE[5][4]} years")
D.text("""
Source: OHID, 2021-23
""")
end_slide()

# ---- slide 10: scorecard, one cell a line
S = [
    ("A&E patients seen within 4 hours", ["a&e", "4 hours"], "%", 78.0, 73.6, 71.9, "Red"),
    ("Ambulance category 2 mean response (minutes)", ["ambulance", "category 2"], "min", 30.0, 33.8, 38.2, "Red"),
    ("RTT patients waiting under 18 weeks", ["rtt", "18 weeks"], "%", 92.0, 60.7, 60.2, "Red"),
    ("Patients waiting over 52 weeks", ["52 weeks"], "count", 0, 1234, 1198, "Red"),
    ("Diagnostic tests waiting over 6 weeks", ["diagnostic"], "%", 5.0, 14.6, 12.9, "Red"),
    ("Cancer Faster Diagnosis Standard, 28 days", ["faster diagnosis", "cancer"], "%", 77.0, 79.2, 76.4, "Amber"),
    ("Cancer treatment within 62 days", ["62 days", "cancer"], "%", 75.0, 66.3, 67.8, "Amber"),
    ("Talking therapies recovery rate", ["talking therapies", "recovery"], "%", 50.0, 52.1, 51.4, "Green"),
    ("Dementia diagnosis rate", ["dementia"], "%", 66.7, 64.0, 64.6, "Amber"),
    ("GP appointments within 2 weeks", ["appointments"], "%", 85.0, 86.2, 84.1, "Amber"),
    ("Out of area mental health placements (bed days)", ["out of area", "placements"], "count", 0, 512, 468, "Red"),
]
rc = {k: sum(r[6] == k for r in S) for k in ("Red", "Amber", "Green")}
D.text(f"""
Performance scorecard, December 2025

Of the {len(S)} indicators, {rc['Red']} are rated red, {rc['Amber']} amber and {rc['Green']} green.

Indicator
Target
Nov-25
Dec-25
RAG
""")


def sv(x, unit):
    return f"{x:.1f}%" if unit == "%" else f"{x:.1f}" if unit == "min" else f0(x)


for lab, kw, unit, t, a, b, rag in S:
    idx = cells([lab, sv(t, unit), sv(a, unit), sv(b, unit), rag])
    p = slug(lab)
    u = {"min": "minutes"}.get(unit, unit)
    D.at(idx[1], f"sc_{p}_target", "performance", ICB, "2025/26", f"{lab} target", ["target"], sv(t, unit), u)
    D.at(idx[2], f"sc_{p}_nov", "performance", ICB, "November 2025", lab, kw, sv(a, unit), u)
    D.at(idx[3], f"sc_{p}_dec", "performance", ICB, "December 2025", lab, kw, sv(b, unit), u, rag=rag)
end_slide()

ids = [f["id"] for f in FACTS]
if len(set(ids)) != len(ids):
    sys.exit(f"duplicate ids: {sorted({i for i in ids if ids.count(i) > 1})}")
for name, lines in OUT.items():
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
        # pdftotext ends each page with a form feed, so the next page's first line starts with it
        fh.write(("\n".join(lines) + "\n").replace("\f\n", "\n\f"))
with open(os.path.join(HERE, "facts.jsonl"), "w", encoding="utf-8") as fh:
    for f in FACTS:
        fh.write(json.dumps(f, ensure_ascii=False) + "\n")
print({k: len(v) for k, v in OUT.items()}, len(FACTS), "facts")
