"""Tables whose columns are kept apart by runs of spaces (a PDF converter's layout mode, an HTML page as w3m
prints it): rows of a label run and value runs in line, labels wrapped over two or three lines with the values on
any of them, group headings, subtotal rows with no label, page footers inside the table, and the header lines
above the rows (or printed after them).

The layout most converters print, with its own idea of a row (a line whose runs fall in the table's columns), so
it has a module of its own; which header words go to which column is loaders/grid_aligned_header.py's.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from loaders import areas
from loaders.captions_rows import COLUMN_RULE_RE, caption_below
from loaders.grid_aligned_header import SPAN_RULE_RE, assign_header
from loaders.grid_captions import (
    CONNECTOR_END_RE,
    PROSE_CHARS,
    SOURCE_NOTE_RE,
    caption_continued,
    caption_text,
    find_caption,
    is_prose,
)
from loaders.grid_cells import (
    DIGIT_RE,
    PERIOD_CELL_RE,
    RUN_RE,
    UNIT_WORDS,
    WORD_CELL_WORDS,
    CellItem,
    cell_items,
    column_roles,
    strip_markup,
    with_unit_period,
    word_item,
    years_in_step,
)
from loaders.grid_model import RAG_WORDS, Grid, GridRow
from loaders.header_text import join_header
from loaders.numbers import is_missing
from loaders.places import PLACE_DIMENSIONS
from loaders.prefilter import digit_lines

_SINGLE_SPACED_ROW_RE = re.compile(
    r"^\s*(?:\S+ )*?[£(]?\d[\d,.%)]*(?: [£(]?\d[\d,.%)]*)+\s*$|^\s*[A-Za-z].* \d[\d,.]*%?(?: \d[\d,.]*%?)+\s*$"
)

_SEPARATOR_RE = re.compile(r"^\s*[-=_\u2013\u2014]{4,}(?:\s+[-=_\u2013\u2014]{4,})*\s*$")

FOOTER_RE = re.compile(
    r"^\s*(?:(?:Agenda\s+Item|Page|Item)\s+\d+[A-Za-z]?(?:\s+of\s+\d+)?|\d{1,3}|-\s*\d{1,3}\s*-)\s*$", re.I
)

_RATED_CELL_RE = re.compile(r"^(\S+) ((?:red|amber|green|blue|amber/green|red/amber))$", re.IGNORECASE)

TITLE_SHARE = 0.7  # a header line this share of its table's width, alone on its line, is the table's title

WRAP_GAP = 8  # blank or footer lines a table may span (a page break)


@dataclass
class _Line:
    n: int
    text: str
    indent: int
    label: str
    items: list[CellItem]  # value and word items right of the label

    @property
    def values(self) -> list[CellItem]:
        return [it for it in self.items if it.token is not None]


def _aligned_line(n: int, text: str) -> _Line | None:
    """A line read as a table row: a label run, then runs that are only numbers, gap markers or short words."""
    if "|" in text or "\t" in text or not DIGIT_RE.search(text):
        return None  # a pipe or tab row, or no number to be a value (most lines of a pack)
    runs = [(m.start(), m.group()) for m in RUN_RE.finditer(text)]
    if not runs:
        return None
    items: list[CellItem] = []
    k = len(runs)
    trailing_words = 0
    while k > 1 or (k == 1 and items):
        start, run = runs[k - 1]
        found = cell_items(run, start)
        if found is None and PERIOD_CELL_RE.match(run):
            found = [CellItem(start, start + len(run), None, run)]
        if found is None and (rated := _RATED_CELL_RE.match(run)):  # "-1.7 Amber": a value, one space, its RAG
            value = cell_items(rated.group(1), start)
            if value and all(it.token for it in value):
                found = [*value, CellItem(start + rated.start(2), start + len(run), None, rated.group(2))]
                trailing_words += 1
        if found is None:
            word = word_item(run, start)
            if word is None or len(word.text.split()) > WORD_CELL_WORDS:
                break
            if not any(it.token for it in items):
                trailing_words += 1
                if trailing_words > 3:  # a RAG and two SPC columns ("Red  Common cause  Hit and miss")
                    break
            items.insert(0, word)
        else:
            items[:0] = found
        k -= 1
    while (
        items
        and items[0].token is None
        and items[0].text.casefold() not in RAG_WORDS
        and not is_missing(items[0].text)
        and not PERIOD_CELL_RE.match(items[0].text)
    ):
        k += 1  # words left of the first number are the label's
        items.pop(0)
    if 1 < k < len(runs) and len(runs[0][1]) < PROSE_CHARS and sum(1 for it in items if it.token) >= 2:
        # "Abbeyford   Hallam   Q2   74.1   79.0": text columns between the label and the values (a district, a
        # quintile); a header line's words over a lone figure ("patients  (fully  1,000") are no row
        middle = [word_item(run, start) for start, run in runs[1:k]]
        if all(w is not None and len(w.text.split()) <= WORD_CELL_WORDS for w in middle):
            items[:0] = [w for w in middle if w is not None]
            k = 1
    label_runs = runs[:k]
    label = " ".join(r for _, r in label_runs)
    if not any(it.token for it in items):
        return None
    if len(runs) - k == 1 and sum(1 for it in items if it.token) >= 3:
        return None  # "Asexual  100% 0% 0% 0%": values kept apart by single spaces, no columns to align
    if len(label_runs) > 1 or label_runs and _prose_label(label_runs[0][1], items):
        return None  # prose, or header text spread over several columns
    if (
        not label
        and items[0].token is None
        and PERIOD_CELL_RE.match(items[0].text)
        and len(items) > 1
        and all(it.token is not None and not PERIOD_CELL_RE.match(it.text) for it in items[1:])
    ):
        label = items.pop(0).text  # "2019/20   74.5": a row known by its period (not a header's line of periods)
    if not label and len([it for it in items if it.token]) < 2:
        return None  # a page number, a lone figure
    if label and label_runs and label_runs[-1][0] + len(label_runs[-1][1]) + 2 > items[0].start:
        return None
    if re.match(r"^\d{1,2}(?:\.\d{1,2})*\.?$", label):  # a numbered paragraph's number and a figure
        return None
    if years_in_step([it.text for it in items]):
        return None  # "Area  2017  2018  2019": a header of years, not a row of values
    indent = len(text) - len(text.lstrip())
    return _Line(n, text, indent, label, items)


LONG_LABEL_CHARS = 100  # a row's name this long, before two values or more, is still a name (a rate in brackets)
_SENTENCE_STOP_RE = re.compile(r"[.;:](?:\s|$)")


def _prose_label(label: str, items: list[CellItem]) -> bool:
    """A label run too long for a row's name: a sentence, unless it states no sentence and two values or more
    follow it ("General medical services global sum (£121.79 per weighted patient)   £38,420   £38,910")."""
    if len(label) < PROSE_CHARS:
        return False
    values = sum(1 for it in items if it.token)
    return len(label) >= LONG_LABEL_CHARS or values < 2 or bool(_SENTENCE_STOP_RE.search(label))


def aligned_grids(lines: Sequence[str], furniture: frozenset[int]) -> list[Grid]:
    grids: list[Grid] = []
    lines = without_reference_column(lines)
    numbered = digit_lines(lines)  # a table's first row holds a number: only these lines can start one
    total = len(lines)
    n = numbered[0] if numbered else total + 1
    while n <= total:
        row = _aligned_line(n, lines[n - 1]) if n not in furniture else None
        if row is None or not row.label and len(row.values) < 2 or _periods_only(row):
            n = _next_of(numbered, n, total)  # a line of years under the headers is theirs: the rows start below
            continue
        block_end, members = _grow_block(lines, furniture, n)
        data = [m for m in members if isinstance(m, _Line)]
        if len(data) >= 2 and len(data[0].values) >= 1 and not _beside_single_spaced_rows(lines, n, block_end):
            grid = _aligned_grid(lines, furniture, members)
            if grid is not None:
                grids.append(grid)
                n = _next_of(numbered, block_end, total)
                continue
        n = _next_of(numbered, n, total)
    return grids


# A reference code opening a row before its name ("QP01   Elective recovery ...", "S-3   Estates ..."), its cell
# kept apart by two spaces or more ("Q2   76.8", a quintile before its values, is the row's label); and the word
# heading such a column.
_REFERENCE_RE = re.compile(r"^(\s*)((?P<letters>[A-Z]{1,4})[-/.]?\d{1,4}[a-z]?)(?=\s{2,}[A-Za-z])")
_REFERENCE_HEADER_RE = re.compile(r"^(\s*)(Ref\.?|Reference|No\.?|ID|Code)(?=\s{2,}\S)", re.IGNORECASE)
REFERENCE_ROWS = 3  # rows a column of codes runs over at least, one after another within a few lines
REFERENCE_REACH = 6  # lines above its first code a column's "Ref" header may be


def without_reference_column(lines: Sequence[str]) -> Sequence[str]:
    """The lines with a column of reference codes ("QP01" ... "QP06" under "Ref") blanked to spaces, so a table's
    row labels are its scheme names, not codes that read as labels of their own: a run of REFERENCE_ROWS rows or
    more, each opening with a code of the same letters at the same indent.  The lines keep their lengths, so every
    value keeps its place."""
    codes = [(n - 1, m) for n in digit_lines(lines) if (m := _REFERENCE_RE.match(lines[n - 1]))]  # a code has a digit
    if len(codes) < REFERENCE_ROWS:
        return lines
    out = list(lines)
    i = 0
    while i < len(codes):
        shape = _code_shape(codes[i][1])
        j = i + 1
        while j < len(codes) and codes[j][0] - codes[j - 1][0] <= REFERENCE_REACH and _code_shape(codes[j][1]) == shape:
            j += 1
        if j - i >= REFERENCE_ROWS:
            for n, m in codes[i:j]:
                out[n] = _blanked(out[n], m)
            for n in range(codes[i][0] - 1, max(-1, codes[i][0] - REFERENCE_REACH - 1), -1):
                h = _REFERENCE_HEADER_RE.match(out[n])
                if h is not None and abs(len(h.group(1)) - shape[0]) <= 1:
                    out[n] = _blanked(out[n], h)
                    break
        i = j
    return out


def _code_shape(m: re.Match[str]) -> tuple[int, str]:
    """A reference code's indent and letters ("QP" of "QP01"): the codes of one column share both."""
    return len(m.group(1)), m.group("letters")


def _blanked(text: str, m: re.Match[str]) -> str:
    """The line with the cell `m` matched (group 2, after the indent in group 1) turned to spaces."""
    return m.group(1) + " " * len(m.group(2)) + text[m.end() :]


def told_apart(headers: list[str], units_row: list[str] | None) -> list[str]:
    """Headers with the units row's words after those that would otherwise be the same: a heading centred over two
    columns ("GPs (excluding trainees)") whose line below names each ("FTE", "Headcount")."""
    if not units_row:
        return headers
    seen = Counter(h for h in headers if h)
    return [
        join_header([h, u]) if h and seen[h] > 1 and u and u.casefold() not in h.casefold() else h
        for h, u in zip(headers, [*units_row, *[""] * (len(headers) - len(units_row))], strict=False)
    ]


CORNER_WORDS = (*PLACE_DIMENSIONS, "indicator", "indicators", "measure", "measures", "metric", "metrics")


def _periods_only(row: _Line) -> bool:
    """A line of periods ("2022/23   2023   2023/24"), alone or after the header's corner ("Neighbourhood  2022/23
    2023"): the last line of a header, not a row of values."""
    if row.label and row.label.strip(" :*").casefold() not in CORNER_WORDS:
        return False
    return bool(row.items) and all(PERIOD_CELL_RE.match(it.text) for it in row.items)


def _next_of(numbered: tuple[int, ...], n: int, total: int) -> int:
    """The first of the (sorted) line numbers after line n, or one past the last line when none is."""
    i = bisect_right(numbered, n)
    return numbered[i] if i < len(numbered) else total + 1


def _beside_single_spaced_rows(lines: Sequence[str], first: int, last: int) -> bool:
    """Whether the nearest lines above and below a block are rows printed with single spaces ("65-74 6 18 11"):
    then the block's wide gaps are empty cells of that table ("75+  11 7"), not columns of its own."""
    for n, step in ((first - 1, -1), (last + 1, 1)):
        while 1 <= n <= len(lines) and not lines[n - 1].strip():
            n += step
        if 1 <= n <= len(lines) and _SINGLE_SPACED_ROW_RE.match(lines[n - 1]):
            return True
    return False


def _grow_block(
    lines: Sequence[str], furniture: frozenset[int], first: int
) -> tuple[int, list[_Line | tuple[int, str]]]:
    """Lines from `first` that belong to one table: rows, wrapped labels, group headings, separators, footers."""
    members: list[_Line | tuple[int, str]] = []
    n = first
    last_data = first
    gap = 0
    total = len(lines)
    while n <= total:
        text = lines[n - 1]
        if not text.strip() and n > 1 and not lines[n - 2].strip():
            n += 1  # a run of blank lines counts as one, however a converter spaces them
            continue
        if not text.strip() or n in furniture or FOOTER_RE.match(text) or _SEPARATOR_RE.match(text):
            gap += 1
            if gap > WRAP_GAP:
                break
            n += 1
            continue
        row = _aligned_line(n, text)
        if row is not None:
            if gap > 2 and not _fits_columns(row, members):
                break
            members.append(row)
            last_data = n
            gap = 0
            n += 1
            continue
        if caption_text(text) or is_prose(text) or SOURCE_NOTE_RE.match(text):
            break
        if _SINGLE_SPACED_ROW_RE.match(text):
            break  # "Other 11 6 3": a row of a table printed with single spaces, another layout than this one
        if re.match(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s{2,}", text) or text.lstrip().startswith(("#", "\u2022", "- ")):
            break
        if gap > 1:
            break
        members.append((n, text))
        gap = 0
        n += 1
    while members and not isinstance(members[-1], _Line):
        # a text line after the last row belongs to it only as a wrapped continuation: indented under its label,
        # its last words in lower case ("Adult social" / "care") or its period ("Fuel poverty (%)," / "2022")
        tail = members[-1]
        prev = next((m for m in reversed(members[:-1]) if isinstance(m, _Line)), None)
        if (
            prev is not None
            and isinstance(tail, tuple)
            and tail[0] == prev.n + 1
            and (
                _indent(tail[1]) > prev.indent
                or tail[1].lstrip()[:1].islower()
                or PERIOD_CELL_RE.match(tail[1].strip())
            )
        ):
            break
        members.pop()
    end = last_data
    if members:
        tail_member = members[-1]
        end = tail_member.n if isinstance(tail_member, _Line) else tail_member[0]
    return max(end, last_data), members


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())


def _fits_columns(row: _Line, members: list[_Line | tuple[int, str]]) -> bool:
    """After a page break, a row continues the table only if its values end where the table's do (or start
    there: left-aligned columns)."""
    ends = {it.end for m in members if isinstance(m, _Line) for it in m.values}
    starts = {it.start for m in members if isinstance(m, _Line) for it in m.values}
    return bool(ends) and all(
        any(abs(it.end - e) <= 1 for e in ends) or any(abs(it.start - s) <= 1 for s in starts) for it in row.values
    )


def _column_spans(data: list[_Line]) -> list[tuple[int, int]]:
    """Value columns as spans on the line: the union of overlapping items of every row."""
    spans = sorted((it.start, it.end) for row in data for it in row.items)
    merged: list[list[int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [(s, e) for s, e in merged]


def _column_of(item_start: int, item_end: int, spans: list[tuple[int, int]]) -> int | None:
    for i, (s, e) in enumerate(spans):
        if item_start < e and item_end > s:
            return i
    return None


def _years_in_label_column(members: list[_Line | tuple[int, str]]) -> None:
    """A year standing where the other rows print their labels ("House price to earnings ratio," / "2024   8.9
    7.4 ..."), in a table whose rows have labels, is the end of a wrapped label, not a value: moved into the label."""
    data = [m for m in members if isinstance(m, _Line)]
    labelled = [m for m in data if m.label and m.items]
    if len(labelled) < 2:
        return
    label_end = min(m.items[0].start for m in labelled)
    for m in data:
        if not m.label and len(m.values) >= 3 and PERIOD_CELL_RE.match(m.items[0].text) and m.items[0].end < label_end:
            m.label = m.items[0].text
            m.items = m.items[1:]


def _aligned_grid(
    lines: Sequence[str], furniture: frozenset[int], members: list[_Line | tuple[int, str]]
) -> Grid | None:
    _years_in_label_column(members)
    data = [m for m in members if isinstance(m, _Line)]
    spans = _column_spans(data)
    if not spans:
        return None
    left = spans[0][0]
    # header lines: the run of short non-prose lines above the first row, up to a blank line after them or a caption
    first = data[0].n
    head = _header_above(lines, furniture, first)
    while head and head[-1][0] == first - 1 and all(m.end() <= left - 1 for m in RUN_RE.finditer(head[-1][1])):
        members.insert(0, head.pop())  # the first row's label wrapped onto the line above it, not a header
        first -= 1
        if not head:
            head = _header_above(lines, furniture, first)
    title, head = _title_over(head, [m.text if isinstance(m, _Line) else m[1] for m in members])
    headers, units_row, corner = assign_header(head, spans, _ruled_left(lines, first, left), _rule_over(lines, first))
    if not any(headers):
        below = _header_below(lines, furniture, data[-1].n, spans, left)
        if below is not None:
            headers, units_row, corner = below
    headers = told_apart(headers, units_row)
    rows = _aligned_rows(members, spans, left)
    if len(rows) < 2 or sum(len(r.values) for r in data) < 0.4 * len(data) * len(spans):
        return None  # too few rows, or cells too sparse to be columns (spaces padding another layout's rows)
    width = len(spans)
    col_items: list[list[CellItem | None]] = [[] for _ in range(width)]
    for r in data:
        slot: list[CellItem | None] = [None] * width
        for it in r.items:
            c = _column_of(it.start, it.end, spans)
            if c is not None:
                slot[c] = it
        for i in range(width):
            col_items[i].append(slot[i])
    columns = column_roles(["", *headers], [[None] * len(data), *col_items], 0)[1:]
    first_line = min(min(r[2]) for r in rows)
    cap_below = caption_below(lines, max(max(r[0], *r[2]) for r in rows))
    caption: str | None
    cap_line: int | None
    if cap_below is not None:
        caption, cap_line = caption_text(lines[cap_below - 1]), cap_below
        if caption and (more := caption_continued(lines, cap_below)):
            caption = f"{caption} {more}"
    else:
        caption, cap_line = find_caption(lines, title[0] if title else head[0][0] if head else first_line)
        if title and (cap_line is None or not caption_text(lines[cap_line - 1])):
            caption, cap_line = title[1], title[0]  # a numbered caption above the title is the table's own
    columns = [with_unit_period(c, units_row[i] if units_row else None, caption) for i, c in enumerate(columns)]
    grid_rows = []
    for row in rows:
        slots: list[CellItem | None] = [None] * width
        for it in row[3]:
            c = _column_of(it.start, it.end, spans)
            if c is not None:
                slots[c] = it
        values = tuple(
            it.token if it is not None and columns[i].role == "values" else None for i, it in enumerate(slots)
        )
        words = tuple(it.text if it is not None and columns[i].role != "values" else None for i, it in enumerate(slots))
        grid_rows.append(GridRow(row[0], row[1], row[2], values, words, row[4]))
    return Grid(
        "aligned",
        first_line,
        max(max(r.line, *r.label_lines) for r in grid_rows),  # a last label wrapped under its values too
        columns,
        grid_rows,
        corner=corner,
        caption=caption,
        caption_line=cap_line,
        header_lines=tuple(n for n, _ in head),
    )


def _title_over(
    head: list[tuple[int, str]], body: Sequence[str]
) -> tuple[tuple[int, str] | None, list[tuple[int, str]]]:
    """A header's first line that is one run of three words or more across most of the table's width: the title an
    HTML page centres over its table (a `<caption>` as w3m prints it), not the header of every column."""
    if len(head) < 2:
        return None, head
    n, text = head[0]
    runs = list(RUN_RE.finditer(text))
    rest = [t for t in (*(t for _, t in head[1:]), *body) if t.strip()]
    if len(runs) != 1 or len(runs[0].group().split()) < 3 or not rest or UNIT_WORDS.match(runs[0].group()):
        return None, head
    left = min(len(t) - len(t.lstrip()) for t in rest)
    right = max(len(t.rstrip()) for t in rest)
    if runs[0].end() - runs[0].start() < TITLE_SHARE * (right - left):
        return None, head
    return (n, " ".join(strip_markup(text).split())), head[1:]


def _header_above(lines: Sequence[str], furniture: frozenset[int], first: int) -> list[tuple[int, str]]:
    """The run of short lines above a table's first row (after blank lines), up to a caption or prose."""
    head: list[tuple[int, str]] = []
    n = first - 1
    while n >= 1 and not lines[n - 1].strip():
        n -= 1
    while n >= 1 and lines[n - 1].strip() and n not in furniture:
        text = lines[n - 1]
        if _SEPARATOR_RE.match(text):
            if head and SPAN_RULE_RE.match(text):
                head.insert(0, (n, text))  # a rule under headers over groups of columns: where each group lies
            n -= 1  # a rule under or over the header ("------") is no header text and ends nothing
            continue
        if caption_text(text) or is_prose(text) or _SINGLE_SPACED_ROW_RE.match(text):
            break
        if n > 1 and caption_text(lines[n - 2]) and caption_continued(lines, n - 1):
            break  # the caption's second line
        head.insert(0, (n, text))
        n -= 1
    while head and SPAN_RULE_RE.match(head[0][1]):
        head.pop(0)  # a rule over the whole header spans nothing
    return [] if any(is_prose(t) for _, t in head) else head


def _rule_over(lines: Sequence[str], first: int) -> list[tuple[int, int]] | None:
    """The dash runs of a rule straight over a table's rows, one per column ("-------- ------- -------", under
    the header of a converter's table): where each column lies, however closely its header is printed."""
    n = first - 1
    while n >= 1 and not lines[n - 1].strip():
        n -= 1
    if n < 1 or not SPAN_RULE_RE.match(lines[n - 1]):
        return None
    return [m.span() for m in re.finditer(r"-+", lines[n - 1])]


def _ruled_left(lines: Sequence[str], first: int, left: int) -> int:
    """Where a table's first value column starts for its header: a reStructuredText table's column rule over
    the rows ("==========  ========") marks it, left of right-aligned values whose headers start at the rule."""
    for n in range(first - 1, max(0, first - 8), -1):
        if COLUMN_RULE_RE.match(lines[n - 1]):
            runs = [m.start() for m in re.finditer(r"=+", lines[n - 1])]
            return min(left, runs[1])
        if not lines[n - 1].strip():
            break
    return left


def _header_below(
    lines: Sequence[str], furniture: frozenset[int], last: int, spans: list[tuple[int, int]], left: int
) -> tuple[list[str], list[str] | None, str] | None:
    """Headers printed after the rows (some converters move them): short lines right under the table."""
    head: list[tuple[int, str]] = []
    n = last + 1
    while n <= len(lines) and not lines[n - 1].strip() and n <= last + 2:
        n += 1  # a blank line or two, not a page's worth: what is further down is not this table's
    while n <= len(lines) and lines[n - 1].strip() and len(head) < 5:
        text = lines[n - 1]
        if is_prose(text) or caption_text(text) or SOURCE_NOTE_RE.match(text) or _aligned_line(n, text) is not None:
            break
        head.append((n, text))
        n += 1
    if not head:
        return None
    headers, units, corner = assign_header(head, spans, left)
    return (headers, units, corner) if sum(1 for h in headers if h) >= max(1, len(spans) - 1) else None


def _aligned_rows(
    members: list[_Line | tuple[int, str]], spans: list[tuple[int, int]], left: int
) -> list[tuple[int, str, tuple[int, ...], list[CellItem], str | None]]:
    """Rows with wrapped labels joined: (line of values, label, label lines, items, group heading)."""
    rows: list[list[Any]] = []  # [line, label parts, label lines, items, group, indent]
    pending: list[tuple[int, str, int]] = []  # text lines waiting to start the next row's label
    group: str | None = None
    width, padded = _padded_label_column(members, left)
    for i, m in enumerate(members):
        if isinstance(m, _Line):
            label_parts = [p for _, p, _ in pending] + ([m.label] if m.label else [])
            lines_ = [n for n, _, _ in pending] + [m.n]
            indent = pending[0][2] if pending else m.indent
            label = join_header(label_parts)
            if not label and not (m.items and PERIOD_CELL_RE.match(m.items[0].text)):
                label = "Total"  # a row of values under the others with no label: a total (not a year's row)
            rows.append([m.n, label, lines_, m.items, group, indent, m])
            pending = []
            continue
        n, text = m
        near = [r.group() for r in RUN_RE.finditer(text) if r.start() < left]
        if not near:
            continue  # only words under the word columns: a wrapped cell ("Special cause" / "improvement")
        t = " ".join(" ".join(near).split())  # the label's part of the line, without those wrapped word cells
        ind = _indent(text)
        prev = members[i - 1] if i > 0 else None
        nxt = members[i + 1] if i + 1 < len(members) else None
        prev_row = rows[-1] if rows else None
        attached_prev = prev_row is not None and isinstance(prev, (_Line, tuple)) and _line_no(prev) == n - 1
        next_row = nxt if isinstance(nxt, _Line) and nxt.n == n + 1 else None
        continues_pending = bool(pending) and pending[-1][0] == n - 1 and not isinstance(prev, _Line)
        after = members[i + 2] if i + 2 < len(members) else None
        heads_indented_rows = (  # "Districts" over "   Sallowford  79.6" / "   Tedmarsh  76.9": a group heading
            next_row is not None
            and next_row.indent > ind
            and isinstance(after, _Line)
            and after.n == next_row.n + 1
            and after.indent == next_row.indent
            and not CONNECTOR_END_RE.search(t)
        )
        if heads_indented_rows and not continues_pending:
            group = t.strip(" :")
            pending = []
            continue
        starts_next_label = (
            next_row is not None
            and bool(next_row.indent > ind or CONNECTOR_END_RE.search(t) or next_row.label[:1].islower())
            and not (attached_prev and prev_row is not None and (ind > prev_row[5] or t[:1].islower()))
        )
        if continues_pending or starts_next_label:
            pending.append((n, t, ind))
        elif (
            attached_prev
            and prev_row is not None
            and (
                (padded and _wraps_cell(prev_row, t, width, members, i))
                or ind > prev_row[5]
                or t[:1].islower()
                or t.startswith("(")
                or PERIOD_CELL_RE.match(t)
                or _completes_body(prev_row[1], t)
            )
        ):
            prev_row[1] = join_header([prev_row[1], t])
            prev_row[2].append(n)
        elif next_row is not None and next_row.indent > ind:
            pending.append((n, t, ind))
        else:
            group = t.strip(" :")
            pending = []
    return [(r[0], r[1], tuple(sorted(r[2])), r[3], r[4]) for r in rows]


def _label_end(m: _Line | tuple[int, str], left: int) -> tuple[int, str] | None:
    """Where the label column's text of a table line ends, and that text."""
    text = m.text if isinstance(m, _Line) else m[1]
    near = [r for r in RUN_RE.finditer(text) if r.start() < left]
    return (near[-1].end(), " ".join(r.group() for r in near)) if near else None


def _padded_label_column(members: list[_Line | tuple[int, str]], left: int) -> tuple[int, bool]:
    """The label column's width, and whether its cells wrap as an HTML dump pads them (w3m): rows with no blank
    line between them, most of them followed straight away by a line whose first word would not fit on the row's
    own line ("Kestlemouth" / "Harbour PCN"). A wrapped cell's lines are then its own, not a group heading."""
    ends = [e for m in members if (e := _label_end(m, left)) is not None]
    width = max((e for e, _ in ends), default=0)
    data = [m for m in members if isinstance(m, _Line)]
    wrapped = 0
    for i, m in enumerate(members[1:], 1):
        prev = members[i - 1]
        if isinstance(m, tuple) and isinstance(prev, _Line) and m[0] == prev.n + 1 and prev.label:
            end = _label_end(m, left)
            if end is not None and _overflows(prev.indent + len(prev.label), end[1], width):
                wrapped += 1
    return width, wrapped >= 2 and 2 * wrapped > len(data)


def _overflows(end: int, more: str, width: int) -> bool:
    """Whether the first word of `more` would have run past the column's width on a line ending at `end`."""
    words = more.split()
    return bool(words) and end + 1 + len(words[0]) > width


def _wraps_cell(row: list[Any], t: str, width: int, members: list[_Line | tuple[int, str]], i: int) -> bool:
    """A line under a row's values in a padded column continues the row's cell when its first word could not
    have fitted on the cell's line above, and the cell has no more lines below its values than above plus one
    (a cell is centred on its row: its values sit on its middle line)."""
    above = sum(1 for n in row[2] if n < row[0])
    below = sum(1 for n in row[2] if n > row[0])
    if below > above:
        return False
    last = _label_end(members[i - 1], 10**6)
    return last is not None and _overflows(last[0], t, width)


def _completes_body(label: str, more: str) -> bool:
    """A line that ends an organisation's wrapped name ("Kelby Teaching Hospitals NHS" / "Foundation Trust"): the
    label alone is no NHS body, the two together are."""
    return areas.nhs_body(label) is None and areas.nhs_body(f"{label} {more}") is not None


def _line_no(m: _Line | tuple[int, str]) -> int:
    return m.n if isinstance(m, _Line) else m[0]
