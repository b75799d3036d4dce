"""The meeting brief's logic (dashboard/brief.py, dashboard/packs.py): the latest pack, its previous pack of the
same committee, what changed between them, and what is too old or about a body gone to count as rated today.

End to end from the loaders: a development council's pack (tests/data/devset/fallowmere) and a next-meeting pack
written from it (tests/data/nextmeeting), whose numbers and ratings were changed by hand, some better, some worse.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from brief_paths import AFTER, BEFORE, OTHER_COMMITTEE

import loaders
from dashboard import brief, packs
from dashboard.app import load_sources
from dashboard.periods import period_end


@pytest.fixture(scope="module")
def two_meetings() -> tuple[pd.DataFrame, brief.Brief]:
    files = [BEFORE, AFTER, OTHER_COMMITTEE]
    frame = loaders.load(files, cache=False)
    return frame, brief.build(frame, packs.describe(frame, load_sources(files)))


def printed_row(path: Path, starts: str, under: str = "") -> list[str]:
    """The cells of the pipe-table row of a pack that starts with `starts`, after the line starting `under`
    (the tests read the packs, not a copy of their values)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    after = next(i for i, t in enumerate(lines) if t.startswith(under)) if under else 0
    line = next(t for t in lines[after:] if t.startswith("| " + starts))
    return [c.strip() for c in line.strip("|").split("|")]


@pytest.mark.parametrize(
    ("period", "end"),
    [
        ("2019/20", "2020-03-31"),
        ("Q1 2022/23", "2022-06-30"),
        ("Q4 2024/25", "2025-03-31"),
        ("2021-23", "2023-12-31"),
        ("December 2013", "2013-12-31"),
        ("Mar-19", "2019-03-31"),
        ("09/05/2021", "2021-05-09"),
        ("2023", "2023-12-31"),
    ],
)
def test_a_period_ends_on_its_last_day(period: str, end: str) -> None:
    assert period_end(period) == pd.Timestamp(end)


def test_a_period_with_no_year_has_no_end() -> None:
    assert period_end("latest quarter") is None
    assert period_end(None) is None


def test_a_figure_is_old_by_the_meeting_date_not_today() -> None:
    """The same 2019/20 figure is current at a 2021 meeting and old at a 2025 one: the clock is never read."""
    early, late = pd.Timestamp("2021-06-01"), pd.Timestamp("2025-03-20")
    assert brief.why_marked("2019/20", "Anywhere", early, early) == ""
    assert "older than 3 years" in brief.why_marked("2019/20", "Anywhere", early, late)
    assert "no period printed" in brief.why_marked(None, "Anywhere", early - pd.DateOffset(years=4), late)


def test_a_body_that_ended_before_the_meeting_is_marked_by_its_end_date() -> None:
    """A CCG by its form, and a district the gazetteer ends in 2023, are gone at a 2025 meeting, not before."""
    assert "ended 1 July 2022" in brief.why_marked("2022/23", "Any Town CCG", None, pd.Timestamp("2025-01-01"))
    assert brief.why_marked("2021/22", "Any Town CCG", None, pd.Timestamp("2022-03-01")) == ""
    assert "Allerdale no longer existed" in brief.why_marked("2023", "Allerdale", None, pd.Timestamp("2024-06-01"))


def test_verdict_follows_polarity() -> None:
    assert brief.verdict(1.0, "higher is better") == "better"
    assert brief.verdict(1.0, "lower is better") == "worse"
    assert brief.verdict(-1.0, "lower is better") == "better"
    assert brief.verdict(-1.0, pd.NA) == "no judgement"
    assert brief.verdict(0.0, "higher is better") == "no change"


def test_packs_are_named_by_committee_and_meeting_newest_first(two_meetings) -> None:
    frame, _ = two_meetings
    described = packs.describe(frame)
    assert described["source_file"].tolist() == [AFTER.name, BEFORE.name, OTHER_COMMITTEE.name]
    assert described["label"].iloc[0] == "Health and Wellbeing Board, 20 March 2025"
    assert not any(label.endswith(".txt") for label in described["label"])


def test_committee_names_lose_a_date_and_match_across_spellings() -> None:
    assert packs.committee_name("Health and Wellbeing Board, 16 January 2025") == "Health and Wellbeing Board"
    assert packs.committee_name("Health Overview and Scrutiny Committee") == "Health Overview and Scrutiny Committee"
    assert packs.same_committee("Health and Well Being Board", "Health and Wellbeing Board")
    assert not packs.same_committee("Health and Wellbeing Board", "Health Overview and Scrutiny Committee")


def test_the_brief_is_the_latest_pack_and_compares_with_the_same_committee(two_meetings) -> None:
    """The HOSC pack of November 2024 sits between nothing: the previous pack is the Board's January one."""
    _, b = two_meetings
    assert b.latest is not None
    assert b.previous is not None
    assert b.latest.file == AFTER.name
    assert b.previous.file == BEFORE.name
    assert b.latest.council == b.previous.council == "Fallowmere"
    assert b.threshold == b.latest.meeting - pd.DateOffset(years=brief.STALE_YEARS)


def test_what_changed_reads_each_value_from_the_two_packs(two_meetings) -> None:
    """Every figure changed by hand in the next-meeting pack is listed with both values as printed, up or down,
    and, where the polarity is known, better or worse."""
    _, b = two_meetings
    moved = b.changes.set_index(["measure", "area"])
    for district in ("Quellby", "Corrowby"):
        was, now = (float(printed_row(p, district + " |", "**Table 3")[1]) for p in (BEFORE, AFTER))
        fuel = moved.index.get_level_values(0).str.contains("Fuel poverty")
        row = moved.loc[fuel & (moved.index.get_level_values(1) == district)].iloc[0]
        assert (row["value_before"], row["value"]) == (was, now)
        assert row["direction"] == ("up" if now > was else "down")
        assert row["verdict"] == ("worse" if now > was else "better")  # fuel poverty: lower is better
    smoking = [printed_row(p, "Smoking prevalence") for p in (BEFORE, AFTER)]
    row = moved.loc[moved.index.get_level_values(0).str.startswith("Smoking prevalence")].iloc[0]
    assert (row["period_before"], row["value_before"]) == (smoking[0][1], float(smoking[0][2]))
    assert (row["period"], row["value"]) == (smoking[1][1], float(smoking[1][2]))
    assert b.unchanged > 0  # the unchanged figures are counted, not listed
    assert (b.changes["value"] != b.changes["value_before"]).all()
    assert set(b.changes["source_file"]) == {AFTER.name}
    assert set(b.changes["source_file_before"]) == {BEFORE.name}


def test_old_figures_and_ended_bodies_are_set_aside_not_rated_today(two_meetings) -> None:
    _, b = two_meetings
    assert b.latest is not None
    assert b.latest.meeting is not None
    rated = b.rated["rag"].astype(str)
    assert rated.str.contains("Red|Amber").all()
    for period, area in zip(b.rated["period"], b.rated["area"], strict=True):
        assert period_end(period) >= b.threshold
        assert "CCG" not in str(area)
    why = dict(zip(b.set_aside["period"], b.set_aside["why"], strict=True))
    assert "older than 3 years" in why["2019/20"]  # the hip fractures row printed with a 2019/20 period
    assert any("CCG no longer existed" in w for w in why.values())  # the CCG table's Red row
    falls = printed_row(AFTER, "Emergency admissions due to falls")
    assert falls[-2] in set(b.rated["rag"])  # its rating as the new pack prints it


def test_the_reports_of_the_latest_pack_say_what_their_numbers_fill(two_meetings) -> None:
    _, b = two_meetings
    assert b.reports["numbers"].sum() > 0
    datasets = {d for ds in b.reports["datasets"] for d in ds}
    assert {"Better Care Fund", "Life expectancy"} <= datasets
    tables = {t for ts in b.reports["tables"] for t in ts}
    assert any(t.startswith("Table 6") for t in tables)


def test_an_empty_frame_has_no_brief() -> None:
    empty = loaders.load([BEFORE], cache=True).iloc[:0]
    assert brief.build(empty, packs.describe(empty)).latest is None
