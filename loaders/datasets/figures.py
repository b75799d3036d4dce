"""`figures`: every number in the text that no other dataset claimed."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from loaders import figures as fig
from loaders import labels, places, topics
from loaders.columns import column_views
from loaders.datasets.grid_tables import record_area_column
from loaders.numbers import NumberToken, scan
from loaders.prefilter import digit_lines
from loaders.reading import step_back
from loaders.specs import ExtractContext

# "... lower than the national figure of 13.2%": the number is the national comparator's, whatever place the
# sentence names around it.  (A "national target" is a standard for the local area, so it is not here.)
_NATIONAL_VALUE_RE = re.compile(
    r"\b(?:national(?:ly)?|England(?:'s)?|English)\s+(?:figure|average|rate|level|value|mean|median|benchmark|position)s?"
    r"\s*(?:of|was|is|at|=|:)?\s*\(?$",
    re.IGNORECASE,
)


# "... above the regional figure of 13.3%": the number is the region's (the one the pack names most)
_REGIONAL_VALUE_RE = re.compile(
    r"\bregional(?:ly)?\s+(?:figure|average|rate|level|value|mean|median|benchmark|position)s?"
    r"\s*(?:of|was|is|at|=|:)?\s*\(?$",
    re.IGNORECASE,
)


def _is_regional_value(before: str) -> bool:
    """`_REGIONAL_VALUE_RE` finds the text before a number naming the region's figure."""
    return "egional" in before and bool(_REGIONAL_VALUE_RE.search(before))


def _is_national_value(before: str) -> bool:
    """`_NATIONAL_VALUE_RE` finds the text before a number naming the national figure (tested first for the
    words it needs: the pattern, anchored at the end, is tried at every position)."""
    low = fig.lowered(before)
    if low is not None and "national" not in low and "england" not in low and "english" not in low:
        return False
    return bool(_NATIONAL_VALUE_RE.search(before))


_PLURAL_KINDS = "|".join(re.escape(k) for k in places.PLACE_DIMENSIONS if k.endswith("s") and k != "areas")
_ALL_OF_KIND_RE = re.compile(
    rf"^(?:(?:the|all|our|its|their|these|those|each|every|\w+'s|\d+|two|three|four|five|six|seven|eight|nine|ten|"
    rf"twelve)\s+)*(?:{_PLURAL_KINDS})$",
    re.IGNORECASE,
)


def _of_every_place(sentence: str) -> bool:
    """Whether a sentence's subject is every place of a kind ("PCNs are forecast to use ...", "In addition, the
    county's wards received ..."): its figures are the whole area's, not those of a place the text names nearby."""
    return bool(_ALL_OF_KIND_RE.match(labels.subject_of(sentence).strip()))


def _sentence_on_line(text: str, start: int, length: int, local: places.LocalPlaces | None) -> tuple[int, int]:
    """Where a sentence starting at `start` of a line (before it, if negative) runs on that line; widened to
    hold a place name the sentence break cut ("N.W. Leicestershire", read as ending a sentence at "N.W.")."""
    lo, hi = max(0, start), max(0, start + length)
    if lo == 0 and hi >= len(text):
        return lo, hi
    for a, b, _area in fig.places_in(text, local):
        if a < lo < b:
            lo = a
        if a < hi < b:
            hi = b
    return lo, hi


class _Spread:
    """A paragraph's figures (start, end, line) in the order they are printed, and their starts, so the figures
    of one sentence are found by bisection: a long paragraph (a table read as one) holds hundreds."""

    def __init__(self, figures: list[tuple[int, int, int]]) -> None:
        self.figures = figures  # by line, then left to right: in order of start
        self.starts = [a for a, _b, _line in figures]

    def within(self, lo: int, hi: int, line: int) -> list[tuple[int, int]]:
        """The figures inside [lo, hi] not on `line`, as offsets from lo."""
        return [
            (a - lo, b - lo)
            for a, b, n in self.figures[bisect_left(self.starts, lo) : bisect_right(self.starts, hi)]
            if n != line and b <= hi
        ]


LINE_REACH = 300  # characters of a figure's own line either side searched first for its area
PARAGRAPH_REACH = 2000  # characters of a paragraph either side of a figure searched for its area


# "The ICB's Director of Operations said that ...": what an NHS body's officer reports is the body's
_BODY_SPEAKS_RE = re.compile(
    r"^\W*[Tt]he\s+ICB(?:['\u2019]s)?\s+(?:[A-Z][\w-]*\s+(?:(?:of|for|and)\s+)?){1,5}"
    r"(?:said|reported|told|confirmed|explained|stated)\b"
)


# after a figure: a rate's base ("£1.50 per registered patient") or the nation's ("rises by 4.7% nationally")
_RATE_OR_NATIONAL_AFTER_RE = re.compile(r"\s*(?:(?:per|each)\s+(?!cent\b)\w|nationally\b)", re.IGNORECASE)


def _record_places(ctx: ExtractContext, home: str | None) -> list[str]:
    """The words of each long table's area column ("Indicator | Area | Period | Value"): places, as a table's
    place rows are (`places.pack_places` keeps those no gazetteer finds in running text)."""
    columns = [(grid, record_area_column(grid, home)) for grid in ctx.grids()]
    return [name for grid, k in columns if k is not None for row in grid.rows if (name := row.words[k])]


@dataclass(frozen=True)
class FiguresSpec:
    name: str = "figures"
    order: int = 100
    lines_above_for_area: int = 6
    comparator: str = "England"  # what "national" means in these packs (data/areas.csv: National)

    def extract(self, ctx: ExtractContext) -> None:
        lines = ctx.pack.lines
        default_area = places.home_area(lines)
        names = places.pack_places(default_area, ctx.grids(), _record_places(ctx, default_area))
        region = fig.region_named_most(lines)  # "(South West 0.49)": the pack's own region, wherever it is named
        local = places.local_places(
            (*names, region) if region and region not in names else names,
            home=default_area,
            bodies=places.pack_bodies(ctx.grids()),
            body=default_area if default_area == places.home_body(lines) else None,  # an NHS board's own papers
            city=places.home_is_city(lines, default_area),
        )
        # a table's header and rows are no heading for the text after it
        not_headings = ctx.segments.furniture | frozenset(
            n for g in ctx.grids() for n in range(min((g.first_line, *g.header_lines)), g.last_line + 1)
        )
        table_of_line = {r.line: t.title for t in ctx.tables for r in t.rows if t.title}
        used_keys: set[tuple[int, str | None, str | None, str]] = set()
        for view in column_views(lines):  # a page in two columns is read one column at a time
            self._extract_view(ctx, view, default_area, local, not_headings, table_of_line, used_keys)

    def _extract_view(
        self,
        ctx: ExtractContext,
        lines: tuple[str, ...],
        default_area: str | None,
        local: places.LocalPlaces | None,
        not_headings: frozenset[int],
        table_of_line: dict[int, str],
        used_keys: set[tuple[int, str | None, str | None, str]],
    ) -> None:
        """The figures of one view of the pack's lines (`loaders.columns`): the lines themselves, or one column."""
        paras = fig.passages(lines, ctx.segments.furniture)
        marked = sorted(ctx.pack.headings)
        headings: dict[int, str | None] = {}  # the heading above each paragraph, by its first line
        body_named: str | None = None  # the one ICB the pack names ("" for none), found when a sentence needs it
        spread: dict[int, _Spread] = {}  # each paragraph's figures, by its first line
        for n in digit_lines(lines):  # a line without a digit holds no figure
            text = lines[n - 1]
            if n in ctx.segments.furniture or not text.strip():
                continue
            if all(ctx.is_claimed(n, t) for t in scan(text)):
                continue  # every number on the line is another dataset's: no need to tell figures from dates
            tokens = [t for t in fig.figure_tokens(text) if not ctx.is_claimed(n, t)]
            if not tokens:
                continue
            passage = paras.get(n) or fig.Passage(text, ((0, n),))
            base = passage.offset(n, 0)  # where the line starts in its paragraph (the paragraph holds line n)
            at = [(base + o.start, base + o.end) for o in tokens]
            starts = [a for a, _ in at]  # in order: tokens run left to right
            # the figures of the paragraph's other lines: a sentence wrapped over lines holds them too
            elsewhere = self._paragraph_figures(lines, passage, spread)
            # What the line's figures share: lines above within reach (a run of blank lines counting as one, so
            # the same however spaced), the paragraph's heading, the line's own lead label, marked headings.
            above = self._lines_above(lines, n, ctx.segments.part_start(n))
            first = passage.starts[0][1]
            if first not in headings:  # every figure of a paragraph has the same heading
                headings[first] = fig.heading_above(lines, first, not_headings)
            heading = headings[first]
            line_lead = labels.lead_label(text)
            term = None if line_lead else fig.defined_term(lines, n)  # the figure's whole label
            area_headings = [h for h in (heading, *self._marked_headings(ctx, marked, n)) if h]
            for t, (offset, _end) in zip(tokens, at, strict=True):
                sentence, sent_off = fig.sentence_around(passage, offset)
                sent_base = offset - sent_off
                # the other figures in this sentence, in its own offsets
                lo = bisect_left(starts, sent_base)
                hi = bisect_right(starts, sent_base + len(sentence))
                neighbours = [
                    (a - sent_base, b - sent_base)
                    for a, b in at[lo:hi]
                    if a != offset and b <= sent_base + len(sentence)
                ]
                neighbours += elsewhere.within(sent_base, sent_base + len(sentence), n)
                para_text, para_off = fig.window(passage.text, offset, PARAGRAPH_REACH)
                measure = (
                    (f"{heading}: {term}" if heading else term)
                    if term
                    else labels.clause_label(
                        sentence,
                        sent_off,
                        sent_off + (t.end - t.start),
                        neighbours,
                        heading=heading,
                        lead=line_lead[0] if line_lead and t.start >= line_lead[1] else None,
                    )
                )
                comparator = self.comparator if _is_national_value(sentence[:sent_off]) else None
                if comparator is None and _is_regional_value(sentence[:sent_off]):
                    comparator = fig.region_named_most(lines)
                if comparator is None and _BODY_SPEAKS_RE.match(sentence) and not fig.places_named(sentence, local):
                    if body_named is None:
                        body_named = places.sole_icb(lines) or ""
                    comparator = body_named or None
                if comparator is None and default_area:
                    comparator = self._gap_between_places(
                        sentence, sent_off, t, neighbours, local, default_area, para_text[: max(para_off - sent_off, 0)]
                    )
                if comparator is None and _of_every_place(sentence) and not fig.places_in(sentence, local):
                    comparator = ctx.home_at(n)
                # the line's own part of the figure's sentence: another sentence on the line names other figures
                lo, hi = _sentence_on_line(text, sent_base - base, len(sentence), local)
                area = comparator or (
                    fig.nearest_area(
                        *fig.window(text[lo:hi], t.start - lo, LINE_REACH),
                        sentence,
                        sent_off,
                        above,
                        paragraph=para_text,
                        para_off=para_off,
                        headings=area_headings,
                        local=local,
                    )
                    or ctx.home_at(n)
                )
                period = fig.nearest_period(sentence, sent_off) or (
                    fig.nearest_period(heading, len(heading)) if heading else None  # "... 2023/24 - Quarter 3"
                )
                key = (n, area, period, measure)
                k = 2
                while key in used_keys:
                    key = (n, area, period, f"{measure} ({k})")
                    k += 1
                used_keys.add(key)
                unit = fig.unit_after(text[t.end :], t)
                # a rate ("£1.50 per registered patient"), the nation's figure or a table's loose number is no
                # topic's: no budget line, local value or cell
                topical = (
                    n not in table_of_line
                    and comparator != self.comparator
                    and not _RATE_OR_NATIONAL_AFTER_RE.match(text[t.end :])
                )
                topic = topics.of_figure(measure, sentence, heading, unit, para_text) if topical else topics.GENERIC
                if topic != topics.GENERIC:
                    ctx.text_topics[(n, t.start + 1)] = topic
                ctx.emit(
                    dataset=self.name,
                    line=n,
                    token=t,
                    measure=key[3],
                    unit=unit,
                    area=area,
                    period=period,
                    table=table_of_line.get(n),
                    context=sentence[:400],
                )

    @staticmethod
    def _gap_between_places(
        sentence: str,
        at: int,
        token: NumberToken,
        neighbours: list[tuple[int, int]],
        local: places.LocalPlaces | None,
        home: str,
        before: str = "",
    ) -> str | None:
        """The home area, for a figure whose clause is a gap between places and names none of its own ("For girls
        the gap between the same wards is 6.2 years", or "a difference of 3.8 years" in or after a sentence naming
        two places: `before` is the paragraph's text before the sentence); else None.  A gap of one thing ("a
        financial gap of £370m") is no gap between places."""
        a, b = labels.clause_of(
            sentence, at, at + (token.end - token.start), [(at, at + token.end - token.start), *neighbours]
        )
        clause = sentence[a:b]
        if not places.compares_places(clause) or fig.places_in(clause, local):
            return None
        previous = fig.last_sentence(before)
        between = (
            " between " in clause
            or len(fig.places_named(sentence, local)) >= 2
            or (not fig.places_in(sentence, local) and len(fig.places_named(previous, local)) >= 2)
        )
        return home if between else None

    @staticmethod
    def _paragraph_figures(lines: tuple[str, ...], passage: fig.Passage, spread: dict[int, _Spread]) -> _Spread:
        """Where the figures of the paragraph's lines sit in it (`spread`: each paragraph's, by its first line,
        found once): those of a sentence's other lines are taken out of a label as the line's own figures are."""
        first = passage.starts[0][1]
        if first not in spread:
            spread[first] = _Spread(
                [
                    (off + t.start, off + t.end, line)
                    for off, line in passage.starts
                    for t in fig.figure_tokens(lines[line - 1])
                ]
            )
        return spread[first]

    def _lines_above(self, lines: tuple[str, ...], n: int, part_start: int = 1) -> list[str]:
        """The lines above line n searched for its area, within reach and within its report or minutes item
        (starting at `part_start`) and its numbered section: the line above a heading is another section's.

        A "Key: value" line's are those of its list up to the line that leads into it ("PCN funding across the
        12 PCNs is:", a heading): a line before that is another paragraph's, its place another figure's.
        """
        above = [lines[k - 1] for k in range(max(step_back(lines, n, self.lines_above_for_area), part_start), n)]
        down_to_n = [*above, lines[n - 1]]  # a heading's next line may be line n itself
        for i in range(len(above) - 1, -1, -1):  # not above the heading of its section, numbered or standing alone
            if fig.is_numbered_heading(above[i]) or self._alone_heading(down_to_n, i):
                above = above[i:]
                break
        if not fig.is_key_value(lines[n - 1]):
            return above
        for i in range(len(above) - 1, -1, -1):
            text = above[i].strip()
            if text and not fig.is_key_value(text):
                lead_in = text.endswith(":") or fig.looks_like_heading(text)
                return above[i if lead_in else i + 1 :]
        return above

    @staticmethod
    def _alone_heading(above: list[str], i: int) -> bool:
        """A heading on a line of its own between paragraphs ("Summary" between blank lines, or after a paragraph
        printed on one line and before a numbered one): the lines above it are another part's."""
        return (
            0 < i < len(above) - 1
            and (not above[i - 1].strip() or fig.ends_paragraph(above[i - 1]))
            and (not above[i + 1].strip() or fig.starts_paragraph(above[i + 1]))
            and fig.looks_like_heading(above[i].strip())
        )

    @staticmethod
    def _marked_headings(ctx: ExtractContext, marked: list[int], n: int) -> list[str]:
        """Headings the converter marked ("# ...") above line n in its section, nearest first (`marked`: their
        lines in order)."""
        start = ctx.segments.section_at(n).start
        return [ctx.line(h) for h in reversed(marked[bisect_left(marked, start) : bisect_left(marked, n)])]


SPECS = [FiguresSpec()]
