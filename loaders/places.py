"""Places a pack names: its home council, and the place a table's row or column label stands for.

A pack's home council is what its cover says ("CALVERMOOR COUNTY COUNCIL",
"# Fallowmere County Council"): the area every figure belongs to unless its
sentence or table names another.  A row label is a place when the gazetteer
knows it, when it is the home area, or when it sits in a table whose rows are
places (one of them the home area, a county, a region or England); unknown
places keep their printed name and get no code.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import chain

from loaders import areas
from loaders.grid_delimited import split_bare_pipes, split_pipes
from loaders.grid_model import Grid
from loaders.perpack import per_pack
from loaders.plain_rows import split_spaced_row

COVER_LINES = 80  # the cover and the first agenda page
_COUNCIL_RE = re.compile(
    r"(?<![A-Za-z])((?:[A-Z][A-Za-z'\-]+|and|of|upon|on|&)(?:\s+(?:[A-Z][A-Za-z'\-]+|and|of|upon|on|&))*?)"
    r"\s+(?:County|City|Borough|District|Metropolitan\s+Borough)?\s*Council\b",
    re.IGNORECASE,
)
_LEAD_WORDS = {"the", "of", "and", "on", "upon", "&", "to", "for", "a", "an", "by", "at", "in"}
# Small words that join a council's name ("Kingston upon Hull", "Isle of Wight") are in _LEAD_WORDS; these never are
_NOT_IN_A_NAME = {"to", "for", "a", "an", "by", "at", "in", "from", "with"}
# Words that name the kind of place a table's rows are (printed in its corner)
PLACE_DIMENSIONS = (
    "area",
    "areas",
    "district",
    "districts",
    "locality",
    "localities",
    "neighbourhood",
    "neighbourhoods",
    "place",
    "places",
    "borough",
    "boroughs",
    "ward",
    "wards",
    "county",
    "local authority",
    "authority",
    "geography",
    "pcn",
    "pcns",
    "primary care network",
)
_COMPARING = r"\b(?:gap|difference|inequality|slope index)\b"  # what compares places, of none of them
_COMPARING_RE = re.compile(_COMPARING, re.I)
_NOT_A_PLACE = re.compile(
    r"^(?:total|totals|sub-?total|average|mean|median|other|others|unknown|all)\b"
    r"|^.*?" + _COMPARING,  # a row comparing places ("Deprivation gap") is none
    re.I,
)
# Words that head a measure's column, not a place's ("Target", "Forecast Outturn", "RAG")
_MEASURE_HEADER_RE = re.compile(
    r"\b(?:target|actual|plan|planned|forecast|budget|variance|change|trend|rag|rating|status|value|rate|count|"
    r"number|outturn|baseline|benchmark|previous|current|latest|year|month|quarter|q[1-4]|ytd|spend|cost|"
    r"allocation|funding|difference|gap|total|average|score|rank|ranking|percentage|percent|per|notes?|comments?|"
    r"source|period|date|indicator|measure|metric|description|direction|polarity|performance)\b",
    re.IGNORECASE,
)


# A council's statutory health committee printed under the council's name ("Kelby Health and Wellbeing Board",
# "KELBY HEALTH OVERVIEW AND SCRUTINY COMMITTEE"), at the start of a line; a joint committee serves several councils
_COMMITTEE_OF_RE = re.compile(
    r"^\W*(?P<name>[A-Z][A-Za-z'\-]+(?:\s+(?:[A-Z][A-Za-z'\-]+|and|AND|of|OF|upon|UPON|on|ON|&))*?)\s+"
    r"(?i:health\s+(?:and\s+wellbeing\s+board|(?:overview\s+and\s+)?scrutiny\s+(?:committee|panel|board)))\b"
)
_NOT_A_COUNCIL_WORDS = {"joint", "minutes", "meeting", "agenda"}  # "MINUTES OF THE HEALTH AND WELLBEING BOARD"
_NOT_A_NAME = {"the", "parish", "town", "county", "city", "district", "borough"}


def _named(words: list[str]) -> str | None:
    """A council's name from its words, in title case ("CALVERMOOR" -> "Calvermoor"), without a leading "the"."""
    breaks = [i for i, w in enumerate(words) if w.casefold() in _NOT_IN_A_NAME]
    if breaks:  # "Report to Calvermoor County Council": the name starts after the last word no name holds
        words = words[breaks[-1] + 1 :]
    while words and words[0].casefold() in _LEAD_WORDS:
        words.pop(0)
    if not words or words[0][0].islower():
        return None
    name = " ".join(w if not w.isupper() or len(w) <= 3 and w in ("NHS",) else w.title() for w in words)
    name = re.sub(r"\bAnd\b", "and", name)
    return None if name.casefold() in _NOT_A_NAME else name


def _committee_of(printed: str) -> str | None:
    """The council a committee's name starts with; none for a joint committee's or a heading's words."""
    words = printed.casefold().split()
    if words[-1] in _LEAD_WORDS or _NOT_A_COUNCIL_WORDS.intersection(words):
        return None
    return _named(printed.split())


def _table_row(text: str) -> bool:
    """A table's row: a label, then two values or more, one of them a figure (not a telephone number or date)."""
    cells = split_spaced_row(text)
    if cells is None and "|" in text:  # a Markdown row: "Additional council contribution | 1,850 | 2,100"
        cells = [
            cell
            for k, cell in enumerate(split_pipes(text) or split_bare_pipes(text) or [])
            if k == 0 or cell[1].strip()
        ]
    if not cells:
        return False
    from loaders.figures import not_figure_spans  # figures reads the home area from this module

    spans = not_figure_spans(text)
    return any(not any(a <= start < b for a, b in spans) for start, _cell in cells[1:])


@per_pack
def home_council(lines: tuple[str, ...]) -> str | None:
    """The council a pack's cover names most often ("Calvermoor" for "CALVERMOOR COUNTY COUNCIL"); a cover that
    names only the council's health committee ("Kelby Health and Wellbeing Board") names the council by it.
    A table's row ("Additional council contribution  3,100  3,400") names a line of money, never the cover's
    council."""
    votes: Counter[str] = Counter()
    committees: Counter[str] = Counter()
    cover = [text.replace("*", " ").replace("#", " ") for text in lines[:COVER_LINES]]
    for i, plain in enumerate(cover):
        if _table_row(plain.rstrip()):
            continue
        for m in _councils_named(plain, cover[i + 1] if i + 1 < len(cover) else ""):
            if not m.group(0).endswith(("Council", "COUNCIL")):
                continue  # "pools NHS and council funding": a council named in prose, not a council's name
            name = _named(m.group(1).split())
            if name:
                votes[name] += 1
        c = _COMMITTEE_OF_RE.match(plain)
        name = _committee_of(c.group("name")) if c else None
        if name:
            committees[name] += 1
    best = votes or committees
    return best.most_common(1)[0][0] if best else None


def _councils_named(text: str, following: str) -> list[re.Match[str]]:
    """The councils a cover's line names, and one whose name runs on to the next line ("[Dunsmere County" /
    "Council](/logo.svg)": a logo's text wrapped by an HTML-to-text converter), counted on the line it starts."""
    found = list(_COUNCIL_RE.finditer(text))
    head, tail = text.rstrip(), following.strip()
    if tail[:1].isalpha() and "council" in tail[:40].casefold():
        joined = f"{head} {tail}"
        found += [m for m in _COUNCIL_RE.finditer(joined) if m.start() < len(head) < m.end()]
    return found


@per_pack
def home_body(lines: tuple[str, ...]) -> str | None:
    """The NHS body (ICB or trust) a cover names most: the home of an NHS board's papers."""
    votes: Counter[str] = Counter()
    for text in lines[:COVER_LINES]:
        for _start, _end, body in areas.nhs_bodies_in(text):
            if "," not in body.name:  # "Jo Bloggs, Chief Finance Officer, X CCG" is a signature, not a name
                votes[body.name] += 1
    return votes.most_common(1)[0][0] if votes else None


def sole_icb(lines: tuple[str, ...]) -> str | None:
    """The one ICB a pack names, when it names exactly one: what a council's papers mean by "the ICB"."""
    found = {
        body.name
        for text in lines
        if "ICB" in text or "Integrated Care Board" in text
        for _start, _end, body in areas.nhs_bodies_in(text)
        if _body_kind(body.name) == "icb" and "," not in body.name
    }
    return found.pop() if len(found) == 1 else None


def same_place(a: str | None, b: str | None) -> bool:
    return bool(a and b) and areas.normalise(_bare(a)) == areas.normalise(_bare(b))  # type: ignore[arg-type]


def _bare(label: str) -> str:
    """A label without bracketed notes and markup: "North (Quellby, Hurlbridge)" -> "North"."""
    return " ".join(re.sub(r"\([^)]*\)", " ", label.replace("*", " ")).split()).strip(" ,:")


def known_place(label: str, home: str | None) -> bool:
    """The gazetteer knows the label, it is an NHS body, or it is the pack's home area."""
    bare = _bare(label)
    return bool(bare) and (areas.lookup(bare) is not None or same_place(bare, home) or _is_nhs_body(bare))


def _is_nhs_body(label: str) -> bool:
    check = getattr(areas, "is_place", None)
    return bool(check and check(label)) and areas.lookup(label) is None


def compares_places(text: str) -> bool:
    """Text that names a gap or difference between places ("the gap between the same wards is"): its figure is
    of the area that holds them, none of them."""
    return bool(_COMPARING_RE.search(text))


# A row that stands for a group of areas a council is compared with ("Statistical neighbours", "CIPFA nearest
# neighbours", "Comparator average"): a benchmark, as England and a region are, never one of the districts.
_COMPARATOR_GROUP_RE = re.compile(r"\b(?:neighbours|comparators?|cipfa|average)\b", re.IGNORECASE)


def is_comparator_group(label: str) -> bool:
    """A row or column of a group of areas the council is compared with (its statistical neighbours)."""
    return bool(_COMPARATOR_GROUP_RE.search(label))


def is_not_a_place(label: str) -> bool:
    """A total, average or "other" row or column: it sits among places but names none."""
    return bool(_NOT_A_PLACE.match(_bare(label)))


def places_in_header(header: str, home: str | None) -> list[tuple[str, str]]:
    """A column header that starts with a known place and names a measure ("England rate", "Northshire
    average"): [(place, the rest)]; else []."""
    words = header.split()
    for k in range(min(len(words) - 1, 4), 0, -1):
        head, rest = " ".join(words[:k]), " ".join(words[k:])
        if known_place(head, home) and _MEASURE_HEADER_RE.search(rest):
            return [(areas.canonical(head)[0] or head, rest)]
    return []


def place_columns(headers: Sequence[str], home: str | None, local: Sequence[str] = ()) -> bool:
    """Whether a table's value columns are places ("Ashby Vale | Brockton | Northshire | England"): two of them
    known places (the home area, a county, region or England, or one of the pack's own places `local`, which
    another of its tables lists as rows) and every other a proper name, not a measure's header such as "Target"
    or "Forecast"."""
    named = [h for h in headers if h and _bare(h) and not _NOT_A_PLACE.match(_bare(h))]  # "Total" sits among them
    if len(named) < 3:
        return False
    known = sum(1 for h in named if known_place(h, home) or any(same_place(_bare(h), p) for p in local))
    return known >= 2 and all(
        known_place(h, home) or (looks_like_name(_bare(h)) and not _MEASURE_HEADER_RE.search(h)) for h in named
    )


def place_rows(labels: Sequence[str], corner: str, home: str | None, local: Sequence[str] = ()) -> bool:
    """Whether a table's rows are places: its corner says so, or one row is a known place (or one of the pack's
    own places `local`, which another of its tables lists with the home area) and the rest look like places."""
    if corner.strip(" :*").casefold() in PLACE_DIMENSIONS:
        return True
    named = [lab for lab in labels if lab and not _NOT_A_PLACE.match(_bare(lab))]
    if len(named) < 2:
        return False
    known = sum(1 for lab in named if known_place(lab, home) or any(same_place(_bare(lab), p) for p in local))
    return (
        known >= 1
        and all(known_place(lab, home) or looks_like_name(_bare(lab)) for lab in named)
        and (known >= 2 or len(named) >= 3)
    )


_NAME_JOINERS = {"and", "&", "of", "upon", "on", "the", "in", "le", "under", "with", "-"}
DIRECTIONS = (
    "north",
    "south",
    "east",
    "west",
    "central",
    "north east",
    "north west",
    "south east",
    "south west",
    "mid",
    "inner",
    "outer",
    "rural",
    "urban",
)


def looks_like_name(label: str) -> bool:
    """A proper name ("Tarnholme & Elderby", "West Fallowmere"): every word capitalised but the joiners, no digits."""
    words = label.replace(",", " ").split()
    return (
        0 < len(words) <= 6
        and not any(c.isdigit() for c in label)
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w.casefold() in _NAME_JOINERS for w in words)
    )


def row_area(label: str, corner: str, home: str | None = None, siblings: Sequence[str] = ()) -> str | None:
    """The area a place row names: its label without notes; a locality keeps the word ("North locality"), unless
    it is the one row of its table (`siblings`, the table's row labels) named by a compass point and the
    gazetteer knows it: the region a table of localities is compared with ("North West" under "England")."""
    if _NOT_A_PLACE.match(_bare(label)):
        return None
    bare = expand_compass(_bare(label))
    if bare.casefold() not in DIRECTIONS or _compared_region(bare, siblings):
        return bare
    for word in ("locality", "place", "ward"):
        if re.search(rf"\b{word}", corner, re.I):
            return f"{bare} {word}"  # "North" alone names no place: "North locality" does
    return bare


def _compared_region(name: str, siblings: Sequence[str]) -> bool:
    compass_rows = sum(1 for s in siblings if expand_compass(_bare(s)).casefold() in DIRECTIONS)
    return compass_rows == 1 and areas.lookup(name) is not None


_COMPASS = {
    "n": "North",
    "s": "South",
    "e": "East",
    "w": "West",
    "ne": "North East",
    "nw": "North West",
    "se": "South East",
    "sw": "South West",
}
_COMPASS_RE = re.compile(r"^(N|S|E|W|NE|NW|SE|SW)\.?\s+(?=[A-Z])")


def expand_compass(name: str) -> str:
    """ "N. Calvermoor", "W Fallowmere" -> "North ...", "West ...": a district's short form to its name."""
    return _COMPASS_RE.sub(lambda m: _COMPASS[m.group(1).casefold()] + " ", name)


_TAIL_PLACE_RE = re.compile(r"^(?P<rest>.+?)\s*(?:[\u2013\u2014]|\s-\s|,)\s*(?P<place>[^,\u2013\u2014]+?)\s*$")
_BRACKET_PLACE_RE = re.compile(r"^(?P<rest>.+?)\s*\((?P<place>[^()]+)\)\s*$")


def place_in_label(label: str, home: str | None) -> tuple[str, str] | None:
    """A place a row label ends with ("Life expectancy – Fallowmere", "Gap ... (Calvermoor)"): (rest, place)."""
    for rx in (_TAIL_PLACE_RE, _BRACKET_PLACE_RE):
        m = rx.match(label.strip())
        if m and known_place(m.group("place"), home):
            return m.group("rest").strip(" ,:-"), m.group("place").strip()
    return None


def home_area(lines: tuple[str, ...]) -> str | None:
    """Where an unplaced figure belongs: the council on the cover, else the county the pack names most, else
    the NHS body on the cover (an ICB's or trust's board papers)."""
    from loaders.figures import home_area as county_named_most

    cover = home_council(lines)
    known = county_named_most(lines)
    if cover and known and same_place(cover, known):
        return known
    body = home_body(lines)
    if cover and body and not known and _sent_to(lines, cover):
        return body  # an ICB's or trust's own papers, sent to the council's committee: its figures are the body's
    if not cover and body and (place := _place_committee(lines, body)):
        return place  # an ICB's committee for one of its places ("Kelby Place Committee"): its figures are the place's
    return cover or known or body


# A cover's committee of one place of an ICB: "Kelby Place Committee", "Kelby Place Partnership Board"
_PLACE_COMMITTEE_RE = re.compile(
    r"\b((?-i:[A-Z][\w'’-]+)(?:\s+(?:and\s+)?(?-i:[A-Z][\w'’-]+)){0,3})\s+Place\s+"
    r"(?:Committee|Board|Partnership(?:\s+Board)?|Sub-?Committee)\b",
    re.IGNORECASE,
)


def _place_committee(lines: tuple[str, ...], body: str) -> str | None:
    """The place a cover's committee is for, where the NHS body on the cover is named after it."""
    for text in lines[:COVER_LINES]:
        m = _PLACE_COMMITTEE_RE.search(text.replace("*", " "))
        if m and any(same_place(m.group(1), name) for name in places_in_body_name(body)):
            return m.group(1)
    return None


# How a cover names the council its papers are sent to, not written by: "Report to X County Council"
_SENT_TO_RE = re.compile(r"\b(?:report|presented|submitted|briefing|paper|update)\s+(?:to|for)\s+(?:the\s+)?$", re.I)


def _sent_to(lines: tuple[str, ...], council: str) -> bool:
    """Whether the cover names the council only as where the papers go ("Report to X County Council")."""
    sent = written = False
    for text in lines[:COVER_LINES]:
        for m in _COUNCIL_RE.finditer(text.replace("*", " ").replace("#", " ")):
            if _named(m.group(1).split()) != council:
                continue
            at = text.casefold().find(council.casefold(), m.start(1))
            if at >= 0 and _SENT_TO_RE.search(text[:at]):
                sent = True
            else:
                written = True
    return sent and not written


_BODY_SUFFIX_RE = re.compile(
    r"\s+(?:ICB|CCG|Integrated\s+Care\s+(?:Board|System)|Clinical\s+Commissioning\s+Group|ICS)\s*$", re.IGNORECASE
)


def places_in_body_name(home: str | None) -> list[str]:
    """The places an NHS body is named after ("Kelby and Wexmoor ICB": Kelby, Wexmoor): in its own report a
    caption naming one of them names a place, not a stray word."""
    if not home or not _BODY_SUFFIX_RE.search(home):
        return []
    return [p.strip() for p in re.split(r",|\band\b|&", _BODY_SUFFIX_RE.sub("", home)) if p.strip()]


def pack_places(home: str | None, grids: Sequence[Grid], named: Sequence[str] = ()) -> tuple[str, ...]:
    """Places this pack names that no gazetteer knows: its home council (or the places its home NHS body is named
    after), the rows of its place tables ("Sallowfield", "North locality") and the places `named` in a column of a
    table's words (a long table's Area column).  A sentence naming one of them is about that place, as it would be
    for a district the gazetteer holds."""
    found: dict[str, None] = {}
    if home and areas.lookup(home) is None:
        found[home] = None
    for part in places_in_body_name(home):  # "Kelby" in Kelby and Wexmoor ICB's own papers
        if looks_like_name(part) and not _found_in_text(part):
            found[part] = None
    for grid in grids:
        labels = [r.label for r in grid.rows]
        headers = [c.header for c in grid.columns if c.role == "values"]
        if place_columns(headers, home):
            labels = headers
        elif not place_rows(labels, grid.corner, home):
            continue
        for label in labels:
            name = row_area(label, grid.corner, home, labels) if label else None
            if name and looks_like_name(name) and not _found_in_text(name) and not same_place(name, home):
                found[name] = None
    for name in named:
        if looks_like_name(name) and not _found_in_text(name) and not same_place(name, home):
            found[name] = None
    return tuple(found)


def _found_in_text(name: str) -> bool:
    """Whether running text finds the place without the pack's help (data/areas.csv spells it); a region or
    district only the gazetteer knows ("London" as a table's column) is found once the pack's tables name it."""
    return areas.lookup(name) is not None and areas.normalise(name) in set(areas.known_names())


# What running text calls the home area or the pack's own ICB or CCG: "across the borough", "the county figure",
# "The ICB has recruited ..." (not "the county of X", another county)
_HOME_REFERENCE_RE = re.compile(
    r"(?<![\w])[Tt]he\s+(?:(?P<home>[Cc]ounty|[Bb]orough)|(?P<icb>ICB|Integrated\s+Care\s+Board)"
    r"|(?P<ccg>CCG|Clinical\s+Commissioning\s+Group))(?![\w\-])(?!\s+of\b)"
)
# "across the city", "the city average": the home area, where the home council is a city's ("X City Council")
_CITY_REFERENCE_RE = re.compile(r"(?<![\w])[Tt]he\s+(?P<home>[Cc]ity)(?![\w\-])(?!\s+of\b)")
_RANKED_IN_RE = re.compile(
    r"\b(?:[a-z]+est|most|least|best|worst|top|bottom)\b(?:\s+[\w\-]+){0,3}?\s+(?:in|across|of|within)\s+$",
    re.IGNORECASE,
)
# "the gap between the most and least deprived parts of the county": a gap within the place, which is its area
_BOTH_ENDS_RE = re.compile(
    r"\b(?:most\s+and\s+least|least\s+and\s+most|highest\s+and\s+lowest|lowest\s+and\s+highest)\b"
)
# A place the text names as a ward or neighbourhood ("Hobbs Moor ward", "Kelby's Ashgrove neighbourhood"),
# whether or not a table lists it; the capitalised words that start a sentence ("In", "The") are no part of it
_NAMED_WARD_RE = re.compile(r"(?<![\w'\u2019])((?:[A-Z][a-z\-]+\s+){0,3}[A-Z][a-z\-]+)\s+(?:ward|neighbourhood)\b")
_SENTENCE_WORDS = {"in", "the", "at", "for", "across", "within", "of", "and", "by", "on", "to", "from", "a", "an"}
_TRUST_SUFFIX_RE = re.compile(r"\s+NHS\s+(?:Foundation\s+)?Trust$", re.IGNORECASE)


def body_short_names(bodies: Sequence[str]) -> dict[str, str]:
    """A trust's name without "NHS (Foundation) Trust", as running text writes it ("Kelby Teaching Hospitals'
    adverse variance"), and its full name, each to the full name; a one-word short name is a place's."""
    out = {}
    for body in bodies:
        out[body] = body
        short = _TRUST_SUFFIX_RE.sub("", body)
        if short != body and len(short.split()) >= 2:
            out[short] = body
    return out


def pack_bodies(grids: Sequence[Grid]) -> tuple[str, ...]:
    """The NHS trusts a pack's tables name as rows ("Kelby Teaching Hospitals NHS Foundation Trust")."""
    found: dict[str, None] = {}
    for grid in grids:
        for row in grid.rows:
            body = areas.nhs_body(row.label) if row.label and "rust" in row.label else None
            if body and areas.lookup(body) is None:
                found[body] = None
    return tuple(found)


@dataclass(frozen=True)
class LocalPlaces:
    """The pack's own places (`pack_places`) as one pattern: whole words, "&" or "and", any run of spaces,
    the longest name first so "North Calvermoor" wins over "Calvermoor"; what the text calls the home area or
    the pack's own body ("the borough", "the ICB"); and places the text names as wards or neighbourhoods."""

    pattern: re.Pattern[str] | None
    names: dict[str, str]  # normalised spelling -> the name as the table prints it
    home: str | None = None  # the area "the county" or "the borough" is
    city: bool = False  # whether "the city" is the home area too (the cover's council is a city's)
    bodies: dict[str, str] = field(default_factory=dict)  # "icb" / "ccg" -> the body "the ICB" is
    # what `find` gave each text: a figure's line, sentence and the lines above it are asked again and again
    found: dict[str, tuple[tuple[int, int, str], ...]] = field(default_factory=dict, compare=False, repr=False)
    # what `loaders.figures.places_in` gave each text with these places, for the same reason
    placed: dict[str, tuple[tuple[int, int, areas.Area], ...]] = field(default_factory=dict, compare=False, repr=False)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, name) of each of the places named in `text`, in order."""
        hit = self.found.get(text)
        if hit is None:
            out = []
            for m in self.pattern.finditer(text) if self.pattern else ():
                name = self.names.get(areas.normalise(m.group(1)))
                if name:
                    out.append((m.start(), m.end(), name))
            out += self._references(text)
            out = self._with_wards(text, out)
            hit = self.found[text] = tuple(sorted(out))
        return list(hit)

    def _references(self, text: str) -> list[tuple[int, int, str]]:
        """ "the county", "the ICB": the home area or the pack's body, found at the word after "the"."""
        if "he " not in text and "he\t" not in text:
            return []
        out = []
        found = _HOME_REFERENCE_RE.finditer(text)
        for m in chain(found, _CITY_REFERENCE_RE.finditer(text)) if self.city else found:
            if _RANKED_IN_RE.search(text, max(0, m.start() - 60), m.start()) and not _BOTH_ENDS_RE.search(
                text, max(0, m.start() - 60), m.start()
            ):
                continue  # "the highest fuel poverty in the county": where it ranks, not where the figure is
            kind = m.lastgroup or ""
            name = self.home if kind == "home" else self.bodies.get(kind)
            if name:
                out.append((m.start(kind), m.end(kind), name))
        return out

    @staticmethod
    def _with_wards(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """`found` with the wards and neighbourhoods the text names, each replacing the shorter places it holds
        ("Brackwater Harbour ward" is not the district Brackwater)."""
        if "ward" not in text and "neighbourhood" not in text:
            return found
        for m in _NAMED_WARD_RE.finditer(text):
            words = m.group(1).split()
            while words and words[0].casefold() in _SENTENCE_WORDS:
                words.pop(0)
            if not words:
                continue
            end = m.end(1)
            start = end - len(" ".join(words))
            if start < m.start(1) or text[start:end] != " ".join(words):  # spaced oddly: leave it
                continue
            inside = [f for f in found if start <= f[0] and f[1] <= end]
            if any(f[0] == start and f[1] == end for f in inside):
                continue  # a place the pack already knows by that name
            if any(f[0] < end and start < f[1] for f in found if f not in inside):
                continue
            found = [f for f in found if f not in inside] + [(start, end, " ".join(words))]
        return found


def local_places(
    names: Sequence[str],
    home: str | None = None,
    bodies: Sequence[str] = (),
    body: str | None = None,
    city: bool = False,
) -> LocalPlaces | None:
    """`names` ready to be found in running text, with the pack's trusts (`bodies`, by full or short name), what
    the text calls the home area ("the city" too where `city`) and the pack's own ICB or CCG (`body`); None when
    there is nothing to find."""
    spellings = {n: n for n in names} | body_short_names(bodies)
    refs: dict[str, str] = {kind: body for kind in ("icb", "ccg") if body and _body_kind(body) == kind}
    if not spellings and not home and not refs:
        return None

    def printed(name: str) -> str:
        words = [r"(?:&|and)" if w.casefold() in ("&", "and") else re.escape(w) for w in name.split()]
        area = areas.lookup(name)
        # a region before a capitalised word names something of its own ("the East Midlands Autism Conference")
        return r"\s+".join(words) + (r"(?!\s+[A-Z])" if area is not None and area.kind == "region" else "")

    alternatives = sorted({printed(n) for n in spellings}, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w])(" + "|".join(alternatives) + r")(?![\w])") if alternatives else None
    return LocalPlaces(pattern, {areas.normalise(k): v for k, v in spellings.items()}, home, city, refs)


def home_is_city(lines: tuple[str, ...], home: str | None) -> bool:
    """Whether the cover names the home area's council as a city's ("Fernhallow City Council", "City of X
    Council"), so that "the city" in its text is the home area and not another place the pack names."""
    if not home:
        return False
    name = r"\s+".join(map(re.escape, home.split()))
    city = re.compile(rf"\b(?:{name}\s+City|City\s+of\s+{name})\s+Council\b", re.IGNORECASE)
    return any(city.search(text) for text in lines[:COVER_LINES])


def _body_kind(name: str) -> str | None:
    """ "icb", "ccg" or "trust": which kind of NHS body a name is, by its form."""
    found = areas.nhs_bodies_in(name)
    return found[-1][2].kind if found else None
