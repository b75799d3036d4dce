"""Plain English for the abbreviations packs use: the glossary as data, and the abbreviations a text holds.

The terms any council's packs use (PCN, ARRS, WTE ...) are in data/glossary.csv; a council's own short names
for its places and bodies (its hospital trust, its system) are the all-capitals spellings in data/areas.csv,
explained by the name they stand for.  So another council extends the glossary by adding rows to data, and the
glossary page and the "Abbreviations used here" disclosures (components.abbreviations) read the same list.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"
GLOSSARY_FILE = DATA / "glossary.csv"
AREAS_FILE = DATA / "areas.csv"

# An abbreviation as the pages print it: 2 to 6 capitals, perhaps a plural "s" ("PCNs").
ABBREVIATION = re.compile(r"(?<![\w&/.-])([A-Z]{2,6})s?(?![\w&])")
# All-capitals words that are not abbreviations: Roman numerals (numbering), and the words in NOT_TERMS_FILE.
ROMAN = re.compile(r"^(?=[IVXLC]{2,6}$)C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")  # "II", "XIV": numbering
NOT_TERMS_FILE = DATA / "not_abbreviations.csv"  # RAG words, everyday words in capitals: each with why
SHOUTED_RUN = 3  # this many all-capitals words in a row are a heading printed in capitals, not abbreviations


@dataclass(frozen=True)
class Term:
    """One glossary entry: the term, its meaning, other spellings, and where it comes from."""

    term: str
    meaning: str
    aliases: tuple[str, ...] = ()
    local: bool = False  # from data/areas.csv: a name of this council's places or bodies

    @property
    def anchor(self) -> str:
        """The id of its entry on the glossary page (/glossary#glossary-pcn)."""
        return "glossary-" + re.sub(r"[^a-z0-9]+", "-", self.term.lower()).strip("-")


def _split(text: str | None) -> tuple[str, ...]:
    return tuple(a.strip() for a in (text or "").split("|") if a.strip())


def _is_abbreviation(name: str) -> bool:
    return bool(ABBREVIATION.fullmatch(name))


@lru_cache(maxsize=1)
def glossary() -> tuple[Term, ...]:
    """Every term: data/glossary.csv, then this council's abbreviated names from data/areas.csv."""
    terms: list[Term] = []
    with GLOSSARY_FILE.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            terms.append(Term(row["term"].strip(), row["meaning"].strip(), _split(row.get("aliases"))))
    known = {t.term for t in terms} | {a for t in terms for a in t.aliases}
    with AREAS_FILE.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            spellings = [row["name"], *_split(row.get("aliases"))]
            short = [s for s in spellings if _is_abbreviation(s) and s not in known]
            long = [s for s in spellings if not _is_abbreviation(s) and any(c.islower() for c in s)]
            if short and long:
                meaning = max(long, key=len)
                terms.append(Term(short[0], meaning, tuple(short[1:]), local=True))
                known.update(short)
    return tuple(terms)


@lru_cache(maxsize=1)
def not_terms() -> frozenset[str]:
    """Words in capitals that are not abbreviations (data/not_abbreviations.csv, each row saying why)."""
    with NOT_TERMS_FILE.open(encoding="utf-8", newline="") as fh:
        return frozenset(row["word"].strip() for row in csv.DictReader(fh) if row["why"].strip())


@lru_cache(maxsize=1)
def _by_spelling() -> dict[str, Term]:
    return {spelling: t for t in glossary() for spelling in (t.term, *t.aliases)}


def lookup(word: str) -> Term | None:
    """The glossary entry for a term or any of its spellings ("PCNs" finds PCN)."""
    table = _by_spelling()
    return table.get(word) or (table.get(word[:-1]) if word.endswith("s") else None)


def candidates(text: str) -> list[str]:
    """The abbreviations a text holds, as printed, in order: all-capitals words of 2-6 letters, less Roman
    numerals, RAG words and the like (not_terms), and the words of a heading printed in capitals."""
    words = text.split()
    capital = [bool(re.fullmatch(r"[^\w]*[A-Z]{2,}[^\w]*s?[^\w]*", w)) for w in words]
    shouted = [False] * len(words)
    run_start = None
    for i, cap in enumerate([*capital, False]):
        if cap and run_start is None:
            run_start = i
        elif not cap and run_start is not None:
            if i - run_start >= SHOUTED_RUN:
                shouted[run_start:i] = [True] * (i - run_start)
            run_start = None
    found: list[str] = []
    for word, loud in zip(words, shouted, strict=True):
        for m in ABBREVIATION.finditer(word):
            term = m.group(1)
            if term in not_terms() or ROMAN.match(term) or (loud and lookup(term) is None):
                continue
            found.append(term)
    return found


def abbreviations_in(texts: Iterable[object]) -> list[Term]:
    """The glossary entries for the abbreviations the texts use, each once, in the order first used."""
    seen: dict[str, Term] = {}
    for text in texts:
        if not isinstance(text, str):
            continue
        for word in candidates(text):
            term = lookup(word)
            if term is not None and term.term not in seen:
                seen[term.term] = term
    return list(seen.values())


def unexplained(text: str) -> list[str]:
    """The abbreviations a text uses that the glossary does not explain (what the glossary test fails on)."""
    return sorted({w for w in candidates(text) if lookup(w) is None})
