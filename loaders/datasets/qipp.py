"""`qipp`: CCG QIPP savings (target, identified so far, still to find, savings lines).

Read from paragraphs that name QIPP.  Each money figure is placed by the words
before it: "target" -> the savings target, "identified" -> savings identified so
far, "further ... needed" / "still to find" -> savings still to be identified;
other money figures in the paragraph that mention savings are savings lines.

A figure printed with a comma where a decimal point is meant ("£37,782m") is
kept as printed unless the pack's own arithmetic proves the reading: identified
+ still to find == target (same year) within rounding.  Only then is the value
read with the decimal point, and the warning says so.  No table of corrected
values is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders import figures as fig
from loaders.numbers import NumberToken
from loaders.specs import ExtractContext

ROLES = {
    "target": re.compile(r"\btarget\b[^.£]{0,25}$", re.IGNORECASE),
    "remaining": re.compile(r"\b(?:further|remaining|still|gap|outstanding)\b[^.£]{0,25}$", re.IGNORECASE),
    "identified": re.compile(r"\b(?:so far|identified|delivered to date|achieved)\b[^.£]{0,25}$", re.IGNORECASE),
}
MEASURES = {
    "target": "QIPP savings target",
    "identified": "QIPP savings identified so far",
    "remaining": "QIPP savings still to be identified",
}


@dataclass(frozen=True)
class QippSpec:
    name: str = "qipp"
    order: int = 35
    keyword: str = "QIPP"
    tolerance: float = 0.0015  # GBP millions: three printed decimals, two parts and a total

    def extract(self, ctx: ExtractContext) -> None:
        paras = fig.passages(ctx.pack.lines, ctx.segments.furniture)
        seen: set[int] = set()
        for n in range(1, len(ctx.pack.lines) + 1):
            p = paras.get(n)
            if p is None or id(p) in seen or self.keyword not in p.text:
                continue
            seen.add(id(p))
            self._read(ctx, p)

    def _read(self, ctx: ExtractContext, p: fig.Passage) -> None:
        found: list[tuple[int, NumberToken, str, str | None, str]] = []  # line, token, role, period, measure
        for off, n in p.starts:
            text = ctx.line(n)
            for t in fig.figure_tokens(text):
                if not (t.unit or "").startswith("GBP"):
                    continue
                at = off + t.start
                sentence, s_off = fig.sentence_around(p, at)
                before = sentence[:s_off]
                role = next((r for r, rx in ROLES.items() if rx.search(before)), None)
                if role is None and re.match(r"^\S*\s+target\b", sentence[s_off:], re.IGNORECASE):
                    role = "target"  # "the £40.145m target"
                if role is None and "saving" not in sentence.casefold():
                    continue
                period = fig.nearest_period(sentence, s_off)
                if role:
                    measure = MEASURES[role]
                else:
                    role = "line"
                    words = fig.measure_phrase(sentence, s_off, s_off + len(t.text), [])
                    measure = f"QIPP savings: {words}"
                found.append((n, t, role, period, measure))
        if not found:
            return
        resolved = self._resolve(found)
        area = self._area(ctx, p)
        for n, t, _role, period, measure in found:
            value, warning = resolved.get((n, t.start), (None, None))
            ctx.emit(
                dataset=self.name,
                line=n,
                token=t,
                measure=measure,
                area=area,
                period=period,
                value=value,
                warning=warning,
                context=fig.sentence_around(p, p.offset(n, t.start))[0],
            )

    def _resolve(
        self, found: list[tuple[int, NumberToken, str, str | None, str]]
    ) -> dict[tuple[int, int], tuple[float, str]]:
        """Read comma-for-decimal typos only where identified + remaining == target (same period)."""
        out: dict[tuple[int, int], tuple[float, str]] = {}
        by_period: dict[str | None, dict[str, tuple[int, NumberToken]]] = {}
        for n, t, role, period, _m in found:
            if role in MEASURES:
                by_period.setdefault(period, {}).setdefault(role, (n, t))
        for period, roles in by_period.items():
            if set(roles) != set(MEASURES):
                continue
            options = {r: self._readings(t) for r, (_n, t) in roles.items()}
            for ti in options["target"]:
                for ii in options["identified"]:
                    for ri in options["remaining"]:
                        if abs(ii + ri - ti) <= self.tolerance:
                            for role, val in (("target", ti), ("identified", ii), ("remaining", ri)):
                                n, t = roles[role]
                                if val != t.value:
                                    out[(n, t.start)] = (
                                        val,
                                        (
                                            f"read as £{val:.3f}m: identified £{ii:.3f}m + still to find "
                                            f"£{ri:.3f}m = target £{ti:.3f}m ({period}), the pack's own arithmetic"
                                        ),
                                    )
                            return out
        return out

    @staticmethod
    def _readings(t: NumberToken) -> list[float]:
        vals = [t.value]
        if t.warning and "decimal point" in t.warning:
            vals.append(t.value / 1000)
        return vals

    @staticmethod
    def _area(ctx: ExtractContext, p: fig.Passage) -> str | None:
        found = fig.areas_in(p.text)
        return found[0][2].name if found else ctx.home_at(p.starts[0][1])


SPECS = [QippSpec()]
