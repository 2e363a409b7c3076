"""Stage 3: tables and action-plan rows.

pdfplumber's table finder is precise but slow (about 8 pages/s), so it runs only on pages
that the cheap signals of :mod:`agendaparse.pdf` flag: enough vector paths to draw a grid. Even
there, pdfminer never parses the page: :mod:`agendaparse.pdfium_objects` hands pdfplumber the
same chars, lines and rects read by pypdfium2, which is about ten times faster.
White unstroked boxes (which print nothing) are not ruling, and a centred 'Page 13' stamp in
the page foot is not table text. Grids that are layout, not data (a paragraph split by a frame,
a meeting's particulars, an agenda in a box), are dropped.
A ruled table whose text is set sideways is turned so that it reads left to right. Unruled
tables (column-aligned figures without a grid) are found by :mod:`agendaparse.stream_tables`
on the pages it flags that no ruled table already covers. On scanned pages (read by OCR) the
rules are found in the page image and each cell the grid cuts is read by Tesseract.
Action logs printed without a grid (whitespace columns, or rules between rows only) are read from
the words under a header line that names action-plan columns (:func:`text_tables`).
Tables that continue on the next page (same columns, at the top of the page, no heading above
them) are merged into one table with its page span, and a row broken by the page break is joined.
Tables whose header names action-plan columns become
:class:`~agendaparse.models.ActionPlanRow` records.
"""

from __future__ import annotations

import bisect
import colorsys
import datetime as dt
import io
import logging
import re
import statistics
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium

from . import colour_key, pdfium_objects, plumber_pages, stream_tables
from .dates import parse_date
from .lexicon import organisation_groups
from .models import ActionPlanRow, DateValue, Provenance, Table
from .pdf import SYMBOL_BULLETS, Line, PageLayout

# pdfminer (under pdfplumber) logs every damaged operator it skips; that is noise for our users.
logging.getLogger("pdfminer").setLevel(logging.ERROR)

MIN_PATHS = 6  # fewer vector paths than this cannot draw a ruled grid worth finding
# A gap wider than this share of the font size is a word space. pdfplumber's fixed 3pt default
# glues words together in tightly set cells ("AStoaction20mphlimit").
WORD_GAP_RATIO = 0.15

FIELD_SYNONYMS: dict[str, tuple[str, ...]] = {
    "theme": (
        "theme",
        "priority",
        "objective",
        "workstream",
        "area",
        "category",
        "strand",
        "section",
        "priority area",
        "strategic priority",
        "strategic objective",
        "key priority",
        "focus area",
        "work stream",
    ),
    "action_no": (
        "action no",
        "action number",
        "no",
        "ref",
        "reference",
        "#",
        "item",
        "number",
        "id",
        "action id",
        "action ref",
        "ref no",
        "item no",
        "rec no",
        "recommendation no",
        "action reference",
        "minute",
        "minute no",
        "minute ref",
        "minute number",
        "min no",
        "min ref",
        "action #",
        "rec",
        "resolution",
        "resolution no",
        "resolution number",
        "decision no",
    ),
    "action": (
        "action",
        "actions",
        "action required",
        "recommendation",
        "task",
        "activity",
        "description",
        "commitment",
        "commitments",
        "key actions",
        "agreed action",
        "agreed actions",
        "proposed action",
        "proposed actions",
        "what we will do",
        "what we have committed to",
        "action point",
        "action points",
        "action agreed",
        "actions agreed",
        "actions required",
        "action/decision",
        "recommendations",
        "tasks",
        "action item",
        "action items",
        "item description",
        "task description",
        "follow-up action",
        "follow up action",
        "next steps",
        "issue/action",
        "milestone activity",
        "milestone activities",
        "what",
        "intervention",
        "key task",
        "key activity",
        "work required",
        "matter arising",
        "matters arising",
        "planned action",
        "planned actions",
    ),
    "outcome": (
        "outcome",
        "outcomes",
        "expected outcome",
        "measure",
        "success measure",
        "deliverable",
        "output",
        "measure of success",
        "measures of success",
        "how will we measure success",
        "how will success be measured",
        "success criteria",
    ),
    "named_lead": (
        "named csp lead",
        "lead officer",
        "responsible officer",
        "owner",
        "by whom",
        "led by",
        "officer",
        "lead",
        "responsible",
        "who",
        "action owner",
        "named lead",
        "action by",
        "actioned by",
        "who by",
        "owners",
        "owner/s",
        "leads",
        "lead/s",
        "responsibility",
        "person responsible",
        "responsible person",
        "officer responsible",
        "assigned to",
        "accountable",
        "accountable officer",
        "executive officer",
        "responsible party",
        "staff lead",
        "lead member",
        "executive lead",
        "senior responsible officer",
        "sro",
        "accountable lead",
        "lead person",
        "councillor",
        "councillors",
        "cllr",
        "member",
        "staff person",
        "staff",
        "assigned",
        "point person",
        "point of contact",
        "contact officer",
        "by",
        "name",
        "exec lead",
        "lead director",
        "responsible director",
        "lead executive",
        "delivery lead",
        "who is responsible",
        "who will lead",
        "who will do it",
        "who leads",
    ),
    "lead_org": (
        "lead organisation",
        "lead organization",
        "lead agency",
        "organisation",
        "agency",
        "department",
        "lead department",
        "partner",
        "lead partner",
        "lead body",
        "lead organisations",
        "organisation responsible",
        "responsible department",
        "responsible organisation",
        "responsible agency",
        "lead service",
        "service area",
    ),
    "supporting_orgs": (
        "supporting organisations",
        "partners",
        "supporting partners",
        "support",
        "other partners",
        "key partners",
        "delivery partners",
        "partner organisations",
    ),
    "start_date": (
        "start date",
        "start",
        "from",
        "planned start",
        "planned start date",
        "commencement date",
        "commencement",
        "date started",
        "start by",
    ),
    "end_date": (
        "end date",
        "deadline",
        "timescale",
        "by when",
        "target date",
        "due",
        "due date",
        "completion date",
        "date due",
        "when",
        "target",
        "timeframe",
        "time frame",
        "date for completion",
        "target completion date",
        "due by",
        "deadline date",
        "date required",
        "completion by",
        "proposed completion",
        "proposed completion date",
        "expected completion date",
        "completion",
        "expected completion",
        "estimated completion",
        "estimated completion date",
        "date to be completed",
        "due by date",
        "when by",
        "end",
        "end date",
        "milestone date",
        "target completion",
        "delivery date",
        "target delivery date",
        "planned completion",
        "planned completion date",
        "planned end date",
        "finish date",
        "date of completion",
        "target end date",
        "to be completed",
        "to be completed by",
        "complete by",
        "completed by",
        "to be progressed",
        "for completion",
        "finish by",
        "finish",
        "end by",
        "agreed date",
        "agreed completion date",
        "agreed implementation date",
        "implementation date",
        "target implementation date",
        "revised date",
        "revised target date",
        "revised deadline",
        "timeline",
        "timing",
        "planned finish",
        "target finish date",
    ),
    "progress": (
        "progress",
        "update",
        "progress update",
        "latest update",
        "comments/update",
        "position",
        "current position",
        "latest position",
        "position statement",
    ),
    "comment": ("comment", "comments", "notes"),
    "status": (
        "status",
        "current status",
        "progress status",
        "status update",
        "delivery status",
        "completed",
        "complete",
        "open/closed",
        "date closed",
        "closed date",
        "date completed",
        "completed date",
    ),
    # a RAG column beside a Status column holds the rating; alone, it holds both (see action_plan_rows)
    "rag": ("rag", "rag status", "rag rating", "rating", "rag rated", "r/a/g", "brag"),
}
STATUS_WORDS = {
    "complete": ("complete", "completed", "done", "closed", "achieved", "delivered", "finished", "resolved"),
    "ongoing": (
        "ongoing", "on-going", "on going", "in progress", "open", "on track", "underway", "under way", "continuing",
        "started", "commenced",
        "in hand", "plan in place", "progressing", "being progressed", "in train", "outstanding", "not complete",
        "incomplete", "awaiting", "pending", "chased", "no response", "no responses",
    ),
    "paused": ("paused", "on hold", "deferred", "suspended"),
    "not started": (
        "not started", "not yet started", "yet to start", "planned", "not yet begun", "not yet due", "not commenced",
        "not yet commenced",
    ),
    "overdue": ("overdue", "late", "delayed", "behind", "off track", "behind schedule"),
}  # fmt: skip
RAG_WORDS = {"red": "Red", "amber": "Amber", "green": "Green", "r": "Red", "a": "Amber", "g": "Green"}


COLUMN_NAMES = {name for synonyms in FIELD_SYNONYMS.values() for name in synonyms}
SPACELESS_NAMES = {name.replace(" ", ""): name for name in COLUMN_NAMES if " " in name}
LONGEST_COLUMN_NAME = max(len(name) for name in COLUMN_NAMES)


def normalise_header(text: str) -> str:
    return re.sub(r"[^a-z0-9#./ ]", "", " ".join(text.lower().split())).strip()


def _header_names(cell: str) -> list[str]:
    """The names a header cell may go by: as printed without trailing stops or colons ('Action No.'),
    and each side of a slash ('Progress/Update', 'Owner / Lead')."""
    name = normalise_header(cell).rstrip(".: ")
    parts = [part.strip(" .") for part in name.split("/")] if "/" in name and len(name) > 5 else []
    # a header word broken by a narrow column ('Refere' / 'nce', 'Date for c' / 'ompletion'): a
    # column name with one space taken out
    # (only a name one character longer than the longest column name can be one mended: a long cell is not)
    mended = [
        joined
        for index, char in enumerate(name if len(name) <= LONGEST_COLUMN_NAME + 1 else "")
        if char == " " and (joined := name[:index] + name[index + 1 :]) in COLUMN_NAMES
    ]
    # a plural of a column name ('Timescales', 'Target dates', 'Deadlines')
    stems = (name[:-1], name[:-3] + "y") if name.endswith("s") else ()  # 'Timescales', 'Activities'
    singular = [stem for stem in stems if stem in COLUMN_NAMES][:1]

    # a header broken over two lines in a narrow column, joined without its space ('Responsibledepartment')
    unspaced = [SPACELESS_NAMES[name]] if " " not in name and name in SPACELESS_NAMES else []
    return [name, *[part for part in parts if part], *mended, *singular, *unspaced]


def header_fields(header: list[str]) -> dict[int, str]:
    """Map column index -> canonical action-plan field for the columns we recognise. A heading
    named exactly ('Lead department', 'Action by') wins over one that only starts with a name
    ('Lead ...' as a lead, 'Action ...' as the action)."""
    mapping: dict[int, str] = {}
    used: set[str] = set()
    names = [_header_names(cell) for cell in header]
    for exact in (True, False):
        for index, alternatives in enumerate(names):
            # the name as printed first, then each side of a slash in order ('Status/Comment' is a status)
            for name in alternatives:
                if index in mapping:
                    break
                for field, synonyms in FIELD_SYNONYMS.items():
                    if field in used:
                        continue
                    if name in synonyms or (
                        not exact and any(name.startswith(s + " ") for s in synonyms if len(s) > 3)
                    ):
                        mapping[index] = field
                        used.add(field)
                        break
    _prefer_status_column(names, mapping)
    _prefer_action_column(names, mapping)
    return dict(sorted(mapping.items()))


# the finding a plan answers ('Recommendation | Action | Lead'): the action column beside it holds the actions
FINDING_NAMES = {"recommendation", "recommendations"}
# (not 'Action taken': what was done in answer, beside the recommendation kept as the action)
ACTION_NAME_RE = re.compile(
    r"(?:(?:planned|proposed|agreed|key|improvement) )?actions?(?: required| to be taken| planned)?"
    r"|management response(?: and (?:planned )?actions?)?"
)


def _prefer_action_column(names: list[list[str]], mapping: dict[int, str]) -> None:
    """A 'Recommendation' column is the action only when no column is named as one: an inspection or
    audit response plan ('Recommendation | Action | Lead | Timescale') lists the actions beside it."""
    column = next((index for index, field in mapping.items() if field == "action"), None)
    if column is None or names[column][0] not in FINDING_NAMES:
        return
    for index, alternatives in enumerate(names):
        if index not in mapping and alternatives and ACTION_NAME_RE.fullmatch(alternatives[0]):
            del mapping[column]
            mapping[index] = "action"
            return


CLOSED_DATE_NAMES = {"date closed", "closed date", "date completed", "completed date"}


def _prefer_status_column(names: list[list[str]], mapping: dict[int, str]) -> None:
    """A 'Closed date' column is the status only when no column is named as one: beside 'Status of
    recommendation' it is the date the row closed, and the status column holds the status."""
    status = next((index for index, field in mapping.items() if field == "status"), None)
    if status is None or names[status][0] not in CLOSED_DATE_NAMES:
        return
    for index, alternatives in enumerate(names):
        if index not in mapping and alternatives and re.match(r"status\b", alternatives[0]):
            del mapping[status]
            mapping[index] = "status"
            return


def is_action_plan(header: list[str]) -> bool:
    mapping = header_fields(header)
    fields = set(mapping.values())
    has_action = "action" in fields
    has_owner_or_date = bool(fields & {"named_lead", "lead_org", "end_date", "status", "rag"})
    if has_action and not has_owner_or_date and fields & {"progress", "outcome"}:
        # 'Action / Progress' beside 'Outcome': a follow-up log that names the action as such
        column = next(index for index, field in mapping.items() if field == "action")
        return bool(re.match(r"actions?\b", normalise_header(header[column])))
    return has_action and has_owner_or_date


def is_log(header: list[str], rows: list[list[str]]) -> bool:
    """An action plan by its header, or by a header naming an owner and a date or status beside a
    column of text under a name of its own ('Title of action', 'Item', 'Milestone')."""
    if is_action_plan(header):
        return True
    if not header or "action" in header_fields(header).values():
        return False
    return "action" in table_fields(header, rows).values()


# Owners written as initials ('KK', 'JTe', 'KK/HS') or everyone ('All').
INITIALS_RE = re.compile(r"(?:[A-Z]{2,4}[a-z]?|All)(?:\s*[/,&]\s*[A-Z]{2,4}[a-z]?)*")
CELL_KINDS = ("empty", "initials", "status", "number", "date", "prose", "short")
DISTINCTIVE_KINDS = ("prose", "initials", "status")  # what a header cell never looks like


def cell_kind(text: str) -> str:
    """What a cell holds: empty, initials, status, date, number, prose (six words or more) or short."""
    words = text.split()
    if not words:
        return "empty"
    if INITIALS_RE.fullmatch(text.strip()):
        return "initials"
    if len(words) <= 3 and any(normalise_status(text)):
        return "status"
    if stream_tables.is_numeric(text):
        return "number"
    if len(words) <= 5 and parse_date(text).date is not None and re.search(r"\d", text):
        return "date"
    return "prose" if len(words) >= 6 else "short"


def _column_kind(cells: list[str]) -> str | None:
    """The kind most of a column's filled cells share (two thirds), else None."""
    kinds = [cell_kind(cell) for cell in cells if cell]
    if not kinds:
        return None
    kind, count = Counter(kinds).most_common(1)[0]
    return kind if count >= 2 / 3 * len(kinds) else None


def first_row_is_data(rows: list[list[str]]) -> bool:
    """No header row is printed: the first row names no column we know, and holds, column by
    column, what the rows below hold (an action, an owner's initials, a status word), where a
    header row holds short labels."""
    first = rows[0]
    if header_fields(first) or len(rows) < 2:
        return False
    agree = 0
    for index, cell in enumerate(first):
        kind = _column_kind([row[index] for row in rows[1:] if index < len(row)])
        if kind is None or kind == "short" or (kind == "prose" and len(cell.split()) >= 3):
            continue  # a short action over longer ones proves nothing either way
        if cell_kind(cell) != kind:
            return False
        # a cell of money or figures in thousands is never a column's name (a year may be): it decides
        agree += 2 if kind == "number" and AMOUNT_RE.search(cell) else kind in DISTINCTIVE_KINDS
    return agree >= 2


AMOUNT_RE = re.compile(r"[£$€]\s?\d|\d,\d{3}\b")


UNIT_RE = re.compile(r"\(?(?:[£$€](?:\s*(?:m|k|bn|'?000'?s?))?|%|'?000'?s|nos?\.?|number|m|k)\)?", re.I)


def is_unit_row(row: list[str], header: list[str]) -> bool:
    """A row of units under the header ('£m', '%', "£'000s") belongs to the header: 'Annual exposure £m'."""
    filled = [index for index, cell in enumerate(row) if cell]
    return (
        bool(filled)
        and len(row) == len(header)
        and all(UNIT_RE.fullmatch(row[index].replace(" ", "")) and header[index] for index in filled)
    )


def _header_goes_on(top: list[str], under: list[str]) -> bool:
    """The row under the header is more of it (a header set on two rows: 'Target' over 'date',
    a group label over 'Owner | Deadline'): short labels only, and joined the header names more
    action-plan columns than alone."""
    if len(top) != len(under) or not any(under):
        return False
    if any(len(cell.split()) > 3 or cell_kind(cell) not in ("short", "empty", "initials") for cell in under):
        return False
    joined = [join_cells(a, b) for a, b in zip(top, under, strict=True)]
    if len(header_fields(joined)) > len(header_fields(top)):
        return True
    # each label under the header completes a column's name ('Action' over 'point', 'Lead' over 'officer')
    return all(not b or _is_column_name(cell) for cell, b in zip(joined, under, strict=True))


def _is_column_name(cell: str) -> bool:
    return any(name in COLUMN_NAMES for name in _header_names(cell))


def _lone_log_row(row: list[str]) -> bool:
    """A one-row grid that reads as a row of a log: an action and its owner or status."""
    kinds = [cell_kind(cell) for cell in row]
    return any(len(cell.split()) >= 3 for cell in row) and bool({"initials", "status", "date"} & set(kinds))


def _text_column(rows: list[list[str]]) -> int | None:
    """The one column holding all the text of a grid of two or more columns (a list of records
    set in a ruled grid with an unused numbering column), else None."""
    if max(len(row) for row in rows) < 2:
        return None
    columns = {index for row in rows for index, cell in enumerate(row) if cell}
    return columns.pop() if len(columns) == 1 else None


DONE_HEADER_RE = re.compile(r"(?:done|closed|complete|completed|actioned)\s*\??", re.I)
ROW_NUMBER_RE = re.compile(r"[A-Z]{0,3}\d{1,3}(?:[./]\d{1,3})*[.)]?")
MILESTONE_RE = re.compile(r"(?:key\s+|target\s+)?milestones?", re.I)


def table_fields(header: list[str], rows: list[list[str]]) -> dict[int, str]:
    """Column index -> action-plan field: by header name, or, for a table printed without a header
    row, by what the columns hold: the action is the column of longest text, the owner a column
    of initials, the status a column of status words, the deadline a column of dates."""
    if header:
        fields = header_fields(header)
        _numbers_under_action(header, rows, fields)
        _text_as_action(header, rows, fields)
        if "status" not in fields.values():
            for index, cell in enumerate(header):
                column = [row[index] for row in rows if index < len(row) and row[index]]
                named = index not in fields and DONE_HEADER_RE.fullmatch(cell.strip())
                if named and column and all(done_status(text) for text in column):
                    fields[index] = "status"  # 'Done?' over Yes / No, 'Closed' over the dates closed
                    break
        if "action_no" not in fields.values() and 0 not in fields and not header[0].strip():
            numbers = [row[0] for row in rows if row and row[0]]
            if len(numbers) >= 2 and all(ROW_NUMBER_RE.fullmatch(cell.strip()) for cell in numbers):
                fields[0] = "action_no"  # the rows' numbers alone in an unnamed column far left
        if "end_date" not in fields.values():
            for index, cell in enumerate(header):
                column = [row[index] for row in rows if index < len(row) and row[index]]
                dated = sum(len(text.split()) <= 6 and deadline(text, None).date is not None for text in column)
                if (
                    index not in fields
                    and MILESTONE_RE.fullmatch(cell.strip())
                    and column
                    and dated >= 2 / 3 * len(column)
                ):
                    fields[index] = "end_date"  # a 'Milestone' column holding dates is the deadline
                    break
        return dict(sorted(fields.items()))
    width = max((len(row) for row in rows), default=0)
    kinds = {index: _column_kind([row[index] for row in rows if index < len(row)]) for index in range(width)}
    mapping: dict[int, str] = {}
    for kind, field in (("initials", "named_lead"), ("status", "status"), ("date", "end_date")):
        columns = [index for index, found in kinds.items() if found == kind]
        if len(columns) == 1:
            mapping[columns[0]] = field
    words = {
        index: sum(len(row[index].split()) for row in rows if index < len(row)) / max(len(rows), 1)
        for index in range(width)
        if index not in mapping
    }
    if mapping and words and max(words.values()) >= 3:
        mapping[max(words, key=lambda index: words[index])] = "action"
    return mapping


# columns of measures or risks, not of actions, however long their text
NOT_ACTION_RE = re.compile(r"\b(?:indicators?|measures?|kpis?|pis?|risks?|hazards?|issues?|targets?|metrics?)\b", re.I)
MIN_ACTION_WORDS = 3.0  # mean words of a column read as the actions


def _mean_words(rows: list[list[str]], index: int) -> float:
    cells = [row[index] for row in rows if index < len(row) and row[index]]
    return sum(len(cell.split()) for cell in cells) / len(cells) if cells else 0.0


# an action's number as logs print it: 'A12', 'LB3', 'TB3/04', 'WG/21', '2013/07', '01.05'
ACTION_ID_RE = re.compile(r"[A-Z]{0,4}[/-]?\d{1,4}(?:[./-]\d{1,4}){0,2}[a-z]?[.)]?")


def _numbers_under_action(header: list[str], rows: list[list[str]], fields: dict[int, str]) -> None:
    """'Action' over the actions' numbers ('LB1', 'TB3/04') beside a column of their text ('Description',
    'Detail'): the named column is the number, the column of longest text the action."""
    column = next((index for index, field in fields.items() if field == "action"), None)
    if column is None or "action_no" in fields.values():
        return
    cells = [row[column].strip() for row in rows if column < len(row) and row[column].strip()]
    if len(cells) < 2 or not all(ACTION_ID_RE.fullmatch(cell) for cell in cells):
        return
    words = {
        index: _mean_words(rows, index)
        for index in range(len(header))
        if index not in fields and not NOT_ACTION_RE.search(header[index])
    }
    best = max(words, key=lambda index: words[index], default=None)
    if best is not None and words[best] >= MIN_ACTION_WORDS:
        fields[column], fields[best] = "action_no", "action"


# a section-style number opening an action cell ('1.2 Develop ...', '3.1.4 Agree ...', '4. Publish ...')
LEADING_NUMBER_RE = re.compile(r"(\d{1,2}(?:\.\d{1,2}){1,2}[a-z]?|\d{1,2}(?=[.)]))[.)]?\s+(?=[A-Z])")


def _numbered_actions(rows: list[list[str]], fields: dict[int, str]) -> bool:
    """Whether every action cell (two or more) opens with its number, in a table with no number column."""
    column = next((index for index, field in fields.items() if field == "action"), None)
    if column is None:
        return False
    cells = [row[column].strip() for row in rows if column < len(row) and row[column].strip()]
    return len(cells) >= 2 and all(LEADING_NUMBER_RE.match(cell) for cell in cells)


def _text_as_action(header: list[str], rows: list[list[str]], fields: dict[int, str]) -> None:
    """Where no column is named as the action: a reference column of sentences ('Resolution') is
    the action; else, with an owner column and a date or status column named, the unnamed column
    of longest text ('Title of action', 'Item', 'Milestone') is."""
    if "action" in fields.values():
        return
    number = next((index for index, field in fields.items() if field == "action_no"), None)
    if number is not None and _mean_words(rows, number) >= 2 * MIN_ACTION_WORDS:
        fields[number] = "action"
        return
    named = set(fields.values())
    if not named & {"named_lead", "lead_org"} or not named & {"end_date", "start_date", "status"}:
        return
    words = {
        index: _mean_words(rows, index)
        for index in range(len(header))
        if index not in fields and not NOT_ACTION_RE.search(header[index])
    }
    best = max(words, key=lambda index: words[index], default=None)
    if best is not None and words[best] >= MIN_ACTION_WORDS:
        fields[best] = "action"


def _field_column(fields: dict[int, str], *names: str) -> int | None:
    by_field = {field: index for index, field in fields.items()}
    return next((by_field[name] for name in names if name in by_field), None)


def _column_edges(rows_cells: list[list], right: float) -> tuple[float, ...]:
    """A grid's column boundaries: the left edge of each cell of its widest row, and its right edge."""
    widest = max(rows_cells, key=lambda cells: sum(cell is not None for cell in cells), default=[])
    return (*(round(cell[0], 1) for cell in widest if cell is not None), round(right, 1))


def _drop_lone_rows(
    found: list[Table], weak: dict[int, str], edges: dict[int, tuple[float, ...]], listings: set[int] | None
) -> list[Table]:
    """One-row grids are kept only as sections of a log printed as one ruled box per heading: a
    table without a header row with the same column boundaries is in the document."""
    logs = [edges[id(table)] for table in found if not table.header and id(table) not in weak]
    kept = []
    for table in found:
        if weak.get(id(table)) == "lone" and not any(_same_edges(edges[id(table)], other) for other in logs):
            continue
        if weak.get(id(table)) == "listing" and listings is not None:
            listings.add(id(table))
        kept.append(table)
    return kept


def _same_edges(a: tuple[float, ...], b: tuple[float, ...], tolerance: float = 3.0) -> bool:
    return len(a) == len(b) and all(abs(x - y) <= tolerance for x, y in zip(a, b, strict=True))


MIN_LISTING_ROWS = 4


def spanning_rows(table: Table) -> set[int]:
    return set(table.spanning_rows)


def _mark_spanning(table: Table, rows: set[int]) -> None:
    table.spanning_rows = sorted(rows)


def drop_short_listings(tables: list[Table], listings: set[int]) -> list[Table]:
    """A grid with text in one column only is a list of records set in a table when it runs over
    pages with several rows; on one page it is a box around a paragraph or a list."""
    return [
        table
        for table in tables
        if id(table) not in listings or (table.page_end > table.page_start and table.n_rows >= MIN_LISTING_ROWS)
    ]


# Glyphs of symbol fonts with no character of their own (a tick box, an arrow): nothing to read.
PRIVATE_USE_RE = re.compile("[\ue000-\uf8ff]")


SHORT_WORDS = "a|i|an|as|at|be|by|do|go|he|if|in|is|it|me|my|no|of|on|or|so|to|up|us|we"
BROKEN_WORD_RE = re.compile(
    rf"(?<=[a-z])\n(?!(?:{SHORT_WORDS})(?:\n|$))(?=[a-z]{{1,2}}(?:\n|$))|(?<=[.A-Za-z]\d)\n(?=\d(?:\n|$))"
    r"|(?<=[A-Za-z0-9]\d\.)\n(?=\d{1,2}(?:\n|$))"
)

# a date broken by a narrow column inside its year ('12/10/2' / '023')
BROKEN_DATE_RE = re.compile(r"(\b\d{1,2}[/.]\d{1,2}[/.])(\d{1,3})\n(\d{1,3})\b")


def clean_cell(value: object) -> str:
    if value is None:
        return ""
    text = PRIVATE_USE_RE.sub("", str(value).replace("\u00ad", "").translate(SYMBOL_BULLETS))
    # broken after a hyphen or slash ('(-' / '1.9', 'Grant/' / 'Taxation'), not at the end of a web address
    text = re.sub(
        r"(?<!\S)(\S+[-/])\n(?=\w)", lambda m: m[0] if "://" in m[1] or m[1].startswith("www.") else m[1], text
    )
    # a word too long for a narrow column, broken without a hyphen: its last letter or two alone on
    # the next line ('Referenc' / 'e', 'Nov20.0' / '1')
    text = BROKEN_WORD_RE.sub("", text)
    text = BROKEN_DATE_RE.sub(lambda m: m[0].replace("\n", "") if len(m[2] + m[3]) in (2, 4) else m[0], text)
    return " ".join(text.split())


def candidate_pages(pages: list[PageLayout]) -> list[int]:
    return [page.number for page in pages if page.grid >= MIN_PATHS and page.has_text_layer]


def find_tables(
    path: str | Path | bytes, pages: list[PageLayout], document_id: str, password: str | None = None
) -> list[Table]:
    """Ruled tables (pdfplumber) on pages with grid evidence, action logs without a grid under a
    header line naming their columns (:func:`text_tables`), unruled tables of figures (camelot
    stream) on pages with column-aligned figures that no table already covers, and ruled tables on
    pages read by OCR (rules from the image, each cell read by Tesseract)."""
    wanted = candidate_pages(pages)
    streams = {page.number: regions for page in pages if (regions := stream_tables.flagged(page))}
    anchors = {page.number: lines for page in pages if page.has_text_layer and (lines := header_anchors(page))}
    grids = {page.number: lines for page in pages if page.has_text_layer and (lines := grid_anchors(page))}
    for number, lines in grids.items():
        anchors[number] = sorted([*anchors.get(number, []), *lines], key=lambda line: line.top)
    grid_ids = {id(line) for lines in grids.values() for line in lines}
    scanned_words = {page.number: words for page in pages if page.method == "ocr" and (words := ocr_words(page))}
    scanned_anchors = {number: lines for number, words in scanned_words.items() if (lines := _scanned_anchors(words))}
    grid_ids |= {id(line) for lines in scanned_anchors.values() for line in lines}
    stacked = [page.number for page in pages if page.has_text_layer and _stacked_header_at(page.lines) is not None]
    if not wanted and not streams and not anchors and not stacked and not any(page.method == "ocr" for page in pages):
        return []
    source = io.BytesIO(path) if isinstance(path, bytes) else str(path)
    first_row_colours: dict[int, str | None] = {}
    listings: set[int] = set()
    found = _ruled_tables(source, wanted, document_id, password, first_row_colours, listings) if wanted else []
    layouts = {page.number: page for page in pages}
    for number, lines in list(anchors.items()):
        # a grid of its own holds the header (a one-column 'listing' box around the page does not)
        held = [table for table in found if table.page_start == number and id(table) not in listings]
        anchors[number] = [line for line in lines if not any(_holds(table, line, number) for table in held)]
    if any(anchors.values()):
        logs = text_tables(source, anchors, layouts, document_id, password, grid_ids)
        found = [table for table in found if not any(_within_table(table, other) for other in logs)]
        found = sorted(found + logs, key=_position)
    stacked = [number for number in stacked if number not in {table.page_start for table in found}]
    if stacked:
        found = sorted(found + stacked_tables(source, stacked, document_id, password), key=_position)
    uncovered = {}
    for number, regions in streams.items():
        ruled = [table for table in found if table.page_start == number]
        left = [region for region in regions if not _covered(region, ruled, layouts[number])]
        if left:
            uncovered[number] = left
    scanned = [page.number for page in pages if page.method == "ocr" and page.rotation == 0 and page.lines]
    if scanned:
        found = sorted(found + scanned_tables(source, scanned, document_id, password), key=_position)
    if scanned_anchors:
        read = scanned_text_tables(source, password, scanned_anchors, scanned_words, layouts, document_id, grid_ids)
        ruled = [table for table in found if table.provenance.method.startswith("ocr:")]
        read = [table for table in read if not any(_overlapping(table, other) for other in ruled)]
        found = sorted(found + read, key=_position)
    if uncovered:
        unruled = stream_tables.extract(path, uncovered, layouts, clean_cell, password)
        unruled = [other for other in unruled if not _laid_out_text(other.rows)]
        found = [table for table in found if not any(_inside(table, other) for other in unruled)]
        found.extend(_stream_table(other, document_id) for other in unruled)
        found.sort(key=_position)
    merged = _reading_order(drop_short_listings(merge_continuations(found, pages, first_row_colours), listings))
    for table in merged:
        table.title = table.title or heading_above(table, layouts.get(table.page_start))
    return merged


# A line that may head an unruled action log: it names an action column (cheap test first).
ACTION_WORD_RE = re.compile(
    r"\b(?:actions?|recommendations?|tasks?|description|commitments?|what we will do|next steps|matters? arising)\b",
    re.I,
)


def header_anchors(page: PageLayout) -> list[Line]:
    """Lines whose wide-gap segments name an action column and an owner, date or status column:
    the header of an action log printed without a grid (whitespace columns, or rules between rows)."""
    return [line for line in page.body_lines() if _names_log_columns(line.text)]


MIN_GRID_COLUMNS = 3
MIN_GRID_ROWS = 3
MAX_GRID_HEADER_WORDS = 4  # words of one column name
GRID_LOOKAHEAD = 12  # lines under a header line looked at for rows split into columns
GRID_FILLED = 0.6  # share of rows a column is filled in, for MIN_GRID_COLUMNS columns of a table of words
MAX_GRID_NUMERIC = 0.5  # a table mostly of figures is the stream reader's


# what no column name holds: an e-mail or web address, a telephone number ('03000 410 066')
CONTACT_CELL_RE = re.compile(r"@|\bwww\.|https?://|(?:\+|\b0)\d[\d ]{8,}\d")


def _grid_header(cells: list[str]) -> bool:
    """Column names: a few words each, no sentence, label ('Signed:') or bullet point, one at least in
    letters, no contact details (the first row of a contacts box under a rule) and no 'PRESENT' before
    the names of an attendance block."""
    cells = [cell.strip() for cell in cells if cell.strip()]
    return (
        len(cells) >= MIN_GRID_COLUMNS
        and cells[0].lower() not in ATTENDANCE_HEADERS
        and not any(BULLET_RE.match(cell) or cell[0] in "-–" for cell in cells)
        and all(len(cell.split()) <= MAX_GRID_HEADER_WORDS and not cell.endswith((":", ",", ";")) for cell in cells)
        and any(cell[0].isalpha() for cell in cells)
        and not any(BLANK_LINE_RE.search(cell) or CONTACT_CELL_RE.search(cell) for cell in cells)
    )


def grid_anchors(page: PageLayout, *, scanned: bool = False) -> list[Line]:
    """Cheap test on a page's lines for the header of a table of words set in whitespace columns
    (no grid, no log column names): a line of three or more phrases apart by wide gaps, each a column
    name of a few words, in bold (or on a page with drawn rules, that may rule under it; on a
    ``scanned`` page, whose weight OCR does not read, any), over three or more lines split at wide gaps
    that start at or right of it."""
    lines = page.body_lines()
    found: list[Line] = []
    for index, line in enumerate(lines):
        if not (line.bold or page.n_paths or scanned) or line.text.count("   ") < MIN_GRID_COLUMNS - 1:
            continue
        if _names_log_columns(line.text) or not _grid_header(line.text.split("   ")):
            continue
        split = 0
        for below in lines[index + 1 : index + 1 + GRID_LOOKAHEAD]:
            if below.x0 < line.x0 - 5 or below.top - line.bottom > GRID_LOOKAHEAD * max(line.size, 8.0) * 1.5:
                break
            split += "   " in below.text and not below.bold
        if split >= MIN_GRID_ROWS:
            found.append(line)
    return found


def is_word_grid(header: list[str], rows: list[list[str]], *, figures: bool = False) -> bool:
    """Rows read under a header of column names make a table of words: three rows or more, three
    columns (or all, when fewer) filled in most rows, every column used, few rows that are one
    cell alone, words more than figures (unless ``figures``: a scanned page, which the stream reader
    of figures cannot read), and not a layout (contents, agenda, form, attendance box)."""
    if len(rows) < MIN_GRID_ROWS or len(header) < MIN_GRID_COLUMNS:
        return False
    filled = [sum(bool(row[column]) for row in rows) for column in range(len(header))]
    if not all(filled) or sum(count >= GRID_FILLED * len(rows) for count in filled) < MIN_GRID_COLUMNS:
        return False
    if sum(sum(bool(cell) for cell in row) <= 1 for row in rows) > len(rows) / 3:
        return False
    if not figures and stream_tables.numeric_share(rows) > MAX_GRID_NUMERIC:
        return False
    return not _not_a_data_table([header, *rows])


def _names_log_columns(text: str) -> bool:
    """A header line of an action log: phrases set apart by wide gaps naming an action column and
    an owner, date or status column; a line of two phrases only if it holds nothing but the names."""
    gaps = text.count("   ")
    if gaps >= 2 and _owner_and_date_header(text.split("   ")):
        return True
    if not gaps or not ACTION_WORD_RE.search(text):
        return False
    if gaps >= 2:
        return is_action_plan(text.split("   "))
    parts = [part for part in text.split("   ") if part.strip()]
    return (
        gaps == 1
        and len(parts) == 2
        and len(text.split()) <= MAX_TWO_NAME_WORDS
        and len(header_fields(parts)) == 2
        and is_action_plan(parts)
    )


MAX_TWO_NAME_WORDS = 5
MIN_UNNAMED_LOG_COLUMNS = 4


def _owner_and_date_header(header: list[str]) -> bool:
    """A header of four or more columns naming a person responsible and a date or status, and one
    column more ('Decision', 'Matter'): a log whose action column goes by a name of its own."""
    cells = [cell for cell in header if cell.strip()]
    fields = set(header_fields(cells).values())
    return (
        len(cells) >= MIN_UNNAMED_LOG_COLUMNS
        and "named_lead" in fields
        and bool(fields & {"end_date", "status"})
        and len(fields) < len(cells)
    )


def _within_table(table: Table, other: Table) -> bool:
    """A grid found by the ruled reader lies mostly within a table read from its words (the boxes
    of shaded cells, a frame around it): a fragment of it."""
    if table.page_start != other.page_start or not table.bbox or not other.bbox:
        return False
    return _mostly_within(table.bbox, other.bbox)


def _mostly_within(bbox: tuple[float, float, float, float], other: tuple[float, float, float, float]) -> bool:
    """At least 60% of ``bbox``'s area lies within ``other``."""
    x0, top, x1, bottom = bbox
    ox0, otop, ox1, obottom = other
    area = max((x1 - x0) * (bottom - top), 1.0)
    shared = max(0.0, min(x1, ox1) - max(x0, ox0)) * max(0.0, min(bottom, obottom) - max(top, otop))
    return shared >= 0.6 * area


def _holds(table: Table, line: Line, number: int) -> bool:
    x0, top, x1, bottom = table.bbox or (0, 0, 0, 0)
    middle = (line.top + line.bottom) / 2
    return table.page_start == number and top - 2 <= middle <= bottom + 2 and min(x1, line.x1) > max(x0, line.x0)


def text_tables(
    source,
    anchors: dict[int, list[Line]],
    layouts: dict[int, PageLayout],
    document_id: str,
    password: str | None,
    grid_ids: set[int] | None = None,
) -> list[Table]:
    """Action logs printed without a grid, read from the words under a header line that names their
    columns (see :func:`read_text_table`), and tables of words under a bold or ruled header line
    whose phrases start the columns (``grid_ids``: the ids of those header lines; see
    :func:`grid_anchors`)."""
    grid_ids = grid_ids or set()
    found: list[Table] = []
    geometry = _pdfium_document(source, password)
    wanted = [number for number, lines in anchors.items() if lines]
    following = {number + 1 for number in wanted if number + 1 in layouts}
    continuing: tuple[TextColumns, float] | None = None  # the columns of a table that ran to the page foot
    with plumber_pages.open_pages(source, sorted({*wanted, *following}), password) as pages:
        for page in pages:
            starts = anchors.get(page.page_number, [])
            if continuing is not None and continuing[1] != page.page_number - 1:
                continuing = None
            if not starts and continuing is None:
                page.close()
                continue  # opened in case a table above ran on to it, and none did: nothing to read
            if geometry is not None:
                _read_objects_with_pdfium(geometry, page)
            view = _visible(page)
            words = view.extract_words(x_tolerance=1.5, y_tolerance=2, extra_attrs=["fontname", "size"])
            rules = _row_rules([*view.lines, *view.rects], float(page.width))
            fills = [rect for rect in view.rects if rect.get("fill")]
            height = float(page.height)
            if continuing is not None:
                layout = layouts[page.page_number]
                table = _continued_text_table(words, continuing[0], layout, starts, rules, fills, document_id)
                if table is not None:
                    found.append(table)
            continuing = None
            taken: list[tuple[float, float]] = []
            for line in starts:
                if any(top - 2 <= line.top <= bottom for top, bottom in taken):
                    continue  # a line inside a table already read from a header above it
                grid = id(line) in grid_ids
                read = read_text_table(words, line, height, rules, fills, page.page_number, document_id, grid=grid)
                if read is None and not grid:
                    # a log's column names over no column of actions ('Issue | Who | When'): a table of words
                    read = read_text_table(words, line, height, rules, fills, page.page_number, document_id, grid=True)
                if read is not None:
                    if read[0].bbox:
                        taken.append((read[0].bbox[1], read[0].bbox[3]))
                    found.append(read[0])
                    if read[0].bbox and read[0].bbox[3] > 0.8 * height:
                        continuing = (read[1], page.page_number)
            page.close()
    if geometry is not None:
        geometry.close()
    return found


# Tesseract's boxes are tight to the ink, so a word space between them measures wider than between a text
# layer's glyph boxes: a gap up to this share of the line height is a word space on a scan
OCR_WORD_SPACE = 1.0
# a scan turned a little lifts one end of a row: words whose middles differ by up to this share of the
# line height are on one line (a text layer's by 0.4)
OCR_LINE_RISE = 0.6


def ocr_words(page: PageLayout) -> list[dict]:
    """A scanned page's OCR words as pdfplumber's word dicts, all of the page's typical line height
    (no font name: OCR does not read the weight)."""
    if not page.words:
        return []
    size = statistics.median(word.size for word in page.words)
    return [
        {"text": w.text, "x0": w.x0, "x1": w.x1, "top": w.top, "bottom": w.bottom, "size": size,
         "fontname": "", "space": OCR_WORD_SPACE * size, "rise": OCR_LINE_RISE * size}
        for w in page.words
    ]  # fmt: skip


def _scanned_anchors(words: list[dict]) -> list[Line]:
    """Header lines of tables set in whitespace columns on a scanned page: the page's OCR words
    regrouped into lines across the page (Tesseract reads each column as a block of its own), wide
    gaps marked as a text layer's lines mark them, then tested as a text layer's lines are."""
    lines = []
    for line in _text_lines(words):
        text = "   ".join(" ".join(word["text"] for word in phrase) for phrase in _phrases(line))
        top, bottom = min(word["top"] for word in line), max(word["bottom"] for word in line)
        lines.append(Line(text, line[0]["x0"], top, line[-1]["x1"], bottom, size=line[0]["size"]))
    page = PageLayout(0, 0.0, 0.0, 0, lines)
    found = {id(line): line for line in [*header_anchors(page), *grid_anchors(page, scanned=True)]}.values()
    named = [line for line in found if all(_scanned_column_name(cell) for cell in line.text.split("   "))]
    return sorted(named, key=lambda line: line.top)


def scanned_text_tables(
    source,
    password: str | None,
    anchors: dict[int, list[Line]],
    words: dict[int, list[dict]],
    layouts: dict[int, PageLayout],
    document_id: str,
    grid_ids: set[int],
) -> list[Table]:
    """Action logs and tables of words or figures in whitespace columns on scanned pages, read as
    :func:`text_tables` reads them from a text layer, from the pages' OCR words; each table's area is
    then read again as one block (see :func:`_reread_words`), kept when it reads better (:func:`_better_read`)."""
    found: list[Table] = []
    geometry = _pdfium_document(source, password)
    for number, starts in anchors.items():
        width, height = layouts[number].width, layouts[number].height
        taken: list[tuple[float, float]] = []
        image = None
        for line in starts:
            if any(top - 2 <= line.top <= bottom for top, bottom in taken):
                continue
            grid = id(line) in grid_ids
            read = _scanned_text_table(words[number], line, height, number, document_id, grid)
            if geometry is not None:
                if image is None:
                    image = geometry[number - 1].render(scale=OCR_TABLE_DPI / 72).to_pil().convert("L")
                # the table's area, or (none read) all below its header
                area = read.bbox if read is not None and read.bbox else (line.x0, line.top, width, height)
                again = _reread_words(image, area, words[number][0]["size"])
                reread = _scanned_text_table(again, line, height, number, document_id, grid)
                if reread is not None and (read is None or _better_read(reread, read)):
                    read = reread
            if read is not None:
                table = read
                if table.bbox:
                    taken.append((table.bbox[1], table.bbox[3]))
                table.provenance.method = table.provenance.method.replace("rule:", "ocr:", 1)
                found.append(table)
    if geometry is not None:
        geometry.close()
    return found


def _scanned_text_table(
    words: list[dict], line: Line, height: float, number: int, document_id: str, grid: bool
) -> Table | None:
    place = (height, [], [], number, document_id)  # no rules or shading read from the image
    read = read_text_table(words, line, *place, grid=grid, scanned=True)
    if read is None and not grid:  # a log's column names over no column of actions: a table of words
        read = read_text_table(words, line, *place, grid=True, scanned=True)
    return read[0] if read is not None else None


def _filled(table: Table) -> float:
    cells = [cell for row in [table.header, *table.rows] for cell in row]
    return sum(bool(cell) for cell in cells) / max(len(cells), 1)


def _better_read(again: Table, first: Table) -> bool:
    """The table read again fills more of its cells (or as many, in more rows), and loses no more than
    one row (a row the page's reading made of a misread column: 'a fF WN' for '1'..'5')."""
    if again.n_rows < first.n_rows - 1:
        return False
    return (_filled(again), again.n_rows) > (_filled(first), first.n_rows)


def _reread_words(image, bbox: tuple[float, float, float, float], size: float) -> list[dict]:
    """The words of a table's area read again by Tesseract as one block of rows (the page's reading
    takes each column for a block of its own, and drops lone short figures: '6', a column of '1'..'5')."""
    import pytesseract

    scale = OCR_TABLE_DPI / 72
    x0, top, x1, bottom = bbox
    box = (max(0, int((x0 - 10) * scale)), max(0, int((top - 4) * scale)),
           min(image.width, int((x1 + 15) * scale)), min(image.height, int((bottom + 0.3 * size) * scale)))  # fmt: skip
    data = pytesseract.image_to_data(image.crop(box), output_type=pytesseract.Output.DICT, config="--psm 6")
    lines: dict[tuple[int, int, int], list[int]] = {}
    for index, text in enumerate(data["text"]):
        if text.strip() and float(data["conf"][index]) >= 0:
            key = (data["block_num"][index], data["par_num"][index], data["line_num"][index])
            lines.setdefault(key, []).append(index)
    words = []
    for indexes in lines.values():
        line_top = (box[1] + min(data["top"][i] for i in indexes)) / scale
        line_bottom = (box[1] + max(data["top"][i] + data["height"][i] for i in indexes)) / scale
        for i in indexes:
            left = (box[0] + data["left"][i]) / scale
            words.append(
                {"text": data["text"][i], "x0": left, "x1": left + data["width"][i] / scale, "top": line_top,
                 "bottom": line_bottom, "size": size, "fontname": "", "space": OCR_WORD_SPACE * size,
                 "rise": OCR_LINE_RISE * size}
            )  # fmt: skip
    return words


YEAR_RE = re.compile(r"(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?")
LETTERS_RE = re.compile(r"[^\W\d_]{2}")


def _scanned_column_name(text: str) -> bool:
    """A column name read by OCR: a word (two letters or more) or a year ('2023/24'), not a figure. On a
    scan a header's weight is not read, so a row of short cells would otherwise pass for a header, and
    a photograph read as text gives lines of specks ('Wa | i')."""
    text = text.strip()
    return bool(YEAR_RE.fullmatch(text)) or (bool(LETTERS_RE.search(text)) and not stream_tables.is_numeric(text))


def _overlapping(table: Table, other: Table) -> bool:
    """Two tables on one page, either lying mostly within the other."""
    if table.page_start != other.page_start or not table.bbox or not other.bbox:
        return False
    return _mostly_within(table.bbox, other.bbox) or _mostly_within(other.bbox, table.bbox)


MIN_STACKED_RECORDS = 3
TIER_INDENT = 15.0  # pt: the second header line (and each record's second line) starts this far right or more


def _stacked_header_at(lines: list[Line]) -> int | None:
    """Cheap test on a page's lines for a listing whose records print on two lines under a header
    of two lines (a system report: 'Polling Station   Polling Place' over, indented under the
    second column, 'District Reference   District Name'): the index of the header's first line."""
    for index in range(len(lines) - 2 * MIN_STACKED_RECORDS - 1):
        first, second = lines[index], lines[index + 1]
        size = max(first.size, 8.0)
        if (
            first.text.count("   ") >= 1
            and second.text.count("   ") >= 1
            and second.x0 >= first.x0 + TIER_INDENT
            and 0 <= second.top - first.bottom <= 1.5 * size
            and len(first.text.split()) <= 12
            and len(second.text.split()) <= 12
        ):
            records = 0
            following = lines[index + 2 :]
            for upper, lower in zip(following, following[1:], strict=False):
                if abs(upper.x0 - first.x0) <= 3 and abs(lower.x0 - second.x0) <= 3 and "   " in upper.text:
                    records += 1
            if records >= MIN_STACKED_RECORDS:
                return index
    return None


def stacked_tables(source, numbers: list[int], document_id: str, password: str | None) -> list[Table]:
    """Listings without a grid whose records print over two lines under a two-line header; each
    record is a row of the first line's columns and then the second line's (see
    :func:`read_stacked_table`)."""
    found: list[Table] = []
    geometry = _pdfium_document(source, password)
    with plumber_pages.open_pages(source, numbers, password) as pages:
        for page in pages:
            if geometry is not None:
                _read_objects_with_pdfium(geometry, page)
            words = page.extract_words(x_tolerance=1.5, y_tolerance=2, extra_attrs=["fontname", "size"])
            table = read_stacked_table(_text_lines(words), float(page.height), page.page_number, document_id)
            previous = found[-1] if found else None
            if (
                table is not None
                and previous
                and previous.page_end + 1 == table.page_start
                and previous.header == table.header
            ):
                previous.rows.extend(table.rows)  # the listing goes on under its header repeated
                previous.n_rows, previous.page_end = len(previous.rows), table.page_end
                previous.provenance.page_end = table.page_end
            elif table is not None:
                found.append(table)
            page.close()
    if geometry is not None:
        geometry.close()
    return found


def read_stacked_table(lines: list[list[dict]], height: float, number: int, document_id: str) -> Table | None:
    """The header's two lines give two tiers of columns (each phrase's left edge); a line at the
    first tier's left edge opens a record, the line under it (at the second tier's) fills the
    second tier's cells; a further second-tier line is a row of its own with the first tier's
    cells empty (a record with two entries below: the value is given once, in its first row)."""
    for index in range(len(lines) - 1):
        upper, lower = _phrases(lines[index]), _phrases(lines[index + 1])
        if len(upper) < 2 or len(lower) < 2 or lower[0][0]["x0"] < upper[0][0]["x0"] + TIER_INDENT:
            continue
        size = max(word["size"] for word in lines[index])
        if lines[index + 1][0]["top"] - lines[index][0]["bottom"] > 1.5 * size:
            continue
        if any(len(phrase) > 4 for phrase in upper + lower):
            continue  # headers name columns in a few words
        tiers = [phrase[0]["x0"] for phrase in upper], [phrase[0]["x0"] for phrase in lower]
        header = [" ".join(word["text"] for word in phrase) for phrase in upper + lower]
        table = _stacked_rows(lines[index + 2 :], tiers, header, height, number, document_id)
        if table is not None:
            table.bbox = (round(upper[0][0]["x0"], 1), round(lines[index][0]["top"], 1), *table.bbox[2:])
            table.provenance.bbox = table.bbox
            return table
    return None


def _stacked_rows(
    lines: list[list[dict]],
    tiers: tuple[list[float], list[float]],
    header: list[str],
    height: float,
    number: int,
    document_id: str,
) -> Table | None:
    first, second = tiers
    rows: list[list[str]] = []
    records = 0
    tier = 0  # the tier the last line filled
    right = bottom = 0.0
    previous_bottom = None
    for line in lines:
        x0, top = line[0]["x0"], line[0]["top"]
        if top > 0.94 * height:
            break
        if previous_bottom is not None and top - previous_bottom > 4 * line[0]["size"]:
            break
        if abs(x0 - first[0]) <= 3:
            cells = [""] * len(header)
            for phrase in _phrases(line):
                cells[_column_of(phrase[0]["x0"], first)] += " ".join(word["text"] for word in phrase)
            rows.append(cells)
            records += 1
            tier = 1
        elif x0 >= second[0] - 3 and rows:
            if tier == 2:
                rows.append([""] * len(header))
            for phrase in _phrases(line):
                column = len(first) + _column_of(phrase[0]["x0"], second)
                rows[-1][column] = clean_cell(f"{rows[-1][column]}\n{' '.join(word['text'] for word in phrase)}")
            tier = 2
        else:
            break
        right = max(right, line[-1]["x1"])
        bottom = previous_bottom = max(word["bottom"] for word in line)
    if records < MIN_STACKED_RECORDS or sum(any(row[len(first) :]) for row in rows) < MIN_STACKED_RECORDS:
        return None
    bbox = (round(first[0], 1), 0.0, round(right, 1), round(bottom, 1))
    return Table(
        n_rows=len(rows),
        n_cols=len(header),
        header=header,
        rows=[[clean_cell(cell) for cell in row] for row in rows],
        page_start=number,
        page_end=number,
        bbox=bbox,
        provenance=Provenance(document=document_id, page=number, bbox=bbox, method="rule:stacked-records"),
    )


def _row_rules(edges: list[dict], width: float) -> list[float]:
    """The heights of horizontal rules across a third of the page or more, drawn whole or as one
    segment per cell."""
    lengths: Counter = Counter()
    for edge in edges:
        if edge["bottom"] - edge["top"] <= 2.5:
            lengths[round((edge["top"] + edge["bottom"]) / 2)] += edge["x1"] - edge["x0"]
    return sorted(float(y) for y, length in lengths.items() if length >= 0.3 * width)


def _continued_text_table(
    words: list[dict],
    columns: TextColumns,
    layout: PageLayout,
    anchors: list[Line],
    rules: list[float],
    fills: list,
    document_id: str,
) -> Table | None:
    """The rest of a table without a grid that ran to the foot of the page before, at the top of
    this page without its header: the first body lines, read in the same columns."""
    body_tops = [line.top for line in layout.body_lines()]
    if not body_tops:
        return None
    first = min(body_tops)
    stop = min((line.top for line in anchors), default=float(layout.height))
    lines = [line for line in _text_lines(words) if first - 2 <= line[0]["top"] < stop - 2]
    if not lines or lines[0][0]["top"] > 0.25 * layout.height:
        return None
    if not any(_column_of(word["x0"], columns.lefts) > 0 for word in lines[0]):
        return None  # text at the left only: a paragraph or heading, not the table going on
    table = _text_table_body(
        lines,
        columns,
        lines[0][0]["top"],
        lines[0][0]["top"],
        float(layout.height),
        rules,
        fills,
        layout.number,
        document_id,
    )
    if table is None or table.n_rows == 0:
        return None
    table.header = []  # no header repeated: merge_continuations joins it to the table above
    return table


def _text_lines(words: list[dict]) -> list[list[dict]]:
    """Words grouped into lines (sharing a vertical middle), top to bottom, left to right."""
    lines: list[list[dict]] = []
    for word in sorted(words, key=lambda w: ((w["top"] + w["bottom"]) / 2, w["x0"])):
        middle = (word["top"] + word["bottom"]) / 2
        rise = word.get("rise", 0.4 * word["size"])  # an OCR word gives its own, see :func:`ocr_words`
        if lines and abs(middle - (lines[-1][0]["top"] + lines[-1][0]["bottom"]) / 2) <= rise:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w["x0"]) for line in lines]


def _phrases(line: list[dict]) -> list[list[dict]]:
    """A line's words in phrases: split where the gap is wider than a word space (an OCR word gives its
    own, see :func:`ocr_words`)."""
    phrases: list[list[dict]] = []
    for word in line:
        if phrases and word["x0"] - phrases[-1][-1]["x1"] <= word.get("space", 0.45 * word["size"]):
            phrases[-1].append(word)
        else:
            phrases.append([word])
    return phrases


def _bold(words: list[dict]) -> bool:
    return all(re.search(r"bold|black|heavy", word.get("fontname", ""), re.I) for word in words)


def read_text_table(
    words: list[dict],
    anchor: Line,
    height: float,
    rules: list[float],
    fills: list[dict],
    number: int,
    document_id: str,
    *,
    grid: bool = False,
    scanned: bool = False,
) -> tuple[Table, TextColumns] | None:
    """An action log without a grid (or with ``grid``, a table of words under a bold or ruled
    header, see :func:`is_word_grid`), from the header line down: the header's cells (phrases
    apart by more than a word space, with header lines wrapped under them) give the columns, each
    starting at its header's left edge; the lines below, until a paragraph across the columns, a
    wide gap or the page foot, are its rows. A row starts at a rule between rows, where a reference
    column has a new entry, or after a gap wider than the lines of a cell; a short line alone at
    the left, across the columns, heads a section. On a ``scanned`` page (OCR words) a table of words
    needs no bold header, and may be of figures."""
    lines = _text_lines(words)
    middle = (anchor.top + anchor.bottom) / 2
    start = next((i for i, line in enumerate(lines) if line[0]["top"] - 2 <= middle <= line[0]["bottom"] + 2), None)
    if start is None:
        return None
    phrases = _phrases(lines[start])
    header = [" ".join(word["text"] for word in phrase) for phrase in phrases]
    size = max(word["size"] for word in lines[start])
    bold = _bold(lines[start])
    if grid:
        bold = bold or anchor.bold  # words read by pypdfium2 carry no font name; the page's line its weight
        bottom = max(word["bottom"] for word in lines[start])
        ruled = any(bottom <= rule <= bottom + size for rule in rules)
        if len(phrases) < MIN_GRID_COLUMNS or not (bold or ruled or scanned) or not _grid_header(header):
            return None
    elif not is_action_plan(header) and not _owner_and_date_header(header):
        return None
    lefts = [phrase[0]["x0"] for phrase in phrases]
    below = start + 1
    while below < len(lines) and below <= start + 2:  # header cells wrapped onto more lines
        line = lines[below]
        gap = line[0]["top"] - lines[below - 1][0]["bottom"]
        if gap > 2 * size:
            break
        columns = [_column_of(word["x0"], lefts) for word in line]
        extended = list(header)
        parts: dict[int, list[str]] = {}
        for column, word in zip(columns, line, strict=True):
            parts.setdefault(column, []).append(word["text"])
        for column, texts in parts.items():
            extended[column] = clean_cell(f"{extended[column]}\n{' '.join(texts)}")
        across = len(_phrases(line)) == 1 and _column_of(line[-1]["x1"] - 1, lefts) != columns[0]
        labels = not across and all(
            len(words) <= 2 and (cell_kind(" ".join(words)) == "short" or re.fullmatch(r"[a-z]{1,2}", " ".join(words)))
            for words in parts.values()
        )
        # more of the header: it names more columns, or (set close under it) it is in bold as the header
        # is, or it holds only short labels
        close = gap <= 0.6 * size and ((bold and _bold(line)) or (labels and not grid))
        named = labels and all(_is_column_name(extended[column]) for column in parts)
        if not close and not named and len(header_fields(extended)) <= len(header_fields(header)):
            break
        header = extended
        below += 1
    numbers = _number_column(lines[below : below + 3], lefts[0])
    if numbers is not None:  # the rows' numbers stand alone left of the first named column
        lefts, header = [numbers, *lefts], ["", *header]
    columns = TextColumns(
        lefts, [clean_cell(cell) for cell in header], size, max(word["x1"] for word in lines[start]), grid
    )
    if scanned and len(lefts) == len(phrases):
        columns.rights = tuple(phrase[-1]["x1"] for phrase in phrases)
    table = _text_table_body(
        lines[below:], columns, lines[below - 1][0]["bottom"], anchor.top, height, rules, fills, number, document_id
    )
    if grid:
        if table is None or not is_word_grid(table.header, table.rows, figures=scanned):
            return None
        table.provenance.method = "ocr:word-grid-header" if scanned else "rule:word-grid-header"
        return table, columns
    if table is None or not is_log(table.header, table.rows):
        return None  # named by its owner and date columns only, but no column of actions under them
    return table, columns


def _number_column(lines: list[list[dict]], first: float) -> float | None:
    """Where the rows' numbers ('1.', '2', 'A3') stand, left of the header's first column with no
    heading of their own: the left edge of each of the first rows, when all are numbers; else None."""
    if len(lines) < 2:
        return None
    for line in lines:
        if len(line) < 2 or not (line[0]["x0"] < first - 5 and line[1]["x0"] >= first - 3):
            return None
        if not ROW_NUMBER_RE.fullmatch(line[0]["text"]):
            return None
    return min(line[0]["x0"] for line in lines)


@dataclass
class TextColumns:
    """The columns of an action log printed without a grid: where each starts, its header, the
    type size and the right edge of the header."""

    lefts: list[float]
    header: list[str]
    size: float
    right: float
    grid: bool = False  # a table of words (no log columns): set tight, a row starts at its first column
    # on a scan, the right edge of each column's header: figures set flush right under a header set flush
    # right start left of it, and are told by ending where it ends
    rights: tuple[float, ...] = ()


def _text_table_body(
    lines: list[list[dict]],
    columns: TextColumns,
    last_bottom: float,
    top: float,
    height: float,
    rules: list[float],
    fills: list[dict],
    number: int,
    document_id: str,
) -> Table | None:
    """The rows of a table without a grid, from its first line under the header (or the top of
    the page it continues on) down to a paragraph across the columns, a wide gap or the page foot."""
    lefts, header, size = columns.lefts, columns.header, columns.size
    fields = header_fields(header)
    key_column = _field_column(fields, "action_no")
    body: list[list[dict]] = []
    table_x0, table_x1 = lefts[0] - 2, columns.right
    for line in lines:
        if line[0]["top"] > 0.94 * height or line[0]["top"] - last_bottom > 2.5 * size:
            break
        first = _phrases(line)
        crossing = [phrase for phrase in first if _phrase_columns(phrase, columns)[0] is None]
        if crossing and (
            columns.grid or not (len(first) == 1 and len(line) <= SECTION_WORDS and line[0]["x0"] <= lefts[0] + 3)
        ):
            break  # a paragraph across the columns (in a table of words, any line across them): it has ended
        if line[0]["x0"] < table_x0 - 5:
            break
        if columns.grid and len(body) >= 2 and {_column_of(word["x0"], lefts) for word in line} == {0}:
            pitch = max(b[0]["top"] - a[0]["top"] for a, b in zip(body, body[1:], strict=False))
            if line[0]["top"] - body[-1][0]["top"] > 1.5 * pitch:
                break  # a line at the left alone after a wider gap than any between rows: text below the table
        body.append(line)
        table_x1 = max(table_x1, line[-1]["x1"])
        last_bottom = max(word["bottom"] for word in line)
    if len(body) < 1:
        return None
    pitches = [b[0]["top"] - a[0]["top"] for a, b in zip(body, body[1:], strict=False)]
    leading = min(pitches) if pitches else size * 1.2
    # rows set apart by space (cell padding) are told by it; set tight, by a new reference
    spaced = any(pitch > 1.3 * leading for pitch in pitches)
    # only rules between the body's lines part rows (a rule under the header alone parts none)
    rules = [rule for rule in rules if body[0][0]["bottom"] < rule < last_bottom]
    rows: list[list[list[dict]]] = []
    date_column = _field_column(fields, "end_date")
    action_column = _field_column(fields, "action")
    for index, line in enumerate(body):
        line_top = line[0]["top"]
        new = not rows
        if not new:
            previous = body[index - 1]
            ruled = any(previous[0]["bottom"] <= rule <= line_top for rule in rules)
            filled = {_column_of(word["x0"], lefts) for word in line}
            # a new reference opens a row; a reference's end broken onto a line of its own does not
            keyed = key_column in filled and len(filled) >= 2
            # rows set tight with no reference: a second deadline beside more of the action opens a row
            # (a row has one deadline, and the one above is whole)
            keyed = keyed or (
                date_column is not None
                and {date_column, action_column} <= filled
                and deadline(_column_text(rows[-1], date_column, lefts), None).date is not None
            )
            lone = (
                len(_phrases(line)) == 1
                and _column_of(line[-1]["x1"] - 1, lefts) != 0
                and line[0]["x0"] <= lefts[0] + 3
            )
            if rules:
                new = ruled
            elif spaced:
                new = lone or line_top - previous[0]["top"] > 1.3 * leading
            elif columns.grid:
                new = 0 in filled
            else:
                new = keyed or lone
        if new:
            rows.append([line])
        else:
            rows[-1].append(line)
    grid: list[list[str]] = []
    colours: list[str | None] = []
    spanning: set[int] = set()
    status_column = _field_column(fields, "rag", "status", "progress")
    for row in rows:
        cells: list[list[str]] = [[] for _ in header]
        phrases = [phrase for line in row for phrase in _phrases(line)]
        if len(phrases) == 1 and phrases[0][0]["x0"] <= lefts[0] + 3 and _column_of(phrases[0][-1]["x1"] - 1, lefts):
            cells[0] = [" ".join(word["text"] for word in phrases[0])]  # a heading across the columns
            spanning.add(len(grid))
        else:
            for line in row:
                parts: dict[int, list[str]] = {}
                for word in line:
                    parts.setdefault(_word_column(word, line, columns), []).append(word["text"])
                for column, texts in parts.items():
                    cells[column].append(" ".join(texts))
        grid.append([clean_cell("\n".join(cell)) for cell in cells])
        if status_column is not None and fills:
            # the last column ends where the page's shading or rules say; its header alone is narrower
            right = lefts[status_column + 1] if status_column + 1 < len(lefts) else max(table_x1, lefts[-1] + 60)
            box = (lefts[status_column], row[0][0]["top"], right, max(word["bottom"] for word in row[-1]))
            colours.append(_cell_colour([box], 0, fills))
    bbox = (round(table_x0, 1), round(top, 1), round(table_x1, 1), round(last_bottom, 1))
    table = Table(
        n_rows=len(grid),
        n_cols=len(header),
        header=list(header),
        rows=grid,
        status_colours=colours if any(colours) else None,
        page_start=number,
        page_end=number,
        bbox=bbox,
        provenance=Provenance(document=document_id, page=number, bbox=bbox, method="rule:text-table-header"),
    )
    _mark_spanning(table, spanning)
    return table


def _phrase_columns(phrase: list[dict], columns: TextColumns) -> tuple[int | None, int]:
    """The column a phrase lies in and the column it starts in; None for the first when it runs
    across columns. On a scan, a phrase ending where a column's header ends is that column's."""
    start = _column_of(phrase[0]["x0"], columns.lefts)
    if start == _column_of(phrase[-1]["x1"] - 1, columns.lefts):
        return start, start
    end = phrase[-1]["x1"]
    flush = [i for i, right in enumerate(columns.rights) if abs(end - right) <= 0.5 * columns.size]
    return (flush[0], start) if flush else (None, start)


def _word_column(word: dict, line: list[dict], columns: TextColumns) -> int:
    """The column a word of a row falls in: where it starts, or on a scan the column of its phrase."""
    if not columns.rights:
        return _column_of(word["x0"], columns.lefts)
    phrase = next(phrase for phrase in _phrases(line) if any(other is word for other in phrase))
    column, start = _phrase_columns(phrase, columns)
    return start if column is None else column


def _column_text(lines: list[list[dict]], column: int, lefts: list[float]) -> str:
    return " ".join(word["text"] for line in lines for word in line if _column_of(word["x0"], lefts) == column)


def _column_of(x: float, lefts: list[float]) -> int:
    """The column a word starting at ``x`` falls in: the last whose header starts at or left of it."""
    return max(bisect.bisect_right(lefts, x + 2) - 1, 0)


MAX_TITLE_WORDS = 12


def heading_above(table: Table, page: PageLayout | None) -> str | None:
    """The line printed just above a table (within two line heights, over its columns), when it
    reads as a heading: short, capitalised, not the end of a sentence. On a page turned by /Rotate the
    page's lines and pdfplumber's grid are both in the turned (upright) frame; on a scanned one the
    lines come from an image read upright and need not match, so none is read there."""
    if page is None or (page.rotation and page.method == "ocr") or not table.bbox:
        return None
    x0, top, x1, _ = table.bbox
    above = [
        line
        for line in page.body_lines()
        if line.bottom <= top + 2
        and top - line.bottom <= 2 * max(line.size, 8.0)
        and min(line.x1, x1) - max(line.x0, x0) > 0
    ]
    if not above:
        return None
    text = " ".join(max(above, key=lambda line: line.bottom).text.split()).rstrip(":").strip()
    if not text or len(text.split()) > MAX_TITLE_WORDS or not text[0].isupper() or text[-1] in ".,;":
        return None
    if text.count(":") > 1 or "%" in text:
        return None  # a chart's caption of figures ('Latest: 94% Target: 90%'), not a heading
    return text


def _reading_order(tables: list[Table]) -> list[Table]:
    """Tables printed side by side (their heights overlap on the same page) read left to right,
    the left one first even when the right one starts higher, so that the last table of a page
    is the one a table at the top of the next page may continue."""
    ordered: list[Table] = []
    band: list[Table] = []
    for table in tables:
        if band and (
            table.page_start != band[0].page_start
            or not table.bbox
            or not band[0].bbox
            or table.bbox[1] >= max(other.bbox[3] for other in band if other.bbox)
        ):
            ordered.extend(sorted(band, key=lambda t: t.bbox[0] if t.bbox else 0.0))
            band = []
        band.append(table)
    ordered.extend(sorted(band, key=lambda t: t.bbox[0] if t.bbox else 0.0))
    return ordered


def _position(table: Table) -> tuple[int, float]:
    return table.page_start, table.bbox[1] if table.bbox else 0.0


def _ruled_tables(
    source,
    wanted: list[int],
    document_id: str,
    password: str | None,
    first_row_colours: dict | None = None,
    listings: set[int] | None = None,
) -> list[Table]:
    """``first_row_colours`` receives, by ``id(table)``, the status shading of the first row of a
    table that may continue one on the previous page without repeating its header; ``listings``
    receives the ids of grids holding text in one column only, kept only if they run over pages
    (see :func:`drop_short_listings`)."""
    found: list[Table] = []
    weak: dict[int, str] = {}
    edges: dict[int, tuple[float, ...]] = {}
    key: dict = {}  # the document's RAG colour key so far: a key printed on one page holds for later ones
    geometry = _pdfium_document(source, password)
    with plumber_pages.open_pages(source, wanted, password) as pages:
        for page in pages:
            if geometry is not None:
                _read_objects_with_pdfium(geometry, page)
            view = _visible(page)
            fills = [rect for rect in view.rects if rect.get("fill")]
            key = colour_key.merge_keys(key, colour_key.page_colour_key(view, fills))
            closing = _open_sides(view)
            settings = {"explicit_vertical_lines": [_plumber_box(box, view) for box in closing]} if closing else {}
            for table in _split_at_seams(view, view.find_tables(settings), settings):
                extracted = [
                    ([clean_cell(cell) for cell in row], table_row.cells)
                    for row, table_row in zip(extract_cells(table, table.page.chars), table.rows, strict=False)
                ]
                extracted = _join_split_rows(
                    _join_offset_columns([(row, boxes) for row, boxes in extracted if any(row)])
                )
                rows = [row for row, _ in extracted]
                if not rows or max(len(r) for r in rows) < 2:
                    continue
                title = None
                while len(rows) > 2 and _title_row(rows[0], extracted[0][1]) and not first_row_is_data(rows[1:]):
                    caption = " ".join(rows[0][0].split())  # a caption of one line or more ('... REPORT' / 'Year 2012')
                    title, rows, extracted = f"{title} {caption}" if title else caption, rows[1:], extracted[1:]
                listing = _text_column(rows) is not None
                if not listing and (len(rows) < 2 and not _lone_log_row(rows[0]) or _not_a_data_table(rows)):
                    continue
                turn = _text_direction(view, table.bbox)
                if turn:
                    rows = upright_rows(rows, turn)
                    extracted = [(row, []) for row in rows]
                headerless = not turn and (listing or len(rows) < 2 or first_row_is_data(rows))
                while not headerless and len(rows) > 2 and is_unit_row(rows[1], rows[0]):
                    rows = [[join_cells(top, unit) for top, unit in zip(*rows[:2], strict=False)], *rows[2:]]
                    extracted = [(rows[0], extracted[0][1]), *extracted[2:]]
                if not headerless and len(rows) > 2 and _header_goes_on(rows[0], rows[1]):
                    rows = [[join_cells(top, under) for top, under in zip(*rows[:2], strict=False)], *rows[2:]]
                    extracted = [(rows[0], extracted[1][1]), *extracted[2:]]
                header, body = ([], rows) if headerless else (rows[0], rows[1:])
                fields = table_fields(header, body)
                status_column = _field_column(fields, "rag", "status", "progress")
                inherited = status_column is None and bool(found) and found[-1].page_end == page.page_number - 1
                if inherited and found[-1].n_cols == len(rows[0]):
                    # perhaps the rest of the table above, without its header row: shaded in the same column
                    status_column = _field_column(
                        table_fields(found[-1].header, found[-1].rows), "rag", "status", "progress"
                    )
                colours = first_colour = None
                if status_column is not None and fills and not turn:
                    shaded = extracted if headerless else extracted[1:]
                    colours = [_cell_colour(boxes, status_column, fills, key) for _, boxes in shaded]
                    first_colour = _cell_colour(extracted[0][1], status_column, fills, key) if inherited else None
                found.append(
                    Table(
                        title=title,
                        n_rows=len(body),
                        n_cols=len(rows[0]),
                        header=header,
                        rows=body,
                        status_colours=colours if colours and any(colours) else None,
                        page_start=page.page_number,
                        page_end=page.page_number,
                        bbox=tuple(round(v, 1) for v in table.bbox),
                        provenance=Provenance(
                            document=document_id,
                            page=page.page_number,
                            bbox=tuple(round(v, 1) for v in table.bbox),
                            method="pdfplumber:find_tables" + ("+turned-upright" if turn else ""),
                        ),
                    )
                )
                _mark_spanning(
                    found[-1],
                    {
                        index
                        for index, (_, boxes) in enumerate(extracted if headerless else extracted[1:])
                        if len(boxes) >= 3 and boxes[0] is not None and all(box is None for box in boxes[1:])
                    },
                )
                if first_colour and first_row_colours is not None:
                    first_row_colours[id(found[-1])] = first_colour
                edges[id(found[-1])] = _column_edges([boxes for _, boxes in extracted if boxes], table.bbox[2])
                if listing or len(rows) < 2:
                    weak[id(found[-1])] = "listing" if listing else "lone"
            page.close()
    if geometry is not None:
        geometry.close()
    return _drop_lone_rows(found, weak, edges, listings)


def _join_offset_columns(extracted: list[tuple[list[str], list]]) -> list[tuple[list[str], list]]:
    """Join neighbouring columns that no row divides: the column rule drawn at one place in the
    header and a little further on in the body (or moving from one block of rows to the next)
    makes two narrow columns, each row a cell in one of them and a span over the other."""
    if not extracted or any(len(boxes) != len(extracted[0][1]) for _, boxes in extracted):
        return extracted
    column = 0
    while column + 1 < len(extracted[0][1]):
        pair = [(boxes[column], boxes[column + 1]) for _, boxes in extracted]
        if (
            all(left is None or right is None for left, right in pair)
            and any(right is not None for _, right in pair)
            and any(left is not None for left, _ in pair)
        ):
            extracted = [
                (
                    [*row[:column], " ".join(filter(None, row[column : column + 2])), *row[column + 2 :]],
                    [
                        *boxes[:column],
                        boxes[column] if boxes[column] is not None else boxes[column + 1],
                        *boxes[column + 2 :],
                    ],
                )
                for row, boxes in extracted
            ]
        else:
            column += 1
    return extracted


def _join_split_rows(extracted: list[tuple[list[str], list]]) -> list[tuple[list[str], list]]:
    """A row holding only its first cell, while every other cell of the row above runs down past it
    (merged over both), is the rest of that row: a rule drawn across the first column alone (a name
    wrapped in a tall row, 'CYPE /' over 'DCED') splits it. A heading row spanning the table has a
    first cell as wide as the table, and the cells above it end where it starts."""
    out: list[tuple[list[str], list]] = []
    for row, boxes in extracted:
        if out and len(boxes) >= 2 and boxes[0] is not None and all(box is None for box in boxes[1:]):
            above, above_boxes = out[-1]
            first = above_boxes[0] if above_boxes else None
            if (
                first is not None
                and len(above_boxes) == len(boxes)
                and abs(first[2] - boxes[0][2]) <= 1
                and all(box is not None and box[3] >= boxes[0][3] - 1 for box in above_boxes[1:])
            ):
                joined = [join_cells(above[0], row[0]), *above[1:]]
                out[-1] = (joined, [(first[0], first[1], first[2], boxes[0][3]), *above_boxes[1:]])
                continue
        out.append((row, boxes))
    return out


def _title_row(row: list[str], boxes: list) -> bool:
    """A first row of one cell spanning the grid, holding a short heading (the table's caption
    printed inside its frame, 'GENERAL GOVERNMENT RESERVES PLAN'), over the column header."""
    text = " ".join(row[0].split())
    return (
        len(boxes) >= 2
        and boxes[0] is not None
        and all(box is None for box in boxes[1:])
        and 0 < len(text.split()) <= MAX_TITLE_WORDS
        and text[-1] not in ".,;:"
    )


OCR_TABLE_DPI = 300
MIN_OCR_CONFIDENCE = 60  # Tesseract's mean word confidence (0-100) over a table's cells
MIN_RULES = 3  # horizontal rules (with two vertical ones) that make a scanned page worth reading for tables


def scanned_tables(source, numbers: list[int], document_id: str, password: str | None) -> list[Table]:
    """Ruled tables on scanned pages: the ruling is found in the page image (long thin runs of
    dark pixels) and handed to pdfplumber's table finder as lines; each cell it cuts is read by
    Tesseract on its own (a whole-page reading runs the words of a row across the rules)."""
    try:
        import cv2
        import numpy as np
        import pytesseract
        from PIL import Image
    except ImportError:  # pragma: no cover - OCR extras absent
        return []
    geometry = _pdfium_document(source, password)
    if geometry is None:
        return []
    found: list[Table] = []
    with plumber_pages.open_pages(source, numbers, password) as pages:
        for page in pages:
            image = geometry[page.page_number - 1].render(scale=OCR_TABLE_DPI / 72).to_pil().convert("L")
            pixels = _deskewed(cv2, np, np.array(image))
            image = Image.fromarray(pixels)
            scale = float(page.width) / pixels.shape[1]
            rules = _image_rules(cv2, np, pixels, scale)
            if _across(rules) < MIN_RULES:
                rules = _image_rules(cv2, np, pixels, scale, faint=True)
            if _across(rules) < MIN_RULES:
                continue
            rules += _gutter_rules(cv2, np, pixels, rules, scale)
            page._objects = {"char": [], "line": [_plumber_box(rule, page) for rule in rules]}
            settings = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}
            for table in page.find_tables(settings):
                confidence: list[float] = []
                grid = [
                    [_read_cell(pytesseract, image, cell, scale, confidence) for cell in row.cells]
                    for row in table.rows
                ]
                rows = [row for row in grid if any(row)]
                if len(rows) < 2 or max(len(row) for row in rows) < 2 or _not_a_data_table(rows):
                    continue
                if sum(confidence) < MIN_OCR_CONFIDENCE * len(confidence):
                    continue  # a drawing or a photograph cut by lines, not text in a grid
                bbox = tuple(round(v, 1) for v in table.bbox)
                found.append(
                    Table(
                        n_rows=len(rows) - 1,
                        n_cols=len(rows[0]),
                        header=rows[0],
                        rows=rows[1:],
                        page_start=page.page_number,
                        page_end=page.page_number,
                        bbox=bbox,
                        provenance=Provenance(
                            document=document_id, page=page.page_number, bbox=bbox, method="ocr:ruled-table"
                        ),
                    )
                )
            page.close()
    geometry.close()
    return found


OCR_BULLET_RE = re.compile(r"^(?:e|«|©|°|¢|\*)\s+(?=[A-Z])")


def _across(rules: list[dict]) -> int:
    return sum(rule["top"] == rule["bottom"] for rule in rules)


def _read_cell(
    pytesseract, image, cell: tuple[float, float, float, float] | None, scale: float, confidence: list[float]
) -> str:
    """A cell's text read by Tesseract from the page image, inside its rules; each word's
    confidence is added to ``confidence``."""
    if cell is None:
        return ""
    x0, top, x1, bottom = (round(value / scale) for value in cell)
    inset = 4  # pixels: keep the rules out of the crop
    if x1 - x0 <= 3 * inset or bottom - top <= 3 * inset:
        return ""
    crop = image.crop((x0 + inset, top + inset, x1 - inset, bottom - inset))
    if min(crop.getextrema()) > 160:  # nothing dark in it: an empty cell
        return ""
    try:
        data = pytesseract.image_to_data(crop, output_type=pytesseract.Output.DICT, config="--psm 6")
    except pytesseract.TesseractError:
        return ""
    lines: dict[tuple[int, int, int], list[str]] = {}
    for index, word in enumerate(data["text"]):
        if word.strip() and float(data["conf"][index]) >= 0:
            lines.setdefault((data["block_num"][index], data["par_num"][index], data["line_num"][index]), []).append(
                word
            )
            confidence.append(float(data["conf"][index]))
    # Tesseract reads a bullet as 'e', '«' or '©'
    text = "\n".join(OCR_BULLET_RE.sub("• ", " ".join(words)) for words in lines.values())
    return clean_cell(re.sub(r"^[|\[\]]+|[|\[\]]+$", "", text))


MAX_SKEW = 2.0  # degrees a scanned page may lie askew for its ruling to be squared up
SKEW_STEP = 0.1
MIN_SKEW_GAIN = 1.05  # a turn must sharpen the rows of ink by this much over none (a blank page is never turned)
RULE_GAP = 2.5  # points: a rule broken by the scan into dashes with gaps this short is one rule
INK_LEVEL = 150  # grey level below which a pixel of a scan is ink
MAX_DASH_WIDTH = 2.0  # points: a rule joined up from dashes is thin (a word closed up is not)
NEAR_RULE = (2, 5)  # pixels beside a rule's edge where a joined-up rule must be clear of ink
MAX_INK_BESIDE = 0.25


def _deskewed(cv2, np, pixels):
    """The page image turned square: the angle within MAX_SKEW degrees at which its rows of ink are
    sharpest (rules and text lines fall into fewest pixel rows), judged on a third-size copy."""
    small = cv2.resize(pixels, None, fx=1 / 3, fy=1 / 3, interpolation=cv2.INTER_AREA)
    ink = (small < INK_LEVEL).astype(np.float32)
    centre = (ink.shape[1] / 2, ink.shape[0] / 2)

    def sharpness(angle: float) -> float:
        turned = cv2.warpAffine(ink, cv2.getRotationMatrix2D(centre, angle, 1.0), ink.shape[::-1])
        return float(np.square(turned.sum(axis=1)).sum())

    steps = round(MAX_SKEW / SKEW_STEP)
    angles = sorted((step * SKEW_STEP for step in range(-steps, steps + 1)), key=abs)  # ties go to the least turn
    scores = [sharpness(angle) for angle in angles]
    best = angles[scores.index(max(scores))]
    if abs(best) < 2 * SKEW_STEP or max(scores) < MIN_SKEW_GAIN * scores[0]:
        return pixels
    matrix = cv2.getRotationMatrix2D((pixels.shape[1] / 2, pixels.shape[0] / 2), best, 1.0)
    return cv2.warpAffine(pixels, matrix, pixels.shape[::-1], flags=cv2.INTER_LINEAR, borderValue=255)


def _ink_threshold(np, pixels) -> int:
    """The grey level below which a pixel is ink: well under the paper's own tone (the median), so
    that faint grey rules count on white paper and a dark scan's paper does not."""
    return int(min(225, max(150, int(np.median(pixels)) - 30)))


def _image_rules(cv2, np, pixels, scale: float, *, faint: bool = False) -> list[dict]:
    """Horizontal and vertical rules of a page image, in points: dark runs at least a fifteenth
    of the page wide (a sixtieth of its height for vertical ones). ``faint``: a second look for
    pages where that finds too few: ink is anything well under the paper's tone (grey rules), and
    a rule the scan broke into dashes is joined up where the paper either side of it is clear (a
    line of text joined along its foot has letters above it)."""
    dark = (pixels < (_ink_threshold(np, pixels) if faint else INK_LEVEL)).astype(np.uint8) * 255
    height, width = dark.shape
    gap = max(round(RULE_GAP / scale), 1)
    rules = []
    for length, horizontal in ((max(width // 15, 1), True), (max(height // 60, 1), False)):
        size = (length, 1) if horizontal else (1, length)
        mask = cv2.morphologyEx(dark, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, size))
        boxes = _components(cv2, mask)
        if faint:
            closed = cv2.morphologyEx(
                dark, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (gap, 1) if horizontal else (1, gap))
            )
            joined = cv2.morphologyEx(closed, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, size))
            boxes = [
                box
                for box in _components(cv2, joined)
                if _mostly_unbroken(np, mask, joined, box)
                or (min(box[2:]) <= MAX_DASH_WIDTH / scale and _clear_beside(np, dark, box, horizontal))
            ]
        for x, y, w, h in boxes:
            x0, top, x1, bottom = x * scale, y * scale, (x + w) * scale, (y + h) * scale
            if horizontal:
                top = bottom = (top + bottom) / 2
            else:
                x0 = x1 = (x0 + x1) / 2
            rules.append({"x0": x0, "top": top, "x1": x1, "bottom": bottom})
    return rules


MIN_GUTTER = 5.0  # points of clear paper between two columns of a table ruled across only
RULE_REACH = 1.5  # points either side of a rule's middle that its width and blurred edges darken
RULE_ALIGN = 4.0  # points: rules that start and end within this of each other belong to one table


def _gutter_rules(cv2, np, pixels, rules: list[dict], scale: float) -> list[dict]:
    """Column rules for a table ruled across only (a rule under the header and between rows, none
    down it): the runs of clear paper, at least MIN_GUTTER wide, that cross every row from the
    header to the last rule; the header row above the first rule counts as one row more."""
    across = sorted((rule for rule in rules if rule["top"] == rule["bottom"]), key=lambda rule: rule["top"])
    down = [rule for rule in rules if rule["top"] != rule["bottom"]]
    found: list[dict] = []
    for group in _aligned_groups(across):
        x0, x1 = group[0]["x0"], group[0]["x1"]
        top, bottom = group[0]["top"], group[-1]["top"]
        if len(group) < MIN_RULES or any(_crosses(rule, x0, x1, top, bottom) for rule in down):
            continue
        spacing = sorted(b["top"] - a["top"] for a, b in zip(group, group[1:], strict=False))[len(group) // 2 - 1]
        head = top - spacing
        band = pixels[round(head / scale) : round(bottom / scale), round(x0 / scale) : round(x1 / scale)]
        ink = (band < _ink_threshold(np, pixels)).astype(np.uint8)
        # the rules themselves (runs across a third of the band and more), and their blurred edges
        runs = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (ink.shape[1] // 3, 1)))
        runs = cv2.dilate(runs, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 2 * round(RULE_REACH / scale) + 1)))
        ink[runs > 0] = 0
        clear = ink.sum(axis=0) <= 1  # a speck is not a column's text
        gutters = _clear_runs(clear, round(MIN_GUTTER / scale))
        if not gutters:
            continue
        edges = [x0, *(x0 + (start + end) / 2 * scale for start, end in gutters), x1]
        found.extend({"x0": x, "top": head, "x1": x, "bottom": bottom} for x in edges)
        found.append({"x0": x0, "top": head, "x1": x1, "bottom": head})
    return found


def _crosses(rule: dict, x0: float, x1: float, top: float, bottom: float) -> bool:
    """Whether a vertical rule stands within the box ``x0, top, x1, bottom``."""
    return x0 - 2 <= rule["x0"] <= x1 + 2 and rule["top"] < bottom and rule["bottom"] > top


def _aligned_groups(across: list[dict]) -> list[list[dict]]:
    """Horizontal rules (in order down the page) grouped by a shared start and end."""
    groups: list[list[dict]] = []
    for rule in across:
        for group in groups:
            if abs(group[0]["x0"] - rule["x0"]) <= RULE_ALIGN and abs(group[0]["x1"] - rule["x1"]) <= RULE_ALIGN:
                group.append(rule)
                break
        else:
            groups.append([rule])
    return groups


def _clear_runs(clear, least: int) -> list[tuple[int, int]]:
    """Runs of True at least ``least`` long, those touching either end left out (margins, not gutters)."""
    runs = []
    start = None
    for index, value in enumerate([*clear.tolist(), False]):
        if value and start is None:
            start = index
        elif not value and start is not None:
            if index - start >= least and start > 0 and index < len(clear):
                runs.append((start, index))
            start = None
    return runs


def _components(cv2, mask) -> list[tuple[int, int, int, int]]:
    count, _, stats, _ = cv2.connectedComponentsWithStats(mask)
    return [(int(x), int(y), int(w), int(h)) for x, y, w, h, _ in stats[1:count]]


def _mostly_unbroken(np, mask, joined, box: tuple[int, int, int, int]) -> bool:
    """Whether most of a joined-up rule was a solid run before its gaps were closed."""
    x, y, w, h = box
    return int(np.count_nonzero(mask[y : y + h, x : x + w])) * 2 >= int(np.count_nonzero(joined[y : y + h, x : x + w]))


def _clear_beside(np, dark, box: tuple[int, int, int, int], horizontal: bool) -> bool:
    """Whether the strips just either side of a joined-up rule are nearly free of ink: a table's
    rule has padding beside it, a line of text joined along its foot has letters above it."""
    x, y, w, h = box
    near, far = NEAR_RULE
    if horizontal:
        strips = [dark[max(y - far, 0) : max(y - near, 0), x : x + w], dark[y + h + near : y + h + far, x : x + w]]
    else:
        strips = [dark[y : y + h, max(x - far, 0) : max(x - near, 0)], dark[y : y + h, x + w + near : x + w + far]]
    return all(strip.size and float(np.mean(strip > 0)) <= MAX_INK_BESIDE for strip in strips)


def _plumber_box(box: dict, page, **extra) -> dict:
    """pdfplumber's geometry keys for a box in display coordinates of an unrotated page."""
    height = float(page.height)
    item = {
        "x0": box["x0"],
        "x1": box["x1"],
        "top": box["top"],
        "bottom": box["bottom"],
        "y0": height - box["bottom"],
        "y1": height - box["top"],
        "width": box["x1"] - box["x0"],
        "height": box["bottom"] - box["top"],
        "doctop": float(page.initial_doctop) + box["top"],
        "page_number": page.page_number,
        "object_type": "line",
        "linewidth": 1.0,
        "stroke": True,
        "fill": False,
        "pts": [(box["x0"], box["top"]), (box["x1"], box["bottom"])],
    }
    item.update(extra)
    return item


def extract_cells(table, chars: list[dict]) -> list[list[str | None]]:
    """pdfplumber's ``Table.extract`` (same cells, same text), without scanning every glyph of
    the page for every row: glyphs are sorted once by their vertical centre and each row takes its
    band by bisection, then pdfplumber's own test and text assembly run on those few. One
    difference: a word broken inside a narrow column is joined again (:func:`_rejoin_broken_words`)."""
    middles = sorted(((char["top"] + char["bottom"]) / 2, index) for index, char in enumerate(chars))
    keys = [middle for middle, _ in middles]
    box = table.bbox  # a property pdfplumber works out afresh on every access
    x0, top, x1, bottom = box
    band = sorted(index for _, index in middles[bisect.bisect_left(keys, top) : bisect.bisect_left(keys, bottom)])
    table_rows = table.rows  # likewise
    rules = sorted({round(cell[2], 1) for row in table_rows for cell in row.cells if cell is not None} - {round(x1, 1)})
    overprint = _overprint([chars[index] for index in band if _centre_inside(chars[index], box)], rules)
    rows = []
    for row in table_rows:
        x0, top, x1, bottom = row.bbox
        band = sorted(index for _, index in middles[bisect.bisect_left(keys, top) : bisect.bisect_left(keys, bottom)])
        row_chars = [chars[index] for index in band if _centre_inside(chars[index], row.bbox)]
        row_chars = [char for char in row_chars if id(char) not in overprint] if overprint else row_chars
        cells: list[str | None] = []
        for cell in row.cells:
            if cell is None:
                cells.append(None)
                continue
            inside = [char for char in row_chars if _centre_inside(char, cell)]
            text = pdfplumber.utils.extract_text(inside, x_tolerance_ratio=WORD_GAP_RATIO) if inside else ""
            cells.append(_rejoin_broken_words(text, inside, cell) if "\n" in text else text)
        rows.append(cells)
    return rows


def _rejoin_broken_words(text: str, chars: list[dict], cell: tuple[float, float, float, float]) -> str:
    """Join a word too wide for its column back together: a line holding one word that fills the
    cell to its right padding, where not even the next line's first letter would fit, was broken
    inside the word ('SO1,SO2,SO' / '3,SO4', 'Timescal' / 'e', 'Commence' / 'd Oct 2024'), while
    a line broken at a space leaves room or holds more than one word. A word printed past the
    padding overflows its cell rather than breaking. Only text set flush left is judged: in a
    centred cell the widest line always reaches the padding that it alone measures."""
    lines = text.split("\n")
    if not any(len(line) >= 3 and " " not in line.strip() for line in lines[:-1]):
        return text  # no line of one word that could have been broken
    bands = [
        band
        for band in pdfplumber.utils.cluster_objects(
            [char for char in chars if char["text"].strip()], lambda char: char["top"], tolerance=3
        )
        if band
    ]
    if len(bands) != len(lines):
        return text
    padding = max(0.0, min(char["x0"] for char in chars) - cell[0])
    right = cell[2] - padding
    out = lines[0]
    for index in range(1, len(lines)):
        line, band = lines[index - 1].strip(), sorted(bands[index - 1], key=lambda char: char["x1"])
        following = sorted(bands[index], key=lambda char: char["x0"])
        rest = lines[index].strip()
        gap = right - band[-1]["x1"]
        broken = (
            len(line.split()) == 1
            and len(line) >= 3
            and line[-1] not in ",;:.-–/"
            and rest[:1].isalnum()
            and not _new_word(line, rest)
            and -1 <= gap <= following[0]["x1"] - following[0]["x0"] + 1  # full, yet not overflowing
            # set flush left (centred lines of text all reach the padding the widest sets)
            and abs(min(char["x0"] for char in band) - following[0]["x0"]) <= 1
        )
        out += ("" if broken else "\n") + lines[index]
    return out


def _new_word(line: str, rest: str) -> bool:
    """The next line starts a word of its own, whatever room the line left: a capital or a figure
    after a small letter ('Shared' / 'Outcome', 'Between' / '2029-32'), a figure under a figure
    or an acronym under an acronym (values stacked in one cell: '0.965' / '0.969', 'OTSL' / 'HTML')."""
    after = rest.split()[0]
    return (
        (line[-1].islower() and not rest[0].islower())
        or (line[-1].isdigit() and rest[0].isdigit())
        or (line.isalpha() and line.isupper() and after.isalpha() and after.isupper())
    )


def _overprint(chars: list[dict], rules: list[float]) -> set[int]:
    """Ids of the glyphs of a label printed over a table: a run of text (consecutive in the content
    stream, along one baseline) that crosses the rule between two columns and lies on other glyphs
    (a band label 'Significant Risks (over £10m)' repeated over the first row of each page).
    A glyph drawn twice to embolden it lies on the same letter, which is not a label."""
    if not rules or len(chars) < 2:
        return set()
    runs: list[list[dict]] = [[chars[0]]]
    for char in chars[1:]:
        last = runs[-1][-1]
        same_line = abs(char["top"] - last["top"]) <= 1 and -0.5 <= char["x0"] - last["x1"] <= 2 * char["size"]
        runs[-1].append(char) if same_line else runs.append([char])
    crossing = [
        run for run in runs if len(run) >= 4 and any(run[0]["x0"] + 2 < rule < run[-1]["x1"] - 2 for rule in rules)
    ]
    if not crossing:
        return set()
    cell = 8.0
    buckets: dict[tuple[int, int], list[dict]] = {}
    for char in chars:
        buckets.setdefault((int(char["x0"] // cell), int(char["top"] // cell)), []).append(char)

    def covered(char: dict) -> bool:
        bx, by = int(char["x0"] // cell), int(char["top"] // cell)
        return any(
            other is not char and other["text"] != char["text"] and _overlaps(char, other)
            for dx in (-1, 0, 1)
            for dy in (-1, 0, 1)
            for other in buckets.get((bx + dx, by + dy), ())
        )

    dropped: set[int] = set()
    for run in crossing:
        if sum(map(covered, run)) >= 2:
            dropped |= {id(char) for char in run}
    return dropped


def _overlaps(a: dict, b: dict) -> bool:
    """Two glyphs sharing at least half of the smaller one's box."""
    width = min(a["x1"], b["x1"]) - max(a["x0"], b["x0"])
    height = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
    smaller = min((a["x1"] - a["x0"]) * (a["bottom"] - a["top"]), (b["x1"] - b["x0"]) * (b["bottom"] - b["top"]))
    return width > 0 and height > 0 and width * height >= 0.5 * smaller > 0


def _centre_inside(char: dict, bbox: tuple[float, float, float, float]) -> bool:
    """pdfplumber's test: the glyph's centre lies in the box, right and bottom edges excluded."""
    v_mid = (char["top"] + char["bottom"]) / 2
    h_mid = (char["x0"] + char["x1"]) / 2
    return bbox[0] <= h_mid < bbox[2] and bbox[1] <= v_mid < bbox[3]


def _read_objects_with_pdfium(geometry: pdfium.PdfDocument, page) -> None:
    """Fill the pdfplumber page's objects from pypdfium2, so pdfminer never parses the page."""
    pdfium_page = geometry[page.page_number - 1]
    try:
        if pdfium_objects.fits(pdfium_page, page):
            page._objects = pdfium_objects.plumber_objects(pdfium_page, page)
    finally:
        pdfium_page.close()


def _pdfium_document(source, password: str | None) -> pdfium.PdfDocument | None:
    """The same PDF opened by pypdfium2, whose page objects stand in for pdfminer's (see
    :mod:`agendaparse.pdfium_objects`); None when pypdfium2 cannot open it (pdfminer then parses)."""
    try:
        return pdfium.PdfDocument(source.getvalue() if isinstance(source, io.BytesIO) else source, password=password)
    except pdfium.PdfiumError:
        return None


def _text_direction(page, bbox: tuple[float, float, float, float]) -> int:
    """0 for upright text in the table; 90 when it reads bottom to top, -90 when top to bottom."""
    x0, top, x1, bottom = bbox
    down = up = upright = 0
    for char in page.chars:
        if not (x0 <= char["x0"] <= x1 and top <= char["top"] <= bottom) or not char["text"].strip():
            continue
        if char.get("upright", True):
            upright += 1
            continue
        b = char["matrix"][1]
        if b < 0:
            down += 1
        elif b > 0:
            up += 1
    if down + up <= upright:
        return 0
    return -90 if down >= up else 90


def upright_rows(rows: list[list[str]], turn: int) -> list[list[str]]:
    """A grid read off the page as printed, turned so that its text reads left to right.

    ``turn`` -90: the text runs down the page (its lines advance leftwards); 90: it runs up.
    """
    width = max(len(row) for row in rows)
    grid = [row + [""] * (width - len(row)) for row in rows]
    height = len(grid)
    if turn == -90:
        return [[grid[c][width - 1 - r] for c in range(height)] for r in range(width)]
    return [[grid[height - 1 - c][r] for c in range(height)] for r in range(width)]


def _covered(region: stream_tables.Region, ruled: list[Table], page: PageLayout) -> bool:
    """Ruled tables already hold the region: between them they span most of its height and
    width (or, side by side, most of its area), with at least half as many rows (a 3-row
    'table' drawn by shading bands does not hold a 30-row region). On a turned page any ruled
    table does."""
    if not ruled:
        return False
    if page.rotation or not region.rows:
        return True
    height = max(region.bottom - region.top, 1.0)
    width = max(region.x1 - region.x0, 1.0)
    holding = [
        table
        for table in ruled
        if table.bbox and min(region.x1, table.bbox[2]) - max(region.x0, table.bbox[0]) >= 0.7 * width
    ]
    rows = sum(table.n_rows + 1 for table in holding)
    overlap = sum(max(0.0, min(region.bottom, table.bbox[3]) - max(region.top, table.bbox[1])) for table in holding)
    if rows >= region.rows / 2 and overlap >= 0.7 * height:
        return True
    # tables side by side: between them they span most of its width, each most of its height
    beside = [table.bbox for table in ruled if table.bbox and _span(region.x0, region.x1, table.bbox[0], table.bbox[2])]
    return (
        len(beside) >= 2
        and sum(table.n_rows + 1 for table in ruled if table.bbox in beside) >= region.rows / 2
        and sum(_span(region.x0, region.x1, box[0], box[2]) for box in beside) >= 0.7 * width
        and all(_span(region.top, region.bottom, box[1], box[3]) >= 0.5 * height for box in beside)
    )


def _span(start: float, end: float, other_start: float, other_end: float) -> float:
    return max(0.0, min(end, other_end) - max(start, other_start))


def _inside(table: Table, other: stream_tables.StreamTable) -> bool:
    """A ruled 'table' lying mostly within an unruled one is a fragment of it (a shaded band, a box)."""
    if table.page_start != other.page or not table.bbox:
        return False
    return _mostly_within(table.bbox, other.bbox)


def _stream_table(table: stream_tables.StreamTable, document_id: str) -> Table:
    width = max(len(row) for row in table.rows)
    rows = [row + [""] * (width - len(row)) for row in table.rows]
    return Table(
        n_rows=len(rows) - 1,
        n_cols=width,
        header=rows[0],
        rows=rows[1:],
        page_start=table.page,
        page_end=table.page,
        bbox=table.bbox,
        provenance=Provenance(document=document_id, page=table.page, bbox=table.bbox, method="camelot:stream"),
    )


def shaded_status_column(header: list[str]) -> int | None:
    """The column whose shading carries RAG: Status, else Progress / Update."""
    return _field_column(header_fields(header), "rag", "status", "progress")


def _cell_colour(boxes: list, column: int, fills: list[dict], key: dict | None = None) -> str | None:
    """Red / Amber / Green from the fill of the smallest shaded rectangle under a cell's centre."""
    if column >= len(boxes) or boxes[column] is None:
        return None
    x0, top, x1, bottom = boxes[column]
    cx, cy = (x0 + x1) / 2, (top + bottom) / 2
    under = [
        rect
        for rect in fills
        if rect["x0"] <= cx <= rect["x1"]
        and rect["top"] <= cy <= rect["bottom"]
        and (rect["x1"] - rect["x0"]) * (rect["bottom"] - rect["top"]) <= 4 * (x1 - x0) * (bottom - top)
    ]
    if not under:
        return None
    smallest = min(under, key=lambda rect: (rect["x1"] - rect["x0"]) * (rect["bottom"] - rect["top"]))
    colour = smallest.get("non_stroking_color")
    return colour_key.rag_for_fill(colour, key or {}) or rag_from_colour(colour, pale=True)


def rag_from_colour(colour: object, *, pale: bool = False) -> str | None:
    """A fill colour (grey, RGB or CMYK components in 0..1) as Red, Amber or Green; None otherwise.
    ``pale``: the fill is of a status cell, where pale tints rate too (Excel's 'Good', 'Neutral'
    and 'Bad' cell styles); elsewhere a pale tint is decoration."""
    rgb = colour_key.rgb_components(colour)
    if rgb is None:
        return None  # a pattern or no colour (grey has no hue and fails the saturation test below)
    hue, lightness, saturation = colorsys.rgb_to_hls(*rgb)
    if saturation < 0.35 or not 0.15 <= lightness <= (0.92 if pale else 0.85):
        return None
    degrees = hue * 360
    if degrees < 15 or degrees >= 340:
        return "Red"
    if degrees < 66:  # orange to yellow: both are used for amber
        return "Amber"
    if 70 <= degrees < 170:
        return "Green"
    return None


ATTENDANCE_HEADERS = {
    "present", "attendees", "attendance", "in attendance", "apologies", "apologies for absence", "officials",
    "members", "also present", "observers", "guests", "absent", "members present", "officers",
}  # fmt: skip


# The labels of a meeting's particulars ('Title of Meeting | Board Meeting', 'Date | 26th September').
FORM_LABELS = ATTENDANCE_HEADERS | {
    "title", "title of meeting", "meeting", "date", "date of meeting", "time", "place", "venue", "location",
    "invited", "chair", "chairman", "minutes", "minute taker", "clerk", "secretary", "subject", "author", "from", "to",
    "by", "report author", "report from", "contact officer", "cabinet member", "cabinet members", "portfolio holder",
    "lead member", "corporate director", "director", "decision no", "decision number", "classification",
    "key decision", "electoral division", "electoral divisions", "division", "ward", "wards",
}  # fmt: skip
MIN_PARTICULARS = 2


def _is_attendance_or_form(rows: list[list[str]]) -> bool:
    """Attendance grids ('Present:' / 'Apologies') and label-value forms ('Title of Meeting:', 'Date:')
    are laid out with ruled boxes but are not data tables."""
    header = [normalise_header(cell).rstrip(":. ") for cell in rows[0] if cell.strip()]
    if header and all(cell in ATTENDANCE_HEADERS for cell in header):
        return True
    leading = [normalise_header(row[0]).rstrip(":. ") for row in rows[:4]]
    if MIN_PARTICULARS <= len(rows) <= 3 and all(
        label in FORM_LABELS and sum(bool(cell) for cell in row) <= 2 for label, row in zip(leading, rows, strict=False)
    ):
        return True  # a short box of particulars ('Cabinet Member | ...', 'Corporate Director | ...')
    if (
        len(rows) <= 4
        and all(label in ATTENDANCE_HEADERS for label in leading)
        and not any(stream_tables.is_numeric(cell) for row in rows for cell in row[1:] if cell)
    ):
        return True  # 'PRESENT:' / 'APOLOGIES:' beside names set in two or more columns of a layout grid
    labels = [row[0] for row in rows if row and row[0].strip()]
    if len(labels) < 3:
        return False
    if sum(label.rstrip().endswith(":") for label in labels) >= 0.6 * len(labels):
        return True
    # a meeting's (or a report's) particulars heading the grid, with or without colons
    return sum(label in FORM_LABELS for label in leading) >= 3


def _laid_out_text(rows: list[list[str]]) -> bool:
    """What aligned columns of text print without being data, ruled or not: a contents list, an
    agenda's running order, a card of labelled values, a RAG key, a signature block."""
    return (
        _is_contents_list(rows)
        or _is_timed_agenda(rows)
        or _is_agenda_grid(rows)
        or _is_labelled_cells(rows)
        or _is_colour_key(rows)
        or _is_signature_block(rows)
    )


def _not_a_data_table(rows: list[list[str]]) -> bool:
    return (
        _is_layout_box(rows)
        or _is_attendance_or_form(rows)
        or _is_label_value_form(rows)
        or _is_text_columns(rows)
        or _is_minutes_grid(rows)
        or _laid_out_text(rows)
    )


# A cell that carries its own label ('Latest: 94%', 'Target: 90%, Floor: 85%', 'Decision No: 24/00109').
LABELLED_CELL_RE = re.compile(r"[A-Z][A-Za-z'’()/&-]*(?: [A-Za-z'’()/&-]+){0,3} ?:\s*\S")
MIN_LABELLED_CELLS = 3


def _is_labelled_cells(rows: list[list[str]]) -> bool:
    """A box whose cells carry their own labels (a KPI card 'Latest: 94% | Target: 90% |
    Previous: 89%', a report's particulars 'Decision No: 24/00109') is a form: in a data table
    the header names the columns and the cells hold only values."""
    filled = [cell for row in rows for cell in row if cell]
    labelled = sum(bool(LABELLED_CELL_RE.match(cell)) for cell in filled)
    return labelled >= MIN_LABELLED_CELLS and labelled >= 0.5 * len(filled)


CONTENTS_HEADERS = {"contents", "table of contents", "page", "pages", "page no", "page number", "page numbers"}
PAGE_RE = re.compile(r"\d{1,3}(?:\s*[-–]\s*\d{1,3})?")


def _is_contents_list(rows: list[list[str]]) -> bool:
    """A contents list in a grid ('Contents | Pages', a title and its page on each row): the
    last column holds page numbers that never go back."""
    header = {normalise_header(cell) for cell in rows[0] if cell}
    if not header & CONTENTS_HEADERS or len(rows) < 3:
        return False
    pages = [row[-1].strip() for row in rows[1:] if row[-1].strip()]
    if len(pages) < 0.8 * (len(rows) - 1) or not all(PAGE_RE.fullmatch(page) for page in pages):
        return False
    starts = [int(re.match(r"\d+", page)[0]) for page in pages]
    return all(b >= a for a, b in zip(starts, starts[1:], strict=False))


def _is_colour_key(rows: list[list[str]]) -> bool:
    """A RAG key ('GREEN | Target has been achieved', 'AMBER | Floor achieved but ...'): colour
    names, each beside the sentence that defines it, explain a report's ratings; they are not data."""
    keyed = [row for row in rows if row and normalise_header(row[0]) in {"red", "amber", "green", "blue"}]
    return (
        len(keyed) >= 3
        and all(sum(bool(cell) for cell in row) <= 2 for row in rows)
        and all(len(" ".join(row[1:]).split()) >= 4 for row in keyed)
    )


BLANK_LINE_RE = re.compile(r"[._…]{4,}|\bsign(?:ed|ature)\b", re.I)


def _is_signature_block(rows: list[list[str]]) -> bool:
    """A few boxes to sign and date ('Signed ........ Chair', 'Date ____'): lines left blank to
    fill in, not data."""
    filled = [cell for row in rows for cell in row if cell]
    blanks = sum(bool(BLANK_LINE_RE.search(cell)) for cell in filled)
    return len(rows) <= 4 and bool(filled) and blanks >= 0.5 * len(filled)


TEXT_COLUMN_WORDS = 40


def _is_text_columns(rows: list[list[str]]) -> bool:
    """Text set in two or three columns by a frame: every filled cell runs to paragraphs, in a
    row or two. A data table's cells are values, or prose beside short values."""
    filled = [cell for row in rows for cell in row if cell]
    return len(rows) <= 2 and len(filled) >= 2 and all(len(cell.split()) >= TEXT_COLUMN_WORDS for cell in filled)


MIN_FORM_ROWS = 6


def _is_label_value_form(rows: list[list[str]]) -> bool:
    """A form of label and answer boxes ('Responsible Officer | Mike Gogarty', 'Are there negative
    impacts for age? | no', 'Section B - Evidence'): no row fills more than a label and one answer,
    and many rows hold the label alone (a section heading, a question answered below, a field
    left blank). A data table fills most of its cells in most rows."""
    if len(rows) < MIN_FORM_ROWS:
        return False
    filled = [[bool(cell) for cell in row] for row in rows]
    if any(sum(row) > 2 for row in filled):
        return False
    labelled = sum(row[0] for row in filled)
    alone = sum(row[0] and sum(row) == 1 for row in filled)
    return labelled >= 0.9 * len(rows) and alone >= 0.4 * len(rows)


ITEM_NUMBER_RE = re.compile(r"(?:item\s+)?\d{1,3}(?:\.\d{1,2})?[a-z]?[.):]?", re.I)
MINUTE_WORDS = 40  # a minute's text runs to paragraphs (mean words); a log's action to a sentence or two


def _is_minutes_grid(rows: list[list[str]]) -> bool:
    """Minutes set in a grid: numbered items ('6.') beside paragraphs of minute text, with at most
    short notes (an action column's initials) beside them. The minutes stage reads the items."""
    numbered = sum(bool(ITEM_NUMBER_RE.fullmatch(row[0])) for row in rows)
    unnumbered = sum(bool(row[0]) and not ITEM_NUMBER_RE.fullmatch(row[0]) for row in rows)
    if not numbered or is_action_plan(rows[0]) or unnumbered > 0.2 * len(rows):
        return False
    width = max(len(row) for row in rows)
    lengths = {
        index: [len(row[index].split()) for row in rows if index < len(row) and row[index]] for index in range(1, width)
    }
    mean = {index: sum(counts) / len(counts) if counts else 0.0 for index, counts in lengths.items()}
    if not mean:
        return False
    text = max(mean, key=lambda index: mean[index])
    if mean[text] < MINUTE_WORDS / 1.6 or max(lengths[text]) < 1.5 * MINUTE_WORDS:
        return False
    noted = [[cell for index, cell in enumerate(row) if index not in (0, text) and cell] for row in rows]
    if any(len(note.split()) > 4 for notes in noted for note in notes) or sum(map(len, noted)) > len(rows):
        return False
    # an action log's owner column is filled on (nearly) every row; a minute's action column is not
    return mean[text] >= MINUTE_WORDS or sum(bool(notes) for notes in noted) < 0.7 * len(rows)


CLOCK_RE = re.compile(r"(?:[01]?\d|2[0-3])[:.][0-5]\d\b")


def _is_timed_agenda(rows: list[list[str]]) -> bool:
    """An agenda's running order in a grid: numbered items, each with its time slot ('13:30 - 13:35')."""
    body = [row for row in rows if any(row)]
    if len(body) < 3:
        return False
    width = max(len(row) for row in rows)

    def share(test) -> float:
        return max(
            (sum(bool(index < len(row) and test(row[index])) for row in body) / len(body) for index in range(width)),
            default=0.0,
        )

    timed = share(lambda cell: bool(CLOCK_RE.match(cell)))
    return timed >= 0.6 and any(_counts_up([row[index] for row in body if index < len(row)]) for index in range(width))


def _counts_up(cells: list[str]) -> bool:
    """Most cells are item numbers ('1', '2.', '3)') each one more than the last one given."""
    numbers = [int(match[1]) for cell in cells if (match := re.fullmatch(r"(\d{1,2})[.):]?", cell.strip()))]
    steps = list(zip(numbers, numbers[1:], strict=False))
    return len(numbers) >= 0.6 * len(cells) and len(steps) >= 2 and all(b == a + 1 for a, b in steps)


def _is_layout_box(rows: list[list[str]]) -> bool:
    """A 'table' where nearly every cell is empty or one cell holds all the text is a box; one
    where hardly any row fills two cells is prose or a list that a frame happens to split."""
    if _is_blank_schedule(rows):
        return False
    cells = [cell for row in rows for cell in row]
    filled = [cell for cell in cells if cell]
    if len(filled) <= 2 or len(filled) / len(cells) < 0.25:
        return True
    related = sum(sum(bool(cell) for cell in row) >= 2 for row in rows)
    return related == 0 or related < 0.25 * len(rows)


MIN_SCHEDULE_ROWS = 4


def _is_blank_schedule(rows: list[list[str]]) -> bool:
    """A schedule not yet filled in (a forecast with years and few projects): a header row naming
    every column, then rows keyed by years or numbers in the first column, most of them empty."""
    for index, header in enumerate(rows[:2]):
        body = rows[index + 1 :]
        if len(header) < 3 or not all(header) or any(cell_kind(cell) not in ("short", "initials") for cell in header):
            continue
        keys = [row[0] for row in body if row]
        if len(keys) >= MIN_SCHEDULE_ROWS and all(cell_kind(key) in ("number", "date") for key in keys):
            return True
    return False


AGENDA_NUMBER_HEADERS = {"item", "no", "number", "agenda item", "#", "ref"}
AGENDA_NUMBER_HEADERS = {"item", "no", "number", "agenda item", "#", "ref"}
AGENDA_TITLE_HEADERS = {"description", "title", "subject", "business", "agenda item", "topic", "item"}
AGENDA_EXTRA_HEADERS = {"page", "pages", "page no", "time", "timing", "lead", "presenter", "paper", "papers", "purpose"}
AGENDA_NUMBER_RE = re.compile(r"(?:item\s+)?\d{1,2}(?:\.\d{1,2})?[a-z]?[.)]?", re.I)


def _is_agenda_grid(rows: list[list[str]]) -> bool:
    """An agenda set in a ruled grid ('Item | Description', numbered rows): the agenda stage reads
    it as agenda items; it is not a data table."""
    header = [normalise_header(cell) for cell in rows[0]]
    if not 2 <= len(header) <= 3 or header[0].rstrip(".") not in AGENDA_NUMBER_HEADERS:
        return False
    if header[1] not in AGENDA_TITLE_HEADERS or (len(header) == 3 and header[2] not in AGENDA_EXTRA_HEADERS):
        return False
    numbers = [row[0] for row in rows[1:] if row[0]]
    return len(numbers) >= 3 and all(AGENDA_NUMBER_RE.fullmatch(number) for number in numbers)


def _visible(page):
    """The page without what prints nothing or is not the table's: rectangles filled white and not
    stroked (invisible cell boxes, which pdfplumber would read as ruling) and a 'Page 13' stamp
    at the foot of the page that runs through the last row of a table."""
    stamps = _page_stamps(page)
    area = float(page.width) * float(page.height)
    strips = _gradient_strips(page.rects)
    shapes = {id(obj) for obj in page.curves + page.lines if _slanted(obj)}
    inlays = _inlaid_fills(page.rects) | _line_highlights(page.rects, page.lines)
    if not (stamps or strips or shapes or inlays) and not any(_invisible(rect, area) for rect in page.rects):
        return page

    def keep(obj: dict) -> bool:
        if obj.get("object_type") == "rect" and (_invisible(obj, area) or id(obj) in strips | inlays):
            return False
        if obj.get("object_type") in ("curve", "line") and id(obj) in shapes:
            return False
        if obj.get("object_type") == "char":
            return not any(_within(obj, box) for box in stamps)
        return True

    return page.filter(keep)


MIN_OPEN_RULES = 3  # row rules ending together where no column rule closes them: an open-sided grid


def _vertical_rules(page) -> list[dict]:
    """Vertical rules as drawn: lines, thin filled bars and the sides of stroked boxes; not the
    sides of a shaded cell's fill, which are no rule to close a grid with."""
    rules = []
    for rect in page.rects:
        width, height = rect["x1"] - rect["x0"], rect["bottom"] - rect["top"]
        if height < 3:
            continue
        if rect.get("stroke"):
            rules += [{"x0": rect["x0"], "top": rect["top"], "bottom": rect["bottom"]}]
            rules += [{"x0": rect["x1"], "top": rect["top"], "bottom": rect["bottom"]}]
        elif rect.get("fill") and width <= 2:
            rules.append({"x0": (rect["x0"] + rect["x1"]) / 2, "top": rect["top"], "bottom": rect["bottom"]})
    for line in page.lines:
        if abs(line["x1"] - line["x0"]) <= 1 and line["bottom"] - line["top"] >= 3:
            rules.append({"x0": line["x0"], "top": line["top"], "bottom": line["bottom"]})
    return rules


MIN_SEAM_RULES = 3  # row rules on each side of a seam that make two grids of it
SEAM_TOLERANCE = 3.0  # pt


def _split_at_seams(page, found: list, settings: dict) -> list:
    """Two grids set side by side, touching (slides with two tables on one slide): pdfplumber reads
    them as one table of both sets of columns. They meet at a column rule that no row rule crosses,
    with row rules on either side at other heights; each side is read as a table of its own."""
    out = []
    for table in found:
        seam = _seam(page, table.bbox)
        if seam is None:
            out.append(table)
            continue
        x0, top, x1, bottom = table.bbox
        for box in ((x0 - 1, top - 1, seam + 0.5, bottom + 1), (seam - 0.5, top - 1, x1 + 1, bottom + 1)):
            box = (max(box[0], 0), max(box[1], 0), min(box[2], float(page.width)), min(box[3], float(page.height)))
            out.extend(page.crop(box).find_tables(settings))
    return out


def _seam(page, bbox: tuple[float, float, float, float]) -> float | None:
    x0, top, x1, bottom = bbox
    edges = [
        edge
        for edge in page.edges
        if edge["x1"] - edge["x0"] >= SEAM_TOLERANCE or edge["bottom"] - edge["top"] >= SEAM_TOLERANCE
        if x0 - 1 <= edge["x0"] and edge["x1"] <= x1 + 1 and top - 1 <= edge["top"] and edge["bottom"] <= bottom + 1
    ]
    rows = [edge for edge in edges if edge["orientation"] == "h"]
    columns = sorted({round(edge["x0"], 1) for edge in edges if edge["orientation"] == "v"})
    for x in columns:
        if x - x0 < 30 or x1 - x < 30:
            continue
        if any(edge["x0"] < x - SEAM_TOLERANCE and edge["x1"] > x + SEAM_TOLERANCE for edge in rows):
            continue
        left = sorted({edge["top"] for edge in rows if edge["x1"] <= x + SEAM_TOLERANCE})
        right = sorted({edge["top"] for edge in rows if edge["x0"] >= x - SEAM_TOLERANCE})
        if len(left) < MIN_SEAM_RULES or len(right) < MIN_SEAM_RULES:
            continue
        apart = [y for y in right if all(abs(y - other) > 1.5 for other in left)]
        if len(apart) >= len(right) / 2:
            return x
    return None


def _open_sides(page) -> list[dict]:
    """Column rules a grid drawn without its outer side(s) lacks (slide and Word tables printed
    with no left or right border): where three or more row rules end at the same x, no vertical
    rule stands there, and column rules cross those row rules inside, the last column runs to the
    rules' end. Without it pdfplumber loses the outer column and any row rule spanning the table."""
    rows: dict[int, list[list[float]]] = {}
    for edge in sorted(
        (edge for edge in page.edges if edge["orientation"] == "h" and edge["x1"] - edge["x0"] >= 1),
        key=lambda e: e["x0"],
    ):
        runs = rows.setdefault(round(edge["top"]), [])
        if runs and edge["x0"] <= runs[-1][1] + 1:
            runs[-1][1] = max(runs[-1][1], edge["x1"])
        else:
            runs.append([edge["x0"], edge["x1"]])
    rules = [(top, x0, x1) for top, runs in rows.items() for x0, x1 in runs if x1 - x0 >= 30]
    columns = _vertical_rules(page)
    closing = []
    for side in (1, 2):
        ends: dict[int, list[tuple[int, float, float]]] = {}
        for rule in rules:
            ends.setdefault(round(rule[side]), []).append(rule)
        for end, group in ends.items():
            tops = sorted({top for top, _, _ in group})
            tops = [top for index, top in enumerate(tops) if index == 0 or top - tops[index - 1] > 2]
            if len(tops) < MIN_OPEN_RULES:
                continue
            inner = max(x0 for _, x0, _ in group) + 3, min(x1 for _, _, x1 in group) - 3
            near = [edge for edge in columns if edge["top"] <= tops[-1] and edge["bottom"] >= tops[0]]
            sides = [edge for edge in near if abs(edge["x0"] - end) <= 2]
            inside = [edge for edge in near if inner[0] < edge["x0"] < inner[1]]
            bands = [
                (
                    any(edge["top"] <= upper + 1 and edge["bottom"] >= lower - 1 for edge in inside),
                    any(edge["top"] <= upper + 1 and edge["bottom"] >= lower - 1 for edge in sides),
                )
                for upper, lower in zip(tops, tops[1:], strict=False)
            ]
            for index, (divided, closed) in enumerate(bands):
                # a band between two row rules that column rules divide but no side rule closes;
                # an undivided band just above such a band (a title or section row) closes with it
                title = not divided and not closed and index + 1 < len(bands) and bands[index + 1] == (True, False)
                if (divided or title) and not closed:
                    upper, lower = float(tops[index]), float(tops[index + 1])
                    if closing and closing[-1]["x0"] == end and closing[-1]["bottom"] == upper:
                        closing[-1]["bottom"] = lower
                    else:
                        closing.append({"x0": float(end), "x1": float(end), "top": upper, "bottom": lower})
    return closing


MAX_INLAY_FILLS = 400  # more fills of one colour are a chart's bars, not cell shading (and the test is quadratic)


def _inlaid_fills(rects: list[dict]) -> set[int]:
    """Ids of unstroked fills lying inside another unstroked fill of the same colour (Word shades
    a cell and again each paragraph in it, inset by the cell padding): their sides print nothing,
    yet pdfplumber reads them as rules that split the shaded cell into columns."""
    fills = [
        rect
        for rect in rects
        if rect.get("fill")
        and not rect.get("stroke")
        and rect["x1"] - rect["x0"] > 1
        and rect["bottom"] - rect["top"] > 1
    ]
    if len(fills) < 2:
        return set()
    by_colour: dict[str, list[dict]] = {}
    for rect in fills:
        by_colour.setdefault(repr(rect.get("non_stroking_color")), []).append(rect)
    inlaid = set()
    for group in by_colour.values():
        if not 2 <= len(group) <= MAX_INLAY_FILLS:
            continue
        group.sort(key=lambda r: (r["x1"] - r["x0"]) * (r["bottom"] - r["top"]), reverse=True)
        for index, rect in enumerate(group):
            if any(
                outer["x0"] - 0.5 <= rect["x0"]
                and rect["x1"] <= outer["x1"] + 0.5
                and outer["top"] - 0.5 <= rect["top"]
                and rect["bottom"] <= outer["bottom"] + 0.5
                for outer in group[:index]
            ):
                inlaid.add(id(rect))
    return inlaid


MAX_HIGHLIGHT_HEIGHT = 16.0  # pt: a fill behind one line of text, not a cell's shading
HIGHLIGHT_INSET = 1.5  # pt: a fill's side this far or more from any column rule is not a cell's side


def _line_highlights(rects: list[dict], lines: list[dict]) -> set[int]:
    """Ids of fills behind single lines of a cell's text (a slide's highlighted lines, stacked one
    under the next) lying inside a ruled grid's column without reaching its rules: their sides
    print nothing, yet pdfplumber reads each as a rule that splits the cell into a row per line.
    A cell's own shading reaches the column rules on both sides."""
    fills = [
        rect
        for rect in rects
        if rect.get("fill") and not rect.get("stroke") and 1 < rect["bottom"] - rect["top"] <= MAX_HIGHLIGHT_HEIGHT
    ]
    if len(fills) < 2 or len(fills) > MAX_INLAY_FILLS:
        return set()
    verticals = [
        (obj["x0"], obj["top"], obj["bottom"])
        for obj in [*lines, *rects]
        if obj["x1"] - obj["x0"] <= 1.5 and obj["bottom"] - obj["top"] > 3
    ]
    if len(verticals) < 2:
        return set()

    def rules_beside(rect: dict) -> tuple[list[float], list[float]] | None:
        """The column rules left and right of the fill, None where one runs through it."""
        middle = (rect["top"] + rect["bottom"]) / 2
        crossing = [x for x, top, bottom in verticals if top - 0.5 <= middle <= bottom + 0.5]
        if any(rect["x0"] - HIGHLIGHT_INSET < x < rect["x1"] + HIGHLIGHT_INSET for x in crossing):
            return None
        return [x for x in crossing if x < rect["x0"]], [x for x in crossing if x > rect["x1"]]

    sides = {id(rect): rules_beside(rect) for rect in fills}
    candidates = [rect for rect in fills if sides[id(rect)] is not None]
    inside = [rect for rect in candidates if all(sides[id(rect)] or ())]
    inside.sort(key=lambda rect: rect["top"])
    stacked: set[int] = set()
    for index, rect in enumerate(inside):
        for other in inside[index + 1 :]:
            if other["top"] > rect["bottom"] + 1:
                break
            if min(rect["x1"], other["x1"]) > max(rect["x0"], other["x0"]):  # one under the other
                stacked |= {id(rect), id(other)}
    # the same line highlighted on across the next columns
    bands = {(round(rect["top"]), round(rect["bottom"])) for rect in inside if id(rect) in stacked}
    return stacked | {id(rect) for rect in candidates if (round(rect["top"]), round(rect["bottom"])) in bands}


MIN_SLANT = 20.0  # pt: a slanted side this long is a drawn shape's, not a rounded corner's


def _slanted(obj: dict) -> bool:
    """A line or shape with a long slanted side (a slide's triangles, swooshes and diagonal
    strokes): pdfplumber takes a slanted line for a vertical rule at its left end and a shape's
    sides for ruling, which close cells across the page."""
    points = obj.get("pts") or []
    return any(
        abs(x1 - x0) > MIN_SLANT and abs(y1 - y0) > MIN_SLANT
        for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False)
    )


def _gradient_strips(rects: list[dict]) -> set[int]:
    """Ids of fills drawn as a stack of thin strips (a gradient): too thin to hold text, too thick
    to be a rule, each touching another of the same width. Their edges are not ruling."""
    thin = [
        rect for rect in rects if rect.get("fill") and not rect.get("stroke") and 1.5 < rect["bottom"] - rect["top"] < 6
    ]
    stacked = set()
    for rect in thin:
        for other in thin:
            if (
                other is not rect
                and abs(other["x0"] - rect["x0"]) <= 1
                and abs(other["x1"] - rect["x1"]) <= 1
                and abs(other["top"] - rect["bottom"]) <= 0.5
            ):
                stacked |= {id(rect), id(other)}
    return stacked


def _within(obj: dict, box: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = box
    return x0 <= obj["x0"] and obj["x1"] <= x1 and top <= obj["top"] and obj["bottom"] <= bottom


def _invisible(rect: dict, page_area: float) -> bool:
    """A white, unstroked cell box. A page-sized white background stays: it frames the page, and
    dropping it leaves side-by-side tables to the unruled reader, which runs them together."""
    if rect.get("stroke") or not rect.get("fill"):
        return False
    if (rect["x1"] - rect["x0"]) * (rect["bottom"] - rect["top"]) > 0.5 * page_area:
        return False
    rgb = colour_key.to_rgb(rect.get("non_stroking_color"))
    return rgb is not None and min(rgb) >= 0.97


PAGE_STAMP_RE = re.compile(r"page\s*\d{1,4}(?:\s*of\s*\d{1,4})?", re.I)


def _page_stamps(page) -> list[tuple[float, float, float, float]]:
    """Boxes of 'Page 13' / 'Page 3 of 8' centred in the bottom tenth of the page."""
    height, width = float(page.height), float(page.width)
    foot = [char for char in page.chars if char["top"] > 0.9 * height]
    if not foot:
        return []
    words = page.filter(lambda obj: obj.get("object_type") != "char" or obj["top"] > 0.9 * height).extract_words(
        keep_blank_chars=True, x_tolerance=1.5
    )
    boxes = []
    for word in words:
        match = PAGE_STAMP_RE.search(word["text"])
        if not match:
            continue
        centre = (word["x0"] + word["x1"]) / 2
        if abs(centre - width / 2) <= 0.15 * width:
            boxes.append((word["x0"] - 0.5, word["top"] - 0.5, word["x1"] + 0.5, word["bottom"] + 0.5))
    return boxes


def merge_continuations(
    tables: list[Table], pages: list[PageLayout], first_row_colours: dict[int, str | None] | None = None
) -> list[Table]:
    """Join a table with the one that continues it on the next page. A row broken by the page
    break (its rest at the top of the next page) is joined back into one row.
    ``first_row_colours``: by ``id(table)``, the status shading of a table's first (header) row,
    which is a data row when the table continues one above without repeating its header."""
    first_row_colours = first_row_colours or {}
    layouts = {page.number: page for page in pages}
    heights = {page.number: page.height for page in pages}
    merged: list[Table] = []
    last_box: dict[int, tuple[float, ...]] = {}  # a merged table's box on its last page so far
    for table in tables:
        previous = merged[-1] if merged else None
        above = last_box.get(id(previous), previous.bbox) if previous is not None else None
        height = heights.get(previous.page_end, 842) if previous is not None else 842
        if (
            previous is not None
            and table.page_start == previous.page_end + 1
            and table.n_cols == previous.n_cols
            and table.bbox is not None
            and above is not None
            and table.bbox[1] < 0.25 * heights.get(table.page_start, 842)
            and _same_columns_span(above, table.bbox)
            and not _headed_apart(previous, table, layouts)
            and (
                (repeated_header := bool(table.header) and _same_header(previous.header, table.header))
                or (
                    # the header repeated with its wording varied, or it ran to the page foot
                    (
                        (repeated_header := bool(table.header) and _similar_header(previous.header, table.header))
                        or above[3] > 0.6 * height
                    )
                    and _nothing_above(table.bbox, layouts.get(table.page_start))
                )
            )
        ):
            above_box = above
            last_box[id(previous)] = table.bbox
            rows = table.rows
            below = table.status_colours or [None] * len(table.rows)
            if not repeated_header and table.header:
                rows = [table.header, *rows]  # no repeated header: the first row is data
                below = [first_row_colours.get(id(table)), *below]
            section = _section_caption(previous, table, repeated_header)
            if section:
                rows = [[section] + [""] * (table.n_cols - 1), *rows]
                below = [None, *below]
            above = previous.status_colours or [None] * len(previous.rows)
            if rows and previous.rows and _continues_row(previous.rows[-1], rows[0], _at_foot(above_box, height)):
                previous.rows[-1] = [
                    join_cells(upper, lower) for upper, lower in zip(previous.rows[-1], rows[0], strict=True)
                ]
                rows, below = rows[1:], below[1:]
            if any(above) or any(below):
                previous.status_colours = above + below
            shift = len(previous.rows) - (len(table.rows) - len(rows))
            _mark_spanning(
                previous,
                spanning_rows(previous)
                | {index + shift for index in spanning_rows(table) if index + shift >= len(previous.rows)}
                | ({len(previous.rows)} if section else set()),
            )
            previous.rows.extend(rows)
            previous.n_rows = len(previous.rows)
            previous.page_end = table.page_end
            previous.provenance.page_end = table.page_end
            if not previous.provenance.method.endswith("+continuation"):
                previous.provenance.method += "+continuation"
            continue
        merged.append(table)
    for table in merged:
        if is_log(table.header, table.rows) or (not table.header and _is_headerless_log(table.rows)):
            table.kind = "action_plan"
    return merged


def _section_caption(previous: Table, table: Table, repeated_header: bool) -> str | None:
    """The one-cell row a continuation without its header starts with, read as the grid's caption
    when the grid was found: on a page that carries on a table it is the first section row of the
    rest ('Report 2: School places planning'), unless it repeats the table's own caption."""
    if repeated_header or not table.title:
        return None
    caption = CONTINUED_RE.sub("", table.title).strip()
    own = CONTINUED_RE.sub("", previous.title or "").strip()
    return None if not caption or caption.casefold() == own.casefold() else caption


CONTINUED_RE = re.compile(r"\(?\s*\b(?:cont(?:inued|'d|d)?\.?|contd)\s*\)?\s*$", re.I)


def _headed_apart(previous: Table, table: Table, layouts: dict[int, PageLayout]) -> bool:
    """Both tables carry a heading (their own title row, or a heading just above them) and the
    headings differ: the next page's grid is another table under the same column names (slides
    of one deck, '... ~ Public Health' then '... ~ Public Health Education'), not the rest of it."""

    def heading(of: Table) -> str:
        text = of.title or heading_above(of, layouts.get(of.page_start)) or ""
        return _heading_key(text)

    upper, lower = heading(previous), heading(table)
    if upper and lower:
        return upper != lower
    # only the lower table has a heading: printed over it (its own caption row may be a section row)
    printed = heading_above(table, layouts.get(table.page_start)) or ""
    if upper or not printed or CONTINUED_RE.search(printed):
        return False
    return not _printed_above(_heading_key(printed), previous, layouts.get(previous.page_start))


def _heading_key(text: str) -> str:
    return "".join(CONTINUED_RE.sub("", text).split()).casefold()


def _printed_above(key: str, table: Table, page: PageLayout | None) -> bool:
    """A heading (by ``_heading_key``) is printed on the table's first page above it: the next page's
    heading over a grid of the same columns repeats the table's title further up ('Action log'), where
    a heading new to both pages ('Scrutiny committee action log') starts another table."""
    if page is None or not table.bbox:
        return True
    return any(_heading_key(line.text) == key for line in page.body_lines() if line.bottom <= table.bbox[1] + 2)


def _is_headerless_log(rows: list[list[str]]) -> bool:
    fields = set(table_fields([], rows).values())
    return "action" in fields and bool(fields & {"named_lead", "status", "rag", "end_date"})


# A cell broken off mid-phrase: it ends on a word that needs more after it, a comma or a hyphen.
OPEN_END_RE = re.compile(
    r"(?:\b(?:of|the|a|an|and|or|to|for|in|on|with|by|from|at|as|such|including|e\.g\.|i\.e\.)|[,\-–(/&])$", re.I
)


def _continues_row(upper: list[str], lower: list[str], at_foot: bool = False) -> bool:
    """The first row on the new page is the rest of the last row above, broken by the page break:
    it only adds text to cells that already hold some, and a cell above stops mid-phrase or the
    text below carries on in lower case ('training' after '16-19 education and'). In a table with
    text in one column only, a row that ran to the foot of the page is broken by it (a word
    processor breaks a tall row at the page end unless told not to)."""
    filled = [index for index, cell in enumerate(lower) if cell]
    if not filled or len(filled) == len(lower) or len(upper) != len(lower):
        return False
    if any(not upper[index] for index in filled):
        return False
    if at_foot and len(filled) == 1 and sum(bool(cell) for cell in upper) == 1:
        return True
    return any(OPEN_END_RE.search(upper[index]) or re.match(r"[a-z]{2,}", lower[index]) for index in filled)


def _at_foot(box: tuple[float, ...] | None, height: float) -> bool:
    """A table's box on a page reaches the bottom tenth of the text area (the last eighth of the page)."""
    return box is not None and box[3] >= 0.85 * height


def join_cells(upper: str, lower: str) -> str:
    return f"{upper} {lower}".strip() if upper and lower else upper or lower


def _nothing_above(box: tuple[float, ...], page: PageLayout | None) -> bool:
    """No heading or paragraph (three words or more, not a running head) above the table on its
    page: text there starts something new. Notes and footers under the table on the page before
    are common in a continued table, so only this side is checked."""
    if page is None:
        return True
    return not any(len(line.text.split()) >= 3 and line.bottom < box[1] - 1 for line in page.body_lines())


def _similar_header(above: list[str], below: list[str]) -> bool:
    """Most header words shared ('Strategies / plans in place' over 'Strategy / plan in place')."""
    words_above = set(normalise_header(" ".join(above)).split())
    words_below = set(normalise_header(" ".join(below)).split())
    union = words_above | words_below
    return len(union) >= 3 and len(words_above & words_below) >= 0.6 * len(union)


def _same_header(above: list[str], below: list[str]) -> bool:
    return [normalise_header(c) for c in above] == [normalise_header(c) for c in below]


def _same_columns_span(above: tuple[float, ...], below: tuple[float, ...]) -> bool:
    """A continuation sits under the same left and right edges (within a tenth of the width)."""
    width = max(above[2] - above[0], 1.0)
    return abs(above[0] - below[0]) <= 0.1 * width and abs(above[2] - below[2]) <= 0.1 * width


STATUS_PATTERNS = [
    (re.compile(rf"\b{re.escape(word)}\b"), status) for status, words in STATUS_WORDS.items() for word in words
]
# An update naming who is to act next ('AS to chase'): still in hand; 'once'/'when' something
# happens: not begun.
STATUS_FIRST_RE = re.compile(r"\s*(completed?|done|closed|on-?going|in progress|overdue|deferred|on hold)\b", re.I)
STATUS_LABEL_RE = re.compile(r"\bstatus\s*[:\-–]\s*([^.;\n]{2,40})", re.I)
PENDING_RE = re.compile(r"^(?:[A-Z]{2,4}|[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:to|will) [a-z]{3,}")
CONDITIONAL_RE = re.compile(r"\b(?:once|when|after)\b", re.I)


def normalise_status(text: str) -> tuple[str | None, str | None]:
    """Status text -> (status, rag) in our vocabulary, or None where it says neither. Where the
    text names several ('Completed. ... still outstanding'), the one it opens with decides; a
    one-word status misspelt by a letter ('Compete') still counts."""
    lowered = " ".join(text.lower().split())
    rag = None
    for word, colour in RAG_WORDS.items():
        if re.search(rf"\b{re.escape(word)}\b", lowered) and (len(word) > 1 or lowered == word):
            rag = colour
            break
    found = [
        (match.start(), -len(match[0]), status)
        for pattern, status in STATUS_PATTERNS
        if (match := pattern.search(lowered))
    ]
    if found:
        return min(found)[2], rag
    words = lowered.strip(" .!").split()
    if words in (["new"], ["future"]):
        return "not started", rag  # a newly raised action, or one set for later
    if len(words) == 1:
        for status, vocabulary in STATUS_WORDS.items():
            if any(" " not in word and len(word) >= 6 and _one_edit(words[0], word) for word in vocabulary):
                return status, rag
    pending = PENDING_RE.match(" ".join(text.split()))
    if pending and re.match(r"[A-Z][a-z]+ed\b", pending[0]) and pending[0].split()[0] not in GIVEN_NAMES:
        pending = None  # 'Circulated to members on 3 October': what was done, not who is to act
    if pending:
        return ("not started" if CONDITIONAL_RE.search(text) else "ongoing"), rag
    return None, rag


YES_RE = re.compile(r"(?:yes|y|done|[✓✔☑✅])\.?", re.I)
NO_RE = re.compile(r"(?:no|n|not yet|[✗✘☐❌])\.?", re.I)


def done_status(text: str) -> str | None:
    """A 'Done?' or 'Closed' cell: 'Yes', 'Y' or a tick is complete; 'No' or 'N' still open
    (ongoing); a date, the day it was closed (complete)."""
    text = " ".join(text.split())
    if YES_RE.fullmatch(text):
        return "complete"
    if NO_RE.fullmatch(text):
        return "ongoing"
    if text and len(text.split()) <= 4 and re.search(r"\d", text) and parse_date(text).date is not None:
        return "complete"
    return None


def _one_edit(a: str, b: str) -> bool:
    """a and b differ by one inserted, deleted or changed letter."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return a == b
    if len(a) > len(b):
        a, b = b, a
    for index in range(len(a)):
        if a[index] != b[index]:
            return a[index + (len(a) == len(b)) :] == b[index + 1 :]
    return True


# "Cabinet Office Transparency Team to publish ...", "The PDC project team will be ...": who is to act.
# Shared with the NLP stage (agendaparse.nlp.subject_owner) for labelled actions.
SUBJECT_RE = re.compile(
    r"^(?:the\s+|a\s+)?(?P<owner>[A-Z][\w'’.\-/&]*(?:\s+[\w'’.\-&/]+){0,5}?)\s+"
    r"(?:to|will|would|should|agreed to)\s+(?:be\b|[a-z]{3,})"
)
ORG_WORDS = re.compile(
    r"\b(team|office|department|board|council|house|group|ministry|agency|committee|partnership|members|"
    r"service|services|directorate|authority|trust|panel|unit|secretariat|ons|dft|dwp|hmrc|nhs)\b",
    re.I,
)


# A longer subject than SUBJECT_RE allows, for a table's Action cell: 'Cabinet Office Transparency
# Team with Transparency Board input to consider ...', 'Transparency Board and MCO to convene ...'.
TABLE_SUBJECT_RE = re.compile(
    r"^(?:the\s+|a\s+)?(?P<owner>[A-Z][\w'’.\-/&]*(?:\s+[\w'’.\-&/()]+){0,9}?)\s+"
    r"(?:to|will|would|should|agreed to)\s+(?:be\b|[a-z]{3,})"
)
# 'Representative from Contract Finder to ...': the organisation is the one acting.
ENVOY_RE = re.compile(
    r"^(?:an?\s+|the\s+)?(?:representatives?|someone|officials?|colleagues?)\s+(?:from|of)\s+(?:the\s+)?", re.I
)


def lead_from_subject(action: str) -> tuple[str | None, str | None]:
    """'Cabinet Office Transparency Team to publish ...' -> (None, 'Cabinet Office Transparency Team');
    'Katie Davis to present ...' -> ('Katie Davis', None); 'Board and MCO to ...' -> ('MCO', 'Board')."""
    match = TABLE_SUBJECT_RE.match(action.strip())
    if not match:
        return None, None
    owner = re.split(r"\s+(?:with|together with|supported by|in consultation with)\s+", match["owner"].strip())[0]
    envoy = ENVOY_RE.match(owner)
    if envoy:
        rest = owner[envoy.end() :]
        return (None, rest) if re.match(r"[A-Z]", rest) else (None, None)
    people: list[str] = []
    bodies: list[str] = []
    for part in re.split(r"\s+(?:and|&)\s+|,\s*", owner):
        named_lead, lead_org = _lead_kind(part)
        if named_lead is None and lead_org is None:
            return None, None
        people += [named_lead] if named_lead else []
        bodies += [lead_org] if lead_org else []
    return ", ".join(people) or None, ", ".join(bodies) or None


def _lead_kind(owner: str) -> tuple[str | None, str | None]:
    if len(owner.split()) > 6:
        return None, None
    if ORG_WORDS.search(owner):
        return None, owner
    if re.fullmatch(r"[A-Z][a-z]+(?:\s+[A-Z][a-z'’\-]+){1,2}", owner) or re.fullmatch(r"[A-Z]{2,4}", owner):
        return owner, None
    if re.fullmatch(r"[A-Z][\w'’-]*(?:\s+(?:of|for|and|[A-Z][\w'’-]*)){0,5}", owner) and POST_RE.search(owner):
        return owner, None  # a post: 'Director of Community Care', 'Chief Executive'
    return None, None


# A date cell that says when the work starts, not when it ends: 'From May 2011', 'Commenced Oct
# 2024', '2027 onwards', 'Sep 2024 - ongoing', 'Ongoing from April 2024'.
STARTING_RE = re.compile(
    r"^\s*(?:from|starting|commencing|beginning|begins|starts|as at)\b|\b(?:commenced|started|began|begun)\b"
    r"|\bonwards\b|\b(?:ongoing|on-going|continuing)\s+(?:from|since)\b|[-–—]\s*(?:ongoing|on-going|continuing)\b",
    re.I,
)
ONWARDS_RE = re.compile(r"\bonwards\b|[-–—]\s*(?:ongoing|on-going|continuing)\b", re.I)
# the words opening a cell that say it gives a start date ('Ongoing from April 2024'; within a
# sentence, 'launch across Kent from September 2024' is not the row's start)
START_MARK_RE = re.compile(
    r"^\s*(?:(?:ongoing|on-going|continuing)\s+)?"
    r"(?:from|since|starting|commencing|commenced|started|starts|began|begun|beginning)(?:\s+(?:in|on))?\s+",
    re.I,
)
# words that may come before a cell's date range: 'Tbc provisional Jan 25-October 25'
HEDGE_RE = re.compile(
    r"(?:(?:tbc|tbd|provisional(?:ly)?|approx(?:imately)?|estimated|planned|target|expected|indicative|c\.?|"
    r"circa|by|est\.?)[\s:,;-]*)*",
    re.I,
)
MONTH_WORD = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# 'Mar-25', 'March ‘25', "Dec '24": a month and a two-digit year.
DAY_MONTH_RE = re.compile(r"(?:w/?c\.?\s*|week commencing\s+)?(\d{1,2})/(\d{1,2})", re.I)
MONTH_SHORT_YEAR_RE = re.compile(r"\b([A-Z][a-z]{2,8})\.?(?:\s*[‘’']|-)(\d{2})\b(?![/.:-]?\d)")
# 'Apr 24 - Mar 25', 'June 24- Nov 24': two months with two-digit years either side of a dash
MONTH_PAIR_RE = re.compile(
    rf"\b({MONTH_WORD})\.?\s+(\d{{2}})(\s*(?:[-–—]|\bto\b)\s*)({MONTH_WORD})\.?\s+(\d{{2}})\b(?![/.:]?\d)", re.I
)
MONTH_NAMES = {
    "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
}  # fmt: skip
# 'Se ptember': a month name broken in a narrow column and joined with a space
BROKEN_PAIR_RE = re.compile(r"\b([A-Z][a-z]{0,7}) ([a-z]{2,8})\b")
# 'Oct 24', 'Sept 25': an abbreviated month and two digits, as a spreadsheet prints a month and year
# ('Oct 24, 2024' and 'Oct 24th' are days)
SHORT_MONTH_YEAR_RE = re.compile(
    r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+(\d{2})\b(?![/.:]?\d|\s*(?:st|nd|rd|th)\b|,?\s+(?:19|20)\d\d)"
)
YEAR_QUARTER_RE = re.compile(r"\b((?:19|20)\d\d)\s*/\s*(\d{2,4})\s+Q([1-4])\b", re.I)
SHORT_QUARTER_RE = re.compile(r"\bQ(?:uarter)?\s*([1-4])\s+(\d{2})\s*/\s*(\d{2})\b", re.I)
QUARTER_WORD_RE = re.compile(r"\b(?:quarter|qtr)\s*([1-4])\b", re.I)
BARE_QUARTER_RE = re.compile(r"(?<![/\d]\d\d\s)\bQ([1-4])\b(?!\s*(?:of\s+)?(?:19|20)?\d\d)", re.I)
# '2024-25' is the financial year 2024/25 (its second year follows the first); '2024-2029' a range
FINANCIAL_YEAR_RE = re.compile(r"(?<![\d/-])((?:19|20)\d\d)\s*[-–]\s*(\d\d)(?![\d/-])")
YEAR_END_RE = re.compile(
    r"\b(?:(?:by\s+)?(?:the\s+)?end\s+of\s+(?:the\s+)?(?P<fy>financial\s+)?year|(?P<fy2>financial\s+)year\s+end)\b"
    r"(?!\s*(?:19|20)\d\d)",
    re.I,
)
DATE_TOKEN = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{MONTH_WORD}\.?,?\s+(?:19|20)\d\d|Q[1-4]\s+(?:19|20)\d\d(?:/\d{{2,4}})?"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|(?:19|20)\d\d(?:/\d\d)?"
)
# the first 'date - date' in a cell: 'Tbc provisional Jan 2025-October 2025 (dependent ...)'
RANGE_RE = re.compile(
    rf"(?<![\w/])(?P<start>{DATE_TOKEN})(?![\w/])\s*(?:[-–—]|\bto\b|\buntil\b|\btill\b)\s*"
    rf"(?P<end>{DATE_TOKEN})(?![\w/])",
    re.I,
)
YEARS_RE = re.compile(r"(?P<start>(?:19|20)\d\d)\s*[-–—]\s*(?P<end>(?:19|20)\d\d)")
FROM_DATE_RE = re.compile(
    rf"\b(?:from|since|starting(?:\s+in)?|commencing)\s+(?:the\s+)?(?:{DATE_TOKEN}|{MONTH_WORD}\b)", re.I
)


def _financial_year_of(reference: dt.date) -> int:
    """The first calendar year of the UK financial year (April-March) that holds ``reference``."""
    return reference.year if reference.month >= 4 else reference.year - 1


def date_cell_text(text: str, reference: dt.date | None) -> str:
    """A date cell in the forms :func:`parse_date` reads: 'Mar-25' -> 'Mar 2025', 'Apr 24 - Mar 25'
    -> 'Apr 2024 - Mar 2025', 'Q3 24/25' -> 'Q3 2024/25', 'Quarter 2' -> the next such quarter of the
    financial year, '2024-25' -> '2024/25', 'End of year' -> December (of the financial year: March)."""
    plain = BROKEN_PAIR_RE.sub(lambda m: m[1] + m[2] if (m[1] + m[2]).lower() in MONTH_NAMES else m[0], text)
    plain = MONTH_PAIR_RE.sub(lambda m: f"{m[1]} 20{m[2]}{m[3]}{m[4]} 20{m[5]}", plain)
    plain = MONTH_SHORT_YEAR_RE.sub(
        lambda m: f"{m[1]} 20{m[2]}" if m[1][:3].lower() in MONTH_ABBREVIATIONS else m[0], plain
    )
    plain = SHORT_QUARTER_RE.sub(lambda m: f"Q{m[1]} 20{m[2]}/{m[3]}", plain)
    plain = QUARTER_WORD_RE.sub(lambda m: f"Q{m[1]}", plain)
    plain = FINANCIAL_YEAR_RE.sub(lambda m: f"{m[1]}/{m[2]}" if (int(m[1]) + 1) % 100 == int(m[2]) else m[0], plain)
    plain = YEAR_QUARTER_RE.sub(lambda m: f"Q{m[3]} {m[1]}/{m[2]}", plain)  # '2025/26 Q1'
    plain = SHORT_MONTH_YEAR_RE.sub(lambda m: f"{m[1]} 20{m[2]}", plain)
    if reference is not None and (bare := DAY_MONTH_RE.fullmatch(plain.strip())):
        # a day and month without a year ('w/c 12/05'): the next such day from the meeting on
        day, month = int(bare[1]), int(bare[2])
        if 1 <= month <= 12 and 1 <= day <= 31:
            try:
                when = dt.date(reference.year, month, day)
                when = when if when >= reference else dt.date(reference.year + 1, month, day)
                plain = when.isoformat()
            except ValueError:
                pass
    if reference is None:
        return plain
    first_year = _financial_year_of(reference)

    def quarter(match: re.Match[str]) -> str:
        number = int(match[1])
        end_month = {1: 6, 2: 9, 3: 12, 4: 3}[number]
        end = dt.date(first_year + (number == 4), end_month, 28)
        year = first_year + (end < reference.replace(day=1))
        return f"Q{number} {year}/{(year + 1) % 100:02d}"

    plain = BARE_QUARTER_RE.sub(quarter, plain)

    def year_end(match: re.Match[str]) -> str:
        if match["fy"] or match["fy2"]:
            return f"March {first_year + 1}"
        return f"December {reference.year}"

    return YEAR_END_RE.sub(year_end, plain)


def only_a_start(text: str, reference: dt.date | None) -> bool:
    """Every date the cell gives follows 'from' or 'since': '... and launch across Kent from
    September 2024' says when the work starts, not when it ends."""
    plain = date_cell_text(text, reference)
    if not FROM_DATE_RE.search(plain):
        return False
    return parse_date(FROM_DATE_RE.sub(" ", plain), reference=reference).date is None


def _range(plain: str) -> re.Match[str] | None:
    """The cell's date range, where only hedging words ('Tbc provisional') come before it."""
    span = RANGE_RE.search(plain)
    return span if span and HEDGE_RE.fullmatch(plain[: span.start()]) else None


def _ends_after(start: DateValue, end: DateValue) -> bool:
    return start.date is not None and end.date is not None and end.date > start.date


def deadline(text: str, reference: dt.date | None) -> DateValue:
    """A deadline cell's date: 'Mar-25' and 'March ‘25' are March 2025; a range ('2024-2029',
    '2025 to 2026', 'April - June 2024', 'Jan 25-October 25 (provisional)') ends at its end."""
    plain = date_cell_text(text, reference)
    span = _range(plain)
    if span:
        start, end = parse_date(span["start"], reference=reference), parse_date(span["end"], reference=reference)
        if _ends_after(start, end):
            return DateValue(raw=text, date=end.date, precision=end.precision)
    found = parse_date(plain, reference=reference)
    bare = re.fullmatch(r"([A-Z][a-z]{2,8})\.?\s+(\d{2})", plain.strip())
    if found.date is None and bare and bare[1][:3].lower() in MONTH_ABBREVIATIONS:
        found = parse_date(f"{bare[1]} 20{bare[2]}")  # no year to put a day in: 'March 26' is March 2026
    span = YEARS_RE.match(plain.strip()) or DATE_RANGE_RE.match(plain.strip())
    if span and found.date is not None:
        end = parse_date(span["end"], reference=reference)
        if _ends_after(found, end) and parse_date(span["start"], reference=reference).date:
            return DateValue(raw=text, date=end.date, precision=end.precision)
    return DateValue(raw=text, date=found.date, precision=found.precision)


@dataclass
class PlanParticulars:
    """A plan row's dates, status and lead as read from its cells or labelled lines."""

    start: DateValue
    end: DateValue
    status: str | None
    rag: str | None
    named_lead: str | None
    lead_org: str | None
    start_from_end: bool = False  # the start was read from a range in the deadline


def plan_particulars(
    end_text: str | None,
    start_text: str | None,
    reference: dt.date | None,
    *,
    status_text: str = "",
    lead_text: str = "",
    lead_is_body: bool = False,
    deadline_reference: dt.date | None = None,
    start_from_end: bool = True,
) -> PlanParticulars:
    """The particulars every action-plan reader shares: the deadline (``deadline_reference``, else
    ``reference``, resolves it; 'From May 2011' or 'Starting March 2022' is a start and no end), the
    start (a month is its first day; without one, the start of a range in the deadline when
    ``start_from_end``), the status and RAG in one vocabulary, and the lead split into a person or post
    and a body (``lead_is_body``: the label names a body, so only a clear person stays ``named_lead``)."""
    end = deadline(end_text or "", deadline_reference or reference)
    if end_text and (STARTING_RE.search(end_text) or only_a_start(end_text, reference)):
        end = DateValue(raw=end_text)
    start = first_day(parse_date(start_text or "", reference=reference), start_text or "")
    from_end = False
    if start.date is None and end_text and start_from_end:
        start = start_in_deadline(end_text, reference)
        from_end = start.date is not None
    status, rag = normalise_status(status_text)
    named_lead, lead_org = split_owner(lead_text)
    if named_lead and lead_is_body and not _clear_person(named_lead):
        named_lead, lead_org = None, lead_org or named_lead
    return PlanParticulars(start, end, status, rag, named_lead, lead_org, from_end)


# 'April - June 2024', '2025 to 2026' ('12-03-2024' is one date; '2024-2029' see deadline)
DATE_RANGE_RE = re.compile(r"^(?P<start>.+?)(?:\s+[-–—]\s*|\s*[-–—]\s+|\s+(?:to|until)\s+)(?P<end>.+)$")


def first_day(found: DateValue, text: str) -> DateValue:
    """A start date read as the first day of the period it names: 'April 2024' is 1 April,
    'Q2 2024/25' 1 July 2024, '2024/25' 1 April 2024, '2025' 1 January."""
    if found.date is None:
        return found
    date = found.date
    if found.precision == "month":
        date = date.replace(day=1)
    elif found.precision == "quarter":
        date = date.replace(month=date.month - 2, day=1)
    elif found.precision == "year":
        financial = re.search(rf"\b{date.year - 1}\s*/\s*(?:{date.year}|{date.year % 100:02d})\b", text)
        date = dt.date(date.year - 1, 4, 1) if financial else date.replace(month=1, day=1)
    return DateValue(raw=found.raw, date=date, precision=found.precision)


def start_in_deadline(text: str, reference: dt.date | None) -> DateValue:
    """When a deadline cell says the work starts: a range's start ('2024-2029', 'June 24- Nov 24'),
    'Commenced October 2024', 'From May 2011', '2027 onwards', 'Sep 2024 - ongoing'; the first day
    of the month, quarter or year it names."""
    plain = date_cell_text(text, reference)
    mark = START_MARK_RE.search(plain)
    span = _range(plain)
    if mark:
        # 'Commenced Oct 24': a month and two digits after a start word are a month and its year
        after = re.sub(
            rf"^({MONTH_WORD})\.?\s+(\d{{2}})\b(?![/.:]?\d|,?\s+\d{{4}})", r"\1 20\2", plain[mark.end() :], flags=re.I
        )
        found = parse_date(after, reference=reference)
        if found.date is None:
            return DateValue(raw=text)
        return first_day(found, after)
    if ONWARDS_RE.search(plain):  # '2027 onwards', 'Sep 2024 - ongoing'
        return first_day(parse_date(plain, reference=reference), plain)
    if span and _ends_after(start := parse_date(span["start"], reference=reference), deadline(text, reference)):
        return first_day(start, span["start"])
    return DateValue(raw=text)


MONTH_ABBREVIATIONS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}
# 'to be completed before Christmas', 'will attend the webinar on 20th September', 'by 31 March 2024'
DEADLINE_RE = re.compile(
    r"\b(?:by|before|on|no later than|not later than|in time for|until)\s+(?:the\s+)?"
    r"(?P<when>(?:end of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]+\.?(?:\s+\d{4})?"
    r"|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?(?!\d)(?:,?\s+\d{4})?|[A-Z][a-z]+\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4}"
    r"|Christmas))"
)
# 'to the Board in June 2025', 'by end of Q2', 'during Q3 2025/26': a month of a year or a quarter
PERIOD_DEADLINE_RE = re.compile(
    r"\b(?:[Ii]n|[Dd]uring|[Bb]y|[Bb]efore)\s+(?:the\s+)?(?:(?:end|close)\s+of\s+)?"
    r"(?P<when>(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}"
    r"|Q[1-4](?:\s+(?:of\s+)?(?:19|20)\d\d(?:\s*/\s*\d\d(?:\d\d)?)?)?)\b"
    # not a period naming what follows ('in May 2014 figures'): the clause ends, or goes on with a link word
    r"(?!\s+(?!(?:on|and|to|for|with|at|if|or|when|once|following|after|so|as|via|including)\b)[a-z])"
)


# 'In August, collate ...', 'by March': a month with no day or year, the next such month's end.
MONTH_DEADLINE_RE = re.compile(
    r"\b(?:[Ii]n|[Dd]uring|[Bb]y|[Bb]efore|[Uu]ntil)\s+(?:(?:early|mid|late|the end of|end of)[\s-]+)?"
    r"(?P<when>January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"(?![\s,]*\d)"
)


def deadline_in_text(text: str, reference: dt.date | None) -> tuple[str | None, DateValue]:
    """A date the action's own words set ('... completed before Christmas', 'on 20th September',
    'In August, ...'), for tables with no date column. Christmas is 25 December, on or after
    ``reference``; a month alone is the end of the next such month."""
    matches = sorted(
        [*DEADLINE_RE.finditer(text), *MONTH_DEADLINE_RE.finditer(text), *PERIOD_DEADLINE_RE.finditer(text)],
        key=lambda m: m.start(),
    )
    for match in matches:
        when = match["when"]
        if match.re is PERIOD_DEADLINE_RE:
            period = deadline(when, reference)
            if period.date is not None:
                return match[0], DateValue(raw=match[0], date=period.date, precision=period.precision)
            continue
        if when.lower() == "christmas":
            if reference is None:
                continue
            year = reference.year + (reference > dt.date(reference.year, 12, 25))
            return match[0], DateValue(raw=match[0], date=dt.date(year, 12, 25), precision="day")
        found = parse_date(when, reference=reference)
        if found.date is not None:
            return match[0], DateValue(raw=match[0], date=found.date, precision=found.precision)
    return None, DateValue(raw="")


def resolve_initials(lead: str, initials: dict[str, str]) -> str:
    """'AS' -> 'Alan Smith' when the document defines every set of initials: its members list does, or
    it names one person in full with them."""
    parts = [part for part in re.split(r"\s*(?:/|,|&|\band\b)\s*", lead.strip()) if part]
    if parts and all(part in initials for part in parts):
        return ", ".join(initials[part] for part in parts)
    return lead


BULLET_RE = re.compile(r"(?:^|\s+)[•●▪◦]\s+")
OWNER_TOKEN_RE = re.compile(r"[A-Z]{2,4}(?:/[A-Z]{2,4})*")


def split_cell_actions(values: dict[str, str], method: str) -> list[tuple[dict[str, str], str]]:
    """A ruled row holding several actions, one record each: bulleted actions (with nothing before
    the first bullet but a label ending in a colon, 'Playground :'), or actions whose
    subjects are, in order, the owners listed in the lead cell ('NO to ... AS to ... NO to ...'
    owned by 'NO AS NO'). A status cell with one word per action ('Completed Completed
    outstanding') is shared out likewise."""
    action = values["action"]
    lead_field = "named_lead" if values.get("named_lead") else "lead_org"
    owners = (values.get(lead_field) or "").split()
    pieces = [piece.strip() for piece in BULLET_RE.split(action) if piece.strip()]
    lead_in = BULLET_RE.split(action, maxsplit=1)[0].strip()
    if lead_in and not lead_in.endswith(":"):
        pieces = []  # 'Family Hubs Workforce Development • Trauma Informed ... • MECC ...': one action, its parts
    elif lead_in and len(pieces) > 2:
        pieces = [f"{lead_in} {pieces[1]}", *pieces[2:]]  # the label goes with the first action
    if len(pieces) < 2:
        pieces = []
        if len(owners) >= 2 and all(OWNER_TOKEN_RE.fullmatch(owner) for owner in owners):
            starts, position = [], 0
            for owner in owners:
                match = re.compile(rf"\b{re.escape(owner)}\s+(?:to|will)\b").search(action, position)
                if match is None:
                    break
                starts.append(match.start())
                position = match.end()
            if len(starts) == len(owners) and starts[0] == 0:
                pieces = [action[a:b].strip() for a, b in zip(starts, [*starts[1:], len(action)], strict=True)]
    if len(pieces) < 2:
        return [(values, method)]
    status_field = "status" if values.get("status") else "progress"
    statuses = (values.get(status_field) or "").split()
    split: list[tuple[dict[str, str], str]] = []
    for index, piece in enumerate(pieces):
        piece_values = dict(values, action=piece)
        if owners:
            named = [owner for owner in owners if re.match(rf"{re.escape(owner)}\s*(?:to|will)\b", piece)]
            owner = owners[index] if len(owners) == len(pieces) else (named[0] if named else "")
            piece_values[lead_field] = owner
        if len(statuses) == len(pieces):
            piece_values[status_field] = statuses[index]
        split.append((piece_values, method + "+split-cell"))
    return split


# An owner cell naming a body, not a person, role or team: a council, an agency, a force, a company.
OWNER_BODY_RE = re.compile(
    r"\b(?:council|agency|department|ministry|authority|trust|partnership|board|committee|commission|police|"
    r"constabulary|fire and rescue|icb|ccg|ltd|limited|plc|association|society|charity|foundation|college|"
    r"university|nhs|hmrc|dwp|dft|ons|government|office|treasury|directorate|registry)\b",
    re.I,
)
# A post: the word that makes 'Head of Housing', 'Early years lead', 'Planning Policy Manager' a job.
POST_RE = re.compile(
    r"\b(?:head|director|manager|officer|lead|leads|chief|executive|clerk|chair|chairman|chairwoman|chairperson|"
    r"co-?ordinator|adviser|advisor|consultant|commissioner|administrator|secretary|treasurer|councillor|"
    r"cabinet member|portfolio holder|specialist|analyst|assistant|deputy|principal|supervisor|controller|"
    r"engineer|planner|worker|rfo)\b",
    re.I,
)
OWNER_LABEL_RE = re.compile(
    r"^(?:lead(?:\s+(?:officer|member|person))?|owner|action\s+owner|responsible(?:\s+officer)?|officer|"
    r"action\s+by|by)\s*:\s*",
    re.I,
)
MAX_OWNER_CHARS = 160  # longer cells are prose, not a post and a body
MAX_OWNER_CELL = 1000  # longer cells are not read for a lead at all (the searches below are linear, but many)
OTHER_LABEL_RE = re.compile(r"\s*;\s*|\s+(?=(?:support(?:ing)?|partners?|with|deputy|contact)\s*:)", re.I)
TITLE = r"(?:(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Sir|Dame|Rev)\.?\s+)"
NAME_WORD = r"(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*"
# 'Jane Smith', 'Cllr J. Smith', "David O'Neill": a person (whose next words may be a post or a body)
PERSON_RE = re.compile(rf"{TITLE}?(?P<given>[A-Z][a-z]+|[A-Z]\.?)(?:\s+[A-Z]\.?)?(?:\s+{NAME_WORD}){{1,2}}")
OWNER_SEPARATOR_RE = re.compile(r"\s*,\s+|\s+[-–—]\s+")
# 'All', 'All partners', 'All members': everyone, no one lead
EVERYONE_RE = re.compile(
    r"all(?:\s+(?:members|councillors|partners|agencies|officers|staff|services|directorates|present|"
    r"organisations|parties|trustees|governors))?|everyone|everybody",
    re.I,
)


def _given_names() -> frozenset[str]:
    path = Path(__file__).resolve().parent / "data" / "given_names.txt"
    lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
    return frozenset(name for line in lines if not line.startswith("#") for name in line.split())


GIVEN_NAMES = _given_names()


def _is_body(text: str) -> bool:
    if re.search(r"\bService$", text) and not POST_RE.search(text):
        return True  # 'Probation Service', 'Kent Fire and Rescue Service' ('Head of Service' is a post)
    return bool(OWNER_BODY_RE.search(text)) and not re.fullmatch(r"[A-Z]{2,4}[a-z]?", text)


def _is_person(text: str, *, strict: bool = False) -> bool:
    """'Jane Smith', 'Cllr Tom Brown': a name, no post, team or body word in it. ``strict``: the
    name runs on into other words, so its first word must be a known given name (or a title lead it)."""
    match = PERSON_RE.fullmatch(text)
    if not match or POST_RE.search(text) or _is_body(text):
        return False
    return not strict or match["given"] in GIVEN_NAMES or bool(re.match(TITLE, text))


def _is_post(text: str) -> bool:
    return bool(POST_RE.search(text)) and not _is_body(text)


def _clear_person(text: str) -> bool:
    """A name no one would take for a body: 'Jane Smith' (a known given name), 'J Smith', 'Dr Ward'."""
    match = PERSON_RE.fullmatch(text)
    return (
        _is_person(text)
        and match is not None
        and (match["given"] in GIVEN_NAMES or len(match["given"].rstrip(".")) == 1 or bool(re.match(TITLE, text)))
    )


ACRONYM_RE = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z&]{1,7}")  # 'DfE', 'HMT', 'MoJ', 'KCC'
# a post's initials after a name: 'CEO', 'ACFO' (assistant chief fire officer), 'DPH', 'ACC', 'SIRO'
POST_ACRONYM_RE = re.compile(r"(?:[AD]|Dep|Asst)?C[EFIMNOPT]O|[AD]CC|D?DPH|DASS|DCS|MD|S?I?RO|RFO|DoF|DoN|S151O?")


def _named_body(text: str) -> bool:
    """Beside a person's name, the name of their body: a body word ('Kent Police'), an acronym
    ('DfE'), or a capitalised name that is no one's and no post ('HM Treasury', 'Historic England')."""
    if POST_RE.search(text) or _clear_person(text):
        return False
    if _is_body(text) or ACRONYM_RE.fullmatch(text):
        return True
    words = text.split()
    return 2 <= len(words) <= 5 and all(word[0].isupper() for word in words if len(word) > 3) and words[0][0].isupper()


SUPPORT_LABEL_RE = re.compile(r"(?:^|[;,]\s*|\s)(?:support(?:ed by|ing)?|partners?)\s*:\s*(?P<who>[^;]+)", re.I)


def owner_support(text: str) -> str | None:
    """'Lead: Home Office; Support: Ministry of Justice' -> 'Ministry of Justice'."""
    text = " ".join(text.split())
    if not OWNER_LABEL_RE.match(text):
        return None
    match = SUPPORT_LABEL_RE.search(text)
    return match["who"].strip(" .;,") or None if match else None


def is_everyone(text: str) -> bool:
    return bool(EVERYONE_RE.fullmatch(text.strip(" .")))


def split_owner(text: str) -> tuple[str | None, str | None]:
    """An owner cell as (lead, body): 'Environment Agency' is a body; 'Jane Smith (Kent Police)',
    'Head of Planning, Anytown District Council' and 'Early years lead The Education People' a
    person or post and their body; a person's post after the name ('Jane Smith (Head of Housing)',
    'Jane Smith' over 'Head of Housing') is dropped; people, posts, teams and initials otherwise
    stay the lead as printed ('Head of Service, Children's Services', 'People Strategy Team', 'LC/NS')."""
    text = " ".join(text.split())
    if len(text) > MAX_OWNER_CELL:
        return text, None  # a page of text in the owner column: prose, not a post or a body to split off
    labelled = OWNER_LABEL_RE.match(text)
    if labelled:  # 'Lead: Director of Public Health; Support: District Councils'
        text = OTHER_LABEL_RE.split(text[labelled.end() :], maxsplit=1)[0].strip(" ;,")
    acronym = re.search(r"\s*\(([A-Z]{2,6})\)$", text)
    if acronym and "".join(re.findall(r"\b[A-Z]", text[: acronym.start()])) == acronym[1]:
        text = text[: acronym.start()]  # 'Kent County Council (KCC)': the full name
    if not text:
        return None, None
    bracket = re.fullmatch(r"(?P<who>[^()]+?)\s*\((?P<what>[^()]+)\)", text)
    if bracket:
        who, what = bracket["who"].strip(), bracket["what"].strip()
        if _is_person(who) and POST_ACRONYM_RE.fullmatch(what):
            return who, None
        if (not _is_body(who) and _is_body(what)) or (_clear_person(who) and _named_body(what)):
            return who, what
        if _is_person(who) and _is_post(what):
            return who, None
    parts = OWNER_SEPARATOR_RE.split(text, maxsplit=1)
    if len(parts) == 2 and "," not in parts[1]:
        who, what = parts
        if not _is_body(who) and _is_body(what) and (_is_person(who) or _is_post(who)):
            return who, what
        if _is_person(who) and _is_post(what):
            return who, None
        if _clear_person(who) and _named_body(what):  # 'Tom Baker, HM Treasury'
            return who, what
        if _clear_person(what) and _named_body(who):  # 'DfE - J Smith': the body first
            return what, who
    # no mark between them: a person or post runs on into the post or the body
    person = PERSON_RE.match(text)
    if person:
        words = text[: person.end()].split()
        for size in range(2, len(words) + 1):  # the shortest name that leaves a post or a body
            cut = " ".join(words[:size])
            rest = text[len(cut) :].strip()
            if rest and _is_person(cut, strict=True) and (POST_RE.search(rest) or _is_body(rest)):
                return cut, (None if POST_RE.search(rest) else rest)
    for match in POST_RE.finditer(
        text if len(text) <= MAX_OWNER_CHARS else ""
    ):  # 'Early years lead The Education People'
        post, body = text[: match.end()], text[match.end() :].strip()
        body_like = _is_body(body) or re.match(r"The\s+[A-Z]\w*\s+[A-Z]", body)
        if body[:1].isupper() and body_like and not POST_RE.search(body) and not _is_body(post):
            return post, body
    if _is_body(text) and not POST_RE.search(text):
        return None, text
    if re.fullmatch(r"The(?:\s+[A-Z][\w'’&-]*){2,5}", text) and not POST_RE.search(text):
        return None, text  # 'The Education People': a body by its name
    return text, None


SECTION_WORDS = 10


HEADING_WORDS = 30


def _section_rows(rows: list[list[str]], fields: dict[int, str], spanning: set[int] = frozenset()) -> set[int]:
    """Rows that head a section of the table: a cell spanning the table (``spanning``) that reads
    as a heading, not an introduction (thirty words at most, not ending in a full stop or a colon),
    or, where the grid is not known, one short cell at the left in a table whose rows otherwise
    fill several cells ('Priority 2: Workforce'). The heading is the theme of the rows below it."""
    if "theme" in fields.values():
        return set()
    headings = {
        index
        for index in spanning
        if index < len(rows)
        and len(rows[index][0].split()) <= HEADING_WORDS
        and not re.search(r"[.:;]-?$", rows[index][0])
        and re.search(r"[A-Za-z]{3}", rows[index][0])
    }
    return headings | _lone_heading_rows(rows, fields) | _numbered_heading_rows(rows, fields)


def _numbered_heading_rows(rows: list[list[str]], fields: dict[int, str]) -> set[int]:
    """Rows numbered '1' that hold only a title, over rows numbered '1.1', '1.2' that fill the
    other columns: the headings of numbered sections."""
    number = next((index for index, field in fields.items() if field == "action_no"), None)
    if number is None:
        return set()
    found = set()
    for index, row in enumerate(rows[:-1]):
        own = re.fullmatch(r"(\d{1,2})\.?", row[number].strip()) if number < len(row) else None
        filled = {column for column, cell in enumerate(row) if cell}
        below = rows[index + 1]
        if (
            own
            and len(filled) == 2
            and number in filled
            and number < len(below)
            and below[number].strip().startswith(f"{own[1]}.")
            and len([cell for cell in below if cell]) > 2
        ):
            found.add(index)
    return found


def _lone_heading_rows(rows: list[list[str]], fields: dict[int, str]) -> set[int]:
    if len(rows) < 3:
        return set()
    filled = [[index for index, cell in enumerate(row) if cell] for row in rows]
    lone = {
        index
        for index, cells in enumerate(filled)
        if cells == [0]
        and len(rows[index][0].split()) <= SECTION_WORDS
        and not rows[index][0].endswith(".")
        and re.search(r"[A-Za-z]{3}", rows[index][0])
    }
    if fields.get(0) == "action":  # in the action column, an action without an owner is no heading
        lone = {index for index in lone if _title_case(rows[index][0])}
    full = sum(len(cells) >= 2 for cells in filled)
    return lone if lone and full >= max(2, 2 * len(lone) / 3) and full >= 0.5 * len(rows) else set()


def _title_case(text: str) -> bool:
    """Every word of four letters or more capitalised ('Health and Wellbeing', 'PRIORITY 2')."""
    return all(word[0].isupper() or not word[0].isalpha() for word in text.split() if len(word) >= 4)


def _continues_plan(tables: list[Table], index: int) -> bool:
    """The table before this one is an action plan with the same named columns, ending on this
    table's page or the one before (a plan set as one table per page or slide)."""
    if index == 0:
        return False
    before, table = tables[index - 1], tables[index]
    names = [normalise_header(cell) for cell in table.header if cell]
    return (
        before.kind == "action_plan"
        and bool(names)
        and names == [normalise_header(cell) for cell in before.header if cell]
        and 0 <= table.page_start - before.page_end <= 1
    )


# the column saying when a row's action was raised: 'Meeting', 'Meeting date', 'Date added', 'Date raised'
RAISED_RE = re.compile(
    r"\b(?:meeting|date\s+(?:added|raised|logged|opened|agreed|created|of\s+meeting)|raised|added|logged|created)\b",
    re.I,
)
MAX_RAISED_WORDS = 12


def _raised_on(theme: str | None, extra: dict[str, str], reference: dt.date | None) -> dt.date | None:
    """When the row's action was raised, where the log says: a 'Meeting' or 'Date added' column, or
    a month heading over the rows ('May 2024', 'Actions from the meeting on 26 June 2024'); never
    after the meeting. A month or a day without a year in the row's deadline is the next such one
    from then: in a tracker compiled in July, an action raised in May 'by June' was due in June."""
    texts = [text for name, text in extra.items() if text and RAISED_RE.search(name)]
    texts += [theme] if theme else []
    for text in texts:
        if len(text.split()) > MAX_RAISED_WORDS:
            continue
        found = parse_date(text)
        if found.date is None or found.precision not in ("day", "month"):
            continue
        date = found.date.replace(day=1) if found.precision == "month" else found.date
        if reference is None or date <= reference:
            return date
    return None


# 'Write to the county council  Owner: JS  Due: 30/06/25': the owner and the deadline set under
# (or after) the action in its own cell, in a log with no columns for them
PARTICULAR_LABEL_RE = re.compile(
    r"(?<![\w-])(?:(?P<owner>Owner|Lead(?: [Oo]fficer)?|Responsible(?: [Oo]fficer)?|Officer|Action by|By whom|Who)"
    r"|(?P<due>Due(?: [Dd]ate| by)?|Deadline|Target(?: [Dd]ate)?|By when|When|Timescale))\s*:\s*"
)
MAX_PARTICULAR_WORDS = 6


def labelled_particulars(action: str) -> tuple[str, str | None, str | None]:
    """(the action, its owner, its deadline) where the action's cell ends in labelled particulars
    ('... Owner: JS Due: 30/06/25', '... Lead: Director of Finance'); else (action, None, None)."""
    labels = list(PARTICULAR_LABEL_RE.finditer(action))
    if not labels or len(labels) > 2 or len(action[: labels[0].start()].split()) < 2:
        return action, None, None
    owner = due = None
    for index, label in enumerate(labels):
        end = labels[index + 1].start() if index + 1 < len(labels) else len(action)
        value = action[label.end() : end].strip(" ;,.-–")
        if not value or len(value.split()) > MAX_PARTICULAR_WORDS:
            return action, None, None
        if label["owner"] and owner is None and not re.search(r"\d", value):
            owner = value
        elif label["due"] and due is None and deadline(value, dt.date.today()).date is not None:
            due = value  # a date ('Target: 95% of calls answered' is a measure, not a deadline)
        else:
            return action, None, None
    return action[: labels[0].start()].strip(" ;,-–"), owner, due


@lru_cache(maxsize=1)
def known_body_acronyms() -> frozenset[str]:
    """The acronyms of named bodies in data/organisations.txt ('DWP', 'HMRC', 'DfE'): alone in an
    owner cell, a body (not a person's initials, unless the document's members list says so)."""
    return frozenset(
        name
        for group in organisation_groups()
        for name in group
        if re.fullmatch(r"[A-Z][A-Za-z]{1,5}", name) and sum(ch.isupper() for ch in name) >= 2
    )


LISTED_FIELDS = ("named_lead", "lead_org", "start_date", "end_date", "status", "rag", "progress")


def action_plan_rows(
    tables: list[Table], document_id: str, reference_date=None, initials: dict[str, str] | None = None
) -> list[ActionPlanRow]:
    """One record per body row of each action-plan table. Columns are mapped by header
    (:data:`FIELD_SYNONYMS`); the rest are kept in ``extra``. Status words become one vocabulary
    (:func:`normalise_status`) with the wording kept in ``status_text``; dates keep their text
    ('Q3 2024/25', 'Ongoing' -> no date, 'From May 2011' -> a start, no deadline); with no date
    column, a deadline in the action's own words is used. Without a lead column, the action's
    subject ('Home Office team to ...') gives the lead; initials resolve through ``initials``."""
    rows: list[ActionPlanRow] = []
    carried: str | None = None  # the last section heading read, for a table going on from the one before
    for table_index, table in enumerate(tables):
        if table.kind != "action_plan":
            continue
        fields = table_fields(table.header, table.rows)
        numbered = "action_no" not in fields.values() and _numbered_actions(table.rows, fields)
        # a log printed as one box per section: the heading over the box is the theme
        theme = table.title if not table.header and "theme" not in fields.values() else None
        spanning = spanning_rows(table)
        sections = _section_rows(table.rows, fields, spanning)
        if theme is None and min(sections, default=1) > 0 and _continues_plan(tables, table_index):
            theme = carried  # the table goes on from the one before it, under that one's last heading
        listing = False
        for row_index, row in enumerate(table.rows):
            if row_index in sections:
                theme = " ".join(cell for cell in row if cell)
                carried = theme
                continue
            if row_index in spanning:
                continue  # a note or an introduction set across the table: not a row of the plan
            row_values: dict[str, str] = {}
            extra: dict[str, str] = {}
            for index, cell in enumerate(row):
                field = fields.get(index)
                if field:
                    row_values[field] = cell
                elif index < len(table.header) or (not table.header and cell):
                    extra[(table.header[index] if table.header else "") or f"column {index + 1}"] = cell
            row_method = "rule:action-plan-header"
            if row_values.get("theme"):
                theme = row_values["theme"]
            elif "theme" in fields.values() and theme:
                row_method += "+theme-filled-down"
            if not row_values.get("action"):
                continue
            number = LEADING_NUMBER_RE.match(row_values["action"]) if numbered else None
            if number:  # '1.2 Develop a training calendar': the action's number opens its cell
                row_values["action_no"], row_values["action"] = number[1], row_values["action"][number.end() :]
            action, owner, due = labelled_particulars(row_values["action"])
            if (owner and not row_values.get("named_lead") and not row_values.get("lead_org")) or (
                due and not row_values.get("end_date")
            ):
                row_values["action"] = action
                if owner and not row_values.get("named_lead") and not row_values.get("lead_org"):
                    row_values["named_lead"] = owner
                if due and not row_values.get("end_date"):
                    row_values["end_date"] = due
                row_method += "+particulars-from-action"
            # rows under an action ending 'Services involved include:' with no lead, date or status of
            # their own are the items of its list, not actions
            particulars = [row_values.get(name) for name in LISTED_FIELDS if name in fields.values()]
            if listing and particulars and not any(particulars):
                continue
            listing = row_values["action"].rstrip().endswith(":")
            for values, method in split_cell_actions(row_values, row_method):
                end_text = values.get("end_date") or None
                raised = _raised_on(theme, extra, reference_date)
                start_text = date_cell_text(values.get("start_date", ""), reference_date)
                read = plan_particulars(
                    end_text,
                    start_text,
                    reference_date,
                    status_text=values.get("status", ""),
                    lead_text=values.get("named_lead") or "",
                    deadline_reference=raised,
                    start_from_end="end_date" in fields.values(),
                )
                end, start, status, rag = read.end, read.start, read.status, read.rag
                if end_text is None and "end_date" not in fields.values():
                    end_text, end = deadline_in_text(values["action"], reference_date)
                    method += "+end-date-from-action" if end.date else ""
                method += "+start-date-from-deadline" if read.start_from_end else ""
                status = status or done_status(values.get("status", ""))
                if values.get("rag"):  # a RAG column: its rating, and its status where it has no Status beside it
                    rated_status, rated = normalise_status(values["rag"])
                    rag = rated or rag
                    status = status or (None if "status" in fields.values() else rated_status)
                if status is None and values.get("progress"):
                    status = normalise_status(values["progress"])[0]
                    method += "+status-from-progress" if status else ""
                if status is None and not {"status", "rag"} & set(fields.values()):
                    # no status column: a 'Status: in progress' label in the action or a comment
                    labelled = STATUS_LABEL_RE.search(f"{values['action']}\n{values.get('comment', '')}")
                    # or a date cell that opens with one ('Complete - 3/4/24', 'Done 12/3')
                    labelled = labelled or STATUS_FIRST_RE.match(values.get("end_date", ""))
                    status = normalise_status(labelled[1])[0] if labelled else None
                    method += "+status-from-label" if status else ""
                colours = table.status_colours or []
                if rag is None and row_index < len(colours) and colours[row_index]:
                    rag = colours[row_index]
                    method += "+rag-from-fill"
                named_lead, owner_org = read.named_lead, read.lead_org
                # 'DWP' alone in an owner column: the department (unless the members list makes it initials)
                body_acronym = named_lead in known_body_acronyms() and not (initials and named_lead in initials)
                if named_lead and not owner_org and body_acronym:
                    named_lead, owner_org = None, named_lead
                    method += "+owner-is-body-acronym"
                lead_org = values.get("lead_org") or owner_org
                supporting = values.get("supporting_orgs") or owner_support(
                    values.get("named_lead") or values.get("lead_org") or ""
                )
                if named_lead and is_everyone(named_lead):
                    extra["owner"] = named_lead  # everyone: no one lead
                    named_lead = None
                if not named_lead and not lead_org and not {"named_lead", "lead_org"} & set(fields.values()):
                    named_lead, lead_org = lead_from_subject(values["action"])
                    method += "+lead-from-action-subject" if (named_lead or lead_org) else ""
                subject = re.match(r"([A-Z]{2,4})\s*(?:to|will)\b", values["action"])
                if not named_lead and not lead_org and subject and initials and subject[1] in initials:
                    named_lead = subject[1]  # an empty owner cell, but the action names a member who acts
                    method += "+lead-from-action-subject"
                if named_lead and initials:
                    resolved = resolve_initials(named_lead, initials)
                    method += "+initials-resolved" if resolved != named_lead else ""
                    named_lead = resolved
                rows.append(
                    ActionPlanRow(
                        table=table_index,
                        row=row_index,
                        theme=theme,
                        action_no=values.get("action_no") or None,
                        action=values.get("action"),
                        outcome=values.get("outcome") or None,
                        named_lead=named_lead,
                        lead_org=lead_org,
                        supporting_orgs=supporting or None,
                        start_date=start.date,
                        end_date=end.date,
                        start_date_text=values.get("start_date") or None,
                        end_date_text=end_text,
                        start_date_precision=start.precision if start.date or values.get("start_date") else None,
                        end_date_precision=end.precision if end_text else None,
                        progress=values.get("progress") or None,
                        comment=values.get("comment") or None,
                        rag=rag,
                        status=status,
                        status_text=values.get("status") or values.get("rag") or None,
                        extra=extra,
                        provenance=Provenance(
                            document=document_id, page=table.page_start, page_end=table.page_end, method=method
                        ),
                    )
                )
    return rows
