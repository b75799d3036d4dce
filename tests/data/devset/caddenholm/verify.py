#!/usr/bin/env python3
"""Independent checks for the Caddenholm facts: quotes match lines, printed values are on their lines, every number
in every table cell and panel is a fact, and every total, rate, change, variance, gap and count in the packs adds
up.  Run from anywhere; exits 1 on any failure."""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
HWB, ICBF = "caddenholm_hwb_2026-10-14.txt", "caddenholm_icb_2026-10-28.txt"
facts = [json.loads(x) for x in open(os.path.join(HERE, "facts.jsonl"), encoding="utf-8")]
texts = {n: open(os.path.join(HERE, n), encoding="utf-8").read().split("\n") for n in (HWB, ICBF)}
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
DATASETS = {"qipp", "primary_care_budgets", "pcn_budgets", "gp_workforce", "life_expectancy", "wider_determinants",
            "bcf", "performance", "headline"}
AREAS = {"Amblethorpe", "Dalesby", "Holgarth", "Rothersby", "Scarrowdale", "Wensby Moor", "Caddenholm",
         "Yorkshire and the Humber", "England", "Caddenholm and Esklow ICB"}
for f in facts:
    if list(f) != KEYS:
        fail("keys", f["id"])
    if f["dataset"] not in DATASETS:
        fail("dataset", f["id"])
    if f["area"] not in AREAS and not f["area"].endswith(" PCN"):
        fail("area", f["id"], f["area"])
    kw = f["measure_keywords"]
    if not (1 <= len(kw) <= 3 and all(k == k.lower() and 1 <= len(k.split()) <= 3 for k in kw)):
        fail("keywords", f["id"])
    if not any(k in f["measure"].lower() for k in kw):
        fail("no keyword in the fact's own measure", f["id"])
    if f["rag"] not in (None, "Red", "Amber", "Green"):
        fail("rag", f["id"])
    line = texts[f["file"]][f["line"] - 1].replace("\f", "").strip()
    if line != f["quote"]:
        fail("quote != line", f["id"])
    if not re.search(r"(?<![\d.,£\w])" + re.escape(f["printed"]) + r"(?![\d]|[.,]\d)", line):
        fail("printed not on line", f["id"], f["printed"])
    if abs(parse(f["printed"]) - f["value"]) > 1e-9:
        fail("value != printed", f["id"])

by = {f["id"]: f["value"] for f in facts}
if len(by) != len(facts):
    fail("duplicate ids")
for n in texts:
    k = sum(f["file"] == n for f in facts)
    if not 150 <= k <= 215:
        fail("fact count", n, k)
at = {}
for f in facts:
    at.setdefault((f["file"], f["line"]), []).append(f["printed"])

# ---- every number in a table cell or a panel is a fact on its line
CELL = re.compile(r"^(-?£?-?[\d,]+(\.\d+)?%?|\([\d,]+\))$")
hw = texts[HWB]
for i, line in enumerate(hw, 1):
    if "\t" not in line:
        continue
    cells = line.split("\t")
    for c in cells[1:]:
        if CELL.match(c) and c != "£000" and c not in at.get((HWB, i), []):
            fail("table cell without a fact", HWB, i, c)
ic = texts[ICBF]
for i, line in enumerate(ic, 1):
    s = line.replace("\f", "")
    toks = re.split(r"\s{2,}", s.strip())
    if re.match(r"\s*(Latest|Target|Previous)\s", s):
        vals = re.findall(r"(?:Latest|Target|Previous)\s+(\S+)", s)
    elif len(toks) >= 3 and not re.match(r"\s*\d\.\d\s", s):
        vals = [t for t in toks[1:] if CELL.match(t)]
    else:
        continue
    for v in vals:
        if CELL.match(v) and v not in at.get((ICBF, i), []):
            fail("cell without a fact", ICBF, i, v)


def eq(a, b, tol=1e-6, what=""):
    if abs(a - b) > tol:
        fail(what, a, b)


def pct(a, b):
    return round(a / b * 100, 1)


def change(new, old):
    return round((new / old - 1) * 100, 1)


def keys(prefix, suffix):
    return sorted(k[len(prefix): -len(suffix)] for k in by if k.startswith(prefix) and k.endswith(suffix))


dists = ["amblethorpe", "dalesby", "holgarth", "rothersby", "scarrowdale", "wensby_moor"]

# ================= HWB
# life expectancy: prose and key figures agree with Table 1; district gaps; HLE range
for a, b in (("kf_le_m", "le_caddenholm_m"), ("kf_le_f", "le_caddenholm_f"), ("kf_le_m_eng", "le_england_m"),
             ("kf_le_f_eng", "le_england_f"), ("le_p_cad_m", "le_caddenholm_m"),
             ("le_p_yh_m", "le_yorkshire_and_the_m"), ("le_p_eng_m", "le_england_m"), ("le_p_cad_f", "le_caddenholm_f"),
             ("le_p_yh_f", "le_yorkshire_and_the_f"), ("le_p_eng_f", "le_england_f"),
             ("hle_p_cad_m", "le_caddenholm_hm"), ("hle_p_cad_f", "le_caddenholm_hf"),
             ("hle_p_eng_m", "le_england_hm"), ("hle_p_eng_f", "le_england_hf"), ("hle_p_roth_m", "le_rothersby_hm"),
             ("hle_p_wens_m", "le_wensby_moor_hm")):
    eq(by[a], by[b], what=a)
eq(round(by["le_wensby_moor_m"] - by["le_rothersby_m"], 1), by["le_p_gap_dist_m"], what="district gap m")
eq(round(by["le_wensby_moor_f"] - by["le_rothersby_f"], 1), by["le_p_gap_dist_f"], what="district gap f")
for s in ("m", "f", "hm"):
    if max(dists, key=lambda x: by[f"le_{x}_{s}"]) != "wensby_moor" or \
            min(dists, key=lambda x: by[f"le_{x}_{s}"]) != "rothersby":
        fail("district extremes", s)
if round(by["le_rothersby_m"] - by["le_rothersby_hm"]) != 21:
    fail("'about 21 years of their lives in poor health'")
for x in dists + ["caddenholm", "yorkshire_and_the", "england"]:
    if by[f"le_{x}_hm"] >= by[f"le_{x}_m"] or by[f"le_{x}_hf"] >= by[f"le_{x}_f"]:
        fail("HLE above LE", x)
# Table 2: gap = least - most; prose
for x in dists + ["caddenholm"]:
    for s in ("m", "f"):
        eq(round(by[f"dep_{x}_{s}_least"] - by[f"dep_{x}_{s}_most"], 1), by[f"dep_{x}_{s}_gap"], what=f"gap {x} {s}")
for a, b in (("gap_p_cad_m", "dep_caddenholm_m_gap"), ("gap_p_cad_f", "dep_caddenholm_f_gap"),
             ("gap_p_eng_m", "dep_england_m_gap"), ("gap_p_eng_f", "dep_england_f_gap")):
    eq(by[a], by[b], what=a)
if any(f"dep_england_{s}_{k}" in by for s in "mf" for k in ("most", "least")):
    fail("England '..' cells should have no fact")
# wider determinants: prose agrees with Table 3, extremes, percentage points
for a, b in (("wd_p_emp_roth", "wd_rothersby_emp"), ("wd_p_emp_cad", "wd_caddenholm_emp"),
             ("wd_p_emp_eng", "wd_england_emp"), ("wd_p_fuel_wens", "wd_wensby_moor_fuel"),
             ("wd_p_fuel_roth", "wd_rothersby_fuel"), ("wd_p_fuel_yh", "wd_yorkshire_and_the_fuel"),
             ("wd_p_ta_roth", "wd_rothersby_ta"), ("wd_p_ta_cad", "wd_caddenholm_ta"), ("wd_p_ta_eng", "wd_england_ta"),
             ("wd_p_pm_roth", "wd_rothersby_pm"), ("wd_p_pm_wens", "wd_wensby_moor_pm")):
    eq(by[a], by[b], what=a)
eq(round(by["wd_rothersby_fuel"] - by["wd_caddenholm_fuel"], 1), by["wd_p_fuel_pp"], what="fuel pp")
for ind, pick, want in (("emp", min, "rothersby"), ("fuel", max, "rothersby"), ("fuel", min, "wensby_moor"),
                        ("pm", max, "rothersby"), ("pm", min, "wensby_moor")):
    if pick(dists, key=lambda x: by[f"wd_{x}_{ind}"]) != want:
        fail("wd extreme", ind, want)
if "wd_wensby_moor_ta" in by:
    fail("suppressed '*' cell has a fact")
if len([k for k in by if k.startswith("wd_") and not k.startswith("wd_p_")]) != 9 * 5 - 1:
    fail("wider determinants cell count")
# BCF: schemes add to the total; changes; prose and key figure
schemes = [s for s in keys("bcf_", "_2627") if s not in ("total_pooled_budge", "p_total")]
assert len(schemes) == 9, schemes
old = [s for s in schemes if f"bcf_{s}_2526" in by]
assert len(old) == 8, old
eq(sum(by[f"bcf_{s}_2627"] for s in schemes), by["bcf_total_pooled_budge_2627"], what="bcf total 2026/27")
eq(sum(by[f"bcf_{s}_2526"] for s in old), by["bcf_total_pooled_budge_2526"], what="bcf total 2025/26")
eq(sum(by[f"bcf_{s}_chgk"] for s in schemes), by["bcf_total_pooled_budge_chgk"], what="bcf total change")
for s in schemes + ["total_pooled_budge"]:
    eq(by[f"bcf_{s}_2627"] - by.get(f"bcf_{s}_2526", 0), by[f"bcf_{s}_chgk"], what=f"bcf change £000 {s}")
    if f"bcf_{s}_2526" in by:
        eq(change(by[f"bcf_{s}_2627"], by[f"bcf_{s}_2526"]), by[f"bcf_{s}_chgp"], what=f"bcf change % {s}")
eq(round(by["bcf_total_pooled_budge_2627"] / 1000, 1), by["bcf_p_total_2627"], what="bcf prose 2026/27")
eq(round(by["bcf_total_pooled_budge_2526"] / 1000, 1), by["bcf_p_total_2526"], what="bcf prose 2025/26")
eq(round(by["bcf_total_pooled_budge_chgk"] / 1000, 1), by["bcf_p_inc"], what="bcf prose increase")
eq(by["bcf_total_pooled_budge_chgp"], by["bcf_p_inc_pct"], what="bcf prose %")
eq(by["bcf_p_total_2627"], by["kf_bcf"], what="bcf key figure")
eq(by["bcf_integrated_neighbo_2627"], by["bcf_p_int"], what="bcf new scheme")
eq(by["bcf_home_care_capacity_2627"], by["bcf_p_home"], what="home care prose")
eq(by["bcf_home_care_capacity_chgp"], by["bcf_p_home_chg"], what="home care change prose")
if max(schemes, key=lambda s: by[f"bcf_{s}_2627"]) != "home_care_capacity":
    fail("home care the largest scheme")

# ================= ICB
text = "\n".join(ic)
# QIPP: schemes add to the total; variance = forecast - plan; prose
qs = [s for s in keys("q_", "_plan") if s != "total_efficiency_p"]
assert len(qs) == 8, qs
for col in ("plan", "plan_ytd", "actual_ytd", "forecast", "var"):
    eq(sum(by[f"q_{s}_{col}"] for s in qs), by[f"q_total_efficiency_p_{col}"], what=f"qipp total {col}")
for s in qs + ["total_efficiency_p"]:
    eq(by[f"q_{s}_forecast"] - by[f"q_{s}_plan"], by[f"q_{s}_var"], what=f"qipp variance {s}")
    if by[f"q_{s}_plan_ytd"] > by[f"q_{s}_plan"]:
        fail("plan to date above annual plan", s)
T = "q_total_efficiency_p_"
for col, p in (("actual_ytd", "ex_q_delivered"), ("plan_ytd", "ex_q_plan"), ("forecast", "ex_q_fcst"),
               ("plan", "ex_q_annual")):
    eq(round(by[T + col] / 1000, 1), by[p], what=p)
eq(round(-by[T + "var"] / 1000, 1), by["ex_q_short"], what="qipp shortfall")
rags = {f["id"]: f["rag"] for f in facts if f["id"].startswith("q_") and f["id"].endswith("_forecast")}
if sum(r == "Red" for k, r in rags.items() if "total" not in k) != 2 or "two schemes are rated red" not in re.sub(r"\s+", " ", text):
    fail("qipp: two red schemes")
# delegated primary care: lines add up; variance = forecast - budget; prose
pcs = [s for s in keys("pc_", "_budget") if s not in ("total_delegated_pr", "p")]
assert len(pcs) == 7, pcs
for col in ("budget", "forecast", "var"):
    eq(sum(by[f"pc_{s}_{col}"] for s in pcs), by[f"pc_total_delegated_pr_{col}"], what=f"pc total {col}")
for s in pcs + ["total_delegated_pr"]:
    eq(by[f"pc_{s}_forecast"] - by[f"pc_{s}_budget"], by[f"pc_{s}_var"], what=f"pc variance {s}")
eq(round(by["pc_total_delegated_pr_budget"] / 1000, 1), by["ex_pc_budget"], what="pc prose budget")
eq(by["ex_pc_budget"], by["pc_p_budget"], what="pc prose budget 4.2")
eq(by["pc_total_delegated_pr_var"], by["ex_pc_over"], what="pc prose overspend")
# ARRS: PCNs add to the total; % claimed; prose; count under 38%
pcns = [s for s in keys("arrs_", "_alloc") if s not in ("total_caddenholm", "p")]
assert len(pcns) == 8, pcns
for col in ("alloc", "claimed"):
    eq(sum(by[f"arrs_{s}_{col}"] for s in pcns), by[f"arrs_total_caddenholm_{col}"], what=f"arrs total {col}")
for s in pcns + ["total_caddenholm"]:
    eq(pct(by[f"arrs_{s}_claimed"], by[f"arrs_{s}_alloc"]), by[f"arrs_{s}_pct"], what=f"arrs % {s}")
eq(round(by["arrs_total_caddenholm_alloc"] / 1000, 1), by["ex_arrs_alloc"], what="arrs prose alloc")
eq(by["ex_arrs_alloc"], by["arrs_p_alloc"], what="arrs prose alloc 5.1")
eq(round(by["arrs_total_caddenholm_claimed"] / 1000, 1), by["ex_arrs_claimed"], what="arrs prose claimed")
eq(by["arrs_total_caddenholm_pct"], by["ex_arrs_pct"], what="arrs prose %")
if sum(by[f"arrs_{s}_pct"] < 38 for s in pcns) != 2 or "Of the 8 PCNs, 2" not in text:
    fail("'Of the 8 PCNs, 2 have claimed less than 38%'")
# GP workforce: districts add to the county; rates; trajectory; prose
for col, nd in (("patients", 0), ("fte", 1)):
    eq(round(sum(by[f"gp_{x}_{col}"] for x in dists), nd), by[f"gp_caddenholm_{col}"], what=f"gp total {col}")
for a in dists + ["caddenholm"]:
    eq(round(by[f"gp_{a}_fte"] / by[f"gp_{a}_patients"] * 1000, 2), by[f"gp_{a}_rate"], what=f"gp rate {a}")
eq(by["gp_caddenholm_fte"], by["ex_gp_fte"], what="gp prose fte")
eq(by["gp_caddenholm_rate"], by["ex_gp_rate"], what="gp prose rate")
years = keys("traj_", "_fte")
assert len(years) == 6, years
for y in years:
    eq(round(by[f"traj_{y}_fte"] / by[f"traj_{y}_patients"] * 1000, 2), by[f"traj_{y}_rate"], what=f"traj {y}")
eq(round(by["traj_2028_fte"] - by["traj_2026_fte"], 1), by["ex_gp_add"], what="further FTE by 2028/29")
# performance: executive summary agrees with the panels
for a, b in (("ex_ae_latest", "ipr_a_e_4_hours_latest"), ("ex_ae_prev", "ipr_a_e_4_hours_prev"),
             ("ex_ae_target", "ipr_a_e_4_hours_target"), ("ex_wl", "ipr_waiting_list_latest"),
             ("ex_52", "ipr_52_week_waits_latest"), ("ex_52_target", "ipr_52_week_waits_target")):
    eq(by[a], by[b], what=a)
n_panels = len(re.findall(r"\bLatest\s{2,}", text))
if n_panels != len(keys("ipr_", "_latest")) or n_panels != len(keys("ipr_", "_prev")):
    fail("panel count", n_panels)
if len(keys("ipr_", "_target")) != n_panels - 2:
    fail("targets: all but the '-' and 'n/a' panels")
# panel lines abreast: variation and assurance words counted from the panels agree with the matrix and section 1.1
var = [w for line in ic for w in re.findall(r"Variation  (Special cause improving|Special cause concerning|Common "
                                            r"cause)", line)]
ass = [w for line in ic for w in re.findall(r"Assurance  (Consistently fail|Hit and miss|Consistently pass|-)", line)]
if len(var) != n_panels or len(ass) != n_panels:
    fail("variation/assurance lines", len(var), len(ass))
m = re.search(r"covers (\d+) indicators.*?(\d+) show special\s+cause improving variation, (\d+) special cause "
              r"concerning variation and (\d+) common cause variation;\s+(\d+) are consistently\s+failing their target "
              r"and (\d+) is consistently passing", re.sub(r"\s+", " ", text))
want = [n_panels, var.count("Special cause improving"), var.count("Special cause concerning"),
        var.count("Common cause"), ass.count("Consistently fail"), ass.count("Consistently pass")]
if not m or [int(x) for x in m.groups()] != want:
    fail("executive summary counts", m and m.groups(), want)
# the matrix: names per row band and column
start = next(i for i, x in enumerate(ic) if x.startswith("  Variation \\ Assurance"))
head = ic[start]
colpos = [head.index(c) for c in ("Consistently fail", "Hit and miss", "Consistently pass", "No target")]
bands, cur = [], None
for x in ic[start + 1:]:
    if x.startswith("  ---"):
        if cur:
            bands.append(cur)
        cur = {"label": [], "cells": [[] for _ in colpos]}
        if len(bands) == 3:
            break
        continue
    cur["label"].append(x[:colpos[0]].strip())
    for k, p in enumerate(colpos):
        end = colpos[k + 1] if k + 1 < len(colpos) else None
        c = x[p:end].strip()
        if c:
            cur["cells"][k].append(c)
cur_counts = {" ".join(w for w in b["label"] if w): [len(c) for c in b["cells"]] for b in bands}
for lab, v in (("Special cause improving", "Special cause improving"), ("Common cause", "Common cause"),
               ("Special cause concerning", "Special cause concerning")):
    got = cur_counts.get(lab)
    exp = [sum(1 for vv, aa in zip(var, ass) if vv == v and aa == a) for a in ("Consistently fail", "Hit and miss",
                                                                              "Consistently pass", "-")]
    if got != exp:
        fail("matrix band", lab, got, exp)

print(f"{len(facts)} facts, {bad} failures")
sys.exit(1 if bad else 0)
