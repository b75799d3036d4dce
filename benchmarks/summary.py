"""Figures the benchmarks measure, each against its goal, printed as one table at the end of the run.

Every benchmark calls `report(...)` with what it measured; the figure also goes into the benchmark's
`extra_info` (so `--benchmark-json` keeps it), and conftest's terminal-summary hook prints the table.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str
    goal: str = ""
    met: bool | None = None  # None: reported for context, no goal of its own
    note: str = ""

    def shown(self) -> str:
        if self.unit == "s":
            return f"{self.value:.3f} s"
        if self.unit == "ms":
            return f"{self.value:.1f} ms"
        if self.unit == "x":
            return f"{self.value:.2f}x"
        if self.unit == "MB":
            return f"{self.value:,.0f} MB"
        return f"{self.value:.4g} {self.unit}".strip()


FIGURES: list[Figure] = []


def report(
    benchmark: Any,
    name: str,
    value: float,
    unit: str,
    *,
    goal: str = "",
    met: bool | None = None,
    note: str = "",
) -> Figure:
    """Record one figure for the closing table and the benchmark's extra_info."""
    figure = Figure(name, float(value), unit, goal, met, note)
    FIGURES.append(figure)
    if benchmark is not None:
        benchmark.extra_info[name] = {"value": figure.value, "unit": unit, "goal": goal, "met": met, "note": note}
    return figure


def table(figures: list[Figure]) -> list[str]:
    """The figures as fixed-width lines: name, value, goal, met."""
    width = max(len(f.name) for f in figures)
    lines = [f"{'figure':<{width}}  {'value':>12}  {'goal':<22}  met", "-" * (width + 44)]
    for f in figures:
        met = "" if f.met is None else "yes" if f.met else "NO"
        note = f"  ({f.note})" if f.note else ""
        lines.append(f"{f.name:<{width}}  {f.shown():>12}  {f.goal:<22}  {met}{note}")
    return lines
