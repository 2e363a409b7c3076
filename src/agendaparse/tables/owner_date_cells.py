"""Owner and date cells: an owner cell split into a person or post and a body (split_owner), an owner
cell ending in its date (owner_and_deadline),
the lead named as an action's subject (lead_from_subject), initials resolved, known body acronyms;
a date cell read as a deadline or a start ('Mar-25', 'Q3 24/25', '2024-2029', 'From May 2011'), and
a deadline set in an action's own words (deadline_in_text).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import lru_cache

from ..dates import (
    CALENDAR_YEAR_END,
    FISCAL_QUARTER_RE,
    UK_YEAR_END,
    YearEnd,
    end_of_month,
    financial_quarter_end,
    financial_year_end,
    fiscal_quarter_end,
    parse_date,
)
from ..lexicon import given_names, organisation_groups
from ..models import DateValue
from .cells import cell_head

# "Cabinet Office Transparency Team to publish ...", "The PDC project team will be ...": who is to act.
# Shared with the NLP stage (agendaparse.nlp.subject_owner) for labelled actions.
SUBJECT_RE = re.compile(
    r"^(?:the\s+|a\s+)?(?P<owner>[A-Z][\w'’.\-/&]*(?:\s+[\w'’.\-&/]+){0,5}?)\s+"
    r"(?:to|will|would|should|agreed to)\s+(?:be\b|[a-z]{3,})"
)
ORG_WORDS = re.compile(
    r"\b(team|office|department|board|council|house|group|ministry|agency|committee|partnership|members|"
    r"service|services|directorate|authority|trust|panel|unit|secretariat|ons|dft|dwp|hmrc|nhs)\b",
    re.I,
)


# A longer subject than SUBJECT_RE allows, for a table's Action cell: 'Cabinet Office Transparency
# Team with Transparency Board input to consider ...', 'Transparency Board and MCO to convene ...'.
TABLE_SUBJECT_RE = re.compile(
    r"^(?:the\s+|a\s+)?(?P<owner>[A-Z][\w'’.\-/&]*(?:\s+[\w'’.\-&/()]+){0,9}?)\s+"
    r"(?:to|will|would|should|agreed to)\s+(?:be\b|[a-z]{3,})"
)
# 'Representative from Contract Finder to ...': the organisation is the one acting.
ENVOY_RE = re.compile(
    r"^(?:an?\s+|the\s+)?(?:representatives?|someone|officials?|colleagues?)\s+(?:from|of)\s+(?:the\s+)?", re.I
)


def lead_from_subject(action: str) -> tuple[str | None, str | None]:
    """'Cabinet Office Transparency Team to publish ...' -> (None, 'Cabinet Office Transparency Team');
    'Katie Davis to present ...' -> ('Katie Davis', None); 'Board and MCO to ...' -> ('MCO', 'Board')."""
    match = TABLE_SUBJECT_RE.match(action.strip())
    if not match:
        return None, None
    owner = re.split(r"\s+(?:with|together with|supported by|in consultation with)\s+", match["owner"].strip())[0]
    envoy = ENVOY_RE.match(owner)
    if envoy:
        rest = owner[envoy.end() :]
        return (None, rest) if re.match(r"[A-Z]", rest) else (None, None)
    people: list[str] = []
    bodies: list[str] = []
    for part in re.split(r"\s+(?:and|&)\s+|,\s*", owner):
        named_lead, lead_org = _lead_kind(part)
        if named_lead is None and lead_org is None:
            return None, None
        people += [named_lead] if named_lead else []
        bodies += [lead_org] if lead_org else []
    return ", ".join(people) or None, ", ".join(bodies) or None


def _lead_kind(owner: str) -> tuple[str | None, str | None]:
    if len(owner.split()) > 6:
        return None, None
    if ORG_WORDS.search(owner):
        return None, owner
    if re.fullmatch(r"[A-Z][a-z]+(?:\s+[A-Z][a-z'’\-]+){1,2}", owner) or re.fullmatch(r"[A-Z]{2,4}", owner):
        return owner, None
    if re.fullmatch(r"[A-Z][\w'’-]*(?:\s+(?:of|for|and|[A-Z][\w'’-]*)){0,5}", owner) and POST_RE.search(owner):
        return owner, None  # a post: 'Director of Community Care', 'Chief Executive'
    return None, None


# A date cell that says when the work starts, not when it ends: 'From May 2011', 'Commenced Oct
# 2024', '2027 onwards', 'Sep 2024 - ongoing', 'Ongoing from April 2024'.
STARTING_RE = re.compile(
    r"^\s*(?:from|starting|commencing|beginning|begins|starts|as at)\b|\b(?:commenced|started|began|begun)\b"
    r"|\bonwards\b|\b(?:ongoing|on-going|continuing)\s+(?:from|since)\b|[-–—]\s*(?:ongoing|on-going|continuing)\b",
    re.I,
)
ONWARDS_RE = re.compile(r"\bonwards\b|[-–—]\s*(?:ongoing|on-going|continuing)\b", re.I)
# the words opening a cell that say it gives a start date ('Ongoing from April 2024'; within a
# sentence, 'launch across Kent from September 2024' is not the row's start)
START_MARK_RE = re.compile(
    r"^\s*(?:(?:ongoing|on-going|continuing)\s+)?"
    r"(?:from|since|starting|commencing|commenced|started|starts|began|begun|beginning)(?:\s+(?:in|on))?\s+",
    re.I,
)
# words that may come before a cell's date range: 'Tbc provisional Jan 25-October 25'
HEDGE_RE = re.compile(
    r"(?:(?:tbc|tbd|provisional(?:ly)?|approx(?:imately)?|estimated|planned|target|expected|indicative|c\.?|"
    r"circa|by|est\.?)[\s:,;-]*)*",
    re.I,
)
MONTH_WORD = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# a numeric date as OCR reads it, a digit taken for a letter ('3l/03/2025', '1O/O4/24'): l and I for 1, O and o for 0
OCR_NUMERIC_DATE_RE = re.compile(
    r"(?<![\w/.])([\dlIoO]{1,2})([/.])([\dlIoO]{1,2})\2([\dlIoO]{2}(?:[\dlIoO]{2})?)(?![\w/])"
)
OCR_DIGITS = str.maketrans("lIoO", "1100")
DAY_MONTH_RE = re.compile(r"(?:w/?c\.?\s*|week commencing\s+)?(\d{1,2})/(\d{1,2})", re.I)
# a date cell of a spreadsheet printed unformatted: Excel's serial day count from 30 December 1899 ('46112' is
# 31 March 2026); only the serials of the years 2000 to 2049, five digits alone in the cell
EXCEL_SERIAL_RE = re.compile(r"(3[6-9]\d{3}|4\d{4}|5[0-4]\d{3})")
EXCEL_EPOCH = dt.date(1899, 12, 30)
EXCEL_SERIALS = (36526, 54789)  # 1 January 2000 .. 31 December 2049
# 'Mar-25', 'March ‘25', "Dec '24": a month and a two-digit year.
# a military-style date run together ('15Jan26', '3MAR2026'): day, month abbreviation, year
COMPACT_DATE_RE = re.compile(r"\b(\d{1,2})([A-Za-z]{3})(\d{2}|\d{4})\b")
MONTH_SHORT_YEAR_RE = re.compile(r"(?<!\d-)\b([A-Z][a-z]{2,8})\.?(?:\s*[‘’']|-)(\d{2})\b(?![/.:-]?\d)")
# 'Apr 24 - Mar 25', 'June 24- Nov 24': two months with two-digit years either side of a dash
MONTH_PAIR_RE = re.compile(
    rf"\b({MONTH_WORD})\.?\s+(\d{{2}})(\s*(?:[-–—]|\bto\b)\s*)({MONTH_WORD})\.?\s+(\d{{2}})\b(?![/.:]?\d)", re.I
)
MONTH_NAMES = {
    "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
}  # fmt: skip
# 'Se ptember': a month name broken in a narrow column and joined with a space
BROKEN_PAIR_RE = re.compile(r"\b([A-Z][a-z]{0,7}) ([a-z]{2,8})\b")
# 'Oct 24', 'Sept 25': an abbreviated month and two digits, as a spreadsheet prints a month and year
# ('Oct 24, 2024' and 'Oct 24th' are days)
SHORT_MONTH_YEAR_RE = re.compile(
    r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+(\d{2})\b(?![/.:]?\d|\s*(?:st|nd|rd|th)\b|,?\s+(?:19|20)\d\d)"
)
YEAR_QUARTER_RE = re.compile(r"\b((?:19|20)\d\d)\s*/\s*(\d{2,4})\s+Q([1-4])\b", re.I)
SHORT_QUARTER_RE = re.compile(r"\bQ(?:uarter)?\s*([1-4])\s+(\d{2})\s*/\s*(\d{2})\b", re.I)
QUARTER_WORD_RE = re.compile(r"\b(?:quarter|qtr)\s*([1-4])\b", re.I)
# (not a quarter of a named fiscal year, 'Q3 FY26': see _fiscal_quarter_text)
BARE_QUARTER_RE = re.compile(r"(?<![/\d]\d\d\s)\bQ([1-4])\b(?!\s*+(?:of\s+)?(?:(?:19|20)?\d\d|(?:the\s+)?FY))", re.I)
# '2024-25' is the financial year 2024/25 (its second year follows the first); '2024-2029' a range
FINANCIAL_YEAR_RE = re.compile(r"(?<![\d/-])((?:19|20)\d\d)\s*[-–]\s*(\d\d)(?![\d/-])")
YEAR_END_RE = re.compile(
    r"\b(?:(?:by\s+)?(?:the\s+)?end\s+of\s+(?:the\s+)?(?P<fy>(?:financial|fiscal)\s+)?year"
    r"|(?P<fy2>(?:financial|fiscal)\s+)year\s+end)\b"
    r"(?!\s*(?:19|20)\d\d)",
    re.I,
)
DATE_TOKEN = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{MONTH_WORD}\.?,?\s+(?:19|20)\d\d|Q[1-4]\s+(?:19|20)\d\d(?:/\d{{2,4}})?"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|(?:19|20)\d\d(?:/\d\d)?"
)
# the first 'date - date' in a cell: 'Tbc provisional Jan 2025-October 2025 (dependent ...)'
RANGE_RE = re.compile(
    rf"(?<![\w/])(?P<start>{DATE_TOKEN})(?![\w/])\s*(?:[-–—]|\bto\b|\buntil\b|\btill\b)\s*"
    rf"(?P<end>{DATE_TOKEN})(?![\w/])",
    re.I,
)
YEARS_RE = re.compile(r"(?P<start>(?:19|20)\d\d)\s*[-–—]\s*(?P<end>(?:19|20)\d\d)")
FROM_DATE_RE = re.compile(
    rf"\b(?:from|since|starting(?:\s+in)?|commencing)\s+(?:the\s+)?(?:{DATE_TOKEN}|{MONTH_WORD}\b)", re.I
)


# A date cell is read from its opening only (the longest date cell read on dev is about 170
# characters): past this, a cell is an update paragraph, and its later dates are not its deadline.
MAX_DATE_CHARS = 1000


def _financial_year_ending(reference: dt.date, year_end: tuple[int, int]) -> int:
    """The calendar year in which the financial year holding ``reference`` ends (UK: 2026 for 1 April 2025 to 31
    March 2026; Australia: 2026 for 1 July 2025 to 30 June 2026; a calendar year its own)."""
    return reference.year if reference <= financial_year_end(reference.year, year_end) else reference.year + 1


def date_cell_text(text: str, reference: dt.date | None, *, year_end: YearEnd = UK_YEAR_END) -> str:
    """A date cell in the forms :func:`parse_date` reads: 'Mar-25' -> 'Mar 2025', 'Apr 24 - Mar 25'
    -> 'Apr 2024 - Mar 2025', 'Q3 24/25' -> 'Q3 2024/25', 'Quarter 2' -> the next such quarter of the
    financial year, '2024-25' -> '2024/25', 'End of year' -> December (of the financial year: March).
    ``year_end`` is the (month, day) the document's financial year ends on (stop 35: the UK's 31 March unless its
    jurisdiction says otherwise; a calendar year's quarters are written 'Q3 2026'; None, a US body's fiscal year not
    printed: a bare quarter and the financial year's end are left as printed, no date).
    Only the cell's first :data:`MAX_DATE_CHARS` are rewritten; the rest follows as printed."""
    head = cell_head(text, MAX_DATE_CHARS)
    if len(head) < len(text):
        return _date_head_text(head, reference, year_end) + text[len(head) :]
    return _date_head_text(text, reference, year_end)


def _ocr_digits(match: re.Match[str]) -> str:
    """A numeric date with letters for digits read as digits, when most of it is digits already."""
    letters = sum(not char.isdigit() for char in match[1] + match[3] + match[4])
    if letters == 0 or letters > 2:
        return match[0]
    return match[0].translate(OCR_DIGITS)


def _spaced_compact_date(match: re.Match[str]) -> str:
    if match[2].lower() not in MONTH_ABBREVIATIONS:
        return match[0]
    year = match[3] if len(match[3]) == 4 else f"20{match[3]}"
    return f"{match[1]} {match[2].title()} {year}"


def _date_head_text(text: str, reference: dt.date | None, year_end: YearEnd = UK_YEAR_END) -> str:
    if (serial := EXCEL_SERIAL_RE.fullmatch(text.strip())) and EXCEL_SERIALS[0] <= int(serial[1]) <= EXCEL_SERIALS[1]:
        return (EXCEL_EPOCH + dt.timedelta(days=int(serial[1]))).isoformat()
    text = OCR_NUMERIC_DATE_RE.sub(_ocr_digits, text)
    plain = BROKEN_PAIR_RE.sub(lambda m: m[1] + m[2] if (m[1] + m[2]).lower() in MONTH_NAMES else m[0], text)
    plain = MONTH_PAIR_RE.sub(lambda m: f"{m[1]} 20{m[2]}{m[3]}{m[4]} 20{m[5]}", plain)
    plain = COMPACT_DATE_RE.sub(_spaced_compact_date, plain)
    plain = MONTH_SHORT_YEAR_RE.sub(
        lambda m: f"{m[1]} 20{m[2]}" if m[1][:3].lower() in MONTH_ABBREVIATIONS else m[0], plain
    )
    plain = SHORT_QUARTER_RE.sub(lambda m: f"Q{m[1]} 20{m[2]}/{m[3]}", plain)
    plain = QUARTER_WORD_RE.sub(lambda m: f"Q{m[1]}", plain)
    plain = FISCAL_QUARTER_RE.sub(lambda m: _fiscal_quarter_text(m, year_end), plain)
    plain = FINANCIAL_YEAR_RE.sub(lambda m: f"{m[1]}/{m[2]}" if (int(m[1]) + 1) % 100 == int(m[2]) else m[0], plain)
    plain = YEAR_QUARTER_RE.sub(lambda m: f"Q{m[3]} {m[1]}/{m[2]}", plain)  # '2025/26 Q1'
    plain = SHORT_MONTH_YEAR_RE.sub(lambda m: f"{m[1]} 20{m[2]}", plain)
    if reference is not None and (bare := DAY_MONTH_RE.fullmatch(plain.strip())):
        # a day and month without a year ('w/c 12/05'): the next such day from the meeting on
        day, month = int(bare[1]), int(bare[2])
        if 1 <= month <= 12 and 1 <= day <= 31:
            try:
                when = dt.date(reference.year, month, day)
                when = when if when >= reference else dt.date(reference.year + 1, month, day)
                plain = when.isoformat()
            except ValueError:
                pass
    if reference is None:
        return plain
    ending = _financial_year_ending(reference, year_end) if year_end else reference.year

    def quarter(match: re.Match[str]) -> str:
        if year_end is None:
            return match[0]  # a fiscal year not known: no quarter of it
        number = int(match[1])
        # this financial year's quarter, or the next year's where it ended before the meeting's month
        year = ending + (financial_quarter_end(number, ending, year_end) < reference.replace(day=1))
        if year_end == CALENDAR_YEAR_END:
            return f"Q{number} {year}"  # a calendar quarter
        return f"Q{number} {year - 1}/{year % 100:02d}"

    plain = BARE_QUARTER_RE.sub(quarter, plain)

    def end_of_year(match: re.Match[str]) -> str:
        if not (match["fy"] or match["fy2"]):
            return f"December {reference.year}"
        if year_end is None:
            return match[0]
        end = financial_year_end(ending, year_end)
        month = end.strftime("%B")
        return f"{month} {end.year}" if end == end_of_month(end.year, end.month) else f"{end.day} {month} {end.year}"

    return YEAR_END_RE.sub(end_of_year, plain)


def _fiscal_quarter_text(match: re.Match[str], year_end: YearEnd) -> str:
    """'Q3 FY26', 'FY26 Q3' as the quarter of its financial year in the forms parse_date reads ('Q3 2025/26' in the
    UK, 'Q3 2026' in a calendar year); where that has no date, written quarter first ('Q3 FY2025/26') so that the
    bare quarter's rewrite passes it by (and parse_date gives it no date)."""
    end = fiscal_quarter_end(match, year_end)
    number = match["number"] or match["number_after"]
    if end is None:
        second = match["second"] or match["second_year"]
        return f"Q{number} FY{match['first'] or match['first_year']}" + (f"/{second}" if second else "")
    ending = _financial_year_ending(end, year_end) if year_end else end.year
    return f"Q{number} {ending}" if year_end == CALENDAR_YEAR_END else f"Q{number} {ending - 1}/{ending % 100:02d}"


def cell_date(text: str, reference: dt.date | None, *, year_end: YearEnd = UK_YEAR_END) -> DateValue:
    """:func:`parse_date` on the cell's first :data:`MAX_DATE_CHARS`, keeping the whole cell as ``raw``."""
    found = parse_date(cell_head(text, MAX_DATE_CHARS), reference=reference, year_end=year_end)
    return found if len(text) <= MAX_DATE_CHARS else found.model_copy(update={"raw": text.strip()})


def only_a_start(text: str, reference: dt.date | None, *, year_end: YearEnd = UK_YEAR_END) -> bool:
    """Every date the cell gives follows 'from' or 'since': '... and launch across Kent from
    September 2024' says when the work starts, not when it ends."""
    plain = date_cell_text(cell_head(text, MAX_DATE_CHARS), reference, year_end=year_end)
    if not FROM_DATE_RE.search(plain):
        return False
    return parse_date(FROM_DATE_RE.sub(" ", plain), reference=reference, year_end=year_end).date is None


def _range(plain: str) -> re.Match[str] | None:
    """The cell's date range, where only hedging words ('Tbc provisional') come before it."""
    span = RANGE_RE.search(plain)
    return span if span and HEDGE_RE.fullmatch(plain[: span.start()]) else None


def _ends_after(start: DateValue, end: DateValue) -> bool:
    return start.date is not None and end.date is not None and end.date > start.date


# a later date written after the first in the deadline's own cell, the date in force (corpus/gold/README.md, stop 29):
# '31/03/2026 Revised: 30/06/2026', '... revised to June 2026', '... amended / rescheduled / updated to ...', '...
# New date: 31/08/2025', '30/06/2025 now 30/09/2025', '(now 31 August 2025)'; not the date it moved from ('30/11/2025
# (revised from 30/09/2025)'), and 'now' only before a date ('31/10/2025 - now with legal services' says nothing)
REVISED_IN_CELL_RE = re.compile(
    r"\b(?:(?:revised|rescheduled|extended|moved|amended|updated)\b(?!\s+from\b)"
    r"(?:\s+(?:date|deadline|target(?: date)?|to))?"
    r"|new\s+(?:date|deadline|target(?: date)?)\b"
    r"|now(?=\s*[:\-–]?\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|q[1-4]\b|end\b)))"
    r"\s*[:\-–]?\s*",
    re.I,
)


def deadline(text: str, reference: dt.date | None, *, year_end: YearEnd = UK_YEAR_END) -> DateValue:
    """A deadline cell's date: 'Mar-25' and 'March ‘25' are March 2025; a range ('2024-2029',
    '2025 to 2026', 'April - June 2024', 'Jan 25-October 25 (provisional)') ends at its end; a revised
    date written after the first is the one in force; financial years and quarters end in ``year_end`` (the
    document's, :func:`date_cell_text`)."""
    revised = REVISED_IN_CELL_RE.search(text)
    if revised and revised.start() > 0:
        later = _deadline(text[revised.end() :], reference, year_end)
        if later.date is not None:
            return DateValue(raw=text, date=later.date, precision=later.precision)
    return _deadline(text, reference, year_end)


def _deadline(text: str, reference: dt.date | None, year_end: YearEnd = UK_YEAR_END) -> DateValue:
    plain = date_cell_text(cell_head(text, MAX_DATE_CHARS), reference, year_end=year_end)
    span = _range(plain)
    if span:
        start = parse_date(span["start"], reference=reference, year_end=year_end)
        end = parse_date(span["end"], reference=reference, year_end=year_end)
        if _ends_after(start, end):
            return DateValue(raw=text, date=end.date, precision=end.precision)
    found = parse_date(plain, reference=reference, year_end=year_end)
    bare = re.fullmatch(r"([A-Z][a-z]{2,8})\.?\s+(\d{2})", plain.strip())
    if found.date is None and bare and bare[1][:3].lower() in MONTH_ABBREVIATIONS:
        found = parse_date(f"{bare[1]} 20{bare[2]}")  # no year to put a day in: 'March 26' is March 2026
    span = YEARS_RE.match(plain.strip()) or DATE_RANGE_RE.match(plain.strip())
    if span and found.date is not None:
        end = parse_date(span["end"], reference=reference, year_end=year_end)
        if _ends_after(found, end) and parse_date(span["start"], reference=reference, year_end=year_end).date:
            return DateValue(raw=text, date=end.date, precision=end.precision)
    return DateValue(raw=text, date=found.date, precision=found.precision)


# 'April - June 2024', '2025 to 2026' ('12-03-2024' is one date; '2024-2029' see deadline)
# (a separator is tried from the start of a run of spaces only: the earliest one, as before, in linear time)
DATE_RANGE_RE = re.compile(r"^(?P<start>.+?)(?<!\s)(?:\s++[-–—]\s*|\s*+[-–—]\s+|\s++(?:to|until)\s+)(?P<end>.+)$")


def first_day(found: DateValue, text: str, *, year_end: YearEnd = UK_YEAR_END) -> DateValue:
    """A start date read as the first day of the period it names: 'April 2024' is 1 April,
    'Q2 2024/25' 1 July 2024, '2024/25' and 'FY25' 1 April 2024 (in Australia 1 July 2024: the day after the
    ``year_end`` before), '2025' 1 January."""
    if found.date is None:
        return found
    date = found.date
    if found.precision == "month":
        date = date.replace(day=1)
    elif found.precision == "quarter":
        month = date.year * 12 + date.month - 3  # the quarter's first month, counted from year 0
        date = dt.date(month // 12, month % 12 + 1, 1)
    elif found.precision == "year":
        financial = re.search(rf"\b{date.year - 1}\s*/\s*(?:{date.year}|{date.year % 100:02d})\b", text)
        # 'FY2026', 'FY 26': the financial year ending in that year
        financial = financial or re.search(rf"\bFY\s?(?:{date.year}|{date.year % 100:02d})\b", text, re.I)
        if financial and year_end is not None:
            date = financial_year_end(date.year - 1, year_end) + dt.timedelta(days=1)
        else:
            date = date.replace(month=1, day=1)
    return DateValue(raw=found.raw, date=date, precision=found.precision)


# an owner cell that also gives the date, in a table with no date column: 'Head of Housing – March 2026',
# 'Clerk, Dec-25', 'Planning Manager (2025/26)' (a 'Lead / timescale' column; tables round 48), 'Director of Public
# Health / March 2026' (the slash of the header's 'Lead / timescale' between them; tables round 58)
OWNER_DATE_SEPARATORS = (" – ", " — ", " - ", ", ", " (", " / ")
MAX_OWNER_DATE_CHARS = 120
MAX_OWNER_DATE_WORDS = 4


def owner_and_deadline(
    cell: str, reference: dt.date | None, *, year_end: YearEnd = UK_YEAR_END
) -> tuple[str, str] | None:
    """(the owner, the date) where an owner cell ends in a date after a dash, a comma or a bracket; else None."""
    text = " ".join(cell.split())
    if len(text) > MAX_OWNER_DATE_CHARS:
        return None
    for separator in OWNER_DATE_SEPARATORS:
        owner, found, when = text.rpartition(separator)
        when = when.removesuffix(")") if separator == " (" else when
        if not found or not owner.strip() or re.search(r"\d", owner) or len(when.split()) > MAX_OWNER_DATE_WORDS:
            continue
        # a month word alone may be a given name ('Jones, May'): the date carries a year or a quarter's number
        if re.search(r"\d", when) and deadline(when, reference, year_end=year_end).date is not None:
            return owner.strip(), when.strip()
    return _owner_over_date(text, reference, year_end)


# the first word of a date set on the owner's next line: a month, a day's or a year's number, a quarter
DATE_OPENING_RE = re.compile(
    r"\d|q[1-4]\b|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$",
    re.I,
)


def _owner_over_date(text: str, reference: dt.date | None, year_end: YearEnd) -> tuple[str, str] | None:
    """'Young Carers Service Manager' over 'September 2026' in one cell, the line break read as a space: the
    longest tail of up to :data:`MAX_OWNER_DATE_WORDS` words opening as a date, holding a number and read as one,
    after an owner of words only."""
    words = text.split()
    for start in range(max(1, len(words) - MAX_OWNER_DATE_WORDS), len(words)):
        owner, when = " ".join(words[:start]), " ".join(words[start:])
        if re.search(r"\d", owner) or not DATE_OPENING_RE.match(words[start]) or not re.search(r"\d", when):
            continue
        if deadline(when, reference, year_end=year_end).date is not None:
            return owner, when
    return None


def start_in_deadline(text: str, reference: dt.date | None, *, year_end: YearEnd = UK_YEAR_END) -> DateValue:
    """When a deadline cell says the work starts: a range's start ('2024-2029', 'June 24- Nov 24'),
    'Commenced October 2024', 'From May 2011', '2027 onwards', 'Sep 2024 - ongoing'; the first day
    of the month, quarter or year it names (a financial one's in ``year_end``)."""
    plain = date_cell_text(cell_head(text, MAX_DATE_CHARS), reference, year_end=year_end)
    mark = START_MARK_RE.search(plain)
    span = _range(plain)
    if mark:
        # 'Commenced Oct 24': a month and two digits after a start word are a month and its year
        after = re.sub(
            rf"^({MONTH_WORD})\.?\s+(\d{{2}})\b(?![/.:]?\d|,?\s+\d{{4}})", r"\1 20\2", plain[mark.end() :], flags=re.I
        )
        found = parse_date(after, reference=reference, year_end=year_end)
        if found.date is None:
            return DateValue(raw=text)
        return first_day(found, after, year_end=year_end)
    if ONWARDS_RE.search(plain):  # '2027 onwards', 'Sep 2024 - ongoing'
        return first_day(parse_date(plain, reference=reference, year_end=year_end), plain, year_end=year_end)
    if span and _ends_after(
        start := parse_date(span["start"], reference=reference, year_end=year_end),
        deadline(text, reference, year_end=year_end),
    ):
        return first_day(start, span["start"], year_end=year_end)
    return DateValue(raw=text)


MONTH_ABBREVIATIONS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}
# 'to be completed before Christmas', 'will attend the webinar on 20th September', 'by 31 March 2024'
DEADLINE_RE = re.compile(
    r"\b(?:by|before|on|no later than|not later than|in time for|until)\s+(?:the\s+)?"
    r"(?P<when>(?:end of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]+\.?(?:\s+\d{4})?"
    r"|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?(?!\d)(?:,?\s+\d{4})?|[A-Z][a-z]+\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4}"
    r"|Christmas))"
)
# 'to the Board in June 2025', 'by end of Q2', 'during Q3 2025/26': a month of a year or a quarter
PERIOD_DEADLINE_RE = re.compile(
    r"\b(?:[Ii]n|[Dd]uring|[Bb]y|[Bb]efore)\s+(?:the\s+)?(?:(?:end|close)\s+of\s+)?"
    r"(?P<when>(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}"
    r"|Q[1-4](?:\s+(?:of\s+)?(?:19|20)\d\d(?:\s*/\s*\d\d(?:\d\d)?)?)?)\b"
    # not a period naming what follows ('in May 2014 figures'): the clause ends, or goes on with a link word
    r"(?!\s+(?!(?:on|and|to|for|with|at|if|or|when|once|following|after|so|as|via|including)\b)[a-z])"
)


# 'In August, collate ...', 'by March': a month with no day or year, the next such month's end.
MONTH_DEADLINE_RE = re.compile(
    r"\b(?:[Ii]n|[Dd]uring|[Bb]y|[Bb]efore|[Uu]ntil)\s+(?:(?:early|mid|late|the end of|end of)[\s-]+)?"
    r"(?P<when>January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"(?![\s,]*\d)"
)


def deadline_in_text(
    text: str, reference: dt.date | None, *, year_end: YearEnd = UK_YEAR_END
) -> tuple[str | None, DateValue]:
    """A date the action's own words set ('... completed before Christmas', 'on 20th September',
    'In August, ...'), for tables with no date column. Christmas is 25 December, on or after
    ``reference``; a month alone is the end of the next such month."""
    matches = sorted(
        [*DEADLINE_RE.finditer(text), *MONTH_DEADLINE_RE.finditer(text), *PERIOD_DEADLINE_RE.finditer(text)],
        key=lambda m: m.start(),
    )
    for match in matches:
        when = match["when"]
        if match.re is PERIOD_DEADLINE_RE:
            period = deadline(when, reference, year_end=year_end)
            if period.date is not None:
                return match[0], DateValue(raw=match[0], date=period.date, precision=period.precision)
            continue
        if when.lower() == "christmas":
            if reference is None:
                continue
            year = reference.year + (reference > dt.date(reference.year, 12, 25))
            return match[0], DateValue(raw=match[0], date=dt.date(year, 12, 25), precision="day")
        found = parse_date(when, reference=reference, year_end=year_end)
        if found.date is not None:
            return match[0], DateValue(raw=match[0], date=found.date, precision=found.precision)
    return None, DateValue(raw="")


def resolve_initials(lead: str, initials: dict[str, str]) -> str:
    """'AS' -> 'Alan Smith' when the document defines every set of initials: its members list does, or
    it names one person in full with them."""
    parts = [part for part in re.split(r"(?<!\s)\s*+(?:/|,|&|\band\b)\s*", lead.strip()) if part]
    if parts and all(part in initials for part in parts):
        return ", ".join(initials[part] for part in parts)
    return lead


# An owner cell naming a body, not a person, role or team: a council, an agency, a force, a company.
OWNER_BODY_RE = re.compile(
    r"\b(?:council|agency|department|ministry|authority|trust|partnership|board|committee|commission|police|"
    r"constabulary|fire and rescue|icb|ccg|ltd|limited|plc|association|society|charity|foundation|college|"
    r"university|nhs|hmrc|dwp|dft|ons|government|office|treasury|directorate|registry)\b",
    re.I,
)
# A post: the word that makes 'Head of Housing', 'Early years lead', 'Planning Policy Manager' a job.
POST_RE = re.compile(
    r"\b(?:head|director|manager|officer|lead|leads|chief|executive|clerk|chair|chairman|chairwoman|chairperson|"
    r"co-?ordinator|adviser|advisor|consultant|commissioner|administrator|secretary|treasurer|councillor|"
    r"cabinet member|portfolio holder|specialist|analyst|assistant|deputy|principal|supervisor|controller|"
    r"engineer|planner|worker|rfo|inspector|sergeant|constable|superintendent|surveyor|headteacher|solicitor|"
    r"accountant|librarian|warden|ranger)\b",
    re.I,
)
OWNER_LABEL_RE = re.compile(
    r"^(?:lead(?:\s+(?:officer|member|person))?|owner|action\s+owner|responsible(?:\s+officer)?|officer|"
    r"action\s+by|by)\s*:\s*",
    re.I,
)
MAX_OWNER_CHARS = 160  # longer cells are prose, not a post and a body
MAX_OWNER_CELL = 1000  # longer cells are not read for a lead at all (the searches below are linear, but many)
OTHER_LABEL_RE = re.compile(
    r"(?<!\s)(?:\s*+;\s*|\s++(?=(?:support(?:ing)?|partners?|with|deputy|contact)\s*:))", re.I
)  # (from a run of spaces' start only: the same leftmost split, in linear time)
TITLE = r"(?:(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Sir|Dame|Rev)\.?\s+)"
NAME_WORD = r"(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*"
# 'Jane Smith', 'Cllr J. Smith', "David O'Neill": a person (whose next words may be a post or a body)
PERSON_RE = re.compile(rf"{TITLE}?(?P<given>[A-Z][a-z]+|[A-Z]\.?)(?:\s+[A-Z]\.?)?(?:\s+{NAME_WORD}){{1,2}}")
OWNER_SEPARATOR_RE = re.compile(r"(?<!\s)(?:\s*+,\s+|\s++[-–—]\s+)")  # (as OTHER_LABEL_RE: linear)
# 'All', 'All partners', 'All Board members', 'Officials': everyone, no one lead
EVERYONE_RE = re.compile(
    r"all(?:\s+(?:\w+\s+)?(?:members|councillors|partners|agencies|officers|staff|services|directorates|present|"
    r"organisations|parties|trustees|governors))?|everyone|everybody|officials",
    re.I,
)
# a police rank before a name, dropped as a title is: 'Sgt Amy Ward', 'PC Dan Hale', 'Det Insp Lee'
RANK_RE = re.compile(
    r"(?:(?:Det(?:ective)?|Ch(?:ief)?)\.?\s+)?(?:Sgt|Sergeant|Insp|Inspector|Supt|PCSO|PC|DC|DS|DI)\.?\s+"
)
INITIALS_RE = re.compile(r"[A-Z]{2,3}[a-z]?(?:\s*/\s*[A-Z]{2,3}[a-z]?)*")  # 'JS', 'JTe', 'JS/KK'


GIVEN_NAMES = given_names()


# the office of a post ('Office of the Chief Information Officer', 'Office of the Attorney General'): a body
OFFICE_OF_RE = re.compile(
    r"(?:The\s+)?Office\s+of\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|and|for|of|the)){0,8}"
)


def _is_body(text: str) -> bool:
    if re.search(r"\bService$", text) and not POST_RE.search(text):
        return True  # 'Probation Service', 'Kent Fire and Rescue Service' ('Head of Service' is a post)
    if OWNER_BODY_RE.search(text):
        return not re.fullmatch(r"[A-Z]{2,4}[a-z]?", text)
    return _proper_body(text)


# A body named for the nation it serves, no body word in it: 'Food Standards Scotland', 'Historic England'
NATION_BODY_RE = re.compile(  # (fullmatch; a search tries each word's start only)
    r"(?<![\w'’&-])(?:[A-Z][\w'’&-]*\s+(?:(?:and|for|of)\s+)?){1,4}(?:England|Scotland|Wales|Cymru|UK|Britain|Northern\s+Ireland)"
)
# a local branch after a national body's name: 'Age UK Kent', 'Mind in Bexley', 'Citizens Advice North Kent'
BRANCH_RE = re.compile(r"(?<!\s)(?:\s+in)?(?:\s+(?:[A-Z][\w'’-]*|and|&)){1,4}")
TEAM_WORD_RE = re.compile(r"\b(?:team|teams|unit|programme|project|hub|hubs)\b", re.I)
# a centre named for the people it serves, a plural of people who do something: 'Carers Centre', 'Young Carers
# Centre', 'Volunteers Centre Kent' (a charity); not a centre named for what is done there ('Contact Centre', 'Call
# Centre', 'Leisure Centre') or where it stands ('Town Centre'), which are teams and places
SERVED_CENTRE_RE = re.compile(  # each word whole from its start, at most 64 characters (bodies.PLACE_WORD)
    r"(?<![\w'’-])(?:[A-Z][\w'’-]{0,63}+\s+){0,2}[A-Z][a-z]{0,60}ers['’]?\s+Centre(?:\s+[A-Z][\w'’-]{0,63}+){0,2}"
)


def listed_body(text: str) -> bool:
    """A body data/organisations.txt lists by its whole name, whatever post word the name holds: 'Health and Safety
    Executive', "Information Commissioner's Office" (the post words 'Executive' and 'Commissioner' make no post of
    a name the list gives as a body)."""
    return text in _lexicon_names()


def _proper_body(text: str) -> bool:
    """A body by its proper name without a body word: a name data/organisations.txt lists (or a local branch
    of one: 'Age UK Kent', 'Mind in Bexley'), a name ending in the nation it serves ('Sport England') or a centre
    named for the people it serves ('Carers Centre'); not a team ('Team England') and not a post."""
    if listed_body(text):
        return True
    if POST_RE.search(text) or TEAM_WORD_RE.search(text) or len(text) > MAX_OWNER_CHARS:
        return False
    if SERVED_CENTRE_RE.fullmatch(text):
        return True
    if NATION_BODY_RE.fullmatch(text):
        return True
    names = _lexicon_names()
    if text in names:
        return True
    return any(text.startswith(name) and BRANCH_RE.fullmatch(text[len(name) :]) for name in names)


@lru_cache(maxsize=1)
def _lexicon_names() -> frozenset[str]:
    """The bodies data/organisations.txt lists by name, not by acronym ('DfE', 'HMT' stay with
    known_body_acronyms: alone, they may be someone's initials)."""
    return frozenset(
        name for group in organisation_groups() for name in group if not ACRONYM_RE.fullmatch(name) and len(name) > 3
    )


def _is_person(text: str, *, strict: bool = False) -> bool:
    """'Jane Smith', 'Cllr Tom Brown': a name, no post, team or body word in it. ``strict``: the
    name runs on into other words, so its first word must be a known given name (or a title lead it)."""
    match = PERSON_RE.fullmatch(text)
    if not match or POST_RE.search(text) or _is_body(text):
        return False
    return not strict or match["given"] in GIVEN_NAMES or bool(re.match(TITLE, text))


def _is_post(text: str) -> bool:
    return bool(POST_RE.search(text)) and not _is_body(text)


def _clear_person(text: str) -> bool:
    """A name no one would take for a body: 'Jane Smith' (a known given name), 'J Smith', 'Dr Ward'."""
    match = PERSON_RE.fullmatch(text)
    return (
        _is_person(text)
        and match is not None
        and (match["given"] in GIVEN_NAMES or len(match["given"].rstrip(".")) == 1 or bool(re.match(TITLE, text)))
    )


MIN_BODY_SHARE = 2 / 3  # of a lead column's filled cells that name bodies before its unclear names are read as bodies


def lead_column_of_bodies(cells: Iterable[str]) -> bool:
    """Two thirds or more of a lead column's filled cells (two or more) are bodies: a US county's 'Responsible
    Party' over 'Sheriff's Office', 'Road Department', 'Emergency Management'."""
    filled = [cell for cell in cells if cell.strip()]
    bodies = sum(split_owner(cell) == (None, cell.strip()) for cell in filled)
    return len(filled) >= 2 and bodies >= MIN_BODY_SHARE * len(filled)


def unclear_lead_is_body(lead: str) -> bool:
    """A lead that is no clear person, no post and no team ('Emergency Management', 'Parks and Recreation'): in a
    column of bodies, a department named without the word 'Department' (the stop 32 ruling's 'Highways')."""
    return not _clear_person(lead) and not POST_RE.search(lead) and not TEAM_WORD_RE.search(lead)


# (read by fullmatch: its second capital within the word, looked for over the word only, not the rest of a line)
ACRONYM_RE = re.compile(r"[A-Z](?=[a-z&]{0,6}[A-Z])[A-Za-z&]{1,7}")  # 'DfE', 'HMT', 'MoJ', 'KCC'
# a post's initials after a name: 'CEO', 'ACFO' (assistant chief fire officer), 'DPH', 'ACC', 'SIRO'
POST_ACRONYM_RE = re.compile(r"(?:[AD]|Dep|Asst)?C[EFIMNOPT]O|[AD]CC|D?DPH|DASS|DCS|MD|S?I?RO|RFO|DoF|DoN|S151O?")


def _named_body(text: str) -> bool:
    """Beside a person's name, the name of their body: a body word ('Kent Police'), an acronym
    ('DfE'), or a capitalised name that is no one's and no post ('HM Treasury', 'Historic England')."""
    if POST_RE.search(text) or _clear_person(text):
        return False
    if _is_body(text) or ACRONYM_RE.fullmatch(text):
        return True
    words = text.split()
    return 2 <= len(words) <= 5 and all(word[0].isupper() for word in words if len(word) > 3) and words[0][0].isupper()


SUPPORT_LABEL_RE = re.compile(r"(?:^|[;,]\s*|\s)(?:support(?:ed by|ing)?|partners?)\s*:\s*(?P<who>[^;]+)", re.I)


def owner_support(text: str) -> str | None:
    """'Lead: Home Office; Support: Ministry of Justice' -> 'Ministry of Justice'."""
    text = " ".join(text.split())
    if not OWNER_LABEL_RE.match(text):
        return None
    match = SUPPORT_LABEL_RE.search(text)
    return match["who"].strip(" .;,") or None if match else None


def is_everyone(text: str) -> bool:
    return bool(EVERYONE_RE.fullmatch(text.strip(" .")))


def _abbreviates(short: str, name: str) -> bool:
    """'DfE' of 'Department for Education', 'HMT' of 'HM Treasury': the short form's capitals are the name's."""
    return re.sub(r"[^A-Z]", "", short) == re.sub(r"[^A-Z]", "", name)


def _staff_of_body(who: str, body: str) -> bool:
    """'Cabinet Office (JS)', 'Home Office - Mark Green': a body, then the person (or their initials) who leads."""
    acronyms = known_body_acronyms()
    if not _named_body(body) or _abbreviates(who, body) or who in acronyms:
        return False
    if INITIALS_RE.fullmatch(who):  # 'JS, RT' is two people's initials: the body must be a known one or named
        return body in acronyms or not INITIALS_RE.fullmatch(body)
    return _clear_person(who)


def _without_rank(lead: str | None) -> str | None:
    """'Sgt Amy Ward' -> 'Amy Ward' (a rank is a title); a rank alone ('Inspector') is a post and stays."""
    rank = RANK_RE.match(lead or "")
    if lead and rank and _is_person(lead[rank.end() :]):
        return lead[rank.end() :]
    return lead


def names_bodies(owner: str, initials: dict[str, str] | None = None) -> bool:
    """'DfE', 'HMT', 'DfE / HMT', 'MoJ and Home Office': only bodies (known acronyms or body names), so
    the lead organisation; not when the document's members list makes an acronym someone's initials."""
    if len(owner) > MAX_OWNER_CHARS:
        return False  # prose in the owner column, not a list of bodies
    parts = [part for part in re.split(r"\s*(?:/|,|&|\band\b)\s*", owner.strip()) if part]
    acronyms = known_body_acronyms()
    return (
        bool(parts)
        and not is_everyone(owner)
        and all(
            (part in acronyms and part not in (initials or {})) or (_is_body(part) and not POST_RE.search(part))
            for part in parts
        )
    )


def split_owner(text: str) -> tuple[str | None, str | None]:
    """An owner cell as (lead, body): 'Environment Agency' is a body; 'Jane Smith (Kent Police)',
    'Head of Planning, Anytown District Council' and 'Early years lead The Education People' a
    person or post and their body; a person's post after the name ('Jane Smith (Head of Housing)',
    'Jane Smith' over 'Head of Housing') is dropped; people, posts, teams and initials otherwise
    stay the lead as printed ('Head of Service, Children's Services', 'People Strategy Team', 'LC/NS')."""
    lead, body = _split_owner(text)
    return _without_rank(lead), body


def _split_owner(text: str) -> tuple[str | None, str | None]:
    """The cell split as printed (a police rank still on the name)."""
    text = " ".join(text.split())
    if len(text) > MAX_OWNER_CELL:
        return text, None  # a page of text in the owner column: prose, not a post or a body to split off
    labelled = OWNER_LABEL_RE.match(text)
    if labelled:  # 'Lead: Director of Public Health; Support: District Councils'
        text = OTHER_LABEL_RE.split(text[labelled.end() :], maxsplit=1)[0].strip(" ;,")
    acronym = re.search(r"\s*\(([A-Z]{2,6})\)$", text)
    if acronym and "".join(re.findall(r"\b[A-Z]", text[: acronym.start()])) == acronym[1]:
        text = text[: acronym.start()]  # 'Kent County Council (KCC)': the full name
    if not text:
        return None, None
    if listed_body(text):
        return None, text  # 'Health and Safety Executive': a listed body, its post word no post
    if is_everyone(text):
        return text, None  # 'All Board members': everyone, not the board (the caller drops it as a lead)
    bracket = re.fullmatch(r"(?P<who>[^()]+?)\s*\((?P<what>[^()]+)\)", text)
    if bracket:
        who, what = bracket["who"].strip(), bracket["what"].strip()
        if _is_person(who) and POST_ACRONYM_RE.fullmatch(what):
            return who, None
        if (not _is_body(who) and _is_body(what)) or (_clear_person(who) and _named_body(what)):
            return who, what
        if _is_person(who) and _is_post(what):
            return who, None
        if _staff_of_body(what, who):
            return what, who
    parts = OWNER_SEPARATOR_RE.split(text, maxsplit=1)
    if len(parts) == 2 and "," not in parts[1]:
        who, what = parts
        if not _is_body(who) and _is_body(what) and (_is_person(who) or _is_post(who)):
            return who, what
        if _is_person(who) and _is_post(what):
            return who, None
        if _clear_person(who) and _named_body(what):  # 'Tom Baker, HM Treasury'
            return who, what
        if _staff_of_body(what, who):  # 'DfE - J Smith', 'Cabinet Office - JS': the body first
            return what, who
    # no mark between them: a person or post runs on into the post or the body
    person = PERSON_RE.match(text)
    if person:
        words = text[: person.end()].split()
        for size in range(2, len(words) + 1):  # the shortest name that leaves a post or a body
            cut = " ".join(words[:size])
            rest = text[len(cut) :].strip()
            if rest and _is_person(cut, strict=True) and (POST_RE.search(rest) or _is_body(rest)):
                return cut, (None if POST_RE.search(rest) else rest)
    for match in POST_RE.finditer(
        text if len(text) <= MAX_OWNER_CHARS else ""
    ):  # 'Early years lead The Education People'
        post, body = text[: match.end()], text[match.end() :].strip()
        body_like = _is_body(body) or re.match(r"The\s+[A-Z]\w*\s+[A-Z]", body)
        if body[:1].isupper() and body_like and not POST_RE.search(body) and not _is_body(post):
            return post, body
    if (_is_body(text) and not POST_RE.search(text)) or OFFICE_OF_RE.fullmatch(text):
        return None, text  # 'Office of the Chief Information Officer': the office a post heads is a body
    if re.fullmatch(r"The(?:\s+[A-Z][\w'’&-]*){2,5}", text) and not POST_RE.search(text):
        return None, text  # 'The Education People': a body by its name
    return text, None


@lru_cache(maxsize=1)
def known_body_acronyms() -> frozenset[str]:
    """The acronyms of named bodies in data/organisations.txt ('DWP', 'HMRC', 'DfE'): alone in an
    owner cell, a body (not a person's initials, unless the document's members list says so)."""
    printed = {
        name
        for group in organisation_groups()
        for name in group
        if re.fullmatch(r"[A-Z][A-Za-z]{1,5}", name) and sum(ch.isupper() for ch in name) >= 2
    }
    # 'HM Treasury' -> 'HMT', 'Kent County Council' -> 'KCC': three or more capitals (two are too often a person's)
    capitals = {re.sub(r"[^A-Z]", "", name) for group in organisation_groups() for name in group if " " in name}
    return frozenset(printed | {short for short in capitals if 3 <= len(short) <= 5})
