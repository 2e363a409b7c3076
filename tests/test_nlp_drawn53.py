"""Round drawn53 (issue #6): action recall on the sentences of bodies no gold covers.

Strict xfails in tests/test_training_drawn.py (OPEN_CASES, the held-out fifth of training/drawn.jsonl): 13 before,
10 after: the 3 meetings resuming, adjourning or reconvening at a time are OTHER now (BODY_AT_TIME_RE); the 6
procedural motions stay, their reason sharpened (the nlp round 6, 10, 14 and 47 suites hold a named member's motion
to approve the minutes or the agenda an action, drawn.jsonl OTHER: a gold question); the 4 misses stay as they were.

training/drawn.jsonl read through the real NLP pass one sentence a minutes page (as its held-out test does): the
code before read precision 80.7, recall 68.7 on all 705 sentences (82.7 / 64.7 on the four fifths, 73.7 / 90.3 on
the held-out fifth), the code after 87.1 / 87.1 (88.6 / 86.5, 80.0 / 90.3); the rules below were designed from the four
fifths that are not held out (their misses and false hits) and mended by cause, one line each:
- a motion recorded as passed, its step after it: "Motions passed 5-0 to approve …", "A motion was made and seconded
  to approve …", "It was moved and carried that …", "Be it further resolved, that …" (MOTION_RECORDED_RE); "Motion
  made by X, seconded by Y, to …" (MOTION_BY_RE); "X moves that …" (MOVED_RE); "I make the motion that we …"
  (I_MOVE_RE);
- a regional district's motion text, its body and a bare verb: "THAT the Board of Directors authorize …", "THAT
  staff bring back a report …" (THAT_BODY_STEP_RE);
- a body directing or asking someone: "The Board directed the administration to hold …", "The meeting asked the
  managing agent to confirm …" (BODY_DIRECTS_RE); in the passive, "The Recorder was directed to advertise …", "She
  was also instructed to write …" (PASSIVE_DIRECTED_RE);
- a decision in the passive or first person: "It was decided to refer …", "A decision was made to not hold …", "We
  have decided to publish …" (DECIDED_TO_RE); a body's bylaw "1st, 2nd, 3rd Readings and Adoption"
  (BODY_GAVE_READINGS_RE); "The board decided (agreed, deferred) …" in lower case, "deferred" as a body's
  decision, and "accepted the resignation (bid, quote, tender, offer) …" (BODY_DECISION_RE);
- a post's commitment: "The President (Manager, Mayor, Recorder, Supervisor) will present …" (ROLE_WILL_RE);
- a line of a list of actions, its step first ("Invite the ward officer to next meeting.", "Seek advice on …", "Keep
  … on agenda": TASK_LINE_RE; not a run-in heading "Keep Ayton Tidy A …"), and a body's "needs to notify …"
  (BODY_NEEDS_TO_RE);
- a proposal: "Ms. Jameson recommended that a geological survey be done" (SUGGESTED_THAT_RE, "done", "taken"), a
  note's bare "Suggested that … should …" (BARE_SUGGESTED_RE);
- false hits, the meeting's own procedure: a named member moving that a paper be received ("MOVED Director X,
  SECONDED Director Y, that the correspondence be received": NAMED_MOVER_RE with RECEIVED_MOTION_RE), the chair's
  "… would entertain a motion …", "The Board recessed at 9:43am" (BODY_AT_TIME_RE), "General discussion of …"
  (DISCUSSION_OF_RE), "The Board discussed whether …" (BODY_NOTED_RE). A named member's motion to approve the
  minutes, the agenda or the consent agenda stays an action, as the nlp round 6, 10, 14 and 47 suites hold, though
  drawn.jsonl labels it OTHER (a gold question; the new motion rules do not fire on it: PROCEDURAL_MOTION_RE).

The cases below are drawn minutes paragraphs in this wording's kinds (not the training sentences), each read alone
on a minutes page: each mended cause (MENDED, 28 sentences; MENDED_NOT_ACTION, 5) fails on the code before and
passes after; the guards (9: a resolution to approve the minutes, which the Kent and Merton golds hold core, a
council's motion carried, a post directed to act, a body asking about something, a decision that is a view, a run-in
heading opening "Keep", "Contact details", a body needing to be aware) pass before and after.
"""

from __future__ import annotations

import datetime as dt

import pytest

from minutes_page import actions_on_page, minutes_item, minutes_page, paired_action

MEETING = dt.date(2026, 3, 10)


def read_as_action(sentence: str) -> bool:
    found = actions_on_page(minutes_page([sentence]), minutes_item(), MEETING)
    return paired_action(sentence, found) is not None


MENDED = [
    # motions recorded as passed
    "Motions passed 4-1 to purchase a replacement mower for the cemetery grounds.",
    "Motion passed unanimously to renew the snow removal contract with Hollis Excavating.",
    "A motion was made and seconded to adopt the revised facility rental policy. Motion carried.",
    "It was moved and carried that the Road Foreman be authorized to order culvert pipe for Mill Lane.",
    "Be it further resolved, that the Village Board hereby authorizes the Mayor to execute the grant agreement.",
    "Motion made by Trustee Varga, seconded by Ortiz, to accept the low bid for the roof repairs.",
    "Helen Marsh moves that the Planning Board recommend the rezoning to the Town Council.",
    "I make the motion that we approve the paving schedule for the north lot as submitted.",
    # a regional district's motion text
    "THAT the Board of Directors authorize the Corporate Officer to sign the licence of occupation.",
    "THAT staff prepare a report on extending transit service to the airport.",
    # a body directing or asking someone
    "The Board directed the administration to survey parents about the bus routes in April.",
    "The meeting asked the caretaker to repair the fence by the play area.",
    "He was instructed to notify the contractor that the work must be finished by May.",
    # decisions
    "It was decided to postpone the summer fair until the hall repairs are complete.",
    "A decision was made to close the office during the Christmas week.",
    "We have decided to hold the annual dinner at the golf club this year.",
    "The committee decided to ask the bank for a new signatory form.",
    "The Board gave Water Service Bylaw No. 88 first, second and third readings and adoption.",
    "The board accepted the resignation of Sergeant Paul Reyes effective August 1 and wished him well.",
    "The Council accepted the quote from Dale Fencing for the new railings.",
    # a post's commitment
    "The President will circulate the draft constitution before the next meeting.",
    "The Village Manager will have the public works crew patch the potholes on Elm Street.",
    # proposals
    "Mr. Okafor recommended that a traffic study be done before any changes are made.",
    "Suggested that new members should be offered a free first month.",
    # a line of a list of actions, and a body's own step still to take
    "Invite the county highways officer to the June meeting.",
    "Seek quotes for replacing the noticeboard outside the shop.",
    "Keep the speed watch scheme on the agenda for review.",
    "The Society needs to renew its public liability insurance before April.",
]

GUARDS_ACTION = [
    # resolutions to approve the minutes stay resolutions (core in the Kent and Merton golds)
    "RESOLVED that the minutes of the meeting held on 10 February be approved as a correct record.",
    # a motion the council carried on real business, as before
    "Councillor Ames moved that Council approve the budget for 2026/27, seconded by Councillor Reid. Carried.",
    # a post directed to act, read before (the passive "was asked to" family)
    "The Treasurer was directed to transfer the surplus to the reserve account.",
]

# the false hits mended: the meeting's own procedure and its debate
MENDED_NOT_ACTION = [
    "MOVED Director Ng, SECONDED Director Park, that the correspondence be received.",
    "The Chair stated she would entertain a motion to approve the agenda.",
    "The Board recessed at 8:15pm.",
    "The Board discussed whether the reserve policy should be revised.",
    "General discussion of the proposed swings to be installed on the green.",
]

GUARDS_OTHER = [
    "General discussion of the proposed boundary changes followed.",
    "The meeting asked about the timetable for the roadworks.",
    "It was decided that the meeting had been a success.",
    "Keep Brinton Beautiful A litter pick was held on Saturday with twelve volunteers.",
    "Contact details for the new Clerk are on the council website.",
    "The Club needs to be aware of the new safeguarding rules.",
]


@pytest.mark.parametrize("sentence", MENDED)
def test_mended_cause_read_as_action(sentence: str) -> None:
    assert read_as_action(sentence), sentence


@pytest.mark.parametrize("sentence", MENDED_NOT_ACTION)
def test_mended_false_hit_not_action(sentence: str) -> None:
    assert not read_as_action(sentence), sentence


@pytest.mark.parametrize("sentence", GUARDS_ACTION)
def test_guard_still_action(sentence: str) -> None:
    assert read_as_action(sentence), sentence


@pytest.mark.parametrize("sentence", GUARDS_OTHER)
def test_guard_not_action(sentence: str) -> None:
    assert not read_as_action(sentence), sentence
