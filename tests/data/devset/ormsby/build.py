#!/usr/bin/env python3
"""Write the Ormsby Fold packs (pdfminer.six's `pdf2txt.py` of an ICB report to the HOSC; `lynx -dump` of the HWB's
HTML report page) and facts.jsonl.

Tables are given as their numbers; totals, changes, gaps and rates are computed here so that they add up, then
printed as the tool would.  Each table fact is placed on the physical line holding its printed cell (the cell's own
line in a pdf2txt column box; the first line of a lynx row); each prose fact by an anchor that must match one line.
Written and run before any loader read the packs.  Run from this folder.
"""

import json
import os
import re
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
FACTS: list[dict] = []
OUT: dict[str, list[str]] = {}
OF, EM, ENG = "Ormsby Fold", "East Midlands", "England"
ICB = "Ormsby and Trentdale ICB"
DIST = ["Ashenby", "Cradlow", "Hatchmere", "Pelsworth", "Brimscote", "Yarrowfield"]
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


def f1(x):
    return f"({abs(x):.1f})" if x < 0 else f"{x:.1f}"


def chg(new, old):
    return round((new / old - 1) * 100, 1)


def slug(s, n=18):
    return re.sub(r"\W+", "_", s.lower()).strip("_")[:n]


class Pack:
    def __init__(self, name):
        self.name = name
        self.lines: list[str] = []
        OUT[name] = self.lines

    def text(self, block, dedent=True):
        """`{FF}` stands for a form feed (pdfminer writes one after each page)."""
        raw = block.removeprefix("\n").removesuffix("\n").split("\n")
        ff = [x.strip() == "{FF}" for x in raw]
        body = "\n".join("" if f else x for x, f in zip(raw, ff))
        body = (textwrap.dedent(body) if dedent else body).split("\n")
        for x, f in zip(body, ff):
            if f:
                self.lines[-1] = self.lines[-1] + "\f" if self.lines else "\f"
            else:
                self.lines.append(x.rstrip())

    def add(self, line):
        self.lines.append(line.rstrip())
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

    # ---- pdf2txt: text boxes, each followed by a blank line
    def box(self, lines):
        idx = [self.add(x) for x in lines]
        self.add("")
        return idx

    def para(self, text, width):
        """A prose box wrapped at the width of its text frame."""
        return self.box(textwrap.wrap(" ".join(text.split()), width))

    def col(self, header, cells):
        """One table column as pdfminer prints it: its header lines, then its cells one a line."""
        return self.box(header + cells)[len(header):]


# ============ Pack 1: HOSC 4 March 2026 (pdf2txt.py of the ICB's PDF report) ============
P = Pack("ormsby_hosc_2026-03-04.txt")
page = [1]


def end_page():
    P.box([str(page[0])])
    P.lines[-1] += "\f"
    page[0] += 1


P.box(["Ormsby Fold County Council"])
P.box(["Health Overview and Scrutiny Committee", "Wednesday 4 March 2026"])
P.box(["Agenda item 7"])
P.para("Ormsby and Trentdale Integrated Care Board: financial recovery, primary care and performance update", 58)
P.para("Report of the Chief Finance Officer and the Director of Primary Care, Ormsby and Trentdale ICB", 72)
P.box(["Contact: Wilmot Ashdown, Head of Corporate Affairs", "Tel: 01632 968 412",
       "Email: wilmot.ashdown@nhs.net"])
P.box(["1. Purpose of the report"])
P.para("1.1 This report updates the Committee on the ICB's efficiency (QIPP) programme at month 10 (January 2026), "
       "the delegated primary medical care budget, the Additional Roles Reimbursement Scheme (ARRS), the GP "
       "workforce and the ICB's performance scorecard. It follows the report to the meeting of 12 November 2025 "
       "(minute 41).", 83)
end_page()

# ---- QIPP
Q = [
    (["Elective pathway redesign"], 12.4, 10.1, 9.2, 11.3, "Amber"),
    (["Medicines optimisation"], 9.6, 7.9, 8.3, 9.9, "Green"),
    (["Continuing healthcare"], 7.2, 5.9, 4.1, 5.6, "Red"),
    (["Urgent and emergency care", "flow"], 6.8, 5.6, 5.2, 6.5, "Amber"),
    (["Workforce and agency spend"], 8.5, 7.0, 7.4, 8.9, "Green"),
    (["Estates rationalisation"], 3.1, 2.5, 1.2, 2.0, "Red"),
    (["Corporate running costs"], 2.9, 2.4, 2.4, 2.9, "Green"),
]
QT = [round(sum(r[k] for r in Q), 1) for k in (1, 2, 3, 4)]
Q.append((["Total"], *QT, "Amber"))
q_pct = round(QT[2] / QT[1] * 100, 1)
q_gap = round(QT[3] - QT[0], 1)
NONREC = 6.2
P.box(["2. Efficiency (QIPP) programme 2025/26"])
P.para(f"2.1 The ICB's efficiency (QIPP) target for 2025/26 is £{QT[0]}m. At month 10 it has delivered £{QT[2]}m "
       f"against a plan to date of £{QT[1]}m, which is {q_pct}% of plan. The forecast outturn is £{QT[3]}m, a "
       f"shortfall of £{abs(q_gap)}m against the target; £{NONREC}m of the savings delivered are non-recurrent.", 71)
P.para("2.2 Two schemes are rated red (Table 1). Recovery actions are set out in paragraphs 2.4 to 2.6.", 91)
P.box(["Table 1: QIPP schemes, Ormsby and Trentdale ICB, month 10 2025/26", "(£m)"])
P.box(["Scheme"] + [x for r in Q for x in r[0]])
heads = [(["Target"], "target", "Target", ["target"], "2025/26"),
         (["Plan to", "date"], "plan", "QIPP plan to date", ["plan"], "Month 10 2025/26"),
         (["Delivered", "to date"], "delivered", "QIPP delivered to date", ["delivered"], "Month 10 2025/26"),
         (["Forecast", "outturn"], "forecast", "QIPP forecast outturn", ["forecast"], "2025/26")]
for k, (h, key, meas, kw, per) in enumerate(heads):
    idx = P.col(h, [f"{r[k + 1]:.1f}" for r in Q])
    for i, r in zip(idx, Q):
        name = " ".join(r[0])
        P.at(i, f"q_{slug(name)}_{key}", "qipp", ICB, per, f"{name} {meas}", kw, f"{r[k + 1]:.1f}", "£m",
             r[5] if key == "forecast" else None)
idx = P.col(["Variance"], [f1(round(r[4] - r[1], 1)) for r in Q])
for i, r in zip(idx, Q):
    name = " ".join(r[0])
    P.at(i, f"q_{slug(name)}_var", "qipp", ICB, "2025/26", f"{name} forecast variance against target", ["variance"],
         f1(round(r[4] - r[1], 1)), "£m")
P.col(["RAG"], [r[5] for r in Q])
P.box(["Source: ICB finance report, month 10"])
P.fact("q_target_prose", "qipp", ICB, "2025/26", "QIPP target", ["target", "qipp"], f"£{QT[0]}m", "£m",
       f"2025/26 is £{QT[0]}m")
P.fact("q_deliv_prose", "qipp", ICB, "Month 10 2025/26", "QIPP delivered to date", ["delivered"], f"£{QT[2]}m", "£m",
       f"delivered £{QT[2]}m")
P.fact("q_plan_prose", "qipp", ICB, "Month 10 2025/26", "QIPP plan to date", ["plan"], f"£{QT[1]}m", "£m",
       f"date of £{QT[1]}m")
P.fact("q_pct_prose", "qipp", ICB, "Month 10 2025/26", "QIPP delivered as a percentage of plan", ["plan", "delivered"],
       f"{q_pct}%", "%", f"{q_pct}% of plan")
P.fact("q_fcst_prose", "qipp", ICB, "2025/26", "QIPP forecast outturn", ["forecast"], f"£{QT[3]}m", "£m",
       f"outturn is £{QT[3]}m")
P.fact("q_gap_prose", "qipp", ICB, "2025/26", "QIPP shortfall against target", ["shortfall"], f"£{abs(q_gap)}m",
       "£m", f"shortfall of £{abs(q_gap)}m")
P.fact("q_nonrec_prose", "qipp", ICB, "Month 10 2025/26", "QIPP savings delivered non-recurrently",
       ["non-recurrent"], f"£{NONREC}m", "£m", f"£{NONREC}m of the savings")
end_page()

# ---- delegated primary medical care budget
PC = [
    ("General practice contracts (£124.35 per weighted patient)", "General practice contracts", ["contracts"],
     84.6, 85.3),
    ("Premises reimbursements", "Premises reimbursements", ["premises"], 11.2, 11.0),
    ("Enhanced services", "Enhanced services", ["enhanced"], 6.4, 6.7),
    ("Quality and Outcomes Framework", "Quality and Outcomes Framework", ["quality and outcomes", "qof"], 12.9, 12.9),
    ("Other GP services", "Other GP services", ["other gp"], 3.7, 3.5),
    ("Dispensing and prescribing fees", "Dispensing and prescribing fees", ["dispensing"], 2.8, 2.9),
]
PCT = (round(sum(r[3] for r in PC), 1), round(sum(r[4] for r in PC), 1))
PC.append(("Total delegated budget", "Total delegated primary medical care budget", ["total", "delegated"], *PCT))
pc_var = round(PCT[0] - PCT[1], 1)
P.box(["3. Delegated primary medical care"])
P.para(f"3.1 The ICB's delegated primary medical care budget for 2025/26 is £{PCT[0]}m. The forecast at month 10 "
       f"is an overspend of £{abs(pc_var)}m, mainly on general practice contracts after the 2025/26 contract uplift "
       f"(Table 2).", 76)
P.box(["Table 2: Delegated primary medical care budget 2025/26, month 10 (£m)"])
P.box(["Budget line"] + [r[0] for r in PC])
for k, (h, key, meas, kw) in enumerate([(["Annual", "budget"], "budget", "annual budget", ["budget"]),
                                        (["Forecast", "outturn"], "forecast", "forecast outturn", ["forecast"])]):
    idx = P.col(h, [f"{r[3 + k]:.1f}" for r in PC])
    for i, r in zip(idx, PC):
        P.at(i, f"pc_{slug(r[1])}_{key}", "primary_care_budgets", ICB, "2025/26", f"{r[1]} {meas}", kw,
             f"{r[3 + k]:.1f}", "£m")
idx = P.col(["Variance", "(under)/", "over"], [f1(round(r[4] - r[3], 1)) for r in PC])
for i, r in zip(idx, PC):
    P.at(i, f"pc_{slug(r[1])}_var", "primary_care_budgets", ICB, "2025/26", f"{r[1]} variance", ["variance"],
         f1(round(r[4] - r[3], 1)), "£m")
P.fact("pc_total_prose", "primary_care_budgets", ICB, "2025/26", "Delegated primary medical care budget",
       ["budget", "delegated"], f"£{PCT[0]}m", "£m", f"2025/26 is £{PCT[0]}m")
P.fact("pc_over_prose", "primary_care_budgets", ICB, "2025/26", "Delegated primary care forecast overspend",
       ["overspend"], f"£{abs(pc_var)}m", "£m", f"overspend of £{abs(pc_var)}m")

# ---- ARRS by PCN
ARRS = [("Ashenby PCN", 1742, 1296), ("Cradlow PCN", 1356, 1104), ("Hatchmere North PCN", 1918, 1560),
        ("Hatchmere South PCN", 1604, 1177), ("Pelsworth PCN", 1231, 1029), ("Brimscote PCN", 1087, 846),
        ("Yarrowfield PCN", 1465, 1231)]
AT = (sum(r[1] for r in ARRS), sum(r[2] for r in ARRS))
ARRS.append(("Total", *AT))
a_pct = round(AT[1] / AT[0] * 100, 1)
P.box(["4. Additional Roles Reimbursement Scheme"])
P.para(f"4.1 The seven primary care networks (PCNs) in Ormsby Fold have ARRS allocations of £{AT[0] / 1000:.1f}m "
       f"for 2025/26. They had claimed £{AT[1] / 1000:.1f}m by month 10 ({a_pct}%). Of the 7 PCNs, 2 have claimed "
       f"less than 75% of their allocation.", 90)
P.box(["Table 3: ARRS allocation and claims by PCN, 2025/26 (£k)"])
P.box(["PCN"] + [r[0] for r in ARRS])
idx = P.col(["Allocation", "2025/26"], [f0(r[1]) for r in ARRS])
for i, r in zip(idx, ARRS):
    area = OF if r[0] == "Total" else r[0]
    P.at(i, f"arrs_{slug(r[0])}_alloc", "pcn_budgets", area, "2025/26", "ARRS allocation", ["allocation"], f0(r[1]),
         "£k")
idx = P.col(["Claimed to", "month 10"], [f0(r[2]) for r in ARRS])
for i, r in zip(idx, ARRS):
    area = OF if r[0] == "Total" else r[0]
    P.at(i, f"arrs_{slug(r[0])}_claimed", "pcn_budgets", area, "Month 10 2025/26", "ARRS claimed to month 10",
         ["claimed"], f0(r[2]), "£k")
idx = P.col(["Claimed", "(%)"], [f"{r[2] / r[1] * 100:.1f}" for r in ARRS])
for i, r in zip(idx, ARRS):
    area = OF if r[0] == "Total" else r[0]
    P.at(i, f"arrs_{slug(r[0])}_pct", "pcn_budgets", area, "Month 10 2025/26", "ARRS allocation claimed (%)",
         ["claimed"], f"{r[2] / r[1] * 100:.1f}", "%")
P.fact("arrs_alloc_prose", "pcn_budgets", OF, "2025/26", "ARRS allocations", ["allocation"], f"£{AT[0] / 1000:.1f}m",
       "£m", f"allocations of £{AT[0] / 1000:.1f}m")
P.fact("arrs_claim_prose", "pcn_budgets", OF, "Month 10 2025/26", "ARRS claimed by month 10", ["claimed"],
       f"£{AT[1] / 1000:.1f}m", "£m", f"claimed £{AT[1] / 1000:.1f}m")
P.fact("arrs_pct_prose", "pcn_budgets", OF, "Month 10 2025/26", "ARRS allocation claimed (%)", ["claimed"],
       f"{a_pct}%", "%", f"({a_pct}%)")
end_page()

# ---- GP workforce by district
GP = [("Ashenby", 98420, 52.3), ("Cradlow", 76310, 37.9), ("Hatchmere", 132870, 74.6), ("Pelsworth", 64950, 31.2),
      ("Brimscote", 58240, 30.8), ("Yarrowfield", 85630, 44.1)]
GPT = (sum(r[1] for r in GP), round(sum(r[2] for r in GP), 1))
GP += [(OF, *GPT), (EM, 5120400, 2252.8), (ENG, 63412000, 28310.4)]
P.box(["5. General practice workforce"])
P.para(f"5.1 Ormsby Fold has {GPT[1]} full-time equivalent (FTE) fully qualified GPs for {f0(GPT[0])} registered "
       f"patients, {GPT[1] / GPT[0] * 1000:.2f} per 1,000 patients. Table 4 compares the districts with the East "
       "Midlands and England; Table 5 shows the trajectory to 2028/29.", 79)
P.box(["Table 4: GP workforce by district, December 2025"])
P.box(["Area"] + [r[0] for r in GP])
idx = P.col(["Registered", "patients"], [f0(r[1]) for r in GP])
for i, r in zip(idx, GP):
    P.at(i, f"gp_{slug(r[0])}_patients", "gp_workforce", r[0], "December 2025", "Registered patients", ["patients"],
         f0(r[1]), "count")
idx = P.col(["GP FTE (fully", "qualified)"], [f"{r[2]:,.1f}" for r in GP])
for i, r in zip(idx, GP):
    P.at(i, f"gp_{slug(r[0])}_fte", "gp_workforce", r[0], "December 2025", "GP FTE (fully qualified)", ["fte"],
         f"{r[2]:,.1f}", "FTE")
idx = P.col(["GP FTE per", "1,000 patients"], [f"{r[2] / r[1] * 1000:.2f}" for r in GP])
for i, r in zip(idx, GP):
    P.at(i, f"gp_{slug(r[0])}_rate", "gp_workforce", r[0], "December 2025", "GP FTE per 1,000 patients",
         ["per 1,000"], f"{r[2] / r[1] * 1000:.2f}", "per 1,000")
P.fact("gp_fte_prose", "gp_workforce", OF, "December 2025", "Fully qualified GPs (FTE)", ["gps", "fte"],
       f"{GPT[1]}", "FTE", f"has {GPT[1]} full-time")
P.fact("gp_rate_prose", "gp_workforce", OF, "December 2025", "GP FTE per 1,000 patients", ["per 1,000"],
       f"{GPT[1] / GPT[0] * 1000:.2f}", "per 1,000", f"patients, {GPT[1] / GPT[0] * 1000:.2f} per")

# ---- trajectory: years as columns, each column printed as its own box
YEARS = ["2021/22", "2022/23", "2023/24", "2024/25", "2025/26", "2026/27", "2027/28", "2028/29"]
KIND = ["actual", "actual", "actual", "actual", "forecast", "plan", "plan", "plan"]
TF = [251.7, 257.4, 262.0, 266.5, GPT[1], 278.0, 285.5, 293.0]
TP = [498610, 503240, 508900, 512760, GPT[0], 520100, 523800, 527400]
P.box(["Table 5: GP workforce trajectory, Ormsby Fold, 2021/22 to 2028/29"])
P.box(["Measure", "GP FTE (fully qualified)", "Registered patients", "GP FTE per 1,000 patients"])
for y, kind, fte, pts in zip(YEARS, KIND, TF, TP):
    rate = f"{fte / pts * 1000:.2f}"
    i, j, k = P.col([y, kind], [f"{fte:.1f}", f0(pts), rate])
    yk = y[:4]
    P.at(i, f"traj_{yk}_fte", "gp_workforce", OF, y, f"GP FTE (fully qualified), {kind}", ["fte"], f"{fte:.1f}",
         "FTE")
    P.at(j, f"traj_{yk}_patients", "gp_workforce", OF, y, "Registered patients", ["patients"], f0(pts), "count")
    P.at(k, f"traj_{yk}_rate", "gp_workforce", OF, y, "GP FTE per 1,000 patients", ["per 1,000"], rate, "per 1,000")
P.para("5.2 The plan adds a further 20-25 FTE GPs by 2028/29 through the ARRS GP scheme and two training hubs.", 95)
end_page()

# ---- scorecard
S = [
    ("A&E patients seen within 4 hours", ["a&e", "4 hours"], "%", 78.0, 74.1, 72.8, "Red"),
    ("Ambulance category 2 mean response (minutes)", ["ambulance", "category 2"], "min", 30.0, 36.2, 41.5, "Red"),
    ("Patients waiting over 65 weeks", ["65 weeks"], "count", 0, 214, 187, "Red"),
    ("RTT patients waiting under 18 weeks", ["rtt", "18 weeks"], "%", 92.0, 59.8, 59.4, "Red"),
    ("Diagnostic tests waiting over 6 weeks", ["diagnostic"], "%", 5.0, 16.2, 14.9, "Red"),
    ("Cancer Faster Diagnosis Standard (28 days)", ["faster diagnosis", "cancer"], "%", 77.0, 78.4, 79.1, "Green"),
    ("Cancer treatment within 62 days", ["62 days", "cancer"], "%", 75.0, 68.2, 70.4, "Amber"),
    ("Talking therapies reliable recovery", ["talking therapies", "recovery"], "%", 48.0, 49.6, 47.2, "Amber"),
    ("Dementia diagnosis rate (aged 65+)", ["dementia"], "%", 66.7, 63.8, 64.1, "Amber"),
    ("Children and young people accessing mental health services", ["mental health", "children"], "count", 5400,
     5612, 5704, "Green"),
]
rc = {k: sum(r[6] == k for r in S) for k in ("Red", "Amber", "Green")}
P.box(["6. Performance scorecard"])
P.para(f"6.1 Of the {len(S)} indicators, {rc['Red']} are rated red, {rc['Amber']} amber and {rc['Green']} green in "
       "January 2026.", 70)
P.box(["Table 6: Performance scorecard, Ormsby and Trentdale ICB"])


def sv(x, unit):
    return f"{x:.1f}%" if unit == "%" else f"{x:.1f}" if unit == "min" else f0(x)


P.box(["Indicator"] + [r[0] for r in S])
tcol = P.col(["Target"], [sv(r[3], r[2]) for r in S])
dcol = P.col(["Dec-25"], [sv(r[4], r[2]) for r in S])
jcol = P.col(["Jan-26"], [sv(r[5], r[2]) for r in S])
P.col(["RAG"], [r[6] for r in S])
for t, d, j, (lab, kw, unit, a, b, c, rag) in zip(tcol, dcol, jcol, S):
    p = slug(lab)
    u = {"min": "minutes"}.get(unit, unit)
    P.at(t, f"sc_{p}_target", "performance", ICB, "2025/26", f"{lab} target", ["target"], sv(a, unit), u)
    P.at(d, f"sc_{p}_dec", "performance", ICB, "December 2025", lab, kw, sv(b, unit), u)
    P.at(j, f"sc_{p}_jan", "performance", ICB, "January 2026", lab, kw, sv(c, unit), u, rag=rag)
P.box(["7. Recommendation"])
P.para("7.1 The Committee is asked to note the report and to receive a further update at its meeting on 10 June "
       "2026.", 74)
end_page()

# ============ Pack 2: HWB 18 March 2026 (lynx -dump of the council's HTML report page) ============
H = Pack("ormsby_hwb_2026-03-18.txt")
H.text("""
   [1]Skip to main content

   [2]Ormsby Fold County Council

   [3]Home > [4]Council and democracy > [5]Health and Wellbeing Board

Health and Wellbeing Board - 18 March 2026

   Report of the Director of Public Health and the Executive Director of
   Adult Social Care. Contact: Marisa Quennell, 01632 968 530, or
   [6]hwb@ormsbyfold.gov.uk.

Summary

   This page sets out the [7]Better Care Fund plan 2025/26 and the findings
   of the [8]Joint Strategic Needs Assessment (JSNA) chapter on life
   expectancy and the wider determinants of health. See also [9]item 5 and
   [10]Appendix 2 (PDF, 1.4 MB).

Key facts

""")
BCF = [
    (["NHS minimum", "contribution"], "NHS minimum contribution", ["minimum contribution"], 58240, 60980),
    (["Improved Better Care", "Fund (iBCF)"], "Improved Better Care Fund (iBCF)", ["improved", "ibcf"], 21310, 21310),
    (["Disabled Facilities", "Grant"], "Disabled Facilities Grant", ["disabled facilities"], 7480, 7915),
    (["Discharge Fund (ICB)"], "Discharge Fund (ICB)", ["discharge"], 4420, 4860),
    (["Discharge Fund (local", "authority)"], "Discharge Fund (local authority)", ["discharge"], 3790, 4170),
    (["Additional council", "contribution"], "Additional council contribution", ["additional", "council"], 2600, 2850),
    (["Additional ICB", "contribution"], "Additional ICB contribution", ["additional", "icb"], 1750, 1300),
]
BT = (sum(r[3] for r in BCF), sum(r[4] for r in BCF))
BCF.append((["Total pooled budget"], "Total pooled budget", ["total", "pooled"], *BT))
BCF_M = f"£{BT[1] / 1000:.1f}m"
LE = [
    (["Ashenby"], 79.8, 83.4, 7.9, 6.3),
    (["Cradlow"], 77.9, 81.8, 10.6, 8.4),
    (["Hatchmere"], 78.2, 82.2, 10.1, 8.2),
    (["Pelsworth"], 80.6, 84.1, 6.8, 5.7),
    (["Brimscote"], 81.1, 84.5, 6.2, 5.1),
    (["Yarrowfield"], 79.5, 83.0, 8.4, 6.6),
    (["Ormsby Fold", "(county)"], 79.2, 82.9, 9.1, 7.4),
    (["East Midlands", "(region)"], 78.8, 82.6, 9.5, 7.8),
    (["England"], 79.1, 83.1, 9.7, 7.9),
]
WD = [
    (["Ashenby"], 21.4, 7.9, 76.2, 1.8, 12.6),
    (["Cradlow"], 16.9, 9.1, 70.4, 3.9, 16.2),
    (["Hatchmere"], 18.7, 9.6, 72.1, 4.6, 15.4),
    (["Pelsworth"], 23.5, 7.2, 78.3, 1.2, 11.8),
    (["Brimscote"], 24.2, 6.8, 79.0, 0.9, 11.1),
    (["Yarrowfield"], 20.1, 8.0, 75.5, 2.1, 13.5),
    (["Ormsby Fold", "(county)"], 20.5, 8.3, 74.6, 2.6, 13.8),
    (["East Midlands", "(region)"], 19.6, 8.1, 74.3, 2.3, 14.3),
    (["England"], 21.9, 7.8, 75.7, 4.2, 13.1),
]
KEY = [
    ("Life expectancy (male)", f"{LE[6][1]} years", "le_key_m", "life_expectancy", "2022-24", ["life expectancy", "male"],
     f"{LE[6][1]}", "years"),
    ("Life expectancy (female)", f"{LE[6][2]} years", "le_key_f", "life_expectancy", "2022-24",
     ["life expectancy", "female"], f"{LE[6][2]}", "years"),
    ("Gap in male life expectancy, most v least deprived", f"{LE[6][3]} years", "le_key_gap_m", "life_expectancy",
     "2022-24", ["gap"], f"{LE[6][3]}", "years"),
    ("Gap in female life expectancy, most v least deprived", f"{LE[6][4]} years", "le_key_gap_f", "life_expectancy",
     "2022-24", ["gap"], f"{LE[6][4]}", "years"),
    ("Better Care Fund pooled budget 2025/26", BCF_M, "bcf_key_total", "bcf", "2025/26",
     ["better care fund", "pooled"], BCF_M, "£m"),
    ("Employment rate (aged 16-64)", f"{WD[6][3]} per cent", "wd_key_emp", "wider_determinants", "2024/25",
     ["employment"], f"{WD[6][3]}", "%"),
    ("Households in fuel poverty", f"{WD[6][5]} per cent", "wd_key_fuel", "wider_determinants", "2023",
     ["fuel poverty"], f"{WD[6][5]}", "%"),
]
for dt, dd, *_ in KEY:
    H.add(f"   {dt}")
    H.add(f"          {dd}")
    H.add("")
for dt, dd, fid, ds, per, kw, printed, unit in KEY:
    H.fact(fid, ds, OF, per, dt, kw, printed, unit, dd if dd.startswith("£") else f"          {dd}")


def lynx_table(widths, header, rows):
    """Cells left-aligned at their columns two spaces apart; a cell too wide for its column wraps onto the next
    lines, indented (a row label's continuation two spaces further in).  Returns each row's first line index."""
    starts = [3]
    for w in widths[:-1]:
        starts.append(starts[-1] + w + 2)

    def put(cells, label_indent):
        n = max(len(c) for c in cells)
        first = None
        for k in range(n):
            line = ""
            for c, (s, cell) in enumerate(zip(starts, cells)):
                if k < len(cell):
                    pad = s + (label_indent if (k and c == 0) else 0)
                    line = line.ljust(pad) + cell[k]
            i = H.add(line)
            first = i if first is None else first
        return first

    put(header, 0)
    return [put(r, 2) for r in rows]


H.text("""

Better Care Fund 2025/26

   The Better Care Fund (BCF) pools NHS and council budgets for integrated
   health and social care. The plan was approved by NHS England on 14
   January 2026 (see [11]BCF planning requirements).

""")
H.add(f"   The pooled budget for 2025/26 is {BCF_M}, {chg(BT[1], BT[0])} per cent more")
dch = chg(BCF[3][4] + BCF[4][4], BCF[3][3] + BCF[4][3])
H.add(f"   than in 2024/25. The Discharge Fund grows by {dch} per cent and the")
H.add(f"   Additional ICB contribution falls by {abs(chg(1300, 1750))} per cent.")
H.add("")
H.add("   Table 1: Better Care Fund by funding stream")
H.add("")
rows = []
for lab, name, kw, a, b in BCF:
    c = chg(b, a)
    cs = f"{c:.1f}" if c >= 0 else f"-{abs(c):.1f}"
    rows.append([lab, [f0(a)], [f0(b)], [cs]])
firsts = lynx_table([22, 10, 10, 10], [["Funding stream"], ["2024/25", "(£000)"], ["2025/26", "(£000)"],
                                        ["Change", "(per cent)"]], rows)
for i, (lab, name, kw, a, b), r in zip(firsts, BCF, rows):
    p = slug(name)
    H.at(i, f"bcf_{p}_2425", "bcf", OF, "2024/25", name, kw, f0(a), "£k")
    H.at(i, f"bcf_{p}_2526", "bcf", OF, "2025/26", name, kw, f0(b), "£k")
    H.at(i, f"bcf_{p}_chg", "bcf", OF, "2025/26", f"{name} change on 2024/25", ["change"], r[3][0], "%")
H.fact("bcf_total_prose", "bcf", OF, "2025/26", "Better Care Fund pooled budget", ["pooled", "better care fund"],
       BCF_M, "£m", f"2025/26 is {BCF_M}")
H.fact("bcf_growth_prose", "bcf", OF, "2025/26", "Better Care Fund pooled budget change on 2024/25",
       ["more", "change", "pooled"], f"{chg(BT[1], BT[0])}", "%", f"{chg(BT[1], BT[0])} per cent more")
H.fact("bcf_discharge_growth", "bcf", OF, "2025/26", "Discharge Fund growth on 2024/25", ["discharge"], f"{dch}", "%",
       f"grows by {dch} per cent")
H.fact("bcf_icb_fall", "bcf", OF, "2025/26", "Additional ICB contribution fall on 2024/25", ["additional", "icb"],
       f"{abs(chg(1300, 1750))}", "%", f"falls by {abs(chg(1300, 1750))} per cent")

gm, gf = round(LE[4][1] - LE[1][1], 1), round(LE[4][2] - LE[1][2], 1)
H.text(f"""

Life expectancy

   Life expectancy at birth in Ormsby Fold is {LE[6][1]} years for men (England
   {LE[8][1]}) and {LE[6][2]} years for women (England {LE[8][2]}), 2022-24. Men in
   Brimscote live {gm} years longer than men in Cradlow; for women the
   difference is {gf} years. Data: [12]OHID Fingertips, [13]Public Health
   Outcomes Framework indicator A01b.

   Table 2: Life expectancy at birth and the gap between the most and least
   deprived tenths (slope index of inequality), 2022-24, years

""")
H.fact("le_prose_m", "life_expectancy", OF, "2022-24", "Life expectancy at birth, men", ["life expectancy", "men"],
       f"{LE[6][1]}", "years", f"Ormsby Fold is {LE[6][1]} years")
H.fact("le_prose_eng_m", "life_expectancy", ENG, "2022-24", "Life expectancy at birth, men",
       ["life expectancy", "men"], f"{LE[8][1]}", "years", f"   {LE[8][1]}) and")
H.fact("le_prose_dist_m", "life_expectancy", "Brimscote", "2022-24",
       "Years longer men in Brimscote live than men in Cradlow", ["longer", "men"], f"{gm}", "years",
       f"live {gm} years longer")
H.fact("le_prose_dist_f", "life_expectancy", "Brimscote", "2022-24",
       "Difference in life expectancy, women in Brimscote and Cradlow", ["difference", "women"], f"{gf}", "years",
       f"difference is {gf} years")
firsts = lynx_table(
    [14, 12, 12, 12, 12],
    [["Area"], ["Male life", "expectancy"], ["Female life", "expectancy"], ["Gap, male", "(most v", "least)"],
     ["Gap, female", "(most v", "least)"]],
    [[r[0]] + [[f"{x:.1f}"] for x in r[1:]] for r in LE],
)
for i, r in zip(firsts, LE):
    area = r[0][0]
    p = slug(area)
    H.at(i, f"le_{p}_m", "life_expectancy", area, "2022-24", "Male life expectancy", ["male"], f"{r[1]:.1f}", "years")
    H.at(i, f"le_{p}_f", "life_expectancy", area, "2022-24", "Female life expectancy", ["female"], f"{r[2]:.1f}",
         "years")
    H.at(i, f"le_{p}_gap_m", "life_expectancy", area, "2022-24", "Gap in male life expectancy, most v least deprived",
         ["gap"], f"{r[3]:.1f}", "years")
    H.at(i, f"le_{p}_gap_f", "life_expectancy", area, "2022-24",
         "Gap in female life expectancy, most v least deprived", ["gap"], f"{r[4]:.1f}", "years")

WARDS = [
    (["Kilnhurst"], "Ashenby", 77.6, 81.9),
    (["Cradlow Moor"], "Cradlow", 74.8, 79.6),
    (["Tolbeck"], "Cradlow", 80.9, 84.2),
    (["Hatchmere", "Central"], "Hatchmere", 73.9, 78.8),
    (["Fennick Green"], "Hatchmere", 82.4, 85.7),
    (["Pelsworth East"], "Pelsworth", 81.7, 85.0),
    (["Brimscote Heath"], "Brimscote", 83.0, 86.1),
    (["Yarrowfield", "North"], "Yarrowfield", 78.3, 82.6),
]
H.text("""

   Life expectancy varies more between wards than between districts. The
   eight wards below are those with the lowest and highest values in each
   district (ward figures are for 2020-24, pooled over five years):

""", dedent=False)
firsts = lynx_table([15, 12, 12, 12], [["Ward"], ["District"], ["Male", "(years)"], ["Female", "(years)"]],
                    [[w[0], [w[1]], [f"{w[2]:.1f}"], [f"{w[3]:.1f}"]] for w in WARDS])
for i, w in zip(firsts, WARDS):
    ward = " ".join(w[0])
    p = slug(ward)
    H.at(i, f"ward_{p}_m", "life_expectancy", ward, "2020-24", "Male life expectancy", ["male"], f"{w[2]:.1f}",
         "years")
    H.at(i, f"ward_{p}_f", "life_expectancy", ward, "2020-24", "Female life expectancy", ["female"], f"{w[3]:.1f}",
         "years")
wgap = round(WARDS[6][2] - WARDS[3][2], 1)
H.text(f"""

   Men in Brimscote Heath can expect to live {wgap} years longer than men in
   Hatchmere Central, about 9 miles away.

Wider determinants of health

   The JSNA compares each district with the county, the East Midlands and
   England on five indicators ([14]wider determinants profile). Sources are
   listed in [15]Appendix 3.

   Table 3: Wider determinants by district

""")
H.fact("ward_gap_prose", "life_expectancy", "Brimscote Heath", "2020-24",
       "Years longer men in Brimscote Heath live than men in Hatchmere Central", ["longer", "men"], f"{wgap}", "years",
       f"live {wgap} years")
WDI = [
    ("walk", "Adults walking for travel at least three days a week", ["walk"], "2023/24"),
    ("pm", "Fine particulate matter (PM2.5), µg/m³", ["pm2.5", "particulate"], "2023"),
    ("emp", "Employment rate, aged 16-64", ["employment"], "2024/25"),
    ("ta", "Households in temporary accommodation per 1,000", ["temporary"], "2024/25"),
    ("fuel", "Households in fuel poverty", ["fuel"], "2023"),
]
firsts = lynx_table(
    [14, 10, 10, 10, 11, 9],
    [["Area"], ["Walking", "for travel", "(per cent)"], ["PM2.5", "(µg/m³)"], ["Employment", "rate 16-64", "(per cent)"],
     ["Temporary", "accommoda-", "tion per", "1,000"], ["Fuel", "poverty", "(per cent)"]],
    [[r[0]] + [[f"{x:.1f}"] for x in r[1:]] for r in WD],
)
for i, r in zip(firsts, WD):
    area = r[0][0]
    for (key, meas, kw, per), x in zip(WDI, r[1:]):
        H.at(i, f"wd_{slug(area)}_{key}", "wider_determinants", area, per, meas, kw, f"{x:.1f}",
             "µg/m³" if key == "pm" else "per 1,000" if key == "ta" else "%")
fpp = round(WD[1][5] - WD[6][5], 1)
H.text(f"""

   Key points:
     * Cradlow has the lowest employment rate, {WD[1][3]} per cent (England
       {WD[8][3]} per cent).
     * Fuel poverty is highest in Cradlow at {WD[1][5]} per cent, {fpp} percentage
       points above the county ({WD[6][5]} per cent).
          + Hatchmere has {WD[2][4]} households per 1,000 in temporary
            accommodation, against {WD[6][4]} for the county.
     * Brimscote has the most adults walking for travel ({WD[4][1]} per cent),
       above England ({WD[8][1]} per cent) and the East Midlands ({WD[7][1]} per cent).
     * Fine particulate matter is highest in Hatchmere ({WD[2][2]} µg/m³).

Recommendations

   The Board is asked to:
    1. note the Better Care Fund plan 2025/26 and the 4 schemes reviewed
       under paragraph 3.2;
    2. endorse the JSNA chapter for publication;
    3. ask for a further report in 6 months.

   Page last updated: 18 March 2026

   [16]Back to top

References

   1. https://www.ormsbyfold.gov.uk/#main
   2. https://www.ormsbyfold.gov.uk/
   3. https://www.ormsbyfold.gov.uk/
   4. https://www.ormsbyfold.gov.uk/council-and-democracy
   5. https://www.ormsbyfold.gov.uk/council-and-democracy/hwb
   6. mailto:hwb@ormsbyfold.gov.uk
   7. https://www.ormsbyfold.gov.uk/hwb/2026-03-18/bcf-plan-2025-26
   8. https://www.ormsbyfold.gov.uk/jsna
   9. https://www.ormsbyfold.gov.uk/hwb/2026-03-18/item-5
  10. https://www.ormsbyfold.gov.uk/documents/s41872/appendix-2.pdf
  11. https://www.england.nhs.uk/publication/better-care-fund-planning-requirements-2025-26/
  12. https://fingertips.phe.org.uk/profile/public-health-outcomes-framework
  13. https://fingertips.phe.org.uk/search/life%20expectancy#page/4/gid/1000049/pat/6/ati/402
  14. https://fingertips.phe.org.uk/profile/wider-determinants/data#page/1/gid/1938133043
  15. https://www.ormsbyfold.gov.uk/documents/s41873/appendix-3.pdf
  16. https://www.ormsbyfold.gov.uk/council-and-democracy/hwb#top
""")
H.fact("kp_emp_cra", "wider_determinants", "Cradlow", "2024/25", "Employment rate", ["employment"], f"{WD[1][3]}", "%",
       f"rate, {WD[1][3]} per cent")
H.fact("kp_emp_eng", "wider_determinants", ENG, "2024/25", "Employment rate", ["employment"], f"{WD[8][3]}", "%",
       f"{WD[8][3]} per cent).")
H.fact("kp_fuel_cra", "wider_determinants", "Cradlow", "2023", "Fuel poverty", ["fuel poverty"], f"{WD[1][5]}", "%",
       f"at {WD[1][5]} per cent")
H.fact("kp_fuel_pp", "wider_determinants", "Cradlow", "2023", "Fuel poverty gap to the county (percentage points)",
       ["fuel poverty", "percentage points"], f"{fpp}", "percentage points", f"{fpp} percentage")
H.fact("kp_fuel_of", "wider_determinants", OF, "2023", "Fuel poverty", ["fuel poverty"], f"{WD[6][5]}", "%",
       f"county ({WD[6][5]} per cent)")
H.fact("kp_ta_hat", "wider_determinants", "Hatchmere", "2024/25", "Households in temporary accommodation per 1,000",
       ["temporary"], f"{WD[2][4]}", "per 1,000", f"Hatchmere has {WD[2][4]}")
H.fact("kp_ta_of", "wider_determinants", OF, "2024/25", "Households in temporary accommodation per 1,000",
       ["temporary"], f"{WD[6][4]}", "per 1,000", f"against {WD[6][4]} for")
H.fact("kp_walk_bri", "wider_determinants", "Brimscote", "2023/24", "Adults walking for travel", ["walk"],
       f"{WD[4][1]}", "%", f"travel ({WD[4][1]} per cent)")
H.fact("kp_walk_eng", "wider_determinants", ENG, "2023/24", "Adults walking for travel", ["walk"], f"{WD[8][1]}", "%",
       f"England ({WD[8][1]} per cent)")
H.fact("kp_walk_em", "wider_determinants", EM, "2023/24", "Adults walking for travel", ["walk"], f"{WD[7][1]}", "%",
       f"Midlands ({WD[7][1]} per cent)")
H.fact("kp_pm_hat", "wider_determinants", "Hatchmere", "2023", "Fine particulate matter (PM2.5)",
       ["particulate", "pm2.5"], f"{WD[2][2]}", "µg/m³", f"Hatchmere ({WD[2][2]} µg")

ids = [f["id"] for f in FACTS]
if len(set(ids)) != len(ids):
    sys.exit(f"duplicate ids: {sorted({i for i in ids if ids.count(i) > 1})}")
for name, lines in OUT.items():
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
        # pdfminer ends each page with a form feed, so the next page's first line starts with it
        fh.write(("\n".join(lines) + "\n").replace("\f\n", "\n\f"))
with open(os.path.join(HERE, "facts.jsonl"), "w", encoding="utf-8") as fh:
    for f in FACTS:
        fh.write(json.dumps(f, ensure_ascii=False) + "\n")
print({k: len(v) for k, v in OUT.items()}, len(FACTS), "facts")
