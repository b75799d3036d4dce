"""Tests of loaders/pipeline.py: the whole pipeline on the five shipped packs: schema, provenance, real values."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from loaders.schema import KEY, validate


def rows_at(tidy: pd.DataFrame, prefix: str, text: str) -> pd.DataFrame:
    """Rows of a pack whose number was printed as `text`."""
    return tidy[tidy["source_file"].str.startswith(prefix) & (tidy["value_text"] == text)]


def test_every_pack_gives_validated_rows(tidy: pd.DataFrame) -> None:
    validate(tidy)
    assert sorted({f[:3] for f in tidy["source_file"]}) == ["000", "001", "002", "003", "004"]
    assert not tidy.duplicated(KEY).any()


def test_every_row_carries_provenance(tidy: pd.DataFrame) -> None:
    for column in ("source_file", "source_line", "committee", "pack_date", "meeting_date", "report", "context"):
        assert tidy[column].notna().all(), column


def test_qipp_target_in_the_minutes_of_5_june_2019(tidy: pd.DataFrame) -> None:
    # 000 line 200: "2019/20 QIPP target of £49.020m would be reached." (read in the pack)
    rows = rows_at(tidy, "000", "£49.020m")
    assert len(rows) == 1
    row = rows.iloc[0]
    assert row["value"] == pytest.approx(49.02)
    assert row["unit"] == "GBP millions"
    assert row["meeting_date"] == pd.Timestamp(date(2019, 6, 5))
    assert row["pack_date"] == pd.Timestamp(date(2019, 9, 11))


def test_pcn_total_funding_row_has_five_yearly_values(tidy: pd.DataFrame) -> None:
    # 002: "TOTAL PRIMARY CARE NETWORK FUNDING 6,985,019 12,621,792 24,456,418 30,596,863 37,655,530"
    rows = tidy[
        tidy["source_file"].str.startswith("002") & tidy["context"].str.startswith("TOTAL PRIMARY CARE NETWORK FUNDING")
    ]
    assert sorted(rows["value_text"]) == sorted(["6,985,019", "12,621,792", "24,456,418", "30,596,863", "37,655,530"])
    assert rows["source_line"].nunique() == 1


@pytest.mark.parametrize(
    ("district", "printed"),
    [
        ("Blaby", ["13.0", "2.5", "9.5"]),
        ("Oadby and Wigston", ["10.0", "-5.9", "8.9"]),
        ("Melton", ["11.7", "29.3", "10.6"]),
    ],
)
def test_district_rows_of_wider_determinants(tidy: pd.DataFrame, district: str, printed: list[str]) -> None:
    # 003 Tables 2 and 4: "Blaby 13.0 2.5 9.5", "Oadby & Wigston 10.0 -5.9 8.9", "Melton 11.7 29.3 10.6"
    rows = tidy[tidy["source_file"].str.startswith("003") & (tidy["area"] == district)]
    for text in printed:
        assert text in set(rows["value_text"]), (district, text)


def test_markdown_pack_reads_tab_separated_figures(tidy: pd.DataFrame) -> None:
    # 004: "Referrals to 31<sup>st</sup> Dec 2024\t27,545 (LLR)"
    rows = rows_at(tidy, "004", "27,545")
    assert len(rows) == 1
    assert rows.iloc[0]["value"] == 27545


def test_dates_page_numbers_and_numbering_are_not_figures(tidy: pd.DataFrame) -> None:
    figures = tidy[tidy["dataset"] == "figures"]
    assert not figures["value_text"].isin(["2019", "2020", "2021"]).any()
    # "41 Agenda Item 9" in 000 is a page footer
    assert not ((figures["source_file"].str.startswith("000")) & (figures["context"] == "41 Agenda Item 9")).any()


def test_rows_that_do_not_fit_the_schema_are_one_error_naming_file_and_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A spec that writes a unit outside the vocabulary stops that pack with a PackError, never a traceback."""
    import loaders.pipeline as pipeline
    from loaders.errors import PackError
    from loaders.numbers import scan

    class OddUnit:
        name = "odd"
        order = 1

        def extract(self, ctx: pipeline.ExtractContext) -> None:
            token = scan(ctx.line(3))[0]
            ctx.emit(dataset=self.name, line=3, token=token, measure="Distance", unit="furlongs")

    monkeypatch.setattr(pipeline, "discover_specs", lambda: [OddUnit()])
    pack = tmp_path / "odd.txt"
    pack.write_text("Health and Wellbeing Board\n\nThe course is 12 long.\n", encoding="utf-8")
    with pytest.raises(PackError) as err:
        pipeline.extract_pack(pack)
    assert err.value.path == pack
    assert err.value.line == 3
    assert "furlongs" in err.value.message
