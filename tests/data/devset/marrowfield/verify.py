#!/usr/bin/env python3
"""Independent checks for the Marrowfield facts: quotes match lines, printed values are on their lines, every
numeric table cell is a fact of its own line, and every total, rate, change, variance, gap and count in the packs
adds up.  No dependencies; run from anywhere; exits 1 on any failure."""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
HOSC, HWB = "marrowfield_hosc_2026-11-04.txt", "marrowfield_hwb_2026-11-25.txt"
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


# ---- the form of every fact
KEYS = ["id", "file", "dataset", "area", "period", "measure", "measure_keywords", "value", "unit", "rag", "line",
        "quote", "printed"]
DATASETS = {"qipp", "primary_care_budgets", "pcn_budgets", "gp_workforce", "life_expectancy", "wider_determinants",
            "bcf", "performance", "headline"}
for f in facts:
    if list(f) != KEYS:
        fail("keys", f["id"])
    kw = f["measure_keywords"]
    if not (1 <= len(kw) <= 3 and all(k == k.lower() and 1 <= len(k.split()) <= 3 for k in kw)):
        fail("keywords", f["id"])
    if not any(k in f["measure"].lower() for k in kw):
        fail("no keyword in the fact's own measure", f["id"])
    if f["dataset"] not in DATASETS:
        fail("dataset", f["id"])
    if f["rag"] not in (None, "Red", "Amber", "Green"):
        fail("rag", f["id"])
    line = texts[f["file"]][f["line"] - 1].strip()
    if line != f["quote"]:
        fail("quote != line", f["id"])
    if not re.search(r"(?<![\d.,£])" + re.escape(f["printed"]) + r"(?![\d])", line):
        fail("printed not on line", f["id"], f["printed"])
    if abs(parse(f["printed"]) - f["value"]) > 1e-9:
        fail("value != printed", f["id"])

by = {f["id"]: f["value"] for f in facts}
F = {f["id"]: f for f in facts}
if len(by) != len(facts):
    fail("duplicate ids")
for n in (HOSC, HWB):
    k = sum(f["file"] == n for f in facts)
    if not 150 <= k <= 210:
        fail("fact count", n, k)
at = {(f["file"], f["line"], f["printed"]) for f in facts}

# ---- every numeric table cell is a fact of its own line
NUMCELL = re.compile(r"^[-+]?£?-?£?\d[\d,]*(\.\d+)?%?$")
hosc = texts[HOSC]
cells_seen = 0
for i, ln in enumerate(hosc, 1):
    parts = None
    if ln.startswith("│") or ln.startswith("| "):  # fancy_grid, rich and org rows
        parts = [c.strip() for c in re.split(r"[│|]", ln)[2:-1]]
    elif re.match(r"^ \S.*\|", ln):  # psql rows
        parts = [c.strip() for c in ln.split("|")[1:]]
    for c in parts or []:
        if NUMCELL.match(c):
            cells_seen += 1
            if (HOSC, i, c) not in at:
                fail("table cell without a fact", HOSC, i, c)
hwb = texts[HWB]
for i, ln in enumerate(hwb, 1):
    # a table row: a label, then at least two cells parted by two or more spaces, with numbers
    m = re.match(r"^(\s*)(\S.*?)(\s{2,}\S.*)$", ln)
    if not m or "...." in ln:
        continue
    cells = re.split(r"\s{2,}", m.group(3).strip())
    if len(cells) < 2 or not all(re.match(r"^([-+]?[\d,]+\.?\d*( p| \(r\))?|\.\.|\*|-)$", c) for c in cells):
        continue
    for c in cells:
        v = re.sub(r" (p|\(r\))$", "", c)
        if NUMCELL.match(v):
            cells_seen += 1
            if (HWB, i, v) not in at:
                fail("table cell without a fact", HWB, i, c)
if cells_seen != 307:
    fail("table cells found", cells_seen)


def eq(a, b, what="", tol=1e-6):
    if abs(a - b) > tol:
        fail(what, a, b)


def pct(a, b):
    return round(a / b * 100, 1)


def change(new, old):
    return round((new / old - 1) * 100, 1)


def keys(prefix, suffix):
    return sorted(k[len(prefix): -len(suffix)] for k in by if k.startswith(prefix) and k.endswith(suffix))


# ---- QIPP (£000): schemes add to the total; variance = forecast - annual plan; prose (£m) agrees
schemes = [s for s in keys("q_", "_annual") if s != "total"]
assert len(schemes) == 7, schemes
for col in ("annual", "plan", "delivered", "forecast", "var"):
    eq(sum(by[f"q_{s}_{col}"] for s in schemes), by[f"q_total_{col}"], f"qipp {col} total")
for s in schemes + ["total"]:
    eq(by[f"q_{s}_forecast"] - by[f"q_{s}_annual"], by[f"q_{s}_var"], f"qipp variance {s}")
for col, p in (("annual", "q_annual_prose"), ("delivered", "q_deliv_prose"), ("plan", "q_plan_prose"),
               ("forecast", "q_fcst_prose")):
    eq(round(by[f"q_total_{col}"] / 1000, 1), by[p], p)
eq(round(-by["q_total_var"] / 1000, 1), by["q_gap_prose"], "qipp shortfall")
eq(pct(by["q_total_delivered"], by["q_total_plan"]), by["q_pct_prose"], "qipp % of plan")
hosc_text = "\n".join(hosc)
reds = sum(F[f"q_{s}_forecast"]["rag"] == "Red" for s in schemes)
if "Two schemes are rated red" not in " ".join(hosc_text.split()) or reds != 2:
    fail("qipp red schemes", reds)

# ---- delegated primary care (£000): lines add up; variance = budget - forecast (overspend negative)
lines_ = [s for s in keys("pc_", "_budget") if s != "total_delegated_pr"]
assert len(lines_) == 6, lines_
for col in ("budget", "forecast", "var"):
    eq(sum(by[f"pc_{s}_{col}"] for s in lines_), by[f"pc_total_delegated_pr_{col}"], f"pc {col}")
for s in lines_ + ["total_delegated_pr"]:
    eq(by[f"pc_{s}_budget"] - by[f"pc_{s}_forecast"], by[f"pc_{s}_var"], f"pc var {s}")
eq(by["pc_total_delegated_pr_budget"], by["pc_total_prose_k"], "pc prose budget £k")
eq(round(by["pc_total_delegated_pr_budget"] / 1000, 1), by["pc_total_prose"], "pc prose budget £m")
eq(-by["pc_total_delegated_pr_var"], by["pc_over_prose_k"], "pc prose overspend £k")
eq(round(-by["pc_total_delegated_pr_var"] / 1000, 1), by["pc_over_prose"], "pc prose overspend £m")

# ---- ARRS (psql): PCNs add to the total; % claimed; prose; PCNs under 45%
pcns = [s for s in keys("arrs_", "_alloc") if s != "marrowfield_total"]
assert len(pcns) == 7, pcns
for col in ("alloc", "claimed", "wte"):
    eq(round(sum(by[f"arrs_{s}_{col}"] for s in pcns), 1), by[f"arrs_marrowfield_total_{col}"], f"arrs {col}")
for s in pcns + ["marrowfield_total"]:
    eq(pct(by[f"arrs_{s}_claimed"], by[f"arrs_{s}_alloc"]), by[f"arrs_{s}_pct"], f"arrs % {s}")
eq(round(by["arrs_marrowfield_total_alloc"] / 1000, 1), by["arrs_alloc_prose"], "arrs prose alloc")
eq(round(by["arrs_marrowfield_total_claimed"] / 1000, 1), by["arrs_claim_prose"], "arrs prose claimed")
eq(by["arrs_marrowfield_total_pct"], by["arrs_pct_prose"], "arrs prose %")
eq(by["arrs_marrowfield_total_wte"], by["arrs_wte_prose"], "arrs prose wte")
m = re.search(r"Of the (\d) PCNs, (\d) have claimed less than (\d+)%", " ".join(hosc_text.split()))
if not m or int(m[1]) != 7 or sum(by[f"arrs_{s}_pct"] < int(m[3]) for s in pcns) != int(m[2]):
    fail("PCNs under 45%")
if f"({len(pcns) + 1} rows)" not in hosc_text:
    fail("psql row count")

# ---- GP workforce: districts add to the county; rates; prose; trajectory
dists = ["sallowford", "tedmarsh", "ludcombe", "kingsbrook_and_orl", "hembury_cross"]
for col in ("patients", "fte", "nurse"):
    eq(round(sum(by[f"gp_{x}_{col}"] for x in dists), 1), by[f"gp_marrowfield_{col}"], f"gp {col} total")
for a in dists + ["marrowfield", "west_midlands", "england"]:
    eq(round(by[f"gp_{a}_fte"] / by[f"gp_{a}_patients"] * 1000, 2), by[f"gp_{a}_rate"], f"gp rate {a}")
for p, t in (("gp_fte_prose", "gp_marrowfield_fte"), ("gp_rate_prose", "gp_marrowfield_rate"),
             ("gp_rate_prose_wm", "gp_west_midlands_rate"), ("gp_rate_prose_eng", "gp_england_rate"),
             ("gp_low_prose", "gp_tedmarsh_rate")):
    eq(by[p], by[t], p)
if min(dists, key=lambda x: by[f"gp_{x}_fte"] / by[f"gp_{x}_patients"]) != "tedmarsh":
    fail("fewest GPs per 1,000")
years = keys("traj_", "_fte")
assert len(years) == 8, years
for y in years:
    eq(round(by[f"traj_{y}_fte"] / by[f"traj_{y}_patients"] * 1000, 2), by[f"traj_{y}_rate"], f"traj rate {y}")
eq(round(by["traj_2029_fte"] - by["traj_2026_fte"], 1), by["traj_add_prose"], "trajectory increase")
if not 18 <= by["traj_add_prose"] <= 22:
    fail("'a further 18-22 FTE'")

# ---- scorecard: RAG counts in the text, prose against the table
rg = [f["rag"] for f in facts if f["id"].startswith("sc_") and f["id"].endswith("_sep")]
m = re.search(r"Of the (\d+) indicators, (\d+) are rated red, (\d+) amber and (\d+) green", hosc_text)
if not m or [int(x) for x in m.groups()] != [len(rg), rg.count("Red"), rg.count("Amber"), rg.count("Green")]:
    fail("scorecard RAG counts")
if rg.count(None) != 1 or sum(1 for k in by if k.startswith("sc_") and k.endswith("_target")) != 9:
    fail("scorecard: one indicator without a target and a rating")
eq(by["sc_ae_prose"], by["sc_a_e_patients_seen_wi_sep"], "A&E prose")
eq(by["sc_ae_prose_aug"], by["sc_a_e_patients_seen_wi_aug"], "A&E prose August")
eq(by["sc_ae_standard_prose"], by["sc_a_e_patients_seen_wi_target"], "A&E standard")
eq(by["sc_patients_waiting_ove_aug"] - by["sc_patients_waiting_ove_sep"], by["sc_52w_fall_prose"], "52-week fall")
eq(by["sc_patients_waiting_ove_sep"], by["sc_52w_prose"], "52-week prose")

# ---- life expectancy: key facts and prose agree with Table 1; gaps and poor health
areas = dists + ["marrowfield", "west_midlands", "england"]
for k, t in (("key_le_m", "le_marrowfield_m"), ("key_le_f", "le_marrowfield_f"), ("key_le_m_eng", "le_england_m"),
             ("key_le_f_eng", "le_england_f"), ("key_hle_m", "le_marrowfield_hle_m"),
             ("key_hle_f", "le_marrowfield_hle_f"), ("key_gap_m", "le_marrowfield_gap_m"),
             ("key_gap_f", "le_marrowfield_gap_f"), ("le_prose_m", "le_marrowfield_m"),
             ("le_prose_m_eng", "le_england_m"), ("le_prose_m_wm", "le_west_midlands_m"),
             ("le_prose_f", "le_marrowfield_f"), ("le_prose_f_eng", "le_england_f"),
             ("hle_prose_m", "le_marrowfield_hle_m"), ("hle_prose_m_eng", "le_england_hle_m"),
             ("hle_prose_f", "le_marrowfield_hle_f"), ("hle_prose_f_eng", "le_england_hle_f"),
             ("le_prose_gap_m", "le_marrowfield_gap_m"), ("le_prose_gap_f", "le_marrowfield_gap_f"),
             ("le_prose_gap_m_wm", "le_west_midlands_gap_m"), ("le_prose_gap_f_wm", "le_west_midlands_gap_f")):
    eq(by[k], by[t], k)
eq(round(by["le_hembury_cross_m"] - by["le_tedmarsh_m"], 1), by["le_prose_dist_m"], "district gap m")
eq(round(by["le_hembury_cross_f"] - by["le_tedmarsh_f"], 1), by["le_prose_dist_f"], "district gap f")
eq(round(by["le_marrowfield_m"] - by["le_marrowfield_hle_m"], 1), by["hle_prose_poor_m"], "years in poor health")
if max(dists, key=lambda x: by[f"le_{x}_m"]) != "hembury_cross" or min(dists, key=lambda x: by[f"le_{x}_m"]) != \
        "tedmarsh":
    fail("district extremes")
for a in areas:
    for s in ("m", "f"):
        if not by[f"le_{a}_hle_{s}"] < by[f"le_{a}_{s}"]:
            fail("healthy life expectancy above life expectancy", a, s)
        if abs(by[f"le_{a}_{s}_chg"]) > 1.5:
            fail("implausible change", a, s)
for a in dists:
    for s in ("hle_m", "hle_f"):
        q = texts[HWB][F[f"le_{a}_{s}"]["line"] - 1]
        if not re.search(re.escape(F[f"le_{a}_{s}"]["printed"]) + r" p\b", q):
            fail("district HLE not flagged p", a, s)
if "9.8 (r)" not in texts[HWB][F["le_kingsbrook_and_orl_gap_m"]["line"] - 1]:
    fail("(r) flag")

# ---- wider determinants: prose against Table 2; two cells not available
for k, t in (("key_emp", "wd_marrowfield_emp"), ("key_fuel", "wd_marrowfield_fuel"),
             ("wd_prose_emp", "wd_marrowfield_emp"), ("wd_prose_emp_wm", "wd_west_midlands_emp"),
             ("wd_prose_emp_eng", "wd_england_emp"), ("wd_prose_emp_low", "wd_tedmarsh_emp"),
             ("wd_prose_fuel", "wd_tedmarsh_fuel"), ("wd_prose_pm", "wd_tedmarsh_pm"), ("wd_prose_pm_eng", "wd_england_pm"),
             ("wd_prose_walk", "wd_hembury_cross_walk"), ("wd_prose_walk_eng", "wd_england_walk"),
             ("wd_prose_walk_wm", "wd_west_midlands_walk"), ("wd_prose_ta", "wd_tedmarsh_ta"),
             ("wd_prose_ta_mf", "wd_marrowfield_ta")):
    eq(by[k], by[t], k)
eq(round(by["wd_tedmarsh_fuel"] - by["wd_marrowfield_fuel"], 1), by["wd_prose_fuel_pp"], "fuel pp")
for ind, pick, want in (("emp", min, "tedmarsh"), ("fuel", max, "tedmarsh"), ("pm", max, "tedmarsh"),
                        ("walk", max, "hembury_cross"), ("ta", max, "tedmarsh")):
    have = [x for x in dists if f"wd_{x}_{ind}" in by]
    if pick(have, key=lambda x: by[f"wd_{x}_{ind}"]) != want:
        fail(f"extreme {ind}")
if "wd_ludcombe_walk" in by or "wd_hembury_cross_ta" in by or \
        sum(1 for k in by if k.startswith("wd_") and k.split("_")[-1] in ("walk", "pm", "emp", "ta", "fuel")
            and not k.startswith("wd_prose")) != 38:
    fail("wider determinants cells")

# ---- BCF (£000): top-level streams add to the total; of which rows add to their parent; changes; prose
streams = ["nhs_minimum_contribution", "improved_better_care_fun", "disabled_facilities_gran", "discharge_fund_icb",
           "additional_council_contr", "additional_icb_contribut"]
for s in streams + ["carers_short_breaks", "total_pooled_budget", "of_which_adult_social_ca", "of_which_nhs_commissione"]:
    if f"bcf_{s}_2627" not in by:
        fail("bcf id", s)
eq(sum(by[f"bcf_{s}_2526"] for s in streams), by["bcf_total_pooled_budget_2526"], "bcf total 2025/26")
eq(sum(by[f"bcf_{s}_2627"] for s in streams) + by["bcf_carers_short_breaks_2627"], by["bcf_total_pooled_budget_2627"],
   "bcf total 2026/27")
for y in ("2526", "2627"):
    eq(by[f"bcf_of_which_adult_social_ca_{y}"] + by[f"bcf_of_which_nhs_commissione_{y}"],
       by[f"bcf_nhs_minimum_contribution_{y}"], f"of which {y}")
for s in streams + ["total_pooled_budget", "of_which_adult_social_ca", "of_which_nhs_commissione"]:
    eq(change(by[f"bcf_{s}_2627"], by[f"bcf_{s}_2526"]), by[f"bcf_{s}_chg"], f"bcf change {s}")
if "bcf_carers_short_breaks_2526" in by or "bcf_carers_short_breaks_chg" in by:
    fail("carers' breaks has no 2025/26 value")
eq(round(by["bcf_total_pooled_budget_2627"] / 1000, 1), by["bcf_total_prose"], "bcf prose total")
eq(round(by["bcf_total_pooled_budget_2526"] / 1000, 1), by["bcf_total_prose_prev"], "bcf prose 2025/26")
eq(by["bcf_total_prose"], by["key_bcf"], "bcf key fact")
eq(by["bcf_total_pooled_budget_chg"], by["bcf_growth_prose"], "bcf growth")
eq(by["bcf_disabled_facilities_gran_chg"], by["bcf_dfg_prose"], "dfg growth")
eq(-by["bcf_additional_icb_contribut_chg"], by["bcf_icb_prose"], "icb fall")
eq(by["bcf_carers_short_breaks_2627"], by["bcf_carers_prose"], "carers prose")
if by["bcf_dfg_topup_note"] >= by["bcf_disabled_facilities_gran_2526"]:
    fail("top-up larger than the grant")

# ---- layouts: tables rendered whole; pdftotext pages
for i, ln in enumerate(hosc):
    if ln[:1] and ln[:1] in "╒╭" and len({len(x) for x in hosc[i:i + 3]}) != 1:
        fail("box table ragged", i + 1)
if sum(ln.startswith("\f") for ln in hwb) != 4 or not hwb[-1] == "\f":
    fail("form feeds")
if [int(m[1]) for ln in hwb for m in [re.search(r"Page (\d) of 4$", ln)] if m] != [1, 2, 3, 4]:
    fail("page footers")
if sum(1 for ln in hwb if re.search(r" \.{10,} ", ln)) != 10:
    fail("dot leaders")

print(f"{len(facts)} facts, {cells_seen} table cells, {bad} failures")
sys.exit(1 if bad else 0)
