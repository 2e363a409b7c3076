"""Round 14 (issue #6, recall on bodies not read before): actions, owners, due dates and organisations in the
minutes of English city, district and unitary councils' scrutiny committees and health and wellbeing boards, a
Scottish police and fire board, an NHS public health board in Wales, an NHS trust board, parish councils, a
school's governing body, a county's fire, police and ambulance collaboration and a US town council; and the
regular expressions of nlp.py that were quadratic on long adversarial lines.

Each case keeps the structure and phrasing pattern of a real page but changes names, places and numbers; the
truth asserted is what an annotator would record by corpus/gold/README.md (`actions`: "X to …", "X will/would …",
each RESOLVED bullet, requests and decisions; owners are the names, roles or bodies the text names as acting;
`organisations`: named bodies, councils, police forces, NHS bodies, companies and charities). The pages the
patterns were learned from:

- https://democracy.sheffield.gov.uk/mgAi.aspx?ID=18143 (scrutiny: "RESOLVED: That the Committee:- (a) notes the
  information now reported; and (b) requests the Policy and Improvement Officer to investigate … and report back
  … to the next meeting")
- https://democracy.sheffield.gov.uk/mgAi.aspx?ID=18614 ("(b) requests that a meeting be arranged with …")
- https://docslib.org/doc/892669/10-1-minutes-of-meeting-of-the-shadow-midlothian-police (Scottish police and
  fire board: members listed under their bodies, "Decision (a) To recommend to the Council that …",
  "(Action: Head of Housing and Community Safety/ Legal and Secretariat Manager)")
- https://www.eltonparishcouncil.org.uk/minutes-november-2011/ (parish: "Parish Clerk to send off appropriate
  claim form.", "Parish Clerk to write to Mr … confirming this.", payees named as companies and councils)
- http://wilsteadvillage.org.uk/parish-council/feb-minutes.html (parish: "CP to send a poster … Action 2.01: CP")
- http://stmarybourne-pc.gov.uk/index.php/en/minutes-agendas/minutes/465-draft-minutes-of-full-council-meeting-13-september-2016
  ("The chairman and vice-chairman will decide on how the council will proceed with recruiting …")
- http://www.clayhidon.org.uk/parish-council-1/clayhidon-parish-council-archive/minutes-november-2013-working-group
  ("Mr Hill would put together a statement to be used at the meeting with …")
- https://democracy.bcpcouncil.gov.uk/ieIssueDetails.aspx?IId=12855&Opt=3 (health and wellbeing board: "the Deputy
  Head of Democratic Services reported that she would check on any further approvals that were required")
- http://moderngov.dorsetcouncil.gov.uk/ieListDocuments.aspx?CId=431&MeetingId=4625 ("It was proposed by Cllr …
  and seconded by … that Cllr … be elected Chairman …" then "Decision: That Cllr … be elected Chairman …")
- https://vailgovrecords.com/WebLink/DocView.aspx?id=798195&dbid=0&repo=TownofVailLaserfiche (US town council:
  "Foley made a motion to approve … and Tjossem seconded the motion. A vote was taken and the motion passed 5-0-2")
- https://docsbay.net/doc/1031255/present-in-part (Public Health Wales board: members with their bodies, "Wales
  Audit Office", "Velindre Charitable Funds Committee")
- https://dokumen.tips/amp/documents/minutes-of-the-board-of-directors-meeting-held-on-21-apologies-were-received.html
  (NHS trust board: members with initials, a "Details / Actions" layout with the owner's initials in the margin)
- https://glostext.gloucestershire.gov.uk/mgAi.aspx?ID=41645 (fire, police and ambulance collaboration: "Fire and
  Rescue Service (GFRS)", "Constabulary", "Ambulance Service NHS Foundation Trust (SWAST)")
- https://docsbay.net/doc/415706/sandhills-school-paper (school governing body: members with initials, "AA
  proposed that the standing orders produced by Governor Services should be adopted")
- http://www.essexinfo.net/highwood/agenda/agenda-9th-january-2019/ (parish: "… Casualty Reduction Section, Essex
  Police", "the Monitoring Officer of Chelmsford City Council")

Each case is laid out as a page of minutes and read by the real NLP pass, as the earlier round suites do.
"""

from __future__ import annotations

import datetime as dt

import pytest

from action_pairing import found_action
from agendaparse.evaluate import norm_name
from agendaparse.models import Action
from agendaparse.nlp import CONFIRMED_BODY_RE, DUE_LABEL_RE, ORG_RE, given_name_people
from minutes_page import actions_on_page, minutes_item, minutes_page, organisations_on_page, same_owners

MEETING = dt.date(2025, 3, 11)  # a Tuesday
MEMBERS = (
    "Present: Alison Rudd (AR) (Chair), Kieran Boyd (KB), Fiona Lattimer (FL), Sunil Desai (SD), Megan Price (MP), "
    "Owen Tranter (OT) (Clerk)"
)


def run(paragraphs: list[str]) -> list[Action]:
    page = minutes_page([MEMBERS, *paragraphs, "Date of next meeting: Tuesday 8 April 2025."])
    return actions_on_page(page, minutes_item(number="4"), MEETING)


# --- detection and owners ------------------------------------------------------------------------------------

# (printed paragraphs, the action as recorded, its owners)
OWNER_CASES = [
    pytest.param(
        [
            "RESOLVED: That the Committee:-",
            "(a) notes the information now reported; and",
            "(b) requests the Policy and Improvement Officer to look into the two issues raised, and report back on "
            "possible outcomes to the next meeting.",
        ],
        "requests the Policy and Improvement Officer to look into the two issues raised, and report back on possible "
        "outcomes to the next meeting.",
        ["Policy and Improvement Officer"],
        id="resolved-list-requests-officer",
    ),
    pytest.param(
        [
            "RESOLVED: That the Committee:-",
            "(a) notes the information now reported; and",
            "(b) requests that a meeting be arranged with the relevant Cabinet Member and the scrutiny chairs to "
            "discuss the frequency of meetings.",
        ],
        "requests that a meeting be arranged with the relevant Cabinet Member and the scrutiny chairs to discuss the "
        "frequency of meetings.",
        [],
        id="resolved-list-requests-that",
    ),
    pytest.param(
        [
            "It was agreed that we ask for a precept of £14,500 for the next financial year. Proposed Cllr Boyd, "
            "seconded Cllr Desai, all in favour. Parish Clerk to send off the claim form."
        ],
        "Parish Clerk to send off the claim form.",
        ["Parish Clerk"],
        id="parish-clerk-to",
    ),
    pytest.param(
        [
            "Cllr Boyd proposed that Cllr Price be the second representative. Parish Clerk to write to Mr Hale "
            "confirming this."
        ],
        "Parish Clerk to write to Mr Hale confirming this.",
        ["Parish Clerk"],
        id="parish-clerk-to-write",
    ),
    pytest.param(
        [
            "The Parish Council welcomed the presentation and MP to send a poster so that the Parish Council can "
            "circulate the information more widely. Action 2.01: MP"
        ],
        "MP to send a poster so that the Parish Council can circulate the information more widely.",
        ["Megan Price"],
        id="initials-to-then-action-ref",
    ),
    pytest.param(
        ["The Chairman and Vice-Chairman will decide how the council will proceed with recruiting a new clerk."],
        "The Chairman and Vice-Chairman will decide how the council will proceed with recruiting a new clerk.",
        ["Chairman", "Vice-Chairman"],
        id="two-roles-will",
    ),
    pytest.param(
        ["Mr Boyd would put together a statement to be used at the meeting with the highways officer."],
        "Mr Boyd would put together a statement to be used at the meeting with the highways officer.",
        ["Kieran Boyd"],
        id="title-surname-would",
    ),
    pytest.param(
        [
            "The Deputy Head of Democratic Services reported that she would check on any further approvals that were "
            "required."
        ],
        "The Deputy Head of Democratic Services reported that she would check on any further approvals that were "
        "required.",
        ["Deputy Head of Democratic Services"],
        id="role-reported-she-would",
    ),
    pytest.param(
        [
            "Kieran Boyd made a motion to approve the minutes of 4 February and Sunil Desai seconded the motion. A "
            "vote was taken and the motion passed 5-0."
        ],
        "Kieran Boyd made a motion to approve the minutes of 4 February and Sunil Desai seconded the motion.",
        [],
        id="us-made-a-motion",
    ),
    pytest.param(
        ["Decision", "That Cllr Rudd be elected Chairman for the remainder of the year 2024/25."],
        "That Cllr Rudd be elected Chairman for the remainder of the year 2024/25.",
        [],
        id="decision-heading-then-that",
    ),
    pytest.param(
        ["The Clerk and Cllr Lattimer to meet the contractor on site to agree the programme of works."],
        "The Clerk and Cllr Lattimer to meet the contractor on site to agree the programme of works.",
        ["Clerk", "Fiona Lattimer"],
        id="role-and-member-to",
    ),
    pytest.param(
        ["Officers to bring a revised scheme of delegation to the next meeting of the Committee."],
        "Officers to bring a revised scheme of delegation to the next meeting of the Committee.",
        ["Officers"],
        id="officers-to",
    ),
    pytest.param(
        ["The Head of Planning will provide members with a briefing note on the appeal decision."],
        "The Head of Planning will provide members with a briefing note on the appeal decision.",
        ["Head of Planning"],
        id="head-of-will",
    ),
    pytest.param(
        ["The Board asked that the cost improvement plan be presented at the April meeting.   FL"],
        "The Board asked that the cost improvement plan be presented at the April meeting.",
        ["Fiona Lattimer"],
        id="board-asked-margin-initials",
    ),
    pytest.param(
        ["AR proposed that the standing orders produced by Governor Services should be adopted with minor changes."],
        "AR proposed that the standing orders produced by Governor Services should be adopted with minor changes.",
        [],
        id="governors-proposed-that",
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "owners"), OWNER_CASES)
def test_detection(paragraphs, text, owners):
    assert found_action(run(paragraphs), text) is not None, text


@pytest.mark.parametrize(("paragraphs", "text", "owners"), OWNER_CASES)
def test_owners(paragraphs, text, owners):
    action = found_action(run(paragraphs), text)
    if action is None:
        pytest.skip("not detected (counted under detection)")
    assert same_owners(action.owners, owners), action.owners


# --- due dates -------------------------------------------------------------------------------------------------

# (sentence, the due date as recorded)
DUE_CASES = [
    pytest.param(
        "The Clerk to obtain three quotes for the bus shelter by 30 April.", dt.date(2025, 4, 30), id="by-date"
    ),
    pytest.param(
        "Officers to report back on possible outcomes to the next meeting.", dt.date(2025, 4, 8), id="next-meeting"
    ),
    pytest.param(
        "The Head of Finance to circulate the revised budget before the end of March.",
        dt.date(2025, 3, 31),
        id="end-of-month",
    ),
    pytest.param(
        "KB to send the draft policy to governors by Friday 21 March 2025.", dt.date(2025, 3, 21), id="weekday-date"
    ),
]


@pytest.mark.parametrize(("text", "due"), DUE_CASES)
def test_due_dates(text, due):
    action = found_action(run([text]), text)
    assert action is not None, text
    assert action.due == due, (action.due, action.due_text)


# --- organisations ---------------------------------------------------------------------------------------------

# (printed paragraphs, organisations an annotator lists from them)
ORGANISATION_CASES = [
    pytest.param(
        [
            "Present:- Angus Council: Councillors Reid (Chair), Baxter and Munro;",
            "Tayside and Fife Police: Chief Inspector R Duncan;",
            "Tayside Fire and Rescue: Mr P Gourlay, Local Senior Fire Officer;",
            "NHS Tayside: Mrs E Small;",
            "Angus Voluntary Action: Mr G Wilson.",
        ],
        {
            "Angus Council",
            "Tayside and Fife Police",
            "Tayside Fire and Rescue",
            "NHS Tayside",
            "Angus Voluntary Action",
        },
        id="members-under-their-bodies",
    ),
    pytest.param(
        [
            "The Deputy Police and Crime Commissioner gave an update on collaboration between Wiltshire Fire and "
            "Rescue Service (WFRS) and Wiltshire Constabulary. South Central Ambulance Service NHS Foundation "
            "Trust (SCAS) had attended the most recent meeting."
        ],
        {
            "Wiltshire Fire and Rescue Service",
            "Wiltshire Constabulary",
            "South Central Ambulance Service NHS Foundation Trust",
        },
        id="fire-police-ambulance",
    ),
    pytest.param(
        [
            "Present in part: Ms Tracy Veale, Wales Audit Office; Mr Andrew Strong, Wales Audit Office.",
            "The Chair welcomed all in attendance to the twelfth meeting of the Public Health Wales Board.",
        ],
        {"Wales Audit Office", "Public Health Wales"},
        id="welsh-health-board",
    ),
    pytest.param(
        [
            "Payments: Moore Stephens - external audit £216.00; MHB Services - street light maintenance £47.00; "
            "Yarwell Parish Council - reimbursement of training course £133.62."
        ],
        {"Moore Stephens", "MHB Services", "Yarwell Parish Council"},
        id="payees",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a firm named only by its partners' surnames ('Moore Stephens') carries no organisation word, and "
            "'MHB Services' starts with an acronym the chain does not take as a name's word; the payee column "
            "needs the payments table's reading, not a prose rule",
        ),
    ),
    pytest.param(
        [
            "Matt Hine, Operational Tasking Supervisor, Casualty Reduction Section, Essex Police, will explain how "
            "Speedwatch data is processed.",
            "Councillors must inform the Monitoring Officer of Braintree District Council within 28 days.",
        ],
        {"Essex Police", "Braintree District Council"},
        id="police-and-district-council",
    ),
    pytest.param(
        ["Claire Poulton of the Greensand Country Partnership gave an overview of the landscape project."],
        {"Greensand Country Partnership"},
        id="partnership",
    ),
    pytest.param(
        ["The minutes of the Board of Directors of Richmond Hospital NHS Trust held on 28 January 2025 were agreed."],
        {"Richmond Hospital NHS Trust"},
        id="nhs-trust",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), ORGANISATION_CASES)
def test_organisations_found(paragraphs, expected):
    found = {norm_name(name) for name in organisations_on_page(minutes_page(paragraphs))}
    missing = {name for name in expected if norm_name(name) not in found}
    assert not missing, (missing, found)


NOT_ORGANISATION_LINES = [
    ("The Community Safety Responders model was praised.", "Community Safety Responders"),
    ("The Chair welcomed Ruth Davies to her first Board meeting.", "Ruth Davies"),
    (
        "Local Strategic Partnerships should be engaged with the work of the partnership.",
        "Local Strategic Partnerships",
    ),
]


@pytest.mark.parametrize(("line", "name"), NOT_ORGANISATION_LINES, ids=[n for _, n in NOT_ORGANISATION_LINES])
def test_not_organisations(line, name):
    found = {norm_name(found) for found in organisations_on_page(minutes_page([line]))}
    assert norm_name(name) not in found, found


# --- long adversarial lines (Task C: these regexes were quadratic; no timing asserts) ----------------------------

ADVERSARIAL = [
    " " * 20000,
    "\t \n" * 6000,
    "Aa-" * 7000,
    "Aa’" * 7000,
    "Aa&" * 7000,
    "''A" * 7000,
    "John Smith " * 2000,
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=[repr(t[:6]) for t in ADVERSARIAL])
def test_long_adversarial_lines(text):
    assert DUE_LABEL_RE.split(text, maxsplit=1)
    assert CONFIRMED_BODY_RE.search(text) is None
    list(ORG_RE.finditer(text))
    given_name_people(text)


def test_regex_matches_kept():
    assert DUE_LABEL_RE.split("X to do Y.   Due: end of March", maxsplit=1)[2] == "end of March"
    assert DUE_LABEL_RE.match("Deadline: 31 March")
    assert (
        CONFIRMED_BODY_RE.search("The Environment Agency has confirmed the work")["owner"] == "The Environment Agency"
    )
    assert ORG_RE.search("a letter from Mid-Suffolk District Council")[1] == "Mid-Suffolk District Council"
    assert ORG_RE.search("a copy of 'The Civil Service Commission' list")[1] == "The Civil Service Commission"
    assert ORG_RE.search("-Kent County Council")[1] == "Kent County Council"
    assert given_name_people("Betty Ellen Lane and John Smith attended") == ["John Smith"]
