"""A table's caption or title, and the lines that are neither: prose, a line of values, a source note.

A "Table 4: ..." line over the table (with its second line where it breaks off mid-phrase), a short title line
straight over it, or the title of the slide it is on.  Every grid layout looks above its first line for the same
things, so the search is written once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.captions_rows import CAPTION_RE, caption_title, under_rule
from loaders.grid_cells import (
    RUN_RE,
    strip_markup,
)
from loaders.numbers import scan

_PHRASE_WORDS = r"and|of|or|for|the|in|to|from|with|per|by|at"
"""Words that leave a phrase unfinished at the end of a line ("Plan to", "Gap in life expectancy between the"): the
one list `CONNECTOR_END_RE` and `_OPEN_END_RE` share; each adds the few that only fit its own kind of line."""
CONNECTOR_END_RE = re.compile(rf"(?:\b(?:{_PHRASE_WORDS})|[,&(/\-\u2013])$", re.I)
"""A row label's or a header cell's line that carries on into the next ("GPs per", "Non-", "Health &").  Its
marks (& ( / - –) end a cell mid-word or mid-name; "a", "an", "on" and "between" are left out, as a label or
heading ending in a single letter is whole ("Hepatitis A", "Band A") and would otherwise swallow the row under it.
Read on stripped text, so it needs no trailing space."""

PROSE_CHARS = 64  # a run of text this long is a sentence, not a cell


CONTINUED_ALONE_RE = re.compile(
    r"^(table|figure|chart|graph|appendix)\s*(\d+[a-z]?)(?:\s*\((?:continued|cont(?:'d|d|\.)?)\)|\s+data)?$", re.I
)
"""A caption's number alone: "Table 5 (continued)" over a table's second half, "Figure 1 data" over a chart's
data table (`grids._continued` gives the table the caption it refers to)."""


def caption_text(line: str) -> str | None:
    """A table caption line ("Table 4: ...", "**Table 1: ...**", "### Table 2 ..."), markup dropped; a table
    continued after a page break ("Table 4 (continued): ...") has the same caption as its first half."""
    bare = strip_markup(line.strip().lstrip("#").strip())
    m = CAPTION_RE.match(bare)
    if not m:
        return None
    if m.group("cont"):
        bare = bare[: m.start("cont")] + bare[m.end("cont") :]
    bare = bare[m.start("kind") :]  # "Table: Table 4 ...": the converter's mark is no part of the caption
    return caption_title(" ".join(bare.rstrip("*").split()))


def find_caption(lines: Sequence[str], first: int, reach: int = 8) -> tuple[str | None, int | None]:
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
                more = caption_continued(lines, n)
                return (f"{cap} {more}" if more else cap), n
            if n > 1 and caption_text(lines[n - 2]) and caption_continued(lines, n - 1):
                n -= 1  # a caption's second line: the caption is the line above
                continue
            if seen == 0 and looks_like_title(text):
                return " ".join(strip_markup(text).split()), n  # "Life expectancy at birth, 2018-20"
            if (is_prose(text) and seen > 0) or _is_values_line(text):
                break  # a paragraph, or another table's rows: any caption above is theirs
            seen += 1
        n -= 1
    return None, None


SOURCE_NOTE_RE = re.compile(r"^\s*(?:Source|Sources|Note|Notes)\b", re.I)
"""A table's source or note line: under the table, never its header or a row."""

_OPEN_END_RE = re.compile(rf"(?:,|\b(?:{_PHRASE_WORDS}|between|a|an|on))\s*$", re.I)
"""A caption broken off mid-phrase ("Gap in male life expectancy between the"): its next line finishes it.  A
caption is a sentence-like title, so its articles and "between", "on" count too (its next line must still be words
alone, `caption_continued`).  The marks a cell breaks on (& ( / - –) are not counted: no caption has needed them,
and the rows are the same on every pack set with or without them.  Read on the raw line: trailing spaces allowed."""


def caption_continued(lines: Sequence[str], n: int) -> str | None:
    """The line after caption line `n` when it finishes the caption: the caption ends mid-phrase and the next
    line is words, not a table's header over numbers or its rows."""
    if n >= len(lines) or not _OPEN_END_RE.search(lines[n - 1]):
        return None
    nxt = lines[n].strip()
    if not nxt or _is_values_line(lines[n]) or "  " in nxt or caption_text(nxt):
        return None
    return " ".join(strip_markup(nxt).split())


_TITLE_YEAR_RE = re.compile(r"(?:19|20)\d{2}(?:\s?[/\-\u2013]\s?\d{2,4})?")


def looks_like_title(text: str) -> bool:
    """A short line straight over a table that names it: capitalised, no sentence, no numbers but years."""
    t = " ".join(strip_markup(text).split()).strip("# ")
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
    return len([t for t in scan(_TITLE_YEAR_RE.sub(" ", text)) if t.value or t.text.strip("(£$€0)")]) >= 2


def is_prose(text: str) -> bool:
    """A run of text too long for a cell, or a long line ending a sentence."""
    if len(text) >= PROSE_CHARS and any(len(r) >= PROSE_CHARS for r in RUN_RE.findall(text)):
        return True  # (a shorter line holds no run that long: most lines, and every cell)
    # the full stop first: a line's last printed character, however it is spaced
    return text.rstrip().endswith(".") and len(" ".join(text.split())) > 40


PAGE_TITLE_REACH = 40  # lines from a slide's title to a table on it


def find_page_title(lines: Sequence[str], first: int) -> tuple[str | None, int | None]:
    """The title of the page a table is on, where a form feed starts each page (a PDF converter's slides): the
    page's first line, when it reads as a title."""
    for n in range(first - 1, max(0, first - PAGE_TITLE_REACH), -1):
        text = lines[n - 1]
        if "\f" in text:
            title = " ".join(strip_markup(text.replace("\f", " ")).split())
            words = title.split()
            ok = 2 <= len(words) <= 14 and title[:1].isupper() and not title.endswith((".", ";"))
            return (title, n) if ok else (None, None)
    return None, None


LEAD_IN_LINES = 6  # lines of the paragraph before an uncaptioned table read for what it introduces


def lead_in(lines: Sequence[str], first: int) -> str | None:
    """The paragraph that introduces an uncaptioned table starting at line `first` ("The eight wards below are
    ...:"): the paragraph straight above it, when it ends in a colon; None otherwise."""
    n = first - 1
    while n >= 1 and not lines[n - 1].strip():
        n -= 1
    if n < 1 or not lines[n - 1].rstrip().endswith(":"):
        return None
    para: list[str] = []
    while n >= 1 and lines[n - 1].strip() and len(para) < LEAD_IN_LINES:
        para.insert(0, lines[n - 1].strip())
        n -= 1
    return " ".join(" ".join(para).split())
