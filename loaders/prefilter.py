"""Cheap tests that rule lines out before a costly pattern looks at them.

A pack has tens of thousands of lines and most specs want a handful of them.  Python's re tries a
pattern at every position of every line it is given; finding a plain word in the whole pack at once
is far cheaper, and tells which lines can hold a match at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence


def lines_holding(lines: Sequence[str], words: Iterable[str]) -> set[int]:
    """The 1-based numbers of the lines whose casefolded text holds one of `words` (each in lower case).

    Casefolding keeps every ASCII letter of a line, lowered, in its place among the others, so a word
    that `text.lower()` (or an ASCII-only lowering) shows is found here too.
    """
    folded = _folded(lines)
    found: set[int] = set()
    words = list(words)
    for word in [w for w in words if not any(o in w for o in words if o != w)]:  # "leicester" finds "leicestershire"
        found |= _lines_of(folded, word)
    return found


def lines_with(lines: Sequence[str], mark: str) -> set[int]:
    """The 1-based numbers of the lines that hold `mark` as printed (a delimiter: "|", a tab, two spaces).

    A reader of one layout visits these alone: a row of a pipe table holds a pipe, a tab-separated row a tab.
    """
    return _lines_of("\n".join(lines), mark)


def _lines_of(text: str, needle: str) -> set[int]:
    """The 1-based numbers of the lines of `text` (joined by line breaks) holding `needle`: str.find from one
    line break to the next, never a look at a line that cannot hold it."""
    found: set[int] = set()
    line, pos = 1, 0
    at = text.find(needle)
    while at >= 0:
        line += text.count("\n", pos, at)
        found.add(line)
        pos = at
        end = text.find("\n", at + len(needle))
        if end < 0:
            break
        at = text.find(needle, end + 1)
    return found


_FOLDED: list[tuple[Sequence[str], str]] = []  # (lines, folded text) of the pack being read


def _folded(lines: Sequence[str]) -> str:
    """The lines joined by line breaks and casefolded (casefold never adds or drops a line break), made once
    for the pack being read when `lines` is a tuple (several specs ask)."""
    entry = _FOLDED[0] if _FOLDED else None  # read once: another thread may replace it
    if entry is not None and entry[0] is lines:
        return entry[1]
    folded = "\n".join(lines).casefold()
    if isinstance(lines, tuple):
        _FOLDED[:] = [(lines, folded)]
    return folded


_DIGIT_RE = re.compile(r"\d")
_DIGIT_LINES: dict[int, tuple[Sequence[str], tuple[int, ...]]] = {}  # id(lines) -> (lines, answer), a few packs


def digit_lines(lines: Sequence[str]) -> tuple[int, ...]:
    """The 1-based numbers, in order, of the lines that hold a digit: the only lines a number can be on.

    Most lines of a pack are prose without one, so specs that read numbers visit these alone.  Kept for
    the last few packs (every spec asks), when `lines` is a tuple: a list could change under the answer.
    """
    hit = _DIGIT_LINES.get(id(lines))
    if hit is not None and hit[0] is lines:
        return hit[1]
    found = tuple(n for n, text in enumerate(lines, 1) if _DIGIT_RE.search(text))
    if not isinstance(lines, tuple):
        return found
    if len(_DIGIT_LINES) >= 8:
        _DIGIT_LINES.clear()
    _DIGIT_LINES[id(lines)] = (lines, found)
    return found
