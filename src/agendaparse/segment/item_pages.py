"""The physical pages of each agenda item (printed page map, 'Agenda Item N' stamps, appendix stamps and
titles) and the cover fields of an item's first page (author, contact officer)."""

from __future__ import annotations

import re

from ..models import AgendaItem
from ..pdf import MARGIN, Line, PageLayout

# item and page stamps other publishing systems print in the margins: CMIS 'Agenda Item No. 5', 'Item: 5' and
# 'Page: 10' (Scottish packs), 'Item 5'; pdf reads the plain 'Agenda Item 5' and 'Page 10' forms itself
APPENDIX_STAMP_RE = re.compile(r"^appendix\s+([A-Z]|\d{1,2})$", re.I)


def _margin_lines(page: PageLayout) -> list[Line]:
    band = MARGIN * page.height
    return [line for line in page.lines if line.top < band or line.bottom > page.height - band]


def page_map(pages: list[PageLayout], letter: str = "") -> dict[int, int]:
    """Printed page number -> physical page, from 'Page N' stamps (with ``letter``: from a supplement's 'Page A3'
    stamps, 3 -> its page).

    Only labels that agree with their neighbours are trusted (a stray '3' in a footer must not
    move an item); restarts (a second 'Page 1') keep the first occurrence.
    """
    mapping: dict[int, int] = {}
    labelled = [
        (page.number, int(page.label[len(letter) :]))
        for page in pages
        if page.label and page.label.startswith(letter) and page.label[len(letter) :].isdigit()
    ]
    for index, (physical, printed) in enumerate(labelled):
        neighbours = labelled[max(0, index - 1) : index] + labelled[index + 1 : index + 2]
        consistent = any(printed - other == physical - phys for phys, other in neighbours)
        if consistent or len(labelled) == 1:
            mapping.setdefault(printed, physical)
    return mapping


def _physical(printed: dict[int, int], number: int) -> int | None:
    if number in printed:
        return printed[number]
    below = [p for p in printed if p < number]
    if below:
        nearest = max(below)
        return printed[nearest] + (number - nearest)
    above = [p for p in printed if p > number]
    if above:
        nearest = min(above)
        physical = printed[nearest] - (nearest - number)
        return physical if physical >= 1 else None
    return None


def assign_pages(items: list[AgendaItem], pages: list[PageLayout]) -> None:
    """Give each agenda item its physical pages, and each page exactly one item (or none:
    front matter). Printed ranges go through the page map; where an item has no range, its
    'Agenda Item N' stamp starts its span, which runs to the page before the next item."""
    printed = page_map(pages)
    last_page = len(pages)
    for item in items:
        if item.printed_pages:
            start, _, end = item.printed_pages.partition("-")
            # 'A1-A6': a supplement's pages, found by its 'Page A3' stamps
            letter = start[:1] if start[:1].isalpha() else ""
            numbers = page_map(pages, letter) if letter else printed
            item.page_start = _physical(numbers, int(start[len(letter) :]))
            item.page_end = _physical(numbers, int((end or start)[len(letter) :]))
            if item.page_start and item.page_start > last_page:
                item.page_start = item.page_end = None
            elif item.page_end and item.page_end > last_page:
                item.page_end = last_page
    stamps: dict[str, int] = {}
    for page in pages:
        if page.agenda_item_stamp:
            stamps.setdefault(_stamp_key(page.agenda_item_stamp), page.number)
    taken = {item.page_start for item in items if item.page_start} | set(stamps.values())
    found: list[AgendaItem] = []
    for item in items:
        if item.page_start is None:
            item.page_start = stamps.get(_stamp_key(item.number or "")) or _page_titled(item, pages, taken)
            if item.page_start:
                taken.add(item.page_start)
                found.append(item)
    for item in found:
        later = [start for start in taken if start > (item.page_start or 0)]
        item.page_end = (min(later) - 1) if later else last_page
    spans = sorted(
        (item for item in items if item.page_start and item.page_end),
        key=lambda item: (item.page_end - item.page_start, item.page_start),
    )
    for page in pages:
        page.item = next((item.number for item in spans if item.page_start <= page.number <= item.page_end), None)


def _stamp_key(number: str) -> str:
    """An item number as a stamp prints it or the list numbers it: 'Item No. 4A' stamps sub-item '4(a)'."""
    return re.sub(r"[()\s]", "", number).casefold()


APPENDIX_REF_RE = re.compile(r"\(\s*appendix\s+([A-Z]|\d{1,2})\s*\)", re.I)  # '(Appendix A)' in an item's title


def _opening_titles(page: PageLayout, n: int = 8) -> set[str]:
    """The first lines of a page as titles, without a cover field's key ('RE: Title', 'Subject: Title')."""
    titles = set()
    for line in page.body_lines()[:n]:
        text = line.text.strip()
        field = COVER_KEY_RE.match(text)
        titles.add(" ".join((field["value"] if field else text).split()).casefold())
    return titles


def _page_titled(item: AgendaItem, pages: list[PageLayout], taken: set[int]) -> int | None:
    """The page after the agenda list that an item's papers start on when no stamp or range gives it: the page
    stamped with the appendix its title names ('Payments (Appendix A)'), else the first page opening with its
    title (a Legistar staff report's 'RE:' line, a report's heading)."""
    listed_on = item.provenance.page if item.provenance and item.provenance.page else 1
    appendix = APPENDIX_REF_RE.search(item.title)
    title = " ".join(item.title.split()).casefold()
    for page in pages:
        if page.number <= listed_on or page.number in taken:
            continue
        if appendix:
            stamped = (APPENDIX_STAMP_RE.match(line.text.strip()) for line in _margin_lines(page))
            if any(stamp and stamp[1].casefold() == appendix[1].casefold() for stamp in stamped):
                return page.number
        elif len(title.split()) >= 3 and title in _opening_titles(page):
            return page.number
    return None


COVER_KEY_RE = re.compile(r"^(?P<key>[A-Z][A-Za-z/&’' ]{1,40}?(?: #| No\.)?)\s*:\s*(?P<value>.*)$")  # 'File #: 24-0312'
AUTHOR_KEYS = re.compile(r"author|contact officer|^contact|^from$|responsible officer|lead officer", re.I)
# starts only where a run of address characters starts (possessive): a long run without "@" is read once, not
# once per character. (Two addresses glued by "." or "+", "a@b.uk.c@d.uk", now give one match, not two.)
EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)+")


def cover_fields(page: PageLayout) -> dict[str, str]:
    """'Subject:   English Devolution White Paper' lines at the top of a report, as key -> value.

    A line without a key continues the previous value when it starts right of the key column;
    the block ends at the first line that is neither (or at a key with no value: a heading).
    """
    fields: dict[str, str] = {}
    last_key = None
    key_x = None
    for line in page.body_lines()[:30]:
        text = line.text.strip()
        parts = text.split("   ", 1)
        match = COVER_KEY_RE.match(parts[0]) if len(parts[0]) < 200 else None
        if match and len(parts[0]) >= 60 and len(match["key"].split()) > 2:
            match = None  # a sentence with a colon, not a field ('RE: <a long title>' is one)
        paired = _field_pairs(text)
        if paired and (key_x is None or abs(line.x0 - key_x) < 6):  # 'Type: Consent Item   Status: Agenda Ready'
            fields.update(paired)
            key_x, last_key = line.x0, list(paired)[-1]
        elif match and len(match["key"].split()) <= 6 and (key_x is None or abs(line.x0 - key_x) < 6):
            value = " ".join(filter(None, [match["value"].strip(), parts[1].strip() if len(parts) > 1 else ""]))
            if not value:
                break
            key_x = line.x0
            last_key = match["key"].strip()
            fields[last_key] = value
        elif last_key is not None and key_x is not None and line.x0 > key_x + 20:
            fields[last_key] += " " + text
        elif fields:
            break
    return fields if len(fields) >= 2 else {}


def _field_pairs(text: str) -> dict[str, str]:
    """The fields of a cover row printing two or more 'Key: value' cells side by side; empty when it does not."""
    cells = [cell.strip() for cell in text.split("   ") if cell.strip()]
    matches = [COVER_KEY_RE.match(cell) for cell in cells]
    if len(cells) < 2 or not all(match and match["value"] and len(match["key"].split()) <= 4 for match in matches):
        return {}
    return {match["key"].strip(): match["value"].strip() for match in matches if match}


def cover_author(fields: dict[str, str]) -> tuple[str, str | None] | None:
    """(name, email) of the report's author from its cover fields."""
    for key, value in fields.items():
        if AUTHOR_KEYS.search(key):
            email = EMAIL_RE.search(value)
            name = re.split(r",|\(|\bTel\b|\bEmail\b|\d", EMAIL_RE.sub("", value))[0].strip(" :-–")
            if re.fullmatch(r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3}", name):
                return name, email.group(0) if email else None
    return None


def attach_cover_fields(items: list[AgendaItem], pages: list[PageLayout]) -> None:
    by_number = {page.number: page for page in pages}
    for item in items:
        if item.kind == "agenda" and item.page_start in by_number:
            item.fields = cover_fields(by_number[item.page_start]) or item.fields


def contact_officer(pages: list[PageLayout]) -> str | None:
    text = "\n".join(line.text for line in (pages[0].body_lines() if pages else []))
    match = re.search(
        r"(?:Ask for|Contact(?: [Oo]fficer)?|Enquiries to)[ \t]*:[ \t]*(?:\S+:[ \t]*)?"
        r"([A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){1,2})",
        text,
    )
    return match[1].strip() if match else None
