"""The numbered agenda list of a frontsheet (:func:`agenda_items`): numbered, lettered and timed items,
sub-items, page ranges and grids whose number cell sits on its own line."""

from __future__ import annotations

import re

from ..dates import MONTH_RE, WEEKDAY_RE
from ..models import AgendaItem, Provenance
from ..pdf import PROTECTIVE_MARKING_RE, Line, PageLayout
from .headings import front_matter
from .meeting_dates import _only_a_date
from .numbering import (
    ALPHA_ITEM_RE,
    ITEM_LABEL_PREFIX_RE,
    PAGE_RANGE_RE,
    SUB_ITEM_RE,
    _number_shape,
    _successor,
    format_page_range,
    minute_successors,
    next_sub_label,
    parse_item_number,
    parse_page_range,
    roman_value,
    to_roman,
    with_ocr_numbers_repaired,
)
from .patterns import (
    ADDRESS_TITLE_RE,
    JOINING_END_RE,
    LINKED_DOCUMENT_RE,
    PAPER_PURPOSES,
    _column_x,
    _is_heading_candidate,
    is_list_heading,
    join_wrapped,
    note_clause,
    without_link_size,
)
from .presenters import PRESENTER_RE, attach_presenters

# England's Schedule 12A, Scotland's Schedule 7A, a parish or town council's 1960 Act, New Zealand's 'public excluded'
EXEMPT_RE = re.compile(
    r"\b(exempt items?|part (ii|2)|schedule (12a|7a)|restricted items?|public excluded"
    r"|admission to meetings\) act 1960)\b",
    re.I,
)
# 'PART B', 'Confidential Items', 'Private Business', 'Items to be considered in private': the closed part
PRIVATE_SECTION_RE = re.compile(
    r"^(?:part\s+(?:b|two)\b|confidential\b|private\s+(?:business|session|items?)\b|.*\b(?:considered|taken)\s+in\s+private\b)",
    re.I,
)
UNRESTRICTED_RE = re.compile(r"\bunrestricted items?\b", re.I)
# '5. Land Disposal (Exempt - Paragraph 3) (Pages 31 - 44)', '(Exempt Information)': the item's own line marks it
# exempt (only that item: an open item's line never prints the mark)
EXEMPT_MARK_RE = re.compile(r"\(\s*exempt\b(?!\s+from\b)", re.I)


TRAILING_PAGE_RE = re.compile(r"(?<!\s)\s{3,}(\d{1,4})\s*$")
DATE_TITLE_RE = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+\d{4}$"
)
_CLOCK = r"\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?"
# "11.00 - 11.10", "13:30 – 13:35", "7.30pm", "(10:00)", "14.00 (20 mins)": the timing column of a timed agenda
TIME_SLOT_RE = re.compile(
    rf"^\(?{_CLOCK}(?:\s*(?:-|–|—|to)\s*{_CLOCK})?\)?(?:\s*\(\d{{1,3}}\s*min(?:ute)?s?\.?\))?(?:\s+|$)", re.I
)
DURATION_RE = re.compile(r"^\(?\d{1,3}\s*(?:min(?:ute)?s?|hrs?|hours?)\.?\)?$", re.I)
BULLET_RE = re.compile(r"^[•●▪■◦‣∙\uf0b7\uf0a7\uf0d8]")
DASH_BULLET_RE = re.compile(r"^[-–]\s+[A-Z]")  # '- Roll call and determination of quorum' indented under an item


def _is_marking(text: str) -> bool:
    """A protective marking in capitals inside the text (in the page margins pdf makes it furniture)."""
    return text.isupper() and PROTECTIVE_MARKING_RE.match(text) is not None


def _next_number(items: list[AgendaItem]) -> str:
    """The number a new list's next top-level item would carry: '1', or one past the last."""
    top = [item.number for item in items if not item.parent]
    return (_successor(top[-1], top[0]) if top else None) or "1"


def _note_left_of_title(text: str, line: Line, title_x: float | None) -> bool:
    """A sentence under a grid row that starts left of the row's title cell ('It is recommended that the Press and
    Public be excluded …'): a note on the item. A title's wrapped line starts in its cell, or is short ('- discussion'
    under 'Data from the Health Sector')."""
    return title_x is not None and line.x0 < title_x - 8 and text[:1].isupper() and len(text.split()) >= 8


def _same_number(printed: str, expected: str) -> bool:
    """'02' is item 2: a list numbered with leading zeros ('01', '02' in a scanned grid's number column)."""
    return printed == expected or (printed.isdigit() and expected.isdigit() and int(printed) == int(expected))


def _alpha_item(text: str, items: list[AgendaItem]) -> tuple[str, str] | None:
    """'II. ROLL CALL' as (number, title) when it opens a list ('I.', 'A.') or continues one; a Roman numeral alone
    with its stop ('II.' over 'Roll Call' on the next line, as a template prints it) as (number, '')."""
    match = ALPHA_ITEM_RE.match(text) or LONE_ROMAN_RE.match(text) or LONE_SECTION_RE.match(text)
    if not match:
        return None
    top = [item.number for item in items if not item.parent]
    if match["section"]:  # 'A1 Introduction', 'A2 Apologies', 'B1 Budget': items numbered within lettered sections
        last = top[-1] if top else None
        if last is None:
            expected = {"A1"}
        elif re.fullmatch(r"[A-H]\d{1,2}", last):
            expected = {_successor(last, top[0]), f"{chr(ord(last[0]) + 1)}1"}
        else:
            expected = set()
        return (match["section"], match["rest"]) if match["section"] in expected else None
    if top:
        expected = _next_number(items) if top[0] in ("I", "A") else None
    else:
        expected = match["num"] if match["num"] in ("I", "A") else None
    return (match["num"], match["rest"] or "") if match["num"] == expected else None


LONE_ROMAN_RE = re.compile(r"^(?P<num>[IVX]{1,6})[.)](?P<rest>)(?P<section>)$")
LONE_SECTION_RE = re.compile(r"^(?P<num>)(?P<section>[A-H]\d{1,2})[.):]?(?P<rest>)$")  # 'A1' alone over its title


# 'i. Call to Order', 'ii. Apologies': a list numbered in lower-case Roman numerals ('(i)' under an item is a sub-item)
# 'iii. Approval of the Minutes', 'iii) To approve the minutes' (a parish agenda numbered 'i)' at the margin)
LOWER_ROMAN_ITEM_RE = re.compile(r"^(?P<num>[ivx]{1,5})[.)]\s+(?P<rest>[A-Z].*)$")


def _lower_roman_item(text: str, items: list[AgendaItem]) -> tuple[str, str] | None:
    """'iii. Approval of the Minutes' as (number, title) when it opens a list ('i.') or continues one begun at 'i'."""
    match = LOWER_ROMAN_ITEM_RE.match(text)
    if not match:
        return None
    top = [item.number for item in items if not item.parent]
    if not top:
        expected = "i"
    elif top[0] == "i" and roman_value(top[-1].upper()):
        expected = to_roman(roman_value(top[-1].upper()) + 1).lower()
    else:
        return None
    return (match["num"], match["rest"]) if match["num"] == expected else None


LONE_NUMBER_RE = re.compile(r"\(?(?:\d{1,3}[a-z]?|[IVX]{1,5})[.):]?")  # an item number printed alone in its cell


def _centre(line: Line) -> float:
    return (line.top + line.bottom) / 2


def _ocr_rows(lines: list[Line]) -> list[Line]:
    """OCR's boxes of one printed row joined left to right into one line, as a text layer prints the row: a grid's
    number, title, lead and page cells come as boxes of their own, a point or two apart in height, and read one by
    one they fall into the rows above and below (a lead cell read into the next row's title)."""
    rows: list[list[Line]] = []
    for line in sorted(lines, key=lambda line: (line.top, line.x0)):
        row = rows[-1] if rows else None
        if (
            row
            and abs(_centre(line) - _centre(row[0])) < min(line.bottom - line.top, row[0].bottom - row[0].top) / 2
            and all(line.x0 >= cell.x1 or line.x1 <= cell.x0 for cell in row)
        ):
            row.append(line)
        else:
            rows.append([line])
    return [_joined_row(row) if len(row) > 1 else row[0] for row in rows]


def _joined_row(cells: list[Line]) -> Line:
    """One line of a row's boxes: three spaces between two cells a column apart (as a text layer parts columns),
    one between words a space apart."""
    cells = sorted(cells, key=lambda cell: cell.x0)
    text = cells[0].text
    for before, cell in zip(cells, cells[1:], strict=False):
        text += ("   " if cell.x0 - before.x1 > 8 else " ") + cell.text
    return Line(
        text,
        cells[0].x0,
        min(cell.top for cell in cells),
        max(cell.x1 for cell in cells),
        max(cell.bottom for cell in cells),
        max(cell.size for cell in cells),
    )


FOLIO_LINE_RE = re.compile(r"^\d{1,3}$")


def _labels_over_titles(lines: list[Line]) -> set[int]:
    """The ids of item labels printed alone on their line over the title ('24/101', 'A1', '(1)', 'Item 3' in bold over
    'Apologies for Absence'): the next line follows close under, at the label's indent or a little right of it, and
    opens with a capital."""
    heads = set()
    for line, below in zip(lines, lines[1:], strict=False):
        parsed = parse_item_number(line.text.strip())
        text = below.text.strip()
        if (
            (parsed == (parsed and parsed[0], "") or LONE_SECTION_RE.match(line.text.strip()))
            and below.top >= line.bottom
            and _follows_close(below, line)
            and -2 <= below.x0 - line.x0 <= 80
            and text[:1].isupper()
            and parse_item_number(text) is None
        ):
            heads.add(id(line))
    return heads


def _without_folio_lines(lines: list[Line]) -> list[Line]:
    """Without a page's number printed alone over the item that bears the same number with its stop ('2' over '2.'
    or '2. Appointments': a page break in text taken from a printed sheet), which would take the item's number."""
    return [
        line
        for line, below in zip(lines, lines[1:] + [None], strict=False)  # a page with no line gives no line
        if below is None
        or not FOLIO_LINE_RE.match(line.text.strip())
        or not re.match(rf"{line.text.strip()}\.(?:\s|$)", below.text.strip())
    ]


def _numbers_before_titles(lines: list[Line]) -> list[Line]:
    """The lines in reading order with each lone item number put before the title box on its row. OCR gives
    a number and a title far to its right as two boxes, and jitter can set the number's box a point or two
    lower than the title's, after it in reading order: the number belongs to the title whose vertical centre
    is nearest its own, not to the line that follows it."""
    ordered = list(lines)
    for index in range(1, len(ordered)):
        number, title = ordered[index], ordered[index - 1]
        if not LONE_NUMBER_RE.fullmatch(number.text.strip()) or title.x0 <= number.x1:
            continue
        offset = abs(_centre(title) - _centre(number))
        following = ordered[index + 1] if index + 1 < len(ordered) else None
        # the next row's title (in the title's column) may sit nearer the number; a cell right of the title (a lead
        # column) is on the title's row and tells nothing
        if offset >= (number.bottom - number.top) / 2 or (
            following is not None
            and number.x1 < following.x0 <= title.x0 + 4
            and abs(_centre(following) - _centre(number)) < offset
        ):
            continue
        ordered[index - 1], ordered[index] = number, title
    return ordered


def agenda_items(pages: list[PageLayout], document_id: str) -> list[AgendaItem]:
    """Parse the numbered agenda list on the frontsheet.

    Besides "N. Title (Pages a - b)" lists this reads timed agendas ("1) 11.00 - 11.10   Title") and
    agenda grids whose number cell sits on its own line (number and time in one row, the title in the
    next column a line lower, a lead column at the right). A title stops at a bullet list under it,
    and a description printed in a second column ("Correspondence   To discuss correspondence
    received") is not part of it.
    """
    pages = with_ocr_numbers_repaired(pages)
    items: list[AgendaItem] = []
    exempt = False
    current: AgendaItem | None = None
    item_x0 = 0.0  # where the current item's line starts: a continuation is indented past it
    side_x: float | None = None  # where the current item's second column (a description) starts
    grid = False  # the current item's title is read from the cells under its number
    grid_title_x: float | None = None  # where a grid item's title cell starts: its wrapped lines start there too
    label_only = False  # the current item's line was 'Agenda Item N' alone: its title is the next line
    under_x: float | None = None  # where a title read from the line under its number starts: its wrapped lines too
    timed = False  # the current item's row began with a time slot: its next lines may hold a duration cell
    nested_x: float | None = None  # where a list numbered from 1 under an item starts: its entries are not items
    front = front_matter(pages)
    last: Line | None = None  # the current item's last line on this page
    listed_from = 0  # the items from the last 'AGENDA' heading on
    described: AgendaItem | None = None  # the item a description line under it closed: its sub-items may follow
    flat_subs = False  # the current item's own number is no bracketed one: '(1)' under it is a sub-item
    for page in pages:
        last = None
        listed = bool(items) and items[0].provenance is not None and page.number > items[0].provenance.page
        if (
            (page.number > front[-1].number or listed)
            and not _continues_list(page, items)
            and not _opens_list(page, items, front)
        ):
            break  # past the frontsheet, or past the page the list started on (a scanned package's minutes)
        page_lines = _numbers_before_titles(_ocr_rows(page.body_lines()) if page.method == "ocr" else page.body_lines())
        page_lines = _without_folio_lines(page_lines)
        timed_titles = _timed_titles(page_lines)
        heads = _labels_over_titles(page_lines)
        questions = _question_numbers(page_lines)
        above: Line | None = None  # the line before this one on the page
        for line in page_lines:
            above, previous = line, above
            text = CONSENT_MARK_RE.sub("", line.text.strip())
            if _is_marking(text):
                continue
            if is_list_heading(text):
                listed_from = len(items)
            text, row_range = _without_range_cell(text, line, page)
            text = _without_time_cell(text, line, page)
            if row_range and (not text or (_list_number(text, items) is None and not _lettered_row(text))):
                if items and not items[-1].printed_pages:
                    items[-1].printed_pages = row_range  # the range column a line or two under the item's row
                row_range = None
                if not text:
                    continue
            if (EXEMPT_RE.search(text) or PRIVATE_SECTION_RE.match(text)) and not UNRESTRICTED_RE.search(text):
                exempt = True
            if current is not None and text and re.search(r"\(\s*pages?\s*$", current.title, re.I):
                current.title = f"{current.title} {text}"  # "(Pages" / "461 - 610)" split over two lines
                continue
            if id(line) in timed_titles and not any(item.number for item in items):
                current = AgendaItem(
                    number=None,
                    title=timed_titles[id(line)],
                    is_exempt=exempt,
                    provenance=Provenance(
                        document=document_id, page=page.number, bbox=line.bbox, method="rule:agenda-timed"
                    ),
                )
                items.append(current)
                item_x0, side_x, grid, last = line.x0, None, False, line
                continue
            parsed = _list_number(text, items) if _is_heading_candidate(line, page) else None
            if parsed is None and id(line) in questions and items and abs(line.x0 - item_x0) <= 4:
                parsed = questions[id(line)]  # 'Q1' … in the list's number column, between its numbered items
            if (
                current is None
                and described is not None
                and not parsed
                and _sub_item_under(text, line, item_x0, described)
            ):
                current = described  # '(i) Applications' under 'To consider the following matters': its sub-items
            elif (
                current is None
                and described is not None
                # '16 September 2026.', '2026 be adopted.' ending the description's sentence
                and (not parsed or DATE_REST_RE.match(parsed[1]) or parsed[1][:1].islower())
                and line.x0 > item_x0 + 4
            ):
                if (PAGE_RANGE_RE.fullmatch(text) or _closing_range(text)) and not described.printed_pages:
                    # '(Pages 1 - 6)' alone under the item's description (a ModernGov notice), or closing its last
                    # line ('… held on 9 April 2027. (Pages 5 - 12)'): the item's range
                    described.printed_pages = format_page_range(parse_page_range(_closing_range(text) or text))
                continue  # the description's own lines: the item it describes may still print its range or sub-items
            described = None
            if current is None and flat_subs and items and BRACKETED_SUB_RE.match(text):
                # '(2) Dignity at Work Appeal' after the line saying what '(1)' (or the item) is for
                current = described or (items[-1] if items[-1].parent else None)
            numbered_sub = (
                _numbered_sub_item(text, line, current, item_x0, _carried_sub_number(items), flat=flat_subs)
                if current is not None and not grid
                else None
            )
            if numbered_sub:
                parsed = None  # '(1) Cornmarket Notice Board' under '7. Motions on Notice': not a new list
            if parsed and items and line.x0 > item_x0 + 8 and (parsed[0] == "1" or nested_x is not None):
                # '1 Details of any employment ...' indented under 'Disclosures of interest': a list in the item
                nested_x, parsed, current = nested_x or line.x0, None, None
            elif parsed and line.x0 <= item_x0 + 4:
                nested_x = None
            if parsed and parsed[1]:
                slot = TIME_SLOT_RE.match(parsed[1])
                timed = bool(slot) and not re.match(r"^\d{1,2}\.\d{1,2}\s+[A-Z]", parsed[1])  # not "3.1 Title"
                if slot and timed:
                    parsed = (parsed[0], parsed[1][slot.end() :])
            if (
                parsed
                and not parsed[1]
                and not _same_number(parsed[0], _next_number(items) if items or parsed[0] != "I" else "I")
                and parsed[0] not in _next_sub_numbers(items)
                # '24/102', 'A2' or '(2)' alone over its title: the list's next number, or its first in such a label
                and not (id(line) in heads and (parsed[0] in _next_numbers(items) or not items))
                # 'Agenda Item 7' over its title in a supplementary agenda: its papers only, numbered as the agenda
                and not (AGENDA_ITEM_LABEL_RE.match(text) and _in_sequence(parsed[0], items))
            ):
                parsed = None  # "2015." closing a wrapped title, a stray figure: not an item
            if parsed and not _in_sequence(parsed[0], items):
                parsed = None  # "12 – see attached" wrapping a title, "2012 ..." in the text: not an item
            if parsed and parsed[1][:1].islower() and items:
                parsed = None  # "1 work on the small playground ...": a wrapped cell under an item, not one
            if parsed and _wraps_prose(text, line, previous):
                parsed = None  # '3510 South Lakeshore Avenue. The agenda ...': a sentence's wrapped line, not item 3510
            if (
                parsed
                and current is not None
                and line.x0 > item_x0 + 4
                and DATE_REST_RE.match(parsed[1])
                and not _dated_sub_item(*parsed)
            ):
                parsed = None  # '21 April 2027   3' under '… Committee held on': the title's wrapped date, its page
                if row_range and not current.printed_pages:
                    current.printed_pages, row_range = row_range, None  # '12 March 2027 ........   5 - 10'
            if parsed and ADDRESS_TITLE_RE.match(parsed[1]) and not _next_item_number(parsed[0], items):
                parsed = None  # '46 High Street, Marlow Bay' under the meeting's date: the venue, not item 46
            if parsed and items and ITEM_LABEL_PREFIX_RE.match(text) and line.x0 > item_x0 + 20:
                parsed = None  # "AGENDA ITEM NO. 10 SHALL BE LAID OVER" indented under an item: a note on it
            if (
                parsed
                and (parsed[1] or line.x0 < page.width * 0.2)
                and not re.match(r"^(\d{1,2}\s*[.:]\s*\d{2}\b|\d+\s*$|[ap]\.?m\b\.?)", parsed[1], re.I)
                and not (DATE_REST_RE.match(parsed[1]) and not _dated_sub_item(*parsed))
            ):
                number, rest = parsed
                item_x0 = line.x0
                # a list numbered '1.' may number its sub-items '(1)' at its own indent (a university court's agenda)
                flat_subs = number.isdigit() and not text.startswith("(")
                grid = not rest
                label_only = grid and bool(ITEM_LABEL_PREFIX_RE.match(text))  # 'Agenda Item 4' over its title
                side_x = grid_title_x = under_x = None
                current = AgendaItem(
                    number=number,
                    title=rest,
                    is_exempt=exempt or EXEMPT_MARK_RE.search(rest) is not None,
                    kind="agenda",
                    provenance=Provenance(
                        document=document_id, page=page.number, bbox=line.bbox, method="rule:agenda-list"
                    ),
                    printed_pages=row_range,
                )
                gap_page = TRAILING_PAGE_RE.search(rest)
                if gap_page and not PAGE_RANGE_RE.search(rest):  # "... and notes of   3" / "the Joint session ..."
                    current.printed_pages, current.title = gap_page[1], rest[: gap_page.start()]
                elif "   " in rest and not PAGE_RANGE_RE.search(rest):
                    current.title = rest.split("   ")[0]
                    side_x = _column_x(line, text, text.index(rest) + len(current.title)) + 6
                items.append(current)
                last = line
            elif current is not None and text and not parsed:
                head = current.parent or current.number or ""
                # 'A-1 ORDINANCE NO. 269 ...', 'C-2 ...' under section 'A.' / 'C.' (US agendas): numbered in the
                # section; '7-A Approving minutes' under '7. Consent Agenda': lettered in the item
                dashed = (
                    re.match(rf"{re.escape(head)}-(?P<num>\d{{1,2}})\.?\s+(?P<title>\S.*)$", text)
                    if len(head) == 1 and head.isupper() and text.startswith(f"{head}-")
                    else re.match(rf"{re.escape(head)}-(?P<num>[A-Z])\.?\s+(?P<title>[A-Z]\S*.*)$", text)
                    if head.isdigit() and text.startswith(f"{head}-")
                    else None
                )
                # '1.A. CALL TO ORDER', '7.a Approving minutes' under '1. GENERAL' / '7. Consent Agenda': lettered
                # in the item after a full stop, numbered as printed ('1.A', '7.a')
                # ... and 'E.1. Financial Statements' under 'E. CONSENT AGENDA' (a US port district): numbered in the
                # lettered section after a full stop ('E.1')
                dotted = (
                    re.match(rf"{re.escape(head)}\.(?P<num>[A-Za-z])\.?\s+(?P<title>[A-Z]\S*.*)$", text)
                    if head.isdigit() and text.startswith(f"{head}.")
                    else re.match(rf"{head}\.(?P<num>\d{{1,2}})\.?\s+(?P<title>[A-Z]\S*.*)$", text)
                    if re.fullmatch(r"[A-Z]", head) and text.startswith(f"{head}.")
                    else None
                )
                sub = (
                    dashed
                    or dotted
                    or numbered_sub
                    or SUB_ITEM_RE.match(text)
                    or _unmarked_sub_item(text, line, current, last)
                    or _capital_sub_item(text, line, current, item_x0)
                )
                cells = [cell.strip() for cell in text.split("   ") if cell.strip()]
                if label_only and not current.title:
                    current.title, label_only, grid, last, under_x = text, False, False, line, line.x0
                elif grid or (timed and DURATION_RE.match(cells[0])):
                    if line.x0 <= item_x0 + 4:
                        if _title_under_number(text, line, current, last):
                            current.title, grid, last, under_x = text, False, line, line.x0
                        else:
                            current, grid = None, False  # a section label in the number column ends the row
                        continue
                    while cells and (DURATION_RE.match(cells[0]) or TIME_SLOT_RE.fullmatch(cells[0] + " ")):
                        cells = cells[1:]
                    if current.title and _note_left_of_title(text, line, grid_title_x):
                        current, grid = None, False  # a note under the row set left of its title cell: the title ends
                        continue
                    if cells and line.x0 < page.width * 0.6:  # a cell alone at the right is the lead column
                        grid_title_x = grid_title_x if current.title else line.x0
                        current.title = join_wrapped(current.title, cells[0])
                elif ATTACHED_RE.match(text):
                    continue  # the item's papers: the item stays open for its sub-items, its title ends
                elif (
                    BULLET_RE.match(text)
                    or (DASH_BULLET_RE.match(text) and line.x0 > item_x0 + 8)
                    or text.endswith(":")
                    and len(text.split()) > 5
                ):
                    current = None  # the points under an item, or the sentence leading into them, are not its title
                elif sub and current.number:
                    current = AgendaItem(
                        number=(
                            f"{head}-{sub['num']}"
                            if dashed
                            else f"{head}.{sub['num']}"
                            if dotted
                            else sub["num"]
                            if sub["num"][:1].isdigit() and not sub["num"].isdigit()
                            else f"{head}({sub['num']})"
                        ),
                        title=sub["title"],
                        parent=current.parent or current.number,
                        is_exempt=exempt,
                        provenance=Provenance(
                            document=document_id, page=page.number, bbox=line.bbox, method="rule:agenda-sub-item"
                        ),
                        printed_pages=row_range,  # '6a   Cremator Replacement Update   11 - 18': the sub-item's own
                    )
                    items.append(current)
                    side_x, last, under_x = None, line, None
                    if "   " in sub["title"] and not PAGE_RANGE_RE.search(sub["title"]):
                        current.title = sub["title"].split("   ")[0]
                        side_x = _column_x(line, text, text.index(current.title) + len(current.title)) + 6
                elif side_x is not None and line.x0 >= side_x:
                    continue  # the description column beside the title
                elif _quoted_text(text, current.title):
                    side_x = line.x0  # a motion's quoted words under its title end the title; its sub-items may follow
                elif (
                    DESCRIPTION_RE.match(text)
                    and text.endswith((".", ".)"))
                    or _purpose_line(text, line, item_x0, current.title)
                    or PRESENTER_RE.match(text)
                    or NOTE_RE.match(text)
                    or PARTICULAR_RE.match(text)
                    or MOTION_LINE_RE.match(text)
                    or (LISTED_ENTRY_RE.match(text) and line.x0 > item_x0 + 4)
                    or STATUTE_LINE_RE.match(text)
                    or _describes_item(text.split("   ")[0], current.title)
                ) and not JOINING_END_RE.search(current.title):
                    # 'To receive the report of the Treasurer.': what the item is for, not its title; under a
                    # sub-item ('7a …' over 'Report of the Director of …') the next sub-item ('7b') may follow
                    closing = _closing_range(text)  # 'Report of the Director of Place. (Pages 61 - 72)'
                    if closing and not current.printed_pages and not PAGE_RANGE_RE.search(current.title):
                        current.printed_pages = format_page_range(parse_page_range(closing))
                    current, described = None, current if current.number else None
                elif text.startswith("((") and _follows_close(line, last):
                    current.title, last = join_wrapped(current.title, text), line  # '((PUBLIC HEARING TODAY))'
                elif PAGE_RANGE_RE.fullmatch(text.strip()) or (
                    not PAGE_RANGE_RE.search(current.title)
                    and (len(current.title) < 200 or _breaks_off(current.title))
                    and (
                        _wrap_placed(text, line, item_x0, current.title)
                        or _under_title(text, line, under_x, current.title)
                    )
                    and (not EXEMPT_RE.search(text) or _open_bracket(current.title))
                    and not UNRESTRICTED_RE.search(text)
                    and (not text.startswith("(") or _bracket_runs_on(text, current.title))
                    and not _introduces_particulars(current.title)
                    and not _caps_title_over_text(current.title, text)
                    and not re.match(r"^\d{2,}/\d{3,}", text)  # '20/03320/TCA Westend House': a list under it
                    and not LINKED_DOCUMENT_RE.search(text)  # 'Minutes 13.02.24 (PDF, 210Kb)': a paper of the item
                    # a wrapped line follows close under the title, a note under the item after a gap
                    and _follows_close(line, last)
                    and not _weight_drops(last, line, current.title)
                ):
                    # the title's own cell: a description beside it in a second column is not part of it
                    current.title = join_wrapped(current.title, text.split("   ")[0] if side_x is not None else text)
                    last = line
                else:
                    # a line no rule reads ends the title; a sub-item's next letter may still follow it
                    current, described = None, current if current.number else None
    if (
        0 < listed_from < len(items)
        and items[listed_from].number in ("1", "I", "A")
        and _item_page(items[0]) == _item_page(items[listed_from])
    ):
        # a numbered list before the 'AGENDA' heading and the items numbered again from 1 under it: the first list
        # was the rules of public participation or the meeting's notes, not business
        items = items[listed_from:]
    for item in items:
        item.title = TIME_CELL_END_RE.sub("", without_link_size(item.title))
        item.title = PAPER_REF_END_RE.sub("", DURATION_CELL_END_RE.sub("", item.title))
        item.title = WELSH_PAGES_RE.sub("(", item.title)  # '(Tudalennau / Pages 5 - 12)': the range in two languages
        _take_leader_range(item)
        if item.printed_pages:
            item.title = " ".join(item.title.split())
            continue
        pages_range = parse_page_range(item.title)
        start_page = TRAILING_PAGE_RE.search(item.title)
        lettered = LETTERED_RANGE_RE.search(item.title)
        if lettered and not pages_range:
            # '(Pages A1 - A6)': a supplement's pages, numbered after its letter as its stamps print them ('Page A3')
            first, last = int(lettered["first"]), int(lettered["last"] or lettered["first"])
            letter = lettered["letter"]
            item.printed_pages = f"{letter}{first}" if first == last else f"{letter}{first}-{letter}{last}"
            item.title = LETTERED_RANGE_RE.sub("", NOTE_AFTER_RANGE_RE.sub("", item.title)).strip(" .-–")
        elif pages_range:
            item.printed_pages = format_page_range(pages_range)
            # '… Update (Pages 5 - 12) (To Follow)': a note after the range says how the paper comes, no title
            item.title = PAGE_RANGE_RE.sub("", NOTE_AFTER_RANGE_RE.sub("", item.title)).strip(" .-–")
        elif start_page:  # "Annual complaints report      9": the page the item starts on
            item.printed_pages = start_page[1]
            item.title = item.title[: start_page.start()]
        item.title = re.sub(r"(?<!\.\.)(?:\s+[-–—]|\s*:|(?<![A-Z.])\.)$", "", " ".join(item.title.split()))
        # 'with Appendices A & B.': a letter after a word or '&' ends the sentence; 'Mr J.' is an initial
        # and a word in capitals ('REPORTS / INFORMATION.') is not an initial either
        item.title = re.sub(r"(\s(?:[a-z]+|&)\s[A-Z]|[A-Z]{2})\.$", r"\1", item.title)
    _drop_footnote_marks(items, pages)
    if sum(bool(ALPHA_ITEM_RE.match(f"{item.number}. X")) for item in items if not item.parent) == 1:
        items = [item for item in items if item.parent or not ALPHA_ITEM_RE.match(f"{item.number}. X")]
        # 'A. Smith (Chair)' is an initial, not a one-item list
    items = [item for item in items if item.title and not DATE_TITLE_RE.match(item.title)]
    items = _without_roman_notes(items)
    if not items:
        items = _unnumbered_list(front, document_id)
    attach_presenters(items, pages)
    return items


# 'To receive apologies for absence', 'To consider the quotation for …': an item of a parish's list that prints no
# number, the purpose its title (as the dev golds' parish agendas give such lines)
PURPOSE_TITLE_RE = re.compile(r"^To\s+[a-z]{3,}\s+\S")


def _unnumbered_list(front: list[PageLayout], document_id: str, least: int = 3) -> list[AgendaItem]:
    """An agenda whose list prints no numbers: under its 'AGENDA' heading, the lines of one kind at one margin,
    at least ``least`` of them, are its items (number null): each a 'To receive …' / 'To consider …' line where
    every line of the list is one; else each short bold line in the text's size (a sentence under one is what the
    item is for); else each short line in capitals. Read only where no numbered item was found."""
    for page in front:
        lines = page.body_lines()
        start = next((at for at, line in enumerate(lines) if is_list_heading(line.text)), None)
        if start is None:
            continue
        below = [line for line in lines[start + 1 :] if line.text.strip()]
        if not below:
            continue
        size = sorted(round(line.size) for line in below)[len(below) // 2]

        def short(line: Line) -> bool:
            text = line.text.strip()
            return len(text.split()) <= 8 and not text.endswith((".", ",", ";", ":")) and "   " not in text

        kinds = (
            [
                line
                for line in below
                if PURPOSE_TITLE_RE.match(line.text.strip()) and not line.text.rstrip().endswith(".")
            ]
            if all(PURPOSE_TITLE_RE.match(line.text.strip()) for line in below)
            else [],
            [
                line
                for line in below
                if line.bold and line.bold_end is None and round(line.size) == size and short(line)
            ],
            [line for line in below if short(line) and line.text.isupper() and re.search(r"[A-Z]{3}", line.text)],
        )
        for chosen in kinds:
            if len(chosen) < least or max(line.x0 for line in chosen) - min(line.x0 for line in chosen) > 4:
                continue
            return [
                AgendaItem(
                    number=None,
                    title=" ".join(line.text.split()),
                    provenance=Provenance(
                        document=document_id, page=page.number, bbox=line.bbox, method="rule:agenda-unnumbered"
                    ),
                )
                for line in chosen
            ]
        return []
    return []


# a sentence's own verb: 'Members are reminded …', 'Plans may be viewed …', 'The meeting will be recorded …'
NOTE_VERB_RE = re.compile(r"\b(?:are|is|may|will|should|must|can|have|has)\b")


def _without_roman_notes(items: list[AgendaItem]) -> list[AgendaItem]:
    """'i) Members are reminded of their duty to declare …', 'ii) The public may speak …' above '1. Apologies':
    notes to the members numbered in lower-case Roman numerals before the list's own '1' are no items (each a
    sentence of six words or more with its verb)."""
    tops = [item for item in items if not item.parent]
    notes = 0
    while notes < len(tops) and LOWER_ROMAN_ITEM_RE.match(f"{tops[notes].number}) X"):
        notes += 1
    if not notes or notes >= len(tops) or tops[notes].number != "1":
        return items
    if not all(len(item.title.split()) >= 6 and NOTE_VERB_RE.search(item.title) for item in tops[:notes]):
        return items
    dropped = {item.number for item in tops[:notes]}
    return [item for item in items if item.number not in dropped and item.parent not in dropped]


# '*1. Approval of minutes': the asterisk marks an item of the consent agenda, not part of its number
CONSENT_MARK_RE = re.compile(r"^\*\s?(?=\d{1,3}[.)]\s|[A-Za-z][.)]\s)")


# the agenda's own contents page after its cover ('TABLE OF CONTENTS   1.0 PRESENT   Page 2', a shire council's agenda)
CONTENTS_HEADING_RE = re.compile(r"^(?:table\s+of\s+)?contents$", re.I)


def _opens_list(page: PageLayout, items: list[AgendaItem], front: list[PageLayout]) -> bool:
    """The page after a summons page that holds the list although it already prints a page number ('- 2 -',
    '2 of 60', 'Page 1'): nothing read yet, the page just after the frontsheet, and a list heading ('AGENDA',
    'Items of business', the agenda's 'TABLE OF CONTENTS') over its first numbered line, item 1 (or '1.0')."""
    if items or page.agenda_item_stamp or page.number != front[-1].number + 1 or page.number > 3:
        return False
    headed = False
    for line in page.body_lines():
        text = line.text.strip()
        if is_list_heading(text) or CONTENTS_HEADING_RE.match(text):
            headed = True
            continue
        parsed = _list_number(text, items) if _is_heading_candidate(line, page) else None
        if parsed and parsed[1]:
            return headed and parsed[0] in ("1", "I", "A", "1.0")
    return False


def _item_page(item: AgendaItem) -> int | None:
    return item.provenance.page if item.provenance else None


# '6:45 p.m. Public Comment': an item printed after the time it is heard, with no number
TIMED_TITLE_RE = re.compile(rf"^{_CLOCK}\s+(?P<title>[A-Z][a-z'’]*\b(?:(?!\s{{3}}).)*)$", re.I)


# 'Q1   Question from Cllr Ann Beckett to the Leader': a council's questions numbered as items in the number column
QUESTION_NUMBER_RE = re.compile(r"^Q(?P<n>\d{1,2})(?:[.:)]?\s{3,}|[.:)]\s+)(?P<title>[A-Z].*)$")


def _question_numbers(lines: list[Line], least: int = 2) -> dict[int, tuple[str, str]]:
    """The (number, title) of each line of a run 'Q1', 'Q2', … in sequence at one margin (``least`` lines at least,
    from 'Q1'): the questions of a council's question time as items. A 'Q' number alone or out of sequence (a
    title's wrapped 'Q3 Budget Monitoring', a quarter's report) is none."""
    found: dict[int, tuple[str, str]] = {}
    run: list[tuple[int, Line, str]] = []
    for line in [*lines, None]:
        match = QUESTION_NUMBER_RE.match(line.text.strip()) if line is not None else None
        if match is None and line is not None:
            continue
        count = int(match["n"]) if match else 0
        if match and line is not None and run and count == run[-1][0] + 1 and abs(line.x0 - run[0][1].x0) <= 4:
            run.append((count, line, match["title"]))
            continue
        if len(run) >= least:
            found.update({id(entry): (f"Q{number}", title) for number, entry, title in run})
        run = [(count, line, match["title"])] if match and line is not None and count == 1 else []
    return found


def _timed_titles(lines: list[Line], least: int = 3) -> dict[int, str]:
    """id(line) -> title of the lines of a run of at least ``least`` unnumbered timed items one under another at one
    indent ('6:30 p.m. Call to Order' / '6:35 p.m. Approval of Minutes' / ...); a time over a date or a weekday
    ('6:00 PM Thursday, October 10') is the meeting's, not an item's."""
    found: dict[int, str] = {}
    run: list[tuple[Line, str]] = []
    for line in [*lines, None]:
        match = TIMED_TITLE_RE.match(line.text.strip()) if line is not None else None
        title = match["title"] if match else ""
        dated = re.match(rf"^(?:{WEEKDAY_RE}|{MONTH_RE})\b", title, re.I) or len(title) < 40 and _only_a_date(title)
        if match and (not title[:1].isupper() or dated or ITEM_LABEL_PREFIX_RE.match(title)):
            match = None  # '10.00 Item 1 Welcome' is a numbered item after its time
        if match and line is not None and (not run or abs(line.x0 - run[-1][0].x0) <= 4):
            run.append((line, title))
            continue
        if len(run) >= least:
            found.update((id(timed), title) for timed, title in run)
        run = [(line, title)] if match and line is not None else []
    return found


def _dated_sub_item(number: str, rest: str) -> bool:
    """'3.1 February 3, 2025 Minutes' under 'ADOPTION OF MINUTES': a decimal sub-item whose title opens with the date
    of the minutes it names (a date alone after a number, '13 NOVEMBER 2023', ends a title)."""
    return "." in number and re.search(r"\d{4}\s+[A-Za-z]", rest) is not None


# 'Attachments: Staff report, Ordinance' under a Legistar or CivicClerk item: its papers, not its title
# the item's papers: 'Attachments:', 'Additional documents:', 'Documents: E-2 Fin Reports.pdf' (an agenda centre's page)
ATTACHED_RE = re.compile(r"^(?:attachments?|enclosures?|(?:(?:additional|supporting)\s+)?documents?)\s*:", re.I)
# a page range printed as a column at the right of the agenda ('5 - 17' in eScribe agendas), on the item's row or
# alone a line or two under it
RANGE_CELL_RE = re.compile(r"(?:^|(?<=\s\s\s))(?P<first>\d{1,4})\s*[-–]\s*(?P<last>\d{1,4})$")
# a sentence under an agenda title saying what the item is for ('To receive the report of the Treasurer.')
# ('Consider report by Director ... (Copy attached.)': a Scottish council's way of saying it)
DESCRIPTION_RE = re.compile(
    r"^(?:To\s+[a-z]+\b|Consider\s+(?:the\s+)?(?:[Jj]oint\s+)?(?:[Rr]eports?|[Mm]inutes?)\b"
    r"|(?:Purpose|Summary|Recommendations?)\b\s*:?)"
)
# 'To receive apologies for absence' indented under 'Welcome and Apologies for Absence': the purpose, with no stop
PURPOSE_VERBS = r"(?:receive|approve|note|consider|agree|confirm|elect|appoint|review|discuss|determine)"
PURPOSE_VERB_RE = re.compile(
    rf"^To\s+{PURPOSE_VERBS}\s+\S+(?:\s+\S+){{2}}"
    # 'For approval as a correct record', 'For information': what the paper is before the meeting for
    # ('For Decision', 'For: Assurance', 'For: Decision / Assurance' on an NHS board's or a Northern Ireland
    # council's agenda)
    rf"|^For\s*:?\s+(?i:{PAPER_PURPOSES})\b"
    # 'Members are requested to note the intention to circulate …': what the meeting is asked to do
    r"|^(?:Members|The\s+(?:Committee|Board|Panel|Council|Cabinet))\s+(?:is|are)\s+(?:requested|asked|invited)\s+to\s"
)
TITLE_PURPOSE_RE = re.compile(rf"\b[Tt]o\s+{PURPOSE_VERBS}\b")
CAPITAL_SUB_RE = re.compile(r"^\(?(?P<num>[A-H])(?:[.)]\s+|\.(?=[A-Z][a-z]))(?P<title>[A-Z0-9].*)$")  # 'A.Nominate' too


# '… (Page 10)   20 mins': the time allowed for the item, in a column of its own at the right
PAPER_REF_END_RE = re.compile(r"(?<=\S)\s+Paper\s+[A-H]\d?$")  # "5. PRINCIPAL'S REPORT Paper D": the paper's letter
DURATION_CELL_END_RE = re.compile(r"(?<!\s)\s{3,}\(?\d{1,3}\s*(?:mins?|minutes|hrs?|hours?)\.?\)?$", re.I)
# 'Winter Resilience Plan (Pages 4 - 25)        10:30': the time the item is taken, a column at the right of its row
TIME_CELL_END_RE = re.compile(r"(?<!\s)\s{3,}(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s*[ap]\.?m\.?)?$", re.I)
# 'Minutes of the meeting held on 2 December 2025 ........ 1 - 6': the range after the title's dot leaders
LEADER_RANGE_RE = re.compile(r"(?<![.\s])\s*(?:\.\s?){4,}(?P<first>\d{1,4})(?:\s*[-–]\s*(?P<last>\d{1,4}))?$")


# dot leaders as OCR reads them from a scan: a run of three or more dots after the title, then more dots, letters
# and specks made of the leader's dots ('eee cece', '©...') and maybe the page ('Public forum ........ ee eeeneanee
# os pipe', 'Financial report ....... eee cee 11'): where the leader starts, the title has ended
OCR_LEADER_RE = re.compile(r"(?<=\w)[\s©«»•·,;:'‘’\"]*(?:\.\s?){3,}(?P<rest>.*)$")
LEADER_RESIDUE_RE = re.compile(r"(?:\.\s?){3}|(?:\d{1,4}(?:\s*[-–]\s*\d{1,4})?|[-–—])\s*$")
# ... or read as words of 'c' and 'e' alone with no dot left ('Village hall lease eee cee ce cece ceceecec 15')
LEADER_LETTERS_RE = re.compile(r"(?<=\w)(?:\s+[ce.,:;]*[ce][ce.,:;]*){3,}\s+\d{1,4}(?:\s*[-–]\s*\d{1,4})?$")


def _without_ocr_leader(text: str) -> str:
    """``text`` without the dot leaders OCR read as specks and letters after it (:data:`OCR_LEADER_RE`, with no
    words in capitals after them, a title going on after an ellipsis, and more dots or a page number at their end;
    :data:`LEADER_LETTERS_RE`)."""
    residue = OCR_LEADER_RE.search(text)
    rest = residue["rest"] if residue else ""
    if residue and LEADER_RESIDUE_RE.search(rest) and not re.search(r"\b[A-Z][a-z]{2,}", rest):
        return text[: residue.start()]
    letters = LEADER_LETTERS_RE.search(text)
    return text[: letters.start()] if letters else text


def _take_leader_range(item: AgendaItem) -> None:
    """The page or range printed after dot leaders in the title's own cell becomes the item's printed pages; dot
    leaders OCR read as specks and letters are cut off the title (:func:`_without_ocr_leader`)."""
    leader = LEADER_RANGE_RE.search(item.title)
    if leader is None:
        item.title = _without_ocr_leader(item.title)
        return
    first, last = int(leader["first"]), int(leader["last"] or leader["first"])
    if last < first:
        return
    item.title = item.title[: leader.start()]
    item.printed_pages = item.printed_pages or format_page_range((first, last))


def _purpose_line(text: str, line: Line, item_x0: float, title: str) -> bool:
    """'To receive apologies for absence' indented under 'Welcome and Apologies for Absence': what the item is for,
    printed without a stop; under 'Finance - To approve monthly accounts payable' (a title that is itself a purpose)
    it is the title's own next line."""
    return line.x0 > item_x0 + 4 and PURPOSE_VERB_RE.match(text) is not None and not TITLE_PURPOSE_RE.search(title)


def _without_time_cell(text: str, line: Line, page: PageLayout) -> str:
    """The line without the time its item is taken, printed as a column at the right ('… Changes to the   11:00' over
    the title's wrapped line): the time is no word of the title."""
    cell = TIME_CELL_END_RE.search(text)
    if cell is None or _column_x(line, text, cell.end() - 1) < page.width * 0.6:
        return text
    return text[: cell.start()]


def _without_range_cell(text: str, line: Line, page: PageLayout) -> tuple[str, str | None]:
    """The line without a page range printed as a column at the right ('2 - 3'), and that range ('2-3')."""
    cell = RANGE_CELL_RE.search(text)
    if cell is None or int(cell["last"]) < int(cell["first"]):
        return text, None
    if _column_x(line, text, cell.start("first")) < page.width * 0.6:
        return text, None
    return text[: cell.start()].strip(), format_page_range((int(cell["first"]), int(cell["last"])))


# '(Tudalennau / Pages 5 - 12)', '(Tudalen / Page 13)' on a Welsh council's bilingual agenda
WELSH_PAGES_RE = re.compile(r"\(\s*+tudalen(?:nau)?\s*+/\s*+(?=pages?\b)", re.I)
AGENDA_ITEM_LABEL_RE = re.compile(r"agenda\s+item\s+(?:no\.?\s*)?\d{1,3}[a-z]?\s*$", re.I)
# '(Pages A1 - A6)', '(Page B3)': a supplementary pack's range, its page numbers after the supplement's letter
LETTERED_RANGE_RE = re.compile(
    r"\(\s*+[Pp]ages?\s++(?P<letter>[A-Z])(?P<first>\d{1,4})(?:\s*+(?:-|–|—|to)\s*+(?P=letter)(?P<last>\d{1,4}))?\s*+\)"
)
# a bracketed note after an item's range: '(Pages 5 - 12) (To Follow)', '(Pages 5 - 12) (Verbal)'
NOTE_AFTER_RANGE_RE = re.compile(
    r"(?<=\))\s*+\(\s*+(?:(?:report|paper|appendix)\s+)?(?:to\s+follow|verbal(?:\s+(?:report|update))?)\s*+\)\s*$", re.I
)
# a note under an item's title on how its paper comes: 'Report to follow', '(To follow)', 'Verbal report of the
# Licensing Manager', 'Verbal update', 'Standing item.' (an item on every agenda) (no part of the title)
NOTE_RE = re.compile(
    r"^\(?(?:(?:report|paper|papers|minutes|appendix|appendices)\s+)?to\s+follow\.?\)?$"
    r"|^\(?standing\s+item\.?\)?$"
    r"|^\(?verbal(?:\s+(?:report|update|item|presentation))?\b"
    r"|^\(?(?:none|nil)\.?\)?$"  # 'NONE' under 'B. UNFINISHED BUSINESS': no business under the heading
    # 'Enclosure B', 'Encl. C', 'Paper D' under an NHS board's item: the paper's letter in the pack
    r"|^\(?(?:enclosure|encl\.?|paper)\s+[A-Z]?\d{0,2}[a-z]?\)?$"
    # 'Report CAB/24/017', 'Paper: FRA-24-09', 'Report No. HR/12/3': the reference of the item's report
    r"|^\(?(?:report|paper)\s*(?:no\.?|ref(?:erence)?\.?)?\s*:?\s*[A-Z]{1,6}[/-]?\d{1,4}(?:[/-]\d{1,4}){1,3}\)?$",
    re.I,
)
# 'MOTION - That under Section 100(A) of the Local Government Act 1972, the public be excluded …' under 'Exclusion of
# the Public': the motion the item moves, not the title's wrapped line
MOTION_LINE_RE = re.compile(r"^(?:MOTION|Motion)\s*[-–—:]\s*(?:THAT|That)\b")
# 'Question 1 from Cllr Ruth Lacey to the Leader', 'Motion 2 - Pavement Parking (Cllr Hale)' indented under 'Questions
# from Members' / 'Notices of Motion': the entries the item takes in turn, not its title's wrapped lines
LISTED_ENTRY_RE = re.compile(r"^(?:Question|Motion|Petition|Deputation)\s+(?:No\.?\s*)?\d{1,2}\s*(?:from\b|[-–—:])")
# a labelled particular under an item's title: 'Presentation: X, President', 'Recommendation: THAT the minutes …',
# 'Delegation Request: X', 'File: 01-0530-20' (a Canadian city's agenda); the title ends above it
# ... and a planning application's particulars under it: 'Ward: Hambleton and Croft', 'Parish: Upton', 'Applicant:
# Mr J Smith', 'Case Officer: …', 'Site: …' (a planning committee's agenda); the next application may follow
# ... and the member or officer a cabinet's item names under its title: 'Lead Member: Councillor S Okafor',
# 'Portfolio Holder: …', 'Lead Officer: …', 'Report Author: …', 'Key Decision: Yes'
PARTICULAR_RE = re.compile(
    r"^(?:Presentation|Recommendations?|Delegation\s+Request|File|Options|Purpose|Summary|Background"
    r"|Wards?(?:\s+affected)?|Parish|Applicant|Agent|(?:Case\s+|Lead\s+|Contact\s+)?Officer|Site(?:\s+address)?"
    r"|(?:Lead|Cabinet)\s+Member|Portfolio(?:\s+Holder)?|Report\s+Author|Key\s+Decision)\s?:(?:\s|$)"
)
# 'Government Code 54956.9(a)', '(Gov. Code § 54957.6)', 'Pursuant to Government Code Section 54956.8' under a
# closed session's item: the statute the item is held under, a particular of the item, not its title's wrapped line
# (a title broken off on 'pursuant to' still takes it: the branch reading particulars skips a title ending on a
# joining word). The whole line is the citation: 'Section 106 Agreement' is a title
_SECTION_NUMBER = r"\d{1,6}(?:\.\d{1,4})?(?:\s?\([a-z0-9]{1,4}\)){0,4}"
STATUTE_LINE_RE = re.compile(
    r"^\(?(?:pursuant\s+to\s+)?(?:(?:California\s+)?(?:Government|Gov(?:'t|\.)?|Education|Penal|Water)\s+Code\s+"
    r"(?:Sections?\s+|Sec\.\s?|§{1,2}\s?)?|(?:Sections?|Sec\.|§{1,2})\s?)"
    rf"{_SECTION_NUMBER}(?:\s?(?:,|and|&)\s?{_SECTION_NUMBER}){{0,3}}\)?\.?$",
    re.I,
)
QUOTED_OPENING = ("“", '"', "‘")


CLOSING_QUOTE_RE = re.compile(r"[”\"’]")


def _quoted_text(text: str, title: str) -> bool:
    """'“This Council wishes to express …”' under 'Notice of Motion to be put to Council by Councillor X': the motion's
    quoted words, a sentence of their own, not the title's wrapped line (the title does not break off on a joining
    word). The quote runs to the line's end or on past it: '“F” Street. New application …' goes on with a title's
    quoted name."""
    if not text.startswith(QUOTED_OPENING) or len(text.split()) < 5 or JOINING_END_RE.search(title):
        return False
    closing = CLOSING_QUOTE_RE.search(text, 1)
    return closing is None or closing.end() >= len(text.rstrip(" .")) - 1


def _describes_item(text: str, title: str) -> bool:
    """A whole sentence under a short title ('The Chair to advise that this meeting will be webcast.', CMIS
    pages' descriptions): what the item is about, not the title's wrapped line, which is a phrase."""
    return (
        len(title.split()) <= 8
        and not title.rstrip().endswith(".")
        and bool(re.match(r"[A-Z][a-z]*\s", text))
        # a sentence ends ('... correct record.', '... (Copy attached.)'), or runs on in a line at least twice the
        # title's length: a wrapped title fills its first line before it wraps
        and (text.endswith((".", ".)")) or len(text) >= 2 * len(title) + 20)
        and len(text.split()) >= 7
        and len(re.findall(r"\b[a-z]{2,}\b", text)) >= 5
    )


def _introduces_particulars(title: str) -> bool:
    """'Closed Session:' over 'S. 239(2)(e) litigation ...' and 'Purpose: ...': a short title ending in a colon
    heads the item's particulars; the lines under it are not its wrapped words."""
    return title.rstrip().endswith(":") and len(title.split()) <= 4


def _caps_title_over_text(title: str, text: str) -> bool:
    """'APPROVAL OF MINUTES' over 'June 2, 2026 Meeting- Legislative Session Day 2026-10': a title printed in
    capitals wraps in capitals; a line in mixed case under it says what the item is about."""
    letters = [char for char in title if char.isalpha()]
    words = PAGE_RANGE_RE.sub("", text)  # '… NEXT YEAR Pages 24 to 28': the range after the wrapped words is no text
    return len(letters) >= 6 and not any(char.islower() for char in letters) and any(char.islower() for char in words)


def _title_under_number(text: str, line: Line, current: AgendaItem, last: Line | None) -> bool:
    """'1.' alone on its line and the title on the next line at the same indent (a web agenda's 'No. / Item'
    printed as two lines): the title follows close under the number, begins in capitals and is no list heading."""
    return (
        not current.title
        and last is not None
        and _follows_close(line, last)
        and text[:1].isupper()
        and not is_list_heading(text)
        and not PRIVATE_SECTION_RE.match(text)
        and parse_item_number(text) is None
    )


def _wrap_placed(text: str, line: Line, item_x0: float, title: str) -> bool:
    """Where a title's wrapped line prints: under the title's indent; or, without a hanging indent, the lower-case
    rest of a title broken off after a joining word ('... considered as a matter of' / 'urgency')."""
    return line.x0 > item_x0 + 4 or text[:1].islower() and bool(JOINING_END_RE.search(title))


def _under_title(text: str, line: Line, title_x: float | None, title: str) -> bool:
    """'Item 4' alone over its title at the same indent: the title's wrapped line starts where the title does. With no
    indent to tell it from a description under the title, it goes on in the title's own case: capitals under a title
    in capitals, every long word capitalised under a title so printed."""
    if title_x is None or abs(line.x0 - title_x) > 2:
        return False
    text = PAGE_RANGE_RE.sub("", text)  # '… INTO THE NEXT YEAR (Pages 36 - 60)': the range is no word of the title
    if _in_capitals(title) or _in_capitals(text):
        return _in_capitals(title) and _in_capitals(text)
    return in_title_case(title) and in_title_case(text)


def _in_capitals(text: str) -> bool:
    letters = [char for char in text if char.isalpha()]
    return len(letters) >= 3 and all(char.isupper() for char in letters)


# the longer joining words a title in title case leaves in lower case ('Next Steps towards Submission')
TITLE_CASE_SMALL = frozenset(
    {"into", "onto", "from", "with", "within", "towards", "toward", "upon", "over", "under", "between", "across"}
    | {"against", "during", "without", "through", "than", "that", "their", "about", "after", "before"}
)


def in_title_case(text: str) -> bool:
    """Every word of four letters or more but the joining ones begins with a capital ('Schemes into the Next Year')."""
    words = [word for word in re.findall(r"[^\W\d_][\w'’-]*", text) if len(word) >= 4]
    return bool(words) and all(word[0].isupper() or word in TITLE_CASE_SMALL for word in words)


def _weight_drops(last: Line | None, line: Line, title: str) -> bool:
    """A regular line under a title printed in bold throughout that closes its phrase ('… Regulations 2012' over
    'Members are reminded of …'): the item's description, not its title wrapped (a bold title wraps in bold)."""
    closed = not _open_bracket(title) and not JOINING_END_RE.search(title)
    return last is not None and last.bold and last.bold_end is None and not line.bold and closed


def _follows_close(line: Line, last: Line | None) -> bool:
    """The line follows close under the item's last line (a wrapped line), not after a gap (a note under it)."""
    return last is None or line.top - last.bottom <= 1.2 * (last.bottom - last.top)


# '(NDOR) for project management ...', '($78,943-$96,343) to 23.1 MC': a bracket the wrapped sentence goes on after
BRACKET_RUN_ON_RE = re.compile(r"^\([^()]{1,40}\)[,;]?(?:\s+\S+){3}")


def _bracket_runs_on(text: str, title: str) -> bool:
    """A line opening with a bracket is the title's wrapped sentence, not a note under it ('(copy attached)'),
    when the title breaks off mid-sentence and the line runs on past the bracket."""
    return _breaks_off(title) and BRACKET_RUN_ON_RE.match(text) is not None


def _breaks_off(title: str) -> bool:
    """A long title that stops mid-sentence ('... and sewer connection to the Omaha Sanitary'): a US agenda's
    item is its whole ordinance or resolution paragraph, which goes on to its full stop however long it runs (a
    semicolon between its clauses, 'Project No.' before a number, do not end it)."""
    title = title.rstrip()
    return not title.endswith((".", ".)", ":", "))")) or re.search(r"\b(?:No|Nos|Sec)\.$", title) is not None


def _open_bracket(title: str) -> bool:
    """'To consider the Clerk's appraisal (exempt': the title breaks off inside a bracket its next line closes."""
    return title.count("(") > title.count(")")


def _capital_sub_item(text: str, line: Line, current: AgendaItem, item_x0: float) -> re.Match[str] | None:
    """'A. Approval of minutes' indented under 'II. CONSENT AGENDA': capital-lettered sub-items, in order."""
    match = CAPITAL_SUB_RE.match(text)
    if not match or line.x0 <= item_x0 + 4:
        return None
    previous = current.number[len(current.parent) :].strip("()") if current.parent else ""
    expected = chr(ord(previous) + 1) if re.fullmatch(r"[A-G]", previous) else "A"
    return match if match["num"] == expected else None


def _list_number(text: str, items: list[AgendaItem]) -> tuple[str, str] | None:
    """An agenda line's item number and the rest: '5. Title', 'II. TITLE', '7.00pm   1. Title' (a timing
    column before the number)."""
    if note_clause(text):
        return None  # '(2) Members in arrears of Council Tax … must not vote …' under an item's 'Notes:': no item 2
    parsed = (
        parse_item_number(text)
        or _alpha_item(text, items)
        or _lower_roman_item(text, items)
        or _lettered_top_item(text, items)
    )
    slot = TIME_SLOT_RE.match(text)
    if slot and slot.end() < len(text):
        timed = parse_item_number(text[slot.end() :]) or _alpha_item(text[slot.end() :].strip(), items)
        # '1.30   1. Welcome', '10.15 Item 3 Title': the time column, then the item's own number
        # ... or '10.00 am   1.   Welcome' (a youth council's 'Note | No. | Item' grid): '10.00' then 'am' is a clock
        clock = parsed is not None and re.match(r"[ap]\.?m\b", parsed[1], re.I) is not None
        if parsed is None or (timed is not None and timed[1] and (parsed[1] == text[slot.end() :].strip() or clock)):
            parsed = timed
    return parsed


def _lettered_top_item(text: str, items: list[AgendaItem]) -> tuple[str, str] | None:
    """'4a TO RECEIVE COMMUNICATIONS' after item 3 (or its sub-items), '4b …' after '4a': an item whose number takes
    a letter, in its place in the list (a line alone, '12b High Street', is no item)."""
    match = SUFFIXED_SUB_RE.match(text)
    tops = [item.number for item in items if item.parent is None and item.number]
    if match is None or not tops:
        return None
    last = re.fullmatch(r"(\d{1,3})(?:\.\d{1,2})?([a-h]?)", tops[-1])  # after '3', '3.3' or '4a'
    if last is None:
        return None
    letter = _suffix_letter(match)
    first_of_next = int(match["parent"]) == int(last[1]) + 1 and letter == "a"
    next_letter = match["parent"] == last[1] and last[2] != "" and letter == chr(ord(last[2]) + 1)
    return (match["num"], match["title"]) if first_of_next or next_letter else None


def _wraps_prose(text: str, line: Line, previous: Line | None) -> bool:
    """A bare number (no stop or bracket after it) opening a line under a long line of prose at the same indent
    that breaks off mid-sentence: the sentence goes on ('... Public Safety Headquarters,' / '3510 South ...')."""
    if previous is None or abs(previous.x0 - line.x0) > 2 or not re.match(r"\d{1,5}\s+[A-Z]", text):
        return False
    above = _without_ocr_leader(previous.text.strip())  # a title's dot leaders are no sentence
    return len(above) > 60 and (above.endswith(",") or bool(JOINING_END_RE.search(above)))


def _next_item_number(number: str, items: list[AgendaItem]) -> bool:
    """The number after the last item's: '3' after item 2 ('3. Station Road, Fenbrook – waiting restrictions')."""
    tops = [item.number for item in items if item.parent is None and item.number]
    return bool(tops) and tops[-1].isdigit() and number == str(int(tops[-1]) + 1)


BRACKETED_SUB_RE = re.compile(r"^\(\d{1,2}\)\s+[A-Z]")  # '(1) Annual Report' under '1. SPORTS UNION'
NUMBERED_SUB_RE = re.compile(r"^(?:\((?P<num>\d{1,2})\)|(?P<dotted>\d{1,2})\.?\))\s+(?P<title>[A-Z0-9(].*)$")
# '4a  Revenue Budget', '4b) Capital Programme', '4(a) Leisure Contract': a sub-item numbered with its item's number
# and a letter
SUFFIXED_SUB_RE = re.compile(
    r"^(?P<num>(?P<parent>\d{1,3})(?:(?P<letter>[a-h])|\((?P<bracketed>[a-h])\)))[.)]?\s+(?P<title>[A-Z(].*)$"
)


def _suffix_letter(match: re.Match[str]) -> str:
    return match["letter"] or match["bracketed"]


def _carried_sub_number(items: list[AgendaItem]) -> int:
    """The last number of the items numbered under lettered sections ('C(2)' under 'C.'): US agendas number them on
    through the sections ('C. CONSENT CALENDAR' 1, 2, 'D. ACTION' 3), else 0."""
    for item in reversed(items):
        number = re.fullmatch(r"[A-Z]\((\d{1,2})\)", item.number or "") if item.parent else None
        if number:
            return int(number[1])
    return 0


def _numbered_sub_item(
    text: str, line: Line, current: AgendaItem, item_x0: float, carried: int = 0, *, flat: bool = False
) -> dict[str, str] | None:
    """'(1) Cornmarket Notice Board', '1.) Regular meeting' or '1. Approval of consent agenda' indented under an
    item, numbered from 1 ('7(1)', 'D(1)') or, under a lettered section, on from the last section's (``carried``);
    or '4a Revenue Budget' under item 4, its letters in order ('4a')."""
    top = current.parent or current.number or ""
    previous = current.number[len(top) :].strip("()") if current.parent else ""
    suffixed = SUFFIXED_SUB_RE.match(text)
    if suffixed and suffixed["parent"] == top:
        expected = chr(ord(previous[-1]) + 1) if previous[-1:].isalpha() and len(previous) == 1 else "a"
        letter = _suffix_letter(suffixed)
        if letter == expected or (previous == "" and current.number == top and letter == "a"):
            return {"num": suffixed["num"], "title": suffixed["title"]}
        return None
    match = NUMBERED_SUB_RE.match(text) or (re.match(r"^(?P<num>\d{1,2})\.\s+(?P<title>[A-Z].*)$", text))
    # '(1) Annual Report' at the indent of '1. SPORTS UNION': a sub-item in a list of another style
    level = flat and BRACKETED_SUB_RE.match(text) is not None and abs(line.x0 - item_x0) <= 4
    indented = line.x0 > item_x0 + 8 or level
    if not match or not indented or not top or not re.fullmatch(r"\d{1,3}|[A-Z]|[IVX]{1,6}", top):
        return None
    number = match["num"] if match["num"] else match.groupdict().get("dotted")
    expected = {str(int(previous) + 1)} if previous.isdigit() else {"1"}
    if not previous and carried and re.fullmatch(r"[A-Z]", top):
        expected.add(str(carried + 1))
    return {"num": number, "title": match["title"]} if number in expected else None


def _unmarked_sub_item(text: str, line: Line, current: AgendaItem, last: Line | None) -> re.Match[str] | None:
    """'d OCC' under 'c. CDC': the next letter at the same indent, its full stop lost (OCR)."""
    match = re.match(r"^(?P<num>[a-h])\s+(?P<title>[A-Z]\S*.*)$", text)
    if not match or not current.parent or last is None or abs(line.x0 - last.x0) > 4:
        return None
    previous = current.number[len(current.parent) :].strip("()")
    return match if len(previous) == 1 and match["num"] == chr(ord(previous) + 1) else None


def _closing_range(text: str) -> str | None:
    """'(Pages 5 - 12)' closing a description's line after its sentence ('… 2027. (Pages 5 - 12)'), else None
    (read from the line's last bracket only)."""
    bracket = text.rfind("(")
    if bracket <= 0 or not text[:bracket].rstrip().endswith((".", ":")):
        return None
    tail = text[bracket:].strip()
    return tail if PAGE_RANGE_RE.fullmatch(tail) and tail.endswith(")") else None


def _sub_item_under(text: str, line: Line, item_x0: float, described: AgendaItem | None = None) -> bool:
    """'(i) Applications for consultation' indented under an item: a marked sub-item of it; '7b Department of …'
    under sub-item 7a's description: the next sub-item of item 7."""
    if line.x0 <= item_x0 + 8:
        return described is not None and line.x0 >= item_x0 - 4 and _next_letter_under(text, described)
    if SUB_ITEM_RE.match(text) is not None:
        return True
    suffixed = SUFFIXED_SUB_RE.match(text)
    if suffixed is None or described is None or suffixed["parent"] != (described.parent or described.number):
        return False
    previous = (described.number or "")[len(described.parent or described.number or "") :].strip("()")
    expected = chr(ord(previous) + 1) if len(previous) == 1 and previous.isalpha() else "a"
    return _suffix_letter(suffixed) == expected


def _next_letter_under(text: str, described: AgendaItem) -> bool:
    """'a) JOINT PANEL' at the item's own indent after '3. MINUTES' and the line saying what it is for, or 'b) …'
    after sub-item 3(a)'s description: the item's first sub-item or the next one (a pack's front sheet prints the
    letters in the number column)."""
    match = SUB_ITEM_RE.match(text)
    if match is None or not match["title"][:1].isupper() or not described.number:
        return False
    if not described.parent:
        return match["num"] in ("a", "i")
    previous = described.number[len(described.parent) :].strip("()")
    return match["num"] == next_sub_label(previous)


def _lettered_row(text: str) -> bool:
    """'6a   Cremator Replacement Update', '(b) Memorial Court': a sub-item's own row, which keeps the range printed
    at its right (not the item above's)."""
    return SUFFIXED_SUB_RE.match(text) is not None or SUB_ITEM_RE.match(text) is not None


def _in_sequence(number: str, items: list[AgendaItem]) -> bool:
    """A whole number goes forward from the last item's (by at most 25) or starts a new list at 1."""
    last = next((item.number for item in reversed(items) if not item.parent), None)
    if last and "/" in _number_shape(number) + _number_shape(last) and _number_shape(number) != _number_shape(last):
        return False  # '20/02610/TCA Holly Cottage' listed under item 10: an application reference, not item 20
    if not (number.isdigit() and last and last.isdigit()):
        return True
    return number == "1" or int(last) < int(number) <= int(last) + 25


def _continues_list(page: PageLayout, items: list[AgendaItem]) -> bool:
    """A numbered page after the frontsheet still holds the agenda when its first numbered line carries
    the list's next number (a long agenda over several pages); a report's "1. Introduction" does not."""
    if not items or page.agenda_item_stamp:
        return False
    for line in page.body_lines():
        parsed = _list_number(line.text.strip(), items) if _is_heading_candidate(line, page) else None
        if parsed and parsed[1]:
            return parsed[0] in _next_numbers(items) and not parsed[1][:1].islower()
        if parsed and parsed[0] in _next_numbers(items) and parsed[0] != str(page.number):
            return True  # 'Item 8' alone over its title: the list's next item heads the page
    return False


def _next_numbers(items: list[AgendaItem]) -> set[str]:
    """The numbers the list's next line may carry: one past the last item's, and after a sub-item numbered in its
    item ('5.2', a licensing board's second application) the next sub-item ('5.3') or the next item ('6')."""
    numbers = {_next_number(items)}
    top = [item.number for item in items if not item.parent and item.number]
    decimal = re.fullmatch(r"(\d{1,3})\.(\d{1,2})", top[-1]) if top else None
    if decimal:
        numbers |= {f"{decimal[1]}.{int(decimal[2]) + 1}", str(int(decimal[1]) + 1)}
    if top and re.fullmatch(r"[A-G]\d{1,2}", top[-1]):
        numbers.add(f"{chr(ord(top[-1][0]) + 1)}1")  # 'B1' after 'A4': the next lettered section's first item
    return numbers | (minute_successors(top[-1]) if top else set())  # '24/109' heading the next page after '24/108'


def _next_sub_numbers(items: list[AgendaItem]) -> set[str]:
    """The decimal numbers a number printed alone may carry in its place in the list: the last item's first
    sub-item ('4.1' under '4.' over 'Announcements', a web agenda's 'No. | Item' column) or the next after a sub-item
    ('4.2' after '4.1', or '5.' after it); a lone figure out of that order is a stray one."""
    top = [item.number for item in items if not item.parent and item.number]
    if not top:
        return set()
    if top[-1].isdigit():
        return {f"{top[-1]}.1"}
    return _next_numbers(items) if re.fullmatch(r"\d{1,3}\.\d{1,2}", top[-1]) else set()


def _drop_footnote_marks(items: list[AgendaItem], pages: list[PageLayout]) -> None:
    """'Declarations of interest 1' -> 'Declarations of interest' when the page prints footnote 1 below
    the list (a lone '1' at the left margin of the lower half): the digit is a footnote marker."""
    by_number = {page.number: page for page in pages}
    for item in items:
        mark = re.search(r"(?<=[a-z)])\s(\d)$", item.title)
        page = by_number.get(item.provenance.page if item.provenance else -1)
        if not mark or page is None or item.provenance is None or item.provenance.bbox is None:
            continue
        top = item.provenance.bbox[1]
        if any(
            line.text.strip() == mark[1] and line.top > max(top, page.height / 2) and line.x0 < page.width * 0.3
            for line in page.body_lines()
        ):
            item.title = item.title[: mark.start()]


# "12 March 2024 ...", "30 July, 24 Sept": a date at the margin, not item 12
DATE_REST_RE = re.compile(rf"^(?:{MONTH_RE})\b\.?(?:\s*(?:\d|,|-|–)|\s*$)", re.I)
