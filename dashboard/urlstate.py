"""Page state in the query string, so a view can be bookmarked, shared and restored.

`encode` writes parameters in a fixed order and leaves out empty ones, so the
same state always gives the same URL.
"""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import parse_qsl, urlencode


def encode(params: Mapping[str, object]) -> str:
    """ "?a=1&b=x" from the non-empty parameters, in the order given ("" if none)."""
    kept = [(k, "1" if v is True else str(v)) for k, v in params.items() if v not in (None, "", False, [])]
    return "?" + urlencode(kept) if kept else ""


def parse(search: str | None) -> dict[str, str]:
    """Query string ("?a=1&b=x" or "a=1") to a dict; the last value of a repeated key wins."""
    return dict(parse_qsl((search or "").lstrip("?")))


def is_on(value: object) -> bool:
    """A query flag such as present=1 / true / yes."""
    return str(value).strip().lower() in ("1", "true", "yes", "on")


def source_href(file: str, line: int | None = None) -> str:
    """Link to the source viewer for a pack and (optionally) a line."""
    return "/sources" + encode({"file": file, "line": line})
