#!/usr/bin/env python3
"""Write the Hollinsford packs and facts.jsonl.

1. `hollinsford_hwb_2026-06-10.txt`: what a modern PDF-to-Markdown converter (docling / marker style) writes for the
   Health and Wellbeing Board's report: `##` headings, paragraphs unwrapped (one line each), `- ` bullets, tables
   with merged cells as RAW HTML (one tag a line; one row a line; the whole table on one line), simple tables as
   pipe tables, `**Table N: ...**` captions above and `*Source: ...*` below, `<!-- image -->` placeholders.
2. `hollinsford_icb_2026-06-24.txt`: `pdftotext -layout` of the ICB board's finance and performance papers printed
   from Excel: wide tables split COLUMN-WISE over two pages (labels repeated), row labels indented in a hierarchy
   with a subtotal, numbers right-aligned under centred headers over two or three lines, a `£000` units row,
   `(1,234)` and `-1,234` negatives, the board's running header and a footer on every page, a form feed between.

Tables are given as their numbers; totals, changes, gaps, differences and rates are computed here so that they add
up, then printed as the tool would.  Each table fact is placed on the physical line (1-based, lines split on "\\n")
holding its printed cell; each prose fact by an anchor that must match exactly one line.  Written and run before
any loader read the packs.  Run from this folder (or anywhere: paths are relative to this file).
"""

import json
import os
import re
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
FACTS: list[dict] = []
OUT: dict[str, list[str]] = {}
HOL, NE, ENG = "Hollinsford", "North East", "England"
ICB = "North Glendrith and Hollinsford ICB"
LOCS = ["Saltercote", "Wynhope", "Ellerburn", "Thornsgill"]
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
    return f"{x:.1f}"


def sgn1(x):
    """A signed difference as the HWB's ward table prints it: `-4.3`, `+2.6`, `0.0`."""
    return "0.0" if round(x, 1) == 0 else f"{x:+.1f}"


def chg(new, old):
    return round((new / old - 1) * 100, 1)


def slug(s, n=24):
    return re.sub(r"\W+", "_", s.lower()).strip("_")[:n].strip("_")


class Pack:
    def __init__(self, name):
        self.name = name
        self.lines: list[str] = []
        OUT[name] = self.lines

    def add(self, line=""):
        self.lines.append(line.rstrip())
        return len(self.lines) - 1

    def text(self, block):
        for x in textwrap.dedent(block.removeprefix("\n").removesuffix("\n")).split("\n"):
            self.add(x)

    def fact(self, fid, dataset, area, period, measure, kw, printed, unit, anchor, rag=None):
        hits = [i for i, x in enumerate(self.lines) if anchor in x]
        if len(hits) != 1:
            near = [x for x in self.lines if printed in x]
            sys.exit(f"anchor {anchor!r} in {self.name}: {[h + 1 for h in hits]} {near}")
        if printed not in anchor:
            sys.exit(f"{printed!r} not in its anchor {anchor!r}")
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


# =====================================================================================================================
# Pack 1: HWB 10 June 2026, Markdown from a PDF-to-Markdown converter
# =====================================================================================================================
H = Pack("hollinsford_hwb_2026-06-10.txt")

LE = [  # area as printed, area, male, female, SII male, SII female (2022-24, years)
    ("Saltercote", "Saltercote", 75.6, 79.8, 9.8, 8.1),
    ("Wynhope", "Wynhope", 78.9, 82.4, 7.1, 5.6),
    ("Ellerburn", "Ellerburn", 77.3, 81.1, 8.6, 7.0),
    ("Thornsgill", "Thornsgill", 80.2, 83.5, 5.9, 4.8),
    ("Hollinsford<br>(borough)", HOL, 77.6, 81.5, 11.4, 9.3),
    ("North East", NE, 77.7, 81.6, 11.2, 9.0),
    ("England", ENG, 79.3, 83.2, 9.7, 7.9),
]
LEB = {r[1]: r for r in LE}
WARDS = [  # locality, ward, code, male, female (2020-24)
    ("Saltercote", "Saltercote Quay", "E05014521", 73.2, 77.9),
    ("Saltercote", "Priorsgate", "E05014527", 77.4, 81.3),
    ("Wynhope", "Wynhope Park", "E05014533", 80.1, 83.6),
    ("Wynhope", "Gallowmire", "E05014530", 77.5, 81.0),
    ("Ellerburn", "Ellerburn Bank", "E05014524", 75.9, 80.2),
    ("Ellerburn", "Kirkhope Green", "E05014528", 78.6, 82.0),
    ("Thornsgill", "Thornsgill Moor", "E05014536", 81.3, 84.4),
    ("Thornsgill", "Cragdene", "E05014522", 79.0, 82.7),
]
WARD_BOROUGH = (77.5, 81.4)
WD = [  # area as printed, area, walking %, PM2.5, employment %, temporary accommodation per 1,000, fuel poverty %
    ("Saltercote", "Saltercote", 21.4, 6.8, 66.8, 1.4, 17.9),
    ("Wynhope", "Wynhope", 17.9, 5.9, 73.9, 0.6, 12.6),
    ("Ellerburn", "Ellerburn", "..", 6.4, 69.5, 0.9, 15.8),
    ("Thornsgill", "Thornsgill", 16.2, 5.1, 76.4, "*", 10.9),
    ("Hollinsford<br>(borough)", HOL, 18.3, 6.1, 70.9, 0.8, 14.6),
    ("North East", NE, 19.6, 5.9, 71.6, 0.7, 13.4),
    ("England", ENG, 22.3, 7.4, 75.7, 4.6, 11.4),
]
WDB = {r[1]: r for r in WD}
WDI = [  # key, measure, keywords, period, unit, header (indicator<br>units, period)
    ("walk", "Adults walking for travel at least three days a week", ["walking", "walk"], "2023/24", "%",
     "Walking for travel, 3+ days a week<br>(% of adults, 2023/24)"),
    ("pm", "Fine particulate matter (PM2.5)", ["particulate", "pm2.5"], "2023", "µg/m³",
     "Fine particulate matter (PM2.5)<br>(µg/m³, 2023)"),
    ("emp", "Employment rate, aged 16-64", ["employment"], "2024/25", "%",
     "Employment rate, aged 16-64<br>(%, 2024/25)"),
    ("ta", "Households in temporary accommodation per 1,000", ["temporary accommodation", "temporary"], "2024/25",
     "per 1,000", "Households in temporary accommodation<br>(per 1,000 households, 2024/25)"),
    ("fuel", "Households in fuel poverty", ["fuel poverty", "fuel"], "2023", "%",
     "Households in fuel poverty<br>(%, 2023)"),
]
BCF = [  # label as printed, name, keywords, 2025/26, 2026/27 (£000; None = `-`)
    ("NHS minimum contribution", "NHS minimum contribution", ["minimum contribution"], 21846, 22742),
    ("Local Authority Better Care Grant<br>(formerly iBCF and Discharge Fund)", "Local Authority Better Care Grant",
     ["better care grant"], 14305, 14305),
    ("Disabled Facilities Grant", "Disabled Facilities Grant", ["disabled facilities"], 3118, 3274),
    ("Additional ICB contribution", "Additional ICB contribution", ["additional icb", "additional"], 2450, 1980),
    ("Additional council contribution", "Additional council contribution", ["additional council", "additional"],
     None, 650),
]
BT = (sum(r[3] or 0 for r in BCF), sum(r[4] for r in BCF))
BCF.append(("<strong>Total pooled budget</strong>", "Total pooled budget", ["total", "pooled"], *BT))
SPEND = [  # scheme type, keywords, 2026/27 £000
    ("Home care and domiciliary support", ["home care"], 13420),
    ("Reablement and intermediate care", ["reablement"], 9865),
    ("Residential and nursing placements", ["residential", "placements"], 6140),
    ("Integrated care coordination", ["coordination", "integrated care"], 0),
    ("Disabled Facilities Grant adaptations", ["disabled facilities", "adaptations"], 3274),
    ("Assistive technology and community equipment", ["assistive", "equipment"], 2615),
    ("Carers support", ["carers"], 2180),
]
SPEND[3] = (SPEND[3][0], SPEND[3][1], BT[1] - sum(r[2] for r in SPEND))
POP = 201480
BCF_M, BCF_PREV_M = f"£{BT[1] / 1000:.1f}m", f"£{BT[0] / 1000:.1f}m"

H.text("""
<!-- image -->

## Hollinsford Borough Council

## Health and Wellbeing Board

**Date:** Wednesday 10 June 2026, 2.00 pm

**Venue:** Committee Room 2, Hollinsford Civic Centre, Quayside Road, Hollinsford HF1 4RB

**Agenda item:** 7

**Report of:** Director of Public Health and Director of Adult Social Care

**Contact:** Rosalind Kettering, Public Health Intelligence Manager, 0191 498 0623, jsna@hollinsford.gov.uk

## Joint Strategic Needs Assessment: life expectancy and the wider determinants of health, and the Better Care Fund plan 2026/27

## 1. Purpose of the report

1.1 This report presents the Joint Strategic Needs Assessment (JSNA) chapter on life expectancy and the wider determinants of health in Hollinsford (ONS code E06000073), and the Better Care Fund (BCF) plan for 2026/27, which the Board is asked to approve before it is submitted on 27 June 2026. It follows the Board's discussion on 11 March 2026 (minute 58).

1.2 The JSNA groups the borough's 21 wards into four localities: Saltercote, Wynhope, Ellerburn and Thornsgill. Figures for the localities are Hollinsford's own analysis of ONS deaths and mid-year population estimates; the borough, North East and England figures are from the Office for Health Improvement and Disparities (OHID).

## 2. Key facts
""")
H.add("")
KF = [  # text, id, dataset, area, period, measure, keywords, printed, unit
    (f"- **Population (mid-2024):** {POP:,}", [
        ("kf_pop", "headline", HOL, "mid-2024", "Population", ["population"], f"{POP:,}", "count")]),
    (f"- **Male life expectancy at birth (2022-24):** {LEB[HOL][2]} years (England {LEB[ENG][2]} years)", [
        ("kf_le_m", "life_expectancy", HOL, "2022-24", "Male life expectancy at birth", ["life expectancy", "male"],
         f"{LEB[HOL][2]}", "years"),
        ("kf_le_m_eng", "life_expectancy", ENG, "2022-24", "Male life expectancy at birth",
         ["life expectancy", "male"], f"{LEB[ENG][2]}", "years")]),
    (f"- **Female life expectancy at birth (2022-24):** {LEB[HOL][3]} years (England {LEB[ENG][3]} years)", [
        ("kf_le_f", "life_expectancy", HOL, "2022-24", "Female life expectancy at birth",
         ["life expectancy", "female"], f"{LEB[HOL][3]}", "years"),
        ("kf_le_f_eng", "life_expectancy", ENG, "2022-24", "Female life expectancy at birth",
         ["life expectancy", "female"], f"{LEB[ENG][3]}", "years")]),
    (f"- **Gap in male life expectancy, most v least deprived:** {LEB[HOL][4]} years", [
        ("kf_sii_m", "life_expectancy", HOL, "2022-24", "Gap in male life expectancy, most v least deprived",
         ["gap", "deprived"], f"{LEB[HOL][4]}", "years")]),
    (f"- **Employment rate, aged 16-64 (2024/25):** {WDB[HOL][4]}%", [
        ("kf_emp", "wider_determinants", HOL, "2024/25", "Employment rate, aged 16-64", ["employment"],
         f"{WDB[HOL][4]}%", "%")]),
    (f"- **Better Care Fund pooled budget 2026/27:** {BCF_M}", [
        ("kf_bcf", "bcf", HOL, "2026/27", "Better Care Fund pooled budget", ["pooled", "better care fund"], BCF_M,
         "£m")]),
]
for text, fs in KF:
    i = H.add(text)
    for f in fs:
        H.at(i, *f)

# ---- life expectancy
ht = LEB[HOL]
gm, gf = round(LEB["Thornsgill"][2] - LEB["Saltercote"][2], 1), round(LEB["Thornsgill"][3] - LEB["Saltercote"][3], 1)
H.add("")
H.add("## 3. Life expectancy")
H.add("")
H.add(f"3.1 Male life expectancy at birth in Hollinsford is {ht[2]} years (North East {LEB[NE][2]} years; England "
      f"{LEB[ENG][2]} years) and female life expectancy is {ht[3]} years (North East {LEB[NE][3]}; England "
      f"{LEB[ENG][3]}), for the three years 2022-24. Both are below the England figures and close to the North East "
      "average; the gap to England has widened since 2017-19 (Figure 1 of the full chapter).")
H.add("")
H.add(f"3.2 Life expectancy varies across the four localities. Men in Thornsgill live {gm} years longer than men in "
      f"Saltercote ({LEB['Thornsgill'][2]} years against {LEB['Saltercote'][2]} years); for women the gap is {gf} "
      "years. Saltercote has the lowest life expectancy for both sexes and Thornsgill the highest (Table 1).")
H.add("")
H.add(f"3.3 The slope index of inequality, the gap in life expectancy between the most and least deprived, is "
      f"{ht[4]} years for men and {ht[5]} years for women in Hollinsford, wider than in England ({LEB[ENG][4]} and "
      f"{LEB[ENG][5]} years).")
H.add("")
P_LE = "2022-24"
H.fact("lp_m", "life_expectancy", HOL, P_LE, "Male life expectancy at birth", ["life expectancy", "male"],
       f"{ht[2]}", "years", f"Hollinsford is {ht[2]} years")
H.fact("lp_m_ne", "life_expectancy", NE, P_LE, "Male life expectancy at birth", ["life expectancy", "male"],
       f"{LEB[NE][2]}", "years", f"(North East {LEB[NE][2]} years;")
H.fact("lp_m_eng", "life_expectancy", ENG, P_LE, "Male life expectancy at birth", ["life expectancy", "male"],
       f"{LEB[ENG][2]}", "years", f"England {LEB[ENG][2]} years) and")
H.fact("lp_f", "life_expectancy", HOL, P_LE, "Female life expectancy at birth", ["life expectancy", "female"],
       f"{ht[3]}", "years", f"female life expectancy is {ht[3]} years")
H.fact("lp_f_ne", "life_expectancy", NE, P_LE, "Female life expectancy at birth", ["life expectancy", "female"],
       f"{LEB[NE][3]}", "years", f"(North East {LEB[NE][3]};")
H.fact("lp_f_eng", "life_expectancy", ENG, P_LE, "Female life expectancy at birth", ["life expectancy", "female"],
       f"{LEB[ENG][3]}", "years", f"England {LEB[ENG][3]}), for")
H.fact("lp_gap_m", "life_expectancy", "Thornsgill", P_LE, "Years longer men in Thornsgill live than men in Saltercote",
       ["longer", "men"], f"{gm}", "years", f"live {gm} years longer")
H.fact("lp_thorn_m", "life_expectancy", "Thornsgill", P_LE, "Male life expectancy", ["life expectancy", "men"],
       f"{LEB['Thornsgill'][2]}", "years", f"({LEB['Thornsgill'][2]} years against")
H.fact("lp_salt_m", "life_expectancy", "Saltercote", P_LE, "Male life expectancy", ["life expectancy", "men"],
       f"{LEB['Saltercote'][2]}", "years", f"against {LEB['Saltercote'][2]} years)")
H.fact("lp_gap_f", "life_expectancy", "Thornsgill", P_LE, "Gap in female life expectancy, Thornsgill and Saltercote",
       ["gap", "women"], f"{gf}", "years", f"for women the gap is {gf}")
H.fact("lp_sii_m", "life_expectancy", HOL, P_LE, "Slope index of inequality in male life expectancy",
       ["slope index", "inequality", "gap"], f"{ht[4]}", "years", f"is {ht[4]} years for men")
H.fact("lp_sii_f", "life_expectancy", HOL, P_LE, "Slope index of inequality in female life expectancy",
       ["slope index", "inequality", "gap"], f"{ht[5]}", "years", f"and {ht[5]} years for women in")
H.fact("lp_sii_m_eng", "life_expectancy", ENG, P_LE, "Slope index of inequality in male life expectancy",
       ["slope index", "inequality", "gap"], f"{LEB[ENG][4]}", "years", f"England ({LEB[ENG][4]} and")
H.fact("lp_sii_f_eng", "life_expectancy", ENG, P_LE, "Slope index of inequality in female life expectancy",
       ["slope index", "inequality", "gap"], f"{LEB[ENG][5]}", "years", f"and {LEB[ENG][5]} years).")

# Table 1: raw HTML, one tag a line
H.add("**Table 1: Life expectancy at birth and slope index of inequality by locality, 2022-24 (years)**")
H.add("")
H.text("""
<table>
<thead>
<tr>
<th rowspan="2">Area</th>
<th colspan="2">Life expectancy at birth</th>
<th colspan="2">Slope index of inequality<br>(most v least deprived)</th>
</tr>
<tr>
<th>Male</th>
<th>Female</th>
<th>Male</th>
<th>Female</th>
</tr>
</thead>
<tbody>
""")
LECOLS = [("m", "Male life expectancy at birth", ["male"]),
          ("f", "Female life expectancy at birth", ["female"]),
          ("sii_m", "Slope index of inequality in male life expectancy (most v least deprived)",
           ["slope index", "inequality", "deprived"]),
          ("sii_f", "Slope index of inequality in female life expectancy (most v least deprived)",
           ["slope index", "inequality", "deprived"])]
for lab, area, *vals in LE:
    H.add("<tr>")
    H.add(f"<td>{lab}</td>")
    for (key, meas, kw), v in zip(LECOLS, vals):
        i = H.add(f"<td>{v:.1f}</td>")
        H.at(i, f"le_{slug(area)}_{key}", "life_expectancy", area, P_LE, meas, kw, f"{v:.1f}", "years")
    H.add("</tr>")
H.text("""
</tbody>
</table>

*Source: OHID, Public Health Outcomes Framework (indicators A01b and A02a); Hollinsford JSNA analysis of ONS deaths, 2022-24.*

Figure 1: Male and female life expectancy at birth by ward, 2020-24

<!-- image -->
""")
H.add("")
wgm = round(WARDS[6][3] - WARDS[0][3], 1)
wgf = round(WARDS[6][4] - WARDS[0][4], 1)
H.add(f"3.4 Ward figures are pooled over the five years 2020-24 because the numbers of deaths are small. Men in "
      f"Thornsgill Moor can expect to live {wgm} years longer than men in Saltercote Quay, about 5 miles away; for "
      f"women the difference is {wgf} years. Table 2 shows the two wards in each locality named in the Board's "
      "place-based plan, with each ward's difference from the borough.")
H.add("")
H.fact("wp_gap_m", "life_expectancy", "Thornsgill Moor", "2020-24",
       "Years longer men in Thornsgill Moor live than men in Saltercote Quay", ["longer", "men"], f"{wgm}", "years",
       f"live {wgm} years longer")
H.fact("wp_gap_f", "life_expectancy", "Thornsgill Moor", "2020-24",
       "Difference in female life expectancy, Thornsgill Moor and Saltercote Quay", ["difference", "women"],
       f"{wgf}", "years", f"difference is {wgf} years")

# Table 2: raw HTML, one row a line; the locality cell spans its two wards
H.add("**Table 2: Life expectancy at birth by ward, 2020-24 (years)**")
H.add("")
H.add("<table>")
H.add('<tr><th rowspan="2">Locality</th><th rowspan="2">Ward</th><th rowspan="2">Ward code</th>'
      '<th colspan="2">Life expectancy at birth</th><th colspan="2">Difference from Hollinsford</th></tr>')
H.add("<tr><th>Male</th><th>Female</th><th>Male</th><th>Female</th></tr>")
for k, (loc, ward, code, m, f) in enumerate(WARDS):
    dm, df = sgn1(m - WARD_BOROUGH[0]), sgn1(f - WARD_BOROUGH[1])
    first = f'<td rowspan="2">{loc}</td>' if k % 2 == 0 else ""
    i = H.add(f"<tr>{first}<td>{ward}</td><td>{code}</td><td>{m:.1f}</td><td>{f:.1f}</td><td>{dm}</td>"
              f"<td>{df}</td></tr>")
    p = slug(ward)
    H.at(i, f"ward_{p}_m", "life_expectancy", ward, "2020-24", "Male life expectancy at birth", ["male"], f"{m:.1f}",
         "years")
    H.at(i, f"ward_{p}_f", "life_expectancy", ward, "2020-24", "Female life expectancy at birth", ["female"],
         f"{f:.1f}", "years")
    H.at(i, f"ward_{p}_dm", "life_expectancy", ward, "2020-24", "Difference from Hollinsford, male life expectancy",
         ["difference"], dm, "years")
    H.at(i, f"ward_{p}_df", "life_expectancy", ward, "2020-24", "Difference from Hollinsford, female life expectancy",
         ["difference"], df, "years")
i = H.add(f'<tr><td colspan="3"><strong>Hollinsford (borough)</strong></td><td><strong>{WARD_BOROUGH[0]:.1f}'
          f'</strong></td><td><strong>{WARD_BOROUGH[1]:.1f}</strong></td><td>–</td><td>–</td></tr>')
H.at(i, "ward_hollinsford_m", "life_expectancy", HOL, "2020-24", "Male life expectancy at birth", ["male"],
     f"{WARD_BOROUGH[0]:.1f}", "years")
H.at(i, "ward_hollinsford_f", "life_expectancy", HOL, "2020-24", "Female life expectancy at birth", ["female"],
     f"{WARD_BOROUGH[1]:.1f}", "years")
H.text("""
</table>

*Source: Hollinsford JSNA analysis of ONS deaths and ward population estimates, 2020-24. Ward codes are the 2023 boundaries.*
""")

# ---- wider determinants
hw, ew, nw = WDB[HOL], WDB[ENG], WDB[NE]
sal, tho = WDB["Saltercote"], WDB["Thornsgill"]
emp_gap = round(tho[4] - sal[4], 1)
H.add("")
H.add("## 4. Wider determinants of health")
H.add("")
H.add(f"4.1 Fuel poverty affects {hw[6]}% of households in Hollinsford (North East {nw[6]}%; England {ew[6]}%), "
      f"rising to {sal[6]}% in Saltercote. The employment rate for people aged 16-64 is {hw[4]}% (England {ew[4]}%), "
      f"ranging from {sal[4]}% in Saltercote to {tho[4]}% in Thornsgill, a gap of {emp_gap} percentage points.")
H.add("")
H.add(f"4.2 Fine particulate matter (PM2.5) is highest in Saltercote at {sal[3]} µg/m³, next to the A1068 and the "
      "port. Fewer adults walk for travel than in England in every locality with data (Table 3).")
H.add("")
H.fact("wp_fuel_hol", "wider_determinants", HOL, "2023", "Households in fuel poverty", ["fuel poverty"], f"{hw[6]}%",
       "%", f"affects {hw[6]}% of")
H.fact("wp_fuel_ne", "wider_determinants", NE, "2023", "Households in fuel poverty", ["fuel poverty"], f"{nw[6]}%",
       "%", f"(North East {nw[6]}%;")
H.fact("wp_fuel_eng", "wider_determinants", ENG, "2023", "Households in fuel poverty", ["fuel poverty"], f"{ew[6]}%",
       "%", f"England {ew[6]}%),")
H.fact("wp_fuel_salt", "wider_determinants", "Saltercote", "2023", "Households in fuel poverty", ["fuel poverty"],
       f"{sal[6]}%", "%", f"rising to {sal[6]}% in")
H.fact("wp_emp_hol", "wider_determinants", HOL, "2024/25", "Employment rate, aged 16-64", ["employment"],
       f"{hw[4]}%", "%", f"16-64 is {hw[4]}%")
H.fact("wp_emp_eng", "wider_determinants", ENG, "2024/25", "Employment rate, aged 16-64", ["employment"],
       f"{ew[4]}%", "%", f"(England {ew[4]}%)")
H.fact("wp_emp_salt", "wider_determinants", "Saltercote", "2024/25", "Employment rate, aged 16-64", ["employment"],
       f"{sal[4]}%", "%", f"from {sal[4]}% in")
H.fact("wp_emp_thorn", "wider_determinants", "Thornsgill", "2024/25", "Employment rate, aged 16-64", ["employment"],
       f"{tho[4]}%", "%", f"to {tho[4]}% in")
H.fact("wp_emp_gap", "wider_determinants", HOL, "2024/25",
       "Employment rate gap between localities, Thornsgill and Saltercote (percentage points)", ["employment", "gap"],
       f"{emp_gap}",
       "percentage points", f"gap of {emp_gap} percentage")
H.fact("wp_pm_salt", "wider_determinants", "Saltercote", "2023", "Fine particulate matter (PM2.5)",
       ["particulate", "pm2.5"], f"{sal[3]}", "µg/m³", f"at {sal[3]} µg")

# Table 3: raw HTML, the whole table on ONE line, a header of indicator groups over indicators with units and periods
H.add("**Table 3: Wider determinants of health by locality, with Hollinsford, the North East and England**")
H.add("")
cells = ['<table><tr><th rowspan="2">Area</th><th colspan="2">Active travel and environment</th>'
         '<th colspan="3">Work and housing</th></tr><tr>']
cells += [f"<th>{w[5]}</th>" for w in WDI]
cells.append("</tr>")
for lab, area, *vals in WD:
    cells.append(f"<tr><td>{lab}</td>" + "".join(f"<td>{v if isinstance(v, str) else f'{v:.1f}'}</td>"
                                                  for v in vals) + "</tr>")
cells.append("</table>")
i = H.add("".join(cells))
for lab, area, *vals in WD:
    for (key, meas, kw, per, unit, _), v in zip(WDI, vals):
        if isinstance(v, str):
            continue  # `..` and `*` cells hold no number
        H.at(i, f"wd_{slug(area)}_{key}", "wider_determinants", area, per, meas, kw, f"{v:.1f}", unit)
H.text("""

*Source: OHID Wider Determinants of Health profile; Active Lives Survey; ONS Annual Population Survey; MHCLG homelessness statistics (H-CLIC); DESNZ sub-regional fuel poverty. * Suppressed: fewer than five households. .. Not available: survey sample too small.*

Figure 2: Households in fuel poverty by ward, 2023

<!-- image -->
""")

# ---- Better Care Fund
b_nhs = chg(BCF[0][4], BCF[0][3])
icb_fall = BCF[3][3] - BCF[3][4]
icb_pct = abs(chg(BCF[3][4], BCF[3][3]))
H.add("")
H.add("## 5. Better Care Fund plan 2026/27")
H.add("")
H.add(f"5.1 The pooled budget for 2026/27 is {BCF_M}, {chg(BT[1], BT[0])}% more than in 2025/26 ({BCF_PREV_M}). The "
      f"NHS minimum contribution rises by {b_nhs}% in line with the national uplift, and the additional ICB "
      f"contribution falls by £{icb_fall}k ({icb_pct}%) as the ICB's discharge schemes end. The council adds a new "
      f"contribution of £{BCF[4][4]}k for carers' breaks. The plan's national conditions are listed at "
      "https://www.hollinsford.gov.uk/downloads/file/4417/bcf-plan-2026-27 (pages 12 to 19).")
H.add("")
H.fact("bp_total", "bcf", HOL, "2026/27", "Better Care Fund pooled budget", ["pooled"], BCF_M, "£m",
       f"2026/27 is {BCF_M}")
H.fact("bp_growth", "bcf", HOL, "2026/27", "Better Care Fund pooled budget change on 2025/26", ["more", "pooled"],
       f"{chg(BT[1], BT[0])}%", "%", f"{chg(BT[1], BT[0])}% more")
H.fact("bp_prev", "bcf", HOL, "2025/26", "Better Care Fund pooled budget", ["pooled"], BCF_PREV_M, "£m",
       f"({BCF_PREV_M})")
H.fact("bp_nhs_pct", "bcf", HOL, "2026/27", "NHS minimum contribution rise on 2025/26", ["minimum contribution"],
       f"{b_nhs}%", "%", f"rises by {b_nhs}%")
H.fact("bp_icb_fall", "bcf", HOL, "2026/27", "Additional ICB contribution fall on 2025/26", ["additional icb", "fall"],
       f"£{icb_fall}k", "£k", f"falls by £{icb_fall}k")
H.fact("bp_icb_fall_pct", "bcf", HOL, "2026/27", "Additional ICB contribution fall on 2025/26 (%)",
       ["additional icb", "fall"], f"{icb_pct}%", "%", f"({icb_pct}%)")
H.fact("bp_council", "bcf", HOL, "2026/27", "Additional council contribution", ["council contribution", "council"],
       f"£{BCF[4][4]}k", "£k", f"contribution of £{BCF[4][4]}k")

# Table 4: raw HTML, header one tag a line, each body row on one line
H.add("**Table 4: Better Care Fund pooled budget by funding stream, 2025/26 and 2026/27**")
H.add("")
H.text("""
<table>
<tr>
<th rowspan="2">Funding stream</th>
<th colspan="2">Pooled budget (£000)</th>
<th colspan="2">Change, 2025/26 to 2026/27</th>
</tr>
<tr>
<th>2025/26</th>
<th>2026/27</th>
<th>£000</th>
<th>%</th>
</tr>
""")
for lab, name, kw, a, b in BCF:
    d = b - (a or 0)
    ds = f"{d:,}" if d >= 0 else f"-{abs(d):,}"
    ps = f"{chg(b, a):.1f}" if a else "n/a<br>(new in 2026/27)"
    if ps.startswith("-"):
        pass
    strong = name.startswith("Total")
    wrap = (lambda s: f"<strong>{s}</strong>") if strong else (lambda s: s)
    a_s = wrap(f"{a:,}") if a else "-"
    i = H.add(f"<tr><td>{lab}</td><td>{a_s}</td><td>{wrap(f'{b:,}')}</td><td>{wrap(ds)}</td>"
              f"<td>{wrap(ps)}</td></tr>")
    p = slug(name)
    if a:
        H.at(i, f"bcf_{p}_2526", "bcf", HOL, "2025/26", name, kw, f"{a:,}", "£k")
    H.at(i, f"bcf_{p}_2627", "bcf", HOL, "2026/27", name, kw, f"{b:,}", "£k")
    H.at(i, f"bcf_{p}_chg", "bcf", HOL, "2026/27", f"{name} change on 2025/26 (£000)", ["change"], ds, "£k")
    if a:
        H.at(i, f"bcf_{p}_pct", "bcf", HOL, "2026/27", f"{name} change on 2025/26 (%)", ["change"], ps, "%")
H.text("""
</table>

*Source: Hollinsford BCF plan 2026/27 (planning template v2.1); NHS England BCF allocations 2026/27.*
""")

# Table 5: a simple pipe table, £ in the cells, bold total
spct = [round(r[2] / BT[1] * 100, 1) for r in SPEND]
H.add("")
H.add(f"5.2 Table 5 sets out planned spending by scheme type. Home care and domiciliary support takes "
      f"{spct[0]}% of the pooled budget, the largest share; the Disabled Facilities Grant is passed in full to "
      "the council's housing adaptations service.")
H.add("")
H.fact("sp_home_pct", "bcf", HOL, "2026/27", "Home care and domiciliary support share of the pooled budget",
       ["home care", "share"], f"{spct[0]}%", "%", f"takes {spct[0]}%")
H.add("**Table 5: Better Care Fund planned expenditure by scheme type, 2026/27**")
H.add("")
H.add("| Scheme type                                   | Planned spend (£000)   | Share of pooled budget (%)   |")
H.add("|-----------------------------------------------|------------------------|------------------------------|")
for (name, kw, v), pc in zip(SPEND, spct):
    i = H.add(f"| {name:<45} | {'£' + f'{v:,}':<22} | {pc:<28.1f} |")
    p = slug(name)
    H.at(i, f"spend_{p}_val", "bcf", HOL, "2026/27", f"{name} planned spend", kw, f"£{v:,}", "£k")
    H.at(i, f"spend_{p}_pct", "bcf", HOL, "2026/27", f"{name} share of pooled budget (%)", kw, f"{pc:.1f}", "%")
tot = f"**£{BT[1]:,}**"
i = H.add(f"| {'**Total**':<45} | {tot:<22} | {'**100.0**':<28} |")
H.at(i, "spend_total_val", "bcf", HOL, "2026/27", "Total planned spend", ["total", "planned spend"], f"£{BT[1]:,}",
     "£k")
H.at(i, "spend_total_pct", "bcf", HOL, "2026/27", "Total share of pooled budget (%)", ["total", "share"], "100.0",
     "%")
H.text("""

*Source: Hollinsford BCF plan 2026/27, expenditure tab. Shares may not add to 100.0 because of rounding.*

## 6. Recommendations

The Board is asked to:

1. approve the Better Care Fund plan 2026/27 for submission by 27 June 2026;
2. endorse the JSNA chapter on life expectancy and the wider determinants of health for publication;
3. ask for a progress report on the 3 priority localities at its meeting on 9 December 2026.

## Background papers

- JSNA life expectancy chapter: https://www.hollinsford.gov.uk/jsna/2026/life-expectancy#table-2
- OHID Fingertips: https://fingertips.phe.org.uk/profile/public-health-outcomes-framework/data#page/4/gid/1000049/pat/6/par/E12000001/ati/502/are/E06000073
- Better Care Fund planning requirements 2026/27: https://www.england.nhs.uk/publication/better-care-fund-planning-requirements-2026-27/

Hollinsford Borough Council, Health and Wellbeing Board, 10 June 2026. Page 9 of 9
""")


# =====================================================================================================================
# Pack 2: ICB board 24 June 2026, pdftotext -layout of papers printed from Excel
# =====================================================================================================================
I = Pack("hollinsford_icb_2026-06-24.txt")
PAGE = [7]
WIDTH = 128
FOOT = "Item 9.2  Integrated finance and performance report, month 12 2025/26"


def page_top():
    I.add(f"North Glendrith and Hollinsford ICB Board  |  Part A  |  Page {PAGE[0]} of 32".center(WIDTH).rstrip())
    I.add("")


def page_end():
    I.add("")
    I.add(" " + FOOT + "OFFICIAL".rjust(WIDTH - len(FOOT) - 1))
    I.lines[-1] += "\f"
    PAGE[0] += 1


def para(num_, text, width=104):
    """A numbered paragraph wrapped with a hanging indent, as pdftotext lays out a Word page."""
    first = f" {num_}".ljust(7) if num_ else "       "
    for x in textwrap.wrap(" ".join(text.split()), width, initial_indent=first, subsequent_indent="       "):
        I.add(x)
    I.add("")


def xl_row(label, cells, lw, widths, lead=1):
    s = " " * lead + label.ljust(lw)
    for c, w in zip(cells, widths):
        s += c.rjust(w)
    return I.add(s)


def xl_head(label_lines, col_lines, lw, widths, lead=1):
    """Header lines: the first column's text left, each other column's text centred over its width."""
    for lab, cols in zip(label_lines, col_lines):
        s = " " * lead + lab.ljust(lw)
        for c, w in zip(cols, widths):
            s += c.center(w)
        I.add(s)


def brk(x):
    """Excel accounting style: negatives in brackets, positives padded one place for the bracket."""
    return f"({abs(x):,})" if x < 0 else f"{x:,} "


MONTHS = ["Apr-25", "May-25", "Jun-25", "Jul-25", "Aug-25", "Sep-25", "Oct-25", "Nov-25", "Dec-25", "Jan-26",
          "Feb-26", "Mar-26"]
MKEY = ["apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "jan", "feb", "mar"]
MPER = ["April 2025", "May 2025", "June 2025", "July 2025", "August 2025", "September 2025", "October 2025",
        "November 2025", "December 2025", "January 2026", "February 2026", "March 2026"]
ELEC = [9412, 9688, 9905, 10126, 9354, 10210, 10488, 10642, 9977, 10315, 10096, 10731]
NEL = [15830, 15612, 15204, 15376, 15118, 15490, 16044, 16385, 17206, 17512, 16690, 16418]
MH = [6805, 6812, 6790, 6846, 6871, 6902, 6955, 6968, 7012, 7040, 7058, 7121]
RX = [8102, 8351, 8066, 8420, 8215, 8187, 8472, 8306, 8690, 8534, 7986, 8644]
VAR = [-214, 136, -402, 88, -356, 245, 412, -118, 1036, 604, -1371, -1596]
ACUTE = [a + b for a, b in zip(ELEC, NEL)]
TOT = [a + b + c for a, b, c in zip(ACUTE, MH, RX)]
LIST = 571240
RX_RATE = f"{sum(RX) * 1000 / LIST:.2f}"
FIN = [  # label, indent, key, measure, keywords, months
    ("Acute services", 0, None, None, None, None),
    ("Elective", 3, "elective", "Elective", ["elective"], ELEC),
    ("Non-elective", 3, "non_elective", "Non-elective", ["non-elective"], NEL),
    ("Total acute services", 0, "acute_total", "Total acute services", ["acute"], ACUTE),
    ("Mental health", 0, "mental_health", "Mental health", ["mental health"], MH),
    (f"Prescribing (£{RX_RATE} per registered patient)", 0, "prescribing", "Prescribing", ["prescribing"], RX),
    ("Total expenditure (lines shown)", 0, "total", "Total expenditure (lines shown)", ["total expenditure",
                                                                                         "expenditure"], TOT),
    ("", 0, None, None, None, None),
    ("Variance to plan: (under)/over", 0, "variance", "Variance to plan", ["variance"], VAR),
]
EXP_M = f"£{sum(TOT) / 1000:.1f}m"
VAR_Y = sum(VAR)
Q = [  # ref, scheme, lead, plan, actual, RAG (£000, 2025/26)
    ("QP01", "Elective recovery and outpatient transformation", "Chief Operating Officer", 6200, 5480, "A"),
    ("QP02", "Medicines value and prescribing", "Chief Pharmacist", 5400, 5912, "G"),
    ("QP03", "Continuing healthcare review", "Director of Nursing", 4100, 2236, "R"),
    ("QP04", "Urgent care flow and discharge", "Chief Operating Officer", 3800, 3015, "A"),
    ("QP05", "Corporate and estates", "Chief Finance Officer", 2100, 1757, "A"),
]
QT = (sum(r[3] for r in Q), sum(r[4] for r in Q))
Q_PCT = round(QT[1] / QT[0] * 100, 1)
PCN = [  # name, ODS code, delegated budget, ARRS allocation, ARRS claimed (£000, 2025/26)
    ("Saltercote Quayside PCN", "U47281", 9812, 1486, 1402),
    ("Wynhope and Gallowmire PCN", "U47305", 7940, 1204, 1166),
    ("Ellerburn Valley PCN", "U47318", 8615, 1318, 1047),
    ("Thornsgill PCN", "U47322", 6228, 942, 915),
    ("Hollinsford Central PCN", "U47336", 10374, 1577, 1296),
]
PT = tuple(sum(r[k] for r in PCN) for k in (2, 3, 4))
A_PCT = round(PT[2] / PT[1] * 100, 1)
GPW = [("Saltercote", 24.6, 34), ("Wynhope", 31.2, 41), ("Ellerburn", 27.8, 38), ("Thornsgill", 22.9, 29)]
GPT = (round(sum(r[1] for r in GPW), 1), sum(r[2] for r in GPW))
PTS = 203760
GP_RATE = f"{GPT[0] / PTS * 1000:.2f}"
TRAJ_Y = ["2023/24", "2024/25", "2025/26", "2026/27", "2027/28", "2028/29"]
TRAJ_K = ["Actual", "Actual", "Actual", "Plan", "Plan", "Plan"]
TRAJ_FTE = [101.8, 103.9, GPT[0], 109.0, 112.0, 115.5]
TRAJ_HC = [136, 139, GPT[1], 145, 149, ".."]
AE = [74.8, 75.3, 76.1, 75.9, 76.4, 74.2, 73.5, 72.9, 70.8, 71.6, 73.4, 77.9]
CAT2 = [28.6, 27.9, 29.4, 30.2, 29.1, 31.5, 33.8, 35.2, 41.6, 38.4, 32.7, 29.9]
SC = [  # label lines, keywords, unit, standard, data month, latest, previous, trend, RAG
    (["A&E: patients seen within 4 hours (%)"], ["a&e", "4 hours"], "%", "82.0%", "May-26", "76.2%", "75.1%", "↑",
     "R"),
    (["Ambulance: Category 2 mean response (minutes)"], ["ambulance", "category 2"], "minutes", "30.0", "May-26",
     "28.7", "29.9", "↓", "G"),
    (["RTT: patients waiting under 18 weeks (%)"], ["rtt", "18 weeks"], "%", "65.0%", "Apr-26", "61.3%", "60.8%", "↑",
     "A"),
    (["RTT: patients waiting over 52 weeks"], ["52 weeks"], "count", "0", "Apr-26", "412", "455", "↓", "R"),
    (["Diagnostics: tests within 6 weeks (%)"], ["diagnostic", "6 weeks"], "%", "95.0%", "Apr-26", "83.7%", "84.9%",
     "↓", "R"),
    (["Cancer: Faster Diagnosis Standard, 28 days (%)"], ["faster diagnosis", "cancer"], "%", "80.0%", "Apr-26",
     "79.4%", "78.1%", "↑", "A"),
    (["Cancer: treatment within 62 days (%)"], ["62 days", "cancer"], "%", "75.0%", "Apr-26", "70.2%", "71.6%", "↓",
     "R"),
    (["Talking therapies: patients completing treatment", "   who reliably recover (%)"],
     ["talking therapies", "recover"], "%", "48.0%", "Mar-26", "49.3%", "n/a", "–", "G"),
]
RAGW = {"R": "Red", "A": "Amber", "G": "Green"}
rc = {k: sum(r[8] == k for r in SC) for k in "RAG"}

# ---- page 7: the report's cover page
page_top()
for _x in """
 NHS North Glendrith and Hollinsford Integrated Care Board
 Board meeting in public, Wednesday 24 June 2026, 10.00 am, Collingwood Room, Hollinsford Civic Centre

 Agenda item:        9.2
 Report reference:   NGH/BD/26/061
 Title:              Integrated finance and performance report: month 12 2025/26
 Executive lead:     Chief Finance Officer
 Report author:      Head of Financial Planning, tel. 0191 498 0417
 Papers online:      https://www.northglendrithhollinsford.icb.nhs.uk/about-us/board-meetings/2026-06-24/item-9-2

""".removeprefix("\n").split("\n")[:-1]:
    I.add(_x)
I.add(" 1. Purpose")
I.add("")
para("1.1", "This report sets out the ICB's draft year-end financial position for 2025/26, subject to external "
     "audit, the delivery of the 2025/26 efficiency (QIPP) programme, the delegated primary care budget and the "
     "Additional Roles Reimbursement Scheme (ARRS) for the Hollinsford place, the GP workforce in Hollinsford, and "
     "the latest performance scorecard. Appendices A to E are printed from the ICB's finance and performance "
     "workbooks.")
I.add(" 2. Summary")
I.add("")
para("2.1", f"Expenditure on the service lines in Appendix A was {EXP_M} in 2025/26, an underspend of "
     f"£{abs(VAR_Y):,}k against plan. Non-elective spending peaked in January 2026; the underspend arose in the last "
     "two months of the year as the winter schemes closed.")
para("2.2", f"The ICB delivered £{QT[1] / 1000:.1f}m of QIPP savings against a plan of £{QT[0] / 1000:.1f}m "
     f"({Q_PCT}%), a shortfall of £{(QT[0] - QT[1]) / 1000:.1f}m, mainly on the continuing healthcare review "
     "(Appendix C, scheme QP03).")
para("2.3", f"Hollinsford's five PCNs claimed £{PT[2] / 1000:.1f}m of their £{PT[1] / 1000:.1f}m ARRS allocation "
     f"({A_PCT}%). Of the 5 PCNs, 2 claimed less than 85% of their allocation.")
para("2.4", f"Hollinsford had {GPT[0]} fully qualified GP FTE in March 2026 for {PTS:,} registered patients, "
     f"{GP_RATE} per 1,000 patients (North East 0.58; England 0.55).")
para("2.5", f"Of the {len(SC)} indicators in the scorecard, {rc['R']} are rated red, {rc['A']} amber and {rc['G']} "
     "green (Appendix E).")
page_end()
I.fact("ip_exp", "finance", ICB, "2025/26", "Expenditure on the service lines in Appendix A", ["expenditure"], EXP_M,
       "£m", f"was {EXP_M} in")
I.fact("ip_var", "finance", ICB, "2025/26", "Underspend against plan", ["underspend"], f"£{abs(VAR_Y):,}k", "£k",
       f"underspend of £{abs(VAR_Y):,}k")
I.fact("ip_q_actual", "qipp", ICB, "2025/26", "QIPP savings delivered", ["qipp", "savings", "delivered"],
       f"£{QT[1] / 1000:.1f}m", "£m", f"delivered £{QT[1] / 1000:.1f}m")
I.fact("ip_q_plan", "qipp", ICB, "2025/26", "QIPP plan", ["plan"], f"£{QT[0] / 1000:.1f}m", "£m",
       f"plan of £{QT[0] / 1000:.1f}m")
I.fact("ip_q_pct", "qipp", ICB, "2025/26", "QIPP delivered as a percentage of plan", ["plan", "delivered"],
       f"{Q_PCT}%", "%", f"({Q_PCT}%)")
I.fact("ip_q_short", "qipp", ICB, "2025/26", "QIPP shortfall against plan", ["shortfall"],
       f"£{(QT[0] - QT[1]) / 1000:.1f}m", "£m", f"shortfall of £{(QT[0] - QT[1]) / 1000:.1f}m")
I.fact("ip_arrs_claimed", "pcn_budgets", HOL, "2025/26", "ARRS claimed", ["claimed", "arrs"],
       f"£{PT[2] / 1000:.1f}m", "£m", f"claimed £{PT[2] / 1000:.1f}m")
I.fact("ip_arrs_alloc", "pcn_budgets", HOL, "2025/26", "ARRS allocation", ["allocation"], f"£{PT[1] / 1000:.1f}m",
       "£m", f"their £{PT[1] / 1000:.1f}m")
I.fact("ip_arrs_pct", "pcn_budgets", HOL, "2025/26", "ARRS allocation claimed (%)", ["claimed"], f"{A_PCT}%", "%",
       f"({A_PCT}%)")
I.fact("ip_gp_fte", "gp_workforce", HOL, "March 2026", "Fully qualified GP FTE", ["gp fte", "fte"], f"{GPT[0]}",
       "FTE", f"had {GPT[0]} fully")
I.fact("ip_gp_pts", "gp_workforce", HOL, "March 2026", "Registered patients", ["patients"], f"{PTS:,}", "count",
       f"for {PTS:,} registered")
I.fact("ip_gp_rate", "gp_workforce", HOL, "March 2026", "GP FTE per 1,000 patients", ["per 1,000"], GP_RATE,
       "per 1,000", f"patients, {GP_RATE}")
I.fact("ip_gp_rate_ne", "gp_workforce", NE, "March 2026", "GP FTE per 1,000 patients", ["per 1,000"], "0.58",
       "per 1,000", "(North East 0.58;")
I.fact("ip_gp_rate_eng", "gp_workforce", ENG, "March 2026", "GP FTE per 1,000 patients", ["per 1,000"], "0.55",
       "per 1,000", "England 0.55)")

# ---- Appendix A: expenditure by month, printed over two pages column-wise (column A repeated)
LW, CW = 48, 11


def fin_page(cols, year):
    page_top()
    I.add(" Appendix A: ICB expenditure by month, 2025/26 (£000)")
    I.add(" Draft outturn, subject to audit")
    I.add("")
    widths = [CW] * (len(cols) + (1 if year else 0))
    top = [""] * len(cols) + (["Year"] if year else [])
    mid = [f"Month {c + 1}" for c in cols] + (["total"] if year else [])
    bot = [MONTHS[c] for c in cols] + (["2025/26"] if year else [])
    xl_head(["", "", "Service line"], [top, mid, bot], LW, widths)
    xl_row("", ["£000 "] * len(widths), LW, widths)
    I.add("")
    for label, ind, key, meas, kw, vals in FIN:
        if vals is None:
            I.add(" " + " " * ind + label if label else "")
            continue
        shown = [vals[c] for c in cols] + ([sum(vals)] if year else [])
        txt = [brk(v) if key == "variance" else f"{v:,} " for v in shown]
        i = xl_row(" " * ind + label, txt, LW, widths)
        unit = "£k"
        for c, v, t in zip(cols, shown, txt):
            I.at(i, f"fin_{key}_{MKEY[c]}", "finance", ICB, MPER[c], meas, kw, t.strip(), unit)
        if year:
            I.at(i, f"fin_{key}_year", "finance", ICB, "2025/26", meas + ", year total", kw, txt[-1].strip(), unit)
    I.add("")
    I.add(" Source: ICB general ledger, month 12 2025/26. Community services, primary care and running costs are in "
          "Appendix B, in Part B of the pack (page 27).")
    I.add(f" Prescribing per registered patient uses the ICB's list of {LIST:,} at 1 January 2026."
          + "Printed 15/06/2026 16:42".rjust(WIDTH - 67))
    page_end()


fin_page(range(0, 6), False)
fin_page(range(6, 12), True)


# ---- Appendix B (in part): urgent and emergency care by month, two pages column-wise
def uec_page(cols, target):
    page_top()
    I.add(" Appendix A (continued): urgent and emergency care by month, 2025/26")
    I.add("")
    widths = [9] * len(cols) + ([10] if target else [])
    xl_head(["", "Indicator"], [[""] * len(cols) + (["Target"] if target else []),
                                [MONTHS[c] for c in cols] + (["2025/26"] if target else [])], LW, widths)
    I.add("")
    for key, lab, meas, kw, vals, unit, fmt, tgt in (
            ("ae", "A&E: patients seen within 4 hours", "A&E patients seen within 4 hours", ["a&e", "4 hours"], AE,
             "%", "{:.1f}%", "78.0%"),
            ("cat2", "Ambulance: Category 2 mean (minutes)", "Ambulance Category 2 mean response (minutes)",
             ["ambulance", "category 2"], CAT2, "minutes", "{:.1f}", "30.0")):
        txt = [fmt.format(vals[c]) for c in cols] + ([tgt] if target else [])
        i = xl_row(lab, txt, LW, widths)
        for c, t in zip(cols, txt):
            I.at(i, f"uec_{key}_{MKEY[c]}", "performance", ICB, MPER[c], meas, kw, t, unit)
        if target:
            I.at(i, f"uec_{key}_target", "performance", ICB, "2025/26", f"{meas} target", ["target"], tgt, unit)
    I.add("")
    I.add(" Source: NHS England A&E attendances and emergency admissions; Ambulance Quality Indicators.")
    page_end()


uec_page(range(0, 6), False)
uec_page(range(6, 12), True)

# ---- Appendix C: QIPP
page_top()
I.add(" Appendix C: Efficiency (QIPP) programme 2025/26, year-end delivery")
I.add("")
QW = [11, 11, 11, 6]
QLW = 86
I.add(" " + "Ref".ljust(7) + "Scheme".ljust(50) + "Lead".ljust(29) + "Plan".center(11) + "Actual".center(11)
      + "Variance".center(11) + "RAG".center(6))
I.add(" " + " " * QLW + "2025/26".center(11) + "2025/26".center(11) + "".center(11))
I.add(" " + " " * QLW + "£000".center(11) + "£000".center(11) + "£000".center(11))
I.add("")
for ref, name, lead, plan, act, rag in Q:
    var = act - plan
    vs = f"{var:,}"
    i = I.add(" " + ref.ljust(7) + name.ljust(50) + lead.ljust(29) + f"{plan:,}".rjust(11) + f"{act:,}".rjust(11)
              + vs.rjust(11) + rag.center(6))
    p = slug(name)
    I.at(i, f"q_{p}_plan", "qipp", ICB, "2025/26", f"{name} QIPP plan", ["plan"], f"{plan:,}", "£k")
    I.at(i, f"q_{p}_actual", "qipp", ICB, "2025/26", f"{name} QIPP actual", ["actual"], f"{act:,}", "£k",
         RAGW[rag])
    I.at(i, f"q_{p}_var", "qipp", ICB, "2025/26", f"{name} QIPP variance", ["variance"], vs, "£k")
I.add(" " + "QP06".ljust(7) + "Digital first (deferred to 2026/27)".ljust(50) + "Chief Digital Officer".ljust(29)
      + "-".rjust(11) + "-".rjust(11) + "-".rjust(11) + "-".center(6))
I.add("")
qv = QT[1] - QT[0]
i = I.add(" " + "".ljust(7) + "Total QIPP programme".ljust(50) + "".ljust(29) + f"{QT[0]:,}".rjust(11)
          + f"{QT[1]:,}".rjust(11) + f"{qv:,}".rjust(11) + "A".center(6))
I.at(i, "q_total_plan", "qipp", ICB, "2025/26", "Total QIPP plan", ["plan"], f"{QT[0]:,}", "£k")
I.at(i, "q_total_actual", "qipp", ICB, "2025/26", "Total QIPP actual", ["actual"], f"{QT[1]:,}", "£k", "Amber")
I.at(i, "q_total_var", "qipp", ICB, "2025/26", "Total QIPP variance", ["variance"], f"{qv:,}", "£k")
I.add("")
I.add(" RAG: G delivered in full; A delivered 75% or more of plan; R delivered less than 75% of plan.")
I.add(" QP06 was removed from the 2025/26 programme by the Finance Committee on 19 August 2025 (minute FC/25/112).")
I.add("")
para("", "The continuing healthcare review (QP03) delivered just over half of its plan: the reassessment of "
     "packages started in October 2025, six months late, and the full-year effect moves to 2026/27.")
page_end()

# ---- Appendix D: delegated primary care budget and ARRS by PCN; GP workforce; trajectory
page_top()
I.add(" Appendix D: Hollinsford place: delegated primary care budget and ARRS by PCN, 2025/26")
I.add("")
PW = [14, 14, 14]
PLW = 44
xl_head(["", "", "Primary care network"], [["Delegated", "ARRS", "ARRS"], ["primary care", "allocation",
                                                                            "claimed to"],
                                           ["budget", "", "month 12"]], PLW + 10, PW)
I.add(" " + " " * (PLW + 10) + "".join("£000".center(w) for w in PW))
I.add("")
for name, code, bud, al, cl in PCN:
    i = I.add(" " + name.ljust(PLW) + code.ljust(10) + "".join(f"£{v:,}".rjust(w) for v, w in zip((bud, al, cl), PW)))
    p = slug(name)
    I.at(i, f"pcn_{p}_budget", "primary_care_budgets", name, "2025/26", "Delegated primary care budget",
         ["delegated", "budget"], f"£{bud:,}", "£k")
    I.at(i, f"pcn_{p}_alloc", "pcn_budgets", name, "2025/26", "ARRS allocation", ["allocation"], f"£{al:,}", "£k")
    I.at(i, f"pcn_{p}_claimed", "pcn_budgets", name, "2025/26", "ARRS claimed to month 12", ["claimed"], f"£{cl:,}",
         "£k")
i = I.add(" " + "Hollinsford place total".ljust(PLW) + "".ljust(10)
          + "".join(f"£{v:,}".rjust(w) for v, w in zip(PT, PW)))
I.at(i, "pcn_total_budget", "primary_care_budgets", HOL, "2025/26", "Delegated primary care budget",
     ["delegated", "budget"], f"£{PT[0]:,}", "£k")
I.at(i, "pcn_total_alloc", "pcn_budgets", HOL, "2025/26", "ARRS allocation", ["allocation"], f"£{PT[1]:,}", "£k")
I.at(i, "pcn_total_claimed", "pcn_budgets", HOL, "2025/26", "ARRS claimed to month 12", ["claimed"], f"£{PT[2]:,}",
     "£k")
I.add("")
I.add(" Codes are the PCNs' ODS codes. The delegated budget is the global sum and PCN DES payments for each PCN's "
      "practices.")
I.add("")
I.add("")
I.add(" GP workforce by locality, March 2026")
I.add("")
GW = [13, 13]
xl_head(["", "Locality"], [["GPs (excluding", "trainees)"][:1] + [""], ["FTE", "Headcount"]], 30, GW)
I.lines[-2] = " " + " " * 30 + "GPs (excluding trainees)".center(sum(GW))
I.add("")
for loc, fte, hc in GPW + [("Hollinsford", *GPT)]:
    i = xl_row(loc, [f"{fte:.1f} ", f"{hc:,} "], 30, GW)
    I.at(i, f"gpw_{slug(loc)}_fte", "gp_workforce", loc, "March 2026", "GP FTE (excluding trainees)", ["fte"],
         f"{fte:.1f}", "FTE")
    I.at(i, f"gpw_{slug(loc)}_hc", "gp_workforce", loc, "March 2026", "GP headcount (excluding trainees)",
         ["headcount"], f"{hc:,}", "count")
I.add("")
I.add(" Source: NHS Digital, General Practice Workforce, 31 March 2026 (provisional). Practices are placed in the "
      "locality of their main surgery.")
I.add("")
I.add("")
I.add(" GP workforce trajectory, Hollinsford, 2023/24 to 2028/29")
I.add("")
TW = [10] * 6
I.add(" " + " " * 30 + "Actual".center(30) + "Plan".center(30))
xl_head(["Measure"], [TRAJ_Y], 30, TW)
I.add("")
for key, lab, meas, kw, vals, fmt, unit in (
        ("fte", "GP FTE (excluding trainees)", "GP FTE (excluding trainees)", ["fte"], TRAJ_FTE, "{:.1f} ", "FTE"),
        ("hc", "GP headcount", "GP headcount", ["headcount"], TRAJ_HC, "{:,} ", "count")):
    txt = [v + " " if isinstance(v, str) else fmt.format(v) for v in vals]
    i = xl_row(lab, txt, 30, TW)
    for y, k, v, t in zip(TRAJ_Y, TRAJ_K, vals, txt):
        if isinstance(v, str):
            continue
        I.at(i, f"traj_{y[:4]}_{key}", "gp_workforce", HOL, y, f"{meas}, {k.lower()}", kw, t.strip(), unit)
I.add("")
I.add(" .. The 2028/29 headcount will be set with the 2027/28 operational plan.")
page_end()


# ---- Appendix E: performance scorecard, split over two pages by rows (header rows repeated)
def sc_head():
    I.add(" Appendix E: Performance scorecard, North Glendrith and Hollinsford ICB")
    I.add("")
    I.add(" " + "".ljust(50) + "".center(10) + "Data".center(9) + "Latest".center(10) + "Previous".center(10)
          + "".center(7) + "".center(5))
    I.add(" " + "Indicator".ljust(50) + "Standard".center(10) + "month".center(9) + "month".center(10)
          + "month".center(10) + "Trend".center(7) + "RAG".center(5))
    I.add("")


def sc_rows(rows):
    for labs, kw, unit, std, mon, lat, prev, trend, rag in rows:
        for extra in labs[:-1]:
            I.add(" " + extra)  # a wrapped label: the numbers sit on its last line (Excel bottom alignment)
        i = I.add(" " + labs[-1].ljust(50) + std.rjust(9) + " " + mon.center(9) + lat.rjust(9) + " "
                  + prev.rjust(9) + " " + trend.center(7) + rag.center(5))
        lab = " ".join(x.strip() for x in labs)
        p = slug(lab, 30)
        per = {"May-26": "May 2026", "Apr-26": "April 2026", "Mar-26": "March 2026"}[mon]
        prv = {"May-26": "April 2026", "Apr-26": "March 2026", "Mar-26": "February 2026"}[mon]
        I.at(i, f"sc_{p}_std", "performance", ICB, "2026/27", f"{lab} standard", ["standard"], std, unit)
        I.at(i, f"sc_{p}_latest", "performance", ICB, per, lab, kw, lat, unit, RAGW[rag])
        if prev != "n/a":
            I.at(i, f"sc_{p}_prev", "performance", ICB, prv, lab, kw, prev, unit)


page_top()
sc_head()
sc_rows(SC[:5])
page_end()
page_top()
sc_head()
sc_rows(SC[5:])
I.add("")
I.add(" Trend: ↑ higher than the previous month, ↓ lower, – not compared. Standards are the 2026/27 operational "
      "planning targets.")
I.add(" Talking therapies moved to the 2026/27 definition in April 2026, so no previous month is shown.")
I.add("")
I.add(" 3. Recommendation")
I.add("")
para("3.1", "The Board is asked to note the draft year-end position for 2025/26 and the performance scorecard, and "
     "to receive the month 3 report at its meeting on 23 September 2026.")
page_end()

# ---------------------------------------------------------------------------------------------------------------------
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
print({k: len(v) for k, v in OUT.items()}, len(FACTS), "facts",
      {k: sum(f["file"] == k for f in FACTS) for k in OUT})
