"""Tests of loaders/specs.py: the contract between the engine and the dataset specs (`ExtractContext.emit` fills
provenance and claims each printed number once; `discover_specs` finds every spec, the catch-all last)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from loaders.captions_rows import find_tables
from loaders.numbers import scan
from loaders.reading import Pack
from loaders.segmenting import segment
from loaders.specs import ExtractContext, discover_specs


@pytest.fixture
def ctx(make_pack: Callable[..., Pack], small_pack_text: str) -> ExtractContext:
    """The context specs see for the small pack (a report of 4 June 2025), before any spec ran."""
    pack = make_pack(small_pack_text, name="hosc.txt")
    segments = segment(pack)
    return ExtractContext(pack, segments, find_tables(pack, segments))


def line_with(ctx: ExtractContext, text: str) -> int:
    return next(n for n, line in enumerate(ctx.pack.lines, 1) if text in line)


def test_emit_fills_provenance_from_the_pack_and_its_segments(ctx: ExtractContext) -> None:
    n = line_with(ctx, "7.3%")
    token = scan(ctx.line(n))[0]
    row = ctx.emit(
        dataset="figures", line=n, token=token, measure="  mothers smoking\n at  delivery ", area="Leicestershire"
    )
    assert row is not None
    assert ctx.rows == [row]
    assert (row["value"], row["value_text"], row["unit"]) == (7.3, "7.3%", "%")
    assert row["measure"] == "mothers smoking at delivery"
    assert (row["source_file"], row["source_line"]) == ("hosc.txt", n)
    assert row["context"] == "Leicestershire was 7.3%, compared with 6.1% in England."
    assert row["committee"] == "Health Overview and Scrutiny Committee"
    assert row["meeting_date"] == row["pack_date"] == date(2025, 6, 4)
    assert row["report"] == "SMOKING AT TIME OF DELIVERY"


def test_a_number_is_claimed_once(ctx: ExtractContext) -> None:
    n = line_with(ctx, "7.3%")
    first, second = scan(ctx.line(n))
    assert ctx.emit(dataset="headline", line=n, token=first, measure="smoking at delivery") is not None
    assert ctx.is_claimed(n, first)
    assert not ctx.is_claimed(n, second)
    assert ctx.emit(dataset="figures", line=n, token=first, measure="smoking at delivery") is None
    assert [r["dataset"] for r in ctx.rows] == ["headline"]
    assert ctx.emit(dataset="figures", line=n, token=second, measure="England") is not None
    assert [r["value"] for r in ctx.rows] == [7.3, 6.1]


def test_emit_keeps_the_tokens_warning_and_the_specs_and_may_rescale(ctx: ExtractContext) -> None:
    n = line_with(ctx, "1,482")
    (token,) = scan("supported 58, 820 women")  # a printed "58, 820": the parser warns about the space
    row = ctx.emit(dataset="figures", line=n, token=token, measure="m", value=58.82, unit="count", warning="checked")
    assert row is not None
    assert (row["value"], row["value_text"], row["unit"]) == (58.82, "58, 820", "count")
    assert row["warning"] == "space after a thousands comma; checked"


def test_line_outside_the_pack_is_empty(ctx: ExtractContext) -> None:
    assert ctx.line(0) == ""
    assert ctx.line(len(ctx.pack.lines) + 1) == ""
    assert ctx.line(1) == ctx.pack.lines[0]


def test_every_spec_is_found_with_a_unique_name_and_the_catch_all_last() -> None:
    specs = discover_specs()
    names = [spec.name for spec in specs]
    assert len(names) == len(set(names))
    assert names[-1] == "figures"
    assert {"wider_determinants", "pcn_budgets", "qipp", "other_tables"} <= set(names)
    assert all(callable(spec.extract) for spec in specs)
