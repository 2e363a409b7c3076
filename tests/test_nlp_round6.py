"""Round 6: a variation suite of the ways other councils, boards and panels print an action, a decision, a
resolution, a request or a commitment, who owns it and when it is due; and what is not an action.

Each case is laid out as a page of minutes (one line a paragraph, initials in a right-hand column where the
case has them) and read by the real action finder, with a members list that defines initials."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from action_pairing import expect_action, found_action
from agendaparse.models import Action
from agendaparse.nlp import (
    _resolution_actor,
    resolve_due,
)
from minutes_page import actions_on_page, minutes_item, minutes_page

MEETING = dt.date(2024, 3, 12)  # a Tuesday
NEXT = dt.date(2024, 4, 9)
MEMBERS = "Present: John Smith (JS), Sarah Jones (SJ), Cllr Peter Brown (PB), Cllr Anne Green (AG)"
NEXT_LINE = "Date of next meeting: Tuesday 9 April 2024 at 7.30pm."
WIDTH = 595.0


def run(paragraphs: list[str], meeting: dt.date | None = MEETING) -> list[Action]:
    page = minutes_page([MEMBERS, *paragraphs, NEXT_LINE], width=WIDTH, height=842.0)
    return actions_on_page(page, minutes_item(), meeting)


# (printed paragraphs, the action's text, owners or None when not checked, due or None)
ACTION_CASES = [
    (
        ["ACTION: Clerk to write to the highways authority about the pothole on Mill Lane."],
        "Clerk to write to the highways authority about the pothole on Mill Lane.",
        ["Clerk"],
        None,
    ),
    (
        ["Action: JS to circulate the revised terms of reference to all members."],
        "JS to circulate the revised terms of reference to all members.",
        ["John Smith"],
        None,
    ),
    (
        ["Action Point 3: The Chair to contact the head teacher about parking outside the school."],
        "The Chair to contact the head teacher about parking outside the school.",
        ["Chair"],
        None,
    ),
    (
        ["AP: Sarah Jones to draft the spring newsletter and share it with members."],
        "Sarah Jones to draft the spring newsletter and share it with members.",
        ["Sarah Jones"],
        None,
    ),
    (
        ["AP1 – Finance team to update the budget monitoring report for the Board."],
        "Finance team to update the budget monitoring report for the Board.",
        ["Finance team"],
        None,
    ),
    (
        ["Action – Clerk to order the new bench by the end of April."],
        "Clerk to order the new bench by the end of April.",
        ["Clerk"],
        "2024-04-30",
    ),
    (
        ["ACTION (SJ): obtain three quotes for the replacement of the bus shelter."],
        "obtain three quotes for the replacement of the bus shelter.",
        ["Sarah Jones"],
        None,
    ),
    (
        ["Actions: Head of Planning to provide a briefing note on the Local Plan timetable."],
        "Head of Planning to provide a briefing note on the Local Plan timetable.",
        ["Head of Planning"],
        None,
    ),
    (
        ["The hedge beside the playground needs cutting back before the summer.   JS"],
        "The hedge beside the playground needs cutting back before the summer.",
        ["John Smith"],
        None,
    ),
    (
        ["The footpath sign at Church Lane is missing and will be reported to the County.   Clerk"],
        "The footpath sign at Church Lane is missing and will be reported to the County.",
        ["Clerk"],
        None,
    ),
    (
        ["The noticeboard needs repainting and the glass replacing. Action: AG"],
        "The noticeboard needs repainting and the glass replacing.",
        ["Anne Green"],
        None,
    ),
    (
        ["Quotes for the tree works to be sought before the next meeting (Action: Clerk)."],
        "Quotes for the tree works to be sought before the next meeting (Action: Clerk).",
        ["Clerk"],
        "2024-04-09",
    ),
    (
        ["Sarah Jones to arrange a site visit with the contractor."],
        "Sarah Jones to arrange a site visit with the contractor.",
        ["Sarah Jones"],
        None,
    ),
    (
        ["Cllr Brown will report back on the street lighting survey at the next meeting."],
        "Cllr Brown will report back on the street lighting survey at the next meeting.",
        ["Peter Brown"],
        "2024-04-09",
    ),
    (
        ["Mrs Patel agreed to update the website with the approved minutes."],
        "Mrs Patel agreed to update the website with the approved minutes.",
        ["Patel"],
        None,
    ),
    (
        ["Dr Ahmed undertook to provide a written update on waiting times by 31 March."],
        "Dr Ahmed undertook to provide a written update on waiting times by 31 March.",
        ["Ahmed"],
        "2024-03-31",
    ),
    (
        ["Cllr Green offered to liaise with the police about speeding on the High Street."],
        "Cllr Green offered to liaise with the police about speeding on the High Street.",
        ["Anne Green"],
        None,
    ),
    (
        ["The Director of Public Health was asked to bring a report on vaccination uptake to the June meeting."],
        "The Director of Public Health was asked to bring a report on vaccination uptake to the June meeting.",
        ["Director of Public Health"],
        "2024-06-30",
    ),
    (
        ["The Clerk would write to the landowner regarding the overgrown footpath."],
        "The Clerk would write to the landowner regarding the overgrown footpath.",
        ["Clerk"],
        None,
    ),
    (
        ["The Clerk was asked to write to the landowner regarding the overgrown footpath."],
        "The Clerk was asked to write to the landowner regarding the overgrown footpath.",
        ["Clerk"],
        None,
    ),
    (
        ["Officers to bring a revised plan back to the committee by 31 May."],
        "Officers to bring a revised plan back to the committee by 31 May.",
        ["Officers"],
        "2024-05-31",
    ),
    (
        ["Head of Finance to circulate the budget timetable within two weeks."],
        "Head of Finance to circulate the budget timetable within two weeks.",
        ["Head of Finance"],
        "2024-03-26",
    ),
    (
        ["John Smith and Sarah Jones to meet the contractor on site."],
        "John Smith and Sarah Jones to meet the contractor on site.",
        ["John Smith", "Sarah Jones"],
        None,
    ),
    (
        ["JS/SJ to review the play area inspection report."],
        "JS/SJ to review the play area inspection report.",
        ["John Smith", "Sarah Jones"],
        None,
    ),
    (
        ["The Partnership will publish its annual report in October."],
        "The Partnership will publish its annual report in October.",
        ["Partnership"],
        "2024-10-31",
    ),
    (
        ["Professor Jane Roberts OBE agreed to circulate her paper on data sharing."],
        "Professor Jane Roberts OBE agreed to circulate her paper on data sharing.",
        ["Jane Roberts"],
        None,
    ),
    (
        ["The Chief Executive will write to the Secretary of State before the summer recess."],
        "The Chief Executive will write to the Secretary of State before the summer recess.",
        ["Chief Executive"],
        "2024-07-31",
    ),
    (
        ["The Treasurer to prepare the draft budget by the end of the financial year."],
        "The Treasurer to prepare the draft budget by the end of the financial year.",
        ["Treasurer"],
        "2024-03-31",
    ),
    (
        ["Staff to return with a draft ordinance by June 5, 2024."],
        "Staff to return with a draft ordinance by June 5, 2024.",
        ["Staff"],
        "2024-06-05",
    ),
    (
        ["PB will chase the contractor and report back by Friday."],
        "PB will chase the contractor and report back by Friday.",
        ["Peter Brown"],
        "2024-03-15",
    ),
    (
        ["It was agreed that the Clerk would seek three quotes for the tree works."],
        "It was agreed that the Clerk would seek three quotes for the tree works.",
        ["Clerk"],
        None,
    ),
    (
        ["It was agreed that AG would contact the village hall committee about the booking."],
        "It was agreed that AG would contact the village hall committee about the booking.",
        ["Anne Green"],
        None,
    ),
    (
        ["Agreed: the Clerk to renew the insurance policy with the current provider."],
        "the Clerk to renew the insurance policy with the current provider.",
        ["Clerk"],
        None,
    ),
    (
        ["Cllr Smith requested that officers provide a breakdown of the costs."],
        "Cllr Smith requested that officers provide a breakdown of the costs.",
        ["officers"],
        None,
    ),
    (
        ["Members asked that the Clerk obtains a copy of the lease from the solicitor."],
        "Members asked that the Clerk obtains a copy of the lease from the solicitor.",
        ["Clerk"],
        None,
    ),
    (
        ["The Chair requested that the Clerk write to the bus company about the timetable."],
        "The Chair requested that the Clerk write to the bus company about the timetable.",
        ["Clerk"],
        None,
    ),
    (
        ["Action 12/03: Clerk to renew the domain name registration."],
        "Clerk to renew the domain name registration.",
        ["Clerk"],
        None,
    ),
    (
        ["A summary of the open day to be written up for the newsletter.   Secretariat"],
        "A summary of the open day to be written up for the newsletter.",
        ["Secretariat"],
        None,
    ),
    (
        ["The grit bin on School Lane is to be refilled before the winter.   Clerk/RFO"],
        "The grit bin on School Lane is to be refilled before the winter.",
        ["Clerk", "RFO"],
        "2025-02-28",
    ),
    (
        ["The Board asked the Chief Finance Officer to present the financial plan at the May meeting."],
        "The Board asked the Chief Finance Officer to present the financial plan at the May meeting.",
        ["Chief Finance Officer"],
        "2024-05-31",
    ),
    (
        ["The Councillors will check the drains and clean them out as necessary."],
        "The Councillors will check the drains and clean them out as necessary.",
        ["Councillors"],
        None,
    ),
    (
        ["The Clerk and Chairman to meet the contractor before the next meeting."],
        "The Clerk and Chairman to meet the contractor before the next meeting.",
        ["Clerk", "Chairman"],
        "2024-04-09",
    ),
    (
        ["Cllrs Brown and Green to inspect the allotment boundary."],
        "Cllrs Brown and Green to inspect the allotment boundary.",
        ["Peter Brown", "Anne Green"],
        None,
    ),
    (
        ["Councillor Dr Jane Roberts agreed to draft a response to the consultation."],
        "Councillor Dr Jane Roberts agreed to draft a response to the consultation.",
        ["Jane Roberts"],
        None,
    ),
    (
        ["The Head of Democratic Services to circulate the revised calendar of meetings."],
        "The Head of Democratic Services to circulate the revised calendar of meetings.",
        ["Head of Democratic Services"],
        None,
    ),
    (
        ["Officers were asked to report back on the options for the car park by the autumn."],
        "Officers were asked to report back on the options for the car park by the autumn.",
        ["Officers"],
        "2024-11-30",
    ),
    (
        ["DPH to share the latest health protection data with the Board."],
        "DPH to share the latest health protection data with the Board.",
        ["DPH"],
        None,
    ),
    (
        ["Cllr Brown will look into the complaint about the bus stop."],
        "Cllr Brown will look into the complaint about the bus stop.",
        ["Peter Brown"],
        None,
    ),
    (
        ["The Secretariat will circulate the revised work programme [Action: Secretariat]."],
        "The Secretariat will circulate the revised work programme [Action: Secretariat].",
        ["Secretariat"],
        None,
    ),
    (
        ["The website needs updating with the new contact details.", "Action: Clerk"],
        "The website needs updating with the new contact details.",
        ["Clerk"],
        None,
    ),
    (
        ["Resolved: That the Clerk write to the planning authority objecting to the application."],
        "That the Clerk write to the planning authority objecting to the application.",
        ["Clerk"],
        None,
    ),
    (
        ["RESOLVED that the Clerk be instructed to obtain a legal opinion on the lease."],
        "the Clerk be instructed to obtain a legal opinion on the lease.",
        ["Clerk"],
        None,
    ),
]

RESOLUTION_CASES = [
    (
        ["RESOLVED that the minutes of the meeting held on 13 February 2024 be approved as a correct record."],
        "the minutes of the meeting held on 13 February 2024 be approved as a correct record.",
        "resolution",
    ),
    (
        ["Resolved: to approve the grant of £500 to the village hall."],
        "to approve the grant of £500 to the village hall.",
        "resolution",
    ),
    (
        ["RESOLVED – That the Committee approves the revised risk management strategy."],
        "That the Committee approves the revised risk management strategy.",
        "resolution",
    ),
    (
        ["Decision: The Committee approved the revised risk register."],
        "The Committee approved the revised risk register.",
        None,
    ),
    (
        ["DECISION: to defer the application to the next meeting for a site visit."],
        "to defer the application to the next meeting for a site visit.",
        None,
    ),
    (
        ["Members agreed to hold the annual parish meeting on 14 May."],
        "Members agreed to hold the annual parish meeting on 14 May.",
        None,
    ),
    (
        ["The Board agreed to establish a task and finish group on workforce planning."],
        "The Board agreed to establish a task and finish group on workforce planning.",
        None,
    ),
    (
        ["Decision: The Committee approved the revised risk register."],
        "The Committee approved the revised risk register.",
        "decision",
    ),
    (
        ["The Council RESOLVED to adopt the revised Standing Orders."],
        "The Council RESOLVED to adopt the revised Standing Orders.",
        "resolution",
    ),
    (
        ["The Committee approved the updated terms of reference for the Audit Sub-Group."],
        "The Committee approved the updated terms of reference for the Audit Sub-Group.",
        None,
    ),
    (
        ["It was proposed by Cllr Jones, seconded by Cllr Evans, and resolved that the precept be set at £25,000."],
        "It was proposed by Cllr Jones, seconded by Cllr Evans, and resolved that the precept be set at £25,000.",
        None,
    ),
    (
        ["Proposed by Cllr Jones, seconded by Cllr Evans and unanimously agreed that the accounts be approved."],
        "Proposed by Cllr Jones, seconded by Cllr Evans and unanimously agreed that the accounts be approved.",
        None,
    ),
    (
        ["It was unanimously agreed to accept the quotation from Greenways Ltd for grass cutting."],
        "It was unanimously agreed to accept the quotation from Greenways Ltd for grass cutting.",
        None,
    ),
    (
        ["Council Member Davis moved to approve the consent agenda, seconded by Council Member Lee."],
        "Council Member Davis moved to approve the consent agenda, seconded by Council Member Lee.",
        None,
    ),
    (
        ["Motion by Commissioner Ortiz, second by Commissioner Hale, to approve the contract with Acme Paving Inc."],
        "Motion by Commissioner Ortiz, second by Commissioner Hale, to approve the contract with Acme Paving Inc.",
        None,
    ),
    (
        ["MOTION: Councilmember Abrica moved, seconded by Vice Mayor Romero, to approve the minutes as presented."],
        "MOTION: Councilmember Abrica moved, seconded by Vice Mayor Romero, to approve the minutes as presented.",
        None,
    ),
    (
        ["It was moved by Trustee Walsh and seconded by Trustee Park to accept the auditor's report."],
        "It was moved by Trustee Walsh and seconded by Trustee Park to accept the auditor's report.",
        None,
    ),
    (
        ["The Board APPROVED the Annual Report and Accounts for 2023/24."],
        "The Board APPROVED the Annual Report and Accounts for 2023/24.",
        None,
    ),
    (
        ["The Committee AGREED to refer the matter to the Scrutiny Panel."],
        "The Committee AGREED to refer the matter to the Scrutiny Panel.",
        None,
    ),
    (
        ["It was RESOLVED to accept the quotation from Greenways for hedge cutting."],
        "It was RESOLVED to accept the quotation from Greenways for hedge cutting.",
        "resolution",
    ),
    (
        ["Cabinet RESOLVED to approve the Medium Term Financial Plan."],
        "Cabinet RESOLVED to approve the Medium Term Financial Plan.",
        "resolution",
    ),
]

# A RESOLVED lead-in and its numbered bullets, as ModernGov and CMIS print them.
BULLET_CASES = [
    [
        "RESOLVED that:",
        "(i) the report be noted;",
        "(ii) the revised budget of £2.4m be approved; and",
        "(iii) the Director of Finance be authorised to sign the contract.",
    ],
    [
        "RESOLVED – That the Cabinet:",
        "(a) notes the consultation responses;",
        "(b) approves the final strategy for publication.",
    ],
    ["Resolved:", "1. To approve the accounts for 2023/24.", "2. To appoint Smith & Co as internal auditor."],
]

NOT_ACTIONS = [
    "Apologies were received from Cllr White and Cllr Black.",
    "Cllr Brown asked whether the bus shelter would be repaired this year?",
    "The meeting closed at 9.15pm.",
    "Mr Green explained that the survey had been completed last year.",
    "Declarations of interest: none were declared.",
    "MATTERS ARISING FROM THE PREVIOUS MINUTES",
    "The Chair thanked everyone for attending and for their contributions.",
    "Members discussed the condition of the footpaths at some length.",
    "The Clerk reported that the grass cutting contract had started in April.",
    "A resident spoke about the flooding on Station Road during the winter.",
    "The Board NOTED the update on the winter plan.",
    "Members noted the report.",
    "Cllr Green would like to thank the volunteers who cleared the pond.",
    "The Village Hall will be closed for refurbishment during August.",
    "Proposed Cllr Brown, seconded Cllr Green, all in favour.",
    "SLT Lead: Paul Travis, Director of Community Safety",
    "Owner: Head of Finance",
]


@pytest.mark.parametrize(("paragraphs", "text", "owners", "due"), ACTION_CASES, ids=[c[1][:40] for c in ACTION_CASES])
def test_actions_as_other_minutes_print_them(paragraphs, text, owners, due):
    action = expect_action(run(paragraphs), text, owners=owners)
    if due is not None:
        assert action.due is not None and action.due.isoformat() == due


@pytest.mark.parametrize(("paragraphs", "text", "kind"), RESOLUTION_CASES, ids=[c[1][:40] for c in RESOLUTION_CASES])
def test_decisions_and_resolutions(paragraphs, text, kind):
    action = expect_action(run(paragraphs), text)
    if kind:
        assert action.kind == kind


@pytest.mark.parametrize("paragraphs", BULLET_CASES, ids=[c[0] for c in BULLET_CASES])
def test_each_resolution_bullet_is_a_resolution(paragraphs):
    actions = run(paragraphs)
    for bullet in paragraphs[1:]:
        plain = re.sub(r"^\(?\w{1,3}[.)]\s*", "", bullet)
        action = expect_action(actions, plain)
        assert action.kind == "resolution", bullet


@pytest.mark.parametrize("text", NOT_ACTIONS)
def test_narrative_questions_headings_and_apologies_are_not_actions(text):
    assert found_action(run([text]), text) is None


# --- due dates relative to the meeting (12 March 2024; next meeting 9 April 2024) -----------------------

DUE_CASES = [
    ("by the next meeting", NEXT),
    ("before the next meeting", NEXT),
    ("at the next meeting", NEXT),
    ("to the next Parish Council meeting", NEXT),
    ("by 31 March", dt.date(2024, 3, 31)),
    ("by 31st March 2024", dt.date(2024, 3, 31)),
    ("by the end of March", dt.date(2024, 3, 31)),
    ("by the end of the month", dt.date(2024, 3, 31)),
    ("by end of month", dt.date(2024, 3, 31)),
    ("w/c 5 June", dt.date(2024, 6, 5)),
    ("week commencing 15 April", dt.date(2024, 4, 15)),
    ("within two weeks", dt.date(2024, 3, 26)),
    ("within 10 days", dt.date(2024, 3, 22)),
    ("within two months", dt.date(2024, 5, 31)),
    ("in two weeks' time", dt.date(2024, 3, 26)),
    ("in the new year", dt.date(2025, 1, 31)),
    ("by Friday", dt.date(2024, 3, 15)),
    ("by Monday 18 March", dt.date(2024, 3, 18)),
    ("in October", dt.date(2024, 10, 31)),
    ("in January", dt.date(2025, 1, 31)),
    ("by Q3", dt.date(2024, 12, 31)),  # stop 33: a bare quarter is the financial year's
    ("in Q1 2025", dt.date(2025, 3, 31)),
    ("by the autumn", dt.date(2024, 11, 30)),
    ("by the summer", dt.date(2024, 8, 31)),
    ("by the summer recess", dt.date(2024, 7, 31)),
    ("by the end of the financial year", dt.date(2024, 3, 31)),
    ("by the end of the municipal year", dt.date(2024, 5, 31)),
    ("by the end of the year", dt.date(2024, 12, 31)),
    ("before Christmas", dt.date(2024, 12, 25)),
    ("by the June meeting", dt.date(2024, 6, 30)),
    ("to the July Board", dt.date(2024, 7, 31)),
    ("by June 5, 2024", dt.date(2024, 6, 5)),
    ("by 5/6/2024", dt.date(2024, 6, 5)),
    ("by 1st April", dt.date(2024, 4, 1)),
    ("by the end of next week", dt.date(2024, 3, 22)),
    ("by mid-April", dt.date(2024, 4, 15)),
    ("by early May", dt.date(2024, 5, 31)),
    ("by the end of May 2024", dt.date(2024, 5, 31)),
    ("at its next meeting", NEXT),
    ("by the end of the week", dt.date(2024, 3, 15)),
    ("by next week", dt.date(2024, 3, 22)),
    ("within a fortnight", dt.date(2024, 3, 26)),
    ("in a week's time", dt.date(2024, 3, 19)),
    ("by 31 Mar", dt.date(2024, 3, 31)),
    ("by end Sept", dt.date(2024, 9, 30)),
    ("by 30th Apr 2024", dt.date(2024, 4, 30)),
    ("by 31.05.24", dt.date(2024, 5, 31)),
    ("by the end of Q2", dt.date(2024, 9, 30)),  # stop 33
    ("by the end of the calendar year", dt.date(2024, 12, 31)),
    ("by close of play Friday", dt.date(2024, 3, 15)),
    ("by June 5", dt.date(2024, 6, 5)),
    ("by Autumn 2025", dt.date(2025, 11, 30)),
    ("by the end of the summer", dt.date(2024, 8, 31)),
]


@pytest.mark.parametrize(("phrase", "expected"), DUE_CASES, ids=[c[0] for c in DUE_CASES])
def test_due_relative_to_the_meeting(phrase, expected):
    due, due_text, _ = resolve_due(f"The Clerk to circulate the revised draft {phrase}.", MEETING, NEXT)
    assert due == expected
    assert due_text


@pytest.mark.parametrize(
    "phrase", ["ASAP", "as soon as possible", "ongoing", "by the next meeting", "at the next meeting"]
)
def test_no_date_without_one(phrase):
    """'ASAP' has no date; 'the next meeting' has none when no next meeting is printed."""
    due, _, _ = resolve_due(f"The Clerk to circulate the revised draft {phrase}.", MEETING, None)
    assert due is None


@pytest.mark.parametrize(
    "text",
    [
        "The Clerk reported on the meeting held on 23 January 2024.",
        "Mr Green explained the survey was completed in May 2023.",
        "The Clerk to circulate the report dated 4 March 2024.",
        "The Panel approved the minutes from the meeting on 25 February.",
    ],
)
def test_a_past_date_is_no_deadline(text):
    assert resolve_due(text, MEETING, NEXT)[0] is None


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]  # fmt: skip


@given(
    st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2040, 12, 31)),
    st.integers(min_value=1, max_value=28),
    st.sampled_from(MONTHS),
)
def test_a_day_and_month_is_the_next_such_date_on_or_after_the_meeting(meeting, day, month):
    """'by 31 March' looks ahead: read in May, it is next March."""
    due, _, _ = resolve_due(f"JS to send the figures by {day} {month}.", meeting, None)
    assert due is not None and due >= meeting and (due - meeting).days <= 366
    assert due.day == day and due.month == MONTHS.index(month) + 1


@given(
    st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2040, 12, 31)),
    st.integers(min_value=1, max_value=28),
    st.sampled_from(MONTHS),
)
def test_a_day_and_month_just_past_without_a_deadline_word_is_no_deadline(meeting, day, month):
    """'the figures presented on 25 July', read in October: a date weeks before the meeting, not next July."""
    due, _, _ = resolve_due(f"JS to circulate the figures presented on {day} {month}.", meeting, None)
    this_year = dt.date(meeting.year, MONTHS.index(month) + 1, day)
    if meeting - dt.timedelta(days=120) <= this_year < meeting:
        assert due is None


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2040, 12, 31)))
def test_relative_deadlines_are_never_before_the_meeting(meeting):
    for phrase in (
        "by Friday",
        "within two weeks",
        "by the end of the month",
        "by the autumn",
        "by Q3",
        "in the new year",
    ):
        due, _, _ = resolve_due(f"JS to send the figures {phrase}.", meeting, None)
        assert due is not None and due >= meeting, phrase


@given(st.integers(min_value=1, max_value=12), st.integers(min_value=1, max_value=28), st.integers(2000, 2040))
def test_numeric_dates_are_day_first(month, day, year):
    due, _, _ = resolve_due(f"JS to send the figures by {day}/{month}/{year}.", dt.date(2000, 1, 1), None)
    assert due == dt.date(year, month, day)


# --- the whole path: a parish council's minutes printed to PDF and read by extract_document ------------

PRINTED_MINUTES = [
    ("ASHCOMBE PARISH COUNCIL", True),
    ("Minutes of the meeting of the Parish Council held on Tuesday 12 March 2024 at 7.30pm", False),
    ("Present: Cllr Peter Brown (Chairman), Cllr Anne Green, John Smith (Clerk)", False),
    ("24/15 Apologies for absence", True),
    ("Apologies were received from Cllr White.", False),
    ("24/16 Highways", True),
    ("The footpath sign at Church Lane is missing. Action: Clerk", False),
    ("Cllr Brown will report back on the street lighting survey at the next meeting.", False),
    ("24/17 Finance", True),
    ("It was proposed by Cllr Green, seconded by Cllr Brown, and resolved that the precept be set at 25,000.", False),
    ("The Clerk and Chairman to meet the auditor before the end of the financial year.", False),
    ("24/18 Date of next meeting", True),
    ("Date of next meeting: Tuesday 9 April 2024 at 7.30pm.", False),
]


def test_printed_parish_minutes(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from agendaparse.extract import extract_document

    path = tmp_path / "minutes.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    top = 800
    for text, bold in PRINTED_MINUTES:
        pdf.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
        pdf.drawString(60, top, text)
        top -= 24
    pdf.save()
    extraction = extract_document(path, ocr="never")
    actions = extraction.actions
    expected = [
        ("The footpath sign at Church Lane is missing.", ["Clerk"], None),
        ("Cllr Brown will report back on the street lighting survey at the next meeting.", ["Peter Brown"], NEXT),
        (PRINTED_MINUTES[9][0], [], None),
        (PRINTED_MINUTES[10][0], ["Clerk", "Chairman"], dt.date(2024, 3, 31)),
    ]
    for text, owners, due in expected:
        action = expect_action(actions, text, owners=owners)
        assert action.due == due, text
    assert found_action(actions, "Apologies were received from Cllr White.") is None
    assert len(actions) == len(expected)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("It was agreed that the Clerk would seek three quotes.", "the Clerk"),
        ("That the Clerk write to the planning authority.", "Clerk"),
        ("the Clerk be instructed to obtain a legal opinion.", "Clerk"),
        ("It was agreed that Ayton CC should have a maximum of 12 members.", None),
        ("the minutes of the meeting be approved as a correct record.", None),
        ("Addition The Clerk checked the following day and it was resolved to use a different solicitor.", None),
        ("The Clerk used the reserve to pay for the repairs.", None),
    ],
)
def test_who_a_resolution_names_as_acting(text, actor):
    assert _resolution_actor(text) == actor
