"""Two nlp patterns outside both stop-56 helpers' modules that helper A's full run of
``benchmarks/adversarial_text.py --only nlp --regexes --check`` found over the bound alone, never listed in
KNOWN_SLOW_PATTERNS: attendance.HOUSING_BODY_RE (1.6 s, 7,800x the reference) and owners.POST_OF_BODY_RE (1.9 s,
9,300x), both on 'Ee-' * 6,700, each reading the long hyphenated word to its end from each of its capitals. Their
callers fullmatch or match a name from its start; each word is now read whole from its start (possessively, after no
word character) and each run of spaces once: 2 ms and 5 ms, about 9x and 12x. Old and new gave the same match and
fullmatch from every word start of 25,614 dev PDF lines, dev page texts and training texts (1,097,182 calls, 0
differences).

Pass before (the code of 93f6d67): the name cases; neither pattern within the bound.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from agendaparse.nlp import attendance, owners

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from adversarial_text import REFERENCE, bounded_ms  # noqa: E402

PATTERNS: dict[str, re.Pattern[str]] = {
    "attendance.HOUSING_BODY_RE": attendance.HOUSING_BODY_RE,
    "owners.POST_OF_BODY_RE": owners.POST_OF_BODY_RE,
}
HOSTILE = {
    "hyphenated word": "Ee-" * 6_700,
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
]


@pytest.mark.parametrize("label", sorted(PATTERNS))
def test_linear_alone(label: str) -> None:
    for name, line in HOSTILE.items():
        reference = max(bounded_ms(REFERENCE.search, line, runs=5), 0.01)
        took = bounded_ms(PATTERNS[label].search, line, runs=2, give_up_s=BOUND_X * reference * 4 / 1000)
        assert took < BOUND_X * reference, f"{label} on {name!r}: {took:.1f} ms, {took / reference:.0f}x the reference"


@pytest.mark.parametrize(("label", "how", "text", "expected"), NAMES)
def test_names_as_before(label: str, how: str, text: str, expected: list | None) -> None:
    match = getattr(PATTERNS[label], how)(text)
    assert (None if match is None else [match.start(), match.end(), *match.groups()]) == expected
