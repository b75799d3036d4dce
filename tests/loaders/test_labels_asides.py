"""A short name in brackets inside a phrase ("the savings (CIP) target for 2025/26") is part of the phrase, not a
clause break; a bracket that ends a phrase, or holds a figure, still breaks it. Invented sentences."""

from __future__ import annotations

from loaders import labels


def label_of(sentence: str, printed: str) -> str:
    at = sentence.index(printed)
    return labels.clause_label(sentence, at, at + len(printed))


def test_a_bracketed_abbreviation_inside_a_phrase_does_not_end_the_clause() -> None:
    sentence = "The trust had met £12.4m of its £15.0m savings (CIP) target for 2025/26."
    assert "target" in label_of(sentence, "£15.0m")
    assert "savings (CIP) target" in label_of(sentence, "£12.4m")


def test_a_bracket_holding_a_figure_or_ending_a_phrase_is_no_aside() -> None:
    assert not labels._named_aside("the target (£4.2m) was met", 11)
    assert labels._named_aside("the savings (CIP) target", 12)
    assert not labels._named_aside("the Better Care Fund (BCF).", 21)


def test_a_comparison_borrows_the_measure_with_its_rate_base_not_who_heard_it() -> None:
    sentence = "Members heard that Dunhollow has 0.52 nurses (FTE) per 1,000 patients against 0.61 in England."
    figures = [(sentence.index(f), sentence.index(f) + 4) for f in ("0.52", "0.61")]  # "per 1,000" is no figure
    label = labels.clause_label(sentence, *figures[1], others=figures[:1])
    assert "per 1,000 patients" in label
    assert "heard" not in label
