"""Round bullets that Tesseract reads as letters, and footnote stars it reads as quote marks (stop 43, issue #5).

Found on the dev family hubs comparison (kent-cc 2025-03-13, appendix 5) stored as pictures: every '•' of its
four service lists read 'e' with a confidence of 88-92 on the page reading, and some as 'e' inside the table's cells
('You and Your Baby* e 1-2-1 Family Work*'), so no cell matched its text (cells 0 of 6). A bullet is a round blot
about half a word's height that ink fills to about four fifths; a letter standing alone is an outline.

In the same document's cells (300 dpi crops) Tesseract read three of the footnote stars after a word as a closing
quote ('Cygnet Course”' for 'Cygnet Course*'; right on the page reading, and right in the other cells): the raised ink
right of the letters is one blot about as wide as tall (13 by 12 pixels), where a closing quote is two thin strokes
and an apostrophe one (4 by 9). With both, the family hubs comparison as pictures reads all six of its cells.
"""

from __future__ import annotations

import io
import shutil

import pypdfium2 as pdfium
import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from agendaparse.tesseract import with_bullets, with_stars

WORD_HEIGHT = 30  # pixels: a word's box at 200 dpi in 11-point type


def _data(*words: tuple[str, tuple[int, int, int, int]]) -> dict:
    """An ``image_to_data`` dict of words (text, (left, top, width, height)), each read with confidence 90."""
    return {
        "text": [text for text, _ in words],
        "left": [box[0] for _, box in words],
        "top": [box[1] for _, box in words],
        "width": [box[2] for _, box in words],
        "height": [box[3] for _, box in words],
        "conf": [90.0 for _ in words],
    }


def _page(*shapes: tuple[str, tuple[int, int, int, int]]) -> Image.Image:
    """A white picture with each shape ('disc', 'ring', 'star' or 'word') drawn in black in its box."""
    image = Image.new("L", (600, 100), 255)
    draw = ImageDraw.Draw(image)
    for shape, (left, top, width, height) in shapes:
        box = (left, top, left + width - 1, top + height - 1)
        if shape == "disc":
            draw.ellipse(box, fill=0)
        elif shape == "ring":  # an 'o' or 'e' in its box: an outline
            draw.ellipse(box, outline=0, width=max(2, width // 6))
        elif shape == "star":  # a '*': a few strokes through the middle
            middle_x, middle_y = left + width // 2, top + height // 2
            draw.line((middle_x, top, middle_x, top + height), fill=0, width=2)
            draw.line((left, middle_y, left + width, middle_y), fill=0, width=2)
            draw.line((left, top, left + width, top + height), fill=0, width=2)
        else:
            draw.rectangle(box, fill=0)
    return image


def test_a_blot_read_as_a_letter_is_a_bullet():
    words = (("Baby", (60, 20, 70, WORD_HEIGHT)), ("e", (20, 28, 15, 15)), ("Massage", (140, 20, 110, WORD_HEIGHT)))
    image = _page(("word", words[0][1]), ("disc", words[1][1]), ("word", words[2][1]))
    assert with_bullets(_data(*words), image)["text"] == ["Baby", "•", "Massage"]


def test_letters_and_stars_standing_alone_stay_as_read():
    """An outline ('o', 'e') or a star (a footnote's '*') is not a bullet; nor a blot as tall as a word."""
    words = (
        ("Item", (60, 20, 70, WORD_HEIGHT)),
        ("o", (20, 28, 15, 15)),
        ("*", (300, 20, 14, 12)),
        ("e", (400, 20, 28, 28)),
    )
    image = _page(("word", words[0][1]), ("ring", words[1][1]), ("star", words[2][1]), ("disc", words[3][1]))
    assert with_bullets(_data(*words), image)["text"] == ["Item", "o", "*", "e"]


@given(
    st.sampled_from(["e", "o", "«", "©", "°", "*"]),
    st.integers(int(0.3 * WORD_HEIGHT), int(0.65 * WORD_HEIGHT)),
    st.integers(-2, 2),
)
def test_any_bullet_sized_blot_is_a_bullet_and_its_outline_never(text, size, stretch):
    """Whatever single mark Tesseract read there, a round blot of a bullet's size is a bullet and the same shape
    drawn as an outline (a letter) is left as read."""
    words = (("Item", (60, 20, 70, WORD_HEIGHT)), (text, (20, 25, size + stretch, size)))
    disc = _page(("word", words[0][1]), ("disc", words[1][1]))
    ring = _page(("word", words[0][1]), ("ring", words[1][1]))
    assert with_bullets(_data(*words), disc)["text"] == ["Item", "•"]
    assert with_bullets(_data(*words), ring)["text"] == ["Item", text]


LIST_ITEMS = ["Baby Massage", "Breastfeeding Clinic", "Stay and Play", "1-2-1 Family Work", "Little Talkers"]


def _scanned_bullet_list(path, dpi: int = 200) -> None:
    """A page of a bulleted list and a line of items parted by bullets, printed and stored as a picture."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    page.setFont("Helvetica-Bold", 14)
    page.drawString(60, 780, "Family Hub sessions on offer")
    page.setFont("Helvetica", 11)
    y = 750
    for item in LIST_ITEMS:
        page.drawString(70, y, "\u2022")
        page.drawString(84, y, item)
        y -= 18
    page.drawString(60, y - 10, "Sessions run in 2024: " + "  \u2022  ".join(LIST_ITEMS[:4]))
    page.showPage()
    page.save()
    picture = pdfium.PdfDocument(buffer.getvalue())[0].render(scale=dpi / 72).to_pil().convert("L")
    picture.save(path, "PDF", resolution=dpi)


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed (scripts/system-deps.sh)")
def test_a_scanned_bulleted_list_reads_its_bullets(tmp_path):
    """Before: '4. e 1-2-1 Family Work' and 'Baby Massage ¢ Breastfeeding Clinic * Stay and Play « 1-2-1'."""
    from agendaparse.pdf import read_pages

    path = tmp_path / "bullets.pdf"
    _scanned_bullet_list(path)
    lines = [line.text for line in read_pages(path, ocr="auto")[0].lines]
    assert [f"• {item}" for item in LIST_ITEMS] == lines[1:6]
    assert lines[6] == "Sessions run in 2024: Baby Massage • Breastfeeding Clinic • Stay and Play • 1-2-1 Family Work"


def test_boxes_with_no_height_are_left_as_read():
    """Tesseract can give a box no pixels tall (all the page's boxes, on a blank reading): never a bullet, no error."""
    words = (("e", (20, 25, 0, 0)), ("o", (40, 25, 5, 0)))
    assert with_bullets(_data(*words), Image.new("L", (600, 100), 0))["text"] == ["e", "o"]


def _word_with_mark(mark: str) -> Image.Image:
    """A word's box 120 by 30 pixels: letters reaching its foot, and after them a raised 'star' (one blot), 'quote'
    (two thin strokes) or 'apostrophe' (one)."""
    image = Image.new("L", (200, 60), 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((10, 18, 90, 39), fill=0)  # the letters, x-height to the foot of the box
    if mark == "star":
        draw.ellipse((94, 10, 106, 21), fill=0)
    elif mark == "quote":
        draw.rectangle((94, 10, 97, 19), fill=0)
        draw.rectangle((101, 10, 104, 19), fill=0)
    else:
        draw.rectangle((94, 10, 97, 19), fill=0)
    return image


@pytest.mark.parametrize(
    ("mark", "read", "expected"),
    [
        ("star", "Course\u201d", "Course*"),
        ("star", 'Course"', "Course*"),
        ("quote", "Child\u201d", "Child\u201d"),
        ("apostrophe", "Child\u201d", "Child\u201d"),
        ("star", "\u201cCourse\u201d", "\u201cCourse\u201d"),  # a quotation opened in the word is one closed
        ("star", "Course", "Course"),
    ],
)
def test_a_raised_blot_read_as_a_closing_quote_is_a_star(mark, read, expected):
    data = _data((read, (10, 10, 110, 30)))
    assert with_stars(data, _word_with_mark(mark))["text"] == [expected]


def test_a_quotation_opened_earlier_in_the_paragraph_closes_with_a_quote_mark():
    """Tune's Milburn 2019 return: '(“Not Covered” should only be ticked', its quote's strokes blurred into one
    blot by the scan; the opening quote two words before says it is a quote."""
    data = _data(
        ("(\u201cNot", (10, 10, 60, 30)), ("Covered\u201d", (10, 10, 110, 30)), ("Course\u201d", (10, 10, 110, 30))
    )
    data["block_num"], data["par_num"] = [1, 1, 1], [1, 1, 1]
    assert with_stars(data, _word_with_mark("star"))["text"] == ["(\u201cNot", "Covered\u201d", "Course*"]
