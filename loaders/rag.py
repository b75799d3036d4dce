"""Read Red/Amber/Green (and Blue) ratings as the packs print them.

Ratings come as words ("Red", "rated amber", "RAG-rated green"), as single
letters beside values ("615.0 G"), as letters on their own lines in flattened
dashboards, split over lines ("RAG-" / "rated amber") and combined
("Amber/Green", "A/G").  Blue means exceeding the target.  Every reading is one
of `loaders.schema.RAG_VALUES`; anything else is None.

"Red 1" and "Red 2" are ambulance call categories, not ratings, so a colour word
followed by a number is never read as a rating.
"""

from __future__ import annotations

import re

from loaders.schema import RAG_VALUES

_LETTER = {"r": "Red", "a": "Amber", "g": "Green", "b": "Blue"}
_WORD = {"red": "Red", "amber": "Amber", "green": "Green", "blue": "Blue"}
_ORDER = ("Red", "Amber", "Green", "Blue")

_COLOUR = r"(?:red|amber|green|blue)"
_CELL_RE = re.compile(
    rf"^\s*(?:(?P<letters>[RAGB](?:\s?/\s?[RAGB])?)|(?P<words>{_COLOUR}(?:\s?/\s?{_COLOUR})?))\s*\.?\s*$",
    re.IGNORECASE,
)
# "RAG-rated amber", "RAG rated as green", "rag rated green", "rated Amber/Green", "RAG: Red", "RAG status is red"
_RATED_RE = re.compile(
    rf"\b(?:rag[\s\-]*)?(?:rated|rating|status)\s*(?:is\s+|was\s+|as\s+|of\s+|:\s*)?"
    rf"(?P<words>{_COLOUR}(?:\s?/\s?{_COLOUR})?)\b(?!\s*\d)",
    re.IGNORECASE,
)
_RAG_LABEL_RE = re.compile(rf"\bRAG\s*[:\-]\s*(?P<words>{_COLOUR}(?:\s?/\s?{_COLOUR})?)\b(?!\s*\d)", re.IGNORECASE)
_TRAILING_RE = re.compile(r"(?:\d|%|\b[nN]/[aA])\s+(?P<letters>[RAGB](?:/[RAGB])?)\s*$")


def combine(parts: list[str]) -> str | None:
    """Colours to one rating: ["Amber", "Green"] -> "Amber/Green"; None if not in the vocabulary."""
    uniq = sorted(set(parts), key=_ORDER.index)
    if not uniq:
        return None
    value = "/".join(uniq)
    return value if value in RAG_VALUES else None


def _from_letters(text: str) -> str | None:
    return combine([_LETTER[c] for c in text.casefold() if c in _LETTER])


def _from_words(text: str) -> str | None:
    return combine([_WORD[w] for w in re.findall(_COLOUR, text.casefold())])


def parse_cell(text: str) -> str | None:
    """A cell or line that holds only a rating: "G", "A/G", "Red", "Amber/Green"."""
    m = _CELL_RE.match(text or "")
    if not m:
        return None
    if m.group("letters"):
        return _from_letters(m.group("letters"))
    return _from_words(m.group("words"))


def trailing_letter(row_text: str) -> str | None:
    """The rating letter printed after a row's values ("624.1 51.9 615.0 G" -> Green)."""
    if not (row_text or "").rstrip().endswith(("R", "A", "G", "B")):
        return None  # what every match ends with: most rows are ruled out without searching them
    m = _TRAILING_RE.search(row_text or "")
    return _from_letters(m.group("letters")) if m else None


def _joined(text: str) -> str:
    """Lines joined so a rating split over lines ("RAG-" / "rated amber") reads as one phrase."""
    text = re.sub(r"-\s*\n\s*", "-", text)
    return " ".join(text.split())


def ratings_in_text(text: str) -> list[tuple[int, str]]:
    """Ratings stated in prose, with their positions in the (joined) text.

    Needs a rating word ("rated", "RAG", "status") before the colour, so "Red 1"
    calls and colours used as plain words are not read as ratings.
    """
    flat = _joined(text)
    found: dict[int, str] = {}
    for rx in (_RATED_RE, _RAG_LABEL_RE):
        for m in rx.finditer(flat):
            value = _from_words(m.group("words"))
            if value:
                found.setdefault(m.start(), value)
    return sorted(found.items())


def rating_in_text(text: str) -> str | None:
    """The first rating stated in a piece of prose, or None."""
    found = ratings_in_text(text)
    return found[0][1] if found else None


def parse(text: str) -> str | None:
    """Any single printed rating: a cell, a trailing letter or a phrase; None when there is none."""
    return parse_cell(text) or rating_in_text(text) or trailing_letter(text)
