#!/usr/bin/env python3
"""Independent checks for the Harrowby Vale facts: quotes match lines, printed values are on their lines, and every
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
    s = p.removeprefix("c.").replace(",", "").replace("£", "").replace("%", "")
    for suf in ("bn", "m", "k"):
        s = s.removesuffix(suf)
    return float(s)


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


# ---- QIPP: columns add to the total; prose agrees with the table
schemes = sorted({k[3:-7] for k in by if k.startswith("q1_") and k.endswith("_target") and "total" not in k})
assert len(schemes) == 7, schemes
for col in ("target", "plan", "delivered", "forecast"):
    eq(sum(by[f"q1_{s}_{col}"] for s in schemes), by[f"q1_total_{col}"], what=f"qipp {col} total")
eq(by["q1_total_target"] / 1000, by["q_target"], what="prose target")
eq(by["q1_total_plan"] / 1000, by["q_plan"], what="prose plan")
eq(by["q1_total_delivered"] / 1000, by["q_delivered"], what="prose delivered")
eq(by["q1_total_forecast"] / 1000, by["q_forecast"], what="prose forecast")
eq(round(by["q_target"] - by["q_forecast"], 1), by["q_gap"], what="gap = target - forecast")
eq(pct(by["q_delivered"], by["q_plan"]), by["q_pct"], what="% of plan")
eq(pct(by["q_target"], by["q_alloc"] * 1000), by["q_target_pct"], what="% of allocation")
chc = "continuing_healthc"
eq(pct(by[f"q1_{chc}_delivered"], by[f"q1_{chc}_plan"]), by["q_chc_pct"], what="CHC % of plan")
eq(round(by["m_winter_fund"]), 3, what="winter fund approx")

# ---- delegated primary care budget
lines = sorted({k[3:-8] for k in by if k.startswith("pc_") and k.endswith("_outturn")} - {"total_delegated_bu"})
assert len(lines) == 6, lines
for col in ("outturn", "budget"):
    eq(sum(by[f"pc_{x}_{col}"] for x in lines), by[f"pc_total_delegated_bu_{col}"], what=f"primary care {col}")
for x in lines + ["total_delegated_bu"]:
    eq(round((by[f"pc_{x}_budget"] / by[f"pc_{x}_outturn"] - 1) * 100, 1), by[f"pc_{x}_change"], what=f"change {x}")
eq(round(by["pc_total_delegated_bu_budget"] / 1000, 1), by["pc_total"], what="prose delegated total")
eq(by["pc_total_delegated_bu_change"], by["pc_total_pct"], what="prose change")

# ---- ARRS
pcns = sorted({k[5:-6] for k in by if k.startswith("arrs_") and k.endswith("_alloc")} - {"total"})
assert len(pcns) == 7, pcns
for col in ("alloc", "claimed", "wte"):
    eq(sum(by[f"arrs_{p}_{col}"] for p in pcns), by[f"arrs_total_{col}"], what=f"arrs {col}")
    for p in pcns:
        if by[f"arrs_{p}_claimed"] * 2 >= by[f"arrs_{p}_alloc"]:
            fail("claims below half of allocation", p)
eq(by["arrs_total_wte"], by["arrs_wte_prose"], what="prose WTE")

# ---- GP workforce by locality, bullets, trajectory
locs = ["kestlemouth", "brenscombe", "tollacott", "wyvernford", "perrimoor", "stannock"]
for col in ("patients", "gp_fte", "nurse"):
    eq(round(sum(by[f"gp_{x}_{col}"] for x in locs), 1), by[f"gp_harrowby_vale_{col}"], what=f"gp {col}")
for x in locs + ["harrowby_vale", "south_west", "england"]:
    eq(round(by[f"gp_{x}_gp_fte"] / by[f"gp_{x}_patients"] * 1000, 2), by[f"gp_{x}_gp_rate"], what=f"rate {x}")
eq(by["gpb_fte"], by["gp_harrowby_vale_gp_fte"], what="bullet FTE")
eq(by["gpb_rate"], by["gp_harrowby_vale_gp_rate"], what="bullet rate")
eq(by["gpb_rate_sw"], by["gp_south_west_gp_rate"], what="bullet SW")
eq(by["gpb_rate_eng"], by["gp_england_gp_rate"], what="bullet England")
eq(round(by["gp_tollacott_patients"] * by["gp_england_gp_rate"] / 1000 - by["gp_tollacott_gp_fte"], 1),
   by["gpb_need"], what="Tollacott shortfall")
for y in ("2021", "2022", "2023", "2024", "2025", "2026", "2027", "2028"):
    fte = by.get(f"traj_{y}_actual", by.get(f"traj_{y}_plan"))
    eq(round(fte / by[f"traj_{y}_patients"] * 1000, 2), by[f"traj_{y}_rate"], what=f"trajectory rate {y}")

# ---- scorecard: RAG counts in the text
rags = [f["rag"] for f in facts if f["id"].startswith("sc_") and f["id"].endswith("_sep")]
if (rags.count("Red"), rags.count("Amber"), rags.count("Green")) != (7, 3, 2) or len(rags) != 12:
    fail("scorecard RAG counts", rags)

# ---- BCF
streams = sorted({k[4:-5] for k in by if k.startswith("bcf_") and k.endswith("_2425")} - {"total_pooled_budge"})
assert len(streams) == 6, streams
for y in ("2425", "2526"):
    eq(sum(by[f"bcf_{s}_{y}"] for s in streams), by[f"bcf_total_pooled_budge_{y}"], what=f"bcf total {y}")
for s in streams + ["total_pooled_budge"]:
    eq(round((by[f"bcf_{s}_2526"] / by[f"bcf_{s}_2425"] - 1) * 100, 1), by[f"bcf_{s}_chg"], what=f"bcf change {s}")
eq(round(by["bcf_total_pooled_budge_2526"] / 1000, 1), by["bcf_total_prose"], what="prose pooled budget")
eq(by["bcf_total_pooled_budge_chg"], by["bcf_growth_prose"], what="prose growth")

# ---- life expectancy: council between its localities; locality gaps
for c in ("le_m", "le_f", "hle_m", "hle_f"):
    vals = [by[f"le_{x}_{c}"] for x in locs]
    if not min(vals) < by[f"le_harrowby_vale_{c}"] < max(vals):
        fail("council LE outside its localities", c)
eq(round(by["le_stannock_le_m"] - by["le_tollacott_le_m"], 1), by["gap_loc_m"], what="locality gap men")
eq(round(by["le_stannock_le_f"] - by["le_tollacott_le_f"], 1), by["gap_loc_f"], what="locality gap women")

# ---- wider determinants: the two employment tables agree; bullets agree with Table 5
eq(by["wd_harrowby_vale_emp"], by["emp_harrowby_vale_2024"], what="employment HV")
eq(by["wd_south_west_emp"], by["emp_south_west_2024"], what="employment SW")
eq(by["wd_england_emp"], by["emp_england_2024"], what="employment England")
eq(by["kp_walk"], by["wd_harrowby_vale_walk"], what="walking HV")
eq(by["kp_walk_eng"], by["wd_england_walk"], what="walking England")
eq(by["kp_fuel"], max(by[f"wd_{x}_fuel"] for x in locs), what="fuel poverty highest")
eq(by["kp_fuel_sw"], by["wd_south_west_fuel"], what="fuel SW")
eq(by["kp_ta"], by["wd_tollacott_ta"], what="TA Tollacott")
eq(by["kp_ta_stan"], by["wd_stannock_ta"], what="TA Stannock")
if not by["kp_ta"] > 5 * by["kp_ta_stan"]:
    fail("more than five times")

print(f"{len(facts)} facts, {bad} failures")
sys.exit(1 if bad else 0)
