"""Dates as councils write them: UK day-first, ordinals, months, quarters, financial years.

Every parser returns a :class:`agendaparse.models.DateValue` keeping the raw text, the
normalised date and its precision. Month, quarter and year dates resolve to the *last* day of
the period, because a deadline of "March 2022" is met on 31 March.

The lead's rulings of stop 33 (corpus/gold/README.md, "Stop 33"), which this reader and the due reader
(nlp/dues.py) follow alike:

- "A bare quarter ("Q2", "end of Q2", "2nd quarter") is the UK financial-year quarter (Q1 April–June … Q4
  January–March) in both readers [...]. A quarter of a financial year ("Q3 2024/25", "Q3 of 2024-25") is that
  year's quarter; a quarter of a calendar year ("Q1 2026", "1st Quarter 2026") is the calendar quarter (31 March
  2026). The due is the quarter's last day [...]; with no year, the first such quarter ending after the meeting."
  (A bare quarter needs the meeting as ``reference``; a DateValue keeps precision "quarter", whose start the table
  reader's ``first_day`` reads, and the due reader keeps it too: stop 34.)
- "Early 2026" and "Mid-2026" are no date [...] the raw text is kept [...]; "Late 2026" and "end of 2026" are
  31 December 2026, precision year."
- ""FY26", "FY 2025/26", "FY2025-26", "2025/26" as an end are the UK financial year ending 31 March 2026,
  precision year."

A quarter of a named fiscal year ("Q3 FY26", "Q3 FY2025/26", "FY26 Q3"; tables round 56) is that year's quarter in
the document's year end (the year named by the year it ends in: UK Q3 FY26 ends 31 December 2025, Australia's 31
March 2026), and no date where the year end is not known (a US body printing none) or a split year has none.
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import re
from collections.abc import Callable

from .models import DateValue

MONTHS = (
    {name.lower(): index for index, name in enumerate(calendar.month_name) if name}
    | {name.lower(): index for index, name in enumerate(calendar.month_abbr) if name}
    | {"sept": 9}
)
# Letters a case-insensitive regex takes for ASCII ones ('ſ' for s, the Kelvin sign for k, dotless and dotted i)
# but str.lower() keeps: folded before a matched name is looked up, so hostile text cannot raise a KeyError.
CASE_LOOKALIKES = str.maketrans({"ſ": "s", "\u212a": "k", "ı": "i", "İ": "i"})


def month_number(name: str) -> int:
    """The month (1-12) of a month name MONTH_RE matched, in any case."""
    return MONTHS[name.translate(CASE_LOOKALIKES).lower()]


# The names of MONTHS, each abbreviation an optional tail of its full name so that, as a longest-first list
# would, the full name is tried first. The lookahead on the first letter lets a long line without a month fail
# each position at once instead of trying every name there (regexes are scanned at every word of a line).
MONTH_RE = (
    r"(?=[adfjmnosADFJMNOS])(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
WEEKDAY_RE = r"(?=[fmstwFMSTW])(?:mon|tues|wednes|thurs|fri|satur|sun)day"
ORDINAL = r"(?:st|nd|rd|th)?"


def ordinal_suffix(day: int) -> str:
    """'st', 'nd', 'rd' or 'th', as a day of the month is written: 1st, 2nd, 3rd, 11th, 21st, 22nd, 31st."""
    return "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


# "3 March 2024", "Tuesday 3rd of March, 2024", "the 3rd day of March, 2024" (a resolution's legal form), "THE 26th
# DAY OF JUNE, A.D. 1935" (an old US council's heading), "the 5th day of March in the year 2025" (a deed's or an
# old minute book's legal form).
DAY_MONTH_YEAR_RE = re.compile(
    rf"\b(?:{WEEKDAY_RE},?\s+)?(?:the\s+)?(\d{{1,2}}){ORDINAL}\s*(?:(?:day\s+)?of\s+)?({MONTH_RE})\.?,?\s+"
    r"(?:A\.\s?D\.\s+|in\s+the\s+year\s+(?:of\s+our\s+lord\s+)?)?(\d{4})\b",
    re.I,
)
# 'Tues 4 Feb 25', 'Thurs 30th Jan 25': a weekday, the day, a month's name and a two-digit year (the weekday makes it a
# date: '4 Feb 25' alone could be a range's end)
WEEKDAY_DAY_MONTH_YY_RE = re.compile(
    r"\b(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)"
    rf"\.?,?\s+(\d{{1,2}}){ORDINAL}\s+({MONTH_RE})\.?,?\s+(\d{{2}})\b(?![\d:./-])",
    re.I,
)
MONTH_DAY_YEAR_RE = re.compile(rf"\b(?:{WEEKDAY_RE},?\s+)?({MONTH_RE})\.?\s+(\d{{1,2}}){ORDINAL},?\s+(\d{{4}})\b", re.I)
# "2014 September 22", "2026 March 31": year, month name, day, as Calgary's and other Canadian councils print dates.
YEAR_MONTH_DAY_RE = re.compile(rf"\b((?:19|20)\d{{2}}),?\s+({MONTH_RE})\.?\s+(\d{{1,2}}){ORDINAL}\b(?![:.]\d)", re.I)
# "31/03/2627/02/2026" (two cells' dates run together) is no date in 2627; "01/04/2025-31/03/2026" is a range
NUMERIC_RE = re.compile(r"\b(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})\b(?![/.]\d)")
ISO_RE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
DAY_MONTH_RE = re.compile(rf"\b(\d{{1,2}}){ORDINAL}(?:\s+|-)(?:(?:day\s+)?of\s+)?({MONTH_RE})\b\.?", re.I)
MONTH_DAY_RE = re.compile(rf"\b({MONTH_RE})\.?\s+(\d{{1,2}}){ORDINAL}\b", re.I)
MONTH_YEAR_RE = re.compile(rf"\b({MONTH_RE})\.?,?(?:\s+|-)(\d{{4}})\b", re.I)
# "Jan-25", "Sept-24", "Mar'26": a spreadsheet's month and two-digit year (Excel's mmm-yy). With a hyphen or an
# apostrophe and no day around it the two digits are the year ("March 25", with a space, is a day).
MONTH_YY_RE = re.compile(rf"(?<![\w\-/])({MONTH_RE})\.?(?:-|\s?['’‘])(\d{{2}})(?![\w\-/]|[.:]\d)", re.I)
# "25-Jan-25", "03-Nov-2025": a spreadsheet's day, month and year joined by hyphens (Excel's d-mmm-yy, dd-mmm-yyyy).
DASHED_DAY_MONTH_YEAR_RE = re.compile(
    rf"(?<![\w\-/])(\d{{1,2}})-({MONTH_RE})-(\d{{4}}|\d{{2}})(?![\w\-/]|[.:]\d)", re.I
)
# A month on its own ("June", "late january", "March Board"): needs the meeting date. Lower-case
# "may" and "march" are verbs far more often than months, so those two must be capitalised.
MONTH_ONLY_RE = re.compile(rf"\b(?!may\b|march\b)(?i:{MONTH_RE})\b|\b(May|March)\b")
DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-"})
# 'Q2 2026/27', 'Quarter 2 2026-27', 'Qtr 3 2026', 'Q1 26/27' (a financial year's quarter when a second year follows)
QUARTER_RE = re.compile(
    r"\b(?:Q|Qtr\.?|Quarter)\s?([1-4])\s*(?:of\s+)?(\d{4}|\d{2}(?=\s?[/-]\s?\d{2}\b))(?:\s?[/-]\s?(\d{2,4}))?\b", re.I
)
# "Early 2026", "mid-2026", "in the middle of 2026": a part of a year no day stands for.
YEAR_PART_BEFORE_RE = re.compile(r"\b(?:early|mid|(?:the\s+)?middle\s+of)[\s\-]*$", re.I)
# "1st Quarter 2026", "third quarter of 2025", "2nd quarter 2025/26": a quarter written as an ordinal, with its year.
QUARTER_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
ORDINAL_QUARTER_RE = re.compile(
    r"\b(first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:Quarter|Qtr\.?)\s+(?:of\s+)?(\d{4})(?:\s?[/-]\s?(\d{2,4}))?\b",
    re.I,
)
# A quarter alone, as a short date cell or a due phrase prints it: "Q2", "end of Q3", "Quarter 4", "2nd quarter", "by
# the end of the third quarter" (read against the meeting: the first such financial quarter ending on or after it).
BARE_QUARTER_RE = re.compile(
    # (from where a run of punctuation starts, taken whole: linear when searched alone over a long line)
    r"(?!(?<=\W)\W)\W*+(?:(?:by|before|in|during|until)\s+)?(?:the\s+)?(?:end\s+(?:of\s+)?(?:the\s+)?)?"
    r"(?:(?:Q|Qtr\.?\s?|Quarter\s+)(?P<number>[1-4])|(?P<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter)"
    r"\W*",
    re.I,
)
# "Q3 FY26", "Q3 FY2025/26", "Quarter 2 of FY2026", "FY26 Q3", "FY 2025/26 Q4": a quarter of a named financial year
# (round 56). The year is named by the year it ends in, as "FY26" is: Q3 FY26 is October-December 2025 in the UK,
# January-March 2026 in Australia, April-June 2026 for a US body whose year ends 30 September.
FISCAL_QUARTER_RE = re.compile(
    r"\b(?:(?:Q|Qtr\.?|Quarter\s)\s?(?P<number>[1-4])\s*+(?:of\s+)?(?:the\s+)?"
    r"FY\s?(?P<first>\d{4}|\d{2})(?:\s?[/-]\s?(?P<second>\d{4}|\d{2}))?"
    r"|FY\s?(?P<first_year>\d{4}|\d{2})(?:\s?[/-]\s?(?P<second_year>\d{4}|\d{2}))?,?\s?"
    r"(?:Q|Qtr\.?|Quarter\s)\s?(?P<number_after>[1-4]))\b(?![/-]\d)",
    re.I,
)
# "FY26", "FY 2025/26", "FY2025-26", "FY 2026": the UK financial year ending in March of the (second) year.
FINANCIAL_YEAR_RE = re.compile(r"\bFY\s?(\d{4}|\d{2})(?:\s?[/-]\s?(\d{4}|\d{2}))?\b(?![/-]\d)", re.I)
YEAR_RE = re.compile(r"\b(?:(?:end\s+of\s+)?(?:financial\s+year\s+)?)((?:19|20)\d{2})(?:\s*/\s*(\d{2,4}))?\b")
SEASON_RE = re.compile(r"\b(?:spring|summer|autumn|fall|winter)\b", re.I)
NO_DATE_RE = re.compile(r"^\s*+(ongoing|continuous|on-going|as required|tbc|tbd|n/?a|-)\s*+\.?+\s*+$", re.I)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _year(text: str) -> int:
    year = int(text)
    if year < 100:
        year += 2000 if year < 70 else 1900
    return year


def end_of_month(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


# The (month, day) a financial year ends on; None where the document's jurisdiction gives no one end (the US).
YearEnd = tuple[int, int] | None
UK_YEAR_END: YearEnd = (3, 31)
CALENDAR_YEAR_END: YearEnd = (12, 31)  # Irish and Canadian councils' (stop 35)


def financial_year_end(ending_year: int, year_end: tuple[int, int]) -> dt.date:
    """The last day of the financial year ending in ``ending_year``."""
    month, day = year_end
    return dt.date(ending_year, month, min(day, calendar.monthrange(ending_year, month)[1]))


def financial_quarter_end(quarter: int, ending_year: int, year_end: tuple[int, int]) -> dt.date:
    """The last day of quarter 1-4 of the financial year ending in ``ending_year`` (Q4 ends with the year)."""
    index = ending_year * 12 + year_end[0] - 1 - 3 * (4 - quarter)
    return end_of_month(index // 12, index % 12 + 1)


def first_quarter_end_after(quarter: int, reference: dt.date, year_end: tuple[int, int]) -> dt.date:
    """The first end of financial quarter ``quarter`` on or after the reference."""
    return min(
        end
        for ending_year in range(reference.year, reference.year + 3)
        if (end := financial_quarter_end(quarter, ending_year, year_end)) >= reference
    )


def quarter_end(quarter: int, year: int, financial: bool) -> dt.date:
    """Last day of a quarter. Financial-year quarters (UK, April-March, the year it starts in): Q1 ends 30 June."""
    if financial:
        return financial_quarter_end(quarter, year + 1, UK_YEAR_END)
    return end_of_month(year, quarter * 3)


def parse_date(
    text: str,
    *,
    reference: dt.date | None = None,
    month_first: bool = False,
    year_end: YearEnd = UK_YEAR_END,
) -> DateValue:
    """Find the first date in ``text``; day-first for numeric dates (01/07/2021 is 1 July) unless
    ``month_first`` (a North American document: 07/01/2021 is 1 July there too).

    ``reference`` supplies the year when the text gives only a day and month ("April 1st"),
    choosing the first such date on or after the reference. ``year_end`` is the (month, day) the document's
    financial year ends on (stop 35: the UK's 31 March unless its jurisdiction says otherwise; None where it is not
    known, a US body's: a financial year, its quarter or half then has no date).
    """
    raw = text.strip()
    if NO_DATE_RE.match(raw):
        return DateValue(raw=raw, precision="unknown")
    plain = repair_ocr_date(raw.translate(DASHES))
    for finder in (
        _full_date,
        _month_year,
        _fiscal_quarter,
        _quarter,
        _financial_year,
        _day_month,
        _month_only,
        _year_only,
    ):
        if finder is _full_date:
            found = _full_date(plain, reference, month_first)
        elif finder in FINANCIAL_FINDERS:
            found = finder(plain, reference, year_end)
        else:
            found = finder(plain, reference)
        if found is not None:
            date, precision = found
            return DateValue(raw=raw, date=date, precision=precision if date else "unknown")
    return DateValue(raw=raw, precision="unknown")


def _fiscal_quarter(
    text: str, reference: dt.date | None, year_end: YearEnd = UK_YEAR_END
) -> tuple[dt.date | None, str] | None:
    """'Q3 FY26', 'FY2025/26 Q3': the quarter of that financial year in ``year_end``; (None, 'unknown') where the
    year end is not known or the split year has none (a calendar year's), so that no later reader takes the
    year alone ('Q3 FY 2026' is not 31 December 2026)."""
    if (match := FISCAL_QUARTER_RE.search(text)) is None:
        return None
    return fiscal_quarter_end(match, year_end), "quarter"


def fiscal_quarter_end(match: re.Match[str], year_end: YearEnd) -> dt.date | None:
    """The last day of the quarter a :data:`FISCAL_QUARTER_RE` match names, in ``year_end``; None if not known."""
    number = int(match["number"] or match["number_after"])
    year = _year(match["first"] or match["first_year"])
    second = match["second"] or match["second_year"]
    if year_end is None:
        return None
    if second is not None:
        if _year(second) % 100 != (year + 1) % 100 or not _split_year_known(year_end):
            return None  # 'Q3 FY2024-2029' names no one year; '2025/26' has no end in a calendar year
        year += 1
    return financial_quarter_end(number, year, year_end)


# A four-digit year, which every full date but a numeric or spreadsheet one needs: a line without one is not
# scanned by the month-name regexes at all.
FOUR_DIGITS_RE = re.compile(r"\d{4}")


def _day_month_year(match: re.Match[str], month_first: bool) -> dt.date | None:
    return _safe_date(int(match[3]), month_number(match[2]), int(match[1]))


def _dashed_day_month_year(match: re.Match[str], month_first: bool) -> dt.date | None:
    return _safe_date(_year(match[3]), month_number(match[2]), int(match[1]))


def _month_day_year(match: re.Match[str], month_first: bool) -> dt.date | None:
    return _safe_date(int(match[3]), month_number(match[1]), int(match[2]))


def _year_month_day(match: re.Match[str], month_first: bool) -> dt.date | None:
    return _safe_date(int(match[1]), month_number(match[2]), int(match[3]))


def _iso(match: re.Match[str], month_first: bool) -> dt.date | None:
    return _safe_date(int(match[1]), int(match[2]), int(match[3]))


def _numeric(match: re.Match[str], month_first: bool) -> dt.date | None:
    day, month = (match[2], match[1]) if month_first else (match[1], match[2])
    # '3/31/2025' read either way can only be 31 March: the order that gives a date wins
    return _safe_date(_year(match[3]), int(month), int(day)) or _safe_date(_year(match[3]), int(day), int(month))


FullDateReader = tuple[re.Pattern[str], bool, Callable[[re.Match[str], bool], dt.date | None]]

# In order of preference when two forms start at the same place; True when the form needs a four-digit year.
FULL_DATE_READERS: tuple[FullDateReader, ...] = (
    (DAY_MONTH_YEAR_RE, True, _day_month_year),
    (DASHED_DAY_MONTH_YEAR_RE, False, _dashed_day_month_year),
    (WEEKDAY_DAY_MONTH_YY_RE, False, _dashed_day_month_year),
    (MONTH_DAY_YEAR_RE, True, _month_day_year),
    (ISO_RE, True, _iso),
    (YEAR_MONTH_DAY_RE, True, _year_month_day),
    (NUMERIC_RE, False, _numeric),
)


def _full_date(text: str, reference: dt.date | None, month_first: bool = False) -> tuple[dt.date, str] | None:
    """The full date that starts first in text; each form's scan stops at its first real date, or at the place
    an earlier form's date starts (a later form wins only by starting earlier)."""
    has_year = FOUR_DIGITS_RE.search(text) is not None
    first: tuple[int, dt.date] | None = None
    for pattern, needs_year, read in FULL_DATE_READERS:
        if needs_year and not has_year:
            continue
        for match in pattern.finditer(text):
            if first is not None and match.start() >= first[0]:
                break
            if date := read(match, month_first):
                first = (match.start(), date)
                break
    return (first[1], "day") if first else None


def _month_year(text: str, reference: dt.date | None) -> tuple[dt.date, str] | None:
    candidates = [
        (match.start(), int(match[2]), match[1])
        for match in (MONTH_YEAR_RE.search(text), MONTH_YY_RE.search(text))
        if match is not None
    ]
    if not candidates:
        return None
    _, year, month = min(candidates)
    return end_of_month(_year(str(year)) if year < 100 else year, month_number(month)), "month"


def _quarter(text: str, reference: dt.date | None, year_end: YearEnd = UK_YEAR_END) -> tuple[dt.date, str] | None:
    """A quarter with its year ('Q2 2026/27' of a financial year, 'Q1 2026' and '1st Quarter 2026' of a calendar
    year), else a bare quarter ('end of Q2', '2nd quarter') against the reference."""
    candidates = [match for match in (QUARTER_RE.search(text), ORDINAL_QUARTER_RE.search(text)) if match]
    if not candidates:
        return _bare_quarter(text, reference, year_end)
    match = min(candidates, key=lambda found: found.start())
    number = int(match[1]) if match[1].isdigit() else QUARTER_ORDINALS[match[1].lower()]
    year = _year(match[2])
    if match[3] is not None and _year(match[3]) % 100 != (year + 1) % 100:
        return None  # 'Q1 2026-03-31': a quarter before an ISO date, no financial year
    if match[3] is None:
        return quarter_end(number, year, financial=False), "quarter"
    if not _split_year_known(year_end):
        return None  # 'Q3 2025/26' where the financial year is a calendar one, or not known
    return financial_quarter_end(number, year + 1, year_end), "quarter"


def _split_year_known(year_end: YearEnd) -> bool:
    """Whether a financial year printed over two years ('2025/26') has an end: not where the financial year is the
    calendar year or unknown."""
    return year_end is not None and year_end != CALENDAR_YEAR_END


def _bare_quarter(text: str, reference: dt.date | None, year_end: YearEnd = UK_YEAR_END) -> tuple[dt.date, str] | None:
    """'Q2', 'end of Q3', '2nd quarter' alone (stop 33): the financial quarter's end, the first on or after the
    reference (in the document's financial year, stop 35; none where that is not known)."""
    if reference is None or year_end is None or len(text) > 60 or (match := BARE_QUARTER_RE.fullmatch(text)) is None:
        return None
    number = int(match["number"]) if match["number"] else QUARTER_ORDINALS[match["ordinal"].lower()]
    return first_quarter_end_after(number, reference, year_end), "quarter"


def _financial_year(
    text: str, reference: dt.date | None, year_end: YearEnd = UK_YEAR_END
) -> tuple[dt.date, str] | None:
    """'FY26', 'FY 2025/26', 'FY2025-26': the end of the financial year ending in that year (stop 33: 31 March in
    the UK; stop 35: the document's own)."""
    if (match := FINANCIAL_YEAR_RE.search(text)) is None:
        return None
    first = _year(match[1])
    if year_end is None:
        return None
    if match[2] is None:
        return financial_year_end(first, year_end), "year"  # 'FY26', 'FY2026': the year ending in 2026
    if _year(match[2]) % 100 != (first + 1) % 100 or not _split_year_known(year_end):
        return None  # 'FY 2024-2029': a span of years, not one financial year
    return financial_year_end(first + 1, year_end), "year"


def _day_month(text: str, reference: dt.date | None) -> tuple[dt.date, str] | None:
    match = DAY_MONTH_RE.search(text)
    day_month = (int(match[1]), month_number(match[2])) if match else None
    if day_month is None:
        match = MONTH_DAY_RE.search(text)
        day_month = (int(match[2]), month_number(match[1])) if match else None
    if day_month is None or reference is None:
        return None
    day, month = day_month
    date = _safe_date(reference.year, month, day)
    if date and date < reference:
        date = _safe_date(reference.year + 1, month, day)
    return (date, "day") if date else None


def _month_only(text: str, reference: dt.date | None) -> tuple[dt.date, str] | None:
    """A short deadline naming a month but no year: that month's end, on or after the reference."""
    if reference is None or len(text.split()) > 5 or re.search(r"\d{4}", text):
        return None
    match = MONTH_ONLY_RE.search(text)
    if not match:
        return None
    month = month_number(match[0])
    year = reference.year + (1 if month < reference.month else 0)
    return end_of_month(year, month), "month"


def _year_only(text: str, reference: dt.date | None, year_end: YearEnd = UK_YEAR_END) -> tuple[dt.date, str] | None:
    match = YEAR_RE.search(text)
    if not match or SEASON_RE.search(text):  # "Late Spring 2011" is not the end of 2011
        return None
    if YEAR_PART_BEFORE_RE.search(text, 0, match.start()):
        return None  # "Early 2026", "Mid-2026": no day stands for them (stop 33); "Late 2026" is 31 December
    year = int(match[1])
    if match[2]:  # financial year 2024/25 ends 31 March 2025 (in the UK)
        return (financial_year_end(year + 1, year_end), "year") if _split_year_known(year_end) else None
    return dt.date(year, 12, 31), "year"


def date_order_counts(text: str) -> tuple[int, int]:
    """How many dates ``text`` prints month first ("March 19, 2024", "03/19/2024": a second number above 12) and
    how many day first ("19 March 2024", "19/03/2024")."""
    month_first = len(MONTH_DAY_YEAR_RE.findall(text))
    day_first = len(DAY_MONTH_YEAR_RE.findall(text))
    for match in NUMERIC_RE.finditer(text):
        first, second = int(match[1]), int(match[2])
        month_first += second > 12 >= first
        day_first += first > 12 >= second
    return month_first, day_first


FINANCIAL_FINDERS = (_fiscal_quarter, _quarter, _financial_year, _year_only)


def month_first_dates(text: str) -> bool:
    """Whether a document writes dates month first (North American): more month-first dates than day-first."""
    month_first, day_first = date_order_counts(text)
    return month_first > day_first


def find_meeting_date(text: str) -> dt.date | None:
    """The first full date (day, month, year) in a block of text, e.g. a frontsheet; a Welsh date ('Dydd Llun,
    21ain Tachwedd, 2022') read as its English form, as the title block's normalising writes it, for the callers
    that read raw lines (a wrapped heading, a line under the date, a minute's title block)."""
    found = _full_date(_welsh_written_out(text), None)
    return found[0] if found else None


MONTH_NAMES = {name.lower(): name for name in calendar.month_name if name} | {
    name.lower(): name for name in calendar.month_abbr if name
}
# a word OCR may have made of a month: 'Decernber' ('m' read as 'rn'), '0ctober', 'Ju1y'
OCR_MONTH_RE = re.compile(r"\b(?=[A-Za-z0-9]*(?:rn|0|1)[A-Za-z0-9]*\b)(?=\w*[A-Za-z]{2})[A-Za-z0-9]{3,10}\b")


def repair_ocr_months(text: str) -> str:
    """'9 Decernber 2021' -> '9 December 2021': a month name with the letters OCR confuses repaired."""

    def repair(match: re.Match[str]) -> str:
        word = match[0]
        fixed = word.replace("rn", "m").replace("0", "o").replace("1", "l")
        name = MONTH_NAMES.get(fixed.lower())
        if name is None or word.isdigit():
            return word
        return name.upper() if word.isupper() and len(word) > 3 else name

    return OCR_MONTH_RE.sub(repair, text)


# OCR damage to a date, repaired before the date readers see it. A month name a letter or two wrong ('Decemher',
# 'Jamuary') is read only beside a number, with its first letter right, and not when the word starts with the whole
# month ('Augusta', 'Marches': a name); the day's and year's digits OCR takes for letters ('lst', '2lst', '2O19',
# '20 I 9') only in a date's place before or after a month.
OCR_DIGITS = str.maketrans({"l": "1", "I": "1", "O": "0", "S": "5"})
FULL_MONTH_NAMES = [name for name in calendar.month_name if len(name) >= 5]
MONTH_WORD_RE = re.compile(r"(?<![A-Za-z])[A-Za-z]{5,10}(?![A-Za-z])")
OCR_DAY_RE = re.compile(rf"\b((?-i:[0-9lI]){{1,2}})(st|nd|rd|th)\b,?\s*(?=(?:of\s+)?(?:{MONTH_RE})\b)", re.I)
OCR_YEAR_RE = re.compile(
    rf"(\b(?:{MONTH_RE})\.?,?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?)((?-i:(?:19|20|2O)\s?[\dOlI]\s?[\dOlI]))\b", re.I
)
# a superscript ordinal OCR read as marks, or marks and a letter, after the day: '3"! September 2019' (3rd),
# '29" September 2016' (29th), '31% March 2016', '21°t August 2013'
OCR_ORDINAL_MARKS_RE = re.compile(rf"\b(\d{{1,2}})[\"”“'’!^*°%]{{1,3}}[a-z]?(?=\s*(?:of\s+)?(?:{MONTH_RE})\b)", re.I)
DATE_LINE_CHARS = 400  # longer text is a paragraph, not a date line or cell: no month-by-month fuzzy reading


def _near_number(text: str, start: int, end: int) -> bool:
    return any(char.isdigit() for char in text[max(0, start - 6) : start] + text[end : end + 4])


def _ocr_month(word: str) -> str | None:
    """The month name an OCR-damaged word stands for ('Decemher' -> 'December'), else None."""
    lower = word.lower()
    if lower in MONTH_NAMES:
        return None
    for name in FULL_MONTH_NAMES:
        month = name.lower()
        if (
            month[0] == lower[0]
            and not lower.startswith(month)
            and difflib.SequenceMatcher(None, lower, month).ratio() >= 0.85
        ):
            return name.upper() if word.isupper() else name
    return None


def ordinals_mended(text: str) -> str:
    """'10th September 2015' for OCR's '10" September 2015': the ordinal its day takes, as printed (an OCR line's
    text; :func:`repair_ocr_date`, reading a date, drops the marks)."""

    def ordinal(match: re.Match[str]) -> str:
        day = match[1] + ordinal_suffix(int(match[1]))
        return day if text[match.end() : match.end() + 1].isspace() else day + " "

    return OCR_ORDINAL_MARKS_RE.sub(ordinal, text)


def repair_ocr_date(line: str) -> str:
    """'Thursday 2lst Decemher 2O19' -> 'Thursday 21st December 2019', '3"! September' -> '3 September': a date's
    OCR misreadings repaired."""
    line = repair_ocr_months(line)
    if len(line) > DATE_LINE_CHARS:
        return line

    def month(match: re.Match[str]) -> str:
        name = _ocr_month(match[0]) if _near_number(line, match.start(), match.end()) else None
        return name or match[0]

    line = MONTH_WORD_RE.sub(month, line)
    line = OCR_ORDINAL_MARKS_RE.sub(r"\1", line)
    line = OCR_DAY_RE.sub(lambda m: f"{m[1].translate(OCR_DIGITS)}{m[2]} ", line)
    return OCR_YEAR_RE.sub(
        lambda m: m[1] + re.sub(r"\s", "", m[2]).translate(OCR_DIGITS) if re.search("[OlI]", m[2]) else m[0], line
    )


# 'Tues 9th Dec 21', "9 Dec '21": a day and month with a two-digit year
# (the year ends the date: not '5 May 25 people attended')
SHORT_YEAR_RE = re.compile(
    rf"\b(\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_RE})\.?,?\s+)['’]?(\d{{2}})\b(?![:./]\d)"
    r"(?=\s*(?:$|[,.;:)(–-]|at\b|from\b|\d))",
    re.I,
)
HYPHENATED_DATE_RE = re.compile(rf"\b(\d{{1,2}})-((?:{MONTH_RE})\.?)-(\d{{4}})\b", re.I)  # '9-Dec-2021'
# a superscript ordinal read as its own word: '9 th December 2021', 'December 9 th, 2021'
SPLIT_ORDINAL_RE = re.compile(r"\b(\d{1,2})\s+(st|nd|rd|th)\b(?=\s*(?:of\s+)?[A-Za-z,])", re.I)
WELSH_MONTHS = {
    "ionawr": "January",
    "chwefror": "February",
    "mawrth": "March",
    "ebrill": "April",
    "mai": "May",
    "mehefin": "June",
    "gorffennaf": "July",
    "awst": "August",
    "medi": "September",
    "hydref": "October",
    "tachwedd": "November",
    "rhagfyr": "December",
}
# '12 Chwefror 2025' in a Welsh heading ('Mawrth' is also Tuesday: only between a day and a year); the day may
# carry its Welsh ordinal ('1af', '2il', '3ydd', '5ed', '9fed', '11eg', '21ain': 'Dydd Llun, 21ain Tachwedd, 2022')
# and a comma may stand before the year, as in the English forms
WELSH_DATE_RE = re.compile(
    rf"\b(\d{{1,2}})(?:af|il|ydd|fed|ed|eg|ain)?\s+({'|'.join(WELSH_MONTHS)}),?\s+(\d{{4}})\b", re.I
)


def normalise_date_text(line: str) -> str:
    """A line with its OCR-damaged month names repaired and a date's short, hyphenated, split-ordinal or
    Welsh forms written out ('Tues 9th Dec 21' -> 'Tues 9th Dec 2021', '9-Dec-2021' -> '9 Dec 2021'), for
    the readers above. Segmentation runs it over title blocks; `parse_date` runs only the OCR repair."""
    line = HYPHENATED_DATE_RE.sub(r"\1 \2 \3", repair_ocr_date(line))
    line = SPLIT_ORDINAL_RE.sub(r"\1\2", line)  # '9th day of December' the readers take as it is
    line = _welsh_written_out(line)
    return SHORT_YEAR_RE.sub(lambda m: f"{m[1]}20{m[2]}", line)


def _welsh_written_out(text: str) -> str:
    """'21ain Tachwedd, 2022' -> '21 November 2022' (text with no Welsh month comes back as it is)."""
    return WELSH_DATE_RE.sub(lambda m: f"{m[1]} {WELSH_MONTHS[m[2].translate(CASE_LOOKALIKES).lower()]} {m[3]}", text)


# "Minutes of Ashcombe Parish Council, December 2025" over "Meeting held on Monday 8th at 7.30pm" (round 89): the
# title names the month and year, the meeting's line only its weekday and day.
MONTH_YEAR_TITLE_RE = re.compile(rf"\b(?P<month>{MONTH_RE})\b\.?,?\s+(?P<year>(?:19|20)\d\d)\b", re.I)
WEEKDAY_DAY_RE = re.compile(
    rf"\b(?P<weekday>{WEEKDAY_RE}),?\s+(?:the\s+)?(?P<day>\d{{1,2}}){ORDINAL}\b(?!\s*[/.]\d)", re.I
)
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def day_under_month_title(lines: list[str]) -> dt.date | None:
    """The meeting's day printed as 'Monday 8th' with the month and year only in a title line before it: that day,
    when the weekday printed is the day's own (else no date: the pair may not belong together)."""
    for index, line in enumerate(lines):
        if (title := MONTH_YEAR_TITLE_RE.search(line)) is None:
            continue
        month = dt.datetime.strptime(title["month"][:3].title(), "%b").month
        for later in lines[index : index + 4]:
            if (day := WEEKDAY_DAY_RE.search(later)) is None:
                continue
            try:
                value = dt.date(int(title["year"]), month, int(day["day"]))
            except ValueError:
                return None
            return value if WEEKDAYS[value.weekday()] == day["weekday"][:3].lower() else None
        return None
    return None


# 'Held at the Hall on Tuesday, 30th June at 7.30pm', 'Minutes of meeting held on Wednesday, July 16': the meeting's
# weekday, day and month with no year after them (a minutes page printing its year only elsewhere: 'AGM 2009', 'the
# accounts for the year ending 31st March 2015')
WEEKDAY_DAY_MONTH_RE = re.compile(
    rf"\b(?P<weekday>{WEEKDAY_RE}),?\s+(?:the\s+)?(?:(?P<day>\d{{1,2}}){ORDINAL}(?:\s+of)?\s+(?P<month>{MONTH_RE})\b"
    rf"|(?P<month_first>{MONTH_RE})\b\.?\s+(?P<day_after>\d{{1,2}}){ORDINAL}\b)(?!\.?,?\s*\d)",
    re.I,
)
PRINTED_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


def weekday_date_in_years(line: str, years: set[int]) -> dt.date | None:
    """The date a year-less 'Tuesday, 30th June' names in the one year of ``years`` (the years its page prints) whose
    30 June falls on a Tuesday; None when no year or more than one fits (the weekday must decide it alone)."""
    if (match := WEEKDAY_DAY_MONTH_RE.search(line)) is None:
        return None
    month_name = match["month"] or match["month_first"]
    month = dt.datetime.strptime(month_name[:3].title(), "%b").month
    day = int(match["day"] or match["day_after"])
    fits = set()
    for year in years:
        try:
            value = dt.date(year, month, day)
        except ValueError:
            return None
        if WEEKDAYS[value.weekday()] == match["weekday"][:3].lower():
            fits.add(value)
    return fits.pop() if len(fits) == 1 else None
