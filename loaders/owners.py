"""Whose figures each part of a pack holds: the home area's, or an NHS body's own.

A council's pack is about its area, so a figure that names no place belongs to the home area
(`places.home_area`).  A report or minutes item about an NHS body's own finances is the body's: its title
names money (`data/body_finance_words.csv`: "financial position", "efficiency", "deficit") and its title or
author line names the body ("Kelby ICB: Financial Position", "Report of the Chief Finance Officer, Kelby
ICB"), or its title names the kind of body ("ICB FINANCIAL POSITION") and its text the body.  Its figures that
name no place are the body's, not the county's.  Such a report still says where it speaks of a place's
share ("the revenue position for the Kelby place"): said in its opening section (before its second numbered
heading) the whole report is the place's, said later only that section is.  In a council's own report (or a
briefing with no agenda) a numbered section headed by a delegated budget is the commissioner's money too.
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from loaders import areas, places
from loaders.figures import is_numbered_heading
from loaders.prefilter import lines_holding
from loaders.segmenting import Segments, parse_date

WORDS_FILE = Path(__file__).resolve().parent.parent / "data" / "body_finance_words.csv"
HEAD_LINES = 10  # how many lines a report's header (committee, date, title, author) may take
# where a report's body starts: a numbered line ("1 PURPOSE", "1.1", "2. The position ...")
_NUMBERED_RE = re.compile(r"^\s*(?:#+\s*)?\d{1,2}(?:\.\d{1,2})*\.?(?:\s|$)")
# "the Kelby place", "KELBY PLACE REVENUE": a place's share (not "Kelby Place Partnership Board", a body)
_PLACE_SHARE_RE = re.compile(r"(?P<name>[A-Z][\w'\-]*(?:\s+(?:and|&|[A-Z][\w'\-]*))*)\s+(?i:place)\b(?!\s+[A-Z])")
_REPORT_OF_RE = re.compile(r"^\W*(?:joint\s+)?report\s+of\b", re.IGNORECASE)
# NHS England delegates primary care budgets to the commissioner (the ICB, before July 2022 the CCG): a report of a
# "delegated budget" is that body's own money even when its title names no body.
_DELEGATED_RE = re.compile(r"\bdelegated\b", re.IGNORECASE)
# The commissioner's own programmes, whoever's report speaks of them: its delegated budget and its QIPP efficiency
# programme (Quality, Innovation, Productivity and Prevention).
_COMMISSIONER_MONEY_WORDS = ("delegated", "qipp")
_COMMISSIONER_MONEY_RE = re.compile(r"\b(?:delegated|QIPP)\b", re.IGNORECASE)
_BULLET_RE = re.compile(r"^\s*[*\-\u2022]\s")
_BULLET_LEAD_RE = re.compile(r"^\s*[*\-\u2022]\s+(?P<lead>[^:.]{3,60}):\s")  # "* Efficiency (QIPP): £12.9m ..."
COMMISSIONER_KINDS = ("icb", "ccg")
COMMISSIONER_WORDS = ("icb", "ccg", "integrated care", "commissioning")


@lru_cache(maxsize=1)
def finance_words() -> re.Pattern[str]:
    """The words of data/body_finance_words.csv as one pattern, whole words, any case."""
    with WORDS_FILE.open(encoding="utf-8", newline="") as fh:
        words = sorted((r["word"].strip() for r in csv.DictReader(fh) if r["word"].strip()), key=len, reverse=True)
    return re.compile(r"(?<![A-Za-z])(?:" + "|".join(re.escape(w) for w in words) + r")(?![A-Za-z])", re.I)


@dataclass(frozen=True)
class Owners:
    """The default area of each line: the home area, but where a span says otherwise."""

    home: str | None
    spans: tuple[tuple[int, int, str], ...]  # (first line, last line, area); a later span is narrower and wins

    def at(self, line: int) -> str | None:
        for first, last, area in reversed(self.spans):
            if first <= line <= last:
                return area
        return self.home


def owners(lines: tuple[str, ...], segments: Segments, home: str | None) -> Owners:
    """Who owns each report and minutes item of a pack that names no place for its figures."""
    spans: list[tuple[int, int, str]] = []
    money = sorted(lines_holding(lines, _COMMISSIONER_MONEY_WORDS))  # the few lines that may lead one, found once
    for first, last, title in _parts(lines, segments):
        body = _own_finances_of(lines, first, last, title)
        if body is None:
            spans.extend(_commissioner_sections(lines, first, last, home, money))
            continue
        spans.append((first, last, body))
        spans.extend(_place_shares(lines, first, last, home))
    return Owners(home, tuple(spans))


def _parts(lines: tuple[str, ...], segments: Segments) -> list[tuple[int, int, str]]:
    """(first line, last line, title) of each report and each minutes item, and of the front matter (untitled)."""
    out = []
    sections = segments.sections
    for k, s in enumerate(sections):
        last = sections[k + 1].start - 1 if k + 1 < len(sections) else len(lines)
        if s.kind == "report":
            out.append((s.start, last, "" if _REPORT_OF_RE.match(s.title) else s.title))
        elif s.kind == "front":  # a pack of one report with no agenda: its sections may still be a body's
            out.append((s.start, last, ""))
        elif s.kind == "minutes":
            items = [(n, t) for n, t in segments.items if s.start <= n <= last]
            for j, (n, title) in enumerate(items):
                out.append((n, items[j + 1][0] - 1 if j + 1 < len(items) else last, title))
    return out


def _head(lines: tuple[str, ...], first: int, last: int) -> list[str]:
    """A report's header lines: up to its first numbered line (a date is no number of the report)."""
    head: list[str] = []
    for n in range(first, min(last, first + 3 * HEAD_LINES) + 1):
        text = lines[n - 1].strip()
        if not text:
            continue
        if _NUMBERED_RE.match(text) and parse_date(text) is None:
            break
        head.append(text)
        if len(head) >= HEAD_LINES:
            break
    return head


def _own_finances_of(lines: tuple[str, ...], first: int, last: int, title: str) -> str | None:
    """The NHS body whose own finances a part reports: its title names money, and its header names the body (or
    its title the kind of body and its text the body); else None."""
    if not finance_words().search(title) or _names_a_place(title, places.home_area(lines)):
        return None
    head = " ".join([title, *_head(lines, first, last)])
    named = areas.nhs_bodies_in(head)
    if named:  # "Chief Finance Officer, Kelby ICB": a signature's last part is the body
        return named[0][2].name.rsplit(",", 1)[-1].strip()
    kinds = areas.nhs_kinds_in(title)
    delegated = not kinds and _DELEGATED_RE.search(title) is not None
    if delegated:
        kinds = list(COMMISSIONER_KINDS)
    if not kinds:
        return None
    for n in range(first, last + 1):
        for _s, _e, body in areas.nhs_bodies_in(lines[n - 1]):
            if body.kind in kinds:
                return body.name
    return places.home_body(lines) or (_commissioner(lines) if delegated else None)


def _commissioner_sections(
    lines: tuple[str, ...], first: int, last: int, home: str | None, money: list[int]
) -> list[tuple[int, int, str]]:
    """Numbered sections of a council's report headed by a delegated budget or QIPP ("2. Delegated primary medical
    care budget"), and bullets led by one: the commissioner's money, as a whole report of one is
    (`_own_finances_of`).  `money`: the pack's lines that name one, in order."""
    out = []
    for n in money[bisect_left(money, first) : bisect_right(money, last)]:
        led = _led_span(lines, n, last)
        if led is None or not _COMMISSIONER_MONEY_RE.search(led[1]) or _names_a_place(led[1], home):
            continue
        end = led[0]
        named = [body.name for m in range(n, end + 1) for _s, _e, body in areas.nhs_bodies_in(lines[m - 1])]
        body = next(iter(named), None) or places.home_body(lines) or _commissioner(lines)
        if body is not None:
            out.append((n, end, body))
    return out


def _led_span(lines: tuple[str, ...], n: int, last: int) -> tuple[int, str] | None:
    """(last line, lead) of what line n leads: a numbered heading's section, up to the next numbered heading; a
    bullet led by a few words and a colon ("* Efficiency (QIPP): ..."), up to a blank line or the next bullet."""
    text = lines[n - 1]
    end = n
    if is_numbered_heading(text):
        while end < last and not is_numbered_heading(lines[end]):
            end += 1
        return end, text
    m = _BULLET_LEAD_RE.match(text)
    if m is None:
        return None
    while end < last and lines[end].strip() and not _BULLET_RE.match(lines[end]):
        end += 1
    return end, m.group("lead")


def _commissioner(lines: tuple[str, ...]) -> str | None:
    """The ICB (or CCG) a pack names most: whose delegated budget a report in it shows when it names no body."""
    votes: Counter[str] = Counter(
        body.name
        for n in lines_holding(lines, COMMISSIONER_WORDS)
        for _s, _e, body in areas.nhs_bodies_in(lines[n - 1])
        if body.kind in COMMISSIONER_KINDS and "," not in body.name
    )
    return votes.most_common(1)[0][0] if votes else None


def _names_a_place(title: str, home: str | None) -> bool:
    """A title about a place ("Primary care in Kelby: budgets"): its report is the place's, not a body's."""
    bodies = [(a, b) for a, b, _body in areas.nhs_bodies_in(title)]
    outside = "".join(c if not any(a <= i < b for a, b in bodies) else " " for i, c in enumerate(title))
    if any(area.kind not in areas.NHS_KINDS for _at, area in areas.find_areas(outside)):
        return True
    return bool(home) and re.search(rf"(?<![\w-]){re.escape(home or '')}(?![\w-])", outside) is not None


def _place_shares(lines: tuple[str, ...], first: int, last: int, home: str | None) -> list[tuple[int, int, str]]:
    """Spans of a body's report that say they are a place's share: the whole report when its opening section
    says so, else the numbered section that does."""
    headings = [n for n in range(first, last + 1) if is_numbered_heading(lines[n - 1])]
    out = []
    for n in range(first, last + 1):
        place = _place_share(lines[n - 1], home)
        if place is None:
            continue
        if len(headings) < 2 or n < headings[1]:
            return [(first, last, place)]
        start = max(h for h in headings if h <= n)
        end = min((h - 1 for h in headings if h > n), default=last)
        out.append((start, end, place))
    return out


def _place_share(text: str, home: str | None) -> str | None:
    """The place a line names as a place ("the Kelby place"), if it is one the pack knows."""
    for m in _PLACE_SHARE_RE.finditer(text):
        words = m.group("name").split()
        for k in range(len(words)):  # "Table 1: Kelby" -> "Kelby": the longest known tail
            name = " ".join(words[k:])
            if name.casefold() not in ("and", "&") and places.known_place(name, home):
                return areas.canonical(name)[0] or name
    return None
