"""Page state in the query string, so a view can be bookmarked, shared and restored.

`encode` writes parameters in a fixed order and leaves out empty ones, so the
same state always gives the same URL.  Anyone can type a URL, so reading is
defensive: `clean` and `parse` keep one usable string per parameter, and
`whole_number` takes ASCII digits only.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode

# Longer than any state a page keeps (a pack name, a search of 200 characters); a longer value is junk.
MAX_VALUE_CHARS = 2000
_DIGITS = re.compile(r"[0-9]{1,9}")


def encode(params: Mapping[str, object]) -> str:
    """ "?a=1&b=x" from the non-empty parameters, in the order given ("" if none)."""
    kept = [(k, "1" if v is True else str(v)) for k, v in params.items() if v not in (None, "", False, [])]
    return "?" + urlencode(kept) if kept else ""


def usable(text: object) -> bool:
    """Text a page can show and compare: a string, not too long, that encodes (no lone surrogate)."""
    if not isinstance(text, str) or len(text) > MAX_VALUE_CHARS:
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def clean(params: Mapping[Any, object]) -> dict[str, str]:
    """One usable string per parameter (the last of a repeated one, as Dash passes a list); others dropped.

    A dropped parameter takes the page's default, so no URL can make a page fail or show another state.
    """
    kept: dict[str, str] = {}
    for key, value in params.items():
        if isinstance(value, (list, tuple)):
            value = value[-1] if value else None
        if usable(key) and usable(value):
            kept[str(key)] = str(value)
    return kept


def parse(search: object) -> dict[str, str]:
    """Query string ("?a=1&b=x" or "a=1") to a dict; the last value of a repeated key wins, unusable ones go."""
    if not isinstance(search, str) or len(search) > 20 * MAX_VALUE_CHARS:
        return {}
    return clean(dict(parse_qsl(search.lstrip("?"))))


def whole_number(value: object, low: int = 1, high: int = 10**9) -> int | None:
    """A whole number from low to high written in ASCII digits, or None.

    str.isdigit() also accepts "²" and "١", which int() then refuses or reads as another number.
    """
    if not isinstance(value, str) or not _DIGITS.fullmatch(value):
        return None
    number = int(value)
    return number if low <= number <= high else None


def is_on(value: object) -> bool:
    """A query flag such as present=1 / true / yes."""
    return str(value).strip().lower() in ("1", "true", "yes", "on")


def source_href(file: str, line: int | None = None) -> str:
    """Link to the source viewer for a pack and (optionally) a line."""
    return "/sources" + encode({"file": file, "line": line})
