"""End to end (loaders/pipeline.py), metamorphic tests: the shipped packs rewritten in ways that change no number give
the same tidy rows.

- CRLF line endings and trailing spaces on every line: the very same frame.
- An extra blank line in every run of blank lines (between paragraphs, table rows and headers): the same
  rows, with each line number moved to where its line now is (and so are line numbers quoted in warnings).

Every dataset, `figures` included, passes both today. Should a new spec be thrown by blank lines, list it in
BLANK_LINE_SENSITIVE with the reason (a strict expected failure) until the engine is fixed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pandas as pd
import pytest

from loaders import REPORTS_DIR
from loaders.pipeline import extract_pack

PACKS = sorted(p.name for p in REPORTS_DIR.glob("*.txt"))
SORT = ["dataset", "source_line", "measure", "value", "area", "period"]


@cache
def shipped(name: str) -> pd.DataFrame:
    return extract_pack(REPORTS_DIR / name).frame


def rewritten(tmp_path: Path, name: str, rewrite: Callable[[list[str]], list[str]]) -> pd.DataFrame:
    """The pack's frame after rewriting its lines; the file keeps its name, so source_file is unchanged."""
    lines = (REPORTS_DIR / name).read_bytes().decode("utf-8-sig").split("\n")
    (tmp_path / name).write_bytes("\n".join(rewrite(lines)).encode("utf-8"))
    return extract_pack(tmp_path / name).frame


def in_order(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.sort_values(SORT, na_position="first").reset_index(drop=True)


@pytest.mark.parametrize("name", PACKS)
def test_crlf_and_trailing_spaces_give_the_same_frame(tmp_path: Path, name: str) -> None:
    frame = rewritten(tmp_path, name, lambda lines: [line + "  \r" for line in lines[:-1]] + lines[-1:])
    pd.testing.assert_frame_equal(in_order(frame), in_order(shipped(name)))


# --- extra blank lines ------------------------------------------------------------------------------------------


def with_blank_lines(lines: list[str]) -> tuple[list[str], dict[int, int]]:
    """Every run of blank lines one longer, and where each old line (1-based) now is."""
    out: list[str] = []
    moved: dict[int, int] = {}
    for n, line in enumerate(lines, 1):
        out.append(line)
        moved[n] = len(out)
        if not line.strip():
            out.append("")
    return out, moved


def expected_after_blank_lines(name: str) -> tuple[pd.DataFrame, list[str]]:
    """The shipped frame with its line numbers (and those its warnings quote) moved; and the rewritten lines."""
    lines, moved = with_blank_lines((REPORTS_DIR / name).read_bytes().decode("utf-8-sig").split("\n"))
    frame = shipped(name).copy()
    frame["source_line"] = frame["source_line"].map(moved).astype("int64")
    frame["warning"] = frame["warning"].map(
        lambda w: re.sub(r"(?<=line )(\d+)", lambda m: str(moved[int(m.group(1))]), w) if isinstance(w, str) else w
    )
    return frame.astype(shipped(name).dtypes.to_dict()), lines


@pytest.fixture(scope="module")
def after_blank_lines(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], tuple[pd.DataFrame, pd.DataFrame]]:
    """(expected, found) frames for a pack with extra blank lines, each pack extracted once."""
    folder = tmp_path_factory.mktemp("blank-lines")
    found: dict[str, tuple[pd.DataFrame, pd.DataFrame]] = {}

    def get(name: str) -> tuple[pd.DataFrame, pd.DataFrame]:
        if name not in found:
            expected, lines = expected_after_blank_lines(name)
            (folder / name).write_text("\n".join(lines), encoding="utf-8")
            found[name] = expected, extract_pack(folder / name).frame
        return found[name]

    return get


def of(frame: pd.DataFrame, dataset: str) -> pd.DataFrame:
    return in_order(frame[frame["dataset"] == dataset])


# (pack prefix, dataset) -> why extra blank lines change its rows today.
# (Empty since windows of lines count a run of blank lines as one: segmenting's title and date windows, and
# figures' paragraphs, heading and area windows.)
BLANK_LINE_SENSITIVE: dict[tuple[str, str], str] = {}


def _dedicated_cases() -> list[object]:
    cases = []
    for name in PACKS:
        cases.append(pytest.param(name, None, id=f"{name[:3]}-dedicated"))
        for (prefix, dataset), reason in BLANK_LINE_SENSITIVE.items():
            if name.startswith(prefix):
                mark = pytest.mark.xfail(strict=True, reason=reason)
                cases.append(pytest.param(name, dataset, id=f"{prefix}-{dataset}", marks=mark))
    return cases


@pytest.mark.parametrize(("name", "dataset"), _dedicated_cases())
def test_extra_blank_lines_give_the_same_dataset_rows(
    after_blank_lines: Callable[[str], tuple[pd.DataFrame, pd.DataFrame]], name: str, dataset: str | None
) -> None:
    """Every dataset but figures (and the ones known to be sensitive, tested one by one) is unchanged."""
    expected, found = after_blank_lines(name)
    if dataset is not None:
        pd.testing.assert_frame_equal(of(found, dataset), of(expected, dataset))
        return
    sensitive = {d for (prefix, d) in BLANK_LINE_SENSITIVE if name.startswith(prefix)} | {"figures"}
    checked = sorted((set(expected["dataset"]) | set(found["dataset"])) - sensitive)
    for each in checked:
        pd.testing.assert_frame_equal(of(found, each), of(expected, each), obj=f"{name} {each}")
    assert set(expected["dataset"]) - sensitive, "nothing to compare"


@pytest.mark.parametrize("name", PACKS)
def test_extra_blank_lines_give_the_same_figures(
    after_blank_lines: Callable[[str], tuple[pd.DataFrame, pd.DataFrame]], name: str
) -> None:
    expected, found = after_blank_lines(name)
    pd.testing.assert_frame_equal(of(found, "figures"), of(expected, "figures"))


LOSES_NUMBERS: dict[str, str] = {}  # pack prefix -> why extra blank lines lose or gain numbers


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=LOSES_NUMBERS[n[:3]]))
        if n[:3] in LOSES_NUMBERS
        else n
        for n in PACKS
    ],
)
def test_extra_blank_lines_lose_and_gain_no_number(
    after_blank_lines: Callable[[str], tuple[pd.DataFrame, pd.DataFrame]], name: str
) -> None:
    """Whatever dataset a number lands in, each printed number still gives its row on its (moved) line."""
    expected, found = after_blank_lines(name)

    def numbers(frame: pd.DataFrame) -> Counter[tuple[int, str]]:
        return Counter(zip(frame["source_line"].astype(int), frame["value_text"].astype(str), strict=True))

    assert numbers(found) == numbers(expected)
