"""Round 61 (recall of actions stated in prose): sentences that record something someone will do, was asked to do, or
that was decided, with no "ACTION:" label, in the shapes minutes of bodies outside the dev and tune splits print them,
read through the real NLP pass (tests/minutes_page.py) and compared as `agendaparse eval` compares (text Jaccard >=
0.5, owners normalised, due equal):

- "It was agreed that X would / will …", "It was agreed that the Clerk write to …": an action owned by X.
- "X would look for / look into …", "X will ask …", "X is looking into … and will report back", "X agreed to speak
  to …", "X offered to / undertook to …", "X said he would …", "… although X will provide …": an action owned by X.
- Passive steps with an agent or none ("A newsletter will be produced by X each month", "… to be brought back to the
  next meeting", "There will be an item on … at the next meeting"): an action.
- "X is to …", "Officers to provide …": an action owned by X.
- Requests ("Members asked officers to …", "The Committee requested a report on …", "Governors asked the
  Headteacher to …", "It was requested that …"): an action (who owns a request is unsettled; not checked).
- Decisions ("It was RESOLVED to …", "The Trustees approved …", "Agreed to form …", "It was agreed that … are to be
  …", "The Group would end …", decisions listed under a summary heading): an action.
- Actions with a bracketed or labelled owner tail ("… (SE)", "… Action: Brenda").
- Not actions: discussion, reports of what happened, thanks, progress notes, reminders.

Sentences keep the structure and phrasing of the real pages; names, places and numbers are changed. Sources (bodies
not cited by earlier suites):

- https://www.victoriaparkcommunityassociation.org.uk/minutes/minutes-of-general-meeting-thursday-21-march-2019/ (a residents' association: "It was agreed that AW would write to Peabody about …", "NW to write to Peabody.")
- http://wactonvillagehall.co.uk/november2017.htm (village hall trustees, a charity: "PJR would look for a carpenter to replace the internal door. CG to examine our insurance policy …")
- http://blog.slinfoldvillagehall.co.uk/2012/01/summary-of-trustee-meeting-decisions_2896.html (village hall trustees' summary of decisions: a numbered list of "X to …" and "… set at £100" decisions)
- https://www.henfieldhall.org.uk/members-area/notes-of-trustee-meeting-28-11-23 (hall trustees: "Agreed to form a Finance Committee …", "The range of equipment … is to be expanded.", progress and thanks as negatives)
- http://www.wellingtonfieldsallotments.org/hixonpages/archived_newsd.htm (an allotment association: "It was agreed that Simon will draft a reply, drawing the attention of …")
- https://oldparkfarm.org/2022/06/22/committee-meeting-minutes-2/ (allotment committee: "This was agreed although RB will provide some information …", an owner's initials in a bracketed tail "(JS)", "JS will organise …")
- https://www.cwraa.co.uk/post/april-2023-minutes (allotments association: "There will be an item on plot inspections at the next meeting", "… information will be posted on who to contact … Action: Brenda")
- https://www.phgas.org/news/archives/07-2012 (allotment society: "Alan Smith agreed to speak to plotholder.", "It was agreed that assets are to be written off over 3 years.")
- https://www.handfulofharmonies.co.uk/minutes-of-meeting-held-on-27th-december-2012/ and https://www.handfulofharmonies.co.uk/meeting-notes-from-14th-october-2013/ (a choir's friends group, a charity: "Andrew said he would liaise with Jill …", "Debbie offered to help with the tote.", "A newsletter will be produced by Andrew each month …", "It was requested that the minutes should be available …", "PW looking into the implications and will report back to the group.")
- https://www.ramblers.org.uk/go-walking/group-finder/areas/hertfordshire--north-middlesex/groups/royston/meetings-2016/committee-october-7th.aspx (a walking group's committee: "Alan to check on cost.", "Martin to get a speaker.", "Jane Hazel and Margaret to be asked to organise.")
- http://stjamespettswood.org/archive/wa_files/JPIC_20Minutes_2025Feb15.htm (a parish justice and peace group: "MM will ask for a notice to be put in Briefly …", "RW and PL would be giving the talks.", "The Group would end the association with … in the summer and then look for another project.")
- https://wdco.org.uk/2024/11/wdcos-november-board-meeting (a community organisation's board: "it was agreed that the December liaison meeting will not take place", "the paper for discussion will be updated …")
- The request, resolution and "is to" shapes the brief names ("Members asked officers to …", "The Committee requested a report …", "It was RESOLVED to …", "X is to …", "Cllr X offered to / undertook to …") are written in the phrasing of the parish, town and board minutes above.
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

import datetime as dt

import pytest

from agendaparse.models import Action
from minutes_page import actions_on_page, minutes_item, minutes_page, same_owners
from minutes_page import paired_action as paired

MEETING = dt.date(2024, 11, 12)
PRESENT = (
    "Present: Joan Archer (JA) Chair, Martin Lloyd (ML) Treasurer, Norman Webb (NW), Alan Walsh (AW), Peter Reid (PR),"
    " Carol Green (CG), Simon Ellis (SE), Pauline West (PW), Rita Wong (RW), Paul Lowe (PL), Mary Moss (MM), Brenda"
    " Hall, Andrew Cole, Debbie Shaw and Alan Smith. In attendance: Sarah Dean (Clerk)."
)


def read(paragraphs: list[str]) -> list[Action]:
    return actions_on_page(minutes_page([PRESENT, *paragraphs]), minutes_item(), MEETING)


# class 1: someone will do something, no label: (sentence, owners or None where the owner is not checked)
PROSE_STEPS = [
    (
        "It was agreed that AW would write to the housing association about interim measures to prevent fly tipping.",
        ["Alan Walsh"],
    ),  # Victoria Park
    ("NW to write to the housing association about the communal cleaning rota.", ["Norman Webb"]),  # Victoria Park
    ("PR would look for a carpenter to replace the internal door.", ["Peter Reid"]),  # Wacton
    ("CG to examine our insurance policy and discuss further with the trustees.", ["Carol Green"]),  # Wacton
    (
        "It was agreed that Simon will draft a reply, drawing the attention of the parish council to the relevant"
        " clauses of the contract.",
        None,
    ),  # Wellington Fields
    ("This was agreed although ML will provide some information from an alternative company.", ["Martin Lloyd"]),
    (
        "SE will organise a potting activity in the polytunnel and will put together a booklet of information about"
        " the site.",
        ["Simon Ellis"],
    ),  # Old Park Farm
    ("Alan Smith agreed to speak to the plotholder.", ["Alan Smith"]),  # phgas
    ("Andrew said he would liaise with Jill as to what has been decided.", None),  # Harmonies
    ("Andrew suggested he would approach Sandra and Suzanne regarding the race night organisation.", None),
    ("Debbie offered to help with the tote.", None),  # Harmonies
    ("PW is looking into the implications and will report back to the group.", ["Pauline West"]),  # Harmonies
    ("MM will ask for a notice to be put in the newsletter in order to encourage more donations.", ["Mary Moss"]),
    ("RW and PL would be giving the talks at the Lent lunches.", ["Rita Wong", "Paul Lowe"]),  # Petts Wood
    ("Alan to check on the cost of the Christmas lunch.", None),  # Ramblers
    ("Martin to get a speaker for the annual general meeting.", None),  # Ramblers
    ("It was agreed that the Clerk write to the landowner about the overhanging hedge.", ["Clerk"]),
    ("Cllr Webb offered to contact the landowner about the blocked footpath.", ["Norman Webb"]),
    ("Cllr Archer undertook to raise the matter with the highways officer.", ["Joan Archer"]),
    ("The Chair undertook to write to the bus operator about the withdrawn service.", ["Chair"]),
    ("The Treasurer is to open a deposit account with the building society.", ["Treasurer"]),
    ("Officers to provide a written update on the tree survey.", ["Officers"]),
    ("A newsletter will be produced by Andrew each month with a separate section for the Friends.", None),
    ("David will lead the walk before the Christmas lunch.", None),  # Ramblers
    ("The Headteacher confirmed that she would circulate the revised policy to governors.", ["Headteacher"]),
    ("Cllr Webb agreed to investigate and report back.", ["Norman Webb"]),
    ("The Clerk will chase the contractor for a start date.", ["Clerk"]),
    ("SE is arranging a work party for the end of the month and will confirm the date by email.", ["Simon Ellis"]),
    ("The Treasurer is obtaining quotes for the insurance and will report back at the next meeting.", ["Treasurer"]),
]

# class 2: what someone was asked to do (owners unsettled, not checked)
REQUESTS = [
    "Members asked officers to provide a breakdown of the repair costs by estate.",
    "The Committee requested a report on the condition of the play equipment.",
    "Governors asked the Headteacher to circulate the attendance figures before the next meeting.",
    "The Board asked the Bursar to obtain three quotes for the boiler replacement.",
    "It was requested that the minutes should be available to members within two weeks of a meeting.",  # Harmonies
    "Jane Hazel and Margaret to be asked to organise the Christmas lunch.",  # Ramblers
]

# class 3: steps put off to a later meeting, in the passive
LATER_MEETING = [
    "There will be an item on plot inspections at the next meeting.",  # cwraa
    "The revised lettings policy to be brought back to the next meeting.",
    "The paper for discussion will be updated to clarify some questions and brought back in January.",  # wdco
    "A report would be brought back to the next meeting.",
    "A further report on the play area would be brought to the March meeting.",
    "The revised terms of reference would be circulated to members after the meeting.",
]

# class 4: what was decided
DECISIONS = [
    "It was RESOLVED to accept the quotation of £1,250 for the resurfacing of the car park.",
    "The Trustees approved the revised hire charges for 2025.",
    "Agreed to form a Finance Committee to help to set budgets and suggest priorities for capital expenditure.",
    "It was agreed that assets are to be written off over 3 years.",  # phgas
    "The Group would end the association with the night shelter in the summer and then look for another project.",
    "It was agreed that the December liaison meeting will not take place.",  # wdco
    "The range of equipment provided in the kitchen is to be expanded.",  # Henfield
    "It was agreed to donate £50 to the air ambulance.",
    "The council decided to defer the decision pending further community consultation.",
    "The Governing Body approved the revised charging and remissions policy.",
    "The Authority approved the revised pay policy statement.",
    "The draft constitution is to be circulated to all members before the AGM.",
    "Accounts are to be submitted to the Financial Conduct Authority.",  # Old Park Farm
]

# class 5: a summary of decisions as a numbered list (Slinfold): the decisions each item records
DECISION_LIST = [
    "Summary of Trustee Meeting Decisions - September",
    "1. Agreement reached with all parties regarding rent-free use of the hall by the church.",
    "2. Delegated authority limit set at £100 for training and documentation.",
    "3. The village hall to subscribe to the new advice service for halls.",
    "4. External re-decoration to proceed at once. Costs to be met from reserves.",
    "5. Internal re-decoration and floor resurfacing to take place over winter, once competitive quotes have been"
    " received.",
]
LISTED_DECISIONS = DECISION_LIST[2:]

# class 6: an owner in a bracketed or labelled tail: (paragraphs, the action as printed, owners or None)
OWNER_TAILS = [
    (
        ["The car park surface to be improved with plastic gridding (SE)."],
        "The car park surface to be improved with plastic gridding",
        ["Simon Ellis"],
    ),  # Old Park Farm
    (
        [
            "Information on who to contact about donating surplus produce will be posted on the notice board."
            " Action: Brenda"
        ],
        "Information on who to contact about donating surplus produce will be posted on the notice board.",
        None,
    ),  # cwraa
    (
        ["Website to be updated with notes of meetings and the amended constitution. Action PW"],
        "Website to be updated with notes of meetings and the amended constitution.",
        ["Pauline West"],
    ),  # Harmonies
    (
        ["Christmas celebrations - reps to ask members how they would like to mark the end of term. Action all reps"],
        "reps to ask members how they would like to mark the end of term.",
        None,
    ),  # Harmonies
    (
        ["PW looking into the implications of charitable status and will report back to the group. Action PW"],
        "PW looking into the implications of charitable status and will report back to the group.",
        ["Pauline West"],
    ),  # Harmonies
]

# class 7: not actions
NOT_ACTIONS = [
    "The break-in at the hall was discussed at length.",  # Wacton
    "The Hall Quiz Evening raised over £1,650; thanks were extended to all who donated.",  # Henfield
    "Work continues towards the launch of the online booking system.",  # Henfield
    "MM reported her conversation with the parish priest, who had decided there would be no changes to the calendar.",
    "The treasurer's report was circulated prior to the meeting and was accepted.",
    "Members noted that the grass cutting contract had been let to the same contractor as last year.",
    "Residents were reminded that the consultation remained open until 17 June.",
    "The Secretary had written to the council in March and a reply had been received.",
    "There was a discussion on what the choir should wear for performances.",  # Harmonies
    "The Clerk is to be congratulated on the award.",
    "There will be a charge for the use of the car park on match days.",
    "The next meeting is to be held on 10 December.",
    "The Trustees noted the report.",
    "Governors asked whether the figures included part-time staff.",
    "The Chair was thanked for her work over the year.",
    "The children will gather in the polytunnel and will be split into three groups.",  # Old Park Farm
    "The Chair wondered whether the footpath would be repaired before the winter.",
]


@pytest.mark.parametrize(("sentence", "owners"), PROSE_STEPS)
def test_step_stated_in_prose_is_an_action(sentence: str, owners: list[str] | None) -> None:
    found = read([sentence])
    action = paired(sentence, found)
    assert action is not None, found
    if owners is not None:
        assert same_owners(action.owners, owners), action.owners


@pytest.mark.parametrize("sentence", REQUESTS)
def test_request_is_an_action(sentence: str) -> None:
    found = read([sentence])
    assert paired(sentence, found) is not None, found


@pytest.mark.parametrize("sentence", LATER_MEETING)
def test_step_put_off_to_a_later_meeting_is_an_action(sentence: str) -> None:
    found = read([sentence])
    assert paired(sentence, found) is not None, found


@pytest.mark.parametrize("sentence", DECISIONS)
def test_decision_is_an_action(sentence: str) -> None:
    found = read([sentence])
    assert paired(sentence, found) is not None, found


@pytest.mark.parametrize("decision", LISTED_DECISIONS)
def test_decision_in_a_numbered_summary_is_an_action(decision: str) -> None:
    found = read(DECISION_LIST)
    assert paired(decision, found) is not None, found


def test_heading_of_a_summary_of_decisions_is_no_action() -> None:
    found = read(DECISION_LIST)
    assert paired(DECISION_LIST[0], found) is None, found


@pytest.mark.parametrize(("paragraphs", "printed", "owners"), OWNER_TAILS)
def test_owner_in_a_tail(paragraphs: list[str], printed: str, owners: list[str] | None) -> None:
    found = read(paragraphs)
    action = paired(printed, found)
    assert action is not None, found
    if owners is not None:
        assert same_owners(action.owners, owners), action.owners


@pytest.mark.parametrize("sentence", NOT_ACTIONS)
def test_not_an_action(sentence: str) -> None:
    found = read([sentence])
    assert paired(sentence, found) is None, found


def test_due_of_a_report_to_the_next_meeting() -> None:
    paragraphs = [
        "The Committee requested a report on the condition of the play equipment to the next meeting.",
        "The next meeting will be held on Tuesday 10 December 2024.",
    ]
    action = paired(paragraphs[0], read(paragraphs))
    assert action is not None
    assert action.due == dt.date(2024, 12, 10), action
