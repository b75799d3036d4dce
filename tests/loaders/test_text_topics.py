"""A figure in running text goes to the topic its words and unit name (loaders/topics.py `of_figure`), so the
topic pages show it; rates, the nation's figures and words used loosely stay in `figures`.  Invented packs."""

from __future__ import annotations

import pandas as pd
import pytest

from loaders import topics
from loaders.pipeline import extract_read
from loaders.reading import Pack

PACK = """\
Brantwick Council
Health and Wellbeing Board

4 March 2026

Finance

The efficiency (QIPP) programme had delivered £19.8m by month 9. The full year forecast is £27.1m.

The Better Care Fund pooled budget for 2025/26 is £88.4m, of which £6.2m is the Disabled Facilities Grant.

Core PCN funding is paid at £1.50 per registered patient.

A study found that supported housing gave savings of £4,671 for each tenant.

Before its efficiency plan the trust (pre CIP) had a deficit of £38.5m.

The warm homes scheme made 310 referrals on fuel poverty and energy efficiency; it brought in over £2m of
private investment.

How long we live

Life expectancy at birth in Brantwick is 79.4 years for men and 83.1 years for women.

Staffing

The efficiency review found 12 posts vacant.
"""


@pytest.fixture(scope="module")
def rows(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    path = tmp_path_factory.mktemp("packs") / "brantwick_hwb_2026-03-04.txt"
    path.write_text(PACK, encoding="utf-8")
    return extract_read(Pack(path, tuple(PACK.splitlines()), "utf-8", "0")).frame


def dataset_of(rows: pd.DataFrame, value_text: str) -> str:
    found = rows[rows["value_text"] == value_text]
    assert len(found) == 1, value_text
    return str(found["dataset"].iloc[0])


@pytest.mark.parametrize(
    ("printed", "topic"),
    [
        ("£19.8m", "qipp"),  # the sentence names the efficiency programme
        ("£27.1m", "qipp"),  # the next sentence: two words of the topic in its paragraph
        ("£88.4m", "bcf"),
        ("£6.2m", "bcf"),
    ],
)
def test_a_figure_in_the_text_goes_to_the_topic_it_is_about(rows: pd.DataFrame, printed: str, topic: str) -> None:
    assert dataset_of(rows, printed) == topic


@pytest.mark.parametrize(
    "printed",
    [
        "£1.50",  # a rate per patient is no budget line
        "£4,671",  # "savings" of a study, no savings programme (the topic's text words)
        "12",  # a count of posts: no unit the savings topic takes
        "£38.5m",  # a deficit beside a savings plan is no saving (the topic's not_words, in the figure's label)
        "£2m",  # "energy efficiency" is no efficiency programme (not_words elsewhere in the sentence: not counted)
        "79.4",  # life expectancy takes no figure of the text: its page's cards are built for its tables
    ],
)
def test_rates_loose_words_and_other_units_stay_figures(rows: pd.DataFrame, printed: str) -> None:
    assert dataset_of(rows, printed) == "figures"


def test_of_figure_weighs_label_sentence_and_paragraph() -> None:
    assert topics.of_figure("Pooled budget", "", None, "GBP millions") == "bcf"
    assert topics.of_figure("Spend to date", "Spend to date on the BCF was £41m.", None, "GBP millions") == "bcf"
    # one word in the paragraph alone is not enough; two are
    assert topics.of_figure("Spend", "Spend was £41m.", None, "GBP millions", "the BCF") == topics.GENERIC
    assert topics.of_figure("Spend", "Spend was £41m.", None, "GBP millions", "the BCF pooled budget") == "bcf"
    # two topics named as strongly: neither
    assert topics.of_figure("BCF and QIPP", "", None, "GBP millions") == topics.GENERIC
    assert topics.of_figure("Life expectancy", "", None, None) == topics.GENERIC  # a plain number: no unit


def test_a_label_naming_only_another_topic_is_not_filed() -> None:
    # a key-facts tile: the tile above it ("Better Care Fund pooled budget") reads as its heading
    assert topics.of_figure("employment rate, aged 16-64", "", "Better Care Fund pooled budget 2025/26", "%") == (
        topics.GENERIC
    )
    # a BCF income line whose clause also names discharge (a performance word) is still the fund's
    assert (
        topics.of_figure("and the Additional ICB contribution falls by", "", "Better Care Fund plan", "GBP thousands")
        == "bcf"
    )


def test_money_that_is_no_saving_stays_a_figure_beside_a_savings_plan() -> None:
    sentence = "The ICB's revenue allocation for 2025/26 is £1.2bn, and its efficiency plan is £38m."
    assert topics.of_figure("The ICB's revenue allocation for 2025/26 is", sentence, None, "GBP") == topics.GENERIC
    assert topics.of_figure("its efficiency plan is", sentence, None, "GBP millions") == "qipp"
    overspend = "Against the QIPP plan, the forecast overspend is £2.1m."
    assert topics.of_figure("the forecast overspend is", overspend, None, "GBP millions") == topics.GENERIC
