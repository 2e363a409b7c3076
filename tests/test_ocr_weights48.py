"""Bold type on pages read by OCR, told from the width of its strokes (stop 48, issues #4 and #6).

Found on the dev split stored as grey pictures (`agendaparse eval --variant rasterised`, the whole split): the
Nipissing council minutes of 2024-03-19 kept 1 of their 11 core actions (F1 95.7 as printed, 13.3 as pictures).
Each motion is set as a bold mover-and-seconder line ('R2024-057 T. Butler, S. Kirkey:') over its regular wording;
the text layer's paragraphs part at the change of weight, and OCR, which gives no weight, ran each motion into the
line above it. :mod:`agendaparse.ocr_weights` measures each word's strokes in the page's picture.
"""

from __future__ import annotations

import re

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from agendaparse.ocr_weights import bold_words, line_weight, stem_width
from agendaparse.pdf import _ocr_size
from conftest import REAL, needs_ocr, needs_shared

NIPISSING_MINUTES = "nipissing-township/2024-03-19_council_minutes.pdf"


def _letter_h(stem: int, height: int) -> np.ndarray:
    """An 'H' of two upright strokes ``stem`` pixels wide joined by a bar of the same weight, on paper."""
    width = 6 * stem
    ink = np.zeros((height + 4, width + 4), bool)
    ink[2 : 2 + height, 2 : 2 + stem] = True
    ink[2 : 2 + height, 2 + width - stem : 2 + width] = True
    ink[2 + height // 2 : 2 + height // 2 + stem, 2 : 2 + width] = True
    return ink


@given(stem=st.integers(2, 8), times=st.integers(4, 12))
def test_a_letters_upright_strokes_are_measured_without_its_bar(stem, times):
    assert stem_width(_letter_h(stem, stem * times)) == stem


def test_a_heavier_letter_measures_wider():
    assert stem_width(_letter_h(5, 30)) / stem_width(_letter_h(3, 30)) > 1.5


def test_no_ink_has_no_width():
    assert stem_width(np.zeros((5, 5), bool)) is None


def _page(words: list[tuple[str, float]]) -> tuple[dict, list[float | None]]:
    return {"text": [text for text, _ in words]}, [stroke for _, stroke in words]


def test_words_twice_as_heavy_as_the_usual_are_bold():
    data, strokes = _page([("Present:", 5.0), ("Mayor", 3.0), ("Tom", 3.1), ("Piper", 2.9), ("and", 3.0)] * 2)
    assert bold_words(data, strokes, [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]]) == {0, 5}


def test_a_short_word_takes_its_neighbours_weight():
    # 'T.' in a bold line measures heavier still, 'in' in a regular one heavier than its line: neither is measured
    data, strokes = _page(
        [("R2024-057", 5.0), ("T.", 7.0), ("Butler,", 5.2), ("held", 3.0), ("in", 4.6), ("person", 3.0)]
    )
    data["text"] += ["the", "Township", "of", "Nipissing"]
    strokes += [3.0, 3.1, 3.0, 2.9]
    assert bold_words(data, strokes, [[0, 1, 2], [3, 4, 5, 6, 7, 8, 9]]) == {0, 1, 2}


def test_a_word_just_under_the_threshold_takes_its_neighbours_weight():
    # a bold heading's word measuring 1.27 times the usual beside one at 1.5 is bold; a regular line's at 1.27 is not
    words = [("Treasurer’s", 3.81), ("Report", 4.5), ("Hamilton", 3.81), ("noted", 3.0)]
    words += [("draft", 3.0), ("Open", 3.1), ("Board", 3.0), ("Minutes", 3.0), ("The", 2.9), ("Chair", 3.0)]
    data, strokes = _page(words)
    assert bold_words(data, strokes, [[0, 1], [2, 3], [4, 5, 6, 7, 8, 9]]) == {0, 1}


def test_a_number_alone_on_its_line_is_measured():
    data, strokes = _page([("5.", 6.0), ("6.", 3.0), *[("regular", 3.0)] * 5])
    assert bold_words(data, strokes, [[0], [1], [2, 3, 4, 5, 6]]) == {0}


def test_a_page_of_few_words_says_nothing_of_weight():
    data, strokes = _page([("Minutes", 5.0), ("Page", 3.0)])
    assert bold_words(data, strokes, [[0], [1]]) == set()


def _lengths(words: list[str]):
    return lambda count: len(" ".join(words[:count]))


def test_a_lines_weight_as_a_text_layer_gives_it():
    words = ["Present:", "Mayor", "Tom", "Piper"]
    assert line_weight([True, False, False, False], _lengths(words)) == (True, len("Present:"))
    assert line_weight([True] * 4, _lengths(words)) == (True, None)  # bold throughout
    assert line_weight([False, True, False, False], _lengths(words)) == (False, None)  # opens regular
    assert line_weight([True, False, True, False], _lengths(words)) == (True, None)  # bold again after regular
    assert line_weight([], _lengths([])) == (False, None)


def test_a_lines_size_counts_the_room_its_descenders_would_take():
    # 'AOB' and 'Welcome and Introductions' ink 8.3-8.6 pt of a line; 'Public Data Corporation discussion', 11.2
    assert _ocr_size("TB(5)2 Public Data Corporation discussion", 11.16) == 11.16
    assert round(_ocr_size("AOB", 8.28)) == round(_ocr_size("Welcome and Introductions", 8.64)) == 11


def _first_page_lines(tmp_path):
    from agendaparse.pdf import read_document
    from test_variant_rasterised import rasterised_page

    picture = rasterised_page(REAL / NIPISSING_MINUTES, 1, tmp_path)
    document = read_document(picture, ocr="auto")
    pages = document.pages if hasattr(document, "pages") else document
    return {line.text: line for line in pages[0].lines}


@needs_shared()
@needs_ocr
def test_the_motions_lines_read_bold_from_the_picture(tmp_path):
    lines = _first_page_lines(tmp_path)
    mover = lines["R2024-057 T. Butler, S. Kirkey:"]
    assert mover.bold and mover.bold_end is None
    present = next(line for text, line in lines.items() if text.startswith("Present:"))
    assert present.bold and present.text[: present.bold_end] == "Present:"
    wording = next(line for text, line in lines.items() if text.startswith("That the minutes of the Council"))
    assert not wording.bold


@needs_shared()
@needs_ocr
def test_the_motions_are_actions_as_pictures_as_in_print(tmp_path):
    from agendaparse.extract import extract_document
    from test_variant_rasterised import pages_stored_as

    printed = extract_document(REAL / NIPISSING_MINUTES)
    pictures = extract_document(pages_stored_as("rasterised", REAL / NIPISSING_MINUTES, [1, 2, 3], tmp_path))
    motions = [_opening(action.text) for action in printed.actions if action.text.lower().startswith("that")]
    assert len(motions) >= 8
    read = {_opening(action.text) for action in pictures.actions}
    assert sum(motion in read for motion in motions) >= len(motions) - 1


def _opening(text: str) -> str:
    """A sentence's first words, compared without case or the dash OCR reads for an en dash ('Report – Proposed')."""
    return re.sub(r"[–—-]", "-", text.lower())[:60]


@needs_shared()
@needs_ocr
def test_the_transparency_boards_opening_and_closing_minutes_as_pictures(tmp_path):
    """Its bold headings 'Welcome and Introductions' (before the first numbered minute) and 'AOB' (after the last)
    are items as in print: as pictures they read no weight, and then a smaller size for want of descenders."""
    from agendaparse.extract import extract_document
    from test_variant_rasterised import pages_stored_as

    source = REAL / "cabinet-office/2011-03-02_transparency_board_minutes.pdf"
    pictures = extract_document(pages_stored_as("rasterised", source, [1, 2, 3, 4, 5, 6], tmp_path))
    titles = [item.title for item in pictures.agenda_items]
    assert titles[0] == "Welcome and Introductions"
    assert titles[-1] == "AOB"
    assert len(titles) == 6
