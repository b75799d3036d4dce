#!/usr/bin/env python3
"""Build facts.jsonl for the Carrowdale packs (modern.gov renditions), written by hand.

Each fact is located by an anchor (a substring that must match exactly one line, or the first match after a
unique caption); its printed form must occur on that line as a standalone token.  Tables printed one cell per
line are placed by their row label (the first line after the caption equal to it) and the value's position after
it.  Run from this folder.
"""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
S = "carrowdale_hsc_2025-02-11.txt"
W = "carrowdale_hwb_2025-03-20.txt"
LINES = {f: open(os.path.join(HERE, f), encoding="utf-8").read().split("\n") for f in (S, W)}
FACTS: list[dict] = []
C, ENG, ICB = "Carrowdale", "England", "Carrowdale and Lenholm ICB"
DISTRICTS = ["Stenbury", "Ravensholt", "Pellingford", "Brackwater", "Dunmere Vale", "Tollerby"]
AREAS8 = DISTRICTS + [C, ENG]


def find(f, anchor, after=None, starts=False, exact=False):
    lo = 0 if after is None else find(f, after)
    hits = [
        i
        for i, x in enumerate(LINES[f])
        if i >= lo and (x.strip() == anchor if exact else x.startswith(anchor) if starts else anchor in x)
    ]
    if not hits or (after is None and len(hits) != 1):
        sys.exit(f"anchor {anchor!r} in {f}: lines {[h + 1 for h in hits]}")
    return hits[0] + 1


def num(printed):
    s = printed.rstrip("*").replace(",", "").replace("£", "").replace("%", "")
    neg = (s.startswith("(") and s.endswith(")")) or s.startswith("-")
    s = s.strip("()-")
    for suf in ("bn", "m", "k"):
        s = s.removesuffix(suf)
    v = float(s)
    return -v if neg else v


def put(f, ln, fid, dataset, area, period, measure, kw, printed, unit, rag=None, note=None):
    line = LINES[f][ln - 1]
    if not re.search(r"(?<![\w.,£])" + re.escape(printed) + r"(?![\w]|[.,]\d)", line):
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


def add(f, fid, dataset, area, period, measure, kw, printed, unit, anchor, rag=None, after=None, note=None,
        starts=False):
    put(f, find(f, anchor, after, starts), fid, dataset, area, period, measure, kw, printed, unit, rag, note)


def row(f, prefix, dataset, area, period, anchor, cols, cells, unit, after=None, rag=None, note=None, starts=True):
    """One single-spaced table row: cols are (suffix, measure, keywords[, unit]); cells the printed values."""
    for col, printed in zip(cols, cells):
        if printed is None:
            continue
        suffix, measure, kw = col[:3]
        add(f, f"{prefix}_{suffix}", dataset, area, period, measure, kw, printed, col[3] if len(col) > 3 else unit,
            anchor, rag, after, note, starts)


def cells(f, prefix, dataset, area, period, label, cols, values, unit, after, note=None):
    """One row of a table printed one cell per line: the label's line, then one value a line."""
    ln = find(f, label, after, exact=True)
    for i, (col, printed) in enumerate(zip(cols, values), start=1):
        if printed is None:
            continue
        suffix, measure, kw = col[:3]
        put(f, ln + i, f"{prefix}_{suffix}", dataset, area, period, measure, kw, printed,
            col[3] if len(col) > 3 else unit, note=note)


# ============================== Health Scrutiny Committee, 11 February 2025 ==============================
Q, FIN, PERF, GPW, PC = "qipp", "finance", "performance", "gp_workforce", "primary_care"
add(S, "min_qipp_delivered", Q, ICB, "2024/25", "Efficiency delivered at month 7", ["delivered", "efficiency"],
    "£19.8m", "£m", "efficiency programme had delivered £19.8m")
add(S, "min_qipp_plan", Q, ICB, "2024/25", "Efficiency year to date plan at month 7", ["plan"], "£22.6m", "£m",
    "efficiency programme had delivered £19.8m")
add(S, "min_qipp_target", Q, ICB, "2024/25", "Efficiency full year target", ["target"], "£41.5m", "£m",
    "year target was £41.5m")
add(S, "min_qipp_forecast", Q, ICB, "2024/25", "Efficiency forecast at month 7", ["forecast"], "£37.9m", "£m",
    "year target was £41.5m")
add(S, "min_qipp_gap", Q, ICB, "2024/25", "Efficiency gap at month 7", ["gap"], "£3.6m", "£m",
    "year target was £41.5m")
add(S, "min_deficit_forecast", FIN, ICB, "2024/25", "Forecast year-end deficit", ["deficit"], "£14.2m", "£m",
    "forecast a deficit of £14.2m")
add(S, "min_deficit_plan", FIN, ICB, "2024/25", "Planned deficit", ["deficit", "planned"], "£9.0m", "£m",
    "a planned deficit of £9.0m.")
add(S, "min_oap_saving", Q, ICB, "2024/25", "Out of area placements scheme saving", ["out of area", "saved", "saving"],
    "£1,240k", "£k", "out of area placements scheme had saved")
add(S, "min_agency", FIN, ICB, "2024/25", "Agency spend as % of pay bill", ["agency"], "4.1%", "%",
    "agency spend had fallen to 4.1%")
add(S, "min_agency_ceiling", FIN, ICB, "2024/25", "Agency spend ceiling", ["ceiling", "agency"], "3.2%", "%",
    "agency spend had fallen to 4.1%")
add(S, "min_appts_oct", PC, C, "October 2024", "GP appointments delivered", ["appointments"], "412,630", "count",
    "practices had delivered 412,630")
add(S, "min_appts_growth", PC, C, "October 2024", "Growth in appointments on October 2023",
    ["appointments", "more", "increase", "growth"], "6.8%", "%", "appointments in October 2024, 6.8% more")
add(S, "min_same_day", PC, C, "October 2024", "Appointments on the same day as booking", ["same day"], "41.2%", "%",
    "appointments on the same day as booking was 41.2%")

# --- finance and efficiency report
add(S, "r1_deficit_ytd", FIN, ICB, "Month 9 2024/25", "Year to date deficit", ["deficit"], "£11.7m", "£m",
    "year to date deficit of £11.7m")
add(S, "r1_deficit_plan", FIN, ICB, "Month 9 2024/25", "Planned deficit to date", ["planned", "plan"], "£6.8m", "£m",
    "deficit of £6.8m, an adverse")
add(S, "r1_adverse", FIN, ICB, "Month 9 2024/25", "Adverse variance", ["variance", "adverse"], "£4.9m", "£m",
    "deficit of £6.8m, an adverse")
add(S, "r1_deficit_forecast", FIN, ICB, "2024/25", "Forecast outturn deficit", ["forecast", "deficit", "outturn"],
    "£13.1m", "£m", "£13.1m.", starts=True)
add(S, "r1_qipp_delivered", Q, ICB, "Month 9 2024/25", "Efficiency delivered to date", ["delivered", "efficiency"],
    "£27.4m", "£m", "programme has delivered £27.4m")
add(S, "r1_qipp_plan", Q, ICB, "Month 9 2024/25", "Efficiency plan to date", ["plan"], "£31.0m", "£m",
    "£31.0m (88.4%)")
add(S, "r1_qipp_pct", Q, ICB, "Month 9 2024/25", "Efficiency delivered as % of plan to date",
    ["%", "plan", "delivered", "efficiency"], "88.4%", "%", "£31.0m (88.4%)")
add(S, "r1_qipp_forecast", Q, ICB, "2024/25", "Efficiency full year forecast", ["forecast"], "£38.6m", "£m",
    "£31.0m (88.4%)")
add(S, "r1_qipp_target", Q, ICB, "2024/25", "Efficiency target", ["target"], "£41.5m", "£m", "£31.0m (88.4%)")
add(S, "r1_prescribing_growth", FIN, ICB, "2024/25", "Prescribing cost growth", ["prescribing", "growth", "growing"],
    "7.9%", "%", "prescribing costs, growing by 7.9%")
add(S, "r1_prescribing_funded", FIN, ICB, "2024/25", "Prescribing growth funded", ["funded"], "4.5%", "%",
    "prescribing costs, growing by 7.9%")
T1 = "Table 1: Carrowdale place revenue position at month 9 (£000s)"
FIN_COLS = [("annual", "Annual budget", ["annual budget", "budget"]), ("btd", "Budget to date", ["budget to date"]),
            ("atd", "Actual to date", ["actual"]), ("var", "Variance", ["variance"])]
for slug, label, vals in [
    ("acute", "Acute services", ("486,220", "364,665", "369,812", "5,147")),
    ("mh", "Mental health", ("98,460", "73,845", "75,102", "1,257")),
    ("community", "Community services", ("71,380", "53,535", "52,960", "(575)")),
    ("chc", "Continuing healthcare", ("44,150", "33,113", "36,284", "3,171")),
    ("prescribing", "Prescribing", ("82,910", "62,183", "64,017", "1,834")),
    ("primary", "Primary care", ("96,540", "72,405", "71,938", "(467)")),
    ("running", "Running costs", ("9,870", "7,403", "6,921", "(482)")),
    ("total", "Total", ("889,530", "667,149", "677,034", "9,885")),
]:
    cols = [(c[0], f"{label} - {c[1]}", c[2]) for c in FIN_COLS]
    cells(S, f"t1_{slug}", FIN, C, "Month 9 2024/25", label, cols, vals, "£000", T1,
          note="table printed one cell per line; bracketed variances are underspends")
add(S, "r1_acute_over", FIN, C, "Month 9 2024/25", "Acute services over budget to date", ["acute"], "£5,147k", "£k",
    "The largest pressure is acute services")
add(S, "r1_chc_over", FIN, C, "Month 9 2024/25", "Continuing healthcare over budget to date", ["continuing"],
    "£3,171k", "£k", "Continuing healthcare is £3,171k")
add(S, "r1_target_pct", Q, ICB, "2024/25", "Efficiency target as % of allocation", ["allocation"], "2.9%", "%",
    "efficiency (QIPP) target for the ICB is £41.5m")
add(S, "r1_target_again", Q, ICB, "2024/25", "Efficiency (QIPP) target", ["target"], "£41.5m", "£m",
    "efficiency (QIPP) target for the ICB is £41.5m")
T2 = "Table 2: Efficiency programme by scheme, month 9 2024/25"
Q_COLS = [("target", "Annual target £m", ["target"]), ("plan", "Plan to date £m", ["plan"]),
          ("delivered", "Delivered to date £m", ["delivered"]), ("forecast", "Forecast £m", ["forecast"])]
for slug, label, vals, rag in [
    ("medicines", "Medicines optimisation", ("8.6", "6.5", "6.9", "9.1"), "Green"),
    ("chc", "Continuing healthcare review", ("7.2", "5.4", "3.8", "5.3"), "Red"),
    ("elective", "Elective productivity", ("9.4", "7.0", "6.1", "8.3"), "Amber"),
    ("urgent", "Urgent care and virtual wards", ("6.8", "5.1", "4.2", "5.9"), "Amber"),
    ("oap", "Mental health out of area placements", ("3.1", "2.3", "2.5", "3.3"), "Green"),
    ("corporate", "Corporate and running costs", ("4.0", "3.0", "2.7", "3.6"), "Amber"),
    ("estates", "Estates rationalisation", ("2.4", "1.7", "1.2", "3.1"), "Green"),
    ("total", "Total", ("41.5", "31.0", "27.4", "38.6"), "Amber"),
]:
    cols = [(c[0], f"{label} - {c[1]}", c[2]) for c in Q_COLS]
    row(S, f"t2_{slug}", Q, ICB, "Month 9 2024/25", label + " ", cols, vals, "£m", after=T2, rag=rag,
        note=f"RAG printed as {rag!r}; cells separated by single spaces")
add(S, "r1_chc_forecast", Q, ICB, "2024/25", "Continuing healthcare review forecast", ["forecast", "continuing"],
    "£5.3m", "£m", "review is forecast to deliver £5.3m")
add(S, "r1_chc_shortfall", Q, ICB, "2024/25", "Continuing healthcare review shortfall against target",
    ["below", "shortfall", "continuing"], "£1.9m", "£m", "review is forecast to deliver £5.3m")
add(S, "r1_recurrent", Q, ICB, "Month 9 2024/25", "Recurrent efficiency delivered", ["recurrent"], "£19,860k", "£k",
    "£19,860k (72.5%)")
add(S, "r1_recurrent_pct", Q, ICB, "Month 9 2024/25", "Recurrent share of efficiency delivered", ["recurrent"],
    "72.5%", "%", "£19,860k (72.5%)")
add(S, "r1_non_recurrent", Q, ICB, "Month 9 2024/25", "Non-recurrent efficiency delivered", ["non-recurrent"],
    "£7,540k", "£k", "£19,860k (72.5%)")
add(S, "r1_delivered_again", Q, ICB, "Month 9 2024/25", "Efficiency delivered to date", ["delivered"], "£27.4m", "£m",
    "£19,860k (72.5%)")

# --- general practice report
add(S, "gp_patients", PC, C, "2024/25", "Registered patients", ["patients"], "612,480", "patients",
    "Carrowdale has 78 practices in 8 PCNs")
TA = "Table 1: Appointments in general practice, 2024/25"
APPT_COLS = [("q1", "Qtr 1", []), ("q2", "Qtr 2", []), ("q3", "Qtr 3", [])]
for slug, label, kw, vals, unit in [
    ("total", "Total appointments", ["appointments"], ("1,184,220", "1,152,870", "1,236,410"), "count"),
    ("f2f", "Seen face to face (%)", ["face to face"], ("66.1", "65.4", "67.0"), "%"),
    ("same_day", "Seen on the same day (%)", ["same day"], ("40.3", "39.8", "41.6"), "%"),
    ("14days", "Seen within 14 days (%)", ["14 days"], ("82.7", "81.9", "83.4"), "%"),
    ("dna", "Did not attend (%)", ["did not attend", "dna"], ("4.2", "4.5", "4.3"), "%"),
]:
    cols = [(c[0], f"{label} - {c[1]} 2024/25", kw) for c in APPT_COLS]
    row(S, f"ta_{slug}", PC, C, "2024/25", label + " ", cols, vals, unit, after=TA,
        note="periods 'Qtr 1', 'Qtr 2', 'Qtr 3' of 2024/25 from the header")
add(S, "gp_f2f_q3", PC, C, "Q3 2024/25", "Appointments face to face", ["face to face"], "67.0%", "%",
    "In quarter 3, 67.0% of appointments")
add(S, "gp_f2f_eng", PC, ENG, "Q3 2024/25", "Appointments face to face", ["face to face", "england"], "64.8%", "%",
    "64.8%. Appointments seen within 14 days")
add(S, "gp_14d_q3", PC, C, "Q3 2024/25", "Appointments within 14 days", ["14 days"], "83.4%", "%",
    "64.8%. Appointments seen within 14 days")
TW = "Table 2: General practice workforce by district, 30 September 2024"
DATE = "30 September 2024"
W_COLS = [("patients", "Registered patients", ["patients"], "patients"), ("gp_fte", "GP FTE", ["gp fte", "gp"], "FTE"),
          ("per1000", "GP FTE per 1,000 patients", ["per 1,000"], "FTE per 1,000 patients"),
          ("nurse", "Nurse FTE", ["nurse"], "FTE"), ("dpc", "Direct patient care FTE", ["direct patient care"], "FTE"),
          ("per_gp", "Patients per GP FTE", ["patients per gp"], "patients")]
for area, vals in [
    ("Stenbury", ("142,360", "68.4", "0.48", "41.2", "88.5", "2,081")),
    ("Ravensholt", ("84,125", "37.9", "0.45", "24.8", "51.6", "2,220")),
    ("Pellingford", ("96,740", "48.2", "0.50", "27.3", "57.9", "2,007")),
    ("Brackwater", ("71,980", "28.6", "0.40", "19.4", "44.1", "2,517")),
    ("Dunmere Vale", ("98,214", "46.3", "0.47", "27.1", "52.8", "2,121")),
    ("Tollerby", ("119,061", "52.7", "0.44", "33.6", "70.2", "2,259")),
    (C, ("612,480", "282.1", "0.46", "173.4", "365.1", "2,171")),
    (ENG, (None, None, "0.45", None, None, "2,222")),
]:
    slug = area.lower().replace(" ", "_")
    row(S, f"tw_{slug}", GPW, area, DATE, area + " ", W_COLS, vals, "FTE", after=TW,
        note="'-' cells are no facts; cells separated by single spaces, a two-word district")
add(S, "gp_brackwater_per1000", GPW, "Brackwater", DATE, "GP FTE per 1,000 patients", ["per 1,000", "gp"], "0.40",
    "FTE per 1,000 patients", "Brackwater has the fewest GPs")
add(S, "gp_brackwater_per_gp", GPW, "Brackwater", DATE, "Patients per GP FTE", ["patients per gp"], "2,517",
    "patients", "FTE per 1,000 patients, and 2,517")
TP = "Table 3: ARRS allocation and claims by PCN, 2024/25"
PCN_COLS = [("alloc", "ARRS allocation £000", ["allocation"], "£000"),
            ("claimed", "ARRS claimed to Qtr 3 £000", ["claimed"], "£000"),
            ("forecast", "ARRS forecast £000", ["forecast"], "£000"), ("fte", "ARRS staff (FTE)", ["staff", "fte"], "FTE")]
for label, vals in [
    ("Stenbury North PCN", ("2,184", "1,566", "2,130", "31.4")),
    ("Stenbury South PCN", ("1,652", "1,190", "1,618", "23.0")),
    ("Ravensholt and Villages PCN", ("1,726", "1,204", "1,671", "24.6")),
    ("Pellingford PCN", ("1,985", "1,502", "1,990", "28.1")),
    ("Brackwater Coast PCN", ("1,478", "1,031", "1,402", "20.5")),
    ("Dunmere Vale PCN", ("2,010", "1,388", "1,902", "27.9")),
    ("Tollerby Town PCN", ("1,896", "1,377", "1,861", "26.2")),
    ("Tollerby Rural PCN", ("1,247", "842", "1,166", "16.8")),
    ("Total", ("14,178", "10,100", "13,740", "198.5")),
]:
    slug = label.lower().replace(" pcn", "").replace(" ", "_")
    area = C if label == "Total" else label
    cols = [(c[0], f"{label} - {c[1]}", c[2], c[3]) for c in PCN_COLS]
    cells(S, f"tp_{slug}", PC, area, "2024/25", label, cols, vals, "£000", TP,
          note="table printed one cell per line; a PCN is an organisation named in the row label")
add(S, "pcn_forecast_use", PC, C, "2024/25", "ARRS forecast use", ["forecast", "arrs"], "£13,740k", "£k",
    "PCNs are forecast to use £13,740k")
add(S, "pcn_available", PC, C, "2024/25", "ARRS available", ["available", "arrs"], "£14,178k", "£k",
    "PCNs are forecast to use £13,740k")
add(S, "pcn_forecast_pct", PC, C, "2024/25", "ARRS forecast use as % of allocation", ["forecast", "arrs", "%"],
    "96.9%", "%", "PCNs are forecast to use £13,740k")
add(S, "pcn_cass", PC, C, "2024/25", "Capacity and Access Support Payments", ["capacity and access"], "£3.2m", "£m",
    "PCNs received £3.2m of Capacity")
add(S, "pcn_enhanced_access", PC, C, "2024/25", "Enhanced access funding", ["enhanced access"], "£1.85m", "£m",
    "Access Support Payments and £1.85m")
TAA = "Delegated primary care budget 2024/25, forecast at month 9"
PCB_COLS = [("budget", "Budget", ["budget"]), ("forecast", "Forecast outturn", ["forecast", "outturn"]),
            ("variance", "Variance", ["variance"])]
for slug, label, vals in [
    ("gms", "GMS, PMS and APMS contracts", ("£61,250k", "£61,884k", "£634k")),
    ("enhanced", "Enhanced services", ("£8,420k", "£8,107k", "-£313k")),
    ("qof", "Quality and Outcomes Framework", ("£9,860k", "£9,912k", "£52k")),
    ("premises", "Premises", ("£7,940k", "£8,215k", "£275k")),
    ("dispensing", "Dispensing and prescribing fees", ("£3,110k", "£3,046k", "-£64k")),
    ("other", "Other GP services", ("£1,570k", "£1,318k", "-£252k")),
    ("total", "Total", ("£92,150k", "£92,482k", "£332k")),
]:
    cols = [(c[0], f"{label} - {c[1]}", c[2]) for c in PCB_COLS]
    row(S, f"ta_pc_{slug}", PC, C, "2024/25", label + " £", cols, vals, "£k", after=TAA,
        note="money as '£61,250k', negatives as '-£313k'")

# --- integrated performance report
add(S, "ipr_sum_ae_q3", PERF, C, "Q3 2024/25", "A&E performance", ["a&e"], "74.1%", "%",
    "A&E performance improved to 74.1%")
add(S, "ipr_sum_ae_standard", PERF, C, "Q3 2024/25", "A&E standard", ["standard"], "78%", "%",
    "in quarter 3 against the 78% standard")
add(S, "ipr_sum_65wk_dec", PERF, C, "December 2024", "Patients waiting over 65 weeks", ["65 weeks", "waiting"], "48",
    "count", "treatment fell to 48 at the end of")
add(S, "ipr_sum_65wk_sep", PERF, C, "September 2024", "Patients waiting over 65 weeks", ["65 weeks", "waiting"], "131",
    "count", "December, from 131 at the end of September")
TB = "Carrowdale performance scorecard, 2024/25"
IPR_COLS = [("target", "target", ["target"]), ("q1", "Q1 2024/25", []), ("q2", "Q2 2024/25", []),
            ("q3", "Q3 2024/25", [])]
for slug, label, kw, vals, unit, rag in [
    ("ae", "A&E attendances seen within 4 hours (%)", ["a&e", "4 hours"], ("78.0", "71.8", "72.6", "74.1"), "%",
     "Amber"),
    ("handovers", "Ambulance handovers over 60 minutes", ["handover"], ("0", "1,214", "986", "1,402"), "count", "Red"),
    ("65wk", "Patients waiting over 65 weeks", ["65 weeks"], ("0", "164", "131", "48"), "count", "Amber"),
    ("rtt", "Referral to treatment within 18 weeks (%)", ["18 weeks", "referral"], ("65.0", "57.2", "58.0", "58.9"),
     "%", "Red"),
    ("diag", "Diagnostic tests waiting over 6 weeks (%)", ["diagnostic"], ("5.0", "18.4", "16.1", "14.7"), "%", "Red"),
    ("fds", "Cancer 28 day faster diagnosis (%)", ["faster diagnosis", "28 day"], ("77.0", "76.4", "78.1", "78.9"),
     "%", "Green"),
    ("c62", "Cancer 62 day standard (%)", ["62 day"], ("75.0", "68.2", "70.4", "71.9"), "%", "Amber"),
    ("dementia", "Dementia diagnosis rate (%)", ["dementia"], ("66.7", "64.9", "65.3", "65.8"), "%", "Amber"),
    ("iapt", "IAPT / talking therapies access", ["iapt", "talking therapies"], ("4,200", "4,055", "4,318", "4,402"),
     "count", "Green"),
    ("ldhc", "Learning disability health checks (%)", ["learning disability"], ("75.0", "18.6", "39.2", "61.4*"), "%",
     "Green"),
    ("early", "Early cancer diagnosis (%)", ["early cancer"], ("75.0", "58.4", "57.9", "59.0"), "%", "Amber"),
    ("gp2wk", "GP appointments within 2 weeks (%)", ["gp appointments", "2 weeks"], ("85.0", "86.2", "85.1", "86.8"),
     "%", "Green"),
]:
    cols = [(c[0], f"{label} - {c[1]}", c[2] or kw) for c in IPR_COLS]
    row(S, f"ipr_{slug}", PERF, C, "2024/25", label + " ", cols, vals, unit, after=TB, rag=rag,
        note=f"RAG printed as {rag!r}; '*' marks a provisional figure; cells separated by single spaces")

# ============================== Health and Wellbeing Board, 20 March 2025 ==============================
B, LE, WD = "bcf", "life_expectancy", "wider_determinants"
add(W, "min_bcf_spend", B, C, "Q2 2024/25", "BCF spending to the end of September", ["spending", "spend"], "£45.2m",
    "£m", "Spending to the end of September was £45.2m")
add(W, "min_bcf_pool", B, C, "2024/25", "BCF pooled budget", ["pooled budget", "pooled"], "£93.1m", "£m",
    "Spending to the end of September was £45.2m")
add(W, "min_discharge_over", B, C, "2024/25", "Discharge Fund forecast overspend", ["discharge", "overspend"],
    "£321k", "£k", "Discharge Fund was forecast to overspend by £321k")
add(W, "min_dfg_under", B, C, "2024/25", "Disabled Facilities Grant forecast underspend", ["disabled", "underspend"],
    "£0.73m", "£m", "by £0.73m; 186 adaptations")
add(W, "min_smoking_delivery", PERF, C, "2023/24", "Smoking at time of delivery", ["smok"], "9.8%", "%",
    "reported that 9.8% of women were smokers")
add(W, "min_smoking_eng", PERF, ENG, "2023/24", "Smoking at time of delivery", ["smok"], "7.4%", "%",
    "in 2023/24, compared with 7.4% in England")
add(W, "min_smoking_deprived", PERF, C, "2023/24", "Smoking at time of delivery, most deprived fifth",
    ["smok", "deprived"], "16.2%", "%", "16.2%. The service aims")
# --- BCF report
add(W, "b_pool", B, C, "2024/25", "BCF pooled budget", ["pooled budget", "pooled"], "£93.1m", "£m",
    "The 2024/25 pooled budget is £93.1m")
add(W, "b_forecast", B, C, "2024/25", "BCF forecast outturn at quarter 3", ["forecast", "outturn"], "£92.9m", "£m",
    "The 2024/25 pooled budget is £93.1m")
add(W, "b_underspend", B, C, "2024/25", "BCF underspend", ["underspend"], "£157k", "£k", "underspend of £157k")
TBCF = "Table 1: Better Care Fund 2024/25, plan and forecast outturn at Qtr 3 (£000s)"
BCF_COLS = [("plan", "Plan £000", ["plan"]), ("forecast", "Forecast outturn £000", ["forecast", "outturn"]),
            ("variance", "Variance £000", ["variance"])]
for slug, label, vals in [
    ("nhs_min", "NHS minimum contribution", ("58,420", "58,420", "0")),
    ("ibcf", "Improved Better Care Fund", ("19,860", "19,860", "0")),
    ("dfg", "Disabled Facilities Grant", ("7,135", "6,402", "(733)")),
    ("discharge", "Discharge Fund", ("5,290", "5,611", "321")),
    ("council", "Additional council contribution", ("2,400", "2,655", "255")),
    ("total", "Total", ("93,105", "92,948", "(157)")),
]:
    cols = [(c[0], f"{label} - {c[1]}", c[2]) for c in BCF_COLS]
    cells(W, f"tb_{slug}", B, C, "2024/25", label, cols, vals, "£000", TBCF, note="table printed one cell per line")
add(W, "b_dfg_under", B, C, "2024/25", "Disabled Facilities Grant underspend", ["disabled", "underspend"], "£733k",
    "£k", "The Disabled Facilities Grant underspend of £733k")
add(W, "b_council_rise", B, C, "2024/25", "Additional council contribution increase", ["council", "contribution"],
    "£255k", "£k", "contribution has risen by £255k")
TM = "Table 2: Better Care Fund metrics, 2024/25"
BM_COLS = [("plan", "Quarterly plan", ["plan"]), ("q1", "Qtr 1 2024/25", []), ("q2", "Qtr 2 2024/25", []),
           ("q3", "Qtr 3 2024/25", [])]
for slug, label, kw, vals, unit, ok in [
    ("avoidable", "Avoidable admissions (per 100,000)", ["avoidable"], ("40.0", "41.2", "39.8", "43.5"),
     "per 100,000", "No"),
    ("discharge", "Discharge to usual place of residence (%)", ["discharge", "usual place"],
     ("93.0", "92.6", "93.4", "93.1"), "%", "Yes"),
    ("falls", "Emergency admissions due to falls, aged 65+ (per 100,000)", ["falls"], ("480", "512", "497", "531"),
     "per 100,000", "No"),
    ("care_homes", "Permanent admissions to care homes, aged 65+ (per 100,000)", ["care homes", "permanent"],
     ("145.0", "138.2", "141.6", "139.0"), "per 100,000", "Yes"),
]:
    cols = [(c[0], f"{label} - {c[1]}", c[2] or kw) for c in BM_COLS]
    row(W, f"tm_{slug}", B, C, "2024/25", label + " ", cols, vals, unit, after=TM,
        note=f"'On track' column: {ok!r}")
add(W, "b_falls_q3", B, C, "Q3 2024/25", "Falls admissions", ["falls"], "531", "per 100,000",
    "Falls admissions rose to 531")
add(W, "b_falls_above", B, C, "Q3 2024/25", "Falls admissions above plan", ["falls", "above"], "11%", "%",
    "Falls admissions rose to 531")
# --- life expectancy
add(W, "le_male", LE, C, "2021-23", "Life expectancy at birth - male", ["life expectancy", "men", "male"], "79.4",
    "years", "Life expectancy at birth in Carrowdale is 79.4")
add(W, "le_female", LE, C, "2021-23", "Life expectancy at birth - female", ["life expectancy", "women", "female"],
    "83.2", "years", "Life expectancy at birth in Carrowdale is 79.4")
add(W, "le_eng_male", LE, ENG, "2021-23", "Life expectancy at birth - male", ["life expectancy", "men", "male"],
    "79.1", "years", "(2021-23), close to England (79.1")
add(W, "le_eng_female", LE, ENG, "2021-23", "Life expectancy at birth - female",
    ["life expectancy", "women", "female"], "83.1", "years", "(2021-23), close to England (79.1")
add(W, "le_brackwater_male", LE, "Brackwater", "2021-23", "Life expectancy at birth - male",
    ["life expectancy", "men", "male"], "76.8", "years", "ranges from 76.8 years for men in Brackwater")
add(W, "le_ravensholt_male", LE, "Ravensholt", "2021-23", "Life expectancy at birth - male",
    ["life expectancy", "men", "male"], "80.6", "years", "80.6 years for men in Ravensholt")
add(W, "le_range", LE, C, "2021-23", "Difference in male life expectancy between districts",
    ["difference", "life expectancy"], "3.8", "years", "80.6 years for men in Ravensholt")
add(W, "le_sii_male", LE, C, "2018-20", "Slope index of inequality in life expectancy - male",
    ["inequality", "gap", "slope"], "9.8", "years", "inequality) is 9.8 years for men")
add(W, "le_sii_female", LE, C, "2018-20", "Slope index of inequality in life expectancy - female",
    ["inequality", "gap", "slope"], "7.6", "years", "inequality) is 9.8 years for men")
add(W, "le_ward_gap", LE, "Brackwater Harbour", "2021-23", "Gap in male life expectancy between wards",
    ["gap", "less", "life expectancy"], "12.3", "years", "men in Brackwater Harbour ward live 12.3 years",
    note="area is the ward the sentence names first")
TLE = "Table 1: Life expectancy at birth (years), 2021-23"
LE_COLS = [("male", "Life expectancy at birth - male", ["male", "life expectancy"]),
           ("female", "Life expectancy at birth - female", ["female", "life expectancy"])]
for area, vals in [
    ("Stenbury", ("79.0", "82.9")), ("Ravensholt", ("80.6", "84.1")), ("Pellingford", ("80.1", "83.8")),
    ("Brackwater", ("76.8", "81.2")), ("Dunmere Vale", ("79.1", "83.0")), ("Tollerby", ("80.3", "83.7")),
    (C, ("79.4", "83.2")), (ENG, ("79.1", "83.1")),
]:
    slug = area.lower().replace(" ", "_")
    row(W, f"tle_{slug}", LE, area, "2021-23", area + " ", LE_COLS, vals, "years", after=TLE)
add(W, "le_brackwater_female", LE, "Brackwater", "2021-23", "Life expectancy at birth - female",
    ["life expectancy", "women", "female"], "81.2", "years", "Women in Brackwater can expect to live 81.2")
add(W, "le_brackwater_female_gap", LE, "Brackwater", "2021-23", "Female life expectancy gap to Ravensholt",
    ["less", "gap", "life expectancy"], "2.9", "years", "Women in Brackwater can expect to live 81.2")
TSII = "Table 2: Inequality in life expectancy at birth (slope index of inequality, years), 2018-20"
SII_COLS = [("male", "Slope index of inequality in life expectancy - male", ["inequality", "slope", "male"]),
            ("female", "Slope index of inequality in life expectancy - female", ["inequality", "slope", "female"])]
for area, vals in [(C, ("9.8", "7.6")), (ENG, ("9.7", "7.9"))]:
    row(W, f"tsii_{area.lower()}", LE, area, "2018-20", area + " ", SII_COLS, vals, "years", after=TSII)
add(W, "hle_male", LE, C, "2021-23", "Healthy life expectancy - male", ["healthy life expectancy"], "62.4", "years",
    "Healthy life expectancy in Carrowdale is 62.4")
add(W, "hle_female", LE, C, "2021-23", "Healthy life expectancy - female", ["healthy life expectancy"], "63.1",
    "years", "Healthy life expectancy in Carrowdale is 62.4")
add(W, "hle_eng_male", LE, ENG, "2021-23", "Healthy life expectancy - male", ["healthy life expectancy"], "61.5",
    "years", "(2021-23), against 61.5 and 61.9")
add(W, "hle_eng_female", LE, ENG, "2021-23", "Healthy life expectancy - female", ["healthy life expectancy"], "61.9",
    "years", "(2021-23), against 61.5 and 61.9")
add(W, "le_gap_circulatory", LE, C, "2018-20", "Share of male life expectancy gap from circulatory disease",
    ["circulatory"], "24%", "%", "Circulatory disease accounts for 24%")
add(W, "le_gap_cancer", LE, C, "2018-20", "Share of male life expectancy gap from cancer", ["cancer"], "19%", "%",
    "19%; for women the largest cause")
add(W, "le_gap_respiratory", LE, C, "2018-20", "Share of female life expectancy gap from respiratory disease",
    ["respiratory"], "21%", "%", "19%; for women the largest cause")
# --- wider determinants
add(W, "wd_walk_brackwater", WD, "Brackwater", "2022/23", "Walking for travel", ["walking"], "9.6%", "%",
    "Walking for travel is lowest in Brackwater")
add(W, "wd_walk_county", WD, C, "2022/23", "Walking for travel", ["walking"], "13.8%", "%",
    "Walking for travel is lowest in Brackwater")
add(W, "wd_walk_eng", WD, ENG, "2022/23", "Walking for travel", ["walking"], "15.1%", "%", "and 15.1% for England.")
add(W, "wd_fuel_brackwater", WD, "Brackwater", "2022", "Fuel poverty", ["fuel poverty"], "15.8%", "%",
    "Fuel poverty affects 15.8%")
add(W, "wd_fuel_county", WD, C, "2022", "Fuel poverty", ["fuel poverty"], "12.4%", "%", "county figure is 12.4%")
add(W, "wd_fuel_eng", WD, ENG, "2022", "Fuel poverty", ["fuel poverty"], "13.1%", "%", "county figure is 12.4%")
add(W, "wd_afford_pellingford", WD, "Pellingford", "2023", "House prices to median earnings",
    ["earnings", "affordability", "house prices"], "10.9", "ratio", "House prices in Pellingford are 10.9")
add(W, "wd_afford_county", WD, C, "2023", "House prices to median earnings",
    ["earnings", "affordability", "house prices"], "8.6", "ratio", "8.6 times in", starts=False)
TWD = "Table 1: Wider determinants of health by district"
for slug, label, kw, period, vals, unit in [
    ("walk", "Walking for travel, at least 3 days a week (%), 2022/23", ["walking"], "2022/23",
     ("16.2", "13.4", "14.1", "9.6", "12.8", "14.5", "13.8", "15.1"), "%"),
    ("pm25", "Fine particulate matter, PM2.5 (µg/m3), 2023", ["pm2.5", "particulate"], "2023",
     ("8.4", "6.9", "7.2", "7.8", "6.5", "7.6", "7.5", "7.8"), "µg/m3"),
    ("employment", "Employment rate, aged 16-64 (%), 2023/24", ["employment"], "2023/24",
     ("74.6", "79.2", "80.4", "69.8", "77.5", "76.1", "76.3", "75.7"), "%"),
    ("fuel", "Fuel poverty, households (%), 2022", ["fuel poverty"], "2022",
     ("13.1", "10.9", "10.2", "15.8", "12.6", "11.7", "12.4", "13.1"), "%"),
    ("homeless", "Households owed a homelessness duty (per 1,000), 2023/24", ["homeless"], "2023/24",
     ("14.8", "9.2", "8.7", "16.4", "10.1", "12.3", "12.1", "13.4"), "per 1,000"),
    ("afford", "Housing affordability ratio, 2023", ["affordability"], "2023",
     ("7.9", "9.4", "10.9", "6.2", "8.8", "8.1", "8.6", "8.3"), "ratio"),
]:
    ln = find(W, label, TWD, exact=True)
    for i, (area, printed) in enumerate(zip(AREAS8, vals), start=1):
        put(W, ln + i, f"twd_{slug}_{area.lower().replace(' ', '_')}", WD, area, period, label, kw, printed, unit,
            note="areas as columns, printed one cell per line: the header's area names, then each row's label "
            "and its eight values")
# --- outcomes scorecard
TS = "Joint Health and Wellbeing Strategy outcomes scorecard, March 2025"
for slug, label, kw, period, vals, unit, rag in [
    ("smoking", "Smoking prevalence in adults (%)", ["smoking"], "2023", ("12.1", "11.6"), "%", "Amber"),
    ("inactive", "Physically inactive adults (%)", ["inactive"], "2022/23", ("24.8", "22.6"), "%", "Red"),
    ("overweight", "Overweight or obese adults (%)", ["overweight", "obese"], "2022/23", ("64.9", "64.0"), "%",
     "Amber"),
    ("y6", "Obesity in Year 6 children (%)", ["obesity", "year 6"], "2023/24", ("21.3", "22.1"), "%", "Green"),
    ("alcohol", "Alcohol-related admissions (per 100,000)", ["alcohol"], "2022/23", ("512", "475"), "per 100,000",
     "Red"),
    ("cancer", "Under 75 mortality from cancer (per 100,000)", ["cancer", "mortality"], "2021-23",
     ("118.6", "121.5"), "per 100,000", "Green"),
    ("suicide", "Suicide rate (per 100,000)", ["suicide"], "2021-23", ("11.9", "10.7"), "per 100,000", "Red"),
    ("flu", "Flu vaccination, aged 65+ (%)", ["flu"], "2024/25", ("77.4", "74.9"), "%", "Green"),
]:
    for (suffix, area), printed in zip([("c", C), ("eng", ENG)], vals):
        add(W, f"ts_{slug}_{suffix}", PERF, area, period, label, kw, printed, unit, label, rag=rag if area == C else None,
            after=TS, starts=True, note=f"RAG printed as {rag!r}; period cell {period!r} is no fact")

ids = [f["id"] for f in FACTS]
assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
with open(os.path.join(HERE, "facts.jsonl"), "w", encoding="utf-8") as fh:
    for f in FACTS:
        fh.write(json.dumps(f, ensure_ascii=False) + "\n")
print(len(FACTS), "facts")
