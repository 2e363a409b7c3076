"""A seeded generator of agenda front pages with known truth (the agenda list: item numbers, titles, page ranges).

Each seed draws, independently, as UK councils, combined authorities, NHS boards, police and crime panels and fire
authorities print them: the numbering ('1.', '1', 'Item 1', '1)', '(1)', 'A1', 'Agenda item 3', minute numbers
'24/101' and 'PC 12/24'), sub-items ('(a)', 'a)', '5.1', '(i)'), the layout (number and title at tab stops, a
borderless or ruled grid of No | Item | Pages or Time | Item | Lead | Paper, the number on its own line above the
title), the title's face (capitals, bold, plain), long titles wrapped with a hanging indent, what is printed with
an item (page ranges '(Pages 5 - 12)', 'Pages 5 to 12', a right-aligned '5 - 12', none; a purpose line, a lead, a
time, a report reference) and the page (a summons paragraph, the membership, a 'Part II' exempt heading before the
last items, a footer with a page number, the list running onto a second page). :func:`generate` draws the PDF with
reportlab; :func:`extract_items` reads it as `agendaparse eval` does; :func:`score` uses the evaluator's matching.

A second family, :func:`generate_minutes`, draws a parish council's minutes: the minute numbers ('1.', '1',
'24/101', 'PC 12/24', '24.03.01', 'Minute 45', '1)'), headings in capitals, bold or plain, at a tab stop or run on
after the number, long headings wrapped, lettered minutes under one ('(a)', 'a)', right under the heading or after
a line ending with a colon), the minute's sentences and resolutions (with numbered clauses), the attendance, a
signature line and a footer; its truth is the minute items (number and heading).

Run as a script for the summary over many seeds: ``python tests/agenda_variants.py 200 [-v] [--minutes]
[--scanned] [--from=N]`` (``--scanned``: each PDF printed, scanned at 200 dpi in grey and read by Tesseract, as
``agendaparse eval`` reads a scan; ``--from``: the first seed).
"""

from __future__ import annotations

import io
import random
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from drawn_pdfs import pdf_file, percent_figures

NUMBERING = ["dot", "dot", "bare", "item", "paren_r", "paren", "letter", "agenda_item", "minute", "minute_prefixed"]
LAYOUTS = ["tabs", "tabs", "grid", "ruled", "above"]
FACES = ["plain", "bold", "caps"]
PAGE_STYLES = ["paren", "paren", "words", "right", "none"]
EXTRAS = ["none", "none", "purpose", "lead", "time", "report"]
SUBS = ["none", "none", "paren", "letter_r", "dotted", "roman"]
PUBLISHERS = ["moderngov", "cmis", "parish", "combined", "nhs", "police", "fire"]

BODIES = {
    "moderngov": ("Rivermouth Borough Council", "Cabinet"),
    "cmis": ("Westshire County Council", "Scrutiny Committee"),
    "parish": ("Little Haddon Parish Council", "Little Haddon Parish Council"),
    "combined": ("North Vale Combined Authority", "Transport Committee"),
    "nhs": ("Eastbrook Hospitals NHS Foundation Trust", "Board of Directors"),
    "police": ("Greyshire Police and Crime Panel", "Police and Crime Panel"),
    "fire": ("Northmoor Fire and Rescue Authority", "Fire and Rescue Authority"),
}
OPENING = [
    "Apologies for Absence", "Declarations of Interest", "Minutes of the Previous Meeting",
]  # fmt: skip
BUSINESS = [
    "Revenue Budget Monitoring Quarter 2", "Local Transport Plan Refresh", "Annual Report of the Audit Committee",
    "Housing Allocations Policy", "Treasury Management Mid-Year Review", "Corporate Risk Register",
    "Playing Pitch Strategy", "Community Safety Partnership Update", "Fees and Charges 2025/26",
    "Procurement of the Waste Collection Contract", "Performance Report", "Work Programme",
    "Planning Applications", "Footpaths and Verges", "Village Hall Car Park", "Grant Applications",
    "Integrated Performance Report", "Winter Resilience Plan", "Fleet Replacement Programme",
    "Police and Crime Plan Delivery", "Complaints Against the Commissioner", "Questions from the Public",
]  # fmt: skip
LONG = [
    "Review of the Corporate Enforcement Policy and the Proposed Changes to the Charging Schedule for Licensing Fees",
    "Proposals for the Redevelopment of the Former Bus Depot Site at Mill Lane and the Disposal of Surplus Land",
    "Update on the Delivery of the Capital Programme and the Proposed Reprofiling of Schemes into the Next Year",
    "Outcome of the Public Consultation on the Draft Local Plan and the Next Steps towards Submission",
]  # fmt: skip
SUB_TITLES = ["Payments for Approval", "Bank Reconciliation", "Budget Monitoring", "Internal Audit Report", "Grants"]
PURPOSES = [
    "To consider the report of the Director of Place.", "To receive the report of the Chief Finance Officer.",
    "To note the update from the Clerk.", "To approve the recommendations set out in the report.",
]  # fmt: skip
LEADS = ["Head of Finance", "Chief Executive", "Director of Nursing", "Clerk", "Chief Fire Officer", "Chair"]
MEMBERS = ["A Whitlow", "B Carrick", "C Dunmore", "D Elsworth", "E Fairbairn", "F Galloway", "G Hexley", "H Inchbold"]
TOP, BOTTOM, LEFT, RIGHT = A4[1] - 56, 70, 56, A4[0] - 56


@dataclass
class Variant:
    seed: int
    publisher: str
    numbering: str
    layout: str
    face: str
    pages: str
    extra: str
    sub: str
    summons: bool
    membership: bool
    part2: bool
    footer: bool
    two_pages: bool
    wrap: bool
    sections: bool = False  # unnumbered group headings between the items ('Items for Decision')
    leaders: bool = False  # dot leaders from the title to a right-aligned range
    notes: bool = False  # 'Report to follow', 'Verbal update' under some titles
    truth: list[dict[str, Any]] = field(default_factory=list)

    def classes(self) -> list[str]:
        return [
            f"numbering={self.numbering}", f"layout={self.layout}", f"face={self.face}", f"pages={self.pages}",
            f"extra={self.extra}", f"sub={self.sub}", f"publisher={self.publisher}", f"summons={self.summons}",
            f"membership={self.membership}", f"part2={self.part2}", f"footer={self.footer}",
            f"two_pages={self.two_pages}", f"wrap={self.wrap}", f"sections={self.sections}",
            f"leaders={self.leaders}", f"notes={self.notes}",
        ]  # fmt: skip


def draw(seed: int) -> Variant:
    rng = random.Random(seed)
    more = random.Random(seed + 7_000_003)  # the later dimensions, drawn apart so that the first ones stay as they were
    return Variant(
        seed=seed,
        publisher=rng.choice(PUBLISHERS),
        numbering=rng.choice(NUMBERING),
        layout=rng.choice(LAYOUTS),
        face=rng.choice(FACES),
        pages=rng.choice(PAGE_STYLES),
        extra=rng.choice(EXTRAS),
        sub=rng.choice(SUBS),
        summons=rng.random() < 0.5,
        membership=rng.random() < 0.5,
        part2=rng.random() < 0.3,
        footer=rng.random() < 0.6,
        two_pages=rng.random() < 0.3,
        wrap=rng.random() < 0.5,
        sections=more.random() < 0.3,
        leaders=more.random() < 0.5,
        notes=more.random() < 0.25,
    )


# ---------------------------------------------------------------- the items and their truth


@dataclass
class Entry:
    label: str  # as printed
    number: str  # the truth
    title: str  # as printed (capitals already applied)
    pages: tuple[int, int] | None
    sub: bool = False
    extra: str = ""  # the purpose, lead, time or report reference printed with it


def _label(style: str, n: int) -> tuple[str, str]:
    """(printed, truth) of the n-th top-level number."""
    if style == "letter":
        letter, index = "ABC"[(n - 1) // 4], (n - 1) % 4 + 1
        return f"{letter}{index}", f"{letter}{index}"
    if style == "minute":
        return f"24/{100 + n}", f"24/{100 + n}"
    if style == "minute_prefixed":
        return f"PC {11 + n}/24", f"PC {11 + n}/24"
    printed = {"dot": "{n}.", "bare": "{n}", "item": "Item {n}", "paren_r": "{n})", "paren": "({n})"}.get(
        style, "Agenda item {n}"
    )
    return printed.format(n=n), str(n)


def _sub_label(style: str, parent: str, k: int) -> tuple[str, str]:
    letter, roman = "abcdefgh"[k], ["i", "ii", "iii", "iv", "v"][k]
    if style == "paren":
        return f"({letter})", f"{parent}({letter})"
    if style == "letter_r":
        return f"{letter})", f"{parent}({letter})"
    if style == "roman":
        return f"({roman})", f"{parent}({roman})"
    return f"{parent}.{k + 1}", f"{parent}.{k + 1}"


def _titles(rng: random.Random, variant: Variant, count: int) -> list[str]:
    titles = OPENING[: rng.randint(2, 3)] + rng.sample(BUSINESS, count)
    if variant.wrap:
        for index, title in zip(rng.sample(range(3, len(titles)), 2), rng.sample(LONG, 2), strict=True):
            titles[index] = title
    return titles


def _extra(rng: random.Random, kind: str, index: int) -> str:
    if kind == "purpose":
        return rng.choice(PURPOSES)
    if kind == "lead":
        return rng.choice(LEADS)
    if kind == "time":
        minutes = 10 * 60 + 15 * index
        return f"{minutes // 60}:{minutes % 60:02d}"
    if kind == "report":
        return f"Report CAB/24/{17 + index:03d}"
    return ""


def _entries(variant: Variant, rng: random.Random) -> list[Entry]:
    titles = _titles(rng, variant, rng.randint(4, 9 if variant.two_pages else 6))
    sub_under = rng.randrange(3, len(titles)) if variant.sub != "none" else None
    if variant.numbering in ("letter", "minute", "minute_prefixed") and variant.sub == "dotted":
        sub_under = None  # 'A4.1', '24/111.1': decimal parts are printed under plain numbers
    page, entries = rng.randint(3, 9), []
    for index, title in enumerate(titles):
        printed, number = _label(variant.numbering, index + 1)
        face = title.upper() if variant.face == "caps" else title
        pages = None
        if variant.pages != "none" and index >= 2:
            length = rng.randint(1, 30)
            pages, page = (page, page + length - 1), page + length
        extra = _extra(rng, variant.extra, index) if index >= 2 or variant.extra == "time" else ""
        entries.append(Entry(printed, number, face, pages, extra=extra))
        if index == sub_under:
            for k in range(rng.randint(2, 3)):
                sub_printed, sub_number = _sub_label(variant.sub, number, k)
                entries.append(Entry(sub_printed, sub_number, SUB_TITLES[k], None, sub=True))
    return entries


def _page_text(style: str, pages: tuple[int, int] | None) -> str:
    if pages is None or style == "none":
        return ""
    first, last = pages
    if style == "paren":
        return f"(Pages {first} - {last})" if last > first else f"(Page {first})"
    if style == "words":
        return f"Pages {first} to {last}" if last > first else f"Page {first}"
    return f"{first} - {last}" if last > first else str(first)


def _truth(entry: Entry) -> dict[str, Any]:
    pages = entry.pages
    printed = None if pages is None else (f"{pages[0]}-{pages[1]}" if pages[1] > pages[0] else str(pages[0]))
    return {"number": entry.number, "title": entry.title, "printed_pages": printed}


# ---------------------------------------------------------------- drawing


class Painter:
    """A cursor over A4 pages: rows of (x, text, bold, size) cells, a new page when the foot is reached."""

    def __init__(self, pdf: canvas.Canvas, footer: bool) -> None:
        self.pdf, self.footer, self.page, self.y = pdf, footer, 1, TOP

    def text(self, x: float, y: float, text: str, bold: bool = False, size: float = 11.0, right: bool = False) -> None:
        font = "Helvetica-Bold" if bold else "Helvetica"
        self.pdf.setFont(font, size)
        (self.pdf.drawRightString if right else self.pdf.drawString)(x, y, text)

    def row(self, cells: list[tuple], size: float = 11.0, gap: float = 1.35) -> None:
        self.room(size * gap)
        for cell in cells:
            x, text, bold, *rest = (*cell, False)[:3] + tuple(cell[3:])
            self.text(x, self.y, text, bold, size, right=bool(rest and rest[0]))
        self.y -= size * gap

    def room(self, height: float) -> None:
        if self.y - height < BOTTOM:
            self.new_page()

    def new_page(self) -> None:
        self.finish_page()
        self.pdf.showPage()
        self.page, self.y = self.page + 1, TOP

    def finish_page(self) -> None:
        if self.footer:
            self.text(A4[0] / 2 - 15, 36, f"Page {self.page}", size=9)

    def space(self, points: float) -> None:
        self.y -= points

    def rule(self, x0: float, x1: float, y: float) -> None:
        self.pdf.setLineWidth(0.5)
        self.pdf.line(x0, y, x1, y)


def wrap(text: str, width: float, bold: bool = False, size: float = 11.0) -> list[str]:
    font = "Helvetica-Bold" if bold else "Helvetica"
    lines, current = [], ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if current and stringWidth(trial, font, size) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    return [*lines, current] if current else lines


def _heading(painter: Painter, variant: Variant, rng: random.Random) -> None:
    body, committee = BODIES[variant.publisher]
    painter.row([(LEFT, body.upper() if rng.random() < 0.5 else body, True)], size=15)
    if committee != body:
        painter.row([(LEFT, committee, True)], size=13)
    painter.space(4)
    painter.row([(LEFT, "Date: Thursday, 14 March 2024")])
    painter.row([(LEFT, "Time: 7.00 pm" if variant.publisher == "parish" else "Time: 10.00 am")])
    painter.row([(LEFT, "Venue: Council Chamber, Town Hall, Market Square")])
    if variant.membership:
        painter.space(6)
        names = ", ".join(f"Councillor {name}" for name in rng.sample(MEMBERS, 6))
        for line in wrap(f"Membership: {names}", RIGHT - LEFT):
            painter.row([(LEFT, line)])
    if variant.summons:
        painter.space(6)
        text = (
            f"You are summoned to attend a meeting of the {committee} to be held in the Council Chamber on Thursday,"
            " 14 March 2024 to transact the business set out below."
        )
        for line in wrap(text, RIGHT - LEFT):
            painter.row([(LEFT, line)])
        painter.row([(LEFT, "Jane Marlow, Proper Officer")])
    painter.space(8)
    painter.row([(LEFT, "AGENDA", True)], size=13)
    painter.space(4)


def _part2(painter: Painter) -> None:
    painter.space(6)
    painter.row([(LEFT, "PART II - EXEMPT ITEMS", True)])
    text = (
        "The public and press are likely to be excluded from the meeting during the following item by virtue of"
        " paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972."
    )
    for line in wrap(text, RIGHT - LEFT, size=10):
        painter.row([(LEFT, line)], size=10)
    painter.space(4)


SECTION_HEADINGS = (("Procedural Items", "PART A - STANDING ITEMS"), ("Items for Decision", "PART B - FOR DECISION"))


def _title_x(variant: Variant, entry: Entry) -> float:
    label_width = {"item": 52, "agenda_item": 100, "minute": 52, "minute_prefixed": 70}.get(variant.numbering, 34)
    return LEFT + label_width + (28 if entry.sub else 0)


def _tab_item(painter: Painter, variant: Variant, entry: Entry) -> None:
    bold = variant.face == "bold" and not entry.sub
    title_x = _title_x(variant, entry)
    label_x = title_x - 28 if entry.sub else LEFT
    if variant.layout == "above" and not entry.sub:
        painter.row([(LEFT, entry.label, True)])
        title_x = LEFT
    pages = _page_text(variant.pages, entry.pages)
    right_text = pages if variant.pages == "right" else (entry.extra if variant.extra == "time" else "")
    width = RIGHT - title_x - (70 if right_text else 0)
    lines = wrap(entry.title, width, bold)
    if variant.leaders and variant.pages == "right" and pages:  # 'Title ........ 5 - 12'
        font = "Helvetica-Bold" if bold else "Helvetica"
        room = RIGHT - stringWidth(pages, "Helvetica", 11) - 6 - title_x - stringWidth(lines[-1] + " ", font, 11)
        lines[-1] = f"{lines[-1]} {'.' * max(int(room / stringWidth('.', font, 11)), 3)}"
    inline_pages = pages and variant.pages != "right"
    if inline_pages and stringWidth(f"{lines[-1]} {pages}", "Helvetica", 11) < width:
        lines[-1] = f"{lines[-1]}\x00{pages}"
        inline_pages = False
    for index, line in enumerate(lines):
        cells: list[tuple] = []
        if index == 0 and not (variant.layout == "above" and not entry.sub):
            cells.append((label_x, entry.label, bold))
        title, _, tail = line.partition("\x00")
        cells.append((title_x, title, bold))
        if tail:
            cells.append((title_x + stringWidth(title + " ", "Helvetica-Bold" if bold else "Helvetica", 11), tail))
        if index == 0 and right_text:
            cells.append((RIGHT, right_text, False, True))
        painter.row(cells)
    if inline_pages:
        painter.row([(title_x, pages)])
    if entry.extra and variant.extra in ("purpose", "lead", "report"):
        shown = f"Lead: {entry.extra}" if variant.extra == "lead" else entry.extra
        painter.row([(title_x, shown)], size=10)
    if variant.notes and entry.pages is None and not entry.sub and entry.number not in ("1", "2"):
        painter.row([(title_x, "Verbal update" if len(entry.title) % 2 else "Report to follow")], size=10)
    painter.space(5)


GRID_COLUMNS = {
    "pages": [("No.", 0, 36), ("Item", 36, 370), ("Pages", 406, 77)],
    "lead": [("Time", 0, 44), ("No.", 44, 36), ("Item", 80, 230), ("Lead", 310, 110), ("Pages", 420, 63)],
    "report": [("Time", 0, 44), ("No.", 44, 36), ("Item", 80, 230), ("Paper", 310, 110), ("Pages", 420, 63)],
}
WIDE_LABELS = {"item": 50, "agenda_item": 90, "minute_prefixed": 60}  # what 'No.' needs more than 36 points


def _columns(kind: str, numbering: str) -> list[tuple[str, float, float]]:
    """The grid's columns (name, x, width), the number's widened and the item's narrowed to fit its labels."""
    more = WIDE_LABELS.get(numbering, 36) - 36
    columns = []
    for name, x, width in GRID_COLUMNS[kind]:
        width += more if name == "No." else -more if name == "Item" else 0
        columns.append((name, x + (more if name == "Item" else 0), width))  # the item follows the number
    return columns


def _grid_cells(variant: Variant, entry: Entry) -> dict[str, str]:
    return {
        "No.": entry.label,
        "Item": entry.title,
        "Pages": _page_text("right" if variant.pages != "none" else "none", entry.pages),  # a bare range
        "Time": entry.extra if variant.extra == "time" else "",
        "Lead": entry.extra if variant.extra == "lead" else "",
        "Paper": entry.extra.removeprefix("Report ") if variant.extra == "report" else "",
    }


def _grid(painter: Painter, variant: Variant, entries: list[Entry], part2_at: int | None) -> None:
    kind = {"time": "lead", "lead": "lead", "report": "report"}.get(variant.extra, "pages")
    columns = _columns(kind, variant.numbering)
    ruled = variant.layout == "ruled"
    header = [(LEFT + x + 3, name, True) for name, x, _ in columns]
    painter.row(header)
    if ruled:
        painter.rule(LEFT, LEFT + 483, painter.y + 12)
    for index, entry in enumerate(entries):
        if index == part2_at:
            _part2(painter)
        bold = variant.face == "bold" and not entry.sub
        values = _grid_cells(variant, entry)
        wrapped = {
            name: wrap(values[name], width - 8, bold and name == "Item") if values[name] else []
            for name, _, width in columns
        }
        height = max(len(lines) for lines in wrapped.values()) or 1
        painter.room(height * 14.85 + 4)
        top = painter.y
        for name, x, _ in columns:
            indent = 10 if entry.sub and name == "Item" else 0
            for k, line in enumerate(wrapped[name]):
                painter.text(LEFT + x + 3 + indent, top - 14.85 * k, line, bold and name == "Item")
        painter.y = top - 14.85 * height - 4
        if ruled:
            painter.rule(LEFT, LEFT + 483, painter.y + 10)
            for _, x, _ in columns:
                painter.pdf.line(LEFT + x, top + 12, LEFT + x, painter.y + 10)
            painter.pdf.line(LEFT + 483, top + 12, LEFT + 483, painter.y + 10)


def generate(seed: int) -> tuple[bytes, Variant]:
    variant = draw(seed)
    rng = random.Random(seed * 7919 + 3)
    entries = _entries(variant, rng)
    variant.truth = [_truth(entry) for entry in entries]
    last_top = max(index for index, entry in enumerate(entries) if not entry.sub)
    part2_at = last_top if variant.part2 else None  # the heading before the last item, never between sub-items
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    painter = Painter(pdf, variant.footer)
    _heading(painter, variant, rng)
    if variant.layout in ("grid", "ruled"):
        _grid(painter, variant, entries, part2_at)
    else:
        for index, entry in enumerate(entries):
            if index == part2_at:
                _part2(painter)
            if variant.two_pages and index == len(entries) // 2 + 1 and painter.page == 1:
                painter.new_page()
            if variant.sections and not entry.sub and index in (0, 3):
                painter.row([(LEFT, SECTION_HEADINGS[index == 3][len(entries) % 2], True)])
                painter.space(3)
            _tab_item(painter, variant, entry)
    painter.finish_page()
    pdf.save()
    return buffer.getvalue(), variant


# ---------------------------------------------------------------- minutes: the headings of the minute items

MINUTE_NUMBERING = ["dot", "dot", "bare", "minute", "minute_prefixed", "dotted_date", "minute_word", "paren_r"]
MINUTE_LAYOUTS = ["tabs", "tabs", "inline"]
MINUTE_HEADINGS = [
    "Apologies for Absence", "Declarations of Interest", "Minutes of the Previous Meeting", "Matters Arising",
    "Public Participation", "Planning Applications", "Highways and Footpaths", "Finance", "Correspondence",
    "Village Hall Car Park", "Play Area Inspection", "Grass Cutting Contract", "Clerk's Report",
    "Date of the Next Meeting",
]  # fmt: skip
LONG_HEADINGS = [
    "Report of the Working Group on the Refurbishment of the Village Hall Kitchen and the Funding Bid to the Trust",
    "Consultation Response on the Proposed Changes to the Bus Services Serving the Villages of the Upper Valley",
]  # fmt: skip
SENTENCES = [
    "Apologies were received from Councillors Whitlow and Carrick.",
    "There were no declarations of interest.",
    "The minutes of the meeting held on 12 February 2024 were approved as a correct record and signed by the Chair.",
    "The Clerk reported that the contractor had completed the works to the footpath at Mill Lane and that the invoice"
    " had been received.",
    "Members discussed the quotations received for the replacement of the bus shelter on Station Road.",
    "The Chair thanked the volunteers who had helped with the litter pick in March.",
    "It was noted that the annual inspection had found no high risk items.",
]  # fmt: skip
RESOLUTIONS = [
    "RESOLVED: that the quotation from Haddon Joinery be accepted.",
    "RESOLVED that the report be noted.",
    "It was RESOLVED to defer the matter to the next meeting.",
]
CLAUSES = ["that the report be noted;", "that the budget be approved; and", "that the Clerk write to the landowner."]
MINUTE_SUBS = ["Payments for Approval", "Bank Reconciliation", "Budget Monitoring"]
# how a heading runs on into its minute's record on the same line: not at all (the record under it), after a full
# stop, with no mark, in bold with the record in regular type, after a dash, after a colon
RUN_ONS = ["none", "none", "stop", "plain", "bold", "dash", "colon"]
RUN_ON_MARKS = {"stop": ".", "plain": "", "bold": "", "dash": " –", "colon": ":"}
# the record's first words, in the ways minutes open them: a sentence, nothing received, who declared or sent
# apologies, a resolution, a short phrase
RUN_ON_RECORDS = [
    "The Clerk reported that the quotation for the works had been received.", "None received.",
    "Cllr Dunmore declared an interest as a neighbour of the applicant.", "Resolved: that the report be noted.",
    "Apologies were received from Councillors Whitlow and Carrick.", "Nothing to report.",
    "Members noted the update and thanked the Clerk.", "It was agreed to defer the matter to the next meeting.",
    "Cllr Elsworth reported that the hedge had been cut back.", "No declarations were made.",
]  # fmt: skip


@dataclass
class MinutesVariant:
    seed: int
    numbering: str
    layout: str
    face: str
    sub: str  # none | paren | letter_r
    clauses: bool  # numbered resolution clauses inside a minute
    present: bool
    footer: bool
    wrap: bool
    signature: bool
    runon: str = "none"  # how a heading runs on into its record: RUN_ONS
    truth: list[dict[str, Any]] = field(default_factory=list)

    def classes(self) -> list[str]:
        return [
            f"numbering={self.numbering}", f"layout={self.layout}", f"face={self.face}", f"sub={self.sub}",
            f"clauses={self.clauses}", f"present={self.present}", f"footer={self.footer}", f"wrap={self.wrap}",
            f"signature={self.signature}", f"runon={self.runon}",
        ]  # fmt: skip


def draw_minutes(seed: int) -> MinutesVariant:
    rng = random.Random(seed + 100_003)
    return MinutesVariant(
        seed=seed,
        numbering=rng.choice(MINUTE_NUMBERING),
        layout=rng.choice(MINUTE_LAYOUTS),
        face=rng.choice(FACES),
        sub=rng.choice(["none", "none", "paren", "letter_r"]),
        clauses=rng.random() < 0.3,
        present=rng.random() < 0.7,
        footer=rng.random() < 0.6,
        wrap=rng.random() < 0.4,
        signature=rng.random() < 0.5,
        runon=rng.choice(RUN_ONS),  # drawn last: the draws before it stay as they were
    )


def _minute_label(style: str, n: int) -> tuple[str, str]:
    """(printed, truth) of the n-th minute's number."""
    if style == "dotted_date":
        return f"24.03.{n:02d}", f"24.03.{n:02d}"
    if style == "minute_word":
        return f"Minute {40 + n}", str(40 + n)
    if style in ("minute", "minute_prefixed"):
        return _label(style, n)
    return {"dot": f"{n}.", "bare": str(n), "paren_r": f"{n})"}[style], str(n)


def _heading_rows(layout: str, printed: str, title: str, bold: bool, title_x: float) -> tuple[list[list[tuple]], float]:
    """The heading's rows of cells (the number run in before the title, or at a tab stop) and where its minute's
    lines start under it."""
    if layout == "inline":
        first_x = LEFT + stringWidth(printed + " ", "Helvetica-Bold" if bold else "Helvetica", 11)
        lines = wrap(title, RIGHT - first_x, bold)
        rows = [[(LEFT, f"{printed} {lines[0]}", bold)]]
        rest = wrap(" ".join(lines[1:]), RIGHT - LEFT, bold) if len(lines) > 1 else []
        return rows + [[(LEFT, line, bold)] for line in rest], LEFT
    lines = wrap(title, RIGHT - title_x, bold)
    rows = [[(LEFT, printed, bold), (title_x, lines[0], bold)]]
    return rows + [[(title_x, line, bold)] for line in lines[1:]], title_x


def _run_on(rows: list[list[tuple]], mark: str, record: str, bold: bool, body_x: float) -> list[list[tuple]]:
    """The heading's rows with its mark after the title and the record, in regular type, run on after it on the
    title's last line as far as the line has room, the rest under it from ``body_x``."""
    *cells, (x, text, _) = rows[-1]
    head = text + mark
    start = x + stringWidth(head + " ", "Helvetica-Bold" if bold else "Helvetica", 11)
    first = wrap(record, RIGHT - start)[0]
    if stringWidth(first, "Helvetica", 11) > RIGHT - start:
        first = ""  # no room for a word: the record starts under the heading
    rest = record[len(first) :].strip()
    last = [*cells, (x, head, bold)] + ([(start, first)] if first else [])
    return [*rows[:-1], last] + [[(body_x, line)] for line in wrap(rest, RIGHT - body_x) if rest]


def _minute_body(painter: Painter, rng: random.Random, x: float, clauses: bool) -> None:
    for sentence in rng.sample(SENTENCES, rng.randint(1, 2)):
        for line in wrap(sentence, RIGHT - x):
            painter.row([(x, line)])
    if rng.random() < 0.5:
        if clauses:
            painter.row([(x, "RESOLVED:")])
            for k, clause in enumerate(CLAUSES):
                painter.row([(x + 14, f"({k + 1})"), (x + 40, clause)])
        else:
            painter.row([(x, rng.choice(RESOLUTIONS))])
    painter.space(6)


def generate_minutes(seed: int) -> tuple[bytes, MinutesVariant]:
    variant = draw_minutes(seed)
    rng = random.Random(seed * 7919 + 5)
    headings = rng.sample(MINUTE_HEADINGS, rng.randint(5, 9))
    if variant.wrap:
        headings[rng.randrange(2, len(headings))] = rng.choice(LONG_HEADINGS)
    sub_under = rng.randrange(2, len(headings)) if variant.sub != "none" else None
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    painter = Painter(pdf, variant.footer)
    painter.row([(LEFT, "LITTLE HADDON PARISH COUNCIL", True)], size=14)
    painter.row([(LEFT, "Minutes of the meeting of the Parish Council held on Tuesday 12 March 2024 at 7.30 pm")])
    painter.row([(LEFT, "in the Village Hall")])
    painter.space(6)
    if variant.present:
        painter.row([(LEFT, "Present: Councillors A Whitlow (Chair), C Dunmore, D Elsworth and F Galloway")])
        painter.row([(LEFT, "In attendance: Jane Marlow (Clerk) and two members of the public")])
        painter.space(6)
    label_width = {"minute": 52, "minute_prefixed": 70, "dotted_date": 62, "minute_word": 70}.get(variant.numbering, 34)
    title_x = LEFT + label_width
    bold = variant.face != "plain" or variant.runon == "bold"
    records = random.Random(seed * 7919 + 11)  # the run-on records, apart so that the other draws stay as they were
    for index, heading in enumerate(headings):
        printed, number = _minute_label(variant.numbering, index + 1)
        title = heading.upper() if variant.face == "caps" else heading
        variant.truth.append({"number": number, "title": title, "printed_pages": None})
        rows, body_x = _heading_rows(variant.layout, printed, title, bold, title_x)
        opens = index == sub_under and rng.random() < 0.5  # the lettered minutes after a line that opens them
        if variant.runon != "none" and (index != sub_under or opens):
            record = "The following matters were considered:" if opens else records.choice(RUN_ON_RECORDS)
            rows = _run_on(rows, RUN_ON_MARKS[variant.runon], record, bold, body_x)
        elif opens:
            rows.append([(body_x, "The following matters were considered:")])
        for row in rows:
            painter.row(row)
        if index != sub_under:
            _minute_body(painter, rng, body_x, variant.clauses)
            continue
        for k, sub_title in enumerate(MINUTE_SUBS[: rng.randint(2, 3)]):
            sub_printed, sub_number = _sub_label(variant.sub, number, k)
            variant.truth.append({"number": sub_number, "title": sub_title, "printed_pages": None})
            painter.row([(body_x, sub_printed), (body_x + 28, sub_title)])
            painter.row([(body_x + 28, "Approved as presented.")])
            painter.space(4)
    if variant.signature:
        painter.space(16)
        painter.row(
            [(LEFT, "Signed ........................................ Chair      Date ..........................")]
        )
    painter.finish_page()
    pdf.save()
    return buffer.getvalue(), variant


# ---------------------------------------------------------------- reading and scoring


def extract_items(pdf: bytes, *, ocr: bool = False) -> list[dict[str, Any]]:
    """The agenda items `agendaparse eval` reads from the PDF, as gold-shaped dicts; ``ocr``: pages with no text
    layer read by Tesseract, as ``agendaparse eval`` without ``--fast`` reads them."""
    from agendaparse.extract import _items
    from agendaparse.pdf import read_document
    from agendaparse.segment import document_facts

    with pdf_file(pdf) as path:
        layouts = read_document(path, ocr="auto" if ocr else "never").pages
    items = _items(layouts, document_facts(layouts), "doc")
    return [{"number": item.number, "title": item.title, "printed_pages": item.printed_pages} for item in items]


def score(truth: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> Counter:
    from agendaparse.evaluate import score_agenda_items

    return Counter(score_agenda_items(truth, predicted))


def summary(counts: Counter) -> dict[str, float]:
    return percent_figures(counts, ("title", "pages"))


def failures(truth: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> list[tuple[Any, Any]]:
    """(truth, predicted) of every unpaired or differing item, None on the side that has none."""
    from agendaparse.evaluate import norm_number, norm_pages, norm_text

    found = {norm_number(p["number"]): p for p in predicted}
    bad: list[tuple[Any, Any]] = []
    for gold in truth:
        pred = found.pop(norm_number(gold["number"]), None)
        same = pred and norm_text(gold["title"]) == norm_text(pred["title"])
        if not same or norm_pages(gold["printed_pages"]) != norm_pages(pred["printed_pages"]):
            bad.append((gold, pred))
    return bad + [(None, pred) for pred in found.values()]


def main(
    count: int, verbose: bool = False, family: str = "agenda", scanned: bool = False, first: int = 0
) -> None:  # pragma: no cover - for people
    total: Counter = Counter()
    by_class: dict[str, Counter] = {}
    for seed in range(first, count):
        pdf, variant = generate(seed) if family == "agenda" else generate_minutes(seed)
        if scanned:  # printed, rendered at 200 dpi in grey and read by Tesseract
            import scan_cases

            pdf = scan_cases.scanned_document(pdf, scan_cases.PaperLook())
        predicted = extract_items(pdf, ocr=scanned)
        counts = score(variant.truth, predicted)
        total += counts
        for key in variant.classes():
            by_class.setdefault(key, Counter()).update(counts)
        if verbose:
            worst = {k: round(v) for k, v in summary(counts).items() if v < 100}
            if worst:
                print(seed, " ".join(variant.classes()), worst)
                for gold, pred in failures(variant.truth, predicted)[:6]:
                    print("     ", gold, "->", pred)
    print("ALL", {k: round(v, 1) for k, v in summary(total).items()})
    for key in sorted(by_class):
        print(f"{key:28}", {k: round(v, 1) for k, v in summary(by_class[key]).items()})


if __name__ == "__main__":  # pragma: no cover
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    family = "minutes" if "--minutes" in sys.argv else "agenda"
    numbers = [int(arg) for arg in sys.argv[1:] if arg.isdigit()]
    first = next((int(arg.split("=")[1]) for arg in sys.argv[1:] if arg.startswith("--from=")), 0)
    main(
        numbers[0] if numbers else 50,
        verbose="-v" in sys.argv,
        family=family,
        scanned="--scanned" in sys.argv,
        first=first,
    )
