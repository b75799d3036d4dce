"""A single-spaced table's header printed over two or three lines, parted into its columns.

A PDF library's plain text mode (pdfplumber's `extract_text`) prints a table's header cells that wrap as lines
of words joined by single spaces, the cells' first lines on one line, their second lines on the next:

    Adults Particulate Employment Temporary Fuel
    walking for matter PM2.5 rate, aged accommodation poverty
    Area travel (%) (µg/m³) 16-64 (%) (per 1,000) (%)

No position is left to tell where one cell ends, so each line is parted by what its words show: one word a
column, a unit in brackets closing a cell, names that start with a capital over a group of columns ("Life
expectancy Healthy life expectancy" over "Male Female Male Female"), and for a line with none of these, the widths
of the columns the other lines give (a cell's lines wrap at its column's width, so the parts of each line are
about as long as the column is wide).  Nothing here reads the rows; `loaders.plain_rows` asks for a header.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

MAX_CORNER_WORDS = 3  # the row labels' own header on the bottom line ("Area", "Funding stream")
_CLOSES_RE = re.compile(r"\)$")
OVER_WIDTH = 4  # the cost of each character squared a part runs past its column's width: a cell wraps before it
UNDER_WIDTH = 0.5  # the cost of each character a part falls short of it: a wrapped cell's last line often does


def _by_brackets(words: Sequence[str]) -> list[str]:
    """Words parted after each word that closes a bracket: "travel (%) (µg/m³) 16-64 (%)" -> "travel (%)",
    "(µg/m³)", "16-64 (%)"; words after the last bracket are a part of their own."""
    parts: list[list[str]] = [[]]
    for word in words:
        parts[-1].append(word)
        if _CLOSES_RE.search(word):
            parts.append([])
    return [" ".join(p) for p in parts if p]


def _by_capitals(words: Sequence[str]) -> list[str]:
    """Words parted where a capitalised word starts a name: "Life expectancy Healthy life expectancy"."""
    parts: list[list[str]] = []
    for word in words:
        if not parts or word[:1].isupper():
            parts.append([word])
        else:
            parts[-1].append(word)
    return [" ".join(p) for p in parts]


def _exact(words: Sequence[str], columns: int) -> tuple[int, list[str]] | None:
    """A parting the words show by themselves, with its strength (0 one word a column, 1 brackets, 2 names over
    groups of columns, each name spread over its group)."""
    if len(words) == columns:
        return 0, list(words)
    if len(bracketed := _by_brackets(words)) == columns:
        return 1, bracketed
    spans = _by_capitals(words)
    if 2 <= len(spans) < columns and columns % len(spans) == 0:
        return 2, [name for name in spans for _ in range(columns // len(spans))]
    return None


def _by_widths(words: Sequence[str], widths: Sequence[int]) -> list[str] | None:
    """The words parted into len(widths) runs that fit the widths best.  The widths are the least each column
    has (the longest part of it the other lines show), so a run longer than its width costs much more than a
    shorter one (the last line of a wrapped cell is often short); a run ending at a comma ("count," / "aged
    18-24") costs more too, as the phrase mostly goes on on the same line."""
    n, k = len(words), len(widths)
    if n < k:
        return None
    inf = float("inf")
    best = [[inf] * (n + 1) for _ in range(k + 1)]
    back = [[0] * (n + 1) for _ in range(k + 1)]
    best[0][0] = 0.0
    for j in range(1, k + 1):
        for end in range(j, n - (k - j) + 1):
            for start in range(j - 1, end):
                if best[j - 1][start] == inf:
                    continue
                part = " ".join(words[start:end])
                gap = len(part) - widths[j - 1]
                cost = best[j - 1][start] + (OVER_WIDTH * gap * gap if gap > 0 else -gap * UNDER_WIDTH)
                if part.endswith(",") and j < k:  # a cell's line ends at a comma only when its next word is long
                    cost += (widths[j - 1] // 2) ** 2
                if cost < best[j][end]:
                    best[j][end], back[j][end] = cost, start
    if best[k][n] == inf:
        return None
    parts: list[str] = []
    end = n
    for j in range(k, 0, -1):
        start = back[j][end]
        parts.insert(0, " ".join(words[start:end]))
        end = start
    return parts


def _corners(words: Sequence[str], columns: int) -> range:
    """How many first words of a header line may be the row labels' own header: capitalised words with no
    bracket or digit ("Area", "Funding stream", "Staff group"), leaving a word for each column."""
    most = 0
    for word in words[: min(MAX_CORNER_WORDS, len(words) - columns)]:
        if "(" in word or any(ch.isdigit() for ch in word) or not (most or word[:1].isupper()):
            break
        most += 1
    return range(most + 1)


def _best(words: Sequence[str], columns: int, bottom: bool) -> tuple[float, int, int, list[str]] | None:
    """The strongest parting a line shows by itself, with a corner of its first words or none: (strength, kind
    of parting, corner words, parts).  Names over groups of columns are read on a line over others only.  The
    label column's header sits on the rows: a corner on the bottom line is likelier than none, on a line over
    it unlikelier than names over groups."""
    best: tuple[float, int, int, list[str]] | None = None
    for corner in _corners(words, columns):
        found = _exact(words[corner:], columns)
        if found is None or (bottom and found[0] == 2):
            continue
        strength = found[0] + (0.0 if not corner else -0.5 if bottom else 2.5)
        if best is None or strength < best[0]:
            best = (strength, found[0], corner, found[1])
    return best


def part_header(texts: Sequence[str], columns: int) -> list[list[str]] | None:
    """Header lines (top first) each parted into the row labels' cell and `columns` value cells; the label
    cell is a line's first words (or empty).  None when some line cannot be parted or no line shows its parting
    by itself."""
    lines = [t.split() for t in texts]
    if not lines or not all(lines):
        return None
    found = [_best(words, columns, bottom=(n == len(lines) - 1) and len(lines) > 1) for n, words in enumerate(lines)]
    known = [f[3] for f in found if f is not None and f[1] < 2]
    if not known:
        return None
    widths = [max(len(parts[j]) for parts in known) for j in range(columns)]
    out: list[list[str]] = []
    for words, best in zip(lines, found, strict=True):
        if best is not None:
            out.append([" ".join(words[: best[2]]), *best[3]])
            continue
        tried = [(corner, _by_widths(words[corner:], widths)) for corner in _corners(words, columns)]
        scored = [
            (sum(abs(len(p) - w) for p, w in zip(parts, widths, strict=True)), corner, parts)
            for corner, parts in tried
            if parts is not None
        ]
        if not scored:
            return None
        _cost, corner, parts = min(scored)
        out.append([" ".join(words[:corner]), *parts])
    return out
