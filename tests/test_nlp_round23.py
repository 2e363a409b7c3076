"""Round 23 (issue #6: who and by when): the owners and due dates of actions in minutes and action notes of
government and international boards, programme and steering groups, co-operatives, parish and district councils
and US city councils. Classes: several owners (bracketed initials, "X and Y will …", "JS/RT to …", an owner after
"Action:" or in brackets, "Officials to …", "All members to …"); collective owners named acting ("The Board agreed
to write …", "The Panel asked officers to …", "Members were asked to …"); passives whose owner is elsewhere in the
sentence ("… was arranged by RB for …"); and due dates relative to the meeting ("by the next meeting", "tomorrow",
"within two days", "for two more days", "w/c 14 October", "by the end of the financial year", "before Christmas").

Each case keeps the structure and phrasing pattern of a real page but changes names, places and numbers; the truth
is what an annotator records by corpus/gold/README.md: owners without titles, roles and bodies as printed ("the
Board" -> "Board"), a resolution's owners only those its text names as acting, due resolved against the meeting date
(the next meeting's date when the minutes print it). The pages the patterns were learned from:

- https://vinehousingcoop.org.uk/co-op-policies/notes-for-minute-takers (co-op minutes: "The meeting asked x
  (subgroup) to do …", "P&PR agreed to do …", "for the next meeting will …")
- http://greenyes.grrn.org/1996/0205.html (GRN steering committee notes: "Bill will revise and email by Wednesday
  (8/21)", "Lance will draft … run by Rick and Gary", "Neil will revise … by Sept 1 with help from Bill")
- https://www.adaptation-fund.org/generic/establishing-board-committees/ (Board decision: "The Board decided to …
  Request the Secretariat to revise the terms of reference …")
- http://jacc-flash-nomi.blogspot.com/2010/09/meeting-minutes-board-directors-meeting.html (neighbourhood board:
  owners as initials in brackets, "create committee to attend festival (LR and DH)")
- http://reclaimourcanada.blogspot.com/p/partners-in-action.html (working group minutes: "Dave agreed to chair.",
  "Frances agreed to take notes.", "tell Dylan")
- https://www.unaids.org/en/aboutunaids/unaidsprogrammecoordinatingboard/pcbmeetingarchive/02-pcb-meeting
  (Programme Coordinating Board: "request to the Executive Director to examine measures to minimize costs")
- http://www.aebc.gov.uk/aebc/subgroups/24apr_minutes.shtml (Commission sub-group: "… Action: secretariat;",
  "Action: secretariat to prepare draft letter;")
- https://wcd.coe.int/ViewDoc.jsp?Ref=CM/Del/Dec(2013)1180/1.8 (Committee of Ministers' Deputies: "The Deputies
  agreed to set up an Ad hoc Working Party … to examine ways of raising the level of participation")
- https://moderngovwebpublic.bromsgrove.gov.uk/ieIssueDetails.aspx?IId=29336&Opt=3 (district council: "The
  Monitoring Officer was asked to clarify the position in respect of this.")
- https://scambs.moderngov.co.uk/ieListDocuments.aspx?CId=410&MId=6690&Ver=4 (district council: "Members are
  requested to inform Democratic Services of any changes …")
- http://mycouncil.oxford.gov.uk/ieListDocuments.aspx?CId=157&MId=1843&Ver=4 (city council: "Council resolved to
  approve the minutes …")
- https://recordsportal.paloalto.gov/WebLink/DocView.aspx?dbid=0&id=43278&repo=PaloAlto (US city council summary
  minutes: "the item … has been rescheduled to the special meeting on Tuesday, June 17", "Council was urged to …")
- http://156.99.83.130/WeblinkExternal/DocView.aspx?dbid=0&id=276&repo=PriorLake (US city council minutes: "Staff
  … directed to …", "MOTION BY … TO APPROVE …")
- https://paperzz.com/doc/9128830/southern-health-nhs-foundation-trust is already cited (round 10); the NHS board
  pattern "The Board agreed to write to …" here follows the Adaptation Fund and Deputies' decisions above.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import pytest

from action_pairing import found_action
from minutes_page import actions_on_page, minutes_item, minutes_page, same_owners

MEETING = dt.date(2025, 10, 7)  # a Tuesday
NEXT_MEETING_LINE = "Date of next meeting: Tuesday 4 November 2025 at 7.30pm."
NEXT_MEETING = "2025-11-04"
ANY_OWNERS = None  # the case checks detection and due only


class Case(NamedTuple):
    case_id: str
    printed: str
    owners: list[str] | None
    due: str | None
    due_open: str | None = None  # why the due truth is not settled (the due test is a strict xfail)


def case(case_id: str, printed: str, owners: list[str] | None, due: str | None, reason: str | None = None) -> Case:
    return Case(case_id, printed, owners, due, reason)


def params(cases: list[Case], *, due: bool = False) -> list:
    """The cases as pytest params; for the due test, those with an open due truth marked as strict xfails."""
    return [
        pytest.param(
            c, id=c.case_id, marks=[pytest.mark.xfail(strict=True, reason=c.due_open)] if due and c.due_open else []
        )
        for c in cases
    ]


SEVERAL_OWNERS = [
    case(
        "bracketed-initials-list",
        "The Christmas Lights sub-committee will obtain quotes for the new display (GD, DN, PW & KC).",
        ["GD", "DN", "PW", "KC"],
        None,
    ),
    case(
        "bracketed-initials-after-subject",
        "Present: Gary Doyle (GD), Diane Nolan (DN), Peter Walsh (PW), Karen Coles (KC), Ruth Bell (RB).\n"
        "A sub committee (GD, DN PW& KC) is to meet and organise the Christmas lights for this year.",
        ["Gary Doyle", "Diane Nolan", "Peter Walsh", "Karen Coles"],
        None,
    ),
    case(
        "two-named-will-meet",
        "Helen Moss and Ravi Kapoor will meet the contractor on site within two days.",
        ["Helen Moss", "Ravi Kapoor"],
        "2025-10-09",
    ),
    case(
        "slash-initials-to",
        "JS/RT to draft the lottery grant application by the end of April.",
        ["JS", "RT"],
        "2026-04-30",
    ),
    case(
        "will-draft-run-past",
        "Tomas Reilly will draft the sign-on letter by Friday and run it past Priya Shah and Gareth Lowe.",
        ["Tomas Reilly"],
        "2025-10-10",
    ),
    case(
        "action-owner-at-line-end",
        "The drafting instructions should build on the version the Commission considered last month. Action: "
        "Secretariat",
        ["Secretariat"],
        None,
    ),
    case(
        "action-owner-to-verb",
        "Action: Secretariat to prepare a draft letter to the advisory committees.",
        ["Secretariat"],
        None,
    ),
    case(
        "owner-in-brackets-next-meeting",
        "Comments on the draft report to be collated and circulated in time for the next meeting (Secretariat).",
        ["Secretariat"],
        NEXT_MEETING,
    ),
    case(
        "officials-to-wc",
        "Officials to provide a note on the options for the pilot w/c 20 October.",
        ["Officials"],
        "2025-10-20",
    ),
    case(
        "all-members-to",
        "All members to send comments on the draft strategy to the Clerk by the end of the month.",
        ["All members"],
        "2025-10-31",
    ),
]

COLLECTIVE_OWNERS = [
    case(
        "board-agreed-to-write",
        "The Board agreed to write to the Minister setting out its concerns before Christmas.",
        ["Board"],
        "2025-12-25",
    ),
    case(
        "panel-asked-officers",
        "The Panel asked officers to report back on the parking survey at the May meeting.",
        ["officers"],
        "2026-05-31",
    ),
    case(
        "members-were-asked",
        "Members were asked to forward nominations for the community awards to the Clerk before Christmas.",
        ["Members"],
        "2025-12-25",
    ),
    case(
        "post-was-asked-to",
        "The Monitoring Officer was asked to clarify the position on recording informal meetings.",
        ["Monitoring Officer"],
        None,
    ),
    case(
        "committee-agreed-to-set-up",
        "The Committee agreed to set up a working party to examine ways of raising attendance by the end of the "
        "financial year.",
        ["Committee"],
        "2026-03-31",
    ),
    case(
        "board-requested-post",
        "The Board requested the Executive Director to examine measures to reduce travel costs.",
        ["Executive Director"],
        None,
    ),
    case(
        "meeting-asked-subgroup",
        "The meeting asked the Finance Subgroup to review the rent arrears policy by the next meeting.",
        ["Finance Subgroup"],
        NEXT_MEETING,
    ),
    case(
        "resolution-names-no-actor",
        "RESOLVED that the revised grants policy be adopted with effect from 1 January 2026.",
        [],
        None,
    ),
]

PASSIVES = [
    case(
        "arranged-by-initials-for-date",
        "A meeting with the Highways Manager was arranged by RB for 14 October.",
        ["RB"],
        "2025-10-14",
    ),
    case(
        "obtained-by-clerk-next-meeting",
        "Three quotes for the bench repairs will be obtained by the Clerk before the next meeting.",
        ["Clerk"],
        NEXT_MEETING,
    ),
    case(
        "circulated-by-named-person",
        "The revised terms of reference will be circulated by Anna Price before the end of the month.",
        ["Anna Price"],
        "2025-10-31",
    ),
]

DUES = [
    case("tomorrow", "The Chair will place the order for the grit bins tomorrow.", ["Chair"], "2025-10-08"),
    case(
        "for-two-more-days",
        "Ms. Okafor requested that Council keep the written record open for two more days.",
        ANY_OWNERS,
        "2025-10-09",
    ),
    case(
        "summer-recess-no-date",
        "Officers to bring the revised scheme back to the Committee before the summer recess.",
        ["Officers"],
        None,
        reason="a gold question the rules leave open: corpus/gold/README.md stop 21 records the code's 31 July for "
        "'before the summer recess' (precision month) as undecided; this case, like round 30's, wants null. The dev "
        "golds' one season in an action, 'Late Spring 2011' (Cabinet Office transparency board minutes 2011-03-02 and "
        "TB7 action log), is no date, which would settle null, but passing cases (test_nlp_dues28, round 6, round 44) "
        "assert 31 July: the lead's ruling is needed before either set changes",
    ),
    case(
        "early-in-new-year",
        "The Clerk to arrange a meeting with the Trust early in the new year.",
        ["Clerk"],
        "2026-01-31",
    ),
    case(
        "initials-agreed-next-meeting",
        "KC agreed to obtain three quotes for the hedge cutting by the next meeting.",
        ["KC"],
        NEXT_MEETING,
    ),
    case(
        "staff-directed-at-month-meeting",
        "Staff was directed to return with a revised parking ordinance at the May meeting.",
        ["Staff"],
        "2026-05-31",
    ),
    case(
        "wc-day-month",
        "Penny Ashworth to circulate the draft newsletter w/c 14 October.",
        ["Penny Ashworth"],
        "2025-10-14",
    ),
    case(
        "end-of-financial-year",
        "The Treasurer to close the old deposit account by the end of the financial year.",
        ["Treasurer"],
        "2026-03-31",
    ),
]

ALL_CASES = SEVERAL_OWNERS + COLLECTIVE_OWNERS + PASSIVES + DUES


def _found(printed: str):
    """The action paired with the case's last paragraph (earlier ones, a members list, set the page up)."""
    *before, action = printed.split("\n")
    page = minutes_page([*before, action, NEXT_MEETING_LINE])
    return found_action(actions_on_page(page, minutes_item(), MEETING), action.removeprefix("Action: "))


@pytest.mark.parametrize("case", params(ALL_CASES))
def test_detected(case: Case):
    assert _found(case.printed) is not None


@pytest.mark.parametrize("case", params([c for c in ALL_CASES if c.owners is not None]))
def test_owners(case: Case):
    action = _found(case.printed)
    assert action is not None and same_owners(action.owners, case.owners), action and action.owners


@pytest.mark.parametrize("case", params(ALL_CASES, due=True))
def test_due(case: Case):
    action = _found(case.printed)
    assert action is not None
    assert (action.due.isoformat() if action.due else None) == case.due, (action.due, action.due_text)
