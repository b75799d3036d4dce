"""End to end (loaders/reading.py, pipeline.py, areas.py and the command line): the bad-input corpus
(tests/loaders/badinput/, plus a 100 MB file and a scanned PDF made here).

Every input gives either the right rows, or one clear line naming the file (and
the line, where one is to blame); the rest of a pack still loads, and the
command line never prints a traceback.
"""

from __future__ import annotations

import os
import re
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from badinput import make_corpus
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from pdfmaker import picture_pdf

from loaders import load
from loaders.cli import main
from loaders.errors import PackError
from loaders.numbers import scan
from loaders.pipeline import extract_pack
from loaders.reading import MAX_MB_ENV, MAX_TEXT_MB, read_pack

CORPUS = Path(__file__).resolve().parent / "badinput"
ROW_COLUMNS = ["dataset", "area", "area_code", "period", "measure", "value", "value_text", "unit", "table"]


def corpus(name: str) -> Path:
    return CORPUS / name


def rows(frame: pd.DataFrame, columns: list[str] = ROW_COLUMNS + ["source_line"]) -> pd.DataFrame:
    return frame[columns].sort_values(columns[:1] + ["source_line", "measure"]).reset_index(drop=True)


def line_of(path: Path, startswith: str) -> int:
    """1-based line of a corpus file that starts with the text given (the file's own lines, not a fixed number)."""
    lines = read_pack(path).lines
    return next(n for n, text in enumerate(lines, 1) if text.startswith(startswith))


def row_line(path: Path, label: str) -> int:
    """1-based line of the table row a label starts (the label, then numbers)."""
    lines = read_pack(path).lines
    return next(n for n, text in enumerate(lines, 1) if re.match(re.escape(label) + r"\s+-?\(?\d", text))


def run(*args: str) -> tuple[int, list[str]]:
    result = CliRunner().invoke(main, list(args))
    assert "Traceback" not in result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output.strip().splitlines()


def test_the_corpus_files_are_what_make_corpus_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(make_corpus, "HERE", tmp_path)
    make_corpus.write()
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == sorted(p.name for p in CORPUS.glob("*.txt"))
    for name in written:
        assert (tmp_path / name).read_bytes() == corpus(name).read_bytes(), name


# --- inputs that cannot give rows: one line naming the file (and line) -----------------------------------

REFUSED = [
    ("empty.txt", None, "the file is empty"),
    ("whitespace.txt", None, "the file is empty"),
    ("binary.txt", None, "this looks like a binary file, not a text pack"),
    ("office.txt", None, "this is a zip or Office file"),
    ("bad_byte.txt", "Fuel", "byte 0x81 at column 6 is neither UTF-8 nor Windows-1252 text"),
]


@pytest.mark.parametrize(("name", "line_start", "message"), REFUSED)
def test_unreadable_files_are_one_clear_error(name: str, line_start: str | None, message: str) -> None:
    path = corpus(name)
    with pytest.raises(PackError) as err:
        read_pack(path)
    where = str(path)
    if line_start:
        text = path.read_bytes().decode("cp1252", errors="replace").splitlines()
        where += f":{next(n for n, t in enumerate(text, 1) if t.startswith(line_start))}"
    assert str(err.value).startswith(f"{where}: {message}")


@pytest.mark.parametrize("command", ["extract", "check", "tables"])
@pytest.mark.parametrize(("name", "line_start", "message"), REFUSED)
def test_the_command_line_says_one_line_and_exits_2(
    tmp_path: Path, command: str, name: str, line_start: str | None, message: str
) -> None:
    args = [command, str(corpus(name))] + (["--out", str(tmp_path / "o.csv")] if command == "extract" else [])
    code, output = run(*args)
    assert code == 2
    assert len(output) == 1
    assert output[0].startswith(f"healthdash: {corpus(name)}")
    assert message in output[0]


def test_a_scanned_pdf_is_one_clear_error(tmp_path: Path) -> None:
    path = picture_pdf(tmp_path / "scanned.pdf", pages=2)
    code, output = run("extract", str(path), "--out", str(tmp_path / "o.csv"))
    assert code == 2
    assert output == [f"healthdash: {path}: no text layer: the PDF's 2 pages have no text (scanned?); run OCR first"]


# --- a 100 MB file -----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """100 MB of pack text (the reference pack over and over), written in chunks; deleted afterwards."""
    path = tmp_path_factory.mktemp("big") / "big.txt"
    chunk = corpus("reference.txt").read_bytes() * 1000
    with path.open("wb") as fh:
        while fh.tell() < 100_000_000:
            fh.write(chunk)
    yield path
    path.unlink()


def test_a_100_mb_file_is_refused_before_it_is_read(big_file: Path) -> None:
    assert big_file.stat().st_size >= 100_000_000
    tracemalloc.start()
    try:
        with pytest.raises(PackError) as err:
            read_pack(big_file)
        with pytest.raises(PackError, match="over the"):
            load([big_file], cache=False)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert str(err.value) == (
        f"{big_file}: the file is 100 MB, over the {MAX_TEXT_MB} MB limit for a text pack;"
        f" not read (set {MAX_MB_ENV} to raise the limit)"
    )
    assert peak < 1_000_000, f"peak {peak:,} bytes while refusing a 100 MB file"


def test_a_100_mb_file_on_the_command_line(tmp_path: Path, big_file: Path) -> None:
    good = tmp_path / "packs"
    good.mkdir()
    os.link(big_file, good / "big.txt")  # inside the folder (a link out of it is skipped, not read)
    (good / "reference.txt").write_bytes(corpus("reference.txt").read_bytes())
    tracemalloc.start()
    try:
        for target in (big_file, good):
            code, output = run("extract", str(target), "--out", str(tmp_path / "o.csv"))
            assert code == 2
            assert len(output) == 1
            assert "big.txt: the file is 100 MB, over the" in output[0]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 5_000_000, f"peak {peak:,} bytes"
    assert not (tmp_path / "o.csv").exists()


def test_the_size_limit_can_be_raised_and_must_be_a_number(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "p.txt"
    path.write_bytes(corpus("reference.txt").read_bytes())
    monkeypatch.setenv(MAX_MB_ENV, "0.0001")
    with pytest.raises(PackError, match=r"over the 0.0001 MB limit for a text pack"):
        read_pack(path)
    monkeypatch.setenv(MAX_MB_ENV, "lots")
    code, output = run("extract", str(path), "--out", str(tmp_path / "o.csv"))
    assert code == 2
    assert output == [f"healthdash: {MAX_MB_ENV}: 'lots' is not a number of MB"]
    monkeypatch.setenv(MAX_MB_ENV, "1")
    assert len(read_pack(path).lines) > 10


# --- encodings and line endings: the same rows as the UTF-8 reference --------------------------------------


@pytest.fixture(scope="module")
def reference() -> pd.DataFrame:
    frame = extract_pack(corpus("reference.txt")).frame
    money = frame[frame["unit"] == "GBP"]
    assert sorted(money["value"]) == [33000.0, 250000.0, 1127205.0]  # "£" read right, so the unit is money
    assert (frame["dataset"] == "wider_determinants").sum() == 27  # 9 areas x 3 indicators
    assert frame["context"].str.contains("\u2013").any()  # the en dash survived
    return frame


@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        ("windows1252.txt", "cp1252"),
        ("utf8_bom.txt", "utf-8-sig"),
        ("crlf.txt", "utf-8-sig"),
        ("utf16.txt", "utf-16"),
        ("mixed_encoding.txt", "utf-8 and cp1252"),
    ],
)
def test_encodings_and_line_endings_give_the_reference_rows(reference: pd.DataFrame, name: str, encoding: str) -> None:
    result = extract_pack(corpus(name))
    assert result.pack.encoding == encoding
    pd.testing.assert_frame_equal(rows(result.frame), rows(reference))
    assert set(result.frame["source_file"]) == {name}


def test_lines_not_in_utf8_are_named(reference: pd.DataFrame) -> None:
    raw_lines = corpus("mixed_encoding.txt").read_bytes().split(b"\n")
    not_utf8 = [n for n, raw in enumerate(raw_lines, 1) if not _is_utf8(raw)]
    assert len(not_utf8) == 1
    notes = extract_pack(corpus("mixed_encoding.txt")).notes
    assert notes == [f"line {not_utf8[0]} is not UTF-8 like the rest of the file: read as Windows-1252"]


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


# --- a table whose rows lost numbers ----------------------------------------------------------------------


def test_a_row_that_lost_a_number_is_named_and_nothing_else_changes(tmp_path: Path, reference: pd.DataFrame) -> None:
    path = corpus("lost_numbers.txt")
    damaged = line_of(path, "Melton")
    result = extract_pack(path)
    table = result.frame[result.frame["dataset"] == "wider_determinants"]

    # every other row of the table reads as in the reference pack
    expected = reference[(reference["dataset"] == "wider_determinants") & (reference["area"] != "Melton")]
    pd.testing.assert_frame_equal(rows(table), rows(expected))
    # no number of the damaged row is put in a column it may not belong to ...
    assert damaged not in set(table["source_line"])
    # ... one note names the table and the line ...
    assert [n for n in result.notes if f"line {damaged}" in n] == [
        f"Table 4: Warmer and Safer Homes indicators: line {damaged} has 2 cells, not 3"
    ]
    # ... and both of its printed numbers are still in the tidy table
    printed = [t.value for t in scan(read_pack(path).lines[damaged - 1])]
    kept = result.frame[result.frame["source_line"] == damaged]
    assert sorted(kept["value"]) == sorted(printed)
    assert len(printed) == 2

    code, output = run("extract", str(path), "--out", str(tmp_path / "o.csv"))
    assert code == 0
    assert (
        f"  lost_numbers.txt: Table 4: Warmer and Safer Homes indicators: line {damaged} has 2 cells, not 3" in output
    )


# --- totals that do not add up -------------------------------------------------------------------------------


def test_a_total_that_does_not_add_up_is_warned_on_its_own_line(tmp_path: Path) -> None:
    path = corpus("bad_total.txt")
    total_line = line_of(path, "Total Co Commissioning")
    result = extract_pack(path)
    warned = result.frame[result.frame["warning"].notna()]

    assert set(warned["source_line"]) == {total_line}
    assert set(warned["source_file"]) == {"bad_total.txt"}
    assert all("parts add up to" in w and "not the printed total" in w for w in warned["warning"])
    assert all("(difference +20)" in w for w in warned["warning"])

    # the rest of the table loads as it does when the pack adds up
    fixed_path = tmp_path / "bad_total.txt"
    fixed_path.write_text(path.read_text(encoding="utf-8").replace(make_corpus.BAD_PREMISES, make_corpus.PREMISES))
    fixed = extract_pack(fixed_path).frame
    assert fixed["warning"].isna().all()
    columns = ["dataset", "area", "measure", "source_line"]
    assert rows(result.frame, columns).equals(rows(fixed, columns))

    code, output = run("check", str(path))
    assert code == 1
    assert any(line.startswith(f"  bad_total.txt:{total_line} ") and "parts add up to" in line for line in output)


def test_a_row_whose_total_fails_leaves_the_table_to_the_catch_all_without_losing_a_number() -> None:
    path = corpus("bad_row_total.txt")
    result = extract_pack(path)
    lines = read_pack(path).lines
    caption = line_of(path, "Table 4:")
    assert any(f"(line {caption})" in n and "not read" in n for n in result.notes), result.notes
    table_lines = [n for n, text in enumerate(lines, 1) if n > caption and len(scan(text)) == 4]
    assert len(table_lines) == 9
    for n in table_lines:
        printed = sorted(t.value for t in scan(lines[n - 1]))
        assert sorted(result.frame[result.frame["source_line"] == n]["value"]) == printed, lines[n - 1]


# --- area names ------------------------------------------------------------------------------------------------


def test_spellings_in_a_pack_give_one_area_and_code(reference: pd.DataFrame) -> None:
    frame = extract_pack(corpus("spellings.txt")).frame
    tables = frame[frame["dataset"] == "wider_determinants"]
    by_table = tables.groupby("table")[["area", "area_code"]].apply(lambda g: set(g.itertuples(index=False)))
    assert len(by_table) == 2
    assert by_table.iloc[0] == by_table.iloc[1]
    assert len(by_table.iloc[0]) == 9
    assert all(isinstance(code, str) for _name, code in by_table.iloc[0])
    prose = frame[frame["dataset"] == "figures"]
    for start, code in (("In Hinckley", "E07000132"), ("Hinckley and Bosworth Borough Council", "E07000132")):
        n = line_of(corpus("spellings.txt"), start)
        assert set(prose[prose["source_line"] == n]["area_code"]) >= {code}
    n = line_of(corpus("spellings.txt"), "In Hinckley")
    fifty_eight = prose[(prose["source_line"] == n) & (prose["value"] == 58.0)]
    assert list(fifty_eight["area_code"]) == ["E07000134"]  # "N.W. Leicestershire", not the county


# --- another council's pack --------------------------------------------------------------------------------------


def test_another_councils_districts_get_their_codes_from_the_gazetteer(reference: pd.DataFrame) -> None:
    result = extract_pack(corpus("other_council.txt"))
    table = result.frame[result.frame["dataset"] == "wider_determinants"]
    names = list(make_corpus.NOTTS.values())
    placed = table[table["area"].isin(names)]
    assert sorted(set(placed["area"])) == sorted(names)
    assert placed["area_code"].str.match(r"^E(?:07|10)\d{6}$").all()  # district and county codes, none missing
    assert len(placed) == 3 * len(names)
    assert set(placed["measure"]) == set(reference[reference["dataset"] == "wider_determinants"]["measure"])


def test_districts_the_gazetteer_does_not_know_are_kept_with_no_code_and_reported(
    tmp_path: Path, reference: pd.DataFrame
) -> None:
    path = corpus("unknown_districts.txt")
    result = extract_pack(path)
    table = result.frame[result.frame["dataset"] == "wider_determinants"]
    names = [n for n in make_corpus.UNKNOWN.values() if n != "Nottinghamshire"]

    unknown = table[table["area"].isin(names)]
    assert sorted(set(unknown["area"])) == sorted(names)
    assert unknown["area_code"].isna().all()
    assert len(unknown) == 3 * len(names)
    # the values are the ones printed on each district's own line, under the same measures as at home
    for name in names:
        n = row_line(path, name)
        own = unknown[unknown["area"] == name]
        assert set(own["source_line"]) == {n}
        assert sorted(own["value"]) == sorted(t.value for t in scan(read_pack(path).lines[n - 1]))
    assert set(unknown["measure"]) == set(reference[reference["dataset"] == "wider_determinants"]["measure"])

    code, output = run("check", str(path))
    assert code == 0
    assert f"areas in no gazetteer (rows kept with no code): {len(names)}" in output
    for name in names:
        assert f"  unknown_districts.txt:{row_line(path, name)} {name}" in output
    code, output = run("extract", str(path), "--out", str(tmp_path / "o.csv"))
    assert code == 0
    assert f"areas in no gazetteer: {len(names)} (rows kept with no code;" in "\n".join(output)


# --- never a traceback -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.glob("*.txt")))
def test_no_corpus_file_makes_the_command_line_print_a_traceback(tmp_path: Path, name: str) -> None:
    for args in (["extract", str(corpus(name)), "--out", str(tmp_path / "o.csv")], ["check", str(corpus(name))]):
        code, output = run(*args)
        assert code in (0, 1, 2)
        if code == 2:
            assert len(output) == 1
            assert str(corpus(name)) in output[0]


def test_a_directory_of_the_readable_corpus_loads_every_pack(tmp_path: Path) -> None:
    readable = [p for p in CORPUS.glob("*.txt") if p.name not in {r[0] for r in REFUSED}]
    for p in readable:
        (tmp_path / p.name).write_bytes(p.read_bytes())
    code, output = run("extract", str(tmp_path), "--out", str(tmp_path / "all.csv"))
    assert code == 0, output
    assert output[0] == f"packs: {len(readable)}"
    assert set(pd.read_csv(tmp_path / "all.csv")["source_file"]) == {p.name for p in readable}


# --- whatever the text: rows that point at their number, or one PackError --------------------------------------


def _shipped_lines() -> list[str]:
    from loaders import REPORTS_DIR

    return [line for p in sorted(REPORTS_DIR.glob("*.txt")) for line in read_pack(p).lines if line.strip()]


@given(
    st.lists(
        st.one_of(
            st.sampled_from(_shipped_lines()),
            st.text(st.sampled_from("abcKLM £%()-,.:;/&0123456789\t\u2013*#"), max_size=60),
            st.just(""),
        ),
        max_size=120,
    )
)
@settings(max_examples=40, deadline=None)
def test_any_pack_like_text_gives_rows_that_point_at_their_numbers(lines: list[str]) -> None:
    """Shipped lines shuffled with number soup: never an exception but PackError; each row's line shows its number."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.txt"
        path.write_text("\n".join(lines), encoding="utf-8")
        try:
            result = extract_pack(path)
        except PackError as exc:
            refused: PackError | None = exc
        else:
            refused = None
    if refused is not None:
        assert "fuzz.txt" in str(refused)
        return
    for row in result.frame.itertuples():
        assert str(row.value_text) in result.pack.lines[int(row.source_line) - 1]  # type: ignore[call-overload]
