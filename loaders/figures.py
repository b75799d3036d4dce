"""Read every number stated in running text as a figure with its sentence.

The catch-all: whatever no table spec claimed (minutes, report prose,
infographics, small tables) is written here with the words around it as its
measure, its sentence as context, and the area and period named nearest to it.
Dates, years, page and agenda numbering, times, phone numbers and postcodes are
not figures and are skipped.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import TYPE_CHECKING

from loaders import areas
from loaders.numbers import NumberToken, scan
from loaders.perpack import per_pack
from loaders.prefilter import lines_holding
from loaders.reading import step_back
from loaders.segmenting import MONTHS

if TYPE_CHECKING:
    from loaders.places import LocalPlaces

_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
# The three letters every month name starts with: a lowered text without any of them holds no month name.
_MONTH_STEMS = tuple(sorted({m[:3] for m in MONTHS}))
# What follows a date or a numbering but never a figure's end: a decimal part or a per cent sign ("71.4%")
_NOT_A_FIGURE_AFTER = r"(?![.,]\d|\s?%)"
# Spans of a line that hold numbers which are not figures, each pattern with the words (lower case) one of
# which every text it matches holds: a line holding none of them skips the pattern (see not_figure_spans).
# A pattern that would start with a boundary and a digit ("\b\d{1,2}...") is written to start with the digit,
# the boundary checked behind it ("\d(?<!\w\d)\d?..."): the same matches, but Python's re then skips
# straight to digits instead of trying every position.
# A paragraph's or minute's number alone on its line ("35.", "2.1"): no figure, and it starts a new paragraph
_PARAGRAPH_NUMBER_RE = re.compile(r"^\s*\d{1,3}(?:\.\d{1,2})*\.?\s*$")
_NOT_FIGURES: list[tuple[re.Pattern[str], tuple[str, ...]]] = [
    (
        re.compile(rf"\d(?<!\w\d)\d?(?:st|nd|rd|th)?\s+(?:{_MONTH_WORDS})\b\.?(?:,?\s+\d{{2,4}})?", re.IGNORECASE),
        _MONTH_STEMS,
    ),
    # a day after its month ("June 5", "March 31st, 2024"): a day of the month, not "February 71.4%" (a figure
    # after a month named in running text) nor "March 37 patients"
    (
        re.compile(
            rf"\b(?:{_MONTH_WORDS})\.?[\s\-]+(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b{_NOT_A_FIGURE_AFTER}",
            re.IGNORECASE,
        ),
        _MONTH_STEMS,
    ),
    # a month and its year ("Oct-23", "March 2024"); two digits after a month and a space, then a word in lower
    # case, count something ("At the end of March 37 patients had waited")
    (
        re.compile(
            rf"\b(?:{_MONTH_WORDS})(?:[\s\-]+'?\d{{4}}|-'?\d{{2}}|\s+'?\d{{2}}(?!\s+[a-z]))\b{_NOT_A_FIGURE_AFTER}",
            re.IGNORECASE,
        ),
        _MONTH_STEMS,
    ),
    (re.compile(r"\d(?<!\w\d)\d?[/.]\d{1,2}[/.]\d{2,4}\b"), ("/", ".")),  # 13/06/2021
    # 2019/20, 2018-19; not "2019 – 76%" or "2019 - 99.6%" (a date, a dash, then a figure)
    (re.compile(r"(?:19|20)(?<!\w..)\d{2}\s?[/\-\u2013]\s?(?:(?:19|20)?\d{2})\b(?![.,]\d|%)"), ("19", "20")),
    (
        re.compile(
            r"(?:19|20)(?<![\d,.£]..)\d{2}(?![\d%]|[.,]\d|\s?(?:people|patients|staff|GPs|pupils|households))"
        ),  # 2019
        ("19", "20"),
    ),
    (re.compile(r"0(?<!\w0)\d{3,4}\s?\d{3}\s?\d{3,4}\b"), ("0",)),  # 0116 305 2583
    (re.compile(r"</?[A-Za-z][A-Za-z0-9]*\s[^<>]*>"), ("<",)),  # an HTML tag's attributes: <th colspan="2">
    # a house number: "509 Saffron Lane", "12a Mill Road"
    (
        re.compile(
            r"\b\d{1,4}[a-z]?,?\s+(?:[A-Z][a-z']+\s+){1,3}"
            r"(?:Road|Rd|Street|St|Lane|Avenue|Ave|Way|Close|Drive|Place|Square|Crescent|Terrace|Gardens)\b(?!\s+Map)"
        ),
        (),
    ),
    (re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]?\d{1,2}[A-Z]?\s\d[A-Z]{2}\b"), ()),  # LE3 8RA
    (
        re.compile(  # written in lower case (it ignores case): see ascii_twin
            r"\b(?:item|items|page|pages|minute|minutes|appendix|appendices|annex|table|tables|figure|figures|graph|"
            r"chart|section|paragraph|paragraphs|para|order|rule|article|articles|recommendation|priority|tier|phase|"
            r"stage|level|wave|year|slide|objective|outcome|domain|ward|schedule|clause|no\.|number|red|category|cat|"
            r"grade|quarter|qtr|part|month|week|key stage|covid)"
            r"\s+\(?\d+(?:\.\d+)*[a-z]?\)?(?!\.?\d|\s?%)(?:\s*(?:[-\u2013&,]|and|to)\s*\d+(?:\.\d+)*(?!\.?\d|\s?%))*",
            re.IGNORECASE,
        ),
        (),  # testing for its thirty-odd words would cost more than the pattern
    ),
    # "16.2 Heading", "1. Text", "(3) ..."; not "(79.4) is just above it", a bracketed figure a line starts with,
    # nor "79.1) and 82.9 ...", a figure whose bracket opened on the line above ("(England" / "79.1) and ...")
    (
        re.compile(r"^\s*(?:\(\d{1,3}\)\s|\d{1,3}(?:\.\d{1,2})*(?:\.\s|\)\s(?!\s*(?:and|or|but|in|for|with)\b)))"),
        (),
    ),
    (_PARAGRAPH_NUMBER_RE, ()),  # a number alone ("35.", "2.1"): a heading or minute number, no figure
    (re.compile(r"^\s*\d{1,2}(?:\.\d{1,2}){0,2}\s+(?=[A-Z][a-z])"), ()),  # "17 Conclusion", "3.2 In 2023/24, ..."
    # a rate's base
    (re.compile(r"\bper\s+(?:1|10|100|1,?000|10,?000|100,?000)\b(?![.,]?\d)", re.IGNORECASE), ("per",)),
    (
        re.compile(r"(?<![\d,.])\(?£\s?'?000s?\)?(?![\d,.])|\('?000s?\)|(?<![\d,.])'?000s\b"),  # "£000", "(000s)"
        ("000",),
    ),
    (re.compile(r"\d(?<!\w\d)\d*(?:st|nd|rd|th)\b", re.IGNORECASE), ("st", "nd", "rd", "th")),  # ordinals
    (re.compile(r"\b(?:24/7|7/7|365)\b"), ("24/7", "7/7", "365")),
    # part of a measure's name: "4-hour", "18-week", "62-day", "65+ weeks", "2-hour urgent response"
    (
        re.compile(
            r"\d(?<![\d.,£]\d)\d{0,2}(?:-|\u2011|\+\s?)(?:hour|hr|day|week|wk|month|minute|min|year)s?\b"
            r"(?!\s+(?:ago|later))",
            re.IGNORECASE,
        ),
        ("-", "\u2011", "+"),
    ),
    (
        # at 14:00, from 9.30; not "a rate at 0.38 FTE" or "at 12.4%": a time's minutes printed after a point
        # are on the quarter hour or the five minutes
        re.compile(
            r"\b(?:at|from|until|till|by|before|after|between)\s+(?:\d{1,2}:\d{2}|(?:[1-9]|1\d|2[0-3])\.[0-5][05])\b"
            r"(?![:.]\d|\s?%|\s+per\b)",
            re.I,
        ),
        (":", "."),
    ),
    # a threshold that names what is counted: "waiting over 52 weeks", "seen within 18 weeks"
    (
        re.compile(
            r"\b(?:over|more\s+than|longer\s+than|within|under|less\s+than|at\s+least)\s+\d{1,3}\s+"
            r"(?:weeks|days|hours|minutes|mins)\b",
            re.IGNORECASE,
        ),
        ("weeks", "days", "hours", "minutes", "mins"),
    ),
    # an age band names who is counted: "aged 65 and over", "aged 18-64", "75 and over", "aged 16+"
    (
        re.compile(
            r"\baged?\s+\d{1,3}(?:\s*(?:\+|and\s+(?:over|above|older)|or\s+(?:over|more)|(?:to|[-\u2013])\s*\d{1,3}))?"
            r"|\b\d{1,3}\s+(?:and|or)\s+(?:over|older)\b",
            re.IGNORECASE,
        ),
        ("age", "over", "older"),
    ),
    (re.compile(r"https?://\S+|www\.\S+|\S+@\S+"), ("http", "www.", "@")),
]


# Characters outside ASCII that re.IGNORECASE matches to an ASCII letter (dotted and dotless i, long s,
# Kelvin sign).  A text without them, its ASCII capitals lowered, is matched case-sensitively by a
# pattern written in lower case exactly where the pattern, ignoring case, matches the text itself.
_CASE_SPECIALS_RE = re.compile("[\u0130\u0131\u017f\u212a]")


_ESCAPE_RE = re.compile(
    r"\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|N\{[^}]*\}|0[0-7]{0,2}|[0-7]{3}|.)", re.DOTALL
)
_LOCAL_FLAGS_RE = re.compile(r"\(\?[a-zA-Z]*-")  # "(?-i:...)": a part that minds case


def ascii_twin(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """`rx` made case-sensitive, to run on `lowered(text)`; None unless `rx` ignores case throughout.

    Python's re runs a case-sensitive pattern several times faster than the same one ignoring case.  The twin
    is the pattern with its letters lowered, escapes ("\\S", "\\B", "\\1") kept as written: on a text whose
    ASCII capitals are lowered it matches exactly where `rx` matches the text.  Not made for a pattern that
    minds case in part, names a letter outside ASCII, or names a capital by its code ("\\x41").
    """
    pattern = rx.pattern
    if not rx.flags & re.IGNORECASE or _LOCAL_FLAGS_RE.search(pattern):
        return None
    if any(c.isalpha() and not c.isascii() for c in pattern):
        return None
    pieces: list[str] = []
    at = 0
    for m in _ESCAPE_RE.finditer(pattern):
        escape = m.group()
        if (escape[1] in "xuUN0" or len(escape) == 4) and _coded_letter(escape):
            return None
        pieces += [pattern[at : m.start()].lower(), escape]
        at = m.end()
    pieces.append(pattern[at:].lower())
    return re.compile("".join(pieces), rx.flags & ~re.IGNORECASE)


def _coded_letter(escape: str) -> bool:
    """Whether an escape that names a character by its code ("\\x41", "\\u00c9", "\\N{...}") names a letter."""
    kind, code = escape[1], escape[2:]
    if kind == "N":
        char = unicodedata.lookup(code.strip("{}"))
    elif kind.isdigit():  # "\\0", "\\012", "\\101": octal
        char = chr(int(escape[1:], 8))
    else:
        char = chr(int(code, 16))
    return char.isalpha()


def lowered(text: str) -> str | None:
    """The text with ASCII capitals lowered (same length, same positions), or None if a twin cannot read it.

    Outside ASCII, through UTF-8: bytes.lower() lowers the ASCII letters alone (every byte of another
    character is 0x80 or more), far faster than str.translate.
    """
    if text.isascii():
        return text.lower()
    if _CASE_SPECIALS_RE.search(text):
        return None
    return text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")


def find_spans(
    rx: re.Pattern[str], twin: re.Pattern[str] | None, text: str, low: str | None
) -> Iterator[re.Match[str]]:
    """`rx.finditer(text)`, through its twin on `low` (= lowered(text)) where it can.

    Matches from the twin give positions only (their groups hold lowered text): read words from `text`.
    """
    if twin is not None and low is not None:
        return twin.finditer(low)
    return rx.finditer(text)


def _not_figure_groups() -> list[tuple[tuple[str, ...], list[tuple[re.Pattern[str], re.Pattern[str] | None, bool]]]]:
    """The not-a-figure patterns by the words they need (each test is made once a line), each ready to run:
    the pattern, its case-sensitive twin, and whether it is anchored at the start of the line (then `match`
    finds its one match without trying every position)."""
    groups: dict[tuple[str, ...], list[tuple[re.Pattern[str], re.Pattern[str] | None, bool]]] = {}
    for rx, needs in _NOT_FIGURES:
        groups.setdefault(needs, []).append((rx, ascii_twin(rx), rx.pattern.startswith("^")))
    return list(groups.items())


_NOT_FIGURE_GROUPS = _not_figure_groups()


_UNIT_AFTER = [
    (re.compile(r"^\s*per\s+cent\b", re.IGNORECASE), "%"),  # "68.2 per cent": a percentage in words
    (re.compile(r"^\s*(?:per|/)\s*1,?000\b", re.IGNORECASE), "per 1,000"),
    (re.compile(r"^\s*(?:per|/)\s*10,?000\b", re.IGNORECASE), "per 10,000"),
    (re.compile(r"^\s*(?:per|/)\s*100,?000\b", re.IGNORECASE), "per 100,000"),
    (re.compile(r"^\s*years?\b", re.IGNORECASE), "years"),
    (re.compile(r"^\s*months?\b", re.IGNORECASE), "months"),
    (re.compile(r"^\s*weeks?\b", re.IGNORECASE), "weeks"),
    (re.compile(r"^\s*days?\b", re.IGNORECASE), "days"),
    (re.compile(r"^\s*(?:hours?|hrs)\b", re.IGNORECASE), "hours"),
    (re.compile(r"^\s*(?:minutes|mins)\b", re.IGNORECASE), "minutes"),
    (re.compile(r"^\s*(?:wte|fte)\b", re.IGNORECASE), "WTE"),
    (re.compile(r"^\s*(?:µg/m3|ug/m3)", re.IGNORECASE), "µg/m3"),
]
_PERIOD_RE = re.compile(
    rf"\b(?:(?:19|20)\d{{2}}\s?[/\-\u2013]\s?(?:19|20)?\d{{2}}|(?:q[1-4]\s+)?(?:{_MONTH_WORDS})\.?[\s\-]+(?:19|20)?\d{{2}}|(?:19|20)\d{{2}})\b",
    re.IGNORECASE,
)
_PERIOD_TWIN = ascii_twin(_PERIOD_RE)
# A sentence ends at ". " before a capital, a bracket, a bullet or a numbered paragraph ("... recurrent. 34.2 For")
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\u2022•-]|\d{1,3}(?:\.\d{1,3})+\s+[A-Z])")
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'&/+\-]*")


def places_named(text: str, local: LocalPlaces | None) -> set[str]:
    """Every place a text names, benchmarks too ("than men in Tollacott"): what a sentence compares."""
    named = {
        a.name for s, e in _area_spans(text) if (a := areas.lookup(text[s:e])) and (e - s > 4 or text[s:e].isupper())
    }
    return named | {name for _s, _e, name in (local.find(text) if local else [])}


def last_sentence(text: str) -> str:
    """The last sentence of a text (the one before a figure's own sentence, given the paragraph up to it)."""
    parts = [p for p in _SENTENCE_END_RE.split(text.strip()) if p.strip()]
    return parts[-1] if parts else ""


@dataclass(frozen=True)
class Passage:
    """Text joined from a run of non-blank lines, with where each line starts in it."""

    text: str
    starts: tuple[tuple[int, int], ...]  # (offset in text, line number)

    def offset(self, line: int, col: int) -> int:
        for off, n in self.starts:
            if n == line:
                return off + col
        return 0


# a bullet ("- ", "\u2022 ", a plain-text or reStructuredText list's "* ", a Word export's "o " before a capital) or a
# numbered item ("1. ", "2) ")
_BULLET_RE = re.compile(r"^\s*(?:[-\u2022\u25aa\u25cf\u2013*]\s+\S|o\s+[A-Z]|\d{1,2}[.)]\s+[A-Z(])")
# a paragraph's number printed on a line of its own ("3.2" over its text, as an HTML rendition prints it)
# "Value: 12.3%", "England: 12.7%": a line that is a key and its value is a paragraph of its own
_KEY_VALUE_RE = re.compile(r"^\s*[A-Z][\w &'/()\-]{0,40}:\s*[-\u2212(]?£?\d[\d,.]*\s*(?:%|[a-zA-Z£]{0,8})\)?\s*$")


def _is_bullet(text: str) -> bool:
    """`_BULLET_RE` matches, tested first on what it needs the first printed character to be (a bullet or a
    digit, as str.isdecimal reads \\d): most lines are ruled out without the pattern."""
    first = text.lstrip()[:1]
    if not first or not (first in "-\u2022\u25aa\u25cf\u2013o*" or first.isdecimal()):
        return False
    return bool(_BULLET_RE.match(text))


# a numbered paragraph's number before its text ("4.2<TAB>Brennock has ...", "3.1 The Board ..."): a new paragraph
_NUMBERED_PARAGRAPH_RE = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2}){1,2}\.?(?:\t|\s+)[A-Z(\u2018\u201c\"]")
UNWRAPPED_CHARS = 130  # a line longer than any wrapped line of prose is a whole paragraph (a paragraph a line)


def starts_paragraph(text: str) -> bool:
    """A list bullet or a numbered paragraph: a line that starts a paragraph of its own."""
    return _is_bullet(text) or (text.lstrip()[:1].isdecimal() and bool(_NUMBERED_PARAGRAPH_RE.match(text)))


def ends_paragraph(text: str) -> bool:
    """A line too long to be one of a wrapped paragraph's that ends a sentence: an export printing each paragraph
    on one line (a word processor's text export), with no blank line before the next."""
    end = text.rstrip()
    return len(end) > UNWRAPPED_CHARS and end[-1:] in ".!?:;" and len(end) - len(end.lstrip()) < 8


def _is_paragraph_number(text: str) -> bool:
    """A paragraph's number alone on its line ("3.2"): what follows is a new paragraph."""
    return text.lstrip()[:1].isdecimal() and bool(_PARAGRAPH_NUMBER_RE.match(text))


# a key-facts line: a label, a gap of three spaces or more (where dot leaders were), one figure and its unit, a
# comparator in brackets ("Male life expectancy, 2022-24        79.4 years (England 79.1)")
_SPACED_KEY_VALUE_RE = re.compile(
    r"^\s*[A-Za-z](?:[^ ]| {1,2}(?! ))*? {3,}[-+\u2212(]?£?\d[\d,.]*(?:m|bn|k)?\s?(?:%|[A-Za-z]{1,8})?"
    r"(?:\s+\([^()]*\))?\s*$"
)


def is_key_value(text: str) -> bool:
    """ "Value: 12.3%", "England: 12.7%", "Residents, mid-2025      592,100": a line that is a key and its value."""
    if ":" in text and _KEY_VALUE_RE.match(text):  # the colon first: most lines have none
        return True
    return "   " in text.strip() and bool(_SPACED_KEY_VALUE_RE.match(text))


_OPEN_END_RE = re.compile(r"(?:[A-Za-z,\-\u2013]|\d%?)\s*$")


def _continues(prev: str, nxt: str) -> bool:
    """A line broken by a blank line mid-sentence: the first does not end one, the next starts lower case (with
    a word: "c.40" alone starts the next tile of a slide)."""
    head = nxt.split()[0] if nxt.split() else ""
    return head[:1].islower() and not any(c.isdigit() for c in head) and bool(_OPEN_END_RE.search(prev))


def passages(lines: tuple[str, ...], furniture: frozenset[int]) -> dict[int, Passage]:
    """Each line's paragraph: consecutive non-blank lines (page furniture left out).

    A list bullet ("- ", "\u2022 ", "1. ") starts a new paragraph, and so does the line after a paragraph's
    number printed alone ("3.2"), which is a paragraph of its own; a sentence that a converter broke with blank
    lines ("... 17,362 non-" / "" / "elective admissions") stays one paragraph.
    """
    return dict(_passages(lines, furniture))


@per_pack
def _passages(lines: tuple[str, ...], furniture: frozenset[int]) -> dict[int, Passage]:
    """`passages` memoised per pack: several specs ask for a pack's paragraphs."""
    blocks: list[list[int]] = []
    block: list[int] = []
    blanks = 0
    last_key_value = False  # whether the block's last line is a key and its value
    for n, text in enumerate(lines, 1):
        if n in furniture:
            continue
        if not text.strip():
            blanks += 1
            continue
        key_value = is_key_value(text) or _is_paragraph_number(text)  # either stands alone
        if block and (
            starts_paragraph(text)
            or key_value
            or last_key_value
            or ends_paragraph(lines[block[-1] - 1])
            or (blanks and not _continues(lines[block[-1] - 1], text))
        ):
            blocks.append(block)
            block = []
        block.append(n)
        blanks = 0
        last_key_value = key_value
    if block:
        blocks.append(block)
    out: dict[int, Passage] = {}
    for block in blocks:
        if len(block) == 1:  # most blocks: a heading, a table row, a line of a list
            out[block[0]] = Passage(lines[block[0] - 1], ((0, block[0]),))
            continue
        parts = [lines[n - 1] for n in block]
        offsets = accumulate((len(part) + 1 for part in parts[:-1]), initial=0)
        out.update(dict.fromkeys(block, Passage(" ".join(parts), tuple(zip(offsets, block, strict=True)))))
    return out


_COMPACT_YEARS_RE = re.compile(r"((?:19|20)(?<![\d,.£]..)\d{2})(\d{2})(?![\d%,]|\.\d)")


def compact_years(text: str) -> list[tuple[int, int, str]]:
    """Financial years printed without a separator ("201112" for 2011-12), as (start, end, "2011/12")."""
    return [
        (m.start(), m.end(), f"{m.group(1)}/{m.group(2)}")
        for m in _COMPACT_YEARS_RE.finditer(text)
        if int(m.group(2)) == (int(m.group(1)) + 1) % 100
    ]


_SPAN = re.Match.span  # a match's (start, end), as a function to map over matches


def not_figure_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of a line that hold dates, numbering, phone numbers and the like (in no set order)."""
    low = lowered(text)
    spans: list[tuple[int, int]] = []
    for needs, runs in _NOT_FIGURE_GROUPS:
        if low is not None and needs and not _holds_any(low, needs):
            continue
        for rx, twin, anchored in runs:
            pattern, subject = (twin, low) if twin is not None and low is not None else (rx, text)
            if anchored:
                if m := pattern.match(subject):
                    spans.append(m.span())
            else:
                spans.extend(map(_SPAN, pattern.finditer(subject)))
    if "19" in text or "20" in text:  # what every compact year starts with
        spans += [(a, b) for a, b, _ in compact_years(text)]
    return spans


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether the text holds one of the words (a loop: any() over a generator costs more, once a line)."""
    for word in words:  # noqa: SIM110
        if word in text:
            return True
    return False


_CAPTION_RE = re.compile(r"^\W*(?:Table|Graph|Figure|Chart)\s*\d+[a-z]?\s*[:.\-\u2013\u2014]", re.IGNORECASE)
# the cover's council, board or committee ("Health Scrutiny Committee"): the meeting, not a section
_COUNCIL_NAME_RE = re.compile(
    r"\b(?:council|integrated care board|nhs (?:foundation )?trust|committee|board)\s*$", re.IGNORECASE
)
_FULL_DATE_RE = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_WORDS})\s+(?:19|20)\d{{2}}\b", re.IGNORECASE)
_HEADING_NUMBER_RE = re.compile(r"^\(?\d{1,3}(?:\.\d{1,2})*[.)]?$")
_CONTACT_RE = re.compile(r"@|\b(?:tel|telephone|phone|e-?mail|www)\b|\b(?:contact|enquiries)\s*:", re.IGNORECASE)


@lru_cache(maxsize=1 << 15)
def looks_like_heading(text: str) -> bool:
    """A short line with no figures and no closing punctuation that starts in capitals: a sub-heading."""
    t = text.strip()
    words = t.split()
    return (  # the cheap tests first
        0 < len(words) <= 8
        and len(t) <= 60
        and t[0].isupper()
        and not t.endswith((".", ",", ";", ":"))
        and not _FULL_DATE_RE.search(t)  # "Health and Wellbeing Board – 3 October 2024": a meeting, not a heading
        and not _COUNCIL_NAME_RE.search(t)  # "NORTHSHIRE COUNTY COUNCIL": the cover, not a section
        and not _BULLET_RE.match(t)
        and not _CONTACT_RE.search(t)  # "Contact: ...", "Tel: 01632 960 417  Email: ...": who to ask, not a section
        and all(tok.unit is None and tok.value < 1000 for tok in figure_tokens(t))
    )


# a numbered top-level heading: "3 REVENUE POSITION", "2.      FINANCE", "### 1. Purpose" (not "2.1 The ...")
_NUMBERED_HEADING_RE = re.compile(r"^\s*(?:#+\s*)?\d{1,2}\.?\s+(?P<text>[A-Za-z].*?)\s*$")


def is_numbered_heading(text: str) -> bool:
    """A report's numbered section heading ("3 REVENUE POSITION", "2.  Finance"): not a numbered paragraph, a
    list item or a date ("14 May 2026")."""
    m = _NUMBERED_HEADING_RE.match(text)
    return m is not None and looks_like_heading(m.group("text")) and not _FULL_DATE_RE.search(text)


def heading_above(lines: tuple[str, ...], first: int, furniture: frozenset[int], max_lines: int = 14) -> str | None:
    """The sub-heading a paragraph starting at line `first` sits under, within `max_lines` above it.

    A run of blank lines counts as one line, so a converter that doubles blank lines finds the same heading.
    """
    for n in range(first - 1, step_back(lines, first, max_lines) - 1, -1):
        text = lines[n - 1].strip()
        if not text or n in furniture or _HEADING_NUMBER_RE.match(text):
            continue
        if _CAPTION_RE.match(text):
            continue  # a table's caption titles the table above the text, not the section the text is in
        numbered = _NUMBERED_HEADING_RE.match(text) if _BULLET_RE.match(text) else None  # "2. Efficiency programme"
        if numbered is not None and looks_like_heading(numbered.group("text")) and not _in_numbered_list(lines, n):
            return " ".join(numbered.group("text").split())
        if looks_like_heading(text) and not _under_lone_figure(lines, n) and not defined_term(lines, n + 1):
            return " ".join(text.split())
        if "\f" in lines[n - 1]:
            return None  # a page's first line: what is above it is another page's (another slide's footer)
    return None


_NUMBERED_ITEM_RE = re.compile(r"^\s*(?:#+\s*)?\d{1,2}[.)]\s+[A-Z(]")


def _in_numbered_list(lines: tuple[str, ...], n: int) -> bool:
    """Line n is an item of a numbered list (an agenda's "2. Declarations of interest" over "3. Minutes ..."): the
    nearest line above or below it that is not blank is numbered the same way."""
    for step in (-1, 1):
        k = n + step
        while 1 <= k <= len(lines) and not lines[k - 1].strip():
            k += step
        if 1 <= k <= len(lines) and _NUMBERED_ITEM_RE.match(lines[k - 1]):
            return True
    return False


DEFINED_UNIT_WORDS = 3  # words a definition's value line may print after its figure ("per cent", "years")
DEFINED_TERM_WORDS = 12
DEFINITION_INDENT = 4  # how much deeper than its term a definition's value is set (a text browser's is 6 or more)


def defined_term(lines: tuple[str, ...], n: int) -> str | None:
    """The term a definition list (a text browser's "Life expectancy (male)" over an indented "79.2 years") gives
    the figure alone on line n: the line straight above, less indented, with no figure of its own and no end of
    a sentence.  A slide's tile prints its label below its figure instead, and is no definition."""
    if n < 2:
        return None
    text, term = lines[n - 1], lines[n - 2]
    tokens = figure_tokens(text)
    if len(tokens) != 1 or not term.strip() or _indent(text) < _indent(term) + DEFINITION_INDENT:
        return None
    rest = (text[: tokens[0].start] + text[tokens[0].end :]).split()
    if len(rest) > DEFINED_UNIT_WORDS or any(c.isdigit() for w in rest for c in w):
        return None
    words = term.split()
    if len(words) > DEFINED_TERM_WORDS or term.rstrip().endswith((".", ",", ";", ":")) or figure_tokens(term):
        return None
    return " ".join(words)


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())


def _under_lone_figure(lines: tuple[str, ...], n: int) -> bool:
    """Line n is straight under a figure alone on its line ("£31.2m" / "Plan to month 9", a slide's "big number"
    tile): it is that figure's label, no heading of the text after it."""
    if n < 2:
        return False
    above = lines[n - 2].strip()
    tokens = figure_tokens(above) if above else []
    if len(tokens) != 1:
        return False
    rest = (above[: tokens[0].start] + above[tokens[0].end :]).split()
    return len(rest) <= 1 and len(above) <= 20


def figure_tokens(text: str) -> list[NumberToken]:
    """The numbers on a line that are figures (not dates, numbering, phones, ...)."""
    return list(_figure_tokens(text))


@lru_cache(maxsize=1 << 15)
def _figure_tokens(text: str) -> tuple[NumberToken, ...]:
    """`figure_tokens` memoised: specs and the heading search ask about the same lines."""
    tokens = scan(text)
    if not tokens:
        return ()
    spans = not_figure_spans(text)
    keep = []
    for t in tokens:
        core = t.start + (1 if t.text.startswith("(") else 0)
        if any(a <= core < b for a, b in spans):
            continue
        keep.append(t)
    return tuple(keep)


def window(text: str, offset: int, reach: int) -> tuple[str, int]:
    """At most `reach` characters of text either side of `offset`, and the offset within them: bounded work per
    figure in a paragraph of any length."""
    start = max(0, offset - reach)
    return text[start : offset + reach], offset - start


MAX_SENTENCE_CHARS = 600  # a "sentence" longer than this (a converter's run-on line) is cut around the number


def sentence_around(passage: Passage, offset: int) -> tuple[str, int]:
    """The sentence of a passage holding `offset`, and the offset within that sentence.

    A sentence longer than MAX_SENTENCE_CHARS is cut to that many characters around the number, at spaces,
    so the work per figure is bounded however long a paragraph runs without a full stop.
    """
    text = passage.text
    starts, ends = _sentence_breaks(text)
    i = bisect_right(ends, offset)
    start = ends[i - 1] if i else 0
    j = bisect_left(starts, offset)
    end = starts[j] if j < len(starts) else len(text)
    if end - start > MAX_SENTENCE_CHARS:
        half = MAX_SENTENCE_CHARS // 2
        if offset - start > half:
            cut = text.find(" ", offset - half, offset)
            start = cut + 1 if cut >= 0 else offset - half
        if end - offset > half:
            cut = text.rfind(" ", offset, offset + half)
            end = cut if cut > offset else offset + half
    return text[start:end].strip(), offset - start - (len(text[start:end]) - len(text[start:end].lstrip()))


@lru_cache(maxsize=1 << 12)
def _sentence_breaks(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where the gaps between a passage's sentences start and end (each passage holds many figures)."""
    gaps = [m.span() for m in _SENTENCE_END_RE.finditer(text)]
    return tuple(a for a, _ in gaps), tuple(b for _, b in gaps)


_TERM_RE = re.compile(r"[A-Za-z][A-Za-z'&/+\-]*|\d+(?:\.\d+)?")
_LEAD_LABEL_RE = re.compile(r"^\s*(?:[-\u2022]\s+)?(?P<label>[A-Za-z][A-Za-z0-9 &'/()+]{1,60}?)\s+[\u2013\-:=]\s+")


def _terms(text: str, n: int, *, last: bool) -> list[str]:
    """The last (or first) `n` words of a text, with the numbers among them ("Red 1", "62 days")."""
    terms = _TERM_RE.findall(text)
    idx = [i for i, t in enumerate(terms) if t[0].isalpha()]
    if not idx:
        return []
    if last:
        return terms[idx[-n] if len(idx) >= n else idx[0] :]
    return terms[: (idx[n - 1] if len(idx) >= n else idx[-1]) + 1]


def measure_phrase(sentence: str, start: int, end: int, tokens_at: list[tuple[int, int]]) -> str:
    """Words either side of a number, stopping at neighbouring numbers: its label as printed.

    Numbers that are not figures stay in ("Red 1", "Cancer 62 days"); a line's
    lead label ("Red 1 \u2013 WL 65.68% & ELR 63.85%") labels every number on it.
    """
    left_bound = max((b for a, b in tokens_at if b <= start), default=0)
    right_bound = min((a for a, b in tokens_at if a >= end), default=len(sentence))
    left = _terms(sentence[left_bound:start], 7, last=True)
    right = _terms(sentence[end:right_bound], 7, last=False)
    phrase = " ".join(left + (["\u2026"] if left and right else []) + right)
    lead = _LEAD_LABEL_RE.match(sentence)
    if lead and left_bound > lead.end() and lead.group("label").strip() not in phrase:
        phrase = f"{lead.group('label').strip()}: {phrase}"
    phrase = re.sub(r"(?<=[A-Za-z])- (?=[a-z])", "-", phrase)
    return phrase or "figure"


_REPORTED_TOPIC_RE = re.compile(
    r"\b(?:shows?|showed|indicates?|indicated|reveals?|revealed)\s+(?:that\s+)?(?:(?:the|a|an)\s+)?"
    r"(?!(?:of|in|for|to|at|by|on|that)\b)(?P<topic>[A-Za-z][A-Za-z'\-]*(?:\s+[A-Za-z][A-Za-z'\-]*){1,5}?)"
    r"(?=\s+(?:at|in|for|was|were|is|are|has|have|had|by|across|locally|compared)\b)",
    re.IGNORECASE,
)


def sentence_topic(sentence: str, before: int) -> str | None:
    """What a sentence reports on, named before offset `before` ("... shows total employments furloughed at
    December 2020 locally was ... with NW Leicestershire having the lowest level at 10%"): the subject of the
    figures it then states, whose own nearby words ("the lowest level at") do not name it."""
    m = _REPORTED_TOPIC_RE.search(sentence[:before])
    return " ".join(m.group("topic").split()) if m else None


def unit_after(text_after: str, token: NumberToken) -> str | None:
    """A unit written just after a number ("6.4 years", "12.3 per 1,000")."""
    if token.unit:
        return token.unit
    for rx, unit in _UNIT_AFTER:
        if rx.match(text_after):
            return unit
    return None


@per_pack
def home_area(lines: tuple[str, ...]) -> str | None:
    """The county or unitary area a pack names most: where an unplaced figure belongs.

    Memoised: several specs ask for it per row, and each answer scans the whole pack.
    """
    votes: Counter[str] = Counter()
    stemmed = lines_holding(lines, _home_area_stems())
    for n, text in enumerate(lines, 1):
        if n not in stemmed and (text.isascii() or not _CASE_SPECIALS_RE.search(text)):
            # Names no county or unitary area: the twin of the area pattern reads lowered(text), and that holds a
            # stem only where casefold() does (the special characters, which fold to ASCII letters, go to the pattern).
            continue
        # `areas_in` finds what `areas.find_areas` does (its one extra rule is about "national", never a county).
        for _start, _end, area in _areas_in(text):
            if area.kind in ("county", "unitary"):
                votes[area.name] += 1
    return votes.most_common(1)[0][0] if votes else None


@lru_cache(maxsize=1)
def _home_area_stems() -> tuple[str, ...]:
    """The first word of every county and unitary name and alias: a line without one names none of them."""
    return tuple(sorted({key.split()[0] for key, area in areas._table().items() if area.kind in ("county", "unitary")}))


@lru_cache(maxsize=1)
def _region_names() -> tuple[str, ...]:
    """Every region's spellings in the gazetteer, longest first ("Yorkshire and the Humber")."""
    rows = areas._gazetteer_rows()
    return tuple(sorted({n for area, names in rows if area.kind == "region" for n in names}, key=len, reverse=True))


@lru_cache(maxsize=1)
def _region_pattern() -> re.Pattern[str]:
    """The regions' names with their capitals, as whole words, and not the start of a longer name ("North West
    Leicestershire" is a district)."""
    names = "|".join(map(re.escape, _region_names()))
    return re.compile(r"(?<![A-Za-z])(" + names + r")(?![A-Za-z])(?![ \t]+[A-Z])")


@per_pack
def region_named_most(lines: tuple[str, ...]) -> str | None:
    """The region a pack names most (a column of its tables beside England): what "the regional figure" is."""
    votes: Counter[str] = Counter()
    stems = {name.split()[0].casefold() for name in _region_names()}  # a line without one names no region
    for n in sorted(lines_holding(lines, stems)):
        for m in _region_pattern().finditer(lines[n - 1]):
            area = areas.lookup(m.group(1))
            if area is not None and area.kind == "region":
                votes[area.name] += 1
    return votes.most_common(1)[0][0] if votes else None


# matched at a position, never searched; "England's 4.1": a place's own number after its possessive
_NUMBER_NEXT_RE = re.compile(r"(?:['\u2019]s)?[^\w£]{0,3}(?:[:=\u2013\-]\s*)?\(?£?\d")


def _owned_by_next_number(text: str, end: int) -> bool:
    """An area printed straight before a number ("ELR 63.85%", "national 79%") names that number."""
    return bool(_NUMBER_NEXT_RE.match(text, end))


_OPEN_BRACKET_RE = re.compile(r"\s?\(")  # matched at a position, never searched


def _names_other_number(text: str, end: int, offset: int) -> bool:
    """The area ending at `end` is printed straight before a number other than the one at `offset`.

    A bracket straight after a place holds its numbers, every one: "Oxlade (77.0 for males, 81.2 for
    females)", "England (79.1 and 83.1)"; and the number straight after the bracket is the place's too, as the
    clause goes on ("highest in Oxlade (19.6%; England 11.4%), 4.5 points above ...").
    """
    m = _NUMBER_NEXT_RE.match(text, end)
    if m is None or end <= offset <= m.end():
        return False
    bracket = _OPEN_BRACKET_RE.match(text, end)
    if not bracket:
        return True
    close = _close_of(text, bracket.end())
    return not (bracket.end() <= offset < close or _RIGHT_AFTER_BRACKET_RE.fullmatch(text, close, offset))


_RIGHT_AFTER_BRACKET_RE = re.compile(r"\)\s*,?\s*")  # from a bracket's close to the number after it


def _close_of(text: str, start: int) -> int:
    """Where the bracket opened before `start` closes (the end of the text if it never does)."""
    close = text.find(")", start)
    return close if close >= 0 else len(text)


def areas_in(text: str) -> list[tuple[int, int, areas.Area]]:
    """Areas named in a text as (start, end, area), the rules of `areas.find_areas`.

    A lower-case "national" is a comparator, not a place: it counts only right
    before a number ("vs national 79%"), not in "a national objective of 74".
    """
    return list(_areas_in(text))


_BODY_OR_BENCHMARK_RE = re.compile(
    r"(?:\bNHS|\b(?:than|compared\s+(?:with|to)|in\s+line\s+with|similar\s+to|against|versus|vs\.?|above|below)"
    r"(?:\s+(?:the|that\s+(?:of|for)|those\s+(?:of|for)|in))?|\bthan\s+(?:the\s+)?[a-z]+\s+in)\s+$",
    re.IGNORECASE,
)


# "against 66.1% in England", "compared with a rate of 13.0 per 1,000 in England", "against 61.5 and 61.9
# years in England": a comparison's numbers and the place they are of; that place is a benchmark, the area of
# the comparison's numbers alone.
_COMPARED_NUMBER_RE = re.compile(
    r"\b(?:than|compared\s+(?:with|to)|against|versus|vs\.?|similar\s+to|in\s+line\s+with)\s+"
    r"(?:(?:the|a|an)\s+)?(?:[a-z]+\s+){0,3}?\(?£?(?P<number>\d[\d,]*(?:\.\d+)?)\)?"
    r"(?P<more>(?:\s*%?\s*(?:,|and|or)\s*£?\d[\d,]*(?:\.\d+)?)*)"
    r"(?:\s*(?:%|per\s+[\d,]+|[a-z]+)){0,3}?\s+(?:in|for|across)\s+(?:the\s+)?(?=[A-Z])",
    re.IGNORECASE,
)
_LISTED_NUMBER_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")
# a comparison's place ("England", "the East of England"), and the comparison it goes on to after "and" ("against
# 79.1 and 83.1 years in England and 80.1 and 83.7 years in the East of England"): matched at a position
_COMPARED_PLACE_RE = re.compile(r"[A-Z][\w'\u2019-]*(?:\s+(?:(?:of|and|upon|the)\s+)?[A-Z][\w'\u2019-]*)*")
_ANOTHER_COMPARED_RE = re.compile(
    r"\s*,?\s+and\s+(?:(?:the|a|an)\s+)?\(?£?(?P<number>\d[\d,]*(?:\.\d+)?)\)?"
    r"(?P<more>(?:\s*%?\s*(?:,|and|or)\s*£?\d[\d,]*(?:\.\d+)?)*)"
    r"(?:\s*(?:%|per\s+[\d,]+|[a-z]+)){0,3}?\s+(?:in|for|across)\s+(?:the\s+)?(?=[A-Z])"
)


@lru_cache(maxsize=1 << 13)
def _comparisons(text: str, chained: bool = True) -> tuple[tuple[int, int], ...]:
    """(where a compared number starts, where its place starts) for each number of each comparison in a text;
    with `chained`, of the comparisons an "and" goes on to as well ("... in England and 80.1 in the East of
    England")."""
    if not any(word in text for word in ("than", "ompar", "gainst", "vs", "ersus", "imilar", "line with")):
        return ()  # the words every comparison holds (but a capital "Against", matched by its tail)
    out = []
    for m in _COMPARED_NUMBER_RE.finditer(text):
        compared: re.Match[str] | None = m
        while compared is not None:
            out.append((compared.start("number"), compared.end()))
            more = compared.group("more")
            out += [(compared.start("more") + n.start(), compared.end()) for n in _LISTED_NUMBER_RE.finditer(more)]
            place = _COMPARED_PLACE_RE.match(text, compared.end()) if chained else None
            compared = _ANOTHER_COMPARED_RE.match(text, place.end()) if place else None
    return tuple(out)


def compared_numbers(text: str) -> tuple[tuple[int, int], ...]:
    """(where a compared number starts, where its place starts) for each number of each comparison in a text
    ("against 61.5 and 61.9 years in England"); a label is cut at these, not at the comparisons they go on to."""
    return _comparisons(text, chained=False)


def _is_benchmark(text: str, start: int, end: int) -> bool:
    """A place named as what a figure is compared with ("better than England", "against 66.1% in England"), or
    a body ("NHS England"): not the area of the text's other figures."""
    if _BODY_OR_BENCHMARK_RE.search(text[max(0, start - 40) : start]) and not _owned_by_next_number(text, end):
        return True
    return any(at == start for _n, at in _comparisons(text))  # (a place's start, once per compared number)


def _compared_place(text: str, offset: int, local: LocalPlaces | None) -> str | None:
    """The benchmark place of the comparison whose number is at `offset` ("66.1" in "against 66.1% in
    England"), if it is one."""
    for number, at in _comparisons(text):
        if not number - 2 <= offset <= number:
            continue
        named = next((name for start, _end, name in _named_spans(text, local) if start == at), None)
        if named:
            return named
    return None


def _named_spans(text: str, local: LocalPlaces | None) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of each place a text names: the gazetteer's first, then the pack's own (`local`)."""
    for start, end in _area_spans(text):
        area = areas.lookup(text[start:end])
        if area is not None:
            yield start, end, area.name
    yield from local.find(text) if local else ()


# from a place to the number that is its figure: "the city average of 15.1%", "the England rate (12.4)"
_AVERAGE_OF_RE = re.compile(r"\s+(?:average|rate|figure|level|value|mean|median)\s*(?:of|is|was|at|=|:)?\s*\(?\s*")


def _averaged_place(text: str, offset: int, local: LocalPlaces | None) -> str | None:
    """The place whose average or rate the number at `offset` is ("above the city average of 15.1%": the
    home area's, not the subject's, though the place is the comparison's benchmark)."""
    if not any(w in text for w in ("average", "rate", "figure", "level", "value", "mean", "median")):
        return None
    spans = _named_spans(text, local)
    return next((name for _s, end, name in spans if end < offset and _AVERAGE_OF_RE.fullmatch(text, end, offset)), None)


_NAME_GOES_ON_RE = re.compile(r"\s+[A-Z][a-z]")  # matched at a position: a capitalised word follows


@lru_cache(maxsize=1 << 15)
def _areas_in(text: str) -> tuple[tuple[int, int, areas.Area], ...]:
    """`areas_in` memoised: a figure's line, sentence, paragraph and lines above are each asked many times."""
    out = []
    for start, end in _area_spans(text):
        printed = text[start:end]
        area = areas.lookup(printed)
        if area is None or (len(printed) <= 4 and not printed.isupper()):
            continue
        if printed.islower() and printed.startswith("national") and not _owned_by_next_number(text, end):
            continue
        if printed.casefold() == "national" and _NAME_GOES_ON_RE.match(text, end):
            continue  # "the National Health Service Act", "National Audit Office": a name, not the nation
        if _in_address(text, start, end):
            continue  # "www.england.nhs.uk", "/leicestershire/": a web or mail address names no figure's place
        if _is_benchmark(text, start, end):
            continue  # "NHS England" is a body; "better than England" names a benchmark, not the figure's area
        out.append((start, end, area))
    return tuple(out)


def _in_address(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is part of a web or mail address or a file path: joined to the text around it by
    "." "/" "@" or "_" with no space ("https://www.england.nhs.uk/", "jsna@dunsmere.gov.uk")."""
    before = text[start - 1] if start > 0 else " "
    after = text[end : end + 2] + "  "  # two characters at least: "" is in every string
    return before in "./@_" or after[0] in "/@_" or (after[0] == "." and after[1].isalnum())


def _area_spans(text: str) -> list[tuple[int, int]]:
    """Where `areas._name_pattern()` matches a text: through its fastest form that can read the text."""
    low = lowered(text)
    edge = areas._name_edge_pattern()
    if low is not None and edge is not None:
        return [(m.start(1) - 1, m.end(1) - 1) for m in edge.finditer(" " + low)]
    return [m.span() for m in find_spans(areas._name_pattern(), _area_twin(), text, low)]


def places_in(text: str, local: LocalPlaces | None = None) -> list[tuple[int, int, areas.Area]]:
    """`areas_in`, plus the pack's own places no gazetteer knows (`local`, from `places.pack_places`), by the
    same rules: a place after "than" or "compared with" is a benchmark, not the figure's area."""
    if local is None:
        return list(_areas_in(text))
    hit = local.placed.get(text)
    if hit is None:
        hit = local.placed[text] = tuple(_places_in(text, local))
    return list(hit)


def _places_in(text: str, local: LocalPlaces) -> list[tuple[int, int, areas.Area]]:
    found = list(_areas_in(text))
    bodies: list[tuple[int, int, areas.Area]] | None = None
    for start, end, name in local.find(text):
        overlaps = [f for f in found if f[0] < end and start < f[1]]
        if overlaps and not all(start <= s and e <= end and e - s < end - start for s, e, _a in overlaps):
            continue
        found = [f for f in found if f not in overlaps]  # "the East of England" holds "England": the longer name
        if bodies is None:
            bodies = areas.nhs_bodies_in(text)
        if any(s <= start and end <= e for s, e, _a in bodies):
            continue  # a word of a body's name: "Kelby" in "Kelby and Harnside ICB" is no figure's place
        if _opens_longer_name(text, end, found, local):
            continue
        if _is_benchmark(text, start, end):
            continue
        found.append((start, end, areas.Area(name=name, code="", kind="local")))
    return sorted(found, key=lambda f: f[0])


_AND_NAME_RE = re.compile(r"\s+(?:and|&)\s+(?=[A-Z])")  # matched at a position, never searched


def _opens_longer_name(text: str, end: int, found: list[tuple[int, int, areas.Area]], local: LocalPlaces) -> bool:
    """A place of the pack's own joined to a name that is no place: "Kelby and Harnside system", an NHS body's
    footprint, names neither place alone ("Kelby and Oxlade", two places, is a list)."""
    m = _AND_NAME_RE.match(text, end)
    if m is None:
        return False
    nxt = m.end()
    return not any(s == nxt for s, _e, _a in found) and not any(s == nxt for s, _e, _n in local.find(text))


@lru_cache(maxsize=1)
def _area_twin() -> re.Pattern[str] | None:
    """The twin of the area pattern (built once: hashing a compiled pattern, as a cache key, reads all of it)."""
    return ascii_twin(areas._name_pattern())


def nearest_area(
    line_text: str,
    col: int,
    sentence: str,
    sent_off: int,
    before: list[str],
    *,
    paragraph: str | None = None,
    para_off: int = 0,
    headings: list[str] | None = None,
    local: LocalPlaces | None = None,
) -> str | None:
    """The area named nearest a number.

    The benchmark of a comparison the number is in ("against 66.1% in England") first; then the same line
    before it, then after it (unless that area names a later number), then the sentence (not a place named
    only in a list, "extended to Thornsby and Oxlade"), then the paragraph (areas before the number
    first), then the lines above, then the headings above it, nearest first.  A place after the number that
    only describes a thing ("the opening of the Thornsby health centre") names no area of it.  `local`
    matches the pack's own places that no gazetteer knows.
    """
    compared = _compared_place(sentence, sent_off, local) or _averaged_place(sentence, sent_off, local)
    if compared:
        return compared
    paired = _number_places(sentence, local)
    paired_own = [area for at, _s, area in paired if abs(at - sent_off) <= 1]
    if paired_own:  # "£64.2 million in Tamsford": the place straight after the number is its own
        return paired_own[0].name
    # in a list of figures each with its place ("76.2% in A, 80.5% in B"), a listed place is its number's only
    taken = {s for _at, s, _a in _number_places(line_text, local)} if len(paired) >= 2 else set()
    named = [f for f in _could_name(line_text, col, local) if f[0] not in taken]
    on_line = [(f[0], f[2]) for i, f in enumerate(named) if not _in_list(named, i, line_text)]
    left = [a for p, a in on_line if p < col]
    if left:
        return left[-1].name
    right = [a for p, a in on_line if p > col]
    if right:
        return right[0].name
    in_sentence = _could_name(sentence, sent_off, local)
    if len(paired) >= 2:
        in_sentence = [f for f in in_sentence if f[0] not in {s for _at, s, _a in paired}]
    single = [f for i, f in enumerate(in_sentence) if not _in_list(in_sentence, i, sentence)]
    if single:
        return min(single, key=lambda f: abs(f[0] - sent_off))[2].name
    # the sentence or paragraph names places only as a list (of places, or of figures by place): none of them is
    # its subject, nor a place named above
    listed = bool(in_sentence) or len(paired) >= 2
    if paragraph:
        in_para = _could_name(paragraph, para_off, local)
        para_pairs = _number_places(paragraph, local)
        if len(para_pairs) >= 2:  # a list of figures by place: each listed place is its own number's
            in_para = [f for f in in_para if f[0] not in {s for at, s, _a in para_pairs if abs(at - para_off) > 1}]
        earlier = [f for f in in_para if f[0] < para_off]
        own = {a.name for _s, _e, a in places_in(sentence, local)}  # a place its own sentence names stays
        later = [
            f
            for f in in_para
            if f[0] > para_off and (f[2].name in own or not _of_a_later_sentence(paragraph, para_off, f[0]))
        ]
        if earlier and not _in_list(earlier, len(earlier) - 1, paragraph):
            return earlier[-1][2].name
        if not earlier and later and not _in_list(later, 0, paragraph):
            return later[0][2].name
        listed = listed or bool(in_para) or len(para_pairs) >= 2
    for text in [] if listed else reversed(before):
        found = [a for _p, e, a in places_in(text, local) if not _owned_by_next_number(text, e)]
        if found:
            return found[-1].name
    for text in headings or []:
        in_heading = places_in(text, local)
        if in_heading:
            return in_heading[0][2].name
    return None


# A number, its unit words and "in" before a place ("£64.2 million in", "61.3 years in", "76.2% in"): the place
# is that number's own.  Matched against the text before a place, at its end.
_NUMBER_IN_RE = re.compile(
    r"(?<![\w.,])£?\d[\d,]*(?:\.\d+)?(?:\s?(?:%|k|m|bn))?"
    r"(?:\s+(?!(?:and|or|but|than|against|versus|with)\b)[a-z]+){0,2}?\s+(?:in|for)\s+(?:the\s+)?$"
)


def _number_places(text: str, local: LocalPlaces | None) -> list[tuple[int, int, areas.Area]]:
    """(where the number starts, where the place starts, the place) for each place printed straight after a
    number and its unit ("£64.2 million in Tamsford", "58.7 years in Brindleham")."""
    out = []
    for start, _end, area in places_in(text, local):
        m = _NUMBER_IN_RE.search(text, max(0, start - 40), start)
        if m is not None:
            out.append((m.start(), start, area))
    return out


def _of_a_later_sentence(paragraph: str, offset: int, start: int) -> bool:
    """The place at `start` is named in a later sentence than the number at `offset`, one with figures of its own
    ("... delivered £11.3 million. Members asked about Tamsford's overspend of £2.1 million"): it is theirs."""
    ends = [m.start() for m in _SENTENCE_END_RE.finditer(paragraph, offset, start)]
    if not ends:
        return False
    following = _SENTENCE_END_RE.search(paragraph, start)
    return any(ch.isdigit() for ch in paragraph[ends[-1] : following.start() if following else len(paragraph)])


def _could_name(text: str, offset: int, local: LocalPlaces | None) -> list[tuple[int, int, areas.Area]]:
    """The places in a text that could be the area of its number at `offset`: not one printed straight before
    another number, nor one after it that only describes a thing or starts a clause of its own after a
    semicolon ("£11.3m (94.9%); Wexcombe PCN has not yet claimed")."""
    return [
        f
        for f in places_in(text, local)
        if not _names_other_number(text, f[1], offset)
        and not (f[0] > offset and (_attributive(text, f[0], f[1]) or ";" in text[offset : f[0]]))
    ]


_THE_BEFORE_RE = re.compile(r"(?:(?<!\w)(?P<word>\w+)\s+|(?<!\w))the\s+$", re.IGNORECASE)
_LOCATING_WORDS = frozenset({"in", "at", "across", "within", "throughout", "for"})
_LOWER_WORD_NEXT_RE = re.compile(r"\s+[a-z]")  # matched at a position, never searched


def _attributive(text: str, start: int, end: int) -> bool:
    """A place that only describes the thing after it ("the opening of the Thornsby health centre"), not one a
    figure is in ("in the Thornsby district")."""
    if not _LOWER_WORD_NEXT_RE.match(text, end):
        return False
    the = _THE_BEFORE_RE.search(text[max(0, start - 20) : start])
    return the is not None and (the.group("word") or "").casefold() not in _LOCATING_WORDS


# What separates the places of a list: "Brantwick; Dunmarsh and Morrowdale; and Sallowfield", "the A and the B"
# (a comma or a joining word at least: a heading run into its text, "Drop-Ins – Leicester City Leicester City
# Council has ...", is no list)
_LIST_GAP_RE = re.compile(r"^\s*(?:[,;:][\s,;:]*(?:(?:and|or|&)\s+)?|(?:and|or|&)\s+)(?:the\s+)?$", re.IGNORECASE)


def _in_list(found: list[tuple[int, int, areas.Area]], i: int, text: str) -> bool:
    """Whether the i-th place found sits in a list of places (another place only a comma or "and" away; the
    same place printed twice, "Leicester City Leicester City Council", is no list)."""
    name = found[i][2].name
    before = i > 0 and found[i - 1][2].name != name and bool(_LIST_GAP_RE.match(text[found[i - 1][1] : found[i][0]]))
    after = (
        i + 1 < len(found)
        and found[i + 1][2].name != name
        and bool(_LIST_GAP_RE.match(text[found[i][1] : found[i + 1][0]]))
    )
    return before or after


def nearest_period(sentence: str, offset: int) -> str | None:
    """The period named nearest a number in its sentence ("201112" read as 2011/12)."""
    found = [(abs(at - offset), label) for at, label in _periods_in(sentence)]
    return min(found)[1] if found else None


@lru_cache(maxsize=1 << 13)
def _periods_in(sentence: str) -> tuple[tuple[int, str], ...]:
    """Periods named in a sentence as (start, label): each figure of a sentence asks again."""
    found = [
        (m.start(), " ".join(sentence[m.start() : m.end()].split()))
        for m in find_spans(_PERIOD_RE, _PERIOD_TWIN, sentence, lowered(sentence))
    ]
    return tuple(found + [(a, label) for a, _b, label in compact_years(sentence)])
