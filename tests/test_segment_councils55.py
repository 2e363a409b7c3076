"""Councils 55 suite: a council named '<Place> Council', with no kind ('Cornwall Council', 'Fife Council'), read as
the body where the heading names it as the meeting or in front of the committee.

English unitary and Scottish and Welsh councils are named by their place and 'Council' alone. A heading line that is
only the name was read already; these cases put it where the committee reader finds it and the body readers do not:
'Minutes of a meeting of Trewenna Council held at …' (the committee read as 'Trewenna Council', no body), 'A Meeting
of the NORTH GLENSHIRE COUNCIL' under a dated title, 'Aldmoor Council Cabinet' (one title naming the council and
its committee). The design half of training/first_pages.jsonl printed the shape on two councils' pages (a
Scottish council's minutes and summons); stop 55 wrote the rule as the name's general form, not from those pages.

Every judged case below failed on the code before the rule, as written. Guards (must not change): a parish council's
own meeting keeps its name whole as body and committee; 'Minutes of the Youth Council held on …' and 'Full Council'
under a district council's name name no other body; 'Science Advisory Council' and a committee of a named county
council keep what they read.

Names, places and dates are made up.
"""

from __future__ import annotations

import pytest

from segment_cases import ANY, Paper, assert_paper_check, of_body, paper_check_params, read_papers_fixture

FIELDS = ("meeting_date", "body", "committee", "doc_type")


def unitary_meeting_of_council() -> Paper:
    """The council named only as the meeting the minutes record."""
    return Paper(
        rows=[
            "Minutes of a meeting of Trewenna Council held at County Hall on Tuesday 12 May 2026 at 10.30 am",
            "Present: Councillor M Pascoe (Chairman), Councillors Angove, Bray, Carne, Dunstan, Eddy",
            "1. Apologies for absence",
            "Apologies were received from Councillors Hocking and Jago.",
        ],
        items=None,
        fields=of_body("Trewenna Council", ANY, "2026-05-12", "minutes"),
    )


def scottish_council_meeting_of_the() -> Paper:
    """A dated title, then 'A Meeting of the NORTH GLENSHIRE COUNCIL' over the members present."""
    return Paper(
        rows=[
            "Carnbrae, 18 June 2026 at 4 pm.",
            "A Meeting of the NORTH GLENSHIRE COUNCIL",
            "PRESENT",
            "Councillor Reid, Provost; Councillor Moir, Depute Provost; Councillors Baird, Cowan, Drummond, Ferrie.",
            "1. Declarations of Interest",
        ],
        items=None,
        fields=of_body("North Glenshire Council", ANY, "2026-06-18", "minutes"),
    )


def unitary_council_cabinet_title() -> Paper:
    """One title line naming the council and its committee."""
    return Paper(
        rows=[
            "# Aldmoor Council Cabinet",
            "Minutes of the meeting held on Wednesday 3 June 2026 at 2.00 pm in the Shirehall",
            "Present: Councillors Hale (Leader), Ingram, Judd, Kemp",
            "1. Apologies for Absence",
        ],
        items=None,
        fields=of_body("Aldmoor Council", "Cabinet", "2026-06-03", "minutes"),
    )


def parish_council_own_meeting() -> Paper:
    """Guard: a parish council's own meeting keeps the council whole as body and committee."""
    return Paper(
        rows=[
            "Minutes of a meeting of Lower Brinton Parish Council held on Monday 8 June 2026 at 7.30 pm",
            "Present: Cllr Orme (Chair), Cllr Pike, Cllr Rudd",
            "26/40 Apologies: Cllr Sale",
        ],
        items=None,
        fields=of_body("Lower Brinton Parish Council", "Lower Brinton Parish Council", "2026-06-08", "minutes"),
    )


def youth_council_under_district() -> Paper:
    """Guard: a youth council under its district council's name is no council of its own."""
    return Paper(
        rows=[
            "# Wendale District Council",
            "Minutes of the Youth Council held on Thursday 11 June 2026",
            "Present: Members of the Youth Council and Councillor Ash",
            "1. Welcome",
        ],
        items=None,
        fields=of_body("Wendale District Council", ANY, "2026-06-11", "minutes"),
    )


def committee_of_county_council() -> Paper:
    """Guard: a committee of a county council named after it keeps the council as body."""
    return Paper(
        rows=[
            "Minutes of the Planning Committee of Westshire County Council held on Friday 5 June 2026",
            "Present: County Councillors Neale (Chair), Owen, Price",
            "1. Apologies",
        ],
        items=None,
        fields=of_body("Westshire County Council", "Planning Committee", "2026-06-05", "minutes"),
    )


DOCUMENTS = {
    "unitary-meeting-of-council": unitary_meeting_of_council,
    "scottish-council-meeting-of-the": scottish_council_meeting_of_the,
    "unitary-council-cabinet-title": unitary_council_cabinet_title,
    "parish-council-own-meeting": parish_council_own_meeting,
    "youth-council-under-district": youth_council_under_district,
    "committee-of-county-council": committee_of_county_council,
}
XFAIL: dict[tuple[str, str], str] = {}


read_papers = read_papers_fixture(DOCUMENTS, FIELDS, "councils55")


@pytest.mark.parametrize(("name", "check"), paper_check_params(DOCUMENTS, FIELDS, XFAIL))
def test_paper(read_papers, name: str, check: str) -> None:
    assert_paper_check(DOCUMENTS[name](), read_papers[name], check)
