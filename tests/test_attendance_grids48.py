"""A box of the members present, each name with its initials, is attendance, not a table (stop 48, issue #5).

Found on the dev split stored as grey pictures: the three Ayton Community Council minutes print the members present
in a borderless box, two names a row, each with the initials the minutes then use ('Graham Dolan  GD  Norman
Robertson  NR', or 'Helen Postle HP' in one cell). From the text layer the box goes with its 'PRESENT' label; from a
scan, the reader of tables of words found it under a 'header' of names and reported it (tables P 0.0 on all three).
"""

from __future__ import annotations

import pytest

from agendaparse.tables.layout_grids import _initials_of, _is_initialled_names, _not_a_data_table
from conftest import REAL, needs_ocr, needs_shared

AYTON = "ayton-cc/2008-07-08_ayton_cc_minutes.pdf"

BESIDE = [
    ["Graham Dolan", "GD", "Norman Robertson", "NR"],
    ["Paul Wheelhouse", "PWh", "Dick Noble", "DN"],
    ["Michael Cook (SBC)", "MC", "Paul Wilson", "PW"],
    ["Kenny Combe", "KC", "", ""],
]
WITHIN = [
    ["Jim Fullarton (SBC) JF", "Isabel Kellie", "IK"],
    ["Helen Postle HP", "Dick Noble", "DN"],
    ["John Slater JS", "Trevor Smith", "TS"],
]


@pytest.mark.parametrize("rows", [BESIDE, WITHIN])
def test_names_with_their_initials_are_attendance(rows):
    assert _is_initialled_names(rows)
    assert _not_a_data_table(rows)


@pytest.mark.parametrize(
    ("name", "initials", "theirs"),
    [
        ("Paul Wheelhouse", "PWh", True),
        ("Michael Cook (SBC)", "MC", True),
        ("Graham Dolan", "DG", False),
        ("Contact the police", "CP", False),  # every word counts
        ("Dolan", "D", False),  # one word and one letter: any cell could be so
    ],
)
def test_initials_are_a_names_capitals_in_order(name, initials, theirs):
    assert _initials_of(name, initials) is theirs


def test_an_action_log_with_owners_initials_stays_a_table():
    rows = [
        ["Action", "Owner", "Due"],
        ["Set up meeting dates", "PP", "June"],
        ["Write to Highways England", "HE", "July"],
        ["Contact the police", "CP", "May"],
        ["Invite Graham Dolan", "GD", "May"],
    ]
    assert not _is_initialled_names(rows)


@needs_shared()
@needs_ocr
def test_aytons_members_present_as_a_picture_are_no_table(tmp_path):
    from agendaparse.extract import extract_document
    from test_variant_rasterised import rasterised_page

    document = extract_document(rasterised_page(REAL / AYTON, 1, tmp_path))
    assert document.tables == []
    assert {"Graham Dolan", "Paul Wheelhouse", "Kenny Combe"} <= set(document.people)
