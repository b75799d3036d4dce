"""Meaning in columns: each row's indicator, breakdown, benchmark and role, so pages need not parse measures.

Run on every pack's rows after extraction (`add_meaning`).  The words are data, so another council's
wording is a row in a file, not code:

* `indicator`: the stable id of "the same measure" across packs and councils (data/indicators.csv: id, name,
  unit, polarity, the units a row may have, the pattern that recognises it in the measure, else in the measure
  with its table's caption).  Sex, age and deprivation are not part of the id: they are the breakdown.
* `breakdown`: sex, age band, deprivation group (data/meaning.csv, column "breakdown"), one per group, joined
  by "; " ("Male; Aged 65+"), from the measure, else the table's caption.
* `benchmark`: England, a region or the county where the same table prints it for the same measure and period,
  or a sentence says so ("worse than England"; data/meaning.csv, column "benchmark"); else empty.
* `role`: lower/upper (a confidence limit), subtotal, total (a total-worded row beside its parts in one table,
  or the row of a table of places that the others add up to), part (a row of a table beside its total),
  target, rate (a rate or share printed among money, which must never be stacked with it), else value.  A role
  a spec gave stays (loaders/datasets/totalled_parts.py gives the parts and total its sum proves).

data/datasets.csv, the registry that names each dataset once, also gives a dataset's default polarity for
rows no measure or indicator judges (`dataset_polarity`).
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from loaders.checks import adds_up
from loaders.figures import ascii_twin, lowered
from loaders.needles import holds_any, needles

DATA = Path(__file__).resolve().parent.parent / "data"
INDICATORS_FILE = DATA / "indicators.csv"
MEANING_FILE = DATA / "meaning.csv"
DATASETS_FILE = DATA / "datasets.csv"

LOOSE_DATASET = "figures"  # numbers from running text: a plain count there is too loose to name an indicator
GENERIC_UNITS = frozenset({"number", "count"})
AMOUNT_UNITS = frozenset({"GBP", "GBP thousands", "GBP millions", "GBP billions"})
_TOTAL_FIRST_RE = re.compile(r"^\W*total\b", re.IGNORECASE)  # a sentence's own total: "Total income: £..."
RATE_UNITS = frozenset({"%", "GBP per patient", "WTE per 1,000 patients", "rate", "ratio"})
ENGLAND_CODE = "E92000001"
REGION_PREFIX = "E12"
COUNTY_PREFIXES = ("E10",)
DISTRICT_PREFIXES = ("E07",)
MEANING_COLUMNS = ("indicator", "breakdown", "benchmark", "role")
SUMMABLE_UNITS = AMOUNT_UNITS | {"count", "number", "WTE"}
MIN_SUMMED_ROWS = 4  # a total and at least three parts, so a sum by coincidence is unlikely


@dataclass(frozen=True)
class Indicator:
    """One row of data/indicators.csv."""

    id: str
    name: str
    unit: str
    polarity: str | None
    units: frozenset[str]
    pattern: re.Pattern[str]
    caption: bool = True
    """Whether the measure with its table's caption may name it ("any"), or the measure alone ("measure")."""

    twin: re.Pattern[str] | None = None
    """The pattern's case-sensitive twin (loaders.figures.ascii_twin), run on the lowered text where it can."""

    needs: tuple[str, ...] | None = None
    """Words one of which the lowered text must hold for the twin to match (loaders.needles)."""

    def names(self, text: str, low: str | None) -> bool:
        """Whether the text (`low`: the same lowered, or None where a twin cannot read it) names this indicator."""
        return _found(self.pattern, self.twin, self.needs, text, low)

    def takes(self, unit: str, dataset: str) -> bool:
        """Whether a row of this unit (from this dataset) can be this indicator."""
        if dataset == LOOSE_DATASET and unit in GENERIC_UNITS:
            return False
        return not self.units or unit in self.units


@dataclass(frozen=True)
class Phrase:
    """One row of data/meaning.csv: what a pattern's match means for one column."""

    column: str
    group: str
    value: str
    pattern: re.Pattern[str]
    twin: re.Pattern[str] | None = None
    """The pattern's case-sensitive twin (loaders.figures.ascii_twin), run on the lowered text where it can."""

    needs: tuple[str, ...] | None = None
    """Words one of which the lowered text must hold for the twin to match (loaders.needles)."""

    def holds(self, text: str, low: str | None) -> bool:
        """Whether the text (`low`: the same lowered, or None where a twin cannot read it) holds this phrase."""
        return _found(self.pattern, self.twin, self.needs, text, low)

    def meaning(self, text: str, low: str | None) -> str | None:
        """The value this phrase gives `text` ("" when it matches but means nothing), or None."""
        if not self.holds(text, low):
            return None
        m = self.pattern.search(text)
        if m is None:
            return None
        groups = [g for g in m.groups() if g]  # of alternatives, the groups that took part

        def group(ref: re.Match[str]) -> str:
            n = int(ref.group(1))
            return groups[n - 1] if n <= len(groups) else ""

        return re.sub(r"\\(\d)", group, self.value)


def _found(
    pattern: re.Pattern[str], twin: re.Pattern[str] | None, needs: tuple[str, ...] | None, text: str, low: str | None
) -> bool:
    """`pattern.search(text)`, through its case-sensitive twin on the lowered text where it can: every row is
    tested against every indicator and phrase, and a pattern that ignores case costs far more.  A lowered text
    without any of the words the twin needs (`needs`) is not searched at all: most rows name no indicator."""
    if twin is not None and low is not None:
        return holds_any(low, needs) and twin.search(low) is not None
    return pattern.search(text) is not None


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@lru_cache(maxsize=1)
def indicators() -> tuple[Indicator, ...]:
    """The indicators of data/indicators.csv, in file order (the first that matches wins)."""
    return tuple(
        Indicator(
            row["id"],
            row["name"],
            row["unit"],
            row["polarity"] or None,
            frozenset(u for u in row["units"].split("|") if u),
            rx := re.compile(row["pattern"], re.IGNORECASE),
            row["scope"] != "measure",
            twin := ascii_twin(rx),
            needles(twin) if twin is not None else None,
        )
        for row in _read(INDICATORS_FILE)
    )


@lru_cache(maxsize=1)
def indicator_by_id() -> dict[str, Indicator]:
    """Each indicator by its id."""
    return {i.id: i for i in reversed(indicators())}  # an id listed twice: its first row


@lru_cache(maxsize=1)
def phrases() -> dict[str, tuple[Phrase, ...]]:
    """data/meaning.csv by column, each column's phrases in file order."""
    out: dict[str, list[Phrase]] = defaultdict(list)
    for row in _read(MEANING_FILE):
        rx = re.compile(row["pattern"], re.IGNORECASE)
        twin = ascii_twin(rx)
        needs = needles(twin) if twin is not None else None
        out[row["column"]].append(Phrase(row["column"], row["group"], row["value"], rx, twin, needs))
    return {column: tuple(found) for column, found in out.items()}


@lru_cache(maxsize=1)
def datasets() -> tuple[dict[str, str], ...]:
    """The registry of datasets (data/datasets.csv): name, title, page, default_polarity, about."""
    return tuple(_read(DATASETS_FILE))


def dataset_polarity(name: str) -> str | None:
    """A dataset's default polarity from the registry, or None."""
    return _polarities().get(name)


@lru_cache(maxsize=1)
def _polarities() -> dict[str, str | None]:
    """Each dataset's default polarity, the first row of a name listed twice."""
    return {d["name"]: d["default_polarity"] or None for d in reversed(datasets())}


@lru_cache(maxsize=8192)
def indicator_for(measure: str, table: str, unit: str, dataset: str) -> str | None:
    """The id of the first indicator the measure names, else the first the measure with its caption names."""
    candidates = [ind for ind in indicators() if ind.takes(unit, dataset)]
    for text, with_caption in ((measure, False), (f"{measure} | {table}" if table else "", True)):
        if not text:
            continue
        low = lowered(text)
        for ind in candidates:
            if (ind.caption or not with_caption) and ind.names(text, low):
                return ind.id
    return None


@lru_cache(maxsize=8192)
def _breakdown_parts(text: str) -> dict[str, str]:
    """Each breakdown group's value the text gives ("" for a phrase that means none), by its first phrase."""
    found: dict[str, str] = {}
    low = lowered(text)
    for phrase in phrases().get("breakdown", ()):
        if phrase.group not in found and (value := phrase.meaning(text, low)) is not None:
            found[phrase.group] = value
    return found


@lru_cache(maxsize=8192)
def breakdown_for(measure: str, table: str) -> str | None:
    """ "Male; Aged 65+": each group's first phrase found in the measure, else in the table's caption."""
    found = _breakdown_parts(table) | _breakdown_parts(measure) if table else _breakdown_parts(measure)
    order = list(dict.fromkeys(p.group for p in phrases().get("breakdown", ())))
    parts = [found[g] for g in order if found.get(g)]
    return "; ".join(parts) if parts else None


def _first_phrase(column: str, text: str) -> str | None:
    """The value of the first of a column's phrases (data/meaning.csv, in file order) that the text holds."""
    low = lowered(text)
    return next((p.value for p in phrases().get(column, ()) if p.holds(text, low)), None)


@lru_cache(maxsize=8192)
def role_words(measure: str) -> str | None:
    """The role the measure's own words give (lower, upper, subtotal, total, rate, target), or None."""
    return _first_phrase("role", measure)


@lru_cache(maxsize=4096)
def sentence_benchmark(context: str) -> str | None:
    """What a sentence says its figure is compared with ("worse than England"), or None."""
    return _first_phrase("benchmark", context)


def _suffix(measure: str) -> str:
    """The column part of a table cell's measure ("Total: Target" -> "Target"); "" when there is none."""
    return measure.rsplit(": ", 1)[1] if ": " in measure else ""


def _row_role_words(measure: str) -> str | None:
    """`role_words`, but in a Total column ("Recurrent schemes: Total") the row's own words decide: each row's
    sum across the columns is a part of the Total row's, which is the total of both ways ("Total: Total")."""
    suffix = _suffix(measure)
    if suffix and role_words(suffix) == "total":
        return role_words(measure[: -len(suffix) - 2])
    return role_words(measure)


def _texts(series: pd.Series) -> list[str]:
    """A column as plain strings, "" where it is empty (one vectorised test for emptiness, not one a cell)."""
    empty = series.isna().tolist()
    return ["" if e else v if isinstance(v, str) else str(v) for v, e in zip(series.tolist(), empty, strict=True)]


def add_meaning(frame: pd.DataFrame) -> pd.DataFrame:
    """Fill indicator, breakdown, benchmark and role (where empty), and polarity from the indicator or the
    dataset's default where the measures file gave none."""
    if frame.empty:
        return frame
    measures, tables = _texts(frame["measure"]), _texts(frame["table"])
    units, sets = _texts(frame["unit"]), _texts(frame["dataset"])
    ids = [indicator_for(m, t, u, d) for m, t, u, d in zip(measures, tables, units, sets, strict=True)]
    _fill(frame, "indicator", ids)
    _fill(frame, "breakdown", [breakdown_for(m, t) for m, t in zip(measures, tables, strict=True)])
    _fill(frame, "benchmark", _benchmarks(frame, measures, tables))
    _fill(frame, "role", _roles(frame, measures, tables, units))
    by_id = indicator_by_id()
    polarity = [
        (by_id[i].polarity if i in by_id else None) or dataset_polarity(d)
        for i, d in zip(_texts(frame["indicator"]), sets, strict=True)
    ]
    _fill(frame, "polarity", [None if pd.isna(p) else p for p in polarity])
    return frame


def _fill(frame: pd.DataFrame, column: str, values: Iterable[object]) -> None:
    """Set `column` where it is empty (a value a spec gave stays)."""
    filled = pd.Series(list(values), index=frame.index, dtype="string")
    frame[column] = frame[column].astype("string").fillna(filled)


def _benchmarks(frame: pd.DataFrame, measures: list[str], tables: list[str]) -> list[str | None]:
    """England, else a region, else (for a district) the county printed for the same measure and period in the
    same table (or, outside a table, on the same line); else what the sentence says the figure is compared with."""
    areas, codes = _texts(frame["area"]), _texts(frame["area_code"])
    files, periods, contexts = _texts(frame["source_file"]), _texts(frame["period"]), _texts(frame["context"])
    places = [t or f"line {n}" for t, n in zip(tables, frame["source_line"].tolist(), strict=True)]
    peers: dict[tuple[str, ...], list[tuple[str, str]]] = defaultdict(list)
    for f, t, m, p, a, c in zip(files, places, measures, periods, areas, codes, strict=True):
        if a:
            peers[(f, t, m, p)].append((a, c))
    out: list[str | None] = []
    for f, t, m, p, a, c, ctx in zip(files, places, measures, periods, areas, codes, contexts, strict=True):
        found = _table_benchmark(a, c, peers.get((f, t, m, p), []))
        if found is None and not tables[len(out)] and ctx and c != ENGLAND_CODE:
            said = sentence_benchmark(ctx)
            found = None if said is None or said.casefold() == a.casefold() else said
        out.append(found)
    return out


def _table_benchmark(area: str, code: str, peers: list[tuple[str, str]]) -> str | None:
    if not area or code == ENGLAND_CODE:
        return None
    others = [(a, c) for a, c in peers if a != area]
    for a, c in others:
        if c == ENGLAND_CODE:
            return a
    if not code.startswith(REGION_PREFIX):
        for a, c in others:
            if c.startswith(REGION_PREFIX):
                return a
    if code.startswith(DISTRICT_PREFIXES):
        for a, c in others:
            if c.startswith(COUNTY_PREFIXES):
                return a
    return None


def _roles(frame: pd.DataFrame, measures: list[str], tables: list[str], units: list[str]) -> list[str]:
    """Each row's role: its words, checked against its table (a total needs parts beside it)."""
    files, periods = _texts(frame["source_file"]), _texts(frame["period"])
    words = [_row_role_words(m) for m in measures]

    def key(i: int) -> Hashable:  # the rows a total adds up: one table, period, unit and column
        return (files[i], tables[i], periods[i], units[i], _suffix(measures[i]))

    members: dict[Hashable, list[int]] = defaultdict(list)
    for i, t in enumerate(tables):
        if t:
            members[key(i)].append(i)
    totalled = {
        k
        for k, rows in members.items()
        if any(words[i] == "total" for i in rows) and any(words[i] not in ("total", "subtotal") for i in rows)
    }
    amounts = {(files[i], tables[i]) for i, t in enumerate(tables) if t and units[i] in AMOUNT_UNITS}
    summed_totals, summed_parts = _summed_places(frame, measures, tables, units, words)
    out = []
    for i, word in enumerate(words):
        in_total = bool(tables[i]) and key(i) in totalled
        if word in ("lower", "upper", "subtotal", "rate"):
            out.append(word)
        elif tables[i] and _is_rate(units[i]) and (files[i], tables[i]) in amounts:
            out.append("rate")  # a rate or share among money (a change %, £ per patient): never summed with it
        elif i in summed_totals or i in summed_parts:
            out.append("total" if i in summed_totals else "part")
        elif word == "total":
            total = in_total if tables[i] else bool(_TOTAL_FIRST_RE.match(_suffix(measures[i]) or measures[i]))
            out.append("total" if total else "value")
        elif in_total:
            out.append("part")
        elif word:
            out.append(word)
        else:
            out.append("value")
    return out


def _summed_places(
    frame: pd.DataFrame, measures: list[str], tables: list[str], units: list[str], words: list[str | None]
) -> tuple[set[int], set[int]]:
    """Rows of a table of places whose largest is the sum of the others (a council's row over its localities):
    that row is a total and the others its parts, as the pack's own arithmetic proves (loaders/checks.py).
    England and regions, the benchmarks, are never parts."""
    files, periods, codes = _texts(frame["source_file"]), _texts(frame["period"]), _texts(frame["area_code"])
    areas, values, printed = _texts(frame["area"]), frame["value"].tolist(), _texts(frame["value_text"])
    groups: dict[Hashable, list[int]] = defaultdict(list)
    for i, t in enumerate(tables):
        benchmark = codes[i] == ENGLAND_CODE or codes[i].startswith(REGION_PREFIX)
        if t and units[i] in SUMMABLE_UNITS and words[i] is None and not benchmark and areas[i]:
            groups[(files[i], t, periods[i], units[i], measures[i])].append(i)
    totals: set[int] = set()
    parts: set[int] = set()
    for rows in groups.values():
        if len(rows) < MIN_SUMMED_ROWS or len({areas[i] for i in rows}) < len(rows):
            continue
        if any(values[i] < 0 for i in rows):
            continue
        top = max(rows, key=lambda i: values[i])
        others = [values[i] for i in rows if i != top]
        decimals = re.search(r"\.(\d+)", printed[top])
        if adds_up(others, values[top], step=10.0 ** -len(decimals.group(1)) if decimals else 1.0):
            totals.add(top)
            parts.update(i for i in rows if i != top)
    return totals, parts


def _is_rate(unit: str) -> bool:
    return unit in RATE_UNITS or (unit.startswith("per ") and unit[4:5].isdigit())
