"""`finance`: money infographics whose parts and total are printed apart from their labels.

An annual report's "Income / Expenditure" panel comes out of the PDF as a run
of amounts, a "Total income £375,717.34" line, then the parts' labels, one
short block each ("Funding received" / "from local authority").  Which amounts
are the parts is settled by the pack's own arithmetic: the amounts just above
the total that add up to it.  Their labels are the same number of text blocks
after the total, in printed order.  Nothing is paired unless the sum holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders import figures as fig
from loaders.checks import adds_up
from loaders.numbers import NumberToken, scan
from loaders.specs import ExtractContext

_TOTAL_RE = re.compile(r"^\s*(?P<label>Total\s+[A-Za-z][A-Za-z ]{2,40}?)\s*(?P<value>£\s?[\d,]+(?:\.\d{2})?)?\s*$")
_AMOUNT_RE = re.compile(r"^\s*£\s?[\d,]+(?:\.\d{2})?\s*$")


@dataclass(frozen=True)
class TotalledPartsSpec:
    name: str = "finance"
    order: int = 35
    most_parts: int = 8
    label_lines: int = 4  # a label block longer than this is prose, not a label

    def extract(self, ctx: ExtractContext) -> None:
        furniture = ctx.segments.furniture
        lines = [n for n in range(1, len(ctx.pack.lines) + 1) if ctx.line(n).strip() and n not in furniture]
        for i, n in enumerate(lines):
            m = _TOTAL_RE.match(ctx.line(n))
            if not m:
                continue
            total_line, j = n, i
            if not m.group("value"):  # the amount on the next line
                if i + 1 >= len(lines) or not _AMOUNT_RE.match(ctx.line(lines[i + 1])):
                    continue
                total_line, j = lines[i + 1], i + 1
            total = _amount(ctx, total_line)
            parts = self._parts_above(ctx, lines[:i], total)
            if total is None or not parts:
                continue
            labels = self._label_blocks(ctx, lines[j + 1 :], len(parts))
            if len(labels) != len(parts):
                continue
            self._emit(ctx, m.group("label"), (total_line, total), parts, labels)

    def _parts_above(
        self, ctx: ExtractContext, before: list[int], total: NumberToken | None
    ) -> list[tuple[int, NumberToken]]:
        """The amounts just above a total that add up to it (the longest such run, two or more)."""
        run: list[tuple[int, NumberToken]] = []
        for n in reversed(before):
            tok = _amount(ctx, n)
            if tok is None or len(run) == self.most_parts:
                break
            run.insert(0, (n, tok))
        if total is None:
            return []
        for k in range(len(run) - 1):
            parts = run[k:]
            if len(parts) >= 2 and adds_up([t.value for _n, t in parts], total.value, step=0.01):
                return parts
        return []

    def _label_blocks(self, ctx: ExtractContext, after: list[int], count: int) -> list[tuple[list[int], str]]:
        """The first `count` blocks of short text lines after the total (a blank line ends a block)."""
        blocks: list[list[int]] = []
        for n in after:
            text = ctx.line(n).strip()
            if fig.figure_tokens(text) and not re.fullmatch(r".*\b(?:19|20)\d{2}/\d{2}", text):
                break
            if len(text) > 60 or len(blocks) > count:
                break
            # a line the converter starts with a space opens a new text box ("Staff Costs" / " Next steps")
            joined = n == blocks[-1][-1] + 1 and not ctx.line(n)[:1].isspace() if blocks else False
            if joined and len(blocks[-1]) < self.label_lines:
                blocks[-1].append(n)
            else:
                blocks.append([n])
        return [(b, " ".join(ctx.line(k).strip() for k in b)) for b in blocks[:count]]

    def _emit(self, ctx, total_label, total, parts, labels) -> None:  # type: ignore[no-untyped-def]
        home = fig.home_area(ctx.pack.lines)
        group = total_label.split(None, 1)[1].strip().capitalize()  # "Total income" -> "Income"
        for (n, tok), (block, label) in zip(parts, labels, strict=True):
            for k in block:  # "Balance brought forward from 2019/20": the year names the label
                ctx.claimed.update((k, t.start) for t in scan(ctx.line(k)))
            ctx.emit(
                dataset=self.name,
                line=n,
                token=tok,
                measure=f"{group}: {label}",
                unit="GBP",
                area=home,
                context=f"{label} {tok.text} (part of {total_label} {total[1].text})",
                role="part",  # proven by the pack's own sum
            )
        ctx.emit(
            dataset=self.name,
            line=total[0],
            token=total[1],
            measure=total_label,
            unit="GBP",
            area=home,
            context=f"{total_label} {total[1].text} = " + " + ".join(t.text for _n, t in parts),
            role="total",
        )


def _amount(ctx: ExtractContext, line: int) -> NumberToken | None:
    """The one amount of money a line holds ("£64,833.87", "Total income £375,717.34")."""
    toks = [t for t in scan(ctx.line(line)) if t.unit == "GBP"]
    return toks[-1] if len(toks) == 1 else None


SPECS = [TotalledPartsSpec()]
