"""Round 22 suite (issue #4 build item 4): web pages of agendas and minutes printed to PDF from a browser.

Each case is a council's meeting page as a browser prints it (tests/segment_cases.render_web_print): the date and
time of printing and the page's title at the top of every page, the page's address and '2/5' at the foot. The pages:
ModernGov 'Agenda and minutes' pages (Venue:, Contact:, 'Items / No. Item', each item as '249.' beside its title
with the 'PDF 112 KB' size of its linked report, 'Additional documents:' link lists, 'Minutes:' and 'Decision:'
blocks, RESOLVED with its numbered points, 'Matters Arising', '... view the full minutes text for item 251.',
'Share this item'), a minute number of the council year ('77/24'), a one-page print, a ModernGov 'Decision details'
page and an 'Issue details' page (a decision's fields and a list of links, no items), a CMIS 'Meeting Details'
page (items in a numbered column, each document as '(PDF, 210Kb)'), and a Canadian eSCRIBE minutes page ('Present:',
'Regrets:', 'Staff Present:', 'Moved By:', 'Carried', sub-items '4.1' and an attachment's file name).
Scored as `agendaparse eval` scores them (norm_number / norm_text / norm_name): the items (number, title; no link
residue in a title), each item's text and every page's search text without residue (browser headers and footers,
'PDF 112 KB', 'view the full minutes text', 'Share this item'), attendance and apologies, body / committee / date.
Negatives: a 'Minutes:' line is not an item, a list of document links is not a list of items.
Each case keeps the structure and phrasing pattern of a real page (names, places and numbers changed).
Sources:
- https://chichester.moderngov.co.uk/ieListDocuments.aspx?CId=130&MId=1147 (ModernGov 'Agenda and minutes': 'Venue:
  ... View directions', 'Contact: ... on 01243 ... Email:', '249. Approval of Minutes pdf icon PDF 112 KB', 'Minutes:',
  'RESOLVED', 'Matters Arising: Minute 242, page 6 - ...')
- https://mycouncil.surreycc.gov.uk/ieListDocuments.aspx?CId=120&MId=7763 ('Agenda, decisions and minutes', items
  '77/21', 'Share this item', 'Additional documents:', 'Decision:' then 'Minutes:' under each item)
- https://meetings.sypensions.org.uk/ieListDocuments.aspx?CId=1138&MId=1643 (a pensions authority's ModernGov
  agenda: urgent items, 'Items to be considered in the absence of the public and press')
- https://democracy.arun.gov.uk/mgDelegatedDecisions.aspx?&DR=20%2f03%2f2020-03%2f04%2f2020&RP=0&K=0&DM=0&HD=0&DS=2&Next=true&META=mgdelegateddecisions&V=1
  (ModernGov decisions: 'Minutes ref: 303 Recommendations Approved', 'Decision Maker:', 'Made at meeting:',
  'Decision published:', 'Effective from:', 'Decision:')
- https://democracy.durham.gov.uk/mgIssueHistoryHome.aspx?IId=44405 is cited elsewhere; the 'Issue details' page here
  follows its fields ('Decision type: Non-key', 'Decision status: Recommendations Approved', 'Agenda items')
- https://birmingham.cmis.uk.com/birmingham/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/14866/Committee/37/Default.aspx
  (CMIS 'Meeting Details': 'Documents', 'Agenda', 'Public Agenda', numbered items with their descriptions)
- https://www.minutes.haringey.gov.uk/ieListDocuments.aspx?CId=118&MId=6970 and
  https://democracy.towerhamlets.gov.uk/ieListDocuments.aspx?CId=720&MID=11332 (the document links above the items:
  'Agenda frontsheet PDF 421 KB', 'Printed minutes PDF 276 KB'; 'Additional documents:' under every item)
- https://weblink.ci.wheatridge.co.us/WebLink/DocView.aspx?dbid=0&id=190724&repo=COWR and
  https://pub-victoria.escribemeetings.com (North American minutes: roll call, 'Also present:', motions 'Carried')
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from agendaparse.evaluate import norm_name, norm_number, norm_text
from agendaparse.pdf import PageLayout
from agendaparse.segment import agenda_items, document_facts, meeting_attendance, minutes_items
from segment_cases import PRINTED_AT, Row, render_web_print

# what a printed web page leaves in text: the browser's header and footer, 'view the full ... text', sharing links
PAGE_RESIDUE = re.compile(
    r"view the full (?:minutes|agenda|decision) text|share this item|https?://|"
    r"\b\d{1,2}/\d{1,2}/\d{4}, \d{1,2}:\d{2}\b|^\d{1,2}/\d{1,2}$",
    re.I | re.M,
)
# ... and the sizes of linked documents, which items' titles and text must not keep either
RESIDUE = re.compile(rf"{PAGE_RESIDUE.pattern}|\bpdf icon\b|\bPDF,?\s+\d+\s*[KM]B\b|\(PDF, \d+\s*Kb\)", re.I | re.M)

# --- ModernGov 'Agenda and minutes' (a district council): items '248.' beside bold titles with their report's size
MODERNGOV: list[Row] = [
    "# Northbrook District Council",
    "## Agenda and minutes",
    "Corporate Governance and Audit Committee - Thursday, 27th June, 2024 9.30 am",
    "Venue: Committee Room 2, East Pallant House. View directions",
    "Contact: Karen Dale on 01632 534600 Email: kdale@northbrook.gov.uk",
    "Media",
    "** Items",
    [(56, "No.", True), (110, "Item", True)],
    [(56, "248."), (110, "Chairman's Announcements", True)],
    [(110, "Any apologies for absence that have been received will be noted at this point.")],
    [(110, "Minutes:", True)],
    [(110, "Apologies for absence were received from Mr J Hart and Mrs P Lowe.")],
    [(56, "249."), (110, "Approval of Minutes PDF 112 KB", True)],
    [(110, "The committee is requested to approve the minutes of its meeting on 28 March 2024.")],
    [(110, "Additional documents:", True)],
    [(124, "Appendix to the minutes, item 249 PDF 45 KB")],
    [(110, "Minutes:", True)],
    [(110, "RESOLVED")],
    [(110, "That the minutes of the meeting held on 28 March 2024 be approved and signed by the Chair.")],
    [(110, "Matters Arising: Minute 242, page 6 - 1,400 claimants had received overpayments in the year.")],
    [(56, "250."), (110, "Declarations of Interest", True)],
    [(110, "Minutes:", True)],
    [(110, "There were no declarations of interests.")],
    [(56, "251."), (110, "Treasury Management Annual Report 2023-2024 PDF 310 KB", True)],
    [(110, "Report of the Director of Corporate Services.")],
    [(110, "Additional documents:", True)],
    [(124, "Appendix 1 - Prudential Indicators, item 251 PDF 88 KB")],
    [(124, "Appendix 2 - Counterparty List, item 251 PDF 61 KB")],
    [(110, "Minutes:", True)],
    [(110, "Mr Reed introduced the report and answered questions from members of the committee.")],
    [(110, "RESOLVED")],
    [(110, "That the committee:")],
    [(124, "(1) notes the treasury management outturn for 2023-2024; and")],
    [(124, "(2) recommends the report to Council for approval.")],
    [(110, "... view the full minutes text for item 251.")],
    [(56, "252."), (110, "Internal Audit Progress Report PDF 205 KB", True)],
    [(110, "Minutes:", True)],
    [(110, "The Principal Auditor presented the report. Five audits had been completed since the last meeting.")],
    [(110, "RESOLVED")],
    [(110, "That the progress report be noted.")],
    [(56, "253."), (110, "Work Programme PDF 74 KB", True)],
    [(110, "Minutes:", True)],
    [(110, "The work programme was noted.")],
]
MODERNGOV_PRINT = ("Agenda and minutes - Northbrook District Council",
                   "https://northbrook.moderngov.co.uk/ieListDocuments.aspx?CId=130&MId=1147")

# --- 'Agenda, decisions and minutes' (a county council): minute numbers of the year, 'Share this item', a
# 'Decision:' block before the 'Minutes:' block, and the meeting's document links above the items
DECISIONS: list[Row] = [
    "# Weald County Council",
    "## Agenda, decisions and minutes",
    "Cabinet - Tuesday, 23rd April, 2024 2.00 pm",
    "Agenda frontsheet PDF 421 KB",
    "Agenda reports pack",
    "Printed decisions PDF 300 KB",
    "Printed minutes PDF 276 KB",
    "Venue: Council Chamber, Woodhatch Place",
    "Contact: Vicky Marsh or Imran Khan Email: imran.khan@weald.gov.uk",
    "** Items",
    [(56, "No.", True), (110, "Item", True)],
    [(56, "77/24"), (110, "Apologies for Absence")],
    [(110, "• Share this item")],
    [(110, "Additional documents:")],
    [(110, "Decision:")],
    [(110, "There were none.")],
    [(110, "Minutes:")],
    [(110, "There were none.")],
    [(56, "78/24"), (110, "Minutes of Previous Meeting: 26 March 2024 PDF 365 KB")],
    [(110, "• Share this item")],
    [(110, "Additional documents:")],
    [(110, "Decision:")],
    [(110, "The Minutes of the Cabinet meeting held on 26 March 2024 were approved as a correct record.")],
    [(110, "Minutes:")],
    [(110, "The Minutes of the Cabinet meeting held on 26 March 2024 were approved as a correct record.")],
    [(56, "79/24"), (110, "Declarations of Interest")],
    [(56, "80/24"), (110, "Home to School Travel Assistance Policy PDF 540 KB")],
    [(110, "• Share this item")],
    [(110, "Additional documents:")],
    [(124, "Annex 1 - Draft Policy, item 80/24 PDF 1 MB")],
    [(124, "Annex 2 - Equality Impact Assessment, item 80/24 PDF 320 KB")],
    [(110, "Decision:")],
    [(110, "RESOLVED:")],
    [(124, "1. That the revised Home to School Travel Assistance Policy be approved.")],
    [(124, "2. That authority be delegated to the Director of Education to make minor changes.")],
    [(110, "Reason for decision:")],
    [(110, "To provide a clear policy for families and to meet the statutory duty.")],
    [(110, "Minutes:")],
    [(110, "The Cabinet Member for Education introduced the report.")],
    [(110, "... view the full minutes text for item 80/24")],
    [(56, "81/24"), (110, "Exclusion of the Public")],
    [(110, "• Share this item")],
    [(110, "Minutes:")],
    [(110, "RESOLVED: That the public be excluded for the following item under Schedule 12A.")],
]
DECISIONS_PRINT = ("Agenda, decisions and minutes - Weald County Council",
                   "https://mycouncil.weald.gov.uk/ieListDocuments.aspx?CId=120&MId=7763")

# --- the same layout, a short meeting printed on one page (so the browser's furniture repeats on no other page)
SHORT: list[Row] = [
    "# Amberley Borough Council",
    "## Agenda and minutes",
    "Licensing Sub-Committee - Monday, 8th January, 2024 10.00 am",
    "Venue: Committee Room 1, Town Hall",
    "Contact: Peter Gale",
    "** Items",
    [(56, "No.", True), (110, "Item", True)],
    [(56, "31."), (110, "Election of Chair", True)],
    [(110, "Minutes:", True)],
    [(110, "RESOLVED that Councillor Ann Ford be elected Chair for the meeting.")],
    [(56, "32."), (110, "Application for a Premises Licence - The Old Mill PDF 2 MB", True)],
    [(110, "Minutes:", True)],
    [(110, "RESOLVED that the licence be granted subject to the conditions agreed at the hearing.")],
]
SHORT_PRINT = ("Agenda and minutes - Amberley Borough Council",
               "https://democracy.amberley.gov.uk/ieListDocuments.aspx?CId=412&MId=3301")

# --- CMIS 'Meeting Details' (a city council's agenda): numbered items in a column, each document as '(PDF, 210Kb)'
CMIS: list[Row] = [
    "# Kingsford City Council",
    "## Meeting Details",
    "Cabinet",
    "Date: Tuesday, 12 March 2024",
    "Time: 10:00",
    "Venue: Committee Room 6, Council House",
    "** Documents",
    "** Agenda",
    "Public Agenda",
    [(56, "1"), (90, "Notice of Recording/Webcast")],
    [(90, "The Chair to advise that this meeting will be webcast for live or subsequent broadcast.")],
    [(56, "2"), (90, "Apologies")],
    [(90, "To receive any apologies.")],
    [(56, "3"), (90, "Declarations of Interests")],
    [(90, "Members are reminded that they must declare all relevant pecuniary and other interests.")],
    [(56, "4"), (90, "Minutes - 13 February 2024")],
    [(90, "Minutes 13.02.24 (PDF, 210Kb)")],
    [(56, "5"), (90, "Local Transport Plan Delivery 2024/25")],
    [(90, "Report of the Director of Place.")],
    [(90, "Local Transport Plan Delivery report (PDF, 640Kb)")],
    [(90, "Appendix 1 - Schemes (PDF, 95Kb)")],
    [(56, "6"), (90, "Other Urgent Business")],
    [(90, "To consider any items of business by reason of special circumstances.")],
]
CMIS_PRINT = ("Meeting Details - Kingsford City Council",
              "https://kingsford.cmis.uk.com/kingsford/Meetings/tabid/70/ctl/ViewMeetingPublic/Meeting/14866/Default.aspx")

# --- Canadian eSCRIBE minutes page: roll call blocks, motions, sub-items '4.1', an attachment's file name
ESCRIBE: list[Row] = [
    "# City of Lakeport",
    "## Council Minutes",
    "Meeting #: 2024-05",
    "Date: Tuesday, March 12, 2024",
    "Time: 7:00 p.m.",
    "Location: Council Chambers, City Hall",
    "Present: Mayor D. Ross, Councillor E. Chu, Councillor F. Blake, Councillor G. Singh",
    "Regrets: Councillor H. Moore",
    "Staff Present: T. Wong, City Clerk; R. Patel, Chief Administrative Officer",
    "** 1. Call to Order",
    "The meeting was called to order at 7:00 p.m.",
    "** 2. Adoption of Agenda",
    "Moved By: Councillor Chu",
    "Seconded By: Councillor Blake",
    "That the agenda for the March 12, 2024 meeting be adopted as presented.",
    "Carried",
    "** 3. Disclosure of Pecuniary Interest",
    "None.",
    "** 4. Adoption of Minutes",
    "** 4.1 Regular Council Meeting - February 27, 2024",
    "Moved By: Councillor Singh",
    "Seconded By: Councillor Chu",
    "That the minutes of the February 27, 2024 meeting be adopted.",
    "Carried",
    "** 5. Staff Reports",
    "** 5.1 Transit Route Review",
    "Report 2024-031 Transit Route Review.pdf",
    "Moved By: Councillor Blake",
    "Seconded By: Councillor Singh",
    "That Council endorse the revised transit routes set out in the report.",
    "Carried",
    "** 6. Adjournment",
    "The meeting adjourned at 8:15 p.m.",
]
ESCRIBE_PRINT = ("Council - March 12, 2024", "https://pub-lakeport.escribemeetings.com/Meeting.aspx?Id=5a1c&Agenda=PostMinutes")

# (id, rows, (print title, address), what a case judges) -- a judgement left out is not scored for that page
CASES: list[tuple[str, list[Row], tuple[str, str], dict[str, Any]]] = [
    ("moderngov", MODERNGOV, MODERNGOV_PRINT, {
        "items": [("248", "Chairman's Announcements"), ("249", "Approval of Minutes"),
                  ("250", "Declarations of Interest"), ("251", "Treasury Management Annual Report 2023-2024"),
                  ("252", "Internal Audit Progress Report"), ("253", "Work Programme")],
        "facts": ("minutes", "Northbrook District Council", "Corporate Governance and Audit Committee", "2024-06-27"),
    }),
    ("decisions", DECISIONS, DECISIONS_PRINT, {
        "items": [("77/24", "Apologies for Absence"), ("78/24", "Minutes of Previous Meeting: 26 March 2024"),
                  ("79/24", "Declarations of Interest"), ("80/24", "Home to School Travel Assistance Policy"),
                  ("81/24", "Exclusion of the Public")],
        "facts": ("minutes", "Weald County Council", "Cabinet", "2024-04-23"),
    }),
    ("one-page", SHORT, SHORT_PRINT, {
        "items": [("31", "Election of Chair"), ("32", "Application for a Premises Licence - The Old Mill")],
        "facts": ("minutes", "Amberley Borough Council", "Licensing Sub-Committee", "2024-01-08"),
    }),
    ("cmis", CMIS, CMIS_PRINT, {
        "items": [("1", "Notice of Recording/Webcast"), ("2", "Apologies"), ("3", "Declarations of Interests"),
                  ("4", "Minutes - 13 February 2024"), ("5", "Local Transport Plan Delivery 2024/25"),
                  ("6", "Other Urgent Business")],
        "facts": ("agenda_pack", "Kingsford City Council", "Cabinet", "2024-03-12"),
    }),
    ("escribe", ESCRIBE, ESCRIBE_PRINT, {
        "items": [("1", "Call to Order"), ("2", "Adoption of Agenda"), ("3", "Disclosure of Pecuniary Interest"),
                  ("4", "Adoption of Minutes"), ("4.1", "Regular Council Meeting - February 27, 2024"),
                  ("5", "Staff Reports"), ("5.1", "Transit Route Review"), ("6", "Adjournment")],
        "facts": ("minutes", "City of Lakeport", "Council", "2024-03-12"),
        "attendance": {("D. Ross", "present"), ("E. Chu", "present"), ("F. Blake", "present"),
                       ("G. Singh", "present"), ("H. Moore", "apologies"), ("T. Wong", "in_attendance"),
                       ("R. Patel", "in_attendance")},
    }),
]
for _case_id, _rows, _print, _judged in CASES:
    _judged["item-text"] = []  # residue found in the items' text
    _judged["page-text"] = []  # residue found in the pages' search text

# Known failures left for a later round (the truth is not in doubt; listed in the round's report)
XFAIL: dict[str, str] = {}


def read_print(tmp_path: Path, rows: list[Row], printed: tuple[str, str]) -> tuple[list[PageLayout], dict[str, Any]]:
    pages = render_web_print(tmp_path / "page.pdf", rows, *printed)
    facts = document_facts(pages)
    reader = {"minutes": minutes_items, "agenda_pack": agenda_items}.get(facts.doc_type)
    items = reader(pages, "doc") if reader else []
    return pages, {
        "items": [(norm_number(item.number), norm_text(item.title)) for item in items],
        "item-text": [hit for item in items for hit in RESIDUE.findall(item.text or "")],
        "page-text": [hit for page in pages for hit in PAGE_RESIDUE.findall(page.text)],
        "facts": (facts.doc_type, norm_name(facts.body), norm_name(facts.committee),
                  facts.meeting_date.isoformat() if facts.meeting_date else None),
        "attendance": {(name, group) for name, _role, group in meeting_attendance(pages)},
    }


def expected_as_read(aspect: str, want: Any) -> Any:
    if aspect == "items":
        return [(norm_number(number), norm_text(title)) for number, title in want]
    if aspect == "facts":
        doc_type, body, committee, date = want
        return doc_type, norm_name(body), norm_name(committee), date
    return want


def _params() -> list:
    params = []
    for case_id, rows, printed, judged in CASES:
        for aspect, want in judged.items():
            key = f"{case_id}/{aspect}"
            marks = [pytest.mark.xfail(strict=True, reason=XFAIL[key])] if key in XFAIL else []
            params.append(pytest.param(rows, printed, aspect, want, id=key, marks=marks))
    return params


@pytest.mark.parametrize(("rows", "printed", "aspect", "want"), _params())
def test_printed_web_page_round22(
    tmp_path: Path, rows: list[Row], printed: tuple[str, str], aspect: str, want: Any
) -> None:
    _pages, found = read_print(tmp_path, rows, printed)
    assert found[aspect] == expected_as_read(aspect, want)


# --- Negatives: a decision's page and an issue's page carry fields and links, not items; 'Minutes:' is no item
DECISION_DETAILS: list[Row] = [
    "# Eastmarsh District Council",
    "## Decision details",
    "Minutes ref: 303 Recommendations Approved",
    "Decision Maker: Overview Select Committee",
    "Made at meeting: 10/03/2024 - Overview Select Committee",
    "Decision published: 31/03/2024",
    "Effective from: 10/03/2024",
    "Decision:",
    "The Minutes of the meeting of the Committee held on 28 January 2024 were approved as a correct record.",
    "Wards affected: (All Wards);",
    "Lead officer: Claire Lucas",
    "Supporting documents:",
    "Minutes 28 January 2024 PDF 120 KB",
]
ISSUE_DETAILS: list[Row] = [
    "# Eastmarsh District Council",
    "## Issue details",
    "Declarations of interest, if any.",
    "Decision type: Non-key",
    "Decision status: Recommendations Approved",
    "** Agenda items",
    "27/03/2024 - Cabinet Item 2 Declarations of interest, if any.",
    "24/04/2024 - Cabinet Item 2 Declarations of interest, if any.",
    "22/05/2024 - Cabinet Item 2 Declarations of interest, if any.",
]
NEGATIVES = [
    ("decision-details", DECISION_DETAILS, ("Decision details - Eastmarsh District Council",
                                            "https://democracy.eastmarsh.gov.uk/ieDecisionDetails.aspx?ID=303")),
    ("issue-details", ISSUE_DETAILS, ("Issue details - Eastmarsh District Council",
                                      "https://democracy.eastmarsh.gov.uk/mgIssueHistoryHome.aspx?IId=44405")),
]


@pytest.mark.parametrize(("rows", "printed"), [pytest.param(r, p, id=i) for i, r, p in NEGATIVES])
def test_field_and_link_pages_have_no_items(tmp_path: Path, rows: list[Row], printed: tuple[str, str]) -> None:
    pages, found = read_print(tmp_path, rows, printed)
    assert found["items"] == []
    assert found["page-text"] == []


def test_minutes_label_and_link_lists_are_not_items(tmp_path: Path) -> None:
    _pages, found = read_print(tmp_path, DECISIONS, DECISIONS_PRINT)
    titles = [title for _number, title in found["items"]]
    assert not [title for title in titles if re.search(r"^(?:minutes|decision|additional documents):?$|KB$", title)]


def test_browser_furniture_is_not_page_text(tmp_path: Path) -> None:
    for _case_id, rows, printed, _judged in CASES:
        pages = render_web_print(tmp_path / "page.pdf", rows, *printed)
        document_facts(pages)
        texts = [line.text for page in pages for line in page.body_lines()]
        assert not [text for text in texts if PRINTED_AT in text or printed[1] in text or printed[0] in text]
