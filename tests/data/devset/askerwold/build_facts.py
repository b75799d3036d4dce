#!/usr/bin/env python3
"""Build facts.jsonl for the Askerwold packs (layout-mode text of Word exports), written by hand.

Each fact is located by an anchor (a substring that must match exactly one line, or the first match after a
unique caption); its printed form must occur on that line as a standalone token. Run from this folder.
"""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
P = "askerwold_ppb_2025-05-14.txt"
W = "askerwold_hwb_2025-06-25.txt"
LINES = {f: open(os.path.join(HERE, f), encoding="utf-8").read().split("\n") for f in (P, W)}
FACTS: list[dict] = []
A, ENG = "Askerwold", "England"
DISTRICTS = ["Brellow", "Cradmoor", "Fenstock", "Hallerton Vale", "Minsterby", "Owlsworth"]
AREAS8 = DISTRICTS + [A, ENG]


def find(f, anchor, after=None, starts=False):
    lo = 0 if after is None else find(f, after)
    hits = [i for i, x in enumerate(LINES[f]) if i >= lo and (x.startswith(anchor) if starts else anchor in x)]
    if not hits or (after is None and len(hits) != 1):
        sys.exit(f"anchor {anchor!r} in {f}: lines {[h + 1 for h in hits]}")
    return hits[0] + 1


def num(printed):
    s = re.sub(r"[¹²]|\s+a$", "", printed)
    s = s.replace(",", "").replace("£", "").replace("%", "")
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


def row(f, prefix, dataset, area, period, anchor, cols, cells, unit, after=None, rag=None, note=None, starts=True):
    """One table row: cols are (suffix, measure, keywords[, unit]); cells the printed values (None: skip)."""
    for col, printed in zip(cols, cells):
        if printed is None:
            continue
        suffix, measure, kw = col[:3]
        add(f, f"{prefix}_{suffix}", dataset, area, period, measure, kw, printed, col[3] if len(col) > 3 else unit,
            anchor, rag, after, note, starts)


def across(f, prefix, dataset, period, anchor, measure, kw, cells, unit, after, note=None):
    """One indicator row of a table whose columns are the areas (six districts, the county, England)."""
    for area, printed in zip(AREAS8, cells):
        if printed is None:
            continue
        slug = area.lower().replace(" ", "_")
        add(f, f"{prefix}_{slug}", dataset, area, period, measure, kw, printed, unit, anchor, after=after,
            starts=True, note=note)


# ============================== Place Partnership Board, 14 May 2025 ==============================
Q, FIN, PERF = "qipp", "finance", "performance"
add(P, "min_qipp_forecast", Q, A, "2024/25", "Efficiency savings forecast at month 10", ["forecast", "efficiency"],
    "£38.6m", "£m", "delivery of £38.6m of efficiency savings")
add(P, "min_qipp_target", Q, A, "2024/25", "Efficiency target 2024/25", ["target"], "£44.2m", "£m",
    "delivery of £38.6m of efficiency savings")
add(P, "min_qipp_shortfall", Q, A, "2024/25", "Efficiency shortfall at month 10", ["shortfall"], "£5.6m", "£m",
    "shortfall of £5.6m.")
add(P, "min_overspend_forecast", FIN, A, "2024/25", "Forecast year-end overspend at month 10", ["overspend"],
    "£7.45m", "£m", "shortfall of £5.6m.")
add(P, "min_ae_feb", PERF, A, "February 2025", "A&E attendances seen within four hours", ["a&e", "four hours"],
    "71.4%", "%", "In February 71.4% of A&E")
add(P, "min_ae_standard", PERF, A, "February 2025", "Four-hour standard", ["standard"], "78%", "%",
    "78% standard, and handovers")
add(P, "min_handovers_feb", PERF, A, "February 2025", "Ambulance handovers over 60 minutes", ["handover"], "468",
    "count", "78% standard, and handovers")
add(P, "ipr_summary_ae", PERF, A, "March 2025", "Four-hour performance", ["four-hour", "4 hours", "a&e"], "74.6%", "%",
    "Four-hour performance improved to 74.6%")
T_IPR = "SCORECARD: ASKERWOLD PLACE, MARCH 2025"
IPR_COLS = [("target", "target", ["target"]), ("mar25", "March 2025", []), ("ytd", "year to date", ["ytd", "year"])]
for slug, label, kw, vals, unit, rag in [
    ("ae", "A&E: attendances seen within 4 hours (%)", ["a&e", "4 hours"], ("78.0%", "74.6%", "72.1%"), "%", "Amber"),
    ("handovers", "Ambulance handovers over 60 minutes", ["handover"], ("0", "412", "5,836¹"), "count", "Red"),
    ("rtt65", "Patients waiting over 65 weeks for treatment (RTT)", ["65 weeks"], ("0", "37", None), "count", "Red"),
    ("rtt18", "RTT: incomplete pathways within 18 weeks (%)", ["18 weeks", "rtt"], ("92.0%", "58.3%", "57.9%"), "%",
     "Red"),
    ("cancer62", "Cancer: 62-day standard (%)", ["62-day"], ("70.0%", "71.2%", "68.4%"), "%", "Green"),
    ("fds", "Cancer: Faster Diagnosis Standard (%)", ["faster diagnosis"], ("77.0%", "79.5%", "76.8%"), "%", "Green"),
    ("diag", "Diagnostics: waiting 6 weeks or more (%)", ["diagnostic"], ("5.0%", "18.7%", "21.3%"), "%", "Red"),
    ("dementia", "Dementia diagnosis rate, 65+ (%)", ["dementia"], ("66.7%", "63.9%", "63.5%"), "%", "Amber"),
    ("iapt", "Talking therapies: people starting treatment", ["talking therapies"], ("1,450", "1,382", "16,210"),
     "count", "Amber"),
    ("nctr", "No criteria to reside: patients in hospital (daily average)", ["criteria to reside"],
     ("85", "112", "118²"), "count", "Red"),
    ("gp2wk", "GP appointments within 2 weeks (%)", ["gp appointments", "2 weeks"], ("85.0%", "81.9%", "82.4%"), "%",
     "Amber"),
]:
    cols = [(c[0], f"{label} - {c[1]}", (c[2] if c[0] == "target" else kw + c[2])) for c in IPR_COLS]
    row(P, f"ipr_{slug}", PERF, A, "March 2025", label[:30], cols, vals, unit, after=T_IPR, rag=rag,
        note=f"RAG printed as {rag.upper()!r}; YTD is April 2024 to March 2025; trend arrow not a number")
add(P, "p31_ae_mar", PERF, A, "March 2025", "Four-hour performance", ["four-hour", "a&e"], "74.6%", "%",
    "Four-hour performance in March was 74.6%")
add(P, "p31_ae_feb", PERF, A, "February 2025", "Four-hour performance", ["four-hour", "a&e"], "71.4%", "%",
    "Four-hour performance in March was 74.6%")
add(P, "p31_ae_ytd", PERF, A, "2024/25", "Attendances seen within four hours, year", ["four hours", "attendances"],
    "72.1%", "%", "year 72.1% of attendances")
add(P, "p32_handovers_mar", PERF, A, "March 2025", "Handovers over 60 minutes", ["handover"], "412", "count",
    "Handovers over 60 minutes fell to 412")
add(P, "p32_handovers_year", PERF, A, "2024/25", "Handovers over 60 minutes in the year", ["handover"], "5,836",
    "count", "Handovers over 60 minutes fell to 412")
add(P, "p33_nctr", PERF, A, "March 2025", "Patients with no criteria to reside", ["criteria to reside", "patients"],
    "112", "count", "On an average day 112 patients")
add(P, "p41_rtt65", PERF, A, "March 2025", "Patients waiting over 65 weeks", ["65 weeks", "waited"], "37", "count",
    "At the end of March 37 patients")
add(P, "p41_rtt18", PERF, A, "March 2025", "Incomplete pathways within 18 weeks", ["18 weeks", "pathways"], "58.3%",
    "%", "58.3% of incomplete pathways")
add(P, "p42_cancer62", PERF, A, "March 2025", "62-day cancer standard", ["62-day", "cancer"], "71.2%", "%",
    "(71.2% against 70.0%)")
add(P, "p42_cancer62_target", PERF, A, "March 2025", "62-day cancer standard target", ["62-day", "cancer", "standard"],
    "70.0%", "%", "(71.2% against 70.0%)")
add(P, "p42_fds", PERF, A, "March 2025", "Faster Diagnosis Standard", ["faster diagnosis"], "79.5%", "%",
    "Faster Diagnosis Standard was 79.5%")
add(P, "p5_iapt", PERF, A, "March 2025", "People starting talking therapies", ["talking therapies"], "1,382",
    "count", "1,382 people started talking therapies")
add(P, "p5_iapt_plan", PERF, A, "March 2025", "Talking therapies monthly plan", ["plan"], "1,450", "count",
    "1,382 people started talking therapies")
add(P, "p5_dementia", PERF, A, "March 2025", "Dementia diagnosis rate", ["dementia"], "63.9%", "%",
    "The dementia diagnosis rate was 63.9%")
add(P, "p5_dementia_ambition", PERF, A, "March 2025", "Dementia diagnosis national ambition", ["ambition", "dementia"],
    "66.7%", "%", "The dementia diagnosis rate was 63.9%")
add(P, "p5_gp2wk", PERF, A, "March 2025", "GP appointments within two weeks", ["gp appointments", "two weeks"],
    "81.9%", "%", "81.9% of GP appointments")
add(P, "p5_gp2wk_target", PERF, A, "March 2025", "GP appointments within two weeks target", ["target"], "85.0%", "%",
    "81.9% of GP appointments")
# Finance report
add(P, "f11_overspend", FIN, A, "2024/25", "Overspend at month 12", ["overspend"], "£9.553m", "£m",
    "reports an overspend of £9.553m")
add(P, "f11_allocation", FIN, A, "2024/25", "Allocation", ["allocation"], "£848.830m", "£m",
    "allocation of £848.830m")
add(P, "f11_overspend_pct", FIN, A, "2024/25", "Overspend as a share of plan", ["plan", "overspend"], "1.1%", "%",
    "allocation of £848.830m")
add(P, "f11_worse", FIN, A, "2024/25", "Change from month 10 forecast", ["worse", "forecast"], "£2.1m", "£m",
    "This is £2.1m worse")
T51 = "TABLE 5.1: ASKERWOLD PLACE REVENUE POSITION"
FIN_COLS = [("plan", "Plan £000", ["plan"]), ("actual", "Actual £000", ["actual"]),
            ("variance", "Variance £000", ["variance"])]
for slug, label, vals, fa in [
    ("acute", "Acute services", ("412,380", "418,915", "(6,535)"), "A"),
    ("mh", "Mental health services", ("96,420", "95,870", "550"), "F"),
    ("community", "Community services", ("71,230", "72,014", "(784)"), "A"),
    ("primary", "Primary care (delegated)", ("88,610", "88,105", "505"), "F"),
    ("prescribing", "Prescribing", ("79,540", "82,317", "(2,777)"), "A"),
    ("chc", "Continuing healthcare", ("41,760", "43,902", "(2,142)"), "A"),
    ("bcf", "Better Care Fund (NHS minimum contribution)", ("36,880", "36,880", "0"), None),
    ("other", "Other programme", ("12,140", "10,968", "1,172"), "F"),
    ("running", "Running costs", ("9,870", "9,412", "458"), "F"),
    ("total", "Total", ("848,830", "858,383", "(9,553)"), "A"),
]:
    cols = [(c[0], f"{c[1]} - {label}", c[2]) for c in FIN_COLS]
    row(P, f"t51_{slug}", FIN, A, "2024/25", label[:28], cols, vals, "£000", after=T51,
        note=f"variance marked ({fa})" if fa else "the label wraps; values on its first line")
add(P, "f2_acute", FIN, A, "2024/25", "Acute services overspend", ["acute", "overspent"], "£6.535m", "£m",
    "Acute services are £6.535m overspent")
add(P, "f2_prescribing", FIN, A, "2024/25", "Prescribing overspend", ["prescribing", "overspent"], "£2.777m", "£m",
    "Prescribing is £2.777m overspent")
add(P, "f2_prescribing_pct", FIN, A, "2024/25", "Prescribing overspend as share of plan", ["prescribing", "plan"],
    "3.5%", "%", "Prescribing is £2.777m overspent")
add(P, "f2_chc", FIN, A, "2024/25", "Continuing healthcare overspend", ["continuing healthcare", "overspent"],
    "£2.142m", "£m", "Continuing healthcare is £2.142m overspent")
add(P, "f2_chc_packages", FIN, A, "March 2025", "Fully funded CHC packages", ["packages"], "1,046", "count",
    "packages rose to 1,046")
add(P, "f2_other", FIN, A, "2024/25", "Other programme underspend", ["underspent", "other programme"], "£1.172m", "£m",
    "Other programme budgets are £1.172m")
# Efficiency (QIPP) outturn
add(P, "q21_target", Q, A, "2024/25", "Efficiency target", ["target"], "£44.2m", "£m",
    "The 2024/25 efficiency target for the Askerwold place was £44.2m")
add(P, "q21_delivered", Q, A, "2024/25", "Efficiency schemes delivered", ["delivered"], "£39.75m", "£m",
    "delivered £39.75m (89.9%")
add(P, "q21_pct", Q, A, "2024/25", "Delivered as a share of target", ["target", "delivered"], "89.9%", "%",
    "delivered £39.75m (89.9%")
add(P, "q21_recurrent", Q, A, "2024/25", "Recurrent savings", ["recurrent"], "£27.1m", "£m",
    "delivered £39.75m (89.9%")
add(P, "q21_shortfall", Q, A, "2024/25", "Efficiency shortfall", ["shortfall"], "£4.45m", "£m",
    "shortfall of £4.45m")
T61 = "TABLE 6.1: EFFICIENCY PROGRAMME OUTTURN BY SCHEME"
Q_COLS = [("target", "Target £m", ["target"], "£m"), ("delivered", "Delivered £m", ["delivered"], "£m"),
          ("recurrent", "Recurrent £m", ["recurrent"], "£m"), ("nonrec", "Non-recurrent £m", ["non-recurrent"], "£m"),
          ("pct", "% of target", ["% of target", "target"], "%")]
for slug, label, vals, rag in [
    ("medicines", "Medicines optimisation", ("10.40", "10.62", "8.95", "1.67", "102.1%"), "Green"),
    ("elective", "Elective and outpatient productivity", ("11.80", "9.41", "6.20", "3.21", "79.7%"), "Red"),
    ("uec", "Urgent and emergency care pathways", ("7.60", "6.88", "4.10", "2.78", "90.5%"), "Amber"),
    ("chc", "Continuing healthcare review", ("5.90", "5.37", "3.05", "2.32", "91.0%"), "Amber"),
    ("workforce", "Workforce and agency", ("6.10", "5.22", "3.40", "1.82", "85.6%"), "Amber"),
    ("estates", "Estates and corporate", ("2.40", "2.25", "1.40", "0.85", "93.8%"), "Amber"),
    ("total", "Total", ("44.20", "39.75", "27.10", "12.65", "89.9%"), None),
]:
    cols = [(c[0], f"{c[1]} - {label}", c[2], c[3]) for c in Q_COLS]
    row(P, f"t61_{slug}", Q, A, "2024/25", label[:22], cols, vals, None, after=T61, rag=rag,
        note=f"RAG printed as {rag.upper()!r}" if rag else None)
add(P, "q22_medicines_over", Q, A, "2024/25", "Medicines optimisation above target", ["exceeded", "medicines"],
    "£0.22m", "£m", "exceeded its target by £0.22m")
add(P, "q22_nonrec_share", Q, A, "2024/25", "Non-recurrent share of delivery", ["non-recurrent"], "31.8%", "%",
    "non-recurrent share of delivery was 31.8%")
add(P, "q22_elective_pct", Q, A, "2024/25", "Elective productivity delivery against target", ["elective", "target"],
    "79.7%", "%", "delivered only 79.7%")
add(P, "q31_target", Q, A, "2025/26", "Efficiency target 2025/26", ["target"], "£52.8m", "£m",
    "target rises to £52.8m")
add(P, "q31_identified", Q, A, "2025/26", "Schemes identified at 30 April 2025", ["identified"], "£31.6m", "£m",
    "£31.6m (59.8%) had been identified")
add(P, "q31_identified_pct", Q, A, "2025/26", "Identified as a share of target", ["identified"], "59.8%", "%",
    "£31.6m (59.8%) had been identified")
add(P, "q31_gap", Q, A, "2025/26", "Efficiency gap still to find", ["find", "gap"], "£21.2m", "£m",
    "£31.6m (59.8%) had been identified")
# Primary care
PC, PCN, GPW = "primary_care_budgets", "pcn_budgets", "gp_workforce"
add(P, "pc11_patients", GPW, A, "1 April 2025", "Registered patients", ["registered patients", "patients"],
    "642,380", "patients", "642,380 registered patients at 1 April 2025")
add(P, "pc12_appointments", PERF, A, "Apr-Dec 2024", "GP appointments", ["appointments"], "3,214,560", "count",
    "practices delivered 3,214,560")
add(P, "pc12_same_day", PERF, A, "Apr-Dec 2024", "Appointments on the day booked", ["same day", "day they were booked",
    "appointments"], "43.8%", "%", "appointments, of which 43.8%")
T71 = "TABLE 7.1: DELEGATED PRIMARY CARE BUDGET"
PC_COLS = [("b2425", "2024/25 Budget £000", ["budget"]), ("o2425", "2024/25 Outturn £000", ["outturn"]),
           ("b2526", "2025/26 Budget £000", ["budget"])]
for slug, label, vals in [
    ("gms", "GMS, PMS and APMS contracts", ("58,420", "58,960", "61,240")),
    ("enhanced", "Enhanced services", ("7,310", "7,105", "7,680")),
    ("premises", "Premises", ("9,840", "10,215", "10,090")),
    ("qof", "Quality and Outcomes Framework", ("8,960", "8,812", "9,210")),
    ("other", "Other GP services", ("4,080", "3,013", "4,190")),
    ("total", "Total delegated primary care", ("88,610", "88,105", "92,410")),
]:
    for (suffix, cm, kw), printed in zip(PC_COLS, vals):
        period = "2025/26" if suffix == "b2526" else "2024/25"
        add(P, f"t71_{slug}_{suffix}", PC, A, period, f"{cm} - {label}", kw, printed, "£000", label, after=T71,
            starts=True)
add(P, "pc21_budget", PC, A, "2025/26", "Primary care budget 2025/26", ["budget"], "£92.41m", "£m",
    "The 2025/26 budget is £92.41m")
add(P, "pc21_increase", PC, A, "2025/26", "Increase on 2024/25 budget", ["more", "increase"], "4.3%", "%",
    "The 2025/26 budget is £92.41m")
T72 = "TABLE 7.2: PCN FUNDING 2025/26"
PCN_COLS = [("patients", "Registered patients", ["patients"], "patients"), ("arrs", "ARRS £000", ["arrs"], "£000"),
            ("ea", "Enhanced access £000", ["enhanced access"], "£000"),
            ("core", "Core PCN funding £000", ["core"], "£000"), ("total", "Total £000", ["total"], "£000")]
for slug, label, area, vals in [
    ("brellow", "Brellow Town PCN", "Brellow Town PCN", ("58,214", "1,642", "461", "87", "2,190")),
    ("cradmoor", "Cradmoor and Wolds PCN", "Cradmoor and Wolds PCN", ("49,870", "1,398", "395", "75", "1,868")),
    ("fenstock", "Fenstock Riverside PCN", "Fenstock Riverside PCN", ("61,402", "1,731", "486", "92", "2,309")),
    ("hallerton", "Hallerton Vale PCN", "Hallerton Vale PCN", ("44,936", "1,267", "356", "67", "1,690")),
    ("minsterby", "Minsterby City PCN", "Minsterby City PCN", ("72,118", "2,034", "571", "108", "2,713")),
    ("owlsworth", "Owlsworth PCN", "Owlsworth PCN", ("39,550", "1,115", "313", "59", "1,487")),
    ("other7", "Other 7 PCNs", None, ("316,290", "8,920", "2,504", "474", "11,898")),
    ("all", "All PCNs", A, ("642,380", "18,107", "5,086", "962", "24,155")),
]:
    cols = [(c[0], c[1], c[2], c[3]) for c in PCN_COLS]
    row(P, f"t72_{slug}", PCN, area, "2025/26", label + " ", cols, vals, None, after=T72,
        note="the seven other PCNs together: no one place" if area is None else None)
add(P, "pc32_arrs", PCN, A, "2025/26", "ARRS funding", ["arrs"], "£18.107m", "£m", "ARRS funding of £18.107m")
add(P, "pc41_ambition", GPW, A, "March 2027", "Local ambition GP FTE per 1,000 patients", ["ambition", "per 1,000"],
    "0.55", "FTE per 1,000 patients", "ambition is 0.55 fully qualified")
T73 = "TABLE 7.3: GENERAL PRACTICE WORKFORCE BY DISTRICT"
DATE = "31 March 2025"
across(P, "t73_patients", GPW, DATE, "Registered patients", "Registered patients", ["patients"],
       ["101,240", "86,510", "104,880", "77,630", "121,350", "150,770", "642,380", None], "patients", T73)
across(P, "t73_gp_fte", GPW, DATE, "GPs, fully qualified (FTE)", "GPs, fully qualified (FTE)", ["gp", "fte"],
       ["52.4", "41.8", "55.0", "36.2", "63.9", "68.7", "318.0", None], "FTE", T73)
across(P, "t73_per1000", GPW, DATE, " " * 36 + "0.52", "GP FTE per 1,000 registered patients", ["per 1,000"],
       ["0.52", "0.48", "0.52", "0.47", "0.53", "0.46", "0.50", "0.45"], "FTE per 1,000 patients", T73,
       note="the row label wraps around the values: 'GP FTE per 1,000 registered' above, 'patients' below")
across(P, "t73_per_gp", GPW, DATE, "Patients per GP FTE", "Patients per GP FTE", ["patients per gp"],
       ["1,932", "2,070", "1,907", "2,144", "1,899", "2,195", "2,020", "2,257"], "patients", T73)
across(P, "t73_nurses", GPW, DATE, "Practice nurses (FTE)", "Practice nurses (FTE)", ["nurse"],
       ["38.6", "30.2", "41.5", "27.9", "45.3", "49.8", "233.3", None], "FTE", T73)
across(P, "t73_aged55", GPW, DATE, "GPs aged 55 and over", "GPs aged 55 and over (%)", ["55"],
       ["24.1", "29.6¹", "21.8", "31.2 a", "19.5", "27.4", "25.1", "22.6"], "%", T73,
       note="footnote markers: '¹' (long-term locums) and 'a' (low response)")
add(P, "pc42_minsterby", GPW, "Minsterby", DATE, "GP FTE per 1,000 patients", ["per 1,000", "gp"], "0.53",
    "FTE per 1,000 patients", "(0.53 FTE per 1,000)")
add(P, "pc42_owlsworth", GPW, "Owlsworth", DATE, "GP FTE per 1,000 patients", ["per 1,000", "gp", "fewest"], "0.46",
    "FTE per 1,000 patients", "fewest (0.46)")
add(P, "pc42_hallerton55", GPW, "Hallerton Vale", DATE, "GPs aged 55 or over", ["55"], "31.2%", "%",
    "31.2% of GPs are aged 55")

# ============================== Health and Wellbeing Board, 25 June 2025 ==============================
B, L, D = "bcf", "life_expectancy", "wider_determinants"
add(W, "min_bcf_spend", B, A, "Apr-Dec 2024", "BCF spending", ["spend"], "£58.4m", "£m",
    "£58.4m of the £81.6m pooled budget")
add(W, "min_bcf_budget", B, A, "2024/25", "BCF pooled budget", ["pooled budget", "budget"], "£81.6m", "£m",
    "£58.4m of the £81.6m pooled budget")
add(W, "min_bcf_pct", B, A, "Apr-Dec 2024", "Share of pooled budget spent", ["budget", "spen"], "71.6%", "%",
    "£58.4m of the £81.6m pooled budget")
add(W, "min_smoking_preg", "public_health", A, "Q3 2024/25", "Smoking at time of delivery", ["smok"], "9.7%", "%",
    "9.7% of mothers")
add(W, "min_smoking_preg_eng", "public_health", ENG, "Q3 2024/25", "Smoking at time of delivery", ["smok"], "6.1%",
    "%", "compared with 6.1% in England")
add(W, "le2_male", L, A, "2021-23", "Life expectancy at birth, men", ["life expectancy", "men", "male"], "79.1", "years",
    "Life expectancy at birth in Askerwold is 79.1")
add(W, "le2_female", L, A, "2021-23", "Life expectancy at birth, women", ["life expectancy", "women", "female"],
    "83.0", "years", "Life expectancy at birth in Askerwold is 79.1")
add(W, "le2_gap_districts_male", L, A, "2021-23", "Male life expectancy difference Owlsworth v Hallerton Vale",
    ["longer", "difference", "gap"], "4.5", "years", "women (2021-23). Men in Owlsworth")
add(W, "le2_gap_districts_female", L, A, "2021-23", "Female life expectancy difference between districts",
    ["difference", "gap"], "3.5", "years", "for women the difference is 3.5 years")
add(W, "le3_gap_male", L, A, "2021-23", "Deprivation gap in life expectancy, men", ["gap", "less", "deprived"], "10.2",
    "years", "Men in the most deprived tenth of Askerwold live 10.2")
add(W, "le3_gap_female", L, A, "2021-23", "Deprivation gap in life expectancy, women", ["gap", "less", "deprived"],
    "8.1", "years", "least deprived tenth, and women 8.1")
add(W, "le3_gap_male_eng", L, ENG, "2021-23", "Deprivation gap in life expectancy, men", ["gap"], "9.7", "years",
    "In England the gaps are 9.7 and 7.9")
add(W, "le3_gap_female_eng", L, ENG, "2021-23", "Deprivation gap in life expectancy, women", ["gap"], "7.9", "years",
    "In England the gaps are 9.7 and 7.9")
T1 = "TABLE 1  LIFE EXPECTANCY AND HEALTHY LIFE EXPECTANCY"
LE_COLS = [("le_male", "Life expectancy at birth - Male", ["life expectancy"]),
           ("le_female", "Life expectancy at birth - Female", ["life expectancy"]),
           ("hle_male", "Healthy life expectancy at birth - Male", ["healthy life expectancy"]),
           ("hle_female", "Healthy life expectancy at birth - Female", ["healthy life expectancy"])]
for area, vals in [("Brellow", ("79.2", "83.0", "62.4", "63.1")), ("Cradmoor", ("77.9", "81.8", "59.8", "60.7")),
                   ("Fenstock", ("80.4", "84.1", "64.0", "64.9")),
                   ("Hallerton Vale", ("76.8", "81.2", "57.6", "58.9")),
                   ("Minsterby", ("78.5", "82.6", "61.2", "62.0")), ("Owlsworth", ("81.3", "84.7", "65.1", "65.8")),
                   ("Askerwold", ("79.1", "83.0", "61.9", "62.6")), ("England", ("79.1", "83.1", "61.5", "61.9"))]:
    row(W, f"t1_{area.lower().replace(' ', '_')}", L, area, "2021-23", area + " ", LE_COLS, vals, "years", after=T1,
        note="merged header: 'Life expectancy at birth (years)' and 'Healthy life expectancy at birth (years)' "
        "each over 'Male  Female'")
row(W, "t1_gap", L, A, "2021-23", "deprived tenths (SII)",
    [("male", "Gap between most and least deprived tenths (SII) - Male", ["gap", "deprived"]),
     ("female", "Gap between most and least deprived tenths (SII) - Female", ["gap", "deprived"])],
    ("10.2", "8.1"), "years", after=T1,
    note="the row label wraps: 'Gap between most and least' above; no place of its own")
add(W, "le4_hle_hallerton", L, "Hallerton Vale", "2021-23", "Healthy life expectancy, men",
    ["healthy life expectancy", "good health"], "57.6", "years", "where men can expect 57.6")
add(W, "le4_hle_gap", L, "Hallerton Vale", "2021-23", "Healthy life expectancy gap to Owlsworth, men",
    ["fewer", "gap", "healthy life expectancy"], "7.5", "years", "years in good health, 7.5 years fewer")
add(W, "wd2_walk_low", D, "Hallerton Vale", "2023", "Walking for travel", ["walking"], "10.9%", "%",
    "Walking for travel ranges from 10.9%")
add(W, "wd2_walk_high", D, "Minsterby", "2023", "Walking for travel", ["walking"], "18.2%", "%",
    "Walking for travel ranges from 10.9%")
add(W, "wd2_pm25", D, "Minsterby", "2023", "PM2.5 annual mean", ["pm2.5", "particulate"], "8.9", "µg/m³",
    "Minsterby. Fine particulate")
T2 = "TABLE 2  WIDER DETERMINANTS BY DISTRICT"
across(W, "t2_walking", D, "2023", "least 3 days a week", "Adults walking for travel at least 3 days a week (%)",
       ["walking"], ["14.8", "12.1", "16.3", "10.9", "18.2", "13.5", "14.6", "15.8"], "%", T2,
       note="label wraps; values on its second line")
across(W, "t2_pm25", D, "2023", "PM2.5 annual mean", "PM2.5 annual mean (µg/m³)", ["pm2.5"],
       ["7.6", "6.8", "8.2¹", "7.1", "8.9¹", "6.4", "7.5", "7.8"], "µg/m³", T2,
       note="'¹': includes a roadside monitoring site")
across(W, "t2_employment", D, "2024", "Employment rate, aged 16-64", "Employment rate, aged 16-64 (%)",
       ["employment"], ["77.2", "73.5", "78.9", "70.8", "75.4", "79.6", "76.1", "75.7"], "%", T2,
       note="label wraps; values on its first line")
across(W, "t2_affordability", D, "2024", "2024    ", "House price to earnings ratio", ["house price", "earnings"],
       ["8.9", "7.4", "10.2", "6.8", "9.6", "11.1", "9.1", "8.3"], "ratio", T2,
       note="label wraps; its second line is only the year '2024'")
across(W, "t2_fuel", D, "2022", "Households in fuel poverty", "Households in fuel poverty (%)", ["fuel poverty"],
       ["12.4", "14.1", "11.2", "16.0 a", "13.3", "10.1", "12.7", "13.1"], "%", T2,
       note="'a': estimate from a small sample")
across(W, "t2_homeless", D, "2023/24", "1,000 households, 2023/24", "Homelessness duties owed per 1,000 households",
       ["homeless"], ["9.8", "11.5", "7.9", "13.4", "12.6", "6.2", "10.1", "13.0"], "per 1,000 households", T2,
       note="label wraps; values on its second line")
add(W, "wd3_employment", D, "Hallerton Vale", "2024", "Employment rate", ["employment"], "70.8%", "%",
    "The employment rate in Hallerton Vale (70.8%)")
add(W, "wd3_employment_gap", D, "Hallerton Vale", "2024", "Employment rate gap to England",
    ["percentage points", "below", "employment"], "4.9", "percentage points",
    "The employment rate in Hallerton Vale (70.8%)")
add(W, "wd3_fuel", D, "Hallerton Vale", "2022", "Households in fuel poverty", ["fuel poverty"], "16.0%", "%",
    "in fuel poverty (16.0%)")
add(W, "wd4_afford", D, "Owlsworth", "2024", "House price to earnings ratio", ["earnings", "house"], "11.1", "ratio",
    "median house costs 11.1 times")
add(W, "b1_budget", B, A, "2024/25", "BCF pooled budget", ["pooled budget", "budget"], "£81.6m", "£m",
    "pooled budget for 2024/25 was £81.6m")
add(W, "b1_outturn", B, A, "2024/25", "BCF outturn", ["outturn"], "£81.16m", "£m", "£81.16m, an underspend")
add(W, "b1_underspend", B, A, "2024/25", "BCF underspend", ["underspend"], "£0.44m", "£m", "£81.16m, an underspend")
T3 = "TABLE 3  BETTER CARE FUND 2024/25"
B_COLS = [("plan", "Plan £000", ["plan"]), ("outturn", "Outturn £000", ["outturn"]),
          ("variance", "Variance £000", ["variance"])]
for slug, label, vals in [
    ("nhs_min", "NHS minimum contribution", ("51,960", "51,960", "0")),
    ("ibcf", "Improved Better Care Fund", ("17,480", "17,480", "0")),
    ("dfg", "Disabled Facilities Grant", ("6,240", "5,312", "928")),
    ("discharge", "Discharge Fund", ("4,410", "4,686", "(276)")),
    ("additional", "Additional local contributions", ("1,510", "1,722", "(212)")),
    ("total", "Total", ("81,600", "81,160", "440")),
]:
    cols = [(c[0], f"{c[1]} - {label}", c[2]) for c in B_COLS]
    row(W, f"t3_{slug}", B, A, "2024/25", label + " ", cols, vals, "£000", after=T3)
add(W, "b2_discharge", B, A, "2024/25", "Discharge Fund overspend", ["overspent", "discharge"], "£276k", "£k",
    "The Discharge Fund was overspent by £276k")
T4 = "TABLE 4  BCF METRICS 2024/25"
BM_COLS = [("plan", "Plan 2024/25", ["plan"]), ("aprdec", "Apr-Dec 2024", []), ("q4", "Q4 2024/25", [])]
for slug, anchor, label, kw, vals, unit, met in [
    ("avoidable", "care sensitive), per 100,000", "Avoidable admissions (ambulatory care sensitive), per 100,000",
     ["avoidable"], ("172.0", "176.4", "181.9"), "per 100,000", "Not met"),
    ("discharge", "Discharge to usual place of", "Discharge to usual place of residence (%)",
     ["discharge", "usual place"], ("92.5%", "93.1%", "92.8%"), "%", "Met"),
    ("falls", "Emergency admissions due to falls,", "Emergency admissions due to falls, aged 65+, per 100,000",
     ["falls"], ("1,890", "1,944", "1,968"), "per 100,000", "Not met"),
    ("care_homes", "Permanent admissions to residential", "Permanent admissions to residential care, aged 65+, "
     "per 100,000", ["residential", "permanent admissions"], ("585.0", "571.2", "561.3"), "per 100,000", "Met"),
]:
    cols = [(c[0], f"{label} - {c[1]}", kw + c[2]) for c in BM_COLS]
    row(W, f"t4_{slug}", B, A, "2024/25", anchor, cols, vals, unit, after=T4, note=f"'Met?' column: {met!r}")
S = "performance"
T5 = "TABLE 5  OUTCOMES SCORECARD"
for slug, label, kw, period, vals, unit, rag in [
    ("smoking", "Smoking prevalence, adults 18+ (%)", ["smoking"], "2023", ("11.4", "11.0", "11.6"), "%", "Amber"),
    ("inactive", "Physically inactive adults (%)", ["inactive"], "2022/23", ("23.9", "21.0", "22.6"), "%", "Red"),
    ("obesity", "Obesity, Year 6 children (%)", ["obesity"], "2023/24", ("20.8", "20.0", "22.1"), "%", "Amber"),
    ("cvd", "Under 75 mortality from CVD (per 100,000)", ["cvd", "mortality"], "2021-23", ("71.6", "70.0", "77.1"),
     "per 100,000", "Amber"),
    ("suicide", "Suicide rate (per 100,000)", ["suicide"], "2021-23", ("11.2", "10.0", "10.7"), "per 100,000", "Red"),
    ("flu", "Flu vaccination, aged 65+ (%)", ["flu"], "2024/25", ("76.3", "75.0", "74.9"), "%", "Green"),
    ("healthcheck", "NHS Health Check uptake (%)", ["health check"], "Q3 2024/25", ("41.7", "50.0", "38.1"), "%",
     "Red"),
]:
    for (suffix, area, extra), printed in zip([("ask", A, []), ("target", A, ["target"]), ("eng", ENG, [])], vals):
        measure = label + (" - target" if suffix == "target" else "")
        add(W, f"t5_{slug}_{suffix}", S, area, period, measure, extra or kw, printed, unit, label[:26], rag=rag,
            after=T5, starts=True, note=f"RAG printed as {rag.upper()!r}; period cell {period!r} is no fact")
add(W, "s2_inactive", S, A, "2022/23", "Physical inactivity", ["inactivity", "inactive"], "23.9%", "%",
    "Physical inactivity has risen to 23.9%")
add(W, "s2_inactive_target", S, A, "2022/23", "Physical inactivity target", ["target"], "21.0%", "%",
    "target of 21.0%, and uptake")
add(W, "s2_healthcheck", S, A, "Q3 2024/25", "NHS Health Check uptake", ["health check", "uptake"], "41.7%", "%",
    "Checks was 41.7% in Q3")

ids = [f["id"] for f in FACTS]
assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
with open(os.path.join(HERE, "facts.jsonl"), "w", encoding="utf-8") as fh:
    for f in FACTS:
        fh.write(json.dumps(f, ensure_ascii=False) + "\n")
print(len(FACTS), "facts")
