"""Scanned-table cases shared by the round 19 and round 20 table suites.

A case is a table drawn as a council's word processor prints it (``vector_pdf``), rendered to a page image and
degraded as a scanner degrades it (``scanned_pdf``); ``cell_share`` and ``plan_misses`` score what the real path
reads from it. The suites' module docstrings cite the published pages the cases follow.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from agendaparse import tables
from agendaparse.evaluate import norm_text
from agendaparse.pdf import read_document
from table_cases import wrap_words

MIN_CELL_SHARE = 0.85  # of the truth's cells read exactly; the rest are the OCR's own misreadings


@dataclass(frozen=True)
class Look:
    """How the grid is printed and how the scan degrades it."""

    rules: str = "full"  # 'full', 'horizontal' (header rule and row rules only) or 'none'
    grey: float = 0.0  # rule colour, 0 black .. 1 white
    rule_width: float = 0.6
    dash: tuple[float, ...] = ()
    turn: float = 0.0  # degrees, the scan's skew
    blur: float = 0.0
    speckle: int = 0  # dark specks per page
    jpeg: int = 0  # JPEG quality, 0 for none
    wide: bool = False  # a landscape page
    dpi: int = 200


@dataclass
class ScanCase:
    name: str
    kind: str
    header: list[str]
    pages: list[list[list[str]]]  # rows drawn on each page (a row of one cell spans the grid)
    widths: list[float]
    look: Look = field(default_factory=Look)
    title: str = ""
    plan: list[dict[str, Any]] = field(default_factory=list)
    repeat_header: bool = True

    @property
    def rows(self) -> list[list[str]]:
        return [row for page in self.pages for row in page]


# ---------------------------------------------------------------- drawing and scanning


def draw_grid(page: canvas.Canvas, y: float, header: list[str] | None, rows: list[list[str]], case: ScanCase) -> None:
    look = case.look
    size = 10.0
    left = 40.0
    edges = [left]
    for width in case.widths:
        edges.append(edges[-1] + width)
    body = ([(True, header)] if header else []) + [(False, row) for row in rows]
    page.setStrokeGray(look.grey)
    page.setLineWidth(look.rule_width)
    page.setDash(*look.dash) if look.dash else None
    rule_at = []
    for bold, row in body:
        font = "Helvetica-Bold" if bold or len(row) == 1 else "Helvetica"
        spans = [edges[-1] - left] if len(row) == 1 else case.widths
        wrapped = [wrap_words(cell, width - 8, font, size) for cell, width in zip(row, spans, strict=True)]
        height = 13 * max(len(lines) for lines in wrapped) + 8
        page.setFont(font, size)
        for x, lines in zip(edges, wrapped, strict=False):
            for offset, text in enumerate(lines):
                page.drawString(x + 4, y - 13 - 13 * offset, text)
        if look.rules == "full":
            page.line(left, y, edges[-1], y)
            for x in [left, edges[-1]] if len(row) == 1 else edges:
                page.line(x, y, x, y - height)
        rule_at.append(y)
        y -= height
    if look.rules == "full":
        page.line(left, y, edges[-1], y)
    elif look.rules == "horizontal":
        for top in [*rule_at[1:], y]:
            page.line(left, top - (2 if top == rule_at[1] else 0), edges[-1], top)


def vector_pdf(case: ScanCase) -> bytes:
    buffer = io.BytesIO()
    size = landscape(A4) if case.look.wide else A4
    page = canvas.Canvas(buffer, pagesize=size)
    for number, rows in enumerate(case.pages):
        y = size[1] - 60
        if number == 0 and case.title:
            page.setFont("Helvetica-Bold", 13)
            page.drawString(40, y, case.title)
            y -= 30
        header = case.header if number == 0 or case.repeat_header else None
        draw_grid(page, y, header, rows, case)
        page.showPage()
    page.save()
    return buffer.getvalue()


def degrade(image: Image.Image, look: Look, seed: int) -> Image.Image:
    image = image.convert("L")
    if look.turn:
        image = image.rotate(look.turn, resample=Image.BICUBIC, expand=False, fillcolor=255)
    if look.blur:
        image = image.filter(ImageFilter.GaussianBlur(look.blur))
    if look.speckle:
        chance = random.Random(seed)
        pixels = image.load()
        for _ in range(look.speckle):
            x, y = chance.randrange(image.width - 2), chance.randrange(image.height - 2)
            for dx in (0, 1):
                for dy in (0, 1):
                    pixels[x + dx, y + dy] = 40
    if look.jpeg:
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=look.jpeg)
        image = Image.open(io.BytesIO(buffer.getvalue())).convert("L")
    return image


def scanned_pdf(case: ScanCase) -> bytes:
    """The case printed, rendered at the scan's resolution, degraded, and saved as image-only pages."""
    document = pdfium.PdfDocument(vector_pdf(case))
    images = [
        degrade(document[index].render(scale=case.look.dpi / 72).to_pil(), case.look, index)
        for index in range(len(document))
    ]
    document.close()
    buffer = io.BytesIO()
    images[0].save(buffer, "PDF", resolution=float(case.look.dpi), save_all=True, append_images=images[1:])
    return buffer.getvalue()


def folded(row: list[str]) -> list[str]:
    cells = [norm_text(cell) for cell in row]
    while len(cells) > 1 and not cells[-1]:
        cells.pop()
    return cells


def cell_share(table, case: ScanCase) -> float:
    """Share of the truth's cells (header and rows, row by row) read exactly."""
    truth = [folded(case.header), *(folded(row) for row in case.rows)]
    got = [folded(table.header), *(folded(row) for row in table.rows)]
    total = sum(len(row) for row in truth)
    hits = sum(sum(a == b for a, b in zip(want, have, strict=False)) for want, have in zip(truth, got, strict=False))
    return hits / total


def plan_misses(found: list, plan: list[dict[str, Any]], meeting: dt.date) -> list[str]:
    """The action-plan fields read wrong from the tables found."""
    rows = tables.action_plan_rows(found, "test", meeting)
    if len(rows) != len(plan):
        return [f"{len(rows)} action-plan rows, not {len(plan)}"]
    misses = []
    for index, (row, expected) in enumerate(zip(rows, plan, strict=True)):
        for name, value in expected.items():
            got = getattr(row, name)
            got = got.isoformat() if isinstance(got, dt.date) else got
            if norm_text(str(got)) != norm_text(str(value)):
                misses.append(f"row {index} {name}: {got!r} != {value!r}")
    return misses if len(misses) > len(plan) // 4 else []  # a few OCR misreadings are misses, not failures


def read_scan(pdf: bytes) -> tuple[list, list[str]]:
    """Tables found in a scanned PDF read through the real path (OCR, then find_tables), and the method each
    page was read by."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "scan.pdf"
        path.write_bytes(pdf)
        read = read_document(path, ocr="auto")
        found = tables.find_tables(read.data or path, read.pages, "test")
    return found, [page.method for page in read.pages]


# ---------------------------------------------------------------- whole scanned documents (round 31)


@dataclass(frozen=True)
class PaperLook:
    """What a typed document's scan adds to :class:`Look`: grey (faded) text, the shadow of a punched hole
    in the left margin, and pages fed into the scanner upside down."""

    look: Look = field(default_factory=Look)
    ink: int = 0  # 0 black text .. 255 white: a faded ribbon or toner lifts the text to grey
    punch: bool = False
    upside_down: frozenset[int] = frozenset()  # 0-based pages scanned turned 180 degrees


def _faded(image: Image.Image, ink: int) -> Image.Image:
    return image.point(lambda value: ink + value * (255 - ink) // 255) if ink else image


def _punched(image: Image.Image) -> Image.Image:
    """Two dark discs in the left margin, where the filing punch's holes read as shadows on the glass."""
    from PIL import ImageDraw

    radius = image.width // 45
    draw = ImageDraw.Draw(image)
    for share in (0.38, 0.62):
        x, y = image.width // 30, int(image.height * share)
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=70)
    return image


def scanned_document(pdf: bytes, paper: PaperLook) -> bytes:
    """A typed PDF printed, rendered at the scan's resolution, degraded, and saved as image-only pages."""
    document = pdfium.PdfDocument(pdf)
    images = []
    for index in range(len(document)):
        image = document[index].render(scale=paper.look.dpi / 72).to_pil().convert("L")
        image = _faded(image, paper.ink)
        image = _punched(image) if paper.punch else image
        image = degrade(image, paper.look, index)
        images.append(image.rotate(180) if index in paper.upside_down else image)
    document.close()
    buffer = io.BytesIO()
    images[0].save(buffer, "PDF", resolution=float(paper.look.dpi), save_all=True, append_images=images[1:])
    return buffer.getvalue()
