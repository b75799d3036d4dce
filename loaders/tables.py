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
