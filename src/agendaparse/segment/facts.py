"""Document facts: type, body, committee, meeting date and time, title and reference date of a paper
(:func:`document_facts`), joining the readers of the modules before this one."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..dates import MONTH_RE, PRINTED_YEAR_RE, WEEKDAY_RE, find_meeting_date, weekday_date_in_years
from ..models import DocType
from ..pdf import PageLayout
from .bodies import (
    NATIONAL_BODY_RE,
    NORTH_AMERICAN_RE,
    ORG_HEADING_RE,
    _named_or_initialism,
    _org_in_furniture,
    body_from_meeting_heading,
    body_from_meeting_title,
    body_from_org_heading,
    body_from_secretariat,
    body_of_general_meeting,
    body_of_meeting_of,
    council_of_committee,
    council_of_domain,
    council_of_its_clerk,
    find_body,
    most_named_body,
    municipal_style,
    normalise_body,
    special_district_heading,
    university_heading,
    with_nhs_identity,
)
from .committees import MEETING_LABEL_RE as ADDRESSED_LABEL_RE
from .committees import (
    PRINCIPAL_COUNCIL_END_RE,
    _strip_place,
    find_committee,
    items_page_heading,
    meeting_named_by_items,
)
from .document_type import classify_document
from .headings import _first_page_foot, _first_page_without_attendance, first_page_text, heading_lines, running_heads
from .meeting_dates import (
    LETTER_DATE_LINE_RE,
    MONTH_FIRST_DATE_RE,
    NEXT_MEETING_RE,
    US_PLACE_RE,
    _a_date_with_its_hour,
    _only_a_date,
    date_column,
    find_time,
    meeting_date_from,
)
from .meeting_names import (
    body_of_meeting_sentence,
    body_of_named_meeting,
    council_own_general_meeting,
    named_meeting,
    township_board,
)
from .patterns import CAPITAL, COMMITTEE_WORDS, MEETING_WORDS, RECORD_TITLE_RE, _heading_like, _title_case_caps

PREVIOUS_MINUTES_LINE_RE = re.compile(
    r"\b(?:the|confirm|approve|agree|sign)\s+(?:(?:draft|public|exempt)\s+)?minutes\s+of\s+(?:the\s+)?"
    r"(?:(?:last\s+|previous\s+)?meeting\b"
    # 'That the minutes of the Ordinary Meeting of Council held on 21 October 2026 be confirmed'
    r"|(?:[A-Z][\w'’-]*\s+){0,4}meeting\s+(?:of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+)?held\b)",
    re.I,
)
# 'Published: 13 February 2026', 'Publication date: 09/06/2022': a paper's own date, not its meeting's
PUBLISHED_RE = re.compile(r"(?:published|publication\s+date|date\s+of\s+publication)\b", re.I)
# 'PUBLICATION: 25 SEPTEMBER 2026', 'DEADLINE FOR CALL-IN: 2 OCTOBER 2026' over a decision-making body's minutes:
# when its decisions come out and may be called in, both after the meeting
DECISION_NOTICE_RE = re.compile(
    r"(?:publication\s*:|(?:deadline\s+for\s+)?call[- ]in(?:\s+(?:deadline|expiry|expires|period\s+ends))?\s*:)",
    re.I,
)


# the meeting's date label alone on its line, its value on the next (a scan reads a cover table's cells apart)
DATE_LABEL_ALONE_RE = re.compile(
    r"(?:date\s+of\s+(?:the\s+)?(?:meeting|committee|board|panel|hearing)|meeting\s+date)\s*:?", re.I
)
# 'Date:' or 'When:' alone, the date on the next line: the meeting's when a 'Time:' or 'Venue:' label follows the date
BARE_DATE_LABEL_RE = re.compile(r"(?:date|when)\s*:", re.I)
# the label of a meeting's date: 'Date:', 'Date of meeting:', 'Meeting date:', 'When:'
MEETING_DATE_LABEL_RE = re.compile(r"(?:date(?:\s+of\s+(?:the\s+)?meeting)?|meeting\s+date|when)\s*:", re.I)
# a meeting's labelled lines: 'Date: 5 March 2024', 'Time: 7.30 pm', 'Venue: the Village Hall'
MEETING_LABEL_RE = re.compile(r"^(?P<label>date|time|venue|place|location)\s*:", re.I)
# a paper's own date under its label: when it was assessed, written or reviewed (never a meeting's)
PAPER_OWN_DATE_RE = re.compile(
    r"(?:date\s+(?:of\s+(?:the\s+)?)?(?:assessment|eqia|screening|report|review|completion|version)|"
    r"(?:assessment|report|review|completion|screening|version)\s+date|date\s+(?:completed|reviewed|written))\b|"
    # a policy's or register's own dates: 'Adopted: 12 May 2025', 'Adopted by Full Council: 21 July 2025',
    # 'Reviewed: 10 March 2026', 'Next review: March 2027', 'Effective from 1 April 2025'
    r"(?:adopted|approved|reviewed|revised)\b[^:\d]{0,30}:|next\s+review\b|effective\s+(?:from|date)\b",
    re.I,
)


def _first_page_texts(pages: list[PageLayout], n: int = 15) -> list[str]:
    return [line.text.strip() for line in pages[0].body_lines() if line.text.strip()][:n] if pages else []


def _labelled_date_alone(pages: list[PageLayout], month_first: bool) -> dt.date | None:
    """The date on the first page's line right under a 'Date of meeting:' label standing alone on its line."""
    texts = _first_page_texts(pages)
    for index, (label, text) in enumerate(zip(texts, texts[1:], strict=False)):
        labelled = DATE_LABEL_ALONE_RE.fullmatch(label) or (
            BARE_DATE_LABEL_RE.fullmatch(label)
            and any(MEETING_LABEL_RE.match(below) for below in texts[index + 2 : index + 5])
        )
        if labelled and _a_date_with_its_hour(text):
            return meeting_date_from([text], month_first=month_first)
    return None


def _dated_under_committee(pages: list[PageLayout], month_first: bool) -> dt.date | None:
    """The date alone on the first page's line right under a line naming a meeting body ('Children and Young People
    Scrutiny Committee' / '30 January 2025' on a title slide): the meeting the paper is for (a date alone under
    anything else is when the paper was written)."""
    texts = _first_page_texts(pages)
    for above, text in zip(texts, texts[1:], strict=False):
        if (
            _only_a_date(text)
            and COMMITTEE_WORDS.search(above)
            and _heading_like(above)
            and len(above.split()) <= 8
            and "   " not in above
        ):
            return meeting_date_from([text], month_first=month_first)
    return None


TO_BE_HELD_RE = re.compile(r"\bto\s+be\s+held\b", re.I)
HELD_LINE_RE = re.compile(rf"held\b[^.]{{0,80}}?\bon\s+(?:{WEEKDAY_RE})\b", re.I)
# 'Minute of Meeting of the Shadow Board held in the Drummond Room, … on Friday' whose date wraps to the next line
# '… to be held on 15th September' over '2024 at 2.30 pm': the year wrapped to the next line
DATE_CUT_RE = re.compile(rf"\b(?:held|on)(?:\s+{WEEKDAY_RE},?)?$|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_RE}),?$", re.I)


def _with_wrapped_dates(lines: list[str], pages: list[PageLayout]) -> list[str]:
    """Heading lines whose sentence breaks just before the meeting's date joined to the next line of the first page
    (that line, ending the sentence, is no heading line)."""
    page_lines = [line.text.strip() for line in pages[0].lines] if pages else []
    joined = []
    for text in lines:
        at = page_lines.index(text.strip()) if DATE_CUT_RE.search(text.strip()) and text.strip() in page_lines else -1
        if 0 <= at < len(page_lines) - 1 and find_meeting_date(text) is None:
            text = f"{text.strip()} {page_lines[at + 1]}"
        joined.append(text)
    return joined


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


# 'North Weston Township Township Committee', 'Eastville Township Committee', 'Holtville Village Council': a
# North American municipality's governing body named with its place
# the place starts a word: a search would otherwise try every capital inside a long run ('MM1MM1…': quadratic)
PLACE_GOVERNING_RE = re.compile(
    r"(?<![\w'’.-])(?:the\s+)?(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}?)\s+(?P<kind>City|Town|Township|Village|Borough)"
    r"(?:\s+(?P=kind))?\s+(?P<meeting>Council|Committee|Board)"
)


# 'GREY HERON TOWNSHIP' alone on a heading line: the municipality (a charter township is named so by the body reader);
# the whole line (\A…\Z: a search would read a long word to its end from each of its capitals)
TOWNSHIP_LINE_RE = re.compile(r"\A(?P<place>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3})\sTownship\Z")
# what such a township's heading calls its meeting: 'Regular Board Meeting Minutes' -> 'Board'
GENERIC_MEETING_RE = re.compile(r"(?:(?:regular|special)\s+)?(?P<meeting>board|committee|council)", re.I)


def _township_heading(committee: str | None, lines: list[str]) -> tuple[str | None, str | None]:
    """('Township of Grey Heron', 'Township Board') from a heading 'GREY HERON TOWNSHIP' over 'Regular Board
    Meeting Minutes': the township is the body and its board (or committee) meets."""
    for line in lines[:3]:
        township = TOWNSHIP_LINE_RE.fullmatch(_title_case_caps(line.strip()))
        if township and not township["place"].endswith("Charter"):
            generic = GENERIC_MEETING_RE.fullmatch(committee or "")
            meeting = f"Township {generic['meeting'].title()}" if generic else committee
            return f"Township of {township['place']}", meeting
    return None, committee


def _place_governing_body(
    body: str | None, committee: str | None, text: str, lines: list[str]
) -> tuple[str | None, str | None]:
    """('Township of North Weston', 'Township Committee') from a committee or body printed as 'North Weston
    Township Township Committee', where the paper is North American (its offices or its 'April 20, 2020' dates):
    there the municipality is the body and its council or committee meets. A township is North American. With
    no committee found, a heading naming it in a longer title ('MINUTES OF X TOWNSHIP COMMITTEE WARREN COUNTY')."""
    titled = None
    if body is None:
        body, committee = _township_heading(committee, lines)
    if committee is None and body is None:
        found = (PLACE_GOVERNING_RE.search(_title_case_caps(line)) for line in lines[:3])
        titled = next((match for match in found if match and match["kind"] == "Township"), None)
    for name in (committee, body, titled[0] if titled else None):
        match = PLACE_GOVERNING_RE.fullmatch(name or "")
        if not match or match["place"].lower() in ("the", "regular", "special"):
            continue
        american = match["kind"] == "Township" or _north_american_offices(text) or MONTH_FIRST_DATE_RE.search(text)
        generic = committee in (None, body, name) or re.fullmatch(r"(?:the\s+)?(?:meeting|council)", committee, re.I)
        if not american or not generic or (body and body != name and match["place"].lower() not in body.lower()):
            continue
        own = body if body and body != name and body.lower().endswith(match["place"].lower()) else None
        return own or f"{match['kind']} of {match['place']}", f"{match['kind']} {match['meeting']}"
    return body, committee


def _north_american_offices(text: str) -> bool:
    """The paper names an office only North American councils have. Aldermen sit with councillors on Northern Irish
    councils and the City of London's: beside a 'Councillor' they are no sign of an American paper."""
    british = "Councillor" in text
    return any(not (british and office[0].startswith("Alder")) for office in NORTH_AMERICAN_RE.finditer(text))


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
        or body_of_general_meeting(lines)
        or body_from_org_heading(lines)
        or special_district_heading(lines)
        or _furniture_over_prose(lines, heads)
        or _council_meeting_heading(lines)
        or find_body("\n".join(lines))
        or _council_of_place_heading(lines)
        or university_heading(lines)
        or council_of_committee(lines)
        or find_body("\n".join(heads))  # the council in every page's running head or footer
        # 'Marsbury Council - Cabinet - 5 March 2024' in the running head, or atop a page that has none
        or find_body("\n".join(_head_parts(heads + lines[:1])))
        or _council_of_place_heading(_head_parts(heads + lines[:1]))
        or _org_in_furniture(heads + _first_page_foot(pages))
        # 'Borough Council of Westmoor   Page 1': the council's name in the footer's first cell
        or _council_of_place_heading([re.split(r"\s{3,}", text.strip())[0] for text in _first_page_foot(pages)])
        or council_of_domain(everything)
        or _named_or_initialism(named_text, everything)
        or find_body("\n".join(lines), affiliations=True)
        or council_of_its_clerk("\n".join(page.text for page in pages[:2]))
        or most_named_body(everything)
        or most_named_body(everything, NATIONAL_BODY_RE)  # a board paper naming its department once, in the text
    )


# 'THE BOROUGH COUNCIL OF FENBY', 'Borough Council of Fenby Vale and Ure': a borough council
# named by its kind, then its place, alone on a heading line (a US 'County Council of Elkwood County' has its own
# readers)
KIND_OF_PLACE_COUNCIL_RE = re.compile(
    rf"\A(?i:the\s+)?(?P<council>Borough\s+Council\s+(?i:of)\s+{CAPITAL}[\w'’.-]*"
    rf"(?:\s+(?:(?i:and|&|upon|on|in|the)\s+)?{CAPITAL}[\w'’.-]*){{0,4}})\Z"
)


def _council_of_place_heading(lines: list[str]) -> str | None:
    for text in lines[:6]:
        found = KIND_OF_PLACE_COUNCIL_RE.match(_title_case_caps(text.strip()))
        if found:
            return found["council"]
    return None


# the parts of a running head 'Westmoor Council - Planning Committee - 5 March 2024', 'Body | Committee'
HEAD_PART_RE = re.compile(r"(?<!\s)\s+[-–—|]\s+")  # tried from a run's start only: linear on long runs


def _head_parts(heads: list[str]) -> list[str]:
    return [part for head in heads for part in HEAD_PART_RE.split(head) if part.strip()]


def _body_dash_committee(body: str | None, committee: str | None) -> tuple[str | None, str | None]:
    """'Brackwold Council - Council' (a running head, its date taken off): the body, then its committee."""
    parts = HEAD_PART_RE.split(committee or "")
    if len(parts) != 2 or not COMMITTEE_WORDS.search(parts[1]):
        return body, committee
    named = find_body(parts[0]) or _council_of_place_heading(parts[:1])
    if named is None or named != parts[0].strip() or body not in (None, named):
        return body, committee
    return named, _strip_place(parts[1].strip(), named)


# 'MEETING OF EAST RENFREWSHIRE COUNCIL' heading a summons under the letterhead of one of its departments
COUNCIL_MEETING_HEADING_RE = re.compile(
    rf"\A(?:(?:{MEETING_WORDS})\s+)?meeting\s+of\s+(?:the\s+)?(?P<council>[A-Z][\w'’ -]{{2,60}}?\s+Council)\Z", re.I
)


def _council_meeting_heading(lines: list[str]) -> str | None:
    """The council a heading line 'MEETING OF X COUNCIL' names: the body whose meeting the summons calls, before a
    department heading its letter ('Department of Business Operations and Partnerships')."""
    for line in lines[:15]:
        named = COUNCIL_MEETING_HEADING_RE.match(_title_case_caps(line.strip()))
        if named and find_body(named["council"]) == named["council"]:
            return named["council"]
    return None


def _entry_row(text: str) -> bool:
    """A row of a table of three or more cells that names its entry first and dates it after ('Leisure Contract
    Extension   Executive   15 April 2026'): the entry's date. A heading's 'Tuesday 5 November 2024   7pm   Hall'
    opens with the date."""
    cells = [cell for cell in text.split("   ") if cell.strip()]
    return len(cells) >= 3 and find_meeting_date(cells[0]) is None


def _furniture_over_prose(lines: list[str], heads: list[str]) -> str | None:
    """The council of every page's running head or footer where the heading lines name a council only in their
    prose ('A joint review with / Harrowfield County Council of the shared contract'): that one is mentioned, the
    furniture's is the paper's own (its title line, repeating the footer, was marked as furniture)."""
    found = find_body("\n".join(lines))
    furniture = find_body("\n".join(heads)) if found else None
    if not furniture or furniture == found:
        return None
    named_in = [text for text in lines if found in text]
    return furniture if named_in and not any(_heading_like(text) for text in named_in) else None


# 'Northmoor and Westdale Joint Waste Committee': a committee of two (or more) councils, named by their places (or
# by the area they share: 'Greater Sedge Joint Strategic Waste Committee')
JOINT_OF_PLACES_RE = re.compile(
    r"\A(?:[A-Z][\w'’-]*\s+){1,3}(?:(?:(?:and|&)\s+|,\s+)(?:[A-Z][\w'’-]*\s+){1,3})?Joint\s+(?:[A-Z][\w'’-]*\s+){0,5}"
    r"(?:Committee|Board|Panel)\Z"
)
# the council serving a joint committee: 'Hosted by …', 'Clerk to the Joint Committee: Jane Smith, Westshire County
# Council' (round 8), 'Administered by …'
HOSTED_RE = re.compile(
    r"\b(?:hosted\s+by|administered\s+by|(?:administering|lead|host)\s+authority|clerk\s+to\s+the\s+joint)\b", re.I
)


def _joint_committee_body(body: str | None, committee: str | None, lines: list[str], everything: str) -> str | None:
    """A joint committee of councils named by their places meets as itself: its body is the committee whole, unless
    a council heads the paper above its name (the host's letterhead) or the paper names its host ('Hosted by …', its
    clerk's council), as a police and crime panel's body is its host council (stop 23). A member council named lower
    (an attendance line 'Westdale District Council: Councillors …') is one of its members, not its body."""
    if not committee or body == committee or not JOINT_OF_PLACES_RE.match(committee) or HOSTED_RE.search(everything):
        return body
    titled = [_title_case_caps(line).lower() for line in lines]
    at = next((index for index, line in enumerate(titled) if committee.lower() in line), None)
    above = body is not None and at is not None and any(body.lower() in line for line in titled[: at + 1])
    return body if above else committee


# 'To be presented at the Parish Council meeting on 14 May 2026', 'For approval at the meeting of the Parish Council on
# 13 January 2026', 'To be presented to the Audit and Governance Committee on 25 November 2025': the meeting a paper
# that is no meeting's own (a councillor's report, a policy, an audit letter) goes to
PRESENTED_AT_RE = re.compile(
    r"^(?i:(?:to\s+be\s+|for\s+)?(?:presented|submitted|considered|tabled|approval|adoption|consideration)\s+"
    r"(?:at|to|by)\s+(?:the\s+|a\s+)?(?:meeting\s+of\s+(?:the\s+)?)?)"
    r"(?P<name>[A-Z][\w&'’-]*(?:\s+(?:and\s+|&\s+|of\s+)?[A-Z][\w&'’-]*){0,6}?)"
    r"(?i:(?P<held>\s+meeting)?\s+(?:on|held\s+on|of)\s+(?:\w+day,?\s+)?\d)"
    # 'For the Annual Parish Meeting of Ashby Parva, 20 April 2026': the meeting a councillor's report is written for
    r"|^(?i:for\s+the\s+)(?P<meeting>(?:[A-Z][\w'’-]*\s+){1,4}Meeting(?:\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?)"
    r",?\s+(?:\w+day,?\s+)?\d"
)
# an annual return's 'approved at a meeting of the authority on: 15/05/2025', 'approved by this authority on this
# date': the council approved it at its own meeting (the Milburn annual return gold)
AUTHORITY_APPROVED_RE = re.compile(
    r"\bapproved\s+(?:at\s+a\s+meeting\s+of|by)\s+(?:this|the)\s+(?:smaller\s+)?authority\s+on\b", re.I
)


def _meeting_presented_to(
    body: str | None, committee: str | None, lines: list[str], doc_type: str
) -> tuple[str | None, str | None]:
    """A paper that is no meeting's own names the meeting it goes to ('To be presented at the Parish Council meeting on
    14 May 2026') or, on an annual return, that the council approved it at its own meeting."""
    if doc_type not in ("report", "other"):
        return body, committee
    for text in lines:
        match = PRESENTED_AT_RE.match(text.strip())
        if match and match["meeting"]:
            return body, match["meeting"]
        if match and match["name"] and (COMMITTEE_WORDS.search(match["name"]) or match["held"]):
            # 'the Annual Town Meeting on …': a meeting named by its own word, kept whole
            name = match["name"] if COMMITTEE_WORDS.search(match["name"]) else f"{match['name']} Meeting"
            if body and re.fullmatch(r"(?:parish|town|community)\s+council", name, re.I):
                # 'the Parish Council meeting' on the parish's own paper: the parish, named whole (on another body's
                # paper the parish it names is found by _own_local_council)
                name = body if body.lower().endswith(name.lower()) else name
            return body, name
    if (
        committee is None
        and body
        and LOCAL_COUNCIL_NAME_RE.fullmatch(body)
        and any(AUTHORITY_APPROVED_RE.search(text) for text in lines)
    ):
        return body, body
    return body, committee


def _timed_date_line(lines: list[str], date: dt.date | None) -> bool:
    """The first line giving ``date`` opens with it and gives an hour too ('Tuesday 5 November 2024   7pm   Ayton
    Hall'; not a deadline's 'no later than 4pm on Wednesday 8 April 2026')."""
    first = next((text for text in lines if date and find_meeting_date(text) == date), None)
    return (
        first is not None
        and re.match(rf"\s*(?:{WEEKDAY_RE},?\s+)?\d", first, re.I) is not None
        and find_time(first) is not None
    )


# what opens a title before the committee's name: 'Agenda for the', 'Minutes of a meeting of the', 'Notice of'
TITLE_OPENING_RE = re.compile(
    r"\A(?:(?:agenda|minutes|notice|summons)\s+(?:for|of)\s+)?(?:(?:a|the)\s+)?(?:meeting\s+of\s+)?(?:the\s+)?", re.I
)
# the end of a title wrapped onto a line of its own: 'COMMITTEE', 'WASTE COMMITTEE', 'CARE BOARD'
# (anchored at the start: searched alone along a long run of word characters it fails at once from every place)
KIND_END_RE = re.compile(r"\A(?:[\w'’&-]++\s++){0,2}(?:Sub-)?(?:Committee|Board|Panel|Partnership|Authority)", re.I)
KIND_WORD_END_RE = re.compile(r"\b(?:Committee|Board|Panel|Partnership|Authority|Council|Trust)$", re.I)


def _wrapped_committee(committee: str | None, pages: list[PageLayout]) -> str | None:
    """'AGENDA FOR ASHWOOD AND FELL JOINT WASTE' over 'COMMITTEE' (a title in large type wrapped before its last
    words): the committee is the title's name whole, not the words left alone on the second line. The two lines are
    one title: the same size and weight, the second right under the first."""
    if not committee or not KIND_END_RE.fullmatch(committee.strip()) or not pages:
        return committee
    lines = pages[0].body_lines()
    for above, line in zip(lines, lines[1:], strict=False):
        if line.text.strip().lower() != committee.strip().lower():
            continue
        same_face = abs(above.size - line.size) < 0.5 and above.bold == line.bold and line.size >= 12
        close = 0 <= line.top - above.bottom <= line.size
        # wrapped: the first line runs across the page, the second starts under its start (not 'Public Document Pack'
        # set at the right over the committee)
        close = close and abs(above.x0 - line.x0) < 3 and above.x1 - above.x0 >= 0.5 * pages[0].width
        name = TITLE_OPENING_RE.sub("", _title_case_caps(f"{above.text.strip()} {line.text.strip()}"), count=1)
        # the line above is no name of its own ('WESTMOOR DISTRICT COUNCIL' over 'PLANNING COMMITTEE'), no title alone
        # ('AGENDA', 'NOTICE OF MEETING' over 'PLANNING COMMITTEE')
        opened = TITLE_OPENING_RE.sub("", above.text.strip(), count=1)
        open_end = not above.text.rstrip().endswith((":", ".", ",")) and not KIND_WORD_END_RE.search(opened)
        open_end = open_end and re.search(r"\bmeeting$", opened, re.I) is None  # 'NOTICE OF MEETING' over its name
        if same_face and close and open_end and len(above.text.split()) >= 3 and len(name.split()) >= 2:
            return name
    return committee


def _principal_named_whole(body: str | None, committee: str | None) -> tuple[str | None, str | None]:
    """'Meeting: Westmoor County Council' on a report's cover: the council's own meeting, named with its place taken
    off as corpus/gold/README.md names it ('County Council', 'Metropolitan Borough Council')."""
    same = committee is not None and " ".join(committee.split()).lower() == " ".join((body or "").split()).lower()
    own = _principal_kind(body or "")
    return (body, own) if own and same else (body, committee)


def _principal_kind(body: str) -> str | None:
    """A principal council's kind, as its own meeting is named: 'Westmoor County Council' -> 'County Council', 'The
    Borough Council of Westmoor' -> 'Borough Council'; None for other bodies."""
    principal = PRINCIPAL_COUNCIL_END_RE.search(body)
    if principal:
        return principal[0]
    return "Borough Council" if KIND_OF_PLACE_COUNCIL_RE.match(body) else None


def _own_meeting_log(
    body: str | None, committee: str | None, lines: list[str], doc_type: str
) -> tuple[str | None, str | None]:
    """An action log headed by a body that meets as itself (a parish, town or community council, an authority, a
    panel) over the meeting's date and its time or venue, with no committee named: the log of the body's own
    meeting. A principal council's own meeting is named with its place taken off ('District Council', 'Council'). A
    log dated only ('Date: March 2024') names no meeting."""
    if doc_type != "action_plan" or committee is not None or body is None:
        return body, committee
    own = _own_meeting_name(body)
    if own is None:
        return body, committee
    labels = {match["label"].lower() for text in lines[:12] if (match := MEETING_LABEL_RE.match(text.strip()))}
    dated = any(MEETING_DATE_LABEL_RE.match(text.strip()) for text in lines[:12])
    heads = {re.sub(r"^the\s+", "", _title_case_caps(text.strip()).lower()) for text in lines[:3]}
    whole = WHOLE_SELF_MEETING_RE.fullmatch(body)
    by_kind = whole is not None and any(head and _named_by_kind(head, whole["kind"]) for head in heads)
    if dated and labels & {"time", "venue", "place", "location"} and (body.lower() in heads or by_kind):
        return body, own
    return body, committee


def _own_meeting_name(body: str) -> str | None:
    """How the gold names a body's own meeting: a local council, authority or panel whole, a principal council by its
    kind ('County Council'; a unitary 'Westmoor Council': 'Council'); None for other bodies."""
    if LOCAL_COUNCIL_NAME_RE.fullmatch(body) or SELF_MEETING_RE.search(body):
        return body
    return _principal_kind(body) or ("Council" if PLACE_COUNCIL_RE.fullmatch(body) else None)


# 'held … in Upper Wyndle Village Hall': a hall a parish council meets in, named by its village
VILLAGE_HALL_RE = re.compile(r"(?<![\w'’-])(?P<place>(?:[A-Z][\w'’-]+\s+){1,3}?)(?:Village|Parish)\s+(?:Hall|Rooms?)\b")
# the hall named as where the meeting was held: after 'at', 'in' or a comma ('Held at 19:00 on 13th May, Upper Wyndle
# Village Hall'); not 'an interest in … regarding the Wyndle Village Hall proposal', a hall the minutes discuss, nor
# 'Appointment of Representatives' over 'Village Hall liaison – Ann Bell', a heading over a hall's post
VENUE_HALL_RE = re.compile(
    r"(?:(?<![\w'’-])(?i:at|in)\s+(?:the\s+)?|,\s*)(?P<place>(?:[A-Z][\w'’-]+\s+){1,3}?)(?:Village|Parish)\s+"
    r"(?:Hall|Rooms?)\b"
)


def _council_of_hall(kind: str, everything: str) -> str | None:
    """'Minutes of the Parish Council Meeting held on 9 March in Upper Wyndle Village Hall' -> 'Upper Wyndle Parish
    Council': a parish council's own meeting names the council only by its kind, and its village by the hall it met in
    (one hall named, not a church's: 'Cold Harbour Parish Rooms' as well leaves the council unnamed)."""
    halls = {" ".join(match["place"].split()) for match in VILLAGE_HALL_RE.finditer(everything[:2000])}
    venues = {" ".join(match["place"].split()) for match in VENUE_HALL_RE.finditer(everything[:2000])}
    if len(halls) != 1 or len(venues) != 1:
        return None
    place = venues.pop()
    return None if re.search(rf"\b(?:{NOT_A_PLACE})\b", place) else f"{place} {kind}"


# 'Marsh Ashby Annual Parish Council' (from 'Minutes of Marsh Ashby Annual Parish Council Meeting'): the meeting's kind
# between the place and the council's kind
KIND_INSIDE_RE = re.compile(
    r"(?<=\S)\s+(?:Annual|Extraordinary|Special|Ordinary|Monthly)\s+(?=(?:Parish|Town|Community)\s+Council$)", re.I
)


def _without_kind_inside(name: str | None) -> str | None:
    """'Marsh Ashby Annual Parish Council' -> 'Marsh Ashby Parish Council': the council's name, its meeting's kind
    taken out."""
    return KIND_INSIDE_RE.sub(" ", name) if name else name


def _own_local_council(body: str | None, committee: str | None, everything: str) -> tuple[str | None, str | None]:
    """(body, committee) of a parish, town or community council's own meeting, named whole."""
    body, committee = _without_kind_inside(body), _without_kind_inside(committee)
    local = re.fullmatch(r"(?:the\s+)?((?:parish|town|community|village)\s+council)", committee or "", re.I)
    if local and not (body or "").lower().endswith(local[1].lower()):
        # 'Minutes of the Parish Council Meeting' where the first council named is another (a county's highways)
        own = most_named_body(everything, kind=local[1]) or _council_of_hall(local[1], everything)
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


# words that make '<words> Council' a kind of meeting or council, never a place's ('Youth Council', 'Full Council',
# 'Science Advisory Council', 'Students' Union Council')
NOT_A_PLACE = (
    r"County|City|Borough|District|Parish|Town|Community|Village|Full|The|Annual|Special|Ordinary|Extraordinary|"
    r"General|Monthly|Regular|Joint|Youth|Advisory|Executive|Students?|Union|Science|Research|"
    r"Arts|Sports|Church|Parochial|Medical|Privy|Legislative|Staff|Schools?|Regional|Local|National|Works|"
    r"Partnership|Meeting|Members|Council"
)
# a word read whole from its start and at most 64 characters long (bodies.PLACE_WORD): a search tried from each capital
# inside one long hyphenated OCR word would otherwise read it to its end from each
PLACE_WORD_NOT_KIND = rf"(?<![\w'’-])(?!(?:{NOT_A_PLACE})\b){CAPITAL}[\w'’-]{{1,63}}+"
# 'Cornwall Council', 'Fife Council', 'Aldmoor Council Cabinet': a council named by its place alone
# (English unitary, Scottish and Welsh councils), perhaps with the committee the title names after it
PLACE_COUNCIL_RE = re.compile(
    rf"(?P<council>{PLACE_WORD_NOT_KIND}(?:\s+(?:of\s+|upon\s+|and\s+)?{PLACE_WORD_NOT_KIND}){{0,3}}\s+Council)"
    r"(?:\s+(?P<rest>[A-Z].*))?"
)


def _council_named_by_place(body: str | None, committee: str | None) -> tuple[str | None, str | None]:
    """(body, committee) where the committee reader found a council named by its place alone and no body was read:
    'a meeting of Trewenna Council held …' (the council, its own meeting: 'Council', as a principal council's own
    meeting is named with its place taken off, corpus/gold/README.md), 'Aldmoor Council Cabinet' (the council, and
    the committee after its name)."""
    if body is not None and committee is not None and committee.lower() == body.lower():
        # 'Forest Heath Council - Wednesday 29 June 2016' read as both: the council's own meeting
        whole = PLACE_COUNCIL_RE.fullmatch(body)
        return body, "Council" if whole and whole["rest"] is None else committee
    named = PLACE_COUNCIL_RE.fullmatch(committee or "") if body is None else None
    if named is None:
        return body, committee
    if named["rest"] is None:
        return named["council"], "Council"
    if COMMITTEE_WORDS.search(named["rest"]):
        return named["council"], named["rest"]
    return body, committee


def _meeting_of_organisation(committee: str | None, lines: list[str]) -> tuple[str | None, str | None]:
    """'Minute of the Kilrenny Development Trust 11 May 2026': the trust whose meeting the heading records is the body,
    and the meeting's committee where none other is named ('… Grammar School Full Governing Board': the board, the
    school's name taken off its front)."""
    body = body_of_meeting_of(lines)
    if body is None:
        return None, committee
    if committee and committee.startswith(f"{body} "):
        return body, committee[len(body) :].strip()
    return body, committee or body


# an item's number alone on its line over the item's title, as a web page of agenda and minutes lists its items
# ('No. Item' / '208/22' / 'Public Participation'; '137.' / 'Minutes'; '123.22' / 'Disclosure of Conflict of Interest')
ITEM_NUMBER_ALONE_RE = re.compile(r"\d{1,4}(?:[./]\d{1,3}|\.)")


def _above_first_item(lines: list[str], pages: list[PageLayout]) -> list[str]:
    """The lines over the first page's first numbered item standing alone over its title: a date under it is in the
    items' text ('Approval of Minutes of Previous Meeting' / '29 September 2022', 'Code of Conduct (as amended 26
    February 2015)') and dates another meeting or paper, never this one."""
    page_lines = [line.text.strip() for line in pages[0].lines] if pages else []
    for index, text in enumerate(page_lines[:-1]):
        if ITEM_NUMBER_ALONE_RE.fullmatch(text) and re.match(r"[A-Z]", title := page_lines[index + 1]):
            cut = next((at for at, line in enumerate(lines) if line.strip() == title), None)
            return lines if cut is None else lines[:cut]
    return lines


def _yearless_meeting_day(dated: list[str], everything: str) -> dt.date | None:
    """'DRAFT Minutes of the Meeting of X Parish Council' over 'In the Village Hall on Monday 22nd July at 7.30pm':
    the heading dates the meeting by weekday, day and month before any full date is printed (a full date lower down,
    'The minutes of the meeting of 20th May 2024 were approved', dates another meeting). Its year is the one of the
    years the page prints whose day falls on that weekday; None when a full date comes first (a letter's or the next
    meeting's too: 'Amended Draft Minutes of Meeting … Monday 12th November 2018' over 'Approval Monday 1st October')
    or no year fits alone."""
    years = {int(year) for year in PRINTED_YEAR_RE.findall(everything)}
    for text in dated:
        if find_meeting_date(text) is not None:
            return None
        if LETTER_DATE_LINE_RE.match(text.strip()) or NEXT_MEETING_RE.search(text):
            continue
        if (found := weekday_date_in_years(text, years)) is not None:
            return found
    return None


def _named_meeting(committee: str | None, lines: list[str], body: str | None) -> str | None:
    """The meeting the heading names ('Minutes of the Budget Committee Meeting', 'Kirk Session Minutes') where no
    committee was read; where the read dropped the 'Meeting' of a meeting named by its kind ('Quarterly'); where the
    read is the place after the meeting's name ('Minutes of the Regular Council Meeting of Elmswick'); and where the
    read is the body the heading names before its board ('Tarnside Regional District Board Minutes' -> 'Board'); and
    where the read is only the room the meeting was held in ('City Council Chambers')."""
    named = named_meeting(lines, body)
    if committee is None or not named:
        return named or committee
    if named.lower() == f"{committee} meeting".lower():
        return named
    heading = " ".join(" ".join(lines[:4]).split())
    after = re.search(rf"\b{re.escape(named)}\s+meeting\s+of\s+(?:the\s+)?{re.escape(committee)}\b", heading, re.I)
    if after and not COMMITTEE_WORDS.search(committee):  # (of 'the Llanfair Community Council': the council whole)
        return named
    if (
        committee == body
        and named.lower().startswith(f"{body.lower()} ")
        and COMMITTEE_WORDS.search(named[len(body) :])
    ):
        return named[len(body) :].strip()
    printed = [match.end() for match in re.finditer(rf"\b{re.escape(committee)}\b", heading, re.I)]
    if printed and all(re.match(r"\s+chambers?\b", heading[end:], re.I) for end in printed):
        return named  # 'Meeting City Council Chambers 808 West Main': where the board met, not who
    return committee


def _not_a_record_title(name: str | None) -> str | None:
    """None for a body or committee read as the words that title the record ('Minutes of Annual'): no one's name."""
    return None if name and RECORD_TITLE_RE.match(name) else name


# a room or building of a council's after its name: 'City of Westford Council Chambers 555 Liberty Street', 'City of
# Westford – Jury Room', 'Ashby and Fenby Town Council Offices' (the place a meeting sat in)
VENUE_ROOM_RE = re.compile(
    r"\s*+(?:[-–—,]\s*+)?(?:Council\s+)?(?:Chambers?|Offices|Jury\s+Room|Board\s*room|Committee\s+Room)\b", re.I
)
# a meeting that is not a council's own: an organisation's board ('Board of Directors'), a local council's named by
# its kind
ORGANISATION_BOARD_RE = re.compile(r"Board\s+of\s+(?:Directors|Trustees|Governors)")
LOCAL_KIND_RE = re.compile(r"(?:Parish|Town|Community|Village)\s+Council")


def _not_the_venues_owner(body: str | None, committee: str | None, text: str) -> str | None:
    """None for a council the first page names only as the owner of the room or offices the meeting sat in ('Board of
    Directors' minutes 'held in the City of Westford Council Chambers', a parish council's meeting 'at Ashby and Fenby
    Town Council Offices'), where the meeting is an organisation's board or a local council's of another kind: the
    venue's owner is not the body whose meeting it was."""
    if not body or not committee:
        return body
    board = ORGANISATION_BOARD_RE.fullmatch(committee)
    local = LOCAL_KIND_RE.fullmatch(committee)
    if not board and not (local and not body.lower().endswith(committee.lower())):
        return body
    named = [found.end() for found in re.finditer(re.escape(body), text, re.I)]
    return None if named and all(VENUE_ROOM_RE.match(text, end) for end in named) else body


def _printed_in(name: str, lines: list[str]) -> bool:
    """``name`` is printed in ``lines`` (case and spacing aside)."""
    return " ".join(name.lower().split()) in " ".join(" ".join(lines).lower().split())


def _meeting_of_its_items(
    body: str | None, committee: str | None, pages: list[PageLayout]
) -> tuple[str | None, str | None]:
    """A meeting's web page whose heading over its items table names no meeting body ('Agenda and minutes' over
    'Venue: …' over 'No. Item'): the meeting its items name as theirs ('Minutes of the previous meeting of the
    Executive'), not a council its items' text names ('a statement was received from Ashby Parish Council'). A body
    read from that text too, printed nowhere in the heading, goes with it."""
    parts = items_page_heading(pages)
    if parts is None or committee and _printed_in(committee, parts[0]):
        return body, committee
    named = meeting_named_by_items(parts[1])
    if named is None:
        return body, committee
    if body and not _printed_in(body, parts[0]):
        body = None
    return body, named


def document_facts(pages: list[PageLayout]) -> DocumentFacts:
    head = first_page_text(pages, 2)
    doc_type = classify_document(pages)
    lines = heading_lines(pages, 15)
    everything = "\n".join(page.text for page in pages)
    heads = running_heads(pages)
    body = _not_a_record_title(normalise_body(_heading_body(pages, lines, everything, heads), everything))
    committee = _named_meeting(_wrapped_committee(find_committee(pages, doc_type, body), pages), lines, body)
    committee = _not_a_record_title(committee)
    body, committee = _meeting_of_its_items(body, committee, pages)
    body, committee = _meeting_presented_to(body, committee, lines, doc_type)
    if body is None and (doc_type in ("minutes", "agenda_pack") or TOWNSHIP_BOARD_NAME_RE.fullmatch(committee or "")):
        # (a township's board named whole is its body's, whatever the paper: 'X TOWNSHIP BOARD OF SUPERVISORS
        # REGULAR MEETING August 10, 2016' gives no type)
        body, committee = _body_of_committee(committee, lines)
    if body is None and doc_type in ("minutes", "agenda_pack"):
        body, committee = _organisation_over_board(committee, lines)
    if body is None and doc_type in ("minutes", "agenda_pack"):
        body, committee = _meeting_of_organisation(committee, lines)
    body, committee = _self_meeting_body(*_school_board(*_body_dash_committee(body, committee)))
    body, committee = _own_body_named_by_kind(body, committee, pages)
    body, committee = _own_body_kind(body, committee, lines)
    body, committee = _parish_of_heading(body, committee, lines), _board_of_members(committee)
    body, committee = _own_local_council(*_own_meeting_log(body, committee, lines, doc_type), everything)
    body, committee = _council_named_by_place(body, committee)
    body, committee = _place_governing_body(body, committee, everything, lines)
    body, committee = _meeting_named_parts(body, committee, lines, doc_type)
    body = _joint_committee_body(body, committee, lines, everything)
    body = municipal_style(body, everything)
    body = with_nhs_identity(body, [line.text for line in pages[0].lines] if pages else [])
    body, committee = _principal_named_whole(body, committee)
    body = body_of_meeting_sentence(body_of_named_meeting(body, committee), committee, lines)
    committee = council_own_general_meeting(body, committee)
    body, committee = township_board(body, committee, lines)
    body = _council_of_its_members(body, everything)
    body = _not_the_venues_owner(body, committee, pages[0].text if pages else "")
    row_lines, row_dates = date_column(pages)
    dated = [
        text
        for text in _above_first_item(_with_wrapped_dates(lines, pages), pages)
        if text not in row_lines and not PREVIOUS_MINUTES_LINE_RE.search(text) and not DECISION_NOTICE_RE.match(text)
    ]
    if doc_type == "minutes":
        # 'Meeting: Board of Directors meeting to be held on 24 June 2026' over 'Minutes of the Board of Directors
        # meeting held on 27 May 2026': minutes filed as an item of the next meeting record the earlier one
        recorded = [text for text in dated if not TO_BE_HELD_RE.search(text)]
        dated = recorded if any(find_meeting_date(text) for text in recorded) else dated
        # 'Minutes 6th November 2010' over 'Held at the School on Tuesday, 16th November 2010': the line saying
        # when it was held dates the meeting, the title's date aside
        held = [text for text in dated[:4] if HELD_LINE_RE.match(text.strip()) and find_meeting_date(text)]
        dated = held[:1] + dated if held else dated
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
        dated = [text for text in dated if not _entry_row(text)]
        dated = [text for text in dated if not PUBLISHED_RE.match(text)]  # when the paper came out
        # 'Date of assessment: 12 December 2024' on an impact assessment: when the paper was written, no meeting
        dated = [text for text in dated if not PAPER_OWN_DATE_RE.match(text.strip())]
    # US papers write numeric dates month first ('Councilmember', never 'Councillor', as municipal_style)
    month_first = "Councillor" not in everything and (
        NORTH_AMERICAN_RE.search(everything) is not None or US_PLACE_RE.search(everything) is not None
    )
    # 'Date of meeting:' alone over its value (a scan reads a cover table's cells apart), else the first date
    meeting_date = _labelled_date_alone(pages, month_first) or meeting_date_from(dated, month_first=month_first)
    if meeting_date is None:
        # a running head dating the meeting ('Licensing Committee – 8 January 2025'); a paper's only where it
        # names the meeting too (a footer's date alone is when the paper was printed). Before a date lower in
        # the text: there 'the minutes of the meeting held on ...' dates the last meeting
        dating_heads = [
            text
            for text in heads
            if (doc_type in ("minutes", "agenda_pack") or COMMITTEE_WORDS.search(text))
            and not LETTER_DATE_LINE_RE.match(text)
        ]
        meeting_date = meeting_date_from(dating_heads, month_first=month_first)
    if meeting_date is None and doc_type not in ("minutes", "agenda_pack"):
        # a slide deck's title slide: 'Children and Young People Scrutiny Committee' over '30 January 2025'
        meeting_date = _dated_under_committee(pages, month_first)
    if meeting_date is None and doc_type in ("minutes", "agenda_pack"):
        # minutes and agendas may date the meeting lower on their first pages; a paper, register or slide
        # deck is dated by its heading only (a date in its text dates something else)
        meeting_date = meeting_date_from(
            [
                text
                for text in _above_first_item(head.splitlines(), pages)
                if text.strip() not in row_lines
                and not PREVIOUS_MINUTES_LINE_RE.search(text)
                and not DECISION_NOTICE_RE.match(text.strip())
            ],
            month_first=month_first,
        )
    if doc_type in ("minutes", "agenda_pack"):
        meeting_date = _yearless_meeting_day(dated, everything) or meeting_date
    if doc_type in ("report", "other") and committee is None and not _timed_date_line(dated, meeting_date):
        # a paper that names no meeting it goes to has no meeting's date, whatever dates it prints (adopted,
        # reviewed, issued, 'as at', a period, a closing date: the Souldern risk register and Kent EQIA golds);
        # a date with its hour ('Tuesday 5 November 2024   7pm   Ayton Hall') is still a meeting's
        meeting_date = None
    printed = "\n".join(line.text for page in pages[:2] for line in page.lines)  # with running heads and footers
    reference_date = meeting_date or (min(row_dates) if row_dates else None) or find_meeting_date(printed)
    title_lines = heading_lines(pages, 3)
    title = " ".join(" ".join(title_lines).split()) or None
    return DocumentFacts(
        doc_type=doc_type,
        body=body,
        committee=committee,
        meeting_date=meeting_date,
        meeting_time=find_time("\n".join(lines)),
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
    r"National\s+Park\s+Authority|Combined\s+Authority|"
    # 'Fenland Levels Joint Waste Committee', 'Joint Crematorium Committee': a joint committee named by what it does
    r"Joint\s+(?:(?!(?:of|the|and|meeting)\b)[A-Z][\w'’-]*\s+){0,3}Committee|Community\s+Safety\s+Partnership|"
    r"Drainage\s+Board)"
    # 'the Combined Fire Authority for Wendale and Darrowby': the places it serves end its name
    r"(?:\s+for\s+[A-Z][\w'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*){0,4})?$",
    re.I,
)
# an integrated care board named whole: an NHS organisation whose meeting is its Board (as 'Suffolk Libraries IPS'
# | 'Board' in the dev golds)
CARE_BOARD_RE = re.compile(
    r"(?<![\w'’.&-])(?:NHS\s+)?[A-Z][\w'’.&-]*,?(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’.&-]*,?){0,6}\s+Integrated\s+Care\s+Board"
)
# a New York community board ('Community Board 9', 'Manhattan Community Board 11'): its own body, named whole
COMMUNITY_BOARD_NAME_RE = re.compile(r"\A(?:[A-Z][\w'’-]+\s+){0,2}Community\s+Board\s+\d{1,2}\Z")
# the board or committee of an organisation named by its kind: 'X Fire & Rescue Service Board'
# (the spaces before the board read from their first: a long run of them is read once, not from each)
OWN_BOARD_RE = re.compile(
    r"^(?P<org>.+?)(?<!\s)\s+(?P<committee>(?:Full\s+)?(?:Trust(?:ee)?\s+)?Board(?:\s+of\s+(?:Trustees|Directors|Governors))?|"
    r"Trustees|"
    r"(?:Executive\s+|Management\s+)?(?:Sub-)?Committee|Council\s+of\s+Governors|Governing\s+Body)$"
)
# 'Planning Committee of the Fellmoor National Park Authority': an authority's committee, named with the authority
# after 'of' (the authority's whole name by its kind, ORG_HEADING_RE; at least one word before the committee's word)
COMMITTEE_OF_ORG_RE = re.compile(
    r"^(?P<committee>(?:[A-Z][\w'’-]*\s+(?:(?:and|&)\s+)?){1,5}(?:Sub-)?(?:Committee|Board|Panel|Forum))"
    r"\s+of\s+(?:the\s+)?(?P<org>[A-Z].+)$"
)
# 'West Tyne Combined Authority Overview and Scrutiny Committee': an authority or NHS body's name, then its committee's
# (the kinds that are bodies of their own, never a council's committee: a 'Pension Fund Committee' is the council's)
ORG_THEN_COMMITTEE_RE = re.compile(
    r"^(?P<org>(?:[A-Z][\w'’-]*\s+(?:(?:and|&)\s+)?){1,4}(?:(?:Combined|Fire\s+(?:and|&)\s+Rescue|National\s+Park)\s+"
    r"Authority|NHS\s+(?:Foundation\s+)?Trust|Integrated\s+Care\s+Board|Health\s+Board))\s+"
    r"(?P<committee>(?:[A-Z][\w'’-]*\s+(?:(?:and|&)\s+)?){1,5}(?:Sub-)?(?:Committee|Board|Panel|Forum))$"
)
# 'the Board of Directors of Culture and Leisure Dunmore': a company's or charity's board, named with it
BOARD_OF_ORG_RE = re.compile(
    r"(?P<committee>Board\s+of\s+(?:Directors|Trustees|Governors|Supervisors)|Council\s+of\s+Governors)\s+of\s+"
    r"(?:the\s+)?"
    r"(?P<org>[A-Z][\w'’&.-]*(?:\s+(?:(?:of|for|and|&|the)\s+)*[A-Z][\w'’&.-]*){1,6})"
)
# 'CARE AND REPAIR FORUM WESTLAND MINUTES OF BOARD MEETING HELD ON': the organisation's name, then the title (at most
# three joining words in a row: read case-blind, 'of' is a word too, and a long run of them was split into words and
# joining words every way)
ORG_BEFORE_TITLE_RE = re.compile(
    r"^(?P<org>[A-Z][\w'’&-]*(?:\s+(?:(?:of|for|and|&|the)\s+){0,3}[A-Z][\w'’&-]*){1,6})\s+(?:minutes|notes)\s+of\s",
    re.I,
)


# 'Carter County Board of Commissioners': a US county's governing board, named whole (\A…\Z: a search would read a
# long word to its end from each of its capitals)
COUNTY_BOARD_NAME_RE = re.compile(
    r"\A(?:the\s+)?(?P<org>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+County)\s+"
    r"(?P<committee>Board\s+of\s+(?:County\s+)?(?:Commissioners|Supervisors)|Commissioners(?:\s+Court)?|"
    # 'Pine Ridge County Health and Human Services Board': a county's board named by its service
    r"(?:[A-Z][\w'’-]*\s+(?:(?:and|&)\s+)?){1,5}(?:Board|Commission))\Z"
)
# 'Harlow Township Board of Supervisors': a (Pennsylvania) township's governing board named whole with the township as
# printed (\A…\Z as the county's)
TOWNSHIP_BOARD_NAME_RE = re.compile(
    r"\A(?:the\s+)?(?P<org>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+Township)\s+"
    r"(?P<committee>Board\s+of\s+(?:Supervisors|Trustees|Commissioners))\Z"
)
# 'Kirkton, Auldmuir & Cairnside Community Council': a community, parish or town council's whole name
LOCAL_COUNCIL_NAME_RE = re.compile(
    rf"\A(?!(?i:the|full|{MEETING_WORDS})\b)[A-Z][\w'’.,&-]*(?:\s+(?:(?:of|upon|and|&|with)\s+)?[A-Z][\w'’.,&-]*){{0,5}}"
    r"\s+(?:Parish|Town|Community|Village)\s+Council\Z"
)


# bodies that are their own meeting whatever else the paper names: Manx commissioners, a safeguarding board, a
# protected landscape's partnership, a harbour's trust ('Nigel Andrews – Tenancy Support Manager, Norchester City
# Council' among a safeguarding board's members is an attendee's council, not the board's)
OWN_BODY_KIND_RE = re.compile(
    r"(?<![\w'’.-])[A-Z][\w'’.-]*+(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’.-]*+){0,4}\s+(?:"
    r"(?<!County\s)(?<!Township\s)(?<!City\s)(?<!Borough\s)(?:Parish\s+|Town\s+|Village\s+|District\s+)?Commissioners|"
    r"Safeguarding\s+(?:Adults|Children(?:['’]s)?)\s+(?:Board|Partnership)|"
    r"(?:AONB|National\s+Landscape)\s+Partnership|"
    r"Harbour\s+(?:Trust|Commissioners|Board|Authority))"
)


# 'SNAILHAM PARISH MEETING': a parish with no council governs by its parish meeting, a body of its own (not 'Annual
# Parish Meeting', the kind of a parish council's meeting)
PARISH_MEETING_RE = re.compile(
    rf"\A(?!(?i:the|{MEETING_WORDS}|special|budget)\b)[A-Z][\w'’.-]*+(?:\s+(?:(?:and|&|with|upon|on|in)\s+)?"
    r"[A-Z][\w'’.-]*+){0,3}\s+Parish\s+Meeting\Z"
)


def _own_body_kind(body: str | None, committee: str | None, lines: list[str]) -> tuple[str | None, str | None]:
    """('Ballakilley Commissioners', 'Ballakilley Commissioners') for their own meeting; where no committee was
    read, the kind named alone by the first heading line ('GLENFABA PARISH COMMISSIONERS' over 'Parish
    Commissioners Statutory Meeting'); a parish meeting named alone by the first heading line is its own body
    whatever meeting of it the paper records ('SNAILHAM PARISH MEETING' over 'the Annual Parish Meeting')."""
    if committee and OWN_BODY_KIND_RE.fullmatch(committee):
        return committee, committee
    if body is None:
        for line in lines[:2]:
            named = _title_case_caps(line.strip())
            if PARISH_MEETING_RE.fullmatch(named):
                return named, named
    if committee is None and body is None:
        for line in lines[:2]:
            named = _title_case_caps(line.strip())
            if OWN_BODY_KIND_RE.fullmatch(named):
                return named, named
    return body, committee


# 'PARISH OF ST COLOMBE' alone over 'Parish Assembly': a Channel Island parish governs as itself
PARISH_OF_RE = re.compile(r"Parish\s+of\s+(?:St\.?\s+|Ste\.?\s+)?[A-Z][\w'’-]*+(?:\s+[A-Z][\w'’-]*+){0,2}")


def _parish_of_heading(body: str | None, committee: str | None, lines: list[str]) -> str | None:
    """The parish a paper's first heading line names alone ('PARISH OF ST COLOMBE'), where no body was read and the
    meeting is the parish's assembly."""
    if body or not re.fullmatch(r"(?:Parish\s+)?Assembly", committee or "", re.I):
        return body
    named = _title_case_caps(lines[0].strip()) if lines else ""
    return named if PARISH_OF_RE.fullmatch(named) else None


# 'SELECTMEN'S MEETING' (a New England town's), 'Aldermen's Meeting': the board named by its members
MEMBERS_MEETING_RE = re.compile(r"(?P<members>Selectmen|Aldermen)['’][Ss]\s+Meeting", re.I)


def _board_of_members(committee: str | None) -> str | None:
    """'Minutes of the Directors' Meeting': the meeting of the Board of Directors; 'Selectmen's Meeting' the Board of
    Selectmen's."""
    members = MEMBERS_MEETING_RE.fullmatch(committee or "")
    if members:
        return f"Board of {members['members'].capitalize()}"
    return "Board of Directors" if committee == "Directors" else committee


# partnerships of many public bodies that meet as themselves ('Ceredwy Public Services Board')
OWN_PARTNERSHIP_RE = re.compile(
    r"(?:Public\s+Services\s+Board|Transport\s+Partnership|Community\s+Planning\s+Partnership)$"
)


def _self_meeting_body(body: str | None, committee: str | None) -> tuple[str | None, str | None]:
    """'the Authority' (or 'the Fire Authority') under 'Harrowdale National Park Authority' ('East Marden Fire
    Authority'): an authority's own meeting, the authority whole (as a Fire Authority's own minutes are annotated).
    A paper going to a body that meets as itself, named whole with its place ('Report to: Eastmoor Community Safety
    Partnership') and no other body printed: that body is the paper's."""
    own = SELF_MEETING_RE.search(committee or "")
    if body is None and own and own.start() > 0 and re.match(r"(?!the\b)[A-Z]", committee or ""):
        return committee, committee
    bare = re.sub(r"^the\s+", "", committee or "", flags=re.I).lower()
    own = bare == "authority" or bare.endswith(" authority") and (body or "").lower().endswith(f" {bare}")
    if body and own and body.endswith("Authority"):
        return body, body
    if body and body.endswith("Drainage Board") and re.fullmatch(r"(?:full\s+|main\s+)?board", bare):
        return body, body  # 'A meeting of the Board', 'the Full Board Meeting' of a drainage board: the board whole
    if body and OWN_PARTNERSHIP_RE.search(body) and re.search(r"\bCouncil$", committee or ""):
        # a member council's name among the partners (a scan reads it as a line of its own) is not the meeting's
        return body, body
    return body, committee


# 'Dear Member of Westmoor City and Fenby District Council', 'To each Member of Fenby County Council:': a summons
# addresses the members of the council whose meeting it calls, by the council's whole name
MEMBERS_OF_COUNCIL_RE = re.compile(
    r"\b(?:Dear|To)\s+(?:each\s+|all\s+)?(?:the\s+)?Members?\s+of\s+(?:the\s+)?"
    r"(?P<council>[A-Z][\w'’-]*(?:\s+(?:(?:and|&|of|upon)\s+)?[A-Z][\w'’-]*){0,7}\s+Council)\b"
)


def _council_of_its_members(body: str | None, text: str) -> str | None:
    """The council a summons addresses the members of, where the body read is the same council cut short or run on
    by a word ('City and Fenby District Council' from a logo that sets 'Westmoor' apart, 'Comhairle Contae Fenby
    County Council' from a heading in two languages): the name the letter prints whole."""
    addressed = MEMBERS_OF_COUNCIL_RE.search(text) if body else None
    if addressed is None or body is None:
        return body
    council, read = addressed["council"], body
    if re.match(rf"(?:{NOT_A_PLACE})\b", council):
        return body  # 'Dear Member of Parish Council': the council's kind alone, no whole name
    if council != read and (
        council.lower().endswith(f" {read.lower()}") or read.lower().endswith(f" {council.lower()}")
    ):
        return council
    return body


# a body that meets as itself named whole on a line of its own: a logo, a footer, a running head's part
WHOLE_SELF_MEETING_RE = re.compile(
    # read from a word's start only, each word whole: a search tries one start per word
    r"(?<![\w'’-])(?:The\s+)?(?P<place>(?!(?:agenda|minutes|notes|report|meeting|notice|summons|action)\b)"
    r"(?-i:[A-Z][\w'’-]*+(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*+){0,4}))\s+(?P<kind>"
    + SELF_MEETING_RE.pattern.removesuffix("$")
    + r")",
    re.I,
)


def _own_body_named_by_kind(
    body: str | None, committee: str | None, pages: list[PageLayout]
) -> tuple[str | None, str | None]:
    """'Minutes of the meeting of the Police and Crime Panel' (or 'of the Panel', 'Report to: Combined Authority')
    under 'FELLMARSH POLICE AND CRIME PANEL' in the logo, footer or address: the body's own meeting, named by its
    kind only; the body and its meeting are the name printed whole. Only where no other body was read."""
    if committee is None and body and _labelled_by_kind(body, heading_lines(pages, 12)):
        return body, body
    bare_body = committee is None and SELF_MEETING_RE.match(body or "") is not None  # 'COMBINED AUTHORITY' alone
    # 'Hosted by Westmoor County Council': the host is the body (stop 23), the panel named whole its meeting
    lines = _name_lines(pages)
    hosted = committee is not None and HOSTED_RE.search("\n".join(lines)) is not None
    short = re.sub(r"^the\s+", "", committee or (body if bare_body else "") or "", flags=re.I)
    if body not in (None, committee) and not bare_body and not hosted or len(short.split()) > 5:
        return body, committee
    for text in lines:
        whole = WHOLE_SELF_MEETING_RE.fullmatch(_title_case_caps(text))
        if whole and not COMMITTEE_WORDS.search(whole["place"]) and _named_by_kind(short, whole["kind"]):
            name = " ".join(f"{whole['place']} {whole['kind']}".split())
            return (body if hosted and body not in (None, committee) else name), committee and name
    return body, committee


def _labelled_by_kind(body: str, lines: list[str]) -> bool:
    """'Report to: Combined Authority' on a paper of 'Nethercombe Combined Authority': it goes to the body's own
    meeting, named by its kind."""
    whole = WHOLE_SELF_MEETING_RE.fullmatch(body)
    for text in lines if whole else []:
        label = ADDRESSED_LABEL_RE.match(text.strip())
        value = re.sub(r"^the\s+", "", text.strip()[label.end() :].strip(" ."), flags=re.I) if label else ""
        if value and len(value.split()) <= 5 and _named_by_kind(_title_case_caps(value), whole["kind"]):
            return True
    return False


def _name_lines(pages: list[PageLayout]) -> list[str]:
    """The first two pages' lines and the parts of lines set apart by a wide gap ('Westmoor Panel   Page 1')."""
    lines = [line.text.strip() for page in pages[:2] for line in page.lines]
    return [part.strip(" -–—|") for text in lines for part in re.split(r"\s{3,}|\s[-–—|]\s", text) if part.strip()]


def _named_by_kind(short: str, kind: str) -> bool:
    """'Panel', 'Police and Crime Panel', 'Joint Committee', 'Fire Authority' for a 'Fire and Rescue Authority'
    (its words in order, its last word last); none: the heading names no committee but the kind."""
    words, kind_words = short.lower().split(), kind.lower().split()
    if not words:
        return True
    if words[-1] != kind_words[-1]:
        return False
    position = 0
    for word in words:
        if word not in kind_words[position:]:
            return False
        position = kind_words.index(word, position) + 1
    return True


SCHOOL_BOARD_RE = re.compile(
    r"(?P<committee>(?:(?:Full|Local)\s+)?Governing\s+(?:Board|Body)|Board\s+of\s+Governors)\s+of\s+(?:the\s+)?"
    r"(?P<org>[A-Z][\w'’.-]*(?:\s+[\w'’.&-]+){0,6}?\s+(?:School|Academy|College|Federation))"
)


def _school_board(body: str | None, committee: str | None) -> tuple[str | None, str | None]:
    """'the Governing Board of Westbrook Primary School': the school is the body, its board the committee."""
    school = SCHOOL_BOARD_RE.fullmatch(committee or "")
    if school and body in (None, committee):
        return school["org"], school["committee"]
    return body, committee


# an organisation's board named by its kind alone: 'Trust Board Meeting', 'Board of Directors', 'the Board'
GENERIC_BOARD_RE = re.compile(
    r"(?:the\s+)?(?:(?:full|main)\s+)?(?:trust(?:ee)?\s+)?(?P<board>board(?:\s+of\s+(?:directors|trustees|management))?)"
    r"(?:\s+meeting)?",
    re.I,
)
# an organisation's tagline opening with a verb in '-ing' ('Building Stronger Communities', 'Making Homes Happen'),
# unless the line ends with a kind of organisation ('Epping Forest Homes', 'Reading Community Housing': a place)
TAGLINE_RE = re.compile(r"[A-Z][a-z]{2,}ing\b")
ORGANISATION_KIND_END_RE = re.compile(
    r"\b(?:Homes|Housing|Trust|Group|Partnership|Association|Society|Foundation|Limited|Ltd|Co-operative|Cooperative|"
    r"Federation|Alliance|Academy|Academies|College|Schools?|Network|Forum|Company|Services|Centre|Council|Board|"
    r"Authority|Agency|Commission|Collaborative|Consortium|Fund)$"
)
ORG_NAME_LINE_RE = re.compile(  # each word read whole from its start, as PLACE_WORD_NOT_KIND
    r"(?:The\s+)?(?<![\w'’&.-])[A-Z][\w'’&.-]{0,63}+(?:\s+(?:(?:of|for|and|&|the)\s+)?[A-Z][\w'’&.-]{0,63}+){1,5}"
)


def _organisation_over_board(committee: str | None, lines: list[str]) -> tuple[str | None, str | None]:
    """(body, committee) of a board's meeting under its organisation's name alone ('Southmere Homes' over 'Minutes of
    the Board Meeting held on …'; 'Riverside Learning Partnership' over 'Trust Board Meeting'), where no kind of body
    names the organisation: the first heading line, a name of two to six words, is the body whose board meets."""
    if len(lines) < 2:
        return None, committee
    first, second = _title_case_caps(lines[0].strip()), _title_case_caps(lines[1].strip())
    if not ORG_NAME_LINE_RE.fullmatch(first) or re.search(r"\b(?:minutes|agenda|notes|meeting)\b", first, re.I):
        return None, committee
    if TAGLINE_RE.match(first) and not ORGANISATION_KIND_END_RE.search(first):
        return None, committee  # 'Building Stronger Communities': a tagline led by its verb, not the name
    board_line = GENERIC_BOARD_RE.fullmatch(second)
    if committee == first and board_line:
        # the organisation's name read as the committee, its board's name on the line under it
        return first, re.sub(r"\s+meeting$", "", second, flags=re.I)
    if GENERIC_BOARD_RE.fullmatch(committee or "") and not COMMITTEE_WORDS.search(first):
        return first, committee
    return None, committee


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
    if CARE_BOARD_RE.fullmatch(committee):
        return committee, "Board"  # 'Ouse, Ivel and Stowe Integrated Care Board' meeting: the board of the ICB
    of_org = COMMITTEE_OF_ORG_RE.match(committee)
    if of_org and ORG_HEADING_RE.fullmatch(of_org["org"]) and not COMMITTEE_WORDS.search(of_org["org"]):
        return of_org["org"], of_org["committee"]  # 'Planning Committee of the Fellmoor National Park Authority'
    org_then = ORG_THEN_COMMITTEE_RE.match(committee)
    if org_then:
        return org_then["org"], org_then["committee"]  # 'West Tyne Combined Authority Overview and Scrutiny Committee'
    own_meeting = SELF_MEETING_RE.search(committee) and len(committee.split()) >= 4
    if own_meeting or COMMUNITY_BOARD_NAME_RE.fullmatch(committee):
        return committee, committee
    county = COUNTY_BOARD_NAME_RE.fullmatch(committee) or TOWNSHIP_BOARD_NAME_RE.fullmatch(committee)
    if county:  # 'Carter County Board of Commissioners': a US county's governing board
        return county["org"], county["committee"]
    board_of = BOARD_OF_ORG_RE.fullmatch(committee)
    if board_of and not COMMITTEE_WORDS.search(board_of["org"]):
        return board_of["org"], board_of["committee"]
    own = OWN_BOARD_RE.match(committee)
    if own and re.match(r"Trust\s+Board\s+of\s", own["committee"]) and ORG_HEADING_RE.fullmatch(f"{own['org']} Trust"):
        # 'Eastmarsh Hospitals NHS Foundation Trust Board of Directors': the trust's whole name, then its board
        return f"{own['org']} Trust", own["committee"].split(None, 1)[1]
    if (
        own
        and re.fullmatch(r"Board\s+of\s+(?:Trustees|Directors|Governors)", own["committee"])
        and ORGANISATION_KIND_END_RE.search(own["org"])
        and not re.search(r"\b(?:Council|Board|Authority|Commission|Committee)$", own["org"])
        and len(own["org"].split()) >= 2
    ):
        # 'Riverbend Library Network Board of Trustees': an organisation named by its kind, then its board
        return own["org"], own["committee"]
    # 'Scotland Procure' heading the page over 'Minute of Meeting of the Scotland Procure Executive Sub-Committee'
    alone = own and any(_title_case_caps(line.strip()) == own["org"] for line in lines[:3])
    if own and (ORG_HEADING_RE.match(own["org"]) or alone) and len(own["org"].split()) >= 2:
        return own["org"], own["committee"]
    for line in lines[:2]:
        named = ORG_BEFORE_TITLE_RE.match(_title_case_caps(line.strip()))
        if named and not re.match(r"^(?:draft|approved|confirmed|unconfirmed|signed)\b", named["org"], re.I):
            return named["org"], committee
    return None, committee


# 'From: Fair Chances Commission' over a commission's minutes on gov.uk: the publishing organisation's label
FROM_LABEL_RE = re.compile(r"^from\s*:\s*(?=[A-Z])", re.I)
# 'MINUTES OF THE 19th BOARD MEETING OF LEARNING AND TRAINING ENGLAND': which meeting of which body's board
BOARD_MEETING_OF_RE = re.compile(
    r"^(?:\d{1,3}(?:st|nd|rd|th)\s+)?(?P<committee>Board|Council|Executive\s+Committee|Management\s+Board)\s+"
    r"Meeting\s+of\s+(?:the\s+)?(?P<org>[A-Z][\w'’&.-]*(?:\s+(?:(?:of|for|and|&|the)\s+)*[A-Z][\w'’&.-]*){1,7})$",
    re.I,
)
# 'County Council of Elkwood County', 'City Council of the City of Alvaro': the council, then the place it governs
COUNCIL_OF_PLACE_RE = re.compile(
    r"^(?P<committee>(?:County|City|Town|Village)\s+Council)\s+of\s+(?:the\s+)?"
    r"(?P<org>[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3})$"
)
# 'City Council, the Successor Agency …': bodies meeting together, the first named is the meeting body
JOINT_MEETING_RE = re.compile(r"^(?P<first>[^,]{3,60}?),\s+(?:the\s+)?[A-Z]")
# 'Board meeting: 11 September 2026': a department's board named by its own heading (gov.uk summaries)
NAMED_MEETING_HEADING_RE = re.compile(
    r"^(?P<committee>(?:[A-Z][\w'’&-]*\s+){0,4}(?:Board|Committee|Panel|Group))\s+meeting\s*[:–—-]\s*\S", re.I
)
COUNCIL_MET_RE = re.compile(
    r"^The\s+(?P<committee>(?:City|Town|Village|County|Borough)\s+Council|Board\s+of\s+[A-Z][a-z]+)\s+(?:met|convened)\b"
)
REPORTS_OF_RE = re.compile(r"^reports?\s+of\b", re.I)
AGENDA_OF_MEETING_RE = re.compile(
    r"\b[Aa]genda\s+of\s+the\s+(?P<committee>(?:[A-Z][\w'’-]*\s+){0,3}?(?:Council|Committee|Board|Cabinet))\s+[Mm]eeting\b"
)
NATIONAL_PLAN_RE = re.compile(r"\bnational\s+action\s+plan\b", re.I)
MUNICIPAL_HEADING_RE = re.compile(
    r"^(?:City|Town|Village|Township|County)\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}$"
)


def _meeting_named_parts(
    body: str | None, committee: str | None, lines: list[str], doc_type: DocType
) -> tuple[str | None, str | None]:
    """(body, committee) where the heading prints the meeting body with a label, an ordinal, the body's initials,
    the place it governs or the other bodies meeting with it; a national action plan has no meeting."""
    if doc_type == "action_plan" and any(NATIONAL_PLAN_RE.search(line) for line in lines[:4]):
        return body, None
    body, committee = _from_label(body, committee)
    body, committee = _board_meeting_of(body, committee)
    body, committee = _board_of_the_organisation(body, committee)
    body, committee = _council_of_place(body, committee)
    body, committee = _first_of_joint_meeting(body, committee, lines)
    committee = _without_initials(body, committee)
    committee = _council_that_met(_agenda_of_meeting(committee, lines), lines)
    return body, _board_of_heading(body, committee, lines)


def _council_that_met(committee: str | None, lines: list[str]) -> str | None:
    """'The City Council met in special session June 23, 2026': the council that met, where no heading names one."""
    if committee:
        return committee
    for line in lines[:6]:
        met = COUNCIL_MET_RE.match(line.strip())
        if met:
            return met["committee"]
    return committee


def _agenda_of_meeting(committee: str | None, lines: list[str]) -> str | None:
    """'REPORT OF STANDING COMMITTEES REPORTING DIRECTLY TO THE COUNCIL' over 'Agenda of the Council Meeting of
    the CITY OF X': the reports' heading is no committee; the meeting whose agenda this is is."""
    if not committee or not REPORTS_OF_RE.match(committee):
        return committee
    for line in lines[:6]:
        meeting = AGENDA_OF_MEETING_RE.search(line)
        if meeting:
            return meeting["committee"]
    return None


def _from_label(body: str | None, committee: str | None) -> tuple[str | None, str | None]:
    """'From: Fair Chances Commission': the organisation publishing its own meeting's minutes (body and committee)."""
    label = FROM_LABEL_RE.match(committee or "")
    if not label or not committee:
        return body, committee
    named = committee[label.end() :].strip()
    if "," in named or not COMMITTEE_WORDS.search(named):
        return body, committee
    return body or named, named


def _board_meeting_of(body: str | None, committee: str | None) -> tuple[str | None, str | None]:
    """'19th Board Meeting of Learning and Training England' -> ('Learning and Training England', 'Board')."""
    match = BOARD_MEETING_OF_RE.match(committee or "")
    if not match or (body and body != committee and body.lower() != match["org"].lower()):
        return body, committee
    return match["org"], _title_case_caps(match["committee"])


def _council_of_place(body: str | None, committee: str | None) -> tuple[str | None, str | None]:
    """'County Council of Elkwood County' -> ('Elkwood County', 'County Council')."""
    match = COUNCIL_OF_PLACE_RE.match(committee or "")
    if not match or (body and body != committee):
        return body, committee
    return match["org"], match["committee"]


def _first_of_joint_meeting(body: str | None, committee: str | None, lines: list[str]) -> tuple[str | None, str | None]:
    """'City Council, the Successor Agency …' under 'CITY OF ALVARO': the council meets, the city is the body
    (the other bodies sitting with it are not the paper's body)."""
    joint = JOINT_MEETING_RE.match(committee or "")
    if not joint or not COMMITTEE_WORDS.search(joint["first"]):
        return body, committee
    first = joint["first"].strip()
    heading = next(
        (
            _title_case_caps(line.strip())
            for line in lines[:3]
            if MUNICIPAL_HEADING_RE.match(_title_case_caps(line.strip()))
        ),
        None,
    )
    if heading and body and body.lower() in (committee or "").lower():
        return heading, first  # the body read from the joint title is one of the bodies sitting with the council
    return body or heading, first


# 'the Board of the Wessex Marine Safety Agency': the organisation's own board, named with the organisation (two words
# or more; 'Board of the Trust' names no organisation)
BOARD_OF_THE_RE = re.compile(
    r"\A(?P<committee>(?:Full\s+)?Board)\s+of\s+the\s+"
    r"(?P<org>[A-Z][\w'’&.-]*+(?:\s+(?:(?:of|for|and|&|the|in)\s+){0,2}[A-Z][\w'’&.-]*+){1,8})\Z"
)


def _board_of_the_organisation(body: str | None, committee: str | None) -> tuple[str | None, str | None]:
    """('Wessex Marine Safety Agency', 'Board') for 'MEETING OF THE BOARD OF THE WESSEX MARINE SAFETY AGENCY', where
    no body was read or only the organisation's initials ('WMSA Board Meeting minutes' over it)."""
    named = BOARD_OF_THE_RE.match(committee or "")
    if not named or body and body not in (named["org"], _initials(named["org"])):
        return body, committee
    return named["org"], named["committee"]


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[0].isupper())


def _without_initials(body: str | None, committee: str | None) -> str | None:
    """'CHPA Board' of the Civil Harbour Police Authority: its initials are no part of the board's name."""
    words = (committee or "").split()
    if body and len(words) >= 2 and len(words[0]) >= 3 and words[0].upper() == _initials(body):
        return " ".join(words[1:])
    return committee


def _board_of_heading(body: str | None, committee: str | None, lines: list[str]) -> str | None:
    """'Board meeting: 11 September 2026' heading a department's summary: the board, where no other committee is
    found (the department is the body)."""
    if committee not in (None, body):
        return committee
    for line in lines[:3]:
        named = NAMED_MEETING_HEADING_RE.match(line.strip())
        if named:
            return _title_case_caps(named["committee"])
    return committee
