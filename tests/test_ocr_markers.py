"""Item numbers OCR passed over on scanned agendas and minutes (`agendaparse.ocr_markers`).

Found by scoring 17 dev documents stored as pictures (`eval --variant rasterised`, with OCR): agenda items F1 76.9,
recall 63.3, where the same documents read from their text layer score 99.8. Tesseract's page layout left the column
of item numbers unread beside the titles (suffolk 2016 AGM agenda: "1." to "8." gone, every title kept; the Kent
cabinet frontsheet: 2 to 5 read as one line down the column, 'a fF Oo bf'; milburn's AGM list: 1 to 11 read as
'RRO DNAKAWNHE' with confidence 0; suffolk 2013 minutes: the numbers in a ruled column of their own). Without the
numbers, segmentation had no items to cut. And merton's agenda: the page numbers at the right margin (3, 9, 23,
53) unread, 155 and 169 read.

Pass before (HEAD 71043ba): 0 of the 6 real-file cases (what each read before is noted beside it). The bullet case
guards the new rule (a bullet beside a line must not become a number) and passed before too.
"""

from __future__ import annotations

import shutil

import pytest

from agendaparse.extract import extract_document
from agendaparse.ocr_markers import MARKER_RE, _unread
from agendaparse.pdf import Line
from agendaparse.variants import write_variant
from conftest import REAL, needs_shared

ocr = pytest.mark.skipif(
    shutil.which("tesseract") is None or shutil.which("pdftoppm") is None,
    reason="tesseract and pdftoppm are needed (scripts/system-deps.sh)",
)


def numbers_read_from_picture(name: str, tmp_path) -> list[str]:
    scan = write_variant("rasterised", REAL / name, tmp_path / "scan.pdf")
    return [item.number for item in extract_document(scan, with_tables=False).agenda_items]


@ocr
@needs_shared()
def test_a_column_of_numbers_tesseract_left_unread_is_read_again(tmp_path):
    numbers = numbers_read_from_picture("suffolk-libraries/2016_agm_agenda.pdf", tmp_path)
    assert numbers == [str(number) for number in range(1, 9)]  # before: ['2015'] (a date's year)


@ocr
@needs_shared()
def test_numbers_read_as_one_line_down_the_column_are_read_again(tmp_path):
    numbers = numbers_read_from_picture("kent-cc/2025-01-30_cabinet_agenda_frontsheet.pdf", tmp_path)
    assert numbers == [str(number) for number in range(1, 10)]  # before: ['461'] (a page range's end)


@ocr
@needs_shared()
def test_a_nonsense_line_tesseract_made_of_a_column_of_numbers_is_dropped_and_the_numbers_read(tmp_path):
    numbers = numbers_read_from_picture("milburn-pc/2017-05-02_milburn_pc_agm_agenda.pdf", tmp_path)
    assert numbers[:4] == ["1", "2", "3", "4"]  # the annual parish meeting's list
    assert numbers[4:15] == [str(number) for number in range(1, 12)]  # the AGM's list: before, none of 1 to 11


@ocr
@needs_shared()
def test_numbers_in_a_ruled_column_of_their_own_are_read_across_the_rule(tmp_path):
    numbers = numbers_read_from_picture("suffolk-libraries/2013-09-26_board_minutes.pdf", tmp_path)
    main_numbers = [number for number in numbers if "(" not in number]
    assert main_numbers == [str(number) for number in range(1, 8)]  # before: 6, 7


@ocr
@needs_shared()
def test_page_numbers_standing_alone_at_the_right_margin_are_read_again(tmp_path):
    scan = write_variant(
        "rasterised", REAL / "merton/2009-10-22_audit_committee_agenda_pack_excerpt.pdf", tmp_path / "scan.pdf"
    )
    items = extract_document(scan, with_tables=False).agenda_items
    assert [item.printed_pages for item in items][2:] == ["3", "9", "23", "53", "155", "169"]  # before: 3 to 53 None


@ocr
@needs_shared()
def test_an_item_number_whose_stop_ocr_parted_from_it_is_read(tmp_path):
    numbers = numbers_read_from_picture("ayton-cc/2017-06-06_ayton_cc_minutes.pdf", tmp_path)
    assert numbers == [str(number) for number in range(1, 12)]  # before: 1, 2, 10, 11 ('4 . Approval ...')


@ocr
@needs_shared()
def test_the_actions_of_minutes_set_as_bullets_read_from_a_picture(tmp_path):
    # ayton 2017's matters arising are bullets ('• Defibrillator – TS confirmed ...   TS'); OCR reads '•' as 'e', and
    # an action ran on into the next bullet's text
    scan = write_variant("rasterised", REAL / "ayton-cc/2017-06-06_ayton_cc_minutes.pdf", tmp_path / "scan.pdf")
    actions = extract_document(scan, with_tables=False).actions
    texts = [action.text for action in actions]
    assert "GD would contact him to ask that the grass be cut." in texts  # before: '... be cut. e War Memorial ...'
    assert not any(" e " in text for text in texts)  # before: 9 actions ran on into the next bullet


@pytest.mark.parametrize("text", ["1.", "12", "7.2", "11.25.01", "77/21", "1772.", "a)", "(b)", "iv.", "4,"])
def test_what_reads_as_an_item_number(text):
    assert MARKER_RE.fullmatch(text)


@pytest.mark.parametrize("text", ["•", "«", "@", "—", "ve1", "Item", "£54.00", "9.59p", "I", "l", "a"])
def test_what_does_not(text):
    assert not MARKER_RE.fullmatch(text)


def reading(text: str, top: float, bottom: float, confidence: float, widths: list[float]) -> tuple:
    x = 100.0
    words = []
    for word, width in zip(text.split(), widths, strict=True):
        words.append(Line(word, x, top, x + width, bottom, size=bottom - top))
        x += width + 4
    return Line(text, 100.0, top, x, bottom, size=bottom - top), confidence, words


def test_unread_lines_are_scraps_read_unsurely_and_columns_read_as_a_line():
    assert _unread(reading("ve", 180, 194, 13.5, [8]), 11.0)  # '1.' read with confidence 13.5
    assert not _unread(reading("a)", 426, 437, 20.0, [7]), 11.0)  # an item letter read unsurely stays
    assert _unread(reading("a fF Oo bf", 449, 533, 50.0, [5, 6, 7, 7]), 11.0)  # 2 to 5 down a column
    assert not _unread(reading("AGENDA", 40, 80, 60.0, [150]), 11.0)  # a large heading is wide
    assert not _unread(reading("Apologies", 278, 288, 30.0, [40]), 11.0)  # an unsure word of a line


@ocr
def test_a_bullet_beside_a_line_is_not_taken_for_a_number(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "bullets.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("Helvetica-Bold", 14)
    page.drawString(72, 760, "Parish Council Agenda")
    page.setFont("Helvetica", 12)
    for row, title in enumerate(["Apologies for absence", "Declarations of interest", "Planning applications"]):
        page.drawString(90, 700 - 30 * row, "\u2022")
        page.drawString(120, 700 - 30 * row, title)
    page.save()
    scan = write_variant("rasterised", path, tmp_path / "bullets_scan.pdf")
    text = extract_document(scan, with_tables=False).pages[0].text
    assert "Apologies for absence" in text
    assert not any(line[:1].isdigit() for line in text.splitlines())
