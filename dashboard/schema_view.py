"""How tidy rows appear in the explorer grid: column definitions and row dicts.

Kept apart from the page so the grid's shape is tested without Dash.
"""

from __future__ import annotations

import pandas as pd

from dashboard.theme import fmt_date
from dashboard.urlstate import source_href

GRID_COLUMNS: list[dict] = [
    {"field": "dataset", "headerName": "Dataset", "width": 140},
    {"field": "area", "headerName": "Area", "width": 150},
    {"field": "period", "headerName": "Period", "width": 110},
    {"field": "measure", "headerName": "Measure", "width": 280, "tooltipField": "measure"},
    {"field": "value", "headerName": "Value", "width": 110, "filter": "agNumberColumnFilter", "type": "numericColumn"},
    {"field": "value_text", "headerName": "As printed", "width": 120},
    {"field": "unit", "headerName": "Unit", "width": 110},
    {"field": "rag", "headerName": "RAG", "width": 100},
    {"field": "warning", "headerName": "Warning", "width": 200},
    {"field": "context", "headerName": "Context", "width": 360, "tooltipField": "context"},
    {"field": "source", "headerName": "Source", "width": 230, "cellRenderer": "markdown", "filter": False},
    {"field": "meeting", "headerName": "Meeting", "width": 140},
    {"field": "report", "headerName": "Report", "width": 240},
]


def grid_rows(frame: pd.DataFrame) -> list[dict]:
    """One dict per tidy row with a stable row_id (the frame index) and a link to its source line."""
    out = []
    # Built once per pack and per meeting, not once per row (the explorer sends every row).
    hrefs = {f: source_href(f) + "&line=" for f in frame["source_file"].unique()}
    dates: dict[object, str] = {}
    for idx, r in zip(frame.index, frame.itertuples(index=False), strict=True):
        meeting = dates.get(r.meeting_date)
        if meeting is None:
            meeting = dates[r.meeting_date] = fmt_date(r.meeting_date)
        out.append(
            {
                "row_id": int(idx),
                "dataset": r.dataset,
                "area": None if pd.isna(r.area) else r.area,
                "period": None if pd.isna(r.period) else r.period,
                "measure": r.measure,
                "value": float(r.value),
                "value_text": r.value_text,
                "unit": r.unit,
                "rag": None if pd.isna(r.rag) else r.rag,
                "warning": None if pd.isna(r.warning) else r.warning,
                "context": r.context,
                "source": f"[{r.source_file}:{r.source_line}]({hrefs[r.source_file]}{int(r.source_line)})",
                "meeting": meeting,
                "report": None if pd.isna(r.report) else r.report,
            }
        )
    return out
