#!/usr/bin/env python3
"""Write the Sheringmoor packs (Markdown from a modern PDF-to-Markdown converter; pdftotext -layout of a two-column
public health annual report) and facts.jsonl.

Tables are given as their numbers; totals, changes and rates are computed here so that they add up, then printed
as the tool would.  Each table fact is placed on the physical line holding its printed cell; each prose fact by an
anchor that must match exactly one line.  Written before any loader was run on the packs.  Run from this folder.
"""

import json
import os
import re
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
FACTS: list[dict] = []
OUT: dict[str, list[str]] = {}
SM, EOE, ENG = "Sheringmoor", "East of England", "England"
ICB = "Sheringmoor and Fenbridge ICB"
LOCS = ["Holmsey", "Tadstock", "Marshwick", "Ulvering", "Brackfield"]
NUM = r"(?<![\w.,£])%s(?![\w]|[.,]\d)"


def num(printed):
    s = printed.removeprefix("c.").replace(",", "").replace("£", "").replace("%", "").replace("†", "")
    s = s.replace("(p)", "").strip()
    neg = s.startswith(("-", "▼", "−"))
    s = s.lstrip("-▼▲+− ")
    for suf in ("bn", "m", "k"):
        s = s.removesuffix(suf)
    v = round(float(s), 6)
    return -v if neg else v


def f1(x):
    return f"{x:,.1f}"


def f0(x):
    return f"{round(x):,}"


def chg(new, old):
    return round((new / old - 1) * 100, 1)


class Pack:
    def __init__(self, name, margin=0):
        self.name = name
        self.margin = margin  # pdftotext keeps the page's left margin as spaces
        self.lines: list[str] = []
        OUT[name] = self.lines

    def text(self, block):
        """`{FF}` stands for a form feed (dedent would blank a line holding only one)."""
        raw = block.removeprefix("\n").removesuffix("\n").split("\n")
        ff = [x.strip() == "{FF}" for x in raw]
        body = textwrap.dedent("\n".join("" if f else x for x, f in zip(raw, ff))).split("\n")
        for x, f in zip(body, ff):
            self.lines.append("\f" if f else (" " * self.margin + x).rstrip() if x.strip() else "")

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
        bare = re.sub(r"[^\d.]", "", printed)
        if v == int(v) and "." not in bare:
            v = int(v)
        f = {"id": fid, "file": self.name, "dataset": dataset, "area": area, "period": period, "measure": measure,
             "measure_keywords": kw, "value": v, "unit": unit, "rag": rag, "line": i + 1, "quote": line.strip(),
             "printed": printed}
        if note:
            f["note"] = note
        FACTS.append(f)

    def at(self, i, *args, **kw):
        self._put(i, *args, **kw)

    # ---- Markdown pipe table (marker/docling style) ---------------------------------------------------------------
    def pipe(self, header, rows, align=None):
        """Returns the line index of each body row."""
        self.lines.append("| " + " | ".join(header) + " |")
        self.lines.append("|" + "|".join(align or ["---"] * len(header)) + "|")
        out = []
        for r in rows:
            out.append(len(self.lines))
            self.lines.append("| " + " | ".join(r) + " |")
        return out

    # ---- pdftotext -layout ----------------------------------------------------------------------------------------
    def layout(self, widths, aligns, cells, indent=4):
        out = []
        for c, w, a in zip(cells, widths, aligns):
            out.append(c.rjust(w) if a == "r" else c.ljust(w))
        self.lines.append((" " * indent + "  ".join(out)).rstrip())
        return len(self.lines) - 1

    def twocol(self, left, right, width=54, gap=7, indent=4):
        """Two columns side by side, as pdftotext -layout prints a two-column page."""
        n = max(len(left), len(right))
        left = left + [""] * (n - len(left))
        right = right + [""] * (n - len(right))
        for a, b in zip(left, right):
            self.lines.append((" " * indent + a.ljust(width) + " " * gap + b).rstrip() if b else
                              (" " * indent + a).rstrip())


def wrap(s, w=54):
    return textwrap.wrap(s, w)


def slug(s, n=18):
    return re.sub(r"\W+", "_", s.lower()).strip("_")[:n]


# ========================= Pack 1: Health Scrutiny Committee 3 December 2025 (Markdown) =========================
P = Pack("sheringmoor_hsc_2025-12-03.txt")
P.text("""
![](_page_0_Picture_0.jpeg)

# Sheringmoor County Council

## Health Scrutiny Committee

**Date:** Wednesday 3 December 2025 at 10.30 am

**Venue:** Council Chamber, County Hall, Holmsey SM1 2QX

**Contact:** Priya Westacott, Democratic Services, 01632 966 140

## Agenda

| Item | Title | Pages |
|---|---|---|
| 1 | Apologies and declarations of interest | 1 - 2 |
| 2 | Minutes of the meeting held on 8 October 2025 | 3 - 8 |
| 3 | ICB efficiency (QIPP) programme, month 7 2025/26 | 9 - 18 |
| 4 | Primary care budgets and PCN funding | 19 - 28 |
| 5 | General practice workforce | 29 - 36 |
| 6 | Performance scorecard, October 2025 | 37 - 44 |

## Minutes of the meeting held on 8 October 2025

**Present:** Councillors R Ashdown (Chair), K Melbury (Vice-Chair), T Fordham, L Okafor, D Penhallow and S Whitcombe

**31. Winter pressures**

The ICB's Chief Operating Officer reported that 46 virtual ward beds would be added for winter. Members asked
why 1 in 4 patients waited more than 12 hours in the emergency department at peak (minute 31 refers).

**32. Dental access**

Members noted that 9 of the 58 dental practices were accepting new adult NHS patients.

{8}------------------------------------------------

# Agenda item 3

## ICB efficiency (QIPP) programme, month 7 2025/26

**Report of:** Martin Hollis, Chief Finance Officer, Sheringmoor and Fenbridge ICB

### 1. Summary

1.1 The ICB's allocation for 2025/26 is £1.45bn. Its financial plan needs efficiency savings (QIPP) of
**£36.0m**, 2.5 % of the allocation[^1].

1.2 At month 7 (October 2025) schemes had delivered **£17.3m** against a plan to date of **£19.1m**, which is
90.6 % of plan. The forecast outturn is £33.2m, a gap of £2.8m against the target. Of the savings delivered,
£940k is non-recurrent.

![](_page_9_Figure_2.jpeg)

**Table 1: QIPP programme by scheme, month 7 2025/26 (£000)**
""")
QH = ["Scheme", "Annual<br>target", "Plan<br>to date", "Delivered<br>to date", "Forecast<br>outturn", "RAG"]
Q1 = [
    ("Medicines optimisation", 9200, 4850, 4610, 8900, "Amber"),
    ("Outpatient transformation", 6800, 3500, 3640, 6950, "Green"),
    ("Continuing healthcare review[^2]", 5400, 2900, 1980, 3900, "Red"),
    ("Urgent and emergency care flow", 4600, 2450, 2210, 4300, "Amber"),
    ("Mental health placements", 3300, 1800, 1850, 3400, "Green"),
    ("Workforce and agency spend", 4100, 2200, 1540, 3100, "Red"),
    ("Estates and corporate services", 2600, 1400, 1470, 2650, "Green"),
]
QT = tuple(sum(r[c] for r in Q1) for c in range(1, 5))
assert QT == (36000, 19100, 17300, 33200), QT


def qrow(r):
    return [r[0]] + [f0(x) for x in r[1:5]] + [r[5]]


rows_a = [qrow(r) for r in Q1[:4]]
pl_a = P.pipe(QH, rows_a)
P.text("""

Sheringmoor County Council · Health Scrutiny Committee · 3 December 2025

10

{9}------------------------------------------------

""")
rows_b = [qrow(r) for r in Q1[4:]] + [["**Total**"] + [f"**{f0(x)}**" for x in QT] + [""]]
pl_b = P.pipe(QH, rows_b)
QC = [("target", "Annual target", ["target"]), ("plan", "Plan to date", ["plan"]),
      ("delivered", "Delivered to date", ["delivered"]), ("forecast", "Forecast outturn", ["forecast"])]
for r, (row, i) in enumerate(zip(rows_a + rows_b, pl_a + pl_b)):
    lab = re.sub(r"\[\^\d\]|\*", "", row[0])
    for c, (suf, meas, kw) in enumerate(QC, start=1):
        P.at(i, f"q1_{slug(lab)}_{suf}", "qipp", ICB, "Month 7 2025/26", f"{lab} {meas}", kw,
             row[c].strip("*"), "£k", rag=(row[5] or None))
P.text("""

1.3 Continuing healthcare has delivered 68.3 % of its plan to date; a review of 310 packages of care will report
in January (see paragraph 2.4).

[^1]: The allocation excludes delegated specialised services (£212m), see paragraph 4.2.

[^2]: Includes joint funded packages with Sheringmoor County Council.

{10}------------------------------------------------
""")
P.fact("q_alloc", "qipp", ICB, "2025/26", "Revenue allocation", ["allocation"], "£1.45bn", "£bn", "is £1.45bn")
P.fact("q_target", "qipp", ICB, "2025/26", "Efficiency savings (QIPP) target", ["savings", "qipp", "target"],
       "£36.0m", "£m", "**£36.0m**")
P.fact("q_target_pct", "qipp", ICB, "2025/26", "Efficiency savings as a share of the allocation",
       ["allocation", "share", "savings"], "2.5 %", "%", "2.5 % of the allocation")
P.fact("q_delivered", "qipp", ICB, "Month 7 2025/26", "Efficiency savings delivered", ["delivered"], "£17.3m", "£m",
       "delivered **£17.3m**")
P.fact("q_plan", "qipp", ICB, "Month 7 2025/26", "Efficiency savings plan to date", ["plan"], "£19.1m", "£m",
       "**£19.1m**, which")
P.fact("q_pct", "qipp", ICB, "Month 7 2025/26", "Efficiency savings delivered as a share of plan",
       ["plan", "delivered"], "90.6 %", "%", "90.6 % of plan")
P.fact("q_forecast", "qipp", ICB, "2025/26", "Efficiency savings forecast outturn", ["forecast"], "£33.2m", "£m",
       "outturn is £33.2m")
P.fact("q_gap", "qipp", ICB, "2025/26", "Efficiency savings gap against target", ["gap"], "£2.8m", "£m",
       "a gap of £2.8m")
P.fact("q_nonrec", "qipp", ICB, "Month 7 2025/26", "Non-recurrent savings delivered", ["non-recurrent"], "£940k",
       "£k", "£940k is non-recurrent")
P.fact("q_chc_pct", "qipp", ICB, "Month 7 2025/26", "Continuing healthcare savings delivered as a share of plan",
       ["continuing healthcare", "plan"], "68.3 %", "%", "68.3 % of its plan")

# ---- item 4: primary care budget and ARRS
P.text("""
# Agenda item 4

## Primary care budgets and PCN funding

**Report of:** Dr Anjali Rowe, Director of Primary Care, Sheringmoor and Fenbridge ICB

### 1. Delegated primary medical care budget

1.1 The ICB holds the delegated primary medical care budget for the 67 practices in Sheringmoor. For 2025/26
it is **£95.6m**, 3.9 % more than the 2024/25 outturn.

**Table 2: Delegated primary medical care budget, Sheringmoor place**

""")
B1 = [
    ("**General practice contracts** (global sum, £118.40 per weighted patient)", "General practice contracts",
     ["contracts"], 64200, 67050),
    ("**Premises reimbursements**", "Premises reimbursements", ["premises"], 8310, 8520),
    ("**Enhanced services**", "Enhanced services", ["enhanced"], 5140, 5380),
    ("**Quality and Outcomes Framework**", "Quality and Outcomes Framework", ["quality", "outcomes"], 9020, 9260),
    ("**Dispensing and prescribing fees**", "Dispensing and prescribing fees", ["dispensing"], 3460, 3390),
    ("**Other primary medical care**", "Other primary medical care", ["other"], 1870, 1960),
]
BT = (sum(r[3] for r in B1), sum(r[4] for r in B1))
B1.append(("**Total delegated budget**", "Total delegated budget", ["total", "delegated"], *BT))
rows = [[r[0], f0(r[3]), f0(r[4]), f"{chg(r[4], r[3]):.1f} %"] for r in B1]
pl = P.pipe(["Budget line", "2024/25<br>outturn<br>£000", "2025/26<br>budget<br>£000", "Change"], rows,
            [":---", "---:", "---:", "---:"])
for r, i in zip(B1, pl):
    c = chg(r[4], r[3])
    P.at(i, f"pc_{slug(r[1])}_outturn", "primary_care_budgets", SM, "2024/25", f"{r[1]} 2024/25 outturn",
         r[2], f0(r[3]), "£k")
    P.at(i, f"pc_{slug(r[1])}_budget", "primary_care_budgets", SM, "2025/26", f"{r[1]} 2025/26 budget",
         r[2], f0(r[4]), "£k")
    P.at(i, f"pc_{slug(r[1])}_change", "primary_care_budgets", SM, "2025/26", f"{r[1]} change",
         ["change"], f"{c:.1f} %", "%")
assert round(BT[1] / 1000, 1) == 95.6 and chg(BT[1], BT[0]) == 3.9, (BT, chg(BT[1], BT[0]))
P.fact("pc_total", "primary_care_budgets", SM, "2025/26", "Delegated primary medical care budget",
       ["delegated", "budget"], "£95.6m", "£m", "**£95.6m**")
P.fact("pc_total_pct", "primary_care_budgets", SM, "2025/26", "Delegated budget change on 2024/25 outturn",
       ["change", "more"], "3.9 %", "%", "3.9 % more than")

P.text("""

### 2. Additional Roles Reimbursement Scheme (ARRS)

2.1 Each of the six primary care networks has an ARRS allocation; core PCN funding is paid at £1.50 per registered
patient on top. By month 7 the networks had claimed **£4.3m** and had **158.4** WTE staff in post.

![](_page_21_Picture_4.jpeg)

**Table 3: ARRS by primary care network, 2025/26**

""")
A1 = [
    ("Holmsey PCN", "Holmsey", 1642, 812, 31.4),
    ("Tadstock North PCN", "Tadstock", 1418, 760, 27.2),
    ("Tadstock South PCN", "Tadstock", 1205, 590, 22.6),
    ("Marshwick PCN", "Marshwick", 1530, 845, 29.8),
    ("Ulvering PCN", "Ulvering", 1176, 602, 21.5),
    ("Brackfield PCN", "Brackfield", 1354, 701, 25.9),
]
AT = (sum(r[2] for r in A1), sum(r[3] for r in A1), round(sum(r[4] for r in A1), 1))
assert AT[2] == 158.4 and round(AT[1] / 1000, 1) == 4.3, AT
P.lines.append("| PCN | Locality | ARRS 2025/26<br>£000 | ARRS 2025/26<br>£000 | Roles in post |")
P.lines.append("|---|---|---|---|---|")
P.lines.append("| | | Allocation | Claimed to<br>month 7 | WTE |")
pl = []
for r in A1 + [("**Total**", "", *AT)]:
    pl.append(len(P.lines))
    P.lines.append(f"| {r[0]} | {r[1]} | {f0(r[2])} | {f0(r[3])} | {r[4]:.1f} |".replace("|  |", "| |"))
for r, i in zip(A1 + [("Total", "", *AT)], pl):
    area = r[0] if r[0] != "Total" else SM  # the six PCNs are all in Sheringmoor; the ICB also covers Fenbridge
    p = slug(r[0])
    P.at(i, f"arrs_{p}_alloc", "pcn_budgets", area, "2025/26", "ARRS allocation", ["allocation"], f0(r[2]), "£k")
    P.at(i, f"arrs_{p}_claimed", "pcn_budgets", area, "Month 7 2025/26", "ARRS claimed to month 7", ["claimed"],
         f0(r[3]), "£k")
    P.at(i, f"arrs_{p}_wte", "pcn_budgets", area, "Month 7 2025/26", "ARRS roles in post (WTE)", ["roles", "wte"],
         f"{r[4]:.1f}", "WTE")
P.fact("arrs_claimed_prose", "pcn_budgets", SM, "Month 7 2025/26", "ARRS claimed", ["claimed"], "£4.3m", "£m",
       "claimed **£4.3m**")
P.fact("arrs_wte_prose", "pcn_budgets", SM, "Month 7 2025/26", "ARRS staff in post (WTE)", ["staff", "wte"],
       "158.4", "WTE", "**158.4** WTE")

# ---- item 5: GP workforce
P.text("""

{20}------------------------------------------------

# Agenda item 5

## General practice workforce

**Report of:** Dr Anjali Rowe, Director of Primary Care, Sheringmoor and Fenbridge ICB

Table 4 compares the fully qualified GP workforce in each locality with the East of England and England
(October 2025).

**Table 4: GP workforce by locality, October 2025**

""")
G1 = [
    ("Holmsey", 98450, 56.3, 48.2),
    ("Tadstock", 121300, 66.8, 57.6),
    ("Marshwick", 87920, 51.4, 43.1),
    ("Ulvering", 64180, 33.2, 30.4),
    ("Brackfield", 79650, 44.9, 38.7),
]
GT = ("Sheringmoor", sum(r[1] for r in G1), round(sum(r[2] for r in G1), 1), round(sum(r[3] for r in G1), 1))
G2 = G1 + [GT, ("East of England", 7102000, 2960.0, 1980.0), ("England", 63412000, 28130.0, 17240.0)]
MARK = {"Sheringmoor": " (p)", "England": "†"}
pl = P.pipe(["Area", "Registered<br>patients", "GP FTE<br>(fully qualified)", "GPs per<br>1,000 patients",
             "Practice nurse<br>FTE"],
            [[f"**{r[0]}**" if r[0] == SM else r[0], f0(r[1]), f"{r[2]:,.1f}",
              f"{r[2] / r[1] * 1000:.2f}{MARK.get(r[0], '')}", f"{r[3]:,.1f}"] for r in G2])
GRATE = {}
for r, i in zip(G2, pl):
    p = slug(r[0])
    rate = f"{r[2] / r[1] * 1000:.2f}"
    GRATE[r[0]] = rate
    P.at(i, f"gp_{p}_patients", "gp_workforce", r[0], "October 2025", "Registered patients", ["patients"], f0(r[1]),
         "count")
    P.at(i, f"gp_{p}_gp_fte", "gp_workforce", r[0], "October 2025", "GP FTE (fully qualified)", ["gp", "fte"],
         f"{r[2]:,.1f}", "FTE")
    P.at(i, f"gp_{p}_gp_rate", "gp_workforce", r[0], "October 2025", "GPs per 1,000 patients",
         ["per 1,000", "gp"], rate + MARK.get(r[0], "").replace(" (p)", ""), "per 1,000")
    P.at(i, f"gp_{p}_nurse", "gp_workforce", r[0], "October 2025", "Practice nurse FTE", ["nurse"], f"{r[3]:,.1f}",
         "FTE")
need = round(G1[3][1] * float(GRATE[SM]) / 1000 - G1[3][2], 1)
P.text(f"""

(p) provisional. † England figure from the NHS workforce statistics release of 27 November 2025.

Key points:

- **Sheringmoor** has {GT[2]} FTE fully qualified GPs, {GRATE[SM]} per 1,000 patients (East of England {GRATE[EOE]};
  England {GRATE[ENG]}).
- **Ulvering** has the fewest GPs per 1,000 patients ({GRATE['Ulvering']}); it would need {need} more FTE GPs to reach the
  county rate.
- Practice nurses: {GT[3]} FTE across the county.

Sheringmoor County Council · Health Scrutiny Committee · 3 December 2025

30

{{21}}------------------------------------------------
""")
P.fact("gpb_fte", "gp_workforce", SM, "October 2025", "Fully qualified GPs (FTE)", ["gp", "fte"], f"{GT[2]}", "FTE",
       f"has {GT[2]} FTE")
P.fact("gpb_rate", "gp_workforce", SM, "October 2025", "GPs per 1,000 patients", ["per 1,000", "gp"], GRATE[SM],
       "per 1,000", f"GPs, {GRATE[SM]} per 1,000")
P.fact("gpb_rate_eoe", "gp_workforce", EOE, "October 2025", "GPs per 1,000 patients", ["per 1,000", "gp"],
       GRATE[EOE], "per 1,000", f"(East of England {GRATE[EOE]};")
P.fact("gpb_rate_eng", "gp_workforce", ENG, "October 2025", "GPs per 1,000 patients", ["per 1,000", "gp"],
       GRATE[ENG], "per 1,000", f"England {GRATE[ENG]})")
P.fact("gpb_ulv_rate", "gp_workforce", "Ulvering", "October 2025", "GPs per 1,000 patients", ["per 1,000", "gp"],
       GRATE["Ulvering"], "per 1,000", f"({GRATE['Ulvering']}); it")
P.fact("gpb_need", "gp_workforce", "Ulvering", "October 2025", "More FTE GPs needed to reach the county rate",
       ["gps", "need"], f"{need}", "FTE", f"need {need} more")
P.fact("gpb_nurse", "gp_workforce", SM, "October 2025", "Practice nurses (FTE)", ["nurse"], f"{GT[3]}", "FTE",
       f"nurses: {GT[3]} FTE")

# ---- item 6: scorecard
P.text("""
# Agenda item 6

## Performance scorecard, October 2025

**Report of:** Chief Operating Officer, Sheringmoor and Fenbridge ICB

The scorecard shows the ICB's position for Sheringmoor residents. Of the 12 indicators, 5 are rated red,
4 amber and 3 green. Changes are on the previous month (▲ up, ▼ down).

**Table 5: Performance scorecard, Sheringmoor and Fenbridge ICB**

""")
S1 = [
    ("**Urgent and emergency care**",),
    ("A&E patients seen within 4 hours (%)", ["a&e", "4 hours"], "%", 78.0, 74.2, 72.8, "Red"),
    ("Ambulance category 2 mean response (minutes)", ["ambulance", "category 2"], "minutes", 30.0, 34.6, 36.1, "Red"),
    ("**Planned care and cancer**",),
    ("Patients waiting over 52 weeks", ["52 weeks"], "count", 0, 412, 398, "Red"),
    ("RTT patients waiting under 18 weeks (%)", ["18 weeks", "rtt"], "%", 92.0, 61.8, 62.3, "Red"),
    ("Diagnostic tests waiting over 6 weeks (%)", ["diagnostic"], "%", 5.0, 11.2, 9.8, "Amber"),
    ("Cancer Faster Diagnosis Standard, 28 days (%)", ["faster diagnosis", "cancer"], "%", 77.0, 78.4, 79.1,
     "Green"),
    ("Cancer treatment within 62 days of referral (%)", ["62 days", "cancer"], "%", 75.0, 68.9, 70.2, "Amber"),
    ("**Mental health and primary care**",),
    ("Talking therapies recovery rate (%)", ["talking therapies", "recovery"], "%", 50.0, 51.2, 50.6, "Green"),
    ("Dementia diagnosis rate (%)", ["dementia"], "%", 66.7, 63.1, 63.5, "Amber"),
    ("GP appointments within 2 weeks (%)", ["appointments"], "%", 85.0, 83.7, 84.9, "Amber"),
    ("Learning disability annual health checks (%)", ["learning disability", "health checks"], "%", 75.0, 77.8,
     79.3, "Green"),
    ("Out of area mental health placements (bed days)", ["out of area", "placements"], "bed days", 0, 640, 585,
     "Red"),
]


def sval(x, unit):
    if unit == "%":
        return f"{x:.1f} %"
    if unit == "minutes":
        return f"{x:.1f}"
    return f0(x)


def sdelta(a, b, unit):
    d = round(b - a, 1)
    s = f"{abs(d):.1f}" if unit in ("%", "minutes") else f0(abs(d))
    return ("▲ " if d > 0 else "▼") + s  # the converter keeps a space after ▲ only


rows = []
for r in S1:
    if len(r) == 1:
        rows.append([r[0], "", "", "", "", ""])
    else:
        rows.append([r[0], sval(r[3], r[2]), sval(r[4], r[2]), sval(r[5], r[2]), sdelta(r[4], r[5], r[2]), r[6]])
pl = P.pipe(["Indicator", "Standard", "Sep-25", "Oct-25", "Change", "RAG"], rows)
for r, row, i in zip(S1, rows, pl):
    if len(r) == 1:
        continue
    lab, kw, unit = r[0], r[1], r[2]
    pu = unit if unit != "count" else "count"
    p = slug(lab)
    strip = lambda s: s.removesuffix(" %")  # noqa: E731
    P.at(i, f"sc_{p}_std", "performance", ICB, "2025/26", f"{lab} standard", ["standard"], strip(row[1]), pu)
    P.at(i, f"sc_{p}_sep", "performance", ICB, "September 2025", lab, kw, strip(row[2]), pu)
    P.at(i, f"sc_{p}_oct", "performance", ICB, "October 2025", lab, kw, strip(row[3]), pu, rag=r[6])
    P.at(i, f"sc_{p}_chg", "performance", ICB, "October 2025", f"{lab} change on previous month", ["change"],
         row[4], pu)
P.text("""

Sheringmoor County Council · Health Scrutiny Committee · 3 December 2025

38
""")


# ====================== Pack 2: Health and Wellbeing Board 14 January 2026 (pdftotext -layout) ======================
W = Pack("sheringmoor_hwb_2026-01-14.txt", margin=4)
W.text("""
                                  Sheringmoor County Council

                             Health and Wellbeing Board

                       Wednesday 14 January 2026, 2.00 pm
             Committee Room 2, County Hall, Holmsey SM1 2QX  ·  Tel 01632 966 175


    Agenda item 5                                                                       Pages 5 - 12

    Better Care Fund 2025/26: pooled budget by funding stream

    Report of the Director of Adult Social Care and Health and the ICB's Director of Place

    5.1   The Better Care Fund pooled budget for Sheringmoor in 2025/26 is £104.2m, 3.5 % more than in
          2024/25. Table 1 sets out each funding stream.

    Table 1: Better Care Fund by funding stream, Sheringmoor

                                                          2024/25          2025/26         Change
                                                             £000             £000       on year
""")
BCF = [
    ("NHS minimum contribution", ["minimum contribution"], 58420, 61050),
    ("Improved Better Care Fund (iBCF)", ["improved", "ibcf"], 21360, 21360),
    ("Disabled Facilities Grant", ["disabled facilities"], 7940, 8410),
    ("Discharge Fund (ICB)", ["discharge"], 4210, 4630),
    ("Discharge Fund (local authority)", ["discharge"], 3870, 4250),
    ("Additional council contribution", ["additional", "council"], 2500, 2750),
    ("Additional ICB contribution", ["additional", "icb"], 2400, 1760),
]
BCT = (sum(r[2] for r in BCF), sum(r[3] for r in BCF))
BCF.append(("Total pooled budget", ["total", "pooled"], *BCT))
assert round(BCT[1] / 1000, 1) == 104.2 and chg(BCT[1], BCT[0]) == 3.5, (BCT, chg(BCT[1], BCT[0]))
for r in BCF:
    c = chg(r[3], r[2])
    cs = ("+" if c > 0 else "−" if c < 0 else "") + f"{abs(c):.1f} %"
    i = W.layout([48, 13, 15, 13], "lrrr", [r[0], f0(r[2]), f0(r[3]), cs])
    p = slug(r[0])
    W.at(i, f"bcf_{p}_2425", "bcf", SM, "2024/25", r[0], r[1], f0(r[2]), "£k")
    W.at(i, f"bcf_{p}_2526", "bcf", SM, "2025/26", r[0], r[1], f0(r[3]), "£k")
    W.at(i, f"bcf_{p}_chg", "bcf", SM, "2025/26", f"{r[0]} change on year", ["change"], cs, "%")
W.text("""

    5.2   The Additional ICB contribution falls because the ICB's own discharge schemes moved into the
          Discharge Fund (see paragraph 5.4).

    Health and Wellbeing Board, 14 January 2026                                               Page 6
{FF}
""")
W.fact("bcf_total_prose", "bcf", SM, "2025/26", "Better Care Fund pooled budget", ["pooled", "better care fund"],
       "£104.2m", "£m", "is £104.2m")
W.fact("bcf_growth_prose", "bcf", SM, "2025/26", "Better Care Fund pooled budget change on 2024/25",
       ["more", "change"], "3.5 %", "%", "3.5 % more than")

# ---- the annual report: two-column pages with full-width tables between
LE = [
    ("Holmsey", 79.2, 83.1, 61.8, 63.0),
    ("Tadstock", 80.6, 84.2, 64.1, 65.2),
    ("Marshwick", 78.4, 82.5, 59.6, 61.4),
    ("Ulvering", 77.9, 82.0, 58.2, 60.1),
    ("Brackfield", 81.3, 84.9, 65.7, 66.4),
    ("Sheringmoor", 79.6, 83.4, 62.0, 63.3),
    ("East of England", 80.1, 83.7, 63.5, 64.0),
    ("England", 78.8, 82.8, 61.5, 61.9),
]
FIG1 = [("Holmsey", 9.6), ("Tadstock", 7.3), ("Marshwick", 10.2), ("Ulvering", 8.8), ("Brackfield", 6.1)]
FIG2 = [("2019/20", 74.5), ("2020/21", 73.2), ("2021/22", 73.9), ("2022/23", 74.6), ("2023/24", 75.1)]
gap_m = round(LE[4][1] - LE[3][1], 1)
gap_f = round(LE[4][2] - LE[3][2], 1)
left = [
    "Agenda item 6",
    "",
    "Director of Public Health Annual Report 2025",
    "",
    "1. How long we live",
    "",
    *wrap(f"Life expectancy at birth in Sheringmoor is {LE[5][1]} years for men and {LE[5][2]} years for women "
          f"(2021-23), above England ({LE[7][1]} and {LE[7][2]} years) but below the East of England."),
    "",
    *wrap("Men in the most deprived tenth of the county live 8.4 years less than men in the least deprived "
          "tenth; for women the gap is 6.9 years."),
    "",
    "Figure 1: Gap in male life expectancy between the",
    "most and least deprived tenth, by district (years)",
    "",
    *[f"  {a:<14}{v:>5.1f}" for a, v in FIG1],
    "",
    "Source: OHID, 2021-23.",
]
right = [
    "",
    "",
    "",
    "",
    "2. Healthy life expectancy",
    "",
    *wrap("The gap in healthy life expectancy is wider still: 15.2 years for men and 14.1 years for women "
          "between the most and least deprived tenths."),
    "",
    *wrap(f"Between districts, men in Brackfield live {gap_m} years longer than men in Ulvering, and women "
          f"{gap_f} years longer."),
    "",
    *wrap("Circulatory disease accounts for 27 % of the gap for men (paragraph 6.3)."),
    "",
    "Figure 2: Employment rate, people aged 16-64,",
    "Sheringmoor (%)",
    "",
    *[f"  {a:<14}{v:>5.1f}" for a, v in FIG2],
]
W.twocol(left, right)
W.fact("le_prose_m", "life_expectancy", SM, "2021-23", "Life expectancy at birth, men", ["life expectancy", "men"],
       f"{LE[5][1]}", "years", f"Sheringmoor is {LE[5][1]} years")
W.fact("le_prose_f", "life_expectancy", SM, "2021-23", "Life expectancy at birth, women",
       ["life expectancy", "women"], f"{LE[5][2]}", "years", f"{LE[5][2]} years for women")
W.fact("le_prose_eng_m", "life_expectancy", ENG, "2021-23", "Life expectancy at birth, men",
       ["life expectancy", "men"], f"{LE[7][1]}", "years", f"England ({LE[7][1]} and")
W.fact("le_prose_eng_f", "life_expectancy", ENG, "2021-23", "Life expectancy at birth, women",
       ["life expectancy", "women"], f"{LE[7][2]}", "years", f"and {LE[7][2]} years)")
W.fact("gap_m", "life_expectancy", SM, "2021-23", "Life expectancy gap most vs least deprived, men", ["gap", "men"],
       "8.4", "years", "county live 8.4")
W.fact("gap_f", "life_expectancy", SM, "2021-23", "Life expectancy gap most vs least deprived, women",
       ["gap", "women"], "6.9", "years", "gap is 6.9 years")
W.fact("hle_gap_m", "life_expectancy", SM, "2021-23", "Healthy life expectancy gap most vs least deprived, men",
       ["healthy", "gap", "men"], "15.2", "years", "15.2 years for men")
W.fact("hle_gap_f", "life_expectancy", SM, "2021-23", "Healthy life expectancy gap most vs least deprived, women",
       ["healthy", "gap", "women"], "14.1", "years", "14.1 years for")
W.fact("gap_loc_m", "life_expectancy", "Brackfield", "2021-23", "Male life expectancy gap with Ulvering",
       ["longer", "gap", "men"], f"{gap_m}", "years", f"Brackfield live {gap_m} years")
W.fact("gap_loc_f", "life_expectancy", "Brackfield", "2021-23", "Female life expectancy gap with Ulvering",
       ["longer", "gap", "women"], f"{gap_f}", "years", f"and women {gap_f}")
W.fact("gap_circ", "life_expectancy", SM, "2021-23", "Circulatory disease share of the gap for men",
       ["circulatory"], "27 %", "%", "for 27 % of the gap")
for a, v in FIG1:
    W.fact(f"fig1_{slug(a)}", "life_expectancy", a, "2021-23",
           "Gap in male life expectancy between the most and least deprived tenth", ["gap", "life expectancy"],
           f"{v:.1f}", "years", f"  {a:<14}{v:>5.1f}")
for y, v in FIG2:
    W.fact(f"fig2_{y[:4]}", "wider_determinants", SM, y, "Employment rate, people aged 16-64", ["employment"],
           f"{v:.1f}", "%", f"  {y:<14}{v:>5.1f}")
W.text("""

    Table 2: Life expectancy and healthy life expectancy at birth (years), 2021-23

                                     Life expectancy at birth        Healthy life expectancy
                                        Male          Female            Male          Female
""")
LEC = [("le_m", "Life expectancy at birth, male", ["male"]), ("le_f", "Life expectancy at birth, female",
       ["female"]), ("hle_m", "Healthy life expectancy, male", ["healthy", "male"]),
       ("hle_f", "Healthy life expectancy, female", ["healthy", "female"])]
for r in LE:
    i = W.layout([30, 9, 15, 16, 15], "lrrrr", [r[0]] + [f"{x:.1f}" for x in r[1:]])
    for c, (suf, meas, kw) in enumerate(LEC, start=1):
        W.at(i, f"le_{slug(r[0])}_{suf}", "life_expectancy", r[0], "2021-23", meas, kw, f"{r[c]:.1f}", "years")
W.text("""

    Source: OHID Public Health Outcomes Framework; ONS. Localities are the county's five districts.

    Director of Public Health Annual Report 2025                                              Page 7
{FF}
""")

# ---- wider determinants: two columns of prose, then a full-width table
WD = [
    ("Holmsey", 19.4, 7.2, 74.8, 2.1, 13.2),
    ("Tadstock", 22.7, 8.1, 77.3, 3.4, 11.6),
    ("Marshwick", 17.9, 6.8, 73.1, 1.7, 13.9),
    ("Ulvering", 15.2, 6.3, 70.4, 1.2, 14.8),
    ("Brackfield", 21.1, 7.6, 78.2, 2.6, 10.9),
    ("Sheringmoor", 19.6, 7.2, 75.1, 2.3, 12.7),
    ("East of England", 20.3, 7.4, 76.8, 3.1, 11.8),
    ("England", 21.9, 7.8, 75.7, 4.2, 13.1),
]
left = [
    "3. Where we live and work",
    "",
    *wrap(f"Fuel poverty is highest in Ulvering, where {WD[3][5]} % of households are fuel poor, against "
          f"{WD[5][5]} % across the county and {WD[7][5]} % in England."),
    "",
    *wrap(f"Employment among people aged 16-64 reached {WD[5][3]} % in 2023/24 (provisional), below the East of "
          f"England ({WD[6][3]} %)."),
]
right = [
    "",
    "",
    *wrap(f"Fewer adults walk for travel at least three days a week ({WD[5][1]} %) than in England ({WD[7][1]} %); "
          f"Ulvering is lowest at {WD[3][1]} %."),
    "",
    *wrap(f"Temporary accommodation is concentrated in Tadstock: {WD[1][4]} households per 1,000, against "
          f"{WD[3][4]} in Ulvering."),
]
W.twocol(left, right)
W.fact("kp_fuel", "wider_determinants", "Ulvering", "2023", "Households in fuel poverty", ["fuel"], f"{WD[3][5]} %",
       "%", f"where {WD[3][5]} % of")
W.fact("kp_fuel_sm", "wider_determinants", SM, "2023", "Households in fuel poverty", ["fuel"], f"{WD[5][5]} %", "%",
       f"against {WD[5][5]} % across")
W.fact("kp_fuel_eng", "wider_determinants", ENG, "2023", "Households in fuel poverty", ["fuel"], f"{WD[7][5]} %",
       "%", f"and {WD[7][5]} % in England")
W.fact("kp_emp", "wider_determinants", SM, "2023/24", "Employment rate, people aged 16-64", ["employment"],
       f"{WD[5][3]} %", "%", f"reached {WD[5][3]} %")
W.fact("kp_emp_eoe", "wider_determinants", EOE, "2023/24", "Employment rate, people aged 16-64", ["employment"],
       f"{WD[6][3]}", "%", f"England ({WD[6][3]}")
W.fact("kp_walk", "wider_determinants", SM, "2023/24", "Adults walking for travel at least three days a week",
       ["walk"], f"{WD[5][1]} %", "%", f"week ({WD[5][1]} %)")
W.fact("kp_walk_eng", "wider_determinants", ENG, "2023/24", "Adults walking for travel at least three days a week",
       ["walk"], f"{WD[7][1]} %", "%", f"England ({WD[7][1]} %)")
W.fact("kp_walk_ulv", "wider_determinants", "Ulvering", "2023/24",
       "Adults walking for travel at least three days a week", ["walk"], f"{WD[3][1]} %", "%",
       f"lowest at {WD[3][1]} %")
W.fact("kp_ta", "wider_determinants", "Tadstock", "2024/25", "Households in temporary accommodation per 1,000",
       ["temporary", "households"], f"{WD[1][4]}", "per 1,000", f"{WD[1][4]} households per")
W.fact("kp_ta_ulv", "wider_determinants", "Ulvering", "2024/25", "Households in temporary accommodation per 1,000",
       ["temporary", "households"], f"{WD[3][4]}", "per 1,000", f"{WD[3][4]} in Ulvering")
W.text("""

    Table 3: Wider determinants of health by district, with the East of England and England

                            Walking for   Fine particulate    Employment     Temporary    Fuel poverty
                            travel, 3+    matter (PM2.5)      rate 16-64     accomm.      (% of
                            days/week %   µg/m³               %              per 1,000    households)
                            2023/24       2023                2023/24        2024/25      2023
""")
WDC = [
    ("walk", "Adults walking for travel at least three days a week", ["walk"], "%", "2023/24"),
    ("pm25", "Fine particulate matter (PM2.5)", ["pm2.5", "particulate"], "µg/m³", "2023"),
    ("emp", "Employment rate, people aged 16-64", ["employment"], "%", "2023/24"),
    ("ta", "Households in temporary accommodation per 1,000", ["temporary"], "per 1,000", "2024/25"),
    ("fuel", "Households in fuel poverty", ["fuel"], "%", "2023"),
]
for r in WD:
    cells = [f"{r[1]:.1f}", f"{r[2]:.1f}" + ("†" if r[0] == ENG else ""),
             f"{r[3]:.1f}" + (" (p)" if r[0] in LOCS or r[0] == SM else ""), f"{r[4]:.1f}", f"{r[5]:.1f} %"]
    i = W.layout([22, 9, 16, 17, 11, 14], "lrrrrr", [r[0]] + cells)
    for c, (suf, meas, kw, unit, per) in enumerate(WDC):
        printed = cells[c].replace(" (p)", "")
        W.at(i, f"wd_{slug(r[0])}_{suf}", "wider_determinants", r[0], per, meas, kw, printed, unit)
W.text("""

    (p) provisional.  † England figure is the population-weighted mean of local authorities.
    Source: Active Lives Survey; Defra; Annual Population Survey; DLUHC; DESNZ sub-regional fuel poverty.

    Director of Public Health Annual Report 2025                                              Page 8
{FF}
""")

# ---- GP workforce trajectory: two columns of prose, then a full-width table with years across
YEARS = ["2021/22", "2022/23", "2023/24", "2024/25", "2025/26", "2026/27", "2027/28", "2028/29"]
PAT = [436100, 440900, 445700, 449300, GT[1], 455200, 458800, 462300]
ACT = [226.4, 231.9, 240.3, 247.0, GT[2], None, None, None]
PLAN = [None, None, None, 250.0, 258.0, 266.0, 274.0, 282.0]
RATE = [f"{(a if a is not None else p) / n * 1000:.2f}" for a, p, n in zip(ACT, PLAN, PAT)]
left = [
    "4. Doctors and nurses in general practice",
    "",
    *wrap(f"The county had {GT[2]} FTE fully qualified GPs in October 2025, {GT[2] - ACT[3]:.1f} FTE more than a "
          f"year earlier but {PLAN[4] - GT[2]:.1f} FTE short of the plan for 2025/26."),
]
right = [
    "5. Recommendations",
    "",
    *wrap(f"Recommendation 3: the Board supports the ICB's plan for {PLAN[7]:.1f} FTE GPs by 2028/29, "
          f"{RATE[7]} per 1,000 patients."),
]
W.twocol(left, right)
W.fact("tr_growth", "gp_workforce", SM, "October 2025", "GP FTE growth on a year earlier", ["more", "year"],
       f"{GT[2] - ACT[3]:.1f}", "FTE", f"{GT[2] - ACT[3]:.1f} FTE more")
W.fact("tr_short", "gp_workforce", SM, "2025/26", "GP FTE short of plan", ["short", "plan"],
       f"{PLAN[4] - GT[2]:.1f}", "FTE", f"earlier but {PLAN[4] - GT[2]:.1f}")
W.fact("tr_plan_prose", "gp_workforce", SM, "2028/29", "Planned GP FTE", ["plan", "gp"], f"{PLAN[7]:.1f}", "FTE",
       f"for {PLAN[7]:.1f} FTE GPs")
W.fact("tr_rate_prose", "gp_workforce", SM, "2028/29", "Planned GPs per 1,000 patients", ["per 1,000"],
       RATE[7], "per 1,000", f"{RATE[7]} per 1,000 patients.")
W.text("""

    Table 4: GP workforce trajectory, Sheringmoor (fully qualified GPs, FTE)

                            Actual                                  Plan
                            """ + "".join(f"{y:>10}" for y in YEARS) + """
""")
TR = [
    ("patients", "Registered patients", ["patients"], "count", [f0(x) for x in PAT]),
    ("actual", "GP FTE actual", ["actual"], "FTE", [f"{x:.1f}" if x is not None else ".." for x in ACT]),
    ("plan", "GP FTE plan", ["plan"], "FTE", [f"{x:.1f}" if x is not None else ".." for x in PLAN]),
    ("rate", "GPs per 1,000 patients", ["per 1,000"], "per 1,000", RATE),
]
for suf, lab, kw, unit, vals in TR:
    i = W.layout([24] + [8] * 8, "l" + "r" * 8, [lab] + vals)
    for y, v in zip(YEARS, vals):
        if v != "..":
            W.at(i, f"traj_{y[:4]}_{suf}", "gp_workforce", SM, y, lab, kw, v, unit)
W.text("""

    Rates use the actual FTE where there is one and the plan otherwise. '..' not applicable.

    Director of Public Health Annual Report 2025                                              Page 9
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
print({k: len(v) for k, v in OUT.items()}, len(FACTS), "facts")
