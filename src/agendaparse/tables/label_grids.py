"""Two-column grids of label runs printed without rules: a plan set out item by item, each item a run of label |
value lines ('Action | Review the allotment tenancy agreement', 'Lead | Allotments Officer', 'Deadline | September
2026', then 'Action | ...' again), as a clerk's Word table with its borders off prints it.

The unruled readers start from a header naming three columns or more: two columns found by alignment alone are as
often a numbered paragraph's margin ('1.1 | The action plan sets out ...') or a letter's particulars ('Date: | 3 June
2026', 'Our ref: | ...'). A label grid is told by what a plan's grid has and those have not: every label names a
plan's field (the column names' vocabulary: 'Action', 'Lead', 'Deadline', 'Status'), the labels come again in runs,
one run an item (:func:`.headers.key_value_grid`), with the action's label among them, and the lines keep two
columns throughout (a value wrapped onto a line of its own under its value's edge). Read as a table with no header,
as the ruled grid of the same rows is (corpus/gold/README.md: a grid of label runs has no header row).
"""

from __future__ import annotations

import re

from ..models import Provenance, Table
from ..pdf import Line, PageLayout
from .cells import clean_cell
from .headers import header_fields, key_value_grid

GAP = "   "  # the pdf stage's mark of a gap wider than a word space inside a line
EDGE = 2.0  # points: labels (and values) start at one edge within this
MAX_LINE_GAP = 1.6  # of the type size: a wider gap between lines ends the grid (a cell's padding above and below)
MIN_LINES = 6  # two items of three labels at least
MIN_INDENT = 20.0  # points: a value's wrapped line starts this far right of the labels' edge at least


def label_grid_tables(pages: list[PageLayout], document_id: str) -> list[Table]:
    """The label grids of the pages' text layers (read upright); the stage keeps those no other table lies over."""
    tables: list[Table] = []
    for page in pages:
        if not page.has_text_layer or page.rotation or page.method == "ocr":
            continue
        tables += [table for run in _runs(page.body_lines()) if (table := _grid(run, page.number, document_id))]
        tables += _numbered_blocks(page.body_lines(), page.number, document_id)
    return tables


# a labelled line of an item: 'Lead: Allotments Officer' (the label a plan field's name)
LABELLED_RE = re.compile(r"([A-Z][A-Za-z ]{0,30}?)\s*:\s+\S")
REFERENCE_RE = re.compile(r"[A-Z]{0,3}\d{1,3}(?:\.\d{1,2})?\.?")
MIN_ITEMS = 2


def _field_label(text: str) -> str | None:
    """The plan field a line's opening label names ('Lead: ...' -> 'named_lead'), None when it opens with none."""
    match = LABELLED_RE.match(text)
    return header_fields([match[1]]).get(0) if match else None


def _numbered_blocks(lines: list[Line], number: int, document_id: str) -> list[Table]:
    """A two-column table printed without rules whose second column holds each item as label lines: a bold header
    line of two names ('No. | Action details', the second naming the action), then rows each a reference beside the
    item's 'Action: ...' line and its other labelled lines ('Lead: ...', 'Deadline: ...') set under it at the second
    column's edge; two items or more, each of an action and another particular."""
    tables: list[Table] = []
    index = 0
    while index < len(lines):
        head = lines[index]
        names = _parts(head)
        index += 1
        if not head.bold or len(names) != 2 or header_fields(names).get(1) != "action":
            continue
        rows: list[list[str]] = []
        fields: list[set[str]] = []
        run: list[Line] = [head]
        edge: float | None = None
        while index < len(lines):
            line = lines[index]
            parts = _parts(line)
            if line.top - run[-1].bottom > MAX_LINE_GAP * max(line.size, 6.0):
                break
            if (
                len(parts) == 2
                and abs(line.x0 - head.x0) <= EDGE + 2
                and REFERENCE_RE.fullmatch(parts[0])
                and _field_label(parts[1]) == "action"
            ):
                rows.append([parts[0], parts[1]])
                fields.append({"action"})
            elif (
                rows
                and len(parts) == 1
                and line.x0 >= head.x0 + MIN_INDENT
                and (edge is None or abs(line.x0 - edge) <= EDGE)
            ):
                edge = line.x0
                rows[-1][1] = f"{rows[-1][1]}\n{parts[0]}"
                if (field := _field_label(parts[0])) is not None:
                    fields[-1].add(field)
            else:
                break
            run.append(line)
            index += 1
        if len(rows) < MIN_ITEMS or any(len(item) < 2 for item in fields):
            continue
        bbox = (
            round(min(line.x0 for line in run), 1),
            round(head.top, 1),
            round(max(line.x1 for line in run), 1),
            round(run[-1].bottom, 1),
        )
        tables.append(
            Table(
                n_rows=len(rows),
                n_cols=2,
                header=[clean_cell(name) for name in names],
                rows=[[clean_cell(cell) for cell in row] for row in rows],
                page_start=number,
                page_end=number,
                bbox=bbox,
                provenance=Provenance(document=document_id, page=number, bbox=bbox, method="rule:label-grid-lines"),
            )
        )
    return tables


def _parts(line: Line) -> list[str]:
    return [part.strip() for part in line.text.split(GAP) if part.strip()]


def _runs(lines: list[Line]) -> list[list[Line]]:
    """Runs of lines of two parts (a label and its value, apart by more than a word space) starting at one edge, a
    value's wrapped line (one part set in right of the labels' edge) among them, each line close under the one
    above."""
    runs: list[list[Line]] = []
    run: list[Line] = []
    for line in lines:
        parts = _parts(line)
        close = bool(run) and line.top - run[-1].bottom <= MAX_LINE_GAP * max(line.size, 6.0)
        if close and len(parts) == 2 and abs(line.x0 - run[0].x0) <= EDGE:
            run.append(line)
            continue
        if close and len(parts) == 1 and line.x0 >= run[0].x0 + MIN_INDENT:
            run.append(line)  # a value wrapped under its value's edge
            continue
        if len(run) >= MIN_LINES:
            runs.append(run)
        run = [line] if len(parts) == 2 else []
    if len(run) >= MIN_LINES:
        runs.append(run)
    return runs


def _grid(run: list[Line], number: int, document_id: str) -> Table | None:
    rows: list[list[str]] = []
    for line in run:
        parts = _parts(line)
        if len(parts) == 2:
            rows.append(parts)
        elif rows:
            rows[-1][1] = f"{rows[-1][1]}\n{parts[0]}"
    rows = [[clean_cell(label), clean_cell(value)] for label, value in rows]
    if not key_value_grid(rows):
        return None
    labels = {row[0] for row in rows}
    fields = [header_fields([label]).get(0) for label in labels]
    if None in fields or "action" not in fields:
        return None
    bbox = (
        round(min(line.x0 for line in run), 1),
        round(run[0].top, 1),
        round(max(line.x1 for line in run), 1),
        round(run[-1].bottom, 1),
    )
    return Table(
        n_rows=len(rows),
        n_cols=2,
        header=[],
        rows=rows,
        page_start=number,
        page_end=number,
        bbox=bbox,
        provenance=Provenance(document=document_id, page=number, bbox=bbox, method="rule:label-grid-lines"),
    )
