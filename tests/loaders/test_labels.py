"""Tests of loaders/labels.py: a number in a sentence is labelled by its clause, the subject in front when thin."""

from __future__ import annotations

import pytest

from loaders import labels


def label_of(sentence: str, printed: str) -> str:
    at = sentence.index(printed)
    return labels.clause_label(sentence, at, at + len(printed))


@pytest.mark.parametrize(
    ("sentence", "printed", "label"),
    [
        (
            "At month 6, schemes worth £33.1m have been identified, leaving a gap of £10.4m",
            "£10.4m",
            "leaving a gap of",
        ),
        ("ARRS funding rose to £17.2m", "£17.2m", "ARRS funding: to"),
        (
            "Homelessness duties in Sallowfield, at 15.1 per 1,000 households, are above the England rate.",
            "15.1",
            "Homelessness duties in Sallowfield: at per households",
        ),
    ],
)
def test_clause_label(sentence: str, printed: str, label: str) -> None:
    assert label_of(sentence, printed) == label


def test_subject_is_the_last_piece_before_the_verb_that_names_something() -> None:
    assert labels.subject_of("At month 6, schemes worth £33.1m have been identified") == "schemes worth"
    assert labels.subject_of("Duties in Sallowfield, at 15.1 per 1,000 households, are high") == (
        "Duties in Sallowfield"
    )


@pytest.mark.parametrize(
    ("sentence", "printed", "label"),
    [
        (  # the benchmark's clause names a place only: it takes the words it compares with, not their place
            "Across Kestleigh 58.3% of contacts were by phone, against 61.2% in England.",
            "61.2%",
            "of contacts were by phone: against in England",
        ),
        (  # "up from N a year earlier" takes what its sentence counted, without that figure's date
            "The scheme paid for 212 FTE link workers at March 2024, up from 187 FTE a year earlier.",
            "187",
            "scheme paid for FTE link workers: up from FTE a year earlier",
        ),
        (
            "Waits fell to 4.2 weeks, compared with 5.0 weeks in Oxlade.",
            "5.0",
            "Waits fell to weeks: compared with weeks in Oxlade",
        ),
        # a comparison that names its own measure keeps its own words
        ("Uptake was 71.0% against a target of 75%.", "75%", "against a target of"),
        ("Uptake was 71.0%, compared to 64.0% of carers in Fenwold.", "64.0%", "compared to of carers in Fenwold"),
    ],
)
def test_a_comparison_takes_the_subject_of_what_it_compares(sentence: str, printed: str, label: str) -> None:
    assert label_of(sentence, printed) == label
