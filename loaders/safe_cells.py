"""Text cells made safe to open in a spreadsheet: the one rule every CSV and workbook written goes through.

Pack text is someone else's text.  A cell that starts with "=", "+", "-", "@", a tab or a carriage return can
run as a formula when the file is opened (OWASP's CSV-injection guidance), so such text gets a leading single
quote, except text that reads as a number as printed ("-540", "+2.3%", "-£1.2m"), which is left as the pack
printed it.  Numbers stay numbers: only text is touched.  Workbooks also cannot hold most control characters
(openpyxl raises IllegalCharacterError), so those are dropped from text bound for a workbook.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
"""The first characters that can make a spreadsheet read a cell as a formula."""
ILLEGAL_CHARACTERS = r"[\x00-\x08\x0b\x0c\x0e-\x1f]"
"""Control characters XML, and so a workbook, cannot hold (openpyxl's ILLEGAL_CHARACTERS_RE)."""

_TRIGGER_SET = frozenset(TRIGGERS)
_AS_PRINTED = r"^[+-] ?[£$€]?(?:\d[\d,]*(?:\.\d+)?|\.\d+) ?(?:%|pp|p|k|m|bn)?$"
_AS_PRINTED_RE = re.compile(_AS_PRINTED, re.IGNORECASE)
_ILLEGAL_RE = re.compile(ILLEGAL_CHARACTERS)


def safe_text(value: str, *, workbook: bool = False) -> str:
    """One text cell as it may be written: quoted when it could run as a formula, control characters dropped
    for a workbook."""
    if workbook:
        value = _ILLEGAL_RE.sub("", value)
    if value[:1] in _TRIGGER_SET and not _AS_PRINTED_RE.match(value):
        return "'" + value
    return value


def safe_frame(frame: pd.DataFrame, *, workbook: bool = False) -> pd.DataFrame:
    """The frame with every text cell made safe (a copy when anything changed); other cells as they were."""
    out = frame
    for name in frame.columns:
        column = frame[name]
        if isinstance(column, pd.DataFrame):  # a repeated column name: left to the writer to refuse
            continue
        safe = safe_series(column, workbook=workbook)
        if safe is not column:
            if out is frame:
                out = frame.copy()
            out[name] = safe
    return out


def safe_series(series: pd.Series, *, workbook: bool = False) -> pd.Series:
    """One column made safe; the same object back when no cell needed a change (numbers, dates, clean text)."""
    if isinstance(series.dtype, pd.CategoricalDtype):
        as_object = series.astype(object)
        safe = safe_series(as_object, workbook=workbook)
        return series if safe is as_object else safe
    if isinstance(series.dtype, pd.StringDtype):
        is_text = series.notna()
    elif pd.api.types.is_object_dtype(series.dtype):
        values = series.to_numpy()
        is_text = pd.Series(np.fromiter((isinstance(v, str) for v in values), bool, len(values)), index=series.index)
    else:
        return series
    if not is_text.any():
        return series
    text = series[is_text].astype(str).to_numpy(dtype=object)
    risky = np.fromiter((v[:1] in _TRIGGER_SET for v in text), bool, len(text))
    if workbook and _ILLEGAL_RE.search("\n".join(text)):  # one scan of the column finds none, usually
        risky |= np.fromiter((_ILLEGAL_RE.search(v) is not None for v in text), bool, len(text))
    if not risky.any():
        return series
    out = series.copy()
    positions = np.flatnonzero(is_text.to_numpy(dtype=bool))[risky]
    out.iloc[positions] = [safe_text(v, workbook=workbook) for v in text[risky]]
    return out
