"""Build the Word-made minutes and agenda frontsheets of tests/fixtures/office_minutes/ (segmentation round 33).

Each document is written as .docx with python-docx the way a clerk's Word template makes it: auto-numbered lists
(the number a separate run, a tab before the title; multi-level "3.1" and "(a)"), headers and footers on every page
("Page 2 of 6", a file path, "Draft – subject to approval"), a first-page-only logo header, borderless tables used
for layout (a "Date / Time / Venue" box, a two-column "Present:" table) and a section break to landscape. LibreOffice
(`soffice --headless --convert-to pdf`) turns each into the PDF the tests read; the tests never run LibreOffice.

Run: .venv/bin/python scripts/make_office_minutes.py   (rewrites the PDFs in tests/fixtures/office_minutes/)

The structure and phrasing of each document follow a real published page; names, places, dates and numbers are
changed. Sources:

- https://clawsonhoseharby-pc.gov.uk/documents/2023-05-minutes/ (parish council minutes, running minute numbers
  '23/001', 'To receive ...' titles, the meeting's place and time in the title line)
- https://callington-tc.gov.uk/meetings/ (a town council's agenda giving the date, start time and venue, then the
  business) and https://democracy.chorley.gov.uk/ieListDocuments.aspx?CId=111&MeetingId=2127 (a frontsheet's
  'Venue:' and 'Contact:' box, items with their enclosures)
- https://lincolnshire.icb.nhs.uk/event/icbs-cluster-board-meeting-thursday-15-january-2026 and
  https://www.wypartnership.co.uk/news-and-blog/news/nhs-west-yorkshire-integrated-care-board-hold-board-meeting-public-tuesday-23-september
  (an integrated care board's board meeting in public, questions from the public, the NHS identity over the name)
- https://democracy.kent.gov.uk:9071/ieIssueDetails.aspx?IId=17862&Opt=3&PlanId=0 (a health and wellbeing board
  established as a committee of the council)
- https://north-thoresby.parish.lincolnshire.gov.uk/council-business/2023-parish-council-minutes-meetings/4 (a
  council's meeting whose title names only the meeting; the council is in the page's running line)
- https://democracy.chorley.gov.uk/ieListDocuments.aspx?CId=111&MeetingId=2127 (a district council committee's
  minutes: 'RESOLVED – That ...', running item numbers, applications by reference)
- https://charityexcellence.co.uk/charity-trustee-meetings (a charity trustee meeting's order: declarations,
  matters arising with sub-items, chair/CEO report, standing items)
- https://hometownnews.biz/grey-eagle-township-december-4-2023 (a US township board: call to order, pledge,
  members present, agenda approval, clerk's and treasurer's reports, motion made and seconded, carried)
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph

OUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "office_minutes"
Doc = type(Document())


@dataclass(frozen=True)
class Level:
    """One level of a Word multi-level list: its number format, its text ('%1.', '23/0%1', '(%2)') and start."""

    text: str
    fmt: str = "decimal"
    start: int = 1


def add_list(doc: Doc, levels: list[Level]) -> int:
    """Add a multi-level list definition to the document's numbering part; return its numId."""
    numbering = doc.part.numbering_part.element
    ids = [int(n.get(qn("w:abstractNumId"))) for n in numbering.findall(qn("w:abstractNum"))]
    abstract_id = max(ids, default=0) + 1
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), str(abstract_id))
    kind = OxmlElement("w:multiLevelType")
    kind.set(qn("w:val"), "multilevel")
    abstract.append(kind)
    for depth, level in enumerate(levels):
        abstract.append(_level(depth, level))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    num_id = max(num_ids, default=0) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), str(abstract_id))
    num.append(ref)
    numbering.append(num)
    return num_id


def _level(depth: int, level: Level) -> OxmlElement:
    element = OxmlElement("w:lvl")
    element.set(qn("w:ilvl"), str(depth))
    for tag, value in (("w:start", str(level.start)), ("w:numFmt", level.fmt), ("w:lvlText", level.text)):
        child = OxmlElement(tag)
        child.set(qn("w:val"), value)
        element.append(child)
    indent = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), str(1134 * (depth + 1)))
    ind.set(qn("w:hanging"), "1134")
    indent.append(ind)
    element.append(indent)
    return element


def numbered(doc: Doc, text: str, num_id: int, depth: int = 0, *, bold: bool = True) -> Paragraph:
    """A paragraph numbered by Word itself (the number is drawn by the list, not typed)."""
    paragraph = doc.add_paragraph()
    numbering = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    numbering.get_or_add_ilvl().val = depth
    numbering.get_or_add_numId().val = num_id
    paragraph.add_run(text).bold = bold
    paragraph.paragraph_format.space_before = Pt(6)
    return paragraph


def para(doc: Doc, text: str, *, bold: bool = False, size: float | None = None, indent: bool = True) -> Paragraph:
    paragraph = doc.add_paragraph()
    run = paragraph.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if indent:
        paragraph.paragraph_format.left_indent = Cm(2)
    return paragraph


def heading(doc: Doc, text: str, size: float = 14) -> Paragraph:
    paragraph = para(doc, text, bold=True, size=size, indent=False)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return paragraph


def _field(paragraph: Paragraph, instruction: str) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def page_of_pages(paragraph: Paragraph, before: str = "") -> None:
    """'Page N of M' made of Word's PAGE and NUMPAGES fields."""
    paragraph.add_run(f"{before}Page ")
    _field(paragraph, "PAGE")
    paragraph.add_run(" of ")
    _field(paragraph, "NUMPAGES")


def layout_table(doc: Doc, rows: list[tuple[str, ...]], widths: list[float], *, bold_first: bool = True) -> None:
    """A borderless table used only to line text up (a date/venue box, a two-column attendance list)."""
    table = doc.add_table(rows=len(rows), cols=len(widths))
    for row, cells in zip(table.rows, rows, strict=True):
        for column, (cell, text) in enumerate(zip(row.cells, cells, strict=True)):
            cell.width = Cm(widths[column])
            run = cell.paragraphs[0].add_run(text)
            run.bold = bold_first and column == 0


def landscape(doc: Doc) -> None:
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width


def base(font: str = "Arial") -> Doc:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = font
    style.font.size = Pt(11)
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin = section.bottom_margin = Cm(2.2)
    section.left_margin = section.right_margin = Cm(2.2)
    return doc


def body_text(doc: Doc, sentences: list[str]) -> None:
    for sentence in sentences:
        para(doc, sentence)


# ---------------------------------------------------------------------------------------------------- documents


def parish_auto_numbered() -> Doc:
    doc = base()
    footer = doc.sections[0].footer.paragraphs[0]
    footer.text = "Signed ………………………… (Chair)        Date …………………"
    page_of_pages(doc.sections[0].footer.add_paragraph())
    heading(doc, "Minutes of the Meeting of the Hollin Vale Parish Council", 13)
    heading(doc, "Wednesday 10th May 2023, 7.00 pm at Hollin Vale Valley Centre", 11)
    para(doc, "Present: Cllrs Rose Cheswick, Nina Draycott, Mark Fulwell, James Nolan, Jo Tulley", indent=False)
    para(doc, "County Councillor Brian Lovell; Clerk: Terry Bowden; Members of the Public: 4", indent=False)
    items = add_list(doc, [Level("23/0%1", start=45)])
    minutes = [
        ("To elect the Chair of the Parish Council", ["Nina Draycott was proposed and seconded as Chair."]),
        ("To receive the Chair’s acceptance of office", ["Cllr Draycott signed the acceptance of office."]),
        ("To receive members’ declarations of interest", ["None."]),
        ("To receive apologies for absence", ["Borough Councillor Chris Ewart."]),
        (
            "To consider applications for the vacancy of Parish Councillor",
            [
                "Three candidates offered themselves for the two vacancies and introduced themselves.",
                "The candidates withdrew and, after discussion, were ranked in order of preference.",
                "The Clerk totalled the preferences and informed the Chair of the result.",
                "The Chair invited Mike Dunmore and Jacob Wilton to join the Council.",
            ],
        ),
        ("Public Time", ["A resident asked for support for an exercise class on the playing field."] * 6),
        ("To approve the minutes of the meeting held on 12th April 2023", ["Approved and signed."]),
        ("To receive the Clerk’s report", ["The Clerk reported that the play area inspection was complete."] * 5),
        ("To consider planning applications", ["23/00412/FUL: Orchard House, Main Street – no objection."] * 4),
        ("To approve payments", ["The payments listed were approved, proposed Cllr Fulwell, seconded Cllr Nolan."] * 3),
        ("Date of next meeting", ["Wednesday 14th June 2023 at 7.00 pm."]),
    ]
    for title, text in minutes:
        numbered(doc, title, items)
        body_text(doc, text)
    return doc


def town_agenda_frontsheet() -> Doc:
    doc = base()
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    logo = section.first_page_header.paragraphs[0]
    logo.text = "CALLOW BRIDGE TOWN COUNCIL"
    logo.alignment = WD_ALIGN_PARAGRAPH.CENTER
    section.first_page_header.add_paragraph(
        "Town Hall, Fore Street, Callow Bridge CB4 7TQ"
    ).alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_of_pages(section.footer.paragraphs[0], "Full Council agenda 9 September 2024    ")
    heading(doc, "MEETING OF THE FULL COUNCIL", 14)
    layout_table(
        doc,
        [
            ("Date:", "Monday 9 September 2024"),
            ("Time:", "7.00 pm"),
            ("Venue:", "Council Chamber, Town Hall, Fore Street, Callow Bridge"),
            ("Contact:", "Helen Marsh, Town Clerk  Tel: 01579 220114"),
        ],
        [3, 13],
    )
    para(
        doc,
        "Members of the Council are hereby summoned to attend the meeting to transact the business below.",
        indent=False,
    )
    para(doc, "Helen Marsh, Town Clerk, 2 September 2024", indent=False)
    heading(doc, "AGENDA", 13)
    items = add_list(doc, [Level("%1."), Level("(%2)", fmt="lowerLetter")])
    agenda = [
        ("Apologies for absence", None),
        ("Declarations of interest", None),
        ("Public participation", None),
        ("Minutes of the meeting held on 12 August 2024", "(Pages 3 - 10)"),
        ("Mayor’s announcements", None),
        ("Finance report and schedule of payments", "(Pages 11 - 18)"),
        ("Christmas lights and late-night shopping event", "(Pages 19 - 22)"),
        ("Reports of committees", None),
        ("Exclusion of the press and public", None),
    ]
    for title, pages in agenda:
        paragraph = numbered(doc, title, items)
        if pages:
            paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT)
            paragraph.add_run(f"\t{pages}")
        if title == "Reports of committees":
            for sub in ("Planning Committee, 19 August 2024", "Amenities Committee, 26 August 2024"):
                numbered(doc, sub, items, 1, bold=False)
    doc.add_page_break()
    heading(doc, "MINUTES OF THE MEETING HELD ON 12 AUGUST 2024", 12)
    body_text(doc, ["Present: the Mayor (Cllr P Ruddock) and Cllrs A Bray, C Deane, L Hext and S Mylor."] * 3)
    return doc


def icb_board_minutes() -> Doc:
    doc = base()
    header = doc.sections[0].header
    nhs = header.paragraphs[0]
    nhs.text = "NHS"
    nhs.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    nhs.runs[0].bold = True
    nhs.runs[0].font.size = Pt(20)
    header.add_paragraph("Wendale Integrated Care Board").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_of_pages(doc.sections[0].footer.paragraphs[0])
    heading(doc, "Minutes of the Board Meeting held in Public", 14)
    heading(doc, "Thursday 15 January 2026, 10.00 am, Boardroom, Wendale House, Marlow Street, Ashby Fenn", 11)
    para(doc, "Present:", bold=True, indent=False)
    layout_table(
        doc,
        [
            ("Professor Nadia Mirren", "Chair"),
            ("Robert Webley", "Chief Executive"),
            ("Claire Oduya", "Director of Finance"),
            ("Dr Imran Sethi", "Medical Director"),
            ("Joan Pryce", "Non-Executive Member"),
        ],
        [6, 10],
        bold_first=False,
    )
    items = add_list(doc, [Level("%1."), Level("%1.%2")])
    minutes = [
        ("Welcome, introductions and apologies", ["The Chair welcomed members and the public observing."]),
        ("Declarations of interest", ["No interests were declared in the items on the agenda."]),
        ("Minutes of the meeting held on 20 November 2025", ["The minutes were approved as a correct record."]),
        ("Questions from the public", ["Two questions had been received and were read out with the answers."] * 3),
        ("Chair and Chief Executive’s report", ["Robert Webley reported on winter pressures across the system."] * 6),
        ("Maternity and neonatal services update", ["The Board received the update and noted the risks."] * 5),
        ("System performance report", ["Claire Oduya presented the month 8 financial position."] * 4),
        ("Any other business", ["There was no other business."]),
    ]
    for title, text in minutes:
        numbered(doc, title, items)
        body_text(doc, text)
    return doc


def health_wellbeing_board() -> Doc:
    doc = base()
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "Westmere Borough Council"
    page_of_pages(section.footer.paragraphs[0], "Health and Wellbeing Board – 3 July 2025          ")
    page_of_pages(section.first_page_footer.paragraphs[0], "Health and Wellbeing Board – 3 July 2025          ")
    heading(doc, "HEALTH AND WELLBEING BOARD", 14)
    heading(doc, "Minutes of the meeting held on Thursday 3 July 2025 at 2.00 pm at the Civic Centre, Westmere", 11)
    para(doc, "Present: Councillor Dawn Pryor (Chair), Councillor Ken Ashdown, Councillor Mira Shah,", indent=False)
    para(doc, "Dr Alan Fenwick (Director of Public Health), Lucy Bond (Healthwatch Westmere)", indent=False)
    items = add_list(doc, [Level("%1.", start=12)])
    minutes = [
        ("Apologies for Absence", ["Apologies were received from Sue Renton (Director of Adult Social Care)."]),
        ("Declarations of Interest", ["There were no declarations of interest."]),
        (
            "Minutes of the Previous Meeting",
            ["RESOLVED – That the minutes of the meeting held on 10 April 2025 be agreed as a correct record."],
        ),
        (
            "Joint Health and Wellbeing Strategy 2025-2030",
            ["The Director of Public Health presented the draft."] * 6
            + ["RESOLVED – That the Strategy be recommended to the Council for adoption."],
        ),
        ("Pharmaceutical Needs Assessment", ["The Board considered the draft assessment for consultation."] * 8),
        ("Better Care Fund Plan", ["RESOLVED – That the Better Care Fund Plan for 2025/26 be approved."]),
        ("Forward Plan", ["The Board noted its forward plan."]),
    ]
    for title, text in minutes:
        numbered(doc, title, items)
        body_text(doc, text)
    return doc


def footer_only_body() -> Doc:
    doc = base("Calibri")
    footer = doc.sections[0].footer
    page_of_pages(footer.paragraphs[0], "Ashwick Town Council – Planning Committee – 4 March 2025          ")
    footer.add_paragraph(r"P:\Committees\Planning\2025\2025-03-04 Planning minutes.docx")
    heading(doc, "PLANNING COMMITTEE", 14)
    heading(doc, "Minutes of the meeting held on Tuesday 4 March 2025 at 7.30 pm in the Council Chamber", 11)
    para(doc, "Present: Cllr G Buckley (Chair), Cllr H Gallon, Cllr R Snell, Cllr T Berrow", indent=False)
    para(doc, "In attendance: the Deputy Clerk; two members of the public", indent=False)
    items = add_list(doc, [Level("P%1/25", start=31)])
    minutes = [
        ("Apologies for absence", ["Cllr M Howard (work commitment)."]),
        ("Declarations of interest", ["None."]),
        ("Minutes of the meeting held on 4 February 2025", ["Agreed and signed as a correct record."]),
        ("Planning applications", ["25/00188/HH – 12 Station Road: extension to the rear. No objection."] * 14),
        ("Planning decisions received", ["The committee noted the decisions of the planning authority."] * 10),
        ("Date of next meeting", ["Tuesday 1 April 2025 at 7.30 pm."]),
    ]
    for title, text in minutes:
        numbered(doc, title, items)
        body_text(doc, text)
    return doc


def district_committee_multilevel() -> Doc:
    doc = base()
    header = doc.sections[0].header.paragraphs[0]
    header.text = "Draft – subject to approval"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_of_pages(doc.sections[0].footer.paragraphs[0], "Development Control Committee 18.08.2025          ")
    heading(doc, "BRAMFORD DISTRICT COUNCIL", 14)
    heading(doc, "Minutes of the Development Control Committee", 12)
    heading(doc, "held on Monday 18 August 2025 at 6.30 pm in the Council Chamber, Town Hall, Bramford", 11)
    para(
        doc,
        "Present: Councillor D Scambell (Chair), Councillors A Cole, F Hirst, P Lund, R Naylor and J Orme",
        indent=False,
    )
    items = add_list(doc, [Level("%1.", start=64), Level("%1.%2")])
    minutes = [
        ("Apologies for Absence", ["Apologies for absence were received from Councillor K Moss."]),
        (
            "Declarations of Any Interests",
            ["Councillor Hirst declared a personal interest in item 67.2 as a member of the parish council."],
        ),
        (
            "Minutes",
            [
                "RESOLVED – That the minutes of the meeting held on 21 July 2025 be held as a correct record "
                "for signing by the Chair."
            ],
        ),
        ("Planning applications awaiting decision", []),
    ]
    for title, text in minutes:
        numbered(doc, title, items)
        body_text(doc, text)
    for sub in (
        "25/00412/FUL – Land off Mill Lane, Euxton: erection of 14 dwellings. RESOLVED – That planning permission "
        "be granted subject to the conditions in the report.",
        "25/00517/OUT – The Old Forge, Church Brow: outline application for two dwellings. RESOLVED – That the "
        "application be refused for the reasons in the report.",
        "25/00603/HH – 8 Long Meadow: two-storey side extension. RESOLVED – That planning permission be granted.",
    ):
        paragraph = numbered(doc, sub, items, 1, bold=False)
        paragraph.paragraph_format.space_after = Pt(6)
    landscape(doc)
    para(doc, "Schedule of applications decided", bold=True, indent=False)
    table = doc.add_table(rows=4, cols=4)
    table.style = "Table Grid"
    rows = [
        ("Reference", "Site", "Proposal", "Decision"),
        ("25/00412/FUL", "Land off Mill Lane", "14 dwellings", "Granted"),
        ("25/00517/OUT", "The Old Forge", "2 dwellings", "Refused"),
        ("25/00603/HH", "8 Long Meadow", "Extension", "Granted"),
    ]
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    items_after = [
        ("Appeals", ["The Committee noted the appeal decisions received since the last meeting."] * 3),
        ("Exclusion of the Public and Press", ["RESOLVED – That the public and press be excluded for the next item."]),
    ]
    for title, text in items_after:
        numbered(doc, title, items)
        body_text(doc, text)
    return doc


def charity_trustees() -> Doc:
    doc = base("Calibri")
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    logo = section.first_page_header.paragraphs[0]
    logo.text = "Brookmere Community Trust"
    logo.runs[0].bold = True
    section.first_page_header.add_paragraph("Registered charity no. 1187345")
    page_of_pages(section.footer.paragraphs[0], "Trustees 18.06.25    ")
    heading(doc, "Minutes of the Board of Trustees meeting", 13)
    layout_table(
        doc,
        [("Date:", "Wednesday 18 June 2025"), ("Time:", "6.00 pm"), ("Place:", "The Old School Room, Brookmere")],
        [3, 13],
    )
    para(doc, "Trustees present: Anna Fielding (Chair), Colin Reaney (Treasurer), Priya Nair, Tom Ellery", indent=False)
    para(doc, "In attendance: Sarah Quill (Chief Executive). The meeting was quorate.", indent=False)
    items = add_list(doc, [Level("%1."), Level("(%2)", fmt="lowerLetter")])
    numbered(doc, "Welcome and apologies", items)
    body_text(doc, ["Apologies were received from Mark Denby."])
    numbered(doc, "Declarations of interest", items)
    body_text(doc, ["None were declared."])
    numbered(doc, "Matters arising", items)
    for sub, text in (
        ("Minutes of the meeting held on 19 March 2025", "The minutes were approved as a true record."),
        ("Outstanding actions", "Two actions were complete; the lease renewal remains open."),
    ):
        numbered(doc, sub, items, 1)
        body_text(doc, [text])
    numbered(doc, "Chief Executive’s report", items)
    body_text(doc, ["Sarah Quill reported on the summer holiday programme and the volunteer numbers."] * 6)
    numbered(doc, "Finance report", items)
    body_text(doc, ["Colin Reaney presented the management accounts to 31 May 2025."] * 6)
    numbered(doc, "Safeguarding policy review", items)
    body_text(doc, ["The trustees approved the revised safeguarding policy."])
    numbered(doc, "Date of next meeting", items)
    body_text(doc, ["Wednesday 17 September 2025 at 6.00 pm."])
    return doc


def us_township() -> Doc:
    doc = base("Times New Roman")
    header = doc.sections[0].header.paragraphs[0]
    header.text = "Grey Heron Township Board – Regular Meeting – December 4, 2023"
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_of_pages(doc.sections[0].footer.paragraphs[0])
    heading(doc, "GREY HERON TOWNSHIP", 14)
    heading(doc, "Regular Board Meeting Minutes", 12)
    heading(doc, "December 4, 2023", 11)
    items = add_list(doc, [Level("%1.")])
    minutes = [
        ("Call to Order", ["Mike Rourke called the meeting to order at 8:00 pm. The pledge was recited."]),
        ("Members Present", ["Mary Ann Pruitt, Mike Rourke, Alan Ryding and John Yeager."]),
        ("Agenda Approval", ["John made the motion to accept the agenda. Alan made the second. Motion carried."]),
        ("Approval of Minutes", ["John made the motion to accept the November 6, 2023 minutes. Motion passed."]),
        ("Town Clerk’s Report", ["The clerk presented the claims list for November for a total of $31,903.23."] * 5),
        ("Treasurer’s Report", ["The treasurer presented the financial report; the report was approved."] * 5),
        ("Road and Bridge Report", ["John shared information on a new policy for tree trimming."] * 4),
        ("Adjournment", ["Alan made the motion to adjourn at 9:10 pm. John made the second. Motion carried."]),
    ]
    for title, text in minutes:
        numbered(doc, title, items)
        body_text(doc, text)
    return doc


DOCUMENTS: dict[str, Callable[[], Doc]] = {
    "parish-auto-numbered": parish_auto_numbered,
    "town-agenda-frontsheet": town_agenda_frontsheet,
    "icb-board-logo-header": icb_board_minutes,
    "health-wellbeing-board": health_wellbeing_board,
    "footer-only-body": footer_only_body,
    "district-committee-multilevel": district_committee_multilevel,
    "charity-trustees": charity_trustees,
    "us-township": us_township,
}


def main() -> int:
    from office_pdf import office_to_pdf  # beside this script; imported here so tests can read its data

    with tempfile.TemporaryDirectory() as work:
        sources = []
        for name, build in DOCUMENTS.items():
            source = Path(work) / f"{name}.docx"
            build().save(str(source))
            sources.append(source)
        for pdf in office_to_pdf(sources, OUT):
            print(f"{pdf.name}: {pdf.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
