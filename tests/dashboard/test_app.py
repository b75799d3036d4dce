"""Tests of dashboard/app.py: the shell's navigation from the page registry, presentation mode from the URL,
and `serve()` loading the data once."""

from __future__ import annotations

import dash
from dash_sample import SOURCES

from dashboard.app import load_sources, nav_hrefs, nav_links, present_from_url


def test_pages_registered_and_nav_built(app):
    assert {"/", "/districts", "/explorer", "/sources"} <= {p["path"] for p in dash.page_registry.values()}
    assert nav_hrefs(True, [{"path": "/districts"}]) == ["/districts?present=1"]
    assert nav_hrefs(False, [{"path": "/"}]) == ["/"]
    assert present_from_url("?q=x&present=1") is True
    assert present_from_url("") is False


def test_serve_loads_once(monkeypatch, small, tmp_path):
    import loaders
    from dashboard import app as app_module
    from loaders.store import Store

    calls = []
    monkeypatch.setattr(loaders, "load", lambda paths=None: calls.append(paths) or small)
    monkeypatch.setattr(app_module, "load_sources", lambda paths=None: SOURCES)
    monkeypatch.setattr(dash.Dash, "run", lambda self, **kw: calls.append(kw))
    app_module.serve(port=8099, paths=["pack.txt"])
    assert calls == [["pack.txt"], {"host": "127.0.0.1", "port": 8099, "debug": False}]
    # Without paths, serve reads the store once; a store named is used as it is (no shipped packs added).
    calls.clear()
    monkeypatch.setattr(app_module, "fill_from", lambda store, reports: calls.append(("fill", store.path)) or ([], []))
    monkeypatch.setattr(Store, "snapshot", lambda self: calls.append(("read", self.path)) or (1, small, SOURCES))
    app_module.serve(port=8099, store=tmp_path / "s.sqlite")
    run = {"host": "127.0.0.1", "port": 8099, "debug": False}
    assert calls == [("read", tmp_path / "s.sqlite"), run]


def test_only_a_new_default_store_gets_the_shipped_packs(monkeypatch, small, tmp_path) -> None:
    """The demo: the default store is filled with the shipped packs when new, and never again after (a pack
    removed stays out); a store named by $HEALTHDASH_STORE is never filled."""
    import loaders.store
    from dashboard import app as app_module
    from loaders.store import Store

    fills = []
    monkeypatch.setattr(app_module, "fill_from", lambda store, reports: fills.append(store.path) or ([], []))
    monkeypatch.setattr(Store, "snapshot", lambda self: (1, small, SOURCES))
    default = tmp_path / "default.sqlite"
    monkeypatch.setattr(loaders.store, "DEFAULT_PATH", default)
    monkeypatch.delenv("HEALTHDASH_STORE", raising=False)
    app_module.create_app()
    assert fills == [default]  # new: filled
    monkeypatch.setattr(Store, "version", lambda self: 3)  # packs were added or removed since
    app_module.create_app()
    assert fills == [default]  # not new: used as it is
    monkeypatch.setattr(Store, "version", lambda self: 0)
    monkeypatch.setenv("HEALTHDASH_STORE", str(tmp_path / "named.sqlite"))
    app_module.create_app()
    assert fills == [default]  # named: never filled, even when new


def test_load_sources_reads_the_lines_of_the_packs_given(tmp_path) -> None:
    (tmp_path / "b.txt").write_text("Budget £1,234\r\nSecond line\r\n", encoding="cp1252")
    (tmp_path / "a.txt").write_text("HEALTH\n", encoding="utf-8")
    assert load_sources([tmp_path]) == {"a.txt": ("HEALTH",), "b.txt": ("Budget £1,234", "Second line")}


def test_the_shell_lists_the_pages_in_the_nav_and_the_app_serves_its_layout(app) -> None:
    links = [link.children.href for link in nav_links()]
    assert links[0] == "/"  # the meeting brief first
    assert {"/districts", "/explorer", "/finance", "/sources"} <= set(links)
    assert len(links) == len(set(links))
    assert "/add" not in links  # off without an admin token
    response = app.server.test_client().get("/")
    assert response.status_code == 200
    assert '<html lang="en-GB">' in response.get_data(as_text=True)
