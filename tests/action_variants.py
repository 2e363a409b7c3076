"""A seeded generator of minutes with known actions, owners and due dates (issue #6), read as `agendaparse eval` reads.

Each seed draws, independently, as UK parish and town councils, district and county committees, partnership boards,
NHS and police panels print their minutes: the meeting and its date in the heading (several UK forms), the minute
numbers ('83.', '77/21', '1772.', 'Item 4', or '5.' with numbered paragraphs '5.1', '5.2'), the attendance (with
initials defined, 'Petra Pym (PP)'), the layout (one column, a right-hand 'Action' margin of initials or posts, two
columns), a running head and a footer with page numbers, and whether the next meeting's date is printed. Each action
draws its phrasing ('ACTION: X to …', 'Action: X' under a sentence, 'Action Point: …', an 'Actions:' list, the
margin, 'X to …', 'X would …', 'X agreed to …', 'It was agreed that X would …', RESOLVED alone or with lettered
clauses, 'requested that', 'asked that', 'proposed that', '… would be circulated', '… report back'), its owner (a
person with or without a title, a post, a body, initials the attendance defines, two people, nobody) and its due
('by 31 March 2025', 'by the end of March', 'by the next meeting', 'within two weeks', 'in October', 'before
Christmas', 'by Q3 2024/25', 'by the end of the municipal year', 'by 15/04/2024', none) apart from the others, among
sentences that are no actions ('The Committee noted the report.', 'Members discussed …', 'X reported that …').

The truth is the gold's `actions` section as corpus/gold/README.md defines it: the text as printed without its
'ACTION:' label, owners without titles (posts as printed, 'the Partnership' -> 'Partnership'; a resolution's owners
only those it names as acting), the due resolved against the meeting's date. :func:`generate` draws the PDF with
reportlab; :func:`extract_actions` reads it as `agendaparse eval --fast` does (`evaluate.predicted_dict`);
:func:`score` is the evaluator's `score_actions`.

Run as a script for the figures by class: ``python tests/action_variants.py 200 [--from 0] [-v] [--scanned]``
(``--scanned``: each PDF printed, scanned at 200 dpi in grey and read by Tesseract, as ``agendaparse eval`` reads a
scan).
"""

from __future__ import annotations

import calendar
import datetime as dt
import io
import random
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from agenda_variants import wrap
from drawn_pdfs import pdf_file, percent_figures

MEETINGS = ["parish", "town", "district", "county", "partnership", "nhs", "police"]
DATE_FORMS = ["long", "ordinal", "comma", "plain", "numeric"]
NUMBERINGS = ["dot", "slash", "four", "item", "decimal"]
LAYOUTS = ["one", "one", "margin", "two"]
FORMS = [
    "action_label", "action_after", "action_point", "actions_list", "margin", "to_verb", "would", "agreed_to",
    "it_was_agreed", "resolved", "resolved_list", "requested", "asked_that", "proposed", "circulated", "report_back",
]  # fmt: skip
OWNER_KINDS = ["titled", "plain", "role", "body", "initials", "two", "none"]
DUE_FORMS = [
    "none", "none", "date", "end_month", "next_meeting", "within", "in_month", "christmas", "quarter", "municipal",
    "numeric",
]  # fmt: skip

# (body as printed in the heading, the committee's name, the body named as an actor)
BODIES = {
    "parish": ("Little Wenbury Parish Council", "Little Wenbury Parish Council", "the Parish Council"),
    "town": ("Sallowford Town Council", "Sallowford Town Council", "the Town Council"),
    "district": ("Harnmoor District Council", "Planning and Licensing Committee", "the District Council"),
    "county": ("Ottershire County Council", "Environment Scrutiny Committee", "the County Council"),
    "partnership": ("Brindlecombe Community Safety Partnership", "Partnership Board", "the Partnership"),
    "nhs": ("Quarrydene Health and Care NHS Trust", "Quality and Safety Committee", "the Trust"),
    "police": ("Fellmarsh Police and Crime Panel", "Police and Crime Panel", "the Panel"),
}
OUTSIDE_BODIES = ["Tarnvale Highways", "Oxbridge Lane Water Services", "the Pennick Rivers Trust", "Wyldbrook Rail"]
PEOPLE = [
    ("Alan", "Whitlow"), ("Petra", "Pym"), ("Colin", "Dunmore"), ("Hazel", "Elsworth"), ("Nadia", "Fairbairn"),
    ("Gregor", "Hexley"), ("Imogen", "Inchbold"), ("Rashid", "Carrick"), ("Tamsin", "Holloway"), ("Owen", "Tregarth"),
]  # fmt: skip
TITLES = ["Cllr", "Councillor", "Mr", "Mrs", "Ms", "Dr", "Supt", "Officer", "Inspector"]
ROLES = ["the Chair", "the Clerk", "the Director of Public Health", "the Head of Finance", "the Locality Manager"]
OFFICERS = [("Jane", "Marlow", "Clerk"), ("Ravi", "Solanki", "Head of Finance")]
# (what X is to do, the same done by nobody named: 'to be …')
TASKS = [
    ("write to the landowner about the overgrown hedge on Mill Lane",
     "A letter to be sent to the landowner about the overgrown hedge on Mill Lane"),
    ("obtain three quotations for the repair of the bus shelter",
     "Three quotations to be obtained for the repair of the bus shelter"),
    ("contact the school about parking at drop-off times",
     "The school to be contacted about parking at drop-off times"),
    ("arrange a site meeting with the contractor at the cemetery",
     "A site meeting to be arranged with the contractor at the cemetery"),
    ("update the corporate risk register with the new flooding risk",
     "The corporate risk register to be updated with the new flooding risk"),
    ("investigate the cost of replacing the noticeboard outside the library",
     "The cost of replacing the noticeboard outside the library to be investigated"),
    ("check the insurance cover for the new play equipment",
     "The insurance cover for the new play equipment to be checked"),
    ("prepare a briefing note on the waiting times at the minor injuries unit",
     "A briefing note on the waiting times at the minor injuries unit to be prepared"),
    ("review the response times for rural calls in the northern district",
     "The response times for rural calls in the northern district to be reviewed"),
    ("circulate the draft terms of reference for the working group",
     "The draft terms of reference for the working group to be circulated"),
]  # fmt: skip
PAPERS = ["revised grants policy", "draft budget for 2025/26", "updated action plan", "consultation response"]
TOPICS = [
    "the annual governance statement", "the speed watch scheme", "the winter maintenance plan",
    "the allotment waiting list", "the mental health crisis pathway", "the neighbourhood policing survey",
]  # fmt: skip
HEADINGS = [
    "Highways and Footpaths", "Finance Report", "Play Area Inspection", "Community Safety Update", "Correspondence",
    "Quality Account", "Performance Report", "Village Hall", "Grants to Local Organisations", "Winter Planning",
    "Risk Register", "Work Programme",
]  # fmt: skip
BACKGROUND = [
    "The report set out the position at the end of the second quarter and the main risks to delivery, together with"
    " the steps taken since the last meeting to address the concerns raised by members.",
    "Members were reminded that the scheme had been running for three years and that the funding from the county"
    " would end in the coming year unless a further bid was successful.",
    "The officer explained that the figures were provisional and would be confirmed once the year end accounts had"
    " been audited by the external auditor.",
]  # fmt: skip
TOP, BOTTOM, LEFT, RIGHT = A4[1] - 60, 72, 56, A4[0] - 56
SIZE, LEAD = 10.5, 13.5


@dataclass
class Planned:
    """One action as drawn: its classes, the text as printed, and its truth."""

    form: str
    owner_kind: str
    due_form: str
    truth: dict[str, Any]


@dataclass
class Variant:
    seed: int
    meeting: str
    date_form: str
    numbering: str
    layout: str
    running_head: bool
    next_printed: bool
    meeting_date: dt.date
    truth: list[dict[str, Any]] = field(default_factory=list)
    planned: list[Planned] = field(default_factory=list)

    def classes(self) -> list[str]:
        return [
            f"meeting={self.meeting}", f"date_form={self.date_form}", f"numbering={self.numbering}",
            f"layout={self.layout}", f"running_head={self.running_head}", f"next_printed={self.next_printed}",
        ]  # fmt: skip


def draw(seed: int) -> Variant:
    rng = random.Random(seed)
    return Variant(
        seed=seed,
        meeting=rng.choice(MEETINGS),
        date_form=rng.choice(DATE_FORMS),
        numbering=rng.choice(NUMBERINGS),
        layout=rng.choice(LAYOUTS),
        running_head=rng.random() < 0.5,
        next_printed=rng.random() < 0.5,
        meeting_date=dt.date(2023, 1, 9) + dt.timedelta(days=rng.randrange(0, 900)),
    )


# ---------------------------------------------------------------- dates


def _ordinal(day: int) -> str:
    return f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def date_text(day: dt.date, form: str) -> str:
    weekday, month = calendar.day_name[day.weekday()], calendar.month_name[day.month]
    return {
        "long": f"{weekday} {day.day} {month} {day.year}",
        "ordinal": f"{weekday} {_ordinal(day.day)} {month} {day.year}",
        "comma": f"{weekday}, {day.day} {month}, {day.year}",
        "plain": f"{day.day} {month} {day.year}",
        "numeric": f"{day.day:02d}/{day.month:02d}/{day.year}",
    }[form]


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _month_after(meeting: dt.date, months: int) -> dt.date:
    """The last day of the month `months` after the meeting's."""
    index = meeting.year * 12 + meeting.month - 1 + months
    return _month_end(index // 12, index % 12 + 1)


def _quarter(meeting: dt.date, rng: random.Random) -> tuple[str, dt.date]:
    """A UK financial year's quarter ending one to three quarters after the meeting: ('Q3 2024/25', its last day)."""
    end = _month_after(meeting, rng.choice([3, 6, 9]))
    end = _month_end(end.year, (end.month - 1) // 3 * 3 + 3)  # the calendar quarter's end
    start_year = end.year if end.month > 3 else end.year - 1
    number = {6: 1, 9: 2, 12: 3, 3: 4}[end.month]
    return f"Q{number} {start_year}/{(start_year + 1) % 100:02d}", end


def _on_or_after(day: dt.date, meeting: dt.date) -> dt.date:
    """The day of the year given, in the meeting's year or the next: the first on or after the meeting."""
    return day if day >= meeting else day.replace(year=day.year + 1)


def due_for(form: str, meeting: dt.date, next_meeting: dt.date | None, rng: random.Random) -> tuple[str, str | None]:
    """(the words printed after the task, ISO due or None)."""
    if form == "date":
        day = meeting + dt.timedelta(days=rng.randint(20, 150))
        return f" by {day.day} {calendar.month_name[day.month]} {day.year}", day.isoformat()
    if form == "numeric":
        day = meeting + dt.timedelta(days=rng.randint(20, 150))
        return f" by {day.day:02d}/{day.month:02d}/{day.year}", day.isoformat()
    if form in ("end_month", "in_month"):
        end = _month_after(meeting, rng.randint(1, 4))
        words = "by the end of" if form == "end_month" else "in"
        return f" {words} {calendar.month_name[end.month]}", end.isoformat()
    if form == "next_meeting":
        return " by the next meeting", next_meeting.isoformat() if next_meeting else None
    if form == "within":
        return " within two weeks", (meeting + dt.timedelta(days=14)).isoformat()
    if form == "christmas":
        return " before Christmas", _on_or_after(dt.date(meeting.year, 12, 25), meeting).isoformat()
    if form == "quarter":
        words, end = _quarter(meeting, rng)
        return f" by {words}", end.isoformat()
    if form == "municipal":
        return " by the end of the municipal year", _on_or_after(dt.date(meeting.year, 5, 31), meeting).isoformat()
    return "", None


# ---------------------------------------------------------------- the people and the owners


@dataclass
class Cast:
    members: list[tuple[str, str, str]]  # (first, last, initials)
    chair: tuple[str, str, str]
    titles: dict[str, str]  # last name -> the title the minutes give them
    body_actor: str


def _cast(variant: Variant, rng: random.Random) -> Cast:
    chosen = rng.sample(PEOPLE, 6)
    members = [(first, last, first[0] + last[0]) for first, last in chosen]
    titles = {last: rng.choice(TITLES) for _, last, _ in members}
    return Cast(members, members[0], titles, BODIES[variant.meeting][2])


def owner_phrase(kind: str, cast: Cast, rng: random.Random, start: bool) -> tuple[str, list[str]]:
    """(the owner as printed, the owners' truth)."""
    first, last, initials = rng.choice(cast.members[1:])
    if kind == "titled":
        return f"{cast.titles[last]} {first} {last}", [f"{first} {last}"]
    if kind == "plain":
        return f"{first} {last}", [f"{first} {last}"]
    if kind == "initials":
        return initials, [f"{first} {last}"]
    if kind == "two":
        other = rng.choice([m for m in cast.members[1:] if m[1] != last])
        return f"{first} {last} and {other[0]} {other[1]}", [f"{first} {last}", f"{other[0]} {other[1]}"]
    if kind == "role":
        role = rng.choice(ROLES)
        return (role[0].upper() + role[1:] if start else role), [role]
    if kind == "body":
        body = rng.choice([cast.body_actor, *OUTSIDE_BODIES])
        printed = body[0].upper() + body[1:] if start else body
        return printed, [body.removeprefix("the ")]
    return "", []


# ---------------------------------------------------------------- the actions' sentences


def _record(text: str, owners: list[str], due: str | None, kind: str, tier: str = "core") -> dict[str, Any]:
    return {"text": text, "owners": owners, "due": due, "kind": kind, "tier": tier}


# each form's owner kinds; 'none' only where the sentence reads without an owner
FORM_OWNERS = {
    "action_label": OWNER_KINDS,
    "action_after": ["titled", "plain", "role", "initials", "two"],
    "action_point": ["titled", "plain", "role", "body"],
    "actions_list": OWNER_KINDS,
    "margin": ["initials", "role", "two"],
    "to_verb": OWNER_KINDS,
    "would": ["titled", "plain", "role", "body", "two"],
    "agreed_to": ["titled", "plain", "role", "body", "two"],
    "it_was_agreed": ["titled", "plain", "role", "body", "two"],
    "resolved": ["none", "none", "role"],
    "resolved_list": ["none"],
    "requested": ["titled", "plain", "role", "body"],
    "asked_that": ["titled", "plain", "role"],
    "proposed": ["none", "role", "body"],
    "circulated": ["none", "role"],
    "report_back": ["titled", "plain", "role"],
}


@dataclass
class Block:
    """What is printed for one or more actions or a distractor: paragraphs, and a margin label for the first."""

    paragraphs: list[str]
    margin: str = ""
    labelled: bool = False  # a list's lines, each printed on its own line


class Writer:
    def __init__(self, variant: Variant, cast: Cast, rng: random.Random, next_meeting: dt.date | None) -> None:
        self.variant, self.cast, self.rng, self.next_meeting = variant, cast, rng, next_meeting

    def due(self, form: str) -> tuple[str, str | None]:
        return due_for(form, self.variant.meeting_date, self.next_meeting, self.rng)

    def plan(self, form: str, owner_kind: str, due_form: str, record: dict[str, Any]) -> None:
        self.variant.planned.append(Planned(form, owner_kind, due_form, record))
        self.variant.truth.append(record)

    def owner(self, kind: str, start: bool = True) -> tuple[str, list[str]]:
        return owner_phrase(kind, self.cast, self.rng, start)

    def asker(self) -> str:
        first, last, _ = self.rng.choice(self.cast.members)
        return f"{self.cast.titles[last]} {last}" if self.rng.random() < 0.5 else f"{first} {last}"

    def action(self, form: str) -> Block:
        owner_kind = self.rng.choice(FORM_OWNERS[form])
        due_form = self.rng.choice(DUE_FORMS)
        if form == "actions_list":
            return self._list()
        if form == "resolved_list":
            return self._resolved_list(due_form)
        task, passive = self.rng.choice(TASKS)
        owner, owners = self.owner(owner_kind)
        words, due = self.due(due_form)
        text, kind, tier, printed, margin = self._sentence(form, owner_kind, owner, task, passive, words)
        if form == "margin":
            margin, owners = self._margin_owner(owner_kind)
        self.plan(form, owner_kind, due_form, _record(text, owners, due, kind, tier))
        return Block([printed], margin=margin)

    def _sentence(
        self, form: str, owner_kind: str, owner: str, task: str, passive: str, due: str
    ) -> tuple[str, str, str, str, str]:
        """(truth text, kind, tier, the paragraph as printed, margin)."""
        lower = owner[0].lower() + owner[1:] if owner.startswith("The ") else owner
        if owner_kind == "none" and form in ("action_label", "to_verb"):
            text = f"{passive}{due}."
            return text, "action", "core", f"ACTION: {text}" if form == "action_label" else text, ""
        sentences = {
            "action_label": (f"{owner} to {task}{due}.", "action"),
            "action_point": (f"{owner} would {task}{due}.", "action"),
            "to_verb": (f"{owner} to {task}{due}.", "action"),
            "would": (f"{owner} would {task}{due}.", "commitment"),
            "agreed_to": (f"{owner} agreed to {task}{due}.", "commitment"),
            "it_was_agreed": (f"It was agreed that {lower} would {task}{due}.", "action"),
            "requested": (f"Members requested that {lower} {task}{due}.", "request"),
            "asked_that": (f"{self.asker()} asked that {lower} {task}{due}.", "request"),
            "report_back": (f"{owner} would report back on {self.rng.choice(TOPICS)}{due}.", "commitment"),
        }
        if form == "action_after":
            return f"{passive}{due}.", "action", "core", f"{passive}{due}.\nAction: {owner}", ""
        if form == "margin":
            return f"{passive}{due}.", "action", "core", f"{passive}{due}.", ""
        if form == "resolved":
            return self._resolved(owner_kind, lower, task, due)
        if form == "proposed":
            who = lower or "the Council"
            text = f"{self.asker()} proposed that {who} {task}{due}."
            return text, "proposal", "borderline", text, ""
        if form == "circulated":
            by = f" by {lower}" if owner else ""
            text = f"The {self.rng.choice(PAPERS)} would be circulated to members{by}{due}."
            # a passive commitment naming nobody is arguable (the design set's readers: borderline)
            return text, "commitment", "core" if owner else "borderline", text, ""
        text, kind = sentences[form]
        printed = {"action_label": f"ACTION: {text}", "action_point": f"Action Point: {text}"}.get(form, text)
        return text, kind, "core", printed, ""

    def _resolved(self, owner_kind: str, owner: str, task: str, due: str) -> tuple[str, str, str, str, str]:
        lead = self.rng.choice(["RESOLVED: That", "RESOLVED that", "It was RESOLVED that"])
        if owner_kind == "none":
            clauses = ["the quotation from Fendale Joinery be accepted", "the revised policy be adopted"]
            clause = self.rng.choice(clauses if due else [*clauses, "the report be noted"])
            text = f"{lead} {clause}{due}."
        else:
            text = f"{lead} {owner} {task}{due}."
        return text, "resolution", "core", text, ""

    def _margin_owner(self, kind: str) -> tuple[str, list[str]]:
        first, last, initials = self.rng.choice(self.cast.members[1:])
        if kind == "initials":
            return initials, [f"{first} {last}"]
        if kind == "two":
            other = self.rng.choice([m for m in self.cast.members[1:] if m[1] != last])
            return f"{initials}/{other[2]}", [f"{first} {last}", f"{other[0]} {other[1]}"]
        return "Clerk", ["Clerk"]

    def _list(self) -> Block:
        lines = ["Actions:"]
        for _ in range(self.rng.randint(2, 3)):
            owner_kind = self.rng.choice(FORM_OWNERS["actions_list"])
            task, passive = self.rng.choice(TASKS)
            owner, owners = self.owner(owner_kind)
            line_due = self.rng.choice(DUE_FORMS)
            words, due = self.due(line_due)
            text = f"{passive}{words}" if owner_kind == "none" else f"{owner} to {task}{words}"
            lines.append(f"\u2022 {text}")
            self.plan("actions_list", owner_kind, line_due, _record(text, owners, due, "action"))
        return Block(lines, labelled=True)

    def _resolved_list(self, due_form: str) -> Block:
        style = self.rng.choice(["paren", "letter_r", "roman"])
        clauses = ["that the report be noted", "that the recommendations in section 4 of the report be approved",
                   "that the updated terms of reference be adopted"]  # fmt: skip
        owner, owners = self.owner("role", start=False)
        task, _ = self.rng.choice(TASKS)
        words, due = self.due(due_form)
        acting = f"that {owner} {task}{words}"
        chosen = [*self.rng.sample(clauses, self.rng.randint(1, 2)), acting]
        self.rng.shuffle(chosen)
        lines = [self.rng.choice(["RESOLVED:", "RESOLVED that:", "It was RESOLVED:"])]
        for k, clause in enumerate(chosen):
            label = {"paren": f"({'abc'[k]})", "letter_r": f"{'abc'[k]})", "roman": f"({['i', 'ii', 'iii'][k]})"}[style]
            end = "." if k == len(chosen) - 1 else ("; and" if k == len(chosen) - 2 else ";")
            text = f"{label} {clause}{end}"
            lines.append(text)
            is_acting = clause == acting
            record = _record(text, owners if is_acting else [], due if is_acting else None, "resolution")
            self.plan("resolved_list", "role" if is_acting else "none", due_form if is_acting else "none", record)
        return Block(lines, labelled=True)

    def distractor(self) -> Block:
        first, last, _ = self.rng.choice(self.cast.members)
        name = f"{self.cast.titles[last]} {last}"
        topic = self.rng.choice(TOPICS)
        return Block([self.rng.choice([
            f"The Committee noted the report on {topic}.",
            f"Members discussed {topic} and the points raised by residents.",
            f"The Chair thanked {name} for the update on {topic}.",
            f"{first} {last} reported that work on {topic} was progressing well.",
            "It was noted that the action had been completed.",
            self.rng.choice(BACKGROUND),
        ])])  # fmt: skip


# ---------------------------------------------------------------- the minute items


def _number(style: str, n: int, base: int) -> str:
    return {
        "dot": f"{base + n}.",
        "slash": f"{base + n}/{23 + n % 2}",
        "four": f"{1700 + base + n}.",
        "item": f"Item {n}",
        "decimal": f"{n}.",
    }[style]


def _items(variant: Variant, writer: Writer, rng: random.Random) -> list[tuple[str, str, list[Block]]]:
    """(number as printed, heading, blocks) of each minute item."""
    cast = writer.cast
    base = rng.randint(20, 90)
    names = ", ".join(f"{cast.titles[m[1]]} {m[0]} {m[1]}" for m in cast.members[1:4])
    opening = [
        ("Apologies for Absence", [Block([f"Apologies were received from {names}."])]),
        (
            "Declarations of Interest",
            [Block([rng.choice(["There were no declarations of interest.", "Matters arising: none."])])],
        ),  # fmt: skip
    ]
    approved = "The minutes of the previous meeting were approved as a correct record and signed by the Chair."
    variant.truth.append(_record(approved, [], None, "decision", "borderline"))
    opening.append(("Minutes of the Previous Meeting", [Block([approved])]))
    forms = [rng.choice(FORMS) for _ in range(rng.randint(5, 12))]
    if variant.layout != "margin":
        forms = [form if form != "margin" else "to_verb" for form in forms]
    business: list[tuple[str, list[Block]]] = []
    headings = rng.sample(HEADINGS, min(len(HEADINGS), (len(forms) + 1) // 2 + 1))
    for heading in headings:
        blocks = [writer.distractor()] if rng.random() < 0.7 else []
        for _ in range(rng.randint(1, 2)):
            if forms:
                blocks.append(writer.action(forms.pop()))
            if rng.random() < 0.4:
                blocks.append(writer.distractor())
        business.append((heading, blocks))
    items = [*opening, *business]
    return [(_number(variant.numbering, n + 1, base), heading, blocks) for n, (heading, blocks) in enumerate(items)]


# ---------------------------------------------------------------- drawing


class Painter:
    """A cursor over A4 pages in one or two columns, with a running head and a footer."""

    def __init__(self, pdf: canvas.Canvas, variant: Variant, head: str) -> None:
        self.pdf, self.variant, self.head = pdf, variant, head
        self.page, self.column, self.y = 1, 0, TOP
        self.columns = 2 if variant.layout == "two" else 1
        self.gutter = 28.0
        self.width = (RIGHT - LEFT - self.gutter * (self.columns - 1)) / self.columns
        self.text_width = self.width - (100 if variant.layout == "margin" else 0)
        self.top = TOP  # where a column starts: under the heading on the first page

    @property
    def x(self) -> float:
        return LEFT + self.column * (self.width + self.gutter)

    def text(self, x: float, text: str, bold: bool = False, size: float = SIZE) -> None:
        self.pdf.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        self.pdf.drawString(x, self.y, text)

    def line(self, cells: list[tuple[float, str, bool]]) -> None:
        if self.y - LEAD < BOTTOM:
            self.next_column()
        for dx, text, bold in cells:
            self.text(self.x + dx, text, bold)
        self.y -= LEAD

    def next_column(self) -> None:
        if self.column + 1 < self.columns:
            self.column, self.y = self.column + 1, self.top
            return
        self.finish_page()
        self.pdf.showPage()
        self.page, self.column, self.y, self.top = self.page + 1, 0, TOP, TOP
        self.running()

    def running(self) -> None:
        if self.variant.running_head and self.page > 1:
            self.pdf.setFont("Helvetica", 8.5)
            self.pdf.drawString(LEFT, A4[1] - 36, self.head)

    def finish_page(self) -> None:
        self.pdf.setFont("Helvetica", 8.5)
        self.pdf.drawCentredString(A4[0] / 2, 40, f"Page {self.page}")

    def space(self, points: float) -> None:
        self.y -= points


def _heading(painter: Painter, variant: Variant, cast: Cast, next_meeting: dt.date | None) -> None:
    body, committee, _ = BODIES[variant.meeting]
    pdf = painter.pdf
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(LEFT, painter.y, body.upper())
    painter.y -= 20
    when = date_text(variant.meeting_date, variant.date_form)
    own = committee == body
    what = "the Council" if own else f"the {committee}"
    sentence = f"Minutes of the meeting of {what} held on {when} at 7.00 pm in the Council Chamber"
    for line in wrap(sentence, RIGHT - LEFT, size=SIZE):
        pdf.setFont("Helvetica", SIZE)
        pdf.drawString(LEFT, painter.y, line)
        painter.y -= LEAD
    painter.y -= 6
    present = ", ".join(
        f"{cast.titles[last]} {first} {last} ({initials}{', Chair' if (first, last, initials) == cast.chair else ''})"
        for first, last, initials in cast.members
    )
    officer = OFFICERS[0] if variant.meeting in ("parish", "town") else OFFICERS[1]
    for line in [*wrap(f"Present: {present}", RIGHT - LEFT, size=SIZE), f"In attendance: {officer[0]} {officer[1]}"
                 f" ({officer[2]}) and two members of the public"]:  # fmt: skip
        pdf.setFont("Helvetica", SIZE)
        pdf.drawString(LEFT, painter.y, line)
        painter.y -= LEAD
    painter.y -= 8
    painter.top = painter.y


def _print_item(painter: Painter, variant: Variant, number: str, heading: str, blocks: list[Block]) -> None:
    label_width = 46 if variant.numbering in ("slash", "four", "item") else 28
    painter.space(4)
    painter.line([(0, number, True), (label_width, heading.upper(), True)])
    indent = label_width if variant.layout != "two" else 0
    width = painter.text_width - indent
    for k, block in enumerate(blocks):
        prefix = f"{number.rstrip('.')}.{k + 1}" if variant.numbering == "decimal" else ""
        inner = indent + (30 if prefix else 0)
        for p_index, paragraph in enumerate(block.paragraphs):
            for part_index, part in enumerate(paragraph.split("\n")):
                lines = wrap(part, width - (30 if prefix else 0) - (12 if block.labelled and p_index else 0), size=SIZE)
                for l_index, line in enumerate(lines):
                    cells = [(inner + (12 if block.labelled and p_index and l_index else 0), line, False)]
                    first = p_index == 0 and part_index == 0 and l_index == 0
                    if prefix and first:
                        cells.append((indent, prefix, False))
                    if block.margin and first:
                        cells.append((painter.width - 50, block.margin, False))
                    painter.line(cells)
        painter.space(4)


def generate(seed: int) -> tuple[bytes, Variant]:
    variant = draw(seed)
    rng = random.Random(seed * 7919 + 11)
    cast = _cast(variant, rng)
    next_meeting = variant.meeting_date + dt.timedelta(days=rng.choice([28, 35, 42])) if variant.next_printed else None
    writer = Writer(variant, cast, rng, next_meeting)
    items = _items(variant, writer, rng)
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    body, committee, _ = BODIES[variant.meeting]
    head = f"{committee} - {date_text(variant.meeting_date, 'plain')}"
    painter = Painter(pdf, variant, head)
    _heading(painter, variant, cast, next_meeting)
    if variant.layout == "margin":
        painter.line([(painter.width - 50, "Action", True)])
    for number, heading, blocks in items:
        _print_item(painter, variant, number, heading, blocks)
    if next_meeting:
        painter.space(8)
        notice = f"Date of next meeting: {date_text(next_meeting, 'long')} at 7.00 pm"
        for line in wrap(notice, painter.text_width, bold=True, size=SIZE):
            painter.line([(0, line, True)])
    painter.space(10)
    painter.line([(0, "Signed .................................... Chair", False)])
    painter.finish_page()
    pdf.save()
    return buffer.getvalue(), variant


# ---------------------------------------------------------------- reading and scoring

_NLP: list[Any] = []


def extract_actions(pdf: bytes, *, ocr: bool = False) -> list[dict[str, Any]]:
    """The actions `agendaparse eval --fast` reads from the PDF, as its JSON contract gives them; ``ocr``: pages with
    no text layer read by Tesseract, as ``agendaparse eval`` without ``--fast`` reads them."""
    from agendaparse.evaluate import predicted_dict
    from agendaparse.extract import default_nlp

    if not _NLP:
        _NLP.append(default_nlp())
    with pdf_file(pdf) as path:
        return predicted_dict(path, fast=not ocr, nlp=_NLP[0]).get("actions") or []


def score(truth: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> Counter:
    from agendaparse.evaluate import score_actions

    return Counter(score_actions(truth, predicted))


def summary(counts: Counter) -> dict[str, float]:
    return percent_figures(counts, ("owner", "due"), prefix="core_")


def pairs(truth: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> dict[int, int]:
    """Gold index -> predicted index, paired as the evaluator pairs them."""
    from agendaparse.evaluate import JACCARD_MIN, jaccard, pair_greedy

    def overlap(g: dict, p: dict) -> float | None:
        value = jaccard(g.get("text"), p.get("text"))
        return value if value >= JACCARD_MIN else None

    return dict(pair_greedy(truth, predicted, overlap))


def action_outcomes(variant: Variant, predicted: list[dict[str, Any]]) -> list[tuple[Planned, dict[str, Any] | None]]:
    """Each planned action with the action read for it (None: missed)."""
    paired = pairs(variant.truth, predicted)
    index = {id(record): k for k, record in enumerate(variant.truth)}
    return [(plan, predicted[paired[index[id(plan.truth)]]] if index[id(plan.truth)] in paired else None)
            for plan in variant.planned]  # fmt: skip


def _outcome_counts(plan: Planned, found: dict[str, Any] | None) -> Counter:
    from agendaparse.evaluate import norm_name, norm_text

    counts: Counter = Counter()
    if plan.truth["tier"] != "core":
        return counts
    counts["n"] += 1
    if found is None:
        return counts
    counts["found"] += 1
    gold_owners = {norm_name(o) for o in plan.truth["owners"]} - {""}
    if gold_owners or found.get("owners"):
        counts["owner_n"] += 1
        counts["owner_ok"] += gold_owners == {norm_name(o) for o in found.get("owners") or []} - {""}
    if plan.truth["due"] or found.get("due"):
        counts["due_n"] += 1
        counts["due_ok"] += norm_text(plan.truth["due"]) == norm_text(found.get("due"))
    return counts


def _class_figures(counts: Counter) -> str:
    parts = [f"n={counts['n']}", f"recall={100 * counts['found'] / counts['n']:.1f}" if counts["n"] else "recall=-"]
    for name in ("owner", "due"):
        if counts[f"{name}_n"]:
            parts.append(f"{name}={100 * counts[f'{name}_ok'] / counts[f'{name}_n']:.1f} ({counts[f'{name}_n']})")
    return " ".join(parts)


def main(seeds: range, verbose: bool = False, scanned: bool = False) -> None:  # pragma: no cover - for people
    total: Counter = Counter()
    by_document: dict[str, Counter] = {}
    by_action: dict[str, Counter] = {}
    for seed in seeds:
        pdf, variant = generate(seed)
        if scanned:  # printed, rendered at 200 dpi in grey and read by Tesseract
            import scan_cases

            pdf = scan_cases.scanned_document(pdf, scan_cases.PaperLook())
        predicted = extract_actions(pdf, ocr=scanned)
        counts = score(variant.truth, predicted)
        total += counts
        for key in variant.classes():
            by_document.setdefault(key, Counter()).update(counts)
        for plan, found in action_outcomes(variant, predicted):
            outcome = _outcome_counts(plan, found)
            for key in (f"form={plan.form}", f"owner={plan.owner_kind}", f"due={plan.due_form}"):
                by_action.setdefault(key, Counter()).update(outcome)
            if (
                verbose
                and outcome["n"]
                and (
                    not outcome["found"]
                    or outcome["owner_ok"] < outcome["owner_n"]
                    or outcome["due_ok"] < outcome["due_n"]
                )
            ):
                shown = {k: found.get(k) for k in ("text", "owners", "due")} if found else None
                print(seed, variant.layout, plan.form, plan.owner_kind, plan.due_form, "|", plan.truth["text"],
                      plan.truth["owners"], plan.truth["due"], "->", shown)  # fmt: skip
        if verbose:
            paired = set(pairs(variant.truth, predicted).values())
            for k, action in enumerate(predicted):
                if k not in paired:
                    print(
                        seed, variant.layout, "FALSE", "|", action.get("text"), action.get("owners"), action.get("due")
                    )
    print("ALL", {k: round(v, 1) for k, v in summary(total).items()})
    for key in sorted(by_document):
        print(f"{key:28}", {k: round(v, 1) for k, v in summary(by_document[key]).items()})
    for key in sorted(by_action):
        print(f"{key:28}", _class_figures(by_action[key]))


if __name__ == "__main__":  # pragma: no cover
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    start = int(sys.argv[sys.argv.index("--from") + 1]) if "--from" in sys.argv else 0
    count = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 50
    main(range(start, start + count), verbose="-v" in sys.argv, scanned="--scanned" in sys.argv)
