"""`gp_workforce`: GP WTE per 1,000 patients and the HEE workforce forecasting model.

* Statements in prose near the "Graph 1" caption (the graph itself was an
  image): a national target of WTE GPs and its rate per 1,000 patients.
* Table 1, whose caption is printed after its rows: row labels wrap over
  several lines and each row's numbers open the line that carries the first
  line of its "Evidence" text.  The columns are declared by the spec.
* Tables 2 and 3 were images: a note says the trajectory has no numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders import figures as fig
from loaders.captions_rows import Caption
from loaders.datasets._captions import caption, captions
from loaders.datasets.primary_care_finance import caption_for, caption_title, claim_caption
from loaders.numbers import NumberToken, scan
from loaders.specs import ExtractContext

# A row's values: one or more numbers, then the evidence text starting with a capital letter.
_VALUES_THEN_TEXT_RE = re.compile(r"(?:^|\s)((?:-?\d[\d,]*(?:\.\d+)?\s+){1,3})(?=[A-Z][A-Za-z]*\s)")
_LABEL_START_RE = re.compile(r"^[A-Z][A-Za-z]*\s+\S+")


@dataclass(frozen=True)
class ProseFact:
    """A number stated in a sentence: regex with a group `v`, and what it measures."""

    pattern: str
    measure: str
    unit: str


@dataclass(frozen=True)
class WorkforceSpec:
    name: str = "gp_workforce"
    area: str = "LLR"
    prose_anchor: str = field(default_factory=lambda: caption("gp_workforce", "prose"))
    prose_window: int = 12
    prose: tuple[ProseFact, ...] = (
        ProseFact(r"target for WTE GPs.{0,60}? of (?P<v>[\d,]+)", "National target WTE GPs (NHSE)", "WTE"),
        ProseFact(
            r"(?P<v>\d+(?:\.\d+)?)\s*wte\s+per\s+1,?000\s+patients",
            "WTE GPs per 1,000 patients (national target)",
            "WTE per 1,000 patients",
        ),
    )
    model_caption: str = field(default_factory=lambda: caption("gp_workforce", "model"))
    model_header_end: str = r"^\s*Evidence\s*$"  # the last column header, printed above the rows
    model_columns: tuple[tuple[str, str | None, str | None], ...] = (
        # (column, period, unit: None means WTE when the label says WTE, else count)
        ("Numbers", None, None),
        ("Total over 5 years", "total over 5 years", "WTE"),
    )
    image_captions: tuple[str, ...] = field(default_factory=lambda: captions("gp_workforce", "image"))
    search_back: int = 150
    order: int = 20

    def extract(self, ctx: ExtractContext) -> None:
        self._prose(ctx)
        self._model(ctx)
        for rx in self.image_captions:
            cap = caption_for(ctx, rx)
            if cap is None:
                continue
            has_rows = any(t.caption and t.caption.line == cap.line and t.rows for t in ctx.tables)
            if not has_rows:
                claim_caption(ctx, cap)
                ctx.notes.append(
                    f"{caption_title(cap)} (line {cap.line}) was an image: the GP workforce trajectory and its"
                    " assumptions have no numbers in the text"
                )

    def _prose(self, ctx: ExtractContext) -> None:
        anchor = re.compile(self.prose_anchor)
        start = next((n for n in range(1, len(ctx.pack.lines) + 1) if anchor.search(ctx.line(n))), None)
        if start is None:
            return
        numbers = list(range(start, min(start + self.prose_window, len(ctx.pack.lines)) + 1))
        text, offsets = "", []
        for n in numbers:
            offsets.append((len(text), n))
            text += ctx.line(n) + " "
        for fact in self.prose:
            for m in re.finditer(fact.pattern, text, re.IGNORECASE):
                off, n = max((o, k) for o, k in offsets if o <= m.start("v"))
                token = _token_at(ctx.line(n), m.start("v") - off)
                if token is None:
                    continue
                sentence, pos = fig.sentence_around(fig.Passage(text, tuple(offsets)), m.start("v"))
                ctx.emit(
                    dataset=self.name,
                    line=n,
                    token=token,
                    measure=fact.measure,
                    unit=fact.unit,
                    area=self.area,
                    period=fig.nearest_period(sentence, pos),
                    context=sentence,
                )

    def _model(self, ctx: ExtractContext) -> None:
        cap = caption_for(ctx, self.model_caption)
        if cap is None:
            return
        header = re.compile(self.model_header_end)
        top = next(
            (n for n in range(cap.line - 1, max(cap.line - self.search_back, 1), -1) if header.search(ctx.line(n))),
            None,
        )
        if top is None:
            return
        claim_caption(ctx, cap)
        label: list[str] = []
        in_evidence = False
        flows: list[float] = []
        start_value: float | None = None
        for n in range(top + 1, cap.line):
            text = ctx.line(n).strip()
            if not text or n in ctx.segments.furniture:
                continue
            padded = f" {text} "
            m = _VALUES_THEN_TEXT_RE.search(padded)
            head = padded[: m.start(1)].strip() if m else ""
            if m and (head or (label and not in_evidence)):
                row_label = head if in_evidence else " ".join([*label, head]).strip()
                tokens = [t for t in scan(text) if m.start(1) - 1 <= t.start < m.end(1) - 1]
                self._emit_row(ctx, cap, n, row_label, tokens, text)
                if len(tokens) >= 2:
                    flows.append(tokens[1].value)
                elif tokens and start_value is None:
                    start_value = tokens[0].value
                label, in_evidence = [], True
            elif in_evidence:
                if _LABEL_START_RE.match(text) and not text.endswith("."):
                    label, in_evidence = [text], False
            else:
                label.append(text)
        if start_value is not None and flows:
            ctx.notes.append(
                f"{caption_title(cap)}: the starting WTE and the model's five-year flows give "
                f"{start_value + sum(flows):g} WTE at the end; the result is not printed in the text"
            )

    def _emit_row(
        self, ctx: ExtractContext, cap: Caption, n: int, label: str, tokens: list[NumberToken], text: str
    ) -> None:
        for (column, period, unit), token in zip(self.model_columns, tokens, strict=False):
            ctx.emit(
                dataset=self.name,
                line=n,
                token=token,
                measure=f"{label} ({column})",
                unit=unit or ("WTE" if "wte" in label.casefold() else "count"),
                area=self.area,
                period=period,
                table=caption_title(cap),
                context=f"{label}: {text}",
            )


def _token_at(text: str, pos: int) -> NumberToken | None:
    return next((t for t in scan(text) if t.start <= pos < t.end or t.start == pos), None)


SPECS = [WorkforceSpec()]
