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
