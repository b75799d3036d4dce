"""Read a report pack into clean lines, whatever converter produced it.

Packs come as UTF-8 or Windows-1252, with LF or CRLF endings, some with
markdown-like emphasis and tabs.  Reading normalises all of that but never
adds or removes a line, so line numbers stay those of the file on disk.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from loaders.errors import PackError

_EMPHASIS_RE = re.compile(r"(\*\*|__|\*(?=\S)|(?<=\S)\*(?!\*))")
_HEADING_RE = re.compile(r"^\s{0,3}#{1,6}\s+")
_HTML_RE = re.compile(r"</?(?:u|sup|sub|b|i|em|strong)>", re.IGNORECASE)
_LINK_RE = re.compile(r"<(https?://[^>]+)>")


@dataclass(frozen=True)
class Pack:
    """One pack's text: `lines[0]` is line 1 of the file."""

    path: Path
    lines: tuple[str, ...]
    encoding: str
    sha256: str
    headings: frozenset[int] = frozenset()
    """1-based lines the converter marked as headings ("# ..."), where it did."""

    @property
    def name(self) -> str:
        return self.path.name


def decode(raw: bytes, path: Path) -> tuple[str, str]:
    """Bytes to text: UTF-8 (with or without BOM) first, then Windows-1252."""
    if not raw.strip():
        raise PackError(path, None, "the file is empty")
    if b"\x00" in raw[:4096]:
        raise PackError(path, None, "this looks like a binary file, not a text pack")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding), encoding
        except UnicodeDecodeError as exc:
            last = exc
    line = raw[: last.start].count(b"\n") + 1
    raise PackError(path, line, "the text is neither UTF-8 nor Windows-1252")


def clean_line(line: str) -> str:
    """Drop converter markup (emphasis, heading marks, simple HTML) and tabs."""
    line = _LINK_RE.sub(r"\1", line)
    line = _HTML_RE.sub("", line)
    line = _HEADING_RE.sub("", line)
    line = _EMPHASIS_RE.sub("", line)
    line = line.replace("\t", "   ").replace("\u00a0", " ")
    return line.rstrip()


def read_pack(path: str | Path) -> Pack:
    """Read one pack from disk; raises PackError with the file (and line) on bad input."""
    p = Path(path)
    if not p.exists():
        raise PackError(p, None, "no such file")
    if p.is_dir():
        raise PackError(p, None, "is a directory, not a pack")
    raw = p.read_bytes()
    text, encoding = decode(raw, p)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    headings = frozenset(i for i, x in enumerate(lines, 1) if _HEADING_RE.match(x))
    cleaned = tuple(clean_line(x) for x in lines)
    return Pack(p, cleaned, encoding, hashlib.sha256(raw).hexdigest(), headings)


def find_packs(paths: list[str | Path] | None, default: Path) -> list[Path]:
    """The pack files named, with directories expanded to the .txt files inside."""
    found: list[Path] = []
    for item in paths or [default]:
        p = Path(item)
        if p.is_dir():
            inside = sorted(x for x in p.iterdir() if x.is_file() and x.suffix.lower() == ".txt")
            if not inside:
                raise PackError(p, None, "this directory holds no .txt packs")
            found.extend(inside)
        elif not p.exists():
            raise PackError(p, None, "no such file")
        else:
            found.append(p)
    return found
