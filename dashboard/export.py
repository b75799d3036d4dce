"""Exports for analysts: rows as the formatted .xlsx or as CSV, for the page's downloads and `healthdash export`.

The workbook is written by the one writer, loaders/workbook.py (Data, Sources and About sheets, number
formats by unit, frozen and filtered header; XlsxWriter's constant-memory mode), which `healthdash extract
--out FILE.xlsx` uses too.  What the dashboard adds is given to it as data: the app's RAG palette (each
rating's word on its colours, from dashboard/theme.py), the rule the pages compare areas by, and the
datasets' titles from the one registry (dashboard/catalogue.py).  Text cells are made safe to open
(loaders/safe_cells.py: no formula from a pack's text, no character a workbook cannot hold); numbers stay
numbers.  Pure functions, bytes out: dashboard/downloads.py and dashboard/cli.py share them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime

import pandas as pd

from dashboard import catalogue
from dashboard.compare import RULE as COMPARISON_RULE
from dashboard.theme import Rag
from loaders import workbook
from loaders.safe_cells import safe_frame
from loaders.workbook import (
    DATE_FORMAT,
    GENERAL_FORMATS,
    MAX_ROWS,
    RAG_SOURCE_RULE,
    TIMESTAMP_FORMAT,
    UNIT_FORMATS,
    TooManyRows,
    check_size,
    packs,
    sources,
)

__all__ = [
    "CSV_MIME",
    "DATE_FORMAT",
    "GENERAL_FORMATS",
    "MAX_ROWS",
    "RAG_SOURCE_RULE",
    "STYLE",
    "TIMESTAMP_FORMAT",
    "UNIT_FORMATS",
    "XLSX_MIME",
    "TooManyRows",
    "build_csv",
    "build_workbook",
    "check_size",
    "dataset_notes",
    "filename",
    "packs",
    "sources",
]

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_MIME = "text/csv"
BOM = "\ufeff".encode()  # lets Excel, opening a CSV by double-click, read it as UTF-8 ("£", "µ")

STYLE = workbook.Style(
    rag_colours={r.word: (r.fill, r.text) for r in Rag if r is not Rag.NONE},
    rag_other=(Rag.NONE.fill, Rag.NONE.text),
    rules=(
        ("Dashboard comparisons", COMPARISON_RULE),
        ("Colours", "Rated cells carry the app's fill colour and the word, so they survive greyscale."),
    ),
)
"""The app's palette and rules, as the workbook writer takes them."""

_PART_CHARS = 40  # of each filter in a file name
_NAME_CHARS = 150  # of a whole file name's stem


def build_workbook(
    frame: pd.DataFrame,
    *,
    filters: Mapping[str, object] | None = None,
    columns: list[str] | None = None,
    rag_columns: Iterable[str] = ("rag",),
    exported_at: datetime | None = None,
    notes: Iterable[tuple[str, object, object]] = (),
) -> bytes:
    """The rows of `frame`, in its order, as an .xlsx: Data, Sources and About sheets.

    `columns` picks and orders the data sheet's columns (default: all of `frame`); provenance and
    units are read from `frame` even when those columns are not shown.  `filters` are listed on the
    About sheet as they were applied on screen or on the command line, with the title of each dataset
    the rows hold and any `notes` (section, item, detail).  Cells of `rag_columns` carry the rating's word on
    the app's colours.  More rows than MAX_ROWS raise TooManyRows (filter, or take the CSV).
    """
    return workbook.build(
        frame,
        columns=columns,
        filters=filters,
        notes=[*notes, *dataset_notes(frame)],
        rag_columns=rag_columns,
        style=STYLE,
        exported_at=exported_at,
    )


def dataset_notes(frame: pd.DataFrame) -> list[tuple[str, object, object]]:
    """About rows naming each dataset the rows hold by its title (dashboard/catalogue.py)."""
    if "dataset" not in frame.columns:
        return []
    names = sorted({str(d) for d in frame["dataset"].dropna().unique()})
    out: list[tuple[str, object, object]] = []
    for name in names:
        info = catalogue.info(name)
        out.append(("Datasets", info.title, f"{name}: {info.about}" if info.about else name))
    return out


def build_csv(frame: pd.DataFrame, columns: list[str] | None = None, *, bom: bool = False) -> bytes:
    """Exactly the rows and columns given, in the order given, as UTF-8 CSV, dates as ISO; text made safe to open
    (loaders/safe_cells.py).  With `bom`, the byte-order mark first, as the page's downloads have it so that
    Excel reads "£" and "µ" when the file is opened by double-click."""
    columns = workbook.pick_columns(frame, columns)
    text = safe_frame(frame[columns]).to_csv(index=False, lineterminator="\n", date_format="%Y-%m-%d")
    return (BOM if bom else b"") + text.encode("utf-8")


def filename(parts: Sequence[str | None], suffix: str, when: datetime | None = None) -> str:
    """A safe download name such as "healthdash-wider_determinants-Blaby-2024-05-01.xlsx": each part cut to
    40 characters, the whole to 150."""
    when = when or datetime.now()
    words = ["healthdash", *(p for p in parts if p)]
    safe = [re.sub(r"[^A-Za-z0-9_.-]+", "_", w).strip("_.")[:_PART_CHARS].strip("_.") for w in words]
    stem = "-".join(w for w in safe if w)[:_NAME_CHARS].rstrip("-_.")
    return f"{stem}-{when:%Y-%m-%d}.{suffix.lstrip('.')}"
