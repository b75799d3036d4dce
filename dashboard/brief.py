"""The meeting brief: what the latest pack holds, what it rates Red or Amber, and what changed since the
committee's previous pack.  Pure: a frame (and the packs' lines) in, a `Brief` out; the overview lays it out.

A councillor reads the brief the evening before a meeting, so "today" is the latest pack's meeting date, not
the clock: a figure whose period ended more than `STALE_YEARS` before that meeting, or about a body that no
longer existed on that date (a CCG after July 2022, a district merged in 2023), is marked and never listed as
rated Red or Amber today.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd

from dashboard import catalogue, packs
from dashboard.periods import period_end, sort_key
from loaders import areas

STALE_YEARS = 3  # a figure whose period ended longer ago than this before the meeting is marked as old
CURRENT_RATINGS = ("Red", "Amber")  # the ratings a meeting is asked to act on


@lru_cache(maxsize=4096)
def ended(area: object, on: str) -> str | None:
    """The ISO date a body or place ended, when it had ended by `on` (ISO); None if it still existed.

    Known areas carry their end in data/areas.csv or data/gazetteer.csv (districts merged in 2023, CCGs); an
    NHS body neither lists is judged by its form ("... CCG" ended when the ICBs took over).
    """
    if not isinstance(area, str) or not area.strip():
        return None
    known = areas.lookup(area, on=on)
    end = known.end if known is not None else None
    if known is None:
        bodies = areas.nhs_bodies_in(area)
        end = bodies[-1][2].end if bodies else None
    return end if end is not None and end < on else None


def why_marked(period: object, area: object, pack_meeting: object, meeting: pd.Timestamp) -> str:
    """Why a figure cannot count as current at `meeting` ("" when it can): its period ended before the
    threshold (a figure with no period is as old as its pack), or its area had ended."""
    on = meeting.date().isoformat()
    gone = ended(area, on)
    if gone:
        return f"{area} no longer existed (ended {pd.Timestamp(gone):%-d %B %Y})"
    end = period_end(period)
    threshold = meeting - pd.DateOffset(years=STALE_YEARS)
    if end is not None and end < threshold:
        return f"older than {STALE_YEARS} years (period ended {end:%B %Y})"
    if end is None and isinstance(pack_meeting, pd.Timestamp) and pd.notna(pack_meeting) and pack_meeting < threshold:
        return f"older than {STALE_YEARS} years (no period printed; from a pack of {pack_meeting:%B %Y})"
    return ""


def marks(rows: pd.DataFrame, meeting: pd.Timestamp | None) -> pd.Series:
    """`why_marked` for each row (all "" when there is no meeting to judge by)."""
    if meeting is None or rows.empty:
        return pd.Series([""] * len(rows), index=rows.index, dtype=object)
    return pd.Series(
        [why_marked(p, a, d, meeting) for p, a, d in zip(rows["period"], rows["area"], rows["pack_date"], strict=True)],
        index=rows.index,
        dtype=object,
    )


@dataclass(frozen=True)
class Pack:
    """One pack as the brief names it."""

    file: str
    committee: str | None
    meeting: pd.Timestamp | None
    label: str
    council: str | None


@dataclass(frozen=True)
class Brief:
    """What the overview shows first: the latest pack and what changed since the committee's previous one."""

    latest: Pack | None
    previous: Pack | None = None
    threshold: pd.Timestamp | None = None
    reports: pd.DataFrame = field(default_factory=pd.DataFrame)
    rated: pd.DataFrame = field(default_factory=pd.DataFrame)  # Red/Amber, current
    set_aside: pd.DataFrame = field(default_factory=pd.DataFrame)  # Red/Amber, but old or of an ended body
    changes: pd.DataFrame = field(default_factory=pd.DataFrame)  # figures in both packs whose value moved
    unchanged: int = 0  # figures in both packs with the same value


def _pack(row: pd.Series) -> Pack:
    meeting = row["meeting"] if pd.notna(row["meeting"]) else None
    council = row["council"] if isinstance(row["council"], str) else None
    return Pack(str(row["source_file"]), row["committee"], meeting, str(row["label"]), council)


def previous_pack(described: pd.DataFrame, latest: Pack) -> Pack | None:
    """The newest pack before `latest` of the same committee and council (a council not read from a cover
    matches any: the committee and the order still hold)."""
    for _, row in described.iterrows():
        other = _pack(row)
        if other.meeting is None or latest.meeting is None or other.meeting >= latest.meeting:
            continue
        same_council = other.council is None or latest.council is None or other.council == latest.council
        if same_council and packs.same_committee(other.committee, latest.committee):
            return other
    return None


def report_contents(rows: pd.DataFrame) -> pd.DataFrame:
    """Each report in a pack, in the order printed: its first line, how many numbers, the datasets they fill
    (by title) and the tables they sit in."""
    columns = ["report", "first_line", "numbers", "datasets", "tables"]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    out = []
    for report, of in rows.groupby(rows["report"].fillna("(no title)"), sort=False):
        counts = of["dataset"].value_counts()
        out.append(
            {
                "report": str(report),
                "first_line": int(of["source_line"].min()),
                "numbers": len(of),
                "datasets": [catalogue.info(str(d)).title for d in counts.index],
                "tables": [str(t) for t in dict.fromkeys(of["table"].dropna())],
            }
        )
    return pd.DataFrame(out, columns=columns).sort_values("first_line", kind="stable").reset_index(drop=True)


def _keys(rows: pd.DataFrame) -> pd.Series:
    """What makes two rows the same figure in two packs: the indicator (when the loaders name one) or the
    measure as printed, with the breakdown and the area."""
    measure = "measure:" + rows["measure"].astype(str)
    if "indicator" in rows.columns:
        measure = ("indicator:" + rows["indicator"].astype("string")).fillna(measure)
    breakdown = rows["breakdown"].astype("string").fillna("") if "breakdown" in rows.columns else ""
    return measure + "|" + breakdown + "|" + rows["area"].astype("string").fillna("") + "|" + rows["unit"].astype(str)


def _comparable(rows: pd.DataFrame) -> pd.DataFrame:
    """Rows that can be compared across packs: not targets, and not loose running-text numbers (the `figures`
    dataset) unless the loaders matched them to an indicator; the latest period of each figure."""
    keep = rows["dataset"] != "figures"
    if "indicator" in rows.columns:
        keep |= rows["indicator"].notna()
    if "role" in rows.columns:
        keep &= rows["role"].astype("string").fillna("value") != "target"
    picked = rows[keep]
    if picked.empty:
        return picked.assign(_key=pd.Series(dtype=str))
    picked = picked.assign(_key=_keys(picked), _when=picked["period"].map(sort_key))
    picked = picked.sort_values(["_when", "source_line"], ascending=[False, True], kind="stable")
    return picked.drop_duplicates("_key")


def verdict(change: float, polarity: object) -> str:
    """better, worse or no judgement for a change, by the indicator's polarity; "no change" for none."""
    if change == 0:
        return "no change"
    polarity = polarity if isinstance(polarity, str) else None
    if polarity == "higher is better":
        return "better" if change > 0 else "worse"
    if polarity == "lower is better":
        return "better" if change < 0 else "worse"
    return "no judgement"


def changes(now: pd.DataFrame, before: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """Figures printed in both packs whose value moved (up or down, better or worse), and how many did not."""
    columns = [
        "measure", "area", "unit", "period", "value", "period_before", "value_before", "direction", "verdict",
        "source_file", "source_line", "source_file_before", "source_line_before",
    ]  # fmt: skip
    a, b = _comparable(now), _comparable(before)
    if a.empty or b.empty:
        return pd.DataFrame(columns=columns), 0
    both = a.merge(b, on="_key", suffixes=("", "_before"))
    moved = both[both["value"] != both["value_before"]]
    polarity = [
        p if isinstance(p, str) else q for p, q in zip(moved["polarity"], moved["polarity_before"], strict=True)
    ]
    out = moved.assign(
        direction=["up" if d > 0 else "down" for d in moved["value"] - moved["value_before"]],
        verdict=[verdict(d, p) for d, p in zip(moved["value"] - moved["value_before"], polarity, strict=True)],
    )
    order = {"worse": 0, "better": 1, "no judgement": 2}
    out = out.assign(_order=out["verdict"].map(order)).sort_values(["_order", "source_line"], kind="stable")
    return out[columns].reset_index(drop=True), int(len(both) - len(moved))


def rated_now(rows: pd.DataFrame, meeting: pd.Timestamp | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A pack's figures rated Red or Amber, split into those that stand at `meeting` and those set aside
    (with `why`: older than the threshold, or of a body that no longer existed), each in printed order."""
    rag = rows["rag"].astype("string")
    rated = rows[rag.str.contains("|".join(CURRENT_RATINGS), na=False)].sort_values("source_line", kind="stable")
    why = marks(rated, meeting)
    return rated[why == ""], rated[why != ""].assign(why=why[why != ""])


def build(frame: pd.DataFrame, described: pd.DataFrame) -> Brief:
    """The brief for the latest pack of `frame` (`described` is packs.describe of the same frame)."""
    dated = described[described["meeting"].notna()]
    if frame.empty or dated.empty:
        return Brief(None)
    latest = _pack(dated.iloc[0])
    assert latest.meeting is not None
    previous = previous_pack(dated, latest)
    rows = frame[frame["source_file"] == latest.file]
    rated, set_aside = rated_now(rows, latest.meeting)
    moved, same = changes(rows, frame[frame["source_file"] == previous.file]) if previous else (pd.DataFrame(), 0)
    return Brief(
        latest,
        previous,
        latest.meeting - pd.DateOffset(years=STALE_YEARS),
        report_contents(rows),
        rated,
        set_aside,
        moved,
        same,
    )
