"""The bracketed share a table cell prints after its value ("3,456 (92%)", "571 (31%)"), whichever spec read it.

A cell may print a count with its share; the spec that reads the table writes the count, and the share is a
figure of the same row: the same dataset, area, period and table, its measure the count's with the share's
note.  A header or label that notes the share ("Claimed (% of allocation)") names the share, not the count,
so the note moves from the count's measure to the share's.  Runs after every table spec and before
`figures`, so the share is never a loose figure with a label made of the table's lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from loaders.specs import ExtractContext

# "(% of discharges)", "(%)": a note that the bracketed number is a share, in a header or row label
_SHARE_NOTE_RE = re.compile(r"\s*\(\s*(%[^()]*?)\s*\)")


def share_measure(measure: str) -> tuple[str, str]:
    """(the count's measure, the share's): a share note moves to the share; without one the share is "(%)"."""
    m = _SHARE_NOTE_RE.search(measure)
    if m is None:
        return measure, f"{measure} (%)"
    count = " ".join((measure[: m.start()] + measure[m.end() :]).split())
    share = " ".join((measure[: m.start()] + " " + m.group(1) + measure[m.end() :]).split())
    return count or measure, share


@dataclass(frozen=True)
class GridSharesSpec:
    name: str = "grid_shares"
    order: int = 95

    def extract(self, ctx: ExtractContext) -> None:
        written: dict[tuple[int, int], dict[str, Any]] | None = None
        for grid in ctx.grids():
            for row in grid.rows:
                for i, tok in enumerate(row.values):
                    found = row.share_of(i)
                    if tok is None or found is None or ctx.is_claimed(*found):
                        continue
                    if written is None:  # the rows written so far, by the number they hold
                        written = {(r["source_line"], r["source_column"] - 1): r for r in ctx.rows}
                    count = written.get((row.line_of(i), tok.start))
                    if count is None:
                        continue
                    line, share = found
                    measure, of_share = share_measure(count["measure"])
                    if measure != count["measure"]:
                        count["measure"] = measure
                        if count["unit"] == "%" and tok.unit != "%":  # the note gave the count the share's unit
                            count["unit"] = tok.unit or "number"
                    ctx.emit(
                        dataset=count["dataset"],
                        line=line,
                        token=share,
                        measure=of_share,
                        unit="%",
                        area=count["area"],
                        period=count["period"],
                        table=count["table"],
                        context=count["context"],
                    )


SPECS = [GridSharesSpec()]
