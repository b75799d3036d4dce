"""Cards printed side by side: a performance report's indicator panels, two or three abreast, as a PDF
converter's layout mode prints a dashboard page.

    Bed occupancy (%)                     Ambulance: mean response
                                          time (minutes)
    Aug-26 (previous Jul-26)              Aug-26 (previous Jul-26)

    Latest     93.8%                      Latest     36.2
    Target     92.0%                      Target     30.0
    Previous   94.1%                      Previous   38.4
    Variation  Common cause               Variation  Special cause improving

Each card is one indicator: its title over key words ("Latest", "Target", "Previous") that every card beside it
prints on the same line at its own left edge. A row of cards is read as one table: a row a card (its title the
row label, its lines the cells), a column a key word. A line of periods under the titles ("Aug-26 (previous
Jul-26)") gives each key its period: the bare one to all keys, one after a key's own word to that key.

Read before the aligned reader, which would take a row of cards for one wide table.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from loaders.grid_captions import caption_text, looks_like_title
from loaders.grid_cells import RUN_RE, CellItem, cell_items, is_period_cell
from loaders.grid_model import Column, Grid, GridRow
from loaders.header_text import header_period
from loaders.numbers import NumberToken

_KEY_RE = re.compile(r"^[A-Za-z][A-Za-z/&'’ -]{0,24}$")  # "Latest", "Year to date": a key, no digits
_SECTION_NUMBER_RE = re.compile(r"^\d+(?:\.\d+)*\.?\s+")  # "3.1   Urgent care": a numbered heading
_PIECE_RE = re.compile(r"[()\[\];,]")
_TITLE_REACH = 6  # title and period lines a card prints over its keys
_GAP_ABOVE = 2  # blank lines between a card's title and its keys
_MIN_KEYS = 3  # key lines a row of cards prints at least

Runs = list[tuple[int, str]]


def panel_lines(lines: Sequence[str]) -> set[int]:
    """The lines rows of cards print on, titles and all: no two columns of prose (`loaders.columns`)."""
    return {n for g in panel_grids(lines, set()) for n in (*g.header_lines, *range(g.first_line, g.last_line + 1))}


def panel_grids(lines: Sequence[str], taken: set[int], furniture: frozenset[int] = frozenset()) -> list[Grid]:
    """Every row of cards in the lines, each a `Grid` of layout "panels"; adds the lines it reads to `taken`."""
    grids: list[Grid] = []
    n = 1
    while n <= len(lines):
        starts = None if n in taken or not _parts_runs(lines[n - 1]) else _card_starts(_runs(lines[n - 1]))
        if starts is None:
            n += 1
            continue
        body = [n]
        while body[-1] < len(lines) and body[-1] + 1 not in taken:
            following = _card_starts(_runs(lines[body[-1]]))
            if following is None or not _same_starts(following, starts):
                break
            body.append(body[-1] + 1)
        grid = _cards_grid(lines, body, starts, taken, furniture) if len(body) >= _MIN_KEYS else None
        if grid is not None:
            prev = grids[-1] if grids else None
            top = min(grid.header_lines)
            if (
                grid.caption is None
                and prev is not None
                and not any(lines[k - 1].strip() for k in range(prev.last_line + 1, top))
            ):
                grid = replace(grid, caption=prev.caption, caption_line=prev.caption_line)  # the next row of cards
            grids.append(grid)
            taken |= {*grid.header_lines, *range(grid.first_line, grid.last_line + 1)}
        n = body[-1] + 1
    return grids


def _parts_runs(text: str) -> bool:
    """Whether a line can hold two runs of text (two spaces, a tab or another space character between): a cheap
    test most prose lines fail before their runs are looked for."""
    return "  " in text or "\t" in text or not text.isascii()


def _runs(text: str) -> Runs:
    """A line's runs of text, when its first run is printed again further on (else none: not a key line)."""
    first = text.lstrip().split("  ", 1)[0]
    if not first or text.count(first) < 2:
        return []
    return [(m.start(), m.group()) for m in RUN_RE.finditer(text)]


def _card_starts(runs: Runs) -> tuple[int, ...] | None:
    """Where the cards on a line start: where the key word the line opens with opens a run again, two places or
    more, with something between each (the first card's value)."""
    if len(runs) < 4 or not _KEY_RE.match(runs[0][1]):
        return None
    key = runs[0][1].casefold()
    at = [i for i, (_, text) in enumerate(runs) if text.casefold() == key]
    if len(at) < 2 or any(b - a < 2 for a, b in zip(at, at[1:], strict=False)):
        return None
    return tuple(runs[i][0] for i in at)


def _same_starts(a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    return len(a) == len(b) and all(abs(x - y) <= 1 for x, y in zip(a, b, strict=True))


def _card_of(start: int, end: int, starts: tuple[int, ...]) -> int | None:
    """The card a run of text lies in, or None when it starts left of the first or runs into the next."""
    for i in range(len(starts) - 1, -1, -1):
        if start >= starts[i] - 1:
            nxt = starts[i + 1] if i + 1 < len(starts) else None
            return i if nxt is None or end < nxt - 1 else None
    return None


def _title_lines(
    lines: Sequence[str], first: int, starts: tuple[int, ...], taken: set[int], furniture: frozenset[int]
) -> list[tuple[int, Runs]]:
    """The lines over a row of cards whose text lies within the cards: titles and period lines, top down."""
    n = first - 1
    while n >= 1 and first - n <= _GAP_ABOVE and not lines[n - 1].strip():
        n -= 1
    found: list[tuple[int, Runs]] = []
    while n >= 1 and len(found) < _TITLE_REACH and lines[n - 1].strip() and n not in taken and n not in furniture:
        runs = [(m.start(), m.group()) for m in RUN_RE.finditer(lines[n - 1])]
        if any(_card_of(s, s + len(t), starts) is None for s, t in runs):
            break
        found.insert(0, (n, runs))
        n -= 1
    return found


def _periods(text: str) -> tuple[str | None, dict[str, str]] | None:
    """A card's line of periods: the period every key has and the ones a key's own word goes before ("Aug-26
    (previous Jul-26)": Aug 2026, and Jul 2026 for "Previous"); None when the line says more than periods."""
    default: str | None = None
    keyed: dict[str, str] = {}
    for piece in (p.strip() for p in _PIECE_RE.split(text)):
        if not piece:
            continue
        if is_period_cell(piece):
            default = default or header_period(piece) or piece
            continue
        word, _, rest = piece.partition(" ")
        if not (word.isalpha() and is_period_cell(rest)):
            return None
        keyed[word.casefold()] = header_period(rest) or rest
    return (default, keyed) if default or keyed else None


def _cards_grid(
    lines: Sequence[str], body: list[int], starts: tuple[int, ...], taken: set[int], furniture: frozenset[int]
) -> Grid | None:
    """The table a row of cards is, from its key lines (`body`) and the title lines over them; None when the cards
    have no title or hold no number."""
    titles = _title_lines(lines, body[0], starts, taken, furniture)
    if not titles:
        return None
    keys: list[str] = []
    cells: list[dict[str, tuple[int, CellItem | None, str]]] = [{} for _ in starts]
    for n in body:
        for i, (key, value, offset) in enumerate(_key_cells(lines[n - 1], starts)):
            if key.casefold() not in (k.casefold() for k in keys):
                keys.append(key)
            items = cell_items(value, offset) if value else []
            item = items[0] if items and len(items) == 1 else None
            cells[i][key.casefold()] = (n, item, value)
    if not any(item is not None and item.token is not None for card in cells for _, item, _ in card.values()):
        return None
    rows: list[GridRow] = []
    periods: list[tuple[str | None, dict[str, str]]] = []
    for i in range(len(starts)):
        title: list[tuple[int, str]] = []
        said: tuple[str | None, dict[str, str]] | None = None
        for n, runs in titles:
            text = " ".join(t for s, t in runs if _card_of(s, s + len(t), starts) == i)
            if not text:
                continue
            if said is None and (found := _periods(text)) is not None:
                said = found
            else:
                title.append((n, text))
        periods.append(said or (None, {}))
        values: list[NumberToken | None] = []
        words: list[str | None] = []
        value_lines: list[int] = []
        for key in keys:
            n, item, text = cells[i].get(key.casefold(), (body[0], None, ""))
            values.append(item.token if item is not None else None)
            words.append(None if item is not None and item.token is not None else text or None)
            value_lines.append(n)
        label = " ".join(" ".join(t for _, t in title).split())
        rows.append(
            GridRow(
                line=body[0],
                label=label,
                label_lines=tuple(n for n, _ in title),
                values=tuple(values),
                words=tuple(words),
                value_lines=tuple(value_lines),
            )
        )
    columns = [
        Column(
            header=key,
            period=_agreed_period(key, periods),
            role="values" if any(r.values[k] is not None for r in rows) else "words",
        )
        for k, key in enumerate(keys)
    ]
    if any(c.period is None for c in columns) and any(default for default, _ in periods):
        # cards of different months: each card's own period, in a column of periods for the keys with none agreed
        columns.insert(0, Column(header="Period", role="period"))
        rows = [
            replace(r, values=(None, *r.values), words=(default, *r.words), value_lines=(r.line, *r.value_lines))
            for r, (default, _) in zip(rows, periods, strict=True)
        ]
    top = titles[0][0]
    caption, caption_line = _caption_over(lines, top, furniture)
    return Grid(
        layout="panels",
        first_line=body[0],
        last_line=body[-1],
        columns=columns,
        rows=rows,
        caption=caption,
        caption_line=caption_line,
        header_lines=tuple(n for n, _ in titles),
    )


def _key_cells(text: str, starts: tuple[int, ...]) -> list[tuple[str, str, int]]:
    """Each card's part of a key line: its key, the text after it and where that text starts on the line."""
    out = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        part = text[start:end]
        runs = [(m.start() + start, m.group()) for m in RUN_RE.finditer(part)]
        if not runs:
            out.append(("", "", start))
            continue
        rest = runs[1:]
        value = "  ".join(t for _, t in rest)
        out.append((runs[0][1], value, rest[0][0] if rest else start))
    return out


def _agreed_period(key: str, periods: list[tuple[str | None, dict[str, str]]]) -> str | None:
    """The period every card's period line gives a key, else None (each card's own is not one column's)."""
    said = {keyed.get(key.casefold(), default) for default, keyed in periods}
    return said.pop() if len(said) == 1 else None


def _caption_over(lines: Sequence[str], top: int, furniture: frozenset[int]) -> tuple[str | None, int | None]:
    """The heading just over a row of cards ("3.1  Urgent care"), as the caption of the table it is."""
    for n in range(top - 1, max(0, top - 4), -1):
        text = lines[n - 1].strip()
        if not text or n in furniture:
            continue
        found = caption_text(lines[n - 1])
        title = _SECTION_NUMBER_RE.sub("", text)
        if found is None and title != text and looks_like_title(title):
            found = " ".join(title.split())
        return (found, n) if found else (None, None)
    return None, None
