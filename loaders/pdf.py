"""The text layer of a PDF pack, laid out as the text packs are.

pypdf (pure Python) reads each page in its "layout" mode, which places words by
their position on the page: table columns stay apart and paragraphs keep the
blank lines between them, so the rest of the engine reads a PDF exactly as it
reads a text pack.  Text set at an angle is kept (not dropped, as layout mode
does by default), so no printed number is lost.  A PDF that cannot give text
(no text layer, encrypted, damaged) raises one PackError naming the file.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from loaders.errors import PackError

if TYPE_CHECKING:
    from pypdf import PageObject

PDF_MAGIC = b"%PDF-"


@dataclass(frozen=True)
class PdfText:
    """The lines of a PDF's text layer, page after page, and notes on pages that gave no text."""

    lines: list[str]
    pages: int
    notes: list[str]


def is_pdf(raw: bytes, *, named_pdf: bool = False) -> bool:
    """PDF files start with "%PDF-"; a file named .pdf may have a little junk first, which readers accept."""
    head = raw[:1024]
    return head.lstrip().startswith(PDF_MAGIC) or (named_pdf and PDF_MAGIC in head)


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf logs repairs of slightly broken files as warnings; the user needs only our one line."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _page_text(page: PageObject) -> str:
    """One page in layout mode, rotated text included; plain mode where layout mode fails on a page."""
    try:
        return page.extract_text(extraction_mode="layout", layout_mode_strip_rotated=False)
    except Exception:  # noqa: BLE001 - layout mode is a heuristic; the plain text is still the page's text
        return page.extract_text()


LITTLE_TEXT = 40
"""A page with images and fewer characters of text than this is taken for a picture (a scan, a chart)."""


def _mostly_picture(page: PageObject, text: str) -> bool:
    if len("".join(text.split())) >= LITTLE_TEXT:
        return False
    try:
        return len(page.images) > 0
    except Exception:  # noqa: BLE001 - an image pypdf cannot list is still an image
        return True


def pdf_text(raw: bytes, path: Path) -> PdfText:
    """A PDF's text lines; PackError when it has no text layer, is encrypted or cannot be parsed."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError, PyPdfError

    with _quiet_pypdf():
        try:
            reader = PdfReader(BytesIO(raw))
            if reader.is_encrypted and not reader.decrypt(""):
                raise PackError(path, None, "the PDF is encrypted (password protected): save an unprotected copy")
            pages = list(reader.pages)
        except PackError:
            raise
        except (FileNotDecryptedError, DependencyError) as exc:
            raise PackError(path, None, f"the PDF is encrypted and cannot be opened ({exc})") from None
        except (PdfReadError, PyPdfError) as exc:
            raise PackError(path, None, f"the PDF is damaged and cannot be read ({exc})") from None
        except Exception as exc:  # noqa: BLE001 - a damaged file can trip any part of a parser
            message = f"the PDF is damaged and cannot be read ({type(exc).__name__}: {exc})"
            raise PackError(path, None, message) from None
        if not pages:
            raise PackError(path, None, "the PDF has no pages")
        lines: list[str] = []
        pictures: list[int] = []
        for number, page in enumerate(pages, 1):
            try:
                text = _page_text(page)
            except Exception as exc:  # noqa: BLE001 - one broken page is reported, not a crash
                raise PackError(path, None, f"page {number} of the PDF cannot be read ({type(exc).__name__})") from None
            page_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
            while page_lines and not page_lines[-1].strip():
                page_lines.pop()
            if _mostly_picture(page, text):
                pictures.append(number)
            lines.extend(page_lines)
    if not any(line.strip() for line in lines):
        raise PackError(path, None, f"no text layer: {_pages(len(pages))} no text (scanned?); run OCR first")
    notes = []
    if pictures:
        from loaders.reading import number_ranges

        notes.append(
            f"PDF {'pages' if len(pictures) > 1 else 'page'} {number_ranges(pictures)} of {len(pages)}"
            f" {'hold' if len(pictures) > 1 else 'holds'} only images (scanned? charts?):"
            " numbers printed in images are not read; run OCR on them"
        )
    return PdfText(lines, len(pages), notes)


def _pages(n: int) -> str:
    return "the PDF's one page has" if n == 1 else f"the PDF's {n} pages have"
