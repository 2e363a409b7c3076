"""Round 45 suite (issue #4): minute items as parish, town and community councils print them, from bodies no earlier
suite cites.

Shapes: bare running minute numbers with no stop ('363 Apologies'), numbers of the council year ('011/22 …') with
run-in titles ('Apologies for absence and reasons given: Cllr … sent his apologies.'), the number in a column of its
own beside the title, run-in titles after a dash ('1. To receive apologies for absence – Councillor …') or a colon
('4. Minutes of the Parish Council Meeting 18th January 2026: The minutes were approved …'), numbered paragraphs of
an item ('4.1.1- A resident raised …') and planning sub-paragraphs with an application number ('5.1 172267: …') that
are no items, decimal sub-items with a title under their parent ('7.1 Grass Cutting' under '7. Highways'), numbers
that carry the year of the council ('1-0607/8 - Welcome and Apologies'), an item continued over a page break under a
running footer, and typed minutes read back by OCR. Negatives inside items: dates ('5.4.22 Enews from …'), sums, an
address, planning references ('26/01234/FUL').

Single documents are drawn with ``segment_cases.render`` and read by ``document_facts`` then ``minutes_items``, as
round 44 reads them; items are compared as the evaluator pairs them (number and folded title).

The structure and phrasing of each case follow a real page (names, places, dates and numbers changed):

- https://hawkchurch.org/council_post/parish-council-minutes-july-2021/ ('363 Apologies', '366 Matters Arising')
- https://wigtoft.parish.lincolnshire.gov.uk/council-business/2022-parish-council-minutes-meetings/5 ('011/22 Apologies for absence and reasons given: …', '016/22 Correspondence' over dated lines)
- https://llangarronparishcouncil.org.uk/minutes-23rd-march-2021/ ('1. To receive apologies for absence – Councillor …', '4.1.1- A resident raised …')
- https://docslib.org/doc/3398014/held-at-aston-on-clun-village-hall-on-monday-15-october-2007 (Hopesay Parish Council: '1. Apologies for Absence: Cllr J Cole.', the minute book's page number)
- https://fillingham.parish.lincolnshire.gov.uk/council-business/parish-meeting-minutes-2022/2 ('3. Notices of Interest: None', sums in the finance report)
- https://yarpolegroupparishcouncil.org.uk/parish-council-minutes/minutes-extraordinary-meeting-24-july-2017/ ('5. Planning:' over '5.1 172267: Fayreburn Lucton, …: It was agreed …')
- http://archive.brandeston.net/minutesMEETING-280307.htm ('1-0607/8 - Welcome and Apologies.', 'Date of Next Meetings')
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from agendaparse.segment import document_facts, minutes_items
from agendaparse.segment.minutes import (
    _parse_number,
    heading_title,
)
from segment_cases import Row, folded, render


@dataclass
class Paper:
    rows: list[Row]
    items: list[tuple[str | None, str]]
    one_font: bool = False
    ocr_like: bool = False
    foot: str | None = None


# ============================================================================================= running numbers


def hawkchurch_bare_running_numbers(one_font: bool = False) -> Paper:
    """A parish council's minutes numbered on from meeting to meeting, the number and title in bold with no stop
    ('363 Apologies'), the record in sentences under each."""
    return Paper(
        rows=[
            "Clerk to the Council: Mr R Vosper, 7 Halletts Way, Combe Ash EX13 5NB",
            "## Minutes of the Council Meeting held at the Village Hall on Tuesday 20th July 2026, commencing at 7pm.",
            "Present: Cllrs Dr A Noble (Chairman), D Seale, S Bartle, R Churchward and J Baker",
            "In Attendance: The Clerk (Mr R Vosper), Cllr P Hayter (EDDC) and two members of the public.",
            "** 363 Apologies",
            "Apologies were received from Cllr T Greenhill and Cllr Hale.",
            "** 364 Declarations of Interest under the Code of Conduct",
            "No Declarations of Interest were made at this stage of the meeting.",
            "** 365 Minutes",
            "The Minutes of the meeting held on the 5th May 2026, having been previously circulated, were adopted as a",
            "true record.",
            "** 366 Matters Arising",
            "Concerns were raised that the dog bins were only being emptied about every three weeks. Cllr P Hayter",
            "stated that he would cover this item in more detail in his report.",
            "** 367 Democratic Period",
            "The clerk reported that a parishioner had asked whether the council would renew the listing of the Old",
            "Inn as a Community Asset. It was agreed that the council would not renew the listing.",
            "** 368 County Council Report",
            "Cllr Hale had forwarded a report in which he updated members on the progress of the vaccination roll out.",
        ],
        items=[
            ("363", "Apologies"),
            ("364", "Declarations of Interest under the Code of Conduct"),
            ("365", "Minutes"),
            ("366", "Matters Arising"),
            ("367", "Democratic Period"),
            ("368", "County Council Report"),
        ],
        one_font=one_font,
    )


def wigtoft_year_numbers_run_in(columns: bool = False, ocr_like: bool = False) -> Paper:
    """A parish council's minutes numbered within the year ('011/22'), the title run in before a colon and the
    record after it; the correspondence minute lists letters by their dates ('5.4.22 Enews from LALC …'), which are
    no items. ``columns``: the number in a column of its own, the title beside it."""

    def minute(number: str, text: str) -> Row:
        return [(56, number), (110, text)] if columns else f"{number} {text}"

    return Paper(
        rows=[
            "# Fenwick Parish Council",
            "## May 2026 Minutes",
            "Present: Cllr B Leggate; Cllr S Collins; Cllr S Brigham; Cllr S Smyth; Cllr S Baxendale.",
            "Also Present: Borough Councillor, Mike Cowper.",
            "Public forum: None",
            minute("011/26", "Apologies for absence and reasons given: Cllr P Craven sent his apologies. It was"),
            [(110, "resolved to accept his apologies and reason for absence.")]
            if columns
            else "resolved to accept his apologies and reason for absence.",
            minute("012/26", "To receive any declarations of interest in accordance with the Localism Act 2011: None"),
            minute("013/26", "Notes of the meeting held on 4.4.26 to be confirmed and signed as minutes."),
            "The notes from the monthly meeting were agreed and signed as minutes. ACTION: Clerk to post minutes.",
            minute("014/26", "Financial matters: Accounts for payment; budget figures and financial report."),
            "It was resolved to authorise the payments of £214.60 and £48.00 and the budget figures.",
            minute("015/26", "Planning: None"),
            minute("016/26", "Correspondence"),
            "5.4.26 Enews from LALC Emailed to Councillors 9.4.26",
            "6.4.26 Email from Parochial Church Council thanking the Parish Council for the donation of £100.",
            "19.4.26 Enews from LALC Emailed to Councillors 26.4.26",
            minute("017/26", "Councillors’ Reports"),
            "Cllr SC – Overgrown hedge previously reported has not been cut back. ACTION: Clerk to chase.",
            minute("018/26", "Clerk’s report: None."),
        ],
        items=[
            ("011/26", "Apologies for absence and reasons given"),
            ("012/26", "To receive any declarations of interest in accordance with the Localism Act 2011"),
            ("013/26", "Notes of the meeting held on 4.4.26 to be confirmed and signed as minutes"),
            ("014/26", "Financial matters"),
            ("015/26", "Planning"),
            ("016/26", "Correspondence"),
            ("017/26", "Councillors’ Reports"),
            ("018/26", "Clerk’s report"),
        ],
        ocr_like=ocr_like,
    )


# ============================================================================================= run-in titles


def llangarron_dash_run_in() -> Paper:
    """A parish council's minutes whose numbered items run the record on after a dash ('1. To receive apologies for
    absence – Councillor …'), with '4.1.1- A resident raised …' paragraphs (and a planning application's number)
    under the open session."""
    return Paper(
        rows=[
            "# Minutes – 23rd March 2026",
            "Minutes of a Parish Council Meeting held remotely on Tuesday 23rd March 2026 at 7.30pm",
            "Present: Councillors: Sylvie Mather, Nigel Moorcroft, Barbara Fisk, Simon Wainwright and Paul Lodder.",
            "Mark Hearne (Parish Clerk) and eleven members of the public were also present.",
            "1. To receive apologies for absence – Councillor John Joss. The Clerk reported that Councillor Liz",
            "Dingle has resigned from the Parish Council.",
            "2. To receive declarations of interest & written requests for dispensation – The Chairman and",
            "Councillor Wainwright declared a non-DPI interest against agenda item 9.7.",
            "3. To consider the minutes of the meeting held on the 23rd February 2026 – It was RESOLVED to adopt the",
            "minutes as a true record, and these will be signed by the Chairman in due course.",
            "4. Open Session",
            "4.1.1- A resident raised the issue of grass verges which is due to be discussed later in the meeting.",
            "4.1.2 – A resident provided background information on his plans for building a three-bedroom house",
            "(planning application 260079) and highlighted changes from the previous application 251534.",
            "4.1.3 – A resident provided background information on his plans for a dog walking paddock.",
            "5. To receive the Clerk’s report – The Clerk reported that the Lengthsman had cleared the culvert at",
            "12 Mill Lane and that the invoice of £385.00 had been paid.",
        ],
        items=[
            ("1", "To receive apologies for absence"),
            ("2", "To receive declarations of interest & written requests for dispensation"),
            ("3", "To consider the minutes of the meeting held on the 23rd February 2026"),
            ("4", "Open Session"),
            ("5", "To receive the Clerk’s report"),
        ],
        one_font=True,
    )


def hopesay_colon_run_in(foot: bool = False) -> Paper:
    """A parish council's minutes with the title run in before a colon ('1. Apologies for Absence: Cllr J Cole.'),
    the record wrapping under it; ``foot``: the minute book's page number printed in the footer and the fourth
    minute continued over the page."""
    rows: list[Row] = [
        "Minutes of Ashcombe Parish Council",
        "Parish Council Meeting Monday 22nd February 2026, held remotely via ZOOM, 7.30pm",
        "Present: Cllrs. R. Loynes, J Bowers, J Manfield, I Alebon, R Fowler. Clerk: Mrs M Gwilliam.",
        "1. Apologies for Absence: Cllr J Coley.",
        "2. Co-option of Councillors: Ms Shona Higgins was proposed by Cllr Fowler and seconded by Cllr",
        "Manfield, and was unanimously co-opted onto Council. Resolved.",
        "3. Declarations of Interests, and written requests for dispensations: Cllr Higgins declared an interest",
        "in item 6.",
        "4. Minutes of the Parish Council Meeting 18th January 2026: The minutes were approved, and the",
        "Chairman was authorised to sign them as an accurate record. Resolved. The Clerk reported that the",
    ]
    rows += ["---"] if foot else []
    rows += [
        "footpath sign at Bache Farm had been replaced at a cost of £64.",
        "5. Public Participation: A member of the public addressed the meeting on planning item 6a.",
        "6. Planning: 26/00412/FUL Erection of a milking parlour, Bache Farm, Ashcombe SY7 8QD: The Council",
        "resolved to object to the application on the grounds of traffic. Resolved.",
    ]
    return Paper(
        rows=rows,
        items=[
            ("1", "Apologies for Absence"),
            ("2", "Co-option of Councillors"),
            ("3", "Declarations of Interests, and written requests for dispensations"),
            ("4", "Minutes of the Parish Council Meeting 18th January 2026"),
            ("5", "Public Participation"),
            ("6", "Planning"),
        ],
        one_font=True,
        foot="Ashcombe Parish Council minutes 22.02.26   Page 33" if foot else None,
    )


def fillingham_colon_run_in() -> Paper:
    """A parish meeting's minutes: numbered items with the record after a colon and two spaces ('3.  Notices of
    Interest:  None'), a finance report full of sums."""
    return Paper(
        rows=[
            "# Ellingham Parish Meeting",
            "## March 2026 Minutes",
            "Monday 9th March 2026",
            "1.  In Attendance:  Margaret Grady (Chair), Peter Grady (Vice-chair), Glen Carlile (RFO), 7 parishioners.",
            "2.  Apologies for absence:  PCSO Julie McFall, Dawn Greet, Judith Russell",
            "3.  Notices of Interest:  None",
            "4.  Minutes of the last meeting (9th February 2026):  As a point of clarification, it was confirmed that",
            "when the Parish meeting has no comments on a planning application, no response is given.",
            "5.  Matters arising from the minutes not covered elsewhere in the meeting:  None",
            "6.  Finance:  No expenditure for the Parish Meeting for February. For the Village Hall, £18.80 was",
            "received from the Coffee Morning. Expenditure £240 plaster, £35 Firestop Services, £88 Gas / Electric.",
            "7.  Correspondence:",
            "LCC Highways – Temporary closure of High Street to enable footpath repairs for the week commencing",
            "9th March to 13th March. Access remains open in early mornings and evenings.",
        ],
        items=[
            ("1", "In Attendance"),
            ("2", "Apologies for absence"),
            ("3", "Notices of Interest"),
            ("4", "Minutes of the last meeting (9th February 2026)"),
            ("5", "Matters arising from the minutes not covered elsewhere in the meeting"),
            ("6", "Finance"),
            ("7", "Correspondence"),
        ],
        one_font=True,
    )


# ======================================================================================== sub-items, paragraphs


def yarpole_planning_paragraphs() -> Paper:
    """An extraordinary meeting's minutes: '5. Planning:' over planning paragraphs numbered '5.1 172267: Fayreburn
    Lucton, …: It was agreed …' (records of the item, not items), then '6. Items for next agenda: …'."""
    return Paper(
        rows=[
            "# Marlow Group Parish Council",
            "## Minutes Extraordinary Meeting 24 July 2026",
            "Minutes of the meeting held on Monday 24th July 2026 at 7.30pm in Marlow Parish Hall.",
            "Present: Cllr Audrey Bott, Cllr Diane Russell, Cllr Duncan Grant, Parish Clerk Ms E Lewis.",
            "1. Apologies for absence: Apologies were received from Michael Denny.",
            "2. Declarations of interest: No declarations were made.",
            "3. Public Participation: No parishioners were present.",
            "4. Finance: cheques were signed as follows: Village Hall £21, Clerks wages £218.18.",
            "5. Planning:",
            "5.1 262267: Fayreburn Lucton, single storey side extension: It was agreed that the Parish Council were",
            "happy to support this application provided that any permission took into account the ecologist’s report.",
            "5.2 262460: South View, Marlow, fell one copper beech: The application was discussed and it was agreed",
            "that the tree made a valuable contribution to the vista within the conservation area.",
            "6. Items for next agenda: No items were raised.",
            "7. Date of Next meeting:",
            "Tuesday 5th September 2026, 7.30pm",
        ],
        items=[
            ("1", "Apologies for absence"),
            ("2", "Declarations of interest"),
            ("3", "Public Participation"),
            ("4", "Finance"),
            ("5", "Planning"),
            ("6", "Items for next agenda"),
            ("7", "Date of Next meeting"),
        ],
        one_font=True,
    )


def meeting_decimal_sub_items() -> Paper:
    """A parish council's minutes with bold numbered headings and bold decimal sub-items right under a parent
    ('7. Highways' over '7.1 Grass Cutting', '7.2 Speed Indicator Device'), each with its record under it; a caps
    heading without a number between two numbered ones ('PART TWO – OPEN TO THE PUBLIC') is no item."""
    return Paper(
        rows=[
            "# Hawkridge Parish Council",
            "Minutes of the meeting held on Thursday 8th October 2026 at 7.30pm in the Village Hall",
            "Present: Cllr J Green (Chair), Cllr A Shields, Cllr T Wragge; the Clerk.",
            "** 5. Apologies for Absence",
            "Cllr T Cramp (work).",
            "** 6. Minutes of the Previous Meeting",
            "It was resolved that the minutes of the meeting on 10th September 2026 be approved and signed.",
            "** PART TWO – OPEN TO THE PUBLIC",
            "** 7. Highways",
            "** 7.1 Grass Cutting",
            "The contractor had cut the verges twice; a third cut was agreed at a cost of £276.00.",
            "** 7.2 Speed Indicator Device",
            "The device had been moved to Church Road. Readings would be reported at the next meeting.",
            "** 8. Planning",
            "26/01234/FUL 14 Church Road, Hawkridge: single storey rear extension. No objection.",
        ],
        items=[
            ("5", "Apologies for Absence"),
            ("6", "Minutes of the Previous Meeting"),
            ("7", "Highways"),
            ("7.1", "Grass Cutting"),
            ("7.2", "Speed Indicator Device"),
            ("8", "Planning"),
        ],
    )


def brandeston_year_suffixed_numbers() -> Paper:
    """A parish council's minutes numbered within the council year, the year printed after the number
    ('1-0607/8 - Welcome and Apologies.'), the record under each."""
    return Paper(
        rows=[
            "# Minutes of a Meeting of the Council held at the Village Hall on Wednesday, 28 March 2026",
            "Councillors D Risk (Chairman), P Summers, C McArthur, J Garratt and H Saxon",
            "Parish Clerk and RFO A M Hounslow",
            "1-2526/8 - Welcome and Apologies.",
            "The Chairman welcomed Councillors to the meeting. It was noted that S Thurlow was away.",
            "2-2526/8 - Declarations of Interest",
            "There were no declarations of interest.",
            "3-2526/8 – Local Development Framework",
            "CM advised that he and PS had reviewed the questionnaire from the district council.",
            "4-2526/8 - Variation to the agenda business",
            "The council agreed payment of £4 to the village hall as hire charge for this meeting.",
        ],
        items=[
            ("1-2526/8", "Welcome and Apologies"),
            ("2-2526/8", "Declarations of Interest"),
            ("3-2526/8", "Local Development Framework"),
            ("4-2526/8", "Variation to the agenda business"),
        ],
        one_font=True,
    )


# ==================================================================================================== OCR'd


def typed_minutes_ocr(misread: bool = False) -> Paper:
    """Typed running-numbered minutes read back by OCR (no bold, boxes a little off line); ``misread``: one minute
    number read with a letter for a digit ('3G6' for '366'), confirmed by its neighbours."""
    paper = hawkchurch_bare_running_numbers(one_font=True)
    paper.ocr_like = True
    if misread:
        paper.rows = [row.replace("** 366 ", "** 3G6 ") if isinstance(row, str) else row for row in paper.rows]
    return paper


DOCUMENTS: dict[str, Callable[[], Paper]] = {
    "bare-running-numbers": hawkchurch_bare_running_numbers,
    "bare-running-numbers-plain": lambda: hawkchurch_bare_running_numbers(one_font=True),
    "year-numbers-run-in": wigtoft_year_numbers_run_in,
    "year-numbers-run-in-columns": lambda: wigtoft_year_numbers_run_in(columns=True),
    "year-numbers-run-in-ocr": lambda: wigtoft_year_numbers_run_in(ocr_like=True),
    "dash-run-in": llangarron_dash_run_in,
    "colon-run-in": hopesay_colon_run_in,
    "colon-run-in-over-page-break": lambda: hopesay_colon_run_in(foot=True),
    "colon-two-spaces-run-in": fillingham_colon_run_in,
    "planning-paragraphs": yarpole_planning_paragraphs,
    "decimal-sub-items": meeting_decimal_sub_items,
    "year-suffixed-numbers": brandeston_year_suffixed_numbers,
    "typed-minutes-ocr": typed_minutes_ocr,
    "typed-minutes-ocr-misread": lambda: typed_minutes_ocr(misread=True),
}
XFAIL: dict[str, str] = {}  # sweep52 repaired the stopless '3G6' between 365 and 367


@pytest.fixture(scope="module")
def read_papers(tmp_path_factory) -> dict[str, list[tuple[str | None, str]]]:
    folder = tmp_path_factory.mktemp("round45")
    found: dict[str, list[tuple[str | None, str]]] = {}
    for name, make in DOCUMENTS.items():
        paper = make()
        pages = render(
            folder / f"{name}.pdf", paper.rows, foot=paper.foot, one_font=paper.one_font, ocr_like=paper.ocr_like
        )
        facts = document_facts(pages)
        items = minutes_items(pages, name) if facts.doc_type == "minutes" else []
        found[name] = [(item.number, folded(item.title)) for item in items]
    return found


def _params() -> list:
    params = []
    for name in DOCUMENTS:
        reason = XFAIL.get(name)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(name, id=name, marks=marks))
    return params


@pytest.mark.parametrize("name", _params())
def test_minutes_items(read_papers, name: str) -> None:
    paper = DOCUMENTS[name]()
    assert read_papers[name] == [(number, folded(title)) for number, title in paper.items]


# ============================================================================================ number shapes

DATE_SHAPE = (
    "ambiguous alone: a date with a one-digit day or month ('5.4.26') has the shape of a number of the month and"
    " meeting ('11.20.07', '19.09.01' in the dev golds); the document reader tells them apart by the sequence (the"
    " 'year-numbers-run-in' documents), the line alone cannot"
)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("363 Apologies", "363"),
        ("011/26 Apologies for absence and reasons given: Cllr P Craven sent his apologies.", "011/26"),
        ("1-2526/8 - Welcome and Apologies.", "1-2526/8"),
        ("3-2526/8 – Local Development Framework", "3-2526/8"),
        ("Min 45/26 Apologies for absence", "45/26"),
        ("Minute 45/26: Apologies for absence", "45/26"),
        ("Item 7 – Planning applications received", "7"),
        ("2026.07.3 Village Hall lease", "2026.07.3"),
        ("26/045 Matters arising: the Clerk reported that the bench had been repaired", "26/045"),
        ("Min. 46/26 Declarations of interest", "46/26"),
        ("MIN 47/26 MINUTES OF THE LAST MEETING", "47/26"),
        ("Item 12 - Any other business", "12"),
        ("2026.07.4 Correspondence", "2026.07.4"),
        ("368 County Council Report", "368"),
        ("4-2526/8 - Variation to the agenda business", "4-2526/8"),
        # negatives: a planning reference, dates, a sum, a time
        ("26/01234/FUL 14 Church Road, Hawkridge: single storey rear extension", None),
        *[
            pytest.param(text, None, marks=pytest.mark.xfail(strict=True, reason=DATE_SHAPE))
            for text in (
                "5.4.26 Enews from LALC Emailed to Councillors 9.4.26",
                "19.4.26 Enews from LALC",
                "9.4.26 Enews from LALC",
            )
        ],
        ("£240 plaster, £35 Firestop Services", None),
        ("7.30pm The meeting opened", None),
        ("1.4.2026 Precept received from the district council", None),
        ("3/26/0857/HH PROPOSAL: Construction of single storey rear extension", None),
        ("26/00412/FUL Erection of a milking parlour", None),
        ("262267: Fayreburn Lucton, single storey side extension", None),
        ("£1,117.47 current account", None),
    ],
)
def test_minute_number_shapes(text: str, number: str | None) -> None:
    parsed = _parse_number(text)
    assert (parsed[0] if parsed else None) == number


# ============================================================================================================= titles


@pytest.mark.parametrize(
    ("rest", "title"),
    [
        ("Planning: None", "Planning"),
        ("Clerk’s report: None.", "Clerk’s report"),
        ("Notices of Interest:  None", "Notices of Interest"),
        ("Declarations of interest: No declarations were made.", "Declarations of interest"),
        ("Apologies for absence:  PCSO Julie McFall, Dawn Greet", "Apologies for absence"),
        ("To receive declarations of interest – The Chairman and", "To receive declarations of interest"),
        # kept whole: a title in two parts, a label of a title, a sentence with a colon
        ("Planning: Land at Mill Lane", "Planning: Land at Mill Lane"),
        ("To receive the report – Annual Governance Statement", "To receive the report – Annual Governance Statement"),
        ("The Clerk reported the following: None", "The Clerk reported the following: None"),
    ],
)
def test_run_in_titles(rest: str, title: str) -> None:
    assert heading_title(rest) == title
