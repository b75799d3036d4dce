"""Read a report pack into clean lines, whatever produced it.

Packs come as text (UTF-8, UTF-16 with a byte-order mark, or Windows-1252, with
LF or CRLF endings, some with markdown-like emphasis and tabs) or as PDF (its
text layer, see loaders/pdf.py).  Reading normalises all of that but never adds
or removes a line, so line numbers stay those of the file on disk (of the PDF's
extracted text for a PDF).  Only regular files are read (never a device, FIFO or
socket, and no link out of a folder being scanned), and a file too big to be a
committee pack is refused before it is read, so a wrong file never fills memory
or hangs a command.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import stat
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, NoReturn

from loaders.errors import PackError
from loaders.pdf import is_pdf, pdf_text

# A single "*" is emphasis only where it hugs a word: one standing as a cell ("England, *, 13.1") means
# "suppressed" and stays.
_EMPHASIS_RE = re.compile(r"(\*\*|__|\*(?=[^\s,;|])|(?<=[^\s,;|])\*(?!\*))")
_HEADING_RE = re.compile(r"^\s{0,3}#{1,6}\s+")
_HTML_RE = re.compile(r"</?(?:u|sup|sub|b|i|em|strong)>", re.IGNORECASE)
_LINK_RE = re.compile(r"<(https?://[^>]+)>")
# A footnote marker: superscript digits glued to a value or a header's word ("29.6¹", "expectancy¹", "least)²"; not
# the power of a unit, "km²", "µg/m³"), or one small letter after a value before a column gap ("31.2 a   13.3",
# "62.4 p" provisional, "58.1 r" revised); blanked, not deleted, so a layout's columns keep their places.
_FOOTNOTE_RE = re.compile(r"(?<=[\w)])(?<!m)[¹²³⁴⁵⁶⁷⁸⁹⁰]+|(?<=m)[¹⁴⁵⁶⁷⁸⁹⁰]+|(?<=\d )[a-epr](?= {2,}\S| *$)")
# A mark on a printed value that points to a note: a dagger glued to it ("0.44†") or a bracketed letter after it
# ("74.8 (p)" provisional, "(r)" revised, "(e)" estimated) before a column gap, a cell's end or the line's end.
_VALUE_MARK_RE = re.compile(r"(?<=\d)[†‡§]+|(?<=\d) ?\([prePRE]\)(?= {2,}\S| *\||\s*$)")
# A table cell's decimal with a provisional or revised letter glued on ("74.2p", "0.55r"), in a column gap: the
# letter is a mark ("12p" with no decimals is pence; a number in running text keeps its letter)
_GLUED_MARK_RE = re.compile(r"(?:^|(?<=  )|(?<=\| ))(?P<number>\d[\d,]*\.\d+)[pr](?= {2,}\S| *\||\s*$)")
# A note's or link's reference in square brackets: pandoc's "[1]", Markdown's "[^1]" or "[^note]", lynx's
# "[12]Joint Strategic Needs Assessment"; a citation, never a figure.  At a line's start, before its text, it
# is the note itself ("[1] The NHS ...", "[^1]: The allocation ..."), and the mark goes with its colon.
_NOTE_MARK = r"\[(?:\^[A-Za-z0-9][\w-]{0,15}|\d{1,3})\]"
_NOTE_START_RE = re.compile(rf"^(\s*){_NOTE_MARK}:?\s+(?=\S)")
_NOTE_REF_RE = re.compile(rf" ?{_NOTE_MARK}(?=[\s.,;:)]|$)|{_NOTE_MARK}")
_BREAK_RE = re.compile(r"<br\s*/?>", re.IGNORECASE)
"""A converter's line break inside a table cell ("GP FTE<br>(fully qualified)"): a space between words."""
# What the patterns above need: one of these characters, or a footnote letter after a number.  Two patterns, each
# led by a set of characters, so Python's re skips straight to those instead of trying every position.
_MARKUP_CHARS_RE = re.compile("[<#*_\t\u00a0¹²³⁴⁵⁶⁷⁸⁹⁰†‡§[\u2500-\u257f]")
_UNDERSCORE_RULE_RE = re.compile(r"^\s*_{5,}(?:\s+_{3,})*\s*$")  # whole, or broken at a table's column gaps
_FOOTNOTE_LETTER_RE = re.compile(
    r"\d (?:[a-epr](?: {2,}\S| *$)|\([prePRE]\))|\d\([prePRE]\)|\d[pr](?: {2,}\S| *\|| *$)"
)

_log = logging.getLogger(__name__)

PACK_SUFFIXES = (".txt", ".pdf")
MAX_TEXT_MB = 20
"""The largest text pack read (the shipped packs are under 0.5 MB; a 300-page pack is about 2 MB of text)."""
MAX_PDF_MB = 100
"""The largest PDF pack read (scanned appendices make PDFs far bigger than their text)."""
MAX_MB_ENV = "HEALTHDASH_MAX_PACK_MB"
"""Environment variable that sets one limit, in MB, for both kinds of pack."""


@dataclass(frozen=True)
class Pack:
    """One pack's text: `lines[0]` is line 1 of the file (of the extracted text, for a PDF)."""

    path: Path
    lines: tuple[str, ...]
    encoding: str
    sha256: str
    headings: frozenset[int] = frozenset()
    """1-based lines the converter marked as headings ("# ..."), where it did."""
    notes: tuple[str, ...] = ()
    """What reading noticed and a user should know (lines read as Windows-1252, PDF pages with no text)."""

    @property
    def name(self) -> str:
        return self.path.name


def number_ranges(numbers: list[int], most: int = 12) -> str:
    """[1, 2, 3, 7] -> "1-3, 7": line or page numbers in a message, the first `most` runs."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    shown = [f"{r[0]}-{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs[:most]]
    return ", ".join(shown) + (f" and {len(runs) - most} more" if len(runs) > most else "")


def size_limit_mb(is_pdf_file: bool) -> float:
    """The size limit for a pack, in MB: $HEALTHDASH_MAX_PACK_MB, or the default for its kind."""
    setting = os.environ.get(MAX_MB_ENV, "").strip()
    try:
        return float(setting) if setting else float(MAX_PDF_MB if is_pdf_file else MAX_TEXT_MB)
    except ValueError:
        raise PackError(MAX_MB_ENV, None, f"{setting!r} is not a number of MB") from None


_NOT_REGULAR = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _refuse_unless_regular(path: Path, mode: int) -> None:
    """Only regular files are packs: a device never ends and opening a FIFO waits for a writer."""
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise PackError(path, None, "is a directory, not a pack")
    what = next((name for test, name in _NOT_REGULAR if test(mode)), "not a regular file")
    raise PackError(path, None, f"is {what}, not a regular file; not read")


def _os_error(path: Path, exc: OSError) -> PackError:
    if isinstance(exc, FileNotFoundError):
        return PackError(path, None, "no such file")
    return PackError(path, None, exc.strerror or "cannot be read")


@contextmanager
def _open_pack(path: Path) -> Iterator[tuple[BinaryIO, bytes, int]]:
    """A pack file opened for reading, with its first KB and its size limit in bytes.

    The file is checked to be a regular file before it is opened (os.stat follows links to their
    target) and again once open (fstat, in case it was swapped), and opened non-blocking so even a
    FIFO swapped in between cannot hang; its size is checked on the open file.
    """
    try:
        _refuse_unless_regular(path, os.stat(path).st_mode)
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(path, flags)
    except OSError as exc:
        raise _os_error(path, exc) from None
    with open(fd, "rb") as fh:
        try:
            info = os.fstat(fd)
            _refuse_unless_regular(path, info.st_mode)
            head = fh.read(min(1024, _limit_bytes(False) + 1, _limit_bytes(True) + 1))
        except OSError as exc:
            raise _os_error(path, exc) from None
        pdf = is_pdf(head, named_pdf=path.suffix.lower() == ".pdf") or path.suffix.lower() == ".pdf"
        limit_mb, limit = size_limit_mb(pdf), _limit_bytes(pdf)
        if info.st_size > limit:
            _too_big(path, info.st_size, limit_mb, pdf)
        yield fh, head, limit
        if fh.tell() > limit:  # the file grew after fstat: refused, having read one byte past the limit
            raise PackError(path, None, f"the file grew past the {limit_mb:g} MB limit while it was read; not read")


def _too_big(path: Path, size: int, limit_mb: float, pdf: bool) -> NoReturn:
    kind = "PDF" if pdf else "text"
    raise PackError(
        path,
        None,
        f"the file is {size / 1_000_000:,.0f} MB, over the {limit_mb:g} MB limit for a {kind} pack;"
        f" not read (set {MAX_MB_ENV} to raise the limit)",
    )


def _limit_bytes(is_pdf_file: bool) -> int:
    return int(size_limit_mb(is_pdf_file) * 1_000_000)


def check_size(path: Path) -> None:
    """Refuse a file that is not a regular file, or too big to be a pack, before reading it (only its first KB)."""
    with _open_pack(path):
        pass


def read_bytes(path: Path) -> bytes:
    """A pack file's bytes: a regular file only, and never more than the size limit read."""
    with _open_pack(path) as (fh, head, limit):
        try:
            rest = fh.read(max(0, limit + 1 - len(head)))
        except OSError as exc:
            raise _os_error(path, exc) from None
    return head + rest


def file_sha256(path: Path) -> str:
    """The SHA-256 of a pack file's bytes, read in blocks under the same checks as read_bytes."""
    h = hashlib.sha256()
    with _open_pack(path) as (fh, head, limit):
        h.update(head)
        try:
            while fh.tell() <= limit and (block := fh.read(min(1 << 20, limit + 1 - fh.tell()))):
                h.update(block)
        except OSError as exc:
            raise _os_error(path, exc) from None
    return h.hexdigest()


_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f\x1a") + b"\x7f"


def _refuse_binary(raw: bytes, path: Path) -> None:
    """Files that are not text at all: office documents, images, archives."""
    head = raw[:8192]
    if head.startswith(b"PK\x03\x04"):
        message = "this is a zip or Office file (.docx, .xlsx?), not a text pack: save it as PDF or text"
        raise PackError(path, None, message)
    control = sum(head.count(bytes([b])) for b in _CONTROL_BYTES)
    if b"\x00" in head or control > len(head) // 20:
        raise PackError(path, None, "this looks like a binary file, not a text pack")


def decode(raw: bytes, path: Path) -> tuple[str, str, list[str]]:
    """Bytes to (text, encoding, notes): UTF-16 by its byte-order mark, else UTF-8, else Windows-1252.

    A file that is UTF-8 but for a few lines (text pasted from two sources) keeps its
    UTF-8 lines and reads the others as Windows-1252, with a note naming them.
    """
    if not raw.strip():
        raise PackError(path, None, "the file is empty")
    if raw.startswith(_UTF16_BOMS):
        try:
            return raw.decode("utf-16"), "utf-16", []
        except UnicodeDecodeError as exc:
            where = raw[: exc.start].decode("utf-16", errors="replace").count("\n") + 1
            raise PackError(path, where, "the text starts as UTF-16 but is not valid UTF-16") from None
    _refuse_binary(raw, path)
    try:
        return raw.decode("utf-8-sig"), "utf-8-sig", []
    except UnicodeDecodeError:
        pass
    body = raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw
    lines: list[str] = []
    as_cp1252: list[int] = []
    utf8_seen = False
    for n, line in enumerate(body.replace(b"\r\n", b"\n").replace(b"\r", b"\n").split(b"\n"), 1):
        try:
            lines.append(line.decode("utf-8"))
            utf8_seen = utf8_seen or not line.isascii()
        except UnicodeDecodeError:
            try:
                lines.append(line.decode("cp1252"))
            except UnicodeDecodeError as exc:
                byte = line[exc.start : exc.start + 1].hex()
                message = f"byte 0x{byte} at column {exc.start + 1} is neither UTF-8 nor Windows-1252 text"
                raise PackError(path, n, message) from None
            as_cp1252.append(n)
    if not utf8_seen:
        return "\n".join(lines), "cp1252", []
    which = f"lines {number_ranges(as_cp1252)} are" if len(as_cp1252) > 1 else f"line {as_cp1252[0]} is"
    note = f"{which} not UTF-8 like the rest of the file: read as Windows-1252"
    return "\n".join(lines), "utf-8 and cp1252", [note]


# OCR reads a capital I as a small l: no English word starts "ln", "lt", "lm", "lv", "lf" or "l" and a capital
# ("lntegrated", "Agenda ltem", "lCB", "lvelstone"), so such a word's l is an I ("ltd" stays).
_OCR_SMALL_L_RE = re.compile(r"(?<![\w'\-])l(?=[A-Z]|(?:[nmvf]|t(?!d\b))[a-z])")


def _box_drawing_as_ascii() -> dict[int, str]:
    """Unicode box drawing (tabulate's fancy_grid, rich's tables, a terminal's rules) as the ASCII a grid table
    prints: a line across is "-" ("=" when double), a line down "|", every corner and junction "+"."""
    out = {}
    for code in range(0x2500, 0x2580):
        name = unicodedata.name(chr(code))
        if " AND " in name:
            out[code] = "+"
        elif name.endswith("DOUBLE HORIZONTAL"):
            out[code] = "="
        elif "HORIZONTAL" in name or name.endswith(("LEFT", "RIGHT")):
            out[code] = "-"
        elif "VERTICAL" in name or name.endswith(("UP", "DOWN")):
            out[code] = "|"
        else:
            out[code] = "+"  # arcs: rounded corners
    return out


_BOX_DRAWING = _box_drawing_as_ascii()
_BOX_CHAR_RE = re.compile("[\u2500-\u257f]")
# a heading drawn inside a rule ("───── 2. Delegated budget ─────"), once its rule is ASCII: the words alone
_RULED_HEADING_RE = re.compile(r"^\s*-{3,}\s+(\S.*?)\s+-{3,}\s*$")


# dot leaders between a label and its figure ("Male life expectancy ........ 79.4 years"), as a contents page or a
# key-facts list prints them: a gap between columns
_DOT_LEADER_RE = re.compile(r"\.{4,}|(?:\. ){3,}\.?")


def clean_line(line: str) -> str:
    """Drop converter markup (emphasis, heading marks, simple HTML, footnote markers on values, note and link
    references, dot leaders) and tabs that part no cells; box drawing becomes ASCII rules; an OCR'd small l that
    is a capital I is an I."""
    if "l" in line and _OCR_SMALL_L_RE.search(line):
        line = _OCR_SMALL_L_RE.sub("I", line)
    if "...." in line or ". . . " in line:
        line = _DOT_LEADER_RE.sub(lambda m: " " * len(m.group()), line)
    if not _MARKUP_CHARS_RE.search(line) and not _FOOTNOTE_LETTER_RE.search(line):  # most lines: no markup
        return line.rstrip()
    if _UNDERSCORE_RULE_RE.match(line):  # a rule of underscores (a scan's table rule) is no emphasis
        return line.rstrip()
    if _BOX_CHAR_RE.search(line):
        line = line.translate(_BOX_DRAWING)
        line = _RULED_HEADING_RE.sub(r"\1", line)
    line = _LINK_RE.sub(r"\1", line)
    line = _BREAK_RE.sub(" ", line)
    line = _HTML_RE.sub("", line)
    line = _HEADING_RE.sub("", line)
    line = _EMPHASIS_RE.sub("", line)
    if "\t" in line:
        cells = {cell.strip() for cell in line.split("\t")} - {""}
        if len(cells) == 1 and line.count("\t") > 1 and not line.startswith("\t"):
            line = cells.pop()  # a caption merged across a Word table, its text in every cell: once
        elif len(cells) < 2:
            line = line.replace("\t", "   ")  # an indent, not a tab-separated row (grid_delimited reads those)
    line = line.replace("\u00a0", " ")
    line = _FOOTNOTE_RE.sub(lambda m: " " * len(m.group()), line) if "  " in line else line
    line = _VALUE_MARK_RE.sub(lambda m: " " * len(m.group()), line)
    line = _GLUED_MARK_RE.sub(lambda m: m.group("number") + " ", line)
    return _without_note_marks(line).rstrip() if "[" in line else line.rstrip()


def _without_note_marks(line: str) -> str:
    """The line without note and link references: deleted from running text, blanked (kept as wide) in a
    line laid out in columns, so the columns after it keep their places."""
    line = _NOTE_START_RE.sub(r"\1", line)
    if "  " in line.strip():
        return _NOTE_REF_RE.sub(lambda m: " " * len(m.group()), line)
    return _NOTE_REF_RE.sub("", line)


def read_pack(path: str | Path) -> Pack:
    """Read one pack (text or PDF) from disk; raises PackError with the file (and line) on bad input."""
    p = Path(path)
    raw = read_bytes(p)
    sha = hashlib.sha256(raw).hexdigest()
    if not raw.strip():
        raise PackError(p, None, "the file is empty")
    if is_pdf(raw, named_pdf=p.suffix.lower() == ".pdf"):
        found = pdf_text(raw, p)
        cleaned = tuple(clean_line(x) for x in found.lines)
        return Pack(p, cleaned, "pdf", sha, frozenset(), tuple(found.notes))
    if p.suffix.lower() == ".pdf":
        raise PackError(p, None, "the file is named .pdf but is not a PDF (it has no %PDF- header)")
    text, encoding, notes = decode(raw, p)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    headings = frozenset(i for i, x in enumerate(lines, 1) if _HEADING_RE.match(x))
    cleaned = tuple(clean_line(x) for x in lines)
    return Pack(p, cleaned, encoding, sha, headings, tuple(notes))


@dataclass(frozen=True)
class Found:
    """The pack files to read, and one line for each file passed over saying which and why."""

    paths: list[Path]
    skipped: list[str] = field(default_factory=list)
    sha256: dict[Path, str] = field(default_factory=dict)
    """Each path's content hash, where `distinct` computed it."""


def scan_packs(paths: Sequence[str | Path] | None, default: Path) -> Found:
    """The pack files named, with directories expanded to the .txt and .pdf files inside.

    A file named is read only if it resolves to a regular file: anything else is a PackError.  In a
    directory, a link that leads out of it and anything not a regular file are skipped (and listed).
    Every file is checked against the size limit here, before anything reads it.
    """
    found: list[Path] = []
    skipped: list[str] = []
    for item in paths or [default]:
        p = Path(item)
        if not p.is_dir():
            found.append(p)
            continue
        taken, passed = _scan_folder(p)
        if not taken and passed:
            raise PackError(p, None, f"this directory holds no pack that can be read: {passed[0]}")
        if not taken:
            raise PackError(p, None, "this directory holds no .txt packs and no .pdf packs")
        found += taken
        skipped += passed
    for path in found:
        check_size(path)
    return Found(found, skipped)


def _scan_folder(folder: Path) -> tuple[list[Path], list[str]]:
    """A folder's pack files that are regular files inside it, and a line for each other pack-named entry."""
    root = folder.resolve()
    taken: list[Path] = []
    skipped: list[str] = []
    for entry in sorted(folder.iterdir()):
        if entry.suffix.lower() not in PACK_SUFFIXES:
            continue
        if entry.is_symlink():
            target = entry.resolve()
            if not target.is_relative_to(root):
                skipped.append(f"{entry}: a link to {target}, outside the folder; not read")
                continue
        try:
            mode = os.stat(entry).st_mode
            _refuse_unless_regular(entry, mode)
        except OSError as exc:
            skipped.append(str(_os_error(entry, exc)))
            continue
        except PackError as exc:
            skipped.append(str(exc))
            continue
        taken.append(entry)
    return taken, skipped


def find_packs(paths: Sequence[str | Path] | None, default: Path) -> list[Path]:
    """The pack files `scan_packs` finds; the files it passes over are logged as warnings."""
    found = scan_packs(paths, default)
    for line in found.skipped:
        _log.warning("skipped %s", line)
    return found.paths


def distinct(found: Found) -> Found:
    """The first file of each content (SHA-256 of its bytes), the later ones skipped with a note naming both.

    The same pack under two names would otherwise give every row twice.
    """
    first: dict[str, Path] = {}
    paths: list[Path] = []
    skipped = list(found.skipped)
    for path in found.paths:
        digest = file_sha256(path)
        if digest in first:
            skipped.append(f"{path}: the same content as {first[digest]}; read once")
            continue
        first[digest] = path
        paths.append(path)
    return Found(paths, skipped, {p: d for d, p in first.items()})


_STEPS: dict[int, tuple[tuple[str, ...], list[int]]] = {}


def line_steps(lines: tuple[str, ...]) -> list[int]:
    """Each line's position (1-based index) counting a run of blank lines as one line.

    Windows measured in these steps ("within 40 lines of the caption") hold the same text when a
    converter prints two blank lines where another prints one.
    """
    hit = _STEPS.get(id(lines))
    if hit is not None and hit[0] is lines:
        return hit[1]
    steps = [0] * (len(lines) + 2)
    pos, prev_blank = 0, False
    for n, text in enumerate(lines, 1):
        blank = not text.strip()
        pos += 0 if blank and prev_blank else 1
        steps[n], prev_blank = pos, blank
    steps[-1] = pos + 1
    if len(_STEPS) > 16:
        _STEPS.clear()
    _STEPS[id(lines)] = (lines, steps)
    return steps


def step_back(lines: tuple[str, ...], line: int, count: int) -> int:
    """The first line at most `count` steps (see `line_steps`) above `line`."""
    steps = line_steps(lines)
    return max(1, bisect_left(steps, steps[line] - count, 1, line + 1))


def step_forward(lines: tuple[str, ...], line: int, count: int) -> int:
    """The last line at most `count` steps (see `line_steps`) below `line`."""
    steps = line_steps(lines)
    return min(len(lines), bisect_right(steps, steps[line] + count, line, len(lines) + 1) - 1)
