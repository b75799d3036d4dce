"""The tidy frame's schema, defined once and checked on every load.

One row per number printed in a pack.  pandera checks types, the unit and RAG
vocabularies, area codes of known geographies and the uniqueness of the key, so
a loader bug shows up as a clear validation error, not as a wrong chart.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd
import pandera.pandas as pa

UNITS = frozenset(
    {
        "GBP",
        "GBP thousands",
        "GBP millions",
        "GBP billions",
        "GBP per patient",
        "%",
        "count",
        "number",
        "per 1,000",
        "per 10,000",
        "per 100,000",
        "rate",
        "ratio",
        "years",
        "months",
        "weeks",
        "days",
        "hours",
        "minutes",
        "WTE",
        "WTE per 1,000 patients",
        "µg/m3",
        "index",
        "score",
        "rank",
        "millions",
        "billions",
    }
)
# A rate "per N" for any N a pack prints (per 1,000, per 2,000, per 100,000 ...) is a unit too.
UNIT_PATTERN = r"^(?:" + "|".join(re.escape(u) for u in sorted(UNITS)) + r"|per [1-9]\d{0,2}(?:,\d{3})*)$"
RAG_VALUES = frozenset({"Red", "Amber", "Green", "Blue", "Amber/Green", "Red/Amber", "Green/Blue"})
POLARITIES = frozenset({"higher is better", "lower is better", "no judgement"})
ROLES = frozenset({"value", "target", "total", "subtotal", "part", "rate", "lower", "upper"})
KEY = ["source_file", "source_line", "source_column", "area", "period", "measure"]

# Column, pandas dtype, nullable, meaning: the single list README and exports read.
COLUMNS: list[tuple[str, str, bool, str]] = [
    ("dataset", "string", False, "Which dataset the row belongs to (pcn_budgets, wider_determinants, figures, ...)"),
    ("area", "string", True, "Area or organisation as named in the pack, in one spelling"),
    ("area_code", "string", True, "ONS code (E07..., E10..., E92...) or org: identifier; empty when unknown"),
    ("period", "string", True, "Period as printed (2019/20, December 2020, ...)"),
    ("measure", "string", False, "The label as printed: row or column header, or the phrase beside the number"),
    ("value", "float64", False, "The number, in the unit of `unit`"),
    ("value_text", "string", False, "The number exactly as printed"),
    ("unit", "string", False, "Unit from a fixed vocabulary (GBP, GBP thousands, %, per 1,000, ...)"),
    ("context", "string", False, "The table row or the sentence the number sits in"),
    ("source_file", "string", False, "Pack file name"),
    ("source_line", "int64", False, "1-based line in the pack where the number is printed"),
    (
        "source_column",
        "int64",
        False,
        "1-based position on the line where the number starts: two numbers on one line are two rows",
    ),
    ("committee", "string", True, "Committee whose meeting the line belongs to"),
    (
        "meeting_date",
        "datetime64[ns]",
        True,
        "Date of the meeting the line belongs to (minutes are of an earlier meeting)",
    ),
    ("pack_date", "datetime64[ns]", True, "Date of the meeting the pack was published for"),
    ("report", "string", True, "Title of the report or minutes the line sits in"),
    ("table", "string", True, "Caption of the table the number is in, where it is in one"),
    ("target", "float64", True, "Target the report states for this value"),
    ("rag", "string", True, "RAG rating as the report gives it (Red, Amber, Green, Blue, Amber/Green)"),
    (
        "polarity",
        "string",
        True,
        "higher is better, lower is better or no judgement (data/measures.csv, else the indicator's or dataset's)",
    ),
    ("warning", "string", True, "Data-quality note: typo resolved, totals not adding up, figure stated twice"),
    (
        "indicator",
        "string",
        True,
        "Stable id of the measure across packs and councils (data/indicators.csv); empty when none is known",
    ),
    (
        "breakdown",
        "string",
        True,
        "Who or which part the value is for: sex, age band, deprivation decile (Male; Aged 65+), from data/meaning.csv",
    ),
    (
        "benchmark",
        "string",
        True,
        "What the pack compares the value with (England, a region, the county); empty when the pack says nothing",
    ),
    (
        "role",
        "string",
        True,
        "value, target, total, subtotal, part, rate (a rate among amounts), lower or upper (confidence limits)",
    ),
]
COLUMN_NAMES = [c[0] for c in COLUMNS]

TIDY_SCHEMA = pa.DataFrameSchema(
    {name: pa.Column(dtype, nullable=nullable) for name, dtype, nullable, _ in COLUMNS}
    | {
        "unit": pa.Column("string", pa.Check.str_matches(UNIT_PATTERN), nullable=False),
        "rag": pa.Column("string", pa.Check.isin(sorted(RAG_VALUES)), nullable=True),
        "polarity": pa.Column("string", pa.Check.isin(sorted(POLARITIES)), nullable=True),
        "role": pa.Column("string", pa.Check.isin(sorted(ROLES)), nullable=True),
        "source_line": pa.Column("int64", pa.Check.ge(1), nullable=False),
        "source_column": pa.Column("int64", pa.Check.ge(1), nullable=False),
        "area_code": pa.Column("string", pa.Check.str_matches(r"^(E\d{8}|org:[a-z0-9-]+)$"), nullable=True),
    },
    unique=KEY,
    strict=True,
    ordered=False,
    coerce=False,
)


def empty_frame() -> pd.DataFrame:
    """A tidy frame with no rows and every column typed."""
    return coerce(pd.DataFrame({name: [] for name in COLUMN_NAMES}))


@lru_cache(maxsize=1)
def column_dtypes() -> pd.Series:
    """The dtype of each column, in schema order (what `coerce` gives)."""
    return empty_frame().dtypes


def coerce(frame: pd.DataFrame) -> pd.DataFrame:
    """Columns in schema order and dtypes, missing optional columns added empty."""
    columns: dict[str, pd.Series] = {}
    for name, dtype, _nullable, _ in COLUMNS:
        col = frame[name] if name in frame else pd.Series([None] * len(frame), index=frame.index)
        if dtype.startswith("datetime"):
            columns[name] = pd.to_datetime(col)
        elif dtype == "int64":
            columns[name] = col.astype("int64")
        elif dtype == "float64":
            columns[name] = pd.to_numeric(col, errors="coerce").astype("float64")
        else:
            columns[name] = col.astype("string")
    # one frame from all the columns: adding them one by one to an empty frame costs more than converting them
    return pd.DataFrame(columns, index=frame.index).reset_index(drop=True)


def validate(frame: pd.DataFrame) -> pd.DataFrame:
    """Check a tidy frame against the schema; raises pandera's SchemaError(s) if not.

    A frame that plainly passes every check the schema declares is returned at once; anything else
    goes to pandera, which decides and reports.
    """
    if _plainly_valid(frame):
        return frame
    return TIDY_SCHEMA.validate(frame, lazy=True)


def _plainly_valid(frame: pd.DataFrame) -> bool:
    """Whether the frame passes TIDY_SCHEMA, by the checks the schema declares run as whole-column operations.

    pandera spends several milliseconds a frame (per-column dtype checks that format reports), which
    adds up over thousands of packs.  This reads the same schema object and answers True only when
    every declared check passes; a check kind, option or dtype it does not know answers False, so
    pandera decides.  It never accepts a frame pandera would reject.
    """
    schema = TIDY_SCHEMA
    if schema.checks or schema.index is not None or not schema.strict or schema.coerce:
        return False
    if list(schema.columns) != COLUMN_NAMES or sorted(frame.columns) != sorted(COLUMN_NAMES):
        return False
    for name, column in schema.columns.items():
        series = frame[name]
        if column.unique or column.coerce or column.regex or series.dtype != column.dtype.type:
            return False
        if not column.nullable and series.isna().any():
            return False
        if column.checks:
            present = series.dropna()
            if not all(_check_passes(check.name, check.statistics, present) for check in column.checks):
                return False
    return not frame.duplicated(subset=schema.unique).any()


def _check_passes(name: str, statistics: dict[str, object], values: pd.Series) -> bool:
    """One pandera built-in check over a column's non-null values (pandera skips nulls too)."""
    if name == "isin":
        return bool(values.isin(statistics["allowed_values"]).all())
    if name == "greater_than_or_equal_to":
        return bool((values >= statistics["min_value"]).all())
    if name == "str_matches":
        pattern = re.compile(str(statistics["pattern"]))
        return all(pattern.match(v) for v in values.unique())
    return False
