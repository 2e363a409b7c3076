"""Councils 56 suite: a principal council's own meeting is named as printed with the council's place taken off
(corpus/gold/README.md, stop 56): 'a meeting of Trewenna Council' -> body 'Trewenna Council', committee 'Council', as
'a meeting of Kent County Council' gives 'County Council'. Stop 55's councils suite left these committees open (ANY);
the first pages' labels were ruled this stop, and the design half showed the council's whole name read as its own
meeting on two councils' pages ('Forest Heath Council - Wednesday 29 June 2016' as a web page's title, 'A Meeting of
the NORTH LANARKSHIRE COUNCIL'). Guards: a community council's own meeting (named whole) and a county council's own
meeting keep what they read; a committee after the council's name ('Aldmoor Council Cabinet') is stop 55's suite's.

Names, places and dates are made up. Before (the code of c8e8c58): the three own-meeting committees read the council
whole ('Trewenna Council', 'North Glenshire Council', 'Westmere Council'); every guard passed.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

import test_segment_councils55 as councils55
from segment_cases import Paper, assert_paper_check, of_body, paper_check_params, read_papers_fixture

FIELDS = ("meeting_date", "body", "committee", "doc_type")


def unitary_meeting_of_council() -> Paper:
    """Stop 55's paper of the council named only as the meeting the minutes record, its committee now ruled."""
    return replace(
        councils55.unitary_meeting_of_council(), fields=of_body("Trewenna Council", "Council", "2026-05-12", "minutes")
    )


def scottish_council_meeting_of_the() -> Paper:
    """A dated title, then 'A Meeting of the NORTH GLENSHIRE COUNCIL' over the members present."""
    return Paper(
        rows=[
            "NORTH GLENSHIRE COUNCIL - 18 June 2026",
            "Carnbrae, 18 June 2026 at 4 pm.",
            "A Meeting of the NORTH GLENSHIRE COUNCIL",
            "PRESENT",
            "Councillor Reid, Provost; Councillor Moir, Depute Provost; Councillors Baird, Cowan, Drummond, Ferrie.",
            "1. Declarations of Interest",
        ],
        items=None,
        fields=of_body("North Glenshire Council", "Council", "2026-06-18", "minutes"),
    )


def web_page_council_title() -> Paper:
    """A web page of agenda and minutes titled with the council's name and the meeting's date."""
    return Paper(
        rows=[
            "Agenda and minutes",
            "Westmere Council - Wednesday 24 June 2026 6.00 pm",
            "Venue: Council Chamber, District Offices, Mill Road, Westmere",
            "Contact: Jo Bright Email: jo.bright@westmere.gov.uk",
            "Items",
            "No. Item",
            "150.",
            "Minutes",
        ],
        items=None,
        fields=of_body("Westmere Council", "Council", "2026-06-24", "minutes"),
    )


def community_council_own_meeting() -> Paper:
    """Guard: a community council's own meeting names the council whole."""
    return Paper(
        rows=[
            "Minutes of a meeting of Glenarder Community Council held on Monday 8 June 2026 at 7.30 pm",
            "Present: Cllrs Ross (Chair), Munro, Fraser",
            "1. Apologies",
        ],
        items=None,
        fields=of_body("Glenarder Community Council", "Glenarder Community Council", "2026-06-08", "minutes"),
    )


def county_council_own_meeting() -> Paper:
    """Guard: a county council's own meeting, 'County Council' as the dev golds name Kent's."""
    return Paper(
        rows=[
            "WESTSHIRE COUNTY COUNCIL",
            "MINUTES of a meeting of Westshire County Council held in the Council Chamber on Thursday 11 June 2026",
            "PRESENT: Mr A Neale (Chairman)",
            "1. Apologies for Absence",
        ],
        items=None,
        fields=of_body("Westshire County Council", "County Council", "2026-06-11", "minutes"),
    )


DOCUMENTS = {
    "unitary-meeting-of-council": unitary_meeting_of_council,
    "scottish-council-meeting-of-the": scottish_council_meeting_of_the,
    "web-page-council-title": web_page_council_title,
    "community-council-own-meeting": community_council_own_meeting,
    "county-council-own-meeting": county_council_own_meeting,
}
XFAIL: dict[tuple[str, str], str] = {}


read_papers = read_papers_fixture(DOCUMENTS, FIELDS, "councils56")


@pytest.mark.parametrize(("name", "check"), paper_check_params(DOCUMENTS, FIELDS, XFAIL))
def test_paper(read_papers, name: str, check: str) -> None:
    assert_paper_check(DOCUMENTS[name](), read_papers[name], check)
