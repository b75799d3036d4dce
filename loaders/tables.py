"""Recognise text tables: captions, header lines and rows of a label and numbers.

PDF-to-text flattens tables into lines.  A row survives as "a label followed by
N numbers"; captions survive as "Table 4: ..."; headers survive as text lines
before (or, in some packs, after) the rows.  This module finds those pieces and
groups them into `Table` blocks with their provenance and a confidence, without
knowing what any particular table holds: the dataset specs decide that.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders.numbers import NumberToken, is_missing, scan
from loaders.reading import Pack
from loaders.segmenting import Segments

CAPTION_RE = re.compile(
    r"^\s*(?P<kind>Table|Graph|Figure|Chart|Appendix)\s*(?P<num>\d+[a-z]?)\s*[:.\-\u2013\u2014]\s*(?P<title>.*)$",
    re.IGNORECASE,
)
YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s?[/\-\u2013]\s?(\d{2}|(?:19|20)\d{2})(?!\d)|(?<![\d/])(\d{2})/(\d{2})(?![\d/])")
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
    out = []
    for i, text in enumerate(pack.lines, 1):
        m = CAPTION_RE.match(text)
        if m and (m.group("title").strip() or m.group("kind").lower() == "table"):
            out.append(Caption(i, m.group("kind").title(), m.group("num"), m.group("title").strip()))
    return out


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
    (wrapped labels, stray headers).  The caption is the nearest one above the
    block within 40 lines that no earlier block took; header text is what lies
    between caption and first row, and the few lines after the last row.
    """
    rows = [r for r in numeric_rows(pack, segments) if r.label and len(r.tokens) >= 2 or _is_bare_values(r)]
    blocks: list[list[Row]] = []
    for row in rows:
        if blocks:
            prev = blocks[-1][-1]
            gap_text = [
                n for n in range(prev.line + 1, row.line)
                if pack.lines[n - 1].strip() and n not in segments.furniture
            ]
            if len(gap_text) <= max_gap:
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
            (c for c in reversed(captions) if first - 40 <= c.line < first and c.line not in taken),
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
