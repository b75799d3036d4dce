"""Small PDFs made at test time with fpdf2: text set line by line, or a page that is only a picture.

Text goes in a monospace core font (Courier, Windows-1252), one pack line per
printed line, with the line step equal to the font size so that a blank line in
the text is a blank line's height on the page.  The page is as wide as the
longest line, so no line wraps.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from fpdf import FPDF

PT_MM = 25.4 / 72


def text_pdf(lines: Sequence[str], out: Path, *, size: float = 8, lines_per_page: int | None = None) -> Path:
    """Write `lines` as a PDF with a text layer; characters outside Windows-1252 print as "?"."""
    step = size * PT_MM
    width = max([len(x) for x in lines] + [40]) * 0.6 * step + 20
    height = 20 + step * lines_per_page if lines_per_page else 297
    pdf = FPDF(unit="mm", format=(width, height))
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_margins(10, 10)
    pdf.set_auto_page_break(True, margin=10)
    pdf.add_page()
    pdf.set_font("Courier", size=size)
    for line in lines:
        printable = line.rstrip().encode("cp1252", "replace").decode("cp1252")
        pdf.cell(0, step, printable, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(out))
    return out


def picture_pdf(out: Path, caption_lines: Sequence[str] = (), pages: int = 1) -> Path:
    """A PDF whose pages are only a picture of printed text (what a scanner gives), no text layer."""
    from PIL import Image, ImageDraw

    picture = Image.new("RGB", (800, 300), "white")
    draw = ImageDraw.Draw(picture)
    for k, line in enumerate(caption_lines or ["Total budget 1,234,567", "Blaby 5,700 (12%) 1.3 78.1"]):
        draw.text((20, 20 + 30 * k), line, fill="black")
    pdf = FPDF()
    for _ in range(pages):
        pdf.add_page()
        pdf.image(picture, x=10, y=10, w=190)
    pdf.output(str(out))
    return out
