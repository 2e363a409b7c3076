"""Weight and item letters on pages read by OCR (stop 49).

A word's weight is its upright strokes' width, the mean length of its rows' runs of ink (agendaparse.ocr_weights):
the ink's area over its outline, measured before, counted an 'i''s dot and a bar's ends and read Newbiggin's bold
'Arising' and 'Participation' as regular (1.16 times the page's usual word), so the titles were cut at the first
word. And an item letter OCR passed over is read again in its line's height (agendaparse.ocr_markers): read in the
box of its own ink, the ODUG minutes' 'c.' read 'G' and sub-items 3(c) to 3(h) were lost.
"""

from __future__ import annotations

import numpy as np

from agendaparse.ocr_markers import _in_row
from agendaparse.ocr_weights import bold_words, stem_width
from conftest import REAL, needs_ocr, needs_shared

NEWBIGGIN_MINUTES = "newbiggin-pc/2019-09-03_newbiggin_pc_minutes.pdf"
ODUG_MINUTES = "cabinet-office/2013-05-14_odug_minutes.pdf"


def _dotted_stem(stem: int, height: int) -> np.ndarray:
    """An 'i': an upright stroke ``stem`` pixels wide under a dot of the same width."""
    ink = np.zeros((height + 8, stem + 4), bool)
    ink[2 : 2 + stem, 2 : 2 + stem] = True
    ink[4 + stem : 4 + height, 2 : 2 + stem] = True
    return ink


def test_a_dot_does_not_thin_a_stroke():
    assert stem_width(_dotted_stem(5, 30)) == 5


def test_a_mark_is_read_in_its_lines_height():
    assert _in_row((100, 40, 110, 48), (120, 36, 400, 52)) == (100, 36, 110, 52)
    assert _in_row((100, 30, 110, 56), (120, 36, 400, 52)) == (100, 30, 110, 56)  # its own ink reaches further


def test_short_words_after_a_bold_label_are_weighed_by_the_words_after_them():
    words = [("Due:", 5.0), ("To", 4.0), ("be", 4.2), ("confirmed", 3.0), ("Owner:", 5.0), ("JH", 4.0)]
    words += [("regular", 3.0)] * 5
    data = {"text": [text for text, _ in words]}
    strokes = [stroke for _, stroke in words]
    assert bold_words(data, strokes, [[0, 1, 2, 3], [4, 5], [6, 7, 8, 9, 10]]) == {0, 4, 5}


@needs_shared()
@needs_ocr
def test_bold_headings_read_whole_as_pictures(tmp_path):
    from agendaparse.extract import extract_document
    from test_variant_rasterised import pages_stored_as

    pictures = extract_document(pages_stored_as("rasterised", REAL / NEWBIGGIN_MINUTES, [1, 2], tmp_path))
    titles = {item.number: item.title for item in pictures.agenda_items}
    assert titles["19.09.04"] == "Matters Arising"
    assert titles["19.09.11"] == "Public Participation"


@needs_shared()
@needs_ocr
def test_lettered_sub_items_read_as_pictures(tmp_path):
    from agendaparse.extract import extract_document
    from test_variant_rasterised import pages_stored_as

    pictures = extract_document(pages_stored_as("rasterised", REAL / ODUG_MINUTES, [1], tmp_path))
    numbers = [item.number for item in pictures.agenda_items]
    assert [number for number in numbers if number.startswith("3(")] == [f"3({letter})" for letter in "abcdefgh"]
