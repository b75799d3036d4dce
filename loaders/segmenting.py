"""Split a pack into its parts: meetings, minutes items, reports and page furniture.

A pack usually opens with the minutes of the previous meeting and then carries
the reports for the meeting it is for; every number inherits the meeting date,
committee and report title of the part it sits in.  Page numbers and "Agenda
Item" footers are found here once, so no later step mistakes them for data.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from loaders.prefilter import digit_lines, lines_holding
from loaders.reading import Pack, line_steps, step_back, step_forward

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
_DATE_RE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b", re.IGNORECASE)
# "HEALTH AND WELLBEING BOARD: 5 JUNE 2019" or "HEALTH AND WELLBEING BOARD - 23 NOVEMBER 2023" (a date must follow)
_COMMITTEE_HEADER_RE = re.compile(
    r"^\s*([A-Z][A-Z &,'-]{3,}?(?:BOARD|COMMITTEE|CABINET|PANEL|COUNCIL))\s*(?::|\s[-–—]\s)\s*(.*)$"
)
_MEETING_FIELD_RE = re.compile(r"^\s*:?Meeting:\s*(.+)$", re.IGNORECASE)
# A cover's heading naming the committee and its meeting on one line, as a council's web page prints it:
# "Health and Adult Social Care Scrutiny Committee - Wednesday 19 November 2025 10.00 am"
_COVER_HEADING_RE = re.compile(
    r"^\s*(?P<committee>[A-Z][A-Za-z &,'-]{3,100}?\b(?:Board|Committee|Cabinet|Panel))\s*(?:[-–—,:])\s*"
    r"(?P<date>(?:[A-Za-z]+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9},?\s+\d{4}).*$"
)
_TIME = r"\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?"  # "10.30 am", "2pm", "14:00"
# A cover's line that is its meeting's date: "WEDNESDAY 25 JUNE 2025 AT 10.30 AM", "Thursday, 16 January 2025",
# "Thursday 3 July 2025, 10.00 am - 1.00 pm"
_COVER_DATE_RE = re.compile(
    r"^\s*(?:[A-Za-z]+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}"
    r"(?:\s*(?:,|at|from|[-–—])\s*" + _TIME + r"(?:\s*(?:[-–—]|to|until)\s*" + _TIME + r")?)?\s*$",
    re.IGNORECASE,
)
# "Wednesday 2 December 2026, 6.30 pm, Council Chamber, Town Hall,": the date with its weekday, the time and venue
_COVER_DATE_VENUE_RE = re.compile(
    r"^\s*[A-Za-z]+day,?\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}"
    r"(?:\s*(?:,|at)\s*" + _TIME + r")?\s*,\s*[A-Z][\w '&.,-]*$"
)
COVER_LINES = 40  # how far down a pack its cover runs
_DATE_FIELD_RE = re.compile(r"^\s*:?Date(?:/Time)?:\s*(.+)$", re.IGNORECASE)  # ":Date:" is a reStructuredText field
# A line that is a date and nothing else ("11 February 2025", "Tuesday, 10th December, 2024"): a report header's
# date.  A cover adds the time ("... 2025 at 10.00 am"), so a cover is not taken for a report's header.
_DATE_ONLY_RE = re.compile(
    r"^\s*(?:[A-Za-z]+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}\s*$", re.IGNORECASE
)
_COMMITTEE_WORDS = ("board", "committee", "cabinet", "panel")  # the last word of a committee's name
_MINUTES_RE = re.compile(  # the committee may be left out ("Minutes of the meeting held on ..."): the pack's own
    r"Minutes of (?:a|the) meeting (?:of (?:the )?(?P<committee>.+?) )?held .*?"
    r"(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9},?\s+\d{4})",
    re.IGNORECASE | re.DOTALL,
)
_ITEM_RE = re.compile(r"^\s*(\d{1,3})\.\s+([A-Z][^.]{2,90})\.?\s*$")
_AGENDA_ITEM_RE = re.compile(r"^\s*(?:\d{1,3}\s+)?Agenda Item\s+\d+\s*$", re.IGNORECASE)
# A paper's reference on a line of its own above its title, as NHS boards number their papers ("ICB/25/043",
# "Paper HWB/24/12", "Enclosure C", "Paper 7"): it marks a report's start as "Agenda Item N" does.
_PAPER_REF_RE = re.compile(
    r"^\s*(?:(?:Paper|Enclosure|Item|Ref)[:.]?\s+)?[A-Z]{2,8}\s?/\s?\d{2,4}\s?/\s?\d{1,4}[a-z]?\s*$"
    r"|^\s*(?:Paper|Enclosure)\s+[A-Z]?\d{0,3}[A-Z]?\s*$"
)
_BARE_NUMBER_RE = re.compile(r"^\s*(\d{1,3})\s*$")
_PAGE_RANGE_RE = re.compile(r"^\s*\d{1,3}\s*[-\u2013]\s*\d{1,3}\s*$")  # an agenda entry's pages: "3 - 8"
# a slide deck's footer "Slide 7" is a page number too
_FURNITURE_RE = re.compile(
    r"^\s*(?:This page is intentionally left blank|(?:Page|Slide) \d+(?: of \d+)?)\s*$", re.IGNORECASE
)
_REPORT_OF_RE = re.compile(r"^\s*(?:JOINT\s+)?REPORT OF\b")
# a committee named on a line of its own, as covers print it
_COMMITTEE_NAME_RE = re.compile(r"^[A-Z][A-Za-z &,'-]{3,80}\b(?:BOARD|COMMITTEE|CABINET|PANEL)$", re.IGNORECASE)
# "9.  Within the ..." or "3.2 Falls ...": a numbered paragraph
_PARAGRAPH_RE = re.compile(r"^\d{1,3}(?:\.\d{1,3})*\.?\s")
# ", 16 January 2025" or " - Thursday 16 January 2025" ending a committee's name
_DATED_TAIL_RE = re.compile(
    r"\s*(?:,|\s[-–—])\s*(?:[A-Za-z]+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9},?\s+\d{4}.*$"
)


def parse_date(text: str) -> date | None:
    """The first date written like "5 June 2019", "11TH SEPTEMBER 2019" or "8th July, 2021"."""
    for m in _DATE_RE.finditer(text):
        month = MONTHS.get(m.group(2).casefold())
        if month:
            try:
                return date(int(m.group(3)), month, int(m.group(1)))
            except ValueError:
                continue
    return None


ACRONYMS = ("NHS", "ICB", "CCG", "ICS", "ICP", "HWB", "HOSC", "JHOSC")  # kept in capitals in a committee's name


def _title_case_committee(name: str) -> str:
    words = re.sub(r"\s+", " ", name.strip()).title().replace(" And ", " and ").replace(" Of ", " of ")
    words = re.sub(r"\b\w+\b", lambda m: m.group() if m.group().upper() not in ACRONYMS else m.group().upper(), words)
    return words.replace("&", "and")


@dataclass(frozen=True)
class Section:
    """A run of lines with one provenance: minutes of a meeting, or one report."""

    kind: str  # "front", "minutes" or "report"
    start: int  # first line (1-based)
    title: str
    meeting_date: date | None
    committee: str | None


@dataclass(frozen=True)
class Segments:
    """Where each line of a pack belongs and which lines are page furniture."""

    committee: str | None
    pack_date: date | None
    sections: tuple[Section, ...]
    furniture: frozenset[int]
    items: tuple[tuple[int, str], ...]  # (line, "15. Minutes of the previous meeting")

    @cached_property
    def _section_starts(self) -> list[int]:
        return [s.start for s in self.sections]

    def section_at(self, line: int) -> Section:
        i = bisect_right(self._section_starts, line) - 1
        return self.sections[max(i, 0)]

    def part_start(self, line: int) -> int:
        """The first line of the report, minutes item or other section a line is in: what is printed above it
        is another part's."""
        section = self.section_at(line)
        if section.kind != "minutes":
            return section.start
        lines = [x for x, _ in self.items]
        i = bisect_right(lines, line) - 1
        return lines[i] if i >= 0 and lines[i] >= section.start else section.start

    def item_at(self, line: int) -> str | None:
        """The minutes item a line falls under, if it is in minutes."""
        if self.section_at(line).kind != "minutes":
            return None
        lines = [x for x, _ in self.items]
        i = bisect_right(lines, line) - 1
        if i < 0 or lines[i] < self.section_at(line).start:
            return None
        return self.items[i][1]


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) / len(letters) > 0.85


_CONNECTOR_RE = re.compile(r"(?:\b(?:AND|OF|THE|FOR|&)|,)\s*$")


def _report_title(lines: tuple[str, ...], after: int) -> str:
    """Title in capitals after a page header, skipping the 'REPORT OF ...' author block.

    The author block runs to the first blank line when the block has one;
    in packs with no blank lines it runs while a line ends in a connector
    ("... AND", "... OF", a comma).
    """
    block: list[str | None] = []  # caps lines, None for a blank
    # 16 lines from `after` (0-based), a run of blank lines counting as one (see reading.line_steps).
    for i in range(after, step_forward(lines, after + 1, 15)):
        text = lines[i].strip()
        if not text:
            if block and block[-1] is not None:
                block.append(None)
            continue
        if not block and parse_date(text):
            continue
        if not _is_caps(text):
            break
        block.append(text)
    while block and block[-1] is None:
        block.pop()
    cut = next((k for k, x in enumerate(block) if k and x and _REPORT_OF_RE.match(x)), None)
    if cut is not None:  # the title, then its author block: the title alone
        block = block[:cut]
    if block and block[0] and _REPORT_OF_RE.match(block[0]):
        if None in block:
            block = block[block.index(None) + 1 :]
        else:
            k = 0
            while k + 1 < len(block) and _CONNECTOR_RE.search(block[k] or ""):
                k += 1
            block = block[k + 1 :]
    return " ".join(x for x in block if x).strip()


def _agenda_item_title(lines: tuple[str, ...], line: int) -> str | None:
    """The title under an "Agenda Item N" marker: the first heading-like line that is not the council's name,
    the committee, a date, a field ("Report of: ...", "Meeting: ...") or a page number.  None when prose or a
    table row comes first: the marker tops a later page of the same report, or the minutes."""
    for i in range(line, step_forward(lines, line + 1, 10)):
        text = lines[i].strip()
        key = text.split(":", 1)[0] if ":" in text else ""
        if (
            not text
            or _BARE_NUMBER_RE.match(text)
            or (key and _is_field(key, text))
            or _COMMITTEE_HEADER_RE.match(text)
            or _COMMITTEE_NAME_RE.match(text)
            or _REPORT_OF_RE.match(text)
            or text.upper().endswith("COUNCIL")
            or (parse_date(text) is not None and len(text.split()) <= 4)
        ):
            continue
        if text.casefold().startswith("minutes"):  # the minutes: their own section starts there
            return None
        heading = len(text) <= 150 and "   " not in text and not _PARAGRAPH_RE.match(text)
        return text if heading and sum(c.isalpha() for c in text) >= 3 else None
    return None


# The names of a report header's fields, which a header in capitals prints in capitals too ("CONTACT: ...").
_FIELD_KEY_RE = re.compile(
    r"^(?:(?:joint\s+)?report(?:ing)?\s+(?:of|by|from|author)|authors?|contacts?(?:\s+(?:officers?|details))?|"
    r"(?:lead\s+)?(?:officers?|members?)|date|time|meeting|venue|wards?(?:\s+affected)?|purpose|subject|title|"
    r"status|classification|key\s+decision|from|to|portfolio(?:\s+holder)?|presented\s+by|sponsor|"
    r"(?:executive\s+)?lead|directors?|email|tel(?:ephone)?|phone)\s*$",
    re.IGNORECASE,
)


def _is_field(key: str, line: str) -> bool:
    """Whether "key: value" is a report header's field, not a title with a subtitle: a short key, and in a line of
    capitals only a field's name ("EASTWELL ICB: FINANCE PLAN" is a title, "CONTACT: A SMITH" a field)."""
    return len(key.split()) <= 3 and (not _is_caps(line) or _FIELD_KEY_RE.match(key.strip()) is not None)


_NUMBER_ALONE_RE = re.compile(r"^\s*(\d{1,3})\.\s*$")  # "38." on its own line, the item's title under it


def _item_title(lines: tuple[str, ...], n: int) -> str | None:
    """ "15. Minutes of the previous meeting" for a minutes item numbered on line n: its number and title on one
    line, or the number alone on its line (as modern.gov prints minutes) and the title in capitals under it."""
    if m := _ITEM_RE.match(lines[n - 1]):
        return f"{m.group(1)}. {m.group(2).strip()}"
    if m := _NUMBER_ALONE_RE.match(lines[n - 1]):
        title = next((x.strip() for x in lines[n : n + 2] if x.strip()), "")
        if _is_caps(title) and len(title) <= 90 and not title.endswith("."):
            return f"{m.group(1)}. {title}"
    return None


def _cover_committee(lines: tuple[str, ...]) -> str | None:
    """The committee a pack's cover names on a line of its own ("HEALTH OVERVIEW AND SCRUTINY COMMITTEE")."""
    for text in lines[:COVER_LINES]:
        if _COMMITTEE_NAME_RE.match(text.strip()) and not text.strip().casefold().startswith("minutes"):
            return _title_case_committee(text)
    return None


def _cover_date(lines: tuple[str, ...]) -> date | None:
    """The meeting's date as a cover prints it on a line of its own, with its weekday and time if any, or with
    its weekday, time and venue."""
    for text in lines[:COVER_LINES]:
        if _COVER_DATE_RE.match(text) or _COVER_DATE_VENUE_RE.match(text):
            return parse_date(text)
    return None


_UNDERLINE_RE = re.compile(r"^={3,}\s*$")


def _underlined_titles(lines: tuple[str, ...]) -> list[tuple[int, str]]:
    """(line, title) of each section title a reStructuredText export underlines with "=" as long as the title
    (blank lines around it; a title also overlined is the document's own, the committee's name)."""
    found = []
    for i in range(1, len(lines) - 1):
        rule, title = lines[i].rstrip(), lines[i - 1].strip()
        if not _UNDERLINE_RE.match(rule) or not title or len(rule) != len(lines[i - 1].rstrip()):
            continue
        above = lines[i - 2].strip() if i >= 2 else ""
        if above or lines[i + 1].strip() or title.startswith(("=", "-")):
            continue  # overlined (the document's title), or text runs on: a table's rule
        found.append((i, title))
    return found


def _cover_heading(lines: tuple[str, ...]) -> tuple[str, date] | None:
    """The committee and meeting date a cover's heading names on one line (mixed case, as a web page prints it)."""
    for text in lines[:COVER_LINES]:
        if (m := _COVER_HEADING_RE.match(text)) and (d := parse_date(m.group("date"))) is not None:
            return _title_case_committee(m.group("committee")), d
    return None


def _header_date(lines: tuple[str, ...], i: int, rest: str) -> date | None:
    """The date of a committee page header, on its line or within the next few lines."""
    found = parse_date(rest)
    for j in range(i + 1, step_forward(lines, i + 2, 2)):
        if found is not None:
            break
        found = parse_date(lines[j])
    return found


def _stacked_headers(lines: tuple[str, ...], pack_date: date | None) -> list[tuple[int, str, str]]:
    """Report headers printed one field a line, as modern.gov renders a report: the committee on a line of its own,
    the meeting's date on the next, then the report's title (the council's name may come first, blank lines
    between): [(the committee's line, committee, title)].

    Only a header dated the pack's own meeting counts: the minutes of the last meeting print the same
    committee-and-date pair, and the cover prints its date with the time.
    """
    if pack_date is None:
        return []
    found = []
    for i, text in enumerate(lines):
        words = text.split()
        if not words or words[-1].casefold() not in _COMMITTEE_WORDS or not _COMMITTEE_NAME_RE.match(text.strip()):
            continue
        j = next((k for k in range(i + 1, min(i + 5, len(lines))) if lines[k].strip()), len(lines))
        if j >= len(lines) or not _DATE_ONLY_RE.match(lines[j]) or parse_date(lines[j]) != pack_date:
            continue
        if title := _agenda_item_title(lines, j + 1):
            found.append((i + 1, _title_case_committee(text), title))
    return found


_PAGE_MARKER_RE = re.compile(r"^\s*\{\d{1,4}\}-{5,}\s*$")  # a PDF-to-Markdown converter's page break: "{9}-----"


def _page_markers(lines: tuple[str, ...]) -> set[int]:
    """A converter's page-break lines ("{9}------"), which mark where one page ends and the next begins."""
    return {n for n in lines_holding(lines, ("}-----",)) if _PAGE_MARKER_RE.match(lines[n - 1])}


RUNNING_REPEATS = 3  # times a line is printed, each beside a page break, to be a running header or footer
RUNNING_REACH = 5  # steps (`line_steps`) from a page number or page break a running header or footer sits within


def _running_lines(lines: tuple[str, ...], breaks: set[int]) -> set[int]:
    """Running headers and footers: the same line printed on RUNNING_REPEATS pages or more, each time the same
    number of steps (at most RUNNING_REACH) from a page break (`breaks`), a form feed or a bare number (a page
    number, whether or not the numbers run in order).  A chart's legend repeated beside its data labels keeps no
    such distance, and a table's header printed again after a page break is a row of cells, not a line of words."""
    bare = {n for n in digit_lines(lines) if _BARE_NUMBER_RE.match(lines[n - 1])}
    hints = sorted(breaks | bare | lines_holding(lines, ("\f",)))
    steps = line_steps(lines)  # distances in steps: the same however many blank lines a converter prints
    seen: dict[tuple[str, int], list[int]] = {}
    for hint in hints:
        for n in range(step_back(lines, hint, RUNNING_REACH), step_forward(lines, hint, RUNNING_REACH) + 1):
            text = lines[n - 1].strip()
            if n == hint or len(text) < 12 or text.startswith(("|", "+")) or "  " in text:
                continue
            seen.setdefault((text, steps[n] - steps[hint]), []).append(n)
    return {n for found in seen.values() if len(set(found)) >= RUNNING_REPEATS for n in found}


def _page_numbers(lines: tuple[str, ...]) -> set[int]:
    """Bare numbers that run upward through the pack: its page numbers.

    A bare number inside a table (a real value of "1") rarely fits the rising
    sequence of page numbers around it, so it is kept as data.
    """
    cands = [(n, int(m.group(1))) for n in digit_lines(lines) if (m := _BARE_NUMBER_RE.match(lines[n - 1]))]
    if not cands:
        return set()
    # Longest chain of rising numbers with plausible page steps (dynamic programming).
    best = [1] * len(cands)
    prev = [-1] * len(cands)
    for j in range(len(cands)):
        for i in range(max(0, j - 60), j):
            step = cands[j][1] - cands[i][1]
            line_gap = cands[j][0] - cands[i][0]
            if 0 < step <= 12 and line_gap >= 8 * step and best[i] + 1 > best[j]:
                best[j], prev[j] = best[i] + 1, i
    chain: set[int] = set()
    # Take chains of length >= 3 greedily from the longest down.
    used: set[int] = set()
    for j in sorted(range(len(cands)), key=lambda k: -best[k]):
        if best[j] < 3 or j in used:
            continue
        k, members = j, []
        while k != -1 and k not in used:
            members.append(k)
            k = prev[k]
        if len(members) >= 3:
            used.update(members)
            chain.update(cands[m][0] for m in members)
    return chain


def segment(pack: Pack) -> Segments:
    """Meetings, reports, minutes items and page furniture of one pack."""
    lines = pack.lines
    headers: list[tuple[int, str, date | None]] = []
    furniture: set[int] = set()
    committee_votes: Counter[str] = Counter()
    date_votes: Counter[date] = Counter()
    field_committee: str | None = None
    numbered = set(digit_lines(lines))
    paged = lines_holding(lines, ("page", "slide"))  # every kind of furniture line says one of them
    for i, text in enumerate(lines):
        if ":" in text or " - " in text or "–" in text:  # a header and both fields print one; most lines do not
            m = _COMMITTEE_HEADER_RE.match(text)
            if m and (d := _header_date(lines, i, m.group(2))) is not None:
                name = _title_case_committee(m.group(1))
                headers.append((i + 1, name, d))
                committee_votes[name] += 1
                date_votes[d] += 1
                continue
            if (fm := _MEETING_FIELD_RE.match(text)) and field_committee is None:
                # "Meeting: Health and Wellbeing Board, 16 January 2025": the date is a vote, not part of the name
                field_committee = _title_case_committee(_DATED_TAIL_RE.sub("", fm.group(1)))
                if d := parse_date(fm.group(1)):
                    date_votes[d] += 1
            if (dm := _DATE_FIELD_RE.match(text)) and (d := parse_date(dm.group(1))):
                date_votes[d] += 3
        if (i + 1 in numbered and _AGENDA_ITEM_RE.match(text)) or (i + 1 in paged and _FURNITURE_RE.match(text)):
            furniture.add(i + 1)
    furniture |= _page_numbers(lines)
    furniture |= _page_markers(lines)
    furniture |= _running_lines(lines, furniture)
    if (cover := _cover_date(lines)) is not None:
        date_votes[cover] += 2  # the cover names one meeting; page headers each vote for theirs
    heading = _cover_heading(lines)
    if heading is not None:
        date_votes[heading[1]] += 2
    voted = committee_votes.most_common(1)[0][0] if committee_votes else None
    committee = field_committee or voted or (heading[0] if heading else None) or _cover_committee(lines)
    pack_date = date_votes.most_common(1)[0][0] if date_votes else None

    starts: list[Section] = []
    for i in sorted(n - 1 for n in lines_holding(lines, ("minutes of",))):
        window = " ".join(lines[i : i + 4])
        m = _MINUTES_RE.search(window)
        # without its committee the phrase must open the line ("3. Minutes of the meeting held on" is in an agenda)
        opens = m is not None and (m.group("committee") is not None or not lines[i][: m.start()].strip())
        listed = _PAGE_RANGE_RE.match(next((x for x in lines[i + 1 : i + 3] if x.strip()), ""))
        if m and opens and m.start() < len(lines[i]) and not listed:  # (an agenda's entry, its pages under it)
            d = parse_date(m.group("date"))
            named = m.group("committee")
            of = _title_case_committee(named) if named else committee
            title = (f"Minutes of {of}, {d:%-d %B %Y}" if of else f"Minutes, {d:%-d %B %Y}") if d else "Minutes"
            starts.append(Section("minutes", i + 1, title, d, of))
    # A pack naming its committee nowhere else is the committee's whose minutes it carries ("Minutes of the meeting
    # of the Board of NHS X Integrated Care Board held on ...").
    committee = committee or next((s.committee for s in starts if s.committee), None)
    starts.insert(0, Section("front", 1, "Agenda", pack_date, committee))  # before minutes starting on line 1
    for line, name, _d in headers:
        # A report starts at a committee page header; later headers repeating the
        # same title are page tops within that report.
        title = _report_title(lines, line) or "Report"
        starts.append(Section("report", line, title, pack_date, name))
    for line, name, title in _stacked_headers(lines, pack_date):
        starts.append(Section("report", line, title, pack_date, name))
    if not headers:  # a reStructuredText export's reports are its sections, each title underlined with "="
        for line, title in _underlined_titles(lines):
            starts.append(Section("report", line, title, pack_date, committee))
    if not headers:  # no committee page headers: a report starts at its "Agenda Item N" marker or paper reference
        markers = {n for n in furniture if _AGENDA_ITEM_RE.match(lines[n - 1])}
        markers |= {n for n in numbered | lines_holding(lines, ("enclosure",)) if _PAPER_REF_RE.match(lines[n - 1])}
        for line in sorted(markers):
            if item_title := _agenda_item_title(lines, line):
                starts.append(Section("report", line, item_title, pack_date, committee))
    starts.sort(key=lambda s: s.start)
    merged: list[Section] = []
    for s in starts:
        if merged and s.kind == "report" and merged[-1].kind == "report" and s.title == merged[-1].title:
            continue
        merged.append(s)
    items = tuple(  # an item's number is a digit: only those lines are tried
        (n, item) for n in digit_lines(lines) if (item := _item_title(lines, n))
    )
    return Segments(committee, pack_date, tuple(merged), frozenset(furniture), items)
