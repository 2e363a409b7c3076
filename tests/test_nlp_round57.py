"""Round 57 (issue #6: actions, owners and dues in parish and board minutes). Shapes the dev and tune minutes print:
three the action reader missed, and one it leaves out by rule:

- A record of the last meeting approved in the passive ("The minutes of the meeting held on 3 May were approved",
  "The minutes … were read, agreed as a true record and signed", "The note of the previous meeting was agreed"): the
  dev and tune golds keep it as a `borderline` decision (either answer scores the same on core), the whole documents
  of rounds 35-50 as no action. Settled in stop 26 (corpus/gold/README.md): it is the meeting's procedure, not a step
  anyone tracks, so the reader leaves it out, as it leaves out a record only reviewed, received or not approved.
- A resolution with an adverb between its words ("It was therefore resolved to retain …", "it was RESOLVED
  unanimously to agree …"): as the same resolution without it (the Newbiggin gold, core), owners [].
- A "Due: April 2011" line under a labelled action whose last line the PDF measures short (a line of lower-case letters,
  "communications.", is 6pt high against 11pt for the others): the gap looks like a paragraph break, so the action
  lost its due (the Transparency Board gold, core). The layout is drawn as that page prints it.
- A speaker's suggestion or wish that the council or city take a step ("She suggested the City post a sign …",
  "He would like Council to define the term …"): a proposal (or request) owned by the body put to act, as the
  Rivergrove gold annotates its public comments; a suggestion that names no body to act, or a view about the city,
  gets no body as owner.

Sentences keep the structure and phrasing of real minutes; names, places and dates are changed. Each is read through
the real NLP pass (tests/minutes_page.py) and compared as `agendaparse eval` compares (text Jaccard >= 0.5, owners
normalised); the last tests read the real dev PDFs. Sources (bodies not cited by earlier suites):

- https://docest.com/doc/677344/record-of-annual-general-meeting-minutes-from-the-hughenden-village-hall-held-on-05-december
  (village hall committee: "The minutes of the previous meeting held in October2014 werediscussed and agreed.")
- https://bramptonabbottsfoypc.co.uk/minutes-4th-april-2019-extraordinary-meeting/ (parish council: "Minutes – it was
  RESOLVED unanimously to agree and sign the minutes of the Parish Council meeting of 26th March as a true and
  accurate record of the meeting.")
- https://council-example.wjps.co.uk/downloads.php?did=637&filename=Example+Parish+Council+Minutes (parish council:
  "The minutes of the previous meeting held on March 15, 2024, were reviewed.", "The council decided to defer the
  decision pending further community consultation.")
- https://weblink.cityoframsey.com/WebLink/0/doc/10096/Page2.aspx (city council: "She suggested that Council be
  alerted to the fact that from time to time requests for signs will be placed on their Consent Agenda.")
- https://miweblink.metro-inet.us/LCPublic/0/doc/1411/Page9.aspx (Little Canada planning commission: "Danielson
  suggested that … U. S. Bench provide benches that include the City's logo", "Keis suggested that while the City
  may not install a bench …")
- http://laserfiche.newbrightonmn.gov/WebLink/0/doc/4872/Page4.aspx (city council: "Benke asked staff to check with
  Ramsey County to see if we could use wood breakaway posts")
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

import datetime as dt

import pytest

from agendaparse.evaluate import JACCARD_MIN, jaccard
from agendaparse.models import Action
from agendaparse.pdf import Line, PageLayout
from conftest import needs_shared
from minutes_page import actions_on_page, minutes_item, minutes_page, real_actions, same_owners

MEETING = dt.date(2025, 3, 4)
PRESENT = "Present: Cllr A Brown (Chair), Cllr J Green, Cllr P Moss and the Clerk."


def read(sentence: str) -> list[Action]:
    return actions_on_page(minutes_page([PRESENT, sentence]), minutes_item(), MEETING)


def paired(sentence: str) -> Action | None:
    return next((a for a in read(sentence) if jaccard(a.text, sentence) >= JACCARD_MIN), None)


# A record approved in the passive: procedure, left out (stop 26).
RECORD_APPROVED = [
    "The minutes of the previous meeting held in January 2025 were discussed and agreed.",  # Hughenden
    "The minutes of the previous meeting held on 11th February were approved.",  # Hughenden
    "The minutes were approved and signed by the Chairman.",  # Hughenden
    "The minutes of the meeting held on 12th January 2025 were read, agreed as a true record and signed by the"
    " Chairman.",  # Hughenden, Brampton Abbotts ("agree and sign … as a true and accurate record")
    "Minutes of the meeting held on 4th February were agreed as a true and accurate record.",  # Brampton Abbotts
    "The minutes of the last meeting, dated 15 January 2025, were, unanimously, accepted as a true record.",
    # Brampton Abbotts ("unanimously")
    "3 Minutes of the Previous Meeting The minutes of the meeting held in January 2025 were discussed and agreed.",
    # Hughenden, its minute's heading run into the sentence as the page reader joins them
]

# A record reviewed, received or not approved: no decision.
RECORD_NOT_APPROVED = [
    "The minutes of the previous meeting held on 15 January 2025 were reviewed.",  # wjps example parish council
    "The minutes of the Planning Committee held on 3 February were received and noted.",  # wjps
    "The minutes were not approved as members had not received them in time.",  # Hughenden
]

# A resolution with an adverb between its words: a resolution, owners [].
RESOLVED_WITH_ADVERB = [
    pytest.param(
        "Minutes – it was RESOLVED unanimously to agree and sign the minutes of the Parish Council meeting of 26th"
        " February as a true and accurate record of the meeting.",  # Brampton Abbotts
    ),
    "It was therefore resolved to retain the Standing Orders already in place for the Parish Council.",
    # Brampton Abbotts
    "It was also resolved to renew the grass cutting contract for a further year.",  # wjps
    "The council then resolved to defer the decision pending further community consultation.",  # wjps
]

# A suggestion or wish that a body take a step: (sentence, owners).
BODY_PUT_TO_ACT = [
    ("She suggested the City post a sign at the entrance to the car park.", ["City"]),  # Little Canada
    ("He suggested that Council obtain legal advice before making a decision.", ["Council"]),  # Ramsey
    ("She suggested that the City could place boulders along the verge to stop the parking.", ["City"]),
    # Little Canada ("suggested that while the City may not install a bench …")
    ("If parking is a problem, he suggested the City put up no parking signs.", ["City"]),  # Little Canada
    ("He would like Council to define what counts as a trailer.", ["Council"]),  # New Brighton
    ("She would like the City to appoint a working group to study the park.", ["City"]),  # New Brighton
    (
        "He is concerned about restricting trailers and would like Council to define the term trailer.",
        ["Council"],
    ),  # New Brighton (the wish after a clause of concern)
]

# A suggestion that names no body to act, or a view about the city: no body as owner.
NO_BODY_PUT_TO_ACT = [
    "She also suggested that there could be a neighbourhood watch on the estate.",  # Little Canada
    "He suggested the City has enough signs already on the main road.",  # Little Canada (a view)
    "Residents would like the City to know that they are grateful for the new lights.",  # New Brighton (a wish)
    "She suggested that Council be alerted when requests for signs are placed on the Consent Agenda.",  # Ramsey
]


@pytest.mark.parametrize("sentence", RECORD_APPROVED)
def test_record_approved_in_the_passive_is_left_out(sentence: str) -> None:
    assert paired(sentence) is None


@pytest.mark.parametrize("sentence", RECORD_NOT_APPROVED)
def test_record_received_or_not_approved_is_no_decision(sentence: str) -> None:
    assert paired(sentence) is None


@pytest.mark.parametrize("sentence", RESOLVED_WITH_ADVERB)
def test_resolution_with_an_adverb_is_a_resolution_without_owner(sentence: str) -> None:
    action = paired(sentence)
    assert action is not None, read(sentence)
    assert same_owners(action.owners, [])


@pytest.mark.parametrize(("sentence", "owners"), BODY_PUT_TO_ACT)
def test_suggestion_put_to_a_body_is_owned_by_the_body(sentence: str, owners: list[str]) -> None:
    action = paired(sentence)
    assert action is not None, read(sentence)
    assert same_owners(action.owners, owners), action.owners


@pytest.mark.parametrize("sentence", NO_BODY_PUT_TO_ACT)
def test_suggestion_naming_no_body_has_no_body_owner(sentence: str) -> None:
    action = paired(sentence)
    assert action is None or not {o.casefold() for o in action.owners} & {"city", "council"}


def labelled_action_page(last_line: str, due_line: str) -> PageLayout:
    """An "Action 8:" paragraph as the Transparency Board page prints it: a bold label line, a full line, a last line
    measured 6pt high (lower-case letters only) and a bold "Due:" line 8pt below it."""
    lines = [
        Line("Present: Jane Moss (Chair), Tom Reed, Ann Hale.", 90, 60, 400, 71, 10.0),
        Line("Action 8: The Communications team to circulate the Strategic Engagement", 90, 701, 520, 712, 10.0, True),
        Line("plan and to engage with the Advisory Board on strategic", 91, 717, 500, 728, 10.0),
        Line(last_line, 90, 735, 90 + 5.0 * len(last_line), 741, 10.0),
        Line(due_line, 91, 749, 91 + 5.0 * len(due_line), 757, 10.0, True),
    ]
    return PageLayout(number=1, width=612.0, height=842.0, rotation=0, lines=lines)


# (last line of the action, its "Due:" line, the due): the date the label gives.
DUE_UNDER_SHORT_LINE = [
    ("communications.", "Due: April 2025", dt.date(2025, 4, 30)),
    ("communications.", "Due: 30 April 2025", dt.date(2025, 4, 30)),
    ("messages.", "Due: by the next meeting on 1 April 2025", dt.date(2025, 4, 1)),
]


@pytest.mark.parametrize(("last_line", "due_line", "due"), DUE_UNDER_SHORT_LINE)
def test_due_line_under_a_short_last_line_is_the_actions_due(last_line: str, due_line: str, due: dt.date) -> None:
    found = actions_on_page(labelled_action_page(last_line, due_line), minutes_item(), MEETING)
    action = next((a for a in found if a.text.startswith("The Communications team to circulate")), None)
    assert action is not None, found
    assert action.due == due, action


# The real dev minutes: (path, printed start, owners).
REAL_CASES = [
    ("newbiggin-pc/2019-09-03_newbiggin_pc_minutes.pdf", "It was therefore resolved to retain the Financial", []),
    ("rivergrove/2018-08-13_city_council_minutes.pdf", "She suggested the City post a sign", ["City"]),
    ("rivergrove/2018-08-13_city_council_minutes.pdf", "He first suggested that Council obtain legal", ["Council"]),
]


@needs_shared()
@pytest.mark.parametrize(("relative", "printed", "owners"), REAL_CASES)
def test_real_minutes(relative: str, printed: str, owners: list[str]) -> None:
    action = next((a for a in real_actions(relative) if jaccard(a.text, printed) >= JACCARD_MIN), None) or next(
        (a for a in real_actions(relative) if a.text.startswith(printed)), None
    )
    assert action is not None
    assert same_owners(action.owners, owners), action.owners


@needs_shared()
def test_real_due_line_under_a_short_last_line() -> None:
    relative = "cabinet-office/2011-03-02_transparency_board_minutes.pdf"
    action = next(a for a in real_actions(relative) if a.text.startswith("The Transparency team to circulate"))
    assert action.due == dt.date(2011, 4, 30)
