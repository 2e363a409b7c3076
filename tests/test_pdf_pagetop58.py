"""Stop 58 (pagetop58): two page-reading faults the agenda generator (tests/agenda_variants.py) showed.

1. A list's label printed alone at the top of a page ('6', 'Item 6' heading the item continued from the page before)
   sits in the margin band and was read as a page-number or 'Agenda Item N' stamp, so the item was lost. A label at
   the left edge with its title right under it, in a list that goes on lower down, is content; page numbers centred
   or at the right, and a report's 'Agenda Item 7' stamp, stay stamps.
2. In a grid whose columns stand close (Item and Lead, Lead and Pages), cells were joined with a single space
   ('… Audit Committee Director of Nursing 39 - 57'): a drawn vertical rule between two words now parts them as a
   column gap does, however narrow; with no rules, a gap wider than 1.4 times the type size and 2.5 times the word
   spaces beside it does (a justified line or a letter-spaced heading spaces its words alike, and stays whole).
   A department named in a table row's wrapped cell ('the Department for …' under '… to work with') is the row's
   content, as one named in the row itself is, not the paper's body.

Pages are drawn with reportlab on A4 and read as `agendaparse eval` reads them; names and places are invented.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from agendaparse.pdf import PageLayout, read_document
from agendaparse.segment.bodies import find_body

Cell = tuple[float, float, str]  # (x, baseline from the top of the page, text)
TOP = 56.0  # the first baseline of a page with ordinary margins, inside the top 12% band


Rule = tuple[float, float, float]  # (x, top, bottom) from the top of the page


def read_pages(
    pages: list[list[Cell]], tmp_path: Path, *, bold_labels: bool = True, rules: tuple[Rule, ...] = ()
) -> list[PageLayout]:
    """Draw each page's cells (Helvetica 11, a bare label or 'Item N' in bold), and on the first page the vertical
    ``rules``, and read the PDF back."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setLineWidth(0.5)
    for number, cells in enumerate(pages):
        for x, top, bottom in rules if number == 0 else ():
            pdf.line(x, A4[1] - top, x, A4[1] - bottom)
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
    second = listed(["Item 7", "Item 8"], ["Harbour Wall Repairs", "Pellow Road Crossing"], TOP)
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


# a ruled grid of Item | Lead | Pages set close together: each cell starts 3 points right of its rule
GRID_RULES = ((56, 290, 310), (150, 290, 310), (357, 290, 310), (460, 290, 310), (520, 290, 310))
GRID_ROW = [
    (59, 305, "Item 6"),
    (153, 305, "Annual Report of the Slipway Trustees"),
    (360, 305, "Director of Moorings"),
    (463, 305, "39 - 57"),
]


def test_ruled_cells_set_close_are_parted_by_their_rules(tmp_path: Path) -> None:
    lines = read_pages([GRID_ROW], tmp_path, rules=GRID_RULES)[0].lines
    assert [line.text for line in lines] == [
        "Item 6   Annual Report of the Slipway Trustees   Director of Moorings   39 - 57"
    ]


def test_words_with_no_rule_between_them_stay_one_cell(tmp_path: Path) -> None:
    # a rule in the margin beside the line, and one standing between two words but above the line, part nothing
    prose = [(72, 305, "The trustees agreed the Gullhaven slipway accounts for the year.")]
    lines = read_pages([prose], tmp_path, rules=((60, 290, 310), (200, 200, 280)))[0].lines
    assert [line.text for line in lines] == ["The trustees agreed the Gullhaven slipway accounts for the year."]


def spaced(words: list[str], x: float, y: float, gaps: list[float]) -> list[Cell]:
    """Words (or cells) drawn one by one from ``x``, each ``gaps[k]`` points after the one before ends."""
    cells: list[Cell] = []
    for word, gap in zip(words, [0.0, *gaps], strict=True):
        x += gap
        cells.append((x, y, word))
        x += stringWidth(word, "Helvetica", 11)
    return cells


def test_borderless_cells_set_close_are_parted_by_their_gaps(tmp_path: Path) -> None:
    row = spaced([cell for _, _, cell in GRID_ROW], 59, 305, [17.0, 16.0, 18.0])
    assert [line.text for line in read_pages([row], tmp_path, bold_labels=False)[0].lines] == [
        "Item 6   Annual Report of the Slipway Trustees   Director of Moorings   39 - 57"
    ]


def test_justified_words_spaced_alike_stay_one_line(tmp_path: Path) -> None:
    # every word reaching above or below the x-height: the ink's height alone would not part them (stop 58's before)
    words = ["The", "trustees", "agreed", "the", "Kingsbridge", "playing", "fields", "budget"]
    line = spaced(words, 72, 305, [17.0] * (len(words) - 1))
    assert [line.text for line in read_pages([line], tmp_path)[0].lines] == [" ".join(words)]


def test_a_gap_a_little_wider_than_a_space_stays_a_space(tmp_path: Path) -> None:
    title = spaced(["Harbour Wall Repairs", "Phase Two"], 153, 305, [10.0])
    assert [line.text for line in read_pages([title], tmp_path)[0].lines] == ["Harbour Wall Repairs Phase Two"]


ACTION_LOG = [
    "Meeting date   Action   Deadline   Progress",
    "11/01/2031   Slipway Team to work with   Ongoing   On track",
    "the Department for Lighthouse Affairs to agree the next phase.",
]


def test_a_department_in_a_rows_wrapped_cell_is_no_body() -> None:
    assert find_body("\n".join(ACTION_LOG)) is None


def test_a_department_after_no_row_is_still_the_body() -> None:
    heading = ["Annual Report", "the Department for Lighthouse Affairs board papers"]
    assert find_body("\n".join(heading)) == "Department for Lighthouse Affairs"
    after_row = [*ACTION_LOG[:2], "Department for Lighthouse Affairs"]  # a line of its own, no sentence going on
    assert find_body("\n".join(after_row)) == "Department for Lighthouse Affairs"
