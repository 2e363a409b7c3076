"""NLP round 76 (action recall and owners in the minutes of genres no earlier round drew: internal drainage boards, a
harbour trust, crematorium joint committees, a pension board, an adult social care committee, an education board
over academies' local governing bodies, an Auckland local board and a Northern Irish district council; and, written in
the phrasing of those pages, health and wellbeing boards, integrated care boards, a foundation trust's council of
governors, safeguarding and community safety partnerships, an AONB partnership, a Jersey parish assembly, Isle of Man
commissioners and US county commissions and school boards), read through the real NLP pass:

- action lines as such minutes print them: a harbour trust's run-in "Fuel pontoon – HMC to be asked to …", a joint
  committee's "RESOLVED: that the Chairperson … sign the Annual Return …", a pension board's synopsis ("The Board
  requested Mr Gale go back three years …", "Voted to have the Finance Department contact …", "Consensus was that …
  and that Mr Gale would make the changes …"), "Action: CEO to …" and "AMgr to …" of a drainage board, "The Board
  NOTED the report and AGREED that the Director of Public Health would …", "The Board APPROVED … and asked the Chief
  Finance Officer to …", "The Connétable undertook to …", a named body's decision ("The Community Council agreed to
  approve …", "The Harbour Trust agreed that the Harbour Master would …", "The Commissioners resolved that the Clerk
  obtain …"), an Auckland local board's lettered resolution and a committee's numbered one ("2. Requests that the
  Strategic Director … continues to provide …");
- owners: a post, initials ("JT/Clerk", "AG"), a post's abbreviation ("AMgr", "HMC"), posts joined by "and"; the one a
  decision asks, instructs or names to act owns it, not the deciding body (corpus/gold/README.md, stop 25);
- not actions: news of an appointment, apologies, no requests, a decision that nothing change, what has been done,
  an overview given, a discussion, thanks, a note of what was forwarded, a vote not to act, a study reviewed, a
  declaration of interest, a lost motion, a question answered.

Stop 33's left cases: "The Community Council should contact …. RF Action." is RF's (the label decides, as round 74's
"The Council should … RF Action."); "It was agreed to request the CEO to write …" is the CEO's; an integration joint
board whose minutes print its name in full is the resolving body when a sentence calls it "the IJB" (no owner of its
own approval). Deferring or remitting an item is the body's own procedure, which the body owns (corpus/gold/README.md,
stop 22 "the council owns its own procedure (adjourn, closed session, resume, continue)" and stop 25 "Kept: … the
body's own procedure"): "The Committee agreed to defer the item to the next meeting." keeps the Committee as owner.

Sentences keep the structure and phrasing of the real pages; names, places, bodies and numbers are changed (the
people are those of BOARD_PRESENT in tests/minutes_page.py). Sources (bodies no earlier suite cites):

- https://docslib.org/doc/5457877/cowick-and-snaith-internal-drainage-board-minutes-of-the-full-board (an internal
  drainage board: "The Chair gave apologies from …", "The CEO also informed that Russ Towse will be taking up post as
  the new Asset Manager (AMgr) on the 6th August.")
- https://docslib.org/doc/5120111/minutes-may-2019 (an internal drainage board: "There were no requests for
  additional agenda items.")
- http://www.dunbarharbourtrust.co.uk/index.php/about/minutes-of-meeting/105-minutes-of-directors-meeting-held-on-thursday-11-february-2016
  and …/102-minute-of-board-meeting-held-on-thursday-12th-november-2015 (a harbour trust: "Branders – DHMC to be
  asked to provide solution and cost.", "It was decided to make no change to the Committee membership.", "The owner
  has been written to.")
- https://democracy.npt.gov.uk/ieListDocuments.aspx?CId=147&MeetingId=8424 and …&MeetingId=8425 (a crematorium joint
  committee: "that the Chairperson of Margam Joint Crematorium Committee sign the Annual Return and it be submitted to
  the external auditors", "that the appointment of Vice Chair … be deferred to the next meeting", "The Treasurer gave
  an overview of the circulated report.", "Members discussed ideas to commemorate …")
- https://democracy.durham.gov.uk/mgAi.aspx?ID=10220 and ID=5863 (a crematorium joint committee: "The Chair took the
  opportunity to formally thank the Superintendent and Registrar for his hard work …", "… asked Members to note that a
  comprehensive Report … had been forwarded to the Civil Contingencies Unit.")
- https://imaging.tequesta.org/WebLink/DocView.aspx?dbid=0&id=9982&repo=TEQUESTA and …&id=15157… (a pension board's
  synopsis: "Voted to have the Finance Department contact the actuary …", "Chair Garlo indicated he would take a
  resolution to Village Council …", "The Board requested Mr. Palmquist go back 3 years to see …", "Consensus was that
  a new investment policy was needed; that Mr. Johnson would make changes, then email the policy …", "Voted not to
  consider a COLA at this time.")
- https://sheffieldcc.moderngov.co.uk/mgAi.aspx?ID=34016 (an adult social care committee: "RESOLVED UNANIMOUSLY: That
  the … Committee: … 3. Requests that the Strategic Director of Adult Care and Wellbeing continues to provide …")
- https://democracy.cityoflondon.gov.uk/mgAi.aspx?ID=50067 and ID=117238 (an education board over academies' local
  governing bodies: "The Director of Academy Development agreed to develop an organogram outside of the meeting.",
  "The Board noted that all appointments were now up to date and officers thanked the Clerks of the relevant Local
  Governing Bodies …")
- https://infocouncil.aucklandcouncil.govt.nz/Open/2018/03/WTM_20180320_MIN_7225.htm and
  …/Open/2021/04/WTM_20210420_MIN_10600.htm (an Auckland local board: "MOVED by Chairperson …, seconded by …: That the
  Waitematā Local Board: a) …", "… declared an interest in Business Mentors … and requested that this interest be
  registered.", "The Board record its great thanks to deputy-Chair …")
- https://info.5y1.org/the-society-letter-scam_1_6f1e49.html (a Northern Irish district council: "After discussion,
  it was agreed that the workshops would be held on …")
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

import datetime as dt

import pytest

from minutes_page import (
    BOARD_MEETING,
    BOARD_PRESENT,
    actions_on_page,
    board_actions,
    check_paired_action,
    marked,
    minutes_item,
    minutes_page,
)
from minutes_page import paired_action as paired

read = board_actions


# (sentence, owners or None where not checked, due or "any" where not checked)
STEPS = [
    pytest.param(
        "Fuel pontoon – HMC to be asked to provide a solution and cost.",
        ["HMC"],
        "any",
        id="harbour-run-in-to-be-asked",
    ),
    pytest.param(
        "RESOLVED: that the Chairperson of the Joint Committee sign the Annual Return and it be submitted to the"
        " external auditors.",
        ["Chairperson"],
        "any",
        id="crematorium-resolved-chairperson-sign",
    ),
    pytest.param(
        "RESOLVED: that a report be brought to the next meeting of the Joint Committee on the options for a"
        " defibrillator.",
        [],
        "any",
        id="crematorium-resolved-report-be-brought",
    ),
    pytest.param(
        "The Board requested Mr Gale go back three years to see what the effect of asset smoothing would have been.",
        ["S Gale"],
        "any",
        id="pension-board-requested-member-bare-verb",
    ),
    pytest.param(
        "Chair Rowley indicated he would take a resolution to the Village Council to advise that the contribution"
        " would be reduced.",
        ["M Rowley"],
        "any",
        id="pension-chair-indicated-he-would",
    ),
    pytest.param(
        "Voted to have the Finance Department contact the actuary for an updated cost estimate.",
        ["Finance Department"],
        "any",
        id="pension-voted-to-have-department",
    ),
    pytest.param(
        "Consensus was that a new investment policy was needed and that Mr Gale would make the changes and email the"
        " policy to the attorney.",
        ["S Gale"],
        "any",
        id="pension-consensus-that-member-would",
    ),
    pytest.param(
        "The Director of Academy Development agreed to develop an organogram outside of the meeting.",
        ["Director of Academy Development"],
        "any",
        id="education-board-director-agreed",
    ),
    pytest.param(
        "After discussion, it was agreed that the Director of Operations would write to the Roads Service about the"
        " road markings at the school.",
        ["Director of Operations"],
        "any",
        id="ni-council-agreed-director-would",
    ),
    pytest.param(
        "AMgr to arrange a site visit with the Environment Agency before the next Board meeting.",
        ["AMgr"],
        "any",
        id="drainage-board-post-abbreviation-to",
    ),
    pytest.param(
        "It was RESOLVED that the Chief Engineer prepare a schedule of maintenance works for the 2025/26 season.",
        ["Chief Engineer"],
        "any",
        id="drainage-board-resolved-engineer-prepare",
    ),
    pytest.param(
        "Members requested that officers provide a breakdown of referrals by partner agency at the next meeting.",
        ["officers"],
        "any",
        id="safeguarding-members-requested-officers",
    ),
    pytest.param(
        "The Board NOTED the report and AGREED that the Director of Public Health would bring the refreshed Joint"
        " Strategic Needs Assessment to the March meeting.",
        ["Director of Public Health"],
        dt.date(2025, 3, 31),
        id="hwb-noted-and-agreed-in-capitals",
    ),
    pytest.param(
        "Action: JT/Clerk to update the scheme of delegation on the trust website.",
        ["J Thorne", "Clerk"],
        "any",
        id="lgb-action-initials-slash-post",
    ),
    pytest.param(
        "Agreed action: Headteacher and SENCo to review the accessibility plan before the summer term.",
        ["Headteacher", "SENCo"],
        "any",
        id="lgb-agreed-action-posts-and",
    ),
    pytest.param(
        "The Board APPROVED the revised Scheme of Reservation and Delegation and asked the Chief Finance Officer to"
        " publish it on the ICB website.",
        ["Chief Finance Officer"],
        "any",
        id="icb-approved-and-asked-post",
    ),
    pytest.param(
        "Action: AG to contact the landowners at Hollow Lane about the hedgerow survey.",
        ["A Ganesan"],
        "any",
        id="aonb-action-initials",
    ),
    pytest.param(
        "The Connétable undertook to write to the Minister for Infrastructure regarding the speed limit on La Rue du"
        " Moulin.",
        ["Connétable"],
        "any",
        id="jersey-connetable-undertook",
    ),
    pytest.param(
        "Commissioner Gale moved to direct the County Engineer to prepare specifications for the bridge replacement."
        " Commissioner Thorne seconded. Motion carried 3-0.",
        ["County Engineer"],
        "any",
        id="county-commission-moved-to-direct",
    ),
    pytest.param(
        "Motion by Director Thorne, second by Director Gale, to authorize the Superintendent to advertise for bids for"
        " the roof project. Motion carried unanimously.",
        ["Superintendent"],
        "any",
        id="school-board-motion-to-authorize",
    ),
    pytest.param(
        "The Community Council agreed to approve the grant of £250 to the gala committee.",
        [],
        "any",
        id="named-body-agreed-to-approve",
    ),
    pytest.param(
        "The Harbour Trust agreed that the Harbour Master would obtain three quotes for the pointing work at Victoria"
        " Harbour.",
        ["Harbour Master"],
        "any",
        id="harbour-trust-agreed-that-post-would",
    ),
    pytest.param(
        "The Commissioners resolved that the Clerk obtain a quotation for repainting the railings on the promenade.",
        ["Clerk"],
        "any",
        id="iom-commissioners-resolved-clerk-obtain",
    ),
    pytest.param(
        "The Community Council should contact the roads department about the potholes on Main Street. RF Action.",
        ["R Francis"],
        "any",
        id="community-council-should-then-initials-action",
    ),  # stop 33's left case
    pytest.param(
        "It was agreed to request the CEO to write to the Minister seeking an extension of the grant.",
        ["CEO"],
        "any",
        id="it-was-agreed-to-request-post-to",
    ),  # stop 33's left case
    pytest.param(
        "The Committee agreed to defer the item to the next meeting.",
        ["Committee"],
        "any",
        id="committee-agreed-to-defer-own-procedure",
    ),  # stop 33's left case: the body's own procedure
]

OPEN: dict[str, str] = {}

NOT_ACTIONS = [
    pytest.param(
        "The Chief Executive also informed members that Mr Gale will be taking up post as the new Asset Manager on"
        " 6 January.",
        id="informed-taking-up-post",
    ),  # Cowick and Snaith
    pytest.param("There were no requests for additional agenda items.", id="no-requests"),  # Reedness
    pytest.param("The Chair gave apologies from Dr Ganesan and Mr Gale.", id="chair-gave-apologies"),  # Cowick
    pytest.param("It was decided to make no change to the Committee membership.", id="decided-no-change"),  # Dunbar
    pytest.param("The owner has been written to.", id="has-been-written-to"),  # Dunbar
    pytest.param("The Treasurer gave an overview of the circulated report.", id="gave-an-overview"),  # Margam
    pytest.param(
        "Members discussed ideas to commemorate the anniversary of the opening of the crematorium.",
        id="members-discussed-ideas",
    ),  # Margam
    pytest.param(
        "The Chair took the opportunity to formally thank the Superintendent and Registrar for his hard work and"
        " support to the Joint Committee over the years.",
        id="chair-took-opportunity-to-thank",
    ),  # Durham crematorium
    pytest.param(
        "The Superintendent and Registrar asked Members to note that a report on cremation capacity had been forwarded"
        " to the Civil Contingencies Unit.",
        id="asked-members-to-note-forwarded",
    ),  # Durham crematorium
    pytest.param(
        "The Board voted not to consider a cost of living adjustment at this time.", id="voted-not-to-consider"
    ),  # Tequesta
    pytest.param(
        "Mr Gale of the consultants reviewed the actuarial study requested by the Board.", id="reviewed-study-requested"
    ),  # Tequesta
    pytest.param(
        "Member Thorne declared an interest in Business Mentors and requested that this interest be registered.",
        id="declared-interest-requested-registered",
    ),  # Waitematā
    pytest.param(
        "The Board recorded its great thanks to the Deputy Chair for all her hard work and loyal support over the last"
        " eighteen months.",
        id="board-recorded-thanks",
    ),  # Waitematā
    pytest.param("The Board NOTED the update on the Better Care Fund.", id="hwb-noted-in-capitals"),
    pytest.param(
        "Motion by Director Thorne, second by Director Gale, to direct the Superintendent to close the pool on Sundays."
        " Motion failed 2-3.",
        id="school-board-motion-failed",
    ),
    pytest.param(
        "The Board noted that all appointments were now up to date and officers thanked the Clerks of the Local"
        " Governing Bodies for providing prompt updates.",
        id="noted-and-officers-thanked",
    ),  # City of London education board
    pytest.param(
        "In response to a question, the Chief Finance Officer confirmed that the deficit had been reported to NHS"
        " England in October.",
        id="question-answered-already-reported",
    ),
    pytest.param(
        "The Harbour Master reported that the spill kit had been relocated to the fuel store.",
        id="reported-relocated",
    ),  # Dunbar
    pytest.param(
        "A governor asked whether the school had enough supply staff; the Headteacher explained that cover was"
        " arranged through the Trust.",
        id="governor-asked-head-explained",
    ),
]


@pytest.mark.parametrize(("sentence", "owners", "due"), marked(STEPS, OPEN))
def test_step_is_an_action(sentence: str, owners: list[str] | None, due: dt.date | None | str) -> None:
    printed = sentence.removesuffix(" RF Action.")
    check_paired_action(read([sentence]), printed, owners, due)


@pytest.mark.parametrize("sentence", NOT_ACTIONS)
def test_not_an_action(sentence: str) -> None:
    found = read([sentence])
    assert paired(sentence, found) is None, [(a.text, a.owners) for a in found]


IJB_PAGE = [
    "Eastshire Integration Joint Board",
    "Minutes of the meeting of the Eastshire Integration Joint Board held on Thursday 14 November 2024",
    BOARD_PRESENT,
    "The IJB agreed to approve the revised Strategic Plan.",
    "The Eastshire Integration Joint Board agreed to approve the Annual Performance Report.",
    "The Integration Joint Board agreed to instruct the Chief Officer to issue directions to the Council.",
    "The Integration Joint Board agreed to defer the item on the Carers Strategy to the next meeting.",
]


@pytest.fixture(scope="module")
def ijb_actions() -> list:
    return actions_on_page(minutes_page(IJB_PAGE), minutes_item(), BOARD_MEETING)


@pytest.mark.parametrize(
    ("sentence", "owners"),
    [
        pytest.param(IJB_PAGE[3], [], id="acronym-of-own-board-approves"),  # stop 33's left case
        pytest.param(IJB_PAGE[4], [], id="own-board-by-full-name-approves"),
        pytest.param(IJB_PAGE[5], ["Chief Officer"], id="own-board-instructs-post"),
        pytest.param(IJB_PAGE[6], ["Integration Joint Board"], id="own-board-defers-own-procedure"),
    ],
)
def test_integration_joint_board_printed_in_full(ijb_actions: list, sentence: str, owners: list[str]) -> None:
    """An integration joint board whose minutes print its name in full: its approval, by acronym or by name, is its
    own decision (no owner, README stop 25); a post it instructs acts; deferring an item is its own procedure."""
    check_paired_action(ijb_actions, sentence, owners)


def test_local_board_lettered_resolution() -> None:
    """An Auckland local board's resolution under its mover and seconder: "That the X Local Board:" leads in to the
    lettered parts; the part that asks staff to report back is theirs, and the lead-in is no action of its own."""
    lines = [
        "MOVED by Chairperson M Rowley, seconded by Member J Thorne:",
        "That the Waitematā Local Board:",
        "a) receive the quarterly performance report.",
        "b) request staff to report back on the options for the underpass at Myers Park.",
        "CARRIED",
    ]
    found = read(lines)
    check_paired_action(found, lines[3].removeprefix("b) "), ["staff"])
    assert paired(lines[1], found) is None, [(a.text, a.owners) for a in found]


def test_committee_numbered_resolution_requests_post() -> None:
    """A committee's numbered resolution: the part that "Requests that the Strategic Director … continues to
    provide …" is the Director's; the part that endorses progress is the committee's own (no owner)."""
    lines = [
        "RESOLVED UNANIMOUSLY: That the Adult Health and Social Care Policy Committee:",
        "1. Endorse progress made with implementing the Safeguarding Delivery Plan.",
        "2. Requests that the Strategic Director of Adult Care and Wellbeing continues to provide the Committee with"
        " updates on progress on a six-monthly basis.",
    ]
    found = read(lines)
    check_paired_action(found, lines[2].removeprefix("2. "), ["Strategic Director of Adult Care and Wellbeing"])
    check_paired_action(found, lines[1].removeprefix("1. "), [])
    assert paired(lines[0], found) is None, [(a.text, a.owners) for a in found]


def test_summary_of_actions_at_the_end_read_as_prose() -> None:
    """A drainage board's summary of actions closing its minutes, read as prose (minute, action, owner in columns):
    each row is the owner's, a post's abbreviation ("AMgr") as much as initials; the header row is none."""
    lines = [
        "Summary of actions",
        "Minute   Action   Owner",
        "52.3   Obtain quotations for the repair of the pumping station roof   CEO",
        "57.1   Arrange a site visit with the Environment Agency at Mill Drain   AMgr",
        "63.2   Circulate the revised risk register to members   Clerk/CSM",
    ]
    found = read(lines)
    check_paired_action(found, "Obtain quotations for the repair of the pumping station roof", ["CEO"])
    check_paired_action(found, "Arrange a site visit with the Environment Agency at Mill Drain", ["AMgr"])
    check_paired_action(found, "Circulate the revised risk register to members", ["Clerk", "CSM"])
    assert paired("Minute Action Owner", found) is None, [(a.text, a.owners) for a in found]
