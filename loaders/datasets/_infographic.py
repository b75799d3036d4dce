"""Rules for infographics flattened to text: values printed apart from their labels.

An infographic page comes out of the PDF as short lines: a value here, its
label a few lines on, sometimes two values on one line ("84.3 vs 83.4",
"12% 13.9%") whose labels follow in the same order.  These rules say, with
patterns only, which label goes with which value:

* `NearLabel`: one value on a line, its label within a few lines before or after;
* `InOrder`: several values and several labels in a window, matched by order
  (or by a stated ranking), with areas from "A vs B" pairs, from repeated
  labels (first the home area, then the comparator), or from area labels;
* `Callouts`: a line of values whose labels are the paragraphs that follow,
  each paragraph starting with a bracketed count and ending with a national
  average.

A rule looks only inside report sections whose title matches `section`.
Printed numbers that belong to a label ("AGED 40-64", "PER 1,000") are claimed
so the catch-all `figures` does not write them as figures.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from loaders import areas
from loaders.figures import ascii_twin, home_area
from loaders.needles import needles
from loaders.numbers import NumberToken, scan
from loaders.prefilter import digit_lines, lines_holding
from loaders.reading import line_steps
from loaders.specs import ExtractContext

COMPARATOR = "England"
# A comparator label; a label run into the word before it ("NATIONAL AVERAGENATIONALLY") still counts.
_COMPARATOR_WORDS = re.compile(r"(?:^|[a-z])(?:national(?:ly)?|england|uk|united kingdom)$", re.IGNORECASE)


def section_lines(ctx: ExtractContext, section: str) -> list[int]:
    """Non-blank, non-furniture line numbers inside report sections whose title matches `section`.

    Section by section, not line by line: each line belongs to the last section starting at or above it
    (the first section also takes any lines above its start), as `Segments.section_at` says.
    """
    rx = re.compile(section, re.IGNORECASE)
    lines, sections = ctx.pack.lines, ctx.segments.sections
    out: list[int] = []
    for i, sec in enumerate(sections):
        if sec.kind != "report" or not rx.search(sec.title):
            continue
        first = 1 if i == 0 else sec.start
        end = min(sections[i + 1].start if i + 1 < len(sections) else len(lines) + 1, len(lines) + 1)
        out.extend(n for n in range(first, end) if lines[n - 1].strip() and n not in ctx.segments.furniture)
    return out


def _lines_that_may_match(lines: tuple[str, ...], rx: re.Pattern[str]) -> set[int] | None:
    """The lines holding a word that a case-ignoring pattern needs (`loaders.needles`): no other line can match
    it, and finding a word in the whole pack is far cheaper than searching every line.  None: any line may."""
    twin = ascii_twin(rx)
    words = needles(twin) if twin is not None else None
    return None if words is None else lines_holding(lines, words)


def token_at(ctx: ExtractContext, line: int, start: int, end: int) -> NumberToken | None:
    """The printed number whose text lies in [start, end) of a line, read even where glued to a word."""
    text = ctx.line(line)
    for tok in scan(text):
        if start <= tok.start + (1 if tok.text.startswith("(") else 0) < end:
            return tok
    for tok in scan(text[start:end]):
        return replace(tok, start=tok.start + start, end=tok.end + start)
    return None


def claim_label_numbers(ctx: ExtractContext, line: int, start: int = 0, end: int | None = None) -> None:
    """Numbers that are part of a label ("AGED 40-64", "PER 1,000"): not figures."""
    text = ctx.line(line)
    for tok in scan(text[start : end if end is not None else len(text)]):
        ctx.claimed.add((line, tok.start + start))


def thousands(tok: NumberToken, unit: str) -> float | None:
    """A count printed with a "k" ("700k people") in units, where the scanner gave no unit."""
    return tok.value * 1000 if unit == "count" and tok.unit is None and tok.text.lower().endswith("k") else None


def area_of(label: str, home: str | None) -> str | None:
    """An area label as printed ("LEICESTERSHIRE", "UK", "NATIONALLY") to an area name."""
    word = label.strip()
    if _COMPARATOR_WORDS.search(word):
        return COMPARATOR
    found = areas.lookup(word)
    return found.name if found else home


@dataclass(frozen=True)
class NearLabel:
    """A value on a line matching `value` (group v); `label` within `within` non-blank lines on `side`."""

    measure: str  # may name groups of `label`, e.g. "{who}"
    value: str
    label: str
    unit: str
    side: str = "after"
    within: int = 2
    anchor: str | None = None  # must appear within `anchor_within` lines before the value
    anchor_within: int = 10
    area: str = "home"
    period: str | None = None
    warning: str | None = None  # where the area is inferred rather than printed

    def apply(self, ctx: ExtractContext, dataset: str, lines: list[int], home: str | None) -> None:
        vrx, lrx = re.compile(self.value, re.IGNORECASE), re.compile(self.label, re.IGNORECASE)
        arx = re.compile(self.anchor, re.IGNORECASE) if self.anchor else None
        with_digits = set(digit_lines(ctx.pack.lines))  # a value is a number: a line without a digit holds none
        for i, n in enumerate(lines):
            if n not in with_digits:
                continue
            m = vrx.search(ctx.line(n))
            if not m:
                continue
            near = lines[i + 1 : i + 1 + self.within] if self.side == "after" else lines[max(0, i - self.within) : i]
            label = next(((k, lm) for k in near if (lm := lrx.search(ctx.line(k)))), None)
            if label is None:
                continue
            if arx and not any(arx.search(ctx.line(k)) for k in lines[max(0, i - self.anchor_within) : i + 1]):
                continue
            tok = token_at(ctx, n, *m.span("v"))
            if tok is None:
                continue
            claim_label_numbers(ctx, label[0], *label[1].span())
            if arx:
                for k in lines[max(0, i - self.anchor_within) : i + 1]:
                    for am in arx.finditer(ctx.line(k)):
                        claim_label_numbers(ctx, k, *am.span())
            ctx.emit(
                dataset=dataset,
                line=n,
                token=tok,
                measure=self.measure.format(**{k: v.lower() for k, v in label[1].groupdict().items() if v}),
                unit=self.unit,
                area=home if self.area == "home" else self.area,
                period=self.period,
                value=thousands(tok, self.unit),
                warning=self.warning,
                context=" ".join(ctx.line(k).strip() for k in sorted({n, label[0]})),
            )


@dataclass(frozen=True)
class InOrder:
    """Values and labels printed apart within `span` lines of an anchor, matched by order.

    `values` matches each value (group v) or each pair "A vs B" (groups v and w:
    the home area's value and the comparator's).  `labels` matches each label
    (group label).  Areas come from `areas`: "vs" (pairs), "repeat" (a label's
    first value is the home area's, its second the comparator's) or "labels"
    (the labels are areas, and the measure is fixed).  `ascending` states the
    labels' order by value where print order is not reliable (female life
    expectancy is higher than male).
    """

    measure: str
    anchor: str
    values: str
    labels: str
    unit: str
    span: tuple[int, int] = (0, 30)  # lines before and after the anchor
    areas: str = "repeat"
    ascending: tuple[str, ...] = ()
    period: str | None = None
    claim: str | None = None  # label text in the window whose numbers are not figures ("PER 1,000")

    def apply(self, ctx: ExtractContext, dataset: str, lines: list[int], home: str | None) -> None:
        arx = re.compile(self.anchor, re.IGNORECASE)
        may_hold = _lines_that_may_match(ctx.pack.lines, arx)
        done: set[int] = set()
        for a in lines:
            if a in done or (may_hold is not None and a not in may_hold) or not arx.search(ctx.line(a)):
                continue
            steps = line_steps(ctx.pack.lines)  # a run of blank lines counts as one line
            window = [n for n in lines if steps[a] - self.span[0] <= steps[n] <= steps[a] + self.span[1]]
            done.update(n for n in window if arx.search(ctx.line(n)))
            values, labels = self._collect(ctx, window)
            if not values or len(labels) != len(values):
                continue
            if self.ascending:
                rank = {x.casefold(): k for k, x in enumerate(self.ascending)}
                labels = sorted(labels, key=lambda lab: rank.get(lab[0].casefold(), 0))
                values = sorted(values, key=lambda v: v[0][1].value)
            self._emit(ctx, dataset, home, values, labels)

    def _collect(
        self, ctx: ExtractContext, window: list[int]
    ) -> tuple[list[list[tuple[int, NumberToken]]], list[tuple[str, str | None]]]:
        vrx, lrx = re.compile(self.values, re.IGNORECASE), re.compile(self.labels, re.IGNORECASE)
        values: list[list[tuple[int, NumberToken]]] = []
        labels: list[tuple[str, str | None]] = []
        for n in window:
            text = ctx.line(n)
            for m in vrx.finditer(text):
                groups = [g for g in ("v", "w") if m.groupdict().get(g)]
                toks = [(n, t) for g in groups if (t := token_at(ctx, n, *m.span(g)))]
                if toks:
                    values.append(toks)
            if self.claim:
                for m in re.finditer(self.claim, text, re.IGNORECASE):
                    claim_label_numbers(ctx, n, *m.span())
            for m in lrx.finditer(text):
                labels.append((" ".join(m.group("label").split()), m.groupdict().get("period")))
                claim_label_numbers(ctx, n, *m.span())
        return values, labels

    def _emit(
        self,
        ctx: ExtractContext,
        dataset: str,
        home: str | None,
        values: list[list[tuple[int, NumberToken]]],
        labels: list[tuple[str, str | None]],
    ) -> None:
        seen: Counter[str] = Counter()
        for toks, (label, period) in zip(values, labels, strict=True):
            key = label.casefold()
            seen[key] += 1
            for k, (n, tok) in enumerate(toks):
                if self.areas == "labels":
                    area, measure = area_of(label, home), self.measure
                elif self.areas == "vs":
                    area, measure = (home if k == 0 else COMPARATOR), self.measure.format(label=label.lower())
                else:
                    area = home if seen[key] == 1 else COMPARATOR
                    measure = self.measure.format(label=label.lower())
                ctx.emit(
                    dataset=dataset,
                    line=n,
                    token=tok,
                    measure=measure,
                    unit=self.unit,
                    area=area,
                    period=period or self.period,
                    value=thousands(tok, self.unit),
                    context=ctx.line(n).strip(),
                )


@dataclass(frozen=True)
class Callouts:
    """A line of values (groups v, w, ...) whose labels are the paragraphs after it, in order.

    Each label paragraph starts at `start` (a bracketed count, group n, and the
    topic) and runs to `end` (the national average, group nat).  The topic runs
    from after the count to `topic_end` (the end of its clause).  Gives the home area's share, its count
    and the national average, with the period printed in the paragraph.
    """

    anchor: str
    values: str
    start: str
    end: str
    topic_end: str = r","
    claim: str = r"\b(?:aged\s+)?(?:under|over)\s+\d+"
    look_ahead: int = 40
    period: str = r"\(((?:19|20)\d{2}/\d{2})\)"

    def apply(self, ctx: ExtractContext, dataset: str, lines: list[int], home: str | None) -> None:
        arx, vrx = re.compile(self.anchor, re.IGNORECASE), re.compile(self.values)
        srx, erx = re.compile(self.start, re.IGNORECASE), re.compile(self.end, re.IGNORECASE)
        prx = re.compile(self.period)
        for i, a in enumerate(lines):
            if not arx.search(ctx.line(a)):
                continue
            after = lines[i + 1 : i + 1 + self.look_ahead]
            vline = next((n for n in after[:3] if vrx.search(ctx.line(n))), None)
            if vline is None:
                continue
            vm = vrx.search(ctx.line(vline))
            if vm is None:
                continue
            shares = [token_at(ctx, vline, *vm.span(g)) for g in sorted(vm.groupdict()) if vm.group(g)]
            paragraphs = self._paragraphs(ctx, after, srx, erx)
            if len(paragraphs) != len(shares):
                continue
            for share, para in zip(shares, paragraphs, strict=True):
                self._emit(ctx, dataset, home, share, vline, para, prx, after)

    def _paragraphs(
        self, ctx: ExtractContext, after: list[int], srx: re.Pattern[str], erx: re.Pattern[str]
    ) -> list[list[int]]:
        paras: list[list[int]] = []
        current: list[int] | None = None
        for n in after:
            text = ctx.line(n)
            if srx.search(text):
                current = [n]
            elif current is not None:
                current.append(n)
            if current is not None and erx.search(" ".join(ctx.line(k).strip() for k in current)):
                paras.append(current)
                current = None
        return paras

    def _emit(
        self,
        ctx: ExtractContext,
        dataset: str,
        home: str | None,
        share: NumberToken | None,
        vline: int,
        para: list[int],
        prx: re.Pattern[str],
        after: list[int],
    ) -> None:
        text = " ".join(ctx.line(k).strip() for k in para)
        sm = re.search(self.start, text, re.IGNORECASE)
        topic = re.sub(r"^\s*\)?\s*of\s+", "", text[sm.end("n") :] if sm else text)
        topic = re.split(self.topic_end, topic, maxsplit=1, flags=re.IGNORECASE)[0].strip(" ,")
        topic = " ".join(topic.split())
        tail = [k for k in after if para[-1] < k <= para[-1] + 3]
        pm = prx.search(" ".join(ctx.line(k) for k in [*para, *tail]))
        period = pm.group(1) if pm else None
        if share is not None:
            ctx.emit(
                dataset=dataset,
                line=vline,
                token=share,
                measure=f"Percentage of {topic}",
                unit="%",
                area=home,
                period=period,
                context=text,
            )
        count_line = para[0]
        cm = re.search(self.start, ctx.line(count_line), re.IGNORECASE)
        if cm and (tok := token_at(ctx, count_line, *cm.span("n"))):
            ctx.emit(
                dataset=dataset,
                line=count_line,
                token=tok,
                measure=f"Number of {topic}",
                unit="count",
                area=home,
                period=period,
                context=text,
            )
        for k in para:
            for m in re.finditer(self.claim, ctx.line(k), re.IGNORECASE):
                claim_label_numbers(ctx, k, *m.span())
        em = re.search(self.end, text, re.IGNORECASE)
        if em:
            k, col = _line_of(ctx, para, em.start("nat"))
            if tok := token_at(ctx, k, col, col + len(em.group("nat"))):
                ctx.emit(
                    dataset=dataset,
                    line=k,
                    token=tok,
                    measure=f"Percentage of {topic} (national average)",
                    unit="%",
                    area=COMPARATOR,
                    period=period,
                    context=text,
                )


def _line_of(ctx: ExtractContext, para: list[int], offset: int) -> tuple[int, int]:
    """Line and column of an offset in the paragraph text joined with single spaces."""
    pos = 0
    for k in para:
        piece = ctx.line(k).strip()
        if offset <= pos + len(piece):
            lead = len(ctx.line(k)) - len(ctx.line(k).lstrip())
            return k, lead + offset - pos
        pos += len(piece) + 1
    return para[-1], 0


@dataclass(frozen=True)
class InfographicSpec:
    """A dataset read from infographics in report sections whose title matches `section`."""

    name: str
    section: str
    rules: tuple[NearLabel | InOrder | Callouts, ...] = field(default_factory=tuple)
    order: int = 30

    def extract(self, ctx: ExtractContext) -> None:
        lines = section_lines(ctx, self.section)
        if not lines:
            return
        home = home_area(ctx.pack.lines)
        for rule in self.rules:
            rule.apply(ctx, self.name, lines, home)
