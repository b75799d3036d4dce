"""A simulated browser for a Dash app: the HTTP requests dash-renderer sends, built from the app's own answers.

It keeps the component tree from /_dash-layout and from callback responses, and builds each
/_dash-update-component body from /_dash-dependencies the way the renderer does (output string, outputs,
inputs and state with the current prop values, changed props).  A change fires the server callbacks that
take it as input, and their outputs fire the next ones; clientside callbacks run in a browser and send
nothing, so they are skipped.  Two browser behaviours are copied by component type: an AG Grid with no
column filters shows all its rows, so setting `rowData` sets `virtualRowData` to the same rows; and an AG
Grid on the infinite row model asks for its first block (`getRowsRequest`, with the filters and sort of its
initial state) when it appears and when a clientside callback that outputs to it runs (the page's script
empties its cache).

Bodies checked against Chrome's performance log of a real session (page load, explorer search, export).
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlsplit

import requests

Record = Callable[[str, float, bool], None]
PropKey = tuple[str, str]  # (stringified component id, property)

MAX_CASCADE = 10
PAGES_LOCATION = "_pages_location"  # the dcc.Location Dash Pages routes by
STATIC_REF = re.compile(r'(?:src|href)="(/(?:_dash-component-suites|assets)/[^"]+)"')


def id_key(component_id: str | dict) -> str:
    """Component ids as dash-renderer writes them: dict ids as JSON with sorted keys and no spaces."""
    if isinstance(component_id, dict):
        return json.dumps(component_id, sort_keys=True, separators=(",", ":"))
    return component_id


def split_output(output: str) -> list[PropKey]:
    """'..a.children...b.data..' (several outputs) or 'a.children' (one) -> [(id, prop), ...]."""
    parts = output[2:-2].split("...") if output.startswith("..") and output.endswith("..") else [output]
    return [(p.rsplit(".", 1)[0], p.rsplit(".", 1)[1]) for p in parts]


def is_pattern(key: str) -> bool:
    """A wildcard id (ALL, MATCH, ALLSMALLER), as /_dash-dependencies writes it: JSON with a list value."""
    return key.startswith("{") and any(isinstance(v, list) for v in json.loads(key).values())


def matches(pattern: str, component_id: str | dict) -> bool:
    """A dict id matches a pattern id when its keys are the same and every non-wildcard value is equal."""
    if not isinstance(component_id, dict):
        return False
    wanted = json.loads(pattern)
    if set(wanted) != set(component_id):
        return False
    return all(isinstance(v, list) or component_id[k] == v for k, v in wanted.items())


def components(node: Any) -> Iterator[dict]:
    """Every component in a tree, following `children` and props that hold a single component."""
    if isinstance(node, list):
        for item in node:
            yield from components(item)
    elif isinstance(node, dict) and "namespace" in node and isinstance(node.get("props"), dict):
        yield node
        for name, value in node["props"].items():
            if name == "children" or (isinstance(value, dict) and "namespace" in value):
                yield from components(value)


class DashBrowser:
    """One user's browser tab.  Every request is timed and passed to `record(kind, seconds, ok)`."""

    def __init__(self, base: str, record: Record, timeout: float = 120.0) -> None:
        self.base = base.rstrip("/")
        self.record = record
        self.timeout = timeout
        self.http = requests.Session()
        self.deps: list[dict] = []
        self.root: dict = {}
        self.props: dict[str, dict] = {}
        self.ids: dict[str, str | dict] = {}
        self.types: dict[str, str] = {}

    # --- HTTP -------------------------------------------------------------------------------------------------

    def send(self, kind: str, method: str, path: str, **kwargs: Any) -> requests.Response | None:
        """One request; ok means a 2xx answer.  Exceptions (timeouts, resets) count as errors, never raise."""
        start = time.perf_counter()
        try:
            response = self.http.request(method, self.base + path, timeout=self.timeout, **kwargs)
        except requests.RequestException:
            self.record(kind, time.perf_counter() - start, False)
            return None
        self.record(kind, time.perf_counter() - start, 200 <= response.status_code < 300)
        return response if response.ok else None

    # --- what the user does -----------------------------------------------------------------------------------

    def load(self, path: str, static: bool = False) -> bool:
        """Open `path` as a new page: the HTML, (on a cold cache) its scripts and styles, the layout, the
        callback map, then the callbacks the renderer fires on start.  False if the page did not arrive."""
        page = self.send("page html", "GET", path)
        if page is None:
            return False
        if static:
            for ref in dict.fromkeys(STATIC_REF.findall(page.text)):
                self.send("static file", "GET", ref)
        layout = self.send("_dash-layout", "GET", "/_dash-layout")
        deps = self.send("_dash-dependencies", "GET", "/_dash-dependencies")
        if layout is None or deps is None:
            return False
        self.deps = deps.json()
        self.root = layout.json()
        self.reindex()
        # Everything in the layout is new, except the router: it reports the URL on mount, which is a change.
        return self.go(path, created=set(self.props) - {PAGES_LOCATION})

    def go(self, path: str, created: set[str] | None = None) -> bool:
        """Follow a link inside the app (dcc.Link): the pages router's URL changes, no page reload."""
        if PAGES_LOCATION not in self.props:
            return False
        parts = urlsplit(path)
        search = f"?{parts.query}" if parts.query else ""
        url = {(PAGES_LOCATION, "pathname"): parts.path or "/", (PAGES_LOCATION, "search"): search}
        return self.change(url, created)

    def change(self, values: dict[PropKey, Any], created: set[str] | None = None) -> bool:
        """The user sets props (a dropdown, a radio, typing, a click): fire the callbacks that follow."""
        for (key, prop), value in values.items():
            self.props[key][prop] = value
        return self.fire(set(values), created or set())

    def component(self, key: str) -> dict:
        """Current props of a component by id."""
        return self.props[key]

    def find(self, kind: str) -> list[dict]:
        """Current components of one type (e.g. 'Link'), for choosing what a user would click."""
        return [c["props"] for c in components(self.root) if c.get("type") == kind]

    # --- the renderer -----------------------------------------------------------------------------------------

    def reindex(self) -> None:
        self.props, self.ids, self.types = {}, {}, {}
        for comp in components(self.root):
            cid = comp["props"].get("id")
            if cid is not None:
                self.props[id_key(cid)] = comp["props"]
                self.ids[id_key(cid)] = cid
                self.types[id_key(cid)] = comp.get("type", "")

    def fire(self, changed: set[PropKey], new: set[str]) -> bool:
        """Run callbacks round by round until nothing more changes; False if any request failed.

        As the renderer does, a callback whose input is the output of another one in the same round waits
        for that answer, and bodies carry the props as they were when the round started.
        """
        ok = True
        grids: set[str] = set()  # client-side grids given rows: what they show follows
        asking: set[str] = set()  # infinite grids that appeared: they ask for their first block
        for _ in range(MAX_CASCADE):
            fired = [d for d in self.deps if self.triggered(d, changed, new)]
            calls = [d for d in fired if not d.get("clientside_function")]
            asking |= {
                key
                for d in fired
                if d.get("clientside_function")
                for key, _prop in split_output(d["output"])
                if self.infinite(key)
            }
            produced = {out for d in calls for out in split_output(d["output"])}
            calls = [d for d in calls if not any((i["id"], i["property"]) in produced for i in d["inputs"])]
            bodies = [self.body(d, changed) for d in calls]
            changed, new = self.grid_effects(grids) | self.grid_requests(asking), set()
            if not calls and not changed:
                break
            for dep, body in zip(calls, bodies, strict=True):
                answer = self.send("callback " + self.label(dep), "POST", "/_dash-update-component", json=body)
                if answer is None:
                    ok = False
                elif answer.status_code != 204:
                    got_changed, got_new = self.apply(answer.json())
                    changed |= got_changed
                    new |= got_new
            grids = {
                k
                for k in self.props
                if self.types.get(k) == "AgGrid" and not self.infinite(k) and (k in new or (k, "rowData") in changed)
            }
            asking = {k for k in new if self.infinite(k)}
        return ok

    def triggered(self, dep: dict, changed: set[PropKey], new: set[str]) -> bool:
        """Fires when all its inputs are on the page and one changed, or (unless prevent_initial_call) when an
        input has just appeared.  A prevent_initial_call callback is not fired by the round that created it."""
        inputs = [(i["id"], i["property"]) for i in dep["inputs"]]
        named = [key for key, _ in inputs if not is_pattern(key)]
        if not all(key in self.props for key in named):
            return False
        just_created = any(key in new for key in named)
        if dep.get("prevent_initial_call"):
            return not just_created and any(self.hits(key, prop, changed) for key, prop in inputs)
        return just_created or any(self.hits(key, prop, changed) for key, prop in inputs)

    def hits(self, key: str, prop: str, changed: set[PropKey]) -> bool:
        if not is_pattern(key):
            return (key, prop) in changed
        return any(p == prop and matches(key, self.ids.get(k, "")) for k, p in changed)

    def entry(self, key: str, prop: str, with_value: bool = True) -> dict | list[dict]:
        """One input/state/output item; a pattern id gives a list over the matching components."""
        if is_pattern(key):
            return [self.item(k, prop, with_value) for k, cid in self.ids.items() if matches(key, cid)]
        return self.item(key, prop, with_value)

    def item(self, key: str, prop: str, with_value: bool) -> dict:
        """{id, property, value}; the value is left out when the prop is unset, as the renderer does."""
        item: dict[str, Any] = {"id": self.ids.get(key, key), "property": prop}
        props = self.props.get(key, {})
        if with_value and prop in props:
            item["value"] = props[prop]
        elif with_value and prop == "id":
            item["value"] = self.ids.get(key, key)
        return item

    def body(self, dep: dict, changed: set[PropKey]) -> dict:
        outs = split_output(dep["output"])
        outputs = [self.entry(k, p, with_value=False) for k, p in outs]
        inputs = [self.entry(i["id"], i["property"]) for i in dep["inputs"]]
        state = [self.entry(s["id"], s["property"]) for s in dep["state"]]
        ids = sorted(
            f"{k}.{p}" for k, p in changed if any(self.hits(i["id"], i["property"], {(k, p)}) for i in dep["inputs"])
        )
        body: dict[str, Any] = {
            "output": dep["output"],
            "outputs": outputs if dep["output"].startswith("..") else outputs[0],
            "inputs": inputs,
            "changedPropIds": ids,
            "parsedChangedPropsIds": ids,
        }
        if state:
            body["state"] = state
        return body

    def apply(self, answer: dict) -> tuple[set[PropKey], set[str]]:
        """Write a callback's response into the tree; return the props it changed and components it added."""
        changed: set[PropKey] = set()
        added: set[str] = set()
        for key, props in answer.get("response", {}).items():
            if key in self.props:
                self.props[key].update(props)
                changed |= {(key, p) for p in props}
                added |= {id_key(c["props"]["id"]) for c in components(list(props.values())) if "id" in c["props"]}
        self.reindex()
        return changed, added

    def infinite(self, key: str) -> bool:
        return self.types.get(key) == "AgGrid" and self.props.get(key, {}).get("rowModelType") == "infinite"

    def grid_requests(self, grids: set[str]) -> set[PropKey]:
        """An infinite AG Grid asks for its first block, with the filters and sort of its initial state."""
        for key in grids:
            options = self.props[key].get("dashGridOptions") or {}
            initial = options.get("initialState") or {}
            self.props[key]["getRowsRequest"] = {
                "startRow": 0,
                "endRow": options.get("cacheBlockSize", 100),
                "sortModel": (initial.get("sort") or {}).get("sortModel", []),
                "filterModel": (initial.get("filter") or {}).get("filterModel", {}),
            }
        return {(key, "getRowsRequest") for key in grids}

    def grid_effects(self, grids: set[str]) -> set[PropKey]:
        """AG Grid without column filters shows every row: its virtualRowData follows rowData, a moment later."""
        for key in grids:
            self.props[key]["virtualRowData"] = self.props[key].get("rowData") or []
        return {(key, "virtualRowData") for key in grids}

    @staticmethod
    def label(dep: dict) -> str:
        """Name a callback by its first output's id (a pattern id by its type)."""
        key, _ = split_output(dep["output"])[0]
        return str(json.loads(key).get("type", key)) if is_pattern(key) else key
