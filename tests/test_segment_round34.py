"""Round 34 suite (issue #4): the document fields of the papers a council publishes besides its minutes.

Eleven whole documents (reports, two logs, a decision notice, a board paper, a plan's cover, a supplementary agenda, a
forward plan, a statement of accounts and a committee's annual report) are drawn over one to three pages with
reportlab (``segment_cases.render``) and read as ``extract_document`` reads their document fields
(``read_document`` then ``document_facts``; the later stages do not touch them). Each field is scored as
`agendaparse eval` compares it. The structure and phrasing of each follow a real page (names, places, dates and
numbers changed). Sources:

- http://democracy.southlakeland.gov.uk/ieDecisionDetails.aspx?AIId=15065 (an officer's report to an overview and
  scrutiny committee; the committee and date in each page's running head)
- https://modgov.north-norfolk.gov.uk/mgAi.aspx?ID=10411 and https://democracy.sholland.gov.uk/ieDecisionDetails.aspx?Id=902
  (a report's cover table: 'Report to', 'Date of meeting', 'Report of', 'Wards affected', 'Is this a key decision')
- https://communitydirectors.com.au/tools/actions-register-template (an action register: number, action, owner,
  target date, status, its meeting date in the heading; a second log is headed by the group's initials and 'as at')
- https://democracy.sholland.gov.uk/ieDecisionDetails.aspx?Id=902 (a decision notice: 'Decision Maker', 'Date of
  decision', 'Publication date', 'Effective from', subject to call in)
- http://www.mcgill.ca/boardofgovernors/governance/documents (a board's numbered papers, 'GD' plus the session)
- https://www.hsdl.org/?abstract&did=761279 (the cover of a government's second open government national action plan)
- https://byron.nsw.gov.au/Council/Council-and-committee-meetings/Agendas-and-Minutes (a supplementary agenda to an
  ordinary meeting: late reports)
- https://www.blackpool.gov.uk/Your-Council/The-Council/Council-constitution-and-plans/Forward-plan.aspx and
  http://www.southkesteven.gov.uk/index.aspx?articleid=1972 (a forward plan of key decisions over four months)
- https://www.wealden.gov.uk/transparency-spending-and-performance/finance/the-finances-of-the-council/statement-of-accounts/
  and https://www.eden.gov.uk/your-council/council-business/council-finances/annual-statement-of-accounts/statement-of-accounts/
  (a statement of accounts: narrative report, core statements, collection fund)
- https://democracy.northtyneside.gov.uk/mgAi.aspx?ID=7337 (the annual report of an audit committee, presented to
  the executive)
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from agendaparse.segment import document_facts
from segment_cases import Row, document_check_params, render, same_field

FIELDS = ("meeting_date", "body", "committee", "doc_type")


@dataclass
class Paper:
    rows: list[Row]
    fields: dict[str, str | None]  # a field left out is not scored (its truth is unsettled)
    head: str | None = None
    foot: str | None = None
    from_page: int = 1
    notes: list[str] = field(default_factory=list)


def scrutiny_report_running_head() -> Paper:
    """An officer's report whose committee and date are only in the running head; another council is mentioned."""
    return Paper(
        rows=[
            "# Calderbrook Borough Council",
            "## Draft Scrutiny Annual Report 2025/26",
            "Report of the Head of Governance and Democratic Services",
            "** 1. Purpose of the report",
            "To consider the draft Scrutiny Annual Report 2025/26 before it is presented to the Annual Meeting of",
            "Council in May.",
            "** 2. Recommendation",
            "That the draft Scrutiny Annual Report, attached at Appendix 1, be referred to Council.",
            "** 3. Background",
            "The Constitution requires the Committee to report on its work each year. A joint review with",
            "Harrowfield County Council of the shared waste contract is reported in section 5.",
            "---",
            "** 4. Work programme",
            "The Committee held eight meetings during the year and completed two task and finish reviews.",
            "** 5. Joint reviews",
            "The joint review panel met four times and its report went to both councils' executives.",
            "** 6. Financial implications",
            "There are no financial implications arising from this report.",
        ],
        fields={
            "meeting_date": "2026-01-21",
            "body": "Calderbrook Borough Council",
            "committee": "Overview & Scrutiny Committee",
            "doc_type": "report",
        },
        head="Overview & Scrutiny Committee - 21 January 2026",
        foot="Calderbrook Borough Council",
    )


def cabinet_report_cover_table() -> Paper:
    """A report whose cover is a two-column table: 'Report to: Cabinet', 'Date of meeting: ...'."""
    return Paper(
        rows=[
            "# Fenmoor District Council",
            [(56, "Report to:", True), (200, "Cabinet")],
            [(56, "Date of meeting:", True), (200, "12 February 2025")],
            [(56, "Report of:", True), (200, "Director of Place")],
            [(56, "Title:", True), (200, "Car Parking Tariffs 2025/26")],
            [(56, "Wards affected:", True), (200, "All")],
            [(56, "Key decision:", True), (200, "Yes")],
            [(56, "Contact officer:", True), (200, "Ruth Oakley, Parking Services Manager")],
            "** 1. Executive summary",
            "This report sets out proposed car parking tariffs for 2025/26 following the review agreed in July.",
            "** 2. Recommendations",
            "That Cabinet approves the tariffs set out in Appendix A with effect from 1 April 2025.",
            "** 3. Reasons for recommendations",
            "The tariffs have not been reviewed since 2021 and no longer cover the cost of the service.",
            "---",
            "** 4. Options considered",
            "Option 1: no change. Rejected because the service would continue to run at a deficit.",
            "Option 2: a flat increase of 10%. Rejected because it does not reflect demand in the town centre.",
            "** 5. Consultation",
            "Town and parish councils and the chamber of trade were consulted in November and December 2024.",
        ],
        fields={
            "meeting_date": "2025-02-12",
            "body": "Fenmoor District Council",
            "committee": "Cabinet",
            "doc_type": "report",
        },
        foot="Fenmoor District Council – Cabinet – 12 February 2025",
        from_page=2,
    )


def board_action_log() -> Paper:
    """A standalone action log: the board, the kind of paper and the date are all in one heading."""
    return Paper(
        rows=[
            "## Coastal Data Board action log — updated 19 July 2011",
            [(56, "No.", True), (90, "Action", True), (330, "Owner", True), (420, "Deadline", True),
             (490, "Status", True)],
            [(56, "1"), (90, "Publish the register of harbour datasets"), (330, "Secretariat"), (420, "June 2011"),
             (490, "Complete")],
            [(56, "2"), (90, "Circulate the draft licence to members"), (330, "Anna Voss"), (420, "July 2011"),
             (490, "Ongoing")],
            [(56, "3"), (90, "Agree the open data principles with ports"), (330, "Board members"),
             (420, "Sept 2011"), (490, "Ongoing")],
            [(56, "4"), (90, "Report on take-up of the tide gauge data"), (330, "Carl Dent"), (420, "Oct 2011"),
             (490, "Not started")],
            [(56, "5"), (90, "Set the date of the next Board meeting"), (330, "Secretariat"), (420, "July 2011"),
             (490, "Complete")],
        ],
        fields={"meeting_date": "2011-07-19", "committee": "Coastal Data Board", "doc_type": "action_plan"},
        notes=["No body is printed (the board's department is not named): body is not scored."],
    )


def initials_actions_as_at() -> Paper:
    """A group's actions under its initials, 'as at' a numeric date; the text spells the initials out once."""
    return Paper(
        rows=[
            "## RTUG actions, as at 14/05/2013",
            "Actions agreed by the Road Traffic User Group (RTUG) and their progress since the last meeting.",
            [(56, "Ref", True), (90, "Action", True), (330, "Owner", True), (430, "Status", True)],
            [(56, "12.1"), (90, "Share the count site list with members"), (330, "Secretariat"), (430, "Done")],
            [(56, "12.2"), (90, "Draft a note on the speed data licence"), (330, "Ian Moss"), (430, "Open")],
            [(56, "12.3"), (90, "Invite the highways agency to present"), (330, "Chair"), (430, "Open")],
        ],
        fields={"meeting_date": "2013-05-14", "committee": "Road Traffic User Group", "doc_type": "action_plan"},
        notes=["The ODUG action log's dev gold names the group in full where the paper spells out its initials."],
    )


def decision_notice() -> Paper:
    """A notice of one executive decision: 'Decision Maker: Cabinet', 'Date of decision: ...'."""
    return Paper(
        rows=[
            "# Marshfield District Council",
            "## Decision details",
            "** Leisure Facilities Task Group – Final Report",
            [(56, "Decision Maker:", True), (220, "Cabinet")],
            [(56, "Decision status:", True), (220, "Recommendations Approved")],
            [(56, "Is Key decision?:", True), (220, "No")],
            [(56, "Is subject to call in?:", True), (220, "Yes")],
            "** Purpose:",
            "To present the task group's final report for consideration.",
            "** Decision:",
            "1. That the recommendations (1 to 6) set out in section 7 of the Task Group's Final Report are approved.",
            "2. That a Cabinet Task Group be set up, led by the Portfolio Holder for Communities.",
            "** Alternative options considered:",
            "Do nothing – none of the task group's recommendations would be approved.",
            [(56, "Publication date:", True), (220, "09/06/2022")],
            [(56, "Date of decision:", True), (220, "07/06/2022")],
            [(56, "Decided at meeting:", True), (220, "07/06/2022 - Cabinet")],
            [(56, "Effective from:", True), (220, "17/06/2022")],
        ],
        fields={"meeting_date": "2022-06-07", "body": "Marshfield District Council", "committee": "Cabinet"},
        notes=["doc_type not scored: a notice of one decision is neither minutes nor a report by the README."],
    )


def numbered_board_paper() -> Paper:
    """A board's briefing paper numbered 'Paper HB(5)2': the board named in the heading, the meeting date under it."""
    return Paper(
        rows=[
            "Paper HB(5)2",
            "# Health Informatics Board",
            "## Meeting of 14 March 2012",
            "## Briefing paper: linking the hospital episode data",
            "** Purpose",
            "1. This paper asks the Board to note progress on linking the hospital episode data and to agree the",
            "approach to the pilot set out in paragraphs 6 to 9.",
            "** Background",
            "2. At its fourth meeting the Board asked the secretariat to report on the options for linking.",
            "3. Three options were considered: full linkage, a trusted third party, and a sample.",
            "** Recommendation",
            "4. The Board is invited to agree the trusted third party option for the pilot.",
            "Secretariat, March 2012",
        ],
        fields={"meeting_date": "2012-03-14", "committee": "Health Informatics Board", "doc_type": "report"},
        notes=["The board's department is not printed: body is not scored (the TB2 dev gold names its department)."],
    )


def national_action_plan_cover() -> Paper:
    """The cover and foreword of a national action plan: a government, no meeting, a publication month."""
    return Paper(
        rows=[
            "# The Second Open Government National Action Plan",
            "# for the Republic of Norland",
            "December 2013",
            "---",
            "** Foreword",
            "In 2011 the Government launched the first Open Government National Action Plan, a set of 26",
            "commitments to increase public integrity and improve the management of public resources.",
            "This second plan builds on that progress with 23 commitments to be delivered over two years.",
            "** Commitments",
            [(56, "Commitment", True), (300, "Lead", True), (430, "Timescale", True)],
            [(56, "Open the federal spending data"), (300, "Treasury"), (430, "December 2014")],
            [(56, "Modernise records management"), (300, "National Archives"), (430, "December 2015")],
            [(56, "Expand the petitions platform"), (300, "Cabinet Secretariat"), (430, "June 2014")],
        ],
        fields={"meeting_date": None, "committee": None, "doc_type": "action_plan"},
        notes=["A government's name ('Republic of Norland') as body is unsettled by the README: body not scored."],
    )


def supplementary_agenda() -> Paper:
    """A supplementary agenda to an ordinary council meeting, listing the late reports."""
    return Paper(
        rows=[
            "# Tallowood Shire Council",
            "## Supplementary Agenda No. 2",
            "## Ordinary Meeting of Council",
            "## Thursday 24 October 2024 at 9.00am",
            "Please find attached the following late reports for consideration at the meeting.",
            "** 13.7 Draft Coastal Management Program – Adoption",
            "** 13.8 Quarterly Budget Review – September 2024",
            "** 14.3 Audit, Risk and Improvement Committee – Minutes of 3 October 2024",
            "Mark Ellery",
            "General Manager",
        ],
        fields={
            "meeting_date": "2024-10-24",
            "body": "Tallowood Shire Council",
            "committee": "Council",
            "doc_type": "agenda_pack",
        },
    )


def forward_plan() -> Paper:
    """A forward plan of key decisions: many decision makers and dates, no one meeting."""
    return Paper(
        rows=[
            "# Brackenholt Borough Council",
            "## Forward Plan of Key Decisions",
            "## For the period 1 March 2026 to 30 June 2026",
            "This plan gives 28 days' notice of the key decisions the Executive expects to take in the next four",
            "months, and of any item to be considered in private.",
            [(56, "Matter for decision", True), (250, "Decision maker", True), (370, "Date of decision", True)],
            [(56, "Housing Allocations Policy"), (250, "Executive"), (370, "18 March 2026")],
            [(56, "Town Centre Car Parks Lease"), (250, "Cabinet Member for Assets"), (370, "April 2026")],
            [(56, "Leisure Contract Extension"), (250, "Executive"), (370, "15 April 2026")],
            [(56, "Revenue Outturn 2025/26"), (250, "Executive"), (370, "17 June 2026")],
            "Published: 13 February 2026",
        ],
        fields={"meeting_date": None, "body": "Brackenholt Borough Council", "committee": None, "doc_type": "other"},
    )


def statement_of_accounts_cover() -> Paper:
    """The cover and contents of a statement of accounts: the year's end is not a meeting date."""
    return Paper(
        rows=[
            "# Hazelford District Council",
            "# Statement of Accounts 2024/25",
            "## For the year ended 31 March 2025",
            "(subject to audit)",
            "---",
            "## Contents",
            [(56, "Narrative Report"), (480, "3")],
            [(56, "Statement of Responsibilities for the Statement of Accounts"), (480, "12")],
            [(56, "Movement in Reserves Statement"), (480, "14")],
            [(56, "Comprehensive Income and Expenditure Statement"), (480, "15")],
            [(56, "Balance Sheet"), (480, "16")],
            [(56, "Cash Flow Statement"), (480, "17")],
            [(56, "Collection Fund"), (480, "58")],
        ],
        fields={"meeting_date": None, "body": "Hazelford District Council", "committee": None, "doc_type": "other"},
    )


def committee_annual_report() -> Paper:
    """A committee's annual report presented to the council's executive on a date in the cover table."""
    return Paper(
        rows=[
            "# Wyebridge Metropolitan Borough Council",
            [(56, "Meeting:", True), (200, "Cabinet")],
            [(56, "Date:", True), (200, "29 July 2024")],
            [(56, "Title:", True), (200, "Audit Committee Annual Report 2023/24")],
            [(56, "Portfolio:", True), (200, "Finance and Resources")],
            "** 1. Purpose",
            "To present the Annual Report of the Audit Committee covering the work it performed in 2023/24.",
            "** 2. Recommendation",
            "Cabinet is asked to note the annual report, which sets out how the Audit Committee has discharged",
            "the responsibilities in its terms of reference and the outcome of its self-assessment.",
            "---",
            "** 3. The work of the Committee",
            "The Committee met five times and received reports on internal audit, external audit, risk management",
            "and counter fraud. It approved the Statement of Accounts for 2022/23 on 30 November 2023.",
        ],
        fields={
            "meeting_date": "2024-07-29",
            "body": "Wyebridge Metropolitan Borough Council",
            "committee": "Cabinet",
            "doc_type": "report",
        },
        foot="Wyebridge Metropolitan Borough Council",
    )


DOCUMENTS = {
    "scrutiny-report-running-head": scrutiny_report_running_head,
    "cabinet-report-cover-table": cabinet_report_cover_table,
    "board-action-log": board_action_log,
    "initials-actions-as-at": initials_actions_as_at,
    "decision-notice": decision_notice,
    "numbered-board-paper": numbered_board_paper,
    "national-action-plan-cover": national_action_plan_cover,
    "supplementary-agenda": supplementary_agenda,
    "forward-plan": forward_plan,
    "statement-of-accounts-cover": statement_of_accounts_cover,
    "committee-annual-report": committee_annual_report,
}
XFAIL: dict[tuple[str, str], str] = {}


def _read(name: str, folder: Path) -> tuple[Paper, dict[str, object]]:
    paper = DOCUMENTS[name]()
    pages = render(folder / f"{name}.pdf", paper.rows, head=paper.head, foot=paper.foot, from_page=paper.from_page)
    facts = document_facts(pages)
    found: dict[str, object] = {key: getattr(facts, key) for key in FIELDS}
    found["meeting_date"] = facts.meeting_date.isoformat() if facts.meeting_date else None
    return paper, found


@pytest.fixture(scope="module")
def read_papers(tmp_path_factory) -> dict[str, tuple[Paper, dict[str, object]]]:
    folder = tmp_path_factory.mktemp("papers34")
    return {name: _read(name, folder) for name in DOCUMENTS}


def _judged(name: str, check: str) -> bool:
    return check in DOCUMENTS[name]().fields


@pytest.mark.parametrize(("name", "check"), document_check_params(DOCUMENTS, FIELDS, _judged, XFAIL))
def test_paper_field(read_papers, name: str, check: str) -> None:
    paper, found = read_papers[name]
    assert same_field(check, found[check], paper.fields[check]), (found[check], paper.fields[check])
