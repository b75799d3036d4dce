"""Read every number stated in running text as a figure with its sentence.

The catch-all: whatever no table spec claimed (minutes, report prose,
infographics, small tables) is written here with the words around it as its
measure, its sentence as context, and the area and period named nearest to it.
Dates, years, page and agenda numbering, times, phone numbers and postcodes are
not figures and are skipped.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from loaders import areas
from loaders.numbers import NumberToken, scan
from loaders.segmenting import MONTHS

_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
# Spans of a line that hold numbers which are not figures.
_NOT_FIGURES = [
    re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_WORDS})\b\.?(?:,?\s+\d{{2,4}})?", re.IGNORECASE),
    re.compile(rf"\b(?:{_MONTH_WORDS})\.?[\s\-]+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b", re.IGNORECASE),
    re.compile(rf"\b(?:{_MONTH_WORDS})[\s\-]+'?\d{{2,4}}\b", re.IGNORECASE),
    re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b"),  # 13/06/2021
    re.compile(r"\b(?:19|20)\d{2}\s?[/\-\u2013]\s?(?:(?:19|20)?\d{2})\b"),  # 2019/20, 2018-19
    re.compile(r"(?<![\d,.£])(?:19|20)\d{2}(?![\d%]|[.,]\d|\s?(?:people|patients|staff|GPs|pupils|households))"),  # 2019
    re.compile(r"\b\d{1,2}[.:]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)", re.IGNORECASE),  # 2.00 pm
    re.compile(r"\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b"),  # 0116 305 2583
    re.compile(r"\b[A-Z]{1,2}\d{1,2}[A-Z]?\s\d[A-Z]{2}\b"),  # LE3 8RA
    re.compile(
        r"\b(?:Item|Items|Page|Pages|Minute|Minutes|Appendix|Appendices|Annex|Table|Tables|Figure|Figures|Graph|Chart|"
        r"Section|Paragraph|Paragraphs|Para|Order|Rule|Article|Articles|Recommendation|Priority|Tier|Phase|Stage|"
        r"Level|Wave|Year|Slide|Objective|Outcome|Domain|Ward|Schedule|Clause|No\.|Number|Red|Category|Cat|Grade|Key Stage|Covid|COVID)"
        r"\s+\(?\d+(?:\.\d+)*[a-z]?\)?(?:\s*(?:[-\u2013&,]|and|to)\s*\d+(?:\.\d+)*)*",
        re.IGNORECASE,
    ),
    re.compile(r"^\s*\(?\d{1,3}(?:\.\d{1,2})*[.)]\s"),  # "16.2 Heading", "1. Text", "(3) ..."
    re.compile(r"^\s*\d{1,3}(?:\.\d{1,2})*\s*$"),  # a number alone that is a heading number
    re.compile(r"^\s*\d{1,2}\s+(?=[A-Z][a-z])"),  # "17 Conclusion" style numbered heading
    re.compile(r"\b\d+(?:st|nd|rd|th)\b", re.IGNORECASE),  # ordinals
    re.compile(r"\b(?:24/7|7/7|365)\b"),
    re.compile(r"https?://\S+|www\.\S+|\S+@\S+"),
]
_UNIT_AFTER = [
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
    rf"\b(?:(?:19|20)\d{{2}}\s?[/\-\u2013]\s?(?:19|20)?\d{{2}}|(?:Q[1-4]\s+)?(?:{_MONTH_WORDS})\.?[\s\-]+(?:19|20)?\d{{2}}|(?:19|20)\d{{2}})\b",
    re.IGNORECASE,
)
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\u2022•-])")
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'&/+\-]*")


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


def passages(lines: tuple[str, ...], furniture: frozenset[int]) -> dict[int, Passage]:
    """Each line's paragraph: consecutive non-blank lines (page furniture left out)."""
    out: dict[int, Passage] = {}
    block: list[int] = []

    def flush() -> None:
        parts, starts, off = [], [], 0
        for n in block:
            starts.append((off, n))
            parts.append(lines[n - 1])
            off += len(lines[n - 1]) + 1
        p = Passage(" ".join(parts), tuple(starts))
        for n in block:
            out[n] = p

    for n, text in enumerate(lines, 1):
        if n in furniture:
            continue
        if text.strip():
            block.append(n)
        elif block:
            flush()
            block = []
    if block:
        flush()
    return out


def not_figure_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of a line that hold dates, numbering, phone numbers and the like."""
    return [m.span() for rx in _NOT_FIGURES for m in rx.finditer(text)]


def figure_tokens(text: str) -> list[NumberToken]:
    """The numbers on a line that are figures (not dates, numbering, phones, ...)."""
    spans = not_figure_spans(text)
    keep = []
    for t in scan(text):
        core = t.start + (1 if t.text.startswith("(") else 0)
        if any(a <= core < b for a, b in spans):
            continue
        keep.append(t)
    return keep


def sentence_around(passage: Passage, offset: int) -> tuple[str, int]:
    """The sentence of a passage holding `offset`, and the offset within that sentence."""
    text = passage.text
    start = 0
    for m in _SENTENCE_END_RE.finditer(text):
        if m.end() > offset:
            break
        start = m.end()
    nxt = _SENTENCE_END_RE.search(text, offset)
    end = nxt.start() if nxt else len(text)
    return text[start:end].strip(), offset - start - (len(text[start:end]) - len(text[start:end].lstrip()))


def measure_phrase(sentence: str, start: int, end: int, tokens_at: list[tuple[int, int]]) -> str:
    """Words either side of a number, stopping at neighbouring numbers: its label as printed."""
    left_bound = max((b for a, b in tokens_at if b <= start), default=0)
    right_bound = min((a for a, b in tokens_at if a >= end), default=len(sentence))
    left = _WORD_RE.findall(sentence[left_bound:start])[-7:]
    right = _WORD_RE.findall(sentence[end:right_bound])[:7]
    phrase = " ".join(left + (["\u2026"] if left and right else []) + right)
    return phrase or "figure"


def unit_after(text_after: str, token: NumberToken) -> str | None:
    """A unit written just after a number ("6.4 years", "12.3 per 1,000")."""
    if token.unit:
        return token.unit
    for rx, unit in _UNIT_AFTER:
        if rx.match(text_after):
            return unit
    return None


def home_area(lines: tuple[str, ...]) -> str | None:
    """The county or unitary area a pack names most: where an unplaced figure belongs."""
    votes: Counter[str] = Counter()
    for text in lines:
        for _pos, area in areas.find_areas(text):
            if area.kind in ("county", "unitary"):
                votes[area.name] += 1
    return votes.most_common(1)[0][0] if votes else None


def nearest_area(line_text: str, col: int, sentence: str, sent_off: int, before: list[str]) -> str | None:
    """The area named nearest a number: same line before it, then after, then the sentence, then lines above."""
    on_line = areas.find_areas(line_text)
    left = [a for p, a in on_line if p < col]
    if left:
        return left[-1].name
    right = [a for p, a in on_line if p > col]
    if right:
        return right[0].name
    in_sentence = areas.find_areas(sentence)
    if in_sentence:
        return min(in_sentence, key=lambda pa: abs(pa[0] - sent_off))[1].name
    for text in reversed(before):
        found = areas.find_areas(text)
        if found:
            return found[-1][1].name
    return None


def nearest_period(sentence: str, offset: int) -> str | None:
    """The period named nearest a number in its sentence."""
    found = [(abs(m.start() - offset), " ".join(m.group(0).split())) for m in _PERIOD_RE.finditer(sentence)]
    return min(found)[1] if found else None
