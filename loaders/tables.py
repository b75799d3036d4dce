"""Recognise text tables: captions, header lines and rows of a label and numbers.

PDF-to-text flattens tables into lines.  A row survives as "a label followed by
N numbers"; captions survive as "Table 4: ..."; headers survive as text lines
before (or, in some packs, after) the rows.  This module finds those pieces and
groups them into `Table` blocks with their provenance and a confidence, without
knowing what any particular table holds: the dataset specs decide that.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from loaders.numbers import NumberToken, is_missing, scan
from loaders.reading import Pack
from loaders.segmenting import Segments

CAPTION_RE = re.compile(
    r"^\s*(?P<kind>Table|Graph|Figure|Chart|Appendix)\s*(?P<num>\d+[a-z]?)\s*[:.\-\u2013\u2014]\s*(?P<title>.*)$",
    re.IGNORECASE,
)
YEAR_RE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s?[/\-\u2013]\s?(\d{2}|(?:19|20)\d{2})(?!\d)|(?<![\d/])(\d{2})/(\d{2})(?![\d/])"
)
RAG_LETTER_RE = re.compile(r"^[RAGB](?:/[RAGB])?$")
_FILLER_RE = re.compile(r"^(?:[£%]|£k|n/a|na|-|\*|[RAGB](?:/[RAGB])?|CC|PC)$", re.IGNORECASE)


@dataclass(frozen=True)
class Caption:
    line: int
    kind: str
    number: str
    text: str


@dataclass(frozen=True)
class Row:
    """One line of a table: its label (text before the numbers) and its numbers."""

    line: int
    label: str
    tokens: tuple[NumberToken, ...]
    text: str
    trailing: str = ""  # words after the last number ("G", "Red", ...)


@dataclass
class Table:
    """A block of numeric rows with the caption and header text around it."""

    rows: list[Row]
    caption: Caption | None = None
    header_before: list[tuple[int, str]] = field(default_factory=list)
    header_after: list[tuple[int, str]] = field(default_factory=list)
    recogniser: str = "rows"
    confidence: float = 0.5

    @property
    def first_line(self) -> int:
        return self.rows[0].line

    @property
    def last_line(self) -> int:
        return self.rows[-1].line

    @property
    def width(self) -> int:
        """The most common number of values per row."""
        counts = [len(r.tokens) for r in self.rows]
        return max(set(counts), key=counts.count) if counts else 0

    @property
    def title(self) -> str:
        return f"{self.caption.kind} {self.caption.number}: {self.caption.text}".strip() if self.caption else ""


def find_captions(pack: Pack) -> list[Caption]:
    """Every "Table N: ..." style caption line in a pack."""
    return list(_captions(pack.lines))


@lru_cache(maxsize=8)
def _captions(lines: tuple[str, ...]) -> tuple[Caption, ...]:
    """`find_captions` memoised per pack: several specs look captions up."""
    out = []
    for i, text in enumerate(lines, 1):
        m = CAPTION_RE.match(text)
        if m and (m.group("title").strip() or m.group("kind").lower() == "table"):
            out.append(Caption(i, m.group("kind").title(), m.group("num"), m.group("title").strip()))
    return tuple(out)


def year_columns(text: str) -> list[str]:
    """Financial-year labels in a header ("2019/20", "2019-20", "19/20"), as 2019/20."""
    years = []
    for m in YEAR_RE.finditer(text):
        if m.group(1):
            start, end = m.group(1), m.group(2)
            years.append(f"{start}/{end[-2:]}")
        else:
            years.append(f"20{m.group(3)}/{m.group(4)}")
    return years


def split_row(line: int, text: str, *, accounting: bool = False, space_thousands: bool = False) -> Row | None:
    """A line read as a table row: label, then only numbers (and fillers such as £ or RAG letters)."""
    tokens = scan(text, accounting=accounting, space_thousands=space_thousands)
    if not tokens:
        return None
    label = text[: tokens[0].start].strip()
    between = [text[a.end : b.start] for a, b in zip(tokens, tokens[1:], strict=False)]
    if any(w and not all(_FILLER_RE.match(x) for x in w.split()) for w in (b.strip() for b in between)):
        return None
    trailing = text[tokens[-1].end :].strip()
    if trailing and not all(_FILLER_RE.match(x) or is_missing(x) for x in trailing.split()):
        return None
    return Row(line, label.rstrip(" :\u2013-").strip(), tuple(tokens), text.strip(), trailing)


def numeric_rows(
    pack: Pack,
    segments: Segments,
    start: int = 1,
    end: int | None = None,
    *,
    accounting: bool = False,
    space_thousands: bool = False,
) -> list[Row]:
    """Lines start..end (1-based, inclusive) that read as table rows, page furniture skipped."""
    last = min(end or len(pack.lines), len(pack.lines))
    rows = []
    for n in range(max(start, 1), last + 1):
        if n in segments.furniture:
            continue
        row = split_row(n, pack.lines[n - 1], accounting=accounting, space_thousands=space_thousands)
        if row is not None:
            rows.append(row)
    return rows


def _header_lines(pack: Pack, segments: Segments, start: int, end: int) -> list[tuple[int, str]]:
    return [
        (n, pack.lines[n - 1].strip())
        for n in range(max(start, 1), min(end, len(pack.lines)) + 1)
        if pack.lines[n - 1].strip() and n not in segments.furniture
    ]


def find_tables(pack: Pack, segments: Segments, *, max_gap: int = 3) -> list[Table]:
    """Blocks of two or more numeric rows with a label, each with its nearest caption.

    Rows join a block across blank lines and up to `max_gap` lines of other text
    (stray headers), or across more lines when those are short wrapped row labels
    between rows of the same width (see `_joins_block`).  A line whose numbers are
    all dates, years, phone numbers or numbering is not a row.  The caption is
    the nearest one above the block that no earlier block took, within 40 lines
    or further when only short header lines lie between (column headers wrapped
    a word a line); header text is what lies between caption and first row, and
    the few lines after the last row.
    """
    rows = [
        r
        for r in numeric_rows(pack, segments)
        if (r.label and len(r.tokens) >= 2 or _is_bare_values(r)) and _has_figures(r)
    ]
    blocks: list[list[Row]] = []
    for row in rows:
        if blocks:
            prev = blocks[-1][-1]
            gap_text = [
                n for n in range(prev.line + 1, row.line) if pack.lines[n - 1].strip() and n not in segments.furniture
            ]
            if len(gap_text) <= max_gap or _joins_block(pack, gap_text, prev, row):
                blocks[-1].append(row)
                continue
        blocks.append([row])
    captions = find_captions(pack)
    taken: set[int] = set()
    tables: list[Table] = []
    for block in blocks:
        if len(block) < 2 or sum(1 for r in block if len(r.tokens) >= 2) < 2:
            continue
        first = block[0].line
        caption = next(
            (
                c
                for c in reversed(captions)
                if c.line < first and c.line not in taken and _caption_reaches(pack, segments, c.line, first)
            ),
            None,
        )
        if caption:
            taken.add(caption.line)
        head_from = caption.line + 1 if caption else max(first - 12, 1)
        table = Table(
            rows=block,
            caption=caption,
            header_before=_header_lines(pack, segments, head_from, first - 1),
            header_after=_header_lines(pack, segments, block[-1].line + 1, block[-1].line + 6),
            recogniser="caption+rows" if caption else "rows",
            confidence=0.9 if caption else 0.6,
        )
        tables.append(table)
    # Captions with no rows near them still appear (figures that were images).
    for c in captions:
        if c.line not in taken and c.kind == "Table":
            tables.append(Table(rows=[], caption=c, recogniser="caption only", confidence=0.0))
    tables.sort(key=lambda t: t.rows[0].line if t.rows else (t.caption.line if t.caption else 0))
    return tables


def _is_bare_values(row: Row) -> bool:
    return not row.label and len(row.tokens) >= 2


def _has_figures(row: Row) -> bool:
    """Not a line of dates, years, phone numbers or numbering only ("Tel 0116 305 7451", "Review 2018-19")."""
    from loaders.figures import figure_tokens

    return bool(figure_tokens(row.text))


_SHORT_LINE = 60  # characters: longer text between rows is prose, not a wrapped label
_CAPTION_REACH = 40  # lines: a caption further above a block than this is taken only across header-like lines


def _joins_block(pack: Pack, gap: list[int], prev: Row, row: Row) -> bool:
    """Rows of one table separated by wrapped row labels: the same width (three or more values),
    at most ten short text lines between them, none of them a caption, a numbered heading or a year header."""
    if len(row.tokens) != len(prev.tokens) or len(row.tokens) < 3 or len(gap) > 10:
        return False
    texts = [pack.lines[n - 1].strip() for n in gap]
    return all(
        len(t) <= _SHORT_LINE and not CAPTION_RE.match(t) and not is_numbered_heading(t) and not year_columns(t)
        for t in texts
    )


def _caption_reaches(pack: Pack, segments: Segments, caption_line: int, first: int) -> bool:
    """A caption names the block below it when near, or when only short header lines lie between."""
    if first - caption_line <= _CAPTION_REACH:
        return True
    # The header lines between (as `_header_lines` finds them), stopping at the first that rules the caption out.
    count = 0
    for n in range(max(caption_line + 1, 1), min(first - 1, len(pack.lines)) + 1):
        text = pack.lines[n - 1].strip()
        if not text or n in segments.furniture:
            continue
        count += 1
        if len(text) > 30 or count > 4 * _CAPTION_REACH:
            return False
    return True


# --- Multi-line column headers, cells with a bracketed share, rows printed away from their table ---

_UNIT_IN_BRACKETS_RE = re.compile(
    r"\((?:[^()]*%[^()]*|per\s+[\d,]+[^()]*|ratio[^()]*|rate[^()]*|£[^()]*|number|count|years?|days|months|wte)\)\s*$",
    re.IGNORECASE,
)
_UNIT_WORD_END_RE = re.compile(r"(?:µg/m3|ug/m3|µg/m³|%|per\s+[\d,]+|£k|£m)\s*$", re.IGNORECASE)
_MONTHS_RE = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
_PERIOD_END_RE = re.compile(
    rf"(?:(?:19|20)\d{{2}}(?:\s?[/\-\u2013]\s?(?:(?:19|20)?\d{{2}}))?|{_MONTHS_RE}\s+(?:19|20)\d{{2}}|Q[1-4])\s*$",
    re.IGNORECASE,
)
_ONLY_UNIT_RE = re.compile(r"^\s*\([^()]+\)\s*$")
_PERIOD_PATTERNS = [
    # Aug 2018-Jul 2019
    re.compile(rf"\b{_MONTHS_RE}\s+(?:19|20)\d{{2}}\s?[\-\u2013]\s?{_MONTHS_RE}\s+(?:19|20)\d{{2}}\b", re.IGNORECASE),
    # December 2020
    re.compile(rf"\b{_MONTHS_RE}\s+(?:19|20)\d{{2}}\b", re.IGNORECASE),
    # 2018/19, 2017-19, 2019-2020
    re.compile(r"(?<![\d/])(?:19|20)\d{2}\s?[/\-\u2013]\s?(?:(?:19|20)\d{2}|\d{2})(?![\d/])"),
    # 2017
    re.compile(r"(?<![\d/])(?:19|20)\d{2}(?![\d/])"),
]


def header_line_closes(text: str) -> bool:
    """Does a wrapped header line end one column's header (a unit, a unit in brackets or a period)?"""
    t = text.strip()
    return bool(_UNIT_IN_BRACKETS_RE.search(t) or _UNIT_WORD_END_RE.search(t) or _PERIOD_END_RE.search(t))


def split_header_groups(lines: list[str], expected: int) -> list[str] | None:
    """Wrapped multi-line column headers to one text per column, or None when unsure.

    Header text flattened from a PDF runs column after column, each wrapped over
    several lines.  A column's header ends at a line ending in a unit ("(%)",
    "(per 1,000)", "µg/m3") or a period ("2018/19", "December 2020"); a line that
    is only a bracketed unit ("(Ratio-%)") belongs to the column before it.  The
    split is used only when it gives exactly `expected` columns.
    """
    groups: list[list[str]] = []
    current: list[str] = []
    for raw in lines:
        text = " ".join(raw.split())
        if not text:
            continue
        if _ONLY_UNIT_RE.match(text) and not current and groups:
            groups[-1].append(text)
            continue
        current.append(text)
        if header_line_closes(text):
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    if len(groups) != expected:
        return None
    return [" ".join(g) for g in groups]


def header_unit(header: str, default: str = "count") -> str:
    """The unit a column header states: %, per 1,000, ratio, µg/m3 ... (default when none)."""
    h = header.casefold()
    bracket = re.findall(r"\(([^()]*)\)", h)
    for text in reversed(bracket):
        if "ratio" in text:
            return "ratio"
        m = re.search(r"per\s+([\d,]+)", text)
        if m:
            return f"per {int(m.group(1).replace(',', '')):,}"
        if "%" in text:
            return "%"
    if re.search(r"[µ\u03bcu]g/m[3³]", h):
        return "µg/m3"
    m = re.search(r"\bper\s+([\d,]+)\b", h)
    if m:
        return f"per {int(m.group(1).replace(',', '')):,}"
    if re.search(r"\bpercentage\b|%", h):
        return "%"
    return default


def header_period(header: str) -> str | None:
    """The period a column header names ("Aug 2018-Jul 2019", "December 2020", "2018/19", "2017")."""
    for rx in _PERIOD_PATTERNS:
        found = rx.findall(header)
        if found:
            return " ".join(found[-1].split())
    return None


def cells(tokens: tuple[NumberToken, ...]) -> list[tuple[NumberToken | None, NumberToken | None]]:
    """A row's numbers as cells: "5,700 (12%)" is one cell (number, share); "(12%)" alone is a share only."""
    out: list[tuple[NumberToken | None, NumberToken | None]] = []
    for tok in tokens:
        if tok.is_share and out and out[-1][0] is not None and out[-1][1] is None and not out[-1][0].bracketed:
            out[-1] = (out[-1][0], tok)
        elif tok.is_share:
            out.append((None, tok))
        else:
            out.append((tok, None))
    return out


_SECTION_HEADING_RE = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z][A-Za-z]")


def displaced_rows(
    pack: Pack,
    segments: Segments,
    table: Table,
    accept_label,
    *,
    width: int,
    limit: int = 60,
) -> list[Row]:
    """Rows of a table printed after it, past other text (a row moved by the PDF converter).

    Looks from the table's last row to the next caption or numbered heading (at
    most `limit` lines) for rows whose label `accept_label` accepts and whose
    cells number `width`.
    """
    found: list[Row] = []
    if not table.rows:
        return found
    seen = {r.label for r in table.rows}
    for n in range(table.last_line + 1, min(table.last_line + limit, len(pack.lines)) + 1):
        text = pack.lines[n - 1]
        if n in segments.furniture or not text.strip():
            continue
        if CAPTION_RE.match(text) or _SECTION_HEADING_RE.match(text) or n in pack.headings:
            break
        row = split_row(n, text)
        if row and row.label and row.label not in seen and accept_label(row.label) and len(cells(row.tokens)) == width:
            found.append(row)
            seen.add(row.label)
    return found


# --- Rows read from the right, header names after rows, short rows, labels after values ---

_NUMBERED_HEADING_RE = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})+\s+[A-Z]|^\s*\d{1,2}\s+[A-Z][a-z]")


@dataclass
class RowBlock:
    """Lines from a start line on: text before the first row, the rows, text after the last row."""

    rows: list[Row]
    header: list[tuple[int, str]]
    after: list[tuple[int, str]]
    start: int
    end: int


def is_numbered_heading(text: str) -> bool:
    """A report's own numbered heading ("16.3 Primary Care Network Investment", "17 Conclusion")."""
    return bool(_NUMBERED_HEADING_RE.match(text))


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
    caption, a numbered heading or (once rows are found) two blank lines.
    """
    rows: list[Row] = []
    pending: list[str] = []
    header_seen = False
    open_note = False
    blanks = 0
    for n in range(caption.line + 1, min(caption.line + limit, len(pack.lines)) + 1):
        text = pack.lines[n - 1].strip()
        if not text or n in segments.furniture:
            blanks += 1
            if blanks >= 2 and rows:
                break
            continue
        blanks = 0
        if CAPTION_RE.match(text) or _SECTION_HEADING_RE.match(text) or len(text) >= prose_width:
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
