"""Packs built to be heavy: one unbroken paragraph, a district table of thousands of rows.

The loaders must be linear in a pack's size; these are the shapes that were not (a 50 KB line took a
minute, a 2,000-row table two and a half).  Tests use them to prove the extraction finishes and keeps
every number; benchmarks/ times them against the goal (each under 2 s).
"""

from __future__ import annotations

import random

HEADER = "HEALTH AND WELLBEING BOARD\n\n"
_SENTENCE_WORDS = (
    "Smoking in Blaby fell to {a}% in 2019/20, compared with {b}% for England, while spending on the service "
    "was £{c}m against a plan of £{d}m"
)


def long_line_pack(chars: int, seed: int = 1) -> tuple[str, int]:
    """A pack whose body is one line of about `chars` characters of sentences, and the count of its figures."""
    rng = random.Random(seed)
    parts: list[str] = []
    size = figures = 0
    while size < chars:
        s = _SENTENCE_WORDS.format(
            a=f"{rng.uniform(5, 30):.1f}",
            b=f"{rng.uniform(5, 30):.1f}",
            c=f"{rng.uniform(1, 9):.1f}",
            d=f"{rng.uniform(1, 9):.1f}",
        )
        parts.append(s)
        size += len(s) + 2
        figures += 4
    return HEADER + ". ".join(parts) + ".\n", figures


_SYLLABLES = ("Ald", "Bar", "Cor", "Dun", "Elm", "Fen", "Gar", "Hol", "Ing", "Kel", "Lor", "Mar", "Nor", "Ock")
_ENDINGS = ("bury", "ton", "ford", "ley", "wick", "field", "worth", "ham", "stow", "by", "mere", "den", "holm")


def place_name(i: int) -> str:
    """The i-th of many made-up place names, no digits in them ("Aldbarton")."""
    k = len(_SYLLABLES)
    return _SYLLABLES[i % k] + _SYLLABLES[i // k % k].lower() + _ENDINGS[i // (k * k) % len(_ENDINGS)]


def big_table_pack(rows: int, seed: int = 1) -> tuple[str, int]:
    """A pack holding one space-aligned table of `rows` places by three columns, and the count of its cells."""
    rng = random.Random(seed)
    lines = ["Table 1: Indicators by district", "", f"{'District':<20}{'2019/20':>10}{'2020/21':>10}{'Change':>10}"]
    for i in range(rows):
        a, b = rng.uniform(1, 99), rng.uniform(1, 99)
        lines.append(f"{place_name(i):<20}{a:>10.1f}{b:>10.1f}{b - a:>10.1f}")
    return HEADER + "\n".join(lines) + "\n", rows * 3
