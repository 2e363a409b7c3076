"""Round 42 (issue #6: the classes rounds 39-41 left open): bodies whose names end in a word the organisation
reader did not know ("… Community Bank", "… Teaching Hospitals", "… Conservation Corps") and national bodies printed
without a body word; people read from headings, plural titles, "Name, Department" lines and Present lines that run
into the next label; dues of events still to come, officers' "will" actions with a date, views held read as
decisions, and sentences wrapped over a line break before a capital.

Each case keeps the structure and phrasing pattern of a real page with names, places and numbers changed, and is
read by the real NLP pass (tests/minutes_page.py); the truth is what corpus/gold/README.md asks an annotator to
record. The pages the patterns were learned from (bodies not cited by earlier suites):

- https://metroeast.mcul.org/Exec_Mtg_Minutes_3807_58.html and
  https://metroeast.mcul.org/Exec_Mtg_Minutes_8411_147.html (a chapter of credit unions: "GUESTS PRESENT: Ron
  Martin – MCUL, …", "COMMITTEE MEMBERS EXCUSED:", "called to order … at E and A Credit Union", headings in
  capitals "PROGRAM AND EVENTS:", "The next event is our Charity Golf Outing which will be held September 12")
- http://chapter.piedmontcu.org/content/meeting-minutes-november-29-2012 (a chapter of credit unions: "Newcomers &
  Guests", "Rick Pillow shared the latest news from the VA Credit Union League", "Some look more like a bank")
- https://fclfweblinkpub.fcva.us/WebLink/DocView.aspx?dbid=0&id=1795&repo=Frederick-County-Admin (a US county board
  of supervisors: "PRESENT S. Roger Koontz, Chairman; Will L. Owings, Vice - Chairman; William H. Baker; …", "The
  invocation was delivered by Reverend … of the … Church", "Upon motion made by William H. Baker, seconded by …")
- https://democracy.ryedale.gov.uk/ieIssueDetails.aspx?IId=6006&Opt=3 (an overview and scrutiny committee: "The
  Head of Transformation submitted a report (previously circulated) …", "a. That Councillor … be appointed to the …
  Review Group", "d. That scoping reports … be brought to a future meeting", "The date of the next meetings would
  be … on the 21 July 2011")
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import pytest

from action_pairing import found_action
from agendaparse.models import Action
from agendaparse.pdf import Line, PageLayout
from minutes_page import actions_on_page, minutes_item, minutes_page, normalised, organisations_on_page, people_on_page

MEETING = dt.date(2025, 11, 12)


class NameCase(NamedTuple):
    case_id: str
    paragraphs: list[str]
    found: set[str]  # names the pass must give
    not_found: set[str]  # names it must not give


# 1. bodies ending in a word the reader did not know; national bodies printed without a body word
ORGANISATION_CASES = [
    NameCase(
        "guest-dash-community-bank",
        ["GUESTS PRESENT:", "Rowena Tighe – Lakemoor Community Bank, Dara Quist – Fenbury Savings Bank"],
        {"Lakemoor Community Bank", "Fenbury Savings Bank"},
        set(),
    ),
    NameCase(
        "guest-dash-teaching-hospitals",
        ["GUESTS PRESENT:", "Colin Wragg – Northmoor Teaching Hospitals, Adele Jowett"],
        {"Northmoor Teaching Hospitals"},
        set(),
    ),
    NameCase(
        "presentation-of-the-conservation-corps",
        ["A presentation was delivered by Janine Ruddock of the Blue Hollow Youth Conservation Corps."],
        {"Blue Hollow Youth Conservation Corps"},
        set(),
    ),
    NameCase(
        "administrator-advised-conservators",
        ["The County Administrator advised that the Hatherley Common Conservators had requested a closed session."],
        {"Hatherley Common Conservators"},
        set(),
    ),
    NameCase(
        "food-bank-heading-no-body",
        ["FOOD BANK UPDATE:", "Donna reported that the food bank collection had raised 420 items."],
        set(),
        {"FOOD BANK", "Food Bank"},
    ),
    NameCase(
        "food-bank-topic-no-body-named-food-bank-body",
        ["Food Bank update: the Ashby Food Bank thanked the council for its grant."],
        {"Ashby Food Bank"},
        {"Food Bank"},
    ),
    NameCase(
        "bank-holiday-no-body",
        ["The office will be closed on the Easter Bank Holiday Monday and the Summer Bank Holiday."],
        set(),
        {"Easter Bank", "Summer Bank"},
    ),
    NameCase(
        "like-a-bank-no-body",
        ["Some credit unions look more like a bank. Members own the credit union, not the National Bank."],
        set(),
        {"Members", "Some"},
    ),
    NameCase(
        "members-excused-national-charities",
        [
            "COMMITTEE MEMBERS EXCUSED:",
            "Tamsin Oakley – Healthwatch Torbridge, Neil Farrant – Shelter, Ruth Gale – Groundwork",
        ],
        {"Healthwatch Torbridge", "Shelter", "Groundwork"},
        set(),
    ),
    NameCase(
        "guests-from-national-agencies",
        [
            "GUESTS PRESENT:",
            "Gina Pearce – Carers UK, Michael Hearn – Homes England, Owen Tate – Food Standards Scotland, "
            "Rhys Dunn – RoSPA",
        ],
        {"Carers UK", "Homes England", "Food Standards Scotland", "RoSPA"},
        set(),
    ),
    NameCase(
        "apologies-open-rights-group",
        ["Apologies from: Dominic Reeve, Open Rights Group"],
        {"Open Rights Group"},
        set(),
    ),
    NameCase(
        "shelter-as-a-word-no-body",
        ["The bus shelter on Mill Lane has been repaired. Shelter from the wind was discussed for the play area."],
        set(),
        {"Shelter"},
    ),
]

# 2. people
PEOPLE_CASES = [
    NameCase(
        "key-decisions-heading",
        ["Key Decisions and Actions:", "The Director of Finance provided an update on the financial position."],
        set(),
        {"Key"},
    ),
    NameCase(
        "present-with-middle-initials",
        [
            "PRESENT Rupert S. Kessler, Chairman; Wilma L. Ormsby, Vice-Chairman; Warren H. Bakewell; Rhona W. Maddern",
            "Jacob P. Stedman, County Attorney",
        ],
        {"Rupert S. Kessler", "Wilma L. Ormsby", "Warren H. Bakewell", "Rhona W. Maddern", "Jacob P. Stedman"},
        set(),
    ),
    NameCase(
        "stop-listed-given-name-with-initial",
        ["Also Attending: Jacob P. Stedman, County Attorney", "Carey H. Mellor, Recording Secretary"],
        {"Carey H. Mellor"},
        set(),
    ),
    NameCase(
        "plural-title-before-surnames",
        [
            "Wilma L. Ormsby, Chairman",
            "The motion was adopted with Supervisors Ormsby, Kessler and Bakewell voting in favor of the motion.",
        ],
        {"Wilma L. Ormsby"},
        {"Supervisors Ormsby"},
    ),
    NameCase(
        "name-dash-organisation-lines",
        ["GUESTS PRESENT:", "Ronald Martell – MCUL", "Vicky McIntyre", "Deirdre Willis – Metro CU"],
        {"Ronald Martell", "Vicky McIntyre", "Deirdre Willis"},
        {"MCUL Vicky McIntyre"},
    ),
    NameCase(
        "name-comma-department-lines",
        ["Attendees", "Helena Varley, DWP", "Marcus Tilson, DWP (Legal)", "Ravi Chandra, HMRC"],
        {"Helena Varley", "Marcus Tilson", "Ravi Chandra"},
        {"DWP Marcus Tilson", "DWP Ravi Chandra"},
    ),
    NameCase(
        "present-line-then-in-attendance",
        ["Present: Councillors D. Semple (Chair), S. Blane, M. Quill", "In attendance: J. Harker (Clerk)"],
        {"D. Semple", "S. Blane", "M. Quill", "J. Harker"},
        {"M. Quill In"},
    ),
]


@pytest.mark.parametrize("case", ORGANISATION_CASES, ids=[c.case_id for c in ORGANISATION_CASES])
def test_organisations(case: NameCase) -> None:
    found = normalised(organisations_on_page(_wrapped_page(case.paragraphs)))
    assert normalised(case.found) - found == set(), found
    assert normalised(case.not_found) & found == set(), found


# truth clear, rule missing
OPEN = {
    "stop-listed-given-name-with-initial": "'Carey' is stop-listed as a given name (a place); a middle initial and a "
    "post after the comma do not yet outweigh the stop-list",
}


def _marked(cases: list[NameCase]) -> list:
    return [
        pytest.param(c, id=c.case_id, marks=[pytest.mark.xfail(strict=True, reason=OPEN[c.case_id])])
        if c.case_id in OPEN
        else pytest.param(c, id=c.case_id)
        for c in cases
    ]


@pytest.mark.parametrize("case", _marked(PEOPLE_CASES))
def test_people(case: NameCase) -> None:
    found = normalised(people_on_page(_wrapped_page(case.paragraphs)))
    assert normalised(case.found) - found == set(), found
    assert normalised(case.not_found) & found == set(), found


# 3. actions and dues
class ActionCase(NamedTuple):
    case_id: str
    paragraphs: list[str]
    action: str | None  # the action's printed start, or None when the page holds no action
    owners: list[str] | None = None  # None: not checked
    due: str | None = None


ACTION_CASES = [
    ActionCase(
        "resolution-be-held-on-date",
        ["RESOLVED that the Christmas lights switch-on be held on Friday 28th November 2025."],
        "RESOLVED that the Christmas lights switch-on be held on Friday 28th November 2025.",
        due="2025-11-28",
    ),
    ActionCase(
        "lettered-resolution-be-held-on-date",
        ["RESOLVED:", "c. That the first meeting of the Review Group be held on Thursday 4 December 2025."],
        "That the first meeting of the Review Group be held on Thursday 4 December 2025.",
        due="2025-12-04",
    ),
    ActionCase(
        "past-event-held-on-date",
        ["The Charity Golf Outing was held on Friday 17 October 2025 and raised 1,200 pounds."],
        None,
    ),
    ActionCase(
        "officer-will-circulate-by-date",
        ["The Scrutiny Officer will circulate the draft scoping report to Members by 21 November 2025."],
        "The Scrutiny Officer will circulate the draft scoping report to Members by 21 November 2025.",
        ["Scrutiny Officer"],
        "2025-11-21",
    ),
    ActionCase(
        "head-of-service-will-report-by-date",
        ["The Head of Transformation will report progress on both reviews to the Committee by 30 January 2026."],
        "The Head of Transformation will report progress on both reviews to the Committee by 30 January 2026.",
        ["Head of Transformation"],
        "2026-01-30",
    ),
    ActionCase(
        "broadly-agreed-view",
        ["Broadly it was agreed that the report accurately reflected the current position of the partnership."],
        None,
    ),
    ActionCase(
        "agreed-that-it-was-view",
        ["Members agreed that the consultation had been well run and that the response rate was encouraging."],
        None,
    ),
    ActionCase(
        "agreed-that-would-decision",
        ["It was agreed that the Chair would write to the Minister about the funding gap by 28 November 2025."],
        "It was agreed that the Chair would write to the Minister about the funding gap by 28 November 2025.",
        ["Chair"],
        "2025-11-28",
    ),
]


def _actions(case: ActionCase) -> list[Action]:
    return actions_on_page(minutes_page(case.paragraphs), minutes_item(), MEETING)


@pytest.mark.parametrize("case", ACTION_CASES, ids=[c.case_id for c in ACTION_CASES])
def test_actions(case: ActionCase) -> None:
    actions = _actions(case)
    if case.action is None:
        assert actions == [], [a.text for a in actions]
        return
    action = found_action(actions, case.action)
    assert action is not None, [a.text for a in actions]
    if case.owners is not None:
        assert normalised(set(action.owners)) == normalised(set(case.owners)), action.owners
    assert (action.due.isoformat() if action.due else None) == case.due, (action.due, action.due_text)


def _wrapped_page(lines: list[str]) -> PageLayout:
    """Lines set 12 pt apart (one paragraph's leading), the wrap falling before a capitalised word."""
    return PageLayout(
        number=1,
        width=612.0,
        height=792.0,
        rotation=0,
        lines=[
            Line(text, 60.0, 60.0 + 12 * n, 60 + 4.5 * len(text), 70.0 + 12 * n, 10.0, False)
            for n, text in enumerate(lines)
        ],
    )


def test_wrap_before_a_capital_keeps_the_body_whole() -> None:
    page = _wrapped_page([
        "The Chairman read out his report on the Trust's activities. The Trust had agreed terms with Kelsmoor",
        "Homes Ltd for the repair of the old mill and had applied for advice.",
    ])  # fmt: skip
    assert "Kelsmoor Homes Ltd" in organisations_on_page(page)


def test_wrap_before_a_month_keeps_the_due() -> None:
    page = _wrapped_page([
        "The Scrutiny Officer will circulate dates for the Task and Finish Group meetings to Members by 19",
        "December 2025.",
    ])  # fmt: skip
    action = found_action(
        actions_on_page(page, minutes_item(), MEETING),
        "The Scrutiny Officer will circulate dates for the Task and Finish Group meetings to Members by 19 December "
        "2025.",
    )
    assert action is not None
    assert action.due == dt.date(2025, 12, 19)
