"""Three nlp patterns outside both stop-56 helpers' modules, never listed in KNOWN_SLOW_PATTERNS, that read a long
hyphenated word ('Ee-' * 6,700) to its end from each of its capitals.

Helper A's full run of ``benchmarks/adversarial_text.py --only nlp --regexes --check`` found two over the bound alone:
attendance.HOUSING_BODY_RE (1.6 s, 7,800x the reference) and owners.POST_OF_BODY_RE (1.9 s, 9,300x). Their callers
fullmatch or match a name from its start; each word is now read whole from its start (possessively, after no word
character) and each run of spaces once: 2 ms and 5 ms, about 9x and 12x. Old and new gave the same match and fullmatch
from every word start of 25,614 dev PDF lines, dev page texts and training texts (1,097,182 calls, 0 differences).

The lead's run after the merge (the check's one failure: the find_actions page reader at 5,287x on that line) found
owners.MAC_INITIALS_RE at 515 ms (2,235x) alone there, run by finditer over every attendance line. Its given name is
now names.NAME_WORD (read whole, at most 62 letters): 0.8 ms; the same finditer matches on the same 25,617 texts; the
reader's worst is then 636 ms, 2,874x, on 'Abc, ' (the line it was slow on before the patterns came in).

Pass before (the code of 93f6d67, and of 368f9ca for MAC_INITIALS_RE): the name cases; none of the three patterns
within the bound.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from agendaparse.nlp import attendance, owners

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from adversarial_text import slower_than_bound  # noqa: E402

PATTERNS: dict[str, re.Pattern[str]] = {
    "attendance.HOUSING_BODY_RE": attendance.HOUSING_BODY_RE,
    "owners.POST_OF_BODY_RE": owners.POST_OF_BODY_RE,
    "owners.MAC_INITIALS_RE": owners.MAC_INITIALS_RE,
}
HOSTILE = {
    "hyphenated word": "Ee-" * 6_700,
    "longer hyphenated word": "Ee-" * 20_000,  # MAC_INITIALS_RE stood at 2,235x on the shorter: under the bound
    "capitals": "Ab " * 7_000,
    "long word": "A" + "a" * 20_000,
    "spaces": "Ab" + " " * 20_000 + "of",
}
BOUND_X = 2_500  # as tests/test_regex_linear.py

# (pattern, how it is called, text, the span and groups it gives)
NAMES = [
    ("attendance.HOUSING_BODY_RE", "fullmatch", "Hartfield Housing", [0, 17]),
    ("attendance.HOUSING_BODY_RE", "fullmatch", "North Fold Homes", [0, 16]),
    ("attendance.HOUSING_BODY_RE", "fullmatch", "Housing", None),
    ("attendance.HOUSING_BODY_RE", "fullmatch", "Great North Fold Homes", None),
    ("owners.POST_OF_BODY_RE", "fullmatch", "Chief Executive of the OPCC", [0, 27, "Chief Executive"]),
    ("owners.POST_OF_BODY_RE", "fullmatch", "The Chair of the Board", [0, 22, "Chair"]),
    ("owners.POST_OF_BODY_RE", "match", "Head of Service of the Council", None),
    ("owners.POST_OF_BODY_RE", "match", "Director of the Westshire Fire Authority said", [0, 40, "Director"]),
    ("owners.MAC_INITIALS_RE", "search", "Present: Morag MacAulay (MMacA)", [9, 31, "Morag MacAulay", "MMacA"]),
    ("owners.MAC_INITIALS_RE", "search", "Mary-Ann McLeod  (MMcL) and others", [0, 23, "Mary-Ann McLeod", "MMcL"]),
    ("owners.MAC_INITIALS_RE", "search", "Morag Macaulay (MMacA)", None),
]


@pytest.mark.parametrize("label", sorted(PATTERNS))
def test_linear_alone(label: str) -> None:
    assert slower_than_bound(PATTERNS[label].search, HOSTILE, BOUND_X) is None, label


@pytest.mark.parametrize(("label", "how", "text", "expected"), NAMES)
def test_names_as_before(label: str, how: str, text: str, expected: list | None) -> None:
    match = getattr(PATTERNS[label], how)(text)
    assert (None if match is None else [match.start(), match.end(), *match.groups()]) == expected
