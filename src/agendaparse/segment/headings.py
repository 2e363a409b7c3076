"""The heading lines of the first page, the running heads and footers of the first pages, and the
frontsheet (the pages before the first page or item stamp)."""

from __future__ import annotations

import re

from ..dates import MONTH_RE
from ..pdf import PROTECTIVE_MARKING_RE, PageLayout
from .attendance import attendance_rows, beside_column
from .numbering import ITEM_LABEL_PREFIX_RE, ITEM_NUMBER_RE, SUB_ITEM_RE


def first_page_text(pages: list[PageLayout], n: int = 2) -> str:
    return "\n".join(page.text for page in pages[:n])


# '29 Apr 2026 - 13:00 to 14:00' (CMIS's meeting line): a date and the meeting's time, not item 29 'Apr 2026 ...'
# '12 November 2025 - Minute': the date and the paper's kind, the title's second line; '3 May 2016' alone under the
# authority's name (a ModernGov meeting page): the meeting's date, no item 3 (a summons's own date over 'Dear …' is
# told from the meeting's by the date reader)
DATE_LINE_RE = re.compile(
    rf"^\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_RE}\.?,?\s+\d{{4}}"
    r"(?:(?:\s*+[-–—,]|\s++at)?\s*+\d{1,2}[:.]\d{2}\b|\s*+[-–—]\s*+(?:minutes?|notes|agenda)\s*$|\s*+$)",
    re.I,
)


def heading_lines(pages: list[PageLayout], n: int = 15) -> list[str]:
    """The first lines of page 1 that are not numbered list entries (an agenda list's
    "3. Minutes of the Previous Meeting" must not make a frontsheet look like minutes) nor rows of an
    attendance block under or beside the heading ('Raj Mehta   Kent County Council' names no meeting)."""
    lines: list[str | None] = []
    for page in pages[:1]:
        texts, _beside = beside_column(page.body_lines())
        rows = attendance_rows(texts)
        for index, text in enumerate(texts):
            if (
                text
                and (not ITEM_NUMBER_RE.match(text) or DATE_LINE_RE.match(text))
                and not re.match(r"^\d+\s*\)", text)
                and not (ITEM_LABEL_PREFIX_RE.match(text))
                and not SUB_ITEM_RE.match(text)  # 'a. Public Input – 5 minutes per individual' is an item too
            ):
                lines.append(rows.get(index, text) or None)  # a row of names still fills its place
    return [text for text in _letterhead_beside([text for text in lines[:n] if text]) if text]


# an organisation's whole name as a letterhead prints it: 'Westmoor District Council', 'Fellmoor National Park
# Authority', 'NHS Eastdale Integrated Care Board' (title case: a heading's own cells are in capitals or bold words)
LETTERHEAD_NAME_RE = re.compile(
    r"\A(?:NHS\s+)?[A-Z][a-z][\w'’.-]*(?:\s+(?:(?:and|&|of|for|upon|on)\s+)?[A-Z][\w'’.-]*){0,6}\s+"
    r"(?:Council|Authority|Trust|Board|Panel|Partnership)\Z"
    # 'Borough Council of Westmoor'
    r"|\ABorough\s+Council\s+of\s+[A-Z][\w'’.-]*(?:\s+(?:(?:and|&|upon)\s+)?[A-Z][\w'’.-]*){0,4}\Z"
    # a government department's: 'Department for Rural Affairs and Skills', 'Office of the Data Commissioner'
    r"|\A(?:Ministry|Department|Office)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:and\s+)?[A-Z][\w'’.-]*){0,4}\Z"
)
# a line of a postal address: a street or building word, or a postcode
ADDRESS_CELL_RE = re.compile(
    r"\b(?:Road|Street|Lane|Square|Avenue|Way|Row|Place|Terrace|Crescent|Close|Drive|Parade|Embankment|Offices|House|"
    r"Hall|Centre|Buildings?)\b|\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\Z"
)


def _address_cell(text: str, alone: bool) -> bool:
    """A line of an address; alone on its line, in capitalised words only ('Civic Offices, Station Road', not 'the
    Village Hall on Tuesday 5 March 2024', the heading's sentence wrapped)."""
    words = text.split()
    capitalised = all(re.match(r"[A-Z0-9]", word) for word in words) and len(words) <= 6
    return ADDRESS_CELL_RE.search(text) is not None and (capitalised or not alone)


def _letterhead_beside(texts: list[str]) -> list[str]:
    """Heading lines with a letterhead's address block printed beside them taken apart: 'PLANNING COMMITTEE   Westmoor
    District Council' over 'AGENDA   Civic Offices, High Street' over 'Westmoor WM1 2AB' (one baseline each, read as
    one line). The organisation's name leads, as a letterhead printed above the heading; its address is dropped."""
    for index, text in enumerate(texts[:3]):
        cells = re.split(r"\s{3,}", text.strip())
        if len(cells) < 2 or not LETTERHEAD_NAME_RE.match(cells[-1]):
            continue
        kept, below = list(texts), index + 1
        while below < min(len(texts), index + 4):
            under = re.split(r"\s{3,}", texts[below].strip())
            if not _address_cell(under[-1], alone=len(under) == 1):
                break
            kept[below] = "   ".join(under[:-1])
            below += 1
        if below == index + 1:
            continue  # no address under the name: two cells of a title row
        kept[index] = "   ".join(cells[:-1])
        return [cells[-1], *kept]
    return texts


def _title_lines(pages: list[PageLayout], n: int = 15) -> list[str]:
    """:func:`heading_lines` with the title wrapped over lines of one style joined into one line
    ('Local Councils, Internal Drainage Boards and' / 'other Smaller Authorities in England Annual' /
    'return for the year ended 31 March 2017')."""
    lines = heading_lines(pages, n)
    body = [line for line in pages[0].body_lines() if line.text.strip()] if pages else []
    if not body or not lines or body[0].text.strip() != lines[0] or not (body[0].bold or body[0].size >= 14):
        return lines
    block = 1
    while block < min(len(body), 4, len(lines)) and not lines[block - 1].endswith((".", ":")):
        above, below = body[block - 1], body[block]
        if (
            below.text.strip() != lines[block]
            or (round(below.size), below.bold) != (round(above.size), above.bold)
            or not 0 <= below.top - above.bottom < max(above.bottom - above.top, 1.0)
        ):
            break
        block += 1
    return [" ".join(lines[:block])] + lines[1:]  # the lines stay too: a cue may start one ('Present:')


def _first_page_foot(pages: list[PageLayout], band: float = 0.1) -> list[str]:
    """The lines in the bottom margin of the first page: a one-page paper's footer, which no repetition marks."""
    if not pages:
        return []
    page = pages[0]
    return [line.text for line in page.lines if line.top > page.height * (1 - band)]


AGENDA_STAMP_RE = re.compile(r"^(?:agenda\s+item|page)\b|^\d+$", re.I)  # page and item stamps, not heads


def running_heads(pages: list[PageLayout], n: int = 3) -> list[str]:
    """The running heads and footers of the first pages (the first page often prints none), in order."""
    seen: dict[str, None] = {}
    for page in pages[:n]:
        for text in page.furniture:
            text = text.strip()
            if text and not PROTECTIVE_MARKING_RE.match(text) and not AGENDA_STAMP_RE.match(text):
                seen.setdefault(text, None)
    return list(seen)


def _first_page_without_attendance(pages: list[PageLayout]) -> str:
    if not pages:
        return ""
    texts, _beside = beside_column(pages[0].body_lines())
    rows = attendance_rows(texts)
    return "\n".join(rows.get(index, text) for index, text in enumerate(texts))


def front_matter(pages: list[PageLayout], limit: int = 4) -> list[PageLayout]:
    """The frontsheet: pages before the first printed page stamp or 'Agenda Item' stamp."""
    front = []
    for page in pages[:limit]:
        if front and (page.label or page.agenda_item_stamp):
            break
        front.append(page)
    return front
