"""Recognise text tables: captions, header lines and rows of a label and numbers.

PDF-to-text flattens tables into lines.  A row survives as "a label followed by
N numbers"; captions survive as "Table 4: ..."; headers survive as text lines
before (or, in some packs, after) the rows.  This module finds those pieces and
groups them into `Table` blocks with their provenance and a confidence, without
knowing what any particular table holds: the dataset specs decide that.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from loaders.numbers import NumberToken, is_missing, scan
from loaders.perpack import per_pack
from loaders.prefilter import digit_lines
from loaders.reading import Pack, line_steps, step_back, step_forward
from loaders.segmenting import Segments

CAPTION_RE = re.compile(
    r"^\s*(?P<kind>Table|Graph|Figure|Chart|Appendix)\s*(?P<num>\d+[a-z]?)"
    r"(?:\s*[:.\-\u2013\u2014]|\s+(?=(?-i:[A-Z])))\s*(?P<title>.*)$",  # "Table 1: ...", "Table 1 Bed occupancy"
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


@per_pack
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
    numbered = digit_lines(pack.lines)  # a line without a digit is no row
    for n in numbered[bisect_left(numbered, max(start, 1)) : bisect_right(numbered, last)]:
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
        head_from = caption.line + 1 if caption else step_back(pack.lines, first, 12)
        table = Table(
            rows=block,
            caption=caption,
            header_before=_header_lines(pack, segments, head_from, first - 1),
            header_after=_header_lines(pack, segments, block[-1].line + 1, step_forward(pack.lines, block[-1].line, 6)),
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


_RANGE_ONLY_RE = re.compile(r"^\D*\d+[-\u2013]\d+\+?\s*$")


def _has_figures(row: Row) -> bool:
    """Not a line of dates, years, phone numbers or numbering only ("Tel 0116 305 7451", "Review 2018-19"),
    nor a label naming a range and nothing else ("AGED 40-64")."""
    from loaders.figures import figure_tokens

    return bool(figure_tokens(row.text)) and not _RANGE_ONLY_RE.match(row.text)


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
    steps = line_steps(pack.lines)
    if steps[first] - steps[caption_line] <= _CAPTION_REACH:
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
    # Q1 2023/24, Q3 2022-23, Q2 2024 (a quarter names its year too)
    re.compile(r"\bQ[1-4]\s*(?:(?:19|20)\d{2}(?:\s?[/\-\u2013]\s?(?:(?:19|20)?\d{2}))?)(?![\d/])", re.IGNORECASE),
    # 2023/24 Q1
    re.compile(r"(?<![\d/])(?:19|20)\d{2}(?:\s?[/\-\u2013]\s?(?:(?:19|20)?\d{2}))?\s+Q[1-4]\b", re.IGNORECASE),
    # Aug 2018-Jul 2019
    re.compile(rf"\b{_MONTHS_RE}\s+(?:19|20)\d{{2}}\s?[\-\u2013]\s?{_MONTHS_RE}\s+(?:19|20)\d{{2}}\b", re.IGNORECASE),
    # December 2020
    re.compile(rf"\b{_MONTHS_RE}\s+(?:19|20)\d{{2}}\b", re.IGNORECASE),
    # Oct-23, Oct 23, Oct'23 (a month and a two-digit year: read as "Oct 2023")
    re.compile(rf"\b{_MONTHS_RE}[\s\-']+\d{{2}}(?![\d/:])", re.IGNORECASE),
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
    if re.search(r"\bpercentage\b|\bper\s?cent\b|%", h):
        return "%"
    return default


@lru_cache(maxsize=1 << 12)
def header_period(header: str) -> str | None:
    """The period a column header names ("Aug 2018-Jul 2019", "December 2020", "2018/19", "2017").

    Memoised: a table's specs ask again for every cell under the same header."""
    for rx in _PERIOD_PATTERNS:
        found = rx.findall(header)
        if found:
            period = " ".join(found[-1].split())
            short = _MONTH_SHORT_YEAR_RE.match(period)
            return f"{short.group(1)} 20{short.group(2)}" if short else period
    return None


_MONTH_SHORT_YEAR_RE = re.compile(rf"^({_MONTHS_RE})[\s\-']+(\d{{2}})$", re.IGNORECASE)


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
    accept_label: Callable[[str], bool],
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
    for n in range(table.last_line + 1, step_forward(pack.lines, table.last_line, limit) + 1):
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
        if CAPTION_RE.match(text) or _SECTION_HEADING_RE.match(text) or len(text) >= prose_width:
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


# --- Column headers of any table, and rows whose labels wrap or whose cells spread over lines ---

_PIVOT_CORNER_RE = re.compile(r"^\s*Row\s+Labels\b\s*", re.IGNORECASE)  # the corner text spreadsheets print
_DATE_FRAGMENT_RE = re.compile(r"^[\d/]+$")
_FULL_DATE_RE = re.compile(r"^\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})$")
COUNT_CLOSER_RE = re.compile(r"\(\d[\d,]*\)")


@dataclass(frozen=True)
class Columns:
    """Column names read from a table's header, and how they were read.

    `kind` is "area" (each column a place), "period" (each a date or year) or
    "named" (anything else).  `lead` is the header text before the names (the
    corner of the table, often the question or the row dimension); `last_line`
    is the last header line the names used, so the lines after it belong to
    the first row's label.
    """

    names: tuple[str, ...]
    kind: str
    lead: str
    first_line: int
    last_line: int


def strip_corner(text: str) -> str:
    """Header text without the "Row Labels" a spreadsheet prints in a table's corner."""
    return _PIVOT_CORNER_RE.sub("", " ".join(text.split()))


def _joined(lines: Sequence[tuple[int, str]]) -> tuple[str, list[tuple[int, int]]]:
    """Header lines joined by spaces, with (offset, line) where each starts."""
    parts, starts, off = [], [], 0
    for n, text in lines:
        t = " ".join(text.split())
        starts.append((off, n))
        parts.append(t)
        off += len(t) + 1
    return " ".join(parts), starts


def _line_at(starts: list[tuple[int, int]], offset: int) -> int:
    return [n for off, n in starts if off <= offset][-1]


def _fits(count: int, width: int | None) -> bool:
    """`width` columns wanted (None: any number from two)."""
    return count == width if width is not None else count >= 2


def area_columns(lines: Sequence[tuple[int, str]], width: int | None) -> Columns | None:
    """A header line ending in place names and nothing else ("Sex Leicester Leicestershire Rutland").

    `width` names, or (None) as many as the line ends with, two or more.  The
    text before the names is the lead (the row dimension, "Sex", "Are you a carer?").
    """
    from loaders.figures import areas_in

    for n, text in reversed(lines):
        t = " ".join(text.split())
        found = areas_in(t)
        if not found or t[found[-1][1] :].strip():
            continue
        last = [found[-1]]
        for prev in reversed(found[:-1]):
            if t[prev[1] : last[0][0]].strip() or len(last) == width:
                break
            last.insert(0, prev)
        if not _fits(len(last), width):
            continue
        names = tuple(t[s:e] for s, e, _a in last)
        return Columns(names, "area", strip_corner(t[: last[0][0]]).strip(" :"), n, n)
    return None


def date_columns(lines: Sequence[tuple[int, str]], width: int | None) -> Columns | None:
    """Dates a header prints one a column, each possibly broken over lines ("09/05/" then "2021")."""
    frags = [(n, " ".join(text.split())) for n, text in lines if _DATE_FRAGMENT_RE.match(" ".join(text.split()))]
    dates: list[str] = []
    piece, last = "", 0
    for i, (n, frag) in enumerate(frags):
        piece += frag
        nxt = frags[i + 1][1] if i + 1 < len(frags) else ""
        if _FULL_DATE_RE.match(piece) and (not nxt or "/" in nxt[:3]):
            dates.append(piece)
            piece, last = "", n
    if not _fits(len(dates), width) or piece:
        return None
    lead_lines = [(n, t) for n, t in lines if n < frags[0][0]] if frags else []
    lead = strip_corner(" ".join(t for _n, t in lead_lines))
    return Columns(tuple(dates), "period", lead, frags[0][0], last)


# A header ending in calendar years or year ranges, one a column: "Area 2017 2018 2019", "2014-16 2015-17".
_CALENDAR_YEAR = r"(?:19|20)\d\d(?:\s?[-\u2013]\s?(?:(?:19|20)?\d\d))?"
_CALENDAR_RUN_RE = re.compile(rf"(?<![\w/.,£]){_CALENDAR_YEAR}(?:\s+{_CALENDAR_YEAR})+\s*$")


def calendar_year_columns(text: str) -> list[str]:
    """Calendar years (or ranges such as "2015-17") that end a header line, one a column, as printed."""
    m = _CALENDAR_RUN_RE.search(" ".join(text.split()))
    return re.findall(_CALENDAR_YEAR, m.group(0)) if m else []


def year_header_columns(lines: Sequence[tuple[int, str]], width: int | None) -> Columns | None:
    """A header line naming exactly `width` years: financial ("AREA 2015/16 2016/17") or calendar
    ("Area 2017 2018 2019", "2014-16 2015-17")."""
    for n, text in reversed(lines):
        years = year_columns(text)
        if _fits(len(years), width):
            m = YEAR_RE.search(text)
            lead = text[: m.start()] if m else ""
            return Columns(tuple(years), "period", strip_corner(lead).strip(" :"), n, n)
        calendar = calendar_year_columns(text)
        if _fits(len(calendar), width):
            flat = " ".join(text.split())
            lead = flat[: _CALENDAR_RUN_RE.search(flat).start()]  # type: ignore[union-attr]
            return Columns(tuple(" ".join(y.split()) for y in calendar), "period", strip_corner(lead).strip(" :"), n, n)
    return None


def named_columns(lines: Sequence[tuple[int, str]], width: int | None, patterns: Sequence[str]) -> Columns | None:
    """Column names matched by `patterns` (regexes a spec names) in the header text, in printed order.

    Longer matches win where two overlap ("Not important" over "Important").
    The names must be printed one after another and number exactly `width` (None: two or more).
    """
    text, starts = _joined(lines)
    text = text.replace("\u2019", "'")
    spans: list[tuple[int, int]] = []
    matches = [m.span() for rx in patterns for m in re.finditer(rf"(?<!\w){rx}(?!\w)", text, re.IGNORECASE)]
    for a, b in sorted(matches, key=lambda s: (s[0] - s[1], s[0])):
        if all(b <= x or a >= y for x, y in spans):
            spans.append((a, b))
    spans.sort()
    runs: list[list[tuple[int, int]]] = []
    for span in spans:
        if runs and not text[runs[-1][-1][1] : span[0]].strip():
            runs[-1].append(span)
        else:
            runs.append([span])
    run = next((r for r in reversed(runs) if _fits(len(r), width)), None)
    if run is None:
        return None
    names = tuple(text[a:b] for a, b in run)
    lead = strip_corner(text[: run[0][0]]).strip(" :")
    return Columns(names, "named", lead, _line_at(starts, run[0][0]), _line_at(starts, run[-1][1] - 1))


def counted_columns(lines: Sequence[tuple[int, str]], width: int | None) -> Columns | None:
    """Column names each closed by a bracketed count ("Asexual (1) Bisexual (4) ... Pansexual (1)").

    Text after the last name is the first row's label, not a column.
    """
    text, starts = _joined(lines)
    text = strip_corner(text)
    offset = len(_joined(lines)[0]) - len(text)
    closers = list(COUNT_CLOSER_RE.finditer(text))
    if not _fits(len(closers), width):
        return None
    names, prev = [], 0
    for m in closers:
        names.append(text[prev : m.end()].strip())
        prev = m.end()
    first = _line_at(starts, offset)
    return Columns(tuple(names), "named", "", first, _line_at(starts, offset + closers[-1].end() - 1))


def grouped_columns(lines: Sequence[tuple[int, str]], width: int) -> Columns | None:
    """Column names wrapped a word a line, each name a run of lines with a blank line between names."""
    groups: list[list[tuple[int, str]]] = []
    for n, text in lines:
        if groups and n == groups[-1][-1][0] + 1:
            groups[-1].append((n, text))
        else:
            groups.append([(n, text)])
    names = [strip_corner(" ".join(t for _n, t in g)) for g in groups]
    kept = [(g, name) for g, name in zip(groups, names, strict=True) if name]
    if len(kept) != width or width < 2 or any(len(name) > 150 for _g, name in kept):
        return None
    return Columns(tuple(name for _g, name in kept), "named", "", kept[0][0][0][0], kept[-1][0][-1][0])


@dataclass
class TableRow:
    """One row of a table as printed: its label (wrapped lines joined) and one cell per column."""

    label: str
    cells: list[tuple[int, NumberToken] | None]
    lines: list[int]
    label_lines: list[int] = field(default_factory=list)  # lines the label was wrapped over, above the values

    @property
    def empty_cells(self) -> str:
        """Where the row has no value: "" (none), "inner" (before a value: printed as spaces) or "end" (only at
        the end, where a converter drops the spaces, so the row could as well be short by design)."""
        filled = [c is not None for c in self.cells]
        if all(filled):
            return ""
        return "end" if filled == sorted(filled, reverse=True) else "inner"


def settle_short_rows(rows: list[TableRow]) -> tuple[list[TableRow], list[int]]:
    """Rows missing only their last values are placed from the left only when other rows of the table
    show that the converter kept empty cells as spaces; otherwise they are returned as lines unplaced."""
    if any(r.empty_cells == "inner" for r in rows):
        return rows, []
    return [r for r in rows if r.empty_cells != "end"], [n for r in rows if r.empty_cells == "end" for n in r.lines]


def _space_cells(rest: str, tokens: Sequence[NumberToken], offset: int, width: int) -> list[NumberToken | None] | None:
    """Cells of a row whose empty cells kept their single space ("Black British   1" under three columns).

    The converter prints one space between cells and nothing for an empty one;
    spaces after the last value are lost, so missing cells at the end are empty.
    """
    parts = rest.split(" ")
    if len(parts) > width:
        return None
    out: list[NumberToken | None] = []
    pos, it = offset, iter(tokens)
    for part in parts:
        if not part:
            out.append(None)
        else:
            tok = next(it, None)
            if tok is None or tok.start != pos or tok.text != part:
                return None
            out.append(tok)
        pos += len(part) + 1
    if next(it, None) is not None:
        return None
    return out + [None] * (width - len(out))


def _row_cells(text: str, width: int) -> tuple[str, list[NumberToken | None]] | None:
    """A line as (label, cells) for a table of `width` columns, or None when its numbers do not fit.

    Numbers that belong to the label ("Under 18", "18-24", "75+") stay in it: the
    label takes leading numbers until the rest fill the columns, with empty
    cells read from single spaces (see `_space_cells`).
    """
    parsed = trailing_values(text)
    if parsed is None:
        return None
    _label, run = parsed
    for k in range(len(run)):
        rest_tokens = run[k:]
        label = text[: rest_tokens[0].start].strip()
        if len(rest_tokens) == width:
            return label.rstrip(" :\u2013-").strip(), list(rest_tokens)
        if len(rest_tokens) < width:
            # one space separates label and first cell; each further space is an empty cell
            start = len(text[: rest_tokens[0].start].rstrip()) + 1 if label else len(text) - len(text.lstrip())
            cells = _space_cells(text[start:], rest_tokens, start, width)
            if cells is not None:
                return label.rstrip(" :\u2013-").strip(), cells
    return None


_SUB_ITEM_RE = re.compile(r"^[a-z]\)\s*")
_LEAD_IN_RE = re.compile(r"^(?P<lead>.*:)\s*(?P<item>[a-z]\).*)$")


def table_rows(
    pack: Pack, segments: Segments, start: int, end: int, width: int, *, pending: Sequence[str] = ()
) -> tuple[list[TableRow], list[int]]:
    """Rows of a table from line `start` to `end`, each with one cell per column.

    A label wrapped over lines above its numbers joins them (text lines since
    the last row; `pending` is label text from before `start`); cells printed
    on the following lines of values join the row until it has `width` cells;
    a sub-item ("b) End of Private Rent?") takes the lead-in its list began
    with ("2) New cases of homelessness as a result of:").  Returns the rows and
    the lines of values that could not be placed in columns.
    """
    rows: list[TableRow] = []
    unplaced: list[int] = []
    label_lines: list[str] = list(pending)
    label_at: list[int] = []
    lead_in: str | None = None
    open_row: TableRow | None = None
    numbered = [
        n
        for n in range(start, min(end, len(pack.lines)) + 1)
        if n not in segments.furniture and pack.lines[n - 1].strip()
    ]
    for i, n in enumerate(numbered):
        text = pack.lines[n - 1].rstrip()  # token offsets stay those of the printed line
        parsed = trailing_values(text)
        if parsed is None:
            if open_row is not None:
                unplaced.extend(open_row.lines)
                open_row = None
            label_lines.append(text.strip())
            label_at.append(n)
            continue
        label, run = parsed
        if open_row is not None and not label and len(open_row.cells) + len(run) <= width:
            open_row.cells.extend((n, t) for t in run)
            open_row.lines.append(n)
            if len(open_row.cells) == width:
                rows.append(open_row)
                open_row = None
            continue
        if open_row is not None:
            unplaced.extend(open_row.lines)
            open_row = None
        nxt = next((m for m in numbered[i + 1 :]), None)
        continues = False
        if nxt is not None and len(run) < width:
            nparsed = trailing_values(pack.lines[nxt - 1])
            continues = bool(nparsed and not nparsed[0] and len(run) + len(nparsed[1]) <= width)
        fitted = None if continues else _row_cells(text, width)
        full_label = " ".join([*label_lines, (fitted[0] if fitted else label)]).strip()
        full_label = " ".join(full_label.split())
        wrapped, label_lines, label_at = label_at, [], []
        m = _LEAD_IN_RE.match(full_label)
        if m:
            lead_in = m.group("lead")
        elif _SUB_ITEM_RE.match(full_label) and lead_in:
            full_label = f"{lead_in} {full_label}"
        else:
            lead_in = None
        if fitted is not None:
            rows.append(TableRow(full_label, [(n, t) if t else None for t in fitted[1]], [n], wrapped))
        elif len(run) < width:
            open_row = TableRow(full_label, [(n, t) for t in run], [n], wrapped)
        else:
            unplaced.append(n)
    if open_row is not None:
        unplaced.extend(open_row.lines)
    return rows, unplaced


# --- Tables printed column by column: each column's header and values on lines of their own ---


@dataclass
class ColumnRun:
    """One column of a table printed column by column: its header and one value a line."""

    name: str | None
    values: list[tuple[int, NumberToken]]


@dataclass
class ColumnMajorPart:
    """Row labels and the columns printed after them (a table may continue in a second part)."""

    labels: list[tuple[int, str]]
    label_header: str | None
    columns: list[ColumnRun]


def _single_value(text: str) -> NumberToken | None:
    tokens = scan(text)
    return tokens[0] if len(tokens) == 1 and text.strip() == tokens[0].text else None


def column_major_table(
    pack: Pack, segments: Segments, caption_line: int, *, limit: int = 150, label_chars: int = 40
) -> list[ColumnMajorPart]:
    """A table under a caption printed column by column, as parts of row labels and columns.

    Blocks are runs of lines between blank lines.  A block of short text lines
    straight before a block of values, as long as it (or one line longer: the
    label column's own header, "Month"), holds the row labels; a block ending in
    values is a column, its leading text the column's header.  Columns printed
    with no header take, in order, the header blocks printed before the labels
    (after the label column's header), or in a later part the first part's
    names.  Reading stops at prose, a numbered paragraph or another caption.
    Returns [] when the text is not laid out that way.
    """
    blocks: list[list[tuple[int, str, NumberToken | None]]] = [[]]
    for n in range(caption_line + 1, step_forward(pack.lines, caption_line, limit) + 1):
        text = pack.lines[n - 1].strip()
        if n in segments.furniture and _single_value(text) is None:
            continue  # a bare number taken for a page number may be a value here: the counts decide below
        if not text:
            if blocks[-1]:
                blocks.append([])
            continue
        if len(text) > 60 or CAPTION_RE.match(text) or is_numbered_heading(text) or re.match(r"^\d{1,2}\.\s", text):
            break
        value = _single_value(text)
        if value is None and blocks[-1] and blocks[-1][-1][2] is not None:
            blocks.append([])  # text straight after values starts the next block ("242" / " Aug")
        blocks[-1].append((n, text, value))
    blocks = [b for b in blocks if b]
    parts: list[ColumnMajorPart] = []
    headers: list[str] = []
    for i, block in enumerate(blocks):
        split = next((k for k, (_n, _t, tok) in enumerate(block) if tok is not None), len(block))
        text_lines, values = block[:split], block[split:]
        if any(tok is None for _n, _t, tok in values):
            break  # text after values inside a block: not this layout
        if values:
            part = parts[-1] if parts else None
            if part is not None and len(values) == len(part.labels) + 1:
                values = [v for v in values if v[0] not in segments.furniture]  # a page number after all
            if part is None or len(values) != len(part.labels):
                break
            name = " ".join(t for _n, t, _tok in text_lines) or None
            part.columns.append(ColumnRun(name, [(n, tok) for n, _t, tok in values if tok is not None]))
            continue
        nxt = blocks[i + 1] if i + 1 < len(blocks) else []
        count = sum(1 for _n, _t, tok in nxt if tok is not None)
        if count == len(block) + 1 or count == len(block) + 2:
            count -= sum(1 for n, _t, tok in nxt if tok is not None and n in segments.furniture)
        shorts = all(len(t) <= label_chars and not scan(t) for _n, t, _tok in block)
        if count >= 2 and len(block) in (count, count + 1) and shorts:
            lead = block[0][1] if len(block) == count + 1 else None
            parts.append(ColumnMajorPart([(n, t) for n, t, _tok in block[-count:]], lead, []))
            continue
        if parts and parts[-1].columns:
            break  # text after the columns: the table has ended
        headers.append(" ".join(t for _n, t, _tok in block))
    parts = [p for p in parts if len(p.columns) >= 2]
    if not parts:
        return []
    first = parts[0]
    unnamed = [c for c in first.columns if c.name is None]
    if unnamed:
        names = headers[1:] if len(headers) == len(unnamed) + 1 else headers
        if len(names) != len(unnamed):
            return []
        if first.label_header is None and len(headers) == len(unnamed) + 1:
            first.label_header = headers[0]
        for col, name in zip(unnamed, names, strict=True):
            col.name = name
    for part in parts[1:]:
        if len(part.columns) != len(first.columns):
            return parts[:1]
        for col, model in zip(part.columns, first.columns, strict=True):
            col.name = col.name or model.name
            part.label_header = part.label_header or first.label_header
    return parts
