"""Pages printed in two columns side by side, as a PDF converter's layout mode gives a two-column report.

Each line of such a page holds the line of the left column, a gutter of spaces, then the line of the right
column: read as one line, a sentence of the left column runs on into the right column's, and a small table
in one column is taken for a row of the other.  A two-column block is found by its gutter: one place on the
line where, on several lines, words of prose stop on the left and words of prose start on the right, and no
line of the block prints across it.  The pack's lines are then given as two views of the same length: the
left view with each block line cut at the gutter (every other line as it is), the right view holding only
the right column's text at its own place on the line (every other line blank).  Line numbers and each
character's place on its line are those of the file, so provenance is unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.grid_panels import panel_lines
from loaders.perpack import per_pack

MIN_GUTTER_AT = 24
"""The left column is at least this wide: a gap nearer the margin is an indent or a numbered paragraph's."""
MIN_EVIDENCE_LINES = 2
"""Lines of prose on both sides of the gutter that a block needs: a table's header line has more than one gap."""
RIGHT_INDENT = 4
"""How far right of the gutter a right column's line may start (a small table indented in its column)."""
MIN_WORDS_A_SIDE = 3
"""Words either side of the gutter for a line to be prose in both columns."""

_GAP_RE = re.compile(r"\S( {2,})(?=\S)")
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'\u2019-]+")


@dataclass(frozen=True)
class ColumnBlock:
    """Lines `first`..`last` (1-based, inclusive) are two columns, the right one starting at `gutter`."""

    first: int
    last: int
    gutter: int


def _words(text: str) -> int:
    return len(_WORD_RE.findall(text))


def _prose_both_sides(text: str) -> list[int]:
    """Where a right column could start on this line: after its one gap of two or more spaces, with words of
    prose on either side of it."""
    gaps = list(_GAP_RE.finditer(text.strip()))
    if len(gaps) != 1:
        return []  # a table's row has gaps between its cells; two columns of prose have one, the gutter
    indent = len(text) - len(text.lstrip())
    gap = gaps[0]
    left, right = text[: indent + gap.start(1)], text[indent + gap.end(1) :]
    at = indent + gap.end(1)
    if at >= MIN_GUTTER_AT and _words(left) >= MIN_WORDS_A_SIDE and _words(right) >= MIN_WORDS_A_SIDE:
        return [at]
    return []


def _crosses(text: str, gutter: int) -> bool:
    """Whether a line does not fit the two columns: it prints across the gutter (a caption, a wide table's row, a
    page break), or right of it somewhere other than where the right column starts (a page number)."""
    if "\f" in text or (len(text) > gutter - 2 and text[gutter - 2 : gutter].strip() != ""):
        return True
    right = text[gutter:]
    return bool(right.strip()) and len(right) - len(right.lstrip()) > RIGHT_INDENT


@per_pack
def column_blocks(lines: tuple[str, ...]) -> tuple[ColumnBlock, ...]:
    """The pack's two-column blocks, in order: each a run of lines none of which crosses its gutter, holding at
    least `MIN_EVIDENCE_LINES` lines of prose on both sides of it."""
    votes: dict[int, list[int]] = {}
    cards = panel_lines(lines)  # a row of indicator cards is read whole, across its gaps (`loaders.grid_panels`)
    for n, text in enumerate(lines, 1):
        if len(text) > MIN_GUTTER_AT + 10 and "  " in text and n not in cards:
            for at in _prose_both_sides(text):
                votes.setdefault(at, []).append(n)
    blocks: list[ColumnBlock] = []
    taken: set[int] = set(cards)  # no block runs into a row of cards
    for gutter, evidence in sorted(votes.items(), key=lambda kv: -len(kv[1])):
        if len(evidence) < MIN_EVIDENCE_LINES:
            break
        seen = set(evidence)
        for n in evidence:
            if n in taken:
                continue
            first = last = n
            while first > 1 and first - 1 not in taken and not _crosses(lines[first - 2], gutter):
                first -= 1
            while last < len(lines) and last + 1 not in taken and not _crosses(lines[last], gutter):
                last += 1
            if sum(1 for k in range(first, last + 1) if k in seen) >= MIN_EVIDENCE_LINES:
                blocks.append(ColumnBlock(first, last, gutter))
            taken.update(range(first, last + 1))
    return tuple(sorted(blocks, key=lambda b: b.first))


@per_pack
def column_views(lines: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The lines to read one column at a time: the lines themselves where no page is in two columns, else the
    left view and the right view (see the module's docstring)."""
    blocks = column_blocks(lines)
    if not blocks:
        return (lines,)
    left, right = list(lines), [""] * len(lines)
    for b in blocks:
        for n in range(b.first, b.last + 1):
            text = lines[n - 1]
            left[n - 1] = text[: b.gutter].rstrip()
            right[n - 1] = (" " * b.gutter + text[b.gutter :]).rstrip() if text[b.gutter :].strip() else ""
    return (tuple(left), tuple(right))
