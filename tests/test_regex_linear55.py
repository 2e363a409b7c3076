"""Eight segment and tables patterns alone on the long hostile lines that made them backtrack (stop 55), and as before
on the names and cells their callers give them.

``benchmarks/adversarial_text.py --only segment --regexes --check`` found them over 5,000x the reference: two written
this stop (committees.COMMITTEE_DATE_TAIL_RE over a run of 20,000 spaces, past 20 s; facts.PLACE_COUNCIL_RE from each
capital of one long hyphenated word, 2.8 s) and two older ones (bodies.TWO_PLACE_COUNCIL_RE reading a list of places
again from each place, 3.2 s; facts.ORG_NAME_LINE_RE from each capital of one long word, 1.8 s). Their callers run
them on a committee's name or a heading cell, but the next caller that searches a whole line would hang an import.
Each now reads a word whole from its start, at most 64 characters (bodies.PLACE_WORD), a run of spaces from its
start, or a whole cell from its start; the check exits 0 (it exited 1 before, on the two older ones).

``--only tables --regexes --check`` found four more, all older and all run on one cell or word: headers.NUMBERED_NAME_RE
(one 20,000-letter word read from each letter), headers.TARGET_VALUE_RE (a run of spaces from each space),
owner_date_cells.SERVED_CENTRE_RE (words to their end from each capital), payments.SUM_WITH_PENCE_RE (a run of digits
from each digit). The same mends; that check exits 0 too (1 before).

Pass before (the code of b35c76b): 19 of 27 (every name and cell case; none of the eight patterns within the bound).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from agendaparse.segment import bodies, committees, facts
from agendaparse.tables import headers, owner_date_cells, payments

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from adversarial_text import slower_than_bound  # noqa: E402

PATTERNS: dict[str, re.Pattern[str]] = {
    "committees.COMMITTEE_DATE_TAIL_RE": committees.COMMITTEE_DATE_TAIL_RE,
    "facts.PLACE_COUNCIL_RE": facts.PLACE_COUNCIL_RE,
    "bodies.TWO_PLACE_COUNCIL_RE": bodies.TWO_PLACE_COUNCIL_RE,
    "facts.ORG_NAME_LINE_RE": facts.ORG_NAME_LINE_RE,
    "headers.NUMBERED_NAME_RE": headers.NUMBERED_NAME_RE,
    "headers.TARGET_VALUE_RE": headers.TARGET_VALUE_RE,
    "owner_date_cells.SERVED_CENTRE_RE": owner_date_cells.SERVED_CENTRE_RE,
    "payments.SUM_WITH_PENCE_RE": payments.SUM_WITH_PENCE_RE,
}
HOSTILE = {
    "spaces": " " * 20_000,
    "hyphenated word": "Ee-" * 6_700,
    "list of places": "Ab Cd, " * 5_000 + "and Ef District Councils",
    "capitals": "Ab " * 7_000,
    "long word": "a" * 20_000,
    "digits": "1" * 20_000 + " x",
    "carers": "Carers " * 3_000,
}
BOUND_X = 2_500  # as tests/test_regex_linear.py: a pattern that backtracks stood at 5,000x to over 100,000x

# (pattern, how it is called, text, the span and groups it gives)
NAMES = [
    ("committees.COMMITTEE_DATE_TAIL_RE", "search", "Annual Parish Meeting 13th May 2014", [21, 35]),
    ("committees.COMMITTEE_DATE_TAIL_RE", "search", "Annual General Meeting on Tuesday, 8th May, 2018", [22, 48]),
    ("committees.COMMITTEE_DATE_TAIL_RE", "search", "Planning Committee", None),
    ("facts.PLACE_COUNCIL_RE", "fullmatch", "North Glenshire Council", [0, 23, "North Glenshire Council", None]),
    ("facts.PLACE_COUNCIL_RE", "fullmatch", "Aldmoor Council Cabinet", [0, 23, "Aldmoor Council", "Cabinet"]),
    ("facts.PLACE_COUNCIL_RE", "fullmatch", "Youth Council", None),
    ("bodies.TWO_PLACE_COUNCIL_RE", "fullmatch", "Newry, Mourne and Down District Council", [0, 39]),
    ("bodies.TWO_PLACE_COUNCIL_RE", "fullmatch", "Causeway Coast and Glens Borough Council", [0, 40]),
    ("facts.ORG_NAME_LINE_RE", "fullmatch", "Riverside Learning Partnership", [0, 30]),
    ("facts.ORG_NAME_LINE_RE", "fullmatch", "The Friends of Hollowford Park", [0, 30]),
    ("headers.NUMBERED_NAME_RE", "fullmatch", "measure no", [0, 10, "measure"]),
    ("headers.NUMBERED_NAME_RE", "fullmatch", "action plan ref", [0, 15, "action plan"]),
    ("headers.TARGET_VALUE_RE", "fullmatch", "> 95%", [0, 5]),
    ("headers.TARGET_VALUE_RE", "fullmatch", "1,000 homes", [0, 11]),
    ("headers.TARGET_VALUE_RE", "fullmatch", "by March", None),
    ("owner_date_cells.SERVED_CENTRE_RE", "fullmatch", "Hollowford Young Carers Centre", [0, 30]),
    ("payments.SUM_WITH_PENCE_RE", "fullmatch", "£1,587.20", [0, 9]),
    ("payments.SUM_WITH_PENCE_RE", "fullmatch", "12345.67", [0, 8]),
    ("payments.SUM_WITH_PENCE_RE", "fullmatch", "12.5", None),
]


@pytest.mark.parametrize("label", sorted(PATTERNS))
def test_linear_alone(label: str) -> None:
    assert slower_than_bound(PATTERNS[label].search, HOSTILE, BOUND_X) is None, label


@pytest.mark.parametrize(("label", "how", "text", "expected"), NAMES)
def test_names_as_before(label: str, how: str, text: str, expected: list | None) -> None:
    match = getattr(PATTERNS[label], how)(text)
    assert (None if match is None else [match.start(), match.end(), *match.groups()]) == expected
