"""A sentence whose subject is every place of a kind ("PCNs are forecast to ...") states the whole area's figures,
not those of a place named in the next sentence or the paragraph above; and "£14,178k" is one figure, its comma
no clause break. Invented places."""

from __future__ import annotations

from pathlib import Path

from loaders import labels
from loaders.datasets.figures import _of_every_place
from loaders.pipeline import extract_read
from loaders.reading import Pack

NETWORKS = (
    "Table 1: Staff roles by primary care network",
    "PCN                       Budget    Forecast",
    "Harwood Vale PCN           2,310       2,204",
    "Stenby Cross PCN           1,980       1,915",
    "",
)


def figure_rows(lines: tuple[str, ...]) -> dict[str, tuple[str, str]]:
    """Each figure the figures dataset reads from a small pack (a cover, a PCN table, then `lines`): its area
    and measure, by value."""
    pack = Pack(Path("orlesby.txt"), ("ORLESBY COUNTY COUNCIL", "", *NETWORKS, *lines), "utf-8", "0")
    frame = extract_read(pack).frame
    rows = frame[frame["dataset"] == "figures"]
    return {
        f"{value:g}": (area, measure)
        for value, area, measure in zip(rows["value"], rows["area"], rows["measure"], strict=True)
    }


def test_figures_of_every_pcn_are_the_whole_area_s() -> None:
    rows = figure_rows(
        (
            "5.2   PCNs are forecast to use £4,119k of the £4,290k available (96.0%). Stenby Cross PCN",
            "      has the lowest forecast use, having been unable to recruit 3 paramedics.",
            "5.3   In addition, PCNs received £1.4m of access support payments.",
        )
    )
    assert rows["4119"][0] == rows["4290"][0] == rows["96"][0] == rows["1.4"][0] == "Orlesby"
    assert rows["3"][0] == "Stenby Cross PCN"
    assert "available" in rows["96"][1]
    assert "forecast" in rows["96"][1]


def test_a_subject_of_every_place_of_a_kind() -> None:
    assert _of_every_place("The six PCNs have 12 pharmacists.")
    assert _of_every_place("In addition, the county's wards received £2.1m.")
    assert not _of_every_place("Stenby Cross PCN has the lowest use.")
    assert not _of_every_place("Wards in the north have 3 GPs.")


def test_a_thousands_comma_before_a_unit_letter_is_no_clause_break() -> None:
    sentence = "Networks are forecast to use £4,119k of the £4,290k available."
    at = sentence.index("£4,290k")
    assert labels.clause_label(sentence, at, at + 7) == "Networks are forecast to use of the available"
