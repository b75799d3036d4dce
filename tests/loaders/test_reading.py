"""Tests of loaders/reading.py, reading packs: encodings, line endings, converter markup, bad files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from loaders.errors import PackError
from loaders.reading import clean_line, find_packs, read_pack


def test_windows_1252_and_crlf_read_the_same_as_utf8(tmp_path: Path) -> None:
    text = "Budget £1,234\r\nSecond line – dash\r\n"
    (tmp_path / "a.txt").write_bytes(text.encode("cp1252"))
    (tmp_path / "b.txt").write_bytes(text.replace("\r\n", "\n").encode("utf-8"))
    a, b = read_pack(tmp_path / "a.txt"), read_pack(tmp_path / "b.txt")
    assert a.lines == b.lines == ("Budget £1,234", "Second line – dash")
    assert (a.encoding, b.encoding) == ("cp1252", "utf-8-sig")


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes("\ufeffHEALTH".encode())
    assert read_pack(tmp_path / "bom.txt").lines == ("HEALTH",)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("*Meeting:* **Health Overview and Scrutiny Committee**", "Meeting: Health Overview and Scrutiny Committee"),
        ("## **Appendices**", "Appendices"),
        ("Referrals to 31<sup>st</sup> Dec 2024\t27,545", "Referrals to 31st Dec 2024\t27,545"),  # a tab row: kept
        ("<u>Item</u>\t<u>Report by</u>", "Item\tReport by"),
        ("\tIndented text", "   Indented text"),  # a tab that parts no cells is an indent
        ("a * b stays", "a * b stays"),
        # a "*" standing as a cell means "suppressed": kept, between commas, pipes or spaces alike
        ("Dunmarsh, *, 13.1, *, 13.0", "Dunmarsh, *, 13.1, *, 13.0"),
        ("Dunmarsh,*,13.1", "Dunmarsh,*,13.1"),
        ("| Morrowdale | * | 4.2 |", "| Morrowdale | * | 4.2 |"),
        ("*Note:* rates are *crude*, not standardised", "Note: rates are crude, not standardised"),
    ],
)
def test_converter_markup_is_removed(raw: str, clean: str) -> None:
    assert clean_line(raw) == clean


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("GPs aged 55      24.1     29.6¹      21.8", "GPs aged 55      24.1     29.6       21.8"),
        ("Fuel poverty     16.0 a       13.3", "Fuel poverty     16.0         13.3"),
        ("Handovers        5,836²       RED", "Handovers        5,836        RED"),
        ("Fuel poverty     12.4 b", "Fuel poverty     12.4"),
        ("Employment       74.8 (p)          2.1", "Employment       74.8              2.1"),
        ("England          7.8†              75.7", "England          7.8               75.7"),
        ("| England | 0.44‡ | 17,240.0 |", "| England | 0.44  | 17,240.0 |"),
        ("| Sheringmoor | 0.56 (p) | 218.0 |", "| Sheringmoor | 0.56     | 218.0 |"),
        ("Employment       74.2p        73.0", "Employment       74.2         73.0"),  # a glued "p": provisional
        ("| Dunsham | 0.55r | 264.7 |", "| Dunsham | 0.55  | 264.7 |"),
        ("Sallowby       62.4 p        63.5 p         8.7", "Sallowby       62.4          63.5           8.7"),
        ("Area     healthy life  expectancy¹     least)²  x", "Area     healthy life  expectancy      least)   x"),
        ("PM2.5 (µg/m³)     Area (km²)      Rate", "PM2.5 (µg/m³)     Area (km²)      Rate"),  # powers of units
    ],
)
def test_footnote_markers_on_values_are_blanked_keeping_columns(raw: str, clean: str) -> None:
    assert clean_line(raw) == clean
    assert len(clean_line(raw + "  9")) == len(raw + "  9")


@pytest.mark.parametrize(
    "kept",
    [
        "¹ Includes long-term locums.",
        "PM2.5 (µg/m³)  7.6",
        "People eat 5 a day",
        "Plan A  12 a day",
        "Table 2 a",
        "Bus fare      12p        15p",  # pence: no decimals
        "a rise to 74.2p a litre",  # running text
    ],
)
def test_footnote_text_and_prose_keep_their_letters(kept: str) -> None:
    assert clean_line(kept) == kept


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("savings of 2.1 % of the budget[^3].", "savings of 2.1 % of the budget."),  # Markdown's reference
        ("| Hospice at home[^b] | 1,200 | 600 |", "| Hospice at home | 1,200 | 600 |"),
        ("[^3]: Excludes the hospice grant (£1.1m).", "Excludes the hospice grant (£1.1m)."),  # the note itself
        ("as shown in Figure 4.[7]", "as shown in Figure 4."),  # pandoc's
        ("[7] Fingertips, 2021-23.", "Fingertips, 2021-23."),
        ("the worst outcomes. [4] [11] [19]", "the worst outcomes."),  # citations
        ("read the [23]Pharmaceutical Needs Assessment", "read the Pharmaceutical Needs Assessment"),  # lynx's
    ],
)
def test_note_and_link_references_are_dropped(raw: str, clean: str) -> None:
    assert clean_line(raw) == clean


def test_a_note_reference_in_a_column_layout_is_blanked_keeping_columns() -> None:
    raw = "Hospice at home[2]      1,200     600"
    assert clean_line(raw) == "Hospice at home         1,200     600"


@pytest.mark.parametrize("kept", ["rate [95% CI 12.1 to 14.0]", "suppressed [x] or [c]", "[31 (a broken mark)"])
def test_brackets_that_are_no_reference_are_kept(kept: str) -> None:
    assert clean_line(kept) == kept


def test_a_converters_line_break_in_a_cell_is_a_space() -> None:
    assert clean_line("| Area | GP FTE<br>(fully qualified) | Nurse<br/>FTE |") == (
        "| Area | GP FTE (fully qualified) | Nurse FTE |"
    )


def test_a_bracketed_letter_in_prose_is_kept() -> None:
    assert clean_line("Option (p) was chosen over option (r) in 2024 (p) of the plan.") == (
        "Option (p) was chosen over option (r) in 2024 (p) of the plan."
    )


def test_markdown_headings_are_remembered(tmp_path: Path) -> None:
    (tmp_path / "md.txt").write_text("intro\n# Heading\nbody\n", encoding="utf-8")
    pack = read_pack(tmp_path / "md.txt")
    assert pack.headings == frozenset({2})
    assert pack.lines[1] == "Heading"


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty"), (b"   \n\n", "empty"), (b"\x00\x01\x02binary", "binary")],
)
def test_bad_files_raise_one_clear_error_naming_the_file(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(PackError) as err:
        read_pack(path)
    assert message in str(err.value)
    assert "bad.txt" in str(err.value)


def test_missing_file_and_empty_directory(tmp_path: Path) -> None:
    with pytest.raises(PackError, match="no such file"):
        read_pack(tmp_path / "nope.txt")
    with pytest.raises(PackError, match="no .txt packs"):
        find_packs([tmp_path], tmp_path)


def test_line_count_is_preserved_for_provenance(reports_dir: Path) -> None:
    for path in reports_dir.glob("*.txt"):
        raw_lines = path.read_bytes().decode("utf-8-sig").splitlines()
        assert len(read_pack(path).lines) == len(raw_lines)


def test_utf16_with_a_bad_code_unit_names_the_line(tmp_path: Path) -> None:
    raw = "line one\nline two\n".encode("utf-16") + b"\x00\xd8"  # a lone high surrogate on line 3
    (tmp_path / "u16.txt").write_bytes(raw)
    with pytest.raises(PackError, match=r"u16\.txt:3: the text starts as UTF-16 but is not valid UTF-16"):
        read_pack(tmp_path / "u16.txt")


def test_a_directory_is_not_a_pack(tmp_path: Path) -> None:
    with pytest.raises(PackError, match="is a directory, not a pack"):
        read_pack(tmp_path)


def test_a_file_that_cannot_be_opened_is_one_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("Budget 1,234\n", encoding="utf-8")

    def denied(path: object, *args: object, **kwargs: object) -> int:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(os, "open", denied)
    with pytest.raises(PackError, match=r"locked\.txt: Permission denied"):
        read_pack(path)


def test_windows_of_lines_count_a_blank_run_as_one_line() -> None:
    """step_back / step_forward reach the same text however many blank lines a converter prints."""
    from loaders.reading import line_steps, step_back, step_forward

    single = ("a", "", "b", "c")
    doubled = ("a", "", "", "b", "c")
    assert line_steps(single)[1:5] == [1, 2, 3, 4]
    assert line_steps(doubled)[1:6] == [1, 2, 2, 3, 4]
    assert step_back(single, 4, 2) == 2
    assert step_back(doubled, 5, 2) == 2
    assert step_forward(single, 1, 2) == 3
    assert step_forward(doubled, 1, 2) == 4


def test_dot_leaders_are_a_gap_between_a_label_and_its_figure() -> None:
    raw = "Male life expectancy at birth ........... 79.4 years (England 79.1)"
    assert clean_line(raw) == "Male life expectancy at birth             79.4 years (England 79.1)"
    assert clean_line("Contents . . . . . . 4") == "Contents             4"
    assert clean_line("See www.example.gov.uk/jsna... for more") == "See www.example.gov.uk/jsna... for more"


def test_box_drawing_is_ascii_and_a_ruled_heading_its_words() -> None:
    assert clean_line("╞══════╪═════╡") == "+======+=====+"
    assert clean_line("│ Estates │   860 │") == "| Estates |   860 |"
    assert clean_line("────── 2. Delegated budget ──────") == "2. Delegated budget"
