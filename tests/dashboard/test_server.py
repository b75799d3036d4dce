"""Tests of dashboard/server.py, the production server: the shipped packs under waitress in a subprocess, tested over
real HTTP.

Security headers on every kind of response, debug off, body limits, no path from a URL reaching a file
outside the loaded packs and the app's assets, and a real browser rendering pages under the CSP.
Browser tests need `--headless`.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import socket
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from urllib.parse import quote

import pytest
import requests

from benchmarks.dash_browser import DashBrowser
from benchmarks.serve_production import running
from dashboard.server import MAX_REQUEST_BODY
from tests.dashboard.conftest import free_port

ROOT = Path(__file__).resolve().parents[2]
# Files no URL may reach: the project config, Python source (the app serves none), a system file.
PRIVATE = [ROOT / "pyproject.toml", ROOT / "dashboard" / "data.py", ROOT / "loaders" / "cli.py", Path("/etc/passwd")]
NOT_LOADED = '"id": "sources-not-loaded"'  # the viewer's notice for a file that is not a loaded pack
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>(.*?)</script>", re.S)


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with running(free_port()) as url:
        yield url


@pytest.fixture(scope="module")
def packs() -> dict[str, tuple[str, ...]]:
    from dashboard.app import load_sources

    return load_sources()


def raw_get(base: str, target: bytes) -> tuple[int, dict[str, str], bytes]:
    """A GET with the request target sent byte for byte: requests and browsers would normalise `..` away."""
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(b"GET " + target + b" HTTP/1.1\r\nHost: " + host.encode() + b"\r\nConnection: close\r\n\r\n")
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = {k.strip().lower(): v.strip() for k, v in (h.split(":", 1) for h in header_lines)}
    return int(status_line.split()[1]), headers, body


def leaked(body: bytes | str, path: Path) -> list[str]:
    """Lines of `path` (20+ characters, so not just a bracket or a common word) that appear in a response."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    lines = {line.strip() for line in path.read_text(errors="replace").splitlines()}
    return [line for line in lines if len(line) >= 20 and line in text]


def csp(headers: Mapping[str, str]) -> dict[str, list[str]]:
    """The Content-Security-Policy header as directive -> sources."""
    policy = headers.get("Content-Security-Policy", "")
    return {d.split()[0]: d.split()[1:] for d in (p.strip() for p in policy.split(";")) if d}


def pages_callback(path: str, search: str = "") -> dict:
    """The body a browser posts when Dash Pages shows `path` (as recorded from Chrome)."""
    props = [("pathname", path), ("search", search)]
    return {
        "output": ".._pages_content.children..._pages_store.data..",
        "outputs": [{"id": "_pages_content", "property": "children"}, {"id": "_pages_store", "property": "data"}],
        "inputs": [{"id": "_pages_location", "property": p, "value": v} for p, v in props],
        "changedPropIds": ["_pages_location.pathname", "_pages_location.search"],
    }


# --- headers -------------------------------------------------------------------------------------------------

RESPONSES = {
    "page": ("GET", "/districts", None),
    "layout": ("GET", "/_dash-layout", None),
    "callback": ("POST", "/_dash-update-component", pages_callback("/glossary")),
    "asset": ("GET", "/assets/style.css", None),
    "missing asset": ("GET", "/assets/no-such-file.css", None),
    "bundle": ("GET", "/_dash-component-suites/dash/dcc/async-dropdown.js", None),
}


@pytest.mark.parametrize("kind", list(RESPONSES))
def test_security_headers_on_every_kind_of_response(base, kind):
    method, path, body = RESPONSES[kind]
    response = requests.request(method, base + path, json=body, timeout=60)
    assert response.status_code == (404 if kind == "missing asset" else 200)
    policy = csp(response.headers)
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert "'unsafe-inline'" not in policy["script-src"]
    assert "'unsafe-eval'" not in policy["script-src"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert "camera=()" in response.headers["Permissions-Policy"]
    assert response.headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "Server" not in response.headers
    assert "Strict-Transport-Security" not in response.headers  # plain HTTP, no trusted TLS proxy


def test_csp_allows_exactly_the_inline_scripts_the_page_has(base):
    """Every inline script in the served page is allowed by its hash, and nothing else inline is."""
    response = requests.get(base + "/explorer", timeout=60)
    scripts = INLINE_SCRIPT.findall(response.text)
    assert scripts, "Dash pages carry an inline renderer script"
    hashes = {f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'" for s in scripts}
    allowed = {s for s in csp(response.headers)["script-src"] if s.startswith("'sha256-")}
    assert hashes == allowed


def test_hsts_only_over_https(small):
    """Behind a TLS proxy the request is https and HSTS is sent; over plain HTTP it is not."""
    from dashboard import create_app
    from dashboard.server import secure

    app = create_app(small)
    secure(app)
    client = app.server.test_client()
    assert "Strict-Transport-Security" in client.get("/_dash-layout", base_url="https://dash.example").headers
    assert "Strict-Transport-Security" not in client.get("/_dash-layout").headers


def test_untrusted_forwarded_proto_is_ignored(base):
    """Without a trusted proxy a client cannot claim https (waitress drops X-Forwarded-*)."""
    response = requests.get(base + "/_dash-layout", headers={"X-Forwarded-Proto": "https"}, timeout=60)
    assert "Strict-Transport-Security" not in response.headers


def test_url_in_page_meta_is_escaped(base):
    response = requests.get(base + "/districts?x=%22%3E%3Cscript%3Ealert(1)%3C/script%3E", timeout=60)
    assert response.status_code == 200
    assert "<script>alert(1)" not in response.text


# --- debug off -----------------------------------------------------------------------------------------------


def test_dev_tools_are_off(base):
    page = requests.get(base + "/", timeout=60).text
    config = json.loads(re.search(r'<script id="_dash-config" type="application/json">(.*?)</script>', page).group(1))
    assert config["ui"] is False
    assert config["props_check"] is False
    assert "hot_reload" not in config
    assert requests.get(base + "/_reload-hash", timeout=60).status_code == 404


@pytest.mark.parametrize("target", ["/console", "/?__debugger__=yes&cmd=resource&f=debugger.js"])
def test_no_werkzeug_debugger(base, target):
    """Werkzeug's console and its script are not served: the app's own not-found page answers instead."""
    status, headers, body = raw_get(base, target.encode())
    assert b"Werkzeug" not in body
    assert b"Interactive Console" not in body
    assert "javascript" not in headers.get("content-type", "")
    assert status in (200, 404)


@pytest.mark.parametrize(
    "body",
    [
        b"{not json",
        json.dumps({"output": "no-such.children", "outputs": {"id": "no-such", "property": "children"}}).encode(),
        json.dumps({**pages_callback("/districts"), "inputs": [{"id": "_pages_location"}]}).encode(),
    ],
    ids=["malformed JSON", "unknown callback", "inputs without values"],
)
def test_callback_errors_give_no_traceback(base, body):
    response = requests.post(
        base + "/_dash-update-component", data=body, headers={"Content-Type": "application/json"}, timeout=60
    )
    assert 400 <= response.status_code < 600
    for sign in ("Traceback", 'File "', ".py", "site-packages"):
        assert sign not in response.text


# --- request limits ------------------------------------------------------------------------------------------


def test_a_body_over_the_limit_is_refused_before_the_app(base):
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(
            b"POST /_dash-update-component HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + f"Content-Length: {MAX_REQUEST_BODY + 1}\r\n\r\n".encode()
        )
        reply = sock.recv(4096)
    assert reply.split(b"\r\n")[0].split()[1] == b"413"


def test_an_upload_sized_body_reaches_the_app(base):
    """A 20 MB file sent base64 in a callback (~27 MB) is under the limit and answered normally."""
    body = pages_callback("/glossary") | {"padding": "A" * (20_000_000 * 4 // 3)}
    response = requests.post(base + "/_dash-update-component", json=body, timeout=120)
    assert response.status_code == 200
    assert "_pages_content" in response.json()["response"]


# --- no path from a URL reaches another file -----------------------------------------------------------------

STATIC_TARGETS = [
    b"/assets/../pyproject.toml",
    b"/assets/%2e%2e/pyproject.toml",
    b"/assets/..%2fpyproject.toml",
    b"/assets/%2e%2e%2f%2e%2e%2fpyproject.toml",
    b"/assets/..%5c..%5cpyproject.toml",
    b"/assets/....//....//pyproject.toml",
    b"/assets/%252e%252e%252fpyproject.toml",
    b"/assets//etc/passwd",
    b"/assets/%2fetc%2fpasswd",
    b"/assets/..%00/pyproject.toml",
    b"/assets/style.css%00../../pyproject.toml",
    b"/assets/\x00../pyproject.toml",
    b"/assets/../../dashboard/app.py",
    b"/assets/..%2f..%2floaders%2fcli.py",
    b"/_dash-component-suites/dash/../../../pyproject.toml",
    b"/_dash-component-suites/dash/..%2f..%2f..%2fpyproject.toml",
    b"/_dash-component-suites/dashboard/app.py",
    b"/_dash-component-suites/loaders/cli.py",
    b"/_dash-component-suites/dash/dcc/..%2f..%2fdash.py",
    b"/_dash-component-suites/os/../../etc/passwd",
    b"/_favicon.ico/../../pyproject.toml",
    b"/../../pyproject.toml",
    b"/..%2f..%2fpyproject.toml",
    b"/%2e%2e/%2e%2e/etc/passwd",
    b"http://127.0.0.1/../pyproject.toml",
    b"/sources?file=../../pyproject.toml",
    b"/sources?file=%2Fetc%2Fpasswd",
]


@pytest.mark.parametrize("target", STATIC_TARGETS, ids=[t.decode("latin-1") for t in STATIC_TARGETS])
def test_no_url_serves_a_file_outside_the_app(base, target):
    status, _, body = raw_get(base, target)
    assert status < 500
    for path in PRIVATE:
        assert not leaked(body, path), f"{target!r} returned lines of {path}"


def viewer_names(packs: dict[str, tuple[str, ...]]) -> list[str]:
    pack = sorted(packs)[0]
    return [
        "../../pyproject.toml",
        "..%2f..%2fpyproject.toml",
        "%2e%2e%2f%2e%2e%2fpyproject.toml",
        "..\\..\\pyproject.toml",
        "..%5c..%5cpyproject.toml",
        "/etc/passwd",
        str(ROOT / "pyproject.toml"),
        "file:///etc/passwd",
        f"{pack}/../../../pyproject.toml",
        f"../data/reports/{pack}",
        f"data/reports/{pack}",
        f"{pack}\x00.toml",
        f"{pack}%00",
        "../dashboard/app.py",
        "....//....//pyproject.toml",
        "",
    ]


def test_source_viewer_shows_only_loaded_packs(base, packs):
    """Through the same callbacks a browser sends: any other name gets the 'not loaded' notice, no file lines."""
    pack = sorted(packs)[0]
    seen = []
    browser = DashBrowser(base, lambda kind, seconds, ok: seen.append((kind, ok)))
    assert browser.load("/sources")
    for name in viewer_names(packs):
        assert browser.go("/sources?" + "file=" + quote(name, safe="") + "&line=1")
        shown = json.dumps(browser.component("_pages_content"))
        if name:
            assert NOT_LOADED in shown, name
        for path in PRIVATE:
            assert not leaked(shown, path), f"file={name!r} showed lines of {path}"
    assert all(ok for _, ok in seen)
    # The viewer does work for a loaded pack: the control that the checks above could fail.
    line = next(n for n, text in enumerate(packs[pack], 1) if len(text.strip()) > 30)
    assert browser.go("/sources?" + "file=" + quote(pack) + f"&line={line}")
    shown = json.dumps(browser.component("_pages_content"))
    assert NOT_LOADED not in shown
    assert json.dumps(packs[pack][line - 1])[1:-1] in shown


@pytest.mark.parametrize("line", ["../../etc/passwd", "-1", "99999999", "1e9", "%00"])
def test_source_viewer_line_must_be_a_line_number(base, packs, line):
    pack = sorted(packs)[0]
    response = requests.post(
        base + "/_dash-update-component",
        json=pages_callback("/sources", f"?file={quote(pack)}&line={quote(line)}"),
        timeout=60,
    )
    assert response.status_code == 200
    # an unusable line number shows the top of the pack (named by its meeting, its first lines printed)
    assert ", first lines" in response.text
    top = next(text for text in packs[pack][:8] if text.strip())
    assert json.dumps(top)[1:-1] in response.text
    for path in PRIVATE:
        assert not leaked(response.content, path)


# --- a real browser under the CSP ----------------------------------------------------------------------------


@pytest.mark.browser
def test_pages_work_in_a_browser_under_the_csp(dash_duo, base):
    """Charts draw, a benchmark change redraws, a search and a CSV export run: no console error, no CSP report."""
    from selenium.webdriver.common.by import By

    driver = dash_duo.driver
    driver.get(base + "/districts")
    dash_duo.wait_for_element("#districts-charts .js-plotly-plot .main-svg", timeout=30)
    summary = dash_duo.find_element("#districts-matrix-summary").text
    other = [e for e in driver.find_elements(By.CSS_SELECTOR, "#districts-benchmark label") if "England" not in e.text]
    other[0].click()
    dash_duo.wait_for_text_to_equal("#districts-matrix h2", f"Every indicator against {other[0].text}", timeout=30)
    assert dash_duo.find_element("#districts-matrix-summary").text != summary
    driver.get(base + "/explorer")
    dash_duo.wait_for_element("#explorer-grid .ag-row", timeout=30)
    search = dash_duo.find_element("#explorer-search")
    search.send_keys("cycling\n")
    dash_duo.wait_for_contains_text("#explorer-count", " of ", timeout=30)
    dash_duo.find_element("#explorer-download-csv").click()
    deadline = time.monotonic() + 30
    found: list[Path] = []
    while not found and time.monotonic() < deadline:
        found = [p for p in Path(dash_duo.download_path).glob("healthdash-explorer-*.csv") if p.stat().st_size]
        time.sleep(0.2)
    assert found, "the CSV link gave no file under the production server's headers"
    assert "source_file" in found[0].read_text(encoding="utf-8-sig").splitlines()[0]
    driver.get(base + "/sources?file=" + quote("../../pyproject.toml", safe=""))
    dash_duo.wait_for_element("#sources-not-loaded", timeout=30)
    assert dash_duo.get_logs() == []


@pytest.mark.browser
def test_every_page_draws_under_the_csp(dash_duo, base):
    """Each page in the navigation: heading shown, every chart drawn, no console error."""
    driver = dash_duo.driver
    driver.get(base + "/")
    dash_duo.wait_for_element(".hd-main h1", timeout=30)
    hrefs = driver.execute_script("return [...document.querySelectorAll('.hd-nav a')].map(a => a.pathname)")
    assert len(hrefs) > 3
    for href in dict.fromkeys(hrefs):
        driver.get(base + href)
        dash_duo.wait_for_element(".hd-main h1", timeout=30)
        drawn = "return [...document.querySelectorAll('.dash-graph')].every(g => g.querySelector('.main-svg'))"
        deadline = time.monotonic() + 30
        while not driver.execute_script(drawn) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert driver.execute_script(drawn), f"{href}: a chart was not drawn"
    assert dash_duo.get_logs() == []


@pytest.mark.browser
def test_the_browser_enforces_the_csp(dash_duo, base):
    """The policy is live: an injected inline script does not run and the browser reports why."""
    driver = dash_duo.driver
    driver.get(base + "/glossary")
    dash_duo.wait_for_element(".hd-main h1", timeout=30)
    ran = driver.execute_script(
        "const s = document.createElement('script'); s.textContent = 'window.__injected = 1';"
        "document.body.appendChild(s); return window.__injected === 1;"
    )
    assert ran is False
    logs = dash_duo.get_logs()
    assert any("Content Security Policy" in entry["message"] for entry in logs)
