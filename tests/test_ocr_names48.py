"""Spaces OCR loses in a tightly set list of names are put back (stop 48, issue #6).

Found on the dev split stored as grey pictures: the Kent County Council budget minutes (2025-02-13) list the members
present as 'Mr A Booth, Mr A Brady, Mr D L Brazier, Mr S R Campkin' in a justified paragraph, and Tesseract read
'MrABooth, MrABrady, MrDLBrazier, MrS RCampkin': the people found in the document fell from 99.4 (as printed) to
67.1 (F1), the attendance reader keeping surnames alone ('Booth', 'Brady'). ``pdf._names_spaced`` mends a title
run into initials or a name, and initials run into a surname after a title; initials printed together ('Mrs PT
Cole') are left, as councils print them both ways.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agendaparse.pdf import _names_spaced
from conftest import REAL, needs_ocr, needs_shared

KENT_BUDGET_MINUTES = "kent-cc/2025-02-13_county_council_printed_minutes_budget.pdf"


@pytest.mark.parametrize(
    ("read", "printed"),
    [
        ("PRESENT: MrBJ Sweetland (Chairman), MrAM Ridgers", "PRESENT: Mr B J Sweetland (Chairman), Mr A M Ridgers"),
        ("MrT Bond, MrABooth, MrDLBrazier, MrS RCampkin,", "Mr T Bond, Mr A Booth, Mr D L Brazier, Mr S R Campkin,"),
        ("MrMAJHood, MrDRoss, Dr AMcDonald", "Mr M A J Hood, Mr D Ross, Dr A McDonald"),
        ("Cllr ABooth and Sir Paul Carter", "Cllr A Booth and Sir Paul Carter"),
    ],
)
def test_a_title_or_initials_run_into_a_name_are_spaced(read, printed):
    assert _names_spaced(read) == printed


@pytest.mark.parametrize(
    "printed",
    [
        "Mrs PT Cole, Mr JD Chard",  # initials printed together
        "Mr Smith and Mrs Jones met Dr Who.",
        "Mr MacDonald, Mr McDonald, Dr DeSouza, Ms LeBlanc",
        "MrsJones",  # no initials to tell where the title ends
        "The MRS team and the DRS scheme",
    ],
)
def test_names_printed_so_are_left(printed):
    assert _names_spaced(printed) == printed


NAME = st.from_regex(r"[A-Z][a-z]{2,9}", fullmatch=True)
INITIALS = st.lists(st.from_regex(r"[A-Z]", fullmatch=True), min_size=1, max_size=3)


@given(title=st.sampled_from(["Mr", "Mrs", "Ms", "Miss", "Dr", "Cllr"]), initials=INITIALS, surname=NAME)
def test_a_name_printed_spaced_is_never_changed(title, initials, surname):
    printed = f"{title} {' '.join(initials)} {surname},"
    assert _names_spaced(printed) == printed


@given(title=st.sampled_from(["Mr", "Mrs", "Ms", "Miss", "Dr", "Cllr"]), initials=INITIALS, surname=NAME)
def test_a_name_read_without_its_spaces_is_spaced_again(title, initials, surname):
    assert _names_spaced(f"{title}{''.join(initials)}{surname},") == f"{title} {' '.join(initials)} {surname},"


@needs_shared()
@needs_ocr
def test_the_members_present_read_from_the_picture(tmp_path):
    from agendaparse.extract import extract_document
    from test_variant_rasterised import rasterised_page

    people = extract_document(rasterised_page(REAL / KENT_BUDGET_MINUTES, 1, tmp_path)).people
    assert {"A Booth", "A Brady", "D L Brazier", "S R Campkin", "B J Sweetland"} <= {
        name.removeprefix("Mr ").removeprefix("Mrs ") for name in people
    }
