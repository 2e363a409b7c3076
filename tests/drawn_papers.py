"""Papers drawn as A4 pages from blocks of headings, paragraphs and table rows, for the organisations rounds
(tests/test_nlp_round87.py, _round90.py): each read end to end by the real extraction."""

from __future__ import annotations

import io
import textwrap

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

# A paper: its blocks, each ("h", heading) or ("p", paragraph) or ("t", [row cells]) for a table row, or ("b", "")
# for a page break.
Block = tuple[str, object]


def draw_paper(blocks: list[Block]) -> tuple[bytes, int]:
    """The paper as a PDF of A4 pages, and its number of pages."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    y = 800.0
    page = 1

    def room(needed: float) -> None:
        nonlocal y, page
        if y - needed < 60:
            pdf.setFont("Helvetica", 8)
            pdf.drawCentredString(297, 30, f"Page {page}")
            pdf.showPage()
            page += 1
            y = 800.0

    for kind, content in blocks:
        if kind == "b":  # a new page: the paper's next part starts on its own page, as its appendix does
            room(1000)
        elif kind == "h":
            room(30)
            y -= 22
            pdf.setFont("Helvetica-Bold", 12)
            pdf.drawString(56, y, str(content))
        elif kind == "p":
            lines = textwrap.wrap(str(content), 84)
            room(17 * len(lines) + 10)
            y -= 10
            pdf.setFont("Helvetica", 11)
            for line in lines:
                y -= 17
                pdf.drawString(56, y, line)
        else:
            cells = list(content)  # type: ignore[call-overload]
            room(18)
            y -= 16
            pdf.setFont("Helvetica", 9)
            for x, cell in zip((56, 236, 470), cells, strict=False):
                pdf.drawString(x, y, cell)
    pdf.setFont("Helvetica", 8)
    pdf.drawCentredString(297, 30, f"Page {page}")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue(), page
