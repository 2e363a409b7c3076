"""Stage 2: what a document is and how it divides into items.

Reads the lines produced by :mod:`agendaparse.pdf` and finds: document type, body, committee
and meeting date; the agenda list of a frontsheet with printed page ranges; numbered minute
items; the physical pages of each item (through the printed page map and "Agenda Item N"
stamps).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import find_meeting_date
from .models import AgendaItem, DocType, Provenance
from .pdf import Line, PageLayout

PAGE_RANGE_RE = re.compile(r"\(?\s*pages?\s+(\d{1,4})(?:\s*(?:-|–|—|to)\s*(\d{1,4}))?\s*\)?", re.I)
ITEM_NUMBER_RE = re.compile(
    r"^(?P<num>(?:\d{1,4}(?:/\d{2,4})?|\d{1,2}\.\d{1,2}\.\d{1,3})(?:\.\d{1,2})?)(?:\.|\))?(?:\s+|$)"
)
SUB_ITEM_RE = re.compile(r"^\(?(?P<num>[a-h])[.)]\s+(?P<title>\S.*)$")
EXEMPT_RE = re.compile(r"\b(exempt items?|part (ii|2)|schedule 12a|restricted items?)\b", re.I)
UNRESTRICTED_RE = re.compile(r"\bunrestricted items?\b", re.I)
BODY_RE = re.compile(
    r"\b((?:London Borough of|Royal Borough of|City of|Township of|Borough of)\s+[A-Z][\w'’ -]+?"
    r"|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s+(?:County|Borough|District|City|Parish|Town|"
    r"Community|Metropolitan Borough|County Borough)\s+Council)\b"
)
MINUTES_OF_RE = re.compile(
    r"minutes\s+of\s+(?:a|the)?\s*(?:meeting\s+of\s+(?:the\s+)?)?(?P<committee>.+?)"
    r"\s+(?:meeting\s+)?(?:held|which took place)\b",
    re.I | re.S,
)
ORG_SUFFIXES = ("Office", "Department", "Council", "Authority", "Board", "Panel")


@dataclass
class DocumentFacts:
    doc_type: DocType
    body: str | None
    committee: str | None
    meeting_date: object | None
    meeting_time: str | None
    title: str | None
    provenance: dict[str, str]


def parse_page_range(text: str) -> tuple[int, int] | None:
    """'(Pages 11 - 84)' -> (11, 84); '(Page 5)' -> (5, 5). None when there is no valid range."""
    match = PAGE_RANGE_RE.search(text)
    if not match:
        return None
    start = int(match[1])
    end = int(match[2]) if match[2] else start
    if end < start:
        return None
    return start, end


def format_page_range(pages: tuple[int, int] | None) -> str | None:
    if pages is None:
        return None
    start, end = pages
    return str(start) if start == end else f"{start}-{end}"


def parse_item_number(text: str) -> tuple[str, str] | None:
    """Split '5. Title' / '77/21 Title' / '84.' into (number, rest); None if no item number."""
    match = ITEM_NUMBER_RE.match(text.strip())
    if not match:
        return None
    number = match["num"].rstrip(".")
    rest = text.strip()[match.end() :].strip()
    return number, rest


def first_page_text(pages: list[PageLayout], n: int = 2) -> str:
    return "\n".join(page.text for page in pages[:n])


def classify_document(pages: list[PageLayout]) -> DocType:
    head = first_page_text(pages, 2)
    head_lower = head.lower()
    top = "\n".join(head.splitlines()[:15]).lower()
    action_cue = re.search(r"\baction (log|plan|tracker)\b|\bactions? from (the )?(last|previous)", top)
    if action_cue and "minutes" not in top:
        return "action_plan"
    if re.search(r"\bminutes\b", top) or re.search(r"minutes of (a|the) (meeting|\w+)", head_lower):
        return "minutes"
    if re.search(r"\bagenda\b", top) or len(PAGE_RANGE_RE.findall(head)) >= 2:
        return "agenda_pack"
    if re.search(r"\b(report|summary|recommendations?)\b", top):
        return "report"
    if re.search(r"\baction plan\b", head_lower):
        return "action_plan"
    return "other"


def find_body(text: str) -> str | None:
    match = BODY_RE.search(text)
    if match:
        return " ".join(match[1].split()).title().replace("Of ", "of ")
    return None


def find_committee(pages: list[PageLayout], doc_type: DocType, body: str | None) -> str | None:
    head = first_page_text(pages, 1)
    match = MINUTES_OF_RE.search(head)
    if match:
        committee = " ".join(match["committee"].split())
        committee = re.sub(r"^(the|a)\s+", "", committee, flags=re.I)
        if len(committee) < 80:
            return committee
    lines = [line.text.strip() for line in pages[0].body_lines()[:12]] if pages else []
    for index, text in enumerate(lines):
        if text.upper() == "AGENDA" and index + 1 < len(lines):
            return lines[index + 1].title()
    for text in lines:
        plain = not re.search(r"\d|agenda|minutes|unclassified|unrestricted", text, re.I)
        if plain and text.isupper() and 3 < len(text) < 60 and (body is None or text.title() != body):
            return text.title()
    return body


def find_time(text: str) -> str | None:
    match = re.search(r"\b(\d{1,2})[.:](\d{2})\s*([ap])\.?m\b", text, re.I)
    if not match:
        return None
    hour = int(match[1]) % 12 + (12 if match[3].lower() == "p" else 0)
    return f"{hour:02d}:{match[2]}"


def document_facts(pages: list[PageLayout]) -> DocumentFacts:
    head = first_page_text(pages, 2)
    doc_type = classify_document(pages)
    body = find_body(head)
    committee = find_committee(pages, doc_type, body)
    meeting_date = find_meeting_date(first_page_text(pages, 1)) or find_meeting_date(head)
    title_lines = [line.text for line in pages[0].body_lines()[:3]] if pages else []
    title = " ".join(" ".join(title_lines).split()) or None
    return DocumentFacts(
        doc_type=doc_type,
        body=body,
        committee=committee,
        meeting_date=meeting_date,
        meeting_time=find_time(first_page_text(pages, 1)),
        title=title[:200] if title else None,
        provenance={
            "doc_type": "rule:doc-type-keywords",
            "body": "rule:body-name",
            "committee": "rule:committee-heading",
            "meeting_date": "rule:first-full-date",
        },
    )


def _is_heading_candidate(line: Line, page: PageLayout) -> bool:
    return line.x0 < page.width * 0.35


def agenda_items(pages: list[PageLayout], document_id: str, frontsheet_pages: int = 4) -> list[AgendaItem]:
    """Parse the numbered agenda list on the frontsheet (the first few pages)."""
    items: list[AgendaItem] = []
    exempt = False
    current: AgendaItem | None = None
    for page in pages[:frontsheet_pages]:
        for line in page.body_lines():
            text = line.text.strip()
            if EXEMPT_RE.search(text) and not UNRESTRICTED_RE.search(text):
                exempt = True
            parsed = parse_item_number(text) if _is_heading_candidate(line, page) else None
            if parsed and parsed[1] and not parsed[1][0].isdigit():
                number, rest = parsed
                current = AgendaItem(
                    number=number,
                    title=rest,
                    is_exempt=exempt,
                    kind="agenda",
                    provenance=Provenance(
                        document=document_id, page=page.number, bbox=line.bbox, method="rule:agenda-list"
                    ),
                )
                items.append(current)
            elif current is not None and text and not parsed:
                sub = SUB_ITEM_RE.match(text)
                if sub and current.number:
                    current = AgendaItem(
                        number=f"{current.parent or current.number}({sub['num']})",
                        title=sub["title"],
                        parent=current.parent or current.number,
                        is_exempt=exempt,
                        provenance=Provenance(
                            document=document_id, page=page.number, bbox=line.bbox, method="rule:agenda-sub-item"
                        ),
                    )
                    items.append(current)
                elif PAGE_RANGE_RE.fullmatch(text.strip()) or (
                    current.printed_pages is None
                    and len(current.title) < 200
                    and line.x0 > page.width * 0.05
                    and not EXEMPT_RE.search(text)
                    and not UNRESTRICTED_RE.search(text)
                    and not text.startswith("(")
                ):
                    current.title = f"{current.title} {text}"
                else:
                    current = None
    for item in items:
        pages_range = parse_page_range(item.title)
        if pages_range:
            item.printed_pages = format_page_range(pages_range)
            item.title = PAGE_RANGE_RE.sub("", item.title).strip(" .-–")
        item.title = " ".join(item.title.split())
    return [item for item in items if item.title]


def minutes_items(pages: list[PageLayout], document_id: str) -> list[AgendaItem]:
    """Numbered minute items: '84.' then a title, or '1. Police Report' on one line."""
    items: list[AgendaItem] = []
    pending: tuple[str, PageLayout, Line] | None = None
    last_number: float | None = None
    for page in pages:
        for line in page.body_lines():
            text = line.text.strip()
            if pending is not None:
                number, start_page, start_line = pending
                pending = None
                if text and not text[0].isdigit():
                    items.append(_minute_item(number, text, start_page, start_line, document_id))
                    continue
            if not _is_heading_candidate(line, page):
                continue
            parsed = parse_item_number(text)
            if not parsed:
                continue
            number, rest = parsed
            key = _number_key(number)
            if last_number is not None and key is not None and key < last_number:
                continue  # a numbered paragraph inside an item, not a new item
            if not rest:
                pending = (number, page, line)
                if key is not None:
                    last_number = key
            elif rest[0].isupper() and len(rest) < 120 and not rest.endswith(","):
                items.append(_minute_item(number, rest.split("   ")[0], page, line, document_id))
                if key is not None:
                    last_number = key
    return items


def _number_key(number: str) -> float | None:
    match = re.match(r"(\d+)", number)
    return float(match[1]) if match else None


def _minute_item(number: str, title: str, page: PageLayout, line: Line, document_id: str) -> AgendaItem:
    return AgendaItem(
        number=number,
        title=title.strip().rstrip(".:"),
        kind="minutes",
        provenance=Provenance(document=document_id, page=page.number, bbox=line.bbox, method="rule:minutes-heading"),
    )


def page_map(pages: list[PageLayout]) -> dict[int, int]:
    """Printed page number -> physical page, from 'Page N' stamps (gaps interpolated)."""
    mapping: dict[int, int] = {}
    for page in pages:
        if page.label and page.label.isdigit():
            mapping.setdefault(int(page.label), page.number)
    return mapping


def assign_pages(items: list[AgendaItem], pages: list[PageLayout]) -> None:
    """Give each agenda item its physical pages, and each page its item."""
    printed = page_map(pages)
    stamps = {page.number: page.agenda_item_stamp for page in pages if page.agenda_item_stamp}
    for item in items:
        if item.printed_pages:
            start, _, end = item.printed_pages.partition("-")
            first = _physical(printed, int(start))
            last = _physical(printed, int(end or start))
            item.page_start, item.page_end = first, last
        if item.page_start is None and item.number:
            stamped = [number for number, stamp in stamps.items() if stamp == item.number]
            if stamped:
                item.page_start = min(stamped)
    for page in pages:
        for item in items:
            if item.page_start and item.page_end and item.page_start <= page.number <= item.page_end:
                page.item = item.number


def _physical(printed: dict[int, int], number: int) -> int | None:
    if number in printed:
        return printed[number]
    below = [p for p in printed if p < number]
    if below:
        nearest = max(below)
        return printed[nearest] + (number - nearest)
    return None
