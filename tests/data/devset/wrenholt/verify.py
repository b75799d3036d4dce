#!/usr/bin/env python3
"""Independent checks for the Wrenholt facts: quotes match lines, printed values are on their lines, and every
total, rate, change, variance, gap, share and count in the packs adds up.  Run from anywhere; exits 1 on any
failure."""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
HOSC, HWB = "wrenholt_hosc_2026-12-02.txt", "wrenholt_hwb_2026-12-09.txt"
facts = [json.loads(x) for x in open(os.path.join(HERE, "facts.jsonl"), encoding="utf-8")]
texts = {n: open(os.path.join(HERE, n), encoding="utf-8").read().split("\n") for n in (HOSC, HWB)}
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
AREAS = {"Wrenholt", "Wrenholt and Mersedge ICB", "North West", "England", "Thornclough", "Eastby", "Marlstone",
         "Thornclough North", "Haddle Brow", "Eastby Marsh", "Lodgefield", "Brindlecote", "Marlstone Green",
         "Kittle Bank", "Thornclough PCN", "Haddle Valley PCN", "Eastby Central PCN", "Lodgefield and Brindlecote PCN",
         "Marlstone PCN", "Canal Corridor PCN"}
for f in facts:
    if list(f) != KEYS:
        fail("keys", f["id"])
    kw = f["measure_keywords"]
    if not (1 <= len(kw) <= 3 and all(k == k.lower() for k in kw)):
        fail("keywords", f["id"])
    if not all(k in f["measure"].lower() for k in kw):
        fail("a keyword not in the fact's own measure", f["id"])
    if f["rag"] not in (None, "Red", "Amber", "Green"):
        fail("rag", f["id"])
    if f["dataset"] not in DATASETS:
        fail("dataset", f["id"])
    if f["area"] not in AREAS:
        fail("area", f["id"], f["area"])
    line = texts[f["file"]][f["line"] - 1].strip()
    if line != f["quote"]:
        fail("quote != line", f["id"])
    if not re.search(r"(?<![\d.,£])" + re.escape(f["printed"]) + r"(?![\d]|[.,]\d)", line):
        fail("printed not on line", f["id"], f["printed"])
    if abs(parse(f["printed"]) - f["value"]) > 1e-9:
        fail("value != printed", f["id"])

by = {f["id"]: f["value"] for f in facts}
fx = {f["id"]: f for f in facts}
if len(by) != len(facts):
    fail("duplicate ids")
for name in (HOSC, HWB):
    n = sum(f["file"] == name for f in facts)
    if not 150 <= n <= 200:
        fail("fact count", name, n)


def eq(a, b, what="", tol=1e-6):
    if abs(a - b) > tol:
        fail(what, a, b)


def pct(a, b):
    return round(a / b * 100, 1)


def has(name, pattern):
    if not re.search(pattern, "\n".join(texts[name])):
        fail("text", pattern)


# ---------------- HOSC
# QIPP: schemes add to the total; variance = forecast - plan; summary, prose and minutes agree; two red schemes
qs = sorted({k[2:-5] for k in by if k.startswith("q_") and k.endswith("_plan") and not k.startswith(("q_sum", "q_prose"))}
            - {"total"})
assert len(qs) == 7, qs
for col in ("plan", "fcst", "var"):
    eq(sum(by[f"q_{s}_{col}"] for s in qs), by[f"q_total_{col}"], f"qipp {col} total")
for s in qs + ["total"]:
    eq(by[f"q_{s}_fcst"] - by[f"q_{s}_plan"], by[f"q_{s}_var"], f"qipp var {s}")
eq(round(by["q_total_plan"] / 1000, 1), by["q_sum_plan"], "qipp summary plan")
eq(round(by["q_total_fcst"] / 1000, 1), by["q_sum_fcst"], "qipp summary forecast")
eq(round(-by["q_total_var"] / 1000, 1), by["q_sum_gap"], "qipp summary gap")
eq(pct(-by["q_total_var"], by["q_total_plan"]), by["q_sum_gap_pct"], "qipp gap %")
eq(by["q_total_plan"], by["q_prose_plan"], "qipp prose plan")
eq(by["q_total_fcst"], by["q_prose_fcst"], "qipp prose forecast")
eq(-by["q_total_var"], by["q_prose_gap"], "qipp prose gap")
eq(pct(by["m_q_deliv"] * 1000, by["q_total_plan"]), by["m_q_deliv_pct"], "qipp delivered %")
if not by["m_q_nonrec"] < by["m_q_deliv"]:
    fail("non-recurrent above delivered")
reds = [s for s in qs if fx[f"q_{s}_fcst"]["rag"] == "Red"]
if len(reds) != 2:
    fail("two red schemes", reds)
has(HOSC, r"Two schemes are rated red")

# delegated primary care budget
pcs = sorted({k[3:-7] for k in by if k.startswith("pc_") and k.endswith("_budget")
              and not k.startswith(("pc_sum", "pc_prose"))} - {"total_delegated_pr"})
assert len(pcs) == 7, pcs
for col in ("budget", "fcst", "var"):
    eq(sum(by[f"pc_{s}_{col}"] for s in pcs), by[f"pc_total_delegated_pr_{col}"], f"pc {col} total")
for s in pcs + ["total_delegated_pr"]:
    eq(by[f"pc_{s}_fcst"] - by[f"pc_{s}_budget"], by[f"pc_{s}_var"], f"pc var {s}")
eq(by["pc_total_delegated_pr_budget"], by["pc_prose_budget"], "pc prose budget")
eq(by["pc_total_delegated_pr_fcst"], by["pc_prose_fcst"], "pc prose forecast")
eq(by["pc_total_delegated_pr_var"], by["pc_prose_over"], "pc prose overspend")
eq(round(by["pc_total_delegated_pr_budget"] / 1000, 1), by["pc_sum_budget"], "pc summary budget")
eq(round(by["pc_total_delegated_pr_var"] / 1000, 1), by["pc_sum_over"], "pc summary overspend")

# ARRS
pcns = sorted({k[5:-6] for k in by if k.startswith("arrs_") and k.endswith("_alloc")} - {"wrenholt_total"})
assert len(pcns) == 6, pcns
for col in ("alloc", "claimed"):
    eq(sum(by[f"arrs_{s}_{col}"] for s in pcns), by[f"arrs_wrenholt_total_{col}"], f"arrs {col} total")
for s in pcns + ["wrenholt_total"]:
    eq(pct(by[f"arrs_{s}_claimed"], by[f"arrs_{s}_alloc"]), by[f"arrs_{s}_pct"], f"arrs % {s}")
eq(round(by["arrs_wrenholt_total_alloc"] / 1e6, 2), by["m_arrs_alloc"], "arrs minutes alloc")
eq(round(by["arrs_wrenholt_total_claimed"] / 1e6, 2), by["m_arrs_claimed"], "arrs minutes claimed")
eq(by["arrs_wrenholt_total_pct"], by["m_arrs_pct"], "arrs minutes %")
if sum(by[f"arrs_{s}_pct"] < 43 for s in pcns) != 2:
    fail("two PCNs under 43%")
has(HOSC, r"two PCNs that had claimed less than 43%")
if by["m_arrs_fte"] > by["m_arrs_roles"]:
    fail("ARRS FTE above headcount")

# GP workforce: localities add to the borough; patients per GP; prose; trajectory
locs = ["thornclough", "eastby", "marlstone"]
for col in ("gps", "nurses", "patients"):
    eq(round(sum(by[f"gp_{x}_{col}"] for x in locs), 1), by[f"gp_wrenholt_{col}"], f"gp {col} total")
for a in locs + ["wrenholt", "north_west", "england"]:
    eq(round(by[f"gp_{a}_patients"] / by[f"gp_{a}_gps"]), by[f"gp_{a}_ppg"], f"gp ppg {a}")
eq(by["gp_eastby_ppg"], by["gp_prose_eastby_ppg"], "gp prose Eastby")
if max(locs, key=lambda x: by[f"gp_{x}_ppg"]) != "eastby" or min(locs, key=lambda x: by[f"gp_{x}_ppg"]) != "marlstone":
    fail("gp ppg extremes")
eq(by["gp_wrenholt_ppg"], by["m_ppg_wr"], "minutes ppg Wrenholt")
eq(by["gp_england_ppg"], by["m_ppg_eng"], "minutes ppg England")
years = sorted(k[5:9] for k in by if k.startswith("traj_") and k.endswith("_fte"))
assert years == [str(y) for y in range(2022, 2029)], years
for a, b in zip(years, years[1:]):
    eq(round(by[f"traj_{b}_fte"] - by[f"traj_{a}_fte"], 1), by[f"traj_{b}_chg"], f"traj change {b}")
for y in years:
    eq(round(by[f"traj_{y}_patients"] / by[f"traj_{y}_fte"]), by[f"traj_{y}_ppg"], f"traj ppg {y}")
eq(by["traj_2026_fte"], by["gp_wrenholt_gps"], "traj 2026/27 = Table 4 GPs")
eq(by["traj_2026_patients"], by["gp_wrenholt_patients"], "traj 2026/27 = Table 4 patients")
eq(round(by["traj_2028_fte"] - by["gp_wrenholt_gps"], 1), by["m_add_fte"], "further GP FTE by 2028/29")

# performance: summary and minutes agree with Table 6; counts in the text
eq(by["sc_ae4_oct"], by["sc_sum_ae"], "summary A&E")
eq(by["sc_ae4_std"], by["sc_sum_ae_std"], "summary A&E standard")
for m, t in (("m_rtt52_oct", "sc_rtt52_oct"), ("m_rtt18", "sc_rtt18_oct"), ("m_h60_oct", "sc_handover60_oct"),
             ("m_h60_sep", "sc_handover60_sep"), ("m_cat2", "sc_cat2_oct"), ("m_cat2_std", "sc_cat2_std"),
             ("m_gp14", "sc_gp14_oct")):
    eq(by[m], by[t], m)
if not by["m_rtt52_oct"] < by["m_rtt52_mar"] or not by["m_rtt65"] < by["m_rtt52_oct"]:
    fail("52/65-week waits")
inds = sorted({k[3:-4] for k in by if k.startswith("sc_") and k.endswith("_oct") and not k.startswith("sc_sum")})
assert len(inds) == 11, inds
higher = {"ae4", "rtt18", "fds", "c62", "dementia", "vw"}
meet = [i for i in inds if f"sc_{i}_std" in by and
        (by[f"sc_{i}_oct"] >= by[f"sc_{i}_std"] if i in higher else by[f"sc_{i}_oct"] <= by[f"sc_{i}_std"])]
if len(meet) != 2:
    fail("2 of the 11 indicators meet their standard", meet)
has(HOSC, r"2 of the 11 indicators in Table 6 meet\s+their standard")

# ---------------- HWB
LE = {"thornclough": "Thornclough", "eastby": "Eastby", "marlstone": "Marlstone", "wrenholt": "Wrenholt",
      "north_west": "North West", "england": "England"}
t = lambda a, k: by[f"le_t_{a}_{k}"]
for p, (a, k) in {"le_p_wr_m": ("wrenholt", "m"), "le_p_wr_f": ("wrenholt", "f"), "le_p_nw_m": ("north_west", "m"),
                  "le_p_nw_f": ("north_west", "f"), "le_p_eng_m": ("england", "m"), "le_p_eng_f": ("england", "f"),
                  "le_p_eastby_m": ("eastby", "m"), "le_p_eng_m2": ("england", "m"), "le_p_eastby_f": ("eastby", "f"),
                  "le_p_thorn_m": ("thornclough", "m"), "le_p_thorn_f": ("thornclough", "f"),
                  "le_p_marl_m": ("marlstone", "m"), "le_p_marl_f": ("marlstone", "f"),
                  "hle_p_wr_m": ("wrenholt", "hm"), "hle_p_nw_m": ("north_west", "hm"),
                  "hle_p_eng_m": ("england", "hm"), "hle_p_wr_f": ("wrenholt", "hf"),
                  "hle_p_nw_f": ("north_west", "hf"), "hle_p_eng_f": ("england", "hf"),
                  "hle_p_eastby_m": ("eastby", "hm"), "hle_p_thorn_m": ("thornclough", "hm"),
                  "hle_p_marl_m": ("marlstone", "hm"), "hle_p_eastby_f": ("eastby", "hf"),
                  "hle_p_thorn_f": ("thornclough", "hf"), "hle_p_marl_f": ("marlstone", "hf")}.items():
    eq(by[p], t(a, k), p)
eq(round(t("england", "m") - t("eastby", "m"), 1), by["le_p_eastby_m_gap"], "Eastby male gap to England")
eq(round(t("england", "f") - t("eastby", "f"), 1), by["le_p_eastby_f_gap"], "Eastby female gap to England")
eq(round(t("north_west", "f") - t("marlstone", "f"), 1), by["le_p_marl_f_gap_nw"], "Marlstone female gap to NW")
eq(round(t("england", "f") - t("marlstone", "f"), 1), by["le_p_marl_f_gap_eng"], "Marlstone female gap to England")
eq(round(t("england", "m") - t("wrenholt", "m"), 1), by["kf_le_gap_m"], "key male gap")
eq(round(t("england", "f") - t("wrenholt", "f"), 1), by["kf_le_gap_f"], "key female gap")
eq(round(t("wrenholt", "m") - t("wrenholt", "hm"), 1), by["hle_p_poor_m"], "male years in poor health")
eq(round(t("wrenholt", "f") - t("wrenholt", "hf"), 1), by["hle_p_poor_f"], "female years in poor health")
eq(by["hle_p_poor_f"], by["kf_poor_f"], "key poor health")
eq(round(t("thornclough", "hm") - t("eastby", "hm"), 1), by["hle_p_gap_m"], "male HLE locality gap")
locs3 = ["thornclough", "eastby", "marlstone"]
for k in ("m", "f", "hm", "hf"):
    if max(locs3, key=lambda a: t(a, k)) != "thornclough" or min(locs3, key=lambda a: t(a, k)) != "eastby":
        fail("locality LE extremes", k)
    if not t("wrenholt", k) < t("north_west", k) < t("england", k):
        fail("below the North West and England", k)
if not t("north_west", "m") < t("thornclough", "m") < t("england", "m"):
    fail("Thornclough between NW and England")
wards = sorted(k[5:-2] for k in by if k.startswith("ward_") and k.endswith("_m") and not k.startswith("ward_p_"))
assert len(wards) == 7, wards
wm = {w: by[f"ward_{w}_m"] for w in wards}
wf = {w: by[f"ward_{w}_f"] for w in wards}
if max(wm, key=wm.get) != "thornclough_north" or min(wm, key=wm.get) != "eastby_marsh":
    fail("ward extremes (men)")
if max(wf, key=wf.get) != "thornclough_north" or min(wf, key=wf.get) != "eastby_marsh":
    fail("ward extremes (women)")
eq(round(wm["thornclough_north"] - wm["eastby_marsh"], 1), by["ward_p_gap_m"], "ward gap men")
eq(round(wf["thornclough_north"] - wf["eastby_marsh"], 1), by["ward_p_gap_f"], "ward gap women")
eq(wm["thornclough_north"], by["ward_p_tn_m"], "ward prose Thornclough North")
eq(wm["eastby_marsh"], by["ward_p_em_m"], "ward prose Eastby Marsh")
eq(wf["eastby_marsh"], by["ward_p_em_f"], "ward prose Eastby Marsh women")
eq(wf["brindlecote"], by["ward_p_br_f"], "ward prose Brindlecote women")
eastby_w = ["eastby_marsh", "lodgefield", "brindlecote"]
if max(eastby_w, key=wf.get) != "brindlecote" or min(eastby_w, key=wf.get) != "eastby_marsh":
    fail("Eastby ward extremes (women)")
eq(round(wf["brindlecote"] - wf["eastby_marsh"], 1), by["ward_p_eastby_gap_f"], "Eastby ward gap")

# wider determinants: prose agrees with Table 3; extremes; gap in percentage points
w = lambda a, k: by[f"wd_{a}_{k}"]
for p, (a, k) in {"wd_p_eastby_emp": ("eastby", "emp"), "wd_p_eng_emp": ("england", "emp"),
                  "wd_p_eastby_fuel": ("eastby", "fuel"), "wd_p_wr_fuel": ("wrenholt", "fuel"),
                  "wd_p_eng_fuel": ("england", "fuel"), "wd_p_eastby_ta": ("eastby", "ta"),
                  "wd_p_wr_ta": ("wrenholt", "ta"), "wd_p_eastby_pm": ("eastby", "pm"),
                  "wd_p_eng_pm": ("england", "pm"), "wd_p_thorn_walk": ("thornclough", "walk"),
                  "wd_p_eastby_walk": ("eastby", "walk"), "wd_p_marl_emp": ("marlstone", "emp"),
                  "wd_p_nw_emp": ("north_west", "emp")}.items():
    eq(by[p], w(a, k), p)
eq(round(w("england", "emp") - w("eastby", "emp"), 1), by["wd_p_eastby_emp_pp"], "employment gap pp")
for ind, pick, want in (("emp", min, "eastby"), ("fuel", max, "eastby"), ("pm", max, "eastby"),
                        ("walk", max, "thornclough"), ("walk", min, "eastby")):
    if pick(locs3, key=lambda a: w(a, ind)) != want:
        fail("wider determinants extreme", ind)
if max((a for a in locs3 if f"wd_{a}_ta" in by), key=lambda a: w(a, "ta")) != "eastby":
    fail("temporary accommodation extreme")
if not w("marlstone", "emp") < w("north_west", "emp"):
    fail("Marlstone employment below the North West")
if w("eastby", "pm") <= w("england", "pm"):
    fail("Eastby PM2.5 above England")
for a, ind in (("marlstone", "ta"), ("north_west", "ta")):
    if f"wd_{a}_{ind}" in by:
        fail("suppressed cell has a fact", a, ind)

# BCF: schemes add to the total; change = 2026/27 - 2025/26; prose
schemes = sorted({k[4:-5] for k in by if k.startswith("bcf_") and k.endswith("_2627")} - {"total_pooled_budge"})
assert len(schemes) == 7, schemes
for col in ("2526", "2627", "chg"):
    eq(sum(by[f"bcf_{s}_{col}"] for s in schemes), by[f"bcf_total_pooled_budge_{col}"], f"bcf {col} total")
for s in schemes + ["total_pooled_budge"]:
    eq(by[f"bcf_{s}_2627"] - by[f"bcf_{s}_2526"], by[f"bcf_{s}_chg"], f"bcf change {s}")
eq(round(by["bcf_total_pooled_budge_2627"] / 1000, 1), by["bcf_p_total"], "bcf prose total")
eq(round(by["bcf_total_pooled_budge_chg"] / 1000, 1), by["bcf_p_change"], "bcf prose change")
eq(pct(by["bcf_total_pooled_budge_chg"], by["bcf_total_pooled_budge_2526"]), by["bcf_p_pct"], "bcf prose %")
eq(by["bcf_discharge_support_chg"] * 1000, by["bcf_p_discharge"], "bcf discharge rise")
eq(round(by["bcf_community_health_a_2627"] / 1000, 1), by["bcf_p_reab"], "bcf reablement")
eq(pct(by["bcf_community_health_a_2627"], by["bcf_total_pooled_budge_2627"]), by["bcf_p_reab_share"], "reab share")
eq(round(by["bcf_disabled_facilitie_2627"] / 1000, 2), by["bcf_p_dfg"], "bcf DFG")
if by["bcf_disabled_facilitie_chg"] != 0 or max(schemes, key=lambda s: by[f"bcf_{s}_2627"]) != "community_health_a":
    fail("DFG unchanged / reablement largest")
has(HWB, r"the 7 schemes in Table 4")

print(f"{len(facts)} facts, {bad} failures")
sys.exit(1 if bad else 0)
