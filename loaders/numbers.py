"""Find and parse the numbers printed in report text.

One scanner serves both table cells and prose, so a figure is read the same way
wherever it sits.  Each token keeps the text exactly as printed (`text`), the
value it stands for, its unit and a warning when the print is suspect (a comma
where a decimal point was meant, a doubled percent sign).  The parser never
"corrects" a value on its own: a dataset spec that can prove the intended value
(for example from the pack's own arithmetic) does that, and says so.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

GBP = "GBP"
GBP_K = "GBP thousands"
GBP_M = "GBP millions"
GBP_BN = "GBP billions"
PERCENT = "%"
COUNT = "count"

_MONEY_SCALE = {"k": GBP_K, "m": GBP_M, "bn": GBP_BN, "million": GBP_M, "billion": GBP_BN}

# One pattern for every printed number.  Groups:
#   open  - "(" of an accounting negative or a bracketed share
#   sign  - a leading minus
#   cur   - a currency sign
#   body  - digits, thousands separators ("," or ", "), decimals
#   suffix- %, %%, k, m, bn, million, prp, pwp, wte
_NUMBER_PATTERN = r"""
    (?P<open>\()?
    (?P<sign>(?<![\w.,%)])[-\u2212\u2013](?=\s?£?\d))?
    (?P<cur>£\s?)?
    (?P<body>
        SPACED
        \d{1,3}(?:,\s?\d{3})+(?:\.\d+)?(?!\d)  # 1,234 / 58, 820 / 1,702.7
      | \d+(?:\.\d+)?                          # 1234 / 12.5
      | \.\d+                                  # .5
    )
    (?P<suffix>%%?|\s?(?:bn|billion|million)\b|(?:k|m)\b|(?:prp|pwp|wte)\b)?
    (?P<close>\))?
    """
_NUMBER_RE = re.compile(_NUMBER_PATTERN.replace("SPACED", ""), re.VERBOSE | re.IGNORECASE)
# With space_thousands, "69 519" (not inside a word) is one body, so its sign, "£" and brackets still apply.
_SPACED_NUMBER_RE = re.compile(
    _NUMBER_PATTERN.replace("SPACED", r"(?<![A-Za-z_/.\d,])\d{1,3}(?:[ ]\d{3})+(?![\d.,]) |"),
    re.VERBOSE | re.IGNORECASE,
)


@dataclass(frozen=True)
class NumberToken:
    """A number as printed on one line, with what it means."""

    start: int
    end: int
    text: str
    value: float
    unit: str | None
    bracketed: bool = False
    warning: str | None = None
    interval: tuple[NumberToken, NumberToken] | None = None
    """The confidence interval printed with the value ("78.1 (77.5–78.7)"): its lower and upper limits."""

    @property
    def is_share(self) -> bool:
        """A bracketed percentage such as the "(12%)" in "5,700 (12%)"."""
        return self.bracketed and self.unit == PERCENT


def _unit_for(cur: str | None, suffix: str | None) -> str | None:
    suf = (suffix or "").strip().casefold()
    if suf.startswith("%"):
        return PERCENT
    if suf in ("prp", "pwp"):
        return "GBP per patient"
    if suf == "wte":
        return "WTE"
    if cur:
        return _MONEY_SCALE.get(suf, GBP)
    if suf in ("bn", "billion", "million"):
        return {"bn": "billions", "billion": "billions", "million": "millions"}[suf]
    return None


def _body_value(body: str) -> tuple[float, str | None]:
    """Digits of a number body to a float; warns on a comma before a space."""
    warning = None
    if ", " in body:
        warning = "space after a thousands comma"
    return float(body.replace(",", "").replace(" ", "")), warning


def _typo_comma_decimal(match: re.Match[str]) -> str | None:
    """'£37,782m' may be £37,782m or a misprinted £37.782m: only the pack's arithmetic can tell."""
    body, suffix, cur = match.group("body"), (match.group("suffix") or "").strip().casefold(), match.group("cur")
    if cur and suffix in ("m", "bn", "million", "billion") and re.fullmatch(r"\d{1,3},\d{3}", body):
        return (
            f"'{match.group(0).strip()}' prints a thousands comma in a £m figure: read as printed unless the pack's"
            " own arithmetic shows a decimal point was meant"
        )
    return None


_CIRCA_RE = re.compile(r"(?<![\w.])c\.$")


def _inside_word(line: str, start: int) -> bool:
    """ "PM2.5", "COVID-19", "A&E4" and paths are words, not figures."""
    before = line[start - 1] if start > 0 else " "
    if before == "." and _CIRCA_RE.search(line, 0, start):
        return False  # "c.40": about 40
    if before.isalpha() or before in "_/.":
        return True
    return before == "-" and start > 1 and line[start - 2].isalpha()


def scan(line: str, *, accounting: bool = False, space_thousands: bool = False) -> list[NumberToken]:
    """Every number token on a line, left to right.

    `accounting` reads "(1,234)" as a negative; otherwise a bracketed number is a
    share or an aside and keeps its sign.  `space_thousands` reads "69 519" as one
    number, which only a table whose columns say so should ask for.
    """
    if not _DIGIT_RE.search(line):  # most lines of prose: nothing to find, skip the big pattern
        return []
    return list(_scan_cached(line, accounting, space_thousands))


_DIGIT_RE = re.compile(r"\d")


@lru_cache(maxsize=1 << 15)
def _scan_cached(line: str, accounting: bool, space_thousands: bool) -> tuple[NumberToken, ...]:
    """`scan`, memoised: every spec scans the same lines of a pack (tokens are immutable)."""
    clocks = _clock_times(line)
    tokens: list[NumberToken] = _durations(line, clocks) if ":" in line else []
    taken = [(t.start, t.end) for t in tokens] + clocks
    rx = _SPACED_NUMBER_RE if space_thousands else _NUMBER_RE
    for m in _matches(rx, line):
        if line[m.start()] == "." and _CIRCA_RE.search(line, 0, m.start() + 1):
            m = rx.match(line, m.start() + 1) or m  # "c.40": the number is 40, not .40
        if _inside_word(line, m.start()) and not m.group("cur") and not m.group("open"):
            continue
        if taken and any(a <= m.start() < b for a, b in taken):
            continue
        token = _token_from_match(m, accounting)
        if math.isfinite(token.value):  # 400 digits in a row are not a figure (and not a float)
            tokens.append(token)
    tokens.sort(key=lambda t: t.start)
    return tuple(_share_range_units(line, tokens))


MINUTES = "minutes"
# "41:12" (minutes and seconds) or "1:02:30" (hours, minutes, seconds): a duration such as an ambulance
# response time, read as minutes.  Not a clock time ("2:00 pm"), a ratio ("1:4" has one digit after) or
# a reference ("12:34:56:78").
_DURATION_RE = re.compile(r"(?<![\d:.,£/])(\d{1,3}):([0-5]\d)(?::([0-5]\d))?(?![\d:]|\s?(?:am|pm|a\.m|p\.m)\b)", re.I)
# A time of day is no figure: "2:00 pm", "10.30am", or either end of a range of them ("Mon – Fri 09:00 – 21:00", opening
# hours).  A range of durations runs past 24 hours' worth of minutes only rarely; a range of clock times never.
_CLOCK = r"(?:[01]?\d|2[0-4]):[0-5]\d"
_CLOCK_TIME_RE = re.compile(
    r"(?<![\d:.,£/])(?:[01]?\d|2[0-4])(?:[:.][0-5]\d)?\s?(?:am|pm|a\.m\.?|p\.m\.?)(?!\w)"
    rf"|(?<![\d:.,£/]){_CLOCK}\s*(?:-|\u2013|to)\s*{_CLOCK}(?![\d:])",
    re.I,
)


# what every time of day holds (a colon, or a digit before "am"/"pm"): a quick test before the pattern above, which
# tries every position of the line
_CLOCK_HINT_RE = re.compile(r"\d\s?[ap]\.?m(?!\w)|:", re.I)


def _clock_times(line: str) -> list[tuple[int, int]]:
    """Spans of times of day on a line: they give no number at all (not "2" and "00")."""
    if not _CLOCK_HINT_RE.search(line):
        return []
    return [m.span() for m in _CLOCK_TIME_RE.finditer(line)]


def _durations(line: str, clocks: list[tuple[int, int]]) -> list[NumberToken]:
    out = []
    for m in _DURATION_RE.finditer(line):
        if any(a <= m.start() < b for a, b in clocks):
            continue
        first, second, third = int(m.group(1)), int(m.group(2)), m.group(3)
        minutes = first * 60 + second + int(third) / 60 if third is not None else first + second / 60
        out.append(NumberToken(m.start(), m.end(), m.group(0), minutes, MINUTES))
    return out


# Where a number can start: "(", a minus or dash, "£", a digit or the "." of ".5" (every branch of the number
# patterns begins with one of them).
_NUMBER_START_RE = re.compile(r"[(\-\u2212\u2013£.\d]")


def _matches(rx: re.Pattern[str], line: str) -> Iterator[re.Match[str]]:
    """`rx.finditer(line)` for a number pattern, tried only where a number can start.

    The number patterns open with optional groups, so Python's re would try all of them at every
    character; finding the next possible start first is several times faster, and `match` at a position
    finds what `finditer` finds there (lookbehinds still see the text before it).
    """
    pos = 0
    while (start := _NUMBER_START_RE.search(line, pos)) is not None:
        m = rx.match(line, start.start())
        if m is None:
            pos = start.start() + 1
            continue
        yield m
        pos = m.end()  # never empty: every match holds a digit


_RANGE_JOIN_RE = re.compile(r"^\s*(?:-|\u2013|to)\s*$")


def _share_range_units(line: str, tokens: list[NumberToken]) -> list[NumberToken]:
    """In a range such as "10-15%" or "£2 to £3m" the first end takes the second's unit (or scale)."""
    out = list(tokens)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        takes = a.unit is None or (a.unit == GBP and b.unit in _MONEY_SCALE.values())
        if takes and b.unit and _RANGE_JOIN_RE.match(line[a.end : b.start]):
            out[i] = replace(a, unit=b.unit)
    return out


def _token_from_match(m: re.Match[str], accounting: bool) -> NumberToken:
    opened, sign, cur, body, suffix, closed = m.group("open", "sign", "cur", "body", "suffix", "close")
    value, warning = _body_value(body)
    unit = _unit_for(cur, suffix) if cur or suffix else None
    bracketed = bool(opened and closed)
    start, end = m.start(), m.end()
    if opened and not closed:
        start += 1
    if closed and not opened:
        end -= 1
    if sign:
        value = -value
    if bracketed and accounting and unit != PERCENT:
        value = -value
    if suffix == "%%":
        warning = "doubled percent sign"
    typo = _typo_comma_decimal(m) if cur and suffix else None  # it needs both
    warning = typo or warning
    text = m.string[start:end].strip()
    return NumberToken(start, end, text, value, unit, bracketed, warning)


def parse_value(text: str, *, accounting: bool = False) -> NumberToken | None:
    """The single number a cell holds, or None for "n/a", "-", "*" and blanks."""
    cleaned = text.strip()
    if is_missing(cleaned):
        return None
    tokens = scan(cleaned, accounting=accounting)
    return tokens[0] if tokens else None


MISSING_MARKERS = frozenset({"", "-", "\u2013", "\u2014", "*", "n/a", "na", "n.a.", "..", ":", "x", "tbc"})


def is_missing(text: str) -> bool:
    """Cells that print a gap, not a number ("n/a", "-", "*" suppressed)."""
    return text.strip().casefold() in MISSING_MARKERS


def with_unit(token: NumberToken, unit: str | None) -> NumberToken:
    """The token with a unit supplied by its column, unless it printed its own."""
    return token if token.unit else replace(token, unit=unit)
