"""The app shell: factory, navigation from the page registry, presentation mode, `serve()`.

A thin shell: each page module registers itself and owns its layout and
callbacks.  `create_app` sets the data (a frame, or the store it then keeps
current); nothing is loaded at import time or inside a callback.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping, Sequence
from pathlib import Path

import dash
import dash_bootstrap_components as dbc
import pandas as pd
from dash import ALL, Input, Output, State, dcc, html

from dashboard import data as store_data
from dashboard import downloads, guard, staging
from dashboard.urlstate import encode, is_on, parse
from loaders import REPORTS_DIR
from loaders.errors import PackError
from loaders.intake import UPLOAD_LIMIT_MB, Summary, add_file, extracted_by_other_code, fill_from
from loaders.mending import reindex_pack
from loaders.reading import scan_packs
from loaders.store import Added, Store, StoreError

PAGES = Path(__file__).resolve().parent / "pages"
ASSETS = Path(__file__).resolve().parent / "assets"

# Keeps other query parameters and sets or drops present=1 without reloading the page.
_PRESENT_JS = """
function(on) {
    const url = new URL(window.location.href);
    if (on) { url.searchParams.set('present', '1'); } else { url.searchParams.delete('present'); }
    if (url.href !== window.location.href) { window.history.replaceState(window.history.state, '', url.href); }
    return on ? 'hd-root present' : 'hd-root';
}
"""

# After moving to another page (not on first load), focus goes to the main region, as a new page
# load would put it at the top: keyboard users go on into the new page and screen readers announce it.
_FOCUS_MAIN_JS = """
function(pathname) {
    if (window.hdShownPath !== undefined && window.hdShownPath !== pathname) {
        const main = document.getElementById('main-content');
        if (main) { main.focus(); }
    }
    window.hdShownPath = pathname;
    return window.dash_clientside.no_update;
}
"""


def nav_links() -> list[dbc.NavItem]:
    """One link per registered page, in page order (pages registered with nav=False stay out)."""
    return [
        dbc.NavItem(
            dbc.NavLink(page["name"], href=page["path"], active="exact", id={"type": "app-nav", "path": page["path"]})
        )
        for page in dash.page_registry.values()
        if page.get("nav", True)
    ]


# The page around the shell: British English for screen readers' pronunciation, and Dash's scripts
# outside any <footer>, so the page has exactly one footer (contentinfo) landmark.
INDEX_STRING = """<!DOCTYPE html>
<html lang="en-GB">
    <head>
        {%metas%}
        <title>{%title%}</title>
        {%favicon%}
        {%css%}
    </head>
    <body>
        {%app_entry%}
        {%config%}
        {%scripts%}
        {%renderer%}
    </body>
</html>"""


def accessible_document(app: dash.Dash) -> None:
    """Language and landmarks of the HTML page; the title stays the page's own while callbacks run."""
    app.index_string = INDEX_STRING
    app.config.update_title = None


def shell() -> html.Div:
    """Skip link, then the header with navigation and the presentation toggle, the main region and the footer.

    Landmarks (banner, navigation, main, contentinfo) are the same on every page; the skip link is the
    first thing in the tab order and moves focus to the main region.
    """
    navbar = dbc.Navbar(
        dbc.Container(
            [
                # The council's name may be long: it wraps rather than widen a 320 px screen.
                dbc.NavbarBrand(
                    store_data.site_name(), href="/", id="app-site-name", style={"whiteSpace": "normal", "minWidth": 0}
                ),
                dbc.Nav(nav_links(), navbar=True, className="me-auto hd-nav"),
                dbc.Switch(id="app-present", label="Presentation mode", value=False, className="hd-present-toggle"),
            ],
            fluid=True,
        ),
        color="dark",
        dark=True,
        className="hd-navbar",
    )
    return html.Div(
        [
            html.A("Skip to main content", href="#main-content", className="hd-skip-link", id="app-skip-link"),
            html.Header(navbar, className="hd-header"),
            html.Main(
                dbc.Container(dash.page_container, fluid=True, className="hd-main", id="app-main"),
                id="main-content",
                tabIndex="-1",
            ),
            html.Footer(
                [
                    html.P(
                        "Figures read from the committee packs; every number links to the line it was printed on.",
                        className="hd-footer-note",
                    ),
                    html.P(
                        dcc.Link(
                            "Accessibility statement",
                            href="/accessibility",
                            id={"type": "app-nav", "path": "/accessibility"},
                        )
                    ),
                ],
                className="hd-footer",
            ),
        ],
        id="app-root",
        className="hd-root",
    )


def present_from_url(search: str | None) -> bool:
    """The toggle starts from ?present=1."""
    return is_on(parse(search).get("present"))


def nav_hrefs(present: bool, ids: list[dict]) -> list[str]:
    """Nav links carry presentation mode to the next page."""
    return [i["path"] + encode({"present": bool(present)}) for i in ids]


def register_shell_callbacks(app: dash.Dash) -> None:
    """Presentation mode follows ?present=1 and the toggle; nav links keep it when moving page; focus
    moves to the main region when the page changes."""
    app.callback(Output("app-present", "value"), Input("_pages_location", "search"))(present_from_url)
    app.callback(
        Output({"type": "app-nav", "path": ALL}, "href"),
        Input("app-present", "value"),
        State({"type": "app-nav", "path": ALL}, "id"),
    )(nav_hrefs)
    app.clientside_callback(_PRESENT_JS, Output("app-root", "className"), Input("app-present", "value"))
    app.clientside_callback(_FOCUS_MAIN_JS, Output("main-content", "className"), Input("_pages_location", "pathname"))


def is_demo(store: Store | str | Path | None) -> bool:
    """The default store (no `--store`, no $HEALTHDASH_STORE): the demo, the one store the shipped packs fill."""
    return store is None and not os.environ.get("HEALTHDASH_STORE")


def take_in(store: Store, folder: str | Path) -> tuple[list[tuple[Summary, Added]], list[str]]:
    """Add every pack in a council's folder to the store, each through `healthdash add`'s path (bounded extraction,
    a copy beside the store, one transaction), and say what each gave.

    A pack that cannot be added is one line naming the file, and the others are still added; a path that is
    not a folder of packs raises PackError.
    """
    where = Path(folder)
    if not where.is_dir():
        raise PackError(where, None, "not a folder of packs (--reports names a folder)")
    found = scan_packs([where], where)
    taken: list[tuple[Summary, Added]] = []
    problems = [f"skipped {line}" for line in found.skipped]
    for path in found.paths:
        try:
            taken.append(add_file(path, store))
        except (PackError, StoreError) as exc:
            problems.append(str(exc))
        except OSError as exc:
            problems.append(f"{exc.filename or path}: {exc.strerror}")
    return taken, problems


def prepare_store(store: Store | str | Path | None = None) -> Store:
    """The store to serve, made ready: the shipped packs go into the default store when it is new (the demo);
    a store named is used as it is.  Packs extracted by older loader code are extracted again."""
    db = store if isinstance(store, Store) else Store(store)
    log = logging.getLogger("healthdash")
    if is_demo(store) and db.version() == 0:  # never had a pack added or removed
        _added, problems = fill_from(db, REPORTS_DIR)
        for problem in problems:
            log.warning("shipped pack not stored: %s", problem)
    if stale := extracted_by_other_code(db):  # never serve rows older loaders gave: extract them again
        stale_packs = [p for p in db.packs() if p.name in set(stale)]
        for outcome in (reindex_pack(db, p) for p in stale_packs):
            if outcome.problem:
                log.warning("%s: kept the rows older loaders gave: %s", outcome.name, outcome.problem)
            else:
                log.info("%s: extracted again with the current loaders", outcome.name)
    staging.sweep(db)
    return db


def create_app(
    data: pd.DataFrame | None = None,
    sources: Mapping[str, Sequence[str]] | None = None,
    *,
    store: Store | str | Path | None = None,
) -> dash.Dash:
    """Build the app over a tidy frame, or, given no frame, over the store, kept current.

    `sources` (pack name -> lines) feeds the source viewer of a plain frame.  Over the store (`store`, or
    $HEALTHDASH_STORE, or data/healthdash.sqlite) only the packs its owner put there are shown: the shipped
    packs fill the default store when it is new (the demo), never a store named.  Packs extracted by older
    loader code are extracted again (`healthdash reindex`, one pack at a time), and before each request the
    store's version is compared with the one loaded: when a pack has been added (by the Add a report page,
    another worker or `healthdash add`) the frame is reloaded once, and uploads left waiting over an hour are
    deleted at start.  dashboard.guard answers requests the app was not built for (unknown pages, junk
    parameters, malformed callback bodies) without a 500 or a traceback.
    """
    if data is not None:
        store_data.set_data(data, sources)
    else:
        store_data.use_store(prepare_store(store))
    _drop_unserved_callbacks()
    app = dash.Dash(
        __name__,
        use_pages=True,
        pages_folder=str(PAGES),
        assets_folder=str(ASSETS),
        title=store_data.site_name(),  # "<home> health committees", from the packs' covers
        suppress_callback_exceptions=True,
    )
    app.layout = shell
    register_shell_callbacks(app)
    accessible_document(app)
    guard.install(app)
    downloads.install(app)  # /download/<view>.<xlsx|csv>: the rows behind a chart or the explorer, found again
    # Uploads travel base64-encoded inside a callback's JSON: a third larger than the file.
    app.server.config["MAX_CONTENT_LENGTH"] = int(UPLOAD_LIMIT_MB * 1_000_000 * 4 / 3) + 1_000_000
    if data is None:
        app.server.before_request(_refresh_from_store)
    app.server.before_request(lambda: _name_site(app))
    return app


def _name_site(app: dash.Dash) -> None:
    """Before each request: the browser tab's default title names the council of the packs now loaded."""
    app.title = store_data.site_name()


def _drop_unserved_callbacks() -> None:
    """Forget callbacks that pages registered for an earlier app that was never served.

    Page modules run again, registering their callbacks globally, each time an app is built; the first app
    served takes every callback registered so far, so leftovers from an unserved app (tests build many)
    would reach it as duplicates and the browser would refuse them.
    """
    from dash import _callback

    _callback.GLOBAL_CALLBACK_LIST.clear()
    _callback.GLOBAL_CALLBACK_MAP.clear()
    _callback.GLOBAL_INLINE_SCRIPTS.clear()


def _refresh_from_store() -> None:
    """Before each request: reload the frame if the store changed (returns None, so the request goes on)."""
    store_data.refresh()


def load_sources(paths: Sequence[str | Path] | None = None) -> dict[str, tuple[str, ...]]:
    """Lines of each pack loaded, for the source viewer (same files and reading as the loader)."""
    from loaders import REPORTS_DIR
    from loaders.reading import find_packs, read_pack

    return {p.name: read_pack(p).lines for p in find_packs(list(paths) if paths else None, REPORTS_DIR)}


def serve(
    host: str = "127.0.0.1",
    port: int = 8050,
    debug: bool = False,
    paths: Sequence[str | Path] | None = None,
    store: Store | str | Path | None = None,
    *,
    production: bool = False,
    threads: int = 8,
    trusted_proxy: str | None = None,
) -> None:
    """Run the dashboard over the store (default), or over the packs in `paths` read with loaders.load().

    `production` serves it under waitress with debug off and the security headers (dashboard.server);
    otherwise Dash's own development server runs it.
    """
    if paths:
        import loaders

        app = create_app(loaders.load(list(paths)), load_sources(paths))
    else:
        app = create_app(store=store)
    if production:
        from dashboard.server import run_production

        run_production(app, host=host, port=port, threads=threads, trusted_proxy=trusted_proxy)
    else:
        from dashboard.server import address, announce

        announce([address(host, port)], "development server" + (", debug" if debug else ""))
        app.run(host=host, port=port, debug=debug)
