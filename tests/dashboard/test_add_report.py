"""Tests of the Add a report page (dashboard/pages/add_report.py) over the store: off without a token, checks the
token and the file, shows the same summary as `healthdash add`, adds on Confirm; every page then shows the new
rows.  The browser test drives the real page.  (The store reloading in other workers is in test_data.py.)"""

from __future__ import annotations

import base64
from pathlib import Path

import dash
import pytest
from dash_sample import SOURCES
from dash_tree import find, page_module, text_of
from pdfmaker import text_pdf

from dashboard import create_app
from dashboard import data as store_data
from dashboard.app import nav_links
from loaders.intake import extract, summarise
from loaders.store import Store

TOKEN = "correct horse battery staple"
PACK_NAME = "hosc_2025_06_04.txt"


def upload(path: Path) -> str:
    """A file as dcc.Upload sends it."""
    return "data:text/plain;base64," + base64.b64encode(path.read_bytes()).decode()


def test_page_is_off_and_out_of_the_nav_without_a_token(small, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HEALTHDASH_ADMIN_TOKEN", raising=False)
    create_app(small, SOURCES)
    assert "/add" not in [link.children.href for link in nav_links()]
    out = page_module("/add").layout()
    assert find(out, "add-disabled") is not None
    assert find(out, "add-upload") is None
    assert "switched off" in text_of(out)


def test_page_needs_the_store(small, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEALTHDASH_ADMIN_TOKEN", TOKEN)
    create_app(small, SOURCES)
    assert "/add" in [link.children.href for link in nav_links()]
    out = page_module("/add").layout()
    assert find(out, "add-upload") is None
    assert "fixed table" in text_of(out)


@pytest.fixture
def admin_app(store_file: Path, monkeypatch: pytest.MonkeyPatch) -> dash.Dash:
    monkeypatch.setenv("HEALTHDASH_ADMIN_TOKEN", TOKEN)
    return create_app()


def test_wrong_token_reads_nothing(admin_app, small_pack: Path, store_file: Path) -> None:
    mod = page_module("/add")
    result, disabled, staged = mod.check(upload(small_pack), PACK_NAME, "guess")
    assert "token is wrong" in text_of(result)
    assert disabled
    assert staged is None
    assert not (store_file.parent / "uploads").exists()
    out, disabled = mod.confirm(1, {"sha": "0" * 64, "name": PACK_NAME}, "guess")
    assert "token is wrong" in text_of(out)
    assert Store(store_file).version() == 5


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("pack.pdf", b"plain text, not a PDF\n", "named .pdf but it is not a PDF"),
        ("pack.txt", b"%PDF-1.7\n%binary", "a PDF named .txt"),
        ("pack.exe", b"MZ\x90\x00", "a pack must be a .txt or .pdf file"),
        ("..hidden.txt", b"text\n", "a pack must be a .txt or .pdf file"),
        ("pack.txt", b"   \n", "the file is empty"),
        ("pack.txt", b"\x00\x01\x02\x03" * 64, "binary"),
    ],
)
def test_uploads_are_judged_by_content(
    admin_app, store_file: Path, name: str, content: bytes, message: str, tmp_path: Path
) -> None:
    path = tmp_path / "upload.bin"
    path.write_bytes(content)
    result, disabled, staged = page_module("/add").check(upload(path), name, TOKEN)
    assert message in text_of(result)
    assert disabled
    assert staged is None
    assert Store(store_file).version() == 5
    uploads = store_file.parent / "uploads"
    assert not uploads.exists() or not any(uploads.iterdir())


def test_oversized_upload_is_refused_server_side(admin_app, small_pack: Path, monkeypatch) -> None:
    mod = page_module("/add")
    monkeypatch.setattr(mod, "UPLOAD_LIMIT", 100)
    result, disabled, staged = mod.check(upload(small_pack), PACK_NAME, TOKEN)
    assert "limit" in text_of(result)
    assert disabled
    assert staged is None


def test_path_in_the_file_name_is_dropped(admin_app, small_pack: Path, store_file: Path) -> None:
    mod = page_module("/add")
    _result, _disabled, staged = mod.check(upload(small_pack), "../../" + PACK_NAME, TOKEN)
    assert staged["name"] == PACK_NAME
    out, _ = mod.confirm(1, {"sha": staged["sha"], "name": "../" + PACK_NAME}, TOKEN)
    assert "no longer waiting" in text_of(out)
    assert Store(store_file).find(name=PACK_NAME) is None


def test_upload_shows_the_cli_summary_then_confirm_adds_once(admin_app, small_pack: Path, store_file: Path) -> None:
    mod = page_module("/add")
    result, disabled, staged = mod.check(upload(small_pack), PACK_NAME, TOKEN)
    assert not disabled
    assert staged["name"] == PACK_NAME
    assert find(result, "add-summary").children == "\n".join(summarise(extract(small_pack)).lines())
    assert Store(store_file).version() == 5  # nothing stored before Confirm

    out, disabled = mod.confirm(1, staged, TOKEN)
    assert "Added 3 rows from " + PACK_NAME in text_of(out)
    assert disabled
    assert Store(store_file).version() == 6
    assert (store_file.parent / "reports" / PACK_NAME).read_bytes() == small_pack.read_bytes()
    assert not (store_file.parent / "uploads" / staged["sha"]).exists()
    assert PACK_NAME in set(store_data.get_data()["source_file"])  # this worker reloaded at once

    again, disabled, staged = mod.check(upload(small_pack), PACK_NAME, TOKEN)
    assert "already in the store" in text_of(again)
    assert disabled
    assert staged is None
    assert Store(store_file).version() == 6


@pytest.mark.browser
@pytest.mark.parametrize("kind", ["txt", "pdf"])
def test_browser_upload_and_confirm_then_new_rows_on_explorer_and_sources(
    dash_duo, admin_app, small_pack: Path, small_pack_text: str, port: int, kind: str
) -> None:
    if kind == "pdf":
        small_pack = text_pdf(small_pack_text.splitlines(), small_pack.with_suffix(".pdf"))
    name = small_pack.name
    dash_duo.start_server(admin_app, port=port)
    dash_duo.driver.set_window_size(1280, 900)
    dash_duo.driver.get(dash_duo.server_url + "/add")
    dash_duo.wait_for_element("#add-upload", timeout=10)
    assert dash_duo.find_element("a.nav-link[href='/add']").text == "Add a report"
    dash_duo.find_element("#add-token").send_keys(TOKEN)
    dash_duo.find_element("#add-upload input[type=file]").send_keys(str(small_pack))
    dash_duo.wait_for_element("#add-summary", timeout=30)
    assert "rows per dataset:" in dash_duo.find_element("#add-summary").text
    dash_duo.wait_for_element("#add-confirm:not([disabled])", timeout=10).click()
    dash_duo.wait_for_contains_text("#add-added", "Added 3 rows from " + name, timeout=30)

    dash_duo.driver.get(dash_duo.server_url + "/explorer?file=" + name)
    dash_duo.wait_for_contains_text("#explorer-count", "3 of", timeout=10)
    dash_duo.wait_for_contains_text("#explorer-grid", "7.3%", timeout=10)
    dash_duo.driver.get(dash_duo.server_url + "/sources?file=" + name + "&line=7")
    dash_duo.wait_for_contains_text("#sources-viewer", "Leicestershire was 7.3%", timeout=10)
    dash_duo.wait_for_contains_text("#sources-packs", name, timeout=10)
    assert dash_duo.get_logs() == []
