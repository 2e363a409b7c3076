# ruff: noqa: E501  (data rows of the drawn documents are kept one row to a line)
"""Tables round 66 (issue #5): the three readers the strict xfails still wanted (words broken at a hyphen, label
grids without rules, turned header names without rules).

Strict xfails in tests/test_cell_hyphens29.py, test_tables_round45.py, test_ocr_broken_words47.py,
test_tables_round61.py, test_tables_round62.py and test_tables_round64.py (the tables suites' 20 left by sweep 52, of
which these hold the 9 of the three readers): 9 before, 0 after.
- words broken at a hyphen (tables/broken_words.py, read by cells.clean_cell and scanned._words_rejoined): a cell line
  ending 'in-' over 'spection' is one word ('inspection') when the document prints the joined word elsewhere, or the
  English word list (pyspellchecker, MIT) holds it and not the part after the break (or that part only as a rare
  word: 'ac-' / 'countability'); the hyphen stays where the document prints the compound, where the part after the
  break is as common a word ('co-' / 'operate', 're-' / 'cover', 'sub-' / 'committee') and after a prefix English
  writes with a hyphen ('Co-' / 'ordinator'); on a scan a long end with no hyphen joins the same way ('Commis' /
  'sioned'): hyphens29's soft_hyphen_other_ending, round 45's hyphen_payments, broken_words47's long end, 3 before,
  0 after. Stop 52 took the join at a hyphen out again (it lowered the tune split's table cells with OCR, 85.3 ->
  84.5, the held-out guard; with the document's own words alone as well): the four BROKEN cases below and the two
  older ones are strict xfails again; the scan's join with no hyphen ('Commis' / 'sioned') stays.
- label grids (tables/label_grids.py; plan_blocks' items whose action follows their particulars): two columns
  without rules are a table only as a plan's label grid: runs of 'Action | ...', 'Lead | ...', 'Deadline | ...' at
  one edge, every label a plan field's name, the labels coming again item by item with the action among them, or a
  bold header of two names the second naming the action over references each beside its 'Action: ...' line and its
  labelled lines: rounds 61, 62 and 64's unruled key/value cases, 3 before, 0 after.
- turned header names (tables/page_objects.with_turned_words, read by the word and unruled readers): glyphs printed
  turned are read as words of their own, one to a turned line, set on the header line beside them: rounds 61 and 62's
  unruled turned headers, 2 before, 0 after.

Cases (drawn with reportlab; a case passes when every scored figure is 1.0): words broken mid-word in other genres (a
licensing sub-committee's conditions, a safeguarding audit's actions, a highways programme that prints 'resurfacing'
whole above the cell broken 're-' / 'surfacing', a payments schedule printing 'inspection' in another row); compounds
that must keep their hyphen ('co-operate', 'Re-cover', 'sub-committee', 'pre-application', and 're-sign' printed
hyphenated in the document); two-column things that must stay no table (a report's numbered paragraphs, a letter's
'Date: / Our ref: / Contact: / Action: / Lead:' block, a list of meetings as 'Date | Time | Venue' label runs with
no action); a community safety forum's 'Action | Owner | Due' label grid; an audit tracker and a leisure plan with
turned header names without rules.

Pass before (HEAD 7563947, the same cases against the code before): see the commit message. The hyphen cases and the
two-column guards were written and run before any change of src; the forum grid, the meetings guard and the turned
cases after the readers, run then against a copy of HEAD's src.

Seen and left: the forum grid's plan rows (strict xfail, reason on the test): a bare 'Due' is a colon-only label to
plan_blocks; the grid's table is read.

Each document keeps the structure and phrasing pattern of real published pages; names, places and numbers invented;
no page was fetched for this round and nothing was copied.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

from agendaparse.evaluate import predicted_dict
from whole_tables import Grid, WholeTables, scored, shortfalls

PAGE_W, PAGE_H = A4
LEFT = 56.0
BODY = 10.5


def _doc(name: str, title: str, intro: str, grid: Grid, gold_rows: list[list[str]]) -> WholeTables:
    grid.gold_rows = gold_rows
    return WholeTables(name, "hyphen", [f"# {title}", intro, grid], [])


# the join of a word broken at a hyphen (the document's own words, then an English word list) was taken out in stop 52
JOIN_TAKEN_OUT = (
    "joining a word broken at a hyphen lowered the tune split's table cells with OCR 85.3 -> 84.5 (the held-out guard; "
    "with the document's own words alone as well), so stop 52 took the join out: the hyphen is kept as before"
)

BROKEN = [
    _doc("licensing_conditions_construction", "Licensing Sub-Committee: schedule of conditions",
         "The conditions below were agreed with the applicant and are attached to the premises licence.",
         Grid(["No.", "Condition", "Agreed by"],
              [["1", "No con-<br/>struction noise before 8am on any day", "Applicant"],
               ["2", "Door staff on duty from 9pm on Fridays", "Police"]], [40, 260, 110]),
         [["1", "No construction noise before 8am on any day", "Applicant"],
          ["2", "Door staff on duty from 9pm on Fridays", "Police"]]),
    _doc("safeguarding_audit_accountability", "Safeguarding audit: actions",
         "The board agreed the actions below following the section 11 audit.",
         Grid(["Action", "Owner", "By"],
              [["Set out lines of ac-<br/>countability for each partner agency", "Board manager", "May 2026"],
               ["Refresh the training offer", "Training lead", "July 2026"]], [250, 110, 70]),
         [["Set out lines of accountability for each partner agency", "Board manager", "May 2026"],
          ["Refresh the training offer", "Training lead", "July 2026"]]),
    _doc("highways_programme_resurfacing", "Highways works programme 2026/27",
         "The resurfacing and drainage schemes below are programmed for the coming year, subject to the budget.",
         Grid(["Road", "Works", "Quarter"],
              [["Station Road", "Carriageway re-<br/>surfacing and kerb repairs", "Q1"],
               ["Mill Hill", "Drainage survey", "Q2"]], [110, 220, 60]),
         [["Station Road", "Carriageway resurfacing and kerb repairs", "Q1"],
          ["Mill Hill", "Drainage survey", "Q2"]]),
    _doc("payments_word_printed_whole_elsewhere", "Schedule of payments",
         "The council is asked to approve the payments below.",
         Grid(["Payee", "Details", "Total £"],
              [["Greenway Trees", "Tree survey and safety in-<br/>spection", "310.00"],
               ["Greenway Trees", "Second inspection of the oak", "95.00"]], [130, 200, 70]),
         [["Greenway Trees", "Tree survey and safety inspection", "310.00"],
          ["Greenway Trees", "Second inspection of the oak", "95.00"]]),
]  # fmt: skip

COMPOUNDS = [
    _doc("compounds_whose_joined_form_is_a_word", "Community safety partnership: actions",
         "The partnership agreed the actions below.",
         Grid(["Action", "Lead", "Date"],
              [["Agencies to co-<br/>operate on the night-time economy plan", "Police", "June 2026"],
               ["Re-<br/>cover the seating in the community hall", "Hall committee", "May 2026"],
               ["Report to the sub-<br/>committee on progress", "Clerk", "July 2026"]], [250, 110, 70]),
         [["Agencies to co-operate on the night-time economy plan", "Police", "June 2026"],
          ["Re-cover the seating in the community hall", "Hall committee", "May 2026"],
          ["Report to the sub-committee on progress", "Clerk", "July 2026"]]),
    _doc("compound_not_in_the_word_list", "Planning service improvement plan",
         "The actions below respond to the peer review.",
         Grid(["Action", "Lead", "Date"],
              [["Publish a charging schedule for pre-<br/>application advice", "Planning manager", "April 2026"],
               ["Review the validation checklist", "Planning manager", "June 2026"]], [250, 110, 70]),
         [["Publish a charging schedule for pre-application advice", "Planning manager", "April 2026"],
          ["Review the validation checklist", "Planning manager", "June 2026"]]),
    _doc("compound_printed_hyphenated_elsewhere", "Signage action plan",
         "Each sign that is re-sign posted is checked by the warden.",
         Grid(["Action", "Lead", "Date"],
              [["Survey and re-<br/>sign the footpaths in the north of the parish", "Footpaths warden", "May 2026"],
               ["Order the new finger posts", "Clerk", "April 2026"]], [250, 110, 70]),
         [["Survey and re-sign the footpaths in the north of the parish", "Footpaths warden", "May 2026"],
          ["Order the new finger posts", "Clerk", "April 2026"]]),
]  # fmt: skip


@pytest.mark.parametrize(
    "document",
    [
        pytest.param(d, id=f"broken-{d.name}", marks=pytest.mark.xfail(strict=True, reason=JOIN_TAKEN_OUT))
        for d in BROKEN
    ]
    + [pytest.param(d, id=f"compound-{d.name}") for d in COMPOUNDS],
)
def test_cell_broken_at_a_hyphen_reads_as_the_rule_writes_it(document: WholeTables, tmp_path: Path) -> None:
    figures, gold, predicted = scored(document, tmp_path)
    assert shortfalls({"tables": figures["tables"]}) == [], (gold["tables"], predicted["tables"])


# ---------------------------------------------------------------- two columns that are no table (guards)


def _heading(pdf: canvas.Canvas, text: str, y: float) -> float:
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawString(LEFT, y, text)
    return y - 24


def _numbered_paragraphs(path: Path) -> None:
    """A report's numbered paragraphs, each number in the margin beside its text."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    y = _heading(pdf, "Report to Cabinet: allotments and green spaces action plan", PAGE_H - 60)
    paragraphs = [
        (
            "1.1",
            "The action plan sets out what the council will do over the next two years to improve its allotments and green spaces.",
        ),
        (
            "1.2",
            "Action: officers will review the tenancy agreement. Lead: Allotments Officer. Deadline: September 2026.",
        ),
        ("1.3", "The plan was prepared with the allotment associations and the friends groups of the parks."),
        ("2.1", "Lead members are asked to note the plan and the progress made since it was adopted."),
        ("2.2", "Deadline dates in the plan are targets and will be reported to the committee each quarter."),
    ]
    for number, text in paragraphs:
        pdf.setFont("Helvetica", BODY)
        pdf.drawString(LEFT, y, number)
        for line in simpleSplit(text, "Helvetica", BODY, PAGE_W - LEFT - 110):
            pdf.drawString(LEFT + 50, y, line)
            y -= BODY * 1.4
        y -= BODY * 0.6
    pdf.showPage()
    pdf.save()


def _letter_block(path: Path) -> None:
    """A letter's particulars: labels in one column, their values in another, then the letter."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    y = _heading(pdf, "Kelbourne Town Council", PAGE_H - 60)
    pdf.setFont("Helvetica", BODY)
    for label, value in [("Date:", "3 June 2026"), ("Our ref:", "ALL/26/014"), ("Contact:", "Jane Smith, Town Clerk"),
                         ("Action:", "Reply by 30 June 2026"), ("Lead:", "Allotments Officer")]:  # fmt: skip
        pdf.drawString(LEFT, y, label)
        pdf.drawString(LEFT + 90, y, value)
        y -= BODY * 1.5
    y -= BODY
    text = ("Dear Mr Patel, thank you for your letter about the boundary fence at the Mill Lane allotments. The "
            "committee considered it on 2 June and asked the Allotments Officer to obtain quotes for its repair.")  # fmt: skip
    for line in simpleSplit(text, "Helvetica", BODY, PAGE_W - 2 * LEFT):
        pdf.drawString(LEFT, y, line)
        y -= BODY * 1.4
    pdf.showPage()
    pdf.save()


@pytest.mark.parametrize(
    "draw",
    [
        pytest.param(_numbered_paragraphs, id="numbered-paragraphs-margin"),
        pytest.param(_letter_block, id="letter-date-ref-block"),
    ],
)
def test_two_columns_that_are_no_table(draw, tmp_path: Path) -> None:
    path = tmp_path / "page.pdf"
    draw(path)
    predicted = predicted_dict(path, fast=True)
    assert predicted["tables"] == [], predicted["tables"]


def _meetings_list(path: Path) -> None:
    """A list of meetings as label runs ('Date | ...', 'Time | ...', 'Venue | ...' again): labels repeating in
    runs, but no action among them: particulars, no plan's grid."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    y = _heading(pdf, "Planning Committee: dates of meetings 2026/27", PAGE_H - 60)
    pdf.setFont("Helvetica", BODY)
    for date, venue in [("Tuesday 9 June 2026", "Council Chamber, Town Hall"), ("Tuesday 7 July 2026", "Committee Room 1"),
                        ("Tuesday 4 August 2026", "Council Chamber, Town Hall")]:  # fmt: skip
        for label, value in [("Date", date), ("Time", "7.00pm"), ("Venue", venue)]:
            pdf.drawString(LEFT, y, label)
            pdf.drawString(LEFT + 90, y, value)
            y -= BODY * 1.5
    pdf.showPage()
    pdf.save()


def test_label_runs_with_no_action_are_no_table(tmp_path: Path) -> None:
    path = tmp_path / "page.pdf"
    _meetings_list(path)
    predicted = predicted_dict(path, fast=True)
    assert predicted["tables"] == [] and predicted["action_plan_rows"] == [], predicted["tables"]


# ---------------------------------------------------------------- label grids and turned header names in other genres

SAFETY_ITEMS = [
    ("Install two lit signs on the school approach", "Highways Officer", "October 2026", "2026-10-31"),
    ("Run a parking awareness week with the school", "PCSO Team", "November 2026", "2026-11-30"),
    ("Report the speed survey results to the forum", "Community Safety Officer", "January 2027", "2027-01-31"),
]


def _safety_grid(path: Path) -> dict:
    """A community safety forum's notes: its actions as an unruled grid of label runs ('Action | ...', 'Owner |
    ...', 'Due | ...'), no header; the gold: one table of those rows and a plan row per item."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    y = _heading(pdf, "Northfield Community Safety Forum - notes of the meeting, 12 May 2026", PAGE_H - 60)
    pdf.setFont("Helvetica", BODY)
    pdf.drawString(LEFT, y, "The forum agreed the following actions on parking outside Northfield Primary School.")
    y -= BODY * 2.4
    rows = []
    for action, owner, due, _ in SAFETY_ITEMS:
        for label, value in [("Action", action), ("Owner", owner), ("Due", due)]:
            pdf.drawString(LEFT, y, label)
            pdf.drawString(LEFT + 80, y, value)
            rows.append([label, value])
            y -= BODY * 1.5
    pdf.showPage()
    pdf.save()
    from whole_tables import plan_row

    plan = [plan_row(action, named_lead=owner, end_date=end) for action, owner, _, end in SAFETY_ITEMS]
    return {
        "tables": [{"title": None, "page_start": 1, "page_end": 1, "header": [], "rows": rows}],
        "action_plan_rows": plan,
    }


def test_label_grid_in_a_forums_notes(tmp_path: Path) -> None:
    from agendaparse.evaluate import all_figures, score_document

    path = tmp_path / "forum.pdf"
    gold = _safety_grid(path)
    predicted = predicted_dict(path, fast=True)
    figures = {
        key: value
        for key, value in all_figures(score_document(gold, predicted)).items()
        if key in ("tables", "action_plan_rows")
    }
    assert shortfalls(figures) == [], (figures, predicted["tables"], predicted["action_plan_rows"])


def _turned_doc(
    name: str,
    title: str,
    intro: str,
    header: list[str],
    rows: list[tuple],
    widths: list[float],
    plan: list[dict],
    turned: tuple[str, ...],
) -> WholeTables:
    from test_tables_round61 import TurnedHeads
    from whole_tables import bare

    document = TurnedHeads(
        name, "turned", [f"# {title}", intro, bare(header, [list(row) for row in rows], widths)], plan
    )
    document.turned_names = turned
    return document


def _turned_cases() -> list[WholeTables]:
    from whole_tables import plan_row

    audit = [
        ("IA1", "Update the fraud response plan", "Head of Finance", "July 2026", "Open"),
        ("IA2", "Test the payroll starters and leavers controls", "HR Manager", "September 2026", "Open"),
        ("IA3", "Review supplier bank detail changes", "Procurement Lead", "June 2026", "Closed"),
    ]
    audit_end = {"July 2026": "2026-07-31", "September 2026": "2026-09-30", "June 2026": "2026-06-30"}
    leisure = [
        ("1", "Resurface the sports hall floor", "Leisure Manager", "August 2026"),
        ("2", "Replace the pool changing cubicles", "Facilities Officer", "March 2027"),
        ("3", "Launch a junior membership scheme", "Sports Development Officer", "October 2026"),
    ]
    leisure_end = {"August 2026": "2026-08-31", "March 2027": "2027-03-31", "October 2026": "2026-10-31"}
    return [
        _turned_doc("audit_tracker_turned_due_and_status", "Audit Committee, 30 April 2026",
                    "Internal audit recommendations: implementation tracker.",
                    ["Ref", "Recommendation", "Owner", "Due date", "Status"], audit, [35, 215, 110, 60, 55],
                    [plan_row(a, action_no=r, named_lead=o, end_date=audit_end[d], status={"Open": "ongoing", "Closed": "complete"}[s]) for r, a, o, d, s in audit],
                    ("Due date", "Status")),
        _turned_doc("leisure_plan_turned_target_date", "Leisure Services improvement plan",
                    "The actions below were agreed by the Community Services Committee.",
                    ["No.", "Action", "Lead officer", "Target date"], leisure, [35, 230, 130, 60],
                    [plan_row(a, action_no=n, named_lead=o, end_date=leisure_end[d]) for n, a, o, d in leisure],
                    ("Target date",)),
    ]  # fmt: skip


@pytest.mark.parametrize("document", [pytest.param(d, id=d.name) for d in _turned_cases()])
def test_turned_header_names_without_rules(document: WholeTables, tmp_path: Path) -> None:
    from whole_tables import assert_read_whole

    assert_read_whole(document, tmp_path)
