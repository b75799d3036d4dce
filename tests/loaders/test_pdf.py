"""Tests of loaders/pdf.py (through reading and the pipeline): PDF packs, the same rows as the text they were made from,
and one clear line when a PDF gives no text."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from fpdf import FPDF
from pdfmaker import picture_pdf, text_pdf
from pypdf import PdfReader, PdfWriter

from loaders.cli import main
from loaders.errors import PackError
from loaders.pipeline import extract_context, extract_pack
from loaders.reading import find_packs, read_pack

ROW_COLUMNS = [
    "dataset",
    "area",
    "area_code",
    "period",
    "measure",
    "value",
    "value_text",
    "unit",
    "table",
    "source_line",
]


def table_slice(pack: Path, caption: str) -> list[str]:
    """The lines of a shipped pack from a table's caption to a few lines past the last line a dataset read from it
    (headers may follow the rows)."""
    ctx = extract_context(read_pack(pack))
    (table,) = [t for t in ctx.tables if t.caption and re.search(caption, t.caption.text)]
    assert table.caption is not None
    lines = [r["source_line"] for r in ctx.rows if r["table"] == table.title and r["dataset"] != "figures"]
    assert lines, f"no dataset read {caption!r}: nothing to compare"
    first, last = min([table.caption.line, *lines]), max(lines)
    return list(ctx.pack.lines[first - 1 : last + 5])


def rows(frame: pd.DataFrame) -> pd.DataFrame:
    return frame[ROW_COLUMNS].sort_values(["source_line", "measure", "value"]).reset_index(drop=True)


@pytest.mark.parametrize(
    ("prefix", "caption", "dataset"),
    [
        ("003", r"Job and work indicators", "wider_determinants"),
        ("003", r"Natural and Built Environment indicators", "wider_determinants"),
        ("002", r"CCG Consolidated 2019/20 Primary Care Budgets", "primary_care_budgets"),
        ("002", r"GP Forward View Allocations", "gp_forward_view"),
    ],
)
def test_a_table_as_pdf_gives_the_same_rows_as_its_text(
    tmp_path: Path, shipped_pack: Callable[[str], Path], prefix: str, caption: str, dataset: str
) -> None:
    lines = table_slice(shipped_pack(prefix), caption)
    text_file = tmp_path / "slice.txt"
    text_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    pdf_file = text_pdf(lines, tmp_path / "slice.pdf")

    from_text, from_pdf = extract_pack(text_file), extract_pack(pdf_file)

    assert from_pdf.pack.encoding == "pdf"
    assert (from_pdf.frame["dataset"] == dataset).sum() > 0
    pd.testing.assert_frame_equal(rows(from_pdf.frame), rows(from_text.frame))
    assert set(from_pdf.frame["source_file"]) == {"slice.pdf"}


def test_a_whole_pack_as_a_many_page_pdf_loses_and_gains_no_number(
    tmp_path: Path, shipped_pack: Callable[[str], Path]
) -> None:
    """Page breaks may change the words around a number (a paragraph split by a page), never the numbers."""
    source = shipped_pack("000")
    pdf_file = text_pdf(read_pack(source).lines, tmp_path / "pack.pdf", lines_per_page=60)
    assert len(PdfReader(pdf_file).pages) > 10

    from_text, from_pdf = extract_pack(source), extract_pack(pdf_file)

    def numbers(frame: pd.DataFrame) -> Counter[tuple[object, ...]]:
        return Counter(frame[["dataset", "value", "value_text", "unit"]].itertuples(index=False, name=None))

    assert numbers(from_pdf.frame) == numbers(from_text.frame)
    lines = from_pdf.pack.lines
    for row in from_pdf.frame.itertuples():
        assert str(row.value_text).strip("()") in lines[int(row.source_line) - 1], row  # type: ignore[arg-type]


def test_layout_mode_keeps_table_columns_apart(tmp_path: Path) -> None:
    """Cells placed by position in a proportional font come out as separate cells on one line."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for label, *cells in [("Blaby", "5,700", "1.3", "78.1"), ("Hinckley & Bosworth", "6,100", "1.1", "85.2")]:
        pdf.cell(60, 6, label)
        for cell in cells:
            pdf.cell(25, 6, cell, align="R")
        pdf.ln(6)
    pdf.output(str(tmp_path / "t.pdf"))
    lines = [x for x in read_pack(tmp_path / "t.pdf").lines if x.strip()]
    assert [re.split(r"\s{2,}", x.strip()) for x in lines] == [
        ["Blaby", "5,700", "1.3", "78.1"],
        ["Hinckley & Bosworth", "6,100", "1.1", "85.2"],
    ]


def test_rotated_text_is_kept(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Courier", size=9)
    pdf.cell(0, 4, "Upright: the budget was 1,234 in the year.", new_x="LMARGIN", new_y="NEXT")
    with pdf.rotation(90, 100, 150):
        pdf.text(100, 150, "Rotated: the total was 5,678 in the year.")
    pdf.output(str(tmp_path / "r.pdf"))
    values = set(extract_pack(tmp_path / "r.pdf").frame["value"])
    assert {1234.0, 5678.0} <= values


def test_directories_give_their_pdf_packs_too(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The budget was £1,234 in 2019/20.\n", encoding="utf-8")
    text_pdf(["The budget was £5,678 in 2019/20."], tmp_path / "b.pdf")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    assert [p.name for p in find_packs([tmp_path], tmp_path)] == ["a.txt", "b.pdf"]
    out = tmp_path / "rows.csv"
    result = CliRunner().invoke(main, ["extract", str(tmp_path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    frame = pd.read_csv(out)
    assert sorted(zip(frame["source_file"], frame["value"], strict=True)) == [("a.txt", 1234.0), ("b.pdf", 5678.0)]


# --- PDFs that give no text -------------------------------------------------------------------------------


def test_a_scanned_pdf_says_it_has_no_text_layer(tmp_path: Path) -> None:
    path = picture_pdf(tmp_path / "scan.pdf", pages=3)
    with pytest.raises(PackError) as err:
        read_pack(path)
    message = str(err.value)
    assert "scan.pdf" in message
    assert "no text layer" in message
    assert "3 pages" in message
    assert "OCR" in message


def test_a_scanned_pdf_on_the_command_line_is_one_line_and_exit_2(tmp_path: Path) -> None:
    path = picture_pdf(tmp_path / "scan.pdf")
    for args in (["extract", str(path), "--out", str(tmp_path / "o.csv")], ["check", str(path)], ["tables", str(path)]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 2, result.output
        assert result.output.strip().splitlines() == [f"healthdash: {path}: no text layer: {_one_page()}"]
        assert "Traceback" not in result.output


def _one_page() -> str:
    return "the PDF's one page has no text (scanned?); run OCR first"


def test_picture_pages_inside_a_text_pdf_are_named_and_the_rest_loads(tmp_path: Path) -> None:
    text_part = text_pdf(["Savings were £700,000 in the year."], tmp_path / "text.pdf")
    picture_part = picture_pdf(tmp_path / "picture.pdf")
    writer = PdfWriter()
    writer.append(str(text_part))
    writer.append(str(picture_part))
    writer.append(str(text_part))
    writer.write(tmp_path / "mixed.pdf")

    result = extract_pack(tmp_path / "mixed.pdf")
    assert list(result.frame["value"]) == [700000.0, 700000.0]
    assert any("PDF page 2 of 3" in n and "images" in n for n in result.notes), result.notes
    check = CliRunner().invoke(main, ["check", str(tmp_path / "mixed.pdf")])
    assert "note: mixed.pdf: PDF page 2 of 3 holds only images" in check.output


def test_an_encrypted_pdf_asks_for_an_unprotected_copy(tmp_path: Path) -> None:
    writer = PdfWriter(clone_from=text_pdf(["Budget 1,234"], tmp_path / "plain.pdf"))
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    writer.write(tmp_path / "locked.pdf")
    with pytest.raises(PackError, match=r"locked\.pdf: the PDF is encrypted \(password protected\)"):
        read_pack(tmp_path / "locked.pdf")


def test_a_pdf_with_only_an_owner_password_is_read(tmp_path: Path) -> None:
    writer = PdfWriter(clone_from=text_pdf(["The budget was 1,234 in the year."], tmp_path / "plain.pdf"))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-128")
    writer.write(tmp_path / "owner.pdf")
    assert list(extract_pack(tmp_path / "owner.pdf").frame["value"]) == [1234.0]


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda raw: raw[: len(raw) // 3], "the PDF is damaged and cannot be read"),
        (lambda raw: b"%PDF-1.4\n" + bytes(range(256)) * 20, "the PDF is damaged and cannot be read"),
        (lambda raw: raw.replace(b"/Type /Pages", b"/Type /Junk"), "the PDF has no pages"),
    ],
)
def test_a_damaged_pdf_is_one_clear_error(tmp_path: Path, damage: Callable[[bytes], bytes], message: str) -> None:
    good = text_pdf(["The budget was 1,234 in the year."] * 5, tmp_path / "good.pdf").read_bytes()
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(damage(good))
    with pytest.raises(PackError) as err:
        read_pack(bad)
    assert str(err.value).startswith(f"{bad}: {message}")
    result = CliRunner().invoke(main, ["extract", str(bad), "--out", str(tmp_path / "o.csv")])
    assert result.exit_code == 2
    assert len(result.output.strip().splitlines()) == 1
    assert message in result.output
    assert "Traceback" not in result.output


def test_a_file_named_pdf_that_is_not_one(tmp_path: Path) -> None:
    (tmp_path / "report.pdf").write_text("just some text\n", encoding="utf-8")
    with pytest.raises(PackError, match=r"report\.pdf: the file is named \.pdf but is not a PDF"):
        read_pack(tmp_path / "report.pdf")


def test_a_pdf_named_txt_is_read_as_a_pdf(tmp_path: Path) -> None:
    text_pdf(["The budget was 1,234 in the year."], tmp_path / "x.pdf").rename(tmp_path / "x.txt")
    pack = read_pack(tmp_path / "x.txt")
    assert pack.encoding == "pdf"
    assert "The budget was 1,234 in the year." in pack.lines


def test_layout_mode_failing_on_a_page_falls_back_to_plain_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pypdf import PageObject

    plain = PageObject.extract_text

    def layout_fails(self: PageObject, *args: object, **kwargs: object) -> str:
        if kwargs.get("extraction_mode") == "layout":
            raise ValueError("layout mode cannot place this font")
        return plain(self, *args, **kwargs)  # type: ignore[arg-type]

    path = text_pdf(["The budget was 1,234 in the year."], tmp_path / "p.pdf")
    monkeypatch.setattr(PageObject, "extract_text", layout_fails)
    assert list(extract_pack(path).frame["value"]) == [1234.0]


def test_a_page_that_cannot_be_read_at_all_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pypdf import PageObject

    def fails(self: PageObject, *args: object, **kwargs: object) -> str:
        raise KeyError("/Font")

    path = text_pdf(["The budget was 1,234 in the year."], tmp_path / "p.pdf")
    monkeypatch.setattr(PageObject, "extract_text", fails)
    with pytest.raises(PackError, match=r"p\.pdf: page 1 of the PDF cannot be read \(KeyError\)"):
        read_pack(path)


def test_any_parser_failure_is_one_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pypdf

    def crash(*args: object, **kwargs: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    path = text_pdf(["The budget was 1,234 in the year."], tmp_path / "p.pdf")
    monkeypatch.setattr(pypdf, "PdfReader", crash)
    with pytest.raises(PackError, match=r"p\.pdf: the PDF is damaged and cannot be read \(RecursionError"):
        read_pack(path)
