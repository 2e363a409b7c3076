"""Specks of a scan that Tesseract reads as characters (stop 42, issue #5).

Found on the generated payments schedule of tests/test_tables_round36.py scanned half a degree askew: between its
unruled columns Tesseract read dots of toner as 'z' (confidence 0) and '2' (23), boxes 3 by 2 pixels where the
words around them are 16-23 pixels tall, and glued one to the front of an amount ('_£1,587.20'), whose box then
began left of the Amount column. Before: cells 68% (the 'May 2' cell, and the rows from '£1,587.20' on cut off as
a line across the columns). After: 100%.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from agendaparse.tesseract import without_specks


def _data(*words: tuple[str, int, int, int, int, float]) -> dict:
    """An ``image_to_data`` dict of words (text, left, top, width, height, confidence)."""
    return {
        "text": [word[0] for word in words],
        "left": [word[1] for word in words],
        "top": [word[2] for word in words],
        "width": [word[3] for word in words],
        "height": [word[4] for word in words],
        "conf": [word[5] for word in words],
    }


def test_a_dot_read_as_a_figure_is_taken_out():
    data = without_specks(
        _data(("May", 672, 601, 29, 16, 96), ("2", 790, 601, 3, 2, 23), ("£1,240.00", 909, 598, 70, 23, 93))
    )
    assert data["text"] == ["May", "", "£1,240.00"]


def test_an_underscore_glued_to_a_word_is_cut_off_and_its_box_narrowed():
    data = without_specks(_data(("Co", 517, 822, 28, 17, 96), ("_£1,587.20", 1252, 816, 104, 23, 35)))
    assert data["text"][1] == "£1,587.20"
    assert data["left"][1] == 1262 and data["width"][1] == 94  # one tenth of the box was the underscore's


def test_punctuation_and_small_print_are_left():
    """A full stop parted from its number ('4 . Approval') is the line's to judge; a footnote's figure in
    smaller type is over a third of the line's height."""
    words = (
        ("4", 120, 500, 12, 26, 96),
        (".", 136, 522, 3, 3, 60),
        ("Approval", 150, 500, 90, 26, 96),
        ("1", 242, 498, 5, 10, 80),
    )
    assert without_specks(_data(*words))["text"] == ["4", ".", "Approval", "1"]


@given(
    st.lists(
        st.tuples(st.text("abcXYZ019£,.", min_size=1, max_size=9), st.integers(8, 60), st.integers(12, 40)),
        min_size=1,
        max_size=30,
    )
)
def test_words_of_a_letter_height_are_never_blanked(words):
    """Words all of about one height (none under a third of another's): none is taken for a speck."""
    data = without_specks(
        _data(*((text, 10 * i, 0, width, height, 90) for i, (text, width, height) in enumerate(words)))
    )
    assert data["text"] == [text for text, _, _ in words]
