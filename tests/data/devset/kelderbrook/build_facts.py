#!/usr/bin/env python3
"""Build facts.jsonl for the Kelderbrook packs (layout-mode text of a metropolitan borough's HWB and an ICB board).

Written by hand before the loaders were run on the packs. Each fact is located by an anchor (a substring that must
match exactly one line, or the first match after a unique caption); its printed form must occur on that line as a
standalone token. Run from this folder.
"""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
W = "kelderbrook_hwb_2025-07-10.txt"
I = "kelderbrook_icb_2025-07-03.txt"
LINES = {f: open(os.path.join(HERE, f), encoding="utf-8").read().split("\n") for f in (W, I)}
FACTS: list[dict] = []
K, ENG, YH, SN = "Kelderbrook", "England", "Yorkshire and the Humber", "Statistical neighbours"
ICB = "NHS Kelderbrook and Harnside ICB"


def find(f, anchor, after=None, starts=False):
    lo = 0 if after is None else find(f, after)
    hits = [i for i, x in enumerate(LINES[f]) if i >= lo and (x.startswith(anchor) if starts else anchor in x)]
    if not hits or (after is None and len(hits) != 1):
        sys.exit(f"anchor {anchor!r} in {f}: lines {[h + 1 for h in hits]}")
    return hits[0] + 1


def num(printed):
    s = printed.replace(",", "").replace("£", "").replace("%", "")
    if re.fullmatch(r"\d+:\d\d", s):
        m, sec = s.split(":")
        return round(int(m) + int(sec) / 60, 4)
    neg = s.startswith("(") and s.endswith(")")
    s = s.strip("()")
    for suf in ("bn", "m", "k"):
        s = s.removesuffix(suf)
    v = float(s)
    return -v if neg or printed.startswith("-") and v > 0 and not s.startswith("-") else v


def add(f, fid, dataset, area, period, measure, kw, printed, unit, anchor, rag=None, after=None, note=None,
        starts=False):
    ln = find(f, anchor, after, starts)
    line = LINES[f][ln - 1]
    if not re.search(r"(?<![\w.,£:])" + re.escape(printed) + r"(?![\w:]|[.,]\d)", line):
        sys.exit(f"{printed!r} not on {f}:{ln}: {line!r}")
    v = num(printed)
    if v == int(v) and "." not in printed and ":" not in printed:
        v = int(v)
    d = {"id": fid, "file": f, "dataset": dataset, "area": area, "period": period, "measure": measure,
         "measure_keywords": kw, "value": v, "unit": unit, "rag": rag, "line": ln, "quote": line.strip(),
         "printed": printed}
    if note:
        d["note"] = note
    FACTS.append(d)


def row(f, prefix, dataset, area, period, anchor, cols, cells, unit, after=None, rag=None, note=None, starts=True):
    """One table row: cols are (suffix, measure, keywords[, unit[, area]]); cells the printed values (None: skip)."""
    for col, printed in zip(cols, cells):
        if printed is None:
            continue
        suffix, measure, kw = col[:3]
        u = col[3] if len(col) > 3 and col[3] else unit
        a = col[4] if len(col) > 4 else area
        add(f, f"{prefix}_{suffix}", dataset, a, period, measure, kw, printed, u, anchor, rag, after, note, starts)


def slug(s):
    return re.sub(r"[^a-z0-9]+", "_", s.lower()).strip("_")


# ============================== Health and Wellbeing Board, 10 July 2025 ==============================
PH, LE, WD, GPW, B = "public_health", "life_expectancy", "wider_determinants", "gp_workforce", "bcf"
add(W, "min_smoking", PH, K, "2023", "Smoking prevalence among adults", ["smoking"], "14.9%", "%",
    "had fallen to 14.9% in 2023")
add(W, "min_smoking_eng", PH, ENG, "2023", "Smoking prevalence among adults", ["smoking"], "11.6%", "%",
    "had fallen to 14.9% in 2023")
add(W, "min_smokers", PH, K, "2023", "Adults who smoke", ["smoke", "adults"], "31,400", "count",
    "Around 31,400 adults")
add(W, "min_quits_target", PH, K, "2024/25", "Stop smoking service quits aimed for", ["quit", "aimed"], "1,850",
    "count", "aimed for 1,850 quits")
add(W, "min_quits", PH, K, "2024/25", "Stop smoking service quits achieved", ["quit", "achieved"], "1,612", "count",
    "aimed for 1,850 quits")
add(W, "min_quit_rate", PH, K, "2024/25", "Quit rate of those who set a quit date", ["quit rate", "quit"], "48%", "%",
    "a quit rate of 48%")
add(W, "min_bcf_pool", B, K, "2024/25", "BCF pooled fund", ["pooled fund", "fund"], "£43.3m", "£m",
    "The pooled fund for 2024/25 was £43.3m")
add(W, "min_bcf_under", B, K, "2024/25", "BCF forecast underspend", ["underspend"], "£0.2m", "£m",
    "was forecast to underspend by £0.2m")
add(W, "min_dfg_done", B, K, "2024/25", "DFG adaptations completed by December", ["adaptations"], "214", "count",
    "214 of the 260 planned adaptations")
add(W, "min_dfg_planned", B, K, "2024/25", "DFG adaptations planned", ["adaptations", "planned"], "260", "count",
    "214 of the 260 planned adaptations")

# --- Item 4: life expectancy by ward
add(W, "le_p_male", LE, K, "2019-23", "Male life expectancy at birth", ["life expectancy"], "77.6", "years",
    "1.1  Male life expectancy at birth in Kelderbrook is 77.6 years")
add(W, "le_p_female", LE, K, "2019-23", "Female life expectancy", ["life expectancy"], "81.6", "years",
    "81.6 years (2019-23). Both are below")
add(W, "le_p_cinder", LE, "Cinderhurst", "2019-23", "Life expectancy of a boy born in Cinderhurst",
    ["live", "life expectancy"], "73.9", "years", "Cinderhurst can expect to live 73.9 years")
add(W, "le_p_gap_m", LE, K, "2019-23", "Male life expectancy gap Ravensfold v Cinderhurst", ["fewer", "gap"], "8.2",
    "years", "Cinderhurst can expect to live 73.9 years")
add(W, "le_p_gap_f", LE, K, "2019-23", "Female life expectancy gap between the same wards", ["gap"], "6.2", "years",
    "For girls the gap between the same wards")
T1 = "Table 1: Life expectancy at birth by ward"
LE_COLS = [("male", "Life expectancy at birth - Male", ["life expectancy"]),
           ("female", "Life expectancy at birth - Female", ["life expectancy"])]
for area, m, f_ in [("Cinderhurst", "73.9", "79.1"), ("Dallowgate", "75.2", "80.0"), ("Hobbfield", "76.8", "81.3"),
                    ("Marlcote", "79.4", "83.0"), ("Netherwick", "80.6", "84.2"), ("Ravensfold", "82.1", "85.3"),
                    ("Tollerdale", "78.0", "82.2"), ("Yarnbeck", "81.0", "84.7"), (K, "77.6", "81.6"),
                    (YH, "78.1", "82.0"), (ENG, "79.3", "83.2")]:
    row(W, f"t1_{slug(area)}", LE, area, "2019-23", area + " ", LE_COLS, (m, f_), "years", after=T1,
        note="deprivation quintile column holds words, no numbers")
row(W, "t1_gap", LE, K, "2019-23", "Gap between highest and lowest",
    [("male", "Gap between highest and lowest ward (years) - Male", ["gap"]),
     ("female", "Gap between highest and lowest ward (years) - Female", ["gap"])], ("8.2", "6.2"), "years", after=T1,
    note="a gap row, no place; label wraps below its values")
add(W, "le_p_eng", LE, ENG, "2019-23", "Male life expectancy", ["life expectancy"], "79.3", "years",
    "below England's 79.3 years")
add(W, "le_p_marlcote", LE, "Marlcote", "2019-23", "Male life expectancy", ["life expectancy"], "79.4", "years",
    "(79.4) is just above it")
add(W, "le_p_tollerdale", LE, "Tollerdale", "2019-23", "Male life expectancy", ["life expectancy"], "78.0", "years",
    "(79.4) is just above it")
add(W, "le_sii_m", LE, K, "2018-20", "Slope index of inequality in life expectancy, males",
    ["slope index", "inequality", "gap"], "10.4", "years", "     neighbourhoods rather than between two wards, is 10.4")
add(W, "le_sii_f", LE, K, "2018-20", "Slope index of inequality in life expectancy, females",
    ["slope index", "inequality", "gap", "females"], "8.1", "years", "     neighbourhoods rather than between two wards, is 10.4")
add(W, "hle_m", LE, K, "2021-23", "Healthy life expectancy, men", ["healthy life expectancy", "good health"], "58.9",
    "years", "men in Kelderbrook can expect 58.9 years")
add(W, "hle_f", LE, K, "2021-23", "Healthy life expectancy, women", ["healthy life expectancy", "good health"], "59.6",
    "years", "good health and women 59.6 years")
add(W, "hle_m_eng", LE, ENG, "2021-23", "Healthy life expectancy, men", ["healthy life expectancy", "good health"],
    "61.5", "years", "good health and women 59.6 years")
add(W, "hle_f_eng", LE, ENG, "2021-23", "Healthy life expectancy, women", ["healthy life expectancy", "good health"],
    "61.9", "years", "good health and women 59.6 years")
add(W, "le_causes_share", LE, K, "2019-23", "Share of the male life expectancy gap from three causes",
    ["gap", "account"], "61%", "%", "account for 61% of the")
add(W, "le_cvd", PH, K, "2021-23", "Under 75 mortality from cardiovascular disease", ["cardiovascular", "mortality"],
    "96.4", "per 100,000", "borough. Under 75 mortality from cardiovascular disease was 96.4")
add(W, "le_cvd_eng", PH, ENG, "2021-23", "Under 75 mortality from cardiovascular disease",
    ["cardiovascular", "mortality"], "77.1", "per 100,000", "2021-23, compared with 77.1 per 100,000 in England.")

# --- Item 5: PHOF table (Kelderbrook, 95% CI lower and upper, Yorkshire and the Humber, England)
T2 = "Table 2: Public Health Outcomes Framework indicators"
for anchor, label, kw, period, cells, unit in [
    ("A01b Life expectancy at birth, male", "Life expectancy at birth, male", ["life expectancy"], "2021-23",
     ("77.4", "77.0", "77.8", "77.9", "79.1"), "years"),
    ("A01b Life expectancy at birth, female", "Life expectancy at birth, female", ["life expectancy"], "2021-23",
     ("81.5", "81.1", "81.9", "81.9", "83.1"), "years"),
    ("A01a Healthy life expectancy", "Healthy life expectancy at birth, male", ["healthy life expectancy"], "2021-23",
     ("58.9", "57.3", "60.5", "60.7", "61.5"), "years"),
    ("A02a Inequality in life", "Inequality in life expectancy at birth, male", ["inequality"], "2018-20",
     ("10.4", "8.6", "12.2", "9.8", "9.7"), "years"),
    ("B05 16-17 year olds", "16-17 year olds not in education, employment or training", ["education", "neet"],
     "2023", ("6.1", None, None, "5.4", "5.4"), "%"),
    ("B08d Employment rate", "Employment rate, aged 16 to 64 (%)", ["employment"], "2023/24",
     ("71.2", "68.9", "73.5", "73.6", "75.7"), "%"),
    ("B17 Fuel poverty", "Fuel poverty (low income, low energy efficiency) (%)", ["fuel poverty"], "2022",
     ("16.4", None, None, "14.1", "13.1"), "%"),
    ("C16 Adults (18+)", "Adults (18+) classified as overweight or obese (%)", ["overweight", "obese"], "2022/23",
     ("68.3", "65.4", "71.2", "67.2", "64.0"), "%"),
    ("C17a Physically active", "Physically active adults (%)", ["physically active"], "2022/23",
     ("61.8", "58.9", "64.7", "64.5", "67.1"), "%"),
    ("C19 Adults walking", "Adults walking for travel at least three days a week (%)", ["walking"], "2022/23",
     ("14.7", "12.1", "17.6", "16.4", "15.1"), "%"),
    ("C18 Smoking prevalence", "Smoking prevalence in adults (18+), current smokers (%)", ["smoking"], "2023",
     ("14.9", "12.4", "17.4", "13.3", "11.6"), "%"),
    ("C21 Admission episodes", "Admission episodes for alcohol-related conditions, narrow (per 100,000)",
     ["alcohol"], "2023/24", ("612", "589", "636", "560", "504"), "per 100,000"),
    ("D01 Fraction of mortality", "Fraction of mortality attributable to particulate air pollution (%)",
     ["particulate", "air pollution", "mortality"], "2023", ("5.2", None, None, "4.9", "5.2"), "%"),
    ("E01 Infant mortality", "Infant mortality rate (per 1,000 live births)", ["infant mortality"], "2021-23",
     ("4.6", "3.5", "5.9", "4.5", "4.1"), "per 1,000"),
    ("E04a Under 75 mortality", "Under 75 mortality rate from cardiovascular disease (per 100,000)",
     ["cardiovascular", "mortality"], "2021-23", ("96.4", "89.8", "103.3", "84.1", "77.1"), "per 100,000"),
]:
    cols = [("value", label, kw, None, K), ("lower", f"{label} - 95% CI lower", ["lower", "lci"], None, K),
            ("upper", f"{label} - 95% CI upper", ["upper", "uci"], None, K), ("region", label, kw, None, YH),
            ("england", label, kw, None, ENG)]
    row(W, f"t2_{slug(anchor.split()[0] + ' ' + label)[:40]}", PH, K, period, anchor, cols, cells, unit, after=T2,
        note="indicator code, period cell, trend and comparison words are no facts; '-' CI cells are no facts")
add(W, "p3_smoking_region", PH, YH, "2023", "Smoking prevalence", ["smoking"], "13.3%", "%",
    "the regional figure of 13.3%")
add(W, "p3_alcohol", PH, K, "2023/24", "Admissions for alcohol-related conditions", ["alcohol"], "612", "per 100,000",
    "Admissions for alcohol-related conditions rose to 612 per")
add(W, "p3_infant", PH, K, "2021-23", "Infant mortality rate", ["infant mortality"], "4.6", "per 1,000",
    "The infant mortality rate of 4.6 per 1,000")
add(W, "p3_infant_eng", PH, ENG, "2021-23", "Infant mortality rate", ["infant mortality"], "4.1", "per 1,000",
    "The infant mortality rate of 4.6 per 1,000")
add(W, "p3_infant_deaths", PH, K, "2021-23", "Infant deaths in three years", ["deaths"], "31", "count",
    "(31 deaths in three years)")

# --- Item 6: wider determinants by neighbourhood, GP workforce by neighbourhood
T3 = "Table 3: Wider determinants of health by neighbourhood"
WD_COLS = [("walking", "Walking for travel, 3+ days a week (%)", ["walking"], "%"),
           ("pm25", "PM2.5 annual mean (µg/m³)", ["pm2.5", "annual mean"], "µg/m³"),
           ("employment", "Employment rate, aged 16-64 (%)", ["employment"], "%"),
           ("fuel", "Fuel poverty (% of households)", ["fuel poverty"], "%"),
           ("temp", "Households in temporary accommodation (per 1,000)", ["temporary accommodation"], "per 1,000")]
for area, cells in [("Ashgrove", ("12.1", "8.9", "66.4", "21.3", "4.8")),
                    ("Lynhurst", ("15.8", "7.6", "72.9", "15.2", "2.1")),
                    ("Pennfold", ("17.2", "7.1", "76.8", "12.4", "1.2")),
                    ("Stainmoor", ("13.4", "8.4", "69.1", "18.0", "3.5")),
                    (K, ("14.7", "8.0", "71.2", "16.4", "2.9")), (SN, ("15.3", "7.7", "72.8", "15.0", "2.6")),
                    (YH, ("16.4", "7.4", "73.6", "14.1", "2.2")), (ENG, ("15.1", "7.6", "75.7", "13.1", "4.2"))]:
    row(W, f"t3_{slug(area)}", WD, area, "2022-2024", area + " ", WD_COLS, cells, "%", after=T3,
        note="periods by column: 2022/23, 2023, 2023/24, 2022, 2023/24")
add(W, "w12_fuel_ashgrove", WD, "Ashgrove", "2022", "Households in fuel poverty", ["fuel poverty"], "21.3%", "%",
    "One household in five in Ashgrove is in fuel poverty (21.3%)")
add(W, "w12_fuel_eng", WD, ENG, "2022", "Households in fuel poverty", ["fuel poverty"], "13.1%", "%",
    "One household in five in Ashgrove is in fuel poverty (21.3%)")
add(W, "w12_emp_gap", WD, "Ashgrove", "2023/24", "Employment rate gap below England",
    ["employment", "percentage points", "below"], "9.3", "percentage points",
    "and its employment rate is 9.3 percentage points")
T4 = "Table 4: GP practice workforce by neighbourhood"
GP_COLS = [("patients", "Registered patients", ["registered patients", "patients"], "count"),
           ("gp_fte", "GP FTE", ["gp fte"], "FTE"),
           ("gp_per1000", "GP FTE per 1,000 patients", ["gp fte"], "per 1,000"),
           ("nurse_per1000", "Nurse FTE per 1,000 patients", ["nurse"], "per 1,000"),
           ("dpc_per1000", "Direct patient care FTE per 1,000 patients", ["direct patient care"], "per 1,000")]
for area, cells in [("Ashgrove", ("71,240", "30.6", "0.43", "0.21", "0.38")),
                    ("Lynhurst", ("64,810", "33.1", "0.51", "0.24", "0.35")),
                    ("Pennfold", ("58,300", "34.4", "0.59", "0.27", "0.31")),
                    ("Stainmoor", ("66,150", "29.8", "0.45", "0.22", "0.40")),
                    (K, ("260,500", "127.9", "0.49", "0.23", "0.36")), (ENG, (None, None, "0.47", "0.26", "0.41"))]:
    row(W, f"t4_{slug(area)}", GPW, area, "March 2025", area + " ", GP_COLS, cells, "FTE", after=T4)
add(W, "g22_ashgrove", GPW, "Ashgrove", "March 2025", "GP FTE per 1,000 patients", ["fte", "gp"], "0.43", "per 1,000",
    "fewest GPs for its population: 0.43")
add(W, "g22_pennfold", GPW, "Pennfold", "March 2025", "GP FTE per 1,000 patients", ["fte", "gp"], "0.59",
    "per 1,000", "FTE per 1,000 patients, against 0.59 in Pennfold")
add(W, "g22_patients_per_gp", GPW, K, "March 2025", "Patients for every FTE GP", ["patients"], "2,037", "count",
    "FTE per 1,000 patients, against 0.59 in Pennfold")

# --- Item 7: BCF
add(W, "b11_pool", B, K, "2024/25", "BCF pooled budget", ["pooled budget", "budget"], "£43.3m", "£m",
    "pooled budget for 2024/25 was £43.3m")
add(W, "b11_spend", B, K, "2024/25", "BCF spending", ["spending"], "£43.2m", "£m",
    "pooled budget for 2024/25 was £43.3m")
add(W, "b11_under", B, K, "2024/25", "BCF underspend", ["underspend"], "£141k", "£k", "underspend of £141k")
add(W, "b11_plan", B, K, "2025/26", "BCF plan 2025/26", ["plan", "totals"], "£44.7m", "£m", "underspend of £141k")
T5 = "Table 5: Better Care Fund income"
B_COLS = [("plan24", "2024/25 Plan £000", ["plan"]), ("outturn24", "2024/25 Outturn £000", ["outturn"]),
          ("variance", "Variance £000", ["variance"]), ("plan25", "2025/26 Plan £000", ["plan"])]
for label, cells in [("Minimum NHS contribution", ("26,412", "26,412", "0", "27,346")),
                     ("Improved Better Care Fund (iBCF)", ("9,815", "9,815", "0", "9,815")),
                     ("Disabled Facilities Grant", ("3,204", "2,871", "(333)", "3,204")),
                     ("Local Authority Discharge Fund", ("1,688", "1,702", "14", "1,910")),
                     ("ICB Discharge Fund", ("1,420", "1,466", "46", "1,583")),
                     ("Additional local contributions", ("780", "912", "132", "850")),
                     ("Total", ("43,319", "43,178", "(141)", "44,708"))]:
    cols = [(c[0], f"{label} - {c[1]}", c[2]) for c in B_COLS]
    row(W, f"t5_{slug(label)[:24]}", B, K, "2024/25", label + " ", cols, cells, "£000", after=T5)
add(W, "b12_dfg", B, K, "2024/25", "Disabled Facilities Grant underspend", ["underspent", "disabled facilities"],
    "£333k", "£k", "The Disabled Facilities Grant underspent by £333k")
add(W, "b12_adapt", B, K, "2024/25", "Adaptations slipped into 2025/26", ["adaptations"], "46", "count",
    "because 46 adaptations slipped")
add(W, "b12_discharge", B, K, "2024/25", "Discharge funds overspend", ["overspent", "discharge"], "£60k", "£k",
    "The discharge funds were overspent by £60k")
T6 = "Table 6: BCF metrics, 2024/25 by quarter"
Q_COLS = [("q1", "Q1 2024/25", []), ("q2", "Q2 2024/25", []), ("q3", "Q3 2024/25", []), ("q4", "Q4 2024/25", []),
          ("plan", "Quarterly plan", ["plan"])]
for anchor, label, kw, cells, unit, status in [
    ("Unplanned admissions for chronic", "Unplanned admissions for chronic ambulatory care sensitive conditions",
     ["unplanned admissions", "ambulatory"], ("221.4", "208.9", "236.1", "229.7", "210.0"), "per 100,000",
     "Not on track"),
    ("Discharge to usual place of", "Discharge to usual place of residence (%)", ["discharge", "usual place"],
     ("92.1%", "92.8%", "91.6%", "93.0%", "92.5%"), "%", "On track"),
    ("Emergency admissions due to falls", "Emergency admissions due to falls, aged 65+ (per 100,000)", ["falls"],
     ("548", "561", "603", "577", "540"), "per 100,000", "Not on track"),
    ("Permanent admissions to residential", "Permanent admissions to residential and nursing care, aged 65+",
     ["permanent admissions", "residential"], ("152.3", "148.0", "160.4", "141.9", "150.0"), "per 100,000",
     "On track"),
]:
    cols = [(c[0], f"{label} - {c[1]}", kw + c[2]) for c in Q_COLS]
    row(W, f"t6_{slug(label)[:20]}", B, K, "2024/25", anchor, cols, cells, unit, after=T6,
        note=f"Status column: {status!r}")
add(W, "b21_discharge", B, K, "Q4 2024/25", "Discharge to usual place of residence", ["discharge", "usual place"],
    "93.0%", "%", "Discharge to the usual place of residence reached 93.0%")
add(W, "b21_discharge_plan", B, K, "Q4 2024/25", "Discharge to usual place of residence plan", ["plan"], "92.5%",
    "%", "Discharge to the usual place of residence reached 93.0%")
add(W, "b31_plan", B, K, "2025/26", "BCF plan 2025/26", ["plan"], "£44.7m", "£m", "2025/26 plan of £44.7m")
add(W, "b31_nhs_min", B, K, "2025/26", "Minimum NHS contribution", ["minimum nhs contribution", "nhs contribution"],
    "£27.3m", "£m", "including £27.3m from the minimum NHS contribution")

# ============================== ICB Board, 3 July 2025 ==============================
FIN, Q, PERF, PCN = "finance", "qipp", "performance", "pcn_budgets"
add(I, "min_deficit_m11", FIN, ICB, "Month 11 2024/25", "System year-to-date deficit at month 11", ["deficit"],
    "£17.6m", "£m", "deficit of £17.6m against a planned deficit")
add(I, "min_plan_m11", FIN, ICB, "Month 11 2024/25", "Planned deficit at month 11", ["planned deficit", "plan"],
    "£11.0m", "£m", "deficit of £17.6m against a planned deficit")
add(I, "min_adverse_m11", FIN, ICB, "Month 11 2024/25", "Adverse variance at month 11", ["adverse", "variance"],
    "£6.6m", "£m", "deficit of £17.6m against a planned deficit")
add(I, "min_eff_m11", Q, ICB, "Month 11 2024/25", "Efficiency savings delivered by month 11",
    ["efficiency", "savings", "delivered"], "£88.4m", "£m", "savings of £88.4m had been delivered")
add(I, "min_ae_feb", PERF, ICB, "February 2025", "A&E patients seen within four hours", ["a&e", "four hours"],
    "73.1%", "%", "73.1% of A&E patients were seen")
add(I, "min_ae_traj", PERF, ICB, "February 2025", "Operating plan trajectory for A&E", ["trajectory", "plan"],
    "75.5%", "%", "against the operating plan trajectory of 75.5%")
add(I, "ipr_ae_mar", PERF, ICB, "March 2025", "A&E four-hour performance", ["four-hour", "a&e"], "74.3%", "%",
    "performance reached 74.3% in March")
add(I, "ipr_ae_std", PERF, ICB, "March 2025", "Four-hour standard", ["standard"], "78%", "%",
    "the 78% standard. Waits of over 52 weeks")
add(I, "ipr_52_mar", PERF, ICB, "March 2025", "Waits of over 52 weeks", ["52 weeks", "waits"], "1,384", "count",
    "the 78% standard. Waits of over 52 weeks")
add(I, "ipr_52_apr", PERF, ICB, "April 2024", "Waits of over 52 weeks", ["52 weeks", "waits"], "2,104", "count",
    "the 78% standard. Waits of over 52 weeks")
T_1 = "Table 1: Summary of performance, March 2025"
IPR_COLS = [("target", "target", ["target"]), ("plan", "plan", ["plan"]), ("actual", "actual", None),
            ("variance", "variance", ["variance"])]
for s, anchor, label, kw, cells, unit, rag in [
    ("ae4", "A&E: patients seen within 4 hours", "A&E: patients seen within 4 hours (%)", ["a&e", "4 hours"],
     ("78.0%", "76.0%", "74.3%", "-1.7"), "%", "Amber"),
    ("ae12", "A&E: 12-hour waits in department", "A&E: 12-hour waits in department (% of attendances)",
     ["12-hour", "waits"], ("2.0%", "8.0%", "9.6%", "1.6"), "%", "Red"),
    ("cat2", "Ambulance: Category 2 mean response", "Ambulance: Category 2 mean response (mm:ss)",
     ["category 2", "response"], ("30:00", "32:00", "34:12", "2:12"), "minutes", "Red"),
    ("rtt18", "RTT: incomplete pathways within", "RTT: incomplete pathways within 18 weeks (%)",
     ["rtt", "18 weeks", "incomplete"], ("92.0%", "61.5%", "60.2%", "-1.3"), "%", "Red"),
    ("rtt52", "RTT: patients waiting over 52 weeks", "RTT: patients waiting over 52 weeks", ["52 weeks"],
     ("0", "1,150", "1,384", "234"), "count", "Red"),
    ("diag", "Diagnostics: waiting over 6 weeks", "Diagnostics: waiting over 6 weeks (%)", ["diagnostic"],
     ("5.0%", "10.0%", "12.8%", "2.8"), "%", "Red"),
    ("fds", "Cancer: 28-day Faster Diagnosis", "Cancer: 28-day Faster Diagnosis Standard (%)",
     ["faster diagnosis", "28-day"], ("77.0%", "76.0%", "78.4%", "2.4"), "%", "Green"),
    ("c62", "Cancer: 62-day referral to", "Cancer: 62-day referral to treatment (%)", ["62-day"],
     ("70.0%", "66.0%", "67.9%", "1.9"), "%", "Amber"),
    ("tt", "Talking therapies: reliable", "Talking therapies: reliable recovery (%)", ["talking therapies", "recovery"],
     ("48.0%", "48.0%", "49.6%", "1.6"), "%", "Green"),
    ("dem", "Dementia diagnosis rate, aged 65+", "Dementia diagnosis rate, aged 65+ (%)", ["dementia"],
     ("66.7%", "66.7%", "64.1%", "-2.6"), "%", "Amber"),
    ("oap", "Mental health: out of area", "Mental health: out of area placements (bed days)", ["out of area"],
     ("0", "150", "212", "62"), "bed days", "Red"),
    ("gp2", "GP appointments within 2 weeks of", "GP appointments within 2 weeks of booking (%)",
     ["gp appointments", "2 weeks"], ("85.0%", "84.0%", "86.2%", "2.2"), "%", "Green"),
]:
    cols = [(c[0], f"{label} - {c[1]}", c[2] or kw, "percentage points" if c[0] == "variance" and unit == "%"
             else None) for c in IPR_COLS]
    row(I, f"i1_{s}", PERF, ICB, "March 2025", anchor, cols, cells, unit, after=T_1, rag=rag,
        note=f"RAG printed as {rag!r}; SPC variation and assurance words wrap onto the next line; mm:ss are minutes")
T_2 = "Table 2: Monthly trend, April 2024 to March 2025"
MONTHS = ["Apr-24", "May-24", "Jun-24", "Jul-24", "Aug-24", "Sep-24", "Oct-24", "Nov-24", "Dec-24", "Jan-25",
          "Feb-25", "Mar-25"]
for s, anchor, label, kw, vals, unit in [
    ("ae4", "A&E: seen within 4 hours (%)", "A&E: seen within 4 hours (%)", ["a&e", "4 hours"],
     "71.8 72.4 73.0 72.6 71.9 72.8 71.5 70.9 69.8 71.6 73.1 74.3", "%"),
    ("ae_traj", "A&E: 4-hour operating plan", "A&E: 4-hour operating plan trajectory (%)", ["trajectory", "plan"],
     "72.0 72.5 73.0 73.5 73.5 74.0 74.0 74.5 74.5 75.0 75.5 76.0", "%"),
    ("cat2", "Category 2 mean response (mm:ss)", "Category 2 mean response (mm:ss)", ["category 2", "response"],
     "36:48 35:10 33:55 34:40 33:02 35:31 37:15 39:02 41:26 38:10 35:49 34:12", "minutes"),
    ("rtt18", "RTT: incomplete pathways within", "RTT: incomplete pathways within 18 weeks (%)",
     ["rtt", "18 weeks", "incomplete"], "58.1 58.4 58.9 59.0 58.7 59.2 59.6 59.3 58.8 59.5 59.9 60.2", "%"),
    ("rtt52", "RTT: waiting over 52 weeks", "RTT: waiting over 52 weeks", ["52 weeks"],
     "2,104 2,011 1,968 1,902 1,875 1,790 1,702 1,655 1,610 1,541 1,466 1,384", "count"),
    ("diag", "Diagnostics: waiting over 6 weeks", "Diagnostics: waiting over 6 weeks (%)", ["diagnostic"],
     "18.2 17.5 16.9 16.1 15.8 15.2 14.6 14.9 15.3 14.1 13.4 12.8", "%"),
]:
    line_of = find(I, anchor, after=T_2)
    text = LINES[I][line_of - 1]
    positions, start = [], 0
    for m, v in zip(MONTHS, vals.split()):
        i = text.index(v, start)
        positions.append(i)
        start = i + len(v)
    for m, v in zip(MONTHS, vals.split()):
        add(I, f"i2_{s}_{m.lower().replace('-', '')}", PERF, ICB, m, f"{label} - {m}", kw, v, unit, anchor,
            after=T_2, note="month columns Apr-24 to Mar-25")
add(I, "p21_12h", PERF, ICB, "March 2025", "12-hour waits in department", ["12-hour", "waits"], "9.6%", "%",
    "12-hour waits in department rose to 9.6%")
add(I, "p21_12h_plan", PERF, ICB, "March 2025", "12-hour waits plan", ["plan"], "8.0%", "%",
    "12-hour waits in department rose to 9.6%")
add(I, "p21_12h_n", PERF, ICB, "March 2025", "Patients waiting more than 12 hours from arrival",
    ["12 hours", "waiting"], "1,912", "count", "with 1,912 patients waiting")
add(I, "p22_cat2_dec", PERF, ICB, "December 2024", "Category 2 response December peak", ["peak", "category 2"],
    "41:26", "minutes", "the December peak of 41:26")
add(I, "p31_waiting_list", PERF, ICB, "March 2025", "Waiting list pathways", ["waiting list", "pathways"], "58,930",
    "count", "The waiting list stood at 58,930")
add(I, "p31_rtt18", PERF, ICB, "March 2025", "Waited less than 18 weeks", ["18 weeks", "waited"], "60.2%", "%",
    "The waiting list stood at 58,930")
add(I, "p31_fds", PERF, ICB, "March 2025", "Faster Diagnosis performance", ["faster diagnosis"], "78.4%", "%",
    "Faster Diagnosis performance was 78.4%")
add(I, "p31_fds_std", PERF, ICB, "March 2025", "Faster Diagnosis standard", ["standard"], "77%", "%",
    "Faster Diagnosis performance was 78.4%")

# --- finance
add(I, "f11_deficit", FIN, ICB, "2024/25", "System deficit 2024/25", ["deficit"], "£19.8m", "£m",
    "ended 2024/25 with a deficit of £19.8m")
add(I, "f11_adverse", FIN, ICB, "2024/25", "Adverse variance to planned deficit", ["adverse"], "£7.8m", "£m",
    "ended 2024/25 with a deficit of £19.8m")
add(I, "f11_plan", FIN, ICB, "2024/25", "Planned deficit", ["planned deficit", "plan"], "£12.0m", "£m",
    "to the planned deficit of £12.0m")
add(I, "f11_icb_surplus", FIN, ICB, "2024/25", "ICB surplus", ["surplus"], "£7.4m", "£m",
    "The ICB itself delivered a surplus of £7.4m")
add(I, "f11_icb_fav", FIN, ICB, "2024/25", "ICB favourable variance to plan", ["favourable"], "£1.4m", "£m",
    "The ICB itself delivered a surplus of £7.4m")
add(I, "f11_providers", FIN, ICB, "2024/25", "Providers' combined deficit worse than plan",
    ["worse than plan", "providers", "deficit"], "£9.2m", "£m", "combined deficit was £9.2m worse than plan")
T_3 = "Table 3: System financial position"
F_COLS = [("plan", "Plan YTD £m", ["plan"]), ("actual", "Actual YTD £m", ["actual"]),
          ("variance", "Variance YTD £m", ["variance"])]
for area, anchor, cells, word in [
    (ICB, "NHS Kelderbrook and Harnside ICB  ", ("6.0", "7.4", "1.4"), "Favourable"),
    ("Kelderbrook Teaching Hospitals NHS Foundation Trust", "Kelderbrook Teaching Hospitals NHS  ",
     ("(14.2)", "(21.9)", "(7.7)"), "Adverse"),
    ("Harnside General Hospital NHS Trust", "Harnside General Hospital NHS Trust  ", ("(3.8)", "(5.6)", "(1.8)"),
     "Adverse"),
    ("Harnside and Kelderbrook Mental Health NHS Trust", "Harnside and Kelderbrook Mental Health  ",
     ("0.0", "0.3", "0.3"), "Favourable"),
    ("Kelderbrook and Harnside system", "System total  ", ("(12.0)", "(19.8)", "(7.8)"), "Adverse"),
]:
    cols = [(c[0], f"Surplus/(deficit) - {c[1]}", c[2]) for c in F_COLS]
    row(I, f"i3_{slug(area)[:20]}", FIN, area, "Month 12 2024/25", anchor, cols, cells, "£m", after=T_3,
        note=f"'Favourable / Adverse' column: {word!r}; the system total has no area of its own",
        starts=False)
FACTS[-1]["area"] = None
FACTS[-2]["area"] = None
FACTS[-3]["area"] = None
add(I, "f12_kth", FIN, "Kelderbrook Teaching Hospitals NHS Foundation Trust", "2024/25", "Adverse variance",
    ["adverse variance", "variance"], "£7.7m", "£m", "adverse variance of £7.7m")
add(I, "f12_beds", FIN, "Kelderbrook Teaching Hospitals NHS Foundation Trust", "2024/25", "Unfunded escalation beds",
    ["escalation beds", "escalation"], "£3.9m", "£m", "escalation beds (£3.9m)")
add(I, "f12_ia", FIN, "Kelderbrook Teaching Hospitals NHS Foundation Trust", "2024/25", "Industrial action",
    ["industrial action"], "£1.6m", "£m", "escalation beds (£3.9m)")
T_4 = "Table 4: ICB expenditure against budget"
E_COLS = [("budget", "Annual budget £m", ["budget"]), ("outturn", "Outturn £m", ["outturn"]),
          ("variance", "Variance fav / (adv) £m", ["variance"])]
for label, cells in [("Acute services", ("812.4", "820.9", "(8.5)")), ("Mental health", ("168.2", "171.0", "(2.8)")),
                     ("Community health services", ("121.5", "119.8", "1.7")),
                     ("Continuing healthcare", ("74.6", "79.3", "(4.7)")),
                     ("Primary care (delegated)", ("142.3", "141.1", "1.2")),
                     ("Prescribing", ("158.9", "162.4", "(3.5)")),
                     ("Other programme services", ("41.7", "36.2", "5.5")),
                     ("Reserves and contingency", ("14.8", "2.3", "12.5")), ("Running costs", ("19.6", "19.6", "0.0")),
                     ("Total", ("1,554.0", "1,552.6", "1.4"))]:
    cols = [(c[0], f"{label} - {c[1]}", c[2]) for c in E_COLS]
    row(I, f"i4_{slug(label)[:20]}", FIN, ICB, "Month 12 2024/25", label + " ", cols, cells, "£m", after=T_4)
add(I, "f13_chc", FIN, ICB, "2024/25", "Continuing healthcare overspend", ["continuing healthcare", "overspent"],
    "£4.7m", "£m", "Continuing healthcare overspent by £4.7m")
add(I, "f13_chc_pct", FIN, ICB, "2024/25", "Continuing healthcare overspend (%)", ["continuing healthcare",
    "overspent"], "6.3%", "%", "Continuing healthcare overspent by £4.7m")
add(I, "f13_packages", FIN, ICB, "2024/25", "Fully funded packages", ["packages"], "1,146", "count",
    "rose to 1,146")
add(I, "f13_prescribing", FIN, ICB, "2024/25", "Prescribing over budget", ["prescribing", "over budget"], "£3.5m",
    "£m", "Prescribing was £3.5m over budget")
add(I, "f14_capital", FIN, ICB, "2024/25", "Capital spending", ["capital"], "£38.2m", "£m",
    "Capital spending was £38.2m")
add(I, "f14_capital_alloc", FIN, ICB, "2024/25", "System capital allocation", ["capital allocation", "allocation"],
    "£38.5m", "£m", "Capital spending was £38.2m")

# --- efficiency
add(I, "e11_delivered", Q, ICB, "2024/25", "Efficiency savings delivered", ["efficiency", "savings", "delivered"],
    "£96.2m", "£m", "efficiency savings of £96.2m")
add(I, "e11_target", Q, ICB, "2024/25", "Efficiency target", ["target"], "£104.5m", "£m",
    "efficiency savings of £96.2m")
add(I, "e11_pct", Q, ICB, "2024/25", "Efficiency delivered as % of target", ["target", "delivered", "savings"],
    "92%", "%", "(92%). Of the savings delivered")
add(I, "e11_recurrent", Q, ICB, "2024/25", "Recurrent savings", ["recurrent"], "£70.4m", "£m",
    "(92%). Of the savings delivered")
add(I, "e11_recurrent_pct", Q, ICB, "2024/25", "Recurrent share of savings", ["recurrent"], "73%", "%",
    "(92%). Of the savings delivered")
add(I, "e11_nonrec", Q, ICB, "2024/25", "Non-recurrent savings", ["non-recurrent", "recurrently", "delivered"],
    "£25.8m", "£m", "(92%). Of the savings delivered")
T_5 = "Table 5: Efficiency (QIPP and CIP) programme"
Q_COLS5 = [("target", "Target £m", ["target"]), ("delivered", "Delivered £m", ["delivered"]),
           ("variance", "Variance £m", ["variance"]), ("pct", "% of target delivered", ["% of target", "delivered"],
                                                         "%"),
           ("recurrent", "Recurrent £m", ["recurrent"])]
for label, cells in [("Medicines optimisation", ("14.5", "12.9", "(1.6)", "89%", "11.2")),
                     ("Continuing healthcare", ("9.8", "7.1", "(2.7)", "72%", "5.4")),
                     ("Elective and outpatient productivity", ("38.6", "36.4", "(2.2)", "94%", "21.7")),
                     ("Workforce: agency and bank", ("27.2", "26.0", "(1.2)", "96%", "18.3")),
                     ("Estates and facilities", ("6.1", "6.8", "0.7", "111%", "6.8")),
                     ("Corporate and running costs", ("8.3", "7.0", "(1.3)", "84%", "7.0")),
                     ("Total", ("104.5", "96.2", "(8.3)", "92%", "70.4"))]:
    cols = [(c[0], f"{label} - {c[1]}", c[2], c[3] if len(c) > 3 else None) for c in Q_COLS5]
    row(I, f"i5_{slug(label)[:20]}", Q, ICB, "2024/25", label + " ", cols, cells, "£m", after=T_5)
add(I, "e12_agency", Q, ICB, "2024/25", "Agency spending as % of pay bill", ["agency"], "2.9%", "%",
    "Agency spending fell to 2.9%")
add(I, "e12_cap", Q, ICB, "2024/25", "Agency cap", ["cap"], "3.2%", "%", "Agency spending fell to 2.9%")
add(I, "e12_shifts", Q, ICB, "2024/25", "Agency shifts a week converted to bank", ["shifts"], "186", "count",
    "Agency spending fell to 2.9%")

# --- primary care
T_6 = "Table 6: Delegated primary medical care"
P_COLS = [("budget", "Budget £000", ["budget"]), ("outturn", "Outturn £000", ["outturn"]),
          ("variance", "Variance £000", ["variance"])]
for label, cells in [("GMS, PMS and APMS contracts", ("95,490", "95,061", "429")),
                     ("Quality and Outcomes Framework", ("12,640", "12,988", "(348)")),
                     ("Enhanced services", ("6,210", "5,874", "336")),
                     ("PCN: Additional Roles Reimbursement", ("14,880", "13,962", "918")),
                     ("PCN: other Network Contract DES", ("5,930", "5,911", "19")),
                     ("Premises", ("7,150", "7,304", "(154)")), ("Total", ("142,300", "141,100", "1,200"))]:
    cols = [(c[0], f"{label} - {c[1]}", c[2]) for c in P_COLS]
    row(I, f"i6_{slug(label)[:20]}", PCN, ICB, "2024/25", label + " ", cols, cells, "£000", after=T_6)
add(I, "pc21_claimed", PCN, ICB, "2024/25", "ARRS claimed", ["claimed", "arrs"], "£13.96m", "£m",
    "PCNs claimed £13.96m")
add(I, "pc21_alloc", PCN, ICB, "2024/25", "ARRS allocation", ["allocation", "arrs"], "£14.88m", "£m",
    "PCNs claimed £13.96m")
add(I, "pc21_pct", PCN, ICB, "2024/25", "ARRS claimed (%)", ["claimed", "arrs", "allocation"], "93.8%", "%",
    "PCNs claimed £13.96m")
add(I, "pc21_unclaimed", PCN, ICB, "2024/25", "ARRS unclaimed", ["unclaimed"], "£918k", "£k",
    "PCNs claimed £13.96m")
add(I, "pc21_wte", PCN, ICB, "31 March 2025", "ARRS staff employed (WTE)", ["whole-time equivalent", "wte", "staff"],
    "257.2", "WTE", "The 9 PCNs employed 257.2")
T_7 = "Table 7: ARRS allocation and claims by PCN"
A_COLS = [("alloc", "Allocation £000", ["allocation"], "£000"), ("claimed", "Claimed £000", ["claimed"], "£000"),
          ("pct", "Claimed %", ["claimed"], "%"), ("wte", "Staff in post (WTE)", ["staff", "wte"], "WTE")]
for area, cells in [("Central Kelderbrook PCN", ("3,412", "3,298", "96.7%", "61.4")),
                    ("Netherwick and Ravensfold PCN", ("2,968", "2,701", "91.0%", "49.8")),
                    ("Tollerdale PCN", ("2,540", "2,412", "95.0%", "44.1")),
                    ("Yarnbeck Valley PCN", ("2,786", "2,459", "88.3%", "45.6")),
                    (None, ("3,174", "3,092", "97.4%", "56.3")), (ICB, ("14,880", "13,962", "93.8%", "257.2"))]:
    anchor = {None: "Harnside PCNs (five networks)", ICB: "Total "}.get(area, area)
    row(I, f"i7_{slug(anchor)[:20]}", PCN, area, "2024/25", anchor, A_COLS, cells, "£000", after=T_7,
        note="'Harnside PCNs (five networks)' is no one place; the total is the ICB's")
T_8 = "Table 8: GP workforce by place"
G_COLS = [("gp_fte", "GP FTE", ["gp fte"], "FTE"), ("gp_per1000", "GP FTE per 1,000 patients", ["gp fte"], "per 1,000"),
          ("nurse", "Nurse FTE per 1,000 patients", ["nurse"], "per 1,000"),
          ("patients", "Registered patients", ["registered patients", "patients"], "count")]
for area, anchor, cells in [(K, "Kelderbrook   ", ("127.9", "0.49", "0.23", "260,500")),
                            ("Harnside", "Harnside   ", ("96.2", "0.52", "0.25", "185,300")),
                            (ICB, "Kelderbrook and Harnside ICB", ("224.1", "0.50", "0.24", "445,800")),
                            (ENG, "England ", (None, "0.47", "0.26", None))]:
    row(I, f"i8_{slug(area)[:20]}", "gp_workforce", area, "March 2025", anchor, G_COLS, cells, "FTE", after=T_8)
add(I, "g31_icb", "gp_workforce", ICB, "March 2025", "FTE GPs per 1,000 patients", ["gps", "fte"], "0.50",
    "per 1,000", "The ICB has 0.50 FTE GPs")
add(I, "g31_eng", "gp_workforce", ENG, "March 2025", "FTE GPs per 1,000 patients", ["gps", "fte"], "0.47",
    "per 1,000", "The ICB has 0.50 FTE GPs")
add(I, "g31_ashgrove", "gp_workforce", "Ashgrove", "March 2025", "FTE GPs per 1,000 patients", ["gps", "fte"],
    "0.43", "per 1,000", "Ashgrove neighbourhood has 0.43")
add(I, "g31_arrs_gps", "gp_workforce", ICB, "2024/25", "GPs recruited through the ARRS GP scheme",
    ["recruited", "gps"], "19", "count", "recruited 19 GPs")
add(I, "g31_arrs_cost", "gp_workforce", ICB, "2024/25", "Cost of ARRS GPs", ["cost"], "£1.27m", "£m",
    "at a cost of £1.27m")

ids = [f["id"] for f in FACTS]
assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
with open(os.path.join(HERE, "facts.jsonl"), "w", encoding="utf-8") as fh:
    for f in FACTS:
        fh.write(json.dumps(f, ensure_ascii=False) + "\n")
print(len(FACTS), "facts")
