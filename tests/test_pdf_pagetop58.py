"""Stop 58 (pagetop58): two page-reading faults the agenda generator (tests/agenda_variants.py) showed.

1. A list's label printed alone at the top of a page ('6', 'Item 6' heading the item continued from the page before)
   sits in the margin band and was read as a page-number or 'Agenda Item N' stamp, so the item was lost. A label at
   the left edge with its title right under it, in a list that goes on lower down, is content; page numbers centred
   or at the right, and a report's 'Agenda Item 7' stamp, stay stamps.
2. Grid cells set close and run together by the line builder ('… Committee Director of Nursing 39 - 57'). The helper
   parted them at drawn vertical rules and at narrow gaps; the first full suite then found both rules parting
   justified prose (tests/test_variant_sideways.py, tests/test_speed_equivalence.py on the real corpus), so the lead
   took them out at the end of the stop. The fault is left open.

Pages are drawn with reportlab on A4 and read as `agendaparse eval` reads them; names and places are invented.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from agendaparse.pdf import PageLayout, read_document

Cell = tuple[float, float, str]  # (x, baseline from the top of the page, text)
TOP = 56.0  # the first baseline of a page with ordinary margins, inside the top 12% band


def read_pages(pages: list[list[Cell]], tmp_path: Path, *, bold_labels: bool = True) -> list[PageLayout]:
    """Draw each page's cells (Helvetica 11, a bare label or 'Item N' in bold) and read the PDF back."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for cells in pages:
        for x, y, text in cells:
            label = bold_labels and (text.isdigit() or text.startswith(("Item ", "Agenda Item ")))
            pdf.setFont("Helvetica-Bold" if label else "Helvetica", 11)
            pdf.drawString(x, A4[1] - y, text)
        pdf.showPage()
    pdf.save()
    path = tmp_path / "drawn.pdf"
    path.write_bytes(buffer.getvalue())
    return read_document(path).pages


def body(page: PageLayout) -> list[str]:
    return [line.text for line in page.body_lines()]


def listed(labels: list[str], titles: list[str], top: float, x: float = 56.0) -> list[Cell]:
    """Items printed as a label on its own line with the title under it, from the same left edge."""
    cells: list[Cell] = []
    for k, (label, title) in enumerate(zip(labels, titles, strict=True)):
        cells += [(x, top + 34 * k, label), (x, top + 34 * k + 15, title)]
    return cells


OPENING = ["Apologies for Absence", "Minutes of the Last Meeting", "Quarry Lane Bridge"]
FIRST_PAGE = listed(["1", "2", "3"], OPENING, 200)


def test_bare_label_at_the_top_of_the_next_page_is_content(tmp_path: Path) -> None:
    second = listed(["4", "5"], ["Orchard Meadow Play Area", "Tolworth Green Allotments"], TOP)
    pages = read_pages([FIRST_PAGE, second + [(283, 806, "Page 2")]], tmp_path)
    assert body(pages[1])[:2] == ["4", "Orchard Meadow Play Area"]
    assert (pages[1].label, pages[1].other_labels) == ("2", [])


def test_bare_labels_without_a_page_number_leave_the_page_unlabelled(tmp_path: Path) -> None:
    second = listed(["4", "5", "6"], ["Orchard Meadow Play Area", "Tolworth Green Allotments", "Bellfield Verges"], TOP)
    pages = read_pages([FIRST_PAGE, second], tmp_path)
    assert body(pages[1])[:4] == ["4", "Orchard Meadow Play Area", "5", "Tolworth Green Allotments"]
    assert pages[1].label is None


def test_item_label_at_the_top_of_the_next_page_is_no_item_stamp(tmp_path: Path) -> None:
    second = listed(["Item 7", "Item 8"], ["Harbour Wall Repairs", "Fenwick Road Crossing"], TOP)
    pages = read_pages([FIRST_PAGE, second], tmp_path)
    assert body(pages[1])[:2] == ["Item 7", "Harbour Wall Repairs"]
    assert pages[1].agenda_item_stamp is None


def test_last_item_at_the_top_goes_on_in_its_sub_items(tmp_path: Path) -> None:
    second = listed(["Item 9"], ["Ferrybridge Leisure Centre"], TOP)
    second += [(108, TOP + 35, "9.1 Changing Rooms"), (108, TOP + 55, "9.2 Car Park Lighting")]
    pages = read_pages([FIRST_PAGE, second], tmp_path)
    assert body(pages[1])[:2] == ["Item 9", "Ferrybridge Leisure Centre"]
    assert pages[1].agenda_item_stamp is None


def test_agenda_item_stamp_at_the_top_right_stays_a_stamp(tmp_path: Path) -> None:
    report = [(460, 30, "Agenda Item 7"), (56, 130, "Report to the Highways Panel"), (56, 160, "1 Summary")]
    pages = read_pages([FIRST_PAGE, report], tmp_path)
    assert pages[1].agenda_item_stamp == "7"
    assert "Agenda Item 7" not in body(pages[1])


def test_agenda_item_stamp_at_the_top_left_over_a_heading_stays_a_stamp(tmp_path: Path) -> None:
    report = [(56, TOP, "Agenda Item 7"), (56, TOP + 15, "Report of the Head of Coastal Services")]
    report += [(56, TOP + 45, "1 Purpose of the Report"), (56, TOP + 60, "To set out the options for the slipway.")]
    pages = read_pages([FIRST_PAGE, report], tmp_path)
    assert pages[1].agenda_item_stamp == "7"
    assert "Agenda Item 7" not in body(pages[1])


def test_page_number_centred_at_the_foot_stays_a_stamp(tmp_path: Path) -> None:
    second = [(56, 300, "Minutes of the Ashgrove Ward Forum"), (283, 806, "Page 12")]
    pages = read_pages([FIRST_PAGE, second], tmp_path)
    assert pages[1].label == "12"
    assert "Page 12" not in body(pages[1])


def test_bare_number_centred_at_the_top_stays_a_stamp(tmp_path: Path) -> None:
    second = [(294, TOP, "12")] + listed(["13"], ["Riverside Footbridge"], TOP + 15) + [(56, TOP + 80, "14")]
    pages = read_pages([FIRST_PAGE, second], tmp_path)
    assert pages[1].label == "12"
    assert "12" not in body(pages[1])


def test_bare_number_at_the_top_left_heading_no_list_stays_a_stamp(tmp_path: Path) -> None:
    second = [(56, TOP, "3"), (56, TOP + 15, "The committee noted the update on the Kestrel Way depot.")]
    second += [(56, TOP + 30, "Members asked for a site visit in the spring.")]
    pages = read_pages([FIRST_PAGE, second], tmp_path)
    assert pages[1].label == "3"
    assert "3" not in body(pages[1])
