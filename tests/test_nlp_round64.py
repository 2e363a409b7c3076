"""Round 64 (recall of actions in minutes of councils and public boards): steps, requests and resolutions as town and
city councils and NHS trust boards print them, often in a subordinate clause of a long sentence ("Members noted the
update and asked that officers circulate …", "Following discussion, it was agreed that the Head of Planning would
write …", "The Chair thanked X and requested that a further report be brought …"), read through the real NLP pass
(tests/minutes_page.py) and compared as `agendaparse eval` compares (text Jaccard >= 0.5, owners normalised):

- a request or step after a report of what was noted, discussed or thanked, in the same sentence: an action;
- a passive step that "would be put up" / "was being sent out": an action;
- "asked that X be amended / alert …": a request;
- not actions: what was confirmed, received, ordered or outlined already.

Sentences keep the structure and phrasing of the real pages; names, places and numbers are changed. Sources (bodies
not cited by earlier suites):

- https://docslib.org/doc/13833172/minutes-of-the-proceedings-of-a-meeting-of (Hedon Town Council, property committee: "A letter was being sent out to the Deed Holders … also a notice would be put up in the Cemetery …", "The Chairman confirmed that the legacy had been received …")
- https://docslib.org/doc/12138052/minutes-of-the-proceedings-of-a-meeting-of-held-in-the-on-at (Lisburn & Castlereagh City Council, corporate services committee: "the Chairman asked that any Member entering or leaving the meeting alert the Member Services Officer …", "Councillor … then proceeded to outline the evacuation procedures")
- https://studylib.net/doc/11644962/ (Oxford University Hospitals NHS trust board: "The Chief Nurse asked that the bullet point at the top of page five be amended to read …")
- The subordinate-clause shapes the brief names ("Members noted the update and asked that officers circulate …", "Following discussion, it was agreed that the Head of Planning would write …", "The Chair thanked X and requested that a further report be brought …") are written in the phrasing of the council and board minutes above.
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

import datetime as dt

import pytest

from agendaparse.models import Action
from minutes_page import actions_on_page, minutes_item, minutes_page, same_owners
from minutes_page import paired_action as paired

MEETING = dt.date(2024, 10, 9)
PRESENT = (
    "Present: Councillor R Carver (Chairman), Councillors N Blake, M Bryant, J Dent, S Gallon, Mrs B Goldring and"
    " T Weston. Officers: Julia Mackay (Town Clerk), Helen Price (Head of Planning) and Owen Tait (Chief Nurse)."
)


def read(paragraphs: list[str]) -> list[Action]:
    return actions_on_page(minutes_page([PRESENT, *paragraphs]), minutes_item(), MEETING)


# a step, request or decision in a subordinate clause: (sentence, owners or None where the owner is not checked)
SUBORDINATE_STEPS = [
    (
        "Members noted the update and asked that officers circulate the revised timetable for the depot works before"
        " the next meeting.",
        None,
    ),
    (
        "Following discussion, it was agreed that the Head of Planning would write to the developer about the"
        " outstanding landscaping conditions.",
        ["Head of Planning"],
    ),
    (
        "The Chairman thanked Mrs Price for her report and requested that a further report be brought to the"
        " committee in the new year.",
        None,
    ),
    (
        "Members welcomed the progress made and asked that the Town Clerk contact the county council about the"
        " damaged railings.",
        None,
    ),
    (
        "After a short discussion, it was agreed that the Town Clerk would obtain three quotations for the"
        " resurfacing of the cemetery paths.",
        ["Town Clerk"],
    ),
    (
        "The Committee noted the position and requested that officers provide a breakdown of the costs by site.",
        None,
    ),
    (
        "Having considered the options, Members agreed that the bench on Market Hill should be replaced in the"
        " spring.",
        None,
    ),
    (
        "The Board discussed the figures and asked that the Director of Finance bring a recovery plan to the"
        " December meeting.",
        None,
    ),
    (
        "A letter was being sent out to the grave owners (where known) to advise them of their responsibility for"
        " the repairs; also a notice would be put up in the cemetery to inform those responsible where possible.",
        None,
    ),  # Hedon
    (
        "The Chief Nurse asked that the second bullet point on page four be amended to read: staff training across"
        " all wards.",
        None,
    ),  # Oxford University Hospitals
    (
        "Finally the Chairman asked that any Member entering or leaving the meeting alert the Member Services Officer"
        " so that this could be recorded in the minutes.",
        None,
    ),  # Lisburn & Castlereagh
    (
        "Councillor Blake thanked officers for the work done to date and suggested that a site visit be arranged for"
        " Members before the application is determined.",
        None,
    ),
    (
        "In response to a question, the Head of Planning undertook to provide Members with a written answer on the"
        " enforcement case.",
        ["Head of Planning"],
    ),
]

NOT_ACTIONS = [
    "The Chairman confirmed that the legacy had been received from the solicitors and the piece of silver had been"
    " ordered.",  # Hedon
    "Councillor Carver then proceeded to outline the evacuation procedures in the case of an emergency.",  # Lisburn
    "Members noted the update on the cemetery extension.",
    "The Chairman thanked Mrs Price for her report.",
    "Following discussion, Members felt that the current arrangements were working well.",
    "The Board discussed the figures for the second quarter at length.",
    "The Committee discussed the proposal and asked whether the costs included VAT.",
    "Members welcomed the report and asked about the timescale for the works.",
    "The Chairman thanked the speakers and asked for questions from the floor.",
]


@pytest.mark.parametrize(("sentence", "owners"), SUBORDINATE_STEPS)
def test_step_in_a_subordinate_clause_is_an_action(sentence: str, owners: list[str] | None) -> None:
    found = read([sentence])
    action = paired(sentence, found)
    assert action is not None, found
    if owners is not None:
        assert same_owners(action.owners, owners), action.owners


@pytest.mark.parametrize("sentence", NOT_ACTIONS)
def test_not_an_action(sentence: str) -> None:
    found = read([sentence])
    assert paired(sentence, found) is None, found
