"""Round 3 rules: people without a title, bodies named by their capitals or as 'Friends of …', decisions
in the passive, and owners' initials."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agendaparse.models import Action, Provenance
from agendaparse.nlp import (
    GIVEN_NAMES,
    Sentence,
    _spelled_acronyms,
    _split_owner_clauses,
    acronym_bodies,
    classify,
    expand_owner_surnames,
    given_name_people,
    organisation_names,
)
from conftest import REAL, needs_shared


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("JF gave contact numbers for Steven Kitt of AMEY who were responsible", ["Steven Kitt"]),
        ("Deborah Cadman – SCC, Marion Harvey – Ipswich County Library, Sue Charteris –", None),
        ("Tony Brown (Chair) gave a speech", ["Tony Brown"]),
        ("IK would contact Daren Silcock.", ["Daren Silcock"]),
        ("Proposer: Sylvia Knights (Bungay Library)", ["Sylvia Knights"]),
        ("Stephanie Holt-Castle and Kieron O’Hara", ["Stephanie Holt-Castle", "Kieron O’Hara"]),
        ("Glen Murray’s view", ["Glen Murray"]),
    ],
)
def test_people_printed_without_a_title(text, people):
    expected = people or ["Deborah Cadman", "Marion Harvey", "Sue Charteris"]
    assert given_name_people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Julian Bower Farm, Cliburn",  # a farm
        "Victoria Road and Albert Street",  # streets
        "Betty Ellen Lane, 4 Oak Road",  # a longer name: not 'Ellen Lane'
        "Mary Lou Van Slavie",
        "Cathy FleetMobile",  # columns run together
        "The May Council meeting",  # a month, not a name
        "Kate Greenaway Library",  # a body named after a person
    ],
)
def test_places_and_bodies_are_not_people(text):
    assert given_name_people(text) == []


@given(st.text(alphabet=st.sampled_from(list("AaBbCcJjKkMmOoPpSs .,-’'()")), max_size=60))
def test_given_names_are_printed_in_the_text(text):
    for name in given_name_people(text):
        assert name.split()[0] in GIVEN_NAMES
        assert name.split()[-1] in text


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        ("A letter had been received from SSE in January with a bill.", ["SSE"]),
        ("Any appeal would be heard by SBC’s Planning Committee.", ["SBC"]),
        ("BHA has not decided on their future yet.", ["BHA"]),
        ("KG had correspondence from OCC regarding the bridleway up to NBW, thanking her", ["OCC"]),
        ("Free access to the RSP data feeds", []),  # capitals used as a word before a noun
        ("JRB will send the report to the AGM.", []),  # a person's initials; the AGM is a meeting
    ],
)
def test_bodies_named_by_their_capitals(text, bodies):
    assert acronym_bodies(text, {"JRB"}) == bodies


def test_capitals_the_document_spells_out_are_not_bodies():
    texts = ["the Local Electric Vehicle Infrastructure (LEVI) capital project", "post legislative scrutiny (PLS)"]
    assert _spelled_acronyms(texts) == {"LEVI", "PLS"}


def test_friends_groups_and_societies_are_bodies():
    assert organisation_names("Clara Eastell – Society of Chief Librarians, Dr. Daniel") == [
        "Society of Chief Librarians"
    ]
    assert organisation_names("Jimmy Jewell – Elmswell Library Friends, Clara") == ["Elmswell Library Friends"]
    assert organisation_names("sent to CDC by the Bucknell Coalition of Parishes") == ["Bucknell Coalition of Parishes"]
    assert organisation_names("Thanks to the Friends for their help") == []


@pytest.mark.parametrize(
    "text",
    [
        "There were no questions and the accounts were accepted and approved.",
        "The following Directors were voted in by the society membership: Tony Brown (Beccles)",
        "HD had drafted a letter to the owner and it was agreed that the items should be added to the letter.",
    ],
)
def test_decisions_in_the_passive_and_mid_sentence(text):
    found = classify(Sentence(text, 1, None, None, in_minutes=True))
    assert found is not None and found[0] in ("decision", "resolution") and found[2]


def test_a_member_s_initials_start_a_clause():
    sentence = "There is a questionnaire on the OCC website NO will ask David Carlisle to put the link on"
    assert _split_owner_clauses(sentence, {"NO", "KG"}) == [
        "There is a questionnaire on the OCC website",
        "NO will ask David Carlisle to put the link on",
    ]
    assert _split_owner_clauses("Waiting for a map from Cllr Epps - HD/RL to amalgamate maps")[1].startswith("HD/RL")


HERE = Provenance(document="d", page=1, method="test")


def test_owner_initials_become_the_one_person_with_them():
    actions = [Action(text="NO to draft objection", owners=["NO", "HD"], kind="action", provenance=HERE)]
    people = ["Nick Oakhill", "Kate Green", "Katy Draper"]
    assert expand_owner_surnames(actions, people)[0].owners == ["Nick Oakhill", "HD"]
    actions = [Action(text="KD to report", owners=["KD"], kind="action", provenance=HERE)]
    assert expand_owner_surnames(actions, ["Katy Draper", "Kevin Dunn"])[0].owners == ["KD"]  # two people: kept


@needs_shared()
def test_apologies_and_speakers_of_an_agm_are_people():
    from agendaparse.extract import extract_document

    path = REAL / "suffolk-libraries" / "2015_agm_minutes.pdf"
    if not path.is_file():
        pytest.skip("suffolk-libraries/2015_agm_minutes.pdf is absent")
    found = extract_document(path, ocr="never", with_tables=False)
    assert {"Deborah Cadman", "Sue Charteris", "Tony Brown", "Alison Wheeler", "Joanna Trollope"} <= set(found.people)
    assert "Society of Chief Librarians" in found.organisations
    assert not any(name.startswith("David Thomas ") for name in found.organisations)


def test_venues_with_an_address_are_not_bodies():
    assert organisation_names("RE8 Thameside Primary School, Harley Road, Caversham") == []
    assert organisation_names("Wesley Church Hall, Queens Road") == []
    assert organisation_names("Pupils from Thameside Primary School sang.") == ["Thameside Primary School"]


def test_a_councillor_of_a_council_names_the_council():
    assert organisation_names("Mrs J Todd Eden District Councillor A Armstrong") == ["Eden District Council"]
    assert organisation_names("The District Councillor reported") == []


def test_other_forms_of_the_body_s_name_are_the_body():
    from agendaparse.nlp import _names_the_body

    body = "Suffolk Libraries IPS"
    for name in ("Suffolk’s Libraries", "Libraries IPS Ltd", "Staff of Suffolk Libraries", "Suffolk Libraries"):
        assert _names_the_body(name, body)
    assert not _names_the_body("Friends of Halesworth Library", body)
    assert not _names_the_body("Suffolk County Council", body)


def test_a_list_printed_line_by_line_is_read_entry_by_entry():
    from agendaparse.nlp import Paragraph, list_runs
    from agendaparse.pdf import Line

    entries = ["SBC - Green Spaces Strategy", "Notice of Low Flying Exercises", "Forestry Commission – General Info"]
    widths = [300.0, 260.0, 380.0]
    lines = [
        Line(t, 50.0, 100.0 + 12 * i, 50.0 + w, 110.0 + 12 * i, 10.0, False)
        for i, (t, w) in enumerate(zip(entries, widths, strict=True))
    ]
    paragraph = Paragraph(lines=lines, page=1, line_owners=[None] * 3)
    text = " ".join(entries)
    assert list_runs(paragraph, text) == entries
    assert "Forestry Commission" in [name for run in list_runs(paragraph, text) for name in organisation_names(run)]
    prose = [Line(t, 50.0, 100.0 + 12 * i, 500.0, 110.0 + 12 * i, 10.0, False) for i, t in enumerate(entries)]
    assert list_runs(Paragraph(lines=prose, page=1, line_owners=[None] * 3), text) == [text]
