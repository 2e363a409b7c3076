# ruff: noqa: E501  (source addresses are kept one to a line)
"""Pictures pasted on text pages (stop 31, helper 'pictures48'): their own switch, their regions recorded, rotation.

Stop 30 read a picture covering at least 20% of a page with a text layer, and no text over it, with Tesseract
when OCR is on. This round:
- ``pictures="never"`` (``--no-ocr-pictures``) leaves such pictures unread while pages without a text layer are
  still read by OCR; the default reads them as before;
- every region read is recorded on ``Page.pictures`` (box in display points, OCR method, words kept, whether it
  was dropped as not text), exported in JSON and stored as JSON in the ``pages`` table (a database made before
  the column existed gains it and keeps its rows);
- a landscape page made by ``/Rotate 90`` or ``/Rotate 270`` has its picture read, its box and the words in the
  same display space as the text layer's lines; a picture pasted turned a quarter (a landscape table on a
  portrait page) is read turned upright;
- a photograph with a caption, or with a few letters on a sign in it, adds no words to the page's text.

Sources (wording and layouts learned from these pages; names, places and numbers changed):
- https://great-hale.parish.lincolnshire.gov.uk/news/article/4/great-hale-parish-council-february-2023 (a parish council's summary of its work: an interactive speed sign, its early data, a grant to the defibrillator fund)
- https://www.upperdeverills.co.uk/news/14023/ (a traffic survey's summary results shown as a picture under a paragraph on a Community Speed Watch scheme)
- http://ogbournestgeorge.org.uk/2013/06/12/playground-improvements-june-2013/ (playground improvements: repaired swing and slide behind the village hall, a photograph with its caption)
"""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from agendaparse.cli import cli
from agendaparse.extract import extract_document, to_page
from agendaparse.pdf import read_document
from agendaparse.store import extraction_rows, open_db, save_extraction

pytestmark = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="tesseract is not installed (scripts/system-deps.sh)"
)

PARAGRAPH = [
    "Marston Fenby Parish Council - Newsletter, March 2025",
    "The county council carried out a traffic survey on Mill Lane for the Community Speed Watch",
    "scheme. A summary of the council's work over the past few months is shown below.",
]
SUMMARY = [
    "We now have an interactive speed sign on Mill Lane.",
    "Early information shows that most vehicles travel at",
    "or below the speed limit and that a few are speeding",
    "in both directions along Fen Road in equal numbers.",
    "A grant of 240 pounds was made to the defibrillator",
    "fund, with a further 120 pounds to be released when",
    "further pads are required by the village hall.",
]
CAPTION = "Photo: the repaired swing and slide behind the Village Hall, June 2024"
PLAYGROUND = [
    "Playground improvements, June 2024",
    "There have been major improvements to the playground behind the Village Hall. Two volunteers",
    "have removed and replaced the broken woodwork on the swing and slide, which are back in use.",
]


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for name in ("DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def _text_picture(lines: list[str] = SUMMARY) -> Image.Image:
    """Lines of text drawn at 200 dpi, as a screenshot of a document pasted into another."""
    font = _font(40)
    image = Image.new("RGB", (1300, 60 + 80 * len(lines)), "white")
    draw = ImageDraw.Draw(image)
    for index, text in enumerate(lines):
        draw.text((40, 40 + 80 * index), text, fill="black", font=font)
    return image


def _photo(sign: str | None = None) -> Image.Image:
    """A photo-like picture: soft blobs, no letters; with ``sign``, a few large letters on a board in it."""
    rng = random.Random(11)
    image = Image.new("RGB", (900, 560), (110, 140, 100))
    draw = ImageDraw.Draw(image)
    for _ in range(400):
        x, y, r = rng.randint(0, 900), rng.randint(0, 560), rng.randint(3, 40)
        shade = rng.randint(40, 220)
        draw.ellipse([x - r, y - r, x + r, y + r], fill=(shade, max(0, shade - 20), shade // 2))
    if sign:
        draw.rectangle([300, 200, 640, 300], fill="white")
        draw.text((320, 220), sign, fill="black", font=_font(52))
    return image


def _draw_picture(pdf: canvas.Canvas, picture: Image.Image, x: float, top: float, width: float) -> float:
    """The picture drawn ``width`` wide with its top edge at ``top`` (frame points, y up); its height."""
    height = width * picture.height / picture.width
    pdf.drawImage(ImageReader(picture), x, top - height, width=width, height=height)
    return height


def _upright_page(path: Path, picture: Image.Image, text: list[str] = PARAGRAPH, caption: str | None = None) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=(595, 842))
    pdf.setFont("Helvetica", 10)
    for index, line in enumerate(text):
        pdf.drawString(50, 790 - 15 * index, line)
    height = _draw_picture(pdf, picture, 50, 720, 500)
    if caption:
        pdf.drawString(50, 720 - height - 16, caption)
    pdf.showPage()
    pdf.save()
    return path


def _scanned_page(pdf: canvas.Canvas) -> None:
    """A page with no text layer: a scan of the summary."""
    _draw_picture(pdf, _text_picture(), 40, 800, 515)
    pdf.showPage()


LANDSCAPE = (842.0, 595.0)
PICTURE_LEFT, PICTURE_TOP, PICTURE_WIDTH = 60.0, 480.0, 520.0  # in the landscape frame, y up


def _landscape_page(path: Path, rotation: int) -> tuple[Path, tuple[float, float, float, float]]:
    """A portrait media box turned landscape by ``/Rotate``, its content drawn so that it reads upright when
    displayed (as word processors save a landscape section); with the picture's expected display box."""
    pdf = canvas.Canvas(str(path), pagesize=LANDSCAPE)  # reportlab writes the media box portrait, 595 x 842
    pdf.setPageRotation(rotation)
    if rotation == 90:
        pdf.translate(595, 0)
        pdf.rotate(90)
    else:
        pdf.translate(0, 842)
        pdf.rotate(-90)
    pdf.setFont("Helvetica", 10)
    for index, line in enumerate(PARAGRAPH):
        pdf.drawString(PICTURE_LEFT, 540 - 15 * index, line)
    height = _draw_picture(pdf, _text_picture(), PICTURE_LEFT, PICTURE_TOP, PICTURE_WIDTH)
    pdf.showPage()
    pdf.save()
    display_height = LANDSCAPE[1]
    box = (
        PICTURE_LEFT,
        display_height - PICTURE_TOP,
        PICTURE_LEFT + PICTURE_WIDTH,
        display_height - PICTURE_TOP + height,
    )
    return path, box


def _turned_picture_page(path: Path) -> tuple[Path, tuple[float, float, float, float]]:
    """A portrait page with a paragraph and a picture of text pasted turned a quarter anticlockwise (it reads
    from bottom to top); with the picture's display box."""
    pdf = canvas.Canvas(str(path), pagesize=(595, 842))
    pdf.setFont("Helvetica", 10)
    for index, line in enumerate(PARAGRAPH):
        pdf.drawString(50, 790 - 15 * index, line)
    picture = _text_picture()
    width = 600.0
    height = width * picture.height / picture.width
    left, bottom = 120.0, 100.0  # of the turned picture's box on the page
    pdf.saveState()
    pdf.translate(left + height, bottom)
    pdf.rotate(90)
    pdf.drawImage(ImageReader(picture), 0, 0, width=width, height=height)
    pdf.restoreState()
    pdf.showPage()
    pdf.save()
    return path, (left, 842 - bottom - width, left + height, 842 - bottom)


def _near(box: tuple[float, ...], expected: tuple[float, ...], slack: float = 2.0) -> bool:
    return all(abs(a - b) <= slack for a, b in zip(box, expected, strict=True))


def _inside(box: tuple[float, ...], region: tuple[float, ...], slack: float = 2.0) -> bool:
    return (
        box[0] >= region[0] - slack
        and box[1] >= region[1] - slack
        and box[2] <= region[2] + slack
        and box[3] <= region[3] + slack
    )


def _summary_words_read(text: str) -> int:
    wanted = {"interactive", "grant", "vehicles", "directions", "defibrillator", "released", "village"}
    return sum(word in text.lower() for word in wanted)


# --- the switch ------------------------------------------------------------------------------------------------


def test_pictures_never_leaves_pictures_unread_and_still_reads_scanned_pages(tmp_path):
    path = tmp_path / "newsletter.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(595, 842))
    pdf.setFont("Helvetica", 10)
    for index, line in enumerate(PARAGRAPH):
        pdf.drawString(50, 790 - 15 * index, line)
    _draw_picture(pdf, _text_picture(), 50, 720, 500)
    pdf.showPage()
    _scanned_page(pdf)
    pdf.save()
    plain, scanned = read_document(path, ocr="auto", pictures="never").pages
    assert [line.text for line in plain.lines] == PARAGRAPH
    assert plain.picture_regions == [] and plain.pictures == []
    assert scanned.method == "ocr" and _summary_words_read(scanned.text) >= 5
    read, _ = read_document(path, ocr="auto").pages  # the default reads the picture as before
    assert _summary_words_read(read.text) >= 5 and len(read.pictures) == 1


def test_extract_document_takes_the_switch(tmp_path):
    path = _upright_page(tmp_path / "newsletter.pdf", _text_picture())
    extraction = extract_document(path, with_tables=False, ocr="auto", pictures="never")
    page = extraction.pages[0]
    assert page.method == "pypdfium2" and page.pictures == []
    assert page.text.splitlines() == PARAGRAPH


def test_cli_extract_documents_the_switch():
    shown = CliRunner().invoke(cli, ["extract", "--help"], terminal_width=200).output
    assert "--ocr-pictures / --no-ocr-pictures" in shown


def test_cli_import_documents_the_switch():
    shown = CliRunner().invoke(cli, ["import", "--help"], terminal_width=200).output
    assert "--ocr-pictures / --no-ocr-pictures" in shown


def test_import_without_pictures_stores_none(tmp_path):
    path = _upright_page(tmp_path / "newsletter.pdf", _text_picture())
    db_path = tmp_path / "minutes.db"
    result = CliRunner().invoke(cli, ["import", str(path), "--db", str(db_path), "--no-ocr-pictures", "--workers", "1"])
    assert result.exit_code == 0, result.output
    row = sqlite_utils.Database(db_path).execute("select method, pictures from pages").fetchone()
    assert row[0] == "pypdfium2" and json.loads(row[1]) == []


def test_cli_extract_without_pictures(tmp_path):
    path = _upright_page(tmp_path / "newsletter.pdf", _text_picture())
    result = CliRunner().invoke(cli, ["extract", str(path), "--no-ocr-pictures", "--indent", "0"])
    assert result.exit_code == 0, result.output
    page = json.loads(result.output)["pages"][0]
    assert page["pictures"] == [] and page["method"] == "pypdfium2"


# --- the regions recorded --------------------------------------------------------------------------------------


def test_a_picture_read_is_recorded_on_its_page(tmp_path):
    path = _upright_page(tmp_path / "newsletter.pdf", _text_picture())
    page = to_page(read_document(path, ocr="auto").pages[0])
    assert len(page.pictures) == 1
    picture = page.pictures[0]
    height = 500 * _text_picture().height / _text_picture().width
    assert _near(picture.bbox, (50, 842 - 720, 550, 842 - 720 + height), slack=1.0)
    assert picture.method == "ocr-picture" and not picture.dropped
    assert picture.words >= 40  # the seven lines' words
    assert page.model_dump(mode="json")["pictures"][0]["bbox"] == list(picture.bbox)


def test_a_photo_read_and_dropped_is_recorded_and_adds_nothing(tmp_path):
    path = _upright_page(tmp_path / "playground.pdf", _photo(), text=PLAYGROUND, caption=CAPTION)
    page = to_page(read_document(path, ocr="auto").pages[0])
    assert page.text.splitlines() == [*PLAYGROUND, CAPTION]
    assert page.method == "pypdfium2"
    assert [(picture.dropped, picture.words) for picture in page.pictures] == [(True, 0)]


def test_a_photo_with_letters_on_a_sign_adds_nothing(tmp_path):
    path = _upright_page(tmp_path / "sign.pdf", _photo(sign="PLAY AREA"), text=PLAYGROUND, caption=CAPTION)
    layout = read_document(path, ocr="auto").pages[0]
    assert layout.text.splitlines() == [*PLAYGROUND, CAPTION]
    assert layout.picture_words == [] and layout.picture_regions == []
    assert [picture.dropped for picture in layout.pictures] == [True]


def test_pictures_are_stored_in_the_pages_table(tmp_path):
    path = _upright_page(tmp_path / "newsletter.pdf", _text_picture())
    extraction = extract_document(path, with_tables=False, ocr="auto")
    row = extraction_rows(extraction)["pages"][0]
    stored = json.loads(row["pictures"])
    assert [(item["method"], item["dropped"]) for item in stored] == [("ocr-picture", False)]
    assert stored[0]["words"] == extraction.pages[0].pictures[0].words


def test_a_database_from_before_gains_the_pictures_column_and_keeps_its_pages(tmp_path):
    path = _upright_page(tmp_path / "newsletter.pdf", _text_picture())
    extraction = extract_document(path, with_tables=False, ocr="never")
    db_path = tmp_path / "old.db"
    db = open_db(db_path)
    save_extraction(db, extraction, path=str(path), size=path.stat().st_size, mtime=path.stat().st_mtime)
    db.execute("alter table pages drop column pictures")
    db.conn.commit()
    assert "pictures" not in db["pages"].columns_dict
    db = open_db(db_path)  # what `agendaparse import` does with a database made before the column existed
    assert "pictures" in db["pages"].columns_dict
    assert [row["text"].splitlines() for row in db["pages"].rows] == [PARAGRAPH]


# --- rotation --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("rotation", [90, 270])
def test_a_landscape_page_made_by_rotate_has_its_picture_read_in_display_space(tmp_path, rotation):
    path, box = _landscape_page(tmp_path / f"landscape{rotation}.pdf", rotation)
    page = read_document(path, ocr="auto").pages[0]
    assert (page.rotation, round(page.width), round(page.height)) == (rotation, 842, 595)
    text_lines = [line for line in page.lines if line.text in PARAGRAPH]
    # the text layer reads upright where it was drawn: the frame's left edge and its lines above the picture
    assert [line.text for line in text_lines] == PARAGRAPH
    assert abs(text_lines[0].x0 - PICTURE_LEFT) <= 1.0 and text_lines[-1].bottom < box[1]
    pictures = to_page(page).pictures
    assert len(pictures) == 1 and _near(pictures[0].bbox, box, slack=1.0)
    assert not pictures[0].dropped and _summary_words_read(page.text) >= 5
    picture_lines = [line for line in page.lines if line not in text_lines]
    assert picture_lines and all(_inside(line.bbox, box) for line in picture_lines)
    assert page.picture_words and all(_inside(word.bbox, box) for word in page.picture_words)
    # the picture's lines follow the paragraph, in reading order (top to bottom)
    assert [line.text for line in page.lines[: len(PARAGRAPH)]] == PARAGRAPH
    assert [line.top for line in picture_lines] == sorted(line.top for line in picture_lines)


def test_a_picture_pasted_turned_a_quarter_is_read_upright(tmp_path):
    path, box = _turned_picture_page(tmp_path / "turned.pdf")
    page = read_document(path, ocr="auto").pages[0]
    pictures = to_page(page).pictures
    assert len(pictures) == 1 and _near(pictures[0].bbox, box, slack=1.0)
    assert not pictures[0].dropped and _summary_words_read(page.text) >= 5
    picture_lines = [line for line in page.lines if line.text not in PARAGRAPH]
    assert picture_lines and all(_inside(line.bbox, box) for line in picture_lines)
    # lines turned a quarter anticlockwise stand upright on the page: taller than wide, first line leftmost
    assert all(line.bottom - line.top > line.x1 - line.x0 for line in picture_lines if len(line.text) > 20)
    # their size is their print's height, not their length (a 250-point 'size' would read as a giant heading)
    assert all(5 < line.size < 30 for line in picture_lines)
    assert picture_lines[0].x0 == min(line.x0 for line in picture_lines)
