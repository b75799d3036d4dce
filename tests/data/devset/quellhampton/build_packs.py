#!/usr/bin/env python3
"""Write the Quellhampton packs and their hand-written facts together (each fact at the line it is printed on).

The tables are typed here once, laid out as a PDF converter's layout mode prints a landscape report: columns
aligned by spaces, a table broken across pages ("(continued)", its header repeated, a footer and header
between), a space as thousands separator, a true minus sign, "n/a" and ".." cells, footnote markers.
Run from this folder; it checks every printed number stands on its fact's line.
"""

import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
M = "\u2212"
Q = "Quellhampton"
ICB = "Quellhampton and Lissendale ICB"
ENG = "England"
DISTRICTS = ["Brisford", "Kettlewade", "Oxhollow", "Sallowby", "Tarnwick", "Wimbrook Vale"]


class Pack:
    def __init__(self, name, footer):
        self.name, self.footer, self.lines, self.facts, self.page = name, footer, [], [], 0

    def put(self, *lines):
        self.lines.extend(lines)

    def page_break(self, header):
        self.page += 1
        self.put("", f"{self.footer}{' ' * max(2, 96 - len(self.footer) - len(str(self.page)) - 5)}Page {self.page}",
                 "\f" + header, "")

    def fact(self, fid, dataset, area, period, measure, kw, printed, unit, rag=None, note=None, line=None):
        ln = line if line is not None else len(self.lines)
        text = self.lines[ln - 1]
        if not re.search(r"(?<![\w.,£])" + re.escape(printed) + r"(?![\w]|[.,]\d)", text):
            raise SystemExit(f"{printed!r} not on {self.name}:{ln}: {text!r}")
        v = num(printed)
        d = {"id": fid, "file": self.name, "dataset": dataset, "area": area, "period": period, "measure": measure,
             "measure_keywords": kw, "value": v, "unit": unit, "rag": rag, "line": ln, "quote": text.strip(),
             "printed": printed}
        if note:
            d["note"] = note
        self.facts.append(d)

    def prose(self, text, facts=()):
        """A prose line and the facts it prints: (id, dataset, area, period, measure, kw, printed, unit)."""
        self.put(text)
        for f in facts:
            self.fact(*f)

    def row(self, cells, widths, aligns=None):
        out = ""
        for i, (c, w) in enumerate(zip(cells, widths)):
            left = (aligns or "l" + "r" * 20)[i] == "l"
            out += c.ljust(w) if left else c.rjust(w)
        self.put(("   " + out).rstrip())


def num(printed):
    s = re.sub(r"[*†‡¹²³]$", "", printed).replace(M, "-").replace("£", "").replace("%", "")
    s = s.replace(",", "").replace(" ", "")
    for suf in ("bn", "m", "k"):
        s = s.removesuffix(suf)
    v = float(s)
    return int(v) if v == int(v) and "." not in s else v


def slug(s):
    return re.sub(r"[^a-z0-9]+", "_", s.lower()).strip("_")


def table_rows(p, prefix, dataset, period, rows, cols, widths, unit_of, area_of=None, rag_col=None, label_fn=None):
    """rows: (label, cells...); cols: (slug, measure suffix, keywords, unit) per numeric cell."""
    for r in rows:
        label, cells = r[0], list(r[1:])
        p.row([label, *cells], widths)
        rag = None
        if rag_col is not None:
            rag = cells[rag_col]
        for (cs, meas, kw, unit), printed in zip(cols, cells):
            if printed in ("n/a", "..", "–", "") or cs is None:
                continue
            area = area_of(label) if area_of else Q
            measure = label_fn(label, meas) if label_fn else f"{label} - {meas}"
            p.fact(f"{prefix}_{slug(label)}_{cs}", dataset, area, period, measure, kw(label) if callable(kw) else kw,
                   printed, unit, rag=rag)


# ================================ HOSC, 17 September 2025 ================================
H = Pack("quellhampton_hosc_2025-09-17.txt", "Health Overview and Scrutiny Committee – 17 September 2025")
H.put("", "", " " * 34 + "QUELLHAMPTON COUNTY COUNCIL", "", "",
      " " * 26 + "HEALTH OVERVIEW AND SCRUTINY COMMITTEE", "", "",
      "   Date:          Wednesday, 17 September 2025",
      "   Time:          2.00 pm",
      "   Venue:         Council Chamber, Shire Hall, Abbey Road, Brisford QB4 7TN",
      "   Contact:       Helen Marsdyke, Scrutiny Officer",
      "                  Tel: 01632 961 402",
      "                  Email: helen.marsdyke@quellhampton.example.gov.uk", "",
      "   Membership", "",
      "   Cllr Rowena Attleby (Chairman)                Cllr Dev Sandhu (Vice-Chairman)",
      "   Cllr Peter Bannock                            Cllr Claire Edgcumbe",
      "   Cllr Imran Hafeez                             Cllr Susan Lowther",
      "   Cllr Martin Quayle                            Cllr Joan Trevitt", "",
      "   Two district council representatives and one Healthwatch Quellhampton observer", "",
      " " * 43 + "AGENDA", "",
      "   Item                                                                          Pages", "",
      "   1.    Apologies for absence",
      "   2.    Declarations of interest",
      "   3.    Minutes of the meeting held on 9 July 2025                               3 - 6",
      "   4.    Efficiency (QIPP) programme 2024/25 outturn and 2025/26 plan            7 - 16",
      "   5.    Primary care: delegated budget and PCN funding                         17 - 24",
      "   6.    General practice workforce trajectory                                  25 - 31",
      "   7.    Quellhampton system performance scorecard                              32 - 38",
      "   8.    Work programme 2025/26                                                 39 - 40", "")
H.page_break("Agenda Item 3")
H.put("   MINUTES OF THE MEETING HELD ON 9 JULY 2025", "",
      "   Present: Cllr Rowena Attleby (Chairman), Cllrs Bannock, Edgcumbe, Hafeez, Lowther,",
      "   Quayle, Sandhu and Trevitt.", "",
      "   14.   QUELLHAMPTON AND LISSENDALE ICB: FINANCIAL RECOVERY", "")
H.prose("         The Chief Finance Officer reported that the ICB had delivered £36.2m of its",
        [("min_qipp_delivered", "qipp", ICB, "2024/25", "Efficiency savings delivered", ["delivered"], "£36.2m", "£m")])
H.prose("         £41.8m efficiency (QIPP) target for 2024/25, a shortfall of £5.6m, of which",
        [("min_qipp_target", "qipp", ICB, "2024/25", "Efficiency (QIPP) target", ["target"], "£41.8m", "£m"),
         ("min_qipp_shortfall", "qipp", ICB, "2024/25", "Efficiency shortfall", ["shortfall"], "£5.6m", "£m")])
H.prose("         £2.9m had been met non-recurrently. The 2025/26 target is £47.5m (4.1% of",
        [("min_qipp_nonrec", "qipp", ICB, "2024/25", "Shortfall met non-recurrently", ["non-recurrent"], "£2.9m",
          "£m"),
         ("min_qipp_target26", "qipp", ICB, "2025/26", "Efficiency target 2025/26", ["target"], "£47.5m", "£m")])
H.put("         the allocation). Members asked about paragraph 4.3 of the report and were told",
      "         that the figures on page 11 would be refreshed for the September meeting.", "",
      "   15.   GENERAL PRACTICE ACCESS", "")
H.prose("         Members heard that Quellhampton has 0.41 fully qualified GPs (FTE) per 1,000",
        [("min_gp_per1000", "workforce", Q, "June 2025", "Fully qualified GPs (FTE) per 1,000 patients",
          ["per 1,000", "gp"], "0.41", "per 1,000")])
H.prose("         patients against 0.46 in England, and that 68.3% of appointments were face to",
        [("min_gp_per1000_eng", "workforce", ENG, "June 2025", "Fully qualified GPs (FTE) per 1,000 patients",
          ["per 1,000", "gp"], "0.46", "per 1,000"),
         ("min_f2f", "primary_care", Q, "June 2025", "Appointments face to face", ["face to face"], "68.3%", "%")])
H.put("         face in June 2025. Resolved (15/25): that a report on the workforce trajectory",
      "         be brought to this meeting (item 6).", "")
H.page_break("Agenda Item 4")
H.put("   EFFICIENCY (QIPP) PROGRAMME 2024/25 OUTTURN AND 2025/26 PLAN", "",
      "   Report of the Chief Finance Officer, Quellhampton and Lissendale Integrated Care Board", "",
      "   1.    Purpose", "",
      "   1.1   To report the outturn of the 2024/25 efficiency programme by scheme (Table 3) and",
      "         the plan for 2025/26. Figures are in £'000 unless stated; a minus sign shows an",
      "         under-delivery against plan.", "",
      "   Table 3: Efficiency (QIPP) programme 2024/25 by scheme, £'000", "")
W3 = [42, 11, 12, 12, 12]
H.row(["Scheme", "Plan", "Delivered", "Variance", "Delivered"], W3)
H.row(["", "£'000", "£'000", "£'000", "% of plan"], W3)
H.put("   " + "-" * 86)
EFF = [("e", "plan", "Plan", ["plan"], "£000"), ("e", "delivered", "Delivered", ["delivered"], "£000"),
       ("e", "variance", "Variance", ["variance"], "£000"), ("e", "pct", "Delivered % of plan", ["%", "delivered"],
                                                               "%")]
def eff_rows(p, rows):
    for label, *cells in rows:
        p.row([label, *cells], W3)
        for (_, cs, meas, kw, unit), printed in zip(EFF, cells):
            if printed in ("n/a", ".."):
                continue
            p.fact(f"qipp_{slug(label)}_{cs}", "qipp", ICB, "2024/25", f"{label.rstrip('*¹ ')} - {meas}", kw, printed,
                   unit)
eff_rows(H, [
    ("Elective care pathway redesign", "6 420", "5 118", f"{M}1 302", "79.7%"),
    ("Urgent and emergency care flow", "8 950", "7 406", f"{M}1 544", "82.7%"),
    ("Prescribing and medicines optimisation", "12 345", "13 012", "667", "105.4%"),
    ("Continuing healthcare", "4 780", "3 955", f"{M}825", "82.7%"),
    ("Mental health out-of-area placements", "2 150", "1 240", f"{M}910", "57.7%"),
    ("Community services productivity", "1 875", "1 902", "27", "101.4%"),
])
H.page_break("Agenda Item 4")
H.put("   Table 3 (continued): Efficiency (QIPP) programme 2024/25 by scheme, £'000", "")
H.row(["Scheme", "Plan", "Delivered", "Variance", "Delivered"], W3)
H.row(["", "£'000", "£'000", "£'000", "% of plan"], W3)
H.put("   " + "-" * 86)
eff_rows(H, [
    ("Estates and facilities", "1 260", "1 315", "55", "104.4%"),
    ("Corporate and running costs", "2 400", "2 210", f"{M}190", "92.1%"),
    ("Workforce: agency and bank reduction*", "1 620", "42", f"{M}1 578", "2.6%"),
    ("Non-recurrent measures¹", "n/a", "..", "..", "n/a"),
])
H.put("   " + "-" * 86)
eff_rows(H, [("Total", "41 800", "36 200", f"{M}5 600", "86.6%")])
H.put("   * Scheme started in February 2025.",
      "   ¹ Non-recurrent measures are reported in the finance report, not the programme.",
      "   Source: ICB programme management office, month 12 return.", "")
H.prose("   2.1   The programme delivered 86.6% of plan. Prescribing delivered £667k more than",
        [("p21_pct", "qipp", ICB, "2024/25", "Programme delivered % of plan", ["plan"], "86.6%", "%")])
H.put("         planned, while the agency and bank scheme, started late, delivered little.", "",
      "   Table 4: Efficiency plan 2025/26 by quarter, £'000", "")
W4 = [30, 11, 11, 11, 11, 12]
H.row(["Programme", "Q1", "Q2", "Q3", "Q4", "Total"], W4)
H.put("   " + "-" * 83)
for label, cells in [("Recurrent schemes", ("8 210", "9 640", "10 985", "11 365", "40 200")),
                     ("Non-recurrent schemes", ("1 500", "1 900", "2 100", "1 800", "7 300")),
                     ("Total", ("9 710", "11 540", "13 085", "13 165", "47 500"))]:
    H.row([label, *cells], W4)
    for q, printed in zip(("Q1", "Q2", "Q3", "Q4", "Total"), cells):
        H.fact(f"plan26_{slug(label)}_{slug(q)}", "qipp", ICB, f"{q} 2025/26" if q != "Total" else "2025/26",
               f"{label} - {q}", ["schemes"] if label != "Total" else ["total"], printed, "£000")
H.put("   Source: ICB operating plan 2025/26 (submitted 30 April 2025).", "")
H.page_break("Agenda Item 5")
H.put("   PRIMARY CARE: DELEGATED BUDGET AND PCN FUNDING", "",
      "   Table 5: Delegated primary care budget 2025/26, month 4 (£000s)", "")
W5 = [40, 12, 12, 12, 12]
H.row(["Budget line", "Annual", "YTD budget", "YTD actual", "Variance"], W5)
H.put("   " + "-" * 86)
for label, cells in [("General Medical Services contracts", ("98 412", "32 804", "32 911", f"{M}107")),
                     ("Quality and Outcomes Framework", ("14 226", "4 742", "4 690", "52")),
                     ("Enhanced services", ("9 870", "3 290", "3 402", f"{M}112")),
                     ("Premises", ("11 305", "3 768", "3 741", "27")),
                     ("Dispensing and prescribing fees", ("6 118", "2 039", "2 118", f"{M}79")),
                     ("Total delegated primary care", ("139 931", "46 643", "46 862", f"{M}219"))]:
    H.row([label, *cells], W5)
    for cs, meas, printed in zip(("annual", "ytd_budget", "ytd_actual", "variance"),
                                 ("Annual budget", "YTD budget", "YTD actual", "Variance"), cells):
        kw = {"annual": ["annual"], "ytd_budget": ["budget"], "ytd_actual": ["actual"], "variance": ["variance"]}[cs]
        H.fact(f"pc_{slug(label)}_{cs}", "primary_care", ICB, "2025/26 M4", f"{label} - {meas}", kw, printed, "£000")
H.put("   Negative variance = overspend. Source: ICB ledger, July 2025.", "",
      "   Table 6: Additional Roles Reimbursement Scheme (ARRS) by PCN, 2025/26 (£000s)", "")
W6 = [36, 14, 14, 12, 14]
H.row(["Primary care network", "Allocation", "Claimed YTD", "Claimed", "Roles in post"], W6)
H.row(["", "£000s", "£000s", "%", "(WTE)"], W6)
H.put("   " + "-" * 86)
PCNS = [("Brisford Central PCN", "Brisford"), ("Brisford Rural PCN", "Brisford"),
        ("Kettlewade and Oxhollow PCN", None), ("Sallowby PCN", "Sallowby"), ("Tarnwick PCN", "Tarnwick"),
        ("Wimbrook Vale PCN", "Wimbrook Vale")]
for (label, area), cells in zip(PCNS, [("2 415", "812", "33.6%", "31.5"), ("1 388", "451", "32.5%", "17.0"),
                                       ("2 972", "1 104", "37.1%", "38.2"), ("1 746", "498", "28.5%", "19.4"),
                                       ("1 530", "566", "37.0%", "20.8"), ("1 201", "..", "n/a", "14.6")]):
    H.row([label, *cells], W6)
    for cs, meas, kw, unit, printed in zip(("alloc", "claimed", "pct", "wte"),
                                           ("ARRS allocation", "ARRS claimed YTD", "ARRS claimed %", "Roles in post"),
                                           (["allocation"], ["claimed"], ["claimed"], ["roles"]),
                                           ("£000", "£000", "%", "WTE"), cells):
        if printed in ("..", "n/a"):
            continue
        H.fact(f"arrs_{slug(label)}_{cs}", "pcn", label, "2025/26", meas, kw, printed, unit)
H.put("   " + "-" * 86)
H.row(["Quellhampton total", "11 252", "3 431", "30.5%", "141.5"], W6)
for cs, meas, kw, unit, printed in zip(("alloc", "claimed", "pct", "wte"),
                                       ("ARRS allocation", "ARRS claimed YTD", "ARRS claimed %", "Roles in post"),
                                       (["allocation"], ["claimed"], ["claimed"], ["roles"]),
                                       ("£000", "£000", "%", "WTE"), ("11 252", "3 431", "30.5%", "141.5")):
    H.fact(f"arrs_total_{cs}", "pcn", Q, "2025/26", meas, kw, printed, unit)
H.put("   .. Wimbrook Vale PCN's claims for April to July were not received by the deadline.",
      "   Source: ICB primary care team; PCN claims to 31 July 2025.", "")
H.page_break("Agenda Item 6")
H.put("   GENERAL PRACTICE WORKFORCE TRAJECTORY", "",
      "   3.1   Table 7 sets the workforce in general practice at 30 June each year and the plan",
      "         to 2026/27. Headcount is not planned. Rates are per 1,000 registered patients.", "",
      "   Table 7: General practice workforce trajectory, Quellhampton", "")
W7 = [16, 11, 11, 11, 11, 11, 13]
H.row(["Year", "GPs", "GPs", "Nurses", "DPC staff", "Patients", "GP FTE per"], W7)
H.row(["", "FTE", "headcount", "FTE", "FTE", "('000)", "1,000 pts"], W7)
H.put("   " + "-" * 83)
WF = [("gp_fte", "GP FTE", ["gp", "fte"], "FTE"), ("gp_head", "GP headcount", ["headcount"], "count"),
      ("nurse_fte", "Nurse FTE", ["nurse"], "FTE"), ("dpc_fte", "DPC staff FTE", ["dpc", "direct patient care"], "FTE"),
      ("patients", "Registered patients ('000)", ["patients"], "thousand"),
      ("per1000", "GP FTE per 1,000 patients", ["per 1,000"], "per 1,000")]
for label, cells in [("2021/22", ("356.4", "478", "201.9", "188.3", "842.6", "0.42")),
                     ("2022/23", ("349.8", "471", "205.2", "236.0", "851.3", "0.41")),
                     ("2023/24", ("352.1", "482", "210.7", "301.5", "859.9", "0.41")),
                     ("2024/25", ("355.0", "490", "214.3", "357.8", "868.0", "0.41")),
                     ("2025/26 plan", ("368.0", "n/a", "219.0", "372.0", "874.0", "0.42")),
                     ("2026/27 plan", ("385.0", "n/a", "224.0", "380.0", "880.0", "0.44"))]:
    H.row([label, *cells], W7)
    for (cs, meas, kw, unit), printed in zip(WF, cells):
        if printed == "n/a":
            continue
        H.fact(f"wf_{slug(label)}_{cs}", "workforce", Q, label.replace(" plan", ""), meas, kw, printed, unit,
               note="plan year" if "plan" in label else None)
H.put("   Source: NHS England, General Practice Workforce (June each year); ICB workforce plan.", "",
      "   Table 8: GP workforce by district, June 2025", "")
W8 = [22, 12, 12, 12, 12, 14]
H.row(["District", "Practices", "GP FTE", "Patients", "GP FTE per", "Change since"], W8)
H.row(["", "", "", "('000)", "1,000 pts", "2021/22"], W8)
H.put("   " + "-" * 83)
DIST8 = [("practices", "Practices", ["practices"], "count"), ("gp_fte", "GP FTE", ["gp", "fte"], "FTE"),
         ("patients", "Registered patients ('000)", ["patients"], "thousand"),
         ("per1000", "GP FTE per 1,000 patients", ["per 1,000"], "per 1,000"),
         ("change", "GP FTE change since 2021/22", ["change"], "FTE")]
for label, cells in [("Brisford", ("21", "92.6", "201.4", "0.46", "+4.1")),
                     ("Kettlewade", ("14", "51.3", "139.7", "0.37", f"{M}3.8")),
                     ("Oxhollow", ("12", "47.0", "118.2", "0.40", f"{M}0.6")),
                     ("Sallowby", ("13", "56.8", "142.5", "0.40", "+2.2")),
                     ("Tarnwick", ("11", "49.1", "131.9", "0.37", f"{M}4.5")),
                     ("Wimbrook Vale", ("9", "58.2", "134.3", "0.43", "+1.2")),
                     ("Quellhampton", ("80", "355.0", "868.0", "0.41", f"{M}1.4")),
                     ("England", ("6,248", "27,930", "63,015", "0.44", ".."))]:
    H.row([label, *cells], W8)
    for (cs, meas, kw, unit), printed in zip(DIST8, cells):
        if printed == "..":
            continue
        H.fact(f"wfd_{slug(label)}_{cs}", "workforce", label, "June 2025", meas, kw, printed, unit)
H.put("   Source: NHS England, General Practice Workforce, 30 June 2025.", "")
H.prose("   3.2   Kettlewade and Tarnwick have 0.37 GP FTE per 1,000 patients, the lowest in the county;",
        [])
H.put("         Tarnwick lost 4.5 FTE since 2021/22. Queries to the ICB on 01632 961 777.", "")
H.page_break("Agenda Item 7")
H.put("   QUELLHAMPTON SYSTEM PERFORMANCE SCORECARD", "",
      "   Table 9: Performance scorecard, latest month", "")
W9 = [48, 10, 10, 12, 8]
H.row(["Indicator", "Target", "Actual", "Period", "RAG"], W9)
H.put("   " + "-" * 86)
for label, kw, unit, cells in [
        ("A&E four-hour standard (%)", ["four-hour"], "%", ("78.0%", "73.9%", "Jul-25", "Amber")),
        ("Ambulance Cat 2 mean response (minutes)", ["cat 2"], "minutes", ("30.0", "36.4", "Jul-25", "Red")),
        ("RTT incomplete pathways < 18 weeks (%)", ["18 weeks"], "%", ("65.0%", "61.2%", "Jun-25", "Amber")),
        ("Cancer 62-day referral to treatment (%)", ["62-day"], "%", ("75.0%", "76.3%", "Jun-25", "Green")),
        ("Diagnostic waits over 6 weeks (%)", ["diagnostic"], "%", ("5.0%", "14.8%", "Jun-25", "Red")),
        ("Dementia diagnosis rate (%)", ["dementia"], "%", ("66.7%", "64.1%", "Jul-25", "Amber")),
        ("Out-of-area placements (bed days)", ["out-of-area"], "bed days", ("0", "1 215", "Q1 25/26", "Red")),
        ("Smoking at time of delivery (%)", ["smoking"], "%", ("6.0%", "..", "Q1 25/26", "n/a")),
        ("Delayed discharges (no criteria to reside)", ["criteria to reside", "delayed"], "count",
         ("60", "58", "Jul-25", "Green"))]:
    H.row([label, *cells], W9)
    period = cells[2]
    rag = cells[3] if cells[3] != "n/a" else None
    for cs, printed in zip(("target", "actual"), cells[:2]):
        if printed == "..":
            continue
        H.fact(f"perf_{slug(label)}_{cs}", "performance", Q, period, f"{label} - {cs}",
               ["target"] if cs == "target" else kw, printed, unit, rag=rag)
H.put("   " + "-" * 86,
      "   RAG: Green meets target; Amber within 10% of target; Red more than 10% from target.",
      "   .. data not yet published.",
      "   Source: ICB business intelligence; NHS England statistics, August 2025.", "")
H.put("   Item 8 (work programme) is on pages 39 - 40. For any query call 01632 961 402.", "")
H.page_break("Agenda Item 8")

# ================================ HWB, 8 October 2025 ================================
B = Pack("quellhampton_hwb_2025-10-08.txt", "Quellhampton Health and Wellbeing Board – 8 October 2025")
B.put("", "", " " * 34 + "QUELLHAMPTON COUNTY COUNCIL", "", "",
      " " * 30 + "HEALTH AND WELLBEING BOARD", "", "",
      "   Date:          Wednesday, 8 October 2025",
      "   Time:          9.30 am",
      "   Venue:         Room 2, Shire Hall, Abbey Road, Brisford QB4 7TN",
      "   Contact:       Tomas Verrall, Governance Officer",
      "                  Tel: 01632 961 455", "",
      " " * 43 + "AGENDA", "",
      "   1.    Minutes of the meeting held on 2 July 2025                               3 - 5",
      "   2.    Better Care Fund 2025/26: quarter 1 return                               6 - 12",
      "   3.    Director of Public Health annual report: inequalities in life expectancy 13 - 24",
      "   4.    Wider determinants of health: district profile                          25 - 30", "")
B.page_break("Agenda Item 1")
B.put("   MINUTES OF THE MEETING HELD ON 2 JULY 2025", "",
      "   21.   BETTER CARE FUND 2025/26 PLAN", "")
B.prose("         The Board noted that the pooled Better Care Fund for 2025/26 is £78.4m, of which",
        [("min_bcf_total", "bcf", Q, "2025/26", "Better Care Fund pooled total", ["better care fund", "pooled"],
          "£78.4m", "£m")])
B.prose("         the NHS minimum contribution is £52.6m and the Disabled Facilities Grant £7.9m.",
        [("min_bcf_nhs", "bcf", Q, "2025/26", "NHS minimum contribution", ["nhs minimum"], "£52.6m", "£m"),
         ("min_bcf_dfg", "bcf", Q, "2025/26", "Disabled Facilities Grant", ["disabled facilities"], "£7.9m", "£m")])
B.put("         The Board agreed recommendation 2.1 and noted Appendix 3 (pages 9 - 11).", "",
      "   22.   HEALTHY LIFE EXPECTANCY", "")
B.prose("         The Director of Public Health said that men in the most deprived fifth of the",
        [])
B.prose("         county live 9.1 years less than men in the least deprived fifth; for women the gap",
        [("min_le_gap_m", "life_expectancy", Q, "2021-23", "Life expectancy gap, most vs least deprived - Male",
          ["gap"], "9.1", "years")])
B.prose("         is 7.4 years.",
        [("min_le_gap_f", "life_expectancy", Q, "2021-23", "Life expectancy gap, most vs least deprived - Female",
          ["gap"], "7.4", "years")])
B.put("")
B.page_break("Agenda Item 2")
B.put("   BETTER CARE FUND 2025/26: QUARTER 1 RETURN", "",
      "   Table 1: Better Care Fund expenditure plan and forecast 2025/26 by scheme, £'000", "")
W1 = [46, 12, 12, 12]
B.row(["Scheme", "Plan", "Forecast", "Variance"], W1)
B.row(["", "£'000", "£'000", "£'000"], W1)
B.put("   " + "-" * 82)
BCF = [("Reablement and rehabilitation", ("14 250", "14 612", f"{M}362")),
       ("Home care to support discharge", ("12 480", "12 480", "0")),
       ("Intermediate care beds", ("9 115", "9 870", f"{M}755")),
       ("Carers' support and breaks", ("3 260", "3 105", "155")),
       ("Disabled Facilities Grant", ("7 900", "7 214", "686")),
       ("Integrated neighbourhood teams", ("11 940", "11 722", "218")),
       ("Protecting adult social care", ("16 705", "16 705", "0")),
       ("Assistive technology and telecare", ("2 750", "2 896", f"{M}146"))]
def bcf_rows(rows):
    for label, cells in rows:
        B.row([label, *cells], W1)
        for cs, meas, kw, printed in zip(("plan", "forecast", "variance"), ("Plan", "Forecast", "Variance"),
                                         (["plan"], ["forecast"], ["variance"]), cells):
            B.fact(f"bcf_{slug(label)}_{cs}", "bcf", Q, "2025/26", f"{label} - {meas}", kw, printed, "£000")
bcf_rows(BCF)
B.put("   " + "-" * 82)
bcf_rows([("Total", ("78 400", "78 604", f"{M}204"))])
B.put("   A minus sign shows a forecast overspend.", "",
      "   Table 2: Better Care Fund metrics, quarter 1 2025/26", "")
W2 = [50, 12, 12, 10]
B.row(["Metric", "Plan", "Actual", "On track"], W2)
B.put("   " + "-" * 82)
for label, kw, unit, cells in [
        ("Emergency admissions, 65+, per 100,000", ["emergency admissions"], "per 100,000", ("5 410", "5 622", "No")),
        ("Discharged to usual place of residence (%)", ["usual place"], "%", ("92.5%", "91.8%", "No")),
        ("Falls admissions, 65+, per 100,000", ["falls"], "per 100,000", ("2 010", "1 954", "Yes")),
        ("Permanent admissions to care homes, 65+, per 100,000", ["care homes"], "per 100,000",
         ("598.0", "571.3", "Yes"))]:
    B.row([label, *cells], W2)
    for cs, printed in zip(("plan", "actual"), cells[:2]):
        B.fact(f"bcfm_{slug(label)}_{cs}", "bcf", Q, "Q1 2025/26", f"{label} - {cs}",
               kw + ([] if cs == "actual" else []), printed, unit)
B.put("   Source: BCF quarterly return submitted 25 July 2025.", "")
B.page_break("Agenda Item 3")
B.put("   DIRECTOR OF PUBLIC HEALTH ANNUAL REPORT: INEQUALITIES IN LIFE EXPECTANCY", "",
      "   Table 3: Life expectancy at birth by district and sex, 2021-23 (years)", "")
W3b = [24, 10, 10, 14, 14]
B.row(["Area", "Male", "Female", "Male gap", "Female gap"], W3b)
B.row(["", "", "", "vs England", "vs England"], W3b)
B.put("   " + "-" * 76)
LE = [("male", "Life expectancy at birth - Male", ["life expectancy", "male"], "years"),
      ("female", "Life expectancy at birth - Female", ["life expectancy", "female"], "years"),
      ("male_gap", "Male gap vs England", ["gap"], "years"),
      ("female_gap", "Female gap vs England", ["gap"], "years")]
for label, cells in [("Brisford", ("79.8", "83.4", "+0.7", "+0.4")),
                     ("Kettlewade", ("76.9", "81.2", f"{M}2.2", f"{M}1.8")),
                     ("Oxhollow", ("80.6", "84.1", "+1.5", "+1.1")),
                     ("Sallowby", ("78.7", "82.5", f"{M}0.4", f"{M}0.5")),
                     ("Tarnwick", ("76.1", "80.7", f"{M}3.0", f"{M}2.3")),
                     ("Wimbrook Vale", ("81.2", "84.6", "+2.1", "+1.6")),
                     ("Quellhampton", ("78.9", "82.8", f"{M}0.2", f"{M}0.2")),
                     ("England", ("79.1", "83.0", "..", ".."))]:
    B.row([label, *cells], W3b)
    for (cs, meas, kw, unit), printed in zip(LE, cells):
        if printed == "..":
            continue
        B.fact(f"le_{slug(label)}_{cs}", "life_expectancy", label, "2021-23", meas, kw, printed, unit)
B.put("   Source: OHID Fingertips; ONS mortality and population estimates.", "",
      "   Table 4: Life expectancy at birth by deprivation quintile of residence, Quellhampton,",
      "   2021-23 (years)", "")
W4b = [30, 10, 10]
B.row(["IMD 2019 quintile", "Male", "Female"], W4b)
B.put("   " + "-" * 56)
for label, cells in [("Q1 (most deprived)", ("74.2", "79.0")), ("Q2", ("76.8", "81.1")), ("Q3", ("79.0", "82.9")),
                     ("Q4", ("81.1", "84.6")), ("Q5 (least deprived)", ("83.3", "86.4"))]:
    B.row([label, *cells], W4b)
    q = label.split()[0]
    for cs, printed in zip(("male", "female"), cells):
        B.fact(f"leq_{q.lower()}_{cs}", "life_expectancy", Q, "2021-23",
               f"Life expectancy {label} - {cs.title()}", [q.lower()], printed, "years")
B.put("   " + "-" * 56)
B.row(["Gap Q1 to Q5", f"{M}9.1", f"{M}7.4"], W4b)
for cs, printed in zip(("male", "female"), (f"{M}9.1", f"{M}7.4")):
    B.fact(f"leq_gap_{cs}", "life_expectancy", Q, "2021-23", f"Gap Q1 to Q5 - {cs.title()}", ["gap"], printed,
           "years")
B.put("   Quintiles are of the county's LSOAs ranked by national IMD 2019 score.", "",
      "   Table 5: Ward life expectancy and deprivation, 2019-23 (years)", "")
W5b = [26, 18, 10, 10, 10]
B.row(["Ward", "District", "Quintile", "Male", "Female"], W5b)
B.put("   " + "-" * 76)
WARDS1 = [("Abbeyfields", "Brisford", "Q1", "73.4", "78.6"), ("Castle Mead", "Brisford", "Q4", "81.0", "84.9"),
          ("Coldharbour", "Kettlewade", "Q1", "72.8", "77.9"), ("Ferry Lane", "Kettlewade", "Q2", "75.9", "80.4"),
          ("Hathersedge", "Oxhollow", "Q5", "83.9", "86.8")]
WARDS2 = [("Millbrook North", "Sallowby", "Q3", "78.8", "82.6"), ("Pyecroft", "Tarnwick", "Q1", "73.0", "78.1"),
          ("Tarnwick Town", "Tarnwick", "Q2", "75.6", "80.2"), ("Upper Wimbrook", "Wimbrook Vale", "Q5", "84.2", "87.0"),
          ("Wendleby Green", "Wimbrook Vale", "Q4", "81.7", "85.3")]
def ward_rows(rows):
    for ward, district, q, m, f in rows:
        B.row([ward, district, q, m, f], W5b)
        for cs, printed in zip(("male", "female"), (m, f)):
            B.fact(f"ward_{slug(ward)}_{cs}", "life_expectancy", ward, "2019-23",
                   f"Life expectancy at birth - {cs.title()}", ["life expectancy"], printed, "years",
                   note="ward; quintile column holds Q labels, not facts")
ward_rows(WARDS1)
B.page_break("Agenda Item 3")
B.put("   Table 5 (continued): Ward life expectancy and deprivation, 2019-23 (years)", "")
B.row(["Ward", "District", "Quintile", "Male", "Female"], W5b)
B.put("   " + "-" * 76)
ward_rows(WARDS2)
B.put("   Note: 10 of the county's 62 wards are shown; the full table is in Appendix B.", "")
B.prose("   3.4   Life expectancy for men in Pyecroft is 73.0 years, 11.2 years below Upper Wimbrook.",
        [("p34_gap", "life_expectancy", Q, "2019-23", "Male ward life expectancy gap", ["gap"], "11.2", "years")])
B.put("")
B.page_break("Agenda Item 4")
B.put("   WIDER DETERMINANTS OF HEALTH: DISTRICT PROFILE", "",
      "   Table 6: Wider determinants by district, latest period", "")
W6b = [18, 10, 11, 11, 10, 11, 12]
B.row(["Area", "Walking", "PM2.5", "Employed", "Fuel", "Homeless", "Overcrowded"], W6b)
B.row(["", "3x/week %", "µg/m³", "16-64 %", "poverty %", "per 1,000", "homes %"], W6b)
B.put("   " + "-" * 83)
WD = [("walk", "Adults walking for travel at least three days a week", ["walking"], "%", "2022/23"),
      ("pm25", "Fine particulate matter (PM2.5)", ["pm2.5"], "µg/m³", "2023"),
      ("employ", "Employment rate 16-64", ["employ"], "%", "2024"),
      ("fuel", "Households in fuel poverty", ["fuel poverty"], "%", "2023"),
      ("homeless", "Households owed a homelessness duty per 1,000", ["homeless"], "per 1,000", "2023/24"),
      ("overcrowd", "Overcrowded households", ["overcrowd"], "%", "2021")]
for label, cells in [("Brisford", ("14.2%", "6.9", "76.1%", "11.8%", "12.4", "3.1%")),
                     ("Kettlewade", ("10.7%", "7.4", "70.3%", "14.6%", "16.9", "4.8%")),
                     ("Oxhollow", ("12.9%", "6.1", "79.4%", "10.2%", "n/a", "2.2%")),
                     ("Sallowby", ("11.5%", "6.5", "74.8%", "12.9%", "10.3", "2.9%")),
                     ("Tarnwick", ("9.8%", "7.8", "68.9%", "15.3%", "18.2", "5.2%")),
                     ("Wimbrook Vale", ("13.6%", "5.8", "80.2%", "9.7%", "7.6", "1.9%"))]:
    B.row([label, *cells], W6b)
    for (cs, meas, kw, unit, per), printed in zip(WD, cells):
        if printed in ("n/a", ".."):
            continue
        B.fact(f"wd_{slug(label)}_{cs}", "wider_determinants", label, per, meas, kw, printed, unit)
B.page_break("Agenda Item 4")
B.put("   Table 6 (continued): Wider determinants by district, latest period", "")
B.row(["Area", "Walking", "PM2.5", "Employed", "Fuel", "Homeless", "Overcrowded"], W6b)
B.row(["", "3x/week %", "µg/m³", "16-64 %", "poverty %", "per 1,000", "homes %"], W6b)
B.put("   " + "-" * 83)
for label, cells in [("Quellhampton", ("12.1%", "6.8", "74.9%", "12.5%", "13.1", "3.3%")),
                     ("England", ("15.9%", "7.8", "75.7%", "11.4%", "12.9", "4.4%"))]:
    B.row([label, *cells], W6b)
    for (cs, meas, kw, unit, per), printed in zip(WD, cells):
        B.fact(f"wd_{slug(label)}_{cs}", "wider_determinants", label, per, meas, kw, printed, unit)
B.put("   n/a: Oxhollow's 2023/24 homelessness return was incomplete.",
      "   Source: Active Lives Survey; DEFRA; ONS Annual Population Survey; DESNZ; MHCLG;",
      "   Census 2021.", "")
B.prose("   4.2   Tarnwick's employment rate (68.9%) is 6.8 points below England's.",
        [("p42_gap", "wider_determinants", "Tarnwick", "2024", "Employment rate gap vs England", ["employment"],
          "6.8", "points")])
B.put("         For the data tables call the public health intelligence team on 01632 961 519.", "")
B.page_break("Agenda Item 4")

for p in (H, B):
    with open(os.path.join(HERE, p.name), "w", encoding="utf-8") as fh:
        fh.write("\n".join(p.lines) + "\n")
with open(os.path.join(HERE, "facts.jsonl"), "w", encoding="utf-8") as fh:
    for p in (H, B):
        for d in p.facts:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
print({p.name: (len(p.lines), len(p.facts)) for p in (H, B)})
