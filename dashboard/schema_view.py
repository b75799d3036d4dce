"""How tidy rows appear in the explorer grid: column definitions, where each column comes from, row dicts.

Kept apart from the page so the grid's shape is tested without Dash, and kept in one place so the
server filters and sorts each column on exactly what the grid shows (a dataset's title, a meeting's
date as written) while values keep their raw number for filters and sorting.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from dashboard import catalogue
from dashboard.gridmodel import NUMBER, TEXT
from dashboard.packs import pack_label
from dashboard.theme import fmt_date, fmt_value
from dashboard.urlstate import source_href

GRID_COLUMNS: list[dict] = [
    {"field": "dataset", "headerName": "Dataset", "width": 190},
    {"field": "area", "headerName": "Area", "width": 150},
    {"field": "period", "headerName": "Period", "width": 110},
    {"field": "measure", "headerName": "Measure", "width": 320, "tooltipField": "measure"},
    # Shown in its unit ("£49.0m", "12.3%", "5,700"); filtered and sorted on the server by the raw number.
    {
        "field": "shown",
        "colId": "value",
        "headerName": "Value",
        "width": 160,
        "filter": "agNumberColumnFilter",
        "type": "numericColumn",
    },
    {"field": "value_text", "headerName": "As printed", "width": 120},
    {"field": "unit", "headerName": "Unit", "width": 110},
    # what the loaders read the measure as: the same id across packs and councils, its breakdown and its role
    {"field": "indicator", "headerName": "Indicator", "width": 170},
    {"field": "breakdown", "headerName": "Breakdown", "width": 130},
    {"field": "role", "headerName": "Role", "width": 100},
    {"field": "benchmark", "headerName": "Compared with", "width": 140},
    {"field": "rag", "headerName": "RAG", "width": 100},
    {"field": "warning", "headerName": "Warning", "width": 200},
    {"field": "context", "headerName": "Context", "width": 360, "tooltipField": "context"},
    {"field": "source", "headerName": "Source", "width": 230, "cellRenderer": "markdown", "filter": False},
    {"field": "meeting", "headerName": "Meeting", "width": 140},
    {"field": "report", "headerName": "Report", "width": 240},
]


def dataset_title(name: object) -> str:
    return catalogue.info(str(name)).title


# Each grid column (by colId) and the tidy column it shows; "source" shows the file and line.
TIDY_COLUMN: dict[str, str] = {
    "dataset": "dataset",
    "area": "area",
    "period": "period",
    "measure": "measure",
    "indicator": "indicator",
    "breakdown": "breakdown",
    "value": "value",
    "value_text": "value_text",
    "unit": "unit",
    "role": "role",
    "benchmark": "benchmark",
    "rag": "rag",
    "warning": "warning",
    "context": "context",
    "source": "source_file",
    "meeting": "meeting_date",
    "report": "report",
}
# How a tidy column's value is written in the grid, where not as stored.
SHOWN_AS: dict[str, Callable[[object], str]] = {"dataset": dataset_title, "meeting_date": fmt_date}
# Columns sorted by what they mean rather than by their text: dates by date, periods by their start.
CHRONOLOGICAL = frozenset({"meeting_date", "period"})
# The filter each column offers (the source link has none).
FILTER_KINDS: dict[str, str] = {
    (c.get("colId") or c["field"]): (NUMBER if c.get("filter") == "agNumberColumnFilter" else TEXT)
    for c in GRID_COLUMNS
    if c.get("filter") is not False
}
SORTABLE = frozenset(c.get("colId") or c["field"] for c in GRID_COLUMNS)
HEADERS: dict[str, str] = {(c.get("colId") or c["field"]): c["headerName"] for c in GRID_COLUMNS}


def _text(value: object) -> object:
    return None if value is None or (not isinstance(value, str) and pd.isna(value)) else value


def grid_rows(frame: pd.DataFrame) -> list[dict]:
    """One dict per tidy row with a stable row_id (the frame index), the value in its unit (`shown`) and as
    a number (`value`), the dataset's title and page, and a link to the row's source line."""
    out = []
    # Built once per pack, meeting and dataset, not once per row.
    hrefs = {f: source_href(f) + "&line=" for f in frame["source_file"].unique()}
    names = {f: pack_label(f) for f in hrefs}  # the pack by committee and meeting, not its file name
    dates: dict[object, str] = {}
    datasets = {d: catalogue.info(str(d)) for d in frame["dataset"].unique()}
    for idx, r in zip(frame.index, frame.itertuples(index=False), strict=True):
        meeting = dates.get(r.meeting_date)
        if meeting is None:
            meeting = dates[r.meeting_date] = fmt_date(r.meeting_date)
        about = datasets[r.dataset]
        out.append(
            {
                "row_id": int(idx),
                "dataset": about.title,
                "area": _text(r.area),
                "period": _text(r.period),
                "measure": r.measure,
                "indicator": _text(getattr(r, "indicator", None)),
                "breakdown": _text(getattr(r, "breakdown", None)),
                "role": _text(getattr(r, "role", None)),
                "benchmark": _text(getattr(r, "benchmark", None)),
                "shown": fmt_value(float(r.value), _text(r.unit), r.value_text),  # type: ignore[arg-type]
                "value_text": r.value_text,
                "unit": r.unit,
                "rag": _text(r.rag),
                "warning": _text(r.warning),
                "context": r.context,
                "source": f"[{names[r.source_file]}, line {r.source_line}]({hrefs[r.source_file]}{int(r.source_line)})",
                "meeting": meeting,
                "report": _text(r.report),
                "value": float(r.value),
                "page": about.page,
            }
        )
    return out
