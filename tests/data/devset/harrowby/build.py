#!/usr/bin/env python3
"""Write the Harrowby Vale packs (a w3m text dump of HTML report pages; a reStructuredText export) and facts.jsonl.

The packs' prose is written out below; each table is given as its cells and rendered as the tool would: w3m pads
cells to their column's width and wraps long cells inside their column (the numbers of a row sit on the middle line
of its tallest cell, as `valign=middle` does), with no rules; reStructuredText simple tables have `====` rules above
and below the header and at the end, with the caption below the table.  Each table fact is placed on the physical
line holding its printed cell; each prose fact by an anchor that must match one line.  Written before any loader
was run on the packs.  Run from this folder.
"""

import json
import os
import re
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
FACTS: list[dict] = []
OUT: dict[str, list[str]] = {}
HV, SW, ENG = "Harrowby Vale", "South West", "England"
ICB = "Harrowby and Severnside ICB"
LOCS = ["Kestlemouth", "Brenscombe", "Tollacott", "Wyvernford", "Perrimoor", "Stannock"]
NUM = r"(?<![\w.,£])%s(?![\w]|[.,]\d)"


def num(printed):
    s = printed.removeprefix("c.").replace(",", "").replace("£", "").replace("%", "")
    neg = s.startswith("-")
    s = s.strip("-")
    for suf in ("bn", "m", "k"):
        s = s.removesuffix(suf)
    v = round(float(s), 6)
    return -v if neg else v


class Pack:
    def __init__(self, name):
        self.name = name
        self.lines: list[str] = []
        OUT[name] = self.lines

    def text(self, block):
        self.lines.extend(textwrap.dedent(block).strip("\n").split("\n"))

    def fact(self, fid, dataset, area, period, measure, kw, printed, unit, anchor, rag=None, note=None):
        hits = [i for i, x in enumerate(self.lines) if anchor in x]
        if len(hits) != 1:
            sys.exit(f"anchor {anchor!r} in {self.name}: {[h + 1 for h in hits]}")
        self._put(hits[0], fid, dataset, area, period, measure, kw, printed, unit, rag, note)

    def _put(self, i, fid, dataset, area, period, measure, kw, printed, unit, rag=None, note=None):
        line = self.lines[i]
        if not re.search(NUM % re.escape(printed), line):
            sys.exit(f"{printed!r} not on {self.name}:{i + 1}: {line!r}")
        v = num(printed)
        if v == int(v) and "." not in printed.removeprefix("c."):
            v = int(v)
        f = {"id": fid, "file": self.name, "dataset": dataset, "area": area, "period": period, "measure": measure,
             "measure_keywords": kw, "value": v, "unit": unit, "rag": rag, "line": i + 1, "quote": line.strip(),
             "printed": printed}
        if note:
            f["note"] = note
        FACTS.append(f)

    # ---- w3m: padded columns, cells wrapped inside their column, no rules --------------------------------------
    def w3m(self, widths, aligns, header, rows, gap=2, indent=0, blank_between=True):
        """Header cells centred, body cells aligned 'l' or 'r'; each cell vertically centred in its row.
        Returns, per body row, per cell, the list of line indices of the cell's text."""
        self._w3m_row(widths, "c" * len(widths), header, gap, indent)
        self.lines.append("")
        placed = []
        for r in rows:
            placed.append(self._w3m_row(widths, aligns, r, gap, indent))
            if blank_between:
                self.lines.append("")
        if not blank_between:
            self.lines.append("")
        return placed

    def _w3m_row(self, widths, aligns, cells, gap, indent):
        wrapped = [textwrap.wrap(c, w) or [""] for c, w in zip(cells, widths)]
        height = max(len(x) for x in wrapped)
        start = len(self.lines)
        grid = [[""] * len(widths) for _ in range(height)]
        where = []
        for c, parts in enumerate(wrapped):
            top = (height - len(parts)) // 2
            where.append([start + top + k for k in range(len(parts))])
            for k, p in enumerate(parts):
                grid[top + k][c] = p
        for row in grid:
            out = []
            for text, w, a in zip(row, widths, aligns):
                out.append(text.rjust(w) if a == "r" else text.center(w) if a == "c" else text.ljust(w))
            self.lines.append((" " * indent + (" " * gap).join(out)).rstrip())
        return where

    # ---- reStructuredText simple table ---------------------------------------------------------------------------
    def rst(self, widths, aligns, header_rows, rows):
        rule = "  ".join("=" * w for w in widths)
        self.lines += ["", rule]
        for h in header_rows:  # a string is a raw line (a column-span rule)
            self.lines.append(h if isinstance(h, str) else self._rst_line(widths, "l" * len(widths), h))
        self.lines.append(rule)
        placed = []
        for r in rows:
            placed.append(len(self.lines))
            self.lines.append(self._rst_line(widths, aligns, r))
        self.lines += [rule, ""]
        return placed

    @staticmethod
    def _rst_line(widths, aligns, cells):
        return "  ".join(c.rjust(w) if a == "r" else c.ljust(w) for c, w, a in zip(cells, widths, aligns)).rstrip()

    def at(self, i, fid, dataset, area, period, measure, kw, printed, unit, rag=None):
        """A fact on line index i (or on one of the line indices in a list: the one printing it)."""
        for j in i if isinstance(i, list) else [i]:
            if re.search(NUM % re.escape(printed), self.lines[j]):
                return self._put(j, fid, dataset, area, period, measure, kw, printed, unit, rag)
        sys.exit(f"{printed!r} not at {i} of {self.name}")


def slug(s, n=18):
    return re.sub(r"\W+", "_", s.lower()).strip("_")[:n]


# =============================== Pack 1: HASC scrutiny 19 November 2025 (w3m) ===============================
P = Pack("harrowby_hosc_2025-11-19.txt")
P.text("""
[Harrowby Vale Council logo]                                        Skip to main content

Home > Council and democracy > Meetings > Health and Adult Social Care Scrutiny Committee

Health and Adult Social Care Scrutiny Committee - Wednesday 19 November 2025 10.00 am

Venue: Council Chamber, Civic Centre, Quay Street, Kestlemouth HV2 4RT
Contact: Ellis Trevanion, Democratic Services Officer, 01632 965 210
Email: scrutiny@harrowby-vale.gov.uk

Agenda

  1. Apologies for absence (page 1)
  2. Minutes of the meeting held on 17 September 2025 (pages 3 - 9)
  3. Harrowby and Severnside ICB: efficiency programme, month 6 2025/26 (pages 11 - 22)
  4. Primary care: delegated budgets and primary care network funding (pages 23 - 34)
  5. General practice workforce (pages 35 - 42)
  6. Performance scorecard, September 2025 (pages 43 - 50)

-------------------------------------------------------------------------------------------------------

Minutes of the meeting held on 17 September 2025

Present: Councillors M Polglase (Chair), A Rundle (Vice-Chair), J Kittow, S Menear, P Treloar, H Vosper
and D Yelland

21. Public health annual update

The Director of Public Health summarised the borough's position on the indicators the committee follows:

  * MMR two doses at age 5: 86.3% of children (England 83.9%)
  * Adults physically active: 68.2 per cent (South West 69.9 per cent; England 67.1 per cent)
  * Smoking in pregnancy at time of delivery: 9.4% of mothers (England 7.4%)

Members noted that 14 of the 41 practices offer evening vaccination clinics and asked for a report in
March 2026 (minute 21 refers).

22. Winter plan

The ICB's Director of Operations said that the winter plan adds 38 virtual ward beds, taking the total to
214, and that c.£3m of non-recurrent funding had been set aside for the peak. Members asked about the
1 in 5 patients waiting more than 12 hours in the emergency department.

-------------------------------------------------------------------------------------------------------

Agenda item 3

Harrowby and Severnside ICB: efficiency programme, month 6 2025/26

Report of: Tamsin Boscawen, Chief Finance Officer, Harrowby and Severnside ICB

1. Summary

1.1 The ICB's revenue allocation for 2025/26 is £1.2bn. Its plan needs efficiency savings (QIPP) of £38.6m,
3.2 per cent of the allocation.

1.2 At month 6 (September 2025) schemes had delivered £15.9m against a plan to date of £17.4m, which is
91.4 per cent of plan. The forecast for the year is £35.9m, leaving a gap of £2.7m against the target.
Of the savings delivered, £850k is non-recurrent.

                     Efficiency (QIPP) programme by scheme, month 6 2025/26 (£000)
""")
H1 = ["Scheme", "Annual target", "Plan to date", "Delivered to date", "Forecast outturn", "RAG"]
R1 = [
    ["Medicines optimisation and prescribing", "8,400", "3,900", "3,620", "7,950", "Amber"],
    ["Elective care pathway redesign (outpatient follow-ups)", "6,200", "2,800", "2,910", "6,350", "Green"],
    ["Continuing healthcare and joint packages review", "5,900", "2,700", "1,840", "4,300", "Red"],
    ["Urgent care flow and virtual wards", "4,800", "2,150", "1,960", "4,500", "Amber"],
    ["Mental health out of area placements", "3,700", "1,650", "1,700", "3,750", "Green"],
    ["Workforce: agency and bank premium reduction", "5,100", "2,300", "1,980", "4,600", "Amber"],
    ["Corporate, estates and procurement", "4,500", "1,900", "1,890", "4,450", "Green"],
    ["Total", "38,600", "17,400", "15,900", "35,900", ""],
]
pl = P.w3m([24, 8, 8, 9, 8, 5], "lrrrrl", H1, R1)
C1 = [("target", "Annual target", ["target"]), ("plan", "Plan to date", ["plan"]),
      ("delivered", "Delivered to date", ["delivered"]), ("forecast", "Forecast outturn", ["forecast"])]
for r, row in enumerate(R1):
    for c, (suf, meas, kw) in enumerate(C1, start=1):
        P.at(pl[r][c], f"q1_{slug(row[0])}_{suf}", "qipp", ICB, "Month 6 2025/26", f"{row[0]} {meas}",
             kw, row[c], "£k", rag=(row[5] or None))
P.text("""
1.3 Continuing healthcare is furthest behind: it has delivered 68.1 per cent of its plan to date. A review of
240 joint packages will report in December (see paragraph 3.2).

2. Recommendation

2.1 The committee is asked to note the position.

Page 14

-------------------------------------------------------------------------------------------------------

Agenda item 4

Primary care: delegated budgets and primary care network funding

Report of: Dr Lowenna Carne, Director of Primary Care, Harrowby and Severnside ICB

1. Delegated primary medical care budget

1.1 The ICB holds the delegated primary medical care budget for the 41 practices in Harrowby Vale. For
2025/26 it is £108.0m, 5.2 per cent more than the 2024/25 outturn.

                Delegated primary medical care budget, Harrowby Vale (£000)
""")
H2 = ["Budget line", "2024/25 outturn", "2025/26 budget", "Change %"]
R2 = [
    ["General practice contracts: global sum (£112.50 per weighted patient)", "61,240", "64,180", "4.8"],
    ["Quality and Outcomes Framework", "9,850", "10,120", "2.7"],
    ["Directed enhanced services", "6,430", "6,910", "7.5"],
    ["Premises reimbursements", "8,760", "8,990", "2.6"],
    ["PCN funding (core PCN funding at £1.50 per registered patient, ARRS and capacity payments)", "14,320",
     "15,860", "10.8"],
    ["Other primary medical care", "2,140", "1,980", "-7.5"],
    ["Total delegated budget", "102,740", "108,040", "5.2"],
]
pl = P.w3m([30, 9, 9, 7], "lrrr", H2, R2)
C2 = [("outturn", "2024/25 outturn", ["outturn"], "£k", "2024/25"), ("budget", "2025/26 budget", ["budget"], "£k",
      "2025/26"), ("change", "change %", ["change"], "%", "2025/26")]
LAB2 = ["General practice contracts global sum", "Quality and Outcomes Framework", "Directed enhanced services",
        "Premises reimbursements", "PCN funding", "Other primary medical care", "Total delegated budget"]
KW2 = [["global sum", "contracts"], ["quality", "outcomes"], ["enhanced"], ["premises"], ["pcn"], ["other"],
       ["total", "delegated"]]
for r, row in enumerate(R2):
    for c, (suf, meas, kw, unit, per) in enumerate(C2, start=1):
        P.at(pl[r][c], f"pc_{slug(LAB2[r])}_{suf}", "primary_care_budgets", HV, per, f"{LAB2[r]} {meas}",
             KW2[r] if suf != "change" else ["change"], row[c], unit)
P.text("""
2. Primary care network budgets and the Additional Roles Reimbursement Scheme (ARRS)

2.1 Each of the seven PCNs has an ARRS allocation for 2025/26. Claims for April to September are below half of
the allocation in every PCN; 157.6 WTE additional roles are in post.

                   ARRS allocation and claims by primary care network, 2025/26
""")
H3 = ["Primary care network", "Locality", "ARRS allocation £000", "Claimed Apr-Sep £000", "Roles in post (WTE)"]
R3 = [
    ["Kestlemouth Harbour PCN", "Kestlemouth", "1,486", "702", "27.4"],
    ["Kestlemouth Rural PCN", "Kestlemouth", "1,102", "498", "19.8"],
    ["Brenscombe PCN", "Brenscombe", "1,354", "655", "24.1"],
    ["Tollacott PCN", "Tollacott", "1,218", "561", "21.6"],
    ["Wyvernford PCN", "Wyvernford", "1,391", "690", "25.9"],
    ["Perrimoor PCN", "Perrimoor", "1,275", "540", "22.3"],
    ["Stannock PCN", "Stannock", "968", "437", "16.5"],
    ["Total", "", "8,794", "4,083", "157.6"],
]
pl = P.w3m([12, 11, 10, 10, 8], "llrrr", H3, R3, blank_between=False)
C3 = [("alloc", "ARRS allocation", ["allocation"], "£k"), ("claimed", "ARRS claimed April to September",
      ["claimed"], "£k"), ("wte", "Additional roles in post (WTE)", ["roles", "wte"], "WTE")]
for r, row in enumerate(R3):
    org = row[0] if row[0] != "Total" else HV
    for c, (suf, meas, kw, unit) in enumerate(C3, start=2):
        P.at(pl[r][c], f"arrs_{slug(row[0], 20)}_{suf}", "pcn_budgets", org, "2025/26", meas, kw, row[c], unit)
P.text("""
2.2 Core PCN funding is paid at £1.50 per registered patient. Please ring 01632 965 233 with any question
about claims.

Page 27

-------------------------------------------------------------------------------------------------------

Agenda item 5

General practice workforce

1. Summary

  * Fully qualified GPs: 142.0 FTE, or 0.54 per 1,000 patients (South West 0.62; England 0.59)
  * GP partners: 61.5 FTE, down 4.2 per cent on a year earlier
  * Tollacott would need a further 3.5 FTE GPs to reach the England rate

               General practice workforce by locality, 30 September 2025
""")
H4 = ["Area", "Registered patients", "GP FTE (fully qualified)", "GP FTE per 1,000 patients",
      "Practice nurse FTE"]
R4 = [
    ["Kestlemouth", "68,420", "36.2", "0.53", "24.8"],
    ["Brenscombe", "41,870", "24.7", "0.59", "15.1"],
    ["Tollacott", "35,260", "17.3", "0.49", "12.6"],
    ["Wyvernford", "52,940", "30.1", "0.57", "19.4"],
    ["Perrimoor", "39,150", "19.9", "0.51", "14.2"],
    ["Stannock", "27,610", "13.8", "0.50", "10.3"],
    ["Harrowby Vale", "265,250", "142.0", "0.54", "96.4"],
    ["South West region", "6,012,300", "3,728.5", "0.62", "2,301.7"],
    ["England", "63,524,800", "37,574.3", "0.59", "17,480.6"],
]
pl = P.w3m([13, 10, 10, 10, 9], "lrrrr", H4, R4, blank_between=False)
C4 = [("patients", "Registered patients", ["patients"], "count"), ("gp_fte", "GP FTE (fully qualified)",
      ["gp", "fte"], "FTE"), ("gp_rate", "GP FTE per 1,000 patients", ["per 1,000"], "per 1,000"),
      ("nurse", "Practice nurse FTE", ["nurse"], "FTE")]
for r, row in enumerate(R4):
    area = SW if row[0].startswith("South West") else row[0]
    for c, (suf, meas, kw, unit) in enumerate(C4, start=1):
        P.at(pl[r][c], f"gp_{slug(area)}_{suf}", "gp_workforce", area, "September 2025", meas, kw, row[c], unit)
P.text("""
Source: NHS Digital, General and Personal Medical Services, 30 September 2025.

Page 38

-------------------------------------------------------------------------------------------------------

Agenda item 6

Performance scorecard, September 2025

Of the 12 indicators, 7 are rated red, 3 amber and 2 green. The scorecard shows the ICB's position for
Harrowby Vale residents against the national standard.

                     Performance scorecard, Harrowby and Severnside ICB
""")
H5 = ["Indicator", "Standard", "Aug-25", "Sep-25", "RAG", "Trend"]
R5 = [
    ["A&E: patients seen within 4 hours (%)", "78.0", "74.6", "75.9", "Red", "Improving"],
    ["Ambulance category 2 mean response (minutes)", "30.0", "38.2", "35.7", "Red", "Improving"],
    ["Referral to treatment: waiting under 18 weeks (%)", "92.0", "61.8", "62.3", "Red", "Improving"],
    ["Patients waiting over 52 weeks for treatment", "0", "1,284", "1,197", "Red", "Improving"],
    ["Diagnostic tests: waiting over 6 weeks (%)", "5.0", "18.4", "16.9", "Red", "Improving"],
    ["Cancer: Faster Diagnosis Standard, 28 days (%)", "77.0", "78.3", "79.1", "Green", "Improving"],
    ["Cancer: treatment within 62 days of referral (%)", "75.0", "68.5", "70.2", "Amber", "Improving"],
    ["Dementia diagnosis rate, aged 65+ (%)", "66.7", "64.1", "64.5", "Amber", "No change"],
    ["NHS Talking Therapies: courses completed", "1,050", "982", "1,011", "Amber", "Improving"],
    ["Delayed discharges: patients with no criteria to reside (daily average)", "45", "71", "66", "Red",
     "Improving"],
    ["Same-day GP appointments (% of appointments)", "40.0", "41.8", "42.6", "Green", "Improving"],
    ["Out of area mental health placements (bed days)", "150", "212", "187", "Red", "Improving"],
]
pl = P.w3m([26, 8, 6, 6, 5, 9], "lrrrll", H5, R5)
LAB5 = ["A&E patients seen within 4 hours (%)", "Ambulance category 2 mean response (minutes)",
        "Referral to treatment waiting under 18 weeks (%)", "Patients waiting over 52 weeks",
        "Diagnostic tests waiting over 6 weeks (%)", "Cancer Faster Diagnosis Standard (%)",
        "Cancer treatment within 62 days (%)", "Dementia diagnosis rate (%)", "Talking Therapies courses completed",
        "Patients with no criteria to reside", "Same-day GP appointments (%)", "Out of area placements bed days"]
KW5 = [["a&e", "4 hours"], ["ambulance", "category 2"], ["referral to treatment", "18 weeks"], ["52 weeks"],
       ["diagnostic"], ["faster diagnosis"], ["62 days", "cancer"], ["dementia"], ["talking therapies"],
       ["criteria to reside", "delayed"], ["same-day", "same day"], ["out of area"]]
UNIT5 = ["%", "minutes", "%", "count", "%", "%", "%", "%", "count", "count", "%", "bed days"]
for r, row in enumerate(R5):
    if row[1] != "0":
        P.at(pl[r][1], f"sc_{slug(LAB5[r])}_std", "performance", ICB, "2025/26", f"{LAB5[r]} standard",
             ["standard"], row[1], UNIT5[r])
    P.at(pl[r][2], f"sc_{slug(LAB5[r])}_aug", "performance", ICB, "August 2025", LAB5[r], KW5[r], row[2], UNIT5[r])
    P.at(pl[r][3], f"sc_{slug(LAB5[r])}_sep", "performance", ICB, "September 2025", LAB5[r], KW5[r], row[3],
         UNIT5[r], rag=row[4])
P.text("""
Contact: Performance team, 01632 965 287                                              Page 44
""")

# ---------- prose facts, pack 1 ----------
P.fact("m_mmr", "public_health", HV, "2024/25", "MMR two doses at age 5", ["mmr"], "86.3%", "%", "86.3%")
P.fact("m_mmr_eng", "public_health", ENG, "2024/25", "MMR two doses at age 5", ["mmr"], "83.9%", "%", "83.9%")
P.fact("m_active", "public_health", HV, "2023/24", "Adults physically active", ["active"], "68.2", "%",
       "68.2 per cent")
P.fact("m_active_sw", "public_health", SW, "2023/24", "Adults physically active", ["active"], "69.9", "%",
       "69.9 per cent")
P.fact("m_active_eng", "public_health", ENG, "2023/24", "Adults physically active", ["active"], "67.1", "%",
       "67.1 per cent")
P.fact("m_sath", "public_health", HV, "2024/25", "Smoking in pregnancy at time of delivery", ["smoking"], "9.4%",
       "%", "9.4% of mothers")
P.fact("m_sath_eng", "public_health", ENG, "2024/25", "Smoking in pregnancy at time of delivery", ["smoking"],
       "7.4%", "%", "(England 7.4%)")
P.fact("m_vw_added", "performance", ICB, "Winter 2025/26", "Virtual ward beds added", ["virtual ward"], "38",
       "count", "adds 38 virtual")
P.fact("m_vw_total", "performance", ICB, "Winter 2025/26", "Virtual ward beds total", ["virtual ward", "beds"],
       "214", "count", "214, and that")
P.fact("m_winter_fund", "finance", ICB, "Winter 2025/26", "Non-recurrent winter funding", ["non-recurrent",
       "funding"], "c.£3m", "£m", "c.£3m of non-recurrent")
P.fact("q_alloc", "finance", ICB, "2025/26", "Revenue allocation", ["allocation"], "£1.2bn", "£bn", "is £1.2bn")
P.fact("q_target", "qipp", ICB, "2025/26", "Efficiency savings (QIPP) target", ["qipp", "efficiency"], "£38.6m",
       "£m", "(QIPP) of £38.6m")
P.fact("q_target_pct", "qipp", ICB, "2025/26", "Efficiency savings % of allocation", ["allocation", "per cent"],
       "3.2", "%", "3.2 per cent of the allocation")
P.fact("q_delivered", "qipp", ICB, "Month 6 2025/26", "Efficiency delivered to date", ["delivered"], "£15.9m",
       "£m", "delivered £15.9m")
P.fact("q_plan", "qipp", ICB, "Month 6 2025/26", "Efficiency plan to date", ["plan"], "£17.4m", "£m",
       "plan to date of £17.4m")
P.fact("q_pct", "qipp", ICB, "Month 6 2025/26", "Efficiency delivered % of plan", ["per cent of plan", "plan"],
       "91.4", "%", "91.4 per cent of plan")
P.fact("q_forecast", "qipp", ICB, "2025/26", "Efficiency forecast for the year", ["forecast"], "£35.9m", "£m",
       "is £35.9m")
P.fact("q_gap", "qipp", ICB, "2025/26", "Efficiency gap against target", ["gap"], "£2.7m", "£m", "gap of £2.7m")
P.fact("q_nonrec", "qipp", ICB, "Month 6 2025/26", "Savings delivered non-recurrently", ["non-recurrent"], "£850k",
       "£k", "£850k is non-recurrent")
P.fact("q_chc_pct", "qipp", ICB, "Month 6 2025/26", "Continuing healthcare delivered % of plan",
       ["continuing healthcare", "plan"], "68.1", "%", "68.1 per cent")
P.fact("pc_total", "primary_care_budgets", HV, "2025/26", "Delegated primary medical care budget",
       ["delegated", "budget"], "£108.0m", "£m", "it is £108.0m")
P.fact("pc_total_pct", "primary_care_budgets", HV, "2025/26", "Delegated budget change on 2024/25 outturn",
       ["more", "change"], "5.2", "%", "5.2 per cent more")
P.fact("arrs_wte_prose", "pcn_budgets", HV, "2025/26", "Additional roles in post (WTE)", ["roles", "wte"], "157.6",
       "WTE", "157.6 WTE")
P.fact("gpb_fte", "gp_workforce", HV, "September 2025", "Fully qualified GPs FTE", ["gps", "fte"], "142.0", "FTE",
       "GPs: 142.0 FTE")
P.fact("gpb_rate", "gp_workforce", HV, "September 2025", "Fully qualified GPs per 1,000 patients", ["per 1,000"],
       "0.54", "per 1,000", "or 0.54 per")
P.fact("gpb_rate_sw", "gp_workforce", SW, "September 2025", "Fully qualified GPs per 1,000 patients",
       ["per 1,000", "gps"], "0.62", "per 1,000", "(South West 0.62;")
P.fact("gpb_rate_eng", "gp_workforce", ENG, "September 2025", "Fully qualified GPs per 1,000 patients",
       ["per 1,000", "gps"], "0.59", "per 1,000", "England 0.59)")
P.fact("gpb_partners", "gp_workforce", HV, "September 2025", "GP partners FTE", ["partners"], "61.5", "FTE",
       "61.5 FTE")
P.fact("gpb_partners_chg", "gp_workforce", HV, "September 2025", "GP partners change on a year earlier",
       ["partners", "down"], "4.2", "%", "down 4.2 per cent")
P.fact("gpb_need", "gp_workforce", "Tollacott", "September 2025", "GPs needed to reach the England rate",
       ["gps", "fte"], "3.5", "FTE", "further 3.5 FTE")

# =============================== Pack 2: HWB 21 January 2026 (reStructuredText) ===============================
Q = Pack("harrowby_hwb_2026-01-21.txt")
Q.text("""
===========================================
Harrowby Vale Health and Wellbeing Board
===========================================

:Date: Wednesday 21 January 2026, 2.00 pm
:Venue: Committee Room 1, Civic Centre, Kestlemouth HV2 4RT
:Contact: Ellis Trevanion, 01632 965 210

.. contents:: Agenda
   :depth: 1

Better Care Fund plan 2025/26
=============================

Report of the Director of Adult Social Care and the ICB's Director of Place (item 5, pages 5 - 16).

1. The pooled budget for 2025/26 is £42.6m, 5.3 per cent more than in 2024/25. Table 1 shows each funding
   stream.

""")
H6 = [["Funding stream", "2024/25", "2025/26", "Change"], ["", "£000", "£000", "%"]]
R6 = [
    ["NHS minimum contribution", "21,486", "22,698", "5.6"],
    ["Improved Better Care Fund (iBCF)", "8,912", "8,912", "0.0"],
    ["Disabled Facilities Grant", "2,954", "3,108", "5.2"],
    ["Discharge Fund (NHS)", "2,340", "2,610", "11.5"],
    ["Discharge Fund (local authority)", "1,690", "1,880", "11.2"],
    ["Additional council contribution", "3,100", "3,400", "9.7"],
    ["Total pooled budget", "40,482", "42,608", "5.3"],
]
pl = Q.rst([34, 8, 8, 6], "lrrr", H6, R6)
LAB6 = ["NHS minimum contribution", "Improved Better Care Fund", "Disabled Facilities Grant", "Discharge Fund NHS",
        "Discharge Fund local authority", "Additional council contribution", "Total pooled budget"]
KW6 = [["minimum contribution"], ["improved", "ibcf"], ["disabled facilities"], ["discharge"], ["discharge"],
       ["additional", "council contribution"], ["total", "pooled"]]
for r, row in enumerate(R6):
    Q.at(pl[r], f"bcf_{slug(LAB6[r])}_2425", "bcf", HV, "2024/25", LAB6[r], KW6[r], row[1], "£k")
    Q.at(pl[r], f"bcf_{slug(LAB6[r])}_2526", "bcf", HV, "2025/26", LAB6[r], KW6[r], row[2], "£k")
    Q.at(pl[r], f"bcf_{slug(LAB6[r])}_chg", "bcf", HV, "2025/26", f"{LAB6[r]} change %", ["change"], row[3], "%")
Q.text("""

Table 1: Better Care Fund pooled budget by funding stream, Harrowby Vale (£000).
Source: Harrowby Vale BCF plan 2025/26, submitted 30 June 2025.

2. The national metrics for the first half of 2025/26 were:

   * Emergency admissions due to falls, aged 65+: 2,104 per 100,000 (England 1,933)
   * Discharged to usual place of residence: 92.1% (plan 93.0%)
   * Unplanned admissions for chronic ambulatory care sensitive conditions: 612 per 100,000 (England 685)
   * Permanent admissions to residential care, aged 65+: 538 per 100,000 (South West 522; England 566)

3. The Board is asked to approve the plan (paragraph 6.1 of the report).

Life expectancy and the gap between places
==========================================

Report of the Director of Public Health (item 6, pages 17 - 30).

Life expectancy in Harrowby Vale is above England's but it differs by locality. Table 2 gives life expectancy
and healthy life expectancy at birth for each of the six localities.

""")
H7 = ["Area            Life expectancy     Healthy life expectancy", "--------------  ------------------  ------------------",
      ["", "Male", "Female", "Male", "Female"]]
R7 = [
    ["Kestlemouth", "78.1", "82.0", "61.2", "62.0"],
    ["Brenscombe", "81.4", "84.9", "66.8", "67.3"],
    ["Tollacott", "76.9", "81.2", "58.4", "59.9"],
    ["Wyvernford", "80.2", "83.8", "64.5", "65.1"],
    ["Perrimoor", "79.6", "83.3", "63.7", "64.6"],
    ["Stannock", "82.0", "85.3", "68.1", "68.9"],
    ["Harrowby Vale", "79.5", "83.2", "63.6", "64.3"],
    ["South West", "80.1", "83.8", "63.9", "64.8"],
    ["England", "79.1", "83.1", "61.5", "61.9"],
]
pl = Q.rst([14, 8, 8, 8, 8], "lrrrr", H7, R7)
C7 = [("le_m", "Life expectancy at birth, male", ["male"]), ("le_f", "Life expectancy at birth, female",
      ["female"]), ("hle_m", "Healthy life expectancy, male", ["male", "healthy"]),
      ("hle_f", "Healthy life expectancy, female", ["female", "healthy"])]
for r, row in enumerate(R7):
    for c, (suf, meas, kw) in enumerate(C7, start=1):
        Q.at(pl[r], f"le_{slug(row[0])}_{suf}", "life_expectancy", row[0], "2021-23", meas, kw, row[c], "years")
Q.text("""

Table 2: Life expectancy and healthy life expectancy at birth by locality, 2021-23 (years).
Source: OHID, Fingertips; locality figures by Harrowby Vale Public Health Intelligence.

The gap between the most and least deprived tenths of Harrowby Vale:

* men: 7.8 years (England 9.7 years)
* women: 6.1 years (England 7.9 years)

Between localities, men in Stannock live 5.1 years longer than men in Tollacott, and women 4.1 years longer.
Circulatory disease accounts for 29 per cent of the gap for men.

General practice workforce trajectory
=====================================

Table 3 sets the number of fully qualified GPs each year against the ICB's workforce plan to 2028/29.

""")
H8 = [["Year", "GP FTE", "GP FTE", "Registered", "GP FTE per"], ["", "actual", "plan", "patients", "1,000"]]
R8 = [
    ["2021/22", "131.6", "..", "258,040", "0.51"],
    ["2022/23", "134.9", "..", "260,310", "0.52"],
    ["2023/24", "138.4", "..", "262,880", "0.53"],
    ["2024/25", "140.7", "..", "264,120", "0.53"],
    ["2025/26", "..", "146.0", "266,800", "0.55"],
    ["2026/27", "..", "151.5", "269,400", "0.56"],
    ["2027/28", "..", "156.0", "271,900", "0.57"],
    ["2028/29", "..", "160.5", "274,300", "0.59"],
]
pl = Q.rst([8, 7, 7, 10, 10], "lrrrr", H8, R8)
for r, row in enumerate(R8):
    if row[1] != "..":
        Q.at(pl[r], f"traj_{row[0][:4]}_actual", "gp_workforce", HV, row[0], "GP FTE actual", ["actual", "gp fte"],
             row[1], "FTE")
    else:
        Q.at(pl[r], f"traj_{row[0][:4]}_plan", "gp_workforce", HV, row[0], "GP FTE plan", ["plan"], row[2], "FTE")
    Q.at(pl[r], f"traj_{row[0][:4]}_patients", "gp_workforce", HV, row[0], "Registered patients", ["patients"],
         row[3], "count")
    Q.at(pl[r], f"traj_{row[0][:4]}_rate", "gp_workforce", HV, row[0], "GP FTE per 1,000 patients", ["per 1,000"],
         row[4], "per 1,000")
Q.text("""

Table 3: Fully qualified GPs (FTE), actual to 2024/25 and plan to 2028/29, Harrowby Vale.
Source: NHS Digital workforce series (actual); Harrowby and Severnside ICB workforce plan (plan).

Wider determinants of health
============================

Report of the Director of Public Health (item 7, pages 31 - 44). Employment in Harrowby Vale has risen each
year since 2021/22 but remains below the South West (Table 4).

""")
H9 = [["Year", "Harrowby Vale", "South West", "England"]]
R9 = [
    ["2020/21", "74.2", "77.9", "75.1"],
    ["2021/22", "73.8", "77.6", "75.4"],
    ["2022/23", "74.9", "78.0", "75.7"],
    ["2023/24", "75.6", "78.3", "75.7"],
    ["2024/25", "76.1", "78.4", "75.8"],
]
pl = Q.rst([8, 13, 10, 7], "lrrr", H9, R9)
for r, row in enumerate(R9):
    for c, area in enumerate((HV, SW, ENG), start=1):
        Q.at(pl[r], f"emp_{slug(area)}_{row[0][:4]}", "wider_determinants", area, row[0], "Employment rate aged 16-64",
             ["employment"], row[c], "%")
Q.text("""

Table 4: Employment rate, people aged 16-64 (per cent), by year.
Source: Annual Population Survey.

Table 5 compares the six localities with Harrowby Vale, the South West and England.

""")
H10 = [["Area", "Walking", "PM2.5", "Employment", "Temporary", "Fuel"],
       ["", "% adults", "ug/m3", "% 16-64", "accomm.", "poverty"],
       ["", "", "", "", "per 1,000", "% hholds"]]
R10 = [
    ["Kestlemouth", "15.2", "7.4", "73.1", "3.9", "13.8"],
    ["Brenscombe", "11.8", "6.1", "79.4", "1.2", "9.6"],
    ["Tollacott", "13.5", "6.9", "70.8", "4.6", "15.2"],
    ["Wyvernford", "16.9", "7.8", "77.2", "2.8", "11.4"],
    ["Perrimoor", "10.7", "6.4", "76.5", "2.1", "12.9"],
    ["Stannock", "9.8", "5.7", "80.3", "0.9", "10.7"],
    ["Harrowby Vale", "13.3", "6.9", "76.1", "2.7", "12.4"],
    ["South West", "12.6", "6.3", "78.4", "1.9", "11.8"],
    ["England", "14.1", "7.8", "75.8", "4.2", "13.1"],
]
pl = Q.rst([14, 9, 6, 10, 9, 8], "lrrrrr", H10, R10)
C10 = [("walk", "Adults walking for travel at least 3 days a week (%)", ["walking"], "%", "2023/24"),
       ("pm25", "Fine particulate matter PM2.5 (ug/m3)", ["pm2.5", "particulate"], "ug/m3", "2023"),
       ("emp", "Employment rate aged 16-64 (%)", ["employment"], "%", "2024/25"),
       ("ta", "Households in temporary accommodation per 1,000", ["temporary"], "per 1,000", "2024/25"),
       ("fuel", "Households in fuel poverty (%)", ["fuel"], "%", "2023")]
for r, row in enumerate(R10):
    for c, (suf, meas, kw, unit, per) in enumerate(C10, start=1):
        Q.at(pl[r], f"wd_{slug(row[0])}_{suf}", "wider_determinants", row[0], per, meas, kw, row[c], unit)
Q.text("""

Table 5: Wider determinants of health by locality. Sources: Active Lives Survey; DEFRA; APS; DLUHC; DESNZ.

Key points:

* Walking: 13.3 per cent of adults walk for travel at least three days a week (England 14.1 per cent)
* Fuel poverty is highest in Tollacott, where 15.2% of households are fuel poor (South West 11.8%)
* Temporary accommodation: 4.6 households per 1,000 in Tollacott, more than five times Stannock's 0.9

The Board is asked to note the report. Enquiries: Public Health Intelligence, 01632 965 299.
""")

# ---------- prose facts, pack 2 ----------
Q.fact("bcf_total_prose", "bcf", HV, "2025/26", "Pooled budget", ["pooled budget"], "£42.6m", "£m", "is £42.6m")
Q.fact("bcf_growth_prose", "bcf", HV, "2025/26", "Pooled budget change on 2024/25", ["more", "change"], "5.3", "%",
       "5.3 per cent more")
Q.fact("bcfm_falls", "bcf", HV, "H1 2025/26", "Emergency admissions due to falls, aged 65+", ["falls"], "2,104",
       "per 100,000", "2,104 per")
Q.fact("bcfm_falls_eng", "bcf", ENG, "H1 2025/26", "Emergency admissions due to falls, aged 65+", ["falls"],
       "1,933", "per 100,000", "(England 1,933)")
Q.fact("bcfm_dis", "bcf", HV, "H1 2025/26", "Discharged to usual place of residence", ["discharged", "residence"],
       "92.1%", "%", "92.1%")
Q.fact("bcfm_dis_plan", "bcf", HV, "H1 2025/26", "Discharged to usual place of residence plan", ["plan"], "93.0%",
       "%", "(plan 93.0%)")
Q.fact("bcfm_acsc", "bcf", HV, "H1 2025/26", "Unplanned admissions for ambulatory care sensitive conditions",
       ["unplanned", "ambulatory"], "612", "per 100,000", "conditions: 612")
Q.fact("bcfm_acsc_eng", "bcf", ENG, "H1 2025/26", "Unplanned admissions for ambulatory care sensitive conditions",
       ["unplanned", "ambulatory"], "685", "per 100,000", "(England 685)")
Q.fact("bcfm_res", "bcf", HV, "H1 2025/26", "Permanent admissions to residential care, aged 65+",
       ["residential", "permanent"], "538", "per 100,000", "care, aged 65+: 538")
Q.fact("bcfm_res_sw", "bcf", SW, "H1 2025/26", "Permanent admissions to residential care, aged 65+",
       ["residential", "permanent"], "522", "per 100,000", "(South West 522;")
Q.fact("bcfm_res_eng", "bcf", ENG, "H1 2025/26", "Permanent admissions to residential care, aged 65+",
       ["residential", "permanent"], "566", "per 100,000", "England 566)")
Q.fact("gap_m", "life_expectancy", HV, "2021-23", "Gap in life expectancy, most and least deprived, men",
       ["gap", "men", "deprived"], "7.8", "years", "men: 7.8 years")
Q.fact("gap_m_eng", "life_expectancy", ENG, "2021-23", "Gap in life expectancy, most and least deprived, men",
       ["gap", "men", "deprived"], "9.7", "years", "(England 9.7 years)")
Q.fact("gap_f", "life_expectancy", HV, "2021-23", "Gap in life expectancy, most and least deprived, women",
       ["gap", "women", "deprived"], "6.1", "years", "women: 6.1 years")
Q.fact("gap_f_eng", "life_expectancy", ENG, "2021-23", "Gap in life expectancy, most and least deprived, women",
       ["gap", "women", "deprived"], "7.9", "years", "(England 7.9 years)")
Q.fact("gap_loc_m", "life_expectancy", "Stannock", "2021-23", "Male life expectancy gap with Tollacott",
       ["longer", "gap", "men"], "5.1", "years", "5.1 years longer")
Q.fact("gap_loc_f", "life_expectancy", "Stannock", "2021-23", "Female life expectancy gap with Tollacott",
       ["longer", "gap", "women"], "4.1", "years", "4.1 years longer")
Q.fact("gap_circ", "life_expectancy", HV, "2021-23", "Circulatory disease share of the gap for men",
       ["circulatory"], "29", "%", "29 per cent")
Q.fact("kp_walk", "wider_determinants", HV, "2023/24", "Adults walking for travel at least three days a week",
       ["walk"], "13.3", "%", "13.3 per cent")
Q.fact("kp_walk_eng", "wider_determinants", ENG, "2023/24", "Adults walking for travel at least three days a week",
       ["walk"], "14.1", "%", "(England 14.1 per cent)")
Q.fact("kp_fuel", "wider_determinants", "Tollacott", "2023", "Households fuel poor", ["fuel"], "15.2%", "%",
       "15.2% of households")
Q.fact("kp_fuel_sw", "wider_determinants", SW, "2023", "Households fuel poor", ["fuel"], "11.8%", "%",
       "(South West 11.8%)")
Q.fact("kp_ta", "wider_determinants", "Tollacott", "2024/25", "Households in temporary accommodation per 1,000",
       ["temporary", "households"], "4.6", "per 1,000", "4.6 households")
Q.fact("kp_ta_stan", "wider_determinants", "Stannock", "2024/25", "Households in temporary accommodation per 1,000",
       ["temporary", "households"], "0.9", "per 1,000", "Stannock's 0.9")

ids = [f["id"] for f in FACTS]
if len(set(ids)) != len(ids):
    sys.exit(f"duplicate ids: {sorted({i for i in ids if ids.count(i) > 1})}")
for name, lines in OUT.items():
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
with open(os.path.join(HERE, "facts.jsonl"), "w", encoding="utf-8") as fh:
    for f in FACTS:
        fh.write(json.dumps(f, ensure_ascii=False) + "\n")
print({k: len(v) for k, v in OUT.items()}, len(FACTS), "facts")
