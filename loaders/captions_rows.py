"""Captions and tables of numeric rows: the first reading of every table in a pack.

PDF-to-text flattens tables into lines.  A row survives as "a label followed by
N numbers"; captions survive as "Table 4: ..."; headers survive as text lines
before (or, in some packs, after) the rows.  This module finds those pieces and
groups them into `Table` blocks with their provenance and a confidence, without
knowing what any particular table holds: the dataset specs decide that.  It also
knows the lines that end a table (a caption, a report's numbered or section
heading), reads a row's numbers as cells and finds a table's rows printed after
it past other text.

Separate because every other table reader starts from its `Caption`, `Row` and
`Table` and stops where it says a table ends; they build on it, never the other
way round.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from loaders.header_text import year_columns
from loaders.numbers import NumberToken, is_missing, scan
from loaders.perpack import per_pack
from loaders.prefilter import digit_lines
from loaders.reading import Pack, line_steps, step_back, step_forward
from loaders.segmenting import Segments

CAPTION_RE = re.compile(
    r"^\s*(?:Table:\s+)?"  # "Table: Table 4: ...": the caption a document converter prints under its table
    r"(?P<kind>Table|Graph|Figure|Chart|Appendix)\s*(?P<num>\d+[a-z]?)"
    r"(?P<cont>\s*\((?:continued|cont(?:'d|d|\.)?)\)|(?-i:\s+continued)\b)?"  # "Table 5 (continued)": after a page
    r"(?:\s*[:.\-\u2013\u2014]|\s+(?=(?-i:[A-Z])))\s*(?P<title>.*)$",  # "Table 1: ...", "Table 1 Bed occupancy"
    re.IGNORECASE,
)
RAG_LETTER_RE = re.compile(r"^[RAGB](?:/[RAGB])?$")
_FILLER_RE = re.compile(r"^(?:[£%]|£k|n/a|na|-|\*|[RAGB](?:/[RAGB])?|CC|PC)$", re.IGNORECASE)
# Lines that end a table: a report's numbered heading, and a section heading ("3. Background", "4.2 Risks")
_NUMBERED_HEADING_RE = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})+\s+[A-Z]|^\s*\d{1,2}\s+[A-Z][a-z]")
SECTION_HEADING_RE = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z][A-Za-z]")


# A reStructuredText simple table's rule: runs of "=" under each column ("=======  ======  ======"); a section
# heading's underline is one run, no table's rule
COLUMN_RULE_RE = re.compile(r"^\s*=+(?:\s+=+)+\s*$")


_CAPTION_TAIL_RE = re.compile(r"\.(?:\s+(?:Sources?|Notes?)\b.*)?\s*$", re.IGNORECASE)


def caption_title(text: str) -> str:
    """A caption's title as a name: a caption printed as a sentence ("Table 4: Employment rate, by year.") ends
    without its full stop, and a source or note run on after it ("... by locality. Sources: APS; DEFRA") is no
    part of the name."""
    return _CAPTION_TAIL_RE.sub("", text.strip()).strip()


def closing_rule(lines: Sequence[str], last: int) -> int | None:
    """The line of the rule that closes a reStructuredText simple table whose last row is on line `last`."""
    return last + 1 if last < len(lines) and COLUMN_RULE_RE.match(lines[last]) else None


# A caption a document converter prints under its table, marked as such ("Table: Table 4: ...", pandoc's form)
CAPTION_AFTER_RE = re.compile(r"^\s*Table:\s")
_DASH_RULE_RE = re.compile(r"^\s*-{4,}\s*$")  # a rule of dashes closing a table drawn in dashes


def caption_below(lines: Sequence[str], last: int) -> int | None:
    """The line of the caption printed under a table: after a closing rule ("====  ====", then "Table 4: ..."),
    where a format closes each table with a rule, or marked as a caption that follows its table ("Table: ...");
    either is the table's own, not the next table's."""
    rule = closing_rule(lines, last)
    n = _past_blanks(lines, (rule or last) + 1)
    if rule is None and n <= len(lines) and _DASH_RULE_RE.match(lines[n - 1]):
        n = _past_blanks(lines, n + 1)
    if n > len(lines) or not CAPTION_RE.match(lines[n - 1]):
        return None
    return n if rule is not None or CAPTION_AFTER_RE.match(lines[n - 1]) else None


def _past_blanks(lines: Sequence[str], n: int) -> int:
    """The first non-blank line from `n` within two blank lines (or `n` + 3, beyond them)."""
    start = n
    while n <= len(lines) and n < start + 3 and not lines[n - 1].strip():
        n += 1
    return n


def under_rule(lines: Sequence[str], line: int) -> bool:
    """Whether a caption line follows a table's closing column rule or is marked as following its table (so it is
    that table's caption, never the next one's)."""
    if CAPTION_AFTER_RE.match(lines[line - 1]):
        return True
    n = line - 1
    while n >= 1 and not lines[n - 1].strip():
        n -= 1
    return n >= 1 and bool(COLUMN_RULE_RE.match(lines[n - 1]))


def is_numbered_heading(text: str) -> bool:
    """A report's own numbered heading ("16.3 Primary Care Network Investment", "17 Conclusion")."""
    return bool(_NUMBERED_HEADING_RE.match(text))


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
            out.append(Caption(i, m.group("kind").title(), m.group("num"), caption_title(m.group("title"))))
    return tuple(out)


def split_row(line: int, text: str, *, accounting: bool = False, space_thousands: bool = False) -> Row | None:
    """A line read as a table row: label, then only numbers (and fillers such as £ or RAG letters)."""
    tokens = scan(text, accounting=accounting, space_thousands=space_thousands)
    if not tokens:
        return None
    for a, b in zip(tokens, tokens[1:], strict=False):  # a word between two numbers: prose, most lines end here
        words = text[a.end : b.start].split()
        if words and not all(_FILLER_RE.match(x) for x in words):
            return None
    label = text[: tokens[0].start].strip()
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
        below = caption_below(pack.lines, block[-1].line)
        caption = next((c for c in captions if c.line == below and c.line not in taken), None) or next(
            (
                c
                for c in reversed(captions)
                if c.line < first
                and c.line not in taken
                and not under_rule(pack.lines, c.line)
                and _caption_reaches(pack, segments, c.line, first)
            ),
            None,
        )
        if caption:
            taken.add(caption.line)
        head_from = caption.line + 1 if caption and caption.line < first else step_back(pack.lines, first, 12)
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
        if CAPTION_RE.match(text) or SECTION_HEADING_RE.match(text) or n in pack.headings:
            break
        row = split_row(n, text)
        if row and row.label and row.label not in seen and accept_label(row.label) and len(cells(row.tokens)) == width:
            found.append(row)
            seen.add(row.label)
    return found
