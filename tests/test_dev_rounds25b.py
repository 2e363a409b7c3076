"""Stop 25, round B: four shapes the action stage missed on dev (corpus/gold/README.md "Stop 25").

U  Actions written in an action log's Update / Progress cell ("AS to chase", "NO to organise once foliage dies
   down.", "AUGUST UPDATE – HD offered to send an email to …", "… and will report back at the next meeting") are
   actions of their own, read by the sentence reader that reads minutes text, with the row's page; the row's own
   action stays; status words alone ("Completed", "Ongoing", "Action closed") and a restatement of the row's own
   action ("ON GOING – AS to action" beside "AS to action 20mph limit") give none; the same update printed again in
   a second log of the document (the summary at the end) is one action; a short owner tag closing an update ("…
   it was agreed it is needed. S to progress") is the step the sentence before it describes, owned by the row's
   owner where the tag's initials name nobody.
F  A line of a finance table (payee, detail, amounts: "HMRC (re above) 25.07 0.0") is no action, nor is a table's
   caption ("Invoices to be approved"), and neither runs into the sentence after it ("The Councillors resolved to
   pay all of the above.").
P  A post whose name has an apostrophe ("Director of Children's Services", "Head of Children’s Social Work",
   "Women's Officer") owns what it is asked or undertakes to do.
M  A motion's trailing "Time: 7:57 p.m." and, after an adjournment, "Next regular meeting to be held …" belong to
   the motion: one action, not a second one.

Sources (structure and phrasing kept; names, places and figures changed); the dev gold of
souldern-pc__2023-08-31_spc_minutes_action_log, souldern-pc__2025-11-27_spc_minutes,
newbiggin-pc__2019-09-03_newbiggin_pc_minutes and nipissing-township__2024-03-19_council_minutes, and:
- http://chearsleypc.blogspot.com/2017/03/minutes-20th-march-2017.html (members listed with initials, "ACTION: JL to
  resubmit", "ACTION: NB to order new bus stop signs")
- https://towncouncillor.com/3131/how-should-actions-agreed-at-meetings-be-monitored (a separate action list,
  reviewed and updated at each meeting)
- https://towncouncillor.com/6044/approve-and-pay-at-same-meeting?show=6056 (a list of payments for approval beside
  the regular payments already approved)
- https://leroytwp.com/category/meeting-minutes/page/4 (township minutes: "… moved to pay all bills as presented",
  motions with their times)
- https://modgov.sefton.gov.uk/ieIssueDetails.aspx?IId=69083&Opt=3 (children's services posts: "Cabinet Member –
  Children’s Social Care", curly apostrophes)

Each drawn document is drawn to a PDF (reportlab) and read end to end by ``extract_document``; the post cases are
minutes pages read by the NLP pass; owners are compared as `agendaparse eval` compares them. The real dev PDFs are
checked by path at the end (skipped without ../shared).

Pass before (unchanged code) -> after: U 2 of 11 -> 11; F 3 of 5 -> 5; P 3 of 7 -> 7; M 1 of 3 -> 3; real dev
PDFs 0 of 9 -> 9 (9 of 35 -> 35 of 35).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

import pytest

from action_pairing import found_action
from agendaparse.models import Action
from conftest import needs_shared
from minutes_page import (
    actions_on_page,
    minutes_item,
    minutes_page,
    real_actions,
    rendered_actions,
    same_owners,
    shared_nlp,
)
from segment_cases import Row

# A parish's minutes with the log of actions carried forward under the clerk's item and the same log again as the
# summary at the end (Souldern 2023's shape).
PARISH_LOG: list[Row] = [
    "# Hinton Parva Parish Council",
    "## Minutes of the Parish Council meeting held on Thursday 28th August 2025 at 7.30pm in the Village Hall",
    "Present: Neil Orton (NO) Chair, Alison Shaw (AS), Helen Dale (HD), Jack Ross (JR), Carol Frost (CF) Clerk",
    "## 08.25.05 Clerks Report and Actions from previous meeting",
    [(56, "No", True), (120, "Action", True), (330, "Owner", True), (380, "Update", True)],
    [(56, "Mar25.02"), (120, "AS to action 30mph limit"), (330, "AS"), (380, "ON GOING – AS to action")],
    [(380, "July update: ongoing")],
    [(380, "AUGUST UPDATE – HD offered to send an")],
    [(380, "email to the County Council (Highways)")],
    [(56, "Jun25.02"), (120, "Village upkeep – Workparty to clear"), (330, "NO"), (380, "NO to organise once the")],
    [(120, "the Mill Lane ditch"), (380, "hedges are cut back.")],
    [(56, "Jun25.04"), (120, "Pavilion lighting – NO to obtain"), (330, "NO"), (380, "AS to chase")],
    [(120, "a further quote")],
    [(56, "Jul25.06"), (120, "Co-option – AS to post notices on"), (330, "AS"), (380, "No responses received. NO had")],
    [(120, "the noticeboards"), (380, "spoken to someone who may be")],
    [(380, "interested and will report back at")],
    [(380, "the next meeting")],
    [(56, "Jul25.09"), (120, "Football club lease – AS to send"), (330, "AS"), (380, "Completed. Action closed")],
    [(120, "the lease to the club")],
    [(56, "Jul25.10"), (120, "Bus shelter – JR to repaint the"), (330, "JR"), (380, "Ongoing")],
    [(120, "shelter")],
    "## 08.25.06 Playground",
    "The PC agreed proposed by NO seconded by JR that the order should be placed for the new swings.",
    "Date of next meeting: 25th September 2025",
    "---",
    "** ACTION LIST SUMMARY",
    [(56, "No", True), (120, "Action", True), (330, "Owner", True), (380, "Update", True)],
    [(56, "Jun25.02"), (120, "Village upkeep – Workparty to clear"), (330, "NO"), (380, "NO to organise once the")],
    [(120, "the Mill Lane ditch"), (380, "hedges are cut back.")],
    [(56, "Jun25.04"), (120, "Pavilion lighting – NO to obtain"), (330, "NO"), (380, "AS to chase")],
    [(120, "a further quote")],
]

# A committee's action tracker with a "Progress update" column (officers' posts as owners).
TRACKER: list[Row] = [
    "# Eastmoor Borough Council",
    "## Housing Overview and Scrutiny Committee - Action Tracker",
    "Meeting held on 14 October 2025",
    [(56, "Ref", True), (100, "Action", True), (300, "Officer", True), (400, "Progress update", True)],
    [(56, "21"), (100, "Circulate the voids performance data"), (300, "Facilitator"), (400, "Complete")],
    [(100, "to Members"), (400, "")],
    [(56, "22"), (100, "Arrange a site visit to the new"), (300, "Facilitator"), (400, "The Chair will confirm")],
    [(100, "extra care scheme"), (400, "the date with Members.")],
]

# A parish's finance minute: two small ruled payment tables, each under its caption, then the resolution.
FINANCE: list[Row] = [
    "# Lowick Parish Council",
    "## Minutes of the meeting held on Tuesday 2nd September 2025 at 7.30pm",
    "Present: Cllrs Tom Hale (Chair), Ruth Dean and Mark Fell; Sue Webb (Clerk)",
    "## 25.09.11 Finance - The following accounts were approved for payment:",
    "** Paid by standing order",
    [(56, "Payee", True), (170, "Detail", True), (290, "Total £s", True), (360, "VAT", True)],
    [(56, "Sue Webb"), (170, "Clerk Salary"), (290, "131.40"), (360, "0.0")],
    [(56, "HMRC"), (170, "(re above)"), (290, "26.12"), (360, "0.0")],
    "** Invoices to be approved",
    [(56, "Payee", True), (170, "Detail", True), (290, "Total £s", True), (360, "VAT", True)],
    [(56, "Mark Fell"), (170, "Litter picks"), (290, "48.20"), (360, "8.03")],
    [(56, "Dale Mowing"), (170, "Sept grass cut"), (290, "396.00"), (360, "66.00")],
    "## 25.09.12 Accounts",
    "Invoices received :-",
    "Hale & Sons Benches for Green   £ 52.00",
    "Borough Council Election Costs   £ 112.00",
    "Village Minibus Donation requested, agreed to pay £ 70.00",
    "The Councillors resolved to pay all of the above.",
    "The Clerk will send the remittance advice to each supplier.",
]

TOWNSHIP: list[Row] = [
    "# The Corporation of the Township of Loring",
    "## Regular Council Meeting Minutes",
    "Tuesday, April 15, 2025 - 7:00 p.m.",
    "Present: Mayor Ann Wells and Councillors Bill Tate, Cora Pike, Dan Lowe and Eve Marsh.",
    "** R2025-088 B. Tate, C. Pike:",
    "That this part of our meeting will be closed to the public for consideration of a personal matter.",
    "Time: 7:12 p.m. Carried.",
    "** R2025-089 D. Lowe, E. Marsh:",
    "That we resume to an open public meeting. Time: 7:31 p.m. Carried.",
    "** R2025-090 E. Marsh, B. Tate:",
    "That the meeting be adjourned. Time: 8:04 p.m. Next regular meeting to be held May 6, 2025.",
    "Carried.",
]

DOCUMENTS: dict[str, list[Row]] = {
    "parish-log": PARISH_LOG,
    "tracker": TRACKER,
    "finance": FINANCE,
    "township": TOWNSHIP,
}


@cache
def drawn_actions(name: str) -> tuple[Action, ...]:
    """The actions extraction reads from the drawn document (drawn and read once per session)."""
    return rendered_actions(DOCUMENTS[name])


def _expect(actions: list[Action], printed: str, owners: list[str]) -> Action:
    action = found_action(actions, printed)
    assert action is not None, (printed, [a.text for a in actions])
    assert same_owners(action.owners, owners), (printed, action.owners)
    return action


# --- U: actions written in a log row's Update cell -----------------------------------------------------------------

UPDATE_ACTIONS = [
    ("parish-log", "HD offered to send an email to the County Council (Highways)", ["Helen Dale"]),
    ("parish-log", "NO to organise once the hedges are cut back.", ["Neil Orton"]),
    ("parish-log", "AS to chase", ["Alison Shaw"]),
    (
        "parish-log",
        "NO had spoken to someone who may be interested and will report back at the next meeting",
        ["Neil Orton"],
    ),
    ("tracker", "The Chair will confirm the date with Members.", ["Chair"]),
]


@pytest.mark.parametrize(("document", "printed", "owners"), UPDATE_ACTIONS, ids=[c[1][:24] for c in UPDATE_ACTIONS])
def test_u_update_cell_action(document: str, printed: str, owners: list[str]) -> None:
    _expect(list(drawn_actions(document)), printed, owners)


def test_u_update_action_has_the_rows_page() -> None:
    action = _expect(
        list(drawn_actions("parish-log")),
        "NO had spoken to someone who may be interested and will report back at the next meeting",
        ["Neil Orton"],
    )
    assert action.provenance.page == 1
    assert action.action_plan_row is not None


def test_u_update_action_dated_from_the_pages() -> None:
    """Given the pages and the meeting's date, "at the next meeting" is the next meeting's date, as in minutes."""
    from agendaparse.models import ActionPlanRow, Provenance
    from agendaparse.nlp import actions_from_plan_rows

    row = ActionPlanRow(
        table=0,
        row=0,
        action="Co-option – AS to post notices on the noticeboards",
        named_lead="Alison Shaw",
        progress="No responses received. NO had spoken to someone who may be interested and will report back at the "
        "next meeting",
        provenance=Provenance(document="d", page=1, method="test"),
    )
    pages = [
        minutes_page(["Present: Neil Orton (NO) Chair, Alison Shaw (AS)", "Date of next meeting: 25th September 2025"])
    ]
    actions = actions_from_plan_rows([row], "d", nlp=shared_nlp(), pages=pages, meeting_date=dt.date(2025, 8, 28))
    action = _expect(actions, "NO had spoken to someone who may be interested and will report back", ["Neil Orton"])
    assert action.due == dt.date(2025, 9, 25)


def test_u_rows_own_actions_stay() -> None:
    actions = list(drawn_actions("parish-log"))
    _expect(actions, "AS to action 30mph limit", ["Alison Shaw"])
    _expect(actions, "Pavilion lighting – NO to obtain a further quote", ["Neil Orton"])


def test_u_no_action_from_status_words_or_a_restated_row() -> None:
    texts = [a.text for a in drawn_actions("parish-log")] + [a.text for a in drawn_actions("tracker")]
    assert not any(
        re.fullmatch(r"(?i)(?:completed?\.?|ongoing|action closed|no responses received\.?)", t) for t in texts
    )
    assert not any(t.startswith(("ON GOING", "July update")) or t == "AS to action" for t in texts), texts


def test_u_update_repeated_in_the_summary_is_one_action() -> None:
    texts = [a.text for a in drawn_actions("parish-log")]
    assert sum(t.startswith("NO to organise once") for t in texts) == 1, texts
    assert texts.count("AS to chase") == 1, texts


SOULDERN_UPDATE_CELL = [  # cells as the table reader gives them (a cell's lines joined), each with its row's owner
    (
        "In hand August update – AS questioned the need for replacement sign, but after discussion it was agreed it is "
        "needed. S to progress",
        "Alison Shaw",
    ),
]


def test_u_short_owner_tag_closes_the_sentence_before_it() -> None:
    from agendaparse.models import ActionPlanRow, Provenance
    from agendaparse.nlp import actions_from_plan_rows

    cell, lead = SOULDERN_UPDATE_CELL[0]
    row = ActionPlanRow(
        table=0,
        row=0,
        action="AS to order replacement signs",
        named_lead=lead,
        progress=cell,
        provenance=Provenance(document="d", page=1, method="test"),
    )
    actions = actions_from_plan_rows([row], "d", nlp=shared_nlp())
    _expect(
        actions,
        "August update – AS questioned the need for replacement sign, but after discussion it was agreed it is needed. "
        "S to progress",
        [lead],
    )
    assert len(actions) == 2, [a.text for a in actions]


# --- F: finance tables --------------------------------------------------------------------------------------------


def test_f_no_action_from_a_payments_line() -> None:
    texts = [a.text for a in drawn_actions("finance")]
    assert not any(re.search(r"\d\.\d{1,2}\s+\d", t) for t in texts), texts


def test_f_caption_is_no_action() -> None:
    texts = [a.text for a in drawn_actions("finance")]
    assert not any("to be approved" in t for t in texts), texts


def test_f_resolution_after_a_list_of_invoices_is_its_own() -> None:
    action = found_action(list(drawn_actions("finance")), "The Councillors resolved to pay all of the above.")
    assert action is not None
    assert "£" not in action.text, action.text


def test_f_approval_of_accounts_kept() -> None:
    assert found_action(list(drawn_actions("finance")), "The following accounts were approved for payment:")


def test_f_clerk_step_after_the_list_kept() -> None:
    _expect(list(drawn_actions("finance")), "The Clerk will send the remittance advice to each supplier.", ["Clerk"])


# --- P: posts with an apostrophe ----------------------------------------------------------------------------------

POST_CASES = [
    (
        "RESOLVED that the Panel ask the Director of Children's Services to report back on placement stability to "
        "the next meeting.",
        ["Director of Children's Services"],
    ),
    (
        "The Head of Children’s Social Work will circulate the revised protocol to Members.",
        ["Head of Children’s Social Work"],
    ),
    (
        "The Director of Children's Services agreed to share the sufficiency data with Members.",
        ["Director of Children's Services"],
    ),
    (
        "Members asked that the Assistant Director of Children's Services provide the figures for the next meeting.",
        ["Assistant Director of Children's Services"],
    ),
    ("The Women's Officer to contact the branch secretaries about the conference.", ["Women's Officer"]),
    (
        "The Committee asked the Director of Adults' Services to bring a report to the next meeting.",
        ["Director of Adults' Services"],
    ),
    (
        "It was agreed that the Director of Children’s Services would write to the Minister.",
        ["Director of Children’s Services"],
    ),
]


@pytest.mark.parametrize(("printed", "owners"), POST_CASES, ids=[f"post-{n}" for n in range(len(POST_CASES))])
def test_p_post_with_apostrophe_owns(printed: str, owners: list[str]) -> None:
    page = minutes_page(["Present: Cllr A Baxter (Chair), Cllr P Collins and Cllr D Evans", printed])
    _expect(actions_on_page(page, minutes_item(), dt.date(2026, 3, 10)), printed, owners)


# --- M: a motion's trailing time and next-meeting notice ----------------------------------------------------------


def test_m_adjournment_with_its_time_and_next_meeting_is_one_action() -> None:
    actions = list(drawn_actions("township"))
    printed = "That the meeting be adjourned. Time: 8:04 p.m. Next regular meeting to be held May 6, 2025."
    action = _expect(actions, printed, ["Council"])
    assert "Next regular meeting" in action.text, action.text
    assert action.due is None
    assert not any(a.text.startswith("Next regular meeting") for a in actions), [a.text for a in actions]


def test_m_resume_keeps_its_time() -> None:
    action = _expect(
        list(drawn_actions("township")), "That we resume to an open public meeting. Time: 7:31 p.m.", ["Council"]
    )
    assert "7:31" in action.text, action.text


def test_m_time_line_is_no_action() -> None:
    assert not any(a.text.startswith("Time:") for a in drawn_actions("township"))


# --- the real dev PDFs -----------------------------------------------------------------------------------------------

SOULDERN_2023 = "souldern-pc/2023-08-31_spc_minutes_action_log.pdf"
REAL_CASES = [
    (
        SOULDERN_2023,
        "AUGUST UPDATE – HD offered to send an email to OCC (Jeff Barrell – project manager)",
        ["Heidi Dennison"],
    ),
    (
        SOULDERN_2023,
        "August update – AS questioned the need for replacement sign, but after discussion it was agreed it is needed. "
        "S to progress",
        ["Alan Smith"],
    ),
    (
        SOULDERN_2023,
        "It was suggested that something is posted on the WhatsApp group asking people to keep dogs on lead and be "
        "aware of what they are doing. AS to post on WhatsApp",
        ["Alan Smith"],
    ),
    (SOULDERN_2023, "NO to organise once foliage dies down.", ["Nick Oakhill"]),
    (SOULDERN_2023, "AS to chase", ["Alan Smith"]),
    (
        SOULDERN_2023,
        "NO had spoken to someone who may be interested and will report back at the next meeting,",
        ["Nick Oakhill"],
    ),
    (
        "nipissing-township/2024-03-19_council_minutes.pdf",
        "That the meeting be adjourned. Time: 7:57 p.m. Next regular meeting to be held April 2, 2024.",
        ["Council"],
    ),
]


@needs_shared()
@pytest.mark.parametrize(
    ("relative", "printed", "owners"), REAL_CASES, ids=[f"{c[0].split('/')[0]}-{n}" for n, c in enumerate(REAL_CASES)]
)
def test_real_dev_actions(relative: str, printed: str, owners: list[str]) -> None:
    _expect(list(real_actions(relative)), printed, owners)


@needs_shared()
def test_real_dev_no_finance_lines() -> None:
    for relative in (SOULDERN_2023, "souldern-pc/2025-11-27_spc_minutes.pdf"):
        texts = [a.text for a in real_actions(relative)]
        assert not any(t.startswith("HMRC") for t in texts), texts


@needs_shared()
def test_real_dev_resolution_after_invoices() -> None:
    actions = list(real_actions("newbiggin-pc/2019-09-03_newbiggin_pc_minutes.pdf"))
    action = found_action(actions, "The Councillors resolved to pay all of the above.")
    assert action is not None and "£" not in action.text, [a.text for a in actions]
