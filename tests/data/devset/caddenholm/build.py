#!/usr/bin/env python3
"""Write the Caddenholm packs (the text a python-docx script gives of a HWB's Word report; `pdftotext -layout` of an
ICB board's Integrated Performance Report in the "Making Data Count" style) and facts.jsonl.

Tables are given as their numbers; totals, changes, gaps, variances and rates are computed here so that they add
up, then printed as the tool would.  Each table fact is placed on the physical line holding its printed cell (in the
python-docx text a row whose cells hold a line break runs over several physical lines, so a cell's line is the row's
first line plus the line breaks before it; in the layout text the line of the panel's key or the table's row); each
prose fact by an anchor that must match one line.  Written and run before any loader read the packs.
"""

import json
import os
import re
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
FACTS: list[dict] = []
OUT: dict[str, list[str]] = {}
CAD, YH, ENG = "Caddenholm", "Yorkshire and the Humber", "England"
ICB = "Caddenholm and Esklow ICB"
DIST = ["Amblethorpe", "Dalesby", "Holgarth", "Rothersby", "Scarrowdale", "Wensby Moor"]
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


def chg(new, old):
    return round((new / old - 1) * 100, 1)


def slug(s, n=18):
    return re.sub(r"\W+", "_", s.lower()).strip("_")[:n].strip("_")


class Pack:
    def __init__(self, name):
        self.name = name
        self.lines: list[str] = []
        OUT[name] = self.lines

    def add(self, line=""):
        self.lines.append(line.rstrip(" "))
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

    # ---- python-docx: a paragraph is one line; a table row is its cells joined by TABs
    def para(self, text=""):
        return self.add(text)

    def row(self, cells):
        """One docx table row: cells joined by TAB; a line break inside a cell continues the row on the next
        physical line.  Returns each cell's physical line index."""
        joined = "\t".join(cells)
        start = len(self.lines)
        for part in joined.split("\n"):
            self.lines.append(part)
        idx, pos = [], 0
        for c in cells:
            idx.append(start + joined[:pos].count("\n"))
            pos += len(c) + 1
        return idx


# =====================================================================================================
# Pack 1: HWB 14 October 2026 (python-docx text of the council's Word report)
# =====================================================================================================
H = Pack("caddenholm_hwb_2026-10-14.txt")
P = H.para

LE = [  # area, LE male, LE female, HLE male, HLE female (2022-24)
    ("Amblethorpe", 79.9, 83.4, 62.8, 63.5),
    ("Dalesby", 78.6, 82.5, 59.4, 60.8),
    ("Holgarth", 80.4, 84.0, 64.1, 64.9),
    ("Rothersby", 77.2, 81.3, 56.3, 57.9),
    ("Scarrowdale", 78.9, 82.8, 60.2, 61.4),
    ("Wensby Moor", 81.3, 84.6, 65.7, 66.2),
    (CAD, 79.4, 83.0, 61.1, 62.0),
    (YH, 78.1, 82.0, 59.7, 60.2),
    (ENG, 79.1, 83.1, 61.5, 61.9),
]
LEL = {r[0]: r for r in LE}
GAP = [  # area, (most deprived, least deprived) male, female; None = '..'
    ("Amblethorpe", (75.8, 84.1), (80.2, 86.5)),
    ("Dalesby", (73.9, 83.4), (78.6, 85.9)),
    ("Holgarth", (76.9, 84.6), (81.1, 87.0)),
    ("Rothersby", (72.4, 82.6), (77.4, 85.6)),
    ("Scarrowdale", (74.6, 83.2), (79.3, 86.1)),
    ("Wensby Moor", (78.2, 84.9), (82.0, 87.2)),
    (CAD, (74.4, 83.6), (79.2, 86.5)),
    (ENG, None, None),
]
ENG_GAP = (9.7, 7.9)
WD = [  # code, area, walking %, PM2.5, employment %, TA per 1,000 (None = '*'), fuel poverty %
    ("E07000311", "Amblethorpe", 18.2, 6.4, 75.8, 1.4, 11.6),
    ("E07000312", "Dalesby", 15.1, 7.5, 72.4, 2.6, 13.9),
    ("E07000313", "Holgarth", 20.4, 5.9, 77.1, 2.1, 10.7),
    ("E07000314", "Rothersby", 13.8, 8.1, 69.8, 3.4, 15.6),
    ("E07000315", "Scarrowdale", 16.7, 7.0, 73.5, 1.9, 12.8),
    ("E07000316", "Wensby Moor", 22.3, 5.4, 78.6, None, 9.8),
    ("E10000091", CAD, 17.6, 6.8, 74.2, 2.0, 12.5),
    ("E12000003", YH, 16.4, 7.4, 73.6, 2.2, 14.1),
    ("E92000001", ENG, 22.1, 7.6, 75.7, 4.4, 11.4),
]
WDL = {r[1]: r for r in WD}
WDI = [  # key, measure, keywords, period, unit, header cell
    ("walk", "Adults walking for travel at least three days a week", ["walking"], "2024/25", "%",
     "Walking for travel, 3+ days a week\n(%, 2024/25)"),
    ("pm", "Fine particulate matter (PM2.5) annual mean", ["pm2.5", "particulate"], "2024", "µg/m³",
     "Fine particulate matter PM2.5\n(µg/m³, 2024)"),
    ("emp", "Employment rate, aged 16-64", ["employment"], "2025/26", "%",
     "Employment rate, aged 16-64\n(%, 2025/26)"),
    ("ta", "Households in temporary accommodation per 1,000", ["temporary accommodation"], "2025/26", "per 1,000",
     "Households in temporary accommodation\n(per 1,000, 2025/26)"),
    ("fuel", "Households in fuel poverty", ["fuel poverty"], "2024", "%", "Fuel poverty\n(% of households, 2024)"),
]
BCF = [  # label as printed (may hold a line break), name, keywords, 2025/26 (None = '-'), 2026/27, notes
    ("Reablement and rehabilitation (up to 6 weeks)", "Reablement and rehabilitation", ["reablement"], 9840, 10260,
     ""),
    ("Discharge to assess", "Discharge to assess", ["discharge to assess"], 7420, 7715, ""),
    ("Home care capacity", "Home care capacity", ["home care"], 21360, 22480, ""),
    ("Care home support and trusted assessors", "Care home support and trusted assessors", ["care home"], 4210, 4150,
     "Trusted assessor posts reduced from 9 to 8"),
    ("Carers' support and short breaks", "Carers' support and short breaks", ["carers"], 2680, 2790, ""),
    ("Assistive technology and equipment", "Assistive technology and equipment", ["assistive technology",
                                                                                 "equipment"], 3150, 3310, ""),
    ("Disabled Facilities Grant\n(capital)", "Disabled Facilities Grant", ["disabled facilities"], 6930, 7230,
     "Capital grant"),
    ("Urgent community response (2 hours)", "Urgent community response", ["urgent community response"], 3560, 3720,
     ""),
    ("Integrated neighbourhood teams", "Integrated neighbourhood teams", ["neighbourhood teams"], None, 2150,
     "New scheme"),
]
BT = (sum(r[3] or 0 for r in BCF), sum(r[4] for r in BCF))
BCF.append(("Total pooled budget", "Total pooled budget", ["total", "pooled"], *BT, ""))
POP, OVER65 = 612480, 24.6


def gbp(x):
    return f"-£{abs(x):,}" if x < 0 else f"£{x:,}"


def sgn1(x):
    return f"-{abs(x):.1f}" if x < 0 else f"{x:.1f}"


bcf_m = (f"£{BT[0] / 1000:.1f}m", f"£{BT[1] / 1000:.1f}m")
bcf_inc_m = f"£{(BT[1] - BT[0]) / 1000:.1f}m"
bcf_inc_pct = chg(BT[1], BT[0])

for x in ["Caddenholm County Council", "", "Health and Wellbeing Board", "", "Wednesday 14 October 2026", "",
          "Agenda item 6", "",
          "Joint Strategic Needs Assessment 2026: life expectancy, inequalities and the wider determinants of health; "
          "Better Care Fund plan 2026/27", "",
          "Report of the Director of Public Health and the Director of Adult Social Care", "",
          "Contact officer: Imelda Forsgate, Public Health Intelligence Manager, tel. 01632 960 417, "
          "email jsna@caddenholm.gov.uk", "",
          "Recommendations", "",
          "The Board is asked to:",
          "note the JSNA chapter on life expectancy and the wider determinants of health;",
          "approve the Better Care Fund plan 2026/27 for submission to NHS England by 31 October 2026;",
          "ask for a further report on the 3 priority districts in 6 months.", "",
          "1. Purpose of the report", "",
          "1.1 This report presents the 2026 chapter of the Joint Strategic Needs Assessment (JSNA) on life expectancy, "
          "healthy life expectancy and the wider determinants of health in Caddenholm (area code E10000091), and the "
          "Better Care Fund (BCF) plan for 2026/27. The full chapter is published at "
          "https://www.caddenholm.gov.uk/jsna/2026/chapter-3 and the data are in Appendix 2.", "",
          "1.2 The Board last considered the JSNA on 15 April 2026 (minute 27) and agreed the 5 priorities in the Joint "
          "Local Health and Wellbeing Strategy 2024-2029.", "",
          "Key figures", ""]:
    P(x)
KEY = [
    ("kf_pop", "headline", "mid-2025", "Residents (mid-2025 estimate)", ["residents"], f0(POP), "count",
     f"Residents (mid-2025 estimate): {f0(POP)}"),
    ("kf_65", "headline", "mid-2025", "Residents aged 65 and over", ["aged 65"], f"{OVER65}%", "%",
     f"Residents aged 65 and over: {OVER65}% of the population"),
    ("kf_le_m", "life_expectancy", "2022-24", "Life expectancy at birth, males", ["life expectancy", "males"],
     f"{LEL[CAD][1]}", "years",
     f"Life expectancy at birth, males: {LEL[CAD][1]} years (England {LEL[ENG][1]})"),
    ("kf_le_f", "life_expectancy", "2022-24", "Life expectancy at birth, females", ["life expectancy", "females"],
     f"{LEL[CAD][2]}", "years",
     f"Life expectancy at birth, females: {LEL[CAD][2]} years (England {LEL[ENG][2]})"),
    ("kf_bcf", "bcf", "2026/27", "Better Care Fund pooled budget", ["pooled", "better care fund"], bcf_m[1], "£m",
     f"Better Care Fund pooled budget 2026/27: {bcf_m[1]}"),
]
for k in KEY:
    P(k[7])
for fid, ds, per, meas, kw, printed, unit, text in KEY:
    H.fact(fid, ds, CAD, per, meas, kw, printed, unit, text)
H.fact("kf_le_m_eng", "life_expectancy", ENG, "2022-24", "Life expectancy at birth, males", ["life expectancy", "males"],
       f"{LEL[ENG][1]}", "years", f"Life expectancy at birth, males: {LEL[CAD][1]} years")
H.fact("kf_le_f_eng", "life_expectancy", ENG, "2022-24", "Life expectancy at birth, females",
       ["life expectancy", "females"], f"{LEL[ENG][2]}", "years", f"Life expectancy at birth, females: {LEL[CAD][2]}")

# ---- section 2: life expectancy
gm = round(LEL["Wensby Moor"][1] - LEL["Rothersby"][1], 1)
gf = round(LEL["Wensby Moor"][2] - LEL["Rothersby"][2], 1)
P("")
P("2. Life expectancy and healthy life expectancy")
P("")
P(f"2.1 Life expectancy at birth in Caddenholm is {LEL[CAD][1]} years for men (Yorkshire and the Humber "
  f"{LEL[YH][1]}; England {LEL[ENG][1]}) and {LEL[CAD][2]} years for women (Yorkshire and the Humber {LEL[YH][2]}; "
  f"England {LEL[ENG][2]}), 2022-24. Healthy life expectancy is {LEL[CAD][3]} years for men and {LEL[CAD][4]} "
  f"years for women (England {LEL[ENG][3]} and {LEL[ENG][4]}).")
s21 = len(H.lines) - 1
P("")
P(f"2.2 Men in Wensby Moor live {gm} years longer than men in Rothersby; for women the difference is {gf} years. "
  f"Healthy life expectancy ranges from {LEL['Rothersby'][3]} years for men in Rothersby to {LEL['Wensby Moor'][3]} "
  "years for men in Wensby Moor, so men in Rothersby spend about 21 years of their lives in poor health.")
s22 = len(H.lines) - 1
P("")
cap1 = "Table 1: Life expectancy and healthy life expectancy at birth by district, 2022-24 (years)"
H.row([cap1] * 5)
H.row(["Area", "Life expectancy", "Life expectancy", "Healthy life expectancy", "Healthy life expectancy"])
H.row(["Area", "Male", "Female", "Male", "Female"])
for r in LE:
    lab = {CAD: "Caddenholm\n(county)", YH: "Yorkshire and the Humber\n(region)"}.get(r[0], r[0])
    idx = H.row([lab] + [f"{x:.1f}" for x in r[1:]])
    p = slug(r[0])
    for k, (key, meas, kw) in enumerate([("m", "Male life expectancy", ["male"]),
                                         ("f", "Female life expectancy", ["female"]),
                                         ("hm", "Male healthy life expectancy", ["healthy life expectancy"]),
                                         ("hf", "Female healthy life expectancy", ["healthy life expectancy"])]):
        H.at(idx[k + 1], f"le_{p}_{key}", "life_expectancy", r[0], "2022-24", meas, kw, f"{r[k + 1]:.1f}", "years")
P("Source: ONS, Health state life expectancies, 2022 to 2024 (released 4 December 2025); OHID Fingertips indicator "
  "A01a.")
P("")
a21 = H.lines[s21]
for fid, area, meas, kw, v in [
    ("le_p_cad_m", CAD, "Life expectancy at birth, men", ["life expectancy", "men"], LEL[CAD][1]),
    ("le_p_yh_m", YH, "Life expectancy at birth, men", ["life expectancy", "men"], LEL[YH][1]),
    ("le_p_eng_m", ENG, "Life expectancy at birth, men", ["life expectancy", "men"], LEL[ENG][1]),
    ("le_p_cad_f", CAD, "Life expectancy at birth, women", ["life expectancy", "women"], LEL[CAD][2]),
    ("le_p_yh_f", YH, "Life expectancy at birth, women", ["life expectancy", "women"], LEL[YH][2]),
    ("le_p_eng_f", ENG, "Life expectancy at birth, women", ["life expectancy", "women"], LEL[ENG][2]),
    ("hle_p_cad_m", CAD, "Healthy life expectancy, men", ["healthy life expectancy"], LEL[CAD][3]),
    ("hle_p_cad_f", CAD, "Healthy life expectancy, women", ["healthy life expectancy"], LEL[CAD][4]),
    ("hle_p_eng_m", ENG, "Healthy life expectancy, men", ["healthy life expectancy"], LEL[ENG][3]),
    ("hle_p_eng_f", ENG, "Healthy life expectancy, women", ["healthy life expectancy"], LEL[ENG][4]),
]:
    H.at(s21, fid, "life_expectancy", area, "2022-24", meas, kw, f"{v}", "years")
H.at(s22, "le_p_gap_dist_m", "life_expectancy", "Wensby Moor", "2022-24",
     "Years longer men in Wensby Moor live than men in Rothersby", ["longer", "men"], f"{gm}", "years")
H.at(s22, "le_p_gap_dist_f", "life_expectancy", "Wensby Moor", "2022-24",
     "Difference in life expectancy, women in Wensby Moor and Rothersby", ["difference", "women"], f"{gf}", "years")
H.at(s22, "hle_p_roth_m", "life_expectancy", "Rothersby", "2022-24", "Healthy life expectancy, men",
     ["healthy life expectancy"], f"{LEL['Rothersby'][3]}", "years")
H.at(s22, "hle_p_wens_m", "life_expectancy", "Wensby Moor", "2022-24", "Healthy life expectancy, men",
     ["healthy life expectancy"], f"{LEL['Wensby Moor'][3]}", "years")

# ---- gap between most and least deprived, district merged down its two rows
GL = {g[0]: g for g in GAP}
cg = (round(GL[CAD][1][1] - GL[CAD][1][0], 1), round(GL[CAD][2][1] - GL[CAD][2][0], 1))
P(f"2.3 The gap in life expectancy between the most and least deprived tenths of Caddenholm is {cg[0]} years for "
  f"men and {cg[1]} years for women (England {ENG_GAP[0]} and {ENG_GAP[1]}). Table 2 shows the gap in each district; "
  "figures for England by tenth are not published for this period (..).")
s23 = len(H.lines) - 1
H.at(s23, "gap_p_cad_m", "life_expectancy", CAD, "2022-24", "Gap in life expectancy, most v least deprived, men",
     ["gap"], f"{cg[0]}", "years")
H.at(s23, "gap_p_cad_f", "life_expectancy", CAD, "2022-24", "Gap in life expectancy, most v least deprived, women",
     ["gap"], f"{cg[1]}", "years")
H.at(s23, "gap_p_eng_m", "life_expectancy", ENG, "2022-24", "Gap in life expectancy, most v least deprived, men",
     ["gap"], f"{ENG_GAP[0]}", "years")
H.at(s23, "gap_p_eng_f", "life_expectancy", ENG, "2022-24", "Gap in life expectancy, most v least deprived, women",
     ["gap"], f"{ENG_GAP[1]}", "years")
P("")
P("Table 2: Life expectancy in the most and least deprived tenths (deciles) of each area, 2022-24 (years)")
H.row(["Area", "Sex", "Most deprived tenth", "Least deprived tenth", "Gap"])
for area, m, f in GAP:
    for sx, pair, eg in (("Male", m, ENG_GAP[0]), ("Female", f, ENG_GAP[1])):
        lab = "Caddenholm (county)" if area == CAD else area
        if pair is None:
            idx = H.row([lab, sx, "..", "..", f"{eg:.1f}"])
            gp = eg
        else:
            gp = round(pair[1] - pair[0], 1)
            idx = H.row([lab, sx, f"{pair[0]:.1f}", f"{pair[1]:.1f}", f"{gp:.1f}"])
        p, s = slug(area), sx[0].lower()
        sexw = "male" if sx == "Male" else "female"
        if pair is not None:
            H.at(idx[2], f"dep_{p}_{s}_most", "life_expectancy", area, "2022-24",
                 f"{sx} life expectancy, most deprived tenth", ["most deprived"], f"{pair[0]:.1f}", "years")
            H.at(idx[3], f"dep_{p}_{s}_least", "life_expectancy", area, "2022-24",
                 f"{sx} life expectancy, least deprived tenth", ["least deprived"], f"{pair[1]:.1f}", "years")
        H.at(idx[4], f"dep_{p}_{s}_gap", "life_expectancy", area, "2022-24",
             f"Gap in {sexw} life expectancy, most v least deprived", ["gap"], f"{gp:.1f}", "years")
P("Note: the gap is the difference between the least and the most deprived tenth of small areas (LSOAs, IMD 2019) in "
  "each area. .. = not available.")
P("")

# ---- section 3: wider determinants
P("3. Wider determinants of health")
P("")
P(f"3.1 Employment is lowest in Rothersby ({WDL['Rothersby'][4]}%; Caddenholm {WDL[CAD][4]}%, England "
  f"{WDL[ENG][4]}%). Fuel poverty ranges from {WDL['Wensby Moor'][6]}% of households in Wensby Moor to "
  f"{WDL['Rothersby'][6]}% in Rothersby (Yorkshire and the Humber {WDL[YH][6]}%).")
s31 = len(H.lines) - 1
for fid, area, ind, k in [("wd_p_emp_roth", "Rothersby", "emp", 4), ("wd_p_emp_cad", CAD, "emp", 4),
                          ("wd_p_emp_eng", ENG, "emp", 4), ("wd_p_fuel_wens", "Wensby Moor", "fuel", 6),
                          ("wd_p_fuel_roth", "Rothersby", "fuel", 6), ("wd_p_fuel_yh", YH, "fuel", 6)]:
    meas = {"emp": ("Employment rate", ["employment"], "2025/26"),
            "fuel": ("Households in fuel poverty", ["fuel poverty"], "2024")}[ind]
    H.at(s31, fid, "wider_determinants", area, meas[2], meas[0], meas[1], f"{WDL[area][k]}%", "%")
P("")
fpp = round(WDL["Rothersby"][6] - WDL[CAD][6], 1)
P(f"3.2 Rothersby has {WDL['Rothersby'][5]} households per 1,000 in temporary accommodation (Caddenholm "
  f"{WDL[CAD][5]}; England {WDL[ENG][5]}); the figure for Wensby Moor is suppressed (*) because fewer than 10 "
  f"households were placed. Fuel poverty in Rothersby is {fpp} percentage points above the county average. Fine "
  f"particulate matter is highest in Rothersby ({WDL['Rothersby'][3]} µg/m³) and lowest in Wensby Moor "
  f"({WDL['Wensby Moor'][3]} µg/m³).")
s32 = len(H.lines) - 1
for fid, area, k, ind in [("wd_p_ta_roth", "Rothersby", 5, "ta"), ("wd_p_ta_cad", CAD, 5, "ta"),
                          ("wd_p_ta_eng", ENG, 5, "ta"), ("wd_p_pm_roth", "Rothersby", 3, "pm"),
                          ("wd_p_pm_wens", "Wensby Moor", 3, "pm")]:
    d = {w[0]: w for w in WDI}[ind]
    H.at(s32, fid, "wider_determinants", area, d[3], d[1], d[2], f"{WDL[area][k]}", d[4])
H.at(s32, "wd_p_fuel_pp", "wider_determinants", "Rothersby", "2024",
     "Fuel poverty gap to the county (percentage points)", ["fuel poverty", "percentage points"], f"{fpp}",
     "percentage points")
P("")
cap3 = "Table 3: Wider determinants of health by district, with Caddenholm, Yorkshire and the Humber and England"
H.row([cap3] * 7)
H.row(["Code", "Area"] + [w[5] for w in WDI])
for r in WD:
    lab = {CAD: "Caddenholm\n(county)", YH: "Yorkshire and the Humber\n(region)"}.get(r[1], r[1])
    cells = [r[0], lab] + ["*" if x is None else f"{x:.1f}" for x in r[2:]]
    idx = H.row(cells)
    for k, (key, meas, kw, per, unit, _) in enumerate(WDI):
        x = r[2 + k]
        if x is not None:
            H.at(idx[2 + k], f"wd_{slug(r[1])}_{key}", "wider_determinants", r[1], per, meas, kw, f"{x:.1f}", unit)
P("* = suppressed (fewer than 10 households). Sources: OHID Wider Determinants of Health profile "
  "(https://fingertips.phe.org.uk/profile/wider-determinants#page/1/gid/1938133043/ati/502); ONS Annual Population "
  "Survey; DESNZ sub-regional fuel poverty 2024; DEFRA background maps 2024.")
P("")

# ---- section 4: BCF
P("4. Better Care Fund plan 2026/27")
P("")
new = BCF[8]
P(f"4.1 The BCF pooled budget for 2026/27 is {bcf_m[1]}, an increase of {bcf_inc_m} ({bcf_inc_pct}%) on 2025/26 "
  f"({bcf_m[0]}). It includes one new scheme, integrated neighbourhood teams (£{new[4]:,}k), funded from the NHS "
  "minimum contribution uplift of 5.66% set out in the BCF Policy Framework 2025 to 2027.")
s41 = len(H.lines) - 1
P("")
hc = chg(BCF[2][4], BCF[2][3])
P(f"4.2 Home care capacity remains the largest scheme at {gbp(BCF[2][4])}k, {hc}% more than in 2025/26, "
  "reflecting the 2026/27 fee uplift agreed by Cabinet on 22 July 2026.")
s42 = len(H.lines) - 1
P("")
H.row(["Table 4: Better Care Fund plan by scheme, 2025/26 and 2026/27"] * 6)
H.row(["Scheme", "Plan (£000)", "Plan (£000)", "Change", "Change", "Notes"])
H.row(["Scheme", "2025/26", "2026/27", "£000", "%", "Notes"])
for lab, name, kw, a, b, note in BCF:
    d = b - (a or 0)
    cells = [lab, "-" if a is None else gbp(a), gbp(b), gbp(d), "n/a" if a is None else sgn1(chg(b, a)), note]
    idx = H.row(cells)
    p = slug(name)
    if a is not None:
        H.at(idx[1], f"bcf_{p}_2526", "bcf", CAD, "2025/26", name, kw, cells[1], "£k")
    H.at(idx[2], f"bcf_{p}_2627", "bcf", CAD, "2026/27", name, kw, cells[2], "£k")
    H.at(idx[3], f"bcf_{p}_chgk", "bcf", CAD, "2026/27", f"{name} change on 2025/26 (£000)", ["change"], cells[3],
         "£k")
    if a is not None:
        H.at(idx[4], f"bcf_{p}_chgp", "bcf", CAD, "2026/27", f"{name} change on 2025/26 (%)", ["change"], cells[4],
             "%")
P("")
P("Source: Caddenholm BCF planning template 2026/27 (version 3, submitted 30 September 2026).")
P("")
H.at(s41, "bcf_p_total_2627", "bcf", CAD, "2026/27", "Better Care Fund pooled budget", ["pooled"], bcf_m[1], "£m")
H.at(s41, "bcf_p_inc", "bcf", CAD, "2026/27", "Better Care Fund pooled budget increase on 2025/26",
     ["increase", "pooled"], bcf_inc_m, "£m")
H.at(s41, "bcf_p_inc_pct", "bcf", CAD, "2026/27", "Better Care Fund pooled budget increase on 2025/26 (%)",
     ["increase", "pooled"], f"{bcf_inc_pct}%", "%")
H.at(s41, "bcf_p_total_2526", "bcf", CAD, "2025/26", "Better Care Fund pooled budget", ["pooled"], bcf_m[0], "£m")
H.at(s41, "bcf_p_int", "bcf", CAD, "2026/27", "Integrated neighbourhood teams", ["neighbourhood teams"],
     f"£{new[4]:,}k", "£k")
H.at(s42, "bcf_p_home", "bcf", CAD, "2026/27", "Home care capacity", ["home care"], f"{gbp(BCF[2][4])}k", "£k")
H.at(s42, "bcf_p_home_chg", "bcf", CAD, "2026/27", "Home care capacity change on 2025/26 (%)", ["home care", "change"],
     f"{hc}%", "%")
for x in ["5. Next steps", "",
          "5.1 The next JSNA chapter, on children and young people, is due at the Board on 10 March 2027. Questions "
          "about this report may be sent to jsna@caddenholm.gov.uk or raised at the JSNA steering group (room 2.14, "
          "County Hall, Caddenholm CD1 4HW).", "",
          "Background papers: Health and Wellbeing Board, 15 April 2026, item 5; BCF Policy Framework 2025 to 2027."]:
    P(x)

# =====================================================================================================
# Pack 2: ICB board 28 October 2026 (pdftotext -layout of the Integrated Performance Report)
# =====================================================================================================
I = Pack("caddenholm_icb_2026-10-28.txt")
W = 118
NPAGES = 6
page = [1]
FF = [False]


def header():
    left, right = "Caddenholm and Esklow Integrated Care Board", "Integrated Performance Report | Month 5 2026/27"
    I.add(("\f" if FF[0] else "") + "  " + left + " " * (W - len(left) - len(right) - 2) + right)
    FF[0] = False
    I.add("")


def footer():
    I.add("")
    I.add("")
    left, mid, right = "Board meeting in public, 28 October 2026", "OFFICIAL", f"Page {page[0]} of {NPAGES}"
    gap = (W - len(left) - len(mid) - len(right) - 2) // 2
    I.add("  " + left + " " * gap + mid + " " * (W - 2 - len(left) - gap - len(mid) - len(right)) + right)
    page[0] += 1
    FF[0] = True  # pdftotext ends each page with a form feed: the next page's first line starts with it


def iprose(num_, text, width=100):
    """A numbered paragraph as pdftotext -layout keeps it: number at the margin, text indented."""
    ls = textwrap.wrap(" ".join(text.split()), width)
    first = I.add(f"  {num_:<6}{ls[0]}")
    for x in ls[1:]:
        I.add(f"        {x}")
    I.add("")
    return first


def ifact(fid, dataset, area, period, measure, kw, printed, unit, anchor, rag=None):
    I.fact(fid, dataset, area, period, measure, kw, printed, unit, anchor, rag)


# ---- data: QIPP (£000)
Q = [  # label lines, name, annual plan, plan to date, actual to date, forecast, RAG
    (["Elective recovery and outpatient", "transformation"], "Elective recovery and outpatient transformation",
     6240, 2480, 2105, 5610, "Amber"),
    (["Medicines optimisation"], "Medicines optimisation", 5120, 2130, 2244, 5260, "Green"),
    (["Continuing healthcare review"], "Continuing healthcare review", 4380, 1825, 1102, 3150, "Red"),
    (["Urgent care flow and length of stay"], "Urgent care flow and length of stay", 3960, 1650, 1488, 3720, "Amber"),
    (["Workforce: agency and bank reduction"], "Workforce: agency and bank reduction", 4850, 2020, 2186, 5010,
     "Green"),
    (["Estates and facilities"], "Estates and facilities", 1740, 725, 310, 980, "Red"),
    (["Corporate and back office"], "Corporate and back office", 1250, 520, 520, 1250, "Green"),
    (["Procurement and non-pay"], "Procurement and non-pay", 2060, 860, 795, 1930, "Amber"),
]
QT = tuple(sum(r[k] for r in Q) for k in (2, 3, 4, 5))
Q.append((["Total efficiency programme"], "Total efficiency programme", *QT, "Amber"))
q_short = QT[0] - QT[3]


def acc(x):
    return f"({abs(x):,})" if x < 0 else f"{x:,}"


# ---- primary care (£000): forecast - budget, over positive, (under) bracketed
PC = [
    ("Global sum (£112.76 per weighted patient)", "Global sum", ["global sum"], 78420, 79160),
    ("Quality and Outcomes Framework (QOF)", "Quality and Outcomes Framework", ["quality and outcomes", "qof"],
     11280, 11280),
    ("Enhanced services incl. enhanced access", "Enhanced services", ["enhanced services"], 6940, 7215),
    ("Premises reimbursements (rent and rates)", "Premises reimbursements", ["premises"], 10610, 10455),
    ("Dispensing and prescribing fees", "Dispensing and prescribing fees", ["dispensing"], 3120, 3240),
    ("Network DES participation (£1.761 per weighted patient)", "Network DES participation", ["network des"], 1340,
     1340),
    ("Other GP services (locum, seniority, sickness)", "Other GP services", ["other gp"], 2480, 2395),
]
PCT = (sum(r[3] for r in PC), sum(r[4] for r in PC))
PC.append(("Total delegated budget", "Total delegated primary medical care budget", ["total", "delegated"], *PCT))
pc_over = PCT[1] - PCT[0]

# ---- ARRS by PCN (£000)
ARRS = [("Amblethorpe and Villages PCN", 1862, 742), ("Dalesby PCN", 1475, 598), ("Holgarth Central PCN", 1318, 561),
        ("Holgarth Rural PCN", 1094, 402), ("Rothersby Town PCN", 1690, 733), ("Scarrowdale North PCN", 1226, 455),
        ("Scarrowdale South PCN", 1148, 487), ("Wensby Moor PCN", 1387, 570)]
AT = (sum(r[1] for r in ARRS), sum(r[2] for r in ARRS))
ARRS.append(("Total Caddenholm", *AT))
a_pct = round(AT[1] / AT[0] * 100, 1)

# ---- GP workforce
GP = [("Amblethorpe", 104820, 51.6), ("Dalesby", 88410, 39.8), ("Holgarth", 121560, 63.2),
      ("Rothersby", 97230, 38.1), ("Scarrowdale", 112940, 50.4), ("Wensby Moor", 84610, 44.3)]
GPT = (sum(r[1] for r in GP), round(sum(r[2] for r in GP), 1))
GP.append(("Caddenholm total", *GPT))
ENG_GP_RATE = 0.45
YEARS = ["2023/24", "2024/25", "2025/26", "2026/27", "2027/28", "2028/29"]
KIND = ["Actual", "Actual", "Actual", "Forecast", "Plan", "Plan"]
TF = [272.8, 276.1, 281.5, 289.0, 294.0, 301.5]
TP = [598140, 602380, 606950, 611200, 614800, 618300]
traj_add = round(TF[-1] - TF[3], 1)

# ---- performance panels
SCI, SCC, CC = "Special cause improving", "Special cause concerning", "Common cause"
CF, HM, CP, NT = "Consistently fail", "Hit and miss", "Consistently pass", "-"
PANELS = [  # title, short name, keywords, unit, latest, target (str if not a number), previous, months, var, assurance
    ("A&E: patients seen within 4 hours (%)", "A&E 4 hours", ["a&e", "4 hours"], "%", 74.1, 78.0, 73.2, 0, SCI, HM),
    ("Ambulance: category 2 mean response time (minutes)", "Category 2 response", ["ambulance", "category 2"],
     "min", 36.2, 30.0, 38.4, 0, CC, CF),
    ("A&E: patients over 12 hours in the department", "12 hours in A&E", ["12 hours"], "count", 1412, "-", 1308, 0,
     SCC, NT),
    ("General and acute bed occupancy (%)", "Bed occupancy", ["bed occupancy"], "%", 93.8, 92.0, 94.1, 0, CC, CF),
    ("Patients not meeting the criteria to reside (daily average)", "No criteria to reside",
     ["criteria to reside"], "count", 186, 150, 201, 0, SCI, HM),
    ("RTT: patients waiting under 18 weeks (%)", "RTT 18 weeks", ["rtt", "18 weeks"], "%", 58.7, 65.0, 58.1, 0, SCI,
     CF),
    ("RTT: patients waiting over 52 weeks", "52-week waits", ["52 weeks"], "count", 2315, 1000, 2482, 0, SCI, CF),
    ("RTT: total waiting list", "Waiting list", ["waiting list"], "count", 98412, 95000, 97960, 0, SCC, CF),
    ("Diagnostics: patients waiting over 6 weeks (%)", "Diagnostics 6 weeks", ["diagnostics", "6 weeks"], "%", 18.4,
     5.0, 19.9, 0, CC, CF),
    ("Cancer: Faster Diagnosis Standard, 28 days (%)", "Cancer 28 days (FDS)", ["faster diagnosis", "cancer"], "%",
     79.2, 80.0, 77.6, 1, SCI, HM),
    ("Cancer: 62-day referral to treatment (%)", "Cancer 62 days", ["62-day", "cancer"], "%", 68.9, 75.0, 70.3, 1, CC,
     CF),
    ("Cancer: 31-day decision to treat to treatment (%)", "Cancer 31 days", ["31-day", "cancer"], "%", 92.4, 96.0,
     94.0, 1, CC, HM),
    ("Talking therapies: reliable recovery (%)", "Talking therapies recovery", ["talking therapies", "recovery"], "%",
     48.6, 48.0, 47.9, 0, CC, HM),
    ("Dementia diagnosis rate, aged 65+ (%)", "Dementia diagnosis 65+", ["dementia"], "%", 63.2, 66.7, 63.0, 0, CC,
     CF),
    ("Inappropriate out of area placements (bed days)", "Out of area bed days", ["out of area"], "count", 1184, 600,
     1046, 0, SCC, CF),
    ("Children and young people accessing mental health services (rolling 12 months)", "CYP access",
     ["children", "mental health"], "count", 8412, 8100, 8355, 0, SCI, CP),
    ("GP appointments in the month", "GP appointments", ["appointments"], "count", 412806, "n/a", 398215, 0, SCI, NT),
    ("GP appointments within 2 weeks of booking (%)", "Within 2 weeks of booking", ["2 weeks"], "%", 84.1, 85.0,
     83.6, 0, CC, HM),
]
MONTHS = [("Aug-26", "August 2026", "Jul-26", "July 2026"), ("Jul-26", "July 2026", "Jun-26", "June 2026")]


def pv(x, unit):
    if isinstance(x, str):
        return x
    return f"{x:.1f}%" if unit == "%" else f"{x:.1f}" if unit == "min" else f0(x)


def panel_row(panels, colw=40, lead=2):
    """Two or three MDC panels printed abreast: each panel's title (wrapped), its month, then key-value lines."""
    titles = [textwrap.wrap(p[0], colw - 4) for p in panels]
    nt = max(len(t) for t in titles)
    blocks = []
    for p, t in zip(panels, titles):
        unit = p[3]
        m = MONTHS[p[7]]
        kv = [("Latest", pv(p[4], unit)), ("Target", pv(p[5], unit)), ("Previous", pv(p[6], unit)),
              ("Variation", p[8]), ("Assurance", p[9])]
        b = t + [""] * (nt - len(t)) + [m[0] + " (previous " + m[2] + ")"] + [f"{k:<11}{v}" for k, v in kv]
        blocks.append(b)
    idx = []
    for k in range(len(blocks[0])):
        line = " " * lead
        for c, b in enumerate(blocks):
            line = line.ljust(lead + c * (colw + 3)) + b[k]
        idx.append(I.add(line))
        if k == nt:
            I.add("")
    I.add("")
    I.add("")
    # the key-value lines: Latest, Target, Previous follow the month line and a blank line
    base = idx[nt + 1]
    for p in panels:
        unit = p[3]
        m = MONTHS[p[7]]
        u = {"min": "minutes"}.get(unit, unit)
        s = slug(p[1], 14)
        I.at(base, f"ipr_{s}_latest", "performance", ICB, m[1], p[0], p[2], pv(p[4], unit), u)
        if not isinstance(p[5], str):
            I.at(base + 1, f"ipr_{s}_target", "performance", ICB, "2026/27", f"{p[0]} target", ["target"],
                 pv(p[5], unit), u)
        I.at(base + 2, f"ipr_{s}_prev", "performance", ICB, m[3], p[0], p[2], pv(p[6], unit), u)


# ---------------- page 1
header()
I.add("")
I.add("                                 Integrated Performance Report: August 2026 (Month 5 2026/27)")
I.add("")
for k, v in [("Meeting:", "ICB Board, meeting in public, Wednesday 28 October 2026, 1.30 pm, Esklow House"),
             ("Agenda item:", "9"), ("Paper reference:", "CEB/26/10/09"),
             ("Executive leads:", "Chief Delivery Officer; Chief Finance Officer"),
             ("Author:", "Head of Performance and Intelligence, tel. 01632 961 208"),
             ("Organisation code:", "E54000098 (ODS code 22K)"),
             ("Published:", "https://www.caddenholmesklow.icb.nhs.uk/about/board/2026-10-28/item-9")]:
    I.add(f"  {k:<20}{v}")
I.add("")
I.add("  1.    Executive summary")
I.add("")
nsci = sum(p[8] == SCI for p in PANELS)
nscc = sum(p[8] == SCC for p in PANELS)
ncc = sum(p[8] == CC for p in PANELS)
ncf = sum(p[9] == CF for p in PANELS)
ncp = sum(p[9] == CP for p in PANELS)
iprose("1.1", f"This report covers {len(PANELS)} indicators in the Making Data Count format. {nsci} show special "
       f"cause improving variation, {nscc} special cause concerning variation and {ncc} common cause variation; "
       f"{ncf} are consistently failing their target and {ncp} is consistently passing it (section 2).")
ae = PANELS[0]
iprose("1.2", f"A&E performance improved to {ae[4]}% of patients seen within 4 hours in August (July {ae[6]}%), "
       f"still short of the 2026/27 target of {ae[5]}%. The waiting list grew to {f0(PANELS[7][4])}, and "
       f"{f0(PANELS[6][4])} patients had waited over 52 weeks (target {f0(PANELS[6][5])} by March 2027).")
iprose("1.3", f"At month 5 the efficiency (QIPP) programme has delivered £{QT[2] / 1000:.1f}m against a plan to date "
       f"of £{QT[1] / 1000:.1f}m. The forecast outturn is £{QT[3] / 1000:.1f}m against the annual plan of "
       f"£{QT[0] / 1000:.1f}m, a shortfall of £{q_short / 1000:.1f}m; two schemes are rated red (section 4).")
iprose("1.4", f"The delegated primary medical care budget of £{PCT[0] / 1000:.1f}m is forecast to overspend by "
       f"£{pc_over:,}k. Caddenholm's eight primary care networks have claimed £{AT[1] / 1000:.1f}m of their "
       f"£{AT[0] / 1000:.1f}m ARRS allocation ({a_pct}%) after five months.")
iprose("1.5", f"Caddenholm had {GPT[1]} full-time equivalent (FTE) fully qualified GPs in June 2026, "
       f"{GPT[1] / GPT[0] * 1000:.2f} per 1,000 registered patients (England {ENG_GP_RATE:.2f}). The plan adds a "
       f"further {traj_add} FTE between 2026/27 and 2028/29.")
footer()

ifact("ex_ae_latest", "performance", ICB, "August 2026", "A&E patients seen within 4 hours", ["a&e", "4 hours"],
      f"{ae[4]}%", "%", f"improved to {ae[4]}%")
ifact("ex_ae_prev", "performance", ICB, "July 2026", "A&E patients seen within 4 hours", ["a&e", "4 hours"],
      f"{ae[6]}%", "%", f"(July {ae[6]}%)")
ifact("ex_ae_target", "performance", ICB, "2026/27", "A&E 4-hour target", ["target"], f"{ae[5]}%", "%",
      f"target of {ae[5]}%")
ifact("ex_wl", "performance", ICB, "August 2026", "RTT waiting list", ["waiting list"], f0(PANELS[7][4]), "count",
      f"grew to {f0(PANELS[7][4])}")
ifact("ex_52", "performance", ICB, "August 2026", "Patients waiting over 52 weeks", ["52 weeks"], f0(PANELS[6][4]),
      "count", f"{f0(PANELS[6][4])} patients had waited")
ifact("ex_52_target", "performance", ICB, "2026/27", "Patients waiting over 52 weeks target", ["target"],
      f0(PANELS[6][5]), "count", f"(target {f0(PANELS[6][5])} by")
ifact("ex_q_delivered", "qipp", ICB, "Month 5 2026/27", "QIPP delivered to date", ["delivered"],
      f"£{QT[2] / 1000:.1f}m", "£m", f"delivered £{QT[2] / 1000:.1f}m")
ifact("ex_q_plan", "qipp", ICB, "Month 5 2026/27", "QIPP plan to date", ["plan"], f"£{QT[1] / 1000:.1f}m", "£m",
      f"date of £{QT[1] / 1000:.1f}m")
ifact("ex_q_fcst", "qipp", ICB, "2026/27", "QIPP forecast outturn", ["forecast"], f"£{QT[3] / 1000:.1f}m", "£m",
      f"outturn is £{QT[3] / 1000:.1f}m")
ifact("ex_q_annual", "qipp", ICB, "2026/27", "QIPP annual plan", ["plan"], f"£{QT[0] / 1000:.1f}m", "£m",
      f"annual plan of £{QT[0] / 1000:.1f}m")
ifact("ex_q_short", "qipp", ICB, "2026/27", "QIPP shortfall against plan", ["shortfall"], f"£{q_short / 1000:.1f}m",
      "£m", f"shortfall of £{q_short / 1000:.1f}m")
ifact("ex_pc_budget", "primary_care_budgets", ICB, "2026/27", "Delegated primary medical care budget",
      ["budget", "delegated"], f"£{PCT[0] / 1000:.1f}m", "£m", f"budget of £{PCT[0] / 1000:.1f}m")
ifact("ex_pc_over", "primary_care_budgets", ICB, "2026/27", "Delegated primary care forecast overspend",
      ["overspend"], f"£{pc_over:,}k", "£k", f"overspend by £{pc_over:,}k")
ifact("ex_arrs_claimed", "pcn_budgets", CAD, "Month 5 2026/27", "ARRS claimed", ["claimed"],
      f"£{AT[1] / 1000:.1f}m", "£m", f"claimed £{AT[1] / 1000:.1f}m")
ifact("ex_arrs_alloc", "pcn_budgets", CAD, "2026/27", "ARRS allocation", ["allocation"], f"£{AT[0] / 1000:.1f}m",
      "£m", f"£{AT[0] / 1000:.1f}m ARRS")
ifact("ex_arrs_pct", "pcn_budgets", CAD, "Month 5 2026/27", "ARRS allocation claimed (%)", ["claimed"],
      f"{a_pct}%", "%", f"({a_pct}%)")
ifact("ex_gp_fte", "gp_workforce", CAD, "June 2026", "Fully qualified GPs (FTE)", ["gps", "fte"], f"{GPT[1]}", "FTE",
      f"had {GPT[1]} full-time")
ifact("ex_gp_rate", "gp_workforce", CAD, "June 2026", "GP FTE per 1,000 registered patients", ["per 1,000"],
      f"{GPT[1] / GPT[0] * 1000:.2f}", "per 1,000", f"{GPT[1] / GPT[0] * 1000:.2f} per 1,000")
ifact("ex_gp_rate_eng", "gp_workforce", ENG, "June 2026", "GP FTE per 1,000 registered patients", ["per 1,000"],
      f"{ENG_GP_RATE:.2f}", "per 1,000", f"(England {ENG_GP_RATE:.2f})")
ifact("ex_gp_add", "gp_workforce", CAD, "2028/29", "Further GP FTE planned by 2028/29", ["further", "fte"],
      f"{traj_add}", "FTE", f"further {traj_add} FTE")

# ---------------- page 2: SPC matrix
header()
I.add("  2.    Summary of variation and assurance")
I.add("")
iprose("2.1", "The matrix places each indicator by its variation (rows) and its assurance against the target "
       "(columns), using the latest 24 months of data. Indicators with no target appear in the last column. Icons "
       "are described in Appendix 1 and on page 7 of the NHS England guide (https://www.england.nhs.uk/"
       "publication/making-data-count/).")
cols = [CF, HM, CP, "No target"]
I.add("  Variation \\ Assurance       " + "".join(f"{c:<28}" for c in cols))
I.add("  " + "-" * 138)
for v in (SCI, CC, SCC):
    cells = [[p[1] for p in PANELS if p[8] == v and (p[9] == a if a != "No target" else p[9] == NT)] for a in cols]
    n = max(len(c) for c in cells)
    vw = v.split(" ", 2) if v != CC else ["Common cause"]
    vw = [" ".join(vw[:2]), vw[2]] if len(vw) == 3 else vw
    for k in range(max(n, len(vw))):
        line = "  " + (vw[k] if k < len(vw) else "").ljust(28)
        for c in cells:
            line += (c[k] if k < len(c) else "").ljust(28)
        I.add(line)
    I.add("  " + "-" * 138)
I.add("")
footer()

# ---------------- pages 3-5: panels
header()
I.add("  3.    Performance indicators")
I.add("")
I.add("  3.1   Urgent and emergency care")
I.add("")
panel_row(PANELS[0:3])
panel_row(PANELS[3:5])
I.add("  3.2   Elective care, diagnostics and cancer")
I.add("")
panel_row(PANELS[5:8])
panel_row(PANELS[8:9] + PANELS[9:10])
footer()
header()
I.add("  3.2   Elective care, diagnostics and cancer (continued; cancer data are one month in arrears)")
I.add("")
panel_row(PANELS[10:12])
I.add("  3.3   Mental health")
I.add("")
panel_row(PANELS[12:15])
I.add("  3.4   Primary care and children and young people")
I.add("")
panel_row(PANELS[15:18])
footer()

# ---------------- page 5: QIPP and primary care budget
header()
I.add("  4.    Finance: efficiency (QIPP) programme and delegated primary care")
I.add("")
iprose("4.1", "Table 4.1 shows each scheme's annual plan, its plan and actual savings to the end of August (month 5) "
       "and the forecast outturn. The forecast variance is the forecast less the annual plan; shortfalls are "
       "shown in brackets. The two red schemes are covered in paragraphs 4.3 and 4.4 of the Finance Committee "
       "report of 14 October 2026.")
I.add("  Table 4.1: Efficiency (QIPP) schemes, month 5 2026/27 (£000)")
I.add("")
QW = [40, 10, 10, 11, 11, 11, 8]


def qline(cells):
    s = "  " + cells[0].ljust(QW[0])
    for c, w in zip(cells[1:-1], QW[1:-1]):
        s += c.rjust(w)
    return s + "   " + cells[-1]


I.add(qline(["", "Annual", "Plan to", "Actual to", "Forecast", "Forecast", ""]))
I.add(qline(["Scheme", "plan", "date", "date", "outturn", "variance", "RAG"]))
I.add("")
for lab, name, a, b, c, d, rag in Q:
    for extra in lab[:-1]:
        I.add("  " + extra)
    var = d - a
    cells = [lab[-1], f"{a:,}", f"{b:,}", f"{c:,}", f"{d:,}", acc(var), rag]
    i = I.add(qline(cells))
    p = slug(name)
    for k, (key, meas, kw, per) in enumerate([
            ("plan", "annual plan", ["plan"], "2026/27"),
            ("plan_ytd", "plan to date", ["plan"], "Month 5 2026/27"),
            ("actual_ytd", "actual to date", ["actual"], "Month 5 2026/27"),
            ("forecast", "forecast outturn", ["forecast"], "2026/27"),
            ("var", "forecast variance", ["variance"], "2026/27")]):
        I.at(i, f"q_{p}_{key}", "qipp", ICB, per, f"{name} {meas}", kw, cells[1 + k], "£k",
             rag if key == "forecast" else None)
I.add("")
I.add("  Source: ICB efficiency tracker, month 5 (scheme codes EF01 to EF08).")
I.add("")
iprose("4.2", f"The ICB's delegated primary medical care budget for 2026/27 is £{PCT[0] / 1000:.1f}m (Table 4.2). "
       "The forecast overspend is mainly on the global sum after list growth of 1.2% since 1 January 2026.")
ifact("pc_p_budget", "primary_care_budgets", ICB, "2026/27", "Delegated primary medical care budget",
      ["budget", "delegated"], f"£{PCT[0] / 1000:.1f}m", "£m", f"2026/27 is £{PCT[0] / 1000:.1f}m")
I.add("  Table 4.2: Delegated primary medical care budget 2026/27, month 5 forecast (£000)")
I.add("")
PW = [58, 12, 12, 14]


def pline(cells):
    s = "  " + cells[0].ljust(PW[0])
    for c, w in zip(cells[1:], PW[1:]):
        s += c.rjust(w)
    return s


I.add(pline(["", "Annual", "Forecast", "Variance"]))
I.add(pline(["Budget line", "budget", "outturn", "over/(under)"]))
I.add("")
for lab, name, kw, a, b in PC:
    cells = [lab, f"{a:,}", f"{b:,}", acc(b - a)]
    i = I.add(pline(cells))
    p = slug(name)
    I.at(i, f"pc_{p}_budget", "primary_care_budgets", ICB, "2026/27", f"{name} annual budget", ["budget"],
         cells[1], "£k")
    I.at(i, f"pc_{p}_forecast", "primary_care_budgets", ICB, "2026/27", f"{name} forecast outturn", ["forecast"],
         cells[2], "£k")
    I.at(i, f"pc_{p}_var", "primary_care_budgets", ICB, "2026/27", f"{name} variance", ["variance"], cells[3], "£k")
footer()

# ---------------- page 6: ARRS, GP workforce, trajectory
header()
I.add("  5.    Primary care networks and the GP workforce in Caddenholm")
I.add("")
iprose("5.1", f"Caddenholm's eight PCNs have an ARRS allocation of £{AT[0] / 1000:.1f}m for 2026/27 (Table 5.1). "
       f"Of the 8 PCNs, 2 have claimed less than 38% of their allocation after 5 of 12 months.")
ifact("arrs_p_alloc", "pcn_budgets", CAD, "2026/27", "ARRS allocation", ["allocation"], f"£{AT[0] / 1000:.1f}m",
      "£m", f"allocation of £{AT[0] / 1000:.1f}m")
I.add("  Table 5.1: ARRS allocation and claims by PCN, 2026/27 (£000)")
I.add("")
AW = [36, 14, 14, 14]


def aline(cells):
    s = "  " + cells[0].ljust(AW[0])
    for c, w in zip(cells[1:], AW[1:]):
        s += c.rjust(w)
    return s


I.add(aline(["", "Allocation", "Claimed to", "Claimed"]))
I.add(aline(["PCN", "2026/27", "month 5", "(%)"]))
I.add("")
for name, a, c in ARRS:
    cells = [name, f"£{a:,}", f"£{c:,}", f"{c / a * 100:.1f}%"]
    i = I.add(aline(cells))
    area = CAD if name.startswith("Total") else name
    p = slug(name)
    I.at(i, f"arrs_{p}_alloc", "pcn_budgets", area, "2026/27", "ARRS allocation", ["allocation"], cells[1], "£k")
    I.at(i, f"arrs_{p}_claimed", "pcn_budgets", area, "Month 5 2026/27", "ARRS claimed to month 5", ["claimed"],
         cells[2], "£k")
    I.at(i, f"arrs_{p}_pct", "pcn_budgets", area, "Month 5 2026/27", "ARRS allocation claimed (%)", ["claimed"],
         cells[3], "%")
I.add("")
I.add("  Table 5.2: GP workforce by district, June 2026 (NHS Digital, General Practice Workforce, published 31 July 2026)")
I.add("")
GW = [30, 14, 16, 18]


def gline(cells):
    s = "  " + cells[0].ljust(GW[0])
    for c, w in zip(cells[1:], GW[1:]):
        s += c.rjust(w)
    return s


I.add(gline(["", "Registered", "GP FTE (fully", "GP FTE per 1,000"]))
I.add(gline(["District", "patients", "qualified)", "patients"]))
I.add("")
for name, pts, fte in GP:
    rate = f"{fte / pts * 1000:.2f}"
    cells = [name, f0(pts), f"{fte:.1f}", rate]
    i = I.add(gline(cells))
    area = CAD if name.startswith("Caddenholm") else name
    p = slug(area)
    I.at(i, f"gp_{p}_patients", "gp_workforce", area, "June 2026", "Registered patients", ["patients"], cells[1],
         "count")
    I.at(i, f"gp_{p}_fte", "gp_workforce", area, "June 2026", "GP FTE (fully qualified)", ["fte"], cells[2], "FTE")
    I.at(i, f"gp_{p}_rate", "gp_workforce", area, "June 2026", "GP FTE per 1,000 patients", ["per 1,000"], cells[3],
         "per 1,000")
I.add("")
I.add("  Table 5.3: GP workforce trajectory, Caddenholm, 2023/24 to 2028/29")
I.add("")
TW = [32] + [11] * 6


def tline(cells):
    s = "  " + cells[0].ljust(TW[0])
    for c, w in zip(cells[1:], TW[1:]):
        s += c.rjust(w)
    return s


I.add(tline([""] + YEARS))
I.add(tline(["Measure"] + KIND))
I.add("")
rows = [("GP FTE (fully qualified)", [f"{x:.1f}" for x in TF]), ("Registered patients", [f0(x) for x in TP]),
        ("GP FTE per 1,000 patients", [f"{f / p * 1000:.2f}" for f, p in zip(TF, TP)])]
for (lab, cells), (key, kw, unit) in zip(rows, [("fte", ["fte"], "FTE"), ("patients", ["patients"], "count"),
                                                  ("rate", ["per 1,000"], "per 1,000")]):
    i = I.add(tline([lab] + cells))
    for y, kind, c in zip(YEARS, KIND, cells):
        meas = f"{lab}, {kind.lower()}" if key == "fte" else lab
        I.at(i, f"traj_{y[:4]}_{key}", "gp_workforce", CAD, y, meas, kw, c, unit)
I.add("")
iprose("5.2", "The trajectory assumes 6 GPs complete training in each of 2027 and 2028 and retention of 95% of the "
       "ARRS-funded GPs recruited since 1 October 2024. Queries: primarycare.caddenholm@nhs.net.")
I.add("  6.    Recommendation")
I.add("")
iprose("6.1", "The Board is asked to note the report. The next report, for month 7, comes to the Board on 16 "
       "December 2026.")
footer()

assert page[0] - 1 == NPAGES, page

ids = [f["id"] for f in FACTS]
if len(set(ids)) != len(ids):
    sys.exit(f"duplicate ids: {sorted({i for i in ids if ids.count(i) > 1})}")
for name, lines in OUT.items():
    text = "\n".join(lines) + "\n"
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
        fh.write(text)
with open(os.path.join(HERE, "facts.jsonl"), "w", encoding="utf-8") as fh:
    for f in FACTS:
        fh.write(json.dumps(f, ensure_ascii=False) + "\n")
print({k: len(v) for k, v in OUT.items()}, len(FACTS), "facts",
      {k: sum(f["file"] == k for f in FACTS) for k in OUT})
