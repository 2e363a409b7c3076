"""A note's reference number printed small and raised at the start of a line ("¹ Members are advised …") is not
part of the line: pdfium joins it to the line on some pages and gives it a line of its own on others (merton's
audit pack reads it apart as stored, joined when the same page is stored turned), and joined it opens the line as
an agenda item's number. Ordinals raised inside a line ("the 20th") stay joined; an asterisk stays with its words.

Pass before (HEAD 56c620c): 2 of 5 (the raised ordinal and the asterisk cases).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from agendaparse import pdf
from agendaparse.extract import extract_document
from agendaparse.variants import write_variant
from conftest import REAL, needs_shared

SENTENCE = "Members are advised to declare any interest they have in an item on this agenda."
ORDINAL = "The report was noted on the 20"


def _note_page(path: Path) -> Path:
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("Helvetica", 10)
    page.drawString(72, 700, "2   DECLARATIONS OF PECUNIARY INTEREST")
    page.setFont("Helvetica", 6.5)
    page.drawString(72, 684, "1")
    page.setFont("Helvetica", 10)
    page.drawString(78, 680, SENTENCE)
    page.drawString(72, 660, ORDINAL)
    after = 72 + page.stringWidth(ORDINAL, "Helvetica", 10)
    page.setFont("Helvetica", 6.5)
    page.drawString(after, 664, "th")
    page.setFont("Helvetica", 10)
    page.drawString(after + page.stringWidth("th", "Helvetica", 6.5), 660, " of May 2024.")
    page.drawString(72, 640, "* booking or referral required.")
    page.save()
    return path


def _lines(path: Path) -> list[str]:
    return [line.text for line in pdf.read_page(pdf.open_pdf(path), 0).lines]


@pytest.mark.parametrize("stored", ["as drawn", "turned"])
def test_a_raised_note_number_does_not_open_the_line(tmp_path, stored):
    path = _note_page(tmp_path / "note.pdf")
    if stored == "turned":
        path = write_variant("rotated", path, tmp_path / "turned.pdf")
    lines = _lines(path)
    assert SENTENCE in lines
    assert not any(line.startswith("1 Members") for line in lines)


def test_a_raised_ordinal_and_an_asterisk_stay_with_their_words(tmp_path):
    lines = _lines(_note_page(tmp_path / "note.pdf"))
    assert "The report was noted on the 20th of May 2024." in lines
    assert "* booking or referral required." in lines


def test_the_note_number_is_not_an_agenda_item(tmp_path):
    document = extract_document(_note_page(tmp_path / "note.pdf"), ocr="never")
    assert not any(item.title.startswith("Members are advised") for item in document.agenda_items)


@needs_shared()
def test_merton_turned_reads_its_items_as_stored(tmp_path):
    source = REAL / "merton" / "2009-10-22_audit_committee_agenda_pack_excerpt.pdf"
    turned = write_variant("rotated", source, tmp_path / "turned.pdf")
    titles = [item.title for item in extract_document(turned, ocr="never").agenda_items]
    assert titles == [item.title for item in extract_document(source, ocr="never").agenda_items]
