"""Document facts round 61 (issue #4): a government department's boards and groups.

Dev holds the papers of national boards and groups ('Transparency Board', 'Local Public Data Panel') whose body is
the department that runs them. ``tests/facts_variants.py`` now draws such a paper on about one seed in eight
(``department``: six invented departments, 'Department for …', 'Ministry of …', 'Office for …' and 'Office of the
…', six invented groups), its department printed where the council's would be (a logo, the footer, an address block
beside the heading, a running head). Before (at 62dff2a), seeds 0-799, designed from: those pages' body 29.8 /
25.5 per 400 (all four facts 80.3 / 80.9); the misses were three forms: 'Department for Rural Affairs and Skills'
cut at 'Affairs', 'Ministry of Inland Waterways' cut to its first word when printed alone, and an 'Office for'/
'Office of the' department not read at all. bodies.NATIONAL_BODY_RE now reads a ministry or office printed alone
(to its cell's end or a running head's dash; never a post's office, 'Office of the Chief Executive') and a '…
Affairs and X' department whole; a department's name heading an address block beside the title is a letterhead's
(headings.LETTERHEAD_NAME_RE; 'Row', 'Place', 'Terrace' … are street words). After: body 100 on every 400 seeds of
0-1999 (800-1999 never looked at one by one: 30.9 / 29.6 / 34.0 -> 100), committee 97.9-100. Seeds 2000-2399, first
run after the rules: all fields 94.8 -> 99.9, department pages 79.7 -> 100. Dev and tune fast headlines and
training/read_sets.py identical.
"""

from __future__ import annotations

from collections import Counter

import pytest

import facts_variants as variants
from agendaparse.segment.bodies import NATIONAL_BODY_RE, find_body
from agendaparse.segment.headings import _letterhead_beside
from test_facts_own_short61 import ITEMS, _page

HELD_OUT = range(2000, 2400)


@pytest.fixture(scope="module")
def held_out() -> Counter:
    return variants.scored(HELD_OUT, lambda variant: bool(variant.department))


def test_held_out_department_papers(held_out: Counter) -> None:
    figures = variants.summary(held_out)
    assert held_out["n"] >= 160  # about 48 seeds, four fields each
    assert figures["body"] >= 97.0
    assert figures["committee"] >= 95.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Department for Heritage Affairs and Tourism", "Department for Heritage Affairs and Tourism"),
        ("Ministry of Upland Forestry", "Ministry of Upland Forestry"),
        ("Ministry of Upland Forestry - Seed Bank Board - 5 March 2024", "Ministry of Upland Forestry"),
        ("Office for Harbour Safety", "Office for Harbour Safety"),
        ("Office of the Tenancy Regulator", "Office of the Tenancy Regulator"),
        ("Ministry of Coastal Affairs Science Advisory Council", "Ministry of Coastal Affairs"),
    ],
)
def test_department_printed_alone(text: str, expected: str) -> None:
    assert find_body(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Office of the Chief Executive",  # a post's office in a council
        "Report of the Office for Harbour Safety on the pilot scheme and its costs",  # in a sentence: not alone
    ],
)
def test_office_guards(text: str) -> None:
    match = NATIONAL_BODY_RE.search(text)
    assert match is None or not match[1].startswith("Office")


def test_department_address_block_beside_the_title() -> None:
    lines = ["SEED BANK BOARD   Ministry of Upland Forestry", "AGENDA   4 Carding Row", "London SW1A 9ZZ"]
    assert _letterhead_beside(lines)[:3] == ["Ministry of Upland Forestry", "SEED BANK BOARD", "AGENDA"]


def test_group_of_an_office_named_in_its_footer() -> None:
    pdf = _page(
        [("Tenancy Standards Forum", 16.0, True), ("Minutes", 13.0, True), ("Date: 2 May 2024", 11.0, False), *ITEMS],
        footer="Office of the Tenancy Regulator",
    )
    facts = variants.extract_facts(pdf)
    assert (facts["body"], facts["committee"]) == ("Office of the Tenancy Regulator", "Tenancy Standards Forum")
