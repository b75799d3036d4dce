"""Tests of dashboard/cli.py: the healthdash serve and export commands (the loaders' commands are tested in
tests/loaders/test_cli.py); serve's refusals and the address it prints, in a subprocess where it must serve."""

from __future__ import annotations

import re
import selectors
import socket
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
import requests
from click.testing import CliRunner
from workbooks import about_items, assert_same_rows

from dashboard.cli import main, select_rows
from tests.dashboard.conftest import free_port

ROOT = Path(__file__).resolve().parents[2]


def test_cli_export_xlsx_reads_back_the_filtered_rows(
    tmp_path: Path, tidy: pd.DataFrame, district: tuple[str, str]
) -> None:
    dataset, area = district
    out = tmp_path / "export.xlsx"
    result = CliRunner().invoke(main, ["export", "--dataset", dataset, "--area", area, "--out", str(out)])
    assert result.exit_code == 0, result.output
    expected, problem = select_rows(tidy, dataset=dataset, area=area)
    assert problem is None
    assert f"wrote {len(expected)} rows" in result.output
    assert_same_rows(out.read_bytes(), expected)
    about = about_items(openpyxl.load_workbook(out))
    assert about["Filters", "dataset"] == dataset
    assert about["Filters", "area"] == area


def test_cli_export_csv_with_measure_and_area_spelling(tmp_path: Path, tidy: pd.DataFrame) -> None:
    out = tmp_path / "export.csv"
    area = "Oadby & Wigston" if (tidy["area"] == "Oadby and Wigston").any() else "Leicestershire"
    dataset = "wider_determinants" if area != "Leicestershire" else "figures"
    result = CliRunner().invoke(
        main, ["export", "--dataset", dataset, "--area", area, "--measure", "PER", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    back = pd.read_csv(out)
    assert len(back) > 0
    assert back["measure"].str.contains("per", case=False).all()
    assert set(back["area"]) == {"Oadby and Wigston" if area.startswith("Oadby") else area}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--dataset", "no_such_dataset"], "no rows with dataset 'no_such_dataset' (datasets there: "),
        (["--dataset", "figures", "--area", "Atlantis"], "no rows with area 'Atlantis' in dataset 'figures'"),
        (["--dataset", "figures", "--period", "1066"], "no rows with period '1066' in dataset 'figures'"),
    ],
)
def test_cli_no_rows_is_one_line_and_exit_1(tmp_path: Path, args: list[str], message: str) -> None:
    out = tmp_path / "none.xlsx"
    result = CliRunner().invoke(main, ["export", *args, "--out", str(out)])
    assert result.exit_code == 1
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output
    assert not out.exists()


def test_cli_bad_output_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["export", "--dataset", "figures", "--out", str(tmp_path / "x.txt")])
    assert result.exit_code == 2
    assert "use .xlsx or .csv" in result.output
    missing = tmp_path / "no" / "dir" / "x.xlsx"
    result = CliRunner().invoke(main, ["export", "--dataset", "figures", "--out", str(missing)])
    assert result.exit_code == 2
    assert "No such file or directory" in result.output
    assert "Traceback" not in result.output


def test_select_rows_matches_every_filter_and_any_area_spelling(small: pd.DataFrame) -> None:
    rows, problem = select_rows(small, dataset="wider_determinants", area="Oadby & Wigston", measure="fuel")
    assert problem is None
    assert set(rows["area"]) == {"Oadby and Wigston"}
    assert rows["measure"].str.contains("Fuel").all()
    assert len(rows) == 1


def test_select_rows_says_which_filter_left_nothing_and_what_there_is(small: pd.DataFrame) -> None:
    rows, problem = select_rows(small, dataset="wider_determinants", area="Blaby", period="1066")
    assert rows.empty
    assert (
        problem
        == "no rows with period '1066' in dataset 'wider_determinants' and area 'Blaby' (periods there: 2018/19)"
    )


def test_serve_refuses_debug_in_production() -> None:
    result = CliRunner().invoke(main, ["serve", "--debug", "--production"])
    assert result.exit_code == 2
    assert result.output.strip() == "healthdash: --debug and --production cannot be used together"


def start_serving(args: list[str]) -> tuple[subprocess.Popen, str]:
    """Run `healthdash serve ARGS` in a subprocess; it and the line it prints once serving (within 60 s)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "dashboard.cli", "serve", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    ready = selectors.DefaultSelector()
    ready.register(proc.stdout, selectors.EVENT_READ)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and ready.select(timeout=deadline - time.monotonic()):
        line = proc.stdout.readline()
        if line.startswith("healthdash: serving") or not line:
            return proc, line.strip()
    return proc, ""


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def test_serve_production_prints_the_address_it_serves(store_file: Path) -> None:
    """Port 0 lets the system choose: the address printed is the one bound, and it answers (404 for no page)."""
    proc, line = start_serving(["--production", "--port", "0", "--store", str(store_file)])
    try:
        found = re.fullmatch(r"healthdash: serving (http://127\.0\.0\.1:(\d+)/) \(waitress, 8 threads; .*\)", line)
        assert found, line
        assert int(found.group(2)) > 0
        assert requests.get(found.group(1) + "_dash-layout", timeout=30).status_code == 200
        assert requests.get(found.group(1) + "no-such-page", timeout=30).status_code == 404
    finally:
        stop(proc)


def test_serve_prints_the_address_of_the_development_server(store_file: Path) -> None:
    port = free_port()
    proc, line = start_serving(["--port", str(port), "--store", str(store_file)])
    try:
        assert line.startswith(f"healthdash: serving http://127.0.0.1:{port}/ (development server"), line
    finally:
        stop(proc)


def test_serve_on_a_port_in_use_is_one_line(store_file: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", "--production", "--port", str(port), "--store", str(store_file)])
    assert result.exit_code == 2
    assert result.output.strip().startswith(f"healthdash: cannot serve on http://127.0.0.1:{port}/: ")
    assert len(result.output.strip().splitlines()) == 1


OTHER_COUNCIL_PACK = """NORTHSHIRE COUNTY COUNCIL
Health and Wellbeing Board - 3 October 2024

Table 4: Fuel poverty by district, 2022/23

District          Fuel poverty (%)
Ashby Vale                    12.1
Brockton                      14.3
Northshire                    12.0
England                       13.1
"""


@pytest.mark.parametrize("how", ["--store", "$HEALTHDASH_STORE"])
def test_cli_export_reads_the_store_that_add_filled(tmp_path: Path, how: str) -> None:
    pack = tmp_path / "northshire_hwb_2024-10-03.txt"
    pack.write_text(OTHER_COUNCIL_PACK, encoding="utf-8")
    store_file = tmp_path / "store.sqlite"
    added = CliRunner().invoke(main, ["add", str(pack), "--store", str(store_file)])
    assert added.exit_code == 0, added.output
    out = tmp_path / "brockton.csv"
    args = ["export", "--dataset", "wider_determinants", "--area", "Brockton", "--out", str(out)]
    if how == "--store":
        result = CliRunner().invoke(main, [*args, "--store", str(store_file)])
    else:
        result = CliRunner().invoke(main, args, env={"HEALTHDASH_STORE": str(store_file)})
    assert result.exit_code == 0, result.output
    back = pd.read_csv(out)
    assert back[["area", "value", "source_file"]].values.tolist() == [["Brockton", 14.3, pack.name]]


def test_cli_export_names_a_missing_store_in_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "none.sqlite"
    result = CliRunner().invoke(
        main, ["export", "--dataset", "figures", "--out", str(tmp_path / "x.csv"), "--store", str(missing)]
    )
    assert result.exit_code == 2
    assert result.output.strip() == f"healthdash: {missing}: no store here (healthdash add or serve creates one)"
