"""The meeting's date and time: the first full date of the heading, skipping a letter's or a next
meeting's date, a period end and a log's date column; numeric dates month first in US papers."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from ..dates import MONTH_RE, WEEKDAY_RE, day_under_month_title, find_meeting_date, normalise_date_text
from ..pdf import PageLayout

MONTH_FIRST_DATE_RE = re.compile(rf"\b(?:{MONTH_RE})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,\s+\d{{4}}\b", re.I)


def find_time(text: str) -> str | None:
    match = re.search(r"\b(\d{1,2})(?:[.:](\d{2}))?\s*([ap])\.?m\b", text, re.I)
    if not match:
        return None
    hour = int(match[1]) % 12 + (12 if match[3].lower() == "p" else 0)
    return f"{hour:02d}:{match[2] or '00'}"


# 'DRAFT - to be approved at the meeting on 13 January 2022', 'Next Meeting: 8 May 2024': the meeting after this one
NEXT_MEETING_RE = re.compile(
    r"\b(?:(?:to\s+be|for|subject\s+to)\s+(?:approv|confirm|sign|ratif|agreed\s+at\b)|next\s+meeting\b)", re.I
)
# a line dating the paper itself or naming the next meeting, read from its start (\A: a search would otherwise try
# '.*' from each character of a long line)
LETTER_DATE_LINE_RE = re.compile(
    # ('Date & Time: Monday 19 April 2021 9.00 am' is the meeting's field: a paper's own date has no time)
    r"\A(?:(date(?!\s*(?:&|and)\s*time\b)|dated|published|issued|despatched|dispatched|"
    r"date of (?:issue|publication|despatch|dispatch)|"
    r"(?:issue|despatch|dispatch)\s+date|amended|"
    r"revised|updated|reissued|posted|printed|publication\s+date|effective\s+(?:from|date))\b"
    # 'Amended March 15, 2024' over 'Tuesday, March 19, 2024'; 'Effective from: 17/06/2022' under a decision
    # 'Circulated: 14 December 2021', 'Approved on 13 January 2022': when the minutes were sent out or signed
    r"|(?:circulated|distributed|approved|signed|confirmed|agreed|prepared|produced|last\s+updated)\s*(?::|on\b|\d)"
    rf"|.*{NEXT_MEETING_RE.pattern})",
    re.I,
)
# 'Annual return for the year ended 31 March 2017': the end of an accounting period, never a meeting's date
NUMERIC_DATE_RE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b")
# 'For the period 1 March 2026 to 30 June 2026': the months a forward plan covers, not a meeting
# 'in the year of account ended 31 March 2019' (the annual return's certificate of exemption) too
PERIOD_END_RE = re.compile(
    r"\b(?:year|period|quarter|month)(?:\s+of\s+account)?\s+end(?:ed|ing)\b|\bfor\s+the\s+period\b|"
    # 'Position as at 31 December 2024 (Quarter 3)': the date a finance paper's figures are taken at
    r"\b(?:position|forecast|outturn|balances?)\s+as\s+at\b|"
    # a summary's period: 'performance between 1 October and 31 December 2024', 'requests from 1 October 2024 to 31
    # December 2024', 'activity in the quarter to 31 December 2024' (a report printing no meeting date has none)
    rf"\b(?:between|from)\s+\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_RE})\b\.?(?:,?\s+\d{{4}})?\s+(?:and|to|until|[-–—])\s+"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_RE})\b|"
    rf"\b(?:quarter|months?|weeks?|period|year)\s+(?:up\s+)?(?:to|until)\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+"
    rf"(?:{MONTH_RE})\b",
    re.I,
)
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
# '14th February 2005Print This Post': a web page's next word glued to the year
YEAR_GLUED_WORD_RE = re.compile(rf"\b((?:{MONTH_RE})\.?,?\s+(?:19|20)\d\d)(?=[A-Z][a-z])", re.I)
# 'MARCH 4,2024': a month-first date's year glued to its comma
GLUED_COMMA_YEAR_RE = re.compile(rf"\b((?:{MONTH_RE})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?),(?=(?:19|20)\d\d\b)", re.I)
# a meeting over two days: 'November 23 and 24, 2016', '23 and 24 November 2016' (it met first on the first: the
# date reader would take the second day of the day-first form)
TWO_DAYS_MONTH_FIRST_RE = re.compile(
    rf"\b((?:{MONTH_RE})\.?\s+\d{{1,2}})(?:st|nd|rd|th)?\s+(?:and|&)\s+\d{{1,2}}(?:st|nd|rd|th)?(?=,?\s+(?:19|20)\d\d\b)",
    re.I,
)
TWO_DAYS_DAY_FIRST_RE = re.compile(
    rf"\b(\d{{1,2}}(?:st|nd|rd|th)?)\s+(?:and|&)\s+\d{{1,2}}(?:st|nd|rd|th)?(\s+(?:{MONTH_RE})\b\.?,?\s+(?:19|20)\d\d\b)",
    re.I,
)


# the words a meeting's move is printed in (also cut from a web page's heading: committees.MOVED_MEETING_NOTE_RE)
MOVED_VERBS_RE = r"(?:moved|re-?scheduled|postponed|changed|re-?arranged|deferred|brought\s+forward|put\s+back)"
# '**Meeting moved from Tuesday 25 June 2024**, Cabinet - Tuesday 9 July 2024', 'Meeting rearranged from Wednesday,
# 27 April 2016' under '3 May 2016', 'deferred from March 12, 2024': the date it no longer meets on
MOVED_FROM_RE = re.compile(
    rf"\b(?:(?:meeting|date)\s+)?{MOVED_VERBS_RE}\s+from\s+(?:(?:{WEEKDAY_RE}),?\s+)?(?:the\s+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH_RE})\b\.?|(?:{MONTH_RE})\b\.?\s+\d{{1,2}}(?:st|nd|rd|th)?)"
    r",?(?:\s+(?:19|20)\d\d)?",
    re.I,
)


def _date_forms(line: str) -> str:
    """A heading's date in the form the date reader reads: the year parted from its comma, a two-day meeting's
    first day, a date the meeting was moved from taken out."""
    line = MOVED_FROM_RE.sub(" ", GLUED_COMMA_YEAR_RE.sub(r"\1, ", YEAR_GLUED_WORD_RE.sub(r"\1 ", line)))
    return TWO_DAYS_DAY_FIRST_RE.sub(r"\1\2", TWO_DAYS_MONTH_FIRST_RE.sub(r"\1", line))


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
# a covering letter's labels: who to ask, how, and the letter's references ('Contact: …', 'Tel: …', 'Our ref: …')
CONTACT_LABEL_RE = re.compile(
    r"^(?:contact(?:\s+officer)?|tel(?:ephone)?|phone|e-?mail|direct\s+(?:line|dial)|ask\s+for|our\s+ref|your\s+ref|"
    r"enquiries(?:\s+to)?)\b",
    re.I,
)
# the agenda's own heading right under a 'Date:' line: a frontsheet's date ('Joint Staffing Sub-Committee' / 'Date:
# 04/06/27' / 'AGENDA'); a covering letter's 'Date:' sits among 'Contact:', 'Our ref:', 'Email:' and 'Dear …' follows
AGENDA_HEADING_RE = re.compile(r"^(?:the\s+)?agenda(?:\s+(?:and|&)\s+(?:reports|papers))?\s*:?$", re.I)


def _meeting_date_field(lines: list[str], index: int) -> bool:
    """'Date: Tuesday, 12 March 2024' over 'Time: 10:00' or beside 'Venue: ...', or right over the 'AGENDA' heading:
    the meeting's own date field (a letter's 'Date:' stands among the letter's labels, a report's over 'Meeting:
    Cabinet, 30 January 2025')."""
    if not re.match(r"^date(?:\s*(?:&|and)\s*time)?\s*:", lines[index], re.I):
        return False
    letter = index > 0 and CONTACT_LABEL_RE.match(lines[index - 1].strip()) is not None
    if index + 1 < len(lines) and AGENDA_HEADING_RE.match(lines[index + 1].strip()) and not letter:
        return True
    return any(MEETING_FIELD_LABEL_RE.match(lines[near]) for near in (index - 1, index + 1) if 0 <= near < len(lines))


def meeting_date_from(lines: list[str], *, month_first: bool = False) -> dt.date | None:
    """The first full date in the heading, skipping a covering letter's 'Date: …' line when the
    heading also dates the meeting ('COUNTY COUNCIL - THURSDAY, 13 FEBRUARY 2025')."""
    lines = [
        YEAR_RANGE_RE.sub(r"\1", GLUED_YEAR_RE.sub(r"\1 ", _date_forms(normalise_date_text(line))))
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
    text = "\n".join(
        line
        for index, line in enumerate(lines)
        if not LETTER_DATE_LINE_RE.match(line) and not _letter_date(lines, index)
    )
    # only letter-dated lines: a 'Date:' field dates the meeting before a next meeting's date does
    found = _first_date_of(
        [
            lambda: text,
            lambda: "\n".join(line for line in lines if not NEXT_MEETING_RE.search(line)),
            lambda: "\n".join(lines),
        ]
    )
    if found is None and not month_first and NUMERIC_DATE_RE.search(text):
        return meeting_date_from(lines, month_first=True)  # '01/27/2020': no month 27, so the month comes first
    if found is None:  # 'Monday 8th' under a title 'Minutes …, December 2025' (round 89)
        return day_under_month_title([line for line in lines if not LETTER_DATE_LINE_RE.match(line)])
    return found


SALUTATION_RE = re.compile(r"^dear\s+\w", re.I)
# 'Members … are hereby summoned to attend …', 'A meeting of the X will be held … on <date>': a summons's sentence
SUMMONS_RE = re.compile(r"\b(?:summoned|requested\s+to\s+attend|(?:will|to)\s+be\s+held)\b", re.I)


def _letter_date(lines: list[str], index: int, reach: int = 3) -> bool:
    """'3rd December 2007' alone a few lines over 'Dear Councillor,' or over the summons's 'will be held on …': the
    day a summons was written, not the day of the meeting it calls."""
    return _only_a_date(lines[index]) and any(
        SALUTATION_RE.match(line.strip()) or SUMMONS_RE.search(line) for line in lines[index + 1 : index + 1 + reach]
    )


def _first_date_of(texts: list[Callable[[], str]]) -> dt.date | None:
    """The first full date of the first text (made in turn) that has one; a text equal to one read before is
    not read again (often all are the same)."""
    read: set[str] = set()
    for make in texts:
        text = make()
        if text not in read:
            read.add(text)
            found = find_meeting_date(text)
            if found:
                return found
    return None


def _bare_date(cell: str) -> dt.date | None:
    """The date a table cell consists of ('11/01/2011', '2 March 2011'), else None."""
    if len(re.sub(r"[\W\d_]+", " ", cell).split()) > 3:  # words beyond a weekday, day and month
        return None
    return find_meeting_date(cell)


DATE_WORDS_RE = re.compile(rf"\b(?:{MONTH_RE})\b\.?|\b{WEEKDAY_RE}\b|(?<=\d)(?:st|nd|rd|th)\b|\bof\b", re.I)
LETTER_RE = re.compile(r"[A-Za-z]")
DIGIT_RE = re.compile(r"\d")  # every full date holds one


# an hour printed with a date: '7.00 pm, Tuesday 5 March 2024', 'Tuesday 5 March 2024 at 7.00 pm'
# (a run of spaces tried from its start only, taken whole: linear when searched alone along a long run of spaces)
HOUR_BESIDE_DATE_RE = re.compile(
    r"^\s*\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?,?\s+"
    r"|,?(?<!\s)\s++(?:at\s++)?\d{1,2}(?:[.:]\d{2})?\s*+[ap]\.?m\.?\s*+$",
    re.I,
)


def _a_date_with_its_hour(text: str) -> bool:
    """'7.00 pm, Tuesday 5 March 2024', '5 March 2024 at 7.00 pm', or a date alone."""
    return _only_a_date(HOUR_BESIDE_DATE_RE.sub("", text))


def _only_a_date(text: str) -> bool:
    """'September 25, 2012', 'Tuesday 4th March 2025': a date and nothing else."""
    if not DIGIT_RE.search(text):
        return False
    rest = DATE_WORDS_RE.sub(" ", text)
    return not LETTER_RE.search(re.sub(r"[\W\d_]+", " ", rest)) and find_meeting_date(text) is not None


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
