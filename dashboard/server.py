"""Serving the dashboard to a team: security headers on every response and a production WSGI server (waitress).

`secure(app)` adds the headers; `run_production(app)` serves the app's Flask server under waitress with debug
off and limits sized for a team.  Waitress is pure Python, so the same command works on Linux and Windows.
"""

from __future__ import annotations

import select
from typing import Any

import dash
import flask
from dash.exceptions import DependencyException

# Dash needs these sources: its bundles and assets from this server, its inline renderer and clientside
# callbacks by hash (added per response, see `content_security_policy`), JSON callbacks to this server.
# Styles need 'unsafe-inline': Plotly and AG Grid write <style> elements and style attributes at run time,
# which no hash or nonce can cover.  Bootstrap's form controls draw their icons as data: SVG images.
CSP_BASE: dict[str, list[str]] = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}

# Headers that do not depend on the app: no MIME sniffing, no framing (clickjacking), no referrer to other
# sites, no powerful browser features, and a browsing context of our own (no window.opener from other sites).
STATIC_HEADERS: dict[str, str] = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}

HSTS = "max-age=31536000"

# waitress settings for a team (see run_production).
THREADS = 8
CONNECTION_LIMIT = 400
CHANNEL_TIMEOUT = 60
MAX_REQUEST_BODY = 32 * 1024 * 1024

_SECURED = "healthdash.secure"


class ServeError(Exception):
    """The server could not start (its message is one line for the command line)."""


def content_security_policy(app: dash.Dash) -> str:
    """The CSP for this app: CSP_BASE plus the hashes of the inline scripts Dash writes into its page.

    Taken for each response (hashing a few short scripts costs microseconds), after Dash has gathered the
    clientside callbacks that pages register at import, so none is missed.  Any other inline script is refused.
    """
    policy = {name: list(sources) for name, sources in CSP_BASE.items()}
    policy["script-src"] += app.csp_hashes()
    return "; ".join(f"{name} {' '.join(sources)}" for name, sources in policy.items())


def secure(app: dash.Dash) -> None:
    """Send the security headers on every response of the app's Flask server (once, however often called).

    HSTS is sent only over HTTPS (behind a TLS proxy that waitress trusts, see run_production): over plain
    HTTP it would be ignored, and on localhost it would pin the browser to HTTPS for other local apps.
    A request for a script bundle Dash does not serve (such as /_dash-component-suites/dash/dash.py) gets
    404 rather than Dash's 500, so probing for files fills no error log.
    """
    server = app.server
    if server.extensions.get(_SECURED):
        return
    server.extensions[_SECURED] = True
    server.register_error_handler(DependencyException, lambda _error: ("Not Found", 404))

    def add_headers(response: flask.Response) -> flask.Response:
        response.headers["Content-Security-Policy"] = content_security_policy(app)
        for name, value in STATIC_HEADERS.items():
            response.headers.setdefault(name, value)
        if flask.request.scheme == "https":
            response.headers.setdefault("Strict-Transport-Security", HSTS)
        return response

    server.after_request(add_headers)


def switch_off_debug(app: dash.Dash) -> None:
    """Flask debug and every Dash dev tool off, whatever DASH_* environment variables say.

    Without this a stray DASH_DEBUG=true would serve tracebacks and the dev-tools UI to the whole team.
    Dash answers its hot-reload route even with hot reload off (listing the installed component packages);
    in production it is 404.
    """
    reload_route = app.config.routes_pathname_prefix + "_reload-hash"

    def no_dev_routes() -> tuple[str, int] | None:
        return ("Not Found", 404) if flask.request.path == reload_route else None

    app.server.before_request(no_dev_routes)
    app.server.debug = False
    app.enable_dev_tools(
        debug=False,
        dev_tools_ui=False,
        dev_tools_props_check=False,
        dev_tools_serve_dev_bundles=False,
        dev_tools_hot_reload=False,
        dev_tools_prune_errors=False,
        dev_tools_disable_version_check=True,
    )


def waitress_settings(host: str, port: int, threads: int = THREADS, trusted_proxy: str | None = None) -> dict[str, Any]:
    """Settings for waitress.serve, each chosen for a team of a few dozen people on one machine.

    - threads: the work is pandas and JSON under the GIL, so threads add concurrency rather than CPU; 8 lets
      a slow export or a big explorer page run while other people's small callbacks are still answered.
      Waitress writes responses from its own I/O loop, so a slow client does not hold a thread.
    - connection_limit 400: a browser keeps up to 6 connections open, so 50 people need ~300.
    - channel_timeout 60 s: idle keep-alive connections are closed after a minute (not requests still running).
    - max_request_body_size 32 MiB: a 20 MB pack uploaded through the page arrives base64-encoded in a JSON
      callback (x4/3, ~27 MB); the explorer's CSV export posts the shown rows (~3 MB for the shipped packs).
      Larger bodies get 413 before the app sees them.
    - ident "": no Server header naming waitress and its version.
    - asyncore_use_poll: poll() instead of select(), which stops at 1024 open sockets; Windows has no poll().
    - trusted_proxy: the address of a reverse proxy (TLS in front); only then are its X-Forwarded-For, -Host and
      -Proto believed, so HTTPS and client addresses are seen correctly.  Otherwise they are removed.
    """
    settings: dict[str, Any] = {
        "host": host,
        "port": port,
        "threads": threads,
        "connection_limit": CONNECTION_LIMIT,
        "channel_timeout": CHANNEL_TIMEOUT,
        "max_request_body_size": MAX_REQUEST_BODY,
        "ident": "",
        "expose_tracebacks": False,
        "asyncore_use_poll": hasattr(select, "poll"),
        "clear_untrusted_proxy_headers": True,
    }
    if trusted_proxy:
        settings["trusted_proxy"] = trusted_proxy
        settings["trusted_proxy_headers"] = {"x-forwarded-for", "x-forwarded-host", "x-forwarded-proto"}
    return settings


def address(host: str, port: int) -> str:
    """The URL people open for a host and port ("http://[::1]:8050/" for an IPv6 address)."""
    return f"http://{f'[{host}]' if ':' in host else host}:{port}/"


def announce(urls: list[str], how: str) -> None:
    """One line on stdout saying where the dashboard is served, printed once the socket is bound."""
    print(f"healthdash: serving {', '.join(urls)} ({how}; Ctrl+C to stop)", flush=True)


def run_production(
    app: dash.Dash,
    host: str = "127.0.0.1",
    port: int = 8050,
    threads: int = THREADS,
    trusted_proxy: str | None = None,
) -> None:
    """Serve the app under waitress with debug off and the security headers, until interrupted.

    One process holds the tidy frame in memory; for more CPU run several on different ports behind a
    reverse proxy.  Binds to localhost by default: put a TLS proxy in front rather than exposing it.
    The address is printed after binding (waitress's own notice goes to a logger nobody sees), so it is the
    real one, port 0 included; a port already in use raises ServeError, one line, before anything is printed.
    """
    import logging

    from waitress import create_server

    switch_off_debug(app)
    secure(app)
    logging.basicConfig()  # as waitress.serve does: its warnings (a full queue) and ours reach stderr
    try:
        server = create_server(app.server, **waitress_settings(host, port, threads, trusted_proxy))
    except OSError as exc:  # the port is in use, or the host is no address of this machine
        raise ServeError(f"cannot serve on {address(host, port)}: {exc.strerror or exc}") from exc
    listening = getattr(server, "effective_listen", None) or [(server.effective_host, server.effective_port)]
    announce([address(str(h), int(p)) for h, p in listening], f"waitress, {threads} threads")
    server.run()
