"""`performance`: indicators with their target, actual, period and RAG as the packs print them.

Four layouts, each a small declarative spec:

* `IndicatorRowsSpec`: one indicator a line, "label, (sex) period polarity value
  rank/N comparator" (a public health dashboard appendix).
* `LatestDataSpec`: a three-column table (metric | most recent local data |
  actions) flattened into one column; each metric's cells hold "area; Month
  YYYY - value" lines and a "Target >N%" line.  The spec names the metrics it
  reads, as a table spec names its rows.
* `ColumnDashboardSpec`: a dashboard flattened column by column: indicator
  labels, then their targets, values, periods and RAG letters on lines of their
  own, two indicators' cells sometimes interleaved.
* `PairedListSpec`: bullet lists "Place measure - number" where one measure is
  the other's target ("Contracted activity" against "Attendances").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders import figures as fig
from loaders import rag
from loaders.numbers import NumberToken, scan
from loaders.prefilter import lines_holding
from loaders.specs import ExtractContext

DATASET = "performance"
_MONTHS = fig._MONTH_WORDS
_PERIOD_VALUE_RE = re.compile(
    rf"(?P<period>\b(?:{_MONTHS})\.?\s+(?:19|20)\d{{2}})\s*[\u2013\-:]?\s*(?P<value>\d+(?:\.\d+)?%)\s*$",
    re.IGNORECASE,
)
_TARGET_RE = re.compile(
    r"\bTarget\s*(?:of\s*)?(?P<op>[<>]=?|\u2265|\u2264)?\s*(?P<value>\d+(?:\.\d+)?)\s*%", re.IGNORECASE
)


_NOT_NORM_RE = re.compile(r"[^a-z0-9%&]+")
_NORM_WORD_RE = re.compile(r"[a-z0-9%&]+")


def _norm(text: str) -> str:
    return " ".join(_NOT_NORM_RE.sub(" ", text.casefold()).split())


def _first_norm_word(text: str) -> str:
    """The first word of `_norm(text)` ("" when it has none), found without normalising the whole text."""
    m = _NORM_WORD_RE.search(text.casefold())
    return m.group() if m else ""


def _token(ctx: ExtractContext, line: int, text: str) -> NumberToken | None:
    """The token on `line` printed as `text` (first match)."""
    for t in scan(ctx.line(line)):
        if t.text.strip("()") == text.strip("()") or t.text == text:
            return t
    return None


def _unit_of(label: str, token: NumberToken) -> str:
    if token.unit:
        return token.unit
    low = label.casefold()
    for pattern, unit in (("100,000", "per 100,000"), ("10,000", "per 10,000"), ("1,000", "per 1,000")):
        if pattern in low:
            return unit
    if "%" in low or "percentage" in low or "proportion" in low:
        return "%"
    return "number"


# --- one indicator a line ---------------------------------------------------------------------------------

_INDICATOR_ROW_RE = re.compile(
    r"^\s*(?P<label>\S.*?,\s*\((?P<sex>[PMF])\))\s+(?P<period>.+?)\s+(?P<pol>High|Low)\s+"
    r"(?P<value>Null|-?[\d,]*\.?\d+)\s+(?P<rank>Null|\d+\s*/\s*\d+)\s+(?P<comp>Null|-?[\d,]*\.?\d+)\s*$"
)


def _may_be_indicator_row(text: str) -> bool:
    """What `_INDICATOR_ROW_RE` cannot match without ("(P)", "(M)" or "(F)", then High or Low): a cheap test first."""
    return ("(P)" in text or "(M)" in text or "(F)" in text) and ("High" in text or "Low" in text)


@dataclass(frozen=True)
class IndicatorRowsSpec:
    """Rows "indicator, (P) period High|Low value rank/N England" under a caption naming the area."""

    name: str = "performance_indicator_rows"
    order: int = 40
    caption_words: tuple[str, ...] = ("indicators",)
    comparator: str = "England"
    polarity: dict[str, str] = field(default_factory=lambda: {"High": "higher is better", "Low": "lower is better"})

    def extract(self, ctx: ExtractContext) -> None:
        area: str | None = None
        area_line = 0
        nulls = 0
        captions = lines_holding(ctx.pack.lines, self.caption_words)
        rows = lines_holding(ctx.pack.lines, ("(p)", "(m)", "(f)"))  # a row prints "(P)", "(M)" or "(F)"
        for n in sorted(captions | rows):
            text = ctx.pack.lines[n - 1]
            if n in captions and (found := fig.areas_in(text)):
                area, area_line = found[-1][2].name, n
            m = _INDICATOR_ROW_RE.match(text) if _may_be_indicator_row(text) else None
            if not m:
                continue
            label = " ".join(m.group("label").split())
            period = " ".join(m.group("period").split())
            # The indicator's code, the ages and years in its label and its period name it: they are not figures.
            ctx.claimed.update((n, t.start) for t in scan(text) if t.start < m.start("value"))
            pol = self.polarity[m.group("pol")]
            here = area if area and n - area_line < 80 else fig.home_area(ctx.pack.lines)
            if m.group("value") == "Null":
                nulls += 1
            else:
                self._emit(ctx, n, m.start("value"), label, period, here, pol, None)
            if m.group("rank") != "Null":
                t = next(x for x in scan(text) if x.start >= m.start("rank"))
                of = m.group("rank").split("/")[1].strip()
                row = ctx.emit(
                    dataset=DATASET,
                    line=n,
                    token=t,
                    measure=f"{label} \u2013 rank among {of}",
                    unit="rank",
                    area=here,
                    period=period,
                )
                if row:
                    row["polarity"] = "no judgement"
            if m.group("comp") != "Null":
                self._emit(ctx, n, m.start("comp"), label, period, self.comparator, pol, None)
        if nulls:
            ctx.notes.append(
                f"{ctx.pack.name}: {nulls} indicator rows print 'Null' for the local value; "
                "their RAG colours were colour only in the PDF and left no text"
            )

    def _emit(self, ctx, n, start, label, period, area, pol, rating) -> None:  # type: ignore[no-untyped-def]
        t = next(x for x in scan(ctx.line(n)) if x.start >= start)
        row = ctx.emit(
            dataset=DATASET,
            line=n,
            token=t,
            measure=label,
            unit=_unit_of(label, t),
            area=area,
            period=period,
            rag=rating,
        )
        if row:
            row["polarity"] = pol


# --- metric | latest local data | actions, flattened ------------------------------------------------------


@dataclass(frozen=True)
class LatestDataSpec:
    """Cells "area; Month YYYY - value%" under named metrics, with the metric's "Target >N%"."""

    name: str = "performance_latest_data"
    order: int = 41
    metrics: tuple[str, ...] = (
        "Cancer 62 days from referral to treatment",
        "A&E admission, transfer, discharge within 4 hours",
        "18 week Referral To Treatment (RTT)",
        "Cancer 2 week wait",
        "Diagnostic waiting times",
    )
    block_lines: int = 150

    def extract(self, ctx: ExtractContext) -> None:
        starts = self._metric_starts(ctx)
        for i, (line, metric) in enumerate(starts):
            end = min(starts[i + 1][0] if i + 1 < len(starts) else len(ctx.pack.lines) + 1, line + self.block_lines)
            self._read_block(ctx, metric, line, end)

    def _metric_starts(self, ctx: ExtractContext) -> list[tuple[int, str]]:
        lines = ctx.pack.lines
        wanted = {_norm(m): m for m in self.metrics}
        # A metric's name can start only on a line whose first word begins the first word of a name (or that has
        # no word at all): most lines are ruled out without normalising them.
        openers = {""} | {key.split()[0][:i] for key in wanted for i in range(1, len(key.split()[0]) + 1)}
        found: list[tuple[int, str]] = []
        for n in range(1, len(lines) + 1):
            if _first_norm_word(lines[n - 1]) not in openers:
                continue
            joined = ""
            for k in range(n, min(n + 4, len(lines) + 1)):
                if not lines[k - 1].strip():
                    break
                joined = _norm(f"{joined} {lines[k - 1]}")
                if not any(key.startswith(joined) for key in wanted):
                    break  # more lines only lengthen `joined`: no metric name can match now
                hit = next((m for key, m in wanted.items() if joined == key), None)
                if hit and not (found and found[-1][0] >= n - 3):
                    found.append((n, hit))
                    break
        return found

    def _read_block(self, ctx: ExtractContext, metric: str, start: int, end: int) -> None:
        target: float | None = None
        local_target: float | None = None  # "UHL A&E + UCC's local Target July 2019 - 88.3%": for the next value
        last_area: str | None = None
        cell: list[int] = []
        for n in range(start, end):
            text = ctx.line(n)
            if n in ctx.segments.furniture:
                continue
            if not text.strip():
                cell = []
                continue
            cell.append(n)
            joined = " ".join(ctx.line(k).strip() for k in cell)
            tm = _TARGET_RE.search(joined)
            if tm and "local" not in joined.casefold() and target is None:
                target = float(tm.group("value"))
            # the period may start on the line above ("local Target July" / "2019 - 88.3%")
            m = next(reversed(list(_PERIOD_VALUE_RE.finditer(joined))), None)
            if not m or m.start("value") < len(joined) - len(text.strip()):
                continue
            who = joined[: m.start()].strip(" ;:,\u2013-")
            found = fig.areas_in(who)
            area = found[0][2].name if found else last_area
            last_area = area
            t = _token(ctx, n, m.group("value"))
            if t is None:
                continue
            is_target = "target" in who.casefold()
            qualifier = who
            if found:
                p, e, _a = found[0]
                qualifier = (who[:p] + who[e:]).strip(" ;:,")
            measure = metric + (f" \u2013 {qualifier}" if qualifier else "")
            ctx.emit(
                dataset=DATASET,
                line=n,
                token=t,
                measure=measure,
                unit="%",
                area=area,
                period=" ".join(m.group("period").split()),
                target=None if is_target else (local_target if local_target is not None else target),
                context=joined,
            )
            local_target = t.value if is_target and "local" in who.casefold() else None


# --- a dashboard flattened column by column --------------------------------------------------------------

_TARGET_PHRASE_RE = re.compile(r"^\s*(?:Reduction|Increase|Zero\s+Tolerance|Zero$|Above|Below|Maintain)", re.IGNORECASE)
_DOMAIN_RE = re.compile(r"^\s*Domain\s+\d+\b")
_BARE_VALUE_RE = re.compile(r"^\s*(?P<value>-?\d[\d,]*(?:\.\d+)?%?)\s*$")
_ORG_CELL_RE = re.compile(r"^\s*\((?P<org>[A-Z]{2,5}\s*CCG)\)\s*$")


@dataclass
class _Indicator:
    label: str
    line: int
    targets: list[tuple[str, float | None]] = field(default_factory=list)
    values: list[tuple[int, str]] = field(default_factory=list)
    ratings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ColumnDashboardSpec:
    """Indicator blocks whose cells (target, value, period, RAG letter) follow on lines of their own."""

    name: str = "performance_dashboard"
    order: int = 42
    caption_word: str = "Dashboard"  # the word a dashboard's caption line ends with
    region_lines: int = 400

    def extract(self, ctx: ExtractContext) -> None:
        lines = ctx.pack.lines
        caption = re.compile(rf"^\s*\S.*\b{re.escape(self.caption_word)}\s*$")
        for n, text in enumerate(lines, 1):
            if self.caption_word in text and caption.match(text) and n not in ctx.segments.furniture:
                self._read_region(ctx, n + 1, min(len(lines), n + self.region_lines))

    def _blocks(self, ctx: ExtractContext, start: int, end: int) -> list[list[int]]:
        blocks: list[list[int]] = []
        cur: list[int] = []
        for n in range(start, end + 1):
            if n in ctx.segments.furniture or not ctx.line(n).strip():
                if cur:
                    blocks.append(cur)
                    cur = []
                continue
            if re.search(r"intentionally left blank", ctx.line(n), re.IGNORECASE):
                break
            cur.append(n)
        if cur:
            blocks.append(cur)
        return blocks

    def _read_region(self, ctx: ExtractContext, start: int, end: int) -> None:
        blocks = self._blocks(ctx, start, end)
        area: str | None = None
        headers: list[tuple[int, str]] = []
        group: list[_Indicator] = []
        rows: list[tuple[_Indicator, str | None]] = []
        for bi, block in enumerate(blocks):
            texts = [ctx.line(n).strip() for n in block]
            # Area headings and domain headings open a block; they set context.
            while texts and (self._area_only(texts[0]) or _DOMAIN_RE.match(texts[0])):
                if (a := self._area_only(texts[0])) is not None:
                    area = a
                    headers.append((block[0], a))
                texts, block = texts[1:], block[1:]
            if not texts:
                continue
            nxt = next((ctx.line(b[0]).strip() for b in blocks[bi + 1 : bi + 2]), "")
            if self._is_label_block(texts) and _TARGET_PHRASE_RE.match(nxt):
                if group and (group[0].values or group[0].targets):
                    group = []
                for label, line in self._split_labels(texts, block):
                    ind = _Indicator(label, line)
                    group.append(ind)
                    rows.append((ind, area))
                continue
            if self._is_label_block(texts) and len(texts) <= 4:
                group = []  # an indicator whose cells this layout cannot place: leave its numbers alone
            elif group:
                self._read_cells(ctx, group, texts, block)
        self._emit_rows(ctx, rows, headers)

    @staticmethod
    def _area_only(text: str) -> str | None:
        found = fig.areas_in(text)
        if len(found) != 1 or text.lstrip().startswith("("):
            return None
        if _norm(text) == _norm(text[found[0][0] : found[0][1]]):
            return found[0][2].name
        return None

    @staticmethod
    def _is_label_block(texts: list[str]) -> bool:
        first = texts[0]
        return (
            first[:1].isupper()
            and len(" ".join(texts).split()) >= 3
            and not _TARGET_PHRASE_RE.match(first)
            and not rag.parse_cell(first)
            and not _BARE_VALUE_RE.match(first)
            and not first.endswith(".")
            and len(texts) <= 8
        )

    @staticmethod
    def _split_labels(texts: list[str], block: list[int]) -> list[tuple[str, int]]:
        """One block may hold several labels; a line repeating the block's opening words starts the next."""
        opening = " ".join(texts[0].split()[:2]).casefold()
        out: list[tuple[list[str], int]] = []
        for text, line in zip(texts, block, strict=True):
            if not out or " ".join(text.split()[:2]).casefold() == opening:
                out.append(([text], line))
            else:
                out[-1][0].append(text)
        return [(" ".join(" ".join(t).split()), line) for t, line in out]

    def _read_cells(self, ctx: ExtractContext, group: list[_Indicator], texts: list[str], block: list[int]) -> None:
        k = len(group)
        prev = ""
        after_target_phrase = any(i.targets for i in group)
        for text, line in zip(texts, block, strict=True):
            nxt_i = block.index(line) + 1
            nxt = ctx.line(block[nxt_i]).strip() if nxt_i < len(block) else ""
            if rating := rag.parse_cell(text):
                slot = next((i for i in group if not i.ratings), None)
                if slot:
                    slot.ratings.append(rating)
            elif _TARGET_PHRASE_RE.match(text):
                slot = next((i for i in group if not i.targets), None)
                if slot:
                    zero = re.match(r"\s*Zero", text, re.IGNORECASE)
                    slot.targets.append((text, 0.0 if zero else None))
                after_target_phrase = True
            elif m := _BARE_VALUE_RE.match(text):
                is_target = re.match(r"^\s*(?:Above|Below)\b", prev, re.IGNORECASE) is not None or (
                    _ORG_CELL_RE.match(nxt) is not None
                    and after_target_phrase
                    and sum(1 for i in group if i.targets) < k
                )
                if is_target:
                    slot = next((i for i in group if not i.targets), None)
                    if slot:
                        slot.targets.append((text, float(m.group("value").replace(",", "").rstrip("%"))))
                    elif re.match(r"^\s*(?:Above|Below)\b", prev, re.IGNORECASE):
                        pass
                else:
                    slot = next((i for i in group if not i.values), None)
                    if slot:
                        slot.values.append((line, m.group("value")))
            prev = text

    def _emit_rows(self, ctx: ExtractContext, rows: list[tuple[_Indicator, str | None]], headers) -> None:  # type: ignore[no-untyped-def]
        first_header = headers[0][0] if headers else None
        distinct = list(dict.fromkeys(a for _l, a in headers))
        inferred = None
        if first_header and len(distinct) == 2:
            inferred = distinct[1]
        for ind, area in rows:
            warning = None
            if area is None and inferred and ind.line < (first_header or 0):
                area, warning = inferred, "area inferred: rows precede the first area heading of the dashboard"
            for line, value_text in ind.values:
                t = _token(ctx, line, value_text)
                if t is None:
                    continue
                period = self._period_after(ctx, line)
                target = next((v for _t, v in ind.targets if v is not None), None)
                ctx.emit(
                    dataset=DATASET,
                    line=line,
                    token=t,
                    measure=ind.label,
                    unit=_unit_of(ind.label, t),
                    area=area,
                    period=period,
                    target=target,
                    rag=ind.ratings[0] if ind.ratings else None,
                    warning=warning,
                    context=f"{ind.label}: {value_text}"
                    + (f" (target: {', '.join(x for x, _ in ind.targets)})" if ind.targets else ""),
                )

    @staticmethod
    def _period_after(ctx: ExtractContext, line: int) -> str | None:
        for n in range(line + 1, line + 4):
            text = ctx.line(n).strip()
            m = re.search(r"\((?:[A-Z]{2,5}\s*CCG\s*)?(?P<p>(?:FOT|YTD)[^()]*?)\)?$", text)
            if m:
                return " ".join(m.group("p").split())
        return None


# --- "Place measure - number" lists with a target measure -------------------------------------------------

_LIST_ITEM_RE = re.compile(
    r"^\s*[-\u2022]\s+(?P<label>[A-Za-z][^\u2013\-:=]*?)\s+[\u2013\-:=]\s+(?P<value>\d[\d,\s]*\d|\d)\s*$"
)


def _may_be_list_item(text: str) -> bool:
    """What `_LIST_ITEM_RE` needs first (a bullet after any spaces), tested without the pattern."""
    return text.lstrip()[:1] in ("-", "\u2022")


@dataclass(frozen=True)
class PairedListSpec:
    """Bullets "X <target measure> - N" and "X <measure> - M": M's target is N, X is the place."""

    name: str = "performance_paired_list"
    order: int = 43
    target_measures: tuple[str, ...] = ("contracted activity", "target", "plan", "planned activity")

    def extract(self, ctx: ExtractContext) -> None:
        lines = ctx.pack.lines
        n = 1
        for start in sorted(lines_holding(lines, ("-", "\u2022"))):  # a bullet item prints one or the other
            if start < n:
                continue  # inside the run read last
            run: list[tuple[int, re.Match[str]]] = []
            k = start
            while k <= len(lines) and _may_be_list_item(lines[k - 1]) and (m := _LIST_ITEM_RE.match(lines[k - 1])):
                run.append((k, m))
                k += 1
            if len(run) >= 2:
                self._read_run(ctx, run)
            n = max(k, start + 1)

    def _read_run(self, ctx: ExtractContext, run: list[tuple[int, re.Match[str]]]) -> None:
        targets: dict[str, tuple[float, str]] = {}
        parsed = []
        for line, m in run:
            label = " ".join(m.group("label").split())
            low = label.casefold()
            tm = next((t for t in self.target_measures if low.endswith(t)), None)
            place = label[: len(label) - len(tm)].strip() if tm else None
            parsed.append((line, m, label, tm, place))
            if tm and place:
                t = _token(ctx, line, m.group("value").strip())
                if t:
                    targets[place.casefold()] = (t.value, tm)
        if not targets:
            return
        period = self._period_above(ctx, run[0][0])
        for line, m, label, tm, place in parsed:
            t = next((x for x in scan(ctx.line(line)) if x.start >= m.start("value")), None)
            if t is None:
                continue
            if place is None:
                place = next((p for p in targets if label.casefold().startswith(p + " ")), None)
                place = label[: len(place)] if place else None
            known = targets.get(place.casefold()) if place and not tm else None
            target = known[0] if known else None
            ctx.emit(
                dataset=DATASET,
                line=line,
                token=t,
                measure=label,
                unit="count",
                area=place,
                period=period,
                target=target,
            )

    @staticmethod
    def _period_above(ctx: ExtractContext, line: int) -> str | None:
        for n in range(line - 1, max(0, line - 5), -1):
            text = ctx.line(n).strip()
            if text and fig.nearest_period(text, 0) and not fig.figure_tokens(text):
                return " ".join(text.split())
        return None


SPECS = [IndicatorRowsSpec(), LatestDataSpec(), ColumnDashboardSpec(), PairedListSpec()]
