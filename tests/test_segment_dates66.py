"""Dates 66 suite: a heading that says the meeting was moved names the date it no longer meets on.

'Meeting rearranged from Wednesday, 27 April 2016' under '3 May 2016' (a fire and rescue authority's ModernGov page,
first pages design2) was read as the meeting's date: stop 57's rule took out only 'moved', 'rescheduled', 'postponed'
and 'changed' before a day-first date. Now also 'rearranged', 'deferred', 'brought forward', 'put back' and a
month-first date ('deferred from March 12, 2027', as US boards print it). And a date alone on its line ('3 May 2027'
under the authority's name) is the heading's date, no numbered item 3 'May 2027' left out of the heading (the minutes'
'held on 24 February 2027' of an item under it was read instead). The first four cases failed on the code before; the
guards passed before and must stay so: a date the meeting was moved to stays its date, a minute's 'deferred from the
last meeting' with no date beside it takes nothing out, and a summons's own date alone over 'Dear Councillor,' gives
way to the 'will be held on' date under it.

Each case is drawn with ``segment_cases.render`` and read once per module by ``document_facts``; names, places and
dates are made up.
"""

from __future__ import annotations

import pytest

from segment_cases import ANY, Paper, assert_paper_check, of_body, paper_check_params, read_papers_fixture

FIELDS = ("meeting_date",)


def rearranged_from_under_date() -> Paper:
    """A ModernGov meeting page: the authority, the date, then 'Meeting rearranged from <weekday>, <date>'."""
    return Paper(
        rows=[
            "# Fire and Rescue Authority",
            "Fire and Rescue Authority",
            "3 May 2027",
            "Meeting rearranged from Wednesday, 28 April 2027",
            "Item no. Agenda Item Details Status",
            "01 Apologies for Absence",
        ],
        items=None,
        fields=of_body(ANY, ANY, "2027-05-03", ANY),
    )


def deferred_from_month_first() -> Paper:
    """A US board's agenda: 'Meeting deferred from March 12, 2027' over the date it meets on."""
    return Paper(
        rows=[
            "# PLANNING BOARD",
            "REGULAR MEETING AGENDA",
            "Meeting deferred from March 12, 2027",
            "Thursday, March 25, 2027 at 7:00 PM",
            "1. Call to Order",
        ],
        items=None,
        fields=of_body(ANY, ANY, "2027-03-25", ANY),
    )


def brought_forward_from() -> Paper:
    """'Cabinet - Tuesday 6 July 2027' after '(Meeting brought forward from Thursday 15 July 2027)' on its own line."""
    return Paper(
        rows=[
            "# Agenda and minutes",
            "(Meeting brought forward from Thursday 15 July 2027)",
            "Cabinet - Tuesday 6 July 2027 6.00 pm",
            "Venue: Council Chamber, Market Street",
            "Items",
        ],
        items=None,
        fields=of_body(ANY, ANY, "2027-07-06", ANY),
    )


def date_alone_over_items() -> Paper:
    """A meeting page's date alone on its line ('3 May 2027', read as item 3 'May 2027' and left out of the heading),
    then items whose text and attachment date the last meeting ('Authority Minutes 24 February 2027 205.85 KB')."""
    return Paper(
        rows=[
            "Combined Fire Authority",
            "3 May 2027",
            "Item no. Agenda Item Details Status",
            "01 Apologies for Absence",
            "02 Minutes",
            "Members are asked to agree the minutes of the Authority meeting held on 24 February 2027.",
            "PDF icon 2 - Authority Minutes 24 February 2027 205.85 KB",
            "03 Public Questions",
        ],
        items=None,
        fields=of_body(ANY, ANY, "2027-05-03", ANY),
    )


def summons_date_alone_guard() -> Paper:
    """A summons's own date alone over 'Dear Councillor,': the meeting is dated by the 'will be held on' under it."""
    return Paper(
        rows=[
            "# Westmere Town Council",
            "12 April 2027",
            "Dear Councillor,",
            "You are summoned to attend a meeting of the Town Council which will be held on Monday 19 April 2027 at",
            "7.00 pm in the Council Chamber.",
            "AGENDA",
            "1. Apologies",
        ],
        items=None,
        fields=of_body(ANY, ANY, "2027-04-19", ANY),
    )


def moved_to_guard() -> Paper:
    """'Meeting moved to Tuesday 13 July 2027': the date it was moved to is the meeting's."""
    return Paper(
        rows=[
            "# Licensing Committee",
            "Meeting moved to Tuesday 13 July 2027",
            "Venue: Committee Room 2",
            "Items",
        ],
        items=None,
        fields=of_body(ANY, ANY, "2027-07-13", ANY),
    )


def deferred_without_date_guard() -> Paper:
    """Minutes dated by their 'held on' line; an item 'deferred from the last meeting' names no date to take out."""
    return Paper(
        rows=[
            "# HIGHFIELD PARISH COUNCIL",
            "Minutes of the meeting held on Monday 8 March 2027 in the Village Hall",
            "1. Apologies",
            "2. Footpath signage (deferred from the last meeting)",
        ],
        items=None,
        fields=of_body(ANY, ANY, "2027-03-08", ANY),
    )


DOCUMENTS = {
    "rearranged-from-under-date": rearranged_from_under_date,
    "deferred-from-month-first": deferred_from_month_first,
    "brought-forward-from": brought_forward_from,
    "date-alone-over-items": date_alone_over_items,
    "summons-date-alone-guard": summons_date_alone_guard,
    "moved-to-guard": moved_to_guard,
    "deferred-without-date-guard": deferred_without_date_guard,
}
XFAIL: dict[tuple[str, str], str] = {}


read_papers = read_papers_fixture(DOCUMENTS, FIELDS, "dates66")


@pytest.mark.parametrize(("name", "check"), paper_check_params(DOCUMENTS, FIELDS, XFAIL))
def test_paper(read_papers, name: str, check: str) -> None:
    assert_paper_check(DOCUMENTS[name](), read_papers[name], check)
