"""Attendance blocks ('Present:', 'In attendance:', 'Apologies', 'Membership:') under a heading or in a
column beside it, and the people (name, role) they list."""

from __future__ import annotations

import re

from ..lexicon import given_names
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
            r"^(?:present|presen/t|sederunt|attendees|attended|members present|councillors present|"
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
ROLE_WORD_RE = re.compile(rf"\b(?:{ROLE_WORDS.pattern})\b", re.I)
# a post printed after a name and a comma ('R. Patel, Chief Administrative Officer'): the person's role
POST_PART_RE = re.compile(
    # its words may hold an 'and' ('Clerk and Finance Officer') and open with an acronym ('PCC Chief Executive')
    r"^(?:[A-Z][a-z]+\s+(?:(?:and|&)\s+)?|[A-Z]{2,5}\s+(?=[A-Z][a-z])){0,4}"
    r"(?:Officer|Director|Manager|Clerk|Secretary|Treasurer|Administrator|Engineer|Planner|Solicitor|Executive|"
    r"Co-?ordinator|Advis[eo]r|Assistant|Accountant|Auditor|Commissioner)$"
)
# the one word of a post's title before its 'and' ('Police and Crime Commissioner', 'Clerk and Finance Officer'):
# the list's ' and ' inside a post joins no two entries
POST_HEAD_WORD_RE = re.compile(r"[A-Z][a-z]+")
GIVEN_NAMES = given_names()


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
    entries = _name_comma_entries(re.sub(r"\s+", " ", text))
    if entries:
        return entries
    people: list[tuple[str, str | None]] = []
    text = re.sub(r"\s{3,}", ", ", text)  # columns
    text = re.sub(r"(?<=[a-z])\s+[A-Z]{2,4}[a-z]?(?=[\s,]|$)", ",", text)  # 'Rob Boyd RB Dick Noble DN'
    text = re.sub(r"\s+", " ", text)
    for part in _posts_joined(_split_outside_brackets(text, LIST_SEPARATOR_RE, with_separators=True)):
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
        named = _name_before_post(part)
        if named:
            part, role = named[0], role or named[1]
        elif POST_PART_RE.match(part):
            if people and people[-1][1] is None:
                people[-1] = (people[-1][0], part)
            continue
        if NOT_NAME_WORDS.search(part):
            continue
        if PERSON_NAME_RE.match(part) and len(part.split()) >= 2:
            people.append((part, role))
    return people


SEMICOLON_RE = re.compile(r";\s*")
COMMA_RE = re.compile(r",\s*")


def _listed_person(text: str) -> bool:
    """'Cllr B Jones', 'Sam Ellis': a person's name as a list prints it (not 'Natural England', a body)."""
    text = text.strip(" .")
    words = TITLE_PREFIX_RE.sub("", text).split()
    return bool(TITLE_PREFIX_RE.match(text) or (words and words[0] in GIVEN_NAMES and PERSON_NAME_RE.match(text)))


def _name_comma_entries(text: str) -> list[tuple[str, str | None]] | None:
    """[('Sally Walling', 'Westfield Farming Project'), ...] of 'Sally Walling, Westfield Farming Project; David
    Wales, Thames Fisheries Consultative': entries parted by semicolons, each a name, a comma and what the person
    is (a body or a post: 'Ray Cochrane, Division Chief, Office of Housing'), which is no person of its own."""
    entries = [entry for entry in _split_outside_brackets(text, SEMICOLON_RE) if entry.strip(" .")]
    if len(entries) < 2:
        return None
    found: list[tuple[str, str | None]] = []
    for entry in entries:
        parts = _split_outside_brackets(entry.strip(" ."), COMMA_RE)
        rest = [part.strip() for part in parts[1:]]
        if not rest or not all(rest) or any(_listed_person(part) for part in rest):
            return None
        named = _split_names(parts[0])
        if len(named) != 1 or " and " in parts[0]:
            return None
        found.append((named[0][0], named[0][1] or ", ".join(rest)))
    return found


def _split_outside_brackets(text: str, separator: re.Pattern[str], *, with_separators: bool = False) -> list[str]:
    """``text`` cut at each ``separator`` outside brackets ('Jo Hart (Age UK, Kent), Sam Ellis': two parts); with
    ``with_separators``, each separator kept as a part between them."""
    masked = BRACKETED_RE.sub(lambda match: "_" * len(match[0]), text)
    parts, start = [], 0
    for match in separator.finditer(masked):
        parts.append(text[start : match.start()])
        if with_separators:
            parts.append(text[match.start() : match.end()])
        start = match.end()
    return [*parts, text[start:]]


def _posts_joined(pieces: list[str]) -> list[str]:
    """The parts of a list cut at its separators (``pieces``: parts and separators in turn), a post's title cut at
    its ' and ' joined again: 'Mr D Lloyd, Police and Crime Commissioner (PCC)' gives 'Police and Crime
    Commissioner (PCC)', not 'Police' and the person 'Crime Commissioner'."""
    parts = [pieces[0]]
    for index in range(1, len(pieces) - 1, 2):
        separator, part = pieces[index], pieces[index + 1]
        after = BRACKETED_RE.sub("", part).strip(" .:-–")
        if separator.strip() == "and" and POST_HEAD_WORD_RE.fullmatch(parts[-1].strip()) and POST_PART_RE.match(after):
            parts[-1] = f"{parts[-1].strip()} and {part.strip()}"
            continue
        parts.append(part)
    return parts


def _name_before_post(part: str) -> tuple[str, str] | None:
    """('Tom Hale', 'Finance Officer') of 'Tom Hale Finance Officer': a name of two words opening with a given name,
    then a post of two words or more printed after it with no comma (not 'Chief Finance Officer', nor 'Grant
    Officer')."""
    words = part.split()
    if len(words) < 4 or words[0] not in GIVEN_NAMES or NOT_NAME_WORDS.search(part):
        return None
    name, post = " ".join(words[:2]), " ".join(words[2:])
    if POST_PART_RE.match(post) and PERSON_NAME_RE.match(name) and not ROLE_WORD_RE.search(name):
        return name, post
    return None


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
        or re.match(
            r"^(unrestricted|exempt|items?\b|the meeting|minutes|a meeting of|this is a public|declarations? of\b)",
            text,
            re.I,
        )
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
            not last
            or text.rstrip().endswith((")", ":"))
            or POST_PART_RE.match(last)
            or TITLE_PREFIX_RE.match(row)
            or _entry_line(last, row)
        )
        text += (", " if complete else " ") + row
    return text


def _entry_line(last: str, row: str) -> bool:
    """'Rebecca Tibbs, Natural England' over 'Neil Tytherley, Foundation for …': a line of its own for each entry,
    the line above ending in a part of two words or more and the next opening with a given name and a surname
    before its comma (a name wrapped mid-way, 'Dr M' / 'Gogarty, …', runs on)."""
    opening = re.match(r"([A-Z][a-z]+) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?,", row)
    return bool(opening and opening[1] in GIVEN_NAMES and len(last.split()) >= 2)


def _entry_rows(rows: list[str]) -> bool:
    """'Alice Fuller, Environment Agency' over 'Jonah Jessop, Royal Yachting Association': a list of one entry to
    a line, each a name, a comma and the person's body or post."""
    rows = [row.strip() for row in rows if row.strip()]
    return len(rows) >= 2 and all(
        ";" not in row and len(_split_outside_brackets(row, COMMA_RE)) == 2 and _names_first(row) for row in rows
    )


def _attendance_in(texts: list[str]) -> list[tuple[str, str | None, str]]:
    found: list[tuple[str, str | None, str]] = []
    for group, indexes, start in _attendance_blocks(texts):
        rows = _without_body_columns([texts[indexes[0]][start:], *(texts[index] for index in indexes[1:])])
        text = "; ".join(row.strip() for row in rows if row.strip()) if _entry_rows(rows) else _joined_rows(rows)
        found.extend((name, role, group) for name, role in split_people(text))
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
