#!/usr/bin/env python3
"""Write the Tamsford JHOSC packs (pandoc-style ASCII grid tables) and their facts.jsonl, by hand.

The packs' prose is written out below; each table is given as its cells and rendered as a pandoc grid table
(cells wrapped inside their boxes).  Each table fact is placed on the physical line holding its printed cell;
each prose fact by an anchor that must match one line.  Written before any loader was run on the packs.
Run from this folder.
"""

import json
import os
import re
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
FACTS: list[dict] = []
OUT: dict[str, list[str]] = {}
T, B, W, LON, ENG = "Tamsford", "Brindleham", "Wexcombe", "London", "England"
ICB = "Eastwell ICB"


def num(printed):
    s = printed.split(" (")[0].replace(",", "").replace("£", "").replace("%", "").replace(" million", "m")
    neg = (s.startswith("(") and s.endswith(")")) or s.startswith("-")
    s = s.strip("()-")
    mult = 1
    if s.endswith("k") and "." in s and not printed.startswith("£"):
        mult = 1000
    for suf in ("bn", "m", "k"):
        s = s.removesuffix(suf)
    v = float(s) * mult
    v = round(v, 6)
    return -v if neg else v


class Pack:
    def __init__(self, name):
        self.name = name
        self.lines: list[str] = []
        OUT[name] = self.lines

    def text(self, block):
        self.lines.extend(textwrap.dedent(block).strip("\n").split("\n"))

    def fact(self, fid, dataset, area, period, measure, kw, printed, unit, anchor, rag=None):
        hits = [i for i, x in enumerate(self.lines) if anchor in x]
        if len(hits) != 1:
            sys.exit(f"anchor {anchor!r} in {self.name}: {[h + 1 for h in hits]}")
        self._put(hits[0], fid, dataset, area, period, measure, kw, printed, unit, rag)

    def _put(self, i, fid, dataset, area, period, measure, kw, printed, unit, rag=None):
        line = self.lines[i]
        if not re.search(r"(?<![\w.,£])" + re.escape(printed) + r"(?![\w]|[.,]\d)", line):
            sys.exit(f"{printed!r} not on {self.name}:{i + 1}: {line!r}")
        v = num(printed)
        if v == int(v) and "." not in printed.split(" (")[0]:
            v = int(v)
        FACTS.append({"id": fid, "file": self.name, "dataset": dataset, "area": area, "period": period,
                      "measure": measure, "measure_keywords": kw, "value": v, "unit": unit, "rag": rag,
                      "line": i + 1, "quote": line.strip(), "printed": printed})

    def grid(self, widths, header, rows):
        """A pandoc grid table; a row is a list of cells, each a string wrapped to its column's width.
        Returns, per row, per cell, the index of each physical line of the cell's text."""
        rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
        self.lines.append(rule)
        self._row(widths, header)
        self.lines.append(rule.replace("-", "="))
        placed = []
        for r in rows:
            placed.append(self._row(widths, r))
            self.lines.append(rule)
        self.lines.append("")
        return placed

    def _row(self, widths, cells):
        wrapped = [textwrap.wrap(c, w) or [""] if "\n" not in c else c.split("\n") for c, w in zip(cells, widths)]
        height = max(len(x) for x in wrapped)
        start = len(self.lines)
        for k in range(height):
            self.lines.append("| " + " | ".join((x[k] if k < len(x) else "").ljust(w)
                                                for x, w in zip(wrapped, widths)) + " |")
        return [(start, x) for x in wrapped]

    def cellfact(self, placed, r, c, fid, dataset, area, period, measure, kw, printed, unit, rag=None):
        start, parts = placed[r][c]
        for k, part in enumerate(parts):
            if re.search(r"(?<![\w.,£])" + re.escape(printed) + r"(?![\w]|[.,]\d)", self.lines[start + k]):
                self._put(start + k, fid, dataset, area, period, measure, kw, printed, unit, rag)
                return
        sys.exit(f"{printed!r} not in cell {r},{c} of {self.name}")


def blank(p, n=1):
    p.lines.extend([""] * n)


# =============================== Pack 1: JHOSC 18 September 2025 ===============================
P = Pack("tamsford_jhosc_2025-09-18.txt")
P.text("""
Public Document Pack

TAMSFORD, BRINDLEHAM AND WEXCOMBE JOINT HEALTH OVERVIEW AND SCRUTINY COMMITTEE

Thursday 18 September 2025 at 6.30 pm
Committee Room 2, Tamsford Town Hall, Grange Parade, London TF1 2AB

Host authority: London Borough of Tamsford
Contact: Delphine Okafor, Scrutiny Officer, 020 7946 0381
Email: jhosc@tamsford.gov.uk

Members: Councillors R Adeyemi (Chair, Tamsford), K Whitlock (Vice-Chair, Wexcombe), S Marchetti and
P Lindqvist (Tamsford), J Osei and H Brannigan (Brindleham), M Farrow and T Nakamura (Wexcombe)

AGENDA

1. Apologies for absence and substitutions
2. Declarations of interest
3. Minutes of the meeting held on 3 July 2025                                        Pages 3 - 10
4. Eastwell ICB: finance and efficiency programme, month 4 2025/26                   Pages 11 - 24
5. General practice: workforce and primary care network budgets                     Pages 25 - 38
6. Integrated performance report, quarter 1 2025/26                                  Pages 39 - 52
7. Work programme 2025/26                                                            Pages 53 - 56


MINUTES OF THE MEETING HELD ON 3 JULY 2025

Present: Councillors R Adeyemi (Chair), K Whitlock, S Marchetti, J Osei, H Brannigan, M Farrow and T Nakamura
Also present: Dr Ines Calloway (Chief Medical Officer, Eastwell ICB), Graham Pettifer (Director of Finance,
Eastwell ICB), Farah Qureshi (Director of Public Health, Brindleham)

14. EASTWELL ICB FINANCIAL POSITION 2024/25 OUTTURN

The Director of Finance reported that the ICB had closed 2024/25 with a deficit of £6.3 million against a
planned deficit of £4.0 million. The efficiency programme had delivered £31.7 million against a target of
£38.5 million, of which £9.2 million had been delivered non-recurrently. Members asked how much of the
shortfall related to continuing healthcare; the Director said that £2.4 million of the gap was in that
programme and undertook to circulate a breakdown by borough.

15. ACCESS TO GENERAL PRACTICE

The Chief Medical Officer reported that practices across the three boroughs had delivered 1.2k more
appointments a day in May 2025 than a year earlier. In Tamsford 38.4% of appointments had been on the same
day as booking, in Brindleham 44.9% and in Wexcombe 41.7%. Members noted that Brindleham had the fewest GPs
for its population, at 0.49 FTE GPs per 1,000 patients, and asked for the workforce report at item 5 to
show each borough against London and England.

16. CHILDHOOD IMMUNISATIONS

The Director of Public Health said that uptake of two doses of MMR at age 5 was 71.8% in Brindleham,
76.2% in Tamsford and 80.5% in Wexcombe, all below the 95% standard. A catch-up campaign in 12 schools had
reached 640 children. RESOLVED: that the committee receive an update in March 2026 (paragraph 4.2 of the
report refers).


Agenda Item 4

EASTWELL ICB: FINANCE AND EFFICIENCY PROGRAMME, MONTH 4 2025/26

Report of: Graham Pettifer, Director of Finance, Eastwell ICB
Contact: Finance team, 020 7946 0417

1. PURPOSE

1.1 To report the ICB's revenue position and the delivery of its efficiency (QIPP) programme at month 4
(July 2025), for the committee's scrutiny across the three boroughs.

2. SUMMARY

2.1 At month 4 the ICB reports a year to date deficit of £3.9 million against a planned deficit of £2.1
million, an adverse variance of £1.8 million. The forecast outturn remains the planned breakeven position,
which depends on the efficiency programme delivering its full £42.6 million target.

2.2 Efficiency schemes have delivered £11.3 million to date against a plan of £13.5 million (83.7%).
Table 1 sets out the position by scheme; section 3 sets out the recovery actions agreed on 29 August 2025.

Table 1: Efficiency (QIPP) programme by scheme, month 4 2025/26
""")
blank(P)
H1 = ["Scheme", "Annual target £m", "Plan to date £m", "Delivered to date £m", "Forecast £m", "RAG"]
R1 = [
    ["Medicines optimisation and prescribing", "9.8", "3.1", "2.9", "9.4", "AMBER"],
    ["Continuing healthcare packages", "7.4", "2.4", "1.3", "5.1", "RED"],
    ["Elective recovery and outpatient transformation", "8.2", "2.6", "2.7", "8.3", "GREEN"],
    ["Urgent and emergency care flow", "6.1", "2.0", "1.6", "5.2", "RED"],
    ["Mental health out of area placements", "3.9", "1.3", "1.2", "3.7", "AMBER"],
    ["Corporate and estates", "4.3", "1.4", "1.4", "4.3", "GREEN"],
    ["Workforce (agency and bank)", "2.9", "0.7", "0.2", "1.9", "RED"],
    ["Total", "42.6", "13.5", "11.3", "37.9", ""],
]
pl = P.grid([24, 9, 9, 11, 9, 6], H1, R1)
C1 = [("target", "Annual target", ["target"]), ("plan", "Plan to date", ["plan"]),
      ("delivered", "Delivered to date", ["delivered"]), ("forecast", "Forecast", ["forecast"])]
for r, row in enumerate(R1):
    for c, (suf, meas, kw) in enumerate(C1, start=1):
        slug = re.sub(r"\W+", "_", row[0].lower())[:18]
        P.cellfact(pl, r, c, f"t1_{slug}_{suf}", "qipp", ICB, "Month 4 2025/26", f"{row[0]} {meas}",
                   kw, row[c], "£m", rag=(row[5] or None))
P.text("""

Source: Eastwell ICB efficiency tracker, 8 August 2025. RAG: GREEN on plan, AMBER within 10% of plan, RED more
than 10% behind plan.

2.3 Three of the seven schemes are rated RED. Continuing healthcare has delivered 54% of its plan to date,
and its forecast of £5.1 million leaves a gap of £2.3 million against its target. The ICB has asked each
borough's adult social care director to review joint packages over 12 weeks.

3. REVENUE POSITION BY BOROUGH PLACE

3.1 Table 2 shows the place budgets delegated to each borough partnership. A negative variance is an
overspend.

Table 2: Place revenue position, month 4 2025/26 (£000)
""")
blank(P)
H2 = ["Place", "Annual budget", "Budget to date", "Actual to date", "Variance", "Forecast variance"]
R2 = [
    ["Tamsford", "412,380", "137,460", "138,905", "(1,445)", "(2,100)"],
    ["Brindleham", "356,920", "118,973", "119,622", "(649)", "(900)"],
    ["Wexcombe", "298,410", "99,470", "99,188", "282", "350"],
    ["Total", "1,067,710", "355,903", "357,715", "(1,812)", "(2,650)"],
]
pl = P.grid([11, 10, 9, 9, 9, 10], H2, R2)
C2 = [("budget", "Annual budget", ["budget"]), ("btd", "Budget to date", ["budget to date"]),
      ("actual", "Actual to date", ["actual"]), ("var", "Variance", ["variance"]),
      ("fvar", "Forecast variance", ["forecast variance", "forecast"])]
for r, row in enumerate(R2):
    area = row[0] if row[0] != "Total" else ICB
    for c, (suf, meas, kw) in enumerate(C2, start=1):
        P.cellfact(pl, r, c, f"t2_{row[0].lower()}_{suf}", "finance", area, "Month 4 2025/26",
                   meas if row[0] != "Total" else f"Total {meas.lower()}", kw, row[c], "£k")
P.text("""

3.2 Tamsford's overspend is driven by mental health placements (£0.9 million) and by prescribing growth of
6.2% against 3.5% funded. Wexcombe is £282k underspent to date.

4. RECOMMENDATIONS

4.1 The committee is asked to note the position and the recovery actions in section 3.

Contact officer: Graham Pettifer, 020 7946 0417                                       Page 14


Agenda Item 5

GENERAL PRACTICE: WORKFORCE AND PRIMARY CARE NETWORK BUDGETS

Report of: Dr Ines Calloway, Chief Medical Officer, Eastwell ICB

1. SUMMARY

1.1 Eastwell has 96 practices in 11 primary care networks (PCNs) serving 1,184,200 registered patients. The
number of fully qualified GPs (FTE, excluding trainees) rose by 14.3 FTE in the year to June 2025 to 612.8 FTE.

1.2 All three boroughs remain below the England rate of GPs per 1,000 patients. Table 3 compares each
borough with London and England; the figures are from the NHS Digital general practice workforce series,
30 June 2025.

Table 3: General practice workforce by borough, 30 June 2025
""")
blank(P)
H3 = ["Area", "Registered patients", "GP FTE (fully qualified)", "GP FTE per 1,000 patients",
      "Nurse FTE per 1,000 patients", "Change in GP FTE on June 2024"]
R3 = [
    [T, "436,150", "249.6", "0.57", "0.25", "+6.1"],
    [B, "398,720", "195.4", "0.49", "0.21", "+2.0"],
    [W, "349,330", "167.8", "0.48", "0.23", "+6.2"],
    [LON, "10,871,400", "5,934.2", "0.55", "0.22", "+98.6"],
    [ENG, "63,524,800", "37,574.3", "0.59", "0.27", "+612.4"],
]
pl = P.grid([10, 11, 10, 10, 10, 12], H3, R3)
C3 = [("patients", "Registered patients", ["registered patients", "patients"], "count"),
      ("gp_fte", "GP FTE (fully qualified)", ["fte", "gp"], "FTE"),
      ("gp_rate", "GP FTE per 1,000 patients", ["per 1,000"], "per 1,000"),
      ("nurse_rate", "Nurse FTE per 1,000 patients", ["nurse"], "per 1,000"),
      ("change", "Change in GP FTE on June 2024", ["change"], "FTE")]
for r, row in enumerate(R3):
    for c, (suf, meas, kw, unit) in enumerate(C3, start=1):
        P.cellfact(pl, r, c, f"t3_{row[0].lower()}_{suf}", "gp_workforce", row[0], "June 2025", meas, kw,
                   row[c], unit)
P.text("""

1.3 Brindleham would need a further 39.8 FTE GPs to reach the England rate. The ICB's fellowship scheme
placed 17 newly qualified GPs in the three boroughs this year (see paragraph 3.4).

2. PRIMARY CARE NETWORK BUDGETS AND ADDITIONAL ROLES

2.1 The Additional Roles Reimbursement Scheme (ARRS) funds clinical pharmacists, paramedics, physician
associates and other roles employed by PCNs. Table 4 shows each PCN's allocation for 2025/26 and the amount
claimed in the first four months, with the share of the allocation that represents.

Table 4: ARRS allocation and claims by PCN, 2025/26 (£k)
""")
blank(P)
H4 = ["Primary care network", "Borough", "Allocation £k", "Claimed to July £k (% of allocation)"]
R4 = [
    ["Tamsford Central PCN", T, "1,842", "571 (31%)"],
    ["Tamsford Riverside PCN", T, "1,506", "497 (33%)"],
    ["Tamsford Heath PCN", T, "1,318", "356 (27%)"],
    ["Brindleham North PCN", B, "1,624", "422 (26%)"],
    ["Brindleham South PCN", B, "1,455", "480 (33%)"],
    ["Wexcombe Park PCN", W, "1,390", "445 (32%)"],
    ["Wexcombe Green PCN", W, "1,207", "338 (28%)"],
    ["Total", "", "10,342", "3,109 (30%)"],
]
pl = P.grid([22, 10, 10, 15], H4, R4)
for r, row in enumerate(R4):
    org = row[0] if row[0] != "Total" else ICB
    slug = re.sub(r"\W+", "_", row[0].lower())[:20]
    P.cellfact(pl, r, 2, f"t4_{slug}_alloc", "primary_care", org, "2025/26", "ARRS allocation",
               ["allocation"], row[2], "£k")
    cnt, share = row[3].split(" ")
    P.cellfact(pl, r, 3, f"t4_{slug}_claimed", "primary_care", org, "2025/26", "ARRS claimed to July",
               ["claimed"], cnt, "£k")
    P.cellfact(pl, r, 3, f"t4_{slug}_share", "primary_care", org, "2025/26", "ARRS claimed % of allocation",
               ["%", "claimed", "allocation", "share"], share.strip("()"), "%")
P.text("""

2.2 Delegated primary care budgets for 2025/26 total £171.4 million: £64.2 million in Tamsford, £58.9 million
in Brindleham and £48.3 million in Wexcombe. Forecast spend is £172.0 million, an overspend of £0.6 million
on locally commissioned services.

3. RECRUITMENT AND RETENTION

3.1 The GP retention scheme supported 23 GPs this year. Please call 020 7946 0455 for the fellowship
prospectus.

Page 31


Agenda Item 6

INTEGRATED PERFORMANCE REPORT, QUARTER 1 2025/26

Report of: Eastwell ICB Performance and Intelligence Team

1. The scorecard below rates each indicator against its national or local target for quarter 1 2025/26.
Trend compares the quarter with quarter 4 2024/25. Of the 12 indicators, 4 are GREEN, 3 AMBER and 5 RED.

Table 5: Eastwell integrated performance scorecard, quarter 1 2025/26
""")
blank(P)
H5 = ["Indicator", "Target", "Q4 2024/25", "Q1 2025/26", "Trend", "RAG"]
R5 = [
    ["A&E attendances seen within 4 hours (%)", "78.0%", "72.6%", "74.1%", "Improving", "AMBER"],
    ["Ambulance category 2 mean response (minutes)", "30.0", "36.4", "33.9", "Improving", "RED"],
    ["Patients waiting over 65 weeks for treatment", "0", "412", "287", "Improving", "RED"],
    ["Referral to treatment within 18 weeks (%)", "65.0%", "58.2%", "57.6%", "Worsening", "RED"],
    ["Cancer 62 day standard (%)", "75.0%", "69.8%", "71.2%", "Improving", "AMBER"],
    ["Cancer faster diagnosis 28 day standard (%)", "77.0%", "78.4%", "79.1%", "Improving", "GREEN"],
    ["Diagnostic tests waiting over 6 weeks (%)", "5.0%", "11.3%", "12.8%", "Worsening", "RED"],
    ["IAPT / talking therapies access (number)", "6,150", "5,980", "6,320", "Improving", "GREEN"],
    ["Dementia diagnosis rate, aged 65+ (%)", "66.7%", "63.9%", "63.9%", "No change", "AMBER"],
    ["Out of area mental health placements (bed days)", "450", "1,210", "1,385", "Worsening", "RED"],
    ["GP appointments seen within 14 days (%)", "85.0%", "86.2%", "87.0%", "Improving", "GREEN"],
    ["Learning disability annual health checks (%)", "18.0%", "16.9%", "19.4%", "Improving", "GREEN"],
]
pl = P.grid([26, 7, 8, 8, 10, 6], H5, R5)
for r, row in enumerate(R5):
    slug = re.sub(r"\W+", "_", row[0].lower())[:22]
    unit = "%" if row[1].endswith("%") else ("minutes" if "minutes" in row[0] else "count")
    words = [w for w in re.findall(r"[A-Za-z&]+", row[0].split("(")[0].lower()) if len(w) > 3][:2]
    for c, suf in ((1, "target"), (2, "q4"), (3, "q1")):
        meas = row[0] + (" target" if c == 1 else "")
        kw = (["target"] if c == 1 else words)
        P.cellfact(pl, r, c, f"t5_{slug}_{suf}", "performance", ICB,
                   "Q4 2024/25" if c == 2 else "Q1 2025/26", meas, kw, row[c], unit,
                   rag=row[5] if c == 3 else None)
P.text("""

2. Ambulance response has improved by 2 minutes 30 seconds but remains 3.9 minutes above the standard. The
number of patients waiting over 65 weeks fell by 125 in the quarter; 211 of the 287 are in trauma and
orthopaedics at Eastwell University Hospitals NHS Trust.

3. Out of area placements rose to 1,385 bed days, three times the trajectory. Members will receive a
deep dive at the meeting on 4 December 2025.

Page 44


Agenda Item 7

WORK PROGRAMME 2025/26

The committee meets four times a year, rotating between the three town halls. Items for 4 December 2025:
Better Care Fund plans (all three boroughs), life expectancy and health inequalities, wider determinants.
""")

# =============================== Pack 2: JHOSC 4 December 2025 ===============================
Q = Pack("tamsford_jhosc_2025-12-04.txt")
Q.text("""
Public Document Pack

TAMSFORD, BRINDLEHAM AND WEXCOMBE JOINT HEALTH OVERVIEW AND SCRUTINY COMMITTEE

Thursday 4 December 2025 at 6.30 pm
Council Chamber, Brindleham Civic Centre, 40 Marsh Lane, London BM3 7QD

Host authority: London Borough of Tamsford
Contact: Delphine Okafor, Scrutiny Officer, 020 7946 0381

AGENDA

1. Apologies for absence and substitutions
2. Declarations of interest
3. Minutes of the meeting held on 18 September 2025                                  Pages 3 - 9
4. Better Care Fund plans 2025/26 and quarter 2 returns                              Pages 10 - 27
5. Life expectancy and health inequalities                                          Pages 28 - 41
6. Wider determinants of health                                                     Pages 42 - 55


MINUTES OF THE MEETING HELD ON 18 SEPTEMBER 2025

Present: Councillors R Adeyemi (Chair), K Whitlock, S Marchetti, P Lindqvist, J Osei, M Farrow and T Nakamura

22. EASTWELL ICB FINANCE AND EFFICIENCY, MONTH 4

The Director of Finance said efficiency schemes had delivered £11.3 million against a plan to date of £13.5
million and that the full year forecast was £37.9 million against the £42.6 million target. Members asked
about Tamsford's place overspend; the Director confirmed a forecast overspend of £2.1 million in Tamsford and
£0.9 million in Brindleham, with Wexcombe forecasting an underspend of £0.35 million.

23. GENERAL PRACTICE WORKFORCE

Members noted that Brindleham had 0.49 GP FTE per 1,000 patients and Wexcombe 0.48, against 0.55 in London
and 0.59 in England. The Chief Medical Officer said ARRS claims to July were £3,109k, 30% of the allocation.
RESOLVED: (1) that the report be noted; (2) that the ICB report back on recruitment in 6 months.

24. INTEGRATED PERFORMANCE REPORT

Members expressed concern that 12.8% of patients were waiting over 6 weeks for a diagnostic test against a
standard of 5%, and that out of area placements had reached 1,385 bed days in the quarter.


Agenda Item 4

BETTER CARE FUND PLANS 2025/26 AND QUARTER 2 RETURNS

Report of: the three Directors of Adult Social Care and the ICB Director of Place

1. BACKGROUND

1.1 Each borough's Health and Wellbeing Board agrees its own Better Care Fund (BCF) plan. This report brings
the three plans together so the committee can compare them. Table 1 shows each plan's income by source.

Table 1: Better Care Fund plans 2025/26 by borough (£ million)
""")
blank(Q)
HB = ["Funding stream", "Tamsford", "Brindleham", "Wexcombe", "Total"]
RB = [
    ["NHS minimum contribution", "£27.8 million", "£24.1 million", "£20.6 million", "£72.5 million"],
    ["Improved Better Care Fund (iBCF)", "£14.2 million", "£13.6 million", "£10.9 million", "£38.7 million"],
    ["Disabled Facilities Grant", "£3.1 million", "£2.8 million", "£2.2 million", "£8.1 million"],
    ["Local Authority Better Care Grant", "£6.4 million", "£5.7 million", "£4.8 million", "£16.9 million"],
    ["Additional contributions", "£1.5 million", "£0.8 million", "£2.3 million", "£4.6 million"],
    ["Total pooled budget", "£53.0 million", "£47.0 million", "£40.8 million", "£140.8 million"],
]
pl = Q.grid([22, 10, 10, 10, 10], HB, RB)
CB = [(1, T), (2, B), (3, W), (4, "Eastwell ICB")]
for r, row in enumerate(RB):
    slug = re.sub(r"\W+", "_", row[0].lower())[:18]
    kw = [w for w in re.findall(r"[a-z]+", row[0].lower().split("(")[0]) if len(w) > 3][:2]
    for c, area in CB:
        printed = row[c].split(" ")[0]
        Q.cellfact(pl, r, c, f"b1_{slug}_{area.split()[0].lower()}", "bcf", area, "2025/26",
                   row[0] if c < 4 else f"{row[0]} (all boroughs)", kw, printed, "£m")
Q.text("""

1.2 The total pooled budget across the three boroughs is £140.8 million, 6.1% more than in 2024/25.

2. QUARTER 2 METRICS

2.1 Table 2 shows the four national BCF metrics for each borough at quarter 2 2025/26, with the count and,
in brackets, the rate or share each borough reports. Discharge to usual place of residence is the number of
discharges and their share of all discharges.

Table 2: BCF metrics by borough, quarter 2 2025/26
""")
blank(Q)
HM = ["Metric", "Tamsford", "Brindleham", "Wexcombe", "On track"]
RM = [
    ["Discharges to usual place of residence (% of discharges)", "3,456 (92%)", "2,918 (89%)", "2,604 (93%)",
     "Yes"],
    ["Emergency admissions for ambulatory care sensitive conditions", "1,182", "1,347", "946", "No"],
    ["Permanent admissions to care homes, aged 65+", "96", "112", "88", "Yes"],
    ["Emergency admissions due to falls, aged 65+", "468", "521", "402", "No"],
]
pl = Q.grid([28, 11, 11, 11, 8], HM, RM)
for r, row in enumerate(RM):
    slug = re.sub(r"\W+", "_", row[0].lower())[:16]
    kw = [w for w in re.findall(r"[a-z]+", row[0].lower().split("(")[0]) if len(w) > 4][:2]
    for c, area in ((1, T), (2, B), (3, W)):
        cnt = row[c].split(" ")[0]
        Q.cellfact(pl, r, c, f"b2_{slug}_{area.lower()}", "bcf", area, "Q2 2025/26", row[0].split(" (")[0],
                   kw, cnt, "count")
        if "(" in row[c]:
            Q.cellfact(pl, r, c, f"b2_{slug}_{area.lower()}_pct", "bcf", area, "Q2 2025/26",
                       "Discharges to usual place of residence % of discharges", ["%", "share", "discharges"],
                       row[c].split(" ")[1].strip("()"), "%")
Q.text("""

2.2 Brindleham is off track on two metrics. Its falls admissions were 521 against a plan of 480; the
borough's falls service saw 1.4k residents in the half year.

2.3 Spend to quarter 2 was £68.9 million, 48.9% of the pooled budget, and 7 of the 9 schemes in Wexcombe
report on plan. For queries call 020 7946 0512.

Page 19


Agenda Item 5

LIFE EXPECTANCY AND HEALTH INEQUALITIES

Report of: Farah Qureshi, Director of Public Health, Brindleham, on behalf of the three Directors

1. LIFE EXPECTANCY AT BIRTH

1.1 Table 3 shows life expectancy at birth for 2021-23 for each borough, London and England, with the gap
between the most and least deprived tenths of each area (the slope index of inequality).

Table 3: Life expectancy at birth (years), 2021-23
""")
blank(Q)
HL = ["Area", "Male", "Female", "Gap most to least deprived, male", "Gap most to least deprived, female",
      "Trend"]
RL = [
    [T, "78.4", "82.9", "8.1", "6.4", "No change"],
    [B, "76.9", "81.6", "9.7", "7.5", "Worsening"],
    [W, "80.2", "84.1", "6.3", "5.0", "Improving"],
    [LON, "79.8", "84.0", "7.2", "5.9", "Improving"],
    [ENG, "79.1", "83.1", "9.7", "7.9", "No change"],
]
pl = Q.grid([10, 6, 6, 12, 12, 9], HL, RL)
CL = [("male", "Life expectancy at birth, male", ["male"]),
      ("female", "Life expectancy at birth, female", ["female"]),
      ("gap_male", "Gap most to least deprived, male", ["gap"]),
      ("gap_female", "Gap most to least deprived, female", ["gap"])]
for r, row in enumerate(RL):
    for c, (suf, meas, kw) in enumerate(CL, start=1):
        Q.cellfact(pl, r, c, f"le_{row[0].lower()}_{suf}", "life_expectancy", row[0], "2021-23", meas, kw,
                   row[c], "years")
Q.text("""

1.2 A man in Brindleham can expect to live 3.3 years less than a man in Wexcombe. Within Brindleham the gap
between the most and least deprived wards is 11.2 years for men (Marsh End compared with Oakridge) and 8.6
years for women.

1.3 Healthy life expectancy for women is 61.3 years in Tamsford, 58.7 years in Brindleham and 64.0 years in
Wexcombe, against 63.9 years in England.

2. CAUSES OF THE GAP

2.1 Circulatory disease accounts for 27% of the male gap in Brindleham and cancer for 21%; the remaining 52%
is split across respiratory, external causes and other conditions (see Appendix 2).

Page 33


Agenda Item 6

WIDER DETERMINANTS OF HEALTH

1. Table 4 compares each borough with London and England on the wider determinants in the Public Health
Outcomes Framework. Values are the latest published; RAG compares Brindleham, the host of this meeting's
deep dive, with England.

Table 4: Wider determinants by borough, compared with London and England
""")
blank(Q)
HW = ["Indicator", "Tamsford", "Brindleham", "Wexcombe", "London", "England"]
RW = [
    ["Adults walking for travel at least 3 days a week (%), 2023", "28.4", "24.7", "31.2", "30.1", "15.2"],
    ["Fine particulate matter PM2.5 (µg/m3), 2023", "9.8", "10.4", "9.1", "9.5", "7.3"],
    ["Employment rate aged 16-64 (%), 2024", "74.6", "69.3", "77.8", "75.2", "75.7"],
    ["Households in temporary accommodation (per 1,000), 2024", "21.4", "26.9", "14.2", "17.1", "4.6"],
    ["Households in fuel poverty (%), 2023", "11.8", "14.3", "9.6", "10.6", "11.4"],
    ["Homelessness: households owed a duty (per 1,000), 2023/24", "8.7", "11.2", "6.4", "7.9", "12.4"],
]
pl = Q.grid([26, 9, 10, 9, 7, 7], HW, RW)
areas = [T, B, W, LON, ENG]
for r, row in enumerate(RW):
    label = row[0]
    slug = re.sub(r"\W+", "_", label.lower())[:16]
    unit = "%" if "(%)" in label else ("µg/m3" if "PM2.5" in label else "per 1,000")
    kw = {0: ["walking"], 1: ["pm2.5", "particulate"], 2: ["employment"], 3: ["temporary accommodation"],
          4: ["fuel poverty"], 5: ["homelessness", "duty"]}[r]
    period = label.rsplit(", ", 1)[1]
    meas = label.rsplit(", ", 1)[0]
    for c, area in enumerate(areas, start=1):
        Q.cellfact(pl, r, c, f"wd_{slug}_{area.lower()}", "wider_determinants", area, period, meas, kw,
                   row[c], unit)
Q.text("""

2. Brindleham's employment rate is 6.4 percentage points below England's, and its rate of households in
temporary accommodation is almost six times England's. The three boroughs have agreed a joint housing and
health action plan with 14 actions, reported at paragraph 5.3.

3. Walking for travel is well above England in all three boroughs; 1 in 4 adults in Brindleham walk on at
least 3 days a week.

Contact: Public Health Intelligence, 020 7946 0599                                   Page 47
""")

# ---------- prose facts ----------
P.fact("m_deficit", "finance", ICB, "2024/25", "Deficit 2024/25 outturn", ["deficit"], "£6.3 million", "£m",
       "deficit of £6.3 million")
P.fact("m_deficit_plan", "finance", ICB, "2024/25", "Planned deficit", ["planned", "deficit"], "£4.0 million", "£m",
       "planned deficit of £4.0 million")
P.fact("m_qipp_delivered", "qipp", ICB, "2024/25", "Efficiency delivered", ["delivered", "efficiency"],
       "£31.7 million", "£m", "delivered £31.7 million")
P.fact("m_qipp_target", "qipp", ICB, "2024/25", "Efficiency target", ["target"], "£38.5 million", "£m",
       "£38.5 million, of which")
P.fact("m_qipp_nonrec", "qipp", ICB, "2024/25", "Efficiency delivered non-recurrently", ["non-recurrently",
       "recurrent"], "£9.2 million", "£m", "£9.2 million had been delivered")
P.fact("m_chc_gap", "qipp", ICB, "2024/25", "Continuing healthcare share of gap", ["gap", "continuing healthcare"],
       "£2.4 million", "£m", "£2.4 million of the gap")
for area, printed in ((T, "38.4%"), (B, "44.9%"), (W, "41.7%")):
    P.fact(f"m_sameday_{area.lower()}", "primary_care", area, "May 2025", "Appointments on the same day as booking",
           ["same day"], printed, "%", printed)
P.fact("m_appts_more", "primary_care", ICB, "May 2025", "More appointments a day than a year earlier",
       ["appointments"], "1.2k", "count", "delivered 1.2k more")
P.fact("m_gp_rate_b", "gp_workforce", B, "2025", "FTE GPs per 1,000 patients", ["per 1,000", "gps"], "0.49",
       "per 1,000", "at 0.49 FTE GPs")
for area, printed in ((B, "71.8%"), (T, "76.2%"), (W, "80.5%")):
    P.fact(f"m_mmr_{area.lower()}", "immunisation", area, "2025", "MMR two doses at age 5", ["mmr"], printed, "%",
           printed)
P.fact("r4_deficit_ytd", "finance", ICB, "Month 4 2025/26", "Year to date deficit", ["deficit"], "£3.9 million",
       "£m", "deficit of £3.9 million")
P.fact("r4_deficit_plan", "finance", ICB, "Month 4 2025/26", "Planned deficit to date", ["planned", "deficit"],
       "£2.1", "£m", "planned deficit of £2.1")
P.fact("r4_adverse", "finance", ICB, "Month 4 2025/26", "Adverse variance", ["adverse", "variance"],
       "£1.8 million", "£m", "adverse variance of £1.8 million")
P.fact("r4_qipp_delivered", "qipp", ICB, "Month 4 2025/26", "Efficiency delivered to date",
       ["delivered", "efficiency"], "£11.3 million", "£m", "delivered £11.3 million")
P.fact("r4_qipp_pct", "qipp", ICB, "Month 4 2025/26", "Efficiency delivered % of plan", ["%", "plan", "delivered"],
       "83.7%", "%", "(83.7%)")
P.fact("r4_chc_pct", "qipp", ICB, "Month 4 2025/26", "Continuing healthcare delivered % of plan",
       ["continuing healthcare", "plan", "delivered"], "54%", "%", "delivered 54% of its plan")
P.fact("r4_chc_gap", "qipp", ICB, "2025/26", "Continuing healthcare gap against target", ["gap"],
       "£2.3 million", "£m", "gap of £2.3 million")
P.fact("r4_mh_overspend", "finance", T, "Month 4 2025/26", "Mental health placements overspend",
       ["mental health", "placements"], "£0.9 million", "£m", "placements (£0.9 million)")
P.fact("r4_presc_growth", "finance", T, "2025/26", "Prescribing growth", ["prescribing", "growth"], "6.2%", "%",
       "6.2% against 3.5%")
P.fact("r5_practices_pts", "gp_workforce", ICB, "2025", "Registered patients", ["patients"], "1,184,200", "count",
       "1,184,200")
P.fact("r5_gp_rise", "gp_workforce", ICB, "June 2025", "Rise in fully qualified GPs", ["rose", "gps", "fte"],
       "14.3", "FTE", "rose by 14.3 FTE")
P.fact("r5_gp_total", "gp_workforce", ICB, "June 2025", "Fully qualified GPs FTE", ["gps", "fte"], "612.8", "FTE",
       "612.8 FTE")
P.fact("r5_gp_needed", "gp_workforce", B, "June 2025", "GPs needed to reach England rate", ["gps", "fte"], "39.8",
       "FTE", "further 39.8 FTE")
P.fact("r5_dcb_total", "primary_care", ICB, "2025/26", "Delegated primary care budgets", ["delegated", "budget"],
       "£171.4 million", "£m", "total £171.4 million")
for area, printed in ((T, "£64.2 million"), (B, "£58.9 million"), (W, "£48.3 million")):
    P.fact(f"r5_dcb_{area.lower()}", "primary_care", area, "2025/26", "Delegated primary care budget",
           ["delegated", "budget"], printed, "£m", printed)
P.fact("r5_dcb_forecast", "primary_care", ICB, "2025/26", "Forecast spend", ["forecast"], "£172.0 million", "£m",
       "£172.0 million")
P.fact("r6_65wk_fall", "performance", ICB, "Q1 2025/26", "Fall in patients waiting over 65 weeks", ["fell", "65 weeks"],
       "125", "count", "fell by 125")
P.fact("r6_oap_beddays", "performance", ICB, "Q1 2025/26", "Out of area placements bed days",
       ["out of area", "placements"], "1,385", "count", "rose to 1,385 bed days")

Q.fact("n_qipp_delivered", "qipp", ICB, "Month 4 2025/26", "Efficiency delivered", ["delivered", "efficiency"],
       "£11.3 million", "£m", "delivered £11.3 million")
Q.fact("n_qipp_plan", "qipp", ICB, "Month 4 2025/26", "Efficiency plan to date", ["plan"], "£13.5", "£m",
       "plan to date of £13.5")
Q.fact("n_qipp_forecast", "qipp", ICB, "2025/26", "Efficiency full year forecast", ["forecast"], "£37.9 million",
       "£m", "£37.9 million against")
Q.fact("n_qipp_target", "qipp", ICB, "2025/26", "Efficiency target", ["target"], "£42.6 million", "£m",
       "£42.6 million target")
for fid, area, printed, anchor in (("t", T, "£2.1 million", "overspend of £2.1 million"),
                                   ("b", B, "£0.9 million", "£0.9 million in Brindleham")):
    Q.fact(f"n_overspend_{fid}", "finance", area, "2025/26", "Forecast overspend", ["overspend"], printed, "£m",
           anchor)
Q.fact("n_underspend_w", "finance", W, "2025/26", "Forecast underspend", ["underspend"], "£0.35 million", "£m",
       "£0.35 million")
Q.fact("n_gp_rate_b", "gp_workforce", B, "June 2025", "GP FTE per 1,000 patients", ["per 1,000"], "0.49",
       "per 1,000", "Brindleham had 0.49")
Q.fact("n_gp_rate_w", "gp_workforce", W, "June 2025", "GP FTE per 1,000 patients", ["per 1,000", "fte"], "0.48",
       "per 1,000", "Wexcombe 0.48")
Q.fact("n_gp_rate_lon", "gp_workforce", LON, "June 2025", "GP FTE per 1,000 patients", ["per 1,000", "fte"], "0.55",
       "per 1,000", "0.55 in London")
Q.fact("n_gp_rate_eng", "gp_workforce", ENG, "June 2025", "GP FTE per 1,000 patients", ["per 1,000", "fte"], "0.59",
       "per 1,000", "0.59 in England")
Q.fact("n_arrs", "primary_care", ICB, "2025/26", "ARRS claims to July", ["arrs", "claims"], "£3,109k", "£k",
       "£3,109k")
Q.fact("n_diag", "performance", ICB, "Q1 2025/26", "Waiting over 6 weeks for a diagnostic test",
       ["diagnostic", "waiting"], "12.8%", "%", "12.8% of patients")
Q.fact("n_bcf_total", "bcf", "Eastwell ICB", "2025/26", "Total pooled budget, three boroughs", ["pooled budget"],
       "£140.8 million", "£m", "is £140.8 million")
Q.fact("n_bcf_growth", "bcf", "Eastwell ICB", "2025/26", "Pooled budget growth on 2024/25", ["more", "growth"],
       "6.1%", "%", "6.1% more")
Q.fact("n_falls_b", "bcf", B, "Q2 2025/26", "Falls admissions", ["falls"], "521", "count", "were 521 against")
Q.fact("n_falls_plan_b", "bcf", B, "Q2 2025/26", "Falls admissions plan", ["plan"], "480", "count",
       "plan of 480")
Q.fact("n_falls_seen_b", "bcf", B, "H1 2025/26", "Falls service residents seen", ["falls service", "residents"],
       "1.4k", "count", "saw 1.4k residents")
Q.fact("n_bcf_spend", "bcf", "Eastwell ICB", "Q2 2025/26", "BCF spend to quarter 2", ["spend"], "£68.9 million",
       "£m", "£68.9 million")
Q.fact("n_bcf_spend_pct", "bcf", "Eastwell ICB", "Q2 2025/26", "Spend as % of pooled budget",
       ["%", "pooled budget", "spend"], "48.9%", "%", "48.9% of the pooled")
Q.fact("n_le_gap_bw", "life_expectancy", B, "2021-23", "Male life expectancy gap with Wexcombe",
       ["less", "gap", "live"], "3.3", "years", "3.3 years less")
Q.fact("n_ward_gap_m", "life_expectancy", B, "2021-23", "Gap between most and least deprived wards, men",
       ["gap", "wards", "deprived"], "11.2", "years", "11.2 years")
Q.fact("n_ward_gap_f", "life_expectancy", B, "2021-23", "Gap between most and least deprived wards, women",
       ["women", "gap"], "8.6", "years", "8.6")
for area, printed, anchor in ((T, "61.3", "61.3 years in Tamsford"), (B, "58.7", "58.7 years in Brindleham"),
                              (W, "64.0", "64.0 years in"), (ENG, "63.9", "63.9 years in England")):
    Q.fact(f"n_hle_{area.lower()}", "life_expectancy", area, "2021-23", "Healthy life expectancy, women",
           ["healthy life expectancy"], printed, "years", anchor)
Q.fact("n_circ_share", "life_expectancy", B, "2021-23", "Circulatory disease share of male gap",
       ["circulatory"], "27%", "%", "accounts for 27%")
Q.fact("n_cancer_share", "life_expectancy", B, "2021-23", "Cancer share of male gap", ["cancer"], "21%", "%",
       "cancer for 21%")
Q.fact("n_emp_gap", "wider_determinants", B, "2024", "Employment rate below England",
       ["employment", "percentage points", "below"], "6.4", "percentage points", "6.4 percentage points")

for name, lines in OUT.items():
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
with open(os.path.join(HERE, "facts.jsonl"), "w", encoding="utf-8") as fh:
    for f in FACTS:
        fh.write(json.dumps(f, ensure_ascii=False) + "\n")
print({k: len(v) for k, v in OUT.items()}, len(FACTS), "facts")
