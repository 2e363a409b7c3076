"""Action plans printed as blocks, drawn with known truth, as the plan-block round suites draw and check them.

``blocks_pdf`` draws lines down a page (headings, bold heads, text, label | value pairs), ``boxes_pdf`` one
ruled label | value box per commitment; ``block_rows`` reads them with :mod:`agendaparse.plan_blocks` and
``block_problems`` says how the rows differ from a case's expected action-plan fields.
"""

from __future__ import annotations

import datetime as dt
import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from agendaparse import plan_blocks, tables
from agendaparse.evaluate import norm_text
from agendaparse.pdf import read_document
from table_cases import STYLES, Case, found_tables

MEETING = dt.date(2024, 10, 10)


def blocks_pdf(lines: list[tuple[str, str]], *, left: float = 56) -> bytes:
    """Lines drawn down the page (and on over pages): each as (style, text) where style is 'h'
    (bold heading, a gap above), 'b' (bold), 't' (text), 'i' (text indented), or 'kv' (a label, a
    column gap, a value: 'Lead department|Department of Finance'), with no rules."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    y = A4[1] - 60
    for style, text in lines:
        if y < 70:
            page.showPage()
            y = A4[1] - 60
        if style == "h":
            y -= 10
            page.setFont("Helvetica-Bold", 12)
            page.drawString(left, y, text)
        elif style == "b":
            page.setFont("Helvetica-Bold", 10)
            page.drawString(left, y, text)
        elif style == "kv":
            label, value = text.split("|")
            page.setFont("Helvetica-Bold", 9)
            page.drawString(left, y, label)
            page.setFont("Helvetica", 9)
            page.drawString(left + 150, y, value)
        else:
            page.setFont("Helvetica", 9)
            page.drawString(left + (18 if style == "i" else 0), y, text)
        y -= 14
    page.showPage()
    page.save()
    return buffer.getvalue()


def boxes_pdf(boxes: list[list[tuple[str, str]]], *, title: str | None = None, heading: str | None = None) -> bytes:
    """One ruled two-column label | value box per commitment, as a word processor prints the OGP template."""
    cell = STYLES["BodyText"].clone("kv", fontSize=8.5, leading=10.5)
    bold = cell.clone("kvb", fontName="Helvetica-Bold")
    story = [Paragraph(title, STYLES["Heading1"])] if title else []
    story += [Paragraph(heading, STYLES["Heading2"])] if heading else []
    for box in boxes:
        data = [[Paragraph(label, bold), Paragraph(value, cell)] for label, value in box]
        table = Table(data, colWidths=[150, 360])
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story += [table, Spacer(1, 14)]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, leftMargin=36, rightMargin=36, topMargin=40, bottomMargin=40).build(story)
    return buffer.getvalue()


def block_rows(pdf: bytes, tmp_path, doc_type: str | None = "report", meeting: dt.date = MEETING) -> list:
    path = tmp_path / "case.pdf"
    path.write_bytes(pdf)
    read = read_document(path, ocr="never")
    found = found_tables(pdf, tmp_path)
    return plan_blocks.plan_block_rows(read.pages, "test", meeting, found, doc_type)


def block_problems(case: Case, rows: list) -> list[str]:
    """What differs between the block rows read and the case's expected rows (empty when none)."""
    if len(rows) != len(case.plan):
        return [f"{len(rows)} block rows, not {len(case.plan)}: " + "; ".join(str(row.action) for row in rows)]
    problems = []
    for index, (row, expected) in enumerate(zip(rows, case.plan, strict=True)):
        for name, value in expected.items():
            got = getattr(row, name)
            got = got.isoformat() if isinstance(got, dt.date) else got
            if (norm_text(got) if isinstance(got, str) else got) != (
                norm_text(value) if isinstance(value, str) else value
            ):
                problems.append(f"row {index} {name}: {got!r} != {value!r}")
    return problems


def extracted_plan_rows(pdf: bytes, tmp_path, meeting: dt.date, doc_type: str | None = "action_plan") -> list:
    """The action-plan rows extract.py reads, in its order: the tables found (milestones tables under commitment
    blocks marked for plan_blocks), the rows of those tables, then the rows of blocks."""
    path = tmp_path / "case.pdf"
    path.write_bytes(pdf)
    read = read_document(path, ocr="never")
    found = tables.find_tables(read.data or path, read.pages, "test")
    plan_blocks.mark_commitment_milestones(read.pages, found)
    rows = tables.action_plan_rows(found, "test", meeting)
    return rows + plan_blocks.plan_block_rows(read.pages, "test", meeting, found, doc_type)
