"""Property tests for the heading and document-fact rules of agendaparse.segment."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from agendaparse.segment import (
    SMALL_WORDS,
    _parse_heading_number,
    _strip_place,
    body_from_meeting_title,
    council_from_initialism,
    expand_initialism,
)

PLACES = st.sampled_from(["Rivergrove", "Nipissing", "Kent", "Ayton", "Milburn", "Merton"])
CAPITALISED = st.from_regex(r"[A-Z][a-z]{2,9}", fullmatch=True)
# a word of a name an initialism abbreviates: not a joining word ('The', 'And'), which initialisms skip
NAME_WORDS = CAPITALISED.filter(lambda word: word.lower() not in SMALL_WORDS)


@given(st.integers(1, 99), st.integers(1, 20), st.sampled_from(["", ".i", ".ii", ".iv", ".3"]), st.booleans())
def test_paper_references_are_heading_numbers(meeting, item, tail, spaced):
    reference = f"TB ({meeting}) {item}{tail}" if spaced else f"TB({meeting}){item}{tail}"
    assert _parse_heading_number(f"{reference} Public Data Corporation discussion") == (
        f"TB({meeting}){item}{tail}",
        "Public Data Corporation discussion",
    )


@given(st.integers(2000, 2099), st.integers(1, 999))
def test_resolution_numbers_are_heading_numbers(year, number):
    assert _parse_heading_number(f"R{year}-{number:03d} T. Butler, S. Kirkey:") == (
        f"R{year}-{number:03d}",
        "T. Butler, S. Kirkey:",
    )


@given(st.text(max_size=40))
def test_heading_number_never_raises(text):
    _parse_heading_number(text)


@given(st.lists(NAME_WORDS, min_size=2, max_size=5), st.text(" abcdefghij.,", max_size=40))
def test_initialism_expands_to_the_phrase_it_abbreviates(words, noise):
    phrase = " ".join(words)
    abbr = "".join(word[0] for word in words)
    assert expand_initialism(abbr, f"{noise} The {phrase} ({abbr}) met. {noise}") == phrase


def test_initialism_skips_joining_words():
    text = "Department for Communities and Local Government (DCLG) runs the panel."
    assert expand_initialism("DCLG", text) == "Department for Communities and Local Government"
    assert expand_initialism("XYZ", text) is None


@given(PLACES, st.sampled_from(["Township of {}", "City of {}", "{} City Council", "{} County Council"]))
def test_a_councils_own_meeting_loses_the_place(place, pattern):
    body = pattern.format(place)
    kind = "City Council" if "City Council" in body else "County Council" if "County" in body else "Council"
    committee = f"{body} Council" if body.startswith(("Township", "City of")) else body
    assert _strip_place(committee, body) == kind


@given(PLACES, st.sampled_from(["Parish Council", "Community Council", "Town Council"]))
def test_parish_and_community_councils_keep_their_name(place, kind):
    body = f"{place} {kind}"
    assert _strip_place(body, body) == body


@given(PLACES, st.sampled_from(["Cabinet", "Audit Committee", "Corporate Parenting Panel"]))
def test_committees_of_a_council_are_left_alone(place, committee):
    assert _strip_place(committee, f"{place} County Council") == committee


def test_council_initials_need_prose_and_a_council():
    prose = "KCC officers met Kent leaders. KCC will report to the County Council. Kent and Medway plan; Kent wins."
    assert council_from_initialism(prose) == ("Kent County Council", 2)
    assert council_from_initialism("Polling Districts:   OCC\nOther\nOther\nOther\nOCC") is None


@given(st.from_regex(r"[A-Z][a-z]{3,8}( [A-Z][a-z]{2,8}){0,2} (IPS|Trust|Ltd)", fullmatch=True), CAPITALISED)
def test_meeting_title_row_names_body_and_committee(org, committee):
    assert body_from_meeting_title([f"Title of Meeting   {org} - {committee} Meeting"]) == (org, committee)
