"""The meeting a heading names where the committee finder reads none: 'Minutes of the Budget Committee Meeting',
'Kirk Session Minutes', 'BOARD OF DIRECTORS.' over the date, 'Minutes of the Annual General Meeting'."""

from __future__ import annotations

import re

from ..dates import MONTH_RE
from .committees import PREVIOUS_MINUTES_RE
from .patterns import COMMITTEE_WORDS, MEETING_WORDS, _title_case_caps

# the name's last word(s): the kind of body that meets ('Board of Directors' named whole)
BODY_KIND = (
    r"(?:Committee|Sub-Committee|Board(?:\s+of\s+(?:Directors|Trustees|Governors|Supervisors|Commissioners|Education))?"
    r"|Council|Session|Commission|Panel|Forum)"
)
UNIT = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
ORDINAL = (
    rf"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-]?{UNIT}|{UNIT}|tenth|eleventh|twelfth|"
    r"\d{1,3}(?:st|nd|rd|th))"
)
NAME_WORD = r"(?-i:(?!Last\b|Previous\b|Next\b)[A-Z][\w'’.-]*+|and|of|&)"
# the kind of meeting before its name, an ordinal or the meeting's date: 'Eighty Fourth (84th) Special', 'July 8,
# 2021 Regular'
MEETING_PREFIX = (
    rf"(?:(?:{MONTH_RE})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d,?\s+)?"
    rf"(?:{ORDINAL}\s+(?:\(\d{{1,3}}(?:st|nd|rd|th)\)\s+)?)?"
    rf"(?:(?:{MEETING_WORDS}|emergency|reconvened)\s+)*"
)
# 'MINUTES OF THE BUDGET COMMITTEE MEETING', 'Minutes from the July 8, 2021 Regular Board Meeting', 'minutes of
# committee meeting': the committee named before 'Meeting'
MINUTES_OF_NAME_MEETING_RE = re.compile(
    rf"\bminutes?\s+(?:of|from)\s+(?:the\s+|a\s+)?{MEETING_PREFIX}"
    rf"(?P<name>(?:{NAME_WORD}\s+){{0,5}}?{BODY_KIND}|committee|board|council)\s+meeting\b",
    re.I,
)
# 'Minutes of the Annual General Meeting held …': a meeting of all an association's members, named by its kind
MINUTES_OF_KIND_MEETING_RE = re.compile(
    r"\bminutes?\s+of\s+(?:the\s+|an?\s+)?(?P<name>(?:(?:(?:annual|extraordinary|special)\s+)?general|quarterly|"
    r"management)\s+meeting)\b",
    re.I,
)
# 'Kirk Session Minutes - most recent', 'PARKS AND RECREATION BOARD - REGULAR MEETING MINUTES - JUNE 12,2023': the
# name opening the line, then the minutes
NAME_MINUTES_RE = re.compile(  # (runs of spaces taken whole: one way only to read them)
    rf"\A(?:the\s++)?(?P<name>(?:{NAME_WORD}\s++){{0,4}}?{BODY_KIND})\s++(?:[-–—]\s++)?(?:[^\w\s]\s*+)?"
    rf"(?:(?:{MEETING_WORDS})\s++)*(?:meeting\s++)?minutes\b",
    re.I,
)
# 'BOARD OF DIRECTORS. Draft Minutes of the …', 'THE KIRK SESSION' alone: a board named alone at the head
BOARD_ALONE_RE = re.compile(
    r"\A(?:summary\s+|the\s+)?(?P<name>board\s+of\s+(?:directors|trustees|governors)|kirk\s+session)"
    r"(?:\s*\.|\s*\Z|\s+(?:draft\s+)?minutes\b)",
    re.I,
)

# a Laserfiche WebLink page's trail: 'HomeMy WebLinkAboutMin - Parks and Recreation Board - 2023 - 06/12 - Regular'
WEBLINK_TRAIL_RE = re.compile(
    rf"WebLinkAbout(?:Min(?:utes)?|Agendas?)\s*[-–—]\s*(?P<name>(?:{NAME_WORD}\s+){{0,5}}?{BODY_KIND})"
    r"\s+[-–—]\s+(?:19|20)\d\d\b",
    re.I,
)


def named_meeting(lines: list[str], body: str | None) -> str | None:
    """The committee a heading's first lines name in one of the forms above; a meeting named by its kind alone
    ('General Meeting') only where no body is read (a body's general meeting is the body's own)."""
    for text in lines[:4]:
        text = _title_case_caps(" ".join(text.split()))
        found = (
            MINUTES_OF_NAME_MEETING_RE.search(text)
            or NAME_MINUTES_RE.match(text)
            or BOARD_ALONE_RE.match(text)
            or WEBLINK_TRAIL_RE.search(text)
        )
        if found and not PREVIOUS_MINUTES_RE.search(text[: found.start()]):  # 'To approve the minutes of …'
            return _as_name(found["name"])
        kind = MINUTES_OF_KIND_MEETING_RE.search(text) if body is None else None
        if kind and not PREVIOUS_MINUTES_RE.search(text[: kind.start()]):
            return " ".join(word.capitalize() for word in kind["name"].split())  # 'Annual General Meeting'
    return None


def _as_name(text: str) -> str:
    """'BOARD OF DIRECTORS' -> 'Board of Directors', 'committee' -> 'Committee'."""
    name = _title_case_caps(text)
    return name[:1].upper() + name[1:]


# 'BOARD OF COMMISSIONERS PORT OF WESTHAVEN MINUTES OF THE BUDGET COMMITTEE MEETING': the board heads the page, then
# the organisation it governs, then its committee's minutes
BOARD_BEFORE_ORG_RE = re.compile(
    r"Board\s+of\s+(?:Directors|Trustees|Commissioners|Governors)\s+(?:of\s+(?:the\s+)?)?(?P<org>[A-Z].*)"
)
# 'Minutes of the Meeting of the Fernhill Bowls Club Committee': a club's or an association's committee, named whole
CLUB_COMMITTEE_RE = re.compile(  # (from a word's start, each word and space run taken whole)
    r"(?<![\w'’-])(?P<org>(?:[A-Z][\w'’-]*+\s++(?:(?:and|&|of)\s++)?){1,5}(?:Club|Association|Society))\s++"
    r"(?:Management\s++)?Committee"
)


def body_of_named_meeting(body: str | None, committee: str | None) -> str | None:
    """The organisation whose committee meets, where the body was read with its board before it or not at all."""
    if not committee:
        return body
    board = BOARD_BEFORE_ORG_RE.fullmatch(body or "")
    if board and not committee.startswith("Board"):
        return board["org"]
    club = CLUB_COMMITTEE_RE.fullmatch(committee)
    if club and (body is None or body.endswith(f" {club['org']}")):
        return club["org"]  # (a body read as 'Meeting of the Fernhill Bowls Club' too)
    return body


# 'The meeting of the Lake Verity Soil and Water Conservation District was held in the Boardroom': the opening
# sentence of a board's minutes names the organisation whose board met
MEETING_OF_ORG_HELD_RE = re.compile(
    rf"The\s+(?:(?:{MEETING_WORDS})\s+)*meeting\s+of\s+the\s+"
    r"(?P<org>[A-Z][\w'’.-]*(?:\s+(?:(?:of|and|&|the|on)\s+)*[A-Z][\w'’.-]*){1,8})\s+was\s+held\b"
)
BARE_KIND_RE = re.compile(r"Board|Committee|Council|Board\s+of\s+(?:Directors|Trustees|Supervisors)")


def body_of_meeting_sentence(body: str | None, committee: str | None, lines: list[str]) -> str | None:
    """The organisation the first sentence says met, where the heading names only its board ('Regular Board
    Meeting') and no body."""
    if body is not None or not BARE_KIND_RE.fullmatch(committee or ""):
        return body
    for text in lines[:6]:
        found = MEETING_OF_ORG_HELD_RE.match(" ".join(text.split()))
        if found and not COMMITTEE_WORDS.search(found["org"]):
            return found["org"]
    return body


# a local council named whole: its kind ends the name (searched from the kind: not read to the end from each start)
LOCAL_COUNCIL_END_RE = re.compile(r"\S\s++(?:Parish|Town|Community|Village)\s++Council\Z")
KIND_MEETING_RE = re.compile(r"(?:(?:annual|extraordinary|special)\s+)?general\s+meeting|agm|egm", re.I)


def council_own_general_meeting(body: str | None, committee: str | None) -> str | None:
    """A parish, town or community council's annual general meeting is the council's own meeting: the council,
    whole, is its committee (read as 'Annual General Meeting' where the council was read only later on)."""
    if LOCAL_COUNCIL_END_RE.search(body or "") and KIND_MEETING_RE.fullmatch(committee or ""):
        return body
    return committee


# 'Harlow Vale Township Board of Supervisors - Reorganization': a (Pennsylvania) township's governing board named
# whole, the kind of meeting after a dash
TOWNSHIP_BOARD_HEAD_RE = re.compile(  # (from a word's start, each word taken whole)
    r"(?<![\w'’.-])(?P<org>[A-Z][\w'’.-]*+(?:\s++[A-Z][\w'’.-]*+){0,2}\s++Township)\s++"
    r"(?P<committee>Board\s+of\s+(?:Supervisors|Trustees|Commissioners))(?:\s+[-–—]\s|\s*\Z)"
)


def township_board(body: str | None, committee: str | None, lines: list[str]) -> tuple[str | None, str | None]:
    """(township, board) where the heading opens with the township's board named whole and the read gave the
    township's board by its kind only ('Township Board') or nothing."""
    if committee not in (None, "Township Board"):
        return body, committee
    for text in lines[:3]:
        found = TOWNSHIP_BOARD_HEAD_RE.match(" ".join(text.split()))
        if found:
            return found["org"], found["committee"]
    return body, committee
