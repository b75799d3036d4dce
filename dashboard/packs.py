"""Packs named as a reader knows them: by committee and meeting date, newest first.

A pack's file name is a hash or a clerk's choice ("004_54edbd8d8354841d.txt"); a councillor knows a pack as
"Health Overview and Scrutiny Committee, 5 March 2025".  Every page that names a pack uses `pack_label` (or
`labels`) and lists packs in `pack_order`, so the name and the order are the same everywhere; the file name
stays only in small print, for provenance.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import pandas as pd

from dashboard import data as store
from dashboard.theme import fmt_date
from loaders.places import home_area

# A committee heading that carries its meeting's date ("Health and Wellbeing Board, 16 January 2025").
_DATE_TAIL = re.compile(
    r"[\s,:;–—-]+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?\d{1,2}(?:st|nd|rd|th)?\s+"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\s*$",
    re.IGNORECASE,
)
PACK_COLUMNS = ["source_file", "committee", "meeting", "label", "council"]


def committee_name(text: object) -> str | None:
    """The committee as printed, without a meeting date the heading carries; None when not stated."""
    if not isinstance(text, str) or not text.strip():
        return None
    return _DATE_TAIL.sub("", " ".join(text.split())) or None


def same_committee(a: str | None, b: str | None) -> bool:
    """Whether two committee names are one committee ("Health and Well Being Board" is "... Wellbeing ...")."""
    if a is None or b is None:
        return False
    key = [re.sub(r"[^a-z]", "", x.casefold()) for x in (a, b)]
    return key[0] == key[1]


def describe(frame: pd.DataFrame, sources: Mapping[str, Sequence[str]] | None = None) -> pd.DataFrame:
    """One row per pack, newest meeting first: file, committee, meeting date, label and home council.

    The committee is the one most of the pack's rows name (without a date in the heading); the meeting is
    the date the pack was published for; the council is read from the pack's cover when its lines are given.
    """
    if frame.empty:
        return pd.DataFrame(columns=PACK_COLUMNS)
    rows = frame[["source_file", "committee", "pack_date"]].copy()
    rows["committee"] = rows["committee"].map(committee_name)
    named = rows.dropna(subset=["committee"]).groupby(["source_file", "committee"], sort=True).size()
    top = named.reset_index(name="n").sort_values("n", ascending=False, kind="stable")
    first = top.drop_duplicates("source_file")
    committee = dict(zip(first["source_file"], first["committee"], strict=True))
    meeting = rows.groupby("source_file", sort=True)["pack_date"].max()
    out = pd.DataFrame({"source_file": meeting.index.astype(str), "meeting": meeting.to_numpy()})
    out["committee"] = [committee.get(f) for f in out["source_file"]]
    out["label"] = [
        label_of(c, m, f) for c, m, f in zip(out["committee"], out["meeting"], out["source_file"], strict=True)
    ]
    lines = sources or {}
    out["council"] = [home_area(tuple(lines[f])) if f in lines else None for f in out["source_file"]]
    out = out.sort_values(["meeting", "source_file"], ascending=[False, True], na_position="last", kind="stable")
    return out[PACK_COLUMNS].reset_index(drop=True)


def label_of(committee: str | None, meeting: object, file: str) -> str:
    """ "Health and Wellbeing Board, 16 January 2025"; what is not stated is said so, never the file name alone."""
    when = fmt_date(meeting) if isinstance(meeting, pd.Timestamp) and pd.notna(meeting) else "meeting date not stated"
    return f"{committee or 'Committee not stated'}, {when}"


def described() -> pd.DataFrame:
    """packs.describe of the packs the app holds, kept for the installed frame."""
    return store.memo(("packs-described",), lambda: describe(store.get_data(), store.get_sources()))


def labels() -> dict[str, str]:
    """File name -> label, for the packs the app holds."""
    return store.memo(
        ("pack-labels",), lambda: dict(zip(described()["source_file"], described()["label"], strict=True))
    )


def pack_label(file: str) -> str:
    """The label of a pack the app holds ("Health and Wellbeing Board, 16 January 2025"), or the file name of
    one it does not (a link to a pack not loaded still says which file it was)."""
    try:
        return labels().get(file, file)
    except RuntimeError:  # no data installed (a builder used on its own): the file name is all there is
        return file


def pack_order(frame: pd.DataFrame | None = None) -> list[str]:
    """The packs' file names, newest meeting first (of `frame`'s packs if given, else the app's)."""
    if frame is None:
        return described()["source_file"].tolist()
    return describe(frame)["source_file"].tolist()


def pack_options(frame: pd.DataFrame | None = None) -> list[dict[str, str]]:
    """Drop-down options for choosing a pack: its label shown, its file name the value, newest first."""
    known = described() if frame is None else describe(frame)
    return [{"label": lab, "value": f} for f, lab in zip(known["source_file"], known["label"], strict=True)]
