#!/usr/bin/env python3
"""Independent checks for the Ormsby Fold facts: quotes match lines, printed values are on their lines, and every
total, rate, change, variance, gap and RAG count in the packs adds up.  Run from anywhere; exits 1 on any failure."""

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
    s = s.replace(",", "").replace("£", "").replace("%", "").strip("()+-")
    for suf in ("bn", "m", "k"):
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
if not 250 <= len(facts) <= 400:
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


# ---- QIPP (pdf2txt column boxes): schemes add to the total; variance = forecast - target; prose agrees
schemes = [s for s in keys("q_", "_target") if s != "total"]
assert len(schemes) == 7, schemes
for col in ("target", "plan", "delivered", "forecast", "var"):
    eq(round(sum(by[f"q_{s}_{col}"] for s in schemes), 1), by[f"q_total_{col}"], what=f"qipp {col} total")
for s in schemes + ["total"]:
    eq(round(by[f"q_{s}_forecast"] - by[f"q_{s}_target"], 1), by[f"q_{s}_var"], what=f"qipp variance {s}")
for col, p in (("target", "q_target_prose"), ("delivered", "q_deliv_prose"), ("plan", "q_plan_prose"),
               ("forecast", "q_fcst_prose")):
    eq(by[f"q_total_{col}"], by[p], what=p)
eq(-by["q_total_var"], by["q_gap_prose"], what="qipp shortfall")
eq(pct(by["q_total_delivered"], by["q_total_plan"]), by["q_pct_prose"], what="qipp % of plan")
if by["q_nonrec_prose"] > by["q_total_delivered"]:
    fail("non-recurrent above delivered")
rags = {f["id"][2:-9]: f["rag"] for f in facts if f["id"].startswith("q_") and f["id"].endswith("_forecast")}
text = "\n".join(texts["ormsby_hosc_2026-03-04.txt"])
if not re.search(r"Two schemes are rated red", text) or sum(r == "Red" for k, r in rags.items() if k != "total") != 2:
    fail("qipp red schemes")

# ---- delegated primary care budget: lines add up; variance = forecast - budget (over positive)
lines_ = [s for s in keys("pc_", "_budget") if s != "total_delegated_pr"]
assert len(lines_) == 6, lines_
for col in ("budget", "forecast", "var"):
    eq(round(sum(by[f"pc_{s}_{col}"] for s in lines_), 1), by[f"pc_total_delegated_pr_{col}"], what=f"pc {col}")
for s in lines_ + ["total_delegated_pr"]:
    eq(round(by[f"pc_{s}_forecast"] - by[f"pc_{s}_budget"], 1), by[f"pc_{s}_var"], what=f"pc var {s}")
eq(by["pc_total_delegated_pr_budget"], by["pc_total_prose"], what="pc prose budget")
eq(by["pc_total_delegated_pr_var"], by["pc_over_prose"], what="pc prose overspend")

# ---- ARRS: PCNs add to the total; % claimed; prose; the count of PCNs under 75%
pcns = [s for s in keys("arrs_", "_alloc") if s != "total"]
assert len(pcns) == 7, pcns
for col in ("alloc", "claimed"):
    eq(sum(by[f"arrs_{s}_{col}"] for s in pcns), by[f"arrs_total_{col}"], what=f"arrs {col} total")
for s in pcns + ["total"]:
    eq(pct(by[f"arrs_{s}_claimed"], by[f"arrs_{s}_alloc"]), by[f"arrs_{s}_pct"], what=f"arrs % {s}")
eq(round(by["arrs_total_alloc"] / 1000, 1), by["arrs_alloc_prose"], what="arrs prose alloc")
eq(round(by["arrs_total_claimed"] / 1000, 1), by["arrs_claim_prose"], what="arrs prose claimed")
eq(by["arrs_total_pct"], by["arrs_pct_prose"], what="arrs prose %")
if sum(by[f"arrs_{s}_pct"] < 75 for s in pcns) != 2:
    fail("2 PCNs under 75%")

# ---- GP workforce: districts add to the county; rates; trajectory
dists = ["ashenby", "cradlow", "hatchmere", "pelsworth", "brimscote", "yarrowfield"]
for col in ("patients", "fte"):
    eq(round(sum(by[f"gp_{x}_{col}"] for x in dists), 1), by[f"gp_ormsby_fold_{col}"], what=f"gp {col} total")
for a in dists + ["ormsby_fold", "east_midlands", "england"]:
    eq(round(by[f"gp_{a}_fte"] / by[f"gp_{a}_patients"] * 1000, 2), by[f"gp_{a}_rate"], what=f"gp rate {a}")
eq(by["gp_ormsby_fold_fte"], by["gp_fte_prose"], what="gp prose fte")
eq(by["gp_ormsby_fold_rate"], by["gp_rate_prose"], what="gp prose rate")
years = keys("traj_", "_fte")
assert len(years) == 8, years
for y in years:
    eq(round(by[f"traj_{y}_fte"] / by[f"traj_{y}_patients"] * 1000, 2), by[f"traj_{y}_rate"], what=f"traj {y}")
eq(by["traj_2025_fte"], by["gp_ormsby_fold_fte"], what="traj 2025/26 fte = table")
eq(by["traj_2025_patients"], by["gp_ormsby_fold_patients"], what="traj 2025/26 patients = table")
if not 20 <= by["traj_2028_fte"] - by["traj_2025_fte"] <= 25:
    fail("'a further 20-25 FTE GPs'")

# ---- scorecard: RAG counts in the text
m = re.search(r"Of the (\d+) indicators, (\d+) are rated red, (\d+) amber and (\d+) green", text)
rg = [f["rag"] for f in facts if f["id"].startswith("sc_") and f["id"].endswith("_jan")]
if not m or [int(x) for x in m.groups()] != [len(rg), rg.count("Red"), rg.count("Amber"), rg.count("Green")]:
    fail("scorecard RAG counts")

# ---- BCF: streams add to the total; changes; prose and key facts agree
streams = [s for s in keys("bcf_", "_2526") if s != "total_pooled_budge"]
assert len(streams) == 7, streams
for y in ("2425", "2526"):
    eq(sum(by[f"bcf_{s}_{y}"] for s in streams), by[f"bcf_total_pooled_budge_{y}"], what=f"bcf total {y}")
for s in streams + ["total_pooled_budge"]:
    eq(change(by[f"bcf_{s}_2526"], by[f"bcf_{s}_2425"]), by[f"bcf_{s}_chg"], what=f"bcf change {s}")
eq(round(by["bcf_total_pooled_budge_2526"] / 1000, 1), by["bcf_total_prose"], what="bcf prose total")
eq(by["bcf_total_prose"], by["bcf_key_total"], what="bcf key fact")
eq(by["bcf_total_pooled_budge_chg"], by["bcf_growth_prose"], what="bcf prose growth")
d = [s for s in streams if s.startswith("discharge")]
eq(change(sum(by[f"bcf_{s}_2526"] for s in d), sum(by[f"bcf_{s}_2425"] for s in d)), by["bcf_discharge_growth"],
   what="discharge growth")
eq(-by["bcf_additional_icb_con_chg"], by["bcf_icb_fall"], what="icb fall")

# ---- life expectancy: key facts and prose agree with Table 2; ward gap
for a, b in (("le_key_m", "le_ormsby_fold_m"), ("le_key_f", "le_ormsby_fold_f"), ("le_key_gap_m", "le_ormsby_fold_gap_m"),
             ("le_key_gap_f", "le_ormsby_fold_gap_f"), ("le_prose_m", "le_ormsby_fold_m"),
             ("le_prose_eng_m", "le_england_m")):
    eq(by[a], by[b], what=a)
eq(round(by["le_brimscote_m"] - by["le_cradlow_m"], 1), by["le_prose_dist_m"], what="district gap m")
eq(round(by["le_brimscote_f"] - by["le_cradlow_f"], 1), by["le_prose_dist_f"], what="district gap f")
if max(dists, key=lambda x: by[f"le_{x}_m"]) != "brimscote" or min(dists, key=lambda x: by[f"le_{x}_m"]) != "cradlow":
    fail("district extremes")
eq(round(by["ward_brimscote_heath_m"] - by["ward_hatchmere_central_m"], 1), by["ward_gap_prose"], what="ward gap")
wards_m = {k: v for k, v in by.items() if k.startswith("ward_") and k.endswith("_m") and k != "ward_gap_prose"}
if max(wards_m, key=wards_m.get) != "ward_brimscote_heath_m" or min(wards_m, key=wards_m.get) != \
        "ward_hatchmere_central_m":
    fail("ward extremes")

# ---- wider determinants: key facts and key points agree with Table 3
for k, t in (("wd_key_emp", "wd_ormsby_fold_emp"), ("wd_key_fuel", "wd_ormsby_fold_fuel"),
             ("kp_emp_cra", "wd_cradlow_emp"), ("kp_emp_eng", "wd_england_emp"), ("kp_fuel_cra", "wd_cradlow_fuel"),
             ("kp_fuel_of", "wd_ormsby_fold_fuel"), ("kp_ta_hat", "wd_hatchmere_ta"), ("kp_ta_of", "wd_ormsby_fold_ta"),
             ("kp_walk_bri", "wd_brimscote_walk"), ("kp_walk_eng", "wd_england_walk"),
             ("kp_walk_em", "wd_east_midlands_walk"), ("kp_pm_hat", "wd_hatchmere_pm")):
    eq(by[k], by[t], what=k)
eq(round(by["wd_cradlow_fuel"] - by["wd_ormsby_fold_fuel"], 1), by["kp_fuel_pp"], what="fuel pp")
for ind, pick, want in (("emp", min, "cradlow"), ("fuel", max, "cradlow"), ("walk", max, "brimscote"),
                        ("pm", max, "hatchmere")):
    if pick(dists, key=lambda x: by[f"wd_{x}_{ind}"]) != want:
        fail(f"key point extreme {ind}")

print(f"{len(facts)} facts, {bad} failures")
sys.exit(1 if bad else 0)
