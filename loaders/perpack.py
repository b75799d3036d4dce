"""Answers about one pack, kept while the pack is read.

Several specs ask the same question of a pack (its home area, its paragraphs, its captions), some once
a row.  `functools.lru_cache` would hash the pack's lines, tens of thousands of strings, on every
call; `per_pack` keys the answer by the identity of the lines tuple instead, and keeps the answers
for the last few packs only.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import update_wrapper
from typing import Concatenate, ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")
PACKS_KEPT = 8


def per_pack(fn: Callable[Concatenate[tuple[str, ...], P], T]) -> Callable[Concatenate[tuple[str, ...], P], T]:
    """`fn(lines, *args)` memoised by the identity of `lines` (a tuple: it cannot change) and `args`.

    The lines are kept with the answer, so their id cannot be reused while it is cached.  Other
    arguments must be hashable (a pack's furniture, a frozenset, is: its hash is cached).
    """
    answers: dict[tuple[Hashable, ...], tuple[tuple[str, ...], T]] = {}

    def memoised(lines: tuple[str, ...], /, *args: P.args, **kwargs: P.kwargs) -> T:
        if not isinstance(lines, tuple) or kwargs:
            return fn(lines, *args, **kwargs)
        key = (id(lines), *args)
        hit = answers.get(key)
        if hit is not None and hit[0] is lines:
            return hit[1]
        answer = fn(lines, *args, **kwargs)  # (no keywords here)
        if len(answers) >= PACKS_KEPT:
            answers.clear()
        answers[key] = (lines, answer)
        return answer

    update_wrapper(memoised, fn)
    memoised.cache_clear = answers.clear  # type: ignore[attr-defined]
    return memoised
