"""Hostile requests against the app (dashboard/guard.py, dashboard/urlstate.py, the pages' parameters): any query
string gives the page at its defaults, a malformed callback body 400 and one log line, an unknown address 404 with
the not-found page.  Sent as a browser or a prober would, through Flask's test client; one browser test shows the
pages drawn."""

from __future__ import annotations

import json
import logging

import dash
import pytest
from dash_sample import SOURCES

from dashboard.packs import pack_label
from dashboard.urlstate import clean, parse, whole_number

PACK = sorted(SOURCES)[0]


@pytest.fixture
def client(app):
    """A test client of the small app, past its first request (Dash registers the pages' router then)."""
    test_client = app.server.test_client()
    assert test_client.get("/").status_code == 200
    return test_client


def pages_body(path: str, search: object = "") -> dict:
    """The body a browser posts when Dash Pages shows `path` with `search`."""
    props = [("pathname", path), ("search", search)]
    return {
        "output": ".._pages_content.children..._pages_store.data..",
        "outputs": [{"id": "_pages_content", "property": "children"}, {"id": "_pages_store", "property": "data"}],
        "inputs": [{"id": "_pages_location", "property": p, "value": v} for p, v in props],
        "changedPropIds": ["_pages_location.pathname", "_pages_location.search"],
    }


def show(client, path: str, search: object = ""):
    """Post the page callback; the response."""
    return client.post("/_dash-update-component", json=pages_body(path, search))


def problems(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.levelno >= logging.WARNING]


# --- query strings ---------------------------------------------------------------------------------------------

SOURCES_SEARCHES = {
    "superscript digit": f"?file={PACK}&line=²",
    "Arabic-Indic digits": f"?file={PACK}&line=١٢",
    "huge line": f"?file={PACK}&line=" + "9" * 5000,
    "negative line": f"?file={PACK}&line=-3",
    "repeated file": "?file=a&file=b",
    "repeated line": f"?file={PACK}&line=1&line=2",
    "lone surrogate": f"?file={PACK}\ud800&line=1",
    "encoded surrogate": f"?file={PACK}&line=%ED%A0%80",
    "surrogate key": f"?file={PACK}&\udc80=1",
    "huge file": "?file=" + "x" * 100_000,
    "meeting not a date": f"?file={PACK}&meeting=2020-13-45",
    "meeting now": f"?file={PACK}&meeting=now",
    "meeting huge year": f"?file={PACK}&meeting=" + "9" * 400,
    "meeting repeated": f"?file={PACK}&meeting=2020-01-01&meeting=x",
    "empty values": "?file=&line=&meeting=",
    "no equals": "?file&line",
}


@pytest.mark.parametrize("search", SOURCES_SEARCHES.values(), ids=SOURCES_SEARCHES.keys())
def test_any_query_string_shows_the_sources_page(client, caplog, search: str) -> None:
    response = show(client, "/sources", search)
    assert response.status_code == 200
    shown = response.get_data(as_text=True)
    assert "Packs loaded" in shown
    assert "Traceback" not in shown
    assert problems(caplog) == []


def test_a_usable_line_still_shows_that_line(client) -> None:
    shown = show(client, "/sources", f"?file={PACK}&line=2&line=x").get_data(as_text=True)
    assert f"{pack_label(PACK)}, first lines" in shown  # the last value wins, and "x" is no line number
    shown = show(client, "/sources", f"?file={PACK}&line=x&line=2").get_data(as_text=True)
    assert f"{pack_label(PACK)}, line 2" in shown


def junk_searches() -> list[str]:
    """Every parameter any page reads, repeated, with a surrogate, with non-ASCII digits and far too long."""
    names = ["present", "q", "dataset", "file", "line", "meeting", "indicator", "benchmark", "rating"]
    return [
        "?" + "&".join(f"{n}=a&{n}=b" for n in names),
        "?" + "&".join(f"{n}=\ud800" for n in names),
        "?" + "&".join(f"{n}=²" for n in names),
        "?" + "&".join(f"{n}={'9' * 5000}" for n in names),
        "?" + "&".join(f"{n}={'y' * 1999}" for n in names),
        "?" + "&".join(f"{n}=%00%ff" for n in names),
    ]


@pytest.mark.parametrize(
    "search", junk_searches(), ids=["repeated", "surrogate", "superscript", "huge", "long", "bytes"]
)
def test_every_page_renders_whatever_its_query_string(client, caplog, search: str) -> None:
    for page in dash.page_registry.values():
        response = show(client, page["path"], search)
        assert response.status_code == 200, (page["path"], response.get_data(as_text=True)[:300])
        assert '"_pages_content"' in response.get_data(as_text=True)
    assert problems(caplog) == []


def test_a_layout_that_fails_on_its_parameters_is_shown_at_its_defaults(app, client, caplog) -> None:
    """The last line of defence: a page that raises on the values given draws without them, with one log line."""
    registry = next(p for p in dash.page_registry.values() if p["path"] == "/glossary")
    original = registry["layout"].__wrapped__

    def fussy(**params: str):
        if params:
            raise ValueError("cannot use\nthat")
        return original()

    from dashboard.guard import guarded

    registry["layout"] = guarded(fussy, "/glossary")
    response = show(client, "/glossary", "?x=1")
    assert response.status_code == 200
    assert "Glossary" in response.get_data(as_text=True)
    (record,) = problems(caplog)
    assert "page /glossary" in record.getMessage()
    assert "\n" not in record.getMessage()
    assert record.exc_info is None


def test_urlstate_reads_values_defensively() -> None:
    assert clean({"a": ["1", "2"], "b": "\ud800", "\udc80": "x", "c": "y" * 5000, "d": [], "e": 5}) == {"a": "2"}
    assert parse("?a=1&a=2&b=%ED%A0%80") == {"a": "2", "b": "\ufffd\ufffd\ufffd"}
    assert parse("?a=\ud800") == {}
    assert parse(5) == parse(["?a=1"]) == {}
    assert [whole_number(v) for v in ["12", "007", "²", "١٢", "-1", "0", "1e3", " 7", "9" * 10, None]] == [
        12,
        7,
        *[None] * 8,
    ]


# --- callback bodies -------------------------------------------------------------------------------------------

GOOD = pages_body("/glossary")
BODIES: dict[str, bytes] = {
    "not JSON": b"{not json",
    "empty": b"",
    "a JSON list": b"[1, 2, 3]",
    "a JSON string": b'"hello"',
    "null": b"null",
    "an empty object": b"{}",
    "unknown output": json.dumps({**GOOD, "output": "no-such.children"}).encode(),
    "output not a string": json.dumps({**GOOD, "output": ["x"]}).encode(),
    "outputs missing": json.dumps({k: v for k, v in GOOD.items() if k != "outputs"}).encode(),
    "inputs not a list": json.dumps({**GOOD, "inputs": {"id": "_pages_location"}}).encode(),
    "too few inputs": json.dumps({**GOOD, "inputs": GOOD["inputs"][:1]}).encode(),
    "input without property": json.dumps({**GOOD, "inputs": [{"id": "_pages_location"}] * 2}).encode(),
    "input not an object": json.dumps({**GOOD, "inputs": [1, 2]}).encode(),
    "states for no states": json.dumps({**GOOD, "state": [{"id": "x", "property": "y"}]}).encode(),
    "changed ids not strings": json.dumps({**GOOD, "changedPropIds": [1]}).encode(),
    "deeply nested": b'{"output": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
    "huge integer": b'{"output": ' + b"9" * 10_000 + b"}",
    "pathname not a string": json.dumps(pages_body({"a": 1})).encode(),  # type: ignore[arg-type]
    "search not a string": json.dumps(pages_body("/sources", {"file": ["a"]})).encode(),
}


@pytest.mark.parametrize("body", BODIES.values(), ids=BODIES.keys())
def test_malformed_callback_bodies_get_4xx_and_one_log_line(client, caplog, body: bytes) -> None:
    response = client.post("/_dash-update-component", data=body, content_type="application/json")
    assert 400 <= response.status_code < 500
    text = response.get_data(as_text=True)
    for sign in ("Traceback", 'File "', ".py", "site-packages"):
        assert sign not in text
    (record,) = problems(caplog)
    assert "\n" not in record.getMessage()
    assert record.exc_info is None
    assert "127.0.0.1" in record.getMessage()  # the client's address


def test_a_callback_body_of_another_type_gets_400(client, caplog) -> None:
    response = client.post("/_dash-update-component", data=json.dumps(GOOD), content_type="text/plain")
    assert response.status_code == 400
    assert len(problems(caplog)) == 1


def test_a_value_of_the_wrong_type_gets_400_and_one_line(client, caplog) -> None:
    """The shape is right but a value is not what the callback takes: the nav links get ids that are not a list."""
    output = '{"path":["ALL"],"type":"app-nav"}.href'
    body = {
        "output": output,
        "outputs": [],
        "inputs": [{"id": "app-present", "property": "value", "value": True}],
        "state": [[{"id": {"type": "app-nav", "path": "/"}, "property": "id", "value": 7}]],
        "changedPropIds": ["app-present.value"],
    }
    response = client.post("/_dash-update-component", json=body)
    assert response.status_code == 400
    (record,) = problems(caplog)
    assert "TypeError" in record.getMessage()
    assert record.exc_info is None


def test_a_good_body_still_works(client, caplog) -> None:
    response = client.post("/_dash-update-component", json=GOOD)
    assert response.status_code == 200
    assert "Glossary" in response.get_data(as_text=True)
    assert problems(caplog) == []


# --- unknown pages ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/no-such-page", "/sources/x", "/console", "/_dash-nothing", "/404", "/%ff%fe"])
def test_an_unknown_address_answers_404_with_the_app(client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert '<html lang="en-GB">' in response.get_data(as_text=True)  # the app, which draws the not-found page


@pytest.mark.parametrize("path", ["/", "/sources", "/sources/", "/districts?x=1", "/add", "/accessibility"])
def test_every_page_answers_200(client, path: str) -> None:
    assert client.get(path).status_code == 200


def test_other_routes_keep_their_answers(client) -> None:
    assert client.get("/_dash-layout").status_code == 200
    assert client.get("/_dash-dependencies").status_code == 200
    assert client.get("/assets/no-such-file.css").status_code == 404
    assert client.get("/_dash-component-suites/dash/dash.py").status_code == 404


@pytest.mark.parametrize("path", ["/no-such-page", "/\ud800", "/" + "x" * 100_000])
def test_the_not_found_page_says_so_and_links_home(client, caplog, path: str) -> None:
    response = show(client, path)
    assert response.status_code == 200
    content = response.get_json()["response"]
    shown = json.dumps(content["_pages_content"])
    assert "Page not found" in shown
    assert '"href": "/"' in shown
    assert content["_pages_store"]["data"]["title"].startswith("Page not found")
    assert problems(caplog) == []


@pytest.mark.browser
def test_browser_sees_the_pages_a_hostile_url_used_to_blank(dash_duo, app, port: int) -> None:
    dash_duo.start_server(app, port=port)
    dash_duo.driver.get(dash_duo.server_url + f"/sources?file={PACK}&line=²")
    dash_duo.wait_for_contains_text("#sources-viewer", f"{pack_label(PACK)}, first lines", timeout=10)
    dash_duo.driver.get(dash_duo.server_url + "/sources?file=a&file=b")
    dash_duo.wait_for_element("#sources-not-loaded", timeout=10)
    dash_duo.driver.get(dash_duo.server_url + "/no/such/page")
    dash_duo.wait_for_contains_text("#not-found", "Page not found", timeout=10)
    assert dash_duo.driver.title.startswith("Page not found")
    dash_duo.find_element("#not-found-home").click()
    dash_duo.wait_for_element("#app-main .hd-page-header", timeout=10)
    assert dash_duo.driver.current_url.rstrip("/") == dash_duo.server_url.rstrip("/")
    logs = dash_duo.get_logs()
    assert [entry["message"] for entry in logs if "/no/such/page" not in entry["message"]] == []
    assert all("status of 404" in entry["message"] for entry in logs)  # the browser notes the status, as it should
