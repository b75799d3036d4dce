#!/usr/bin/env python3
"""Write the Greymarsh packs and facts.jsonl.

Pack 1 (`greymarsh_hwb_2027-01-20.txt`) is a Health and Wellbeing Board report: a short cover report wrapped at 90
characters (a blank line between paragraphs), then two appendices pasted in as tools print them:
  A. the Better Care Fund planning workbook as LibreOffice's "Save as CSV" gives each sheet (separator `,`, text
     delimiter `"`, "save cell content as shown": numbers and money as displayed, so `"£54,271,682"`,
     `"21,480,000"`, `4.0%`, `0.921`, `"2,104.5"`; a cell is quoted only when it holds a comma or a quote; every row
     padded with empty cells to the sheet's used width, so a blank row is all commas), one sheet after another,
     each introduced by a line `Sheet: <sheet name>` with a blank line before it;
  B. an OHID Local Authority Health Profile spine chart as `pdftotext -layout` gives it (columns aligned by spaces,
     a header over three lines, domain heading lines, wrapped indicator names, footnote marks, `*` and `-` counts,
     a page footer and a form feed with the header repeated, a `Compared with England` column of words).

Pack 2 (`greymarsh_hosc_2027-02-03.txt`) is the ICB's primary care and finance report to the Health Overview and
Scrutiny Committee as a PDF-to-Markdown model that writes tables in LaTeX prints it (Mathpix Markdown / Nougat):
`#` / `##` headings, one paragraph a line, `\\(\\pounds 41.2 \\mathrm{m}\\)` beside `£37.9m`, `\\%` in text, tables as
`\\begin{tabular}` with `\\hline` leading each row, cells split by ` & `, rows ended by ` \\\\`, `\\multicolumn`,
`\\multirow`, `\\cline { 2 - 4 }`, `\\textbf{}` totals, `(1,234)` negatives and `-` nil cells; some tables in a
`\\begin{table}` block with a `\\caption{}` (Nougat), the others under a `Table N: ...` line.

All numbers are computed here once (totals, variances, changes, rates, shares), the text is rendered from them, and
every fact is placed on the physical line of its printed cell or, for prose, by an anchor that must match exactly
one line.  Written and run before any loader read the packs.
"""

import csv
import io
import json
import os
import re
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
FACTS: list[dict] = []
CSV_LINES: dict[str, set] = {}
OUT: dict[str, list[str]] = {}
GM, EOE, ENG = "Greymarsh", "East of England", "England"
ICB = "Greymarsh and Wenlow ICB"
ICB_LONG = "Greymarsh and Wenlow Integrated Care Board"
DISTRICTS = ["Culverfen", "Haverleigh", "Hessow Valley", "Saltmere", "Skelbrook", "Tolsey and Wrayfield"]
NUM = r"(?<![\w.,£])%s(?![\w]|[.,]\d)"


def num(printed):
    s = printed.strip()
    neg = s.startswith(("-", "("))
    s = s.replace(",", "").replace("£", "").replace("%", "").strip("()+-")
    for suf in ("bn", "m", "k"):
        s = s.removesuffix(suf)
    v = round(float(s), 6)
    return -v if neg else v


def slug(s, n=22):
    return re.sub(r"\W+", "_", s.lower()).strip("_")[:n].strip("_")


def r1(x):
    return round(x + 0.0, 1)


def c0(x):
    return f"{x:,}"


def f1(x):
    return f"{x:,.1f}"


def die(msg):
    """Write what there is (to look at) and stop."""
    for name, lines in OUT.items():
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh_:
            fh_.write("\n".join(lines) + "\n")
    sys.exit(msg)


class Pack:
    def __init__(self, name):
        self.name = name
        self.lines: list[str] = []
        OUT[name] = self.lines

    def add(self, line=""):
        self.lines.append(line.rstrip(" "))
        return len(self.lines) - 1

    def para(self, text, width=90):
        """A paragraph wrapped at `width` (pack 1's cover report), then a blank line."""
        idx = [self.add(x) for x in textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)]
        self.add("")
        return idx

    def fact(self, fid, dataset, area, period, measure, kw, printed, unit, anchor, rag=None):
        hits = [i for i, x in enumerate(self.lines) if anchor in x]
        if len(hits) != 1:
            die(f"anchor {anchor!r} in {self.name}: {[h + 1 for h in hits]}")
        if printed not in anchor:
            die(f"anchor {anchor!r} does not hold {printed!r}")
        self.at(hits[0], fid, dataset, area, period, measure, kw, printed, unit, rag)

    def at(self, i, fid, dataset, area, period, measure, kw, printed, unit, rag=None):
        line = self.lines[i]
        if i in CSV_LINES.get(self.name, ()):  # a CSV row: the printed text is a whole cell
            if printed not in next(csv.reader([line])):
                die(f"{fid}: {printed!r} is not a cell of {self.name}:{i + 1}: {line!r}")
        elif not re.search(NUM % re.escape(printed), line):
            die(f"{fid}: {printed!r} not on {self.name}:{i + 1}: {line!r}")
        v = num(printed)
        bare = re.sub(r"[^\d.]", "", printed)
        if v == int(v) and "." not in bare:
            v = int(v)
        FACTS.append({"id": fid, "file": self.name, "dataset": dataset, "area": area, "period": period,
                      "measure": measure, "measure_keywords": kw, "value": v, "unit": unit, "rag": rag,
                      "line": i + 1, "quote": line.strip(), "printed": printed})


# =====================================================================================================================
# Pack 1: Health and Wellbeing Board, 20 January 2027
# =====================================================================================================================
P = Pack("greymarsh_hwb_2027-01-20.txt")

# ---- BCF income (£): key, source, contributor, 2025/26 (None = none), 2026/27, keywords, note
INC = [
    ("min_nhs", "Minimum NHS contribution", ICB, 52184310, 54271682, ["minimum nhs"], ""),
    ("ibcf", "Improved Better Care Fund (iBCF)", "Greymarsh County Council", 19842116, 19842116, ["ibcf"],
     "Grant unchanged"),
    ("dfg", "Disabled Facilities Grant (DFG)",
     "District councils (Culverfen, Haverleigh, Hessow Valley, Saltmere, Skelbrook, Tolsey and Wrayfield)",
     8126540, 8431250, ["disabled facilities"], "Passported to the districts, 2026-27 allocation"),
    ("la_disch", "Local Authority Discharge Fund", "Greymarsh County Council", 4912380, 5210880,
     ["discharge fund"], ""),
    ("icb_disch", "ICB Discharge Fund", ICB, 5640000, 5980000, ["discharge fund"], ""),
    ("add_la", "Additional LA contribution", "Greymarsh County Council", 2750000, 3100000, ["additional la"],
     "Voluntary, agreed by Cabinet"),
    ("add_icb", "Additional ICB contribution", ICB, None, 1250000, ["additional icb"], "New for 2026-27"),
]
IT = (sum(r[3] or 0 for r in INC), sum(r[4] for r in INC))


def pct1(new, old):
    return r1((new - old) / old * 100)


# ---- BCF expenditure 2026/27 (£): scheme, type, provider, source key, spend, new/existing, keywords (IDs GM01...
#      are given in order after the balancing line is placed)
_EXP = [
    ("Integrated community nursing and therapy", "Community based schemes",
     "Greymarsh Community Health Services NHS Trust", "min_nhs", 24900000, "Existing", ["community nursing"]),
    ("Home first: reablement, rehabilitation and recovery", "Home-based intermediate care services",
     "Greymarsh County Council", "min_nhs", 9865400, "Existing", ["reablement"]),
    ("Protecting adult social care services", "Residential placements",
     "Greymarsh County Council", "ibcf", 14620116, "Existing", ["protecting adult social care"]),
    ("Disabled Facilities Grant adaptations", "DFG related schemes", "District councils", "dfg", 8431250,
     "Existing", ["adaptations"]),
    ("Discharge to assess (pathways 1 to 3)", "High impact change model for managing transfer of care",
     "Independent and voluntary sector providers", "disch", 11190880, "Existing", ["discharge to assess"]),
    ("Carers' support and short breaks", "Carers services", "Greymarsh Carers' Partnership", "min_nhs",
     1946000, "Existing", ["carers"]),
    ("Assistive technology and telecare", "Assistive technologies and equipment",
     "Greymarsh County Council", "min_nhs", 2312500, "Existing", ["assistive technology"]),
    ("Integrated community equipment service", "Assistive technologies and equipment",
     "Medequip Greymarsh Ltd", "min_nhs", 4180000, "Existing", ["equipment"]),
    ("Urgent community response (2-hour)", "Urgent community response",
     "Greymarsh Community Health Services NHS Trust", "min_nhs", 3640000, "Existing", ["urgent community"]),
    ("Virtual wards: frailty and respiratory", "Community based schemes",
     "Wenlow and Greymarsh Hospitals NHS Foundation Trust", "add_icb", 1250000, "New", ["virtual wards"]),
    ("Housing-related support and prevention", "Housing related schemes", "District councils", "add_la",
     3100000, "Existing", ["housing"]),
    ("Enhanced health in care homes", "Residential placements",
     "Greymarsh Community Health Services NHS Trust", "min_nhs", 2960000, "Existing", ["care homes"]),
    ("Care market sustainability", "Care Act implementation related duties",
     "Greymarsh County Council", "ibcf", 5222000, "Existing", ["care market"]),
    ("BCF programme management", "Enablers for integration", "Greymarsh County Council", "min_nhs",
     412500, "Existing", ["programme management"]),
]
# the social care packages line is whatever of the minimum NHS contribution the other schemes leave
_min_used = sum(e[4] for e in _EXP if e[3] == "min_nhs")
_EXP.insert(3, ("Social care packages to support independence", "Home care or domiciliary care",
                "Greymarsh County Council", "min_nhs", INC[0][4] - _min_used, "Existing", ["social care packages"]))
EXP = [(f"GM{n + 1:02d}", *e) for n, e in enumerate(_EXP)]
EXPID = {e[1]: e for e in EXP}
ET = sum(e[5] for e in EXP)
assert ET == IT[1], (ET, IT)

# ---- BCF metrics: key, metric, definition, unit, outturn 2025/26, Q1-Q4 plans 2026/27, keywords, rationale
MET = [
    ("avoid", "Avoidable admissions",
     "Unplanned hospitalisation for chronic ambulatory care sensitive conditions, per 100,000 population "
     "(NHS OF 2.3i)", "per 100,000", 181.6, [44.6, 43.1, 47.0, 45.3], ["avoidable"],
     "Frailty hubs, anticipatory care and the acute respiratory infection hubs in winter"),
    ("disch", "Discharge to usual place of residence",
     "Percentage of people, resident in the HWB, who are discharged from acute hospital to their normal place of "
     "residence", "proportion", None, None, ["usual place"],
     "Discharge to assess and the transfer of care hubs, with 7-day working"),
    ("falls", "Falls",
     "Emergency hospital admissions due to falls in people aged 65 and over, directly age standardised rate per "
     "100,000", "per 100,000", 2104.5, [512.0, 498.4, 538.6, 526.1], ["falls"],
     "Falls prevention service, strength and balance classes"),
    ("resi", "Residential admissions",
     "Long-term support needs of older people (aged 65 and over) met by admission to residential and nursing care "
     "homes, per 100,000 population", "per 100,000", 612.4, [148.2, 151.0, 153.6, 149.8], ["residential"],
     "Home first, reablement and extra care housing"),
]
# discharge: numerator and denominator for the outturn and each quarter; the value is =ROUND(num/den,3)
DIS = [(40318, 43776), (10212, 11040), (10306, 11130), (10480, 11390), (10395, 11250)]
DISV = [round(n / d, 3) for n, d in DIS]
QTRS = ["Q1 2026/27", "Q2 2026/27", "Q3 2026/27", "Q4 2026/27"]

# ---- Health profile spine: domain, name, mark, period, count, value, region, England, worst, best, word,
#      decimals, unit, dataset, keywords, polarity (+1 higher is better, -1 lower is better, 0 not judged), key
SP = [
    ("Life expectancy and causes of death", "Life expectancy at birth (Male)", "", "2021 - 23", "", 79.8, 80.1,
     79.1, 73.7, 84.0, "Better", 1, "years", "life_expectancy", ["life expectancy"], 1, "le_m"),
    (None, "Life expectancy at birth (Female)", "", "2021 - 23", "", 83.5, 83.7, 83.1, 79.0, 87.1, "Similar", 1,
     "years", "life_expectancy", ["life expectancy"], 1, "le_f"),
    (None, "Healthy life expectancy at birth (Male)", "", "2021 - 23", "", 62.2, 62.9, 61.5, 51.9, 70.6, "Similar",
     1, "years", "life_expectancy", ["healthy life expectancy"], 1, "hle_m"),
    (None, "Healthy life expectancy at birth (Female)", "", "2021 - 23", "", 62.6, 63.2, 61.9, 52.2, 71.1,
     "Similar", 1, "years", "life_expectancy", ["healthy life expectancy"], 1, "hle_f"),
    (None, "Under 75 mortality rate from all causes", "", "2021 - 23", 5412, 318.6, 312.5, 341.6, 596.1, 219.4,
     "Better", 1, "per 100,000", "public_health", ["under 75", "all causes"], -1, "u75_all"),
    (None, "Under 75 mortality rate from cardiovascular diseases", "", "2021 - 23", 1146, 67.9, 69.4, 77.1, 142.6,
     43.8, "Better", 1, "per 100,000", "public_health", ["cardiovascular"], -1, "u75_cvd"),
    (None, "Suicide rate", "¹", "2021 - 23", 198, 11.3, 10.2, 10.7, 19.5, 5.6, "Similar", 1, "per 100,000",
     "public_health", ["suicide"], -1, "suicide"),
    ("Injuries and ill health", "Killed and seriously injured (KSI) casualties on England's roads (per billion "
     "vehicle miles)", "", "2023", 402, 96.4, 84.0, 92.6, 301.2, 20.4, "Similar", 1, "per billion vehicle miles",
     "public_health", ["killed", "seriously injured"], -1, "ksi"),
    (None, "Emergency hospital admissions due to falls in people aged 65 and over", "²", "2023/24", 3182, 2041,
     1838, 1984, 3114, 1151, "Worse", 0, "per 100,000", "public_health", ["falls"], -1, "falls"),
    (None, "Admission episodes for alcohol-related conditions (Narrow)", "", "2023/24", 3104, 462, 419, 475, 908,
     226, "Better", 0, "per 100,000", "public_health", ["alcohol"], -1, "alcohol"),
    ("Behavioural risk factors", "Smoking prevalence in adults (18+) - current smokers (APS)", "", "2023", "-",
     11.4, 11.1, 11.6, 22.7, 4.1, "Similar", 1, "%", "public_health", ["smoking"], -1, "smoking"),
    (None, "Percentage of physically active adults", "", "2023/24", "-", 66.3, 67.4, 67.1, 53.2, 79.6, "Similar",
     1, "%", "public_health", ["physically active"], 1, "active"),
    (None, "Percentage of adults walking for travel at least three days per week", "", "2023/24", "-", 13.2, 14.1,
     15.2, 7.3, 42.8, "Worse", 1, "%", "public_health", ["walking"], 1, "walking"),
    ("Child health", "Under 18s conception rate / 1,000", "", "2022", 168, 10.9, 11.6, 13.1, 29.4, 2.1, "Better",
     1, "per 1,000", "public_health", ["conception"], -1, "conceptions"),
    (None, "Year 6: prevalence of obesity (including severe obesity)", "", "2023/24", 1402, 20.8, 21.1, 22.1, 31.6,
     11.3, "Better", 1, "%", "public_health", ["obesity"], -1, "y6_obesity"),
    ("Inequalities", "Inequality in life expectancy at birth (Male)", "", "2021 - 23", "", 8.2, 7.7, 10.5, 17.4,
     3.1, "Not compared", 1, "years", "life_expectancy", ["inequality"], 0, "sii_m"),
    (None, "Inequality in life expectancy at birth (Female)", "", "2021 - 23", "", 6.4, 6.1, 8.3, 13.9, 1.9,
     "Not compared", 1, "years", "life_expectancy", ["inequality"], 0, "sii_f"),
    ("Wider determinants of health", "Fuel poverty (low income, low energy efficiency methodology)", "4", "2023",
     33710, 11.9, 10.2, 11.4, 20.3, 5.2, "Not compared", 1, "%", "wider_determinants", ["fuel poverty"], 0,
     "fuel"),
    (None, "Gap in the employment rate between those with a physical or mental long term health condition (aged "
     "16 to 64) and the overall employment rate", "", "2023/24", "", 9.8, 9.6, 10.4, 21.3, -1.7, "Similar", 1,
     "percentage points", "wider_determinants", ["employment"], -1, "emp_gap"),
    (None, "Homelessness: households owed a duty under the Homelessness Reduction Act (per 1,000)", "",
     "2023/24", 3012, 10.7, 11.8, 13.4, 33.9, 3.2, "Better", 1, "per 1,000", "wider_determinants",
     ["homelessness"], -1, "homeless"),
    (None, "Households in temporary accommodation (per 1,000)", "", "2023/24", 1246, 4.4, 4.1, 4.6, 48.7, 0.2,
     "Similar", 1, "per 1,000", "wider_determinants", ["temporary accommodation"], -1, "temp_acc"),
    (None, "Fine particulate matter (PM2.5) concentration", "³", "2023", "-", 6.9, 7.3, 7.2, 9.9, 4.6,
     "Not compared", 1, "µg/m³", "wider_determinants", ["particulate"], 0, "pm25"),
    ("Health protection", "Population vaccination coverage: MMR for two doses (5 years old)", "", "2023/24", 6712,
     88.9, 87.4, 83.9, 63.8, 96.0, "Better", 1, "%", "public_health", ["mmr"], 1, "mmr"),
    (None, "HIV late diagnosis in people first diagnosed with HIV in the UK", "", "2021 - 23", "*", 39.1, 43.6,
     43.3, 76.9, 12.5, "Similar", 1, "%", "public_health", ["hiv"], -1, "hiv"),
]
SPK = {s[16]: s for s in SP}
words = [s[10] for s in SP]
WC = {w: words.count(w) for w in ("Better", "Similar", "Worse", "Not compared")}
POP = 648210

# ---------------------------------------------------------------- cover report (wrapped at 90)
for x in ["GREYMARSH COUNTY COUNCIL", "", "HEALTH AND WELLBEING BOARD", "", "Wednesday 20 January 2027", "",
          "Agenda item 7", "",
          "Report title: Better Care Fund plan 2026/27 and the Local Authority Health Profile 2026", "",
          "Report of: Director of Adult Social Care and Director of Public Health", "",
          "Contact: Marcus Threlfall, BCF Programme Manager, telephone 01632 960583", "",
          "1. Purpose of the report", ""]:
    P.add(x)
P.para("1.1 This report asks the Board to approve the Better Care Fund (BCF) plan for 2026/27, which must be "
       "submitted to NHS England by 30 January 2027, and to note the Local Authority Health Profile for Greymarsh "
       "published by the Office for Health Improvement and Disparities (OHID) in December 2026. Appendix A is the "
       "BCF planning template as saved from Excel, one sheet after another; Appendix B is the profile's spine "
       "chart as printed from the PDF.")
P.add("2. Better Care Fund 2026/27")
P.add()
mn, ib, dfg = INC[0], INC[1], INC[2]
b_chg = IT[1] - IT[0]
b_pct = pct1(IT[1], IT[0])
P.para(f"2.1 The pooled budget for 2026/27 is £{IT[1] / 1e6:.1f}m, £{b_chg / 1e6:.1f}m ({b_pct}%) more than in "
       f"2025/26. The minimum NHS contribution from {ICB_LONG} rises by {pct1(mn[4], mn[3])}% to "
       f"£{mn[4] / 1e6:.1f}m; the Improved Better Care Fund is unchanged at £{ib[4] / 1e6:.1f}m and the Disabled "
       f"Facilities Grant rises to £{dfg[4] / 1e6:.1f}m, all of which is passed to the six district councils.")
lad, icd, ala, aic = INC[3], INC[4], INC[5], INC[6]
disch_tot = lad[4] + icd[4]
P.para(f"2.2 The two Discharge Fund lines total £{disch_tot / 1e6:.1f}m (the council's grant of "
       f"£{lad[4] / 1e6:.1f}m and the ICB's £{icd[4] / 1e6:.1f}m). The ICB makes a new additional contribution of "
       f"£{aic[4] / 1e6:.2f}m for frailty and respiratory virtual wards, and the council's own additional "
       f"contribution rises to £{ala[4] / 1e6:.1f}m. The plan is pooled under section 75 of the National Health "
       "Service Act 2006.")
big = max(EXP, key=lambda e: e[5])
P.para(f"2.3 Appendix A lists {len(EXP)} schemes. The largest is integrated community nursing and therapy "
       f"(£{big[5] / 1e6:.1f}m), followed by protecting adult social care services "
       f"(£{EXPID['Protecting adult social care services'][5] / 1e6:.1f}m) and discharge to assess "
       f"(£{EXPID['Discharge to assess (pathways 1 to 3)'][5] / 1e6:.1f}m).")
av, fa, re_ = MET[0], MET[2], MET[3]
av_plan = r1(sum(av[5]))
fa_plan = r1(sum(fa[5]))
P.para(f"2.4 In 2025/26 there were {av[4]} avoidable admissions per 100,000 people; the plan for 2026/27 adds up "
       f"to {av_plan} over the four quarters. {DISV[0] * 100:.1f}% of people were discharged from hospital to "
       f"their usual place of residence ({c0(DIS[0][0])} of {c0(DIS[0][1])} discharges). Falls admissions of "
       f"people aged 65 and over were {f1(fa[4])} per 100,000, against a plan of {f1(fa_plan)} for 2026/27, and "
       f"permanent admissions to care homes were {re_[4]} per 100,000 people aged 65 and over.")
P.add("3. Local Authority Health Profile 2026")
P.add()
le_m, le_f, hle_m, hle_f = SPK["le_m"], SPK["le_f"], SPK["hle_m"], SPK["hle_f"]
P.para(f"3.1 Greymarsh has {c0(POP)} residents (mid-2025 estimate). Life expectancy at birth (2021-23) is "
       f"{le_m[5]} years for men and {le_f[5]} years for women, against {le_m[7]} and {le_f[7]} years in England "
       f"and {le_m[6]} and {le_f[6]} years in the East of England. Healthy life expectancy is {hle_m[5]} years "
       f"for men and {hle_f[5]} years for women.")
sm, sf = SPK["sii_m"], SPK["sii_f"]
P.para(f"3.2 Men in the most deprived parts of the county live {sm[5]} years less than men in the least deprived "
       f"(the slope index of inequality), and women {sf[5]} years less; the England figures are {sm[7]} and "
       f"{sf[7]} years.")
fl, wk = SPK["falls"], SPK["walking"]
P.para(f"3.3 Of the {len(SP)} indicators, Greymarsh is better than England on {WC['Better']}, similar on "
       f"{WC['Similar']} and worse on {WC['Worse']}; {WC['Not compared']} are not compared. The two worse are "
       f"falls admissions ({c0(fl[5])} per 100,000 against {c0(fl[7])} in England) and walking for travel "
       f"({wk[5]}% of adults against {wk[7]}%).")
fu = SPK["fuel"]
P.para(f"3.4 {fu[5]}% of households are in fuel poverty ({c0(fu[4])} households), above England ({fu[7]}%) and "
       f"the East of England ({fu[6]}%).")
P.add("4. Recommendations")
P.add()
P.para("4.1 The Board is asked to (a) approve the BCF plan 2026/27 for submission; (b) delegate any final "
       "changes to the Director of Adult Social Care and the ICB's Chief Delivery Officer; and (c) note the "
       "Health Profile and ask for a report on falls and active travel within 6 months.")
P.add("Background papers: BCF policy framework 2025 to 2027; https://fingertips.phe.org.uk/profile/health-profiles/"
      "data#page/1/gid/1938132694/ati/502/are/E10000093")
P.add()

# ---------------------------------------------------------------- Appendix A: CSV sheets
P.add("APPENDIX A: BETTER CARE FUND PLANNING TEMPLATE 2026-27 (CSV)")


def csv_line(cells, width):
    cells = [("" if c is None else str(c)) for c in cells] + [""] * (width - len(cells))
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(cells)
    return buf.getvalue().rstrip("\n")


def sheet(name, width, rows):
    P.add()
    P.add(f"Sheet: {name}")
    idx = [P.add(csv_line(r, width)) for r in rows]
    CSV_LINES.setdefault(P.name, set()).update(idx)
    return idx


def money(x):
    return f"£{x:,}"


TITLE = "Better Care Fund 2026-27 Planning Template"
sheet("2. Cover", 4, [
    [TITLE], ["2. Cover"], [],
    ["Health and Wellbeing Board:", GM],
    ["Completed by:", "Marcus Threlfall"],
    ["E-mail:", "marcus.threlfall@greymarsh.gov.uk"],
    ["Contact number:", "01632 960583"],
    ["Who signed off the plan on behalf of the Health and Wellbeing Board:", "Cllr Ann Pettifer, Chair"],
    ["Date of sign-off:", "20/01/2027"],
    [],
    ["Role", "Organisation", "Name", "Assured"],
    ["Director of Adult Social Care", "Greymarsh County Council", "Ruth Okonkwo", "Yes"],
    ["Chief Executive", ICB, "Dr Simon Achterberg", "Yes"],
    ["Section 151 Officer", "Greymarsh County Council", "Priya Lindqvist", "Yes"],
])

W_INC = 6
rows = [[TITLE], ["4. Income"], [], ["Health and Wellbeing Board:", GM], [],
        ["Funding source", "Contributor", "Income", "", "Change", ""],
        ["", "", "2025/26", "2026/27", "%", "Notes"]]
for k, src, who, a, b, kw, note in INC:
    rows.append([src, who, "-" if a is None else money(a), money(b), "n/a" if a is None else f"{pct1(b, a)}%",
                 note])
rows += [[], ["Total", "", money(IT[0]), money(IT[1]), f"{b_pct}%", ""]]
idx = sheet("4. Income", W_INC, rows)
for i, (k, src, who, a, b, kw, note) in zip(idx[7:], INC):
    if a is not None:
        P.at(i, f"inc_{k}_2526", "bcf", GM, "2025/26", f"{src} income", kw, money(a), "£")
    P.at(i, f"inc_{k}_2627", "bcf", GM, "2026/27", f"{src} income", kw, money(b), "£")
    if a is not None:
        P.at(i, f"inc_{k}_chg", "bcf", GM, "2026/27", f"{src} change on 2025/26", ["change"], f"{pct1(b, a)}%", "%")
P.at(idx[-1], "inc_total_2526", "bcf", GM, "2025/26", "Total BCF income", ["total"], money(IT[0]), "£")
P.at(idx[-1], "inc_total_2627", "bcf", GM, "2026/27", "Total BCF income", ["total"], money(IT[1]), "£")
P.at(idx[-1], "inc_total_chg", "bcf", GM, "2026/27", "Total BCF income change on 2025/26", ["total", "change"],
     f"{b_pct}%", "%")

SRC_NAME = {"min_nhs": "Minimum NHS contribution", "ibcf": "iBCF", "dfg": "DFG", "disch": "Discharge Fund",
            "add_la": "Additional LA contribution", "add_icb": "Additional ICB contribution"}
W_EXP = 7
rows = [[TITLE], ["5. Expenditure"], [], ["Health and Wellbeing Board:", GM], [],
        ["Scheme", "", "", "", "", "Planned expenditure", ""],
        ["ID", "Name", "Scheme type", "Provider", "Source of funding", "2026/27 (£)", "New/existing"]]
for e in EXP:
    rows.append([e[0], e[1], e[2], e[3], SRC_NAME[e[4]], c0(e[5]), e[6]])
rows += [[], ["Totals", "", "", "", "", c0(ET), ""]]
idx = sheet("5. Expenditure", W_EXP, rows)
for i, e in zip(idx[7:], EXP):
    P.at(i, f"exp_{e[0].lower()}", "bcf", GM, "2026/27", f"{e[1]}: planned expenditure", e[7], c0(e[5]), "£")
P.at(idx[-1], "exp_total", "bcf", GM, "2026/27", "Total planned expenditure", ["total"], c0(ET), "£")

W_MET = 9
rows = [[TITLE], ["6. Metrics"], [], ["Health and Wellbeing Board:", GM], [],
        ["Metric", "Definition", "", "2025/26", "2026/27 plan", "", "", "", "Rationale"],
        ["", "", "", "Outturn", "Q1", "Q2", "Q3", "Q4", ""]]
where = {}
for k, name, dfn, unit, out, plans, kw, why in MET:
    if k == "disch":
        where[k] = len(rows)
        rows.append([name, dfn, "Indicator value"] + [f"{v:.3f}" for v in DISV] + [why])
        rows.append(["", "", "Numerator"] + [c0(n) for n, d in DIS] + [""])
        rows.append(["", "", "Denominator"] + [c0(d) for n, d in DIS] + [""])
    else:
        where[k] = len(rows)
        rows.append([name, dfn, "Indicator value", f1(out)] + [f1(v) for v in plans] + [why])
    rows.append([])
rows.pop()
idx = sheet("6. Metrics", W_MET, rows)
for k, name, dfn, unit, out, plans, kw, why in MET:
    i = idx[where[k]]
    if k == "disch":
        P.at(i, "met_disch_out", "bcf", GM, "2025/26", f"{name}, outturn", kw, f"{DISV[0]:.3f}", unit)
        for q, v in zip(QTRS, DISV[1:]):
            P.at(i, f"met_disch_{q[:2].lower()}", "bcf", GM, q, f"{name}, plan", kw, f"{v:.3f}", unit)
        for j, (lab, key) in enumerate((("numerator", "num"), ("denominator", "den"))):
            for q, nd in zip(["2025/26"] + QTRS, DIS):
                tag = "out" if q == "2025/26" else q[:2].lower()
                P.at(idx[where[k] + 1 + j], f"met_disch_{key}_{tag}", "bcf", GM, q,
                     f"{name}: {lab}", [lab], c0(nd[j]), "count")
    else:
        P.at(i, f"met_{k}_out", "bcf", GM, "2025/26", f"{name} ({unit}), outturn", kw, f1(out), unit)
        for q, v in zip(QTRS, plans):
            P.at(i, f"met_{k}_{q[:2].lower()}", "bcf", GM, q, f"{name} ({unit}), plan", kw, f1(v), unit)

# ---------------------------------------------------------------- Appendix B: spine chart (pdftotext -layout)
P.add()
P.add("APPENDIX B: LOCAL AUTHORITY HEALTH PROFILE 2026, GREYMARSH (SPINE CHART)")
P.add()
COL = {"period": 57, "count": 75, "value": 84, "region": 94, "england": 103, "worst": 112, "best": 121, "word": 124}


def lay(parts):
    """parts: (col, text, 'l' or 'r'); a right-aligned text ends at col."""
    s = ""
    for col, text, how in parts:
        start = col - len(text) if how == "r" else col
        if s and len(s) >= start:
            sys.exit(f"overlap at {col}: {s!r} + {text!r}")
        s = s.ljust(start) + text
    return s


def header():
    P.add(lay([(70, "Greymarsh", "l"), (COL["region"], "East of", "r"), (COL["england"], "England", "r"),
               (COL["worst"], "England", "r"), (COL["best"], "England", "r"), (COL["word"], "Compared", "l")]))
    P.add(lay([(0, "Indicator", "l"), (COL["period"], "Period", "l"), (COL["count"], "Count", "r"),
               (COL["value"], "Value", "r"), (COL["region"], "England", "r"), (COL["england"], "value", "r"),
               (COL["worst"], "worst", "r"), (COL["best"], "best", "r"), (COL["word"], "with England", "l")]))
    P.add(lay([(COL["region"], "value", "r")]))


def fmt(v, dec):
    return f"{v:,.{dec}f}"


for x in ["Local Authority Health Profile 2026                                                          Greymarsh",
          "                                                                                            E10000093",
          "",
          "Health summary for Greymarsh",
          "",
          "The chart below shows how the health of people in Greymarsh compares with the rest of England. The",
          "local result for each indicator is compared with the England average: Better, Similar or Worse at the",
          "95% confidence level, or Not compared where no test is made. The England worst and best are the",
          "lowest and highest local authority values in England.",
          ""]:
    P.add(x)
header()
SPROW = {}
for n, s in enumerate(SP):
    dom, name, mark, per, cnt, val, reg, eng, worst, best, word, dec, unit, ds, kw, pol, key = s
    if dom:
        P.add(dom)
    nm = textwrap.wrap(name + mark, 54) if len(name + mark) > 54 else [name + mark]
    if mark == "4":  # a footnote digit glued to the name: never split from it
        nm = textwrap.wrap(name, 54)
        nm[-1] += mark
    cells = [(0, None, "l"), (COL["period"], per, "l"),
             (COL["count"], c0(cnt) if isinstance(cnt, int) else cnt, "r"),
             (COL["value"], fmt(val, dec), "r"), (COL["region"], fmt(reg, dec), "r"),
             (COL["england"], fmt(eng, dec), "r"), (COL["worst"], fmt(worst, dec), "r"),
             (COL["best"], fmt(best, dec), "r"), (COL["word"], word, "l")]
    at = 1 if len(nm) == 3 else 0  # a name over three lines has its values on the middle line
    for j, part in enumerate(nm):
        if j == at:
            cells[0] = (0, part, "l")
            SPROW[key] = P.add(lay([c for c in cells if c[1] != ""]))
        else:
            P.add(part)
    if key == "alcohol":  # end of page 1
        P.add()
        P.add()
        P.add("Greymarsh                                   Local Authority Health Profile 2026"
              "                                        Page 1 of 2")
        P.add("\f" + "Health summary for Greymarsh (continued)")
        P.add()
        header()
for x in ["",
          "Notes",
          "1 Age-standardised rate per 100,000 population aged 10 and over.",
          "2 Directly standardised rate per 100,000 population aged 65 and over.",
          "3 Annual concentration of human-made fine particulate matter (PM2.5) in micrograms per cubic metre.",
          "4 Percentage of households, low income low energy efficiency (LILEE) measure.",
          "* Count suppressed to protect confidentiality; - count not published for survey-based indicators.",
          "",
          "Source: OHID, Fingertips public health data, December 2026 (https://fingertips.phe.org.uk).",
          "",
          "",
          "Greymarsh                                   Local Authority Health Profile 2026"
          "                                        Page 2 of 2"]:
    P.add(x)
P.lines[-1] += "\f"

for s in SP:
    dom, name, mark, per, cnt, val, reg, eng, worst, best, word, dec, unit, ds, kw, pol, key = s
    i = SPROW[key]
    period = per.replace(" - ", "-")
    if isinstance(cnt, int):
        P.at(i, f"sp_{key}_count", ds, GM, period, f"{name}: count", ["count"], c0(cnt), "count")
    P.at(i, f"sp_{key}_value", ds, GM, period, name, kw, fmt(val, dec), unit)
    P.at(i, f"sp_{key}_region", ds, EOE, period, name, kw, fmt(reg, dec), unit)
    P.at(i, f"sp_{key}_england", ds, ENG, period, name, kw, fmt(eng, dec), unit)

# ---------------------------------------------------------------- cover-report facts
P.fact("c_bcf_total", "bcf", GM, "2026/27", "Pooled budget", ["pooled budget"], f"£{IT[1] / 1e6:.1f}m", "£m",
       f"2026/27 is £{IT[1] / 1e6:.1f}m")
P.fact("c_bcf_chg", "bcf", GM, "2026/27", "Pooled budget increase, more than in 2025/26", ["more", "increase"],
       f"£{b_chg / 1e6:.1f}m", "£m", f"£{b_chg / 1e6:.1f}m ({b_pct}%)")
P.fact("c_bcf_pct", "bcf", GM, "2026/27", "Pooled budget percentage increase, more than in 2025/26",
       ["more", "increase"], f"{b_pct}%", "%", f"({b_pct}%) more")
P.fact("c_min_pct", "bcf", GM, "2026/27", "Minimum NHS contribution rise", ["minimum nhs"],
       f"{pct1(mn[4], mn[3])}%", "%", f"rises by {pct1(mn[4], mn[3])}%")
P.fact("c_min", "bcf", GM, "2026/27", "Minimum NHS contribution", ["minimum nhs"], f"£{mn[4] / 1e6:.1f}m", "£m",
       f"£{mn[4] / 1e6:.1f}m; the Improved")
P.fact("c_ibcf", "bcf", GM, "2026/27", "Improved Better Care Fund", ["improved better care fund"],
       f"£{ib[4] / 1e6:.1f}m", "£m", f"unchanged at £{ib[4] / 1e6:.1f}m")
P.fact("c_dfg", "bcf", GM, "2026/27", "Disabled Facilities Grant", ["disabled facilities"],
       f"£{dfg[4] / 1e6:.1f}m", "£m", f"rises to £{dfg[4] / 1e6:.1f}m")
P.fact("c_disch", "bcf", GM, "2026/27", "Discharge Fund lines total", ["discharge fund"],
       f"£{disch_tot / 1e6:.1f}m", "£m", f"total £{disch_tot / 1e6:.1f}m")
P.fact("c_disch_la", "bcf", GM, "2026/27", "Discharge Fund: council's grant", ["grant", "discharge fund"],
       f"£{lad[4] / 1e6:.1f}m", "£m", f"grant of £{lad[4] / 1e6:.1f}m")
P.fact("c_disch_icb", "bcf", GM, "2026/27", "Discharge Fund: the ICB's", ["discharge fund", "icb"],
       f"£{icd[4] / 1e6:.1f}m", "£m", f"£{icd[4] / 1e6:.1f}m). The ICB")
P.fact("c_add_icb", "bcf", GM, "2026/27", "New additional contribution for virtual wards",
       ["additional contribution"], f"£{aic[4] / 1e6:.2f}m", "£m", f"£{aic[4] / 1e6:.2f}m")
P.fact("c_add_la", "bcf", GM, "2026/27", "Council's additional contribution", ["additional contribution"],
       f"£{ala[4] / 1e6:.1f}m", "£m", f"rises to £{ala[4] / 1e6:.1f}m")
P.fact("c_largest", "bcf", GM, "2026/27", "Integrated community nursing and therapy", ["community nursing"],
       f"£{big[5] / 1e6:.1f}m", "£m", f"(£{big[5] / 1e6:.1f}m)")
_pa = EXPID["Protecting adult social care services"][5]
_da = EXPID["Discharge to assess (pathways 1 to 3)"][5]
P.fact("c_protect", "bcf", GM, "2026/27", "Protecting adult social care services", ["protecting adult social care"],
       f"£{_pa / 1e6:.1f}m", "£m", f"(£{_pa / 1e6:.1f}m) and")
P.fact("c_d2a", "bcf", GM, "2026/27", "Discharge to assess", ["discharge to assess"],
       f"£{_da / 1e6:.1f}m", "£m", f"(£{_da / 1e6:.1f}m).")
P.fact("c_avoid_out", "bcf", GM, "2025/26", "Avoidable admissions per 100,000", ["avoidable"], f"{av[4]}",
       "per 100,000", f"were {av[4]} avoidable")
P.fact("c_avoid_plan", "bcf", GM, "2026/27", "Avoidable admissions plan over the four quarters",
       ["avoidable", "plan"], f"{av_plan}", "per 100,000", f"to {av_plan} over")
P.fact("c_disch_pct", "bcf", GM, "2025/26", "Discharged to their usual place of residence", ["usual place"],
       f"{DISV[0] * 100:.1f}%", "%", f"{DISV[0] * 100:.1f}% of people")
P.fact("c_disch_num", "bcf", GM, "2025/26", "Discharged to their usual place of residence (people)",
       ["usual place"], c0(DIS[0][0]), "count", f"({c0(DIS[0][0])} of")
P.fact("c_disch_den", "bcf", GM, "2025/26", "Discharges", ["discharges"], c0(DIS[0][1]), "count",
       f"of {c0(DIS[0][1])} discharges")
P.fact("c_falls_out", "bcf", GM, "2025/26", "Falls admissions of people aged 65 and over per 100,000", ["falls"],
       f1(fa[4]), "per 100,000", f"were {f1(fa[4])} per")
P.fact("c_falls_plan", "bcf", GM, "2026/27", "Falls admissions plan", ["falls", "plan"], f1(fa_plan),
       "per 100,000", f"plan of {f1(fa_plan)}")
P.fact("c_resi_out", "bcf", GM, "2025/26", "Permanent admissions to care homes per 100,000 aged 65 and over",
       ["permanent admissions"], f"{re_[4]}", "per 100,000", f"were {re_[4]} per")
P.fact("c_pop", "headline", GM, "mid-2025", "Residents (mid-2025 estimate)", ["residents"], c0(POP), "count",
       f"{c0(POP)} residents")
P.fact("c_le_m", "life_expectancy", GM, "2021-23", "Life expectancy at birth, men", ["life expectancy"],
       f"{le_m[5]}", "years", f"is {le_m[5]} years for men")
P.fact("c_le_f", "life_expectancy", GM, "2021-23", "Life expectancy at birth, women", ["life expectancy"],
       f"{le_f[5]}", "years", f"{le_f[5]} years for women, against")
P.fact("c_le_eng_m", "life_expectancy", ENG, "2021-23", "Life expectancy at birth, men", ["life expectancy"],
       f"{le_m[7]}", "years", f"against {le_m[7]} and")
P.fact("c_le_eng_f", "life_expectancy", ENG, "2021-23", "Life expectancy at birth, women", ["life expectancy"],
       f"{le_f[7]}", "years", f"and {le_f[7]} years in")
P.fact("c_le_eoe_m", "life_expectancy", EOE, "2021-23", "Life expectancy at birth, men", ["life expectancy"],
       f"{le_m[6]}", "years", f"{le_m[6]} and {le_f[6]} years in the East")
P.fact("c_le_eoe_f", "life_expectancy", EOE, "2021-23", "Life expectancy at birth, women", ["life expectancy"],
       f"{le_f[6]}", "years", f"and {le_f[6]} years in the East")
P.fact("c_hle_m", "life_expectancy", GM, "2021-23", "Healthy life expectancy, men", ["healthy life expectancy"],
       f"{hle_m[5]}", "years", f"expectancy is {hle_m[5]}")
P.fact("c_hle_f", "life_expectancy", GM, "2021-23", "Healthy life expectancy, women", ["healthy life expectancy"],
       f"{hle_f[5]}", "years", f"{hle_f[5]} years for women.")
P.fact("c_sii_m", "life_expectancy", GM, "2021-23", "Slope index of inequality: years men live less",
       ["inequality"], f"{sm[5]}", "years", f"live {sm[5]} years less")
P.fact("c_sii_f", "life_expectancy", GM, "2021-23", "Slope index of inequality: years women live less",
       ["inequality"], f"{sf[5]}", "years", f"women {sf[5]} years less")
P.fact("c_sii_eng_m", "life_expectancy", ENG, "2021-23", "Slope index of inequality, men", ["inequality"],
       f"{sm[7]}", "years", f"are {sm[7]} and")
P.fact("c_sii_eng_f", "life_expectancy", ENG, "2021-23", "Slope index of inequality, women", ["inequality"],
       f"{sf[7]}", "years", f"and {sf[7]} years.")
P.fact("c_falls", "public_health", GM, "2023/24", "Falls admissions per 100,000", ["falls"], c0(fl[5]),
       "per 100,000", f"({c0(fl[5])} per 100,000")
P.fact("c_falls_eng", "public_health", ENG, "2023/24", "Falls admissions per 100,000", ["falls"], c0(fl[7]),
       "per 100,000", f"{c0(fl[7])} in England")
P.fact("c_walk", "public_health", GM, "2023/24", "Adults walking for travel", ["walking"], f"{wk[5]}%", "%",
       f"({wk[5]}% of adults")
P.fact("c_walk_eng", "public_health", ENG, "2023/24", "Adults walking for travel", ["walking"], f"{wk[7]}%", "%",
       f"against {wk[7]}%)")
P.fact("c_fuel", "wider_determinants", GM, "2023", "Households in fuel poverty", ["fuel poverty"], f"{fu[5]}%",
       "%", f"3.4 {fu[5]}% of")
P.fact("c_fuel_n", "wider_determinants", GM, "2023", "Households in fuel poverty (number)", ["fuel poverty"],
       c0(fu[4]), "count", f"({c0(fu[4])} households)")
P.fact("c_fuel_eng", "wider_determinants", ENG, "2023", "Households in fuel poverty", ["fuel poverty"],
       f"{fu[7]}%", "%", f"England ({fu[7]}%)")
P.fact("c_fuel_eoe", "wider_determinants", EOE, "2023", "Households in fuel poverty", ["fuel poverty"],
       f"{fu[6]}%", "%", f"East of England ({fu[6]}%)")

# =====================================================================================================================
# Pack 2: Health Overview and Scrutiny Committee, 3 February 2027 (Mathpix / Nougat Markdown with LaTeX tables)
# =====================================================================================================================
H = Pack("greymarsh_hosc_2027-02-03.txt")


def acct(x, dec=0):
    """Accounting format: (1,234) negatives, - for nil."""
    if x == 0:
        return "-"
    s = f"{abs(x):,.{dec}f}"
    return f"({s})" if x < 0 else s


def bf(s):
    return f"\\textbf{{{s}}}"


def row(cells, hline=True):
    return ("\\hline " if hline else "") + " & ".join(cells) + " \\\\"


# ---- QIPP (ICB, £000): scheme, plan, forecast, keywords-free (measure is built)
QIPP = [
    ("Elective care: outpatient transformation", 6850, 6120),
    ("Medicines optimisation and prescribing", 7420, 7655),
    ("Continuing healthcare: review of packages", 5180, 3620),
    ("Urgent and emergency care: same-day emergency care", 4260, 3870),
    ("Mental health: out-of-area placements", 3150, 2010),
    ("Community services productivity", 3480, 3480),
    ("Workforce: temporary staffing reduction", 4020, 3610),
    ("Estates and facilities rationalisation", 2240, 1360),
    ("Digital: remote monitoring", 1890, 1905),
    ("Corporate running costs (2\\% reduction)", 2710, 2770),
]


def qrag(plan, fc):
    sh = (fc - plan) / plan * 100
    return "Red" if sh < -25 else "Amber" if sh < -5 else "Green"


QT = (sum(q[1] for q in QIPP), sum(q[2] for q in QIPP))
q_short = QT[0] - QT[1]
q_pct = r1(q_short / QT[0] * 100)
q_red = sum(qrag(p, f) == "Red" for _, p, f in QIPP)

# ---- delegated primary care (ICB, £000): label, measure name, keywords, budget, forecast
PC = [
    ("General Medical Services (GMS) global sum", "GMS global sum", ["global sum"], 78420, 78655),
    ("PMS and APMS contracts", "PMS and APMS contracts", ["pms"], 21360, 21360),
    ("Quality and Outcomes Framework (QOF)", "Quality and Outcomes Framework", ["quality and outcomes"], 13940,
     13812),
    ("Enhanced services", "Enhanced services", ["enhanced"], 6875, 7140),
    ("Premises reimbursements (rent and rates)", "Premises reimbursements", ["premises"], 10210, 10164),
    ("Core PCN funding (£1.76 per weighted patient)", "Core PCN funding", ["core pcn"], 1962, 1962),
    ("Additional Roles Reimbursement Scheme (ARRS)", "Additional Roles Reimbursement Scheme",
     ["additional roles"], 18640, 17980),
    ("Dispensing and prescribing fees", "Dispensing and prescribing fees", ["dispensing"], 3180, 3262),
    ("Other primary medical care (locums, seniority \\& sickness)", "Other primary medical care",
     ["other primary"], 2415, 3306),
]
PCT = (sum(p[3] for p in PC), sum(p[4] for p in PC))
pc_over = PCT[1] - PCT[0]
pc_pct = r1(pc_over / PCT[0] * 100)

# ---- ARRS by PCN (£): district, PCN, allocation, claimed to month 9
ARRS = [
    ("Culverfen", "Culverfen PCN", 1482300, 1038920),
    ("Haverleigh", "Haverleigh Town PCN", 1716450, 1298300),
    ("Hessow Valley", "Hessow Valley PCN", 1104800, 812650),
    ("Saltmere", "Saltmere and Coast PCN", 1268900, 879410),
    ("Skelbrook", "Skelbrook PCN", 1355200, 1041770),
    ("Tolsey and Wrayfield", "Tolsey PCN", 978600, 702310),
    ("Tolsey and Wrayfield", "Wrayfield Rural PCN", 842100, 456390),
]
AT = (sum(a[2] for a in ARRS), sum(a[3] for a in ARRS))


def share(c, a):
    return r1(c / a * 100)


# ---- GP workforce, 31 December 2026: area, GP FTE, nurse FTE, registered patients
GPW = [
    ("Culverfen", 52.6, 29.8, 108420),
    ("Haverleigh", 61.9, 34.1, 131760),
    ("Hessow Valley", 35.9, 22.6, 79310),
    ("Saltmere", 44.7, 27.9, 96880),
    ("Skelbrook", 47.2, 25.4, 101240),
    ("Tolsey and Wrayfield", 63.5, 36.2, 134590),
]
GPT = (r1(sum(g[1] for g in GPW)), r1(sum(g[2] for g in GPW)), sum(g[3] for g in GPW))
GPW += [(GM, *GPT), (EOE, 2962.4, 1874.6, 6912400), (ENG, 28731.5, 17912.3, 63912800)]
GPM = {g[0]: g for g in GPW}


def per_gp(g):
    return round(g[3] / g[1])


MAXD = max(DISTRICTS, key=lambda d: per_gp(GPM[d]))


# ---- trajectory (Greymarsh): year, GP FTE, nurse FTE (None = not yet planned), registered patients
TRAJ = [("2023/24", 291.4, 168.2, 638540), ("2024/25", 297.8, 171.9, 643020), ("2025/26", 303.6, 174.3, 647910),
        ("2026/27", 312.0, 178.0, 654300), ("2027/28", 319.5, 181.5, 659800), ("2028/29", 327.0, None, 665100)]
t_add = r1(TRAJ[-1][1] - TRAJ[2][1])

# ---- performance (ICB): label, keywords, unit, standard, Dec-26, Nov-26, RAG, style ('%' or 'n')
PERF = [
    ("A\\&E: patients seen within 4 hours", "A&E: patients seen within 4 hours", ["a&e", "4 hours"], "%", 78,
     73.9, 75.2, "Red"),
    ("Ambulance category 2 mean response (minutes)", "Ambulance category 2 mean response (minutes)",
     ["category 2"], "minutes", 30, 41.6, 36.2, "Red"),
    ("RTT: patients waiting under 18 weeks", "RTT: patients waiting under 18 weeks", ["18 weeks"], "%", 65, 61.8,
     62.1, "Amber"),
    ("Patients waiting over 52 weeks", "Patients waiting over 52 weeks", ["52 weeks"], "count", 0, 412, 398,
     "Red"),
    ("Diagnostics: waiting over 6 weeks", "Diagnostics: waiting over 6 weeks", ["diagnostics"], "%", 5, 14.2,
     13.1, "Red"),
    ("Cancer Faster Diagnosis Standard (28 days)", "Cancer Faster Diagnosis Standard (28 days)",
     ["faster diagnosis"], "%", 80, 81.3, 79.6, "Green"),
    ("Cancer: treatment within 62 days", "Cancer: treatment within 62 days", ["62 days"], "%", 75, 71.4, 72.8,
     "Amber"),
    ("GP appointments within 2 weeks of booking", "GP appointments within 2 weeks of booking",
     ["gp appointments"], "%", None, 84.6, 85.1, None),
    ("Dementia diagnosis rate (aged 65+)", "Dementia diagnosis rate (aged 65+)", ["dementia"], "%", 66.7, 65.1,
     64.9, "Amber"),
]
prc = {k: sum(p[7] == k for p in PERF) for k in ("Red", "Amber", "Green")}
AE_ENG, AE_EOE, C2_ENG = 74.6, 72.8, 35.4


def pm(x):
    """Mathpix's inline money: \\(\\pounds 41.2 \\mathrm{m}\\)."""
    return f"\\(\\pounds {x} \\mathrm{{m}}\\)"


gm = GPM[GM]
for x in [
    f"# {ICB_LONG}",
    "",
    "## Greymarsh Health Overview and Scrutiny Committee",
    "",
    "Date of meeting: 3 February 2027",
    "",
    "Agenda item 8: Primary care and finance update (paper HOSC/27/04)",
    "",
    "Report of: Dr Helena Voss, Director of Primary Care and Place, Greymarsh and Wenlow ICB. Contact: Owen "
    "Marchetti, Head of Primary Care Finance, telephone 01632 960417.",
    "",
    "## 1. Purpose",
    "",
    "1.1 This report updates the Committee on the ICB's financial position at month 9 (December 2026), the "
    "efficiency (QIPP) programme, the delegated primary medical care budget, the Additional Roles Reimbursement "
    "Scheme (ARRS), general practice workforce in Greymarsh and the ICB's performance against the NHS constitution "
    "standards. It follows the Committee's request of 4 November 2026 (minute 43).",
    "",
    "## 2. Efficiency (QIPP) programme",
    "",
    f"2.1 The ICB's efficiency (QIPP) plan for 2026/27 is {pm(f'{QT[0] / 1000:.1f}')}. At month 9 the forecast is "
    f"£{QT[1] / 1000:.1f}m, a shortfall of {pm(f'{q_short / 1000:.1f}')} ({q_pct}\\% of plan). "
    f"{['No', 'One', 'Two', 'Three', 'Four'][q_red]} of the {len(QIPP)} schemes are rated red; continuing "
    "healthcare, out-of-area placements and estates account for most of the gap.",
    "",
    "Table 1: QIPP schemes 2026/27, forecast at month 9",
    "",
    "\\begin{tabular}{|l|r|r|r|c|}",
    "\\hline \\multirow{2}{*}{ Scheme } & \\multicolumn{3}{|c|}{ £000 } & \\multirow{2}{*}{ RAG } \\\\",
    "\\cline { 2 - 4 } & Plan & Forecast & Variance & \\\\",
]:
    H.add(x)
QROW = []
for lab, p, f in QIPP:
    QROW.append(H.add(row([lab, c0(p), c0(f), acct(f - p), qrag(p, f)])))
q_tot = H.add(row([bf("Total"), bf(c0(QT[0])), bf(c0(QT[1])), bf(acct(QT[1] - QT[0])), bf(qrag(*QT))]))
H.add("\\hline")
H.add("\\end{tabular}")
H.add()
H.add("Variance is forecast less plan. RAG: red more than 25\\% below plan, amber 5-25\\% below, green within 5\\% "
      "or above.")
H.add()
H.add("3")
H.add()
for (lab, p, f), i in zip(QIPP, QROW):
    s = slug(lab.replace("\\%", ""))
    name = lab.replace("\\%", "%")
    H.at(i, f"q_{s}_plan", "qipp", ICB, "2026/27", f"{name}: QIPP plan", ["plan"], c0(p), "£k")
    H.at(i, f"q_{s}_forecast", "qipp", ICB, "2026/27", f"{name}: QIPP forecast", ["forecast"], c0(f), "£k",
         rag=qrag(p, f))
    if f != p:
        H.at(i, f"q_{s}_var", "qipp", ICB, "2026/27", f"{name}: QIPP variance", ["variance"], acct(f - p), "£k")
H.at(q_tot, "q_total_plan", "qipp", ICB, "2026/27", "Total QIPP plan", ["plan"], c0(QT[0]), "£k")
H.at(q_tot, "q_total_forecast", "qipp", ICB, "2026/27", "Total QIPP forecast", ["forecast"], c0(QT[1]), "£k",
     rag=qrag(*QT))
H.at(q_tot, "q_total_var", "qipp", ICB, "2026/27", "Total QIPP variance", ["variance"], acct(QT[1] - QT[0]), "£k")

for x in [
    "## 3. Delegated primary medical care budget",
    "",
    f"3.1 The ICB's delegated primary medical care budget for 2026/27 is {pm(f'{PCT[0] / 1000:.1f}')}. The "
    f"forecast outturn is £{PCT[1] / 1000:.1f}m, an overspend of £{pc_over / 1000:.1f}m ({pc_pct}\\%), mainly on "
    "locum cover and enhanced services; the ARRS line is forecast to underspend because several PCNs have not "
    "filled their planned roles.",
    "",
    "\\begin{table}",
    "\\caption{Table 2: Delegated primary medical care budget 2026/27, month 9 forecast}",
    "\\begin{tabular}{|l|r|r|r|}",
    "\\hline \\multirow{2}{*}{ Budget line } & \\multicolumn{3}{|c|}{ 2026/27, £000 } \\\\",
    "\\cline { 2 - 4 } & Annual budget & Forecast outturn & Variance (over)/under \\\\",
]:
    H.add(x)
PROW = [H.add(row([lab, c0(b), c0(f), acct(b - f)])) for lab, _, _, b, f in PC]
p_tot = H.add(row([bf("Total delegated budget"), bf(c0(PCT[0])), bf(c0(PCT[1])), bf(acct(PCT[0] - PCT[1]))]))
H.add("\\hline")
H.add("\\end{tabular}")
H.add("\\end{table}")
H.add()
for (lab, name, kw, b, f), i in zip(PC, PROW):
    s = slug(name)
    H.at(i, f"pc_{s}_budget", "primary_care_budgets", ICB, "2026/27", f"{name}: annual budget", ["budget"], c0(b),
         "£k")
    H.at(i, f"pc_{s}_forecast", "primary_care_budgets", ICB, "2026/27", f"{name}: forecast outturn",
         ["forecast"], c0(f), "£k")
    if b != f:
        H.at(i, f"pc_{s}_var", "primary_care_budgets", ICB, "2026/27", f"{name}: variance (over)/under",
             ["variance"], acct(b - f), "£k")
H.at(p_tot, "pc_total_budget", "primary_care_budgets", ICB, "2026/27", "Total delegated budget: annual budget",
     ["budget"], c0(PCT[0]), "£k")
H.at(p_tot, "pc_total_forecast", "primary_care_budgets", ICB, "2026/27",
     "Total delegated budget: forecast outturn", ["forecast"], c0(PCT[1]), "£k")
H.at(p_tot, "pc_total_var", "primary_care_budgets", ICB, "2026/27", "Total delegated budget: variance",
     ["variance"], acct(PCT[0] - PCT[1]), "£k")

wr = ARRS[-1]
for x in [
    "## 4. Additional Roles Reimbursement Scheme",
    "",
    f"4.1 Greymarsh's seven PCNs had claimed £{AT[1] / 1e6:.1f}m of their \\(\\pounds {AT[0] / 1e6:.1f} \\mathrm{{~m}}\\) ARRS "
    f"allocation by the end of December ({share(AT[1], AT[0])}\\%). Wrayfield Rural PCN has claimed "
    f"{share(wr[3], wr[2])}\\%, the lowest share, because two clinical pharmacist posts were vacant until "
    "November. Queries about individual claims should go to the primary care team on 01632 960418.",
    "",
    "Table 3: ARRS allocation and claims by PCN, 2026/27 to month 9",
    "",
    "\\begin{tabular}{|l|l|r|r|r|}",
    "\\hline \\multirow{2}{*}{ District } & \\multirow{2}{*}{ PCN } & \\multicolumn{2}{|c|}{ 2026/27 (£) } & "
    "\\multirow{2}{*}{ \\% claimed } \\\\",
    "\\cline { 3 - 4 } & & Allocation & Claimed to month 9 & \\\\",
]:
    H.add(x)
AROW = []
for n, (d, pcn, a, c) in enumerate(ARRS):
    if d == "Tolsey and Wrayfield" and pcn == "Tolsey PCN":
        AROW.append(H.add(row(["\\multirow{2}{*}{ Tolsey and Wrayfield }", pcn, c0(a), c0(c), f"{share(c, a)} \\%"])))
    elif pcn == "Wrayfield Rural PCN":
        AROW.append(H.add("\\cline { 2 - 5 } & " + row([pcn, c0(a), c0(c), f"{share(c, a)} \\%"], False)))
    else:
        AROW.append(H.add(row([d, pcn, c0(a), c0(c), f"{share(c, a)} \\%"])))
a_tot = H.add(row(["\\multicolumn{2}{|l|}{ " + bf("Greymarsh total") + " }", bf(c0(AT[0])), bf(c0(AT[1])),
                   bf(f"{share(AT[1], AT[0])} \\%")]))
H.add("\\hline")
H.add("\\end{tabular}")
H.add()
H.add("4")
H.add()
for (d, pcn, a, c), i in zip(ARRS, AROW):
    s = slug(pcn)
    H.at(i, f"arrs_{s}_alloc", "pcn_budgets", pcn, "2026/27", "ARRS allocation", ["allocation"], c0(a), "£")
    H.at(i, f"arrs_{s}_claimed", "pcn_budgets", pcn, "Month 9 2026/27", "ARRS claimed to month 9", ["claimed"],
         c0(c), "£")
    H.at(i, f"arrs_{s}_pct", "pcn_budgets", pcn, "Month 9 2026/27", "ARRS % claimed", ["claimed"],
         f"{share(c, a)}", "%")
H.at(a_tot, "arrs_total_alloc", "pcn_budgets", GM, "2026/27", "ARRS allocation", ["allocation"], c0(AT[0]), "£")
H.at(a_tot, "arrs_total_claimed", "pcn_budgets", GM, "Month 9 2026/27", "ARRS claimed to month 9", ["claimed"],
     c0(AT[1]), "£")
H.at(a_tot, "arrs_total_pct", "pcn_budgets", GM, "Month 9 2026/27", "ARRS % claimed", ["claimed"],
     f"{share(AT[1], AT[0])}", "%")

for x in [
    "## 5. General practice workforce",
    "",
    f"5.1 At 31 December 2026 Greymarsh had {gm[1]} full-time equivalent (FTE) fully qualified GPs and {gm[2]} "
    f"FTE practice nurses for {c0(gm[3])} registered patients: one GP for every {c0(per_gp(gm))} patients, "
    f"fewer than in the East of England ({c0(per_gp(GPM[EOE]))}) and England ({c0(per_gp(GPM[ENG]))}). "
    f"{MAXD} has the most patients per GP ({c0(per_gp(GPM[MAXD]))}).",
    "",
    "\\begin{table}",
    "\\caption{Table 4: GP and nurse workforce by district, 31 December 2026}",
    "\\begin{tabular}{l r r r r}",
    "\\hline",
    "District & GP FTE & Nurse FTE & Registered patients & Patients per GP FTE \\({ }^{1}\\) \\\\",
    "\\hline",
]:
    H.add(x)
GROW = []
for g in GPW:
    lab = bf(g[0]) if g[0] == GM else g[0]
    if g[0] == EOE:
        H.add("\\hline")
    GROW.append(H.add(row([lab, f1(g[1]), f1(g[2]), c0(g[3]), c0(per_gp(g))], False)))
for x in ["\\hline", "\\end{tabular}", "\\end{table}", "",
          "\\({ }^{1}\\) Registered patients divided by GP FTE. Source: NHS Digital, General Practice Workforce, 31 "
          "December 2026; fully qualified GPs excluding locums.", ""]:
    H.add(x)
for g, i in zip(GPW, GROW):
    s = slug(g[0])
    H.at(i, f"gp_{s}_fte", "gp_workforce", g[0], "December 2026", "GP FTE", ["gp fte"], f1(g[1]), "FTE")
    H.at(i, f"gp_{s}_nurse", "gp_workforce", g[0], "December 2026", "Nurse FTE", ["nurse"], f1(g[2]), "FTE")
    H.at(i, f"gp_{s}_patients", "gp_workforce", g[0], "December 2026", "Registered patients", ["registered"],
         c0(g[3]), "count")
    H.at(i, f"gp_{s}_per_gp", "gp_workforce", g[0], "December 2026", "Patients per GP FTE", ["per gp"],
         c0(per_gp(g)), "patients")

for x in [
    f"5.2 The workforce plan (Table 5) adds {t_add} FTE GPs between 2025/26 and 2028/29, to {TRAJ[-1][1]} FTE. "
    f"The December figure of {gm[1]} FTE is {r1(TRAJ[3][1] - gm[1])} FTE short of the {TRAJ[3][1]} planned for "
    "March 2027; three new training practices are expected to close most of the gap.",
    "",
    "Table 5: GP and nurse FTE trajectory, Greymarsh, 2023/24 to 2028/29",
    "",
    "\\begin{tabular}{|l|r|r|r|r|r|r|}",
    "\\hline & \\multicolumn{3}{|c|}{ Actual } & \\multicolumn{3}{|c|}{ Plan } \\\\",
    "\\hline & \\(2023 / 24\\) & \\(2024 / 25\\) & \\(2025 / 26\\) & 2026/27 & 2027/28 & 2028/29 \\\\",
]:
    H.add(x)
t_gp = H.add(row(["GP FTE (fully qualified)"] + [f1(t[1]) for t in TRAJ]))
t_nu = H.add(row(["Nurse FTE"] + ["" if t[2] is None else f1(t[2]) for t in TRAJ]))
H.add("\\hline")
H.add("\\end{tabular}")
H.add()
H.add("5")
H.add()
for t in TRAJ:
    y, st = t[0], ("Actual" if t[0] <= "2025/26" else "Plan")
    k = y[:4]
    H.at(t_gp, f"traj_{k}_gp", "gp_workforce", GM, y, f"GP FTE (fully qualified), {st.lower()}", ["gp fte"],
         f1(t[1]), "FTE")
    if t[2] is not None:
        H.at(t_nu, f"traj_{k}_nurse", "gp_workforce", GM, y, f"Nurse FTE, {st.lower()}", ["nurse"], f1(t[2]), "FTE")

ae, c2, w52 = PERF[0], PERF[1], PERF[3]
for x in [
    "## 6. Performance",
    "",
    f"6.1 Of the {len(PERF)} indicators in Table 6, {prc['Red']} are red, {prc['Amber']} amber and {prc['Green']} "
    f"green. A\\&E performance was {ae[5]}\\% in December against the {ae[4]}\\% standard, below England "
    f"({AE_ENG}\\%) but above the East of England ({AE_EOE}\\%). The mean category 2 ambulance response was "
    f"{c2[5]} minutes (England {C2_ENG} minutes), and {w52[5]} patients had waited more than 52 weeks.",
    "",
    "\\begin{table}",
    "\\caption{Table 6: Performance against NHS standards, December 2026}",
    "\\begin{tabular}{|l|c|c|c|c|}",
    "\\hline",
    "Indicator & Standard & Dec-26 & Nov-26 & RAG \\\\",
    "\\hline",
]:
    H.add(x)


def pcell(v, unit):
    if v is None:
        return "n/a"
    return f"\\({v} \\%\\)" if unit == "%" else str(v)


PROW6 = [H.add(row([p[0], pcell(p[4], p[3]), pcell(p[5], p[3]), pcell(p[6], p[3]), p[7] or ""], False))
         for p in PERF]
for x in ["\\hline", "\\end{tabular}", "\\end{table}", "",
          "## 7. Recommendation", "",
          "7.1 The Committee is asked to note the report and to receive the next update, with the 2027/28 "
          "operating plan, at its meeting on 14 April 2027.", "",
          "6"]:
    H.add(x)
for p, i in zip(PERF, PROW6):
    s = slug(p[1])
    unit = p[3]
    if p[4] is not None:
        H.at(i, f"perf_{s}_std", "performance", ICB, "2026/27", f"{p[1]}: standard", ["standard"], str(p[4]), unit)
    H.at(i, f"perf_{s}_dec", "performance", ICB, "December 2026", p[1], p[2], str(p[5]), unit, rag=p[7])
    H.at(i, f"perf_{s}_nov", "performance", ICB, "November 2026", p[1], p[2], str(p[6]), unit)

# ---- prose facts
H.fact("q_plan_prose", "qipp", ICB, "2026/27", "QIPP plan", ["plan"], f"{QT[0] / 1000:.1f}", "£m",
       f"is \\(\\pounds {QT[0] / 1000:.1f}")
H.fact("q_fcst_prose", "qipp", ICB, "2026/27", "QIPP forecast", ["forecast"], f"£{QT[1] / 1000:.1f}m", "£m",
       f"forecast is £{QT[1] / 1000:.1f}m")
H.fact("q_short_prose", "qipp", ICB, "2026/27", "QIPP shortfall", ["shortfall"], f"{q_short / 1000:.1f}",
       "£m", f"shortfall of \\(\\pounds {q_short / 1000:.1f}")
H.fact("q_pct_prose", "qipp", ICB, "2026/27", "QIPP shortfall as a percentage of plan", ["of plan"], f"{q_pct}",
       "%", f"({q_pct}\\% of plan)")
H.fact("pc_budget_prose", "primary_care_budgets", ICB, "2026/27", "Delegated primary medical care budget",
       ["budget"], f"{PCT[0] / 1000:.1f}", "£m", f"budget for 2026/27 is \\(\\pounds {PCT[0] / 1000:.1f}")
H.fact("pc_fcst_prose", "primary_care_budgets", ICB, "2026/27", "Delegated primary care forecast outturn",
       ["forecast"], f"£{PCT[1] / 1000:.1f}m", "£m", f"outturn is £{PCT[1] / 1000:.1f}m")
H.fact("pc_over_prose", "primary_care_budgets", ICB, "2026/27", "Delegated primary care overspend",
       ["overspend"], f"£{pc_over / 1000:.1f}m", "£m", f"overspend of £{pc_over / 1000:.1f}m")
H.fact("pc_over_pct_prose", "primary_care_budgets", ICB, "2026/27", "Delegated primary care overspend (%)",
       ["overspend"], f"{pc_pct}", "%", f"({pc_pct}\\%), mainly")
H.fact("arrs_claimed_prose", "pcn_budgets", GM, "Month 9 2026/27", "ARRS claimed", ["claimed"],
       f"£{AT[1] / 1e6:.1f}m", "£m", f"claimed £{AT[1] / 1e6:.1f}m")
H.fact("arrs_alloc_prose", "pcn_budgets", GM, "2026/27", "ARRS allocation", ["allocation"], f"{AT[0] / 1e6:.1f}",
       "£m", f"their \\(\\pounds {AT[0] / 1e6:.1f}")
H.fact("arrs_pct_prose", "pcn_budgets", GM, "Month 9 2026/27", "Share of ARRS allocation claimed", ["claimed"],
       f"{share(AT[1], AT[0])}", "%", f"December ({share(AT[1], AT[0])}\\%)")
H.fact("arrs_wr_prose", "pcn_budgets", "Wrayfield Rural PCN", "Month 9 2026/27", "Share of ARRS allocation claimed",
       ["claimed"], f"{share(wr[3], wr[2])}", "%", f"has claimed {share(wr[3], wr[2])}\\%")
H.fact("gp_fte_prose", "gp_workforce", GM, "December 2026", "Fully qualified GPs (FTE)", ["gps"], f"{gm[1]}",
       "FTE", f"had {gm[1]} full-time")
H.fact("gp_nurse_prose", "gp_workforce", GM, "December 2026", "Practice nurses (FTE)", ["nurses"], f"{gm[2]}",
       "FTE", f"and {gm[2]} FTE practice nurses")
H.fact("gp_patients_prose", "gp_workforce", GM, "December 2026", "Registered patients", ["registered"],
       c0(gm[3]), "count", f"for {c0(gm[3])} registered")
H.fact("gp_per_prose", "gp_workforce", GM, "December 2026", "Patients per GP", ["patients"], c0(per_gp(gm)),
       "patients", f"every {c0(per_gp(gm))} patients")
H.fact("gp_per_eoe_prose", "gp_workforce", EOE, "December 2026", "Patients per GP", ["patients"],
       c0(per_gp(GPM[EOE])), "patients", f"East of England ({c0(per_gp(GPM[EOE]))})")
H.fact("gp_per_eng_prose", "gp_workforce", ENG, "December 2026", "Patients per GP", ["patients"],
       c0(per_gp(GPM[ENG])), "patients", f"England ({c0(per_gp(GPM[ENG]))})")
H.fact("gp_per_max_prose", "gp_workforce", MAXD, "December 2026", "Patients per GP", ["patients"],
       c0(per_gp(GPM[MAXD])), "patients", f"per GP ({c0(per_gp(GPM[MAXD]))})")
H.fact("traj_add_prose", "gp_workforce", GM, "2028/29", "GP FTE the plan adds between 2025/26 and 2028/29",
       ["adds", "gp"], f"{t_add}", "FTE", f"adds {t_add} FTE")
H.fact("traj_end_prose", "gp_workforce", GM, "2028/29", "GP FTE planned for 2028/29", ["gp"], f"{TRAJ[-1][1]}",
       "FTE", f"to {TRAJ[-1][1]} FTE")
H.fact("traj_short_prose", "gp_workforce", GM, "December 2026", "GP FTE short of the March 2027 plan",
       ["short"], f"{r1(TRAJ[3][1] - gm[1])}", "FTE", f"is {r1(TRAJ[3][1] - gm[1])} FTE short")
H.fact("traj_mar27_prose", "gp_workforce", GM, "March 2027", "GP FTE planned for March 2027", ["planned"],
       f"{TRAJ[3][1]}", "FTE", f"the {TRAJ[3][1]} planned")
H.fact("ae_prose", "performance", ICB, "December 2026", "A&E performance", ["a&e"], f"{ae[5]}", "%",
       f"was {ae[5]}\\% in December")
H.fact("ae_std_prose", "performance", ICB, "2026/27", "A&E standard", ["standard"], f"{ae[4]}", "%",
       f"the {ae[4]}\\% standard")
H.fact("ae_eng_prose", "performance", ENG, "December 2026", "A&E performance", ["a&e"], f"{AE_ENG}", "%",
       f"England ({AE_ENG}\\%)")
H.fact("ae_eoe_prose", "performance", EOE, "December 2026", "A&E performance", ["a&e"], f"{AE_EOE}", "%",
       f"East of England ({AE_EOE}\\%)")
H.fact("c2_prose", "performance", ICB, "December 2026", "Mean category 2 ambulance response (minutes)",
       ["category 2"], f"{c2[5]}", "minutes", f"was {c2[5]} minutes")
H.fact("c2_eng_prose", "performance", ENG, "December 2026", "Mean category 2 ambulance response (minutes)",
       ["category 2"], f"{C2_ENG}", "minutes", f"(England {C2_ENG} minutes)")
H.fact("w52_prose", "performance", ICB, "December 2026", "Patients waited more than 52 weeks", ["52 weeks"],
       f"{w52[5]}", "count", f"and {w52[5]} patients")

# ---------------------------------------------------------------- write
ids = [f["id"] for f in FACTS]
if len(set(ids)) != len(ids):
    sys.exit(f"duplicate ids: {sorted({i for i in ids if ids.count(i) > 1})}")
order = {n: k for k, n in enumerate(OUT)}
FACTS.sort(key=lambda f: (order[f["file"]], f["line"], OUT[f["file"]][f["line"] - 1].find(f["printed"])))
for name, lines in OUT.items():
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh_:
        fh_.write("\n".join(lines) + "\n")
with open(os.path.join(HERE, "facts.jsonl"), "w", encoding="utf-8") as fh_:
    for f in FACTS:
        fh_.write(json.dumps(f, ensure_ascii=False) + "\n")
print({k: len(v) for k, v in OUT.items()}, len(FACTS), "facts",
      {k: sum(f["file"] == k for f in FACTS) for k in OUT})
