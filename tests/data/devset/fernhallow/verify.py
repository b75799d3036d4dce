#!/usr/bin/env python3
"""Independent checks for the Fernhallow facts: fields, quotes, printed values and lines; the shape of every pipe
table (MarkItDown) and one-cell-a-line Word table (LibreOffice); every total, variance, change, gap, rate and share;
the prose against the tables; the counts and extremes the text names.  Run from anywhere; exits 1 on any failure."""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ICB_F, HWB_F = "fernhallow_icb_2026-12-10.txt", "fernhallow_hwb_2026-12-16.txt"
facts = [json.loads(x) for x in open(os.path.join(HERE, "facts.jsonl"), encoding="utf-8")]
texts = {f: open(os.path.join(HERE, f), encoding="utf-8").read().split("\n") for f in (ICB_F, HWB_F)}
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
NBS = ["Abbotsmead", "Brennock", "Kilnworth", "Saltersgate", "Wyecross"]
PCNS = ["Abbotsmead PCN", "Brennock and Riverside PCN", "Kilnworth PCN", "Saltersgate North PCN",
        "Saltersgate South PCN", "Wyecross Valley PCN"]
AREAS = set(NBS + PCNS) | {"Fernhallow", "East Midlands", "England", "Idlemoor and Fernhallow ICB"}
for f in facts:
    if list(f) != KEYS:
        fail("keys", f["id"])
    kw = f["measure_keywords"]
    if not (1 <= len(kw) <= 3 and all(k == k.lower() and k for k in kw)):
        fail("keywords", f["id"])
    if not all(k in f["measure"].lower() for k in kw):
        fail("a keyword not in the fact's own measure", f["id"])
    if f["rag"] not in (None, "Red", "Amber", "Green"):
        fail("rag", f["id"])
    if f["dataset"] not in DATASETS:
        fail("dataset", f["id"])
    if f["area"] not in AREAS:
        fail("area", f["id"], f["area"])
    if f["file"] not in texts:
        fail("file", f["id"])
        continue
    line = texts[f["file"]][f["line"] - 1].strip()
    if line != f["quote"]:
        fail("quote != line", f["id"])
    if not re.search(r"(?<![\w.,£])" + re.escape(f["printed"]) + r"(?![\w]|[.,]\d)", line):
        fail("printed not on line", f["id"], f["printed"])
    if abs(parse(f["printed"]) - f["value"]) > 1e-9:
        fail("value != printed", f["id"])

by = {f["id"]: f["value"] for f in facts}
if len(by) != len(facts):
    fail("duplicate ids")
for name in texts:
    n = sum(f["file"] == name for f in facts)
    if not 150 <= n <= 200:
        fail("fact count", name, n)


def eq(a, b, what="", tol=1e-6):
    if abs(a - b) > tol:
        fail(what, a, b)


def ids(prefix, suffix):
    return [k[len(prefix):-len(suffix)] for k in by if k.startswith(prefix) and k.endswith(suffix)]


# ---------------------------------------------------------------- table shapes
icb = texts[ICB_F]
sheets, cur = {}, None
for i, x in enumerate(icb):
    if x.startswith("## "):
        cur = x[3:]
        sheets[cur] = []
    elif cur and x.startswith("|"):
        sheets[cur].append((i, [c.strip() for c in x.strip()[1:-1].split(" | ")]))
    elif cur and x == "":
        cur = None
want = {"QIPP": 5, "PC budget": 4, "ARRS": 5, "GP workforce": 5, "GP trajectory": 6, "Performance": 5, "Notes": 1}
if set(sheets) != set(want):
    fail("sheets", sorted(sheets))
for s, rows in sheets.items():
    if rows[1][1] != ["---"] * want[s]:
        fail("separator row", s)
    for i, cells in rows:
        if len(cells) != want[s]:
            fail("cell count", s, i + 1)
# every sheet cell that is a fact is the cell of its row under the right column
cells_at = {i: cells for rows in sheets.values() for i, cells in rows}
for f in facts:
    if f["file"] == ICB_F and f["line"] - 1 in cells_at and f["printed"] not in cells_at[f["line"] - 1]:
        fail("printed is not a whole cell", f["id"])

hwb = texts[HWB_F]
WANT_T = {"Table 1:": (5, 8), "Table 2:": (5, 3), "Table 3:": (5, 3), "Table 4:": (6, 8), "Table 5:": (4, 11)}
for cap, (ncol, nrow) in WANT_T.items():
    start = [i for i, x in enumerate(hwb) if x.startswith(cap)]
    if len(start) != 1:
        fail("caption", cap)
        continue
    block = hwb[start[0] + 1:start[0] + 1 + ncol * (nrow + 1)]
    after = hwb[start[0] + 1 + ncol * (nrow + 1)]
    if after != "" or any("\t" in c for c in block):
        fail("word table shape", cap)
    for r in range(1, nrow + 1):  # each row starts with a label, then numbers or marks
        lab = block[r * ncol]
        if re.fullmatch(r"[-£\d.,*n/a]+", lab):
            fail("row label", cap, r, lab)
        for c in block[r * ncol + 1:(r + 1) * ncol]:
            if not re.fullmatch(r"-?£?[\d,]+(\.\d)?|\*|\.\.|-|n/a", c):
                fail("cell", cap, r, c)

# ---------------------------------------------------------------- QIPP
schemes = [s for s in ids("q_", "_plan") if s not in ("total", "plan_prose")]
if len(schemes) != 9:
    fail("qipp schemes", schemes)
for col in ("plan", "forecast", "var"):
    eq(round(sum(by[f"q_{s}_{col}"] for s in schemes), 1), by[f"q_total_{col}"], f"qipp {col} total")
rag = {f["id"]: f["rag"] for f in facts}
for s in schemes + ["total"]:
    p, fc, v = by[f"q_{s}_plan"], by[f"q_{s}_forecast"], by[f"q_{s}_var"]
    eq(round(fc - p, 1), v, f"qipp variance {s}")
    sh = v / p * 100
    if rag[f"q_{s}_forecast"] != ("Red" if sh < -25 else "Amber" if sh < -5 else "Green"):
        fail("qipp RAG rule", s)
text_icb = "\n".join(icb)
reds = sum(rag[f"q_{s}_forecast"] == "Red" for s in schemes)
if not re.search(r"\b%s of the 9 schemes are rated red" % ["None", "One", "Two", "Three", "Four"][reds], text_icb):
    fail("qipp red count")
eq(round(by["q_total_plan"] / 1000, 1), by["q_plan_prose"], "qipp plan prose")
eq(round(by["q_total_forecast"] / 1000, 1), by["q_fcst_prose"], "qipp forecast prose")
eq(round(-by["q_total_var"] / 1000, 1), by["q_short_prose"], "qipp shortfall prose")
eq(round(-by["q_total_var"] / by["q_total_plan"] * 100, 1), by["q_pct_prose"], "qipp % prose")
if by["q_icb_prose"] <= by["q_plan_prose"]:
    fail("ICB programme not larger than the place's plan")

# ---------------------------------------------------------------- delegated primary care
lines_ = [s for s in ids("pc_", "_budget") if s not in ("total_delegated_pr",)]
if len(lines_) != 8:
    fail("pc lines", lines_)
for col in ("budget", "forecast", "var"):
    eq(round(sum(by[f"pc_{s}_{col}"] for s in lines_), 1), by[f"pc_total_delegated_pr_{col}"], f"pc {col} total")
for s in lines_ + ["total_delegated_pr"]:
    eq(round(by[f"pc_{s}_forecast"] - by[f"pc_{s}_budget"], 1), by[f"pc_{s}_var"], f"pc variance {s}")
eq(round(by["pc_total_delegated_pr_budget"] / 1000, 1), by["pc_budget_prose"], "pc budget prose")
eq(round(by["pc_total_delegated_pr_var"] / 1000, 1), by["pc_over_prose"], "pc overspend prose")
if max(lines_, key=lambda s: by[f"pc_{s}_var"]) != "locum_reimbursemen":
    fail("'mainly on locum reimbursement'")

# ---------------------------------------------------------------- ARRS
pcns = [s for s in ids("arrs_", "_alloc") if s != "total"]
if len(pcns) != 6:
    fail("pcns", pcns)
for col in ("alloc", "claimed"):
    eq(sum(by[f"arrs_{s}_{col}"] for s in pcns), by[f"arrs_total_{col}"], f"arrs {col} total")
for s in pcns + ["total"]:
    eq(round(by[f"arrs_{s}_claimed"] / by[f"arrs_{s}_alloc"], 3), by[f"arrs_{s}_share"], f"arrs share {s}")
eq(round(by["arrs_total_claimed"] / 1e6, 1), by["arrs_claimed_prose"], "arrs claimed prose")
eq(round(by["arrs_total_alloc"] / 1e6, 1), by["arrs_alloc_prose"], "arrs allocation prose")
eq(round(by["arrs_total_share"] * 100, 1), by["arrs_share_prose"], "arrs share prose")
eq(round(by["arrs_kilnworth_pcn_claimed"] / by["arrs_kilnworth_pcn_alloc"] * 100, 1), by["arrs_kil_prose"],
   "kilnworth prose")
if "2026-08-31 00:00:00" not in [c for _, cells in sheets["ARRS"] if cells[0] == "Kilnworth PCN" for c in cells]:
    fail("Kilnworth's late claim date")

# ---------------------------------------------------------------- GP workforce and trajectory
nb = [x.lower() for x in NBS]
for col in ("fte", "nurse", "patients"):
    eq(round(sum(by[f"gp_{x}_{col}"] for x in nb), 1), by[f"gp_fernhallow_{col}"], f"gp {col} city total")
for a in nb + ["fernhallow", "east_midlands", "england"]:
    eq(round(by[f"gp_{a}_patients"] / by[f"gp_{a}_fte"]), by[f"gp_{a}_per_gp"], f"patients per GP {a}")
eq(by["gp_fernhallow_fte"], by["gp_fte_prose"], "gp fte prose")
eq(by["gp_fernhallow_per_gp"], by["gp_per_prose"], "gp per prose")
eq(by["gp_england_per_gp"], by["gp_per_eng_prose"], "gp per England prose")
years = ids("traj_", "_fte")
if len(years) != 7:
    fail("trajectory years", years)
for y in years:
    if f"traj_{y}_patients" in by:
        eq(round(by[f"traj_{y}_patients"] / by[f"traj_{y}_fte"]), by[f"traj_{y}_per_gp"], f"trajectory {y}")
for col in ("fte", "nurse", "patients", "per_gp"):
    eq(by[f"traj_2026_{col}"], by[f"gp_fernhallow_{col}"], f"trajectory 2026/27 {col} = workforce sheet")
eq(round(by["traj_2028_fte"] - by["traj_2026_fte"], 1), by["traj_add_prose"], "trajectory addition prose")

# ---------------------------------------------------------------- performance
prag = [f["rag"] for f in facts if f["id"].startswith("sc_") and f["id"].endswith("_oct")]
m = re.search(r"Of the (\d+) indicators, (\d+) are red, (\d+) amber and (\d+) green", text_icb)
if not m or [int(x) for x in m.groups()] != [len(prag), prag.count("Red"), prag.count("Amber"), prag.count("Green")]:
    fail("performance RAG counts")
eq(round(by["sc_a_e_patients_seen_with_oct"] * 100, 1), by["ae_oct_prose"], "A&E prose")
eq(round(by["sc_a_e_patients_seen_with_std"] * 100, 1), by["ae_std_prose"], "A&E standard prose")
eq(by["sc_patients_waiting_over_oct"], by["w65_oct_prose"], "65 weeks prose")

# ---------------------------------------------------------------- life expectancy
g = lambda a, k: by[f"le_{a}_{k}"]  # noqa: E731
for fid, t in (("s_le_m", "le_fernhallow_m"), ("s_le_f", "le_fernhallow_f"), ("p_le_m", "le_fernhallow_m"),
               ("p_le_f", "le_fernhallow_f"), ("p_le_em_m", "le_east_midlands_m"), ("p_le_em_f", "le_east_midlands_f"),
               ("p_le_eng_m", "le_england_m"), ("p_le_eng_f", "le_england_f"), ("p_hle_m", "le_fernhallow_hle_m"),
               ("p_hle_f", "le_fernhallow_hle_f"), ("p_hle_eng_m", "le_england_hle_m"),
               ("p_hle_eng_f", "le_england_hle_f"), ("s_hle_br", "le_brennock_hle_m"), ("p_le_br_m", "le_brennock_m"),
               ("p_le_wy_m", "le_wyecross_m"), ("p_le_br_f", "le_brennock_f"), ("p_le_wy_f", "le_wyecross_f")):
    eq(by[fid], by[t], fid)
eq(round(g("england", "m") - g("fernhallow", "m"), 1), by["s_gap_eng_m"], "gap to England m")
eq(round(g("england", "f") - g("fernhallow", "f"), 1), by["s_gap_eng_f"], "gap to England f")
for fid in ("s_gap_nb_m", "p_le_gap_nb_m"):
    eq(round(g("wyecross", "m") - g("brennock", "m"), 1), by[fid], fid)
eq(round(g("wyecross", "f") - g("brennock", "f"), 1), by["p_le_gap_nb_f"], "neighbourhood gap f")
eq(round(g("wyecross", "hle_m") - g("brennock", "hle_m"), 1), by["s_hle_gap"], "HLE gap")
for k in ("m", "f"):
    if min(nb, key=lambda x: g(x, k)) != "brennock" or max(nb, key=lambda x: g(x, k)) != "wyecross":
        fail("neighbourhood extremes", k)
for k in ("m", "f", "hle_m", "hle_f"):
    eq(round(by[f"dep_least_{k}"] - by[f"dep_most_{k}"], 1), by[f"dep_gap_{k}"], f"deprivation gap {k}")
    eq(by[f"dep_gap_{k}"], by[f"gap_fernhallow_{k}"], f"Table 3 gap = Table 2 {k}")
for fid, t in (("p_gap_m", "gap_fernhallow_m"), ("p_gap_em_m", "gap_east_midlands_m"),
               ("p_gap_eng_m", "gap_england_m"), ("p_gap_f", "gap_fernhallow_f"), ("p_gap_eng_f", "gap_england_f"),
               ("p_gap_hle_m", "gap_fernhallow_hle_m"), ("p_gap_hle_f", "gap_fernhallow_hle_f")):
    eq(by[fid], by[t], fid)

# ---------------------------------------------------------------- wider determinants
for fid, t in (("s_emp_br", "wd_brennock_emp"), ("s_emp_eng", "wd_england_emp"), ("p_emp_br", "wd_brennock_emp"),
               ("p_emp_fh", "wd_fernhallow_emp"), ("p_emp_eng", "wd_england_emp"), ("p_fuel_br", "wd_brennock_fuel"),
               ("p_fuel_eng", "wd_england_fuel"), ("p_fuel_fh", "wd_fernhallow_fuel"), ("p_pm_fh", "wd_fernhallow_pm"),
               ("p_pm_em", "wd_east_midlands_pm"), ("p_pm_eng", "wd_england_pm"), ("p_pm_sal", "wd_saltersgate_pm"),
               ("p_ta_fh", "wd_fernhallow_ta"), ("p_ta_eng", "wd_england_ta"), ("p_ta_br", "wd_brennock_ta"),
               ("p_walk_fh", "wd_fernhallow_walk"), ("p_walk_eng", "wd_england_walk")):
    eq(by[fid], by[t], fid)
eq(round(by["wd_england_emp"] - by["wd_brennock_emp"], 1), by["s_emp_pp"], "employment pp")
eq(round(by["wd_brennock_fuel"] - by["wd_fernhallow_fuel"], 1), by["p_fuel_pp"], "fuel pp")
for ind, pick, want_ in (("emp", min, "brennock"), ("fuel", max, "brennock"), ("pm", max, "saltersgate")):
    if pick(nb, key=lambda x: by[f"wd_{x}_{ind}"]) != want_:
        fail("wider determinants extreme", ind)
if "wd_kilnworth_ta" in by or "wd_wyecross_walk" in by:
    fail("a suppressed cell has a fact")

# ---------------------------------------------------------------- BCF
schemes = [s for s in ids("bcf_", "_2627") if s != "total_pooled_budge"]
if len(schemes) != 10:
    fail("bcf schemes", schemes)
eq(sum(by[f"bcf_{s}_2627"] for s in schemes), by["bcf_total_pooled_budge_2627"], "bcf 2026/27 total")
eq(sum(by.get(f"bcf_{s}_2526", 0) for s in schemes), by["bcf_total_pooled_budge_2526"], "bcf 2025/26 total")
for s in schemes + ["total_pooled_budge"]:
    if f"bcf_{s}_2526" in by:
        eq(by[f"bcf_{s}_2627"] - by[f"bcf_{s}_2526"], by[f"bcf_{s}_chg"], f"bcf change {s}")
new = [s for s in schemes if f"bcf_{s}_2526" not in by]
if new != ["virtual_wards_step"]:
    fail("new scheme", new)
eq(round(by["bcf_total_pooled_budge_2627"] / 1000, 1), by["s_bcf"], "bcf summary")
eq(by["s_bcf"], by["p_bcf"], "bcf prose")
for fid in ("s_bcf_chg", "p_bcf_chg"):
    eq(round(by["bcf_total_pooled_budge_chg"] / 1000, 1), by[fid], fid)
for fid in ("s_bcf_pct", "p_bcf_pct"):
    eq(round(by["bcf_total_pooled_budge_chg"] / by["bcf_total_pooled_budge_2526"] * 100, 1), by[fid], fid)
eq(by["bcf_discharge_fund_icb_chg"] + by["bcf_discharge_fund_cou_chg"], by["p_disch_rise"], "discharge rise")
eq(by["bcf_discharge_fund_icb_2627"] + by["bcf_discharge_fund_cou_2627"], by["p_disch_tot"], "discharge total")
eq(by["bcf_virtual_wards_step_2627"], by["p_vw"], "virtual wards")
eq(-by["bcf_assistive_technolo_chg"], by["p_at_fall"], "assistive fall")
if not re.search(r"the 11 lines of the plan", "\n".join(hwb)) or len(schemes) + 1 != 11:
    fail("'the 11 lines'")

print(f"{len(facts)} facts, {bad} failures")
sys.exit(1 if bad else 0)
