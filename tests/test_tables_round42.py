# ruff: noqa: E501  (source addresses are kept one to a line)
"""A second header row set in the header's weight is a header tier; a plain row under a bold header is a row (tables round 42).

``_header_tiers`` (tables/word_tables.py) joins a second header row whose short names divide the cells of the
first ('2023/24' over 'Target' and 'Actual') into one header ('2023/24 Target'). Since round 41 gave the words
pypdfium2 reads their font names, its narrowing is live: under a bold header, a line that is not bold is not a
header tier, however short its phrases, so a first data row that happens to split a cell stays a row. A plain
header (no weight to go by; a table of words told by the rule under it) still takes a plain second row as before.

Cases, drawn as a town council committee prints them (whitespace columns, no grid):
- a service standards table whose bold header has a bold second tier ('Target' | 'Actual' under each year): one header;
- a committee membership table under a bold header whose first row sets its two members apart ('Cllr Hale   Cllr
  Deane' under 'Members'), as a tier would be: a row, not a header tier;
- the service standards table in plain type, ruled under its first header row: one header, as before.

Sources (layouts and wording learned from these pages; names, places and numbers changed):
- https://cheshirewestandchester.gov.uk/residents/streets-and-open-spaces/green-spaces-ground-maintenance (a council's grounds maintenance service standards set out as a table: each task, its zone and how often it is done, 'Weekly April-October')
- https://performancecheshirewest.co.uk/thriving-communities/cleanest-safest/grounds-maintenance/ (the same council's performance measure for grounds maintenance, the share of sites inspected meeting the standard against its target)
- https://brantham.onesuffolk.net/the-parish-council/pc-committee-structure/ (a parish council's committees and working groups, with the councillors representing it on each set out in a table agreed at the annual meeting)
"""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen import canvas

from agendaparse import tables
from agendaparse.pdf import read_document

BOLD, PLAIN = "Helvetica-Bold", "Helvetica"

YEARS = [("Service", 60), ("Lead officer", 190), ("2023/24", 300), ("2024/25", 420)]
TIER = [("Target", 300), ("Actual", 360), ("Target", 420), ("Actual", 480)]
STANDARDS = [
    ["Grass cutting", "Parks Manager", "Fortnightly", "Weekly", "Fortnightly", "Fortnightly"],
    ["Litter picking", "Estates Officer", "Weekly", "Weekly", "Weekly", "Twice weekly"],
    ["Play area checks", "Clerk", "Monthly", "Monthly", "Weekly", "Weekly"],
    ["Bus shelter cleaning", "Estates Officer", "Quarterly", "None", "Quarterly", "Quarterly"],
]
STANDARD_COLUMNS = [60, 190, 300, 360, 420, 480]
TIERED = ["Service", "Lead officer", "2023/24 Target", "2023/24 Actual", "2024/25 Target", "2024/25 Actual"]

MEMBERSHIP = [("Committee", 60), ("Members", 190), ("Meets", 330), ("Quorum", 430)]
FIRST_ROW = [("Planning", 60), ("Cllr Hale", 190), ("Cllr Deane", 260), ("Monthly", 330), ("Two", 430)]
MEMBER_ROWS = [
    ["Finance", "Cllr Okafor and the Mayor", "Quarterly", "Three"],
    ["Environment", "Cllr Lindqvist and Cllr Moss", "Every two months", "Three"],
    ["Allotments", "Cllr Deane and two tenants", "Twice a year", "Two"],
]


def _page(path: Path, minute: str) -> canvas.Canvas:
    pdf = canvas.Canvas(str(path), pagesize=(595, 842))
    pdf.setFont(BOLD, 13)
    pdf.drawString(60, 780, "Ashcombe Town Council: Environment Committee, 14 October 2024")
    pdf.setFont(PLAIN, 10)
    pdf.drawString(60, 750, minute)
    return pdf


def _line(pdf: canvas.Canvas, font: str, y: float, cells: list[tuple[str, float]]) -> None:
    pdf.setFont(font, 10)
    for text, x in cells:
        pdf.drawString(x, y, text)


def _standards_pdf(path: Path, font: str, *, ruled: bool = False) -> Path:
    """Service standards under a header of years, each divided into its target and actual, set close under it."""
    pdf = _page(path, "7. Service standards. The committee received the standards against which work is checked:")
    _line(pdf, font, 725, YEARS)
    if ruled:
        pdf.setLineWidth(0.5)
        pdf.line(60, 722, 540, 722)
    _line(pdf, font, 713, TIER)
    y = 695.0
    for row in STANDARDS:
        _line(pdf, PLAIN, y, list(zip(row, STANDARD_COLUMNS, strict=True)))
        y -= 16
    _line(pdf, PLAIN, y - 10, [("The committee agreed to review the standards again in April.", 60)])
    pdf.save()
    return path


def _membership_pdf(path: Path) -> Path:
    """Committee membership under a bold header; the first row's two members set apart, as names of a tier are."""
    pdf = _page(path, "9. Committee membership. The membership of the standing committees for 2024/25 was agreed:")
    _line(pdf, BOLD, 725, MEMBERSHIP)
    _line(pdf, PLAIN, 710, FIRST_ROW)
    y = 694.0
    for row in MEMBER_ROWS:
        _line(pdf, PLAIN, y, list(zip(row, [60, 190, 330, 430], strict=True)))
        y -= 16
    _line(pdf, PLAIN, y - 10, [("The Clerk was asked to publish the membership on the council's website.", 60)])
    pdf.save()
    return path


def _tables(path: Path) -> list:
    read = read_document(path)
    return tables.find_tables(read.data or path, read.pages, "standards", None)


def test_a_bold_header_over_a_bold_second_tier_is_one_header(tmp_path: Path) -> None:
    found = _tables(_standards_pdf(tmp_path / "standards.pdf", BOLD))
    assert len(found) == 1
    assert found[0].header == TIERED
    assert found[0].rows == STANDARDS


def test_a_plain_first_row_that_splits_a_cell_under_a_bold_header_stays_a_row(tmp_path: Path) -> None:
    found = _tables(_membership_pdf(tmp_path / "membership.pdf"))
    assert len(found) == 1
    assert found[0].header == [name for name, _ in MEMBERSHIP]
    assert found[0].rows == [["Planning", "Cllr Hale Cllr Deane", "Monthly", "Two"], *MEMBER_ROWS]


def test_a_plain_header_over_a_plain_second_tier_is_one_header_as_before(tmp_path: Path) -> None:
    found = _tables(_standards_pdf(tmp_path / "standards.pdf", PLAIN, ruled=True))
    assert len(found) == 1
    assert found[0].header == TIERED
    assert found[0].rows == STANDARDS
