"""Tables in any layout, read as cells: a row label, a column header, a value.

PDF converters and office exports print the same table in several shapes.  This
module reads four of them without knowing what any table holds:

* pipes: ``| label | 1,234 | 5.6% |`` rows, a ``|---|---:|`` separator under
  the header, empty, ``–`` and ``*`` cells;
* tabs: cells separated by tab characters, the header in the first rows;
* aligned: columns kept apart by runs of spaces (a PDF converter's layout
  mode), headers spread over several lines above the rows (or printed after
  them), header words split across lines, a units row (``£000 £000``), row
  labels wrapped over two or three lines with the values on any of them,
  group headings, subtotal rows with no label, page footers inside the table;
* cells: one cell per line, a header of N names and then rows of N lines.

Each table comes back as a `Grid` whose cells keep the pack line and the
token's position on it, so a cell claimed here is never written again by the
catch-all figures.  Which topic a table belongs to is not decided here.
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from loaders import areas
from loaders.captions_rows import CAPTION_RE, COLUMN_RULE_RE, caption_below, caption_title, under_rule
from loaders.grid_boxes import BoxTable, find_box_tables
from loaders.header_text import header_period
from loaders.numbers import NumberToken, is_missing, scan
from loaders.places import PLACE_DIMENSIONS
from loaders.plain_rows import Cells, find_blocks, split_commas, split_runs, split_spaced_row
from loaders.prefilter import digit_lines

_RUN_RE = re.compile(r"\S+(?: \S+)*")  # text kept apart by two or more spaces
_DIGIT_RE = re.compile(r"\d")
_SINGLE_SPACED_ROW_RE = re.compile(
    r"^\s*(?:\S+ )*?[£(]?\d[\d,.%)]*(?: [£(]?\d[\d,.%)]*)+\s*$|^\s*[A-Za-z].* \d[\d,.]*%?(?: \d[\d,.]*%?)+\s*$"
)
_SEPARATOR_RE = re.compile(r"^\s*[-=_\u2013\u2014]{4,}(?:\s+[-=_\u2013\u2014]{4,})*\s*$")
_PIPE_SEPARATOR_CELL_RE = re.compile(r"^:?-{3,}:?$")
_FOOTER_RE = re.compile(
    r"^\s*(?:(?:Agenda\s+Item|Page|Item)\s+\d+[A-Za-z]?(?:\s+of\s+\d+)?|\d{1,3}|-\s*\d{1,3}\s*-)\s*$", re.I
)
_RAG_WORDS = {
    "r": "Red",
    "red": "Red",
    "a": "Amber",
    "amber": "Amber",
    "g": "Green",
    "green": "Green",
    "b": "Blue",
    "blue": "Blue",
    "a/g": "Amber/Green",
    "r/a": "Red/Amber",
    "amber/green": "Amber/Green",
    "red/amber": "Red/Amber",
}
_RATED_CELL_RE = re.compile(r"^(\S+) ((?:red|amber|green|blue|amber/green|red/amber))$", re.IGNORECASE)
_UNIT_WORDS = re.compile(
    r"^(?:£|£k|£000s?|£'000s?|£m|£bn|%|number|no\.?|count|fte|wte|headcount|years?|rate|ratio|days|weeks|"
    r"per\s+[\d,]+|\(?£000\)?|\(?£k\)?|\(?%\)?)$",
    re.IGNORECASE,
)
_NUMBERING_HEADER_RE = re.compile(r"^(?:no\.?|ref\.?|item|items|page|pages|para(?:graph)?|minute|rank|#)$", re.I)
_PERIOD_HEADER_RE = re.compile(r"^(?:period|year|years|date|quarter|month|time period)$", re.I)
_PAGE_RANGE_RE = re.compile(r"^\d{1,3}\s*[-\u2013]\s*\d{1,3}$")
# A period as a cell prints it: "2019/20", "Q1 2023/24", "2023/24 Q2", "Q1 25/26", "Oct-23", "March 2024"
_PERIOD_CELL_RE = re.compile(
    r"^(?:(?:Q[1-4]\s+)?(?:19|20)\d{2}(?:\s?[/\-\u2013]\s?(?:(?:19|20)?\d{2}))?(?:\s+Q[1-4])?"
    r"|Q[1-4]\s+\d{2}\s?[/\-\u2013]\s?\d{2}"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s\-']+(?:19|20)?\d{2})$",
    re.IGNORECASE,
)
_CONNECTOR_END_RE = re.compile(r"(?:\b(?:and|of|or|for|the|in|to|from|with|per|by|at)|[,&(/\-\u2013])$", re.I)
PROSE_CHARS = 64  # a run of text this long is a sentence, not a cell
# A word cell beside the numbers is this short: a RAG, "Similar", "Increasing & getting worse" (a trend as
# Fingertips words it), "Could not be calculated"
WORD_CELL_CHARS = 30
WORD_CELL_WORDS = 4
TITLE_SHARE = 0.7  # a header line this share of its table's width, alone on its line, is the table's title
WRAP_GAP = 8  # blank or footer lines a table may span (a page break)


@dataclass(frozen=True)
class Column:
    """One value column: its header as read (all header lines joined), unit and period if it states them."""

    header: str
    unit: str | None = None
    period: str | None = None
    role: str = "values"  # "values", "period" (cells are periods), "numbering", "rag", "words"


@dataclass(frozen=True)
class GridRow:
    """One row: its label (wrapped lines joined), the line of its values, a value or a word per column."""

    line: int
    label: str
    label_lines: tuple[int, ...]
    values: tuple[NumberToken | None, ...]
    words: tuple[str | None, ...]
    group: str | None = None
    value_lines: tuple[int, ...] = ()  # each value's own line, where a table prints one cell per line
    shares: tuple[NumberToken | None, ...] = ()  # the "(92%)" a "3,456 (92%)" cell prints after its value
    share_lines: tuple[int, ...] = ()  # each share's own line, where its cell wraps it below the value

    @property
    def period(self) -> str | None:
        return None

    def line_of(self, i: int) -> int:
        """The line the i-th value is printed on."""
        return self.value_lines[i] if self.value_lines else self.line

    def share_of(self, i: int) -> tuple[int, NumberToken] | None:
        """The i-th cell's bracketed share and the line it is printed on, if the cell prints one."""
        tok = self.shares[i] if i < len(self.shares) else None
        if tok is None:
            return None
        return (self.share_lines[i] if self.share_lines else self.line_of(i)), tok


@dataclass
class Grid:
    """A table as read: where it is, its caption, its header and its rows."""

    layout: str
    first_line: int
    last_line: int
    columns: list[Column]
    rows: list[GridRow]
    corner: str = ""
    caption: str | None = None
    caption_line: int | None = None
    header_lines: tuple[int, ...] = ()
    notes: list[str] = field(default_factory=list)
    page_title: str | None = None  # the title of the slide the table is on, where form feeds start pages

    def cells(self) -> Iterable[tuple[GridRow, int, NumberToken]]:
        """Every value cell: (row, column index, token)."""
        for row in self.rows:
            for i, tok in enumerate(row.values):
                if tok is not None and self.columns[i].role == "values":
                    yield row, i, tok

    def row_period(self, row: GridRow) -> str | None:
        """The period a row's own period column prints, if the table has one."""
        for i, col in enumerate(self.columns):
            if col.role == "period" and row.words[i]:
                return row.words[i]
        return None

    def row_rag(self, row: GridRow) -> str | None:
        for i, col in enumerate(self.columns):
            if col.role == "rag" and row.words[i]:
                return _RAG_WORDS.get(row.words[i].casefold())  # type: ignore[union-attr]
        return None


# --- cells --------------------------------------------------------------------------------------------------


def _strip_markup(text: str) -> str:
    """Markdown emphasis around a cell ("**43,500**", "*note*") is not part of it."""
    return text.strip().strip("*_").strip()


@dataclass(frozen=True)
class _Item:
    """A piece of a line: a number, a gap marker or a word, with its span on the line."""

    start: int
    end: int
    token: NumberToken | None
    text: str

    @property
    def is_value(self) -> bool:
        return self.token is not None


_NUM = r"-?\d[\d,]*(?:\.\d+)?%?"
_INTERVAL_CELL_RE = re.compile(
    rf"^{_NUM}\s*[(\[]\s*{_NUM}\s*(?:[\u2013\u2014-]|\bto\b|,)\s*{_NUM}\s*[)\]]$", re.IGNORECASE
)
"""A value with its confidence interval in brackets: "78.1 (77.5–78.7)", "12.4 [11.9 to 12.9]"."""
_SPACED_CELL_RE = re.compile(r"^\(?[-\u2212\u2013]?£?[1-9]\d{0,2}(?: \d{3})+\)?$")
"""A cell that is one number with a space as its thousands separator ("12 345", "−1 302", "£41 800"): a layout
column's cells are kept apart by two or more spaces, so one space inside a cell is a separator, not a gap."""


_DOWN_ARROWS = "▼↓⬇"
_ARROW_CELL_RE = re.compile(r"^([▲▼↑↓⬆⬇])\s?(\d.*)$")
"""A change with an arrow for its sign, as scorecards print it: "▼1.4" is down 1.4, "▲ 0.5" up 0.5."""


def _cell_items(text: str, offset: int) -> list[_Item] | None:
    """A cell's text as value items: only numbers (one or more), a gap marker, or None when it holds words."""
    bare = _strip_markup(text)
    if not bare:
        return []
    if is_missing(bare) or bare in ("\u2013", "\u2014", "-"):
        return [_Item(offset, offset + len(text), None, bare)]
    if _PAGE_RANGE_RE.match(bare) or _UNIT_WORDS.match(bare):
        return None
    lead = len(text) - len(text.lstrip(" *_"))
    if arrowed := _ARROW_CELL_RE.match(bare):  # "▼1.4", "▲ 0.5": a change printed with its direction
        found = _cell_items(arrowed.group(2), offset + lead + arrowed.start(2))
        if not found or len(found) != 1 or found[0].token is None:
            return None
        down = arrowed.group(1) in _DOWN_ARROWS
        value = replace(  # kept as printed, arrow and all: the value carries the sign
            found[0].token, value=-found[0].token.value if down else found[0].token.value, text=arrowed.group(0)
        )
        return [replace(found[0], token=value)]
    tokens = scan(bare, accounting=True, space_thousands=_SPACED_CELL_RE.match(bare) is not None)
    if not tokens:
        return None
    if len(tokens) == 3 and _INTERVAL_CELL_RE.match(bare):  # "78.1 (77.5–78.7)": a value and its interval
        at = offset + lead
        lower, upper = (replace(t, start=at + t.start, end=at + t.end) for t in tokens[1:])
        value = replace(tokens[0], start=at + tokens[0].start, end=at + tokens[0].end, interval=(lower, upper))
        return [_Item(value.start, value.end, value, value.text)]
    rest = bare
    for t in reversed(tokens):
        rest = rest[: t.start] + rest[t.end :]
    if bare.startswith("+") and tokens[0].start == 1:  # "+4.1": a change printed with its sign, still a number
        rest = rest[1:]
    if (
        rest.strip(" £%k*")
        or len(tokens) > 1
        and not all(bare[a.end : b.start].strip() == "" for a, b in zip(tokens, tokens[1:], strict=False))
    ):
        return None
    return [
        _Item(
            offset + lead + t.start,
            offset + lead + t.end,
            replace(t, start=offset + lead + t.start, end=offset + lead + t.end),
            t.text,
        )
        for t in tokens
    ]


_CODE_CELL_RE = re.compile(r"^[A-Z]{1,3}\d{1,9}$")
"""A code that names rather than counts ("Q1" a quintile, "E06000016" an area code): a word cell, not a value."""


def _word_item(text: str, offset: int) -> _Item | None:
    """A short word cell a table prints beside its numbers (a RAG rating, "Similar", "▲ improving", "Q1")."""
    bare = _strip_markup(text)
    if bare and len(bare) <= WORD_CELL_CHARS and (not any(c.isdigit() for c in bare) or _CODE_CELL_RE.match(bare)):
        return _Item(offset, offset + len(text), None, bare)
    return None


# --- captions ----------------------------------------------------------------------------------------------


def caption_text(line: str) -> str | None:
    """A table caption line ("Table 4: ...", "**Table 1: ...**", "### Table 2 ..."), markup dropped; a table
    continued after a page break ("Table 4 (continued): ...") has the same caption as its first half."""
    bare = _strip_markup(line.strip().lstrip("#").strip())
    m = CAPTION_RE.match(bare)
    if not m:
        return None
    if m.group("cont"):
        bare = bare[: m.start("cont")] + bare[m.end("cont") :]
    return caption_title(" ".join(bare.rstrip("*").split()))


def _find_caption(lines: Sequence[str], first: int, reach: int = 8) -> tuple[str | None, int | None]:
    """The caption over a table: the nearest caption line within `reach` non-blank lines above its first line."""
    seen = 0
    n = first - 1
    while n >= 1 and seen < reach:
        text = lines[n - 1]
        if text.strip():
            cap = caption_text(text)
            if cap and under_rule(lines, n):
                break  # the caption under another table's closing rule is that table's
            if cap:
                more = _caption_continued(lines, n)
                return (f"{cap} {more}" if more else cap), n
            if n > 1 and caption_text(lines[n - 2]) and _caption_continued(lines, n - 1):
                n -= 1  # a caption's second line: the caption is the line above
                continue
            if seen == 0 and _looks_like_title(text):
                return " ".join(_strip_markup(text).split()), n  # "Life expectancy at birth, 2018-20"
            if (_is_prose(text) and seen > 0) or _is_values_line(text):
                break  # a paragraph, or another table's rows: any caption above is theirs
            seen += 1
        n -= 1
    return None, None


_SOURCE_NOTE_RE = re.compile(r"^\s*(?:Source|Sources|Note|Notes)\b", re.I)
"""A table's source or note line: under the table, never its header or a row."""
_OPEN_END_RE = re.compile(r"(?:,|\b(?:the|of|and|or|by|in|for|between|with|to|a|an|at|on|from|per))\s*$", re.I)
"""A caption broken off mid-phrase ("Gap in male life expectancy between the"): its next line finishes it."""


def _caption_continued(lines: Sequence[str], n: int) -> str | None:
    """The line after caption line `n` when it finishes the caption: the caption ends mid-phrase and the next
    line is words, not a table's header over numbers or its rows."""
    if n >= len(lines) or not _OPEN_END_RE.search(lines[n - 1]):
        return None
    nxt = lines[n].strip()
    if not nxt or _is_values_line(lines[n]) or "  " in nxt or caption_text(nxt):
        return None
    return " ".join(_strip_markup(nxt).split())


_TITLE_YEAR_RE = re.compile(r"(?:19|20)\d{2}(?:\s?[/\-\u2013]\s?\d{2,4})?")


def _looks_like_title(text: str) -> bool:
    """A short line straight over a table that names it: capitalised, no sentence, no numbers but years."""
    t = " ".join(_strip_markup(text).split()).strip("# ")
    words = t.split()
    return (
        2 <= len(words) <= 14
        and t[:1].isupper()
        and not t.endswith((".", ";", ","))
        and "|" not in t
        and "\t" not in text
        and not re.search(r"\S\s{3,}\S", text.strip())  # columns: a header, not a title
        and not re.search(r"\d", _TITLE_YEAR_RE.sub("", t))
    )


def _is_values_line(text: str) -> bool:
    """A line of two or more numbers other than years: a table's row."""
    return len([t for t in scan(_TITLE_YEAR_RE.sub(" ", text)) if t.value or t.text.strip("0")]) >= 2


def _is_prose(text: str) -> bool:
    """A run of text too long for a cell, or a long line ending a sentence."""
    if len(text) >= PROSE_CHARS and any(len(r) >= PROSE_CHARS for r in _RUN_RE.findall(text)):
        return True  # (a shorter line holds no run that long: most lines, and every cell)
    # the full stop first: a line's last printed character, however it is spaced
    return text.rstrip().endswith(".") and len(" ".join(text.split())) > 40


# --- header text ----------------------------------------------------------------------------------------------


HYPHEN_PREFIXES_FILE = Path(__file__).resolve().parent.parent / "data" / "hyphen_prefixes.csv"


@lru_cache(maxsize=1)
def _hyphen_prefixes() -> frozenset[str]:
    """Prefixes whose hyphen is part of the word (data/hyphen_prefixes.csv), kept when a header wraps after one."""
    with HYPHEN_PREFIXES_FILE.open(encoding="utf-8", newline="") as fh:
        return frozenset(row["prefix"].strip().casefold() for row in csv.DictReader(fh))


def join_header(parts: Iterable[str]) -> str:
    """Header lines of one column joined: "Net" + "change" -> "Net change", "(head-" + "count)" -> "(headcount)",
    "Non-" + "recurrent" -> "Non-recurrent"."""
    out = ""
    for part in parts:
        p = " ".join(part.split())
        if not p:
            continue
        split_word = out.endswith("-") and out[-2:-1].isalpha() and p[:1].islower()
        if split_word and re.split(r"[\s(]", out[:-1])[-1].casefold() in _hyphen_prefixes():
            out += p
        else:
            out = out[:-1] + p if split_word else f"{out} {p}".strip()
    return out


def column_unit(header: str, units_row: str | None, caption: str | None) -> str | None:
    """The unit a column states: its units-row word, else its header, else the caption."""
    for text in (units_row, header, caption):
        if text:
            unit = _unit_of(text)
            if unit:
                return unit
    return None


def _unit_of(text: str) -> str | None:
    t = text.casefold()
    if re.search(r"£\s?(?:000|'000|k)\b|£k|\(£000s?\)|£ thousands|£000", t):
        return "GBP thousands"
    if re.search(r"£\s?m\b|£m|£ millions|£million", t):
        return "GBP millions"
    m = re.search(r"\bper\s+([\d,]+)\b", t)
    if m:
        base = f"per {int(m.group(1).replace(',', '')):,}"
        return "WTE per 1,000 patients" if base == "per 1,000" and re.search(r"\b(?:fte|wte)\b", t) else base
    if "%" in t or re.search(r"\bper\s?cent\b|\bpercentage\b", t):
        return "%"
    if re.search(r"[µ\u03bcu]g/m[3³]", t):
        return "µg/m3"
    if re.search(r"\b(?:fte|wte)\b", t):
        return "WTE"
    if re.search(r"\byears?\b", t) and not re.search(r"\d", t):
        return "years"
    if re.search(r"(?:^|\s)£(?:\s|$)", f" {t} "):
        return "GBP"
    if re.search(r"\b(?:number|headcount|count|no\.)\b", t):
        return "count"
    return None


def _clean_header(header: str) -> str:
    return " ".join(header.replace("**", "").split()).strip(" :")


# --- pipes and tabs ----------------------------------------------------------------------------------------------


def _split_pipes(text: str) -> list[tuple[int, str]] | None:
    """A pipe row's cells with their offsets on the line, or None if the line is not one."""
    s = text.rstrip()
    if not s.lstrip().startswith("|") or not s.endswith("|") or s.count("|") < 3:
        return None
    out = []
    pos = s.index("|") + 1
    while pos < len(s):
        nxt = s.find("|", pos)
        if nxt < 0:
            break
        out.append((pos, s[pos:nxt]))
        pos = nxt + 1
    return out


def _split_tabs(text: str) -> list[tuple[int, str]] | None:
    if "\t" not in text.strip():
        return None
    out, pos = [], 0
    for part in text.split("\t"):
        out.append((pos, part))
        pos += len(part) + 1
    return out if len([p for _, p in out if p.strip()]) >= 2 else None


def _delimited_grids(lines: Sequence[str], splitter, layout: str) -> list[Grid]:  # type: ignore[no-untyped-def]
    grids: list[Grid] = []
    n = 0
    total = len(lines)
    while n < total:
        if splitter(lines[n]) is None:
            n += 1
            continue
        block: list[tuple[int, list[tuple[int, str]]]] = []
        while n < total and (cells := splitter(lines[n])) is not None:
            block.append((n + 1, cells))
            n += 1
        grid = _delimited_grid(lines, block, layout)
        if grid is not None:
            grids.append(grid)
    return grids


def _delimited_grid(lines: Sequence[str], block: list[tuple[int, list[tuple[int, str]]]], layout: str) -> Grid | None:
    sep = next(
        (
            i
            for i, (_, cells) in enumerate(block)
            if all(_PIPE_SEPARATOR_CELL_RE.match(c.strip()) for _, c in cells if c.strip())
        ),
        None,
    )
    if sep is not None:
        head, body = block[:sep], block[sep + 1 :]
        while len(body) > 1 and not _holds_values(body[0][1]):  # a second header row under the separator
            head, body = [*head, body[0]], body[1:]
    else:
        k = 0
        while k < len(block) and not _holds_values(block[k][1]):
            k += 1
        head, body = block[:k], block[k:]
    if len(body) < 1:
        return None
    width = max(len(cells) for _, cells in block)
    head_texts = _spanned([[_strip_markup(c) for _, c in cells] + [""] * (width - len(cells)) for _, cells in head])
    headers = [join_header(texts[i] for texts in head_texts) for i in range(width)]
    label_col = 0
    if _NUMBERING_HEADER_RE.match(headers[0] or "") and width > 2:
        label_col = 1
    rows: list[GridRow] = []
    parsed: list[tuple[int, str, list[_Item | None]]] = []
    shares: dict[tuple[int, int], NumberToken] = {}
    for line, cells in body:
        label = _strip_markup(cells[label_col][1]) if label_col < len(cells) else ""
        items: list[_Item | None] = []
        for i in range(width):
            if i == label_col or i >= len(cells):
                items.append(None)
                continue
            off, text = cells[i]
            found = _cell_items(text, off)
            if found is None:
                items.append(_word_item(text, off) or _Item(off, off + len(text), None, _strip_markup(text)))
            elif len(found) == 1:
                items.append(found[0])
            elif found:
                items.append(found[0])  # "5,700 (12%)": the first number is the cell's value, the share its own
                share = found[1].token
                if len(found) == 2 and share and share.is_share and found[0].token and not found[0].token.is_share:
                    shares[(line, i)] = share
            else:
                items.append(None)
        parsed.append((line, label, items))
    columns = _roles([headers[i] for i in range(width)], [[p[2][i] for p in parsed] for i in range(width)], label_col)
    for line, label, items in parsed:
        values = tuple(
            it.token if it is not None and columns[i].role == "values" else None for i, it in enumerate(items)
        )
        words = tuple(
            it.text
            if it is not None and (it.token is None and it.text) and columns[i].role != "values"
            else (it.text if it is not None and columns[i].role == "period" else None)
            for i, it in enumerate(items)
        )
        row_shares = tuple(shares.get((line, i)) if values[i] is not None else None for i in range(width))
        rows.append(GridRow(line, label, (line,), values, words, shares=row_shares if any(row_shares) else ()))
    if not any(v is not None for r in rows for v in r.values):
        return None
    caption, cap_line = _find_caption(lines, block[0][0])
    columns = [_with_unit_period(c, None, caption) for c in columns]
    return Grid(
        layout,
        block[0][0],
        block[-1][0],
        columns,
        rows,
        corner=headers[label_col],
        caption=caption,
        caption_line=cap_line,
        header_lines=tuple(line for line, _ in head),
    )


def _spanned(rows: list[list[str]]) -> list[list[str]]:
    """Header rows with a spanning cell's text carried into the empty cells right of it ("| | 2021/22 | |
    2022/23 | |" over "| Area | Number | Rate | Number | Rate |"): every header row but the last, whose cells
    name the columns themselves.  The label column (the first) never inherits."""
    out = [list(r) for r in rows]
    for row in out[:-1]:
        for i in range(2, len(row)):
            if not row[i] and row[i - 1]:
                row[i] = row[i - 1]
    return out


def _holds_values(cells: list[tuple[int, str]]) -> bool:
    """Whether a delimited line holds values right of its label: years in step ("Area | 2017 | 2018") are a
    header, as in the aligned layout."""
    texts = [t for _, c in cells[1:] if (t := _strip_markup(c))]
    return not _years_in_step(texts) and any(_cell_items(t, 0) for t in texts)


def _roles(headers: list[str], columns: list[list[_Item | None]], label_col: int) -> list[Column]:
    """What each column holds: values, periods, numbering, RAG words or other words."""
    out = []
    for i, (header, items) in enumerate(zip(headers, columns, strict=True)):
        h = _clean_header(header)
        present = [it for it in items if it is not None and it.text]
        if i == label_col:
            out.append(Column(h, role="label"))
        elif _NUMBERING_HEADER_RE.match(h):
            out.append(Column(h, role="numbering"))
        elif _PERIOD_HEADER_RE.match(h) or (
            present and all(_PERIOD_CELL_RE.match(it.text) for it in present) and not re.search(r"\d", h)
        ):
            out.append(Column(h, role="period"))
        elif (
            present
            and all(it.token is None for it in present)
            and any(it.text.casefold() in _RAG_WORDS for it in present)
        ):
            out.append(Column(h, role="rag"))
        elif present and all(it.token is None for it in present):
            out.append(Column(h, role="words"))
        else:
            out.append(Column(h))
    return out


def _with_unit_period(col: Column, units_row: str | None, caption: str | None) -> Column:
    if col.role != "values":
        return col
    unit = column_unit(col.header, units_row, caption)
    period = header_period(col.header) if col.header else None
    return replace(col, unit=unit, period=period)


# --- aligned by spaces ----------------------------------------------------------------------------------------


@dataclass
class _Line:
    n: int
    text: str
    indent: int
    label: str
    items: list[_Item]  # value and word items right of the label

    @property
    def values(self) -> list[_Item]:
        return [it for it in self.items if it.token is not None]


def _aligned_line(n: int, text: str) -> _Line | None:
    """A line read as a table row: a label run, then runs that are only numbers, gap markers or short words."""
    if "|" in text or "\t" in text or not _DIGIT_RE.search(text):
        return None  # a pipe or tab row, or no number to be a value (most lines of a pack)
    runs = [(m.start(), m.group()) for m in _RUN_RE.finditer(text)]
    if not runs:
        return None
    items: list[_Item] = []
    k = len(runs)
    trailing_words = 0
    while k > 1 or (k == 1 and items):
        start, run = runs[k - 1]
        found = _cell_items(run, start)
        if found is None and _PERIOD_CELL_RE.match(run):
            found = [_Item(start, start + len(run), None, run)]
        if found is None and (rated := _RATED_CELL_RE.match(run)):  # "-1.7 Amber": a value, one space, its RAG
            value = _cell_items(rated.group(1), start)
            if value and all(it.token for it in value):
                found = [*value, _Item(start + rated.start(2), start + len(run), None, rated.group(2))]
                trailing_words += 1
        if found is None:
            word = _word_item(run, start)
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
        and items[0].text.casefold() not in _RAG_WORDS
        and not is_missing(items[0].text)
        and not _PERIOD_CELL_RE.match(items[0].text)
    ):
        k += 1  # words left of the first number are the label's
        items.pop(0)
    if 1 < k < len(runs) and len(runs[0][1]) < PROSE_CHARS and sum(1 for it in items if it.token) >= 2:
        # "Abbeyford   Hallam   Q2   74.1   79.0": text columns between the label and the values (a district, a
        # quintile); a header line's words over a lone figure ("patients  (fully  1,000") are no row
        middle = [_word_item(run, start) for start, run in runs[1:k]]
        if all(w is not None and len(w.text.split()) <= WORD_CELL_WORDS for w in middle):
            items[:0] = [w for w in middle if w is not None]
            k = 1
    label_runs = runs[:k]
    label = " ".join(r for _, r in label_runs)
    if not any(it.token for it in items):
        return None
    if len(runs) - k == 1 and sum(1 for it in items if it.token) >= 3:
        return None  # "Asexual  100% 0% 0% 0%": values kept apart by single spaces, no columns to align
    if label_runs and any(len(r) >= PROSE_CHARS for _, r in label_runs) or len(label_runs) > 1:
        return None  # prose, or header text spread over several columns
    if (
        not label
        and items[0].token is None
        and _PERIOD_CELL_RE.match(items[0].text)
        and len(items) > 1
        and all(it.token is not None and not _PERIOD_CELL_RE.match(it.text) for it in items[1:])
    ):
        label = items.pop(0).text  # "2019/20   74.5": a row known by its period (not a header's line of periods)
    if not label and len([it for it in items if it.token]) < 2:
        return None  # a page number, a lone figure
    if label and label_runs and label_runs[-1][0] + len(label_runs[-1][1]) + 2 > items[0].start:
        return None
    if re.match(r"^\d{1,2}(?:\.\d{1,2})*\.?$", label):  # a numbered paragraph's number and a figure
        return None
    if _years_in_step([it.text for it in items]):
        return None  # "Area  2017  2018  2019": a header of years, not a row of values
    indent = len(text) - len(text.lstrip())
    return _Line(n, text, indent, label, items)


def _years_in_step(cells: list[str]) -> bool:
    """Whether cells are two or more years in even steps (2017 2018 2019; 2011 2016 2021): column headers."""
    if len(cells) < 2 or not all(re.fullmatch(r"(?:19|20)\d\d", c) for c in cells):
        return False
    years = [int(c) for c in cells]
    steps = {b - a for a, b in zip(years, years[1:], strict=False)}
    return len(steps) == 1 and 0 < abs(steps.pop()) <= 10


def _aligned_grids(lines: Sequence[str], furniture: frozenset[int]) -> list[Grid]:
    grids: list[Grid] = []
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


CORNER_WORDS = (*PLACE_DIMENSIONS, "indicator", "indicators", "measure", "measures", "metric", "metrics")


def is_period_cell(text: str) -> bool:
    """Whether a cell is a period and nothing else ("2019/20", "Q3 2024", "Mar-25")."""
    return bool(_PERIOD_CELL_RE.match(text.strip()))


def _periods_only(row: _Line) -> bool:
    """A line of periods ("2022/23   2023   2023/24"), alone or after the header's corner ("Neighbourhood  2022/23
    2023"): the last line of a header, not a row of values."""
    if row.label and row.label.strip(" :*").casefold() not in CORNER_WORDS:
        return False
    return bool(row.items) and all(_PERIOD_CELL_RE.match(it.text) for it in row.items)


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
        if not text.strip() or n in furniture or _FOOTER_RE.match(text) or _SEPARATOR_RE.match(text):
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
        if caption_text(text) or _is_prose(text) or _SOURCE_NOTE_RE.match(text):
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
                or _PERIOD_CELL_RE.match(tail[1].strip())
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
        if not m.label and len(m.values) >= 3 and _PERIOD_CELL_RE.match(m.items[0].text) and m.items[0].end < label_end:
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
    while head and head[-1][0] == first - 1 and all(m.end() <= left - 1 for m in _RUN_RE.finditer(head[-1][1])):
        members.insert(0, head.pop())  # the first row's label wrapped onto the line above it, not a header
        first -= 1
        if not head:
            head = _header_above(lines, furniture, first)
    title, head = _title_over(head, [m.text if isinstance(m, _Line) else m[1] for m in members])
    headers, units_row, corner = _assign_header(head, spans, _ruled_left(lines, first, left))
    if not any(headers):
        below = _header_below(lines, furniture, data[-1].n, spans, left)
        if below is not None:
            headers, units_row, corner = below
    rows = _aligned_rows(members, spans, left)
    if len(rows) < 2 or sum(len(r.values) for r in data) < 0.4 * len(data) * len(spans):
        return None  # too few rows, or cells too sparse to be columns (spaces padding another layout's rows)
    width = len(spans)
    col_items: list[list[_Item | None]] = [[] for _ in range(width)]
    for r in data:
        slot: list[_Item | None] = [None] * width
        for it in r.items:
            c = _column_of(it.start, it.end, spans)
            if c is not None:
                slot[c] = it
        for i in range(width):
            col_items[i].append(slot[i])
    columns = _roles(["", *headers], [[None] * len(data), *col_items], 0)[1:]
    first_line = min(min(r[2]) for r in rows)
    cap_below = caption_below(lines, max(max(r[0], *r[2]) for r in rows))
    caption: str | None
    cap_line: int | None
    if cap_below is not None:
        caption, cap_line = caption_text(lines[cap_below - 1]), cap_below
    else:
        caption, cap_line = _find_caption(lines, title[0] if title else head[0][0] if head else first_line)
        if title and (cap_line is None or not caption_text(lines[cap_line - 1])):
            caption, cap_line = title[1], title[0]  # a numbered caption above the title is the table's own
    columns = [_with_unit_period(c, units_row[i] if units_row else None, caption) for i, c in enumerate(columns)]
    grid_rows = []
    for row in rows:
        slots: list[_Item | None] = [None] * width
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
    runs = list(_RUN_RE.finditer(text))
    rest = [t for t in (*(t for _, t in head[1:]), *body) if t.strip()]
    if len(runs) != 1 or len(runs[0].group().split()) < 3 or not rest or _UNIT_WORDS.match(runs[0].group()):
        return None, head
    left = min(len(t) - len(t.lstrip()) for t in rest)
    right = max(len(t.rstrip()) for t in rest)
    if runs[0].end() - runs[0].start() < TITLE_SHARE * (right - left):
        return None, head
    return (n, " ".join(_strip_markup(text).split())), head[1:]


def _header_above(lines: Sequence[str], furniture: frozenset[int], first: int) -> list[tuple[int, str]]:
    """The run of short lines above a table's first row (after blank lines), up to a caption or prose."""
    head: list[tuple[int, str]] = []
    n = first - 1
    while n >= 1 and not lines[n - 1].strip():
        n -= 1
    while n >= 1 and lines[n - 1].strip() and n not in furniture:
        text = lines[n - 1]
        if _SEPARATOR_RE.match(text):
            if head and _SPAN_RULE_RE.match(text):
                head.insert(0, (n, text))  # a rule under headers over groups of columns: where each group lies
            n -= 1  # a rule under or over the header ("------") is no header text and ends nothing
            continue
        if caption_text(text) or _is_prose(text) or _SINGLE_SPACED_ROW_RE.match(text):
            break
        if n > 1 and caption_text(lines[n - 2]) and _caption_continued(lines, n - 1):
            break  # the caption's second line
        head.insert(0, (n, text))
        n -= 1
    while head and _SPAN_RULE_RE.match(head[0][1]):
        head.pop(0)  # a rule over the whole header spans nothing
    return [] if any(_is_prose(t) for _, t in head) else head


# reStructuredText's column-span rule under a header over a group of columns ("Life expectancy" over "Male
# Female"): one run of dashes per group
_SPAN_RULE_RE = re.compile(r"^\s*-{2,}(?:\s+-{2,})+\s*$")


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


def _span_rules(head: list[tuple[int, str]]) -> dict[int, list[tuple[int, int]]]:
    """For each header line straight over a column-span rule, the rule's dash runs (index in `head` -> runs)."""
    return {
        i - 1: [m.span() for m in re.finditer(r"-+", text)]
        for i, (_n, text) in enumerate(head)
        if i > 0 and _SPAN_RULE_RE.match(text)
    }


def _assign_header(
    head: list[tuple[int, str]], spans: list[tuple[int, int]], left: int
) -> tuple[list[str], list[str] | None, str]:
    """Header runs to columns: each run to the column it overlaps (or, spanning several, to each it covers)."""
    width = len(spans)
    stacked = _left_aligned_header(head, spans, left)
    if stacked is not None:
        return stacked
    parts: list[list[str]] = [[] for _ in range(width)]
    units_row: list[str] | None = None
    corner: list[str] = []
    over: list[tuple[int, list[int]]] = []  # runs above that span columns: where each starts, and its columns
    ruled = _span_rules(head)
    for i, (_, text) in enumerate(head):
        if _SPAN_RULE_RE.match(text):
            continue
        runs = [(m.start(), m.end(), m.group()) for m in _RUN_RE.finditer(text)]
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
            and all(_UNIT_WORDS.match(r[2].strip()) for r in value_runs)
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


def _left_aligned_header(
    head: list[tuple[int, str]], spans: list[tuple[int, int]], left: int
) -> tuple[list[str], list[str] | None, str] | None:
    """Headers of several lines whose words start at one place per column (left-aligned, as a word processor sets
    them) over right-aligned numbers: each stack of words is the header of the column under it, in order, even
    where a wide header reaches over the next column's numbers. None when the header is not set that way."""
    if len(head) < 2 or any(_SPAN_RULE_RE.match(text) for _, text in head):
        return None
    corner: list[str] = []
    runs: list[tuple[int, int, str]] = []
    units_row: list[str] | None = None
    for _, text in head:
        line_runs = [(m.start(), m.end(), m.group()) for m in _RUN_RE.finditer(text)]
        corner.extend(t for _, e, t in line_runs if e <= left - 1)
        value_runs = [r for r in line_runs if r[1] > left - 1]
        if len(value_runs) >= max(1, len(spans) // 2) and all(_UNIT_WORDS.match(t.strip()) for _, _, t in value_runs):
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
        if _is_prose(text) or caption_text(text) or _SOURCE_NOTE_RE.match(text) or _aligned_line(n, text) is not None:
            break
        head.append((n, text))
        n += 1
    if not head:
        return None
    headers, units, corner = _assign_header(head, spans, left)
    return (headers, units, corner) if sum(1 for h in headers if h) >= max(1, len(spans) - 1) else None


def _aligned_rows(
    members: list[_Line | tuple[int, str]], spans: list[tuple[int, int]], left: int
) -> list[tuple[int, str, tuple[int, ...], list[_Item], str | None]]:
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
            if not label and not (m.items and _PERIOD_CELL_RE.match(m.items[0].text)):
                label = "Total"  # a row of values under the others with no label: a total (not a year's row)
            rows.append([m.n, label, lines_, m.items, group, indent, m])
            pending = []
            continue
        n, text = m
        near = [r.group() for r in _RUN_RE.finditer(text) if r.start() < left]
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
        starts_next_label = (
            next_row is not None
            and bool(next_row.indent > ind or _CONNECTOR_END_RE.search(t) or next_row.label[:1].islower())
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
                or _PERIOD_CELL_RE.match(t)
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
    near = [r for r in _RUN_RE.finditer(text) if r.start() < left]
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


# --- one cell per line ---------------------------------------------------------------------------------------


def _cell_grids(lines: Sequence[str], taken: set[int]) -> list[Grid]:
    """Runs of short lines that repeat a label and N-1 values after a header of N (or N-1) names."""
    grids: list[Grid] = []
    runs: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    numbered = set(digit_lines(lines))  # a caption has a number
    for i, text in enumerate(lines, 1):
        t = " ".join(text.strip().strip("*_").split())  # the cell, markup dropped (`_strip_markup`)
        if (
            t
            and i not in taken
            and len(t) <= LONG_CELL_LABEL
            and (not _is_prose(text) or not text.rstrip().endswith(".") and _heads_a_value(lines, i))
            and not (i in numbered and caption_text(text))
            and (len(t) <= 40 or _heads_a_value(lines, i))  # the costly test last: most lines fail a cheap one
        ):
            current.append((i, t))
        elif not t and current:
            continue  # blank lines inside a run are allowed
        else:
            if len(current) >= 6:
                runs.append(current)
            current = []
    if len(current) >= 6:
        runs.append(current)
    for run in runs:
        if sum(1 for n, _ in run if n in numbered) < 4:
            continue  # a grid has two rows of two values or more at least: each value is a line with a digit
        kinds = [_cell_kind(t) for _, t in run]
        wrapped = _wrapped_cell_grids(lines, run)
        grid = None if wrapped else _cell_run_grid(lines, run, kinds)
        grids += wrapped or ([grid] if grid is not None else [])
    return grids


LONG_CELL_LABEL = 90  # a row label printed on its own line may be long ("Walking for travel, ... (%), 2022/23")


def _heads_a_value(lines: Sequence[str], i: int) -> bool:
    """Line i (1-based) is followed, after blank lines, by a line holding one value alone: a row label's cell."""
    for k in range(i, len(lines)):  # (not lines[i:]: a copy of the rest of the pack for every long line)
        t = " ".join(lines[k].split())
        if t:  # a value's cell is short and holds a digit: most lines following a long one are neither
            return len(t) <= 40 and _DIGIT_RE.search(t) is not None and _cell_kind(t) == "v" and len(scan(t)) == 1
    return False


_YEAR_CELL_RE = re.compile(r"^(?:19|20)\d{2}(?:\s?[/\-\u2013]\s?(?:19|20)?\d{2})?$")


def _cell_kind(text: str) -> str:
    """A cell's kind: "v" a value, "y" a year (a column header, or a value in the body), "t" words."""
    if not _DIGIT_RE.search(text):
        return "t"  # a year and a value hold a digit: most cells of words are told at once
    if _YEAR_CELL_RE.match(text):
        return "y"
    items = _cell_items(text, 0) or []
    return "v" if items and all(it.token for it in items) else "t"


def _cell_run_grid(lines: Sequence[str], run: list[tuple[int, str]], kinds: list[str]) -> Grid | None:
    for width in range(3, 14):  # label + width-1 values (areas as columns: a dozen)
        for head_len in (width, width - 1):
            body = kinds[head_len:]
            if len(body) < 2 * width or any(k == "v" for k in kinds[:head_len]):
                continue
            rows_n = len(body) // width
            pattern_ok = rows_n >= 2 and all(
                body[r * width] == "t" and all(k in "vy" for k in body[r * width + 1 : (r + 1) * width])
                for r in range(rows_n)
            )
            if not pattern_ok:
                continue
            names = [t for _, t in run[:head_len]]
            headers = names[1:] if head_len == width else names
            corner = names[0] if head_len == width else ""
            rows = []
            for r in range(rows_n):
                base = head_len + r * width
                label_line, label = run[base]
                values = []
                value_lines = []
                for k in range(1, width):
                    line, text = run[base + k]
                    raw = lines[line - 1]
                    off = raw.find(text[:1]) if text else 0
                    items = _cell_items(raw[off:].rstrip(), off) or []
                    values.append(items[0].token if items else None)
                    value_lines.append(line)
                rows.append(
                    GridRow(
                        value_lines[0],
                        label,
                        (label_line,),
                        tuple(values),
                        (None,) * (width - 1),
                        value_lines=tuple(value_lines),
                    )
                )
            caption, cap_line = _find_caption(lines, run[0][0])
            columns = [_with_unit_period(Column(_clean_header(h)), None, caption) for h in headers]
            return Grid(
                "cells",
                run[0][0],
                run[head_len + rows_n * width - 1][0],
                columns,
                rows,
                corner,
                caption,
                cap_line,
                tuple(n for n, _ in run[:head_len]),
            )
    return None


_MARKED_VALUE_RE = re.compile(r"^(.*\d)[a-z]$")
"""A value alone on its line with a note letter glued to it ("0.55p" provisional)."""


@lru_cache(maxsize=1 << 12)
def _lone_cell(text: str) -> tuple[str, _Item | None]:
    """A line of a one-cell-per-line table: its kind ("v" a value, "y" a year, "r" a RAG word, "t" words) and
    the value's item (offsets on the stripped line).  Memoised: the chart reader asks of each line as a data
    label and again as the next title."""
    if text.casefold() in _RAG_WORDS and text.isalpha() or text.casefold() in ("amber/green", "red/amber"):
        return "r", None
    kind = _cell_kind(text)
    if kind == "t" and (marked := _MARKED_VALUE_RE.match(text)) and _cell_kind(marked.group(1)) == "v":
        return "v", _first_item(marked.group(1))
    if kind != "v":
        return kind, None
    return "v", _first_item(text)


def _first_item(text: str) -> _Item | None:
    items = _cell_items(text, 0)
    return items[0] if items else None


def _continues_header(before: str, text: str) -> bool:
    """A header line that carries on the cell above: a lower-case start ("date", "budget £m"), a unit or
    number ("£m", "FTE", "1,000", "(£k)") or a line after one broken off mid-phrase ("Plan to", "GPs per")."""
    first = text[:1]
    if first.islower() or first in "£(%" or _UNIT_WORDS.match(text):  # "FTE" under "Pharmacists"
        return True
    if first.isdigit():
        return not _PERIOD_CELL_RE.match(text)
    return bool(_CONNECTOR_END_RE.search(before))


def _lone_rows(kinds: Sequence[str], p: int) -> tuple[int, bool] | None:
    """The row starting at run position p: a label line, two values or more, maybe a RAG word; returns the
    count of values and whether a RAG word ends it."""
    if kinds[p] not in "ty":
        return None
    q = p + 1
    while q < len(kinds) and kinds[q] == "v":
        q += 1
    if q - p - 1 < 2:
        return None
    return q - p - 1, q < len(kinds) and kinds[q] == "r"


def _wrapped_cell_grids(lines: Sequence[str], run: list[tuple[int, str]]) -> list[Grid]:
    """One-cell-per-line tables whose header cells wrap over two or three lines ("Plan to" / "date", "GPs per" /
    "1,000" / "patients"), as a PDF converter's default (non-layout) mode prints a slide's table.

    The rows fix the shape: each is a label line (words or a year) and then k value lines, a RAG word maybe
    after them (a total row prints none), and the table runs while the rows keep k.  The header is the block of
    lines straight above the first row; its lines are joined into cells where a line carries on the one above
    (`_continues_header`), and the last k (+1 for the RAG column) cells name the columns, one more before them
    the row labels' corner ("Scheme", "Year").  A header that does not give that many cells is no table's."""
    parsed = [_lone_cell(t) for _, t in run]
    kinds = [k for k, _ in parsed]
    grids: list[Grid] = []
    p = 0
    while p < len(run):
        first = _lone_rows(kinds, p)
        if first is None:
            p += 1
            continue
        k = first[0]
        shapes: list[tuple[int, int, bool]] = []  # (start, values, rag)
        q = p
        while q < len(run) and (row := _lone_rows(kinds, q)) is not None and row[0] >= k:
            if row[0] > k:  # a last row with more lines of numbers: a paragraph number follows the table
                shapes.append((q, k, False))
                q += 1 + k
                break
            shapes.append((q, *row))
            q += 1 + k + int(row[1])
        rag = any(r for _, _, r in shapes)
        grid = _lone_grid(lines, run, parsed, p, shapes, k, rag) if len(shapes) >= 2 else None
        if grid is None:
            p += 1
            continue
        grids.append(grid)
        p = q
    return grids


def _lone_header(run: list[tuple[int, str]], p: int, need: int) -> tuple[str, list[str], tuple[int, ...]] | None:
    """The corner and `need` column names joined from the lines straight above run position p, and their lines."""
    block: list[tuple[int, str]] = []
    j = p - 1
    while j >= 0 and run[j][0] == (block[0][0] if block else run[p][0]) - 1:
        block.insert(0, run[j])
        j -= 1
    groups: list[list[tuple[int, str]]] = []
    for n, text in block:
        if groups and _continues_header(groups[-1][-1][1], text):
            groups[-1].append((n, text))
        else:
            groups.append([(n, text)])
    if len(groups) < need:
        return None
    used = groups[-(need + 1) :] if len(groups) > need else groups
    names = [join_header(t for _, t in g) for g in used]
    corner = names.pop(0) if len(names) > need else ""
    return corner, names, tuple(n for g in used for n, _ in g)


PAGE_TITLE_REACH = 40  # lines from a slide's title to a table on it


def _page_title(lines: Sequence[str], first: int) -> tuple[str | None, int | None]:
    """The title of the page a table is on, where a form feed starts each page (a PDF converter's slides): the
    page's first line, when it reads as a title."""
    for n in range(first - 1, max(0, first - PAGE_TITLE_REACH), -1):
        text = lines[n - 1]
        if "\f" in text:
            title = " ".join(_strip_markup(text.replace("\f", " ")).split())
            words = title.split()
            ok = 2 <= len(words) <= 14 and title[:1].isupper() and not title.endswith((".", ";"))
            return (title, n) if ok else (None, None)
    return None, None


def _lone_grid(
    lines: Sequence[str],
    run: list[tuple[int, str]],
    parsed: list[tuple[str, _Item | None]],
    p: int,
    shapes: list[tuple[int, int, bool]],
    k: int,
    rag: bool,
) -> Grid | None:
    header = _lone_header(run, p, k + int(rag))
    if header is None:
        return None
    corner, names, header_lines = header
    rows = []
    for start, _k, has_rag in shapes:
        label_line, label = run[start]
        values: list[NumberToken | None] = []
        value_lines = []
        for m in range(start + 1, start + 1 + k):
            line, text = run[m]
            item = parsed[m][1]
            off = lines[line - 1].find(text[:1])
            tok = item.token if item is not None else None
            values.append(None if tok is None else replace(tok, start=tok.start + off, end=tok.end + off))
            value_lines.append(line)
        words: list[str | None] = [None] * k
        if rag:
            values.append(None)
            value_lines.append(run[start + 1 + k][0] if has_rag else value_lines[-1])
            words.append(run[start + 1 + k][1] if has_rag else None)
        rows.append(
            GridRow(value_lines[0], label, (label_line,), tuple(values), tuple(words), value_lines=tuple(value_lines))
        )
    caption, cap_line = _find_caption(lines, min(header_lines))
    page, page_line = _page_title(lines, min(header_lines))
    if caption is None:
        caption, cap_line = page, page_line
    columns = [_with_unit_period(Column(_clean_header(h)), None, caption) for h in names[:k]]
    if rag:
        columns.append(Column(_clean_header(names[k]), role="rag"))
    last = shapes[-1][0] + k + int(shapes[-1][2])
    return Grid(
        "cells",
        min(header_lines),
        run[last][0],
        columns,
        rows,
        corner,
        caption,
        cap_line,
        header_lines,
        page_title=page,
    )


# --- a chart's data labels ---------------------------------------------------------------------------------


CHART_LABEL_CHARS = 40  # a category axis label or a legend entry is short


def _chart_grids(lines: Sequence[str], taken: set[int]) -> list[Grid]:
    """Charts as a PDF converter's default mode prints them: the chart's title, its data labels one a line, then
    its category labels in the same order, then the legend's series names, if any.

    The k-th data label belongs to the k-th category.  A clustered chart of S series prints its labels series by
    series (an office suite draws every bar of the first series, then every bar of the next, and the converter
    keeps that order), so with M categories and S legend names the labels are M of the first series, then M of
    the second: N = M x S.  A legend after labels that already pair one to one (N = M) names bar styles ("Actual"
    / "Plan"), not series.  Counts that fit neither way give no table: no pairing beats a wrong one.  The chart
    becomes a table of categories (rows) by series (columns, the title's words for a lone series)."""
    grids: list[Grid] = []
    with_digits = set(digit_lines(lines))  # a title is followed by its data labels: the next line has a digit
    n = 1
    while n <= len(lines):
        found = _chart_at(lines, n, taken) if n + 1 in with_digits else None
        if found is None:
            n += 1
            continue
        grids.append(found)
        n = found.last_line + 1
    return grids


def _chart_at(lines: Sequence[str], title_line: int, taken: set[int]) -> Grid | None:
    """The chart whose title is line `title_line`, if its data labels follow straight under it."""
    title = " ".join(_strip_markup(lines[title_line - 1].replace("\f", " ")).split())
    if not title or title_line in taken or len(title.split()) < 3 or _lone_cell(title)[0] != "t":
        return None
    values: list[tuple[int, NumberToken]] = []
    n = title_line + 1
    while n <= len(lines) and n not in taken:
        text = lines[n - 1].strip()
        kind, item = _lone_cell(text) if text else ("", None)
        if kind != "v" or item is None or item.token is None:
            break
        off = lines[n - 1].find(text[:1])
        values.append((n, replace(item.token, start=item.token.start + off, end=item.token.end + off)))
        n += 1
    if len(values) < 3:
        return None
    words: list[tuple[int, str]] = []
    while n <= len(lines) and n not in taken:
        text = " ".join(lines[n - 1].split())
        if (
            not text
            or len(text) > CHART_LABEL_CHARS
            or _lone_cell(text)[0] in "vr"
            or _SOURCE_NOTE_RE.match(text)
            or "\f" in lines[n - 1]
        ):
            break
        words.append((n, text))
        n += 1
    shape = _chart_shape(len(values), len(words))
    if shape is None:
        return None
    m, series = shape
    categories = words[:m]
    names = [t for _, t in words[m : m + series]] if series > 1 else [""]
    if len(set(names)) != len(names) or any(_PERIOD_CELL_RE.match(t) for t in names if t):
        return None
    columns = [_with_unit_period(Column(_clean_header(h)), None, title) for h in names]
    rows = []
    for c, (label_line, label) in enumerate(categories):
        cells = [values[s * m + c] for s in range(len(names))]
        rows.append(
            GridRow(
                cells[0][0],
                label,
                (label_line,),
                tuple(tok for _, tok in cells),
                (None,) * len(names),
                value_lines=tuple(line for line, _ in cells),
            )
        )
    by = _BY_RE.search(title)  # "... by primary care network, 2025/26": what the categories are
    corner = by.group(1) if by else ""
    page = _page_title(lines, title_line)[0]
    return Grid("chart", title_line + 1, words[-1][0], columns, rows, corner, title, title_line, (), page_title=page)


# A chart title's "by district", "by primary care network": the dimension of its categories
_BY_RE = re.compile(r"\bby\s+([a-z]+(?: [a-z]+){0,3})\s*(?:[,(]|$)")


def _chart_shape(values: int, words: int) -> tuple[int, int] | None:
    """Categories and series from the counts of data labels and of the words after them (`_chart_grids`)."""
    if values == words:
        return values, 1
    for series in range(2, 7):
        if (words - series) * series == values and words - series >= 2:
            return words - series, series
    if values < words <= values + 3:
        return values, 1  # a legend of bar styles after the categories
    return None


# --- all layouts ---------------------------------------------------------------------------------------------


def _plain_grids(
    lines: Sequence[str], taken: set[int], split: Callable[[str], Cells | None], layout: str, *, ragged: bool
) -> list[Grid]:
    """Tables whose columns do not line up (loaders/plain_rows.py), read as delimited tables; marks their lines."""
    out = []
    for block in find_blocks(lines, split, ragged=ragged, taken=taken):
        grid = _delimited_grid(lines, block, layout)
        if grid is not None:
            out.append(grid)
            taken |= set(range(grid.first_line, grid.last_line + 1))
    return out


def _box_grids(lines: Sequence[str]) -> tuple[list[Grid], Sequence[str]]:
    """Pandoc grid tables (loaders/grid_boxes.py) read as delimited tables, each row one box with its values on
    their own lines; and the lines with those tables blanked, so the pipe reader does not read a box's lines
    as rows of their own."""
    tables = find_box_tables(lines)
    if not tables:
        return [], lines
    grids = []
    rest = list(lines)
    for t in tables:
        grid = _delimited_grid(lines, t.block, "boxes")
        for n in range(t.first_line, t.last_line + 1):
            rest[n - 1] = ""
        if grid is None:
            continue
        rows = [_placed_in_boxes(t, r) for r in grid.rows]
        grids.append(replace(grid, first_line=t.first_line, last_line=t.last_line, rows=rows))
    return grids, rest


def _placed_in_boxes(table: BoxTable, row: GridRow) -> GridRow:
    """A box row with each value and share on the physical line and offset it is printed at (a wrapped cell's
    "£27.8" / "million" or "3,456" / "(92%)" is read as one cell), so the claim on it is the number's own."""
    offsets = dict(table.block).get(row.line, [])

    def placed(i: int, tok: NumberToken | None) -> tuple[int, NumberToken | None]:
        if tok is None or i >= len(offsets):
            return table.cell_lines.get((row.line, i), row.line), tok
        line, start = table.place(row.line, i, tok.start, offsets[i][0])
        return line, replace(tok, start=start, end=start + tok.end - tok.start)

    values = [placed(i, tok) for i, tok in enumerate(row.values)]
    shares = [placed(i, tok) for i, tok in enumerate(row.shares)]
    lines = tuple(line for line, _ in values)
    share_lines = tuple(line for line, _ in shares)
    return replace(
        row,
        values=tuple(tok for _, tok in values),
        value_lines=lines if any(n != row.line for n in lines) else (),
        shares=tuple(tok for _, tok in shares),
        share_lines=share_lines if any(n != row.line for n in share_lines) else (),
    )


def find_grids(lines: Sequence[str], furniture: frozenset[int] = frozenset()) -> list[Grid]:
    """Every table in the lines, in any of the layouts above, in line order."""
    boxes, lines = _box_grids(lines)
    grids = boxes + _delimited_grids(lines, _split_pipes, "pipes") + _delimited_grids(lines, _split_tabs, "tabs")
    taken = {n for g in grids for n in range(g.first_line, g.last_line + 1)}
    grids += _plain_grids(lines, taken, split_commas, "commas", ragged=False)
    grids += _plain_grids(lines, taken, split_runs, "runs", ragged=True)
    for g in _aligned_grids(lines, furniture):
        if not any(n in taken for n in range(g.first_line, g.last_line + 1)):
            grids.append(g)
            taken |= set(range(g.first_line, g.last_line + 1))
    grids += _plain_grids(lines, taken, split_spaced_row, "spaced", ragged=False)
    grids += _cell_grids(lines, taken)
    taken |= {n for g in grids for n in range(min((g.first_line, *g.header_lines)), g.last_line + 1)}
    grids += _chart_grids(lines, taken)
    return _continued(sorted(grids, key=lambda g: g.first_line), lines, furniture)


def _continued(grids: list[Grid], lines: Sequence[str], furniture: frozenset[int]) -> list[Grid]:
    """A table carried over a page break with its header printed again but no caption of its own takes the caption
    of the table before it: the same columns under the same corner, only blank lines and page furniture between."""
    out: list[Grid] = []
    for g in grids:
        prev = out[-1] if out else None
        if (
            g.caption is None
            and prev is not None
            and prev.caption is not None
            and g.layout == prev.layout
            and g.corner == prev.corner
            and [c.header for c in g.columns] == [c.header for c in prev.columns]
            and any(c.header for c in g.columns)
            and _page_break_between(lines, furniture, prev.last_line, min(g.first_line, *g.header_lines))
        ):
            g = replace(g, caption=prev.caption, caption_line=prev.caption_line)
        out.append(g)
    return out


_PAGE_FOOTER_RE = re.compile(r"\bPage\s+\d+(?:\s+of\s+\d+)?\s*$", re.IGNORECASE)  # "Cabinet – 3 March 2026  Page 8"


def _page_break_between(lines: Sequence[str], furniture: frozenset[int], last: int, first: int) -> bool:
    """Whether only blank lines and page furniture, with at least one page's footer, header or form feed, lie
    between two lines."""
    between = range(last + 1, first)
    if len(between) > 2 * WRAP_GAP:
        return False
    broken = False
    for n in between:
        text = lines[n - 1]
        if n in furniture or "\f" in text or _FOOTER_RE.match(text) or _PAGE_FOOTER_RE.search(text):
            broken = True
        elif text.strip():
            return False
    return broken
