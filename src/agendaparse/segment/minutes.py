"""Numbered minute items with their text and pages (:func:`minutes_items`): ModernGov '(Item N)' refs,
numbered headings at the margin, sub-items, and unnumbered bold or capitals headings."""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import replace

from ..dates import WEEKDAY_RE, find_meeting_date
from ..models import AgendaItem, Provenance
from ..pdf import WEB_RESIDUE_RE, Line, PageLayout
from .agenda_list import DATE_REST_RE, in_title_case
from .attendance import TITLE_PREFIX_RE, _attendance_label
from .meeting_dates import _only_a_date
from .numbering import (
    ALPHA_ITEM_RE,
    ITEM_REF_RE,
    SUB_ITEM_RE,
    _number_key,
    _number_shape,
    _successor,
    next_sub_label,
    parse_item_number,
    roman_value,
    to_roman,
    with_ocr_numbers_repaired,
)
from .patterns import (
    ADDRESS_TITLE_RE,
    BROKEN_WORD_RE,
    FINITE_VERB_RE,
    JOINING_END_RE,
    LABEL_LINE_RE,
    SUSPENDED_HYPHEN_NEXT,
    _all_caps,
    _column_x,
    _heading_like,
    _titled,
    join_wrapped,
    note_clause,
    without_link_size,
)
from .presenters import attach_presenters
from .run_on import ABBREVIATIONS, led_title, opens_record, run_on_title, standard_heading

RESIDUE_RE = re.compile(rf"{WEB_RESIDUE_RE.pattern}|^\s*minutes:\s*$", re.I)


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
    lines = [(page, part) for page, line in lines for part in _grid_parts(line)]
    starts = _moderngov_headings(lines) or _numbered_past_stray(lines) or _unnumbered_headings(lines)
    items = []
    for index, (start, end, number, title, ref) in enumerate(starts):
        stop = starts[index + 1][0] if index + 1 < len(starts) else len(lines)
        page, line = lines[start]
        body = lines[end + 1 : stop]
        texts = [_heading_line_tail(lines[end][1].text, title), *(text_line.text for _, text_line in body)]
        items.append(
            AgendaItem(
                number=number,
                title=without_link_size(title),
                kind="minutes",
                parent=_parent_number(number),
                page_start=page.number,
                page_end=(body[-1][0].number if body else page.number),
                text="\n".join(without_link_size(text) for text in texts if text),
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


# '1. Welcome   2. Apologies': two short minute headings printed side by side in a grid, the second numbered next
GRID_PAIR_RE = re.compile(r"^(?P<first>\d{1,3})\.\s+\S.*?(?<!\s)(?P<gap>\s{3,})(?P<second>\d{1,3})\.\s+[A-Z]")


def _grid_parts(line: Line) -> list[Line]:
    """A line of two minute headings side by side ('1. Welcome   2. Apologies', each in its own cell, the second
    numbered next after the first) read as two lines, the second at its own cell's place; a line in one weight
    throughout only (where the weight changes inside it the bold part is a run-in title). The second keeps the
    first's margin: the grid's columns are one list, read across."""
    pair = GRID_PAIR_RE.match(line.text)
    if pair is None or int(pair["second"]) != int(pair["first"]) + 1 or line.bold_end is not None:
        return [line]
    cut = line.x0 + (line.x1 - line.x0) * pair.start("gap") / len(line.text)
    return [
        replace(line, text=line.text[: pair.start("gap")], x1=cut),
        replace(line, text=line.text[pair.start("second") :]),
    ]


def _heading_line_tail(text: str, title: str) -> str:
    """What the heading's last line prints after the title: the minute's own words when a heading runs into them
    ('4. Village sign Cllr Lawton reported ...', 'Apologies - Councillors S Dolan'), kept for the item's text."""
    ending = title[-20:]
    at = text.rfind(ending) if ending else -1
    return text[at + len(ending) :].strip(" -–—:.") if at >= 0 else ""


def _parent_number(number: str | None) -> str | None:
    if number and number[1:2] == "-" and number[0].isupper() and number[2:].isdigit() and len(number) <= 4:
        return number[0]  # 'A-1' in section 'A'
    match = re.match(r"^(.+)\((\w{1,2})\)$", number or "")
    return match[1] if match and not re.search(r"\(\d+\)$", match[1]) else None


# '123. Apologies (Item 1)': a printed minute's number, title and agenda reference on one line
ITEM_REF_TAIL_RE = re.compile(r"\s\(\s*(?:agenda\s+)?item\s+(?P<ref>\d{1,3}[a-z]?)\s*\)$", re.I)


def _heading_with_item_ref(line: Line) -> tuple[str, str, str] | None:
    """(number, title, ref) of a bold numbered heading that ends with its "(Item N)" reference."""
    text = line.text.strip()
    tail = ITEM_REF_TAIL_RE.search(text)
    parsed = parse_item_number(text[: tail.start()]) if tail else None
    if not (tail and parsed and parsed[1]):
        return None
    title = parsed[1].strip()
    # in plain type, a short title that is no sentence: not '2. Mr Oakford spoke to the report (Item 6).'
    if not line.bold and (len(title.split()) > 12 or title.endswith(".")):
        return None
    return parsed[0], title, tail["ref"]


def _moderngov_headings(lines: list[tuple[PageLayout, Line]]) -> list[Heading]:
    found = []
    for index, (_, line) in enumerate(lines):
        inline = _heading_with_item_ref(line)
        if inline:
            found.append((index, index, *inline))
            continue
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


ITEM_LABEL_RE = re.compile(r"^(?:agenda\s+)?item\s+(?P<num>\d{1,3}[a-z]?)\s*[:.\-–](?!\d)\s*(?P<rest>\S.*)$", re.I)
# a minute's label and its number of the year, in Welsh or English: 'COFNOD 1536.2026 CROESO & DATGAN DIDDORDEB'
# (a Welsh community council; the paragraphs under it are '1536.1', '1536.2.1'), 'Minute 14.2026 Apologies'
YEAR_LABEL_RE = re.compile(r"^(?:cofnod|minute|min\.?)\s+(?P<num>\d{1,4}\.(?:19|20)\d{2})[:.]?\s+(?P<rest>\S.*)$", re.I)
# a minute's label before its number of the year, in any case: 'MIN 47/26 MINUTES OF THE LAST MEETING' (the label
# is no part of the number, as 'Min 45/26' and 'Minute 45/26' read)
MINUTE_LABEL_NUMBER_RE = re.compile(
    r"^(?:minute|min)\.?\s+(?:no\.?\s+)?(?P<num>\d{1,4}/\d{2,4})[:.]?\s+(?P<rest>\S.*)$", re.I
)
# a minute number with the council year after it: '1-0607/8 - Welcome and Apologies.' (a parish's minutes)
COUNCIL_YEAR_SUFFIX_RE = re.compile(r"^(?P<num>\d{1,3}-\d{4}/\d{1,2})\s+(?:[-–—]\s+)?(?P<rest>\S.*)$")
# a minute number of the year and month: '2026.07.3 Village Hall lease' (the year first, never a date's day)
YEAR_MONTH_MINUTE_RE = re.compile(r"^(?P<num>(?:19|20)\d{2}\.(?:0[1-9]|1[0-2])\.\d{1,2})[:.]?\s+(?P<rest>\S.*)$")
# Numbers that are references rather than counts: a paper reference "TB(5)2" / "TB (5) 3.ii" (board and
# meeting number, then the item) and a resolution number "R2024-057".
REF_NUMBER_RE = re.compile(
    r"^(?P<num>[A-Z]{1,4}\s?\(\d{1,3}\)\s?\d{1,3}(?:\.(?:[ivx]{1,4}|\d{1,2}))?|[A-Z]{1,3}(?:\d{2}){1,2}-\d{1,4})"
    r"[:.]?(?:\s+(?P<rest>\S.*))?$"
)
# a running minute number after the council's or committee's initials: "SPC 23/45", "PC/21/045", "FC 112/22"
# ... or after a committee's short name and with the council year: "Cou/286/07-08"
# ... with a space slipped in after its last stroke, as '12- 214' has one after its dash: 'GB/2627/ 216 Declarations'
PREFIXED_NUMBER_RE = re.compile(
    r"^(?P<num>(?:[A-Z]{1,5}[\s/.]?|[A-Z][a-z]{1,3}/)\d{1,4}/\s?\d{1,4}(?:-\d{2})?)[:.]?(?:\s+(?P<rest>\S.*))?$"
)
# a running minute number after a committee's letter or short name: "C.123 Apologies", "C/45 Minutes", "P&R 4 Grants",
# "PL/31 Appeals" (not "S.106 Agreement", a statute's section; not "C.118 was noted", a minute cited at a sentence's
# start)
COMMITTEE_MINUTE_RE = re.compile(
    r"^(?P<num>(?:[A-RT-Z][./]|[A-Z]{2,4}/|[A-Z]{1,3}&[A-Z]{1,3} )\d{1,4})[:.]?"
    r"\s+(?P<rest>[A-Z][A-Za-z']*(?:[\s:,].*|\.(?:\s.*)?)?)$"  # 'C/101   Apologies. Apologies were …' too
)
# a minute number after the council year's two digits: "12-213 DECLARATIONS OF INTEREST", "12- 214 MINUTES ..."
YEAR_MINUTE_RE = re.compile(r"^(?P<num>\d{2}-\s?\d{2,4})\s+(?P<rest>[A-Z]\S*(?:\s.*)?)$")
# a minute number before the council year's two digits: '1-14 Election of Chairman', '12-14 Apologies' (a parish's
# minutes of 2014; the next is '2-14', '13-14')
NUMBER_YEAR_MINUTE_RE = re.compile(r"^(?P<num>\d{1,3}-\d{2})\s+(?P<rest>[A-Z]\S*(?:\s.*)?)$")
# a minute number under its part's letter, as combined fire authorities print them: 'A1 Declarations of interest'
LETTERED_MINUTE_RE = re.compile(r"^(?P<num>[A-H]\d{1,2})\s+(?P<rest>[A-Z][a-z]\S*(?:\s.*)?)$")
# a year or a year range in a heading ('Census 2021 update', 'Budget 2025/26'): a name, not a number or a figure
HEADING_YEAR_RE = re.compile(r"\b(?:19|20)\d\d(?:[-/–](?:19|20)?\d\d)?\b")
# "C048/23   1.   APOLOGIES", "2786/12  Item 1  OPENING": the agenda's own number printed between a minute
# reference and its title
AGENDA_NUMBER_LEAD_RE = re.compile(r"^(?:item\s+\d{1,3}[.:]?\s+|\d{1,3}(?:[.)]\s+|\s{2,}))(?=\S)", re.I)
# a minute number with the council year: '271/25/26 POLICE REPORT' (the years follow on: not a date '12/05/25')
YEAR_PAIR_MINUTE_RE = re.compile(r"^(?P<num>\d{1,4}/(?P<from>\d{2})/(?P<to>\d{2}))[:.]?\s+(?P<rest>\S.*)$")
# the council year before the running number: '26/27/159 APOLOGIES' (a parish's minutes; the two years consecutive,
# and no year after them: '10/11/26 Email from …' and '10/11/2026 …' are dates)
YEAR_PAIR_FIRST_RE = re.compile(
    r"^(?P<num>(?P<from>\d{2})/(?P<to>\d{2})/(?!(?:19|20)\d\d\b|\d\d\b)\d{1,4})[:.]?\s+(?P<rest>\S.*)$"
)
# a council's running minute number over the years, before a title in capitals: '14365 CHAIRMAN'S ANNOUNCEMENTS'
RUNNING_NUMBER_RE = re.compile(r"^(?P<num>\d{5})\s+(?P<rest>[A-Z][A-Z'’ ,&()/-]{3,})$")
# a running minute number with the meeting's month and year: '10457/04/26 APOLOGIES' (a Welsh town council); three
# digits at least before the month, so a date ('12/05/26') is never one
MONTH_MINUTE_RE = re.compile(r"^(?P<num>\d{3,5}/(?:0[1-9]|1[0-2])/\d{2})[:.]?\s+(?P<rest>\S.*)$")
# an NHS board's minute reference, its meeting's number, the year and the item's, before a dash: '01/26/03 –
# Declarations of Interest' (the dash and the title keep a date opening a sentence out: '12/05/26 The Clerk …')
MEETING_MINUTE_REF_RE = re.compile(r"^(?P<num>\d{2}/\d{2}/\d{2})\s[–—-]\s(?P<rest>[A-Z].*)$")


CAPS_CHAR = r"[A-Z0-9&'’/(),-]"  # of a word in a capitals heading ('APOLOGIES', '(CONT’D)', 'S106')
# the heading's words (the last with two capitals in a row), then a word in sentence case; possessive, so a long
# line of capitals is read once, not tried at every split into words; from the line's start (\A: a search would
# read the line again from each word)
CAPS_LEAD_LINE_RE = re.compile(
    rf"\A(?P<head>(?:{CAPS_CHAR}++\s+(?={CAPS_CHAR}++\s))*+(?={CAPS_CHAR}*?[A-Z]{{2}}){CAPS_CHAR}++)"
    r"\s+(?P<tail>[A-Z][a-z].*)"
)
# 'AGENDA: REQUEST FOR DELETIONS/ADDITIONS: Mr. T requested ...', from the line's start (as CAPS_LEAD_LINE_RE)
CAPS_RUN_ON_LINE_RE = re.compile(r"\A(?P<head>[^a-z:]+(?::\s+[^a-z:\s][^a-z:]*)+):\s+(?P<tail>[A-Z][a-z].*)")


# a capitals heading that is the subject of its minute's sentence, which goes on in lower case: 'APOLOGIES FOR ABSENCE
# were received from …' (from the line's start; each word read once)
CAPS_SUBJECT_RE = re.compile(rf"\A(?P<head>(?:{CAPS_CHAR}++\s++)+?)(?=(?:were|was|is|are|has|have|had)\s+[a-z])")


# ... and in any case, a heading's words then the record's passive: 'Apologies for absence were received from …'
PHRASE_SUBJECT_RE = re.compile(
    r"\A(?P<head>[A-Z][^.:;–—-]*?)\s+(?=(?:were|was|had\s+been|have\s+been)\s+(?:received|made|declared|given|"
    r"tendered|submitted|accepted|noted)\b)"
)
TRAILING_DASH_RE = re.compile(r"(?<=\S)\s+[-–—]\s*$")


# pure on its text: a heading's line is cut again by each wrap check of the line above it (_wrapped_heading_part) and
# by _run_in_heading after _numbered_headings, so a page's lines are cut once
@functools.lru_cache(maxsize=4096)
def heading_title(text: str, *, wraps: bool = False, bold: bool = False) -> str:
    """'Playground Update – AS had circulated the report ...' -> 'Playground Update': a minute heading
    that runs on into its text after a dash. A short tail ('Safer Borough – Tim Barfoot') is kept, and so is
    the tail of a bold heading that ``wraps`` onto the next line ('Plan - report of the steering group and') or
    of a line ``bold`` throughout ('Aldeburgh Library - Application to change opening hours': the minute's text
    would be in regular type)."""
    text = without_link_size(text)  # 'Licence - The Old Mill PDF 2 MB': the link's size is no part of the tail
    if not wraps:
        text = TRAILING_DASH_RE.sub("", text)  # 'CALLED-IN MATTER - COUNTRY PARKS -': the dash before the minute
    head, run_on, _ = text.strip().partition(":-")
    if run_on and 1 <= len(head.split()) <= 10 and head[:1].isupper():
        return head.strip()  # 'Declarations of interest:- None.': the heading, then its minute after ':-'
    marked = _run_in_after_mark(text.strip())
    if marked:
        return marked  # 'Previous Minutes • The Chair reviewed …', 'Date of next meeting … Noted as 3 May.'
    head, attached, tail = text.strip().partition("- ")
    if attached and head[-1:].islower() and _runs_on_after_hyphen(tail):
        return head  # 'Financial Report- Stephanie reported that …': the hyphen typed against the title's last word
    parts = re.split(r"(?<!\s)\s+[-–—](?:\s+|$)", text.strip(), maxsplit=1)
    if len(parts) == 2 and _agenda_run_on(parts[0], parts[1]):
        return parts[0].strip()  # 'To receive declarations of interest – The Chairman and …': the agenda's words
    if (
        len(parts) == 2
        and not (wraps and JOINING_END_RE.search(text))
        and (
            not parts[1].strip()
            or (len(parts[1].split()) >= 5 and not _titled_tail(parts[1]) and not (bold and _phrase(parts[1])))
            or NOTHING_TO_REPORT_RE.match(parts[1].strip())  # 'Correspondence - none.'
            or _record_after_dash(parts[0], parts[1].strip())
            or opens_record(parts[1].strip())  # 'Matters Arising – No declarations were made.'
        )
    ):
        return parts[0].strip()  # not 'Minute 6 - Annual Report of the Commissioner': a title in two parts
    # 'AGENDA: REQUEST FOR DELETIONS/ADDITIONS: Mr. T requested ...': a capitals heading in parts, then the minute
    caps = CAPS_RUN_ON_LINE_RE.match(text.strip())
    if caps and _all_caps(caps["head"]) and len(re.findall(r"\b[a-z]{2,}\b", caps["tail"])) >= 3:
        return caps["head"].strip()
    # 'APOLOGIES Apologies for absence were received ...', 'PRESENT Councillors: P Blackwell, ...': a capitals
    # heading run into its minute (a sentence or a label), not 'CCTV Update'
    caps_lead = CAPS_LEAD_LINE_RE.match(text.strip())
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
    subject = CAPS_SUBJECT_RE.match(text.strip())
    if subject and _all_caps(subject["head"]):
        return subject["head"].strip()  # 'APOLOGIES FOR ABSENCE were received from …': the heading is the subject
    run_on = None if wraps or bold else run_on_title(text)
    if run_on:
        return run_on  # 'Apologies for absence. None received.', 'Village Hall Cllr Dale reported …': no mark or a stop
    subject = PHRASE_SUBJECT_RE.match(text.strip())
    if (
        subject
        and len(subject["head"].split()) >= 2
        and standard_heading(subject["head"])
        and not _repeats(subject["head"])
    ):
        return subject["head"]  # 'Apologies for absence were received from …': a heading's phrase as the subject
    # 'Apologies: Cllr M Black sent apologies which were accepted.': the heading, then the minute as a sentence
    head, colon, tail = text.strip().partition(": ")
    if colon and len(head.split()) <= 6 and len(re.findall(r"\b[a-z]{2,}\b", tail)) >= 3 and len(tail.split()) >= 5:
        return head.strip()
    if colon and len(head.split()) <= 4 and head[:1].isupper() and RUN_ON_DATE_RE.match(tail):
        return head.strip()  # 'Next meeting: Monday 25 January 2021 at 9:00.': the heading, then when
    if colon and NEXT_MEETING_HEADING_RE.fullmatch(head.strip()) and _only_a_date(tail.strip().rstrip(".")):
        return head.strip()  # 'Date of next meeting: Tuesday 17 March 2026.': the notice's heading, then its date
    if colon and len(head.split()) <= 6 and head[:1].isupper() and TITLE_PREFIX_RE.match(tail):
        return head.strip()  # 'Apologies: Cllrs A Lewis and T Pugh.': the heading, then who

    if colon and tail and head.isupper() and len(head.split()) <= 6 and sum(c.isalpha() for c in head) >= 4:
        return head.strip()  # 'PRESENT: Parish Councillors: Mr G Clark, ...': a label in capitals, then its text
    if colon and _colon_run_on(head, tail.strip()):
        return head.strip()  # 'Notices of Interest:  None', 'Declarations of interest: No declarations were made.'
    opener = SENTENCE_OPENER_RE.search(text.strip()[:120])  # a heading's words come first: no further to look
    head, tail = (text.strip()[: opener.start()], text.strip()[opener.end() :]) if opener else ("", "")
    if opener and (_titled(head) or _agenda_wording(head)) and len(re.findall(r"\b[a-z]{2,}\b", tail)) >= 3:
        return head  # 'Election of Chairman It was resolved that ...': the heading run into its minute, no mark between
    # 'Declarations of Interest.  None.': the heading, a full stop, then the minute as a sentence
    head, stop, tail = text.strip().partition(". ")
    words, tail = head.split(), tail.strip()
    if (
        stop
        and 1 <= len(words) <= 8
        and head[:1].isupper()
        and tail[:1].isupper()
        # the line ends the minute's sentence, or the sentence goes on to the next line: a heading-like title, then
        # a record ('Budget Monitoring. The Treasurer reported that spending to the end of' / 'February ...')
        and (text.rstrip().endswith(".") or _heading_like(head) and _record_sentence(tail))
        # not '3. The Clerk reported. The council agreed to write to the owner.': a numbered paragraph
        and (len(tail.split()) <= 4 or _heading_like(head) or _agenda_wording(head))
        and len(words[-1]) > 1
        and words[-1].lower() not in ABBREVIATIONS
    ):
        return head.strip()
    return text.strip()


# a bullet or an ellipsis set between a heading and its record, as a dash is: the mark a document typed to part them
RUN_IN_MARK_RE = re.compile(r"(?<=\S)\s+(?:[•●▪\uf0b7]|…|\.\.\.)\s+(?=\S)")


def _run_in_after_mark(text: str) -> str | None:
    """'Police Report • The constable read his report …': the heading before the first bullet or ellipsis, when the
    record follows it (not 'Roads • Footpaths • Verges', a heading's own list)."""
    mark = RUN_IN_MARK_RE.search(text)
    if mark is None:
        return None
    head, tail = text[: mark.start()].strip(), text[mark.end() :].strip()
    if not (1 <= len(head.split()) <= 10 and head[:1].isupper()) or RUN_IN_MARK_RE.search(head):
        return None
    if len(re.findall(r"\b[a-z]{2,}\b", tail)) >= 3 or opens_record(tail):
        return head
    # an ellipsis parts a heading from its record whatever the record's length ('… Noted as 3 May.'); a bullet may
    # list the heading's own parts
    if mark.group().strip() in ("…", "...") and re.match(r"[A-Z][a-z]+\s+\S", tail):
        return head
    return None


def _repeats(head: str) -> bool:
    """'Apologies for Absence Apologies for absence': the heading, then its record's subject naming it again."""
    first = head.split()[0].lower()
    return any(word.lower() == first for word in head.split()[1:])


def _record_sentence(tail: str) -> bool:
    """'The Treasurer reported that spending to the end of': the minute's record as a sentence (a verb of the record
    and three small words), not a title's second part ('Land at Mill Lane')."""
    return RECORD_VERB_RE.search(tail) is not None and len(re.findall(r"\b[a-z]{2,}\b", tail)) >= 3


def _runs_on_after_hyphen(tail: str) -> bool:
    """'Steve reported on the parking meeting', 'Meeting adjourned at 3:40pm.': a sentence after a run-in hyphen, not
    a title's second part ('Co- Option', 'Post- 16 Funding')."""
    words = tail.split()
    return tail[:1].isupper() and len(words) >= 3 and sum(bool(re.fullmatch(r"[a-z]{2,}", w)) for w in words) >= 2


def _titled_tail(tail: str) -> bool:
    """A title's second part after its dash, its figures aside: 'MONTHLY REPORTING FOR THE PERIOD ENDING 31 MAY'."""
    words = [word for word in tail.split() if not word[:1].isdigit()]
    return bool(words) and _titled(" ".join(words))


# the record after an agenda line's dash opens as a sentence does: 'The Chairman and …', 'It was RESOLVED …'
RECORD_OPENER_RE = re.compile(r"(?:The|It|There|This|No|Members|Councillors?|Cllrs?)\s+\S")


def _agenda_run_on(head: str, tail: str) -> bool:
    """'To receive declarations of interest & written requests for dispensation – The Chairman and …': the agenda's
    words (an infinitive) before the dash, the minute's record after it, however short the line leaves it."""
    return _agenda_wording(head.strip()) and RECORD_OPENER_RE.match(tail.strip()) is not None


def _cut_at_mark(title: str, rest: str) -> bool:
    """The heading's words end at a colon or a dash and the line runs on into the minute ('Minutes of the last
    meeting (9th February 2026):  As a point of clarification, …')."""
    after = rest[len(title) :].lstrip() if rest.startswith(title) and len(title) < len(rest) else ""
    return after[:1] in {":", "-", "–", "—"} and len(after) > 2


def _colon_run_on(head: str, tail: str) -> bool:
    """A numbered parish minute's title run in before a colon, the record after it: nothing to record ('Planning:
    None'), who sent apologies ('Apologies for absence:  PCSO J McFall, D Greet'), a short sentence ('Declarations
    of interest: No declarations were made.') or a longer one after a long title ('Minutes of the Parish Council
    Meeting 18th January 2026: The minutes were approved, and the'). The title has no verb of the record."""
    words = head.split()
    if not tail or not head[:1].isupper() or not 1 <= len(words) <= 14 or not _phrase(head) or ": " in head:
        return False
    if re.match(r"(?:The|It|There|This|He|She|They)\s", head) and re.search(r"\b[a-z]{3,}ed\b", head):
        return False  # 'The Clerk reported the following: None': a sentence, not a title
    if NOTHING_TO_REPORT_RE.match(tail):
        return True
    if (re.match(r"apologies\b", head, re.I) or _attendance_label(f"{head}:")) and tail[:1].isupper():
        return True  # who: 'Apologies for absence:  PCSO J McFall', 'In Attendance:  M Grady (Chair), …'
    if TITLE_PREFIX_RE.match(tail):
        return True  # 'Declarations of Interests, and written requests for dispensations: Cllr Higgins declared …'
    sentence = tail[:1].isupper() and len(tail.split()) >= 3
    return sentence and (FINITE_VERB_RE.search(tail) is not None or len(re.findall(r"\b[a-z]{2,}\b", tail)) >= 4)


def _agenda_wording(head: str) -> bool:
    """'To Receive apologies for absence', 'To approve the minutes of …': the agenda's line heading its minute (an
    infinitive, no verb of the record)."""
    return re.match(r"To\s+[A-Za-z]{3,}\s", head) is not None and RECORD_VERB_RE.search(head) is None


# a finite verb: the words after a heading's dash are a sentence of the minute ('The following accounts were approved')
def _phrase(tail: str) -> bool:
    """'Application to change opening hours': words with no finite verb, the second part of a title."""
    return FINITE_VERB_RE.search(tail) is None


def _bold_part(line: Line, rest: str) -> str | None:
    """The bold words of a heading's ``rest`` (the line after its number) when the heading runs on into the minute
    in regular type: 'Village sign' of '4. Village sign Cllr Lawton reported ...'. None when the weight does not
    change inside ``rest`` (a line bold or regular throughout, or the number alone in bold)."""
    text = line.text.lstrip()
    if not rest or not text.endswith(rest):
        return None
    if not line.bold and line.bold_span is not None and line.bold_span[0] == len(line.text) - len(rest):
        # a plain number in the margin, then the title alone in bold: 'C/101   Apologies. Apologies were …'
        cut = line.bold_span[1] - line.bold_span[0]
    elif line.bold and line.bold_end is not None:
        cut = line.bold_end - (len(line.text) - len(text)) - (len(text) - len(rest))
    else:
        return None
    head = rest[:cut].strip() if cut > 0 else ""
    return head if re.search(r"[A-Za-z]{2}", head) else None


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
    r"(?<=[A-Za-z’'\d])\s+(?=(?:It|The|There|This|These|Apologies|Members|Councillors)"
    r"(?:\s+[A-Z][\w’'-]*){0,3}\s+[a-z][a-z]+\b)"
)
# the minute of a heading that had nothing to record: 'Correspondence - none.', 'Reports – nil', 'None received.'
NOTHING_TO_REPORT_RE = re.compile(
    r"^(?:none|nil|n/a|no report|nothing to report)(?:\s+(?:received|declared|made|reported|recorded))?\.?$", re.I
)
# a date run on after a heading's colon, with its time: 'Monday 25 January 2021 at 9:00.' (not a bare date: that
# names which minutes or which meeting, 'APPROVAL OF MINUTES: August 22, 1995')
RUN_ON_DATE_RE = re.compile(
    rf"^(?:{WEEKDAY_RE})\b.*\b(?:at\s+)?\d{{1,2}}(?:[.:]\d{{2}}\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)\.?$", re.I
)


def _continues_heading(lines: list[tuple[PageLayout, Line]], index: int) -> bool:
    """A wrapped heading line: same style as the line above it, which does not end a sentence."""
    above, below = lines[index - 1][1], lines[index][1]
    return above.bold == below.bold and not above.text.rstrip().endswith((".", ":")) and above.bold


# a Legistar file number in the right-hand cell: '26-0837' (read from the first of the spaces before it: one match,
# at the line's end, so a long run of spaces is read once, not from each)
FILE_CELL_RE = re.compile(r"(?<!\s)\s{3,}\d{2}-\d{4}$")
TRAILING_MARKS_RE = re.compile(r"(?<=\w)[-–];$")  # 'Financial report-;': the marks typed after a heading
# '1   09.00   Minutes BRDMIN(11)06': a summary's start time in its own column between the number and the title
TIME_CELL_RE = re.compile(r"^\d{1,2}[.:]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?\s{3,}(?=\S)", re.I)


# a dash standing alone between the number and the title's cell ('Min. 48/96 —   Footpaths': a separator, or the
# scrap of the title's underline OCR read as a dash): no title of its own
LONE_DASH_CELL_RE = re.compile(r"^[-–—]\s{3,}(?=\S)")


# '10.00 am in Committee Room 1, Glenmarr House' (a heading's wrapped line of when and where it met): a clock time,
# no minute number
CLOCK_TIME_LEAD_RE = re.compile(r"^\d{1,2}[.:]\d{2}\s?(?:[ap]\.?m\b\.?|noon\b|hrs\b|hours\b)", re.I)


def _parse_heading_number(text: str) -> tuple[str, str] | None:
    if CLOCK_TIME_LEAD_RE.match(text):
        return None
    parsed = _parse_number(text)
    if parsed and LONE_DASH_CELL_RE.match(parsed[1]):
        parsed = parsed[0], LONE_DASH_CELL_RE.sub("", parsed[1])
    if parsed and parsed[0].isdigit():
        time_cell = TIME_CELL_RE.match(parsed[1])
        if time_cell:
            return parsed[0], parsed[1][time_cell.end() :]
    return parsed


def _parse_number(text: str) -> tuple[str, str] | None:
    labelled = (
        ITEM_LABEL_RE.match(text)
        or YEAR_LABEL_RE.match(text)
        or MINUTE_LABEL_NUMBER_RE.match(text)
        or COUNCIL_YEAR_SUFFIX_RE.match(text)
        or YEAR_MONTH_MINUTE_RE.match(text)
    )
    if labelled:
        return labelled["num"], labelled["rest"]
    reference = REF_NUMBER_RE.match(text)
    if reference:
        return re.sub(r"\s+", "", reference["num"]), reference["rest"] or ""
    prefixed = PREFIXED_NUMBER_RE.match(text)
    if prefixed:
        return " ".join(re.sub(r"/\s", "/", prefixed["num"]).split()), prefixed["rest"] or ""
    committee = COMMITTEE_MINUTE_RE.match(text)
    if committee:
        return committee["num"], committee["rest"]
    year_minute = YEAR_MINUTE_RE.match(text) or NUMBER_YEAR_MINUTE_RE.match(text)
    if year_minute:
        return re.sub(r"\s+", "", year_minute["num"]), year_minute["rest"]
    lettered = LETTERED_MINUTE_RE.match(text)
    if lettered:
        return lettered["num"], lettered["rest"]
    year_pair = YEAR_PAIR_MINUTE_RE.match(text) or YEAR_PAIR_FIRST_RE.match(text)
    if year_pair and int(year_pair["to"]) == (int(year_pair["from"]) + 1) % 100:
        return year_pair["num"], year_pair["rest"]
    running = RUNNING_NUMBER_RE.match(text) if text[4:5].isdigit() else None
    if running:
        return running["num"], running["rest"]
    month_minute = MONTH_MINUTE_RE.match(text) or MEETING_MINUTE_REF_RE.match(text)
    if month_minute:
        return month_minute["num"], month_minute["rest"]
    parsed = parse_item_number(text)
    stopped = STOPPED_LETTER_NUMBER_RE.match(text) if parsed is None else None
    lone = LONE_MINUTE_NUMBER_RE.match(text) if parsed is None and stopped is None else None
    if lone:
        return lone["num"], ""
    return (stopped["num"], stopped["rest"]) if stopped else parsed


# a minute's number alone on its line, its title on the next (a web page's 'No. | Item' column read as text, a
# parish's number over its heading): 'CEX/62', 'C/1' (the committee's letters), '18/1' (the council year's two
# digits, then the running number); a lone number's title is the line under it
LONE_MINUTE_NUMBER_RE = re.compile(r"^(?P<num>(?:[A-RT-Z][./]|[A-Z]{2,4}/)\d{1,4}|\d{2}/\d{1,2})[.:]?$")
# a number with its letter and a stop, as ModernGov's minutes print a lettered item: '3a. Bonfire Update' (with the
# stop: '12b High Street' opens an address)
STOPPED_LETTER_NUMBER_RE = re.compile(r"^(?P<num>\d{1,3}[a-h])\.\s+(?P<rest>[A-Z].*)$")


def _heading_shape(number: str) -> str:
    """'TB(5)3.ii' and 'TB(5)2' are one numbering scheme; '3' and '3.1' are not; 'II' and 'III' are."""
    if re.fullmatch(r"[IVX]+|[A-Z]", number):
        return "A"
    return _number_shape(re.sub(r"\.[ivx]{1,4}$", "", number))


def _caps_heading_over(lines: list[tuple[PageLayout, Line]], index: int, rest: str) -> str | None:
    """'ROADS RESURFACING PROGRAMME' alone on the line over '3. There was submitted a report by …': a Scottish
    council's minute, its heading in capitals over its numbered paragraph; the heading is the item's title."""
    if index == 0 or len(rest.split()) < 6 or not RECORD_VERB_RE.search(rest):
        return None
    (page, line), (above_page, above) = lines[index], lines[index - 1]
    text = above.text.strip()
    if above_page is not page or abs(above.x0 - line.x0) > 4 or PEOPLE_LABEL_RE.search(text) or text.endswith(":"):
        return None
    if _parse_heading_number(text) or re.match(r"[A-Z][.)]\s", text):
        return None  # 'B. PLEDGE OF ALLEGIANCE' over 'C. ROLL CALL Present were …': a heading of its own
    return _caps_heading(text, longest=20) if not DECISION_WORD_RE.match(text) else None


def _is_caps_heading(text: str) -> bool:
    """'NEW BUSINESS', 'OLD BUSINESS': a section divider of (US) council minutes."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters) and not parse_item_number(text)


# an entry of a contents list: dot leaders, then the page number (read from a leader's first mark only, so that a
# long run of dots is read once, not again from each of its dots)
CONTENTS_ENTRY_RE = re.compile(r"(?:(?<!\.)\.{3,}|(?<!…)…+)[ \t]?\d{1,4}$")


def _numbered_past_stray(lines: list[tuple[PageLayout, Line]]) -> list[Heading]:
    """:func:`_numbered_headings`, past a stray number that heads the page before a list numbered from 1 (a page
    number '85' over the council's name, '2020 AGM', 'Minute no. 4036/16' over '1. To ask the question'): the first
    heading read is dropped when no heading read after it goes on in its scheme and, without it, the headings start
    at 1 and are two or more further (not '5. Budget' over its resolutions '1.' to '3.', then '6.')."""
    found = _numbered_headings(lines)
    if not found or _number_key(found[0][2] or "") in ((1,), ()):
        return found
    shape, key = _heading_shape(found[0][2] or ""), _number_key(found[0][2] or "")
    if any(_heading_shape(later[2] or "") == shape and _number_key(later[2] or "") > key for later in found[1:]):
        return found
    past = _numbered_headings(lines, skip=found[0][0])
    return past if past and _number_key(past[0][2] or "") == (1,) and len(past) >= len(found) + 2 else found


def _numbered_headings(lines: list[tuple[PageLayout, Line]], skip: int = -1) -> list[Heading]:
    margin = _left_margin(lines)
    found: list[Heading] = []
    shape = None
    last: tuple[int, ...] = ()
    slipped = False  # the last heading's number was printed wrong
    sub: dict | None = None  # the sub-items ("a.", "(b)", "1." indented) under the last heading
    listed: tuple[int, int, float] | None = None  # a numbered list inside an item: next number, last line, indent
    for index, (page, line) in enumerate(lines):
        text = line.text.strip()
        if sub is not None and _sub_item(lines, index, sub, found):
            continue
        if line.x0 > margin + 20 or line.x0 > page.width * 0.3 or index == skip:
            continue
        parsed = (
            _parse_heading_number(text)
            or _alpha_heading(text, line, found)
            # 'UNIVERSITY OF EXBRIDGE   CNL/26/98' opening the paper: the title and the paper's own reference
            or (_right_edge_number(text, line, page) if index else None)
            or _joined_prefix_number(lines, index, margin)
        )
        if not parsed:
            continue
        number, rest = parsed
        if HEAD_COUNT_RE.match(text):
            continue  # '1 Member of the Public' under those present: a count of people, not item 1
        if ITEM_ATTENDANCE_RE.match(text) and TITLE_PREFIX_RE.match(rest):
            continue  # 'Item 7.2: Ms J Nicolson, Solicitor for the Applicant': who attended for an item, not item 7
        if CONTENTS_ENTRY_RE.search(text):
            continue  # '49 Welcome, Introductions and Apologies ...... 3': the contents list, not the minute
        if not number[:1].isdigit() or "/" in number:
            rest = AGENDA_NUMBER_LEAD_RE.sub("", rest)
        bold_part = _bold_part(line, rest)
        wraps = bool(rest) and not bold_part and _heading_wraps(lines, index)
        bold = line.bold and line.bold_end is None  # the whole line in bold type: all of it is the heading
        title = heading_title(bold_part or rest.split("   ")[0], wraps=wraps, bold=bold)
        first, end = index, index
        if not title:
            title, first, end = _title_beside(lines, index, found[-1][1] if found else -1)
            title = heading_title(title)
            beside = first if first < index else end  # the title's own box, on either side of the number
            if title and beside != index and _column_title_wraps(lines, end, title, lines[beside][1].x0):
                title, end = join_wrapped(title, lines[end + 1][1].text), end + 1  # OCR: the number its own box
        elif title and (
            wraps
            or not bold_part
            and ("   " in text or _filed_below(lines, index))
            and _column_title_wraps(lines, index, title, None)
            or _title_case_wraps(lines, index, title)
        ):
            below = FILE_CELL_RE.sub("", lines[index + 1][1].text)
            title, end = join_wrapped(title, _wrapped_heading_part(lines[index + 1][1], below)), index + 1
        elif title and _all_caps(title) and not bold_part:  # a bold part ends the heading: the minute follows it
            while _caps_title_wraps(lines, end):  # 'MEETING OPEN FOR ANY MEMBER OF THE AUDIENCE TO' / 'ADDRESS ...'
                end += 1
                part = _wrapped_heading_part(lines[end][1])
                title = join_wrapped(title, part)
                if part != lines[end][1].text.strip():
                    break  # the minute's record runs on after the heading's last words
        key = _number_key(number)
        next_key = (last[0] + 1 if len(last) == 1 else 1,)
        over = _caps_heading_over(lines, index, rest) if number.isdigit() and key == next_key else None
        if over:
            title, first, end = over, index - 1, index
        if not title or not key or (shape and _heading_shape(number) != shape) or DATE_REST_RE.match(rest):
            continue
        # numbering restarts only in minutes numbered per section: the first heading is under a divider too
        restart = (
            key <= last
            and _restarts_numbering(lines, index, key)
            and _restarts_numbering(lines, found[0][0], _number_key(found[0][2] or ""))
        )
        # '10 AOCB' after '11 Correspondence': a number printed wrong heads an item as printed
        misnumbered = key <= last and not restart and _misnumbered_heading(lines, index, (number, title), found)
        if key <= last and not restart and not misnumbered:
            if key == (1,) and index > 0 and lines[index - 1][1].text.rstrip().endswith(":"):
                listed = (2, index, line.x0)  # 'balances held at the end of the month:' / '1. Operating account'
            continue
        if listed and key == (listed[0],) and index - listed[1] <= 2 and abs(line.x0 - listed[2]) <= 4:
            listed = (listed[0] + 1, index, line.x0)
            continue  # '2. Reserve account £30,000.00': the list goes on, not item 2
        if _zero_decimal_paragraph(key, last, title) or _label_out_of_step(lines, found, text, key, last):
            continue
        if not line.bold and note_clause(text):
            continue  # '(2) Members in arrears of Council Tax … must not vote …': a note's clause, not item 2
        if ADDRESS_TITLE_RE.match(title) and not (found and len(key) == len(last) == 1 and key[0] == last[0] + 1):
            continue  # '12 Harbour Road, Cedar Island': an address, not item 12 (but '3. Station Road - ...' after 2)
        if (
            found
            and "/" in number
            and len(key) == len(last) > 1
            and not misnumbered
            and not 0 <= key[0] - last[0] <= 1 + slipped  # after a misprinted number, its own number is skipped
        ):
            continue  # '2025/26 Precept: ...' in minute 24/103: a year, not minute 2025/26
        in_sequence = (
            len(key) > 1
            and len(key) == len(last)
            and (
                (key[:-1] == last[:-1] and key[-1] == last[-1] + 1)
                # 'P33/25' after 'P32/25', '2-14' after '1-14'
                or (
                    ("/" in number or NUMBER_YEAR_MINUTE_RE.match(text))
                    and key[1:] == last[1:]
                    and key[0] == last[0] + 1
                )
            )
        )
        # 'Minutes of the last meeting and matters arising' as item 2 after item 1: the next number, a short line
        # that is not a sentence, heads an item whatever its words
        next_in_line = (
            len(key) == 1
            and (key[0] == last[0] + 1 if len(last) == 1 else not found and key[0] == 1)
            # a capitals title wrapped over lines of capitals may run long ('5. PUBLIC PARTICIPATION – OPPORTUNITY
            # FOR MEMBERS OF THE PUBLIC' / 'TO SPEAK TO THE BOARD …', a US water district's minutes)
            # ... and so may the agenda's own words heading the minute ('5. To confirm the minutes of the meetings held
            # on 8 July and 16 September 2026 & the extraordinary meetings held on …')
            and len(title.split())
            <= (
                (40 if end > index else 25)
                if _all_caps(title)
                else 40
                if _agenda_wording(title) or end > index and in_title_case(title)  # a title-case heading wrapped
                else 14
            )
            and title[:1].isupper()
            and (
                _all_caps(title)
                or not title.rstrip().endswith((".", ",", ";"))
                or _agenda_line(title)  # 'Declarations of interest in respect of matters to be discussed.'
                # 'Bridge Lane Co. Use of Village Hall Car Park.': a title-case heading alone on its line, stopped
                or (title.rstrip(".") == rest.strip().rstrip(".") and in_title_case(title) and not title.endswith(".."))
            )
            # the line runs on into its minute ('3), To approve the minutes … 2026 The minutes of the'): the
            # agenda's words head it, however far the line reaches
            and (
                _ends_short(lines, index, end)
                or not rest  # the number alone on its line ('41.' over its title): the title's line is the title
                or _agenda_wording(title)
                and len(title) < len(rest)
                or _cut_at_mark(title, rest)  # 'Minutes of the last meeting (9 February):  As a point of …'
            )
        )
        # 'Notes of last meeting to be approved:- The minutes were signed ...'; '(3.1) The day of November 1 as ...':
        # a bracketed decimal is an item's number, never a paragraph's
        marked = f"{title}:-" in rest or bool(re.match(r"\(\d{1,3}\.\d{1,2}\)\s", text))
        opens_series = not found and ("/" in number or not rest) and _opens_minute_series(lines, index, number, margin)
        if not (
            line.bold
            or _heading_like(title)
            or len(title.split()) <= 6
            or in_sequence
            or next_in_line
            or marked
            or opens_series
            or over
            or standard_heading(title)  # '4.1 Minutes of the meeting held on …': a list opening past 1
        ):
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
        found.append((first, end, number, TRAILING_MARKS_RE.sub("", title.rstrip(".:")), ""))
        shape, slipped = _heading_shape(number), misnumbered
        if not misnumbered:  # past a misprinted number the numbering goes on from the number before it
            last = key
        # '5. PROCLAMATIONS AND COMMENDATIONS:' alone: the heading opens a list, its entries may be lettered 'A.'
        lists = lines[end][1].text.rstrip().endswith(":") and not _heading_line_tail(lines[end][1].text, title)
        sub = {
            "parent": number,
            "prefix": f"{number}.",
            # how a sub-item at the parent's indent begins
            "starts": frozenset("(abcdefghivx" + number[:1] + ("ABCDEFGH" if lists else "")),
            "lists": lists,
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
    found = _without_lone_sub_items(_gaps_filled(lines, found, margin))
    found = _decimal_runs(lines, _lettered_runs(lines, found))
    if len(found) == 1 and _heading_shape(found[0][2] or "") == "A":
        return []  # 'A. Smith': an initial, not a one-heading list
    return _closing_headings(lines, found) if found else found


# a number in a gap of the list, however printed: '2.APOLOGIES', '2 .DECLARATIONS', '5 Matters arising'
GAP_NUMBER_RE = re.compile(r"^(?P<num>\d{1,3})(?:\s?[.)]\s*|\s+)(?P<rest>[A-Z“\"‘'(].*)$")


def _gaps_filled(lines: list[tuple[PageLayout, Line]], found: list[Heading], margin: float) -> list[Heading]:
    """The headings with the gaps of their list filled: between item 1 and item 4, the lines at the margin numbered
    2 and 3, in order and no other number between, are items 2 and 3 however they read ('2. APOLOGIES FOR ABSENCE
    were received from …', '3. Apologies were received from …': a heading run into its minute as a sentence)."""
    taken = {heading[0] for heading in found}
    top = [heading for heading in found if (heading[2] or "").isdigit()]
    extra: list[Heading] = []
    for before, after in zip(top, top[1:], strict=False):
        low, high = int(before[2] or 0), int(after[2] or 0)
        if not 1 < high - low <= 4:
            continue
        between = [
            (index, match)
            for index in range(before[1] + 1, after[0])
            if lines[index][1].x0 <= margin + 20
            and index not in taken
            and (match := GAP_NUMBER_RE.match(lines[index][1].text.strip()))
            and not HEAD_COUNT_RE.match(lines[index][1].text.strip())
        ]
        if [int(match["num"]) for _, match in between] == list(range(low + 1, high)):
            extra += [
                (index, index, match["num"], heading_title(match["rest"]).rstrip(".:"), "") for index, match in between
            ]
    return sorted(found + extra) if extra else found


# a lettered or numbered-in-Roman entry: '(a) Special Meeting of the Council held on …', 'b) CH noted that …', '(ii) To
# note the minutes of …'
LETTERED_ENTRY_RE = re.compile(
    r"^(?:\((?P<bracketed>[a-h]|x|ix|iv|v?i{1,3})\)|(?P<closed>[a-h]|x|ix|iv|v?i{1,3})[.)])\s*(?:[-–—]\s+)?"
    r"(?P<title>[A-Z“\"‘'].*)$"
)  # ... a dash between the label and its title at times ('b) – Bank Reconciliation', as SUB_ITEM_RE)


def _lettered_runs(lines: list[tuple[PageLayout, Line]], found: list[Heading]) -> list[Heading]:
    """The headings with the lettered entries under a numbered heading that has no sub-item read: '(a)', '(b)' ...
    (or '(i)', '(ii)' ...) at one indent, from the heading's own indent to a little in, in order from the first, two at
    least, before the next heading, the first right under the heading or under a line that opens it with a colon: the
    entries are its sub-items however they read ('(a) Special Meeting of the Council held on 19th September 2026.',
    'a) The treasurer reported on …'). Not a resolution's clauses (the line before the first says what was resolved
    or agreed, or an entry runs on with ';')."""
    extra: list[Heading] = []
    for position, (first, end, number, _title, _ref) in enumerate(found):
        stop = found[position + 1][0] if position + 1 < len(found) else len(lines)
        if not _whole_minute(number or "") or (position + 1 < len(found) and _parent_number(found[position + 1][2])):
            continue
        x0 = lines[first][1].x0
        reach = max(x0 + 60, _title_x(lines[first][1]) + 12)  # 'Minute 47   Finance' over '(a)' under its title
        entries = [
            (index, match)
            for index in range(end + 1, stop)
            if x0 - 2 <= lines[index][1].x0 <= reach
            and (match := LETTERED_ENTRY_RE.match(lines[index][1].text.strip()))
        ]
        labels = [match["bracketed"] or match["closed"] for _, match in entries]
        if (
            len(labels) < 2
            or labels[0] not in ("a", "i")
            or any(next_sub_label(label) != following for label, following in itertools.pairwise(labels))
        ):
            continue
        indents = [lines[index][1].x0 for index, _ in entries]
        opened = entries[0][0] == end + 1 or lines[entries[0][0] - 1][1].text.rstrip().endswith(":")
        if max(indents) - min(indents) > 4 or not opened or _lists_clauses(lines, entries):
            continue
        if not number.isdigit() and not all(_titled_entry(match["title"]) for _, match in entries):
            continue  # under '19/034 Planning', 'a) Decision notices: none received.' is the minute's paragraph
        extra += [
            (index, index, f"{number}({label})", without_link_size(match["title"]).rstrip(" .:;,"), "")
            for (index, match), label in zip(entries, labels, strict=True)
        ]
    return sorted(found + extra) if extra else found


# a minute's number with its year ('24/106', 'PC 16/24') or its meeting's date ('24.03.03'): a whole minute, as '6' is
WHOLE_MINUTE_RE = re.compile(r"(?:[A-Z]{1,4}\s?)?\d{1,4}/\d{2,4}|\d{2}\.\d{2}\.\d{2}")


def _titled_entry(title: str) -> bool:
    """'Payments for Approval', 'The Old Forge, Church Street': a lettered entry that heads its own minute, short and
    with no stop (a sentence is a paragraph of the minute above)."""
    return len(title.split()) <= 10 and not title.rstrip().endswith((".", ";", ":"))


def _whole_minute(number: str) -> bool:
    return number.isdigit() or WHOLE_MINUTE_RE.fullmatch(number) is not None


def _title_x(line: Line) -> float:
    """Where the heading's title starts after its number ('Minute 47   Finance'); the line's start when none is read."""
    text = line.text.lstrip()
    parsed = _parse_heading_number(text)
    if not parsed or not parsed[1] or not text.endswith(parsed[1]):
        return line.x0
    return _column_x(line, text, len(text) - len(parsed[1]))


def _decimal_runs(lines: list[tuple[PageLayout, Line]], found: list[Heading]) -> list[Heading]:
    """The headings with the decimal entries under a numbered heading that has no sub-item read, each a heading run
    into its minute after a colon or a dash ('1.1 Apologies: J Ure, R Cowie', '2.1 Police Report – One incident was
    reported …') or a short heading alone: '1.1', '1.2' ... in order, two at least, at the heading's indent or a
    little in, before the next heading. A decimal that opens a sentence ('1.1 The Chair welcomed members.') is a
    numbered paragraph."""
    extra: list[Heading] = []
    for position, (first, end, number, _title, _ref) in enumerate(found):
        stop = found[position + 1][0] if position + 1 < len(found) else len(lines)
        if not (number or "").isdigit() or (position + 1 < len(found) and _parent_number(found[position + 1][2])):
            continue
        x0, entries = lines[first][1].x0, []
        for index in range(end + 1, stop):
            match = re.match(rf"{number}\.(\d{{1,2}})\s+([A-Z].*)$", lines[index][1].text.strip())
            if match and x0 - 2 <= lines[index][1].x0 <= x0 + 60:
                entries.append((index, match[1], _run_in_heading(match[2])))
        if len(entries) < 2 or [label for _, label, _ in entries] != [str(n) for n in range(1, len(entries) + 1)]:
            continue
        if all(title for _, _, title in entries):
            extra += [(index, index, f"{number}.{label}", title or "", "") for index, label, title in entries]
    return sorted(found + extra) if extra else found


def _run_in_heading(text: str) -> str | None:
    """'Apologies' of 'Apologies: J Ure, R Cowie', 'Police Report' of 'Police Report – One incident was …' or 'Police
    Report None received', or a short heading alone ('Matters Arising'); None for a sentence."""
    title = heading_title(text).rstrip(" .:")
    marked = len(title) < len(text.rstrip(" .:")) and text[len(title) :].lstrip()[:1] in {":", "-", "–", "—"}
    marked = marked or run_on_title(text) == title
    if marked or (title == text.strip() and _heading_like(title) and len(title.split()) <= 8):
        return title if len(title.split()) <= 10 and not RECORD_VERB_RE.search(title) else None
    return None


def _lists_clauses(lines: list[tuple[PageLayout, Line]], entries: list[tuple[int, re.Match[str]]]) -> bool:
    """Lettered entries that are a resolution's or a list's clauses: the line before the first resolves or agrees, or
    an entry ends with ';' or runs on with 'and'/'or'."""
    above = lines[entries[0][0] - 1][1].text.strip()
    if re.search(r"\b(?:resolved|agreed|recommended|decided)\b", above, re.I):
        return True
    return any(re.search(r"(?:;|\b(?:and|or))\s*$", match["title"]) for _, match in entries)


# a running minute number joined to the committee's or council's letters: 'CL38 Minutes' (Council), 'M1 To elect a
# Chairman', 'GC041401 Minutes of the last Meeting' (the committee's letters, the month, the year, the minute)
JOINED_PREFIX_RE = re.compile(r"^(?P<prefix>[A-Z]{1,3})(?P<digits>\d{1,6})\s+(?P<rest>[A-Z]\S*(?:\s.*)?)$")


def _joined_prefix_number(lines: list[tuple[PageLayout, Line]], index: int, margin: float) -> tuple[str, str] | None:
    """'CL38 Minutes' as minute CL38 when the next number of its series heads a later line at the margin ('CL39
    Interests'): letters joined to a figure name a road, a form or a size as well ('A38 Road closure', 'S106
    Agreement'), only a series of them numbers minutes."""
    match = JOINED_PREFIX_RE.match(lines[index][1].text.strip())
    if not match:
        return None
    prefix, digits = match["prefix"], match["digits"]
    neighbours = (
        (f"{prefix}{int(digits) + 1:0{len(digits)}d}", lines[index + 1 : index + 60]),
        (f"{prefix}{int(digits) - 1:0{len(digits)}d}", lines[max(0, index - 60) : index]),  # the series' last
    )
    for number, near in neighbours:
        for _page, line in near:
            text = line.text.strip()
            if text.startswith(number) and text[len(number) : len(number) + 1] == " " and abs(line.x0 - margin) <= 20:
                return f"{prefix}{digits}", match["rest"]
    return None


def _opens_minute_series(lines: list[tuple[PageLayout, Line]], index: int, number: str, margin: float) -> bool:
    """'83/26 Minutes of the Statutory Meeting of 10th December 2026.' with '84/26' the next number at the margin a
    few lines on: the first minute of a running series, however long its title (so too a number alone on its line,
    '123.26' over its title, with '124.26' the next)."""
    key = _number_key(number)
    for _, below in lines[index + 1 : index + 12]:
        parsed = _parse_heading_number(below.text.strip()) if below.x0 <= margin + 20 else None
        if parsed:
            following = _number_key(parsed[0])
            return _number_shape(parsed[0]) == _number_shape(number) and following == (key[0] + 1, *key[1:])
    return False


def _misnumbered_heading(
    lines: list[tuple[PageLayout, Line]], index: int, heading: tuple[str, str], found: list[Heading]
) -> bool:
    """'10 AOCB' after '11 Correspondence', '10.25.12 Finance' after '11.25.10': a repeated or backward number on a
    line set as every heading so far is (bold, at their margin) and worded as a heading is a misprinted number, not
    a numbered paragraph. A numbered list inside a minute is plain or indented, or follows a line ending ':'; an
    item's heading repeated over the page break ('3. WORKS REPORT (continued)') continues that item."""
    number, title = heading
    line = lines[index][1]
    heads = [lines[first][1] for first, _, printed, _, _ in found if printed and not _parent_number(printed)]
    titles = [earlier for _, _, printed, earlier, _ in found if printed and not _parent_number(printed)]
    # set as the headings so far are: all bold, or (typed in one font) mostly in capitals as this one is
    capitals = _all_caps(title) and 2 * sum(_all_caps(earlier) for earlier in titles) >= len(titles)
    if len(heads) < 3 or not (line.bold and all(head.bold for head in heads) or capitals):
        return False
    if any(printed == number and title.lower().startswith(earlier.lower()) for _, _, printed, earlier, _ in found):
        return False
    x0 = sorted(head.x0 for head in heads)[len(heads) // 2]
    return (
        abs(line.x0 - x0) <= 3
        and 1 <= len(title.split()) <= 8
        and title[:1].isupper()
        and not RECORD_VERB_RE.search(title)
        and not lines[index - 1][1].text.rstrip().endswith(":")
    )


# the verbs of a minute's record: a line with one is a sentence of the minutes, not an agenda line used as a heading
# a count of those attending: '1 Member of the Public', '3 members of the press', '2 residents'
ITEM_ATTENDANCE_RE = re.compile(r"^items?\s+\d", re.I)


LABEL_WORD_RE = re.compile(r"^(?:agenda\s+)?(?:item|minute)\s+(?:no\.?\s+)?\d", re.I)


def _zero_decimal_paragraph(key: tuple[int, ...], last: tuple[int, ...], title: str) -> bool:
    """'1.1 JB welcomed all and noted …' under '1.0 Welcome and Introductions': under a heading numbered N.0 its
    decimals number the minute's paragraphs (a sentence, or a line opening a list), not items."""
    under_zero = len(last) == len(key) == 2 and last[1] == 0 and key[0] == last[0] and key[1] > 0
    return under_zero and (title.rstrip().endswith((".", ":")) or RECORD_VERB_RE.search(title) is not None)


def _label_out_of_step(
    lines: list[tuple[PageLayout, Line]], found: list[Heading], text: str, key: tuple[int, ...], last: tuple[int, ...]
) -> bool:
    """'Item 8 - Any Other Business' or 'Minute 6 - Annual Report' inside the minute of item 3 (its matters
    arising): a labelled reference to another meeting's item, out of step with headings printed without the label."""
    if not (found and LABEL_WORD_RE.match(text) and len(key) == len(last) == 1) or key[0] == last[0] + 1:
        return False
    return not any(LABEL_WORD_RE.match(lines[first][1].text.strip()) for first, *_ in found)


HEAD_COUNT_RE = re.compile(
    r"^\d{1,3}\s+(?:members?\s+of\s+(?:the\s+)?(?:public|press)|residents?|parishioners?|visitors?|observers?)"
    r"(?:\s+(?:were\s+)?(?:in\s+attendance|present|attended|attending))?\.?$",
    re.I,
)
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
    if line.x1 < page.width * 0.7 or end > index and _wrapped_heading_part(line) != line.text.strip():
        return True  # ... or the minute's record runs on after the wrapped heading's last words
    below = lines[end + 1][1].text.strip() if end + 1 < len(lines) else ""
    lead = re.match(r"(\d{1,3})[.)]?\s", lines[index][1].text.strip())
    if lead and re.match(rf"{lead[1]}\.\d{{1,2}}\s", below):
        return True  # '3. Amendments to the minutes ...' over '3.1 One amendment ...': its first paragraph
    if SUB_ITEM_RE.match(below):
        return True  # '5. To confirm the minutes of …' over 'a) Minutes for the meeting held on …': its first entry
    return bool(below[:1].isupper()) and not JOINING_END_RE.search(lines[index][1].text)


def _caps_title_wraps(lines: list[tuple[PageLayout, Line]], index: int) -> bool:
    """A capitals heading line that goes on over the next line: it ends on a joining word or reaches well to the
    right, and the next line, in capitals and the same style, is no heading or label of its own."""
    if index + 1 >= len(lines):
        return False
    page, line = lines[index]
    below = lines[index + 1][1]
    text, next_text = line.text.strip(), _wrapped_heading_part(below)
    if lines[index + 1][0] is not page or below.bold != line.bold or not _all_caps(next_text) or "   " in next_text:
        return False
    if _parse_heading_number(next_text) or MINUTE_LABEL_RE.match(next_text) or text.endswith((".", ":")):
        return False
    ends_open = re.search(r"\b(?:TO|OF|THE|FOR|AND|ON|IN|WITH|BY|FROM|AT|OR|IS|ARE|WHICH|THAT|A|AN)$", text)
    return bool(ends_open) or line.x1 > page.width * 0.65


# a minute reference printed at the right edge of its heading: 'Apologies for absence   C101/24', 'Finance   Minute 47'
RIGHT_REF_RE = re.compile(r"^(?:[A-Z]{1,5}[\s/.]?)?\d{1,4}/\d{2,4}$|^(?:minute|min\.?)\s+(?:no\.?\s+)?(\d{1,4})$", re.I)


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
    # 'G31. Apologies' matches as a section reference, with no numeral or letter
    # ... or cut from the minute it runs into ('II. Approval of Meeting Minutes- Bill motioned to approve …')
    run_in = bool(match) and title != match["rest"].split("   ")[0].strip() and len(title.split()) <= 6
    roman = (
        bool(match)
        and (match["num"] or "")[:1] in "IVX"
        and (_heading_like(title) or run_in)
        and len(title.split()) <= 10
    )
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
    # the boxes of the number's row (a scan of a 'Min No. | Subject | Minute' grid puts the minute's box, too, on
    # either side of it): the title is the nearest column to the right
    row = [
        other
        for other in (index - 2, index - 1, index + 1, index + 2)
        if floor < other < len(lines)
        and lines[other][0] is page
        and abs(lines[other][1].top - line.top) < height / 2
        and lines[other][1].x0 > line.x0
    ]
    if row:
        other = min(row, key=lambda near: lines[near][1].x0)
        return lines[other][1].text.split("   ")[0].strip(), min(index, other), max(index, other)
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
    text = _wrapped_heading_part(below)
    if not (below.bold and not after.bold and _under_heading_text(line, below)) or "   " in text:
        return False
    numbered = _parse_heading_number(text) if not _year_span(text) else None  # '2025/26 pdf icon PDF 210 KB'
    return (
        # a capitals heading goes on in capitals ('ENVIRONMENT COMMITTEE HELD ON 6TH SEPTEMBER 2023')
        (len(text.split()) <= 6 or len(text.split()) <= 12 and text.isupper() and line.text.isupper())
        and not LABEL_LINE_RE.match(text)
        and not (numbered and not DATE_REST_RE.match(numbered[1]))  # '13 NOVEMBER 2023' ends a title
        and not SUB_ITEM_RE.match(text)
    )


def _under_heading_text(line: Line, below: Line) -> bool:
    """The next line starts where the heading line does, or where its title starts after the number (a web page's
    'No. | Item' columns: '86.' then the title, its wrapped line under the title, not under the number)."""
    if abs(below.x0 - line.x0) <= 4:
        return True
    text = line.text.lstrip()
    parsed = _parse_heading_number(text)
    if not parsed or not parsed[1] or not text.endswith(parsed[1]):
        return False
    return abs(below.x0 - _column_x(line, text, len(text) - len(parsed[1]))) <= 8


def _year_span(text: str) -> bool:
    """'2025/26 …': a financial year's two consecutive years, not a running minute number."""
    years = re.match(r"(?:19|20)(\d\d)/(\d\d)\b", text)
    return bool(years) and int(years[2]) == (int(years[1]) + 1) % 100


def _filed_below(lines: list[tuple[PageLayout, Line]], index: int) -> bool:
    """The item's file number ends the next line, not this one: the title goes on under it."""
    below = lines[index + 1][1].text if index + 1 < len(lines) else ""
    return FILE_CELL_RE.search(below) is not None and FILE_CELL_RE.search(lines[index][1].text) is None


def _wrapped_heading_part(below: Line, text: str | None = None) -> str:
    """The heading's words on the line it wraps onto when the minute's record runs on after them there: the bold words
    before the regular ('Villages of the Upper Valley' of 'Villages of the Upper Valley No declarations were made.'),
    or the words before a mark or no mark and a record's opening ('the Upper Valley' of 'the Upper Valley The Clerk
    reported …'); the line's ``text`` (by default its own) when no record runs on."""
    text = (below.text if text is None else text).strip()
    if below.bold and below.bold_end is not None:
        head, tail = below.text[: below.bold_end].strip(), below.text[below.bold_end :].strip()
        return head.rstrip(" :.-–—") if head and tail and text.startswith(head) else text
    if _attendance_label(text):
        return text  # 'Absent: None' under '1. ROLL CALL Present: …': who was absent, no heading's words
    capital = text[:1].upper() + text[1:]  # a wrapped line may start on a small word: 'the Upper Valley'
    title = heading_title(capital)
    if title == capital or not capital.startswith(title) or not opens_record(capital[len(title) :].lstrip(" .:-–—")):
        return text
    return text[: len(title)]


LIST_MARK_RE = re.compile(r"^\(?(?:[A-Za-z]|[IVXivx]{1,5})[.)]\s")
# the small words a title in title case keeps in lower case, which may open its wrapped line
WRAP_OPENING_WORDS = frozenset({"of", "the", "and", "to", "for", "in", "on", "at", "a", "an", "with", "by", "from"})


def _title_case_wraps(lines: list[tuple[PageLayout, Line]], index: int, title: str) -> bool:
    """A heading in title case that fills its line and goes on just under it, at the line's start or under the title,
    in title case too and short, with no stop ('… Village Hall Kitchen and the Funding' / 'Bid to the Trust'): its
    wrapped words, in whatever type; the minute under it is a sentence."""
    if index + 1 >= len(lines) or lines[index + 1][0] is not lines[index][0]:
        return False
    page, line = lines[index]
    below = lines[index + 1][1]
    text = _wrapped_heading_part(below)
    return (
        line.x1 > page.width * 0.65
        and in_title_case(title)
        and not title.rstrip().endswith((".", ":"))
        and 0 <= below.top - line.bottom < line.bottom - line.top
        and (abs(below.x0 - line.x0) <= 4 or line.x0 + 8 < below.x0 < line.x0 + 80)
        and len(text.split()) <= 8
        and (text[:1].isupper() or text.split()[0] in WRAP_OPENING_WORDS)  # '… Villages of' / 'the Upper Valley'
        and in_title_case(text)
        and re.search(r"[A-Za-z]{4,}", text) is not None  # words, not a reference ('C-28-02/01')
        and not LIST_MARK_RE.match(text)  # 'b. Pledge of Allegiance', 'IV. Old Business': the next heading
        and not text.endswith(".")
        and ":" not in text
        and "   " not in text
        and not _parse_heading_number(text)
    )


def _column_title_wraps(lines: list[tuple[PageLayout, Line]], index: int, title: str, column: float | None) -> bool:
    """A title in its own column, right of the number, broken off on a joining word ('... Code of Practice for
    the' / 'academic year 2026/27'): the next line goes on in the title column (at ``column`` when the title is a
    box of its own, else right of the number), just below, short, no sentence."""
    if index + 1 >= len(lines) or lines[index + 1][0] is not lines[index][0]:
        return False
    line, below = lines[index][1], lines[index + 1][1]
    text = below.text.strip()
    # Legistar prints an item's file number at the right of the title's last line ('Agendas (SUPPLEMENTAL)   26-0837')
    if not (JOINING_END_RE.search(title) or _filed_below(lines, index)):
        return False
    text = FILE_CELL_RE.sub("", text)
    placed = abs(below.x0 - column) <= 6 if column is not None else line.x0 + 8 < below.x0 < line.x0 + 80
    return (
        placed
        and 0 <= below.top - line.bottom < line.bottom - line.top
        and len(text.split()) <= 8
        and not text.endswith(".")
        and "   " not in text
        and not _parse_heading_number(text)
    )


def _restarts_numbering(lines: list[tuple[PageLayout, Line]], index: int, key: tuple[int, ...]) -> bool:
    """'1. Discuss ...' right under an 'OLD BUSINESS' or 'Part B' divider starts a new numbered section."""
    above = lines[index - 1][1].text.strip() if index > 0 else ""
    return key == (1,) and index > 0 and (_is_caps_heading(above) or bool(PART_DIVIDER_RE.match(above)))


PART_DIVIDER_RE = re.compile(r"^part\s+(?:[a-d]|[1-4]|i{1,3}|one|two)\b(?!\s+of\b)", re.I)  # 'Part B – confidential'


LATE_DECIMAL_LINES = 4  # the lines of minute text a parent's first decimal sub-item may follow


# 'A) Accounts for payment' under '58 FINANCE': a capital letter with its bracket (not 'A. Smith', an initial)
STOPPED_CAPITAL_SUB_RE = re.compile(r"^(?P<num>[A-H])\.\s+(?P<title>[A-Z]\S*.*)$")
CAPITAL_SUB_ITEM_RE = re.compile(r"^\(?(?P<num>[A-H])\)\s+(?P<title>[A-Z]\S*.*)$")


ITEM_DECIMAL_LABEL_RE = re.compile(r"^(?:agenda\s+)?item\s+(?=\d{1,3}\.\d)", re.I)


def _sub_item(lines: list[tuple[PageLayout, Line]], index: int, sub: dict, found: list[Heading]) -> bool:
    """Record line ``index`` as the next sub-item of ``sub['parent']`` if it is one.

    The first sub-item ("a." / "(a)" / a bold "1.") must come right under its parent heading and be
    indented past it; later ones must continue the sequence at the same indent and in the same style.
    """
    page, line = lines[index]
    # 'Item 2.1 Taxi Driver's Licence' under 'Item 2 Civic Government …' (a Scottish minute's labels): the label
    # stands before the parent's decimal as it stands before the parent's number
    text = ITEM_DECIMAL_LABEL_RE.sub("", line.text.strip())
    # '2. 1 Police report' under '2. Reports': a space slipped in after the parent's stop, as in 'GB/2627/ 216'
    text = re.sub(rf"^{re.escape(sub['prefix'])}\s(?=\d{{1,2}}\s)", sub["prefix"], text)
    indented = line.x0 >= sub["x0"] + 8
    # '3.1 Matters Arising' after the minute of '3. Minutes': the parent's first decimal, a few lines under it
    late_decimal = (
        sub["style"] is None
        and text.startswith(f"{sub['prefix']}1 ")
        and index - sub["after"] <= LATE_DECIMAL_LINES
        and abs(line.x0 - sub["x0"]) <= 4
    )
    # 'a. Character Counts' or '2A. Executive Session:' a sentence under its parent: the first lettered heading
    # ... or '68a' alone on its line over its title, as a web page's 'No. | Item' column prints it under '68.' alone
    lone = (
        sub["parent"].isdigit()
        and re.fullmatch(rf"{re.escape(sub['parent'])}[A-Ha-h][.)]?", text) is not None
        and index + 1 < len(lines)
        and lines[index + 1][0] is page
    )
    suffixed = (
        re.match(
            rf"^{re.escape(sub['parent'])}(?P<num>[A-Ha-h])[.)]?\s+(?P<title>[A-Z(].*)$",
            f"{text} {lines[index + 1][1].text.strip()}" if lone else text,
        )
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
    letter = (
        SUB_ITEM_RE.match(text)
        or CAPITAL_SUB_ITEM_RE.match(text)
        # 'A. Parking update- Steve reported …' under 'IV. Old Business': lettered under a Roman numeral
        # ... or under a heading that opens a list with its colon ('5. PROCLAMATIONS AND COMMENDATIONS:' / 'A.
        # Introduction of New Employee, …', US minutes)
        or (
            STOPPED_CAPITAL_SUB_RE.match(text)
            if re.fullmatch(r"[IVX]{1,6}", sub["parent"]) or sub["lists"] and _lettered_list(lines, index, sub)
            else None
        )
    )
    longest = 14 if sub["lists"] else 10  # a listed entry names its matter whole (who, what, which year)
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
    if numbered and _deeper_decimal(lines, index, numbered, sub, found):
        return True
    # '3.1 Minute 6 - Annual Report' under '3. Matters arising': numbered in the parent's column and style
    decimal = numbered and numbered[0].startswith(prefix) and numbered[0][len(prefix) :].isdigit()
    if (dashed or suffixed) and numbered:
        label, title = numbered
    elif decimal and numbered:
        label, title = numbered[0][len(prefix) :], numbered[1]
        if line.bold != lines[sub["after"]][1].bold:
            return False
        if title.rstrip().endswith(".") or ": " in title:
            title = led_title(title) or ""  # '4.1 Chairman's Report. In the absence of a Clerk …': its heading
            if not title:
                return False  # '1.1. The Chair welcomed members.': a numbered paragraph of the minute
        if RECORD_OPENER_RE.match(title) and RECORD_VERB_RE.search(title):
            return False  # '1.1 It was' over 'Proposed by …': the paragraph's sentence, wrapped
    elif line.x0 < sub["x0"] + 8 and not (
        letter and (len(letter["title"].split()) <= longest and ": " not in text or led_title(letter["title"]))
    ):
        return False  # not indented: only a short lettered line ('a) Motion to Adopt the Agenda.') or its heading
    elif letter:
        # 'a) Grit Bins - Cllr Lemon asked …': the lettered heading, its record run on after it
        lead = led_title(letter["title"]) if len(letter["title"].split()) > longest or ": " in text else None
        label, title = letter["num"], lead or letter["title"]
    elif numbered and numbered[0].isdigit() and line.bold:
        label, title = numbered
    else:
        return False
    expected = sub["next"] or (("i" if label == "i" else "a") if letter or suffixed else "1")
    if (label.lower() if suffixed or letter else label) != (expected.lower() if suffixed or letter else expected):
        return False
    if sub["style"] is None and index != sub["after"] + 1 and not (late_decimal and decimal or late_letter):
        return False
    if sub["style"] is not None and (abs(line.x0 - sub["style"][0]) > 4 or line.bold != sub["style"][1]):
        return False
    cell = title.split("   ")[0]
    # a sub-item's line in bold throughout is all heading, as a heading's is ('2.1 Taxi Driver's Licence - Renewal -
    # Mr A B': the minute's text would be in regular type)
    title = heading_title(cell, bold=line.bold and line.bold_end is None).rstrip(".:")
    if title and without_link_size(cell) != cell:
        title = title.rstrip(" ;,.")  # '5.1 5TH FEBRUARY, 2027; pdf icon PDF 244 KB': a linked title, its stop
    if not title or title.endswith((".", ",", ";")) or len(title.split()) > longest:
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
    found.append((index, index + 1 if lone and suffixed else index, number, title, ""))
    sub["deeper"] = (number, 1) if decimal else None
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


def _lettered_list(lines: list[tuple[PageLayout, Line]], index: int, sub: dict, span: int = 20) -> bool:
    """A line lettered 'A.' under a heading that opens a list is its first entry when 'B.' follows at its indent
    (and the next ones go on from it), and it names a matter, not a sentence: 'A. Smith reported …' is a person."""
    line = lines[index][1]
    if RECORD_VERB_RE.search(line.text) or PAST_VERB_RE.search(line.text):
        return False
    if sub["next"] is not None:
        return True
    return any(
        abs(below.x0 - line.x0) <= 4 and re.match(r"B\.\s+[A-Z]", below.text.strip())
        for _, below in lines[index + 1 : index + 1 + span]
    )


def _deeper_decimal(
    lines: list[tuple[PageLayout, Line]], index: int, numbered: tuple[str, str], sub: dict, found: list[Heading]
) -> bool:
    """Record '9.1.1 ACCOUNTS FOR PAYMENT' under the sub-item '9.1 CORPORATE SERVICES' (a shire's minutes): the
    next decimal of the last decimal sub-item, in the sub-items' column and type; not a numbered paragraph."""
    deeper = sub.get("deeper")
    if not deeper or numbered[0] != f"{deeper[0]}.{deeper[1]}" or sub["style"] is None:
        return False
    line = lines[index][1]
    title = heading_title(numbered[1].split("   ")[0]).rstrip(".:")
    if (
        not title
        or abs(line.x0 - sub["style"][0]) > 4
        or line.bold != sub["style"][1]
        or title.endswith((".", ",", ";"))
        or (len(title.split()) > 10 and not _all_caps(title))
        or (RECORD_OPENER_RE.match(title) and RECORD_VERB_RE.search(title))
    ):
        return False
    found.append((index, index, numbered[0], title, ""))
    sub["deeper"] = (deeper[0], deeper[1] + 1)
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
        if abs(lines[index][1].x0 - x0) <= 4 and _same_size(lines[index], size) and lines[index][1].bold == bold
    ]
    if len(kept) < least:
        return []
    return [
        (index, index, None, _caps_heading(lines[index][1].text) or lines[index][1].text.strip(), "") for index in kept
    ]


OCR_SIZE_SPREAD = 0.3  # OCR measures a line's size from its ink: a heading's underline or descenders add to it


def _same_size(line: tuple[PageLayout, Line], size: int) -> bool:
    """A heading's size is the style's: the same to the point on a text layer, within :data:`OCR_SIZE_SPREAD` of it
    on a page read by OCR ('Village Green Management Plan' read 14 points tall over its underline, its fellows 10
    and 11)."""
    page, heading = line
    if page.method == "ocr":
        return abs(heading.size - size) <= OCR_SIZE_SPREAD * size
    return round(heading.size) == size


APOLOGIES_HEADING_RE = re.compile(r"^apologies(?: for absence)?$", re.I)
# capitals labels inside a minute: a motion, its vote, a resolution, a note; not headings of minutes
MINUTE_LABEL_RE = re.compile(
    r"^[\"'“(]*(?:MOTION|MOVED|SECONDED|SECOND|VOTE|VOICE VOTE|ROLL CALL VOTE|AYES?|NAYS?|YEAS?|NOES|ABSTAIN\w*|"
    r"ABSENT|PRESENT|RESOLVED|CARRIED|DEFEATED|LOST|WHEREAS|THAT|NOW,? THEREFORE|BE IT|ACTION|NOTE|NOTED|AGREED|"
    r"DECISION|UNANIMOUS\w*|ALL IN FAVOU?R|OPPOSED|PASSED|ADOPTED|APPROVED|SECONDER|PROPOSER|PROPOSED)\b"
)
# a capitals label over a list of names ('VILLAGE OFFICIALS ON THE CALL:', 'ELECTED OFFICERS')
PEOPLE_LABEL_RE = re.compile(r"\b(?:PRESENT|ABSENT|ATTEND\w*|OFFICIALS?|OFFICERS|STAFF|MEMBERS|GUESTS|VISITORS)\b")


def _caps_heading(text: str, longest: int = 10) -> str | None:
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
    if len(head.split()) > longest or head.endswith((".", ",", ";")) or _only_a_date(head) or parse_item_number(head):
        return None
    return head


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
        # a bold capitals line heads its minute however long ('CONSIDERATION AND APPROVAL OF THE MINUTES OF THE
        # REGULAR BOARD OF ALDERMEN MEETING OF FEBRUARY 2, 2026'); a plain one of many words is a sentence in capitals
        if _caps_heading(lines[index][1].text, 20 if lines[index][1].bold else 10)
        and not _attendance_label(lines[index][1].text)
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
        and not re.search(r"\d", HEADING_YEAR_RE.sub("", text))
        and not _parse_heading_number(text)
    )


# 'Next Meeting Tuesday, 12th November 2019', 'Date of the next meeting': a notice closing the minutes, not a minute
NEXT_MEETING_HEADING_RE = re.compile(r"^(?:date\s+(?:and\s+\w+\s+)?of\s+(?:the\s+)?)?next\s+meeting\b", re.I)


def _closing_headings(lines: list[tuple[PageLayout, Line]], found: list[Heading]) -> list[Heading]:
    """Unnumbered headings before the first and after the last numbered heading, in their style
    ('Welcome and Introductions' ... 'TB(5)2 ...' ... 'AOB'), but not the notice of the next meeting (an
    unnumbered notice is no minute: numbered, it is an item like any other). Not when the numbered headings are
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
        return (
            abs(line.x0 - x0) <= 4
            and round(line.size) in sizes
            and _is_unnumbered_heading(lines, index)
            and not NEXT_MEETING_HEADING_RE.match(line.text.strip())
        )

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
        if len(re.findall(r"\b[a-z]{2,}\b", line.text)) >= 4 or SHORT_SENTENCE_RE.fullmatch(line.text.strip()):
            return True
        if _one_line_minute(line.text.strip()):
            return True
    return False


# a verb of the record in the past tense: 'welcomed', 'agreed', 'presented'
PAST_VERB_RE = re.compile(r"\b[a-z]{2,}ed\b")


def _one_line_minute(text: str) -> bool:
    """A minute of one short sentence with its stop and a verb of the record ('The Chair welcomed members.', 'The
    Board agreed the plan.'), or of nothing to record ('None.'): what a board's notes print under a heading."""
    if NOTHING_TO_REPORT_RE.match(text):
        return True
    words = text.split()
    return (
        2 <= len(words) <= 10
        and text[:1].isupper()
        and text.endswith(".")
        and (RECORD_VERB_RE.search(text) is not None or PAST_VERB_RE.search(text) is not None)
    )


# a minute of a few words, a sentence with its stop: 'Agreed as accurate.', 'Noted by the group.'
SHORT_SENTENCE_RE = re.compile(r"[A-Z][a-z]+(?: [a-z]{2,}){1,3}\.")
