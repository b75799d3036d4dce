"""Tables printed column by column: row labels on lines of their own, then each column's
header and its values one a line.

A PDF converter flattens some tables this way, so no line holds a label and its
numbers for `loaders.captions_rows` to find.  Separate because it reads blocks
of lines between blank lines under a caption, not rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.captions_rows import CAPTION_RE, is_numbered_heading
from loaders.numbers import NumberToken, scan
from loaders.reading import Pack, step_forward
from loaders.segmenting import Segments


@dataclass
class ColumnRun:
    """One column of a table printed column by column: its header and one value a line."""

    name: str | None
    values: list[tuple[int, NumberToken]]


@dataclass
class ColumnMajorPart:
    """Row labels and the columns printed after them (a table may continue in a second part)."""

    labels: list[tuple[int, str]]
    label_header: str | None
    columns: list[ColumnRun]


def _single_value(text: str) -> NumberToken | None:
    tokens = scan(text)
    return tokens[0] if len(tokens) == 1 and text.strip() == tokens[0].text else None


def column_major_table(
    pack: Pack, segments: Segments, caption_line: int, *, limit: int = 150, label_chars: int = 40
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
    for n in range(caption_line + 1, step_forward(pack.lines, caption_line, limit) + 1):
        text = pack.lines[n - 1].strip()
        if n in segments.furniture and _single_value(text) is None:
            continue  # a bare number taken for a page number may be a value here: the counts decide below
        if not text:
            if blocks[-1]:
                blocks.append([])
            continue
        if len(text) > 60 or CAPTION_RE.match(text) or is_numbered_heading(text) or re.match(r"^\d{1,2}\.\s", text):
            break
        value = _single_value(text)
        if value is None and blocks[-1] and blocks[-1][-1][2] is not None:
            blocks.append([])  # text straight after values starts the next block ("242" / " Aug")
        blocks[-1].append((n, text, value))
    blocks = [b for b in blocks if b]
    parts: list[ColumnMajorPart] = []
    headers: list[str] = []
    for i, block in enumerate(blocks):
        split = next((k for k, (_n, _t, tok) in enumerate(block) if tok is not None), len(block))
        text_lines, values = block[:split], block[split:]
        if any(tok is None for _n, _t, tok in values):
            break  # text after values inside a block: not this layout
        if values:
            part = parts[-1] if parts else None
            if part is not None and len(values) == len(part.labels) + 1:
                values = [v for v in values if v[0] not in segments.furniture]  # a page number after all
            if part is None or len(values) != len(part.labels):
                break
            name = " ".join(t for _n, t, _tok in text_lines) or None
            part.columns.append(ColumnRun(name, [(n, tok) for n, _t, tok in values if tok is not None]))
            continue
        nxt = blocks[i + 1] if i + 1 < len(blocks) else []
        count = sum(1 for _n, _t, tok in nxt if tok is not None)
        if count == len(block) + 1 or count == len(block) + 2:
            count -= sum(1 for n, _t, tok in nxt if tok is not None and n in segments.furniture)
        shorts = all(len(t) <= label_chars and not scan(t) for _n, t, _tok in block)
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
