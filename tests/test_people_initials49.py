"""Initials run together or stopped and run together before a titled surname (stop 49, issue #6).

'Mrs PT Cole', 'Mr A.R. Hills': councils print initials so as often as spaced, and OCR reads a printed 'Mr A R Hills'
as 'Mr AR Hills'. The titled-name reader took initials only one at a time with a space after each, so such a person
was not found at all (a page of 'Present: Mr A Booth, Mr AR Hills, Mrs PT Cole' gave 'A Booth' alone). The name is
kept as printed (corpus/gold/README.md); the registry's id is one for every spacing (agendaparse.store.person_id).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from agendaparse.store import person_id
from minutes_page import minutes_page, people_on_page

SURNAMES = ["Hills", "Cole", "Booth", "Brazier", "McKenna", "O'Brien", "Campkin"]
# a rank's letters after a title are the rank ('Mr PC Hills' is read as PC Hills, the constable): not initials here
RANKS = {"PC", "DC", "DS", "DI", "MP", "JP", "QC", "KC"}
initials = st.text(alphabet="ABCDEFGHJKLMNPRSTW", min_size=2, max_size=3).filter(lambda letters: letters not in RANKS)


def _present(*names: str) -> set[str]:
    return people_on_page(minutes_page(["Minutes of the meeting held on 5 May 2025", "Present: " + ", ".join(names)]))


@given(letters=initials, surname=st.sampled_from(SURNAMES), title=st.sampled_from(["Mr", "Mrs", "Dr", "Ms"]))
def test_initials_run_together_name_a_person(letters, surname, title):
    assert f"{letters} {surname}" in _present("Mr D Whitlock", f"{title} {letters} {surname}", "Mrs J Lane")


@given(letters=initials, surname=st.sampled_from(SURNAMES))
def test_initials_stopped_and_run_together_name_a_person(letters, surname):
    stopped = "".join(f"{letter}." for letter in letters)
    assert f"{stopped} {surname}" in _present("Mr D Whitlock", f"Mrs {stopped} {surname}", "Mrs J Lane")


def test_a_kent_attendance_line():
    found = _present("Mr A Booth", "Mr AR Hills", "Mr P M Hill", "Mrs PT Cole", "Mr D Brazier")
    assert {"A Booth", "AR Hills", "P M Hill", "PT Cole", "D Brazier"} <= found


@given(letters=initials, surname=st.sampled_from(SURNAMES))
def test_one_person_one_id_however_the_initials_are_spaced(letters, surname):
    spaced = " ".join(letters)
    stopped = " ".join(f"{letter}." for letter in letters)
    assert person_id(f"{letters} {surname}") == person_id(f"{spaced} {surname}") == person_id(f"{stopped} {surname}")

