"""Reading Dash layouts in tests: the text a component tree shows, a component by id, a registered page."""

from __future__ import annotations

import sys

import dash


def text_of(component) -> str:
    """All text in a component tree, for assertions on what a page says."""
    if component is None:
        return ""
    if isinstance(component, (str, int, float)):
        return str(component)
    if isinstance(component, (list, tuple)):
        return " ".join(text_of(c) for c in component)
    parts = [text_of(getattr(component, "children", None))]
    for prop in ("label", "value", "placeholder"):
        v = getattr(component, prop, None)
        if isinstance(v, str):
            parts.append(v)
    return " ".join(parts)


def find(component, id_):
    """The component with this id in a tree, or None."""
    if isinstance(component, (list, tuple)):
        for c in component:
            hit = find(c, id_)
            if hit is not None:
                return hit
        return None
    if getattr(component, "id", None) == id_:
        return component
    children = getattr(component, "children", None)
    return find(children, id_) if children is not None and not isinstance(children, str) else None


def page(path):
    """The registry entry of the page at a path."""
    return next(p for p in dash.page_registry.values() if p["path"] == path)


def page_module(path):
    """The page module as Dash imported it (importing dashboard.pages.* would register it twice)."""
    return sys.modules[page(path)["module"]]
