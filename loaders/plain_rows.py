"""Tables printed without aligned columns, split into cells for the grids' delimited reader.

PDF converters' raw mode and office exports print tables whose columns do not line up, so neither the
pipe reader nor the aligned reader (loaders/grid_aligned.py) sees their columns.  Three such shapes are found here,
each as a block of a one-line header over two or more rows of a label and the same number of values:

* comma-separated rows ("Area, Walking (%), PM2.5" over "Skelderby, 13.2, 6.9"): a comma inside a number
  ("1,134") has no space after it, so ", " parts the cells;
* cells kept apart by runs of spaces that do not line up from row to row (a tab-separated export once its
  tabs are spaces);
* single-spaced rows ("Medicines optimisation 9,400 7,210 (450) G") under a single-spaced header, whose
  words are grouped into as many column names as the rows hold values (a period or a capitalised word
  starts a name, "Seen same day %").

A block is (line, cells) pairs, the header first; each cell is (offset on the line, text).  Nothing here
decides what the cells mean: grids reads the block as it reads a pipe table.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

from loaders.captions_rows import CAPTION_RE
from loaders.grid_captions import CONNECTOR_END_RE
from loaders.grid_cells import RUN_RE, UNIT_WORDS, is_period_cell
from loaders.misprints import TOTAL_LABEL_RE
from loaders.numbers import is_missing, scan
from loaders.prefilter import digit_lines
from loaders.rag import parse_cell
from loaders.stacked_header import part_header

Cells = list[tuple[int, str]]
Block = list[tuple[int, Cells]]

_COMMA_RE = re.compile(r",(?:\s+|$)")  # ", " parts cells, as does a comma ending the line (its last cell empty)
_WORD_RE = re.compile(r"\S+")
_LETTER_RE = re.compile(r"[A-Za-z]")
_PERIOD_WORD_RE = re.compile(r"^(?:19|20)\d{2}(?:[/\-\u2013](?:19|20)?\d{2})?$")
_INTERVAL_RE = re.compile(r"^[(\[]\d[\d.,]*\s*(?:[\-\u2013]|to)\s*\d[\d.,]*[)\]]$")
_UNIT_WORDS = frozenset({"%", "(%)", "£", "£k", "£m", "£000", "(£)", "(£k)", "(£m)", "(£000)", "fte", "(fte)"})
_LEFTOVER_RE = re.compile(r"[\s£%()\[\]\u2013\-¹²³⁴⁵⁶⁷⁸⁹]|\bto\b")  # what a number's cell may hold besides it
# (a footnote's superscript mark glued to the value, "79.1¹", is the value's)
_NUMBERED_RE = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s")  # "2. Declarations of interest": an item, not a header
_MAX_CELL = 60  # a longer part is a clause of a sentence, not a cell
STATUS_WORDS_FILE = Path(__file__).resolve().parent.parent / "data" / "status_words.csv"
# Lower-case words after which a capitalised word goes on the same column name ("Patients per GP FTE")
_CONNECTIVES = frozenset({"per", "of", "and", "to", "in", "for", "with", "on", "by", "at", "from", "the", "a", "&"})


@lru_cache(maxsize=1)
def status_words() -> frozenset[str]:
    """Answers a status column prints after a row's numbers ("Yes", "Not met", "On track"), lower-cased: data,
    so any council's wording extends data/status_words.csv."""
    with STATUS_WORDS_FILE.open(encoding="utf-8", newline="") as fh:
        return frozenset(" ".join(row["status"].split()).casefold() for row in csv.DictReader(fh))


def _trailing_status(words: list[tuple[int, str]]) -> int:
    """How many of the last words (0, 1 or 2) are a status answer closing a single-spaced row."""
    for k in (2, 1):
        if len(words) > k and " ".join(w for _, w in words[-k:]).casefold() in status_words():
            return k
    return 0


def is_value_cell(text: str) -> bool:
    """A cell that is one number (with its interval, "62.8 (61.9-63.7)"), a gap marker ("n/a", "*") or a RAG."""
    t = text.strip()
    if not t:
        return False
    if is_missing(t) or parse_cell(t):
        return True
    if t.count("(") != t.count(")"):
        return False  # "6)" ends a bracket the cell did not open: "(pages 3 - 6)" is text
    tokens = scan(t, accounting=True)
    if not tokens or len(tokens) > 3:
        return False
    rest = t
    for tok in reversed(tokens):
        rest = rest[: tok.start] + rest[tok.end :]
    return not _LEFTOVER_RE.sub("", rest)


def _is_row(cells: Cells) -> bool:
    """A label with a letter, then value cells only (a period among them, a status answer last), one of them a
    number that is no period."""
    label, rest = cells[0][1], [c for _, c in cells[1:]]
    if len(rest) > 2 and " ".join(rest[-1].split()).casefold() in status_words():
        rest = rest[:-1]  # a status answer closing the row ("No", "On track")
    return (
        bool(_LETTER_RE.search(label) or _PERIOD_WORD_RE.match(label))  # rows known by their year too
        and len(label) <= _MAX_CELL
        and all(not c or is_value_cell(c) or _PERIOD_WORD_RE.match(c) or is_period_cell(c) for c in rest)  # "" a gap
        and any(scan(c, accounting=True) for c in rest if not _PERIOD_WORD_RE.match(c))  # years alone: a header
    )


def _parts(text: str, rx: re.Pattern[str]) -> Cells:
    out, pos = [], 0
    for m in rx.finditer(text):
        out.append((pos, text[pos : m.start()]))
        pos = m.end()
    out.append((pos, text[pos:]))
    lead = len(text) - len(text.lstrip())
    return [(o + (lead if i == 0 else 0), c.strip()) for i, (o, c) in enumerate(out)]


def split_commas(text: str) -> Cells | None:
    """A line's comma-separated cells (three or more, none a clause), else None."""
    if ", " not in text:
        return None
    cells = _parts(text.rstrip(), _COMMA_RE)
    if len(cells) < 3 or any(len(c) > _MAX_CELL for _, c in cells):  # an empty first cell: a header's corner
        return None
    return cells


def split_csv(text: str, *, quoted: bool = True) -> Cells | None:
    """A line of a CSV file pasted into a pack (a Fingertips or warehouse export): four or more cells parted by
    commas with no space, text in double quotes (a quoted cell may hold a comma), each cell at its offset
    without its quotes; else None.  Only a line with a quoted cell is read so (prose and "1,234,567" have none),
    unless not `quoted`: a spreadsheet saved as CSV quotes only the cells holding a comma, and a line of its
    sheet may have none (`sheet_csv_grids` reads such lines only in runs of the same width)."""
    if quoted and '"' not in text or "," not in text:
        return None
    cells: Cells = []
    i, n = 0, len(text)
    while True:
        if i < n and text[i] == '"':  # a quoted cell: up to the closing quote ("" is a quote inside it)
            close = i + 1
            while True:
                close = text.find('"', close)
                if close < 0:
                    return None
                if text.startswith('""', close):
                    close += 2
                    continue
                break
            cells.append((i + 1, text[i + 1 : close].replace('""', '"')))
            i = close + 1
            if i < n and text[i] != ",":
                return None
        else:
            end = text.find(",", i)
            end = n if end < 0 else end
            cell = text[i:end]
            if '"' in cell or (cell != cell.strip()) or not quoted and ("  " in cell or "\t" in cell):
                return None  # a sheet's cell has no run of spaces: "Minimum NHS contribution    26,412" is aligned
            cells.append((i, cell))
            i = end
        if i >= n:
            break
        i += 1  # past the comma
        if i == n:
            cells.append((i, ""))
            break
    # a long cell is a clause of prose, unless quoted in a sheet's row (its one text cell with commas in it)
    if len(cells) < 4 or any(len(c) > _MAX_CELL and (quoted or text[at - 1 : at] != '"') for at, c in cells):
        return None
    if not quoted and _THOUSANDS_SPLIT_RE.search(_QUOTED_CELL_RE.sub('""', text)):
        return None  # "Kings Norton 0 0 1,000 1,000": a sheet quotes a number with a comma; a row of spaced numbers
    return cells


_QUOTED_CELL_RE = re.compile(r'"(?:[^"]|"")*"')
# numbers parted by single spaces, or a thousands separator an unquoted sheet's cell would never hold
_THOUSANDS_SPLIT_RE = re.compile(r"\d \d|(?<![\d.])\d{1,3},\d{3}(?![\d.])(?:,\d{3})*(?=[ ,]|$)")


def split_runs(text: str) -> Cells | None:
    """A line's cells kept apart by two spaces or more (three or more cells), else None."""
    cells = [(m.start(), m.group()) for m in RUN_RE.finditer(text)]
    return cells if len(cells) >= 3 and all(len(c) <= _MAX_CELL for _, c in cells) else None


def split_spaced_row(text: str) -> Cells | None:
    """A single-spaced row read from the right: a label, then two or more value cells (a period among them,
    "2022/23"), and perhaps a status answer last ("... 43.5 No", "... 93.1 On track")."""
    last = text.rsplit(None, 1)[-1:]  # most lines are prose that ends in a word: told apart without splitting
    if not last:
        return None
    status: Cells = []
    words = []
    if not (_INTERVAL_RE.match(last[0]) or is_value_cell(last[0])):
        if last[0].casefold() not in _status_last_words():
            return None
        words = [(m.start(), m.group()) for m in _WORD_RE.finditer(text)]
        k = _trailing_status(words)
        if not k:
            return None
        status = [(words[-k][0], text[words[-k][0] :].rstrip())]
        words = words[:-k]
        if not words or not (_INTERVAL_RE.match(words[-1][1]) or is_value_cell(words[-1][1])):
            return None
    words = words or [(m.start(), m.group()) for m in _WORD_RE.finditer(text)]
    cells: Cells = []
    i = len(words) - 1
    numbers = False  # whether a number was read yet: a rating word left of one is the label's ("Marsh Green 4 5")
    while i >= 1:
        start, word = words[i]
        if _INTERVAL_RE.match(word) and i >= 2 and scan(words[i - 1][1]):
            prev = words[i - 1]
            cells.insert(0, (prev[0], text[prev[0] : start + len(word)]))
            i -= 2
            numbers = True
            continue
        period = numbers and bool(_PERIOD_WORD_RE.match(word))  # a period cell left of the values ("2022/23")
        if not numbers and is_period_cell(word) and all(parse_cell(c) or is_missing(c) for _, c in cells):
            period = True  # the month a scorecard's values are for, after them and before a RAG ("74.6% May-26 R")
        if not period and (not is_value_cell(word) or (numbers and parse_cell(word) and not scan(word))):
            break
        cells.insert(0, (start, word))
        numbers = numbers or bool(scan(word))
        i -= 1
    if len(cells) < 2 or i < 0:
        return None
    label_end = words[i][0] + len(words[i][1])
    label = text[words[0][0] : label_end]
    return [(words[0][0], label), *cells, *status]


@lru_cache(maxsize=1)
def _status_last_words() -> frozenset[str]:
    """The last words of the status answers: most prose lines end in none of them, so are told apart cheaply."""
    return frozenset(s.split()[-1] for s in status_words())


def header_groups(text: str) -> list[Cells]:
    """Ways to read a single-spaced header line as column names: each word one name, and words grouped where a
    period or a capitalised word starts a name ("2024/25 Budget", "Seen same day %")."""
    words = [(m.start(), m.group()) for m in _WORD_RE.finditer(text)]
    grouped: Cells = []
    joined: Cells = []  # the same, but a capital after "per", "of", "and" ... goes on the name ("Patients per GP FTE")
    after_period = False
    previous = ""
    for start, word in words:
        period = bool(_PERIOD_WORD_RE.match(word))
        begins = period or (word[:1].isupper() and not after_period)
        unit = word.casefold() in _UNIT_WORDS
        if grouped and (not begins or unit):
            grouped[-1] = (grouped[-1][0], f"{grouped[-1][1]} {word}")
        else:
            grouped.append((start, word))
        if joined and (not begins or unit or previous in _CONNECTIVES):
            joined[-1] = (joined[-1][0], f"{joined[-1][1]} {word}")
        else:
            joined.append((start, word))
        after_period = period
        previous = word
    return [words, grouped, joined]


def _years_only(cells: Cells) -> bool:
    """Whether a line's value cells are all years ("2022", "2022/23"): a header over the rows, not a row."""
    return all(_PERIOD_WORD_RE.match(c) for _, c in cells[1:])


def _ragged(body: Block) -> bool:
    """Whether some value column neither starts nor ends at one place in every row (not aligned)."""
    width = len(body[0][1])
    for j in range(1, width):
        starts = {cells[j][0] for _, cells in body}
        ends = {cells[j][0] + len(cells[j][1]) for _, cells in body}
        if len(starts) > 1 and len(ends) > 1:
            return True
    return False


def _header_for(lines: Sequence[str], line: int, width: int, split: Callable[[str], Cells | None]) -> Cells | None:
    """The header straight over a block's first row (1-based `line`): as many cells as the rows hold."""
    if line < 2:
        return None
    text = lines[line - 2]
    if split is split_spaced_row:
        row = split_spaced_row(text)
        if (
            not text.strip()
            or (row and _is_row(row))
            or text.rstrip().endswith((".", ":", ";"))
            or _NUMBERED_RE.match(text)
        ):
            return None
        for names in header_groups(text):
            if len(names) == width:
                return names
            if len(names) == width - 1 and all(_PERIOD_WORD_RE.match(c) for _, c in names):
                return [(0, ""), *names]  # years over the values, no corner
        return None
    cells = split(text)
    if cells is None or len(cells) != width or _is_row(cells):
        return None
    return cells


def find_blocks(
    lines: Sequence[str], split: Callable[[str], Cells | None], *, ragged: bool = False, taken: set[int] | None = None
) -> list[Block]:
    """Blocks of a header and two or more rows of one width, the rows split by `split`.  With `ragged`, only
    blocks whose columns do not line up (aligned ones are the aligned reader's)."""
    out: list[Block] = []
    taken = taken or set()
    holds_digit = set(digit_lines(lines))  # a row holds a number: most lines are prose without a digit
    n, total = 0, len(lines)
    while n < total:
        body: Block = []
        while n < total and n + 1 not in taken:
            if body and RULE_LINE_RE.match(lines[n]) and n + 2 in holds_digit:  # a rule between rows ("———")
                after = split(lines[n + 1])
                if after is not None and _is_row(after) and len(after) == len(body[0][1]):
                    n += 1
                    continue
            if body and not lines[n].strip() and n + 2 in holds_digit and _total_row_after(lines, n + 1, split, body):
                n += 1  # a total row under the table's rule, which reading left blank
                continue
            if n + 1 not in holds_digit:
                if split is split_spaced_row and body and _continues_row_label(body[-1][1][0][1], lines[n]):
                    width = len(body[0][1])  # "Brinton and" / "Lowmarsh": the label's second line, no values
                    body.append((n + 1, [(0, lines[n].strip()), *[(len(lines[n]), "")] * (width - 1)]))
                    n += 1
                    continue
                break
            cells = split(lines[n])
            if cells is None or not _is_row(cells) or (body and len(cells) != len(body[0][1])):
                break
            body.append((n + 1, cells))
            n += 1
        if not body:
            n += 1
            continue
        if len(body) >= 3 and _years_only(body[0][1]) and not _years_only(body[1][1]):
            if not ragged or _ragged(body[1:]):
                out.append(body)  # its first line is the header: years over the values ("Area, 2022, 2023")
            continue
        if sum(1 for _, cells in body if any(c for _, c in cells[1:])) < 2 or (ragged and not _ragged(body)):
            continue  # two rows of values at least (a label's second line is no row)
        top, units = body[0][0], None
        if split is split_spaced_row:  # a single-spaced table's header may stand over a rule and a units row
            top, units = _above_rules_and_units(lines, top, len(body[0][1]))
            stacked = _stacked_header(lines, top, len(body[0][1]))
            if stacked and stacked[0][0] - 1 not in taken:
                out.append([*stacked, *([units] if units else []), *body])
                continue
        head = _header_for(lines, top, len(body[0][1]), split)
        if head is not None and top - 1 not in taken:
            out.append([(top - 1, head), *([units] if units else []), *body])
        elif split is split_spaced_row and out and _carries_on(lines, out[-1], body):
            out[-1].extend(body)  # the table's rows after a page break, its header not printed again
    return out


def _carries_on(lines: Sequence[str], before: Block, body: Block) -> bool:
    """Whether headerless rows carry on the table before them over a page break: as many cells a row, and
    between them only blank lines and a page's furniture (a page number, a running header: a few short lines
    that are no rows and no caption)."""
    if len(before[-1][1]) != len(body[0][1]):
        return False
    between = [lines[n - 1].strip() for n in range(before[-1][0] + 1, body[0][0])]
    furniture = [t for t in between if t]
    return (
        len(between) <= _PAGE_BREAK_LINES
        and len(furniture) < len(between)
        and len(furniture) <= 3
        and not any(
            len(t) > _MAX_HEADER_LINE or CAPTION_RE.match(t) or ((row := split_spaced_row(t)) and _is_row(row))
            for t in furniture
        )
    )


_PAGE_BREAK_LINES = 8  # a page's footer, number and running header with blank lines between


def _continues_row_label(label: str, text: str) -> bool:
    """A line of words alone that finishes the row label above it ("Brinton and" / "Lowmarsh", "Improved Better
    Care Fund" / "(iBCF)", "Discharge Fund (local" / "authority)"): a lower-case or bracketed start, or the label
    broken off mid-phrase or inside a bracket; and short, as a label's second line is."""
    t = text.strip()
    if not t or len(t) > _MAX_CELL // 2 or t.endswith("."):
        return False
    opened = label.count("(") > label.count(")")
    return t[:1].islower() or t[:1] == "(" or opened or CONNECTOR_END_RE.search(label) is not None


def _stacked_header(lines: Sequence[str], top: int, width: int) -> Block | None:
    """The header of a single-spaced table flattened over two or three lines straight above line `top` (1-based),
    each parted into `width` cells (`loaders.stacked_header`), top line first; None where fewer than two lines
    above are a header's or they cannot be parted."""
    texts: list[tuple[int, str]] = []
    k = top - 1
    while k >= 1 and len(texts) < MAX_HEADER_LINES:
        text = lines[k - 1]
        row = split_spaced_row(text)
        if (
            not text.strip()
            or len(text.strip()) > _MAX_HEADER_LINE
            or text.rstrip().endswith((".", ":", ";"))
            or _NUMBERED_RE.match(text)
            or CAPTION_RE.match(text)
            or RULE_LINE_RE.match(text)
            or (row is not None and _is_row(row))
        ):
            break
        texts.insert(0, (k, text))
        k -= 1
    while len(texts) >= 2:
        parted = part_header([t for _, t in texts], width - 1)
        if parted is not None:
            return [(n, [(0, cell) for cell in cells]) for (n, _), cells in zip(texts, parted, strict=True)]
        texts = texts[1:]
    return None


MAX_HEADER_LINES = 3  # a header cell wraps over three lines at most
_MAX_HEADER_LINE = 120  # a longer line is a paragraph's


def _total_row_after(lines: Sequence[str], k: int, split: Callable[[str], Cells | None], body: Block) -> bool:
    """Whether 0-based line k is a total row of the block's width ("Total delegated budget  142,750  143,671"),
    the table's last row printed under a rule."""
    cells = split(lines[k]) if k < len(lines) else None
    return cells is not None and len(cells) == len(body[0][1]) and bool(TOTAL_LABEL_RE.match(cells[0][1]))


# a rule a table prints (or OCR reads) between its parts, whole or broken at the column gaps ("_____  _____")
RULE_LINE_RE = re.compile(r"^\s*[_\-=\u2014\u2013~]{5,}(?:\s+[_\-=\u2014\u2013~]{3,})*\s*$")


def _above_rules_and_units(lines: Sequence[str], first: int, width: int) -> tuple[int, tuple[int, Cells] | None]:
    """The line under a single-spaced table's header, above its first row (1-based `first`): over a blank line,
    rules ("____") and a units row ("£000   £000   £000"), which is kept as a second header line with its units
    over the value columns (the last ones before a status column, which has none)."""
    units = None
    k = first - 1
    if k >= 2 and not lines[k - 1].strip() and lines[k - 2].strip():
        k -= 1  # one blank line between the header (or its rule) and the rows, as a converter may print
    while k >= 1 and RULE_LINE_RE.match(lines[k - 1]):
        k -= 1
    words = [(m.start(), m.group()) for m in _WORD_RE.finditer(lines[k - 1])] if k >= 1 else []
    if words and len(words) < width and all(UNIT_WORDS.match(w) for _, w in words):
        pad = width - 1 - len(words)  # the label's column, then any status columns after the values
        units = (k, [(0, ""), *words, *[(len(lines[k - 1]), "")] * pad])
        k -= 1
        while k >= 1 and RULE_LINE_RE.match(lines[k - 1]):
            k -= 1
    return k + 1, units
