"""Generic builders for the part-2 pages: a dataset's rows as a pivot table, bars and a sentence.

Finance, workforce, life expectancy and performance show small tables the packs
print (budget lines by year, by CCG, by sex); one set of pure builders serves
them all, so each page is a list of declarative sections.  Charts never mislead:
each unit gets its own panel (one unit per axis), totals and subtotals get their
own panel (never stacked or summed with their parts), money is in one scale per
chart, and every trace carries its unit in `meta` so tests can check it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from dashboard.periods import sort_key
from dashboard.theme import (
    OUTLINE,
    POUNDS,
    SERIES_COLOURS,
    MoneyScale,
    fmt_value,
    money_scale,
    template,
    unit_title,
    wrap,
)
from loaders.areas import lookup
from loaders.checks import rounding_tolerance
from loaders.misprints import TOTAL_LABEL_RE

TOTAL_ROLES = ("total", "subtotal")
PATTERNS = ["", "/", ".", "x"]
AUTO = "auto"


@dataclass(frozen=True)
class Section:
    """One chart card: which rows of which dataset, drawn how ("auto": chosen from the rows)."""

    key: str  # id prefix, e.g. "finance-pcn"
    title: str
    dataset: str
    x: str = "period"  # column along the axis
    colour: str = "measure"  # column for the bar groups
    stacked: bool = False  # parts of one whole: money or counts stacked (never rates, never totals)
    exclude_measures: Sequence[str] = ()
    exclude_areas: Sequence[str] = ()
    total_measure: str | None = None  # a total the role rules would not recognise
    note: str | None = None


IN_THE_TEXT = "Figures in the reports' text"  # what rows read from sentences, not from a table, are shown as


def table_of(rows: pd.DataFrame) -> pd.Series:
    """The table each row was printed in (its caption), or IN_THE_TEXT for a figure read from a sentence."""
    return rows["table"].astype("object").where(rows["table"].notna(), IN_THE_TEXT)


def rows_for(frame: pd.DataFrame, section: Section) -> pd.DataFrame:
    """The section's rows, one per area, measure and period: a figure restated at a later meeting shows
    the latest meeting's value (the tables' `latest` names the others)."""
    rows = frame[frame["dataset"] == section.dataset]
    rows = rows[~rows["measure"].isin(section.exclude_measures)]
    rows = rows[~rows["area"].fillna("").isin(section.exclude_areas)]
    by_meeting = rows.sort_values(["meeting_date", "source_file", "source_line"], na_position="first", kind="stable")
    latest = by_meeting.drop_duplicates(["area", "measure", "period"], keep="last")
    return rows.loc[rows.index.isin(latest.index)]


# --- what each row is ---------------------------------------------------------------------------------------


def _label_role(measure: object) -> str:
    match = TOTAL_LABEL_RE.match(str(measure))
    if not match:
        return "part"
    return "subtotal" if match.group(0).strip().lower().startswith("sub") else "total"


def total_areas(rows: pd.DataFrame) -> set[str]:
    """Areas that are the sum of the other areas (a county or system column beside its districts or CCGs), found by
    the pack's own arithmetic in most of the measures and periods they print, so no place is named in code."""
    hits: dict[str, list[bool]] = {}
    for _, group in rows.dropna(subset=["area"]).groupby(["measure", "period"], dropna=False):
        if group["area"].nunique() < 3 or not group["unit"].map(_adds_up).all():
            continue
        whole = float(group["value"].sum())
        step = printed_step(group["value"])
        tol = rounding_tolerance(len(group), step) * max(1.0, float(group["value"].abs().max()) * 1e-6)
        for area, value in zip(group["area"], group["value"], strict=True):
            hits.setdefault(area, []).append(abs(whole - 2 * float(value)) <= tol)
    return {a for a, h in hits.items() if sum(h) * 2 > len(h)}


# Units of a level, a share or a rate: one place's figure is never the sum of the others'.
_NOT_ADDED_RE = re.compile(r"%|\bper\b|ratio|rate|years|µg|mm:ss|minutes|index|score", re.IGNORECASE)


def _adds_up(unit: object) -> bool:
    return not (isinstance(unit, str) and _NOT_ADDED_RE.search(unit))


def printed_step(values: pd.Series) -> float:
    """The last printed place of the figures (0.01 for "0.43", 1 for "71,240"): how far rounding moves each."""
    decimals = max((len(f"{float(v):.6f}".rstrip("0").split(".")[1]) for v in values.dropna()), default=0)
    return 10.0**-decimals


WIDER_KINDS = frozenset({"country", "region"})


def wider_counts(rows: pd.DataFrame) -> pd.Series:
    """Rows of a region's or England's count or money printed beside two local areas' or more for the same measure
    and period: they compare nothing drawn beside them (a rate does, and stays)."""
    wider = rows["area"].map(
        lambda a: isinstance(a, str) and (found := lookup(a)) is not None and found.kind in WIDER_KINDS
    )
    local = (~wider & rows["area"].notna()).groupby([rows["measure"], rows["period"].fillna("")]).transform("sum")
    return wider & rows["unit"].map(_adds_up) & (local >= 2)


def roles(rows: pd.DataFrame, section: Section | None = None) -> pd.Series:
    """Each row's role: the loaders' `role` where they gave one, else "total" or "subtotal" for a label that reads
    as one ("Total", "TOTAL ...", "Sub-total") or an area that sums the others, else "part"."""
    by_label = rows["measure"].map(_label_role)
    if section is not None and section.total_measure:
        by_label = by_label.mask(rows["measure"] == section.total_measure, "total")
    if "role" in rows.columns:
        by_label = rows["role"].astype(object).where(rows["role"].notna(), by_label)
    areas = total_areas(rows)
    return by_label.mask(rows["area"].isin(areas) & ~by_label.isin(TOTAL_ROLES), "total")


def is_total(rows: pd.DataFrame, section: Section | None = None) -> pd.Series:
    return roles(rows, section).isin(TOTAL_ROLES)


# --- how the rows are laid out ------------------------------------------------------------------------------

_SUFFIX = re.compile(r"^(?P<label>.+?):\s*(?P<suffix>[^:]{1,24})$")


def _column_words(rows: pd.DataFrame) -> pd.DataFrame:
    """Measures printed as "line: outturn" / "line: budget", one word per period, become the line alone with the
    word beside the period ("2023/24 outturn"), so a budget line is one series across years; left as printed when
    that would merge two rows."""
    parts = rows["measure"].astype(str).str.extract(_SUFFIX)
    if parts["suffix"].isna().all():
        return rows
    suffixed = parts["suffix"].notna()
    per_period = rows.loc[suffixed].groupby(rows.loc[suffixed, "period"].fillna(""))["measure"].size()
    words = parts.loc[suffixed, "suffix"].groupby(rows.loc[suffixed, "period"].fillna("")).nunique()
    label = parts["label"].where(suffixed, rows["measure"])
    if words.empty or (words > 1).any() or per_period.empty:
        return _column_of_words(rows, label, parts["suffix"])
    period = rows["period"].where(~suffixed, rows["period"].fillna("").str.cat(parts["suffix"], sep=" ").str.strip())
    moved = rows.assign(measure=label, period=period)
    if moved.duplicated(["area", "measure", "period"]).any():
        return _column_of_words(rows, label, parts["suffix"])
    return moved


def _column_of_words(rows: pd.DataFrame, label: pd.Series, suffix: pd.Series) -> pd.DataFrame:
    """A table printed as lines by a few columns in one period ("scheme: Target", "scheme: Identified") keeps its
    columns as `column`, so the lines go along the axis and the columns side by side."""
    words = suffix.dropna().unique()
    if rows["period"].nunique() > 1 or suffix.isna().any() or not 2 <= len(words) <= 5:
        return rows
    if rows["area"].nunique() > 1 and label.nunique() > 1:
        return rows  # lines by places by columns: three ways, which no table of two can show
    moved = rows.assign(measure=label, column=suffix)
    return rows if moved.duplicated(["area", "measure", "column"]).any() else moved


def resolve(rows: pd.DataFrame, section: Section) -> Section:
    """The section with "auto" axes chosen from the rows: areas side by side when several are parts, else years
    along the axis when several are printed, else the lines along the axis."""
    if section.x != AUTO and section.colour != AUTO:
        return section
    totals = is_total(rows, section)
    areas = rows.loc[~totals, "area"].dropna().nunique()
    periods = rows["period"].dropna().nunique()
    if "column" in rows.columns:  # one line's columns for several places ("Practices  GP FTE  Per 1,000" by area)
        return replace(section, x="area" if areas > 1 else "measure", colour="column")
    if areas > 1:
        return replace(section, x="measure", colour="area")
    if periods > 1:
        return replace(section, x="period", colour="measure")
    return replace(section, x="measure", colour="period")


def prepare(rows: pd.DataFrame, section: Section) -> tuple[pd.DataFrame, Section]:
    """The rows as drawn (budget-line words moved to the period) and the section with its axes chosen."""
    shown = _column_words(rows) if not rows.empty else rows
    return shown, resolve(shown, section)


def _order(values: pd.Series, column: str) -> list:
    unique = list(dict.fromkeys(values.fillna("not stated").tolist()))
    return sorted(unique, key=sort_key) if column == "period" else unique


def _unit_key(unit: object) -> str:
    """Rows whose units share an axis: all money (drawn in one scale), counts with plain numbers."""
    if unit in POUNDS:
        return "GBP"
    if unit in (None, "count", "number") or (not isinstance(unit, str) and pd.isna(unit)):
        return "number"
    return str(unit)


def _shown(value: float, unit: str, printed: object, money: MoneyScale | None) -> str:
    return money.fmt(value, unit) if money is not None and unit in POUNDS else fmt_value(value, unit, printed)


def _cells(
    rows: pd.DataFrame, section: Section, money: MoneyScale | None = None
) -> dict[object, dict[object, tuple[float, str, str]]]:
    """group (colour) -> x -> (value on the axis, value as shown, unit), in one pass (a later row wins a cell)."""
    cells: dict[object, dict[object, tuple[float, str, str]]] = {}
    columns = [rows[section.colour].fillna("not stated"), rows[section.x].fillna("not stated")]
    for group, x, value, unit, text in zip(*columns, rows["value"], rows["unit"], rows["value_text"], strict=True):
        on_axis = money.convert(value, unit) if money is not None and unit in POUNDS else value
        cells.setdefault(group, {})[x] = (on_axis, _shown(value, unit, text, money), unit)
    return cells


def pivot(rows: pd.DataFrame, section: Section) -> pd.DataFrame:
    """Display table: one row per group (colour), one column per x, money in the chart's one scale."""
    if rows.empty:
        return pd.DataFrame()
    rows, section = prepare(rows, section)
    money = money_scale(rows["value"], rows["unit"])
    xs = _order(rows[section.x], section.x)
    groups = _order(rows[section.colour], section.colour)
    cells = _cells(rows, section, money)
    if section.x in ("measure", "area") and len(xs) > len(groups):
        # Lines (or places) down the side and a few columns across, so the table reads like the pack's and fits
        # beside the chart.
        table = pd.DataFrame(
            [[cells[g][x][1] if x in cells.get(g, {}) else "–" for g in groups] for x in xs], columns=groups
        )
        table.insert(0, section.x.capitalize(), xs)
        return table
    table = pd.DataFrame([[cells[g][x][1] if x in cells.get(g, {}) else "–" for x in xs] for g in groups], columns=xs)
    table.insert(0, section.colour.capitalize(), groups)
    return table


@dataclass(frozen=True)
class Panel:
    """One facet of a chart: rows of one unit, parts or totals."""

    unit: str
    totals: bool
    rows: pd.DataFrame

    def title(self, money: MoneyScale | None) -> str:
        """ "Totals" over the totals' panel; a panel of parts is named by its axis title (its unit) alone."""
        return f"Totals ({unit_title(self.rows['unit'].iloc[0], money)})" if self.totals else ""


LABEL_ROOM_PER_CHARACTER = 0.04  # of a horizontal chart's value span, for each character of a bar's value label
MAGNITUDE_RATIO = 20  # measures whose largest values differ more than this share no axis: the small would not show
ONE_SCALE_UNITS = ("GBP", "%")  # money in one scale a chart, shares on one 0-100 axis: never split by size


def panels(rows: pd.DataFrame, section: Section) -> list[Panel]:
    """The chart's facets: parts first, then totals, each split by unit, largest first, and a unit's measures
    split by size (registered patients in their hundreds of thousands beside joiners in their tens)."""
    totals = is_total(rows, section)
    keys = rows["unit"].map(_unit_key)
    out = []
    for is_tot in (False, True):
        chosen = rows[totals == is_tot]
        units = keys[totals == is_tot]
        for unit in units.value_counts().index:
            same_unit = chosen[units == unit]
            sized = [same_unit] if unit in ONE_SCALE_UNITS else by_magnitude(same_unit, section)
            out += [Panel(str(unit), is_tot, part) for part in sized]
    return out


def by_magnitude(rows: pd.DataFrame, section: Section) -> list[pd.DataFrame]:
    """The rows in groups of measures of a like size, largest first: a measure joins the group above while that
    group's largest value is at most MAGNITUDE_RATIO times its own.  One group where the measures are not drawn
    apart (neither along the axis nor as the series) or are all alike."""
    column = "measure" if "measure" in (section.x, section.colour) else None
    if column is None or rows[column].nunique() < 2:
        return [rows]
    peaks = rows.assign(_size=rows["value"].abs()).groupby(column, sort=False)["_size"].max()
    groups: list[list[object]] = []
    top = 0.0
    for name, peak in peaks.sort_values(ascending=False, kind="stable").items():
        if groups and (peak == 0 or top <= peak * MAGNITUDE_RATIO):
            groups[-1].append(name)  # a measure of zeros has no size of its own: it stays with the others
            continue
        groups.append([name])
        top = float(peak)
    return [rows[rows[column].isin(names)] for names in groups]


def _height(facets: list[Panel], section: Section, present: bool, horizontal: bool) -> int:
    """Room for every bar and every wrapped label: a horizontal panel grows with its lines, a vertical one with its
    legend's."""
    line = 30 if present else 19
    total = 0
    for p in facets:
        if horizontal:
            along = section.colour if p.rows[section.x].isna().all() else section.x
            groups = 1 if along == section.colour else max(1, p.rows[section.colour].nunique())
            labels = p.rows[along].fillna("not stated").astype(str).unique()
            total += sum(max(wrap(str(x), 40).count("<br>") + 1, groups) * line + 10 for x in labels) + 70
        else:  # as tall as its legend, one entry a series, when that is taller than the chart
            names = p.rows[section.colour].fillna("not stated").astype(str).unique()
            legend = sum(wrap(str(n)).count("<br>") + 1 for n in names) * line + 20 * len(names) + 40
            total += max(430 if present else 300, legend)
    return max(total, 360)


def bars(rows: pd.DataFrame, section: Section, present: bool = False) -> go.Figure:
    """Bars with their values as text, one panel per unit and one for totals, a legend that is always shown."""
    fig = go.Figure()
    if rows.empty:
        fig.add_annotation(text="No data in these packs", showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper")
        fig.update_layout(template=template(present))
        return fig
    rows, section = prepare(rows, section)
    money = money_scale(rows["value"], rows["unit"])
    # An area that sums the others is in the table, not drawn beside the areas it adds up; so is a region's or
    # England's count beside local ones (63 million patients would flatten 40 thousand).
    drawn = rows[~rows["area"].isin(total_areas(rows)) & ~wider_counts(rows)]
    facets = panels(drawn if not drawn.empty else rows, section)
    horizontal = section.x != "period"
    flat = [horizontal or bool(p.rows[section.x].isna().all()) for p in facets]
    heights = [_height([p], section, present, f) for p, f in zip(facets, flat, strict=True)]
    fig = make_subplots(
        rows=len(facets),
        cols=1,
        subplot_titles=[p.title(money) for p in facets],
        row_heights=[h / sum(heights) for h in heights],
        vertical_spacing=min(0.12, 90 / sum(heights)),
    )
    # Colours go to the parts' series first, so the palette's colours are not spent on rates and totals.
    groups = list(dict.fromkeys(g for p in facets for g in _order(p.rows[section.colour], section.colour)))
    colours = {g: SERIES_COLOURS[i % len(SERIES_COLOURS)] for i, g in enumerate(groups)}
    # Past the palette's colours a series repeats a colour with a hatching of its own, so no two look alike.
    patterns = {g: PATTERNS[(i // len(SERIES_COLOURS)) % len(PATTERNS)] for i, g in enumerate(groups)}
    legend_seen: set[object] = set()
    for i, (panel, sideways) in enumerate(zip(facets, flat, strict=True), start=1):
        _draw(fig, panel, section, money, (colours, patterns), legend_seen, sideways, i)
    fig.update_layout(
        template=template(present),
        barmode="relative" if section.stacked else "group",
        height=sum(heights),
        showlegend=len(legend_seen) > 1,
        legend={"orientation": "v", "x": 1.02, "xanchor": "left", "y": 1, "yanchor": "top", "traceorder": "normal"},
        margin={"t": 40},
    )
    for annotation in fig.layout.annotations:
        annotation.update(x=0, xanchor="left", font={"size": template(present).layout.font.size})
    return fig


def _draw(
    fig: go.Figure,
    panel: Panel,
    section: Section,
    money: MoneyScale | None,
    look: tuple[dict[object, str], dict[object, str]],
    legend_seen: set[object],
    horizontal: bool,
    row: int,
) -> None:
    """One panel's traces: stacked bars for parts of a whole, grouped bars otherwise, markers where bars would
    stack what must not be stacked (rates, totals)."""
    if panel.rows[section.x].isna().all():
        # Nothing printed along the axis (a rate with no period): each line is a bar of its own.
        section = replace(section, x=section.colour)
    cells = _cells(panel.rows, section, money)
    xs = _order(panel.rows[section.x], section.x)
    colours, patterns = look
    stack = section.stacked and not panel.totals and panel.unit in ("GBP", "number")
    # a stacked chart's rates and totals are markers, never stacked; several totals' markers sit close together,
    # so only a lone series is labelled on the chart (the table beside it holds every value)
    as_markers = section.stacked and not stack
    labelled = not (as_markers and panel.rows[section.colour].nunique() > 1)
    unit = money.unit if money is not None and panel.unit == "GBP" else panel.rows["unit"].iloc[0]
    values: list[float] = []
    longest = 0  # characters of the longest value label, to leave it room beyond its bar
    for group in _order(panel.rows[section.colour], section.colour):
        by_x = cells.get(group, {})
        shown = [x for x in xs if x in by_x]
        cats = [wrap(str(x), 40) if horizontal else str(x) for x in shown]
        vals = [by_x[x][0] for x in shown]
        values += vals
        longest = max([longest, *(len(by_x[x][1]) for x in shown)])
        common = {
            "name": wrap(str(group)),
            "legendgroup": str(group),
            "showlegend": group not in legend_seen,
            # "series": a group of values in a palette colour, not a rating (the colour may share a rating's hue)
            "meta": {
                "unit": unit_title(unit, money),
                "units": sorted({str(by_x[x][2]) for x in shown}),
                "series": True,
            },
            "text": [by_x[x][1] for x in shown],
            "cliponaxis": False,
            "hovertemplate": "%{text}<extra>" + str(group) + "</extra>",
        }
        legend_seen.add(group)
        axes = {"x": vals, "y": cats} if horizontal else {"x": cats, "y": vals}
        if as_markers:
            fig.add_scatter(
                **axes,
                **common,
                mode="markers+text" if labelled else "markers",
                marker={"color": colours[group], "size": 12, "line": {"color": OUTLINE, "width": 1}},
                textposition="middle right" if horizontal else "top center",
                row=row,
                col=1,
            )
        else:
            fig.add_bar(
                **axes,
                **common,
                orientation="h" if horizontal else "v",
                marker={
                    "color": colours[group],
                    "line": {"color": OUTLINE, "width": 0.5},
                    "pattern": {"shape": patterns[group], "fgcolor": OUTLINE},
                },
                # a hatched bar takes no label inside (text over hatching cannot be read): its table holds it
                textposition=("none" if patterns[group] else "inside") if stack else "outside",
                row=row,
                col=1,
            )
    value_axis = {"title": {"text": unit_title(unit, money)}, "zeroline": True}
    if not stack and values:
        low, high = min(0.0, min(values)), max(0.0, max(values))
        span = (high - low) or 1.0
        # room past the longest bar for its label: "£12.6m" needs less than "0.58 WTE per 1,000 patients"
        room = min(1.2, max(0.45, LABEL_ROOM_PER_CHARACTER * longest)) if horizontal else 0.45
        value_axis["range"] = [low - span * (room if low < 0 else 0), high + span * room]
    category_axis = {"type": "category", "title": None, "automargin": True}
    if horizontal:
        fig.update_xaxes(**value_axis, row=row, col=1)
        fig.update_yaxes(**category_axis, autorange="reversed", row=row, col=1)
    else:
        fig.update_yaxes(**value_axis, row=row, col=1)
        fig.update_xaxes(**category_axis, row=row, col=1)


# --- in words -------------------------------------------------------------------------------------------------


def heading(rows: pd.DataFrame, section: Section) -> str:
    """The card's title with the one area and the periods the rows print: "PCN budgets, Calvermoor, 2019/20 to
    2023/24" (the area only where every row is of one, so a reader knows whose figures the table holds)."""
    # a period is named only when every row has one: "September 2017" over undated rows would mislead
    dated = not rows.empty and rows["period"].notna().all()
    periods = sorted(rows["period"].dropna().unique(), key=sort_key) if dated else []
    areas = rows["area"].dropna().unique() if not rows.empty else []
    title = f"{section.title}, {areas[0]}" if len(areas) == 1 else section.title
    if not periods:
        return title
    if len(periods) == 1:
        return f"{title}, {periods[0]}"
    return f"{title}, {periods[0]} to {periods[-1]}"


def change_summary(rows: pd.DataFrame, section: Section) -> str:
    """The first and last period's total (or sum of parts, where they are parts of one whole) and the change
    between them, in words; across areas or lines, the largest part (never a total) and the total where printed."""
    if rows.empty:
        return f"No data in these packs for {section.title.lower()}."
    rows, section = prepare(rows, section)
    drawn = rows[~wider_counts(rows)]  # the summary speaks of what the chart draws
    rows = drawn if not drawn.empty else rows
    money = money_scale(rows["value"], rows["unit"])
    facets = panels(rows, section)
    main = "GBP" if any(p.unit == "GBP" for p in facets) else facets[0].unit
    same = rows[rows["unit"].map(_unit_key) == main]
    totals = is_total(same, section)

    def shown(value: float, unit: str, printed: object = None) -> str:
        return _shown(value, unit, printed, money)

    if section.x == "period" and same["period"].nunique() >= 2:
        converted = [
            money.convert(v, u) if money and u in POUNDS else v
            for v, u in zip(same["value"], same["unit"], strict=True)
        ]
        axis = same.assign(_v=converted)
        unit = money.unit if money is not None and main == "GBP" else same["unit"].iloc[0]
        if totals.any():
            whole = axis[totals]
            name = whole.groupby("measure")["_v"].sum().idxmax()
            sums, what = whole[whole["measure"] == name].groupby("period")["_v"].sum(), "The total"
        elif section.stacked:
            sums, what = axis[~totals].groupby("period")["_v"].sum(), "The sum of the parts"
        else:
            name = axis.groupby("measure")["period"].nunique().idxmax()
            sums, what = axis[axis["measure"] == name].groupby("period")["_v"].sum(), str(name)
        order = sorted(sums.index, key=sort_key)
        if len(order) >= 2:
            first, last = sums[order[0]], sums[order[-1]]
            growth = (last - first) / first * 100 if first else float("nan")
            word = "rises" if last > first else "falls" if last < first else "stays"
            return f"{what} {word} from {shown(first, unit)} in {order[0]} to {shown(last, unit)} in {order[-1]}" + (
                f", a change of {growth:+.0f}%." if first else "."
            )
    parts = same[~totals]
    if parts.empty:
        parts = same
    top = parts.loc[parts["value"].idxmax()]
    column = f" ({top['column']})" if "column" in parts.columns else ""
    where = f"{column} for {top['area']}" if pd.notna(top["area"]) else column
    when = f" in {top['period']}" if pd.notna(top["period"]) else ""
    # "part" only where the rows are parts of a printed total; otherwise they are figures side by side
    kind = "part" if totals.any() else "figure"
    value = shown(top["value"], top["unit"], top["value_text"])
    return f"The largest {kind} shown is {top['measure']}{where}{when} at {value}."
