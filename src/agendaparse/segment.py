"""Stage 2: what a document is and how it divides into items.

Reads the lines produced by :mod:`agendaparse.pdf` and finds: document type, body, committee
and meeting date; the agenda list of a frontsheet with printed page ranges; numbered minute
items; the physical pages of each item (through the printed page map and "Agenda Item N"
stamps).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, replace

from .dates import MONTH_RE, OCR_DIGITS, WEEKDAY_RE, find_meeting_date, normalise_date_text
from .models import AgendaItem, DocType, Provenance
from .pdf import MARGIN, PROTECTIVE_MARKING_RE, WEB_RESIDUE_RE, Line, PageLayout

PAGE_RANGE_RE = re.compile(r"\(?\s*pages?\s+(\d{1,4})(?:\s*(?:-|–|—|to)\s*(\d{1,4}))?\s*\)?", re.I)
ITEM_NUMBER_RE = re.compile(
    r"^(?P<num>(?:\d{1,4}(?:/\d{2,4})?|\d{1,2}\.\d{1,2}\.\d{1,3})(?:\.\d{1,2})?)"
    r"(?:(?:\.|\)|:)?(?:\s+|$)|\.(?=[A-Z][a-z]|[A-Z]{2}))"  # '11.Resolution: ...', '1.CALL TO ORDER' (no space)
)
# "Item 5 –", "Agenda Item 3:", "Minute 1772", "Min. No. 12": a label before the number
# ... or "No. 5 - Title", "#5 Title"
ITEM_LABEL_PREFIX_RE = re.compile(r"^(?:(?:agenda\s+item|item|minute|min\.?|no\.)(?:\s+no\.?)?\s+|#\s?)(?=\d)", re.I)
LABELLED_NUMBER_RE = re.compile(r"^(?P<num>\d{1,4}(?:/\d{2,4}|\.\d{1,2}|[a-zA-Z](?![A-Za-z]))?)\s*(?:[.:)]\s*|\s+|$)")
# '(a) Finance', 'b. Highways', '(ii) 3 Mill Lane': a lettered or (lower-case Roman) numbered sub-item
BRACKETED_NUMBER_RE = re.compile(r"^\((\d{1,3}(?:\.\d{1,2})?)\)\s+(?=[A-Z])")  # '(3) Budget monitoring', '(3.1) ...'
SUB_ITEM_RE = re.compile(r"^\(?(?P<num>[a-h]|(?:x|ix|iv|v?i{1,3}|v)(?=[.)]))[.)]\s+(?P<title>\S.*)$")
EXEMPT_RE = re.compile(r"\b(exempt items?|part (ii|2)|schedule 12a|restricted items?)\b", re.I)
# 'PART B', 'Confidential Items', 'Private Business', 'Items to be considered in private': the closed part
PRIVATE_SECTION_RE = re.compile(
    r"^(?:part\s+(?:b|two)\b|confidential\b|private\s+(?:business|session|items?)\b|.*\b(?:considered|taken)\s+in\s+private\b)",
    re.I,
)
UNRESTRICTED_RE = re.compile(r"\bunrestricted items?\b", re.I)
BODY_RE = re.compile(
    r"\b((?:London Borough of|Royal Borough of|City of|Township of|Town of|Borough of|Village of|County of|"
    r"Regional Municipality of)\s+[A-Z][\w'’-]+"
    r"(?:[ \t]+(?!(?:(?:City|Town|Village|Township|County|Borough|District|Parish)\s+)?Council\b|"
    r"(?:Regular|Special|Meeting|Minutes|Agenda)\b|County\s+of\b)[A-Z][\w'’-]+){0,2}"
    r"|[A-Z][\w'’-]+\s+(?:and|with|&)\s+[A-Z][\w'’-]+\s+(?:Parish|Town|Community)\s+Council"
    r"|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+Charter\s+Township"  # Michigan: 'Genoa Charter Township'
    r"|(?:(?:Isles?|Vale|Forest|Soke)\s+of\s+(?:the\s+)?|(?!(?:The|Regular|Special|Annual|Ordinary|Extraordinary|"
    r"Adjourned|Joint|Full|Cyngor|Sir|Bwrdeistref|Sirol|Dinas|Tref|Cymuned)\s)[A-Z][\w'’-]+\s+(?:upon\s+)?){1,3}"
    r"(?:County|Borough|District|City|Parish|Town|Community|Metropolitan Borough|"
    r"County Borough)\s+Council)\b"
)
NATIONAL_BODY_RE = re.compile(
    r"\b(HM Government|Cabinet Office|Home Office|HM Treasury|Ministry of [A-Z]\w+|"
    r"Department (?:for|of) [A-Z][\w,]*(?:\s+(?:and\s+)?[A-Z]\w+){0,3})\b"
)
MINUTES_OF_RE = re.compile(  # Scottish councils print 'Minute of Meeting of ...'; informal groups 'Notes of a meeting'
    r"(?:(?:minutes?|notes|record)\s+of\s+(?:(?:a|the|an)\s+)?|^at\s+(?:a|the|an)\s+(?=meeting\s+of\b))"
    r"(?:(?:(?:extraordinary|special|ordinary|annual|regular|adjourned|full)\s+)?"
    r"meeting\s+of\s+(?:the\s+)?)?(?P<committee>.+?)"
    # a whitespace run that fails to lead to 'held' fails from each of its places: try it once, from its start
    r"(?<!\s)\s++(?:(?:virtual|remote|online|hybrid)\s++)?(?:meeting\s++)?(?:held|which took place)\b",
    re.I | re.S | re.M,
)
MEETING_HELD_RE = re.compile(r"\b(?:held|which\s+took\s+place)\b", re.I)


def minutes_of_matches(text: str) -> list[re.Match[str]]:
    """MINUTES_OF_RE's matches in linear time: a match ends at a 'held', so the text after the last one is cut
    off (else each 'Minutes of' with no 'held' after it scans to the end of the text)."""
    end = 0
    for end_of_held in MEETING_HELD_RE.finditer(text):
        end = end_of_held.end()
    return list(MINUTES_OF_RE.finditer(text, 0, end))
# 'That the Minutes of the meeting ... held on 8 December 2021 be approved': the last meeting, not this one
PREVIOUS_MINUTES_RE = re.compile(r"\b(?:the|that|to|confirm|approve|agree|sign|received?|note)\s*$")
PREVIOUS_MINUTES_LINE_RE = re.compile(
    r"\b(?:the|confirm|approve|agree|sign)\s+(?:(?:draft|public|exempt)\s+)?minutes\s+of\s+(?:the\s+)?"
    r"(?:last\s+|previous\s+)?meeting\b",
    re.I,
)
ORG_SUFFIXES = ("Office", "Department", "Council", "Authority", "Board", "Panel")


@dataclass
class DocumentFacts:
    doc_type: DocType
    body: str | None
    committee: str | None
    meeting_date: dt.date | None
    meeting_time: str | None
    title: str | None
    provenance: dict[str, str]
    # the date that completes a date printed without a year ("June", "23-Mar"): the meeting date, else
    # the earliest date of a log's date column, else a date in the first pages' running heads or footers
    reference_date: dt.date | None = None


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
    """Split '5. Title' / '77/21 Title' / '84.' / 'Item 5 – Title' / 'Minute 1772 Title' into
    (number, rest); None if no item number."""
    text = text.strip()
    bracketed = BRACKETED_NUMBER_RE.match(text)
    if bracketed:
        return bracketed[1], text[bracketed.end() :]
    label = ITEM_LABEL_PREFIX_RE.match(text)
    if label:
        text = text[label.end() :]
    match = (LABELLED_NUMBER_RE if label else ITEM_NUMBER_RE).match(text)
    if not match:
        return None
    number = match["num"].rstrip(".")
    rest = re.sub(r"^[-–—:]\s+(?=[A-Za-z(])", "", text[match.end() :].strip())  # "1 – Apologies"
    return number, rest


# OCR misreads of an item number at the start of a line: 'l.' or 'I.' for '1.', 'S.' for '5.', '1O.' for '10.', a
# comma or a spaced stop for the full stop ('2,', '7 .'), a stray mark after it ("3. ‘ Minutes"), 'Ill.' for 'III.'
OCR_NUMBER_RE = re.compile(
    r"^(?P<num>[0-9lIOS]{1,3}|[IlVX]{1,5})(?P<stop>\s?[.,])\s?(?P<junk>[‘’'`\"|~]+\s?)?(?=[A-Z])"
)
CLEAN_NUMBER_RE = re.compile(r"^(?:(?P<num>\d{1,3})|(?P<roman>[IVX]{1,5}))[.)]\s+(?=[A-Z])")


def _clean_number(text: str) -> tuple[str, int] | None:
    """('arabic' or 'roman', value) of a line opening with a well-printed item number."""
    match = CLEAN_NUMBER_RE.match(text)
    if match is None:
        return None
    if match["num"]:
        return "arabic", int(match["num"])
    value = roman_value(match["roman"])
    return ("roman", value) if value else None


def _misread_numbers(text: str) -> list[tuple[str, int, str]]:
    """The (kind, value, number as printed) an OCR-damaged item number may stand for ('l.': Roman I or 1)."""
    match = OCR_NUMBER_RE.match(text)
    token = match["num"] if match else ""
    if match is None or (match["stop"] == "." and not match["junk"] and token.isdigit()):
        return []
    readings = []
    roman = token.replace("l", "I")
    if re.fullmatch(r"[IVX]+", roman) and token != roman and roman_value(roman):
        readings.append(("roman", roman_value(roman) or 0, roman))
    digits = token.translate(OCR_DIGITS)
    if digits.isdigit() and not (token.isalpha() and len(token) > 1):
        readings.append(("arabic", int(digits), str(int(digits))))
    return readings


def _repaired_ocr_numbers(page_lines: list[Line]) -> dict[int, str]:
    """Index -> repaired text of the lines whose misread number the numbers printed before and after confirm
    (item 4, then 'S.', then 6: item 5)."""
    clean = [(index, _clean_number(line.text.strip())) for index, line in enumerate(page_lines)]
    numbered = [(index, found) for index, found in clean if found]
    repaired: dict[int, str] = {}
    for index, line in enumerate(page_lines):
        text = line.text.strip()
        before = next((found for at, found in reversed(numbered) if at < index), None)
        after = next((found for at, found in numbered if at > index), None)
        for kind, value, printed in _misread_numbers(text):
            if before == (kind, value - 1) or after == (kind, value + 1):
                repaired[index] = f"{printed}. {text[OCR_NUMBER_RE.match(text).end():]}"  # type: ignore[union-attr]
                break
    return repaired


def with_ocr_numbers_repaired(pages: list[PageLayout]) -> list[PageLayout]:
    """The pages with the item numbers OCR misread on scanned pages written as printed; other pages as they are."""
    if not any(page.method == "ocr" for page in pages):
        return pages
    lines = [(page, line) for page in pages for line in page.lines]
    fixes = _repaired_ocr_numbers([line for page, line in lines if page.method == "ocr"])
    if not fixes:
        return pages
    ocr_lines = [line for page, line in lines if page.method == "ocr"]
    fixed = {id(ocr_lines[index]): text for index, text in fixes.items()}
    return [
        replace(page, lines=[replace(line, text=fixed.get(id(line), line.text)) for line in page.lines])
        if page.method == "ocr"
        else page
        for page in pages
    ]


def first_page_text(pages: list[PageLayout], n: int = 2) -> str:
    return "\n".join(page.text for page in pages[:n])


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
                and not ITEM_NUMBER_RE.match(text)
                and not re.match(r"^\d+\s*\)", text)
                and not (ITEM_LABEL_PREFIX_RE.match(text))
                and not SUB_ITEM_RE.match(text)  # 'a. Public Input – 5 minutes per individual' is an item too
            ):
                lines.append(rows.get(index, text) or None)  # a row of names still fills its place
    return [text for text in lines[:n] if text]


def _title_case_caps(text: str) -> str:
    """'KENT COUNTY COUNCIL' -> 'Kent County Council'; mixed-case text is left alone."""
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.8:
        return re.sub(r"\b(Of|And|The|For|In|On)\b", lambda m: m[0].lower(), text.title())
    return text


SUMMONS_ADDRESSEE_RE = re.compile(
    r"^to:?\s+all\s+members\s+of\s+the\s+(?:council|committee|board|panel)\b|^to:?\s+all\s+councillors\b|"
    r"^to:?\s+(?:the\s+)?members\s+of\s+the\s+[\w&' -]*\b(?:committee|board|panel|commission)\s*$",
    re.I,
)
MEMO_SUBJECT_RE = re.compile(r"^(?:subject|re)\s*:", re.I)  # a memo's or briefing note's subject line

DOC_TYPE_CUES: list[tuple[DocType, re.Pattern[str]]] = [
    (
        "action_plan",
        re.compile(
            r"\baction (log|plan|tracker)\b|\brecommendations? tracker\b|"
            r"\b(?:matters arising|actions?) (?:log|register|tracker)\b|"  # 'Matters arising log', 'Actions register'
            r"^actions? (?:from|arising from|agreed at) (?:the |a )?meeting\b",  # a log under a short meeting header
            re.I,
        ),
    ),
    (
        "minutes",  # who attended, or how the meeting opened: a record
        re.compile(
            r"\bminutes\b|\b(?:minute|notes?|record) of (?:the |a )?meeting\b|\bmeeting notes?\b|\baction notes\b|"
            r"^(?:attendees|present)\b\s*:?|"
            # the members who came: 'Councillors present:', 'Roll call: Present: ...'
            r"^(?:councillors|members|trustees|governors|directors|commissioners)\s+present\s*:|"
            r"^roll\s+call\b.*\b(?:present|absent)\b|"
            r"\bjournal of (?:the )?proceedings\b|^proceedings of\b|\brecord of proceedings\b|"
            # a record under another name: 'Summary record', 'Record of decisions' (a meeting's, not one decision's
            # form), 'Meeting report', 'Outcome of the meeting'
            r"\bsummary record\b|\b(?:record|summary) of (?:the )?decisions\b|\bmeeting report\b|"
            r"\breport of (?:the |a )?meeting\b|\boutcomes? of (?:the |a )?meeting\b|"
            # 'A meeting of X was held on', 'At a meeting of X held on'
            r"^(?:at )?a meeting of\b.*\b(?:was|were) held\b|^at a meeting of\b.*\bheld on\b|"
            r"^(?:meeting|hearing) held on\b|"  # past tense: an agenda says 'to be held'
            # 'The Regular Meeting of the Board of Commissioners was called to order at 4:00 p.m.'
            r"\bcalled\s+the\s+meeting\s+to\s+order\b|\bmeeting\s+was\s+called\s+to\s+order\b|"
            r"^the\s+(?:\w+\s+)?meeting\s+of\b[^.]{1,120}?\bwas\s+called\s+to\s+order\b|"
            r"^the\s+(?:council|committee|board|commission|panel)\s+(?:met|convened)\b",
            re.I,
        ),
    ),
    (
        "agenda_pack",
        re.compile(
            r"\bagenda\b|\bsummons\b|\border (?:paper|of business)\b|\bbusiness paper\b|"
            r"\bnotice of meeting\b|\bmeeting of .+ will be held\b|\bsummon(?:s)?ed to attend\b|"  # 'summonsed'
            r"\bnotice of (?:a |the )?(?:public |special |regular |ordinary |extraordinary )+meeting\b|"
            # 'Notice is hereby given that a meeting ...'; the words after one notice are read only up to the next,
            # so a long line of them is read once
            r"\bnotice is (?:hereby )?given\b(?:(?!\bnotice is (?:hereby )?given\b).)*?\b(?:meeting|hearing)\b|"
            r"\bbusiness to be transacted\b|\bfor the purpose of transacting\b|"
            r"^items? (?:for|of) (?:consideration|business|decision|discussion)\b|"
            # a summons's addressees: 'To: All Members of the Council', 'To: Members of the Planning Committee'
            rf"{SUMMONS_ADDRESSEE_RE.pattern}|"
            r"^dear (?:members?|councillors?|sir or madam|sir/madam)\b|please find enclosed|^enclosed are|"
            r"\byou are (?:requested|invited|summon(?:s)?ed) to attend\b",
            re.I,
        ),
    ),
    (
        "report",
        re.compile(
            r"^(from|subject|title|report (of|by|to|title|author)|to|decision[- ]maker|purpose(?: of (?:the )?report)?|"
            r"wards? affected|key decision)\s*:|\breport\b|\bupdate\b|\bbriefing\b|"
            r"\b(?:equality|impact|environmental|needs) (?:impact )?assessment\b|\b(?:EQIA|DPIA)\b|"
            r"\bsubmission form\b|^response to\b",  # an assessment or form, a paper answering a request
            re.I,
        ),
    ),
    (
        "other",  # a register or a statutory return: not the agenda or report it mentions
        re.compile(
            r"\brisk (?:register|assessment)\b|\bregister of\b|"
            r"\bannual (?:governance and accountability )?return\b|\baccounting statements\b",
            re.I,
        ),
    ),
]


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


LEAD_COLUMN_RE = re.compile(r"\b(?:led by|lead officer|lead|owner|responsible(?: officer)?|by whom|action by)\b", re.I)
TIME_COLUMN_RE = re.compile(r"\b(?:timescales?|deadline|due date|by when|target date|completion date)\b", re.I)


def _action_plan_header(pages: list[PageLayout]) -> bool:
    """A table header naming who leads each action and by when ('What we have committed to   Led by
    Timescale   Measure'): the rows are an action plan's."""
    for page in pages:
        for line in page.body_lines():
            cells = [cell.strip() for cell in line.text.split("   ") if cell.strip()]
            if (
                len(cells) >= 3
                and all(len(cell.split()) <= 5 for cell in cells)
                and any(LEAD_COLUMN_RE.fullmatch(cell) for cell in cells)
                and TIME_COLUMN_RE.search(line.text)
            ):
                return True
    return False


def _mostly_prose(pages: list[PageLayout], n: int = 3) -> bool:
    """Most lines of the first pages are running sentences, not cells, bullets or headings."""
    lines = [line.text.strip() for page in pages[:n] for line in page.body_lines() if line.text.strip()]
    prose = [text for text in lines if "   " not in text and len(re.findall(r"\b[a-z]{2,}\b", text)) >= 6]
    return len(lines) >= 10 and len(prose) >= 0.4 * len(lines)


# a meeting body named at the head of a page ('Cedar Falls City Council', 'Schools Forum')
MEETING_BODY_RE = re.compile(r"\b(?:council|committee|board|commission|panel|forum|cabinet)\b", re.I)


LETTER_SPACED_RE = re.compile(r"\b(?:[A-Z] ){3,}[A-Z]\b")  # 'M I N U T E S': a heading printed letter-spaced


def classify_document(pages: list[PageLayout]) -> DocType:
    """The cue that appears earliest in the heading lines decides; ties go to the list order.
    Without a cue, a table of actions with leads and timescales is an action plan and a paper of
    running text a report."""
    lines = _title_lines(pages)
    best: tuple[int, int, DocType] | None = None
    memo = _addressed_memo(lines)
    lines = [LETTER_SPACED_RE.sub(lambda spaced: spaced[0].replace(" ", ""), text) for text in lines]
    for rank, (doc_type, pattern) in enumerate(DOC_TYPE_CUES):
        for index, text in enumerate(lines):
            if memo and SUMMONS_ADDRESSEE_RE.search(text):
                continue  # 'To: All Councillors' over 'Subject: ...': a briefing to the members, not a summons
            if pattern.search(text):
                if best is None or (index, rank) < best[:2]:
                    best = (index, rank, doc_type)
                break
    if best is not None:
        return best[2]
    if len(PAGE_RANGE_RE.findall(first_page_text(pages, 2))) >= 2:
        return "agenda_pack"
    if lines and re.search(r"\bmeeting\b|\bAGM\b", lines[0], re.I) and _numbered_list(pages[0]):
        return "agenda_pack"  # "X Annual General Meeting", a date and a numbered list: the business to come
    if (
        any(MEETING_BODY_RE.search(text) for text in lines[:2])
        and _numbered_list(pages[0])
        and not _mostly_prose(pages[:1])
    ):
        return "agenda_pack"  # 'X City Council' / 'Special Formal' over 'ITEM 1. CALL TO ORDER.': the business to come
    if _action_plan_header(pages):
        return "action_plan"
    if _mostly_prose(pages):
        return "report"
    return "other"


def _addressed_memo(lines: list[str]) -> bool:
    """A memo or briefing note: an addressee line ('To: All Councillors') and a subject line, and no agenda cue
    but the addressee (a summons names the meeting it calls: 'You are hereby summoned', 'Agenda')."""
    agenda = next(pattern for doc_type, pattern in DOC_TYPE_CUES if doc_type == "agenda_pack")
    return (
        any(MEMO_SUBJECT_RE.match(text) for text in lines)
        and any(SUMMONS_ADDRESSEE_RE.search(text) for text in lines)
        and not any(agenda.search(text) for text in lines if not SUMMONS_ADDRESSEE_RE.search(text))
    )


def _numbered_list(page: PageLayout, least: int = 3) -> bool:
    """The page numbers at least ``least`` lines 1, 2, 3 ... in order at its left."""
    expected = 1
    for line in page.body_lines():
        parsed = parse_item_number(line.text) if _is_heading_candidate(line, page) else None
        if parsed and parsed[1] and parsed[0] == str(expected):
            expected += 1
    return expected > least


SHORT_COUNCIL_RE = re.compile(
    r"^((?!(?:County|City|Borough|District|Parish|Town|Full|The)\b)[A-Z][\w'’-]+(?:\s+(?:of\s+|upon\s+|and\s+)?[A-Z][\w'’-]+){0,2}"
    r"\s+Council)$"
)


def _without_affiliations(line: str) -> str:
    """'Roger Hampson (London Borough of Redbridge), Jos Creese (Hampshire County' -> 'Roger Hampson , Jos
    Creese ': a council in brackets after a name is where an attendee comes from, not the meeting's body."""
    line = re.sub(r"\([^()]*\)", " ", line)
    return re.sub(r"\([^()]*$", " ", re.sub(r"^[^()]*\)", " ", line))


# words that follow a municipality's name in the name of one of its places or channels
# ('Township of Nipissing Community Centre', 'Township of Nipissing YouTube channel')
PLACE_NOUNS_RE = re.compile(
    r"\s+(?:(?:Park|Beach)\s+\w|(?:Community|Centre|Center|Hall|Library|Road|Street|Office|Offices|Channel|YouTube|"
    r"Website|Fire|Recreation|Public|Municipal|Council|Committee|Board|Department|Museum|Arena|School|Cemetery|"
    r"Landfill|Commission|Planning|Zoning|Police|Parks|Housing|Utilities|Transit|Authority)\b).*$"
)


def _municipality_name(name: str) -> str:
    """'Township of Nipissing Community Centre' -> 'Township of Nipissing'."""
    if not re.match(
        r"^(?:London Borough|Royal Borough|City|Township|Town|Borough|Village|County|Municipality) of\s", name
    ):
        return name
    head, _, place = name.partition(" of ")
    return f"{head} of {PLACE_NOUNS_RE.sub('', place)}" if PLACE_NOUNS_RE.sub("", place) else name


def find_body(text: str, *, affiliations: bool = False) -> str | None:
    """The first council or department named in ``text``; with ``affiliations``, also one named in
    brackets after a person ('Ed Parkes (Cabinet Office)'), the last resort for a body's own staff."""
    for line in text.splitlines():
        if len([cell for cell in line.split("   ") if cell.strip()]) >= 4:
            continue  # a table row: a department named in a cell is the row's content, not the paper's body
        line = _title_case_caps(line if affiliations else _without_affiliations(line))
        # 'Open Data          Fenbrook County Council': two cells of a title row, each read alone
        for cell in re.split(r"\s{3,}", line.strip()):
            match = BODY_RE.search(cell) or NATIONAL_BODY_RE.search(cell) or SHORT_COUNCIL_RE.match(cell.strip())
            if match:
                return _municipality_name(re.sub(r"[’']s$", "", " ".join(match[1].split())))
    return None


# 'Minute of Meeting of the Planning Committee of South Lanarkshire Council held ...': Scottish and Welsh councils
# are named 'X Council' with no kind, found by the committee they own
OWNER_COUNCIL_RE = re.compile(
    r"\b(?i:committee|board|panel|cabinet|sub-committee|working group|executive)\s+of\s+(?:the\s+)?"
    r"(?P<body>(?!(?:Parish|Town|County|City|District|Borough|Community|Full)\s)"
    r"[A-Z][\w'’-]+(?:\s+(?:and\s+)?[A-Z][\w'’-]+){0,3}\s+Council)\b"
)


def council_of_committee(lines: list[str]) -> str | None:
    """The council a heading names as its committee's owner ('... Committee of Fife Council')."""
    for line in lines:
        match = OWNER_COUNCIL_RE.search(_title_case_caps(line))
        if match:
            return match["body"]
    return None


def most_named_body(text: str, pattern: re.Pattern[str] = BODY_RE, *, kind: str = "") -> str | None:
    """The council (or with ``pattern``, the department) named most often (for papers whose first page
    does not name it); with ``kind``, the council of that kind ('Parish Council') named most often."""
    counts: dict[str, int] = {}
    cells = (cell for line in text.splitlines() for cell in re.split(r"[ \t]{3,}", line))  # a name spans no column gap
    for match in pattern.finditer("\n".join(_title_case_caps(cell) for cell in cells)):
        name = _municipality_name(" ".join(match[1].split()))
        if not name.lower().startswith("the ") and name.lower().endswith(kind.lower()):
            counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda name: counts[name]) if counts else None


GOV_DOMAIN_RE = re.compile(r"(?:@|\bwww\.)([a-z][a-z-]{2,40})\.gov\.uk\b", re.I)
COUNCIL_KIND_RE = re.compile(
    r"^(?:(?:London|Royal)\s+Borough\s+of\s+)|\s+(?:(?:Metropolitan|County)\s+Borough|County|Borough|District|City|"
    r"Parish|Town|Community)?\s*Council$"
)


def council_of_domain(text: str) -> str | None:
    """'Westford Borough Council' in a paper whose addresses are '@westford.gov.uk': the council whose place
    names the paper's own web or email domain (a paper naming other councils more often than its own)."""
    places = {
        re.sub(r"(?:dc|bc|cc|council)$", "", re.sub(r"[^a-z]", "", label.lower()))
        for label in GOV_DOMAIN_RE.findall(text)
    }
    if not places:
        return None
    for match in BODY_RE.finditer("\n".join(_title_case_caps(line) for line in text.splitlines())):
        name = _municipality_name(" ".join(match[1].split()))
        if re.sub(r"[^a-z]", "", COUNCIL_KIND_RE.sub("", name).lower()) in places:
            return name
    return None


SMALL_WORDS = {"of", "for", "and", "the", "&", "on", "in", "to"}
PHRASE_RE = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|the|&|on|in|to)\s+)*[A-Z][\w’'-]*){1,8}")


def expand_initialism(abbr: str, text: str) -> str | None:
    """'DCLG' -> 'Department for Communities and Local Government', the most frequent capitalised phrase
    in ``text`` whose capitalised words' initials spell ``abbr``."""
    counts: dict[str, int] = {}
    for match in PHRASE_RE.finditer(text):
        words = match[0].split()
        for start in range(len(words)):
            for end in range(start + 2, len(words) + 1):
                part = words[start:end]
                if part[0].lower() in SMALL_WORDS or part[-1].lower() in SMALL_WORDS:
                    continue
                initials = "".join(word[0] for word in part if word.lower() not in SMALL_WORDS)
                if initials == abbr:
                    phrase = re.sub(r"[’']s$", "", " ".join(part))  # "the Transparency Board’s request"
                    counts[phrase] = counts.get(phrase, 0) + 1
    return max(counts, key=lambda phrase: (counts[phrase], len(phrase))) if counts else None


def defined_initialism(abbr: str, text: str) -> str | None:
    """'Standing Advisory Council on Religious Education' where ``text`` defines 'SACRE' by printing it in brackets
    after that name; None where the initials are never so defined."""
    definitions = itertools.islice(re.finditer(rf"\(\s*{re.escape(abbr)}\s*\)", text), 5)  # defined once or twice
    before = [text[max(0, match.start() - 160) : match.start()] for match in definitions]
    return expand_initialism(abbr, "\n".join(before)) if before else None


def council_from_initialism(text: str) -> tuple[str, int] | None:
    """('Kent County Council', 10) from 'KCC' used ten times in a paper that names 'Kent' but never
    prints the council's full name; the place is the most frequent capitalised word with that initial."""
    prose = [line for line in text.splitlines() if len(re.findall(r"\b[a-z]{2,}\b", line)) >= 4]
    # in sentences, not a column of codes; 'WBC', 'SDC': a borough or district council's initials
    uses = re.findall(r"\b([A-Z](?:CC|BC|DC))\b", "\n".join(prose))
    # a paper may never print the word 'Council' ('KCC adoption of ICS delivery Plan'): then it uses the initials more
    if len(uses) < 2 or not (re.search(r"\bCouncil\b", text) or len(re.findall(r"\b[A-Z](?:CC|BC|DC)\b", text)) >= 3):
        return None
    initials = max(set(uses), key=uses.count)
    letter = initials[0]
    words = re.findall(rf"(?<![\w.])({letter}[a-z]{{2,}})\b", text)
    lower = set(re.findall(r"(?<![\w.@/-])[a-z]{3,}\b(?!\.\w)", text))  # not 'kent' of 'kent.gov.uk'
    common = {word for word in words if word.lower() in lower}  # 'Kent' is never written in lower case
    counts = {word: words.count(word) for word in set(words) - common}
    if not counts:
        return None
    place = max(counts, key=lambda word: counts[word])
    if counts[place] < 2:
        return None
    # 'KCC': most often a county council; a city council where the paper speaks of its city only
    kind = "City Council" if re.search(r"\bCity\b", text) and not re.search(r"\bCounty\b", text) else "County Council"
    kind = {"BC": "Borough Council", "DC": "District Council"}.get(initials[1:], kind)
    return f"{place} {kind}", uses.count(initials)


def body_from_meeting_title(lines: list[str]) -> tuple[str, str] | None:
    """'Title of Meeting   Suffolk Libraries IPS - Board Meeting' -> ('Suffolk Libraries IPS', 'Board')."""
    for line in lines:
        match = re.match(r"^(?:title of meeting|meeting title|name of meeting|meeting)\s*:?\s{2,}(.+)$", line, re.I)
        if match:
            parts = re.split(r"\s+[-–—:]\s+", match[1].strip(), maxsplit=1)
            if len(parts) == 2:
                committee = re.sub(r"\s+meeting$", "", parts[1].strip(), flags=re.I)
                if parts[0] and committee:
                    return parts[0].strip(), committee
    return None


MEETING_HEADING_RE = re.compile(
    r"^(?:The\s+)?(?P<org>[A-Z][\w’'&.-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w’'&.-]*){0,6}?)\s+(?:[-–—:]\s+)?"
    r"(?:Annual General Meeting|Extraordinary General Meeting|General Meeting|AGM|EGM|A\.G\.M\.?|"
    r"Annual Meeting|Members[’']? Meeting|Board Meeting)\b"
)
LEGAL_SUFFIX_RE = re.compile(r"\s+(?:Ltd|Limited|plc|PLC|CIC|LLP)\.?$")


def body_from_meeting_heading(lines: list[str]) -> str | None:
    """'Suffolk’s Libraries IPS Ltd Annual General Meeting' -> 'Suffolk’s Libraries IPS Ltd': a society,
    company or charity names itself in the heading of its own general or board meeting."""
    for line in lines[:2]:
        match = MEETING_HEADING_RE.match(_title_case_caps(line.strip()))
        if (
            match
            and not COMMITTEE_WORDS.search(match["org"])
            and len(match["org"]) > 3
            and not re.fullmatch(r"annual|extraordinary|special|ordinary|general", match["org"], re.I)
            and (" " in match["org"] or match["org"].isupper())  # 'Select Board Meeting': not a body 'Select'
        ):
            return match["org"]
    return None


# a heading line that is an organisation's name by its kind: NHS bodies, trusts, charities, authorities
ORG_HEADING_RE = re.compile(
    r"^(?:The\s+)?(?P<org>(?:NHS\s+)?[A-Z][\w'’&.-]*(?:\s+(?:(?:of|for|and|&|the)\s+)*[A-Z][\w'’&.-]*){0,6}?\s+"
    r"(?:NHS\s+(?:Foundation\s+)?Trust|Integrated\s+Care\s+(?:Board|System)|Clinical\s+Commissioning\s+Group|"
    r"Health\s+Board|CCG|ICB|Combined\s+Authority|Fire\s+(?:and|&)\s+Rescue\s+(?:Service|Authority)|Police|"
    r"Constabulary|(?:Community\s+|Charitable\s+)?Trust|Charity|Foundation|Fund|Association|Society|Agency|"
    r"Authority|Federation|Institute|Housing|Limited|Ltd\.?|CIC|plc|School|Academy|College|"
    # a US school district, known by its kind and often its number: 'Lakeview School District No. 405'
    r"Public\s+Schools|(?:Unified\s+|Independent\s+|Union\s+)?School\s+District(?:\s+No\.?\s?\d{1,4})?))$"
)


# the same name inside a title line: 'CWM TAF HEALTH BOARD MINUTES OF THE AUDIT COMMITTEE', 'Minutes of Part 1 of
# the Merton Clinical Commissioning Group Governing Body', 'X Fire and Rescue Authority - Policy and Strategy'
ORG_IN_TITLE_RE = re.compile(
    ORG_HEADING_RE.pattern[1:-1]
    + r"(?=\s*$|\s+[-–—|]\s|\s+(?:Minutes|Agenda|Notes|Governing Body|Board|Committee|Meeting)\b)"
)
TITLE_WORD_RE = re.compile(r"\b(?:minutes|agenda|notes)\b|\s[-–—|]\s", re.I)


MUNICIPALITY_HEADING_RE = re.compile(r"Municipality of [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?")
# 'NHS Glenmoor', 'NHS Greater Glasgow and Clyde': a Scottish health board or an English NHS body named by its place
NHS_PLACE_RE = re.compile(r"NHS(?: (?:and )?[A-Z][\w'’-]+){1,4}")


def body_from_org_heading(lines: list[str]) -> str | None:
    """'NHS Northshire Integrated Care Board', 'Riverside Community Trust': the first heading lines print
    the organisation's name, known by the kind of body it ends with (a line under the date is the venue)."""
    for index, line in enumerate(lines[:2]):
        if index and (find_meeting_date(lines[index - 1]) or find_time(lines[index - 1])):
            break
        text = _title_case_caps(line.strip())
        if MUNICIPALITY_HEADING_RE.fullmatch(text):
            return text  # 'MUNICIPALITY OF CLARINGTON' heading the page ('Municipality of X' in a text is a place)
        if NHS_PLACE_RE.fullmatch(text) and not COMMITTEE_WORDS.search(text):
            return text
        match = ORG_HEADING_RE.match(text) or (ORG_IN_TITLE_RE.search(text) if TITLE_WORD_RE.search(text) else None)
        if match and len(match["org"].split()) >= 2:
            return match["org"]
    return None


def _org_in_furniture(heads: list[str]) -> str | None:
    """'Eastwell Greenhouses Trust, registered charity no. 1109876' in a footer: the organisation's name by its
    kind, before the registration or page details that follow it."""
    for text in heads:
        named = ORG_HEADING_RE.match(re.split(r"\s*[,|·•]\s*|\s+[-–—]\s+|\s{3,}", _title_case_caps(text.strip()))[0])
        if named and len(named["org"].split()) >= 2:
            return named["org"]
    return None


def _first_page_foot(pages: list[PageLayout], band: float = 0.1) -> list[str]:
    """The lines in the bottom margin of the first page: a one-page paper's footer, which no repetition marks."""
    if not pages:
        return []
    page = pages[0]
    return [line.text for line in page.lines if line.top > page.height * (1 - band)]


def normalise_body(body: str | None, text: str) -> str | None:
    """The body's name in its plain form: 'Suffolk’s Libraries' -> 'Suffolk Libraries' where the paper
    also prints it so, and without a legal suffix ('Ltd.')."""
    if not body:
        return body
    plain = re.sub(r"^(\w+)[’']s\b", r"\1", body)
    if plain != body and re.search(rf"\b{re.escape(' '.join(plain.split()[:2]))}\b", text):
        body = plain
    return LEGAL_SUFFIX_RE.sub("", body)  # 'Suffolk Libraries IPS Ltd': the society, not its legal form


def body_from_secretariat(lines: list[str], text: str) -> str | None:
    """'Secretariat: Ashley Pottier and Padma Juggapah (DCLG).': the department that runs a panel's
    secretariat is the body the panel belongs to."""
    for line in lines:
        if not re.match(r"^secretariat\s*:", line, re.I):
            continue
        abbr = re.search(r"\(([A-Z][A-Za-z]{1,7})\)", line)
        if abbr:
            name = expand_initialism(abbr[1], text)
            if name:
                return name
        named = NATIONAL_BODY_RE.search(line) or BODY_RE.search(line)
        if named:
            return named[1]
    return None


def _strip_place(committee: str, body: str | None) -> str:
    """'Township of Nipissing Council' -> 'Council', 'Rivergrove City Council' -> 'City Council': a
    council's own meeting named with the council's place. Parish, town and community councils keep
    their full name (the council is both body and committee)."""
    if not body:
        return committee
    plain = re.sub(rf"\s+(?:(?:{MEETING_WORDS})\s+)+meeting$", "", committee, flags=re.I)
    if COMMITTEE_WORDS.search(plain):
        committee = plain  # 'San Juan City Council Regular Meeting': the council, not the kind of meeting
    place = re.sub(
        r"^(?:the\s+)?(?:(?:London\s+|Royal\s+)?Borough|City|Township|Town|Village|County|District)\s+of\s+|"
        r"\s+(?:County|City|Borough|District|Metropolitan Borough)\s+Council$",
        "",
        body,
        flags=re.I,
    )
    if re.fullmatch(rf"council\s+of\s+(?:the\s+)?{re.escape(body)}", committee, re.I):
        return "Council"  # 'Council of the City of Winnipeg'
    owned = re.match(rf"{re.escape(body)}['’]s\s+(?=[A-Z])", committee, re.I)
    if owned and COMMITTEE_WORDS.search(committee[owned.end() :]):
        return committee[owned.end() :]  # "Westford Borough Council's Planning Committee"
    for prefix in (body, place):
        if prefix and committee.lower().startswith(prefix.lower() + " "):
            rest = committee[len(prefix) :].strip()
            if re.fullmatch(r"(?:(?:City|County|Borough|District|Township)\s+)?Council", rest, re.I):
                return rest
            if prefix == body and COMMITTEE_WORDS.search(rest):
                return rest  # the body's whole name, then its committee's: 'City of Maple Grove Planning Commission'
    return committee


NORTH_AMERICAN_RE = re.compile(
    r"\b(?:Councilors?|Councilmembers?|Council ?members?|COUNCIL ?MEMBERS?|Aldermen|Alderman|Alderpersons?|"
    r"(?i:city attorney|mayor pro tem|pledge of allegiance))\b"  # offices and rites of US city councils only
)


def municipal_style(body: str | None, text: str) -> str | None:
    """'Rivergrove City Council' -> 'City of Rivergrove' in North American papers (they write
    'Councilor' or 'Councilmember', never 'Councillor'): there the municipality is the body and its
    council a committee of it, as 'Township of Nipissing' / 'Council'. British councils keep their name."""
    match = re.fullmatch(
        r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?P<kind>City|Town|Village)\s+Council", body or ""
    )
    if not match or "Councillor" in text or not NORTH_AMERICAN_RE.search(text):
        return body
    return f"{match['kind']} of {match['place']}"


# 'North Weston Township Township Committee', 'Eastville Township Committee', 'Holtville Village Council': a
# North American municipality's governing body named with its place
PLACE_GOVERNING_RE = re.compile(
    r"(?:the\s+)?(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}?)\s+(?P<kind>City|Town|Township|Village|Borough)"
    r"(?:\s+(?P=kind))?\s+(?P<meeting>Council|Committee|Board)"
)
MONTH_FIRST_DATE_RE = re.compile(rf"\b(?:{MONTH_RE})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,\s+\d{{4}}\b", re.I)


def _place_governing_body(
    body: str | None, committee: str | None, text: str, lines: list[str]
) -> tuple[str | None, str | None]:
    """('Township of North Weston', 'Township Committee') from a committee or body printed as 'North Weston
    Township Township Committee', where the paper is North American (its offices or its 'April 20, 2020' dates):
    there the municipality is the body and its council or committee meets. A township is North American. With
    no committee found, a heading naming it in a longer title ('MINUTES OF X TOWNSHIP COMMITTEE WARREN COUNTY')."""
    titled = None
    if committee is None and body is None:
        found = (PLACE_GOVERNING_RE.search(_title_case_caps(line)) for line in lines[:3])
        titled = next((match for match in found if match and match["kind"] == "Township"), None)
    for name in (committee, body, titled[0] if titled else None):
        match = PLACE_GOVERNING_RE.fullmatch(name or "")
        if not match or match["place"].lower() in ("the", "regular", "special"):
            continue
        american = match["kind"] == "Township" or NORTH_AMERICAN_RE.search(text) or MONTH_FIRST_DATE_RE.search(text)
        generic = committee in (None, body, name) or re.fullmatch(r"(?:the\s+)?(?:meeting|council)", committee, re.I)
        if not american or not generic or (body and body != name and match["place"].lower() not in body.lower()):
            continue
        own = body if body and body != name and body.lower().endswith(match["place"].lower()) else None
        return own or f"{match['kind']} of {match['place']}", f"{match['kind']} {match['meeting']}"
    return body, committee


def _named_or_initialism(head: str, everything: str) -> str | None:
    """The council named most often on the first pages, unless the paper calls its own council by
    initials ('KCC') more often than it names any council."""
    named = most_named_body(head)
    initialism = council_from_initialism(everything)
    if initialism and (named is None or initialism[1] > len(re.findall(re.escape(named), head))):
        return initialism[0]
    return named


COMMITTEE_WORDS = re.compile(
    r"\b(committee|cabinet|board|panel|council|commission|group|partnership|forum|sub-committee|assembly|"
    r"meeting|trustees|governors|governing body)\b",
    re.I,
)
DATE_TAIL_RE = re.compile(
    r"\s*[-–—,:]?\s*(?:(?:for|of|on)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b.*"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\s+\d{4}.*|[A-Za-z]+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}.*"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}.*)$",
    re.I,
)


# "A meeting of the Audit Committee will be held:" (a summons whose committee name is a running head)
MEETING_OF_RE = re.compile(
    r"\b(?i:a|the)\s+(?i:(?:regular|special|ordinary|extraordinary|annual)\s+)?(?i:meeting\s+of\s+(?:the\s+)?)"
    r"(?P<committee>[A-Z][\w&'’-]*(?:\s+(?:(?:of|for|and)\s+)?[A-Z&][\w&'’-]*){0,5}?)\s+"
    r"(?:(?i:will\s+be|is\s+to\s+be|to\s+be|was|were)\s+(?i:held)\b"
    # 'to attend a meeting of the Cabinet on Thursday, 30 January 2025'
    rf"|(?i:on|at)\s+(?=(?i:{WEEKDAY_RE})|\d|(?i:the)\s+\d))"
)
# 'Notice is hereby given that the Licensing Committee will meet on ...'
WILL_MEET_RE = re.compile(
    r"\b(?i:the)\s+(?P<committee>[A-Z][\w&'’-]*(?:\s+(?:(?:of|for|and)\s+)?[A-Z&][\w&'’-]*){0,5}?)\s+"
    r"(?i:will|shall|is\s+to)\s+meet\b"
)
ORDINAL_MEETING_RE = re.compile(
    r"\s*[-–—,:]?\s*(?:\d{1,3}(?:st|nd|rd|th)|(?:[a-z]+-)?(?:first|second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]+tieth))\s+meeting$",
    re.I,
)
PAPER_REF_RE = re.compile(r"^([A-Z]{2,5})\s?\(\d{1,3}\)")  # "TB (5) 1.i Action Log": a paper of the TB


# a meeting of all the body's members (or electors): the body itself is the meeting body
GENERAL_MEETING_RE = re.compile(
    r"(?:^|\s)(?:annual general meeting|extraordinary general meeting|general meeting|agm|egm|a\.g\.m\.?|"
    r"annual (?:parish |town )?meeting|annual meeting of the (?:parish |town )?council)$",
    re.I,
)


MUNICIPALITY_RE = re.compile(r"^(?P<kind>City|Town|Township|Village|County|Municipality)\s+of\s+[A-Z]")


def find_committee(pages: list[PageLayout], doc_type: DocType, body: str | None) -> str | None:
    committee = _find_committee(pages, doc_type, body)
    municipality = MUNICIPALITY_RE.match(body or "")
    if committee == body and municipality and doc_type in ("minutes", "agenda_pack"):
        # a municipality's own meeting that names no committee is its council's ('City Council' where printed)
        kind = f"{municipality['kind']} Council"
        return kind if any(re.search(rf"\b{kind}\b", page.text) for page in pages) else "Council"
    if committee and body and GENERAL_MEETING_RE.search(committee):
        return body
    if _local_council_meeting(committee, body):
        return body  # 'Minutes of the Parish Council Meeting' (or 'of the Full Council') of a parish council
    if committee and re.search(r"\s+meeting$", committee, re.I):
        rest = re.sub(r"\s+meeting$", "", committee, flags=re.I)
        if re.search(r"\b(?!meeting\b)\w+", rest) and COMMITTEE_WORDS.search(rest):
            # "Local Public Data Panel Meeting": the panel; 'Extraordinary Parish Council Meeting': the council's own
            return body if _local_council_meeting(rest, body) else _without_meeting_kind(rest)
    return _without_meeting_kind(committee)


def _local_council_meeting(committee: str | None, body: str | None) -> bool:
    """'Parish Council', 'Full Council', 'Extraordinary Parish Council': a parish, town or community council's
    own meeting, named without the council's place."""
    generic = re.fullmatch(
        rf"(?:the\s+)?(?:(?:{MEETING_WORDS})\s+)?((?:parish|town|community|village)\s+)?council", committee or "", re.I
    )
    local = re.search(r"\s((?:parish|town|community|village)\s+council)$", body or "", re.I)
    return bool(generic and local and (not generic[1] or f"{generic[1]}council".lower() == local[1].lower()))


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


def _find_committee(pages: list[PageLayout], doc_type: DocType, body: str | None) -> str | None:
    titled = body_from_meeting_title(heading_lines(pages, 12))
    if titled:
        return titled[1]
    committee = _committee_from_heading(pages, body)
    if committee is None or committee == body:
        running = [text.strip() for text in pages[0].furniture if not PROTECTIVE_MARKING_RE.match(text.strip())][:2]
        for text in heading_lines(pages, 3) + running:
            reference = PAPER_REF_RE.match(text)
            expanded = expand_initialism(reference[1], "\n".join(page.text for page in pages)) if reference else None
            if expanded and COMMITTEE_WORDS.search(expanded):
                return expanded
        for text in running_heads(pages):  # 'Licensing Committee – 8 January 2025' at the head of every page
            found = _committee_in_line(_title_case_caps(text), None, body, pages)
            if found and found != body:
                return _strip_place(found, body)
        if doc_type not in ("minutes", "agenda_pack"):
            return _addressed_committee(pages, body)  # else no committee: the body is not one
    return _strip_place(committee, body) if committee else committee


MEETING_KIND_RE = re.compile(r"regular|special|ordinary|extraordinary|adjourned|reconvened", re.I)
MEETING_WORDS = r"regular|special|ordinary|extraordinary|adjourned|annual|statutory|monthly|full"


def _without_meeting_kind(committee: str | None) -> str | None:
    """'Regular Council' -> 'Council', 'Police District Council Regular' -> 'Police District Council': the
    kind of meeting is not part of the committee's name ('Special Educational Needs Committee' is kept)."""
    if not committee:
        return committee
    words = committee.split()
    while len(words) > 1 and MEETING_KIND_RE.fullmatch(words[-1]):
        words.pop()
    bare = re.fullmatch(
        r"(?:(?:City|Town|Township|Village|County|Borough|District|Parish)\s+)?Council", " ".join(words[1:]), re.I
    )
    # 'Extraordinary Council'; ModernGov's 'Annual, Council' (the kind of meeting, a comma, the committee)
    kind = MEETING_KIND_RE.fullmatch(words[0]) or re.fullmatch(
        r"(?:annual|special|ordinary|extraordinary),", words[0], re.I
    )
    return " ".join(words[1:] if bare and kind else words)


ADDRESSEE_RE = re.compile(
    r"\b[Mm]embers\s+of\s+the\s+(?P<committee>[A-Z][\w&'’-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w&'’-]*){0,5})"
)
# the statutory annual return: its statements are approved at a meeting of the authority itself
SELF_APPROVED_RE = re.compile(r"\bapproved\s+by\s+this\s+(?:smaller\s+)?authority\b", re.I)


def _addressed_committee(pages: list[PageLayout], body: str | None) -> str | None:
    """The meeting a paper goes to, from its salutation ('Honorable President and Members of the City
    Council'), else the body itself where the paper is a return its own meeting approves."""
    for text in heading_lines(pages, 20):
        match = ADDRESSEE_RE.search(text)
        if match and COMMITTEE_WORDS.search(match["committee"]):
            return _strip_place(match["committee"], body)
    if body and any(SELF_APPROVED_RE.search(page.text) for page in pages[:4]):
        return body
    return None


# 'Meeting: Council Offices sub-committee', 'Meeting of: Planning Committee': the field naming the meeting body
MEETING_FIELD_RE = re.compile(
    r"^(?:meeting(?:\s+of)?|meeting\s+name|name\s+of\s+(?:the\s+)?(?:meeting|committee)|committee(?:\s+name)?)\s*:\s*"
    r"(?P<value>\S.*)$",
    re.I,
)


def _labelled_committee(lines: list[str], body: str | None, pages: list[PageLayout]) -> str | None:
    """The committee a labelled field names: read as any heading line, else taken whole where it is
    committee-shaped ('Council Offices sub-committee' is no title-cased heading, but the label says what it is)."""
    for text in lines:
        field = MEETING_FIELD_RE.match(text)
        if not field:
            continue
        found = _committee_in_line(text, None, body, pages)
        if found:
            return found
        value = DATE_TAIL_RE.sub("", field["value"]).strip(" –-:|")
        if COMMITTEE_WORDS.search(value) and len(value) <= 70 and not POST_RE.search(value) and value != body:
            return _title_case_caps(value)
    return None


def _committee_above(lines: list[str], index: int, body: str | None, pages: list[PageLayout]) -> str | None:
    """'Quality, Safety & Experience (QSE) Committee' over 'Minutes of the Meeting Held on ...': the line directly
    above a heading that names no meeting body is the committee, when it is committee-shaped."""
    if index == 0:
        return None
    above = lines[index - 1].strip()
    found = _committee_in_line(above, lines[index - 2] if index > 1 else None, body, pages)
    if found:
        return found
    if (
        COMMITTEE_WORDS.search(above)
        and len(above) <= 70
        and _heading_like(above)
        and ":" not in above
        and "   " not in above  # 'Ayton Community Council   MINUTES': the body and the paper's kind, in cells
        and not (body and body.lower() in _title_case_caps(above).lower())
    ):
        return _title_case_caps(above)
    return None


def _committee_from_heading(pages: list[PageLayout], body: str | None) -> str | None:
    lines = [_title_case_caps(text) for text in heading_lines(pages, 12)]
    head = "\n".join(lines)
    labelled = _labelled_committee(lines, body, pages)
    if labelled:
        return labelled
    match = next(
        (
            found
            for found in minutes_of_matches(head)
            if not PREVIOUS_MINUTES_RE.search(head[head.rfind("\n", 0, found.start()) + 1 : found.start()])
        ),
        None,
    )
    if match:
        committee = match["committee"]
        first = committee.split("\n")[0]
        if first != committee and re.search(r"\smeeting$", first, re.I):
            committee = first[: -len("meeting")]  # 'MINUTES OF THE REGULAR COUNCIL MEETING' over the opening sentence
        committee = " ".join(committee.split())
        # 'the Trust Board Meeting (Part 1) held in public': which part of the meeting, not the board's name
        committee = re.sub(r"(?:\s+meeting)?\s*\((?:part\s+\w{1,3}|public|private)\)$", "", committee, flags=re.I)
        committee = re.sub(r"^(the|a|an)\s+", "", committee, flags=re.I)
        committee = re.sub(r"(?<=s)['’]$", "", committee)  # 'the Trustees’ Meeting'
        # 'the Council Meeting of the Llanfair Community Council', 'the Regular Meeting of Council for The
        # Corporation of the Township of X,': the meeting's kind and the body's legal name are not the committee
        committee = re.sub(
            rf"^(?:(?:{MEETING_WORDS}|council)\s+)+meeting\s+of\s+(?:the\s+)?", "", committee, flags=re.I
        )
        committee = re.sub(r"\s+(?:for|of)\s+the\s+corporation\s+of\b.*$", "", committee, flags=re.I).rstrip(" ,")
        if body:  # 'the Planning Committee of South Lanarkshire Council'
            committee = re.sub(rf"\s+of\s+(?:the\s+)?{re.escape(body)}$", "", committee, flags=re.I) or committee
        if re.fullmatch(rf"(?:(?:{MEETING_WORDS}|general)\s*)+", committee, re.I):
            return body  # 'MINUTES OF THE ANNUAL MEETING HELD ON': the body's own meeting
        undated = DATE_TAIL_RE.sub("", committee).strip()
        if undated != committee and re.fullmatch(rf"(?:(?:{MEETING_WORDS})\s+)*meeting", undated, re.I):
            return body  # 'Minutes of Meeting – Tuesday 20th February 2024, 7pm' / 'Held at the Scout Hut'

        # 'Record of decisions taken at the meeting held on ...': notes or a record name a meeting body or none
        named = match[0][:1].lower() == "m" or COMMITTEE_WORDS.search(committee)
        if 2 < len(committee) < 80 and not re.match(r"^(meeting|minutes)$", committee, re.I) and named:
            return _title_case_caps(committee)
        if re.fullmatch(r"meeting", committee, re.I):  # 'Minutes of the Meeting Held on': the committee is above
            lead = head[head.rfind("\n", 0, match.start()) + 1 : match.start()].strip(" –—-:|")
            beside = _committee_in_line(lead, None, body, pages) if lead else None  # 'JCC – Notes of meeting held'
            if beside:
                return beside
            above = _committee_above(lines, head.count("\n", 0, match.start()), body, pages)
            if above:
                return above
    meeting_of = MEETING_OF_RE.search(head) or WILL_MEET_RE.search(head)
    if meeting_of and COMMITTEE_WORDS.search(meeting_of["committee"]):
        return _title_case_caps(meeting_of["committee"])  # '... a meeting of the PLANNING COMMITTEE to be held'

    for index, text in enumerate(lines[:-1]):
        cells = [cell.strip() for cell in text.split("   ") if cell.strip()]
        if len(cells) >= 3 and re.fullmatch(r"meeting|committee|board|meeting of", cells[0], re.I):
            # a grid's header row ('Meeting   Date   Time   Venue'): the committee is the cell under its label
            found = _committee_in_line(lines[index + 1].split("   ")[0].strip(), None, body, pages)
            if found:
                return found
    for index, text in enumerate(lines):
        if text.strip().lower() == "agenda" and index + 1 < len(lines):
            following = DATE_TAIL_RE.sub("", lines[index + 1]).strip()
            header = "   " in following.strip() and not COMMITTEE_WORDS.search(following)  # 'Item No.   Subject'
            kind = re.search(r"\bagenda\b", following, re.I)  # 'Public Agenda', 'Supplementary Agenda': which part
            label = ":" in following or LABEL_LINE_RE.match(lines[index + 1])
            if kind or label or not _heading_like(following) or header:
                pass  # 'Enquiries to: Democratic Services, ...', 'Date: Thursday 19 July 2018', a list's header row
            elif following and COMMITTEE_WORDS.search(following) and _titled(following) or following.istitle():
                # not 'Published by Westford Borough Council' at the foot of the list
                return _committee_in_line(following, None, body, pages) or following
    for index, text in enumerate(lines):
        found = _committee_in_line(text, lines[index - 1] if index else None, body, pages)
        if found:
            return found
    return body


def _committee_in_line(text: str, previous: str | None, body: str | None, pages: list[PageLayout]) -> str | None:
    """The committee a heading line (or a running head) names, else None."""
    if len([cell for cell in text.split("   ") if cell.strip()]) >= 4:
        return None  # a table row ('• Breastfeeding Clinic   • Beyond the Page*   • Breastfeeding Support Group')
    label = LABEL_LINE_RE.match(text)
    meeting_label = MEETING_LABEL_RE.match(text)
    if label and not meeting_label:
        return None  # 'From:   Jane Doe, Cabinet Member for Finance': the value of a label other than the meeting's
    if DESIGNATION_RE.match(text):
        return None  # the next name of that 'From:' block: 'John Roe, Corporate Director of Finance'
    if meeting_label:
        text = text[meeting_label.end() :]  # 'Meeting: Planning Committee', 'Decision maker:   Cabinet'
        addressee = ADDRESSEE_RE.search(text)  # 'To: All Members of the Licensing Committee'
        text = addressee["committee"] if addressee and COMMITTEE_WORDS.search(addressee["committee"]) else text
        if POST_RE.search(text):
            return None  # 'Decision maker: Cabinet Member for Finance': a person's post
    candidate = _without_body_part(DATE_TAIL_RE.sub("", text).strip(" –-:|"), body)
    if body and len(body.split()) >= 2:  # 'WCC Pension Fund Committee': the body's initials before the committee
        initials = "".join(word[0] for word in body.split() if word.lower() not in SMALL_WORDS)
        candidate = re.sub(rf"^{re.escape(initials)}\s+(?=[A-Z])", "", candidate)
    candidate = re.sub(r"\s+(?:in|at)\s+the\s+[A-Z][\w'’ -]*$", "", candidate)  # '... Meeting in the Village Hall'
    # 'Board of Directors (Part 1) Meeting in Public': which part of the meeting, not the board's name
    candidate = re.sub(
        r"\s*\((?:part\s+\w{1,3}|public|private|open|closed)(?:\s+session)?\)", "", candidate, flags=re.I
    )
    candidate = re.sub(r"\s+(?:held\s+)?in\s+(?:public|private)$", "", candidate, flags=re.I)
    # 'CITIZEN REVIEW BOARD (CiRB) REGULAR MEETING': the initials after the name and the kind of meeting are not part
    # of it (initials inside the name stay: 'Quality, Safety & Experience (QSE) Committee')
    candidate = re.sub(
        r"\b((?i:board|committee|commission|panel|authority))\s\([A-Z][A-Za-z]{1,7}\)(?=\s|$)", r"\1", candidate
    )
    candidate = _without_meeting_suffix(candidate)
    # 'Minutes of the Board of Trustees', 'Agenda for the Planning Committee', 'Journal of the Proceedings of the
    # City Council', 'Ordinary meeting of the Council': the heading names the meeting
    candidate = re.sub(
        r"^(?:(?:minutes?|notes|summary|agenda|(?:journal\s+of\s+(?:the\s+)?)?proceedings)\s+(?:of|for)\s+(?:the\s+|a\s+)?)?"
        r"(?:part\s+(?:\d|[ivx]{1,3}|one|two|[ab])\s+of\s+(?:the\s+)?)?"  # 'Minutes of Part 1 of the CCG ...'
        r"(?:(?:(?:ordinary|extraordinary|special|regular|annual)\s+)?meeting\s+of\s+(?:the\s+)?)?(?=[A-Z])",
        "",
        candidate,
        flags=re.I,
    )
    if body:  # 'City Council of the City of Lakeside', '... of the City of Santa Ana, California'
        candidate = re.sub(rf"\s+of\s+(?:the\s+)?{re.escape(body)}(?:,\s+[A-Z][\w ]+)?$", "", candidate, flags=re.I)
    # "TB (7)1.ii   Transparency Board Action Log"; 'Licensing Committee   MINUTES': the label is not the name
    cells = [cell.strip() for cell in candidate.split("   ") if cell.strip()]
    candidate = ([cell for cell in cells if not DOC_LABEL_RE.fullmatch(cell)] or cells or [""])[-1]
    candidate = ORDINAL_MEETING_RE.sub("", candidate)  # "Local Public Data Panel – Twenty-second Meeting"
    candidate = re.sub(r"^\d{1,3}(?:st|nd|rd|th)\s+(?=[A-Z])", "", candidate)  # '97th Board Meeting'
    named = candidate
    candidate = re.sub(
        r"(?:\s+[-–—:])?\s+(minutes|agenda|meeting minutes|regular meeting minutes|action log|action points|"
        r"action plan|(?:meeting\s+)?notes|action notes)"
        r"(?:\s+as(?:\s+(?:of|at))?)?$",
        "",
        candidate,
        flags=re.I,
    )
    bare = candidate == named and re.fullmatch(r"[A-Z][A-Za-z]{2,5}", candidate)  # 'SACRE', read 'Sacre' as caps
    if (re.fullmatch(r"[A-Z]{3,6}", candidate) or bare) and candidate != body:
        # "ODUG Action Log": the group's initials; its name where the paper spells it out. A bare 'SACRE' heading
        # or 'OSP – 9 April 2024' running head: only where the paper defines them ('... Education (SACRE)')
        everything = "\n".join(page.text for page in pages)
        expanded = (
            expand_initialism(candidate, everything)
            if candidate != named
            else defined_initialism(candidate.upper(), everything)
        )
        if expanded and COMMITTEE_WORDS.search(expanded):
            return expanded
        if candidate != named:
            return candidate
    if " / " in candidate:  # 'Pwyllgor Cynllunio / Planning Committee': a bilingual heading
        candidate = next((part for part in candidate.split(" / ") if COMMITTEE_WORDS.search(part)), candidate)
    if body and candidate.endswith(" " + body) and not COMMITTEE_WORDS.search(candidate[: -len(body)]):
        return None  # 'Cyngor Sir Ceredigion County Council': the body under its other name
    if not candidate or len(candidate) > 70 or candidate == body or not _heading_like(candidate):
        return None
    if re.fullmatch(rf"(?:(?:{MEETING_WORDS})\s+)*meeting(?:\s+(?:details|information))?", candidate, re.I):
        return None  # 'REGULAR MEETING – JANUARY 28, 1986', CMIS's 'Meeting Details': the meeting, not its body
    if DOC_LABEL_RE.fullmatch(candidate):
        return None  # 'Notice of Meeting' over the committee's name
    if previous and body and f"{previous.strip()} {candidate}".lower() == body.lower():
        return None  # 'Westshire' / 'County Council': a logo's two lines, the body
    if re.search(r"\b(on|for|a|an|and|to|of|the|at)$", candidate, re.I):
        return None  # a fragment of "Summons to and Agenda for a Meeting on ..."
    if re.search(
        r"\b(minutes of|held|present|apologies|dear|date|email|tel|room|chambers?)\b|@|\d{3,}", candidate, re.I
    ):
        return None
    titled = _titled(candidate)
    if COMMITTEE_WORDS.search(candidate) and (titled or candidate.isupper() or len(candidate) < 40):
        return _title_case_caps(candidate)
    return None


def _without_meeting_suffix(text: str) -> str:
    """'Citizen Review Board Regular Meeting' -> 'Citizen Review Board': the kind of meeting after the name."""
    words = text.split(" ")
    if len(words) < 3 or words[-1].lower() != "meeting" or not re.fullmatch(MEETING_WORDS, words[-2], re.I):
        return text
    words.pop()
    while len(words) > 1 and re.fullmatch(MEETING_WORDS, words[-1], re.I):
        words.pop()
    return " ".join(words)


def _without_body_part(text: str, body: str | None) -> str:
    """'Westford District Council – Licensing Committee' -> 'Licensing Committee': a heading joining the body's
    name (or the paper's kind) and the committee's with a dash or a bar."""
    parts = [part.strip() for part in re.split(r"\s+[-–—]\s+|\s*\|\s*", text) if part.strip()]
    if len(parts) < 2:
        return text
    rest = [
        part
        for part in parts
        if _title_case_caps(part).lower() != (body or "").lower()
        and not _only_a_date(part)
        and not DOC_LABEL_RE.fullmatch(part)  # 'Minutes – Licensing Committee – 8 January 2025'
    ]
    return rest[0] if len(rest) == 1 and COMMITTEE_WORDS.search(rest[0]) else text


def _titled(text: str) -> bool:
    """Every word capitalised but the small joining words: a name, not a phrase ('Published by ...')."""
    return all(word[0].isupper() or word.lower() in SMALL_WORDS for word in text.split())


# the labels of a report's title block that name the meeting it goes to
MEETING_LABEL_RE = re.compile(
    r"^(?:(?:report\s+)?to|(?:name\s+of\s+)?meeting|committee|board|panel|forum|decision[- ](?:maker|taker)|"
    r"minutes|agenda|notes)"
    r"\s*:\s*",
    re.I,
)
# 'Cabinet Member for Finance', 'Leader of the Council': a person's post, not a meeting
POST_RE = re.compile(r"\b(?:Member|Leader|Director|Officer|Holder|Manager|Head|Mayor)(?:\s+(?:for|of)\b|$)")
# 'Jane Doe, Cabinet Member for Finance': a person and their post (a report's authors), never a committee
DESIGNATION_RE = re.compile(
    r"^(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3},\s+"
    r"(?:[\w'’&-]+\s+){0,4}(?:Member|Director|Officer|Head|Leader|Manager|Holder|Executive|Lead|Clerk|Secretary)\b"
)
DOC_LABEL_RE = re.compile(
    r"(?:public\s+)?notice\s+(?:of|and)\s+(?:an?\s+|the\s+)?(?:(?:public|regular|special|ordinary|extraordinary)\s+)?"
    r"(?:meeting|agenda)|notice\s+and\s+agenda|(?:meeting|agenda|minutes|summons)(?:\s+(?:and|of)\s+(?:meeting|agenda))?",
    re.I,
)


def _heading_like(text: str) -> bool:
    """Short, mostly capitalised, not a sentence."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text)]
    if not words or len(words) > 10 or text.rstrip().endswith((".", ",", ";")):
        return False
    small = {"of", "and", "the", "for", "in", "on", "&", "to"}
    capitalised = [w for w in words if w[0].isupper() or w.lower() in small]
    return len(capitalised) / len(words) >= 0.75


def find_time(text: str) -> str | None:
    match = re.search(r"\b(\d{1,2})(?:[.:](\d{2}))?\s*([ap])\.?m\b", text, re.I)
    if not match:
        return None
    hour = int(match[1]) % 12 + (12 if match[3].lower() == "p" else 0)
    return f"{hour:02d}:{match[2] or '00'}"


# 'DRAFT - to be approved at the meeting on 13 January 2022', 'Next Meeting: 8 May 2024': the meeting after this one
NEXT_MEETING_RE = re.compile(
    r"\b(?:(?:to\s+be|for|subject\s+to)\s+(?:approv|confirm|sign|ratif)|next\s+meeting\b)", re.I
)
LETTER_DATE_RE = re.compile(
    r"^(date|dated|published|issued|despatched|dispatched|date of (?:issue|publication|despatch|dispatch)|amended|"
    r"revised|updated|reissued|posted|printed)\b"  # 'Amended March 15, 2024' over 'Tuesday, March 19, 2024'
    # 'Circulated: 14 December 2021', 'Approved on 13 January 2022': when the minutes were sent out or signed
    r"|(?:circulated|distributed|approved|signed|confirmed|agreed|prepared|produced|last\s+updated)\s*(?::|on\b|\d)"
    rf"|.*{NEXT_MEETING_RE.pattern}",
    re.I,
)
# 'Annual return for the year ended 31 March 2017': the end of an accounting period, never a meeting's date
NUMERIC_DATE_RE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b")
PERIOD_END_RE = re.compile(r"\b(?:year|period|quarter|month)\s+end(?:ed|ing)\b", re.I)
# 'Approved by Cabinet on 12 March 2024', 'Adopted by the Council on ...': when a plan or policy was approved
APPROVED_BY_RE = re.compile(
    r"^(?:approved|adopted|agreed|endorsed|ratified)\s+by\s+(?:the\s+)?[\w ]{1,40}?\s+on\b", re.I
)


def _month_first(text: str) -> str:
    """'12/09/2021' -> '2021-12-09': a numeric date read month first (as US papers write it)."""

    def iso(match: re.Match[str]) -> str:
        year = int(match[3]) + (2000 if len(match[3]) == 2 else 0)
        try:
            return dt.date(year, int(match[1]), int(match[2])).isoformat()
        except ValueError:
            return match[0]

    return NUMERIC_DATE_RE.sub(iso, text)


# the label of the meeting's date in a report's title block, beside the report's own 'Date:'
MEETING_DATE_LABEL_RE = re.compile(
    r"^(?:date\s+of\s+(?:the\s+)?(?:meeting|committee|board|panel|hearing)|meeting\s+(?:date|held\s+on)|meeting\s*:)",
    re.I,
)


# 'Plan 2015-17', '2024-2026', '2013/14': a span of years (its second year would read as the day of a month below)
YEAR_RANGE_RE = re.compile(r"\b((?:19|20)\d\d)\s*[-–—/]\s*(?:(?:19|20)\d\d|\d\d)\b(?![-/.]\d)")
GLUED_YEAR_RE = re.compile(rf"\b({MONTH_RE})(?=(?:19|20)\d\d\b)", re.I)  # '17th May2013'
# a US address: 'Burleson, Texas', 'St. Louis Park, MN 55416' (numeric dates there are written month first)
US_PLACE_RE = re.compile(
    r",\s+(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|"
    r"Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|"
    r"Missouri|Montana|Nebraska|Nevada|New\s+Hampshire|New\s+Jersey|New\s+Mexico|New\s+York|North\s+Carolina|"
    r"North\s+Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode\s+Island|South\s+Carolina|South\s+Dakota|Tennessee|"
    r"Texas|Utah|Vermont|Virginia|Washington|West\s+Virginia|Wisconsin|Wyoming)\b|,\s+[A-Z]{2}\s+\d{5}(?:-\d{4})?\b"
)


DATE_STAMP_RE = re.compile(r"^(?:date\s+)?received\b:?\s*(?:on\s+)?[\w ,./-]{0,24}$", re.I)  # 'RECEIVED 12 MAR 2019'


MEETING_FIELD_LABEL_RE = re.compile(r"^(?:time|venue|place|location|where)\s*:", re.I)


def _meeting_date_field(lines: list[str], index: int) -> bool:
    """'Date: Tuesday, 12 March 2024' over 'Time: 10:00' or beside 'Venue: ...': the meeting's own date field
    (a letter's 'Date:' stands alone)."""
    if not re.match(r"^date\s*:", lines[index], re.I):
        return False
    return any(MEETING_FIELD_LABEL_RE.match(lines[near]) for near in (index - 1, index + 1) if 0 <= near < len(lines))


def meeting_date_from(lines: list[str], *, month_first: bool = False) -> dt.date | None:
    """The first full date in the heading, skipping a covering letter's 'Date: …' line when the
    heading also dates the meeting ('COUNTY COUNCIL - THURSDAY, 13 FEBRUARY 2025')."""
    lines = [
        YEAR_RANGE_RE.sub(r"\1", GLUED_YEAR_RE.sub(r"\1 ", normalise_date_text(line)))
        for line in lines
        if not PERIOD_END_RE.search(line) and not APPROVED_BY_RE.match(line) and not DATE_STAMP_RE.match(line)
    ]
    lines = [_month_first(line) if month_first else line for line in lines]
    for index, line in enumerate(lines):
        # 'Date of meeting: …' beside a report's own 'Date of report: …'; 'Date: …' in the meeting's fields
        if MEETING_DATE_LABEL_RE.match(line) or _meeting_date_field(lines, index):
            found = find_meeting_date(line) or (find_meeting_date(lines[index + 1]) if index + 1 < len(lines) else None)
            if found:
                return found
    text = "\n".join(line for line in lines if not LETTER_DATE_RE.match(line))
    # only letter-dated lines: a 'Date:' field dates the meeting before a next meeting's date does
    found = (
        find_meeting_date(text)
        or find_meeting_date("\n".join(line for line in lines if not NEXT_MEETING_RE.search(line)))
        or find_meeting_date("\n".join(lines))
    )
    if found is None and not month_first and NUMERIC_DATE_RE.search(text):
        return meeting_date_from(lines, month_first=True)  # '01/27/2020': no month 27, so the month comes first
    return found


def _bare_date(cell: str) -> dt.date | None:
    """The date a table cell consists of ('11/01/2011', '2 March 2011'), else None."""
    if len(re.sub(r"[\W\d_]+", " ", cell).split()) > 3:  # words beyond a weekday, day and month
        return None
    return find_meeting_date(cell)


def _only_a_date(text: str) -> bool:
    """'September 25, 2012', 'Tuesday 4th March 2025': a date and nothing else."""
    rest = re.sub(rf"\b(?:{MONTH_RE})\b\.?|\b{WEEKDAY_RE}\b|(?<=\d)(?:st|nd|rd|th)\b|\bof\b", " ", text, flags=re.I)
    return find_meeting_date(text) is not None and not re.search(r"[A-Za-z]", re.sub(r"[\W\d_]+", " ", rest))


def date_column(pages: list[PageLayout], n: int = 3) -> tuple[set[str], list[dt.date]]:
    """Table rows (three cells or more) that begin with a date cell, with another such row a few lines
    away at the same indent (a log's 'Meeting date' column): their text and their dates. Such a date
    dates a row, not the paper."""
    rows: list[tuple[int, float, str, dt.date]] = []
    for page in pages[:n]:
        for index, line in enumerate(page.body_lines()):
            cells = [cell.strip() for cell in line.text.split("   ") if cell.strip()]
            date = _bare_date(cells[0]) if len(cells) >= 3 else None
            if date is not None:
                rows.append((page.number * 10_000 + index, line.x0, line.text.strip(), date))
    column = [row for row in rows if any(0 < abs(o[0] - row[0]) <= 8 and abs(o[1] - row[1]) <= 6 for o in rows)]
    return {row[2] for row in column}, [row[3] for row in column]


def _heading_body(pages: list[PageLayout], lines: list[str], everything: str, heads: list[str]) -> str | None:
    """The body whose paper this is, from the first reader that names one: the meeting's title, a
    secretariat, the heading, the running heads (``heads``), a web domain, then the text."""
    titled = body_from_meeting_title(lines)
    # a body named only in the attendance block ('Raj Mehta   Kent County Council') is an attendee's, not the meeting's
    named_text = "\n".join([_first_page_without_attendance(pages), *(page.text for page in pages[1:3])])
    everything = "\n".join([named_text, *(page.text for page in pages[3:])])
    return (
        (titled[0] if titled else None)
        or body_from_secretariat(heading_lines(pages, 30), everything)
        or body_from_meeting_heading(lines)
        or body_from_org_heading(lines)
        or find_body("\n".join(lines))
        or council_of_committee(lines)
        or find_body("\n".join(heads))  # the council in every page's running head or footer
        or _org_in_furniture(heads + _first_page_foot(pages))
        or council_of_domain(everything)
        or _named_or_initialism(named_text, everything)
        or find_body("\n".join(lines), affiliations=True)
        or most_named_body(everything)
        or most_named_body(everything, NATIONAL_BODY_RE)  # a board paper naming its department once, in the text
    )


def _first_page_without_attendance(pages: list[PageLayout]) -> str:
    if not pages:
        return ""
    texts, _beside = beside_column(pages[0].body_lines())
    rows = attendance_rows(texts)
    return "\n".join(rows.get(index, text) for index, text in enumerate(texts))


def _own_local_council(body: str | None, committee: str | None, everything: str) -> tuple[str | None, str | None]:
    """(body, committee) of a parish, town or community council's own meeting, named whole."""
    local = re.fullmatch(r"(?:the\s+)?((?:parish|town|community|village)\s+council)", committee or "", re.I)
    if local and not (body or "").lower().endswith(local[1].lower()):
        # 'Minutes of the Parish Council Meeting' where the first council named is another (a county's highways)
        own = most_named_body(everything, kind=local[1])
        committee, body = (own, own) if own else (committee, body)
    if (
        committee
        and LOCAL_COUNCIL_NAME_RE.fullmatch(committee)
        and (body is None or committee.lower().endswith(" " + body.lower()))
    ):
        # 'At a meeting of SKELDA COMMUNITY COUNCIL held in ...', 'Minutes of Kirkton, Auldmuir & Cairnside Community
        # Council meeting': the council's own meeting names the council whole (the body reader missed or cut it)
        body = committee
    return body, committee


def document_facts(pages: list[PageLayout]) -> DocumentFacts:
    head = first_page_text(pages, 2)
    doc_type = classify_document(pages)
    lines = heading_lines(pages, 15)
    everything = "\n".join(page.text for page in pages)
    heads = running_heads(pages)
    body = normalise_body(_heading_body(pages, lines, everything, heads), everything)
    committee = find_committee(pages, doc_type, body)
    if body is None and doc_type in ("minutes", "agenda_pack"):
        body, committee = _body_of_committee(committee, lines)
    body, committee = _own_local_council(body, committee, everything)
    body, committee = _place_governing_body(body, committee, everything, lines)
    body = municipal_style(body, everything)
    row_lines, row_dates = date_column(pages)
    dated = [text for text in lines if text not in row_lines and not PREVIOUS_MINUTES_LINE_RE.search(text)]
    if doc_type not in ("minutes", "agenda_pack"):
        # a paper's date alone on a line ('September 25, 2012') is when it was written; the meeting it goes
        # to is named with its date ('To Cabinet – 30 January 2025', 'ODUG Action Log – 19 July 2013')
        dated = [
            text
            for index, text in enumerate(dated)
            if not _only_a_date(text)
            or index > 0
            and COMMITTEE_WORDS.search(dated[index - 1])
            and _heading_like(dated[index - 1])
            and len(dated[index - 1].split()) <= 6  # 'Cabinet' over '30 January 2025'
        ]
    # US papers write numeric dates month first ('Councilmember', never 'Councillor', as municipal_style)
    month_first = "Councillor" not in everything and (
        NORTH_AMERICAN_RE.search(everything) is not None or US_PLACE_RE.search(everything) is not None
    )
    meeting_date = meeting_date_from(dated, month_first=month_first)
    if meeting_date is None:
        # a running head dating the meeting ('Licensing Committee – 8 January 2025'); a paper's only where it
        # names the meeting too (a footer's date alone is when the paper was printed). Before a date lower in
        # the text: there 'the minutes of the meeting held on ...' dates the last meeting
        dating_heads = [
            text
            for text in heads
            if (doc_type in ("minutes", "agenda_pack") or COMMITTEE_WORDS.search(text))
            and not LETTER_DATE_RE.match(text)
        ]
        meeting_date = meeting_date_from(dating_heads, month_first=month_first)
    if meeting_date is None and doc_type in ("minutes", "agenda_pack"):
        # minutes and agendas may date the meeting lower on their first pages; a paper, register or slide
        # deck is dated by its heading only (a date in its text dates something else)
        meeting_date = meeting_date_from(
            [
                text
                for text in head.splitlines()
                if text.strip() not in row_lines and not PREVIOUS_MINUTES_LINE_RE.search(text)
            ],
            month_first=month_first,
        )
    printed = "\n".join(line.text for page in pages[:2] for line in page.lines)  # with running heads and footers
    reference_date = meeting_date or (min(row_dates) if row_dates else None) or find_meeting_date(printed)
    title_lines = heading_lines(pages, 3)
    title = " ".join(" ".join(title_lines).split()) or None
    return DocumentFacts(
        doc_type=doc_type,
        body=body,
        committee=committee,
        meeting_date=meeting_date,
        meeting_time=find_time("\n".join(heading_lines(pages, 15))),
        title=title[:200] if title else None,
        reference_date=reference_date,
        provenance={
            "doc_type": "rule:earliest-heading-cue",
            "body": "rule:council-name-pattern",
            "committee": "rule:committee-heading",
            "meeting_date": "rule:first-full-date-in-heading",
        },
    )


# bodies that meet as themselves: the panel or authority is both body and committee
SELF_MEETING_RE = re.compile(
    r"\b(?:Police\s+and\s+Crime\s+Panel|Integration\s+Joint\s+Board|Fire\s+(?:and\s+|&\s+)?(?:Rescue\s+)?Authority|"
    r"National\s+Park\s+Authority|Combined\s+Authority|Joint\s+Committee)$",
    re.I,
)
# a New York community board ('Community Board 9', 'Manhattan Community Board 11'): its own body
COMMUNITY_BOARD_RE = re.compile(r"(?:[A-Z][\w'’-]+\s+){0,2}Community\s+Board\s+\d{1,2}")
# the board or committee of an organisation named by its kind: 'X Fire & Rescue Service Board'
OWN_BOARD_RE = re.compile(
    r"^(?P<org>.+?)\s+(?P<committee>(?:Trust\s+)?Board(?:\s+of\s+(?:Trustees|Directors|Governors))?|Trustees|"
    r"(?:Executive\s+|Management\s+)?(?:Sub-)?Committee|Council\s+of\s+Governors|Governing\s+Body)$"
)
# 'CARE AND REPAIR FORUM WESTLAND MINUTES OF BOARD MEETING HELD ON': the organisation's name, then the title
ORG_BEFORE_TITLE_RE = re.compile(
    r"^(?P<org>[A-Z][\w'’&-]*(?:\s+(?:(?:of|for|and|&|the)\s+)*[A-Z][\w'’&-]*){1,6})\s+(?:minutes|notes)\s+of\s", re.I
)


COUNTY_BOARD_RE = re.compile(
    r"(?:the\s+)?(?P<org>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+County)\s+"
    r"(?P<committee>Board\s+of\s+(?:County\s+)?(?:Commissioners|Supervisors)|Commissioners(?:\s+Court)?)"
)
# 'Kirkton, Auldmuir & Cairnside Community Council': a community, parish or town council's whole name
LOCAL_COUNCIL_NAME_RE = re.compile(
    rf"(?!(?i:the|full|{MEETING_WORDS})\b)[A-Z][\w'’.,&-]*(?:\s+(?:(?:of|upon|and|&|with)\s+)?[A-Z][\w'’.,&-]*){{0,5}}"
    r"\s+(?:Parish|Town|Community|Village)\s+Council"
)


def _body_of_committee(committee: str | None, lines: list[str]) -> tuple[str | None, str | None]:
    """(body, committee) of a meeting whose heading names no council or department: a panel or authority that
    is its own body, an organisation's board named with the organisation, or the name printed before 'Minutes of'."""
    if not committee:
        return None, committee
    council = re.fullmatch(r"(City|Town|Village)\s+Council", committee)
    for line in lines if council else []:
        # 'LOCATION: 1400 Main Street, Northlake, Texas 76092': a US council's meeting place names its city
        place = US_PLACE_RE.search(line)
        city = re.search(r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})$", line[: place.start()]) if place else None
        if city and re.search(r"\d", line[: city.start()]):  # a street address before the city
            return f"{council[1]} of {city[1]}", committee
    if SELF_MEETING_RE.search(committee) and len(committee.split()) >= 4 or COMMUNITY_BOARD_RE.fullmatch(committee):
        return committee, committee
    county = COUNTY_BOARD_RE.fullmatch(committee)
    if county:  # 'Carter County Board of Commissioners': a US county's governing board
        return county["org"], county["committee"]
    own = OWN_BOARD_RE.match(committee)
    # 'Scotland Procure' heading the page over 'Minute of Meeting of the Scotland Procure Executive Sub-Committee'
    alone = own and any(_title_case_caps(line.strip()) == own["org"] for line in lines[:3])
    if own and (ORG_HEADING_RE.match(own["org"]) or alone) and len(own["org"].split()) >= 2:
        return own["org"], own["committee"]
    for line in lines[:2]:
        named = ORG_BEFORE_TITLE_RE.match(_title_case_caps(line.strip()))
        if named and not re.match(r"^(?:draft|approved|confirmed|unconfirmed|signed)\b", named["org"], re.I):
            return named["org"], committee
    return None, committee


def _is_heading_candidate(line: Line, page: PageLayout) -> bool:
    return line.x0 < page.width * 0.35


# item and page stamps other publishing systems print in the margins: CMIS 'Agenda Item No. 5', 'Item: 5' and
# 'Page: 10' (Scottish packs), 'Item 5'; pdf reads the plain 'Agenda Item 5' and 'Page 10' forms itself
APPENDIX_STAMP_RE = re.compile(r"^appendix\s+([A-Z]|\d{1,2})$", re.I)


def _margin_lines(page: PageLayout) -> list[Line]:
    band = MARGIN * page.height
    return [line for line in page.lines if line.top < band or line.bottom > page.height - band]


def front_matter(pages: list[PageLayout], limit: int = 4) -> list[PageLayout]:
    """The frontsheet: pages before the first printed page stamp or 'Agenda Item' stamp."""
    front = []
    for page in pages[:limit]:
        if front and (page.label or page.agenda_item_stamp):
            break
        front.append(page)
    return front


TRAILING_PAGE_RE = re.compile(r"\s{3,}(\d{1,4})\s*$")
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


def _is_marking(text: str) -> bool:
    """A protective marking in capitals inside the text (in the page margins pdf makes it furniture)."""
    return text.isupper() and PROTECTIVE_MARKING_RE.match(text) is not None


ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
ROMAN_RE = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
# a list numbered in Roman numerals or capital letters, as US agendas and minutes print it: "IV. PUBLIC COMMENT"
ALPHA_ITEM_RE = re.compile(
    r"^(?:(?P<num>[IVX]{1,6}|[A-Z])[.)]|(?P<section>[A-H]\d{1,2})[.):]?)\s+(?P<rest>[A-Z0-9(“\"'‘].*)$"
)


def roman_value(text: str) -> int | None:
    """'XIV' -> 14; None when ``text`` is not a Roman numeral (up to 39)."""
    if not text or not ROMAN_RE.fullmatch(text):
        return None
    values = [ROMAN_VALUES[c] for c in text]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def to_roman(value: int) -> str:
    tens, units = divmod(value, 10)
    return "X" * tens + ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"][units]


def _successor(number: str, first: str) -> str | None:
    """The number after ``number`` in the scheme of a list that began at ``first`` ('1', 'I' or 'A')."""
    if number.isdigit():
        return str(int(number) + 1)
    if first == "I" and roman_value(number):
        return to_roman(roman_value(number) + 1)
    if first == "A" and re.fullmatch(r"[A-Y]", number):
        return chr(ord(number) + 1)
    if re.fullmatch(r"[A-H]\d{1,2}", number):
        return f"{number[0]}{int(number[1:]) + 1}"  # 'A2' after 'A1' (or 'B1': see _alpha_item)
    return None


def _next_number(items: list[AgendaItem]) -> str:
    """The number a new list's next top-level item would carry: '1', or one past the last."""
    top = [item.number for item in items if not item.parent]
    return (_successor(top[-1], top[0]) if top else None) or "1"


def _alpha_item(text: str, items: list[AgendaItem]) -> tuple[str, str] | None:
    """'II. ROLL CALL' as (number, title) when it opens a list ('I.', 'A.') or continues one."""
    match = ALPHA_ITEM_RE.match(text)
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
    return (match["num"], match["rest"]) if match["num"] == expected else None


def _column_x(line: Line, text: str, cell: int) -> float:
    """Roughly where character ``cell`` of ``text`` sits on the line (text spread evenly over it)."""
    return line.x0 + (line.x1 - line.x0) * cell / max(len(text), 1)


# a word broken by a hyphen at a line end; 'short- and long-term' is a suspended hyphen, not a broken word
BROKEN_WORD_RE = re.compile(r"(?:^|\s)(?P<part>[A-Za-z]+)-$")
SUSPENDED_HYPHEN_NEXT = frozenset({"and", "or", "nor", "to"})


def join_wrapped(title: str, text: str) -> str:
    """A title and the next line of it: 'manage-' + 'ment plan' is one word ('management plan') when the line
    goes on in lower case and the broken part has no capital inside it; 'Mid-' + 'Suffolk' keeps its hyphen
    (a compound name broken at its own hyphen); 'short-' + 'and long-term' and 'Budget -' + 'update' keep a
    space."""
    title, text = title.rstrip(), text.strip()
    broken = BROKEN_WORD_RE.search(title)
    if broken is None or not text:
        return f"{title} {text}".strip()
    first_word = text.split()[0]
    if text[:1].islower() and first_word not in SUSPENDED_HYPHEN_NEXT and broken["part"][1:].islower():
        return title[:-1] + text
    if text[:1].isupper() and broken["part"][-1:].isalpha():
        return title + text
    return f"{title} {text}"


LONE_NUMBER_RE = re.compile(r"\(?(?:\d{1,3}[a-z]?|[IVX]{1,5})[.):]?")  # an item number printed alone in its cell


def _centre(line: Line) -> float:
    return (line.top + line.bottom) / 2


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
        if offset >= (number.bottom - number.top) / 2 or (
            following is not None and following.x0 > number.x1 and abs(_centre(following) - _centre(number)) < offset
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
    label_only = False  # the current item's line was 'Agenda Item N' alone: its title is the next line
    timed = False  # the current item's row began with a time slot: its next lines may hold a duration cell
    nested_x: float | None = None  # where a list numbered from 1 under an item starts: its entries are not items
    front = front_matter(pages)
    last: Line | None = None  # the current item's last line on this page
    listed_from = 0  # the items from the last 'AGENDA' heading on
    for page in pages:
        last = None
        listed = bool(items) and items[0].provenance is not None and page.number > items[0].provenance.page
        if (page.number > front[-1].number or listed) and not _continues_list(page, items):
            break  # past the frontsheet, or past the page the list started on (a scanned package's minutes)
        page_lines = _numbers_before_titles(page.body_lines())
        timed_titles = _timed_titles(page_lines)
        for line in page_lines:
            text = CONSENT_MARK_RE.sub("", line.text.strip())
            if _is_marking(text):
                continue
            if AGENDA_HEADING_RE.match(text):
                listed_from = len(items)
            text, row_range = _without_range_cell(text, line, page)
            if row_range and (not text or _list_number(text, items) is None):
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
            numbered_sub = (
                _numbered_sub_item(text, line, current, item_x0, _carried_sub_number(items))
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
            if parsed and not parsed[1] and parsed[0] != _next_number(items):
                parsed = None  # "2015." closing a wrapped title, a stray figure: not an item
            if parsed and not _in_sequence(parsed[0], items):
                parsed = None  # "12 – see attached" wrapping a title, "2012 ..." in the text: not an item
            if parsed and parsed[1][:1].islower() and items:
                parsed = None  # "1 work on the small playground ...": a wrapped cell under an item, not one
            if parsed and ADDRESS_TITLE_RE.match(parsed[1]) and not _next_item_number(parsed[0], items):
                parsed = None  # '46 High Street, Marlow Bay' under the meeting's date: the venue, not item 46
            if parsed and items and ITEM_LABEL_PREFIX_RE.match(text) and line.x0 > item_x0 + 20:
                parsed = None  # "AGENDA ITEM NO. 10 SHALL BE LAID OVER" indented under an item: a note on it
            if (
                parsed
                and (parsed[1] or line.x0 < page.width * 0.2)
                and not re.match(r"^(\d{1,2}\s*[.:]\s*\d{2}\b|\d+\s*$)", parsed[1])
                and not (DATE_REST_RE.match(parsed[1]) and not _dated_sub_item(*parsed))
            ):
                number, rest = parsed
                item_x0 = line.x0
                grid = not rest
                label_only = grid and bool(ITEM_LABEL_PREFIX_RE.match(text))  # 'Agenda Item 4' over its title
                side_x = None
                current = AgendaItem(
                    number=number,
                    title=rest,
                    is_exempt=exempt,
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
                sub = (
                    dashed
                    or numbered_sub
                    or SUB_ITEM_RE.match(text)
                    or _unmarked_sub_item(text, line, current, last)
                    or _capital_sub_item(text, line, current, item_x0)
                )
                cells = [cell.strip() for cell in text.split("   ") if cell.strip()]
                if label_only and not current.title:
                    current.title, label_only, grid, last = text, False, False, line
                elif grid or (timed and DURATION_RE.match(cells[0])):
                    if line.x0 <= item_x0 + 4:
                        current, grid = None, False  # a section label in the number column ends the row
                        continue
                    while cells and (DURATION_RE.match(cells[0]) or TIME_SLOT_RE.fullmatch(cells[0] + " ")):
                        cells = cells[1:]
                    if cells and line.x0 < page.width * 0.6:  # a cell alone at the right is the lead column
                        current.title = join_wrapped(current.title, cells[0])
                elif ATTACHED_RE.match(text):
                    continue  # the item's papers: the item stays open for its sub-items, its title ends
                elif BULLET_RE.match(text) or text.endswith(":") and len(text.split()) > 5:
                    current = None  # the points under an item, or the sentence leading into them, are not its title
                elif sub and current.number:
                    current = AgendaItem(
                        number=(
                            f"{head}-{sub['num']}"
                            if dashed
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
                    )
                    items.append(current)
                    side_x, last = None, line
                    if "   " in sub["title"] and not PAGE_RANGE_RE.search(sub["title"]):
                        current.title = sub["title"].split("   ")[0]
                        side_x = _column_x(line, text, text.index(current.title) + len(current.title)) + 6
                elif side_x is not None and line.x0 >= side_x:
                    continue  # the description column beside the title
                elif (
                    DESCRIPTION_RE.match(text) and text.endswith(".")
                    or PRESENTER_RE.match(text)
                    or _describes_item(text.split("   ")[0], current.title)
                ) and not JOINING_END_RE.search(current.title):
                    current = None  # 'To receive the report of the Treasurer.': what the item is for, not its title
                elif PAGE_RANGE_RE.fullmatch(text.strip()) or (
                    not PAGE_RANGE_RE.search(current.title)
                    and len(current.title) < 200
                    and line.x0 > item_x0 + 4
                    and not EXEMPT_RE.search(text)
                    and not UNRESTRICTED_RE.search(text)
                    and not text.startswith("(")
                    and not re.match(r"^\d{2,}/\d{3,}", text)  # '20/03320/TCA Westend House': a list under it
                    and not LINKED_DOCUMENT_RE.search(text)  # 'Minutes 13.02.24 (PDF, 210Kb)': a paper of the item
                    # a wrapped line follows close under the title, a note under the item after a gap
                    and (last is None or line.top - last.bottom <= 1.2 * (last.bottom - last.top))
                ):
                    # the title's own cell: a description beside it in a second column is not part of it
                    current.title = join_wrapped(current.title, text.split("   ")[0] if side_x is not None else text)
                    last = line
                else:
                    current = None
    if (
        0 < listed_from < len(items)
        and items[listed_from].number in ("1", "I", "A")
        and _item_page(items[0]) == _item_page(items[listed_from])
    ):
        # a numbered list before the 'AGENDA' heading and the items numbered again from 1 under it: the first list
        # was the rules of public participation or the meeting's notes, not business
        items = items[listed_from:]
    for item in items:
        item.title = without_link_size(item.title)
        if item.printed_pages:
            item.title = " ".join(item.title.split())
            continue
        pages_range = parse_page_range(item.title)
        start_page = TRAILING_PAGE_RE.search(item.title)
        if pages_range:
            item.printed_pages = format_page_range(pages_range)
            item.title = PAGE_RANGE_RE.sub("", item.title).strip(" .-–")
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
    attach_presenters(items, pages)
    return items


# '*1. Approval of minutes': the asterisk marks an item of the consent agenda, not part of its number
CONSENT_MARK_RE = re.compile(r"^\*\s?(?=\d{1,3}[.)]\s|[A-Za-z][.)]\s)")
# the heading the business starts under: 'AGENDA', 'Agenda Items', 'Order of Business'
AGENDA_HEADING_RE = re.compile(r"^(?:(?:proposed\s+)?agenda(?:\s+items)?|order\s+of\s+business)\s*:?$", re.I)


def _item_page(item: AgendaItem) -> int | None:
    return item.provenance.page if item.provenance else None


# '6:45 p.m. Public Comment': an item printed after the time it is heard, with no number
TIMED_TITLE_RE = re.compile(rf"^{_CLOCK}\s+(?P<title>[A-Z][a-z'’]*\b(?:(?!\s{{3}}).)*)$", re.I)


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
        if match and (not title[:1].isupper() or dated):
            match = None
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
ATTACHED_RE = re.compile(r"^(?:attachments?|enclosures?|(?:additional|supporting)\s+documents?)\s*:", re.I)
# a page range printed as a column at the right of the agenda ('5 - 17' in eScribe agendas), on the item's row or
# alone a line or two under it
RANGE_CELL_RE = re.compile(r"(?:^|(?<=\s\s\s))(?P<first>\d{1,4})\s*[-–]\s*(?P<last>\d{1,4})$")
# a sentence under an agenda title saying what the item is for ('To receive the report of the Treasurer.')
DESCRIPTION_RE = re.compile(r"^(?:To\s+[a-z]+\b|(?:Purpose|Summary|Recommendations?)\b\s*:?)")
# 'Report of the Clerk', 'Presented by: Cllr K White': who brings the item, under its title
# a presenter's label under an item's title, with the presenter where the line names one ('Presented by: Dan Hale,
# chief executive', 'Lead officer: Director of Place', 'Report of the Chief Officer (Resources).', eScribe's
# '--S. Tanaka, Director of Finance')
PRESENTER_RE = re.compile(
    r"^(?:(?:Joint\s+)?Report\s+(?:of|by|from)|Presented\s+by|Presenter|Introduced\s+by|"
    r"Lead(?:\s+(?:officer|member))?\s*:|--(?=\s*[A-Z]))(?:\s*:?\s*(?:the\s+)?(?P<who>[A-Z][^:]{1,80}?)\.?$)?"
)
# on the title line: 'Budget Monitoring - Report of the Director of Finance', 'Housing (Jane Dale, Head of Housing)'
INLINE_PRESENTER_RE = re.compile(
    r"(?:\s[–—-]\s+(?:(?:joint\s+)?report\s+(?:of|by|from)\s+(?:the\s+)?)?|\()(?P<who>[A-Z][^()–—]{1,60}?)\)?$", re.I
)
JOINING_END_RE = re.compile(r"(?:\b(?:and|or|of|the|for|to|in|on|with|from|by|a|an|at)|[&,(–-])\s*$", re.I)
CAPITAL_SUB_RE = re.compile(r"^\(?(?P<num>[A-H])(?:[.)]\s+|\.(?=[A-Z][a-z]))(?P<title>[A-Z0-9].*)$")  # 'A.Nominate' too


def _without_range_cell(text: str, line: Line, page: PageLayout) -> tuple[str, str | None]:
    """The line without a page range printed as a column at the right ('2 - 3'), and that range ('2-3')."""
    cell = RANGE_CELL_RE.search(text)
    if cell is None or int(cell["last"]) < int(cell["first"]):
        return text, None
    if _column_x(line, text, cell.start("first")) < page.width * 0.6:
        return text, None
    return text[: cell.start()].strip(), format_page_range((int(cell["first"]), int(cell["last"])))


def _describes_item(text: str, title: str) -> bool:
    """A whole sentence under a short title ('The Chair to advise that this meeting will be webcast.', CMIS
    pages' descriptions): what the item is about, not the title's wrapped line, which is a phrase."""
    return (
        len(title.split()) <= 8
        and not title.rstrip().endswith(".")
        and bool(re.match(r"[A-Z][a-z]*\s", text))
        and text.endswith(".")
        and len(text.split()) >= 7
        and len(re.findall(r"\b[a-z]{2,}\b", text)) >= 5
    )


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
    parsed = parse_item_number(text) or _alpha_item(text, items)
    slot = TIME_SLOT_RE.match(text) if parsed is None else None
    if slot and slot.end() < len(text):
        parsed = parse_item_number(text[slot.end() :])
    return parsed


def _next_item_number(number: str, items: list[AgendaItem]) -> bool:
    """The number after the last item's: '3' after item 2 ('3. Station Road, Fenbrook – waiting restrictions')."""
    tops = [item.number for item in items if item.parent is None and item.number]
    return bool(tops) and tops[-1].isdigit() and number == str(int(tops[-1]) + 1)


NUMBERED_SUB_RE = re.compile(r"^(?:\((?P<num>\d{1,2})\)|(?P<dotted>\d{1,2})\.?\))\s+(?P<title>[A-Z0-9(].*)$")
# '4a  Revenue Budget', '4b) Capital Programme': a sub-item numbered with its item's number and a letter
SUFFIXED_SUB_RE = re.compile(r"^(?P<num>(?P<parent>\d{1,3})[a-h])[.)]?\s+(?P<title>[A-Z(].*)$")


def _carried_sub_number(items: list[AgendaItem]) -> int:
    """The last number of the items numbered under lettered sections ('C(2)' under 'C.'): US agendas number them on
    through the sections ('C. CONSENT CALENDAR' 1, 2, 'D. ACTION' 3), else 0."""
    for item in reversed(items):
        number = re.fullmatch(r"[A-Z]\((\d{1,2})\)", item.number or "") if item.parent else None
        if number:
            return int(number[1])
    return 0


def _numbered_sub_item(
    text: str, line: Line, current: AgendaItem, item_x0: float, carried: int = 0
) -> dict[str, str] | None:
    """'(1) Cornmarket Notice Board', '1.) Regular meeting' or '1. Approval of consent agenda' indented under an
    item, numbered from 1 ('7(1)', 'D(1)') or, under a lettered section, on from the last section's (``carried``);
    or '4a Revenue Budget' under item 4, its letters in order ('4a')."""
    top = current.parent or current.number or ""
    previous = current.number[len(top) :].strip("()") if current.parent else ""
    suffixed = SUFFIXED_SUB_RE.match(text)
    if suffixed and suffixed["parent"] == top:
        expected = chr(ord(previous[-1]) + 1) if previous[-1:].isalpha() and len(previous) == 1 else "a"
        letter = suffixed["num"][-1]
        if letter == expected or (previous == "" and current.number == top and letter == "a"):
            return {"num": suffixed["num"], "title": suffixed["title"]}
        return None
    match = NUMBERED_SUB_RE.match(text) or (re.match(r"^(?P<num>\d{1,2})\.\s+(?P<title>[A-Z].*)$", text))
    if not match or line.x0 <= item_x0 + 8 or not top or not re.fullmatch(r"\d{1,3}|[A-Z]|[IVX]{1,6}", top):
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
            return parsed[0] == _next_number(items) and not parsed[1][:1].islower()
    return False


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


ITEM_REF_RE = re.compile(r"^\(\s*(?:agenda\s+)?item\s+(?P<ref>[\w.]+(?:\s*\(\w\))?)\s*\)$", re.I)
RESIDUE_RE = re.compile(rf"{WEB_RESIDUE_RE.pattern}|^\s*minutes:\s*$", re.I)
# the size of a linked document after its name: 'Approval of Minutes pdf icon PDF 112 KB', 'Minutes (PDF, 210Kb)'
LINKED_DOCUMENT_RE = re.compile(r"\((?:pdf|word|excel|powerpoint),\s*\d{1,4}(?:\.\d{1,2})?\s*[kmg]b\)$", re.I)
LINK_SIZE_RE = re.compile(
    r"(?:\bpdf icon\s+)?\b(?:pdf|docx?|xlsx?|pptx?)\s+\d{1,4}(?:\.\d{1,2})?\s*[kmg]b$|" + LINKED_DOCUMENT_RE.pattern,
    re.I,
)


def without_link_size(text: str) -> str:
    return LINK_SIZE_RE.sub("", text).rstrip()


def _number_key(number: str) -> tuple[int, ...]:
    if re.fullmatch(r"[IVX]+", number) and roman_value(number):
        return (roman_value(number) or 0,)
    if re.fullmatch(r"[A-Z]", number):
        return (ord(number) - ord("A") + 1,)
    return tuple(int(part) for part in re.findall(r"\d+", number))


def _number_shape(number: str) -> str:
    return re.sub(r"\d+", "9", number)


def _left_margin(lines: list[tuple[PageLayout, Line]]) -> float:
    xs = sorted(round(line.x0) for _, line in lines if line.text.strip())
    return xs[len(xs) // 10] if xs else 0.0


Heading = tuple[int, int, str | None, str, str]  # first line, last line, number, title, "(Item N)" ref


def minutes_items(pages: list[PageLayout], document_id: str) -> list[AgendaItem]:
    """Numbered minute items with their text and pages.

    ModernGov printed minutes put "(Item N)" under each heading: the heading is the lines above
    it. Other minutes number their headings at the left margin ("84.", "77/21", "21.01.03", a
    paper reference "TB(5)2" or a resolution number "R2024-057"); an indented or out-of-sequence
    number is a numbered paragraph inside an item, not a new item. Unnumbered headings in the
    numbered headings' style that open or close the minutes ("Welcome", "AOB") are items too, but
    minutes with no numbered heading have none: their bold lines are section labels, not items.
    """
    pages = with_ocr_numbers_repaired(pages)
    lines = [
        (page, line)
        for page in pages
        for line in page.lines
        # an "(Item N)" line near the page foot can repeat often enough to look like a running head
        if line.text not in page.furniture or ITEM_REF_RE.match(line.text.strip())
    ]
    lines = [(page, line) for page, line in lines if not RESIDUE_RE.match(line.text.strip())]
    starts = _moderngov_headings(lines) or _numbered_headings(lines) or _unnumbered_headings(lines)
    items = []
    for index, (start, end, number, title, ref) in enumerate(starts):
        stop = starts[index + 1][0] if index + 1 < len(starts) else len(lines)
        page, line = lines[start]
        body = lines[end + 1 : stop]
        items.append(
            AgendaItem(
                number=number,
                title=without_link_size(title),
                kind="minutes",
                parent=_parent_number(number),
                page_start=page.number,
                page_end=(body[-1][0].number if body else page.number),
                text="\n".join(without_link_size(text_line.text) for _, text_line in body),
                fields={"agenda_item": ref} if ref else {},
                provenance=Provenance(
                    document=document_id,
                    page=page.number,
                    bbox=line.bbox,
                    method="rule:minutes-item-ref" if ref else "rule:minutes-numbered-heading",
                ),
            )
        )
    attach_presenters(items, pages)
    return items


def _parent_number(number: str | None) -> str | None:
    if number and number[1:2] == "-" and number[0].isupper() and number[2:].isdigit() and len(number) <= 4:
        return number[0]  # 'A-1' in section 'A'
    match = re.match(r"^(.+)\((\w{1,2})\)$", number or "")
    return match[1] if match and not re.search(r"\(\d+\)$", match[1]) else None


def _moderngov_headings(lines: list[tuple[PageLayout, Line]]) -> list[Heading]:
    found = []
    for index, (_, line) in enumerate(lines):
        match = ITEM_REF_RE.match(line.text.strip())
        if not match:
            continue
        first = index - 1
        while first > 0 and index - first < 4:
            text = lines[first][1].text.strip()
            numbered = parse_item_number(text)
            if (numbered and numbered[1]) or not (lines[first - 1][1].bold or _continues_heading(lines, first)):
                break
            first -= 1
        heading = " ".join(line.text.strip() for _, line in lines[first:index])
        parsed = parse_item_number(heading)
        number, title = parsed if parsed and parsed[1] else (None, heading)
        if title:
            found.append((first, index, number or match["ref"], title.strip(), match["ref"]))
    return found


ITEM_LABEL_RE = re.compile(r"^(?:agenda\s+)?item\s+(?P<num>\d{1,3}[a-z]?)\s*[:.\-–]\s*(?P<rest>\S.*)$", re.I)
# Numbers that are references rather than counts: a paper reference "TB(5)2" / "TB (5) 3.ii" (board and
# meeting number, then the item) and a resolution number "R2024-057".
REF_NUMBER_RE = re.compile(
    r"^(?P<num>[A-Z]{1,4}\s?\(\d{1,3}\)\s?\d{1,3}(?:\.(?:[ivx]{1,4}|\d{1,2}))?|[A-Z]{1,3}(?:\d{2}){1,2}-\d{1,4})"
    r"[:.]?(?:\s+(?P<rest>\S.*))?$"
)
# a running minute number after the council's or committee's initials: "SPC 23/45", "PC/21/045", "FC 112/22"
# ... or after a committee's short name and with the council year: "Cou/286/07-08"
PREFIXED_NUMBER_RE = re.compile(
    r"^(?P<num>(?:[A-Z]{1,5}[\s/.]?|[A-Z][a-z]{1,3}/)\d{1,4}/\d{1,4}(?:-\d{2})?)[:.]?(?:\s+(?P<rest>\S.*))?$"
)
# a minute number after the council year's two digits: "12-213 DECLARATIONS OF INTEREST", "12- 214 MINUTES ..."
YEAR_MINUTE_RE = re.compile(r"^(?P<num>\d{2}-\s?\d{2,4})\s+(?P<rest>[A-Z]\S*(?:\s.*)?)$")
# "C048/23   1.   APOLOGIES", "2786/12  Item 1  OPENING": the agenda's own number printed between a minute
# reference and its title
AGENDA_NUMBER_LEAD_RE = re.compile(r"^(?:item\s+\d{1,3}[.:]?\s+|\d{1,3}(?:[.)]\s+|\s{2,}))(?=\S)", re.I)
# a council's running minute number over the years, before a title in capitals: '14365 CHAIRMAN'S ANNOUNCEMENTS'
RUNNING_NUMBER_RE = re.compile(r"^(?P<num>\d{5})\s+(?P<rest>[A-Z][A-Z'’ ,&()/-]{3,})$")
LABEL_LINE_RE = re.compile(r"^[\w’'()/&,. -]{1,60}:(?:\s|$)")  # "Action 1: ...", "Due: ...", "Present:"


CAPS_CHAR = r"[A-Z0-9&'’/(),-]"  # of a word in a capitals heading ('APOLOGIES', '(CONT’D)', 'S106')
# the heading's words (the last with two capitals in a row), then a word in sentence case; possessive, so a long
# line of capitals is read once, not tried at every split into words
CAPS_LEAD_RE = re.compile(
    rf"(?P<head>(?:{CAPS_CHAR}++\s+(?={CAPS_CHAR}++\s))*+(?={CAPS_CHAR}*?[A-Z]{{2}}){CAPS_CHAR}++)"
    r"\s+(?P<tail>[A-Z][a-z].*)"
)
CAPS_RUN_ON_RE = re.compile(r"(?P<head>[^a-z:]+(?::\s+[^a-z:\s][^a-z:]*)+):\s+(?P<tail>[A-Z][a-z].*)")


def heading_title(text: str, *, wraps: bool = False) -> str:
    """'Playground Update – AS had circulated the report ...' -> 'Playground Update': a minute heading
    that runs on into its text after a dash. A short tail ('Safer Borough – Tim Barfoot') is kept, and so is
    the tail of a bold heading that ``wraps`` onto the next line ('Plan - report of the steering group and')."""
    text = without_link_size(text)  # 'Licence - The Old Mill PDF 2 MB': the link's size is no part of the tail
    head, run_on, _ = text.strip().partition(":-")
    if run_on and 1 <= len(head.split()) <= 10 and head[:1].isupper():
        return head.strip()  # 'Declarations of interest:- None.': the heading, then its minute after ':-'
    parts = re.split(r"\s+[-–—](?:\s+|$)", text.strip(), maxsplit=1)
    if (
        len(parts) == 2
        and not (wraps and JOINING_END_RE.search(text))
        and (
            not parts[1].strip()
            or (len(parts[1].split()) >= 5 and not _titled(parts[1]))
            or NOTHING_TO_REPORT_RE.match(parts[1].strip())  # 'Correspondence - none.'
            or _record_after_dash(parts[0], parts[1].strip())
        )
    ):
        return parts[0].strip()  # not 'Minute 6 - Annual Report of the Commissioner': a title in two parts
    # 'AGENDA: REQUEST FOR DELETIONS/ADDITIONS: Mr. T requested ...': a capitals heading in parts, then the minute
    caps = CAPS_RUN_ON_RE.match(text.strip())
    if caps and _all_caps(caps["head"]) and len(re.findall(r"\b[a-z]{2,}\b", caps["tail"])) >= 3:
        return caps["head"].strip()
    # 'APOLOGIES Apologies for absence were received ...', 'PRESENT Councillors: P Blackwell, ...': a capitals
    # heading run into its minute (a sentence or a label), not 'CCTV Update'
    caps_lead = CAPS_LEAD_RE.match(text.strip())
    if (
        caps_lead
        and _all_caps(caps_lead["head"])
        and (
            len(re.findall(r"\b[a-z]{2,}\b", caps_lead["tail"])) >= 3
            or re.match(r"[A-Z][a-z]+:\s", caps_lead["tail"])
            or TITLE_PREFIX_RE.match(caps_lead["tail"])  # 'APOLOGIES FOR ABSENCE Cllr Mrs S M Jones.': who
        )
    ):
        return caps_lead["head"].strip()
    # 'Apologies: Cllr M Black sent apologies which were accepted.': the heading, then the minute as a sentence
    head, colon, tail = text.strip().partition(": ")
    if colon and len(head.split()) <= 6 and len(re.findall(r"\b[a-z]{2,}\b", tail)) >= 3 and len(tail.split()) >= 5:
        return head.strip()
    if colon and len(head.split()) <= 4 and head[:1].isupper() and RUN_ON_DATE_RE.match(tail):
        return head.strip()  # 'Next meeting: Monday 25 January 2021 at 9:00.': the heading, then when

    if colon and tail and head.isupper() and len(head.split()) <= 6 and sum(c.isalpha() for c in head) >= 4:
        return head.strip()  # 'PRESENT: Parish Councillors: Mr G Clark, ...': a label in capitals, then its text
    opener = SENTENCE_OPENER_RE.search(text.strip()[:120])  # a heading's words come first: no further to look
    head, tail = (text.strip()[: opener.start()], text.strip()[opener.end() :]) if opener else ("", "")
    if opener and _titled(head) and len(re.findall(r"\b[a-z]{2,}\b", tail)) >= 3:
        return head  # 'Election of Chairman It was resolved that ...': the heading run into its minute, no mark between
    # 'Declarations of Interest.  None.': the heading, a full stop, then the minute as a sentence
    head, stop, tail = text.strip().partition(". ")
    words, tail = head.split(), tail.strip()
    if (
        stop
        and 1 <= len(words) <= 8
        and head[:1].isupper()
        and tail[:1].isupper()
        and text.rstrip().endswith(".")
        # not '3. The Clerk reported. The council agreed to write to the owner.': a numbered paragraph
        and (len(tail.split()) <= 4 or _heading_like(head))
        and len(words[-1]) > 1
        and words[-1].lower() not in ABBREVIATIONS
    ):
        return head.strip()
    return text.strip()


def _record_after_dash(head: str, tail: str) -> bool:
    """'Apologies - Councillors S Dolan and B Ellis', 'APOLOGIES FOR ABSENCE - Police', 'MATTERS ARISING - For
    information': after the dash, the minute's record (who sent apologies, a note in sentence case under a capitals
    heading), not the second part of a title ('Minute 6 - Annual Report', 'PLANNING - Land at Mill Lane')."""
    if not tail or ":" in head:  # 'APOLOGIES: Mr T Scott - away on business': the heading ends at its colon
        return False
    if re.match(r"apologies\b", head.strip(), re.I) or TITLE_PREFIX_RE.match(tail):
        return True
    # a tail with no small letter ('CALL TO ORDER - 7:20 PM') is left as printed
    return _all_caps(head) and len(head.split()) >= 2 and bool(re.search(r"[a-z]", tail)) and not _titled(tail)


# a title-case heading run into its minute with no mark between: the minute opens with a determiner or pronoun and
# goes on in lower case ('Election of Chairman It was resolved ...', 'Apologies for Absence Apologies were ...')
SENTENCE_OPENER_RE = re.compile(
    r"(?<=[A-Za-z’'])\s+(?=(?:It|The|There|This|These|Apologies|Members|Councillors)"
    r"(?:\s+[A-Z][\w’'-]*){0,3}\s+[a-z][a-z]+\b)"
)
# the minute of a heading that had nothing to record: 'Correspondence - none.', 'Reports – nil'
NOTHING_TO_REPORT_RE = re.compile(r"^(?:none|nil|n/a|no report|nothing to report)\.?$", re.I)
# a date run on after a heading's colon, with its time: 'Monday 25 January 2021 at 9:00.' (not a bare date: that
# names which minutes or which meeting, 'APPROVAL OF MINUTES: August 22, 1995')
RUN_ON_DATE_RE = re.compile(rf"^(?:{WEEKDAY_RE})\b.*\b(?:at\s+)?\d{{1,2}}[.:]\d{{2}}\s*(?:[ap]\.?m\.?)?\.?$", re.I)


ABBREVIATIONS = frozenset(
    re.findall(
        r"\w+",
        "mr mrs ms dr st cllr cllrs no nos rev prof gen approx etc vs ltd co inc jan feb mar apr jun jul aug sep sept "
        "oct nov dec ref para paras fig",
    )
)


def _continues_heading(lines: list[tuple[PageLayout, Line]], index: int) -> bool:
    """A wrapped heading line: same style as the line above it, which does not end a sentence."""
    above, below = lines[index - 1][1], lines[index][1]
    return above.bold == below.bold and not above.text.rstrip().endswith((".", ":")) and above.bold


def _parse_heading_number(text: str) -> tuple[str, str] | None:
    labelled = ITEM_LABEL_RE.match(text)
    if labelled:
        return labelled["num"], labelled["rest"]
    reference = REF_NUMBER_RE.match(text)
    if reference:
        return re.sub(r"\s+", "", reference["num"]), reference["rest"] or ""
    prefixed = PREFIXED_NUMBER_RE.match(text)
    if prefixed:
        return " ".join(prefixed["num"].split()), prefixed["rest"] or ""
    year_minute = YEAR_MINUTE_RE.match(text)
    if year_minute:
        return re.sub(r"\s+", "", year_minute["num"]), year_minute["rest"]
    running = RUNNING_NUMBER_RE.match(text) if text[4:5].isdigit() else None
    if running:
        return running["num"], running["rest"]
    return parse_item_number(text)


def _heading_shape(number: str) -> str:
    """'TB(5)3.ii' and 'TB(5)2' are one numbering scheme; '3' and '3.1' are not; 'II' and 'III' are."""
    if re.fullmatch(r"[IVX]+|[A-Z]", number):
        return "A"
    return _number_shape(re.sub(r"\.[ivx]{1,4}$", "", number))


def _is_caps_heading(text: str) -> bool:
    """'NEW BUSINESS', 'OLD BUSINESS': a section divider of (US) council minutes."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters) and not parse_item_number(text)


def _numbered_headings(lines: list[tuple[PageLayout, Line]]) -> list[Heading]:
    margin = _left_margin(lines)
    found: list[Heading] = []
    shape = None
    last: tuple[int, ...] = ()
    sub: dict | None = None  # the sub-items ("a.", "(b)", "1." indented) under the last heading
    listed: tuple[int, int, float] | None = None  # a numbered list inside an item: next number, last line, indent
    for index, (page, line) in enumerate(lines):
        text = line.text.strip()
        if sub is not None and _sub_item(lines, index, sub, found):
            continue
        if line.x0 > margin + 20 or line.x0 > page.width * 0.3:
            continue
        parsed = (
            _parse_heading_number(text) or _alpha_heading(text, line, found) or _right_edge_number(text, line, page)
        )
        if not parsed:
            continue
        number, rest = parsed
        if not number[:1].isdigit() or "/" in number:
            rest = AGENDA_NUMBER_LEAD_RE.sub("", rest)
        wraps = bool(rest) and _heading_wraps(lines, index)
        title = heading_title(rest.split("   ")[0], wraps=wraps)
        first, end = index, index
        if not title:
            title, first, end = _title_beside(lines, index, found[-1][1] if found else -1)
            title = heading_title(title)
        elif title and wraps:
            title, end = join_wrapped(title, lines[index + 1][1].text), index + 1
        elif title and _all_caps(title):
            while _caps_title_wraps(lines, end):  # 'MEETING OPEN FOR ANY MEMBER OF THE AUDIENCE TO' / 'ADDRESS ...'
                end += 1
                title = join_wrapped(title, lines[end][1].text)
        key = _number_key(number)
        if not title or not key or (shape and _heading_shape(number) != shape) or DATE_REST_RE.match(rest):
            continue
        # numbering restarts only in minutes numbered per section: the first heading is under a divider too
        restart = (
            key <= last
            and _restarts_numbering(lines, index, key)
            and _restarts_numbering(lines, found[0][0], _number_key(found[0][2] or ""))
        )
        if key <= last and not restart:
            if key == (1,) and index > 0 and lines[index - 1][1].text.rstrip().endswith(":"):
                listed = (2, index, line.x0)  # 'balances held at the end of the month:' / '1. Operating account'
            continue
        if listed and key == (listed[0],) and index - listed[1] <= 2 and abs(line.x0 - listed[2]) <= 4:
            listed = (listed[0] + 1, index, line.x0)
            continue  # '2. Reserve account £30,000.00': the list goes on, not item 2
        if ADDRESS_TITLE_RE.match(title) and not (found and len(key) == len(last) == 1 and key[0] == last[0] + 1):
            continue  # '12 Harbour Road, Cedar Island': an address, not item 12 (but '3. Station Road - ...' after 2)
        if found and "/" in number and len(key) == len(last) > 1 and not 0 <= key[0] - last[0] <= 1:
            continue  # '2025/26 Precept: ...' in minute 24/103: a year, not minute 2025/26
        in_sequence = len(key) > 1 and len(key) == len(last) and key[:-1] == last[:-1] and key[-1] == last[-1] + 1
        # 'Minutes of the last meeting and matters arising' as item 2 after item 1: the next number, a short line
        # that is not a sentence, heads an item whatever its words
        next_in_line = (
            len(key) == 1
            and (key[0] == last[0] + 1 if len(last) == 1 else not found and key[0] == 1)
            and len(title.split()) <= (25 if _all_caps(title) else 14)
            and title[:1].isupper()
            and (
                _all_caps(title)
                or not title.rstrip().endswith((".", ",", ";"))
                or _agenda_line(title)  # 'Declarations of interest in respect of matters to be discussed.'
            )
            and _ends_short(lines, index, end)
        )
        # 'Notes of last meeting to be approved:- The minutes were signed ...'; '(3.1) The day of November 1 as ...':
        # a bracketed decimal is an item's number, never a paragraph's
        marked = f"{title}:-" in rest or bool(re.match(r"\(\d{1,3}\.\d{1,2}\)\s", text))
        if not (line.bold or _heading_like(title) or len(title.split()) <= 6 or in_sequence or next_in_line or marked):
            continue  # a "21.01.04" reference that continues the sequence heads an item whatever its title
        if not (line.bold or in_sequence or title[0].isupper() or title[0].isdigit()):
            continue  # "5 in favour, 2 against": a count, not a heading
        if (
            len(found) >= 2
            and not (line.bold or restart)
            and all(lines[h[0]][1].bold for h in found if h[2] and not _parent_number(h[2]))
        ):
            continue  # bold headings so far: a plain numbered line is a paragraph or list entry
        if found and key[-1] > last[-1] + 25 and len(key) == len(last):
            continue  # "2023 Budget ..." in the text is not item 2023
        found.append((first, end, number, title.rstrip(".:"), ""))
        shape, last = _heading_shape(number), key
        sub = {
            "parent": number,
            "prefix": f"{number}.",
            "starts": frozenset("(abcdefghivx" + number[:1]),  # how a sub-item at the parent's indent begins
            "dashed": (
                re.compile(rf"{number}-(?P<num>\d{{1,2}})\.?\s+(?P<title>\S.*)$")
                if re.fullmatch("[A-Z]", number)
                else None
            ),
            "x0": line.x0,
            "after": end,
            "next": None,
            "style": None,
        }
    found = _without_lone_sub_items(found)
    if len(found) == 1 and _heading_shape(found[0][2] or "") == "A":
        return []  # 'A. Smith': an initial, not a one-heading list
    return _closing_headings(lines, found) if found else found


# the verbs of a minute's record: a line with one is a sentence of the minutes, not an agenda line used as a heading
RECORD_VERB_RE = re.compile(
    r"\b(?:was|were|had|has|is|are|would|will|reported|agreed|resolved|noted|said|asked|explained|confirmed)\b", re.I
)


def _agenda_line(title: str) -> bool:
    """'To accept apologies for absence.', 'Matters Arising.': the agenda's line, stop and all, heading its minute."""
    return title.rstrip().endswith(".") and title.count(". ") == 0 and not RECORD_VERB_RE.search(title)


def _ends_short(lines: list[tuple[PageLayout, Line]], index: int, end: int) -> bool:
    """The heading's last line stops short of the right margin, or a new sentence starts under it: not the first
    line of a numbered paragraph that wraps."""
    page, line = lines[end]
    if line.x1 < page.width * 0.7:
        return True
    below = lines[end + 1][1].text.strip() if end + 1 < len(lines) else ""
    return bool(below[:1].isupper()) and not JOINING_END_RE.search(lines[index][1].text)


def _caps_title_wraps(lines: list[tuple[PageLayout, Line]], index: int) -> bool:
    """A capitals heading line that goes on over the next line: it ends on a joining word or reaches well to the
    right, and the next line, in capitals and the same style, is no heading or label of its own."""
    if index + 1 >= len(lines):
        return False
    page, line = lines[index]
    below = lines[index + 1][1]
    text, next_text = line.text.strip(), below.text.strip()
    if lines[index + 1][0] is not page or below.bold != line.bold or not _all_caps(next_text) or "   " in next_text:
        return False
    if _parse_heading_number(next_text) or MINUTE_LABEL_RE.match(next_text) or text.endswith((".", ":")):
        return False
    ends_open = re.search(r"\b(?:TO|OF|THE|FOR|AND|ON|IN|WITH|BY|FROM|AT|OR|IS|ARE|WHICH|THAT|A|AN)$", text)
    return bool(ends_open) or line.x1 > page.width * 0.65


# a minute reference printed at the right edge of its heading: 'Apologies for absence   C101/24', 'Finance   Minute 47'
RIGHT_REF_RE = re.compile(r"^(?:[A-Z]{1,5}[\s/.]?)?\d{1,4}/\d{2,4}$|^(?:minute|min\.?)\s+(?:no\.?\s+)?(\d{1,4})$", re.I)
# a street address at the margin: '12 Harbour Road, Cedar Island' is not item 12
ADDRESS_TITLE_RE = re.compile(
    r"^[A-Z][a-z]+(?:\s[A-Z][a-z]+)*\s(?:Road|Street|Lane|Close|Avenue|Drive|Way|Court|Crescent|Place|Terrace|"
    r"Gardens|Grove|Rise|Walk|Row|Square|Mews)\b(?:,|$)"
)


def _right_edge_number(text: str, line: Line, page: PageLayout) -> tuple[str, str] | None:
    """('C101/24', 'Apologies for absence') from a heading whose minute reference is printed at the right edge; not
    a year range in a table ('Council tax   2024/25')."""
    title, _, ref = text.rpartition("   ")
    ref, title = ref.strip(), title.strip()
    match = RIGHT_REF_RE.match(ref)
    if not match or not title or "   " in title or line.x1 < page.width * 0.7 or not title[:1].isupper():
        return None
    years = re.fullmatch(r"(?:19|20)?(\d\d)/(\d\d)", ref)
    if years and int(years[2]) == (int(years[1]) + 1) % 100 or len(title.split()) > 12:
        return None
    return match[1] or ref, title


BARE_ROMAN_RE = re.compile(r"^(?P<num>[IVX]{1,6})\s+(?P<rest>[A-Z][A-Z].*)$")


def _alpha_heading(text: str, line: Line, found: list[Heading]) -> tuple[str, str] | None:
    """'II. ROLL CALL' (or a bold 'B. Roll Call') opening a Roman or lettered list of minute headings, or
    continuing one."""
    match = ALPHA_ITEM_RE.match(text)
    # 'IV   ACTION LOG': a numeral without a stop
    bare = BARE_ROMAN_RE.match(text) if not match and text[:1] in "IVX" else None
    match = match or (bare if bare and bare["rest"].split("   ")[0].isupper() else None)
    title = heading_title(match["rest"].split("   ")[0]) if match else ""
    # a plain title-case heading only after a Roman numeral ('I. Call to Order'): 'A. Smith' is an initial
    roman = bool(match) and match["num"][:1] in "IVX" and _heading_like(title) and len(title.split()) <= 10
    # ... or after a letter when the title reads as a heading, not as a sentence ('A. Call to Order / Roll Call',
    # 'B. Invocation' in US minutes); a lone 'A.' is dropped by the caller
    lettered = (
        bool(match)
        and len(match["num"] or "") == 1
        and (match["num"] != "A" or len(title.split()) >= 2)  # 'A. Smith': an initial and a surname
        and _heading_like(title)
        and len(title.split()) <= 10
        and not title.rstrip().endswith((".", ",", ";"))
        and not RECORD_VERB_RE.search(title)
    )
    if not match or not match["num"] or not (line.bold or title.isupper() or roman or lettered):
        return None
    top = [heading[2] for heading in found if heading[2] and not _parent_number(heading[2])]
    expected = (_successor(top[-1], top[0]) if top[0] in ("I", "A") else None) if top else match["num"]
    return (match["num"], match["rest"]) if expected == match["num"] and (top or expected in ("I", "A")) else None


# "12 March 2024 ...", "30 July, 24 Sept": a date at the margin, not item 12
DATE_REST_RE = re.compile(rf"^(?:{MONTH_RE})\b\.?(?:\s*(?:\d|,|-|–)|\s*$)", re.I)


def _without_lone_sub_items(found: list[Heading]) -> list[Heading]:
    """Sub-items come as a list: a single '(a)' under a heading is a lettered paragraph."""
    parents = [_parent_number(heading[2]) for heading in found]
    return [
        heading
        for heading, parent in zip(found, parents, strict=True)
        # 'C-1' names its section: not a lettered paragraph
        if parent is None or parents.count(parent) >= 2 or re.fullmatch(r"[A-Z]-\d{1,2}", heading[2] or "")
    ]


def _title_beside(lines: list[tuple[PageLayout, Line]], index: int, floor: int) -> tuple[str, int, int]:
    """(title, first line, last line) of a number printed on its own: the text on the same baseline
    (OCR may put it on either side of the number), else a bold line just above it in the title column
    when plain text follows the number ('Accounts 2014/15' over '5.'), else the next line. Lines up to
    ``floor`` belong to the previous heading."""
    page, line = lines[index]
    height = line.bottom - line.top
    for other in (index - 1, index + 1):
        if floor < other < len(lines) and lines[other][0] is page:
            beside = lines[other][1]
            if abs(beside.top - line.top) < height / 2 and beside.x0 > line.x0:
                return beside.text.split("   ")[0].strip(), min(index, other), max(index, other)
    if index - 1 > floor and index + 1 < len(lines) and lines[index - 1][0] is page:
        above, below = lines[index - 1][1], lines[index + 1][1]
        if (
            line.bold
            and above.bold
            and not below.bold
            and above.x0 > line.x0 + 8
            and abs(above.x0 - below.x0) <= 6
            and 0 <= line.top - above.bottom < height
            and len(above.text.split()) <= 15
            and not above.text.rstrip().endswith((".", ",", ";", ":"))
        ):
            return above.text.strip(), index - 1, index
    if index + 1 < len(lines):
        return lines[index + 1][1].text.split("   ")[0].strip(), index, index + 1
    return "", index, index


def _hyphen_wraps(line: Line, below: Line) -> bool:
    """A heading broken inside a word ('... neighbourhood develop-' / 'ment plan working group'): the next line
    goes on in lower case from about the heading's indent or its title's, and is short (the title's end, not text)."""
    text = below.text.strip()
    return (
        bool(BROKEN_WORD_RE.search(line.text.rstrip()))
        and text[:1].islower()
        and text.split()[0] not in SUSPENDED_HYPHEN_NEXT
        and line.x0 - 4 <= below.x0 <= line.x0 + 60
        and len(text.split()) <= 8
        and not text.endswith(".")
        and 0 <= below.top - line.bottom < line.bottom - line.top
    )


def _heading_wraps(lines: list[tuple[PageLayout, Line]], index: int) -> bool:
    """A bold heading whose last words went onto the next line: the heading line is long or ends
    on a joining word, the next line is bold too, at the same indent, short, and plain text follows."""
    page, line = lines[index]
    if index + 1 < len(lines) and _hyphen_wraps(line, lines[index + 1][1]):
        return True
    if not line.bold or line.text.rstrip().endswith((":", ".")) or index + 2 >= len(lines):
        return False
    below_text = lines[index + 1][1].text.strip()
    if (
        line.text.count("(") > line.text.count(")")
        and below_text.count(")") > below_text.count("(")
        and len(below_text.split()) <= 6
        and lines[index + 1][1].x0 > line.x0
    ):
        return True  # "... (Gareth Epps" / "– OCC)": the bracket closes on the next line
    if line.x1 < page.width * 0.6 and not re.search(r"\b(and|of|the|for|to|in|on|with|&)$", line.text.strip(), re.I):
        return False
    below, after = lines[index + 1][1], lines[index + 2][1]
    text = below.text.strip()
    if not (below.bold and not after.bold and abs(below.x0 - line.x0) <= 4) or "   " in text:
        return False
    numbered = _parse_heading_number(text)
    return (
        # a capitals heading goes on in capitals ('ENVIRONMENT COMMITTEE HELD ON 6TH SEPTEMBER 2023')
        (len(text.split()) <= 6 or len(text.split()) <= 12 and text.isupper() and line.text.isupper())
        and not LABEL_LINE_RE.match(text)
        and not (numbered and not DATE_REST_RE.match(numbered[1]))  # '13 NOVEMBER 2023' ends a title
        and not SUB_ITEM_RE.match(text)
    )


def _restarts_numbering(lines: list[tuple[PageLayout, Line]], index: int, key: tuple[int, ...]) -> bool:
    """'1. Discuss ...' right under an 'OLD BUSINESS' or 'Part B' divider starts a new numbered section."""
    above = lines[index - 1][1].text.strip() if index > 0 else ""
    return key == (1,) and index > 0 and (_is_caps_heading(above) or bool(PART_DIVIDER_RE.match(above)))


PART_DIVIDER_RE = re.compile(r"^part\s+(?:[a-d]|[1-4]|i{1,3}|one|two)\b(?!\s+of\b)", re.I)  # 'Part B – confidential'


LATE_DECIMAL_LINES = 4  # the lines of minute text a parent's first decimal sub-item may follow


def _sub_item(lines: list[tuple[PageLayout, Line]], index: int, sub: dict, found: list[Heading]) -> bool:
    """Record line ``index`` as the next sub-item of ``sub['parent']`` if it is one.

    The first sub-item ("a." / "(a)" / a bold "1.") must come right under its parent heading and be
    indented past it; later ones must continue the sequence at the same indent and in the same style.
    """
    page, line = lines[index]
    text = line.text.strip()
    indented = line.x0 >= sub["x0"] + 8
    # '3.1 Matters Arising' after the minute of '3. Minutes': the parent's first decimal, a few lines under it
    late_decimal = (
        sub["style"] is None
        and text.startswith(f"{sub['prefix']}1 ")
        and index - sub["after"] <= LATE_DECIMAL_LINES
        and abs(line.x0 - sub["x0"]) <= 4
    )
    # 'a. Character Counts' or '2A. Executive Session:' a sentence under its parent: the first lettered heading
    suffixed = (
        re.match(rf"^{re.escape(sub['parent'])}(?P<num>[A-Ha-h])[.)]?\s+(?P<title>[A-Z(].*)$", text)
        if sub["parent"].isdigit()
        else None
    )
    late_letter = (
        sub["style"] is None
        and index - sub["after"] <= LATE_DECIMAL_LINES
        and abs(line.x0 - sub["x0"]) <= 4
        and (
            bool(re.match(r"^a[.)]\s+[A-Z][\w'’-]*(?:\s+[A-Z&][\w'’-]*){0,5}$", text))
            or bool(suffixed and suffixed["num"] in "Aa")
        )
    )
    late_first = late_decimal or late_letter
    if not indented:
        # at the parent's indent only a lettered line or the parent's decimal ('3.1') can be a sub-item: the
        # first right under the parent, the next ones in a list of that indent
        style = sub["style"]
        if (index != sub["after"] + 1 and not late_first) if style is None else style[0] >= sub["x0"] + 8:
            return False
        if line.x0 < sub["x0"] - 2 or text[:1] not in sub["starts"]:
            return False
    elif line.x0 > page.width * 0.4:
        return False
    prefix = sub["prefix"]
    letter = SUB_ITEM_RE.match(text)
    # 'A-1 ORDINANCE NO. 269 ...' under 'A. PUBLIC HEARINGS' (US minutes): numbered within the lettered section
    dashed = sub["dashed"].match(text) if sub["dashed"] and not letter else None
    suffixed = None if letter or dashed else suffixed
    if not (indented or letter or dashed or suffixed or text.startswith(prefix)):
        return False
    numbered = (
        None
        if letter
        else (dashed["num"], dashed["title"])
        if dashed
        else (suffixed["num"], suffixed["title"])
        if suffixed
        else parse_item_number(text)
    )
    # '3.1 Minute 6 - Annual Report' under '3. Matters arising': numbered in the parent's column and style
    decimal = numbered and numbered[0].startswith(prefix) and numbered[0][len(prefix) :].isdigit()
    if (dashed or suffixed) and numbered:
        label, title = numbered
    elif decimal and numbered:
        label, title = numbered[0][len(prefix) :], numbered[1]
        if line.bold != lines[sub["after"]][1].bold or title.rstrip().endswith(".") or ": " in title:
            return False  # '1.1. The Chair welcomed members.': a numbered paragraph of the minute
    elif line.x0 < sub["x0"] + 8 and not (letter and len(letter["title"].split()) <= 10 and ": " not in text):
        return False  # not indented: only a short lettered line ('a) Motion to Adopt the Agenda.')
    elif letter:
        label, title = letter["num"], letter["title"]
    elif numbered and numbered[0].isdigit() and line.bold:
        label, title = numbered
    else:
        return False
    expected = sub["next"] or (("i" if label == "i" else "a") if letter or suffixed else "1")
    if (label.lower() if suffixed else label) != (expected.lower() if suffixed else expected):
        return False
    if sub["style"] is None and index != sub["after"] + 1 and not (late_decimal and decimal or late_letter):
        return False
    if sub["style"] is not None and (abs(line.x0 - sub["style"][0]) > 4 or line.bold != sub["style"][1]):
        return False
    title = heading_title(title.split("   ")[0]).rstrip(".:")
    if not title or title.endswith((".", ",", ";")) or len(title.split()) > 10:
        return False
    number = (
        f"{sub['parent']}-{label}"
        if dashed
        else f"{sub['parent']}.{label}"
        if decimal
        else f"{sub['parent']}{label}"
        if suffixed
        else f"{sub['parent']}({label})"
    )
    found.append((index, index, number, title, ""))
    if sub["style"] is None:
        sub["style"] = (line.x0, line.bold)
    if label.isdigit():
        sub["next"] = str(int(label) + 1)
    else:
        sub["next"] = (
            chr(ord(label) + 1)
            if len(label) == 1 and label <= "h"
            else to_roman((roman_value(label.upper()) or 0) + 1).lower()
        )
    return True


def _unnumbered_headings(lines: list[tuple[PageLayout, Line]], least: int = 3) -> list[Heading]:
    """Minutes that number no heading: bold title-case headings ('Minutes of Last Meeting', 'Matters Arising')
    or, failing those, capitals headings ('CALL TO ORDER', 'PUBLIC HEARING: The first item ...')."""
    return _bold_unnumbered_headings(lines, least) or _caps_unnumbered_headings(lines, least)


def _bold_unnumbered_headings(lines: list[tuple[PageLayout, Line]], least: int) -> list[Heading]:
    """Bold headings of one style, each opening a minuted section, are the items (number null). Not a title,
    a label ('Present') or a lone bold line: at least ``least`` of them, all below the first. 'Apologies' heads
    its minute like any other section."""
    found = [
        index
        for index in range(1, len(lines))
        if (_is_unnumbered_heading(lines, index) or _sentence_case_heading(lines, index))
        and (not _attendance_label(lines[index][1].text) or APOLOGIES_HEADING_RE.match(lines[index][1].text.strip()))
        and not lines[index][1].text.strip().isupper()
        and _heads_prose(lines, index)
    ]
    return _one_style(lines, found, least)


def _one_style(lines: list[tuple[PageLayout, Line]], found: list[int], least: int) -> list[Heading]:
    if len(found) < least:
        return []
    style = [lines[index][1] for index in found]
    x0 = sorted(line.x0 for line in style)[len(style) // 2]
    size = sorted(round(line.size) for line in style)[len(style) // 2]
    bold = sum(line.bold for line in style) * 2 >= len(style)
    kept = [
        index
        for index in found
        if abs(lines[index][1].x0 - x0) <= 4 and round(lines[index][1].size) == size and lines[index][1].bold == bold
    ]
    if len(kept) < least:
        return []
    return [
        (index, index, None, _caps_heading(lines[index][1].text) or lines[index][1].text.strip(), "") for index in kept
    ]


APOLOGIES_HEADING_RE = re.compile(r"^apologies(?: for absence)?$", re.I)
# capitals labels inside a minute: a motion, its vote, a resolution, a note; not headings of minutes
MINUTE_LABEL_RE = re.compile(
    r"^[\"'“(]*(?:MOTION|MOVED|SECONDED|SECOND|VOTE|VOICE VOTE|ROLL CALL VOTE|AYES?|NAYS?|YEAS?|NOES|ABSTAIN\w*|"
    r"ABSENT|PRESENT|RESOLVED|CARRIED|DEFEATED|LOST|WHEREAS|THAT|NOW,? THEREFORE|BE IT|ACTION|NOTE|NOTED|AGREED|"
    r"DECISION|UNANIMOUS\w*|ALL IN FAVOU?R|OPPOSED|PASSED|ADOPTED|APPROVED|SECONDER|PROPOSER|PROPOSED)\b"
)
# a capitals label over a list of names ('VILLAGE OFFICIALS ON THE CALL:', 'ELECTED OFFICERS')
PEOPLE_LABEL_RE = re.compile(r"\b(?:PRESENT|ABSENT|ATTEND\w*|OFFICIALS?|OFFICERS|STAFF|MEMBERS|GUESTS|VISITORS)\b")


def _caps_heading(text: str) -> str | None:
    """'ROLL CALL', 'PRESENTATION OF BILLS:' or 'PUBLIC HEARING: The first item was ...' -> the heading; a
    capitals label of a minute ('MOTION:', 'AYES:', 'RESOLVED:', 'MOVED BY ...') or a caps date or time -> None."""
    text = text.strip()
    head, rest = text.rstrip(":").strip(), ""
    if not _all_caps(head):
        head, colon, rest = text.partition(": ")
        # the minute run on after the colon is a sentence, not a list of names or a count
        if not colon or not re.match(r"[A-Z][a-z]", rest) or len(re.findall(r"\b[a-z]{2,}\b", rest)) < 3:
            return None
        head = head.strip()
    if not _all_caps(head) or not re.search(r"[A-Z]{3}", head) or MINUTE_LABEL_RE.match(head):
        return None
    if len(head.split()) > 10 or head.endswith((".", ",", ";")) or _only_a_date(head) or parse_item_number(head):
        return None
    return head


def _all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def _caps_unnumbered_headings(lines: list[tuple[PageLayout, Line]], least: int) -> list[Heading]:
    """US and Canadian minutes head their sections in capitals with no number, alone on the line, with a colon,
    or with the minute run on after the colon. Below the title block (which ends at the first dated or prose
    line), at the margin, in one style; not a label inside a minute ('MOTION:', 'PRESENT:', '"CARRIED"'), not a
    caps line over another, and not a label over a list of names."""
    start = next(
        (
            index + 1
            for index, (_, line) in enumerate(lines)
            if find_meeting_date(line.text) or len(re.findall(r"\b[a-z]{2,}\b", line.text)) >= 4
        ),
        len(lines),
    )
    candidates = [
        index
        for index in range(max(start, 1), len(lines))
        if _caps_heading(lines[index][1].text) and not _attendance_label(lines[index][1].text)
    ]
    chosen = set(candidates)
    found = []
    for position, index in enumerate(candidates):
        text = lines[index][1].text.strip()
        alone = _all_caps(text)
        if alone and (index + 1 in chosen or index + 1 == len(lines)):
            continue  # a title or label over the heading under it, or a last line heading nothing
        stop = candidates[position + 1] if position + 1 < len(candidates) else min(len(lines), index + 13)
        prose = any(len(re.findall(r"\b[a-z]{2,}\b", line.text)) >= 4 for _, line in lines[index + 1 : stop])
        if alone and PEOPLE_LABEL_RE.search(text) and not prose:
            continue
        found.append(index)
    return _one_style(lines, found, least)


def _is_unnumbered_heading(lines: list[tuple[PageLayout, Line]], index: int) -> bool:
    """A bold, short, capitalised line of its own, not a 'Label: ...' line, with plain text under it."""
    line = lines[index][1]
    text = line.text.strip()
    if not line.bold or index + 1 >= len(lines) or lines[index + 1][1].bold:
        return False
    if LABEL_LINE_RE.match(text) or ":" in text or "   " in text or _is_caps_heading(text) and " " in text:
        return False
    # joining words that _heading_like does not count ('Introductions by Members')
    heading = re.sub(r"\s(?:by|from|with|at|a|an)\s", " ", text)
    return bool(_heading_like(heading)) and len(text.split()) <= 8 and not _parse_heading_number(text)


# the first word of a bold line that records a decision or an action inside a minute, not a heading
DECISION_WORD_RE = re.compile(
    r"^(?:resolved|agreed|action|actions|decision|decided|noted|proposed|seconded|carried|recommended|note)\b", re.I
)


def _sentence_case_heading(lines: list[tuple[PageLayout, Line]], index: int) -> bool:
    """A bold heading in sentence case ('Minutes and actions from the last meeting', 'Scheme update'), as
    government panels print them: short, no stop, no label, not a decision line, plain text under it."""
    line = lines[index][1]
    text = line.text.strip()
    if not line.bold or index + 1 >= len(lines) or lines[index + 1][1].bold:
        return False
    words = text.split()
    return (
        1 <= len(words) <= 7
        and bool(re.match(r"[A-Z][a-z]", text))
        and not text.endswith((".", ",", ";", ":", "-", "–"))
        and ":" not in text
        and "   " not in text
        and not DECISION_WORD_RE.match(text)
        and not re.search(r"\d", text)
        and not _parse_heading_number(text)
    )


def _closing_headings(lines: list[tuple[PageLayout, Line]], found: list[Heading]) -> list[Heading]:
    """Unnumbered headings before the first and after the last numbered heading, in their style
    ('Welcome and Introductions' ... 'TB(5)2 ...' ... 'AOB'). Not when the numbered headings are
    a list (an agenda printed at the head of the minutes): the minutes' own headings repeat it."""
    top = [heading for heading in found if "(" not in (heading[2] or "") or heading[2][0].isalpha()]
    if len(top) < 2 or sum(b[0] - a[1] <= 2 for a, b in zip(top, top[1:], strict=False)) > len(top) // 2:
        return found
    style = [lines[heading[0]][1] for heading in top]
    if not all(line.bold for line in style):
        return found
    x0 = sorted(line.x0 for line in style)[len(style) // 2]
    sizes = {round(line.size) for line in style}

    def matches(index: int) -> bool:
        line = lines[index][1]
        return abs(line.x0 - x0) <= 4 and round(line.size) in sizes and _is_unnumbered_heading(lines, index)

    first, last = top[0][0], max(heading[1] for heading in found)
    # one opening section at most, below the attendance lists: a title or a 'Present' label above
    # them is not a minuted section
    opening = [index for index in range(first) if matches(index) and _heads_prose(lines, index)][-1:]
    if opening and any(_attendance_label(lines[index][1].text) for index in range(opening[0] + 1, first)):
        opening = []
    after = [index for index in range(last + 1, len(lines)) if matches(index) and _heads_prose(lines, index)]
    extra = [(index, index, None, lines[index][1].text.strip(), "") for index in opening + after]
    return sorted(found + extra) if extra else found


def _heads_prose(lines: list[tuple[PageLayout, Line]], index: int, span: int = 12) -> bool:
    """A sentence follows the heading before the next bold line: it opens a minuted section."""
    for _, line in lines[index + 1 : index + 1 + span]:
        if line.bold:
            return False
        if len(re.findall(r"\b[a-z]{2,}\b", line.text)) >= 4:
            return True
    return False


def _attendance_label(text: str) -> bool:
    """'Present:', 'PRESENT   Rob Boyd ...', 'Apologies': a label, not a sentence that starts with the word."""
    text = text.strip()
    for name, pattern in ATTENDANCE_LABELS:
        match = pattern.match(text)
        if match and name != "member" and (":" in match[0] or match.end() == len(text) or "  " in match[0]):
            return True
    return False


def page_map(pages: list[PageLayout]) -> dict[int, int]:
    """Printed page number -> physical page, from 'Page N' stamps.

    Only labels that agree with their neighbours are trusted (a stray '3' in a footer must not
    move an item); restarts (a second 'Page 1') keep the first occurrence.
    """
    mapping: dict[int, int] = {}
    labelled = [(page.number, int(page.label)) for page in pages if page.label and page.label.isdigit()]
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
            item.page_start = _physical(printed, int(start))
            item.page_end = _physical(printed, int(end or start))
            if item.page_start and item.page_start > last_page:
                item.page_start = item.page_end = None
            elif item.page_end and item.page_end > last_page:
                item.page_end = last_page
    stamps: dict[str, int] = {}
    for page in pages:
        if page.agenda_item_stamp:
            stamps.setdefault(page.agenda_item_stamp, page.number)
    taken = {item.page_start for item in items if item.page_start} | set(stamps.values())
    found: list[AgendaItem] = []
    for item in items:
        if item.page_start is None:
            item.page_start = stamps.get(item.number or "") or _page_titled(item, pages, taken)
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
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


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


def contact_officer(pages: list[PageLayout]) -> str | None:
    text = "\n".join(line.text for line in (pages[0].body_lines() if pages else []))
    match = re.search(
        r"(?:Ask for|Contact(?: [Oo]fficer)?|Enquiries to)[ \t]*:[ \t]*(?:\S+:[ \t]*)?"
        r"([A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){1,2})",
        text,
    )
    return match[1].strip() if match else None


PRESENTER_ROLE_RE = re.compile(
    r"\b(?:Chair(?:man|person)?|Clerk|Secretary|Treasurer|Director|Officer|Manager|Head|Leader|Member|Executive|"
    r"Inspector|Mayor|Superintendent|Commander|Adviser|Advisor|Accountant|Controller|Solicitor)\b"
)
# words of a thing an item is about, not of a person's name ('Highways – Station Road', '– Consultation Response')
THING_WORDS = frozenset(
    [
        "road", "street", "lane", "avenue", "close", "park", "hall", "centre", "house", "square", "way", "response",
        "update", "report", "plan", "strategy", "review", "policy", "budget", "programme", "scheme", "project",
        "consultation", "proposal", "proposals", "statement", "account", "accounts", "register", "fees", "charges",
        "contract", "framework", "letter", "discussion", "presentation", "approval", "information",
    ]
)


def _presenter_role(text: str) -> bool:
    words = text.split()
    return (
        len(words) <= 7
        and bool(PRESENTER_ROLE_RE.search(text))
        and all(word[0].isupper() or word[0] == "(" or word.lower() in SMALL_WORDS for word in words)
    )


def _presenter_person(text: str) -> bool:
    name = TITLE_PREFIX_RE.sub("", text)
    if not PERSON_NAME_RE.fullmatch(name) or NOT_NAME_WORDS.search(name):
        return False
    return name != text or 2 <= len(name.split()) <= 3 and THING_WORDS.isdisjoint(name.lower().split())  # 'Tom Barling'


def presenter_named(who: str) -> str | None:
    """The person or role a presenter's words name, as printed ('Jane Dale, Head of Housing' -> 'Jane Dale'),
    or None when they name no one presenter ('Nick Oakley, Anna Shaw': apologies, 'Wellbeing Board': a thing)."""
    first, _, rest = " ".join(who.split()).strip(" .,;").partition(",")
    first = first.strip()
    if rest and not PRESENTER_ROLE_RE.search(rest.title()):
        return None
    return first if _presenter_role(first) or _presenter_person(first) else None


def _item_line(item: AgendaItem, page: PageLayout) -> int | None:
    bbox = item.provenance.bbox if item.provenance else None
    return next((index for index, line in enumerate(page.lines) if line.bbox == bbox), None)


def _presenter_below(page: PageLayout, index: int, title: str) -> str | None:
    """A labelled line under the item's title ('Presented by: ...', 'Lead officer: ...', 'Report of the Clerk.')."""
    for line in page.lines[index + 1 : index + 4]:
        text = line.text.strip()
        if ITEM_NUMBER_RE.match(text) or SUB_ITEM_RE.match(text):
            return None
        match = PRESENTER_RE.match(text)
        if match and match["who"] and text not in title:
            return presenter_named(match["who"])
    return None


def _presenter_beside(line: Line, title: str) -> str | None:
    """The last cell of the item's row, printed apart at its right ('2   Performance Report   Cllr A Smith')."""
    cells = [cell.strip() for cell in re.split(r"\s{3,}", line.text.strip()) if cell.strip()]
    if len(cells) < 2 or cells[-1] in title:
        return None
    return presenter_named(cells[-1])


def attach_presenters(items: list[AgendaItem], pages: list[PageLayout]) -> None:
    """Fill each item's presenter from its title line, the cell at its right or a labelled line under it.
    The title stays as printed (the gold keeps 'Minutes and action points (Nigel Shadbolt)' whole)."""
    by_number = {page.number: page for page in pages}
    for item in items:
        inline = INLINE_PRESENTER_RE.search(item.title[-120:])  # a presenter ends the title: search its end
        presenter = presenter_named(inline["who"]) if inline else None
        page = by_number.get(item.provenance.page) if item.provenance else None
        index = _item_line(item, page) if page else None
        if presenter is None and page is not None and index is not None:
            presenter = _presenter_beside(page.lines[index], item.title) or _presenter_below(page, index, item.title)
        item.presenter = item.presenter or presenter
