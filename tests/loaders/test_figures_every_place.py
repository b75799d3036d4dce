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
    """Each figure read from the text of a small pack (a cover, a PCN table, then `lines`): its area and
    measure, by value (in `figures`, or in the topic its sentence is about)."""
    pack = Pack(Path("orlesby.txt"), ("ORLESBY COUNTY COUNCIL", "", *NETWORKS, *lines), "utf-8", "0")
    frame = extract_read(pack).frame
    rows = frame[frame["source_line"] > 2 + len(NETWORKS)]
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


def test_a_place_after_a_semicolon_starts_a_clause_of_its_own() -> None:
    """ "£11.3m (94.9%); Stenby Cross PCN has not claimed": the network is the later clause's subject, not the
    figures' area, which is the place the sentence before names."""
    rows = figure_rows(
        (
            "4.1   The networks in Orlesby have allocations of £11.9m for 2026/27. They forecast to spend",
            "      £11.3m (94.9% of allocation); Stenby Cross PCN has not yet submitted claims.",
        )
    )
    assert rows["11.3"][0] == rows["94.9"][0] == "Orlesby"
    assert rows["94.9"][1].endswith("(% of allocation)")


def test_the_pack_s_region_is_a_place_in_running_text() -> None:
    """A region the pack names (here in a table beside England) is the area of a figure printed after it in
    brackets, and the label is the figure's it is compared with; a region before a capitalised word names
    something of its own."""
    rows = figure_rows(
        (
            "Table 2: Life expectancy at birth, 2022-24",
            "Area                  Men     Women",
            "Orlesby              79.7      83.4",
            "South West           80.4      83.9",
            "England              79.1      83.1",
            "",
            "5.1   Orlesby has 373.8 FTE GPs, 0.53 per 1,000 patients (South West 0.49).",
            "5.2   The South West Training Hub trained 14 GPs in 2025/26.",
        )
    )
    assert rows["0.49"] == ("South West", rows["0.53"][1])
    assert "per 1,000 patients" in rows["0.49"][1]
    assert rows["14"][0] == "Orlesby"


def test_places_of_a_long_table_s_area_column_are_places_in_running_text() -> None:
    """A long table of records ("Indicator | Area | Period | Value") names its places in a column of words: a
    sentence naming one of them is about that place, as for a table's place rows."""
    rows = figure_rows(
        (
            "Table 3: Wider determinants of health, districts",
            "",
            "  Indicator                      Area             Period     Value    England",
            "  Fuel poverty (%)               Marlow Vale      2023         7.8       11.4",
            "  Fuel poverty (%)               Tenbury Cross    2023        12.6       11.4",
            "",
            "4.1 Fuel poverty ranges from 7.8% of households in Marlow Vale to 12.6% in Tenbury Cross.",
        )
    )
    assert rows["7.8"][0] == "Marlow Vale"
    assert rows["12.6"][0] == "Tenbury Cross"


def test_a_gap_between_the_most_and_least_deprived_parts_of_the_county_is_the_county_s() -> None:
    rows = figure_rows(
        (
            "3.1 Men in Stenby Cross live 3.4 years longer than men in Harwood Vale.",
            "",
            "3.2 The gap in life expectancy between the most and least deprived parts of the county has widened",
            "to 8.1 years for men.",
        )
    )
    assert rows["8.1"][0] == "Orlesby"


def test_a_place_an_nhs_body_is_named_after_is_a_place_in_its_own_papers() -> None:
    """In Orlesby and Wyke ICB's own report a figure names no place but the board, save where a sentence says
    whose it is: "Orlesby's networks" and "Orlesby had" are the place's."""
    lines = (
        "Orlesby and Wyke Integrated Care Board",
        "Board meeting in public, 3 March 2026",
        "",
        "1.1   The delegated budget of £114.2m is forecast to overspend by £895k.",
        "",
        "1.2   Orlesby's eight primary care networks have claimed £4.5m of their ARRS allocation.",
        "",
        "1.3   Orlesby had 287.4 FTE fully qualified GPs in June 2026.",
    )
    frame = extract_read(Pack(Path("board.txt"), lines, "utf-8", "0")).frame
    area = dict(zip(frame["value"], frame["area"], strict=True))
    assert area[114.2] == "Orlesby and Wyke ICB"
    assert area[4.5] == area[287.4] == "Orlesby"
