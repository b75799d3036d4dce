"""The words a regular expression needs: a text holding none of them cannot match it.

Every row is tested against every indicator and phrase of data/*.csv, and most texts match none; a
substring test (`word in text`) is many times cheaper than a search with the pattern.  The words are read
from the pattern itself (its parse tree), so a new row in a data file gets its own without being written
twice: a run of literal characters every match must hold, or one of several where the pattern branches.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

_PARSER: Any = importlib.import_module("re._parser")  # the parser re itself compiles with (no public API)
_C: Any = importlib.import_module("re._constants")
_REPEATS = {_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", _C.MAX_REPEAT)}


def needles(rx: re.Pattern[str]) -> tuple[str, ...] | None:
    """Words one of which every text that `rx` matches holds (case as written), or None when none are known.

    Only for a pattern that minds case (a twin of loaders.figures.ascii_twin, run on lowered text).
    """
    if rx.flags & re.IGNORECASE or not isinstance(rx.pattern, str):
        return None
    try:
        tree = _PARSER.parse(rx.pattern, rx.flags)
    except Exception:  # a parser that changed its shape: no needles, the pattern is searched as before
        return None
    found = _sequence(list(tree))
    return tuple(sorted(found)) if found else None


def holds_any(text: str, words: tuple[str, ...] | None) -> bool:
    """Whether the text may match the pattern whose `needles` are `words` (True when none are known)."""
    if words is None:
        return True
    for word in words:  # noqa: SIM110 (a loop: any() over a generator costs more, once a row)
        if word in text:
            return True
    return False


def _sequence(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """The best set of words a sequence of parsed items needs: each item a match must pass is a choice."""
    choices: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is _C.LITERAL:
            run += chr(av)
            continue
        if run:
            choices.append(frozenset({run}))
            run = ""
        inner = _item(op, av)
        if inner:
            choices.append(inner)
    if run:
        choices.append(frozenset({run}))
    return max(choices, key=_strength, default=None)


def _item(op: Any, av: Any) -> frozenset[str] | None:
    """The words one non-literal item needs, or None."""
    if op is _C.SUBPATTERN:
        _group, add_flags, del_flags, body = av
        if (add_flags | del_flags) & re.IGNORECASE:
            return None
        return _sequence(list(body))
    if op is _C.BRANCH:
        words: set[str] = set()
        for branch in av[1]:
            found = _sequence(list(branch))
            if not found:
                return None  # a branch that needs nothing: the whole needs nothing
            words |= found
        return frozenset(words)
    if op in _REPEATS:
        low, _high, body = av
        return _sequence(list(body)) if low >= 1 else None
    if op is _C.ASSERT:  # a look-ahead or look-behind: what it needs is in the text too
        return _sequence(list(av[1]))
    return None


def _strength(words: frozenset[str]) -> tuple[int, int]:
    """How much a set of words narrows the texts: its shortest word's length first, then fewer words."""
    return min(len(w) for w in words), -len(words)
