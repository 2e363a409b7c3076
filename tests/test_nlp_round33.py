"""Round 33 (issue #6: decisions and resolutions in printed minutes of cabinets, full councils, scrutiny and
regulatory committees, combined, fire and police bodies): "RESOLVED to: (1) … (2) …" lists running over lines and
pages, "RESOLVED: That the Cabinet: a) agree …; b) delegate authority to the Director …, in consultation with the
Cabinet Member, to …", "Decision: That the report recommendations be approved, as follows: 1. To note … 5. To
delegate to …", "The Committee AGREED to …", planning resolutions followed by their numbered conditions (one
resolution, not one per condition), "RECOMMENDED TO COUNCIL: That …", and what is not an action beside them:
"Reasons for decision" / "Other options considered and rejected" blocks, call-in and urgency notes, recorded votes
("The amendment was put to the vote and was LOST", "carried unanimously", "5 For, 0 Against"), declarations of
interest and apologies.

Each case keeps the structure and phrasing pattern of a real page but changes names, places, services and numbers.
The truth is what an annotator records by corpus/gold/README.md: one record per numbered or lettered RESOLVED
bullet (kind `resolution`), its text without the label; a "Decision:" record kind `decision`; a recommendation to
Council kind `recommendation`; a resolution's owners only the posts its text names as acting ("delegate authority
to the Head of Planning … to make" -> Head of Planning), else []; due where the text dates what is to be done ("by
11 September 2026"). Owners or due that the README leaves open are not checked (None / UNCHECKED). The pages:

- https://democracy.eastsussex.gov.uk/ieIssueDetails.aspx?IId=31294&Opt=3 (lead member decisions: "DECISIONS / 17.2
  The Leader and Lead Member RESOLVED to: (1) agree …; (2) agree …; and (3) agree …", then "REASONS / 17.3 …")
- https://rctcbc.moderngov.co.uk/ieListDocuments.aspx?CId=163&MId=50003770&LLL=0 (council: apologies from a list of
  County Borough Councillors, declarations quoted one per bullet, notices of motion)
- https://democracy.blaenau-gwent.gov.uk/ieListDocuments.aspx?CId=1257&MeetingId=2626&LLL=0 (cabinet: "Consideration
  was given to report of the Corporate Director …", "RESOLVED that the report be accepted, and the proposed … Policy
  be agreed as attached at Appendix 1 (Option 1).", "No declarations of interest or dispensations were reported.")
- https://democratic.bridgend.gov.uk/ieListDocuments.aspx?CId=141&MId=3308&Ver=4&LLL=0 (cabinet: "RESOLVED: That
  the minutes of a meeting of Cabinet … be approved", "The Chief Executive reported on a proposal …")
- https://democracy.bristol.gov.uk/ieIssueDetails.aspx?IId=7303&PlanId=0&Opt=3 (cabinet: "Decision: That the report
  recommendations be approved, as follows: 1. To note … 5. To delegate to the Chief Executive, in consultation with
  the Mayor the authority to … 6. To delegate authority to the Monitoring Officer to make all consequential
  amendments …")
- http://apps.n-somerset.gov.uk/cairo/docs/doc27376.htm (planning and regulatory committee: P/A attendance list,
  public speaking minutes "The applicant's agent addressed the meeting speaking in support of …")
- https://deploy.abcdocz.com/doc/1101890/minutes--now-attached----democracy-and-standards (Tunbridge Wells planning
  committee: "PLA146/14 Apologies for absence were recorded from …", a chair's "significant other interest" with
  "the Vice-chairman would take the chair while the application was considered")
- https://sandwell.moderngov.co.uk/mgDecisionDetails.aspx?IId=336&Opt=1 (committee: "The proposals were put to the
  vote and carried unanimously …", then "(1) that the minutes … are re-submitted to a future meeting …; (2) that …;
  (3) that an additional meeting of the Committee is held …")
- https://democracy.westlancs.gov.uk/ieListDocuments.aspx?CId=143&MID=2806 (cabinet: "In reaching the decision
  below, Cabinet considered the details set out in the report before it and the reasons contained therein.",
  "RESOLVED: That the proposed approach … be approved.", press and public excluded under Schedule 12A)
- https://democracy.ne-derbyshire.gov.uk/mgDecisionDetails.aspx?IId=16436&Opt=1 (cabinet: "RESOLVED – That …",
  "REASONS FOR DECISION - …", "OTHER OPTIONS CONSIDERED AND REJECTED – …", "This was not a Key Decision and so can be
  implemented with immediate effect by officers.")
- https://opencouncil.network/decisions/145248 (cabinet decision: "The Cabinet has (a) approved …; (b) agreed that …
  be published for public consultation for six weeks between 23 April and 4 June 2025; and (c) granted delegated
  authority to the Head of Planning …, in consultation with the Executive Councillor for Planning to make any
  necessary … changes", "Reasons for the decision: As outlined within the report.")
- https://www.shropshirefire.gov.uk/meeting/17-december-2025 (fire and rescue authority: items "For decision",
  "The Fire Authority is asked to …", exclusion of press and public, ratifying a panel's appointment)
- The "RECOMMENDED TO COUNCIL" block, "The amendment was put to the vote and was LOST" and "The Committee AGREED to"
  are the shapes the Kent county council budget minutes on dev and ModernGov printed minutes use; rebuilt here
  with other bodies, services and figures.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from typing import NamedTuple

import pytest

from action_pairing import case_params, expect_action, found_action
from agendaparse.models import Action, AgendaItem, Provenance
from agendaparse.nlp import find_actions
from agendaparse.pdf import Line, PageLayout
from minutes_page import same_owners, shared_nlp

MEETING = dt.date(2026, 3, 10)
WRAP = 88  # characters a printed line holds
UNCHECKED = "unchecked"  # a due the gold README leaves open


class Expected(NamedTuple):
    text: str
    kind: str
    owners: list[str] | None  # None: owners not checked
    due: str | None  # UNCHECKED: due not checked


class Case(NamedTuple):
    case_id: str
    pages: list[list[str]]  # paragraphs page by page
    expected: list[Expected]
    not_actions: list[str] = []


def _wrapped(text: str) -> list[str]:
    return textwrap.wrap(text, WRAP) or [text]


def _page(number: int, paragraphs: list[str]) -> PageLayout:
    lines: list[Line] = []
    top = 60.0
    for paragraph in paragraphs:
        bullet = paragraph[:1] in "•(" or paragraph[:3].rstrip(" ").endswith((".", ")"))
        for index, part in enumerate(_wrapped(paragraph)):
            x0 = 72.0 if index == 0 or not bullet else 90.0
            lines.append(Line(part, x0, top, x0 + 4.8 * len(part), top + 10, 10.0, False))
            top += 13.0
        top += 13.0
    return PageLayout(number=number, width=612.0, height=792.0, rotation=0, lines=lines)


def _item() -> AgendaItem:
    return AgendaItem(
        number="7",
        title="Report of the Director",
        kind="minutes",
        provenance=Provenance(document="d", page=1, bbox=(60, 40, 300, 50), method="test"),
    )


_FOUND: dict[str, list[Action]] = {}


def actions_of(case: Case) -> list[Action]:
    if case.case_id not in _FOUND:
        pages = [_page(number, paragraphs) for number, paragraphs in enumerate(case.pages, start=1)]
        _FOUND[case.case_id] = find_actions(shared_nlp(), pages, [_item()], "d", MEETING)
    return _FOUND[case.case_id]


def res(text: str, owners: list[str] | None = None, due: str | None = UNCHECKED) -> Expected:
    return Expected(text, "resolution", owners, due)


def dec(text: str, owners: list[str] | None = None, due: str | None = UNCHECKED) -> Expected:
    return Expected(text, "decision", owners, due)


def rec(text: str, owners: list[str] | None = None, due: str | None = UNCHECKED) -> Expected:
    return Expected(text, "recommendation", owners, due)


RESOLVED_LISTS = [
    Case(
        "lead-member-resolved-to-numbered",
        [
            [
                "DECISIONS",
                "21.2 The Leader and Lead Member RESOLVED to:",
                "(1) agree the delegation of executive functions to Cabinet Members as set out in Appendices 2 "
                "to 4 of the report;",
                "(2) agree the Officer Scheme of Delegation attached at Appendix 5 of the report; and",
                "(3) agree the annual report on executive delegations to the County Council.",
                "REASONS",
                "21.3 The Constitution requires the Leader to present to the Council at its annual meeting a "
                "written record of delegations of executive functions made to Cabinet Members.",
            ]
        ],
        [
            res(
                "agree the delegation of executive functions to Cabinet Members as set out in Appendices 2 to 4 of "
                "the report;"
            ),
            res("agree the Officer Scheme of Delegation attached at Appendix 5 of the report; and"),
            res("agree the annual report on executive delegations to the County Council."),
        ],
        [
            "The Constitution requires the Leader to present to the Council at its annual meeting a written record "
            "of delegations of executive functions made to Cabinet Members."
        ],
    ),
    Case(
        "resolved-numbered-over-pages",
        [
            [
                "The Council considered the report of the Director of Finance on the revenue budget for 2026/27.",
                "RESOLVED to:",
                "1. approve the revenue budget for 2026/27 of £612.4 million as set out in Appendix 1;",
                "2. approve a council tax increase of 4.99% for 2026/27, including 2% for adult social care; and",
            ],
            [
                "3. instruct the Director of Finance to publish the council tax bands and notify the precepting "
                "bodies by 20 March 2026.",
                "The meeting closed at 6.40 pm.",
            ],
        ],
        [
            res("approve the revenue budget for 2026/27 of £612.4 million as set out in Appendix 1;", []),
            res("approve a council tax increase of 4.99% for 2026/27, including 2% for adult social care; and", []),
            res(
                "instruct the Director of Finance to publish the council tax bands and notify the precepting bodies "
                "by 20 March 2026.",
                ["Director of Finance"],
                "2026-03-20",
            ),
        ],
        ["The Council considered the report of the Director of Finance on the revenue budget for 2026/27."],
    ),
    Case(
        "carried-then-that-list",
        [
            [
                "Members were not minded to approve the minutes as a correct record and asked that they be "
                "brought back to a future meeting.",
                "The proposals were put to the vote and carried unanimously by those members present and with "
                "voting rights.",
                "(1) that the minutes of the meeting held on 12 January are re-submitted to the next meeting of "
                "this Committee for consideration;",
                "(2) that, as a consequence of resolution (1) above, the minutes are not submitted to the Council "
                "at its meeting in April 2026;",
                "(3) that an additional meeting of the Committee is held to re-consider the matter referred to at "
                "Minute 14/26.",
            ]
        ],
        [
            res(
                "that the minutes of the meeting held on 12 January are re-submitted to the next meeting of this "
                "Committee for consideration;",
                [],
            ),
            res(
                "that, as a consequence of resolution (1) above, the minutes are not submitted to the Council at "
                "its meeting in April 2026;"
            ),
            res(
                "that an additional meeting of the Committee is held to re-consider the matter referred to at "
                "Minute 14/26.",
                [],
            ),
        ],
        ["The proposals were put to the vote and carried unanimously by those members present and with voting rights."],
    ),
    Case(
        "resolved-with-urgency-bullet",
        [
            [
                "Resolved –",
                "(1) That the draft Order to establish the mayoral combined authority be noted and consent in "
                "principle be given to it.",
                "(2) That the summary of consultation responses be submitted to the Secretary of State by 11 "
                "September 2026.",
                "(3) That authority be delegated to the Managing Director of the Combined Authority, in "
                "consultation with the Leader and the Chief Executive, to finalise and consent to the final draft "
                "of the Order.",
                "(4) That the decision be exempt from call-in on the grounds of urgency, for the reasons set out in "
                "paragraph 5.1 of the report.",
            ]
        ],
        [
            res(
                "That the summary of consultation responses be submitted to the Secretary of State by 11 September "
                "2026.",
                None,
                "2026-09-11",
            ),
            res(
                "That authority be delegated to the Managing Director of the Combined Authority, in consultation "
                "with the Leader and the Chief Executive, to finalise and consent to the final draft of the Order.",
                ["Managing Director of the Combined Authority"],
            ),
        ],
    ),
]

DELEGATIONS = [
    Case(
        "that-the-cabinet-lettered-delegate",
        [
            [
                "RESOLVED: That the Cabinet:",
                "a) agree the Fleet Replacement Programme 2026-2030 set out in Appendix A;",
                "b) delegate authority to the Corporate Director of Finance, in consultation with the Cabinet "
                "Member for Environment, to award the contracts for the purchase of refuse collection vehicles; "
                "and",
                "c) note the carbon savings expected from the electric vehicles in the programme.",
            ]
        ],
        [
            res("agree the Fleet Replacement Programme 2026-2030 set out in Appendix A;", []),
            res(
                "delegate authority to the Corporate Director of Finance, in consultation with the Cabinet Member "
                "for Environment, to award the contracts for the purchase of refuse collection vehicles; and",
                ["Corporate Director of Finance"],
            ),
        ],
    ),
    Case(
        "decision-report-recommendations-as-follows",
        [
            [
                "Decision:",
                "That the report recommendations be approved, as follows:",
                "1. To note the summary of consultation responses set out in Appendix B.",
                "2. To give consent to the establishment of the Severn Valley Joint Transport Committee.",
                "3. To delegate to the Chief Executive, in consultation with the Mayor, the authority to make all "
                "necessary appointments and arrangements for the Joint Committee.",
                "4. To delegate authority to the Monitoring Officer to make all consequential amendments to the "
                "Council's constitution.",
            ]
        ],
        [
            dec("To give consent to the establishment of the Severn Valley Joint Transport Committee.", []),
            dec(
                "To delegate to the Chief Executive, in consultation with the Mayor, the authority to make all "
                "necessary appointments and arrangements for the Joint Committee.",
                ["Chief Executive"],
            ),
            dec(
                "To delegate authority to the Monitoring Officer to make all consequential amendments to the "
                "Council's constitution.",
                ["Monitoring Officer"],
            ),
        ],
    ),
    Case(
        "cabinet-has-inline-lettered",
        [
            [
                "The Cabinet has (a) approved the contents of the Brownfield Land Assessment for the sites submitted "
                "since August 2025; (b) agreed that the Assessment be published for public consultation for six "
                "weeks between 1 April and 13 May 2026; and (c) granted delegated authority to the Head of Planning "
                "and Regeneration, in consultation with the Executive Councillor for Planning, to make any "
                "necessary typographical or other minor changes to the document before its publication.",
                "Reasons for the decision: As outlined within the report.",
                "Alternative options considered: As outlined within the report.",
            ]
        ],
        [
            dec(
                "granted delegated authority to the Head of Planning and Regeneration, in consultation with the "
                "Executive Councillor for Planning, to make any necessary typographical or other minor changes to "
                "the document before its publication.",
                ["Head of Planning and Regeneration"],
            ),
        ],
        ["Reasons for the decision: As outlined within the report."],
    ),
]

DECISION_BLOCKS = [
    Case(
        "resolved-reasons-options-key-decision",
        [
            [
                "RESOLVED – That the revised Council Tax Support scheme set out in Appendix 1 be adopted.",
                "REASONS FOR DECISION – The current scheme does not reflect the roll-out of Universal Credit and "
                "the revised scheme reduces the administrative cost of each claim.",
                "OTHER OPTIONS CONSIDERED AND REJECTED – To retain the current scheme; this was rejected because "
                "it would not address the rising cost of administration.",
                "This was a Key Decision and so cannot be implemented until the call-in period has expired.",
            ]
        ],
        [res("That the revised Council Tax Support scheme set out in Appendix 1 be adopted.", [])],
        [
            "The current scheme does not reflect the roll-out of Universal Credit and the revised scheme reduces the "
            "administrative cost of each claim.",
            "To retain the current scheme; this was rejected because it would not address the rising cost of "
            "administration.",
            "This was a Key Decision and so cannot be implemented until the call-in period has expired.",
        ],
    ),
    Case(
        "in-reaching-the-decision-below",
        [
            [
                "Consideration was given to the report of the Corporate Director of Place, which set out a proposed "
                "public consultation on the future of the leisure centre at Meadow Park.",
                "In reaching the decision below, Cabinet considered the details set out in the report before it and "
                "the reasons contained therein.",
                "RESOLVED: That the proposed approach to consultation and the options appraisal, as set out in "
                "Section 7 of the report, be approved.",
            ]
        ],
        [
            res(
                "That the proposed approach to consultation and the options appraisal, as set out in Section 7 of "
                "the report, be approved.",
                [],
            )
        ],
        [
            "In reaching the decision below, Cabinet considered the details set out in the report before it and the "
            "reasons contained therein."
        ],
    ),
    Case(
        "report-accepted-option",
        [
            [
                "Consideration was given to the report of the Corporate Director Regeneration and Community Services.",
                "RESOLVED that the report be accepted, and the proposed Grass Verge Maintenance Policy be agreed as "
                "attached at Appendix 1 (Option 1).",
            ]
        ],
        [
            res(
                "RESOLVED that the report be accepted, and the proposed Grass Verge Maintenance Policy be agreed as "
                "attached at Appendix 1 (Option 1).",
                [],
            )
        ],
        ["Consideration was given to the report of the Corporate Director Regeneration and Community Services."],
    ),
    Case(
        "committee-agreed-to",
        [
            [
                "The Committee considered a report by the Head of Housing on the allocation of the Empty Homes Fund.",
                "The Committee AGREED to allocate £150,000 from the Empty Homes Fund to the Town Centre Living "
                "scheme and to ask the Head of Housing to report on progress by 30 September 2026.",
            ]
        ],
        [
            Expected(
                "The Committee AGREED to allocate £150,000 from the Empty Homes Fund to the Town Centre Living "
                "scheme and to ask the Head of Housing to report on progress by 30 September 2026.",
                "decision",
                None,
                "2026-09-30",
            )
        ],
        ["The Committee considered a report by the Head of Housing on the allocation of the Empty Homes Fund."],
    ),
    Case(
        "planning-resolved-with-conditions",
        [
            [
                "The Committee considered a report regarding the above planning application.",
                "RESOLVED – That, for the reasons set out in the report, application 25/01432/FUL be APPROVED "
                "subject to the following conditions:",
                "1. Standard time limit",
                "2. Approved plans",
                "3. Materials to match the existing building",
                "4. Hours of construction 08:00 – 18:00 Monday to Friday",
            ]
        ],
        [
            res(
                "That, for the reasons set out in the report, application 25/01432/FUL be APPROVED subject to the "
                "following conditions:",
                [],
            )
        ],
        ["Approved plans", "Materials to match the existing building"],
    ),
]

COUNCIL = [
    Case(
        "recommended-to-council",
        [
            [
                "RECOMMENDED TO COUNCIL:",
                "That the Treasury Management Strategy Statement and the Annual Investment Strategy for 2026/27 be "
                "approved.",
            ]
        ],
        [
            rec(
                "That the Treasury Management Strategy Statement and the Annual Investment Strategy for 2026/27 be "
                "approved."
            )
        ],
    ),
    Case(
        "amendment-lost-substantive-carried",
        [
            [
                "It was moved by Councillor Alys Pryce and seconded by Councillor Owen Lloyd that the "
                "recommendations in the report be amended to freeze car parking charges for 2026/27.",
                "The amendment was put to the vote and was LOST.",
                "On being put to the vote the substantive motion was CARRIED, with 41 members voting for, 18 "
                "against and 2 abstaining.",
                "RESOLVED that car parking charges for 2026/27 be increased as set out in Appendix 2 of the report.",
            ]
        ],
        [res("RESOLVED that car parking charges for 2026/27 be increased as set out in Appendix 2 of the report.", [])],
        [
            "The amendment was put to the vote and was LOST.",
            "On being put to the vote the substantive motion was CARRIED, with 41 members voting for, 18 against and 2 "
            "abstaining.",
        ],
    ),
    Case(
        "voting-record-for-against",
        [
            [
                "RESOLVED that the minutes of the meeting of Cabinet held on 5 February 2026 be approved as a "
                "correct record.",
                "Voting Record",
                "5 For, 0 Against, 1 Abstention",
            ]
        ],
        [],
        ["5 For, 0 Against, 1 Abstention"],
    ),
]

NEGATIVES = [
    Case(
        "apologies-and-declarations",
        [
            [
                "Apologies for absence were received from County Borough Councillors R Bevan, G Caple, M Dyer and "
                "T Ellis.",
                "Apologies for absence were recorded from Councillor Mrs Hartley.",
                "Councillor Mrs Soyke declared a significant other interest in application 25/00611 as she was "
                "related to the applicant. She would therefore leave the chamber and the Vice-Chairman would take "
                "the chair while the application was considered.",
                'County Borough Councillor S Morgan declared a personal interest – "My wife is employed by the '
                'local health board".',
                "No declarations of interest or dispensations were reported.",
            ]
        ],
        [],
        [
            "Apologies for absence were received from County Borough Councillors R Bevan, G Caple, M Dyer and T Ellis.",
            "She would therefore leave the chamber and the Vice-Chairman would take the chair while the application "
            "was considered.",
            'County Borough Councillor S Morgan declared a personal interest – "My wife is employed by the local '
            'health board".',
        ],
    ),
    Case(
        "public-speaking-and-exclusion",
        [
            [
                "The applicant's agent addressed the meeting speaking in support of the application at Station Road, "
                "Yatton.",
                "The Chair advised that she had agreed to an item of urgent business on the Household Support Grant, "
                "as a decision was required before the next meeting of Cabinet.",
                "The Fire Authority is asked to ratify the decision of its Brigade Managers' Employment Panel on the "
                "appointment of a new Assistant Chief Fire Officer.",
            ]
        ],
        [],
        [
            "The applicant's agent addressed the meeting speaking in support of the application at Station Road, "
            "Yatton.",
            "The Chair advised that she had agreed to an item of urgent business on the Household Support Grant, as "
            "a decision was required before the next meeting of Cabinet.",
        ],
    ),
]

CLASSES = {
    "resolved_list": RESOLVED_LISTS,
    "delegation": DELEGATIONS,
    "decision_block": DECISION_BLOCKS,
    "council": COUNCIL,
    "negative": NEGATIVES,
}

# Truths the rules do not reach yet, by test and case (strict xfails).
OPEN: dict[tuple[str, str], str] = {}


def _records(*, checked: str) -> list:
    def unchecked(expected: Expected) -> bool:
        return checked == "owners" and expected.owners is None or checked == "due" and expected.due == UNCHECKED

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


@pytest.mark.parametrize(("case", "expected"), _records(checked="split"))
def test_one_record_per_bullet(case: Case, expected: Expected):
    action = expect_action(actions_of(case), expected.text)
    others = [other.text for other in case.expected if other is not expected]
    assert all(found_action([action], other) is None for other in others), action.text
