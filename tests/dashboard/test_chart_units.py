"""Charts that never mislead (issue 19, item 3), checked on the figure objects of every page: the shipped packs
and a development council's packs are loaded, each page's layout is built in both modes, and every dcc.Graph's
traces are read. Each trace carries the unit of the tidy rows behind it in `meta` (set by the builders from the
rows, not from axis titles): one unit per axis, totals never on an axis with their parts nor stacked, money in one
format per chart, and no sentence that calls a total the largest figure."""

from __future__ import annotations

import glob
import re
from pathlib import Path

import dash
import pandas as pd
import pytest
from dash import dcc
from dash_tree import text_of

import loaders
from dashboard import create_app, series

ROOT = Path(__file__).resolve().parents[2]
DEVSET = ROOT / "tests" / "data" / "devset"
SKIP = {"/add", "/404"}
MONEY = re.compile(r"£-?[\d,]+(?:\.\d+)?(k|m|bn)?(?![\d.,kmb])(?! per)")


def graphs(component) -> list[dcc.Graph]:
    """Every dcc.Graph in a component tree."""
    if isinstance(component, (list, tuple)):
        return [g for c in component for g in graphs(c)]
    if isinstance(component, dcc.Graph):
        return [component]
    children = getattr(component, "children", None)
    return graphs(children) if children is not None and not isinstance(children, str) else []


def pages() -> list[str]:
    return sorted(p["path"] for p in dash.page_registry.values() if p["path"] not in SKIP)


def layouts(frame: pd.DataFrame, sources=None):
    """(path, mode, layout) for every page over `frame`, in both modes."""
    create_app(frame, sources)
    for path in pages():
        entry = next(p for p in dash.page_registry.values() if p["path"] == path)
        for present in (None, "1"):
            yield path, present, entry["layout"](present=present)


def _numbers(values) -> bool:
    vals = [v for v in (values if values is not None else []) if v is not None]
    return bool(vals) and all(isinstance(v, (int, float)) for v in vals)


def value_axes(trace) -> list[str]:
    """The axes a trace's values are on (the numeric one of x and y), as layout names ("yaxis2")."""
    out = []
    for letter in ("x", "y"):
        if _numbers(getattr(trace, letter, None)):
            ref = getattr(trace, f"{letter}axis", None) or letter
            out.append(f"{letter}axis{ref[1:]}")
    return out


def check_figure(figure, where: str) -> None:
    units: dict[str, set[str]] = {}
    roles: dict[str, set[str]] = {}
    drawn = [t for t in figure.data if value_axes(t)]
    for trace in drawn:
        meta = trace.meta
        assert isinstance(meta, dict), f"{where}: trace {trace.name!r} carries no meta"
        assert meta.get("unit"), f"{where}: trace {trace.name!r} carries no unit"
        for axis in value_axes(trace):
            units.setdefault(axis, set()).add(meta["unit"])
            roles.setdefault(axis, set()).add("total" if meta.get("role") in series.TOTAL_ROLES else "other")
    for axis, found in units.items():
        assert len(found) == 1, f"{where}: {axis} has {sorted(found)}"
        assert len(roles[axis]) == 1, f"{where}: {axis} draws totals with their parts"
    if figure.layout.barmode in ("stack", "relative"):
        stacked = [t for t in drawn if t.type == "bar" and t.meta.get("role") in series.TOTAL_ROLES]
        assert not stacked, f"{where}: totals stacked on their parts: {[t.name for t in stacked]}"
    texts = [str(x) for t in figure.data for x in (getattr(t, "text", None) or []) if isinstance(x, str)]
    formats = {m.group(1) or "£" for x in texts for m in MONEY.finditer(x)}
    assert len(formats) <= 1, f"{where}: money printed as {sorted(formats)}"


@pytest.fixture(scope="module")
def shipped():
    from dashboard.app import load_sources

    return loaders.load(), load_sources()


def _check_pages(frame, sources=None) -> int:
    charts = 0
    for path, present, layout in layouts(frame, sources):
        for graph in graphs(layout):
            check_figure(graph.figure, f"{path} present={present} #{graph.id}")
            charts += 1
        text = text_of(layout)
        assert "largest figure is Total" not in text
        assert not re.search(r"largest (?:part|figure) shown is Total", text.replace("TOTAL", "Total"))
    return charts


def test_every_chart_of_every_page_has_one_unit_per_axis_on_the_shipped_packs(shipped) -> None:
    assert _check_pages(*shipped) >= 10


@pytest.mark.parametrize("council", ["fallowmere", "calvermoor"])
def test_every_chart_has_one_unit_per_axis_on_a_development_council(council) -> None:
    frame = loaders.load(sorted(glob.glob(str(DEVSET / council / "*.txt"))))
    assert _check_pages(frame) >= 4


def test_the_rule_sees_two_units_on_one_axis() -> None:
    """The check fails on a chart that draws £k and % on one axis, so the tests above can fail."""
    import plotly.graph_objects as go

    bad = go.Figure([go.Bar(x=["a"], y=[1], meta={"unit": "£ thousands"}), go.Bar(x=["b"], y=[2], meta={"unit": "%"})])
    with pytest.raises(AssertionError, match="yaxis has"):
        check_figure(bad, "made up")
