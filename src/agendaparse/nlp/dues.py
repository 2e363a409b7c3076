"""Due dates: "by 31 March", "next meeting", "end of Q2" resolved against the meeting date.

Two rulings of the lead (stop 32): "by Easter", "before Easter" (and "before the Easter recess") are due on Easter
Sunday after the meeting, a fixed, computable day as "before Christmas" is 25 December; "by half term", "before
half-term" give no date (school half terms differ by authority and year: a guessed day would be a figure nobody can
check), the due_text keeping the words.

The lead's rulings of stop 33 (corpus/gold/README.md, "Stop 33"), read here as dates.parse_date reads them:

- "A bare quarter ("Q2", "end of Q2", "2nd quarter") is the UK financial-year quarter (Q1 April–June … Q4
  January–March) in both readers, the table date cells and an action's sentence [...]. A quarter of a financial year
  ("Q3 2024/25", "Q3 of 2024-25") is that year's quarter; a quarter of a calendar year ("Q1 2026", "1st Quarter
  2026") is the calendar quarter (31 March 2026). The due is the quarter's last day [...]; with no year, the first
  such quarter ending after the meeting." Stop 34 replaced "precision month": "a due read from a quarter ("Q2", "end
  of Q3 2025/26", "this quarter") keeps precision `quarter` [...] in both readers".
- ""Early 2026" and "Mid-2026" are no date [...] the raw text is kept [...]; "Late 2026" and "end of 2026" are
  31 December 2026, precision year." ("by early 2026": no due, the words kept as due_text.)
- ""FY26", "FY 2025/26", "FY2025-26", "2025/26" as an end are the UK financial year ending 31 March 2026,
  precision year."
- ""at its meeting in March", "by the May meeting", "the March Board" resolve to the last day of that month after
  the meeting (stop 22's rule); `due_text` keeps the whole phrase ("by the May meeting")."

Round 77's reading of the conventions: "by the end of the financial year" with no year is 31 March after the meeting,
precision year as "FY26" is (the period is what is known, not a month); a half year ("in H1 2026", "by H2 2025/26") is
its last day, precision year; "by the next valuation", "in time for budget setting", "before the start of the season"
give no date.

Round 78's reading: "by the end of the municipal year" is 31 May after the meeting, precision month (the municipal
year ends with the annual meeting in May, whose day is not known); "by the end of the academic year" is 31 July
after the meeting, precision month (the summer term's end as "by the end of the summer term" has it, and an FE
college's year, August to July); a licensing board's "next sitting" is its next meeting. No date, the words kept
(as half term): "by the start of the academic year", "before enrolment", "by the end of term 2" (terms are numbered
differently by country and authority), "by the end of the season", "in time for the annual return", and "by fiscal
year end" (a US body's fiscal year ends on 30 June, 30 September or 31 December; "financial year" stays the UK's,
stop 33). "within 14 days of receipt of the invoice" counts from an event the minutes do not date: no date.

Round dues79's reading (tests/test_nlp_dues79.py): "at the next full Council" and "the next full governing body
meeting" are the next meeting, "by the next AGM" the AGM's printed day; "by Monday week", "a week on Friday" a week
after the coming weekday; "by this Friday", "by EOD Friday", "by end of play Friday" that Friday, "by EOW" the meeting
week's; "within the month" the meeting month's end, "by the start of next month" the next month's first day; a bare
"mid-March" as "by mid-March"; "before the Christmas break" and "in the run-up to Christmas" Christmas Day, "during
the Christmas period" and "for the Christmas event" no deadline; "by the May elections" the month's end. No date, the
words kept: "by the end of February half term", "before purdah", "in time for the budget-setting meeting". "after the
elections in May" dates the event the step follows: no deadline.

Round dues80's reading (tests/test_nlp_dues80.py): "by (before) the November meeting" read at the November meeting is
next year's November (the month's meeting is the one minuted), unless a next meeting later that month is printed;
"at the November meeting" stays the month's end (another body's meeting later that month). "by the weekend" is the
Friday "by the end of the week" gives; "at the first meeting of the new year" the next meeting when it falls in the
new year, else 31 January, precision month; "on the December Council agenda" the month's end. A month one to three
months past after a participle ("the report promised in September") or a noun and "for" ("the figures for October")
names what the thing is: no deadline.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from dateutil.easter import easter

from ..dates import (
    CASE_LOOKALIKES,
    UK_YEAR_END,
    YearEnd,
    end_of_month,
    financial_quarter_end,
    financial_year_end,
    parse_date,
)
from ..jurisdiction import Jurisdiction
from .names import NOT_INSIDE_SPACES
from .patterns import DUE_RE, MONTH_NAMES, MONTH_WORDS, NUMBER_WORDS, NUMBER_WORDS_RE, ORG_WORD, WEEKDAY_NAMES

# "Date of next meeting: …", "DATE OF NEXT MEETING – Tuesday 9th April", "Date and time of next meeting 9 April",
# "The next meeting will be held on …": the date is the first one after the words.
# "Date of next meetings :" with the date on the line below is a heading of its own.
NEXT_MEETING_RE = re.compile(
    r"(?:date(?:\s+and\s+(?:time|venue))?\s+of\s+(?:the\s+)?next\s+(?:[A-Za-z]+\s+)?meetings?|"
    r"next\s+(?:[A-Za-z]+\s+)?meeting)"
    r"(?:[ \t]*:[ \t]*\n)?"
    r"(?P<date>[^.\n]{4,80})",
    re.I,
)

ANNUAL_DUE_RE = re.compile(r"agm|annual\s+(?:\w+\s+)?meeting", re.I)


# "the meeting held on 23 June", "the report dated 4 March": a date already past, not a deadline.
PAST_EVENT_RE = re.compile(
    r"\b(?:held|dated|published|received|seated|"
    r"ends|ended|expires|expired|began|begins|started|starts|commenced|opened|closed)\s*$",
    re.I,
)

# "to approve the minutes of the regular meeting on 16 September", "the minutes of the meeting of 3 May": the day of
# the meeting minuted, a past one, not a deadline.
MINUTES_OF_MEETING_BEFORE_RE = re.compile(
    r"\bminutes\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w\-]+\s+){0,3}meeting\s+$", re.I
)

# "the balances as at 31 October", "the register as at 1 April": the day a statement is drawn up to, not a deadline.
AS_AT_BEFORE_RE = re.compile(r"\bas\s+$", re.I)


def _minuted_meeting_or_balance_date(match: re.Match[str], text: str) -> bool:
    """'to approve the minutes of the meeting on 16 September', 'the balances as at 31 October': a time phrase ('on',
    'at', 'in') dating the meeting minuted or a statement's figures, not a step to take."""
    if not match["phrase"] or (word := match["phrase"].split()[0].lower()) not in SPAN_WORDS:
        return False
    if not re.search(r"\d", match["due"]):
        return False  # "the minutes of the meeting will be approved at the next meeting": a meeting to come
    before = text[max(0, match.start() - 80) : match.start()]
    return bool(MINUTES_OF_MEETING_BEFORE_RE.search(before) or word == "at" and AS_AT_BEFORE_RE.search(before))


# "before it expires", "before the lease ends", "until the licence expires": a step to take before an event the
# sentence dates; PAST_EVENT_RE would read the event's date as past.
BEFORE_EVENT_RE = re.compile(
    r"\b(?:before|until|by\s+the\s+time)\s+(?:it|they|(?:the|its|their|our|this)\s+[\w'’\-]+(?:\s+[\w'’\-]+)?)\s+"
    r"(?:ends|expires|begins|starts)\s*$",
    re.I,
)

TO_COME_RE = re.compile(r"\b(?:to|will|would|shall)\s+be\s+$")

# "resolved at its meeting on 12 March" (past) or "will raise it at their meeting on 14 July" (to come): another
# body's meeting, a deadline only when its date is one soon after this meeting.
THEIR_MEETING_RE = re.compile(r"\b(?:at|to)\s+(?:its|their)\s+(?:\w+\s+)?meeting\s*$", re.I)

# A body as the sentence's subject ("The Cabinet will …", "Planning Committee to …"): "at its meeting" is then the
# body's own meeting, when it deals with the matter, not a date someone must meet.
BODY_SUBJECT_RE = re.compile(
    rf"(?!(?<=\W)\W)\W*+(?:[Tt]he\s+)?(?:[A-Z][\w&'’\-]{{0,60}}+\s+){{0,4}}?(?:{ORG_WORD}|Cabinet)\s+"
    r"(?:will|would|shall|(?:is|are)\s+to|to)\b"
)

# Days after the meeting within which the date of another body's meeting, printed without a year, is one to come.
UPCOMING_MEETING_DAYS = 183


def _past_words_before(text: str, start: int) -> bool:
    """'held', 'dated', 'at its meeting' just before ``start``: what follows is an event's date."""
    return bool(PAST_EVENT_RE.search(text, 0, start) or THEIR_MEETING_RE.search(text, 0, start))


def _past_event_before(match: re.Match[str], text: str, meeting_date: dt.date | None) -> bool:
    """The words before a due phrase make its date a past event: 'held on 3 March', 'resolved at its meeting on
    12 March' (read in July); not 'at their meeting on 14 July' read on 8 July."""
    if past := PAST_EVENT_RE.search(text, 0, match.start()):
        if BEFORE_EVENT_RE.search(text, max(0, past.start() - 60), past.end()):
            return False  # "before it expires on 3 May": the step is due by the event's day
        # "due to be published in March 2025": a step still to come; "would be held on 16 June" stays an event
        return not (past[0].lower().startswith(("published", "received")) and TO_COME_RE.search(text, 0, past.start()))
    if _past_relative_clause(match, text):
        return True
    if not THEIR_MEETING_RE.search(text, 0, match.start()):
        return False
    if _meeting_month_to_come(match, text):
        return False  # "to report back at its meeting in March": that meeting's month (stop 33)
    if BODY_SUBJECT_RE.match(text):
        return True  # "The Cabinet will consider the report at its meeting on 18 June": the body's own business
    value = parse_date(match["due"], reference=meeting_date) if match["due"] and meeting_date else None
    return not (
        value is not None
        and value.date is not None
        and value.precision == "day"
        and dt.timedelta(0) < value.date - meeting_date <= dt.timedelta(days=UPCOMING_MEETING_DAYS)
    )


# Before "at its meeting in March": a step still to come ("to report back", "will consider", "to be brought"), with no
# past verb after it ("Officers to review the fees, as the Council resolved at its meeting in March" is a decision
# taken there).
LOOKING_AHEAD_RE = re.compile(r"\b(?:to|will|would|shall|should|must)\s+(?:be\s+[a-z]+\s+)?", re.I)
PAST_VERB_RE = re.compile(r"\b(?:[a-z]{3,}ed|was|were|had|held)\b", re.I)


def _meeting_month_to_come(match: re.Match[str], text: str) -> bool:
    """'… to report back to the Panel at its meeting in February': a month with no day after 'at its meeting in', in
    a clause that looks ahead."""
    if not match["due"] or match["phrase"].split()[0].lower() != "in" or re.search(r"\d", match["due"]):
        return False
    breaks = [b.end() for b in CLAUSE_BREAK_RE.finditer(text, 0, match.start())]
    ahead = list(LOOKING_AHEAD_RE.finditer(text, breaks[-1] if breaks else 0, match.start()))
    return bool(ahead) and PAST_VERB_RE.search(text, ahead[-1].end(), match.start()) is None


def _past_relative_clause(match: re.Match[str], text: str) -> bool:
    """'the residents who complained in July': a time phrase ('in', 'on', 'at', 'during') after a relative clause's
    past verb dates that event, not a step to take."""
    if not match["phrase"] or match["phrase"].split()[0].lower() not in SPAN_WORDS:
        return False
    return PAST_RELATIVE_RE.search(text, max(0, match.start() - 80), match.start()) is not None


# Where minutes print no "next meeting" date, the body's later meetings they name: a list headed "Future Board
# meetings:" / "Dates of future meetings:" (its first date), and a paper going "to the Board on the 17th October".
FUTURE_MEETINGS_RE = re.compile(
    r"(?:dates?\s+of\s+)?(?:future|forthcoming)\s+(?:[A-Za-z]+\s+)?meetings?[ \t]*:[ \t]*\n?(?P<date>[^.\n]{4,80})",
    re.I,
)
BODY_MEETING_ON_RE = re.compile(
    r"\bto\s+the\s+(?:Board|Committee|Panel|Council|Trustees)(?:\s+meeting)?\s+on\s+(?:the\s+)?"
    rf"(?P<date>(?:{WEEKDAY_NAMES},?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_NAMES}(?:\s+\d{{4}})?)\b"
)


def next_meeting_date(
    text: str, meeting_date: dt.date | None, pattern: re.Pattern[str] = NEXT_MEETING_RE, month_first: bool = False
) -> dt.date | None:
    """The date the document gives for its next meeting (or, with ``ANNUAL_MEETING_RE``, its annual meeting):
    the first day after the words that falls after the meeting ("Date of next meeting: 9 April"), else the
    first month ("at the next meeting in May"); with neither, the earliest later meeting of the body it names."""
    month = None
    # the minutes' own notice ("Date of next meeting: …") before a body's "at its next meeting on …" in a minute
    for match in sorted(pattern.finditer(text), key=lambda found: not _meeting_notice(text, found)):
        value = parse_date(match["date"], reference=meeting_date, month_first=month_first)
        if value.date and (meeting_date is None or value.date > meeting_date):
            if value.precision == "day":
                return value.date
            month = month or value.date
    if month is None and pattern is NEXT_MEETING_RE and meeting_date is not None:
        return _later_body_meeting(text, meeting_date, month_first)
    return month


# What may open a line before "next meeting" in the minutes' notice of it: a number, "The".
NOTICE_OPENING_RE = re.compile(r"[\s\d.()]*(?:the\s+)?", re.I)


def _meeting_notice(text: str, match: re.Match[str]) -> bool:
    """'Date of next meeting: …', a line opening 'The next meeting will be held on …': the minutes' notice of
    their next meeting, not a minute's mention of some body's next meeting."""
    if match[0][:4].lower() == "date":
        return True
    line_start = text.rfind("\n", 0, match.start()) + 1
    return NOTICE_OPENING_RE.fullmatch(text, line_start, match.start()) is not None


# "Meetings for 2025 are as follows: 14 January, 11 March …", "Meeting dates for 2025/26 will be: …": the body's
# schedule of meetings, its days printed without their year.
MEETING_SCHEDULE_RE = re.compile(
    r"\bmeetings?\s+(?:dates\s+)?for\s+(?P<year>20\d\d)(?P<fiscal>\s*/\s*(?:20)?\d\d)?\s+(?:are|will\s+be)"
    r"(?:\s+as\s+follows)?\s*:?\s*(?P<dates>[^\n]{4,200})",
    re.I,
)
SCHEDULE_DAY_RE = re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{MONTH_NAMES})\b")


def _scheduled_meetings(text: str) -> list[dt.date]:
    """The days a schedule of meetings lists, in the year it is headed with (a financial or municipal year's
    January to March in its second calendar year)."""
    days = []
    for schedule in MEETING_SCHEDULE_RE.finditer(text):
        for printed in SCHEDULE_DAY_RE.finditer(schedule["dates"]):
            early = printed["month"] in ("January", "February", "March")
            year = int(schedule["year"]) + (1 if schedule["fiscal"] and early else 0)
            if (value := parse_date(f"{printed[0]} {year}")).date and value.precision == "day":
                days.append(value.date)
    return days


def _later_body_meeting(text: str, meeting_date: dt.date, month_first: bool) -> dt.date | None:
    """The earliest day after the meeting that a "Future meetings:" list, a schedule of the year's meetings or "to
    the Board on <date>" gives."""
    later = [day for day in _scheduled_meetings(text) if day > meeting_date]
    for finder in (FUTURE_MEETINGS_RE, BODY_MEETING_ON_RE):
        for match in finder.finditer(text):
            value = parse_date(match["date"], reference=meeting_date, month_first=month_first)
            if value.date and value.precision == "day" and value.date > meeting_date:
                later.append(value.date)
    return min(later, default=None)


# What follows a due phrase, read at its end: "the June/July Board meeting", "the next meeting in November",
# "the summer months".
MONTH_PAIR_AFTER_RE = re.compile(rf"{NOT_INSIDE_SPACES}\s*+(?:/|and|or)\s*+{MONTH_NAMES}\b")
IN_MONTH_AFTER_RE = re.compile(rf"{NOT_INSIDE_SPACES}\s++in\s++([A-Z][a-z]++)\b")
MONTHS_AFTER_RE = re.compile(rf"['’]?+s?+{NOT_INSIDE_SPACES}\s++months\b")


def resolve_due(
    text: str,
    meeting_date: dt.date | None,
    next_meeting: dt.date | None,
    *,
    annual_meeting: dt.date | None = None,
    month_first: bool = False,
    jurisdiction: Jurisdiction | None = None,
) -> tuple[dt.date | None, str | None, str]:
    """(due, due_text, precision) for the first deadline phrase in ``text``; ``month_first`` reads numeric
    dates as a North American document prints them. A quarter's end keeps precision quarter (stop 34); a financial
    year, its quarters and halves are the document's ``jurisdiction``'s (stop 35; the UK's when it has none)."""
    year_end = _year_end(jurisdiction)
    match = next(
        (
            m
            for m in DUE_RE.finditer(text)
            if not _past_event_before(m, text, meeting_date)
            and not (m["due"] and _span_not_deadline(m, text))
            and not (m["due"] and _reported_span(m, text))
            and not (m["due"] and _time_of_purpose_topic(m, text))
            and not _term_of_office(m, text)
            and not (m["due"] and m["due"][-1].isdigit() and _year_not_deadline(m, meeting_date))
            and not (m["due"] and NEXT_YEAR_RE.fullmatch(m["due"]) and _next_year_not_deadline(m))
            and not (annual_meeting is None and m["due"] and ANNUAL_DUE_RE.fullmatch(m["due"]))
            and not (m["due"] and _occasion_named(m, text))
            and not (m["due"] and _after_an_event(m, text))
            and not (m["due"] and meeting_date and _month_just_past_named(m, text, meeting_date))
            and not (m["due"] and _minuted_meeting_or_balance_date(m, text))
        ),
        None,
    )
    if not match:
        return _unmarked_due(text, meeting_date, next_meeting, month_first, jurisdiction, annual_meeting)
    due_text = match.group(0)
    if MONTH_PAIR_AFTER_RE.match(text, match.end()):
        return None, due_text, "unknown"  # "the June/July Board meeting", "the April and June meetings": no one date
    if match["asap"] or not meeting_date and not match["due"]:
        return None, due_text, "unknown"
    if match["tomorrow"]:
        return meeting_date + dt.timedelta(days=1), due_text, "day"
    if match["nextmonth"]:
        ahead = meeting_date.month + 1
        return end_of_month(meeting_date.year + (ahead > 12), (ahead - 1) % 12 + 1), due_text, "month"
    if match["within"]:
        if match["single"]:  # "within a fortnight", "in a week's time"
            count, unit = (2, "week") if match["single"].lower() == "fortnight" else (1, match["single"].lower())
        else:
            count = (
                int(match["n"]) if match["n"].isdigit() else NUMBER_WORDS[match["n"].translate(CASE_LOOKALIKES).lower()]
            )
            unit = match["unit"].lower().rstrip("s")
        if UNDATED_EVENT_AFTER_RE.match(text, match.end()):
            return None, due_text, "unknown"  # "within 14 days of receipt of the invoice": counted from an event
        if unit == "hour":  # "within 48 hours": the days they run into after the meeting (round 53)
            return meeting_date + dt.timedelta(days=-(-count // 24)), due_text, "day"
        days = {"day": 1, "week": 7, "month": 30}[unit] * count
        if unit == "month":
            month = meeting_date.month - 1 + count
            year = meeting_date.year + month // 12
            return end_of_month(year, month % 12 + 1), due_text, "month"
        return meeting_date + dt.timedelta(days=days), due_text, "day"
    due = re.sub(r"(?i)\bquarter\s+(?=[1-4])", "Q", match["due"])  # "quarter 3" is Q3
    due, due_text = _month_range_end(due, due_text, text, match.end())
    due, due_text = _school_term(due, due_text, text, match.end())
    if re.search(r"Q[1-4]\s+20\d\d$", due) and (second := FISCAL_SECOND_YEAR_RE.match(text, match.end())):
        # "by end of Q3 2024-25": the financial year's quarter, as "Q3 2024/25" is
        due, due_text = f"{due}/{second['year']}", f"{due_text}{second[0]}"
    elif re.fullmatch(r"(?:end\s+of\s+)?Q[1-4]", due, re.I) and (year := QUARTER_OF_YEAR_RE.match(text, match.end())):
        # "in Q3 of 2025-26": that financial year's quarter; "in Q1 of 2026" the calendar year's
        due, due_text = f"{due} {year['year']}", f"{due_text}{year[0]}"
    words = due.lower()
    if year := YEAR_DUE_RE.fullmatch(words):  # "by 2026", "by the end of 2025": 31 December
        if (tail := YEAR_FIRST_TAIL_RE.match(text, match.end())) and (dated := parse_date(f"{year[1]}{tail[0]}")).date:
            return dated.date, f"{due_text}{tail[0]}", dated.precision  # "no later than 2026 March 31"
        return dt.date(int(year[1]), 12, 31), due_text, "year"
    if meeting_date and NEXT_YEAR_RE.fullmatch(words):  # "early next year": as "early May" is 31 May, the year's end
        return dt.date(meeting_date.year + 1, 12, 31), due_text, "year"
    if meeting_date and re.fullmatch(r"year[\s\-]end", words):
        return dt.date(meeting_date.year, 12, 31), due_text, "year"
    if ANNUAL_DUE_RE.fullmatch(words):
        return annual_meeting, due_text, "day"
    if meeting_date and (numbered := _weekday_numbered(words, text, match.end(), meeting_date)):
        return numbered[0], f"{due_text}{numbered[1]}", "day"  # "by Friday 22nd": the 22nd, a Friday
    if meeting_date and (relative := _relative_due(words, meeting_date, year_end)) is not None:
        if relative[0] < meeting_date:
            return None, None, "unknown"  # "in the Spring term 2024", read in November 2024: a term already past
        if words.split()[-1] in WEEKDAYS and (week := WEEKDAY_WEEK_AFTER_RE.match(text, match.end())):
            # "by Monday week": a week after the coming Monday
            return relative[0] + dt.timedelta(days=7), f"{due_text}{week[0]}", relative[1]
        return relative[0], due_text, relative[1]
    if re.search(r"(?:next|following)\s+(?:\w+\s+){0,2}meeting|next\s+(?:board|committee|panel|forum)$", words):
        if BUT_ONE_AFTER_RE.match(text, match.end()):
            # "by the next meeting but one": the meeting after the printed next one, whose day is not printed
            return None, f"{due_text}{BUT_ONE_AFTER_RE.match(text, match.end())[0]}", "unknown"
        if (ahead := PERIOD_BEFORE_RE.search(text, max(0, match.start() - 40), match.start())) and match[
            "phrase"
        ].split()[0].lower() in ("before", "prior"):
            # "two weeks before the next meeting": papers sent ahead of it, the printed day less the period (round 53)
            if not next_meeting or not meeting_date:
                return None, f"{ahead[0]}{due_text}", "unknown"
            count = int(ahead["n"]) if ahead["n"].isdigit() else NUMBER_WORDS.get(ahead["n"].lower(), 1)
            early = next_meeting - dt.timedelta(days=count * (7 if ahead["unit"].lower().startswith("w") else 1))
            if ahead["working"]:  # "three working days before the next meeting": Monday to Friday counted back
                early = next_meeting
                while count > 0:
                    early -= dt.timedelta(days=1)
                    count -= early.weekday() < 5
            if early > meeting_date:
                return early, f"{ahead[0]}{due_text}", "day"
        month = IN_MONTH_AFTER_RE.match(text, match.end())
        if month and meeting_date:  # "the next Board meeting in November": the month printed wins
            value = parse_date(month[1], reference=meeting_date)
            if value.date and not (next_meeting and next_meeting.month == value.date.month):
                return value.date, f"{due_text}{month[0]}", value.precision
        if meeting_date and (dated := _printed_meeting_date(text, match.end(), meeting_date, month_first)):
            return dated[0], f"{due_text}{dated[1]}", "day"  # "at its next meeting on 14 January": that day
        return next_meeting, due_text, "day" if next_meeting else "unknown"
    if meeting_date and words == "christmas":
        if tail := CHRISTMAS_SPAN_AFTER_RE.match(text, match.end()):
            due_text = f"{due_text}{tail[0]}"  # "before the Christmas break": Christmas Day
        christmas = dt.date(meeting_date.year, 12, 25)
        return (christmas if christmas >= meeting_date else christmas.replace(year=christmas.year + 1)), due_text, "day"
    if meeting_date and ("end of" in words and "month" in words or re.fullmatch(r"month[\s\-]end", words)):
        ahead = meeting_date.month + ("next" in words or "following" in words)  # "by the end of next month"
        return end_of_month(meeting_date.year + (ahead > 12), (ahead - 1) % 12 + 1), due_text, "month"
    if words.endswith("term") and (number := NUMBERED_TERM_AFTER_RE.match(text, match.end())):
        return None, f"{due_text}{number[0]}", "unknown"  # "by the end of term 2": terms are numbered differently
    if meeting_date and words.endswith("term"):  # "by end of term": the school term the meeting falls in
        return _term_end(meeting_date), due_text, "month"
    if "new year" in words and (early := EARLY_BEFORE_RE.search(text, max(0, match.start() - 10), match.start())):
        due_text = f"{early[0]}{due_text}"  # "early in the new year": the whole phrase, dated or not (stop 22)
    if meeting_date and "new year" in words:
        return dt.date(meeting_date.year + 1, 1, 31), due_text, "month"
    if meeting_date and "municipal year" in words:
        year = meeting_date.year + (1 if meeting_date.month > 5 else 0)  # the year's annual meeting, in May
        return dt.date(year, 5, 31), due_text, "month"
    if (fiscal := re.search(r"(?:financial year|\bfy)\s*(?:(\d{4})(/\d{2,4})?)?", words)) and year_end != UK_YEAR_END:
        return _financial_year_due(fiscal, text, match.end(), meeting_date, due_text, year_end)
    if fiscal:
        second = None if fiscal[2] or not fiscal[1] else FISCAL_SECOND_YEAR_RE.match(text, match.end())
        if second and (int(fiscal[1]) + 1) % 100 == int(second["year"]):  # "by end of FY 2025-26": March 2026
            return dt.date(int(fiscal[1]) + 1, 3, 31), f"{due_text}{second[0]}", "year"
        if fiscal[1]:  # "2024/25" ends on 31 March 2025
            return dt.date(int(fiscal[1]) + (1 if fiscal[2] else 0), 3, 31), due_text, "year"
        if meeting_date:  # the financial year the meeting falls in: its end, precision year as "FY26" has
            year = meeting_date.year + (1 if meeting_date.month >= 4 else 0)
            return dt.date(year, 3, 31), due_text, "year"
    if meeting_date and re.search(r"end of (the )?(calendar )?year", words):
        return dt.date(meeting_date.year, 12, 31), due_text, "year"
    # a month alone: against the meeting
    value = parse_date(due, reference=meeting_date, month_first=month_first, year_end=year_end)
    if value.date and meeting_date and value.date < meeting_date:
        return None, None, "unknown"  # "held in May 2024": a past date is not a deadline
    if value.date == meeting_date and value.precision == "day" and match["phrase"].split()[0].lower() in SPAN_WORDS:
        return None, None, "unknown"  # "the minutes of the meeting on 12 March": the meeting itself
    if value.date and value.precision == "month":
        if half_term := MONTH_HALF_TERM_AFTER_RE.match(text, match.end()):
            return None, f"{due_text}{half_term[0]}", "unknown"  # "by the end of February half term" (stop 32)
        named = _meeting_named_by_month(text, match, due_text)
        if (
            named != due_text
            and meeting_date
            and (after := MEETING_AFTER_RE.match(text, match.end()))
            and after[0].islower()  # "the November meeting"; "the November Finance Committee" may be a body's to come
            # "by the November meeting"; "to consider a proposal at the September meeting" (tune Suffolk 2012, read in
            # September) names another body's meeting later that month
            and match["phrase"].split()[0].lower() in ("by", "before")
            and (value.date.year, value.date.month) == (meeting_date.year, meeting_date.month)
            and not re.search(r"\d{4}", match["due"])
            and not (next_meeting and meeting_date < next_meeting <= value.date)
        ):
            # "by the November meeting" read at the November meeting: this month's meeting is the one minuted, so
            # next year's (round dues80); not when a second meeting this month is printed as the next
            return end_of_month(value.date.year + 1, value.date.month), named, value.precision
        due_text = named
    if value.date is None and re.fullmatch(MONTH_WORDS, due, re.I):
        # "to the August Board meeting" where the meeting's own date is not known: the whole phrase all the same
        due_text = _meeting_named_by_month(text, match, due_text)
    if value.date and meeting_date and value.precision == "day" and not re.search(r"\d{4}", match["due"]):
        this_year = value.date.replace(year=meeting_date.year) if value.date.year > meeting_date.year else None
        just_past = this_year and dt.timedelta(0) < meeting_date - this_year <= dt.timedelta(days=RECENT_PAST_DAYS)
        # "by 31 March" read in May is next March: a deadline word looks ahead
        reported_plan = PLANNED_BEFORE_RE.search(text, max(0, match.start() - 80), match.start())
        if just_past and (match["phrase"].split()[0].lower() not in DEADLINE_WORDS or reported_plan):
            # "the meeting on 25 July", read in October: weeks ago, not next July; "the work was to be finished by
            # 30 September", read in November: the plan's date, now past
            return None, None, "unknown"
    return value.date, due_text, value.precision


# "by Monday week", "by Friday week": the weekday a week after the coming one (not "Monday week commencing …").
WEEKDAY_WEEK_AFTER_RE = re.compile(
    # "by Friday of next week" (round 53): the Friday a week after the coming one too
    r"\s{1,3}(?:week\b(?!\s+(?:commencing|beginning|ending|of)\b)|of\s{1,3}(?:the\s{1,3})?(?:next|following)\s{1,3}week\b)",
    re.I,
)

# "early in the new year": the word before the due phrase's "in".
EARLY_BEFORE_RE = re.compile(r"\bearly\s{1,3}$", re.I)

# "for the Christmas event", "before the Christmas lights switch-on": the occasion names a thing, not a day (what the
# sentence is due by may follow: "… event before the summer recess").
OCCASION_THING_AFTER_RE = re.compile(
    r"\s{1,3}(?:event|lights|fair|fayre|market|tree|party|lunch|dinner|meal|cards?|decorations|concert|service|"
    r"display|celebrations?|trail|windows?|hampers?|light\s+switch|switch-on|raffle|appeal|collection)s?\b",
    re.I,
)


# "before the Christmas break", "by the Christmas holidays": met by Christmas Day, as "before the Easter recess" is by
# Easter Sunday (stop 32); "during the Christmas period", "for the Christmas holidays": a span the step fills.
CHRISTMAS_SPAN_AFTER_RE = re.compile(r"\s{1,3}(?:break|holidays?|recess|period|shutdown|closure)\b", re.I)


def _occasion_named(match: re.Match[str], text: str) -> bool:
    """'for the Christmas event': Christmas naming the event, not the day it is due by; 'during the Christmas
    period': the span the step fills, not a day to meet."""
    if match["due"].lower() != "christmas":
        return False
    if CHRISTMAS_SPAN_AFTER_RE.match(text, match.end()):
        return match["phrase"].split()[0].lower() in (*SPAN_WORDS, "over")
    return bool(OCCASION_THING_AFTER_RE.match(text, match.end()))


# "after the elections in May", "following the inspection on 3 March": the event the step waits for, dated; the step
# starts then, it is not due by then. Read back from the time phrase's "in" or "on" (at most 60 characters).
AFTER_EVENT_BEFORE_RE = re.compile(r"\b(?:after|following|once)\s+(?:the\s+)?(?:[\w'’\-]+\s+){1,3}$", re.I)


def _after_an_event(match: re.Match[str], text: str) -> bool:
    """'… after the elections in May': the month dates the event the step follows, not a deadline."""
    if match["phrase"].split()[0].lower() not in ("in", "on"):
        return False
    return AFTER_EVENT_BEFORE_RE.search(text, max(0, match.start() - 60), match.start()) is not None


def _year_end(jurisdiction: Jurisdiction | None) -> YearEnd:
    """The (month, day) the document's financial year ends on: its jurisdiction's, else the UK's (stop 35)."""
    return UK_YEAR_END if jurisdiction is None else jurisdiction.financial_year_end


def _financial_year_due(
    fiscal: re.Match[str], text: str, end: int, meeting: dt.date | None, due_text: str, year_end: YearEnd
) -> tuple[dt.date | None, str | None, str]:
    """'by the end of the financial year', 'by end of FY 2025-26', 'by the end of financial year 2026' where the
    financial year is not the UK's (stop 35): its end in the document's year (30 June in Australia and New Zealand,
    31 December in Ireland and Canada; a US body's gives no date, the words kept). A financial year printed over two
    years has no end where the year is a calendar one."""
    second = None if fiscal[2] or not fiscal[1] else FISCAL_SECOND_YEAR_RE.match(text, end)
    if second and (int(fiscal[1]) + 1) % 100 == int(second["year"]):
        due_text, split = f"{due_text}{second[0]}", True
    else:
        split = bool(fiscal[2])
    if year_end is None or (split and year_end == (12, 31)):
        return None, due_text, "unknown"
    if fiscal[1]:
        return financial_year_end(int(fiscal[1]) + (1 if split else 0), year_end), due_text, "year"
    if meeting is None:
        return None, due_text, "unknown"
    return _next_year_end(meeting, year_end), due_text, "year"


FISCAL_WORDS_RE = re.compile(r"\bfiscal\s+year|\bFYE\b", re.I)


def _next_year_end(meeting: dt.date, year_end: tuple[int, int]) -> dt.date:
    """The end of the financial year the meeting falls in (its last day, if the meeting is on it)."""
    this_year = financial_year_end(meeting.year, year_end)
    return this_year if this_year >= meeting else financial_year_end(meeting.year + 1, year_end)


# The rest of a month range a due phrase opens on its first month: "during Jan–Mar 2025", "in January to March 2026".
MONTH_RANGE_AFTER_RE = re.compile(
    rf"(?:\s?[-–]|{NOT_INSIDE_SPACES}\s++to\s++)\s?(?P<month>{MONTH_WORDS})\.?(?P<year>,?\s+\d{{4}})?\b(?![/\-–]\d)"
)


def _month_range_end(due: str, due_text: str, text: str, end: int) -> tuple[str, str]:
    """'during Jan–Mar 2025': the range's last month ('Mar 2025') with the whole range as due_text; else as given."""
    if not re.fullmatch(MONTH_WORDS, due) or (months := MONTH_RANGE_AFTER_RE.match(text, end)) is None:
        return due, due_text
    return f"{months['month']}{months['year'] or ''}", f"{due_text}{months[0]}"


# A school term's word and year after a due phrase's season: "by the end of the summer| term", "in the Spring term|
# 2026" (the summer's end is 31 August, the summer term's 31 July).
TERM_AFTER_RE = re.compile(r"\s{1,3}term\b", re.I)
TERM_YEAR_AFTER_RE = re.compile(r"\s{1,3}20\d\d\b(?![/\-–]\d)")
TERM_SEASON_RE = re.compile(r"(?:spring|summer|autumn|fall)(?P<term>\s+term)?$", re.I)


def _school_term(due: str, due_text: str, text: str, end: int) -> tuple[str, str]:
    """The due and due_text with the school term's word and year that follow the due phrase added."""
    season = TERM_SEASON_RE.search(due)
    if season is None:
        return due, due_text
    if not season["term"] and (term := TERM_AFTER_RE.match(text, end)):
        due, due_text, end = f"{due}{term[0]}", f"{due_text}{term[0]}", term.end()
    elif not season["term"]:
        return due, due_text
    if year := TERM_YEAR_AFTER_RE.match(text, end):
        due, due_text = f"{due}{year[0]}", f"{due_text}{year[0]}"
    return due, due_text


# "by the end of February half term", "before the October half-term": a school's half term (stop 32: no date).
MONTH_HALF_TERM_AFTER_RE = re.compile(r"\s{1,3}half[\s\-]?term\b", re.I)
# "by the May elections": the elections of that month, met by its end as a meeting named by its month is.
ELECTIONS_AFTER_RE = re.compile(
    r"\s{1,3}(?:(?:local|council|parish|county|district|mayoral)\s{1,3})?elections?\b", re.I
)


def _meeting_named_by_month(text: str, match: re.Match[str], due_text: str) -> str:
    """The whole phrase of a meeting a month names: "by the May meeting", "at its meeting in March" (stop 33), "by the
    May elections", else ``due_text`` as it is."""
    if (after := MEETING_AFTER_RE.match(text, match.end()) or ELECTIONS_AFTER_RE.match(text, match.end())) is not None:
        return f"{due_text}{after[0]}"
    if match["phrase"].split()[0].lower() == "in" and (before := THEIR_MEETING_RE.search(text, 0, match.start())):
        return text[before.start() : match.end()]
    return due_text


def _term_end(meeting: dt.date) -> dt.date:
    """The end of the school term a meeting falls in, to the month (as "before the summer recess" is 31 July): the
    autumn term ends in December, the spring term in March, the summer term in July."""
    if 4 <= meeting.month <= 7:
        return dt.date(meeting.year, 7, 31)
    if meeting.month <= 3:
        return dt.date(meeting.year, 3, 31)
    return dt.date(meeting.year, 12, 31)


# The dates a label or brackets give an action: "31 May", "May 31, 2025", "30/11/2024", "30/11", "December 2024",
# "Dec-24", "end of January".
LABEL_DATE = (
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_WORDS}\.?(?:\s+\d{{4}})?|{MONTH_WORDS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?"
    rf"(?:,?\s+\d{{4}})?|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}|"
    rf"(?:end\s+(?:of\s+)?)?{MONTH_WORDS}(?:,?\s+\d{{4}}|-\d{{2}})"
)
# A date alone in brackets ending the action, or after a label: "Deadline: 4 April", "By: 30 April", "- Target Date:
# 30/11/2024", "Date due: 30 November", "Due by: 6 December", "(Deadline 29 November)", "Deadline: end of January".
DUE_LABEL = r"(?i:deadline|by\s+when|by|due\s+(?:date|by)|date\s+due|due|target(?:\s+date)?|completion\s+date)"
LABELLED_DUE_RE = re.compile(
    rf"(?:\((?=[^()]*\)\.?\s*$)(?:{DUE_LABEL}\s*[:\-–]?\s*)?|\b{DUE_LABEL}\s*[:\-–]\s*)"
    rf"(?P<date>{LABEL_DATE}|(?<=[:\-–]\s)(?:end\s+(?:of\s+)?)?{MONTH_NAMES})(?:\)\.?\s*$|(?![\w/]))"
)

# "Draft Budget Policies for review (Staff): Target date 7/16/09": a two-word date label printed without a colon
# before a numeric date (a US committee's action items).
DATE_LABEL_NUMBER_RE = re.compile(
    r"\b(?i:target|due|completion)\s+date\s+(?P<date>\d{1,2}/\d{1,2}(?:/(?:\d{4}|\d{2}))?)(?![/\d])"
)

# "… about the fence – Nov-24", "… – 30/11": a date a dash sets after the action, as a log's columns run into a line.
TRAILING_DATE_RE = re.compile(rf"\s[–-]\s{{1,3}}(?P<date>{LABEL_DATE})\.?\s*$")

# "(June meeting)", "(the March Board)": a log's note of the meeting an action goes to, due at the month's end.
MONTH_MEETING_NOTE_RE = re.compile(
    rf"\((?:the\s+)?(?P<date>{MONTH_NAMES}(?:\s+\d{{4}})?)\s+(?:[A-Z][\w&]*\s+)?"
    r"(?i:meeting|board|committee|council|panel|cabinet)\s*\)"
)

# "to the June Environmental Services Committee", "to the March Finance and Resources Committee": a meeting a month
# and a body's name of several words give (DUE_RE takes one word between the month and the body).
MONTH_BODY_MEETING_RE = re.compile(
    rf"\b(?:to|for|at|by|before)\s+the\s+(?P<date>{MONTH_NAMES})\s+(?:[A-Z][\w&'’\-]*\s+(?:(?:and|&)\s+(?=[A-Z]))?){{2,3}}"
    r"(?:Committee|Board|Council|Cabinet|Panel|Forum|Sub-[Cc]ommittee)\b"
)

# "to the Committee's November meeting", "at the Board’s March meeting", and a post asked to "attend the December
# meeting": a meeting a month names, as "by the November meeting" is, after a body's possessive or "attend".
MONTH_OWNED_MEETING_RE = re.compile(
    rf"(?:\b(?:to|at|for|by|before)\s+the\s+(?:[A-Z][\w&\-]*\s+){{0,3}}[A-Z][\w&\-]*['’]s?\s+|(?<=\battend\s)the\s+)"
    rf"(?P<date>{MONTH_NAMES})\s+meeting\b"
)

# "in H1 2026", "by the end of H2 2025/26": a half year, of the calendar year or (with a second year) the financial.
HALF_YEAR_DUE_RE = re.compile(
    r"\b(?:by|before|in|during|until|no\s+later\s+than)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?"
    r"H(?P<half>[12])\s?(?P<year>20\d\d)(?:\s?[/\-–]\s?(?P<second>(?:20)?\d\d))?\b(?![/\-–]\d)"
)


def _half_year_due(
    half: re.Match[str], meeting: dt.date | None, year_end: YearEnd = UK_YEAR_END
) -> tuple[dt.date | None, str | None, str]:
    """'in H1 2026': 30 June 2026; 'by H2 2025/26' the financial year's second half, 31 March 2026. Precision year:
    a half is neither a month nor a quarter, and the coarser word claims nothing unknown. A half already past at the
    meeting, or a second year that does not follow the first, is no deadline."""
    year = int(half["year"])
    if half["second"] is None:
        end = dt.date(year, 6, 30) if half["half"] == "1" else dt.date(year, 12, 31)
    elif int(half["second"]) % 100 == (year + 1) % 100:
        if year_end is None or year_end == (12, 31):
            return None, half[0], "unknown"  # a US body's fiscal year, or a calendar one printed over two years
        # the financial year's halves end with its second and fourth quarters (stop 35: the document's year)
        end = financial_quarter_end(2 if half["half"] == "1" else 4, year + 1, year_end)
    else:
        return None, None, "unknown"
    if meeting is not None and end < meeting:
        return None, None, "unknown"
    return end, half[0], "year"


# "to fly the flag on Merchant Navy Day, 3 September 2025": an occasion named with its date, the day the step is for.
NAMED_DAY_DUE_RE = re.compile(
    r"\bon\s+(?:[A-Z][\w'’]*\s+){1,4}(?:Day|Sunday|Eve|Weekend)\s*,?\s+(?:the\s+)?"
    rf"(?P<date>\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_NAMES}(?:\s+\d{{4}})?)\b"
)

# "by Easter", "before the Easter recess", "by Easter Monday", "by Easter 2026": Easter Sunday after the meeting (or in
# the year printed), the Monday a day later.
EASTER_DUE_RE = re.compile(
    r"\b(?:by|before|until|no\s+later\s+than|prior\s+to|ahead\s+of)\s+(?:the\s+)?Easter(?P<monday>\s+Monday)?"
    r"(?:\s+(?:recess|holidays?|break|weekend))?(?:\s+(?P<year>20\d\d))?\b",
    re.I,
)
# "by the weekend", "before the weekend", "by this weekend" (round dues80): the working week's end, the Friday "by the
# end of the week" gives; not "the weekend of 6 December" (a dated weekend) or "the Easter weekend".
WEEKEND_DUE_RE = re.compile(r"\b(?:by|before)\s{1,3}(?:the|this)\s{1,3}weekend\b(?!\s{0,3}(?:of|,)\b)", re.I)

# "at the first meeting of the new year", "to the first Council meeting in the new year" (round dues80): the next
# meeting when it falls in the new year, else the new year's January (as "early in the new year", stop 22).
NEW_YEAR_MEETING_RE = re.compile(
    r"\b(?:at|to|by|for|before)\s{1,3}the\s{1,3}first\s{1,3}(?:[A-Za-z]+\s{1,3}){0,2}?meeting\s{1,3}(?:of|in)"
    r"\s{1,3}the\s{1,3}new\s{1,3}year\b",
    re.I,
)

# "to get the item on the December Council agenda", "on the December agenda" (round dues80, round 73's case): the
# agenda of a meeting the month names, due at the month's end as "for the December Council" is (stop 22).
MONTH_AGENDA_RE = re.compile(
    rf"\b(?:on|to|for)\s{{1,3}}the\s{{1,3}}(?P<date>{MONTH_NAMES})(?:['’]s)?\s{{1,3}}(?:[A-Z][\w&'’\-]*\s{{1,3}}){{0,3}}"
    r"(?i:agenda)\b"
)

# "by late 2026", "in early 2026", "before mid-2026", "by the middle of 2026": a part of a year (stop 33: "late" is
# 31 December, "early" and "mid" no date).
YEAR_PART_DUE_RE = re.compile(
    r"\b(?:by|before|in|during|until|no\s+later\s+than)\s+(?:the\s+)?"
    r"(?P<part>early|mid|late|middle\s+of)[\s\-]*(?P<year>20\d\d)\b(?![/\-]\d)",
    re.I,
)
# "within the next cycle", "in the next committee cycle": the body's next round of meetings, its next meeting.
NEXT_CYCLE_RE = re.compile(
    r"\b(?:by|within|in|during|for)\s+the\s+next\s+(?:committee\s+|meeting\s+|reporting\s+)?cycle\b", re.I
)


def _year_part_due(part: re.Match[str], meeting: dt.date | None) -> tuple[dt.date | None, str | None, str]:
    """'by late 2026': 31 December 2026; 'by early 2026', 'by mid-2026': no date, the words kept; a year already past
    at the meeting: no deadline."""
    year = int(part["year"])
    if meeting is not None and year < meeting.year:
        return None, None, "unknown"
    if part["part"].lower() != "late":
        return None, part[0], "unknown"
    return dt.date(year, 12, 31), part[0], "year"


# "by half term", "before half-term": a school's half term, whose days differ by authority and year: no date.
HALF_TERM_DUE_RE = re.compile(r"\b(?:by|before|until|prior\s+to|ahead\s+of)\s+(?:the\s+)?half[\s\-]?term\b", re.I)

# An academic year printed with its two years: "2025/26", "2025-2026" (its end is in the second).
ACADEMIC_YEARS = r"(?P<first>20\d\d)\s?[/\-–]\s?(?P<second>(?:20)?\d\d)\b(?![/\-–]\d)"
# "by the end of the academic year", "before the end of the school year", "by the close of the next academic year": the
# end of the summer term (31 July, as the reader has it) and of an FE college's year (1 August to 31 July).
ACADEMIC_YEAR_END_RE = re.compile(
    r"\b(?:by|before|until|no\s+later\s+than|prior\s+to|ahead\s+of)\s+(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?"
    rf"(?:(?P<next>next\s+)|{ACADEMIC_YEARS.replace('?P<', '?P<before_')}\s+)?(?:academic|school)\s+year\b"
    rf"(?:\s+{ACADEMIC_YEARS})?",
    re.I,
)
# Deadlines whose day differs by institution, country or body, read as no date with their words kept (as half term):
# "by the start of the academic year", "before enrolment", "by the end of the season", "in time for the annual
# return", "by fiscal year end" (a US body's fiscal year ends on 30 June, 30 September or 31 December).
NO_DAY_DUE_RE = re.compile(
    r"\b(?:by|before|until|prior\s+to|ahead\s+of|in\s+time\s+for)\s+(?:the\s+)?"
    r"(?:(?:start|beginning)\s+of\s+(?:the\s+)?(?:new\s+|next\s+|20\d\d\s?[/\-–]\s?(?:20)?\d\d\s+)?"
    r"(?:academic\s+year|school\s+year|term|season)|enrol?ments?|"
    # "by the end of semester 1", "by the end of the first semester": a university's semesters differ
    r"end\s+of\s+(?:the\s+)?(?:season|fiscal\s+year|(?:(?:first|second|1st|2nd)\s+)?semester(?:\s+[12])?)|"
    # "in time for the budget-setting meeting": a meeting the minutes print no day for (round dues79)
    # "before purdah", "before the pre-election period": its start differs by election and authority
    r"fiscal\s+year[\s\-]end|FYE|annual\s+return|budget[\s\-]setting\s+meeting|purdah|pre[\s\-]election\s+period)\b",
    re.I,
)
# "be brought to a future meeting", "reported back at a later meeting of the Committee", "deferred to a subsequent
# meeting": a meeting not yet set, so no day; the words are the due (the dev golds keep "at a future meeting").
LATER_MEETING_DUE_RE = re.compile(
    r"(?:\b(?:to|at|for|until)\s+|(?<=\battend\s))a\s+(?:future|later|subsequent)\s+meeting"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w&'’\-]*(?:\s+(?:[A-Z][\w&'’\-]*|and|&)){0,4})?"
)
# "over the next few weeks", "within the next few months", "in the coming weeks": a time to come whose length is not
# said, so no day; the words are the due, as "by half term" keeps its words (stop 32).
FEW_PERIODS_DUE_RE = re.compile(
    r"\b(?:over|within|in|during)\s+the\s+(?:next|coming|following)\s+(?:few\s+|couple\s+of\s+)?(?:days|weeks|months)\b",
    re.I,
)
# "by the end of term 2": a numbered term (four terms in Australia, six in some English authorities).
NUMBERED_TERM_AFTER_RE = re.compile(r"\s{1,3}[1-6]\b(?![/.\-]\d)")
# "within 14 days of receipt of the invoice", "within a month from the decision": counted from an event the minutes
# do not date; not "within 14 days of the meeting" (or "of this meeting", "of today", or "of the decision" closing
# the clause: the decision the record is of, taken on its date).
UNDATED_EVENT_AFTER_RE = re.compile(
    r"\s{1,3}(?:of|from|after|following)\s{1,3}"
    r"(?!(?:(?:the|this)\s{1,3}(?:date\s{1,3}of\s{1,3}(?:the|this)\s{1,3})?meeting|today)\b)"
    # "within six weeks of the decision." ending its clause: the decision this paper or meeting records, dated by it
    r"(?!(?:the|this)\s{1,3}decision\s*(?:[.;,]|$))[\w'’]",
    re.I,
)


def _academic_year_end(meeting: dt.date, academic: re.Match[str]) -> dt.date | None:
    """31 July ending the academic year (August to July) the meeting falls in, the next one, or the one printed
    ("2025/26": 31 July 2026; one already past, or two years that do not follow, give none)."""
    first = academic["first"] or academic["before_first"]
    if first:
        second = int(academic["second"] or academic["before_second"]) % 100
        end = dt.date(int(first) + 1, 7, 31)
        return end if second == (int(first) + 1) % 100 and end >= meeting else None
    year = meeting.year + (1 if meeting.month >= 8 else 0) + (1 if academic["next"] else 0)
    return dt.date(year, 7, 31)


# The year after a quarter's "of": "Q3 of 2025-26", "Q1 of 2026".
QUARTER_OF_YEAR_RE = re.compile(
    rf"{NOT_INSIDE_SPACES}\s++of\s++(?P<year>20\d\d(?:\s?[/\-–]\s?(?:20)?\d\d)?)\b(?![/\-–]\d)"
)

# The second year of a financial year a quarter is printed with, after a hyphen: "Q3 2024-25", "Q1 2025–2026".
FISCAL_SECOND_YEAR_RE = re.compile(r"\s?[\-–]\s?(?:20)?(?P<year>\d\d)\b(?![\-/–]\d)")

# "the work was to be finished by 30 September", "were due to be completed by": a plan the sentence reports, whose
# date, when just past, is not moved on to next year as a deadline's would be.
PLANNED_BEFORE_RE = re.compile(
    r"\b(?:was|were)\s+(?:(?:due|meant|supposed|expected|scheduled|planned)\s+)?to\s+(?:have\s+been|be)\s+"
    r"[a-z]+(?:ed|en)\s*$"
)

# "the residents who complained in July", "the hedge which was cut in May": a past event a relative clause dates.
# "the resident who reported the smell at the sewage works in June": the clause's object (a few words, no "to",
# "and" or "by" opening a step of its own) may come between.
PAST_RELATIVE_RE = re.compile(
    r"\b(?:who|which|that)\s+(?:(?:had|has|have|was|were)\s+)?(?:been\s+)?[a-z]{2,}ed\b"
    r"(?:\s+(?!(?:to|and|by)\b)[\w'’]+){0,6}\s*$"
    # "the defects reported in June", "the concerns raised at the March meeting": a reporting verb's participle
    # after its noun (not "to be reported in June", a step still to come)
    r"|\b(?!(?:be|been|being|is|are|was|were|to|will|would|shall)\b)[a-z]+\s+"
    r"(?:reported|raised|noted|discussed|identified|highlighted|mentioned|observed|recorded|experienced)\s*$"
)

# "the report promised in September", "the speed survey requested in October" (read in November): a noun and its
# past participle, the month dating when the thing was promised (round dues80, round 71's case); not "to be agreed
# in March" or "has to be circulated in March", steps still to come.
PARTICIPLE_BEFORE_RE = re.compile(
    r"\b(?!(?:be|been|being|is|are|was|were|to|will|would|shall|has|have|had|get|got)\b)[a-z]{2,20}\s{1,3}"
    r"(?:promised|requested|agreed|received|sent|ordered|issued|published|quoted|submitted)\s{0,3}$"
)
# "the crime figures for October": what a thing is for; a word before "for" that ends a noun phrase.
FOR_MONTH_NOUN_RE = re.compile(r"\b[a-z]{3,20}\s{1,3}$")
# Months before the meeting's own within which a bare month is "just past" (September and October read in November).
JUST_PAST_MONTHS = 3
MONTH_NUMBERS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1
    )
}


def _month_just_past_named(match: re.Match[str], text: str, meeting: dt.date) -> bool:
    """'the report promised in September', 'the figures for October' (read in November): a bare month one to three
    months before the meeting's, after a participle ('in') or a noun ('for'), names what the thing is, not a step to
    meet; a month to come ('the figures for January') stays a deadline."""
    first = match["phrase"].split()[0].lower() if match["phrase"] else ""
    if first not in ("in", "for") or not re.fullmatch(r"[A-Z][a-z]{2,8}", match["due"]):
        return False
    month = MONTH_NUMBERS.get(match["due"][:3].lower())
    if month is None or not 1 <= (meeting.month - month) % 12 <= JUST_PAST_MONTHS:
        return False
    before = text[max(0, match.start() - 40) : match.start()]
    if first == "in":
        return PARTICIPLE_BEFORE_RE.search(before) is not None
    return FOR_MONTH_NOUN_RE.search(before) is not None and not re.search(r"\b(?:ready|time)\s{1,3}$", before)


# "w/c 25/11", "by 30/11", "by 31-12-24": a day and month (a year optional, not with hyphens: "carried by 5-2" is a
# vote), as action logs print them.
DAY_MONTH_NUMBER_DUE_RE = re.compile(
    r"\b(?:by|before|until|w/c|w/e|week\s+(?:commencing|beginning|ending)|no\s+later\s+than|"
    # "which are due 12/15", "with a due date of 12/20"
    r"due(?:\s+date)?(?:\s+(?:of|on|by|is))?)\s+(?:the\s+)?"
    r"(?P<first>\d{1,2})(?:/(?P<second>\d{1,2})(?:/(?P<year>\d{4}|\d{2}))?"
    r"|-(?P<day_second>\d{1,2})-(?P<dash_year>\d{4}|\d{2}))"
    r"(?![/\-\d]|\.\d|\s*(?:of\b|%))",
    re.I,
)

# "by the 29th", "by 5th.": a day of the month alone, the next such day after the meeting.
DAY_ONLY_DUE_RE = re.compile(
    r"\b(?:by|before|until|no\s+later\s+than)\s+(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)\b"
    r"(?=\s*(?:[.,;)]|$|and\b|at\b))",
    re.I,
)

# "by end Q3 2024/25": a financial year's quarter, "end" printed without "of".
END_FISCAL_QUARTER_RE = re.compile(
    r"\bend\s+(?:of\s+)?Q(?P<quarter>[1-4])\s+(?P<year>20\d\d)\s*/\s*(?:20)?\d\d\b", re.I
)
# "by 2025/26", "by the end of 2024/25", "by FY26", "by end of FY2025-26", "before FY 2025/26": the financial year's
# end, 31 March (stop 33).
FISCAL_YEAR_DUE_RE = re.compile(
    r"\b(?:by|before|no\s+later\s+than)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?"
    r"(?:(?P<year>20\d\d)\s*/\s*(?:20)?\d\d\b(?!\s*/)|FY\s?(?:\d{4}|\d\d)(?:\s?[/-]\s?(?:\d{4}|\d\d))?\b(?![/-]\d))"
    # "before the 2026/27 budget is set": the year's label names the budget, a thing, not the year's end (round 53)
    r"(?!\s+(?:budgets?|precepts?|accounts|estimates|settlement|audit|grants?|allocations?|bids?|claims?|"
    r"council\s+tax|tax\s+base|capital\s+programme)\b)",
    re.I,
)
# Shorthand the due reader reads as its long form, every one rewritten at once (the rewritten text has none left):
# "the end of the current (this) financial year" is the financial year the meeting falls in; "by Fri 22 Nov",
# "w/c Mon 25/11" drop the abbreviated weekday; "by end-December" is "by end of December".
QUARTER_ORDINALS = {
    **{"first": 1, "one": 1, "second": 2, "two": 2, "third": 3, "three": 3, "fourth": 4, "four": 4},
    **{"1st": 1, "2nd": 2, "3rd": 3, "4th": 4},
}


WEEK_ORDINAL_DAYS = {"first": "7", "1st": "7", "second": "14", "2nd": "14", "third": "21", "3rd": "21", "fourth": "28"}


def _week_of_month(match: re.Match[str]) -> str:
    """'by the first week of ' -> 'by 7 ', 'in the last week of ' -> 'by end of ': the week's last day."""
    day = WEEK_ORDINAL_DAYS.get(match["ordinal"].lower())
    return f"by {day} " if day else "by end of "


def _quarter_number(match: re.Match[str]) -> str:
    """'end of the first quarter', 'end of quarter two': 'end of Q1', 'end of Q2'."""
    return f"end of Q{QUARTER_ORDINALS[(match['ordinal'] or match['number']).lower()]}"


def _ordinal_quarter(match: re.Match[str]) -> str:
    """'by the 2nd quarter', 'in the first quarter of 2026': 'by Q2', 'in Q1 2026'."""
    return f"{match['phrase']} Q{QUARTER_ORDINALS[match['ordinal'].lower()]}{match['year'] or ''}"


DUE_SHORTHAND: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (re.compile(r"\b(?:the\s+)?(?:current|this)\s+(?=(?:financial|municipal|calendar)\s+year\b)", re.I), ""),
    (
        re.compile(
            r"\b(?P<phrase>by|before|on|until|w/c)\s+(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+(?=\d)",
            re.I,
        ),
        r"\g<phrase> ",
    ),
    (re.compile(rf"\b(?P<phrase>by|before|until)\s+end-(?={MONTH_WORDS}\b)", re.I), r"\g<phrase> end of "),
    (  # "by 22-Nov" is "by 22 Nov"
        re.compile(rf"\b(?P<phrase>by|before|until|w/c)\s+(?P<day>\d{{1,2}})-(?P<month>{MONTH_WORDS})\b(?!-\d)"),
        r"\g<phrase> \g<day> \g<month>",
    ),
    # "by the close of the financial year" is its end
    (re.compile(r"\bclose\s+of\s+(?=(?:the\s+)?(?:financial|municipal|calendar)\s+year\b)", re.I), "end of "),
    # "by end Q1" is "by end of Q1" (not "end Q3 2024/25": a financial year's quarter, END_FISCAL_QUARTER_RE)
    (re.compile(r"\b(?P<phrase>by|before|until)\s+end\s+(?=Q[1-4]\b(?!\s+20\d\d\s*/))", re.I), r"\g<phrase> end of "),
    # "the end of the first quarter", "end of quarter two": Q1, Q2, as the due reader reads a bare quarter
    (
        re.compile(
            r"\bend\s+of\s+(?:the\s+)?(?:(?P<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\b(?!\s+of\b)|"
            r"quarter\s+(?P<number>one|two|three|four)\b)",
            re.I,
        ),
        _quarter_number,
    ),
    # "by the 2nd quarter", "in the first quarter of 2026", "by 1st Quarter 2026": Q2, Q1 2026 (the calendar year's)
    (
        re.compile(
            r"\b(?P<phrase>by|before|in|during|until)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?"
            r"(?P<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\b(?:\s+of)?(?P<year>\s+20\d\d\b)?",
            re.I,
        ),
        _ordinal_quarter,
    ),
    # "by the first week of December", "in the second week of January": met by the week's last day (the 7th, the
    # 14th …), as "early March" is by the part's end; "the last week of" by the month's end
    (
        re.compile(
            # "by the end of the first week in February" (round 53): the week's last day too
            r"\b(?:by|before|in|during|within)\s+(?:the\s+)?(?:end\s+of\s+the\s+)?"
            r"(?P<ordinal>first|second|third|fourth|last|1st|2nd|3rd|4th)"
            rf"\s+week\s+(?:of|in)\s+(?={MONTH_WORDS}\b)",
            re.I,
        ),
        _week_of_month,
    ),
    # "by the beginning of December", "by the start of March": the month's first day
    (
        re.compile(rf"\b(?P<phrase>by|before)\s+the\s+(?:start|beginning)\s+of\s+(?={MONTH_WORDS}\b)", re.I),
        r"\g<phrase> 1 ",
    ),
    # "to the next Trust Board", "for the next ICB Board": that body's next meeting
    (
        re.compile(
            r"\b(?P<body>(?:to|for|at|by|before|until)\s+(?:the\s+)?next\s+(?:[A-Z][\w&]*\s+){1,2}"
            r"(?:Board|Committee|Panel|Forum))\b(?!\s+meeting)"
        ),
        r"\g<body> meeting",
    ),
    # "by the next sitting", "to the next sitting of the Board": a licensing board's (a court's) word for its meeting
    (re.compile(r"\bnext\s+sitting\b", re.I), "next meeting"),
    # "ahead of the Licensing Board's next meeting": "the next Licensing Board meeting"
    (
        re.compile(r"\bthe\s+(?P<body>(?:[A-Z][\w&]*\s+){0,3}[A-Z][\w&]*)['’]s\s+next\s+meeting\b"),
        r"the next \g<body> meeting",
    ),
    # "by the next Local Access Forum meeting", "to the next Community Planning Partnership Board", "before the next
    # Inshore Fisheries and Conservation Authority meeting": the body's next meeting (DUE_RE takes two words between
    # "next" and "meeting")
    (
        re.compile(
            r"\bnext\s+(?:[A-Z][\w&]*\s+(?:(?:and|&)\s+(?=[A-Z]))?){2,4}"
            r"(?P<head>Board|Committee|Panel|Forum|Partnership|Group|Council|Authority|Trust)(?:\s+meeting)?\b"
        ),
        r"next \g<head> meeting",
    ),
    # "wk commencing 2 December", "wk beg 2/12": "w/c 2 December"
    (re.compile(r"\bwk\.?\s+(?:commencing|comm\.?|beginning|beg\.?)\s+(?=\d)", re.I), "w/c "),
    # "to the next Council of Governors": a foundation trust's governors' next meeting
    (re.compile(r"\bnext\s+Council\s+of\s+Governors(?:\s+meeting)?\b"), "next Governors meeting"),
    # "at the next full Council": the council's next meeting (round dues79)
    (re.compile(r"\bnext\s+[Ff]ull\s+[Cc]ouncil\b(?!\s+meeting)"), "next Council meeting"),
    # "for the next full governing body meeting": the next meeting (DUE_RE takes two words between "next" and "meeting")
    (re.compile(r"\bnext\s+[Ff]ull\s+(?=(?:[A-Za-z]+\s+){0,2}meeting\b)"), "next "),
    # "by the next AGM": the AGM's printed day, as "before the AGM" is
    (re.compile(r"\b(?:the\s+)?next\s+(?=AGM\b|Annual\s+General\s+Meeting\b)"), "the "),
    # "by the time of the next meeting" is "by the next meeting"
    (re.compile(r"\bby\s+the\s+time\s+of\s+(?=the\s+next\s)", re.I), "by "),
    # "by this Friday" is "by Friday", the first one after the meeting
    (re.compile(rf"\b(?P<phrase>by|before|until)\s+this\s+(?={WEEKDAY_NAMES}\b)", re.I), r"\g<phrase> "),
    # "by end of play Friday", "by the end of business on Friday": "by close of play …"
    (re.compile(r"\bby\s+(?:the\s+)?end\s+of\s+(?P<what>play|business)\b", re.I), r"by close of \g<what>"),
    # "by EOD Friday", "by end of day Friday": by close of business that Friday; "by EOW": by the end of the week
    (
        re.compile(rf"\bby\s+(?:EOD|(?i:end\s+of\s+(?:the\s+)?day))\s+(?=(?:on\s+)?{WEEKDAY_NAMES}\b)"),
        "by close of business ",
    ),
    (re.compile(r"\bby\s+EOW\b"), "by end of week"),
    # "in the run-up to Christmas", "in the run up to the elections in May": before it
    (re.compile(r"\bin\s+the\s+run[\s\-]up\s+to\s+", re.I), "before "),
    # "a week on Friday": the Friday a week after the coming one, "by Friday week"
    (re.compile(rf"\b(?:by\s+)?a\s+week\s+on\s+(?P<day>{WEEKDAY_NAMES})\b"), r"by \g<day> week"),
    # "by the middle of March" is "by mid-March" (not "the middle of 2026", a part of a year: YEAR_PART_DUE_RE)
    (
        re.compile(rf"\b(?P<phrase>by|before|in|until)\s+the\s+middle\s+of\s+(?={MONTH_NAMES}\b)", re.I),
        r"\g<phrase> mid-",
    ),
    # "within one calendar month" is "within one month"
    (
        re.compile(
            rf"\b(?P<within>within|in)\s+(?P<count>a|{NUMBER_WORDS_RE}|\d{{1,3}})\s+calendar\s+(?=months?\b)", re.I
        ),
        r"\g<within> \g<count> ",
    ),
    # "towards the end of January", "around the end of August", "at about the end of May": by its end
    (
        re.compile(
            rf"\b(?:towards|(?:at\s+)?(?:around|about|approximately|roughly))\s+the\s+end\s+of\s+(?={MONTH_WORDS}\b)",
            re.I,
        ),
        "by the end of ",
    ),
    # "at the beginning of June", "at the start of March": early in the month, as "in early June" is
    (re.compile(rf"\b(?:at|in)\s+the\s+(?:start|beginning)\s+of\s+(?={MONTH_WORDS}\b)", re.I), "in early "),
    # "carry the discussion forward to the New Year", "into the new year": in the new year (not "looking forward to
    # the new year", a wish)
    (
        re.compile(
            r"\b(?<!look\sforward\s)(?<!looks\sforward\s)(?<!looked\sforward\s)(?<!looking\sforward\s)"
            r"(?:to|into)\s+the\s+(?=new\s+year\b)",
            re.I,
        ),
        "in the ",
    ),
    # "before the deadline of 6 January", "by the closing date of 10 January 2025": that day
    (
        re.compile(
            rf"\b(?P<phrase>by|before)\s+(?:the|its|their)\s+(?:[a-z]+\s+)?(?:deadline|closing\s+date)\s+(?:of\s+)?"
            rf"(?=\d|{MONTH_WORDS}\b)",
            re.I,
        ),
        r"\g<phrase> ",
    ),
)

# "put it on the next agenda", "for the next Council agenda": the next meeting's business.
NEXT_AGENDA_RE = re.compile(r"\b(?:on|for|to)\s+(?:the\s+)?next\s+(?:[A-Z][\w&]*\s+){0,2}agenda\b")

# "by the end of the quarter", "by the end of next quarter": the calendar quarter the meeting falls in, or the next.
# "by the end of the next (following) quarter" (round 53) as "of next quarter".
THIS_QUARTER_RE = re.compile(
    r"\b(?:by|before|until|no\s+later\s+than)\s+(?:the\s+)?end\s+of\s+"
    r"(?P<which>(?:the\s+)?(?:next|following|current)|the|this)\s+quarter\b",
    re.I,
)


def _quarter_end(meeting: dt.date, *, ahead: bool) -> dt.date:
    """The last day of the calendar quarter the meeting falls in (``ahead``: of the quarter after it)."""
    quarter = (meeting.month - 1) // 3 + (1 if ahead else 0)
    return end_of_month(meeting.year + quarter // 4, quarter % 4 * 3 + 3)


# "within ten working days": days counted Monday to Friday from the meeting.
WORKING_DAYS_RE = re.compile(rf"\bwithin\s+(?P<n>{NUMBER_WORDS_RE}|\d{{1,3}})\s+(?:working|business)\s+days\b", re.I)

# "… next meeting on 14 January 2025", "… next meeting (14 January 2025)": the date that meeting is printed with.
PRINTED_MEETING_DATE_RE = re.compile(
    rf"\s{{0,3}}(?:on\s+|\(\s*)(?:{WEEKDAY_NAMES},?\s+)?(?:the\s+)?(?P<date>\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"{MONTH_WORDS}\.?(?:,?\s+\d{{4}})?|{MONTH_WORDS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|"
    r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4})"
)

# "by Friday 22nd": the day of the month after a weekday that names no month.
WEEKDAY_DAY_AFTER_RE = re.compile(
    rf"{NOT_INSIDE_SPACES}\s++(?:the\s++)?(\d{{1,2}})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?{MONTH_WORDS})"
)


def _printed_meeting_date(text: str, end: int, meeting_date: dt.date, month_first: bool) -> tuple[dt.date, str] | None:
    """The day printed right after a meeting's name ("on 14 January 2025", "(14 January)"), when it follows the
    meeting; with the words that give it."""
    printed = PRINTED_MEETING_DATE_RE.match(text, end)
    if printed is None:
        return None
    value = parse_date(printed["date"], reference=meeting_date, month_first=month_first)
    if value.date is None or value.precision != "day" or value.date <= meeting_date:
        return None
    return value.date, printed[0].rstrip()


def _weekday_numbered(words: str, text: str, end: int, meeting: dt.date) -> tuple[dt.date, str] | None:
    """'by Friday 22nd': the first 22nd after the meeting that is a Friday (else the first 22nd after it)."""
    last = words.split()[-1] if words.split() else ""
    if last not in WEEKDAYS or not (day := WEEKDAY_DAY_AFTER_RE.match(text, end)):
        return None
    later = _days_of_month_after(meeting, int(day[1]), 12)
    named = next((date for date in later if WEEKDAYS[date.weekday()] == last), None)
    chosen = named or next(iter(later), None)
    return (chosen, day[0]) if chosen else None


def _unmarked_due(
    text: str,
    meeting_date: dt.date | None,
    next_meeting: dt.date | None,
    month_first: bool,
    jurisdiction: Jurisdiction | None = None,
    annual_meeting: dt.date | None = None,
) -> tuple[dt.date | None, str | None, str]:
    """A deadline no DUE_RE phrase gives: 'by COP', 'end of month', a label's or a bracket's date, a log's
    shorthand ('(June meeting)', 'w/c 25/11', 'end Q3 2024/25', 'by 2025/26', 'by Fri 22 Nov'), a dated occasion
    ('on Merchant Navy Day, 3 September 2025')."""
    if meeting_date and (today := SAME_DAY_DUE_RE.search(text)):
        return meeting_date, today[0], "day"  # "circulate the slides by COP": by the end of the meeting's day
    if meeting_date and (bound := _month_bound_due(text, meeting_date)):
        return bound
    plain, origins = _long_form_with_origins(text)
    if plain != text:
        due, words, precision = resolve_due(
            plain,
            meeting_date,
            next_meeting,
            annual_meeting=annual_meeting,
            month_first=month_first,
            jurisdiction=jurisdiction,
        )
        return due, _printed_words(text, plain, origins, words), precision
    if half_term := HALF_TERM_DUE_RE.search(text):
        return None, half_term[0], "unknown"  # no date: half terms differ by authority and year
    if (part := YEAR_PART_DUE_RE.search(text)) and not _past_words_before(text, part.start()):
        return _year_part_due(part, meeting_date)
    if (cycle := NEXT_CYCLE_RE.search(text)) and next_meeting:
        return next_meeting, cycle[0], "day"
    if easter_due := _easter_due(text, meeting_date):
        return easter_due
    if meeting_date and (weekend := WEEKEND_DUE_RE.search(text)) and not _past_words_before(text, weekend.start()):
        return meeting_date + dt.timedelta(days=(4 - meeting_date.weekday()) % 7), weekend[0], "day"
    if meeting_date and (first := NEW_YEAR_MEETING_RE.search(text)) and not _past_words_before(text, first.start()):
        if next_meeting and next_meeting.year == meeting_date.year + 1:
            return next_meeting, first[0], "day"
        return dt.date(meeting_date.year + 1, 1, 31), first[0], "month"
    if (
        meeting_date
        and (fortnight := FORTNIGHT_DUE_RE.search(text))
        and not _past_words_before(text, fortnight.start())
    ):
        return meeting_date + dt.timedelta(days=14), fortnight[0], "day"  # "within the fortnight", "a fortnight today"
    if meeting_date and (next_month_day := _day_of_next_month_due(text, meeting_date)):
        return next_month_day
    if meeting_date and (commencing := _week_commencing_day_due(text, meeting_date)):
        return commencing
    if meeting_date and (season := SEASON_MEETING_RE.search(text)) and not _past_words_before(text, season.start()):
        end, _ = _relative_due(season["season"].lower(), meeting_date, _year_end(jurisdiction)) or (None, None)
        if end is not None:  # "to the autumn meeting": the season's end, as "by the autumn" is (round 89)
            return end, season[0], "month"
    if meeting_date and (start := FINANCIAL_YEAR_START_RE.search(text)) and not _past_words_before(text, start.start()):
        year_end = _year_end(jurisdiction)  # "by the start of the new financial year": its first day (round 53)
        if year_end is None:
            return None, start[0], "unknown"
        return _next_year_end(meeting_date, year_end) + dt.timedelta(days=1), start[0], "day"
    if meeting_date and (new_year := NEW_FINANCIAL_YEAR_RE.search(text)):
        return _new_financial_year_due(new_year, meeting_date, _year_end(jurisdiction))
    if (agenda := NEXT_AGENDA_RE.search(text)) and next_meeting:
        return next_meeting, agenda[0], "day"
    if meeting_date and (working := WORKING_DAYS_RE.search(text)):
        if UNDATED_EVENT_AFTER_RE.match(text, working.end()):
            return None, working[0], "unknown"
        return _after_working_days(meeting_date, working["n"]), working[0], "day"
    if meeting_date and (academic := ACADEMIC_YEAR_END_RE.search(text)):
        if (end := _academic_year_end(meeting_date, academic)) is None:
            return None, None, "unknown"
        return end, academic[0], "month"
    if half := HALF_YEAR_DUE_RE.search(text):
        return _half_year_due(half, meeting_date, _year_end(jurisdiction))
    if meeting_date and (quarter := THIS_QUARTER_RE.search(text)):
        ahead = quarter["which"].lower().split()[-1] in ("next", "following")
        return _quarter_end(meeting_date, ahead=ahead), quarter[0], "quarter"
    if fiscal := _fiscal_due(text, _year_end(jurisdiction)):
        return fiscal
    if meeting_date and (numbered := _day_month_number_due(text, meeting_date, month_first)):
        return numbered
    if meeting_date and (day := _day_only_due(text, meeting_date)):
        return day
    if (owned := MONTH_OWNED_MEETING_RE.search(text)) and not _past_words_before(text, owned.start()):
        # "to the Committee's November meeting", "attend the December meeting": as "by the November meeting"
        due = resolve_due(f"by the {owned['date']} meeting", meeting_date, next_meeting, month_first=month_first)
        return due[0], owned[0].strip(), due[2]
    # "send the invoices end of month", "circulate the results early next year": a deadline with no "by";
    # "… (31 May).", "Deadline: 4 April", "By: 30 April": a date the action's label or brackets give it
    for finder in (
        BARE_DUE_RE,
        BARE_MONTH_PART_RE,
        LABELLED_DUE_RE,
        DATE_LABEL_NUMBER_RE,
        TRAILING_DATE_RE,
        DUE_WORD_DATE_RE,
        MONTH_MEETING_NOTE_RE,
        MONTH_BODY_MEETING_RE,
        MONTH_AGENDA_RE,
        NAMED_DAY_DUE_RE,
    ):
        given = finder.search(text)
        if given is None or _past_words_before(text, given.start()):
            continue
        value = given[0] if finder in (BARE_DUE_RE, BARE_MONTH_PART_RE) else given["date"]
        due = resolve_due(f"by {value}", meeting_date, next_meeting, month_first=month_first, jurisdiction=jurisdiction)
        if due[0]:
            return due[0], given[0].strip(), due[2]
    if (undated := NO_DAY_DUE_RE.search(text)) and not _past_words_before(text, undated.start()):
        if meeting_date and jurisdiction and jurisdiction.financial_year_end and FISCAL_WORDS_RE.search(undated[0]):
            # "by fiscal year end" where the document's fiscal year has a known end (stop 35): its next end
            return _next_year_end(meeting_date, jurisdiction.financial_year_end), undated[0], "year"
        return None, undated[0], "unknown"  # "before enrolment", "by fiscal year end": the words, no day
    if (later := LATER_MEETING_DUE_RE.search(text)) and not _past_words_before(text, later.start()):
        return None, later[0], "unknown"  # "deferred to a later meeting": the words, the meeting not yet set
    if vague := FEW_PERIODS_DUE_RE.search(text):
        return None, vague[0], "unknown"  # "over the next few weeks": the words, no day (how many is not said)
    return None, None, "unknown"


def _long_form_with_origins(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with the due shorthand of DUE_SHORTHAND written out, and for each of its characters the span of
    ``text`` it was written from (a written-out phrase's characters all come from the whole phrase it replaced)."""
    origins = [(index, index + 1) for index in range(len(text))]
    for shorthand, long_form in DUE_SHORTHAND:
        pieces: list[str] = []
        spans: list[tuple[int, int]] = []
        last = 0
        for found in shorthand.finditer(text):
            written = long_form(found) if callable(long_form) else found.expand(long_form)
            pieces.append(text[last : found.start()])
            spans.extend(origins[last : found.start()])
            pieces.append(written)  # (no shorthand matches empty: every one has words)
            spans.extend([(origins[found.start()][0], origins[found.end() - 1][1])] * len(written))
            last = found.end()
        if pieces:
            pieces.append(text[last:])
            spans.extend(origins[last:])
            text, origins = "".join(pieces), spans
    return text, origins


def _printed_words(printed: str, plain: str, origins: list[tuple[int, int]], words: str | None) -> str | None:
    """The words of ``printed`` that ``words``, a due phrase read from its written-out form ``plain``, was read from:
    `due_text` holds the words as printed ("at the beginning of June", not "in early June")."""
    if not words or (start := plain.find(words)) < 0:
        return words
    end = start + len(words)
    return printed[origins[start][0] : origins[end - 1][1]].strip()


def _after_working_days(meeting: dt.date, count: str) -> dt.date:
    """The day ``count`` working days (Monday to Friday) after the meeting."""
    left = int(count) if count.isdigit() else NUMBER_WORDS[count.translate(CASE_LOOKALIKES).lower()]
    day = meeting
    while left > 0:
        day += dt.timedelta(days=1)
        left -= day.weekday() < 5
    return day


def _easter_due(text: str, meeting: dt.date | None) -> tuple[dt.date, str, str] | None:
    """'before Easter': Easter Sunday on or after the meeting; 'by Easter 2026': that year's; 'by Easter Monday' the
    day after."""
    if (given := EASTER_DUE_RE.search(text)) is None or _past_words_before(text, given.start()):
        return None
    if given["year"]:
        sunday = easter(int(given["year"]))
    elif meeting is None:
        return None
    else:
        sunday = easter(meeting.year)
        sunday = sunday if sunday >= meeting else easter(meeting.year + 1)
    return sunday + dt.timedelta(days=1 if given["monday"] else 0), given[0], "day"


def _fiscal_due(text: str, year_end: YearEnd = UK_YEAR_END) -> tuple[dt.date | None, str, str] | None:
    """'by end Q3 2024/25' (the quarter's end in the financial year), 'by 2025/26' (31 March 2026): the cue found
    here, its date read as every other financial period is (dates.parse_date)."""
    match = END_FISCAL_QUARTER_RE.search(text) or FISCAL_YEAR_DUE_RE.search(text)
    if match is None:
        return None
    value = parse_date(match[0], year_end=year_end)
    if value.date is None and year_end != UK_YEAR_END:
        return None, match[0], "unknown"  # 'by FY26' where the financial year's end is not known: the words kept
    return (value.date, match[0], value.precision) if value.date else None


# "within the fortnight", "a fortnight today", "this day fortnight" (round 89): fourteen days after the meeting, as "in
# a fortnight" is.
FORTNIGHT_DUE_RE = re.compile(
    r"\b(?:(?:within|in|during)\s{1,3}the\s{1,3}(?:(?:next|coming)\s{1,3})?fortnight|a\s{1,3}fortnight\s{1,3}today|"
    r"(?:this|today)\s{1,3}day\s{1,3}fortnight|a\s{1,3}fortnight\s{1,3}from\s{1,3}(?:today|the\s{1,3}meeting))\b",
    re.I,
)

# "by the 20th of next month" (round 89): that day of the month after the meeting's.
DAY_OF_NEXT_MONTH_RE = re.compile(
    r"\b(?:by|before|until|on|no\s+later\s+than)\s+(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+of\s+next\s+month\b",
    re.I,
)


def _day_of_next_month_due(text: str, meeting: dt.date) -> tuple[dt.date, str, str] | None:
    """'by the 20th of next month': the 20th of the month after the meeting's (none where that month has none)."""
    if (given := DAY_OF_NEXT_MONTH_RE.search(text)) is None or _past_words_before(text, given.start()):
        return None
    month = meeting.month % 12 + 1
    try:
        return dt.date(meeting.year + (month == 1), month, int(given["day"])), given[0], "day"
    except ValueError:
        return None


# "in the week commencing 12th", "w/c the 12th" with no month (round 89): a week in council use commences on a Monday.
WEEK_COMMENCING_DAY_RE = re.compile(
    r"\b(?:w/c|week\s+(?:commencing|beginning))\s+(?:(?:Monday|Mon)\.?,?\s+)?(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\b"
    rf"(?!\s*(?:of\s+)?{MONTH_WORDS}\b|\s*[/.\-]\s*\d)",
    re.I,
)


def _week_commencing_day_due(text: str, meeting: dt.date) -> tuple[dt.date, str, str] | None:
    """'the week commencing 12th': the first 12th after the meeting that is a Monday, within a year; else the first
    12th after the meeting."""
    if (given := WEEK_COMMENCING_DAY_RE.search(text)) is None or _past_words_before(text, given.start()):
        return None
    later = _days_of_month_after(meeting, int(given["day"]), 13)
    if not later:
        return None
    monday = next((day for day in later if day.weekday() == 0 and day - meeting <= dt.timedelta(days=366)), None)
    return monday or later[0], given[0], "day"


# "to the autumn meeting", "at the spring meeting" (round 89): the season's end, as "by the autumn" is (stop 21) and a
# meeting named by its month is that month's end (stop 22).
SEASON_MEETING_RE = re.compile(
    r"\b(?:to|at|by|before|for|until)\s+(?:the|its|their)\s+(?P<season>spring|summer|autumn|winter)\s+"
    r"(?:[A-Z][\w&'’\-]*\s+){0,3}(?i:meeting|Council|Committee|Board|Panel)\b"
)

# "by the start of the new financial year", "before the beginning of the next financial year" (round 53): the day after
# the financial year the meeting falls in ends (1 April in the UK), as "by the start of April" is 1 April.
FINANCIAL_YEAR_START_RE = re.compile(
    r"\b(?:by|before|ahead\s+of|prior\s+to)\s+the\s+(?:start|beginning)\s+of\s+the\s+(?:new|next|coming)\s+"
    r"(?:financial|fiscal)\s+year\b",
    re.I,
)

# "… grant application, due March 31, 2026", "due on 31st March 2026" (round 53): the day the word "due" gives.
DUE_WORD_DATE_RE = re.compile(
    rf"\b(?i:due)\s+(?:on\s+)?(?P<date>{MONTH_NAMES}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_NAMES},?\s+\d{{4}})\b"
)

# "by the next meeting but one": not the printed next meeting.
BUT_ONE_AFTER_RE = re.compile(r"\s{1,3}but\s{1,3}one\b", re.I)

# "two weeks before the next meeting", "at least seven days prior to the next meeting": a period ahead of it.
PERIOD_BEFORE_RE = re.compile(
    rf"\b(?:at\s+least\s+)?(?P<n>{NUMBER_WORDS_RE}|\d{{1,2}}|a|the)\s+(?:clear\s+|(?P<working>working\s+))?"
    r"(?P<unit>days?|weeks?)\s+$",
    re.I,
)

# "in the new financial year", "early in the new financial year" (round 89): the new financial year's first month, as
# "in the new year" is 31 January (stop 22).
NEW_FINANCIAL_YEAR_RE = re.compile(
    r"\b(?:early\s+)?(?:in|during|at\s+the\s+start\s+of)\s+the\s+(?:new|next)\s+(?:financial|fiscal)\s+year\b", re.I
)


def _new_financial_year_due(
    found: re.Match[str], meeting: dt.date, year_end: YearEnd
) -> tuple[dt.date | None, str, str]:
    """The end of the first month of the financial year after the one the meeting falls in (30 April in the UK); a
    US body's fiscal year gives no date (stop 35)."""
    if year_end is None:
        return None, found[0], "unknown"
    start = _next_year_end(meeting, year_end) + dt.timedelta(days=1)
    return end_of_month(start.year, start.month), found[0], "month"


# "to the next Finance Committee", "by the next meeting of the Planning Committee" (round 89): a named committee's next
# meeting.
NAMED_NEXT_COMMITTEE_RE = re.compile(
    r"\b(?:(?:to|by|at|for|before|until)\s+the\s+)?next\s+(?:meeting\s+of\s+(?:the\s+)?)?(?P<name>(?:[A-Z][\w&'’\-]*\s+(?:(?:and|&)\s+)?){1,4}?"
    r"(?:Committee|Sub-[Cc]ommittee|Working\s+(?:Group|Party)))\b"
)
COMMITTEE_KIND_WORDS = frozenset({"committee", "sub-committee", "working", "group", "party", "and", "&"})


def other_committee_next_meeting(text: str, committee: str | None, body: str | None) -> str | None:
    """'to the next Finance Committee' in minutes of another body (a parish council's, or a committee the name does
    not match): that committee's next meeting, whose date the document's own "next meeting" is not; the phrase, else
    None. Where the document's committee is not known, a named committee is taken as another's (no date rather than
    a wrong one)."""
    if (found := NAMED_NEXT_COMMITTEE_RE.search(text)) is None:
        return None
    own = f"{committee or ''} {body or ''}".lower()
    words = [word for word in found["name"].lower().split() if word not in COMMITTEE_KIND_WORDS]
    if words and all(re.search(rf"\b{re.escape(word)}\b", own) for word in words):
        return None
    return found[0]


# "By 31 March: Clerk to renew …", "Before the next meeting – Cllr Hale to …" (round 89): a due printed before the
# action, as a heading of its line; the action's text is what follows.
DUE_BEFORE_ACTION_RE = re.compile(
    r"^\s*(?:By|BY|Before|BEFORE|No\s+later\s+than|Deadline)\s+(?P<date>(?:the\s+)?(?:"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_WORDS}\.?(?:\s+\d{{4}})?|"
    rf"{MONTH_WORDS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|"
    rf"end\s+(?:of\s+)?{MONTH_WORDS}(?:\s+\d{{4}})?|{MONTH_NAMES}(?:\s+\d{{4}})?|next\s+meeting))"
    r"\s*[:\-–]\s+(?=[A-Z])"
)


def _day_only_due(text: str, meeting: dt.date) -> tuple[dt.date, str, str] | None:
    """'by the 29th': the first 29th after the meeting."""
    if (given := DAY_ONLY_DUE_RE.search(text)) is None or _past_words_before(text, given.start()):
        return None
    later = _days_of_month_after(meeting, int(given["day"]), 3)
    return (later[0], given[0], "day") if later else None


def _days_of_month_after(meeting: dt.date, day: int, months: int) -> list[dt.date]:
    """The ``day`` of each of ``months`` months from the meeting's own, where that month has it and it is after the
    meeting."""
    days = []
    for ahead in range(months):
        month = meeting.month - 1 + ahead
        try:
            date = dt.date(meeting.year + month // 12, month % 12 + 1, day)
        except ValueError:
            continue
        if date > meeting:
            days.append(date)
    return days


# "carried by 5/2", "agreed by 6/1": a vote's count, not a day and month.
VOTE_BEFORE_RE = re.compile(r"\b(?:carried|agreed|approved|passed|resolved|defeated|lost|rejected|voted)\s*$", re.I)


def _day_month_number_due(text: str, meeting: dt.date, month_first: bool) -> tuple[dt.date, str, str] | None:
    """'w/c 25/11', 'by 30/11': the first such day after the meeting (month first in a North American document);
    'by 31-12-24': that day."""
    if (given := DAY_MONTH_NUMBER_DUE_RE.search(text)) is None or _past_words_before(text, given.start()):
        return None
    if VOTE_BEFORE_RE.search(text, max(0, given.start() - 40), given.start()):
        return None
    day, month = int(given["first"]), int(given["second"] or given["day_second"])
    if month_first:
        day, month = month, day
    if month > 12 >= day:  # "by 12/15" read either way can only be 15 December, as dates.parse_date reads it
        day, month = month, day
    year_text = given["year"] or given["dash_year"]
    printed = int(year_text) + (2000 if len(year_text) == 2 else 0) if year_text else None
    for year in (printed,) if printed else (meeting.year, meeting.year + 1):
        try:
            date = dt.date(year, month, day)
        except ValueError:
            return None
        if date >= meeting:
            return date, given[0], "day"
    return None


# "Agree to TRANSFER the team … from 1 April 2025; and", "approve the fees with effect from 1 June 2026": the date
# a decision takes effect, a full date not followed by the end of a range ("from 1 April 2025 to 31 March 2026").
EFFECTIVE_FROM_RE = re.compile(
    rf"\b(?:(?:with\s+)?effect\s+)?from\s+(?P<date>\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_NAMES}\s+\d{{4}})\b"
    r"(?!\s*(?:to|until|till|and|[-–])\s)",
    re.I,
)

# "that the switch-on be held on Friday 28th November 2025": the day of an event a decision sets (PAST_EVENT_RE
# reads a bare "held" as past, and DUE_RE has no bare "on <date>").
EVENT_TO_BE_HELD_RE = re.compile(
    rf"\bbe\s+held\s+on\s+(?:[A-Z][a-z]+day,?\s+)?(?:the\s+)?(?P<date>\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_NAMES}\s+\d{{4}})\b"
)


def effective_due(
    text: str, meeting_date: dt.date | None, pattern: re.Pattern[str] = EFFECTIVE_FROM_RE
) -> tuple[dt.date | None, str | None, str]:
    """(due, due_text, precision) for the date ``pattern`` finds (by default the date a recommendation takes
    effect), when it falls after the meeting; else (None, None, "unknown")."""
    if (match := pattern.search(text)) is None:
        return None, None, "unknown"
    value = parse_date(match["date"], reference=meeting_date)
    if value.date is None or (meeting_date is not None and value.date <= meeting_date):
        return None, None, "unknown"
    return value.date, match.group(0), value.precision


# "by next year", "early next year"; "for next year" is the year a thing is for, not a deadline.
NEXT_YEAR_RE = re.compile(r"(?:(?P<part>early|late|mid)[\s\-]+)?next\s+year", re.I)


# "by COP", "by close of business", "by end of day": the meeting's own day (not "by COP Friday", a day named after).
SAME_DAY_DUE_RE = re.compile(
    r"\bby\s+(?:COP|COB|EOD|(?i:close\s+of\s+(?:play|business)|(?:the\s+)?end\s+of\s+(?:the\s+)?day))\b"
    r"(?!\s*(?:on\s+)?(?:[A-Z]|\d))"
)


# "Roy to speak to the electrician mid-March.", "… ready for works to start early December.": a part of a month with no
# word before it, ending the clause, met as "by mid-March" is (not "from early December", a start).
BARE_MONTH_PART_RE = re.compile(
    rf"(?<![\w\-])(?<!\bfrom\s)(?<!\bsince\s)(?<!\bin\s)(?<!\bby\s)(?:[Mm]id|[Ee]arly|[Ll]ate)[\s\-]{MONTH_NAMES}\b"
    r"(?=\s*(?:[.;,)]|$))"
)

# "within the month": by the end of the month the meeting falls in; "by the start of next month": its first day.
WITHIN_THE_MONTH_RE = re.compile(r"\bwithin\s+the\s+(?:current\s+|same\s+)?month\b", re.I)
START_OF_NEXT_MONTH_RE = re.compile(
    r"\b(?:by|before|no\s+later\s+than)\s+the\s+(?:start|beginning)\s+of\s+next\s+month\b", re.I
)


def _month_bound_due(text: str, meeting: dt.date) -> tuple[dt.date, str, str] | None:
    """'within the month': the end of the meeting's month, precision month; 'by the start of next month': the first
    day of the month after the meeting's."""
    if within := WITHIN_THE_MONTH_RE.search(text):
        return end_of_month(meeting.year, meeting.month), within[0], "month"
    if start := START_OF_NEXT_MONTH_RE.search(text):
        following = end_of_month(meeting.year, meeting.month) + dt.timedelta(days=1)
        return following, start[0], "day"
    return None


# A deadline printed without a word before it: "Clerk to send the invoices end of month".
# "… send out a reminder this week.": by the week's Friday, when it ends the clause; not "this week and early next
# week", a span of days.
BARE_DUE_RE = re.compile(
    r"\b(?:end\s+of\s+(?:the\s+)?(?:this\s+|next\s+)?month|(?:early|late)[\s\-]+next\s+year|"
    r"(?<!\band\s)(?<!\bor\s)(?<!\bearly\s)(?<!\blate\s)(?:this|next)\s+week(?=\s*(?:[.;,)]|$)))\b",
    re.I,
)


def _next_year_not_deadline(match: re.Match[str]) -> bool:
    """'the precept for next year', 'in next year's budget': the year a thing is for; 'by next year', 'in early
    next year': when it is due."""
    part = NEXT_YEAR_RE.fullmatch(match["due"])
    return part is not None and not part["part"] and match["phrase"].split()[0].lower() not in DEADLINE_WORDS


# The words that make a year a deadline ("by 2026", "before the end of 2025"), not a year mentioned ("in 2025").
DEADLINE_WORDS = {"by", "before", "until", "no", "prior", "ahead"}

YEAR_DUE_RE = re.compile(r"(?:end of )?(20\d\d)", re.I)
# The month and day after a year a deadline phrase ends on: "no later than 2026 March 31" (Canadian councils' order).
YEAR_FIRST_TAIL_RE = re.compile(rf"{NOT_INSIDE_SPACES},?\s++{MONTH_NAMES}\.?\s++\d{{1,2}}(?:st|nd|rd|th)?\b(?![:.]\d)")


def _year_not_deadline(match: re.Match[str], meeting_date: dt.date | None) -> bool:
    """'in 2025', 'by 2019' (read in 2024): a year mentioned, not one to meet."""
    year = YEAR_DUE_RE.fullmatch(match["due"])
    if year is None:
        return False
    return match["phrase"].split()[0].lower() not in DEADLINE_WORDS or (
        meeting_date is not None and int(year[1]) < meeting_date.year
    )


# "on 12 March", "at the 12 March meeting": when the date is the meeting's own, the meeting itself, not a deadline.
SPAN_WORDS = {"on", "at", "in", "for", "during"}


# A day and month printed without a year up to this many days before the meeting is a date just past.
RECENT_PAST_DAYS = 120


def _span_not_deadline(match: re.Match[str], text: str) -> bool:
    """'during the summer months', 'for Tuesday's meeting': a season or a day the words fill, not one to meet."""
    if not re.search(r"(?:spring|summer|autumn|fall|winter|day)$", match["due"], re.I):
        return False  # "in the spring term": a term, met by its end
    first = match["phrase"].split()[0].lower()
    season = not match["due"].lower().endswith("day")
    # "in the autumn", "during the summer": when it happens, not a date to meet (a season is no day: no date)
    return (
        first in ("during", "for", "at") or (season and first == "in") or bool(MONTHS_AFTER_RE.match(text, match.end()))
    )


# "forecasts until 31 March 2014 had been discussed": a past verb right after the span's end date.
REPORTED_AFTER_RE = re.compile(
    r"\s{1,3}(?:had|has|have|was|were)\s{1,3}(?:already\s{1,3})?(?:been\s{1,3})?[a-z]{2,20}(?:ed|en|wn)\b"
)
SPAN_END_WORDS = {"until", "till", "through", "thru"}


# "to serve for 2 years until the Autumn term meeting 2026", "to hold office until …", "remain in post until …": how
# long an appointment runs, read back from "until" (at most 60 characters).
TERM_OF_OFFICE_RE = re.compile(r"\b(?:serve|hold\s+office|remain\s+in\s+(?:office|post))\b[^.;]{0,40}\s$", re.I)


def _term_of_office(match: re.Match[str], text: str) -> bool:
    """'… be appointed as Chair to serve for 2 years until the Autumn term meeting 2026': the end of a term of
    office, not a date to meet."""
    if not match["phrase"] or match["phrase"].split()[0].lower() not in SPAN_END_WORDS:
        return False
    return TERM_OF_OFFICE_RE.search(text, max(0, match.start() - 60), match.start()) is not None


def _reported_span(match: re.Match[str], text: str) -> bool:
    """'forecasts until 31 March 2014 had been discussed': a time span a past-tense report names (what was done,
    over what time), not a date to meet."""
    return match["phrase"].split()[0].lower() in SPAN_END_WORDS and bool(REPORTED_AFTER_RE.match(text, match.end()))


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


# A season's last day (month, day): "by the autumn" is met by the end of November.
SEASON_ENDS = {"spring": (5, 31), "summer": (8, 31), "autumn": (11, 30), "fall": (11, 30), "winter": (2, 28)}
# A school term's last month, to the month as `_term_end` gives it: "in the spring term" is met by the end of March.
TERM_ENDS = {"spring": 3, "summer": 7, "autumn": 12, "fall": 12}


def _relative_due(words: str, meeting: dt.date, year_end: YearEnd = UK_YEAR_END) -> tuple[dt.date, str] | None:
    """Deadlines printed relative to the meeting: a weekday ("by Friday": the next one), a week ("by the end
    of next week": its Friday), a season ("by the autumn", "before the summer recess"), part of a month
    ("by mid-April"), a quarter without its year ("Q3": the first financial quarter ending after the meeting)."""
    words = " ".join(words.replace("-", " ").split())
    last = words.split()[-1]
    if last in WEEKDAYS:
        ahead = (WEEKDAYS.index(last) - meeting.weekday() - 1) % 7 + 1
        return meeting + dt.timedelta(days=ahead + (7 if words.startswith("next ") and ahead < 7 else 0)), "day"
    if last == "week":
        friday = meeting + dt.timedelta(days=(4 - meeting.weekday()) % 7)
        return friday + dt.timedelta(days=7 if "next" in words or "following" in words else 0), "day"
    if (term := re.search(r"(spring|summer|autumn|fall) term(?: (20\d\d))?$", words)) is not None:
        if term[2]:  # "the Spring term 2026": that year's
            return end_of_month(int(term[2]), TERM_ENDS[term[1]]), "month"
        end = end_of_month(meeting.year, TERM_ENDS[term[1]])
        return (end if end >= meeting else end_of_month(meeting.year + 1, TERM_ENDS[term[1]])), "month"
    if season := re.search(r"(spring|summer|autumn|fall|winter)(?: (recess|\d{4}))?", words):
        month, day = (7, 31) if season[2] == "recess" else SEASON_ENDS[season[1]]
        year = int(season[2]) if season[2] and season[2].isdigit() else meeting.year
        end = end_of_month(year, month) if month == 2 else dt.date(year, month, day)
        if end < meeting and not (season[2] and season[2].isdigit()):
            end = end_of_month(year + 1, month) if month == 2 else dt.date(year + 1, month, day)
        return end, "month"
    # "mid late may": the span's later part says when it is met
    if part := re.fullmatch(r"(?:(?:mid|early|late) (?:to )?)?(mid|early|late) ([a-z]+)(?: (\d{4}))?", words):
        # the month capitalised: a lower-case "march" or "may" is no month to parse_date
        value = parse_date(" ".join(filter(None, (part[2].title(), part[3]))), reference=meeting)
        if value.date and part[1] == "mid":
            return value.date.replace(day=15), "day"
        return (value.date, "month") if value.date else None
    if re.fullmatch(r"(?:end of )?q[1-4]", words):  # the financial quarter (stop 33), as dates.parse_date reads it
        value = parse_date(words, reference=meeting, year_end=year_end)
        return (value.date, value.precision) if value.date else None
    return None


# "… will meet the operator to discuss free parking in December": a purpose clause after the main verb and its
# object; a time phrase inside its topic says when the topic happens, not when the action is due.
PURPOSE_TOPIC_RE = re.compile(
    r"\bto\s+(?:discuss|consider|review|debate|explore|talk\s+(?:about|through)|look\s+(?:at|into))\b", re.I
)
# "will ask traders about late-night opening in December and report back …": a topic after "about", whose time is the
# topic's where a second step follows with its own time.
ABOUT_TOPIC_RE = re.compile(r"\b(?:about|regarding|concerning|on\s+the\s+subject\s+of)\b", re.I)
# The main verb before a purpose clause, with at least one word of object after it ("will meet the operator",
# "to write to the school"), read from the infinitive or modal that opens it.
MAIN_VERB_RE = re.compile(r"\b(?:to|will|would|shall|should|must)\s+(?P<verb>[a-z]+)\s+(?=\S)", re.I)
# "ask the Clerk to review the policy in March": the topic clause is what the Clerk is asked to do; its time is due.
CONTROL_VERBS = frozenset(
    {"ask", "invite", "request", "instruct", "authorise", "authorize", "delegate", "require", "direct", "task", "urge"}
)
# "… to discuss the lights and report back in January": a second main verb the time phrase follows.
COORDINATED_VERB_RE = re.compile(
    r"\b(?:and|then)\s+(?:to\s+|will\s+)?(?:report|feed|come|bring|update|circulate|return|reply|respond)\b", re.I
)
CLAUSE_BREAK_RE = re.compile(r"[;:]|\.(?:\s|$)")
MEETING_DUE_RE = re.compile(r"\b(?:meeting|board|committee|panel|forum|council|cabinet)\b", re.I)
# "the September meeting", "the March Board", "the June Finance Committee": a meeting named after the due's month.
# "the February budget meeting", "the December board meeting": a few lower-case words name such meetings too.
MEETING_AFTER_RE = re.compile(
    # "at January's meeting": the month's possessive
    r"(?:['’]s)?\s{1,3}(?:(?:[A-Z][\w&'’\-]*|budget|finance|full|ordinary|scheduled|special)\s{1,3}"
    # "the June Audit and Risk Committee": a name's words joined by "and" or "&"
    r"(?:(?:and|&)\s{1,3}(?=[A-Z]))?){0,3}"
    r"(?i:meeting|board|committee|panel|forum|council|cabinet|sitting)s?(?:\s{1,3}meetings?)?\b"
)


def _time_of_purpose_topic(match: re.Match[str], text: str) -> bool:
    """'will meet the operator to discuss free parking on Saturdays in December': an 'in'/'on' time phrase inside a
    purpose clause's topic, when the time of the topic is meant; not 'will report back in December', 'will meet
    the operator in December to discuss …', 'agreed to consider the lights in December' or any 'by December'."""
    if match["phrase"].split()[0].lower() not in SPAN_WORDS or MEETING_DUE_RE.search(match["due"]):
        return False
    if MEETING_AFTER_RE.match(text, match.end()):
        return False  # "to consider a proposal at the September meeting": a meeting's month, a date to meet
    breaks = [b.end() for b in CLAUSE_BREAK_RE.finditer(text, 0, match.start())]
    clause_start = breaks[-1] if breaks else 0
    abouts = list(ABOUT_TOPIC_RE.finditer(text, clause_start, match.start()))
    if (
        abouts
        and not COORDINATED_VERB_RE.search(text, abouts[-1].end(), match.start())
        and COORDINATED_VERB_RE.search(text, match.end())
    ):
        return True  # "will ask traders about late-night opening in December and report back at the next meeting"
    topics = list(PURPOSE_TOPIC_RE.finditer(text, clause_start, match.start()))
    if not topics:
        return False
    topic = topics[-1]
    verbs = list(MAIN_VERB_RE.finditer(text, clause_start, topic.start()))
    if not verbs or verbs[-1]["verb"].lower() in CONTROL_VERBS:
        return False
    return not COORDINATED_VERB_RE.search(text, topic.end(), match.start())
