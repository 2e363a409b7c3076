"""A seeded generator of the first pages of UK committee papers with known document facts (issue #4).

Each seed draws, independently, as UK bodies print them: the kind of body (district, borough, county, city, unitary
and metropolitan councils; parish, town and community councils; combined and fire authorities, police and crime
panels, NHS trusts and integrated care boards, national park authorities, joint committees of two councils,
partnerships), the committee that meets (Cabinet, a scrutiny, planning, audit or licensing committee, a health and
wellbeing board, the full council, the body's own meeting), the kind of paper (agenda pack, minutes, a report to the
committee, an action log), how the heading names them (a logo line over a title block, 'Notice of Meeting', 'A
meeting of the X will be held …', 'MINUTES of a meeting of the X held at … on …', 'Agenda for the X', a running head,
'Dear Councillor … You are summoned to attend …', a report's cover table 'Report to: | Date of meeting: | Report
of:'), where the body is printed (the logo line, the footer, the address block, the running head, within the
committee's name), the date's form ('Tuesday, 5th March 2024', '05/03/2024', '5 March 2024 at 7.00 pm') with other
dates printed near it (publication, despatch, the previous meeting's), capitals, bold, sizes and one or two columns.

The truth is the gold's ``document`` section (corpus/gold/README.md): a principal council's own meeting is named as
printed with the place taken off ('District Council', 'Council', 'Full Council'); a parish, town or community
council's own meeting, an authority's, a panel's, a partnership's and a joint committee's (no host council printed)
is named by the body's whole name. :func:`generate` draws the PDF with reportlab; :func:`extract_facts` reads it as
`agendaparse eval` does (fast: no OCR); :func:`score` compares the fields with the evaluator's own comparison.

Run as a script for the summary over many seeds: ``python tests/facts_variants.py 200 [-v] [--from N]``.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from agenda_variants import wrap
from drawn_pdfs import pdf_file

FIELDS = ("body", "committee", "meeting_date", "doc_type")
KINDS = [
    "district", "borough", "county", "city", "unitary", "metropolitan", "parish", "town", "community", "combined",
    "fire", "police", "nhs_trust", "icb", "national_park", "joint", "partnership",
]  # fmt: skip
DOC_TYPES = ["agenda_pack", "agenda_pack", "minutes", "minutes", "report", "action_plan"]
HEADINGS = [
    "logo_block", "notice", "meeting_of", "agenda_for", "title_block", "running_head", "summons", "cover",
    "cover_plain",
]  # fmt: skip
BODY_PLACES = ["logo", "logo", "footer", "address", "running_head"]
DATE_FORMS = ["weekday_ordinal_comma", "weekday_plain", "plain", "ordinal", "numeric", "with_time"]
DISTRACTORS = ["none", "none", "published", "despatch", "previous"]
FACES = ["plain", "caps", "bold_caps"]
DATE_LABELS = ["Date:", "Date:", "Date of meeting:", "Meeting date:", "When:"]
COLUMNS = ["one", "one", "two"]

# invented places: no body of any gold or training set (tests/test_blind_sets.py checks the first pages' bodies)
PLACES = [
    "Ashmarten", "Brackwold", "Corvingham", "Dunhallow", "Elverstoke", "Fenwardine", "Glaskerry", "Hollinsby",
    "Kettlemoor", "Lowdraven", "Marsbury", "Nethercombe", "Oxwardley", "Pellingstow", "Quenmoor", "Rathwick",
    "Skelderby", "Thornvale", "Wendlecombe", "Yarrowfield",
]  # fmt: skip
PRINCIPAL = {
    "district": "{p} District Council", "borough": "{p} Borough Council", "county": "{p} County Council",
    "city": "{p} City Council", "unitary": "{p} Council", "metropolitan": "{p} Metropolitan Borough Council",
}  # fmt: skip
# a council's own meeting printed with its whole name, its place taken off (corpus/gold/README.md, stop 56)
OWN_PRINCIPAL = {
    "district": "District Council", "borough": "Borough Council", "county": "County Council", "city": "City Council",
    "unitary": "Council", "metropolitan": "Metropolitan Borough Council",
}  # fmt: skip
LOCAL = {"parish": "{p} Parish Council", "town": "{p} Town Council", "community": "{p} Community Council"}
OTHER_BODIES = {
    "combined": "{p} Combined Authority", "fire": "{p} Fire and Rescue Authority",
    "police": "{p} Police and Crime Panel", "nhs_trust": "{p} Hospitals NHS Foundation Trust",
    "icb": "NHS {p} Integrated Care Board", "national_park": "{p} National Park Authority",
    "joint": "{p} and {q} Joint Waste Committee", "partnership": "{p} Community Safety Partnership",
}  # fmt: skip
# invented departments of a national government and the boards and groups they run (the body and its committee, as
# the dev golds name a department's 'Transparency Board')
DEPARTMENTS = [
    "Department for Rural Affairs and Skills", "Department of Coastal Communities", "Office for Public Records",
    "Ministry of Inland Waterways", "Department for Digital Infrastructure", "Office of the Data Commissioner",
]  # fmt: skip
DEPARTMENT_GROUPS = [
    "Open Records User Group", "Data Standards Board", "Rural Skills Advisory Panel", "Digital Programme Board",
    "Waterways Steering Group", "Local Data Forum",
]  # fmt: skip
# a body meeting as itself, named by its kind ('the Panel' only in a sentence, never as a title line)
SHORT_NAMES = {
    "combined": ["Combined Authority", "Authority"], "fire": ["Fire and Rescue Authority", "Authority"],
    "police": ["Police and Crime Panel", "Panel"], "national_park": ["National Park Authority", "Authority"],
    "joint": ["Joint Waste Committee", "Joint Committee"],
    "partnership": ["Community Safety Partnership", "Partnership"],
}  # fmt: skip
PRINCIPAL_COMMITTEES = [
    "Cabinet", "Overview and Scrutiny Committee", "Planning Committee", "Audit and Governance Committee",
    "Licensing Sub-Committee", "own", "own",
]  # fmt: skip
COMMITTEES = {
    "county": [*PRINCIPAL_COMMITTEES, "Health and Wellbeing Board"],
    "unitary": [*PRINCIPAL_COMMITTEES, "Health and Wellbeing Board"],
    "metropolitan": [*PRINCIPAL_COMMITTEES, "Health and Wellbeing Board"],
    **dict.fromkeys(("parish", "town", "community"), ["own", "own", "own", "Planning Committee", "Finance Committee"]),
    "combined": ["own", "Overview and Scrutiny Committee", "Audit and Governance Committee", "Transport Committee"],
    "fire": ["own", "own", "Audit and Governance Committee"],
    "police": ["own"],
    "nhs_trust": ["Board of Directors", "Audit Committee", "Quality Committee"],
    "icb": ["own", "Audit Committee"],
    "national_park": ["own", "Planning Committee"],
    "joint": ["own"],
    "partnership": ["own"],
}
VENUES = ["Council Chamber, Civic Centre", "Committee Room 2, County Hall", "the Village Hall", "Board Room, Trust HQ"]
ITEMS = [
    "Apologies for Absence", "Declarations of Interest", "Public Participation", "Budget Monitoring Report",
    "Corporate Risk Register", "Work Programme", "Planning Applications", "Performance Report",
]  # fmt: skip
OFFICERS = ["Director of Place", "Chief Finance Officer", "Head of Governance", "Clerk to the Council"]
TOP, BOTTOM, LEFT, RIGHT = A4[1] - 56, 70, 56, A4[0] - 56
ORDINAL = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


@dataclass
class Variant:
    seed: int
    kind: str
    committee_kind: str  # a committee's name, 'own' (the body's own meeting) or 'full' (a principal council's)
    doc_type: str
    heading: str
    body_place: str
    date_form: str
    distractor: str
    face: str
    columns: str
    own_printed: str = ""  # how a principal council's own meeting is printed: 'body', 'Council', 'Full Council'
    # the later dimensions, drawn apart so that the first ones stay as they were
    date_label: str = "Date:"
    label_alone: bool = False  # a label on its line, its value on the next
    wording: str = "first"  # the prose heading's wording: 'first', 'second', 'third'
    report_date: bool = False  # a report's cover prints the report's own date above the meeting's
    second_page: bool = False
    size: float = 14.0  # the committee line's
    # the third batch, drawn apart again
    top_line: str = "none"  # a line over everything: 'Public Document Pack', 'Supplementary Agenda', 'OFFICIAL'
    of_form: bool = False  # a principal council named 'The Borough Council of X'
    date_variant: str = (
        "none"  # 'comma_year' ('Tuesday 5th March, 2024'), 'time_first' ('7.00 pm, Tuesday 5 March 2024')
    )
    contact: bool = False  # a contact block with the date it was sent: 'Contact: … Tel: … Date: 26 February 2024'
    # the fifth batch: a body meeting as itself named in the heading by its kind only ('a meeting of the Police and
    # Crime Panel', 'the Authority'), its whole name printed where body_place puts it
    own_short: str = ""
    # the sixth: a police and crime panel's or joint committee's host council printed ('Hosted by …' under the
    # heading or at the foot): the host is the body, the panel or committee named whole the meeting (gold, stop 23)
    host: str = ""
    # the seventh: a government department's board or group (about one seed in eight, drawn over the kind above)
    department: bool = False
    truth: dict[str, Any] = field(default_factory=dict)

    def committee_class(self) -> str:
        return self.committee_kind if self.committee_kind in ("own", "full") else "named"

    def classes(self) -> list[str]:
        return [
            f"kind={self.kind}", f"committee={self.committee_class()}",
            f"doc_type={self.doc_type}", f"heading={self.heading}", f"body_place={self.body_place}",
            f"date_form={self.date_form}", f"distractor={self.distractor}", f"face={self.face}",
            f"columns={self.columns}", f"date_label={self.date_label}", f"label_alone={self.label_alone}",
            f"wording={self.wording}", f"report_date={self.report_date}", f"second_page={self.second_page}",
            f"size={self.size:g}", f"top_line={self.top_line}", f"of_form={self.of_form}",
            f"date_variant={self.date_variant}", f"contact={self.contact}", f"own_short={bool(self.own_short)}",
            f"host={self.host or 'none'}", f"department={self.department}",
        ]  # fmt: skip


def _heading_for(rng: random.Random, doc_type: str) -> str:
    """The heading forms a paper of this kind prints (a summons heads an agenda, a cover table a report)."""
    fitting = {
        "agenda_pack": ["logo_block", "notice", "meeting_of", "agenda_for", "title_block", "running_head", "summons"],
        "minutes": ["logo_block", "meeting_of", "title_block", "running_head"],
        "report": ["cover", "cover_plain"],
        "action_plan": ["logo_block", "title_block", "running_head"],
    }[doc_type]
    return rng.choice(fitting)


def draw(seed: int) -> Variant:
    rng = random.Random(seed)
    kind = rng.choice(KINDS)
    committee = rng.choice(COMMITTEES.get(kind, PRINCIPAL_COMMITTEES))
    doc_type = rng.choice(DOC_TYPES)
    if kind in PRINCIPAL and committee == "own":
        committee = "full"
    variant = Variant(
        seed=seed,
        kind=kind,
        committee_kind=committee,
        doc_type=doc_type,
        heading=_heading_for(rng, doc_type),
        body_place=rng.choice(BODY_PLACES),
        date_form=rng.choice(DATE_FORMS),
        distractor=rng.choice(DISTRACTORS),
        face=rng.choice(FACES),
        columns=rng.choice(COLUMNS),
        own_printed=rng.choice(["body", "Council", "Full Council"]),
    )
    more = random.Random(seed + 7_000_003)
    variant.date_label = more.choice(DATE_LABELS)
    variant.label_alone = more.random() < 0.25
    variant.wording = more.choice(["first", "second", "third"])
    variant.report_date = doc_type == "report" and more.random() < 0.5
    variant.second_page = more.random() < 0.4
    variant.size = more.choice([12.0, 14.0, 18.0])
    third = random.Random(seed + 9_000_011)
    top_lines = ["none", "none", "Public Document Pack", "OFFICIAL"] + (
        ["Supplementary Agenda"] if doc_type == "agenda_pack" else []
    )
    variant.top_line = third.choice(top_lines)
    variant.of_form = kind == "borough" and third.random() < 0.5  # "The Borough Council of Fenby"
    variant.date_variant = third.choice(["none", "none", "comma_year", "time_first"])
    variant.contact = doc_type in ("agenda_pack", "report") and third.random() < 0.4
    fifth = random.Random(seed + 13_000_027)
    if committee == "own" and kind in SHORT_NAMES and fifth.random() < 0.5:
        prose = variant.heading in ("notice", "meeting_of", "summons")
        variant.own_short = fifth.choice(SHORT_NAMES[kind] if prose else SHORT_NAMES[kind][:1])
    sixth = random.Random(seed + 17_000_033)
    if committee == "own" and kind in ("police", "joint") and sixth.random() < 0.4:
        variant.host = sixth.choice(["under", "foot"])
    seventh = random.Random(seed + 23_000_057)
    if seventh.random() < 0.125:
        variant.kind, variant.department = "department", True
        variant.committee_kind = seventh.choice(DEPARTMENT_GROUPS)
        variant.own_short, variant.host, variant.of_form = "", "", False
    return variant


def host_council(variant: Variant, body: str) -> str:
    """The council hosting a panel or joint committee: of a place its name does not hold."""
    rng = random.Random(variant.seed + 19_000_043)
    place = rng.choice([place for place in PLACES if place not in body])
    return f"{place} {rng.choice(['County Council', 'Borough Council', 'District Council'])}"


# ---------------------------------------------------------------- names, dates and truth


@dataclass
class Names:
    body: str
    committee: str  # as printed in a heading
    truth_committee: str
    meeting: dt.date
    time: str
    venue: str


def _names(variant: Variant, rng: random.Random) -> Names:
    place, other = rng.sample(PLACES, 2)
    template = PRINCIPAL.get(variant.kind) or LOCAL.get(variant.kind) or OTHER_BODIES.get(variant.kind, "")
    body = template.format(p=place, q=other) if template else rng.choice(DEPARTMENTS)
    if variant.of_form:  # 'Westmoor Borough Council' printed 'The Borough Council of Westmoor'
        body = f"{OWN_PRINCIPAL[variant.kind]} of {place}"
    if variant.committee_kind == "full":
        printed = body if variant.own_printed == "body" else variant.own_printed
        truth = OWN_PRINCIPAL[variant.kind] if printed == body else printed
    elif variant.committee_kind == "own":
        printed, truth = variant.own_short or body, body
    else:
        printed = truth = variant.committee_kind
    meeting = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(0, 700))
    hour = rng.choice([10, 14, 18, 19])
    time = f"{hour - 12 if hour > 12 else hour}.{rng.choice(['00', '30'])} {'pm' if hour >= 12 else 'am'}"
    venue = "the Village Hall" if variant.kind in LOCAL else rng.choice(VENUES[:2] + VENUES[3:])
    return Names(body, printed, truth, meeting, time, venue)


def meeting_day(variant: Variant, names: Names) -> str:
    """The meeting's date as the heading prints it (with its hour where the form gives one)."""
    form = variant.date_form if variant.date_variant == "none" else variant.date_variant
    return date_text(names.meeting, form, names.time)


def timed(variant: Variant) -> bool:
    return variant.date_form == "with_time" or variant.date_variant == "time_first"


def date_text(day: dt.date, form: str, time: str = "") -> str:
    suffix = ORDINAL.get(day.day, "th")
    weekday, month = day.strftime("%A"), day.strftime("%B")
    if form == "comma_year":
        return f"{weekday} {day.day}{suffix} {month}, {day.year}"
    if form == "time_first":
        return f"{time}, {weekday} {day.day} {month} {day.year}"
    if form == "weekday_ordinal_comma":
        return f"{weekday}, {day.day}{suffix} {month} {day.year}"
    if form == "weekday_plain":
        return f"{weekday} {day.day} {month} {day.year}"
    if form == "ordinal":
        return f"{day.day}{suffix} {month} {day.year}"
    if form == "numeric":
        return day.strftime("%d/%m/%Y")
    if form == "with_time":
        return f"{day.day} {month} {day.year} at {time}"
    return f"{day.day} {month} {day.year}"


# ---------------------------------------------------------------- drawing


class Painter:
    """A cursor down an A4 page: rows of (x, text, bold, size) cells."""

    def __init__(self, pdf: canvas.Canvas, width: float = RIGHT - LEFT) -> None:
        self.pdf, self.y, self.width = pdf, TOP, width  # the width left of a second column

    def text(self, x: float, y: float, text: str, bold: bool = False, size: float = 11.0) -> None:
        self.pdf.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        self.pdf.drawString(x, y, text)

    def row(self, cells: list[tuple[float, str]], bold: bool = False, size: float = 11.0) -> None:
        for x, text in cells:
            self.text(x, self.y, text, bold, size)
        self.y -= size * 1.4

    def lines(self, text: str, x: float = LEFT, width: float = 0.0, bold: bool = False, size: float = 11.0) -> None:
        for line in wrap(text, width or self.width, bold, size):
            self.row([(x, line)], bold, size)

    def space(self, points: float) -> None:
        self.y -= points


def _face(variant: Variant, text: str) -> tuple[str, bool]:
    return (text.upper() if variant.face != "plain" else text), variant.face == "bold_caps"


def _address(names: Names) -> list[str]:
    if names.body in DEPARTMENTS:
        return [names.body, "2 Marsham Row", "London SW1P 4QT"]
    return [names.body, "Civic Offices, Station Road", "Marlow Green MG4 7TQ"]


def _other_date_line(variant: Variant, names: Names) -> str | None:
    before = names.meeting - dt.timedelta(days=8)
    if variant.distractor == "published":
        return f"Date of publication: {date_text(before, 'plain')}"
    if variant.distractor == "despatch":
        return f"Despatch date: {date_text(before, 'numeric')}"
    return None


def _labelled_block(painter: Painter, variant: Variant, names: Names) -> None:
    """'Date: …', 'Time: …', 'Venue: …' at a tab stop (two columns: the address block on the right)."""
    day = meeting_day(variant, names)
    rows = [(variant.date_label, day)]
    if not timed(variant):
        rows.append(("Time:", names.time))
    rows.append(("Venue:", names.venue))
    tab = LEFT + 10 + max(stringWidth(label, "Helvetica", 11) for label, _ in rows)
    for label, value in rows:
        if variant.label_alone:
            painter.row([(LEFT, label)], bold=True)
            painter.row([(LEFT, value)])
        else:
            painter.row([(LEFT, label), (max(tab, LEFT + 60), value)])


def _logo(painter: Painter, variant: Variant, names: Names) -> None:
    named = variant.heading in ("logo_block", "title_block", "running_head", "agenda_for")
    if variant.body_place == "logo" and names.committee == names.body and named:
        return  # the committee's line names the body: printed once
    if variant.body_place == "logo":
        text, _ = _face(variant, names.body)
        painter.row([(LEFT, text)], bold=True, size=16)
        painter.space(6)
    elif variant.body_place == "running_head":
        whole = names.committee == names.body or variant.own_short
        named = names.body if whole else f"{names.body} - {names.committee}"
        head = f"{named} - {date_text(names.meeting, 'plain')}"
        painter.text(LEFT, A4[1] - 30, head, size=8)
    elif variant.body_place == "address" and variant.columns == "one":
        for line in _address(names):
            painter.row([(RIGHT - 170, line)], size=9)
        painter.space(8)
    elif variant.body_place == "address":  # a second column at the right of the heading
        for index, line in enumerate(_address(names)):
            painter.text(RIGHT - 150, TOP - 13 * index, line, size=9)


def _committee_line(painter: Painter, variant: Variant, names: Names, prefix: str = "") -> None:
    text, bold = _face(variant, f"{prefix}{names.committee}")
    painter.lines(text, bold=bold or variant.face == "plain", size=variant.size)


def _heading(painter: Painter, variant: Variant, names: Names) -> None:
    day = meeting_day(variant, names)
    the = "" if names.committee == names.body else "the "
    of = f"{the}{names.committee}"
    kind = variant.heading
    at = "" if timed(variant) else f" at {names.time}"
    if kind == "notice":
        painter.row([(LEFT, "NOTICE OF MEETING")], bold=True, size=14)
        painter.space(4)
        painter.lines(
            {
                "first": f"A meeting of {of} will be held in {names.venue} on {day}{at}.",
                "second": f"NOTICE IS HEREBY GIVEN that a meeting of {of} will be held on {day}{at} in {names.venue}.",
                "third": f"You are invited to attend a meeting of {of} on {day}{at}, to be held in {names.venue}.",
            }[variant.wording]
        )
    elif kind == "meeting_of":
        _meeting_of(painter, variant, names, of, f"{day}{at}")
    elif kind == "agenda_for":
        _committee_line(painter, variant, names, prefix=f"Agenda for {the}")
        painter.space(4)
        _labelled_block(painter, variant, names)
    elif kind == "summons":
        painter.row([(LEFT, "Dear Councillor")])
        painter.space(4)
        at = "" if timed(variant) else f" at {names.time}"
        painter.lines(
            f"You are summoned to attend a meeting of {of} to be held in {names.venue} on {day}{at} for the"
            " purpose of transacting the business set out in the agenda below."
        )
        painter.row([(LEFT, "Yours faithfully,")])
        painter.row([(LEFT, "Monitoring Officer")])
    elif kind in ("cover", "cover_plain"):
        _cover(painter, variant, names, day)
    else:  # logo_block, title_block, running_head: the committee over labelled lines
        _committee_line(painter, variant, names)
        title = {"minutes": "Minutes", "action_plan": "Action Log", "report": "Report"}.get(variant.doc_type, "Agenda")
        text, bold = _face(variant, title)
        painter.row([(LEFT, text)], bold=True, size=13)
        painter.space(4)
        _labelled_block(painter, variant, names)


def _meeting_of(painter: Painter, variant: Variant, names: Names, of: str, when: str) -> None:
    """'MINUTES of a meeting of the X held in … on …', 'At a meeting of the X held at … on …', 'Minutes of the X meeting
    held on … at …' (an agenda's: 'to be held')."""
    verb = "held" if variant.doc_type == "minutes" else "to be held"
    lead, bold = _face(variant, "Minutes" if variant.doc_type == "minutes" else "Agenda")
    painter.row([(LEFT, lead)], bold=True, size=14)
    the = "" if of.startswith("the ") or names.committee == names.body else "the "
    text = {
        "first": f"{lead.upper()} of a meeting of {of} {verb} in {names.venue} on {when}",
        "second": f"{'At a meeting' if verb == 'held' else 'Meeting'} of {of} {verb} at {names.venue} on {when}",
        "third": f"{lead.title()} of {the}{of} meeting {verb} on {when} at {names.venue}",
    }[variant.wording]
    painter.lines(text, bold=bold)


def _cover(painter: Painter, variant: Variant, names: Names, day: str) -> None:
    """A report's cover table: labels in a column, the values beside them, ruled."""
    label = "Date of meeting:" if variant.date_label in ("Date:", "When:") else variant.date_label
    report_day = date_text(names.meeting - dt.timedelta(days=16), variant.date_form, names.time)
    rows = [
        *([("Date of report:", report_day)] if variant.report_date else []),
        ("Report to:", names.committee),
        (label, day),
        ("Report of:", "Director of Place"),
        ("Subject:", "Budget Monitoring Report Quarter 2"),
        ("Wards affected:", "All"),
    ]
    ruled = variant.heading == "cover"
    if not ruled:
        rows[0] = ("Meeting:", names.committee)
    painter.pdf.setLineWidth(0.5)
    for label, value in rows:
        if ruled:
            painter.pdf.line(LEFT, painter.y + 13, RIGHT, painter.y + 13)
        painter.row([(LEFT + 4, label), (LEFT + 140, value)], bold=False)
    if ruled:
        painter.pdf.line(LEFT, painter.y + 13, RIGHT, painter.y + 13)
    painter.space(8)


def _content(painter: Painter, variant: Variant, names: Names) -> None:
    """What follows the heading: the attendance and items, a report's paragraphs, or a log's table."""
    if variant.doc_type == "report":
        _report_text(painter, variant, names)
    elif variant.doc_type == "action_plan":
        _log_table(painter, names)
    else:
        _items(painter, variant, names)


def _report_text(painter: Painter, variant: Variant, names: Names) -> None:
    painter.lines("1. Purpose of the report", bold=True)
    painter.lines("1.1 To set out the forecast outturn for the year and the actions taken to keep within budget.")
    painter.lines("2. Recommendations", bold=True)
    meeting = "meeting" if variant.committee_kind == "own" else names.truth_committee
    painter.lines(f"2.1 That the {meeting} notes the report.")


def _log_table(painter: Painter, names: Names) -> None:
    painter.lines("Actions arising from the meeting and their progress.")
    columns = [LEFT, LEFT + 40, LEFT + 260, LEFT + 360, LEFT + 430]
    painter.row(list(zip(columns, ["No.", "Action", "Owner", "Due", "Status"], strict=True)), bold=True)
    actions = [
        ("Circulate the revised budget timetable", "Head of Finance"),
        ("Report back on the bus shelter", "Clerk"),
    ]
    for index, (action, owner) in enumerate(actions):
        due = date_text(names.meeting + dt.timedelta(days=30 * (index + 1)), "numeric")
        painter.row(list(zip(columns, [str(index + 1), action, owner, due, "Open"], strict=True)), size=9)


def _items(painter: Painter, variant: Variant, names: Names) -> None:
    """The attendance of minutes, then the first items (with the last meeting's date under its minutes' item)."""
    if variant.doc_type == "minutes":
        members = "" if variant.department else "Councillors "
        painter.lines(f"Present: {members}A Whitlow (Chair), C Dunmore, D Elsworth and F Galloway")
        painter.lines("Officers: J Marlow (Democratic Services Officer)")
        painter.space(6)
    else:
        heading, _ = _face(variant, "AGENDA")
        painter.row([(LEFT, heading)], bold=True, size=13)
    previous = names.meeting - dt.timedelta(days=_days_since_last(variant))
    for index, title in enumerate([*ITEMS[:2], "Minutes of the Previous Meeting", *ITEMS[3:5]]):
        painter.row([(LEFT, f"{index + 1}."), (LEFT + 34, title)], bold=True)
        if title.startswith("Minutes") and variant.distractor == "previous":
            text = f"To approve the minutes of the meeting held on {date_text(previous, 'weekday_plain')}."
            painter.lines(text, x=LEFT + 34, width=RIGHT - LEFT - 34)
        painter.space(3)


def _days_since_last(variant: Variant) -> int:
    return 28 + variant.seed % 20


def _footer(painter: Painter, variant: Variant, names: Names) -> None:
    text = names.body if variant.body_place == "footer" else ""
    other = _other_date_line(variant, names)
    if other and not variant.heading.startswith("cover"):
        painter.text(LEFT, 52, other, size=9)
    if text:
        painter.text(LEFT, 36, text, size=9)
    painter.text(RIGHT - 40, 36, "Page 1", size=9)


def _contact(painter: Painter, names: Names) -> None:
    """Who to ask, and the date the papers went out ('Date:' again, a letter's)."""
    sent = date_text(names.meeting - dt.timedelta(days=9), "plain")
    for line in ("Contact: Jane Marlow, Democratic Services", "Tel: 01632 960123", f"Date: {sent}"):
        painter.row([(LEFT, line)], size=9)
    painter.space(6)


def _second_page(painter: Painter, variant: Variant, names: Names) -> None:
    """A second page under a running head naming the committee and the meeting's date."""
    painter.pdf.showPage()
    painter.text(LEFT, A4[1] - 30, f"{names.committee} - {date_text(names.meeting, 'plain')}", size=8)
    painter.y = TOP
    for number, title in ((6, "Treasury Management Strategy"), (7, "Exclusion of the Press and Public")):
        painter.row([(LEFT, f"{number}."), (LEFT + 34, title)], bold=True)
        painter.lines("To consider the report of the Chief Finance Officer.", x=LEFT + 34)
    _footer(painter, variant, names)


def generate(seed: int) -> tuple[bytes, Variant]:
    variant = draw(seed)
    rng = random.Random(seed * 7919 + 11)
    names = _names(variant, rng)
    host = host_council(variant, names.body) if variant.host else ""
    variant.truth = {
        "body": host or names.body,
        "committee": names.truth_committee,
        "meeting_date": names.meeting.isoformat(),
        "doc_type": variant.doc_type,
    }
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    painter = Painter(pdf, RIGHT - LEFT - (170 if variant.columns == "two" and variant.body_place == "address" else 0))
    if variant.top_line != "none":
        painter.text(
            RIGHT - stringWidth(variant.top_line, "Helvetica-Bold", 12), A4[1] - 44, variant.top_line, True, 12
        )
    _logo(painter, variant, names)
    if variant.host == "under":
        painter.row([(LEFT, f"Hosted by {host}")], size=9)
        painter.space(4)
    elif variant.host == "foot":
        painter.text(LEFT, 64, f"Hosted by {host}", size=9)
    _heading(painter, variant, names)
    painter.space(10)
    if variant.contact:
        _contact(painter, names)
    _content(painter, variant, names)
    _footer(painter, variant, names)
    if variant.second_page:
        _second_page(painter, variant, names)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue(), variant


# ---------------------------------------------------------------- reading and scoring


def extract_facts(pdf: bytes) -> dict[str, Any]:
    """The document facts `agendaparse eval` reads from the PDF (fast: no OCR), as the gold's fields."""
    from agendaparse.pdf import read_document
    from agendaparse.segment import document_facts, published_meeting, with_published_meeting

    with pdf_file(pdf) as path:
        read = read_document(path, ocr="never")
    facts = with_published_meeting(document_facts(read.pages), published_meeting(read.properties, "paper.pdf"))
    day = facts.meeting_date.isoformat() if facts.meeting_date else None
    return {"body": facts.body, "committee": facts.committee, "meeting_date": day, "doc_type": facts.doc_type}


def score(truth: dict[str, Any], predicted: dict[str, Any]) -> Counter:
    from agendaparse.evaluate import score_document_fields

    return Counter(score_document_fields(truth, predicted))


def scored(seeds: range, drawn: Callable[[Variant], bool] = lambda variant: True) -> Counter:
    """The counts of :func:`score` summed over the seeds whose drawn variant ``drawn`` keeps."""
    total: Counter = Counter()
    for seed in seeds:
        if drawn(draw(seed)):
            pdf, variant = generate(seed)
            total += score(variant.truth, extract_facts(pdf))
    return total


def summary(counts: Counter) -> dict[str, float]:
    result = {"all": 100 * counts["ok"] / counts["n"] if counts["n"] else 0.0}
    for name in FIELDS:
        if counts[f"{name}_n"]:
            result[name] = 100 * counts[f"{name}_ok"] / counts[f"{name}_n"]
    return result


def main(seeds: range, verbose: bool = False) -> None:  # pragma: no cover - for people
    total: Counter = Counter()
    by_class: dict[str, Counter] = {}
    for seed in seeds:
        pdf, variant = generate(seed)
        predicted = extract_facts(pdf)
        counts = score(variant.truth, predicted)
        total += counts
        for key in variant.classes():
            by_class.setdefault(key, Counter()).update(counts)
        if verbose and counts["ok"] < counts["n"]:
            print(seed, " ".join(variant.classes()))
            for name in FIELDS:
                if not counts[f"{name}_ok"]:
                    print(f"      {name}: {variant.truth[name]!r} -> {predicted.get(name)!r}")
    print("ALL", {k: round(v, 1) for k, v in summary(total).items()})
    for key in sorted(by_class):
        print(f"{key:34}", by_class[key]["n"] // 4, {k: round(v, 1) for k, v in summary(by_class[key]).items()})


if __name__ == "__main__":  # pragma: no cover
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    start = int(sys.argv[sys.argv.index("--from") + 1]) if "--from" in sys.argv else 0
    count = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 100
    main(range(start, start + count), verbose="-v" in sys.argv)
