"""Attendance blocks ('Present:', 'In attendance:', 'Apologies', 'Membership:') under a heading or in a
column beside it, and the people (name, role) they list."""

from __future__ import annotations

import re

from ..pdf import Line, PageLayout
from .numbering import ITEM_REF_RE, parse_item_number
from .patterns import LABEL_LINE_RE


def _attendance_label(text: str) -> bool:
    """'Present:', 'PRESENT   Rob Boyd ...', 'Apologies': a label, not a sentence that starts with the word."""
    text = text.strip()
    for name, pattern in ATTENDANCE_LABELS:
        match = pattern.match(text)
        if match and name != "member" and (":" in match[0] or match.end() == len(text) or "  " in match[0]):
            return True
    return False


ATTENDANCE_LABELS: list[tuple[str, re.Pattern[str]]] = [
    (
        "in_attendance",
        re.compile(
            # 'OFFICIALS IN ATTENDANCE:', 'POLICE SERVICE OF WESTMARCH IN ATTENDANCE:': who attends, then the label
            r"^(?:(?:[a-z&]+ ){1,6}in attendance(?=\s*:)|in attendance(?: virtually| for [a-z ]{1,30}(?=:))?|"
            r"also (?:present|in attendance)|(?:officers?|staff)(?: present)?|officials?(?: \(regular attendees\))?|"
            r"guests?|attending)\s*:?\s*",
            re.I,
        ),
    ),
    (
        "apologies",
        re.compile(
            r"^(?:apologies(?: for absence)?(?: (?:were|had been) received from)?|absent|regrets)\s*:?\s*", re.I
        ),
    ),
    (
        "present",
        re.compile(
            r"^(?:present|presen/t|attendees|attended|members present|councillors present|"
            r"transparency board members|panel)\s*:?\s*",
            re.I,
        ),
    ),
    ("member", re.compile(r"^(?:membership|members|councillors)\s*:\s*", re.I)),
]
TITLE_PREFIX_RE = re.compile(
    r"^(?:(?:Cllrs?|Councillors?|Mayor|Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Baroness|Rev|Revd|"
    r"County Councillors?|District Councillors?)\.?\s+)+"
)
PERSON_NAME_RE = re.compile(r"^(?:[A-Z]\.?\s+){0,3}[A-Z][a-zA-Z'’\-]+(?:\s+(?:[A-Z]\.?\s+)?[A-Z][a-zA-Z'’\-]+){0,3}$")
NOT_NAME_WORDS = re.compile(
    r"\b(members?|councillors|officers|public|present|apologies|attendance|other|council|committee|board|"
    r"meeting|minutes|chair(?:man)?|clerk|none|nil|no|hm|treasury|office|department|ministry|agency|service|"
    r"university|partnership|group|society|trust|police|library)\b",
    re.I,
)
ROLE_WORDS = re.compile(r"chair|vice|clerk|secretary|treasurer|director|officer|manager|head|member|leader", re.I)
# a post printed after a name and a comma ('R. Patel, Chief Administrative Officer'): the person's role
POST_PART_RE = re.compile(
    r"^(?:[A-Z][a-z]+\s+){0,4}(?:Officer|Director|Manager|Clerk|Secretary|Treasurer|Administrator|Engineer|"
    r"Planner|Solicitor|Executive|Co-?ordinator|Advis[eo]r|Assistant|Accountant|Auditor)$"
)


# a post labelling the name after it inside a run of names ('Chairman: Mrs J Stevenage Vice-chairman: Mr T Heyford')
INLINE_ROLE_LABEL_RE = re.compile(
    r"\b(?P<role>(?:vice[- ]?)?chair(?:man|woman|person)?|(?:deputy |town )?mayor|"
    r"(?:parish |town )?clerk(?: (?:and|&) rfo)?|rfo|treasurer|secretary|councillors)\s*:\s*",
    re.I,
)
# a column cell that names a body or a post, not a person ('Youth Justice Board', 'Advisory Representative', 'Age UK')
BODY_CELL_RE = re.compile(
    r"\b(?:UK|Ltd|Limited|plc|Chamber|Associations?|Advice|Support|Representatives?|Universit(?:y|ies)|College|"
    r"School|NHS|CCG|Foundation|Federation|Alliance|Network|Forum|Health|Manager|Director|Officer|Commander)\b"
)
SPACED_DASH_RE = re.compile(r"\s[-–—]\s")  # 'Jackie Hellier (JH) - PMQA Officer - CSCB': name, post, body
BRACKETED_RE = re.compile(r"\([^()]*\)")
LIST_SEPARATOR_RE = re.compile(r",\s*|;\s*|\sand\s")


def split_people(text: str) -> list[tuple[str, str | None]]:
    """'Mr R W Gough (Chairman), Mr N Baker and Mrs S Chandler' -> [(name, role), ...]; an inline label
    ('Vice-chairman: Mr T Heyford') ends the name before it and gives the role of the name after it."""
    people: list[tuple[str, str | None]] = []
    pieces = INLINE_ROLE_LABEL_RE.split(text)
    for index in range(0, len(pieces), 2):
        label = pieces[index - 1] if index else None
        found = _split_names(pieces[index])
        if found and label and not label.lower().startswith("councillor") and found[0][1] is None:
            found[0] = (found[0][0], label.title())
        people.extend(found)
    return people


def _split_names(text: str) -> list[tuple[str, str | None]]:
    people: list[tuple[str, str | None]] = []
    text = re.sub(r"\s{3,}", ", ", text)  # columns
    text = re.sub(r"(?<=[a-z])\s+[A-Z]{2,4}[a-z]?(?=[\s,]|$)", ",", text)  # 'Rob Boyd RB Dick Noble DN'
    text = re.sub(r"\s+", " ", text)
    for part in _split_outside_brackets(text, LIST_SEPARATOR_RE):
        part, post = _before_dash(part.strip(" .:-–"))
        role = post if post and ROLE_WORDS.search(post) else None  # 'Gordon Page (GP) - Chair'
        match = re.search(r"\(([^()]*)\)", part)
        if match:
            role = role or match[1].strip()
            part = (part[: match.start()] + part[match.end() :]).strip()
        part = re.sub(r"\b(?:OBE|MBE|CBE|JP|MP|MSP)\b", "", part).strip(" ,")
        if part.isupper() and len(part.split()) >= 3:  # 'COUNCILLOR R. DENTON' as 'Councillor R. Denton'
            part = part.title()
        part = TITLE_PREFIX_RE.sub("", part).strip()
        if role and re.fullmatch(r"[A-Z]{2,4}[a-z]?", role):
            role = None  # initials, not a role
        trailing = re.search(r"\s+(CHAIR(?:MAN)?|CLERK|VICE[- ]CHAIR)$", part)
        if trailing:
            role, part = trailing[1].title(), part[: trailing.start()]
        if POST_PART_RE.match(part):
            if people and people[-1][1] is None:
                people[-1] = (people[-1][0], part)
            continue
        if NOT_NAME_WORDS.search(part):
            continue
        if PERSON_NAME_RE.match(part) and len(part.split()) >= 2:
            people.append((part, role))
    return people


def _split_outside_brackets(text: str, separator: re.Pattern[str]) -> list[str]:
    """``text`` cut at each ``separator`` outside brackets ('Jo Hart (Age UK, Kent), Sam Ellis': two parts)."""
    masked = BRACKETED_RE.sub(lambda match: "_" * len(match[0]), text)
    parts, start = [], 0
    for match in separator.finditer(masked):
        parts.append(text[start : match.start()])
        start = match.end()
    return [*parts, text[start:]]


def _before_dash(part: str) -> tuple[str, str | None]:
    """('Jackie Hellier (JH)', 'PMQA Officer') of 'Jackie Hellier (JH) - PMQA Officer - CSCB'; a dash inside
    brackets ('(ELGIN - Electronic Local Government Information Network)') cuts nothing."""
    masked = BRACKETED_RE.sub(lambda match: "_" * len(match[0]), part)
    dash = SPACED_DASH_RE.search(masked)
    if dash is None:
        return part, None
    rest = SPACED_DASH_RE.search(masked, dash.end())
    return part[: dash.start()].strip(), part[dash.end() : rest.start() if rest else len(part)].strip()


def _attendance_blocks(texts: list[str]) -> list[tuple[str, list[int], int]]:
    """(group, indexes of the block's lines, where the names start on its label line) of each 'PRESENT:',
    'IN ATTENDANCE:', 'Apologies …', 'Membership:' block of ``texts``."""
    blocks: list[tuple[str, list[int], int]] = []
    for index, text in enumerate(texts):
        label = next(((name, m) for name, pattern in ATTENDANCE_LABELS if (m := pattern.match(text))), None)
        if label:
            blocks.append((label[0], [index], label[1].end()))
        elif blocks and blocks[-1][1][-1] == index - 1 and not _ends_attendance(text):
            blocks[-1][1].append(index)
    return blocks


def _ends_attendance(text: str) -> bool:
    label = LABEL_LINE_RE.match(text)
    return bool(
        # 'Quorum: 3', 'Enquiries to: ...' after the members: the list has ended ('Clerk: Mrs J Bragge' has not)
        label
        and not INLINE_ROLE_LABEL_RE.search(label[0])
        or parse_item_number(text)
        or ITEM_REF_RE.match(text)
        or re.match(r"^(unrestricted|exempt|items?\b|the meeting|minutes|a meeting of|this is a public)", text, re.I)
    )


def _without_body_columns(rows: list[str]) -> list[str]:
    """Rows of a block printed in columns without the columns of bodies or posts beside the names
    ('Adam Moody   Youth Justice Board', 'Dr Peter Obi   Advisory Representative   Yorkshire Universities')."""
    cells = [re.split(r"\s{3,}", row) for row in rows]
    widest = max((len(row) for row in cells), default=0)
    bodies = {
        column for column in range(1, widest) if any(len(row) > column and _body_cell(row[column]) for row in cells)
    }
    if not bodies:
        return rows
    return ["   ".join(cell for column, cell in enumerate(row) if column not in bodies) for row in cells]


def _body_cell(cell: str) -> bool:
    """'Youth Justice Board', 'Age UK (observer)': a body or post; not 'Bob Deeley, Clerk' (a name, then a post)
    nor a label ('Officers in attendance:')."""
    lead = re.split(r"[,(]", cell)[0]
    return not _attendance_label(cell) and bool(BODY_CELL_RE.search(lead) or NOT_NAME_WORDS.search(lead))


def _joined_rows(rows: list[str]) -> str:
    """A prose list wraps mid-name ('Dr M' / 'Gogarty'); a column list puts one entry on a line, and so does
    a list whose line ends with a post or a bracket ('C Pinnell, Acting Town Clerk' / 'G Markham, ...') or
    whose next line starts with a title ('… Vice-chairman: Mr T Heyford' / 'Mr S Filer, …')."""
    if not any("," in row for row in rows):
        return ", ".join(rows)
    text = rows[0] if rows else ""
    for row in rows[1:]:
        last = re.split(r"[,;]\s*", text.rstrip(" ,;"))[-1].strip()
        complete = (
            not last or text.rstrip().endswith((")", ":")) or POST_PART_RE.match(last) or TITLE_PREFIX_RE.match(row)
        )
        text += (", " if complete else " ") + row
    return text


def _attendance_in(texts: list[str]) -> list[tuple[str, str | None, str]]:
    found: list[tuple[str, str | None, str]] = []
    for group, indexes, start in _attendance_blocks(texts):
        rows = _without_body_columns([texts[indexes[0]][start:], *(texts[index] for index in indexes[1:])])
        found.extend((name, role, group) for name, role in split_people(_joined_rows(rows)))
    return found


def beside_column(lines: list[Line]) -> tuple[list[str], list[str]]:
    """(texts, beside): a page's line texts without the column beside its heading that opens with an
    attendance label ('NORTHFIELD BOARD   Present:' over 'Minutes of the meeting …   Kay Dobbs (Chair)'),
    and that column's cells."""
    texts: list[str] = []
    beside: list[str] = []
    column_x: float | None = None
    for index, line in enumerate(lines):
        text = line.text.strip()
        cells = re.split(r"\s{3,}", text)
        last_x = line.x1 - len(cells[-1]) * (line.size or 10.0) * 0.5  # where the last cell starts, roughly
        if column_x is None and index < 8 and len(cells) > 1 and _beside_label(cells):
            column_x = last_x
        if column_x is not None and line.x0 >= column_x - 25:
            beside.append(text)
        elif column_x is not None and len(cells) > 1 and last_x >= column_x - 25:
            texts.append(text[: len(text) - len(cells[-1])].strip())
            beside.append(cells[-1])
        else:
            texts.append(text)
    return texts, beside


def _beside_label(cells: list[str]) -> bool:
    """'NORTHFIELD BOARD   Present:': a label ending a heading's line (not '11.25.01   Apologies for absence', an
    item, nor 'Members present:   Officers in attendance:', two blocks side by side)."""
    return cells[-1].endswith(":") and _attendance_label(cells[-1]) and not _attendance_label(cells[0])


def attendance_rows(texts: list[str]) -> dict[int, str]:
    """The lines of attendance blocks that name people, each with what is left of it for a heading: the label
    of a label line ('Present:' of 'Present: Raj Mehta …'), nothing of a row of names."""
    rows = {}
    for _group, indexes, start in _attendance_blocks(texts):
        if not _attendance_label(texts[indexes[0]]):  # 'present the annual report …' opens no list
            continue
        if texts[indexes[0]][start:].strip():
            rows[indexes[0]] = texts[indexes[0]][:start].strip()
        rows.update({index: "" for index in indexes[1:] if _names_first(texts[index])})
    return rows


def _names_first(text: str) -> bool:
    """'Raj Mehta   Kent County Council', 'Mrs A Conway (Chair)', 'Chairman:   Peter Newall': a row of a list."""
    if TITLE_PREFIX_RE.match(text) or INLINE_ROLE_LABEL_RE.match(text):
        return True
    first = re.split(r"\s{3,}|[,;(]|\s[-–]\s", text)[0].strip(" .:")
    return bool(PERSON_NAME_RE.match(first) and len(first.split()) >= 2 and not NOT_NAME_WORDS.search(first))


def meeting_attendance(pages: list[PageLayout], max_lines: int = 60) -> list[tuple[str, str | None, str]]:
    """(name, role, group) from 'PRESENT:', 'IN ATTENDANCE:', 'Apologies …', 'Membership:' blocks, under the
    heading or in a column beside it."""
    texts: list[str] = []
    beside: list[str] = []
    for page in pages[:2]:
        page_texts, page_beside = beside_column(page.body_lines())
        texts += page_texts
        beside += page_beside
    found = _attendance_in(beside) + _attendance_in(texts[:max_lines])
    seen = set()
    unique = []
    for name, role, grp in found:
        if (name, grp) not in seen:
            seen.add((name, grp))
            unique.append((name, role, grp))
    return unique
