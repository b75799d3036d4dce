"""One palette, one plotly template and the formatting helpers every page uses.

The RAG palette is a single enumeration so a colour is defined once for charts,
tables and tiles.  Colours follow Okabe-Ito, with a deeper red so Red, Red/Amber
and Amber stay apart; tests/dashboard/test_palette.py checks every pair stays
distinguishable under simulated protanopia, deuteranopia and tritanopia.  Every
rating also carries a word and a symbol, so colour is never the only cue.
Formatting is British English: "£49.0m", "12.3%", "5 June 2019".
"""

from __future__ import annotations

import math
import re
from enum import Enum

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"
INK = "#1a1a1a"
MUTED = "#595959"
BENCHMARK_INK = "#000000"
BAR = "#5a6f86"
OUTLINE = "#333333"  # edges of markers and tiles, waterfall connectors
CONNECTOR = "#999999"  # the line joining two dots of a dumbbell
FEMALES = "#CC79A7"  # a dot of women's life expectancy (Okabe-Ito reddish purple), a circle
MALES = "#0072B2"  # of men's (Okabe-Ito blue), a square: shape as well as colour tells them apart
HOME_AREA = "#0072B2"  # the home council where it is drawn against England (Okabe-Ito blue)
GAP = "#C25400"  # years lost to deprivation (dark orange, 4.5:1 on white)


class Rag(Enum):
    """A rating: fill colour, text colour with >= 4.5:1 contrast on it, word and symbol."""

    RED = ("#A50F15", "#ffffff", "Red", "✖")
    RED_AMBER = ("#D55E00", "#000000", "Red/Amber", "✖!")
    AMBER = ("#E69F00", "#000000", "Amber", "!")
    AMBER_GREEN = ("#F0E442", "#000000", "Amber/Green", "!✔")
    GREEN = ("#009E73", "#000000", "Green", "✔")
    GREEN_BLUE = ("#56B4E9", "#000000", "Green/Blue", "✔★")
    BLUE = ("#0072B2", "#ffffff", "Blue", "★")
    NONE = ("#d9d9d9", "#000000", "Not rated", "–")

    @property
    def fill(self) -> str:
        return self.value[0]

    @property
    def text(self) -> str:
        return self.value[1]

    @property
    def word(self) -> str:
        return self.value[2]

    @property
    def icon(self) -> str:
        return self.value[3]

    @property
    def label(self) -> str:
        """Symbol and word together, as shown wherever the colour is shown."""
        return f"{self.icon} {self.word}"

    @classmethod
    def of(cls, rating: object) -> Rag:
        """The palette entry for a rating as the tidy frame spells it (None -> NONE)."""
        if not isinstance(rating, str):
            return cls.NONE
        for member in cls:
            if member.word.lower() == rating.strip().lower():
                return member
        return cls.NONE


# Okabe-Ito hues for series that are not ratings, each with >= 4.5:1 contrast for black text printed on it.
SERIES_COLOURS = ["#56B4E9", "#E69F00", "#009E73", "#CC79A7", "#F0E442", "#D55E00", "#999999"]


def _template(size: int) -> go.layout.Template:
    layout = go.Layout(
        font={"family": FONT, "size": size, "color": INK},
        title={"font": {"size": round(size * 1.25)}, "x": 0, "xanchor": "left"},
        paper_bgcolor="#ffffff",
        plot_bgcolor="#ffffff",
        colorway=SERIES_COLOURS,
        xaxis={"gridcolor": "#e5e5e5", "linecolor": INK, "ticks": "outside", "automargin": True},
        yaxis={"gridcolor": "#e5e5e5", "linecolor": INK, "ticks": "outside", "automargin": True},
        margin={"l": 10, "r": 10, "t": 50, "b": 10},
        hoverlabel={"font": {"family": FONT}},
        separators=".,",
        # A value that only fits inside its bar when shrunk is left out (it is in the table beside the chart).
        uniformtext={"minsize": round(size * 0.85), "mode": "hide"},
    )
    # Values printed inside bars are black: every series colour is light enough for it (>= 4.5:1).
    return go.layout.Template(layout=layout, data={"bar": [go.Bar(insidetextfont={"color": "#000000"})]})


TEMPLATE = _template(14)
PRESENT_TEMPLATE = _template(22)
pio.templates["healthdash"] = TEMPLATE
pio.templates["healthdash_present"] = PRESENT_TEMPLATE


def template(present: bool = False) -> go.layout.Template:
    """The plotly template: larger type in presentation mode."""
    return PRESENT_TEMPLATE if present else TEMPLATE


def wrap(text: str, width: int = 24) -> str:
    """A long label broken onto lines ("<br>") at spaces, so it fits under, beside or in a legend of a chart."""
    if len(text) <= width or "<br>" in text:
        return text
    lines: list[str] = []
    line = ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "<br>".join(lines)


def wrap_labels(figure: go.Figure, width: int = 24) -> go.Figure:
    """Every trace's name and text categories (x or y) wrapped, so no label runs off the chart."""
    for trace in figure.data:
        name = getattr(trace, "name", None)
        if isinstance(name, str):
            trace.name = wrap(name, width)
        for axis in ("x", "y"):
            values = getattr(trace, axis, None)
            if values is not None and len(values) and all(isinstance(v, str) for v in values):
                setattr(trace, axis, [wrap(v, width) for v in values])
    return figure


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """ "1 meeting", "16 meetings": a count with its noun in the number it needs (`plural` where not noun + "s")."""
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"


def fmt_date(value: object) -> str:
    """A date as "5 June 2019"; "date not stated" when missing."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return "date not stated"
    ts = pd.Timestamp(value)
    return f"{ts.day} {ts:%B %Y}"


def fmt_number(value: float, decimals: int | None = None) -> str:
    """A number with thousands commas; without `decimals`, up to two, trailing zeros dropped."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if decimals is not None:
        return f"{value:,.{decimals}f}"
    text = f"{value:,.2f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


_GBP_SUFFIX = {"GBP": "", "GBP thousands": "k", "GBP millions": "m", "GBP billions": "bn"}


def decimals_of(printed: object) -> int | None:
    """Decimal places as printed ("13.0" -> 1, "5,700" -> 0); None when not a printed number."""
    if not isinstance(printed, str):
        return None
    match = re.search(r"\d[\d,]*(?:\.(\d+))?", printed)
    if not match:
        return None
    return len(match.group(1) or "")


def fmt_value(value: float | None, unit: str | None, printed: object = None) -> str:
    """A value in its unit: "£49.0m", "12.3%", "2.5 per 1,000", "81.2 years".

    With `printed` (the value_text), as many decimals as the pack printed: 13.0 stays "13.0%".
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    unit = unit or "number"
    dp = decimals_of(printed)
    if dp is not None:  # a value read other than as printed (a misprint the pack's arithmetic mends) keeps its digits
        dp = max(dp, _decimals_of(value))
    if unit in _GBP_SUFFIX:
        sign = "-" if value < 0 else ""
        return f"{sign}£{fmt_number(abs(value), dp)}{_GBP_SUFFIX[unit]}"
    if unit == "GBP per patient":
        return f"£{fmt_number(value, 2 if dp is None else dp)} per patient"
    if unit == "%":
        return f"{fmt_number(value, dp)}%"
    if unit in ("number", "count"):
        return fmt_number(value, dp)
    return f"{fmt_number(value, dp)} {unit}"


def fmt_headline(value: float | None, unit: str | None) -> str:
    """A value for a headline tile: money always in one style ("£103.7m", "£963k", "£850"), whatever scale the
    pack printed it in, so tiles side by side never show five ways of writing pounds; other units as fmt_value."""
    if unit not in POUNDS or value is None or (isinstance(value, float) and math.isnan(value)):
        return fmt_value(value, unit)
    pounds = value * POUNDS[unit]
    sign = "-" if pounds < 0 else ""
    size = abs(pounds)
    if size >= 1e6:
        return f"{sign}£{size / 1e6:,.1f}m"
    if size >= 1e3:
        return f"{sign}£{size / 1e3:,.0f}k"
    return f"{sign}£{size:,.0f}"


def fmt_change(change: float, unit: str | None) -> str:
    """A change in words: "up 0.4 percentage points", "down £1.2m", "no change"."""
    if change == 0:
        return "no change"
    direction = "up" if change > 0 else "down"
    if unit == "%":
        return f"{direction} {fmt_number(abs(change))} percentage points"
    return f"{direction} {fmt_headline(abs(change), unit)}"


def fmt_percent(value: float, decimals: int = 1) -> str:
    """A share already in per cent as "12.3%"."""
    return f"{value:,.{decimals}f}%"


# --- money: one format per chart ------------------------------------------------------------------------------

POUNDS = {"GBP": 1.0, "GBP thousands": 1e3, "GBP millions": 1e6, "GBP billions": 1e9}
_SCALED = {"GBP thousands": (1e3, "k", "£ thousands"), "GBP millions": (1e6, "m", "£ millions")}
_SCALED["GBP billions"] = (1e9, "bn", "£ billions")


class MoneyScale:
    """One scale (£k or £m) and one number of decimals for every sum of money on a chart and its table, so a
    chart never prints "£963k" beside "£103,716,813"."""

    def __init__(self, unit: str, decimals: int) -> None:
        self.unit, self.decimals = unit, decimals
        self.divisor, self.suffix, self.title = _SCALED[unit]

    def convert(self, value: float, unit: str) -> float:
        """A value in `unit` (one of POUNDS) in this scale."""
        return value * POUNDS[unit] / self.divisor

    def fmt(self, value: float | None, unit: str) -> str:
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return "–"
        scaled = self.convert(value, unit)
        sign = "-" if scaled < 0 else ""
        return f"{sign}£{abs(scaled):,.{self.decimals}f}{self.suffix}"


def money_scale(values: object, units: object) -> MoneyScale | None:
    """The scale a chart's money is shown in: the pack's own (£k or £m) where every sum is printed in it,
    else £m from a million up and £k below; decimals enough to tell the largest sums apart and to keep every
    decimal the pack printed (three at most). None: no money."""
    pairs = [(float(v), str(u)) for v, u in zip(values, units, strict=True) if u in POUNDS and pd.notna(v)]  # type: ignore[call-overload]
    if not pairs:
        return None
    printed = {u for _, u in pairs}
    largest = max(abs(v) * POUNDS[u] for v, u in pairs)
    if len(printed) == 1 and next(iter(printed)) in _SCALED:
        unit = next(iter(printed))
    else:
        unit = "GBP millions" if largest >= 1e6 else "GBP thousands"
    top = largest / _SCALED[unit][0]
    decimals = 0 if unit == "GBP thousands" and top >= 10 else 1 if top >= 10 else 2
    # never fewer decimals than the pack printed (£27.115m stays £27.115m), up to three in the scale
    divisor = _SCALED[unit][0]
    kept = max(_decimals_of(v * POUNDS[u] / divisor) for v, u in pairs)
    return MoneyScale(unit, max(decimals, kept))


def _decimals_of(number: float, most: int = 3) -> int:
    """The fewest decimals (up to `most`) that write `number` without rounding it."""
    for places in range(most):
        if abs(round(number, places) - number) <= 1e-9 * max(1.0, abs(number)):
            return places
    return most


def unit_title(unit: str | None, money: MoneyScale | None = None) -> str:
    """An axis title for a unit: "£ thousands" for money in the chart's scale, "number" for counts."""
    if unit in POUNDS and money is not None:
        return money.title
    if unit in (None, "count", "number"):
        return "number"
    if unit == "GBP per patient":
        return "£ per patient"
    return str(unit)
