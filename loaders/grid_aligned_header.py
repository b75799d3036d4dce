"""An aligned table's header lines given to its columns, by where each run of header text lies on the line.

A run over one column is that column's; one over a group of columns (or over a reStructuredText span rule) is each
of the group's; two headers printed one space apart are split between their columns; a units row (``£000 £000``)
gives units, not header words; left-aligned stacks of words head the column under each stack.  Pure geometry of
header runs against the columns' spans, kept apart from reading the rows (loaders/grid_aligned.py).
"""

from __future__ import annotations

import re

from loaders.grid_cells import (
    RUN_RE,
    UNIT_WORDS,
)
from loaders.header_text import header_period, join_header

# reStructuredText's column-span rule under a header over a group of columns ("Life expectancy" over "Male
# Female"): one run of dashes per group
SPAN_RULE_RE = re.compile(r"^\s*-{2,}(?:\s+-{2,})+\s*$")


def _span_rules(head: list[tuple[int, str]]) -> dict[int, list[tuple[int, int]]]:
    """For each header line straight over a column-span rule, the rule's dash runs (index in `head` -> runs)."""
    return {
        i - 1: [m.span() for m in re.finditer(r"-+", text)]
        for i, (_n, text) in enumerate(head)
        if i > 0 and SPAN_RULE_RE.match(text)
    }


def assign_header(
    head: list[tuple[int, str]],
    spans: list[tuple[int, int]],
    left: int,
    rule: list[tuple[int, int]] | None = None,
) -> tuple[list[str], list[str] | None, str]:
    """Header runs to columns: each run to the column it overlaps (or, spanning several, to each it covers); under
    a rule of one dash run per column (`rule`), each column's header is the text over its run."""
    width = len(spans)
    if rule and len(rule) >= 2 and head and not _span_rules(head):
        return _header_by_rule(head, spans, left, rule)
    stacked = _left_aligned_header(head, spans, left)
    if stacked is not None:
        return stacked
    parts: list[list[str]] = [[] for _ in range(width)]
    units_row: list[str] | None = None
    corner: list[str] = []
    over: list[tuple[int, list[int]]] = []  # runs above that span columns: where each starts, and its columns
    ruled = _span_rules(head)
    for i, (_, text) in enumerate(head):
        if SPAN_RULE_RE.match(text):
            continue
        runs = [(m.start(), m.end(), m.group()) for m in RUN_RE.finditer(text)]
        if i in ruled:  # each header over the columns its dash run spans
            for s, e, t in runs:
                group = next(((ds, de) for ds, de in ruled[i] if ds <= s < de), None)
                cols = [c for c, (cs, ce) in enumerate(spans) if group and cs < group[1] and ce > group[0]]
                if e <= left - 1 or not cols:
                    corner.append(t)
                for c in cols:
                    parts[c].append(t)
            continue
        value_runs = [r for r in runs if r[1] > left - 1]
        if (
            value_runs
            and all(UNIT_WORDS.match(r[2].strip()) for r in value_runs)
            and len(value_runs) >= max(1, width // 2)
        ):
            units_row = [""] * width
            for s, e, t in value_runs:
                c = _nearest_column(s, e, spans)
                units_row[c] = t
            corner.extend(t for _, e, t in runs if e <= left - 1)
            continue
        spanning = _spans_groups(value_runs, spans)
        for s, e, t in runs:
            if e <= left - 1 and (s, e, t) not in value_runs:
                corner.append(t)
                continue
            covered = _covered_columns(s, e, spans)
            below = next((cols for start, cols in over if abs(start - s) <= 1), None)  # wrapped under one above
            pieces = (
                _aligned_pieces(s, t, [spans[c] for c in covered])
                if not spanning and len(covered) >= 2 and len(runs) > 1  # not a title line over the whole table
                else None
            )
            if pieces is not None:
                for c, piece in zip(covered, pieces, strict=True):
                    parts[c].append(piece)
                continue
            if spanning:
                covered = _spanned_columns(s, e, value_runs, spans)
            elif len(covered) >= 2:
                over.append((s, covered))
            else:
                covered = below or [_nearest_column(s, e, spans)]
            for c in covered:
                parts[c].append(t)
    return [join_header(p) for p in parts], units_row, join_header(corner)


def _header_by_rule(
    head: list[tuple[int, str]], spans: list[tuple[int, int]], left: int, rule: list[tuple[int, int]]
) -> tuple[list[str], list[str] | None, str]:
    """Headers over a rule that draws each column as a run of dashes (a converter's table: "Plan  Forecast
    Variance RAG" over "------ --------- ------"): the text over each run, up to the next run, is that column's,
    however closely two headers are printed; the text over the label column's run is the corner."""
    starts = [s for s, _ in rule]
    bounds = list(zip(starts, [*starts[1:], 10**6], strict=True))
    owner = [_column_under(s, e, spans, left) for s, e in rule]
    parts: list[list[str]] = [[] for _ in spans]
    corner: list[str] = []
    units_row: list[str] | None = None
    for _, text in head:
        pieces = [(c, text[a:b].strip()) for (a, b), c in zip(bounds, owner, strict=True)]
        values = [(c, t) for c, t in pieces if t and c is not None]
        units = all(UNIT_WORDS.match(t) for _, t in values) and len(values) >= max(1, len(spans) // 2)
        if units:
            units_row = [""] * len(spans)  # "(£000)  (£000)": each column's unit, not a word of its header
        for c, t in pieces:
            if not t:
                continue
            if c is None:
                corner.append(t)
            elif units_row is not None and units:
                units_row[c] = t
            else:
                parts[c].append(t)
    return [join_header(p) for p in parts], units_row, join_header(corner)


def _column_under(s: int, e: int, spans: list[tuple[int, int]], left: int) -> int | None:
    """The column a rule's dash run draws: the one its run overlaps most; None for the label column's run."""
    if e <= left:
        return None
    overlaps = [(min(e, ce) - max(s, cs), i) for i, (cs, ce) in enumerate(spans)]
    best = max(overlaps)
    return best[1] if best[0] > 0 else None


def _left_aligned_header(
    head: list[tuple[int, str]], spans: list[tuple[int, int]], left: int
) -> tuple[list[str], list[str] | None, str] | None:
    """Headers of several lines whose words start at one place per column (left-aligned, as a word processor sets
    them) over right-aligned numbers: each stack of words is the header of the column under it, in order, even
    where a wide header reaches over the next column's numbers. None when the header is not set that way."""
    if len(head) < 2 or any(SPAN_RULE_RE.match(text) for _, text in head):
        return None
    corner: list[str] = []
    runs: list[tuple[int, int, str]] = []
    units_row: list[str] | None = None
    for _, text in head:
        line_runs = [(m.start(), m.end(), m.group()) for m in RUN_RE.finditer(text)]
        corner.extend(t for _, e, t in line_runs if e <= left - 1)
        value_runs = [r for r in line_runs if r[1] > left - 1]
        if len(value_runs) >= max(1, len(spans) // 2) and all(UNIT_WORDS.match(t.strip()) for _, _, t in value_runs):
            units_row = [""] * len(spans)  # "£   £   %": each column's unit, not a word of its header
            for s, e, t in value_runs:
                units_row[_nearest_column(s, e, spans)] = t
        else:
            runs.extend(value_runs)
    starts = sorted({s for s, _, _ in runs})
    if len(starts) != len(spans):
        return None  # a stack per column, each starting at one place, or the header is set some other way
    for k, (start, (_, ce)) in enumerate(zip(starts, spans, strict=True)):
        previous_end = spans[k - 1][1] if k else 0
        if not previous_end <= start < ce or any(s == start and e > (starts + [10**6])[k + 1] for s, e, _ in runs):
            return None  # a stack must start after the previous column's numbers and before its own end
    lines_per_stack = [sum(1 for s, _, _ in runs if s == start) for start in starts]
    if max(lines_per_stack) < 2:
        return None  # one header line: the general reading places it
    parts = [join_header(t for s, _, t in runs if s == start) for start in starts]
    return parts, units_row, join_header(corner)


def _aligned_pieces(s: int, text: str, spans: list[tuple[int, int]]) -> list[str] | None:
    """Two columns' headers printed one space apart ("Homeless Overcrowded" over "12.4   3.1%"): the run splits
    at single spaces into one piece per column, each ending where its column ends (right-aligned headers) or each
    starting where it starts (left-aligned). A header over a group of columns lines up with neither."""
    spaces = [s + i for i, ch in enumerate(text) if ch == " "]  # each single space's place on the line
    end = s + len(text)

    def cut(edges: list[int], shift: int) -> list[str] | None:
        at = [next((c for c in spaces if abs(c + shift - x) <= 1), None) for x in edges]
        if any(c is None for c in at):
            return None
        bounds = [s, *(c + 1 for c in at if c is not None), end + 1]
        pieces = [text[a - s : b - s - 1].strip() for a, b in zip(bounds, bounds[1:], strict=False)]
        return pieces if all(pieces) and len(set(at)) == len(at) else None

    if abs(end - spans[-1][1]) <= 1:
        pieces = cut([e for _, e in spans[:-1]], 0)
        if pieces is not None:
            return pieces
    if abs(s - spans[0][0]) <= 1:
        return cut([b for b, _ in spans[1:]], 1)
    return None


def _covered_columns(s: int, e: int, spans: list[tuple[int, int]]) -> list[int]:
    """Columns whose middle a header run stretches over: two or more for a header that spans a group of columns
    ("Life expectancy at birth" over Male and Female)."""
    return [i for i, (cs, ce) in enumerate(spans) if s <= (cs + ce) / 2 <= e]


def _nearest_column(s: int, e: int, spans: list[tuple[int, int]]) -> int:
    overlaps = [(min(e, ce) - max(s, cs), i) for i, (cs, ce) in enumerate(spans)]
    best = max(overlaps)
    if best[0] > 0:
        return best[1]
    # no overlap: right-aligned headers end at the column's right edge, left-aligned ones (a reStructuredText
    # table's "%" over "11.5") start at its left edge
    return min(
        range(len(spans)),
        key=lambda i: min(
            abs(spans[i][1] - e), abs(spans[i][0] - s), abs((spans[i][0] + spans[i][1]) / 2 - (s + e) / 2)
        ),
    )


def _spans_groups(runs: list[tuple[int, int, str]], spans: list[tuple[int, int]]) -> bool:
    """Periods printed once over equal groups of columns ("2019-21" over Male and Female, "2020-22" over the
    next pair)."""
    if not runs or len(runs) >= len(spans) or len(spans) % len(runs) or not all(header_period(t) for _, _, t in runs):
        return False
    size = len(spans) // len(runs)
    return all(
        spans[g * size][0] - 2 <= (s + e) / 2 <= spans[(g + 1) * size - 1][1] + 2 for g, (s, e, _) in enumerate(runs)
    )


def _spanned_columns(s: int, e: int, runs: list[tuple[int, int, str]], spans: list[tuple[int, int]]) -> list[int]:
    """Columns under a spanning run: those whose centre is nearer this run's centre than any other run's."""
    centre = (s + e) / 2
    out = []
    for i, (cs, ce) in enumerate(spans):
        cc = (cs + ce) / 2
        nearest = min(runs, key=lambda r: abs((r[0] + r[1]) / 2 - cc))
        if abs((nearest[0] + nearest[1]) / 2 - centre) < 0.5:
            out.append(i)
    return out
