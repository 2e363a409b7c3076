"""The pdf stage on files other PDF writers made (stop 38): poppler's cairo writer (``--variant reprinted``) and
pages stored turned (``--variant rotated``).

- A reprinted font without a Unicode map gives U+FFFD for every glyph: such a page's text layer is unreadable; its
  garbage is not used as text, and the document's warnings name the pages (OCR reads them when it is on).
- The cairo writer maps the hyphen glyph to U+00AD and curly quotes to C1 controls (their Windows-1252 bytes):
  read as printed ('Mar-2011', 'O’Hara’s').
- It sets text at font size 1 scaled by the text matrix: a line's size is the printed one (pdf.printed_size; the lead
  lifted the two strict xfails this suite first had).
- pdfium breaks a turned line between glyphs of one word: the pieces join again ('2014/15', not '201 4/1 5').

Pass before (HEAD 712c16e, the suite written first, text_layer an empty module): 1 of 12.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from agendaparse import text_layer
from agendaparse.pdf import Line, group_lines, read_document
from agendaparse.variants import write_variant
from conftest import REAL, needs_shared

AYTON = REAL / "ayton-cc" / "2008-07-08_ayton_cc_minutes.pdf"
TB7 = REAL / "cabinet-office" / "2011_transparency_board_tb7_action_log.pdf"
ACTION_LOG = REAL / "cabinet-office" / "2011-03-02_transparency_board_action_log.pdf"
SUFFOLK = REAL / "suffolk-libraries" / "2015_agm_minutes.pdf"
MILBURN = REAL / "milburn-pc" / "2017-05-02_milburn_pc_agm_agenda.pdf"
needs_pdftocairo = pytest.mark.skipif(shutil.which("pdftocairo") is None, reason="pdftocairo (poppler-utils) absent")


def variant(name: str, source: Path, tmp_path: Path) -> Path:
    return write_variant(name, source, tmp_path / f"{name}-{source.name}")


def all_text(path: Path, **options) -> str:
    return "\n".join(line.text for page in read_document(path, **options).pages for line in page.lines)


# --- synthetic ---------------------------------------------------------------------------------------------------


def test_repairs_read_the_cairo_writers_hyphen_and_quotes_as_printed():
    assert text_layer.repaired("Mar\u00ad2011 O\x92Hara\x92s \x93data\x94 \x96 re\u00aduse") == (
        "Mar-2011 O’Hara’s “data” – re-use"
    )


def test_a_page_of_replacement_characters_is_unreadable_and_ordinary_text_is_not():
    assert text_layer.unreadable("Ayton Community Council\n" + "\ufffd" * 80 + " RB \ufffd\ufffd")
    assert not text_layer.unreadable("Minutes of the meeting held on 8 July 2008 " * 20 + "\uf0b7" * 3)
    # mojibake of ordinary letters (a wrong cmap) is not what this detects: it reads as letters
    assert not text_layer.unreadable("Ð¡Ð¾Ð²ÐµÑ‚ Ð´ÐµÐ¿ÑƒÑ‚Ð°Ñ‚Ð¾Ð²" * 5)


@given(st.text(alphabet=st.characters(codec=None, exclude_categories=["Cs"])))
def test_unmappable_count_is_the_character_by_character_count(text):
    by_character = [character for character in text if not character.isspace()]
    expected = (sum(text_layer.unmappable(character) for character in by_character), len(by_character))
    assert text_layer.unmappable_count(text) == expected


def test_the_warning_names_the_pages_as_ranges_and_says_what_to_do():
    warning = text_layer.unreadable_warning([1, 2, 3, 5], read_by_ocr=False)
    assert warning.startswith("pages 1-3, 5: text layer unreadable (fonts without a Unicode map)")
    assert "--ocr auto" in warning
    assert "read by OCR" in text_layer.unreadable_warning([2], read_by_ocr=True)


def test_size_one_fonts_scaled_by_the_text_matrix_read_at_their_printed_size(tmp_path):
    path = tmp_path / "scaled.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    text = page.beginText()
    text.setFont("Helvetica", 1)
    text.setTextTransform(16, 0, 0, 16, 72, 760)  # 'Tf 1' and the size in the text matrix, as cairo writes
    text.textOut("Parish Council Agenda")
    page.drawText(text)
    page.setFont("Helvetica", 11)
    page.drawString(72, 720, "1. Apologies for absence")
    page.showPage()
    page.save()
    lines = read_document(path).pages[0].lines
    assert [round(line.size) for line in lines] == [16, 11]


def test_glyph_pieces_of_one_word_join_without_a_space_and_words_keep_theirs():
    def run(text: str, ink: tuple[float, float], advance: tuple[float, float], spaced: bool = False) -> Line:
        return Line(text, *ink[:1], 100.0, *ink[1:], 111.5, 11.0, advance=advance, spaced_after=spaced)

    # pdfium's pieces of a turned 'Accounts 2014/15': ink a bearing or two apart, advances end to end, no space
    pieces = [run("Accounts", (40.0, 88.0), (39.5, 88.6), spaced=True), run("201", (91.3, 107.0), (91.6, 108.2))]
    pieces += [run("4/1", (111.2, 126.0), (108.3, 126.6)), run("5", (130.1, 135.8), (126.7, 136.5))]
    assert [line.text for line in group_lines(pieces)] == ["Accounts 2014/15"]
    # a word space between advances stays a space, read by pdfium or not ('7 – 13')
    words = [run("7", (40.0, 46.0), (39.6, 46.5), spaced=True), run("–", (49.6, 56.0), (49.2, 56.3))]
    words.append(run("13", (61.0, 72.0), (59.9, 72.4)))
    assert [line.text for line in group_lines(words)] == ["7 – 13"]


# --- real PDFs, reprinted and rotated ------------------------------------------------------------------------------


@needs_shared()
@needs_pdftocairo
def test_reprinted_hyphens_and_quotes_read_as_in_the_original(tmp_path):
    assert "Mar-2011" in all_text(variant("reprinted", TB7, tmp_path))
    assert "Dr Kieron O’Hara’s interim report" in all_text(variant("reprinted", ACTION_LOG, tmp_path))


@needs_shared()
@needs_pdftocairo
def test_reprinted_line_sizes_are_the_originals(tmp_path):
    original = read_document(MILBURN).pages[0].lines
    reprinted = read_document(variant("reprinted", MILBURN, tmp_path)).pages[0].lines
    assert [line.text for line in reprinted] == [line.text for line in original]
    assert all(abs(a.size - b.size) < 0.5 for a, b in zip(original, reprinted, strict=True))


@needs_shared()
@needs_pdftocairo
def test_unreadable_text_layer_is_not_text_without_ocr(tmp_path):
    read = read_document(variant("reprinted", AYTON, tmp_path), ocr="never")
    text = "\n".join(line.text for page in read.pages for line in page.lines)
    assert "\ufffd" not in text
    assert "Ayton Community Council" in text  # a partly garbled page keeps its readable lines
    assert [page.text_layer for page in read.pages] == [False, False, False]
    assert any(w.startswith("pages 1-3: text layer unreadable") and "--ocr auto" in w for w in read.warnings)


@needs_shared()
def test_the_original_keeps_its_text_layer_and_no_warning():
    read = read_document(AYTON, ocr="never")
    assert all(page.text_layer for page in read.pages)
    assert not any("text layer unreadable" in warning for warning in read.warnings)


@needs_shared()
@needs_pdftocairo
def test_no_garbage_reaches_items_mentions_or_page_text(tmp_path):
    from agendaparse.extract import extract_document

    extraction = extract_document(variant("reprinted", AYTON, tmp_path), ocr="never")
    texts = [page.text for page in extraction.pages] + [item.title for item in extraction.agenda_items]
    texts += [mention.text for mention in extraction.mentions] + [action.text for action in extraction.actions]
    assert not any("\ufffd" in text for text in texts)
    assert any("text layer unreadable" in warning for warning in extraction.document.warnings)


@needs_shared()
@needs_pdftocairo
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract absent")
def test_with_ocr_an_unreadable_page_is_read_like_a_scan(tmp_path):
    read = read_document(variant("reprinted", AYTON, tmp_path), ocr="auto", pictures="never")
    assert [page.method for page in read.pages] == ["ocr", "ocr", "ocr"]
    text = "\n".join(line.text for page in read.pages for line in page.lines)
    assert "\ufffd" not in text and "Police" in text
    assert any(w.startswith("pages 1-3: text layer unreadable") and "read by OCR" in w for w in read.warnings)


@needs_shared()
def test_rotated_keeps_a_word_whole(tmp_path):
    assert "Accounts 2014/15" in all_text(variant("rotated", SUFFOLK, tmp_path))
