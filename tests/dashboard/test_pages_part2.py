"""Tests of the pages (dashboard/pages/): finance, workforce, life expectancy, performance and glossary, on the small
frame."""

from __future__ import annotations

import pytest
from dash_sample import SOURCES
from dash_tree import find, page, text_of

from dashboard import create_app


def test_finance_pcn_growth_and_missing_sections(app):
    out = page("/finance")["layout"]()
    text = text_of(out)
    assert "The total rises from £3.00m in 2019/20 to £9.00m in 2023/24, a change of +200%." in text
    assert "No data in these packs for co-commissioning." in text


def test_finance_summary_follows_data(small):
    frame = small.copy()
    frame.loc[(frame["measure"] == "TOTAL PRIMARY CARE NETWORK FUNDING") & (frame["period"] == "2023/24"), "value"] = (
        6e6
    )
    create_app(frame, SOURCES)
    assert "to £6.00m in 2023/24, a change of +100%." in text_of(page("/finance")["layout"]())


def test_workforce_waterfall_names_the_steps_the_pack_prints(app):
    out = page("/workforce")["layout"]()
    text = text_of(out)
    assert "starts from 554 WTE (Number of WTE GPs in LLR)" in text
    assert "Leavers -65; Newly qualified GPs +133, ends at 622 WTE" in text
    assert "were images" not in text
    fig = find(out, "workforce-model-graph").figure
    assert list(fig.data[0].y) == [554, -65, 133, 622]


def test_life_expectancy_summaries(app):
    text = text_of(page("/life-expectancy")["layout"]())
    assert "males 1.1 years longer, females 0.9 years longer" in text
    assert "6.4 years shorter for men" in text


def test_life_expectancy_restated_at_a_later_meeting(small):
    """The same figures printed again by a later pack: the page shows the later meeting's values, no error."""
    import pandas as pd

    le = small[small["dataset"] == "life_expectancy"]
    later = le.assign(
        source_file="later.txt",
        meeting_date=le["meeting_date"] + pd.Timedelta(days=365),
        value=le["value"] + 0.5,
        value_text=(le["value"] + 0.5).map(lambda v: f"{v:.1f}"),
    )
    create_app(pd.concat([small, later], ignore_index=True), SOURCES)
    text = text_of(page("/life-expectancy")["layout"]())
    assert "males 1.1 years longer, females 0.9 years longer" in text
    assert "6.9 years shorter for men" in text


def test_performance_filter_by_rating(app):
    layout = page("/performance")["layout"]
    everything = text_of(layout())
    assert "Delayed transfers of care" in everything
    assert "Emergency admissions" in everything
    red = text_of(find(layout(rating="Red"), "performance-table"))
    assert "Delayed transfers of care" in red
    assert "Emergency admissions" not in red
    assert "2 rated indicators across 2 meetings; 1 rated Red." in everything


def test_glossary_terms(app):
    out = page("/glossary")["layout"]()
    assert find(out, "glossary-qipp") is not None
    assert "Whole-time equivalent" in text_of(out)


@pytest.mark.parametrize("path", ["/finance", "/workforce", "/life-expectancy", "/performance", "/glossary"])
def test_part2_pages_say_no_data_on_an_empty_frame(path, small):
    create_app(small.iloc[0:0], {})
    out = page(path)["layout"]()
    assert out is not None
    if path != "/glossary":
        assert "No data in these packs" in text_of(out)
