"""Action-plan rows: action_plan_rows makes one ActionPlanRow per body row of an action-plan table
(section headings as themes, several actions in a cell split, particulars labelled in the action's
cell, raised dates), with plan_particulars, the dates, status and lead every plan reader shares.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..dates import UK_YEAR_END, YearEnd, parse_date
from ..models import ActionPlanRow, DateValue, Provenance, Table
from .cells import BULLET_RE, SECTION_WORDS, merged_down, spanning_rows
from .headers import (
    LEADING_NUMBER_RE,
    MILESTONE_RE,
    _field_column,
    _numbered_actions,
    names_actions,
    normalise_header,
    table_fields,
)
from .owner_date_cells import (
    STARTING_RE,
    _clear_person,
    cell_date,
    date_cell_text,
    deadline,
    deadline_in_text,
    first_day,
    is_everyone,
    lead_column_of_bodies,
    lead_from_subject,
    names_bodies,
    only_a_start,
    owner_and_deadline,
    owner_support,
    resolve_initials,
    split_owner,
    start_in_deadline,
    unclear_lead_is_body,
)
from .status import BRAG_BLUE, STATUS_FIRST_RE, STATUS_LABEL_RE, done_status, normalise_status


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


# a deadline cell naming the next meeting: 'Next meeting', 'By the next Board meeting', 'For next meeting'
NEXT_MEETING_CELL_RE = re.compile(r"(?:(?:by|at|for|to)\s+)?(?:the\s+)?next\s+(?:[A-Za-z]+\s+){0,2}?meeting\b", re.I)


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
    next_meeting: dt.date | None = None,
    year_end: YearEnd = UK_YEAR_END,
) -> PlanParticulars:
    """The particulars every action-plan reader shares: the deadline (``deadline_reference``, else
    ``reference``, resolves it; 'From May 2011' or 'Starting March 2022' is a start and no end), the
    start (a month is its first day; without one, the start of a range in the deadline when
    ``start_from_end``), the status and RAG in one vocabulary, and the lead split into a person or post
    and a body (``lead_is_body``: the label names a body, so only a clear person stays ``named_lead``); a
    deadline of 'Next meeting' is ``next_meeting``, the date the document prints for it; financial years and
    quarters end in ``year_end``, the document's (stop 35)."""
    end = deadline(end_text or "", deadline_reference or reference, year_end=year_end)
    if end.date is None and next_meeting and end_text and NEXT_MEETING_CELL_RE.match(end_text.strip()):
        end = DateValue(raw=end_text, date=next_meeting, precision="day")
    if end_text and (STARTING_RE.search(end_text) or only_a_start(end_text, reference, year_end=year_end)):
        end = DateValue(raw=end_text)
    start = first_day(cell_date(start_text or "", reference, year_end=year_end), start_text or "", year_end=year_end)
    from_end = False
    if start.date is None and end_text and start_from_end:
        start = start_in_deadline(end_text, reference, year_end=year_end)
        from_end = start.date is not None
    status, rag = normalise_status(status_text)
    named_lead, lead_org = split_owner(lead_text)
    if named_lead and lead_is_body and not _clear_person(named_lead):
        named_lead, lead_org = None, lead_org or named_lead
    return PlanParticulars(start, end, status, rag, named_lead, lead_org, from_end)


OWNER_TOKEN_RE = re.compile(r"[A-Z]{2,4}(?:/[A-Z]{2,4})*")
OWNER_WORDS = 8  # the most words of an owner named before 'to' ('Chair of the Finance and Audit Committee')
# (also right after capitals: a scan's "NOwill speak to ...", initials run into the verb, as stop 34's reading took it)
OWNER_VERB_RE = re.compile(r"(?:\b|(?<=[A-Z]))(?:to|will)\b")
PHRASE_WORD_RE = re.compile(r"[\w'&]+")


def _phrases(cell: str) -> set[str]:
    """Every run of up to OWNER_WORDS words of a lead cell, lowered: what an action's subject is looked up in (a set,
    so a cell of thousands of words costs a pass, not a match per action)."""
    words = [word.lower() for word in PHRASE_WORD_RE.findall(cell)]
    return {" ".join(words[a:b]) for a in range(len(words)) for b in range(a + 1, min(a + OWNER_WORDS, len(words)) + 1)}


def _owner_named(piece: str, phrases: set[str]) -> str:
    """The owner an action's own words name ('Harbour Master to renew ...', 'Clerk to the Authority will report ...'):
    the longest run of words before a 'to' or 'will' that the lead cell prints; '' when none."""
    named = ""
    for verb in OWNER_VERB_RE.finditer(piece):
        subject = piece[: verb.start()].strip()
        words = PHRASE_WORD_RE.findall(subject)
        if not words or len(words) > OWNER_WORDS:
            break
        if " ".join(words).lower() in phrases:
            named = subject
    return named


def split_cell_actions(values: dict[str, str], method: str) -> list[tuple[dict[str, str], str]]:
    """A ruled row holding several actions, one record each: bulleted actions (with nothing before
    the first bullet but a label ending in a colon, 'Playground :'), or actions whose
    subjects are, in order, the owners listed in the lead cell ('NO to ... AS to ... NO to ...'
    owned by 'NO AS NO'). A status cell with one word per action ('Completed Completed
    outstanding') is shared out likewise."""
    values = _dashes_as_bullets(values)
    action = values["action"]
    lead_field = "named_lead" if values.get("named_lead") else "lead_org"
    owners = (values.get(lead_field) or "").split()
    listed_owners = _bullets(values.get(lead_field) or "")  # '• Margaret Lowe • Clerk': one owner a bullet
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
    lead_phrases = _phrases(values.get(lead_field) or "")
    named_owners = [_owner_named(piece, lead_phrases) for piece in pieces] if owners else []
    # one lead no action names ('Carers Lead' beside two bullets): every action's, whole; initials ('NO AS NO') or
    # owners some actions name ('Harbour Master to ...') are shared out one an action
    shared_lead = not any(named_owners) and not (
        len(owners) == len(pieces) and all(OWNER_TOKEN_RE.fullmatch(owner) for owner in owners)
    )
    status_field = "status" if values.get("status") else "progress"
    statuses = (values.get(status_field) or "").split()
    if not all(normalise_status(word)[0] for word in statuses):
        statuses = []  # one status of several words ('On track', 'In progress'): every action's
    # a bullet of dates beside the bullets of actions ('• Ongoing • December 2025'): each action its own
    dated = {field: _bullets(values.get(field) or "") for field in ("start_date", "end_date")}
    split: list[tuple[dict[str, str], str]] = []
    for index, piece in enumerate(pieces):
        piece_values = dict(values, action=piece)
        piece_values |= {field: cells[index] for field, cells in dated.items() if len(cells) == len(pieces)}
        if len(listed_owners) == len(pieces):
            piece_values[lead_field] = listed_owners[index]
        elif owners and not shared_lead:
            named = named_owners[index]
            piece_values[lead_field] = named or (owners[index] if len(owners) == len(pieces) else "")
        if len(statuses) == len(pieces):
            piece_values[status_field] = statuses[index]
        split.append((piece_values, method + "+split-cell"))
    return split


# where a milestone's words end and its date begins ('Funding bid submitted – November 2025', '...: Q3 2025')
MILESTONE_DATE_RE = re.compile(r"\s[–—-]\s|:\s")
ONGOING_CELL_RE = re.compile(r"on-?going|continuous", re.I)


def milestone_rows(values: dict[str, str], method: str, cell: str) -> list[tuple[dict[str, str], str]]:
    """An action whose 'Milestones' cell lists dated bullets ('• Funding bid submitted – November 2025'):
    one record per milestone, its words the action and its date the deadline, the action's title kept as
    ``milestone_of`` (README stop 23: dated milestones are the rows, the commitment their theme). None when
    no bullet is dated."""
    split: list[tuple[dict[str, str], str]] = []
    for item in _bullets(cell):
        separators = list(MILESTONE_DATE_RE.finditer(item))
        words, when = (item[: separators[-1].start()], item[separators[-1].end() :]) if separators else (item, "")
        dated = bool(when) and (deadline(when, None).date is not None or bool(ONGOING_CELL_RE.fullmatch(when)))
        words, when = (words, when) if dated else (item, "")
        split.append((dict(values, action=words.strip(), end_date=when.strip(), milestone_of=values["action"]), dated))
    if not any(dated for _, dated in split):
        return []
    return [(piece, method + "+milestones-in-cell") for piece, _ in split]


def _milestone_of(parent: dict[str, str], values: dict[str, str], step: str) -> dict[str, str]:
    """A dated step in a 'Milestones' column, on the action's row or a row under it (the action, its number and lead
    merged down the rows of its steps): the step is the row's action, the action's particulars filled in."""
    carried = {name: parent[name] for name in ("action_no", "named_lead", "lead_org") if parent.get(name)}
    own = {name: value for name, value in values.items() if value}
    return carried | own | {"action": step, "milestone_of": parent["action"]}


# a hyphen set as each line's bullet ('- Log the noise ... - Present the data ...'), read in a cell opening with one
DASH_ITEM_RE = re.compile(r"(?:^|(?<!\s)\s++)-\s+")
DASHED_FIELDS = ("named_lead", "lead_org", "start_date", "end_date", "status", "progress")


def _dashed(text: str) -> list[str]:
    if not text.startswith("- "):
        return []
    return [piece.strip() for piece in DASH_ITEM_RE.split(text) if piece.strip()]


def _dashes_as_bullets(values: dict[str, str]) -> dict[str, str]:
    """Actions dashed one to a line are several only beside a lead, date or status cell dashed the same way (a
    hyphen may join two halves of one action); then each dashed cell reads as bullets."""
    actions = _dashed(values.get("action") or "")
    if len(actions) < 2 or not any(len(_dashed(values.get(name) or "")) == len(actions) for name in DASHED_FIELDS):
        return values
    dashed = {name: _dashed(text) for name, text in values.items() if name in ("action", *DASHED_FIELDS)}
    return values | {name: " ".join(f"\u2022 {item}" for item in items) for name, items in dashed.items() if items}


# an action numbered inside a cell ('1) Add a carer question ... 2) Train reception staff ...')
NUMBERED_ITEM_RE = re.compile(r"(?:^|(?<=\s))(\d{1,2})([.)])\s+(?=[A-Z])")


def _numbered_items_as_bullets(text: str) -> str:
    """A cell whose actions are numbered 1, 2, ... in turn, the first opening it, each item a capital's sentence,
    the marks alike ('1) ... 2) ...', '1. ... 2. ...'): read as bullets, one action each (as '• ... • ...'). Only in
    a plan with no reference column: where a reference numbers each row ('SR1' of a risk register), the numbers
    in its cell are the parts of that row's action, one row (round 40's risk register's further actions)."""
    marks = list(NUMBERED_ITEM_RE.finditer(text))
    if len(marks) < 2 or marks[0].start() != 0:
        return text
    run = [mark for mark in marks if mark[2] == marks[0][2]]
    if [int(mark[1]) for mark in run] != list(range(1, len(run) + 1)) or len(run) != len(marks):
        return text
    ends = [*(mark.start() for mark in run[1:]), len(text)]
    return " ".join(f"\u2022 {text[mark.end() : end].strip()}" for mark, end in zip(run, ends, strict=True))


def _bullets(text: str) -> list[str]:
    """A cell's bulleted items, when it opens with a bullet (else none)."""
    if not BULLET_RE.match(text):
        return []
    return [piece.strip() for piece in BULLET_RE.split(text) if piece.strip()]


HEADING_WORDS = 30
# a band naming a status group of a log ('Open actions', 'Closed actions (4)'; README stop 33): the status of the rows
# under it that print none of their own, not a theme
STATUS_SECTION_RE = re.compile(r"(?:open|closed|completed?|outstanding)\s+actions?(?:\s*\(\d{1,4}\))?", re.I)


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


# the row under a plan explaining its ratings ('Key: Green – on track; ...', 'RAG key | Green: on course | ...')
KEY_ROW_RE = re.compile(r"(?:(?:b?rag|status|colour|rating)\s+)?key(?:\s*:|\s*$)", re.I)


def _key_row(row: list[str]) -> bool:
    first = next((cell.strip() for cell in row if cell.strip()), "")
    return bool(KEY_ROW_RE.match(first))


def _status_section(row: list[str], heading: bool) -> bool:
    """A row heading a status group of a log: one cell set across the table (``heading``, or alone at its left)
    naming the group."""
    filled = [cell.strip() for cell in row if cell.strip()]
    if len(filled) != 1 or not STATUS_SECTION_RE.fullmatch(filled[0]):
        return False
    return heading or row[0].strip() == filled[0]


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


# the fields a cell merged down over rows gives each row it covers (the theme is filled down on its own)
MERGED_FIELDS = ("named_lead", "lead_org", "supporting_orgs", "start_date", "end_date", "status", "rag", "outcome")


def _merged_from_above(
    table: Table, row_index: int, fields: dict[int, str], merges: set[tuple[int, int]]
) -> dict[str, str]:
    """The fields of ``row_index`` whose cells the grid prints merged down from a row above (blank as printed):
    each the merged cell's text, read in the row it starts in."""
    filled: dict[str, str] = {}
    for column, name in fields.items():
        if name not in MERGED_FIELDS or (row_index, column) not in merges:
            continue
        if column < len(table.rows[row_index]) and table.rows[row_index][column].strip():
            continue
        origin = row_index - 1
        while origin > 0 and (origin, column) in merges:
            origin -= 1
        row = table.rows[origin] if origin >= 0 else []
        if column < len(row) and row[column].strip():
            filled[name] = row[column]
    return filled


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


LISTED_FIELDS = ("named_lead", "lead_org", "start_date", "end_date", "status", "rag", "progress")
# the provenance mark of a milestones table printed under a commitment block: plan_blocks reads its rows, each
# with the commitment's title and lead (corpus/gold/README.md, stop 23)
COMMITMENT_MILESTONES = "+commitment-milestones"


# a date written with numbers only ('09/01/2025'), read day first unless its table writes dates month first
NUMERIC_DATE_RE = re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})\b")


def month_first_cells(cells: Iterable[str]) -> bool:
    """Whether a table's date cells are written month first, as North American and some European pages print
    them: a cell's second number is above 12 ('12/31/2025') and no cell's first one is."""
    pairs = [(int(match[1]), int(match[2])) for cell in cells for match in NUMERIC_DATE_RE.finditer(cell)]
    return any(second > 12 >= first for first, second in pairs) and not any(first > 12 for first, _ in pairs)


def day_first(text: str | None) -> str | None:
    """A month-first table's date as the readers take it, day first ('09/01/2025' -> '01/09/2025')."""
    return NUMERIC_DATE_RE.sub(lambda match: f"{match[2]}/{match[1]}/{match[3]}", text) if text else text


def _month_first_table(table: Table, fields: dict[int, str]) -> bool:
    columns = [index for index, field in fields.items() if field in ("start_date", "end_date")]
    return month_first_cells(row[index] for row in table.rows for index in columns if index < len(row))


# the date in force (corpus/gold/README.md, stop 29): a column naming a later date than the deadline's ('Revised
# target date', 'New date', 'Amended due date', 'Rescheduled date', 'Extended deadline', 'Updated deadline', 'Target
# date' over 'Original | New'); not when the row was edited ('Date updated', 'Last updated')
REVISION_NAME_RE = re.compile(
    r"(?:new|rescheduled|extended|updated)"
    r" (?:(?:target|due|completion|end|delivery|implementation) )?(?:date|deadline|timescale|end|target)s?"
    r"|(?:\S.{0,40} )?(?:new|rescheduled|extended)"
)
# a name with 'Revised' or 'Amended' anywhere ('Revised end', 'Due date (revised)', 'Date amended to')
REVISED_NAME_RE = re.compile(r"\b(?:revised|amended)\b")
ORIGINAL_NAME_RE = re.compile(r"\boriginal\b", re.I)


def is_revision_name(name: str) -> bool:
    """A column (or label) naming the later date a deadline moved to."""
    name = normalise_header(name)
    return bool(REVISED_NAME_RE.search(name) or REVISION_NAME_RE.fullmatch(name))


def _has_date(cell: str | None, reference: dt.date | None, year_end: YearEnd = UK_YEAR_END) -> bool:
    return bool(cell) and deadline(cell or "", reference, year_end=year_end).date is not None


def _deadline_in_force(
    end_text: str | None, extra: dict[str, str], reference: dt.date | None, year_end: YearEnd = UK_YEAR_END
) -> str | None:
    """The deadline cell that holds: a later date printed in a revision column beside the deadline's, or, where the
    deadline's own column is the revision and is blank or '-', the original date beside it."""
    dated = {name: cell for name, cell in extra.items() if _has_date(cell, reference, year_end)}
    revised = next((cell for name, cell in dated.items() if is_revision_name(name)), None)
    if revised:
        return revised
    if _has_date(end_text, reference, year_end):
        return end_text
    original = next((cell for name, cell in dated.items() if ORIGINAL_NAME_RE.search(name)), None)
    return original or end_text


def _end_header(table: Table, fields: dict[int, str]) -> str:
    column = next((index for index, field in fields.items() if field == "end_date"), None)
    return (table.header[column] if column is not None and column < len(table.header) else "") or "end_date"


def action_plan_rows(
    tables: list[Table],
    document_id: str,
    reference_date=None,
    initials: dict[str, str] | None = None,
    next_meeting: dt.date | None = None,
    rag_meanings: dict[str, str] | None = None,
    *,
    year_end: YearEnd = UK_YEAR_END,
) -> list[ActionPlanRow]:
    """One record per body row of each action-plan table. Columns are mapped by header
    (:data:`FIELD_SYNONYMS`); the rest are kept in ``extra``. Status words become one vocabulary
    (:func:`normalise_status`) with the wording kept in ``status_text``; dates keep their text
    ('Q3 2024/25', 'Ongoing' -> no date, 'From May 2011' -> a start, no deadline); with no date
    column, a deadline in the action's own words is used. Without a lead column, the action's
    subject ('Home Office team to ...') gives the lead; initials resolve through ``initials``; a 'Next
    meeting' deadline is ``next_meeting`` (the date the document prints for it); a row rated Red, Amber or
    Green with no status word takes the status the document's key gives that colour (``rag_meanings``,
    :func:`rag_statuses`). Financial years and quarters in date cells end in ``year_end``, the (month, day) the
    document's jurisdiction gives (stop 35; the UK's 31 March by default; None: a US body's, not printed)."""
    rag_meanings = rag_meanings or {}
    rows: list[ActionPlanRow] = []
    carried: str | None = None  # the last section heading read, for a table going on from the one before
    carried_section: str | None = None  # the last status section's band ('Open actions'), likewise
    for table_index, table in enumerate(tables):
        if table.kind != "action_plan" or table.provenance.method.endswith(COMMITMENT_MILESTONES):
            continue
        fields = table_fields(table.header, table.rows, captioned=names_actions(table.title))
        numbered = "action_no" not in fields.values() and _numbered_actions(table.rows, fields)
        month_first = _month_first_table(table, fields)
        # a log printed as one box per section: the heading over the box is the theme
        theme = table.title if not table.header and "theme" not in fields.values() else None
        spanning = spanning_rows(table)
        merges = merged_down(table)
        sections = _section_rows(table.rows, fields, spanning)
        milestones = next(
            (
                index
                for index, cell in enumerate(table.header)
                if index not in fields and MILESTONE_RE.fullmatch(cell.strip())
            ),
            None,
        )
        continues = _continues_plan(tables, table_index)
        lead_column = _field_column(fields, "named_lead")
        bodies_lead = lead_column is not None and lead_column_of_bodies(
            row[lead_column] for row in table.rows if lead_column < len(row)
        )
        if theme is None and min(sections, default=1) > 0 and continues:
            theme = carried  # the table goes on from the one before it, under that one's last heading
        status_section = carried_section if continues else None
        listing = False
        # a numbered heading row's number in the reference column ('1 | Improve the timeliness of ...'): the
        # heading's reference, not its words (the rows under it are '1.1', '1.2'); the theme is the words
        number_column = _field_column(fields, "action_no")
        parent: dict[str, str] = {}  # the last row naming an action: the one its milestone rows belong to
        for row_index, row in enumerate(table.rows):
            if _status_section(row, row_index in sections or row_index in spanning):
                status_section = carried_section = " ".join(cell for cell in row if cell)
                continue
            if row_index in sections:
                theme = " ".join(cell for index, cell in enumerate(row) if cell and index != number_column)
                theme = theme or " ".join(cell for cell in row if cell)
                carried = theme
                continue
            if row_index in spanning or _key_row(row):
                continue  # a note, an introduction or the RAG key set across the table: not a row of the plan
            row_values: dict[str, str] = {}
            extra: dict[str, str] = {}
            for index, cell in enumerate(row):
                field = fields.get(index)
                if field:
                    row_values[field] = cell
                elif index < len(table.header) or (not table.header and cell):
                    extra[(table.header[index] if table.header else "") or f"column {index + 1}"] = cell
            row_method = "rule:action-plan-header"
            for name, origin in _merged_from_above(table, row_index, fields, merges).items():
                row_values[name] = origin  # a lead, date or status cell merged down over this row from above
                row_method += f"+{name}-filled-down"
            bar = table._period_bars.get(row_index)
            if bar and not row_values.get("start_date") and not row_values.get("end_date"):
                # a roadmap's bar across its period columns: the row runs from the first period to the last
                row_values["start_date"], row_values["end_date"] = table.header[bar[0]], table.header[bar[1]]
                row_method += "+dates-from-roadmap-bar"
            if row_values.get("theme"):
                theme = row_values["theme"]
            elif "theme" in fields.values() and theme:
                row_method += "+theme-filled-down"
            in_cell = row[milestones].strip() if milestones is not None and milestones < len(row) else ""
            if row_values.get("action"):
                parent = row_values
            if in_cell and parent and row_values.get("end_date") and not BULLET_RE.match(in_cell):
                row_values = _milestone_of(parent, row_values, in_cell)
                row_method += "+milestone-rows"
            if not row_values.get("action"):
                continue
            if "action_no" not in fields.values():  # a row's own reference numbers its action's parts (round 40)
                row_values["action"] = _numbered_items_as_bullets(row_values["action"])
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
            if "end_date" not in fields.values() and not row_values.get("end_date"):
                lead_field = "named_lead" if row_values.get("named_lead") else "lead_org"
                paired = owner_and_deadline(row_values.get(lead_field) or "", reference_date, year_end=year_end)
                if paired:
                    row_values[lead_field], row_values["end_date"] = paired
                    row_method += "+deadline-from-owner-cell"
            # rows under an action ending 'Services involved include:' with no lead, date or status of
            # their own are the items of its list, not actions
            particulars = [row_values.get(name) for name in LISTED_FIELDS if name in fields.values()]
            if listing and particulars and not any(particulars):
                continue
            listing = row_values["action"].rstrip().endswith(":")
            steps = milestone_rows(row_values, row_method, in_cell) if in_cell else []
            for values, method in steps or split_cell_actions(row_values, row_method):
                end_text = _deadline_in_force(values.get("end_date") or None, extra, reference_date, year_end)
                if values.get("end_date") and end_text != values["end_date"]:
                    extra[_end_header(table, fields)] = values["end_date"]  # the original, beside the date in force
                raised = _raised_on(theme, extra, reference_date)
                start_text = date_cell_text(values.get("start_date", ""), reference_date, year_end=year_end)
                read = plan_particulars(
                    day_first(end_text) if month_first else end_text,
                    day_first(start_text) if month_first else start_text,
                    reference_date,
                    status_text=values.get("status", ""),
                    lead_text=values.get("named_lead") or "",
                    deadline_reference=raised,
                    start_from_end="end_date" in fields.values(),
                    next_meeting=next_meeting,
                    year_end=year_end,
                )
                end, start, status, rag = read.end, read.start, read.status, read.rag
                if end_text is None and "end_date" not in fields.values():
                    end_text, end = deadline_in_text(values["action"], reference_date, year_end=year_end)
                    method += "+end-date-from-action" if end.date else ""
                method += "+start-date-from-deadline" if read.start_from_end else ""
                status = status or done_status(values.get("status", ""))
                if values.get("rag"):  # a RAG column: its rating, and its status where it has no Status beside it
                    rated_status, rated = normalise_status(values["rag"])
                    rag = rated or rag
                    status = status or (None if "status" in fields.values() else rated_status)
                if status is None and values.get("progress"):
                    status = normalise_status(values["progress"], opening_only=True)[0]
                    method += "+status-from-progress" if status else ""
                if status is None and not {"status", "rag"} & set(fields.values()):
                    # no status column: a 'Status: in progress' label in the action or a comment
                    labelled = STATUS_LABEL_RE.search(f"{values['action']}\n{values.get('comment', '')}")
                    # or a date cell that opens with one ('Complete - 3/4/24', 'Done 12/3')
                    labelled = labelled or STATUS_FIRST_RE.match(values.get("end_date", ""))
                    status = normalise_status(labelled[1])[0] if labelled else None
                    method += "+status-from-label" if status else ""
                colours = table.status_colours or []
                shade = colours[row_index] if row_index < len(colours) else None
                if shade == BRAG_BLUE:  # BRAG's blue: completed, no rating
                    status = status or "complete"
                    method += "+status-from-fill"
                elif rag is None and shade:
                    rag = shade
                    method += "+rag-from-fill"
                if status is None and rag and rag in rag_meanings:
                    status = rag_meanings[rag]
                    method += "+status-from-key"
                status_text = values.get("status") or values.get("rag") or None
                if status is None and not values.get("status") and status_section:
                    status, status_text = normalise_status(status_section)[0], status_section
                    method += "+status-from-status-section"
                named_lead, owner_org = read.named_lead, read.lead_org
                # 'DWP' alone in an owner column: the department (unless the members list makes it initials)
                if named_lead and not owner_org and names_bodies(named_lead, initials):
                    named_lead, owner_org = None, named_lead
                    method += "+owner-is-body-acronym"
                if named_lead and not owner_org and bodies_lead and unclear_lead_is_body(named_lead):
                    named_lead, owner_org = None, named_lead
                    method += "+owner-in-column-of-bodies"
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
                        theme=values.get("milestone_of") or theme,
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
                        status_text=status_text,
                        extra=extra,
                        provenance=Provenance(
                            document=document_id, page=table.page_start, page_end=table.page_end, method=method
                        ),
                    )
                )
    return rows
