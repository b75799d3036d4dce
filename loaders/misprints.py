"""Misprints a table's own arithmetic proves: two digits swapped in a total or in a derived column.

A printed value is only ever replaced when the table leaves no doubt: the value the arithmetic gives
has the same digits as the print with two neighbours swapped ("98,718" for 98,781), and

* for a total row, its parts add up to that value; or
* for a column that every other row computes from two others (gap = target - identified, in at least
  three rows), the row's own figures give that value, and where the column has a total row, the
  corrected column adds up to it.

The row keeps the value as printed in `value_text` and says what was read and why in `warning`
("resolved" in `healthdash check`).  Anything less certain is left as printed, with the totals warning.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from loaders.checks import adds_up, check_column_totals
from loaders.numbers import NumberToken

TOTAL_LABEL_RE = re.compile(r"^\W*(?:grand\s+|sub-?)?totals?\b", re.IGNORECASE)
MIN_AGREEING_ROWS = 3


@dataclass(frozen=True)
class Correction:
    value: float
    warning: str


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def swapped_digits(printed: str, value: float) -> bool:
    """Whether `printed` is `value` with two neighbouring digits swapped (the same decimals)."""
    decimals = _decimals(printed)
    got, want = _digits(printed), _digits(f"{abs(value):.{decimals}f}")
    if len(got) != len(want) or got == want:
        return False
    diff = [i for i, (a, b) in enumerate(zip(got, want, strict=True)) if a != b]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and got[diff[0]] == want[diff[1]] and got[diff[1]] == want[diff[0]]


def _decimals(printed: str) -> int:
    """Digits printed after the decimal point ("£81.727m" has three)."""
    m = re.search(r"\.(\d+)", printed)
    return len(m.group(1)) if m else 0


def _fmt(value: float, like: str) -> str:
    return f"{value:,.{_decimals(like)}f}"


def resolve(
    labels: Sequence[str], columns: Sequence[Sequence[NumberToken | None]]
) -> dict[tuple[int, int], Correction]:
    """Proven misprints of a table given as row labels and value columns: {(row, column): correction}."""
    out: dict[tuple[int, int], Correction] = {}
    is_total = [bool(TOTAL_LABEL_RE.match(label or "")) for label in labels]
    for j, column in enumerate(columns):
        out.update(_total_fixes(j, column, is_total))
    out.update(_relation_fixes(columns, is_total, out))
    return out


def _values(column: Sequence[NumberToken | None]) -> list[float | None]:
    return [t.value if t is not None else None for t in column]


def _total_fixes(
    j: int, column: Sequence[NumberToken | None], is_total: list[bool]
) -> dict[tuple[int, int], Correction]:
    out = {}
    for i in check_column_totals(_values(column), is_total):
        token = column[i]
        parts = [t.value for k, t in enumerate(column[:i]) if t is not None and not is_total[k]]
        total = sum(parts)
        if token is not None and swapped_digits(token.text, total):
            out[(i, j)] = Correction(
                total,
                f"printed {token.text}; the parts add up to {_fmt(total, token.text)} (two digits swapped): "
                f"read as {_fmt(total, token.text)}",
            )
    return out


def _relation_fixes(
    columns: Sequence[Sequence[NumberToken | None]], is_total: list[bool], done: dict[tuple[int, int], Correction]
) -> dict[tuple[int, int], Correction]:
    """A column that is another's sum or difference in every row but one, where the one is a digit swap."""
    out: dict[tuple[int, int], Correction] = {}
    n = len(columns)
    rows = [i for i in range(len(is_total)) if not is_total[i]]
    for c in range(n):
        for a in range(n):
            for b in range(n):
                if len({a, b, c}) < 3:
                    continue
                for sign, word in ((-1, "less"), (1, "plus")):
                    if sign == 1 and b < a:
                        continue  # a + b and b + a are one relation

                    def expected(i: int, a: int = a, b: int = b, sign: int = sign) -> float | None:
                        x, y = columns[a][i], columns[b][i]
                        return None if x is None or y is None else x.value + sign * y.value

                    agree, odd = 0, []
                    for i in rows:
                        want, got = expected(i), columns[c][i]
                        if want is None or got is None:
                            continue
                        if abs(want - got.value) <= 1e-6 + 0.51 * _step(got.text):
                            agree += 1
                        else:
                            odd.append(i)
                    if agree < MIN_AGREEING_ROWS or len(odd) != 1:
                        continue
                    i = odd[0]
                    want, got = expected(i), columns[c][i]
                    if want is None or got is None or (i, c) in done or not swapped_digits(got.text, want):
                        continue
                    if not _column_total_agrees(columns[c], is_total, i, want):
                        continue
                    out[(i, c)] = Correction(
                        want,
                        f"printed {got.text}; {columns[a][i].text} {word} {columns[b][i].text} is "  # type: ignore[union-attr]
                        f"{_fmt(want, got.text)}, as in every other row (two digits swapped): read as "
                        f"{_fmt(want, got.text)}",
                    )
    return out


def _step(text: str) -> float:
    return 10.0 ** -_decimals(text)


def _column_total_agrees(column: Sequence[NumberToken | None], is_total: list[bool], i: int, want: float) -> bool:
    """With row i read as `want`, the column's total row (if it has one) adds up."""
    totals = [k for k, t in enumerate(is_total) if t and column[k] is not None]
    if not totals:
        return True
    parts = [want if k == i else t.value for k, t in enumerate(column) if t is not None and not is_total[k]]
    total = column[totals[-1]]
    return total is not None and adds_up(parts, total.value)


# --- a figure in the text that a table's total proves misprinted ------------------------------------------

_MONEY_SCALE = {"GBP": 1.0, "GBP thousands": 1e3, "GBP millions": 1e6, "GBP billions": 1e9}
_WORD_RE = re.compile(r"[a-z]+")
_NOT_NAMING = frozenset({"total", "the", "of", "and", "for", "in", "is", "was", "a", "an", "to", "at", "on", "by"})


def _naming_words(text: object) -> set[str]:
    return {w for w in _WORD_RE.findall(str(text or "").casefold()) if w not in _NOT_NAMING and len(w) > 2}


def resolve_against_tables(rows: list[dict[str, object]]) -> None:
    """A sum of money in the text printed with two digits swapped from a table's total of the same thing
    ("The BCF pooled budget for 2023/24 is £81.727m" beside a "Total pooled budget" of £81,772k for 2023/24)
    is read as the total: the same period, every naming word of the total's label in the sentence's label,
    and the digits the same but for two neighbours swapped.  The row keeps the print and says why."""
    totals = [
        r
        for r in rows
        if r["dataset"] != "figures"
        and r.get("unit") in _MONEY_SCALE
        and TOTAL_LABEL_RE.search(str(r["measure"]).rsplit(":", 1)[-1].strip())
        and r.get("period")
    ]
    if not totals:
        return
    for row in rows:
        if row["dataset"] != "figures" or row.get("unit") not in _MONEY_SCALE or not row.get("period"):
            continue
        scale = _MONEY_SCALE[str(row["unit"])]
        words = _naming_words(row["measure"])
        for total in totals:
            if total["period"] != row["period"]:
                continue
            naming = _naming_words(str(total["measure"]).rsplit(":", 1)[-1])
            if not naming or not naming <= words:
                continue
            want = float(total["value"]) * _MONEY_SCALE[str(total["unit"])] / scale  # type: ignore[arg-type]
            printed = str(row["value_text"])
            if swapped_digits(printed, want):
                row["value"] = want
                note = (
                    f"printed {printed}; {total['measure']} is {total['value_text']} at line {total['source_line']} "
                    f"(two digits swapped): read as {_fmt(want, printed)}"
                )
                row["warning"] = "; ".join(str(w) for w in (row.get("warning"), note) if w)
                break
