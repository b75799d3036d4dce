"""Tables printed column by column: row labels on lines of their own, then each column's
header and its values one a line.

A PDF converter flattens some tables this way, so no line holds a label and its
numbers for `loaders.captions_rows` to find.  Separate because it reads blocks
of lines between blank lines under a caption, not rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders.captions_rows import CAPTION_RE, is_numbered_heading
from loaders.grid_cells import is_period_cell
from loaders.numbers import NumberToken, scan
from loaders.reading import Pack, step_forward
from loaders.segmenting import MONTHS, Segments

PERIOD_HEADERS = ("month", "year", "quarter", "week", "period")  # a label column of periods
_MONTH_RE = re.compile(rf"^(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\.?$", re.IGNORECASE)


@dataclass
class ColumnRun:
    """One column of a table printed column by column: its header and one value a line (or, for a column of
    words such as a RAG rating, one word a line)."""

    name: str | None
    values: list[tuple[int, NumberToken]]
    words: list[tuple[int, str]] = field(default_factory=list)
    header_lines: tuple[int, ...] = ()


@dataclass
class ColumnMajorPart:
    """Row labels and the columns printed after them (a table may continue in a second part)."""

    labels: list[tuple[int, str]]
    label_header: str | None
    columns: list[ColumnRun]

    @property
    def by_period(self) -> bool:
        """Whether the rows are periods ("Month" over "April", "May", ...): a time series, each column a measure."""
        return (self.label_header or "").strip().casefold() in PERIOD_HEADERS or all(
            _MONTH_RE.match(label) for _n, label in self.labels
        )


def _single_value(text: str) -> NumberToken | None:
    """The line's one number, when the line is that number alone ("(1.1)" a negative, as a table prints it)."""
    tokens = scan(text, accounting=True)
    return tokens[0] if len(tokens) == 1 and text.strip() == tokens[0].text else None


LABEL_CHARS = 90  # a row label on a line of its own may be long ("Children and young people accessing ...")
WORD_CHARS = 20  # a cell of a column of words (a RAG rating, "Yes", "On track") is this short


def _word_column(block: list[tuple[int, str, NumberToken | None]], rows: int) -> ColumnRun | None:
    """A block that is a header and then `rows` short words, one a line (a RAG column): that column."""
    if len(block) <= rows:
        return None
    head, cells = block[: len(block) - rows], block[len(block) - rows :]
    if not 1 <= len(head) <= 3 or any(tok is not None or len(t) > WORD_CHARS or scan(t) for _n, t, tok in cells):
        return None
    return ColumnRun(
        " ".join(t for _n, t, _tok in head), [], [(n, t) for n, t, _tok in cells], tuple(n for n, _t, _tok in head)
    )


_MONEY_OR_SHARE_RE = re.compile(r"^\(?(?:£|%)")


def _labels_then_header(text_lines: list[tuple[int, str, NumberToken | None]], values: int) -> int | None:
    """Where a block's row labels end and its first column's header starts, when both run straight on with no
    blank line between (a PDF library's plain text mode prints none): the header is the last one to three lines
    (a name and its unit, "Annual budget" / "£m"), the labels before them as many as the values once wrapped
    labels are joined (one more: the label column's own header).  Only a header ending in a unit is taken so:
    a table printed row by row looks the same up to its first row's values ("Area" ... "Ashgrove" / 104,320)."""
    if not _MONEY_OR_SHARE_RE.match(text_lines[-1][1]):
        return None  # a header ending in its unit ("£m", "%") shows a column; else these may be a row's cells
    for head in (1, 2, 3):
        labels = text_lines[:-head]
        if len(labels) >= values and len(_wrapped_joined(labels)) in (values, values + 1):
            return len(labels)
    return None


def _wrapped_joined(block: list[tuple[int, str, NumberToken | None]]) -> list[tuple[int, str, NumberToken | None]]:
    """Row labels with each wrapped one joined: a line that starts in lower case or a bracket carries on the
    label above ("Urgent and emergency care" / "flow", "Global sum" / "(£120.50 per weighted patient)")."""
    out: list[tuple[int, str, NumberToken | None]] = []
    for n, t, tok in block:
        if out and (t[:1].islower() or t[:1] == "("):
            out[-1] = (out[-1][0], f"{out[-1][1]} {t}", None)
        else:
            out.append((n, t, tok))
    return out


def column_major_table(
    pack: Pack, segments: Segments, caption_line: int, *, limit: int = 150, label_chars: int = LABEL_CHARS
) -> list[ColumnMajorPart]:
    """A table under a caption printed column by column (`read_column_major` on a pack's lines)."""
    return read_column_major(pack.lines, segments.furniture, caption_line, limit=limit, label_chars=label_chars)


def read_column_major(
    lines: tuple[str, ...],
    furniture: frozenset[int],
    caption_line: int,
    *,
    limit: int = 150,
    label_chars: int = LABEL_CHARS,
) -> list[ColumnMajorPart]:
    """A table under a caption printed column by column, as parts of row labels and columns.

    Blocks are runs of lines between blank lines.  A block of short text lines
    straight before a block of values, as long as it (or one line longer: the
    label column's own header, "Month"), holds the row labels; a block ending in
    values is a column, its leading text the column's header.  Columns printed
    with no header take, in order, the header blocks printed before the labels
    (after the label column's header), or in a later part the first part's
    names.  Reading stops at prose, a numbered paragraph or another caption.
    Returns [] when the text is not laid out that way.
    """
    blocks: list[list[tuple[int, str, NumberToken | None]]] = [[]]
    for n in range(caption_line + 1, step_forward(lines, caption_line, limit) + 1):
        text = lines[n - 1].strip()
        if n in furniture and _single_value(text) is None:
            continue  # a bare number taken for a page number may be a value here: the counts decide below
        if not text:
            if blocks[-1]:
                blocks.append([])
            continue
        if (
            len(text) > label_chars
            or CAPTION_RE.match(text)
            or is_numbered_heading(text)
            or re.match(r"^\d{1,2}\.\s", text)
        ):
            break
        value = None if is_period_cell(text) else _single_value(text)  # "2021/22", "Dec-25": a header or label
        if value is None and blocks[-1] and blocks[-1][-1][2] is not None:
            blocks.append([])  # text straight after values starts the next block ("242" / " Aug")
        blocks[-1].append((n, text, value))
    blocks = [b for b in blocks if b]
    parts: list[ColumnMajorPart] = []
    headers: list[str] = []
    for i, block in enumerate(blocks):
        split = next((k for k, (_n, _t, tok) in enumerate(block) if tok is not None), len(block))
        if not parts and 0 < split < len(block) and (cut := _labels_then_header(block[:split], len(block) - split)):
            blocks.insert(i + 1, block[cut:])  # no blank line after the labels: the first column's header
            block, split = block[:cut], cut  # and values follow them straight on ("Annual budget" / "£m" / 78.6)
        text_lines, values = block[:split], block[split:]
        if any(tok is None for _n, _t, tok in values):
            break  # text after values inside a block: not this layout
        if values:
            part = parts[-1] if parts else None
            if part is not None and len(values) == len(part.labels) + 1:
                values = [v for v in values if v[0] not in furniture]  # a page number after all
            if part is None or len(values) != len(part.labels):
                break
            name = " ".join(t for _n, t, _tok in text_lines) or None
            part.columns.append(
                ColumnRun(
                    name,
                    [(n, tok) for n, _t, tok in values if tok is not None],
                    header_lines=tuple(n for n, _t, _tok in text_lines),
                )
            )
            continue
        words = _word_column(block, len(parts[-1].labels)) if parts and parts[-1].columns else None
        if words is not None:
            parts[-1].columns.append(words)
            continue
        nxt = blocks[i + 1] if i + 1 < len(blocks) else []
        count = sum(1 for _n, _t, tok in nxt if tok is not None)
        if count == len(block) + 1 or count == len(block) + 2:
            count -= sum(1 for n, _t, tok in nxt if tok is not None and n in furniture)
        if len(block) > count + 1:
            block = _wrapped_joined(block)
        # labels: short lines, no sentence (a label may hold a number: "Contracts (£124.35 per patient)")
        shorts = all(len(t) <= label_chars and not t.endswith(".") for _n, t, _tok in block)
        if count >= 2 and len(block) in (count, count + 1) and shorts:
            lead = block[0][1] if len(block) == count + 1 else None
            parts.append(ColumnMajorPart([(n, t) for n, t, _tok in block[-count:]], lead, []))
            continue
        if parts and parts[-1].columns:
            break  # text after the columns: the table has ended
        headers.append(" ".join(t for _n, t, _tok in block))
    parts = [p for p in parts if len(p.columns) >= 2]
    if not parts:
        return []
    first = parts[0]
    unnamed = [c for c in first.columns if c.name is None]
    if unnamed:
        names = headers[1:] if len(headers) == len(unnamed) + 1 else headers
        if len(names) != len(unnamed):
            return []
        if first.label_header is None and len(headers) == len(unnamed) + 1:
            first.label_header = headers[0]
        for col, name in zip(unnamed, names, strict=True):
            col.name = name
    for part in parts[1:]:
        if len(part.columns) != len(first.columns):
            return parts[:1]
        for col, model in zip(part.columns, first.columns, strict=True):
            col.name = col.name or model.name
            part.label_header = part.label_header or first.label_header
    return parts
