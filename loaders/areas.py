"""Names of places and organisations to one spelling and a stable code.

Two shipped data files, reviewed like code, say what a name stands for:

* data/areas.csv, the home table: ONS codes for the Leicestershire districts, the
  county and England, and "org:" identifiers for CCGs, trusts and the LLR system.
  It is read first, and its spellings and codes win.
* data/gazetteer.csv, every English district, unitary authority, metropolitan and
  London borough, county and region, and England, with ONS codes and the dates
  of the April 2023 reorganisation (built by data/build_gazetteer.py from the
  ONS LTLA-UTLA 2021 lookup).

NHS bodies are recognised by their form ("... CCG", "... NHS Foundation Trust"),
not by a list, and get no code unless data/areas.csv gives one.  A name neither
file knows is kept as printed with no code, and reported, never dropped.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

AREAS_FILE = Path(__file__).resolve().parent.parent / "data" / "areas.csv"
GAZETTEER_FILE = AREAS_FILE.parent / "gazetteer.csv"

CCG_END = "2022-07-01"  # CCGs were abolished on 1 July 2022, when the ICBs took over
ICB_START = CCG_END
NHS_KINDS = frozenset({"ccg", "icb", "trust"})


@dataclass(frozen=True)
class Area:
    """A place or organisation: its one spelling, its code ("" when none is known) and what kind it is.

    kind is "district", "unitary", "metropolitan borough", "london borough", "county", "region",
    "country", "system", or for NHS bodies "ccg", "icb" or "trust".  start and end are ISO dates
    (inclusive) for areas that began or ended: the April 2023 unitaries and what they replaced, CCGs.
    """

    name: str
    code: str
    kind: str
    start: str | None = None
    end: str | None = None
    parent_code: str | None = None


def normalise(text: str) -> str:
    """Casefold, '&' to 'and', punctuation to spaces: the key names are compared by."""
    text = text.casefold().replace("&", " and ").replace("\u2019", "'")
    text = re.sub(r"[^a-z0-9' ]+", " ", text)
    return " ".join(text.split())


def _spellings(row: dict[str, str]) -> list[str]:
    return [row["name"], *filter(None, (row.get("aliases") or "").split("|"))]


@lru_cache(maxsize=1)
def _table() -> dict[str, Area]:
    """data/areas.csv by the normalised form of every spelling (CCGs ended on 1 July 2022)."""
    by_code = {area.code: area for area, _spellings in _gazetteer_rows()}
    table: dict[str, Area] = {}
    with AREAS_FILE.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            listed = by_code.get(row["code"])  # its parent and dates, when the gazetteer has the code
            if listed is not None:
                area = Area(row["name"], row["code"], row["kind"], listed.start, listed.end, listed.parent_code)
            else:
                area = Area(row["name"], row["code"], row["kind"], end=CCG_END if row["kind"] == "ccg" else None)
            for name in _spellings(row):
                table[normalise(name)] = area
    return table


@lru_cache(maxsize=1)
def _gazetteer_rows() -> tuple[tuple[Area, tuple[str, ...]], ...]:
    """data/gazetteer.csv as (area, its spellings as printed)."""
    out = []
    with GAZETTEER_FILE.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            area = Area(
                row["name"],
                row["code"],
                row["kind"],
                start=row["start"] or None,
                end=row["end"] or None,
                parent_code=row["parent_code"] or None,
            )
            out.append((area, tuple(_spellings(row))))
    return tuple(out)


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, tuple[Area, ...]]:
    """data/gazetteer.csv by the normalised form of every spelling: one name may stand for an
    ended area and its successor ("North Yorkshire", the county to March 2023 and the unitary since)."""
    table: dict[str, tuple[Area, ...]] = {}
    for area, spellings in _gazetteer_rows():
        for name in spellings:
            key = normalise(name)
            if area not in table.get(key, ()):
                table[key] = (*table.get(key, ()), area)
    return table


# A council's or corporate name stands for its area: "Bassetlaw District Council", "Borough of
# Poole", "City of Bradford Metropolitan District Council", "Royal Borough of Greenwich", "Durham County".
_COUNCIL_SUFFIX_RE = re.compile(
    r" (?:(?:metropolitan )?(?:district|borough|city|county|unitary) )?(?:council|authority|corporation)$"
    r"| (?:metropolitan )?(?:district|borough|county)$"
)
_COUNCIL_PREFIX_RE = re.compile(
    r"^(?:the )?(?:(?:(?:royal|london|metropolitan) )?borough of|city and county of|city of|county of"
    r"|council of the|council of|corporation of) "
)


def _variants(key: str) -> tuple[list[str], bool]:
    """The normalised name, then the area a council form stands for; and whether it says "county"."""
    out = [key]
    m = _COUNCIL_SUFFIX_RE.search(key)
    bare = key[: m.start()] if m else key
    for variant in (bare, _COUNCIL_PREFIX_RE.sub("", bare)):
        if variant and variant not in out:
            out.append(variant)
    return out, bool(m and "county" in m.group(0))


def _pick(candidates: tuple[Area, ...], on: str | None, county: bool) -> Area:
    """Of the areas one name stands for: the one in being on that date, a county if the name says
    "County Council", else the one in being now (or the last to end)."""
    if on:
        in_being = tuple(a for a in candidates if (a.start or "") <= on and (a.end is None or on <= a.end))
        candidates = in_being or candidates
    if county and any(a.kind == "county" for a in candidates):
        candidates = tuple(a for a in candidates if a.kind == "county")
    current = [a for a in candidates if a.end is None]
    return current[0] if current else max(candidates, key=lambda a: a.end or "")


def lookup(name: str | None, *, on: str | date | None = None) -> Area | None:
    """The known area a printed name stands for, or None.

    data/areas.csv first, then data/gazetteer.csv.  A council's name ("Blaby District Council",
    "Borough of Bassetlaw", "City of York Council") stands for its area.  Where one name stands for
    an area that ended and its successor ("Somerset"), `on` (an ISO date) picks the one in being
    that day; without it, the one in being now.
    """
    if not name:
        return None
    return _lookup(name, on.isoformat() if isinstance(on, date) else on)


@lru_cache(maxsize=1 << 12)
def _lookup(name: str, when: str | None) -> Area | None:
    """`lookup` memoised: a pack prints the same few names thousands of times (the tables never change)."""
    keys, county = _variants(normalise(name))
    table = _table()
    for key in keys:
        if key in table:
            return table[key]
    gazetteer = _gazetteer()
    for key in keys:
        if key in gazetteer:
            return _pick(gazetteer[key], when, county)
    stem = keys[0].removesuffix(" region")
    if stem != keys[0]:  # "South West region", a row label wrapped or printed in full: the region itself
        area = _lookup(stem, when)
        return area if area is not None and area.kind == "region" else None
    return None


def known_names() -> list[str]:
    """Every spelling the area table (data/areas.csv) knows, longest first (for scanning text)."""
    return sorted(_table(), key=len, reverse=True)


def _csv_name_regex(name: str) -> str:
    """A data/areas.csv spelling (normalised) in text, in any case."""
    # "n w leicestershire" also matches "N.W. Leicestershire": an initial may take a dot, and then no space.
    parts = [r"(?:and|&)" if w == "and" else re.escape(w) + (r"\.?" if len(w) == 1 else "") for w in name.split()]
    return r"(?:[\s,]+|(?<=\.))".join(parts)


@lru_cache(maxsize=1)
def _name_pattern() -> re.Pattern[str]:
    """The data/areas.csv spellings in text, ignoring case (loaders/figures.py runs it, and its twin)."""
    words = [_csv_name_regex(n) for n in known_names()]
    return re.compile(r"(?<![A-Za-z])(" + "|".join(words) + r")(?![A-Za-z])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _name_edge_pattern() -> re.Pattern[str] | None:
    """`_name_pattern` for lowered text with a character before it (run it on " " + lowered text), or None.

    The same names, case-sensitive, led by the non-letter before a name rather than a look-behind for one:
    Python's re then skips to the next non-letter instead of trying every position, several times faster.
    Group 1, moved one back, is what `_name_pattern` finds, so long as every name starts with a letter:
    the character after a match is no letter, so no name starts there, and the next match can only start
    after it (the one it consumes as its own lead).  None when a name does not.
    """
    names = known_names()
    if not all(n[:1].isascii() and n[:1].isalpha() and n.split()[0] != "and" for n in names):
        return None
    return re.compile(r"[^A-Za-z](" + "|".join(_csv_name_regex(n) for n in names) + r")(?![A-Za-z])")


_JOINERS = frozenset({"upon", "on", "of", "the", "with", "in", "under", "le", "by"})


def _printed_word_regex(word: str) -> str:
    if word in _JOINERS:
        return f"[{word[0]}{word[0].upper()}]{re.escape(word[1:])}"  # "Kingston Upon Hull" in a title
    dot = word.endswith(".") or len(word) == 1 or word == "St"  # "St. Albans", "N.E. Lincolnshire"
    rx = re.escape(word.rstrip(".")).replace("'", "['\u2019]")
    return rx + (r"\.?" if dot else "")


def _printed_name_regex(printed: str) -> str:
    """A gazetteer spelling in text, with its capitals as printed: "&" for "and", a hyphen or a space."""
    parts = []
    for word in re.split(r"[\s,]+", printed.strip()):
        if word in ("and", "&"):
            parts.append(r"(?:and|&)")
        else:
            parts.append(r"(?:\s*-\s*|\s+)".join(_printed_word_regex(w) for w in word.split("-")))
    return r"(?:[\s,]+|(?<=\.))".join(parts)


def _gazetteer_spellings() -> list[str]:
    """Gazetteer spellings data/areas.csv does not know (its own win, and match in any case)."""
    table = _table()
    out: dict[str, None] = {}
    for _area, spellings in _gazetteer_rows():
        for name in spellings:
            if normalise(name) not in table:
                out.setdefault(name, None)
    return list(out)


@lru_cache(maxsize=1)
def _place_pattern() -> re.Pattern[str]:
    """Every known spelling in text, in one pattern: data/areas.csv's in any case, the gazetteer's with
    their capitals as printed ("Reading", not "reading"), longest first.

    The names are grouped by their first letter, each group behind a look-ahead for that letter, so at
    most positions only one small group is tried.
    """
    entries = [(n, f"(?i:{_csv_name_regex(n)})") for n in known_names()]
    entries += [(n, _printed_name_regex(n)) for n in _gazetteer_spellings()]
    groups: dict[str, list[tuple[str, str]]] = {}
    for name, rx in entries:
        groups.setdefault(name[0].casefold(), []).append((name, rx))
    branches = []
    for first, members in sorted(groups.items()):
        members.sort(key=lambda e: len(e[0]), reverse=True)
        letters = re.escape(first) if first == first.upper() else f"[{re.escape(first)}{re.escape(first.upper())}]"
        branches.append(f"(?={letters})(?:" + "|".join(rx for _n, rx in members) + ")")
    return re.compile(r"(?<![A-Za-z])(" + "|".join(branches) + r")(?![A-Za-z])")


# NHS bodies, by their form: capitalised words (and "and", "&", "of" ...) before one of these.
_NHS_SUFFIX_RE = re.compile(
    r"(?<![A-Za-z])(?:(?P<ccg>CCG|[Cc]linical\s+[Cc]ommissioning\s+[Gg]roup)"
    r"|(?P<icb>ICB|[Ii]ntegrated\s+[Cc]are\s+[Bb]oard)"
    r"|(?P<trust>NHS\s+(?:[Ff]oundation\s+)?[Tt]rust))(?![A-Za-z]|/\w)"  # "ICB/25/043" is a paper's reference
)
_NHS_WORD_RE = re.compile(r"[A-Z][\w'\u2019.\-]*|and|&|of|upon|on|in|with|,")  # not "the": "However the CCG"
_NHS_TOKEN_RE = re.compile(r"[^\s,]+|,")
_NHS_CONNECTORS = frozenset({"and", "&", "of", "upon", "on", "the", "in", "with", ","})
# Capitalised words that open a sentence or a phrase, not a body's name ("In Nottingham ICB", "The CCG", "Total CCG").
_NOT_NAME_WORDS = frozenset(
    {"a", "all", "an", "and", "across", "as", "at", "average", "between", "both", "by", "combined", "during"}
    | {"each", "every", "for", "former", "from", "host", "if", "in", "including", "its", "lead", "local", "of"}
    | {"on", "other", "others", "our", "over", "per", "subtotal", "the", "their", "these", "this", "those", "to"}
    | {"total", "totals", "under", "via", "where", "which", "while", "with", "within", "your"}
)
_NHS_MAX_WORDS = 12
_INITIALS_RE = re.compile(r"(?:[A-Z]\.)+|St\.")
_NHS_ENDS = frozenset({"CCG", "CCGs", "ICB", "ICBs", "Trust", "Trusts", "Board", "Boards", "Group", "Groups"})


def _nhs_kind(m: re.Match[str]) -> str:
    return "ccg" if m.group("ccg") else "icb" if m.group("icb") else "trust"


def _nhs_area(name: str, kind: str) -> Area:
    known = lookup(name)
    if known is not None:
        return known
    return Area(name, "", kind, start=ICB_START if kind == "icb" else None, end=CCG_END if kind == "ccg" else None)


def _name_words_before(text: str, end: int) -> list[re.Match[str]]:
    """The run of name words (capitalised words, joiners, commas) printed straight before `end`."""
    window_start = max(0, end - 300)
    tokens = list(_NHS_TOKEN_RE.finditer(text, window_start, end))
    if window_start and tokens and tokens[0].start() == window_start:
        tokens = tokens[1:]  # cut by the window: not a whole word
    if not tokens or tokens[-1].end() == end:
        return []  # "XCCG" is no body (the suffix must follow a space)
    words: list[re.Match[str]] = []
    for token in reversed(tokens):
        word = token.group()
        if not _NHS_WORD_RE.fullmatch(word) or word.rstrip(".") in _NHS_ENDS or len(words) >= _NHS_MAX_WORDS:
            break  # "CCG" ends the body before: "Leicester City CCG and East Leicestershire and Rutland CCG"
        if word.endswith(".") and not _INITIALS_RE.fullmatch(word):
            break  # the end of a sentence ("... Blaby. The CCG"), not "St." or "N.E."
        words.insert(0, token)
    return words


def _nhs_name(words: list[str]) -> bool:
    """Words that can open a body's name: a capitalised word other than "NHS" among them."""
    return bool(words) and words[0] not in _NHS_CONNECTORS and any(w[0].isupper() and w != "NHS" for w in words)


def _nhs_bodies(text: str) -> list[tuple[int, int, Area]]:
    """NHS bodies named in running text as (start, end, area).

    Of the capitalised words before a suffix, the longest tail data/areas.csv knows wins ("Blaby and
    West Leicestershire CCG" names West Leicestershire CCG, after Blaby); else all of them, less the
    words that open a sentence ("In", "The").  A list of places just before a body's name reads as
    part of it ("Reading and Slough, Nottingham and Nottinghamshire ICB"): commas are in some names.
    """
    out = []
    for m in _NHS_SUFFIX_RE.finditer(text):
        words = _name_words_before(text, m.start())
        texts = [w.group() for w in words]
        suffix = " ".join(m.group().split())
        chosen = None
        for i in range(len(words)):
            tail = texts[i:]
            if _nhs_name(tail) and lookup(" ".join([*tail, suffix])) is not None:
                chosen = i
                break
        if chosen is None:
            chosen = 0
            while chosen < len(words) and (
                texts[chosen] in _NHS_CONNECTORS or texts[chosen].casefold() in _NOT_NAME_WORDS
            ):
                chosen += 1
        tail = texts[chosen:]
        if not _nhs_name(tail):
            continue
        name = re.sub(r"\s+,", ",", " ".join([*tail, suffix]))
        out.append((words[chosen].start(), m.end(), _nhs_area(name, _nhs_kind(m))))
    return out


def nhs_bodies_in(text: str) -> list[tuple[int, int, Area]]:
    """NHS bodies named in running text, by their form, as (start, end, area)."""
    return _nhs_bodies(text)


def nhs_kinds_in(text: str) -> list[str]:
    """The kinds of NHS body a text names, with or without a body's name ("ICB FINANCIAL POSITION": ["icb"])."""
    return [_nhs_kind(m) for m in _NHS_SUFFIX_RE.finditer(text)]


def nhs_body(text: str | None) -> str | None:
    """The label, tidied, when it is an NHS body by its form, else None.

    "Nottingham and Nottinghamshire ICB", "NHS Derby and Derbyshire Clinical Commissioning Group",
    "Sherwood Forest Hospitals NHS Foundation Trust", "The Rotherham NHS Foundation Trust": capitalised
    words (and "and", "&", "of" ...) before "CCG", "Clinical Commissioning Group", "ICB", "Integrated
    Care Board", "NHS Trust" or "NHS Foundation Trust".
    """
    if not text:
        return None
    tidy = " ".join(text.split())
    suffixes = list(_NHS_SUFFIX_RE.finditer(tidy))
    if not suffixes or suffixes[-1].end() != len(tidy):
        return None
    prefix = tidy[: suffixes[-1].start()]
    words = _NHS_TOKEN_RE.findall(prefix)
    if words and words[0] in ("The", "the"):
        words = words[1:]
    if not prefix.endswith(" ") or len(words) > _NHS_MAX_WORDS or not all(_NHS_WORD_RE.fullmatch(w) for w in words):
        return None
    return tidy if _nhs_name(words) and words[0].casefold() not in _NOT_NAME_WORDS else None


def find_areas(text: str) -> list[tuple[int, Area]]:
    """Known areas named in a piece of text, with their positions.

    data/areas.csv names in any case (its short aliases, "WL", only in capitals); gazetteer names with
    their capitals as printed ("Reading", not "reading the report"); NHS bodies by their form.
    """
    bodies = _nhs_bodies(text)
    found = [(start, area) for start, _end, area in bodies]
    table = _table()
    for m in _place_pattern().finditer(text):
        printed = m.group(1)
        if any(start < m.end() and m.start() < end for start, end, _a in bodies):
            continue  # a word of a body's name: "Nottingham" in "Nottingham and Nottinghamshire ICB"
        area = lookup(printed)
        # Two-letter aliases of data/areas.csv (WL, UK) count only when printed in capitals.
        if area is None or (len(printed) <= 4 and not printed.isupper() and normalise(printed) in table):
            continue
        found.append((m.start(), area))
    return sorted(found, key=lambda p: p[0])


def is_place(label: str | None) -> bool:
    """Whether a label names a place or body: one lookup() knows, or an NHS body by its form."""
    return lookup(label) is not None or nhs_body(label) is not None


def canonical(name: str | None) -> tuple[str | None, str | None]:
    """(display name, code) for a printed area; unknown names pass through with no code (an ICB or CCG in one
    spelling, "X ICB", however it is printed).

    A known area with no code (an NHS body data/areas.csv does not list) also gives None.
    """
    if name is None or not name.strip():
        return None, None
    area = lookup(name)
    if area:
        return area.name, area.code or None
    tidy = " ".join(name.split())
    return (_short_body_name(tidy) if nhs_body(tidy) else tidy), None


def _short_body_name(name: str) -> str:
    """One spelling of an ICB or CCG the area table does not list: "NHS Kelby Integrated Care Board" and "Kelby
    ICB" are one body, so both read "Kelby ICB" (trusts keep their printed name, "NHS" inside it)."""
    suffix = list(_NHS_SUFFIX_RE.finditer(name))[-1]
    kind = _nhs_kind(suffix)
    if kind == "trust" or suffix.end() != len(name):
        return name
    return f"{name[: suffix.start()].strip().removeprefix('NHS ')} {kind.upper()}"


KNOWN_GEOGRAPHY_CODES = frozenset(a.code for a in (lookup(n) for n in ("Leicestershire", "England", "Blaby")) if a)


_PLACE_NAME_RE = re.compile(r"[A-Z][\w'\u2019.\-]*(?:(?:\s+|\s*[,&]\s*)[\w'\u2019.\-]+){0,6}")


_NOT_PLACES = frozenset({"total", "totals", "average", "mean", "median", "source", "note", "notes"})


def looks_like_place(label: str) -> bool:
    """A table row label that could be a place the area table does not list ("Newark and Sherwood").

    Capitalised words, no digits, at most seven words: not a total, an average, a note or a sentence.
    """
    text = " ".join(label.split())
    words = set(normalise(text).split())
    return bool(_PLACE_NAME_RE.fullmatch(text)) and not any(c.isdigit() for c in text) and not words & _NOT_PLACES


@dataclass(frozen=True)
class UnknownArea:
    """An area name a pack prints that data/areas.csv does not know: its rows are kept with no code."""

    file: str
    name: str
    lines: tuple[int, ...]

    def __str__(self) -> str:
        from loaders.reading import number_ranges

        more = self.lines[1:]
        also = f" (also line{'s' if len(more) > 1 else ''} {number_ranges(list(more))})" if more else ""
        return f"{self.file}:{self.lines[0]} {self.name}{also}"


def unknown_areas(rows: Iterable[tuple[object, object, object, object]]) -> list[UnknownArea]:
    """Names with no code among (file, area, area_code, line) rows, by file then first line."""
    found: dict[tuple[str, str], set[int]] = {}
    for file, name, code, line in rows:
        if isinstance(name, str) and name.strip() and not (isinstance(code, str) and code):
            found.setdefault((str(file), name), set()).add(int(line))  # type: ignore[call-overload]
    out = [UnknownArea(f, n, tuple(sorted(lines))) for (f, n), lines in found.items()]
    return sorted(out, key=lambda u: (u.file, u.lines[0], u.name))
