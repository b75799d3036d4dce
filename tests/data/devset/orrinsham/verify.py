#!/usr/bin/env python3
"""Independent checks for the Orrinsham facts: quotes match lines, printed values are on their lines, the packs keep
the shape their library gives, and every total, rate, change, variance, gap and RAG count in the packs adds up.
Run from anywhere; exits 1 on any failure."""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ICB_F, HWB_F = "orrinsham_icb_2026-09-03.txt", "orrinsham_hwb_2026-09-17.txt"
facts = [json.loads(x) for x in open(os.path.join(HERE, "facts.jsonl"), encoding="utf-8")]
raw = {n: open(os.path.join(HERE, n), encoding="utf-8").read() for n in (ICB_F, HWB_F)}
texts = {n: t.split("\n") for n, t in raw.items()}
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
AREAS = {"Sedgecombe", "Polterne", "Mid Orrinsham", "Treveskan and Polgrew", "Wrayford Hills", "Orrinsham",
         "South West", "England", "Orrinsham and Penwithy ICB", "Sedgecombe Town PCN", "Sedgecombe Rural PCN",
         "Polterne and Levant PCN", "Mid Orrinsham PCN", "Orrin Valley PCN", "Treveskan PCN", "Polgrew Coast PCN",
         "Wrayford Hills PCN"}
OWNER = {"qipp": "Orrinsham and Penwithy ICB", "primary_care_budgets": "Orrinsham and Penwithy ICB",
         "performance": "Orrinsham and Penwithy ICB", "bcf": "Orrinsham"}
for f in facts:
    if f["area"] not in AREAS or OWNER.get(f["dataset"], f["area"]) != f["area"]:
        fail("area", f["id"], f["area"])
    if f["dataset"] == "pcn_budgets" and not (f["area"].endswith(" PCN") or f["area"] == "Orrinsham"):
        fail("ARRS area", f["id"])
    if list(f) != KEYS:
        fail("keys", f["id"])
    if f["dataset"] not in DATASETS:
        fail("dataset", f["id"])
    kw = f["measure_keywords"]
    if not (1 <= len(kw) <= 3 and all(k == k.lower() and 1 <= len(k.split()) <= 3 for k in kw)):
        fail("keywords", f["id"])
    if not any(k in f["measure"].lower() for k in kw):
        fail("no keyword in the fact's own measure", f["id"])
    if f["rag"] not in (None, "Red", "Amber", "Green"):
        fail("rag", f["id"])
    if f["file"] not in texts:
        fail("file", f["id"])
        continue
    line = texts[f["file"]][f["line"] - 1].strip()
    if line != f["quote"]:
        fail("quote != line", f["id"])
    if not re.search(r"(?<![\d.,£])" + re.escape(f["printed"]) + r"(?![\d])", line):
        fail("printed not on line", f["id"], f["printed"])
    if abs(parse(f["printed"]) - f["value"]) > 1e-9:
        fail("value != printed", f["id"])

by = {f["id"]: f["value"] for f in facts}
fx = {f["id"]: f for f in facts}
if len(by) != len(facts):
    fail("duplicate ids")
for name in (ICB_F, HWB_F):
    n = sum(f["file"] == name for f in facts)
    if not 150 <= n <= 200:
        fail("fact count", name, n)

# ---- the shape each library gives
icb, hwb = raw[ICB_F], raw[HWB_F]
if "\n\n" in icb or "\n\n" in hwb:
    fail("a blank line (neither PyMuPDF's get_text() nor pdfplumber's extract_text() writes one)")
if icb.count("\f") != 6 or any(x.find("\f") > 0 for x in texts[ICB_F]):
    fail("PyMuPDF pack: 7 pages joined by a form feed at the start of a page's first line")
if "\f" in hwb or "  " in hwb:
    fail("pdfplumber pack: pages joined by newlines, words by single spaces")
if [x.replace("\f", "") for x in texts[ICB_F]].count("Orrinsham and Penwithy ICB Board") != 6:
    fail("running header on pages 2-7")
pages = [x for x in texts[ICB_F] if re.fullmatch(r"\f?Page \d", x)]
if [p.strip() for p in pages] != [f"Page {k}" for k in range(1, 8)]:
    fail("page numbers", pages)
if not re.search(r"\n\fOrrinsham and Penwithy ICB Board\nPage 2\nTable 1", icb) or \
        not re.search(r"\n\fPage 4\nOrrinsham and Penwithy ICB Board\n", icb):
    fail("page numbers drawn before the body")
for k in range(1, 7):
    if f"Orrinsham Health and Wellbeing Board 17 September 2026 Page {k} of 6" not in texts[HWB_F]:
        fail("pdfplumber footer", k)
for ligature in ("\ufb01", "\ufb03"):
    if ligature not in icb:
        fail("ligature kept by PyMuPDF", ligature)


def eq(a, b, tol=1e-6, what=""):
    if abs(a - b) > tol:
        fail(what, a, b)


def pct(a, b):
    return round(a / b * 100, 1)


def change(new, old):
    return round((new / old - 1) * 100, 1)


def keys(prefix, suffix):
    return sorted(k[len(prefix): -len(suffix)] for k in by if k.startswith(prefix) and k.endswith(suffix))


def near_after(name, i, want, within):
    """The line `want` follows line i (1-based) within `within` lines (PyMuPDF cell order)."""
    seg = [x.replace("\f", "") for x in texts[name][i: i + within]]
    return want in seg


# ---- headline: the deficit's variance
eq(round(by["hl_deficit_ytd"] - by["hl_deficit_plan"], 1), by["hl_deficit_var"], what="deficit variance")

# ---- QIPP (row by row): schemes add to the total; variance = forecast - annual plan; prose agrees
schemes = [s for s in keys("q_", "_plan") if s != "total"]
assert len(schemes) == 7, schemes
for col in ("plan", "ytd", "delivered", "forecast", "var"):
    eq(round(sum(by[f"q_{s}_{col}"] for s in schemes), 1), by[f"q_total_{col}"], what=f"qipp {col} total")
for s in schemes + ["total"]:
    eq(round(by[f"q_{s}_forecast"] - by[f"q_{s}_plan"], 1), by[f"q_{s}_var"], what=f"qipp variance {s}")
    # row order: plan, plan to date, delivered, forecast, [marker], variance, RAG
    for a, b in (("plan", "ytd"), ("ytd", "delivered"), ("delivered", "forecast"), ("forecast", "var")):
        if not 1 <= fx[f"q_{s}_{b}"]["line"] - fx[f"q_{s}_{a}"]["line"] <= 2:
            fail("qipp row order", s, a, b)
    if not near_after(ICB_F, fx[f"q_{s}_var"]["line"], fx[f"q_{s}_forecast"]["rag"], 1):
        fail("qipp RAG cell after the variance", s)
for col, p in (("plan", "q_target_prose"), ("delivered", "q_deliv_prose"), ("ytd", "q_plan_prose"),
               ("forecast", "q_fcst_prose")):
    eq(by[f"q_total_{col}"], by[p], what=p)
eq(-by["q_total_var"], by["q_gap_prose"], what="qipp shortfall")
eq(pct(by["q_total_delivered"], by["q_total_ytd"]), by["q_pct_prose"], what="qipp % of plan")
if not by["q_nonrec_prose"] < by["q_total_forecast"]:
    fail("non-recurrent above forecast")
rags = [fx[f"q_{s}_forecast"]["rag"] for s in schemes]
if rags.count("Red") != 3 or "Three schemes are rated red" not in icb or "three schemes are rated red" not in icb:
    fail("qipp red schemes")

# ---- delegated primary care (column by column): lines add up; variance = forecast - budget
lines_ = [s for s in keys("pc_", "_budget") if s != "total_delegated_pr"]
assert len(lines_) == 7, lines_
for col in ("budget", "forecast", "var"):
    eq(round(sum(by[f"pc_{s}_{col}"] for s in lines_), 1), by[f"pc_total_delegated_pr_{col}"], what=f"pc {col}")
for s in lines_ + ["total_delegated_pr"]:
    eq(round(by[f"pc_{s}_forecast"] - by[f"pc_{s}_budget"], 1), by[f"pc_{s}_var"], what=f"pc var {s}")
    # the same row is 10 lines further down in the next column (8 cells + header + unit line)
    if fx[f"pc_{s}_forecast"]["line"] - fx[f"pc_{s}_budget"]["line"] != 10 or \
            fx[f"pc_{s}_var"]["line"] - fx[f"pc_{s}_forecast"]["line"] != 10:
        fail("pc column layout", s)
eq(by["pc_total_delegated_pr_budget"], by["pc_total_prose"], what="pc prose budget")
eq(by["pc_total_delegated_pr_var"], by["pc_over_prose"], what="pc prose overspend")

# ---- ARRS: PCNs add to the total (the unclaimed PCN counts 0); % of allocation; prose
pcns = [s for s in keys("arrs_", "_alloc") if s != "orrinsham_total"]
assert len(pcns) == 8, pcns
for col in ("alloc", "claimed", "fcst"):
    eq(sum(by.get(f"arrs_{s}_{col}", 0) for s in pcns), by[f"arrs_orrinsham_total_{col}"], what=f"arrs {col} total")
for s in pcns + ["orrinsham_total"]:
    eq(pct(by[f"arrs_{s}_fcst"], by[f"arrs_{s}_alloc"]), by[f"arrs_{s}_pct"], what=f"arrs % {s}")
if [s for s in pcns if f"arrs_{s}_claimed" not in by] != ["orrin_valley_pcn"]:
    fail("one PCN without claims")
i = fx["arrs_orrin_valley_pcn_alloc"]["line"]
if texts[ICB_F][i: i + 2] != ["-", "2"]:
    fail("the '-' cell and its marker")
eq(round(by["arrs_orrinsham_total_alloc"] / 1000, 1), by["arrs_alloc_prose"], what="arrs prose alloc")
eq(round(by["arrs_orrinsham_total_fcst"] / 1000, 1), by["arrs_fcst_prose"], what="arrs prose forecast")
eq(by["arrs_orrinsham_total_pct"], by["arrs_pct_prose"], what="arrs prose %")
if "The eight primary care networks" not in icb:
    fail("eight PCNs")

# ---- GP workforce: districts add to the county; rates; the trajectory
dists = ["sedgecombe", "polterne", "mid_orrinsham", "treveskan_and_polg", "wrayford_hills"]
for col in ("patients", "fte"):
    eq(round(sum(by[f"gp_{x}_{col}"] for x in dists), 1), by[f"gp_orrinsham_{col}"], what=f"gp {col} total")
for a in dists + ["orrinsham", "south_west", "england"]:
    eq(round(by[f"gp_{a}_fte"] / by[f"gp_{a}_patients"] * 1000, 2), by[f"gp_{a}_rate"], what=f"gp rate {a}")
eq(by["gp_orrinsham_fte"], by["gp_fte_prose"], what="gp prose fte")
eq(by["gp_orrinsham_rate"], by["gp_rate_prose"], what="gp prose rate")
eq(by["gp_south_west_rate"], by["gp_sw_rate_prose"], what="gp prose south west rate")
if texts[ICB_F][fx["gp_england_patients"]["line"]] != "1":
    fail("England's footnote marker after its patients")
years = keys("traj_", "_patients")
assert len(years) == 7, years
for y in years:
    fte = by.get(f"traj_{y}_actual", by.get(f"traj_{y}_plan"))
    eq(round(fte / by[f"traj_{y}_patients"] * 1000, 2), by[f"traj_{y}_rate"], what=f"traj rate {y}")
if keys("traj_", "_actual") != ["2022", "2023", "2024", "2025"] or keys("traj_", "_plan") != ["2025", "2026", "2027",
                                                                                           "2028"]:
    fail("trajectory actual and plan years")
eq(by["traj_2025_actual"], by["gp_orrinsham_fte"], what="traj 2025/26 actual = table")
eq(by["traj_2025_patients"], by["gp_orrinsham_patients"], what="traj 2025/26 patients = table")
eq(round(by["traj_2028_plan"] - by["traj_2025_actual"], 1), by["traj_rise_prose"], what="traj rise")
eq(round(by["traj_2025_actual"] - by["traj_2025_plan"], 1), by["traj_above_prose"], what="traj above plan")
for y in ("2022", "2023", "2024", "2025", "2026", "2027", "2028"):   # column by column: 7 cells + header apart
    if fx[f"traj_{y}_rate"]["line"] - fx[f"traj_{y}_patients"]["line"] != 8:
        fail("trajectory column layout", y)

# ---- scorecard: RAG counts in the text; the n/a target and the '-' cells
sc = [f for f in facts if f["id"].startswith("sc_") and f["id"].endswith("_jul")]
rg = [f["rag"] for f in sc]
m = re.search(r"Of the (\d+) indicators, (\d+) are rated red, (\d+) amber and (\d+) green", icb)
if not m or [int(x) for x in m.groups()] != [len(rg), rg.count("Red"), rg.count("Amber"), rg.count("Green")]:
    fail("scorecard RAG counts")
if "Five of the 12 scorecard indicators are rated red" not in icb or rg.count("Red") != 5 or len(rg) != 12:
    fail("key message RAG count")
if rg.count(None) != 1 or len([f for f in facts if f["id"].startswith("sc_") and f["id"].endswith("_target")]) != 11:
    fail("one indicator without a standard")
if len([f for f in facts if f["id"].startswith("sc_") and f["id"].endswith("_jun")]) != 11:
    fail("one June value missing")
if texts[ICB_F].count("n/a") != 1:
    fail("one n/a cell")

# ---- life expectancy: key facts and prose agree with Tables 1 and 2
for a, b in (("kf_le_m", "le_orrinsham_m"), ("kf_le_f", "le_orrinsham_f"), ("kf_gap_m", "sii_orrinsham_m"),
             ("le_prose_m", "le_orrinsham_m"), ("le_prose_sw_m", "le_south_west_m"), ("le_prose_eng_m", "le_england_m"),
             ("le_prose_f", "le_orrinsham_f"), ("le_prose_sw_f", "le_south_west_f"), ("le_prose_eng_f", "le_england_f"),
             ("hle_prose_m", "le_orrinsham_hle_m"), ("hle_prose_f", "le_orrinsham_hle_f"),
             ("hle_prose_eng_m", "le_england_hle_m"), ("hle_prose_eng_f", "le_england_hle_f"),
             ("gap_prose_m", "sii_orrinsham_m"), ("gap_prose_f", "sii_orrinsham_f")):
    eq(by[a], by[b], what=a)
eq(round(by["le_polterne_m"] - by["le_mid_orrinsham_m"], 1), by["le_prose_dist"], what="district gap")
if max(dists, key=lambda x: by[f"le_{x}_m"]) != "polterne" or min(dists, key=lambda x: by[f"le_{x}_m"]) != \
        "mid_orrinsham":
    fail("district extremes")
for x in dists + ["orrinsham"]:
    if not by[f"le_{x}_hle_m"] < by[f"le_{x}_m"] or not by[f"le_{x}_hle_f"] < by[f"le_{x}_f"]:
        fail("healthy life expectancy below life expectancy", x)
# the county's figures are close to the patient-weighted mean of its districts
for col in ("m", "f", "hle_m", "hle_f"):
    w = sum(by[f"le_{x}_{col}"] * by[f"gp_{x}_patients"] for x in dists) / by["gp_orrinsham_patients"]
    eq(by[f"le_orrinsham_{col}"], w, tol=0.3, what=f"county {col} near the districts' mean")
if any(f"sii_wrayford_hills_{c}" in by for c in ("hle_m", "hle_f")) or "Wrayford Hills 5.7 4.3 * *" not in hwb:
    fail("suppressed SII cells")
for k in ("le_england_m", "le_england_f"):
    if not re.search(re.escape(fx[k]["printed"]) + "\u00b9", fx[k]["quote"]):
        fail("footnote marker glued to England's value", k)

# ---- wider determinants: key facts and prose agree with Table 3; extremes; suppressed cells
for k, t in (("kf_emp", "wd_orrinsham_emp"), ("kf_ta", "wd_orrinsham_ta"), ("wd_prose_emp", "wd_orrinsham_emp"),
             ("wd_prose_emp_sw", "wd_south_west_emp"), ("wd_prose_emp_eng", "wd_england_emp"),
             ("wd_prose_emp_mo", "wd_mid_orrinsham_emp"), ("wd_prose_fuel_mo", "wd_mid_orrinsham_fuel"),
             ("wd_prose_fuel_orr", "wd_orrinsham_fuel"), ("wd_prose_ta_mo", "wd_mid_orrinsham_ta"),
             ("wd_prose_ta_eng", "wd_england_ta"), ("wd_prose_walk_pol", "wd_polterne_walk"),
             ("wd_prose_pm_pol", "wd_polterne_pm")):
    eq(by[k], by[t], what=k)
eq(round(by["wd_mid_orrinsham_fuel"] - by["wd_orrinsham_fuel"], 1), by["wd_prose_fuel_pp"], what="fuel pp")
with_ta = [x for x in dists if f"wd_{x}_ta" in by]
for ind, pick, want, pool in (("emp", min, "mid_orrinsham", dists), ("fuel", max, "mid_orrinsham", dists),
                              ("ta", max, "mid_orrinsham", with_ta), ("walk", max, "polterne", dists),
                              ("pm", min, "polterne", dists)):
    if pick(pool, key=lambda x: by[f"wd_{x}_{ind}"]) != want:
        fail(f"prose extreme {ind}")
if "wd_wrayford_hills_ta" in by or "wd_south_west_ta" in by or not re.search(r"^Wrayford Hills .* \* ", hwb, re.M) \
        or not re.search(r"^South West .* \.\. ", hwb, re.M):
    fail("suppressed and unpublished cells")
if sum(len([f for f in facts if f["id"].startswith("wd_") and f["id"].endswith(s) and "prose" not in f["id"]])
       for s in ("_walk", "_pm", "_emp", "_ta", "_fuel")) != 38:
    fail("38 wider determinants cells")

# ---- BCF: streams add to the total; changes; prose and key facts agree
streams = [s for s in keys("bcf_", "_2627") if s != "total_pooled_budge"]
assert len(streams) == 7, streams
for y in ("2526", "2627", "chg"):
    eq(sum(by[f"bcf_{s}_{y}"] for s in streams), by[f"bcf_total_pooled_budge_{y}"], what=f"bcf total {y}")
for s in streams + ["total_pooled_budge"]:
    eq(by[f"bcf_{s}_2627"] - by[f"bcf_{s}_2526"], by[f"bcf_{s}_chg"], what=f"bcf change {s}")
    eq(change(by[f"bcf_{s}_2627"], by[f"bcf_{s}_2526"]), by[f"bcf_{s}_pct"], what=f"bcf % change {s}")
eq(round(by["bcf_total_pooled_budge_2627"] / 1000, 1), by["bcf_total_prose"], what="bcf prose total")
eq(round(by["bcf_total_pooled_budge_2526"] / 1000, 1), by["bcf_prev_prose"], what="bcf prose 2025/26")
eq(by["bcf_total_prose"], by["kf_bcf"], what="bcf key fact")
eq(by["bcf_total_pooled_budge_pct"], by["bcf_growth_prose"], what="bcf prose growth")
eq(round(by["bcf_nhs_minimum_contri_2627"] / 1000, 1), by["bcf_nhsmin_prose"], what="bcf nhs minimum")
d = [s for s in streams if s.startswith("discharge")]
assert len(d) == 2, d
eq(round(sum(by[f"bcf_{s}_2627"] for s in d) / 1000, 1), by["bcf_discharge_prose"], what="discharge funding")
eq(round(by["bcf_disabled_facilitie_chg"] / 1000, 1), by["bcf_dfg_prose"], what="dfg rise")

print(f"{len(facts)} facts, {bad} failures")
sys.exit(1 if bad else 0)
