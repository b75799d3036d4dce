"""From pack files to the validated tidy frame: the steps in order.

read -> segment -> find tables -> dataset specs (figures last) -> areas and
codes -> polarity -> restatement check -> meaning (indicator, breakdown,
benchmark, role: loaders/meaning.py) -> the text's figures filed under their
topic -> schema.  (Totals checks run inside
the specs that know which row is a total.)  Each pack is extracted on its own
(`extract_pack`), so packs can be cached, and spread over processes, one by one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from loaders import areas
from loaders.captions_rows import Table, find_tables
from loaders.checks import flag_restatements
from loaders.claims import unclaimed_tables
from loaders.errors import PackError
from loaders.header_text import period_text
from loaders.meaning import add_meaning
from loaders.measures import add_polarity
from loaders.misprints import resolve_against_tables
from loaders.reading import Pack, read_pack
from loaders.schema import coerce, validate
from loaders.segmenting import Segments, segment
from loaders.specs import ExtractContext, discover_specs, run_specs


@dataclass
class PackResult:
    """One pack's rows plus what the engine found that no spec claimed."""

    pack: Pack
    segments: Segments
    tables: list[Table]
    frame: pd.DataFrame
    notes: list[str] = field(default_factory=list)

    @property
    def unclaimed(self) -> list[Table]:
        """Tables with rows no dataset claimed (loaders.claims: the definition every command uses)."""
        return unclaimed_tables(self.tables, self.frame)


def extract_context(pack: Pack) -> ExtractContext:
    """Run every dataset spec over one pack."""
    segments = segment(pack)
    ctx = ExtractContext(pack, segments, find_tables(pack, segments), notes=list(pack.notes))
    run_specs(ctx, discover_specs())
    ctx.notes[:] = [_without_name(note, pack.name) for note in ctx.notes]
    return ctx


def _without_name(note: str, name: str) -> str:
    """A note without a leading "<file name>: ": every command prints the pack's name beside its notes."""
    return note[len(name) + 2 :] if note.startswith(f"{name}: ") else note


def to_frame(rows: list[dict[str, object]]) -> pd.DataFrame:
    """Tidy rows to a typed frame with area codes and polarity filled in."""
    frame = pd.DataFrame(rows)
    if frame.empty:
        return coerce(frame)
    printed = frame["area"].tolist()
    named = {a: areas.canonical(a if isinstance(a, str) else None) for a in set(printed)}  # a few places, many rows
    frame["area"] = [named[a][0] for a in printed]
    frame["area_code"] = [named[a][1] for a in printed]
    if "period" in frame:
        frame["period"] = [period_text(p) if isinstance(p, str) else p for p in frame["period"].tolist()]
    frame = coerce(frame)
    return add_polarity(frame)


def file_text_figures(frame: pd.DataFrame, topic_at: dict[tuple[int, int], str]) -> pd.DataFrame:
    """Figures of the running text under the topic their sentence is about ("The efficiency programme has
    delivered £27.4m": qipp), so the topic's page shows them.  Done last: the restatement and misprint checks
    and the meaning columns treat them as the text's figures they are."""
    if not topic_at or frame.empty:
        return frame
    keys = zip(frame["source_line"].tolist(), frame["source_column"].tolist(), strict=True)
    filed = [topic_at.get(k) for k in keys]
    datasets = [t if t and d == "figures" else d for t, d in zip(filed, frame["dataset"], strict=True)]
    frame["dataset"] = pd.array(datasets, dtype=frame["dataset"].dtype)
    return frame


def extract_pack(path: str | Path) -> PackResult:
    """One pack file to its tidy rows (validated) and its table index."""
    return extract_read(read_pack(path))


def extract_read(pack: Pack) -> PackResult:
    """A pack already read (from a file, or from the text a store kept) to its rows and table index."""
    ctx = extract_context(pack)
    resolve_against_tables(ctx.rows)
    frame = file_text_figures(add_meaning(flag_restatements(to_frame(ctx.rows))), ctx.text_topics)
    try:
        frame = validate(frame)
    except (pa.errors.SchemaError, pa.errors.SchemaErrors) as exc:
        line = _first_bad_line(frame, exc)
        raise PackError(pack.path, line, f"rows this pack gave do not fit the schema: {exc}") from exc
    return PackResult(pack, ctx.segments, ctx.tables, frame, ctx.notes)


def _first_bad_line(frame: pd.DataFrame, exc: Exception) -> int | None:
    """The pack line of the first row pandera rejected, so the error names where to look."""
    cases = getattr(exc, "failure_cases", None)
    if cases is None or "index" not in cases:
        return None
    rows = [i for i in cases["index"].dropna() if i in frame.index]
    return int(frame.loc[rows[0], "source_line"]) if rows else None
