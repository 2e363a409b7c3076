"""A seeded generator of action logs, action plans and recommendation trackers with known truth.

Each seed draws, independently: the header name of every column and their order, one- or
two-row headers, the ruling (full grid, horizontal rules only, none), the page orientation,
themes (a merged column, or section-heading rows spanning the table), tables running over pages
(with or without a repeated header, rows split by the page break), owners (names, titled names,
initials, roles, organisations, several), dates ('01/07/2021', 'July 2021', 'Q3 2024/25',
'End of March', 'Ongoing', 'TBC') and statuses (words, RAG words, fill colours with or without
a key). :func:`generate` builds the PDF with reportlab; :func:`extract_rows` runs the real
table stage on it; :func:`score` compares the rows with the truth field by field.

Run as a script for the summary over many seeds: ``python tests/table_variants.py 200``; ``--plans`` draws the
plans family instead (:func:`draw_plan`: start dates, columns no field names, owners merged down, bulleted steps,
the plan as a report's appendix, white header words on a dark fill); ``--long`` the long family instead
(:func:`draw_long`: a log's updates of several sentences and dated entries, so it runs over pages); ``--scanned``
prints each PDF, scans it (``scan_cases.scanned_document``: 200 dpi, grey) and reads it with Tesseract, as
``agendaparse eval`` does. ``--rows=N`` gives every table N rows (a short log); ``--from=N`` starts at seed N.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import LayoutError, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from drawn_pdfs import pdf_file, percent_figures

MEETING = dt.date(2024, 1, 15)

HEADERS: dict[str, list[str]] = {
    "theme": ["Theme", "Priority", "Workstream", "Objective", "Area", "Category", "Strategic priority"],
    "action_no": ["Ref", "No.", "Action ID", "Item", "Ref.", "Action No.", "#", "Reference"],
    "action": [
        "Action", "Actions", "Action required", "Agreed action", "Description", "Recommendation", "Task",
        "Action agreed", "Action point", "Actions agreed", "Key actions", "What we will do", "Action item",
    ],
    "named_lead": [
        "Action owner", "Responsible officer", "Lead(s)", "Who", "By whom", "Owner", "Lead officer",
        "Accountable", "Lead", "Responsible", "Officer", "Action by", "Responsibility", "Named lead",
        "Responsible party", "Assigned to",
    ],
    "lead_org": [
        "Lead department", "Lead organisation", "Organisation", "Lead agency", "Partner", "Responsible department",
    ],
    "end_date": [
        "Deadline", "Target date", "Timescale", "By when", "Due", "Completion date", "Due date",
        "Target", "Date due", "Timeframe", "Target completion date", "Date for completion", "Estimated completion",
    ],
    "status": ["Status", "Current status", "Progress status", "RAG status", "RAG"],
    "rag": ["RAG", "RAG rating", "RAG status"],
    "progress": ["Progress/Update", "Progress", "Update", "Comments", "Progress update", "Latest update", "Notes"],
    "raised": ["Date raised", "Meeting date", "Date added", "Raised"],
}  # fmt: skip

# a strategy's or an improvement plan's column names, beyond an action log's (the "plans" family)
PLAN_HEADERS: dict[str, list[str]] = {
    "action": [
        "Deliverable", "Activity", "Key tasks", "Actions to be taken", "Key activities", "Proposed action",
        "Improvement action", "Specific actions", "Key deliverables", "How we will do it",
    ],
    "named_lead": [
        "Lead officer / service", "Who is responsible", "Responsible lead", "Owner(s)", "Officer responsible",
    ],
    "start_date": ["Start date", "Start", "Planned start"],
    "end_date": ["End date", "Target date for completion", "Timescales", "Completion by", "Delivery date"],
}  # fmt: skip
# not 'Milestones': a dated step in one is a record of its own, the action its theme (README, stop 23)
EXTRA_COLUMNS: dict[str, list[str]] = {
    "Outcome": ["Fewer complaints about missed bins", "More residents online", "A balanced budget", ""],
    "Success measure": ["95% of inspections on time", "Survey satisfaction above 80%", "Plan adopted", ""],
    "Resources": ["Existing budget", "£25,000 from reserves", "Officer time", "Grant funding"],
    "Risks": ["Staff capacity", "Contractor availability", "None identified", ""],
    "Evidence": ["Minutes of the working group", "Inspection records", "Audit report", ""],
}  # fmt: skip
BULLETS = [
    "Agree the scope with partners",
    "Map the current provision",
    "Set up a task group",
    "Report progress quarterly",
]
NARRATIVE = (
    "This appendix sets out the actions the council will take over the coming year. Each action has a lead officer "
    "and a target date, and progress will be reported to this committee every quarter. Members are asked to note "
    "the plan and to comment on the priorities it sets."
)

VERBS = [
    "Review", "Publish", "Arrange", "Circulate", "Update", "Investigate", "Prepare", "Obtain quotes for",
    "Consult residents on", "Agree", "Procure", "Develop", "Report back on", "Draft", "Confirm", "Audit",
]  # fmt: skip
OBJECTS = [
    "the play area inspection report", "the revised parking scheme", "the annual governance statement",
    "the hedge cutting contract", "the community engagement plan", "the risk register", "the grant applications",
    "the winter maintenance programme", "the asset register", "the website accessibility statement",
    "the neighbourhood plan consultation", "the emergency plan", "the mental health pathway",
    "the discharge to assess model", "the workforce strategy", "the digital inclusion offer",
    "the allotment tenancy agreements", "the speed indicator device data", "the budget monitoring report",
]  # fmt: skip
QUALIFIERS = [
    "", "", "and report to the next meeting", "with partners across the system", "for the autumn term",
    "before the budget is set", "following the public consultation", "and circulate to all members",
    "in line with the new statutory guidance", "so that residents can comment",
]  # fmt: skip
THEMES = [
    "Governance", "Finance and Resources", "Highways and Transport", "Community Engagement",
    "Health and Wellbeing", "Digital Inclusion", "Workforce", "Environment",
]  # fmt: skip

PEOPLE = ["Jane Smith", "Tom Brown", "Priya Patel", "Amir Khan", "Laura Hughes", "David O'Neill", "Sarah Jones"]
TITLES = ["Cllr", "Dr", "Mrs", "Mr", "Councillor", "Prof"]
INITIALS = ["PP", "LC", "NS", "KT", "AS", "JTe", "MKB"]
ROLES = ["Clerk", "Town Clerk", "Chair", "Head of Finance", "Director of Public Health", "Chief Executive"]
ORGS = [
    "Environment Agency", "Finance Department", "NHS Kent and Medway", "Kent Police", "Parish Council",
    "Planning Committee", "District Council", "Age UK Charity", "Highways Authority",
]  # fmt: skip
TEAMS = ["Highways Team", "Public Health Team", "Housing Services", "People Strategy Team"]  # leads, as roles are

STATUS_WORDS = [
    ("Complete", "complete"), ("Completed", "complete"), ("Closed", "complete"), ("Done", "complete"),
    ("In progress", "ongoing"), ("On track", "ongoing"), ("Ongoing", "ongoing"), ("Open", "ongoing"),
    ("Not started", "not started"), ("Not yet started", "not started"), ("On hold", "paused"),
    ("Deferred", "paused"), ("Overdue", "overdue"), ("Delayed", "overdue"), ("Behind schedule", "ongoing"),
]  # fmt: skip
RAG_WORDS = [("Green", "Green"), ("Amber", "Amber"), ("Red", "Red"), ("G", "Green"), ("A", "Amber"), ("R", "Red")]
PROGRESS = [
    ("Letter sent to the landowner; reply awaited.", None),
    ("Completed - report circulated to members.", "complete"),
    ("Quotes requested from three contractors.", None),
    ("Discussed at the working group; further work needed.", None),
    ("On hold until the new financial year.", "paused"),
    ("", None),
]
FILLS = {
    "Green": ["#00B050", "#92D050", "#00FF00", "#C6EFCE"],
    "Amber": ["#FFC000", "#FFFF00", "#FFA500", "#FFEB9C"],
    "Red": ["#FF0000", "#C00000", "#FF7C80", "#FFC7CE"],
}
KEY_TEXT = {"Green": "Green - on track", "Amber": "Amber - some risk", "Red": "Red - off track"}


@dataclass
class Variant:
    seed: int
    rules: str  # grid | hrules | none
    orientation: str  # portrait | landscape
    fields: list[str]
    headers: dict[str, str]
    two_row_header: bool
    theme_mode: str  # none | column | sections
    repeat_header: bool
    split_rows: bool
    status_mode: str  # words | rag | fill | fill+words | none
    colour_key: bool
    truth: list[dict[str, Any]] = field(default_factory=list)
    # the "plans" family (draw_plan): none of these in an action log
    extras: list[str] = field(default_factory=list)  # columns no field names ('Outcome', 'Resources')
    owner_merge: bool = False  # one owner cell merged down over the rows it leads (ruled grids)
    bullets: bool = False  # an action cell with a lead line and bulleted steps
    in_report: bool = False  # the plan is an appendix after a report's paragraphs
    dark_header: bool = False  # white header words on a dark fill
    # the "long" family (draw_long): a board's log whose updates run to paragraphs, dated entries one under another
    long_text: bool = False


def _owner(rng: random.Random) -> tuple[str, str | None, str | None]:
    """(printed, named_lead, lead_org)."""
    kind = rng.choice(
        ["name", "name", "titled", "initials", "initials2", "role", "org", "org", "several", "named_org"]
        + ["person_post", "post_org"]  # round 8
    )
    if kind == "person_post":  # the post after the name: in brackets, after a comma or a dash, or below it
        name, post = rng.choice(PEOPLE), rng.choice(ROLES)
        return _attached(rng, name, post, "\n"), name, None
    if kind == "post_org":
        post, org = rng.choice(ROLES), rng.choice(ORGS)
        return _attached(rng, post, org), post, org
    if kind == "name":
        name = rng.choice(PEOPLE)
        return name, name, None
    if kind == "titled":
        name = rng.choice(PEOPLE)
        return f"{rng.choice(TITLES)} {name}", name, None
    if kind == "initials":
        initials = rng.choice(INITIALS)
        return initials, initials, None
    if kind == "initials2":
        a, b = rng.sample(INITIALS, 2)
        return f"{a}/{b}", f"{a}, {b}", None
    if kind == "role":
        role = rng.choice(ROLES + TEAMS)
        return role, role, None
    if kind == "org":
        org = rng.choice(ORGS)
        return org, None, org
    if kind == "named_org":
        name, org = rng.choice(PEOPLE), rng.choice(ORGS)
        return f"{name} ({org})", name, org
    a, b = rng.sample(PEOPLE, 2)
    joint = rng.choice([" / ", " and ", ", ", " & "])
    return f"{a}{joint}{b}", f"{a}{joint}{b}", None  # as printed: '/', ',' and '&' are not scored


def _attached(rng: random.Random, first: str, second: str, *more: str) -> str:
    joint = rng.choice([" (", ", ", " – ", *more])
    return f"{first}{joint}{second}{')' if joint == ' (' else ''}"


def _date(rng: random.Random) -> tuple[str, str | None]:
    """(printed, ISO truth) relative to the meeting of 15 January 2024."""
    day = MEETING + dt.timedelta(days=rng.randint(10, 400))
    month_end = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    kind = rng.choice(
        ["dmy", "long", "ordinal", "month", "month", "quarter", "end_of", "none", "dotted", "by"]
        + ["financial_year", "quarter_word", "range"]  # round 8
    )
    if kind == "financial_year":
        start = rng.choice([2024, 2025])
        return rng.choice(
            [f"{start}/{(start + 1) % 100:02d}", f"{start}-{(start + 1) % 100:02d}"]
        ), f"{start + 1}-03-31"
    if kind == "quarter_word":
        quarter, start = rng.randint(1, 3), rng.choice([2024, 2025])
        end = dt.date(start + (quarter == 3), 1 if quarter == 3 else quarter * 3 + 4, 1) - dt.timedelta(days=1)
        return rng.choice(
            [f"Quarter {quarter} {start}/{(start + 1) % 100:02d}", f"Q{quarter} {start % 100}/{(start + 1) % 100:02d}"]
        ), end.isoformat()
    if kind == "range":
        return rng.choice(
            [f"{MEETING:%b %y} - {month_end:%b %y}", f"{MEETING:%B %Y} to {month_end:%B %Y}"]
        ), month_end.isoformat()
    if kind == "dmy":
        return day.strftime("%d/%m/%Y"), day.isoformat()
    if kind == "long":
        return f"{day.day} {day:%B %Y}", day.isoformat()
    if kind == "ordinal":
        suffix = "th" if 11 <= day.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
        return f"{day.day}{suffix} {day:%B %Y}", day.isoformat()
    if kind == "dotted":
        return day.strftime("%d.%m.%Y"), day.isoformat()
    if kind == "by":
        return f"By {day.day} {day:%B %Y}", day.isoformat()
    if kind == "month":
        return rng.choice([f"{day:%B %Y}", f"{day:%b %Y}", f"{day:%b-%y}"]), month_end.isoformat()
    if kind == "quarter":
        quarter = rng.randint(1, 4)
        start = rng.choice([2024, 2025])
        end_month = {1: 6, 2: 9, 3: 12, 4: 3}[quarter]
        year = start + (quarter == 4)
        end = dt.date(year + (end_month == 12), 1 if end_month == 12 else end_month + 1, 1) - dt.timedelta(days=1)
        return f"Q{quarter} {start}/{(start + 1) % 100:02d}", end.isoformat()
    if kind == "end_of":
        month = rng.randint(2, 12)
        end = dt.date(2024 + (month == 12), 1 if month == 12 else month + 1, 1) - dt.timedelta(days=1)
        return f"End of {dt.date(2024, month, 1):%B}", end.isoformat()
    return rng.choice(["Ongoing", "Next meeting", "TBC", "ASAP", ""]), None


RAISED_ON = {
    "12/10/2023": dt.date(2023, 10, 12),
    "14 Nov 2023": dt.date(2023, 11, 14),
    "Dec 2023": dt.date(2023, 12, 1),
}


def _month_end_after(text: str, raised: str) -> str:
    """'End of December' in a log with a column saying when each action was raised: the month's end next after the
    row was raised (the tables stage's convention, plan_rows._raised_on: an action raised in October 2023 'by the end
    of December' was due in December 2023, whenever the log was printed)."""
    month = dt.datetime.strptime(text.removeprefix("End of "), "%B").month
    since = RAISED_ON[raised]
    year = since.year + (month < since.month)
    return (dt.date(year + (month == 12), 1 if month == 12 else month + 1, 1) - dt.timedelta(days=1)).isoformat()


def _action_text(rng: random.Random) -> str:
    text = f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(QUALIFIERS)}".strip()
    if rng.random() < 0.15:
        text += ". " + rng.choice(["Costs to be reported.", "Members to be kept informed.", "Link to the strategy."])
    return text


def _action_no(rng: random.Random, style: str, index: int) -> str:
    return {
        "int": str(index + 1),
        "dotted": f"{index // 4 + 1}.{index % 4 + 1}",
        "month": f"Jan24.{index + 1:02d}",
        "prefixed": f"AP{index + 1:02d}",
        "slash": f"23/{index + 1:03d}",
    }[style]


def draw(seed: int) -> Variant:
    rng = random.Random(seed)
    fields = ["action"]
    if rng.random() < 0.75:
        fields.insert(0, "action_no")
    if rng.random() < 0.92:
        fields.append("named_lead")
    if rng.random() < 0.2:
        fields.append("lead_org")
    if rng.random() < 0.85:
        fields.append("end_date")
    status_mode = rng.choice(["words", "words", "rag", "fill", "fill+words", "none"])
    if status_mode != "none":
        fields.append("status")
    if status_mode == "words" and rng.random() < 0.3:
        fields.append("rag")
    if rng.random() < 0.45:
        fields.append("progress")
    if rng.random() < 0.2:
        fields.insert(1 if "action_no" in fields else 0, "raised")
    theme_mode = rng.choice(["none", "none", "column", "sections"])
    if theme_mode == "column":
        fields.insert(0, "theme")
    if rng.random() < 0.35:  # any order after the theme
        head = fields[:1] if fields[0] == "theme" else []
        rest = fields[len(head) :]
        rng.shuffle(rest)
        fields = head + rest
    headers = {name: rng.choice(HEADERS[name]) for name in fields}
    if headers.get("status") in HEADERS["rag"] and "rag" in fields:
        headers["status"] = "Status"
    if status_mode == "rag":
        headers["status"] = rng.choice(HEADERS["rag"])
    return Variant(
        seed=seed,
        rules=rng.choice(["grid", "grid", "hrules", "none"]),
        orientation=rng.choice(["portrait", "landscape"]),
        fields=fields,
        headers=headers,
        two_row_header=rng.random() < 0.15,
        theme_mode=theme_mode,
        repeat_header=rng.random() < 0.6,
        split_rows=rng.random() < 0.3,
        status_mode=status_mode,
        colour_key=status_mode.startswith("fill") and rng.random() < 0.5,
    )


def draw_plan(seed: int) -> Variant:
    """A strategy's or an improvement plan's table: an action log's dimensions (:func:`draw`), with start dates,
    columns no field names, owners merged down, bulleted steps, the plan as a report's appendix and a dark header."""
    variant = draw(seed)
    rng = random.Random(seed * 104729 + 3)
    names = variant.fields
    for name in ("action", "named_lead", "end_date"):
        if name in names and rng.random() < 0.6:
            variant.headers[name] = rng.choice(PLAN_HEADERS[name])
    if "end_date" in names and rng.random() < 0.5:
        names.insert(names.index("end_date"), "start_date")
        variant.headers["start_date"] = rng.choice(PLAN_HEADERS["start_date"])
        if variant.headers["end_date"] in ("Deadline", "Due", "Target", "Timeframe", "Timescale", "Timescales"):
            variant.headers["end_date"] = "End date"
    variant.extras = rng.sample(sorted(EXTRA_COLUMNS), rng.choice([0, 1, 1, 2]))
    for name in variant.extras:
        names.insert(rng.randint(names.index("action") + 1, len(names)), name)
        variant.headers[name] = name
    variant.owner_merge = variant.rules == "grid" and "named_lead" in names and rng.random() < 0.5
    variant.bullets = rng.random() < 0.35
    variant.in_report = rng.random() < 0.5
    variant.dark_header = rng.random() < 0.4
    return variant


def _rows(variant: Variant, rng: random.Random, n_rows: int | None = None) -> list[dict[str, Any]]:
    count = rng.choice([3, 5, 8, 12, 18, 26])
    count = count if n_rows is None else n_rows  # (drawn all the same: the seed's other choices stay as they were)
    number_style = rng.choice(["int", "dotted", "month", "prefixed", "slash"])
    rows = []
    theme = rng.choice(THEMES)
    for index in range(count):
        if variant.theme_mode != "none" and (index == 0 or rng.random() < 0.3):
            theme = rng.choice([t for t in THEMES if t != theme])
        printed_owner, named_lead, lead_org = _owner(rng) if rng.random() < 0.93 else ("", None, None)
        truth: dict[str, Any] = {
            "theme": theme if variant.theme_mode != "none" else None,
            "action_no": _action_no(rng, number_style, index) if "action_no" in variant.fields else None,
            "action": _action_text(rng),
            "named_lead": None,
            "lead_org": None,
            "end_date": None,
            "rag": None,
            "status": None,
        }
        cells: dict[str, str] = {
            "theme": theme,
            "action_no": truth["action_no"] or "",
            "action": truth["action"],
            "raised": rng.choice(["12/10/2023", "14 Nov 2023", "Dec 2023"]),
        }
        if "named_lead" in variant.fields:
            cells["named_lead"] = printed_owner
            truth["named_lead"], truth["lead_org"] = named_lead, lead_org
        if "lead_org" in variant.fields:
            org = rng.choice(ORGS) if rng.random() < 0.9 else ""
            cells["lead_org"] = org
            truth["lead_org"] = org or None
            if "named_lead" in variant.fields and lead_org:  # an organisation in the owner column as well
                truth["lead_org"] = org or lead_org
                if org:
                    cells["named_lead"] = named_lead or ""
        if "end_date" in variant.fields:
            cells["end_date"], truth["end_date"] = _date(rng)
            if "raised" in variant.fields and cells["end_date"].startswith("End of "):
                truth["end_date"] = _month_end_after(cells["end_date"], cells["raised"])
        status_text, status = rng.choice(STATUS_WORDS)
        rag_text, rag = rng.choice(RAG_WORDS[:3] if rng.random() < 0.7 else RAG_WORDS)
        if variant.status_mode == "words":
            cells["status"], truth["status"] = status_text, status
        elif variant.status_mode == "rag":
            cells["status"], truth["rag"] = rag_text, rag
        elif variant.status_mode.startswith("fill"):
            truth["rag"] = rag
            cells["fill"] = rag
            cells["status"] = ""
            if variant.status_mode == "fill+words":
                cells["status"], truth["status"] = status_text, status
        if "rag" in variant.fields:
            cells["rag"], truth["rag"] = rag_text, rag
        progress, progress_status = rng.choice(PROGRESS)
        cells["progress"] = progress
        progress_header = variant.headers.get("progress", "") not in ("", "Comments", "Notes")
        if progress_header and truth["status"] is None and variant.status_mode in ("none", "rag", "fill"):
            truth["status"] = progress_status
        rows.append({"truth": truth, "cells": cells})
    if variant.extras or variant.bullets or "start_date" in variant.fields or variant.owner_merge:
        _plan_cells(variant, rows, random.Random(variant.seed * 15485863 + 5))
    return rows


def _plan_cells(variant: Variant, rows: list[dict[str, Any]], rng: random.Random) -> None:
    """The plans family's cells, from their own random stream so an action log's draw is as it was."""
    for row in rows:
        cells, truth = row["cells"], row["truth"]
        for name in variant.extras:
            cells[name] = rng.choice(EXTRA_COLUMNS[name])
        if variant.bullets and rng.random() < 0.6:
            steps = rng.sample(BULLETS, rng.choice([2, 3]))
            cells["action"] = truth["action"] + "".join(f"<br/>• {step}" for step in steps)
            truth["action"] = " ".join([truth["action"], *steps])
        if "start_date" in variant.fields:
            truth["start_date"] = None  # scored only where a start column is printed
        if "start_date" in variant.fields and rng.random() < 0.85:
            start = MEETING.replace(day=1) + dt.timedelta(days=rng.randint(0, 200))
            if rng.random() < 0.5:
                cells["start_date"], truth["start_date"] = start.strftime("%d/%m/%Y"), start.isoformat()
            else:
                cells["start_date"], truth["start_date"] = f"{start:%B %Y}", start.replace(day=1).isoformat()
    if variant.owner_merge and "lead_org" not in variant.fields:
        index = 0
        while index < len(rows):
            run = rng.choice([1, 2, 3])
            first = rows[index]
            for row in rows[index + 1 : index + run]:
                if row["cells"]["theme"] != first["cells"]["theme"]:  # a section's heading row between them
                    run = rows.index(row) - index
                    break
                row["cells"]["named_lead"] = first["cells"]["named_lead"]
                row["truth"]["named_lead"], row["truth"]["lead_org"] = (
                    first["truth"]["named_lead"],
                    first["truth"]["lead_org"],
                )
                row["merged_owner"] = True
            index += run


def _longest_word(text: str, font: str, size: float) -> float:
    return max(stringWidth(word, font, size) for word in text.split())


def _hyphenate(text: str, rng: random.Random) -> str:
    """Break one long word with a hyphen and a line break, as a narrow cell set by hand would."""
    words = text.split()
    long_words = [index for index, word in enumerate(words) if len(word) >= 9 and word.isalpha()]
    if not long_words or rng.random() > 0.2:
        return text
    index = rng.choice(long_words)
    word = words[index]
    words[index] = f"{word[:5]}-<br/>{word[5:]}"
    return " ".join(words)


# a board's running log: what was done, who met whom, what comes next (no status word opens a sentence)
UPDATE_SENTENCES = [
    "The team met departmental leads to agree the approach and a timetable for release.",
    "A first draft has been shared with the working group for comment.",
    "Officers are working with the data owners to resolve the remaining licensing questions.",
    "A paper setting out the options will be brought to the next meeting of the Board.",
    "The supplier has confirmed that the revised specification can be met within the existing contract.",
    "Two of the five departments have returned their templates; the rest are expected shortly.",
    "Legal advice was sought on the publication of personal data and is awaited.",
    "The Minister wrote to the Permanent Secretaries asking for nominations.",
    "Feedback from the user panel was broadly positive, with some concerns about the format of the files.",
    "This will be picked up as part of the wider review of the publication scheme.",
    "A workshop with local authorities was held in the spring and the notes are on the website.",
    "The dataset was published in March and has been downloaded over two thousand times.",
    "Further discussion is needed with the Treasury on the cost of the proposal.",
    "Colleagues in the Department for Education have offered to pilot the guidance.",
]


def draw_long(seed: int) -> Variant:
    """An action log (:func:`draw`) whose update column is always printed and runs to paragraphs: several
    sentences, dated entries one under another, an action of two or three sentences now and then."""
    variant = draw(seed)
    if "progress" not in variant.fields:
        variant.fields.append("progress")
        variant.headers["progress"] = random.Random(seed * 104729 + 3).choice(["Update", "Progress", "Latest update"])
    variant.long_text = True
    # a row moves whole to the next page (reportlab sets a split row's rest inside the header row it repeats, as no
    # word processor does); only a row taller than a page is split, and then the header is not repeated
    variant.split_rows = False
    return variant


def _long_cells(variant: Variant, rows: list[dict[str, Any]], rng: random.Random) -> None:
    """The long family's updates and actions, from their own random stream (the log's other cells as drawn)."""
    for row in rows:
        cells, truth = row["cells"], row["truth"]
        if variant.status_mode in ("none", "rag", "fill"):
            truth["status"] = None  # no update opens with a status word
        entries = []
        for _ in range(rng.choice([1, 1, 2])):
            sentences = " ".join(rng.sample(UPDATE_SENTENCES, rng.choice([2, 3, 4])))
            if rng.random() < 0.5:
                day = MEETING - dt.timedelta(days=rng.randint(5, 300))
                sentences = f"{day:%d/%m/%Y}: {sentences}" if rng.random() < 0.5 else f"{day:%B %Y} - {sentences}"
            entries.append(sentences)
        cells["progress"] = "<br/><br/>".join(entries)
        if rng.random() < 0.3:
            more = " ".join(rng.sample(UPDATE_SENTENCES[:6], rng.choice([1, 2])))
            cells["action"] = truth["action"] = f"{truth['action']}. {more}"


def generate(seed: int, family: str = "logs", n_rows: int | None = None) -> tuple[bytes, Variant]:
    """The PDF and its truth: an action log (``"logs"``) or a strategy's plan (``"plans"``: :func:`draw_plan`);
    ``n_rows`` sets how many rows it has (a short log of one or two)."""
    variant = {"plans": draw_plan, "long": draw_long}.get(family, draw)(seed)
    rng = random.Random(seed * 7919 + 1)
    rows = _rows(variant, rng, n_rows)
    if variant.long_text:
        _long_cells(variant, rows, random.Random(seed * 7927 + 11))
    variant.truth = [row["truth"] for row in rows]
    pagesize = landscape(A4) if variant.orientation == "landscape" else A4
    size = rng.choice([8, 9, 10])
    body = ParagraphStyle("cell", fontName="Helvetica", fontSize=size, leading=size * 1.2)
    head_font = "Helvetica-Bold" if rng.random() < 0.8 else "Helvetica"
    head = ParagraphStyle(
        "head",
        fontName=head_font,
        fontSize=size,
        leading=size * 1.2,
        textColor=colors.white if variant.dark_header else colors.black,
    )
    title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=14, leading=18)
    section = ParagraphStyle("section", fontName="Helvetica-Bold", fontSize=size, leading=size * 1.2)
    columns = [name for name in variant.fields]
    widths = {
        "theme": 70, "action_no": 40, "action": 200, "named_lead": 80, "lead_org": 80, "end_date": 62,
        "status": 55, "rag": 40, "progress": 130, "raised": 55, "start_date": 62,
    }  # fmt: skip
    usable = pagesize[0] - 80
    scale = usable / sum(widths.get(name, 90) for name in columns)
    col_widths = [max(widths.get(name, 90) * scale, 42) for name in columns]
    if family == "plans":  # as a word processor sets a plan: no header word broken, landscape when it is wide
        col_widths = [
            max(width, _longest_word(variant.headers[name], head_font, size) + 8)
            for width, name in zip(col_widths, columns, strict=True)
        ]
        if sum(col_widths) > usable and pagesize == A4:
            pagesize, variant.orientation = landscape(A4), "landscape"
        usable = pagesize[0] - 80
        col_widths = [width * usable / sum(col_widths) for width in col_widths]

    header_rows: list[list[Any]] = []
    if variant.two_row_header:
        top, bottom = [], []
        for name in columns:
            words = variant.headers[name].split()
            if len(words) >= 2:
                top.append(Paragraph(" ".join(words[: len(words) // 2]), head))
                bottom.append(Paragraph(" ".join(words[len(words) // 2 :]), head))
            else:
                top.append(Paragraph(words[0], head))
                bottom.append("")
        header_rows = [top, bottom]
    else:
        header_rows = [[Paragraph(variant.headers[name], head) for name in columns]]
    data: list[list[Any]] = [*header_rows]
    style: list[tuple] = []
    theme_spans: list[tuple[int, int]] = []
    owner_spans: list[tuple[int, int]] = []
    theme_of: dict[int, str] = {}  # data row -> its theme
    last_theme = None
    for row in rows:
        cells = row["cells"]
        if variant.theme_mode == "sections" and cells["theme"] != last_theme:
            data.append([Paragraph(cells["theme"], section)] + [""] * (len(columns) - 1))
            style.append(("SPAN", (0, len(data) - 1), (-1, len(data) - 1)))
            style.append(("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), colors.HexColor("#D9E2F3")))
        line = []
        for name in columns:
            text = cells.get(name, "")
            if name == "theme" and variant.theme_mode == "column":
                if cells["theme"] == last_theme:
                    text = ""
                    theme_spans[-1] = (theme_spans[-1][0], len(data))
                else:
                    theme_spans.append((len(data), len(data)))
            if name == "action" and "<br/>" not in text:
                text = _hyphenate(text, rng)
            if name == "named_lead" and row.get("merged_owner"):
                text = ""
                owner_spans[-1] = (owner_spans[-1][0], len(data))
            elif name == "named_lead" and variant.owner_merge:
                owner_spans.append((len(data), len(data)))
            line.append(Paragraph(text, body) if text else "")
        last_theme = cells["theme"]
        theme_of[len(data)] = cells["theme"]
        data.append(line)
        if "fill" in cells:
            colour = rng.choice(FILLS[cells["fill"]]) if not variant.colour_key else FILLS[cells["fill"]][seed % 4]
            style.append(
                (
                    "BACKGROUND",
                    (columns.index("status"), len(data) - 1),
                    (columns.index("status"), len(data) - 1),
                    colors.HexColor(colour),
                )
            )  # noqa: E501
    if variant.rules == "grid":
        for start, end in theme_spans:
            if end > start:
                style.append(("SPAN", (0, start), (0, end)))
        for start, end in owner_spans:
            if end > start:
                lead = columns.index("named_lead")
                style.append(("SPAN", (lead, start), (lead, end)))
    n_header = len(header_rows)
    if variant.rules == "grid":
        style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    elif variant.rules == "hrules":
        style.append(("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.black))
        style.append(("LINEABOVE", (0, 0), (-1, 0), 0.5, colors.black))
    if variant.dark_header:
        style.append(("BACKGROUND", (0, 0), (-1, n_header - 1), colors.HexColor("#1F3864")))
    elif rng.random() < 0.5:
        style.append(("BACKGROUND", (0, 0), (-1, n_header - 1), colors.HexColor("#BFBFBF")))
    style += [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if variant.two_row_header and variant.rules == "grid":
        for index, name in enumerate(columns):
            if len(variant.headers[name].split()) < 2:
                style.append(("SPAN", (index, 0), (index, 1)))

    def table_of(style: list[tuple]) -> Table:
        return Table(
            data,
            colWidths=col_widths,
            repeatRows=n_header if variant.repeat_header else 0,
            splitInRow=1 if variant.split_rows else 0,
            style=TableStyle(style),
        )

    table = table_of(style)
    kind = rng.choice(["Action Log", "Action Plan", "Recommendations Tracker", "Actions Arising"])
    story: list[Any] = [
        Paragraph(f"Resources Committee - {kind}", title),
        Paragraph(f"Meeting of {MEETING.day} {MEETING:%B %Y}", body),
        Spacer(1, 8),
    ]
    if variant.in_report:
        story = [
            Paragraph("Report to the Resources Committee", title),
            Paragraph(f"Date of meeting: {MEETING.day} {MEETING:%B %Y}", body),
            Spacer(1, 8),
            *[Paragraph(NARRATIVE, body) for _ in range(3)],
            Spacer(1, 12),
            Paragraph(f"Appendix A – {kind}", title),
            Spacer(1, 8),
        ]
    if variant.colour_key:
        key = [[Paragraph(KEY_TEXT[rag], body), ""] for rag in ("Red", "Amber", "Green")]
        key_table = Table(
            [[Paragraph("<b>Key</b>", body), ""], *key],
            colWidths=[120, 20],
            style=TableStyle(
                [
                    ("BACKGROUND", (1, index + 1), (1, index + 1), colors.HexColor(FILLS[rag][seed % 4]))
                    for index, rag in enumerate(("Red", "Amber", "Green"))
                ]
            ),
            hAlign="LEFT",
        )
        story += [key_table, Spacer(1, 8)]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=pagesize, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=40)
    try:
        doc.build([*story, table])
    except (LayoutError, TypeError):  # a merged theme taller than a page: printed again every fourth row
        unspanned = [rule for rule in style if not (rule[0] == "SPAN" and rule[1][0] == 0 and rule[2][0] == 0)]
        for every in (4, 2, 1):  # (every second row, or every row, when the rows run to paragraphs)
            for start, end in theme_spans:
                for first in range(start + every, end + 1, every):
                    data[first][0] = Paragraph(theme_of[first], body)
            chunks = [
                (first, min(first + every - 1, end))
                for start, end in theme_spans
                for first in range(start, end + 1, every)
            ]
            buffer = io.BytesIO()
            doc = SimpleDocTemplate(
                buffer, pagesize=pagesize, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=40
            )
            try:
                doc.build([*story, table_of(unspanned + [("SPAN", (0, a), (0, b)) for a, b in chunks if b > a])])
                break
            except (LayoutError, TypeError):
                if every == 1 and variant.split_rows:
                    raise
                if every == 1:  # a row taller than a page: split over the break, as a word processor sets it
                    variant.split_rows, variant.repeat_header = True, False
                    buffer = io.BytesIO()
                    doc = SimpleDocTemplate(
                        buffer, pagesize=pagesize, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=40
                    )
                    doc.build([*story, table_of(unspanned + [("SPAN", (0, a), (0, b)) for a, b in chunks if b > a])])
    return buffer.getvalue(), variant


def extract_rows(pdf: bytes, *, ocr: bool = False) -> list[dict[str, Any]]:
    """The action-plan rows the real stages give for the PDF, as gold-shaped dicts; ``ocr``: pages with no text layer
    read by Tesseract, as ``agendaparse eval`` without ``--fast`` reads them."""
    from agendaparse import segment, tables
    from agendaparse.pdf import read_document

    with pdf_file(pdf) as path:
        read = read_document(path, ocr="auto" if ocr else "never")
        layouts = read.pages
        facts = segment.document_facts(layouts)
        found = tables.find_tables(read.data or str(path), layouts, "doc")  # pages set sideways read turned
    rows = tables.action_plan_rows(found, "doc", facts.reference_date or None)
    return [gold_shaped(row) for row in rows]


def gold_shaped(row) -> dict[str, Any]:
    """An ActionPlanRow as the scored fields of a gold row (dates in ISO form)."""
    return {
        "theme": row.theme,
        "action_no": row.action_no,
        "action": row.action,
        "named_lead": row.named_lead,
        "lead_org": row.lead_org,
        "start_date": row.start_date.isoformat() if row.start_date else None,
        "end_date": row.end_date.isoformat() if row.end_date else None,
        "rag": row.rag,
        "status": row.status,
    }


SCORED = ("theme", "action_no", "named_lead", "lead_org", "start_date", "end_date", "rag", "status")


def _equal(name: str, gold: Any, predicted: Any) -> bool:
    from agendaparse.evaluate import norm_name, norm_text

    if name in ("named_lead", "lead_org"):
        return norm_name(gold) == norm_name(predicted)
    if name == "action_no":
        return re.sub(r"\s+", "", norm_text(gold)) == re.sub(r"\s+", "", norm_text(predicted))
    return norm_text(gold) == norm_text(predicted)


def score(truth: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> Counter:
    """Row counts (tp, fp, fn) and, over paired rows where either side has a value, ``<field>_n``
    and ``<field>_ok`` (the evaluator's rule), pairing rows by their action text."""
    from agendaparse.evaluate import jaccard, pair_greedy

    pairs = pair_greedy(truth, predicted, lambda g, p: j if (j := jaccard(g["action"], p["action"])) >= 0.5 else None)
    counts: Counter = Counter(tp=len(pairs), fp=len(predicted) - len(pairs), fn=len(truth) - len(pairs))
    for gi, pi in pairs:
        for name in SCORED:
            if name not in truth[gi]:
                continue
            gold, pred = truth[gi][name], predicted[pi][name]
            if gold in (None, "") and pred in (None, ""):
                continue
            counts[f"{name}_n"] += 1
            counts[f"{name}_ok"] += _equal(name, gold, pred)
    return counts


def summary(counts: Counter) -> dict[str, float]:
    return percent_figures(counts, SCORED)


def failures(truth: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> list[tuple[str, Any, Any]]:
    from agendaparse.evaluate import jaccard, pair_greedy

    pairs = pair_greedy(truth, predicted, lambda g, p: j if (j := jaccard(g["action"], p["action"])) >= 0.5 else None)
    bad = []
    for gi, pi in pairs:
        for name in SCORED:
            if name not in truth[gi]:
                continue
            gold, pred = truth[gi][name], predicted[pi][name]
            if (gold not in (None, "") or pred not in (None, "")) and not _equal(name, gold, pred):
                bad.append((name, gold, pred))
    return bad


def main(
    count: int,
    verbose: bool = False,
    family: str = "logs",
    scanned: bool = False,
    n_rows: int | None = None,
    first: int = 0,
) -> None:  # pragma: no cover - a report for people
    total: Counter = Counter()
    by_class: dict[str, Counter] = {}
    for seed in range(first, count):
        pdf, variant = generate(seed, family, n_rows)
        if scanned:  # printed, rendered at 200 dpi in grey and read by Tesseract (a fill colour is lost with it)
            import scan_cases

            pdf = scan_cases.scanned_document(pdf, scan_cases.PaperLook())
        predicted = extract_rows(pdf, ocr=scanned)
        counts = score(variant.truth, predicted)
        total += counts
        for key in (
            f"rules={variant.rules}",
            f"theme={variant.theme_mode}",
            f"status={variant.status_mode}",
            f"two_row={variant.two_row_header}",
            f"orient={variant.orientation}",
            f"repeat={variant.repeat_header}",
            f"split={variant.split_rows}",
            f"key={variant.colour_key}",
            *(
                (
                    f"extras={len(variant.extras)}",
                    f"owner_merge={variant.owner_merge}",
                    f"bullets={variant.bullets}",
                    f"in_report={variant.in_report}",
                    f"dark_header={variant.dark_header}",
                    f"start={'start_date' in variant.fields}",
                )
                if family == "plans"
                else ()
            ),
        ):
            by_class.setdefault(key, Counter()).update(counts)
        if verbose:
            figures = summary(counts)
            worst = {k: round(v) for k, v in figures.items() if v < 100}
            if worst:
                print(seed, variant.rules, variant.theme_mode, variant.status_mode, variant.headers, worst)
                for bad in failures(variant.truth, predicted)[:6]:
                    print("     ", bad)
    print("ALL", {k: round(v, 1) for k, v in summary(total).items()})
    for key in sorted(by_class):
        print(f"{key:22}", {k: round(v, 1) for k, v in summary(by_class[key]).items()})


if __name__ == "__main__":  # pragma: no cover
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    counts = [int(arg) for arg in sys.argv[1:] if arg.isdigit()]
    options = dict(arg.removeprefix("--").split("=", 1) for arg in sys.argv[1:] if "=" in arg)
    main(
        counts[0] if counts else 50,
        verbose="-v" in sys.argv,
        family="plans" if "--plans" in sys.argv else "long" if "--long" in sys.argv else "logs",
        scanned="--scanned" in sys.argv,
        n_rows=int(options["rows"]) if "rows" in options else None,
        first=int(options.get("from", 0)),
    )
