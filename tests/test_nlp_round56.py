"""Round 56 (issue #6: when an action happens vs when it is due): a time phrase inside the topic of a purpose clause
("will meet the operator to discuss free parking on Saturdays in December") says when the topic happens, not when the
action is due; one after the main verb ("will meet the operator in December to discuss …"), after a second main verb
("… and report back in January"), after a discussion verb that is itself the action ("agreed to consider the lights
in December", "ask the Clerk to review the policy in March") or any deadline word ("by 12 December") is the due.
Sentences keep the structure and phrasing of real parish, town and city minutes; names, places and dates are changed.
Each is read by ``resolve_due`` as the action reader reads an action's text. Sources (bodies not cited by earlier
suites):

- https://wightonparishcouncil.norfolkparishes.gov.uk/2015/08/28/minutes-4/ (parish council: "offered to contact
  Tony Keeble to arrange a meeting to discuss the possibility of improving the entrance")
- https://wedmore-pc.gov.uk/documents/parish-council-extraordinary-meeting-minutes-12-december-2021/ (parish
  council: "to CONSIDER PURCHASING THE CHRISTMAS STREET LIGHTS", insurance "for one year only")
- https://rothwell.parish.lincolnshire.gov.uk/council-business/minutes-2021/7 (parish council: "Councillor Emms said
  he would follow up with Anglian Water re the protocol", "Clerk to liaise with Cllr Smith re pursuing this issue")
- https://wainfleet-saint-mary.parish.lincolnshire.gov.uk/council-business/wainfleet-community-hall-committee-2023-minutes/3
  (hall committee: "Cllr PG will contact Co-op for cost and feasibility", "Cllr Dr CS will look at video
  presentation")
- https://pr-21.councilnotes.com/ok/edmond/meetings/658 (city council: "staff was directed to schedule another
  workshop in January for further review")
- https://cpo.soar.com/articles/7592564/Port-Hueneme-City/Ventura-County/California/Oversight-committee-agrees-edits-to-draft-report-and-plans-council-presentation
  (oversight committee: "expected to schedule the presentation in late April", "make the requested revisions and
  circulate the updated draft")
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

import datetime as dt

import pytest

from agendaparse.nlp.dues import resolve_due

MEETING = dt.date(2025, 11, 6)
NEXT_MEETING = dt.date(2025, 12, 4)

# A time phrase inside a purpose clause's topic: when the topic happens, not a due (gold: due null).
TOPIC_TIMES = [
    "Cllr Ellery will meet the car park operator to discuss free parking on Saturdays in December.",  # round 55
    "Cllr Harlow offered to contact the landowner to arrange a meeting to discuss improving the cemetery entrance in"
    " the spring.",  # Wighton
    "The Clerk will write to the traders to discuss the Christmas street lights in December.",  # Wedmore
    "Cllr Emms said he would follow up with the water company to review the discharges into the brook in January.",
    # Rothwell
    "Cllr Garrod will contact the Co-op to look at the cost of the open day on 14 February.",  # Wainfleet
    "Staff will meet the library trust to consider the closure of the branch in March.",  # Port Hueneme
]

# A time phrase that governs the action: (sentence, due).
GOVERNING_TIMES = [
    ("Staff to schedule another workshop in January for further review.", dt.date(2026, 1, 31)),  # Edmond
    ("The Clerk to meet the car park operator in December to discuss free parking.", dt.date(2025, 12, 31)),
    ("Officers expect to schedule the presentation in late January.", dt.date(2026, 1, 31)),  # Port Hueneme
    (
        "Cllr Brett will meet the operator to discuss the lights and report back in January.",  # Port Hueneme
        dt.date(2026, 1, 31),
    ),
    (
        "Cllr Emms would follow up with the water company to discuss the outfall and report back in February.",
        dt.date(2026, 2, 28),
    ),  # Rothwell
    ("Members agreed to consider the purchase of the Christmas street lights in December.", dt.date(2025, 12, 31)),
    # Wedmore
    ("RESOLVED to ask the Clerk to review the hall hire charges in March.", dt.date(2026, 3, 31)),  # Wainfleet
    (
        "Cllr Harlow will contact the landowner to discuss the cemetery entrance by 12 December.",  # Wighton
        dt.date(2025, 12, 12),
    ),
    ("Cllr Garrod will contact the Co-op to discuss the open day before 30 January.", dt.date(2026, 1, 30)),
    # Wainfleet
    ("The Clerk will write to the school to discuss the fun day at the next meeting.", NEXT_MEETING),  # Edmond
]


@pytest.mark.parametrize("text", TOPIC_TIMES)
def test_time_of_a_purpose_clauses_topic_is_no_due(text: str) -> None:
    assert resolve_due(text, MEETING, NEXT_MEETING)[0] is None


@pytest.mark.parametrize(("text", "due"), GOVERNING_TIMES)
def test_time_that_governs_the_action_is_its_due(text: str, due: dt.date) -> None:
    assert resolve_due(text, MEETING, NEXT_MEETING)[0] == due


@pytest.mark.parametrize(
    "line",
    [
        "will meet the operator " + "to discuss " * 3000 + "in December",
        "to meet " * 3000 + "to review the lights in March",
        "A " * 10000 + "to discuss the lights in May",
        "and report back " * 2000 + "to consider x in June",
    ],
)
def test_purpose_clause_scan_reads_hostile_lines(line: str) -> None:
    """A hostile line reads without error (its speed is measured by benchmarks/adversarial_text.py)."""
    due, due_text, precision = resolve_due(line, MEETING, NEXT_MEETING)
    assert (due is None) == (due_text is None)
