"""Tests of loaders/labels.py: a number in a sentence is labelled by its clause, the subject in front when thin."""

from __future__ import annotations

import re

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


def test_a_label_keeps_no_markup_of_a_converted_web_page() -> None:
    sentence = "<p><b>Walk-in centre</b> saw 4,120 patients &amp; carers</p>"
    label = label_of(sentence, "4,120")
    assert not {"<", ">"} & set(label)
    assert "&amp" not in label
    assert label.startswith("Walk-in centre")


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


@pytest.mark.parametrize(
    ("sentence", "printed", "label"),
    [
        (  # what is measured comes before the verb; who reported it, its place and year stay out
            "The Director reported that obesity among children in Brenshire had risen to 22.1% in 2024, compared"
            " with 19.6% for England.",
            "19.6%",
            "obesity among children: compared with for England",
        ),
        (  # "times" restates the unit of the figure compared with: the comparison names no measure of its own
            "Rents in Holt are 7.2 times median earnings, against 6.1 times in Brenshire.",
            "6.1",
            "Rents are times median earnings: against times in Brenshire",
        ),
    ],
)
def test_a_comparison_takes_what_the_clause_before_measures(sentence: str, printed: str, label: str) -> None:
    assert label_of(sentence, printed) == label


@pytest.mark.parametrize(
    ("sentence", "printed", "label"),
    [
        (  # "fell to": what fell
            "Delayed discharges in the acute trust fell to 4.1% of occupied beds in June.",
            "4.1%",
            "Delayed discharges in the acute trust: to of occupied beds in June",
        ),
        (  # "of which": the noun it stands for
            "Clinics offered 5,120 appointments, of which 61.5% were taken up online.",
            "61.5%",
            "Clinics offered appointments: which were taken up online",
        ),
        (  # a figure printed in brackets does not end the clause of the figure before it
            "Schemes worth £12.4m (48.0%) had been agreed by June.",
            "£12.4m",
            "Schemes worth had been agreed by June",
        ),
        (  # a figure after a comma is of the words before the comma
            "The biggest overspend is home care, £2,310k above budget to date.",
            "£2,310k",
            "home care: above budget to date",
        ),
        (  # "the county figure" names no measure: the sentence's subject does
            "Obesity affects 24.0% of pupils in Holt, the highest in the county; the county figure is 20.5%.",
            "20.5%",
            "Obesity: the county figure is",
        ),
        (  # "but X's neighbourhood has 0.51": the measure of the clause before
            "The board has 0.62 FTE consultants per bed, but Holt's Marsh neighbourhood has 0.51.",
            "0.51",
            "board has FTE consultants per bed: but Holt's Marsh neighbourhood has",
        ),
    ],
)
def test_a_clause_that_names_too_little_borrows_the_words_it_stands_for(
    sentence: str, printed: str, label: str
) -> None:
    assert label_of(sentence, printed) == label


def test_a_long_heading_gives_way_to_the_clause_s_own_words() -> None:
    sentence = "Rough sleeping in Holt fell to 14 people in the autumn count, the lowest since the count began."
    at = sentence.index("14")
    heading = "Report of the Director of Housing and Communities"
    assert (
        labels.clause_label(sentence, at, at + 2, heading=heading)
        == "Rough sleeping in Holt: to people in the autumn count"
    )
    assert labels.clause_label("Lets rose by 12.", 13, 15, heading="Housing") == "Housing: Lets rose by"


@pytest.mark.parametrize(
    ("sentence", "printed", "label"),
    [
        (
            "The officer said that uptake of the flu vaccine was 61.4% in Ockbury, 58.2% in Helmsworth and 64.9% in "
            "Ravensfield.",
            "58.2%",
            "uptake of the flu vaccine: in Helmsworth",
        ),
        (
            "The officer said that uptake of the flu vaccine was 61.4% in Ockbury, 58.2% in Helmsworth and 64.9% in "
            "Ravensfield.",
            "64.9%",
            "uptake of the flu vaccine: and in Ravensfield",
        ),
        (
            "Dental access for children is 55.0 in Ockbury, 49.7 in Helmsworth.",
            "49.7",
            "Dental access for children: in Helmsworth",
        ),
        (
            "In Ockbury 52.1% of calls were answered within a minute, in Helmsworth 48.3% and in Ravensfield 50.6%.",
            "50.6%",
            "calls were answered within a minute: and in Ravensfield",
        ),
    ],
)
def test_a_figure_in_a_list_by_place_takes_the_first_figures_measure(sentence: str, printed: str, label: str) -> None:
    assert label_of(sentence, printed) == label


def _label_of(sentence: str, printed: str) -> str:
    at = sentence.index(printed)
    return labels.clause_label(sentence, at, at + len(printed))


@pytest.mark.parametrize(
    ("sentence", "printed", "label"),
    [
        # a benchmark in brackets after a figure shares that figure's label
        ("Male life expectancy at birth is 77.6 years (North East 77.7 years; England 79.3 years).", "79.3", "77.6"),
        ("Mortwich has the lowest employment rate, 70.1% (England 75.7%, West Midlands 73.0%).", "73.0", "70.1"),
        # a key fact's label under its figure, the benchmark in brackets at its end
        ("79.0 years life expectancy at birth, men (England 79.1)", "79.1", None),
    ],
)
def test_a_benchmark_in_brackets_is_labelled_as_what_it_is_compared_with(
    sentence: str, printed: str, label: str | None
) -> None:
    got = _label_of(sentence, printed)
    assert got == (_label_of(sentence, label) if label else "life expectancy at birth, men")
    assert "England" not in got
    assert "West Midlands" not in got


def test_brackets_that_name_no_place_are_no_benchmark() -> None:
    """ "(Target 75%)" or "(Questions 1, 2 and 9)" print no place: the figure keeps a label of its own."""
    assert _label_of("Red 1 - WL 65.68% (Target 75%)", "75") != _label_of("Red 1 - WL 65.68% (Target 75%)", "65.68")


def test_a_long_run_of_capitals_in_brackets_is_read_at_once() -> None:
    """The bracket's words are matched one way only: a run of capitals that is no place ends the match at once
    (a pattern that could split a word anywhere would take exponential time here)."""
    sentence = "The rate was 12.5% (" + "NHSENGLANDPERFORMANCEREPORTS " * 4 + "data 13.1)."
    assert _label_of(sentence, "13.1")


@pytest.mark.parametrize(
    ("sentence", "printed", "label"),
    [
        (
            "They forecast to spend £11.3m (94.9% of allocation); one network has not claimed.",
            "94.9%",
            "They forecast to spend (% of allocation)",
        ),
        (
            "Schemes delivered £39.75m (89.9% of the target), of which £27.1m was recurrent.",
            "89.9%",
            "Schemes delivered (% of the target)",
        ),
    ],
)
def test_a_share_in_brackets_is_the_share_of_the_figure_before_it(sentence: str, printed: str, label: str) -> None:
    """ "(94.9% of allocation)" after a figure is that figure as a share of something: its label is the figure's,
    with what it is a share of."""
    assert _figure_label(sentence, printed) == label


def _figure_label(sentence: str, printed: str) -> str:
    """The label of `printed` where the sentence's figures are its money and percentages, as the figures
    dataset finds them ("£11.3m", "94.9%")."""
    spans = [m.span() for m in re.finditer(r"£?\d[\d,.]*(?:m|k|%)?", sentence)]
    at = sentence.index(printed)
    own = (at, at + len(printed))
    return labels.clause_label(sentence, *own, [s for s in spans if s != own])


def test_a_bracket_with_words_before_its_figure_is_no_share() -> None:
    sentence = "They forecast to spend £11.3m (up 4.9% of allocation)."
    assert "(% of" not in _figure_label(sentence, "4.9%")


def test_a_rate_s_base_between_a_figure_and_its_bracket() -> None:
    """ "0.53 per 1,000 patients (South West 0.49)": the region's figure is the same rate ("1,000", the base, is
    no figure of the sentence)."""
    sentence = "Kelby has 212.4 FTE GPs, 0.53 per 1,000 patients (South West 0.49)."
    spans = {p: (sentence.index(p), sentence.index(p) + len(p)) for p in ("212.4", "0.53", "0.49")}

    def label(printed: str) -> str:
        a, b = spans[printed]
        return labels.clause_label(sentence, a, b, [s for p, s in spans.items() if p != printed])

    assert label("0.49") == label("0.53")
    assert "per 1,000 patients" in label("0.49")


@pytest.mark.parametrize(
    ("line", "printed", "label"),
    [
        (
            "  Life expectancy at birth, men               80.1 years (England 79.3)",
            "80.1",
            "Life expectancy at birth, men",
        ),
        (
            "  Life expectancy at birth, men               80.1 years (England 79.3)",
            "79.3",
            "Life expectancy at birth, men",
        ),
        ("  Employment rate, aged 16-64                 78.4% (England 75.7%)", "78.4%", "Employment rate, aged 16-64"),
    ],
)
def test_a_label_set_apart_from_its_figure_by_spaces_is_the_line_s_label(line: str, printed: str, label: str) -> None:
    """A key-facts list prints a label, a run of spaces and the figure: the label is the figure's whole label,
    and the words of it the clause repeats ("men years") are not said twice."""
    lead = labels.lead_label(line)
    assert lead is not None
    assert lead[0] == label.split(":")[0]
    at = line.index(printed)
    spans = [m.span() for m in re.finditer(r"\d[\d.]*%?", line)]
    own = (at, at + len(printed))
    assert labels.clause_label(line, *own, [s for s in spans if s != own], lead=lead[0]) == label


def test_a_sentence_is_no_spaced_label() -> None:
    assert labels.lead_label("The employment rate in Kelby is 78.4%, above England.") is None
