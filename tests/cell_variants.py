"""A seeded generator of data tables (performance, budget, quarterly, risk and schedule tables) with known cells.

Each seed draws, independently, as council reports print them: the kind of table and so its columns (an indicator
with its target, actual, previous value and RAG rating; a service's budget, forecast and variance in £000s; a
measure by quarter; a risk register's scores, owner and mitigation; a schedule of dates), the header (one row, or a
group's name over two sub-columns: '2023/24' over 'Target | Actual'), the ruling (a full grid, rules between rows
only, none, shaded alternate rows without rules, a frame only), how figures are aligned, blank cells ('-', 'n/a',
nothing), a totals row, a caption above and a note below, the table among a report's paragraphs, the page's
orientation, the type size, and a table long enough to run over pages with its header repeated or not.

Truth follows corpus/gold/README.md (``tables``): one table over all its pages, header rows joined into one with a
space (a period's name over each of its sub-columns: :func:`_truth_header`), wrapped cell lines joined with a space,
cells as printed. :func:`generate` builds the PDF with reportlab; :func:`extract_tables` runs the real table
stage on it; :func:`score` is the evaluator's (:func:`agendaparse.evaluate.score_tables`: tables paired by header,
cell accuracy over every gold cell).

Run as a script for the summary over many seeds: ``python tests/cell_variants.py 200 [-v] [--rows=2] [--from=60]
[--scanned]`` (``--rows`` gives every table that many rows: a short table; ``--from`` the first seed; ``--scanned``:
each PDF printed, scanned at 200 dpi in grey and read by Tesseract, as ``agendaparse eval`` reads a scan).
"""

from __future__ import annotations

import io
import random
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from drawn_pdfs import pdf_file

INDICATORS = [
    "Percentage of household waste sent for reuse, recycling and composting",
    "Number of affordable homes delivered",
    "Average days to process new housing benefit claims",
    "Percentage of major planning applications determined in time",
    "Council tax collection rate",
    "Number of fly-tipping incidents reported",
    "Staff sickness absence (days per FTE)",
    "Percentage of invoices paid within 30 days",
    "Visits to leisure centres",
    "Complaints responded to within 10 working days",
    "Rough sleepers counted on a single night",
    "Library issues per 1,000 population",
]
SERVICES = [
    "Adult Social Care", "Children's Services", "Highways and Transport", "Waste and Recycling", "Housing",
    "Planning and Regulation", "Leisure and Culture", "Corporate Services", "Public Health", "Libraries",
]  # fmt: skip
RISKS = [
    "Failure to deliver the savings in the medium-term financial plan",
    "Loss of key staff in specialist services",
    "Cyber attack disrupting council systems",
    "Increase in demand for temporary accommodation",
    "Delay to the local plan examination",
    "Contractor insolvency on a major capital scheme",
]
OWNERS = ["Chief Executive", "Director of Finance", "Head of Housing", "S. Patel", "J. Okafor", "Head of IT"]
EVENTS = [
    "Budget consultation closes",
    "Cabinet",
    "Full Council",
    "Audit Committee",
    "Scrutiny workshop",
    "Publication",
]
RAG = ["Green", "Amber", "Red"]
BLANKS = ["-", "n/a", ""]


@dataclass
class Variant:
    seed: int
    kind: str  # kpi | budget | quarters | risks | schedule
    rules: str  # grid | hrules | none | zebra | frame
    orientation: str
    size: int
    grouped: bool  # a group's name over two sub-columns
    right_figures: bool
    totals: bool
    caption: bool
    note: bool
    in_report: bool
    n_rows: int
    repeat_header: bool
    header: list[str] = field(default_factory=list)  # the truth's header
    rows: list[list[str]] = field(default_factory=list)
    pages: tuple[int, int] = (1, 1)


def draw(seed: int) -> Variant:
    rng = random.Random(seed)
    kind = rng.choice(["kpi", "kpi", "budget", "quarters", "risks", "schedule"])
    return Variant(
        seed=seed,
        kind=kind,
        rules=rng.choice(["grid", "grid", "hrules", "none", "zebra", "frame"]),
        orientation=rng.choice(["portrait", "portrait", "landscape"]),
        size=rng.choice([8, 9, 10]),
        grouped=kind in ("kpi", "quarters") and rng.random() < 0.35,
        right_figures=rng.random() < 0.6,
        totals=kind == "budget" and rng.random() < 0.7,
        caption=rng.random() < 0.6,
        note=rng.random() < 0.4,
        in_report=rng.random() < 0.4,
        n_rows=rng.choice([4, 6, 8, 12, 20, 35]),
        repeat_header=rng.random() < 0.6,
    )


def _figure(rng: random.Random, style: str) -> str:
    value = rng.uniform(0, 100)
    if rng.random() < 0.08:
        return rng.choice(BLANKS)
    if style == "percent":
        return f"{value:.1f}%"
    if style == "count":
        return f"{rng.randint(0, 25000):,}"
    if style == "money":
        amount = rng.randint(-900, 60000)
        return f"({-amount:,})" if amount < 0 and rng.random() < 0.5 else f"{amount:,}"
    return f"{value:.1f}"


def _columns(variant: Variant) -> tuple[list[str], list[str] | None]:
    """The columns' names, and the group names over them (None: a header of one row)."""
    if variant.kind == "kpi":
        names = ["Indicator", "Target", "Actual", "Previous year", "RAG"]
        groups = ["", "2023/24", "2023/24", "", ""] if variant.grouped else None
        return names, groups
    if variant.kind == "budget":
        return ["Service", "Budget £000", "Forecast £000", "Variance £000", "Variance %"], None
    if variant.kind == "quarters":
        names = ["Measure", "Q1", "Q2", "Q3", "Q4", "Year end"]
        groups = ["", "2024/25", "2024/25", "2024/25", "2024/25", ""] if variant.grouped else None
        return names, groups
    if variant.kind == "risks":
        return ["Ref", "Risk", "Likelihood", "Impact", "Score", "Owner"], None
    return ["Date", "Event", "Lead"], None


def _row(variant: Variant, rng: random.Random, index: int) -> list[str]:
    if variant.kind == "kpi":
        style = rng.choice(["percent", "count", "number"])
        return [rng.choice(INDICATORS), _figure(rng, style), _figure(rng, style), _figure(rng, style), rng.choice(RAG)]
    if variant.kind == "budget":
        return [
            rng.choice(SERVICES), _figure(rng, "money"), _figure(rng, "money"), _figure(rng, "money"),
            _figure(rng, "percent"),
        ]  # fmt: skip
    if variant.kind == "quarters":
        style = rng.choice(["percent", "count"])
        return [rng.choice(INDICATORS)] + [_figure(rng, style) for _ in range(5)]
    if variant.kind == "risks":
        likelihood, impact = rng.randint(1, 5), rng.randint(1, 5)
        return [f"R{index + 1:02d}", rng.choice(RISKS), str(likelihood), str(impact), str(likelihood * impact),
                rng.choice(OWNERS)]  # fmt: skip
    day = 1 + index * 9 % 28
    month = ["January", "February", "March", "April", "May", "June"][index % 6]
    return [f"{day} {month} 2025", rng.choice(EVENTS), rng.choice(OWNERS)]


def _truth_header(names: list[str], groups: list[str] | None) -> list[str]:
    """Header rows joined, a group's name over each of its sub-columns ('2023/24 Target', '2023/24 Actual'): a
    year's figures are named by their year. (corpus/gold/README.md stop 21 joins a spanning name to the first
    sub-column only for tick columns, 'Agreed?' over 'Yes | No'; for figures under a period it is not settled, and
    this is how a reader of the table names the columns.)"""
    if not groups:
        return list(names)
    return [f"{group} {name}" if group else name for name, group in zip(names, groups, strict=True)]


NARRATIVE = (
    "This report sets out the council's performance for the year against the measures agreed by Cabinet. Members "
    "are asked to note the figures and to comment on the areas where performance has fallen below target."
)


def generate(seed: int, n_rows: int | None = None) -> tuple[bytes, Variant]:
    """The seed's table as a PDF, with its truth; ``n_rows`` sets how many rows it has (a short table of two)."""
    variant = draw(seed)
    if n_rows is not None:
        variant.n_rows = n_rows
    rng = random.Random(seed * 6151 + 7)
    names, groups = _columns(variant)
    variant.header = _truth_header(names, groups)
    rows = [_row(variant, rng, index) for index in range(variant.n_rows)]
    if variant.totals:
        rows.append(["Total", *(_figure(rng, "money") for _ in range(3)), _figure(rng, "percent")])
    variant.rows = rows
    pagesize = landscape(A4) if variant.orientation == "landscape" else A4
    size = variant.size
    body = ParagraphStyle("cell", fontName="Helvetica", fontSize=size, leading=size * 1.2)
    head = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=size, leading=size * 1.2)
    centred = ParagraphStyle("centred", parent=head, alignment=TA_CENTER)
    text = ParagraphStyle("text", fontName="Helvetica", fontSize=10, leading=13)
    title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=12, leading=15)
    wide = {"Indicator": 3.2, "Measure": 3.2, "Risk": 3.2, "Service": 2.0, "Event": 2.5, "Owner": 1.4, "Lead": 1.4}
    usable = pagesize[0] - 80
    weights = [wide.get(name, 1.0) for name in names]
    widths = [usable * weight / sum(weights) for weight in weights]
    # as a word processor sets it: no word of the header broken (the column widened, the widest ones narrowed)
    least = [stringWidth(max(name.split(), key=len), "Helvetica-Bold", size) + 16 for name in names]
    widths = [max(width, need) for width, need in zip(widths, least, strict=True)]
    widths = [width * usable / sum(widths) for width in widths]
    header_rows: list[list[Any]] = []
    style: list[tuple] = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if groups:
        top: list[Any] = []
        for index, group in enumerate(groups):
            first = group and (index == 0 or groups[index - 1] != group)
            top.append(Paragraph(group, centred) if first else "")  # a spanning name is set centred
            if first:
                last = max(i for i, g in enumerate(groups) if g == group)
                style.append(("SPAN", (index, 0), (last, 0)))
                style.append(("ALIGN", (index, 0), (last, 0), "CENTER"))
        header_rows.append(top)
    header_rows.append([Paragraph(name, head) for name in names])
    n_header = len(header_rows)
    data: list[list[Any]] = [*header_rows]
    for row in rows:
        data.append([Paragraph(cell, body) if index in (0, 1) and len(cell) > 12 else cell for index, cell in
                     enumerate(row)])  # fmt: skip
    style.append(("FONT", (0, n_header), (-1, -1), "Helvetica", size))
    if variant.right_figures:
        style.append(("ALIGN", (1, n_header), (-1, -1), "RIGHT"))
    if variant.totals:
        style.append(("FONT", (0, len(data) - 1), (-1, len(data) - 1), "Helvetica-Bold", size))
    if variant.rules == "grid":
        style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    elif variant.rules == "hrules":
        style.append(("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.black))
    elif variant.rules == "zebra":
        for index in range(n_header, len(data), 2):
            style.append(("BACKGROUND", (0, index), (-1, index), colors.HexColor("#EDEDED")))
        style.append(("BACKGROUND", (0, 0), (-1, n_header - 1), colors.HexColor("#BDD7EE")))
    elif variant.rules == "frame":
        style.append(("BOX", (0, 0), (-1, -1), 0.75, colors.black))
        style.append(("LINEBELOW", (0, n_header - 1), (-1, n_header - 1), 0.75, colors.black))
    table = Table(data, colWidths=widths, repeatRows=n_header if variant.repeat_header else 0, style=TableStyle(style))
    story: list[Any] = [Paragraph("Report to the Resources Committee", title), Spacer(1, 6)]
    if variant.in_report:
        story += [Paragraph(NARRATIVE, text), Spacer(1, 10)]
    if variant.caption:
        story += [Paragraph(f"Table 1: {names[0]}s for the year", title), Spacer(1, 4)]
    story.append(table)
    if variant.note:
        story += [Spacer(1, 6), Paragraph("Source: council records, figures unaudited.", text)]
    if variant.in_report:
        story += [Spacer(1, 10), Paragraph(NARRATIVE, text)]
    buffer = io.BytesIO()
    pages: list[int] = []

    def mark(canvas, doc) -> None:  # the pages the table is drawn on
        pages.append(doc.page)

    doc = SimpleDocTemplate(buffer, pagesize=pagesize, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=40)
    doc.build(story, onFirstPage=mark, onLaterPages=mark)
    variant.pages = (1, _last_table_page(buffer.getvalue(), variant))
    return buffer.getvalue(), variant


def _last_table_page(pdf: bytes, variant: Variant) -> int:
    """The page holding the table's last row (the story's pages after it hold a note or a paragraph only)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        last = variant.rows[-1][0]
        found = [
            index + 1
            for index in range(len(document))
            if last in document[index].get_textpage().get_text_range().replace("\r\n", " ").replace("\n", " ")
        ]
        return found[-1] if found else len(document)
    finally:
        document.close()


def extract_tables(pdf: bytes, *, ocr: bool = False) -> list[dict[str, Any]]:
    """The tables the real stage finds in the PDF, as the extraction's JSON holds them (what the evaluator reads);
    ``ocr``: pages with no text layer read by Tesseract, as ``agendaparse eval`` without ``--fast`` reads them."""
    from agendaparse import tables
    from agendaparse.pdf import read_document

    with pdf_file(pdf) as path:
        read = read_document(path, ocr="auto" if ocr else "never")
        found = tables.find_tables(read.data or str(path), read.pages, "doc")
    return [table.model_dump(mode="json") for table in found]


def truth_tables(variant: Variant) -> list[dict[str, Any]]:
    return [
        {"page_start": variant.pages[0], "page_end": variant.pages[1], "header": variant.header, "rows": variant.rows}
    ]


def score(variant: Variant, predicted: list[dict[str, Any]]) -> Counter:
    from agendaparse.evaluate import score_tables

    return Counter(score_tables(truth_tables(variant), predicted))


def summary(counts: Counter) -> dict[str, float]:
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    return {
        "precision": 100 * tp / (tp + fp) if tp + fp else 0.0,
        "recall": 100 * tp / (tp + fn) if tp + fn else 0.0,
        "cells": 100 * counts["cell_ok"] / counts["cell_n"] if counts["cell_n"] else 0.0,
    }


def main(
    count: int, verbose: bool = False, n_rows: int | None = None, first: int = 0, scanned: bool = False
) -> None:  # pragma: no cover
    """A report for people: the figures over seeds first .. count - 1, overall and by class."""
    total: Counter = Counter()
    by_class: dict[str, Counter] = {}
    for seed in range(first, count):
        pdf, variant = generate(seed, n_rows)
        if scanned:  # printed, rendered at 200 dpi in grey and read by Tesseract
            import scan_cases

            pdf = scan_cases.scanned_document(pdf, scan_cases.PaperLook())
        predicted = extract_tables(pdf, ocr=scanned)
        counts = score(variant, predicted)
        total += counts
        keys = (
            f"kind={variant.kind}", f"rules={variant.rules}", f"grouped={variant.grouped}",
            f"orient={variant.orientation}", f"pages={variant.pages[1] > 1}", f"repeat={variant.repeat_header}",
            f"in_report={variant.in_report}", f"caption={variant.caption}", f"totals={variant.totals}",
            f"right={variant.right_figures}",
        )  # fmt: skip
        for key in keys:
            by_class.setdefault(key, Counter()).update(counts)
        if verbose and (counts["fp"] or counts["fn"] or counts["cell_ok"] < counts["cell_n"]):
            print(seed, variant.kind, variant.rules, variant.orientation, variant.pages, dict(counts))
    print("ALL", {k: round(v, 1) for k, v in summary(total).items()})
    for key in sorted(by_class):
        print(f"{key:22}", {k: round(v, 1) for k, v in summary(by_class[key]).items()})


if __name__ == "__main__":  # pragma: no cover
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    numbers = [int(arg) for arg in sys.argv[1:] if arg.isdigit()]
    options = dict(arg.removeprefix("--").split("=", 1) for arg in sys.argv[1:] if arg.startswith("--") and "=" in arg)
    main(
        numbers[0] if numbers else 50,
        verbose="-v" in sys.argv,
        n_rows=int(options["rows"]) if "rows" in options else None,
        first=int(options.get("from", 0)),
        scanned="--scanned" in sys.argv,
    )
