"""The committee (meeting body) of a paper: 'Minutes of the X held', labelled fields, the heading line
naming it, running heads and salutations, without the body's place or the kind of meeting."""

from __future__ import annotations

import re

from ..dates import MONTH_RE, WEEKDAY_RE, find_meeting_date
from ..models import DocType
from ..pdf import PROTECTIVE_MARKING_RE, PageLayout
from .bodies import (
    PART_DASHED_SUFFIX_RE,
    UNIVERSITY_COURT_RE,
    body_from_meeting_title,
    defined_initialism,
    expand_initialism,
)
from .headings import heading_lines, running_heads
from .meeting_dates import MOVED_VERBS_RE, _only_a_date
from .numbering import PAGE_RANGE_RE
from .patterns import (
    COMMITTEE_WORDS,
    LABEL_LINE_RE,
    MEETING_KIND_RE,
    MEETING_WORDS,
    PAPER_PURPOSES,
    SMALL_WORDS,
    _heading_like,
    _title_case_caps,
    _titled,
    without_date_tail,
)

MINUTES_OF_RE = re.compile(  # Scottish councils print 'Minute of Meeting of ...'; informal groups 'Notes of a meeting'
    # 'Agenda for the Cabinet meeting to be held on …', 'Agenda of the meeting of the Planning Committee to be held'
    r"(?:(?:minutes?|notes|record)\s+of\s+(?:(?:a|the|an)\s+)?|^agenda\s+(?:of|for)\s+(?:a|the)\s+"
    r"|^at\s+(?:a|the|an)\s+(?=meeting\s+of\b))"
    r"(?:(?:(?:extraordinary|special|ordinary|annual|regular|adjourned|full|remote|virtual|online|hybrid)\s+)?"
    # a committee of at most 1,500 characters (searched alone along a line of 'Minutes of …' with no 'held', it read to
    # the line's end from each one; the longest on the dev pages and the training sets is 1,005)
    r"meeting\s+of\s+(?:the\s+)?)?(?P<committee>.{1,1500}?)"
    # a whitespace run that fails to lead to 'held' fails from each of its places: try it once, from its start
    r"(?<!\s)\s++(?:(?:virtual|remote|online|hybrid)\s++)?(?:meeting\s++)?(?:(?:is\s+)?to\s+be\s++)?"
    r"(?:held|which took place)\b",
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


# 'Minutes of the last Fire Authority meeting' (an item's title): another meeting of the committee, not this one
# 'Minutes of the previous meeting' (an unnumbered item's title): the word alone names no committee either
OTHER_MEETING_RE = re.compile(r"(?:the\s+)?(?:last|next|previous)(?:\s+(?!meeting\b)[A-Z]|\s*$)", re.I)
# 'That the Minutes of the meeting ... held on 8 December 2021 be approved': the last meeting, not this one
# ('The minutes of the Ordinary Meeting held on …' opening a sentence too)
PREVIOUS_MINUTES_RE = re.compile(r"\b(?:the|that|to|confirm|approve|agree|sign|received?|note)\s*$", re.I)


def _without_kind_of_meeting(committee: str) -> str:
    """'San Juan City Council Regular Meeting' -> 'San Juan City Council': the kinds of meeting and 'Meeting' at the
    end taken off (read word by word from the end: a pattern for it rescanned a long run of kind words from each)."""
    words = list(re.finditer(r"\S+", committee))
    if len(words) < 3 or words[-1][0].lower() != "meeting" or committee[-1].isspace():
        return committee
    first_kind = len(words) - 1
    while first_kind > 1 and re.fullmatch(MEETING_WORDS, words[first_kind - 1][0], re.I):
        first_kind -= 1
    if first_kind == len(words) - 1:
        return committee  # no kind of meeting before 'Meeting'
    return committee[: words[first_kind].start()].rstrip()


# the kind of a principal council at the end of its name (a parish, town or community council keeps its whole name)
PRINCIPAL_COUNCIL_END_RE = re.compile(
    r"(?<![\w-])(?:(?:County\s+|Metropolitan\s+)?Borough|City|County|District)\s+Council$"
)


def _strip_place(committee: str, body: str | None) -> str:
    """'Township of Nipissing Council' -> 'Council', 'Rivergrove City Council' -> 'City Council': a
    council's own meeting named with the council's place. Parish, town and community councils keep
    their full name (the council is both body and committee)."""
    if not body:
        return committee
    # 'HEATHFIELD PARISH COUNCIL MEETING': the council's own meeting ('... Meeting December': with its month)
    if re.fullmatch(rf"{re.escape(body)}\s+meeting(?:\s+(?:{MONTH_RE}))?", committee, re.I):
        return body
    plain = _without_kind_of_meeting(committee)
    if COMMITTEE_WORDS.search(plain):
        committee = plain  # 'San Juan City Council Regular Meeting': the council, not the kind of meeting
    place = re.sub(
        r"^(?:the\s+)?(?:(?:London\s+|Royal\s+)?Borough|City|Township|Town|Village|County|District)\s+of\s+|"
        r"(?<!\s)\s+(?:County|City|Borough|District|Metropolitan Borough)\s+Council$",
        "",
        body,
        flags=re.I,
    )
    principal = PRINCIPAL_COUNCIL_END_RE.search(body)
    if principal and " ".join(committee.split()).lower().endswith(f" {body.lower()}") and _titled(committee):
        # 'Derry City and Strabane District Council' meeting, the body read without its first word: its own meeting
        return principal[0]
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


MEETING_NUMBER_RE = re.compile(r"(?<!\s)\s+meeting\s+(?:no\.?\s?\d{1,4}(?:\s?\(\d{4}\))?|of(?:\s+the)?$)(?=\s|$)", re.I)
PART_LABEL_RE = re.compile(r"part\s+(?:[a-d]|\d|[ivx]{1,3}|one|two)", re.I)
# 'PART A - OPEN ITEMS', 'Part 1: Public Agenda' over the first items: a part of the agenda and what it holds
PART_HEADING_RE = re.compile(r"part\s+(?:[a-d]|\d|[ivx]{1,3}|one|two)\s*[-–—:(]", re.I)
# 'A. PUBLIC HEARINGS, REPORTS & APPEARANCES', '1. Apologies' under 'AGENDA': the first item, no committee
# ... or 'A1 Apologies', '1 Apologies' (a number without a stop)
ITEM_OPENING_RE = re.compile(
    r"\(?(?:[A-Za-z]|\d{1,3}(?:\.\d{1,2})?|[ivxIVX]{1,4})[.)]\s|[A-H]\d{1,2}\s|\d{1,3}\s{1,3}[A-Z]"
)
# 'Item' (a scan's box of the grid's 'Item | Report | Pages' header row) under 'AGENDA': the list's header
GRID_HEADER_RE = re.compile(r"(?:agenda\s+)?(?:items?|no\.?|number|subject|title|report|business)(?:\s+no\.?)?", re.I)
# "A meeting of the Audit Committee will be held:" (a summons whose committee name is a running head)
MEETING_OF_RE = re.compile(
    # 'to attend the Budget Meeting of Keston Borough Council': a council's budget meeting is its own
    # ('The regular monthly meeting of the Board of Directors was held on 26 June 2026': two kinds of meeting)
    # ('to attend the March Monthly Meeting of Westfold County Council, to be held on Monday next': its month too)
    # 'Meeting of the Finance Committee to be held at …' opening a line
    rf"(?:\b(?i:a|the)\s+|^|(?<=\n))(?i:next\s+)?(?i:(?:{MONTH_RE})\s+)?"
    r"(?i:(?:regular|special|ordinary|extraordinary|annual|budget|monthly|quarterly)\s+){0,2}"
    r"(?i:meeting\s+of\s+(?:the\s+)?)"
    # 'a meeting of the POLICY, FINANCE AND DEVELOPMENT COMMITTEE to be held': a comma inside the name too
    r"(?P<committee>[A-Z][\w&'’-]*(?:,?\s+(?:(?:of|for|and)\s+)?[A-Z&][\w&'’-]*){0,5}?)(?:\s+|(?=,\s))"
    r"(?:\([A-Z]{2,6}\)\s+)?"  # 'a meeting of the INTEGRATION JOINT BOARD (IJB) will be held': its initials
    r"(?:(?:,\s+)?(?i:(?:which|that)\s+)?(?i:will\s+be|is\s+to\s+be|to\s+be|was|were)\s+(?i:held)\b|(?i:is\s+scheduled)\b"
    # 'to attend a meeting of the Cabinet on Thursday, 30 January 2025'
    rf"|(?i:on|at)\s+(?=(?i:{WEEKDAY_RE})|\d|(?i:the)\s+\d)"
    # '… of Keston Borough Council in the Assembly Hall, Keston Town Hall, on …': the room after the name
    r"|(?i:in\s+the)\s+(?=(?:[A-Z][\w'’-]*\s+){0,3}(?i:hall|chamber|room|suite|parlour|centre)\b))"
)
# 'Notice is hereby given that the Licensing Committee will meet on ...'
WILL_MEET_RE = re.compile(
    r"\b(?i:the)\s+(?P<committee>[A-Z][\w&'’-]*(?:\s+(?:(?:of|for|and)\s+)?[A-Z&][\w&'’-]*){0,5}?)\s+"
    r"(?i:will|shall|is\s+to)\s+meet\b"
)
# 'The Board of Supervisors of the Kandle Water District held its monthly meeting on …': the minutes' opening sentence
HELD_ITS_RE = re.compile(
    r"\b(?i:the)\s+(?P<committee>[A-Z][\w&'’-]*(?:\s+(?:(?:of|for|and|the)\s+){0,2}[A-Z&][\w&'’-]*){0,10}?)\s+"
    r"(?i:held\s+its)\b"
)
ORDINAL = (  # 'Minutes of the last meeting held ... of the above Community Council': which meeting too
    r"(?:\d{1,3}(?:st|nd|rd|th)|last|inaugural|(?:[a-z]+-)?(?:first|second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]+tieth))"
)
# starts only after a non-space and at a word's start ('Panel – Twenty-second Meeting'), so a long word or run of
# spaces before 'meeting' is read once (it was tried from each of its characters: 11 s on a 20,000-letter word)
ORDINAL_MEETING_RE = re.compile(rf"(?<!\s)\s*+[-–—,:]?\s*+\b{ORDINAL}\s+meeting$", re.I)
# 'Minutes of the 52nd meeting of the Board held on': which meeting of the board, not part of its name
ORDINAL_MEETING_OF_RE = re.compile(rf"^{ORDINAL}\s+meeting\s+of\s+(?:the\s+)?(?=[A-Z])", re.I)
# 'Minutes of the Public Meeting held on' under the board's name: which part of the meeting, no meeting body
# 'Minutes of the virtual meeting held on Zoom': how it met, no meeting body either
MEETING_PART_RE = re.compile(r"(?:public|private|open|closed|virtual|remote|online|hybrid)(?:\s+session)?", re.I)
# 'Minutes of the Public Trust Board meeting held': the part of the board's meeting, not its name (a 'Public Health
# Board' or 'Public Accounts Committee' is named so)
PART_BEFORE_BOARD_RE = re.compile(r"^(?:public|private)\s+(?=(?:trust\s+)?board(?:\s+of\s+directors)?$)", re.I)
AUTHORITY_RE = re.compile(r"\bAuthority\b")
# 'Minutes of a meeting of the above Committee held': the committee named on a line above, not a name
ABOVE_NAMED_RE = re.compile(r"(?:the\s+)?above(?:[- ](?:named|mentioned))?\s+[A-Z][\w-]*", re.I)
# 'MINUTES OF THE MEETING OF X PARISH COUNCIL' over 'The Annual Meeting of the Parish Council was held …': the
# heading's name, the sentence under it opening anew
SENTENCE_UNDER_NAME_RE = re.compile(r"\n(?=the\s+(?:\w+\s+){0,4}(?:meeting|council|committee|board)\b)", re.I)
EXECUTIVE_RE = re.compile(r"(?:the\s+)?executive", re.I)
COMMITTEE_MEETING_OF_COUNCIL_RE = re.compile(
    r"\A(?P<name>[A-Z][^\n]{2,79}?)\s+meeting\s+of\s+(?:the\s+)?council\Z", re.I
)
# 'Briefing report from the Board of Trustees meeting', 'Summary of the June 2026 Board of Directors Meeting': a
# paper about a meeting of the board
REPORT_FROM_MEETING_RE = re.compile(
    rf"\A(?:(?:briefing|summary)\s+)?(?:report|summary|briefing|update)\s+(?:from|of)\s+(?:the\s+)?"
    rf"(?:(?:{MONTH_RE})\s+(?:19|20)\d\d\s+)?(?P<name>[A-Z][^\n]{{2,60}}?)\s+meeting(?:\s+on)?\Z",
    re.I,
)
HELD_END_RE = re.compile(r"(?<!\s)\s+held(?:\s+on)?$", re.I)
MONTH_BEFORE_NAME_RE = re.compile(
    rf"^(?:(?:agenda|minutes)\s*[-–—:]\s*)?(?:{MONTH_RE}),?\s+(?:19|20)\d\d\s+(?=[A-Z])", re.I
)
MEETING_END_RE = re.compile(r"meeting$", re.I)  # how every ordinal meeting ends
PAPER_REF_RE = re.compile(r"^([A-Z]{2,5})\s?\(\d{1,3}\)")  # "TB (5) 1.i Action Log": a paper of the TB


# a meeting of all the body's members (or electors): the body itself is the meeting body
GENERAL_MEETING_RE = re.compile(
    r"(?:^|\s)(?:annual general meeting|extraordinary general meeting|general meeting|agm|egm|a\.g\.m\.?|"
    r"annual (?:parish |town )?meeting|annual meeting of the (?:parish |town )?council)$",
    re.I,
)


MUNICIPALITY_RE = re.compile(r"^(?P<kind>City|Town|Township|Village|County|Shire|Municipality)\s+of\s+[A-Z]")


# a committee read on into the heading's date: 'Annual Parish Meeting 13th May 2014', 'Annual General Meeting on
# Tuesday, 8th May, 2018' (the date is the meeting's, no part of its name)
COMMITTEE_DATE_TAIL_RE = re.compile(
    rf"(?<!\s)\s++(?:(?:held\s+)?on\s+)?(?:(?:{WEEKDAY_RE}),?\s+)?(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"(?:{MONTH_RE})\b.*$",
    re.I,
)
# a council's (or committee's) kind ending on 'of' right before 'held': the place its name goes on with is missing
PLACE_NOT_PRINTED_RE = re.compile(
    r"^(?P<kind>(?:[A-Z][\w'’-]*\s+){0,3}(?i:council|committee|board|authority))\s+(?i:of)$"
)
# 'Councillor Ann Lyle, Westmoor Council (AL)': a member and the council she sits on, a row of the attendance
MEMBER_AND_COUNCIL_RE = re.compile(r"(?:Councillor|Cllr\.?)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s")
# a word no name ends with: a committee read on into the sentence ('The Annual Meeting of the Parish Council was',
# 'recent meeting & Agenda for next Draft Minutes of the', '… Special Council Meeting of X Municipality Which Was')
DANGLING_END_RE = re.compile(r"\s(?:was|were|is|are|of|the|a|an|and|&|for|on|at|to|by|with|which)$", re.I)


def _whole_name(committee: str | None) -> str | None:
    """The committee as a name: a date it ran on into cut off; none where it begins in lower case or ends on a word
    no name ends with (it is a piece of a sentence, and a wrong committee is worse than none)."""
    if not committee:
        return committee
    tail = COMMITTEE_DATE_TAIL_RE.search(committee)
    if tail and find_meeting_date(tail[0]) is not None and tail.start() > 0:
        committee = committee[: tail.start()].strip()
    if committee[:1].islower() or DANGLING_END_RE.search(committee) or MEMBER_AND_COUNCIL_RE.match(committee):
        return None
    return committee


def find_committee(pages: list[PageLayout], doc_type: DocType, body: str | None) -> str | None:
    return _whole_name(_find_committee_read(pages, doc_type, body))


def _find_committee_read(pages: list[PageLayout], doc_type: DocType, body: str | None) -> str | None:
    committee = _named_in_heading(_find_committee(pages, doc_type, body), pages, body)
    municipality = MUNICIPALITY_RE.match(body or "")
    if committee == body and municipality and doc_type in ("minutes", "agenda_pack"):
        # a municipality's own meeting that names no committee is its council's ('City Council' where printed)
        kind = f"{municipality['kind']} Council"
        return kind if any(re.search(rf"\b{kind}\b", page.text) for page in pages) else "Council"
    if committee and body and GENERAL_MEETING_RE.search(committee):
        return body
    if _local_council_meeting(committee, body):
        return body  # 'Minutes of the Parish Council Meeting' (or 'of the Full Council') of a parish council
    if committee and ELECTORS_MEETING_RE.fullmatch(committee):
        return committee  # 'Annual Parish Meeting': the electors' statutory meeting is named so, not the council's
    if committee and re.search(r"(?<!\s)\s+meeting$", committee, re.I):
        rest = re.sub(r"(?<!\s)\s+meeting$", "", committee, flags=re.I)
        if re.search(r"\b(?!meeting\b)\w+", rest) and COMMITTEE_WORDS.search(rest):
            # "Local Public Data Panel Meeting": the panel; 'Extraordinary Parish Council Meeting': the council's own
            return body if _local_council_meeting(rest, body) else _without_meeting_kind(rest)
    return _without_meeting_kind(committee)


# a person's name alone on a line, as an agenda prints an item's presenter: 'Mr Grayson', 'Mr Grayson/CC Hatfield'
PERSON_LINE_RE = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Cllr|Councillor|CC|DCC|ACC|Supt)\.?\s+[A-Z][\w'’-]+(?:/|\s+and\s+|,\s+|$))+"
    r"(?:[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)?"
)


BARE_COMMITTEE_RE = re.compile(r"(?:the\s+)?(board|committee|panel|commission|forum|partnership)", re.I)


def _named_in_heading(committee: str | None, pages: list[PageLayout], body: str | None) -> str | None:
    """'The next ordinary meeting of the Board is to be held' under 'WAITAKERE CONSERVATION BOARD': the board
    the heading names whole (under a body's name, 'NHS Northshire Integrated Care Board', it is the body's Board)."""
    bare = BARE_COMMITTEE_RE.fullmatch(committee or "")
    if not bare or body:
        return committee
    for text in heading_lines(pages, 3):
        named = _title_case_caps(text.strip())
        words = named.split()
        if 2 <= len(words) <= 8 and words[-1].lower() == bare[1].lower() and _heading_like(named):
            return named
    return committee


def _local_council_meeting(committee: str | None, body: str | None) -> bool:
    """'Parish Council', 'Full Council', 'Extraordinary Parish Council': a parish, town or community council's
    own meeting, named without the council's place."""
    generic = re.fullmatch(
        rf"(?:the\s+)?(?:(?:{MEETING_WORDS})\s+)?((?:parish|town|community|village)\s+)?council", committee or "", re.I
    )
    local = re.search(r"\s((?:parish|town|community|village)\s+council)$", body or "", re.I)
    return bool(generic and local and (not generic[1] or f"{generic[1]}council".lower() == local[1].lower()))


def _find_committee(pages: list[PageLayout], doc_type: DocType, body: str | None) -> str | None:
    titled = body_from_meeting_title(heading_lines(pages, 12))
    if titled:
        return titled[1]
    committee = _committee_from_heading(pages, body)
    if committee in (None, body) and any(
        UNIVERSITY_COURT_RE.fullmatch(_title_case_caps(text.strip())) for text in heading_lines(pages, 3)
    ):
        return "University Court"  # 'UNIVERSITY COURT OF KILRENNY': the court of the university (the body)
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
            if committee == body and body and _labelled_as_meeting(body, heading_lines(pages, 12)):
                # 'Report to:   Westmarch Fire and Rescue Authority': the report goes to the authority's own meeting
                return body
            return _addressed_committee(pages, body)  # else no committee: the body is not one
    return _strip_place(committee, body) if committee else committee


def _labelled_as_meeting(body: str, lines: list[str]) -> bool:
    """A meeting label of a report's title block ('Report to:', 'Meeting:') whose value is the body itself, a body
    that meets as itself (an authority, a panel)."""
    for text in lines:
        label = MEETING_LABEL_RE.match(text.strip())
        if label and _title_case_caps(text.strip()[label.end() :].strip(" .")).lower() == body.lower():
            return True
    return False


# the parish's or town's electors' yearly meeting (Local Government Act 1972, sch. 12): a meeting of its own name
ELECTORS_MEETING_RE = re.compile(r"(?:the\s+)?annual\s+(?:parish|town|village|community)\s+meeting", re.I)


def _without_meeting_kind(committee: str | None) -> str | None:
    """'Regular Council' -> 'Council', 'Police District Council Regular' -> 'Police District Council': the
    kind of meeting is not part of the committee's name ('Special Educational Needs Committee' is kept)."""
    if not committee:
        return committee
    words = committee.split()
    if not words:
        return None  # spaces only: no committee
    while len(words) > 1 and MEETING_KIND_RE.fullmatch(words[-1]):
        words.pop()
    bare = re.fullmatch(
        r"(?:(?:City|Town|Township|Village|County|Borough|District|Parish)\s+)?Council", " ".join(words[1:]), re.I
    )
    # 'Extraordinary Council'; ModernGov's 'Annual, Council' (the kind of meeting, a comma, the committee)
    # 'Annual Parish Council': the council's annual meeting (not 'Annual Parish Meeting', the electors')
    kind = (
        MEETING_KIND_RE.fullmatch(words[0])
        or re.fullmatch(r"(?:annual|special|ordinary|extraordinary),", words[0], re.I)
        or (bare and re.fullmatch(r"annual", words[0], re.I))
    )
    # 'Regular Board of Aldermen': the kind of meeting before a board named by its members
    board_of = re.match(r"Board\s+of\s+[A-Z]", " ".join(words[1:]))
    return " ".join(words[1:] if kind and (bare or board_of) else words)


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
    r"^(?:meeting(?:\s+of)?|meeting\s+name|name\s+of\s+(?:the\s+)?(?:meeting|committee)|committee(?:\s+(?:name|title))?)"
    r"\s*:\s*"
    r"(?P<value>\S.*)$",
    re.I,
)


LATER_LABEL_CELL_RE = re.compile(r"(?<=\S)\s{3,}(?=[A-Z][\w'’]*(?:\s[\w'’]+){0,2}:(?:\s|$))")
CELL_GAP_RE = re.compile(r"(?<!\s)\s{3,}(?=\S)")
HELD_TAIL_RE = re.compile(r"(?<!\s)\s+(?:to\s+be\s+|was\s+)?held\b", re.I)


def _labelled_committee(lines: list[str], body: str | None, pages: list[PageLayout]) -> str | None:
    """The committee a labelled field names: read as any heading line, else taken whole where it is
    committee-shaped ('Council Offices sub-committee' is no title-cased heading, but the label says what it is)."""
    for index, text in enumerate(lines):
        field = MEETING_FIELD_RE.match(text)
        if not field:
            # 'Pwyllgor:   Pwyllgor Cynllunio   Committee:   Planning Committee': a bilingual row, the English label
            # in a later cell
            later = next(
                (gap.end() for gap in CELL_GAP_RE.finditer(text) if MEETING_FIELD_RE.match(text[gap.end() :])), 0
            )
            if later:
                text = text[later:]
                field = MEETING_FIELD_RE.match(text)
        if not field and index + 1 < len(lines) and MEETING_FIELD_RE.match(f"{text.strip()} x"):
            # 'Committee:' alone and its value on the next line (a scan reads the label and its cell apart)
            text = f"{text.strip()} {lines[index + 1].strip()}"
            field = MEETING_FIELD_RE.match(text)
        if not field:
            continue
        # 'Committee:   Licensing Committee   Pwyllgor:   Pwyllgor Trwyddedu': the value ends at the next label
        text = LATER_LABEL_CELL_RE.split(text, maxsplit=1)[0]
        field = MEETING_FIELD_RE.match(text)
        found = _committee_in_line(text, None, body, pages)
        if found:
            return found
        # 'Meeting: Board of Directors meeting to be held on 24 June 2026': the board, not when it meets
        value = HELD_TAIL_RE.split(without_date_tail(field["value"]), maxsplit=1)[0].strip(" –-:|")
        if COMMITTEE_WORDS.search(value) and len(value) <= 70 and not POST_RE.search(value) and value != body:
            return _title_case_caps(value)
    return None


def _under_meeting_summary(lines: list[str], body: str | None, pages: list[PageLayout]) -> str | None:
    """'Meeting Summary' over 'Scrutiny Panel' over '27 Jan 2026 - 18:00': a CMIS meeting page's heading over its
    meeting body, read before a line above it ('WDC Full Council - 15/07/2026 18:00', the page's own title)."""
    for index, text in enumerate(lines[:-1]):
        if text.strip().lower() == "meeting summary":
            return _committee_in_line(lines[index + 1].strip(), None, body, pages)
    return None


def _committee_above(lines: list[str], index: int, body: str | None, pages: list[PageLayout]) -> str | None:
    """'Quality, Safety & Experience (QSE) Committee' over 'Minutes of the Meeting Held on ...': the line directly
    above a heading that names no meeting body is the committee, when it is committee-shaped."""
    if index == 0:
        return None
    above = lines[index - 1].strip()
    found = _committee_in_line(above, lines[index - 2] if index > 1 else None, body, pages)
    if found:
        # 'ENVIRONMENT AND TRANSPORT' over 'CABINET COMMITTEE' over 'MINUTES of a meeting held on': the name's two lines
        return _with_name_above(found, lines[index - 2] if index > 1 else None, body)
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


def _meeting_kind_only(committee: str) -> bool:
    """'Monthly Meeting', 'the Annual General Meeting held on', 'Monthly' (the words before 'Meeting held'): a meeting
    named by its kind, no committee's name."""
    first = re.split(r"\s+(?:held|on|at|in)\b", committee.split("\n")[0], maxsplit=1, flags=re.I)[0]
    first = re.sub(r"^(?:the|a|an)\s+", "", first.strip(), flags=re.I)
    return (
        re.fullmatch(
            rf"(?:{MEETING_WORDS}|general)(?:\s+(?:{MEETING_WORDS}|general))*(?:\s+meeting)?|meeting", first, re.I
        )
        is not None
    )


def _committee_from_heading(pages: list[PageLayout], body: str | None) -> str | None:
    lines = [_title_case_caps(text) for text in heading_lines(pages, 12)]
    head = "\n".join(lines)
    labelled = _labelled_committee(lines, body, pages) or _under_meeting_summary(lines, body, pages)
    if labelled:
        return labelled
    above_named = _above_named(lines, head, body, pages)
    if above_named:
        return above_named
    matches = [
        found
        for found in minutes_of_matches(head)
        if not PREVIOUS_MINUTES_RE.search(head[head.rfind("\n", 0, found.start()) + 1 : found.start()])
        and not OTHER_MEETING_RE.match(found["committee"])
        and not ABOVE_NAMED_RE.fullmatch(found["committee"])
        # 'Minutes of the previous meeting' over 'To approve the minutes of the meeting held on …'
        and not OTHER_MEETING_RE.match(re.sub(r"\s+meeting\b.*", "", found["committee"], flags=re.I | re.S))
    ]
    # 'Minutes of Monthly Meeting held on …' over 'MINUTES OF MONTHLY MEETING OF COUNTY COUNCIL HELD AT …': a later
    # heading names whose meeting the first names only by its kind
    named = [found for found in matches if not _meeting_kind_only(found["committee"])]
    match = named[0] if named else matches[0] if matches else None
    if match:
        # 'Minutes of Ashby Parish Council' over 'Minutes of meeting held on ...': the second heading names no body
        committee = re.split(r"\n(?=(?:minutes?|notes|record)\s+of\b)", match["committee"], maxsplit=1, flags=re.I)[0]
        first = committee.split("\n")[0]
        if first != committee and COMMITTEE_WORDS.search(first) and SENTENCE_UNDER_NAME_RE.search(committee):
            committee = first
        elif first != committee and re.search(r"\smeeting$", first, re.I):
            committee = first[: -len("meeting")]  # 'MINUTES OF THE REGULAR COUNCIL MEETING' over the opening sentence
        committee = " ".join(committee.split())
        # 'MINUTES OF THE MEETING OF THE BOROUGH COUNCIL OF HELD AT': the place after 'of' is not in the text (set in a
        # logo's font or an image), the council's kind is what the heading prints of its name
        committee = PLACE_NOT_PRINTED_RE.sub(r"\g<kind>", committee)
        if ORDINAL_MEETING_RE.fullmatch(f"{committee} meeting") or MEETING_PART_RE.fullmatch(committee):
            committee = "meeting"  # 'Minutes of the seventy-second meeting held on': which meeting; the body is above
        committee = PART_BEFORE_BOARD_RE.sub("", ORDINAL_MEETING_OF_RE.sub("", committee))
        # 'FULL BOARD MEETING OF THE BOARD OF GOVERNORS': the meeting of the whole board, then the board
        committee = re.sub(
            r"^(?:full\s+)?board\s+meeting\s+of\s+(?:the\s+)?(?=board\s+of\b)", "", committee, flags=re.I
        )
        # 'the Trust Board Meeting (Part 1) held in public': which part of the meeting, not the board's name
        committee = re.sub(r"(?:\s+meeting)?\s*\((?:part\s+\w{1,3}|public|private)\)$", "", committee, flags=re.I)
        committee = re.sub(r"^(the|a|an)\s+", "", committee, flags=re.I)
        committee = re.sub(r"(?<=s)['’]$", "", committee)  # 'the Trustees’ Meeting'
        # 'the Council Meeting of the Llanfair Community Council', 'the Regular Meeting of Council for The
        # Corporation of the Township of X,': the meeting's kind and the body's legal name are not the committee
        # 'MINUTES OF SEPTEMBER MONTHLY MEETING OF X COUNTY COUNCIL', 'Minutes of Proceedings at Meeting of County
        # Council', 'Minutes of Proceedings of a Meeting of X District Council': the month and the proceedings name
        # the meeting too
        committee = re.sub(
            rf"^(?:proceedings\s+(?:at|of)\s+(?:(?:a|the)\s+)?)?(?:(?:{MEETING_WORDS}|council|{MONTH_RE})\s+)*"
            r"meeting\s+of\s+(?:the\s+)?(?=\S)",
            "",
            committee,
            flags=re.I,
        )
        corporation = r"(?<!\s)\s+(?:for|of)\s+the\s+corporation\s+of\b.*$"
        committee = re.sub(corporation, "", committee, flags=re.I).rstrip(" ,")
        # 'MINUTES of the proceedings of the Board at a Meeting held at': the board whose proceedings they are
        committee = re.sub(
            r"^proceedings\s+of\s+(?:the\s+)?(?P<name>.+?)\s+at\s+(?:a|an|the)$", r"\g<name>", committee, flags=re.I
        )
        # 'Minutes of proceedings of a POLICY RESOURCES & SERVICES COMMITTEE MEETING of the Council held': the
        # council's committee whose meeting it was
        committee = re.sub(r"^proceedings\s+(?:at|of)\s+(?:an?|the)\s+", "", committee, flags=re.I)
        of_council = COMMITTEE_MEETING_OF_COUNCIL_RE.fullmatch(committee)
        if of_council and COMMITTEE_WORDS.search(of_council["name"]):
            committee = of_council["name"]
        if body:  # 'the Planning Committee of South Lanarkshire Council'
            # 'the Board of Directors for Kinross Sports and Leisure Trust'
            committee = (
                re.sub(rf"(?<!\s)\s+(?:of|for)\s+(?:the\s+)?{re.escape(body)}$", "", committee, flags=re.I) or committee
            )
        if re.fullmatch(rf"(?:(?:{MEETING_WORDS}|general)\s*)+", committee, re.I) or (
            body and GENERAL_MEETING_RE.search(f"{committee} meeting")  # 'the Annual Parish Meeting held on'
        ):
            return body  # 'MINUTES OF THE ANNUAL MEETING HELD ON': the body's own meeting
        if ELECTORS_MEETING_RE.fullmatch(f"{committee} meeting"):
            return f"{committee} Meeting"  # 'Minutes of the Annual Parish Meeting held on', no parish named above
        undated = without_date_tail(committee).strip()
        if undated != committee and re.fullmatch(rf"(?:(?:{MEETING_WORDS})\s+)*meeting", undated, re.I):
            return body  # 'Minutes of Meeting – Tuesday 20th February 2024, 7pm' / 'Held at the Scout Hut'

        # 'Record of decisions taken at the meeting held on ...': notes or a record name a meeting body or none
        # 'At a meeting of the Combined Fire Authority for X held at': an authority meets as itself
        named = match[0][:1].lower() == "m" or COMMITTEE_WORDS.search(committee) or AUTHORITY_RE.search(committee)
        if 2 < len(committee) < 80 and not re.match(r"^(meeting|minutes|hearing)$", committee, re.I) and named:
            return _title_case_caps(committee)
        # 'Minutes of the Meeting Held on', a licensing sub-committee's 'Minutes of the hearing held on': the committee
        # is above
        if re.fullmatch(r"meeting|hearing", committee, re.I):
            lead = head[head.rfind("\n", 0, match.start()) + 1 : match.start()].strip(" –—-:|")
            beside = _committee_in_line(lead, None, body, pages) if lead else None  # 'JCC – Notes of meeting held'
            if beside:
                return beside
            above = _committee_above(lines, head.count("\n", 0, match.start()), body, pages)
            if above:
                return above
    meeting_of = MEETING_OF_RE.search(head) or WILL_MEET_RE.search(head) or HELD_ITS_RE.search(head)
    # 'a meeting of the Partnership in the Willow Room': a bare kind before the room is the body's own meeting, which
    # the heading names whole (read below)
    bare_before_room = (
        meeting_of
        and re.search(r"\sin\s+the\s*$", meeting_of[0], re.I)
        and re.fullmatch(
            r"board|committee|panel|commission|forum|partnership|council|authority|group", meeting_of[1], re.I
        )
    )
    if meeting_of and COMMITTEE_WORDS.search(meeting_of["committee"]) and not bare_before_room:
        return _title_case_caps(meeting_of["committee"])  # '... a meeting of the PLANNING COMMITTEE to be held'

    for index, text in enumerate(lines[:-1]):
        cells = [cell.strip() for cell in text.split("   ") if cell.strip()]
        if cells and MEETING_LABEL_RE.fullmatch(cells[0]) and DECIDER_LABEL_RE.match(cells[0]):
            # 'DECISION TO BE TAKEN BY:   DECISION NO:' over 'Cabinet   24/00096': a form's label row over its values
            value = lines[index + 1].split("   ")[0].strip()
            found = _committee_in_line(f"{cells[0]} {value}", None, body, pages) if value else None
            if found:
                return found
        if len(cells) >= 3 and re.fullmatch(r"meeting|committee|board|meeting of", cells[0], re.I):
            # a grid's header row ('Meeting   Date   Time   Venue'): the committee is the cell under its label
            found = _committee_in_line(lines[index + 1].split("   ")[0].strip(), None, body, pages)
            if found:
                return found
    for index, text in enumerate(lines):
        if text.strip().lower() == "agenda" and index + 1 < len(lines):
            following = without_date_tail(lines[index + 1]).strip()
            header = "   " in following.strip() and not COMMITTEE_WORDS.search(following)  # 'Item No.   Subject'
            kind = re.search(r"\bagenda\b", following, re.I)  # 'Public Agenda', 'Supplementary Agenda': which part
            label = ":" in following or LABEL_LINE_RE.match(lines[index + 1])
            part = PART_LABEL_RE.fullmatch(following) or PART_HEADING_RE.match(following)  # a part of the agenda
            part = part or ITEM_OPENING_RE.match(following) or GRID_HEADER_RE.fullmatch(following)  # the list
            own = following.lower() == (body or "").lower()
            person = PERSON_LINE_RE.fullmatch(following)  # 'Mr Grayson' presenting the first item, under 'Agenda'
            pages_only = PAGE_RANGE_RE.fullmatch(following)  # '(Pages 1 - 10)' under the first item's title
            purpose = PURPOSE_LINE_RE.fullmatch(following)  # 'For Decision' under an item's title: what it is for
            if (
                kind
                or label
                or part
                or not _heading_like(following)
                or header
                or own
                or person
                or pages_only
                or purpose
            ):
                pass  # 'Enquiries to: Democratic Services, ...', 'Date: Thursday 19 July 2018', a list's header row
            elif not _printed_under_agenda(lines[index + 1], pages):
                pass  # 'Public Participation', a note under the numbered list: heading lines skip the list's lines
            elif following and COMMITTEE_WORDS.search(following) and _titled(following) or following.istitle():
                # not 'Published by Westford Borough Council' at the foot of the list
                found = _committee_in_line(following, None, body, pages)
                if found or not _opens_with_body(following, body):
                    return found or following
    for index, text in enumerate(lines):
        found = _committee_in_line(text, lines[index - 1] if index else None, body, pages)
        if found:
            return _with_name_above(found, lines[index - 1] if index else None, body)
        if index and body and _executive_under_body(lines, index, body):
            return "Executive"  # 'BRAYFORD BOROUGH COUNCIL' over 'EXECUTIVE': a council's executive, its cabinet
        if _executive_over_date(lines, index):
            return "Executive"
    return body


def _above_named(lines: list[str], head: str, body: str | None, pages: list[PageLayout]) -> str | None:
    """'DEVELOPMENT SERVICES COMMITTEE 14 OCTOBER 2014' over 'Minutes of a meeting of the above Committee held …': the
    nearest line above that names a committee of the kind the sentence refers to (not the council's name over it)."""
    for found in minutes_of_matches(head):
        above = ABOVE_NAMED_RE.fullmatch(found["committee"])
        if not above:
            continue
        kind = found["committee"].split()[-1].lower()
        for index in range(head.count("\n", 0, found.start()) - 1, -1, -1):
            named = _committee_in_line(lines[index], lines[index - 1] if index else None, body, pages)
            if named and re.sub(r"\s+meeting$", "", named, flags=re.I).split()[-1].lower() == kind:
                return named
    return None


def _printed_under_agenda(text: str, pages: list[PageLayout]) -> bool:
    """The heading line ``text`` is printed right under an 'Agenda' line on its page, no line between (heading lines
    pass over the list's numbered lines, so the bold note under the list would seem to follow 'AGENDA')."""
    for page in pages[:3]:
        texts = [line.text.strip() for line in page.body_lines()]
        for at, line in enumerate(texts[1:], start=1):
            if line == text.strip():
                return texts[at - 1].lower() == "agenda"
    return True


# '… - Wednesday 19 March 2025' after a meeting body's name: its date (a date is short: read 80 characters at most,
# from the start of a run of spaces, so that a long line of commas or spaces is read in linear time)
DASHED_DATE_END_RE = re.compile(r"(?<!\s)\s*+[-–—:,]\s+[^-–—:]{0,80}\b(?:19|20)\d\d$")


def _executive_under_body(lines: list[str], index: int, body: str) -> bool:
    """'EXECUTIVE' (or 'Executive - Wednesday 19 March 2025') under the council's name, or under the paper's kind under
    it ('Thornleigh District Council' / 'Record of Decisions' / 'Executive - …'): the council's executive."""
    text = lines[index].strip()
    dated = DASHED_DATE_END_RE.search(text)
    if dated and find_meeting_date(dated[0]):
        text = text[: dated.start()]
    if not EXECUTIVE_RE.fullmatch(text):
        return False
    above = index - 1
    while above > 0 and DOC_LABEL_RE.fullmatch(lines[above].strip()):
        above -= 1
    return lines[above].strip().lower() == body.lower()


def _executive_over_date(lines: list[str], index: int) -> bool:
    """'Executive' alone over 'Tuesday, 7th July, 2026 10.30 am' (a web page's meeting heading in two lines, as
    'Executive - Tuesday, 7th July, 2026 10.30 am' is in one): the meeting body over its meeting's date."""
    if not EXECUTIVE_RE.fullmatch(lines[index].strip()) or index + 1 >= len(lines):
        return False
    following = lines[index + 1].strip()
    return bool(following) and not without_date_tail(following) and find_meeting_date(following) is not None


# 'For Decision', 'For: Noting', 'For Decision / Assurance' under an agenda item's title: what the paper is for
PURPOSE_LINE_RE = re.compile(
    rf"for\s*:?\s+{PAPER_PURPOSES}(?:\s*/\s*{PAPER_PURPOSES})*",
    re.I,
)


# 'Overview and Scrutiny' over 'Management Board' (a logo box's two lines): the first part of the committee's name,
# a title of two parts joined by 'and' naming no meeting body itself
# (each word from its start and whole: a search tried from each capital inside a long word read it to its end)
NAME_PART_ABOVE_RE = re.compile(
    r"(?<![\w'’-])[A-Z][\w'’-]*+(?:\s+[A-Z][\w'’-]*+)?\s+(?:and|&)\s+[A-Z][\w'’-]*+(?:\s+[A-Z][\w'’-]*+)?"
)


# a form's cell giving where or when the meeting is ('Location: Brockington', 'Time: 7pm'), beside the meeting's name
MEETING_DETAIL_RE = re.compile(r"(?:location|venue|place|date|time|page)\s*:", re.I)
PAPER_KIND_RE = re.compile(r"\b(?:agenda|minutes|notice|summons|notes|papers?|reports?|supplement)\b", re.I)


def _with_name_above(committee: str, above: str | None, body: str | None) -> str:
    """'Overview and Scrutiny Management Board' from 'Overview and Scrutiny' over 'Management Board' (and from 'To:
    Environment and Transport' over 'Cabinet Committee – 16 March 2027', a title block's value wrapped)."""
    part = _title_case_caps(MEETING_LABEL_RE.sub("", (above or "").strip()))
    if (
        not NAME_PART_ABOVE_RE.fullmatch(part)
        or COMMITTEE_WORDS.search(part)
        or PAPER_KIND_RE.search(part)  # 'Notice and Agenda' over 'City Council Regular Meeting': the paper's kind
        or part.lower() in (body or "").lower()
    ):
        return committee
    return f"{part} {committee}"


# words only a Welsh heading prints: 'Cofnodion y Cabinet / Minutes of the Cabinet' is a bilingual heading
WELSH_HEADING_WORD_RE = re.compile(
    r"\b(?:[Yy]r?|Cofnodion|Pwyllgor|Cyngor|Cyfarfod|Rhaglen|Craffu|Cynllunio|Trwyddedu|Safonau|Archwilio|"
    r"Llywodraethu|Gweithredol|Bwrdd|Cymuned)\b"
)


def _english_half(text: str) -> str | None:
    """'Minutes of the Cabinet' of 'Cofnodion y Cabinet / Minutes of the Cabinet': the half of a bilingual Welsh
    heading that prints no Welsh word, when the other half does."""
    halves = [half.strip() for half in re.split(r"\s+/\s+", text.strip()) if half.strip()]
    if len(halves) != 2:
        return None
    welsh = [bool(WELSH_HEADING_WORD_RE.search(half)) for half in halves]
    return halves[welsh.index(False)] if welsh.count(False) == 1 else None


# a heading naming kinds of meeting body in the plural: a web site's section of them, not one meeting's body
WEB_SECTION_RE = re.compile(r"(?<!\s)\s+(?:forums|committees|councils|boards|panels)$", re.I)
# '**Meeting moved from Tuesday 25 June 2026**, Cabinet - Tuesday 9 July 2026 6.00 pm': a web page's note that the
# meeting was moved, before its heading ('Meeting rearranged from Wednesday, 27 April 2026' on a line of its own)
MOVED_MEETING_NOTE_RE = re.compile(
    # the old date ends with its year, a comma may be inside it ('Wednesday, 27 April 2026')
    rf"^\**\s*+meeting\s+{MOVED_VERBS_RE}\s+from\s+[^*\n]{{1,60}}?\b(?:19|20)\d\d\b\**"
    r"(?:\s*,\s*|\s*$)",
    re.I,
)


def _committee_in_line(text: str, previous: str | None, body: str | None, pages: list[PageLayout]) -> str | None:
    """The committee a heading line (or a running head) names, else None."""
    if previous and MEETING_DETAIL_RE.fullmatch(previous.strip()):
        return None  # 'Location:' over 'Virtual Meeting': the value of a label read apart from it, where it met
    text = MOVED_MEETING_NOTE_RE.sub("", text)
    english = _english_half(text) if " / " in text else None
    if english:
        return _committee_in_line(english, previous, body, pages)
    cells = [cell.strip() for cell in text.split("   ") if cell.strip()]
    if len(cells) >= 4:
        return None  # a table row ('• Breastfeeding Clinic   • Beyond the Page*   • Breastfeeding Support Group')
    if len(cells) == 3 and not COMMITTEE_WORDS.search(cells[0]) and any(_only_a_date(cell) for cell in cells[1:]):
        return None  # a dated entry of a plan's table ('Housing Revenue Account Budget   Cabinet   27 February 2025')
    # the label of the first cell ('Hereward Local Access Forum Meeting   Location: Brockington' opens with the name)
    label = LABEL_LINE_RE.match(text.split("   ")[0])
    meeting_label = MEETING_LABEL_RE.match(text)
    if label and not meeting_label:
        return None  # 'From:   Jane Doe, Cabinet Member for Finance': the value of a label other than the meeting's
    if DESIGNATION_RE.match(text):
        return None  # the next name of that 'From:' block: 'John Roe, Corporate Director of Finance'
    if meeting_label:
        # 'Meeting: Planning Committee', 'Decision maker:   Cabinet', 'To: the Environment and Transport Cabinet
        # Committee' (the article is no part of the name)
        text = re.sub(r"^the\s+(?=[A-Z])", "", text[meeting_label.end() :], flags=re.I)
        addressee = ADDRESSEE_RE.search(text)  # 'To: All Members of the Licensing Committee'
        text = addressee["committee"] if addressee and COMMITTEE_WORDS.search(addressee["committee"]) else text
        if POST_RE.search(text):
            return None  # 'Decision maker: Cabinet Member for Finance': a person's post
    # 'Board of Directors Meeting – Part 1 – Public': which part of the meeting, after dashes (an NHS board's heading)
    text = PART_DASHED_SUFFIX_RE.sub("", text)
    undated = without_date_tail(text)
    # 'COUNCIL MEETING HELD ON THURSDAY, 15 DECEMBER 2016' (its date cut off above); 'October 2025 County Council
    # Meeting', 'January 2026 Board Meeting Minutes': the month the meeting is in, before its body's name
    undated = MONTH_BEFORE_NAME_RE.sub("", HELD_END_RE.sub("", undated))
    reported = REPORT_FROM_MEETING_RE.fullmatch(undated.strip())
    if reported and COMMITTEE_WORDS.search(reported["name"]):
        undated = reported["name"]
    candidate = _without_body_part(undated.strip(" –-:|"), body)
    # 'Report to the Audit and Governance Committee', 'Appendix A to the report to Cabinet, 30 January 2025': the
    # meeting a report (or its appendix) goes to
    candidate = REPORT_TO_RE.sub("", candidate)
    reported = REPORT_OF_TO_RE.match(candidate)
    if reported:
        candidate = candidate[reported.end() :]
        if POST_RE.search(candidate):
            return None  # 'Report of the Director to the Cabinet Member for Resources': a decision by a post
    candidate = SALUTED_CHAIR_RE.sub("", candidate)  # 'TO: Honorable Mayor and City Council': the council addressed
    if body and len(body.split()) >= 2:  # 'WCC Pension Fund Committee': the body's initials before the committee
        initials = "".join(word[0] for word in body.split() if word.lower() not in SMALL_WORDS)
        candidate = re.sub(rf"^{re.escape(initials)}\s+(?=[A-Z])", "", candidate)
    # '... Meeting in the Village Hall'
    candidate = re.sub(r"(?<!\s)\s+(?:in|at)\s+the\s+[A-Z][\w'’ -]*$", "", candidate)
    # 'Board of Directors (Part 1) Meeting in Public': which part of the meeting, not the board's name
    candidate = re.sub(
        r"(?<!\s)\s*\((?:part\s+\w{1,3}|public|private|open|closed)(?:\s+session)?\)", "", candidate, flags=re.I
    )
    candidate = re.sub(r"(?<!\s)\s+(?:held\s+)?in\s+(?:public|private)$", "", candidate, flags=re.I)
    # 'CITIZEN REVIEW BOARD (CiRB) REGULAR MEETING': the initials after the name and the kind of meeting are not part
    # of it (initials inside the name stay: 'Quality, Safety & Experience (QSE) Committee')
    candidate = re.sub(
        # not 'Licensing Sub-Committee (Hearing)': a word naming the kind of sub-committee
        r"\b((?i:board|committee|commission|panel|authority|forum|group|partnership))\s"
        # nor 'Planning Committee (North)': the area an area committee serves
        r"\((?!(?i:hearings?|appeals?|north|south|east|west|central|rural|urban|city|area)\))[A-Z][A-Za-z]{1,7}\)(?=\s|$)",
        r"\1",
        candidate,
    )
    # 'Standing Advisory Council for Religious Education (SACRE)': the initials in brackets after the whole name
    candidate = re.sub(r"(?<=[a-z])\s\((?!(?i:hearings?|appeals?)\))[A-Z]{2,7}\)$", "", candidate)
    # 'Township Board – Regular Meeting – December 4, 2023': the dash before the kind of meeting goes with it
    candidate = _without_meeting_suffix(candidate).rstrip(" –-:|")
    # 'DISTRICT COUNCIL MEETING NO. 7(2026) MINUTES': which meeting of the council; 'BOARD OF DIRECTORS MEETING OF
    # THE' over the district's name: the board, then whose it is
    candidate = MEETING_NUMBER_RE.sub("", candidate)
    # 'Minutes of the Board of Trustees', 'Agenda for the Planning Committee', 'Journal of the Proceedings of the
    # City Council', 'Ordinary meeting of the Council': the heading names the meeting
    candidate = re.sub(
        r"^(?:(?:minutes?|notes?|summary|agenda|(?:journal\s+of\s+(?:the\s+)?)?proceedings)\s+(?:of|for)\s+(?:the\s+|a\s+)?"
        r"|meeting\s+minutes\s+"  # 'Meeting Minutes Board of Trustees': the paper's kind, then the meeting body
        # 'Minutes Annual Parish Council Meeting 12th May 2026': the paper's kind, then the kind of meeting
        rf"|minutes\s+(?=(?:{MEETING_WORDS})\s))?"
        r"(?:part\s+(?:\d|[ivx]{1,3}|one|two|[ab])\s+of\s+(?:the\s+)?)?"  # 'Minutes of Part 1 of the CCG ...'
        # 'A Special Meeting of the CORPORATE SERVICES (LICENSING) SUB-COMMITTEE' (a Scottish council's heading)
        # '69th MEETING OF THE WESTERN LOUGHS COMMISSION': which meeting of it
        rf"(?:(?:(?:an?|the)\s+)?(?:{ORDINAL}\s+)?(?:(?:ordinary|extraordinary|extra|special|regular|annual|full(?:\s+board)?)\s+)?"
        # 'Annual General Meeting of the Wendale Community Forum': a meeting of all the body's members
        r"(?:general\s+)?meeting\s+of\s+"
        r"(?:the\s+)?)?(?=[A-Z])",
        "",
        candidate,
        flags=re.I,
    )
    if body:  # 'City Council of the City of Lakeside', '... of the City of Santa Ana, California'
        of_body = rf"(?<!\s)\s+of\s+(?:the\s+)?{re.escape(body)}(?:,\s+[A-Z][\w ]+)?$"
        candidate = re.sub(of_body, "", candidate, flags=re.I)
    # "TB (7)1.ii   Transparency Board Action Log"; 'Licensing Committee   MINUTES': the label is not the name
    cells = [cell.strip() for cell in candidate.split("   ") if cell.strip()]
    # 'Hereward Local Access Forum Meeting   Location: Brockington': a form's labelled cells are not the name
    named_cells = [cell for cell in cells if not DOC_LABEL_RE.fullmatch(cell) and not MEETING_DETAIL_RE.match(cell)]
    candidate = (named_cells or [cell for cell in cells if not DOC_LABEL_RE.fullmatch(cell)] or cells or [""])[-1]
    if MEETING_END_RE.search(candidate[-len("meeting") - 1 :]):  # the scan below only where the text ends so
        candidate = ORDINAL_MEETING_RE.sub("", candidate)  # "Local Public Data Panel – Twenty-second Meeting"
    candidate = re.sub(r"^\d{1,3}(?:st|nd|rd|th)\s+(?=[A-Z])", "", candidate)  # '97th Board Meeting'
    named = candidate
    candidate = re.sub(
        # 'HARBOR COMMISSION STUDY SESSION MINUTES': a US commission's study or work session is its meeting's kind
        r"(?:\s+[-–—:])?\s+((?:(?:study|work)\s+session\s+)?minutes|agenda|meeting minutes|regular meeting minutes|"
        r"action log|actions|action points|action tracker|action register|"
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
    if re.search(r"(?<!\s)\s+meetings$", candidate, re.I):
        return None  # 'Council Meetings' heading a web page's list of meetings: a section, not the meeting's body
    if WEB_SECTION_RE.search(candidate) and not re.search(r"\bof\b", candidate, re.I):
        return None  # 'Community Council Forums' over one forum's minutes: the site's section ('Association of …')
    if re.fullmatch(rf"(?:(?:{MEETING_WORDS})\s+)*meeting(?:\s+(?:details|information))?", candidate, re.I):
        return None  # 'REGULAR MEETING – JANUARY 28, 1986', CMIS's 'Meeting Details': the meeting, not its body
    if DOC_LABEL_RE.fullmatch(candidate):
        return None  # 'Notice of Meeting' over the committee's name
    if previous and body and f"{previous.strip()} {candidate}".lower() == body.lower():
        return None  # 'Westshire' / 'County Council': a logo's two lines, the body
    if OTHER_MEETING_RE.match(candidate):
        return None  # 'Minutes of the last Fire Authority meeting': an item naming another meeting
    if re.search(r"\b(on|for|a|an|and|to|of|the|at)$", candidate, re.I):
        return None  # a fragment of "Summons to and Agenda for a Meeting on ..."
    if re.search(
        r"\b(minutes of|held|present|apologies|attendance|dear|date|email|tel|room|chambers?)\b|@|\d{3,}",
        candidate,
        re.I,
    ):
        return None
    titled = _titled(candidate)
    if _names_meeting_body(candidate) and (titled or candidate.isupper() or len(candidate) < 40):
        return _title_case_caps(candidate)
    if undated != text and EXECUTIVE_RE.fullmatch(candidate):
        return "Executive"  # 'Executive - Tuesday, 4th September, 2026 10.00 am': a web page's dated meeting heading
    return None


def _names_meeting_body(text: str) -> bool:
    """A committee word names the body: 'meeting' only at the end ('Annual Parish Meeting'); 'Review of Meeting
    Procedures' uses it of something else, a paper's title."""
    return any(
        found[0].lower() != "meeting" or not text[found.end() :].strip() for found in COMMITTEE_WORDS.finditer(text)
    )


def _without_meeting_suffix(text: str) -> str:
    """'Citizen Review Board Regular Meeting' -> 'Citizen Review Board': the kind of meeting after the name."""
    words = text.split(" ")
    if len(words) < 3 or words[-1].lower() != "meeting" or not re.fullmatch(MEETING_WORDS, words[-2], re.I):
        return text
    words.pop()
    while len(words) > 1 and re.fullmatch(MEETING_WORDS, words[-1], re.I):
        words.pop()
    return " ".join(words)


def _opens_with_body(text: str, body: str | None) -> bool:
    """'Wessex County Council – Democratic Services, County Hall': a line naming the body first, then its office or
    address (a one-page agenda's footer read among its heading lines), not a committee."""
    return bool(body) and _title_case_caps(text).lower().startswith(f"{body} ".lower())


def _without_body_part(text: str, body: str | None) -> str:
    """'Westford District Council – Licensing Committee' -> 'Licensing Committee': a heading joining the body's
    name (or the paper's kind) and the committee's with a dash or a bar."""
    parts = [part.strip() for part in re.split(r"(?<!\s)\s+[-–—]\s+|(?<!\s)\s*\|\s*", text) if part.strip()]
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


# 'Honorable Mayor and City Council', 'Chair and Members of the Planning Committee': the chair saluted with the
# meeting body a paper is addressed to ('Mayor and Cabinet' alone is a council's executive, named so)
SALUTED_CHAIR_RE = re.compile(
    r"^(?:the\s+)?(?:hono(?:u)?rable\s+(?:mayor|chair(?:man|person)?|president)\s+and\s+"
    r"(?:(?:the\s+)?members\s+of\s+(?:the\s+)?)?|(?:mayor|chair(?:man|person)?|president)\s+and\s+(?:the\s+)?members\s+"
    r"of\s+(?:the\s+)?)(?=[A-Z])",
    re.I,
)
# 'Report to the Audit Committee', 'Appendix A to the report to Cabinet': the meeting the paper goes to
REPORT_TO_RE = re.compile(
    r"^(?:(?:appendix|annex)\s+[\w.]{1,4}\s+(?:to|of)\s+(?:the\s+)?)?(?:(?:an?|the)\s+)?report\s+to\s+(?:the\s+)?"
    r"(?=[A-Z])",
    re.I,
)
# 'A report by the Corporate Director of Growth to the Environment and Transport Cabinet Committee on 16 March 2027':
# who reports, then the meeting the report goes to (the author's post at most 80 characters, read from its start)
REPORT_OF_TO_RE = re.compile(
    r"^(?:(?:an?|the)\s+)?report\s+(?:of|by|from)\s+(?:the\s+)?[A-Z][\w'’,&. -]{2,80}?\s+to\s+(?:the\s+)?(?=[A-Z])",
    re.I,
)
# the labels of a report's title block that name the meeting it goes to
MEETING_LABEL_RE = re.compile(
    r"^(?:(?:report\s+)?to|report\s+for|(?:name\s+of\s+)?meeting|committee(?:\s+title)?|board|panel|forum|"
    r"decision[- ](?:maker|taker)|"
    r"decision\s+to\s+be\s+taken\s+by|"
    r"minutes|agenda|notes)"
    r"\s*:\s*",
    re.I,
)
# who takes a decision a record of decision names ('Decision maker:', 'Decision to be taken by:')
DECIDER_LABEL_RE = re.compile(r"^decision[- ](?:maker|taker|to\s+be\s+taken\s+by)", re.I)
# 'Cabinet Member for Finance', 'Leader of the Council': a person's post, not a meeting
POST_RE = re.compile(r"\b(?:Member|Leader|Director|Officer|Holder|Manager|Head|Mayor)(?:\s+(?:for|of)\b|$)")
# 'Jane Doe, Cabinet Member for Finance': a person and their post (a report's authors), never a committee
DESIGNATION_RE = re.compile(
    r"^(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3},\s+"
    r"(?:[\w'’&-]+\s+){0,4}(?:Member|Director|Officer|Head|Leader|Manager|Holder|Executive|Lead|Clerk|Secretary)\b"
)
DOC_LABEL_RE = re.compile(
    # 'Record of Decisions - Cabinet': the paper's kind before the meeting body
    # 'Cabinet - Decision Sheet', 'DECISION SHEET' over 'Cabinet': the sheet of a meeting's decisions
    r"record\s+of\s+(?:the\s+)?(?:executive\s+)?decisions?|decisions?\s+sheet|decision\s+notice|notice\s+of\s+decisions?|"
    r"(?:public\s+)?notice\s+(?:of|and)\s+(?:an?\s+|the\s+)?"
    r"(?:(?:public|regular|special|ordinary|extraordinary|committee|board)\s+)?"
    r"(?:meeting|agenda)|notice\s+and\s+agenda|(?:meeting|agenda|minutes|summons)(?:\s+(?:and|of)\s+(?:meeting|agenda))?",
    re.I,
)


# a meeting's web page printed to PDF (ModernGov's 'Agenda and minutes'): its items' table opens with the header row
# 'No. Item'; the page's heading is above that row, the items' text and their minutes below it
ITEMS_TABLE_HEADER_RE = re.compile(r"No\.?\s+Items?", re.I)
ITEMS_MEETING_NAME = r"(?P<name>[A-Z][\w'’&-]*(?:\s+(?:(?:and|of|for|&)\s+)?[A-Z][\w'’&-]*){0,5})"
# the minutes item of such a page confirming its previous meeting's minutes names that meeting ('Minutes of the
# previous meeting of the Executive', 'To confirm the minutes of the Council meeting held on …', 'That the minutes of a
# meeting of Council held on … be approved')
MINUTES_ITEM_MEETING_RES = (
    re.compile(rf"(?i:minutes\s+of\s+the\s+previous\s+meeting\s+of\s+(?:the\s+)?){ITEMS_MEETING_NAME}"),
    re.compile(rf"(?i:minutes\s+of\s+(?:an?|the)\s+meeting\s+of\s+(?:the\s+)?){ITEMS_MEETING_NAME}\s+(?i:held)\b"),
    re.compile(rf"(?i:minutes\s+of\s+the\s+){ITEMS_MEETING_NAME}\s+(?i:meeting\s+held)\b"),
)
# confirming them (not 'To receive the minutes of the Planning Committee meeting held on …' on a council's page:
# another meeting's minutes it receives)
CONFIRMING_RE = re.compile(r"\b(?:previous|confirm(?:ed)?|approved?|correct\s+record|accurate\s+record)\b", re.I)
# the apologies item names it too: 'To receive any apologies for absence from Members of the Executive'
APOLOGIES_ITEM_MEETING_RE = re.compile(
    rf"(?i:apologies\s+for\s+absence\s+from\s+(?:the\s+)?members\s+of\s+(?:the\s+)?){ITEMS_MEETING_NAME}"
)


def items_page_heading(pages: list[PageLayout]) -> tuple[list[str], list[str]] | None:
    """The lines above a meeting web page's items table ('No. Item') and the lines of its items (the first two pages),
    or None where the first page prints no such table."""
    if not pages:
        return None
    first = [line.text.strip() for line in pages[0].body_lines()]
    header = next((index for index, text in enumerate(first) if ITEMS_TABLE_HEADER_RE.fullmatch(text)), None)
    if header is None:
        return None
    items = first[header + 1 :] + [line.text.strip() for page in pages[1:2] for line in page.body_lines()]
    return first[:header], items


def meeting_named_by_items(items: list[str]) -> str | None:
    """The meeting body a web page's items name as theirs: the first minutes item confirming its previous meeting's
    minutes, or apologies item, naming it."""
    for text in items:
        confirming = CONFIRMING_RE.search(text) is not None
        patterns = [*(MINUTES_ITEM_MEETING_RES if confirming else ()), APOLOGIES_ITEM_MEETING_RE]
        for found in (pattern.search(text) for pattern in patterns):
            if found and (COMMITTEE_WORDS.search(found["name"]) or EXECUTIVE_RE.fullmatch(found["name"])):
                return found["name"]
    return None
