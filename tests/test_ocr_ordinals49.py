"""A day's superscript ordinal OCR reads as marks (stop 49): '10" September 2015', '31% March 2016', '21°t August
2013' in the Suffolk Libraries papers as pictures, item titles then differing from print. The line is mended to the
ordinal the day takes ('10th', '31st', '21st'), as the text layer reads it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from agendaparse.dates import ordinal_suffix
from agendaparse.dates import ordinals_mended as _ordinals_mended
from conftest import REAL, needs_ocr, needs_shared

MONTHS = ["January", "March", "May", "June", "August", "September", "December", "Sept", "Dec"]
WRITTEN = {1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 11: "11th", 12: "12th", 13: "13th", 21: "21st", 22: "22nd"}


def test_days_take_their_ordinals():
    assert {day: f"{day}{ordinal_suffix(day)}" for day in WRITTEN} == WRITTEN
    assert ordinal_suffix(23) == "rd" and ordinal_suffix(31) == "st" and ordinal_suffix(30) == "th"


@given(
    day=st.integers(1, 31),
    marks=st.sampled_from(['"', "”", "%", "°t", '"!', "’", "°"]),
    month=st.sampled_from(MONTHS),
)
def test_marks_after_a_day_before_its_month_are_its_ordinal(day, marks, month):
    assert _ordinals_mended(f"AGM on {day}{marks} {month} 2015") == f"AGM on {day}{ordinal_suffix(day)} {month} 2015"


@given(text=st.sampled_from(['Room 10" wide', "12 people attended", "the 1st March", "paid 10% more", '5" of rain']))
def test_other_marks_are_left(text):
    assert _ordinals_mended(text) == text


@needs_shared()
@needs_ocr
def test_an_agenda_title_reads_as_printed_as_a_picture(tmp_path):
    from agendaparse.extract import extract_document
    from test_variant_rasterised import rasterised_page

    picture = rasterised_page(REAL / "suffolk-libraries/2016_agm_agenda.pdf", 1, tmp_path)
    titles = [item.title for item in extract_document(picture).agenda_items]
    assert "Chair’s welcome, apologies for absence and Minutes of AGM, 10th September 2015" in titles
    assert any("year ending 31st March 2016" in title for title in titles)


@needs_shared()
@needs_ocr
def test_a_tables_title_read_with_its_date_is_no_action(tmp_path):
    """Souldern's scanned minutes (page 3) title a list of payments 'To be approved at the 26th November meeting':
    read with its date the sentence took a due date and the classifier an action; it names the table."""
    import pikepdf

    from agendaparse.extract import extract_document

    part = tmp_path / "page3.pdf"
    with pikepdf.open(REAL / "souldern-pc/2020-11-25_spc_minutes_scanned.pdf") as pdf, pikepdf.new() as alone:
        alone.pages.append(pdf.pages[2])
        alone.save(part)
    document = extract_document(part)
    assert "To be approved at the 26th November meeting" in [table.title for table in document.tables]
    assert not [action for action in document.actions if "approved at the 26th" in action.text]
