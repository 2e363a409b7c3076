"""Round 69 (actions of kinds of bodies the corpus has not seen), read through the real NLP pass:

- NHS trust boards: a board's steps in an action log's reference ("September 2024 2024.5.105 – Ms Thorne to arrange
  …", "Action 24/104: The Chief Nurse will bring …"), clinical posts as owners ("Chief Nurse", "Deputy Chief Nurse",
  "Director of Midwifery"), decisions printed in capitals ("The Board APPROVED …": owners []), and what a board only
  notes, receives or is told;
- school governing boards and academy trusts: "It was agreed that the Clerk would speak to …", "HT to circulate … by
  the end of term", "Governors agreed that the Finance Director would present …" (someone else named to act owns the
  step, corpus/gold/README.md "Resolution owners"), a named school term as a due ("in the spring term": the end of
  that term), and a term of office ("to serve for 2 years until the Autumn term meeting 2026") that is no due;
- fire authorities, police and crime panels, combined authorities, joint committees and charity trustees: numbered
  resolution parts in the subjunctive ("3. the Chief Fire Officer bring a report …"), a panel's request to its
  commissioner with a due "within 28 days", "The Combined Authority agreed that officers would report back … in the
  new year", "That delegated authority be granted to the Head of Paid Service to …" (the delegate owns it), "in Q3";
- commitments and steps inside long sentences (README "actions"): "In response to a question from Dr X about …, the
  Chief Operating Officer agreed to …" (the lead-in and the post whole), "… at length and the Director of People
  undertook to …", "Having considered the options, the Authority agreed that the Chief Fire Officer would …", two
  clinical posts before "to", and the subject's "; she would share …" after a report and a semicolon;
- not actions: a formally proposed and seconded approval of the minutes, an action log accepted, reports presented,
  read, noted or received, progress reported, what a body is or was told, and past agreements ("Trustees had
  additionally agreed that …").

Sentences keep the structure and phrasing of the real pages; names, places, bodies and numbers are changed. Sources
(bodies no earlier suite cites):

- https://studylib.net/doc/18440521/trust-board-minutes-november-2015-board (Shropshire Community Health NHS Trust
  board: "September 2015 2015.5.105 – Ms Thornby to arrange for the role of a staff Health and Well-being Board
  champion to be defined via the HR and Workforce Group.", "Members accepted the action log …", "Mr Gregory FORMALLY
  PROPOSED that the Minutes … The proposal was SECONDED by Dr Ganesh.")
- https://vdocument.in/minutes-of-a-meeting-of-the-camden-and-papers-ms-deborah-wright-head-of-social.html and
  https://dokumen.tips/documents/minutes-of-a-meeting-of-the-camden-and-islington-nhs-5232017-1701074.html (Camden and
  Islington NHS Foundation Trust board of directors: "Director of Nursing and People", "Ms Quinn presented this report
  on the 2016 staff survey results.")
- https://docsbay.net/st-edward-s-school-eastleigh-road-kettering and
  https://docsbay.net/minutes-of-the-board-of-directors-meeting-held-on-19th-april-2017 (St Luke Academies Trust board
  of directors: "It was agreed that the Clerk would speak to Alison Webster regarding the costs for buying into
  Governors Support Services.", "Mr E McAuley stated he had made little progress in arranging training …", "The
  SID/AO has written to the DfE and was awaiting a response.")
- https://paperzz.com/doc/8810460/lat-board-minutes-apr-2014 (LDBS Academies Trust board: "Action | Who | Deadline",
  "File signed minutes and agenda pack FN asap": initials as owners of the clerk's steps)
- https://dokumen.tips/documents/bolton-impact-trust-meeting-of-the-local-governing-present-alison-woosey-hazel.html and
  https://fdocuments.in/download/bolton-impact-trust-meeting-of-the-local-principal-jemma-stamford-js-trust.html
  (Bolton Impact Trust local governing boards: "Resolved: That Heather Carr be appointed as Chair of the Secondary LGB
  to serve for 2 years until the Autumn term meeting 2020", "All Trust Members, Local Governors and the Academy Leads
  were asked to complete the LA model pro-forma", "it would be appropriate to defer the appointment of a Chair and
  Vice-Chair to the next meeting")
- https://vdocument.in/minutes-of-the-meeting-of-the-governing-body-of-summary-pre-june-2018-bap-modelling.html
  (SYMAT board of trustees: "Trustees had supported the nomination of Mr I Warman …; and furthermore … had
  additionally agreed that Mr I Warman would act as a 'Chair designate' until Mr Pennington formally stepped down.")
- https://moderngov.merseytravel.gov.uk/ieIssueDetails.aspx?IId=33764&Opt=3 (Liverpool City Region Combined
  Authority: "Members were advised that recommendation D would be deferred to a future meeting.", "delegated
  authority be granted to the Head of Paid Service, Directors and Statutory Officers to expend up to £1million …")
- https://www.paralympicheritage.org.uk/npht-trustees-meeting-summary-thursday-22nd-september-2022 (National
  Paralympic Heritage Trust trustees: "The Trustees agreed that this should continue to be progressed.", "The
  Trustees voted to approve the Management accounts and the cashflow report.", "The EVM's … report … were read by the
  Trustees in advance of the meeting.", "The CEO confirmed that the Matters Arising from the previous meeting were
  either completed or progressing.")
- https://docslib.org/doc/3178509/leicester-leicestershire-and-rutland-police-and-crime-panel (Leicester,
  Leicestershire and Rutland Police and Crime Panel, a joint committee: "The Police and Crime Panel will be a joint
  Committee of Blaby District Council, …", "Review and report/make recommendations to the PCC …")

The fire authority's numbered resolution ("the Treasurer be authorised to make appropriate adjustments …", "the Chief
Fire Officer bring a report to the Committee with recommendations for …"), and the dues the brief names ("in the new
year", "Q3", "within 28 days", "ahead of the budget-setting meeting", "at the next meeting", "by the end of term") are
written in the phrasing of the pages above.
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

import datetime as dt

import pytest

from minutes_page import BOARD_MEETING, board_actions, check_paired_action
from minutes_page import paired_action as paired

MEETING = BOARD_MEETING


read = board_actions


# (sentence, owners or None where not checked, due or "any" where not checked)
NHS_BOARD_STEPS = [
    pytest.param(
        "September 2024 2024.5.105 – Ms Thorne to arrange for the role of a staff Health and Wellbeing champion to be"
        " defined via the HR and Workforce Group.",
        ["J Thorne"],
        None,
        id="action-log-reference-name-to",
    ),  # Shropshire Community Health
    pytest.param(
        "Action 24/104: The Chief Nurse will bring a report on safer staffing to the March meeting.",
        ["Chief Nurse"],
        dt.date(2025, 3, 31),
        id="action-reference-chief-nurse-will-bring",
    ),
    pytest.param(
        "The Chief Nurse will bring a report on safer staffing to the March meeting.",
        ["Chief Nurse"],
        dt.date(2025, 3, 31),
        id="chief-nurse-will-bring",
    ),
    pytest.param(
        "The Deputy Chief Nurse agreed to share the ward accreditation results with the Quality Committee.",
        ["Deputy Chief Nurse"],
        None,
        id="deputy-chief-nurse-agreed",
    ),
    pytest.param(
        "The Director of Midwifery will present the maternity safety update to the Board in the new year.",
        ["Director of Midwifery"],
        dt.date(2025, 1, 31),
        id="director-of-midwifery-new-year",
    ),
    pytest.param(
        "The Director of Nursing will bring the safer staffing review back to the Board in the new year.",
        ["Director of Nursing"],
        dt.date(2025, 1, 31),
        id="director-of-nursing-new-year",
    ),  # Camden and Islington
    pytest.param(
        "The Medical Director agreed to present the learning from deaths report to the Quality Committee in Q3.",
        ["Medical Director"],
        dt.date(2024, 12, 31),  # stop 33: a bare quarter is the financial year's
        id="medical-director-q3",
    ),
    pytest.param(
        "The Chief Nursing Officer will bring the maternity update to the next Board meeting.",
        ["Chief Nursing Officer"],
        "any",
        id="chief-nursing-officer-next-board",
    ),
    pytest.param(
        "Action 24/117 – Director of Finance to circulate the capital programme to Board members.",
        ["Director of Finance"],
        None,
        id="action-reference-dash-post-to",
    ),
    pytest.param(
        "ACTION: The Company Secretary to update the register of interests before the next meeting.",
        ["Company Secretary"],
        "any",
        id="action-company-secretary-before-next-meeting",
    ),
    pytest.param(
        "The Board APPROVED the revised Risk Management Strategy.",
        [],
        None,
        id="board-approved-capitals",
    ),
    pytest.param(
        "The Board APPROVED the Annual Infection Prevention and Control Report and the Board Assurance Framework.",
        [],
        None,
        id="board-approved-two-papers",
    ),
]

SCHOOL_STEPS = [
    pytest.param(
        "It was agreed that the Clerk would speak to Alison Webb regarding the costs for buying into Governors Support"
        " Services.",
        ["Clerk"],
        None,
        id="agreed-clerk-would-speak-to-named-person",
    ),  # St Luke Academies Trust
    pytest.param(
        "It was agreed that the Clerk would write to the local authority regarding the admissions consultation.",
        ["Clerk"],
        None,
        id="agreed-clerk-would-write",
    ),
    pytest.param(
        "HT to circulate the pupil premium strategy to governors by the end of term.",
        ["HT"],
        dt.date(2024, 12, 31),
        id="ht-to-circulate-end-of-term",
    ),
    pytest.param(
        "Clerk to circulate the dates of next year's meetings.",
        ["Clerk"],
        None,
        id="clerk-to-circulate",
    ),
    pytest.param(
        "FN to file the signed minutes and agenda pack.",
        ["FN"],
        None,
        id="initials-to-file",
    ),  # LDBS Academies Trust
    pytest.param(
        "Governors agreed that the Finance Director would present the revised budget ahead of the budget-setting"
        " meeting.",
        ["Finance Director"],
        "any",
        id="governors-agreed-that-post-would",
    ),
    pytest.param(
        "Governors agreed that the Finance Director would present the revised budget at the next meeting.",
        ["Finance Director"],
        "any",
        id="governors-agreed-that-post-would-next-meeting",
    ),
    pytest.param(
        "Governors agreed to defer the appointment of a Chair and Vice-Chair to the next meeting.",
        ["Governors"],
        "any",
        id="governors-agreed-to-defer",
    ),  # Bolton Impact Trust, as round 13 reads "Members agreed to …"
    pytest.param(
        "Directors agreed to review the scheme of delegation in the spring term.",
        ["Directors"],
        dt.date(2025, 3, 31),
        id="directors-agreed-spring-term",
    ),
    pytest.param(
        "Governors asked the Headteacher to circulate the revised behaviour policy in the summer term.",
        ["Headteacher"],
        dt.date(2025, 7, 31),
        id="asked-headteacher-summer-term",
    ),
    pytest.param(
        "Resolved: That Helen Carr be appointed as Chair of the Secondary LGB to serve for 2 years until the Autumn"
        " term meeting 2026.",
        [],
        None,
        id="appointed-term-of-office-no-due",
    ),  # Bolton Impact Trust
    pytest.param(
        "RESOLVED that Mr R Phelps be elected as Chairman of the Fire Authority for the ensuing year, to hold office"
        " until his successor becomes entitled to act.",
        [],
        None,
        id="elected-hold-office-until-successor",
    ),
    pytest.param(
        "All Trust Members, Local Governors and the Academy Leads were asked to complete the LA model pro-forma.",
        None,
        None,
        id="were-asked-to-complete",
    ),  # Bolton Impact Trust
]

AUTHORITY_STEPS = [
    pytest.param(
        "The Chief Fire Officer agreed to bring a report on the Community Safety project to the Committee in the new"
        " year.",
        ["Chief Fire Officer"],
        dt.date(2025, 1, 31),
        id="chief-fire-officer-new-year",
    ),
    pytest.param(
        "The Commissioner agreed to provide the Panel with a written response within 28 days.",
        ["Commissioner"],
        dt.date(2024, 12, 12),
        id="commissioner-within-28-days",
    ),
    pytest.param(
        "The Panel asked that the Commissioner provide a briefing on the Victims' Strategy within 28 days.",
        ["Commissioner"],
        dt.date(2024, 12, 12),
        id="panel-asked-that-commissioner",
    ),
    pytest.param(
        "The Panel requested that the Commissioner report back on the precept ahead of the budget-setting meeting.",
        ["Commissioner"],
        "any",
        id="panel-requested-ahead-of-budget-setting",
    ),
    pytest.param(
        "The Combined Authority agreed that officers would report back on the bus franchising consultation in the new"
        " year.",
        ["officers"],
        dt.date(2025, 1, 31),
        id="authority-agreed-that-officers-would",
    ),
    pytest.param(
        "Members asked that officers bring a further report to the Joint Committee in Q3.",
        ["officers"],
        dt.date(2024, 12, 31),  # stop 33
        id="joint-committee-officers-q3",
    ),
    pytest.param(
        "RESOLVED – That delegated authority be granted to the Head of Paid Service to expend up to £1million in"
        " relation to decisions in the Thematic Fund.",
        ["Head of Paid Service"],
        None,
        id="delegated-authority-be-granted",
    ),  # Liverpool City Region
    pytest.param(
        "The Treasurer will circulate the reserves policy to trustees at the next meeting.",
        ["Treasurer"],
        "any",
        id="treasurer-will-next-meeting",
    ),
    pytest.param(
        "The Trustees agreed that this should continue to be progressed.",
        [],
        None,
        id="trustees-agreed-that",
    ),  # National Paralympic Heritage Trust
    pytest.param(
        "The Trustees voted to approve the management accounts and the cashflow report.",
        [],
        None,
        id="trustees-voted-to-approve",
    ),
]

# README "actions": proposals and commitments inside long sentences, in these bodies' shapes
LONG_SENTENCE_STEPS = [
    pytest.param(
        "In response to a question from Dr Ganesan about the backlog, the Chief Operating Officer agreed to circulate"
        " the recovery trajectory to members before the next meeting.",
        ["Chief Operating Officer"],
        "any",
        id="question-from-member-lead-in-post-agreed",
    ),
    pytest.param(
        "The Board discussed the staff survey results at length and the Director of People undertook to bring a"
        " revised action plan to the Board in January.",
        ["Director of People"],
        dt.date(2025, 1, 31),
        id="post-undertook-after-and",
    ),  # Camden and Islington's staff survey item
    pytest.param(
        "Having considered the options, the Authority agreed that the Chief Fire Officer would consult the Fire"
        " Brigades Union ahead of the budget-setting meeting.",
        ["Chief Fire Officer"],
        "any",
        id="having-considered-authority-agreed-that-post-would",
    ),
    pytest.param(
        "Action 24/109 – Chief Nurse and Medical Director to review the mortality data and report to the Quality"
        " Committee in February.",
        ["Chief Nurse", "Medical Director"],
        dt.date(2025, 2, 28),
        id="two-clinical-posts-to",
    ),
    pytest.param(
        "The Treasurer explained the variance and offered to meet the auditors with the Chair of the Finance Committee"
        " before the AGM.",
        ["Treasurer"],
        "any",
        id="explained-and-offered",
    ),
    pytest.param(
        "It was noted that the Headteacher would write to parents about the new uniform supplier by the end of term.",
        ["Headteacher"],
        dt.date(2024, 12, 31),
        id="noted-that-headteacher-would",
    ),
    pytest.param(
        "The Trustees asked the CEO to draft a fundraising strategy for consideration at the next meeting.",
        ["CEO"],
        "any",
        id="trustees-asked-ceo",
    ),  # National Paralympic Heritage Trust
    pytest.param(
        "The Panel noted the response and the Chair asked the Commissioner to provide a written update on the 101"
        " service within 28 days.",
        ["Commissioner"],
        dt.date(2024, 12, 12),
        id="noted-and-chair-asked-commissioner",
    ),
    pytest.param(
        "Ms Thorne reported that the audit had been completed; she would share the findings with the Audit Committee in"
        " Q4.",
        ["J Thorne"],
        dt.date(2025, 3, 31),  # stop 33: the financial year's Q4
        id="reported-then-pronoun-would-after-semicolon",
    ),
]

FIRE_RESOLUTION = [
    "RESOLVED that:",
    "1. the Fire Authority be recommended to increase the Band D precept by 2.98% in 2025/26;",
    "2. the Treasurer be authorised to make appropriate adjustments to the phasing of the use of reserves; and",
    "3. the Chief Fire Officer bring a report to the Committee with recommendations for undertaking a Community Safety"
    " project.",
]

NOT_ACTIONS = [
    pytest.param(
        "Mr Gale FORMALLY PROPOSED that the Minutes of the Board Meeting held on 26 September 2024 be received and"
        " approved as an accurate record. The proposal was SECONDED by Dr Ganesan.",
        id="formally-proposed-minutes",
    ),  # Shropshire Community Health
    pytest.param(
        "Members accepted the action log giving an update on actions from the last meeting.", id="log-accepted"
    ),
    pytest.param(
        "Ms Thorne said that Occupational Health and HR had identified the role, including engaging with external"
        " stakeholders to help raise its profile.",
        id="said-had-identified",
    ),
    pytest.param("Ms Quill presented this report on the 2024 staff survey results.", id="presented-report"),
    pytest.param("The Board NOTED the report.", id="board-noted-capitals"),
    pytest.param("The Board RECEIVED and NOTED the Integrated Performance Report.", id="received-and-noted"),
    pytest.param(
        "Mr E McAllister stated he had made little progress in arranging training for the Directors.",
        id="stated-little-progress",
    ),  # St Luke Academies Trust
    pytest.param("The SID/AO has written to the DfE and was awaiting a response.", id="has-written-awaiting"),
    pytest.param(
        "The report of the Engagement and Volunteer Manager was read by the Trustees in advance of the meeting.",
        id="read-in-advance",
    ),  # National Paralympic Heritage Trust
    pytest.param(
        "The CEO confirmed that the matters arising from the previous meeting were either completed or progressing.",
        id="confirmed-completed",
    ),
    pytest.param(
        "Trustees had additionally agreed that Mr I Warren would act as Chair designate until Mr Penn formally stepped"
        " down.",
        id="had-additionally-agreed",
    ),  # SYMAT
    pytest.param(
        "Trustees had previously agreed that the reserves policy would be reviewed annually.",
        id="had-previously-agreed",
    ),
    pytest.param(
        "The Police and Crime Panel will be a joint committee of Blaby District Council, Harborough District Council"
        " and Melton Borough Council.",
        id="joint-committee-constitution",
    ),  # Leicester, Leicestershire and Rutland
    pytest.param(
        "Members were advised that recommendation D would be deferred to a future meeting.", id="were-advised-deferred"
    ),  # Liverpool City Region
    pytest.param(
        "Members discussed the idea of a new Community Safety project and welcomed the idea of a further report to the"
        " Committee.",
        id="discussed-and-welcomed",
    ),
    pytest.param("Apologies for absence had been received from Lauren Bean and Gill Benton.", id="apologies"),
    pytest.param(
        "The Clerk reported that the grant had been received; she would be on leave in May.",
        id="reported-then-pronoun-would-be",
    ),
    pytest.param(
        "Trustees were reminded that Mr A Penn had previously expressed a desire to resign from the position of Chair.",
        id="were-reminded",
    ),  # SYMAT
]


@pytest.mark.parametrize(
    ("sentence", "owners", "due"), NHS_BOARD_STEPS + SCHOOL_STEPS + AUTHORITY_STEPS + LONG_SENTENCE_STEPS
)
def test_step_is_an_action(sentence: str, owners: list[str] | None, due: dt.date | None | str) -> None:
    check_paired_action(read([sentence]), sentence, owners, due)


@pytest.mark.parametrize(
    ("part", "owners"),
    [
        pytest.param(FIRE_RESOLUTION[2], ["Treasurer"], id="resolution-part-be-authorised"),
        pytest.param(FIRE_RESOLUTION[3], ["Chief Fire Officer"], id="resolution-part-subjunctive-bring"),
    ],
)
def test_numbered_resolution_part(part: str, owners: list[str]) -> None:
    check_paired_action(read(FIRE_RESOLUTION), part.split(". ", 1)[1], owners, "any")


@pytest.mark.parametrize("sentence", NOT_ACTIONS)
def test_not_an_action(sentence: str) -> None:
    found = read([sentence])
    assert paired(sentence, found) is None, [(a.text, a.owners) for a in found]
