#!/usr/bin/env python3
"""Independent checks for the Dunsmere facts: quotes match lines, printed values are on their lines, every numeric
table cell is a fact, the layouts are what the tools print, and every total, subtotal, rate, change, variance, gap
and count in the packs adds up.  Run from anywhere; exits 1 on any failure."""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
HOSC, HWB = "dunsmere_hosc_2026-04-15.txt", "dunsmere_hwb_2026-05-06.txt"
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
    if f["dataset"] not in DATASETS:
        fail("dataset", f["id"])
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
for name in (HOSC, HWB):
    n = sum(f["file"] == name for f in facts)
    if not 150 <= n <= 200:
        fail("fact count", name, n)

# ---- every numeric table cell is a fact of its own line (the contents table's page numbers excepted)
CELL = re.compile(r"^(?:£?-?[\d,]+(?:\.\d+)?%?|\([\d.,]+\)|£[\d.]+m)$")
printed_at = {}
for f in facts:
    printed_at.setdefault((f["file"], f["line"]), []).append(f["printed"])
hl = texts[HOSC]
contents = (hl.index("Contents"), hl.index("1. Purpose of the report"))
for i, x in enumerate(hl):
    if x.startswith("|") and not contents[0] < i < contents[1]:
        for c in x.split("|")[1:-1]:
            c = c.strip()
            if CELL.match(c) and c not in printed_at.get((HOSC, i + 1), []):
                fail("table cell not a fact", HOSC, i + 1, c)
for i, x in enumerate(texts[HWB]):
    if " | " in x or "| " in x and x.endswith("  "):
        for c in x.split("|"):
            c = c.strip().strip("*")
            if CELL.match(c) and c not in printed_at.get((HWB, i + 1), []):
                fail("table cell not a fact", HWB, i + 1, c)

# ---- the layouts: antiword rows are pipe-framed and aligned within a table, prose at most 76 characters;
#      html2text table lines end with two spaces, have a ---| rule under the header, prose at most 78 characters
block = []
for i, x in enumerate(hl + [""]):
    x = x.lstrip("\f")
    if x.startswith("|"):
        if not x.endswith("|"):
            fail("antiword row not closed", i + 1)
        block.append([k for k, ch in enumerate(x) if ch == "|"])
    else:
        if block and any(b != block[0] for b in block):
            fail("antiword table columns not aligned above line", i + 1)
        block = []
        if len(x) > 76:
            fail("antiword prose over 76 characters", i + 1)
        if x.startswith("-"):
            fail("separator row in antiword output", i + 1)
if "\f" not in "\n".join(hl):
    fail("no form feed in the antiword pack")
wl = texts[HWB]
for i, x in enumerate(wl):
    if re.match(r"^-{3}(\|-{3})+  $", x):
        if not wl[i - 1].endswith("  ") or "|" not in wl[i - 1]:
            fail("html2text header row", i)
    if "|" in x and not x.startswith(("[", "!")) and "](" not in x and not x.endswith("  "):
        fail("html2text table line without its two trailing spaces", i + 1)
    if len(x) > 78 and "|" not in x and not x.startswith(("  * ", "  1. ", "  2. ", "  3. ")) and " " in x.strip():
        fail("html2text prose over 78 characters", i + 1)


def eq(a, b, tol=1e-6, what=""):
    if abs(a - b) > tol:
        fail(what, a, b)


def pct(a, b):
    return round(a / b * 100, 1)


def change(new, old):
    return round((new / old - 1) * 100, 1)


def keys(prefix, suffix):
    return sorted(k[len(prefix) : -len(suffix)] for k in by if k.startswith(prefix) and k.endswith(suffix))


htext = "\n".join(hl)
wtext = "\n".join(wl)

# ---- QIPP: schemes add to the total; variance = forecast - target; prose and bullets agree
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
eq(by["q_chc_fcst_bullet"], by["q_continuing_healthc_forecast"], what="chc bullet forecast")
eq(by["q_chc_target_bullet"], by["q_continuing_healthc_target"], what="chc bullet target")
eq(by["q_mh_fcst_bullet"], by["q_mental_health_out_forecast"], what="mh bullet forecast")
eq(by["q_mh_target_bullet"], by["q_mental_health_out_target"], what="mh bullet target")
rags = {f["id"][2:-9]: f["rag"] for f in facts if f["id"].startswith("q_") and f["id"].endswith("_forecast")
        and "bullet" not in f["id"]}
red = sorted(k for k, r in rags.items() if r == "Red" and k != "total")
if "Two schemes are rated red" not in htext or red != ["continuing_healthc", "mental_health_out"]:
    fail("qipp red schemes", red)

# ---- delegated primary care (£000): lines add to their subtotals, subtotals to the total; the month 11 budget
#      is eleven twelfths of the annual; variance = budget to date - actual (a minus sign is an overspend)
A = ["gms_contracts", "pms_contracts", "apms_contracts"]
B = ["quality_and_outcom", "enhanced_services", "premises_cost_reim", "dispensing_and_pre", "other_gp_services"]
SA, SB, T = "subtotal_gp_contra", "subtotal_other_pri", "total_delegated_pr"
assert sorted(keys("pc_", "_annual")) == sorted(A + B + [SA, SB, T]), keys("pc_", "_annual")
for col in ("annual", "ytdbud", "actual", "var"):
    eq(sum(by[f"pc_{s}_{col}"] for s in A), by[f"pc_{SA}_{col}"], what=f"pc subtotal A {col}")
    eq(sum(by[f"pc_{s}_{col}"] for s in B), by[f"pc_{SB}_{col}"], what=f"pc subtotal B {col}")
    eq(by[f"pc_{SA}_{col}"] + by[f"pc_{SB}_{col}"], by[f"pc_{T}_{col}"], what=f"pc total {col}")
for s in A + B:
    eq(round(by[f"pc_{s}_annual"] * 11 / 12), by[f"pc_{s}_ytdbud"], what=f"pc month 11 budget {s}")
for s in A + B + [SA, SB, T]:
    eq(by[f"pc_{s}_ytdbud"] - by[f"pc_{s}_actual"], by[f"pc_{s}_var"], what=f"pc var {s}")
eq(round(by[f"pc_{T}_annual"] / 1000, 1), by["pc_total_prose"], what="pc prose budget")
eq(-by[f"pc_{T}_var"], by["pc_over_prose"], what="pc prose above budget")

# ---- ARRS: PCNs add to the total; % claimed; prose; the count under 75%; the table continued after a form feed
pcns = [s for s in keys("arrs_", "_alloc") if s != "total"]
assert len(pcns) == 7, pcns
for col in ("alloc", "claimed"):
    eq(sum(by[f"arrs_{s}_{col}"] for s in pcns), by[f"arrs_total_{col}"], what=f"arrs {col} total")
for s in pcns + ["total"]:
    eq(pct(by[f"arrs_{s}_claimed"], by[f"arrs_{s}_alloc"]), by[f"arrs_{s}_pct"], what=f"arrs % {s}")
eq(round(by["arrs_total_alloc"] / 1e6, 1), by["arrs_alloc_prose"], what="arrs prose alloc")
eq(round(by["arrs_total_claimed"] / 1e6, 1), by["arrs_claim_prose"], what="arrs prose claimed")
eq(by["arrs_total_pct"], by["arrs_pct_prose"], what="arrs prose %")
m = re.search(r"Of the (\d+) PCNs, (\d+) have claimed less than 75%", htext)
if not m or [int(x) for x in m.groups()] != [len(pcns), sum(by[f"arrs_{s}_pct"] < 75 for s in pcns)]:
    fail("PCNs under 75%")
ff = [i for i, x in enumerate(hl) if x.startswith("\f")]
cont = hl.index("\fTable 3 (continued)") if "\fTable 3 (continued)" in hl else -1
arrs_lines = sorted(f["line"] for f in facts if f["id"].startswith("arrs_") and f["id"].endswith("_alloc"))
if cont < 0 or not arrs_lines[0] < cont + 1 < arrs_lines[-1]:
    fail("ARRS table not continued after the page break")

# ---- GP workforce: districts add to the county; rates; prose
dists = ["orlescote", "mortwich", "cheswold_vale", "bromhale", "stallbrook", "ruckley_and_wenham"]
for col in ("patients", "fte"):
    eq(round(sum(by[f"gp_{x}_{col}"] for x in dists), 1), by[f"gp_dunsmere_{col}"], what=f"gp {col} total")
for a in dists + ["dunsmere", "west_midlands", "england"]:
    eq(round(by[f"gp_{a}_fte"] / by[f"gp_{a}_patients"] * 1000, 2), by[f"gp_{a}_rate"], what=f"gp rate {a}")
for p, t in (("gp_fte_prose", "gp_dunsmere_fte"), ("gp_patients_prose", "gp_dunsmere_patients"),
             ("gp_rate_prose", "gp_dunsmere_rate"), ("gp_rate_wm_prose", "gp_west_midlands_rate"),
             ("gp_rate_eng_prose", "gp_england_rate")):
    eq(by[p], by[t], what=p)
if not by["gp_rate_prose"] > by["gp_rate_wm_prose"] or not by["gp_rate_prose"] > by["gp_rate_eng_prose"]:
    fail("'above the West Midlands and England'")

# ---- scorecard: the RAG counts and the no-standard count in the text; prose agrees with the table
sc = [f for f in facts if f["id"].startswith("sc_") and f["id"].endswith(("_jan", "_feb"))]
rag = {f["id"].rsplit("_", 1)[0]: f["rag"] for f in sc if f["rag"]}
inds = {f["id"].rsplit("_", 1)[0] for f in sc}
m = re.search(r"Of the (\d+) indicators in Table 5, (\d+) are rated red, (\d+) amber and (\d+) green;\s+one has no "
              r"national standard", htext)
got = [len(inds), list(rag.values()).count("Red"), list(rag.values()).count("Amber"), list(rag.values()).count("Green")]
if not m or [int(x) for x in m.groups()] != got:
    fail("scorecard RAG counts", got)
if len(inds) - len(keys("sc_", "_std")) != 1:
    fail("one indicator without a standard")
feb = keys("sc_", "_feb")
if len(inds) - len(feb) != 1 or htext.count("|n/a") != 1:
    fail("one month not yet published")
for f in sc:
    if f["id"].endswith("_jan") and f["rag"] and f["id"][:-4] in feb:
        fail("RAG on January where February is published", f["id"])
eq(by["sc_ae_prose"], by["sc_a_e_patients_seen_feb"], what="a&e prose")
eq(by["sc_ae_std_prose"], by["sc_a_e_patients_seen_std"], what="a&e standard prose")
eq(by["sc_amb_prose"], by["sc_ambulance_category_feb"], what="ambulance prose")

# ---- BCF: streams add to the total; changes in £000 and %; the new stream; prose and key fact agree
streams = [s for s in keys("bcf_", "_2526") if s != "total_pooled_budge"]
assert len(streams) == 8, streams
new = [s for s in streams if f"bcf_{s}_2425" not in by]
if new != ["community_equipmen"]:
    fail("the new stream", new)
eq(sum(by.get(f"bcf_{s}_2425", 0) for s in streams), by["bcf_total_pooled_budge_2425"], what="bcf total 2024/25")
eq(sum(by[f"bcf_{s}_2526"] for s in streams), by["bcf_total_pooled_budge_2526"], what="bcf total 2025/26")
for s in streams + ["total_pooled_budge"]:
    eq(by[f"bcf_{s}_2526"] - by.get(f"bcf_{s}_2425", 0), by[f"bcf_{s}_chg"], what=f"bcf change £000 {s}")
    if s not in new:
        eq(change(by[f"bcf_{s}_2526"], by[f"bcf_{s}_2425"]), by[f"bcf_{s}_chgpct"], what=f"bcf change % {s}")
    elif f"bcf_{s}_chgpct" in by:
        fail("a % change for the new stream")
eq(sum(by[f"bcf_{s}_chg"] for s in streams), by["bcf_total_pooled_budge_chg"], what="bcf changes add up")
eq(round(by["bcf_total_pooled_budge_2526"] / 1000, 1), by["bcf_total_prose"], what="bcf prose total")
eq(by["bcf_total_prose"], by["kf_bcf"], what="bcf key fact")
eq(round(by["bcf_total_pooled_budge_chg"] / 1000, 1), by["bcf_up_prose"], what="bcf prose increase")
eq(by["bcf_total_pooled_budge_chgpct"], by["bcf_growth_prose"], what="bcf prose growth")
eq(by["bcf_nhs_minimum_contri_chgpct"], by["bcf_nhs_prose"], what="nhs minimum rise")
eq(-by["bcf_additional_icb_con_chg"] * 1000, by["bcf_icb_fall_prose"], what="icb fall in pounds")

# ---- life expectancy: key facts and prose agree with Table 2; district and ward gaps and extremes
for a, b in (("kf_le_m", "le_dunsmere_m"), ("kf_le_f", "le_dunsmere_f"), ("kf_le_m_eng", "le_england_m"),
             ("kf_le_f_eng", "le_england_f"), ("le_prose_m", "le_dunsmere_m"), ("le_prose_f", "le_dunsmere_f"),
             ("le_prose_eng_m", "le_england_m"), ("le_prose_eng_f", "le_england_f"),
             ("le_prose_wm_m", "le_west_midlands_m"), ("le_prose_wm_f", "le_west_midlands_f")):
    eq(by[a], by[b], what=a)
eq(round(by["le_ruckley_and_wenham_m"] - by["le_bromhale_m"], 1), by["le_prose_dist_m"], what="district gap m")
eq(round(by["le_ruckley_and_wenham_f"] - by["le_bromhale_f"], 1), by["le_prose_dist_f"], what="district gap f")
for sex in ("m", "f"):
    if max(dists, key=lambda x: by[f"le_{x}_{sex}"]) != "ruckley_and_wenham" or \
            min(dists, key=lambda x: by[f"le_{x}_{sex}"]) != "bromhale":
        fail("district extremes", sex)
wards_m = {k: v for k, v in by.items() if k.startswith("ward_") and k.endswith("_m")}
assert len(wards_m) == 8, wards_m
eq(round(by["ward_wenham_heath_m"] - by["ward_mortwich_bridge_m"], 1), by["ward_gap_prose"], what="ward gap")
if max(wards_m, key=wards_m.get) != "ward_wenham_heath_m" or min(wards_m, key=wards_m.get) != \
        "ward_mortwich_bridge_m":
    fail("ward extremes")
if not re.search(r"The eight\s+wards below", wtext):
    fail("eight wards")

# ---- wider determinants: key facts and key points agree with Table 3; the extremes they name
for k, t in (("kf_emp", "wd_dunsmere_emp"), ("kf_fuel", "wd_dunsmere_fuel"), ("kf_emp_wm", "wd_west_midlands_emp"),
             ("kp_emp_mor", "wd_mortwich_emp"), ("kp_emp_eng", "wd_england_emp"), ("kp_emp_wm", "wd_west_midlands_emp"),
             ("kp_fuel_bro", "wd_bromhale_fuel"), ("kp_fuel_dm", "wd_dunsmere_fuel"), ("kp_ta_mor", "wd_mortwich_ta"),
             ("kp_ta_dm", "wd_dunsmere_ta"), ("kp_ta_eng", "wd_england_ta"), ("kp_walk_rw", "wd_ruckley_and_wenham_walk"),
             ("kp_walk_eng", "wd_england_walk"), ("kp_walk_wm", "wd_west_midlands_walk"), ("kp_pm_mor", "wd_mortwich_pm"),
             ("kp_pm_wm", "wd_west_midlands_pm")):
    eq(by[k], by[t], what=k)
eq(round(by["wd_bromhale_fuel"] - by["wd_dunsmere_fuel"], 1), by["kp_fuel_pp"], what="fuel pp")
if "wd_bromhale_emp" in by:
    fail("Bromhale's employment rate is n/a")
for ind, pick, want in (("emp", min, "mortwich"), ("fuel", max, "bromhale"), ("walk", max, "ruckley_and_wenham"),
                        ("pm", max, "mortwich")):
    have = [x for x in dists if f"wd_{x}_{ind}" in by]
    if pick(have, key=lambda x: by[f"wd_{x}_{ind}"]) != want:
        fail(f"key point extreme {ind}")
eq(len([k for k in by if k.startswith("wd_")]), 9 * 5 - 1, what="wider determinants cells")

print(f"{len(facts)} facts, {bad} failures")
sys.exit(1 if bad else 0)
