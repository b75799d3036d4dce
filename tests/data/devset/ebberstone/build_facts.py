#!/usr/bin/env python3
"""Build facts.jsonl for the Ebberstone packs (pdftotext raw and non-layout style), written by hand.

Each fact is located by an anchor (a substring that must match exactly one line, or the first match after a
unique caption); its printed form must occur on that line as a standalone token. Run from this folder.
"""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
H = "ebberstone_hosc_2025-03-05.txt"
W = "ebberstone_hwb_2025-03-20.txt"
LINES = {f: open(os.path.join(HERE, f), encoding="utf-8").read().split("\n") for f in (H, W)}
FACTS: list[dict] = []
E, ENG = "Ebberstone", "England"
DISTRICTS = ["Hollinbeck", "Skelderby", "Brindlemoor", "Pottersby", "Lowcaster", "Wyndhallow"]


def find(f, anchor, after=None, starts=False):
    lo = 0 if after is None else find(f, after)
    hits = [i for i, x in enumerate(LINES[f]) if i >= lo and (x.startswith(anchor) if starts else anchor in x)]
    if not hits or (after is None and len(hits) != 1):
        sys.exit(f"anchor {anchor!r} in {f}: lines {[h + 1 for h in hits]}")
    return hits[0] + 1


def num(printed):
    s = printed.replace(",", "").replace("£", "").replace("%", "").replace(" million", "")
    neg = s.startswith("(") and s.endswith(")")
    s = s.strip("()")
    for suf in ("bn", "m", "k"):
        s = s.removesuffix(suf)
    v = float(s)
    return -v if neg else v


def add(f, fid, dataset, area, period, measure, kw, printed, unit, anchor, rag=None, after=None, note=None,
        starts=False):
    ln = find(f, anchor, after, starts)
    line = LINES[f][ln - 1]
    if not re.search(r"(?<![\w.,])" + re.escape(printed) + r"(?![\w]|[.,]\d)", line):
        sys.exit(f"{printed!r} not on {f}:{ln}: {line!r}")
    v = num(printed)
    if v == int(v) and "." not in printed:
        v = int(v)
    d = {"id": fid, "file": f, "dataset": dataset, "area": area, "period": period, "measure": measure,
         "measure_keywords": kw, "value": v, "unit": unit, "rag": rag, "line": ln, "quote": line.strip(),
         "printed": printed}
    if note:
        d["note"] = note
    FACTS.append(d)


def row(f, prefix, dataset, area, period, anchor, cols, cells, unit, after=None, rag=None, note=None, starts=True):
    """One table row: cols are (suffix, measure, keywords[, unit]); cells the printed values (None: skip)."""
    for col, printed in zip(cols, cells):
        if printed is None:
            continue
        suffix, measure, kw = col[:3]
        add(f, f"{prefix}_{suffix}", dataset, area, period, measure, kw, printed, col[3] if len(col) > 3 else unit,
            anchor, rag, after, note, starts)


def cells(f, prefix, dataset, area, period, label, measures, values, unit, after, rag=None):
    """A table printed one cell per line: the label's line, then each value on the next lines."""
    lab = find(f, label, after, starts=True)
    for k, ((suffix, measure, kw), printed) in enumerate(zip(measures, values), 1):
        ln = lab + k
        line = LINES[f][ln - 1]
        assert line.strip() == printed, (f, ln, line, printed)
        v = num(printed)
        FACTS.append({"id": f"{prefix}_{suffix}", "file": f, "dataset": dataset, "area": area, "period": period,
                      "measure": measure, "measure_keywords": kw, "value": int(v) if v == int(v) and "." not in printed
                      else v, "unit": unit, "rag": rag, "line": ln, "quote": line.strip(), "printed": printed,
                      "note": f"one cell per line: the row label {label!r} is on line {lab}"})


# ============================== HOSC, 5 March 2025 ==============================
Q = "qipp"
add(H, "min_qipp_2324_delivered", Q, E, "2023/24", "Efficiency savings delivered", ["delivered", "savings"],
    "£31.4 million", "£m", "£31.4 million in 2023/24")
add(H, "min_qipp_2324_plan", Q, E, "2023/24", "Efficiency savings plan", ["plan"], "£35.0 million", "£m",
    "in 2023/24 against a plan of £35.0 million")
add(H, "min_qipp_2324_recurrent", Q, E, "2023/24", "Recurrent share of savings delivered", ["recurrent"], "58%", "%",
    "£31.4 million in 2023/24")
add(H, "min_qipp_2425_requirement", Q, E, "2024/25", "Efficiency requirement", ["requirement"], "£46.8 million", "£m",
    "the efficiency requirement for the Ebberstone place")
add(H, "min_qipp_2425_identified", Q, E, "2024/25", "Schemes identified at month 8", ["identified"], "£38.3 million", "£m",
    "which £38.3 million had schemes identified")
add(H, "min_qipp_2425_gap", Q, E, "2024/25", "Efficiency gap at month 8", ["gap"], "£8.5 million", "£m",
    "which £38.3 million had schemes identified")
add(H, "min_deficit", "finance", E, "2024/25", "Forecast year-end deficit", ["deficit"], "-£4.2m", "£m",
    "forecast a year-end deficit")
add(H, "kv_target", Q, E, "2024/25", "Efficiency target 2024/25", ["target"], "£46.8m", "£m", "Efficiency target 2024/25:")
add(H, "kv_delivered", Q, E, "2024/25", "Delivered to month 10", ["delivered"], "£33.9m", "£m", "Delivered to month 10:")
add(H, "kv_forecast", Q, E, "2024/25", "Forecast outturn", ["forecast"], "£41.2m", "£m", "Forecast outturn:")
add(H, "kv_shortfall", Q, E, "2024/25", "Forecast shortfall", ["shortfall"], "-£5.6m", "£m", "Forecast shortfall:")
add(H, "kv_recurrent", Q, E, "2024/25", "Recurrent share of delivery", ["recurrent"], "61%", "%", "Recurrent share of")
add(H, "p3_shortfall_pct", Q, E, "2024/25", "Forecast shortfall as a share of target", ["shortfall", "target"], "12.0%",
    "%", "The forecast shortfall of £5.6m is")
add(H, "p3_medicines_pct", Q, E, "2024/25", "Medicines optimisation forecast as share of target",
    ["medicines", "target", "forecast"], "95.2%", "%", "optimisation, where 95.2%")
add(H, "p3_workforce_pct", Q, E, "2024/25", "Workforce and agency forecast as share of target",
    ["workforce", "forecast", "target"], "75.0%", "%", "and agency, where the forecast is")
T1 = "Table 1 Efficiency savings by programme"
COLS1 = [("target", "Target", ["target"]), ("delivered", "Delivered", ["delivered"]),
         ("forecast", "Forecast", ["forecast"]), ("variance", "Variance", ["variance"])]
for slug, label, vals, rag in [
    ("medicines", "Medicines optimisation", ("9,400", "7,210", "8,950", "(450)"), "Green"),
    ("elective", "Elective care and outpatients", ("12,600", "8,020", "10,740", "(1,860)"), "Red"),
    ("uec", "Urgent and emergency care", ("8,100", "5,930", "7,600", "(500)"), "Amber"),
    ("chc", "Continuing healthcare", ("6,300", "4,870", "6,110", "(190)"), "Green"),
    ("workforce", "Workforce and agency", ("10,400", "7,870", "7,800", "(2,600)"), "Red"),
    ("total", "Total", ("46,800", "33,900", "41,200", "(5,600)"), "Red"),
]:
    cols = [(c[0], f"{c[1]} - {label}", c[2]) for c in COLS1]
    row(H, f"t1_{slug}", Q, E, "2024/25", label + " ", cols, vals, "£k", after=T1, rag=rag,
        note=f"RAG printed as {rag[0]!r}")
add(H, "p5_followup_delivered", Q, E, "2024/25", "Outpatient follow-up reduction scheme delivered",
    ["follow-up", "delivered"], "£1.1m", "£m", "delivered £1.1m against a plan of £2.9m")
add(H, "p5_followup_plan", Q, E, "2024/25", "Outpatient follow-up reduction scheme plan", ["plan"], "£2.9m", "£m",
    "delivered £1.1m against a plan of £2.9m")
add(H, "p6_agency_spend", "finance", E, "January 2025", "Agency spend in month 10", ["agency"], "£2.3m", "£m",
    "Agency spend in month 10")
add(H, "p6_agency_cap", "finance", E, "January 2025", "Agency spend cap", ["cap"], "£1.6m", "£m",
    "Bank and agency controls")
T2 = "Table 2 Efficiency delivery by year"
COLS2 = [("target", "Target", ["target"], "£m"), ("delivered", "Delivered", ["delivered"], "£m"),
         ("pct", "Delivered %", ["delivered"], "%")]
for yr, vals in [("2022/23", ("38.5", "36.1", "93.8%")), ("2023/24", ("35.0", "31.4", "89.7%")),
                 ("2024/25 (forecast)", ("46.8", "41.2", "88.0%"))]:
    row(H, f"t2_{yr[:7].replace('/', '')}", Q, E, yr[:7], yr + ",", COLS2, vals, None, after=T2,
        note="a comma-separated row")
add(H, "p8_increase", Q, E, "2024/25", "Increase in target on 2023/24", ["increase", "higher", "target"], "33.7%", "%",
    "The 2024/25 target is 33.7% higher")
G = "gp_workforce"
T3 = "Table 3 GP workforce (FTE)"
YEARS = [("2122", "2021/22"), ("2223", "2022/23"), ("2324", "2023/24")]
for slug, label, kw, vals, unit in [
    ("partners", "GP partners", ["partner"], ("182.4", "176.9", "171.3"), "FTE"),
    ("salaried", "Salaried GPs", ["salaried"], ("96.2", "104.8", "112.5"), "FTE"),
    ("registrars", "GP registrars", ["registrar"], ("41.0", "47.6", "52.1"), "FTE"),
    ("locums", "Locum GPs", ["locum"], ("12.7", "10.9", "9.4"), "FTE"),
    ("all", "All GPs", ["all gps", "gp"], ("332.3", "340.2", "345.3"), "FTE"),
    ("per1000", "GP FTE per 1,000 patients", ["per 1,000"], ("0.54", "0.55", "0.55"), "per 1,000"),
]:
    for (ys, yp), printed in zip(YEARS, vals):
        add(H, f"t3_{slug}_{ys}", G, E, yp, f"{label} {yp}", kw, printed, unit, label + " ", after=T3,
            starts=True, note="years on the line under the caption")
add(H, "p3_gp_rise", G, E, "2023/24", "Rise in GP FTE since 2021/22", ["rise", "risen", "fte"], "13.0",
    "FTE", "has risen by 13.0 FTE")
add(H, "p3_partner_fall", G, E, "2023/24", "Fall in GP partner FTE", ["partner"], "11.1", "FTE",
    "number of GP partners has fallen by")
add(H, "p4_wyndhallow", G, "Wyndhallow", "December 2024", "GP FTE per 1,000 patients", ["per 1,000"], "0.68",
    "per 1,000", "population (0.68 FTE per 1,000 patients)")
T4 = "Table 4 GP FTE and registered patients by district"
COLS4 = [("patients", "Registered patients", ["patients"], "count"), ("fte", "GP FTE", ["fte"], "FTE"),
         ("per1000", "FTE per 1,000 patients", ["per 1,000"], "per 1,000"),
         ("perfte", "Patients per GP FTE", ["per gp", "patients per"], "count")]
for area, vals in [
    ("Hollinbeck", ("148,210", "82.6", "0.56", "1,794")), ("Skelderby", ("96,480", "49.1", "0.51", "1,965")),
    ("Brindlemoor", ("121,930", "63.8", "0.52", "1,911")), ("Pottersby", ("88,740", "41.2", "0.46", "2,154")),
    ("Lowcaster", ("102,655", "60.3", "0.59", "1,702")), ("Wyndhallow", ("71,120", "48.3", "0.68", "1,472")),
    ("Ebberstone", ("629,135", "345.3", "0.55", "1,822")), ("England", ("63,012,400", "28,941.0", "0.46", "2,177")),
]:
    row(H, f"t4_{area.lower()}", G, area, "December 2024", area + "\t", COLS4, vals, None, after=T4,
        note="tab-separated")
T6 = "Table 6 General practice appointments by district"
COLS6 = [("appts", "Appointments", ["appointments"], "count"), ("sameday", "Seen same day %", ["same day"], "%"),
         ("14days", "Seen within 14 days %", ["14 days"], "%"), ("f2f", "Face to face %", ["face to face"], "%")]
for area, vals in [
    ("Hollinbeck", ("71,204", "44.8", "83.1", "69.2")), ("Skelderby", ("45,980", "41.3", "80.7", "71.5")),
    ("Brindlemoor", ("58,115", "39.6", "78.2", "66.0")), ("Pottersby", ("40,362", None, "76.9", "64.8")),
    ("Lowcaster", ("50,870", "46.1", "85.0", "72.3")), ("Wyndhallow", ("35,940", "48.9", None, "74.1")),
    ("Ebberstone", ("302,471", "43.5", "80.9", "69.4")),
]:
    row(H, f"t6_{area.lower()}", "gp_access", area, "January 2025", area + " ", COLS6, vals, None, after=T6,
        note="single-spaced row; '*' and 'n/a' cells are no facts")
add(H, "p7_f2f_england", "gp_access", ENG, "January 2025", "Appointments face to face", ["face to face"], "66.1%", "%",
    "against 66.1% in England")
P = "primary_care_budgets"
add(H, "p8_budget", P, E, "2024/25", "Delegated primary care budget", ["budget"], "£103.4m", "£m",
    "The delegated primary care budget for 2024/25")
add(H, "p8_overspend", P, E, "2024/25", "Forecast overspend at month 10", ["overspend"], "£0.43m", "£m",
    "overspend of £0.43m")
T5 = "Table 5 Primary care budget (£m)"
COLS5 = [("outturn2324", "2023/24 Outturn", ["outturn"]), ("budget2425", "2024/25 Budget", ["budget"]),
         ("forecast2425", "2024/25 Forecast", ["forecast"]), ("variance", "Variance", ["variance"])]
for slug, label, vals in [
    ("contracts", "General practice contracts", ("71.42", "74.86", "75.10", "0.24")),
    ("premises", "Premises", ("9.85", "10.20", "10.05", "(0.15)")),
    ("enhanced", "Enhanced services", ("6.31", "6.90", "7.22", "0.32")),
    ("qof", "Quality and Outcomes Framework", ("8.76", "9.04", "8.91", "(0.13)")),
    ("other", "Other primary care", ("2.18", "2.40", "2.55", "0.15")),
    ("total", "Total", ("98.52", "103.40", "103.83", "0.43")),
]:
    cols = [(c[0], f"{label} - {c[1]}", c[2]) for c in COLS5]
    row(H, f"t5_{slug}", P, E, "2024/25", label + " ", cols, vals, "£m", after=T5,
        note="header of four multi-word columns on one single-spaced line")
add(H, "p9_premises", P, E, "2024/25", "Premises underspend", ["premises", "underspend"], "£0.15m", "£m",
    "The premises underspend of £0.15m")
N = "pcn_budgets"
for slug, label, kw, printed in [
    ("arrs", "Additional Roles Reimbursement Scheme", ["additional roles"], "£14.2m"),
    ("caap", "Capacity and Access Payment", ["capacity"], "£3.1m"),
    ("leadership", "PCN leadership and management", ["leadership"], "£0.9m"),
    ("enhanced_access", "Enhanced access", ["enhanced access"], "£1.2 million"),
    ("care_home", "Care home premium", ["care home"], "£640k"),
    ("total", "Total PCN funding", ["total", "pcn funding"], "£20.04m"),
]:
    add(H, f"kv_pcn_{slug}", N, E, "2024/25", label, kw, printed, "£k" if printed.endswith("k") else "£m", label + ":",
        note="a 'label: value' line")
add(H, "p11_arrs_fte", N, E, "December 2024", "ARRS staff", ["arrs", "staff"], "286", "FTE", "paid for 286 FTE staff")
add(H, "p11_arrs_fte_prev", N, E, "December 2023", "ARRS staff a year earlier", ["arrs", "staff"], "241", "FTE",
    "up from 241 FTE a year earlier")
add(H, "p11_pharmacists", N, E, "December 2024", "Clinical pharmacists", ["pharmacist"], "74", "FTE",
    "Clinical pharmacists are the largest group at 74 FTE")
COLS12 = [("patients", "Registered patients", ["patients"], "count"), ("arrs", "ARRS funding £k", ["arrs"], "£k"),
          ("perpatient", "Funding per patient £", ["per patient"], "£")]
for area, vals in [("Hollinbeck Central PCN", ("71,480", "1,612", "22.55")),
                   ("Wyndhallow Rural PCN", ("31,260", "705", "22.55"))]:
    row(H, f"p12_{area.split()[0].lower()}", N, area, "2024/25", area + ",", COLS12, vals, None,
        note="a comma-separated row")

# ============================== HWB, 20 March 2025 ==============================
L = "life_expectancy"
add(W, "min_bcf_spend_q2", "bcf", E, "Q2 2024/25", "BCF spending to end of quarter 2", ["spend"], "£40.9m", "£m",
    "reported spending of £40.9m")
add(W, "min_bcf_budget", "bcf", E, "2024/25", "BCF pooled budget", ["budget"], "£82.94m", "£m",
    "against the pooled budget of £82.94m")
add(W, "p2_le_male", L, E, "2021-23", "Life expectancy at birth, males", ["life expectancy", "male"], "79.6", "years",
    "Life expectancy at birth in Ebberstone is 79.6")
add(W, "p2_le_female", L, E, "2021-23", "Life expectancy at birth, females", ["life expectancy", "female"], "83.3",
    "years", "Life expectancy at birth in Ebberstone is 79.6")
add(W, "p2_le_male_eng", L, ENG, "2021-23", "Life expectancy at birth, males", ["life expectancy", "male"], "79.1",
    "years", "females (2021-23), slightly above England")
add(W, "p2_le_female_eng", L, ENG, "2021-23", "Life expectancy at birth, females", ["life expectancy", "female"],
    "83.1", "years", "females (2021-23), slightly above England")
add(W, "p3_gap_male", L, E, "2021-23", "Deprivation gap in life expectancy, men", ["gap", "less", "deprived"], "9.1",
    "years", "Men in the most deprived tenth")
add(W, "p3_gap_female", L, E, "2021-23", "Deprivation gap in life expectancy, women", ["gap", "deprived"], "7.4",
    "years", "deprived tenth; for women the gap is")
add(W, "p3_gap_male_eng", L, ENG, "2021-23", "Deprivation gap in life expectancy, men", ["gap"], "9.7", "years",
    "The England gaps are")
add(W, "p3_gap_female_eng", L, ENG, "2021-23", "Deprivation gap in life expectancy, women", ["gap"], "7.9", "years",
    "The England gaps are")
add(W, "p4_le_pottersby_male", L, "Pottersby", "2021-23", "Life expectancy, males", ["life expectancy", "male"], "77.3",
    "years", "Life expectancy is lowest in Pottersby")
add(W, "p4_le_pottersby_female", L, "Pottersby", "2021-23", "Life expectancy, females", ["life expectancy", "female"],
    "81.6", "years", "Life expectancy is lowest in Pottersby")
add(W, "p4_le_wyndhallow_male", L, "Wyndhallow", "2021-23", "Life expectancy, males", ["life expectancy", "male"],
    "81.5", "years", "highest in Wyndhallow")
add(W, "p4_le_wyndhallow_female", L, "Wyndhallow", "2021-23", "Life expectancy, females",
    ["life expectancy", "female"], "84.9", "years", "highest in Wyndhallow")
T1W = "Table 1: Life expectancy at birth"
LEM = [("male", "Male", ["male"]), ("female", "Female", ["female"])]
for area, vals in [("Hollinbeck", ("79.4", "83.2")), ("Skelderby", ("78.1", "82.0")), ("Brindlemoor", ("80.2", "83.9")),
                   ("Pottersby", ("77.3", "81.6")), ("Lowcaster", ("80.8", "84.5")), ("Wyndhallow", ("81.5", "84.9")),
                   ("Ebberstone", ("79.6", "83.3")), ("England", ("79.1", "83.1"))]:
    cells(W, f"t1_le_{area.lower()}", L, area, "2021-23", area, LEM, vals, "years", after=T1W)
cells(W, "t1_le_gap", L, E, "2021-23", "Deprivation gap",
      [("male", "Deprivation gap - Male", ["gap"]), ("female", "Deprivation gap - Female", ["gap"])], ("9.1", "7.4"),
      "years", after=T1W)
T2W = "Table 2: Healthy life expectancy"
for area, vals in [("Ebberstone", ("62.8", "63.9")), ("England", ("61.5", "61.9"))]:
    row(W, f"t2_hle_{area.lower()}", L, area, "2021-23", area + " ",
        [("male", "Healthy life expectancy - Male", ["male"]), ("female", "Healthy life expectancy - Female",
                                                                 ["female"])],
        vals, "years", after=T2W, note="value with its 95% confidence interval in brackets")
D = "wider_determinants"
add(W, "p2_walk_pottersby", D, "Pottersby", "2023", "Walking for travel", ["walking"], "11.7%", "%",
    "Walking for travel on at least three days")
add(W, "p2_walk_lowcaster", D, "Lowcaster", "2023", "Walking for travel", ["walking"], "17.9%", "%",
    "Walking for travel on at least three days")
add(W, "p2_walk_county", D, E, "2023", "Walking for travel", ["walking"], "14.9%", "%",
    "Lowcaster; the county figure of 14.9%")
add(W, "p2_walk_england", D, ENG, "2023", "Walking for travel", ["walking"], "15.8%", "%",
    "Lowcaster; the county figure of 14.9%")
T3W = "Table 3: Active travel, air quality and employment"
COLS3W = [("walking", "Walking for travel (%)", ["walking"], "%"), ("pm25", "PM2.5 annual mean (µg/m3)", ["pm2.5"],
                                                                        "µg/m3"),
          ("employment", "Employment rate aged 16-64 (%)", ["employment"], "%")]
for area, vals in [("Hollinbeck", ("16.4", "8.1", "76.9")), ("Skelderby", ("13.2", "6.9", "74.8")),
                   ("Brindlemoor", ("15.0", "7.4", "78.3")), ("Pottersby", ("11.7", "8.6", "71.9")),
                   ("Lowcaster", ("17.9", "7.0", "79.1")), ("Wyndhallow", ("12.5", "6.2", "77.6")),
                   ("Ebberstone", ("14.9", "7.5", "76.5")), ("England", ("15.8", "7.8", "75.7"))]:
    row(W, f"t3_{area.lower()}", D, area, "2023", area + ",", COLS3W, vals, None, after=T3W,
        note="a comma-separated row")
add(W, "p3_pm25_pottersby", D, "Pottersby", "2023", "PM2.5 annual mean", ["pm2.5", "particulate"], "8.6", "µg/m3",
    "is highest in Pottersby, at 8.6")
add(W, "p3_emp_pottersby", D, "Pottersby", "2023", "Employment rate", ["employment"], "71.9%", "%",
    "The employment rate in Pottersby (71.9%)")
add(W, "p3_emp_gap", D, "Pottersby", "2023", "Employment rate gap with England", ["below", "gap", "employment"], "3.8",
    "percentage points", "The employment rate in Pottersby (71.9%)")
T4W = "Table 4: Fuel poverty and homelessness"
COLS4W = [("fp_n", "Households in fuel poverty", ["fuel poverty"], "count"),
          ("fp_pct", "Fuel poverty (%)", ["fuel poverty"], "%"),
          ("hl_n", "Homelessness duties owed", ["homelessness"], "count"),
          ("hl_rate", "Homelessness duties per 1,000 households", ["homelessness"], "per 1,000")]
for area, vals in [("Hollinbeck", ("7,842", "12.1", "702", "10.8")), ("Skelderby", ("5,310", "12.9", "455", "11.0")),
                   ("Brindlemoor", ("5,604", "10.8", "388", "7.5")), ("Pottersby", ("5,921", "15.2", "611", "15.7")),
                   ("Lowcaster", ("4,412", "9.6", "290", "6.3")), ("Wyndhallow", ("3,376", "10.4", "214", "6.6")),
                   ("Ebberstone", ("32,465", "11.8", "2,660", "9.7")), ("England", (None, "13.1", None, "13.0"))]:
    row(W, f"t4_{area.lower()}", D, area, "2023", area + ",", COLS4W, vals, None, after=T4W,
        note="a comma-separated row whose counts hold thousands commas")
add(W, "p5_fp_n", D, E, "2022", "Households in fuel poverty", ["fuel poverty"], "32,465", "count",
    "32,465 households in Ebberstone")
add(W, "p5_fp_pct", D, E, "2022", "Households in fuel poverty (%)", ["fuel poverty"], "11.8%", "%",
    "32,465 households in Ebberstone")
add(W, "p5_fp_eng", D, ENG, "2022", "Households in fuel poverty (%)", ["fuel poverty"], "13.1%", "%",
    "32,465 households in Ebberstone")
add(W, "p5_fp_pottersby", D, "Pottersby", "2022", "Fuel poverty rate", ["fuel poverty", "rate"], "15.2%", "%",
    "England. Pottersby has the highest rate")
B = "bcf"
add(W, "p1_bcf_budget", B, E, "2024/25", "BCF pooled budget", ["budget"], "£82.94m", "£m",
    "pooled budget for 2024/25 is £82.94m")
add(W, "p1_bcf_spend", B, E, "Q3 2024/25", "BCF spending to end of quarter 3", ["spend"], "£61.815m", "£m",
    "quarter 3 was £61.815m")
add(W, "p1_bcf_spend_pct", B, E, "Q3 2024/25", "BCF spending as a share of budget", ["budget", "spend"], "74.5%", "%",
    "quarter 3 was £61.815m")
T5W = "Table 5: Better Care Fund pooled budget"
BCFM = [("planned", "Planned £000", ["planned"]), ("spent", "Spent to Q3 £000", ["spent"])]
for slug, label, vals in [("nhs", "NHS minimum contribution", ("52,840", "39,630")),
                          ("ibcf", "Improved Better Care Fund", ("18,210", "13,658")),
                          ("dfg", "Disabled Facilities Grant", ("6,020", "3,912")),
                          ("discharge", "Discharge Fund", ("4,370", "3,490")),
                          ("council", "Additional council contribution", ("1,500", "1,125")),
                          ("total", "Total", ("82,940", "61,815"))]:
    cells(W, f"t5_bcf_{slug}", B, E, "2024/25", label, [(s, f"{label} - {m}", k) for s, m, k in BCFM], vals, "£k",
          after=T5W)
add(W, "p2_dfg_done", B, E, "2024/25", "Adaptations completed", ["adaptations"], "312", "count",
    "312 adaptations")
add(W, "p2_dfg_planned", B, E, "2024/25", "Adaptations planned", ["adaptations", "planned"], "450", "count",
    "have been completed against 450 planned")
T6W = "Table 6: Better Care Fund metrics"
for slug, label, kw, vals, unit, rag in [
    ("avoidable", "Avoidable admissions (per 100,000)", ["avoidable"], ("178.0", "184.6"), "per 100,000", "Amber"),
    ("usual_place", "Discharged to usual place of residence (%)", ["usual place"], ("93.5", "92.8"), "%", "Amber"),
    ("falls", "Emergency admissions due to falls, 65+ (per 100,000)", ["falls"], ("1,950", "2,104"), "per 100,000",
     "Red"),
    ("care_homes", "Permanent admissions to care homes, 65+ (per 100,000)", ["care homes"], ("610.0", "588.3"),
     "per 100,000", "Green"),
]:
    row(W, f"t6_{slug}", B, E, "Q3 2024/25", label.split(" (")[0].split(",")[0],
        [("plan", f"{label} - plan", kw + ["plan"]), ("actual", f"{label} - actual", kw)], vals, unit, after=T6W,
        rag=rag, note=f"tab-separated; status printed as {rag!r}")
add(W, "p4_falls_above", B, E, "Q3 2024/25", "Falls rate above plan", ["falls", "above plan"], "7.9%", "%",
    "The falls rate is 7.9% above plan")
S = "performance"
T7W = "Table 7: Performance scorecard"
for slug, label, kw, vals, unit, rag in [
    ("ae", "A&E attendances seen within 4 hours (%)", ["a&e", "4 hours"], ("69.3", "78.0", "74.2"), "%", "Red"),
    ("cancer", "Cancer treatment within 62 days (%)", ["cancer"], ("66.2", "75.0", "67.3"), "%", "Red"),
    ("diagnostics", "Diagnostic tests waiting over 6 weeks (%)", ["diagnostic"], ("19.8", "5.0", "22.1"), "%", "Red"),
    ("dementia", "Dementia diagnosis rate aged 65+ (%)", ["dementia"], ("64.1", "66.7", "64.8"), "%", "Amber"),
    ("smoking", "Smoking quitters at 4 weeks (%)", ["smoking", "quit"], ("53.2", "50.0", "54.0"), "%", "Green"),
    ("healthchecks", "NHS Health Checks delivered", ["health checks"], ("16,420", "18,000", None), "count", "Amber"),
    ("mmr2", "MMR2 coverage at age 5 (%)", ["mmr"], ("87.9", "95.0", "83.9"), "%", "Amber"),
    ("ambulance", "Ambulance category 2 mean response (minutes)", ["ambulance"], ("36.5", "30.0", "35.1"), "minutes",
     "Red"),
]:
    for (suffix, area, extra), printed in zip([("eb", E, []), ("target", E, ["target"]), ("eng", ENG, [])], vals):
        if printed is None:
            continue
        measure = label + (" - target" if suffix == "target" else "")
        add(W, f"t7_{slug}_{suffix}", S, area, "Q3 2024/25", measure, kw + extra if not extra else extra + kw, printed,
            unit, label.split(" (")[0] + " ", rag=rag, after=T7W, starts=True, note=f"RAG printed as {rag[0]!r}")
add(W, "p2_smoking", S, E, "Q3 2024/25", "Smoking quitters at 4 weeks", ["smoking", "quit"], "53.2%", "%",
    "Smoking quitters at 4 weeks (53.2%)")
add(W, "p2_smoking_target", S, E, "Q3 2024/25", "Smoking quitters target", ["target"], "50%", "%",
    "target of 50%.")

ids = [f["id"] for f in FACTS]
assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
with open(os.path.join(HERE, "facts.jsonl"), "w", encoding="utf-8") as fh:
    for f in FACTS:
        fh.write(json.dumps(f, ensure_ascii=False) + "\n")
print(len(FACTS), "facts")
