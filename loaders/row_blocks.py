"""Rows read from the right, and labels or header names printed away from their values.

Some tables print a rate inside a row's label, part of their column headers
after the rows or out of order, rows that start in a later year, their row
labels after all the values, or a small table as "label value" lines.  These
readers take the lines from where a spec says a table starts, take each row's
numbers from the right-hand end of its line, and pair names with values.

Separate from `loaders.captions_rows`, whose blocks are found without a spec's
help and keep a row's numbers however they are spread along the line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from loaders.captions_rows import CAPTION_RE, SECTION_HEADING_RE, Caption, Row, Table, is_numbered_heading
from loaders.header_text import YEAR_RE, year_columns
from loaders.numbers import NumberToken, scan
from loaders.reading import Pack, step_forward
from loaders.segmenting import Segments


@dataclass
class RowBlock:
    """Lines from a start line on: text before the first row, the rows, text after the last row."""

    rows: list[Row]
    header: list[tuple[int, str]]
    after: list[tuple[int, str]]
    start: int
    end: int


def trailing_values(
    text: str, *, accounting: bool = False, space_thousands: bool = False
) -> tuple[str, list[NumberToken]] | None:
    """A line that ends in a run of numbers: (label, numbers), else None.

    Numbers are taken from the right while only spaces or a currency sign stand
    between them, so a rate printed inside a label ("PCN Participation
    (£1.761pwp) CC 1,925,806 ...") stays part of the label.  A line whose last
    numbers are years ("19/20 20/21", "(2020/21") is a header, not a row.
    """
    tokens = scan(text, accounting=accounting, space_thousands=space_thousands)
    if not tokens or text[tokens[-1].end :].strip(" )"):
        return None
    run = [tokens[-1]]
    for prev in reversed(tokens[:-1]):
        if text[prev.end : run[0].start].strip(" £"):
            break
        run.insert(0, prev)
    years = [m.span() for m in YEAR_RE.finditer(text)]
    if any(a <= t.start < b for t in run for a, b in years):
        return None
    label = text[: run[0].start].strip().rstrip(":\u2013-").strip()
    return label, run


def read_row_block(
    pack: Pack,
    segments: Segments,
    start: int,
    *,
    limit: int = 150,
    max_gap: int = 3,
    accounting: bool = False,
    space_thousands: bool = False,
) -> RowBlock:
    """The first block of rows (lines ending in numbers) at or after `start`.

    Text before the first row is the block's header.  Once rows have started,
    the block ends at a numbered heading, at a year header of the next table,
    or after more than `max_gap` text lines; those text lines are `after` (where
    some tables print their column headers or row labels).  Blank lines and
    page furniture do not count.
    """
    rows: list[Row] = []
    header: list[tuple[int, str]] = []
    after: list[tuple[int, str]] = []
    last = min(start + limit, len(pack.lines))
    n = start
    for n in range(max(start, 1), last + 1):
        text = pack.lines[n - 1].strip()
        if not text or n in segments.furniture:
            continue
        parsed = trailing_values(text, accounting=accounting, space_thousands=space_thousands)
        if parsed is not None:
            if rows and after:
                break  # a second block: stop where the first one's trailing text ended
            rows.append(Row(n, parsed[0], tuple(parsed[1]), text))
            continue
        if not rows:
            header.append((n, text))
            continue
        if is_numbered_heading(text) or year_columns(text):
            break
        if len(after) >= max_gap:
            break
        after.append((n, text))
    return RowBlock(rows, header, after, start, n)


def align_right(tokens: Sequence[NumberToken], width: int) -> list[NumberToken | None]:
    """A short row's numbers placed in the last columns (a line that starts in a later year)."""
    return [None] * (width - len(tokens)) + list(tokens)[-width:]


def last_years(lines: Sequence[str], count: int) -> list[str] | None:
    """The last `count` financial years named in header lines, in order (years may wrap: "(2020/21")."""
    years = [y for text in lines for y in year_columns(text)]
    return years[-count:] if len(years) >= count else None


def names_in_lines(
    lines: Sequence[tuple[int, str]], find: Callable[[str], list[tuple[int, Any]]]
) -> list[tuple[int, Any]]:
    """Names `find` recognises in header lines, in printed order: (line, name)."""
    return [(n, x) for n, text in lines for _pos, x in sorted(find(text), key=lambda p: p[0])]


def resolve_columns_by_total(
    names: Sequence[str],
    rows: Sequence[Sequence[float | None]],
    *,
    is_total_name: Callable[[str], bool] = lambda s: "total" in s.casefold(),
    adds_up: Callable[[list[float], float], bool] | None = None,
) -> list[str] | None:
    """Column names for rows whose header names were printed out of column order.

    Some tables print part of their column headers after the rows (or above
    them in another order).  A name saying "Total" goes to the column that is
    the sum of the others on every full row; the other names keep their printed
    order.  None when the names do not fit the columns or no column is the total.
    """
    width = max((len(r) for r in rows), default=0)
    if len(names) != width or width < 2:
        return None
    full: list[list[float]] = [
        [v for v in r if v is not None] for r in rows if len(r) == width and all(v is not None for v in r)
    ]
    if not full:
        return None
    if adds_up is None:
        from loaders.checks import adds_up as _adds_up

        adds_up = _adds_up
    totals = [x for x in names if is_total_name(x)]
    if len(totals) != 1:
        return None if totals else list(names)
    total_col = None
    for j in range(width):
        if all(adds_up([v for k, v in enumerate(r) if k != j], r[j]) for r in full):
            total_col = j
            break
    if total_col is None:
        return None
    rest = iter(x for x in names if not is_total_name(x))
    return [totals[0] if j == total_col else next(rest) for j in range(width)]


def pair_labels_after(
    rows: Sequence[Row], labels: Sequence[tuple[int, str]]
) -> tuple[list[tuple[Row, tuple[int, str] | None]], str | None]:
    """Unlabelled rows paired in order with row labels printed after all the values.

    Returns the pairs and a warning when the counts differ (the pairs then stop
    at the shorter list and the rest stay unlabelled).
    """
    bare = [r for r in rows if not r.label]
    warning = None
    if len(bare) != len(labels):
        warning = f"{len(bare)} unlabelled rows but {len(labels)} labels printed after them"
    pairs: list[tuple[Row, tuple[int, str] | None]] = [
        (r, labels[i] if i < len(labels) else None) for i, r in enumerate(bare)
    ]
    return pairs, warning


def label_value_lines(
    pack: Pack, segments: Segments, caption: Caption, *, limit: int = 30, prose_width: int = 85
) -> list[Row]:
    """A small table printed as "label value" lines after its caption, one value per label.

    The first line after the caption is the header and is skipped.  A label
    wrapped over lines joins the line that carries its value; a value printed
    on the next line after its label ("3 (1 step down ...)") takes that label,
    and the bracketed note after it is skipped.  Stops at a long prose line, a
    caption, a numbered heading or (once rows are found) a line opening what
    follows ("Developments during 2020/21:").  `limit` counts a run of blank
    lines as one line (see `line_steps`).
    """
    rows: list[Row] = []
    pending: list[str] = []
    header_seen = False
    open_note = False
    for n in range(caption.line + 1, step_forward(pack.lines, caption.line, limit) + 1):
        text = pack.lines[n - 1].strip()
        if not text or n in segments.furniture:
            continue
        if CAPTION_RE.match(text) or SECTION_HEADING_RE.match(text) or len(text) >= prose_width:
            break
        if rows and text.endswith(":"):
            break
        if not header_seen:
            header_seen = True
            continue
        if open_note:
            open_note = text.count("(") >= text.count(")") and ")" not in text
            continue
        tokens = scan(text)
        if not tokens:
            pending.append(text)
            continue
        starts_with_value = tokens[0].start == 0 and pending
        tok = tokens[0] if starts_with_value else tokens[-1]
        label = " ".join(pending) if starts_with_value else " ".join([*pending, text[: tok.start]])
        rest = text[tok.end :]
        open_note = rest.count("(") > rest.count(")")
        rows.append(Row(n, " ".join(label.split()).rstrip(" :+-\u2013"), (tok,), text, rest.strip()))
        pending = []
    return rows


def wrapped_label(pack: Pack, segments: Segments, table: Table, row: Row) -> str:
    """A row label with the text-only line above it prefixed when the label was wrapped."""
    if row is table.rows[0]:
        return row.label
    n = row.line - 1
    while n > table.first_line and (not pack.lines[n - 1].strip() or n in segments.furniture):
        n -= 1
    above = pack.lines[n - 1].strip()
    if n > table.first_line and above and not scan(above) and len(above) < 60:
        return f"{above} {row.label}"
    return row.label
