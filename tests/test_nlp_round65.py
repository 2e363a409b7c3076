"""Round 65 (recall and owners of actions in minutes of councils and boards not seen before): steps as North American
city councils, police community councils and school boards print them, and as UK central-government boards, forums
and advisory groups print them, read through the real NLP pass (tests/minutes_page.py) and compared as `agendaparse
eval` compares them (text Jaccard >= 0.5, owners normalised, due ISO dates equal):

- North American: motions that direct staff, "Council directed staff to …", "staff will return with …", "X was asked
  to …", "X asked for more information and will look into …", "The Superintendent and her staff will begin …", a
  policy that "will go back to" a subcommittee, "the item was continued to the … meeting", "Follow-up: …", "…, but
  staff was directed to …", "Staff is directed to …", "The commission agreed to …", "On a motion by X seconded by
  Y, the … was chosen" (a decision, no owner);
- UK boards and forums: "Action: Officials to …", "Action 3: MoJ to …", "Action Item(s): …", "DWP officials to …",
  "X agreed to take this away", "It was agreed that officials would …", "The Board asked X and Y to …", "HO advised
  that they would …", a follow-up meeting that "would be arranged", action points that "will be dealt with at …";
- owners: departments and their officials ("MoJ", "HO", "Home Office officials", "officials"), posts ("the City
  Manager", "the Superintendent", "staff"), police ranks dropped as titles ("Captain Reyes" → "Reyes"), and no owner
  where the subject is not someone who acts ("Stakeholder meetings … to continue");
- dues: "within 30 days", "by end of Q2", "before the summer recess", "at the March meeting", "next month",
  "tomorrow", "for mid-late May", a dated next meeting;
- not actions: reports of what was noted, introduced, discussed, sent or extended already, questions, forecasts.

Sentences keep the structure and phrasing of the real pages; names, places, numbers and dates are changed. Sources
(bodies no earlier suite cites):

- https://docest.com/doc/264060/meeting-called-to-order-at-6-02pm-by-colt-balok (an Albuquerque community policing council: "Detective asked for more information and will look into what can be done regarding perhaps more lighting in the area.", "Ed Hordes introduced himself as … and also asked why the commander was not present", "Since there was no agenda those community members attending were given three minutes to speak.")
- https://citizenportal.ai/articles/6019572/Springfield-City/Hampden-County/Massachusetts/Police-commission-schedules-training-for-Oct-23-plans-neighborhood-outreach (Springfield police commission: "… asked members to identify meetings they would like to attend; staff member Lynn was asked to contact groups and schedule visits.", "Commissioners said training sessions typically run from about 5 p.m. to 7 p.m.")
- https://www.slcschools.org/news/2019-20/board-meeting-report/ (Salt Lake City School District board: "The Superintendent and her staff will begin inviting people to be members of the task force.", "The policy will go back to the Policy Subcommittee for discussion and come again to the full Board in a future meeting.")
- https://waynetimes.com/meetings/newark-school-meeting-march-6-2019/ (Newark school board: "the Board decided to move ahead with the drafting of a policy with the intention to revisit the potential policy on an annual basis", "The next Board of Education Meeting is 3/20 at 7:00.")
- https://meeting.sparqdata.com/Public/Minutes/mccook?meeting=30098 (McCook board of education: "Administrators from each of the buildings reported on Career Exploration opportunities …", "Superintendent … welcomed new Business Manager …")
- https://www.gov.scot/publications/forensic-governance-advisory-group-minutes-18-march-2025/ (Forensic Governance Advisory Group: "Action: Officials to arrange meeting with Minister for mid-late April.", "Action: Stakeholder meetings and advisory group meetings to continue as part of the engagement plan.", "Action: All members to continue to send comments for draft report.", "The chair noted that she will be meeting with Officials … tomorrow to go over the draft report and make edits.", "The group agreed that alternative options would also be explored in the coming weeks …")
- https://www.gov.wales/cabinet-sub-committee-justice-meeting-8-february-2023-html (Welsh Government Cabinet Sub-Committee on Justice: "The North Wales family court pathfinder pilot was also progressing and a follow up meeting to discuss progress would be arranged with the Minister …")
- https://docest.com/doc/427508/summary-minutes-of-the-dfes-board (DfES Board: "The Board asked John and Adam to consider the points raised as this issue continued to be looked at. The Board also asked for a briefing note for Ministers to be prepared …", "James Bromiley introduced the monthly Finance report to the Board.", "The Board discussed exactly what sort of business plan it wanted and thanked Kate …")
- https://scampton.parish.lincolnshire.gov.uk/council-business/home-office-meeting-notes/6 and …/3 (a Home Office multi-agency forum's notes: "HO have committed to update the factsheet and will write to all stakeholders with a date …", "The HO also advised that they would try and get some of the local police on the panel next time.", "HO advised that the migrants will now not arrive before the end of September.", "HO agreed and took these comments on board.")
- https://www.gov.uk/government/publications/migration-advisory-committee-meeting-minutes-2021/migration-advisory-committee-minutes-18-june-2021 (Migration Advisory Committee: "Della McVay provided an update on HO business.", "The Call for Evidence (CfE) has been extended for another week.", "Brian informed everyone that the HO has sent HMRC a sample of visa applications …")
- https://fdocuments.in/document/hawes-down-primary-school-part-a-minutes-of-the-governing-.html (a school's governing body: "The Action Points will be dealt with at the next meeting of the FGB on 15th July, 2020.")
- https://citizenportal.ai/articles/6004201/South-Pasadena-City/Los-Angeles-County/California/Community-Services-Commission-amends-minutes-to-reflect-disagreement-votes-to-revisit-item (South Pasadena community services commission: the commission "did not take action or make a recommendation at this time due to disagreement" and directed staff "to return the underlying agenda item for further commission consideration")
- https://citizenportal.ai/articles/1522272/Oregon-City/Clackamas-County/Oregon/Commissioners-clash-over-controversial-meeting-minutes (Oregon City planning commission: "The commission agreed to revisit the topic of minute-taking policies in future meetings …", "Commissioner LaSalle expressed strong objections to the minutes")
- https://cityofracine.legistar.com/LegislationDetail.aspx?GUID=45121DBF-0CC9-4004-9558-EE5F1FB4B3B0&ID=2084423 (Racine board of cemetery commissioners: "On a motion by Dale Slaasted seconded by Vilas Lund, the clerical staff was chosen.", "Director Snow said that the minutes of the Commission meetings were too detailed.")
- https://citizenportal.ai/articles/6746397/Grand-Prairie/Dallas-County/Texas/Proposal-to-cut-regular-council-meetings-in-half-fails-after-tie-vote (Grand Prairie city council: "… the motion failed because the council produced a 4–4 tie.", "Staff noted that the council already operates once-monthly in certain months …")
- https://griegler-aoac-org.cld.bz/Microsoft-Word-Draft-OMB-Meeting-Agenda-April-11-2019/5 (AOAC Official Methods Board: "Action Items: For items that will require OMB consensus, staff will send out pre-read materials at least one weekend in advance …", "Action Item: Move to a future OMB teleconference meeting agenda.", "Agenda item not yet discussed at this meeting.")
- The shapes the brief names ("Motion by X, seconded by Y, to direct staff to …", "Council directed staff to …", "staff will return with …", "Councilmember X requested that staff …", "the item was continued to …", "Follow-up:", "Action: Secretariat to …", "Action 3: MoJ to circulate …", "X agreed to take this away", "It was agreed that officials would …") are written in the phrasing of the council, board and forum minutes above.
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

import datetime as dt

import pytest

from agendaparse.models import Action
from minutes_page import actions_on_page, minutes_item, minutes_page, same_owners
from minutes_page import paired_action as paired

MEETING = dt.date(2024, 1, 16)  # a Tuesday
PRESENT = (
    "Present: Mayor Ellen Marsh, Councilmembers Ana Ortiz, Ben Hale, Carla Voss and Dale Pruitt. Staff: City Manager"
    " Frank Lowe, City Clerk Gina Rowe and Superintendent Helen Park."
)


def read(paragraphs: list[str]) -> list[Action]:
    return actions_on_page(minutes_page([PRESENT, *paragraphs]), minutes_item(), MEETING)


# (sentence, owners or None where the owner is not checked, due or None where the due is not checked)
NORTH_AMERICAN_STEPS = [
    pytest.param(
        "Detective Romero asked for more information and will look into what can be done regarding more lighting in"
        " the area.",
        ["Romero"],
        None,
        id="asked-and-will-look-into",
    ),  # Albuquerque
    pytest.param(
        "The commission handed out a list of neighborhood associations and asked members to pick meetings they would"
        " like to attend; staff member Dana was asked to contact the associations and schedule visits.",
        None,
        None,
        id="was-asked-to",
    ),  # Springfield
    pytest.param(
        "The Superintendent and her staff will begin inviting people to serve on the task force.",
        None,
        None,
        id="will-begin-ing",
    ),  # Salt Lake City
    pytest.param(
        "The policy will go back to the Policy Subcommittee for discussion and come again to the full Board at a"
        " future meeting.",
        None,
        None,
        id="will-go-back-to",
    ),  # Salt Lake City
    pytest.param(
        "The Board decided to move ahead with the drafting of a policy with the intention to revisit it on an annual"
        " basis.",
        [],
        None,
        id="board-decided",
    ),  # Newark
    pytest.param(
        "Motion by Councilmember Ortiz, seconded by Councilmember Hale, to direct staff to prepare an ordinance"
        " amending the sign code and return to Council within 60 days. Motion carried 4-0.",
        ["staff"],
        dt.date(2024, 3, 16),
        id="motion-direct-staff",
    ),
    pytest.param(
        "Motion by Councilmember Voss, seconded by Councilmember Pruitt, to direct the City Manager to report back"
        " within 30 days on options for the pool. Motion carried 4-0.",
        ["City Manager"],
        dt.date(2024, 2, 15),
        id="motion-direct-manager",
    ),
    pytest.param(
        "Council directed staff to examine suitable places for displaying banners in the downtown.",
        ["staff"],
        None,
        id="directed-staff",
    ),
    pytest.param(
        "Councilmember Voss requested that staff provide a cost estimate for the crosswalk lights at the April"
        " meeting.",
        None,
        dt.date(2024, 4, 30),
        id="requested-that-staff",
    ),
    pytest.param(
        "Staff will return with a revised fee schedule at the March 26 meeting.",
        ["staff"],
        dt.date(2024, 3, 26),
        id="staff-will-return",
    ),
    pytest.param(
        "The City Manager will bring back a recommendation on the parking contract at the March meeting.",
        ["City Manager"],
        dt.date(2024, 3, 31),
        id="will-bring-back",
    ),
    pytest.param(
        "The Board directed the Superintendent to bring back a recommendation on start times at the March meeting.",
        ["Superintendent"],
        dt.date(2024, 3, 31),
        id="directed-superintendent",
    ),
    pytest.param(
        "The item was continued to the April 9, 2024 meeting.",
        None,
        dt.date(2024, 4, 9),
        id="continued-to-meeting",
    ),
    pytest.param(
        "Follow-up: Lieutenant Moss will report back on the traffic enforcement numbers next month.",
        ["Moss"],
        dt.date(2024, 2, 29),
        id="follow-up-next-month",
    ),
    pytest.param(
        "The commission did not take action due to disagreement, but staff was directed to return the item to the"
        " commission's next regular meeting.",
        ["staff"],
        None,
        id="but-staff-was-directed",
    ),  # South Pasadena
    pytest.param(
        "The commission agreed to revisit the topic of minute-taking policies at a future meeting.",
        None,
        None,
        id="commission-agreed-to-revisit",
    ),  # Oregon City
    pytest.param(
        "On a motion by Dale Olsen seconded by Vilas Lund, the clerical staff was chosen.",
        [],
        None,
        id="on-a-motion-passive-decision",
    ),  # Racine
    pytest.param(
        "Staff is directed to bring the item back at the March meeting.",
        ["staff"],
        dt.date(2024, 3, 31),
        id="staff-is-directed",
    ),
    pytest.param(
        "Captain Reyes will follow up with the traffic unit about speeding on Elm Street and report back at the next"
        " meeting.",
        ["Reyes"],
        None,
        id="police-rank-owner",
    ),
]

UK_STEPS = [
    pytest.param(
        "Action: Officials to arrange a meeting with the Minister for mid-late May.",
        ["Officials"],
        dt.date(2024, 5, 31),
        id="officials-mid-late-month",
    ),  # Forensic Governance Advisory Group
    pytest.param(
        "Action: Stakeholder meetings and advisory group meetings to continue as part of the engagement plan.",
        [],
        None,
        id="meetings-to-continue",
    ),  # Forensic Governance Advisory Group
    pytest.param(
        "Action: All members to continue to send comments on the draft report.",
        None,
        None,
        id="all-members-to",
    ),  # Forensic Governance Advisory Group
    pytest.param(
        "The Chair noted that she will be meeting with officials tomorrow to go over the draft report and make edits.",
        ["Chair"],
        dt.date(2024, 1, 17),
        id="noted-that-she-will",
    ),  # Forensic Governance Advisory Group
    pytest.param(
        "The group agreed that alternative options would also be explored in the coming weeks to fully test and"
        " determine the best way forward.",
        None,
        None,
        id="agreed-options-would-be-explored",
    ),  # Forensic Governance Advisory Group
    pytest.param(
        "The coastal court pathfinder pilot was also progressing and a follow up meeting to discuss progress would be"
        " arranged with the Minister for Social Services.",
        None,
        None,
        id="follow-up-meeting-would-be-arranged",
    ),  # Welsh Cabinet Sub-Committee on Justice
    pytest.param(
        "The Board asked Peter Hale and Alan Marsh to consider the points raised as this issue continued to be looked"
        " at.",
        None,
        None,
        id="board-asked-two-people",
    ),  # DfES Board
    pytest.param(
        "The Board also asked for a briefing note for Ministers to be prepared in light of the discussion held.",
        None,
        None,
        id="asked-for-note-to-be-prepared",
    ),  # DfES Board
    pytest.param(
        "HO have committed to update the factsheet and will write to all stakeholders with a date as to when this"
        " will happen.",
        ["HO"],
        None,
        id="ho-committed",
    ),  # Scampton forum
    pytest.param(
        "The HO also advised that they would try and get some of the local police on the panel next time.",
        ["HO"],
        None,
        id="ho-advised-they-would",
    ),  # Scampton forum
    pytest.param(
        "The Action Points will be dealt with at the next meeting of the FGB on 15 April 2024.",
        None,
        dt.date(2024, 4, 15),
        id="will-be-dealt-with",
    ),  # Hawes Down
    pytest.param(
        "Action Items: For items that will require Board consensus, staff will send out pre-read materials at least"
        " one weekend in advance of the scheduled meeting.",
        ["staff"],
        None,
        id="action-items-label",
    ),  # AOAC
    pytest.param(
        "Action Item: Move to a future Board teleconference meeting agenda.",
        None,
        None,
        id="action-item-imperative",
    ),  # AOAC
    pytest.param(
        "Action 3: MoJ to circulate the revised terms of reference to members by the next Panel.",
        ["MoJ"],
        None,
        id="numbered-action-moj",
    ),
    pytest.param(
        "Action: Secretariat to write to members with the dates of the autumn meetings by end of Q2.",
        ["Secretariat"],
        dt.date(2024, 9, 30),  # stop 33: a bare quarter is the financial year's
        id="secretariat-end-of-q2",
    ),
    pytest.param(
        "Action: DfE to confirm the funding position within 30 days.",
        ["DfE"],
        dt.date(2024, 2, 15),
        id="department-within-days",
    ),
    pytest.param(
        "DWP officials to provide data on claimant numbers by the next meeting.",
        ["DWP officials"],
        None,
        id="department-officials-to",
    ),
    pytest.param(
        "It was agreed that officials would provide a note on the funding options before the summer recess.",
        ["officials"],
        dt.date(2024, 7, 31),
        id="agreed-officials-would",
    ),
    pytest.param(
        "Home Office officials agreed to take this away and report back at the next meeting.",
        ["Home Office officials"],
        None,
        id="officials-take-away",
    ),
    pytest.param(
        "Ms. Dunne agreed to take this away and come back to the Panel with proposals.",
        ["Dunne"],
        None,
        id="person-take-away",
    ),
    pytest.param(
        "Secretariat to circulate the revised timetable to members.",
        ["Secretariat"],
        None,
        id="secretariat-no-label",
    ),
]

# an owner printed in the right-hand action column (the Hawes Down minutes print one): a department's initials
MARGIN_STEPS = [
    pytest.param(
        "The revised guidance would be shared with the Panel before publication.   MoJ",
        ["MoJ"],
        id="margin-mixed-case-department",
    ),
    pytest.param(
        "Members raised the backlog of appeals and asked for the latest figures to be circulated.   DfT",
        ["DfT"],
        id="margin-request-department",
    ),
    pytest.param(
        "Members asked that the guidance on remote hearings be published before the summer.   HO",
        ["HO"],
        id="margin-capitals-department",
    ),
]

# "Actions arising" closing the paper: each line an action, its owner the department or post it opens with
ACTIONS_ARISING = [
    "Actions arising",
    "Secretariat to circulate the revised timetable to members.",
    "Officials to provide a note on legal aid eligibility by the next Panel.",
    "HMCTS to share the backlog figures by end of Q2.",
]

NOT_ACTIONS = [
    pytest.param("HO advised that the new arrivals will now not come before the end of September.", id="forecast"),
    pytest.param("Della Price provided an update on HO business.", id="provided-update"),  # MAC
    pytest.param("The call for evidence has been extended for another week.", id="extended-already"),  # MAC
    pytest.param(
        "Brian informed everyone that the HO has sent HMRC a sample of visa applications to match with HMRC data.",
        id="has-sent",
    ),  # MAC
    pytest.param("James Bromley introduced the monthly finance report to the Board.", id="introduced"),  # DfES
    pytest.param("HO agreed and took these comments on board.", id="took-on-board"),  # Scampton
    pytest.param(
        "The Board discussed exactly what sort of business plan it wanted and thanked Kate for her thinking on this.",
        id="discussed-thanked",
    ),  # DfES
    pytest.param("No one wished to address the City Council.", id="no-one-wished"),
    pytest.param(
        "Ed Horne introduced himself as Executive Director of the Police Oversight Board and also asked why the"
        " commander was not present at the meetings.",
        id="asked-why",
    ),  # Albuquerque
    pytest.param(
        "Since there was no agenda those community members attending were given three minutes to speak.",
        id="were-given",
    ),  # Albuquerque
    pytest.param(
        "Administrators from each of the buildings reported on career exploration opportunities in their respective"
        " grades.",
        id="reported-on",
    ),  # McCook
    pytest.param(
        "Superintendent Grant Norby welcomed the new Business Manager, John Brandt, to the school and community.",
        id="welcomed",
    ),  # McCook
    pytest.param("Commissioners said training sessions typically run from about 5 p.m. to 7 p.m.", id="said-run"),
    pytest.param("The next Board of Education meeting is 3/20 at 7:00.", id="next-meeting-notice"),  # Newark
    pytest.param("Agenda item not yet discussed at this meeting.", id="not-discussed"),  # AOAC
    pytest.param("The motion failed on a 4-4 tie.", id="motion-failed"),  # Grand Prairie
    pytest.param(
        "Staff noted that the council already meets once a month in certain months.", id="staff-noted-practice"
    ),  # Grand Prairie
    pytest.param("Director Snow said that the minutes of the commission meetings were too detailed.", id="said-view"),
    pytest.param("Commissioner LaSalle expressed strong objections to the minutes.", id="objections"),  # Oregon City
    pytest.param(
        "Lieutenant Park noted that citations issued were up significantly from the same period last year.",
        id="noted-figures",
    ),
]


@pytest.mark.parametrize(("sentence", "owners", "due"), NORTH_AMERICAN_STEPS + UK_STEPS)
def test_step_is_an_action(sentence: str, owners: list[str] | None, due: dt.date | None) -> None:
    found = read([sentence])
    action = paired(sentence, found)
    assert action is not None, found
    if owners is not None:
        assert same_owners(action.owners, owners), action.owners
    if due is not None:
        assert action.due == due, (action.due, action.due_text)


@pytest.mark.parametrize("sentence", NOT_ACTIONS)
def test_not_an_action(sentence: str) -> None:
    found = read([sentence])
    assert paired(sentence, found) is None, found


@pytest.mark.parametrize(("sentence", "owners"), MARGIN_STEPS)
def test_owner_in_the_action_column(sentence: str, owners: list[str]) -> None:
    found = read([sentence])
    action = paired(sentence.split("   ")[0], found)
    assert action is not None, found
    assert same_owners(action.owners, owners), action.owners


def test_actions_arising_at_the_end() -> None:
    found = read(ACTIONS_ARISING)
    expected = [
        (["Secretariat"], None),
        (["Officials"], None),
        (["HMCTS"], dt.date(2024, 9, 30)),  # stop 33: the financial year's Q2
    ]
    for line, (owners, due) in zip(ACTIONS_ARISING[1:], expected, strict=True):
        action = paired(line, found)
        assert action is not None, (line, found)
        assert same_owners(action.owners, owners), (line, action.owners)
        assert action.due == due, (line, action.due)
