"""`practice_profile`: practices, PCNs, populations and PCN list sizes by CCG and PCN.

Three places in the primary care strategy state these:

* prose: "a population of 415,213 with 58 GP practices", "136 practices ...
  25 PCNs", "East Leicestershire and Rutland: 7 PCNs" (area: the first area
  named on the line before the number, else in its sentence);
* the Appendix 3 table: one record per PCN starting with its CCG's short name;
  the PCN name, the member practices and the ACD wrap over lines, and the list
  size is printed with spaces as thousands separators ("47 248");
* the PCN slides: a PCN name over the line "(47,188 patients)".

The appendix and the slides state a PCN's list size twice; where the two
differ both rows keep their value and name the other's line in a warning.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field

from loaders import areas
from loaders import figures as fig
from loaders.datasets._captions import caption
from loaders.numbers import NumberToken, scan
from loaders.prefilter import digit_lines
from loaders.specs import ExtractContext

_STOP = {"the", "and", "&", "pcn", "hub", "of"}
_PATIENTS_RE = re.compile(r"^\s*\((?P<v>[\d,. ]+?)\s*(?:patients\))?\s*$")
_POINT_THOUSANDS_RE = re.compile(r"^\d{1,3}\.\d{3}$")


def _words(text: str) -> list[str]:
    return areas.normalise(text).split()


def _key(text: str) -> set[str]:
    return {w for w in _words(text) if w not in _STOP and not w.isdigit()}


@dataclass
class ListSize:
    line: int
    name: str
    token: NumberToken
    ccg: str | None
    source: str  # "appendix" or "slides"
    context: str
    warnings: list[str] = field(default_factory=list)
    value: float | None = None


_RECORD_START_RE = re.compile(r"^\s*(\S+)\s+(\S.*)$")


def _ccg_record(text: str) -> tuple[str, str] | None:
    """(the CCG, the rest) of a line opening a record with a CCG's short name ("ELR", "WL", "City" of "City CCG"),
    known from data/areas.csv; None for any other line."""
    m = _RECORD_START_RE.match(text)
    if m is None:
        return None
    ccg = areas.lookup(f"{m.group(1)} CCG")
    return (ccg.name, m.group(2).strip()) if ccg is not None and ccg.kind == "ccg" else None


@dataclass(frozen=True)
class PracticeProfileSpec:
    name: str = "practice_profile"
    report: str = field(default_factory=lambda: caption("practice_profile", "report"))
    prose: tuple[tuple[str, str, str], ...] = (
        (r"population of (?P<v>\d[\d,]*)", "Population", "count"),
        (r"(?P<v>\d+) (?:GP )?practices\b", "GP practices", "count"),
        (r"(?P<v>\d+) (?:new )?(?:PCNs|primary care networks)\b", "Primary care networks (PCNs)", "count"),
    )
    appendix_caption: str = field(default_factory=lambda: caption("practice_profile", "appendix"))
    appendix_header: str = r"List Size"
    slide_groups: str = r"PCNs\b"
    measure: str = "Population (list size)"
    name_fragment_max: int = 24
    order: int = 20

    def extract(self, ctx: ExtractContext) -> None:
        sections = [s for s in ctx.segments.sections if re.search(self.report, s.title or "", re.IGNORECASE)]
        if not sections:
            return
        first = sections[0].start
        nxt = [s.start for s in ctx.segments.sections if s.start > first]
        last = (nxt[0] - 1) if nxt else len(ctx.pack.lines)
        caption_rx = re.compile(self.appendix_caption)
        caps = [n for n in range(first, last + 1) if caption_rx.search(ctx.line(n))]
        sizes: list[ListSize] = []
        if caps:
            slides_from = caps[1] if len(caps) > 1 else last + 1
            slides = self._slides(ctx, slides_from, last)
            practice_lines = self._slide_practice_lines(ctx, slides_from, last)
            practice_text = " " + " ".join(_words(" ".join(t for _n, t in practice_lines))) + " "
            sizes += self._appendix(ctx, caps[0], slides_from - 1, slides, practice_text)
            sizes += slides
            self._cross_check(sizes)
            self._emit_sizes(ctx, sizes, ctx.line(caps[0]).strip())
        self._prose(ctx, first, last, {s.line for s in sizes}, self._area_of(ctx, caps, sections[0].title))

    # --- prose -------------------------------------------------------------

    @staticmethod
    def _area_of(ctx: ExtractContext, caps: list[int], title: str | None) -> str | None:
        """The place the practices belong to: named in the appendix caption or the report title,
        else the pack's home council."""
        for text in [ctx.line(n) for n in caps[:1]] + [title or ""]:
            found = areas.find_areas(text)
            if found:
                return found[0][1].name
        return fig.home_area(ctx.pack.lines)

    def _prose(self, ctx: ExtractContext, first: int, last: int, skip: set[int], default_area: str | None) -> None:
        paras = fig.passages(ctx.pack.lines, ctx.segments.furniture)
        prose = [(re.compile(pattern, re.IGNORECASE), measure, unit) for pattern, measure, unit in self.prose]
        numbered = set(digit_lines(ctx.pack.lines))
        seen: set[int] = set()
        for n in range(first, last + 1):
            passage = paras.get(n)
            if passage is None or id(passage) in seen:
                continue
            seen.add(id(passage))
            if not any(k in numbered for _off, k in passage.starts):
                continue  # each pattern reads a number: a passage without one has nothing to give
            for rx, measure, unit in prose:
                for m in rx.finditer(passage.text):
                    off, k = max((o, k) for o, k in passage.starts if o <= m.start("v"))
                    text = ctx.line(k)
                    token = next((t for t in scan(text) if t.start == m.start("v") - off), None)
                    if token is None or k in skip or ctx.is_claimed(k, token):
                        continue
                    sentence, _pos = fig.sentence_around(passage, m.start("v"))
                    before = [a for p, a in areas.find_areas(text) if p < token.start]
                    in_sentence = areas.find_areas(sentence)
                    area = before[0].name if before else (in_sentence[0][1].name if in_sentence else default_area)
                    ctx.emit(
                        dataset=self.name,
                        line=k,
                        token=token,
                        measure=measure,
                        unit=unit,
                        area=area,
                        context=sentence[:400],
                    )

    # --- slides --------------------------------------------------------------

    def _slide_records(self, ctx: ExtractContext, start: int, end: int) -> list[tuple[int, int, str]]:
        """(line of the number, name start line, name) for each "(N patients)" on the slides."""
        out = []
        for n in range(start, end + 1):
            text = ctx.line(n).strip()
            m = _PATIENTS_RE.match(text)
            if not m:
                continue
            if "patients" not in text:
                follow = next((ctx.line(k).strip() for k in range(n + 1, n + 4) if ctx.line(k).strip()), "")
                if not follow.startswith("patients"):
                    continue
            names: list[tuple[int, str]] = []
            k = n - 1
            while k > start and not ctx.line(k).strip():
                k -= 1
            while k > start:
                t = ctx.line(k).strip()
                if not t or k in ctx.segments.furniture or re.search(self.slide_groups, t) or re.fullmatch(r"\d+", t):
                    break
                names.insert(0, (k, t))
                k -= 1
            if names:
                out.append((n, names[0][0], " ".join(t for _k, t in names)))
        return out

    def _slide_practice_lines(self, ctx: ExtractContext, start: int, end: int) -> list[tuple[int, str]]:
        records = self._slide_records(ctx, start, end)
        name_lines = {k for n, s, _ in records for k in range(s, n + 1)}
        return [
            (k, ctx.line(k).strip())
            for k in range(start, end + 1)
            if k not in name_lines and ctx.line(k).strip() and k not in ctx.segments.furniture
        ]

    def _slides(self, ctx: ExtractContext, start: int, end: int) -> list[ListSize]:
        out = []
        for n, _s, name in self._slide_records(ctx, start, end):
            tokens = scan(ctx.line(n))
            if tokens:
                out.append(ListSize(n, name, tokens[0], None, "slides", f"{name} {ctx.line(n).strip()}"))
        return out

    # --- appendix table --------------------------------------------------------

    def _appendix(
        self, ctx: ExtractContext, cap: int, end: int, slides: list[ListSize], practice_text: str
    ) -> list[ListSize]:
        starts = [n for n in range(cap + 1, end + 1) if _ccg_record(ctx.line(n))]
        out: list[ListSize] = []
        for i, n in enumerate(starts):
            stop = starts[i + 1] - 1 if i + 1 < len(starts) else end
            record_start = _ccg_record(ctx.line(n))
            assert record_start is not None
            ccg, rest = record_start
            name, name_lines = self._pcn_name(ctx, n, stop, rest, slides, practice_text)
            record = " ".join(ctx.line(k).strip() for k in range(n, stop + 1) if ctx.line(k).strip())
            for k in range(n, stop + 1):
                if k in ctx.segments.furniture:
                    continue
                text = ctx.line(k)
                skip_to = len(text) if k in name_lines else 0
                if k == n:
                    skip_to = text.find(rest) + len(name) if k not in name_lines else len(text)
                for t in scan(text, space_thousands=True):
                    if t.start < skip_to or t.value < 1 or t.unit is not None:
                        continue
                    out.append(ListSize(k, name, t, ccg, "appendix", record))
        return out

    def _pcn_name(
        self, ctx: ExtractContext, n: int, stop: int, rest: str, slides: list[ListSize], practice_text: str
    ) -> tuple[str, set[int]]:
        """The PCN name at the start of a record, and the lines it fills on its own."""
        if "," not in rest and not any(ch.isdigit() for ch in rest):
            parts, lines = [rest], {n}
            for k in range(n + 1, stop + 1):
                t = ctx.line(k).strip()
                if not t:
                    continue
                if len(t) > self.name_fragment_max or any(ch.isdigit() for ch in t):
                    break
                parts.append(t)
                lines.add(k)
            return " ".join(parts), lines
        words = rest.split(",")[0].split()
        known = [s.name for s in slides]
        for k in range(len(words) - 1, 0, -1):
            if any(_words(" ".join(words[:k])) == _words(x) for x in known):
                return " ".join(words[:k]), set()
        for k in range(1, len(words)):
            tail = " ".join(_words(" ".join(words[k:])))
            if tail and f" {tail} " in practice_text:
                return " ".join(words[:k]), set()
        return rest.split(",")[0], set()

    # --- checks and rows -------------------------------------------------------

    def _cross_check(self, sizes: list[ListSize]) -> None:
        values = [s.token.value for s in sizes if s.token.value >= 1000]
        median = statistics.median(values) if values else 0
        for s in sizes:
            if median and s.token.value >= 1000 and s.token.value > 5 * median:
                s.warnings.append(
                    f"list size {s.token.text} is far above the others (median {median:,.0f}); likely a typo"
                )
        app = [s for s in sizes if s.source == "appendix"]
        sld = [s for s in sizes if s.source == "slides"]
        pairs = []
        for a in app:
            for b in sld:
                shared = _key(a.name) & _key(b.name)
                if not shared:
                    continue
                score = len(shared) / len(_key(a.name) | _key(b.name)) + (1.0 if _same(a, b) else 0.0)
                pairs.append((score, id(a), id(b), a, b))
        used: set[int] = set()
        for _score, ia, ib, a, b in sorted(pairs, key=lambda p: -p[0]):
            if ia in used or ib in used:
                continue
            used |= {ia, ib}
            if _POINT_THOUSANDS_RE.match(a.token.text) and b.token.value == a.token.value * 1000:
                a.value = b.token.value
                a.warnings.append(
                    f"'{a.token.text}' printed with a point for a thousands separator; read as {b.token.text} as line"
                    f" {b.line} states"
                )
                continue
            if not _same(a, b):
                a.warnings.append(f"list size also stated as {b.token.text} at line {b.line} (slides)")
                b.warnings.append(f"list size also stated as {a.token.text} at line {a.line} (appendix table)")
        for s in sizes:
            if _POINT_THOUSANDS_RE.match(s.token.text) and s.value is None:
                s.warnings.append(f"'{s.token.text}' looks like a thousands separator printed as a point")

    def _emit_sizes(self, ctx: ExtractContext, sizes: list[ListSize], caption: str) -> None:
        for s in sizes:
            ctx.emit(
                dataset=self.name,
                line=s.line,
                token=s.token,
                measure=self.measure,
                unit="count",
                area=s.name,
                value=s.value,
                table=caption + (" (slides)" if s.source == "slides" else ""),
                context=(f"{s.ccg}: " if s.ccg else "") + s.context[:400],
                warning="; ".join(s.warnings) or None,
            )
            # "47 248" read with a space for thousands holds "248" for a plain scan: not a second figure
            inside = scan(ctx.line(s.line))
            ctx.claimed.update((s.line, t.start) for t in inside if s.token.start <= t.start < s.token.end)


def _same(a: ListSize, b: ListSize) -> bool:
    return abs(a.token.value - b.token.value) < 0.5


SPECS = [PracticeProfileSpec()]
