"""Organisation names round 2: venues, departments, list labels after headings, gazetteer bodies."""

from __future__ import annotations

import pytest

from agendaparse.nlp import attendance_entries, organisation_names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ask for: Georgina Little Council Chamber, Sessions House", []),  # a venue
        ("A meeting of Kent Council Leaders was held on the 18th of December", []),
        ("contact Democratic Services or Corporate & Traded Services", []),  # a council's own departments
        ("the Participation Team reported", []),
        ("Adoption Partnership South East and BBC South East", ["BBC South East", "Adoption Partnership South East"]),
        ("X Mayoral Data Council", ["Mayoral Data Council"]),  # a tick-box glyph read as X
        ("visits to HMYOI Cookham Wood and HMYOI Feltham", ["HMYOI Cookham Wood", "HMYOI Feltham"]),
        ("the Annual Governance Report for the Council", []),
        ("the Children in Care Council met", ["Children in Care Council"]),
        ("Department for Culture, Media and Sport Arm’s Length Bodies", ["Department for Culture, Media and Sport"]),
        ("the Shareholder Executive (ShEx) and ATOC", ["Shareholder Executive", "ShEx", "ATOC"]),
    ],
)  # fmt: skip
def test_organisation_names_round_two(text, names):
    assert organisation_names(text) == names


def test_an_attendance_list_run_into_its_heading():
    text = (
        "Local Public Data Panel – Minutes 17th October 2013 Panel: Chris Taggart (Openlylocal.com), "
        "Vicky Sargent (Boilerhouse)"
    )
    assert attendance_entries(text) == [("Chris Taggart", ["Openlylocal.com"]), ("Vicky Sargent", ["Boilerhouse"])]
