#!/usr/bin/env python3
"""Independent checks for the Sheringmoor facts: quotes match lines, printed values are on their lines, and every
total, rate, change, gap and RAG count in the packs adds up.  Run from anywhere; exits 1 on any failure."""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
facts = [json.loads(x) for x in open(os.path.join(HERE, "facts.jsonl"), encoding="utf-8")]
texts: dict[str, list[str]] = {}
bad = 0


def fail(*msg):
    global bad
    print("FAIL", *msg)
    bad += 1


def parse(p):
    s = p.replace(",", "").replace("£", "").replace("%", "").replace("†", "").strip()
    sign = -1 if s[:1] in ("▼", "−", "-") else 1
    s = s.lstrip("▼▲+−- ")
    for suf in ("bn", "m", "k"):
        s = s.removesuffix(suf)
    return sign * float(s)


KEYS = ["id", "file", "dataset", "area", "period", "measure", "measure_keywords", "value", "unit", "rag", "line",
        "quote", "printed"]
for f in facts:
    if list(f)[:13] != KEYS or not set(f) <= set(KEYS) | {"note"}:
        fail("keys", f["id"])
    kw = f["measure_keywords"]
    if not (1 <= len(kw) <= 3 and all(k == k.lower() for k in kw)):
        fail("keywords", f["id"])
    if not any(k in f["measure"].lower() for k in kw):
        fail("no keyword in the fact's own measure", f["id"])
    if f["rag"] not in (None, "Red", "Amber", "Green"):
        fail("rag", f["id"])
    if f["file"] not in texts:
        texts[f["file"]] = open(os.path.join(HERE, f["file"]), encoding="utf-8").read().split("\n")
    line = texts[f["file"]][f["line"] - 1].strip()
    if line != f["quote"]:
        fail("quote != line", f["id"])
    if not re.search(r"(?<![\d.,£])" + re.escape(f["printed"]) + r"(?![\d])", line):
        fail("printed not on line", f["id"], f["printed"])
    if abs(parse(f["printed"]) - f["value"]) > 1e-9:
        fail("value != printed", f["id"])

by = {f["id"]: f["value"] for f in facts}
if len(by) != len(facts):
    fail("duplicate ids")


def eq(a, b, tol=1e-6, what=""):
    if abs(a - b) > tol:
        fail(what, a, b)


def pct(a, b):
    return round(a / b * 100, 1)


def change(new, old):
    return round((new / old - 1) * 100, 1)


# ---- QIPP: columns add to the total (the table split over a page); prose agrees with the table
schemes = sorted({k[3:-7] for k in by if k.startswith("q1_") and k.endswith("_target")} - {"total"})
assert len(schemes) == 7, schemes
for col in ("target", "plan", "delivered", "forecast"):
    eq(sum(by[f"q1_{s}_{col}"] for s in schemes), by[f"q1_total_{col}"], what=f"qipp {col} total")
for col in ("target", "plan", "delivered", "forecast"):
    eq(by[f"q1_total_{col}"] / 1000, by[f"q_{col}"], what=f"prose {col}")
eq(round(by["q_target"] - by["q_forecast"], 1), by["q_gap"], what="gap = target - forecast")
eq(pct(by["q_delivered"], by["q_plan"]), by["q_pct"], what="% of plan")
eq(pct(by["q_target"], by["q_alloc"] * 1000), by["q_target_pct"], what="% of allocation")
chc = "continuing_healthc"
eq(pct(by[f"q1_{chc}_delivered"], by[f"q1_{chc}_plan"]), by["q_chc_pct"], what="CHC % of plan")

# ---- delegated primary care budget
lines = sorted({k[3:-8] for k in by if k.startswith("pc_") and k.endswith("_outturn")} - {"total_delegated_bu"})
assert len(lines) == 6, lines
for col in ("outturn", "budget"):
    eq(sum(by[f"pc_{x}_{col}"] for x in lines), by[f"pc_total_delegated_bu_{col}"], what=f"primary care {col}")
for x in lines + ["total_delegated_bu"]:
    eq(change(by[f"pc_{x}_budget"], by[f"pc_{x}_outturn"]), by[f"pc_{x}_change"], what=f"change {x}")
eq(round(by["pc_total_delegated_bu_budget"] / 1000, 1), by["pc_total"], what="prose delegated total")
eq(by["pc_total_delegated_bu_change"], by["pc_total_pct"], what="prose change")

# ---- ARRS
pcns = sorted({k[5:-6] for k in by if k.startswith("arrs_") and k.endswith("_alloc")} - {"total"})
assert len(pcns) == 6, pcns
for col in ("alloc", "claimed", "wte"):
    eq(round(sum(by[f"arrs_{p}_{col}"] for p in pcns), 1), by[f"arrs_total_{col}"], what=f"arrs {col}")
eq(by["arrs_total_wte"], by["arrs_wte_prose"], what="prose WTE")
eq(round(by["arrs_total_claimed"] / 1000, 1), by["arrs_claimed_prose"], what="prose claimed")

# ---- GP workforce by locality, bullets, trajectory
locs = ["holmsey", "tadstock", "marshwick", "ulvering", "brackfield"]
for col in ("patients", "gp_fte", "nurse"):
    eq(round(sum(by[f"gp_{x}_{col}"] for x in locs), 1), by[f"gp_sheringmoor_{col}"], what=f"gp {col}")
for x in locs + ["sheringmoor", "east_of_england", "england"]:
    eq(round(by[f"gp_{x}_gp_fte"] / by[f"gp_{x}_patients"] * 1000, 2), by[f"gp_{x}_gp_rate"], what=f"rate {x}")
eq(by["gpb_fte"], by["gp_sheringmoor_gp_fte"], what="bullet FTE")
eq(by["gpb_rate"], by["gp_sheringmoor_gp_rate"], what="bullet rate")
eq(by["gpb_rate_eoe"], by["gp_east_of_england_gp_rate"], what="bullet EoE")
eq(by["gpb_rate_eng"], by["gp_england_gp_rate"], what="bullet England")
eq(by["gpb_ulv_rate"], min(by[f"gp_{x}_gp_rate"] for x in locs), what="Ulvering lowest")
eq(round(by["gp_ulvering_patients"] * by["gp_sheringmoor_gp_rate"] / 1000 - by["gp_ulvering_gp_fte"], 1),
   by["gpb_need"], what="Ulvering shortfall")
eq(by["gpb_nurse"], by["gp_sheringmoor_nurse"], what="bullet nurses")
years = ("2021", "2022", "2023", "2024", "2025", "2026", "2027", "2028")
for y in years:
    fte = by.get(f"traj_{y}_actual", by.get(f"traj_{y}_plan"))
    eq(round(fte / by[f"traj_{y}_patients"] * 1000, 2), by[f"traj_{y}_rate"], what=f"trajectory rate {y}")
eq(by["traj_2025_actual"], by["gp_sheringmoor_gp_fte"], what="trajectory 2025/26 = October 2025")
eq(by["traj_2025_patients"], by["gp_sheringmoor_patients"], what="trajectory patients = table 4")
eq(round(by["traj_2025_actual"] - by["traj_2024_actual"], 1), by["tr_growth"], what="growth on a year")
eq(round(by["traj_2025_plan"] - by["traj_2025_actual"], 1), by["tr_short"], what="short of plan")
eq(by["traj_2028_plan"], by["tr_plan_prose"], what="plan 2028/29")
eq(by["traj_2028_rate"], by["tr_rate_prose"], what="rate 2028/29")

# ---- scorecard: RAG counts in the text; the change column is October minus September
octs = [f for f in facts if f["id"].startswith("sc_") and f["id"].endswith("_oct")]
rags = [f["rag"] for f in octs]
if (rags.count("Red"), rags.count("Amber"), rags.count("Green")) != (5, 4, 3) or len(rags) != 12:
    fail("scorecard RAG counts", rags)
for f in octs:
    p = f["id"][:-4]
    eq(round(by[f"{p}_oct"] - by[f"{p}_sep"], 1), by[f"{p}_chg"], what=f"change {p}")

# ---- BCF
streams = sorted({k[4:-5] for k in by if k.startswith("bcf_") and k.endswith("_2425")} - {"total_pooled_budge"})
assert len(streams) == 7, streams
for y in ("2425", "2526"):
    eq(sum(by[f"bcf_{s}_{y}"] for s in streams), by[f"bcf_total_pooled_budge_{y}"], what=f"bcf total {y}")
for s in streams + ["total_pooled_budge"]:
    eq(change(by[f"bcf_{s}_2526"], by[f"bcf_{s}_2425"]), by[f"bcf_{s}_chg"], what=f"bcf change {s}")
eq(round(by["bcf_total_pooled_budge_2526"] / 1000, 1), by["bcf_total_prose"], what="prose pooled budget")
eq(by["bcf_total_pooled_budge_chg"], by["bcf_growth_prose"], what="prose growth")

# ---- life expectancy: council between its districts; prose agrees with Table 2; district gaps
for c in ("le_m", "le_f", "hle_m", "hle_f"):
    vals = [by[f"le_{x}_{c}"] for x in locs]
    if not min(vals) < by[f"le_sheringmoor_{c}"] < max(vals):
        fail("council LE outside its districts", c)
eq(by["le_prose_m"], by["le_sheringmoor_le_m"], what="prose LE men")
eq(by["le_prose_f"], by["le_sheringmoor_le_f"], what="prose LE women")
eq(by["le_prose_eng_m"], by["le_england_le_m"], what="prose LE England men")
eq(by["le_prose_eng_f"], by["le_england_le_f"], what="prose LE England women")
eq(round(by["le_brackfield_le_m"] - by["le_ulvering_le_m"], 1), by["gap_loc_m"], what="district gap men")
eq(round(by["le_brackfield_le_f"] - by["le_ulvering_le_f"], 1), by["gap_loc_f"], what="district gap women")
if not by["hle_gap_m"] > by["gap_m"] and by["hle_gap_f"] > by["gap_f"]:
    fail("healthy life expectancy gap is wider")

# ---- wider determinants: prose and Figure 2 agree with Table 3
eq(by["fig2_2023"], by["wd_sheringmoor_emp"], what="Figure 2 2023/24 = Table 3")
eq(by["kp_emp"], by["wd_sheringmoor_emp"], what="employment prose")
eq(by["kp_emp_eoe"], by["wd_east_of_england_emp"], what="employment EoE")
eq(by["kp_fuel"], max(by[f"wd_{x}_fuel"] for x in locs), what="fuel poverty highest")
eq(by["kp_fuel"], by["wd_ulvering_fuel"], what="fuel Ulvering")
eq(by["kp_fuel_sm"], by["wd_sheringmoor_fuel"], what="fuel county")
eq(by["kp_fuel_eng"], by["wd_england_fuel"], what="fuel England")
eq(by["kp_walk"], by["wd_sheringmoor_walk"], what="walking county")
eq(by["kp_walk_eng"], by["wd_england_walk"], what="walking England")
eq(by["kp_walk_ulv"], min(by[f"wd_{x}_walk"] for x in locs), what="walking lowest")
eq(by["kp_ta"], max(by[f"wd_{x}_ta"] for x in locs), what="TA highest")
eq(by["kp_ta"], by["wd_tadstock_ta"], what="TA Tadstock")
eq(by["kp_ta_ulv"], by["wd_ulvering_ta"], what="TA Ulvering")

print(f"{len(facts)} facts, {bad} failures")
sys.exit(1 if bad else 0)
