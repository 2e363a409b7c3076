"""Round 29 (issue #6: actions written as passives and reported speech in narrative minutes): parish, community,
library-board and committee minutes that record what will be done without "X to …": future passives ("Quotes will
be obtained for …", "A letter will be sent to …", "Additional details will be gathered …"), an arrangement already
made for a date to come ("A site meeting … was arranged for Thursday 19th March"), reported requests ("A request has
been made to the District Council to have …"), suggestions ("It was suggested that all members should attend …"),
offers and promises ("Councillor X offered to …", "The Clerk will report back at the next meeting", "The Board will
hold …"), beside the narrative that is not an action: what was done ("The grass was cut …", "A site meeting was
held …"), what arrived ("Letters have been received from …", "Two tenders were received …"), what was noted and
what is merely so ("The balance will be available once …", "The turf will be made out of recycled materials").

Each case keeps the structure and phrasing pattern of a real page but changes names, places and numbers. The truth
is what an annotator records by corpus/gold/README.md: a passive step with nobody named acting has owners [] (kind
action); a request made to a body has that body as owner (kind request), as the dev gold does for "A request has
been made to SBC …"; "X offered to / will …" is X's commitment; due where the text dates it, "the next meeting"
resolved to the next meeting's printed date. The pages the patterns were learned from:

- https://witham-st-hughs.parish.lincolnshire.gov.uk/council-business/2023-parish-council-minutes-meetings/12
  ("The Clerk was asked to contact the company …", "To be reviewed again on receipt of the revised quotes.")
- https://langtoft.parish.lincolnshire.gov.uk/council-business/2021-parish-council-meeting-minutes/4 ("The
  amenities group will fit the table when it arrives.")
- https://templenormanton.org.uk/index.php/parish-council/meeting-minutes/146-2020-minutes/197-minutes-225
  ("The members took the contractor around the area …", "Estimates requested for the work required.")
- https://rockinghamlibrary.org/wp/2015/11/09/board-of-trustees-special-meeting-draft-minutes-november-3-2015
  (library trustees: "Additional info and details will be gathered on current bids.", "Director will request more
  details from current bidders.", "<Surname> will forward names of additional potential contractors.")
- https://www.westsidecommunitypark.org/?p=83 (park committee: "<Name> will have the dog park re-disced.", "<Name>
  will get pictures and handle publicity …", "Well drilling is now completed by …")
- https://meeting.sparqdata.com/Public/Minutes/gering?meeting=2125 (building committee: "<Surname> will ensure
  proper basketball hoop placement.", "The turf will be made out of recycled materials.")
- https://charltonvillagehall.co.uk/village-hall-committee-update-january-2016/ (village hall committee: "The
  decorators completed the re-decoration of the toilets … during the Christmas break.")
- https://www.herefordtimes.com/news/5684130.edwyn-ralph/ (village hall management committee: "A sub-committee is
  to be formed to decide terms for letting …", "requests have been made for the local council to supply … signs")
- http://www.ajomuseum.org/announcements/october152014emergencyboardmeeting (museum board: "He will redo the
  contract & e-mail the new contract bid.", "Board will hold emergency meeting to vote on the new contract.")
- https://ruskington.parish.lincolnshire.gov.uk/council-business/full-council-minutes-1-april-2024-31-march-2025/10
  ("the RFO … explained an urgent review of the contract and bills would be carried out as soon as possible.")
- https://metheringham.parish.lincolnshire.gov.uk/council-business/2020-parish-council-minutes-meetings/5 (a call
  held to decide quotations; "It was resolved to proceed with the quotation received from …")
- https://ranchoheights.com/minutes/mm-1112007.php (road committee: "The Chairman emphasized that the January 12
  meeting would be dedicated to discussing …": what a meeting will be about, not a step)
- https://www.montpeliersquare.org.uk/2011-ar-minutes/ (residents' meeting: "New Byelaws have been written and are
  awaiting court approval", "Next year's meeting will be on 26th March …")
- The future passives "Quotes will be obtained …", "An application will be made to … for funding", "Volunteers will
  be found to …", the arranged meeting "… was arranged for Tuesday 1st December", the request "A request has been
  made to SBC to have … placed in the shelter" and "It was suggested that all CC members should attend" are the
  shapes of the Souldern and Ayton minutes on dev, rebuilt here with other places, bodies and dates.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import pytest

from action_pairing import case_params, expect_action, found_action
from agendaparse.models import Action
from minutes_page import actions_on_page, minutes_item, minutes_page, same_owners

MEETING = dt.date(2026, 3, 10)


class Expected(NamedTuple):
    text: str
    kind: str
    owners: list[str] | None  # None: owners not checked
    due: str | None


class Case(NamedTuple):
    case_id: str
    paragraphs: list[str]
    expected: list[Expected]
    not_actions: list[str] = []


def act(text: str, owners: list[str] | None = None, due: str | None = None) -> Expected:
    return Expected(text, "action", [] if owners is None else owners, due)


def commit(text: str, owners: list[str] | None, due: str | None = None) -> Expected:
    return Expected(text, "commitment", owners, due)


PASSIVES = [
    Case(
        "quotes-letter-application-volunteers",
        [
            "The play area inspection report was received and noted.",
            "Quotes will be obtained for resurfacing the car park behind the pavilion.",
            "A letter will be sent to the landowner regarding the overgrown hedge on Mill Lane.",
            "An application will be made to the Community Foundation for funding towards the new swings.",
            "Volunteers will be found to repaint the bus shelter on Station Road.",
            "The grass was cut in May and again in June.",
        ],
        [
            act("Quotes will be obtained for resurfacing the car park behind the pavilion."),
            act("A letter will be sent to the landowner regarding the overgrown hedge on Mill Lane."),
            act("An application will be made to the Community Foundation for funding towards the new swings."),
            act("Volunteers will be found to repaint the bus shelter on Station Road."),
        ],
        ["The play area inspection report was received and noted.", "The grass was cut in May and again in June."],
    ),
    Case(
        "details-gathered-bids",
        [
            "Committee Report: Buildings and Grounds. Discussion of the roof repair. No action taken.",
            "Additional details will be gathered on the current bids for the roof repair.",
            "Requesting additional bids will be considered.",
        ],
        [act("Additional details will be gathered on the current bids for the roof repair.")],
        ["Requesting additional bids will be considered."],
    ),
    Case(
        "review-would-be-carried-out",
        [
            "Information had been circulated prior to the meeting and the RFO answered questions about the cost of "
            "electricity and explained that a review of the supply contract would be carried out as soon as possible.",
        ],
        [
            Expected(
                "Information had been circulated prior to the meeting and the RFO answered questions about the cost "
                "of electricity and explained that a review of the supply contract would be carried out as soon as "
                "possible.",
                "action",
                None,
                None,
            )
        ],
    ),
    Case(
        "sub-committee-to-be-formed",
        [
            "The treasurer informed the meeting that the hall was financially sound.",
            "A sub-committee is to be formed to decide the terms for letting the hall in future.",
        ],
        [act("A sub-committee is to be formed to decide the terms for letting the hall in future.")],
        ["The treasurer informed the meeting that the hall was financially sound."],
    ),
]

ARRANGED = [
    Case(
        "site-meeting-arranged-for-date",
        [
            "Concerns were raised about speeding on the B1245 through the village.",
            "A meeting with County Highways representatives to discuss traffic calming was arranged for Thursday "
            "19th March.",
            "A site meeting was held on 3rd March with the contractor.",
        ],
        [
            act(
                "A meeting with County Highways representatives to discuss traffic calming was arranged for "
                "Thursday 19th March.",
                [],
                "2026-03-19",
            )
        ],
        ["A site meeting was held on 3rd March with the contractor."],
    ),
]

REQUESTS = [
    Case(
        "request-made-to-body",
        [
            "Letters have been received from two residents about parking on the verge.",
            "A request has been made to the District Council to have the dog bin on Church Lane emptied weekly.",
            "It was noted that the bin had been emptied.",
        ],
        [
            Expected(
                "A request has been made to the District Council to have the dog bin on Church Lane emptied weekly.",
                "request",
                ["District Council"],
                None,
            )
        ],
        [
            "Letters have been received from two residents about parking on the verge.",
            "It was noted that the bin had been emptied.",
        ],
    ),
    Case(
        "suggested-members-attend",
        [
            "The open day at the community orchard will include a plant sale.",
            "It was suggested that all members should attend the open day.",
        ],
        [Expected("It was suggested that all members should attend the open day.", "proposal", ["members"], None)],
        ["The open day at the community orchard will include a plant sale."],
    ),
]

PROMISES = [
    Case(
        "offered-to-and-report-back",
        [
            "Present: Councillors Paul Dean, Mary Fenwick and Ruth Oakes; Jane Lowe (Clerk).",
            "Councillor Dean offered to contact the Highways Agency about the blocked drain on Back Lane.",
            "The Clerk will report back at the next meeting.",
            "The date of the next meeting is Tuesday 14th April 2026 at 7.30pm.",
        ],
        [
            commit(
                "Councillor Dean offered to contact the Highways Agency about the blocked drain on Back Lane.",
                ["Paul Dean"],
            ),
            commit("The Clerk will report back at the next meeting.", ["Clerk"], "2026-04-14"),
        ],
    ),
    Case(
        "trustees-will",
        [
            "Trustees Present: Helen Marsh, Chair; Owen Price, Karen Lyle, Tom Ashby.",
            "Review tasks: Director will request more details from the current bidders.",
            "Lyle will forward names of additional potential contractors.",
        ],
        [
            commit("Director will request more details from the current bidders.", ["Director"]),
            commit("Lyle will forward names of additional potential contractors.", ["Karen Lyle"]),
        ],
    ),
    Case(
        "named-will-and-group-will",
        [
            "Well drilling is now completed by Northway Drilling.",
            "Dan Sayer will have the dog park re-seeded.",
            "Hugh Carver will get pictures and handle publicity of the new work approved tonight.",
            "The Allotments Group will fit the new bench when it arrives.",
            "The turf will be made out of recycled materials.",
        ],
        [
            commit("Dan Sayer will have the dog park re-seeded.", ["Dan Sayer"]),
            commit(
                "Hugh Carver will get pictures and handle publicity of the new work approved tonight.", ["Hugh Carver"]
            ),
            commit("The Allotments Group will fit the new bench when it arrives.", ["Allotments Group"]),
        ],
        ["Well drilling is now completed by Northway Drilling.", "The turf will be made out of recycled materials."],
    ),
    Case(
        "board-will-hold",
        [
            "The contractor attended and answered questions about his second bid.",
            "The Board will hold an emergency meeting to vote on the new contract.",
        ],
        [commit("The Board will hold an emergency meeting to vote on the new contract.", ["Board"])],
        ["The contractor attended and answered questions about his second bid."],
    ),
]

NARRATIVE = [
    Case(
        "narrative-only",
        [
            "The decorators completed the re-decoration of the toilets during the Christmas break.",
            "Two tenders were received from suitable contractors.",
            "The Clerk reported that adverts inviting tenders were published on the notice boards in February.",
            "The balance will be available once the work is complete.",
            "District Councillor Ann Hale has already donated £1,500 towards the project.",
            "New byelaws have been written and are awaiting court approval.",
            "Next year's meeting will be on 23rd March 2027.",
            "The Chairman emphasised that the April meeting would be dedicated to discussing the road surfaces.",
        ],
        [],
        [
            "The decorators completed the re-decoration of the toilets during the Christmas break.",
            "Two tenders were received from suitable contractors.",
            "The Clerk reported that adverts inviting tenders were published on the notice boards in February.",
            "The balance will be available once the work is complete.",
            "District Councillor Ann Hale has already donated £1,500 towards the project.",
            "New byelaws have been written and are awaiting court approval.",
            "Next year's meeting will be on 23rd March 2027.",
            "The Chairman emphasised that the April meeting would be dedicated to discussing the road surfaces.",
        ],
    ),
]

CLASSES = {"passive": PASSIVES, "arranged": ARRANGED, "request": REQUESTS, "promise": PROMISES, "narrative": NARRATIVE}

# Truths the rules do not reach yet, by test and case (strict xfails); none open since "Lyle" joined the given names.
OPEN: dict[tuple[str, str], str] = {}

_FOUND: dict[str, list[Action]] = {}


def actions_of(case: Case) -> list[Action]:
    if case.case_id not in _FOUND:
        _FOUND[case.case_id] = actions_on_page(minutes_page(case.paragraphs), minutes_item(), MEETING)
    return _FOUND[case.case_id]


def _records(*, checked: str) -> list:
    def unchecked(expected: Expected) -> bool:
        return checked == "owners" and expected.owners is None

    return case_params(CLASSES, OPEN, checked, lambda case: case.expected, unchecked)


def _non_actions() -> list:
    return case_params(CLASSES, OPEN, "not_action", lambda case: case.not_actions)


@pytest.mark.parametrize(("case", "expected"), _records(checked="detection"))
def test_detected(case: Case, expected: Expected):
    expect_action(actions_of(case), expected.text)


@pytest.mark.parametrize(("case", "expected"), _records(checked="kind"))
def test_kind(case: Case, expected: Expected):
    assert expect_action(actions_of(case), expected.text).kind == expected.kind


@pytest.mark.parametrize(("case", "expected"), _records(checked="owners"))
def test_owners(case: Case, expected: Expected):
    action = expect_action(actions_of(case), expected.text)
    assert same_owners(action.owners, expected.owners or []), action.owners


@pytest.mark.parametrize(("case", "expected"), _records(checked="due"))
def test_due(case: Case, expected: Expected):
    action = expect_action(actions_of(case), expected.text)
    assert (action.due.isoformat() if action.due else None) == expected.due, (action.due, action.due_text)


@pytest.mark.parametrize(("case", "text"), _non_actions())
def test_not_an_action(case: Case, text: str):
    action = found_action(actions_of(case), text)
    assert action is None, action
