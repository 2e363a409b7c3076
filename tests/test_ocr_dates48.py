"""A superscript ordinal OCR reads as marks after the day ('3"! September 2019' for 3rd September 2019), and an
underscore glued between a word and a dash ('Council_-'), no longer cost a scanned page its date and body (stop 48,
issue #4).

Found on the dev split stored as grey pictures: the Newbiggin Parish Council minutes of 3 September 2019 (body,
committee and meeting date all wrong: 'Eden District Council', 19 September 2001) and Suffolk Libraries' 2016 AGM
agenda ('Thursday, 29" September 2016': no meeting date).
"""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agendaparse.dates import parse_date, repair_ocr_date
from agendaparse.tesseract import without_specks
from conftest import REAL, needs_ocr, needs_shared

NEWBIGGIN = "newbiggin-pc/2019-09-03_newbiggin_pc_minutes.pdf"


@pytest.mark.parametrize(
    ("read", "printed"),
    [
        ('Newbiggin Parish Council- 3"! September 2019', "Newbiggin Parish Council- 3 September 2019"),
        ('Thursday, 29" September 2016 The Cookhouse', "Thursday, 29 September 2016 The Cookhouse"),
        ("held on the 1’ of May 2020", "held on the 1 of May 2020"),
    ],
)
def test_marks_read_for_an_ordinal_are_dropped(read, printed):
    assert repair_ocr_date(read) == printed


@pytest.mark.parametrize("text", ['a 12" screen in March', "5' 11\" tall", "Item 3! Report", '"29" members'])
def test_marks_not_before_a_month_stay(text):
    assert repair_ocr_date(text) == text


@given(
    day=st.integers(1, 28),
    month=st.integers(1, 12),
    year=st.integers(1995, 2035),
    marks=st.text(alphabet="\"”“'’!^*°", min_size=1, max_size=3),
)
def test_a_date_with_its_ordinal_read_as_marks_is_read(day, month, year, marks):
    text = f"{day}{marks} {calendar.month_name[month]} {year}"
    assert parse_date(repair_ocr_date(text)).date == dt.date(year, month, day)


def _data(*words: str) -> dict:
    count = len(words)
    return {
        "text": list(words),
        "conf": [90] * count,
        "height": [20] * count,
        "width": [80] * count,
        "left": [0] * count,
    }


def test_an_underscore_between_a_word_and_a_dash_is_cut_off():
    assert without_specks(_data("Parish", "Council_-", "_£1,587.20", "snake_case"))["text"] == [
        "Parish",
        "Council-",
        "£1,587.20",
        "snake_case",
    ]


@needs_shared()
@needs_ocr
def test_newbiggins_minutes_as_a_picture_keep_their_date_and_council(tmp_path):
    from agendaparse.extract import extract_document
    from test_variant_rasterised import rasterised_page

    document = extract_document(rasterised_page(REAL / NEWBIGGIN, 1, tmp_path))
    assert str(document.document.meeting_date) == "2019-09-03"
    assert document.document.body == "Newbiggin Parish Council"
