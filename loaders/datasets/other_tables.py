"""`other_tables`: every table the engine finds that no dedicated spec reads, cell by cell.

Survey results, demographic breakdowns, weekly monitoring tables and district
tables printed without a caption still deserve labelled numbers: each value
gets its row label, its column name, the table's caption, and an area and a
period from the columns, the rows, the caption or the report it sits in.

Column names come from the header by the first reader that finds exactly one
name per column: places, dates or years, the response scales of data/response_scales.csv,
names closed by a bracketed count, names wrapped a word a line (a blank line
between names), or names closed by units and periods.  A table whose columns
cannot be named, and a row whose values do not fit the columns, are left to
`figures` with a note, never guessed.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from loaders import areas, places
from loaders import figures as fig
from loaders.captions_rows import CAPTION_RE, Table
from loaders.column_major import column_major_table
from loaders.column_names import (
    COUNT_CLOSER_RE,
    Columns,
    area_columns,
    counted_columns,
    date_columns,
    grouped_columns,
    named_columns,
    strip_corner,
    year_header_columns,
)
from loaders.datasets.grid_tables import caption_subject
from loaders.header_text import header_period, header_unit, split_header_groups
from loaders.numbers import scan
from loaders.reading import step_back
from loaders.row_blocks import trailing_values
from loaders.specs import ExtractContext
from loaders.wrapped_rows import TableRow, settle_short_rows, table_rows

# Column names of survey tables: answer scales, as printed (regexes, matched case-insensitively), from
# data/response_scales.csv, where another survey's answers are added.
RESPONSE_SCALES_FILE = Path(__file__).resolve().parents[2] / "data" / "response_scales.csv"


@lru_cache(maxsize=1)
def response_scales() -> tuple[str, ...]:
    """The answer patterns of data/response_scales.csv, in file order (a longer answer before its shorter form)."""
    with RESPONSE_SCALES_FILE.open(encoding="utf-8", newline="") as fh:
        return tuple(row["pattern"] for row in csv.DictReader(fh))


# Words a table prints in its corner to name the row dimension; they name no measure.
CORNER_WORDS = ("area", "areas", "district", "districts", "questions")
_OPEN_WORDS = {"of", "and", "the", "for", "to", "in", "by", "with", "on", "a", "an", "or"}
PROSE_LINE = 60  # characters: a header line this long is prose, not a header cell


def _is_area(label: str) -> bool:
    return areas.lookup(label.strip(" *")) is not None


def _is_prose(text: str) -> bool:
    """A line of running text (long, or ending a sentence), not a header cell."""
    t = text.strip()
    return len(t) >= PROSE_LINE or t.endswith((".", ":")) or bool(re.match(r"^Source\b", t, re.IGNORECASE))


def _not_header(text: str) -> bool:
    """Prose, or a line printing a figure with its unit (a chart's label, "get help (29% total)")."""
    return _is_prose(text) or any(t.unit for t in fig.figure_tokens(text))


def _after_last_prose(lines: list[str]) -> list[str]:
    """Header lines after the last line of prose or chart labels among them."""
    cut = max((i + 1 for i, t in enumerate(lines) if _not_header(t)), default=0)
    return lines[cut:]


def _after_prose(lead: str, lines: list[str]) -> str:
    """Header text before the column names, without the prose printed between caption and table."""
    for text in lines:
        if _not_header(text):
            norm = " ".join(text.split())
            at = lead.rfind(norm)
            if at >= 0:
                lead = lead[at + len(norm) :]
    return lead.strip()


def _drop_corner_words(text: str) -> str:
    words = text.split()
    if words and words[-1].casefold().strip(":") in CORNER_WORDS:
        words.pop()
        while words and words[-1].casefold() in _OPEN_WORDS:  # "... diagnosis by area" -> "... diagnosis"
            words.pop()
    return " ".join(words)


@dataclass(frozen=True)
class OtherTablesSpec:
    name: str = "other_tables"
    order: int = 90
    column_names: tuple[str, ...] = field(default_factory=response_scales)
    header_reach: int = 40  # lines above an uncaptioned table searched for its header

    def extract(self, ctx: ExtractContext) -> None:
        previous: Table | None = None
        for table in ctx.tables:
            if table.rows and not self._claimed(ctx, table):
                self._read(ctx, table, previous)
            elif table.caption and not table.rows and id(table) not in ctx.claimed_tables:
                self._read_by_columns(ctx, table)
            if table.rows:
                previous = table

    def _read_by_columns(self, ctx: ExtractContext, table: Table) -> None:
        """A captioned table printed column by column (see `column_major.column_major_table`)."""
        assert table.caption is not None
        parts = column_major_table(ctx.pack, ctx.segments, table.caption.line)
        if not parts:
            return
        years = re.findall(r"\b(?:19|20)\d{2}\b", table.title)
        # The place the caption names, else the one the text above it names (its report's own subject,
        # "LPT summary data for the period ..."), else the report title's or the pack's.
        in_title = fig.areas_in(table.title)
        above = self._area_above(ctx, table.caption.line)
        area = in_title[0][2].name if in_title else above or self._default_area(ctx, table.caption.line, None, "")
        ctx.claim_table(table)
        for part in parts:
            by_period = part.by_period
            for col in part.columns:
                if col.words:
                    continue  # a column of words (a RAG): no figures of its own
                for (_n, label), (line, token) in zip(part.labels, col.values, strict=True):
                    name = col.name or "value"
                    ctx.emit(
                        dataset=self.name,
                        line=line,
                        token=token,
                        measure=name if by_period else f"{name}: {label}",
                        unit=token.unit or header_unit(name, "number"),
                        area=area,
                        period=(f"{label} {years[-1]}" if years else label)
                        if by_period
                        else header_period(table.title),
                        table=table.title,
                        context=f"{table.title}: {label}, {name}: {token.text}",
                    )

    @staticmethod
    def _claimed(ctx: ExtractContext, table: Table) -> bool:
        return id(table) in ctx.claimed_tables or any(ctx.is_claimed(r.line, t) for r in table.rows for t in r.tokens)

    # --- header ---

    def _caption_lines(self, ctx: ExtractContext, table: Table) -> tuple[str, int]:
        """The caption with its wrapped continuation ("... for maintaining" / "independence"), and its last line."""
        assert table.caption is not None
        text, last = table.title, table.caption.line
        for n in range(last + 1, min(last + 4, table.first_line)):
            line = ctx.line(n).strip()
            if not line:
                continue
            ends_open = text.split()[-1].casefold() in _OPEN_WORDS if text.split() else False
            if (line[:1].islower() or ends_open) and not text.rstrip().endswith((".", "?")):
                text, last = f"{text} {line}", n
            break
        return " ".join(text.split()), last

    def _header(self, ctx: ExtractContext, table: Table, previous: Table | None) -> list[tuple[int, str]]:
        """Header lines: from the caption, or up from the first row to prose or the table before."""
        if table.caption:
            _title, start = self._caption_lines(ctx, table)
            return [
                (n, ctx.line(n).strip())
                for n in range(start + 1, table.first_line)
                if ctx.line(n).strip() and n not in ctx.segments.furniture
            ]
        out: list[tuple[int, str]] = []
        stop = previous.last_line if previous else 0
        reach = step_back(ctx.pack.lines, table.first_line, self.header_reach)
        for n in range(table.first_line - 1, max(stop, reach - 1), -1):
            text = ctx.line(n).strip()
            if n in ctx.segments.furniture or not text:
                continue
            if _is_prose(text) or CAPTION_RE.match(text):
                break
            out.insert(0, (n, text))
        return out

    def _columns(self, header: list[tuple[int, str]], widths: list[int]) -> Columns | None:
        """The first reader that names the columns: with a row width seen in the table, else any width."""
        readers = (
            area_columns,
            date_columns,
            year_header_columns,
            lambda lines, width: named_columns(lines, width, self.column_names),
            counted_columns,
        )
        for reader in readers:
            for width in (*widths, None):
                found = reader(header, width)
                if found is not None:
                    return found
        for width in widths:
            found = grouped_columns(header, width)
            if found is not None:
                return found
            groups = split_header_groups([t for _n, t in header], width)
            if groups:
                return Columns(tuple(groups), "named", "", header[0][0], header[-1][0])
        return None

    # --- rows ---

    def _read(self, ctx: ExtractContext, table: Table, previous: Table | None) -> None:
        header = self._header(ctx, table, previous)
        counts = [len(r.tokens) for r in table.rows]
        widths = sorted(set(counts), key=lambda w: (-counts.count(w), -w))
        cols = self._columns(header, widths) if header else None
        if cols is None:
            ctx.notes.append(
                f"{table.title or 'untitled table'} (lines {table.first_line}-{table.last_line}): "
                "column names not found; left to figures"
            )
            return
        title = self._title(ctx, table, previous)
        before = [t for n, t in header if n < cols.first_line]
        if cols.kind == "named":
            lead = _after_prose(cols.lead, before)
        else:  # the question or title printed above a header of places or dates, then the header's own corner
            lead = " ".join([*_after_last_prose(before), cols.lead])
        lead = _drop_corner_words(strip_corner(lead).strip(" :"))
        sections = self._sections(ctx, cols, table.last_line)
        ctx.claim_table(table)
        self._header_numbers(ctx, cols, title, lead)
        read = [(table_rows(ctx.pack, ctx.segments, start, end, len(c.names)), c) for start, end, c in sections]
        _placed, short = settle_short_rows([r for (rows, _u), _c in read for r in rows])
        unplaced = sorted({*short, *(n for (_r, u), _c in read for n in u)})
        home = places.home_area(ctx.pack.lines)
        labels = [r.label.strip() for (rows, _u), _c in read for r in rows]
        rows_are_places = places.place_rows(labels, cols.lead, home)
        for (rows, _u), section_cols in read:
            group = section_cols.lead if section_cols is not cols else lead
            if rows_are_places and group.strip(" :").casefold() in places.PLACE_DIMENSIONS:
                group = ""  # "Ward" names the rows' kind, not a measure
            for row in rows:
                if row.lines[0] in short:
                    continue
                self._claim_label_numbers(ctx, row)
                self._emit_row(ctx, row, section_cols, group, title, rows_are_places)
        if unplaced:
            ctx.notes.append(
                f"{title or 'untitled table'}: values on line(s) {', '.join(map(str, unplaced))} do not fit its "
                f"{len(cols.names)} columns (a cell left empty?); left to figures"
            )

    def _title(self, ctx: ExtractContext, table: Table, previous: Table | None) -> str | None:
        """The caption; an uncaptioned table straight after a captioned one continues it."""
        if table.caption:
            return self._caption_lines(ctx, table)[0]
        if previous is not None and previous.caption:
            gap = [ctx.line(n) for n in range(previous.last_line + 1, table.first_line)]
            gap = [t for t in gap if t.strip()]
            if all(len(t.strip()) < PROSE_LINE and not t.strip().endswith(".") for t in gap) and len(gap) < 15:
                return self._caption_lines(ctx, previous)[0]
        return None

    def _sections(self, ctx: ExtractContext, cols: Columns, last: int) -> list[tuple[int, int, Columns]]:
        """The table split where it prints a new header of places ("Religion Leicester Leicestershire Rutland")."""
        bounds: list[tuple[int, Columns]] = [(cols.last_line + 1, cols)]
        if cols.kind == "area":
            for n in range(cols.last_line + 1, last + 1):
                text = ctx.line(n).strip()
                again = area_columns([(n, text)], len(cols.names)) if text else None
                if again is not None and not fig.figure_tokens(text):
                    if not again.lead:  # the question printed on the lines above the repeated header
                        question = self._question_above(ctx, n, bounds[-1][0])
                        again = Columns(again.names, again.kind, question, again.first_line, again.last_line)
                    bounds.append((n + 1, again))
        return [
            (start, (bounds[i + 1][0] - 2 if i + 1 < len(bounds) else last), c) for i, (start, c) in enumerate(bounds)
        ]

    def _header_numbers(self, ctx: ExtractContext, cols: Columns, title: str | None, lead: str) -> None:
        """Numbers in the column header: a group's size in "Heterosexual (342)" is a value; a date is a name."""
        header = [(n, t) for n in range(cols.first_line, cols.last_line + 1) for t in scan(ctx.line(n))]
        if cols.kind == "period":
            ctx.claimed.update((n, t.start) for n, t in header)
            return
        counts = [(n, t) for n, t in header if t.bracketed]
        if cols.kind != "named" or len(counts) != len(cols.names):
            return
        for name, (_n, token) in zip(cols.names, counts, strict=True):
            m = COUNT_CLOSER_RE.search(name)
            if m is None or m.group(0).strip("()") != token.text.strip("()"):
                return
        for name, (n, token) in zip(cols.names, counts, strict=True):
            group = COUNT_CLOSER_RE.sub("", name).strip()
            ctx.emit(
                dataset=self.name,
                line=n,
                token=token,
                measure=f"{lead + ': ' if lead else ''}{group} \u2013 responses",
                unit="count",
                area=self._default_area(ctx, n, title, lead),
                table=title,
                context=f"column header {name}",
            )

    @staticmethod
    def _claim_label_numbers(ctx: ExtractContext, row: TableRow) -> None:
        """Numbers inside a row label ("18-24", "Under 18", "counted in 1a") name the row; they are not values."""
        first = next(c for c in row.cells if c is not None)
        for n in row.label_lines:
            ctx.claimed.update((n, t.start) for t in scan(ctx.line(n)))
        ctx.claimed.update((first[0], t.start) for t in scan(ctx.line(first[0])) if t.start < first[1].start)

    @staticmethod
    def _question_above(ctx: ExtractContext, line: int, floor: int, most: int = 4) -> str:
        """Short text lines straight above a header (after the last row), joined: the question it answers."""
        lines: list[str] = []
        for n in range(line - 1, max(floor, step_back(ctx.pack.lines, line, 3 * most)) - 1, -1):
            text = ctx.line(n).strip()
            if not text or n in ctx.segments.furniture:
                continue
            if fig.figure_tokens(text) or trailing_values(text) or _is_prose(text) or len(lines) == most:
                break
            lines.insert(0, text)
        return strip_corner(" ".join(lines))

    def _emit_row(
        self,
        ctx: ExtractContext,
        row: TableRow,
        cols: Columns,
        group: str,
        title: str | None,
        rows_are_places: bool = False,
    ) -> None:
        label = row.label.strip()
        home = places.home_area(ctx.pack.lines)
        row_area = label if _is_area(label) else places.row_area(label, cols.lead, home) if rows_are_places else None
        default_area = self._default_area(ctx, row.lines[0], title, group)
        context = " ".join(ctx.line(n).strip() for n in row.lines)
        for name, cell in zip(cols.names, row.cells, strict=False):
            if cell is None:
                continue
            line, token = cell
            parts = []
            if group and (cols.kind != "period" or row_area):
                parts.append(group)
            if label and not row_area:
                parts.append(label)
            measure = ": ".join(parts[:1] + [" \u2013 ".join(parts[1:])] if len(parts) > 1 else parts)
            if cols.kind == "named":
                measure = f"{measure} \u2013 {name}" if measure else name
            area = name if cols.kind == "area" else row_area or default_area
            period = name if cols.kind == "period" else header_period(f"{title or ''} {group}") or None
            by_caption = header_unit(title or "", "count")  # "Table 3: Smoking prevalence, per cent"
            unit = token.unit or header_unit(f"{name} {group}" if cols.kind == "named" else group, by_caption)
            ctx.emit(
                dataset=self.name,
                line=line,
                token=token,
                measure=measure or caption_subject(title, home) or title or "value",
                unit=unit,
                area=area,
                period=period,
                table=title,
                context=f"{label}: {context}" if label and label not in context else context,
            )

    @staticmethod
    def _area_above(ctx: ExtractContext, line: int, reach: int = 80) -> str | None:
        """The area named nearest above a line within its report section."""
        start = ctx.segments.section_at(line).start
        for n in range(line - 1, max(start, step_back(ctx.pack.lines, line, reach)) - 1, -1):
            if n in ctx.segments.furniture:
                continue
            found = fig.areas_in(ctx.line(n))
            if found:
                return found[-1][2].name
        return None

    @staticmethod
    def _default_area(ctx: ExtractContext, line: int, title: str | None, group: str) -> str | None:
        """The place a table names in its caption or header, else its report's title, else the pack's home area."""
        for text in (title or "", group, ctx.segments.section_at(line).title or ""):
            found = fig.areas_in(text)
            if found:
                return found[0][2].name
        return fig.home_area(ctx.pack.lines)


SPECS = [OtherTablesSpec()]
