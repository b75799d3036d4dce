"""One-sentence plain-English summaries written from the data.

Each chart shows one of these above it and uses it as its alt text, so a
reader who cannot see the chart gets the same message.  Nothing here is fixed
text about values: every number and name comes from the frame passed in.
"""

from __future__ import annotations

import pandas as pd

from dashboard.tables import benchmark_value, districts_in, rated_districts
from dashboard.theme import counted, fmt_value


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def district_summary(values: pd.DataFrame, measure: str, benchmark: str) -> str:
    """Highest and lowest district, the benchmark's value, and how many districts are better or worse."""
    districts = districts_in(values)
    if districts.empty:
        return f"No district figures for {measure} are in these packs."
    hi = districts.loc[districts["value"].idxmax()]
    lo = districts.loc[districts["value"].idxmin()]
    hi_shown = fmt_value(hi["value"], hi["unit"], hi["value_text"])
    lo_shown = fmt_value(lo["value"], lo["unit"], lo["value_text"])
    text = (
        f"For {_lower_first(measure)}, {hi['area']} has the highest figure ({hi_shown}) "
        f"and {lo['area']} the lowest ({lo_shown})"
    )
    bench = benchmark_value(values, benchmark)
    bench_text = values.loc[values["area"] == benchmark, "value_text"]
    bench_shown = fmt_value(bench, hi["unit"], bench_text.iloc[0] if len(bench_text) else None)
    if bench is None:
        return text + f"; {benchmark}'s figure is not printed, so no district is compared."
    verdicts = rated_districts(values, benchmark)["comparison"].map(lambda c: c.verdict).value_counts()
    if verdicts.get("not compared", 0) == len(districts):
        return text + f"; {benchmark} is {bench_shown}, and this indicator is not rated better or worse."
    counts = [(verdicts.get(v, 0), v) for v in ("better", "similar", "worse") if verdicts.get(v, 0)]
    if not counts:
        return text + f"; {benchmark} is {bench_shown}."
    (n, first), rest = counts[0], counts[1:]
    parts = [f"{counted(n, 'district')} {'is' if n == 1 else 'are'} {first}", *(f"{m} {v}" for m, v in rest)]
    return text + f"; against {benchmark} ({bench_shown}), " + _join(parts) + "."


def tile_map_summary(values: pd.DataFrame, measure: str, benchmark: str) -> str:
    """Which districts are worse than the benchmark, for the map."""
    rated = rated_districts(values, benchmark)
    if rated.empty:
        return f"No district figures for {measure} are in these packs."
    worse = rated[rated["comparison"].map(lambda c: c.verdict == "worse")]["area"].tolist()
    better = rated[rated["comparison"].map(lambda c: c.verdict == "better")]["area"].tolist()
    if rated["comparison"].map(lambda c: c.verdict == "not compared").all():
        return (
            f"Map of the {counted(len(rated), 'district')} for {_lower_first(measure)}; "
            f"this indicator is not compared with {benchmark}."
        )
    return (
        f"Map of the districts for {_lower_first(measure)}: worse than {benchmark} in "
        f"{_join(worse) or 'no district'}; better in {_join(better) or 'no district'}."
    )


def matrix_summary(matrix: dict, benchmark: str) -> str:
    """How many district-indicator pairs are better, similar and worse than the benchmark."""
    counts: dict[str, int] = {}
    for cells in matrix.values():
        for _shown, comparison in cells.values():
            counts[comparison.verdict] = counts.get(comparison.verdict, 0) + 1
    if not counts:
        return "No district indicators are in these packs."
    parts = [f"{counts.get(v, 0)} {v}" for v in ("better", "similar", "worse", "not compared") if counts.get(v, 0)]
    return f"Across {len(matrix)} indicators, district figures against {benchmark}: " + ", ".join(parts) + "."


def red_summary(red: pd.DataFrame, marked: int = 0) -> str:
    """How many figures are rated Red and in how many reports; and how many of them are not current (too old,
    or about a body that no longer exists), so a reader never takes an old Red for today's."""
    if red.empty:
        return "No figure in these packs is rated Red."
    n, reports = len(red), red["report"].nunique()
    verb = "figure is" if n == 1 else "figures are"
    text = f"{n} {verb} rated Red (alone or combined), in {counted(reports, 'report')}."
    if marked:
        text += f" {marked} of them {'is' if marked == 1 else 'are'} not current at the latest meeting."
    return text


def rated_summary(rated: pd.DataFrame, set_aside: pd.DataFrame) -> str:
    """What the latest pack rates Red and Amber today, and how many ratings it prints that are not current."""
    counts = {word: int(rated["rag"].astype("string").str.contains(word, na=False).sum()) for word in ("Red", "Amber")}
    if rated.empty:
        text = "This pack rates no current figure Red or Amber."
    else:
        text = f"This pack rates {counted(counts['Red'], 'current figure')} Red"
        text += f" and {counts['Amber']} Amber (combined ratings such as Red/Amber count in both)."
    if len(set_aside):
        n = len(set_aside)
        text += f" {n} more rating{'s are' if n != 1 else ' is'} set aside as not current."
    return text


def change_summary(changes: pd.DataFrame, unchanged: int, has_previous: bool) -> str:
    """How many figures printed in both packs moved, and how many of those are better or worse."""
    if not has_previous:
        return "No earlier pack of this committee is loaded, so nothing can be compared."
    if changes.empty:
        if unchanged:
            return f"{unchanged} figures are printed in both packs, all with the same value."
        return "No figure in this pack was also printed in the previous pack."
    verdicts = changes["verdict"].value_counts()
    parts = [f"{verdicts.get(v, 0)} {v}" for v in ("worse", "better", "no judgement") if verdicts.get(v, 0)]
    n = len(changes)
    return (
        f"{counted(n, 'figure')} printed in both packs changed ({', '.join(parts)}); {unchanged} did not. Worse first."
    )


def _join(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]
