"""Synthetic data for the benchmarks: copies of the shipped packs, or of their tidy frame, with other figures.

Copy k of a pack keeps its layout (tables, captions, paragraphs) but prints different figures: every
number's digits go through a per-copy permutation (zero stays zero, so "0116" phone numbers and
"£0.5m" keep their shape), years move by a per-copy offset (financial years "2019/20" stay
consecutive), and the seven districts swap names with each other.  So each copy is new text for
every cache and memo, as a real council's next pack would be, and still a pack the loaders can read.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping, Sequence
from pathlib import Path

import pandas as pd

DISTRICTS = (
    "Blaby",
    "Charnwood",
    "Harborough",
    "Hinckley and Bosworth",
    "Melton",
    "North West Leicestershire",
    "Oadby and Wigston",
)
_DISTRICT_RE = re.compile("|".join(sorted(map(re.escape, DISTRICTS), key=len, reverse=True)))
# A year (maybe a financial year), a rate's base ("per 1,000" is part of a unit: kept), or any other digits.
_NUMBER_RE = re.compile(
    r"(?<!\d)(?:(?P<year>(?:19|20)\d{2})(?:(?P<sep>[/\-\u2013])(?P<tail>\d{2}))?(?!\d)"
    r"|(?P<base>(?i:(?<=per ))\d{1,3}(?:,?\d{3})*)|\d+)"
)


def vary(text: str, copy: int) -> str:
    """Pack text with copy `copy`'s numbers, years and district names (copy 0 prints the original's)."""
    if copy == 0:
        return text
    rng = random.Random(copy)
    digits = list("123456789")
    rng.shuffle(digits)
    table = str.maketrans("123456789", "".join(digits))
    shift = rng.choice([-4, -3, -2, -1, 1, 2, 3, 4])
    names = list(DISTRICTS)
    rng.shuffle(names)
    swap = dict(zip(DISTRICTS, names, strict=True))

    def number(m: re.Match[str]) -> str:
        if m.group("year"):
            year = str(int(m.group("year")) + shift)
            return f"{year}{m.group('sep')}{(int(m.group('tail')) + shift) % 100:02d}" if m.group("tail") else year
        return m.group(0) if m.group("base") else m.group(0).translate(table)

    return _DISTRICT_RE.sub(lambda m: swap[m.group(0)], _NUMBER_RE.sub(number, text))


def write_corpus(sources: list[Path], out: Path, packs: int) -> list[Path]:
    """`packs` pack files in `out`: copy 0 of every source, then copy 1, ..., as many as asked."""
    out.mkdir(parents=True, exist_ok=True)
    texts = [(p, p.read_bytes().decode("utf-8", "surrogateescape")) for p in sources]
    written: list[Path] = []
    copy = 0
    while len(written) < packs:
        for src, text in texts:
            if len(written) == packs:
                break
            path = out / f"c{copy:04d}_{src.name}"
            if not path.exists():
                path.write_bytes(vary(text, copy).encode("utf-8", "surrogateescape"))
            written.append(path)
        copy += 1
    return written


_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def replicate_frame(
    frame: pd.DataFrame, copies: int, sources: Mapping[str, Sequence[str]] | None = None
) -> tuple[pd.DataFrame, dict[str, Sequence[str]]]:
    """`copies` copies of a tidy frame as if from that many more packs: still a valid tidy frame.

    Copy k comes from packs named "rKKK_<name>" published k quarters earlier: pack and meeting dates
    move back k quarters, years in periods back k // 4 years, and values change by a few per cent,
    so each copy is a distinct set of rows (the key stays unique).  The source viewer's lines are
    shared with the original pack.
    """
    parts, lines = [], {}
    for k in range(copies):
        part = frame.copy()
        rename = {name: f"r{k:03d}_{name}" for name in frame["source_file"].unique()}
        part["source_file"] = part["source_file"].map(rename).astype("string")
        shift = pd.DateOffset(months=3 * k)
        part["pack_date"] = part["pack_date"] - shift
        part["meeting_date"] = part["meeting_date"] - shift
        back = k // 4
        if back:
            part["period"] = part["period"].str.replace(
                _YEAR_RE, lambda m, back=back: str(int(m.group(0)) - back), regex=True
            )
        part["value"] = part["value"] * (1 + ((k * 37) % 21 - 10) / 200)
        parts.append(part)
        for name, new in rename.items():
            lines[new] = (sources or {}).get(name, ())
    return pd.concat(parts, ignore_index=True), lines
