"""A label for a number printed in a sentence: the clause it sits in, or the sentence's subject.

A sentence such as "At month 6, schemes worth £33.1m have been identified,
which is 76.1% of the £43.5m requirement, leaving a gap of £10.4m" states
several figures, each in its own clause.  A figure's label is its clause with
the numbers taken out ("schemes worth have been identified", "which is of the
requirement", "leaving a gap of"); a clause too thin to name anything ("to
£17.2m") takes the sentence's subject in front ("ARRS funding: to"), and a comparison that names only a
benchmark place or an earlier time ("against 61.2% in England", "up from 187 FTE a year earlier") takes the
words it compares with ("of contacts were by phone: against in England").  Clauses
break at punctuation and at the words that start another figure's clause.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from loaders import areas
from loaders.figures import ascii_twin, compared_numbers, find_spans, lowered, places_in

MAX_WORDS = 14
COMPARED_WORDS = 6  # the most words a comparison borrows as its subject, the last before it
_BREAK_RE = re.compile(
    r"[,;:()\u2013\u2014]|\s-\s"
    r"|\b(?:against|compared\s+(?:with|to)|versus|which|while|whereas|but|leaving|giving|equivalent\s+to|or|"
    r"and(?=\s+(?:[A-Za-z]+\s+){0,3}\(?(?:£|\d))|to(?=\s+£?\d))\b",
    re.IGNORECASE,
)
_BREAK_TWIN = ascii_twin(_BREAK_RE)  # the same breaks on lowered text, several times faster
_NUMBER_RE = re.compile(
    r"\(?[-\u2212]?£?\d[\d,]*(?:\.\d+)?(?:/\d{2,4})?(?:\s?(?:%|k\b|m\b|bn\b|million\b|billion\b|per\s?cent\b))?\)?",
    re.I,
)
_STOP = {
    "the",
    "a",
    "an",
    "of",
    "in",
    "at",
    "to",
    "by",
    "for",
    "on",
    "is",
    "was",
    "were",
    "are",
    "be",
    "been",
    "and",
    "or",
    "which",
    "that",
    "this",
    "it",
    "its",
    "with",
    "from",
    "as",
    "had",
    "has",
    "have",
    "per",
    "cent",
    "m",
    "k",
    "year",
    "years",
    "around",
    "about",
    "some",
    "just",
    "over",
    "under",
    "than",
    "so",
}
_SUBJECT_END_RE = re.compile(
    r"\b(?:is|was|were|are|had|has|have|rose|fell|rises|falls|increased|decreased|grew|reached|stood|stands|"
    r"remains?|remained|totall?ed|will|would|could|can|expects?|shows?|showed|delivered|received|employed|"
    r"affects?|affected|accounts?|accounted)\b",
    re.IGNORECASE,
)
# a paragraph's number or a list's bullet ("2.1", "a)", "(3)", "o ", "\u2022 ") a sentence starts with
_LEAD_NUMBERING_RE = re.compile(
    r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[a-z]\)|\([a-z0-9]+\)|[o\u2022\u25aa\u25cf*](?=\s+[A-Z]))\s+"
)


_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'&/+\-]*")
_SPACE_BEFORE_STOP_RE = re.compile(r"\s+([.,;:])")


def _content_words(text: str) -> list[str]:
    return [w for w in _WORD_RE.findall(text) if w.casefold() not in _STOP]


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with the figures at `spans` blanked out; other numbers ("Red 1", "62 day waits") stay."""
    out = text
    for a, b in spans:
        a, b = max(a, 0), min(b, len(text))
        if a < b:
            out = out[:a] + " " * (b - a) + out[b:]
    return out


# "c." left where its figure was blanked ("c.£3m of funding"): the figure's approximation mark, no word
_CIRCA_LEFT_RE = re.compile(r"(?<![\w.])c\.(?=\s)")


# an HTML tag or entity left in a line of a converted web page ("<p>", "</td><td>", "&amp;"): markup, no words
_MARKUP_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>|&(?:amp|nbsp|lt|gt|quot)\b;?")


def _clean(text: str) -> str:
    if "<" in text or "&" in text:
        text = _MARKUP_RE.sub(lambda m: "&" if m.group(0).startswith("&amp") else " ", text)
    text = _CIRCA_LEFT_RE.sub(" ", text.replace("£", " ").replace("%", " "))
    text = _SPACE_BEFORE_STOP_RE.sub(r"\1", " ".join(text.split()))
    return text.strip(" ,;:.-\u2013")


_LEAD_LABEL_RE = re.compile(
    r"^\s*(?:[-\u2022\u25aa\u25cf*]\s+)?"
    r"(?P<label>[A-Za-z][A-Za-z0-9 &'/()+\-]{1,80}?(?:, [A-Za-z0-9 &'/()+\-]{1,30}?)?)"  # "..., aged 65+": one comma
    r"(?:\s*[:=]|\s+[\u2013\-])\s+"
    r"|^\s*(?P<spaced>[A-Za-z][A-Za-z0-9 &'/()+\-]{1,60}?(?:, [A-Za-z0-9 &'/()+\-]{1,30}?)?)\s{3,}(?=[£(\-]?\d)"
)  # or a label set apart from its figure by a run of spaces ("Employment rate, aged 16-64      78.4%")
_REPORTED_TOPIC_RE = re.compile(
    r"\b(?:shows?|showed|indicates?|indicated|reveals?|revealed)\s+(?:that\s+)?(?:(?:the|a|an)\s+)?"
    r"(?!(?:of|in|for|to|at|by|on|that)\b)(?P<topic>[A-Za-z][A-Za-z'\-]*(?:\s+[A-Za-z][A-Za-z'\-]*){1,5}?)"
    r"(?=\s+(?:at|in|for|was|were|is|are|has|have|had|by|across|locally|compared)\b)",
    re.IGNORECASE,
)


def lead_label(sentence: str) -> tuple[str, int] | None:
    """A line's lead label and where it ends ("Red 1" of "Red 1 \u2013 WL 65.68% & ELR 63.85%")."""
    m = _LEAD_LABEL_RE.match(sentence)
    return ((m.group("label") or m.group("spaced")).strip(), m.end()) if m else None


def reported_topic(text: str) -> str | None:
    """What a sentence says it shows ("total employments furloughed" of "... shows total employments furloughed
    at December 2020 ..."): the subject of the figures it goes on to state."""
    m = _REPORTED_TOPIC_RE.search(text)
    return " ".join(m.group("topic").split()) if m else None


_THOUSANDS_SAFE_COMMA_RE = re.compile(r"(?<!\d),|,(?!\d{3}(?!\d))")  # a comma, but not the one in "1,000"
_THREE_DIGITS_RE = re.compile(r"\d{3}(?!\d)")  # "1,000", "£14,178k": a thousands comma
_DIGIT_RE = re.compile(r"\d")


def _breaks(sentence: str, figures: list[tuple[int, int]]) -> list[re.Match[str]]:
    """Clause breaks; "to" and "and" break only before another figure, not before a date ("to 31st Dec");
    the comma of "1,000" is no break, nor are the brackets of a figure printed in them ("(59.8%)"): the clause
    runs on past it."""
    return [
        m
        for m, digit in _break_candidates(sentence)
        if (digit is None or any(a <= digit < b for a, b in figures))
        # a bracketed figure's own brackets: "£31.6m (59.8%) had"
        and not (m.group() in "()" and any(a <= m.start() < b for a, b in figures))
    ]


@lru_cache(maxsize=1 << 12)
def _break_candidates(sentence: str) -> tuple[tuple[re.Match[str], int | None], ...]:
    """A sentence's clause breaks before its figures are known (each of a sentence's figures asks): for "to" and
    "and", with where the next digit is, since they break only when that digit is a figure's (never without one)."""
    out = []
    low = lowered(sentence)
    for m in find_spans(_BREAK_RE, _BREAK_TWIN, sentence, low):  # m.group() is lowered: "to", "and", ","
        if (
            m.group() == ","
            and m.start() > 0
            and sentence[m.start() - 1].isdigit()
            and _THREE_DIGITS_RE.match(sentence, m.end())
        ):
            continue
        if m.group() in "()" and _named_aside(sentence, m.start()):
            continue
        digit = None
        if m.group().casefold() in ("to", "and"):
            found = _DIGIT_RE.search(sentence, m.end())
            if found is None:
                continue
            digit = found.start()
        out.append((m, digit))
    return tuple(out)


_ASIDE_TEXT_RE = re.compile(r"[^\W\d_][^()\d,;:]*")


def _named_aside(sentence: str, at: int) -> bool:
    """Whether the bracket at `at` holds a short name without figures inside a phrase that goes on after it
    ("efficiency (QIPP) target", "doctors (GPs) per"): part of the words around it, no clause break."""
    open_ = at if sentence[at] == "(" else sentence.rfind("(", 0, at)
    close = sentence.find(")", at)
    if open_ < 0 or close < 0:
        return False
    inside = sentence[open_ + 1 : close]
    after = sentence[close + 1 :].lstrip()
    return bool(_ASIDE_TEXT_RE.fullmatch(inside)) and len(inside.split()) <= 3 and after[:1].islower()


def clause_of(sentence: str, start: int, end: int, figures: list[tuple[int, int]] | None = None) -> tuple[int, int]:
    """The span of the clause around sentence[start:end]; `figures` are the spans of every figure in it."""
    breaks = _breaks(sentence, figures if figures is not None else [(start, end)] + _number_spans(sentence))
    left = 0
    right = len(sentence)
    for m in breaks:
        if m.end() <= start:
            left = m.end() if m.group().strip() in ",;:()\u2013\u2014-" else m.start()
        elif m.start() >= end:
            right = m.start()
            break
    return left, right


def _number_spans(sentence: str) -> list[tuple[int, int]]:
    return [m.span() for m in _NUMBER_RE.finditer(sentence)]


_ASIDE_RE = re.compile(r"^\s*(?:which|who|whose|where|whom)\b", re.IGNORECASE)


@lru_cache(maxsize=1 << 12)
def subject_of(sentence: str) -> str:
    """The words before the sentence's first verb ("ARRS funding for Calvermoor" of "... rose from ...")."""
    body = _LEAD_NUMBERING_RE.sub("", sentence)
    m = _SUBJECT_END_RE.search(body)
    head = body[: m.start()] if m else ""
    # "Homelessness duties in Sallowfield, at 15.1 per 1,000 households, are ...": the subject is the last
    # comma piece that names something, not the aside before the verb
    # "The slope index of inequality, which measures the gap ..., is": an aside that starts "which" is no subject
    pieces = [p for p in _THOUSANDS_SAFE_COMMA_RE.split(head) if p.strip() and not _ASIDE_RE.match(p)]
    blanked = [_blank(p, _number_spans(p)) for p in pieces]
    named = [p for p in blanked if len(_content_words(p)) >= 2]
    return _clean((named or blanked or [""])[-1])


# A clause that states what another clause's figure is compared with: "against 66.1% in England", "up from 241
# FTE a year earlier".  Its own words name a benchmark place or an earlier time, not what is measured.
_COMPARISON_RE = re.compile(
    r"^(?:against|compared\s+(?:with|to)|versus|vs\.?|than|(?:up|down|rising|falling|increased|decreased|rose|fell)"
    r"\s+from)\b",
    re.IGNORECASE,
)
_COMPARISON_WORDS = {
    "against",
    "compared",
    "versus",
    "vs",
    "up",
    "down",
    "rising",
    "falling",
    "increased",
    "decreased",
    "rose",
    "fell",
    "earlier",
    "before",
    "ago",
    "previously",
    "previous",
    "last",
    "same",
    "period",
    "time",
    "month",
    "months",
    "quarter",
    "quarters",
    "week",
    "weeks",
    "nationally",
}
# what the compared clause says of its own figure alone: where ("Across Thornsby", "in Oxlade"; a name, not an
# abbreviation such as "FTE") and when ("at December 2024", "in 2023/24")
_OWN_PLACE_OR_TIME_RE = re.compile(
    r"\b(?i:in|across|for|within|at|by|during)\s+(?:the\s+)?(?:[A-Z][a-z][\w'&-]*(?:\s+(?:and\s+|&\s+)?[A-Z][a-z][\w'&-]*)*"
    r"(?:\s+(?:19|20)\d{2}(?:[/\-]\d{2,4})?)?|(?:19|20)\d{2}(?:[/\-]\d{2,4})?|Q[1-4](?:\s+(?:19|20)\d{2}(?:[/\-]\d{2,4})?)?"
    r"|(?<=the\s)(?i:county|borough))(?![\w/])"
)
_PER_BEFORE_RE = re.compile(r"\bper\s+$", re.IGNORECASE)
# "The Director of Public Health reported that ...": who reported it is not what is measured
_REPORTED_LEAD_RE = re.compile(
    r"^.{0,80}?\b(?:reported|said|noted|explained|confirmed|advised|stated|highlighted|heard|(?:were|was)\s+told)"
    r"\s+that\s+",
    re.IGNORECASE,
)


def _clauses(sentence: str, figures: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pieces of a sentence between its punctuation breaks (`clause_of`'s), as (start, end) in order; a
    break word ("and", "which") stays inside its piece."""
    spans = []
    left = 0
    for m in _breaks(sentence, figures):
        if m.group().strip() in ",;:()\u2013\u2014-":
            spans.append((left, m.start()))
            left = m.end()
    spans.append((left, len(sentence)))
    return spans


def _compared_with(clause: str, sentence: str, text: str, a: int, figures: list[tuple[int, int]]) -> str | None:
    """What a comparison clause ("against in England", "up from FTE a year earlier") compares: the words just
    before it that name something, without their own numbers, place and time ("of appointments were face to
    face", "paid for FTE staff"); None when the clause is no comparison or names its own measure ("against a
    target of", "compared to of patients")."""
    if not _COMPARISON_RE.match(clause):
        return None
    earlier = [(x, min(y, a)) for x, y in _clauses(sentence, figures) if x < a]
    # words the earlier clauses print too restate their unit ("10.9 times median earnings, against 8.6 times")
    restated = {w.casefold() for x, y in earlier for w in _WORD_RE.findall(text[x:y])}
    own = _content_words(_OWN_PLACE_OR_TIME_RE.sub(" ", clause))
    if any(
        w.casefold() not in _COMPARISON_WORDS and not w.isupper() and w.casefold() not in restated for w in own
    ):  # "FTE", "LLR": a unit, a body
        return None
    return _earlier_named(text, earlier)


def _earlier_named(
    text: str, earlier: list[tuple[int, int]], *, tail: bool = False, skip: Callable[[str], bool] | None = None
) -> str | None:
    """What the nearest earlier clause that names something measures: the words before its verb where they name
    it ("smoking prevalence among adults" of "... reported that smoking prevalence among adults in Kelby had
    fallen to"), else (or with `tail`) its last words ("of contacts were by phone"); its place, time and numbers
    left out; a clause `skip` says names nothing is passed over."""
    for x, y in reversed(earlier):
        piece = _LEAD_NUMBERING_RE.sub("", text[x:y]) if x == 0 else text[x:y]
        piece = _REPORTED_LEAD_RE.sub("", piece)
        piece = _OWN_PLACE_OR_TIME_RE.sub(" ", piece)  # before the numbers go: "in 2023" is a time
        # a rate's base ("per 1,000 patients") names what is measured: it stays
        spans = [(x, y) for x, y in _number_spans(piece) if not _PER_BEFORE_RE.search(piece, 0, x)]
        named = _clean(_blank(piece, spans))
        if not _content_words(named) or (skip is not None and skip(named)):
            continue
        verb = None if tail else _SUBJECT_END_RE.search(named)
        head = _clean(named[: verb.start()]) if verb else ""
        if len(_content_words(head)) >= 2:
            return " ".join(head.split()[:COMPARED_WORDS])
        return " ".join(named.split()[-COMPARED_WORDS:])
    return None


# Words that name no measure of their own: a clause of nothing else ("the county figure is", "but remains above
# the regional figure of", "and England's") states a figure of what its sentence is about
_NAMELESS_WORDS = {
    "figure",
    "figures",
    "average",
    "rate",
    "level",
    "value",
    "county",
    "borough",
    "ward",
    "neighbourhood",
    "district",
    "area",
    "national",
    "nationally",
    "regional",
    "regionally",
    "above",
    "below",
    "close",
    "similar",
    "higher",
    "lower",
    "still",
    "just",
    "but",
    "while",
    "whereas",
}
_CONTRAST_RE = re.compile(r"^(?:but|while|whereas)\b", re.IGNORECASE)
_CHANGE_VERB_RE = re.compile(
    r"\b(?:(?:had|has|have|was|were|is|are)\s+)?(?:rose|risen|rising|fell|fallen|falling|increased|decreased|reduced|"
    r"improved|grew|grown|dropped|declined|climbed|went\s+(?:up|down))\s*$",
    re.IGNORECASE,
)
# where the subject of a verb starts at the latest: a clause break, or a word that joins one clause to another
_SUBJECT_START_RE = re.compile(
    r"[,;:()\u2013\u2014]|\b(?:and|as|because|while|when|since|after|but|which|whereas|so)\b", re.IGNORECASE
)


def _nameless(clause: str) -> bool:
    """A clause that names nothing measured: its words are places, verbs and words such as "figure", "above"."""
    named = [
        w
        for w in _content_words(clause)
        if w.casefold() not in _NAMELESS_WORDS
        and not _SUBJECT_END_RE.fullmatch(w)
        and not (w[:1].isupper() and w.endswith(("'s", "\u2019s")))  # "England's", "Kelby's"
    ]
    return len(named) < 2


def _changed_subject(text: str, a: int) -> str | None:
    """What "rose to" or "had fallen to" (the clause at `a` starts "to") says changed: the words before the verb,
    back to where its clause starts ("handovers over 60 minutes" of "..., and handovers over 60 minutes had
    fallen to 468")."""
    before = text[:a]
    verb = _CHANGE_VERB_RE.search(before)
    if verb is None:
        return None
    head = before[: verb.start()]
    starts = [m.end() for m in _SUBJECT_START_RE.finditer(head)]
    head = _clean(_LEAD_NUMBERING_RE.sub("", head[starts[-1] :] if starts else head))
    return " ".join(head.split()[-COMPARED_WORDS:]) if _content_words(head) else None


def _apposed(text: str, a: int, start: int) -> str | None:
    """What a clause that starts with its figure after a comma states the figure of: the words after the verb
    before the comma ("acute services" of "The largest pressure is acute services, £5,147k over budget")."""
    if text[a:start].strip() or a == 0 or text[a - 1] != ",":
        return None
    before = text[: a - 1]
    starts = [m.end() for m in _SUBJECT_START_RE.finditer(before)]
    piece = before[starts[-1] :] if starts else before
    verbs = list(_SUBJECT_END_RE.finditer(piece))
    if not verbs:
        return None
    named = _clean(piece[verbs[-1].end() :])
    return named if 0 < len(_content_words(named)) <= COMPARED_WORDS else None


_TOTAL_BEFORE_RE = re.compile(r"\bthe\s+(?:total|number|count)\s*$", re.IGNORECASE)


def _borrowed(sentence: str, text: str, a: int, start: int, figures: list[tuple[int, int]]) -> str | None:
    """The words another clause lends a clause that names too little itself: what changed, for "to 468"; the
    noun "of which" stands for; what a figure printed after a comma is of."""
    low = text[a : a + 6].casefold()
    if low.startswith("to ") and a > 0:
        changed = _changed_subject(text, a)
        if changed is None and _TOTAL_BEFORE_RE.search(text[max(0, a - 30) : a]):
            # "adds 38 virtual ward beds, taking the total to 214": the total of what the clause before counts
            earlier = [(x, min(y, a)) for x, y in _clauses(sentence, figures) if x < a]
            return _earlier_named(text, earlier[:-1], tail=True)
        return changed
    if low.startswith(("which", "whom")) and text[max(0, a - 3) : a].casefold() == "of ":
        earlier = [(x, min(y, a - 3)) for x, y in _clauses(sentence, figures) if x < a - 3]
        return _earlier_named(text, earlier, tail=True)
    return _apposed(text, a, start)


_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
_NAME = rf"(?!{_MONTHS})[A-Z][a-z][\w'\u2019&-]*"
# a clause of a place alone ("in Tamsford", "years in Brindleham", "and in Wexcombe", "and Wexcombe"), its figures
# blanked: in a list of figures by place it states the first figure's measure for its own place
_PLACE_ALONE_RE = re.compile(
    rf"^(?:(?:and|or)\s+)?(?:(?:[a-z]+\s+){{0,2}}?(?:in|across|for|within|at)\s+(?:the\s+)?|(?<=and\s)|(?<=or\s))"
    rf"{_NAME}(?:\s+(?:(?:and|&)\s+)?{_NAME}){{0,3}}$"
)


def _listed_for_place(
    clause: str, sentence: str, text: str, a: int, start: int, figures: list[tuple[int, int]]
) -> str | None:
    """What a figure in a list of figures by place measures ("76.2% in Tamsford" and "and Wexcombe 0.48" after
    "uptake of MMR was 71.8% in Brindleham"): a clause of a place alone, after a clause with a figure, states
    the same measure for its place; None for any other clause, and for a comparison's ("against 61.5 and 61.9
    in England": `_compared_with` reads those)."""
    if not any(y <= a for _x, y in figures) or not _PLACE_ALONE_RE.match(clause):
        return None
    if any(abs(number - start) <= 2 for number, _at in compared_numbers(sentence)):
        return None
    earlier = [(x, min(y, a)) for x, y in _clauses(sentence, figures) if x < a]
    return _earlier_named(text, earlier, skip=_nameless)


# What a bracket prints before a comparator's figure: a place or benchmark ("England", "West Midlands", "the
# county", "England average:"), nothing else
_BENCHMARK_WORDS = r"county|region|regional|national|borough|district"  # a benchmark named by its kind, lower-case
_BRACKET_WORD = rf"(?:[A-Z][\w'\u2019&.\-]*|and|of|&|{_BENCHMARK_WORDS})"
# words apart by spaces (never `\s*` between them: a word split any way it could be would backtrack without end)
_BRACKET_PLACE_RE = re.compile(
    rf"^\s*(?:the\s+)?{_BRACKET_WORD}(?:\s+{_BRACKET_WORD})*(?:\s+(?:average|rate|figure|value|mean))?\s*[:=]?\s*$"
)
_LEAD_UNIT_RE = re.compile(r"^\W*(?:years?|per\s+cent|percent|percentage\s+points|points|%)\b\W*", re.IGNORECASE)
_BENCHMARK_WORD_RE = re.compile(rf"\b(?:{_BENCHMARK_WORDS})\b")
# "% ", " µg/m³ ", " per cent ", " per 1,000 patients ": a unit or a rate's base between a figure and its bracket
_BRACKET_UNIT_GAP_RE = re.compile(r"^\s*(?:per\s+[\d,]+\s+)?(?:[%a-zA-Z\u00b5\u00b3/]+\s*){0,3}$")


def _bracketed_comparator(
    sentence: str, start: int, others: list[tuple[int, int]]
) -> tuple[str, tuple[int, int] | None] | None:
    """For a figure in brackets after a place ("8.6 µg/m³ (West Midlands 7.6)", "life expectancy, men (England
    79.1)"), what it is compared with: the figure printed just before the bracket, whose label it shares, as
    (_, its span); else the words before the bracket, as (them, None).  None for any other figure."""
    open_at = sentence.rfind("(", 0, start)
    if open_at < 0 or ")" in sentence[open_at:start]:
        return None
    part_start = max(open_at + 1, *(sentence.rfind(mark, open_at, start) + 1 for mark in ";,"))
    lead = sentence[part_start:start]
    if not _BRACKET_PLACE_RE.match(lead):
        return None
    if not (_BENCHMARK_WORD_RE.search(lead) or places_in(lead) or areas.lookup(lead.strip(" :=")) is not None):
        return None  # "(Target 75%)", "(Questions 1, 2 and 9)", "(SCR 2.1)": capitals that name no place
    before = [f for f in others if f[1] <= open_at]
    last = max(before) if before else None
    if last is not None and _BRACKET_UNIT_GAP_RE.match(sentence[last[1] : open_at]):
        return "", last
    # no figure just before: the words since the last figure are what it is compared on (a tile's label under its
    # figure, "79.0 years" / "life expectancy at birth, men (England 79.1)")
    named = _clean(_LEAD_UNIT_RE.sub("", sentence[last[1] if last else 0 : open_at]))
    words = named.split()
    return (" ".join(words[-MAX_WORDS:]), None) if len(_content_words(named)) >= 2 else None


def _bracketed_share(
    sentence: str, start: int, end: int, others: list[tuple[int, int]]
) -> tuple[tuple[int, int], str] | None:
    """For a figure that opens a bracket after another figure and says what it is a share of ("forecast to spend
    £11.3m (94.9% of allocation)"), the span of the figure before and the words of the share ("% of allocation");
    None for any other figure."""
    open_at = sentence.rfind("(", 0, start)
    close_at = sentence.find(")", end)
    if open_at < 0 or close_at < 0 or sentence[open_at + 1 : start].strip(" £"):
        return None
    share = " ".join(sentence[end:close_at].split())
    if not share.startswith("of ") or any(open_at < a < close_at for a, _b in others):
        return None
    before = [f for f in others if f[1] <= open_at]
    if not before or not _BRACKET_UNIT_GAP_RE.match(sentence[max(before)[1] : open_at]):
        return None
    return max(before), ("% " if sentence[end - 1] == "%" else "") + share


_UNIT_ONLY_WORDS = frozenset({"years", "year", "per", "cent", "percent"})


def clause_label(
    sentence: str,
    start: int,
    end: int,
    others: list[tuple[int, int]] | None = None,
    heading: str | None = None,
    lead: str | None = None,
) -> str:
    """The label of the number at sentence[start:end]: its clause without its figures, the subject in front if thin.

    `others` are the spans of the sentence's other figures; numbers that are not figures stay in the label.
    Without them, every number counts as a figure.  The heading, the line's lead label and the sentence's topic
    go in front while the label stays within MAX_WORDS: the clause's own words come first.
    """
    figures = [(start, end), *(others if others is not None else _number_spans(sentence))]
    share = _bracketed_share(sentence, start, end, figures[1:])
    if share is not None:  # "(94.9% of allocation)": the share of what the figure before it counts
        (x, y), share_of = share
        outer = clause_label(sentence, x, y, [f for f in figures if f != (x, y)], heading=heading, lead=lead)
        return f"{outer} ({share_of})"
    bracketed = _bracketed_comparator(sentence, start, figures[1:])
    if bracketed is not None:
        words_before, at = bracketed
        if at is None:
            return words_before
        return clause_label(sentence, at[0], at[1], [f for f in figures if f != at], heading=heading, lead=lead)
    a, b = clause_of(sentence, start, end, figures)
    text = _blank(sentence, figures)
    clause = _clean(_LEAD_NUMBERING_RE.sub("", text[a:b]) if a == 0 else text[a:b])
    compared = (
        _compared_with(clause, sentence, text, a, figures)
        or _listed_for_place(clause, sentence, text, a, start, figures)
        or _borrowed(sentence, text, a, start, figures)
    )
    if compared and compared.casefold() not in clause.casefold():  # cut from the front if too long
        clause = f"{compared}: {clause}"
    elif len(_content_words(clause)) < 2 or _nameless(clause):
        subject = None
        if _CONTRAST_RE.match(clause):  # "..., but Kelby's Ashgrove neighbourhood has 0.43": the clause before's
            earlier = [(x, min(y, a)) for x, y in _clauses(sentence, figures) if x < a]
            subject = _earlier_named(text, earlier, skip=_nameless)
        subject = subject or subject_of(sentence)
        if subject and subject.casefold() not in clause.casefold():
            clause = f"{subject}: {clause}" if clause else subject
    prefixes = []
    if heading and len(heading.split()) <= 8:
        prefixes.append(heading)
    if lead:
        prefixes.append(lead)
        named, sep, rest = clause.partition(": ")
        if sep and named.casefold() in lead.casefold():
            clause = rest  # a subject the lead label already holds ("Admissions due to falls, aged 65+: ...")
        if set(_WORD_RE.findall(clause.casefold())) <= set(_WORD_RE.findall(lead.casefold())) | _UNIT_ONLY_WORDS:
            clause = ""  # "men years" after "Life expectancy at birth, men": the lead says it all
    topic = reported_topic(sentence[:start])
    if topic:
        prefixes.append(topic)
    for p in reversed(prefixes):
        if p.casefold() not in clause.casefold() and (
            not clause or len(clause.split()) + len(p.split()) <= MAX_WORDS or p is not heading
        ):
            clause = f"{p}: {clause}" if clause else p
    words = clause.split()
    if len(words) > MAX_WORDS:
        clause = " ".join(words[:MAX_WORDS] if start - a < (b - a) / 2 and not compared else words[-MAX_WORDS:])
    return clause.strip(" ,;:") or "figure"
