"""Running heads printed from the second page on (round 61, issues #4 and #6).

Minutes head their first page with the body's or committee's name and print a running head ('Sallowford Town
Council - 6 May 2024') only from the second page on: in a two- or three-page paper too few copies for
``pdf.mark_running_heads``, so the head was read as content. ``tests/action_variants.py`` showed it: a sentence
running over the page break took the head into its text and the head's date as its due ('… survey in Sallowford Town
Council - 6 May 2024' for '… survey in August'), and a head standing between two actions was read as an action.
``pdf.mark_heads_after_the_first`` marks a line in a later page's header band that names what the first page's
heading names, beside a date or a page number. action_variants seeds 0-199: one-column core F1 98.5 -> 98.7 (due
99.1 -> 99.6), margin layout 98.9 -> 99.3; seeds 200-399 (run once after): margin 99.5 -> 99.8, one column 99.0 ->
99.0. Born-digital agendas (400 seeds) and minutes (200), facts_variants 0-799, dev and tune fast headlines identical.
"""

from __future__ import annotations

import io
import tempfile

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from agendaparse.pdf import read_document


def _pages(first: list[str], head: str, second: list[str]) -> list:
    """Two A4 pages: the first's lines from the top, the second's under a small line in its header band."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    y = A4[1] - 56
    for index, text in enumerate(first):
        pdf.setFont("Helvetica-Bold" if index == 0 else "Helvetica", 16 if index == 0 else 11)
        pdf.drawString(56, y, text)
        y -= 20
    pdf.showPage()
    pdf.setFont("Helvetica", 8)
    pdf.drawString(56, A4[1] - 30, head)
    y = A4[1] - 60
    pdf.setFont("Helvetica", 11)
    for text in second:
        pdf.drawString(56, y, text)
        y -= 16
    pdf.showPage()
    pdf.save()
    with tempfile.NamedTemporaryFile(suffix=".pdf") as handle:
        handle.write(buffer.getvalue())
        handle.flush()
        return read_document(handle.name, ocr="never").pages


FIRST = [
    "BRACKENFORD TOWN COUNCIL",
    "Minutes of the meeting of the Amenities Committee held on 6 May 2024 at 7.00 pm",
    "Present: Councillor Tess Varley (Chair), Councillor Idris Penhallow",
    "4. PLAY AREAS",
    "Idris Penhallow would report back on the survey of the play equipment in",
]
SECOND = ["August.", "5. CORRESPONDENCE", "The Committee noted the letters received."]


def test_head_naming_the_body_on_the_second_page() -> None:
    pages = _pages(FIRST, "Brackenford Town Council - 6 May 2024", SECOND)
    assert "Brackenford Town Council - 6 May 2024" in pages[1].furniture
    assert [line.text for line in pages[1].body_lines()][:1] == ["August."]


def test_head_naming_the_committee_within_the_first_page_heading() -> None:
    pages = _pages(FIRST, "Amenities Committee Page 2", SECOND)
    assert "Amenities Committee Page 2" in pages[1].furniture


def test_top_line_with_a_date_naming_nothing_of_the_heading_stays() -> None:
    pages = _pages(FIRST, "Site visit held on 6 May 2024", SECOND)
    assert "Site visit held on 6 May 2024" not in pages[1].furniture


def test_top_line_naming_the_body_without_a_date_stays() -> None:
    pages = _pages(FIRST, "Brackenford Town Council would write to the landowner.", SECOND)
    assert "Brackenford Town Council would write to the landowner." not in pages[1].furniture
