"""Generated-PDF table cases with known truth, as the tables round suites draw and check them.

A case draws one table (ruled as a word processor prints it, or set in whitespace columns) and states its
header, rows and the action-plan fields an annotator would record; the checks say what differs.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from agendaparse import tables
from agendaparse.evaluate import norm_text
from agendaparse.pdf import read_document

STYLES = getSampleStyleSheet()
FILLER = "The committee received the report and noted the progress made since the last meeting. " * 6


@dataclass
class Case:
    name: str
    draw: Any  # () -> bytes
    header: list[str]
    rows: list[list[str]]
    plan: list[dict[str, Any]] = field(default_factory=list)  # expected action-plan fields, row by row
    kind: str = "dates"  # the class of case, for the report


def ruled_pdf(header: list[str], rows: list[list[str]], widths: list[float], *, title: str | None = None,
              spans: list[int] = (), size=A4, font: float = 8.0, repeat: bool = True, split: bool = False,
              lead: int = 0) -> bytes:  # fmt: skip
    """A ruled table as a word processor prints it; rows listed in ``spans`` span every column;
    ``lead`` paragraphs of text come before it (to push it over a page); ``split`` lets a row
    run over the page break; ``repeat`` repeats the header on each page."""
    style = STYLES["BodyText"].clone("cell", fontSize=font, leading=font + 2)
    bold = style.clone("head", fontName="Helvetica-Bold")
    data = [[Paragraph(cell.replace("\n", "<br/>"), bold) for cell in header]]
    data += [[Paragraph(cell, style) for cell in row] for row in rows]
    commands = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    commands += [("SPAN", (0, index + 1), (-1, index + 1)) for index in spans]
    table = Table(data, colWidths=widths, repeatRows=1 if repeat else 0, splitInRow=1 if split else 0)
    table.setStyle(TableStyle(commands))
    story = [Paragraph(FILLER, STYLES["BodyText"]) for _ in range(lead)]
    story += ([Paragraph(title, STYLES["Heading2"]), Spacer(1, 6)] if title else []) + [table]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=size, leftMargin=36, rightMargin=36, topMargin=40, bottomMargin=40).build(story)
    return buffer.getvalue()


def unruled_pdf(header: list[str], rows: list[list[list[str]]], lefts: list[float], *, title: str | None = None,
                header_rule: bool = True, row_rules: bool = False, under: list[str] | None = None,
                size=A4) -> bytes:  # fmt: skip
    """A log set in whitespace columns (a row's cells may run to several lines), its header in bold, no
    column rules: ``header_rule`` rules under the header (without it the header is told by its bold face
    alone), ``row_rules`` between rows; ``under`` is a header's second line ('Responsible' / 'officer')."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=size)
    width = size[0]
    y = size[1] - 60
    if title:
        page.setFont("Helvetica-Bold", 12)
        page.drawString(lefts[0], y, title)
        y -= 24
    page.setFont("Helvetica-Bold", 9)
    for x, cell in zip(lefts, header, strict=True):
        page.drawString(x, y, cell)
    if under:
        y -= 11
        for x, cell in zip(lefts, under, strict=True):
            page.drawString(x, y, cell)
    if header_rule:
        page.line(lefts[0], y - 4, width - 40, y - 4)
    y -= 16
    page.setFont("Helvetica", 9)
    for row in rows:
        height = max(len(lines) for lines in row)
        for x, lines in zip(lefts, row, strict=True):
            for offset, text in enumerate(lines):
                page.drawString(x, y - 11 * offset, text)
        y -= 11 * height + 6
        if row_rules:
            page.line(lefts[0], y + 8, width - 40, y + 8)
    page.showPage()
    page.save()
    return buffer.getvalue()


def joined(rows: list[list[list[str]]]) -> list[list[str]]:
    """Rows of cell lines as an annotator records them: each cell's lines joined with a space."""
    return [[" ".join(lines) for lines in row] for row in rows]


def found_tables(pdf: bytes, tmp_path) -> list:
    path = tmp_path / "case.pdf"
    path.write_bytes(pdf)
    read = read_document(path, ocr="never")
    return tables.find_tables(read.data or path, read.pages, "test")


def norm_rows(rows: list[list[str]]) -> list[list[str]]:
    return [[norm_text(cell) for cell in row] for row in rows]


def table_problems(case: Case, found: list) -> list[str]:
    """What differs between the tables found and the case's one table (empty when none)."""
    if len(found) != 1:
        return [f"{len(found)} tables found: " + "; ".join(str(table.header) for table in found)]
    table = found[0]
    problems = []
    if [norm_text(cell) for cell in table.header] != [norm_text(cell) for cell in case.header]:
        problems.append(f"header {table.header}")
    if norm_rows(table.rows) != norm_rows(case.rows):
        problems.append(f"rows {table.rows}")
    return problems


def plan_problems(case: Case, found: list, meeting: dt.date) -> list[str]:
    """What differs between the action-plan rows read from the tables found and the case's (empty when none)."""
    rows = tables.action_plan_rows(found, "test", meeting)
    if len(rows) != len(case.plan):
        return [f"{len(rows)} action-plan rows, not {len(case.plan)}"]
    problems = []
    for index, (row, expected) in enumerate(zip(rows, case.plan, strict=True)):
        for name, value in expected.items():
            got = getattr(row, name)
            if isinstance(got, dt.date):
                got = got.isoformat()
            if (norm_text(got) if isinstance(got, str) else got) != (
                norm_text(value) if isinstance(value, str) else value
            ):
                problems.append(f"row {index} {name}: {got!r} != {value!r}")
    return problems


def wrap_words(text: str, width: float, font: str, size: float) -> list[str]:
    """The lines a word processor breaks a cell's text into at this width (greedy, whole words)."""
    lines: list[str] = []
    for word in text.split():
        if lines and stringWidth(f"{lines[-1]} {word}", font, size) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]
