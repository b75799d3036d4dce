"""Tests of the administrator token (dashboard/admin.py) and the staged uploads (dashboard/staging.py), through the
Add a report page's callbacks as a browser posts them: a token of 16 characters or more, compared in constant time
(a lone surrogate is just wrong), each failure logged on one line with the client, a client locked out after five
in a minute; an upload is deleted when confirmed, cancelled, replaced, or an hour old."""

from __future__ import annotations

import base64
import logging
import os
import time
from pathlib import Path

import dash
import pytest
from click.testing import CliRunner
from dash_tree import page_module, text_of

from dashboard import admin, create_app, staging
from dashboard.cli import main
from loaders.store import Store

TOKEN = "correct horse battery staple"
PACK_NAME = "hosc_2025_06_04.txt"


@pytest.fixture(autouse=True)
def fresh_guesses(monkeypatch: pytest.MonkeyPatch) -> admin.Guesses:
    """Each test starts with no failures recorded (the record is per process)."""
    guesses = admin.Guesses()
    monkeypatch.setattr(admin, "GUESSES", guesses)
    return guesses


@pytest.fixture
def admin_app(store_file: Path, monkeypatch: pytest.MonkeyPatch) -> dash.Dash:
    monkeypatch.setenv("HEALTHDASH_ADMIN_TOKEN", TOKEN)
    return create_app()


@pytest.fixture
def client(admin_app: dash.Dash):
    test_client = admin_app.server.test_client()
    assert test_client.get("/add").status_code == 200
    return test_client


def upload(path: Path) -> str:
    return "data:text/plain;base64," + base64.b64encode(path.read_bytes()).decode()


def output_of(app: dash.Dash, component: str) -> str:
    """The callback_map key of the callback triggered by `component` (duplicate outputs carry a hash)."""
    return next(k for k, v in app.callback_map.items() if v["inputs"][0]["id"] == component)


def outputs(key: str) -> list[dict[str, str]]:
    """The outputs list the renderer sends for a callback_map key ("..a.b...c.d@hash..")."""
    parts = key.removeprefix("..").removesuffix("..").split("...")
    return [{"id": i, "property": p.split("@")[0]} for i, p in (part.rsplit(".", 1) for part in parts)]


def post(
    client,
    app: dash.Dash,
    component: str,
    prop: str,
    value: object,
    states: list[tuple[str, str, object]],
    address: str = "203.0.113.9",
):
    """POST the callback that `component`'s `prop` triggers, with these states, as the renderer sends it."""
    body = {
        "output": output_of(app, component),
        "outputs": outputs(output_of(app, component)),
        "inputs": [{"id": component, "property": prop, "value": value}],
        "state": [{"id": i, "property": p, "value": v} for i, p, v in states],
        "changedPropIds": [f"{component}.{prop}"],
    }
    return client.post("/_dash-update-component", json=body, environ_base={"REMOTE_ADDR": address})


def send_upload(client, app, contents: str, token: object, previous: object = None, address: str = "203.0.113.9"):
    states = [("add-upload", "filename", PACK_NAME), ("add-token", "value", token), ("add-staged", "data", previous)]
    return post(client, app, "add-upload", "contents", contents, states, address)


def token_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if "admin token" in r.getMessage()]


# --- the token -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("token", ["short", "fifteen chars!!", " " * 3])
def test_serve_refuses_a_short_token_in_one_line(monkeypatch: pytest.MonkeyPatch, token: str) -> None:
    monkeypatch.setenv("HEALTHDASH_ADMIN_TOKEN", token)
    result = CliRunner().invoke(main, ["serve", "--production", "--port", "1"])
    assert result.exit_code == 2
    assert result.output.strip() == (
        f"healthdash: HEALTHDASH_ADMIN_TOKEN is {len(token)} characters; use at least 16 (a long random string); "
        "not starting"
    )


def test_a_short_token_keeps_the_page_off(store_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEALTHDASH_ADMIN_TOKEN", "x" * 15)
    create_app()
    out = page_module("/add").layout()
    assert "switched off" in text_of(out)
    assert "at least 16 characters" in text_of(out)
    assert page_module("/add").check(upload_text("x"), PACK_NAME, "x" * 15)[2] is None


def upload_text(text: str) -> str:
    return "data:text/plain;base64," + base64.b64encode(text.encode()).decode()


@pytest.mark.parametrize("token", ["\ud800", "\udcff" * 30, TOKEN[:-1] + "\ud800", {"a": 1}, ["x"], 12, None, ""])
def test_an_odd_token_is_just_wrong(client, admin_app, small_pack: Path, caplog, token: object) -> None:
    response = send_upload(client, admin_app, upload(small_pack), token)
    assert response.status_code == 200
    assert "The administrator token is wrong: nothing was read." in response.get_data(as_text=True)
    (line,) = token_lines(caplog)
    assert "203.0.113.9" in line
    assert "\n" not in line


def test_the_token_is_compared_in_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEALTHDASH_ADMIN_TOKEN", TOKEN)
    compared = []
    real = admin.hmac.compare_digest
    monkeypatch.setattr(admin.hmac, "compare_digest", lambda a, b: compared.append((a, b)) or real(a, b))
    assert admin.refusal(TOKEN, "client") is None
    assert admin.refusal("\ud800", "client") == admin.WRONG
    assert compared[0] == (TOKEN.encode(), TOKEN.encode())
    assert compared[1] == ("\ud800".encode("utf-8", "surrogatepass"), TOKEN.encode())


def test_five_failures_lock_the_client_out_and_others_are_unaffected(
    client, admin_app, small_pack: Path, store_file: Path, caplog
) -> None:
    contents = upload(small_pack)
    said = [send_upload(client, admin_app, contents, f"guess {n}").get_data(as_text=True) for n in range(5)]
    assert all("token is wrong" in s for s in said)
    assert "too many were wrong: try again in 10 minutes" in said[-1]
    lines = token_lines(caplog)
    assert len(lines) == 5
    assert all("203.0.113.9" in line for line in lines)
    assert "further attempts refused for 600 s" in lines[-1]
    # Now even the right token is refused, without being compared or logged again.
    locked = send_upload(client, admin_app, contents, TOKEN).get_data(as_text=True)
    assert "Too many wrong tokens from your address: try again in 10 minutes: nothing was read." in locked
    assert len(token_lines(caplog)) == 5
    assert not (store_file.parent / "uploads").exists()
    # Another client is not locked out.
    other = send_upload(client, admin_app, contents, TOKEN, address="198.51.100.7")
    assert "Check them, then confirm" in other.get_data(as_text=True)


def test_the_lockout_ends_and_slow_failures_never_lock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEALTHDASH_ADMIN_TOKEN", TOKEN)
    now = [1000.0]
    guesses = admin.Guesses(clock=lambda: now[0])
    for _ in range(10):  # one failure every 20 s: never five within a minute
        assert admin.refusal("wrong", "slow", guesses) == admin.WRONG
        now[0] += 20
    assert admin.refusal(TOKEN, "slow", guesses) is None
    for _ in range(5):
        admin.refusal("wrong", "fast", guesses)
    assert guesses.wait("fast") == pytest.approx(admin.LOCKOUT_S)
    now[0] += admin.LOCKOUT_S - 1
    assert "Too many" in str(admin.refusal(TOKEN, "fast", guesses))
    now[0] += 2
    assert admin.refusal(TOKEN, "fast", guesses) is None


def test_a_flood_of_clients_is_forgotten_not_hoarded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(admin, "MAX_CLIENTS", 100)
    guesses = admin.Guesses()
    for n in range(1000):
        guesses.failed(f"10.0.{n // 256}.{n % 256}")
    assert len(guesses._failures) <= 100


# --- staged uploads --------------------------------------------------------------------------------------------


def staged_folders(store_file: Path) -> list[Path]:
    root = store_file.parent / "uploads"
    return sorted(root.iterdir()) if root.exists() else []


def test_cancel_deletes_the_upload_and_adds_nothing(admin_app, small_pack: Path, store_file: Path) -> None:
    mod = page_module("/add")
    _result, disabled, staged = mod.check(upload(small_pack), PACK_NAME, TOKEN)
    assert not disabled
    assert [f.name for f in staged_folders(store_file)] == [staged["sha"]]
    assert mod.cancel_disabled(disabled) is False  # Cancel is offered while Confirm is
    out, disabled, held = mod.cancel(1, staged, "wrong")
    assert "token is wrong" in text_of(out)
    assert staged_folders(store_file)  # a wrong token deletes nothing
    out, disabled, held = mod.cancel(1, staged, TOKEN)
    assert "Cancelled" in text_of(out)
    assert disabled
    assert held is None
    assert staged_folders(store_file) == []
    assert Store(store_file).version() == 5
    out, _ = mod.confirm(1, staged, TOKEN)
    assert "no longer waiting" in text_of(out)


def test_a_new_upload_replaces_the_one_waiting(admin_app, small_pack: Path, store_file: Path) -> None:
    mod = page_module("/add")
    _result, _disabled, first = mod.check(upload(small_pack), PACK_NAME, TOKEN)
    other = small_pack.with_name("hosc_2025_07_01.txt")
    other.write_text(small_pack.read_text().replace("4 JUNE 2025", "1 JULY 2025"))
    _result, _disabled, second = mod.check(upload(other), other.name, TOKEN, first)
    assert [f.name for f in staged_folders(store_file)] == [second["sha"]]


def test_an_upload_over_an_hour_old_is_gone(admin_app, small_pack: Path, store_file: Path) -> None:
    mod = page_module("/add")
    _result, _disabled, staged = mod.check(upload(small_pack), PACK_NAME, TOKEN)
    folder = store_file.parent / "uploads" / staged["sha"]
    hour_ago = time.time() - staging.STAGED_FOR_S - 5
    os.utime(folder, (hour_ago, hour_ago))
    out, _ = mod.confirm(1, staged, TOKEN)
    assert "no longer waiting" in text_of(out)
    assert not folder.exists()
    assert Store(store_file).version() == 5


def test_old_uploads_are_swept_at_start_and_on_upload(
    store_file: Path, small_pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HEALTHDASH_ADMIN_TOKEN", TOKEN)
    root = store_file.parent / "uploads"
    hour_ago = time.time() - staging.STAGED_FOR_S - 5

    def leave(name: str, age: float) -> Path:
        folder = root / name
        folder.mkdir(parents=True)
        (folder / PACK_NAME).write_text("waiting")
        os.utime(folder, (age, age))
        return folder

    old, recent = leave("a" * 64, hour_ago), leave("b" * 64, time.time())
    stray = root / "stray.txt"
    stray.write_text("x")
    os.utime(stray, (hour_ago, hour_ago))
    create_app()
    assert not old.exists()
    assert not stray.exists()
    assert recent.exists()
    os.utime(recent, (hour_ago, hour_ago))
    _result, _disabled, staged = page_module("/add").check(upload(small_pack), PACK_NAME, TOKEN)
    assert [f.name for f in staged_folders(store_file)] == [staged["sha"]]


@pytest.mark.parametrize(
    "staged",
    [{"sha": "../" * 5, "name": PACK_NAME}, {"sha": "0" * 64, "name": "../x.txt"}, ["x"], "x", {"sha": None}],
)
def test_a_forged_staged_value_deletes_nothing_and_adds_nothing(
    admin_app, small_pack: Path, store_file: Path, staged: object
) -> None:
    mod = page_module("/add")
    _result, _disabled, real = mod.check(upload(small_pack), PACK_NAME, TOKEN)
    out, _ = mod.confirm(1, staged, TOKEN)
    assert "no longer waiting" in text_of(out)
    mod.cancel(1, staged, TOKEN)
    assert [f.name for f in staged_folders(store_file)] == [real["sha"]]
    assert store_file.exists()


def test_the_page_works_through_its_callbacks(client, admin_app, small_pack: Path, store_file: Path, caplog) -> None:
    """Upload, then confirm, as the browser posts them: the pack is added and the staged copy deleted."""
    response = send_upload(client, admin_app, upload(small_pack), TOKEN)
    staged = response.get_json()["response"]["add-staged"]["data"]
    assert staged["name"] == PACK_NAME
    states = [("add-staged", "data", staged), ("add-token", "value", TOKEN)]
    done = post(client, admin_app, "add-confirm", "n_clicks", 1, states)
    assert "Added 3 rows from " + PACK_NAME in done.get_data(as_text=True)
    assert staged_folders(store_file) == []
    assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []
