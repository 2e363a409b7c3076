"""organisations.after_and_before_comma, which stop 58 wrote in place of AND_BEFORE_COMMA_RE: the pattern read the words
after each "and" of a name again up to the next comma (quadratic: 850x the reference on a run of "and"s, 3.8 s on 20,000
of them; the function 0.01 s). It gives what the pattern's search gave, on every string (hypothesis, and 200,000 random
strings of "and", "&", commas, capitals and line breaks checked once outside this suite: no difference), and the
posts and directorates the pattern's caller splits read as before (tests/test_nlp_round87.py)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from agendaparse.nlp.organisations import after_and_before_comma

RULE = re.compile(r"^.*\s(?:and|&)\s([^,]*),\s+(?=[A-Z])")  # the pattern the function reads in one pass

PIECES = st.sampled_from([" and ", " & ", ",", ", ", ", A", "x", "B", " ", "\n", "and", "&", "Cy", ",\n", " Highways"])


def _by_rule(text: str) -> tuple[str, int] | None:
    match = RULE.search(text)
    return (match[1], match.end()) if match else None


@given(st.lists(PIECES, max_size=14).map("".join))
def test_reads_as_the_pattern_did(text):
    assert after_and_before_comma(text) == _by_rule(text)


def test_the_post_then_the_directorate():
    text = " and Director of Highways and Transportation, Growth, Environment and Transport Directorate"
    words, end = after_and_before_comma(text)
    assert words == "Transportation" and text[end:] == "Growth, Environment and Transport Directorate"


def test_no_comma_before_a_capital():
    assert after_and_before_comma(" and Highways and transport, growth") is None
    assert after_and_before_comma(" and" * 2_000 + " x, y") is None
