"""NLP round 79 (cases rounds 76 and 78 left), read through the real NLP pass on one minutes page:

- a synopsis's "(The) consensus (of the Board) was that …" reads as "It was agreed that …": the step of a person or
  post named in a later "… and that <Mr X / the Clerk> would …" is theirs when the first clause names nobody; a
  consensus that only holds a view ("The consensus was that the scheme had worked well.") is none;
- a run-in action line whose second owner's step follows mid-sentence ("TB to … and PCC to go through this and amend
  as necessary") keeps the second owner;
- a habit is no step: "The Treasurer would normally present the accounts in June", "the Clerk would usually …",
  "… would typically …", "as the Chair would always …" (its twin without the adverb is an action);
- a correction to the minutes ("RF requested that this item be amended to read …", "Minute 9 – the Chair asked that
  the minutes be corrected to show …") is done at the meeting when the minutes are signed: no action (its twin, a
  post asked to amend a policy, is one).

Sentences keep the structure and phrasing of the real pages; names, places, bodies and numbers are changed (the people
are those of BOARD_PRESENT in tests/minutes_page.py). Sources (bodies no earlier suite cites):

- https://stalbrights.org/b/blog-61790-minutes-of-pcc-meeting-may-1st (a PCC's minutes: initials as owners,
  "Action: TB to bring this to the Hall sub-Committee when COVID has passed.", "Minutes of previous meeting … were
  discussed and agreed as an accurate record.")
- http://codfaculty.org/october-16-2014-post-4/ (a college board: "Trustee Svoboda asked that the Vote of No
  Confidence be listed as the point …", "The minutes as corrected were approved.")
- http://villagevoice.nortonbavant.co.uk/news/meeting-minutes-oct-2017 (a village meeting: the wording of the previous
  minutes "should be changed to read …")
- http://zetatalk10.com/nonproft/aug1698m.htm (a board's notes: "There was general consensus that the Storyboard was
  too long …", a consensus that holds a view)
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

import pytest

from minutes_page import board_actions, check_paired_action, marked
from minutes_page import paired_action as paired

STEPS = [
    pytest.param(
        "The consensus of the Board was that the fee schedule should be revised and that the Clerk would circulate a"
        " draft to members.",
        ["Clerk"],
        id="consensus-of-board-and-that-clerk-would",
    ),
    pytest.param(
        "Consensus was that the investment policy needed updating and that Dr Ganesan would draft the new wording and"
        " send it to the actuary.",
        ["A Ganesan"],
        id="consensus-and-that-titled-member-would",
    ),
    pytest.param(
        "The consensus was that the Treasurer would obtain three quotations for the roof repairs.",
        ["Treasurer"],
        id="consensus-that-post-would",
    ),
    pytest.param(
        "JT to circulate the draft safeguarding policy and PCC to go through this and amend as necessary.",
        None,
        id="initials-to-and-pcc-to-mid-sentence",
    ),
    pytest.param(
        "Clerk to write to the landowner about the hedge and the Treasurer to check the invoice from the contractor.",
        None,
        id="post-to-and-post-to-mid-sentence",
    ),
    pytest.param(
        "RF to send the revised plans to the architect and ask him to reply before the next meeting.",
        ["R Francis"],
        id="twin-one-owner-and-ask-him",
    ),
    pytest.param(
        "The Secretary would write to the insurers about the storm damage claim.",
        ["Secretary"],
        id="twin-would-present-no-habit",
    ),
    pytest.param(
        "The Chair asked the Clerk to amend the standing orders to show the new quorum.",
        ["Clerk"],
        id="twin-post-asked-to-amend-standing-orders",
    ),
]

OPEN: dict[str, str] = {}

NOT_ACTIONS = [
    pytest.param("The consensus was that the scheme had worked well.", id="consensus-holds-a-view"),
    pytest.param(
        "There was general consensus that the leaflet was too long for the village magazine.",
        id="general-consensus-view",
    ),
    pytest.param("The Treasurer would normally present the accounts in June.", id="habit-would-normally"),
    pytest.param("The Clerk would usually circulate the agenda a week before the meeting.", id="habit-would-usually"),
    pytest.param("The Chair would typically sign the cheques at the end of each meeting.", id="habit-would-typically"),
    pytest.param(
        "The minutes were signed at the start of the meeting, as the Chair would always do.",
        id="habit-as-would-always",
    ),
    pytest.param(
        "RF requested that this item be amended to read 'the hedge will be cut in March'.",
        id="correction-amended-to-read",
    ),
    pytest.param(
        "Minute 9 – the Chair asked that the minutes be corrected to show that Mrs Francis had sent apologies.",
        id="correction-minutes-corrected-to-show",
    ),
    pytest.param(
        "Mr Gale asked that the minutes be amended to record that he had abstained on item 7.",
        id="correction-minutes-amended-to-record",
    ),
]

PAGE = [param.values[0] for param in (*STEPS, *NOT_ACTIONS)]


@pytest.fixture(scope="module")
def page_actions() -> list:
    return board_actions(PAGE)


def _printed(sentence: str) -> str:
    return sentence.split(" – ", 1)[-1] if sentence.startswith("Minute ") else sentence


@pytest.mark.parametrize(("sentence", "owners"), marked(STEPS, OPEN))
def test_step_is_an_action(page_actions: list, sentence: str, owners: list[str] | None) -> None:
    check_paired_action(page_actions, sentence, owners)


@pytest.mark.parametrize(
    ("step", "owner"),
    [
        pytest.param("PCC to go through this and amend as necessary", "PCC", id="pcc-after-initials"),
        pytest.param("the Treasurer to check the invoice", "Treasurer", id="treasurer-after-clerk"),
    ],
)
def test_second_owner_mid_sentence_kept(page_actions: list, step: str, owner: str) -> None:
    """ "JT to … and PCC to go through this …": the second owner's step is read, as its own action or as a second
    owner of the line."""
    owners = [name.removeprefix("The ") for action in page_actions if step in action.text for name in action.owners]
    assert owner in owners, [(a.text, a.owners) for a in page_actions]


@pytest.mark.parametrize("sentence", NOT_ACTIONS)
def test_not_an_action(page_actions: list, sentence: str) -> None:
    assert paired(_printed(sentence), page_actions) is None, [(a.text, a.owners) for a in page_actions]
