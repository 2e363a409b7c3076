"""Whole documents of tables drawn with reportlab and read end to end through ``extract_document``, scored by
the evaluator's own functions for ``tables`` and ``action_plan_rows`` as `agendaparse eval --fast` scores a
gold file (tables round 30). Each document is a list of parts (headings, paragraphs, tables, page breaks); a
table part carries its gold (header, rows) and the page it prints on is read back from the drawing."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.doctemplate import Indenter

from agendaparse.evaluate import all_figures, predicted_dict, score_document
from table_cases import STYLES

SCORED = ("tables", "action_plan_rows")
CELL = STYLES["BodyText"].clone("wt_cell", fontSize=8, leading=10)
HEAD = CELL.clone("wt_head", fontName="Helvetica-Bold")
WHITE_HEAD = HEAD.clone("wt_white_head", textColor=colors.white)
OVERFLOWING_CELL = CELL.clone("wt_overflowing_cell", splitLongWords=0)
TAG_RE = re.compile(r"<[^>]+>")


@dataclass
class Grid:
    """One printed table: ``header`` (None: no header row), ``rows`` of cell markup, column ``widths``;
    ``fills`` maps (column, row) to a background colour; ``spans`` are ((col, row), (col, row)) merges."""

    header: list[str] | None
    rows: list[list[str]]
    widths: list[float]
    title: str | None = None
    fills: dict[tuple[int, int], Any] = field(default_factory=dict)
    spans: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)
    gold_rows: list[list[str]] | None = None  # when the gold differs from the printed cells (merged cells)
    repeat: bool = True
    rules: str = "grid"  # 'grid' (every cell ruled), 'rows' (rules between rows only) or 'none'
    dark_header: bool = False  # white bold header text on a dark fill
    rule_colour: Any = colors.black  # Excel's printed gridlines are a light grey
    zebra: bool = False  # every other body row shaded (a table without rules)
    # a header row above ``header`` whose cells merge over columns: (text, first column, last column); a column
    # no group covers has its ``header`` cell merged up over both rows
    top_header: list[tuple[str, int, int]] | None = None
    beside: str | None = None  # a boxed note printed to the right of the table (a text box, not a table)
    layout: bool = False  # a layout box (attendance grid, minutes set in a grid): printed, never gold
    header_fill: bool = True  # False: a clerk's Word table whose header row is bold on white
    indent: float = 0  # points the table is set in from the left margin (a table inside an indented minute)
    split_in_row: bool = False  # a row too tall for the page's foot split mid-cell over the page break (round 54)
    overflow: bool = False  # a word too wide for its column runs on over the rule, unbroken (stop 46)
    valign: str = "TOP"  # 'MIDDLE': Word's cells centred top to bottom (a cell merged down prints its text mid-block)


class Mark(Flowable):
    """A zero-size flowable whose page the document records (where a table starts and ends)."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class MarkedDoc(SimpleDocTemplate):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.marks: dict[str, int] = {}

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's hook name)
        if isinstance(flowable, Mark):
            self.marks[flowable.key] = self.page


def bare(header: list[str], rows: list[list[str]], widths: list[float], **options: Any) -> Grid:
    """A Word table printed with no ruling: a bold header on white, columns by alignment only."""
    return Grid(header, rows, widths, rules="none", header_fill=False, **options)


def banded(grid: Grid, bands: list[int], shade: Any) -> Grid:
    """``grid`` with each row of ``bands`` merged across the table and shaded (a theme's or a section's band)."""
    width = len(grid.widths)
    spans = [*grid.spans, *(((0, band), (width - 1, band)) for band in bands)]
    fills = {**grid.fills, **{(column, band): shade for band in bands for column in range(width)}}
    return replace(grid, spans=spans, fills=fills)


def plain(markup: str) -> str:
    return " ".join(TAG_RE.sub(" ", markup.replace("&amp;", "&")).split())


def grid_flowable(grid: Grid) -> Table:
    head_style = WHITE_HEAD if grid.dark_header else HEAD
    top = _top_header_row(grid, head_style)
    data = (
        top
        + ([[Paragraph(cell, head_style) for cell in grid.header]] if grid.header else [])
        + [[Paragraph(cell, OVERFLOWING_CELL if grid.overflow else CELL) for cell in row] for row in grid.rows]
    )
    heads = len(top) + (1 if grid.header else 0)
    offset = heads
    commands: list[tuple] = [("VALIGN", (0, 0), (-1, -1), grid.valign)]
    if grid.rules != "none":
        rule = ("GRID", (0, 0), (-1, -1)) if grid.rules == "grid" else ("LINEBELOW", (0, 0), (-1, -1))
        commands.append((*rule, 0.5, grid.rule_colour))
    if grid.header and grid.header_fill:
        fill = colors.HexColor("#1F3864") if grid.dark_header else colors.HexColor("#D9D9D9")
        commands.append(("BACKGROUND", (0, 0), (-1, heads - 1), fill))
    if grid.zebra:
        commands += [
            ("BACKGROUND", (0, r + offset), (-1, r + offset), colors.HexColor("#EDF2F9"))
            for r in range(1, len(grid.rows), 2)
        ]
    commands += [("BACKGROUND", (c, r + offset), (c, r + offset), fill) for (c, r), fill in grid.fills.items()]
    commands += [("SPAN", (a, b + offset), (c, d + offset)) for (a, b), (c, d) in grid.spans]
    commands += _top_header_spans(grid)
    repeat = offset if grid.repeat else 0
    table = Table(data, colWidths=grid.widths, repeatRows=repeat, splitInRow=int(grid.split_in_row))
    table.setStyle(TableStyle(commands))
    return table


def _top_header_row(grid: Grid, style: Any) -> list[list[Any]]:
    if not grid.top_header or not grid.header:
        return []
    row: list[Any] = [Paragraph(cell, style) for cell in grid.header]
    for text, first, last in grid.top_header:
        row[first : last + 1] = [Paragraph(text, style)] + [""] * (last - first)
    return [row]


def _top_header_spans(grid: Grid) -> list[tuple]:
    """Group cells merged across their columns; a column under no group merged down over both header rows
    (its name is printed once, in the top row; the second row's cell is blanked)."""
    if not grid.top_header or not grid.header:
        return []
    grouped = {column for _, first, last in grid.top_header for column in range(first, last + 1)}
    spans = [("SPAN", (first, 0), (last, 0)) for _, first, last in grid.top_header]
    return spans + [("SPAN", (column, 0), (column, 1)) for column in range(len(grid.header)) if column not in grouped]


def joined_header(grid: Grid) -> list[str]:
    """The gold header: the two header rows joined with a space column by column (README)."""
    header = [plain(cell) for cell in grid.header or []]
    for text, first, last in grid.top_header or []:
        for column in range(first, last + 1):
            header[column] = f"{plain(text)} {header[column]}"
    return header


def with_box(table: Table, note: str, widths: list[float]) -> Table:
    """The table and a boxed note beside it, set side by side in an unruled layout frame."""
    box = Table([[Paragraph(note, CELL)]], colWidths=[130])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.0, colors.HexColor("#1F3864")),
                             ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FFF2CC"))]))  # fmt: skip
    frame = Table([[table, box]], colWidths=[sum(widths) + 10, 140])
    frame.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return frame


def turn_pages(path: Path) -> None:
    """Each landscape page of ``path`` printed on a portrait media box turned by /Rotate 90: its text runs up the
    portrait page and reads across once the viewer turns it (a landscape plan in a portrait pack; round 48)."""
    document = pdfium.PdfDocument(path)
    for page in document:
        _, high = page.get_size()
        turn = pdfium.PdfMatrix(0, 1, -1, 0, high, 0)  # (x, y) -> (high - y, x)
        for drawn in list(page.get_objects(max_depth=1)):
            drawn.transform(turn)
        wide, _ = page.get_size()
        page.set_mediabox(0, 0, high, wide)
        page.set_rotation(90)
        page.gen_content()
    turned = path.with_suffix(".turned.pdf")
    document.save(turned)
    document.close()
    turned.replace(path)


@dataclass
class WholeTables:
    """One document: ``parts`` are strings (a paragraph; '# ' a heading; '---' a page break) and Grids;
    ``plan`` is the gold action_plan_rows (fields as corpus/gold/README.md)."""

    name: str
    kind: str
    parts: list[str | Grid]
    plan: list[dict[str, Any]]
    pagesize: tuple[float, float] = A4
    turned: bool = False  # laid out landscape, printed on portrait pages turned by /Rotate 90 (round 48)

    def render(self, path: Path) -> dict[str, int]:
        story: list[Flowable] = []
        for index, part in enumerate(self.parts):
            if isinstance(part, Grid):
                if part.title:
                    story += [Paragraph(part.title, STYLES["Heading3"]), Spacer(1, 4)]
                drawn = grid_flowable(part)
                drawn = with_box(drawn, part.beside, part.widths) if part.beside else drawn
                if part.indent:
                    drawn.hAlign = "LEFT"
                    story += [Indenter(left=part.indent), Mark(f"{index}a"), drawn, Mark(f"{index}b"),
                              Indenter(left=-part.indent), Spacer(1, 10)]  # fmt: skip
                else:
                    story += [Mark(f"{index}a"), drawn, Mark(f"{index}b"), Spacer(1, 10)]
            elif part == "---":
                story.append(PageBreak())
            elif part.startswith("# "):
                story.append(Paragraph(part[2:], STYLES["Heading2"]))
            else:
                story.append(Paragraph(part, STYLES["BodyText"]))
        pagesize = landscape(A4) if self.turned else self.pagesize
        doc = MarkedDoc(str(path), pagesize=pagesize, leftMargin=40, rightMargin=40, topMargin=50,
                        bottomMargin=50)  # fmt: skip
        doc.build(story)
        if self.turned:
            turn_pages(path)
        return doc.marks

    def gold(self, marks: dict[str, int]) -> dict:
        tables = []
        for index, part in enumerate(self.parts):
            if isinstance(part, Grid) and not part.layout:
                rows = part.gold_rows if part.gold_rows is not None else part.rows
                tables.append({
                    "title": part.title,
                    "page_start": marks[f"{index}a"],
                    "page_end": marks[f"{index}b"],
                    "header": joined_header(part),
                    "rows": [[plain(cell) for cell in row] for row in rows],
                })  # fmt: skip
        return {"tables": tables, "action_plan_rows": self.plan}


def plan_row(action: str, **fields: Any) -> dict[str, Any]:
    """A gold plan row: every field the evaluator reads, null unless given."""
    names = ("theme", "action_no", "outcome", "named_lead", "lead_org", "start_date", "end_date", "rag", "status")
    return {"action": action} | {name: fields.get(name) for name in names}


def scored(document: WholeTables, tmp_path: Path) -> tuple[dict[str, dict[str, float | None]], dict, dict]:
    """Figures for tables and action_plan_rows; the gold and the prediction (for a failing test's message)."""
    path = tmp_path / f"{document.name}.pdf"
    marks = document.render(path)
    gold = document.gold(marks)
    predicted = predicted_dict(path, fast=True)
    counts = score_document(gold, predicted)
    figures = {section: values for section, values in all_figures(counts).items() if section in SCORED}
    return figures, gold, predicted


def shortfalls(figures: dict[str, dict[str, float | None]]) -> list[str]:
    """Every figure below 1.0 (a whole document read perfectly has none)."""
    return [
        f"{section}.{name}={value:.2f}"
        for section, section_figures in figures.items()
        for name, value in section_figures.items()
        if value is not None and value < 1.0 and not name.endswith("f1")
    ]


def xfail_param(value: Any, key: str, xfail: dict[str, str], *, id: str) -> Any:  # noqa: A002 (pytest's name)
    """``value`` as a pytest parameter, marked a strict xfail when ``key`` is in ``xfail`` (its reason)."""
    marks = [pytest.mark.xfail(strict=True, reason=xfail[key])] if key in xfail else []
    return pytest.param(value, id=id, marks=marks)


def document_params(documents: list[WholeTables], xfail: dict[str, str]) -> list[Any]:
    """The documents as parameters named '<kind>-<name>', each a strict xfail where ``xfail`` names it."""
    return [
        xfail_param(document, document.name, xfail, id=f"{document.kind}-{document.name}") for document in documents
    ]


def assert_read_whole(document: WholeTables, tmp_path: Path) -> None:
    """Scored as `agendaparse eval --fast` scores a gold file: every figure 1.0; the themes (which the evaluator
    pairs on, not scores) compared row by row."""
    figures, gold, predicted = scored(document, tmp_path)
    rows = predicted["action_plan_rows"]
    assert shortfalls(figures) == [], (figures, gold["tables"], predicted["tables"], rows)
    assert [row["theme"] for row in rows] == [row["theme"] for row in document.plan]


def assert_no_plan(document: WholeTables, tmp_path: Path, *, one_table: bool = True) -> None:
    """A table that is no plan: read as one table (unless ``one_table`` is off) and no action-plan row."""
    path = tmp_path / f"{document.name}.pdf"
    document.render(path)
    predicted = predicted_dict(path, fast=True)
    if one_table:
        assert len(predicted["tables"]) == 1, predicted["tables"]
    assert predicted["action_plan_rows"] == [], predicted["action_plan_rows"]
