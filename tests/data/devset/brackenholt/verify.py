#!/usr/bin/env python3
"""Independent checks for the Brackenholt facts: quotes match lines, printed values are on their lines, and every
total, rate, change, gap, tile and RAG count in the packs adds up.  Run from anywhere; exits 1 on any failure."""

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
    s = p.strip()
    sign = -1 if s[:1] in ("-", "(") else 1
    s = s.removeprefix("c.").replace(",", "").replace("£", "").replace("%", "").strip("()+-")
    for suf in ("bn", "m", "k", "p"):
        s = s.removesuffix(suf)
    return sign * float(s)


KEYS = ["id", "file", "dataset", "area", "period", "measure", "measure_keywords", "value", "unit", "rag", "line",
        "quote", "printed"]
for f in facts:
    if list(f) != KEYS:
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
if not 250 <= len(facts) <= 350:
    fail("fact count", len(facts))


def eq(a, b, tol=1e-6, what=""):
    if abs(a - b) > tol:
        fail(what, a, b)


def pct(a, b):
    return round(a / b * 100, 1)


def change(new, old):
    return round((new / old - 1) * 100, 1)


def keys(prefix, suffix):
    return sorted(k[len(prefix) : -len(suffix)] for k in by if k.startswith(prefix) and k.endswith(suffix))


# ---- BCF: streams add to the total; changes; prose agrees
streams = [s for s in keys("bcf_", "_2526") if s != "total_pooled_budge"]
assert len(streams) == 7, streams
for y in ("2425", "2526"):
    eq(sum(by[f"bcf_{s}_{y}"] for s in streams), by[f"bcf_total_pooled_budge_{y}"], what=f"bcf total {y}")
for s in streams + ["total_pooled_budge"]:
    eq(change(by[f"bcf_{s}_2526"], by[f"bcf_{s}_2425"]), by[f"bcf_{s}_chg"], what=f"bcf change {s}")
eq(by["bcf_total_pooled_budge_2526"] / 1000, by["bcf_total_prose"], 0.05, "bcf prose total")
eq(by["bcf_total_pooled_budge_chg"], by["bcf_growth_prose"], what="bcf prose growth")
d = [s for s in streams if s.startswith("discharge")]
eq(change(sum(by[f"bcf_{s}_2526"] for s in d), sum(by[f"bcf_{s}_2425"] for s in d)), by["bcf_discharge_growth"],
   what="discharge growth")
eq(-by["bcf_additional_icb_con_chg"], by["bcf_icb_fall"], what="icb fall")

# ---- life expectancy: prose, chart and tiles agree with Table 2
eq(by["le_brackenholt_le_m"], by["le_prose_m"], what="le m")
eq(by["le_brackenholt_le_f"], by["le_prose_f"], what="le f")
eq(round(by["le_lathmoss_le_m"] - by["le_winderby_le_m"], 1), by["le_prose_dist_m"], what="district gap m")
eq(round(by["le_lathmoss_le_f"] - by["le_winderby_le_f"], 1), by["le_prose_dist_f"], what="district gap f")
for a, b in (("le_prose_gap_m", "le_brackenholt_gap_m"), ("le_prose_gap_f", "le_brackenholt_gap_f"),
             ("le_prose_gap_eng", "le_england_gap_m"), ("gap_tile_m", "le_brackenholt_gap_m"),
             ("gap_tile_f", "le_brackenholt_gap_f")):
    eq(by[a], by[b], what=a)
for dname in ("garsthwaite", "skelbeck", "fellholme", "winderby", "lathmoss"):
    eq(by[f"gapchart_{dname}"], by[f"le_{dname}_gap_m"], what=f"gap chart {dname}")

# ---- wider determinants: key points agree with Table 3
for k, t in (("kp_emp_win", "wd_winderby_emp"), ("kp_emp_bh", "wd_brackenholt_emp"), ("kp_emp_eng", "wd_england_emp"),
             ("kp_fuel_win", "wd_winderby_fuel"), ("kp_fuel_bh", "wd_brackenholt_fuel"),
             ("kp_fuel_nw", "wd_north_west_fuel"), ("kp_walk_fel", "wd_fellholme_walk"),
             ("kp_walk_eng", "wd_england_walk"), ("kp_ta_win", "wd_winderby_ta"), ("kp_ta_lat", "wd_lathmoss_ta")):
    eq(by[k], by[t], what=k)
dists = ["garsthwaite", "skelbeck", "fellholme", "winderby", "lathmoss"]
if min(dists, key=lambda x: by[f"wd_{x}_emp"]) != "winderby" or max(dists, key=lambda x: by[f"wd_{x}_fuel"]) != \
        "winderby" or max(dists, key=lambda x: by[f"wd_{x}_walk"]) != "fellholme":
    fail("key points: lowest/highest")

# ---- QIPP: schemes add to the total; tiles and bullets agree
schemes = [s for s in keys("q4_", "_target") if s != "total"]
assert len(schemes) == 7, schemes
for col in ("target", "plan", "delivered", "forecast", "var"):
    eq(round(sum(by[f"q4_{s}_{col}"] for s in schemes), 1), by[f"q4_total_{col}"], what=f"qipp {col} total")
for s in schemes + ["total"]:
    eq(round(by[f"q4_{s}_forecast"] - by[f"q4_{s}_target"], 1), by[f"q4_{s}_var"], what=f"variance {s}")
for col in ("target", "plan", "delivered", "forecast"):
    eq(by[f"q4_total_{col}"], by[f"q_{col}"], what=f"tile {col}")
eq(by["q4_total_var"], by["q_gap"], what="gap tile")
eq(pct(by["q_delivered"], by["q_plan"]), by["q_pct_plan"], what="% of plan")
eq(pct(by["q_target"], by["q_alloc"] * 1000), by["q_pct_alloc"], what="% of allocation")
if by["q_nonrec"] / 1000 > by["q_delivered"]:
    fail("non-recurrent above delivered")

# ---- delegated primary care budget
lines_ = [s for s in keys("pc_", "_budget") if s != "total_delegated_bu"]
assert len(lines_) == 6, lines_
for col in ("budget", "forecast", "var"):
    eq(round(sum(by[f"pc_{s}_{col}"] for s in lines_), 1), by[f"pc_total_delegated_bu_{col}"], what=f"pc {col}")
for s in lines_ + ["total_delegated_bu"]:
    eq(round(by[f"pc_{s}_budget"] - by[f"pc_{s}_forecast"], 1), by[f"pc_{s}_var"], what=f"pc var {s}")
eq(by["pc_total_delegated_bu_budget"], by["pc_total_tile"], what="pc tile")
eq(by["pc_total_delegated_bu_var"], by["pc_over_tile"], what="pc overspend tile")

# ---- ARRS: the chart's labels add to the tiles
alloc = sum(v for k, v in by.items() if k.startswith("arrs_") and k.endswith("_pcn_alloc"))
claim = sum(v for k, v in by.items() if k.startswith("arrs_") and k.endswith("_pcn_claimed"))
eq(round(alloc / 1000, 1), by["arrs_alloc_tile"], what="arrs alloc tile")
eq(round(claim / 1000, 1), by["arrs_claimed_tile"], what="arrs claimed tile")
eq(pct(claim, alloc), by["arrs_pct_tile"], what="arrs % tile")

# ---- GP workforce: districts add to the county; rates; trajectory
for col in ("patients", "fte"):
    eq(round(sum(by[f"gp_{x}_{col}"] for x in dists), 1), by[f"gp_brackenholt_{col}"], what=f"gp {col} total")
for a in dists + ["brackenholt", "north_west", "england"]:
    eq(round(by[f"gp_{a}_fte"] / by[f"gp_{a}_patients"] * 1000, 2), by[f"gp_{a}_rate"], what=f"gp rate {a}")
years = keys("traj_", "_fte")
assert len(years) == 8, years
for y in years:
    eq(round(by[f"traj_{y}_fte"] / by[f"traj_{y}_patients"] * 1000, 2), by[f"traj_{y}_rate"], what=f"traj {y}")
eq(by["traj_2025_fte"], by["gp_brackenholt_fte"], what="traj 2025/26 = table")
eq(by["traj_2025_patients"], by["gp_brackenholt_patients"], what="traj patients 2025/26 = table")
eq(round(by["traj_2025_fte"] - by["traj_2024_fte"], 1), by["traj_growth"], what="growth tile")

# ---- scorecard: RAG counts in the text
text = "\n".join(texts["brackenholt_hosc_2026-02-11.txt"])
m = re.search(r"Of the (\d+) indicators, (\d+) are rated red, (\d+) amber and (\d+) green", text)
rags = [f["rag"] for f in facts if f["id"].startswith("sc_") and f["id"].endswith("_dec")]
if not m or [int(x) for x in m.groups()] != [len(rags), rags.count("Red"), rags.count("Amber"),
                                            rags.count("Green")]:
    fail("scorecard RAG counts")

print(f"{len(facts)} facts, {bad} failures")
sys.exit(1 if bad else 0)
