# ruff: noqa: E501  (data rows of the drawn documents are kept one row to a line)
"""Tables round 63 (issue #5): plans printed from spreadsheets, slide decks and performance systems.

Genres and layouts (none drawn in an earlier round in these layouts; every page drawn on a canvas as the tool lays
it out, not as a Word table): a housing service plan as an Excel sheet printed to PDF (light grey gridlines with a
title row merged across; gridlines off under a grey header and with no fill; fit to page at 6 pt with and without
gridlines; a dark header of white words; the frozen header repeated on each page with 'Page 1 of 2' at the foot,
gridlined and not; dates left unformatted as Excel's serials, '46295' for 30 September 2026, in the target column
and in 'Start date | End date' columns with and without gridlines); a performance system's export (Pentana,
Covalent, Smartsheet: 'Code | Action | Assigned To | Due Date | Progress | Status | Latest Note', a progress bar drawn
as two rectangles beside its percentage, the traffic light a filled circle with no word, rows grouped under
'Service: Housing' bands across the width; gridlined, unruled, under a dark header, with rules as thin rectangles
between rows only; 'Progress (%)' and '31-Mar-2027' dates; a Smartsheet 'RAG' column of dots with a status beside);
slide decks (a delivery plan as positioned text boxes under a shape header with thin lines between the rows, at 10
and 7 pt; every cell an outlined rounded text box; a roadmap slide whose actions are rows, the quarters columns and
each action's span a filled rounded bar with no words); Google Docs / LibreOffice exports whose rules are thin filled
rectangles (every rule; the horizontal ones only, at 8 and 6 pt; over two pages; under coloured priority bands); and a
corporate plan tracker too wide for its page printed across pages (columns A-E on page 1, F-I on page 2; gridlined,
unruled, and with the reference column repeated at the left, Excel's 'columns to repeat at left').

Conventions (corpus/gold/README.md and the earlier rounds): a table continuing over pages is ONE table (README), and
a sheet printed across pages is one table too: its header all the columns once, each row whole, on pages 1-2 (the
repeated reference column counted once); a band across the width is a row of the table as printed, its words in the
first cell, and the theme of the rows under it as printed ('Service: Housing'; rounds 58, 60); a traffic light with no
word is the row's RAG from its colour (as a shaded status cell is, round 7), the table's cell blank as printed; a
progress bar's cell is its percentage as printed and no status; an Excel serial in a date column is the date it
counts to (a scrutiny officer reads '46112' under 'Due date' as 31 March 2026), the cell kept as printed; a roadmap's
quarter cells are blank as printed and its bar gives the row's start (the first quarter's first day) and end (the
last quarter's last day, README: a quarter of a financial year); 'Q1 2026/27' is April to June 2026.

Pass before (HEAD bf81ce5, the first 39 cases written before any change: 36 whole documents, 3 checks of the wide
sheet's rows): 23 of 39. Passed already: every Excel layout with dates as dates (grey gridlines and a merged title,
no gridlines, 6 pt, a dark header, the header repeated over pages), the slide decks of text boxes and outlined boxes,
the rectangles of Google Docs and LibreOffice (all rules, horizontal only, 6 pt, two pages, bands), the wide sheet's
rows found once each with their leads. The misses: Excel's serials left as no date (3: 'End date' of '46387' no end,
'46113' no start); every traffic light drawn as a circle read as no RAG (pdfplumber sees a curve, the shaded-cell
reader rects only: 7 exports); the unruled and rectangle-ruled exports moved the Status column's edge left onto the
progress bar's percentages set right under 'Progress' (cells 0.80: the centred-header rule took them for the next
column's aligned starts; 3, with the RAG); the wide sheet's second page a table of its own, so its rows lost start,
end and status (3 documents and the dates check); the roadmap's bars read as nothing (start and end 0.0).
The changes: a five-digit whole date cell between 36526 and 54789 is Excel's serial day count from 30 December 1899
('46112' -> 2026-03-31; owner_date_cells.EXCEL_SERIAL_RE, in the date cell reader, so a reference column's digits stay);
a filled shape of an icon's size (3 to 18 pt, about as wide as high) that is no rectangle is a status icon: the ruled
and the word-column readers read a status or RAG cell's colour from one whose centre stands in the cell when no
shaded rectangle lies under it (status.icon_fills, _cell_colour); larger filled shapes (a rounded bar) are marked
shapes, no cell shading nor a row's band (status.shape_fills); a column's edge is not moved left onto aligned starts
that would leave the column before it with no phrase under its name (word_tables._empties_column_before: the
percentages are 'Progress''s own, set right); a table on the next page with as many rows (two or more) under a header
naming no column of the one before (but its first, printed again with the same cells), the one before the last thing
on its page and a plan's (an action column) and this one naming dates, a status or a lead and no action, with nothing
over it, is the same sheet printed across: its columns set to the right row by row (continuation._printed_across,
'+columns-across-pages'; a deck's slides of figures by year sharing 'YEAR', dev Nipissing, stay apart); in a
word-column table whose header names two or more periods in turn ('Q1 2026/27' ..., 'Apr 26' ...), a filled bar with
no words inside the period columns and within a row whose period cells are blank gives the row its first and last
period (word_tables._period_bars, carried on models.Table as a private attribute like round 62's merges, off the
record), the plan reader taking them as the row's start and end ('+dates-from-roadmap-bar').
After: 51 of 51 (12 checks of the rules written after the changes: Excel serials in and out of range and not alone,
a reference column of five-digit numbers, icons against bars, an icon colouring only its own cell, a shape no shading,
dots in a column that is no status, two plans on following pages under their own headings not joined, a timeline
with words in its periods), no strict xfail.

Seen and left: a wide sheet printed 'down, then over' over four pages (rows on pages 1-2, their other columns on 3-4)
is not joined (only a sheet of one page's rows); a roadmap drawn as a ruled grid (the ruled reader) reads no bars, only
the word-column reader does; Excel's cells cut off at the column edge print words pdfplumber reads past the clip
(not drawn: the gold of a clipped cell is unsettled).

Every document is drawn on a reportlab canvas as the tool that prints it lays it out (no platypus table): the cells'
words set at their places, the rules (when any) drawn as the tool draws them. Read through the real code path
(``predicted_dict``, fast) and scored with the evaluator's ``score_document``; a case passes when every figure of
tables and action_plan_rows is 1.0 and the themes match row by row (issue #5's acceptance asks 0.95 over a corpus;
one drawn document is read whole or not).

Layouts: modelled on the kinds of document named above as councils and public bodies print them; no page was fetched
for this round and nothing was copied; every name, place and number is invented.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

from agendaparse.evaluate import all_figures, predicted_dict, score_document
from agendaparse.tables.owner_date_cells import date_cell_text
from agendaparse.tables.status import _cell_colour, icon_fills, shape_fills
from whole_tables import SCORED, plan_row, shortfalls

GREY = colors.HexColor("#BFBFBF")
HEAD_FILL = colors.HexColor("#D9D9D9")
DARK = colors.HexColor("#1F3864")
BAND_FILL = colors.HexColor("#DDEBF7")
RAG_COLOUR = {
    "Green": colors.HexColor("#00B050"),
    "Amber": colors.HexColor("#FFC000"),
    "Red": colors.HexColor("#FF0000"),
}


@dataclass
class Sheet:
    """One plan drawn on a canvas. ``rows`` are the printed cells (a row of one cell is a band across the width);
    ``rules``: 'grey' (Excel's light grey gridlines), 'none' (gridlines off), 'rects' (every rule a thin filled
    rectangle: Google Docs / LibreOffice), 'hrects' (only the rules between rows, as thin rectangles), 'slide' (text
    boxes over a shape header, thin lines between rows); ``rag_column``: the column whose cell is a coloured circle
    (its colour the row's RAG, no word; ``rag`` per row); ``bar_column``: a progress bar drawn as two rectangles
    beside the cell's percentage; ``per_page``: body rows a page, the header repeated; ``split_at``: the first column
    printed on the next pages (a wide sheet printed across pages)."""

    name: str
    kind: str
    intro: list[str]
    header: list[str]
    rows: list[list[str]]
    widths: list[float]
    plan: list[dict[str, Any]]
    rules: str = "grey"
    title: str | None = None
    font: float = 8.0
    rag_column: int | None = None
    rag: list[str | None] = field(default_factory=list)
    bar_column: int | None = None
    per_page: int | None = None
    split_at: int | None = None
    repeat_first: bool = False  # the first column printed again at the left of the next pages (Excel's print titles)
    dark_header: bool = False
    footer: bool = False  # 'Page 1 of 4' at each page's foot
    gold_header: list[str] | None = None

    @property
    def gold_rows(self) -> list[list[str]]:
        width = len(self.header)
        return [row if len(row) == width else [row[0]] + [""] * (width - 1) for row in self.rows]

    def render(self, path: Path) -> list[tuple[int, int]]:
        """Draw the sheet; the pages each table part prints on."""
        pagesize = landscape(A4)
        page = canvas.Canvas(str(path), pagesize=pagesize)
        page_no, pages = 1, []
        chunks = (
            [self.rows[i : i + self.per_page] for i in range(0, len(self.rows), self.per_page)]
            if self.per_page
            else [self.rows]
        )
        every = list(range(len(self.header)))
        parts = (
            [every]
            if self.split_at is None
            else [every[: self.split_at], every[:1] * self.repeat_first + every[self.split_at :]]
        )
        total = len(chunks) * len(parts)
        first_page = True
        for columns in parts:
            for number, chunk in enumerate(chunks):
                top = pagesize[1] - 40
                if first_page:
                    for line in self.intro:
                        bold = line.startswith("# ")
                        page.setFont("Helvetica-Bold" if bold else "Helvetica", 12 if bold else 10)
                        page.drawString(40, top - 12, line.removeprefix("# "))
                        top -= 18
                    top -= 8
                    first_page = False
                start = number * (self.per_page or 0)
                self._draw(page, top, chunk, columns, start, show_title=number == 0)
                if self.footer:
                    page.setFont("Helvetica", 7)
                    page.drawString(pagesize[0] / 2 - 20, 20, f"Page {page_no} of {total}")
                page.showPage()
                page_no += 1
        page.save()
        pages.append((1, page_no - 1))
        return pages

    def _draw(
        self,
        page: canvas.Canvas,
        top: float,
        rows: list[list[str]],
        columns: list[int],
        start: int,
        *,
        show_title: bool,
    ) -> None:
        widths = [self.widths[column] for column in columns]
        left = 40.0
        lefts = [left + sum(widths[:i]) for i in range(len(widths))]
        right = left + sum(widths)
        lead = self.font * 1.2
        y = top
        bounds = [y]
        if self.title and show_title:
            self._rule_fill(page, left, y - lead - 4, right - left, lead + 4, None)
            page.setFont("Helvetica-Bold", self.font + 2)
            page.drawCentredString((left + right) / 2, y - lead, self.title)
            y -= lead + 6
            bounds.append(y)
        header_top = y
        head = [self.header[column] for column in columns]
        wrapped = [
            simpleSplit(cell, "Helvetica-Bold", self.font, width - 4) for cell, width in zip(head, widths, strict=True)
        ]
        height = max(len(w) for w in wrapped) * lead + 4
        fill = DARK if self.dark_header or self.rules == "slide" else HEAD_FILL
        if self.rules != "none" or self.dark_header:
            page.setFillColor(fill)
            page.rect(left, y - height, right - left, height, stroke=0, fill=1)
        page.setFillColor(
            colors.white if fill is DARK and (self.dark_header or self.rules == "slide") else colors.black
        )
        page.setFont("Helvetica-Bold", self.font)
        for x, lines in zip(lefts, wrapped, strict=True):
            for index, line in enumerate(lines):
                page.drawString(x + 2, y - 2 - self.font - index * lead, line)
        page.setFillColor(colors.black)
        y -= height
        bounds.append(y)
        for offset, row in enumerate(rows):
            index = start + offset
            if len(row) == 1:  # a band across the width
                height = lead + 4
                page.setFillColor(BAND_FILL)
                page.rect(left, y - height, right - left, height, stroke=0, fill=1)
                page.setFillColor(colors.black)
                page.setFont("Helvetica-Bold", self.font)
                if columns[0] == 0:
                    page.drawString(left + 2, y - 2 - self.font, row[0])
                y -= height
                bounds.append(y)
                continue
            cells = [row[column] for column in columns]
            wrapped = [
                simpleSplit(cell, "Helvetica", self.font, width - 4) for cell, width in zip(cells, widths, strict=True)
            ]
            height = max(1, *(len(w) for w in wrapped)) * lead + 4
            page.setFont("Helvetica", self.font)
            for column, (x, width, lines) in enumerate(zip(lefts, widths, wrapped, strict=True)):
                whole = columns[column]
                if whole == self.rag_column and self.rag[index]:
                    page.setFillColor(RAG_COLOUR[self.rag[index]])
                    page.circle(x + width / 2, y - height / 2, min(4.0, height / 2 - 1), stroke=0, fill=1)
                    page.setFillColor(colors.black)
                if whole == self.bar_column and cells[column]:
                    share = int(cells[column].rstrip("%")) / 100
                    bar = width - 30
                    page.setFillColor(colors.HexColor("#E7E6E6"))
                    page.rect(x + 2, y - height / 2 - 3, bar, 6, stroke=0, fill=1)
                    page.setFillColor(colors.HexColor("#4472C4"))
                    page.rect(x + 2, y - height / 2 - 3, bar * share, 6, stroke=0, fill=1)
                    page.setFillColor(colors.black)
                    page.drawString(x + bar + 5, y - height / 2 - 3, cells[column])
                    continue
                for number, line in enumerate(lines):
                    page.drawString(x + 2, y - 2 - self.font - number * lead, line)
            y -= height
            bounds.append(y)
        bands = [bounds[i + (2 if self.title and show_title else 1)] for i, row in enumerate(rows) if len(row) == 1]
        self._rules(page, lefts + [right], bounds, header_top, bands)

    def _rule_fill(self, page: canvas.Canvas, x: float, y: float, w: float, h: float, colour: Any) -> None:
        pass

    def _rules(
        self, page: canvas.Canvas, xs: list[float], ys: list[float], header_top: float, bands: list[float]
    ) -> None:
        """Rules as the tool draws them; a band row (merged across) has no inner vertical rule."""
        left, right, top, foot = xs[0], xs[-1], ys[0], ys[-1]
        below = {upper: lower for upper, lower in zip(ys, ys[1:], strict=False)}
        spans = [(upper, below[upper]) for upper in ys[:-1] if upper <= header_top and upper not in bands]
        if self.rules == "grey":
            page.setStrokeColor(GREY)
            page.setLineWidth(0.25)
            for y in ys:
                page.line(left, y, right, y)
            for x in (left, right):
                page.line(x, top, x, foot)
            for x in xs[1:-1]:
                for upper, lower in spans:
                    page.line(x, upper, x, lower)
        elif self.rules in ("rects", "hrects"):
            page.setFillColor(colors.black)
            for y in ys:
                page.rect(left, y - 0.35, right - left, 0.7, stroke=0, fill=1)
            if self.rules == "rects":
                for x in (left, right):
                    page.rect(x - 0.35, foot, 0.7, top - foot, stroke=0, fill=1)
                for x in xs[1:-1]:
                    for upper, lower in spans:
                        page.rect(x - 0.35, lower, 0.7, upper - lower, stroke=0, fill=1)
        elif self.rules == "boxes":  # each cell a text box with a thin outline, set a little apart
            page.setStrokeColor(colors.HexColor("#A6A6A6"))
            page.setLineWidth(0.5)
            for upper, lower in spans[1:]:
                for x0, x1 in zip(xs, xs[1:], strict=False):
                    page.roundRect(x0 + 1.5, lower + 1.5, x1 - x0 - 3, upper - lower - 3, 3, stroke=1, fill=0)
        elif self.rules == "slide":
            page.setStrokeColor(colors.HexColor("#8EA9DB"))
            page.setLineWidth(0.75)
            for y in ys[2 if self.title else 1 :]:
                page.line(left, y, right, y)
        page.setStrokeColor(colors.black)
        page.setFillColor(colors.black)

    def gold(self) -> dict:
        header = self.gold_header or self.header
        ((start, end),) = self.render_pages
        return {
            "tables": [
                {"title": self.title, "page_start": start, "page_end": end, "header": header, "rows": self.gold_rows}
            ],
            "action_plan_rows": self.plan,
        }


def read(sheet: Sheet, tmp_path: Path) -> tuple[dict, dict, dict]:
    path = tmp_path / f"{sheet.name}.pdf"
    sheet.render_pages = sheet.render(path)
    gold = sheet.gold()
    predicted = predicted_dict(path, fast=True)
    figures = {
        section: values for section, values in all_figures(score_document(gold, predicted)).items() if section in SCORED
    }
    return figures, gold, predicted


def assert_sheet_read(sheet: Sheet, tmp_path: Path) -> None:
    figures, gold, predicted = read(sheet, tmp_path)
    rows = predicted["action_plan_rows"]
    assert shortfalls(figures) == [], (figures, predicted["tables"], rows)
    assert [row["theme"] for row in rows] == [row["theme"] for row in sheet.plan]


END = {"31/03/2026": "2026-03-31", "30/06/2026": "2026-06-30", "30/09/2026": "2026-09-30", "31/10/2026": "2026-10-31",
       "31/12/2026": "2026-12-31", "31/01/2027": "2027-01-31", "28/02/2027": "2027-02-28", "31/03/2027": "2027-03-31",
       "46112": "2026-03-31", "46203": "2026-06-30", "46295": "2026-09-30", "46326": "2026-10-31", "46387": "2026-12-31", "46477": "2027-03-31",
       "": None}  # fmt: skip
START = {"01/04/2026": "2026-04-01", "01/06/2026": "2026-06-01", "01/09/2026": "2026-09-01", "46113": "2026-04-01",
         "46174": "2026-06-01", "": None}  # fmt: skip
STATUS = {"Complete": "complete", "Completed": "complete", "In progress": "ongoing", "On track": "ongoing", "Not started": "not started",
          "Overdue": "overdue", "Delayed": "overdue", "": None}  # fmt: skip

# ---------------------------------------------------------------- an Excel sheet: grey gridlines, a title merged across

HOUSING = [
    ("H01", "Review the tenancy strategy and consult tenants on fixed-term tenancies", "Head of Housing Services", "30/09/2026", "In progress"),
    ("H02", "Procure a new housing management system", "ICT Business Partner", "31/03/2027", "Not started"),
    ("H03", "Deliver 120 new affordable homes with registered providers", "Housing Enabling Manager", "31/03/2027", "On track"),
    ("H04", "Complete stock condition surveys of all council homes", "Asset Manager", "31/12/2026", "In progress"),
    ("H05", "Introduce a damp and mould reporting app for tenants", "Repairs Manager", "30/06/2026", "Complete"),
    ("H06", "Publish the annual tenant satisfaction measures", "Tenant Engagement Officer", "31/10/2026", "On track"),
]  # fmt: skip
HOUSING_HEADER = ["Ref", "Action", "Responsible officer", "Due date", "Status"]
HOUSING_WIDTHS = [40, 330, 150, 70, 80]
HOUSING_INTRO = [
    "# Wyre District Council - Housing Overview Committee, 9 July 2026",
    "Appendix A: Housing service plan 2026/27 - actions.",
]
HOUSING_PLAN = [
    plan_row(action, action_no=ref, named_lead=who, end_date=END[when], status=STATUS[word])
    for ref, action, who, when, word in HOUSING
]


def housing(name: str, **options: Any) -> Sheet:
    rows = options.pop("rows", [list(row) for row in HOUSING])
    return Sheet(name, "excel", HOUSING_INTRO, HOUSING_HEADER, rows, HOUSING_WIDTHS, HOUSING_PLAN, **options)


EXCEL = [
    housing("excel_grey_gridlines_title_merged", title="Housing Service Plan 2026/27"),
    housing("excel_no_gridlines_grey_header"),
    housing("excel_no_gridlines_no_header_fill", rules="none"),
    housing("excel_fit_to_page_6pt", font=6.0),
    housing("excel_fit_to_page_6pt_no_gridlines", font=6.0, rules="none"),
    housing("excel_dark_header_white_words", dark_header=True),
    housing("excel_frozen_header_repeated_page_of", per_page=3, footer=True),
    housing("excel_frozen_header_repeated_no_gridlines", per_page=3, footer=True, rules="none"),
    housing(
        "excel_serial_dates_unformatted",
        rows=[
            [
                ref,
                action,
                who,
                {
                    "30/09/2026": "46295",
                    "31/03/2027": "46477",
                    "31/12/2026": "46387",
                    "30/06/2026": "46203",
                    "31/10/2026": "46326",
                }[when],
                word,
            ]
            for ref, action, who, when, word in HOUSING
        ],
    ),
]

# a start and an end, both as serials, with no rules
WASTE = [
    ("W1", "Roll out food waste collections to flats", "Waste Services Manager", "46113", "46387", "On track"),
    ("W2", "Replace ten refuse vehicles with electric vehicles", "Fleet Manager", "46174", "46477", "Not started"),
    ("W3", "Run the bulky waste reuse pilot with a local charity", "Recycling Officer", "46113", "46295", "Complete"),
]  # fmt: skip
WASTE_PLAN = [
    plan_row(action, action_no=no, named_lead=who, start_date=START[begin], end_date=END[done], status=STATUS[word])
    for no, action, who, begin, done, word in WASTE
]
EXCEL += [
    Sheet(f"excel_serial_start_and_end_{rules}", "excel", ["# Wyre District Council - Environment Committee, 2 June 2026", "Waste and recycling action plan."],
          ["No", "Action", "Owner", "Start date", "End date", "Status"], [list(row) for row in WASTE], [30, 300, 130, 60, 60, 70], WASTE_PLAN, rules=rules)
    for rules in ("grey", "none")
]  # fmt: skip

# ---------------------------------------------------------------- a performance system's export: icons, bars, service bands

PERF = {
    "Service: Housing": [
        ("HSG 01", "Reduce the use of bed and breakfast for families", "Sam Patel", "31/03/2027", "40%", "Amber", "Two families placed in B&B at the end of June."),
        ("HSG 02", "Bring 30 empty homes back into use", "Ruth Mensah", "31/03/2027", "65%", "Green", "19 homes brought back so far."),
    ],
    "Service: Leisure": [
        ("LEI 01", "Refurbish the changing rooms at the leisure centre", "Tom Baxter", "30/09/2026", "20%", "Red", "Contractor has withdrawn; retender under way."),
        ("LEI 02", "Launch the exercise on referral scheme with GPs", "Helen Ward", "31/12/2026", "80%", "Green", "Scheme live at four surgeries."),
        ("LEI 03", "Review the sports pitch strategy", "Tom Baxter", "31/03/2027", "10%", "Amber", "Consultant appointed."),
    ],
}  # fmt: skip
PERF_HEADER = ["Code", "Action", "Assigned To", "Due Date", "Progress", "Status", "Latest Note"]
PERF_WIDTHS = [45, 200, 80, 60, 90, 40, 250]
PERF_ROWS: list[list[str]] = []
PERF_RAG: list[str | None] = []
for band, actions in PERF.items():
    PERF_ROWS.append([band])
    PERF_RAG.append(None)
    for code, action, who, when, done, rag, note in actions:
        PERF_ROWS.append([code, action, who, when, done, "", note])
        PERF_RAG.append(rag)
PERF_PLAN = [plan_row(action, theme=band, action_no=code, named_lead=who, end_date=END[when], rag=rag)
             for band, actions in PERF.items() for code, action, who, when, _, rag, _ in actions]  # fmt: skip
PERF_INTRO = [
    "# Kelbourne Borough Council - Overview and Scrutiny Committee, 15 July 2026",
    "Council plan actions: quarter 1 2026/27 (Pentana report).",
]


def perf(name: str, **options: Any) -> Sheet:
    rows = options.pop("rows", PERF_ROWS)
    header = options.pop("header", PERF_HEADER)
    widths = options.pop("widths", PERF_WIDTHS)
    plan = options.pop("plan", PERF_PLAN)
    return Sheet(
        name, "system", PERF_INTRO, header, rows, widths, plan, rag_column=5, rag=PERF_RAG, bar_column=4, **options
    )


SYSTEM = [
    perf("pentana_icons_bars_bands_grey"),
    perf("pentana_icons_bars_bands_no_rules", rules="none"),
    perf("pentana_icons_bars_bands_dark_header", dark_header=True),
    perf("pentana_icons_bars_bands_hrects", rules="hrects"),
]
# no bands, no bars: a Smartsheet export with the RAG as a dot only
SMART = [
    ("1", "Agree the town centre masterplan brief", "Regeneration Manager", "30/06/2026", "Green", "Complete"),
    ("2", "Appoint the masterplan consultants", "Regeneration Manager", "30/09/2026", "Amber", "In progress"),
    ("3", "Hold the public exhibition on the options", "Communications Lead", "31/12/2026", "Red", "Delayed"),
    ("4", "Submit the levelling up fund bid", "Head of Economic Development", "31/01/2027", "Green", "On track"),
]  # fmt: skip
SMART_PLAN = [
    plan_row(action, action_no=no, named_lead=who, end_date=END[when], rag=rag, status=STATUS[word])
    for no, action, who, when, rag, word in SMART
]
for rules in ("grey", "none"):
    SYSTEM.append(Sheet(f"smartsheet_rag_dot_{rules}", "system", ["# Kelbourne Borough Council - Regeneration Board, 20 May 2026", "Town centre programme: project plan."],
                        ["Row", "Task Name", "Assigned To", "End Date", "RAG", "Status"], [[no, action, who, when, "", word] for no, action, who, when, _, word in SMART],
                        [30, 280, 150, 70, 40, 80], SMART_PLAN, rules=rules, rag_column=4, rag=[row[4] for row in SMART]))  # fmt: skip

# ---------------------------------------------------------------- slide decks and Google Docs / LibreOffice exports

ICB = [
    ("Reduce waiting times for children's mental health services", "ICB Director of Mental Health", "01/04/2026", "31/03/2027", "On track"),
    ("Open two new community diagnostic centres", "ICB Chief Operating Officer", "01/06/2026", "31/12/2026", "In progress"),
    ("Extend the virtual ward to frail older people", "Kelbourne Community Health Trust", "01/09/2026", "31/03/2027", "Not started"),
    ("Publish the joint forward plan refresh", "ICB Director of Strategy", "01/04/2026", "30/06/2026", "Complete"),
]  # fmt: skip
ICB_HEADER = ["Action", "Lead", "Start", "End", "Status"]
ICB_WIDTHS = [330, 190, 70, 70, 80]
ICB_INTRO = [
    "# Kelbourne Health and Wellbeing Board - 18 June 2026",
    "Slide 6: Joint forward plan - delivery plan 2026/27",
]


def icb_plan() -> list[dict[str, Any]]:
    plan = []
    for action, lead, begin, done, word in ICB:
        who = {"named_lead": lead} if not lead.endswith("Trust") else {"lead_org": lead}
        plan.append(plan_row(action, **who, start_date=START[begin], end_date=END[done], status=STATUS[word]))
    return plan


DECKS = [
    Sheet("slide_text_boxes_thin_lines_shape_header", "slide", ICB_INTRO, ICB_HEADER, [list(row) for row in ICB], ICB_WIDTHS, icb_plan(), rules="slide", font=10.0),
    Sheet("slide_text_boxes_small_font", "slide", ICB_INTRO, ICB_HEADER, [list(row) for row in ICB], ICB_WIDTHS, icb_plan(), rules="slide", font=7.0),
    Sheet("google_docs_rules_as_rectangles", "gdocs", ICB_INTRO, ICB_HEADER, [list(row) for row in ICB], ICB_WIDTHS, icb_plan(), rules="rects"),
    Sheet("libreoffice_horizontal_rectangles_only", "gdocs", ICB_INTRO, ICB_HEADER, [list(row) for row in ICB], ICB_WIDTHS, icb_plan(), rules="hrects"),
    housing("google_docs_housing_rectangles", rules="rects"),
    housing("libreoffice_housing_horizontal_rectangles", rules="hrects"),
    housing("libreoffice_housing_horizontal_rectangles_6pt", rules="hrects", font=6.0),
    housing("google_docs_housing_rectangles_two_pages", rules="rects", per_page=3),
]  # fmt: skip

# ---------------------------------------------------------------- a wide sheet printed across pages

WIDE = [
    ("CP1", "Adopt the new local plan", "Planning Policy Manager", "250", "High", "01/04/2026", "31/03/2027", "On track", "Examination in public booked for the autumn"),
    ("CP2", "Open the new household waste recycling centre", "Waste Services Manager", "1,200", "Medium", "01/06/2026", "31/12/2026", "In progress", "Planning consent granted"),
    ("CP3", "Launch the cost of living advice hub", "Financial Inclusion Officer", "85", "High", "01/04/2026", "30/06/2026", "Complete", "Hub opened in May"),
]  # fmt: skip
WIDE_HEADER = [
    "Ref",
    "Action",
    "Lead officer",
    "Budget (£000)",
    "Priority",
    "Start date",
    "End date",
    "Status",
    "Comments",
]
WIDE_PLAN = [plan_row(action, action_no=ref, named_lead=who, start_date=START[begin], end_date=END[done], status=STATUS[word])
             for ref, action, who, _, _, begin, done, word, _ in WIDE]  # fmt: skip
WIDE_DOC = Sheet("excel_wide_sheet_across_pages", "wide", ["# Wyre District Council - Cabinet, 7 July 2026", "Corporate plan delivery tracker."],
                 WIDE_HEADER, [list(row) for row in WIDE], [40, 260, 150, 100, 60, 90, 90, 90, 300], WIDE_PLAN, split_at=5, footer=True)  # fmt: skip

WIDE_DOCS = [
    WIDE_DOC,
    Sheet("excel_wide_sheet_across_pages_no_gridlines", "wide", WIDE_DOC.intro, WIDE_HEADER, [list(row) for row in WIDE], WIDE_DOC.widths, WIDE_PLAN, split_at=5, footer=True, rules="none"),
    Sheet("excel_wide_sheet_ref_repeated_at_left", "wide", WIDE_DOC.intro, WIDE_HEADER, [list(row) for row in WIDE], WIDE_DOC.widths, WIDE_PLAN, split_at=5, footer=True, repeat_first=True),
]  # fmt: skip

# ---------------------------------------------------------------- more layouts of the same tools

PERF_DATES = {"31/03/2027": "31-Mar-2027", "30/09/2026": "30-Sep-2026", "31/12/2026": "31-Dec-2026"}
PERF_DATED_ROWS = [row if len(row) == 1 else [*row[:3], PERF_DATES[row[3]], *row[4:]] for row in PERF_ROWS]
PERF_DATED_HEADER = ["Code", "Action", "Assigned To", "Due Date", "Progress (%)", "Status", "Latest Note"]
THEMED_HOUSING = [
    ["Priority 1: Homes people can afford"],
    *[list(row) for row in HOUSING[:3]],
    ["Priority 2: Safe and warm homes"],
    *[list(row) for row in HOUSING[3:]],
]
THEMED_PLAN = [plan_row(action, theme="Priority 1: Homes people can afford" if index < 3 else "Priority 2: Safe and warm homes", action_no=ref,
                        named_lead=who, end_date=END[when], status=STATUS[word]) for index, (ref, action, who, when, word) in enumerate(HOUSING)]  # fmt: skip
MORE = [
    perf("covalent_dates_dd_mmm_yyyy_progress_percent", rows=PERF_DATED_ROWS, header=PERF_DATED_HEADER),
    perf("covalent_dates_dd_mmm_yyyy_no_rules", rows=PERF_DATED_ROWS, header=PERF_DATED_HEADER, rules="none"),
    Sheet("slide_cells_as_outlined_text_boxes", "slide", ICB_INTRO, ICB_HEADER, [list(row) for row in ICB], ICB_WIDTHS, icb_plan(), rules="boxes", font=9.0),
    housing("slide_housing_cells_as_outlined_text_boxes", rules="boxes"),
    Sheet("excel_6pt_title_priority_bands_two_pages_no_gridlines", "excel", HOUSING_INTRO, HOUSING_HEADER, THEMED_HOUSING, HOUSING_WIDTHS, THEMED_PLAN,
          rules="none", font=6.0, title="Housing Service Plan 2026/27", per_page=4, footer=True),
    Sheet("excel_grey_gridlines_priority_bands", "excel", HOUSING_INTRO, HOUSING_HEADER, THEMED_HOUSING, HOUSING_WIDTHS, THEMED_PLAN),
    Sheet("google_docs_priority_bands_rectangles", "gdocs", HOUSING_INTRO, HOUSING_HEADER, THEMED_HOUSING, HOUSING_WIDTHS, THEMED_PLAN, rules="rects"),
]  # fmt: skip


# ---------------------------------------------------------------- a roadmap slide: actions down, quarters across, bars


ROADMAP = [
    ("Agree the digital strategy", "Chief Digital Officer", 0, 0),
    ("Move the contact centre to the cloud", "Head of Customer Services", 1, 2),
    ("Replace the finance system", "Director of Finance", 1, 3),
    ("Launch the resident app", "Chief Digital Officer", 2, 3),
]  # fmt: skip
QUARTERS = ["Q1 2026/27", "Q2 2026/27", "Q3 2026/27", "Q4 2026/27"]
Q_START = ["2026-04-01", "2026-07-01", "2026-10-01", "2027-01-01"]
Q_END = ["2026-06-30", "2026-09-30", "2026-12-31", "2027-03-31"]


class Roadmap(Sheet):
    """A roadmap slide: each action a row, the quarters columns, a bar (a filled rounded rectangle with no words)
    across the quarters it runs over."""

    def _draw(
        self,
        page: canvas.Canvas,
        top: float,
        rows: list[list[str]],
        columns: list[int],
        start: int,
        *,
        show_title: bool,
    ) -> None:
        super()._draw(page, top, rows, columns, start, show_title=show_title)
        widths = self.widths
        lefts = [40.0 + sum(widths[:i]) for i in range(len(widths))]
        lead = self.font * 1.2
        y = top - (lead + 4)  # under the header
        page.setFillColor(colors.HexColor("#5B9BD5"))
        for _, _, first, last in ROADMAP:
            height = lead + 4
            page.roundRect(
                lefts[2 + first] + 3,
                y - height + 3,
                lefts[2 + last] + widths[2 + last] - lefts[2 + first] - 6,
                height - 6,
                3,
                stroke=0,
                fill=1,
            )
            y -= height
        page.setFillColor(colors.black)


ROADMAP_DOC = Roadmap("roadmap_slide_quarter_bars", "slide", ["# Kelbourne Borough Council - Digital Board, 3 June 2026", "Digital strategy roadmap 2026/27"],
                      ["Action", "Lead", *QUARTERS], [[action, who, "", "", "", ""] for action, who, _, _ in ROADMAP], [250, 160, 90, 90, 90, 90],
                      [plan_row(action, named_lead=who, start_date=Q_START[first], end_date=Q_END[last]) for action, who, first, last in ROADMAP], rules="slide", font=10.0)  # fmt: skip
MORE.append(ROADMAP_DOC)

XFAIL: dict[str, str] = {}


def params(sheets: list[Sheet]) -> list[Any]:
    return [
        pytest.param(
            sheet,
            id=f"{sheet.kind}-{sheet.name}",
            marks=[pytest.mark.xfail(strict=True, reason=XFAIL[sheet.name])] if sheet.name in XFAIL else [],
        )
        for sheet in sheets
    ]


@pytest.mark.parametrize("sheet", params(EXCEL + SYSTEM + DECKS + MORE + WIDE_DOCS))
def test_sheets_read_whole(sheet: Sheet, tmp_path: Path) -> None:
    assert_sheet_read(sheet, tmp_path)


def _plan_only(sheet: Sheet, tmp_path: Path) -> list[dict]:
    path = tmp_path / f"{sheet.name}.pdf"
    sheet.render(path)
    return predicted_dict(path, fast=True)["action_plan_rows"]


@pytest.mark.parametrize("rules", ["grey", "none"])
def test_wide_sheet_rows_found(rules: str, tmp_path: Path) -> None:
    """A sheet too wide for the page printed across pages (columns A-E on page 1, F-I on page 2): the rows are
    found once each, with their leads."""
    sheet = Sheet(
        f"{WIDE_DOC.name}_{rules}",
        "wide",
        WIDE_DOC.intro,
        WIDE_DOC.header,
        WIDE_DOC.rows,
        WIDE_DOC.widths,
        WIDE_PLAN,
        split_at=5,
        footer=True,
        rules=rules,
    )
    rows = _plan_only(sheet, tmp_path)
    assert [(row["action_no"], row["action"], row["named_lead"]) for row in rows] == [
        (ref, action, who) for ref, action, who, *_ in WIDE
    ]


def test_wide_sheet_dates_joined(tmp_path: Path) -> None:
    """The second page's columns belong to the first page's rows: each row keeps its start, end and status."""
    rows = _plan_only(WIDE_DOC, tmp_path)
    assert [(row["start_date"], row["end_date"], row["status"]) for row in rows] == [
        (p["start_date"], p["end_date"], p["status"]) for p in WIDE_PLAN
    ]


# ---------------------------------------------------------------- checks of the rules (written after the changes)


@pytest.mark.parametrize(
    ("cell", "read"),
    [
        ("46112", "2026-03-31"),  # Excel's serial of 31 March 2026, printed unformatted
        ("45658", "2025-01-01"),
        ("12345", "12345"),  # no serial of this century: left as printed
        ("46112 revised", "46112 revised"),  # not alone in the cell
        ("31/03/2026", "31/03/2026"),
    ],
)
def test_excel_serials_in_date_cells(cell: str, read: str) -> None:
    assert date_cell_text(cell, None) == read


def test_a_reference_of_five_digits_is_no_date(tmp_path: Path) -> None:
    """A serial's digits in the reference column are the reference: only a date column's cell is read as a date."""
    rows = [[str(46112 + i), action, who, when, word] for i, (_, action, who, when, word) in enumerate(HOUSING)]
    sheet = housing("excel_five_digit_references", rows=rows)
    plan = _plan_only(sheet, tmp_path)
    assert [row["action_no"] for row in plan] == [row[0] for row in rows]
    assert [row["end_date"] for row in plan] == [p["end_date"] for p in HOUSING_PLAN]


def _curve(x0: float, top: float, x1: float, bottom: float, **more: Any) -> dict:
    return {
        "x0": x0,
        "top": top,
        "x1": x1,
        "bottom": bottom,
        "fill": True,
        "non_stroking_color": (0.0, 0.69, 0.31),
    } | more


def test_icons_are_dots_not_bars() -> None:
    dot, bar, unfilled = _curve(10, 10, 18, 18), _curve(10, 10, 90, 16), _curve(10, 10, 18, 18, fill=False)
    assert [len(icon_fills([shape])) for shape in (dot, bar, unfilled)] == [1, 0, 0]
    assert [len(shape_fills([shape])) for shape in (dot, bar, unfilled)] == [0, 1, 0]


def test_an_icon_colours_only_the_cell_it_stands_in() -> None:
    icons = icon_fills([_curve(100, 20, 108, 28)])
    assert _cell_colour([(90, 15, 120, 33)], 0, icons) == "Green"
    assert _cell_colour([(130, 15, 160, 33)], 0, icons) is None  # the next cell along
    assert _cell_colour([(90, 60, 120, 78)], 0, icons) is None  # the row below


def test_a_shape_is_no_cell_shading() -> None:
    assert _cell_colour([(90, 15, 120, 33)], 0, shape_fills([_curve(60, 16, 200, 30)])) is None


def test_rag_dot_outside_a_status_column_gives_no_rating(tmp_path: Path) -> None:
    """The dots drawn in a column named 'Comments' (no status, no RAG): no rating read from them."""
    sheet = Sheet("smartsheet_dot_in_comments", "system", ["# Kelbourne Borough Council - Regeneration Board, 20 May 2026"],
                  ["Row", "Task Name", "Assigned To", "End Date", "Comments", "Status"], [[no, action, who, when, "", word] for no, action, who, when, _, word in SMART],
                  [30, 280, 150, 70, 60, 80], SMART_PLAN, rag_column=4, rag=[row[4] for row in SMART])  # fmt: skip
    assert [row["rag"] for row in _plan_only(sheet, tmp_path)] == [None] * len(SMART)


def test_two_plans_on_following_pages_are_not_joined_across(tmp_path: Path) -> None:
    """Two plans of as many rows on following pages, the second under its own heading: two tables, not one sheet."""
    path = tmp_path / "two_plans.pdf"
    first = housing("first", rows=[list(row) for row in HOUSING[:3]])
    second = Sheet("second", "excel", ["# Appendix B: Repairs plan"], ["Start date", "End date", "Status", "Comments"],
                   [["01/04/2026", "30/06/2026", "Complete", "Done"], ["01/06/2026", "31/12/2026", "On track", "-"], ["01/09/2026", "31/03/2027", "Not started", "-"]],
                   [80, 80, 80, 200], [])  # fmt: skip
    page = canvas.Canvas(str(path), pagesize=landscape(A4))
    first._draw(page, 540, first.rows, list(range(5)), 0, show_title=True)
    page.showPage()
    page.setFont("Helvetica-Bold", 12)
    page.drawString(40, 540, "Appendix B: Repairs plan for the year")
    second._draw(page, 520, second.rows, list(range(4)), 0, show_title=True)
    page.showPage()
    page.save()
    predicted = predicted_dict(path, fast=True)
    assert [len(table["header"]) for table in predicted["tables"]] == [5, 4]


def test_a_timeline_with_words_in_its_periods_is_no_roadmap(tmp_path: Path) -> None:
    """Period columns that print words ('Q1 2026/27' over 'Consult') keep them: the bars under them read as no dates."""
    rows = [[action, who, "Plan", "Do", "", ""] for action, who, _, _ in ROADMAP]
    sheet = Roadmap(
        "roadmap_words",
        "slide",
        ROADMAP_DOC.intro,
        ROADMAP_DOC.header,
        rows,
        ROADMAP_DOC.widths,
        [],
        rules="slide",
        font=10.0,
    )
    plan = _plan_only(sheet, tmp_path)
    assert [(row["start_date"], row["end_date"]) for row in plan] == [(None, None)] * len(ROADMAP)
